#include "machines/s360/asm360/symbols.hpp"

namespace simmon::s360::asm360 {

void Value::add_reloc(int section, int count) {
    for (int i = 0; i < nrelocs; ++i) {
        if (relocs[i].section == section) {
            relocs[i].count = static_cast<std::int16_t>(relocs[i].count + count);
            if (relocs[i].count == 0) {
                relocs[i] = relocs[nrelocs - 1];
                --nrelocs;
            }
            return;
        }
    }
    if (count == 0) return;
    if (nrelocs == kMaxRelocs) {
        overflowed = true;
        return;
    }
    relocs[nrelocs++] = {static_cast<std::int16_t>(section), static_cast<std::int16_t>(count)};
}

Symbol* SymbolTable::find(std::string_view name) {
    auto it = index_.find(std::string(name));
    return it == index_.end() ? nullptr : &symbols_[it->second];
}

const Symbol* SymbolTable::find(std::string_view name) const {
    auto it = index_.find(std::string(name));
    return it == index_.end() ? nullptr : &symbols_[it->second];
}

Symbol& SymbolTable::get(std::string_view name) {
    auto [it, inserted] = index_.try_emplace(std::string(name), symbols_.size());
    if (inserted) {
        symbols_.emplace_back();
        symbols_.back().name = std::string(name);
    }
    return symbols_[it->second];
}

}  // namespace simmon::s360::asm360
