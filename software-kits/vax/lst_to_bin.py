#!/usr/bin/env python3
"""Turns a listing of `ADDR: BYTES  source` lines into a raw memory image from 0."""
import re
import sys

image = bytearray()
for line in open(sys.argv[1]):
    m = re.match(r'^([0-9A-Fa-f]+):((?: [0-9A-Fa-f]{2})+)', line)
    if not m:
        continue
    addr = int(m.group(1), 16)
    data = bytes.fromhex(m.group(2))
    if len(image) < addr + len(data):
        image.extend(bytes(addr + len(data) - len(image)))
    image[addr:addr + len(data)] = data
image.extend(bytes(0x1200 - len(image)) if len(image) < 0x1200 else b'')
open(sys.argv[2], 'wb').write(image)
