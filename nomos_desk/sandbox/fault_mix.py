"""The fault mix as data: its fields, the named presets, and its validation.

GET/PUT /_sandbox/faults and the CLI flags read and set the same fields of
SandboxConfig; a PUT replaces the whole mix (fields it leaves out are those of
its `preset`, else of "off").
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from .config import SandboxConfig
from .errors import FieldError
from .validation import validate

_RATE = {"type": "number", "minimum": 0, "maximum": 1}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "preset": {"type": "string"},
        "latency_ms": {"type": "number", "minimum": 0, "maximum": 60000},
        "jitter_ms": {"type": "number", "minimum": 0, "maximum": 60000},
        "fault_rate": _RATE,
        "fault_429_rate": _RATE,
        "fault_drop_rate": _RATE,
        "fault_slow_write_rate": _RATE,
        "fault_slow_write_s": {"type": "number", "minimum": 0, "exclusiveMinimum": True,
                               "maximum": 600},
        "fault_retry_after_s": {"type": "integer", "minimum": 1, "maximum": 3600},
        "fault_after_write": _RATE,
        "rate_limit": {"type": "number", "nullable": True, "minimum": 0,
                       "exclusiveMinimum": True, "maximum": 1000000},
    },
}
FIELDS = tuple(name for name in SCHEMA["properties"] if name != "preset")
HELP = {
    "latency_ms": "delay before every answer",
    "jitter_ms": "plus a random 0..jitter delay",
    "fault_rate": "share of requests answered with a random 500/502/503",
    "fault_429_rate": "share of requests answered 429 with Retry-After",
    "fault_drop_rate": "share of requests whose connection is cut mid-answer",
    "fault_slow_write_rate": "share of writes answered only after fault_slow_write_s "
                             "(they commit at once)",
    "fault_slow_write_s": "delay of those answers",
    "fault_retry_after_s": "Retry-After (seconds) of injected 429s",
    "fault_after_write": "share of write faults (5xx, drops) striking after the commit",
    "rate_limit": "requests per second per client before 429",
}
SHARES = ("fault_rate", "fault_429_rate", "fault_drop_rate", "fault_slow_write_rate")

_DEFAULTS = {f.name: f.default for f in fields(SandboxConfig) if f.name in FIELDS}
PRESETS: dict[str, dict[str, Any]] = {
    "off": dict(_DEFAULTS),
    # The demo's "flaky network": 200-400 ms per answer, one in ten a 5xx, one in
    # twenty a 429, three in a hundred cut off.
    "flaky": {**_DEFAULTS, "latency_ms": 200.0, "jitter_ms": 200.0, "fault_rate": 0.10,
              "fault_429_rate": 0.05, "fault_drop_rate": 0.03},
}


def check(body: Any) -> list[FieldError]:
    """Every reason `body` is no fault mix (an object of SCHEMA's fields)."""
    errors = validate(SCHEMA, body)
    if errors:
        return errors
    preset = body.get("preset")
    if preset is not None and preset not in PRESETS:
        return [FieldError("invalid_value", "preset",
                           f"Invalid option: expected one of {' | '.join(PRESETS)}")]
    mix = resolve(body)
    if sum(mix[name] for name in SHARES) > 1:
        return [FieldError("too_big", "fault_rate",
                           f"{' + '.join(SHARES)} must not exceed 1")]
    return []


def resolve(body: dict[str, Any]) -> dict[str, Any]:
    """The full mix a (checked) PUT body describes."""
    base = PRESETS[body.get("preset") or "off"]
    mix = {name: body.get(name, base[name]) for name in FIELDS}
    mix["fault_retry_after_s"] = int(mix["fault_retry_after_s"])  # 2.0 passes as an integer
    return mix


def current(config: SandboxConfig) -> dict[str, Any]:
    """The mix in force, with the name of the preset it equals (None: a custom mix)."""
    mix = {name: getattr(config, name) for name in FIELDS}
    preset = next((name for name, values in PRESETS.items() if values == mix), None)
    return {"preset": preset, **mix, "presets": list(PRESETS)}


def apply(config: SandboxConfig, mix: dict[str, Any]) -> None:
    """Switch the running sandbox to `mix` (a request in flight may see either)."""
    for name in FIELDS:
        setattr(config, name, mix[name])
