// The host-input log format: what the writer writes the reader reads back, and anything
// cut short or changed is refused in one line.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "core/hostio/host_input_log.hpp"
#include "tests/core/temp_dir.hpp"

using namespace simmon;

namespace {

HostInputLog sample_log() {
    HostInputLog log;
    log.machine = "pdp11";
    log.start_time = 100;
    log.start_instructions = 90;
    log.sources = {"CONSOLE", "DZ0", "DZ1"};
    log.records = {
        {1000, 950, 0, HostEvent::data('l')},
        {1000, 950, 0, HostEvent::data(' ')},
        {2000, 1900, 1, HostEvent::connect()},
        {2500, 2400, 1, HostEvent::data(0x0d)},
        {2500, 2400, 0, HostEvent::data(0x7f)},
        {2600, 2500, 0, HostEvent::data(0xe9)},
        {2800, 2700, 1, HostEvent::line_break()},
        {3000, 2900, 1, HostEvent::disconnect()},
    };
    log.end_time = 5000;
    log.end_instructions = 4800;
    return log;
}

bool one_line(const Status& s) { return !s && !s.message().empty() && s.message().find('\n') == std::string::npos; }

}  // namespace

TEST_CASE("host-input log: what is written reads back the same") {
    const HostInputLog log = sample_log();
    const std::string text = format_host_input_log(log);
    CHECK(text.starts_with("simmon-host-input 1\n"));
    CHECK(text.find("event 1000 950 CONSOLE byte 6c l\n") != std::string::npos);
    CHECK(text.find("event 1000 950 CONSOLE byte 20 SP\n") != std::string::npos);
    CHECK(text.find("event 2500 2400 DZ0 byte 0d ^M\n") != std::string::npos);
    CHECK(text.find("event 2000 1900 DZ0 connect\n") != std::string::npos);
    CHECK(text.find("event 2800 2700 DZ0 break\n") != std::string::npos);
    HostInputLog back;
    REQUIRE(parse_host_input_log(text, back));
    CHECK(back.machine == "pdp11");
    CHECK(back.start_time == 100);
    CHECK(back.start_instructions == 90);
    CHECK(back.sources == log.sources);
    CHECK(back.records == log.records);
    CHECK(back.end_time == 5000);
    CHECK(back.end_instructions == 4800);
}

TEST_CASE("host-input log: the streaming writer writes what format_host_input_log does") {
    test::TempDir dir;
    const HostInputLog log = sample_log();
    HostInputLogWriter w;
    REQUIRE(w.open(dir.file("a.log"), log));
    for (const HostInputRecord& r : log.records) w.add(r);
    CHECK(w.events() == log.records.size());
    REQUIRE(w.finish(log.end_time, log.end_instructions));
    std::ifstream in(dir.file("a.log"), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK(ss.str() == format_host_input_log(log));
    HostInputLog back;
    CHECK(read_host_input_log(dir.file("a.log"), back));
    CHECK(back.records == log.records);
}

TEST_CASE("host-input log: every truncation is refused in one line") {
    const std::string text = format_host_input_log(sample_log());
    for (std::size_t n = 0; n < text.size(); ++n) {
        HostInputLog back;
        const Status s = parse_host_input_log(std::string_view(text).substr(0, n), back);
        INFO("cut at " << n);
        CHECK(one_line(s));
    }
    HostInputLog back;
    const Status s = parse_host_input_log(text.substr(0, text.find("end ")), back);
    CHECK(s.message().find("truncated") != std::string::npos);
}

TEST_CASE("host-input log: every changed byte is refused in one line") {
    const std::string text = format_host_input_log(sample_log());
    for (std::size_t i = 0; i < text.size(); ++i) {
        for (unsigned char mask : {0x01, 0x10, 0x80, 0xFF}) {
            std::string bad = text;
            bad[i] = static_cast<char>(static_cast<unsigned char>(bad[i]) ^ mask);
            HostInputLog back;
            INFO("byte " << i << " xor " << int(mask));
            CHECK(one_line(parse_host_input_log(bad, back)));
        }
    }
}

TEST_CASE("host-input log: wrong format, version and order are named") {
    HostInputLog back;
    CHECK(parse_host_input_log("", back).message().find("empty") != std::string::npos);
    CHECK(parse_host_input_log("\x7f" "ELF\x02\x01\x01", back).message().find("not a simmon host-input log") != std::string::npos);
    std::string v2 = format_host_input_log(sample_log());
    v2.replace(0, 19, "simmon-host-input 2");
    CHECK(parse_host_input_log(v2, back).message().find("version 2") != std::string::npos);

    HostInputLog unordered = sample_log();
    std::swap(unordered.records[0], unordered.records[2]);
    CHECK(parse_host_input_log(format_host_input_log(unordered), back).message().find("earlier") != std::string::npos);

    HostInputLog early_end = sample_log();
    early_end.end_time = 10;
    CHECK(parse_host_input_log(format_host_input_log(early_end), back).message().find("end is earlier") != std::string::npos);

    std::string unknown_source = format_host_input_log(sample_log());
    unknown_source.replace(unknown_source.find("source DZ1"), 10, "source DZ0");
    CHECK(parse_host_input_log(unknown_source, back).message().find("twice") != std::string::npos);

    CHECK(read_host_input_log("/nonexistent/dir/x.log", back).message().find("/nonexistent/dir/x.log") == 0);
}
