#include "software-kits/s360/cms/tools/cms_host_files.hpp"

#include <fmt/format.h>

#include "devices/ibm/ebcdic.hpp"

namespace simmon::cms {

HostFormat default_format(const std::string& filetype) {
    if (filetype == "TEXT") return {false, 'F', 80};
    if (filetype == "MODULE") return {false, 'F', 800};
    return {true, 'F', 80};
}

Status host_to_records(const std::vector<std::uint8_t>& host, const HostFormat& format, const std::string& filetype,
                       std::vector<Record>& records) {
    records.clear();
    if (format.recfm == 'F' && (format.lrecl == 0 || format.lrecl > 65535)) return Status::error("the record length is 1 to 65535");
    if (!format.text) {
        if (format.recfm != 'F') return Status::error("binary files are stored as fixed records (F)");
        if (filetype == "TEXT" && host.size() % format.lrecl != 0)
            return Status::error(fmt::format("a TEXT deck is whole {}-byte cards; this one has {} bytes", format.lrecl, host.size()));
        for (std::size_t pos = 0; pos < host.size(); pos += format.lrecl) {
            Record r(host.begin() + static_cast<std::ptrdiff_t>(pos),
                     host.begin() + static_cast<std::ptrdiff_t>(std::min(host.size(), pos + format.lrecl)));
            r.resize(format.lrecl, 0);
            records.push_back(std::move(r));
        }
        return Status::ok();
    }
    std::size_t line_no = 0, pos = 0;
    while (pos < host.size()) {
        std::size_t end = pos;
        while (end < host.size() && host[end] != '\n') ++end;
        std::size_t stop = end;
        if (stop > pos && host[stop - 1] == '\r') --stop;
        ++line_no;
        std::string line;
        for (std::size_t i = pos; i < stop; ++i) {
            const char c = static_cast<char>(host[i]);
            if (c == '\t') {
                line.append(8 - line.size() % 8, ' ');
            } else if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) {
                return Status::error(fmt::format("line {}: a byte X'{:02X}' that is no printable character (use --binary)", line_no,
                                                 static_cast<unsigned>(static_cast<unsigned char>(c))));
            } else {
                line.push_back(c);
            }
        }
        const std::string e = ibm::ascii_to_ebcdic(line);
        Record r(e.begin(), e.end());
        if (format.recfm == 'F') {
            if (r.size() > format.lrecl)
                return Status::error(fmt::format("line {} is {} characters, longer than the record length {}", line_no, r.size(), format.lrecl));
            r.resize(format.lrecl, ibm::kEbcdicBlank);
        } else if (r.empty()) {
            r.assign(1, ibm::kEbcdicBlank);
        } else if (r.size() > 65535) {
            return Status::error(fmt::format("line {} is longer than 65535 characters", line_no));
        }
        records.push_back(std::move(r));
        pos = end + 1;
    }
    return Status::ok();
}

std::vector<std::uint8_t> records_to_host(const std::vector<Record>& records, bool text) {
    std::vector<std::uint8_t> out;
    for (const Record& r : records) {
        if (!text) {
            out.insert(out.end(), r.begin(), r.end());
            continue;
        }
        std::string line = ibm::ebcdic_to_ascii(std::string_view(reinterpret_cast<const char*>(r.data()), r.size()), '?');
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out.insert(out.end(), line.begin(), line.end());
        out.push_back('\n');
    }
    return out;
}

}  // namespace simmon::cms
