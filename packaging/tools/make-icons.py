#!/usr/bin/env python3
"""Draws the Clausewise icon and writes it in the formats jpackage wants per OS.

The icon is two pages side by side on a blue tile, a struck (red) line on the left page and an
underlined (green) line on the right: a comparison, recognisable at 16 px. Shapes are drawn from
signed distance functions, so every size is rendered sharp (no scaling) and anti-aliased without
any imaging library (none is assumed on the build machine).

    python3 packaging/tools/make-icons.py     # from the project root; rewrites the icon files
"""
import math
import struct
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

TILE = (31, 84, 140)        # UN-ish blue
PAGE = (255, 255, 255)
TEXT = (150, 162, 178)
DELETED = (200, 40, 40)
INSERTED = (30, 140, 60)


def rounded_box(cx, cy, hw, hh, r):
    """Signed distance (in icon units, 0..1) to a rounded rectangle centred on cx, cy."""
    def sdf(x, y):
        qx = abs(x - cx) - hw + r
        qy = abs(y - cy) - hh + r
        outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
        return outside + min(max(qx, qy), 0.0) - r
    return sdf, (cx - hw, cy - hh, cx + hw, cy + hh)


def shapes():
    """Layers bottom to top: (colour, distance function, bounding box) in 0..1 icon units."""
    layers = [(TILE,) + rounded_box(0.5, 0.5, 0.46, 0.46, 0.10)]
    for page_cx, mark in ((0.295, DELETED), (0.705, INSERTED)):
        layers.append((PAGE,) + rounded_box(page_cx, 0.5, 0.165, 0.33, 0.03))
        for i, y in enumerate((0.28, 0.38, 0.48, 0.58, 0.68)):
            colour = mark if i == 2 else TEXT
            half = 0.12 if i != 4 else 0.07
            cx = page_cx - 0.12 + half
            layers.append((colour,) + rounded_box(cx, y, half, 0.025 if i == 2 else 0.018, 0.012))
    return layers


def render(size):
    """RGBA rows of the icon at size x size pixels."""
    pixels = [[(0.0, 0.0, 0.0, 0.0)] * size for _ in range(size)]
    for colour, sdf, (x0, y0, x1, y1) in shapes():
        for py in range(max(0, int(y0 * size) - 1), min(size, int(y1 * size) + 2)):
            y = (py + 0.5) / size
            row = pixels[py]
            for px in range(max(0, int(x0 * size) - 1), min(size, int(x1 * size) + 2)):
                # coverage of this pixel: distance in pixels, clamped to a one-pixel ramp
                cover = min(1.0, max(0.0, 0.5 - sdf((px + 0.5) / size, y) * size))
                if cover > 0.0:
                    r, g, b, a = row[px]
                    out_a = cover + a * (1.0 - cover)
                    mix = lambda c, d: (c * cover + d * a * (1.0 - cover)) / out_a
                    row[px] = (mix(colour[0], r), mix(colour[1], g), mix(colour[2], b), out_a)
    return pixels


def png(size):
    raw = bytearray()
    for row in render(size):
        raw.append(0)  # filter type None
        for r, g, b, a in row:
            raw += bytes((round(r), round(g), round(b), round(a * 255)))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def ico(images):
    """Windows .ico holding PNG images (allowed since Windows Vista)."""
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = len(head) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return head + entries + blobs


def icns(images):
    """macOS .icns holding PNG images under their standard type codes."""
    codes = {32: b"ic11", 64: b"ic12", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(codes[size] + struct.pack(">I", len(data) + 8) + data
                    for size, data in images if size in codes)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main():
    images = {size: png(size) for size in (16, 32, 48, 64, 128, 256, 512)}
    (ROOT / "packaging/linux/Clausewise.png").write_bytes(images[256])
    (ROOT / "packaging/windows/Clausewise.ico").write_bytes(
        ico([(s, images[s]) for s in (16, 32, 48, 256)]))
    (ROOT / "packaging/macos/Clausewise.icns").write_bytes(
        icns([(s, images[s]) for s in (32, 64, 128, 256, 512)]))


if __name__ == "__main__":
    main()
