"""Validates sandbox responses against the published curie OpenAPI document.

Operations the spec defines go through openapi-core; answers on paths or
methods the spec does not know (404 for an unknown path, 405), the
gateway-style 502/503 faults and the 413 for an oversized body (statuses the
spec lists nowhere) are checked against the spec's error envelope schemas
directly. Sandbox-only paths (/health, /_sandbox/*, the signed PDF
URL) are not contract and are skipped.
"""

from __future__ import annotations

import copy
import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_schema_validator import OAS30Validator

HOST = "https://api.nomos.energy"
SKIPPED = re.compile(r"^(/health$|/_sandbox/|/_files/)")
ERROR_SCHEMAS = {400: "ErrBadRequest", 401: "ErrUnauthorized", 402: "ErrPaymentRequired",
                 403: "ErrForbidden", 404: "ErrNotFound", 405: "ErrMethodNotAllowed",
                 409: "ErrConflict", 422: "ErrUnprocessableEntity", 429: "ErrTooManyRequests",
                 500: "ErrInternalServerError"}
# Statuses outside the spec that a gateway in front of Nomos answers; the sandbox gives
# them the 500 envelope with their own code.
GATEWAY_CODES = {413: "PAYLOAD_TOO_LARGE", 502: "BAD_GATEWAY", 503: "SERVICE_UNAVAILABLE"}
# A month of quarter-hour prices is ~3,000 items of one shape; validating each took a third
# of a second per answer and dominated every test that opens a subscription. Longer lists
# are checked on an evenly spread sample (first and last item always included).
LONG_LIST, SAMPLE = 400, 100


def sampled(value: Any) -> Any:
    """`value` with every list longer than LONG_LIST cut to SAMPLE evenly spread items."""
    if isinstance(value, dict):
        return {k: sampled(v) for k, v in value.items()}
    if isinstance(value, list):
        if len(value) > LONG_LIST:
            step = (len(value) - 1) / (SAMPLE - 1)
            value = [value[round(i * step)] for i in range(SAMPLE)]
        return [sampled(v) for v in value]
    return value


@dataclass
class Exchange:
    method: str
    path: str
    query: str
    status: int
    headers: dict[str, str]
    body: bytes

    def describe(self) -> str:
        q = f"?{self.query}" if self.query else ""
        return f"{self.method} {self.path}{q} -> {self.status}"


@dataclass
class SpecChecker:
    spec: dict[str, Any]
    checked: int = 0
    seen: set[tuple[str, str, int]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.openapi = OpenAPI.from_dict(self.spec)
        self.templates = [(self._regex(p), p, set(ops)) for p, ops in self.spec["paths"].items()]
        self._validators: dict[int, OAS30Validator] = {}

    @staticmethod
    def _regex(template: str) -> re.Pattern[str]:
        return re.compile("^" + re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$")

    def _error_validator(self, status: int) -> OAS30Validator:
        if status not in self._validators:
            name = ERROR_SCHEMAS.get(status, "ErrInternalServerError")
            schema = copy.deepcopy(self.spec["components"]["schemas"][name])
            if status in GATEWAY_CODES:
                schema["properties"]["code"]["enum"] = [GATEWAY_CODES[status]]
            self._validators[status] = OAS30Validator(schema)
        return self._validators[status]

    def operation(self, method: str, path: str) -> tuple[str, dict[str, str]] | None:
        for regex, template, methods in self.templates:
            match = regex.match(path)
            if match and method.lower() in methods:
                return template, match.groupdict()
        return None

    def check(self, ex: Exchange) -> list[str]:
        """Violations of one exchange (empty when it honours the contract)."""
        if SKIPPED.match(ex.path) or ex.method.upper() == "HEAD":
            return []
        self.checked += 1
        problems: list[str] = []
        if ex.headers.get("x-api-version") != "2026-05-27.curie":
            problems.append("missing or wrong X-API-Version echo")
        if ex.status >= 400:
            problems += self._check_error_basics(ex)
        op = self.operation(ex.method, ex.path)
        if op is None or ex.status in GATEWAY_CODES:
            if ex.status < 400:
                problems.append("success answer on a path/method the spec does not define")
            else:
                problems += self._check_envelope(ex)
        else:
            template, params = op
            self.seen.add((ex.method.upper(), template, ex.status))
            problems += self._check_operation(ex, template, params)
        return [f"{ex.describe()}: {p}" for p in problems]

    def _check_error_basics(self, ex: Exchange) -> list[str]:
        try:
            body = json.loads(ex.body)
            request_id = uuid.UUID(body["requestId"])
        except (ValueError, KeyError, TypeError):
            return ["error body is not an envelope with a uuid requestId"]
        out = []
        if request_id.version != 4:
            out.append("requestId is not a uuid4")
        if body.get("docs") != f"https://docs.nomos.energy/api-references/errors/{body.get('code')}":
            out.append("docs link does not name the error code")
        if ex.status == 429 and not ex.headers.get("retry-after", "").isdigit():
            out.append("429 without an integer Retry-After header")
        return out

    def _check_envelope(self, ex: Exchange) -> list[str]:
        try:
            body = json.loads(ex.body)
        except ValueError:
            return ["error body is not JSON"]
        return [e.message for e in self._error_validator(ex.status).iter_errors(body)]

    def _check_operation(self, ex: Exchange, template: str, params: dict[str, str]) -> list[str]:
        request = MockRequest(HOST, ex.method.lower(), ex.path, path_pattern=template,
                              view_args=params)
        ctype = ex.headers.get("content-type", "").split(";")[0]
        body = ex.body
        if ctype == "application/json" and len(body) > 100_000:
            try:
                body = json.dumps(sampled(json.loads(body))).encode()
            except ValueError:
                pass  # not JSON after all: the validator says so
        response = MockResponse(body, ex.status, headers=ex.headers,
                                content_type=ctype if ex.body else "")
        try:
            self.openapi.validate_response(request, response)
        except Exception as exc:  # openapi-core raises a family of errors; all are violations
            cause = exc.__cause__
            details = getattr(cause, "schema_errors", None) or getattr(exc, "schema_errors", None)
            if details:
                return [f"{type(exc).__name__}: {e.message} at {list(e.absolute_path)}"
                        for e in details][:5]
            return [f"{type(exc).__name__}: {exc}"[:500]]
        return []
