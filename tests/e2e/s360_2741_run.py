#!/usr/bin/env python3
"""A 2703 line with an IBM 2741 on it, driven over telnet by a test client.

  s360_2741_run.py <simmon> <s360_2741.ini> <kit folder>

Starts simmon on s360_2741.ini (echo2741.asm on the line at 0C0, set to a 2741 in EBCD
code, listening on a free port of 127.0.0.1), calls the line as the terminal, waits for the
greeting, types a line in mixed case and checks the echo prints it as typed (the shifts went
both ways), presses ATTN (telnet BREAK) during the next read and checks the answer, types
bye and checks the goodbye, then that simmon ends with the program's own wait (exit status
0). Every wait is bounded; any timeout fails.
"""
import socket
import subprocess
import sys
import time

IAC, BRK = 255, 243


def fail(message, proc=None):
    if proc is not None:
        proc.kill()
        out = proc.communicate()[0]
        print(out.decode("latin-1")[-2000:])
    print(f"s360-2741: FAILED: {message}")
    sys.exit(1)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Terminal:
    def __init__(self, port, deadline):
        self.deadline = deadline
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", port), timeout=1)
                break
            except OSError:
                if time.time() > deadline:
                    raise TimeoutError("could not connect")
                time.sleep(0.1)
        self.text = ""

    def read_until(self, want):
        """Reads (dropping telnet commands) until `want` has arrived."""
        while want not in self.text:
            if time.time() > self.deadline:
                raise TimeoutError(f"no {want!r} in {self.text!r}")
            self.sock.settimeout(0.5)
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                continue
            if not data:
                raise TimeoutError(f"connection closed before {want!r}; got {self.text!r}")
            i = 0
            while i < len(data):
                if data[i] == IAC:
                    i += 3 if i + 1 < len(data) and data[i + 1] != IAC else 2
                    continue
                self.text += chr(data[i])
                i += 1
        return self.text

    def type(self, line):
        self.sock.sendall(line.encode("ascii") + b"\r")


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    simmon, script, kit = sys.argv[1:]
    port = free_port()
    proc = subprocess.Popen([simmon, "s360", script, kit, str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    deadline = time.time() + 60
    try:
        term = Terminal(port, deadline)
        term.read_until("simmon 2741 echo\r\n")
        term.text = ""
        term.type("Hello, IBM 360")
        # The terminal's own copy of the line, then the program's echo of the codes.
        term.read_until("Hello, IBM 360\r\necho Hello, IBM 360\r\n")
        time.sleep(0.3)  # the program is in its next read
        term.text = ""
        term.sock.sendall(bytes([IAC, BRK]))
        term.read_until("attention\r\n")
        term.text = ""
        term.type("bye")
        term.read_until("goodbye\r\n")
    except (TimeoutError, OSError) as e:
        fail(str(e), proc)
    try:
        out = proc.communicate(timeout=max(1, deadline - time.time()))[0].decode("latin-1")
    except subprocess.TimeoutExpired:
        fail("simmon did not end after bye", proc)
    if proc.returncode != 0 or "the program ended in its wait" not in out:
        print(out[-2000:])
        fail(f"simmon exited {proc.returncode}")
    print("s360-2741: a telnet 2741 typed a mixed-case line, ATTN and bye; echoed, answered, ended")


main()
