#!/usr/bin/env python3
"""Generates the two short checkout chimes (paid, failed) as 16-bit mono WAV files.

Run once: python3 assets/sounds/make_chimes.py src/main/resources/dev/kaikei/ui/sounds
"""
import math
import struct
import sys
import wave

RATE = 44100


def tone(freq, length, amp, partials=((1, 1.0), (2, 0.35), (3, 0.12))):
    """A bell-like note: a few harmonics with a fast attack and an exponential decay."""
    out = []
    for i in range(int(length * RATE)):
        t = i / RATE
        env = min(1.0, t / 0.006) * math.exp(-t * 5.5)
        out.append(amp * env * sum(a * math.sin(2 * math.pi * freq * k * t) for k, a in partials))
    return out


def render(notes, total):
    buf = [0.0] * int(total * RATE)
    for freq, start, length, amp in notes:
        offset = int(start * RATE)
        for i, v in enumerate(tone(freq, length, amp)):
            if offset + i < len(buf):
                buf[offset + i] += v
    peak = max(abs(v) for v in buf) or 1.0
    fade = int(0.02 * RATE)
    for i in range(fade):
        buf[-1 - i] *= i / fade
    return [int(32767 * 0.8 * v / peak) for v in buf]


def write(path, samples):
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", s) for s in samples))


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    # Paid: a bright rising major third then fifth (E6, G#6, B6).
    write(f"{out}/paid.wav", render([(1318.5, 0.0, 0.7, 1.0), (1661.2, 0.12, 0.7, 0.9), (1975.5, 0.24, 0.8, 0.8)], 1.0))
    # Failed: two soft falling notes (A4 then F4), lower and calmer, not alarming.
    write(f"{out}/failed.wav", render([(440.0, 0.0, 0.5, 1.0), (349.2, 0.22, 0.6, 1.0)], 0.85))
