"""Ordering a smart meter without ever creating two orders.

Nomos allows one meter order per subscription, ever. Every answer is turned
into an outcome the panel can show in plain words:
- created: the new order;
- existing: a 409, i.e. an order was already there: that order is shown;
- unsupported: a 400, the plan (or subscription) cannot have a smart meter;
- unknown: a timeout or 5xx left the write's fate open. We then look at the
  subscription's meter orders: if one is there it went through; only when the
  check positively finds none may the user send again ("not_placed").
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from nomos_desk.api import errors
from nomos_desk.api.models import MeterOrder
from nomos_desk.ui.errors import codes, describe
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.writes import UNKNOWN, settle

if TYPE_CHECKING:
    from nomos_desk.api import NomosClient

CTX = "Ordering"


UNSUPPORTED_WORDS = {
    "unsupported_product": QT_TRANSLATE_NOOP(
        "Ordering", "This subscription's plan has no smart-meter product, so Nomos cannot take "
        "a smart-meter order for it. Ask Nomos support to enable one for the plan first."),
    "unsupported_meter_order": QT_TRANSLATE_NOOP(
        "Ordering", "Feed-in subscriptions already need a smart meter before they start, so "
        "there is nothing to order."),
    "ended_subscription": QT_TRANSLATE_NOOP(
        "Ordering", "The subscription has ended; a smart meter can no longer be ordered."),
}


@dataclass(frozen=True, slots=True)
class OrderOutcome:
    kind: str  # "created", "existing", "unsupported", "not_placed", "unknown", "refused"
    # ("refused": a 4xx other than 400/409, or a read-only token: nothing was applied)
    order: MeterOrder | None = None
    message: str = ""
    error: BaseException | None = None

    @property
    def plan_lacks_product(self) -> bool:
        """Nomos said the plan has no smart-meter product (true of every subscription on it)."""
        return isinstance(self.error, errors.ApiError) and "unsupported_product" in codes(self.error)


async def find_order(client: NomosClient, subscription_id: str) -> MeterOrder | None:
    page = await client.list_meter_orders(subscription=subscription_id, limit=10).first_page()
    return page.items[0] if page.items else None


def _unsupported_text(exc: errors.ApiError) -> str:
    for code in sorted(codes(exc)):
        if code in UNSUPPORTED_WORDS:
            return QCoreApplication.translate(CTX, UNSUPPORTED_WORDS[code])
    return QCoreApplication.translate("Ordering", "Nomos refused the order: %1").replace(
        "%1", describe(exc).line())


async def check_after_unknown(client: NomosClient, subscription_id: str,
                              cause: BaseException | None, patience: float) -> OrderOutcome:
    """The order may or may not exist: look for it (for a while: it may land late) before
    anyone is offered a resend."""
    settled = await settle(lambda: find_order(client, subscription_id), patience=patience)
    if settled.state == UNKNOWN:
        return OrderOutcome("unknown", None, QCoreApplication.translate(
            "Ordering", "The order was sent but no answer came back, and checking for it failed "
            "too. It may exist. Check again before sending it a second time."), settled.error)
    if settled.effect is not None:
        return OrderOutcome("created", settled.effect, QCoreApplication.translate(
            "Ordering", "The answer got lost, but Nomos has the order: it went through."), cause)
    return OrderOutcome("not_placed", None, QCoreApplication.translate(
        "Ordering", "The order was sent but no answer came back. Nomos has no order for this "
        "subscription, so it was not placed. You can send it again."), cause)


async def place_order(client: NomosClient, subscription_id: str, patience: float
                      ) -> OrderOutcome:
    try:
        order = await client.create_meter_order(subscription_id)
    except asyncio.CancelledError:
        raise
    except errors.MissingScope as exc:
        return OrderOutcome("refused", None, QCoreApplication.translate(
            "Ordering", "This connection is read-only; nothing was sent."), exc)
    except errors.Conflict as exc:
        existing = await check_after_unknown(client, subscription_id, exc, patience=0.0)
        if existing.order is not None:
            return OrderOutcome("existing", existing.order, QCoreApplication.translate(
                "Ordering", "This subscription already has a smart-meter order (Nomos allows "
                "only one). Here it is."), exc)
        return OrderOutcome("unknown", None, QCoreApplication.translate(
            "Ordering", "Nomos says an order already exists but it could not be listed. Check "
            "again in a moment."), exc)
    except errors.BadRequest as exc:
        return OrderOutcome("unsupported", None, _unsupported_text(exc), exc)
    except (errors.OutcomeUnknown, errors.ServerError, errors.TransportError) as exc:
        return await check_after_unknown(client, subscription_id, exc, patience)
    except errors.ApiError as exc:  # any other 4xx: Nomos looked at it and said no
        return OrderOutcome("refused", None, QCoreApplication.translate(
            "Ordering", "Nomos refused the order: %1").replace("%1", describe(exc).line()), exc)
    return OrderOutcome("created", order, QCoreApplication.translate(
        "Ordering", "Smart meter ordered."))
