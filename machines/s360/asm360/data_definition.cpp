// DC, DS, CCW and literals: layout in pass 1, text and relocation items in pass 2
// (GC28-6514, "Data Definition Instructions", "Literals").
#include <algorithm>

#include "machines/s360/asm360/assembler.hpp"

namespace simmon::s360::asm360 {

void Assembler::do_dc_ds(bool is_ds) {
    StatementInfo& in = info_[index_];
    if (pass_ == 2 && (is_ds || in.failed)) return;
    const std::string& ops = fields_.operands;
    if (ops.empty()) {
        if (pass_ == 1) error(0, kError, std::string(is_ds ? "DS" : "DC") + " needs an operand");
        return;
    }
    std::size_t pos = 0;
    bool first = true;
    std::int32_t start = 0;
    while (pos <= ops.size()) {
        DcOperand op;
        ParseError err;
        if (!parse_dc_operand(ops, pos, is_ds, *this, op, err)) {
            error(err.offset, kError, err.message);
            return;
        }
        align(op.alignment());
        Section& sec = sections_[static_cast<std::size_t>(current_section_)];
        if (first) {
            start = sec.location;
            in.location = start;
            if (pass_ == 1) {
                define_label(Value::relocatable(current_section_, start),
                             op.bit_length ? std::max(1, (op.length + 7) / 8) : std::max(1, op.value_length()), op.type);
                if (!name_.empty()) {
                    Symbol& s = symbols_.get(name_);
                    if (s.definition == index_ + 1) constant_attributes(op, s.scale, s.integer);
                }
            }
            first = false;
        }
        std::int64_t total = op.total_length();
        if (pass_ == 1) {
            if (total > options_.max_location) {
                error(op.text_offset, kError, "constant longer than the 16 MB of storage");
                return;
            }
            if (op.type == 'V')
                for (const auto& v : op.values) {
                    std::string n = to_upper(v.text);
                    if (!n.empty() && n.size() <= 8) external_reference(n);
                }
            advance(total);
        } else {
            current_length_ = op.value_length();
            scratch_.clear();
            scratch_relocs_.clear();
            if (!generate_dc(op, *this, scratch_, scratch_relocs_, err)) error(err.offset, kError, err.message);
            emit(scratch_, scratch_relocs_);
            sec.location += static_cast<std::int32_t>(scratch_.size());
        }
        if (pos >= ops.size()) break;
        if (ops[pos] != ',') {
            error(pos, kError, "unexpected '" + std::string(1, ops[pos]) + "' after constant");
            break;
        }
        ++pos;
    }
    in.data = true;
    if (pass_ == 1 && !first) {
        in.location = start;
        in.length = sections_[static_cast<std::size_t>(current_section_)].location - start;
    }
}

void Assembler::do_ccw() {
    StatementInfo& in = info_[index_];
    align(8);
    if (pass_ == 1) {
        define_label(location_counter(), 8, 'W');
        in.length = 8;
        advance(8);
        return;
    }
    std::vector<std::size_t> offs;
    std::vector<std::string> ops = split_operands(fields_.operands, &offs);
    std::vector<std::uint8_t> bytes(8, 0);
    std::vector<ConstantReloc> relocs;
    if (ops.size() != 4) {
        error(0, kError, "CCW needs four operands: command, data address, flags, count");
    } else {
        std::int32_t cmd = 0, flags = 0, count = 0;
        std::size_t p = 0;
        if (absolute_operand(ops[0], p, cmd, false) && (cmd < 0 || cmd > 255)) error(offs[0], kError, "CCW command code out of range");
        p = 0;
        if (absolute_operand(ops[2], p, flags, false) && (flags < 0 || flags > 255)) error(offs[2], kError, "CCW flags out of range");
        p = 0;
        if (absolute_operand(ops[3], p, count, false) && (count < 0 || count > 65535)) error(offs[3], kError, "CCW count out of range");
        ExpressionResult r = evaluate_expression(ops[1], 0, *this);
        if (!r.ok) error(offs[1] + r.error_offset, kError, r.error);
        else if (r.undefined) error(offs[1], kError, "undefined symbol in CCW data address");
        else if (!r.value.absolute()) relocs.push_back({1, 3, r.value, false});
        bytes[0] = static_cast<std::uint8_t>(cmd);
        bytes[1] = static_cast<std::uint8_t>(r.value.value >> 16);
        bytes[2] = static_cast<std::uint8_t>(r.value.value >> 8);
        bytes[3] = static_cast<std::uint8_t>(r.value.value);
        bytes[4] = static_cast<std::uint8_t>(flags);
        bytes[6] = static_cast<std::uint8_t>(count >> 8);
        bytes[7] = static_cast<std::uint8_t>(count);
        in.addr2 = r.value.value;
    }
    emit(bytes, relocs);
}

namespace {

// True when a literal refers to the location counter: a '*' where a term goes, outside
// quotes ("=A(*+8)", not "=A(X*2)" or "=C'*'").
bool refers_to_location(std::string_view text) {
    bool term = true, quoted = false;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            quoted = c != '\'';
        } else if (c == '\'') {
            quoted = !is_attribute_quote(text, i);
            term = !quoted;
        } else if (c == '*') {
            if (term) return true;
            term = true;
        } else {
            term = c == '(' || c == '+' || c == '-' || c == '/' || c == ',';
        }
    }
    return false;
}

}  // namespace

int Assembler::literal_index(std::string_view text, std::size_t offset) {
    std::string key(text);
    const bool uses_location = refers_to_location(text);
    // Each statement's use of such a literal is a literal of its own: the key names the
    // statement (the same in both passes).
    if (uses_location) key.append(1, '\0').append(std::to_string(index_));
    auto& pool = pools_[static_cast<std::size_t>(current_pool_)];
    auto it = pool.find(key);
    if (it != pool.end()) {
        Literal& l = literals_[static_cast<std::size_t>(it->second)];
        if (pass_ == 2 && l.uses_location) l.location_used = location_counter();
        return it->second;
    }
    if (pass_ == 2) return -1;
    Literal lit;
    lit.text = std::string(text);
    lit.uses_location = uses_location;
    lit.pool = static_cast<std::uint16_t>(current_pool_);
    lit.statement = static_cast<std::uint32_t>(index_ + 1);
    std::size_t pos = 1;
    ParseError err;
    if (!parse_dc_operand(text, pos, false, *this, lit.operand, err) || pos != text.size()) {
        error(offset + (err.message.empty() ? pos : err.offset), kError,
              err.message.empty() ? "invalid literal" : err.message);
        return -1;
    }
    if (lit.operand.duplication == 0) {
        error(offset, kError, "a literal cannot have a zero duplication factor");
        return -1;
    }
    if (lit.operand.type == 'V')
        for (const auto& v : lit.operand.values) external_reference(to_upper(v.text));
    literals_.push_back(std::move(lit));
    int idx = static_cast<int>(literals_.size() - 1);
    pool.emplace(std::move(key), idx);
    return idx;
}

void Assembler::place_literals(int pool) {
    // Doubleword multiples first, then fullword, halfword and the rest, so each literal
    // lies on its natural boundary (GC28-6514, "LTORG -- Begin Literal Pool").
    for (int mult : {8, 4, 2, 1}) {
        for (auto& l : literals_) {
            if (l.pool != pool || l.placed) continue;
            std::int64_t len = l.operand.total_length();
            if (mult > 1 && len % mult != 0) continue;
            l.placed = true;
            l.section = static_cast<std::int16_t>(current_section_);
            l.location = sections_[static_cast<std::size_t>(current_section_)].location;
            advance(len);
        }
    }
}

void Assembler::list_object(StatementInfo& in, std::int32_t at, const std::uint8_t* bytes, std::size_t n) {
    // The listing shows a statement's bytes from its location: the bytes an operand's
    // alignment skipped inside a DC are zero. Past the first eight they are kept only for
    // a listing (PRINT DATA prints them all).
    const std::uint32_t have = in.object_length + in.more_length;
    const std::int64_t gap = static_cast<std::int64_t>(at) - in.location - have;
    if (have > 0 && (gap < 0 || gap > 7)) return;  // not contiguous (ORG inside): first piece only
    auto put = [&](std::uint8_t b) {
        if (in.object_length < 8) {
            in.object[in.object_length++] = b;
        } else if (options_.listing) {
            if (in.more_length == 0) in.more_at = static_cast<std::uint32_t>(listing_data_.size());
            listing_data_.push_back(b);
            ++in.more_length;
        }
    };
    for (std::int64_t i = 0; have > 0 && i < gap; ++i) put(0);
    for (std::size_t i = 0; i < n && (options_.listing || in.object_length < 8); ++i) put(bytes[i]);
}

void Assembler::emit(const std::uint8_t* bytes, std::size_t n, const std::vector<ConstantReloc>& relocs) {
    if (current_section_ < 0 || n == 0) return;
    const Section& sec = sections_[static_cast<std::size_t>(current_section_)];
    const std::int32_t at = sec.location;
    StatementInfo& in = info_[std::min(index_, info_.size() - 1)];
    if (index_ < info_.size() && op_ != "LTORG" && op_ != "END") list_object(in, at, bytes, n);
    if (sec.kind == SectionKind::kDummy) return;
    if (sec.kind == SectionKind::kCommon) {
        error(0, kWarning, "text in a common section is not punched");
        return;
    }
    if (!text_.empty() && text_.back().section == current_section_ &&
        text_.back().address + static_cast<std::int32_t>(text_.back().bytes.size()) == at) {
        text_.back().bytes.insert(text_.back().bytes.end(), bytes, bytes + n);
    } else {
        text_.push_back({static_cast<std::int16_t>(current_section_), at, std::vector<std::uint8_t>(bytes, bytes + n)});
    }
    for (const auto& r : relocs) {
        for (int i = 0; i < r.value.nrelocs; ++i) {
            const auto& term = r.value.relocs[static_cast<std::size_t>(i)];
            const Section& rs = sections_[static_cast<std::size_t>(term.section)];
            if (rs.kind == SectionKind::kDummy) {
                error(0, kError, "address constant relocatable in a dummy section");
                continue;
            }
            std::uint8_t flags = static_cast<std::uint8_t>(((r.vcon ? 1 : 0) << 4) | ((r.length - 1) << 2) |
                                                           (term.count < 0 ? 2 : 0));
            for (int k = 0; k < std::abs(static_cast<int>(term.count)); ++k)
                rld_.push_back({rs.esdid, sec.esdid, flags, static_cast<std::int32_t>(at + static_cast<std::int32_t>(r.offset))});
        }
    }
}

}  // namespace simmon::s360::asm360
