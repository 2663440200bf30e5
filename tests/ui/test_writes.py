"""Settling a write whose answer was lost: found late, not found, or still unknown."""

from __future__ import annotations

import asyncio

from nomos_desk.api import errors
from nomos_desk.ui.writes import FOUND, NOT_FOUND, UNKNOWN, settle


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.pauses: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds

    def __call__(self) -> float:
        return self.now


def run(coro):
    return asyncio.new_event_loop().run_until_complete(coro)


def test_an_effect_that_lands_late_is_found():
    clock = Clock()
    answers = iter([None, None, "lead_1"])

    async def check():
        return next(answers)

    settled = run(settle(check, patience=10, sleep=clock.sleep, clock=clock))
    assert (settled.state, settled.effect, settled.checks) == (FOUND, "lead_1", 3)
    assert clock.pauses == [0.5, 1.0]  # growing pauses between the looks


def test_not_found_only_after_looking_for_the_whole_patience():
    clock = Clock()

    async def check():
        return None

    settled = run(settle(check, patience=10, sleep=clock.sleep, clock=clock))
    assert settled.state == NOT_FOUND and settled.may_resend
    assert clock.now == 10 and settled.checks == 6  # 0, .5, 1.5, 3.5, 7.5 and 10 s


def test_failing_checks_leave_the_outcome_unknown():
    clock = Clock()

    async def check():
        raise errors.ServerError(503, "SERVICE_UNAVAILABLE", "down", request_id="req_9")

    settled = run(settle(check, patience=3, sleep=clock.sleep, clock=clock))
    assert settled.state == UNKNOWN and not settled.may_resend
    assert isinstance(settled.error, errors.ServerError)


def test_send_write_turns_every_answer_into_an_outcome():
    from nomos_desk.api.errors import Conflict, ConnectionLost, OutcomeUnknown, WriteAttempt
    from nomos_desk.ui.writes import DONE, NOT_APPLIED, NOT_SENT, REFUSED, look_for, send_write

    lost = OutcomeUnknown(WriteAttempt("update_customer", "PATCH", "/customers/c", {}),
                          ConnectionLost("dropped"))

    def raising(exc):
        async def write():
            raise exc
        return write

    async def ok():
        return "answer"

    async def found():
        return "effect"

    async def missing():
        return None

    done = run(send_write(ok, missing, patience=0))
    assert (done.kind, done.result, done.late) == (DONE, "answer", False)
    late = run(send_write(raising(lost), found, patience=0))
    assert (late.kind, late.result, late.late, late.error) == (DONE, "effect", True, lost)
    gone = run(send_write(raising(lost), missing, patience=0))
    assert gone.kind == NOT_APPLIED and gone.may_resend and gone.checks == 1
    refused = run(send_write(raising(Conflict(409, "CONFLICT", "no")), missing, patience=0))
    assert refused.kind == REFUSED and refused.may_resend
    unsent = run(send_write(raising(ConnectionLost("down")), missing, patience=0))
    assert unsent.kind == NOT_SENT

    async def broken():
        raise errors.ServerError(503, "SERVICE_UNAVAILABLE", "down")

    unknown = run(look_for(broken, lost, patience=0))
    assert unknown.kind == UNKNOWN and not unknown.may_resend
    assert isinstance(unknown.error, errors.ServerError)
