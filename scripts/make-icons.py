"""Draws the toolbar icons: a blue rounded square with a white envelope and a clock hand.
Deliberately not the NHS lozenge (a trade mark). Run: python3 scripts/make-icons.py"""
import math, struct, zlib, pathlib

BLUE = (0, 94, 184)
WHITE = (255, 255, 255)
YELLOW = (255, 184, 28)

def draw(size):
    px = []
    r = size * 0.18
    for y in range(size):
        row = []
        for x in range(size):
            cx, cy = x + 0.5, y + 0.5
            # rounded square mask
            dx = max(r - cx, 0, cx - (size - r))
            dy = max(r - cy, 0, cy - (size - r))
            inside = dx * dx + dy * dy <= r * r
            if not inside:
                row.append((0, 0, 0, 0)); continue
            colour = BLUE
            # envelope body
            l, t, rr, b = size * 0.16, size * 0.28, size * 0.84, size * 0.72
            stroke = max(1.0, size * 0.06)
            on_rect = (l <= cx <= rr and t <= cy <= b) and (
                cx - l < stroke or rr - cx < stroke or cy - t < stroke or b - cy < stroke)
            # flap: two lines from the top corners to the centre
            mx, my = size * 0.5, size * 0.52
            def near(x0, y0, x1, y1):
                vx, vy = x1 - x0, y1 - y0
                t_ = max(0, min(1, ((cx - x0) * vx + (cy - y0) * vy) / (vx * vx + vy * vy)))
                return math.hypot(cx - (x0 + t_ * vx), cy - (y0 + t_ * vy)) < stroke * 0.6
            on_flap = near(l, t, mx, my) or near(rr, t, mx, my)
            if on_rect or on_flap:
                colour = WHITE
            # a small warm-yellow dot: a reminder
            if math.hypot(cx - size * 0.8, cy - size * 0.24) < size * 0.13:
                colour = YELLOW
            row.append(colour + (255,))
        px.append(row)
    return px

def png(size, path):
    rows = b''.join(b'\x00' + bytes(sum((list(p) for p in row), [])) for row in draw(size))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
    data += chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
    pathlib.Path(path).write_bytes(data)

for s in (16, 32, 48, 96, 128):
    png(s, f'public/icon/{s}.png')
