"""Every call the app uses, against the sandbox in process: typed results, filters
that the server understands, and each error code with the request id it logged."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from nomos_desk.api import F, RetryPolicy, errors, models
from nomos_desk.sandbox.app import SandboxConfig
from nomos_desk.sandbox.store import Store

from .fakes import run
from .sandbox_kit import asgi_client, log

ONCE = RetryPolicy(max_attempts=1)


def seed_extras(db) -> dict:
    """Rows the small test world may lack, added through the sandbox's own store."""
    store = Store(db)
    try:
        sub = next(s for s in (store.get("subscription", i) for i in _ids(store, "subscription"))
                   if s and s.get("status") == "active")
        at = "2026-02-01T00:00:00.000Z"
        invoice = {"object": "invoice", "id": "inv_apitest000000000000001", "customer": sub["customer"],
                   "subscription": sub["id"], "invoice_number": "RE-2026-000001", "month": 1,
                   "year": 2026, "period_start": "2026-01-01", "period_end": "2026-01-31",
                   "period_number": 1, "status": "paid", "issued_at": at, "paid_at": at,
                   "type": "usage", "usage": 250.5, "total": 92.4, "created_at": at}
        partner = {"object": "market_partner", "id": "mp_apitest00000000000000001",
                   "name": "Stadtwerke Musterstadt", "type": "supplier", "code": "9900000000001",
                   "code_type": "BDEW", "country": "DE", "created_at": at}
        if not store.get("invoice", invoice["id"]):
            store.insert("invoice", invoice)
        if not store.get("market_partner", partner["id"]):
            store.insert("market_partner", partner)
        return {"subscription": sub, "invoice": invoice, "partner": partner}
    finally:
        store.close()


def _ids(store: Store, kind: str) -> list[str]:
    con = store.connect()
    return [r[0] for r in con.execute("SELECT id FROM objects WHERE kind = ? ORDER BY id", (kind,))]


@pytest.fixture
def world(sandbox_db, make_sandbox_app):
    extras = seed_extras(sandbox_db)
    return make_sandbox_app(SandboxConfig()), extras


def test_reads_return_typed_objects(world):
    app, extras = world
    sub_id = extras["subscription"]["id"]

    async def go():
        async with asgi_client(app) as c:
            subs = [s async for s in c.list_subscriptions()]
            detail = await c.get_subscription(sub_id)
            customer = await c.get_customer(detail.customer_id)
            customers = await c.list_customers(limit=5).first_page()
            plans = [p async for p in c.list_plans()]
            plan = await c.get_plan(detail.plan)
            invoices = [i async for i in c.list_invoices(subscription=sub_id)]
            invoice = await c.get_invoice(extras["invoice"]["id"])
            partners = [p async for p in c.list_market_partners(
                filters=F("name").contains("musterstadt"))]
            return subs, detail, customer, customers, plans, plan, invoices, invoice, partners

    subs, detail, customer, customers, plans, plan, invoices, invoice, partners = run(go())
    assert len({s.id for s in subs}) == len(subs) > 0
    assert all(isinstance(s, models.Subscription) and s.customer is None for s in subs)
    assert isinstance(detail.customer, models.Customer) and detail.customer.id == customer.id
    assert isinstance(detail.address, models.Address) and detail.address.zip
    assert isinstance(detail.meter, models.Meter) and detail.meter.type in ("smart", "analog")
    assert detail.created_at.known
    assert len(customers.items) == 5 and customers.has_more
    assert plan.id == detail.plan and plan.id in {p.id for p in plans}
    assert extras["invoice"]["id"] in [i.id for i in invoices]
    assert {i.subscription for i in invoices} == {sub_id}
    assert invoice.total == 92.4 and invoice.period_start.date() == date(2026, 1, 1)
    assert "9900000000001" in [p.code for p in partners]
    assert all("musterstadt" in p.name.lower() for p in partners)


def test_usage_prices_and_quote(world):
    app, _ = world

    async def go():
        async with asgi_client(app) as c:
            async for sub in c.list_subscriptions(filters=F("status").eq("active")):
                detail = await c.get_subscription(sub.id)
                if detail.meter is not None and detail.meter.type == "smart":
                    break
            else:
                pytest.skip("no active smart-meter subscription in the test world")
            day = max(detail.start_at.date() or date(2025, 6, 1), date(2025, 6, 1))
            day += timedelta(days=3)
            usage = await c.get_usage(sub.id, day, day + timedelta(days=1), "hour")
            prices = await c.get_prices(sub.id, day, day)
            quote = await c.get_quote(detail.plan, "10115", 3500, "smart")
            return usage, prices, quote

    usage, prices, quote = run(go())
    assert usage.meter_type == "smart" and usage.resolution == "hour" and usage.data
    assert all(p.start.known and p.usage is not None for p in usage.data)
    assert {p.type for p in usage.data} <= {"final", "preliminary"}
    assert prices.items is None or all(p.timestamp.known for p in prices.items)
    assert quote.amount and quote.components
    assert {c.group for c in quote.components} <= {"base", "variable"}


def test_writes_and_the_objects_they_create(world):
    app, extras = world

    async def go():
        async with asgi_client(app) as c:
            detail = await c.get_subscription(extras["subscription"]["id"])
            lead = await c.create_lead(detail.plan, {"zip": "10115", "city": "Berlin"},
                                       {"estimated_usage": 2500, "type": "analog"})
            same_lead = await c.get_lead(lead.id)
            leads = [x.id async for x in c.list_leads()]
            async for sub in c.list_subscriptions(filters=F("status").eq("active")):
                try:
                    reduction = await c.create_grid_fee_reduction(sub.id, "enwg-14a-module-1")
                except errors.Conflict:
                    continue  # one is already in place for this subscription
                break
            else:
                pytest.skip("every active subscription already has a module-1 reduction")
            got_reduction = await c.get_grid_fee_reduction(reduction.id)
            reductions = [r.id async for r in c.list_grid_fee_reductions(subscription=sub.id)]
            return lead, same_lead, leads, reduction, got_reduction, reductions

    lead, same_lead, leads, reduction, got_reduction, reductions = run(go())
    assert lead.link and same_lead.id == lead.id and lead.id in leads
    assert reduction.status in ("ordered", "intended") and got_reduction.id == reduction.id
    assert reduction.type == "enwg-14a-module-1" and reduction.id in reductions


def test_meter_order_created_then_listed_fetched_and_its_event(world):
    app, _ = world

    async def go():
        async with asgi_client(app) as c:
            subs = [s async for s in c.list_subscriptions(filters=F("status").eq("active"))]
            for sub in subs:
                try:
                    order = await c.create_meter_order(sub.id)
                except errors.BadRequest:
                    continue  # the plan has no smart-meter product
                with pytest.raises(errors.Conflict) as second:
                    await c.create_meter_order(sub.id)
                listed = [o async for o in c.list_meter_orders(subscription=sub.id)]
                fetched = await c.get_meter_order(order.id)
                return order, second.value, listed, fetched
            pytest.skip("no subscription in the test world has a smart-meter plan")

    order, conflict, listed, fetched = run(go())
    assert order.status in ("created",) and fetched.id == order.id
    assert [o.id for o in listed] == [order.id]
    assert conflict.field_errors[0].code == "duplicate_meter_order"
    assert conflict.request_id == log(app, "/meter-orders", "POST")[-1]["request_id"]


def test_meter_reading_write_and_list(world):
    app, _ = world
    now = datetime.now(UTC)

    async def go():
        async with asgi_client(app) as c:
            subs = [s async for s in c.list_subscriptions(filters=F("status").eq("active"))]
            for sub in subs:
                detail = await c.get_subscription(sub.id)
                if detail.meter is None or detail.meter.type != "analog":
                    continue
                earlier = [r async for r in c.list_meter_readings(subscription=sub.id)]
                latest = max(earlier, key=lambda r: r.timestamp.value, default=None)
                if latest is not None and latest.timestamp.value >= now - timedelta(days=3):
                    continue
                value = (latest.value if latest else 1000.0) + 5.0
                reading = await c.create_meter_reading(sub.id, value, now - timedelta(days=2),
                                                       "via nomos_desk")
                listed = [r async for r in c.list_meter_readings(subscription=sub.id)]
                with pytest.raises(errors.Unprocessable) as implausible:
                    await c.create_meter_reading(sub.id, value - 1.0, now - timedelta(days=1))
                return reading, value, listed, implausible.value
            pytest.skip("no active analog subscription without a recent reading")

    reading, value, listed, implausible = run(go())
    assert reading.value == value and reading.id in {r.id for r in listed}
    assert reading.timestamp.known
    assert implausible.code == "UNPROCESSABLE_ENTITY"
    assert implausible.field_errors[0].code == "implausible_meter_reading"
    assert implausible.request_id == log(app, "/meter-readings", "POST")[-1]["request_id"]


def test_invoice_pdf_follows_the_sandbox_redirect(world):
    app, extras = world

    async def go():
        async with asgi_client(app) as c:
            return await c.get_invoice_pdf(extras["invoice"]["id"])

    assert run(go()).startswith(b"%PDF")
    assert [r["status"] for r in log(app) if "inv_apitest" in r["path"]] == [302, 200]


def test_filters_are_understood_by_the_server(world):
    app, _ = world

    async def go():
        nonlocal since
        async with asgi_client(app) as c:
            everything = [s async for s in c.list_subscriptions()]
            stamps = sorted({s.created_at.value for s in everything})
            since = stamps[len(stamps) // 2]  # a cut through the middle of the data
            customers = [x async for x in c.list_customers()]
            async def ids(**kw):
                return [s.id async for s in c.list_subscriptions(**kw)]
            async def cus(flt):
                return [x.id async for x in c.list_customers(filters=flt)]
            email = customers[0].email
            results = {
                "eq": await ids(filters=F("status").eq("active")),
                "ne": await ids(filters=F("status").ne("active")),
                "in": await ids(filters=F("status").in_(["pending", "ended"])),
                "gte": await ids(filters=F("created_at").gte(since)),
                "lte": await ids(filters=F("created_at").lte(since)),
                # supplier is not filterable on subscriptions (ignored by Nomos): customer is.
                "is_null": await ids(filters=F("customer").is_null()),
                "not_null": await ids(filters=F("customer").is_null(False)),
                "and": await ids(filters=F("status").eq("active") & F("created_at").gte(since)),
                "contains": await cus(F("email").contains(email[3:9].upper())),
                "starts_with": await cus(F("email").starts_with(email[:6])),
                "ends_with": await cus(F("email").ends_with(email[-12:])),
            }
            return everything, customers, results

    since = None
    subs, customers, got = run(go())

    def where(pred):
        return [s.id for s in subs if pred(s)]

    assert got["eq"] == where(lambda s: s.status == "active") != []
    assert got["ne"] == where(lambda s: s.status != "active")
    assert got["in"] == where(lambda s: s.status in ("pending", "ended"))
    assert got["gte"] == where(lambda s: s.created_at.value >= since)
    assert got["lte"] == where(lambda s: s.created_at.value <= since)
    assert got["gte"] and got["lte"] and set(got["gte"]) | set(got["lte"]) == {s.id for s in subs}
    assert got["is_null"] == [] and got["not_null"] == [s.id for s in subs]
    assert got["and"] == where(lambda s: s.status == "active" and s.created_at.value >= since)
    email = customers[0].email
    assert got["contains"] == [c.id for c in customers if email[3:9].lower() in c.email.lower()]
    assert got["starts_with"] == [c.id for c in customers if c.email.startswith(email[:6])]
    assert got["ends_with"] == [c.id for c in customers if c.email.endswith(email[-12:])]


def test_each_error_code_arrives_typed_with_the_logged_request_id(world):
    app, _ = world
    seen = {}

    async def expect(cls, call):
        with pytest.raises(cls) as caught:
            await call
        record = log(app)[-1]
        assert caught.value.request_id == record["request_id"], cls
        assert caught.value.status == record["status"]
        seen[cls.__name__] = caught.value

    async def go():
        async with asgi_client(app, retry=ONCE) as c:
            await expect(errors.NotFound, c.get_subscription("sub_doesnotexist"))
            await expect(errors.NotFound, c.get_invoice("inv_doesnotexist"))
            await expect(errors.BadRequest, c.list_subscriptions(
                filters=F("created_at").gte("yesterday-ish")).first_page())
            plan = (await c.list_plans(limit=1).first_page()).items[0]
            await expect(errors.BadRequest, c.get_quote(plan.id, "10115", 10))  # below 100 kWh
            await expect(errors.NotFound, c.get_quote("pln_nope", "10115", 2500))
            app.state.sandbox.config.fault_rate = 1.0
            await expect(errors.ServerError, c.list_plans().first_page())
            app.state.sandbox.config.fault_rate = 0.0
            app.state.sandbox.config.rate_limit = 1
            await expect(errors.RateLimited, _twice(c))
        async with asgi_client(app, secret="wrong") as c:
            await expect(errors.Unauthorized, c.authenticate())

    run(go())
    assert seen["BadRequest"].docs and seen["BadRequest"].field_errors
    assert seen["RateLimited"].retry_after >= 1


async def _twice(client):
    await client.list_plans(limit=1).first_page()
    await client.list_plans(limit=1).first_page()
