// A PDP-11 program of ours drives the UDA50 the way an operating system's driver does
// (RT-11's DU handler, RSX's): initialisation with interrupts enabled at vector 154, then
// ONLINE and READ with FLAG set in the descriptors, waiting for each interrupt with WAIT.
// Every step and every ring transition must interrupt through vector 154 at BR5.
#include <catch2/catch.hpp>

#include "core/machine/machine.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"
#include "machines/pdp11/disasm/assembler_program.hpp"
#include "machines/pdp11/pdp11_machine.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

constexpr const char* kDriver = R"(
        .=1000
START:  MOV     #START,SP
        MOV     #ISR,@#154      ; the UDA50's vector
        MOV     #340,@#156      ; the handler runs at priority 7
        CLR     @#177776        ; the program at priority 0
        MOV     #172150,R1
        CLR     R5              ; errors
        CLR     (R1)            ; initialise the port
1$:     BIT     #4000,2(R1)     ; S1
        BEQ     1$
        MOV     #100233,2(R1)   ; step 1: one slot each, IE, vector 154/4
        MOV     #1,R4
        JSR     PC,AWAIT        ; step 2 interrupts
        CMP     2(R1),#10200    ; S2 and the echo of 100233's high byte
        BEQ     2$
        INC     R5
2$:     MOV     #RING,2(R1)     ; ring base low
        MOV     #2,R4
        JSR     PC,AWAIT        ; step 3
        CLR     2(R1)           ; ring base high
        MOV     #3,R4
        JSR     PC,AWAIT        ; step 4
        MOV     #1,2(R1)        ; GO
        MOV     #11,R2          ; ONLINE
        JSR     PC,COMMND
        MOV     #41,R2          ; READ block 1 to 4000
        JSR     PC,COMMND
        HALT

; Waits (WAIT) until the interrupt count reaches R4.
AWAIT:  CMP     COUNT,R4
        BGE     1$
        WAIT
        BR      AWAIT
1$:     RTS     PC

; One command with FLAG set in both descriptors; waits for the response indicator.
COMMND: MOV     #CPKT,R3
        MOV     #40,R0
1$:     CLR     (R3)+
        SOB     R0,1$
        MOVB    R2,CPKT+10
        CMPB    R2,#41
        BNE     2$
        MOV     #1000,CPKT+14   ; 512 bytes
        MOV     #4000,CPKT+20   ; to 4000
        MOV     #1,CPKT+34      ; from LBN 1
2$:     MOV     #60,CENV
        MOV     #100,RENV
        CLR     RSPINT
        MOV     #RPKT,RDESC
        MOV     #140000,RDESC+2 ; OWN and FLAG
        MOV     #CPKT,CDESC
        MOV     #140000,CDESC+2
        TST     (R1)            ; poll
3$:     TST     RSPINT          ; the port sets it with the response interrupt
        BNE     4$
        WAIT
        BR      3$
4$:     BITB    #37,RPKT+12
        BEQ     5$
        INC     R5
5$:     RTS     PC

ISR:    INC     COUNT
        RTI

        .=3000
COUNT:  .WORD   0               ; interrupts taken
        .WORD   0,0
CMDINT: .WORD   0
RSPINT: .WORD   0
RING:
RDESC:  .WORD   0,0
CDESC:  .WORD   0,0
RENV:   .WORD   0,0
RPKT:   .BLKW   40
CENV:   .WORD   0,0
CPKT:   .BLKW   40
        .END
)";

}  // namespace

TEST_CASE("UDA50 with interrupts: a driver of ours waits for each step and each end message", "[mscp][pdp11]") {
    ScratchDir dir;
    const std::string image = dir.file("data.dsk");
    write_pattern_image(image, 4 * 512, 0x5A5A);
    pdp11::Pdp11Machine m;
    REQUIRE(set_modifier(m, "CPU", "11/34"));
    Device* rq = m.find_device("RQ");
    REQUIRE(rq->set_enabled(true));
    REQUIRE(rq->attach(*rq->units()[0], image, AttachOptions{}));
    pdp11::AssembledProgram program;
    REQUIRE(pdp11::assemble_program(kDriver, "driver.mac", program));
    for (const auto& segment : program.segments)
        for (std::size_t i = 0; i < segment.bytes.size(); ++i)
            REQUIRE(m.unibus().write_physical_byte(segment.address + static_cast<std::uint32_t>(i), segment.bytes[i]));
    m.pdp11_cpu().set_pc(01000);
    RunRequest req;
    req.max_instructions = 5'000'000;
    const StopInfo stop = m.run(req);
    INFO(stop.message);
    REQUIRE(stop.code == StopCode::Halt);
    CHECK(m.pdp11_cpu().reg(5) == 0);  // no step or status went wrong
    std::uint16_t count = 0, word = 0;
    REQUIRE(m.unibus().read_physical_word(03000, count));
    // Three step interrupts, then for each of the two commands one as the port takes it
    // (FLAG in the command descriptor) and one as its end message arrives.
    CHECK(count == 7);
    REQUIRE(m.unibus().read_physical_word(04000 + 2, word));
    CHECK(word == ((256 + 1) ^ 0x5A5A));  // block 1's second word of the image's pattern
}
