"""Losing the network: offline banner, nothing typed is lost, reads resume when back."""

from PySide6.QtCore import Qt

from nomos_desk.ui.connection import OFFLINE, ONLINE
from nomos_desk.ui.main_window import MainWindow

from .fakes import fake_registry


def test_offline_banner_then_read_retries_when_back(qloop, qtbot, services_factory, network, app_settings):
    window = MainWindow(app_settings, fake_registry())
    qtbot.addWidget(window)
    services = services_factory(sink=window)
    window.set_session(services)
    window.show()
    view = window.search_view
    qtbot.keyClicks(view.query, "Mueller Berlin")

    network.down = True
    task = view.load_plans()
    qtbot.waitUntil(lambda: window.offline_banner.isVisible())
    assert services.connection.state == OFFLINE
    assert "Offline" in window.status_bar.connection_label.text()
    assert not window.error_banner.isVisible()  # offline is a state, not an error
    assert not task.done()  # the read is parked, not failed

    qtbot.keyClicks(view.query, " Mitte")  # typing goes on while offline
    assert view.refreshes == 0
    network.down = False
    qtbot.waitUntil(task.done, timeout=5000)
    assert view.refreshes == 1  # views that did not park their reads get one refresh
    qtbot.waitUntil(lambda: services.tasks.pending == 0)
    assert view.loaded and set(view.loaded) == {"5 plans"}
    assert task.cancelled() or task.exception() is None  # parked, then resumed or superseded
    assert services.connection.state == ONLINE
    assert not window.offline_banner.isVisible()
    assert view.query.text() == "Mueller Berlin Mitte"


def test_retry_now_probes_at_once(qloop, qtbot, services_factory, network, app_settings):
    window = MainWindow(app_settings, fake_registry())
    qtbot.addWidget(window)
    services = services_factory(sink=window)
    services.connection.first_pause = services.connection.max_pause = 60  # only the button can probe
    window.set_session(services)
    window.show()
    network.down = True
    task = window.search_view.load_plans()
    qtbot.waitUntil(lambda: window.offline_banner.isVisible())
    network.down = False
    qtbot.mouseClick(window.offline_banner.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(task.done, timeout=5000)
    assert not window.offline_banner.isVisible()
