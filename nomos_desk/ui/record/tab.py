"""A tab showing one Nomos record: a header and the record's declared sections.

Subclasses name their kind, declare `SECTIONS`, fetch the record once per refresh
(`fetch_record`, shared by every section through `record()`) and fill the header
(`show_record`). Every load runs as a named task of the session's runner (prefix
`<kind>.<id>.`, so closing the tab cancels exactly its work); reads wait out a lost
connection; each section shows its own placeholder, empty text and error.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api.models import Customer, Subscription
from nomos_desk.index.sync import store_fetched
from nomos_desk.ui import fmt
from nomos_desk.ui.errors import describe
from nomos_desk.ui.record.section import LEFT, RIGHT, WIDE, Section, SectionSpec
from nomos_desk.ui.services import Services
from nomos_desk.ui.theme import error_style
from nomos_desk.ui.views import View
from nomos_desk.ui.widgets import named

log = logging.getLogger(__name__)

RECORD = "record"


class RecordTab(View):
    KIND: ClassVar[str] = ""
    SECTIONS: ClassVar[tuple[SectionSpec, ...]] = ()

    loaded = Signal(str)  # a section (or RECORD for the header) finished, for tests and status

    def __init__(self, services: Services, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.KIND}Tab")
        self.services = services
        self.record_id = record_id
        self.task_prefix = f"{self.KIND}.{record_id}."
        self.current: Any = None  # the record as last loaded
        self._record_task: asyncio.Task[Any] | None = None
        self.set_title(record_id)

        self.title_label = named(QLabel(record_id), "recordTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setWordWrap(True)
        self.subtitle = named(QLabel(wordWrap=True), "recordSubtitle")
        self.updated = named(QLabel(), "recordUpdated")
        self.refresh_button = named(QPushButton(self.tr("Refresh")), "recordRefresh")
        self.refresh_button.setToolTip(self.tr("Load this record again from Nomos (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        # Write actions of the record go here, beside Refresh (registered with the gate).
        self.action_row = QHBoxLayout()

        self.sections: dict[str, Section] = {}
        for spec in self.SECTIONS:
            section = Section(spec, spec.body(self))
            section.retry_requested.connect(lambda key=spec.key: self._retry(key))
            self.sections[spec.key] = section

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.updated, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        # The actions get a line of their own under the title: beside it, four of them
        # squeezed a long customer name into a narrow column and set the window's minimum
        # width in German.
        self.action_row.setAlignment(Qt.AlignmentFlag.AlignLeft)

        services.changes.changed.connect(self._records_changed)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid())
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.action_row)
        layout.addWidget(scroll, 1)
        self.refresh()

    def _grid(self) -> QWidget:
        body = QWidget()
        grid = QGridLayout(body)
        rows = [0, 0]
        for section in self.sections.values():
            spec = section.spec
            if spec.column == WIDE:
                row = max(rows)
                grid.addWidget(section, row, 0, 1, 2)
                rows = [row + 1, row + 1]
            else:
                col = RIGHT if spec.column == RIGHT else LEFT
                grid.addWidget(section, rows[col], col)
                if spec.stretch:
                    grid.setRowStretch(rows[col], 1)
                rows[col] += 1
        grid.setRowStretch(max(rows), 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return body

    # -- what subclasses provide ---------------------------------------------------------
    async def fetch_record(self) -> Any:
        raise NotImplementedError

    async def show_record(self, record: Any) -> None:
        """Fill the header (title, subtitle) from the freshly loaded record."""

    # -- the shared record ----------------------------------------------------------------
    async def record(self) -> Any:
        """The record of the current refresh: one request however many sections ask."""
        task = self._record_task
        if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):
            task = self.services.tasks.run(self.task_prefix + "fetch", self.fetch_record(),
                                           report=False)
            self._record_task = task
        return await asyncio.shield(task)

    # -- lifecycle ------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._shut_down:
            return
        if self._record_task is not None and self._record_task.done():
            self._record_task = None  # a refresh asks Nomos again
        if self.current is not None:
            self.updated.setText(self.tr("Refreshing…"))  # the old facts stay meanwhile
            self.updated.setStyleSheet("")
        self._start_header()
        for key in self.sections:
            self._start_section(key)

    def related_ids(self) -> set[str]:
        """The ids of the records this tab shows: a change to any of them refreshes it."""
        return {self.record_id}

    def _records_changed(self, ids: list[str]) -> None:
        if self.related_ids() & set(ids):
            self.refresh()

    def shutdown(self) -> None:
        """Closing the tab: stop its requests; nothing may land on a deleted widget."""
        self.services.tasks.cancel(self.task_prefix)

    def state(self, key: str) -> str:
        return self.sections[key].state

    def _retry(self, key: str) -> None:
        if self.current is None and not self.services.tasks.is_running(self.task_prefix + RECORD):
            self._start_header()  # the record never arrived: the header is still waiting too
        self._start_section(key)

    def _start_header(self) -> None:
        self.services.tasks.run_guarded(self.task_prefix + RECORD, self._load_header,
                                        on_error=self._header_failed)

    def _start_section(self, key: str) -> None:
        section = self.sections[key]
        section.show_refreshing()

        async def load() -> None:
            section.show_result(await section.body.load())
            self.loaded.emit(key)

        def failed(exc: BaseException) -> None:
            section.show_error(exc)
            self.loaded.emit(key)

        self.services.tasks.run_guarded(self.task_prefix + key, load, on_error=failed)

    async def _load_header(self) -> None:
        record = await self.record()
        self.current = record
        await self.show_record(record)
        self.updated.setText(self.tr("Loaded %1").replace("%1", fmt.clock_time()))
        self.services.refreshed()
        self.loaded.emit(RECORD)

    async def write_back(self, customer: Customer | None, subs: list[Subscription]) -> None:
        """Opening a record refreshes its index rows, so search shows what Nomos has now.
        The index is a cache: a failed write is reported, and the tab still shows."""
        try:
            await store_fetched(self.services.index, customer, subs)
        except Exception as exc:
            log.warning("index write-back failed for %s", self.record_id, exc_info=True)
            self.services.report_error(exc, self.tr("Updating the search index"))

    def _header_failed(self, exc: BaseException) -> None:
        if self.current is not None:
            self.updated.setText(self.tr("Refresh failed: %1").replace("%1", describe(exc).line()))
            self.updated.setStyleSheet(error_style(self))
            self.updated.setWordWrap(True)
        self.loaded.emit(RECORD)
