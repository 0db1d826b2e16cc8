#include "software-kits/s360/cp67/tools/cpdirect/directory.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <set>

namespace simmon::cp67 {

namespace {

// The drives CP-67 knew, with their cylinders (the alternates included: a minidisk may not
// pass the last).
struct DiskModel {
    std::uint16_t type;
    std::uint16_t cylinders;
};
constexpr DiskModel kDisks[] = {{0x2311, 203}, {0x2314, 203}, {0x2301, 1}};

constexpr std::size_t kLastColumn = 71;  // columns 72-80: continuation and sequence

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::vector<std::string> words_of(std::string_view card) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < card.size()) {
        while (i < card.size() && (card[i] == ' ' || card[i] == '\t')) ++i;
        std::size_t j = i;
        while (j < card.size() && card[j] != ' ' && card[j] != '\t') ++j;
        if (j > i) words.emplace_back(card.substr(i, j - i));
        i = j;
    }
    return words;
}

// A user id, password or volume serial: 1 to `max` of the characters CP's names allow.
bool is_name(const std::string& s, std::size_t max) {
    if (s.empty() || s.size() > max) return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
               c == '@' || c == '#' || c == '$';
    });
}

std::optional<std::uint16_t> parse_cuu(const std::string& s) {
    if (s.empty() || s.size() > 3) return std::nullopt;
    std::uint16_t v = 0;
    for (char c : s) {
        if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
        v = static_cast<std::uint16_t>(v * 16 + (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : c - 'A' + 10));
    }
    return v;
}

std::optional<std::uint32_t> parse_decimal(const std::string& s, std::size_t max_digits) {
    if (s.empty() || s.size() > max_digits) return std::nullopt;
    std::uint32_t v = 0;
    for (char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
        v = v * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return v;
}

// "256K" or "1M": a storage size, a multiple of 4K up to 16M.
std::optional<std::uint32_t> parse_storage(const std::string& s) {
    if (s.size() < 2) return std::nullopt;
    const char unit = s.back();
    const auto n = parse_decimal(s.substr(0, s.size() - 1), 5);
    if (!n || *n == 0) return std::nullopt;
    std::uint64_t bytes = *n;
    if (unit == 'K') bytes *= 1024;
    else if (unit == 'M') bytes *= 1024 * 1024;
    else return std::nullopt;
    if (bytes % 4096 != 0 || bytes > 16u * 1024 * 1024) return std::nullopt;
    return static_cast<std::uint32_t>(bytes);
}

// A device type written as four decimal digits is kept as the same digits in hex.
std::optional<std::uint16_t> parse_type(const std::string& s) {
    if (s.size() != 4 || !std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return std::nullopt;
    return static_cast<std::uint16_t>(std::stoul(s, nullptr, 16));
}

std::optional<std::uint8_t> parse_mode(const std::string& s) {
    if (s == "R") return kModeRead;
    if (s == "RR") return static_cast<std::uint8_t>(kModeRead | kModeMultiple);
    if (s == "W") return kModeWrite;
    if (s == "WR") return static_cast<std::uint8_t>(kModeWrite | kModeMultiple);
    return std::nullopt;
}

class Parser {
public:
    explicit Parser(std::string_view name) : name_(name) {}

    void card(int line, std::string_view text) {
        line_ = line;
        if (text.size() > kLastColumn) text = text.substr(0, kLastColumn);
        const std::vector<std::string> w = words_of(upper(text));
        if (w.empty() || w[0][0] == '*') return;
        const std::string& op = w[0];
        if (op == "DIRECTORY") return directory_statement(w);
        if (op == "USER") return user(w);
        if (!seen_user_) return error(fmt::format("{} before the first USER statement", op));
        if (op == "IPL") return ipl(w);
        if (op == "CONSOLE") return console(w);
        if (op == "SPOOL") return spool(w);
        if (op == "MDISK") return minidisk(w);
        if (op == "LINK") return link(w);
        if (op == "DEDICATE") return dedicate(w);
        error(fmt::format("unknown statement {}", op));
    }

    // LINKs name a minidisk of a user written anywhere in the file: they are resolved at
    // the end.
    DirectoryResult finish() {
        for (DirectoryUser& u : result_.directory.users) {
            for (DirectoryDevice& d : u.devices) {
                if (d.kind != DirectoryDevice::Kind::Link) continue;
                line_ = d.line;
                const DirectoryUser* owner = find_user(d.owner);
                if (owner == nullptr) {
                    error(fmt::format("LINK to {}: no such user", d.owner));
                    continue;
                }
                const DirectoryDevice* target = nullptr;
                for (const DirectoryDevice& o : owner->devices)
                    if (o.kind == DirectoryDevice::Kind::Minidisk && o.address == d.owner_address) target = &o;
                if (target == nullptr) {
                    error(fmt::format("LINK to {} {:03X}: {} has no MDISK {:03X}", d.owner, d.owner_address, d.owner,
                                      d.owner_address));
                    continue;
                }
                d.type = target->type;
                d.start = target->start;
                d.cylinders = target->cylinders;
                d.volser = target->volser;
            }
        }
        std::sort(result_.errors.begin(), result_.errors.end(), [](const Error& a, const Error& b) { return a.line < b.line; });
        DirectoryResult out;
        out.directory = std::move(result_.directory);
        for (Error& e : result_.errors) out.errors.push_back(std::move(e.text));
        return out;
    }

private:
    struct Error {
        int line;
        std::string text;
    };
    struct Pending {
        Directory directory;
        std::vector<Error> errors;
    };

    void error(const std::string& message) {
        result_.errors.push_back({line_, fmt::format("{}:{}: error: {}", name_, line_, message)});
    }

    bool count(const std::vector<std::string>& w, std::size_t min, std::size_t max, const char* form) {
        if (w.size() - 1 < min || w.size() - 1 > max) {
            error(fmt::format("{} has {} operand(s): {}", w[0], w.size() - 1, form));
            return false;
        }
        return true;
    }

    const DirectoryUser* find_user(const std::string& id) const {
        for (const DirectoryUser& u : result_.directory.users)
            if (u.userid == id) return &u;
        return nullptr;
    }

    // The virtual address of a device statement: valid, and not used twice by one user.
    std::optional<std::uint16_t> address(const std::string& s) {
        const auto cuu = parse_cuu(s);
        if (!cuu) {
            error(fmt::format("{} is not a device address (1-3 hex digits)", s));
            return std::nullopt;
        }
        for (const DirectoryDevice& d : user_->devices)
            if (d.address == *cuu) {
                error(fmt::format("device {:03X} is defined twice for {} (first at line {})", *cuu, user_->userid, d.line));
                return std::nullopt;
            }
        return cuu;
    }

    void directory_statement(const std::vector<std::string>& w) {
        if (!result_.directory.users.empty()) error("DIRECTORY must come before the first USER statement");
        // Ours is assembled into the nucleus: where the directory lives on disk is moot.
        count(w, 0, 3, "DIRECTORY [cuu devtype volser]");
    }

    // A USER statement in error still gets its device statements checked, into a scratch
    // entry that is not kept.
    void user(const std::vector<std::string>& w) {
        seen_user_ = true;
        scratch_ = DirectoryUser{};
        scratch_.userid = w.size() > 1 ? w[1] : "?";
        user_ = &scratch_;
        if (!count(w, 2, 5, "USER userid password [storage [maxstorage [classes]]]")) return;
        DirectoryUser u;
        u.line = line_;
        u.userid = w[1];
        u.password = w[2];
        if (!is_name(u.userid, 8)) return error(fmt::format("user id {} is not 1-8 letters, digits, @ # $", w[1]));
        if (const DirectoryUser* old = find_user(u.userid))
            return error(fmt::format("user {} is defined twice (first at line {})", u.userid, old->line));
        u.nolog = u.password == "NOLOG";
        if (!is_name(u.password, 8)) return error(fmt::format("password {} is not 1-8 letters, digits, @ # $", w[2]));
        u.storage = 256 * 1024;
        if (w.size() > 3) {
            const auto s = parse_storage(w[3]);
            if (!s) return error(fmt::format("storage {} is not nnnK or nM, a multiple of 4K up to 16M", w[3]));
            u.storage = *s;
        }
        u.max_storage = u.storage;
        if (w.size() > 4) {
            const auto s = parse_storage(w[4]);
            if (!s) return error(fmt::format("maximum storage {} is not nnnK or nM, a multiple of 4K up to 16M", w[4]));
            if (*s < u.storage) return error(fmt::format("maximum storage {} is less than the storage {}", w[4], w[3]));
            u.max_storage = *s;
        }
        u.classes = 0x02;  // G: the general user
        if (w.size() > 5) {
            u.classes = 0;
            for (char c : w[5]) {
                if (c < 'A' || c > 'H') return error(fmt::format("privilege classes {} are not letters A-H", w[5]));
                u.classes = static_cast<std::uint8_t>(u.classes | (0x80 >> (c - 'A')));
            }
        }
        result_.directory.users.push_back(std::move(u));
        user_ = &result_.directory.users.back();
    }

    void ipl(const std::vector<std::string>& w) {
        if (!count(w, 1, 1, "IPL cuu|sysname")) return;
        if (!is_name(w[1], 8)) return error(fmt::format("IPL {}: not a device address or system name", w[1]));
        if (!user_->ipl.empty()) return error(fmt::format("a second IPL statement for {}", user_->userid));
        user_->ipl = w[1];
    }

    void console(const std::vector<std::string>& w) {
        if (!count(w, 2, 2, "CONSOLE cuu devtype")) return;
        const auto cuu = address(w[1]);
        if (!cuu) return;
        const auto type = parse_type(w[2]);
        if (!type || (*type != 0x1052 && *type != 0x2741 && *type != 0x3215))
            return error(fmt::format("CONSOLE device type {} is not 1052, 2741 or 3215", w[2]));
        for (const DirectoryDevice& d : user_->devices)
            if (d.kind == DirectoryDevice::Kind::Console)
                return error(fmt::format("a second CONSOLE for {} (first at line {})", user_->userid, d.line));
        DirectoryDevice d;
        d.kind = DirectoryDevice::Kind::Console;
        d.address = *cuu;
        d.type = *type;
        add(std::move(d));
    }

    void spool(const std::vector<std::string>& w) {
        if (!count(w, 2, 4, "SPOOL cuu devtype [READER|PUNCH] [class]")) return;
        const auto cuu = address(w[1]);
        if (!cuu) return;
        const auto type = parse_type(w[2]);
        DirectoryDevice d;
        d.kind = DirectoryDevice::Kind::Spool;
        d.address = *cuu;
        d.spool_class = 'A';
        std::size_t next = 3;
        if (type && *type == 0x2540) {
            if (w.size() < 4 || (w[3] != "READER" && w[3] != "PUNCH"))
                return error("SPOOL of a 2540 needs READER or PUNCH");
            d.unit = w[3] == "READER" ? DirectoryDevice::Unit::Reader : DirectoryDevice::Unit::Punch;
            next = 4;
        } else if (type && *type == 0x1403) {
            d.unit = DirectoryDevice::Unit::Printer;
        } else {
            return error(fmt::format("SPOOL device type {} is not 2540 or 1403", w[2]));
        }
        d.type = *type;
        if (w.size() > next + 1) return error(fmt::format("SPOOL: {} after the class", w[next + 1]));
        if (w.size() > next) {
            if (w[next].size() != 1 || !std::isalnum(static_cast<unsigned char>(w[next][0])))
                return error(fmt::format("spool class {} is not one letter or digit", w[next]));
            d.spool_class = w[next][0];
        }
        add(std::move(d));
    }

    void minidisk(const std::vector<std::string>& w) {
        if (!count(w, 5, 8, "MDISK cuu devtype start count volser [mode [readpass [writepass]]]")) return;
        const auto cuu = address(w[1]);
        if (!cuu) return;
        const auto type = parse_type(w[2]);
        const DiskModel* model = nullptr;
        for (const DiskModel& m : kDisks)
            if (type && m.type == *type) model = &m;
        if (model == nullptr) return error(fmt::format("MDISK device type {} is not 2311, 2314 or 2301", w[2]));
        const auto start = parse_decimal(w[3], 3);
        if (!start) return error(fmt::format("MDISK start cylinder {} is not a number", w[3]));
        const auto n = parse_decimal(w[4], 3);
        if (!n || *n == 0) return error(fmt::format("MDISK cylinder count {} is not a number from 1", w[4]));
        if (*start + *n > model->cylinders)
            return error(fmt::format("MDISK cylinders {}-{} pass the last cylinder of a {:04X} ({})", *start,
                                     *start + *n - 1, model->type, model->cylinders - 1));
        if (!is_name(w[5], 6)) return error(fmt::format("volume serial {} is not 1-6 letters, digits, @ # $", w[5]));
        DirectoryDevice d;
        d.kind = DirectoryDevice::Kind::Minidisk;
        d.address = *cuu;
        d.type = *type;
        d.start = static_cast<std::uint16_t>(*start);
        d.cylinders = static_cast<std::uint16_t>(*n);
        d.volser = w[5];
        d.mode = kModeWrite;
        if (w.size() > 6) {
            const auto m = parse_mode(w[6]);
            if (!m) return error(fmt::format("MDISK mode {} is not R, RR, W or WR", w[6]));
            d.mode = *m;
        }
        if (w.size() > 7) {
            if (!is_name(w[7], 8)) return error(fmt::format("read password {} is not 1-8 letters, digits, @ # $", w[7]));
            d.read_password = w[7];
        }
        if (w.size() > 8) {
            if (!is_name(w[8], 8)) return error(fmt::format("write password {} is not 1-8 letters, digits, @ # $", w[8]));
            d.write_password = w[8];
        }
        add(std::move(d));
    }

    void link(const std::vector<std::string>& w) {
        if (!count(w, 3, 4, "LINK userid cuu cuu [mode]")) return;
        if (!is_name(w[1], 8)) return error(fmt::format("LINK: user id {} is not 1-8 letters, digits, @ # $", w[1]));
        const auto owner_cuu = parse_cuu(w[2]);
        if (!owner_cuu) return error(fmt::format("{} is not a device address (1-3 hex digits)", w[2]));
        const auto cuu = address(w[3]);
        if (!cuu) return;
        DirectoryDevice d;
        d.kind = DirectoryDevice::Kind::Link;
        d.address = *cuu;
        d.owner = w[1];
        d.owner_address = *owner_cuu;
        d.mode = kModeRead;
        if (w.size() > 4) {
            const auto m = parse_mode(w[4]);
            if (!m) return error(fmt::format("LINK mode {} is not R, RR, W or WR", w[4]));
            d.mode = *m;
        }
        add(std::move(d));
    }

    void dedicate(const std::vector<std::string>& w) {
        if (!count(w, 2, 2, "DEDICATE cuu raddr")) return;
        const auto cuu = address(w[1]);
        if (!cuu) return;
        const auto real = parse_cuu(w[2]);
        if (!real) return error(fmt::format("{} is not a real device address (1-3 hex digits)", w[2]));
        DirectoryDevice d;
        d.kind = DirectoryDevice::Kind::Dedicate;
        d.address = *cuu;
        d.real_address = *real;
        add(std::move(d));
    }

    void add(DirectoryDevice d) {
        d.line = line_;
        user_->devices.push_back(std::move(d));
    }

    std::string name_;
    int line_ = 0;
    Pending result_;
    DirectoryUser* user_ = nullptr;
    DirectoryUser scratch_;
    bool seen_user_ = false;
};

}  // namespace

DirectoryResult parse_directory(std::string_view text, std::string_view name) {
    Parser parser(name);
    int line = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view card = text.substr(pos, end - pos);
        if (!card.empty() && card.back() == '\r') card.remove_suffix(1);
        parser.card(++line, card);
        pos = end + 1;
    }
    return parser.finish();
}

}  // namespace simmon::cp67
