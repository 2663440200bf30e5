"""Nomos's customers live in Germany: days, months and billing periods are Berlin's.

On Windows the time-zone rules come from the tzdata package (a dependency there),
since the operating system has no IANA database for ZoneInfo to read.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
