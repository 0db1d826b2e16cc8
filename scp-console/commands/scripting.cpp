// DO, GOTO, CALL, RETURN, IF, ON, ECHO, ECHOF, EXIT.
#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace {

std::vector<std::string> string_args(Cursor& c, Status& status) {
    std::vector<std::string> out;
    while (!c.at_end()) {
        std::string w;
        if (status = c.next_string(w); !status) return out;
        out.push_back(w);
    }
    return out;
}

// String comparison operators: C-like and SIMH's three-letter names.
bool compare_strings(std::string_view op, std::string a, std::string b, bool ignore_case, bool& ok) {
    ok = true;
    if (ignore_case) {
        a = to_upper(a);
        b = to_upper(b);
    }
    const int c = a.compare(b);
    if (op == "==" || iequals(op, "EQU")) return c == 0;
    if (op == "!=" || iequals(op, "NEQ")) return c != 0;
    if (op == "<" || iequals(op, "LSS")) return c < 0;
    if (op == "<=" || iequals(op, "LEQ")) return c <= 0;
    if (op == ">" || iequals(op, "GTR")) return c > 0;
    if (op == ">=" || iequals(op, "GEQ")) return c >= 0;
    ok = false;
    return false;
}

}  // namespace

Status cmd_do(Scp& scp, CommandArgs& args) {
    Cursor& c = args.cursor;
    std::string path;
    if (c.at_end()) return Status::error("DO needs a file name");
    if (Status s = c.next_string(path); !s) return s;
    Status st = Status::ok();
    const std::vector<std::string> params = string_args(c, st);
    if (!st) return st;
    return scp.scripts().run_file(path, params, has_switch(args.switches, 'v'));
}

Status cmd_goto(Scp& scp, CommandArgs& args) {
    const std::string_view label = args.cursor.next_word();
    if (Status s = expect_end(args.cursor); !s) return s;
    return scp.scripts().goto_label(label);
}

Status cmd_call(Scp& scp, CommandArgs& args) {
    const std::string label(args.cursor.next_word());
    if (label.empty()) return Status::error("CALL needs a label");
    Status st = Status::ok();
    std::vector<std::string> params = string_args(args.cursor, st);
    if (!st) return st;
    return scp.scripts().call(label, std::move(params));
}

Status cmd_return(Scp& scp, CommandArgs& args) {
    if (Status s = expect_end(args.cursor); !s) return s;
    return scp.scripts().do_return();
}

Status evaluate_condition(Scp& scp, Cursor& c, bool& result, std::string_view& rest) {
    bool negate = false, ignore_case = false, file_test = false;
    for (;;) {
        const std::string_view w = c.peek_word();
        if (iequals(w, "NOT")) negate = !negate;
        else if (iequals(w, "-i")) ignore_case = true;
        else if (iequals(w, "-f") || iequals(w, "EXIST")) file_test = true;  // EXIST: SIMH's spelling
        else break;
        c.next_word();
    }
    if (c.at_end()) return Status::error("a condition is missing");
    bool condition = false;
    rest = c.rest();
    if (file_test) {
        std::string path;
        if (Status s = c.next_string(path); !s) return s;
        std::error_code ec;
        condition = std::filesystem::exists(path, ec);
        rest = c.rest();
    } else if (rest.front() == '"' || rest.front() == '\'') {
        std::string a, b;
        if (Status s = c.next_string(a); !s) return s;
        const std::string op(c.next_word());
        bool quoted = false;
        if (Status s = c.next_string(b, &quoted); !s) return s;
        if (!quoted) return Status::error("IF compares two quoted strings: IF \"a\" == \"b\" command");
        bool ok = false;
        condition = compare_strings(op, a, b, ignore_case, ok);
        if (!ok) return Status::error(fmt::format("Unknown comparison {} (== != < <= > >= EQU NEQ LSS LEQ GTR GEQ)", op));
        rest = c.rest();
    } else {
        std::uint64_t value = 0;
        std::size_t used = 0;
        if (Status s = evaluate_prefix(rest, scp.expression_context(scp.machine().radix()), value, used); !s) return s;
        condition = value != 0;
        rest = trim(rest.substr(used));
    }
    result = condition != negate;
    return Status::ok();
}

Status cmd_if(Scp& scp, CommandArgs& args) {
    Cursor& c = args.cursor;
    if (c.at_end()) return Status::error("IF needs a condition and a command");
    bool condition = false;
    std::string_view rest;
    if (Status s = evaluate_condition(scp, c, condition, rest); !s) return s;
    if (rest.empty()) return Status::error("IF needs a command after the condition");
    if (condition) scp.queue_actions(rest);
    c.consume_rest();
    return Status::ok();
}

Status cmd_on(Scp& scp, CommandArgs& args) {
    Cursor& c = args.cursor;
    const std::string_view what = c.next_word();
    OnSettings& on = scp.scripts().on_settings();
    std::string* slot = nullptr;
    if (iequals(what, "ERROR")) slot = &on.on_error;
    else if (iequals(what, "EXPECT")) slot = &on.on_expect;
    else if (iequals(what, "CONTROL_C")) slot = &on.on_control_c;
    else return Status::error(fmt::format("ON needs ERROR, EXPECT or CONTROL_C{}", what.empty() ? "" : fmt::format(", not {}", what)));
    *slot = std::string(c.rest());
    c.consume_rest();
    return Status::ok();
}

Status cmd_echo(Scp& scp, CommandArgs& args) {
    scp.out().line(args.cursor.rest());
    args.cursor.consume_rest();
    return Status::ok();
}

Status cmd_echof(Scp& scp, CommandArgs& args) {
    Cursor& c = args.cursor;
    bool newline = true;
    if (iequals(c.peek_word(), "-n")) {
        newline = false;
        c.next_word();
    }
    std::string text;
    const std::string_view rest = c.rest();
    if (!rest.empty() && (rest.front() == '"' || rest.front() == '\'')) {
        if (Status s = c.next_string(text); !s) return s;
        if (Status s = expect_end(c); !s) return s;
    } else {
        text = std::string(rest);
        c.consume_rest();
    }
    if (newline) text += '\n';
    scp.out().write(text);
    return Status::ok();
}

Status cmd_exit(Scp& scp, CommandArgs& args) {
    std::uint64_t status = 0;
    const std::string_view text = args.cursor.rest();
    if (!text.empty()) {
        if (Status s = scp.evaluate(text, Radix::Decimal, status); !s) return s;
        args.cursor.consume_rest();
    }
    // A host exit status has 8 bits. A larger number must not wrap to 0 (EXIT 256 would
    // report success): anything above 255 exits with 255.
    scp.request_exit(static_cast<int>(std::min<std::uint64_t>(status, 255)));
    return Status::ok();
}

}  // namespace simmon::scp
