"""Driving the app controller the way a person does: type into the sign-in dialog, click."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt

from nomos_desk.ui.session import AppController

SANDBOX_URL = "http://127.0.0.1:9"  # the test transport ignores the host; loopback keeps http legal


@contextmanager
def running(qtbot, qloop, controller: AppController) -> Iterator[AppController]:
    """The controller's whole run on the test loop, quit and wound down afterwards."""
    controller.run_task = qloop.create_task(controller.run())
    try:
        yield controller
    finally:
        controller.request_quit()
        if controller.dialog is not None:
            controller.dialog.reject()
        qtbot.waitUntil(controller.run_task.done, timeout=10000)
        if controller.window is not None:
            controller.window.deleteLater()


def wait_for_dialog(qtbot, controller: AppController, timeout: int = 5000):
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible(), timeout=timeout)
    return controller.dialog


def fill_and_sign_in(qtbot, dialog, *, name="Stadtwerk test", client_id="sandbox-rw", secret="sandbox",
                     base_url=SANDBOX_URL) -> None:
    for field, text in ((dialog.name, name), (dialog.base_url, base_url), (dialog.client_id, client_id)):
        field.clear()
        qtbot.keyClicks(field, text)
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, secret)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def wait_for_window(qtbot, controller: AppController, timeout: int = 5000):
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible()
                    and controller.services is not None, timeout=timeout)
    return controller.window


def wait_for_confirmation(qtbot, parent, timeout: int = 3000):
    """The confirmation a click opened (they open on the next turn of the loop)."""
    from nomos_desk.ui.dialogs import Confirmation

    def shown():
        box = parent.findChild(Confirmation)
        return box is not None and box.isVisible()

    qtbot.waitUntil(shown, timeout=timeout)
    return parent.findChild(Confirmation)


def answer(qtbot, box, *, accept: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    button = box.accept_button if accept else box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
