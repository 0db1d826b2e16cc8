#include "core/hostio/host_input_log.hpp"

#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fmt/format.h>

namespace simmon {

namespace {

constexpr std::string_view kMagic = "simmon-host-input";
constexpr std::size_t kMaxSourceName = 32;

// CRC-32 as in IEEE 802.3 (reflected polynomial EDB88320), the checksum zip and PNG use.
constexpr std::array<std::uint32_t, 256> make_crc_table() {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[i] = c;
    }
    return t;
}
constexpr std::array<std::uint32_t, 256> kCrcTable = make_crc_table();

// `state` starts at 0xFFFFFFFF; the checksum is its complement.
std::uint32_t crc_update(std::uint32_t state, std::string_view bytes) {
    for (char ch : bytes) state = kCrcTable[(state ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (state >> 8);
    return state;
}

// The character column of a byte event: a reminder for the reader, checked on reading.
std::string char_label(std::uint8_t c) {
    if (c > 0x20 && c < 0x7F) return std::string(1, static_cast<char>(c));
    if (c == 0x20) return "SP";
    if (c < 0x20) return std::string{'^', static_cast<char>(c + '@')};
    if (c == 0x7F) return "DEL";
    return "-";
}

bool valid_source_name(std::string_view name) {
    if (name.empty() || name.size() > kMaxSourceName) return false;
    for (char c : name)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
    return true;
}

std::string header_text(const HostInputLog& log) {
    std::string out = fmt::format("{} {}\n", kMagic, HostInputLog::kVersion);
    out += "# What the guest took from the host: simulated time, instructions, source, event.\n";
    out += "# Written by SET CONSOLE RECORD, read by SET CONSOLE REPLAY (docs/scp.md).\n";
    out += fmt::format("machine {}\n", log.machine);
    out += fmt::format("start {} {}\n", log.start_time, log.start_instructions);
    for (const std::string& s : log.sources) out += fmt::format("source {}\n", s);
    return out;
}

std::string event_text(const HostInputRecord& r, const std::vector<std::string>& sources) {
    const std::string& name = r.source < sources.size() ? sources[r.source] : std::string("?");
    switch (r.event.kind) {
        case HostEvent::Kind::Byte:
            return fmt::format("event {} {} {} byte {:02x} {}\n", r.time, r.instructions, name, r.event.byte, char_label(r.event.byte));
        case HostEvent::Kind::Connect: return fmt::format("event {} {} {} connect\n", r.time, r.instructions, name);
        case HostEvent::Kind::Disconnect: return fmt::format("event {} {} {} disconnect\n", r.time, r.instructions, name);
        case HostEvent::Kind::Break: return fmt::format("event {} {} {} break\n", r.time, r.instructions, name);
        case HostEvent::Kind::None: break;
    }
    return {};
}

std::string end_prefix(SimTime time, std::uint64_t instructions) { return fmt::format("end {} {} crc32 ", time, instructions); }

std::vector<std::string_view> split_words(std::string_view line) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i] == ' ') ++i;
        std::size_t j = i;
        while (j < line.size() && line[j] != ' ') ++j;
        if (j > i) words.push_back(line.substr(i, j - i));
        i = j;
    }
    return words;
}

template <typename T>
bool parse_unsigned(std::string_view text, T& value, int base = 10) {
    if (text.empty()) return false;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    return ec == std::errc{} && end == text.data() + text.size();
}

// Everything the parser tracks while it walks the lines.
struct Parser {
    HostInputLog& log;
    std::size_t line_no = 0;
    bool have_machine = false;
    bool have_start = false;

    Status fail(std::string_view what) const { return Status::error(fmt::format("line {}: {}", line_no, what)); }

    Status parse_event(const std::vector<std::string_view>& w) {
        if (!have_machine || !have_start) return fail("event before the machine and start lines");
        if (log.sources.empty()) return fail("event before any source line");
        HostInputRecord r;
        if (w.size() < 5 || !parse_unsigned(w[1], r.time) || !parse_unsigned(w[2], r.instructions))
            return fail("an event needs: time instructions source what");
        std::uint32_t source = 0;
        while (source < log.sources.size() && log.sources[source] != w[3]) ++source;
        if (source == log.sources.size()) return fail("event for a source not declared by a source line");
        r.source = source;
        if (w[4] == "byte") {
            std::uint8_t c = 0;
            if (w.size() != 7 || w[5].size() != 2 || !parse_unsigned(w[5], c, 16) || w[6] != char_label(c))
                return fail("a byte event needs two hex digits and the matching character");
            r.event = HostEvent::data(c);
        } else if (w[4] == "connect" && w.size() == 5) {
            r.event = HostEvent::connect();
        } else if (w[4] == "disconnect" && w.size() == 5) {
            r.event = HostEvent::disconnect();
        } else if (w[4] == "break" && w.size() == 5) {
            r.event = HostEvent::line_break();
        } else {
            return fail("unknown event (byte, connect, disconnect or break)");
        }
        const SimTime prev_time = log.records.empty() ? log.start_time : log.records.back().time;
        const std::uint64_t prev_count = log.records.empty() ? log.start_instructions : log.records.back().instructions;
        if (r.time < prev_time || r.instructions < prev_count) return fail("event earlier than the one before it");
        log.records.push_back(r);
        return Status::ok();
    }

    Status parse_line(std::string_view line) {
        if (line.empty() || line.front() == '#') return Status::ok();
        const std::vector<std::string_view> w = split_words(line);
        if (w.empty()) return Status::ok();
        if (w[0] == "event") return parse_event(w);
        if (w[0] == "machine") {
            if (have_machine || w.size() != 2) return fail("one machine line with one name");
            log.machine = std::string(w[1]);
            have_machine = true;
        } else if (w[0] == "start") {
            if (have_start || w.size() != 3 || !parse_unsigned(w[1], log.start_time) || !parse_unsigned(w[2], log.start_instructions))
                return fail("one start line: start time instructions");
            have_start = true;
        } else if (w[0] == "source") {
            if (w.size() != 2 || !valid_source_name(w[1])) return fail("a source line names one source (letters, digits, - and _)");
            if (!log.records.empty()) return fail("source line after the first event");
            for (const std::string& s : log.sources)
                if (s == w[1]) return fail("source declared twice");
            log.sources.emplace_back(w[1]);
        } else {
            return fail("unknown line (machine, start, source, event or end)");
        }
        return Status::ok();
    }
};

}  // namespace

std::string format_host_input_log(const HostInputLog& log) {
    std::string text = header_text(log);
    for (const HostInputRecord& r : log.records) text += event_text(r, log.sources);
    text += end_prefix(log.end_time, log.end_instructions);
    const std::uint32_t crc = ~crc_update(0xFFFFFFFFu, text);
    text += fmt::format("{:08x}\n", crc);
    return text;
}

Status parse_host_input_log(std::string_view text, HostInputLog& log) {
    log = HostInputLog{};
    if (text.empty()) return Status::error("empty file, not a host-input log");
    if (text.size() > HostInputLog::kMaxFileBytes) return Status::error("too large for a host-input log");
    const std::size_t first_end = text.find('\n');
    const std::string_view first = text.substr(0, first_end);
    const std::vector<std::string_view> magic = split_words(first);
    if (magic.size() != 2 || magic[0] != kMagic) return Status::error("not a simmon host-input log (no simmon-host-input line at the top)");
    int version = 0;
    if (!parse_unsigned(magic[1], version)) return Status::error("line 1: the version is not a number");
    if (version != HostInputLog::kVersion)
        return Status::error(fmt::format("log format version {}; this simmon reads version {}", version, HostInputLog::kVersion));

    Parser p{log};
    std::size_t pos = first_end == std::string_view::npos ? text.size() : first_end + 1;
    p.line_no = 1;
    while (pos < text.size()) {
        ++p.line_no;
        const std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            return Status::error(fmt::format("truncated: line {} is incomplete and there is no end line", p.line_no));
        const std::string_view line = text.substr(pos, nl - pos);
        if (line.starts_with("end ")) {
            if (nl + 1 != text.size()) return p.fail("text after the end line");
            const std::vector<std::string_view> w = split_words(line);
            std::uint32_t crc = 0;
            if (w.size() != 5 || !parse_unsigned(w[1], log.end_time) || !parse_unsigned(w[2], log.end_instructions) || w[3] != "crc32" ||
                w[4].size() != 8 || !parse_unsigned(w[4], crc, 16))
                return p.fail("the end line is: end time instructions crc32 checksum");
            if (!p.have_machine || !p.have_start) return p.fail("no machine or start line before the end");
            const SimTime last_time = log.records.empty() ? log.start_time : log.records.back().time;
            const std::uint64_t last_count = log.records.empty() ? log.start_instructions : log.records.back().instructions;
            if (log.end_time < last_time || log.end_instructions < last_count) return p.fail("the end is earlier than the last event");
            const std::size_t crc_pos = pos + (line.size() - w[4].size());
            const std::uint32_t computed = ~crc_update(0xFFFFFFFFu, text.substr(0, crc_pos));
            if (computed != crc) return Status::error("checksum mismatch: the log was changed or damaged after it was written");
            return Status::ok();
        }
        if (Status s = p.parse_line(line); !s) return s;
        pos = nl + 1;
    }
    return Status::error(fmt::format("truncated after line {}: no end line", p.line_no));
}

Status read_host_input_log(const std::string& path, HostInputLog& log) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return Status::error(fmt::format("{}: {}", path, std::strerror(errno)));
    std::string text;
    char buf[65536];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        text.append(buf, n);
        if (text.size() > HostInputLog::kMaxFileBytes) break;
    }
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) return Status::error(fmt::format("{}: read error", path));
    if (Status s = parse_host_input_log(text, log); !s) return Status::error(fmt::format("{}: {}", path, s.message()));
    return Status::ok();
}

// ---------------------------------------------------------------- writer

HostInputLogWriter::~HostInputLogWriter() {
    if (file_) std::fclose(file_);  // no end line: a reader reports the log as truncated
}

void HostInputLogWriter::emit(std::string_view text) {
    crc_ = crc_update(crc_, text);
    std::fwrite(text.data(), 1, text.size(), file_);
}

Status HostInputLogWriter::open(const std::string& path, const HostInputLog& header) {
    if (file_) return Status::error(fmt::format("already recording to {}", path_));
    for (const std::string& s : header.sources)
        if (!valid_source_name(s)) return Status::error(fmt::format("bad host-input source name {}", s));
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return Status::error(fmt::format("cannot create {}: {}", path, std::strerror(errno)));
    file_ = f;
    path_ = path;
    sources_ = header.sources;
    crc_ = 0xFFFFFFFFu;
    events_ = 0;
    emit(header_text(header));
    return Status::ok();
}

void HostInputLogWriter::add(const HostInputRecord& record) {
    if (!file_ || !record.event) return;
    emit(event_text(record, sources_));
    ++events_;
}

void HostInputLogWriter::flush() {
    if (file_) std::fflush(file_);
}

Status HostInputLogWriter::finish(SimTime end_time, std::uint64_t end_instructions) {
    if (!file_) return Status::ok();
    emit(end_prefix(end_time, end_instructions));
    const std::string crc = fmt::format("{:08x}\n", ~crc_);
    std::fwrite(crc.data(), 1, crc.size(), file_);
    const bool failed = std::ferror(file_) != 0;
    const bool close_failed = std::fclose(file_) != 0;
    file_ = nullptr;
    if (failed || close_failed) return Status::error(fmt::format("{}: write error; the log is incomplete", path_));
    return Status::ok();
}

}  // namespace simmon
