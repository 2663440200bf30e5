"""The generated dataset: determinism, distributions, identifiers, consistency."""

from __future__ import annotations

import atexit
import functools
import json
import re
import shutil
import sqlite3
import tempfile
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nomos_desk.domain import identifiers as ids
from nomos_desk.sandbox.generator import generate
from nomos_desk.sandbox.timegrid import local_date, parse_iso

NOW = datetime(2026, 3, 18, tzinfo=UTC)
PREFIX = {"plan": "pln", "customer": "cus", "subscription": "sub", "invoice": "inv",
          "meter_order": "prdo", "meter_reading": "mr", "grid_fee_reduction": "gfr",
          "lead": "lead", "market_partner": "mp", "event": "evt"}


def rows(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT kind, id, created_at, data FROM objects ORDER BY id").fetchall()
    finally:
        con.close()


@functools.cache
def build_world(seed: int = 3, customers: int = 300, now: datetime = NOW) -> dict:
    """One generated dataset per (seed, size, now) and test process, shared by the
    test_generator* modules: {"path", "meta", "now", kind: [objects]}."""
    folder = Path(tempfile.mkdtemp(prefix="nomos-gen-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "world.sqlite3"
    generate(path, seed=seed, customers=customers, now=now)
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for kind, _, created, data in rows(path):
        obj = json.loads(data)
        obj["__row_created_at"] = created
        by_kind[kind].append(obj)
    con = sqlite3.connect(path)
    meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    con.close()
    return {"path": path, "meta": meta, "now": now, **by_kind}


@pytest.fixture
def world() -> dict:
    return build_world()


def test_same_seed_same_rows_other_seed_other_rows(tmp_path: Path) -> None:
    generate(tmp_path / "a.db", seed=11, customers=60, now=NOW)
    generate(tmp_path / "b.db", seed=11, customers=60, now=NOW)
    generate(tmp_path / "c.db", seed=12, customers=60, now=NOW)
    a, b, c = rows(tmp_path / "a.db"), rows(tmp_path / "b.db"), rows(tmp_path / "c.db")
    assert a == b and len(a) > 500
    assert {r[1] for r in a}.isdisjoint({r[1] for r in c})
    generate(tmp_path / "a.db", seed=11, customers=60, now=NOW)  # overwrites, never appends
    assert rows(tmp_path / "a.db") == a


def test_meta_records_the_anchor(world: dict) -> None:
    meta = world["meta"]
    assert meta["seed"] == "3" and meta["customers"] == "300"
    assert meta["generated_now"] == "2026-03-18T00:00:00.000Z"
    assert json.loads(meta["counts"])["customer"] == 300


def test_ids_have_prefix_and_24_base36_chars_and_are_unique(world: dict) -> None:
    seen = set()
    for kind, prefix in PREFIX.items():
        pattern = re.compile(rf"^{prefix}_[0-9a-z]{{24}}$")
        for obj in world[kind]:
            assert pattern.match(obj["id"]), obj["id"]
            seen.add(obj["id"])
    assert len(seen) == sum(len(world[k]) for k in PREFIX)


def test_required_fields_per_spec(world: dict) -> None:
    from tests.spec import load_spec
    schemas = load_spec()["components"]["schemas"]
    plain = {"plan": "Plan", "subscription": "Subscription", "meter_order": "MeterOrder",
             "meter_reading": "MeterReading", "grid_fee_reduction": "GridFeeReduction",
             "lead": "Lead", "market_partner": "MarketPartner"}
    for kind, name in plain.items():
        required = set(schemas[name]["required"])
        for obj in world[kind]:
            assert required <= set(obj), (kind, required - set(obj))
    for obj in world["customer"]:
        variant = schemas["Customer"]["anyOf"][1 if obj["type"] == "company" else 0]
        assert set(variant["required"]) <= set(obj)
    names = {"usage": "UsageInvoice", "prepayment": "PrepaymentInvoice", "void": "VoidInvoice"}
    for inv in world["invoice"]:
        assert set(schemas[names[inv["type"]]]["required"]) <= set(inv)
        assert inv["status"] in schemas[names[inv["type"]]]["properties"]["status"]["enum"]
    for ev in world["event"]:
        schema = schemas[ev["topic"]]
        assert set(schema["required"]) <= set(ev)
        assert set(schema["properties"]["context"]["required"]) <= set(ev["context"])
    sub_schema = schemas["Subscription"]["properties"]
    for sub in world["subscription"]:
        for part, ref in (("address", "Address"), ("meter", "Meter"),
                          ("payment_method", "PaymentMethod"), ("billing_address", "Address")):
            assert set(schemas[ref]["required"]) <= set(sub[part])
        assert sub["status"] in sub_schema["status"]["enum"]


def test_distributions_cover_every_case(world: dict) -> None:
    subs, customers = world["subscription"], world["customer"]
    assert set(Counter(s["status"] for s in subs)) == {"pending", "active", "ended"}
    assert Counter(s["status"] for s in subs).most_common(1)[0][0] == "active"
    kinds = Counter(c["type"] for c in customers)
    assert 0.05 < kinds["company"] / len(customers) < 0.3
    assert 1.03 < len(subs) / len(customers) < 1.3
    assert {s["meter"]["type"] for s in subs} == {"smart", "analog"}
    feed_in = [s for s in subs if s["type"] == "feed_in"]
    assert feed_in and all(s["meter"]["type"] == "smart" for s in feed_in)
    assert {s["_sandbox"]["profile"] for s in subs} == {"household", "heat_pump", "ev",
                                                       "pv_feed_in"}
    plans = world["plan"]
    assert any(not p["_sandbox"]["smart_meter_product"] and p["type"] == "consumption"
               for p in plans)
    assert {p["_sandbox"]["pricing"] for p in plans} == {"dynamic", "fixed", "feed_in"}
    assert any(s["terminated_at"] and s["status"] == "active" for s in subs)
    assert any(s["billing_address"]["id"] != s["address"]["id"] for s in subs)
    assert any(s["supplier"] is None for s in subs) and any(s["supplier"] for s in subs)
    assert any(s["metadata"] for s in subs)
    assert any(re.search("[äöüß]", c["last_name"] + c["first_name"]) for c in customers)


def test_meter_orders_cover_every_status_and_reason(world: dict) -> None:
    orders = world["meter_order"]
    assert {o["status"] for o in orders} == {"created", "placed", "check_submitted",
                                             "check_reviewed", "scheduled", "installed",
                                             "activated", "cancelled"}
    assert {o["blocked_reason"] for o in orders if o["blocked_at"]} == {
        "check_missing", "grid_operator_registration"}
    assert {o["cancelled_reason"] for o in orders if o["status"] == "cancelled"} == {
        "pre_existing", "customer_request"}
    assert len({o["subscription"] for o in orders}) == len(orders)
    subs = {s["id"]: s for s in world["subscription"]}
    plans = {p["id"]: p for p in world["plan"]}
    for o in orders:
        sub = subs[o["subscription"]]
        assert plans[sub["plan"]]["_sandbox"]["smart_meter_product"]
        assert (o["installed_at"] is not None) == (o["status"] in ("installed", "activated"))
        assert (o["activated_at"] is not None) == (o["status"] == "activated")
        assert (o["cancelled_at"] is not None) == (o["status"] == "cancelled")
        if o["status"] == "scheduled":
            assert parse_iso(o["appointment_at"]) > NOW
        if o["activated_at"]:
            assert o["created_at"] < o["installed_at"] < o["activated_at"] <= "2026-03-18"
            assert sub["meter"]["type"] == "smart"


def test_subscription_timelines_are_consistent(world: dict) -> None:
    customers = {c["id"]: c for c in world["customer"]}
    for s in world["subscription"]:
        assert customers[s["customer"]]["created_at"] <= s["created_at"] < s["updated_at"]
        start = parse_iso(s["start_at"])
        end = parse_iso(s["end_at"]) if s["end_at"] else None
        if s["status"] == "pending":
            assert start > NOW and s["terminated_at"] is None
        else:
            assert start <= NOW
        if s["status"] == "ended":
            assert end is not None and end <= NOW and s["terminated_at"] < s["end_at"]
        if s["status"] == "active" and s["terminated_at"]:
            assert end is not None and end > NOW
        assert local_date(start).day == 1 and parse_iso(s["updated_at"]) <= NOW


def test_identifiers_are_valid_and_unique(world: dict) -> None:
    subs, customers = world["subscription"], world["customer"]
    emails = [c["email"] for c in customers]
    assert len(set(emails)) == len(emails)
    assert all(re.match(r"^[a-z0-9._-]+@[a-z0-9.-]+\.example$", e) for e in emails)
    numbers = [s["number"] for s in subs]
    assert len(set(numbers)) == len(numbers)
    assert all(re.match(r"^[A-Z0-9]{8}$", n) for n in numbers)
    for s in subs:
        meter = s["meter"]
        assert meter["malo"] is None or ids.is_valid_malo(meter["malo"])
        assert meter["melo"] is None or ids.is_valid_melo(meter["melo"])
        iban = s["_sandbox"]["iban"]
        assert ids.is_valid_iban(iban)
        assert s["payment_method"]["sepa_debit"]["iban"] == ids.mask_iban(iban)
        assert re.match(r"^\d{5}$", s["address"]["zip"])
    for c in customers:
        if c["type"] == "company" and c["vat_id"]:
            assert re.match(r"^DE\d{9}$", c["vat_id"])
    for mp in world["market_partner"]:
        assert ids.is_valid_bdew_code(mp["code"]) and mp["code_type"] == "BDEW"
    invoice_numbers = [i["invoice_number"] for i in world["invoice"]]
    assert len(set(invoice_numbers)) == len(invoice_numbers)


def test_history_months_bounds_invoices_and_readings(tmp_path: Path) -> None:
    generate(tmp_path / "short.db", seed=3, customers=40, now=NOW, history_months=3)
    con = sqlite3.connect(tmp_path / "short.db")
    starts = [r[0] for r in con.execute(
        "SELECT json_extract(data, '$.period_start') FROM objects WHERE kind = 'invoice'")]
    readings = [r[0] for r in con.execute(
        "SELECT json_extract(data, '$.timestamp') FROM objects WHERE kind = 'meter_reading'")]
    meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    con.close()
    assert starts and min(starts) >= "2025-11-30T23:00:00.000Z"  # 1 December 2025, Berlin
    assert readings and min(readings) >= "2025-11-30T23:00:00.000Z"
    assert meta["history_months"] == "3"
    with pytest.raises(ValueError):
        generate(tmp_path / "none.db", customers=5, now=NOW, history_months=0)
