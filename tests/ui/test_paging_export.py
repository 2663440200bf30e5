"""The scrolling list model over a cursor walk, and CSV for the user's spreadsheet."""

from __future__ import annotations

import csv
import io
from datetime import date

import httpx
import pytest
from PySide6.QtCore import QLocale, QModelIndex

from nomos_desk.api.models import Customer
from nomos_desk.ui.export import csv_text, write_csv
from nomos_desk.ui.paging import Column, PagedModel

COLUMNS = [Column("Email", lambda c: c.email or ""), Column("Id", lambda c: c.id or "")]


@pytest.fixture
def services(services_factory):
    return services_factory()


def model_of(services) -> PagedModel[Customer]:
    return PagedModel(services.tasks, "test.customers", COLUMNS, context="Test")


def test_rows_arrive_page_by_page_as_the_view_asks(qtbot, qloop, qrun, services, sandbox_app):
    model = model_of(services)
    model.reset(lambda: services.client.list_customers(limit=25))
    qtbot.waitUntil(lambda: model.rowCount() == 25, timeout=5000)
    assert model.canFetchMore(QModelIndex()) and not model.done
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 50, timeout=5000)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    everyone = qrun(services.client.list_customers().collect())
    assert model.done and [c.id for c in model.items] == [c.id for c in everyone]


def test_a_failed_page_keeps_its_place_and_retry_continues(qtbot, qloop, qrun, services,
                                                          sandbox_app, network):
    model = model_of(services)
    inner = network.handle_async_request
    broken = {"on": False}

    async def flaky(request: httpx.Request) -> httpx.Response:
        if broken["on"] and request.url.path == "/customers":
            return httpx.Response(400, json={"code": "BAD_REQUEST", "message": "no"})
        return await inner(request)

    network.handle_async_request = flaky
    failures = []
    model.failed.connect(failures.append)
    model.reset(lambda: services.client.list_customers(limit=20))
    qtbot.waitUntil(lambda: model.rowCount() == 20, timeout=5000)
    broken["on"] = True
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert model.rowCount() == 20 and not model.canFetchMore(QModelIndex())  # no retry loop
    broken["on"] = False
    model.retry()
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=5000)
    everyone = qrun(services.client.list_customers().collect())
    assert [c.id for c in model.items] == [c.id for c in everyone][:40]  # none twice


def test_reset_cancels_the_old_walk(qtbot, qloop, services, sandbox_app, network):
    model = model_of(services)
    network.stalled = True
    model.reset(lambda: services.client.list_customers(limit=10))
    assert model.loading
    network.stalled = False
    model.reset(None)
    assert model.rowCount() == 0 and model.done
    qtbot.waitUntil(lambda: not model.loading, timeout=2000)  # the old page was cancelled
    assert model.rowCount() == 0


def test_csv_for_a_german_spreadsheet(german_locale):
    text = csv_text(["Nummer", "Betrag", "Datum"],
                    [["R-1", 1234.5, date(2026, 12, 1)], ["R;2", None, None]])
    assert text.splitlines()[0] == "Nummer;Betrag;Datum"
    assert text.splitlines()[1] == "R-1;1234,50;01.12.2026"  # no grouping, decimal comma
    assert list(csv.reader(io.StringIO(text), delimiter=";"))[2] == ["R;2", "", ""]


def test_csv_for_an_english_spreadsheet_and_the_file(tmp_path):
    text = csv_text(["Number", "Amount"], [["R-1", 1234.5]])
    assert text.splitlines() == ["Number,Amount", "R-1,1234.50"]
    path = tmp_path / "out.csv"
    write_csv(path, ["Straße"], [["Müllerstraße"]])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM German Excel needs for UTF-8
    assert path.stat().st_mode & 0o077 == 0


@pytest.fixture
def german_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)
