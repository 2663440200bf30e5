"""Quotes for GET /plans/{id}/quote in the curie shape and Nomos's German vocabulary.

The base components here are also the monthly fees on the sandbox's invoices,
so an app that fetches a quote for a subscription's zip, usage and meter type
can rebuild an invoice's line items (see nomos_desk.domain.billing).
Plans carry `_sandbox.seed` so the 12-month EPEX average follows the dataset.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from nomos_desk.domain.billing import BaseComponent
from nomos_desk.sandbox import series, tariffs
from nomos_desk.sandbox.timegrid import iso, local_date

MODULE_1_NAME = "Pauschale Netzentgeltreduktion (§14a EnWG Modul 1)"
MODULE_2_NAME = "Prozentuale Netzentgeltreduktion (§14a EnWG Modul 2)"
EPEX_NAME = "EPEX Day-Ahead Preis (12m avg.)"
FIXED_ENERGY_NAME = "Arbeitspreis Energie (Festpreis)"
_ZIP_RE = re.compile(r"^\d{5}$")


def base_components(plan: dict[str, Any], zip_code: str, meter_type: str, yearly_kwh: float,
                    module_1: bool = False) -> list[BaseComponent]:
    """Monthly base fees (EUR gross) in quote order: fee, grid, §14a module 1, metering."""
    out = [BaseComponent("Grundgebühr", float(plan["price"]), "fee")]
    if tariffs.plan_is_feed_in(plan):
        return out  # feed-in pays no grid fees; metering is billed with consumption
    _, grid_base, module_1_eur = tariffs.grid_fees(zip_code)
    out.append(BaseComponent("Netzentgelte", grid_base, "grid"))
    if module_1:
        out.append(BaseComponent(MODULE_1_NAME, module_1_eur, "grid"))
    out.append(BaseComponent("Messstellengebühren", tariffs.metering_fee(meter_type, yearly_kwh),
                             "metering"))
    return out


def _energy_ct(plan: dict[str, Any], now: datetime, tax_exempt: bool) -> tuple[str, float]:
    sb = series.plan_facts(plan)
    if sb["pricing"] == "fixed":
        return FIXED_ENERGY_NAME, float(sb["energy_ct"])
    month = local_date(now).replace(day=1)
    avg_gross = series.epex_12m_avg_ct(int(sb["seed"]), month)
    if sb["pricing"] == "feed_in":
        net = max(avg_gross / (1 + tariffs.VAT) - sb.get("fee_ct", 0.0), 0.0)
        return EPEX_NAME, net if tax_exempt else net * (1 + tariffs.VAT)
    return EPEX_NAME, avg_gross + sb.get("margin_ct", 0.0) * (1 + tariffs.VAT)


def _group(group: str, quantity: float, unit: str, subs: list[dict[str, Any]],
           digits: int) -> dict[str, Any]:
    unit_amount = round(sum(s["amount"] for s in subs), digits)
    return {"group": group, "amount": round(unit_amount * quantity, 2), "quantity": quantity,
            "quantity_unit": unit, "unit_amount": unit_amount, "subcomponents": subs}


def quote_response(plan: dict[str, Any], zip_code: str, usage: float, meter_type: str | None,
                   module_1: bool, module_2: bool, tax_exempt: bool,
                   now: datetime) -> dict[str, Any]:
    """The curie Quote for one month (usage / 12); raises ValueError for a 400 answer.

    Consumption: amount = base + variable. Feed-in: the variable group is the
    payout, and amount = payout - base fee (what the operator nets per month).
    """
    if not _ZIP_RE.match(zip_code or ""):
        raise ValueError("zip_code must be a 5-digit German postcode")
    if not 100 <= usage <= 50000:
        raise ValueError("usage must be between 100 and 50000")
    meter_type = meter_type or "analog"
    if meter_type not in ("analog", "smart"):
        raise ValueError("meter_type must be analog or smart")
    feed_in = tariffs.plan_is_feed_in(plan)
    if feed_in and (module_1 or module_2):
        raise ValueError("§14a EnWG modules only apply to consumption plans")
    base_subs = [{"subgroup": c.subgroup, "name": c.name, "amount": round(c.amount, 2)}
                 for c in base_components(plan, zip_code, meter_type, usage, module_1)]
    base = _group("base", 1, "month", base_subs, 2)
    energy_name, energy = _energy_ct(plan, now, tax_exempt)
    var_subs = [{"subgroup": "energy", "name": energy_name, "amount": round(energy / 100, 5)}]
    if not feed_in:
        grid_ct = tariffs.grid_fees(zip_code)[0]
        var_subs.append({"subgroup": "grid", "name": "Netzentgelte",
                         "amount": round(grid_ct / 100, 5)})
        if module_2:
            var_subs.append({"subgroup": "grid", "name": MODULE_2_NAME,
                             "amount": round(-grid_ct * tariffs.MODULE_2_SHARE / 100, 5)})
        var_subs += [{"subgroup": "levies", "name": name, "amount": round(ct / 100, 5)}
                     for name, ct in tariffs.LEVIES_CT.items()]
    variable = _group("variable", round(usage / 12, 2), "kWh", var_subs, 5)
    if feed_in:
        amount = variable["amount"] - base["amount"]
    else:
        amount = variable["amount"] + base["amount"]
    return {"object": "quote", "amount": round(amount, 2), "currency": "EUR",
            "components": [base, variable], "quoted_at": iso(now)}
