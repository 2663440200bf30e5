"""What a card says, in the user's language: who, where, how long, and what is wrong.

Each card has five lines: the customer; subscription number and city; days in the
current stage and provider; and what needs seeing, most urgent first, with its reason
on a line of its own (a block and since when, a cancellation, the installation
appointment). The same texts fill the CSV export and the clipboard.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from nomos_desk.domain.order_stages import (
    ACTIVATED,
    CANCELLED,
    MOVED_BACK,
    MOVED_ON,
    NEW,
    NEWLY_BLOCKED,
    SUCCESS,
    UNBLOCKED,
    WAS_CANCELLED,
    BoardOrder,
    Lifecycle,
    days_in_stage,
    stage_entry,
)
from nomos_desk.ui import fmt
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP

BLOCKED_ALERT, CANCELLED_ALERT, APPOINTMENT_ALERT = "blocked", "cancelled", "appointment"

CHANGE_WORDS = {
    MOVED_ON: QT_TRANSLATE_NOOP("BoardCard", "moved on"),
    NEWLY_BLOCKED: QT_TRANSLATE_NOOP("BoardCard", "newly blocked"),
    ACTIVATED: QT_TRANSLATE_NOOP("BoardCard", "activated"),
    WAS_CANCELLED: QT_TRANSLATE_NOOP("BoardCard", "cancelled"),
    UNBLOCKED: QT_TRANSLATE_NOOP("BoardCard", "unblocked"),
    MOVED_BACK: QT_TRANSLATE_NOOP("BoardCard", "moved back"),
    NEW: QT_TRANSLATE_NOOP("BoardCard", "new"),
}
# The issue's own short words for a card; the full sentences (fmt) go in the tooltip.
BLOCKED_SHORT = {
    "check_missing": QT_TRANSLATE_NOOP("BoardCard", "site check missing"),
    "grid_operator_registration": QT_TRANSLATE_NOOP("BoardCard", "grid operator registration"),
}
CANCELLED_SHORT = {
    "pre_existing": QT_TRANSLATE_NOOP("BoardCard", "smart meter already there"),
    "customer_request": QT_TRANSLATE_NOOP("BoardCard", "customer request"),
}
PROVIDERS = {
    "energy-metering": "Energy Metering",
    "metrify": "Metrify",
    "inexogy": "inexogy",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("BoardCard", text)


@dataclass(frozen=True, slots=True)
class Alert:
    kind: str  # BLOCKED_ALERT, CANCELLED_ALERT, APPOINTMENT_ALERT
    headline: str   # "Blocked since 09.05.2026"
    reason: str     # "site check missing" ("" for an appointment)

    @property
    def text(self) -> str:
        return f"{self.headline}: {self.reason}" if self.reason else self.headline


def provider_name(provider: str | None) -> str:
    return PROVIDERS.get(provider or "", provider or fmt.DASH)


def title(order: BoardOrder) -> str:
    return order.party.customer_name or order.facts.customer or \
        QCoreApplication.translate("BoardCard", "Customer not indexed yet")


def subtitle(order: BoardOrder) -> str:
    number = order.party.number or order.facts.subscription
    return " · ".join(p for p in (number, order.party.city) if p)


def _short(value: str | None, table: Mapping[str, str]) -> str:
    label = table.get(value or "")
    return _t(label) if label else (value or fmt.DASH)


def stage_text(order: BoardOrder, lifecycle: Lifecycle, now: datetime) -> str:
    phase = lifecycle.phase(order.status)
    if phase in (SUCCESS, CANCELLED):
        entry = stage_entry(order, lifecycle)
        return QCoreApplication.translate("BoardCard", "since %1").replace(
            "%1", fmt.when_datetime(entry.at))
    stage = days_in_stage(order, lifecycle, now)
    if stage is None:
        return QCoreApplication.translate("BoardCard", "time in stage unknown")
    days, exact = stage
    if exact:
        return QCoreApplication.translate("BoardCard", "%Ln day(s) in stage", "", days)
    # First seen mid-way: the stage began at some unknown point after the last stamp.
    return QCoreApplication.translate("BoardCard", "≥ %Ln day(s) in stage", "", days)


def detail(order: BoardOrder, lifecycle: Lifecycle, now: datetime) -> str:
    """Days in the stage, then the provider (which a narrow card may shorten)."""
    return f"{stage_text(order, lifecycle, now)} · {provider_name(order.facts.provider)}"


def alert(order: BoardOrder, lifecycle: Lifecycle, *, full: bool = False) -> Alert | None:
    """The card's most urgent line; `full` gives the reason as a sentence (tooltip)."""
    facts = order.facts
    if order.is_blocked(lifecycle):
        why = fmt.word(facts.blocked_reason, fmt.BLOCKED_WHY) if full \
            else _short(facts.blocked_reason, BLOCKED_SHORT)
        return Alert(BLOCKED_ALERT, QCoreApplication.translate(
            "BoardCard", "Blocked since %1").replace(
            "%1", fmt.when_datetime(facts.blocked_at)), why)
    if lifecycle.phase(facts.status) == CANCELLED or facts.cancelled_reason:
        why = fmt.word(facts.cancelled_reason, fmt.CANCELLED_WHY) if full \
            else _short(facts.cancelled_reason, CANCELLED_SHORT)
        return Alert(CANCELLED_ALERT, QCoreApplication.translate(
            "BoardCard", "Cancelled on %1").replace(
            "%1", fmt.when_datetime(facts.cancelled_at)), why)
    if facts.appointment_at is not None and lifecycle.is_open(facts.status):
        return Alert(APPOINTMENT_ALERT, QCoreApplication.translate(
            "BoardCard", "Appointment %1").replace(
            "%1", fmt.when_datetime(facts.appointment_at, with_time=True)), "")
    return None


def change_word(change: str | None) -> str:
    label = CHANGE_WORDS.get(change or "")
    return _t(label) if label else ""


def summary(counts: Mapping[str, int]) -> str:
    """"14 moved on, 3 newly blocked, 2 activated"."""
    parts = []
    for kind, n in counts.items():
        if kind == MOVED_ON:
            parts.append(QCoreApplication.translate("BoardCard", "%Ln moved on", "", n))
        elif kind == NEWLY_BLOCKED:
            parts.append(QCoreApplication.translate("BoardCard", "%Ln newly blocked", "", n))
        elif kind == ACTIVATED:
            parts.append(QCoreApplication.translate("BoardCard", "%Ln activated", "", n))
        elif kind == WAS_CANCELLED:
            parts.append(QCoreApplication.translate("BoardCard", "%Ln cancelled", "", n))
        elif kind == UNBLOCKED:
            parts.append(QCoreApplication.translate("BoardCard", "%Ln unblocked", "", n))
        elif kind == MOVED_BACK:
            parts.append(QCoreApplication.translate("BoardCard", "%Ln moved back", "", n))
        elif kind == NEW:
            parts.append(QCoreApplication.translate("BoardCard", "%Ln new", "", n))
    return ", ".join(parts)


def card_text(order: BoardOrder, lifecycle: Lifecycle, now: datetime) -> str:
    """The whole card as plain lines (tooltip, accessibility)."""
    lines = [title(order), subtitle(order), detail(order, lifecycle, now)]
    note = alert(order, lifecycle, full=True)
    if note is not None:
        lines.append(note.text)
    mark = change_word(order.change)
    if mark:
        lines.append(QCoreApplication.translate("BoardCard", "Since last look: %1")
                     .replace("%1", mark))
    return "\n".join(lines)
