"""Cohorts on the board: filters the API lacks applied locally with the index's facts,
saved and reopened, the needs-attention cohort, CSV of the visible cohort, analytics."""

from __future__ import annotations

import csv
import io
from collections import Counter

import pytest

from nomos_desk.domain.cohorts import Cohort
from nomos_desk.domain.rollout import funnel
from nomos_desk.ui.board.cohort_bar import ATTENTION
from tests.ui.board_helpers import open_board, sandbox_orders, shown_counts
from tests.ui.test_board import sync_index
from tests.ui.test_workspace import store_of


@pytest.fixture
def services(services_factory):
    return services_factory()


def apply(qtbot, page, **editors):
    """Set the bar's editors and wait for the (debounced) cohort to reach the board."""
    bar = page.cohort_bar
    with qtbot.waitSignal(bar.changed, timeout=2000):
        for name, value in editors.items():
            widget = getattr(bar, name)
            if hasattr(widget, "setChecked"):
                widget.setChecked(value)
            elif hasattr(widget, "findData"):
                widget.setCurrentIndex(widget.findData(value))
            elif hasattr(widget, "setValue"):
                widget.setValue(value)
            else:
                widget.setText(value)


def test_filters_narrow_every_column(qtbot, qloop, qrun, services, sandbox_app):
    sync_index(qrun, services)
    page = open_board(qtbot, services)
    orders = sandbox_orders(sandbox_app)
    store = store_of(sandbox_app)
    subs = {o["id"]: store.get("subscription", o["subscription"]) for o in orders}

    apply(qtbot, page, provider="metrify")
    assert shown_counts(page) == {s: sum(1 for o in orders if o["status"] == s
                                         and o["provider"] == "metrify")
                                  for s in page.kanban.columns}
    assert page.kanban.columns["placed"].count.text().endswith(
        f" of {sum(1 for o in orders if o['status'] == 'placed')}")

    city = subs[orders[0]["id"]]["address"]["city"]
    apply(qtbot, page, provider=None, place=city[:4].lower())
    expected = Counter(o["status"] for o in orders
                       if city[:4].lower() in subs[o["id"]]["address"]["city"].lower())
    assert shown_counts(page) == {s: expected.get(s, 0) for s in page.kanban.columns}

    zip_prefix = subs[orders[1]["id"]]["address"]["zip"][:2]
    apply(qtbot, page, place=zip_prefix)
    expected = Counter(o["status"] for o in orders
                       if subs[o["id"]]["address"]["zip"].startswith(zip_prefix))
    assert shown_counts(page) == {s: expected.get(s, 0) for s in page.kanban.columns}

    apply(qtbot, page, place="", blocked=True)
    assert sum(shown_counts(page).values()) == sum(1 for o in orders if o["blocked_reason"])

    number = subs[orders[2]["id"]]["number"]
    apply(qtbot, page, blocked=False, text=number.lower())
    shown = [c.id for col in page.kanban.columns.values() for c in col.model.cards]
    assert shown == [orders[2]["id"]]


def test_needs_attention_is_there_out_of_the_box(qtbot, qloop, services, sandbox_app):
    page = open_board(qtbot, services)
    with qtbot.waitSignal(page.cohort_bar.changed, timeout=2000):
        page.cohort_bar.choose(ATTENTION)
    assert page.cohort_bar.attention.isChecked()
    keep = page.state.filter()
    shown = {c.id for col in page.kanban.columns.values() for c in col.model.cards}
    assert shown == {o.id for o in page.state.orders.values() if keep.needs_attention(o)}
    blocked = {o["id"] for o in sandbox_orders(sandbox_app) if o["blocked_reason"]}
    assert blocked <= shown  # every blocked order, whatever its age
    assert not shown & {o["id"] for o in sandbox_orders(sandbox_app)
                        if o["status"] in ("activated", "cancelled")}


def test_a_saved_cohort_comes_back_in_a_new_session(qtbot, qloop, qrun, services,
                                                    services_factory, sandbox_app):
    page = open_board(qtbot, services)
    apply(qtbot, page, provider="metrify", stalled=20, created=True)
    wanted = page.cohort_bar.cohort()
    counts = shown_counts(page)
    qrun(page.save_cohort("Metrify, stalled"))
    assert page.cohort_bar.choice.currentText() == "Metrify, stalled"
    page.close_view()

    again = open_board(qtbot, services)  # the same profile: the store holds the cohort
    bar = again.cohort_bar
    assert [bar.choice.itemText(i) for i in range(bar.choice.count())] == \
        ["All orders", "Needs attention", "Metrify, stalled"]
    with qtbot.waitSignal(bar.changed, timeout=2000):
        bar.choose("Metrify, stalled")
    assert bar.cohort() == wanted.named("Metrify, stalled")
    assert shown_counts(again) == counts
    with qtbot.waitSignal(bar.changed, timeout=3000):
        bar.delete_button.click()  # deleting the cohort on screen goes back to all orders
    assert bar.choice.count() == 2 and bar.cohort() == Cohort()
    assert sum(shown_counts(again).values()) == len(sandbox_orders(sandbox_app))


def test_the_visible_cohort_exports_to_csv(qtbot, qloop, qrun, services, sandbox_app,
                                           tmp_path):
    sync_index(qrun, services)
    page = open_board(qtbot, services)
    apply(qtbot, page, blocked=True)
    path = tmp_path / "orders.csv"
    count = page.export_to(path)
    text = path.read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:9] == ["Status", "Customer", "Subscription number", "City", "Zip", "Plan",
                           "Provider", "Ordered", "Days in stage"]
    blocked = [o for o in sandbox_orders(sandbox_app) if o["blocked_reason"]]
    assert count == len(rows) - 1 == len(blocked)
    by_id = {r[15]: r for r in rows[1:]}
    assert set(by_id) == {o["id"] for o in blocked}
    store = store_of(sandbox_app)
    for order in blocked:
        row = by_id[order["id"]]
        sub = store.get("subscription", order["subscription"])
        assert row[2] == sub["number"] and row[3] == sub["address"]["city"]
        assert row[16] == order["subscription"] and row[9]  # blocked since
        assert row[10] in ("the smart-meter site check has not been done",
                           "the grid operator registration is pending")


def test_analytics_follow_the_cohort(qtbot, qloop, services, sandbox_app):
    page = open_board(qtbot, services)
    page.tabs.setCurrentWidget(page.analytics_tab)
    figures = page.analytics.figures
    orders = sandbox_orders(sandbox_app)
    reached = dict(figures["funnel"])
    assert reached["created"] == len(orders)
    assert reached["activated"] == sum(1 for o in orders if o["status"] == "activated")
    assert figures["funnel"] == funnel(page.state.visible(), page.lifecycle)
    apply(qtbot, page, provider="inexogy")
    assert dict(page.analytics.figures["funnel"])["created"] == \
        sum(1 for o in orders if o["provider"] == "inexogy")
    apply(qtbot, page, provider=None, text="nobody-is-called-this")
    assert page.analytics.stack.currentWidget() is page.analytics.empty


def test_a_cohort_changes_nothing_but_the_view(qtbot, qloop, services, sandbox_app):
    page = open_board(qtbot, services)
    apply(qtbot, page, blocked=True)
    assert page.state.cohort == Cohort(blocked_only=True)
    assert len(page.state.orders) == len(sandbox_orders(sandbox_app))


def test_the_open_filter_panel_fits_a_narrow_window_in_german(qtbot, german):
    from nomos_desk.ui.board.cohort_bar import CohortBar

    bar = CohortBar()
    qtbot.addWidget(bar)
    bar.filters_button.setChecked(True)
    bar.show()
    assert bar.panel.isVisible()
    assert bar.minimumSizeHint().width() <= 650  # the page beside it still fits 900 pixels
