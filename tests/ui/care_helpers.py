"""Driving the care forms as a person does, and breaking the answer of one write."""

from __future__ import annotations

import asyncio
import html
import json
import re

import httpx
import shiboken6
from PySide6.QtCore import Qt

from tests.ui.session_helpers import answer, wait_for_confirmation

WRITE_METHODS = ("POST", "PATCH", "PUT", "DELETE")


def writes(app, path: str | None = None) -> list[dict]:
    """Every write the sandbox received (token requests aside), oldest first."""
    return [r for r in app.state.sandbox.request_log
            if r["method"] in WRITE_METHODS and r["path"] != "/oauth/token"
            and (path is None or r["path"] == path)]


def plain(rich: str) -> str:
    """Rich text as read: cells apart by a space, paragraphs by a line break."""
    text = re.sub(r"</td>", " ", rich)
    text = re.sub(r"</tr>|</p>", "\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def open_form(qtbot, tab, key):
    """Click the tab's action and wait for its form."""
    care = tab.care
    button = care.buttons[key]
    qtbot.waitUntil(button.isEnabled, timeout=5000)
    care.dialog = None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: care.dialog is not None and care.dialog.isVisible(), timeout=5000)
    return care.dialog


def submit(qtbot, dialog, *, confirm: bool | None = True) -> str:
    """Press the form's button; answer the confirmation (None: expect none). Returns the
    confirmation's text and details."""
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    if confirm is None:  # the press has been dealt with: waiting again, sending or gone
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or dialog.waiting
                        or dialog.state == "busy" or not dialog.isVisible(), timeout=3000)
        return ""
    box = wait_for_confirmation(qtbot, dialog)
    text = box.text() + "\n" + plain(box.informativeText())
    answer(qtbot, box, accept=confirm)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    if not confirm:
        qtbot.waitUntil(lambda: dialog.waiting, timeout=3000)
    return text


def wait_outcome(qtbot, dialog, kind: str, timeout: int = 8000):
    qtbot.waitUntil(lambda: dialog.state != "busy" and dialog.outcome is not None
                    and dialog.outcome.kind == kind, timeout=timeout)
    return dialog.outcome


def wait_idle(qtbot, tab, timeout: int = 8000) -> None:
    """The tab's care flow has finished (the form closed or became a receipt)."""
    qtbot.waitUntil(lambda: tab.care.running is None, timeout=timeout)


def settled(tab) -> bool:
    return all(s.state in ("ready", "empty", "error") for s in tab.sections.values())


def lose_next_answer(network, sandbox_app, method: str, path: str, mode: str) -> None:
    """The next `method path` is stored by the sandbox but its answer never arrives
    ("after": a 5xx after committing, "drop": the connection cut after committing,
    "slow": the answer comes after the client gave up), or fails before it is stored
    ("before")."""
    inner = network.handle_async_request
    config = sandbox_app.state.sandbox.config
    armed = {"left": 1}

    async def faulty(request: httpx.Request) -> httpx.Response:
        if not (request.method == method and request.url.path == path and armed["left"]):
            return await inner(request)
        armed["left"] -= 1
        if mode == "slow":
            config.fault_slow_write_rate, config.fault_slow_write_s = 1.0, 5.0
            try:
                return await asyncio.wait_for(inner(request), timeout=0.5)
            except TimeoutError:
                raise httpx.ReadTimeout("no answer in time", request=request) from None
            finally:
                config.fault_slow_write_rate = 0.0
        if mode == "drop":
            config.fault_drop_rate, config.fault_after_write = 1.0, 1.0
        else:
            config.fault_rate, config.fault_after_write = 1.0, 1.0 if mode == "after" else 0.0
        try:
            return await inner(request)
        finally:
            config.fault_rate = config.fault_drop_rate = 0.0

    network.handle_async_request = faulty


def answer_with(network, method: str, path: str, status: int, body: dict) -> None:
    """Nomos answers the next `method path` with this error envelope."""
    inner = network.handle_async_request
    armed = {"left": 1}

    async def refuse(request: httpx.Request) -> httpx.Response:
        if request.method == method and request.url.path == path and armed["left"]:
            armed["left"] -= 1
            return httpx.Response(status, content=json.dumps(body).encode(),
                                  headers={"content-type": "application/json"})
        return await inner(request)

    network.handle_async_request = refuse
