"""A bulk run in a process of its own, for the test that kills it mid-way.

    python -m tests.ui.bulk_child BASE_URL JOURNAL

Runs the journal's unfinished run one order at a time and prints "ordered N" after
each answer, so the test knows when to kill it.
"""

from __future__ import annotations

import asyncio
import sys

from nomos_desk.api import NomosClient
from nomos_desk.domain.bulk_journal import ORDERED, Journal
from nomos_desk.domain.bulk_run import BulkRun
from nomos_desk.ui.board.bulk_send import OrderSender


async def main(base_url: str, journal_path: str) -> None:
    journal = Journal(journal_path)
    run = journal.unfinished()
    assert run is not None, "no run to do"
    async with NomosClient(base_url, "sandbox-rw", lambda: "sandbox") as client:
        sender = OrderSender(client, None, patience=2.0)

        def progress(counts) -> None:
            print(f"ordered {counts[ORDERED]}", flush=True)

        await BulkRun(journal, run.id, sender.send, sender.check, concurrency=1,
                      on_progress=progress).run()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
