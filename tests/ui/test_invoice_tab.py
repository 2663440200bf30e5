"""An invoice in its tab: facts, line items and their check, void links, and the PDF
fetched through the redirect (expired links renewed, damaged files reported)."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtPrintSupport import QPrinter

from nomos_desk.sandbox.config import utcnow
from nomos_desk.ui.invoices.pdf_view import print_pages, render_page
from nomos_desk.ui.registry import default_registry
from nomos_desk.ui.search.view import SearchView

from .invoice_helpers import invoice_of, invoices, open_invoice, requests_to, wait_document


@pytest.fixture
def services(services_factory):
    return services_factory()


def lines_of(tab):
    return tab.sections["lines"].body


def table_texts(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_a_smart_meter_invoice_is_rebuilt_and_matches_to_the_cent(qtbot, qloop, services,
                                                                  sandbox_app):
    inv = invoice_of(sandbox_app, meter="smart", pricing="dynamic")
    tab = open_invoice(qtbot, services, inv["id"])
    facts = tab.sections["facts"].body.facts
    assert facts.value("number") == inv["invoice_number"]
    assert facts.value("type") == "Usage invoice"
    assert facts.value("usage").endswith("kWh") and facts.value("period") == "October 2026"
    lines = lines_of(tab)
    assert lines.source.text().startswith("Reconstructed from the period's usage")
    rows = table_texts(lines.table)
    assert [r[0] for r in rows] == ["Energy", "Grid fees per kWh", "Levies and taxes",
                                    "Base fee", "Grid fees per month", "Metering fee"]
    assert rows[3][1] == "1 month" and rows[3][2] == "€19.90 per month"
    assert lines.table.item(3, 0).toolTip() == "On the document: Grundgebühr"
    assert lines.verdict.text() == ("Matches to the cent: the line items add up to the "
                                    "invoice total.")
    assert lines.sums.value("invoice_total") == lines.sums.value("lines_total")


def test_an_analog_meter_on_a_dynamic_plan_differs_and_says_why(qtbot, qloop, services,
                                                                sandbox_app):
    inv = invoice_of(sandbox_app, meter="analog", pricing="dynamic")
    tab = open_invoice(qtbot, services, inv["id"])
    lines = lines_of(tab)
    assert lines.verdict.text().startswith("Differs by €")
    assert "per month" in lines.verdict.text() and "estimate" in lines.verdict.text()
    assert not lines.outcome.matches and lines.verdict.property("ok") is False


def test_a_fixed_price_analog_invoice_matches_from_its_monthly_usage(qtbot, qloop, services,
                                                                     sandbox_app):
    inv = invoice_of(sandbox_app, meter="analog", pricing="fixed")
    lines = lines_of(open_invoice(qtbot, services, inv["id"]))
    assert lines.outcome.matches, lines.verdict.text()


def test_a_prepayment_is_set_against_the_periods_usage(qtbot, qloop, services, sandbox_app):
    inv = invoice_of(sandbox_app, type="prepayment")
    tab = open_invoice(qtbot, services, inv["id"])
    lines = lines_of(tab)
    assert tab.title_label.text() == f"Prepayment invoice {inv['invoice_number']}"
    balance = lines.outcome
    assert balance.advance == inv["total"]
    assert lines.sums.value("advance").endswith(f"{inv['total']:,.2f}")
    cost = balance.cost.breakdown.total
    assert round(balance.advance - cost, 2) == balance.balance
    word = "more" if balance.balance > 0 else "less"
    assert f"The advance was €{abs(balance.balance):,.2f} {word}" in lines.verdict.text()


def test_a_void_invoice_and_the_one_it_voids_link_to_each_other(qtbot, qloop, services,
                                                                sandbox_app):
    storno = invoice_of(sandbox_app, type="void")
    original = sandbox_app.state.sandbox.store.get("invoice", storno["voids"])
    tab = open_invoice(qtbot, services, storno["id"])
    facts = tab.sections["facts"].body
    assert tab.title_label.text() == f"Storno {storno['invoice_number']}"
    assert facts.related.text().startswith(f"This Storno reverses invoice "
                                           f"{original['invoice_number']}")
    with qtbot.waitSignal(tab.open_requested, timeout=2000) as opened:
        facts.related_button.click()
    assert opened.args == ["invoice", original["id"]]
    assert lines_of(tab).verdict.text() == (f"Reverses invoice {original['invoice_number']} "
                                            "in full.")

    voided = open_invoice(qtbot, services, original["id"])
    back = voided.sections["facts"].body
    assert back.facts.value("status") == "Voided"
    assert back.related.text().startswith(f"Voided by Storno {storno['invoice_number']}")
    with qtbot.waitSignal(voided.open_requested, timeout=2000) as opened:
        back.related_button.click()
    assert opened.args == ["invoice", storno["id"]]


def test_an_ended_subscriptions_invoice_says_why_it_cannot_be_rebuilt(qtbot, qloop, services,
                                                                      sandbox_app):
    inv = invoice_of(sandbox_app, sub_status="ended")
    lines = lines_of(open_invoice(qtbot, services, inv["id"]))
    assert not lines.table.isVisible()
    assert "only while a subscription is active" in lines.source.text()


# -- the PDF ------------------------------------------------------------------------------------
def dark_pixels(image) -> int:
    step = 4
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if QColor(image.pixel(x, y)).lightness() < 100)


def test_the_pdf_is_followed_through_its_redirect_and_page_one_renders(qtbot, qloop, services,
                                                                       sandbox_app):
    inv = invoice_of(sandbox_app, meter="smart")
    tab = open_invoice(qtbot, services, inv["id"])
    assert wait_document(qtbot, tab) == "ready"
    assert [r["status"] for r in requests_to(sandbox_app, f"/invoices/{inv['id']}/file")] == [302]
    assert [r["status"] for r in requests_to(sandbox_app, "/_files/invoices/")] == [200]
    pane = tab.document.pane
    assert pane.pages == 1 and pane.isVisible() and not pane.thumbnails.isVisible()
    page = render_page(pane.document, 0, 600)
    assert not page.isNull() and dark_pixels(page) > 200  # text, not a blank page
    assert pane.page_label.text() == "Page 1 of 1"
    pane.search_box.setText(inv["invoice_number"])
    qtbot.waitUntil(lambda: pane.result_count() > 0, timeout=5000)
    pane.step_result(1)
    assert pane.matches.text().startswith("1 of ")
    cached = services.pdfs.get(inv["id"], inv["status"])
    assert cached is not None and cached.read_bytes().startswith(b"%PDF")
    assert cached.stat().st_mode & 0o077 == 0


def test_a_document_shown_before_comes_from_the_cache(qtbot, qloop, services, sandbox_app):
    inv = invoice_of(sandbox_app, meter="smart")
    wait_document(qtbot, open_invoice(qtbot, services, inv["id"]))
    again = open_invoice(qtbot, services, inv["id"])
    assert wait_document(qtbot, again) == "ready"
    assert len(requests_to(sandbox_app, f"/invoices/{inv['id']}/file")) == 1


def test_an_expired_link_is_renewed_without_bothering_anyone(qtbot, qloop, services,
                                                             sandbox_app, network):
    config = sandbox_app.state.sandbox.config
    later = {"by": timedelta(0)}
    config.clock = lambda: utcnow() + later["by"]
    inner = network.handle_async_request

    async def slow_line(request: httpx.Request) -> httpx.Response:
        response = await inner(request)
        if request.url.path.endswith("/file") and not later["by"]:
            later["by"] = timedelta(hours=2)  # the link's hour is over before it is used
        return response

    network.handle_async_request = slow_line
    inv = invoice_of(sandbox_app, meter="smart")
    tab = open_invoice(qtbot, services, inv["id"])
    assert wait_document(qtbot, tab) == "ready"
    files = requests_to(sandbox_app, "/_files/invoices/")
    assert [r["status"] for r in files] == [403, 200]
    assert len(requests_to(sandbox_app, f"/invoices/{inv['id']}/file")) >= 2
    assert not tab.document.status.isVisible() and not services.sink.errors


def storage_answers(network, answer):
    inner = network.handle_async_request

    async def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/_files/"):
            return answer()
        return await inner(request)

    network.handle_async_request = handle
    return inner


def test_a_damaged_pdf_is_reported_plainly_and_not_kept(qtbot, qloop, services, sandbox_app,
                                                        network):
    pdf = bytearray(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    inner = storage_answers(network, lambda: httpx.Response(
        200, content=bytes(pdf), headers={"Content-Type": "application/pdf"}))
    inv = invoice_of(sandbox_app, meter="smart")
    tab = open_invoice(qtbot, services, inv["id"])
    assert wait_document(qtbot, tab) == "damaged"
    doc = tab.document
    assert doc.status.text().startswith("The document Nomos sent is damaged")
    assert doc.again_button.isVisible() and not doc.pane.isVisible()
    assert not doc.print_button.isEnabled() and not doc.save_button.isEnabled()
    assert services.pdfs.get(inv["id"], inv["status"]) is None
    network.handle_async_request = inner
    doc.again_button.click()
    assert wait_document(qtbot, tab) == "ready"


@pytest.mark.parametrize(("answer", "says"), [
    (lambda: httpx.Response(200, text="<html>sign in</html>"), "is not a PDF"),
    (lambda: httpx.Response(404, json={"code": "NOT_FOUND", "message": "gone"}),
     "Nomos has no document for this invoice."),
])
def test_a_missing_or_wrong_file_says_so(qtbot, qloop, services, sandbox_app, network, answer,
                                         says):
    storage_answers(network, answer)
    inv = invoice_of(sandbox_app, meter="smart")
    tab = open_invoice(qtbot, services, inv["id"])
    assert wait_document(qtbot, tab) == "failed"
    assert says in tab.document.status.text()


def test_a_download_can_be_cancelled_and_started_again(qtbot, qloop, services, sandbox_app,
                                                       network):
    inv = invoice_of(sandbox_app, meter="smart")
    network.hanging.add(f"/invoices/{inv['id']}/file")
    tab = open_invoice(qtbot, services, inv["id"])
    doc = tab.document
    qtbot.waitUntil(lambda: doc.state == "downloading", timeout=5000)
    assert doc.progress.isVisible() and doc.status.text() == "Asking Nomos for the document…"
    doc.cancel_button.click()
    qtbot.waitUntil(lambda: doc.state == "cancelled", timeout=5000)
    assert doc.again_button.isVisible()
    network.hanging.clear()
    doc.again_button.click()
    assert wait_document(qtbot, tab) == "ready"


def test_progress_shows_what_has_arrived(qtbot, qloop, services, sandbox_app):
    inv = invoice_of(sandbox_app, meter="smart")
    doc = open_invoice(qtbot, services, inv["id"]).document
    wait_document(qtbot, doc.tab)
    doc._show_progress(3072, 12288)
    assert (doc.progress.value(), doc.progress.maximum()) == (3072, 12288)
    assert doc.status.text() == "Downloading the document… 3 of 12 KB"


def test_save_as_and_print(qtbot, qloop, qrun, services, sandbox_app, tmp_path, monkeypatch):
    inv = invoice_of(sandbox_app, meter="smart")
    tab = open_invoice(qtbot, services, inv["id"])
    wait_document(qtbot, tab)
    doc = tab.document
    target = tmp_path / "copy.pdf"

    async def chosen(*args):
        return target

    monkeypatch.setattr("nomos_desk.ui.invoices.document.choose_save_path", chosen)
    assert qrun(doc.save_as()) == target
    assert target.read_bytes() == doc.path.read_bytes()
    assert target.stat().st_mode & 0o077 == 0
    assert doc.suggested_name() == f"{inv['invoice_number']}.pdf"

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert print_pages(doc.pane.document, printer) == 1
    assert printed.read_bytes().startswith(b"%PDF") and printed.stat().st_size > 10_000
def test_an_invoice_id_opens_the_invoice_tab(qtbot, qloop, services_factory, sandbox_app):
    services = services_factory()
    services.tab_kinds = default_registry().tab_kinds
    view = SearchView(services)
    qtbot.addWidget(view)
    view.show()
    inv_id = invoices(sandbox_app)[0]["id"]
    with qtbot.waitSignal(view.open_requested, timeout=5000) as opened:
        view.query.setText(inv_id)
        qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert opened.args == ["invoice", inv_id]


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_externally_hands_the_cached_file_to_the_system(qtbot, qloop, services,
                                                             sandbox_app):
    inv = invoice_of(sandbox_app, meter="smart")
    tab = open_invoice(qtbot, services, inv["id"])
    wait_document(qtbot, tab)
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")
    try:
        tab.document.open_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert catcher.urls == [QUrl.fromLocalFile(str(services.pdfs.get(inv["id"], inv["status"])))]
