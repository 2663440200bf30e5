"""The search view driven like an agent uses it: typing, arrows, Enter, pasting ids."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nomos_desk.api import errors
from nomos_desk.ui.search.model import (
    ADDRESS,
    COLUMNS,
    EMAIL,
    MATCHED,
    NAME,
    PLAN,
    STATUS,
    SUBSCRIPTION,
    HitRole,
)
from nomos_desk.ui.search.view import SearchView


def synced_view(qtbot, services, **kwargs) -> SearchView:
    view = SearchView(services, **kwargs)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitUntil(lambda: "Index built" in view.sync_label.text(), timeout=30000)
    return view


def type_query(qtbot, view, text):
    with qtbot.waitSignal(view.results_shown, timeout=10000):
        view.query.clear()
        qtbot.keyClicks(view.query, text)


def set_query(qtbot, view, text):
    """Like typing, for text QTest cannot type (umlauts)."""
    with qtbot.waitSignal(view.results_shown, timeout=10000):
        view.query.setText(text)


def a_subscription(qrun, services):
    """Some subscription with its customer embedded, as the API's detail shows it."""
    page = qrun(services.client.list_subscriptions(limit=5).first_page())
    return qrun(services.client.get_subscription(page.items[0].id))


@pytest.fixture
def services(services_factory):
    return services_factory()


def test_first_sync_shows_progress_and_search_finds_by_email(qtbot, qloop, services,
                                                            qrun):
    view = SearchView(services)
    qtbot.addWidget(view)
    seen = []
    view.sync.progress.connect(lambda p: seen.append((p.phase, view.sync_bar.isVisible())))
    view.show()
    qtbot.waitUntil(lambda: "Index built" in view.sync_label.text(), timeout=30000)
    # The walk reported its phases while the bar was showing, then hid the bar.
    phases = [p for p, _ in seen]
    assert {"customers", "subscriptions", "details", "done"} <= set(phases)
    assert all(visible for p, visible in seen if p in ("customers", "details"))
    assert not view.sync_bar.isVisible() and not view.cancel_button.isVisible()

    sub = a_subscription(qrun, services)
    type_query(qtbot, view, sub.customer.email)
    hit = view.model.data(view.model.index(0, 0), HitRole)
    assert hit.customer_id == sub.customer.id
    assert view.model.data(view.model.index(0, EMAIL)) == sub.customer.email
    assert "result" in view.message.text()


def test_typing_is_debounced_into_one_query(qtbot, qloop, services, qrun):
    from nomos_desk.ui.search.view import DEBOUNCE_MS
    view = synced_view(qtbot, services)
    sub = a_subscription(qrun, services)
    searched = []
    real_search = view.index.search

    async def counting(text, limit=50):
        searched.append(text)
        return await real_search(text, limit)

    view.index.search = counting
    # A person typing: a key every 40 ms, each pause long enough for a query to land if
    # nothing held it back, short enough to be one burst of typing.
    for char in sub.meter.number:
        qtbot.keyClicks(view.query, char)
        qtbot.wait(40)
    qtbot.wait(DEBOUNCE_MS + 300)
    assert searched == [sub.meter.number]
    rows = [view.model.hit(r).subscription_id for r in range(view.model.rowCount())]
    assert sub.id in rows
    # A pause longer than the debounce is a new query.
    qtbot.keyClick(view.query, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: len(searched) == 2, timeout=2000)
    assert searched[1] == sub.meter.number[:-1]


def test_keyboard_arrow_down_and_enter_open_the_row(qtbot, qloop, services, qrun):
    view = synced_view(qtbot, services)
    sub = a_subscription(qrun, services)
    type_query(qtbot, view, sub.customer.last_name)
    assert view.model.rowCount() >= 1
    view.query.setFocus()
    qtbot.keyClick(view.query, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table
    target = view.model.hit(view.table.currentIndex().row())
    with qtbot.waitSignal(view.open_requested, timeout=2000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [target.kind, target.target_id]
    # Up from the first row goes back to the query.
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is view.query


def test_typo_in_a_name_still_finds_it(qtbot, qloop, services, qrun):
    view = synced_view(qtbot, services)
    sub = a_subscription(qrun, services)
    name = sub.customer.last_name
    assert len(name) >= 5, name
    typo = name[0] + name[2] + name[1] + name[3:]  # two letters swapped
    type_query(qtbot, view, typo)
    ids = [view.model.hit(r).customer_id for r in range(view.model.rowCount())]
    assert sub.customer.id in ids


def test_pasting_an_id_jumps_and_unknown_id_says_so(qtbot, qloop, services, qrun):
    view = synced_view(qtbot, services)
    sub = a_subscription(qrun, services)
    with qtbot.waitSignal(view.open_requested, timeout=5000) as opened:
        view.query.setText(f"  {sub.id} ")
        qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert opened.args == ["subscription", sub.id]

    # A customer id opens the customer (with all their subscriptions), not one of them.
    with qtbot.waitSignal(view.open_requested, timeout=5000) as opened:
        view.query.setText(sub.customer.id)
        qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert opened.args == ["customer", sub.customer.id]

    opened_ids = []
    view.open_requested.connect(lambda k, i: opened_ids.append(i))
    with qtbot.waitSignal(view.results_shown, timeout=5000):
        view.query.setText("sub_doesnotexist000000000")
        qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert view.message.text() == ("There is no subscription with the id "
                                   "sub_doesnotexist000000000.")
    assert opened_ids == [] and view.model.rowCount() == 0


def test_meter_order_id_opens_its_subscription(qtbot, qloop, services, qrun):
    view = synced_view(qtbot, services)
    order = None
    for item in qrun(services.client.list_subscriptions().collect()):
        try:
            order = qrun(services.client.create_meter_order(item.id))
            break
        except (errors.BadRequest, errors.Conflict):
            continue
    assert order is not None, "the sandbox let no subscription order a smart meter"
    with qtbot.waitSignal(view.open_requested, timeout=5000) as opened:
        view.query.setText(order.id)
        qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert opened.args == ["subscription", order.subscription]


class StuckSource:
    """Gives one page of customers, then waits forever: the user cancels."""

    def __init__(self):
        self.gave = False

    async def plans(self):
        return []

    async def customer_pages(self, since):
        self.gave = True
        yield [{"id": "cus_stuck1", "type": "person", "first_name": "Grete", "last_name": "Wartend",
                "email": "grete@example.de", "created_at": "2025-01-01T00:00:00Z"}]
        await asyncio.Event().wait()

    async def subscription_pages(self, since):  # pragma: no cover - never reached
        yield []

    async def subscription_detail(self, sid):  # pragma: no cover - never reached
        return None


def test_cancel_stops_the_first_sync_and_keeps_what_arrived(qtbot, qloop, services):
    source = StuckSource()
    view = SearchView(services, source=source)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.cancel_button.isVisible() and "1 customer," in
                    view.sync_label.text(), timeout=5000)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in view.sync_label.text(), timeout=5000)
    assert not view.cancel_button.isVisible() and view.sync_button.isEnabled()
    type_query(qtbot, view, "Wartend")
    assert view.model.hit(0).customer_id == "cus_stuck1"
    assert view.model.data(view.model.index(0, SUBSCRIPTION)) == "no subscription"


def test_index_file_is_private_and_f5_picks_up_changes(qtbot, qloop, services, sandbox_app):
    import os
    import stat
    view = synced_view(qtbot, services)
    path = services.data_dir / "index.sqlite3"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert view.sync.timer.isActive()  # later syncs come on their own
    store = sandbox_app.state.sandbox.store
    row = store.query("SELECT data FROM objects WHERE kind = 'subscription' ORDER BY "
                      "json_extract(data, '$.updated_at') DESC LIMIT 1")[0]
    row["meter"]["number"] = "7NEW0000000042"
    row["updated_at"] = "2099-01-01T00:00:00.000Z"
    store.replace(row)
    before = len(sandbox_app.state.sandbox.request_log)
    qtbot.keyClicks(view.query, "7NEW00")
    with qtbot.waitSignal(view.sync.finished, timeout=10000):
        view.refresh()  # what F5 calls
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert view.model.hit(0).subscription_id == row["id"]
    assert "Index up to date" in view.sync_label.text()
    lists = [r for r in sandbox_app.state.sandbox.request_log[before:]
             if r["path"] == "/subscriptions"]
    assert lists and all("updated_at" in r["query"] for r in lists)


def test_the_session_owns_the_index_and_a_wipe_deletes_it(qtbot, qloop, qrun, services):
    view = synced_view(qtbot, services)
    path = services.data_dir / "index.sqlite3"
    view.close()  # a view borrows the index: closing it leaves the index to the others
    assert qrun(services.index.counts())["subscriptions"] > 0
    qrun(services.close(wipe=True))
    assert services.index.closed
    assert not path.exists() and not list(services.data_dir.glob("index.sqlite3*"))


def test_a_stale_query_never_overwrites_a_newer_one(qtbot, qloop, services):
    view = synced_view(qtbot, services)
    gates = {}
    real_search = view.index.search

    async def gated(text, limit=50):
        hits = await real_search(text, limit)
        gate = gates.get(text)
        if gate is not None:
            await gate.wait()
        return hits

    view.index.search = gated
    gates["schmidt"] = asyncio.Event()
    shown = []
    view.results_shown.connect(shown.append)
    view.query.setText("schmidt")
    qtbot.waitUntil(lambda: view.services.tasks.is_running("search.query"), timeout=3000)
    with qtbot.waitSignal(view.results_shown, timeout=5000):
        view.query.setText("zzzznothing")
    gates["schmidt"].set()
    qtbot.wait(100)
    assert shown == [0] and view.model.rowCount() == 0
    assert "Nothing in the index" in view.message.text()


def test_customer_id_without_subscription_says_so(qtbot, qloop, services, sandbox_app):
    from tests.sandbox.builders import add_customer
    lonely = add_customer(sandbox_app.state.sandbox.store, first_name="Olga", last_name="Ohne")
    view = synced_view(qtbot, services)
    with qtbot.waitSignal(view.open_requested, timeout=5000) as opened:
        view.query.setText(lonely["id"])
        qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert opened.args == ["customer", lonely["id"]]
    assert view.message.text() == "Opened customer Olga Ohne."


class DownSource(StuckSource):
    async def plans(self):
        from nomos_desk.api.errors import ConnectionLost
        raise ConnectionLost("network is unreachable")


def test_failed_sync_says_so_and_retries_on_the_timer(qtbot, qloop, services):
    view = SearchView(services, source=DownSource())
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: "Sync failed" in view.sync_label.text(), timeout=5000)
    assert "No connection to Nomos" in view.sync_label.text()
    assert view.sync.timer.isActive() and view.sync_button.isEnabled()


class ListSource(StuckSource):
    """A whole (small) data set, served at once: customers and subscription details."""

    def __init__(self, customers, subscriptions=()):
        super().__init__()
        self.customers = customers
        self.subscriptions = list(subscriptions)

    async def customer_pages(self, since):
        yield self.customers

    async def subscription_pages(self, since):
        yield self.subscriptions

    async def subscription_detail(self, sid):
        return next(s for s in self.subscriptions if s["id"] == sid)


def people(last_name, n, prefix):
    return [{"id": f"cus_{prefix}{i:03d}", "type": "person", "first_name": "Eva",
             "last_name": last_name, "email": f"eva{i}@{prefix}.example",
             "created_at": "2025-01-01T00:00:00Z"} for i in range(n)]


def supply(customer_id, sid, *, meter="1ESY1160000042", status="active", **extra):
    return {"object": "subscription", "id": sid, "customer": customer_id, "plan": "pln_x",
            "number": sid[-8:].upper(), "status": status, "type": "consumption",
            "address": {"street": "Lindenallee", "house_number": "7b", "zip": "04109",
                        "city": "Leipzig"},
            "meter": {"number": meter, "type": "smart", "malo": "51238696780",
                      "melo": "DE0000000000000000000000000000042"},
            "created_at": "2025-01-02T00:00:00Z", "updated_at": "2025-02-01T00:00:00Z",
            **extra}


def view_of(qtbot, services, source, width=1100) -> SearchView:
    view = SearchView(services, source=source)
    qtbot.addWidget(view)
    view.resize(width, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: "Index built" in view.sync_label.text(), timeout=10000)
    return view


def shown_columns(view):
    return [COLUMNS[c] for c in range(len(COLUMNS)) if not view.table.isColumnHidden(c)]


def fits(view):
    return view.table.horizontalHeader().length() <= view.table.viewport().width()


def test_a_hit_shows_its_address_the_identifier_that_matched_and_a_termination(
        qtbot, qloop, services):
    customers = people("Kündigt", 1, "t")
    source = ListSource(customers, [supply(
        "cus_t000", "sub_term0001", terminated_at="2026-12-01T09:30:00.000Z",
        end_at="2027-01-31T23:00:00.000Z")])
    view = view_of(qtbot, services, source, width=1280)
    set_query(qtbot, view, "Kündigt")
    cell = lambda col: view.model.data(view.model.index(0, col))  # noqa: E731
    assert cell(ADDRESS) == "Lindenallee 7b, 04109 Leipzig"
    assert cell(STATUS) == "Active · terminated, ends 2/1/2027"
    assert view.table.isColumnHidden(MATCHED)  # a name matched: nothing more to say
    type_query(qtbot, view, "1ESY116")
    assert cell(MATCHED) == "Meter number 1ESY1160000042"
    assert not view.table.isColumnHidden(MATCHED)
    type_query(qtbot, view, "5123869")
    assert cell(MATCHED) == "MaLo 51238696780"
    # Narrow columns elide; the tooltip has every cell's whole text.
    tip = view.model.data(view.model.index(0, STATUS), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Active · terminated, ends 2/1/2027\n")


def test_narrow_windows_give_up_the_least_useful_columns_first(qtbot, qloop, services):
    source = ListSource(people("Schmal", 2, "n"), [supply("cus_n000", "sub_narrow01")])
    view = view_of(qtbot, services, source, width=1280)
    type_query(qtbot, view, "1ESY116")  # a meter query: Matched is one of the columns
    qtbot.waitUntil(lambda: fits(view), timeout=3000)
    assert shown_columns(view) == list(COLUMNS)
    view.resize(800, 600)
    qtbot.waitUntil(lambda: view.table.isColumnHidden(EMAIL), timeout=3000)
    assert shown_columns(view) == ["Name", "Address", "Subscription", "Status", "Matched"]
    assert fits(view)
    type_query(qtbot, view, "Schmal")  # without Matched the email has room again
    qtbot.waitUntil(lambda: not view.table.isColumnHidden(EMAIL), timeout=3000)
    assert shown_columns(view) == ["Name", "Address", "Subscription", "Status", "Email"]
    assert fits(view) and view.table.isColumnHidden(PLAN)
    view.resize(1280, 600)
    qtbot.waitUntil(lambda: not view.table.isColumnHidden(PLAN), timeout=3000)
    assert fits(view)


def test_fit_widths_keeps_name_and_matched_to_the_last():
    from nomos_desk.ui.search.view import GIVE_UP, fit_widths
    everything = list(range(len(COLUMNS)))
    assert set(fit_widths(2000, everything)) == set(everything)
    given_up = [c for c in everything if c not in fit_widths(100, everything)]
    assert set(given_up) == set(GIVE_UP)
    assert sum(fit_widths(700, everything).values()) <= 700


def test_columns_stay_as_the_user_sized_them(qtbot, qloop, services):
    view = SearchView(services, source=StuckSource())
    qtbot.addWidget(view)
    view.resize(780, 500)  # what a 1024 px window leaves for the view
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: fits(view), timeout=3000)
    assert view.table.columnWidth(ADDRESS) >= 150  # what tells namesakes apart stays in view
    view.table.setColumnWidth(NAME, 400)  # as a drag on the header does
    view.resize(800, 500)
    qtbot.wait(20)
    assert view.table.columnWidth(NAME) == 400


def test_plenty_of_exact_hits_fold_the_typo_corrections_into_one_row(qtbot, qloop, services):
    source = ListSource(people("Müller", 10, "mu") + people("Möller", 25, "mo"))
    view = view_of(qtbot, services, source)
    opened = []
    view.open_requested.connect(lambda kind, oid: opened.append(oid))
    set_query(qtbot, view, "Müller")
    assert view.model.rowCount() == 11
    assert all(not view.model.hit(r).fuzzy for r in range(10))
    assert view.model.data(view.model.index(10, NAME)) == "▸ 25 similar names"
    assert "25 similar names folded" in view.message.text()
    # Down to the last row and Enter: the corrections are listed, nothing opens.
    view.table.setFocus()
    view.table.selectRow(10)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.model.rowCount() == 35 and opened == []
    assert view.model.hit(10).fuzzy and view.table.currentIndex().row() == 10


def test_few_exact_hits_list_the_typo_corrections_beside_them(qtbot, qloop, services):
    source = ListSource(people("Müller", 2, "mu") + people("Möller", 25, "mo"))
    view = view_of(qtbot, services, source)
    set_query(qtbot, view, "Müller")
    assert view.model.rowCount() == 27
    assert [view.model.hit(r).fuzzy for r in range(27)] == [False] * 2 + [True] * 25
    assert "25 after correcting a likely typo" in view.message.text()
