// Status: the result of an operation that can fail with a one-line message.
// The SCP prints `message` as is, so it is written for a user, not a developer.
#pragma once
#include <string>
#include <utility>

namespace simmon {

class Status {
public:
    Status() = default;
    static Status ok() { return {}; }
    static Status error(std::string message) { return Status(std::move(message)); }

    explicit operator bool() const { return message_.empty(); }
    bool is_ok() const { return message_.empty(); }
    const std::string& message() const { return message_; }

private:
    explicit Status(std::string m) : message_(m.empty() ? std::string("error") : std::move(m)) {}
    std::string message_;
};

}  // namespace simmon
