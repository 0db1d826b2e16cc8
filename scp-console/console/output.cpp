#include "scp-console/console/output.hpp"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

namespace simmon::scp {

Output::~Output() { close_log(); }

void Output::write(std::string_view text) {
    if (text.empty()) return;
    if (stream_) {
        std::fwrite(text.data(), 1, text.size(), stream_);
        std::fflush(stream_);
    } else {
        captured_.append(text);
    }
    // A log on the stream the output already goes to would print everything twice.
    if (log_ && log_ != stream_) {
        std::fwrite(text.data(), 1, text.size(), log_);
        if (log_is_stream_) std::fflush(log_);
    }
    last_ = text.back();
}

void Output::line(std::string_view text) {
    std::string s(text);
    s.push_back('\n');
    write(s);
}

void Output::put(char c) { write(std::string_view(&c, 1)); }

void Output::log_put(char c) {
    if (!log_) return;
    std::fputc(c, log_);
    if (log_is_stream_) std::fflush(log_);
}

std::string Output::take_captured() {
    std::string s = std::move(captured_);
    captured_.clear();
    return s;
}

Status Output::open_log(const std::string& path) {
    close_log();
    if (path == "STDOUT" || path == "STDERR") {
        log_ = path == "STDOUT" ? stdout : stderr;
        log_is_stream_ = true;
        log_path_ = path;
        return Status::ok();
    }
    std::FILE* f = std::fopen(path.c_str(), "ab");
    if (!f) return Status::error(fmt::format("Cannot open log {}: {}", path, std::strerror(errno)));
    log_ = f;
    log_path_ = path;
    return Status::ok();
}

void Output::close_log() {
    if (log_ && !log_is_stream_) std::fclose(log_);
    if (log_ && log_is_stream_) std::fflush(log_);
    log_is_stream_ = false;
    log_ = nullptr;
    log_path_.clear();
}

}  // namespace simmon::scp
