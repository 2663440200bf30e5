"""Invoice PDFs (Rechnung, Abschlagsrechnung, Stornorechnung) with fpdf2.

Only the PDF core font Helvetica is used: it needs no font file on the
system (Windows/macOS builds included) and keeps the text extractable. Core
fonts cover Latin-1, which has the umlauts, ß and §; anything else ('€',
Turkish ı/ş, typographic dashes) is transliterated, and amounts say 'EUR'.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from nomos_desk.domain.billing import VAT_RATE, InvoiceBreakdown, LineItem
from nomos_desk.sandbox.timegrid import local_date, parse_iso

_REPLACE = {"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
            "’": "'", "…": "...", "ı": "i", "ş": "s", "Ş": "S", "ğ": "g", "İ": "I", "•": "-"}
_TITLES = {"usage": "Rechnung", "prepayment": "Abschlagsrechnung", "void": "Stornorechnung"}
CREDITOR_ID = "DE98ZZZ09999999999"


def latin1(text: Any) -> str:
    """Text the core fonts can draw: Latin-1 kept, the rest transliterated."""
    out = []
    for ch in "".join(_REPLACE.get(c, c) for c in str(text)):
        if ord(ch) < 256:
            out.append(ch)
        else:
            out.append(unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode(
                "latin-1") or "?")
    return "".join(out)


def money(value: float) -> str:
    """German number format: 1.234,56."""
    s = f"{value:,.2f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def number(value: float, digits: int) -> str:
    s = f"{value:,.{digits}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def _day(ts: str | None) -> str:
    if not ts:
        return "-"
    return local_date(parse_iso(ts)).strftime("%d.%m.%Y")


def _period(invoice: dict[str, Any]) -> str:
    start = local_date(parse_iso(invoice["period_start"]))
    last = local_date(parse_iso(invoice["period_end"]) - timedelta(seconds=1))
    return f"{start:%d.%m.%Y} - {last:%d.%m.%Y}"


def _brand(plan: dict[str, Any]) -> str:
    name = str(plan.get("name") or "Nomos")
    return f"{name.split()[0]} Energie GmbH"


def _recipient(customer: dict[str, Any], sub: dict[str, Any]) -> list[str]:
    addr = sub.get("billing_address") or sub.get("address") or {}
    person = f"{customer.get('first_name', '')} {customer.get('last_name', '')}".strip()
    lines = [customer["company_name"], f"z. Hd. {person}"] if customer.get("company_name") \
        else [person]
    lines += [f"{addr.get('street', '')} {addr.get('house_number', '')}".strip(),
              f"{addr.get('zip', '')} {addr.get('city', '')}".strip()]
    return [line for line in lines if line]


class _Doc(FPDF):
    brand = ""

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("Helvetica", size=6.5)
        self.set_text_color(110)
        self.multi_cell(0, 3.5, latin1(
            f"{self.brand} · Torstraße 119 · 10119 Berlin · Amtsgericht Charlottenburg HRB 000000 · "
            f"USt-IdNr. DE000000000 · Gläubiger-ID {CREDITOR_ID} · Seite {self.page_no()}"),
            align="C")


def _items(line_items: InvoiceBreakdown | Iterable[LineItem]) -> Sequence[LineItem]:
    return line_items.items if isinstance(line_items, InvoiceBreakdown) else list(line_items)


def render_invoice_pdf(invoice: dict[str, Any], subscription: dict[str, Any],
                       customer: dict[str, Any], plan: dict[str, Any],
                       line_items: InvoiceBreakdown | Iterable[LineItem]) -> bytes:
    """One A4 invoice document; the totals are the invoice's own (`invoice['total']`)."""
    items = _items(line_items)
    total = float(invoice["total"])
    net = round(total / (1 + VAT_RATE), 2)
    doc = _Doc(format="A4")
    doc.brand = _brand(plan)
    doc.set_creation_date(parse_iso(invoice.get("issued_at") or invoice["period_end"]))
    doc.set_title(latin1(f"{_TITLES.get(str(invoice.get('type')), 'Rechnung')} "
                         f"{invoice['invoice_number']}"))
    doc.set_author(latin1(doc.brand))
    doc.set_auto_page_break(True, margin=25)
    doc.add_page()
    doc.set_font("Helvetica", "B", 16)
    doc.cell(0, 8, latin1(doc.brand), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    doc.set_font("Helvetica", size=7)
    doc.cell(0, 8, latin1(f"{doc.brand} · Torstraße 119 · 10119 Berlin"),
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    doc.set_font("Helvetica", size=10)
    top = doc.get_y()
    for line in _recipient(customer, subscription):
        doc.cell(90, 5, latin1(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    meter = subscription.get("meter") or {}
    address = subscription.get("address") or {}
    facts = [
        ("Rechnungsnummer", invoice["invoice_number"]),
        ("Rechnungsdatum", _day(invoice.get("issued_at"))),
        ("Vertragsnummer", subscription.get("number") or "-"),
        ("Tarif", plan.get("name") or "-"),
        ("Zählernummer", meter.get("number") or "-"),
        ("Marktlokation", meter.get("malo") or "-"),
        ("Lieferstelle", f"{address.get('street', '')} {address.get('house_number', '')}, "
                         f"{address.get('zip', '')} {address.get('city', '')}"),
        ("Zeitraum", _period(invoice)),
    ]
    doc.set_y(top)
    for label, value in facts:
        doc.set_x(110)
        doc.set_font("Helvetica", size=8)
        doc.cell(28, 4.5, latin1(label))
        doc.set_font("Helvetica", "B" if label == "Rechnungsnummer" else "", 8)
        doc.cell(0, 4.5, latin1(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    doc.set_y(max(doc.get_y(), top + 30) + 8)
    doc.set_font("Helvetica", "B", 13)
    title = _TITLES.get(str(invoice.get("type")), "Rechnung")
    doc.cell(0, 8, latin1(f"{title} Nr. {invoice['invoice_number']}"),
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if invoice.get("type") == "void" and invoice.get("voids"):
        doc.set_font("Helvetica", size=9)
        doc.cell(0, 5, latin1(f"Diese Stornorechnung hebt die Rechnung {invoice['voids']} auf."),
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    _table(doc, items)
    _totals(doc, net, total)
    _payment_note(doc, invoice, subscription, total)
    return bytes(doc.output())


_COLS = ((78, "Position", "L"), (26, "Menge", "R"), (16, "Einheit", "L"),
         (34, "Preis", "R"), (26, "Betrag EUR", "R"))


def _table(doc: FPDF, items: Sequence[LineItem]) -> None:
    doc.ln(3)
    doc.set_font("Helvetica", "B", 9)
    doc.set_fill_color(235)
    for width, head, align in _COLS:
        doc.cell(width, 7, head, border="B", align=align, fill=True)
    doc.ln()
    doc.set_font("Helvetica", size=9)
    for item in items:
        per_kwh = item.unit == "kWh"
        price = (f"{number(item.unit_price, 2)} ct/kWh" if per_kwh
                 else f"{money(item.unit_price)} EUR/Monat")
        whole = item.quantity == int(item.quantity)
        qty = number(item.quantity, 0 if whole and not per_kwh else 2)
        cells = (latin1(item.name), qty, item.unit, latin1(price), money(item.amount))
        for (width, _, align), text in zip(_COLS, cells, strict=True):
            doc.cell(width, 6, text, align=align)
        doc.ln()


def _totals(doc: FPDF, net: float, total: float) -> None:
    doc.ln(2)
    rows = (("Nettobetrag", net), (f"Umsatzsteuer {int(VAT_RATE * 100)} %", round(total - net, 2)),
            ("Gesamtbetrag (brutto)", total))
    for label, value in rows:
        bold = label.startswith("Gesamt")
        doc.set_font("Helvetica", "B" if bold else "", 10 if bold else 9)
        doc.set_x(104)
        doc.cell(50, 6, latin1(label), border="T" if bold else 0)
        doc.cell(26, 6, f"{money(value)} EUR", align="R", border="T" if bold else 0,
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    doc.set_font("Helvetica", size=7)
    doc.cell(0, 5, "Alle Preise je Position enthalten 19 % Umsatzsteuer.",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _payment_note(doc: FPDF, invoice: dict[str, Any], sub: dict[str, Any], total: float) -> None:
    pm = (sub.get("payment_method") or {}).get("sepa_debit") or {}
    iban, holder = pm.get("iban") or "-", pm.get("account_holder") or "-"
    doc.ln(6)
    doc.set_font("Helvetica", size=9)
    if total < 0:
        text = (f"Der Betrag von {money(-total)} EUR wird Ihrem Konto {iban} "
                f"(Kontoinhaber: {holder}) innerhalb von 14 Tagen gutgeschrieben.")
    else:
        due = parse_iso(invoice.get("issued_at") or invoice["period_end"]) + timedelta(days=5)
        text = (f"Wir ziehen den Betrag von {money(total)} EUR per SEPA-Lastschrift ab dem "
                f"{_day(due.isoformat())} von Ihrem Konto {iban} (Kontoinhaber: {holder}) ein. "
                f"Gläubiger-ID: {CREDITOR_ID}, Mandatsreferenz: {sub.get('number') or '-'}.")
    if invoice.get("status") == "paid" and invoice.get("paid_at") and total >= 0:
        text += f" Zahlungseingang am {_day(invoice['paid_at'])} - vielen Dank."
    doc.multi_cell(0, 5, latin1(text))
