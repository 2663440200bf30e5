"""Tariff facts shared by prices, quotes and invoices: plans, grid fees, levies.

All figures are gross (incl. 19 % VAT), as Nomos quotes them: ct/kWh for
per-kWh parts, EUR/month for base parts. Magnitudes follow the spec's quote
example; grid fees vary by zip region as they do by grid operator.
"""

from __future__ import annotations

from typing import Any

VAT = 0.19

# Per-kWh levies and taxes (ct/kWh gross), README/quote vocabulary and order.
LEVIES_CT: dict[str, float] = {
    "Konzessionsabgabe": 2.84,
    "Stromsteuer": 2.44,
    "Offshore-Umlage": 0.78,
    "§19-NEV-Umlage": 0.77,
    "KWK-Umlage": 0.33,
}

# Grid fees by zip region (first digit): (ct/kWh, base EUR/month, §14a module 1 EUR/month).
_GRID_BY_REGION: dict[str, tuple[float, float, float]] = {
    "0": (12.38, 3.58, -12.04),
    "1": (11.62, 3.31, -11.21),
    "2": (10.24, 2.98, -10.46),
    "3": (11.05, 3.12, -11.02),
    "4": (9.82, 2.75, -9.87),
    "5": (10.41, 2.89, -10.15),
    "6": (11.47, 3.24, -11.38),
    "7": (9.63, 2.66, -9.71),
    "8": (10.12, 2.81, -10.03),
    "9": (11.96, 3.47, -11.83),
}
MODULE_2_SHARE = 0.6  # §14a module 2: 60 % off the per-kWh grid fee

METERING_ANALOG_EUR = 1.26
METERING_SMART_EUR = 1.67       # iMSys price cap 20 EUR/year up to 6,000 kWh
METERING_SMART_LARGE_EUR = 3.33  # 40 EUR/year above 6,000 kWh


def grid_fees(zip_code: str) -> tuple[float, float, float]:
    """(ct/kWh, base EUR/month, module-1 reduction EUR/month) for a delivery zip."""
    region = zip_code[:1] if zip_code[:1].isdigit() else "1"
    return _GRID_BY_REGION[region]


def levies_total_ct() -> float:
    return round(sum(LEVIES_CT.values()), 4)


def metering_fee(meter_type: str, yearly_kwh: float) -> float:
    if meter_type != "smart":
        return METERING_ANALOG_EUR
    return METERING_SMART_EUR if yearly_kwh <= 6000 else METERING_SMART_LARGE_EUR


# The brand's plan catalogue. `_sandbox` carries what the API does not show:
# how energy is priced, whether the brand sells a smart meter with it and
# which metering provider installs it.
PLAN_CATALOGUE: list[dict[str, Any]] = [
    {"slug": "flux", "name": "Flux Dynamisch", "type": "consumption", "price": 10.99,
     "description": "Dynamischer Stromtarif mit stündlichen Börsenpreisen und Smart Meter",
     "_sandbox": {"pricing": "dynamic", "smart_meter_product": True, "margin_ct": 0.0,
                  "smart_meter_provider": "metrify"}},
    {"slug": "flux-fix", "name": "Flux Fix 24", "type": "consumption", "price": 12.9,
     "description": "Festpreis für 24 Monate, Smart Meter optional",
     "_sandbox": {"pricing": "fixed", "smart_meter_product": True, "energy_ct": 14.87,
                  "smart_meter_provider": "energy-metering"}},
    {"slug": "spreewald", "name": "Spreewald Strom Basis", "type": "consumption", "price": 9.5,
     "description": "Ökostrom zum Festpreis, ohne Smart-Meter-Angebot",
     "_sandbox": {"pricing": "fixed", "smart_meter_product": False, "energy_ct": 16.42}},
    {"slug": "isarstrom", "name": "Isarstrom Dynamik", "type": "consumption", "price": 8.99,
     "description": "Börsenstrom für Wärmepumpe und E-Auto",
     "_sandbox": {"pricing": "dynamic", "smart_meter_product": True, "margin_ct": 0.5,
                  "smart_meter_provider": "inexogy"}},
    {"slug": "hanse-gewerbe", "name": "Hanse Gewerbestrom", "type": "consumption", "price": 19.9,
     "description": "Dynamischer Tarif für Gewerbekunden",
     "_sandbox": {"pricing": "dynamic", "smart_meter_product": True, "margin_ct": 0.8,
                  "smart_meter_provider": "metrify"}},
    {"slug": "sonnenernte", "name": "Sonnenernte Einspeisung", "type": "feed_in", "price": 4.99,
     "description": "Direktvermarktung für PV-Anlagen zum Börsenpreis",
     "_sandbox": {"pricing": "feed_in", "smart_meter_product": True, "fee_ct": 0.4}},
]


def plan_is_feed_in(plan: dict[str, Any]) -> bool:
    return plan.get("type") == "feed_in"
