// USING and DROP, and the choice of base register for an implicit address (GC28-6514,
// "Addressing -- Base Register Instructions"): of the registers whose USING range (base to
// base+4095, same relocatability) covers the address, the one giving the smallest
// displacement wins; between equal displacements the highest-numbered register, as
// Assembler F resolves it. Absolute addresses 0-4095 need no base register (base 0).
#include "machines/s360/asm360/assembler.hpp"

namespace simmon::s360::asm360 {
namespace {

bool same_relocation(const Value& a, const Value& b) {
    if (a.absolute() && b.absolute()) return true;
    return a.simple() && b.simple() && a.section() == b.section();
}

}  // namespace

void Assembler::do_using() {
    if (pass_ != 2) return;
    std::vector<std::size_t> offs;
    std::vector<std::string> ops = split_operands(fields_.operands, &offs);
    if (ops.size() < 2) return error(0, kError, "USING needs a base address and at least one register");
    ExpressionResult r = evaluate_expression(ops[0], 0, *this);
    if (!r.ok) return error(offs[0] + r.error_offset, kError, r.error);
    if (r.undefined) return error(offs[0], kError, "undefined symbol in USING base address");
    if (r.end != ops[0].size()) return error(offs[0] + r.end, kError, "invalid USING base address");
    if (!r.value.absolute() && !r.value.simple()) return error(offs[0], kError, "USING base must be absolute or simply relocatable");
    info_[index_].value = r.value.value;
    info_[index_].show_value = true;
    for (std::size_t i = 1; i < ops.size(); ++i) {
        int reg = 0;
        if (!register_operand(ops[i], offs[i], reg, 15)) continue;
        for (std::size_t k = 0; k < usings_.size();)
            if (usings_[k].reg == reg) usings_.erase(usings_.begin() + static_cast<std::ptrdiff_t>(k));
            else ++k;
        UsingEntry u;
        u.reg = reg;
        u.base = r.value;
        u.base.value += static_cast<std::int32_t>(4096 * (i - 1));
        usings_.push_back(u);
    }
}

void Assembler::do_drop() {
    if (pass_ != 2) return;
    std::vector<std::size_t> offs;
    std::vector<std::string> ops = split_operands(fields_.operands, &offs);
    if (ops.empty()) {
        usings_.clear();
        return;
    }
    for (std::size_t i = 0; i < ops.size(); ++i) {
        int reg = 0;
        if (!register_operand(ops[i], offs[i], reg, 15)) continue;
        bool found = false;
        for (std::size_t k = 0; k < usings_.size();)
            if (usings_[k].reg == reg) {
                usings_.erase(usings_.begin() + static_cast<std::ptrdiff_t>(k));
                found = true;
            } else {
                ++k;
            }
        if (!found) error(offs[i], kWarning, "register " + std::to_string(reg) + " was not in use");
    }
}

bool Assembler::base_displacement(const Value& v, int& base, int& displacement, std::string& err) {
    if (v.absolute() && v.value >= 0 && v.value <= 4095) {
        base = 0;
        displacement = v.value;
        return true;
    }
    int best = -1;
    std::int32_t best_d = 0;
    for (const auto& u : usings_) {
        if (!same_relocation(u.base, v)) continue;
        std::int64_t d = static_cast<std::int64_t>(v.value) - u.base.value;
        if (d < 0 || d > 4095) continue;
        if (best < 0 || d < best_d || (d == best_d && u.reg > best)) {
            best = u.reg;
            best_d = static_cast<std::int32_t>(d);
        }
    }
    if (best < 0) {
        err = "no base register covers this address (addressability)";
        return false;
    }
    base = best;
    displacement = best_d;
    return true;
}

}  // namespace simmon::s360::asm360
