// SIMH's built-in host file commands: PWD, CD, DIR/LS, TYPE/CAT, DELETE, COPY. They work
// on the host's files as a shell would, so scripts need not enable "!" for them.
#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iterator>

#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace fs = std::filesystem;

namespace {

Status one_path(Cursor& c, std::string& path, std::string_view command) {
    if (c.at_end()) return Status::error(fmt::format("{} needs a file name", command));
    if (Status s = c.next_string(path); !s) return s;
    return expect_end(c);
}

Status host_error(std::string_view command, const std::string& path, const std::error_code& ec) {
    return Status::error(fmt::format("{} {}: {}", command, path, ec.message()));
}

}  // namespace

Status cmd_pwd(Scp& scp, CommandArgs& args) {
    if (Status s = expect_end(args.cursor); !s) return s;
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    if (ec) return host_error("PWD", ".", ec);
    scp.out().line(cwd.string());
    return Status::ok();
}

Status cmd_cd(Scp& scp, CommandArgs& args) {
    if (args.cursor.at_end()) return cmd_pwd(scp, args);
    std::string path;
    if (Status s = one_path(args.cursor, path, "CD"); !s) return s;
    std::error_code ec;
    fs::current_path(path, ec);
    if (ec) return host_error("CD", path, ec);
    return Status::ok();
}

Status cmd_dir(Scp& scp, CommandArgs& args) {
    std::string path = ".";
    if (!args.cursor.at_end())
        if (Status s = one_path(args.cursor, path, "DIR"); !s) return s;
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
        if (!fs::exists(path, ec)) return Status::error(fmt::format("DIR {}: no such file or directory", path));
        scp.out().line(fmt::format("{:>12}  {}", fs::file_size(path, ec), path));
        return Status::ok();
    }
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
    if (ec) return host_error("DIR", path, ec);
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
    for (const fs::directory_entry& e : entries) {
        std::error_code size_ec;
        const bool dir = e.is_directory(size_ec);
        const std::string size = dir ? "<DIR>" : fmt::format("{}", e.file_size(size_ec));
        scp.out().line(fmt::format("{:>12}  {}", size, e.path().filename().string()));
    }
    scp.out().line(fmt::format("{} entries", entries.size()));
    return Status::ok();
}

Status cmd_type(Scp& scp, CommandArgs& args) {
    std::string path;
    if (Status s = one_path(args.cursor, path, "TYPE"); !s) return s;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return Status::error(fmt::format("TYPE {}: not a file", path));
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::error(fmt::format("TYPE {}: cannot open it", path));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    scp.out().write(text);
    if (!text.empty() && text.back() != '\n') scp.out().write("\n");
    return Status::ok();
}

Status cmd_delete(Scp&, CommandArgs& args) {
    std::string path;
    if (Status s = one_path(args.cursor, path, "DELETE"); !s) return s;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return Status::error(fmt::format("DELETE {}: no such file", path));
    if (!fs::remove(path, ec)) return host_error("DELETE", path, ec);
    return Status::ok();
}

Status cmd_copy(Scp&, CommandArgs& args) {
    Cursor& c = args.cursor;
    std::string from, to;
    if (c.at_end()) return Status::error("COPY needs a source and a destination");
    if (Status s = c.next_string(from); !s) return s;
    if (c.at_end()) return Status::error("COPY needs a destination");
    if (Status s = c.next_string(to); !s) return s;
    if (Status s = expect_end(c); !s) return s;
    std::error_code ec;
    if (!fs::is_regular_file(from, ec)) return Status::error(fmt::format("COPY {}: no such file", from));
    fs::path target = to;
    if (fs::is_directory(target, ec)) target /= fs::path(from).filename();
    fs::copy_file(from, target, fs::copy_options::overwrite_existing, ec);
    if (ec) return host_error("COPY", from, ec);
    return Status::ok();
}

}  // namespace simmon::scp
