#!/usr/bin/env python3
"""Checks that a screenshot of the window shows a real comparison, not a blank or failed window.

    python3 packaging/ci/check-screenshot.py SHOT.png

Reads the PNG with zlib only (no imaging library on CI machines) and requires: a window-sized
image; many distinct colours (anti-aliased text); a good share of pixels that are not background;
and both red-tinted and green-tinted fills, the deletions and insertions the viewer marks (so the
pair compared must have changes on its first screen: CI uses the 61st and 69th sessions). Only
colours that cover many pixels count as fills: sub-pixel text smoothing puts red and green fringes
around any text.
Prints one line with the figures; exits 1 with the reason when a check fails.
"""
import struct
import sys
import zlib
from collections import Counter

# The 61st -> 69th session comparison at 1440x900 measures about 13 000 colours, 48 % non-background,
# 8 200 red-tinted and 36 000 green-tinted fill pixels; everything outside the viewer (sidebar, change
# counts, legend) about 2 100 and 1 200, under MIN_TINTED; the 67th session draft -> adopted text,
# with only four small changes, measures 2 400 and 1 300 and fails, as it should.
MIN_WIDTH, MIN_HEIGHT = 640, 400
MIN_COLOURS = 256
MIN_FOREGROUND = 0.03     # share of pixels that differ from the most common colour
MIN_TINTED = 4000         # fill pixels tinted red (deleted) and green (inserted), each
FILL = 200                # a colour covering this many pixels is a fill, not a text-smoothing fringe


def read_png(path):
    """Returns (width, height, rows) with rows as lists of (r, g, b) for 8-bit RGB/RGBA PNGs."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, bytearray(), None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG layout (depth {depth}, colour type {colour_type}, interlace {interlace})")
    bpp = 4 if colour_type == 6 else 3
    raw = zlib.decompress(bytes(idat))
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        unfilter(kind, line, prev, bpp)
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, bpp)])
        prev = line
    return width, height, rows


def unfilter(kind, line, prev, bpp):
    if kind == 0:
        return
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        up = prev[i]
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + up) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
        elif kind == 4:
            up_left = prev[i - bpp] if i >= bpp else 0
            p = left + up - up_left
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
            pred = left if pa <= pb and pa <= pc else (up if pb <= pc else up_left)
            line[i] = (line[i] + pred) & 0xFF
        else:
            raise ValueError(f"bad PNG filter type {kind}")


def main(path):
    try:
        width, height, rows = read_png(path)
    except (OSError, ValueError, zlib.error, struct.error, TypeError) as e:
        print(f"check-screenshot: {path}: cannot read PNG: {e}")
        return 1
    counts = Counter(pixel for row in rows for pixel in row)
    total = width * height
    foreground = 1.0 - counts.most_common(1)[0][1] / total
    fills = {pixel: n for pixel, n in counts.items() if n >= FILL}
    reddish = sum(n for (r, g, b), n in fills.items() if r - max(g, b) >= 20)
    greenish = sum(n for (r, g, b), n in fills.items() if g - max(r, b) >= 20)
    print(f"check-screenshot: {path}: {width}x{height}, {len(counts)} colours, "
          f"{foreground:.1%} non-background, {reddish} red-tinted and {greenish} green-tinted fill pixels")
    failures = []
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        failures.append(f"image is {width}x{height}, smaller than a window")
    if len(counts) < MIN_COLOURS:
        failures.append(f"only {len(counts)} colours: no text drawn")
    if foreground < MIN_FOREGROUND:
        failures.append(f"only {foreground:.1%} of pixels differ from the background: blank window")
    if reddish < MIN_TINTED or greenish < MIN_TINTED:
        failures.append("no red deletions and green insertions visible: no comparison shown")
    for failure in failures:
        print(f"check-screenshot: FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: check-screenshot.py SHOT.png")
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
