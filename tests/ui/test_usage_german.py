"""The usage screens in German: no English left on the workspace's usage, price and reading
sections (the chart's own texts included), and German formats in the CSV."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from nomos_desk.domain import periods as p

from .i18n_helpers import english_left_over, visible_texts
from .test_usage_section import open_usage, wait_loaded
from .usage_helpers import add_reading, pin_clock, usage_case


@pytest.fixture
def services(services_factory):
    return pin_clock(services_factory())


def our_texts(ws) -> list[str]:
    """The usage, price and reading sections (the rest of the workspace has its own walk;
    its random customer ids would trip the word check here)."""
    return [t for key in ("usage", "prices", "readings") for t in visible_texts(ws.sections[key])]


def chart_texts(section) -> list[str]:
    chart = section.chart
    texts = [chart.plot.getAxis(a).labelText for a in ("left", "right")]
    texts += [label.text for _, label in chart.legend.items]
    texts += chart.tip_lines(0) + chart.tip_lines(len(section.view.buckets) // 2)
    return texts


@pytest.mark.parametrize("case", ["smart", "analog", "feed_in"])
def test_the_usage_screens_speak_german(qtbot, qloop, german, services, sandbox_app, case):
    sub = usage_case(sandbox_app, meter="analog" if case == "analog" else "smart",
                     kind="feed_in" if case == "feed_in" else "consumption")
    add_reading(sandbox_app, sub, 10812.4, "2026-01-31", "grid_reading")
    ws, section = open_usage(qtbot, services, sub["id"])
    leftovers = english_left_over(our_texts(ws) + chart_texts(section))
    section.controls.components.setChecked(True)
    leftovers += english_left_over(chart_texts(section))
    if case == "smart":
        section.controls.choose(p.period_of(p.DAY, date(2026, 10, 25)))
        wait_loaded(qtbot, ws, section)
        leftovers += english_left_over(our_texts(ws) + chart_texts(section))
        assert section.controls.label.text() == "So., 25.10.2026"
        assert section.chart.tip_lines(10)[0] == "So., 25.10.2026 02:30–02:45 (UTC+2)"
    if case == "analog":
        panel = ws.sections["readings"].body
        qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
        panel.value.setText("1")
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)  # a local error shows
        leftovers += english_left_over(our_texts(ws))
        assert panel.errors.message("value").startswith("Unter dem vorigen Zählerstand")
    assert not leftovers, "English left in the German UI:\n" + "\n".join(sorted(set(leftovers)))
    assert ws.sections["usage"].title() == ("Einspeisung && Preise" if case == "feed_in"
                                            else "Verbrauch && Preise")


def test_the_csv_opens_in_a_german_excel(qtbot, qloop, german, services, sandbox_app,
                                         tmp_path):
    sub = usage_case(sandbox_app)
    ws, section = open_usage(qtbot, services, sub["id"])
    target = tmp_path / "werte.csv"
    section.save(target, png=False)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads the umlauts
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("Beginn;UTC-Versatz;Ende;Verbrauch (kWh);Werte;")
    first = lines[1].split(";")
    assert first[0] == "01.11.2026 00:00" and first[1] == "+01:00"
    assert "," in first[3] and "." not in first[3]  # a decimal comma, no digit grouping
    assert first[4] == "endgültig"
