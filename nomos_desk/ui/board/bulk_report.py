"""The words and rows of a bulk run: the dry run's list, the run's report, its CSV.

A small table model shows either list; the CSV is the report as the user reads it
(outcome and reason in words, Nomos's own message beside them, ids for support).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from nomos_desk.domain import bulk_journal as J
from nomos_desk.domain import bulk_orders as B
from nomos_desk.domain.bulk_journal import Item
from nomos_desk.domain.bulk_orders import Candidate, DryRun
from nomos_desk.ui import fmt
from nomos_desk.ui.export import Cell
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex

REFUSAL_WORDS = {
    B.PLAN_LACKS_PRODUCT: QT_TRANSLATE_NOOP("BulkOrders", "the plan has no smart-meter product"),
    B.SMART_METER: QT_TRANSLATE_NOOP(
        "BulkOrders", "already a smart meter (Nomos would cancel the order as pre-existing)"),
    B.METER_UNKNOWN: QT_TRANSLATE_NOOP(
        "BulkOrders", "meter type not known yet (the search index has no details)"),
    B.FEED_IN: QT_TRANSLATE_NOOP("BulkOrders", "feed-in subscription"),
    B.NOT_ACTIVE: QT_TRANSLATE_NOOP("BulkOrders", "supply has not started yet"),
    B.ENDED: QT_TRANSLATE_NOOP("BulkOrders", "the subscription has ended"),
}
OUTCOME_WORDS = {
    J.ORDERED: QT_TRANSLATE_NOOP("BulkOrders", "Ordered"),
    J.EXISTING: QT_TRANSLATE_NOOP("BulkOrders", "Already had one"),
    J.REFUSED: QT_TRANSLATE_NOOP("BulkOrders", "Refused"),
    J.UNKNOWN: QT_TRANSLATE_NOOP("BulkOrders", "Unknown: check again"),
    J.NOT_SENT: QT_TRANSLATE_NOOP("BulkOrders", "Not sent (run cancelled)"),
    J.PENDING: QT_TRANSLATE_NOOP("BulkOrders", "Waiting"),
    J.SENDING: QT_TRANSLATE_NOOP("BulkOrders", "Sent, answer pending"),
}
COLUMNS = (QT_TRANSLATE_NOOP("BulkOrders", "Subscription"),
           QT_TRANSLATE_NOOP("BulkOrders", "Customer"),
           QT_TRANSLATE_NOOP("BulkOrders", "Plan"),
           QT_TRANSLATE_NOOP("BulkOrders", "Outcome"),
           QT_TRANSLATE_NOOP("BulkOrders", "Why, or the order"))
REPORT_HEADERS = (QT_TRANSLATE_NOOP("BulkOrders", "Subscription number"),
                  QT_TRANSLATE_NOOP("BulkOrders", "Customer"),
                  QT_TRANSLATE_NOOP("BulkOrders", "Outcome"),
                  QT_TRANSLATE_NOOP("BulkOrders", "Order id"),
                  QT_TRANSLATE_NOOP("BulkOrders", "Reason"),
                  QT_TRANSLATE_NOOP("BulkOrders", "Message"),
                  QT_TRANSLATE_NOOP("BulkOrders", "Subscription id"))


def _t(text: str) -> str:
    return QCoreApplication.translate("BulkOrders", text)


def _word(value: str, table: Mapping[str, str]) -> str:
    label = table.get(value)
    return _t(label) if label is not None else value


def refusal_text(reason: str) -> str:
    return _word(reason, REFUSAL_WORDS)


def outcome_text(state: str) -> str:
    return _word(state, OUTCOME_WORDS)


# Nomos's refusal codes, said with the dry run's short words (its message is kept too).
NOMOS_REFUSALS = {"unsupported_product": B.PLAN_LACKS_PRODUCT,
                  "unsupported_meter_order": B.FEED_IN,
                  "ended_subscription": B.ENDED}


def nomos_reason(item: Item) -> str:
    """A refusal's code in words; a code without words shows as it came."""
    if not item.reason:
        return ""
    ours = NOMOS_REFUSALS.get(item.reason)
    return refusal_text(ours) if ours else item.reason


def dry_run_rows(run: DryRun, plans: Mapping[str, str]) -> list[list[str]]:
    def cells(c: Candidate, outcome: str, why: str) -> list[str]:
        return [c.number or c.subscription, c.customer_name or fmt.DASH,
                c.plan_name or plans.get(c.plan_id or "", c.plan_id or fmt.DASH), outcome, why]
    yes = QCoreApplication.translate("BulkOrders", "Would be ordered")
    no = QCoreApplication.translate("BulkOrders", "Would be refused")
    rows = [cells(c, yes, "") for c in run.to_order]
    rows += [cells(c, no, refusal_text(why)) for c, why in run.refused]
    return rows


def report_rows(items: Sequence[Item], plans: Mapping[str, str]) -> list[list[str]]:
    return [[i.number or i.subscription, i.customer_name or fmt.DASH,
             plans.get(i.plan_id or "", i.plan_id or fmt.DASH), outcome_text(i.state),
             i.order_id or nomos_reason(i) or i.detail] for i in items]


def report_csv(items: Sequence[Item]) -> tuple[list[str], list[list[Cell]]]:
    headers = [_t(h) for h in REPORT_HEADERS]
    rows: list[list[Cell]] = [[i.number, i.customer_name, outcome_text(i.state), i.order_id,
                               nomos_reason(i) or None, i.detail or None, i.subscription]
                              for i in items]
    return headers, rows


def counts_text(counts: Mapping[str, int]) -> str:
    """"180 ordered, 12 already had one, 3 refused": the report's headline."""
    parts = []
    ordered, existing = counts.get(J.ORDERED, 0), counts.get(J.EXISTING, 0)
    refused, unknown = counts.get(J.REFUSED, 0), counts.get(J.UNKNOWN, 0)
    not_sent = counts.get(J.NOT_SENT, 0)
    parts.append(QCoreApplication.translate("BulkOrders", "%Ln ordered", "", ordered))
    parts.append(QCoreApplication.translate("BulkOrders", "%Ln already had one", "", existing))
    parts.append(QCoreApplication.translate("BulkOrders", "%Ln refused", "", refused))
    if unknown:
        parts.append(QCoreApplication.translate("BulkOrders", "%Ln unknown", "", unknown))
    if not_sent:
        parts.append(QCoreApplication.translate("BulkOrders", "%Ln not sent", "", not_sent))
    return ", ".join(parts)


class RowsModel(QAbstractTableModel):
    """Read-only rows of text under translated headers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        return self.rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(COLUMNS[section])
        return None
