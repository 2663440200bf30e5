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

from .config import CURIE, KNOWN_VERSIONS
from .errors import FieldError, envelope, new_request_id
from .timeutil import iso

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


def _body_for_log(chunks: list[bytes]) -> Any:
    raw = b"".join(chunks)
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", "replace")


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

        if scope["method"] not in ("GET", "HEAD"):
            # Read a write's body up front so the log has it even when a fault
            # answers before the handler ever reads it; then replay it.
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    break
                body_chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    break
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
            sandbox.record({
                "time": iso(sandbox.config.clock()),
                "method": scope["method"],
                "path": scope["path"],
                "query": scope.get("query_string", b"").decode("latin-1"),
                "status": status_box[0],
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

        try:
            if version != CURIE and not is_sandbox_only(scope["path"]):
                msg, err = _version_error(version)
                await send_json(echoing_send, 400, envelope(400, msg, [err], ctx["request_id"]))
            else:
                try:
                    await self.app(scope, logged_receive, echoing_send)
                except Exception:
                    # Answer inside this layer so even a crash carries the
                    # version echo and the request id of the log record.
                    log.exception("sandbox: unhandled error on %s %s", scope["method"],
                                  scope["path"])
                    if status_box[0] == 0:
                        await send_json(echoing_send, 500, envelope(
                            500, "Internal Server Error", None, ctx["request_id"]))
        finally:
            record()
