"""Invoices of the generated sandbox world, picked by what a test needs, and waiting for
invoice screens to settle."""

from __future__ import annotations

from typing import Any

from nomos_desk.ui.invoices.tab import InvoiceTab

SETTLED = ("ready", "empty", "error")


def invoices(app: Any, where: str = "1 = 1", params: tuple = ()) -> list[dict[str, Any]]:
    return app.state.sandbox.store.query(
        "SELECT data FROM objects WHERE kind = 'invoice' AND " + where
        + " ORDER BY json_extract(data, '$.issued_at') DESC", params)


def invoice_of(app: Any, *, type: str = "usage", meter: str | None = None,
               pricing: str | None = None, sub_status: str = "active",
               status: str | None = None) -> dict[str, Any]:
    """The newest invoice of that type whose subscription and plan are as asked."""
    store = app.state.sandbox.store
    for inv in invoices(app, "json_extract(data, '$.type') = ?", (type,)):
        sub = store.get("subscription", inv["subscription"])
        plan = store.get("plan", sub["plan"])
        if sub["status"] != sub_status or (status and inv["status"] != status):
            continue
        if meter and sub["meter"]["type"] != meter:
            continue
        if pricing and plan["_sandbox"]["pricing"] != pricing:
            continue
        return inv
    raise LookupError(f"no {type} invoice for a {meter} meter on a {pricing} plan")


def requests_to(app: Any, prefix: str) -> list[dict[str, Any]]:
    return [r for r in app.state.sandbox.request_log if r["path"].startswith(prefix)]


def open_invoice(qtbot: Any, services: Any, invoice_id: str) -> InvoiceTab:
    tab = InvoiceTab(services, invoice_id)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitUntil(lambda: all(s.state in SETTLED for s in tab.sections.values()),
                    timeout=15000)
    return tab


def wait_document(qtbot: Any, tab: InvoiceTab, timeout: int = 10000) -> str:
    qtbot.waitUntil(lambda: tab.document.state not in ("waiting", "downloading"),
                    timeout=timeout)
    return tab.document.state
