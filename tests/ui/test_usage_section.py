"""The "Usage & prices" section: chart, navigation, hover, exports and the explanations of
empty days, against the sandbox."""

from __future__ import annotations

import csv
import os
import stat
from datetime import UTC, date, datetime

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from nomos_desk.domain import periods as p
from nomos_desk.sandbox.app import SandboxConfig
from nomos_desk.ui.theme import apply_theme, contrast
from nomos_desk.ui.usage.section import UsageSection
from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace

from .usage_helpers import pin_clock, requests_to, usage_case

SETTLED = ("ready", "empty", "error")


@pytest.fixture
def services(services_factory):
    return pin_clock(services_factory())


def open_usage(qtbot, services, sub_id) -> tuple[SubscriptionWorkspace, UsageSection]:
    ws = SubscriptionWorkspace(services, sub_id)
    qtbot.addWidget(ws)
    ws.resize(1280, 800)
    ws.show()
    qtbot.waitUntil(lambda: all(s.state in SETTLED for s in ws.sections.values()), timeout=30000)
    section = ws.sections["usage"].body
    wait_loaded(qtbot, ws, section)
    return ws, section


def wait_loaded(qtbot, ws, section) -> None:
    qtbot.waitUntil(lambda: section.data is not None and
                    section.data.chunks_done == section.data.chunks_total and
                    not ws.services.tasks.is_running(ws.task_prefix + "usage.fetch"),
                    timeout=30000)
    qtbot.waitUntil(lambda: not section._redraw_timer.isActive(), timeout=2000)


def test_a_smart_meter_opens_on_this_month_with_gaps_for_the_days_to_come(qtbot, qloop,
                                                                          services,
                                                                          sandbox_app):
    sub = usage_case(sandbox_app)
    ws, section = open_usage(qtbot, services, sub["id"])
    assert ws.state("usage") == "ready"
    assert section.controls.period == p.period_of(p.MONTH, date(2026, 11, 16))
    assert section.controls.label.text() == "November 2026"
    view = section.view
    assert view.resolution == "day" and len(view.buckets) == 30
    # 1 to 15 November drawn; the 16th onwards are gaps, not zero-height bars.
    chart = section.chart
    assert len(chart.final_bars.opts["height"]) + len(chart.preliminary_bars.opts["height"]) == 15
    assert len(chart.preliminary_bars.opts["height"]) == 3  # 13 to 15: still preliminary
    assert section.figures.value("kwh").endswith("kWh")
    assert "€" in section.figures.value("cost")
    assert "cheapest quarter of hours" in section.figures.value("cheap")
    assert section.figures.value("saving").startswith("€")
    assert "preliminary" in section.notes.text()


def test_hover_tells_time_kwh_price_and_cost(qtbot, qloop, services, sandbox_app):
    sub = usage_case(sandbox_app)
    ws, section = open_usage(qtbot, services, sub["id"])
    section.controls.choose(p.period_of(p.DAY, date(2026, 10, 25)))
    wait_loaded(qtbot, ws, section)
    chart = section.chart
    assert len(section.view.buckets) == 100  # the 25-hour day
    # 02:30 in summer time is 00:30 UTC: the first of the two 02:30 of that night.
    index = chart.hover_at(datetime(2026, 10, 25, 0, 35, tzinfo=UTC).timestamp())
    lines = chart.tip_lines(index)
    assert lines[0] == "Sun, 10/25/2026 2:30\u202fAM–2:45\u202fAM (UTC+2)"
    assert lines[1].startswith("Usage: ") and lines[1].endswith(" kWh")
    assert lines[2].startswith("Price: ") and lines[2].endswith(" ct/kWh")
    assert lines[3].startswith("Cost: €")
    second = chart.hover_at(datetime(2026, 10, 25, 1, 35, tzinfo=UTC).timestamp())
    assert chart.tip_lines(second)[0] == "Sun, 10/25/2026 2:30\u202fAM–2:45\u202fAM (UTC+1)"
    assert chart.crosshair.isVisible() and chart.tip.isVisible()
    chart.clear_hover()
    assert not chart.tip.isVisible()


def test_the_tooltip_stays_inside_a_narrow_chart(qtbot, qloop, services, sandbox_app):
    sub = usage_case(sandbox_app, meter="analog")
    ws, section = open_usage(qtbot, services, sub["id"])
    section.controls.choose(p.period_of(p.MONTH, date(2026, 10, 1)))  # one wide bar
    wait_loaded(qtbot, ws, section)
    chart = section.chart
    (left, right), _ = chart.plot.vb.viewRange()
    chart.hover_at(left + (right - left) * 0.6)  # shown, then the window narrows
    chart.resize(560, 400)
    qtbot.waitUntil(lambda: chart.plot.vb.sceneBoundingRect().width() < 520, timeout=2000)
    plot = chart.plot.vb.sceneBoundingRect()

    def inside() -> bool:
        tip = chart.tip.sceneBoundingRect()
        assert tip.width() > plot.width() / 2  # wider than half: no side fits by itself
        return plot.left() - 0.5 <= tip.left() and tip.right() <= plot.right() + 0.5

    assert inside()
    for share in (0.05, 0.35, 0.5, 0.65, 0.95):
        chart.hover_at(left + (right - left) * share)
        assert inside(), share


def test_navigation_and_drawing_options(qtbot, qloop, services, sandbox_app):
    sub = usage_case(sandbox_app)
    ws, section = open_usage(qtbot, services, sub["id"])
    controls = section.controls
    qtbot.mouseClick(controls.previous, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, ws, section)
    assert section.data.period.first == date(2026, 10, 1)
    assert controls.today_button.isEnabled()
    qtbot.mouseClick(controls.today_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, ws, section)
    assert section.data.period.first == date(2026, 11, 1)
    asked = len(sandbox_app.state.sandbox.request_log)
    # Resolution, steps, weighting and components redraw what is there: no new requests.
    controls.resolution.setCurrentIndex(controls.resolution.findData("hour"))
    controls.resolution.activated.emit(controls.resolution.currentIndex())
    assert section.view.resolution == "hour" and len(section.view.buckets) == 30 * 24
    controls.weighting.setCurrentIndex(1)
    controls.weighting.activated.emit(1)
    assert not section.view.by_usage
    controls.components.setChecked(True)
    assert section.view.stacked and section.chart.bands["grid"].isVisible()
    assert not section.chart.bands["grid"].path().isEmpty()
    assert not section.chart.price_line.isVisible()
    controls.drawing.setCurrentIndex(1)
    controls.drawing.activated.emit(1)
    assert not section.view.bars and len(section.chart.final_steps.xData) > 0
    assert len(sandbox_app.state.sandbox.request_log) == asked
    kinds = [controls.kind.itemData(i) for i in range(controls.kind.count())]
    assert kinds == ["day", "week", "month", "year", "custom"]
    controls.kind.setCurrentIndex(4)
    controls.kind.activated.emit(4)
    assert section.data.period.kind == "custom" and controls.first.isVisible()
    controls.first.setDate(controls.first.date().addDays(-10))
    wait_loaded(qtbot, ws, section)
    assert section.data.period.days == 40


def test_final_values_come_from_the_cache_the_second_time(qtbot, qloop, services,
                                                          sandbox_app):
    sub = usage_case(sandbox_app)
    ws, section = open_usage(qtbot, services, sub["id"])
    section.controls.choose(p.period_of(p.YEAR, date(2025, 1, 1)))
    wait_loaded(qtbot, ws, section)
    assert len(requests_to(sandbox_app, "/usage")) >= 12
    sandbox_app.state.sandbox.request_log.clear()
    section.controls.choose(p.period_of(p.YEAR, date(2026, 1, 1)))
    wait_loaded(qtbot, ws, section)
    section.controls.choose(p.period_of(p.YEAR, date(2025, 1, 1)))
    wait_loaded(qtbot, ws, section)
    months_2025 = [r for r in requests_to(sandbox_app, "/usage") if "2025-" in r["query"]]
    assert months_2025 == []  # all of 2025 is final: not asked again
    assert np.isfinite(section.data.slots.kwh).all()


def test_saving_the_chart_and_its_values(qtbot, qloop, services, sandbox_app, tmp_path):
    sub = usage_case(sandbox_app)
    ws, section = open_usage(qtbot, services, sub["id"])
    section.controls.choose(p.period_of(p.DAY, date(2026, 10, 25)))
    wait_loaded(qtbot, ws, section)
    picture, values = tmp_path / "chart.png", tmp_path / "values.csv"
    section.save(picture, png=True)
    assert picture.read_bytes().startswith(b"\x89PNG")
    section.save(values, png=False)
    assert stat.S_IMODE(os.stat(values).st_mode) == 0o600
    rows = list(csv.reader(values.read_text("utf-8-sig").splitlines()))
    assert rows[0][:5] == ["Start", "UTC offset", "End", "Usage (kWh)", "Values"]
    assert len(rows) == 101
    # The two 02:00 of the October night are told apart by their offset.
    assert rows[9][:2] == ["10/25/2026 2:00\u202fAM", "+02:00"]
    assert rows[13][:2] == ["10/25/2026 2:00\u202fAM", "+01:00"]
    assert rows[1][4] == "final" and float(rows[1][3]) > 0


def test_the_save_button_asks_for_a_file(qtbot, qloop, services, sandbox_app, tmp_path):
    sub = usage_case(sandbox_app)
    ws, section = open_usage(qtbot, services, sub["id"])
    qtbot.mouseClick(section.controls.csv, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.findChild(QFileDialog, "saveFileDialog") is not None, timeout=3000)
    dialog = ws.findChild(QFileDialog, "saveFileDialog")
    assert dialog.selectedFiles()[0].endswith("TEST0001_2026-11-01_2026-11-30.csv")
    target = tmp_path / "november.csv"
    dialog.setDirectory(str(tmp_path))
    dialog.findChild(QLineEdit, "fileNameEdit").setText(target.name)  # as if typed
    dialog.accept()
    qtbot.waitUntil(target.exists, timeout=3000)
    assert services.sink.errors == []
    assert target.read_bytes().startswith(b"\xef\xbb\xbfStart,")


@pytest.mark.parametrize(("hour", "note"), [
    (9, "Yesterday's values arrive today from 16:00"),
    (16, "No values from the metering operator yet for 1 day"),
])
def test_an_empty_yesterday_is_explained_not_an_error(qtbot, qloop, services_factory,
                                                       make_sandbox_app, network, hour, note):
    # Nomos (here) has delivered up to the 14th; the app's clock says 16 November.
    app = make_sandbox_app(SandboxConfig(world_now=datetime(2026, 11, 15, tzinfo=UTC)))
    network.inner.app = app
    services = services_factory()
    services.clock = lambda: datetime(2026, 11, 16, hour, tzinfo=UTC)  # 10:00 or 17:00 Berlin
    sub = usage_case(app)
    ws, section = open_usage(qtbot, services, sub["id"])
    section.controls.choose(p.period_of(p.DAY, date(2026, 11, 15)))
    wait_loaded(qtbot, ws, section)
    assert section.error is None and ws.state("usage") == "ready"
    assert note in section.notes.text()
    assert np.isnan(section.view.buckets.kwh).all()


def test_an_analog_meter_shows_months_and_its_readings(qtbot, qloop, services, sandbox_app):
    from .usage_helpers import add_reading
    sub = usage_case(sandbox_app, meter="analog")
    add_reading(sandbox_app, sub, 10812.4, "2026-01-31", "grid_reading")
    add_reading(sandbox_app, sub, 11399.0, "2026-07-31", "grid_estimation")
    ws, section = open_usage(qtbot, services, sub["id"])
    assert section.controls.period == p.period_of(p.YEAR, date(2026, 1, 1))
    assert not section.controls.resolution.isEnabled()
    assert [section.controls.kind.itemData(i) for i in range(section.controls.kind.count())] == \
        ["month", "year", "custom"]
    qtbot.waitUntil(lambda: len(section.view.readings) == 2, timeout=5000)
    view = section.view
    assert view.analog and len(view.buckets) == 12 and view.buckets.preliminary[9]
    spots = section.chart.marks.data
    assert len(spots) == 2
    filled = [s["brush"].style() != Qt.BrushStyle.NoBrush for s in spots]
    assert sorted(filled) == [False, True]  # the estimate is hollow, the reading filled
    january = section.chart.tip_lines(0)
    assert "Meter reading on 1/31/2026: 10,812.4 kWh" in january
    assert section.chart.tip_lines(9)[1].endswith("(estimate)")
    assert "about" in section.figures.value("cost")
    assert section.figures.value("cheap") == "needs a smart meter's quarter-hour values"


def test_feed_in_speaks_of_energy_fed_in_and_payout(qtbot, qloop, services, sandbox_app):
    sub = usage_case(sandbox_app, kind="feed_in")
    ws, section = open_usage(qtbot, services, sub["id"])
    assert ws.sections["usage"].title() == "Feed-in && prices"  # "&&" shows as one "&"
    plot = section.chart.plot
    assert plot.getAxis("left").labelText == "Fed in (kWh)"
    assert plot.getAxis("right").labelText == "Payout rate (ct/kWh)"
    assert [section.figures.value(k) for k in ("kwh",)][0].endswith("kWh")
    assert "kwh" in section.figures.values and "saving" not in section.figures.values
    assert "best-paid" in section.figures.value("cheap")
    lines = section.chart.tip_lines(0)
    assert lines[1].startswith("Fed in: ") and any(x.startswith("Payout: €") for x in lines)
    # No grid fees or levies on a payout.
    assert np.nanmax(section.view.buckets.parts_time["grid"]) == 0.0


def test_the_flexible_share_setting_changes_the_saving(qtbot, qloop, services, sandbox_app,
                                                       app_settings):
    sub = usage_case(sandbox_app)
    ws, section = open_usage(qtbot, services, sub["id"])
    assert section.figures.values["saving"] is not None
    twenty = section.found.saving
    assert section.found.flexible_share == 0.2
    app_settings.set_value("flexible_share_percent", 50)
    assert section.found.flexible_share == 0.5
    assert section.found.saving == pytest.approx(twenty * 2.5)  # linear in the share
    assert section.figures.value("saving").startswith("€")
    label = section.figures.form.labelForField(section.figures.values["saving"]).text()
    assert label == "Saving by shifting 50 %:"


def test_todays_and_tomorrows_prices_at_a_glance(qtbot, qloop, services_factory,
                                                 make_sandbox_app, network):
    # 15:00 in Berlin: the day-ahead auction has cleared, tomorrow's prices are out.
    afternoon = datetime(2026, 11, 16, 14, tzinfo=UTC)
    app = make_sandbox_app(SandboxConfig(world_now=afternoon))
    network.inner.app = app
    services = services_factory()
    services.clock = lambda: afternoon
    sub = usage_case(app)
    ws, section = open_usage(qtbot, services, sub["id"])
    glance = ws.sections["prices"].body
    assert ws.state("prices") == "ready"
    hours = glance.hours
    assert len(hours) == 48 and np.isfinite(hours.price_time).all()
    cheap, dear = glance.marked[date(2026, 11, 17)]
    tomorrow = hours.price_time[24:]
    assert cheap[0] == 24 + int(np.argmin(tomorrow)) and dear[0] == 24 + int(np.argmax(tomorrow))
    assert len(cheap) == len(dear) == 3
    assert glance.lines["tomorrow"].text().startswith("Tomorrow (11/17/2026): cheapest ")
    assert glance.lines["today"].text().startswith("Today (11/16/2026): cheapest ")
    brushes = glance.bars.opts["brushes"]
    assert brushes[cheap[0]].color().name() == "#3f9b57"
    assert brushes[dear[0]].color().name() == "#d0453c"


def test_ordinary_hours_stand_out_on_the_dark_chart(qtbot, qloop, services, sandbox_app):
    apply_theme(QApplication.instance(), "dark")
    try:
        ws, _ = open_usage(qtbot, services, usage_case(sandbox_app)["id"])
        glance = ws.sections["prices"].body
        cheap, dear = glance.marked[date(2026, 11, 16)]
        brushes = glance.bars.opts["brushes"]
        ordinary = next(i for i in range(len(brushes)) if i not in cheap + dear)
        background = glance.palette().color(QPalette.ColorRole.Base)
        assert contrast(brushes[ordinary].color(), background) >= 2.5
    finally:
        apply_theme(QApplication.instance(), "light")


def test_no_prices_at_a_glance_before_publication_or_when_not_active(qtbot, qloop, services,
                                                                      sandbox_app):
    sub = usage_case(sandbox_app)
    ws, section = open_usage(qtbot, services, sub["id"])  # 01:00 in Berlin
    glance = ws.sections["prices"].body
    assert glance.marked[date(2026, 11, 17)] == ([], [])
    assert "published in the early afternoon" in glance.lines["tomorrow"].text()
    ended = usage_case(sandbox_app, status="ended")
    ws2, _ = open_usage(qtbot, services, ended["id"])
    assert ws2.state("prices") == "empty"
    assert ws2.sections["prices"].empty.text() == \
        "Nomos gives prices only while a subscription is active."
