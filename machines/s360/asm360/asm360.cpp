// assemble_file / assemble_source: the macro processor, then the assembler's two passes.
#include "machines/s360/asm360/asm360.hpp"

#include "machines/s360/asm360/assembler.hpp"
#include "machines/s360/asm360/macro_processor.hpp"

namespace simmon::s360::asm360 {
namespace {

AssemblyResult assemble(SourceLibrary& library, int primary, const AssemblerOptions& options, Diagnostics& diags) {
    AssemblyResult result;
    std::vector<Statement> statements;
    OperationTable optab;
    {
        MacroProcessor mp(options, library, diags, optab);
        mp.run(primary, statements);
    }
    Assembler assembler(options, library, diags, statements);
    assembler.run();
    result.object = assembler.object_deck();
    if (options.listing) result.listing = assembler.listing();
    result.statements = statements.size();
    return result;
}

}  // namespace

AssemblyResult assemble_source(const std::string& name, std::string_view text, const AssemblerOptions& options) {
    Diagnostics diags;
    SourceLibrary library(options.libraries, diags);
    int primary = library.load_text(name, text);
    AssemblyResult r = assemble(library, primary, options, diags);
    r.diagnostics = std::move(diags);
    r.return_code = r.diagnostics.max_severity();
    return r;
}

AssemblyResult assemble_file(const std::string& path, const AssemblerOptions& options) {
    Diagnostics diags;
    SourceLibrary library(options.libraries, diags);
    int primary = library.load_file(path);
    if (primary < 0) {
        AssemblyResult r;
        diags.add({path, 0, 0, kTerminal, "cannot read the source file", 0});
        r.diagnostics = std::move(diags);
        r.return_code = kTerminal;
        return r;
    }
    AssemblyResult r = assemble(library, primary, options, diags);
    r.diagnostics = std::move(diags);
    r.return_code = r.diagnostics.max_severity();
    return r;
}

}  // namespace simmon::s360::asm360
