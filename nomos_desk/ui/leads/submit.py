"""Creating a lead without ever creating it twice.

A lead has no unique value at Nomos, so a second POST simply makes a second lead.
Every submission carries the app's intent key in its metadata; every answer becomes
an outcome the form can show in plain words:
- created: the new lead;
- found: the answer was lost (timeout, 5xx, dropped connection), but a lead with our
  key turned up among the newest leads (it may land only after the client gave up, so
  they are searched for a while);
- not_created: the search found none: only now may the form offer to send again;
- unknown: the search itself failed: the lead may exist, look again first;
- invalid: Nomos named what is wrong (its field errors go beside the inputs);
- refused / not_sent: nothing was created (read-only, rate limit, no connection).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from nomos_desk.api import errors
from nomos_desk.api.models import Lead
from nomos_desk.domain.leads import carries_intent
from nomos_desk.ui import fmt
from nomos_desk.ui.errors import describe
from nomos_desk.ui.writes import FOUND, UNKNOWN, settle

if TYPE_CHECKING:
    from nomos_desk.api import NomosClient

NEWEST = 100  # how many of the newest leads one look goes through

CREATED, FOUND_LATE, NOT_CREATED, UNSETTLED = "created", "found", "not_created", "unknown"
INVALID, REFUSED, NOT_SENT = "invalid", "refused", "not_sent"


@dataclass(frozen=True, slots=True)
class SubmitOutcome:
    kind: str
    lead: Lead | None = None
    message: str = ""
    error: BaseException | None = None

    @property
    def may_resend(self) -> bool:
        return self.kind in (NOT_CREATED, INVALID, REFUSED, NOT_SENT)


async def find_lead(client: NomosClient, intent: str) -> Lead | None:
    """The lead carrying `intent` among the newest leads (lists come newest first)."""
    page = await client.list_leads(limit=NEWEST).first_page()
    return next((lead for lead in page.items if carries_intent(lead.metadata, intent)), None)


def _cause(exc: BaseException | None) -> str:
    if isinstance(exc, errors.OutcomeUnknown):
        exc = exc.cause
    if isinstance(exc, errors.Timeout):
        return QCoreApplication.translate("LeadSubmit", "no answer within the time limit")
    if isinstance(exc, errors.ServerError):
        return QCoreApplication.translate(
            "LeadSubmit", "Nomos answered with an internal error (%1)").replace(
                "%1", str(exc.status))
    if isinstance(exc, errors.TransportError):
        return QCoreApplication.translate(
            "LeadSubmit", "the connection broke before the answer arrived")
    return describe(exc).message if exc is not None else "?"


async def look_for_lead(client: NomosClient, intent: str, cause: BaseException | None,
                        patience: float, on_check: Callable[[int], None] | None = None
                        ) -> SubmitOutcome:
    """Search the newest leads for our key until found or `patience` seconds have passed."""
    started = time.monotonic()
    looks = 0

    async def check() -> Lead | None:
        nonlocal looks
        looks += 1
        if on_check is not None:
            on_check(looks)
        return await find_lead(client, intent)

    settled = await settle(check, patience=patience)
    why = _cause(cause)
    if settled.state == FOUND:
        text = QCoreApplication.translate(
            "LeadSubmit", "The answer got lost (%1), but Nomos has the lead: it went through "
            "once.")
        return SubmitOutcome(FOUND_LATE, settled.effect, text.replace("%1", why), cause)
    if settled.state == UNKNOWN:
        text = QCoreApplication.translate(
            "LeadSubmit", "No answer came back (%1), and looking for the lead failed too: %2. "
            "It may exist. Check again before sending it a second time.")
        return SubmitOutcome(UNSETTLED, None, text.replace("%1", why).replace(
            "%2", describe(settled.error).line() if settled.error else "?"), settled.error)
    seconds = fmt.number(time.monotonic() - started, 0)
    checks = settled.checks  # a plain name: lupdate reads a plural's count only from one
    text = QCoreApplication.translate(
        "LeadSubmit", "No answer came back (%1). The app then looked through the %2 newest "
        "leads for this submission's key %3, %n time(s) over %4 seconds: none has it, so no "
        "lead was created. You can send it again.", "", checks)
    return SubmitOutcome(NOT_CREATED, None, text.replace("%1", why).replace(
        "%2", fmt.integer(NEWEST)).replace("%3", intent[:8]).replace("%4", seconds), cause)


async def send_lead(client: NomosClient, body: dict[str, Any], intent: str, patience: float,
                    on_check: Callable[[int], None] | None = None) -> SubmitOutcome:
    try:
        lead = await client.create_lead(**body)
    except asyncio.CancelledError:
        raise
    except errors.MissingScope as exc:
        return SubmitOutcome(REFUSED, None, QCoreApplication.translate(
            "LeadSubmit", "This connection is read-only; nothing was sent."), exc)
    except errors.OutcomeUnknown as exc:
        return await look_for_lead(client, intent, exc, patience, on_check)
    except errors.TransportError as exc:  # the request never left: nothing can exist
        return SubmitOutcome(NOT_SENT, None, QCoreApplication.translate(
            "LeadSubmit", "No connection to Nomos: the lead was not sent. Everything you typed "
            "is kept; send it again when the connection is back."), exc)
    except (errors.BadRequest, errors.Unprocessable) as exc:
        return SubmitOutcome(INVALID, None, QCoreApplication.translate(
            "LeadSubmit", "Nomos did not accept the lead; nothing was created. %1").replace(
                "%1", describe(exc).line()), exc)
    except errors.RateLimited as exc:
        return SubmitOutcome(REFUSED, None, QCoreApplication.translate(
            "LeadSubmit", "Nomos is busy (too many requests); nothing was created. Send it "
            "again in a moment."), exc)
    except errors.ApiError as exc:  # another 4xx: Nomos looked at it and said no
        return SubmitOutcome(REFUSED, None, QCoreApplication.translate(
            "LeadSubmit", "Nomos refused the lead; nothing was created. %1").replace(
                "%1", describe(exc).line()), exc)
    return SubmitOutcome(CREATED, lead, QCoreApplication.translate("LeadSubmit",
                                                                   "Lead created."))
