#include "devices/dec/pcap_file_link.hpp"

#include <fmt/format.h>

#include <cstring>
#include <fstream>
#include <iterator>

namespace simmon::dec {
namespace {

constexpr std::uint32_t kMagicMicro = 0xA1B2C3D4, kMagicNano = 0xA1B23C4D;
constexpr std::uint32_t kLinkEthernet = 1;
constexpr std::uint32_t kSnapLength = 65535;
constexpr std::size_t kFileHeader = 24, kRecordHeader = 16;
constexpr std::uintmax_t kMaxCapture = 64u << 20;  // a replay is read whole at ATTACH

std::uint32_t le32(const std::uint8_t* p) {
    return p[0] | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[3]} << 24);
}
std::uint32_t swap32(std::uint32_t v) {
    return (v >> 24) | ((v >> 8) & 0xFF00) | ((v << 8) & 0xFF0000) | (v << 24);
}
void put32(std::uint8_t* p, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = static_cast<std::uint8_t>(v >> (8 * i));
}

}  // namespace

Status read_pcap_file(const std::string& path, std::deque<EthernetFrame>& frames) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::error(fmt::format("{}: cannot open the capture file", path));
    std::vector<std::uint8_t> data;
    char c;
    while (in.get(c)) {
        if (data.size() >= kMaxCapture) return Status::error(fmt::format("{}: a replayed capture is at most 64 MB", path));
        data.push_back(static_cast<std::uint8_t>(c));
    }
    if (data.size() < kFileHeader) return Status::error(fmt::format("{}: not a pcap capture file (too short)", path));
    const std::uint32_t magic = le32(data.data());
    bool swapped = false;
    if (magic == swap32(kMagicMicro) || magic == swap32(kMagicNano))
        swapped = true;
    else if (magic != kMagicMicro && magic != kMagicNano)
        return Status::error(fmt::format("{}: not a pcap capture file (magic {:08X}; pcapng is not read)", path, magic));
    auto word = [&](std::size_t at) { return swapped ? swap32(le32(data.data() + at)) : le32(data.data() + at); };
    const std::uint32_t link = word(20) & 0xFFFF;
    if (link != kLinkEthernet) return Status::error(fmt::format("{}: link type {} is not Ethernet (1)", path, link));
    std::size_t at = kFileHeader;
    std::deque<EthernetFrame> out;
    while (at < data.size()) {
        if (data.size() - at < kRecordHeader)
            return Status::error(fmt::format("{}: truncated frame header at byte {}", path, at));
        const std::uint32_t length = word(at + 8);
        at += kRecordHeader;
        if (length > kSnapLength || length > data.size() - at)
            return Status::error(fmt::format("{}: frame {} claims {} bytes, more than the file holds", path, out.size() + 1, length));
        out.emplace_back(data.begin() + static_cast<std::ptrdiff_t>(at), data.begin() + static_cast<std::ptrdiff_t>(at + length));
        at += length;
    }
    frames = std::move(out);
    return Status::ok();
}

PcapFileLink::~PcapFileLink() {
    if (out_) std::fclose(out_);
}

Status PcapFileLink::open(const std::string& spec) {
    const std::size_t comma = spec.find(',');
    in_path_ = spec.substr(0, comma);
    out_path_ = comma == std::string::npos ? std::string() : spec.substr(comma + 1);
    if (in_path_.empty() && out_path_.empty())
        return Status::error("PCAP: needs a capture to replay, one to record, or both (PCAP:in.pcap,out.pcap)");
    if (!in_path_.empty())
        if (Status s = read_pcap_file(in_path_, pending_); !s) return s;
    if (!out_path_.empty()) {
        out_ = std::fopen(out_path_.c_str(), "wb");
        if (!out_) return Status::error(fmt::format("{}: cannot create the capture file: {}", out_path_, std::strerror(errno)));
        std::uint8_t header[kFileHeader] = {};
        put32(header, kMagicMicro);
        header[4] = 2;  // version 2.4
        header[6] = 4;
        put32(header + 16, kSnapLength);
        put32(header + 20, kLinkEthernet);
        if (std::fwrite(header, 1, sizeof header, out_) != sizeof header || std::fflush(out_) != 0)
            return Status::error(fmt::format("{}: cannot write the capture file", out_path_));
    }
    return Status::ok();
}

Status PcapFileLink::send(const EthernetFrame& frame) {
    if (!out_) return Status::ok();  // replay only: transmitted frames go nowhere
    std::uint8_t header[kRecordHeader];
    ++sent_;
    put32(header, sent_ / 1000000);
    put32(header + 4, sent_ % 1000000);
    put32(header + 8, static_cast<std::uint32_t>(frame.size()));
    put32(header + 12, static_cast<std::uint32_t>(frame.size()));
    // Flushed per frame: a killed simulator leaves every frame it sent in the file.
    if (std::fwrite(header, 1, sizeof header, out_) != sizeof header ||
        std::fwrite(frame.data(), 1, frame.size(), out_) != frame.size() || std::fflush(out_) != 0)
        return Status::error(fmt::format("{}: cannot write the capture file", out_path_));
    return Status::ok();
}

bool PcapFileLink::receive(EthernetFrame& frame) {
    if (pending_.empty()) return false;
    frame = std::move(pending_.front());
    pending_.pop_front();
    return true;
}

std::string PcapFileLink::describe() const {
    return fmt::format("capture {} -> {} ({} frames left to replay, {} recorded)", in_path_.empty() ? "(none)" : in_path_,
                       out_path_.empty() ? "(none)" : out_path_, pending_.size(), sent_);
}

}  // namespace simmon::dec
