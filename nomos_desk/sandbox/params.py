"""Query parameters read strictly: one value each, ASCII digits, dates a calendar can hold.

Nomos validates queries with zod: a repeated parameter arrives as an array and
fails, `Number("１０")` is NaN, and a pattern's `\\d` means 0-9 only. Python is more
forgiving (`float("１_0")` parses, `\\d` matches Arabic-Indic digits), so routes read
their parameters through here instead of calling float()/date.fromisoformat themselves.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from .errors import ApiError
from .timeutil import EARLIEST_DAY, LATEST_DAY

NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

Query = list[tuple[str, str]]


def query_items(request: Any) -> Query:
    """The request's query as (key, value) pairs; a key given twice is refused."""
    items: Query = list(request.query_params.multi_items())
    seen: set[str] = set()
    for key, _ in items:
        if key in seen:
            raise ApiError.bad_request(key, "invalid_type",
                                       "Expected a single value, received several")
        seen.add(key)
    return items


def one(query: Query, name: str) -> str | None:
    """The value of parameter `name` (query_items made sure there is at most one)."""
    return next((v for k, v in query if k == name), None)


def number(param: str, raw: str) -> float:
    """A finite decimal number written with ASCII digits."""
    if not NUMBER.fullmatch(raw):
        raise ApiError.bad_request(param, "invalid_type",
                                   f"Invalid input: expected number, received '{raw}'")
    value = float(raw)
    if not math.isfinite(value):
        raise ApiError.bad_request(param, "too_big", f"Number '{raw}' is out of range")
    return value


def check_day_range(param: str, day: date) -> None:
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        code = "too_small" if day < EARLIEST_DAY else "too_big"
        raise ApiError.bad_request(param, code, f"Date must lie between {EARLIEST_DAY} and "
                                                f"{LATEST_DAY}")


def day(param: str, raw: str) -> date:
    """A yyyy-mm-dd calendar day inside the range the sandbox computes series for."""
    if not DAY.fullmatch(raw):
        raise ApiError.bad_request(param, "invalid_format", "Invalid date, expected yyyy-mm-dd")
    try:
        parsed = date.fromisoformat(raw)
    except ValueError:
        raise ApiError.bad_request(param, "invalid_format", f"Invalid date '{raw}'") from None
    check_day_range(param, parsed)
    return parsed
