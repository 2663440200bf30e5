"""Per-request bookkeeping: request id, API version check and echo, request log.

Outermost layer, so faults and rate-limit answers are logged and carry the
version header like every other response.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .config import CURIE, KNOWN_VERSIONS, SandboxConfig
from .errors import ApiError, FieldError, envelope, new_request_id, printable
from .timeutil import iso
from .validation import parse_json

log = logging.getLogger(__name__)
SANDBOX_ONLY_PREFIXES = ("/_sandbox/", "/_files/")


def is_sandbox_only(path: str) -> bool:
    return path == "/health" or path.startswith(SANDBOX_ONLY_PREFIXES)


async def send_json(send: Send, status: int, body: dict[str, Any],
                    headers: list[tuple[bytes, bytes]] | None = None) -> None:
    raw = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode()),
        *(headers or [])]})
    await send({"type": "http.response.body", "body": raw})


def _version_error(version: str) -> tuple[str, FieldError]:
    if version in KNOWN_VERSIONS:
        msg = f"The sandbox serves {CURIE} only; version {version} is not supported"
        return msg, FieldError("upgrade_api_version", "X-API-Version", msg)
    msg = f"Unknown API version '{version}'"
    return msg, FieldError("invalid_value", "X-API-Version", msg)


LOG_BODY_MAX = 64 * 1024  # a log of 20,000 records must not hold megabytes each


def _body_for_log(chunks: list[bytes]) -> Any:
    raw = b"".join(chunks)
    if not raw:
        return None
    if len(raw) > LOG_BODY_MAX:
        return f"<{len(raw)} bytes>"
    try:
        return parse_json(raw)
    except ApiError:
        # Unparsable or unstorable: kept as text, as far as it is text.
        return raw.decode("utf-8", "replace")


class BodyTooLarge(Exception):
    pass


async def _read_body(receive: Receive, headers: Headers, limit: int) -> list[bytes]:
    """A request's body chunks; BodyTooLarge (unread) when it exceeds `limit` bytes."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return chunks
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks


def _is_text(path: str) -> bool:
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class SandboxMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sandbox = scope["app"].state.sandbox if "app" in scope else None
        ctx: dict[str, Any] = {"request_id": new_request_id(), "client_id": None, "fault": None}
        scope.setdefault("state", {})["sandbox_ctx"] = ctx
        headers = Headers(scope=scope)
        version = headers.get("x-api-version") or CURIE
        echo = (b"x-api-version", CURIE.encode())
        body_chunks: list[bytes] = []
        status_box = [0]
        started = time.perf_counter()
        refusal: tuple[int, str, list[FieldError] | None] | None = None

        if scope["method"] not in ("GET", "HEAD"):
            # Read a write's body up front so the log has it even when a fault
            # answers before the handler ever reads it; then replay it.
            limit = (sandbox.config if sandbox else SandboxConfig).max_body_bytes
            try:
                body_chunks = await _read_body(receive, headers, limit)
            except BodyTooLarge:
                refusal = (413, f"The request body exceeds {limit} bytes", None)
        replayed = [False]

        async def logged_receive() -> Message:
            if scope["method"] in ("GET", "HEAD") or replayed[0]:
                return await receive()
            replayed[0] = True
            return {"type": "http.request", "body": b"".join(body_chunks), "more_body": False}

        recorded = [False]

        def record() -> None:
            if recorded[0] or sandbox is None or scope["path"].startswith("/_sandbox/"):
                return
            recorded[0] = True
            dropped = str(ctx["fault"]).startswith("dropped")
            sandbox.record({
                "time": iso(sandbox.config.clock()),
                "method": scope["method"],
                "path": printable(scope["path"]),
                "query": scope.get("query_string", b"").decode("latin-1"),
                "status": 0 if dropped else status_box[0],
                "client_id": ctx["client_id"],
                "request_id": ctx["request_id"],
                "api_version": version,
                "body": _body_for_log(body_chunks) if scope["method"] != "GET" else None,
                "fault": ctx["fault"],
                "duration_ms": round((time.perf_counter() - started) * 1000, 3),
            })

        async def echoing_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_box[0] = message["status"]
                message = {**message, "headers": [
                    *[(k, v) for k, v in message.get("headers", []) if k.lower() != b"x-api-version"],
                    echo]}
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                # Log before the last byte leaves: a client that reads the log
                # right after its answer must find the record there.
                record()
            await send(message)

        if refusal is None and not _is_text(scope["path"]):
            refusal = (400, "The request path is not valid UTF-8", None)
        if refusal is None and version != CURIE and not is_sandbox_only(scope["path"]):
            msg, err = _version_error(version)
            refusal = (400, msg, [err])
        try:
            if refusal is not None:
                status, msg, errors = refusal
                await send_json(echoing_send, status, envelope(status, msg, errors,
                                                               ctx["request_id"]))
            else:
                try:
                    await self.app(scope, logged_receive, echoing_send)
                except Exception:
                    if str(ctx["fault"]).startswith("dropped"):
                        raise  # the injected hang-up must reach the server (or client)
                    # Answer inside this layer so even a crash carries the
                    # version echo and the request id of the log record.
                    log.exception("sandbox: unhandled error on %s %s", scope["method"],
                                  printable(scope["path"]))
                    if status_box[0] == 0:
                        await send_json(echoing_send, 500, envelope(
                            500, "Internal Server Error", None, ctx["request_id"]))
        finally:
            record()
