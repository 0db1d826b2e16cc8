#include "machines/s360/asm360/ipl_volume.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <vector>

#include "core/images/host_file.hpp"
#include "machines/s360/asm360/linker.hpp"

namespace simmon::s360::asm360 {

namespace {

constexpr std::uint32_t kStorageLimit = 1u << 24;  // 24-bit addresses: CCW data addresses, the PSW
constexpr std::uint8_t kSeek = 0x07, kSearchIdEqual = 0x31, kTic = 0x08, kReadData = 0x06, kMultitrack = 0x80;
constexpr std::uint8_t kCommandChain = 0x40;
// The keys OS/360 gives the IPL records (EBCDIC 'IPL1', 'IPL2').
constexpr std::uint8_t kIpl1Key[4] = {0xC9, 0xD7, 0xD3, 0xF1};
constexpr std::uint8_t kIpl2Key[4] = {0xC9, 0xD7, 0xD3, 0xF2};

void put_ccw(std::vector<std::uint8_t>& out, std::uint8_t command, std::uint32_t address, std::uint8_t flags,
             std::uint16_t count) {
    const std::uint8_t ccw[8] = {command,
                                 static_cast<std::uint8_t>(address >> 16),
                                 static_cast<std::uint8_t>(address >> 8),
                                 static_cast<std::uint8_t>(address),
                                 flags,
                                 0,
                                 static_cast<std::uint8_t>(count >> 8),
                                 static_cast<std::uint8_t>(count)};
    out.insert(out.end(), ccw, ccw + 8);
}

// A record's count field, key and data appended to a track image.
void put_record(std::vector<std::uint8_t>& track, std::uint32_t cyl, std::uint32_t head, std::uint8_t record,
                std::span<const std::uint8_t> key, std::span<const std::uint8_t> data) {
    const std::uint8_t count[8] = {static_cast<std::uint8_t>(cyl >> 8),  static_cast<std::uint8_t>(cyl),
                                   static_cast<std::uint8_t>(head >> 8), static_cast<std::uint8_t>(head),
                                   record,
                                   static_cast<std::uint8_t>(key.size()),
                                   static_cast<std::uint8_t>(data.size() >> 8),
                                   static_cast<std::uint8_t>(data.size())};
    track.insert(track.end(), count, count + 8);
    track.insert(track.end(), key.begin(), key.end());
    track.insert(track.end(), data.begin(), data.end());
}

void put_end_marker(std::vector<std::uint8_t>& track) { track.insert(track.end(), 8, 0xFF); }

std::string track_name(const ibm::DasdGeometry& g, std::uint32_t track) {
    return fmt::format("cylinder {} head {}", track / g.heads, track % g.heads);
}

// One record of a track image as read back: where it starts, its number, key and data lengths.
struct RecordAt {
    std::size_t at;
    std::uint8_t number;
    std::size_t key_length, data_length;
    std::size_t size() const { return 8 + key_length + data_length; }
};

std::vector<RecordAt> records_of(const std::vector<std::uint8_t>& track) {
    std::vector<RecordAt> records;
    std::size_t p = 5;
    while (p + 8 <= track.size() && !std::all_of(track.begin() + static_cast<std::ptrdiff_t>(p),
                                                  track.begin() + static_cast<std::ptrdiff_t>(p + 8),
                                                  [](std::uint8_t b) { return b == 0xFF; })) {
        RecordAt r{p, track[p + 4], track[p + 5], std::size_t{track[p + 6]} << 8 | track[p + 7]};
        if (p + r.size() > track.size()) break;
        records.push_back(r);
        p += r.size();
    }
    return records;
}

}  // namespace

IplProgram ipl_program(const LinkResult& link) {
    IplProgram p;
    const std::size_t origin = std::min<std::size_t>(link.origin, link.image.size());
    p.origin = static_cast<std::uint32_t>(origin);
    p.bytes = std::span<const std::uint8_t>(link.image).subspan(origin);
    for (std::size_t i = 0; i < 8 && i < link.image.size(); ++i) p.psw[i] = link.image[i];
    return p;
}

std::uint32_t ipl_tracks_needed(const ibm::DasdGeometry& geometry, std::size_t bytes) {
    return static_cast<std::uint32_t>((bytes + geometry.track_length - 1) / geometry.track_length);
}

Status write_ipl_volume(ibm::CkdImage& volume, const IplProgram& program, const IplVolumeOptions& options,
                        IplVolumeLayout* layout) {
    if (!volume.is_open()) return Status::error("the volume is not open");
    const ibm::DasdGeometry& g = volume.geometry();
    const std::uint32_t heads = volume.heads();
    const std::uint32_t total_tracks = volume.cylinders() * heads;
    const std::size_t size = program.bytes.size();
    if (size == 0) return Status::error("the program is empty: nothing to IPL");
    if (std::uint64_t{program.origin} + size > kStorageLimit)
        return Status::error(fmt::format("the program (X'{:X}' bytes at X'{:X}') goes past 16 MB", size, program.origin));

    // The tracks.
    if (options.first_head >= heads || options.first_cylinder >= volume.cylinders())
        return Status::error(fmt::format("cylinder {} head {} is not on this {} volume ({} cylinders of {} heads)",
                                         options.first_cylinder, options.first_head, g.model, volume.cylinders(), heads));
    const std::uint32_t first = options.first_cylinder * heads + options.first_head;
    if (first == 0) return Status::error("cylinder 0 head 0 holds the IPL records: the program must start on a later track");
    std::uint32_t last = total_tracks - 1;
    if (options.last_cylinder != IplVolumeOptions::kToTheEnd) {
        if (options.last_head >= heads && options.last_head != IplVolumeOptions::kToTheEnd)
            return Status::error(fmt::format("a {} has no head {}", g.model, options.last_head));
        const std::uint64_t l = std::uint64_t{options.last_cylinder} * heads + std::min(options.last_head, heads - 1);
        last = static_cast<std::uint32_t>(std::min<std::uint64_t>(l, last));
    }
    const std::uint32_t tracks = ipl_tracks_needed(g, size);
    if (first > last || tracks > last - first + 1)
        return Status::error(fmt::format("the program ({} bytes) needs {} tracks of a {} from {}; {} free up to {}", size,
                                         tracks, g.model, track_name(g, first),
                                         first > last ? 0 : last - first + 1,
                                         track_name(g, last)));

    // The loader: per cylinder seek, search, TIC and a read, a multitrack read per further
    // track, then the seek/search arguments.
    std::uint32_t cylinders_touched = 0;
    for (std::uint32_t t = first; t < first + tracks; ++t)
        if (t == first || t % heads == 0) ++cylinders_touched;
    const std::uint32_t loader_length = 8 * (3 * cylinders_touched + tracks) + 8 * cylinders_touched;
    if (loader_length > 0xFFFF) return Status::error(fmt::format("the loader ({} bytes) does not fit in a record; use fewer tracks", loader_length));
    const std::uint64_t image_end = std::uint64_t{program.origin} + size;
    const std::uint32_t loader =
        options.loader_address != 0 ? options.loader_address : static_cast<std::uint32_t>((image_end + 7) & ~std::uint64_t{7});
    if (loader % 8 != 0 || loader < 24)
        return Status::error(fmt::format("the loader address X'{:X}' must be a multiple of 8 above X'17'", loader));
    if (std::uint64_t{loader} + loader_length > kStorageLimit)
        return Status::error(fmt::format("the loader ({} bytes at X'{:X}') goes past 16 MB", loader_length, loader));
    if (loader < image_end && loader + loader_length > program.origin)
        return Status::error(fmt::format("the loader ({} bytes at X'{:X}') overlaps the program at X'{:X}'-X'{:X}'",
                                         loader_length, loader, program.origin, image_end - 1));

    std::vector<std::uint8_t> ccws;
    std::vector<std::uint8_t> arguments;
    const std::uint32_t arguments_at = loader + 8 * (3 * cylinders_touched + tracks);
    for (std::uint32_t i = 0; i < tracks; ++i) {
        const std::uint32_t t = first + i;
        const std::uint32_t dest = program.origin + i * g.track_length;
        const auto count = static_cast<std::uint16_t>(std::min<std::size_t>(g.track_length, size - std::size_t{i} * g.track_length));
        const std::uint8_t flags = i + 1 < tracks ? kCommandChain : 0;
        if (i == 0 || t % heads == 0) {
            const std::uint32_t arg = arguments_at + static_cast<std::uint32_t>(arguments.size());
            const std::uint32_t cyl = t / heads, head = t % heads;
            const std::uint8_t a[8] = {0, 0, static_cast<std::uint8_t>(cyl >> 8), static_cast<std::uint8_t>(cyl),
                                       static_cast<std::uint8_t>(head >> 8), static_cast<std::uint8_t>(head), 1, 0};
            arguments.insert(arguments.end(), a, a + 8);
            put_ccw(ccws, kSeek, arg, kCommandChain, 6);
            const std::uint32_t search_at = loader + static_cast<std::uint32_t>(ccws.size());
            put_ccw(ccws, kSearchIdEqual, arg + 2, kCommandChain, 5);
            put_ccw(ccws, kTic, search_at, 0, 0);
            put_ccw(ccws, kReadData, dest, flags, count);
        } else {
            put_ccw(ccws, kReadData | kMultitrack, dest, flags, count);
        }
    }
    std::vector<std::uint8_t> loader_record = ccws;
    loader_record.insert(loader_record.end(), arguments.begin(), arguments.end());

    // Record 1: the PSW and the two CCWs that read the loader and go to it.
    std::vector<std::uint8_t> ipl1(program.psw.begin(), program.psw.end());
    put_ccw(ipl1, kReadData, loader, kCommandChain, static_cast<std::uint16_t>(loader_length));
    put_ccw(ipl1, kTic, loader, 0, 0);

    // Track 0: HA, R0 and the records from R3 up as they were; R1 and R2 new.
    std::vector<std::uint8_t> old;
    std::string error;
    if (!volume.read_track(0, 0, old, error)) return Status::error("cylinder 0 head 0: " + error);
    const std::vector<RecordAt> old_records = records_of(old);
    std::vector<std::uint8_t> track0(old.begin(), old.begin() + 5);  // the home address
    if (!old_records.empty() && old_records.front().number == 0) {
        const RecordAt& r0 = old_records.front();
        track0.insert(track0.end(), old.begin() + static_cast<std::ptrdiff_t>(r0.at),
                      old.begin() + static_cast<std::ptrdiff_t>(r0.at + r0.size()));
    } else {
        const std::uint8_t empty_r0[8] = {0};
        put_record(track0, 0, 0, 0, {}, empty_r0);
    }
    std::vector<RecordAt> kept;
    for (const RecordAt& r : old_records)
        if (r.number >= 3) kept.push_back(r);
    put_record(track0, 0, 0, 1, kIpl1Key, ipl1);
    put_record(track0, 0, 0, 2, kIpl2Key, loader_record);
    std::uint32_t used = g.record_space(4, 24, false) + g.record_space(4, loader_length, kept.empty());
    for (std::size_t k = 0; k < kept.size(); ++k) {
        const RecordAt& r = kept[k];
        used += g.record_space(static_cast<std::uint32_t>(r.key_length), static_cast<std::uint32_t>(r.data_length),
                               k + 1 == kept.size());
        track0.insert(track0.end(), old.begin() + static_cast<std::ptrdiff_t>(r.at),
                      old.begin() + static_cast<std::ptrdiff_t>(r.at + r.size()));
    }
    put_end_marker(track0);
    if (used > g.track_length || track0.size() > g.image_track_size())
        return Status::error(fmt::format("cylinder 0 head 0 has no room for the IPL records and a loader of {} bytes "
                                         "for {} tracks ({} of {} bytes used)",
                                         loader_length, tracks, used, g.track_length));

    // The program's tracks, then track 0 (a failure part-way leaves the old IPL records).
    std::vector<std::uint8_t> first_bytes;
    for (std::uint32_t i = 0; i < tracks; ++i) {
        const std::uint32_t t = first + i;
        const std::size_t from = std::size_t{i} * g.track_length;
        std::span<const std::uint8_t> data = program.bytes.subspan(from, std::min<std::size_t>(g.track_length, size - from));
        if (i == 0 && program.origin < 8) {
            // IPL loads the PSW at 0 after the image has been read over it.
            first_bytes.assign(data.begin(), data.end());
            for (std::uint32_t b = program.origin; b < 8 && b - program.origin < first_bytes.size(); ++b)
                first_bytes[b - program.origin] = program.psw[b];
            data = first_bytes;
        }
        std::vector<std::uint8_t> track = ibm::CkdImage::empty_track(t / heads, t % heads);
        track.resize(track.size() - 8);
        put_record(track, t / heads, t % heads, 1, {}, data);
        put_end_marker(track);
        if (!volume.write_track(t / heads, t % heads, track, error)) return Status::error(track_name(g, t) + ": " + error);
    }
    if (!volume.write_track(0, 0, track0, error)) return Status::error("cylinder 0 head 0: " + error);
    if (layout) *layout = {first, tracks, loader, loader_length};
    return Status::ok();
}

Status write_ipl_volume_file(const std::string& path, const ibm::DasdGeometry* model, std::uint32_t cylinders,
                             const IplProgram& program, const IplVolumeOptions& options, IplVolumeLayout* layout) {
    std::error_code ec;
    const bool create = !std::filesystem::exists(path, ec);
    if (create) {
        const ibm::DasdGeometry& g = model ? *model : ibm::kDasd2311;
        const bool compressed = path.size() > 5 && path.compare(path.size() - 5, 5, ".cckd") == 0;
        if (Status s = ibm::CkdImage::create(path, g, cylinders ? cylinders : g.cylinders, compressed); !s)
            return Status::error(path + ": " + s.message());
    } else if (cylinders != 0) {
        return Status::error(path + ": the volume exists; its size cannot be changed");
    }
    Status result;
    {
        HostFile file;
        ibm::CkdImage volume(file);
        if (Status s = file.open(path, AttachOptions{}, false); !s)
            result = s;
        else if (Status o = volume.open(nullptr); !o)
            result = o;
        else if (model && &volume.geometry() != model)
            result = Status::error(fmt::format("the volume is a {}, not a {}", volume.geometry().model, model->model));
        else if (Status w = write_ipl_volume(volume, program, options, layout); !w)
            result = w;
        else
            result = file.flush();
    }
    if (result.is_ok()) return result;
    if (create) std::filesystem::remove(path, ec);  // a volume made for nothing
    return Status::error(path + ": " + result.message());
}

}  // namespace simmon::s360::asm360
