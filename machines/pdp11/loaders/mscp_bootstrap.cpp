// The UQSSP bootstrap (see mscp_bootstrap.hpp).
#include "machines/pdp11/loaders/mscp_bootstrap.hpp"

#include <fmt/format.h>

#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"
#include "machines/pdp11/disasm/assembler_program.hpp"
#include "machines/pdp11/pdp11_machine.hpp"

namespace simmon::pdp11 {

namespace {

// CSR, UNIT, CONN and ORIGIN are defined in front of it. Offsets in the messages are the
// MSCP specification's (decimal 4 unit, 8 opcode, 10 status, 12 byte count, 16 buffer,
// 28 LBN), written here in octal.
constexpr const char* kSource = R"(
        .=ORIGIN
START:  MOV     #ORIGIN,SP      ; a stack below the bootstrap, above the boot block
        MOV     #CSR,R1         ; R1 -> IP, SA is 2(R1)
        MOV     #UNIT,R0
        CLR     (R1)            ; a write to IP initialises the port
        MOV     #4000,R3        ; wait for S1
        JSR     PC,STEP
        MOV     #100000,2(R1)   ; step 1: valid; one command and one response slot;
                                ; no interrupts (vector 0)
        MOV     #10000,R3       ; wait for S2
        JSR     PC,STEP
        MOV     #RING,2(R1)     ; step 2: ring base, low word
        MOV     #20000,R3       ; wait for S3
        JSR     PC,STEP
        CLR     2(R1)           ; step 3: ring base, high bits 0; no purge-poll test
        MOV     #40000,R3       ; wait for S4
        JSR     PC,STEP
        MOV     #1,2(R1)        ; step 4: GO
        MOV     #11,R2          ; ONLINE
        JSR     PC,COMMND
        MOV     #41,R2          ; READ 512 bytes to 0: block 0, or the next record
        JSR     PC,COMMND
        MOV     #UNIT,R0        ; what a boot block expects
        MOV     #CSR,R1
        CLR     (R1)            ; a boot block initialises the port itself: leave it at
                                ; step 1, as DEC's boot ROMs do
        CLR     PC              ; and start it

; Waits until SA shows the step bit in R3; SA<15> (a port error) halts.
STEP:   BIT     R3,2(R1)
        BNE     1$
        TST     2(R1)
        BPL     STEP
        HALT
1$:     RTS     PC

; Sends the command whose opcode is in R2 to unit R0 and waits for its end message;
; an end with an error status halts.
COMMND: MOV     #CPKT,R4        ; a clean command message
        MOV     #40,R5
1$:     CLR     (R4)+
        SOB     R5,1$
        MOV     R0,CPKT+4       ; unit
        MOVB    R2,CPKT+10      ; opcode
        CMPB    R2,#41
        BNE     2$
        MOV     #1000,CPKT+14   ; READ: 512 bytes to bus address 0, from LBN 0
2$:     MOV     #60,CENV        ; the command is 48 bytes
        MOV     #CONN*400,CENV+2 ; sequential message, connection CONN
        MOV     #100,RENV       ; the response slot holds 64 bytes
        MOV     #RPKT,RDESC     ; give the port the response slot ...
        MOV     #100000,RDESC+2
        MOV     #CPKT,CDESC     ; ... and the command
        MOV     #100000,CDESC+2
        TST     (R1)            ; a read of IP makes the port poll
3$:     TST     RDESC+2         ; until the port gives the response slot back
        BMI     3$
        BITB    #37,RPKT+12     ; status code
        BEQ     4$
        HALT
4$:     RTS     PC

; The communications area: the two interrupt indicators before the ring base, then the
; response descriptor and the command descriptor; each message after its envelope.
        .WORD   0,0
        .WORD   0               ; command interrupt indicator
        .WORD   0               ; response interrupt indicator
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

Status load_mscp_bootstrap(Pdp11Machine& machine, std::uint32_t csr, int unit, int connection, std::uint32_t address) {
    const std::string source = fmt::format("CSR = {:o}\nUNIT = {:o}\nCONN = {:o}\nORIGIN = {:o}\n{}", csr & 0177777,
                                           unit, connection, address, kSource);
    AssembledProgram program;
    if (Status s = assemble_program(source, "mscp_bootstrap", program); !s) return s;
    for (const ProgramSegment& segment : program.segments)
        for (std::size_t i = 0; i < segment.bytes.size(); ++i)
            machine.unibus().write_physical_byte(segment.address + i, segment.bytes[i]);
    machine.pdp11_cpu().set_pc(address);
    return Status::ok();
}

}  // namespace simmon::pdp11
