"""API versions as data: which route serves each operation and which meter-order
statuses exist, keyed by the X-API-Version string.

Switching the pinned version switches both, so no caller ever spells a path or a
status literal itself. curie is the published spec; edison is reconstructed from
the reference README (nested invoices/readings, /consumption, /suppliers, the
older smart-meter vocabulary) and lacks the curie-only writes.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .errors import UnsupportedOperation, UnsupportedVersion

CURIE = "2026-05-27.curie"
EDISON = "2026-01-29.edison"
DEFAULT_VERSION = CURIE


@dataclass(frozen=True, slots=True)
class Route:
    method: str
    path: str  # a template: "{id}", "{subscription}" are filled by the client

    @property
    def is_write(self) -> bool:
        return self.method not in ("GET", "HEAD", "OPTIONS")

    def placeholders(self) -> tuple[str, ...]:
        return tuple(name for _, name, _, _ in string.Formatter().parse(self.path) if name)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks a label for the UI's translation catalogue (Qt's lupdate reads it by name);
    this layer stays Qt-free and keeps the English text, the UI translates it."""
    return text


@dataclass(frozen=True, slots=True)
class StatusInfo:
    """How the UI should treat one meter-order status."""

    name: str
    label: str
    phase: str  # "progress", "success", "cancelled", "blocked"; "unknown" if not in the table
    needs_human: bool = False


@dataclass(frozen=True)
class ApiVersion:
    name: str
    routes: Mapping[str, Route]
    meter_order_statuses: tuple[StatusInfo, ...]
    # curie keeps the status and flags a block with blocked_at/blocked_reason;
    # edison made "blocked" a status of its own.
    blocked_is_status: bool
    _status_index: Mapping[str, StatusInfo] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "_status_index", MappingProxyType({s.name: s for s in self.meter_order_statuses})
        )

    def route(self, operation: str) -> Route:
        try:
            return self.routes[operation]
        except KeyError:
            raise UnsupportedOperation(
                f"{operation} is not available in API version {self.name}"
            ) from None

    def supports(self, operation: str) -> bool:
        return operation in self.routes

    @property
    def meter_order_status_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.meter_order_statuses)

    def meter_order_needs_human(self, status: str | None, blocked: bool = False) -> bool:
        """Whether ops should look at an order: a cancelled or blocked one. On curie a
        block is a flag beside the status (pass MeterOrder.is_blocked); on edison it is
        a status of its own."""
        return self.meter_order_status(status).needs_human or (
            blocked and not self.blocked_is_status
        )

    def meter_order_status(self, name: str | None) -> StatusInfo:
        """Known statuses come from the table; a status added later is kept and shown as is."""
        if name is None:
            return StatusInfo(name="", label="unknown", phase="unknown")
        return self._status_index.get(name) or StatusInfo(name=name, label=name, phase="unknown")


def _routes(table: dict[str, tuple[str, str]]) -> Mapping[str, Route]:
    return MappingProxyType({op: Route(m, p) for op, (m, p) in table.items()})


_COMMON = {
    "token": ("POST", "/oauth/token"),
    "list_plans": ("GET", "/plans"),
    "get_plan": ("GET", "/plans/{id}"),
    "get_quote": ("GET", "/plans/{id}/quote"),
    "list_leads": ("GET", "/leads"),
    "get_lead": ("GET", "/leads/{id}"),
    "create_lead": ("POST", "/leads"),
    "list_subscriptions": ("GET", "/subscriptions"),
    "get_subscription": ("GET", "/subscriptions/{id}"),
    "create_subscription": ("POST", "/subscriptions"),
    "list_customers": ("GET", "/customers"),
    "get_customer": ("GET", "/customers/{id}"),
    "get_prices": ("GET", "/subscriptions/{id}/prices"),
    "get_invoice": ("GET", "/invoices/{id}"),
    "get_invoice_file": ("GET", "/invoices/{id}/file"),
    "list_meter_orders": ("GET", "/meter-orders"),
    "get_meter_order": ("GET", "/meter-orders/{id}"),
    "create_meter_order": ("POST", "/meter-orders"),
    "list_grid_fee_reductions": ("GET", "/grid-fee-reductions"),
    "get_grid_fee_reduction": ("GET", "/grid-fee-reductions/{id}"),
    "create_grid_fee_reduction": ("POST", "/grid-fee-reductions"),
    "get_event": ("GET", "/events/{id}"),
}

_CURIE_ROUTES = _routes({
    **_COMMON,
    "update_subscription": ("PATCH", "/subscriptions/{id}"),
    "terminate_subscription": ("POST", "/subscriptions/{id}/terminate"),
    "update_customer": ("PATCH", "/customers/{id}"),
    "get_usage": ("GET", "/subscriptions/{id}/usage"),
    "list_invoices": ("GET", "/invoices"),
    "list_meter_readings": ("GET", "/meter-readings"),
    "create_meter_reading": ("POST", "/meter-readings"),
    "list_market_partners": ("GET", "/market-partners"),
})

_EDISON_ROUTES = _routes({
    **_COMMON,
    "get_usage": ("GET", "/subscriptions/{id}/consumption"),
    "list_invoices": ("GET", "/subscriptions/{subscription}/invoices"),
    "list_meter_readings": ("GET", "/subscriptions/{subscription}/meter_readings"),
    "create_meter_reading": ("POST", "/subscriptions/{subscription}/meter_readings"),
    "list_market_partners": ("GET", "/suppliers"),
})

_CURIE_STATUSES = (
    StatusInfo("created", QT_TRANSLATE_NOOP("MeterOrderStatus", "Created"), "progress"),
    StatusInfo("placed", QT_TRANSLATE_NOOP("MeterOrderStatus", "Placed with the metering operator"),
               "progress"),
    StatusInfo("check_submitted", QT_TRANSLATE_NOOP("MeterOrderStatus", "Check submitted"),
               "progress"),
    StatusInfo("check_reviewed", QT_TRANSLATE_NOOP("MeterOrderStatus", "Check reviewed"),
               "progress"),
    StatusInfo("scheduled", QT_TRANSLATE_NOOP("MeterOrderStatus", "Installation scheduled"),
               "progress"),
    StatusInfo("installed", QT_TRANSLATE_NOOP("MeterOrderStatus", "Installed"), "progress"),
    StatusInfo("activated", QT_TRANSLATE_NOOP("MeterOrderStatus", "Activated"), "success"),
    StatusInfo("cancelled", QT_TRANSLATE_NOOP("MeterOrderStatus", "Cancelled"),
               "cancelled", needs_human=True),
)

_EDISON_STATUSES = (
    StatusInfo("waiting", QT_TRANSLATE_NOOP("MeterOrderStatus", "Collecting metering details"),
               "progress"),
    StatusInfo("intended", QT_TRANSLATE_NOOP("MeterOrderStatus", "Intended at checkout"),
               "progress"),
    StatusInfo("ordered", QT_TRANSLATE_NOOP("MeterOrderStatus", "Ordered from the metering operator"),
               "progress"),
    StatusInfo("checked", QT_TRANSLATE_NOOP("MeterOrderStatus", "Checked by the metering operator"),
               "progress"),
    StatusInfo("installation_planning", QT_TRANSLATE_NOOP("MeterOrderStatus", "Planning installation"),
               "progress"),
    StatusInfo("installation_scheduled", QT_TRANSLATE_NOOP("MeterOrderStatus", "Installation scheduled"),
               "progress"),
    StatusInfo("installation_waiting", QT_TRANSLATE_NOOP("MeterOrderStatus", "Waiting for installation"),
               "progress"),
    StatusInfo("installation_finished", QT_TRANSLATE_NOOP("MeterOrderStatus", "Installation finished"),
               "progress"),
    StatusInfo("installed", QT_TRANSLATE_NOOP("MeterOrderStatus", "Installed"), "progress"),
    StatusInfo("pre_installed", QT_TRANSLATE_NOOP("MeterOrderStatus", "Meter already present"),
               "progress"),
    StatusInfo("activated", QT_TRANSLATE_NOOP("MeterOrderStatus", "Activated"), "success"),
    StatusInfo("blocked", QT_TRANSLATE_NOOP("MeterOrderStatus", "Blocked: manual review"),
               "blocked", needs_human=True),
    StatusInfo("blocked_wim", QT_TRANSLATE_NOOP("MeterOrderStatus", "Blocked: waiting on the grid operator"),
               "blocked", needs_human=True),
    StatusInfo("cancelled", QT_TRANSLATE_NOOP("MeterOrderStatus", "Cancelled"),
               "cancelled", needs_human=True),
)

VERSIONS: Mapping[str, ApiVersion] = MappingProxyType({
    CURIE: ApiVersion(CURIE, _CURIE_ROUTES, _CURIE_STATUSES, blocked_is_status=False),
    EDISON: ApiVersion(EDISON, _EDISON_ROUTES, _EDISON_STATUSES, blocked_is_status=True),
})


def get_version(name: str) -> ApiVersion:
    try:
        return VERSIONS[name]
    except KeyError:
        known = ", ".join(VERSIONS)
        raise UnsupportedVersion(f"unknown API version {name!r} (known: {known})") from None
