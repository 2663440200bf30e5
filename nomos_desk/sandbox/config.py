"""Sandbox settings: fault injection knobs, token lifetime and injectable clocks."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

CURIE = "2026-05-27.curie"
# Versions Nomos has published; the sandbox only speaks curie and tells older
# clients to upgrade (errors[].code upgrade_api_version) instead of guessing shapes.
KNOWN_VERSIONS = (CURIE, "2026-01-29.edison", "2025-12-16.batman",
                  "2025-12-01.chucky")

CLIENTS = {
    "sandbox-rw": ("sandbox", "read:* write:*"),
    "sandbox-ro": ("sandbox", "read:*"),
}


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class SandboxConfig:
    # The fault mix (faults.py; readable and settable at runtime through
    # GET/PUT /_sandbox/faults). Latency plus a uniform 0..jitter_ms extra per request.
    latency_ms: float = 0.0
    jitter_ms: float = 0.0
    # Shares of requests answered 500/502/503, 429 with Retry-After, or cut off
    # without a complete answer; and of writes whose answer comes only after
    # fault_slow_write_s although they committed at once. Together at most 1.
    fault_rate: float = 0.0
    fault_429_rate: float = 0.0
    fault_drop_rate: float = 0.0
    fault_slow_write_rate: float = 0.0
    fault_slow_write_s: float = 30.0
    # Retry-After (whole seconds) of the injected 429s.
    fault_retry_after_s: int = 1
    # Requests per second per client (token or client id); None disables the limit.
    rate_limit: float | None = None
    token_ttl: int = 3600
    refresh_ttl: int = 30 * 24 * 3600
    # Seeds the fault/jitter dice so a test run sees the same faults every time.
    fault_seed: int | None = None
    # Share of injected write faults (5xx and drops) that strike after the write
    # committed, the case a client can only report as "outcome unknown".
    fault_after_write: float = 0.5
    # Request bodies above this many bytes are refused with 413.
    max_body_bytes: int = 1024 * 1024
    # Lifetime of the signed invoice PDF URL (Nomos: 1 hour).
    file_url_ttl: int = 3600
    request_log_max: int = 20000
    # Wall clock for token expiry and created_at stamps; tests replace it.
    clock: Callable[[], datetime] = utcnow
    # Monotonic clock for the rate limiter.
    monotonic: Callable[[], float] = time.monotonic
    # The "now" of the generated world (usage, prices, quotes). None: the
    # generator's meta `generated_now`, else the wall clock.
    world_now: datetime | None = None
    clients: dict[str, tuple[str, str]] = field(default_factory=lambda: dict(CLIENTS))
