// The simmon executable: the SCP with the machines of this build.
#include <string>
#include <vector>

#include "machines/machine_list.hpp"
#include "scp-console/cli.hpp"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return simmon::scp::simmon_main(args, simmon::machine_list());
}
