#include "software-kits/s360/cms/tools/cms_volume.hpp"

#include <algorithm>
#include <bit>
#include <ctime>
#include <filesystem>
#include <fmt/format.h>

#include "devices/ibm/ebcdic.hpp"
#include "machines/s360/asm360/ipl_volume.hpp"
#include "software-kits/s360/cms/tools/cms_disk_layout.hpp"

namespace simmon::cms {

namespace {

std::uint16_t get16(const std::uint8_t* p) { return static_cast<std::uint16_t>(p[0] << 8 | p[1]); }
std::uint32_t get32(const std::uint8_t* p) { return std::uint32_t{p[0]} << 24 | p[1] << 16 | p[2] << 8 | p[3]; }
void put16(std::uint8_t* p, std::uint32_t v) {
    p[0] = static_cast<std::uint8_t>(v >> 8);
    p[1] = static_cast<std::uint8_t>(v);
}
void put32(std::uint8_t* p, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = static_cast<std::uint8_t>(v >> (24 - 8 * i));
}

std::uint8_t bcd(int v) { return static_cast<std::uint8_t>((v / 10 % 10) << 4 | v % 10); }

// An EBCDIC field of `n` bytes from host text, upper case, blank-padded.
void put_name(std::uint8_t* p, const std::string& text, std::size_t n) {
    std::string upper = text;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const std::string e = ibm::ascii_to_ebcdic(upper);
    for (std::size_t i = 0; i < n; ++i) p[i] = i < e.size() ? static_cast<std::uint8_t>(e[i]) : ibm::kEbcdicBlank;
}

std::string get_name(const std::uint8_t* p, std::size_t n) {
    std::string s = ibm::ebcdic_to_ascii(std::string_view(reinterpret_cast<const char*>(p), n), '?');
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

constexpr char kCmsId[] = "CMS=800 ";

}  // namespace

FileStamp FileStamp::now() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    FileStamp s;
    s.date = static_cast<std::uint16_t>(bcd(tm.tm_mon + 1) << 8 | bcd(tm.tm_mday));
    s.time = static_cast<std::uint16_t>(bcd(tm.tm_hour) << 8 | bcd(tm.tm_min));
    s.year = bcd(tm.tm_year % 100);
    return s;
}

std::uint32_t CmsVolume::blocks_per_track(const ibm::DasdGeometry& g) {
    // The most 800-byte keyless records R1-Rn the track-capacity formula allows (R0 is
    // outside it), within the image's track size.
    std::uint32_t n = 0;
    for (;;) {
        const std::uint32_t m = n + 1;
        const std::uint32_t space = (m - 1) * g.record_space(0, kBlockSize, false) + g.record_space(0, kBlockSize, true);
        if (space > g.track_length || 5 + 16 + m * (8 + kBlockSize) + 8 > g.image_track_size()) return n;
        n = m;
    }
}

void CmsVolume::locate(std::uint32_t block, std::uint32_t& cyl, std::uint32_t& head, std::uint32_t& record) const {
    const std::uint32_t track = (block - 1) / per_track_;
    record = (block - 1) % per_track_ + 1;
    cyl = track / image_->heads();
    head = track % image_->heads();
}

bool CmsVolume::read_block(std::uint32_t block, Block& data, std::string& error) const {
    std::uint32_t cyl, head, rec;
    if (block == 0) {
        error = "disk address 0";
        return false;
    }
    locate(block, cyl, head, rec);
    std::vector<std::uint8_t> track;
    if (!image_->read_track(cyl, head, track, error)) return false;
    std::size_t pos = 5;
    while (pos + 8 <= track.size()) {
        const std::uint8_t* c = track.data() + pos;
        const std::size_t kl = c[5], dl = get16(c + 6);
        if (get32(c) == 0xFFFFFFFF) break;
        if (c[4] == rec && pos != 5) {
            if (dl != kBlockSize || pos + 8 + kl + dl > track.size()) {
                error = fmt::format("block {} (cylinder {} head {} record {}) is not an 800-byte record", block, cyl, head, rec);
                return false;
            }
            data.assign(c + 8 + kl, c + 8 + kl + dl);
            return true;
        }
        pos += 8 + kl + dl;
    }
    error = fmt::format("block {} (cylinder {} head {} record {}) is not formatted", block, cyl, head, rec);
    return false;
}

bool CmsVolume::write_block(std::uint32_t block, const Block& data, std::string& error) {
    std::uint32_t cyl, head, rec;
    if (block == 0 || data.size() != kBlockSize) {
        error = "bad block write";
        return false;
    }
    locate(block, cyl, head, rec);
    std::vector<std::uint8_t> track;
    if (!image_->read_track(cyl, head, track, error)) return false;
    std::size_t pos = 5;
    while (pos + 8 <= track.size()) {
        std::uint8_t* c = track.data() + pos;
        const std::size_t kl = c[5], dl = get16(c + 6);
        if (get32(c) == 0xFFFFFFFF) break;
        if (c[4] == rec && pos != 5 && dl == kBlockSize && pos + 8 + kl + dl <= track.size()) {
            std::copy(data.begin(), data.end(), c + 8 + kl);
            return image_->write_track(cyl, head, track, error);
        }
        pos += 8 + kl + dl;
    }
    error = fmt::format("block {} (cylinder {} head {} record {}) is not formatted", block, cyl, head, rec);
    return false;
}

Status CmsVolume::create(const std::string& path, const FormatOptions& o) {
    const ibm::DasdGeometry& g = *o.geometry;
    const std::uint32_t per_track = blocks_per_track(g);
    if (o.cylinders == 0 || o.cylinders > g.cylinders)
        return Status::error(fmt::format("a {} volume has 1 to {} cylinders", g.model, g.cylinders));
    if (o.nucleus_cylinders >= o.cylinders)
        return Status::error(fmt::format("volume too small: {} cylinders leave none for files after {} for the nucleus",
                                         o.cylinders, o.nucleus_cylinders));
    const std::uint32_t area = o.cylinders - o.nucleus_cylinders;
    const std::uint32_t num = area * g.heads * per_track;
    if (num > 0xFFFF) return Status::error(fmt::format("a CMS disk holds at most 65535 blocks; {} cylinders of a {} hold {}", area, g.model, num));
    if (o.label.empty() || o.label.size() > 6) return Status::error("a CMS disk label is 1 to 6 characters");
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) return Status::error(fmt::format("{} already exists", path));
    if (Status s = ibm::CkdImage::create(path, g, o.cylinders, o.compressed); !s) return s;

    CmsVolume v;
    v.image_ = std::make_unique<ibm::CkdImage>(v.file_);
    AttachOptions options;
    if (Status s = v.file_.open(path, options, false); !s) return s;
    if (Status s = v.image_->open(&g); !s) return s;
    v.writable_ = true;
    v.per_track_ = per_track;
    v.num_ = num;
    // FORMAT: every track of the file area gets its k empty 800-byte records.
    std::string error;
    for (std::uint32_t cyl = 0; cyl < area; ++cyl)
        for (std::uint32_t head = 0; head < g.heads; ++head) {
            std::vector<std::uint8_t> t = ibm::CkdImage::empty_track(cyl, head);
            t.resize(t.size() - 8);  // the end marker goes after the records
            for (std::uint32_t r = 1; r <= per_track; ++r) {
                const std::uint8_t count[8] = {static_cast<std::uint8_t>(cyl >> 8), static_cast<std::uint8_t>(cyl),
                                               static_cast<std::uint8_t>(head >> 8), static_cast<std::uint8_t>(head),
                                               static_cast<std::uint8_t>(r), 0, kBlockSize >> 8, kBlockSize & 0xFF};
                t.insert(t.end(), count, count + 8);
                t.insert(t.end(), kBlockSize, 0);
            }
            t.insert(t.end(), 8, 0xFF);
            if (!v.image_->write_track(cyl, head, t, error)) return Status::error(error);
        }
    // Block 1: what IPL reads from a disk that holds no nucleus: a disabled wait PSW and a
    // NOP CCW that ends the IPL channel program (cmsvol ipl replaces it).
    Block b(kBlockSize, 0);
    const std::uint8_t ipl[16] = {0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01};
    std::copy(ipl, ipl + 16, b.begin());
    if (!v.write_block(1, b, error)) return Status::error(error);
    Block lab(kBlockSize, ibm::kEbcdicBlank);
    put_name(lab.data() + label::kVol1, "VOL1", 4);
    put_name(lab.data() + label::kSerial, o.label, 6);
    put_name(lab.data() + label::kCmsId, kCmsId, 8);
    if (!v.write_block(kLabelBlock, lab, error)) return Status::error(error);
    // The allocation map: blocks 1-4 and the bits past the file area are in use.
    const std::uint32_t qblocks = (num + kBitsPerQmskBlock - 1) / kBitsPerQmskBlock;
    v.qmsk_.assign(qblocks * kBlockSize, 0);
    v.freed_.assign(v.qmsk_.size(), 0);
    for (std::uint32_t blk = 1; blk <= qblocks * kBitsPerQmskBlock; ++blk)
        if (blk < kFirstFreeBlock || blk > num) v.qmsk_[(blk - 1) / 8] |= static_cast<std::uint8_t>(0x80 >> ((blk - 1) % 8));
    v.mfd_.assign(kBlockSize, 0);
    put16(v.mfd_.data() + mfd::kSentinel, mfd::kSentinelValue);
    put16(v.mfd_.data() + mfd::kNum, num);
    put16(v.mfd_.data() + mfd::kCylinders, area);
    put16(v.mfd_.data() + mfd::kPerTrack, per_track);
    put16(v.mfd_.data() + mfd::kHeads, g.heads);
    v.mfd_[mfd::kDevType] = g.type_byte;
    v.mfd_[mfd::kVersion] = mfd::kVersionValue;
    put16(v.mfd_.data() + mfd::kNucleusCyl, o.nucleus_cylinders ? area : 0);
    if (Status s = v.commit(); !s) return s;
    return v.close();
}

Status CmsVolume::open(const std::string& path, bool writable) {
    image_ = std::make_unique<ibm::CkdImage>(file_);
    AttachOptions options;
    options.read_only = !writable;
    if (Status s = file_.open(path, options, false); !s) return Status::error(fmt::format("{}: {}", path, s.message()));
    if (Status s = image_->open(nullptr); !s) return Status::error(fmt::format("{} is not a CKD volume: {}", path, s.message()));
    writable_ = writable;
    per_track_ = blocks_per_track(image_->geometry());
    if (per_track_ == 0) return Status::error(fmt::format("{}: a {} track holds no 800-byte block", path, image_->geometry().model));
    Block lab;
    std::string error;
    if (!read_block(kLabelBlock, lab, error) || get_name(lab.data() + label::kVol1, 4) != "VOL1" ||
        get_name(lab.data() + label::kCmsId, 8) != "CMS=800")
        return Status::error(fmt::format("{} is not a CMS disk (no CMS label in cylinder 0 track 0 record 3)", path));
    if (Status s = load_directory(); !s) return Status::error(fmt::format("{}: {}", path, s.message()));
    return Status::ok();
}

Status CmsVolume::load_directory() {
    std::string error;
    if (!read_block(kMfdBlock, mfd_, error)) return Status::error("no master file directory: " + error);
    const std::uint8_t* m = mfd_.data();
    if (get16(m + mfd::kSentinel) != mfd::kSentinelValue || m[mfd::kVersion] != mfd::kVersionValue ||
        get16(m + mfd::kPerTrack) != per_track_ || get16(m + mfd::kHeads) != image_->heads())
        return Status::error("the master file directory is not one of a CMS disk of this device");
    num_ = get16(m + mfd::kNum);
    nucleus_cyl_ = get16(m + mfd::kNucleusCyl);
    if (num_ < kFirstFreeBlock || num_ > std::uint64_t{image_->cylinders()} * image_->heads() * per_track_)
        return Status::error("the master file directory's block count does not fit the volume");
    const std::uint32_t qblocks = (num_ + kBitsPerQmskBlock - 1) / kBitsPerQmskBlock;
    if (qblocks > mfd::kMaxQmskBlocks) return Status::error("the allocation map is too large");
    qmsk_.clear();
    for (std::uint32_t i = 0; i < qblocks; ++i) {
        Block q;
        const std::uint16_t at = get16(m + mfd::kQmskBlocks + 2 * i);
        if (at == 0 || at > num_ || !read_block(at, q, error)) return Status::error("the allocation map (QMSK) cannot be read");
        qmsk_.insert(qmsk_.end(), q.begin(), q.end());
    }
    freed_.assign(qmsk_.size(), 0);
    fst_blocks_.clear();
    fst_dirty_.clear();
    for (std::size_t i = 0; i < mfd::kMaxFstBlocks; ++i) {
        const std::uint16_t at = get16(m + mfd::kFstBlocks + 2 * i);
        Block f(kBlockSize, 0);
        if (at != 0 && (at > num_ || !read_block(at, f, error))) return Status::error("an FST block cannot be read");
        fst_blocks_.push_back(std::move(f));
        fst_dirty_.push_back(false);
    }
    used_ = get16(m + mfd::kUsed);
    return Status::ok();
}

std::string CmsVolume::label() const {
    Block lab;
    std::string error;
    if (!read_block(kLabelBlock, lab, error)) return "";
    return get_name(lab.data() + label::kSerial, 6);
}

bool CmsVolume::in_use(std::uint32_t block) const {
    return (qmsk_[(block - 1) / 8] & (0x80 >> ((block - 1) % 8))) != 0;
}

std::uint16_t CmsVolume::allocate() {
    for (std::uint32_t b = kFirstFreeBlock; b <= num_; ++b)
        if (!in_use(b)) {
            qmsk_[(b - 1) / 8] |= static_cast<std::uint8_t>(0x80 >> ((b - 1) % 8));
            return static_cast<std::uint16_t>(b);
        }
    return 0;
}

void CmsVolume::release(std::uint16_t block) {
    if (block >= kFirstFreeBlock && block <= num_) freed_[(block - 1) / 8] |= static_cast<std::uint8_t>(0x80 >> ((block - 1) % 8));
}

Status CmsVolume::commit() {
    // 1. The changed FST blocks go to new blocks; the old copies stay valid until step 3.
    std::string error;
    Block newmfd = mfd_;
    std::uint32_t files = 0;
    for (std::size_t i = 0; i < fst_blocks_.size(); ++i) {
        bool any = false;
        for (std::size_t e = 0; e < fst::kPerBlock; ++e)
            if (fst_blocks_[i][e * fst::kSize] != 0) {
                any = true;
                ++files;
            }
        if (!fst_dirty_[i]) continue;
        const std::uint16_t old = get16(mfd_.data() + mfd::kFstBlocks + 2 * i);
        release(old);
        std::uint16_t at = 0;
        if (any) {
            at = allocate();
            if (at == 0) return Status::error("disk full: no room for the file directory");
            if (!write_block(at, fst_blocks_[i], error)) return Status::error(error);
        }
        put16(newmfd.data() + mfd::kFstBlocks + 2 * i, at);
    }
    // 2. The allocation map, as it will be after this change, to new blocks as well.
    const std::uint32_t qblocks = static_cast<std::uint32_t>(qmsk_.size() / kBlockSize);
    std::uint16_t qat[mfd::kMaxQmskBlocks] = {};
    for (std::uint32_t i = 0; i < qblocks; ++i) {
        release(get16(mfd_.data() + mfd::kQmskBlocks + 2 * i));
        qat[i] = allocate();
        if (qat[i] == 0) return Status::error("disk full: no room for the allocation map");
    }
    std::vector<std::uint8_t> map(qmsk_.size());
    for (std::size_t i = 0; i < map.size(); ++i) map[i] = static_cast<std::uint8_t>(qmsk_[i] & ~freed_[i]);
    std::uint32_t used = 0, last = 0;
    for (std::uint32_t b = 1; b <= num_; ++b)
        if (map[(b - 1) / 8] & (0x80 >> ((b - 1) % 8))) {
            ++used;
            last = b;
        }
    for (std::uint32_t i = 0; i < qblocks; ++i) {
        Block q(map.begin() + i * kBlockSize, map.begin() + (i + 1) * kBlockSize);
        if (!write_block(qat[i], q, error)) return Status::error(error);
        put16(newmfd.data() + mfd::kQmskBlocks + 2 * i, qat[i]);
    }
    // 3. The MFD, in one write: the disk changes from the old state to the new here.
    put16(newmfd.data() + mfd::kUsed, used);
    put16(newmfd.data() + mfd::kLeft, num_ - used);
    put16(newmfd.data() + mfd::kLast, last);
    put16(newmfd.data() + mfd::kFiles, files);
    put32(newmfd.data() + mfd::kSequence, get32(mfd_.data() + mfd::kSequence) + 1);
    if (!write_block(kMfdBlock, newmfd, error)) return Status::error(error);
    mfd_ = newmfd;
    qmsk_ = map;
    std::fill(freed_.begin(), freed_.end(), 0);
    std::fill(fst_dirty_.begin(), fst_dirty_.end(), false);
    used_ = used;
    return Status::ok();
}

int CmsVolume::find_slot(const std::string& name, const std::string& type) const {
    std::uint8_t key[16];
    put_name(key, name, 8);
    put_name(key + 8, type, 8);
    for (std::size_t i = 0; i < fst_blocks_.size(); ++i)
        for (std::size_t e = 0; e < fst::kPerBlock; ++e) {
            const std::uint8_t* f = fst_blocks_[i].data() + e * fst::kSize;
            if (f[0] != 0 && std::equal(key, key + 16, f)) return static_cast<int>(i * fst::kPerBlock + e);
        }
    return -1;
}

std::vector<FileInfo> CmsVolume::list() const {
    std::vector<FileInfo> out;
    for (const Block& blk : fst_blocks_)
        for (std::size_t e = 0; e < fst::kPerBlock; ++e) {
            const std::uint8_t* f = blk.data() + e * fst::kSize;
            if (f[0] == 0) continue;
            FileInfo i;
            i.name = get_name(f + fst::kName, 8);
            i.type = get_name(f + fst::kType, 8);
            i.mode = get_name(f + fst::kMode, 2);
            i.recfm = static_cast<char>(ibm::ebcdic_to_ascii(f[fst::kRecfm]));
            i.lrecl = get32(f + fst::kLrecl);
            i.records = get16(f + fst::kRecords);
            i.blocks = get16(f + fst::kBlocks);
            i.date = get16(f + fst::kDate);
            i.time = get16(f + fst::kTime);
            i.year = get16(f + fst::kYear);
            out.push_back(i);
        }
    return out;
}

bool CmsVolume::find(const std::string& name, const std::string& type, FileInfo* info) const {
    for (const FileInfo& i : list())
        if (i.name == upper(name) && i.type == upper(type)) {
            if (info) *info = i;
            return true;
        }
    return false;
}

bool CmsVolume::read_chain(const std::uint8_t* f, std::vector<std::uint16_t>& data, std::vector<std::uint16_t>& links,
                           std::string& error) const {
    const std::uint32_t blocks = get16(f + fst::kBlocks);
    const std::uint16_t fcl = get16(f + fst::kFirstChain);
    data.clear();
    links.clear();
    if (blocks == 0) return true;
    if (fcl == 0 || fcl > num_) {
        error = "the file's first chain link is missing";
        return false;
    }
    Block first;
    if (!read_block(fcl, first, error)) return false;
    links.push_back(fcl);
    for (std::uint32_t k = 0; k < blocks && k < chain::kDataInFirst; ++k) data.push_back(get16(first.data() + 2 * (chain::kLinksInFirst + k)));
    for (std::uint32_t n = 0; data.size() < blocks; ++n) {
        const std::uint16_t at = get16(first.data() + 2 * n);
        Block link;
        if (n >= chain::kLinksInFirst || at == 0 || at > num_ || !read_block(at, link, error)) {
            error = "a chain link of the file is missing";
            return false;
        }
        links.push_back(at);
        for (std::uint32_t k = 0; k < chain::kDataInNth && data.size() < blocks; ++k) data.push_back(get16(link.data() + 2 * k));
    }
    for (std::uint16_t d : data)
        if (d < kFirstFreeBlock || d > num_) {
            error = "the file's chain holds a disk address outside the disk";
            return false;
        }
    return true;
}

Status CmsVolume::read(const std::string& name, const std::string& type, std::vector<Record>& records) const {
    const int slot = find_slot(name, type);
    if (slot < 0) return Status::error(fmt::format("file {} {} not found", upper(name), upper(type)));
    const std::uint8_t* f = fst_blocks_[slot / fst::kPerBlock].data() + slot % fst::kPerBlock * fst::kSize;
    std::vector<std::uint16_t> data, links;
    std::string error;
    if (!read_chain(f, data, links, error)) return Status::error(error);
    std::vector<std::uint8_t> bytes;
    for (std::uint16_t d : data) {
        Block b;
        if (!read_block(d, b, error)) return Status::error(error);
        bytes.insert(bytes.end(), b.begin(), b.end());
    }
    const std::uint32_t count = get16(f + fst::kRecords);
    const std::uint32_t lrecl = get32(f + fst::kLrecl);
    const bool variable = f[fst::kRecfm] == ibm::ascii_to_ebcdic('V');
    records.clear();
    std::size_t pos = 0;
    for (std::uint32_t r = 0; r < count; ++r) {
        std::size_t len = lrecl;
        if (variable) {
            if (pos + 2 > bytes.size()) return Status::error("the file ends inside a record");
            len = get16(bytes.data() + pos);
            pos += 2;
        }
        if (pos + len > bytes.size()) return Status::error("the file ends inside a record");
        records.emplace_back(bytes.begin() + static_cast<std::ptrdiff_t>(pos), bytes.begin() + static_cast<std::ptrdiff_t>(pos + len));
        pos += len;
    }
    return Status::ok();
}

Status CmsVolume::write_file_blocks(char recfm, const std::vector<Record>& records, std::uint8_t* f) {
    // Fixed records are packed end to end across the blocks; a variable record is its
    // halfword length and its bytes (SY20-0887, "Arrangement of fixed-length records and
    // variable-length records in files").
    std::vector<std::uint8_t> bytes;
    for (const Record& r : records) {
        if (recfm == 'V') bytes.push_back(static_cast<std::uint8_t>(r.size() >> 8)), bytes.push_back(static_cast<std::uint8_t>(r.size()));
        bytes.insert(bytes.end(), r.begin(), r.end());
    }
    const std::size_t nblocks = (bytes.size() + kBlockSize - 1) / kBlockSize;
    if (nblocks > chain::kMaxDataBlocks) return Status::error("file too large for a CMS disk");
    bytes.resize(nblocks * kBlockSize, 0);
    std::string error;
    std::vector<std::uint16_t> data;
    for (std::size_t i = 0; i < nblocks; ++i) {
        const std::uint16_t at = allocate();
        if (at == 0) return Status::error(fmt::format("disk full: all {} blocks in use", num_));
        Block b(bytes.begin() + static_cast<std::ptrdiff_t>(i * kBlockSize), bytes.begin() + static_cast<std::ptrdiff_t>((i + 1) * kBlockSize));
        if (!write_block(at, b, error)) return Status::error(error);
        data.push_back(at);
    }
    // Chain links after the data they point to.
    Block first(kBlockSize, 0);
    for (std::size_t k = 0; k < nblocks && k < chain::kDataInFirst; ++k) put16(first.data() + 2 * (chain::kLinksInFirst + k), data[k]);
    for (std::size_t n = 0; chain::kDataInFirst + n * chain::kDataInNth < nblocks; ++n) {
        Block link(kBlockSize, 0);
        for (std::size_t k = 0; k < chain::kDataInNth; ++k) {
            const std::size_t i = chain::kDataInFirst + n * chain::kDataInNth + k;
            if (i < nblocks) put16(link.data() + 2 * k, data[i]);
        }
        const std::uint16_t at = allocate();
        if (at == 0) return Status::error("disk full: no room for the file's chain links");
        if (!write_block(at, link, error)) return Status::error(error);
        put16(first.data() + 2 * n, at);
    }
    const std::uint16_t fcl = allocate();
    if (fcl == 0) return Status::error("disk full: no room for the file's chain links");
    if (!write_block(fcl, first, error)) return Status::error(error);
    put16(f + fst::kFirstChain, fcl);
    put16(f + fst::kBlocks, static_cast<std::uint32_t>(nblocks));
    return Status::ok();
}

Status CmsVolume::add(const std::string& name, const std::string& type, const std::string& mode, char recfm,
                      std::uint32_t lrecl, const std::vector<Record>& records, const FileStamp& stamp) {
    if (!writable_) return Status::error("the volume is open read-only");
    auto valid = [](const std::string& s) {
        return !s.empty() && s.size() <= 8 && std::all_of(s.begin(), s.end(), [](char c) {
                   return std::isalnum(static_cast<unsigned char>(c)) || c == '$' || c == '#' || c == '@' || c == '-' || c == '_';
               });
    };
    if (!valid(name) || !valid(type)) return Status::error("a filename and a filetype are 1 to 8 letters, digits, $ # @ - _");
    if (mode.size() != 2 || !std::isalpha(static_cast<unsigned char>(mode[0])) || mode[1] < '0' || mode[1] > '5')
        return Status::error(fmt::format("bad filemode {}: a letter and a number 0-5, e.g. A1", mode));
    if (recfm != 'F' && recfm != 'V') return Status::error("the record format is F or V");
    if (records.empty()) return Status::error("a CMS file has at least one record");
    if (records.size() > 0xFFFF) return Status::error("a CMS file has at most 65535 records");
    std::uint32_t longest = 0;
    for (const Record& r : records) {
        if (recfm == 'F' && r.size() != lrecl) return Status::error("fixed records must all be the record length");
        if (r.empty() || r.size() > 0xFFFF) return Status::error("a record is 1 to 65535 bytes");
        longest = std::max<std::uint32_t>(longest, static_cast<std::uint32_t>(r.size()));
    }
    std::uint8_t f[fst::kSize] = {};
    put_name(f + fst::kName, name, 8);
    put_name(f + fst::kType, type, 8);
    put_name(f + fst::kMode, mode, 2);
    put16(f + fst::kDate, stamp.date);
    put16(f + fst::kTime, stamp.time);
    put16(f + fst::kYear, stamp.year);
    put16(f + fst::kWritePtr, static_cast<std::uint32_t>(records.size() + 1));
    put16(f + fst::kReadPtr, 1);
    put16(f + fst::kRecords, static_cast<std::uint32_t>(records.size()));
    f[fst::kRecfm] = ibm::ascii_to_ebcdic(static_cast<std::uint8_t>(recfm));
    put32(f + fst::kLrecl, recfm == 'F' ? lrecl : longest);
    auto undo = [this](Status s) {
        (void)load_directory();  // nothing reached the MFD: the disk still holds the old state
        return s;
    };
    if (Status s = write_file_blocks(recfm, records, f); !s) return undo(s);
    int slot = find_slot(name, type);
    if (slot >= 0) {
        // Replacing: the old file's blocks are freed by the same MFD write that drops it.
        std::uint8_t* old = fst_blocks_[slot / fst::kPerBlock].data() + slot % fst::kPerBlock * fst::kSize;
        std::vector<std::uint16_t> data, links;
        std::string error;
        if (!read_chain(old, data, links, error)) return undo(Status::error(error));
        for (std::uint16_t b : data) release(b);
        for (std::uint16_t b : links) release(b);
    } else {
        for (std::size_t i = 0; i < fst_blocks_.size() * fst::kPerBlock && slot < 0; ++i)
            if (fst_blocks_[i / fst::kPerBlock][i % fst::kPerBlock * fst::kSize] == 0) slot = static_cast<int>(i);
        if (slot < 0) return undo(Status::error(fmt::format("the directory is full ({} files)", mfd::kMaxFstBlocks * fst::kPerBlock)));
    }
    std::copy(f, f + fst::kSize, fst_blocks_[slot / fst::kPerBlock].data() + slot % fst::kPerBlock * fst::kSize);
    fst_dirty_[slot / fst::kPerBlock] = true;
    if (Status s = commit(); !s) return undo(s);
    return Status::ok();
}

Status CmsVolume::erase(const std::string& name, const std::string& type) {
    if (!writable_) return Status::error("the volume is open read-only");
    const int slot = find_slot(name, type);
    if (slot < 0) return Status::error(fmt::format("file {} {} not found", upper(name), upper(type)));
    std::uint8_t* f = fst_blocks_[slot / fst::kPerBlock].data() + slot % fst::kPerBlock * fst::kSize;
    std::vector<std::uint16_t> data, links;
    std::string error;
    if (!read_chain(f, data, links, error)) return Status::error(error);
    for (std::uint16_t b : data) release(b);
    for (std::uint16_t b : links) release(b);
    std::fill(f, f + fst::kSize, 0);
    fst_dirty_[slot / fst::kPerBlock] = true;
    if (Status s = commit(); !s) {
        (void)load_directory();
        return s;
    }
    return Status::ok();
}

Status CmsVolume::write_nucleus(const std::vector<std::uint8_t>& image, std::uint32_t origin) {
    if (!writable_) return Status::error("the volume is open read-only");
    if (nucleus_cyl_ == 0)
        return Status::error("volume too small: it has no nucleus cylinders (cmsvol create --nucleus-cylinders N)");
    if (image.size() < 8 || origin >= image.size()) return Status::error("the nucleus image is empty or shorter than its origin");
    s360::asm360::IplProgram program;
    program.origin = origin;
    program.bytes = std::span<const std::uint8_t>(image).subspan(origin);
    std::copy(image.begin(), image.begin() + 8, program.psw.begin());
    s360::asm360::IplVolumeOptions options;
    options.first_cylinder = nucleus_cyl_;
    options.first_head = 0;
    if (Status s = s360::asm360::write_ipl_volume(*image_, program, options); !s) {
        if (s.message().find("needs") != std::string::npos) return Status::error("volume too small: " + s.message());
        return s;
    }
    // The MFD notes the nucleus; only its own bytes change, in one write.
    put32(mfd_.data() + mfd::kNucleusBytes, static_cast<std::uint32_t>(image.size() - origin));
    std::string error;
    if (!write_block(kMfdBlock, mfd_, error)) return Status::error(error);
    return Status::ok();
}

Status CmsVolume::close() {
    if (!file_.is_open()) return Status::ok();
    Status s = writable_ ? file_.flush() : Status::ok();
    file_.close();
    return s;
}

}  // namespace simmon::cms
