"""Errors people can act on: banner with code and request id, field errors, soft hints."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from nomos_desk.api import errors as E
from nomos_desk.ui.errors import Severity, describe
from nomos_desk.ui.forms import FieldErrors
from nomos_desk.ui.main_window import MainWindow

from .fakes import fake_registry


@pytest.fixture
def window(qloop, qtbot, services_factory, app_settings):
    window = MainWindow(app_settings, fake_registry())
    qtbot.addWidget(window)
    window.set_session(services_factory(sink=window))
    window.show()
    return window


def test_real_404_shows_code_and_request_id_and_copies_them(qtbot, window):
    services = window.services

    async def open_missing():
        await services.client.get_subscription("sub_does_not_exist")

    services.tasks.run("workspace:load", open_missing())
    banner = window.error_banner
    qtbot.waitUntil(banner.isVisible)
    request_id = banner.info.request_id
    assert request_id  # the sandbox sends one with every error, like Nomos
    assert banner.info.code == "NOT_FOUND"
    assert request_id in banner.details.text() and "NOT_FOUND" in banner.details.text()
    assert banner.title.text() == "Error"

    qtbot.mouseClick(banner.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert request_id in copied and "NOT_FOUND" in copied

    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_banner_is_not_modal_typing_goes_on(qtbot, window):
    view = window.search_view
    window.report_error(E.Conflict(409, "CONFLICT", "A smart meter order exists", request_id="req_9"),
                        "Ordering a smart meter")
    assert window.error_banner.isVisible()
    assert QApplication.activeModalWidget() is None
    qtbot.keyClicks(view.query, "abc")
    assert view.query.text() == "abc"


def test_write_refused_by_read_only_token(qtbot, qloop, services_factory, app_settings):
    window = MainWindow(app_settings, fake_registry())
    qtbot.addWidget(window)
    services = services_factory("sandbox-ro", sink=window)
    window.set_session(services)
    window.show()

    async def create():
        await services.client.create_meter_order("sub_x")

    services.tasks.run("order", create())
    qtbot.waitUntil(window.error_banner.isVisible)
    assert "Nothing was sent" in window.error_banner.message.text()


def test_meter_reading_422_is_a_soft_hint():
    exc = E.Unprocessable(422, "UNPROCESSABLE_ENTITY", "value is lower than the previous reading",
                          request_id="req_1",
                          field_errors=(E.FieldError("implausible_meter_reading", "value", "too low"),))
    assert describe(exc, "Submitting a meter reading").severity is Severity.HINT
    assert describe(exc).severity is Severity.HINT  # recognised by its code as well
    other = E.Unprocessable(422, "UNPROCESSABLE_ENTITY", "zip not served", request_id="req_2",
                            field_errors=(E.FieldError("unserviceable_zip", "zip", "no"),))
    assert describe(other, "Creating a lead").severity is Severity.ERROR


def test_hint_banner_looks_like_a_hint(qtbot, window):
    exc = E.Unprocessable(422, "UNPROCESSABLE_ENTITY", "implausible", request_id="req_3",
                          field_errors=(E.FieldError("implausible_meter_reading", "value", "implausible"),))
    window.report_error(exc, "Submitting a meter reading")
    assert window.error_banner.title.text() == "Please check"


def test_field_errors_next_to_fields_and_cleared_by_typing(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    value, zip_code = QLineEdit(form), QLineEdit(form)
    fields = FieldErrors()
    fields.make_label("value", value)
    fields.bind("address", zip_code, QLabel(form))
    exc = E.Unprocessable(422, "UNPROCESSABLE_ENTITY", "invalid", field_errors=(
        E.FieldError("too_small", "value", "Must be positive"),
        E.FieldError("unserviceable_zip", "address.zip", "We do not deliver to 99999"),
        E.FieldError("custom", "iban", "Unknown bank"),
    ))
    form.show()
    unplaced = fields.apply(exc)
    assert fields.message("value") == "Must be positive"
    assert fields.message("address") == "We do not deliver to 99999"  # nested name, closest field
    assert [u.field for u in unplaced] == ["iban"]  # for the banner
    qtbot.keyClicks(value, "5")
    assert fields.message("value") is None
    assert fields.message("address") is not None
    assert value.text() == "5"


def test_a_lost_connection_handed_to_the_sink_shows_offline_not_an_error(qtbot, window):
    from nomos_desk.ui.connection import OFFLINE
    window.report_error(E.ConnectionLost("connection failed: ConnectError"), "Loading plans")
    assert window.services.connection.state == OFFLINE
    assert window.offline_banner.isVisible() and not window.error_banner.isVisible()


def test_a_timeout_is_a_slow_server_not_a_lost_connection(qtbot, window):
    from nomos_desk.ui.connection import ONLINE
    window.report_error(E.Timeout("no answer in time (ReadTimeout)"), "Loading plans")
    assert window.services.connection.state == ONLINE
    assert not window.offline_banner.isVisible() and window.error_banner.isVisible()
    assert "slow to answer" in window.error_banner.message.text()
