#include "tests/devices_ibm/ibm_test_support.hpp"

#include "devices/ibm/ebcdic.hpp"

namespace simmon::ibm::test {

std::string to_ebcdic(std::string_view ascii) { return ascii_to_ebcdic(ascii); }
std::string from_ebcdic(std::string_view ebcdic) { return ebcdic_to_ascii(ebcdic, '.'); }

}  // namespace simmon::ibm::test
