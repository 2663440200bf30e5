"""The UI survives any answer: with Nomos (or a proxy before it) answering HTML error
pages, cut-off JSON, empty bodies or objects of the wrong shape, the search, a
subscription workspace and a customer tab each show their own plain message, nothing
escapes to the event loop, and once the answers are sound again a refresh shows the
records."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from nomos_desk.ui.main_window import MainWindow
from nomos_desk.ui.registry import default_registry

from .test_workspace import make_case

SETTLED = ("ready", "empty", "error")

HTML = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"
WRONG_LIST = {"object": "list", "items": "none today", "has_more": "perhaps", "next_page": 7}
WRONG_SUB = {"object": "subscription", "id": ["sub_1"], "customer": 42, "status": {"a": 1},
             "start_at": "yesterday-ish", "meter": "no", "address": 17, "plan": [],
             "payment_method": "cash", "type": None, "number": 12345678}
WRONG_CUSTOMER = {"object": "customer", "id": 5, "type": ["person"], "first_name": {"x": 1},
                  "last_name": 3.5e400, "email": False, "created_at": "never"}


def html(status: int) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, content=HTML,
                                          headers={"Content-Type": "text/html"})


def truncated(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b'{"object": "list", "items": [{"id": "sub_',
                          headers={"Content-Type": "application/json"})


def empty(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b"", headers={"Content-Type": "application/json"})


def wrong_types(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    body = (WRONG_SUB if path.startswith("/subscriptions/") else
            WRONG_CUSTOMER if path.startswith("/customers/") else WRONG_LIST)
    return httpx.Response(200, content=json.dumps(body).encode(),
                          headers={"Content-Type": "application/json"})


ANSWERS = {"html_502": html(502), "html_200": html(200), "truncated": truncated,
           "empty": empty, "wrong_types": wrong_types}


class Garbage(httpx.AsyncBaseTransport):
    """Between the app and the sandbox: while `answer` is set, every call but the token
    request gets it instead of the sandbox's answer."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.answer: Callable[[httpx.Request], httpx.Response] | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.answer is not None and request.url.path != "/oauth/token":
            await request.aread()
            return self.answer(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.mark.parametrize("kind", list(ANSWERS))
def test_every_section_shows_its_own_message_and_the_app_keeps_running(
        qtbot, qloop, services_factory, network, sandbox_app, app_settings, kind):
    sub = make_case(sandbox_app)
    garbage = Garbage(network.inner)
    network.inner = garbage
    window = MainWindow(app_settings, default_registry())
    qtbot.addWidget(window)
    services = services_factory(sink=window)
    garbage.answer = ANSWERS[kind]
    window.set_session(services)
    window.show()
    search = window.search_view
    # A 502 page is Nomos (or its proxy) having a problem: the sync retries and says so;
    # anything else is an answer that will not get better by asking again.
    said = "Nomos had a problem, trying again" if kind == "html_502" else "Sync failed: "
    qtbot.waitUntil(lambda: search.sync_label.text().startswith(said), timeout=10000)

    workspace = window.open("subscription", sub["id"])
    customer = window.open("customer", sub["customer"])
    tabs = (workspace, customer)
    for tab in tabs:
        qtbot.waitUntil(lambda t=tab: all(t.state(k) in SETTLED for k in t.sections),
                        timeout=10000)
        for key, section in tab.sections.items():
            assert tab.state(key) == "error", (kind, tab.KIND, key)
            assert section.error_label.text().startswith("⚠ Could not load this part.")
            assert section.stack.currentWidget() is section.error_box  # with "Try again"
    qtbot.keyClicks(search.query, "sub_" + sub["id"].removeprefix("sub_"))
    search.query.returnPressed.emit()
    qtbot.waitUntil(lambda: search.message.text().startswith("Could not look up"),
                    timeout=5000)

    # Sound answers again: the same window, the same tabs, the records on screen.
    garbage.answer = None
    for tab in tabs:
        tab.refresh()
    for tab in tabs:
        qtbot.waitUntil(lambda t=tab: all(t.state(k) in ("ready", "empty") for k in t.sections),
                        timeout=10000)
    assert workspace.title_label.text().endswith("TEST0001")
    search.sync.cancel()
    qtbot.waitUntil(lambda: not search.sync.running)
    search.refresh()
    qtbot.waitUntil(lambda: "Index built" in search.sync_label.text(), timeout=10000)
    window.clear_session()


def test_a_list_row_in_an_unexpected_shape_shows_a_dash_not_an_exception(qtbot, qloop,
                                                                        services_factory,
                                                                        caplog):
    from nomos_desk.api.models import Customer
    from nomos_desk.ui.paging import Column, PagedModel, SortRole

    def name(customer: Customer) -> str:
        return customer.first_name.upper()  # first_name is None in the odd row

    services = services_factory()
    model = PagedModel(services.tasks, "test.odd", [Column("Name", name), Column(
        "Id", lambda c: c.id or "")], context="Test")
    model.items = [Customer.from_dict({"id": "cus_1", "first_name": "anna"}),
                   Customer.from_dict({"id": "cus_2", "first_name": ["not", "text"]})]
    assert model.data(model.index(0, 0)) == "ANNA"
    for _ in range(3):  # painted again and again: logged once
        assert model.data(model.index(1, 0)) == "–"
        assert model.data(model.index(1, 0), SortRole) is None
    assert model.data(model.index(1, 1)) == "cus_2"
    assert len([r for r in caplog.records if "cannot show a row" in r.getMessage()]) == 1
