// link360's library: a linking loader for OS/360 object decks (the records asm360 writes;
// GC26-3756 "Object Deck Output"). It places the control sections of one or more decks at
// absolute addresses, one after another on doubleword boundaries from an origin, gives
// common sections (CM) storage after them, resolves external references (ER, V-type
// constants) against section names and ENTRY labels (LD), applies the relocation
// dictionary, and produces a memory image whose first doubleword is the IPL PSW.
//
// From the image it builds a self-loading IPL card deck for the 2540 reader: the first
// card holds the IPL PSW and two CCWs (the 24 bytes IPL reads, PoO "Initial Program
// Loading"), which read a card of CCWs; each CCW card reads up to nine 80-byte image cards
// into storage and then the next CCW card, and a TIC stored after the CCW area loops back
// to it. The channel program ends after the last image card; IPL then loads the PSW at 0.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace simmon::s360::asm360 {

struct LinkOptions {
    bool origin_given = false;
    std::uint32_t origin = 0;   // where the first section goes (default: its assembled address)
    std::string entry;          // entry symbol (default: the first END record's entry point)
    std::uint32_t psw_high = 0;  // first word of the IPL PSW (system mask, key, AMWP, code)
};

struct LinkedSymbol {
    std::string name;
    char kind;  // 'S' section, 'L' label, 'C' common
    std::uint32_t address;
    std::uint32_t length;
};

struct LinkResult {
    bool ok = false;
    std::vector<std::string> errors;    // one line each
    std::vector<std::string> warnings;
    std::vector<std::uint8_t> image;    // storage from address 0
    std::uint32_t origin = 0;           // where the first section was placed
    std::uint32_t entry = 0;
    bool have_entry = false;
    std::vector<LinkedSymbol> map;
};

// `decks`: the contents of object-deck files, with their names for messages.
LinkResult link_decks(const std::vector<std::pair<std::string, std::vector<std::uint8_t>>>& decks,
                      const LinkOptions& options);

// The self-loading IPL card deck for a memory image (80-byte cards, concatenated).
std::vector<std::uint8_t> ipl_card_deck(const std::vector<std::uint8_t>& image);

}  // namespace simmon::s360::asm360
