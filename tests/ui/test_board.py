"""The meter-order board over the sandbox: columns, counts, cards, marks, keyboard, the store."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nomos_desk.api import EDISON, NomosClient, get_version
from nomos_desk.index.source import ApiSource
from nomos_desk.index.sync import Syncer
from nomos_desk.ui.board import cards
from nomos_desk.ui.board.page import BoardPage
from tests.ui.board_helpers import (
    card_of,
    open_board,
    reload,
    sandbox_counts,
    sandbox_orders,
    shown_counts,
)
from tests.ui.test_workspace import store_of

CURIE_COLUMNS = ["created", "placed", "check_submitted", "check_reviewed", "scheduled",
                 "installed", "activated", "cancelled"]


@pytest.fixture
def services(services_factory):
    return services_factory()


def sync_index(qrun, services):
    qrun(Syncer(services.index, ApiSource(services.client)).run(), timeout=30000)


def orders_with(app, **fields):
    return [o for o in sandbox_orders(app) if all(o.get(k) == v for k, v in fields.items())]


def test_counts_per_column_equal_the_sandboxs(qtbot, qloop, services, sandbox_app):
    page = open_board(qtbot, services)
    expected = sandbox_counts(sandbox_app)
    assert list(page.kanban.columns) == CURIE_COLUMNS
    assert shown_counts(page) == {s: expected.get(s, 0) for s in CURIE_COLUMNS}
    assert all(n > 0 for n in shown_counts(page).values())
    for status, column in page.kanban.columns.items():
        assert column.count.text() == str(expected[status])
        assert not column.progress.isVisible() and not column.error_row.isVisible()
    # One walk per status with the status filter, all on the list route.
    walks = {r["query"] for r in sandbox_app.state.sandbox.request_log
             if r["path"] == "/meter-orders" and r["method"] == "GET"}
    assert all("filter%5Bstatus%5D%5Beq%5D" in q or "filter[status][eq]" in q for q in walks)


def test_cards_name_customer_number_city_provider_and_the_reasons(qtbot, qloop, qrun,
                                                                  services, sandbox_app):
    sync_index(qrun, services)
    page = open_board(qtbot, services)
    blocked = orders_with(sandbox_app, blocked_reason="grid_operator_registration")[0]
    column, row = card_of(page, blocked["id"])
    order = column.model.card(row)
    index = store_of(sandbox_app)
    sub = index.get("subscription", blocked["subscription"])
    customer = index.get("customer", sub["customer"])
    person = f"{customer['first_name']} {customer['last_name']}"
    assert cards.title(order) == (f"{customer['company_name']} ({person})"
                                  if customer.get("company_name") else person)
    assert cards.subtitle(order) == f"{sub['number']} · {sub['address']['city']}"
    alert = cards.alert(order, page.lifecycle)
    assert alert.headline.startswith("Blocked since ") and alert.reason == \
        "grid operator registration"
    tip = column.model.data(column.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "the grid operator registration is pending" in tip and "Metrify" in tip
    # Blocked cards come first in their column.
    assert column.model.card(0).is_blocked(page.lifecycle)

    for reason, words in (("pre_existing", "smart meter already there"),
                          ("customer_request", "customer request")):
        cancelled = orders_with(sandbox_app, cancelled_reason=reason)[0]
        column, row = card_of(page, cancelled["id"])
        alert = cards.alert(column.model.card(row), page.lifecycle)
        assert alert.headline.startswith("Cancelled on ") and alert.reason == words
    scheduled = orders_with(sandbox_app, status="scheduled")[0]
    column, row = card_of(page, scheduled["id"])
    assert cards.alert(column.model.card(row), page.lifecycle).headline.startswith(
        "Appointment ")


def test_the_board_opens_from_the_store_before_nomos_answers(qtbot, qloop, services,
                                                             sandbox_app, network):
    first = open_board(qtbot, services)
    counts = shown_counts(first)
    first.close_view()
    network.stalled = True  # Nomos does not answer now
    page = BoardPage(services)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.opened, timeout=5000):
        page.show()
    assert shown_counts(page) == counts
    assert page.loader.loading and all(c.progress.isVisible()
                                       for c in page.kanban.columns.values())
    with qtbot.waitSignal(page.loaded, timeout=10000):
        network.stalled = False
    assert shown_counts(page) == counts


def test_refresh_cancels_the_load_on_its_way(qtbot, qloop, services, sandbox_app, network):
    page = open_board(qtbot, services)
    network.stalled = True
    page.refresh()
    qtbot.waitUntil(lambda: network.in_flight > 0, timeout=3000)
    old = services.tasks.names("board.load.")
    assert old
    generation = page.loader.generation
    network.stalled = False
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    assert page.loader.generation == generation + 1
    assert shown_counts(page) == {s: sandbox_counts(sandbox_app).get(s, 0)
                                  for s in CURIE_COLUMNS}


def test_walks_share_one_cap_on_requests_in_flight(qtbot, qloop, services, sandbox_app,
                                                   network, monkeypatch):
    from nomos_desk.ui.board import loader
    monkeypatch.setattr(loader, "IN_FLIGHT", 3)
    inner = network.handle_async_request
    peak = {"now": 0, "max": 0}

    async def counting(request: httpx.Request) -> httpx.Response:
        board = request.url.path == "/meter-orders"
        if board:
            peak["now"] += 1
            peak["max"] = max(peak["max"], peak["now"])
        try:
            await asyncio.sleep(0.02)
            return await inner(request)
        finally:
            if board:
                peak["now"] -= 1

    network.handle_async_request = counting
    page = open_board(qtbot, services)
    assert peak["max"] == 3  # every column walks at once, three requests at a time
    assert sum(shown_counts(page).values()) == len(sandbox_orders(sandbox_app))


def test_since_last_look_marks_what_moved(qtbot, qloop, services, sandbox_app):
    page = open_board(qtbot, services)
    assert "First look" in page.summary.text()
    store = store_of(sandbox_app)
    placed = orders_with(sandbox_app, status="placed", blocked_reason=None)[0]
    reviewed = orders_with(sandbox_app, status="check_reviewed", blocked_reason=None)[0]
    installed = orders_with(sandbox_app, status="installed")[0]
    store.replace({**placed, "status": "check_submitted"})
    store.replace({**reviewed, "blocked_at": "2026-11-20T08:00:00.000Z",
                   "blocked_reason": "check_missing"})
    store.replace({**installed, "status": "activated",
                   "activated_at": "2026-11-21T08:00:00.000Z"})
    reload(qtbot, page)
    assert page.summary.text() == \
        "Since the last look: 1 moved on, 1 newly blocked, 1 activated"
    marks = {}
    for column in page.kanban.columns.values():
        for card in column.model.cards:
            if card.change:
                marks[card.id] = (card.status, cards.change_word(card.change))
    assert marks == {placed["id"]: ("check_submitted", "moved on"),
                     reviewed["id"]: ("check_reviewed", "newly blocked"),
                     installed["id"]: ("activated", "activated")}
    # The stage it moved into began with this load: its days are exact from now on.
    column, row = card_of(page, placed["id"])
    assert cards.stage_text(column.model.card(row), page.lifecycle, page.state.now) == \
        "0 days in stage"
    with qtbot.waitSignal(page.cohort_bar.changed, timeout=2000):
        page.cohort_bar.moved.setChecked(True)
    assert {c.id for col in page.kanban.columns.values() for c in col.model.cards} == \
        set(marks)
    reload(qtbot, page)
    assert page.summary.text() == "Nothing moved since the last look."
    assert sum(shown_counts(page).values()) == 0  # nothing moved: the filter shows nothing


def test_switching_the_pinned_version_switches_the_columns(qtbot, qloop, qrun,
                                                           services_factory, network):
    services = services_factory()
    edison = NomosClient(base_url="http://127.0.0.1:9", client_id="sandbox-rw",
                         secret_provider=lambda: "sandbox", transport=network,
                         api_version=EDISON)
    services.client = edison
    page = BoardPage(services)
    qtbot.addWidget(page)
    names = [s.name for s in get_version(EDISON).meter_order_statuses]
    assert list(page.kanban.columns) == names and len(names) == 14
    assert page.kanban.columns["blocked_wim"].title.text() == \
        "Blocked: waiting on the grid operator"
    qrun(edison.aclose())


def test_keyboard_moves_across_columns_and_enter_opens_the_subscription(qtbot, qloop,
                                                                        services, sandbox_app):
    page = open_board(qtbot, services)
    page.activate()
    first = page.kanban.columns["created"].cards
    assert QApplication.focusWidget() is first and first.currentIndex().row() == 0
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert first.currentIndex().row() == 1
    qtbot.keyClick(first, Qt.Key.Key_Right)
    placed = page.kanban.columns["placed"].cards
    assert QApplication.focusWidget() is placed
    assert placed.currentIndex().row() == min(1, placed.model().rowCount() - 1)
    qtbot.keyClick(placed, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is first
    card = first.current_card()
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(first, Qt.Key.Key_Return)
    assert opened.args == ["subscription", card.facts.subscription]
    # A click on a card opens it too.
    rect = placed.visualRect(placed.model().index(0, 0))
    with qtbot.waitSignal(page.open_requested) as clicked:
        qtbot.mouseClick(placed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args[1] == placed.model().card(0).facts.subscription


def test_selected_cards_are_copied_as_a_table(qtbot, qloop, services, sandbox_app):
    page = open_board(qtbot, services)
    column = page.kanban.columns["cancelled"]
    column.cards.selectAll()
    page.copy_selected()
    text = QApplication.clipboard().text()
    lines = text.strip("\n").split("\n")
    assert lines[0].split("\t")[:3] == ["Status", "Customer", "Subscription number"]
    assert len(lines) == 1 + column.model.rowCount()
    assert all(line.split("\t")[0] == "Cancelled" for line in lines[1:])
    reasons = {line.split("\t")[12] for line in lines[1:]}
    assert reasons == {"a smart meter was already installed", "cancelled on request"}


def test_a_column_that_fails_says_so_and_tries_again_from_where_it_stopped(
        qtbot, qloop, services, sandbox_app, network):
    inner = network.handle_async_request
    broken = {"on": True}

    async def failing(request: httpx.Request) -> httpx.Response:
        if broken["on"] and "activated" in str(request.url.query):
            body = b'{"code": "BAD_REQUEST", "message": "no", "requestId": "req_x"}'
            return httpx.Response(400, content=body,
                                  headers={"content-type": "application/json"})
        return await inner(request)

    network.handle_async_request = failing
    page = open_board(qtbot, services)
    column = page.kanban.columns["activated"]
    assert column.error_row.isVisible() and "req_x" in column.error.text()
    assert shown_counts(page)["placed"] == sandbox_counts(sandbox_app)["placed"]
    broken["on"] = False
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(column.retry_button, Qt.MouseButton.LeftButton)
    assert not column.error_row.isVisible()
    assert shown_counts(page)["activated"] == sandbox_counts(sandbox_app)["activated"]


def test_clear_caches_drops_the_orders_but_not_a_bulk_run(qtbot, qloop, qrun, services,
                                                          sandbox_app):
    from nomos_desk.domain.bulk_orders import Candidate
    page = open_board(qtbot, services)
    qrun(page.save_cohort("Kept"))
    run = services.board.journal().start("Running", [Candidate("sub_x")])
    assert services.caches.sizes()["board"] > 0
    services.caches.clear_all()
    snapshot = qrun(services.board.orders.call(lambda s: s.snapshot(page.version.name)))
    assert snapshot.orders == []
    assert [c.name for c in qrun(services.board.orders.call(lambda s: s.cohorts()))] == ["Kept"]
    assert services.board.journal().unfinished().id == run.id


def test_a_page_shown_while_the_session_ends_starts_nothing(qtbot, qloop, qrun, services):
    # Ending a session shuts its tasks down before the window takes its pages away, and
    # taking the others away shows this one for a moment.
    qrun(services.tasks.shutdown())
    page = BoardPage(services)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.tabs.setCurrentWidget(page.bulk)
    assert not services.board.orders_path.exists()
    assert not services.board.journal_path.exists()
