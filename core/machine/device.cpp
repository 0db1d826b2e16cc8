#include "core/machine/device.hpp"

#include <algorithm>
#include <stdexcept>
#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/state/state_archive.hpp"
#include "core/text/case_compare.hpp"

namespace simmon {

Unit* Device::find_unit(std::string_view name) const {
    for (const auto& u : units_)
        if (iequals(u->name(), name)) return u.get();
    return nullptr;
}

const RegisterDesc* Device::find_register(std::string_view name) const {
    for (const RegisterDesc& r : registers_)
        if (iequals(r.name, name)) return &r;
    return nullptr;
}

void Device::set_register_presence(std::string_view name, std::function<bool()> present) {
    for (RegisterDesc& r : registers_)
        if (iequals(r.name, name)) r.present = std::move(present);
}

void Device::debug(std::uint32_t flag_bit, std::string_view text) const {
    if ((debug_mask_ & flag_bit) == 0) return;
    DebugLog& log = machine_.debug_log();
    if (!log.is_open()) return;
    log.write(machine_.scheduler().now(), name_, text);
}

Status Device::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    if (!unit.attachable()) return Status::error(fmt::format("{} cannot be attached", unit.name()));
    if (unit.attached()) {
        if (Status s = detach(unit); !s) return s;
    }
    HostFile file;
    if (Status s = file.open(path, options, !options.read_only); !s) return s;
    unit.capacity = file.size();
    unit.file() = std::move(file);
    machine_.hook_journal(unit.file());
    return Status::ok();
}

Status Device::detach(Unit& unit) {
    Status result = Status::ok();
    if (unit.file().is_open()) {
        result = unit.file().flush();
        unit.file().close();
    }
    unit.set_attach_text({});
    return result;
}

void Device::serialize(StateArchive& s) {
    std::uint32_t count = 0;
    for (const RegisterDesc& r : registers_)
        if (!r.read_only()) count += static_cast<std::uint32_t>(r.is_array() ? r.depth : 1);
    s(count);
    if (s.saving()) {
        for (const RegisterDesc& r : registers_) {
            if (r.read_only()) continue;
            for (std::size_t i = 0; i < std::max<std::size_t>(r.depth, 1); ++i) {
                std::string name = r.element_name(i);
                std::uint64_t v = r.value(i);
                s(name);
                s(v);
            }
        }
        return;
    }
    for (std::uint32_t n = 0; n < count && !s.failed(); ++n) {
        std::string name;
        std::uint64_t v = 0;
        s(name);
        s(v);
        if (s.failed()) return;
        const RegisterDesc* found = nullptr;
        std::size_t index = 0;
        for (const RegisterDesc& r : registers_)
            for (std::size_t i = 0; i < std::max<std::size_t>(r.depth, 1) && !found; ++i)
                if (!r.read_only() && r.element_name(i) == name) {
                    found = &r;
                    index = i;
                }
        if (!found)
            return s.fail(fmt::format("the state has register {} {}, which this machine does not have", name_,
                                      printable_excerpt(name)));
        found->assign(index, v);
    }
}

Status Device::boot(Unit& unit) { return Status::error(fmt::format("{} is not bootable", name_)); }

void Device::add_register(RegisterDesc r) {
    const bool radix_ok = r.radix == Radix::Octal || r.radix == Radix::Decimal || r.radix == Radix::Hex;
    if (r.width < 1 || r.width > 64 || !radix_ok)
        throw std::logic_error(fmt::format("{} register {} has no width or radix", name_, r.name));
    registers_.push_back(std::move(r));
}

Unit& Device::add_unit(std::string name, bool attachable) {
    units_.push_back(std::make_unique<Unit>(*this, std::move(name), attachable));
    return *units_.back();
}

}  // namespace simmon
