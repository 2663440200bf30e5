"""A closed tab is gone for good: its widgets are deleted once the work its closing
cancelled has wound down, and nothing of it stays in memory (a lambda connected to its
own signals used to keep every closed workspace alive, out of the collector's sight)."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from nomos_desk.ui.main_window import MainWindow
from nomos_desk.ui.registry import default_registry

from .test_workspace import make_case


def settle(qtbot) -> None:
    qtbot.wait(50)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


def test_closing_tabs_frees_their_widgets(qtbot, qloop, services_factory, sandbox_app,
                                         app_settings):
    sub = make_case(sandbox_app)
    window = MainWindow(app_settings, default_registry())
    qtbot.addWidget(window)
    window.set_session(services_factory(sink=window))
    window.show()
    settle(qtbot)
    before = len(QApplication.allWidgets())
    gone = []
    for _ in range(3):
        workspace = window.open("subscription", sub["id"])
        customer = window.open("customer", sub["customer"])
        workspace.refresh()  # closed with its loads still on their way
        gone += [weakref.ref(workspace), weakref.ref(customer)]
        window.close_tab(1)
        qtbot.waitUntil(lambda t=workspace: all(
            t.state(k) in ("ready", "empty", "error") for k in t.sections), timeout=10000)
        window.close_tab(0)
        del workspace, customer
    qtbot.waitUntil(lambda: (settle(qtbot), all(ref() is None for ref in gone))[1],
                    timeout=5000)
    assert len(QApplication.allWidgets()) == before
    window.clear_session()
