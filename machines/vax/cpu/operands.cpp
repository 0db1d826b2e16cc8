// The operand lists of the isa table packed for the decoder (operands_decode.hpp).
#include "machines/vax/cpu/operands_decode.hpp"

namespace simmon::vax {

using namespace operand_detail;

VaxCpu::PackedOperands VaxCpu::pack_operands(const OperandList& list) {
    PackedOperands p;
    p.count = list.count;
    for (unsigned i = 0; i < list.count; ++i) {
        const OperandSpec s = list.spec[i];
        p.access[i] = static_cast<std::uint8_t>(s.access);
        p.size[i] = static_cast<std::uint8_t>(data_size(s.type));
        p.kind[i] = (s.type == DataType::FFloat || s.type == DataType::DFloat) ? 1
                    : s.type == DataType::GFloat                                ? 2
                    : s.type == DataType::HFloat                                ? 3
                                                                                : 0;
    }
    return p;
}

}  // namespace simmon::vax
