"""Tolerant reading of odd payloads: nulls, bad timestamps, extra fields, new enum
values, slim list items versus embedded detail objects."""

from __future__ import annotations

from datetime import UTC, datetime

from nomos_desk.api import models
from nomos_desk.api.models import Timestamp

DETAIL = {
    "object": "subscription", "id": "sub_1", "plan": "pln_1",
    "customer": {"object": "customer", "id": "cus_1", "type": "company", "first_name": "Anna",
                 "last_name": "Meier", "company_name": "Meier GmbH", "email": "a@meier.de",
                 "vat_id": None, "created_at": "2025-01-02T03:04:05.000Z"},
    "address": {"object": "address", "id": "adr_1", "street": "Torstraße", "house_number": "119",
                "zip": "10115", "city": "Berlin", "created_at": "2025-01-02T03:04:05Z"},
    "meter": {"object": "meter", "id": "mtr_1", "number": "1ESY123", "type": "smart",
              "malo": "12345678903", "melo": None, "created_at": None},
    "payment_method": {"object": "payment_method", "id": "pm_1", "type": "sepa_debit",
                       "sepa_debit": {"iban": "DE89370400440532013000", "account_holder": "Anna"},
                       "created_at": "2025-01-02"},
    "supplier": None, "billing_address": "adr_1", "number": "4X44EMKX",
    "status": "active", "estimated_usage": 3500, "type": "consumption",
    "created_at": "2025-01-02T03:04:05Z", "updated_at": "not a date",
    "start_at": None, "end_at": "", "metadata": {"crm": "42"},
    "brand_new_field": {"nested": [1, 2, 3]},
}

SLIM = {"object": "subscription", "id": "sub_1", "plan": "pln_1", "customer": "cus_1",
        "address": "adr_1", "meter": "mtr_1", "payment_method": "pm_1", "supplier": "mp_1",
        "status": "paused_for_winter", "created_at": "2025-01-02T03:04:05Z"}


def test_detail_subscription_is_fully_typed():
    sub = models.Subscription.from_dict(DETAIL)
    assert isinstance(sub.customer, models.Customer) and sub.customer_id == "cus_1"
    assert sub.customer.display_name == "Meier GmbH (Anna Meier)"
    assert sub.address.one_line() == "Torstraße 119, 10115 Berlin"
    assert sub.meter.type == "smart" and sub.meter.melo is None
    assert sub.payment_method.sepa_debit.iban == "DE89370400440532013000"
    assert sub.supplier is None and sub.supplier_id is None
    assert sub.billing_address is None and sub.billing_address_id == "adr_1"
    assert sub.estimated_usage == 3500.0 and sub.metadata == {"crm": "42"}
    assert sub.created_at.value == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert sub.raw["brand_new_field"] == {"nested": [1, 2, 3]}
    assert not hasattr(sub, "brand_new_field")


def test_bad_and_null_timestamps_are_unknown_with_the_raw_value_kept():
    sub = models.Subscription.from_dict(DETAIL)
    assert sub.updated_at.value is None and sub.updated_at.raw == "not a date"
    assert str(sub.updated_at) == "unknown" and not sub.updated_at.known
    assert sub.start_at.value is None and sub.start_at.raw is None
    assert sub.end_at.value is None and sub.end_at.raw == ""
    assert sub.terminated_at == models.UNKNOWN_TIME  # absent altogether
    assert sub.meter.created_at.value is None
    # A bare date reads as midnight UTC rather than a naive datetime.
    assert sub.payment_method.created_at.value == datetime(2025, 1, 2, tzinfo=UTC)


def test_slim_list_item_keeps_ids_and_unknown_enum_values():
    sub = models.Subscription.from_dict(SLIM)
    assert sub.customer is None and sub.customer_id == "cus_1"
    assert sub.meter_id == "mtr_1" and sub.supplier_id == "mp_1"
    assert sub.status == "paused_for_winter"  # a status added next year is shown, not dropped
    assert sub.estimated_usage is None and sub.metadata is None


def test_wrong_types_become_none_instead_of_raising():
    odd = models.Invoice.from_dict({
        "id": 17, "total": "12.50", "usage": "lots", "month": 3.0, "year": True,
        "status": None, "issued_at": 1700000000, "period_start": ["x"], "customer": {"id": "c"},
    })
    assert odd.id == "17" and odd.total == 12.5 and odd.usage is None
    assert odd.month == 3 and odd.year is None and odd.status is None
    assert odd.issued_at.value is None and odd.issued_at.raw == 1700000000
    assert odd.period_start.value is None and odd.customer is None
    assert models.Subscription.from_dict(None).id is None
    assert models.Plan.from_dict({"price": float("inf")}).price is None
    # An integer beyond float range (JSON allows any length) drops out, it does not raise.
    assert models.Plan.from_dict({"price": 10**400}).price is None
    assert models.Invoice.from_dict({"month": 10**400, "total": "1e999"}).month is None


def test_invoice_union_shapes():
    usage = models.Invoice.from_dict({"id": "inv_1", "type": "usage", "usage": 212.4, "total": 80.1,
                                      "period_start": "2026-04-01", "period_end": "2026-04-30"})
    void = models.Invoice.from_dict({"id": "inv_2", "type": "void", "voids": "inv_1", "total": -80.1})
    prepay = models.Invoice.from_dict({"id": "inv_3", "type": "prepayment",
                                       "status": "uncollectible", "total": 95})
    assert usage.usage == 212.4 and usage.voids is None
    assert usage.period_start.date().isoformat() == "2026-04-01"
    assert void.voids == "inv_1" and void.usage is None
    assert prepay.status == "uncollectible" and prepay.total == 95.0


def test_prices_items_null_means_inactive_and_null_amounts_survive():
    inactive = models.Price.from_dict({"object": "price", "subscription": "sub_1", "items": None})
    assert inactive.items is None
    active = models.Price.from_dict({
        "object": "price", "period": {"start": "2026-05-01T00:00:00+02:00", "end": "garbage"},
        "resolution": "15min", "items": [
            {"timestamp": "2026-05-01T00:00:00Z", "amount": 24.4,
             "components": [{"type": "electricity", "amount": 8.77}, {"type": "grid", "amount": None}]},
            {"timestamp": "2026-05-01T00:15:00Z", "amount": None, "components": None},
            "not an object",
        ]})
    assert [p.amount for p in active.items] == [24.4, None]
    assert active.items[0].components[1].amount is None and active.items[1].components == []
    assert active.period.end.value is None and active.period.start.value.utcoffset().seconds == 7200


def test_usage_and_quote():
    usage = models.Usage.from_dict({"object": "usage", "meter_type": "smart", "resolution": "15min",
                                    "data": [{"start": "2025-03-31T22:00:00.000Z", "usage": 0.2,
                                              "type": "final"},
                                             {"start": None, "usage": None, "type": "estimated"}]})
    assert [p.type for p in usage.data] == ["final", "estimated"]
    assert usage.data[1].start.raw is None
    quote = models.Quote.from_dict({
        "object": "quote", "amount": 95.3, "currency": "EUR", "quoted_at": "2026-05-27T10:00:00Z",
        "components": [{"group": "variable", "amount": 30, "quantity": 3500, "quantity_unit": "kWh",
                        "unit_amount": 0.27, "subcomponents": [
                            {"subgroup": "grid", "name": "Netzentgelte", "amount": 11.11},
                            {"subgroup": "carbon", "name": "CO2-Abgabe", "amount": 1.0}]}],
        "discount": None})
    assert quote.discount is None
    assert [s.subgroup for s in quote.components[0].subcomponents] == ["grid", "carbon"]


def test_meter_order_block_flags_and_event_context():
    order = models.MeterOrder.from_dict({"id": "mo_1", "status": "check_reviewed",
                                         "blocked_at": "2026-05-01T00:00:00Z",
                                         "blocked_reason": "grid_operator_registration"})
    assert order.is_blocked and order.status == "check_reviewed"
    assert not models.MeterOrder.from_dict({"id": "mo_2", "blocked_at": None}).is_blocked
    assert models.MeterOrder.from_dict({"blocked_at": "soon"}).is_blocked
    event = models.Event.from_dict({"id": "evt_1", "topic": "meter_order.teleported",
                                    "timestamp": "2026-05-27T10:00:00Z",
                                    "context": {"meter_order": "mo_1", "subscription": "sub_1"}})
    assert event.topic == "meter_order.teleported" and event.context_id("meter_order") == "mo_1"
    assert event.context_id("invoice") is None


def test_timestamp_parse_variants():
    assert Timestamp.parse("2026-05-27T10:00:00.123Z").value.microsecond == 123000
    assert Timestamp.parse("2026-05-27T10:00:00+02:00").value.utcoffset().seconds == 7200
    assert Timestamp.parse("  ").value is None
    assert Timestamp.parse({"weird": True}).value is None
    naive = Timestamp.parse(datetime(2026, 1, 1))
    assert naive.value.tzinfo is UTC
