// A deterministic command-line fuzzer for the SCP. It builds lines from the real command
// table and the machine's own device, unit and register names, mixes in switches, numbers
// of every size, ranges, quotes (balanced or not), escapes, percent signs, deep
// expressions and separators, and mutates them byte by byte. A fixed seed gives the same
// lines on every host, so a failure can be replayed.
//
// The harness checks the SCP's promise for bad input: every command returns (no crash, no
// hang, no exception) and an error is one non-empty line.
#pragma once
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/case_compare.hpp"
#include "scp-console/command/command_table.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp::testing {

class CommandFuzzer {
public:
    // `files`: names (relative to the current directory) the lines may use as file arguments.
    CommandFuzzer(Scp& scp, std::uint32_t seed, std::vector<std::string> files)
        : rng_(seed), files_(std::move(files)) {
        for (const CommandSpec& c : command_table()) {
            commands_.emplace_back(c.name);
            std::string_view a = c.aliases;
            while (!a.empty()) {
                const std::size_t sp = a.find(' ');
                commands_.emplace_back(a.substr(0, sp));
                if (sp == std::string_view::npos) break;
                a.remove_prefix(sp + 1);
            }
        }
        for (const Keyword& k : set_keywords()) keywords_.emplace_back(k.name);
        for (const Keyword& k : show_keywords()) keywords_.emplace_back(k.name);
        if (scp.has_machine()) {
            for (Device* d : scp.machine().devices()) {
                names_.push_back(d->name());
                for (const auto& u : d->units()) names_.push_back(u->name());
                for (const RegisterDesc& r : d->registers()) {
                    names_.push_back(r.name);
                    names_.push_back(d->name() + "." + r.name);
                }
                for (const Modifier& m : d->modifiers()) modifiers_.push_back(m.takes_value ? m.name + "=" : m.name);
            }
        }
        if (names_.empty()) names_.push_back("CPU");
        if (modifiers_.empty()) modifiers_.push_back("ENABLED");
        if (files_.empty()) files_.push_back("nofile");
    }

    std::mt19937& rng() { return rng_; }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
    template <typename T>
    const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

    std::string command_word() {
        std::string c = pick(commands_);
        switch (below(8)) {
            case 0: return c.substr(0, 1 + below(c.size()));                // a prefix, maybe ambiguous
            case 1: if (c.size() > 1) c.erase(below(c.size()), 1); return c;  // a typo
            case 2: c.insert(below(c.size() + 1), 1, static_cast<char>('A' + below(26))); return c;
            case 3: return to_lower(c);
            default: return c;
        }
    }

    std::string number() {
        static const std::vector<std::string> fixed = {
            "0", "1", "2", "7", "8", "9", "17", "377", "1000", "177777", "177776", "160000", "17777777",
            "177777777", "37777777777", "1777777777777777777777", "2000000000000000000000",
            "99999999999999999999999999999", "-1", "-0", "--1", "0x", "0x10", "0xFFFFFFFFFFFFFFFFFFF", "0o777",
            "0d65535", "0b", "0b1012", "0b" + std::string(70, '1'), "1.", "8.", "65536.", "18446744073709551616.",
            "'a'", "'", "''", "1K", "10M", "0K", "999999999999M", "1e9", "08", "0.5"};
        if (chance(70)) return pick(fixed);
        return std::to_string(rng_() % 100000);
    }

    std::string expression(int depth = 0) {
        static const std::vector<std::string> ops = {"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "==", "!=",
                                                      "<", "<=", ">", ">=", "&&", "||"};
        if (depth > 4 || chance(40)) {
            switch (below(4)) {
                case 0: return pick(names_);
                case 1: return "[" + number() + "]";
                default: return number();
            }
        }
        switch (below(6)) {
            case 0: return "(" + expression(depth + 1) + ")";
            case 1: return pick(std::vector<std::string>{"-", "~", "!", "+"}) + expression(depth + 1);
            case 2: return expression(depth + 1) + pick(ops);  // dangling operator
            case 3: {
                const std::size_t n = 1 + below(chance(10) ? 20000 : 50);  // deep nesting
                return std::string(n, '(') + number() + std::string(chance(80) ? n : below(n), ')');
            }
            default: return expression(depth + 1) + " " + pick(ops) + " " + expression(depth + 1);
        }
    }

    std::string quoted() {
        static const std::vector<std::string> fixed = {
            "\"abc\"", "\"\"", "\"unterminated", "'x'", "'", "\"", "\"\\q\"", "\"\\x\"", "\"\\xZZ\"", "\"\\777\"",
            "\"a\\\"", "\"\\\\\"", "\"a;b\"", "\"%1\"", "\"\\r\\n\\t\\e\\0\"", "\"two words\"", "\"'\"", "'\"'"};
        return pick(fixed);
    }

    std::string word() {
        switch (below(20)) {
            case 0: case 1: case 2: return pick(names_);
            case 3: case 4: return number();
            case 5: return number() + "-" + number();
            case 6: return number() + "/" + number();
            case 7: return "-" + std::string(1, static_cast<char>('a' + below(26)));
            case 8: return quoted();
            case 9: return pick(std::vector<std::string>{"%1", "%*", "%%", "%0", "%9", "%", "%FUZZ%", "%FUZZ",
                                                         "%%%", "%1%2", "%NO SUCH%"});
            case 10: return expression();
            case 11: return pick(keywords_);
            case 12: return pick(modifiers_) + (chance(50) ? number() : "");
            case 13: return pick(std::vector<std::string>{
                "ALL", "STATE", "ENABLED", "DISABLED", "DEBUG", "NODEBUG", "DEBUG=X;Y", "HISTORY=" + number(),
                "WRU=" + number(), "LOG=fuzz.log", "NOLOG", "STATS", "MODIFIERS", "REGISTERS", "HALTAFTER=" + number(),
                "AFTER=" + number(), "DELAY=" + number(), "[3]", "[0]", "[x]", "[", "]", "NOT", "ERROR", "EXPECT",
                "==", "!=", "<", "EQU", "GTR", "-i", "-f", "=", "==="});
            case 14: return pick(files_);
            case 15: return pick(std::vector<std::string>{";", ";;", ",", ";" + command_word(), "'", "\"", "\\", "!"});
            case 16: return chance(5) ? std::string(10000 + below(10000), static_cast<char>('A' + below(26))) : "X";
            case 17: return pick(std::vector<std::string>{":label", "label", "sub", "missing", ":"});
            default: return pick(names_) + "=" + number();
        }
    }

    std::string line() {
        std::string l = command_word();
        if (chance(30)) l += " -" + std::string(1, static_cast<char>('a' + below(26)));
        const std::size_t n = below(6);
        for (std::size_t i = 0; i < n; ++i) l += (chance(90) ? " " : "") + word();
        if (chance(10)) l += "; " + command_word() + " " + word();
        return chance(25) ? mutate(l) : l;
    }

    // Byte-level damage: inserted bytes (control characters, NUL, high bytes), deletions,
    // duplications and truncation.
    std::string mutate(std::string s) {
        const std::size_t edits = 1 + below(4);
        for (std::size_t e = 0; e < edits; ++e) {
            const std::size_t at = below(s.size() + 1);
            switch (below(5)) {
                case 0: s.insert(at, 1, static_cast<char>(below(256))); break;
                case 1: if (at < s.size()) s.erase(at, 1 + below(3)); break;
                case 2: if (at < s.size()) s.insert(at, s.substr(at, 1 + below(8))); break;
                case 3: s.resize(at); break;
                default: s.insert(at, pick(std::vector<std::string>{"\"", "'", "%", ";", "\\", "[", "(", "-", "="})); break;
            }
        }
        return s;
    }

    // A DO file: lines, labels, GOTO forward (a backward GOTO could loop for ever, as
    // it may in any script), CALL anywhere, RETURN, nested DO of itself.
    std::vector<std::string> script(const std::string& self) {
        std::vector<std::string> lines;
        const std::size_t n = 1 + below(12);
        for (std::size_t i = 0; i < n; ++i) {
            switch (below(10)) {
                case 0: lines.push_back(":L" + std::to_string(i)); break;
                case 1: lines.push_back("GOTO L" + std::to_string(i + 1 + below(4))); break;
                case 2: lines.push_back("CALL L" + std::to_string(below(n + 2)) + " " + word()); break;
                case 3: lines.push_back("RETURN"); break;
                case 4: lines.push_back("DO " + self + " " + word()); break;
                case 5: lines.push_back("IF " + expression() + " " + (chance(50) ? "GOTO L" + std::to_string(i + 1) : line())); break;
                default: lines.push_back(line()); break;
            }
        }
        return lines;
    }

private:
    std::mt19937 rng_;
    std::vector<std::string> files_;
    std::vector<std::string> commands_;
    std::vector<std::string> keywords_;
    std::vector<std::string> names_;
    std::vector<std::string> modifiers_;
};

// True for lines a fuzz run must not execute: host commands, pacing the CPU to wall time,
// SLEEP (wall time too),
// debug output to the test's stdout, and paths that leave the scratch directory. They are
// not bad input, just things a test cannot afford.
inline bool unsafe_for_fuzzing(std::string_view line) {
    const std::string up = to_upper(line);
    if (up.find("..") != std::string::npos) return true;
    for (std::size_t i = 0; i < up.size(); ++i)  // "!" starts a host command (IF 1 !x, ON ERROR !x ...)
        if (up[i] == '!' && (i + 1 >= up.size() || up[i + 1] != '=')) return true;
    if (up.find("SH") != std::string::npos && up.find("EN") != std::string::npos) return true;  // SET SHELL ENABLED
    if (up.find("THR") != std::string::npos || up.find("SL") != std::string::npos || up.find("STDOUT") != std::string::npos ||
        up.find("STDERR") != std::string::npos)
        return true;
    for (std::size_t i = 0; i < up.size(); ++i) {
        // An absolute path or a home directory.
        if (up[i] == '~') return true;
        if (up[i] == '/' && (i == 0 || !std::isalnum(static_cast<unsigned char>(up[i - 1])))) return true;
    }
    // SET T... (throttle by a prefix) and SET NOT...
    std::size_t p = 0;
    while ((p = up.find("SE", p)) != std::string::npos) {
        std::size_t q = p + 2;
        if (q < up.size() && up[q] == 'T') ++q;
        while (q < up.size() && (up[q] == ' ' || up[q] == '\t')) ++q;
        if (q < up.size() && up[q] == 'T') return true;
        ++p;
    }
    return false;
}

}  // namespace simmon::scp::testing
