"""Random-access deterministic noise: a value is a pure function of (key, index).

Series are served for arbitrary date ranges; a sequential RNG would make the
value of a slot depend on where the request started. A table of SplitMix64
hashes, built once, is indexed by (index + key offset): the same number for a
slot whatever range asked for it, at the cost of one gather per array (hashing
every slot anew made the generator's per-variant sums three times slower).
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


_TABLE_BITS = 20  # 2**20 slots: the pattern would repeat only after ~30 years of quarter hours
_MASK = (1 << _TABLE_BITS) - 1


def _hash_uniform(seed: int, n: int) -> np.ndarray:
    x = _mix(np.arange(n, dtype=np.uint64) ^ np.uint64(seed))
    return (x >> _S11).astype(np.float64) * (1.0 / 9007199254740992.0)


_UNIFORM = _hash_uniform(0x243F6A8885A308D3, 1 << _TABLE_BITS)
# Irwin-Hall of three uniforms: mean 0, sd 1, bounded at +-3.5.
_GAUSS = (_hash_uniform(0x13198A2E03707344, 1 << _TABLE_BITS)
          + _hash_uniform(0xA4093822299F31D0, 1 << _TABLE_BITS)
          + _hash_uniform(0x082EFA98EC4E6C89, 1 << _TABLE_BITS) - 1.5) * 2.0


def _positions(k: int, index: np.ndarray) -> np.ndarray:
    return (index.astype(np.int64) + (k & _MASK)) & _MASK


def uniform(k: int, index: np.ndarray) -> np.ndarray:
    """Uniform [0, 1) per index."""
    return _UNIFORM[_positions(k, index)]


def gauss(k: int, index: np.ndarray) -> np.ndarray:
    """Roughly standard normal per index."""
    return _GAUSS[_positions(k, index)]
