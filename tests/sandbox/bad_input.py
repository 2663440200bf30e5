"""What every refusal of bad input must look like: a 4xx in the Nomos error envelope,
the whole body delivered, and the request's record in the log."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx

from nomos_desk.sandbox.errors import CODES, DOCS

# Statuses the sandbox may refuse bad input with (the contract's, and 413 for size).
REFUSALS = {400, 401, 403, 404, 405, 409, 413, 422}


def valid_write_bodies(plan_id: str, sub_id: str) -> dict[tuple[str, str], dict[str, Any]]:
    """A body each write route accepts (given a plan and an active analog subscription)."""
    return {
        ("POST", "/leads"): {"plan": plan_id, "address": {"zip": "10115"},
                             "meter": {"estimated_usage": 2000}},
        ("POST", "/meter-orders"): {"subscription": sub_id},
        ("POST", "/meter-readings"): {"subscription": sub_id, "value": 100.0,
                                      "timestamp": "2025-06-01T00:00:00Z"},
        ("POST", "/grid-fee-reductions"): {"subscription": sub_id,
                                           "type": "enwg-14a-module-1"},
        ("POST", "/subscriptions/{id}/terminate"): {"reason": "ORDINARY"},
        ("PATCH", "/subscriptions/{id}"): {"billing_address": {
            "street": "Hauptstraße", "house_number": "1", "zip": "10115", "city": "Berlin"},
            "metadata": {"crm_id": "CRM-1"}},
        ("PATCH", "/customers/{id}"): {"first_name": "Erika"},
        ("POST", "/oauth/token"): {"grant_type": "client_credentials"},
        ("PUT", "/_sandbox/faults"): {"preset": "off", "latency_ms": 0},
    }


def envelope_problems(response: httpx.Response) -> list[str]:
    """Why `response` is not a complete Nomos error envelope (empty when it is)."""
    problems = []
    declared = response.headers.get("content-length")
    if declared is not None and int(declared) != len(response.content):
        problems.append(f"cut off: {len(response.content)} of {declared} bytes")
    try:
        body: Any = json.loads(response.content)
    except ValueError:
        return [*problems, f"not JSON: {response.content[:80]!r}"]
    if not isinstance(body, dict):
        return [*problems, f"not an object: {body!r}"[:120]]
    code = CODES.get(response.status_code)
    if body.get("code") != code or body.get("docs") != DOCS + str(code):
        problems.append(f"code/docs {body.get('code')}/{body.get('docs')} for "
                        f"{response.status_code}")
    if not isinstance(body.get("message"), str) or not body["message"]:
        problems.append("no message")
    try:
        uuid.UUID(str(body.get("requestId")))
    except ValueError:
        problems.append("requestId is not a uuid")
    for err in body.get("errors") or []:
        if set(err) != {"code", "field", "message"}:
            problems.append(f"errors[] entry {err}")
    return problems


def assert_refused(response: httpx.Response, *statuses: int) -> dict[str, Any]:
    """A refusal with one of `statuses` (any of REFUSALS when none are given)."""
    allowed = set(statuses) or REFUSALS
    assert response.status_code in allowed, (response.status_code, response.text[:300])
    problems = envelope_problems(response)
    assert not problems, problems
    body: dict[str, Any] = response.json()
    return body


def logged(app: Any, request_id: str) -> dict[str, Any]:
    """The log record of the request that was answered with `request_id`."""
    records = [r for r in app.state.sandbox.request_log if r["request_id"] == request_id]
    assert len(records) == 1, f"request {request_id} is not in the log exactly once"
    return records[0]
