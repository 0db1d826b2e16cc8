#!/usr/bin/env python3
"""e2e vax-delqa-pcap: writes a capture of three frames (one for the guest's station
address, one for another station, one broadcast), runs vax_delqa_pcap.ini, whose guest
program receives through the DELQA and prints what it got, and checks the guest's output
and the frames it transmitted (the capture out.pcap: the hello frame, then the echo)."""
import os
import struct
import subprocess
import sys

STATION = bytes([0x08, 0x00, 0x2B, 0x01, 0x02, 0x03])
PEER = bytes([0x08, 0x00, 0x2B, 0x10, 0x20, 0x30])


def frame(dst, text, length=60):
    f = dst + PEER + bytes([0x60, 0x06]) + text.encode() + b"\0"
    return f + bytes(max(0, length - len(f)))


def write_pcap(path, frames):
    with open(path, "wb") as out:
        out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for i, f in enumerate(frames):
            out.write(struct.pack("<IIII", i, 0, len(f), len(f)))
            out.write(f)


def read_pcap(path):
    data = open(path, "rb").read()
    magic, _, _, _, _, _, link = struct.unpack_from("<IHHiIII", data)
    if magic != 0xA1B2C3D4 or link != 1:
        raise SystemExit(f"{path}: not a little-endian Ethernet pcap file")
    at, frames = 24, []
    while at < len(data):
        _, _, incl, _ = struct.unpack_from("<IIII", data, at)
        at += 16
        frames.append(data[at:at + incl])
        at += incl
    return frames


def main():
    simmon, ini, folder = sys.argv[1:4]
    os.makedirs(folder, exist_ok=True)
    one = frame(STATION, "FRAME ONE FOR THE VAX\r\n")
    two = frame(bytes([0x08, 0x00, 0x2B, 0x77, 0x77, 0x77]), "FRAME TWO: NOT FOR US\r\n")
    three = frame(b"\xff" * 6, "FRAME THREE TO EVERYONE\r\n", 90)
    write_pcap(os.path.join(folder, "in.pcap"), [one, two, three])
    out_path = os.path.join(folder, "out.pcap")
    if os.path.exists(out_path):
        os.remove(out_path)
    run = subprocess.run([simmon, "vax", ini, folder], capture_output=True, text=True, timeout=300)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    failures = []
    if run.returncode != 0:
        failures.append(f"simmon exited {run.returncode}")
    if "FRAME ONE FOR THE VAX" not in run.stdout or "FRAME THREE TO EVERYONE" not in run.stdout:
        failures.append("the guest did not print both frames it should have received")
    if "FRAME TWO" in run.stdout:
        failures.append("the guest received a frame for another station")
    sent = read_pcap(out_path) if os.path.exists(out_path) else []
    hello = bytes([0x08, 0x00, 0x2B, 0xAA, 0xAA, 0xAA]) + STATION + bytes([0x60, 0x06]) + b"HELLO FROM VAX"
    hello += bytes(64 - len(hello))
    if len(sent) != 2:
        failures.append(f"out.pcap holds {len(sent)} frames, not 2 (hello, echo)")
    else:
        if sent[0] != hello:
            failures.append(f"the hello frame differs: {sent[0].hex()}")
        if sent[1] != one:
            failures.append(f"the echo differs from frame one: {sent[1].hex()}")
    for f in failures:
        print("vax-delqa-pcap check:", f)
    print("vax-delqa-pcap check:", "passed" if not failures else "failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
