#!/usr/bin/env python3
"""SET CONSOLE TELNET=port (SIMH's operator console over telnet), with a telnet client on
127.0.0.1: unbuffered, a run waits for the client and the guest's console is the client's;
BUFFERED, the guest runs without one and the client gets what it printed when it comes;
SET CONSOLE BRK=n turns that key into a BREAK (the DL11 reads a framing error).

usage: console_telnet.py path/to/simmon
The time limits only turn a hang into a failure; nothing is asserted about timing.
"""
import os
import socket
import subprocess
import sys
import tempfile
import time

LIMIT = 60.0
IAC = 255


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def strip_telnet(data):
    out = bytearray()
    i = 0
    while i < len(data):
        if data[i] == IAC and i + 1 < len(data):
            i += 3 if data[i + 1] >= 251 else 2
            continue
        out.append(data[i])
        i += 1
    return bytes(out)


def read_line_with(proc, text, deadline):
    seen = b""
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen += line
        if text.encode() in line:
            return seen
    sys.exit("no %r from simmon; it printed:\n%s" % (text, seen.decode(errors="replace")))


def connect(port, deadline):
    while time.time() < deadline:
        try:
            return socket.create_connection(("127.0.0.1", port), timeout=5)
        except OSError:
            time.sleep(0.05)
    sys.exit("cannot connect to the console port %d" % port)


def receive_until(sock, wanted, deadline):
    got = b""
    sock.settimeout(0.2)
    while time.time() < deadline:
        try:
            chunk = sock.recv(4096)
        except socket.timeout:
            chunk = None
        if chunk == b"":
            break
        if chunk:
            got += chunk
            if wanted in strip_telnet(got):
                return strip_telnet(got)
    sys.exit("the client did not receive %r; it got %r" % (wanted, strip_telnet(got)))


def finish(proc, deadline, want_status, want_text):
    try:
        out, _ = proc.communicate(timeout=max(1.0, deadline - time.time()))
    except subprocess.TimeoutExpired:
        proc.kill()
        sys.exit("simmon did not finish")
    text = out.decode(errors="replace")
    if proc.returncode != want_status or want_text not in text:
        sys.exit("exit status %r (want %d) or no %r in:\n%s" % (proc.returncode, want_status, want_text, text))
    return text


# The guest: echo what the console keyboard gives until 'q', then HALT.
ECHO = """DEPOSIT -m 1000 TSTB @#177560
DEPOSIT -m 1004 BPL 1000
DEPOSIT -m 1006 MOVB @#177562,R0
DEPOSIT -m 1012 TSTB @#177564
DEPOSIT -m 1016 BPL 1012
DEPOSIT -m 1020 MOVB R0,@#177566
DEPOSIT -m 1024 CMPB R0,#161
DEPOSIT -m 1030 BNE 1000
DEPOSIT 1032 0
"""


def unbuffered(simmon, scratch):
    port = free_port()
    script = os.path.join(scratch, "unbuffered.ini")
    with open(script, "w") as f:
        f.write("SET CONSOLE TELNET=%d\n%sGO 1000\nECHO guest halted\nSHOW CONSOLE TELNET\nSET CONSOLE NOTELNET\nEXIT 0\n"
                % (port, ECHO))
    deadline = time.time() + LIMIT
    proc = subprocess.Popen([simmon, "pdp11", script], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, cwd=scratch)
    read_line_with(proc, "Waiting for console Telnet connection on port %d" % port, deadline)
    sock = connect(port, deadline)
    sock.sendall(b"hi")
    receive_until(sock, b"hi", deadline)
    sock.sendall(b"q")  # the guest halts (before its echo of q leaves the DL11)
    text = finish(proc, deadline, 0, "guest halted")
    if "hi" in text.split("guest halted")[0].split("port %d" % port)[-1]:
        sys.exit("the guest's output went to the terminal as well as the telnet client:\n" + text)
    sock.close()


def buffered(simmon, scratch):
    port = free_port()
    script = os.path.join(scratch, "buffered.ini")
    with open(script, "w") as f:
        f.write("SET CONSOLE TELNET=%d, BUFFERED\nSET CONSOLE BRK=2\n"
                "DEPOSIT -m 2000 MOVB #110,@#177566\nDEPOSIT -m 2006 TSTB @#177564\nDEPOSIT -m 2012 BPL 2006\n"
                "DEPOSIT -m 2014 MOVB #111,@#177566\nDEPOSIT 2022 0\n"
                "GO 2000\nECHO printed unseen\n"
                "DEPOSIT -m 1000 TSTB @#177560\nDEPOSIT -m 1004 BPL 1000\nDEPOSIT -m 1006 MOV @#177562,@#1100\n"
                "DEPOSIT 1014 0\nGO 1000\nASSERT [1100] == 120000\nECHO break read\nEXIT 0\n" % port)
    deadline = time.time() + LIMIT
    proc = subprocess.Popen([simmon, "pdp11", script], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, cwd=scratch)
    read_line_with(proc, "printed unseen", deadline)
    sock = connect(port, deadline)
    receive_until(sock, b"HI", deadline)  # what the guest printed before anyone connected
    sock.sendall(b"\x02")  # the BRK key
    finish(proc, deadline, 0, "break read")
    sock.close()


def main():
    simmon = os.path.abspath(sys.argv[1])
    scratch = tempfile.mkdtemp(prefix="simmon-telnet-console-")
    unbuffered(simmon, scratch)
    buffered(simmon, scratch)
    print("the operator console works over telnet, unbuffered and buffered, with BRK")


if __name__ == "__main__":
    main()
