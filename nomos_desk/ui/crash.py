"""An exception nobody caught: say so in a dialog, keep the app running, lose nothing.

`CrashReporter.install()` takes over `sys.excepthook` (exceptions in Qt slots and event
handlers end there), `threading.excepthook` and the asyncio loop's exception handler.
Each one is logged with its traceback (redacted, like every log line) and shown in one
non-modal dialog with "Copy details"; further problems while it is open are added to it
instead of stacking dialogs. Nothing is closed or reset, so a half-filled form stays.
Failures of the app's own tasks do not come here: the TaskRunner shows them in the banner.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.ui.diagnostics import versions
from nomos_desk.ui.logs import redact_text
from nomos_desk.ui.theme import mark_secondary

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def report_text(exc_info: ExcInfo, where: str) -> str:
    lines = traceback.format_exception(*exc_info)
    return redact_text("\n".join([*versions(), f"Where: {where}", "", "".join(lines).rstrip()]))


class CrashDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected problem"))
        self.reports: list[str] = []
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        self.headline = QLabel(self.tr("Nomos Desk ran into an unexpected problem."), self)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.explanation = QLabel(self.tr(
            "The app keeps running and nothing you entered is lost. If this happens again, "
            "send the details to your support team: Copy details puts them on the "
            "clipboard (without secrets or personal data)."), self)
        self.explanation.setWordWrap(True)
        self.count = QLabel(self)
        mark_secondary(self.count)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)

        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.headline)
        texts.addWidget(self.explanation)
        texts.addWidget(self.count)
        head.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def add(self, report: str) -> None:
        self.reports.append(report)
        self.details.setPlainText(("\n\n" + "-" * 60 + "\n\n").join(self.reports))
        count = len(self.reports)
        self.count.setText(self.tr("%n problem(s) since this message appeared.", "", count))
        self.count.setVisible(count > 1)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class CrashReporter(QObject):
    # Queued to the GUI thread: a worker thread's exception must not build widgets itself.
    _reported = Signal(str)

    def __init__(self, parent_window: Callable[[], QWidget | None] | None = None) -> None:
        super().__init__()
        self.parent_window = parent_window or QApplication.activeWindow
        self.dialog: CrashDialog | None = None
        self._previous: tuple[Any, Any] | None = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook
        if loop is not None:
            loop.set_exception_handler(self._loop_hook)

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.report((exc_type, exc, tb), "Qt event or slot")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report((args.exc_type, args.exc_value, args.exc_traceback), f"thread {name}")

    def _loop_hook(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, asyncio.CancelledError):
            return
        if not isinstance(exc, BaseException):  # a warning without an exception
            log.warning("event loop: %s", context.get("message", context))
            return
        self.report((type(exc), exc, exc.__traceback__),
                    f"event loop: {context.get('message', '')}")

    def report(self, exc_info: ExcInfo, where: str) -> None:
        try:
            log.error("unexpected problem (%s)", where, exc_info=exc_info)
            self._reported.emit(report_text(exc_info, where))
        except Exception:  # reporting must never raise into whatever called the hook
            sys.__excepthook__(*exc_info)

    def _show(self, report: str) -> None:
        dialog = self.dialog
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            dialog = CrashDialog(self.parent_window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = dialog
        dialog.add(report)
        dialog.show()  # non-modal: the work behind it goes on
        dialog.raise_()
