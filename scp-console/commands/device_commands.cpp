// ATTACH, DETACH, RESET, LOAD, DUMP, SAVE, RESTORE: thin layers over Device and Machine.
#include <filesystem>
#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "scp-console/command/command_switches.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace {

// A file name argument: quoted (with spaces) or a bare word.
Status take_path(Cursor& c, std::string& path, std::string_view what) {
    if (c.at_end()) return Status::error(fmt::format("{} needs a file name", what));
    if (Status s = c.next_string(path); !s) return s;
    if (path.empty()) return Status::error(fmt::format("{} needs a file name", what));
    return Status::ok();
}

std::vector<std::string> remaining_words(Cursor& c) {
    std::vector<std::string> out;
    while (!c.at_end()) {
        std::string w;
        if (!c.next_string(w)) break;
        out.push_back(w);
    }
    return out;
}

// SIMH's image format names (sim_disk.c, sim_tape.c) that simmon does not read.
constexpr std::string_view kOtherSimhFormats[] = {"VHD", "E11", "TPC", "P7B", "AWS", "TAR", "ANSI", "FIXED", "DOS11",
                                                  "SIMH", "RAW"};

Status check_attach_format(const Device& dev, const std::string& format) {
    const std::vector<std::string> formats = dev.attach_formats();
    std::string names;
    for (std::size_t i = 0; i < formats.size(); ++i) {
        if (formats[i] == format) return Status::ok();
        names += (i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ") + formats[i];
    }
    if (formats.empty()) return Status::error(fmt::format("{} takes no image format (-F)", dev.name()));
    for (std::string_view other : kOtherSimhFormats)
        if (other == format)
            return Status::error(fmt::format("{}: the {} image format is not modelled (yet); {} reads {}", dev.name(), format,
                                             dev.name(), names));
    return Status::error(fmt::format("{}: unknown image format {} ({} reads {})", dev.name(), format, dev.name(), names));
}

}  // namespace

Status cmd_attach(Scp& scp, CommandArgs& args) {
    Cursor& c = args.cursor;
    if (c.at_end()) return Status::error("ATTACH needs a unit and a file, e.g. ATTACH RK0 disk.rk05");
    Unit* unit = nullptr;
    if (Status s = find_unit(scp.machine(), c.next_word(), unit); !s) return s;
    args.switches |= c.take_switches();
    Device& dev = unit->device();
    // -F names the image format before the file, as in SIMH: ATTACH -F MT0 SIMH tape.tap.
    std::string format;
    if (has_switch(args.switches, 'f')) {
        format = to_upper(c.next_word());
        if (format.empty()) return Status::error("ATTACH -F needs a format name before the file: ATTACH -F unit format file");
    }
    std::string path;
    if (Status s = take_path(c, path, "ATTACH"); !s) return s;
    args.switches |= c.take_switches();
    if (Status s = expect_end(c); !s) return s;
    if (Status s = check_switches("ATTACH", args.switches, switch_letters("rnqef") | dev.attach_switches()); !s) return s;
    if (!unit->attachable()) return Status::error(fmt::format("{} cannot be attached", unit->name()));
    if (!format.empty())
        if (Status s = check_attach_format(dev, format); !s) return s;
    AttachOptions options;
    options.format = format;
    options.read_only = has_switch(args.switches, 'r');
    options.create_new = has_switch(args.switches, 'n');
    options.quiet = has_switch(args.switches, 'q') || scp.settings().quiet;
    // -e: the file must exist (SIMH); it is not created.
    if (has_switch(args.switches, 'e')) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) return Status::error(fmt::format("file not found: {}", path));
    }
    options.switches = args.switches;
    if (options.read_only && options.create_new) return Status::error("ATTACH -r and -n contradict each other");
    return unit->device().attach(*unit, path, options);
}

Status cmd_detach(Scp& scp, CommandArgs& args) {
    Cursor& c = args.cursor;
    const std::string_view name = c.next_word();
    if (name.empty()) return Status::error("DETACH needs a unit or ALL");
    if (Status s = expect_end(c); !s) return s;
    if (iequals(name, "ALL")) {
        scp.machine().detach_all();
        return Status::ok();
    }
    Unit* unit = nullptr;
    if (Status s = find_unit(scp.machine(), name, unit); !s) return s;
    if (!unit->attached()) return Status::error(fmt::format("{} is not attached", unit->name()));
    return unit->device().detach(*unit);
}

Status cmd_reset(Scp& scp, CommandArgs& args) {
    Cursor& c = args.cursor;
    const std::string_view name = c.next_word();
    if (Status s = expect_end(c); !s) return s;
    if (name.empty() || iequals(name, "ALL")) {
        scp.console().discard_typeahead();
        scp.machine().reset();
        return Status::ok();
    }
    Device* dev = nullptr;
    if (Status s = find_device(scp.machine(), name, dev); !s) return s;
    dev->reset();
    return Status::ok();
}

Status cmd_load(Scp& scp, CommandArgs& args) {
    if (Status s = check_switches("LOAD", args.switches, scp.machine().load_switches()); !s) return s;
    std::string path;
    if (Status s = take_path(args.cursor, path, "LOAD"); !s) return s;
    return scp.machine().load(path, args.switches, remaining_words(args.cursor));
}

Status cmd_dump(Scp& scp, CommandArgs& args) {
    if (Status s = check_switches("DUMP", args.switches, scp.machine().load_switches()); !s) return s;
    std::string path;
    if (Status s = take_path(args.cursor, path, "DUMP"); !s) return s;
    return scp.machine().dump(path, args.switches, remaining_words(args.cursor));
}

Status cmd_save(Scp& scp, CommandArgs& args) {
    std::string path;
    if (Status s = take_path(args.cursor, path, "SAVE"); !s) return s;
    if (Status s = expect_end(args.cursor); !s) return s;
    return scp.machine().save(path);
}

Status cmd_restore(Scp& scp, CommandArgs& args) {
    std::string path;
    if (Status s = take_path(args.cursor, path, "RESTORE"); !s) return s;
    if (Status s = expect_end(args.cursor); !s) return s;
    if (Status s = scp.machine().restore(path); !s) return s;
    scp.console().wake_lines();  // the saved queue may lack a line's poll that SEND started
    return Status::ok();
}

}  // namespace simmon::scp
