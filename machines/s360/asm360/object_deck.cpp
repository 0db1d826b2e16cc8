// The OS/360 object deck (GC26-3756, "Object Deck Output"): 80-column EBCDIC card images.
// Every card has X'02' in column 1, its type (ESD, TXT, RLD, END) in columns 2-4 and the
// deck identification and sequence number in columns 73-80.
//   ESD  cols 11-12 bytes of items, 15-16 ESDID of the first SD/PC/CM/ER/WX item, 17-64
//        up to three 16-byte items: name, type, address, flag, length or LDID.
//   TXT  cols 6-8 address, 11-12 byte count, 15-16 ESDID, 17-72 up to 56 bytes of text.
//   RLD  cols 11-12 bytes of items, 17-72 items: R pointer, P pointer (2 bytes each), flag,
//        address (3 bytes); a flag ending in 1 says the next item has the same pointers and
//        omits them. Flag bits: 0-3 type (0 A, 1 V), 4-5 length-1, 6 direction (1 minus).
//   END  cols 6-8 entry address and 15-16 its ESDID when END names an entry point.
#include <algorithm>
#include <cstdio>

#include "machines/s360/asm360/assembler.hpp"
#include "machines/s360/asm360/ebcdic.hpp"

namespace simmon::s360::asm360 {
namespace {

class Deck {
public:
    explicit Deck(std::string id) : id_(std::move(id)) {}

    std::vector<std::uint8_t>& card(std::string_view type) {
        std::vector<std::uint8_t> c(80, 0x40);
        c[0] = 0x02;
        for (int i = 0; i < 3; ++i) c[static_cast<std::size_t>(1 + i)] = ascii_to_ebcdic(static_cast<unsigned char>(type[static_cast<std::size_t>(i)]));
        std::string seq = id_.substr(0, 4);
        seq.resize(4, ' ');
        char num[8];
        std::snprintf(num, sizeof num, "%04u", static_cast<unsigned>(++count_ % 10000));
        seq += num;
        for (int i = 0; i < 8; ++i) c[static_cast<std::size_t>(72 + i)] = ascii_to_ebcdic(static_cast<unsigned char>(seq[static_cast<std::size_t>(i)]));
        cards_.push_back(std::move(c));
        return cards_.back();
    }
    void raw(const std::string& text) {
        std::vector<std::uint8_t> c(80, 0x40);
        for (std::size_t i = 0; i < 80 && i < text.size(); ++i) c[i] = ascii_to_ebcdic(static_cast<unsigned char>(text[i]));
        cards_.push_back(std::move(c));
    }
    std::vector<std::uint8_t> bytes() const {
        std::vector<std::uint8_t> out;
        out.reserve(cards_.size() * 80);
        for (const auto& c : cards_) out.insert(out.end(), c.begin(), c.end());
        return out;
    }

private:
    std::string id_;
    unsigned count_ = 0;
    std::vector<std::vector<std::uint8_t>> cards_;
};

void put(std::vector<std::uint8_t>& c, std::size_t col, int bytes, std::uint32_t v) {
    for (int i = bytes - 1; i >= 0; --i) {
        c[col - 1 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(v);
        v >>= 8;
    }
}

void put_name(std::vector<std::uint8_t>& c, std::size_t col, const std::string& name) {
    for (std::size_t i = 0; i < 8; ++i)
        c[col - 1 + i] = i < name.size() ? ascii_to_ebcdic(static_cast<unsigned char>(name[i])) : 0x40;
}

}  // namespace

std::uint16_t Assembler::esdid_of(int section) const {
    return section < 0 ? 0 : sections_[static_cast<std::size_t>(section)].esdid;
}

std::vector<std::uint8_t> Assembler::object_deck() const {
    Deck deck(deck_id_);
    for (const auto& p : punched_) deck.raw(p);

    // ESD: the numbered items first, three a card with consecutive ESDIDs, then LD items.
    std::vector<const EsdItem*> numbered, labels;
    for (const auto& e : esd_) (e.type == 0x01 ? labels : numbered).push_back(&e);
    for (const auto* group : {&numbered, &labels}) {
        for (std::size_t i = 0; i < group->size(); i += 3) {
            auto& c = deck.card("ESD");
            std::size_t n = std::min<std::size_t>(3, group->size() - i);
            put(c, 11, 2, static_cast<std::uint32_t>(16 * n));
            if (group == &numbered) put(c, 15, 2, (*group)[i]->esdid);
            for (std::size_t k = 0; k < n; ++k) {
                const EsdItem& e = *(*group)[i + k];
                std::size_t col = 17 + 16 * k;
                put_name(c, col, e.name);
                c[col + 7] = e.type;
                if (e.type == 0x02 || e.type == 0x0A) {
                    put(c, col + 9, 3, 0);
                    continue;  // flag and length stay blank
                }
                put(c, col + 9, 3, static_cast<std::uint32_t>(e.address));
                if (e.type == 0x01) put(c, col + 13, 3, e.ldid);
                else put(c, col + 13, 3, static_cast<std::uint32_t>(e.length));
            }
        }
    }

    for (const auto& piece : text_) {
        std::uint16_t id = esdid_of(piece.section);
        for (std::size_t off = 0; off < piece.bytes.size(); off += 56) {
            std::size_t n = std::min<std::size_t>(56, piece.bytes.size() - off);
            auto& c = deck.card("TXT");
            put(c, 6, 3, static_cast<std::uint32_t>(piece.address) + static_cast<std::uint32_t>(off));
            put(c, 11, 2, static_cast<std::uint32_t>(n));
            put(c, 15, 2, id);
            std::copy_n(piece.bytes.begin() + static_cast<std::ptrdiff_t>(off), n, c.begin() + 16);
        }
    }

    std::vector<RldItem> rld = rld_;
    std::stable_sort(rld.begin(), rld.end(), [](const RldItem& a, const RldItem& b) {
        if (a.position_esdid != b.position_esdid) return a.position_esdid < b.position_esdid;
        if (a.relocation_esdid != b.relocation_esdid) return a.relocation_esdid < b.relocation_esdid;
        return a.address < b.address;
    });
    for (std::size_t i = 0; i < rld.size();) {
        auto& c = deck.card("RLD");
        std::size_t used = 0;
        std::size_t last_flag_col = 0;
        bool first_on_card = true;
        while (i < rld.size()) {
            bool same = !first_on_card && rld[i].relocation_esdid == rld[i - 1].relocation_esdid &&
                        rld[i].position_esdid == rld[i - 1].position_esdid;
            std::size_t need = same ? 4 : 8;
            if (used + need > 56) break;
            if (same) c[last_flag_col - 1] |= 0x01;
            std::size_t col = 17 + used;
            if (!same) {
                put(c, col, 2, rld[i].relocation_esdid);
                put(c, col + 2, 2, rld[i].position_esdid);
                col += 4;
            }
            c[col - 1] = rld[i].flags;
            put(c, col + 1, 3, static_cast<std::uint32_t>(rld[i].address));
            last_flag_col = col;
            used += need;
            first_on_card = false;
            ++i;
        }
        put(c, 11, 2, static_cast<std::uint32_t>(used));
    }

    auto& end = deck.card("END");
    if (have_entry_point_) {
        put(end, 6, 3, static_cast<std::uint32_t>(entry_point_.value));
        put(end, 15, 2, esdid_of(entry_point_.section()));
    }
    return deck.bytes();
}

}  // namespace simmon::s360::asm360
