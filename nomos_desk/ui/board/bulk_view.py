"""Bulk smart-meter ordering for a cohort: dry run, confirmation, a paced run, a report.

The cohort's subscriptions without an order come from the search index; the dry run
says how many would be ordered and which would be refused, and why. The run goes
through the same ordering logic as the workspace's button, one journal row at a
time, and can be paused, cancelled, or left by quitting: the next start offers to
resume it where it stopped. The report (ordered, already had one, refused) can be
saved as CSV.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.domain import bulk_journal as J
from nomos_desk.domain.bulk_journal import Journal, Run
from nomos_desk.domain.bulk_orders import DryRun, dry_run
from nomos_desk.domain.bulk_run import BulkRun, Pacer
from nomos_desk.domain.cohorts import Cohort
from nomos_desk.ui import fmt
from nomos_desk.ui.board import bulk_report as R
from nomos_desk.ui.board import joins
from nomos_desk.ui.board.bulk_send import OrderSender
from nomos_desk.ui.dialogs import choose_save_path, confirm, documents_dir
from nomos_desk.ui.export import write_csv
from nomos_desk.ui.services import Services
from nomos_desk.ui.theme import mark_secondary
from nomos_desk.ui.widgets import left_row, named

TASK = "board.bulk."
CONCURRENCY = 2


class BulkView(QWidget):
    def __init__(self, services: Services, with_orders: Callable[[], set[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkOrders")
        self.services = services
        self._with_orders = with_orders
        self.cohort = Cohort()
        self.dry: DryRun | None = None
        self.run: BulkRun | None = None
        self.run_id: int | None = None
        self.plans: dict[str, str] = {}
        self._started = 0.0
        self._active = False  # a run is going on (its task may outlive it by a moment)
        self._checked_journal = False

        intro = QLabel(self.tr(
            "Smart meters for the subscriptions of the cohort that have no order yet: active "
            "consumption subscriptions with an analog meter, on a plan with a smart-meter "
            "product. The cohort's plan, place, dates and search apply."), wordWrap=True)
        mark_secondary(intro)
        self.dry_button = named(QPushButton(self.tr("Dry run")), "bulkDryRun")
        self.dry_button.setToolTip(self.tr("Count who would be ordered and who would be "
                                           "refused; nothing is sent"))
        self.dry_button.clicked.connect(self.start_dry_run)
        self.order_button = named(QPushButton(self.tr("Order smart meters…")), "bulkOrder")
        self.gate_entry = services.gate.register(self.order_button,
                                                 self.tr("Ordering smart meters"))
        self.order_button.clicked.connect(self._order_clicked)
        self.pause_button = named(QPushButton(self.tr("Pause")), "bulkPause")
        self.pause_button.clicked.connect(self._pause_clicked)
        self.cancel_button = named(QPushButton(self.tr("Cancel run")), "bulkCancel")
        self.cancel_button.setToolTip(self.tr("Stop after the orders on their way; the rest "
                                              "is not sent"))
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self.save_button = named(QPushButton(self.tr("Save report as CSV…")), "bulkSave")
        self.save_button.clicked.connect(self._save_clicked)
        self.progress = named(QProgressBar(), "bulkProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.status = named(QLabel(wordWrap=True), "bulkStatus")

        self.resume_box = named(QFrame(), "bulkInterrupted")
        self.resume_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.resume_text = named(QLabel(wordWrap=True), "bulkInterruptedText")
        self.resume_button = named(QPushButton(self.tr("Resume run")), "bulkResume")
        self.resume_entry = services.gate.register(self.resume_button,
                                                   self.tr("Ordering smart meters"))
        self.resume_button.clicked.connect(self._resume_clicked)
        self.discard_button = named(QPushButton(self.tr("Discard")), "bulkDiscard")
        self.discard_button.setToolTip(self.tr("End the run here; what was not sent is "
                                               "reported as not sent"))
        self.discard_button.clicked.connect(self._discard_clicked)
        box = QHBoxLayout(self.resume_box)
        box.addWidget(self.resume_text, 1)
        box.addWidget(self.resume_button)
        box.addWidget(self.discard_button)
        self.resume_box.hide()

        self.model = R.RowsModel(self)
        self.table = named(QTableView(), "bulkTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(170)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.refresh_timer = QTimer(self, singleShot=True, interval=400)
        self.refresh_timer.timeout.connect(self._show_items)

        buttons = left_row(self.dry_button, self.order_button, self.pause_button,
                           self.cancel_button)
        below = QHBoxLayout()  # under the table: the button row stays short in German
        below.addStretch(1)
        below.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.resume_box)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        self._update_buttons()

    @property
    def journal(self) -> Journal:
        return self.services.board.journal()

    @property
    def running(self) -> bool:
        return self._active

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._checked_journal and not self.services.tasks.closed:
            self._checked_journal = True
            self.check_journal()

    def shutdown(self) -> None:
        self.services.tasks.cancel(TASK)

    # -- the cohort and the dry run ------------------------------------------------------
    def set_cohort(self, cohort: Cohort) -> None:
        if cohort == self.cohort:
            return
        self.cohort = cohort
        if self.dry is not None and not self.running:
            self.dry = None
            self.model.set_rows([])
            self.status.setText(self.tr("The cohort changed: do the dry run again."))
        self._update_buttons()

    def start_dry_run(self) -> None:
        self.services.tasks.run(TASK + "dry", self._dry_run(),
                                context=self.tr("Preparing the bulk order"))

    async def _dry_run(self) -> None:
        self.status.setText(self.tr("Looking for subscriptions without an order…"))
        candidates = await self.services.index.read(joins.candidates)
        stored = await self.services.board.orders.call(lambda s: s.subscriptions_with_orders())
        self.plans = await self.services.plans.names_or_empty()

        def has_product(plan_id: str | None) -> bool | None:
            evidence = self.services.plans.smart_meter(plan_id)
            return evidence.available if evidence is not None else None

        self.dry = dry_run(candidates, self.cohort, stored | self._with_orders(), has_product)
        self.run = None
        self.run_id = None
        self.model.set_rows(R.dry_run_rows(self.dry, self.plans))
        self.status.setText(self.dry_run_text(self.dry, bool(candidates)))
        self._update_buttons()

    def dry_run_text(self, dry: DryRun, indexed: bool) -> str:
        if not indexed:
            return self.tr("The search index is empty: it lists the subscriptions. Wait for "
                           "its first sync, then try again.")
        total = dry.total
        without = QCoreApplication.translate(
            "BulkView", "%Ln subscription(s) of this cohort without an order.", "", total)
        yes = self.tr("Would be ordered: %1.").replace("%1", fmt.integer(len(dry.to_order)))
        no = self.tr("Would be refused: %1.").replace("%1", fmt.integer(len(dry.refused)))
        parts = [without, yes, no]
        why = [f"{R.refusal_text(r)}: {fmt.integer(n)}"
               for r, n in dry.refusal_counts().items()]
        return " ".join(parts) + (f" ({'; '.join(why)})" if why else "")

    # -- the run -------------------------------------------------------------------------
    def _order_clicked(self) -> None:
        self.services.tasks.run(TASK + "confirm", self._confirm_and_run(),
                                context=self.tr("Ordering smart meters"))

    async def _confirm_and_run(self) -> None:
        dry = self.dry
        if dry is None or not dry.to_order:
            return
        count = len(dry.to_order)
        question = QCoreApplication.translate(
            "BulkView", "Order smart meters for %Ln subscription(s)?\n\nNomos passes each "
            "order to the metering operator, who contacts the customer. A subscription can "
            "have only one order, ever; orders cannot be taken back here.", "", count)
        accept = QCoreApplication.translate("BulkView", "Order %Ln smart meter(s)", "", count)
        if not await confirm(self, self.tr("Bulk smart-meter order"), question, accept):
            return
        name = self.cohort.name or self.tr("unsaved filters")
        run = self.journal.start(name, dry.to_order)
        self.start_run(run)

    def start_run(self, run: Run) -> None:
        sender = OrderSender(self.services.client, self.services.plans,
                             self.services.write_patience)
        self.run_id = run.id
        self.run = BulkRun(self.journal, run.id, sender.send, sender.check, pacer=Pacer(),
                           concurrency=CONCURRENCY, on_progress=self._progress,
                           precheck=sender.precheck)
        self._started = time.monotonic()
        self._active = True
        self.resume_box.hide()
        self.services.tasks.run(TASK + "run", self._run(self.run),
                                context=self.tr("Ordering smart meters"))
        self._update_buttons()

    async def _run(self, run: BulkRun) -> None:
        try:
            counts = await run.run()
        finally:
            self._active = False
            self.dry = None  # the dry run is history now: the next one starts afresh
            self._update_buttons()
        self._show_items()
        stopped = run.stopped_because
        if stopped is not None:
            self.status.setText(self.tr("The run paused: %1").replace("%1", stopped.detail))
            self.check_journal()
        else:
            self.status.setText(self.tr("Done: %1.").replace("%1", R.counts_text(counts)))
        self.services.refreshed()

    def _progress(self, counts: Counter[str]) -> None:
        total = sum(counts.values())
        left = counts.get(J.PENDING, 0) + counts.get(J.SENDING, 0)
        done = total - left
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        elapsed = max(time.monotonic() - self._started, 1e-3)
        rate = (counts.get(J.ORDERED, 0) + counts.get(J.EXISTING, 0)
                + counts.get(J.REFUSED, 0)) / elapsed
        parts = [self.tr("%1 of %2 done").replace("%1", fmt.integer(done))
                 .replace("%2", fmt.integer(total)),
                 R.counts_text(counts),
                 self.tr("%1 orders per second").replace("%1", fmt.number(rate, 1))]
        throttles = self.run.pacer.throttles if self.run is not None else 0
        if throttles:
            parts.append(QCoreApplication.translate(
                "BulkView", "Nomos asked to slow down %Ln time(s)", "", throttles))
        if self.run is not None and self.run.paused:
            parts.insert(0, self.tr("Paused"))
        self.status.setText(" · ".join(parts))
        if not self.refresh_timer.isActive():
            self.refresh_timer.start()

    def _show_items(self) -> None:
        if self.run_id is not None:
            self.model.set_rows(R.report_rows(self.journal.items(self.run_id), self.plans))

    def _pause_clicked(self) -> None:
        if self.run is None:
            return
        if self.run.paused:
            self.run.resume()
        else:
            self.run.pause()
        self._update_buttons()

    def _cancel_clicked(self) -> None:
        if self.run is not None:
            self.run.cancel()

    # -- an interrupted run ----------------------------------------------------------------
    def check_journal(self) -> None:
        run = self.journal.unfinished()
        if run is None or self.running:
            self.resume_box.hide()
            return
        counts = self.journal.counts(run.id)
        left = counts.get(J.PENDING, 0) + counts.get(J.SENDING, 0) + counts.get(J.UNKNOWN, 0)
        total = sum(counts.values())
        text = (QCoreApplication.translate(
            "BulkView", "A bulk order of “%1” stopped before its end: %Ln of its "
            "subscription(s) still to do.", "", left).replace("%1", run.cohort)
            + " " + self.tr("(%1 in the run.)").replace("%1", fmt.integer(total)))
        if run.note:
            text += " " + self.tr("Why: %1").replace("%1", run.note)
        self.resume_text.setText(text)
        self.resume_box.show()
        self.run_id = run.id
        self._show_items()
        self._update_buttons()

    def _resume_clicked(self) -> None:
        run = self.journal.unfinished()
        if run is not None:
            self.start_run(run)

    def _discard_clicked(self) -> None:
        run = self.journal.unfinished()
        if run is not None:
            self.journal.cancel_rest(run.id)
            self.status.setText(self.tr("Run ended: %1.").replace(
                "%1", R.counts_text(self.journal.counts(run.id))))
            self._show_items()
        self.resume_box.hide()
        self._update_buttons()

    # -- report ----------------------------------------------------------------------------
    def save_report(self, path: Path) -> int:
        assert self.run_id is not None
        items = self.journal.items(self.run_id)
        headers, rows = R.report_csv(items)
        write_csv(path, headers, rows)
        return len(items)

    def _save_clicked(self) -> None:
        async def save() -> None:
            path = await choose_save_path(
                self, self.tr("Save the bulk order report"),
                documents_dir() / self.tr("bulk-order-report.csv"),
                QCoreApplication.translate("BoardSaving", "CSV files (*.csv)"))
            if path is not None:
                count = self.save_report(path)
                self.services.status(QCoreApplication.translate(
                    "BulkView", "Report of %Ln subscription(s) saved.", "", count))
        self.services.tasks.run(TASK + "save", save(), context=self.tr("Saving the report"))

    def _update_buttons(self) -> None:
        running = self.running
        to_order = len(self.dry.to_order) if self.dry is not None else 0
        self.order_button.setText(QCoreApplication.translate(
            "BulkView", "Order %Ln smart meter(s)…", "", to_order) if to_order
            else self.tr("Order smart meters…"))
        if running:
            self.gate_entry.set_available(False, self.tr("A run is going on."))
        elif self.dry is None:
            self.gate_entry.set_available(False, self.tr("Do the dry run first."))
        elif not to_order:
            self.gate_entry.set_available(False, self.tr("Nobody in this cohort to order for."))
        else:
            self.gate_entry.set_available(True)
        self.resume_entry.set_available(not running)
        self.dry_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.pause_button.setText(self.tr("Resume") if self.run is not None and self.run.paused
                                  else self.tr("Pause"))
        self.cancel_button.setEnabled(running)
        self.save_button.setEnabled(self.run_id is not None and not running)
