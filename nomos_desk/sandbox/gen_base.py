"""Shared state of one generator run: seeded random streams, ids, clock helpers.

Each part of the dataset draws from its own named stream, so adding a field
to, say, leads does not reshuffle every customer of an existing seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import numpy as np

from nomos_desk.sandbox import noise
from nomos_desk.sandbox.timegrid import from_berlin, iso, local_date

_ALPHABET = np.frombuffer(b"0123456789abcdefghijklmnopqrstuvwxyz", dtype=np.uint8)
_UPPER = np.frombuffer(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", dtype=np.uint8)
ID_LENGTH = 24
HISTORY_MONTHS = 12  # invoices and readings; each month costs ~75 MB at 100k customers
EVENT_RETENTION_DAYS = 30  # like Nomos' event log, and it keeps the db small


class IdPool:
    """Ids 'prefix_' + 24 lowercase base36 chars, drawn in bulk (numpy) for speed."""

    def __init__(self, seed: int, prefix: str, upper: bool = False, length: int = ID_LENGTH,
                 sep: str = "_") -> None:
        self._rng = np.random.default_rng(noise.key(seed, "ids", prefix))
        self._head = prefix + sep if prefix else ""
        self._alphabet = _UPPER if upper else _ALPHABET
        self._length = length
        self._buf: list[str] = []

    def __call__(self) -> str:
        if not self._buf:
            idx = self._rng.integers(0, 36, size=(4096, self._length), dtype=np.uint8)
            raw = self._alphabet[idx].tobytes().decode("ascii")
            n = self._length
            self._buf = [raw[i:i + n] for i in range(0, len(raw), n)][::-1]
        return self._head + self._buf.pop()


@dataclass
class Ctx:
    seed: int
    now: datetime
    customers: int
    history_months: int = HISTORY_MONTHS
    streams: dict[str, random.Random] = field(default_factory=dict)
    ids: dict[str, IdPool] = field(default_factory=dict)
    # State that spans customer chunks: uniqueness sets and "show every case first" counters.
    emails: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    counters: dict[str, int] = field(default_factory=dict)
    today: date = field(init=False)

    def __post_init__(self) -> None:
        self.today = local_date(self.now)

    def rng(self, name: str) -> random.Random:
        if name not in self.streams:
            self.streams[name] = random.Random(f"{self.seed}:{name}")
        return self.streams[name]

    def bump(self, name: str) -> int:
        """Return a counter's value, then increment it."""
        n = self.counters.get(name, 0)
        self.counters[name] = n + 1
        return n

    def new_id(self, prefix: str) -> str:
        if prefix not in self.ids:
            self.ids[prefix] = IdPool(self.seed, prefix)
        return self.ids[prefix]()


def between(rng: random.Random, a: datetime, b: datetime) -> datetime:
    """A random instant in [a, b], to the millisecond (one draw: this runs millions of times)."""
    if b <= a:
        return a
    span_ms = (b - a) // _MS
    return a + _MS * int(rng.random() * (span_ms + 1))


_MS = timedelta(milliseconds=1)
_OFFICE_MS = 15 * 3600 * 1000


@lru_cache(maxsize=8192)
def _office_opens(d: date) -> datetime:
    # 07:00 Berlin in UTC; the clock changes at 02:00/03:00, so the whole office day
    # shares this offset.
    return from_berlin(datetime(d.year, d.month, d.day, 7))


def office_time(rng: random.Random, d: date) -> datetime:
    """A plausible office-hours instant (07:00-21:59 Berlin) on day `d`, in UTC."""
    return _office_opens(d) + _MS * int(rng.random() * _OFFICE_MS)


def ts(dt: datetime | None) -> str | None:
    return iso(dt) if dt is not None else None


@lru_cache(maxsize=64)
def _cumulative(options: tuple[tuple[Any, float], ...]) -> tuple[list[Any], list[float]]:
    keys, total, cum = [], 0.0, []
    for key, weight in options:
        total += weight
        keys.append(key)
        cum.append(total)
    return keys, cum


def weighted(rng: random.Random, options: dict[Any, float]) -> Any:
    """One weighted pick (cumulative weights cached: this runs per subscription)."""
    keys, cum = _cumulative(tuple(options.items()))
    return rng.choices(keys, cum_weights=cum)[0]


class EventLog:
    """Events inside the retention window; older or future ones are dropped on arrival,
    so a 100k-customer run does not hold millions of them in memory."""

    def __init__(self, now: datetime, days: int = EVENT_RETENTION_DAYS) -> None:
        self.since, self.now = now - timedelta(days=days), now
        self.items: list[tuple[datetime, str, dict[str, str]]] = []

    def append(self, event: tuple[datetime, str, dict[str, str]]) -> None:
        if self.since <= event[0] <= self.now:
            self.items.append(event)
