#include "devices/dec/terminal_lines.hpp"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"

namespace simmon::dec {

namespace {

// "3" -> 3 for a line number below `lines` (SIMH writes them decimal).
bool parse_line(std::string_view text, int lines, int& line) {
    std::uint64_t n = 0;
    if (!parse_number(text, Radix::Decimal, n) || n >= static_cast<std::uint64_t>(lines)) return false;
    line = static_cast<int>(n);
    return true;
}

}  // namespace

TerminalLines::TerminalLines(Device& device, int lines, std::uint32_t debug_connect)
    : device_(device),
      count_(lines < 1 ? 1 : lines > kMaxLines ? kMaxLines : lines),
      debug_connect_(debug_connect),
      server_(std::make_unique<TelnetServer>(count_)) {
    for (int i = 0; i < count_; ++i)
        sources_[i] = device.machine().host_input().add_source(
            fmt::format("{}{}", device.name(), i), [this, i](bool data_wanted) { return line_event(i, data_wanted); },
            [this] {
                if (wake_) wake_();
            });
}

TerminalLines::~TerminalLines() {
    for (LineLog& l : logs_)
        if (l.file) std::fclose(l.file);
}

std::vector<Modifier> TerminalLines::modifiers() {
    std::vector<Modifier> out;
    struct Choice {
        const char* name;
        CharMode mode;
        const char* help;
    };
    static constexpr Choice kChoices[] = {
        {"8B", CharMode::EightBit, "8-bit characters passed unchanged (default)"},
        {"7B", CharMode::SevenBit, "7-bit characters: bit 7 cleared both ways"},
        {"7P", CharMode::SevenPrinting, "7-bit, and only printing characters (with BEL BS HT LF CR) sent out"},
    };
    for (const Choice& c : kChoices) {
        Modifier m;
        m.name = c.name;
        m.help = c.help;
        const CharMode mode = c.mode;
        m.set = [this, mode](Unit*, std::string_view) {
            mode_ = mode;
            return Status::ok();
        };
        if (mode == CharMode::EightBit) {
            m.show = [this](const Unit*) { return std::string(mode_ == CharMode::EightBit ? "8B" : mode_ == CharMode::SevenBit ? "7B" : "7P"); };
            m.in_summary = true;
        }
        out.push_back(std::move(m));
    }
    add_log_modifiers(out);
    Modifier disconnect;
    disconnect.name = "DISCONNECT";
    disconnect.takes_value = true;
    disconnect.help = "DISCONNECT=n: hang up line n";
    disconnect.set = [this](Unit*, std::string_view value) {
        int line = 0;
        if (!parse_line(value, count_, line))
            return Status::error(fmt::format("{} DISCONNECT={}: a line is 0-{}", device_.name(), value, count_ - 1));
        if (!connected(line)) return Status::error(fmt::format("{} line {} is not connected", device_.name(), line));
        hang_up(line, "DISCONNECT");
        return Status::ok();
    };
    out.push_back(std::move(disconnect));
    Modifier connections;
    connections.name = "CONNECTIONS";
    connections.help = "the clients on the lines (SHOW only)";
    connections.show = [this](const Unit*) { return describe(false); };
    out.push_back(std::move(connections));
    Modifier statistics;
    statistics.name = "STATISTICS";
    statistics.help = "characters each way and connection time per line (SHOW only)";
    statistics.show = [this](const Unit*) { return describe(true); };
    out.push_back(std::move(statistics));
    return out;
}

void TerminalLines::add_log_modifiers(std::vector<Modifier>& out) {
    Modifier log;
    log.name = "LOG";
    log.takes_value = true;
    log.help = "LOG=n=file: copy what the guest sends on line n to a file (appended)";
    log.set = [this](Unit*, std::string_view value) {
        const std::size_t eq = value.find('=');
        int line = 0;
        if (eq == std::string_view::npos || !parse_line(value.substr(0, eq), count_, line) || eq + 1 >= value.size())
            return Status::error(fmt::format("{} LOG={}: write LOG=line=file, line 0-{}", device_.name(), value, count_ - 1));
        const std::string path(value.substr(eq + 1));
        std::FILE* f = std::fopen(path.c_str(), "ab");
        if (!f) return Status::error(fmt::format("{} LOG: cannot open {}: {}", device_.name(), path, std::strerror(errno)));
        if (logs_[line].file) std::fclose(logs_[line].file);
        logs_[line] = LineLog{f, path};
        return Status::ok();
    };
    log.show = [this](const Unit*) {
        std::string text;
        for (int i = 0; i < count_; ++i)
            if (logs_[i].file) text += fmt::format("{}line {} logged to {}", text.empty() ? "" : "\n", i, logs_[i].path);
        return text.empty() ? std::string("no line is logged") : text;
    };
    out.push_back(std::move(log));
    Modifier nolog;
    nolog.name = "NOLOG";
    nolog.takes_value = true;
    nolog.help = "NOLOG=n: stop logging line n and close its file";
    nolog.set = [this](Unit*, std::string_view value) {
        int line = 0;
        if (!parse_line(value, count_, line))
            return Status::error(fmt::format("{} NOLOG={}: a line is 0-{}", device_.name(), value, count_ - 1));
        if (logs_[line].file) std::fclose(logs_[line].file);
        logs_[line] = LineLog{};
        return Status::ok();
    };
    out.push_back(std::move(nolog));
}

std::string TerminalLines::describe(bool statistics) const {
    std::string out;
    for (int i = 0; i < count_; ++i) {
        if (!connected(i)) continue;
        int index = 0;
        const TelnetServer& server = server_of(i, index);
        out += fmt::format("{}line {}: {} on port {}", out.empty() ? "" : "\n", i, server.peer(index), line_port(i));
        if (statistics) {
            const TelnetServer::LineStatistics st = server.statistics(index);
            out += fmt::format(", {} characters received, {} sent, connected {:.1f} s", st.received, st.sent, st.seconds);
        }
    }
    return out.empty() ? std::string("no line is connected") : out;
}

TelnetServer& TerminalLines::server_of(int line, int& index) const {
    if (line_servers_[line]) {
        index = 0;
        return *line_servers_[line];
    }
    index = line;
    return *server_;
}

int TerminalLines::line_port(int line) const {
    return line_servers_[line] ? line_servers_[line]->port() : server_->port();
}

bool TerminalLines::connected(int line) const {
    int index = 0;
    return server_of(line, index).connected(index);
}

void TerminalLines::hang_up(int line, const char* why) {
    if (!connected(line)) return;
    int index = 0;
    server_of(line, index).disconnect(index);
    if (device_.debug_mask() & debug_connect_) device_.debug(debug_connect_, fmt::format("line {} hung up ({})", line, why));
}

void TerminalLines::transmit(int line, std::uint8_t c) {
    if (mode_ != CharMode::EightBit) {
        c &= 0177;
        const bool printing = (c >= 040 && c < 0177) || c == 007 || c == 010 || c == 011 || c == 012 || c == 015;
        if (mode_ == CharMode::SevenPrinting && !printing) return;
    }
    int index = 0;
    server_of(line, index).write_char(index, c);
    if (logs_[line].file) std::fputc(c, logs_[line].file);
    device_.machine().host_input().line_output(sources_[line], c);
}

bool TerminalLines::listening() const {
    if (server_->listening()) return true;
    for (const auto& s : line_servers_)
        if (s && s->listening()) return true;
    return false;
}

bool TerminalLines::active() const {
    if (listening()) return true;
    for (int i = 0; i < count_; ++i)
        if (device_.machine().host_input().script_waiting(sources_[i])) return true;
    return false;
}

HostEvent TerminalLines::line_event(int line, bool data_wanted) {
    const bool now = connected(line);
    if (now != carrier(line)) return now ? HostEvent::connect() : HostEvent::disconnect();
    if (!now || !data_wanted) return {};
    int index = 0;
    const int c = server_of(line, index).read_char(index);
    return c < 0 ? HostEvent{} : HostEvent::data(static_cast<std::uint8_t>(c));
}

void TerminalLines::poll(std::size_t max_events, const std::function<bool(int)>& data_wanted,
                         const std::function<void(int, const HostEvent&)>& deliver) {
    const bool debugging = device_.debug_mask() & debug_connect_;
    const int line = server_->poll_accept();
    if (line >= 0 && debugging) device_.debug(debug_connect_, fmt::format("line {} connected", line));
    for (int i = 0; i < count_; ++i)
        if (line_servers_[i] && line_servers_[i]->poll_accept() >= 0 && debugging)
            device_.debug(debug_connect_, fmt::format("line {} connected on its own port", i));
    // Characters stay with the server while the device cannot take them, so a fast
    // typist or a paste loses nothing.
    for (int i = 0; i < count_; ++i) {
        for (std::size_t n = 0; n < max_events; ++n) {
            HostEvent ev = device_.machine().host_input().take(sources_[i], data_wanted(i));
            if (!ev) break;
            const auto bit = static_cast<std::uint8_t>(1u << i);
            if (ev.kind == HostEvent::Kind::Connect) carrier_ |= bit;
            else if (ev.kind == HostEvent::Kind::Disconnect) carrier_ &= static_cast<std::uint8_t>(~bit);
            else if (ev.is_data() && mode_ != CharMode::EightBit) ev.byte &= 0177;
            deliver(i, ev);
        }
    }
}

Status TerminalLines::attach(Unit& unit, const std::string& spec) {
    if (spec.size() > 5 && istarts_with(spec, "LINE=")) return attach_line(unit, std::string_view(spec).substr(5));
    if (server_->listening()) server_->close();
    carrier_ = 0;
    if (Status s = server_->listen(spec); !s) return s;
    std::string text = spec;
    for (int i = 0; i < count_; ++i)
        if (line_servers_[i]) text += fmt::format(", line {} on {}", i, line_servers_[i]->spec());
    unit.set_attach_text(text);
    return Status::ok();
}

// LINE=n,port: line n listens on a port of its own and takes no caller from the device's.
Status TerminalLines::attach_line(Unit& unit, std::string_view spec) {
    const std::size_t comma = spec.find(',');
    int line = 0;
    if (comma == std::string_view::npos || !parse_line(spec.substr(0, comma), count_, line) || comma + 1 >= spec.size())
        return Status::error(fmt::format("ATTACH {} LINE={}: write LINE=n,port with a line 0-{}", device_.name(), spec, count_ - 1));
    auto server = std::make_unique<TelnetServer>(1);
    if (Status s = server->listen(std::string(spec.substr(comma + 1))); !s) return s;
    if (connected(line)) {
        int index = 0;
        server_of(line, index).disconnect(index);
    }
    carrier_ &= static_cast<std::uint8_t>(~(1u << line));
    line_servers_[line] = std::move(server);
    server_->set_reserved(line, true);
    std::string text = server_->listening() ? server_->spec() : std::string();
    for (int i = 0; i < count_; ++i)
        if (line_servers_[i]) text += fmt::format("{}line {} on {}", text.empty() ? "" : ", ", i, line_servers_[i]->spec());
    unit.set_attach_text(text);
    return Status::ok();
}

void TerminalLines::detach() {
    server_->close();
    for (int i = 0; i < count_; ++i) {
        line_servers_[i].reset();
        server_->set_reserved(i, false);
    }
    carrier_ = 0;
}

std::string TerminalLines::show_status() const {
    if (!listening()) return "not listening\n";
    std::string out = server_->listening() ? fmt::format("listening on {}\n", server_->spec()) : std::string();
    for (int i = 0; i < count_; ++i) {
        if (line_servers_[i]) out += fmt::format("line {} listening on {}\n", i, line_servers_[i]->spec());
        if (connected(i)) out += fmt::format("line {}: connected\n", i);
    }
    return out;
}

}  // namespace simmon::dec
