"""Sending a meter reading without ever sending it twice.

Every answer becomes an outcome the form can show in plain words:
- saved: Nomos has the reading (at once, or found after a lost answer);
- hint: a 422 implausible reading: a soft "please double-check", the value stays;
- refused: any other refusal; its field errors go beside their fields;
- not_saved: the answer was lost and looking for the reading found none: send again;
- unknown: the answer was lost and looking failed too: check before sending again.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from nomos_desk.api import errors
from nomos_desk.api.models import MeterReading
from nomos_desk.domain.berlin import local_day, midnight
from nomos_desk.ui.errors import HINT_CODES, codes, describe
from nomos_desk.ui.writes import FOUND, UNKNOWN, settle

if TYPE_CHECKING:
    from nomos_desk.api import NomosClient

MAX_READINGS = 200


@dataclass(frozen=True, slots=True)
class ReadingOutcome:
    kind: str  # "saved", "hint", "refused", "not_saved", "unknown"
    reading: MeterReading | None = None
    message: str = ""
    error: BaseException | None = None


async def list_readings(client: NomosClient, subscription: str) -> list[MeterReading]:
    return await client.list_meter_readings(subscription=subscription).collect(
        max_items=MAX_READINGS)


async def find_reading(client: NomosClient, subscription: str, value: float, day: date
                       ) -> MeterReading | None:
    """The reading with this value on this day, if Nomos has it."""
    for reading in await list_readings(client, subscription):
        when = reading.timestamp.value
        if when is not None and local_day(when) == day and reading.value is not None \
                and abs(reading.value - value) < 1e-6:
            return reading
    return None


async def check_after_lost_answer(client: NomosClient, subscription: str, value: float,
                                  day: date, cause: BaseException | None, patience: float
                                  ) -> ReadingOutcome:
    settled = await settle(lambda: find_reading(client, subscription, value, day),
                           patience=patience)
    if settled.state == FOUND:
        return ReadingOutcome("saved", settled.effect, QCoreApplication.translate("ReadingSubmit",
            "The answer got lost, but Nomos has the reading: it was saved."), cause)
    if settled.state == UNKNOWN:
        return ReadingOutcome("unknown", None, QCoreApplication.translate("ReadingSubmit",
            "The reading was sent but no answer came back, and looking for it failed too. It "
            "may have been saved: check again before sending it a second time."), settled.error)
    return ReadingOutcome("not_saved", None, QCoreApplication.translate("ReadingSubmit",
        "The reading was sent but no answer came back. Nomos does not have it, so it was not "
        "saved. You can send it again."), cause)


async def submit_reading(client: NomosClient, subscription: str, value: float, day: date,
                         patience: float) -> ReadingOutcome:
    try:
        reading = await client.create_meter_reading(subscription, value, midnight(day))
    except asyncio.CancelledError:
        raise
    except errors.MissingScope as exc:
        return ReadingOutcome("refused", None, QCoreApplication.translate("ReadingSubmit",
            "This connection is read-only; nothing was sent."), exc)
    except errors.Unprocessable as exc:
        if codes(exc) & HINT_CODES:
            return ReadingOutcome("hint", None, QCoreApplication.translate("ReadingSubmit",
                "Nomos finds this reading implausible: %1 Please check the number with the "
                "customer; it is kept below for correcting.").replace("%1", exc.message), exc)
        return ReadingOutcome("refused", None, describe(exc).line(), exc)
    except (errors.OutcomeUnknown, errors.ServerError, errors.TransportError) as exc:
        return await check_after_lost_answer(client, subscription, value, day, exc, patience)
    except errors.ApiError as exc:
        return ReadingOutcome("refused", None, describe(exc).line(), exc)
    return ReadingOutcome("saved", reading,
                          QCoreApplication.translate("ReadingSubmit", "Reading saved."))
