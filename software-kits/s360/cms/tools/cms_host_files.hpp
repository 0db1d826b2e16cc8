// Host files as CMS records and back: text (ASCII lines, EBCDIC in CMS) as fixed 80-byte
// card images or variable records, binary (object decks, modules) as fixed records.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/machine/status.hpp"
#include "software-kits/s360/cms/tools/cms_volume.hpp"

namespace simmon::cms {

struct HostFormat {
    bool text = true;
    char recfm = 'F';
    std::uint32_t lrecl = 80;
};

// The format a filetype gets when the user names none: TEXT (object decks) F 80 binary,
// MODULE F 800 binary, everything else text F 80.
HostFormat default_format(const std::string& filetype);

// Host bytes to records. Text: one record a line (LF or CR LF), tabs to every eighth
// column, converted to EBCDIC; F records are blank-padded, a longer line is an error; an
// empty line is one blank in a V file. Binary: F records of lrecl bytes, the last padded
// with zeros (a TEXT deck must be whole cards).
Status host_to_records(const std::vector<std::uint8_t>& host, const HostFormat& format, const std::string& filetype,
                       std::vector<Record>& records);

// Records to host bytes: text lines (trailing blanks of F records dropped) or the records'
// bytes end to end.
std::vector<std::uint8_t> records_to_host(const std::vector<Record>& records, bool text);

}  // namespace simmon::cms
