"""Termination dates: the day a person picks, the instant Nomos gets, the last day of supply.

Nomos takes every end as an exclusive midnight in Europe/Berlin: from that instant the
customer is no longer supplied, so the last day of supply is the day before. Midnight's
UTC offset follows the clock changes (+01:00 in winter, +02:00 in summer), so the instant
is built from the day in Berlin's zone, never by adding hours to another midnight.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from .berlin import BERLIN, local_day, midnight
from .validation import Problem, future_day

ORDINARY, MOVE_OUT, WITHDRAWAL = "ORDINARY", "MOVE_OUT", "WITHDRAWAL"
# The legal cooling-off period (Widerruf), counted by Nomos from the contract confirmation.
WITHDRAWAL_DAYS = 14
# Working days of notice grid operators usually need: only a suggestion for the date a
# form starts with. Nomos decides and names a date that is too soon.
USUAL_GRID_NOTICE_WORKDAYS = 3
# A suggestion too: plans' cancellation periods are not part of the API.
USUAL_CANCELLATION_DAYS = 30


def end_instant(day: date) -> datetime:
    """The exclusive end for a contract ending on `day`: 00:00 of that day in Berlin."""
    return midnight(day)


def last_supply_day(end: datetime) -> date:
    """The last day the customer is supplied: the Berlin day of the moment before `end`."""
    return (end.astimezone(BERLIN) - timedelta(microseconds=1)).date()


def add_working_days(day: date, count: int) -> date:
    """`count` working days (Monday to Friday) after `day`; public holidays are not known."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def suggested_end(reason: str, today: date) -> date:
    """The end a form offers first: the usual notice from today. Nomos has the last word."""
    if reason == ORDINARY:
        return today + timedelta(days=USUAL_CANCELLATION_DAYS)
    return add_working_days(today, USUAL_GRID_NOTICE_WORKDAYS)


def end_problem(day: date | None, today: date) -> Problem | None:
    """A chosen end must lie after today: an end at today's midnight is already past."""
    return future_day(day, today)


def withdrawal_deadline(signed_up: datetime) -> date:
    """The last day of the withdrawal period when it counts from `signed_up`."""
    return local_day(signed_up) + timedelta(days=WITHDRAWAL_DAYS)
