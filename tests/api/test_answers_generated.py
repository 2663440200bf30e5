"""Every public client method survives any answer (hypothesis makes them up): it
returns what it promises, or raises a NomosError that carries the request id. Nothing
else escapes, and no answer makes a call loop forever."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hypothesis import example, given

from nomos_desk.api import NomosClient, errors, models
from nomos_desk.api.auth import Token

from .calls import LISTS, NOT_CALLS, SINGLE, public_methods, result_type
from .fakes import FakeTime
from .malformed import ALWAYS, REQUEST_ID, SETTINGS, answers

GOOD_TOKEN = {"access_token": "tok_1", "expires_in": 3600, "refresh_token": "ref_1",
              "scope": "read:* write:*"}


def test_every_public_method_has_a_row():
    """A method added to the client without a row in calls.py fails here, so it cannot
    escape the generated answers."""
    assert public_methods() == set(LISTS) | set(SINGLE) | NOT_CALLS


def served(script: list[Any], *, at_token: bool) -> httpx.MockTransport:
    queue = list(script)

    def next_answer() -> httpx.Response:
        status, headers, body = queue.pop(0) if len(queue) > 1 else queue[0]
        return httpx.Response(status, headers=headers, content=body)

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token" and not at_token:
            return httpx.Response(200, json=GOOD_TOKEN)
        return next_answer()

    return httpx.MockTransport(handle)


async def call(name: str, script: list[Any]) -> Any:
    client = NomosClient("https://api.test", "client_1", lambda: "s3cret",
                         transport=served(script, at_token=name == "authenticate"),
                         sleep=FakeTime().sleep, rng=lambda: 0.5)
    async with client:
        if name in LISTS:
            return await LISTS[name](client).collect()
        return await SINGLE[name](client)


def check(name: str, script: list[Any]) -> None:
    try:
        result = asyncio.run(asyncio.wait_for(call(name, script), timeout=30))
    except errors.NomosError as exc:
        assert exc.request_id, f"{type(exc).__name__} without a request id: {exc}"
        assert len(str(exc)) < 1000
        return
    expected = result_type(name)
    if name in LISTS:
        assert isinstance(result, list) and all(isinstance(r, expected) for r in result)
        assert len({r.id for r in result}) == len(result)
    else:
        assert isinstance(result, expected)
    if isinstance(result, Token):
        assert result.access_token.isascii() and result.access_token.isprintable()


def model_of(name: str) -> type[models.Model] | None:
    kind = result_type(name)
    return kind if isinstance(kind, type) and issubclass(kind, models.Model) else None


@pytest.mark.parametrize("name", sorted(set(LISTS) | set(SINGLE)))
def test_any_answer_ends_typed_with_the_request_id_or_parsed(name):
    @SETTINGS
    @given(script=answers(model_of(name)))
    def survive(script: list[Any]) -> None:
        check(name, script)

    for script in ALWAYS:
        survive = example(script=script)(survive)
    survive()


def test_the_generated_answers_reach_both_outcomes():
    """Guards the generator itself: were every answer refused (or every one accepted),
    the property above would prove little."""
    ok = [[(200, [(b"X-Request-Id", REQUEST_ID.encode())], b'{"id": "sub_1", "status": 3}')]]
    refused = [[(404, [(b"X-Request-Id", REQUEST_ID.encode())], b"<html>nope</html>")]]
    check("get_subscription", ok[0])
    with pytest.raises(errors.NotFound):
        asyncio.run(call("get_subscription", refused[0]))
