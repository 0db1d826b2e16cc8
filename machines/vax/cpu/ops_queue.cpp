// Queue instructions (ARM 3.8): INSQUE and REMQUE on absolute queues, and the interlocked
// INSQHI, INSQTI, REMQHI, REMQTI on self-relative queues (quadword-aligned header and
// entries, bit 0 of the header's forward link the secondary interlock). Every link is
// read, and every location to be written is checked writable, before anything changes, so
// a fault leaves the queue as it was.
#include "machines/vax/cpu/handler_support.hpp"
#include "machines/vax/cpu/handler_table.hpp"

namespace simmon::vax {
namespace {

bool writable(VaxCpu& c, std::uint32_t va) {
    bool ok = false;
    VAX_TRY(c.probe(va, true, c.cur_mode(), ok));
    if (!ok) {
        std::uint32_t v = 0;
        // Let the real write path raise the exact fault.
        VAX_TRY(c.read32(va, v));
        return c.write32(va, v);
    }
    return true;
}

// 0E INSQUE entry.ab,pred.ab
bool insque(VaxCpu& c) {
    const std::uint32_t entry = op(c, 0).addr, pred = op(c, 1).addr;
    std::uint32_t succ = 0;
    VAX_TRY(c.read32(pred, succ));
    VAX_TRY(writable(c, entry) && writable(c, entry + 4) && writable(c, succ + 4) && writable(c, pred));
    VAX_TRY(c.write32(entry, succ));
    VAX_TRY(c.write32(entry + 4, pred));
    VAX_TRY(c.write32(succ + 4, entry));
    VAX_TRY(c.write32(pred, entry));
    cc_cmp<4>(c, succ, pred);  // N, C from succ against pred; Z: the entry is the only one
    return true;
}

// 0F REMQUE entry.ab,addr.wl
bool remque(VaxCpu& c) {
    const std::uint32_t entry = op(c, 0).addr;
    std::uint32_t succ = 0, pred = 0;
    VAX_TRY(c.read32(entry, succ));
    VAX_TRY(c.read32(entry + 4, pred));
    const bool empty = entry == succ;
    if (!empty) {
        VAX_TRY(writable(c, pred) && writable(c, succ + 4));
        VAX_TRY(c.write32(pred, succ));
        VAX_TRY(c.write32(succ + 4, pred));
    }
    VAX_TRY(c.store(op(c, 1), 4, entry));
    cc_cmp<4>(c, succ, pred);
    if (empty) c.cc_ |= kPslV;
    return true;
}

// 5C INSQHI entry.ab,header.aq; 5D INSQTI
template <bool Head>
bool insqi(VaxCpu& c) {
    const std::uint32_t entry = op(c, 0).addr, header = op(c, 1).addr;
    if (((entry | header) & 7) || entry == header) return c.reserved_operand();
    std::uint32_t hf = 0, hb = 0;
    VAX_TRY(c.read32(header, hf));
    if (hf & 6) return c.reserved_operand();  // links are quadword offsets
    if (hf & 1) {
        c.cc_ = kPslC;  // secondary interlock held: not inserted
        return true;
    }
    VAX_TRY(c.read32(header + 4, hb));
    if (hb & 7) return c.reserved_operand();
    VAX_TRY(writable(c, header) && writable(c, entry) && writable(c, entry + 4));
    if (Head) {
        const std::uint32_t succ = header + hf;
        VAX_TRY(writable(c, succ + 4));
        VAX_TRY(c.write32(entry, succ - entry));
        VAX_TRY(c.write32(entry + 4, header - entry));
        VAX_TRY(c.write32(succ + 4, entry - succ));
        VAX_TRY(c.write32(header, entry - header));
    } else {
        const std::uint32_t pred = header + hb;
        VAX_TRY(writable(c, pred) && writable(c, header + 4));
        VAX_TRY(c.write32(entry, header - entry));
        VAX_TRY(c.write32(entry + 4, pred - entry));
        VAX_TRY(c.write32(pred, entry - pred));
        VAX_TRY(c.write32(header + 4, entry - header));
    }
    c.cc_ = hf == 0 ? kPslZ : 0;  // Z: the queue was empty
    return true;
}

// 5E REMQHI header.aq,addr.wl; 5F REMQTI
template <bool Head>
bool remqi(VaxCpu& c) {
    const std::uint32_t header = op(c, 0).addr;
    // The CVAX refuses a destination that is the header itself.
    if ((header & 7) || (op(c, 1).reg < 0 && op(c, 1).addr == header)) return c.reserved_operand();
    std::uint32_t hf = 0, hb = 0;
    VAX_TRY(c.read32(header, hf));
    if (hf & 6) return c.reserved_operand();
    if (hf & 1) {
        c.cc_ = kPslV | kPslC;  // interlock held: nothing removed
        return true;
    }
    VAX_TRY(c.read32(header + 4, hb));
    if (hb & 7) return c.reserved_operand();
    if (hf == 0) {
        VAX_TRY(c.store(op(c, 1), 4, header));
        c.cc_ = kPslZ | kPslV;  // empty before and after
        return true;
    }
    std::uint32_t entry = 0, after = 0;
    if (Head) {
        entry = header + hf;
        std::uint32_t ef = 0;
        VAX_TRY(c.read32(entry, ef));
        if (ef & 7) return c.reserved_operand();
        const std::uint32_t succ = entry + ef;
        VAX_TRY(writable(c, header) && writable(c, succ + 4));
        VAX_TRY(c.write32(succ + 4, header - succ));
        VAX_TRY(c.write32(header, succ - header));
        after = succ;
    } else {
        entry = header + hb;
        std::uint32_t eb = 0;
        VAX_TRY(c.read32(entry + 4, eb));
        if (eb & 7) return c.reserved_operand();
        const std::uint32_t pred = entry + eb;
        VAX_TRY(writable(c, header + 4) && writable(c, pred));
        VAX_TRY(c.write32(pred, header - pred));
        VAX_TRY(c.write32(header + 4, pred - header));
        after = pred;
    }
    VAX_TRY(c.store(op(c, 1), 4, entry));
    c.cc_ = after == header ? kPslZ : 0;  // Z: now empty
    return true;
}

}  // namespace

void register_queue(HandlerTable& t) {
    t[0x0E] = insque;
    t[0x0F] = remque;
    t[0x5C] = insqi<true>;
    t[0x5D] = insqi<false>;
    t[0x5E] = remqi<true>;
    t[0x5F] = remqi<false>;
}

}  // namespace simmon::vax
