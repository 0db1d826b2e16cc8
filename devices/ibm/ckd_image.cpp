#include "devices/ibm/ckd_image.hpp"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>
#include <zlib.h>

namespace simmon::ibm {

namespace {

constexpr std::uint64_t kDeviceHeader = 512;
constexpr std::uint64_t kCckdHeader = 512;
constexpr std::uint64_t kL1Offset = kDeviceHeader + kCckdHeader;
constexpr std::uint32_t kL2Entries = 256;
constexpr std::uint32_t kL2Bytes = kL2Entries * 8;
constexpr std::uint8_t kBigEndianOption = 0x02;

std::uint32_t le32(const std::uint8_t* p) { return p[0] | p[1] << 8 | p[2] << 16 | std::uint32_t{p[3]} << 24; }
void put_le32(std::uint8_t* p, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = static_cast<std::uint8_t>(v >> (8 * i));
}

}  // namespace

const DasdGeometry* find_dasd_geometry(std::string_view model) {
    for (const DasdGeometry* g : {&kDasd2311, &kDasd2314, &kDasd2301})
        if (g->model == model) return g;
    return nullptr;
}

const DasdGeometry* find_dasd_geometry(std::uint8_t type_byte) {
    for (const DasdGeometry* g : {&kDasd2311, &kDasd2314, &kDasd2301})
        if (g->type_byte == type_byte) return g;
    return nullptr;
}

std::vector<std::uint8_t> CkdImage::empty_track(std::uint32_t cyl, std::uint32_t head) {
    const auto c1 = static_cast<std::uint8_t>(cyl >> 8), c2 = static_cast<std::uint8_t>(cyl);
    const auto h1 = static_cast<std::uint8_t>(head >> 8), h2 = static_cast<std::uint8_t>(head);
    std::vector<std::uint8_t> t = {0, c1, c2, h1, h2, c1, c2, h1, h2, 0, 0, 0, 8};
    t.insert(t.end(), 8, 0);
    t.insert(t.end(), 8, 0xFF);
    return t;
}

bool CkdImage::check_track(const std::vector<std::uint8_t>& track, std::size_t limit, std::string& error) {
    limit = std::min(limit, track.size());
    std::size_t pos = 5;
    while (pos + 8 <= limit) {
        const std::uint8_t* c = track.data() + pos;
        if (std::all_of(c, c + 8, [](std::uint8_t b) { return b == 0xFF; })) return true;
        const std::size_t kl = c[5];
        const std::size_t dl = std::size_t{c[6]} << 8 | c[7];
        pos += 8 + kl + dl;
    }
    error = pos == 5 ? "track too short for its home address" : "a record runs past the end of the track (no end marker)";
    return false;
}

Status CkdImage::open(const DasdGeometry* expected) {
    open_ = false;
    std::uint8_t h[kDeviceHeader];
    const std::uint64_t size = file_.size();
    if (size < kDeviceHeader || file_.read_at(0, h, sizeof h) != sizeof h) return Status::error("too short for a CKD device header");
    const std::string id(reinterpret_cast<const char*>(h), 8);
    if (id == "CKD_P064" || id == "CKD_C064") return Status::error("64-bit-offset CKD images are not supported");
    if (id == "CKD_S370" || id == "CKD_S064") return Status::error("CCKD shadow files are not supported");
    if (id != "CKD_P370" && id != "CKD_C370") return Status::error("no CKD_P370 or CKD_C370 device header");
    compressed_ = id == "CKD_C370";
    heads_ = le32(h + 8);
    track_size_ = le32(h + 12);
    const DasdGeometry* g = find_dasd_geometry(h[16]);
    if (!g) return Status::error(fmt::format("device type X'{:02X}' is not a 2311, 2314 or 2301", h[16]));
    if (expected && g != expected) return Status::error(fmt::format("the image is a {} volume, the drive a {}", g->model, expected->model));
    if (h[17] != 0) return Status::error("multi-file CKD volumes are not supported");
    if (heads_ != g->heads) return Status::error(fmt::format("header says {} heads, a {} has {}", heads_, g->model, g->heads));
    if (track_size_ < 5 + 8 + 8 + 8 || track_size_ > 65536 || track_size_ % 8 != 0)
        return Status::error(fmt::format("header has an impossible track size {}", track_size_));
    geometry_ = g;
    if (!compressed_) {
        const std::uint64_t cylinder_bytes = std::uint64_t{heads_} * track_size_;
        const std::uint64_t body = size - kDeviceHeader;
        if (body % cylinder_bytes != 0)
            return Status::error(fmt::format("truncated: the file ends inside cylinder {}", body / cylinder_bytes));
        cylinders_ = static_cast<std::uint32_t>(body / cylinder_bytes);
    } else {
        std::uint8_t c[kCckdHeader];
        if (size < kL1Offset || file_.read_at(kDeviceHeader, c, sizeof c) != sizeof c) return Status::error("truncated CCKD header");
        big_endian_ = (c[3] & kBigEndianOption) != 0;
        auto rd = [this](const std::uint8_t* p) {
            return big_endian_ ? std::uint32_t{p[0]} << 24 | p[1] << 16 | p[2] << 8 | p[3] : le32(p);
        };
        l1_entries_ = rd(c + 4);
        if (rd(c + 8) != kL2Entries) return Status::error("CCKD level-2 tables are not 256 entries");
        cylinders_ = rd(c + 40);
        const std::uint64_t tracks = std::uint64_t{cylinders_} * heads_;
        if (cylinders_ == 0 || l1_entries_ != (tracks + kL2Entries - 1) / kL2Entries)
            return Status::error("CCKD header's cylinders and level-1 table disagree");
        if (kL1Offset + std::uint64_t{l1_entries_} * 4 > size) return Status::error("truncated CCKD level-1 table");
    }
    if (cylinders_ == 0) return Status::error("the image holds no cylinders");
    if (cylinders_ > 0xFFFF) return Status::error("too many cylinders");
    open_ = true;
    return Status::ok();
}

bool CkdImage::locate(std::uint32_t track, std::uint64_t& offset, std::uint32_t& length, std::uint64_t& l2_entry_at,
                      std::string& error) const {
    auto rd = [this](const std::uint8_t* p) {
        return big_endian_ ? std::uint32_t{p[0]} << 24 | p[1] << 16 | p[2] << 8 | p[3] : le32(p);
    };
    const std::uint32_t l1_index = track / kL2Entries;
    std::uint8_t e[8];
    l2_entry_at = 0;
    offset = 0;
    length = 0;
    if (file_.read_at(kL1Offset + std::uint64_t{l1_index} * 4, e, 4) != 4) {
        error = "level-1 table entry beyond the end of the image";
        return false;
    }
    const std::uint32_t l2 = rd(e);
    if (l2 == 0 || l2 == 0xFFFFFFFF) return true;  // no level-2 table: a null track
    l2_entry_at = std::uint64_t{l2} + (track % kL2Entries) * 8;
    if (l2_entry_at + 8 > file_.size() || file_.read_at(l2_entry_at, e, 8) != 8) {
        error = "level-2 table beyond the end of the image";
        return false;
    }
    offset = rd(e);
    length = big_endian_ ? std::uint32_t{e[4]} << 8 | e[5] : std::uint32_t{e[4]} | e[5] << 8;
    if (offset != 0 && (length < 5 || offset + length > file_.size())) {
        error = "track image beyond the end of the file";
        return false;
    }
    return true;
}

bool CkdImage::read_track(std::uint32_t cyl, std::uint32_t head, std::vector<std::uint8_t>& track, std::string& error) const {
    if (!open_ || cyl >= cylinders_ || head >= heads_) {
        error = "no such track";
        return false;
    }
    const std::uint32_t t = cyl * heads_ + head;
    if (!compressed_) {
        track.assign(track_size_, 0);
        if (file_.read_at(kDeviceHeader + std::uint64_t{t} * track_size_, track.data(), track_size_) != track_size_) {
            error = "track beyond the end of the image";
            return false;
        }
    } else {
        std::uint64_t offset = 0, entry = 0;
        std::uint32_t length = 0;
        if (!locate(t, offset, length, entry, error)) return false;
        if (offset == 0) {
            track = empty_track(cyl, head);  // a null track: formatted and empty
            return true;
        }
        std::vector<std::uint8_t> raw(length);
        file_.read_at(offset, raw.data(), length);
        switch (raw[0]) {
            case 0: track = raw; break;
            case 1: {
                track.assign(track_size_, 0);
                std::memcpy(track.data(), raw.data(), 5);
                uLongf out = track_size_ - 5;
                if (uncompress(track.data() + 5, &out, raw.data() + 5, length - 5) != Z_OK) {
                    error = "zlib data of the track does not decompress";
                    return false;
                }
                track.resize(5 + out);
                track[0] = 0;
                break;
            }
            case 2: error = "the track is bzip2-compressed, which is not supported"; return false;
            default: error = fmt::format("unknown track compression {}", raw[0]); return false;
        }
    }
    if (!check_track(track, track.size(), error)) return false;
    std::size_t pos = 5;
    while (!(track[pos] == 0xFF && track[pos + 1] == 0xFF && track[pos + 2] == 0xFF && track[pos + 3] == 0xFF &&
             track[pos + 4] == 0xFF && track[pos + 5] == 0xFF && track[pos + 6] == 0xFF && track[pos + 7] == 0xFF))
        pos += 8 + track[pos + 5] + (std::size_t{track[pos + 6]} << 8 | track[pos + 7]);
    track.resize(pos + 8);
    return true;
}

bool CkdImage::write_track(std::uint32_t cyl, std::uint32_t head, const std::vector<std::uint8_t>& track, std::string& error) {
    if (!open_ || cyl >= cylinders_ || head >= heads_) {
        error = "no such track";
        return false;
    }
    if (track.size() > track_size_) {
        error = "track image larger than the image's track size";
        return false;
    }
    const std::uint32_t t = cyl * heads_ + head;
    if (!compressed_) {
        std::vector<std::uint8_t> padded(track);
        padded.resize(track_size_, 0);
        const Status s = file_.write_at(kDeviceHeader + std::uint64_t{t} * track_size_, padded.data(), padded.size());
        if (!s) error = s.message();
        return s.is_ok();
    }
    auto put = [this](std::uint8_t* p, std::uint32_t v, int bytes) {
        for (int i = 0; i < bytes; ++i) p[big_endian_ ? bytes - 1 - i : i] = static_cast<std::uint8_t>(v >> (8 * i));
    };
    std::uint64_t offset = 0, entry = 0;
    std::uint32_t length = 0;
    if (!locate(t, offset, length, entry, error)) return false;
    std::uint64_t end = file_.size();
    if (entry == 0) {
        // No level-2 table for this group yet: append an empty one and link it.
        std::vector<std::uint8_t> table(kL2Bytes, 0);
        if (!file_.write_at(end, table.data(), table.size())) {
            error = "cannot extend the image";
            return false;
        }
        std::uint8_t e[4];
        put(e, static_cast<std::uint32_t>(end), 4);
        if (!file_.write_at(kL1Offset + std::uint64_t{t / kL2Entries} * 4, e, 4)) {
            error = "cannot write the level-1 table";
            return false;
        }
        entry = end + (t % kL2Entries) * 8;
        end += kL2Bytes;
    }
    uLongf packed_size = compressBound(static_cast<uLong>(track.size() - 5));
    std::vector<std::uint8_t> out(5 + packed_size);
    std::memcpy(out.data(), track.data(), 5);
    out[0] = 1;
    if (compress2(out.data() + 5, &packed_size, track.data() + 5, static_cast<uLong>(track.size() - 5), Z_DEFAULT_COMPRESSION) != Z_OK) {
        error = "zlib compression failed";
        return false;
    }
    out.resize(5 + packed_size);
    if (out.size() > 0xFFFF || end + out.size() > 0xFFFFFFFFull) {
        error = "compressed image too large";
        return false;
    }
    std::uint8_t e[8];
    put(e, static_cast<std::uint32_t>(end), 4);
    put(e + 4, static_cast<std::uint32_t>(out.size()), 2);
    put(e + 6, static_cast<std::uint32_t>(out.size()), 2);
    if (!file_.write_at(end, out.data(), out.size()) || !file_.write_at(entry, e, 8)) {
        error = "cannot write the track";
        return false;
    }
    std::uint8_t size_field[4];
    put(size_field, static_cast<std::uint32_t>(end + out.size()), 4);
    (void)file_.write_at(kDeviceHeader + 12, size_field, 4);  // file size
    (void)file_.write_at(kDeviceHeader + 16, size_field, 4);  // bytes used (nothing is freed)
    return true;
}

Status CkdImage::create(const std::string& path, const DasdGeometry& g, std::uint32_t cylinders, bool compressed) {
    if (cylinders == 0 || cylinders > 0xFFFF) return Status::error("a volume has 1 to 65535 cylinders");
    HostFile file;
    AttachOptions options;
    options.create_new = true;
    if (Status s = file.open(path, options, true); !s) return s;
    std::vector<std::uint8_t> header(kDeviceHeader, 0);
    std::memcpy(header.data(), compressed ? "CKD_C370" : "CKD_P370", 8);
    put_le32(header.data() + 8, g.heads);
    put_le32(header.data() + 12, g.image_track_size());
    header[16] = g.type_byte;
    if (Status s = file.write_at(0, header.data(), header.size()); !s) return s;
    if (compressed) {
        const std::uint32_t tracks = cylinders * g.heads;
        const std::uint32_t l1 = (tracks + kL2Entries - 1) / kL2Entries;
        std::vector<std::uint8_t> c(kCckdHeader + std::size_t{l1} * 4, 0);
        c[0] = 0;
        c[1] = 3;
        c[2] = 1;
        put_le32(c.data() + 4, l1);
        put_le32(c.data() + 8, kL2Entries);
        put_le32(c.data() + 12, static_cast<std::uint32_t>(kDeviceHeader + c.size()));
        put_le32(c.data() + 16, static_cast<std::uint32_t>(kDeviceHeader + c.size()));
        put_le32(c.data() + 40, cylinders);
        c[44] = 1;  // null tracks hold HA and R0 only: an empty formatted track
        c[45] = 1;  // zlib
        if (Status s = file.write_at(kDeviceHeader, c.data(), c.size()); !s) return s;
    } else {
        const std::uint32_t size = g.image_track_size();
        for (std::uint32_t cyl = 0; cyl < cylinders; ++cyl)
            for (std::uint32_t head = 0; head < g.heads; ++head) {
                std::vector<std::uint8_t> t = empty_track(cyl, head);
                t.resize(size, 0);
                if (Status s = file.write_at(kDeviceHeader + (std::uint64_t{cyl} * g.heads + head) * size, t.data(), t.size()); !s)
                    return s;
            }
    }
    return file.flush();
}

}  // namespace simmon::ibm
