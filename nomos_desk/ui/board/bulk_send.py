"""One order of a bulk run, through the same ordering logic as the workspace's button.

`place_order` (ui/workspace/ordering.py) already turns every answer into an outcome:
created, existing (409), unsupported (400), a lost answer settled by looking, or a
refusal. Here that outcome becomes the runner's `Attempt`, and what ordering teaches
about a plan (it has a smart-meter product, or it has none) is kept, as the button
keeps it. Writes go out with a single attempt each: a 429 then reaches the runner,
which waits as Nomos asks and slows its pace, instead of being retried out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nomos_desk.api import RetryPolicy, errors
from nomos_desk.api.client import NomosClient
from nomos_desk.domain.bulk_journal import Item
from nomos_desk.domain.bulk_run import (
    ALREADY,
    CREATED,
    IN_DOUBT,
    NOT_PLACED,
    REFUSED_BY_NOMOS,
    STOP,
    THROTTLED,
    Attempt,
)
from nomos_desk.ui.catalog import PlanCatalog
from nomos_desk.ui.errors import codes
from nomos_desk.ui.workspace.ordering import (
    UNSUPPORTED_WORDS,
    OrderOutcome,
    check_after_unknown,
    place_order,
)

SINGLE_ATTEMPT = RetryPolicy(max_attempts=1)


def attempt_of(outcome: OrderOutcome, *, looked: bool = False) -> Attempt:
    order_id = outcome.order.id if outcome.order is not None else None
    error = outcome.error
    if outcome.kind == "created":
        # Found by looking after a lost answer (the error is the cause), or by a look
        # of our own: then whose it is depends on when it was created.
        found = looked or error is not None
        created = outcome.order.created_at.value if outcome.order is not None else None
        return Attempt(CREATED, order_id, detail=outcome.message, looked=found,
                       order_created=created)
    if outcome.kind == "existing":
        return Attempt(ALREADY, order_id, detail=outcome.message)
    if outcome.kind == "not_placed":
        return Attempt(NOT_PLACED, detail=outcome.message)
    if outcome.kind == "unknown":
        return Attempt(IN_DOUBT, detail=outcome.message)
    if isinstance(error, errors.RateLimited):
        return Attempt(THROTTLED, retry_after=error.retry_after, detail=outcome.message)
    if isinstance(error, errors.MissingScope):
        return Attempt(STOP, detail=outcome.message)
    reason = None
    if isinstance(error, errors.ApiError):
        known = sorted(codes(error))
        reason = next((c for c in known if c in UNSUPPORTED_WORDS), error.code or None)
    return Attempt(REFUSED_BY_NOMOS, reason=reason, detail=outcome.message)


class OrderSender:
    """The runner's `send` and `check` for one session's client."""

    def __init__(self, client: NomosClient, plans: PlanCatalog | None, patience: float) -> None:
        self.writer = client.with_retry(SINGLE_ATTEMPT)
        self.reader = client.background()
        self.plans = plans
        self.patience = patience

    async def send(self, item: Item) -> Attempt:
        outcome = await place_order(self.writer, item.subscription, self.patience)
        if self.plans is not None:
            if outcome.kind == "unsupported" and outcome.plan_lacks_product:
                self.plans.learn_smart_meter(item.plan_id, False, item.subscription)
            elif outcome.kind == "created":
                self.plans.learn_smart_meter(item.plan_id, True, item.subscription)
        return attempt_of(outcome)

    def precheck(self, item: Item) -> Attempt | None:
        """A plan Nomos refused for lacking the product refuses every order on it: the
        rest of the run's orders on that plan are not sent."""
        evidence = self.plans.smart_meter(item.plan_id) if self.plans is not None else None
        if evidence is None or evidence.available:
            return None
        return Attempt(REFUSED_BY_NOMOS, reason="unsupported_product",
                       detail=QCoreApplication.translate("Ordering",
                                                         UNSUPPORTED_WORDS["unsupported_product"]))

    async def check(self, item: Item) -> Attempt:
        outcome = await check_after_unknown(self.reader, item.subscription, None, self.patience)
        return attempt_of(outcome, looked=True)
