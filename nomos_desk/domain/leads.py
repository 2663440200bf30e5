"""A checkout lead as the sales form holds it: local checks, the request, the intent key.

`LeadInput` is everything a salesperson types. `problems()` checks it before anything
is sent (codes keyed by the API's field names, so a local problem and a Nomos field
error land beside the same input); `request()` turns it into the InsertLead body.

Nomos has no unique value on a lead, so a 409 never tells that a lead exists. Every
submission therefore carries an intent key of the app's own in the lead's metadata;
when an answer is lost, the newest leads are searched for that key.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlparse

from . import validation as check
from .berlin import month_start, months_later
from .validation import Problem

INTENT_KEY = "nomos_desk_intent"
CUSTOMER_KEY = "nomos_desk_customer"  # the name the leads list shows before conversion
PLAN_KEY = "nomos_desk_plan"
OWN_KEYS = (INTENT_KEY, CUSTOMER_KEY, PLAN_KEY)

CONSUMPTION, FEED_IN = "consumption", "feed_in"
PERSON, COMPANY = "person", "company"
SMART, ANALOG = "smart", "analog"
SUPPLIER_CHANGE, MOVE_IN = "supplier_change", "move_in"
NEXT_POSSIBLE, ON_DATE = "next_possible", "on_date"
MODULE_1, MODULE_2 = "module_1", "module_2"
MAX_QUOTE_USAGE_KWH = 50_000  # GET /plans/{id}/quote takes 100..50000 kWh


@dataclass
class LeadInput:
    plan_id: str = ""
    customer_type: str = PERSON
    company_name: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    zip: str = ""
    street: str = ""
    house_number: str = ""
    city: str = ""
    usage_kwh: int | None = None
    meter_type: str = ANALOG
    meter_number: str = ""
    change_reason: str = SUPPLIER_CHANGE
    supplier_id: str = ""
    supplier_name: str = ""
    start: str = NEXT_POSSIBLE
    start_date: date | None = None
    sepa: bool = False
    iban: str = ""
    account_holder: str = ""
    metadata: list[tuple[str, str]] = field(default_factory=list)
    created_by: str = ""
    # Options of the quote only (InsertLead has no field for them).
    module: str = ""
    tax_exempt: bool = False


def takes_previous_supplier(lead: LeadInput, plan_type: str | None) -> bool:
    """A previous supplier only exists for a consumption plan's supplier change."""
    return plan_type != FEED_IN and lead.change_reason == SUPPLIER_CHANGE


def earliest_feed_in_start(today: date) -> date:
    """Feed-in starts on the first of a month at least one month ahead."""
    ahead = months_later(today, 1)
    return ahead if ahead.day == 1 else month_start(ahead, 1)


def feed_in_start(value: date | None, today: date) -> Problem | None:
    if value is None:
        return Problem("required")
    earliest = earliest_feed_in_start(today)
    if value.day != 1:
        return Problem("not_first_of_month", earliest.isoformat())
    return None if value >= earliest else Problem("start_too_soon", earliest.isoformat())


def problems(lead: LeadInput, plan_type: str | None, today: date) -> dict[str, Problem]:
    """Every local problem, keyed by the InsertLead field it concerns (first one wins)."""
    out: dict[str, Problem] = {}

    def put(name: str, problem: Problem | None) -> None:
        if problem is not None and name not in out:
            out[name] = problem

    if not lead.plan_id:
        put("plan", Problem("required"))
    if lead.customer_type == COMPANY:
        put("customer.company_name", check.required(lead.company_name))
    if lead.email.strip():
        put("customer.email", check.email(lead.email))
    put("address.zip", check.german_zip(lead.zip))
    put("meter.estimated_usage", check.yearly_usage(lead.usage_kwh))
    if plan_type == FEED_IN and lead.meter_type != SMART:
        put("meter.type", Problem("feed_in_needs_smart"))
    if takes_previous_supplier(lead, plan_type) and lead.supplier_name.strip() \
            and not lead.supplier_id:
        put("previous_supplier", Problem("pick_from_list"))
    if lead.start == ON_DATE:
        put("intended_start_date", feed_in_start(lead.start_date, today) if plan_type == FEED_IN
            else check.future_day(lead.start_date, today))
    if lead.sepa:
        put("payment_method.sepa_debit.iban", check.iban(lead.iban))
        put("payment_method.sepa_debit.account_holder", check.required(lead.account_holder))
    put("metadata", metadata_problem(lead.metadata))
    if lead.created_by.strip():
        put("created_by", check.email(lead.created_by))
    return out


def metadata_problem(pairs: list[tuple[str, str]]) -> Problem | None:
    seen: set[str] = set()
    for key, value in pairs:
        key = key.strip()
        if not key:
            if value.strip():
                return Problem("metadata_key_missing")
            continue
        if key in OWN_KEYS:
            return Problem("metadata_key_reserved", key)
        if key in seen:
            return Problem("metadata_key_twice", key)
        seen.add(key)
    return None


def customer_label(lead: LeadInput) -> str:
    """"Muster GmbH (Erika Mustermann)" or "Erika Mustermann": who the lead is for."""
    person = " ".join(p for p in (lead.first_name.strip(), lead.last_name.strip()) if p)
    company = lead.company_name.strip() if lead.customer_type == COMPANY else ""
    if company:
        return f"{company} ({person})" if person else company
    return person


def new_intent() -> str:
    return uuid.uuid4().hex


def carries_intent(metadata: Mapping[str, Any] | None, intent: str) -> bool:
    return metadata is not None and metadata.get(INTENT_KEY) == intent


def plan_slug(link: str | None) -> str | None:
    """The plan's slug from a checkout link (https://<slug>.checkout.energy/?id=lead_…)."""
    host = urlparse(link or "").hostname or ""
    slug, _, rest = host.partition(".")
    return slug if slug and rest == "checkout.energy" else None


def request(lead: LeadInput, plan_type: str | None, intent: str) -> dict[str, Any]:
    """The keyword arguments of NomosClient.create_lead for a lead without problems."""
    address = {"zip": lead.zip.strip(), **_given(street=lead.street,
                                                  house_number=lead.house_number,
                                                  city=lead.city)}
    meter: dict[str, Any] = {"estimated_usage": lead.usage_kwh, "type": lead.meter_type,
                             **_given(number=lead.meter_number)}
    customer: dict[str, Any] | None = _given(
        first_name=lead.first_name, last_name=lead.last_name, email=lead.email,
        company_name=lead.company_name if lead.customer_type == COMPANY else "")
    if customer:
        customer = {"type": lead.customer_type, **customer}
    payment = None
    if lead.sepa:
        payment = {"type": "sepa_debit", "sepa_debit": {
            "iban": "".join(lead.iban.split()).upper(),
            "account_holder": lead.account_holder.strip()}}
    metadata = {k.strip(): v for k, v in lead.metadata if k.strip()}
    metadata[INTENT_KEY] = intent
    if lead.plan_id:
        metadata[PLAN_KEY] = lead.plan_id
    label = customer_label(lead)
    if label:
        metadata[CUSTOMER_KEY] = label
    on_date = lead.start == ON_DATE
    return {
        "plan": lead.plan_id, "address": address, "meter": meter, "customer": customer or None,
        "payment_method": payment,
        "previous_supplier": (lead.supplier_id or None) if takes_previous_supplier(
            lead, plan_type) else None,
        "next_possible_start": not on_date,
        "intended_start_date": lead.start_date if on_date else None,
        "change_reason": lead.change_reason,
        "created_by": lead.created_by.strip() or None,
        "metadata": metadata,
    }


def _given(**values: str) -> dict[str, str]:
    return {k: v.strip() for k, v in values.items() if v.strip()}


# -- periods of the leads list ----------------------------------------------------------------
PERIODS = ("all", "today", "7_days", "30_days", "this_month", "last_month", "this_year")


def period_bounds(period: str, now: datetime) -> tuple[datetime | None, datetime | None]:
    """[start, end) of a period in `now`'s time zone (Berlin for the app); None: open."""
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    first = midnight.replace(day=1)
    if period == "today":
        return midnight, None
    if period in ("7_days", "30_days"):
        return midnight - timedelta(days=int(period.split("_")[0]) - 1), None
    if period == "this_month":
        return first, None
    if period == "last_month":
        start = first.replace(year=first.year - (first.month == 1),
                              month=12 if first.month == 1 else first.month - 1)
        return start, first
    if period == "this_year":
        return first.replace(month=1), None
    return None, None
