"""The usage screen's words: label tables and how a bucket of time reads.

Consumption and feed-in share one chart, so every text that differs between them
comes in both forms here (usage and cost against energy fed in and payout).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from nomos_desk.domain import aggregate as agg
from nomos_desk.domain import periods
from nomos_desk.domain.berlin import BERLIN
from nomos_desk.domain.periods import local_day_of_epoch, slots_in_day
from nomos_desk.ui import fmt
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP

CTX = "Usage"
# The short name lupdate also reads: every literal translate("Usage", "…") is extracted.
translate = QCoreApplication.translate

RESOLUTIONS = {
    agg.AUTO: QT_TRANSLATE_NOOP("Usage", "Auto"),
    agg.QUARTER: QT_TRANSLATE_NOOP("Usage", "15 minutes"),
    agg.HOUR: QT_TRANSLATE_NOOP("Usage", "Hour"),
    agg.DAY: QT_TRANSLATE_NOOP("Usage", "Day"),
    agg.WEEK: QT_TRANSLATE_NOOP("Usage", "Week"),
    agg.MONTH: QT_TRANSLATE_NOOP("Usage", "Month"),
}
PERIODS = {
    periods.DAY: QT_TRANSLATE_NOOP("Usage", "Day"),
    periods.WEEK: QT_TRANSLATE_NOOP("Usage", "Week"),
    periods.MONTH: QT_TRANSLATE_NOOP("Usage", "Month"),
    periods.YEAR: QT_TRANSLATE_NOOP("Usage", "Year"),
    periods.CUSTOM: QT_TRANSLATE_NOOP("Usage", "Custom"),
}
COMPONENTS = {
    "electricity": QT_TRANSLATE_NOOP("Usage", "Electricity"),
    "grid": QT_TRANSLATE_NOOP("Usage", "Grid fees"),
    "levies": QT_TRANSLATE_NOOP("Usage", "Taxes and levies"),
}
FEED_IN_COMPONENTS = {"electricity": QT_TRANSLATE_NOOP("Usage", "Spot payout")}


def t(text: str) -> str:
    """A label-table entry (marked QT_TRANSLATE_NOOP("Usage", …)) in the chosen language."""
    return QCoreApplication.translate(CTX, text)


def component(kind: str, feed_in: bool) -> str:
    table = FEED_IN_COMPONENTS if feed_in and kind in FEED_IN_COMPONENTS else COMPONENTS
    return t(table.get(kind, kind))


def energy_word(feed_in: bool) -> str:
    return translate("Usage", "Fed in") if feed_in else translate("Usage", "Usage")


def price_word(feed_in: bool) -> str:
    return translate("Usage", "Payout rate") if feed_in else translate("Usage", "Price")


def money_word(feed_in: bool) -> str:
    return translate("Usage", "Payout") if feed_in else translate("Usage", "Cost")


def bucket_label(start: float, end: float, resolution: str) -> str:
    """How one bar's time reads in a tooltip or a CSV row."""
    first = local_day_of_epoch(start)
    if resolution in (agg.QUARTER, agg.HOUR):
        begin = datetime.fromtimestamp(start, UTC)
        text = (f"{fmt.weekday_day(first)} {fmt.clock(begin)}–"
                f"{fmt.clock(datetime.fromtimestamp(end, UTC))}")
        if slots_in_day(first) != 96:  # the clock-change day: name the offset of the hour
            offset = begin.astimezone(BERLIN).utcoffset()
            hours = int(offset.total_seconds() // 3600) if offset is not None else 0
            text += f" (UTC+{hours})"
        return text
    if resolution == agg.DAY:
        return fmt.weekday_day(first)
    last = local_day_of_epoch(end - 1)
    if resolution == agg.MONTH and first.day == 1 and first.month == last.month:
        return fmt.month_year(first)
    return f"{fmt.day_month(first)} – {fmt.day(last)}"


def utc_offset(start: float) -> str:
    """"+01:00" or "+02:00": tells the two 02:00 of the October night apart in a CSV."""
    offset = datetime.fromtimestamp(start, UTC).astimezone(BERLIN).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return f"+{minutes // 60:02d}:{minutes % 60:02d}"


def ct(value: float) -> str:
    return translate("Usage", "%1 ct/kWh").replace("%1", fmt.number(value, 2))
