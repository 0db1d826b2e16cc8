#include "core/images/image_journal.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

#include "core/images/host_file.hpp"

namespace simmon {

ImageJournal::MarkId ImageJournal::add_mark(std::uint64_t size) {
    marks_.push_back(Mark{next_id_, size, {}});
    return next_id_++;
}

void ImageJournal::drop_mark(MarkId id) {
    std::erase_if(marks_, [id](const Mark& m) { return m.id == id; });
}

ImageJournal::Mark* ImageJournal::find(MarkId id) {
    for (Mark& m : marks_)
        if (m.id == id) return &m;
    return nullptr;
}

std::uint64_t ImageJournal::saved_bytes(MarkId id) const {
    std::uint64_t total = 0;
    for (const Mark& m : marks_)
        if (m.id == id)
            for (const auto& [number, block] : m.blocks) total += block->size();
    return total;
}

void ImageJournal::save_blocks(const HostFile& file, std::uint64_t first, std::uint64_t last) {
    for (std::uint64_t b = first; b <= last; ++b) {
        Block copy;
        for (Mark& m : marks_) {
            // A block that lay wholly past the end of the file at the mark needs nothing:
            // setting the size back removes it.
            if (b * kBlockBytes >= m.size || m.blocks.count(b)) continue;
            if (!copy) {
                auto bytes = std::make_shared<std::vector<std::uint8_t>>(kBlockBytes);
                file.read_at(b * kBlockBytes, bytes->data(), kBlockBytes);
                copy = std::move(bytes);
            }
            m.blocks.emplace(b, copy);
        }
    }
}

void ImageJournal::before_write(const HostFile& file, std::uint64_t offset, std::size_t length) {
    if (marks_.empty() || length == 0) return;
    save_blocks(file, offset / kBlockBytes, (offset + length - 1) / kBlockBytes);
}

void ImageJournal::before_truncate(const HostFile& file, std::uint64_t new_size) {
    const std::uint64_t size = file.size();
    if (marks_.empty() || new_size >= size) return;
    save_blocks(file, new_size / kBlockBytes, (size - 1) / kBlockBytes);
}

Status ImageJournal::revert(MarkId id) {
    Mark* target = find(id);
    if (!target) return Status::error(fmt::format("{}: no saved state for this snapshot", path_));
    std::error_code ec;
    const auto now_size = std::filesystem::file_size(path_, ec);
    if (ec) return Status::error(fmt::format("cannot put back {}: it is gone", path_));
    if (target->blocks.empty() && now_size == target->size) return Status::ok();  // nothing written since
    HostFile file;
    AttachOptions options;
    if (Status s = file.open(path_, options, false); !s)
        return Status::error(fmt::format("cannot put back {}: {}", path_, s.message()));
    // Keep every other mark reachable: it gets the present contents of the blocks this
    // revert rewrites, unless it already has older ones of its own.
    for (const auto& [number, block] : target->blocks) {
        Block present;
        for (Mark& m : marks_) {
            if (m.id == id || number * kBlockBytes >= m.size || m.blocks.count(number)) continue;
            if (!present) {
                auto bytes = std::make_shared<std::vector<std::uint8_t>>(kBlockBytes);
                file.read_at(number * kBlockBytes, bytes->data(), kBlockBytes);
                present = std::move(bytes);
            }
            m.blocks.emplace(number, present);
        }
    }
    // Blocks past the target's size that other marks need (the file grew after the
    // target was taken and shrinks now) are saved the same way.
    const std::uint64_t size = file.size();
    if (size > target->size) {
        for (std::uint64_t b = target->size / kBlockBytes; b * kBlockBytes < size; ++b) {
            Block present;
            for (Mark& m : marks_) {
                if (m.id == id || b * kBlockBytes >= m.size || m.blocks.count(b)) continue;
                if (!present) {
                    auto bytes = std::make_shared<std::vector<std::uint8_t>>(kBlockBytes);
                    file.read_at(b * kBlockBytes, bytes->data(), kBlockBytes);
                    present = std::move(bytes);
                }
                m.blocks.emplace(b, present);
            }
        }
    }
    for (const auto& [number, block] : target->blocks)
        if (Status s = file.write_at(number * kBlockBytes, block->data(), block->size()); !s) return s;
    if (Status s = file.truncate(target->size); !s) return s;
    target->blocks.clear();
    return file.flush();
}

}  // namespace simmon
