"""Load shapes per 15-minute slot: household (H25-like), heat pump, wallbox, PV.

A subscription's usage is ``yearly_kwh * shape(seed, profile, variant)``; a
shape sums to roughly 1 over a year. Only a small set of variants exists per
profile, so the generator can compute monthly sums once per variant and scale
them, while the API serves the very same per-slot numbers.
"""

from __future__ import annotations

from functools import cache, lru_cache

import numpy as np

from nomos_desk.sandbox import noise
from nomos_desk.sandbox.timegrid import (
    SATURDAY,
    SLOTS_PER_YEAR,
    SUNDAY,
    WINTER,
    calendar_arrays,
    day_slot,
    local_minutes,
)

PROFILES = ("household", "heat_pump", "ev", "pv_feed_in")
N_VARIANTS = 32

# Hourly household load in W per 1,000 kWh/year, after the BDEW H0/H25 tables:
# [season][day type] with seasons winter, summer, transition and day types
# weekday, Saturday, Sunday/holiday. Night minimum, morning rise, a midday
# (cooking) peak that is strongest on Sundays, and an evening peak that is
# highest in winter.
_HH = np.array([
    [  # winter
        [70, 58, 52, 50, 52, 62, 98, 135, 140, 128, 124, 130, 150, 142, 126, 120, 132, 168, 205, 214, 200, 178, 140, 100],
        [80, 66, 56, 52, 52, 56, 70, 100, 138, 158, 164, 170, 182, 170, 150, 140, 146, 172, 204, 210, 196, 178, 150, 112],
        [86, 70, 58, 54, 52, 54, 62, 80, 112, 148, 170, 190, 208, 190, 160, 146, 150, 170, 200, 206, 192, 172, 140, 104],
    ],
    [  # summer
        [74, 62, 56, 54, 54, 62, 90, 116, 120, 116, 116, 124, 140, 134, 120, 114, 118, 136, 152, 160, 168, 170, 142, 104],
        [84, 70, 60, 56, 54, 56, 66, 90, 120, 138, 146, 154, 166, 156, 138, 128, 130, 142, 154, 160, 166, 168, 148, 112],
        [88, 72, 62, 56, 54, 54, 60, 76, 104, 134, 152, 170, 188, 172, 146, 134, 134, 144, 154, 160, 166, 164, 140, 106],
    ],
    [  # transition
        [72, 60, 54, 52, 53, 62, 95, 126, 130, 122, 120, 127, 145, 138, 123, 117, 125, 152, 178, 190, 186, 174, 141, 102],
        [82, 68, 58, 54, 53, 56, 68, 95, 129, 148, 155, 162, 174, 163, 144, 134, 138, 157, 179, 185, 181, 173, 149, 112],
        [87, 71, 60, 55, 53, 54, 61, 78, 108, 141, 161, 180, 198, 181, 153, 140, 142, 157, 177, 183, 179, 168, 140, 105],
    ],
], dtype=np.float64)

# Heat pump: more at night and early morning (coldest hours), small midday dip
# (solar gains); the daily total follows heating degree days.
_HP_HOURLY = np.array([1.15, 1.18, 1.2, 1.22, 1.22, 1.2, 1.15, 1.1, 1.02, 0.95, 0.88, 0.82,
                       0.78, 0.76, 0.78, 0.82, 0.88, 0.95, 1.0, 1.04, 1.06, 1.08, 1.1, 1.12])


def _hourly_to_slots(hourly: np.ndarray) -> np.ndarray:
    """Periodic linear interpolation of hour-mean values onto 96 quarter hours."""
    x = np.arange(24) + 0.5
    xs = np.arange(96) / 4 + 0.125
    return np.interp(xs, x, hourly, period=24)


_HH_SLOTS = np.stack([np.stack([_hourly_to_slots(_HH[s, d]) for d in range(3)]) for s in range(3)])
_HP_SLOTS = _hourly_to_slots(_HP_HOURLY)


@lru_cache(maxsize=8)
def _features(k0: int, k1: int) -> dict[str, np.ndarray]:
    """Per-slot calendar facts for [k0, k1); cached because every variant reuses them."""
    k = np.arange(k0, k1, dtype=np.int64)
    lm = local_minutes(k)
    day = lm // 1440
    sod = (lm % 1440) // 15
    first = int(day[0]) if k.size else 0
    days = np.arange(first, (int(day[-1]) + 1) if k.size else first, dtype=np.int64)
    cal = calendar_arrays(days)
    inv = day - first
    return {"k": k, "day": day, "sod": sod, "days": days, "inv": inv,
            "day_type": cal["day_type"][inv], "season": cal["season"][inv],
            "doy": cal["doy"][inv], "utc_hour": (k % 96) / 4.0 + 0.125}


def _household(key: int, f: dict[str, np.ndarray]) -> np.ndarray:
    base = _HH_SLOTS[f["season"], f["day_type"], f["sod"]]
    # H25's dynamisation: within a season, January is heavier than March.
    base = base * (1.0 + 0.1 * np.cos(2 * np.pi * (f["doy"] - 15) / 365.0))
    day_factor = 0.85 + 0.3 * noise.uniform(key ^ 1, f["day"])
    slot = np.clip(1.0 + 0.3 * noise.gauss(key ^ 2, f["k"]), 0.25, None)
    return base * day_factor * slot


def _temperature(key: int, f: dict[str, np.ndarray]) -> np.ndarray:
    """Daily mean outdoor temperature: ~0 °C late January, ~19 °C late July, +-3 K weather."""
    return 9.5 - 9.5 * np.cos(2 * np.pi * (f["doy"] - 20) / 365.0) \
        + 3.0 * noise.gauss(key ^ 3, f["day"])


def _heat_pump(key: int, f: dict[str, np.ndarray]) -> np.ndarray:
    degree = np.clip(15.0 - _temperature(key, f), 0.0, None)
    hot_water = 1.5
    slot = np.clip(1.0 + 0.12 * noise.gauss(key ^ 4, f["k"]), 0.5, None)
    return (degree + hot_water) * _HP_SLOTS[f["sod"]] * slot


def _charging_block(key: int, days: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per day: charges?, first slot (17:00-22:45 local), length (1-3.25 h at 11 kW)."""
    charges = noise.uniform(key ^ 5, days) < 0.3
    start = 68 + (noise.uniform(key ^ 6, days) * 24).astype(np.int64)
    length = 4 + (noise.uniform(key ^ 7, days) * 10).astype(np.int64)
    return charges, start, length


def _wallbox(key: int, f: dict[str, np.ndarray]) -> np.ndarray:
    sod, day = f["sod"], f["day"]
    on_today, s0, n0 = _charging_block(key, day)
    on_prev, s1, n1 = _charging_block(key, day - 1)
    today = on_today & (sod >= s0) & (sod < s0 + n0)
    carried = on_prev & (sod + 96 < s1 + n1)  # a block that started yesterday evening
    return (today | carried).astype(np.float64)


def _pv(key: int, f: dict[str, np.ndarray]) -> np.ndarray:
    doy = f["doy"]
    # Solar noon in Germany is ~11:20 UTC all year; the day is ~8 h long in
    # December and ~16.5 h in June.
    half_width = 6.1 - 2.1 * np.cos(2 * np.pi * (doy + 10) / 365.0)
    x = (f["utc_hour"] - 11.33) / half_width
    bell = np.where(np.abs(x) < 1.0, np.cos(np.pi / 2 * np.clip(x, -1, 1)) ** 1.5, 0.0)
    elevation = 0.2 + 0.8 * (0.5 - 0.5 * np.cos(2 * np.pi * (doy + 10) / 365.0))
    clouds = 0.15 + 0.85 * noise.uniform(key ^ 8, f["day"]) ** 0.6
    passing = np.clip(1.0 + 0.12 * noise.gauss(key ^ 9, f["k"]), 0.3, None)
    return bell * elevation * clouds * passing


_PARTS = {"household": _household, "heat": _heat_pump, "ev": _wallbox, "pv": _pv}


@cache
def _part_mean(part: str) -> float:
    """Mean of a part over a reference year, so parts can be mixed by energy share."""
    from datetime import date
    k0, k1 = day_slot(date(2025, 1, 1)), day_slot(date(2026, 1, 1))
    return float(_PARTS[part](noise.key("norm", part), _features(k0, k1)).mean())


def mix(seed: int, profile: str, variant: int) -> dict[str, float]:
    """Energy share of each part for a profile variant (heat pumps 55-70 % of a household's total)."""
    u = float(noise.uniform(noise.key(seed, profile, variant, "mix"), np.zeros(1))[0])
    if profile == "household":
        return {"household": 1.0}
    if profile == "heat_pump":
        return {"household": 0.3 + 0.15 * u, "heat": 0.7 - 0.15 * u}
    if profile == "ev":
        return {"household": 0.55 + 0.15 * u, "ev": 0.45 - 0.15 * u}
    if profile == "pv_feed_in":
        return {"pv": 1.0}
    raise ValueError(f"unknown profile {profile!r}")


def shape(seed: int, profile: str, variant: int, k0: int, k1: int) -> np.ndarray:
    """Share of yearly energy per slot in [k0, k1); a year sums to roughly 1."""
    f = _features(k0, k1)
    out = np.zeros(k1 - k0, dtype=np.float64)
    for part, share in mix(seed, profile, variant).items():
        k = noise.key(seed, profile, variant, part)
        out += _PARTS[part](k, f) * (share / _part_mean(part))
    return out / SLOTS_PER_YEAR


def is_winter(f: dict[str, np.ndarray]) -> np.ndarray:
    return f["season"] == WINTER


def is_weekend(f: dict[str, np.ndarray]) -> np.ndarray:
    return (f["day_type"] == SATURDAY) | (f["day_type"] == SUNDAY)


features = _features
