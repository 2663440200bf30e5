"""Cards as table rows: the visible cohort's CSV and the clipboard's copied cards.

The same columns serve both; dates are written as dates (the CSV writer formats them
for the user's spreadsheet), the clipboard gets tab-separated text with a header row,
which every spreadsheet pastes as a table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from nomos_desk.api.versions import ApiVersion
from nomos_desk.domain.berlin import local_day
from nomos_desk.domain.order_stages import BoardOrder, Lifecycle, days_in_stage
from nomos_desk.ui import fmt
from nomos_desk.ui.board import cards
from nomos_desk.ui.export import Cell, cell_text
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP

HEADERS = (
    QT_TRANSLATE_NOOP("BoardTable", "Status"),
    QT_TRANSLATE_NOOP("BoardTable", "Customer"),
    QT_TRANSLATE_NOOP("BoardTable", "Subscription number"),
    QT_TRANSLATE_NOOP("BoardTable", "City"),
    QT_TRANSLATE_NOOP("BoardTable", "Zip"),
    QT_TRANSLATE_NOOP("BoardTable", "Plan"),
    QT_TRANSLATE_NOOP("BoardTable", "Provider"),
    QT_TRANSLATE_NOOP("BoardTable", "Ordered"),
    QT_TRANSLATE_NOOP("BoardTable", "Days in stage"),
    QT_TRANSLATE_NOOP("BoardTable", "Blocked since"),
    QT_TRANSLATE_NOOP("BoardTable", "Blocked because"),
    QT_TRANSLATE_NOOP("BoardTable", "Cancelled on"),
    QT_TRANSLATE_NOOP("BoardTable", "Cancelled because"),
    QT_TRANSLATE_NOOP("BoardTable", "Appointment"),
    QT_TRANSLATE_NOOP("BoardTable", "Since last look"),
    QT_TRANSLATE_NOOP("BoardTable", "Order id"),
    QT_TRANSLATE_NOOP("BoardTable", "Subscription id"),
)


def headers() -> list[str]:
    return [QCoreApplication.translate("BoardTable", h) for h in HEADERS]


def row(order: BoardOrder, version: ApiVersion, lifecycle: Lifecycle, now: datetime
        ) -> list[Cell]:
    facts, party = order.facts, order.party
    stage = days_in_stage(order, lifecycle, now)
    days: Cell = None
    if stage is not None:
        days = stage[0] if stage[1] else QCoreApplication.translate(
            "BoardTable", "at least %1").replace("%1", fmt.integer(stage[0]))
    return [
        fmt.order_status(version.meter_order_status(facts.status).label),
        cards.title(order), party.number, party.city, party.zip, party.plan_name,
        cards.provider_name(facts.provider), local_day(facts.created_at) if facts.created_at else None, days,
        facts.blocked_at if order.is_blocked(lifecycle) else None,
        fmt.word(facts.blocked_reason, fmt.BLOCKED_WHY) if facts.blocked_reason else None,
        facts.cancelled_at,
        fmt.word(facts.cancelled_reason, fmt.CANCELLED_WHY) if facts.cancelled_reason else None,
        facts.appointment_at, cards.change_word(order.change) or None,
        facts.id, facts.subscription,
    ]


def rows(orders: Iterable[BoardOrder], version: ApiVersion, lifecycle: Lifecycle,
         now: datetime) -> list[list[Cell]]:
    return [row(o, version, lifecycle, now) for o in orders]


def clipboard_text(table: Sequence[Sequence[Cell]]) -> str:
    """Tab-separated, header first: pastes as a table into any spreadsheet."""
    def clean(value: Cell) -> str:
        return cell_text(value).replace("\t", " ").replace("\n", " ")
    lines = ["\t".join(headers())]
    lines += ["\t".join(clean(v) for v in r) for r in table]
    return "\n".join(lines) + "\n"
