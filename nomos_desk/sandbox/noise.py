"""Random-access deterministic noise: a value is a pure function of (key, index).

Series are served for arbitrary date ranges; a sequential RNG would make the
value of a slot depend on where the request started. Hashing (key, slot) with
SplitMix64 gives the same number for a slot whatever range asked for it.
"""

from __future__ import annotations

import hashlib

import numpy as np

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_S30, _S27, _S31, _S11 = (np.uint64(s) for s in (30, 27, 31, 11))


def key(*parts: object) -> int:
    """A stable 64-bit key (Python's hash() is salted per process, so not usable)."""
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def _mix(x: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        x = x + _GOLDEN
        x = (x ^ (x >> _S30)) * _M1
        x = (x ^ (x >> _S27)) * _M2
    return x ^ (x >> _S31)


def uniform(k: int, index: np.ndarray) -> np.ndarray:
    """Uniform [0, 1) per index."""
    x = _mix(index.astype(np.int64).astype(np.uint64) ^ np.uint64(k))
    return (x >> _S11).astype(np.float64) * (1.0 / 9007199254740992.0)


def gauss(k: int, index: np.ndarray) -> np.ndarray:
    """Roughly standard normal per index (Irwin-Hall of three uniforms, mean 0, sd 1)."""
    u = uniform(k, index) + uniform(k ^ 0x5851F42D4C957F2D, index) \
        + uniform(k ^ 0x14057B7EF767814F, index)
    return (u - 1.5) * 2.0
