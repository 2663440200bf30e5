"""The live quote: what the prospect would pay (or be paid) a month, while the call lasts.

The form says what to quote for (`ask`); the panel waits for a pause in the typing
(debounced), then asks Nomos. Each request runs under one task name, so a newer one
cancels the one still on its way, and an answer for inputs that changed since is
dropped. A quote that cannot be made says why: an input missing locally, or what
Nomos answered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api.models import Quote, QuoteComponent
from nomos_desk.domain.leads import FEED_IN, MODULE_1, MODULE_2
from nomos_desk.ui import fmt
from nomos_desk.ui.errors import describe
from nomos_desk.ui.leads.words import QUOTE_GROUPS, QUOTE_SUBGROUPS
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import named

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

PAUSE_MS = 400


@dataclass(frozen=True, slots=True)
class QuoteAsk:
    plan_id: str
    zip: str
    usage: int
    meter_type: str
    module_1: bool | None = None
    module_2: bool | None = None
    tax_exempt: bool | None = None
    feed_in: bool = False


class QuotePanel(QGroupBox):
    options_changed = Signal()
    quoted = Signal()  # a quote (or the reason there is none) is on screen

    def __init__(self, services: Services, task_name: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(self.tr("Live quote"), parent)
        self.setObjectName("liveQuote")
        self.services = services
        self.task_name = task_name
        self.wanted: QuoteAsk | None = None
        self.shown: QuoteAsk | None = None
        self.quote: Quote | None = None
        self.requests = 0

        self.amount = named(QLabel(fmt.DASH), "quoteAmount")
        font = QFont(self.amount.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.amount.setFont(font)
        self.caption = named(QLabel(wordWrap=True), "quoteCaption")
        self.status = named(QLabel(wordWrap=True), "quoteStatus")
        mark_secondary(self.status)
        self.tree = named(QTreeWidget(), "quoteComponents")
        self.tree.setHeaderLabels([self.tr("Component"), self.tr("Kind"), self.tr("Amount")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.module = named(QComboBox(), "quoteModule")
        self.module.addItem(self.tr("None"), "")
        self.module.addItem(fmt.word("enwg-14a-module-1", fmt.GFR_TYPES), MODULE_1)
        self.module.addItem(fmt.word("enwg-14a-module-2", fmt.GFR_TYPES), MODULE_2)
        self.module.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.module.setMinimumContentsLength(10)
        self.module.setToolTip(self.tr("A grid fee reduction for a controllable device (heat "
                                       "pump, wallbox); consumption plans only"))
        self.tax_exempt = named(QCheckBox(self.tr("Tax-exempt (§19 UStG)")), "quoteTaxExempt")
        self.tax_exempt.setToolTip(self.tr("A small business exempt from VAT: feed-in payouts "
                                           "are quoted without VAT"))
        self.module.currentIndexChanged.connect(lambda *_: self.options_changed.emit())
        self.tax_exempt.toggled.connect(lambda *_: self.options_changed.emit())
        options = QFormLayout()
        self.module_label = QLabel(self.tr("§14a EnWG:"))
        options.addRow(self.module_label, self.module)
        options.addRow(self.tax_exempt)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self._request)

        layout = QVBoxLayout(self)
        layout.addWidget(self.amount)
        layout.addWidget(self.caption)
        layout.addLayout(options)
        layout.addWidget(self.tree)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.set_plan_type(None)
        self.ask(None, self.tr("Choose a plan to see the price."))

    # -- options the quote alone takes ------------------------------------------------------
    def set_plan_type(self, plan_type: str | None) -> None:
        feed_in = plan_type == FEED_IN
        self.module.setVisible(not feed_in)
        self.module_label.setVisible(not feed_in)
        self.tax_exempt.setVisible(feed_in)

    def module_choice(self) -> str:
        return str(self.module.currentData() or "")

    def set_options(self, module: str, tax_exempt: bool) -> None:
        index = self.module.findData(module)
        self.module.setCurrentIndex(max(index, 0))
        self.tax_exempt.setChecked(tax_exempt)

    # -- asking ------------------------------------------------------------------------------
    def ask(self, ask: QuoteAsk | None, why_not: str = "") -> None:
        """What to quote for now; None (with the reason) when it cannot be quoted yet."""
        if ask is None:
            self.wanted = None
            self.timer.stop()
            self.services.tasks.cancel(self.task_name)
            self._no_quote(why_not)
            return
        if ask == self.wanted and (self.shown == ask or self.timer.isActive()
                                   or self.services.tasks.is_running(self.task_name)):
            return  # on screen already, or on its way
        self.wanted = ask
        self._say(self.tr("Updating the quote…"))
        self.timer.start()

    def _request(self) -> None:
        ask = self.wanted
        if ask is not None:
            self.services.tasks.run_guarded(self.task_name, lambda: self._fetch(ask),
                                            on_error=lambda exc: self._failed(ask, exc))

    async def _fetch(self, ask: QuoteAsk) -> None:
        self.requests += 1
        quote = await self.services.client.get_quote(
            ask.plan_id, ask.zip, ask.usage, ask.meter_type, module_1=ask.module_1,
            module_2=ask.module_2, is_tax_exempt=ask.tax_exempt)
        if ask != self.wanted:
            return  # the inputs changed while it was on its way
        self.show_quote(ask, quote)

    def _failed(self, ask: QuoteAsk, exc: BaseException) -> None:
        if ask == self.wanted:
            self._no_quote(self.tr("No quote: %1").replace("%1", describe(exc).line()),
                           error=True)

    # -- showing -------------------------------------------------------------------------------
    def show_quote(self, ask: QuoteAsk, quote: Quote) -> None:
        self.shown, self.quote = ask, quote
        self.amount.setText(fmt.money(quote.amount))
        if ask.feed_in:
            caption = self.tr("Payout per month after the base fee, without VAT") \
                if ask.tax_exempt else self.tr("Payout per month after the base fee, incl. VAT")
        else:
            caption = self.tr("Per month, incl. VAT, for %1 a year").replace(
                "%1", fmt.kwh(ask.usage))
        discount = quote.discount
        if discount is not None and discount.amount_off:
            caption += "\n" + self.tr("Includes a discount “%1” of %2 a month").replace(
                "%1", discount.name or "").replace("%2", fmt.money(discount.amount_off))
        self.caption.setText(caption)
        self.tree.clear()
        for component in quote.components:
            self.tree.addTopLevelItem(self._component_item(component))
        self.tree.expandAll()
        self._fit_tree()
        self._say(self.tr("Quoted at %1 by Nomos.").replace(
            "%1", fmt.when(quote.quoted_at, with_time=True)))
        self.quoted.emit()

    def _component_item(self, component: QuoteComponent) -> QTreeWidgetItem:
        per_kwh = component.quantity_unit == "kWh"
        name = fmt.word(component.group, QUOTE_GROUPS)
        rate = ""
        if per_kwh:  # "Usage: 292 kWh" at "28.71 ct/kWh"
            name = self.tr("%1: %2").replace("%1", name).replace(
                "%2", fmt.kwh(component.quantity, 0))
            rate = _cent(component.unit_amount)
        item = QTreeWidgetItem([name, rate, fmt.money(component.amount)])
        item.setToolTip(0, name)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for column in range(3):
            item.setFont(column, bold)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for sub in component.subcomponents:
            amount = _cent(sub.amount) if per_kwh else fmt.money(sub.amount)
            child = QTreeWidgetItem([sub.name or fmt.DASH,
                                     fmt.word(sub.subgroup, QUOTE_SUBGROUPS), amount])
            child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            child.setToolTip(0, sub.name or "")
            item.addChild(child)
        return item

    def _fit_tree(self) -> None:
        """As tall as its rows (it may shrink, and then scrolls, in a short window)."""
        tops = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        rows = sum(1 + item.childCount() for item in tops if item is not None)
        row = self.tree.sizeHintForRow(0) if rows else 0
        self.tree.setVisible(bool(rows))
        self.tree.setMaximumHeight(self.tree.header().sizeHint().height() + rows * row
                                   + 2 * self.tree.frameWidth() + 2)

    def _no_quote(self, why: str, *, error: bool = False) -> None:
        self.shown, self.quote = None, None
        self.amount.setText(fmt.DASH)
        self.caption.clear()
        self.tree.clear()
        self._fit_tree()
        self._say(why, error=error)
        self.quoted.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(error_style(self) if error else "")


def _cent(euros: float | None) -> str:
    """A per-kWh price in cent, as German price sheets write it: 27,04 ct/kWh."""
    return fmt.DASH if euros is None else f"{fmt.number(euros * 100, 2)} ct/kWh"
