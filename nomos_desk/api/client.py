"""NomosClient: one method per Nomos call the app uses, returning typed objects.

Lists return a ``Pager`` (``async for`` over items, ``.pages()`` over pages,
``.first_page()``); single objects are awaited. Routes come from the pinned
version's table, so on edison ``list_invoices(subscription=...)`` goes to the
nested path and on curie to ``/invoices`` with a subscription filter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar

import httpx

from . import errors, models
from .connection import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, Connection
from .filters import F, FilterLike, as_filter, encode_value
from .http import request_id_of, transport_error
from .pagination import MAX_LIMIT, Pager
from .urls import check_url, redirect_target, same_origin

T = TypeVar("T")

_REDIRECTS = (301, 302, 303, 307, 308)
MAX_FILE_BYTES = 64 * 1024 * 1024
_MAX_HOPS = 3
# The file's own type first; JSON too, so an error (a missing invoice, an expired token)
# comes back as Nomos's error envelope with its request id instead of a redirect to an
# error page or a 406.
_PDF_OR_ERROR = "application/pdf, application/json;q=0.9"


def _day(value: date | str) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):  # refused here rather than with a 400 from the server
        raise errors.InvalidArgument(f"{value!r} is not a date (yyyy-mm-dd)") from None
    return value


async def _read_file(response: httpx.Response,
                     progress: Callable[[int, int | None], None] | None) -> bytes:
    """A file's body, chunk by chunk; larger than MAX_FILE_BYTES is refused, not buffered."""
    length = response.headers.get("Content-Length", "")
    expected = int(length) if length.isdigit() else None
    chunks: list[bytes] = []
    received = 0
    try:
        async for chunk in response.aiter_bytes():
            received += len(chunk)
            if received > MAX_FILE_BYTES:
                raise errors.UnexpectedResponse(
                    response.status_code, "UNEXPECTED_RESPONSE",
                    "the invoice file is larger than any invoice should be",
                    request_id=request_id_of(response))
            chunks.append(chunk)
            if progress is not None:
                progress(received, expected)
    except httpx.RequestError as exc:
        raise transport_error(exc) from exc
    return b"".join(chunks)


def _drop_none(body: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if v is not None}


class NomosClient(Connection):
    """One connection: ``async with NomosClient(url, client_id, lambda: secret) as nomos``.

    The secret provider is called for each token grant (so it can read the OS keyring
    and nothing caches the secret here). ``api_version`` picks the route table and the
    meter-order vocabulary (``self.version``). ``transport`` lets tests plug in
    httpx.MockTransport or httpx.ASGITransport; ``sleep``/``clock``/``rng`` let them
    patch time. Plain http is refused except on loopback (the sandbox).
    """

    # -- plans, quotes, leads ---------------------------------------------------------

    def list_plans(self, filters: FilterLike = None, *, limit: int = MAX_LIMIT
                   ) -> Pager[models.Plan]:
        return self._pager("list_plans", models.Plan.from_dict, filters, limit)

    async def get_plan(self, plan_id: str) -> models.Plan:
        return models.Plan.from_dict(await self._get_object("get_plan", plan_id))

    async def get_quote(
        self,
        plan_id: str,
        zip_code: str,
        usage: float,
        meter_type: str | None = None,
        *,
        module_1: bool | None = None,
        module_2: bool | None = None,
        is_tax_exempt: bool | None = None,
    ) -> models.Quote:
        params = [("zip_code", zip_code), ("usage", encode_value(usage))]
        for name, value in (("meter_type", meter_type), ("14a_module_1", module_1),
                            ("14a_module_2", module_2), ("is_tax_exempt", is_tax_exempt)):
            if value is not None:
                params.append((name, encode_value(value)))
        return models.Quote.from_dict(await self._get("get_quote", params, id=plan_id))

    def list_leads(self, filters: FilterLike = None, *, limit: int = MAX_LIMIT
                   ) -> Pager[models.Lead]:
        return self._pager("list_leads", models.Lead.from_dict, filters, limit)

    async def get_lead(self, lead_id: str) -> models.Lead:
        return models.Lead.from_dict(await self._get_object("get_lead", lead_id))

    async def create_lead(
        self,
        plan: str,
        address: Mapping[str, Any],
        meter: Mapping[str, Any],
        *,
        customer: Mapping[str, Any] | None = None,
        payment_method: Mapping[str, Any] | None = None,
        previous_supplier: str | None = None,
        next_possible_start: bool | None = None,
        intended_start_date: date | str | None = None,
        change_reason: str | None = None,
        created_by: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> models.Lead:
        body = _drop_none({
            "plan": plan, "address": dict(address), "meter": dict(meter),
            "customer": dict(customer) if customer else None,
            "payment_method": dict(payment_method) if payment_method else None,
            "previous_supplier": previous_supplier,
            "next_possible_start": next_possible_start,
            "intended_start_date": _day(intended_start_date) if intended_start_date else None,
            "change_reason": change_reason,
            "created_by": created_by,
            "metadata": dict(metadata) if metadata is not None else None,
        })
        return models.Lead.from_dict(await self._write("create_lead", body))

    # -- customers and subscriptions ---------------------------------------------------

    def list_customers(self, filters: FilterLike = None, *, limit: int = MAX_LIMIT
                       ) -> Pager[models.Customer]:
        return self._pager("list_customers", models.Customer.from_dict, filters, limit)

    async def get_customer(self, customer_id: str) -> models.Customer:
        return models.Customer.from_dict(await self._get_object("get_customer", customer_id))

    async def update_customer(self, customer_id: str, *, first_name: str | None = None,
                              last_name: str | None = None, company_name: str | None = None
                              ) -> models.Customer:
        body = _drop_none({"first_name": first_name, "last_name": last_name,
                           "company_name": company_name})
        return models.Customer.from_dict(await self._write("update_customer", body, id=customer_id))

    def list_subscriptions(self, filters: FilterLike = None, *,
                           limit: int = MAX_LIMIT) -> Pager[models.Subscription]:
        return self._pager("list_subscriptions", models.Subscription.from_dict, filters, limit)

    async def get_subscription(self, subscription_id: str) -> models.Subscription:
        body = await self._get_object("get_subscription", subscription_id)
        return models.Subscription.from_dict(body)

    async def update_subscription(
        self,
        subscription_id: str,
        *,
        billing_address: Mapping[str, Any] | None = None,
        payment_method: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> models.Subscription:
        body = _drop_none({
            "billing_address": dict(billing_address) if billing_address else None,
            "payment_method": dict(payment_method) if payment_method else None,
            "metadata": dict(metadata) if metadata is not None else None,
        })
        data = await self._write("update_subscription", body, id=subscription_id)
        return models.Subscription.from_dict(data)

    async def terminate_subscription(
        self, subscription_id: str, reason: str, intended_end_at: datetime | None = None
    ) -> dict[str, Any]:
        body = _drop_none({
            "reason": reason,
            "intended_end_at": encode_value(intended_end_at) if intended_end_at else None,
        })
        return await self._write("terminate_subscription", body, id=subscription_id)

    # -- usage and prices ----------------------------------------------------------------

    async def get_usage(
        self,
        subscription_id: str,
        start: date | str | None = None,
        end: date | str | None = None,
        resolution: str = "auto",
    ) -> models.Usage:
        params = [("resolution", resolution)]
        if start is not None:
            params.append(("start", _day(start)))
        if end is not None:
            params.append(("end", _day(end)))
        return models.Usage.from_dict(await self._get("get_usage", params, id=subscription_id))

    async def get_prices(self, subscription_id: str, start: date | str,
                         end: date | str) -> models.Price:
        params = [("start", _day(start)), ("end", _day(end))]
        return models.Price.from_dict(await self._get("get_prices", params, id=subscription_id))

    # -- invoices -------------------------------------------------------------------------

    def list_invoices(self, filters: FilterLike = None, *,
                      subscription: str | None = None, limit: int = MAX_LIMIT
                      ) -> Pager[models.Invoice]:
        return self._scoped_pager("list_invoices", models.Invoice.from_dict, subscription,
                                  filters, limit)

    async def get_invoice(self, invoice_id: str) -> models.Invoice:
        return models.Invoice.from_dict(await self._get_object("get_invoice", invoice_id))

    async def get_invoice_pdf(self, invoice_id: str, *,
                              progress: Callable[[int, int | None], None] | None = None
                              ) -> bytes:
        """The PDF bytes. Nomos answers 302 to a short-lived storage URL; the bearer token
        is sent only while the redirect stays on the API's own origin. `progress` is called
        with (bytes received, bytes expected or None) as the file arrives."""
        method, url = self._path("get_invoice_file", id=invoice_id)
        target: httpx.URL | str = url  # the first hop is relative to the base URL
        authenticated = True
        for _ in range(_MAX_HOPS + 1):
            response = await self._http.request(
                method, str(target), operation="get_invoice_file", authenticated=authenticated,
                headers={"Accept": _PDF_OR_ERROR}, retry=self._retry, stream=True,
            )
            try:
                if response.status_code in _REDIRECTS:
                    target = redirect_target(response, response.request.url)
                    authenticated = same_origin(target, self.base_url)
                    continue
                content = await _read_file(response, progress)
            finally:
                await response.aclose()
            break
        else:
            raise errors.UnexpectedResponse(response.status_code, "UNEXPECTED_RESPONSE",
                                            "too many redirects for the invoice file",
                                            request_id=request_id_of(response))
        if response.status_code != 200 or not content.startswith(b"%PDF"):
            raise errors.UnexpectedResponse(
                response.status_code, "UNEXPECTED_RESPONSE", "the invoice file is not a PDF",
                request_id=request_id_of(response),
            )
        return content

    # -- meter readings -------------------------------------------------------------------

    def list_meter_readings(self, filters: FilterLike = None, *,
                            subscription: str | None = None, limit: int = MAX_LIMIT
                            ) -> Pager[models.MeterReading]:
        return self._scoped_pager("list_meter_readings", models.MeterReading.from_dict,
                                  subscription, filters, limit)

    async def create_meter_reading(
        self, subscription: str, value: float, timestamp: datetime,
        message: str | None = None,
    ) -> models.MeterReading:
        body: dict[str, Any] = {"value": value, "timestamp": encode_value(timestamp)}
        if message:
            body["message"] = message
        route = self.version.route("create_meter_reading")
        if "subscription" in route.placeholders():
            data = await self._write("create_meter_reading", body, subscription=subscription)
        else:
            data = await self._write("create_meter_reading", {"subscription": subscription, **body})
        return models.MeterReading.from_dict(data)

    # -- smart-meter orders and grid fee reductions -----------------------------------------

    def list_meter_orders(self, filters: FilterLike = None, *,
                          subscription: str | None = None, limit: int = MAX_LIMIT
                          ) -> Pager[models.MeterOrder]:
        return self._pager("list_meter_orders", models.MeterOrder.from_dict,
                           _with_subscription(filters, subscription), limit)

    async def get_meter_order(self, order_id: str) -> models.MeterOrder:
        return models.MeterOrder.from_dict(await self._get_object("get_meter_order", order_id))

    async def create_meter_order(self, subscription_id: str) -> models.MeterOrder:
        """At most one order per subscription ever: a second one answers 409 (Conflict).
        On OutcomeUnknown, list_meter_orders(subscription=...) tells whether it exists."""
        data = await self._write("create_meter_order", {"subscription": subscription_id})
        return models.MeterOrder.from_dict(data)

    def list_grid_fee_reductions(self, filters: FilterLike = None, *,
                                 subscription: str | None = None, limit: int = MAX_LIMIT
                                 ) -> Pager[models.GridFeeReduction]:
        return self._pager("list_grid_fee_reductions", models.GridFeeReduction.from_dict,
                           _with_subscription(filters, subscription), limit)

    async def get_grid_fee_reduction(self, reduction_id: str
                                     ) -> models.GridFeeReduction:
        body = await self._get_object("get_grid_fee_reduction", reduction_id)
        return models.GridFeeReduction.from_dict(body)

    async def create_grid_fee_reduction(self, subscription_id: str, type: str
                                        ) -> models.GridFeeReduction:
        data = await self._write("create_grid_fee_reduction",
                                 {"subscription": subscription_id, "type": type})
        return models.GridFeeReduction.from_dict(data)

    # -- market partners and events -----------------------------------------------------------

    def list_market_partners(self, filters: FilterLike = None, *,
                             limit: int = MAX_LIMIT) -> Pager[models.MarketPartner]:
        return self._pager("list_market_partners", models.MarketPartner.from_dict, filters, limit)

    async def get_event(self, event_id: str) -> models.Event:
        return models.Event.from_dict(await self._get_object("get_event", event_id))

    # -- shared ---------------------------------------------------------------------------------

    def _scoped_pager(self, operation: str, parse: Callable[[Any], T],
                      subscription: str | None, filters: FilterLike, limit: int) -> Pager[T]:
        """Lists that are top-level with a subscription filter on curie but nested under
        the subscription on edison."""
        if "subscription" in self.version.route(operation).placeholders():
            if subscription is None:
                subscription = as_filter(filters).value_of("subscription")
            return self._pager(operation, parse, as_filter(filters).without("subscription"), limit,
                               subscription=subscription or "")
        return self._pager(operation, parse, _with_subscription(filters, subscription), limit)


def _with_subscription(filters: FilterLike, subscription: str | None) -> FilterLike:
    if subscription is None:
        return filters
    return as_filter(filters).without("subscription") & F("subscription").eq(subscription)


__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "NomosClient", "check_url"]
