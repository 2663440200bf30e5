"""Choosing the cohort: saved cohorts, "needs attention", and the filters themselves
(folded away under a button that counts the filters in force).

The bar turns its editors into a `Cohort` (domain/cohorts.py) and says so whenever
one changes; picking a saved cohort fills the editors. Saving and deleting are the
page's business (the store lives on its own thread): the bar only asks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.domain.cohorts import NEEDS_ATTENTION, Cohort
from nomos_desk.ui import fmt
from nomos_desk.ui.board.cards import provider_name
from nomos_desk.ui.widgets import date_filter, left_row, named, pydate, qdate

ALL, ATTENTION = "", "\x00attention"  # combo data of the two built-in entries
DEBOUNCE_MS = 150


class CohortBar(QWidget):
    changed = Signal(object)          # Cohort
    save_requested = Signal()
    delete_requested = Signal(str)    # name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved: dict[str, Cohort] = {}
        self._filling = False
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self._emit)

        self.choice = named(QComboBox(), "cohortChoice")
        self.choice.setMinimumContentsLength(12)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.save_button = named(QPushButton(self.tr("Save cohort…")), "saveCohort")
        self.save_button.setToolTip(self.tr("Keep these filters under a name"))
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button = named(QPushButton(self.tr("Delete")), "deleteCohort")
        self.delete_button.setToolTip(self.tr("Delete the saved cohort"))
        self.delete_button.clicked.connect(
            lambda: self.delete_requested.emit(self.choice.currentData() or ""))
        # The filters fold away: the board needs the height, a narrow window the width.
        self.filters_button = named(QToolButton(), "toggleFilters")
        self.filters_button.setCheckable(True)
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filters_button.setArrowType(Qt.ArrowType.RightArrow)
        self.filters_button.toggled.connect(self._fold)
        self.clear_button = named(QPushButton(self.tr("Clear filters")), "clearFilters")
        self.clear_button.clicked.connect(lambda: self.show_cohort(Cohort()))

        self.provider = named(QComboBox(), "filterProvider")
        self.plan = named(QComboBox(), "filterPlan")
        self.plan.setMinimumContentsLength(12)
        self.place = named(QLineEdit(placeholderText=self.tr("Zip prefix or city")),
                           "filterPlace")
        self.text = named(QLineEdit(placeholderText=self.tr("Name or number")), "filterText")
        self.text.setClearButtonEnabled(True)
        self.created = named(QCheckBox(self.tr("Ordered between")), "filterCreated")
        today = QDate.currentDate()
        self.created_from = date_filter("filterFrom", fmt.day_format(), today.addMonths(-3))
        self.created_to = date_filter("filterTo", fmt.day_format(), today)
        self.blocked = named(QCheckBox(self.tr("Blocked only")), "filterBlocked")
        self.attention = named(QCheckBox(self.tr("Needs attention")), "filterAttention")
        self.attention.setToolTip(self.tr(
            "Blocked, or longer in the current stage than usual for it (the 90th percentile of "
            "the stays seen so far; a month until ten have been seen). Waiting for an "
            "appointment ahead is not counted."))
        self.moved = named(QCheckBox(self.tr("Moved since the last look")), "filterMoved")
        self.stalled = named(QSpinBox(), "filterStalled")
        self.stalled.setRange(0, 999)
        self.stalled.setSpecialValueText(self.tr("any time"))
        self.stalled.setSuffix(self.tr(" days"))
        self.stalled.setToolTip(self.tr("Only orders longer than this in their current stage"))
        self.set_providers([])
        self.set_plans({})

        for editor in (self.provider, self.plan):
            editor.currentIndexChanged.connect(self._edited)
        for line in (self.place, self.text):
            line.textChanged.connect(self._edited)
        for box in (self.created, self.blocked, self.attention, self.moved):
            box.toggled.connect(self._edited)
        for edit in (self.created_from, self.created_to):
            edit.dateChanged.connect(self._edited)
        self.stalled.valueChanged.connect(self._edited)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Cohort:")))
        top.addWidget(self.choice)
        top.addWidget(self.save_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.filters_button)
        top.addWidget(self.clear_button)
        top.addStretch(1)
        self.panel = named(QWidget(), "filterPanel")
        grid = QGridLayout(self.panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Provider:")), 0, 0)
        grid.addWidget(self.provider, 0, 1)
        grid.addWidget(QLabel(self.tr("Where:")), 0, 2)
        grid.addWidget(self.place, 0, 3)
        grid.addWidget(self.blocked, 0, 4)
        grid.addWidget(QLabel(self.tr("Plan:")), 1, 0)
        grid.addWidget(self.plan, 1, 1)
        grid.addWidget(QLabel(self.tr("Search:")), 1, 2)
        grid.addWidget(self.text, 1, 3)
        grid.addWidget(self.attention, 1, 4)
        grid.addWidget(self.moved, 2, 4)
        dates = QHBoxLayout()
        dates.addWidget(self.created)
        dates.addWidget(self.created_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.created_to)
        dates.addStretch(1)
        grid.addLayout(dates, 2, 0, 1, 4)
        # A row of its own: beside the dates it kept the board from getting narrower than
        # about 1,050 pixels in German.
        grid.addLayout(left_row(QLabel(self.tr("In stage longer than:")), self.stalled),
                       3, 0, 1, 4)
        grid.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.panel)
        self.panel.hide()
        self.set_saved([])

    def _fold(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        self.filters_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                         else Qt.ArrowType.RightArrow)

    # -- choices ---------------------------------------------------------------------
    def set_saved(self, cohorts: Iterable[Cohort]) -> None:
        current = self.choice.currentData()
        self._saved = {c.name: c for c in cohorts}
        self._filling = True
        self.choice.clear()
        self.choice.addItem(self.tr("All orders"), ALL)
        self.choice.addItem(self.tr("Needs attention"), ATTENTION)
        for name in sorted(self._saved, key=str.casefold):
            self.choice.addItem(name, name)
        found = self.choice.findData(current) if current is not None else 0
        self.choice.setCurrentIndex(max(found, 0))
        self._filling = False
        if found < 0:  # the cohort on screen was deleted: back to all orders
            self.show_cohort(Cohort())
        self._update_buttons()

    def set_providers(self, providers: Iterable[str]) -> None:
        self._refill(self.provider, {p: provider_name(p) for p in sorted(set(providers))})

    def set_plans(self, plans: Mapping[str, str]) -> None:
        self._refill(self.plan, dict(sorted(plans.items(), key=lambda kv: kv[1].casefold())))

    def _refill(self, combo: QComboBox, values: Mapping[str, str]) -> None:
        current = combo.currentData()
        self._filling = True
        combo.clear()
        combo.addItem(self.tr("Any"), None)
        for key, label in values.items():
            combo.addItem(label, key)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        self._filling = False

    # -- the cohort ------------------------------------------------------------------
    def cohort(self) -> Cohort:
        name = self.choice.currentData()
        return Cohort(
            name=name if isinstance(name, str) and name in self._saved else "",
            provider=self.provider.currentData(), plan=self.plan.currentData(),
            place=self.place.text().strip(),
            created_from=pydate(self.created_from.date()) if self.created.isChecked() else None,
            created_to=pydate(self.created_to.date()) if self.created.isChecked() else None,
            blocked_only=self.blocked.isChecked(),
            stalled_days=self.stalled.value() or None,
            text=self.text.text().strip(), attention=self.attention.isChecked(),
            moved_only=self.moved.isChecked())

    def show_cohort(self, cohort: Cohort) -> None:
        """Fill the editors from `cohort` (a saved one, or a built-in) and apply it."""
        self._filling = True
        for combo, value in ((self.provider, cohort.provider), (self.plan, cohort.plan)):
            index = combo.findData(value) if value else 0
            if index < 0:  # a plan or provider not (yet) known: kept as a choice of its own
                combo.addItem(value or "", value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.place.setText(cohort.place)
        self.text.setText(cohort.text)
        self.created.setChecked(cohort.created_from is not None or cohort.created_to is not None)
        if cohort.created_from:
            self.created_from.setDate(qdate(cohort.created_from))
        if cohort.created_to:
            self.created_to.setDate(qdate(cohort.created_to))
        self.blocked.setChecked(cohort.blocked_only)
        self.attention.setChecked(cohort.attention)
        self.moved.setChecked(cohort.moved_only)
        self.stalled.setValue(cohort.stalled_days or 0)
        self._filling = False
        self._emit()

    def choose(self, name: str) -> None:
        """Pick a saved cohort (or ATTENTION, ALL) as if from the list."""
        index = self.choice.findData(name)
        if index >= 0:
            self.choice.setCurrentIndex(index)

    def _chosen(self) -> None:
        if self._filling:
            return
        data = self.choice.currentData()
        if data == ATTENTION:
            self.show_cohort(NEEDS_ATTENTION)
        elif isinstance(data, str) and data in self._saved:
            self.show_cohort(self._saved[data])
        else:
            self.show_cohort(Cohort())
        self._update_buttons()

    def _edited(self) -> None:
        if not self._filling:
            self.timer.start()

    def _emit(self) -> None:
        self.timer.stop()
        self._update_buttons()
        self.changed.emit(self.cohort())

    def _update_buttons(self) -> None:
        data = self.choice.currentData()
        self.delete_button.setEnabled(isinstance(data, str) and data in self._saved)
        self.created_from.setEnabled(self.created.isChecked())
        self.created_to.setEnabled(self.created.isChecked())
        active = active_filters(self.cohort())
        self.filters_button.setText(QCoreApplication.translate(
            "CohortBar", "Filters (%Ln)", "", active) if active else self.tr("Filters"))
        self.clear_button.setEnabled(bool(active))


def active_filters(cohort: Cohort) -> int:
    """How many of the cohort's filters are set (shown on the folded panel's button)."""
    return sum(bool(v) for v in (cohort.provider, cohort.plan, cohort.place, cohort.text,
                                 cohort.created_from or cohort.created_to, cohort.blocked_only,
                                 cohort.stalled_days, cohort.attention, cohort.moved_only))
