"""Invoice lists against the sandbox: pages as the user scrolls, filters Nomos applies,
sorting, totals of what is shown, CSV export, and the workspace section."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from nomos_desk.api.filters import F
from nomos_desk.ui import fmt
from nomos_desk.ui.invoices.columns import TOTAL, USAGE
from nomos_desk.ui.invoices.filters import period_filter, period_months
from nomos_desk.ui.invoices.page import InvoicesPage
from nomos_desk.ui.paging import ItemRole
from nomos_desk.ui.search.view import SearchView
from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace

from .invoice_helpers import invoices, requests_to


@pytest.fixture
def services(services_factory):
    return services_factory()


def shown_page(qtbot, services) -> InvoicesPage:
    page = InvoicesPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.list.model.rowCount() > 0 or page.list.model.done,
                    timeout=10000)
    return page


def settled(qtbot, listing):
    qtbot.waitUntil(lambda: not listing.model.loading, timeout=10000)


def load_everything(qtbot, qrun, listing):
    qrun(listing.load_all(), timeout=30000)
    assert listing.model.done


def shown_ids(listing) -> list[str]:
    return [listing.model.index(r, 0).data(ItemRole).id for r in range(listing.model.rowCount())]


def test_the_page_loads_page_by_page_as_the_table_scrolls(qtbot, qloop, qrun, services,
                                                          sandbox_app):
    page = shown_page(qtbot, services)
    listing = page.list
    assert listing.model.rowCount() == 50 and not listing.model.done
    assert "more load as you scroll" in listing.summary.text()
    listing.table.scrollToBottom()  # the view asks the model for more near its end
    qtbot.waitUntil(lambda: listing.model.rowCount() == 100, timeout=10000)
    load_everything(qtbot, qrun, listing)
    every = qrun(services.client.list_invoices().collect())
    assert shown_ids(listing) == [i.id for i in every]  # Nomos's order, none twice
    assert len(every) == len(invoices(sandbox_app))
    assert "more load" not in listing.summary.text()


def test_filters_are_applied_by_nomos_and_restart_the_list(qtbot, qloop, qrun, services,
                                                           sandbox_app):
    page = shown_page(qtbot, services)
    listing = page.list
    before = len(requests_to(sandbox_app, "/invoices"))
    listing.filters.choose(status="open")
    settled(qtbot, listing)
    load_everything(qtbot, qrun, listing)
    opened = invoices(sandbox_app, "json_extract(data, '$.status') = 'open'")
    assert opened and sorted(shown_ids(listing)) == sorted(i["id"] for i in opened)
    asked = requests_to(sandbox_app, "/invoices")[before:]
    assert asked and all("filter%5Bstatus%5D%5Beq%5D=open" in r.get("query", "")
                         or "filter[status][eq]=open" in r.get("query", "") for r in asked)

    listing.filters.choose(type="void", status="paid")
    settled(qtbot, listing)
    load_everything(qtbot, qrun, listing)
    voids = invoices(sandbox_app, "json_extract(data, '$.type') = 'void'")
    assert voids and sorted(shown_ids(listing)) == sorted(i["id"] for i in voids)

    listing.filters.choose()
    listing.filters.period.setCurrentIndex(listing.filters.period.findData("custom"))
    listing.filters.first.setDate(date(2026, 3, 1))
    listing.filters.last.setDate(date(2026, 4, 1))
    settled(qtbot, listing)
    load_everything(qtbot, qrun, listing)
    months = {listing.model.item(r).month for r in range(listing.model.rowCount())}
    spring = [i for i in invoices(sandbox_app) if (i["year"], i["month"]) in ((2026, 3), (2026, 4))]
    assert months == {3, 4} and listing.model.rowCount() == len(spring)


def test_a_filter_that_matches_nothing_says_so(qtbot, qloop, services, sandbox_app):
    page = shown_page(qtbot, services)
    listing = page.list
    listing.filters.choose(status="uncollectible", type="usage")
    qtbot.waitUntil(lambda: listing.model.done, timeout=10000)
    assert listing.model.rowCount() == 0
    assert listing.summary.text() == "No invoices match these filters."


def test_period_choices_cover_whole_berlin_months():
    today = date(2026, 11, 16)
    assert period_months("3m", today, today, today) == (date(2026, 8, 1), date(2026, 11, 1))
    assert period_months("last_year", today, today, today) == (date(2025, 1, 1),
                                                                date(2025, 12, 1))
    assert period_months("custom", today, date(2026, 5, 20), date(2026, 2, 3)) == (
        date(2026, 2, 1), date(2026, 5, 1))
    assert period_months("all", today, today, today) is None
    conditions = period_filter((date(2026, 3, 1), date(2026, 3, 1))).params()
    # March begins at 00:00 CET; it ends before April's first midnight, in summer time.
    assert conditions == [("filter[period_start][gte]", "2026-03-01T00:00:00+01:00"),
                          ("filter[period_start][lte]", "2026-03-31T23:59:59+02:00")]


def test_sorting_orders_what_is_loaded_and_totals_count_it(qtbot, qloop, qrun, services,
                                                           sandbox_app):
    page = shown_page(qtbot, services)
    listing = page.list
    load_everything(qtbot, qrun, listing)
    column = listing.model.columns.index(TOTAL)
    listing.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    totals = [listing.model.index(r, 0).data(ItemRole).total
              for r in range(listing.model.rowCount())]
    assert totals == sorted(totals) and totals[0] < 0  # Storno documents first
    listing.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert listing.model.index(0, 0).data(ItemRole).total == max(totals)
    every = invoices(sandbox_app)
    count = len(every)
    expected_total = fmt.money(sum(i["total"] for i in every))
    expected_usage = fmt.kwh(sum(i.get("usage") or 0 for i in every), 0)
    assert listing.summary.text() == (f"{count:,} invoices · total {expected_total} · "
                                      f"usage {expected_usage}")


def test_a_sorted_list_stays_sorted_as_pages_arrive(qtbot, qloop, services, sandbox_app):
    page = shown_page(qtbot, services)
    listing = page.list
    usage = listing.model.columns.index(USAGE)
    listing.table.sortByColumn(usage, Qt.SortOrder.DescendingOrder)
    listing.table.selectRow(0)
    chosen = listing.model.item(0)
    listing.table.scrollToBottom()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 100, timeout=10000)
    values = [listing.model.item(r).usage for r in range(100)]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=True) and known[0] == max(known)
    assert values[len(known):] == [None] * (100 - len(known))  # no usage: last either way
    selected = listing.table.selectionModel().selectedRows()
    assert [listing.model.item(i.row()) for i in selected] == [chosen]  # selection follows


def test_csv_export_holds_the_whole_filtered_list(qtbot, qloop, services, sandbox_app,
                                                  tmp_path):
    page = shown_page(qtbot, services)
    listing = page.list
    listing.filters.choose(status="open")
    settled(qtbot, listing)
    target = tmp_path / "open.csv"
    listing.export_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in listing.findChildren(QFileDialog)),
                    timeout=5000)
    dialog = next(d for d in listing.findChildren(QFileDialog) if d.isVisible())
    dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists, timeout=15000)
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    assert rows[0][:3] == ["Number", "Customer", "Subscription"] and rows[0][-1] == "Total"
    opened = invoices(sandbox_app, "json_extract(data, '$.status') = 'open'")
    assert len(rows) - 1 == len(opened)
    numbers = {i["invoice_number"]: i for i in opened}
    first = numbers[rows[1][0]]
    assert rows[1][-1] == f"{first['total']:.2f}"  # a number a spreadsheet can add up
    assert target.stat().st_mode & 0o077 == 0  # it holds customer data


def test_rows_name_the_customer_once_the_index_knows_them(qtbot, qloop, services, sandbox_app):
    search = SearchView(services)  # the index sync runs with the search page
    qtbot.addWidget(search)
    qtbot.waitUntil(lambda: "Index built" in search.sync_label.text(), timeout=30000)
    page = shown_page(qtbot, services)
    listing = page.list
    row = listing.model.items[0]
    sub = sandbox_app.state.sandbox.store.get("subscription", row.subscription)
    customer = sandbox_app.state.sandbox.store.get("customer", sub["customer"])
    name = customer.get("company_name") or f"{customer['first_name']} {customer['last_name']}"
    qtbot.waitUntil(lambda: listing.model.index(0, 1).data() == name, timeout=5000)
    assert listing.model.index(0, 2).data() == sub["number"]


def test_the_workspace_lists_only_its_subscriptions_invoices(qtbot, qloop, services,
                                                             sandbox_app):
    sub_id = invoices(sandbox_app)[0]["subscription"]
    ws = SubscriptionWorkspace(services, sub_id)
    qtbot.addWidget(ws)
    ws.resize(1280, 900)
    ws.show()
    qtbot.waitUntil(lambda: ws.state("invoices") in ("ready", "empty", "error"), timeout=10000)
    assert ws.state("invoices") == "ready"
    listing = ws.sections["invoices"].body.list
    qtbot.waitUntil(lambda: listing.model.done, timeout=10000)
    own = invoices(sandbox_app, "json_extract(data, '$.subscription') = ?", (sub_id,))
    assert sorted(shown_ids(listing)) == sorted(i["id"] for i in own)
    assert [c.header for c in listing.model.columns][:2] == ["Number", "Type"]
    with qtbot.waitSignal(ws.open_requested, timeout=2000) as opened:
        listing.table.activated.emit(listing.model.index(0, 0))
    assert opened.args == ["invoice", shown_ids(listing)[0]]


def test_a_subscription_without_invoices_says_so(qtbot, qloop, services, sandbox_app):
    pending = sandbox_app.state.sandbox.store.query(
        "SELECT data FROM objects WHERE kind = 'subscription' "
        "AND json_extract(data, '$.status') = 'pending'")[0]
    ws = SubscriptionWorkspace(services, pending["id"])
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitUntil(lambda: ws.state("invoices") in ("ready", "empty", "error"), timeout=10000)
    assert ws.state("invoices") == "empty"
    assert ws.sections["invoices"].empty.text() == "No invoices for this subscription yet."


def test_a_failed_page_says_so_and_try_again_continues(qtbot, qloop, services, sandbox_app,
                                                       network):
    page = shown_page(qtbot, services)
    listing = page.list
    network.down = True
    services.connection.report_offline = lambda exc: None  # a refusal, not an offline spell
    inner = network.handle_async_request

    async def refuse(request):
        if request.url.path == "/invoices":
            import httpx
            return httpx.Response(400, json={"code": "BAD_REQUEST", "message": "no"})
        return await inner(request)

    network.down = False
    network.handle_async_request = refuse
    listing.model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: listing.problem.isVisible(), timeout=5000)
    assert "did not load" in listing.problem.text() and listing.model.rowCount() == 50
    network.handle_async_request = inner
    listing.retry_button.click()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 100, timeout=5000)
    assert not listing.problem.isVisible()


def test_status_and_type_words_and_the_filter_params(qtbot, qloop, services):
    page = shown_page(qtbot, services)
    listing = page.list
    listing.filters.choose(status="voided", type="usage")
    params = listing.filters.filter().params()
    assert params == (F("status").eq("voided") & F("type").eq("usage")).params()
    texts = [listing.filters.status.itemText(i) for i in range(listing.filters.status.count())]
    assert texts == ["All statuses", "Open", "Paid", "Voided", "Uncollectible"]
