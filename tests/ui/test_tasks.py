"""TaskRunner: named tasks cancel their predecessors, failures reach the sink."""

import asyncio

import pytest

from nomos_desk.api.errors import ConnectionLost, NotFound
from nomos_desk.ui.connection import ConnectionMonitor
from nomos_desk.ui.tasks import TaskRunner


def test_newer_task_of_same_name_cancels_older(qloop, qtbot):
    runner = TaskRunner()
    results = []

    async def search(term, pause):
        await asyncio.sleep(pause)
        results.append(term)

    first = runner.run("search", search("mül", 5))
    second = runner.run("search", search("müller", 0))
    qtbot.waitUntil(second.done)
    qtbot.waitUntil(first.done)
    assert first.cancelled()
    assert results == ["müller"]
    assert runner.pending == 0


def test_cancel_by_prefix_leaves_others(qloop, qtbot):
    runner = TaskRunner()
    a = runner.run("workspace:sub_1:usage", asyncio.sleep(5))
    b = runner.run("workspace:sub_1:invoices", asyncio.sleep(5))
    c = runner.run("workspace:sub_2:usage", asyncio.sleep(5))
    assert runner.cancel("workspace:sub_1:") == 2
    qtbot.waitUntil(lambda: a.done() and b.done())
    assert a.cancelled() and b.cancelled() and not c.done()
    assert runner.names() == ["workspace:sub_2:usage"]


def test_failures_go_to_the_sink_cancellations_do_not(qloop, qtbot):
    seen = []
    runner = TaskRunner(on_error=lambda exc, context: seen.append((type(exc), context)))

    async def fail():
        raise NotFound(404, "NOT_FOUND", "no such subscription", request_id="req_1")

    runner.run("ws.sub_1.detail", fail(), context="Loading the subscription")
    cancelled = runner.run("other", asyncio.sleep(5))
    cancelled.cancel()
    qtbot.waitUntil(lambda: bool(seen) and cancelled.done())
    assert seen == [(NotFound, "Loading the subscription")]  # words for people, not the task name


def test_shutdown_cancels_everything_and_refuses_new_work(qloop, qrun):
    runner = TaskRunner()
    tasks = [runner.run(f"t{i}", asyncio.sleep(30)) for i in range(5)]
    qrun(runner.shutdown(timeout=2))
    assert all(t.cancelled() for t in tasks)
    with pytest.raises(RuntimeError):
        runner.run("late", asyncio.sleep(0))


def test_run_read_waits_for_the_connection_and_repeats(qloop, qtbot):
    monitor = ConnectionMonitor()  # no probe: the test decides when the network is back
    runner = TaskRunner(connection=monitor)
    attempts = []

    async def read():
        attempts.append(1)
        if len(attempts) == 1:
            raise ConnectionLost("cable pulled")
        return "data"

    task = runner.run_read("read", read)
    qtbot.waitUntil(lambda: not monitor.online)
    assert not task.done() and len(attempts) == 1
    monitor.report_online()
    qtbot.waitUntil(task.done)
    assert task.result() == "data" and len(attempts) == 2
