"""Nomos's customers live in Germany: days, months and billing periods are Berlin's.

On Windows the time-zone rules come from the tzdata package (a dependency there),
since the operating system has no IANA database for ZoneInfo to read.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


def midnight(day: date) -> datetime:
    """00:00 of `day` in Berlin: where Nomos's days, billing periods and contract ends begin
    (23 or 25 hours before the next one on the days the clocks change). Convert it to UTC
    before adding hours: arithmetic on a Berlin-aware datetime keeps the wall clock."""
    return datetime(day.year, day.month, day.day, tzinfo=BERLIN)


def local_day(moment: datetime) -> date:
    """The Berlin calendar day `moment` falls on (a naive moment counts as Berlin's)."""
    return moment.astimezone(BERLIN).date() if moment.tzinfo else moment.date()


def month_start(day: date, months: int = 0) -> date:
    """The first day of the month `months` after `day`'s month (its own month for 0)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month0 + 1, 1)


def months_later(day: date, months: int) -> date:
    """The same day `months` later, or that month's last day where it is shorter
    (31 January + 1 = 28 or 29 February)."""
    first = month_start(day, months)
    return first.replace(day=min(day.day, calendar.monthrange(first.year, first.month)[1]))
