"""The session's plans: fetched once, shared by every view, plus what ordering taught us.

`GET /plans` changes rarely and every tab needs plan names, so one request serves
the session (concurrent callers share it; a failure is not kept). Nomos does not
say which plans carry a smart-meter product; the only evidence is an order that
exists for a subscription on the plan (it has one) or a 400 `unsupported_product`
(it has none). That evidence is kept in the profile's data so the order button can
say so before anyone confirms an order Nomos will refuse.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from nomos_desk.domain.privacy import write_private
from nomos_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from nomos_desk.api import NomosClient
    from nomos_desk.api.models import Plan

log = logging.getLogger(__name__)

PLANS_TASK = "session.plans"


@dataclass(frozen=True, slots=True)
class SmartMeterEvidence:
    available: bool
    learned_at: datetime
    subscription: str  # the subscription whose order taught it


class PlanCatalog:
    def __init__(self, client: NomosClient, tasks: TaskRunner, facts_file: Path | None = None
                 ) -> None:
        self._client = client
        self._tasks = tasks
        self._pending: asyncio.Future[list[Plan]] | None = None
        self._facts_file = facts_file
        self._smart: dict[str, SmartMeterEvidence] = self._read_facts()

    # -- plans ---------------------------------------------------------------------------
    async def plans(self) -> list[Plan]:
        pending = self._pending
        if pending is None or (pending.done() and (pending.cancelled() or pending.exception())):
            pending = self._tasks.run(PLANS_TASK, self._client.list_plans().collect(),
                                      report=False)
            self._pending = pending
        # shield: one tab closing (cancelling its wait) must not cancel the shared request.
        return await asyncio.shield(pending)

    async def names(self) -> dict[str, str]:
        """{plan id: name}."""
        return {p.id: p.name or p.id for p in await self.plans() if p.id}

    async def names_or_empty(self) -> dict[str, str]:
        """Like names(), but {} when the plans cannot be fetched: a plan id then stands in,
        and the record that asked is still worth showing."""
        try:
            return await self.names()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.info("plan names unavailable", exc_info=True)
            return {}

    async def name(self, plan_id: str | None) -> str | None:
        return (await self.names_or_empty()).get(plan_id) if plan_id else None

    # -- as a cache (Settings shows its size and clears it) ---------------------------------
    def size(self) -> int:
        """Bytes of the fetched plans (as Nomos sent them) and of the learned facts."""
        held = 0
        pending = self._pending
        if pending is not None and pending.done() and not pending.cancelled() \
                and pending.exception() is None:
            held += len(json.dumps([p.raw for p in pending.result()], default=str).encode())
        if self._facts_file is not None and self._facts_file.is_file():
            held += self._facts_file.stat().st_size
        return held

    def clear(self) -> None:
        """Forget the plans and what ordering taught; both are asked or learned anew."""
        self._pending = None
        self._smart = {}
        if self._facts_file is not None:
            self._facts_file.unlink(missing_ok=True)

    # -- smart-meter product --------------------------------------------------------------
    def smart_meter(self, plan_id: str | None) -> SmartMeterEvidence | None:
        return self._smart.get(plan_id) if plan_id else None

    def learn_smart_meter(self, plan_id: str | None, available: bool, subscription: str) -> None:
        if not plan_id:
            return
        known = self._smart.get(plan_id)
        if known is not None and known.available == available:
            return
        self._smart[plan_id] = SmartMeterEvidence(available, datetime.now(UTC), subscription)
        self._write_facts()

    def _read_facts(self) -> dict[str, SmartMeterEvidence]:
        if self._facts_file is None:
            return {}
        try:
            raw = json.loads(self._facts_file.read_text("utf-8"))
            return {plan: SmartMeterEvidence(bool(v["available"]),
                                             datetime.fromisoformat(v["learned_at"]),
                                             str(v["subscription"]))
                    for plan, v in raw.get("smart_meter", {}).items()}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            log.warning("ignoring unreadable %s", self._facts_file)
            return {}

    def _write_facts(self) -> None:
        if self._facts_file is None:
            return
        data = {"smart_meter": {plan: {"available": e.available,
                                       "learned_at": e.learned_at.isoformat(),
                                       "subscription": e.subscription}
                                for plan, e in self._smart.items()}}
        try:
            write_private(self._facts_file, json.dumps(data, indent=1).encode("utf-8"))
        except OSError:
            log.warning("could not save %s", self._facts_file, exc_info=True)
