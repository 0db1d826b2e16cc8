// Variable-length bit-field instructions (ARM 3.4.9, 3.5.3): EXTV, EXTZV, CMPV, CMPZV,
// INSV, FFS, FFC and the bit branches BBS ... BBCCI. A field is at most 32 bits, in a
// register pair or at a bit position (signed, any size) from a byte address.
#include "machines/vax/cpu/handler_support.hpp"
#include "machines/vax/cpu/handler_table.hpp"

namespace simmon::vax {
namespace {

std::uint64_t field_mask(std::uint32_t size) { return size >= 64 ? ~0ull : (1ull << size) - 1; }

// Reads the field of `size` bits at `pos` from `base` (a field operand). False after a
// fault; a reserved operand when the size is over 32 or a register field starts past 31.
bool read_field(VaxCpu& c, const Operand& base, std::uint32_t pos, std::uint32_t size, std::uint32_t& out) {
    if (size > 32) return c.reserved_operand();
    if (size == 0) {
        out = 0;
        return true;
    }
    if (base.reg >= 0) {
        if (pos > 31) return c.reserved_operand();
        const unsigned n = static_cast<unsigned>(base.reg);
        const std::uint64_t pair = c.r_[n] | std::uint64_t{c.r_[(n + 1) & 15]} << 32;
        out = static_cast<std::uint32_t>((pair >> pos) & field_mask(size));
        return true;
    }
    const std::uint32_t addr = base.addr + static_cast<std::uint32_t>(static_cast<std::int32_t>(pos) >> 3);
    const unsigned off = pos & 7;
    const unsigned bytes = (off + size + 7) / 8;
    std::uint64_t v = 0;
    for (unsigned i = 0; i < bytes; ++i) {
        std::uint32_t b = 0;
        VAX_TRY(c.read8(addr + i, b));
        v |= std::uint64_t{b} << (8 * i);
    }
    out = static_cast<std::uint32_t>((v >> off) & field_mask(size));
    return true;
}

// Writes `value` into the field (INSV and the bit branches that change the bit).
bool write_field(VaxCpu& c, const Operand& base, std::uint32_t pos, std::uint32_t size, std::uint32_t value) {
    if (size > 32) return c.reserved_operand();
    if (size == 0) return true;
    const std::uint64_t m = field_mask(size);
    if (base.reg >= 0) {
        if (pos > 31) return c.reserved_operand();
        const unsigned n = static_cast<unsigned>(base.reg);
        std::uint64_t pair = c.r_[n] | std::uint64_t{c.r_[(n + 1) & 15]} << 32;
        pair = (pair & ~(m << pos)) | ((value & m) << pos);
        c.r_[n] = static_cast<std::uint32_t>(pair);
        if (pos + size > 32) c.r_[(n + 1) & 15] = static_cast<std::uint32_t>(pair >> 32);
        return true;
    }
    const std::uint32_t addr = base.addr + static_cast<std::uint32_t>(static_cast<std::int32_t>(pos) >> 3);
    const unsigned off = pos & 7;
    const unsigned bytes = (off + size + 7) / 8;
    std::uint64_t v = 0;
    for (unsigned i = 0; i < bytes; ++i) {
        std::uint32_t b = 0;
        VAX_TRY(c.read8(addr + i, b));
        v |= std::uint64_t{b} << (8 * i);
    }
    v = (v & ~(m << off)) | ((value & m) << off);
    for (unsigned i = 0; i < bytes; ++i) VAX_TRY(c.write8(addr + i, static_cast<std::uint32_t>(v >> (8 * i)) & 0xFF));
    return true;
}

// EE EXTV, EF EXTZV pos.rl,size.rb,base.vb,dst.wl
template <bool Signed>
bool ext(VaxCpu& c) {
    const std::uint32_t size = val(c, 1) & 0xFF;
    std::uint32_t f = 0;
    VAX_TRY(read_field(c, op(c, 2), val(c, 0), size, f));
    if (Signed && size > 0 && size < 32 && (f >> (size - 1)) & 1) f |= ~static_cast<std::uint32_t>(field_mask(size));
    VAX_TRY(c.store(op(c, 3), 4, f));
    c.cc_ = (c.cc_ & kPslC) | (static_cast<std::int32_t>(f) < 0 ? kPslN : 0) | (f == 0 ? kPslZ : 0);
    return true;
}

// EC CMPV, ED CMPZV pos.rl,size.rb,base.vb,src.rl
template <bool Signed>
bool cmpv(VaxCpu& c) {
    const std::uint32_t size = val(c, 1) & 0xFF;
    std::uint32_t f = 0;
    VAX_TRY(read_field(c, op(c, 2), val(c, 0), size, f));
    if (Signed && size > 0 && size < 32 && (f >> (size - 1)) & 1) f |= ~static_cast<std::uint32_t>(field_mask(size));
    cc_cmp<4>(c, f, val(c, 3));
    return true;
}

// F0 INSV src.rl,pos.rl,size.rb,base.vb
bool insv(VaxCpu& c) { return write_field(c, op(c, 3), val(c, 1), val(c, 2) & 0xFF, val(c, 0)); }

// EA FFS, EB FFC startpos.rl,size.rb,base.vb,findpos.wl
template <bool Set>
bool ff(VaxCpu& c) {
    const std::uint32_t size = val(c, 1) & 0xFF;
    const std::uint32_t start = val(c, 0);
    std::uint32_t f = 0;
    VAX_TRY(read_field(c, op(c, 2), start, size, f));
    if (!Set) f = ~f & static_cast<std::uint32_t>(field_mask(size));
    std::uint32_t i = 0;
    while (i < size && !((f >> i) & 1)) ++i;
    VAX_TRY(c.store(op(c, 3), 4, start + i));
    c.cc_ = i == size ? kPslZ : 0;
    return true;
}

// E0-E7 BBS, BBC, BBSS, BBCS, BBSC, BBCC, BBSSI, BBCCI pos.rl,base.vb,displ.bb: branch on
// the bit; the set/clear forms then set or clear it.
template <bool BranchIfSet, int Change>
bool bb(VaxCpu& c) {
    const std::uint32_t pos = val(c, 0);
    std::uint32_t bit = 0;
    VAX_TRY(read_field(c, op(c, 1), pos, 1, bit));
    if (Change >= 0) VAX_TRY(write_field(c, op(c, 1), pos, 1, static_cast<std::uint32_t>(Change)));
    if ((bit != 0) == BranchIfSet) c.r_[15] = op(c, 2).addr;
    return true;
}

}  // namespace

void register_field(HandlerTable& t) {
    t[0xEE] = ext<true>;
    t[0xEF] = ext<false>;
    t[0xEC] = cmpv<true>;
    t[0xED] = cmpv<false>;
    t[0xF0] = insv;
    t[0xEA] = ff<true>;
    t[0xEB] = ff<false>;
    t[0xE0] = bb<true, -1>;
    t[0xE1] = bb<false, -1>;
    t[0xE2] = bb<true, 1>;
    t[0xE3] = bb<false, 1>;
    t[0xE4] = bb<true, 0>;
    t[0xE5] = bb<false, 0>;
    t[0xE6] = bb<true, 1>;   // BBSSI: interlocked, one processor
    t[0xE7] = bb<false, 0>;  // BBCCI
}

}  // namespace simmon::vax
