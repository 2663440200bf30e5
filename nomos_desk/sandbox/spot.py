"""A day-ahead-like spot price per 15-minute slot (ct/kWh, net of VAT).

Shape after the German EPEX day-ahead market: a morning and an evening peak,
a night trough, a midday solar dip that turns negative on sunny spring and
summer days (deepest on weekends), higher levels in winter and lower ones on
weekends and holidays. Day-to-day "wind" and "sun" factors make days differ.
Before delivery day 2025-10-01 the auction cleared hourly, so the four
quarter hours of an hour share one price there.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from nomos_desk.sandbox import noise
from nomos_desk.sandbox.profiles import features, is_weekend, is_winter
from nomos_desk.sandbox.timegrid import day_slot

QUARTER_HOUR_SINCE = date(2025, 10, 1)
K_QUARTER_HOUR = day_slot(QUARTER_HOUR_SINCE)


def _bump(h: np.ndarray, centre: float, width: float) -> np.ndarray:
    return np.exp(-0.5 * ((h - centre) / width) ** 2)


def spot_net(seed: int, k0: int, k1: int) -> np.ndarray:
    """Net spot price in ct/kWh for slots [k0, k1), rounded like EPEX (EUR/MWh, 2 decimals)."""
    f = features(k0, k1)
    k = f["k"]
    hourly = k < K_QUARTER_HOUR
    # In the hourly era a slot takes the price of its hour's first quarter.
    price_slot = np.where(hourly, k - (k % 4), k)
    hour = f["sod"] / 4.0 + 0.125
    hour = np.where(hourly, np.floor(hour) + 0.5, hour)
    doy = f["doy"]
    level = 9.0 + 3.0 * np.cos(2 * np.pi * (doy - 15) / 365.0)
    wind = 0.55 + 0.9 * noise.uniform(noise.key(seed, "wind"), f["day"])
    weekend = is_weekend(f)
    level = level * np.where(weekend, 0.8, 1.0) * wind
    daily = (-1.8 * _bump(hour, 3.5, 2.5) + 2.8 * _bump(hour, 8.0, 1.5)
             + np.where(is_winter(f), 4.5, 3.0) * _bump(hour, 19.0, 1.8)) * wind
    sun = 0.5 - 0.5 * np.cos(2 * np.pi * (doy + 10) / 365.0)
    sunny = noise.uniform(noise.key(seed, "sun"), f["day"]) ** 1.5
    dip = (1.0 + 13.0 * sun * sunny) * np.where(weekend, 1.35, 1.0) * _bump(hour, 13.25, 2.4)
    jitter = 0.45 * noise.gauss(noise.key(seed, "spot"), price_slot)
    price = np.clip(level + daily - dip + jitter, -40.0, 90.0)
    return np.round(price, 3)
