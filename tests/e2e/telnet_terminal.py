"""A telnet terminal for the e2e tests that call a simulated line on 127.0.0.1: connect with
retries until a deadline, read with telnet commands dropped until an expected text has
arrived, type a line with RETURN, send BREAK. Every wait is bounded by the deadline."""
import re
import socket
import sys
import time

IAC, BRK = 255, 243


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on at the moment."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def fail(test, message, proc=None):
    """Ends the test: kills simmon if it runs, shows the tail of its output, exits 1."""
    if proc is not None:
        proc.kill()
        out = proc.communicate()[0]
        print(out.decode("latin-1")[-2000:])
    print(f"{test}: FAILED: {message}")
    sys.exit(1)


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

    def read_until(self, want, mark=0, wait=0.5, shown=None):
        """Reads (dropping telnet commands) until `want`, a string or a compiled pattern, is
        in the text after `mark`; returns the text so far. Each read waits at most `wait`
        seconds; a timeout's message shows the text, or its last `shown` characters."""
        def seen():
            tail = self.text[mark:]
            return want.search(tail) if isinstance(want, re.Pattern) else want in tail
        what = want.pattern if isinstance(want, re.Pattern) else want
        while not seen():
            got = self.text[-shown:] if shown else self.text
            if time.time() > self.deadline:
                raise TimeoutError(f"no {what!r} in {got!r}")
            self.sock.settimeout(wait)
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                continue
            if not data:
                raise TimeoutError(f"connection closed before {what!r}; got {got!r}")
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

    def send_break(self):
        """The terminal's BREAK (a 2741's ATTN, a Teletype's BREAK) as telnet sends it."""
        self.sock.sendall(bytes([IAC, BRK]))
