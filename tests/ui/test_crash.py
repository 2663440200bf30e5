"""An exception nobody caught shows one dialog with "Copy details"; the app runs on and
what a person typed stays."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from nomos_desk.ui.crash import CrashDialog, CrashReporter

pytestmark = pytest.mark.qt_no_exception_capture  # the reporter is the one catching here


@pytest.fixture
def window(qtbot):
    window = QWidget()
    window.draft = QLineEdit(window)
    window.button = QPushButton("Go", window)
    layout = QVBoxLayout(window)
    layout.addWidget(window.draft)
    layout.addWidget(window.button)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def reporter(qloop, window):
    reporter = CrashReporter(lambda: window)
    reporter.install(qloop)
    yield reporter
    reporter.uninstall()
    qloop.set_exception_handler(None)
    if reporter.dialog is not None:
        reporter.dialog.close()


def shown_dialog(qtbot, reporter) -> CrashDialog:
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    return reporter.dialog


def test_an_exception_in_a_slot_shows_the_dialog_and_the_work_stays(qtbot, window, reporter):
    window.draft.setText("half-typed meter reading 4711")

    def broken() -> None:
        raise KeyError("client_secret=s3cr3t-value")

    window.button.clicked.connect(broken)
    qtbot.mouseClick(window.button, Qt.MouseButton.LeftButton)

    dialog = shown_dialog(qtbot, reporter)
    details = dialog.details.toPlainText()
    assert "KeyError" in details and "in broken" in details  # the traceback
    assert "Nomos Desk" in details and "Python" in details  # versions for support
    assert "s3cr3t-value" not in details
    assert not dialog.isModal()  # the window behind stays usable
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    assert window.isVisible() and window.draft.text() == "half-typed meter reading 4711"
    qtbot.keyClicks(window.draft, "5")  # and it still takes input
    assert window.draft.text().endswith("47115")


def test_a_second_problem_joins_the_open_dialog(qtbot, window, reporter):
    def broken() -> None:
        raise ValueError("first")

    window.button.clicked.connect(broken)
    window.button.click()
    dialog = shown_dialog(qtbot, reporter)
    assert not dialog.count.isVisibleTo(dialog)
    reporter.excepthook(*_exc_info(RuntimeError("second")))
    qtbot.waitUntil(lambda: len(dialog.reports) == 2)
    assert reporter.dialog is dialog
    assert "2 problems" in dialog.count.text() and dialog.count.isVisibleTo(dialog)
    assert "RuntimeError: second" in dialog.details.toPlainText()


def test_a_failed_event_loop_callback_is_reported(qtbot, qloop, reporter):
    def callback() -> None:
        raise ZeroDivisionError("in a callback")

    qloop.call_soon(callback)
    dialog = shown_dialog(qtbot, reporter)
    assert "ZeroDivisionError: in a callback" in dialog.details.toPlainText()


def test_a_thread_that_dies_is_reported_on_the_gui_thread(qtbot, reporter):
    def work() -> None:
        raise OSError("disk gone in worker")

    thread = threading.Thread(target=work, name="export-worker")
    thread.start()
    thread.join()
    dialog = shown_dialog(qtbot, reporter)
    assert "thread export-worker" in dialog.details.toPlainText()


def test_uninstall_gives_the_hooks_back(qloop, window):
    before = sys.excepthook, threading.excepthook
    reporter = CrashReporter(lambda: window)
    reporter.install(qloop)
    assert sys.excepthook == reporter.excepthook
    reporter.uninstall()
    qloop.set_exception_handler(None)
    assert (sys.excepthook, threading.excepthook) == before


def _exc_info(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__
