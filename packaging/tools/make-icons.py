#!/usr/bin/env python3
"""Writes the installer icons from the app's own icon PNGs, so the launcher, the menu entry and
the window show the same picture.

Source: resources/icons/clausewise-<size>.png (drawn by the desktop app, which sets them as its
window icons). Output, as jpackage wants it per OS:
    packaging/linux/Clausewise.png      the 256 px PNG
    packaging/windows/Clausewise.ico    PNG-in-ICO, 16/32/48/256 px (valid since Windows Vista)
    packaging/macos/Clausewise.icns     PNG-in-ICNS, 32/64/128/256 px
Both containers hold PNG data unchanged, so no imaging library is needed.

    python3 packaging/tools/make-icons.py     # after the app icon changes; commit the results
"""
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons"
ICO_SIZES = (16, 32, 48, 256)
ICNS_CODES = {32: b"ic11", 64: b"ic12", 128: b"ic07", 256: b"ic08"}


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def load(size):
    path = SOURCE / f"clausewise-{size}.png"
    data = path.read_bytes()
    if png_size(data) != (size, size):
        raise ValueError(f"{path} is not {size}x{size}")
    return data


def ico(images):
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = len(head) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return head + entries + blobs


def icns(images):
    body = b"".join(ICNS_CODES[size] + struct.pack(">I", len(data) + 8) + data for size, data in images)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main():
    try:
        images = {size: load(size) for size in sorted(set(ICO_SIZES) | set(ICNS_CODES))}
    except (OSError, ValueError) as e:
        print(f"make-icons: {e}", file=sys.stderr)
        return 1
    (ROOT / "packaging/linux/Clausewise.png").write_bytes(images[256])
    (ROOT / "packaging/windows/Clausewise.ico").write_bytes(ico([(s, images[s]) for s in ICO_SIZES]))
    (ROOT / "packaging/macos/Clausewise.icns").write_bytes(icns([(s, images[s]) for s in ICNS_CODES]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
