"""Plans, market partners, customers and subscriptions for the sandbox dataset."""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from typing import Any

from nomos_desk.domain import identifiers as ids
from nomos_desk.sandbox import names, tariffs
from nomos_desk.sandbox.gen_base import Ctx, between, office_time, ts, weighted
from nomos_desk.sandbox.profiles import N_VARIANTS
from nomos_desk.sandbox.timegrid import (
    add_months,
    iso,
    local_date,
    local_midnight,
    months_between,
)

# The first customers get fixed traits so that even a 60-customer test db
# shows every status and kind the UI must handle.
FORCED: dict[int, dict[str, Any]] = {
    0: {"plan": "flux", "profile": "household", "meter": "smart", "status": "active"},
    1: {"company": True, "status": "active"},
    2: {"status": "pending"},
    3: {"status": "ended"},
    4: {"status": "terminated"},
    5: {"extra": "feed_in", "status": "active"},
    6: {"extra": "holiday", "status": "active"},
    7: {"profile": "heat_pump", "plan": "isarstrom", "status": "active"},
    8: {"profile": "ev", "plan": "flux", "meter": "smart", "status": "active"},
}
ORDER_STATUSES = ("created", "placed", "check_submitted", "check_reviewed", "scheduled",
                  "installed", "activated", "cancelled")


@dataclass
class SubInfo:
    """Generator-side facts about a subscription that later stages need."""
    sub: dict[str, Any]
    customer: dict[str, Any]
    plan: dict[str, Any]
    created: datetime
    start: date
    end: date | None
    terminated: datetime | None
    confirmed: datetime
    order_status: str | None = None
    # When a meter order installed the smart meter (set by the meter-order stage).
    meter_installed: datetime | None = None

    def supply_limit(self, now: datetime) -> datetime:
        """Where this subscription's past ends: now, or the end of supply if earlier."""
        return now if self.end is None else min(now, local_midnight(self.end))


def make_plans(ctx: Ctx) -> list[dict[str, Any]]:
    rng = ctx.rng("plans")
    out = []
    for spec in tariffs.PLAN_CATALOGUE:
        created = office_time(rng, date(2021, 1, 1) + timedelta(days=rng.randrange(900)))
        plan = {"object": "plan", "id": ctx.new_id("pln"), "name": spec["name"],
                "slug": spec["slug"], "description": spec["description"], "price": spec["price"],
                "currency": "EUR", "created_at": ts(created), "type": spec["type"],
                "_sandbox": {**copy.deepcopy(spec["_sandbox"]), "seed": ctx.seed}}
        out.append(plan)
    return out


def make_market_partners(ctx: Ctx) -> list[dict[str, Any]]:
    rng = ctx.rng("market_partners")
    out = []
    for name in names.SUPPLIERS:
        created = office_time(rng, date(2021, 1, 1) + timedelta(days=rng.randrange(700)))
        out.append({"object": "market_partner", "id": ctx.new_id("mp"), "name": name,
                    "type": "supplier", "code": ids.make_bdew_code(rng), "code_type": "BDEW",
                    "country": "DE", "created_at": ts(created)})
    return out


def _unique_email(taken: set[str], local: str, domain: str) -> str:
    email, n = f"{local}@{domain}", 1
    while email in taken:
        n += 1
        email = f"{local}{n}@{domain}"
    taken.add(email)
    return email


def make_customer(ctx: Ctx, rng: random.Random, created: datetime, company: bool,
                  taken: set[str]) -> dict[str, Any]:
    female = rng.random() < 0.5
    first = rng.choice(names.FIRST_NAMES_F if female else names.FIRST_NAMES_M)
    last = rng.choice(names.LAST_NAMES)
    cus: dict[str, Any] = {"object": "customer", "id": ctx.new_id("cus"),
                           "type": "company" if company else "person",
                           "first_name": first, "last_name": last}
    if company:
        form = rng.choice(names.COMPANY_FORMS)
        trade = rng.choice(names.COMPANY_TRADES)
        owner = rng.choice(names.LAST_NAMES)
        cus["company_name"] = f"{trade} {owner} {form}" if rng.random() < 0.6 \
            else f"{owner} & {rng.choice(names.LAST_NAMES)} {form}"
        host = names.ascii_slug(f"{trade} {owner}", "-")
        cus["email"] = _unique_email(taken, rng.choice(("info", "buchhaltung", "kontakt")),
                                     f"{host}.example")
        cus["vat_id"] = "DE" + "".join(str(rng.randrange(10)) for _ in range(9)) \
            if rng.random() < 0.85 else None
    else:
        local = names.ascii_slug(f"{first} {last}", rng.choice(".._-"))
        cus["email"] = _unique_email(taken, local, rng.choice(names.PERSON_MAIL_DOMAINS))
        cus["vat_id"] = None
    cus["created_at"] = ts(created)
    return cus


_CUM_WEIGHTS = {id(t): list(accumulate(c[3] for c in t))
                for t in (names.CITIES, names.HOLIDAY_TOWNS)}


def _address(ctx: Ctx, rng: random.Random, created: str, towns=names.CITIES
             ) -> tuple[dict[str, Any], str]:
    city, lo, hi, _, grid_operator = rng.choices(towns, cum_weights=_CUM_WEIGHTS[id(towns)])[0]
    number = str(rng.randrange(1, 160))
    if rng.random() < 0.1:
        number += rng.choice("abcd")
    addr = {"object": "address", "id": ctx.new_id("adr"), "street": rng.choice(names.STREETS),
            "house_number": number, "zip": f"{rng.randint(lo, hi):05d}", "city": city,
            "created_at": created}
    return addr, grid_operator


def _meter_number(rng: random.Random, smart: bool) -> str:
    maker = rng.choice(("ESY", "EBZ", "EMH", "ITR") if smart else ("ISK", "APA", "LGZ", "HAG"))
    return f"1{maker}{rng.randrange(100):02d}{rng.randrange(10**8):08d}"


def _timeline(ctx: Ctx, rng: random.Random, created: datetime, want: str | None):
    """(status, start, end, terminated) with start/end on month boundaries (Lieferbeginn)."""
    start = add_months(local_date(created + timedelta(days=rng.randint(14, 45))), 1)
    if start > ctx.today:
        return "pending", start, None, None
    months = months_between(start, ctx.today)
    if want == "ended" or (want is None and months >= 4 and rng.random() < 0.1):
        end = add_months(start, rng.randint(1, max(1, months)))
        end = min(end, ctx.today.replace(day=1))
        if end <= start:
            end = add_months(start, 1)
        term = between(rng, max(created, local_midnight(end) - timedelta(days=60)),
                       local_midnight(end) - timedelta(days=14))
        return "ended", start, end, max(term, created + timedelta(hours=1))
    if want == "terminated" or (want is None and rng.random() < 0.05):
        end = add_months(ctx.today, rng.randint(1, 2))
        term = between(rng, max(created, ctx.now - timedelta(days=25)), ctx.now)
        return "active", start, end, term
    return "active", start, None, None


def _choose_profile(rng, company, extra, forced):
    if extra == "feed_in":
        return "pv_feed_in"
    if forced.get("profile"):
        return forced["profile"]
    if company or extra == "holiday":
        return "household"
    return weighted(rng, {"household": 0.62, "heat_pump": 0.22, "ev": 0.16})


def _estimated_usage(rng, profile, company, extra) -> int:
    if extra == "holiday":
        kwh = rng.uniform(600, 1800)
    elif profile == "pv_feed_in":
        kwh = rng.uniform(3000, 9000)
    elif company:
        kwh = rng.uniform(8000, 45000)
    else:
        kwh = rng.uniform(1500, 5000)
        kwh += rng.uniform(3000, 6000) if profile == "heat_pump" else 0
        kwh += rng.uniform(2000, 3500) if profile == "ev" else 0
    return int(round(kwh / 50) * 50)


def _choose_plan(rng, plans_by_slug, company, profile, forced) -> dict[str, Any]:
    if forced.get("plan"):
        return plans_by_slug[forced["plan"]]
    if profile == "pv_feed_in":
        return plans_by_slug["sonnenernte"]
    if company:
        return plans_by_slug[weighted(rng, {"hanse-gewerbe": 0.7, "flux-fix": 0.3})]
    if profile in ("heat_pump", "ev"):
        return plans_by_slug[weighted(rng, {"isarstrom": 0.45, "flux": 0.35, "flux-fix": 0.2})]
    return plans_by_slug[weighted(rng, {"flux": 0.3, "flux-fix": 0.2, "spreewald": 0.3,
                                        "isarstrom": 0.2})]


_ORDER_WEIGHTS = {"created": 8, "placed": 10, "check_submitted": 10, "check_reviewed": 10,
                  "scheduled": 12, "installed": 8, "activated": 30, "cancelled": 12}


def possible_order_statuses(ctx: Ctx, status: str, start: date, end: date | None
                            ) -> tuple[str, ...]:
    """Order statuses that fit a subscription's supply: an order still under way needs a
    supply that has not ended, an appointment ahead needs supply beyond it, and an
    installation needs a few days of supply before now (and before the end)."""
    limit = ctx.now if end is None else min(ctx.now, local_midnight(end))
    possible = ["cancelled"]
    if status != "ended":
        possible += ["created", "placed", "check_submitted", "check_reviewed"]
    if status == "active" and (end is None or local_midnight(end) > ctx.now + timedelta(days=10)):
        possible.append("scheduled")
    if status != "pending" and local_midnight(start) + timedelta(days=4) < limit:
        possible += ["installed", "activated"]
    return tuple(s for s in ORDER_STATUSES if s in possible)


def _meter_and_order(ctx: Ctx, rng: random.Random, plan: dict[str, Any], profile: str,
                     forced: dict[str, Any], possible: tuple[str, ...]
                     ) -> tuple[str, str | None]:
    """Meter type and (for smart-meter plans) a meter order status, kept consistent."""
    if profile == "pv_feed_in" or forced.get("meter") == "smart":
        return "smart", None
    sb = plan["_sandbox"]
    smart_share = 0.5 if sb["pricing"] == "dynamic" else 0.15
    if sb["smart_meter_product"] and plan["type"] == "consumption" and rng.random() < 0.4:
        # Cycle through every status first so small datasets show them all.
        n = ctx.counters.get("order", 0)
        if n < len(ORDER_STATUSES) and ORDER_STATUSES[n] in possible:
            status = ORDER_STATUSES[ctx.bump("order")]
        else:
            status = weighted(rng, {s: _ORDER_WEIGHTS[s] for s in possible})
        smart = status in ("installed", "activated")
        if status == "cancelled":
            # Alternate so both cancel reasons exist; 'pre_existing' means a smart
            # meter was already there when the order was checked.
            smart = ctx.bump("cancelled_order") % 2 == 0
        return ("smart" if smart else "analog"), status
    return ("smart" if rng.random() < smart_share else "analog"), None


def _payment_method(ctx: Ctx, rng: random.Random, holder: str, created: str):
    iban = ids.make_german_iban(rng.choice(names.BANK_CODES),
                                str(rng.randrange(10**7, 10**10)))
    pm = {"object": "payment_method", "id": ctx.new_id("pm"), "type": "sepa_debit",
          "sepa_debit": {"iban": ids.mask_iban(iban), "account_holder": holder},
          "created_at": created}
    return pm, iban


def _metadata(rng: random.Random) -> dict[str, Any] | None:
    r = rng.random()
    if r < 0.2:
        return {"utm_source": rng.choice(("google", "check24", "verivox", "newsletter")),
                "utm_campaign": rng.choice(("herbst-2025", "waermepumpe", "eauto", "brand"))}
    if r < 0.3:
        return {"crm_id": f"CRM-{rng.randrange(10**6):06d}", "sales_channel": "telefon"}
    return None


def make_subscription(ctx: Ctx, rng: random.Random, customer: dict[str, Any],
                      plans_by_slug: dict[str, dict[str, Any]], partners: list[dict[str, Any]],
                      created: datetime, extra: str | None, home: tuple | None,
                      forced: dict[str, Any],
                      ) -> tuple[SubInfo, tuple]:
    company = customer["type"] == "company"
    profile = _choose_profile(rng, company, extra, forced)
    plan = _choose_plan(rng, plans_by_slug, company, profile, forced)
    want = forced.get("status") if extra is None else "active"
    created_at = iso(created)
    status, start, end, terminated = _timeline(ctx, rng, created, want)
    if extra == "feed_in" and home is not None:
        address, grid_operator = home  # PV on the roof of the home it already supplies
    else:
        towns = names.HOLIDAY_TOWNS if extra == "holiday" else names.CITIES
        address, grid_operator = _address(ctx, rng, created_at, towns)
    billing = address
    if extra == "holiday" and home is not None:
        billing = home[0]
    elif rng.random() < 0.08:
        billing, _ = _address(ctx, rng, created_at)
    meter_type, order_status = _meter_and_order(
        ctx, rng, plan, profile, forced, possible_order_statuses(ctx, status, start, end))
    meter = {"object": "meter", "id": ctx.new_id("mtr"),
             "melo": ids.make_melo(rng, grid_operator, address["zip"])
             if meter_type == "smart" or rng.random() < 0.6 else None,
             "number": _meter_number(rng, meter_type == "smart"), "type": meter_type,
             "malo": ids.make_malo(rng) if rng.random() < 0.95 else None,
             "created_at": created_at}
    holder = customer.get("company_name") or f"{customer['first_name']} {customer['last_name']}"
    if not company and rng.random() < 0.08:
        holder = f"{rng.choice(names.FIRST_NAMES_F + names.FIRST_NAMES_M)} {customer['last_name']}"
    payment, iban = _payment_method(ctx, rng, holder, created_at)
    supplier = None
    if rng.random() < 0.8:
        mp = rng.choice(partners)
        supplier = {"object": "supplier", "id": mp["id"], "name": mp["name"],
                    "country": mp["country"], "created_at": mp["created_at"]}
    number = "".join(rng.choices("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", k=8))
    while number in ctx.numbers:
        number = "".join(rng.choices("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", k=8))
    ctx.numbers.add(number)
    estimated = _estimated_usage(rng, profile, company, extra)
    confirmed = created + timedelta(hours=rng.randint(2, 60))
    moments = [confirmed, local_midnight(start), terminated, local_midnight(end) if end else None]
    updated = max(m for m in moments if m is not None and m <= ctx.now) if confirmed <= ctx.now \
        else created + timedelta(minutes=5)
    feed_in = plan["type"] == "feed_in"
    sub = {"object": "subscription", "id": ctx.new_id("sub"), "plan": plan["id"],
           "customer": customer["id"], "address": address, "meter": meter,
           "payment_method": payment, "supplier": None if feed_in else supplier,
           "number": number, "status": status, "estimated_usage": estimated,
           "created_at": created_at,
           "updated_at": ts(min(max(updated, created + timedelta(minutes=1)), ctx.now)),
           "start_at": ts(local_midnight(start)), "terminated_at": ts(terminated),
           "end_at": ts(local_midnight(end)) if end else None, "metadata": _metadata(rng),
           "type": "feed_in" if feed_in else "consumption", "billing_address": billing,
           "_sandbox": {"seed": ctx.seed, "profile": profile, "variant": rng.randrange(N_VARIANTS),
                        "yearly_kwh": round(estimated * rng.uniform(0.85, 1.15), 1),
                        "iban": iban,
                        # A smart meter's quarter-hours are billed as used; a fixed
                        # advance (Abschlag) is for analog meters read once a year.
                        "billing": "prepayment" if not feed_in and rng.random() < 0.12
                        and meter_type == "analog" else "usage"}}
    info = SubInfo(sub, customer, plan, created, start, end, terminated, confirmed, order_status)
    return info, (address, grid_operator)


def make_customers_and_subscriptions(ctx: Ctx, plans: list[dict[str, Any]],
                                     partners: list[dict[str, Any]], indices: range):
    """Customers number `indices` (a chunk of the dataset) and their subscriptions."""
    rng = ctx.rng("customers")
    plans_by_slug = {p["slug"]: p for p in plans}
    customers: list[dict[str, Any]] = []
    infos: list[SubInfo] = []
    three_years = timedelta(days=3 * 365)
    for i in indices:
        forced = FORCED.get(i, {})
        company = forced.get("company", rng.random() < 0.15)
        # A growing brand: more customers signed up recently (u ** 1.25 skews towards now).
        age = three_years * (rng.random() ** 1.25)
        if forced.get("status") == "pending" or (not forced and rng.random() < 0.015):
            age = timedelta(days=rng.uniform(0.5, 12))
        cus_created = ctx.now - age
        if forced.get("status") in ("ended", "active", "terminated") and age < timedelta(days=200):
            cus_created = ctx.now - timedelta(days=rng.uniform(200, 900))
        customer = make_customer(ctx, rng, cus_created, company, ctx.emails)
        customers.append(customer)
        sub_created = between(rng, cus_created, min(ctx.now, cus_created + timedelta(days=20)))
        info, home = make_subscription(ctx, rng, customer, plans_by_slug, partners, sub_created,
                                       None, None, forced)
        infos.append(info)
        extras = [forced["extra"]] if "extra" in forced else []
        if not forced and not company:
            r = rng.random()
            if r < 0.04:
                extras.append("feed_in")
            elif r < 0.1:
                extras.append("holiday")
            if r < 0.015:
                extras.append("holiday")
        for extra in extras:
            later = between(rng, sub_created, ctx.now - timedelta(days=1))
            if extra == "feed_in":
                later = between(rng, sub_created, max(sub_created, ctx.now - timedelta(days=90)))
            extra_info, _ = make_subscription(ctx, rng, customer, plans_by_slug, partners, later,
                                              extra, home, {})
            infos.append(extra_info)
    return customers, infos


def utc_now_midnight() -> datetime:
    """Default generation anchor: today's UTC midnight (callers pass it explicitly in tests)."""
    n = datetime.now(UTC)
    return datetime(n.year, n.month, n.day, tzinfo=UTC)
