"""A PDF shown in the app with QtPdf: pages, zoom, fit width or page, text search and
page thumbnails (shown by themselves when a document has more than one page)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.ui import fmt
from nomos_desk.ui.widgets import left_row, named

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)
THUMB_WIDTH = 96
PRINT_DPI = 300


def render_page(document: QPdfDocument, page: int, width: int) -> QImage:
    """Page `page` as an image `width` pixels wide (its height follows the page's shape),
    on white paper: PDFium leaves the background transparent, and a thumbnail in the dark
    theme showed black text on a dark list."""
    size = document.pagePointSize(page)
    height = round(width * size.height() / size.width()) if size.width() > 0 else width
    image = document.render(page, QSize(width, max(height, 1)))
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def print_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the printer's page range of `document` on `printer`; returns the pages printed.
    Each page is rendered at 300 dpi and fitted to the printable area."""
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, last) if first > 0 else range(document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for page in pages:
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            image = render_page(document, page, round(points.width() / 72 * PRINT_DPI))
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), scaled), image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = named(QPdfView(), "pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fitting the width must not make the page tall enough to need a scroll bar that
        # then narrows the view: the bar stays, so the fit does not go round in circles.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view.setSearchModel(self.search_model)

        self.page_label = named(QLabel(), "pdfPage")
        self.zoom_out = self._tool("−", self.tr("Zoom out"), lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in = self._tool("+", self.tr("Zoom in"), lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_label = named(QLabel(), "pdfZoom")
        # A fixed width: a fit mode's zoom follows the pane's width, and a label that grew
        # with its text ("99 %" -> "100 %") could change that width again, without end.
        self.zoom_label.setFixedWidth(self.zoom_label.fontMetrics().horizontalAdvance("0000 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_width = self._tool(self.tr("Fit width"), self.tr("Page width fills the view"),
                                    lambda: self.fit(QPdfView.ZoomMode.FitToWidth))
        self.fit_page = self._tool(self.tr("Whole page"), self.tr("A whole page fits the view"),
                                   lambda: self.fit(QPdfView.ZoomMode.FitInView))
        for button in (self.fit_width, self.fit_page):
            button.setCheckable(True)
        self.pages_button = self._tool(self.tr("Pages"), self.tr("Show or hide page thumbnails"),
                                       self._toggle_thumbnails)
        self.search_box = named(QLineEdit(), "pdfFind")
        self.search_box.setPlaceholderText(self.tr("Find in document"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(150)
        self.search_box.textChanged.connect(self.search_model.setSearchString)
        self.search_box.returnPressed.connect(lambda: self.step_result(1))
        self.previous = self._tool("▲", self.tr("Previous match"), lambda: self.step_result(-1))
        self.next = self._tool("▼", self.tr("Next match"), lambda: self.step_result(1))
        self.matches = named(QLabel(), "pdfMatches")

        self.thumbnails = named(QListWidget(), "pdfThumbnails")
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setFlow(QListView.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.42)))
        self.thumbnails.setFixedWidth(THUMB_WIDTH + 36)
        self.thumbnails.currentRowChanged.connect(self.go_to_page)
        self.thumbnails.hide()

        # The search sits in the row above (the document section's), beside the actions.
        self.search_row = QHBoxLayout()
        self.search_row.setContentsMargins(0, 0, 0, 0)
        self.search_row.addWidget(self.search_box, 1)
        for widget in (self.previous, self.next, self.matches):
            self.search_row.addWidget(widget)
        tools = left_row(self.pages_button, self.page_label, self.zoom_out, self.zoom_label,
                         self.zoom_in, self.fit_width, self.fit_page)
        body = QHBoxLayout()
        body.addWidget(self.thumbnails)
        body.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addLayout(body, 1)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self.search_model.rowsInserted.connect(self._show_matches)
        self.search_model.modelReset.connect(self._show_matches)
        self._show_page()
        self._show_zoom()
        self._show_matches()

    def _tool(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- the document ---------------------------------------------------------------------
    def open(self, path: Path) -> QPdfDocument.Error:
        """Show the PDF at `path`; anything but Error.None_ means it cannot be shown."""
        self.search_box.clear()
        error = self.document.load(str(path))
        if error == QPdfDocument.Error.None_:
            self._make_thumbnails()
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.go_to_page(0)
        else:
            self.document.close()
            self._make_thumbnails()
        self._show_page()
        return error

    def close_document(self) -> None:
        self.document.close()

    @property
    def pages(self) -> int:
        return self.document.pageCount()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.pages:
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def _make_thumbnails(self) -> None:
        self.thumbnails.clear()
        for page in range(self.pages):
            image = render_page(self.document, page, THUMB_WIDTH)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), fmt.integer(page + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.thumbnails.addItem(item)
        self.thumbnails.setVisible(self.pages > 1)

    def _toggle_thumbnails(self) -> None:
        self.thumbnails.setVisible(not self.thumbnails.isVisible() and self.pages > 0)

    # -- zoom -------------------------------------------------------------------------------
    def effective_zoom(self) -> float:
        """The zoom on screen: a fit mode's is worked out from the page and the viewport."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.pages:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(self.view.pageNavigator().currentPage())
        margins = self.view.documentMargins()
        viewport = self.view.viewport()
        scale = self.logicalDpiX() / 72
        width = (viewport.width() - margins.left() - margins.right()) / (page.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(width, 0.01)
        height = (viewport.height() - margins.top() - margins.bottom()) / (page.height() * scale)
        return max(min(width, height), 0.01)

    def zoom_by(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        zoom = min(max(self.effective_zoom() * factor, low), high)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def fit(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)

    def _show_zoom(self, *_: object) -> None:
        mode = self.view.zoomMode()
        self.fit_width.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.zoom_label.setText(self.tr("%1 %").replace(
            "%1", fmt.integer(round(self.effective_zoom() * 100))))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._show_zoom()  # a fit mode's zoom follows the window

    # -- pages and search ------------------------------------------------------------------
    def _show_page(self, *_: object) -> None:
        current = self.view.pageNavigator().currentPage()
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", fmt.integer(current + 1))
                                .replace("%2", fmt.integer(self.pages)) if self.pages else "")
        if 0 <= current < self.thumbnails.count() and self.thumbnails.currentRow() != current:
            self.thumbnails.blockSignals(True)
            self.thumbnails.setCurrentRow(current)
            self.thumbnails.blockSignals(False)

    def result_count(self) -> int:
        return self.search_model.rowCount(QModelIndex())

    def step_result(self, step: int) -> None:
        count = self.result_count()
        if not count:
            return
        index = (self.view.currentSearchResultIndex() + step) % count
        self.view.setCurrentSearchResultIndex(index)
        link = self.search_model.resultAtIndex(index)
        self.view.pageNavigator().jump(link)
        self._show_matches()

    def _show_matches(self, *_: object) -> None:
        count = self.result_count()
        searching = bool(self.search_box.text())
        current = self.view.currentSearchResultIndex()
        if not searching:
            self.matches.setText("")
        elif not count:
            self.matches.setText(self.tr("no match"))
        else:
            self.matches.setText(self.tr("%1 of %2")
                                 .replace("%1", fmt.integer(max(current, 0) + 1))
                                 .replace("%2", fmt.integer(count)))
        self.previous.setEnabled(count > 1)
        self.next.setEnabled(count > 0)
