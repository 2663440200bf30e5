"""The previous supplier, picked by typing its name.

Nomos lists every German electricity retailer under /market-partners, filterable by
name. Typing waits for a pause (debounced), then asks for names containing the text;
a newer lookup cancels an older one still on its way (same task name), and an answer
for text that has changed since is dropped. Only a picked entry counts: the lead
needs the partner's id, not a typed name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from nomos_desk.api.filters import F
from nomos_desk.api.models import MarketPartner
from nomos_desk.ui.errors import describe
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import named

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
PARTNER_ROLE = Qt.ItemDataRole.UserRole + 2
PAUSE_MS = 300
MIN_CHARS = 2
SHOWN = 15


class SupplierPicker(QWidget):
    changed = Signal()

    def __init__(self, services: Services, task_name: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.services = services
        self.task_name = task_name
        self.supplier_id = ""
        self.lookups = 0  # requests sent (tests and the status line read it)
        self.edit = named(QLineEdit(), "previousSupplier")
        self.edit.setPlaceholderText(self.tr("Type part of the name, then pick from the list"))
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(NAME_ROLE)  # the field gets the name, not the code
        # The index overload: two partners may share a name, never an entry. (PySide6's
        # stubs do not know indexed signal overloads.)
        self.completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.edit.setCompleter(self.completer)
        self.info = named(QLabel(), "supplierInfo")
        self.info.setWordWrap(True)
        mark_secondary(self.info)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self._look_up)
        self.edit.textEdited.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.info)
        self._say("")

    # -- value -----------------------------------------------------------------------------
    def name(self) -> str:
        return self.edit.text()

    def set_value(self, supplier_id: str, name: str) -> None:
        self.edit.setText(name)
        self.supplier_id = supplier_id if name else ""
        self._say(self.tr("Picked.") if self.supplier_id else "")

    def pick(self, partner: MarketPartner) -> None:
        self.timer.stop()
        self.services.tasks.cancel(self.task_name)
        self.edit.setText(partner.name or "")
        self.supplier_id = partner.id or ""
        code = " ".join(p for p in (partner.code_type, partner.code) if p)
        self._say(self.tr("Picked: %1").replace("%1", code) if code else self.tr("Picked."))
        self.changed.emit()

    # -- typing and looking up ---------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self.supplier_id = ""  # a changed name is no longer the picked partner
        self.changed.emit()
        if len(text.strip()) < MIN_CHARS:
            self.timer.stop()
            self.services.tasks.cancel(self.task_name)
            self.model.clear()
            self._say("")
            return
        self.timer.start()

    def _look_up(self) -> None:
        text = self.edit.text().strip()
        self._say(self.tr("Looking up suppliers…"))
        self.services.tasks.run_guarded(self.task_name, lambda: self._fetch(text),
                                        on_error=self._failed)

    async def _fetch(self, text: str) -> None:
        self.lookups += 1
        page = await self.services.client.list_market_partners(
            F("name").contains(text), limit=SHOWN).first_page()
        if self.edit.text().strip() != text:
            return  # typed on meanwhile: a newer lookup is coming
        self._show(text, page.items)

    def _show(self, text: str, partners: list[MarketPartner]) -> None:
        self.model.clear()
        for partner in partners:
            shown = " · ".join(p for p in (partner.name, partner.code) if p)
            item = QStandardItem(shown)
            item.setData(partner.name or "", NAME_ROLE)
            item.setData(partner, PARTNER_ROLE)
            self.model.appendRow(item)
        exact = [p for p in partners if (p.name or "").casefold() == text.casefold()]
        if len(exact) == 1:
            self.pick(exact[0])
            return
        if not partners:
            self._say(self.tr("No supplier's name contains “%1”.").replace("%1", text))
            return
        count = len(partners)  # a plain name for lupdate's plural
        self._say(self.tr("%n supplier(s) found: pick one from the list.", "", count))
        if self.edit.hasFocus():
            self.completer.setCompletionPrefix(text)
            self.completer.complete()

    def _picked(self, index: QModelIndex) -> None:
        partner = index.data(PARTNER_ROLE)
        if isinstance(partner, MarketPartner):
            self.pick(partner)

    def _failed(self, exc: BaseException) -> None:
        self._say(self.tr("Could not look up suppliers: %1").replace("%1", describe(exc).line()),
                  error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.info.setText(text)
        self.info.setStyleSheet(error_style(self) if error else "")
        self.info.setVisible(bool(text))
