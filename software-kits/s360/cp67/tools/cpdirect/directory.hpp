// The CP-67 user directory as card-image statements: what cpdirect reads. CP-67 built
// its directory with a directory program from control cards (Installation Guide
// GH20-0857); the statement names, operands and rules here are VM/370's, which kept
// CP-67's (Planning and System Generation Guide GC20-1801, "Directory Program"):
// columns 1-71 are read, blank cards and cards whose first word begins with '*' are
// comments, operands are positional, and a bad statement is reported with its line number
// while the rest are still checked. docs/cp67.md ("The directory") lists the statements.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace simmon::cp67 {

// One device statement of a user (the DIRDEV DSECT of maclib/dirblok.mac).
struct DirectoryDevice {
    enum class Kind : std::uint8_t { Console = 1, Spool = 2, Minidisk = 3, Link = 4, Dedicate = 5 };
    enum class Unit : std::uint8_t { None = 0, Reader = 1, Punch = 2, Printer = 3 };
    Kind kind = Kind::Console;
    std::uint16_t address = 0;      // virtual cuu
    std::uint16_t type = 0;         // device type as written, in hex digits: 2314 -> 0x2314
    char spool_class = ' ';
    Unit unit = Unit::None;
    std::uint8_t mode = 0;          // kModeRead / kModeWrite, with kModeMultiple
    std::uint16_t start = 0;        // minidisk, link: first real cylinder
    std::uint16_t cylinders = 0;
    std::string volser;             // minidisk, link
    std::uint16_t real_address = 0; // dedicate
    std::string read_password, write_password;  // minidisk
    std::string owner;              // link: the owner's user id
    std::uint16_t owner_address = 0;
    int line = 0;                   // where it was written
};

inline constexpr std::uint8_t kModeRead = 0x80;
inline constexpr std::uint8_t kModeWrite = 0x40;
inline constexpr std::uint8_t kModeMultiple = 0x20;

// One USER statement and the statements after it (the DIRBLOK DSECT).
struct DirectoryUser {
    std::string userid, password;
    std::uint32_t storage = 0, max_storage = 0;  // bytes
    std::uint8_t classes = 0;                    // A = 0x80 ... H = 0x01
    bool nolog = false;
    std::string ipl;                             // IPL statement: device or system name
    std::vector<DirectoryDevice> devices;
    int line = 0;
};

struct Directory {
    std::vector<DirectoryUser> users;
};

// Parses the statements of `text` (`name` is the file name the errors carry). Every error
// is one line, "name:line: error: message", in the order of the lines; the directory is
// complete only when there are none.
struct DirectoryResult {
    Directory directory;
    std::vector<std::string> errors;
};
DirectoryResult parse_directory(std::string_view text, std::string_view name);

}  // namespace simmon::cp67
