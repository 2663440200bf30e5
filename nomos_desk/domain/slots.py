"""A period's quarter hours: usage, whether it is final, and the price in force (Qt-free).

Everything the usage chart and the insights compute starts from these arrays, one
entry per quarter hour of the period (see periods.py). A value that Nomos has not
sent is NaN, never zero: a gap in the data must show as a gap, and a sum must not
pretend to know it. Placing API points on the grid is by their UTC start, so the
23- and 25-hour days need no special case.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from .periods import SLOT_SECONDS, Floats, Period
from .pricing import COMPONENT_TYPES

Bools = npt.NDArray[np.bool_]


def nans(n: int) -> Floats:
    return np.full(n, np.nan, dtype=np.float64)


@dataclass
class Slots:
    period: Period
    kwh: Floats            # usage (or feed-in) per quarter hour; NaN: not (yet) known
    preliminary: Bools     # True where Nomos says the value may still change
    price: Floats          # ct/kWh gross in force; NaN: no price known
    parts: dict[str, Floats] = field(default_factory=dict)  # electricity, grid, levies

    @classmethod
    def empty(cls, period: Period) -> Slots:
        n = period.slots
        return cls(period, nans(n), np.zeros(n, dtype=np.bool_), nans(n),
                   {kind: nans(n) for kind in COMPONENT_TYPES})

    def index_of(self, starts: Floats) -> npt.NDArray[np.int64]:
        """Slot index of each UTC epoch second (may fall outside the period)."""
        return np.floor((starts - self.period.start_epoch) / SLOT_SECONDS).astype(np.int64)

    def put_usage(self, starts: Sequence[float], kwh: Sequence[float],
                  preliminary: Sequence[bool]) -> int:
        """Quarter-hour values into their slots; returns how many landed in the period."""
        index = self.index_of(np.asarray(starts, dtype=np.float64))
        inside = (index >= 0) & (index < self.kwh.size)
        self.kwh[index[inside]] = np.asarray(kwh, dtype=np.float64)[inside]
        self.preliminary[index[inside]] = np.asarray(preliminary, dtype=np.bool_)[inside]
        return int(inside.sum())

    def put_prices(self, starts: Sequence[float], total: Sequence[float],
                   parts: Mapping[str, Sequence[float]], step_seconds: int) -> None:
        """Price items into the slots they cover: an hourly price (before October 2025
        the day-ahead auction cleared hourly) stands for its four quarter hours."""
        repeat = max(1, step_seconds // SLOT_SECONDS)
        first = self.index_of(np.asarray(starts, dtype=np.float64))
        index = (first[:, None] + np.arange(repeat)[None, :]).ravel()
        inside = (index >= 0) & (index < self.price.size)
        target = index[inside]
        self.price[target] = np.repeat(np.asarray(total, dtype=np.float64), repeat)[inside]
        for kind, values in parts.items():
            self.parts[kind][target] = np.repeat(np.asarray(values, dtype=np.float64),
                                                 repeat)[inside]

