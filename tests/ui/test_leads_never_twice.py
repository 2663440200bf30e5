"""Never two leads for one submission: the sandbox stores the lead and the answer is lost
(a 5xx or a dropped connection after the commit, an answer that comes only after the
client's timeout, a lead that lands late), and the store holds exactly one lead per intent."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from PySide6.QtCore import Qt

from nomos_desk.domain.leads import INTENT_KEY
from nomos_desk.ui.leads.submit import CREATED, FOUND_LATE, NOT_CREATED, UNSETTLED

from .leads_kit import (
    click_create,
    fill,
    intents_in_store,
    lead_posts,
    leads_with_intent,
    open_page,
    wait_outcome,
)
from .lost_answers import lose_the_answer_and_the_line


def lose_the_next_post(network, sandbox_app, mode):
    """The sandbox's own fault on the next POST /leads only: `mode` is the fault and
    whether it strikes after the lead was stored."""
    inner = network.handle_async_request
    config = sandbox_app.state.sandbox.config
    armed = {"left": 1}

    async def faulty(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path == "/leads" and armed["left"]:
            armed["left"] -= 1
            share = "fault_drop_rate" if mode.startswith("drop") else "fault_rate"
            setattr(config, share, 1.0)
            config.fault_after_write = 1.0 if mode.endswith("after") else 0.0
            try:
                return await inner(request)
            finally:
                setattr(config, share, 0.0)
        return await inner(request)

    network.handle_async_request = faulty


def the_only_intent(sandbox_app) -> str:
    counts = intents_in_store(sandbox_app)
    assert list(counts.values()) == [1], counts  # one submission, one lead
    return next(iter(counts))


@pytest.mark.parametrize("mode", ["5xx_after", "drop_after"])
def test_an_answer_lost_after_the_lead_was_stored_finds_that_lead(
        qtbot, qloop, services_factory, sandbox_app, network, mode):
    page = open_page(qtbot, services_factory())
    fill(qtbot, page)
    lose_the_next_post(network, sandbox_app, mode)
    click_create(qtbot, page)
    outcome = wait_outcome(qtbot, page)
    assert outcome.kind == FOUND_LATE, outcome.message
    assert "went through once" in page.new_lead.note.text()
    intent = the_only_intent(sandbox_app)
    assert outcome.lead.metadata[INTENT_KEY] == intent
    assert page.new_lead.link.link() == outcome.lead.link
    assert len(lead_posts(sandbox_app)) == 1  # never resent by the client or the form
    assert not page.new_lead.create_button.isEnabled()


def test_a_lead_that_lands_after_the_client_gave_up_is_still_found(
        qtbot, qloop, services_factory, sandbox_app, network):
    """The write reaches Nomos only after the client's timeout: the first looks find
    nothing, a later one finds it, and nothing is offered for sending again meanwhile."""
    services = services_factory()
    services.write_patience = 5.0
    page = open_page(qtbot, services)
    fill(qtbot, page)
    inner = network.handle_async_request
    background: list[asyncio.Future] = []
    looks: list[int] = []
    landed_after: list[int] = []  # how many looks had been made when the lead landed

    async def late(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path == "/leads":
            async def land() -> None:
                await asyncio.sleep(0.8)
                landed_after.append(len(looks))
                await inner(request)
            background.append(asyncio.ensure_future(land()))
            raise httpx.ReadTimeout("no answer in time", request=request)
        return await inner(request)

    network.handle_async_request = late
    shown = page.new_lead._looking

    def count(look: int) -> None:
        looks.append(look)
        assert page.new_lead.create_button.isEnabled() is False  # no resend while looking
        shown(look)

    page.new_lead._looking = count
    click_create(qtbot, page)
    outcome = wait_outcome(qtbot, page, timeout=10000)
    assert outcome.kind == FOUND_LATE, outcome.message
    assert landed_after and landed_after[0] >= 1  # looked (in vain) before it landed
    assert looks[-1] > landed_after[0]  # and found it on a later look
    the_only_intent(sandbox_app)
    assert len(leads_with_intent(sandbox_app, outcome.lead.metadata[INTENT_KEY])) == 1


class ToServer(httpx.AsyncBaseTransport):
    """The client's requests over a real socket to the sandbox's uvicorn server, so the
    client's own read timeout applies as it would against Nomos."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(port=self.port)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_an_answer_that_arrives_after_the_clients_timeout(qtbot, qloop, services_factory,
                                                          sandbox_app, sandbox_server, network):
    network.inner = ToServer(sandbox_server.port)
    services = services_factory(timeout=1.0)
    page = open_page(qtbot, services)
    fill(qtbot, page)
    config = sandbox_app.state.sandbox.config
    config.fault_slow_write_rate, config.fault_slow_write_s = 1.0, 2.5  # writes only
    click_create(qtbot, page)
    outcome = wait_outcome(qtbot, page, timeout=10000)
    config.fault_slow_write_rate = 0.0
    assert outcome.kind == FOUND_LATE, outcome.message
    assert "time limit" in page.new_lead.note.text()
    the_only_intent(sandbox_app)
    # The sandbox logs the exchange when its held answer finally leaves.
    qtbot.waitUntil(lambda: len(lead_posts(sandbox_app)) == 1, timeout=5000)
    assert lead_posts(sandbox_app)[0]["fault"] == "slow_after_commit"
    the_only_intent(sandbox_app)


def test_a_failure_before_the_lead_was_stored_offers_sending_again_after_looking(
        qtbot, qloop, services_factory, sandbox_app, network):
    page = open_page(qtbot, services_factory())
    new = page.new_lead
    fill(qtbot, page)
    lose_the_next_post(network, sandbox_app, "5xx_before")
    click_create(qtbot, page)
    outcome = wait_outcome(qtbot, page, NOT_CREATED)
    note = new.note.text()
    # It says what it checked: the newest leads, for this submission's key, how often.
    assert "looked through the 100 newest leads" in note and "time" in note
    assert new.intent is not None and new.intent[:8] in note
    log = sandbox_app.state.sandbox.request_log
    post_at = max(i for i, r in enumerate(log) if r["method"] == "POST")
    assert any(r["path"] == "/leads" and r["method"] == "GET" for r in log[post_at:])
    assert intents_in_store(sandbox_app) == {} and outcome.may_resend
    assert new.create_button.isEnabled() and new.create_button.text() == "Send again"
    intent = new.intent
    click_create(qtbot, page)
    lead = wait_outcome(qtbot, page, CREATED).lead
    assert lead.metadata[INTENT_KEY] == intent  # the same submission, sent again
    assert intents_in_store(sandbox_app) == {intent: 1}
    statuses = [r["status"] for r in lead_posts(sandbox_app)]
    assert len(statuses) == 2 and statuses[0] >= 500 and statuses[1] == 200


def test_when_looking_fails_too_the_form_waits_for_a_check(qtbot, qloop, services_factory,
                                                           sandbox_app, network):
    page = open_page(qtbot, services_factory())
    new = page.new_lead
    fill(qtbot, page)
    state = lose_the_answer_and_the_line(network, "POST", "/leads")
    click_create(qtbot, page)
    wait_outcome(qtbot, page, UNSETTLED)
    assert not new.create_button.isEnabled()
    assert "Check again" in new.create_button.toolTip() and new.check_button.isVisible()
    assert "may exist" in new.note.text()
    state["down"] = False
    qtbot.mouseClick(new.check_button, Qt.MouseButton.LeftButton)
    wait_outcome(qtbot, page, FOUND_LATE)
    assert not new.check_button.isVisible()
    assert len(lead_posts(sandbox_app)) == 1
    the_only_intent(sandbox_app)


def test_the_button_is_off_while_the_lead_is_on_its_way(qtbot, qloop, services_factory,
                                                        sandbox_app, network):
    page = open_page(qtbot, services_factory())
    new = page.new_lead
    fill(qtbot, page)
    qtbot.waitUntil(lambda: new.quote.quote is not None, timeout=5000)
    network.stalled = True
    click_create(qtbot, page)
    qtbot.waitUntil(lambda: network.in_flight > 0, timeout=3000)
    assert not new.create_button.isEnabled()
    qtbot.mouseClick(new.create_button, Qt.MouseButton.LeftButton)  # a second, impatient click
    new.send()  # and Ctrl+Enter
    network.stalled = False
    wait_outcome(qtbot, page, CREATED)
    assert len(lead_posts(sandbox_app)) == 1
    the_only_intent(sandbox_app)


def test_a_look_cut_short_by_closing_is_taken_up_at_the_next_start(
        qtbot, qloop, services_factory, sandbox_app, network):
    services = services_factory()
    services.write_patience = 30.0
    page = open_page(qtbot, services)
    fill(qtbot, page)
    state = lose_the_answer_and_the_line(network, "POST", "/leads")
    click_create(qtbot, page)
    qtbot.waitUntil(lambda: "Looking for the lead" in page.new_lead.note.text(), timeout=5000)
    page.close_view()  # the app closes while it is still looking

    again = open_page(qtbot, services)
    new = again.new_lead
    assert "closed before" in new.note.text() or "Looking for the lead" in new.note.text()
    assert new.looking and not new.create_button.isEnabled()  # no second send meanwhile
    new.send()
    state["down"] = False
    outcome = wait_outcome(qtbot, again, FOUND_LATE)
    assert again.new_lead.link.link() == outcome.lead.link
    assert len(lead_posts(sandbox_app)) == 1
    the_only_intent(sandbox_app)
