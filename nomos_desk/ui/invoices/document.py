"""The invoice's PDF in its tab: fetched through Nomos's redirect with progress into the
profile's cache, shown with QtPdf, opened externally, saved elsewhere or printed.

The storage link Nomos redirects to is valid for an hour. A link that expired on the
way (a sleeping laptop, a slow line) is refused by the storage with 403; the document
is then asked for once more, which gets a fresh link, without troubling anyone. A file
that is not a PDF, or that QtPdf cannot read, is said to be damaged in plain words and
is not kept.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from nomos_desk.api import NomosClient, errors
from nomos_desk.api.models import Invoice
from nomos_desk.domain.privacy import write_private
from nomos_desk.ui import fmt
from nomos_desk.ui.dialogs import choose_save_path, documents_dir
from nomos_desk.ui.errors import describe
from nomos_desk.ui.invoices.pdf_view import PdfPane, print_pages
from nomos_desk.ui.record.section import SectionBody
from nomos_desk.ui.tasks import open_dialog
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import left_row, named

if TYPE_CHECKING:
    from nomos_desk.ui.record.tab import RecordTab

VIEWER_HEIGHT = 640
Progress = Callable[[int, int | None], None]


async def download_pdf(client: NomosClient, invoice_id: str, progress: Progress) -> bytes:
    try:
        return await client.get_invoice_pdf(invoice_id, progress=progress)
    except errors.Forbidden:
        # The storage refuses a link whose hour is up; a new request brings a fresh one.
        return await client.get_invoice_pdf(invoice_id, progress=progress)


def _kb(size: int) -> str:
    return fmt.number(size / 1024, 0)


class InvoiceDocument(SectionBody):
    state_changed = Signal(str)  # downloading, ready, damaged, failed, cancelled

    def __init__(self, tab: RecordTab) -> None:
        super().__init__(tab)
        self.invoice: Invoice | None = None
        self.path: Path | None = None
        self.state = "waiting"
        self.task = tab.task_prefix + "pdf"
        self.pane = named(PdfPane(), "pdfPane")
        self.pane.setMinimumHeight(VIEWER_HEIGHT)
        self.status = named(QLabel(wordWrap=True), "documentStatus")
        self.progress = named(QProgressBar(), "documentProgress")
        self.progress.setTextVisible(False)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelDownload")
        self.cancel_button.clicked.connect(lambda: self.services.tasks.cancel(self.task))
        self.again_button = named(QPushButton(self.tr("Download again")), "downloadAgain")
        self.again_button.clicked.connect(lambda: self.fetch(fresh=True))
        self.open_button = named(QPushButton(self.tr("Open externally")), "openExternally")
        self.open_button.setToolTip(self.tr("Open the PDF in the system's PDF viewer"))
        self.open_button.clicked.connect(self.open_externally)
        self.save_button = named(QPushButton(self.tr("Save as…")), "savePdf")
        self.save_button.clicked.connect(self._save_clicked)
        self.print_button = named(QPushButton(self.tr("Print…")), "printPdf")
        self.print_button.clicked.connect(self._print_clicked)

        actions = left_row(self.open_button, self.save_button, self.print_button)
        actions.addLayout(self.pane.search_row, 1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.status, 1)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        progress_row.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addLayout(progress_row)
        layout.addWidget(self.pane, 1)
        self._set_state("waiting", "")

    async def load(self) -> bool:
        invoice = (await self.tab.record()).invoice
        changed = self.invoice is None or (invoice.id, invoice.status) != (self.invoice.id,
                                                                          self.invoice.status)
        self.invoice = invoice
        if changed or self.state not in ("ready", "downloading"):
            self.fetch()
        return True

    # -- fetching -------------------------------------------------------------------------------
    def fetch(self, *, fresh: bool = False) -> None:
        if fresh:
            self._show_progress(0, None)  # at once: the click must show it was heard
        self.services.tasks.run_guarded(self.task, lambda: self._fetch(fresh),
                                        on_error=self._failed)

    async def _fetch(self, fresh: bool) -> None:
        invoice = self.invoice
        assert invoice is not None and invoice.id
        cache = self.services.pdfs
        try:
            path = None if fresh else cache.get(invoice.id, invoice.status)
            if path is None:
                self._show_progress(0, None)
                data = await download_pdf(self.services.client, invoice.id, self._show_progress)
                path = cache.put(invoice.id, invoice.status, data)
        except asyncio.CancelledError:
            self._set_state("cancelled", self.tr("Download cancelled."))
            raise
        error = self.pane.open(path)
        if error == QPdfDocument.Error.FileNotFound and not fresh:
            await self._fetch(True)  # the cached copy vanished meanwhile: fetch it anew
            return
        if error != QPdfDocument.Error.None_:
            cache.discard(invoice.id, invoice.status)
            self.path = None
            self._set_state("damaged", self.tr(
                "The document Nomos sent is damaged: it cannot be read as a PDF. Download it "
                "again, or ask Nomos support for the invoice's document."))
            return
        self.path = path
        self._set_state("ready", "")

    def _show_progress(self, received: int, expected: int | None) -> None:
        if expected:
            self.progress.setRange(0, expected)
            self.progress.setValue(min(received, expected))
            text = (self.tr("Downloading the document… %1 of %2 KB")
                    .replace("%1", _kb(received)).replace("%2", _kb(expected)))
        else:
            self.progress.setRange(0, 0)  # size unknown: a busy bar
            text = (self.tr("Downloading the document… %1 KB").replace("%1", _kb(received))
                    if received else self.tr("Asking Nomos for the document…"))
        if self.state == "downloading":  # each further chunk: the numbers only
            self.status.setText(text)
        else:
            self._set_state("downloading", text)

    def _failed(self, exc: BaseException) -> None:
        self.path = None
        if isinstance(exc, errors.NotFound):
            text = self.tr("Nomos has no document for this invoice.")
        elif isinstance(exc, errors.UnexpectedResponse):
            text = self.tr("The file Nomos sent for this invoice is not a PDF. %1").replace(
                "%1", describe(exc).line())
        else:
            text = self.tr("The document could not be fetched: %1").replace(
                "%1", describe(exc).line())
        self._set_state("failed", text)

    def _set_state(self, state: str, text: str) -> None:
        self.state = state
        self.status.setText(text)
        self.status.setVisible(bool(text))
        problem = state in ("damaged", "failed")
        self.status.setStyleSheet(error_style(self) if problem else "")
        if not problem:
            mark_secondary(self.status)
        self.progress.setVisible(state == "downloading")
        self.cancel_button.setVisible(state == "downloading")
        self.again_button.setVisible(state in ("damaged", "failed", "cancelled"))
        ready = state == "ready"
        for button in (self.open_button, self.save_button, self.print_button):
            button.setEnabled(ready)
        self.pane.setVisible(ready)
        self.state_changed.emit(state)

    # -- what can be done with it ---------------------------------------------------------------
    def open_externally(self) -> bool:
        if self.path is None:
            return False
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        if not opened:
            self.services.status(self.tr("No program to open PDF files was found."))
        return opened

    def suggested_name(self) -> str:
        invoice = self.invoice
        name = (invoice.invoice_number or invoice.id or "invoice") if invoice else "invoice"
        return "".join(c if c.isalnum() or c in "-_" else "_" for c in name) + ".pdf"

    def _save_clicked(self) -> None:
        self.services.tasks.run(self.tab.task_prefix + "save", self.save_as(),
                                context=self.tr("Saving the invoice document"))

    async def save_as(self) -> Path | None:
        source = self.path
        if source is None:
            return None
        target = await choose_save_path(self, self.tr("Save invoice document"),
                                        documents_dir() / self.suggested_name(),
                                        self.tr("PDF documents (*.pdf)"))
        if target is None:
            return None
        write_private(target, source.read_bytes())  # it holds customer data: user-only
        self.services.status(self.tr("Saved the invoice document to %1.").replace(
            "%1", str(target)))
        return target

    def _print_clicked(self) -> None:
        self.services.tasks.run(self.tab.task_prefix + "print", self.print_document(),
                                context=self.tr("Printing the invoice document"))

    async def print_document(self) -> int:
        if self.state != "ready":
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name())
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setMinMax(1, max(self.pane.pages, 1))
        try:
            if await open_dialog(dialog) != QPrintDialog.DialogCode.Accepted:
                return 0
        finally:
            dialog.deleteLater()
        return print_pages(self.pane.document, printer)

    def shutdown(self) -> None:
        self.pane.close_document()
