"""The server's door to the generated world: usage and price series, quotes,
invoice PDFs. The numbers come from the data modules (series, quotes, pdf,
domain.billing); this keeps the "now" of that world and the lookups in one place."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .config import SandboxConfig
from .errors import ApiError
from .store import Store
from .timeutil import parse_iso


def _rejected(exc: ValueError, field: str) -> ApiError:
    """The data modules raise ValueError for inputs Nomos answers with 400."""
    message = str(exc) or "Invalid request"
    return ApiError.bad_request(field, "custom", message)


class DataBridge:
    def __init__(self, store: Store, config: SandboxConfig) -> None:
        self.store = store
        self.config = config

    def now(self) -> datetime:
        """The generated world's present: fixed by config, else the generator's anchor."""
        if self.config.world_now is not None:
            return self.config.world_now
        anchor = parse_iso(self.store.get_meta("generated_now") or "")
        return anchor if anchor is not None else self.config.clock()

    def usage(self, sub: dict[str, Any], start: date | None, end: date | None,
              resolution: str) -> dict[str, Any]:
        from .series import usage_response
        try:
            return usage_response(sub, start, end, resolution, self.now())
        except ValueError as exc:
            if start is None and end is None:
                # The default window can be empty (an analog meter that started
                # this month has no whole month yet): that is no data, not a 400.
                meter = sub.get("meter")
                smart = isinstance(meter, dict) and meter.get("type") == "smart"
                return {"object": "usage", "meter_type": "smart" if smart else "analog",
                        "resolution": "day" if smart else "month", "data": []}
            raise _rejected(exc, "end") from None

    def prices(self, sub: dict[str, Any], plan: dict[str, Any], start: date | None,
               end: date | None) -> dict[str, Any]:
        from .series import prices_response
        try:
            return prices_response(sub, plan, start, end, self.now())
        except ValueError as exc:
            raise _rejected(exc, "end") from None

    def quote(self, plan: dict[str, Any], zip_code: str, usage: float, meter_type: str,
              module_1: bool, module_2: bool, tax_exempt: bool) -> dict[str, Any]:
        # The route has checked every parameter with its own field and code, so a
        # ValueError from quote_response would be a sandbox bug: let it surface as a 500.
        from .quotes import quote_response
        return quote_response(plan, zip_code, usage, meter_type, module_1, module_2,
                              tax_exempt, self.now())

    def invoice_pdf(self, invoice: dict[str, Any]) -> bytes:
        from .invoicing import invoice_breakdown
        from .pdf import render_invoice_pdf
        sub = self.store.get("subscription", invoice["subscription"]) or {}
        customer = self.store.get("customer", invoice["customer"]) or {}
        plan = self.store.get("plan", sub.get("plan", "")) or {}
        return render_invoice_pdf(invoice, sub, customer, plan,
                                  invoice_breakdown(invoice, sub, plan))
