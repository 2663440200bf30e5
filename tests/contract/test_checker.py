"""The spec checker must catch violations, or the contract tests prove nothing."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.contract.checker import Exchange, SpecChecker
from tests.spec import load_spec

CURIE = {"x-api-version": "2026-05-27.curie", "content-type": "application/json"}


@pytest.fixture(scope="module")
def checker():
    return SpecChecker(load_spec())


def envelope(code, **extra):
    return {"code": code, "message": "m", "requestId": str(uuid.uuid4()),
            "docs": f"https://docs.nomos.energy/api-references/errors/{code}", **extra}


def ex(path, status, body, method="GET", headers=CURIE):
    return Exchange(method, path, "", status, dict(headers), json.dumps(body).encode())


def test_valid_error_passes(checker):
    assert checker.check(ex("/subscriptions/sub_1", 404, envelope("NOT_FOUND"))) == []


def test_wrong_shapes_are_caught(checker):
    assert checker.check(ex("/subscriptions/sub_1", 404, {"error": "nope"}))
    assert checker.check(ex("/subscriptions", 200, {"object": "list", "items": [{"id": 1}]}))
    assert checker.check(ex("/plans", 200, {"object": "lists", "items": []}))


def test_missing_version_echo_is_caught(checker):
    problems = checker.check(ex("/plans", 200, {"object": "list", "items": []},
                                headers={"content-type": "application/json"}))
    assert any("X-API-Version" in p for p in problems)


def test_error_details_are_checked(checker):
    body = envelope("BAD_REQUEST", errors=[{"code": "made_up", "field": "x", "message": "m"}])
    assert checker.check(ex("/plans", 400, body))
    bad_docs = {**envelope("NOT_FOUND"), "docs": "https://example.org"}
    assert checker.check(ex("/plans/x", 404, bad_docs))
    no_uuid = {**envelope("NOT_FOUND"), "requestId": "42"}
    assert checker.check(ex("/plans/x", 404, no_uuid))


def test_unknown_paths_and_gateway_faults_use_envelope_schemas(checker):
    assert checker.check(ex("/nope", 404, envelope("NOT_FOUND"))) == []
    assert checker.check(ex("/nope", 404, envelope("BAD_REQUEST")))
    assert checker.check(ex("/plans", 502, envelope("BAD_GATEWAY"))) == []
    assert checker.check(ex("/plans", 503, envelope("BAD_GATEWAY")))
    assert checker.check(ex("/nope", 200, {}))


def test_429_needs_retry_after(checker):
    assert checker.check(ex("/plans", 429, envelope("TOO_MANY_REQUESTS")))
    ok = ex("/plans", 429, envelope("TOO_MANY_REQUESTS"), headers={**CURIE, "retry-after": "1"})
    assert checker.check(ok) == []


def test_sandbox_only_paths_are_skipped(checker):
    assert checker.check(ex("/health", 200, {"status": "ok"}, headers={})) == []
    assert checker.check(ex("/_sandbox/requests", 200, {}, headers={})) == []


def test_fixture_wrapper_records_violations_of_the_wrapped_app(checker):
    import asyncio

    import httpx

    from tests.sandbox_fixtures import ValidatingApp

    async def broken_app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": b'{"object": "plan"}'})

    violations: list[str] = []
    app = ValidatingApp(broken_app, checker, violations)

    async def call():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://t") as client:
            await client.get("/plans/pln_1")
            await client.get("/health")

    asyncio.run(call())
    assert len(violations) >= 2 and all(v.startswith("GET /plans/pln_1 -> 200") for v in violations)
