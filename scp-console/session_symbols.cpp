// Names the expression evaluator and tab completion know: commands, devices, units,
// registers and the SET/SHOW keywords, all read from the machine's and the SCP's tables.
#include <algorithm>

#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"
#include "scp-console/command/command_table.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

ExpressionContext Scp::expression_context(Radix radix) {
    ExpressionContext ctx;
    ctx.radix = radix;
    if (!machine_) return ctx;
    Machine* m = machine_.get();
    ctx.symbol = [m](std::string_view name, std::uint64_t& value) {
        if (const RegisterDesc* r = m->cpu().find_register(name); r && !r->is_array()) {
            value = r->get();
            return true;
        }
        if (iequals(name, "PC")) {
            value = m->cpu().pc();
            return true;
        }
        // DEV.REG: a device register.
        const std::size_t dot = name.find('.');
        if (dot != std::string_view::npos) {
            if (Device* d = m->find_device(name.substr(0, dot)))
                if (const RegisterDesc* r = d->find_register(name.substr(dot + 1)); r && !r->is_array()) {
                    value = r->get();
                    return true;
                }
        }
        return false;
    };
    ctx.memory = [m](std::uint64_t addr, std::uint64_t& value) {
        Cpu& cpu = m->cpu();
        const AddressSpace& s = cpu.space(cpu.default_space());
        const auto unit = static_cast<unsigned>(cpu.examine_bytes(s.id, 0));
        if (s.physical && unit != 0 && addr % unit == 0 && addr < cpu.console_memory_size() &&
            unit <= cpu.console_memory_size() - addr && m->memory().contains(addr, unit))
            return m->memory().read(addr, unit, s.byte_order, value);
        return cpu.examine(s.id, addr, 0, value);
    };
    return ctx;
}

Status Scp::evaluate(std::string_view text, std::uint64_t& value) {
    // Before a machine is chosen there is no machine radix: numbers are decimal.
    return evaluate(text, machine_ ? machine_->radix() : Radix::Decimal, value);
}

Status Scp::evaluate(std::string_view text, Radix radix, std::uint64_t& value) {
    return scp::evaluate(trim(text), expression_context(radix), value);
}

std::vector<std::string> Scp::complete(std::string_view line) {
    // Split off the word being typed.
    std::size_t start = line.size();
    while (start > 0 && !is_space(line[start - 1]) && line[start - 1] != ',' && line[start - 1] != ';') --start;
    const std::string_view word = line.substr(start);
    std::vector<std::string> before;
    {
        Cursor c(line.substr(0, start));
        while (!c.at_end()) {
            std::string_view w = c.next_word();
            if (!is_switch_word(w)) before.emplace_back(w);
        }
    }
    std::vector<std::string> pool;
    auto add_devices = [&] {
        if (!machine_) return;
        for (Device* d : machine_->devices()) pool.push_back(d->name());
    };
    auto add_units = [&] {
        if (!machine_) return;
        for (Device* d : machine_->devices())
            for (const auto& u : d->units()) pool.push_back(u->name());
    };
    auto add_registers = [&](Device* d) {
        if (d)
            for (const RegisterDesc& r : d->registers()) pool.push_back(r.name);
    };

    auto add_commands = [&] {
        for (const CommandSpec& c : command_table()) pool.emplace_back(c.name);
        for (const CommandSpec& c : machine_commands_) pool.emplace_back(c.name);
    };
    if (before.empty()) {
        add_commands();
    } else {
        const CommandMatch match = find_command(before.front());
        const std::string_view cmd = match.spec ? match.spec->name : std::string_view{};
        if (cmd == "SET" || cmd == "SHOW") {
            if (before.size() == 1) {
                for (const Keyword& k : (cmd == "SET" ? set_keywords() : show_keywords())) pool.emplace_back(k.name);
                add_devices();
                add_units();
            } else if (machine_) {
                auto [dev, unit] = machine_->find_unit(before[1]);
                if (!dev) dev = machine_->find_device(before[1]);
                if (dev) {
                    for (const Modifier& mod : dev->modifiers()) pool.push_back(mod.takes_value ? mod.name + "=" : mod.name);
                    for (auto k : {"ENABLED", "DISABLED", "DEBUG", "NODEBUG"}) pool.emplace_back(k);
                    if (dev == &machine_->cpu())
                        for (auto k : {"HISTORY=", "STATS"}) pool.emplace_back(k);
                }
            }
        } else if (cmd == "EXAMINE" || cmd == "DEPOSIT" || cmd == "IEXAMINE" || cmd == "IDEPOSIT" || cmd == "EVALUATE" || cmd == "IF") {
            if (machine_) {
                // As EXAMINE reads it: a number is an address, DEV=name a device.
                Device* dev = nullptr;
                std::uint64_t number = 0;
                if (before.size() >= 2) {
                    std::string_view name = before[1];
                    if (istarts_with(name, kDeviceReference))
                        dev = machine_->find_device(name.substr(kDeviceReference.size()));
                    else if (!parse_number(name, machine_->radix(), number))
                        dev = machine_->find_device(name);
                }
                if (dev && before.size() == 2 && cmd != "EVALUATE" && cmd != "IF") {
                    add_registers(dev);
                } else {
                    add_registers(&machine_->cpu());
                    if (before.size() == 1 && cmd != "EVALUATE" && cmd != "IF") {
                        for (Device* d : machine_->devices())
                            pool.push_back(parse_number(d->name(), machine_->radix(), number)
                                               ? std::string(kDeviceReference) + d->name()
                                               : d->name());
                        pool.emplace_back("STATE");
                        pool.emplace_back("ALL");
                    }
                }
            }
        } else if (cmd == "ATTACH" || cmd == "DETACH" || cmd == "BOOT") {
            if (before.size() == 1) {
                add_units();
                if (cmd == "DETACH") pool.emplace_back("ALL");
            } else {
                return {};  // a host file name: the line editor completes those
            }
        } else if (cmd == "RESET" || cmd == "HELP") {
            add_devices();
            if (cmd == "HELP") add_commands();
        } else if (cmd == "ON") {
            pool = {"ERROR", "EXPECT"};
        } else {
            return {};
        }
    }
    std::vector<std::string> out;
    for (const std::string& p : pool)
        if (istarts_with(p, word)) out.push_back(p);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace simmon::scp
