// The operand lists of the isa table packed for the decoder (operands_decode.hpp).
#include "machines/vax/cpu/operands_decode.hpp"

namespace simmon::vax {

using namespace operand_detail;

VaxCpu::PackedOperands VaxCpu::pack_operands(const OperandList& list) {
    PackedOperands p;
    p.count = list.count;
    for (unsigned i = 0; i < list.count; ++i) {
        const OperandSpec s = list.spec[i];
        const unsigned size = data_size(s.type);
        const unsigned log2 = size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : size == 8 ? 3 : 4;
        const unsigned kind = (s.type == DataType::FFloat || s.type == DataType::DFloat) ? 1
                              : s.type == DataType::GFloat                                ? 2
                              : s.type == DataType::HFloat                                ? 3
                                                                                          : 0;
        p.spec[i] = static_cast<std::uint8_t>(log2 | kind << 3 | static_cast<unsigned>(s.access) << 5);
    }
    return p;
}

}  // namespace simmon::vax
