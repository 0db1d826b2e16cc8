#!/usr/bin/env python3
"""Lays a link360 IPL volume's cylinder 0 onto cylinders of another CKD volume (a minidisk).

    s360_cp67_vio_guest.py SMALL.ckd BIG.ckd CYLINDER

Each track of SMALL's cylinder 0 replaces the track of the same head on BIG's CYLINDER; the
track header (the home address) gets BIG's cylinder, the records keep their own count fields
(the minidisk's virtual cylinder 0, as CP-67's relocation expects). Both must be uncompressed
CKD images of one device type.
"""
import struct
import sys


def header(f):
    h = f.read(512)
    if h[:8] != b"CKD_P370":
        raise SystemExit(f"{f.name}: not an uncompressed CKD image")
    heads, tracksize = struct.unpack_from("<II", h, 8)
    return heads, tracksize, h[16]


def main():
    small, big, cyl = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(small, "rb") as s, open(big, "r+b") as b:
        sh, st, stype = header(s)
        bh, bt, btype = header(b)
        if (sh, st, stype) != (bh, bt, btype):
            raise SystemExit("the two volumes are not of one type")
        for head in range(sh):
            s.seek(512 + head * st)
            track = bytearray(s.read(st))
            struct.pack_into(">HH", track, 1, cyl, head)
            b.seek(512 + (cyl * bh + head) * bt)
            b.write(track)


if __name__ == "__main__":
    main()
