"""Usage and price series computed on the fly (never stored) and their API shapes.

One code path serves both the API and the generator: a subscription's usage
per slot is ``yearly_kwh * profiles.shape(...)`` and its price per slot is
``energy + grid + levies`` from the spot series, so the invoices the generator
writes from day sums equal what a client recomputes from these responses.
Subscriptions carry their private facts under ``_sandbox``: ``seed``,
``profile``, ``variant``, ``yearly_kwh`` (see `usage_facts` for the defaults).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import numpy as np

from nomos_desk.sandbox import profiles, tariffs
from nomos_desk.sandbox.spot import K_QUARTER_HOUR, QUARTER_HOUR_SINCE, spot_net
from nomos_desk.sandbox.timegrid import (
    add_months,
    day_slot,
    iso,
    local_date,
    month_start,
    parse_iso,
    slot_of,
    slot_time,
    to_berlin,
)

RESOLUTIONS = ("auto", "15min", "hour", "day", "week", "month")
PRELIMINARY_DAYS = 3  # smart-meter values stay preliminary until the MSB confirms them
PRICE_PUBLICATION_HOUR = 13  # day-ahead results are out by early afternoon (Berlin)


# -- private facts, with defaults for rows the generator did not write -------------------
_PROFILE_ALIASES = {"H0": "household", "H25": "household", "P25": "pv_feed_in"}


def usage_facts(sub: dict[str, Any]) -> tuple[int, str, int, float]:
    """(seed, profile, variant, yearly kWh) of a subscription.

    Subscriptions created through the API (or by test builders) lack some of
    these; they get a household (or PV) profile, a variant derived from the id
    and their estimated usage, so every subscription has a stable series.
    """
    sb = sub.get("_sandbox") or {}
    profile = sb.get("profile") or ("pv_feed_in" if sub.get("type") == "feed_in" else "household")
    profile = _PROFILE_ALIASES.get(profile, profile)
    if profile not in profiles.PROFILES:
        profile = "household"
    variant = sb.get("variant")
    if variant is None:
        variant = sum(str(sub.get("id", "")).encode()) % profiles.N_VARIANTS
    yearly = sb.get("yearly_kwh") or sub.get("estimated_usage") or 0.0
    return int(sb.get("seed", 1)), profile, int(variant) % profiles.N_VARIANTS, float(yearly)


def plan_facts(plan: dict[str, Any]) -> dict[str, Any]:
    """A plan's pricing facts; a plan without them is priced dynamically at spot."""
    sb = dict(plan.get("_sandbox") or {})
    sb.setdefault("pricing", "feed_in" if plan.get("type") == "feed_in" else "dynamic")
    if sb["pricing"] == "fixed" and "energy_ct" not in sb:
        sb["energy_ct"] = 15.0
    sb.setdefault("seed", 1)
    return sb


# -- prices ---------------------------------------------------------------------------
def energy_ct(plan_sandbox: dict[str, Any], spot: np.ndarray) -> np.ndarray:
    """Gross energy (or feed-in payout) in ct/kWh per slot for a plan."""
    pricing = plan_sandbox["pricing"]
    if pricing == "fixed":
        return np.full(spot.shape, float(plan_sandbox["energy_ct"]))
    if pricing == "feed_in":
        # No payout for negative hours (§51 EEG), minus the marketing fee.
        return np.round(np.clip(spot - plan_sandbox.get("fee_ct", 0.0), 0.0, None)
                        * (1 + tariffs.VAT), 4)
    return np.round((spot + plan_sandbox.get("margin_ct", 0.0)) * (1 + tariffs.VAT), 4)


def per_kwh_fees(plan: dict[str, Any], zip_code: str) -> tuple[float, float]:
    """(grid, levies) in ct/kWh gross; feed-in pays neither."""
    if tariffs.plan_is_feed_in(plan):
        return 0.0, 0.0
    return tariffs.grid_fees(zip_code)[0], tariffs.levies_total_ct()


@lru_cache(maxsize=8)
def _spot_cached(seed: int, k0: int, k1: int) -> np.ndarray:
    return spot_net(seed, k0, k1)


def price_horizon(now: datetime) -> date:
    """First local day without published prices."""
    local = to_berlin(now)
    published_tomorrow = local.hour >= PRICE_PUBLICATION_HOUR
    return local.date() + timedelta(days=2 if published_tomorrow else 1)


def prices_response(sub: dict[str, Any], plan: dict[str, Any], start: date | None,
                    end: date | None, now: datetime) -> dict[str, Any]:
    """The curie Price object for local days start..end (both inclusive; default today)."""
    start = start or local_date(now)
    end = end or start
    if end < start:
        raise ValueError("end must not be before start")
    quarter = end >= QUARTER_HOUR_SINCE
    out: dict[str, Any] = {
        "object": "price", "subscription": sub["id"],
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "unit": "ct/kWh", "currency": "EUR",
        "resolution": "15min" if quarter else "hourly",
        "reference": "EPEX Day-Ahead 15min" if quarter else "EPEX Day-Ahead Hourly",
        "items": None,
    }
    if sub.get("status") != "active":
        return out
    last = min(end + timedelta(days=1), price_horizon(now))
    k0, k1 = day_slot(start), day_slot(last) if last > start else day_slot(start)
    seed = usage_facts(sub)[0]
    spot = spot_net(seed, k0, k1)
    energy = energy_ct(plan_facts(plan), spot)
    grid, levies = per_kwh_fees(plan, sub["address"]["zip"])
    items = []
    for i, k in enumerate(range(k0, k1)):
        if k < K_QUARTER_HOUR and k % 4:
            continue  # hourly era: one item per hour
        e = float(energy[i])
        items.append({"timestamp": iso(slot_time(k)), "amount": round(e + grid + levies, 4),
                      "components": [{"type": "electricity", "amount": e},
                                     {"type": "grid", "amount": grid},
                                     {"type": "levies", "amount": levies}]})
    out["items"] = items
    return out


@lru_cache(maxsize=16)
def epex_12m_avg_ct(seed: int, month: date) -> float:
    """Gross mean spot price over the 12 months before `month` (quote vocabulary)."""
    k0, k1 = day_slot(add_months(month, -12)), day_slot(month)
    return round(float(spot_net(seed, k0, k1).mean()) * (1 + tariffs.VAT), 4)


# -- usage ----------------------------------------------------------------------------
def _delivery_window(sub: dict[str, Any]) -> tuple[int, int]:
    start_at, end_at = sub.get("start_at"), sub.get("end_at")
    k_start = slot_of(parse_iso(start_at)) if start_at else 2**62
    k_end = slot_of(parse_iso(end_at)) if end_at else 2**62
    return k_start, k_end


def usage_slots(sub: dict[str, Any], k0: int, k1: int) -> np.ndarray:
    """kWh per slot in [k0, k1), zero outside the delivery window."""
    seed, profile, variant, yearly = usage_facts(sub)
    values = yearly * profiles.shape(seed, profile, variant, k0, k1)
    k_start, k_end = _delivery_window(sub)
    k = np.arange(k0, k1)
    values[(k < k_start) | (k >= k_end)] = 0.0
    return values


def _auto_resolution(days: int) -> str:
    if days <= 2:
        return "15min"
    if days <= 14:
        return "hour"
    if days <= 92:
        return "day"
    return "month"


def _bucket_starts(start: date, end: date, resolution: str) -> list[date]:
    """Local calendar boundaries (dates) of the buckets covering [start, end)."""
    starts = [start]
    d = start
    while True:
        if resolution == "day":
            d = d + timedelta(days=1)
        elif resolution == "week":
            d = d + timedelta(days=7 - d.weekday())
        else:
            d = add_months(d, 1)
        if d >= end:
            return starts
        starts.append(d)


def usage_response(sub: dict[str, Any], start: date | None, end: date | None,
                   resolution: str | None, now: datetime) -> dict[str, Any]:
    """The curie usage object of GET /subscriptions/{id}/usage (end exclusive)."""
    resolution = resolution or "auto"
    if resolution not in RESOLUTIONS:
        raise ValueError(f"resolution must be one of {', '.join(RESOLUTIONS)}")
    meter_type = sub["meter"]["type"]
    today = local_date(now)
    k_start, k_end = _delivery_window(sub)
    defaults = start is None and end is None
    if meter_type == "smart":
        start = start or today - timedelta(days=1)
        end = end or today
        available_until = today
    else:
        sub_start = local_date(slot_time(k_start)) if k_start < 2**62 else today
        start = start or max(sub_start, add_months(today, -12))
        end = end or month_start(today)
        available_until = month_start(today)  # analog: whole months, estimated at month end
    if end <= start:
        if defaults:
            # e.g. an analog meter that started this month: no whole month yet, no data.
            return {"object": "usage", "meter_type": meter_type,
                    "resolution": "month" if meter_type != "smart" else "15min", "data": []}
        raise ValueError("end must be after start")
    if meter_type != "smart":
        resolution = "month"
    elif resolution == "auto":
        resolution = _auto_resolution((end - start).days)
    data: list[dict[str, Any]] = []
    stop = min(end, available_until)
    if stop > start:
        data = _aggregate(sub, start, stop, resolution, today, meter_type, k_start, k_end)
    return {"object": "usage", "meter_type": meter_type, "resolution": resolution, "data": data}


def _aggregate(sub: dict[str, Any], start: date, stop: date, resolution: str, today: date,
               meter_type: str, k_start: int, k_end: int) -> list[dict[str, Any]]:
    k0, k1 = day_slot(start), day_slot(stop)
    values = usage_slots(sub, k0, k1)
    preliminary_from = day_slot(today - timedelta(days=PRELIMINARY_DAYS))
    if meter_type != "smart":
        preliminary_from = day_slot(add_months(today, -1))  # last month is an estimate
    if resolution in ("15min", "hour"):
        step = 1 if resolution == "15min" else 4
        # Hours are aligned to UTC hours, which are whole Berlin hours too.
        first = k0 - (k0 % step)
        bounds = list(range(first, k1, step))
        bounds[0] = k0
    else:
        bounds = [day_slot(d) for d in _bucket_starts(start, stop, resolution)]
    sums: np.ndarray | list[float] = (
        np.add.reduceat(values, [b - k0 for b in bounds]) if values.size else [])
    out = []
    for i, b in enumerate(bounds):
        b_end = bounds[i + 1] if i + 1 < len(bounds) else k1
        if b_end <= k_start or b >= k_end:
            continue  # no delivery in this bucket: no data point at all
        kind = "preliminary" if b_end > preliminary_from else "final"
        out.append({"start": iso(slot_time(max(b, k_start))), "usage": round(float(sums[i]), 4),
                    "type": kind})
    return out


# -- sums for the generator ------------------------------------------------------------
@lru_cache(maxsize=8)
def _day_offsets(first: date, stop: date) -> list[int]:
    """Slot offsets of each local midnight in [first, stop) from the first one."""
    k0 = day_slot(first)
    return [day_slot(first + timedelta(days=i)) - k0 for i in range((stop - first).days)]


@lru_cache(maxsize=512)
def day_sums(seed: int, profile: str, variant: int, first: date, stop: date,
             energy_keys: tuple[tuple[tuple[str, Any], ...], ...]) -> dict[Any, np.ndarray]:
    """Per local day in [first, stop): Σ shape and Σ shape * energy_ct for each plan pricing.

    `energy_keys` are plan `_sandbox` dicts frozen as sorted item tuples.
    Multiply by a subscription's yearly kWh to get its kWh and ct.
    """
    k0, k1 = day_slot(first), day_slot(stop)
    shp = profiles.shape(seed, profile, variant, k0, k1)
    rows = np.vstack([shp] + [shp * _energy_cached(seed, k0, k1, key) for key in energy_keys])
    sums = np.add.reduceat(rows, _day_offsets(first, stop), axis=1)
    out: dict[Any, np.ndarray] = {"usage": sums[0]}
    for i, key in enumerate(energy_keys, 1):
        out[key] = sums[i]
    return out


@lru_cache(maxsize=16)
def _energy_cached(seed: int, k0: int, k1: int, key: tuple) -> np.ndarray:
    """A plan's energy price per slot: the same for every profile variant, so computed once."""
    return energy_ct(dict(key), _spot_cached(seed, k0, k1))
