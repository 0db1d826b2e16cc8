#include "machines/s360/asm360/linker.hpp"

#include <algorithm>
#include <map>

#include "machines/s360/asm360/ebcdic.hpp"

namespace simmon::s360::asm360 {
namespace {

constexpr std::uint32_t kMaxStorage = 16u << 20;

std::uint32_t get(const std::uint8_t* p, int n) {
    std::uint32_t v = 0;
    for (int i = 0; i < n; ++i) v = v << 8 | p[i];
    return v;
}

std::string name_of(const std::uint8_t* p) {
    std::string s;
    for (int i = 0; i < 8; ++i) s.push_back(ebcdic_to_ascii(p[i]));
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

bool card_is(const std::uint8_t* c, const char* type) {
    return c[0] == 0x02 && c[1] == ascii_to_ebcdic(static_cast<unsigned char>(type[0])) &&
           c[2] == ascii_to_ebcdic(static_cast<unsigned char>(type[1])) && c[3] == ascii_to_ebcdic(static_cast<unsigned char>(type[2]));
}

struct DeckItem {
    std::uint8_t type = 0;
    std::string name;
    std::uint32_t address = 0;  // assembled address
    std::uint32_t length = 0;
    std::uint32_t load = 0;     // resolved: where it lies (sections), or its value (references)
    bool resolved = false;
};

struct Deck {
    std::string file;
    std::map<std::uint16_t, DeckItem> items;  // by ESDID
    struct Label {
        std::string name;
        std::uint32_t address;
        std::uint16_t sd;
    };
    std::vector<Label> labels;
    struct Text {
        std::uint16_t esdid;
        std::uint32_t address;
        std::vector<std::uint8_t> bytes;
    };
    std::vector<Text> text;
    struct Rld {
        std::uint16_t r, p;
        std::uint8_t flags;
        std::uint32_t address;
    };
    std::vector<Rld> rld;
    bool have_entry = false;
    std::uint16_t entry_esdid = 0;
    std::uint32_t entry_address = 0;
};

bool read_deck(const std::string& file, const std::vector<std::uint8_t>& data, Deck& d, std::vector<std::string>& errors) {
    d.file = file;
    if (data.size() % 80 != 0) {
        errors.push_back(file + ": not a deck of 80-byte cards (" + std::to_string(data.size()) + " bytes)");
        return false;
    }
    bool ended = false;
    for (std::size_t off = 0; off < data.size() && !ended; off += 80) {
        const std::uint8_t* c = data.data() + off;
        std::string where = file + ": card " + std::to_string(off / 80 + 1);
        if (c[0] != 0x02) continue;  // PUNCH/REPRO cards and others are not the loader's
        if (card_is(c, "ESD")) {
            std::uint32_t n = get(c + 10, 2);
            std::uint16_t id = static_cast<std::uint16_t>(get(c + 14, 2));
            if (n > 48 || n % 16) {
                errors.push_back(where + ": bad ESD byte count " + std::to_string(n));
                return false;
            }
            for (std::uint32_t k = 0; k < n; k += 16) {
                const std::uint8_t* it = c + 16 + k;
                DeckItem item;
                item.name = name_of(it);
                item.type = it[8];
                item.address = get(it + 9, 3);
                if (item.type == 0x01) {
                    d.labels.push_back({item.name, item.address, static_cast<std::uint16_t>(get(it + 13, 3))});
                    continue;
                }
                if (item.type == 0x00 || item.type == 0x04 || item.type == 0x05) item.length = get(it + 13, 3);
                else if (item.type != 0x02 && item.type != 0x0A) {
                    errors.push_back(where + ": unknown ESD type " + std::to_string(item.type));
                    return false;
                }
                d.items[id++] = item;
            }
        } else if (card_is(c, "TXT")) {
            std::uint32_t n = get(c + 10, 2);
            if (n > 56) {
                errors.push_back(where + ": bad TXT byte count");
                return false;
            }
            d.text.push_back({static_cast<std::uint16_t>(get(c + 14, 2)), get(c + 5, 3),
                              std::vector<std::uint8_t>(c + 16, c + 16 + n)});
        } else if (card_is(c, "RLD")) {
            std::uint32_t n = get(c + 10, 2);
            if (n > 56) {
                errors.push_back(where + ": bad RLD byte count");
                return false;
            }
            std::uint16_t r = 0, p = 0;
            bool same = false;
            for (std::uint32_t k = 0; k < n;) {
                const std::uint8_t* it = c + 16 + k;
                if (!same) {
                    if (k + 8 > n) break;
                    r = static_cast<std::uint16_t>(get(it, 2));
                    p = static_cast<std::uint16_t>(get(it + 2, 2));
                    it += 4;
                    k += 4;
                } else if (k + 4 > n) {
                    break;
                }
                d.rld.push_back({r, p, it[0], get(it + 1, 3)});
                same = it[0] & 1;
                k += 4;
            }
        } else if (card_is(c, "END")) {
            if (c[5] != 0x40 || c[6] != 0x40 || c[7] != 0x40) {
                d.have_entry = true;
                d.entry_address = get(c + 5, 3);
                d.entry_esdid = static_cast<std::uint16_t>(get(c + 14, 2));
            }
            ended = true;
        }
    }
    if (!ended) errors.push_back(file + ": no END card");
    return ended;
}

}  // namespace

LinkResult link_decks(const std::vector<std::pair<std::string, std::vector<std::uint8_t>>>& inputs,
                      const LinkOptions& options) {
    LinkResult result;
    std::vector<Deck> decks(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (!read_deck(inputs[i].first, inputs[i].second, decks[i], result.errors)) return result;

    // Place the control sections in order, then the common sections.
    std::map<std::string, std::uint32_t> globals;  // name -> address
    std::map<std::string, std::pair<std::uint32_t, std::uint32_t>> commons;  // name -> (length, address)
    std::uint32_t next = 0;
    bool first = true;
    for (auto& d : decks) {
        for (auto& [id, item] : d.items) {
            if (item.type != 0x00 && item.type != 0x04) continue;
            if (first) next = options.origin_given ? options.origin : item.address;
            next = (next + 7) & ~7u;
            if (first) result.origin = next;
            first = false;
            item.load = next;
            item.resolved = true;
            next += item.length;
            if (item.type == 0x00) {
                if (globals.count(item.name)) result.errors.push_back(d.file + ": section " + item.name + " defined twice");
                globals[item.name] = item.load;
                result.map.push_back({item.name, 'S', item.load, item.length});
            }
        }
    }
    for (auto& d : decks)
        for (auto& [id, item] : d.items)
            if (item.type == 0x05) {
                auto& c = commons[item.name];
                c.first = std::max(c.first, item.length);
            }
    for (auto& [name, c] : commons) {
        next = (next + 7) & ~7u;
        c.second = next;
        next += c.first;
        result.map.push_back({name.empty() ? std::string("(blank)") : name, 'C', c.second, c.first});
    }
    if (next > kMaxStorage) {
        result.errors.push_back("the program does not fit in 16 MB");
        return result;
    }
    for (auto& d : decks)
        for (auto& [id, item] : d.items)
            if (item.type == 0x05) {
                item.load = commons[item.name].second;
                item.resolved = true;
            }
    for (auto& d : decks)
        for (const auto& l : d.labels) {
            auto it = d.items.find(l.sd);
            if (it == d.items.end() || !it->second.resolved) {
                result.errors.push_back(d.file + ": ENTRY " + l.name + " lies in no section");
                continue;
            }
            std::uint32_t addr = it->second.load + (l.address - it->second.address);
            if (globals.count(l.name)) result.errors.push_back(d.file + ": " + l.name + " defined twice");
            globals[l.name] = addr;
            result.map.push_back({l.name, 'L', addr, 0});
        }
    for (auto& d : decks)
        for (auto& [id, item] : d.items) {
            if (item.type != 0x02 && item.type != 0x0A) continue;
            auto it = globals.find(item.name);
            if (it != globals.end()) {
                item.load = it->second;
                item.resolved = true;
            } else if (item.type == 0x0A) {
                item.load = 0;  // an unresolved weak reference is zero
                item.resolved = true;
            } else {
                result.errors.push_back(d.file + ": unresolved external reference " + item.name);
            }
        }
    if (!result.errors.empty()) return result;

    std::vector<std::uint8_t>& image = result.image;
    image.assign(std::max<std::uint32_t>(next, 8), 0);
    for (const auto& d : decks) {
        for (const auto& t : d.text) {
            auto it = d.items.find(t.esdid);
            if (it == d.items.end() || (it->second.type != 0x00 && it->second.type != 0x04)) {
                result.errors.push_back(d.file + ": text for an unknown section");
                return result;
            }
            std::uint64_t at = static_cast<std::uint64_t>(it->second.load) + (t.address - it->second.address);
            if (t.address < it->second.address || at + t.bytes.size() > image.size()) {
                result.errors.push_back(d.file + ": text outside its section");
                return result;
            }
            std::copy(t.bytes.begin(), t.bytes.end(), image.begin() + static_cast<std::ptrdiff_t>(at));
        }
        for (const auto& r : d.rld) {
            auto rel = d.items.find(r.r);
            auto pos = d.items.find(r.p);
            if (rel == d.items.end() || pos == d.items.end()) {
                result.errors.push_back(d.file + ": relocation item names an unknown ESDID");
                return result;
            }
            int len = ((r.flags >> 2) & 3) + 1;
            std::uint64_t at = static_cast<std::uint64_t>(pos->second.load) + (r.address - pos->second.address);
            if (at + static_cast<std::uint64_t>(len) > image.size()) {
                result.errors.push_back(d.file + ": relocation outside the program");
                return result;
            }
            // A section's constants were assembled with its assembled origin; an external
            // symbol's (and a common's) with zero.
            std::uint32_t delta = rel->second.load;
            if (rel->second.type == 0x00 || rel->second.type == 0x04) delta -= rel->second.address;
            std::uint32_t v = get(&image[at], len);
            v = (r.flags & 2) ? v - delta : v + delta;
            for (int k = len - 1; k >= 0; --k) {
                image[at + static_cast<std::size_t>(k)] = static_cast<std::uint8_t>(v);
                v >>= 8;
            }
        }
    }
    // The entry point: a named symbol, or the first END record that gives one.
    if (!options.entry.empty()) {
        auto it = globals.find(options.entry);
        if (it == globals.end()) {
            result.errors.push_back("entry symbol " + options.entry + " not found");
            return result;
        }
        result.entry = it->second;
        result.have_entry = true;
    } else {
        for (const auto& d : decks) {
            if (!d.have_entry) continue;
            auto it = d.items.find(d.entry_esdid);
            if (it == d.items.end() || !it->second.resolved) continue;
            result.entry = it->second.load + (d.entry_address - it->second.address);
            result.have_entry = true;
            break;
        }
    }
    if (result.have_entry) {
        // The IPL PSW (PoO "Program Status Word", BC mode): the given first word, then
        // ILC/CC/program mask zero and the entry address.
        const std::uint32_t w[2] = {options.psw_high, result.entry & 0xFFFFFF};
        bool program_psw = false;
        for (int i = 0; i < 8; ++i) program_psw |= image[static_cast<std::size_t>(i)] != 0;
        if (program_psw) result.warnings.push_back("the program's own doubleword at 0 is replaced by the IPL PSW");
        for (int i = 0; i < 8; ++i) image[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(w[i / 4] >> (24 - 8 * (i % 4)));
    } else {
        result.warnings.push_back("no entry point: the doubleword at 0 is the program's own");
    }
    result.ok = true;
    return result;
}

std::vector<std::uint8_t> ipl_card_deck(const std::vector<std::uint8_t>& image) {
    constexpr std::uint8_t kRead = 0x02, kTic = 0x08, kChainSli = 0x60, kSli = 0x20;
    const std::size_t chunks = (image.size() + 79) / 80;
    const std::uint32_t area = static_cast<std::uint32_t>((chunks * 80 + 7) & ~std::size_t{7});  // CCW cards + TIC
    std::vector<std::uint8_t> deck;
    auto card = [&]() -> std::uint8_t* {
        deck.resize(deck.size() + 80, 0);
        return &deck[deck.size() - 80];
    };
    auto ccw = [](std::uint8_t* p, std::uint8_t cmd, std::uint32_t addr, std::uint8_t flags, std::uint16_t count) {
        p[0] = cmd;
        p[1] = static_cast<std::uint8_t>(addr >> 16);
        p[2] = static_cast<std::uint8_t>(addr >> 8);
        p[3] = static_cast<std::uint8_t>(addr);
        p[4] = flags;
        p[5] = 0;
        p[6] = static_cast<std::uint8_t>(count >> 8);
        p[7] = static_cast<std::uint8_t>(count);
    };
    std::uint8_t* first = card();
    std::copy(image.begin(), image.begin() + 8, first);
    ccw(first + 8, kRead, area, kChainSli, 80);
    ccw(first + 16, kTic, area, 0, 0);
    // The CCW cards: the first also reads the card holding the TIC back to the CCW area.
    std::size_t next_chunk = 0;
    bool first_ccw_card = true;
    while (next_chunk < chunks || first_ccw_card) {
        std::uint8_t* ccws = card();
        std::vector<std::size_t> data;
        int slot = 0;
        std::vector<std::uint8_t> tic_card;
        if (first_ccw_card) {
            ccw(ccws, kRead, area + 80, kChainSli, 80);
            ++slot;
        }
        while (slot < 9 && next_chunk < chunks) data.push_back(next_chunk++), ++slot;
        const bool last = next_chunk >= chunks;
        int k = first_ccw_card ? 1 : 0;
        for (std::size_t i = 0; i < data.size(); ++i, ++k)
            ccw(ccws + 8 * k, kRead, static_cast<std::uint32_t>(data[i] * 80),
                (last && i + 1 == data.size()) ? kSli : kChainSli, 80);
        if (!last) ccw(ccws + 8 * 9, kRead, area, kChainSli, 80);
        else if (data.empty()) ccws[8 * (k - 1) + 4] = kSli;  // only the TIC card to read
        std::size_t ccws_at = static_cast<std::size_t>(ccws - deck.data());
        if (first_ccw_card) {
            std::uint8_t* tic = card();
            ccw(tic, kTic, area, 0, 0);
        }
        for (std::size_t chunk : data) {
            std::uint8_t* c = card();
            for (std::size_t b = 0; b < 80; ++b) {
                std::size_t src = chunk * 80 + b;
                c[b] = src < image.size() ? image[src] : 0;
            }
        }
        (void)ccws_at;
        first_ccw_card = false;
    }
    return deck;
}

}  // namespace simmon::s360::asm360
