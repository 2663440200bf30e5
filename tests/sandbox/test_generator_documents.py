"""Quotes in the Nomos vocabulary and invoice PDFs for generated invoices."""

from __future__ import annotations

import re
import zlib

import pytest

from nomos_desk.sandbox import invoicing, quotes
from nomos_desk.sandbox.pdf import latin1, money, render_invoice_pdf
from tests.sandbox.test_generator import NOW, build_world


def _plan(world: dict, slug: str) -> dict:
    return next(p for p in world["plan"] if p["slug"] == slug)


def _names(group: dict) -> list[str]:
    return [s["name"] for s in group["subcomponents"]]


def test_quote_amounts_add_up() -> None:
    world = build_world()
    q = quotes.quote_response(_plan(world, "flux"), "10115", 2500, "smart", True, False, False,
                              NOW)
    base, variable = q["components"]
    assert q["object"] == "quote" and q["currency"] == "EUR" and q["quoted_at"].endswith("Z")
    for group in (base, variable):
        assert group["unit_amount"] == pytest.approx(
            sum(s["amount"] for s in group["subcomponents"]), abs=1e-5)
        assert group["amount"] == round(group["unit_amount"] * group["quantity"], 2)
    assert variable["quantity"] == round(2500 / 12, 2) and variable["quantity_unit"] == "kWh"
    assert base["quantity"] == 1 and base["quantity_unit"] == "month"
    assert q["amount"] == round(base["amount"] + variable["amount"], 2)
    assert _names(base) == ["Grundgebühr", "Netzentgelte",
                            "Pauschale Netzentgeltreduktion (§14a EnWG Modul 1)",
                            "Messstellengebühren"]
    assert base["subcomponents"][2]["amount"] < 0
    assert _names(variable) == ["EPEX Day-Ahead Preis (12m avg.)", "Netzentgelte",
                                "Konzessionsabgabe", "Stromsteuer", "Offshore-Umlage",
                                "§19-NEV-Umlage", "KWK-Umlage"]
    epex = variable["subcomponents"][0]["amount"]
    assert 0.03 < epex < 0.2  # EUR/kWh gross, like the spec's 0.0877


def test_quote_depends_on_zip_region_meter_and_modules() -> None:
    world = build_world()
    plan = _plan(world, "flux-fix")
    berlin = quotes.quote_response(plan, "10115", 3000, None, False, False, False, NOW)
    munich = quotes.quote_response(plan, "80331", 3000, None, False, False, False, NOW)
    assert berlin["amount"] != munich["amount"]
    assert berlin["components"][1]["subcomponents"][0]["name"] == quotes.FIXED_ENERGY_NAME
    module_2 = quotes.quote_response(plan, "10115", 3000, "smart", False, True, False, NOW)
    assert quotes.MODULE_2_NAME in _names(module_2["components"][1])
    assert module_2["components"][1]["unit_amount"] < berlin["components"][1]["unit_amount"]


def test_feed_in_quotes_pay_out_and_refuse_modules() -> None:
    world = build_world()
    plan = _plan(world, "sonnenernte")
    gross = quotes.quote_response(plan, "10115", 6000, "smart", False, False, False, NOW)
    exempt = quotes.quote_response(plan, "10115", 6000, "smart", False, False, True, NOW)
    assert _names(gross["components"][0]) == ["Grundgebühr"]
    assert [s["subgroup"] for s in gross["components"][1]["subcomponents"]] == ["energy"]
    assert exempt["components"][1]["unit_amount"] < gross["components"][1]["unit_amount"]
    assert gross["amount"] == round(gross["components"][1]["amount"]
                                    - gross["components"][0]["amount"], 2)
    with pytest.raises(ValueError):
        quotes.quote_response(plan, "10115", 6000, "smart", True, False, False, NOW)


@pytest.mark.parametrize("zip_code,usage,meter", [("1011", 2500, "smart"), ("10115", 50, "smart"),
                                                  ("10115", 60000, None), ("10115", 2500, "x")])
def test_invalid_quote_requests_raise(zip_code: str, usage: float, meter: str | None) -> None:
    plan = _plan(build_world(), "flux")
    with pytest.raises(ValueError):
        quotes.quote_response(plan, zip_code, usage, meter, False, False, False, NOW)


def _pdf_text(pdf: bytes) -> str:
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S)
    chunks = []
    for raw in streams:
        try:
            chunks.append(zlib.decompress(raw))
        except zlib.error:
            chunks.append(raw)
    return b"".join(chunks).decode("latin-1")


@pytest.mark.parametrize("kind", ["usage", "prepayment", "void"])
def test_invoice_pdf_is_a_german_invoice_with_extractable_number(kind: str) -> None:
    world = build_world()
    inv = next(i for i in world["invoice"] if i["type"] == kind)
    sub = next(s for s in world["subscription"] if s["id"] == inv["subscription"])
    customer = next(c for c in world["customer"] if c["id"] == inv["customer"])
    plan = next(p for p in world["plan"] if p["id"] == sub["plan"])
    breakdown = invoicing.invoice_breakdown(inv, sub, plan)
    assert breakdown.total == inv["total"]
    pdf = render_invoice_pdf(inv, sub, customer, plan, breakdown)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    text = _pdf_text(pdf)
    assert inv["invoice_number"] in text
    assert money(inv["total"]) in text
    assert sub["payment_method"]["sepa_debit"]["iban"] in text
    assert {"usage": "Rechnung Nr.", "prepayment": "Abschlagsrechnung Nr.",
            "void": "Stornorechnung Nr."}[kind] in text
    if kind == "usage":
        assert "Netzentgelte" in text and "Grundgeb\xfchr" in text
    assert render_invoice_pdf(inv, sub, customer, plan, breakdown) == pdf  # deterministic


def test_text_outside_latin1_is_transliterated() -> None:
    assert latin1("Yılmaz – 12 €") == "Yilmaz - 12 EUR"
    assert latin1("Weiß §19") == "Weiß §19"
    assert money(-1234.5) == "-1.234,50"
