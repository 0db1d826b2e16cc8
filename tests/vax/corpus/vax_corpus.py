#!/usr/bin/env python3
"""Random VAX instruction sequences and their expected results from a reference simulator.

Each case is a short straight-line program (one to three instructions, then HALT) at
1000, a 256-byte data area at 3000 that base registers R8-R11 point into, random
registers and condition codes, and an SCB at 0 whose every vector leads to a HALT at
1800 + vector, so an exception shows as the final PC. The reference (Debian's `simh`
package, program `vax`, given with --simh) runs each case; its final registers, PSL,
data area and the top of the stack are the expected results. Opcodes and operand lists
come from simmon's own isa table (machines/vax/isa/opcode_table.cpp), so the generator
and the CPU read the same description.

    tests/vax/corpus/vax_corpus.py --simh /usr/bin/vax --count 1500 --seed 1 \
        > tests/vax/corpus/vax_cases.json
"""
import argparse
import json
import os
import random
import re
import struct
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SIZES = {'b': 1, 'w': 2, 'l': 4, 'q': 8, 'o': 16, 'f': 4, 'd': 8, 'g': 8, 'h': 16}
CODE, DATA, STACK, HANDLERS = 0x1000, 0x3000, 0x7000, 0x1800
BASES = {8: DATA + 0x40, 9: DATA + 0x80, 10: DATA + 0xC0, 11: DATA}

# What the corpus covers: the CVAX's integer, logical, bit-field, character-string,
# conversion, F/D/G, queue, PSW and register-list instructions, and CALLS/CALLG to a
# procedure at 1400 whose entry mask is random and whose body is RET; nothing that needs
# mapping or privileged state. Branches get a displacement of 0 (both paths reach the
# next one).
PROC = 0x1400
EXCLUDE = {'HALT', 'REI', 'BPT', 'RET', 'RSB', 'LDPCTX', 'SVPCTX', 'PROBER', 'PROBEW', 'JSB', 'JMP',
           'BSBB', 'BSBW', 'CHMK', 'CHME', 'CHMS', 'CHMU', 'MTPR', 'MFPR', 'XFC',
           # EMOD: the reference rounds its product to fewer bits than the ARM's exact
           # product split into integer and fraction; EHKAA covers it instead.
           'EMODF', 'EMODD', 'EMODG'}
STRING = {'MOVC3', 'MOVC5', 'CMPC3', 'CMPC5', 'LOCC', 'SKPC', 'SCANC', 'SPANC'}


def isa_rows():
    text = open(os.path.join(ROOT, 'machines/vax/isa/opcode_table.cpp')).read()
    for m in re.finditer(r'\{0x([0-9A-F]+), "(\w+)", "([a-z,]*)", ([NER]), "', text):
        opcode, mnemonic, operands, cvax = int(m.group(1), 16), m.group(2), m.group(3), m.group(4)
        if cvax == 'N' and mnemonic not in EXCLUDE:
            yield opcode, mnemonic, [(o[0], o[1]) for o in operands.split(',') if o]


def le(value, size):
    return (value & ((1 << (8 * size)) - 1)).to_bytes(size, 'little')


def specifier(rng, access, dtype, mnemonic, index):
    size = SIZES[dtype]
    if access == 'b':
        return bytes(size)  # displacement 0
    string_len = mnemonic in STRING and access == 'r' and dtype == 'w'
    if string_len:
        return bytes([rng.randrange(0, 40)])  # a short literal length
    if mnemonic in ('CALLS', 'CALLG') and index == 1:
        return bytes([0x9F]) + le(PROC, 4)  # the procedure
    if mnemonic.startswith('CASE') and index == 2:
        return bytes([rng.randrange(0, 4)])  # the limit: the table below has four entries
    choices = []
    if access == 'r':
        choices += ['literal', 'immediate']
    if access != 'a':
        choices += ['register'] * 3
    choices += ['deferred', 'displacement', 'autoinc', 'autodec', 'absolute', 'indexed']
    kind = rng.choice(choices)
    if kind == 'literal':
        return bytes([rng.randrange(0, 64)])
    if kind == 'immediate':
        return bytes([0x8F]) + bytes(rng.randrange(256) for _ in range(size))
    if kind == 'register':
        top = 6 if size == 8 else 7
        return bytes([0x50 | rng.randrange(0, top + 1)])
    base = rng.choice([8, 9, 10, 11])
    if kind == 'deferred':
        return bytes([0x60 | base])
    if kind == 'displacement':
        return bytes([0xA0 | base, rng.randrange(-0x30, 0x30) & 0xFF])
    if kind == 'autoinc':
        return bytes([0x80 | base])
    if kind == 'autodec':
        return bytes([0x70 | base])
    if kind == 'absolute':
        return bytes([0x9F]) + le(DATA + rng.randrange(0, 0xF0), 4)
    index = rng.choice([r for r in BASES if r != base])
    return bytes([0x40 | index, 0x60 | base])  # (Rb)[Rx], Rx another base register


def instruction(rng, rows):
    opcode, mnemonic, operands = rng.choice(rows)
    code = bytes([0xFD, opcode & 0xFF]) if opcode > 0xFF else bytes([opcode])
    for i, (access, dtype) in enumerate(operands):
        code += specifier(rng, access, dtype, mnemonic, i)
    if mnemonic.startswith('CASE'):
        # CASE's limit is a literal 0-3 and its table four zero words.
        code += bytes(8)  # limit <= 3: four zero displacements
    return mnemonic, code


def make_case(rng, rows):
    program, names = b'', []
    for _ in range(rng.randrange(1, 4)):
        name, code = instruction(rng, rows)
        program += code
        names.append(name)
    regs = {f'R{i}': rng.choice([rng.getrandbits(32), rng.randrange(0, 64), rng.getrandbits(8) << 24])
            for i in range(8)}
    for r, v in BASES.items():
        regs[f'R{r}'] = v
    regs['AP'] = rng.getrandbits(32)
    regs['FP'] = rng.getrandbits(32)
    regs['SP'] = STACK
    psl = 0x041F0000 | rng.randrange(16) | (0x20 if rng.random() < 0.3 else 0)
    data = bytes(rng.randrange(256) for _ in range(256))
    # The procedure: a random entry mask (registers, IV and DV; now and then the reserved
    # bits 12-13), then RET.
    mask = rng.getrandbits(12) | (rng.getrandbits(2) << 14) | (rng.getrandbits(2) << 12 if rng.random() < 0.1 else 0)
    proc = le(mask, 2) + bytes([0x04])
    return {'name': ' '.join(names), 'code': program.hex().upper(), 'regs': {k: f'{v:08X}' for k, v in regs.items()},
            'psl': f'{psl:08X}', 'data': data.hex().upper(), 'proc': proc.hex().upper()}


def memory_image(case):
    image = bytearray(0x8000)
    for v in range(0, 0x200, 4):  # the SCB: vector v leads to the HALT at 1800 + v
        image[v:v + 4] = le(HANDLERS + v, 4)
    code = bytes.fromhex(case['code'])
    image[CODE:CODE + len(code)] = code
    proc = bytes.fromhex(case['proc'])
    image[PROC:PROC + len(proc)] = proc
    image[DATA:DATA + 256] = bytes.fromhex(case['data'])
    return bytes(image)  # everything else is zero: HALT


REG_ORDER = ['R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'AP', 'FP', 'SP', 'PC']


def run_reference(simh, case):
    with tempfile.TemporaryDirectory() as tmp:
        image = os.path.join(tmp, 'case.bin')
        open(image, 'wb').write(memory_image(case))
        script = [f'load {image} 0']
        script += [f'dep {name} {value}' for name, value in case['regs'].items()]
        script += [f"dep psl {case['psl']}", 'dep scbb 0', f'dep pc {CODE:X}', 'go']
        script += [f'ex {r}' for r in REG_ORDER] + ['ex psl', f'ex -b {DATA:X}-{DATA + 255:X}',
                                                     f'ex -b {STACK - 32:X}-{STACK - 1:X}', 'quit']
        ini = os.path.join(tmp, 'case.ini')
        open(ini, 'w').write('\n'.join(script) + '\n')
        out = subprocess.run([simh, ini], capture_output=True, text=True, timeout=30).stdout
    values = re.findall(r'^([0-9A-Z]+):\s+([0-9A-F]+)$', out, re.M)
    named = {k: v for k, v in values if not re.fullmatch(r'[0-9A-F]+', k) or k in ('R0',)}
    regs = {r: named[r] for r in REG_ORDER}
    mem = {int(k, 16): int(v, 16) for k, v in values if re.fullmatch(r'[0-9A-F]{4,}', k) and k not in named}
    data = bytes(mem[DATA + i] for i in range(256))
    stack = bytes(mem[STACK - 32 + i] for i in range(32))
    halted = 'HALT instruction' in out
    return {'regs': regs, 'psl': named['PSL'], 'data': data.hex().upper(), 'stack': stack.hex().upper(),
            'halted': halted}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--simh', required=True, help="the reference simulator's vax program")
    ap.add_argument('--count', type=int, default=1500)
    ap.add_argument('--seed', type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    rows = list(isa_rows())
    cases = [make_case(rng, rows) for _ in range(args.count)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        finals = list(pool.map(lambda c: run_reference(args.simh, c), cases))
    kept = []
    for case, final in zip(cases, finals):
        # A machine check (an address beyond memory) pushes a frame of the processor's
        # internal state, which is the implementation's own: such cases are left out.
        machine_check = int(final['regs']['PC'], 16) == HANDLERS + 0x04 + 1
        if final.pop('halted') and not machine_check:
            # The data area as the bytes that changed, by address.
            before, after = bytes.fromhex(case['data']), bytes.fromhex(final.pop('data'))
            final['changed'] = {f'{DATA + i:X}': f'{b:02X}' for i, (a, b) in enumerate(zip(before, after)) if a != b}
            case['final'] = final
            kept.append(case)
    about = ('Random VAX instruction sequences (tests/vax/corpus/vax_corpus.py, seed '
             f'{args.seed}) with the final state of Debian simh 3.8.1 vax. Program at 1000, the '
             'procedure CALLS/CALLG reach at 1400 (proc: its bytes), data at '
             '3000-30FF (final: the bytes that changed), SCB at 0 with vector v leading to a HALT at '
             '1800+v, stack below 7000 (the last 32 bytes compared).')
    # One case a line, so that a regenerated corpus diffs by case.
    sys.stdout.write('{"about": ' + json.dumps(about) + ',\n "cases": [\n')
    sys.stdout.write(',\n'.join(json.dumps(c, separators=(',', ':')) for c in kept))
    sys.stdout.write('\n]}\n')
    print(f'{len(kept)} of {len(cases)} cases halted', file=sys.stderr)


if __name__ == '__main__':
    main()
