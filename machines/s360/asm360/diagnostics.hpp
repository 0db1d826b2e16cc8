// Diagnostics of an assembly: each is one line, "file:line:column: severity: message",
// and its severity is an Assembler F return-code level (GC26-3756, "Assembler
// Diagnostics"): 4 warning, 8 error, 12 serious error, 16 unrecoverable.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace simmon::s360::asm360 {

enum Severity : int { kWarning = 4, kError = 8, kSevere = 12, kTerminal = 16 };

// Where a statement came from: a file of the source table, its first card, and (for
// statements a macro generated) the statement number of the outermost macro call.
struct SourceRef {
    std::uint32_t file = 0;
    std::uint32_t line = 0;
};

struct Diagnostic {
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    int severity = kError;
    std::string message;
    std::uint32_t statement = 0;  // statement number in the listing, 0 if none

    std::string format() const;
};

class Diagnostics {
public:
    void add(Diagnostic d);
    const std::vector<Diagnostic>& all() const { return list_; }
    int max_severity() const { return max_; }
    std::size_t count() const { return list_.size(); }
    // After this many, further diagnostics are counted but not kept (a junk file must not
    // make the assembler store gigabytes of messages).
    static constexpr std::size_t kKeepLimit = 10000;
    std::size_t dropped() const { return dropped_; }

private:
    std::vector<Diagnostic> list_;
    int max_ = 0;
    std::size_t dropped_ = 0;
};

}  // namespace simmon::s360::asm360
