"""Every public NomosClient method and how a test calls it.

The generated-answer tests and the flaky-network walks run over these tables, and
test_every_public_method_has_a_row (in test_answers_generated.py) fails when a method
is added to the client without a row here.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from nomos_desk.api import NomosClient, Pager

ADDRESS = {"street": "Hauptstr.", "house_number": "1", "zip": "10115", "city": "Berlin"}
METER = {"number": "1ESY1161234567", "type": "analog"}
DAY = datetime(2026, 5, 1, tzinfo=UTC)

# Lists: a Pager each (the tests walk it to the end).
LISTS: dict[str, Callable[[NomosClient], Pager[Any]]] = {
    "list_plans": lambda c: c.list_plans(limit=10),
    "list_leads": lambda c: c.list_leads(limit=10),
    "list_customers": lambda c: c.list_customers(limit=10),
    "list_subscriptions": lambda c: c.list_subscriptions(limit=10),
    "list_invoices": lambda c: c.list_invoices(limit=10),
    "list_meter_readings": lambda c: c.list_meter_readings(limit=10),
    "list_meter_orders": lambda c: c.list_meter_orders(limit=10),
    "list_grid_fee_reductions": lambda c: c.list_grid_fee_reductions(limit=10),
    "list_market_partners": lambda c: c.list_market_partners(limit=10),
}

# Everything else that asks the server something.
SINGLE: dict[str, Callable[[NomosClient], Awaitable[Any]]] = {
    "authenticate": lambda c: c.authenticate(),
    "get_plan": lambda c: c.get_plan("pln_1"),
    "get_quote": lambda c: c.get_quote("pln_1", "10115", 3500, "smart", module_1=True),
    "get_lead": lambda c: c.get_lead("lead_1"),
    "create_lead": lambda c: c.create_lead("pln_1", ADDRESS, METER, next_possible_start=False,
                                           intended_start_date="2026-06-01",
                                           created_by="vertrieb@brand.example"),
    "get_customer": lambda c: c.get_customer("cus_1"),
    "update_customer": lambda c: c.update_customer("cus_1", first_name="Anna"),
    "get_subscription": lambda c: c.get_subscription("sub_1"),
    "update_subscription": lambda c: c.update_subscription("sub_1", metadata={"crm": "7"}),
    "terminate_subscription": lambda c: c.terminate_subscription("sub_1", "moving", DAY),
    "get_usage": lambda c: c.get_usage("sub_1", "2026-04-01", "2026-05-01", "day"),
    "get_prices": lambda c: c.get_prices("sub_1", "2026-04-01", "2026-04-02"),
    "get_invoice": lambda c: c.get_invoice("inv_1"),
    "get_invoice_pdf": lambda c: c.get_invoice_pdf("inv_1"),
    "create_meter_reading": lambda c: c.create_meter_reading("sub_1", 1234.5, DAY, "photo"),
    "get_meter_order": lambda c: c.get_meter_order("mo_1"),
    "create_meter_order": lambda c: c.create_meter_order("sub_1"),
    "get_grid_fee_reduction": lambda c: c.get_grid_fee_reduction("gfr_1"),
    "create_grid_fee_reduction": lambda c: c.create_grid_fee_reduction(
        "sub_1", "enwg-14a-module-1"),
    "get_event": lambda c: c.get_event("evt_1"),
}

# Public methods that send nothing of their own.
NOT_CALLS = {"aclose", "background", "with_retry"}


def public_methods() -> set[str]:
    return {name for name, value in inspect.getmembers(NomosClient)
            if not name.startswith("_") and inspect.isfunction(value)}


def result_type(name: str) -> Any:
    """What a successful call returns (for lists: what each row is)."""
    returns = typing.get_type_hints(getattr(NomosClient, name))["return"]
    if typing.get_origin(returns) is Pager:
        return typing.get_args(returns)[0]
    return typing.get_origin(returns) or returns
