// Address-space selection shared by every CPU: the space tables are data, so the SCP and
// the breakpoint table read them without knowing the machine.
#include "core/machine/cpu.hpp"

#include <fmt/format.h>

namespace simmon {

void Cpu::set_address_spaces(std::vector<AddressSpace> spaces, int break_space, Switches other_switches) {
    if (spaces.empty()) return;
    spaces_ = std::move(spaces);
    break_space_ = break_space >= 0 && static_cast<std::size_t>(break_space) < spaces_.size() ? break_space : 0;
    machine_switches_ = other_switches;
    for (const AddressSpace& s : spaces_) machine_switches_ |= s.select;
}

int Cpu::examine_bytes(int space, Switches) const {
    return space >= 0 && static_cast<std::size_t>(space) < spaces_.size() ? spaces_[static_cast<std::size_t>(space)].unit_bytes : 1;
}

bool Cpu::select_space(Switches switches, bool for_break, int& id, std::string& error) const {
    Switches space_letters = 0;
    for (const AddressSpace& s : spaces_) space_letters |= s.select;
    const Switches chosen = switches & space_letters;
    if (chosen == 0) {
        id = for_break ? break_space_ : default_space();
        return true;
    }
    for (const AddressSpace& s : spaces_) {
        if (s.select == chosen) {
            id = s.id;
            return true;
        }
    }
    std::string letters;
    for (char c = 'a'; c <= 'z'; ++c)
        if (has_switch(chosen, c)) letters += fmt::format("{}-{}", letters.empty() ? "" : " ", c);
    error = fmt::format("No address space is selected by {}", letters);
    return false;
}

}  // namespace simmon
