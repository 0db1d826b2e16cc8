// Per-machine debug log: devices with enabled debug flags write lines here
// (SET DEBUG file / SET DEBUG STDOUT / SET NODEBUG).
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

#include "core/machine/status.hpp"
#include "core/machine/types.hpp"

namespace simmon {

class DebugLog {
public:
    ~DebugLog();
    Status open(const std::string& path);  // "STDOUT"/"STDERR" or a file name
    void close();
    bool is_open() const { return out_ != nullptr; }
    const std::string& target() const { return target_; }
    void write(SimTime now, std::string_view device, std::string_view text);

private:
    std::FILE* out_ = nullptr;
    bool owned_ = false;
    std::string target_;
};

}  // namespace simmon
