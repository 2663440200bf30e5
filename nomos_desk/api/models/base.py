"""Tolerant reading of API objects into frozen dataclasses.

Nomos adds fields without a version bump, types many timestamps as "string or
date-time or null", and ships list items slimmer than detail objects. So every
field is optional, unknown keys are ignored (but kept in ``raw``), a value of the
wrong type becomes None instead of an exception, enum values stay plain strings
(a status invented next year is shown, not dropped), and timestamps are
``Timestamp`` objects that say "unknown" rather than raise.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Self


@dataclass(frozen=True, slots=True)
class Timestamp:
    """A point in time as the server sent it: ``value`` is None when it is unknown."""

    raw: Any = None
    value: datetime | None = None

    @classmethod
    def parse(cls, raw: Any) -> Timestamp:
        if isinstance(raw, datetime):
            return cls(raw, raw if raw.tzinfo else raw.replace(tzinfo=UTC))
        if not isinstance(raw, str) or not raw.strip():
            return cls(raw, None)
        text = raw.strip()
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return cls(raw, None)
        # The API speaks UTC; a value without an offset (a bare date, say) is read as UTC
        # so comparisons never mix naive and aware datetimes.
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return cls(raw, parsed)

    @property
    def known(self) -> bool:
        return self.value is not None

    def date(self) -> date | None:
        return self.value.date() if self.value else None

    def isoformat(self) -> str | None:
        return self.value.isoformat() if self.value else None

    def __str__(self) -> str:
        return self.value.isoformat() if self.value else "unknown"


UNKNOWN_TIME = Timestamp()


def _as_str(value: Any) -> str | None:
    if type(value) is str:  # the common case first: this runs for most fields of every row
        return value
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
        return None
    return str(value)


def _as_float(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = float(value)
    except (ValueError, OverflowError):  # not a number, or an integer beyond float range
        return None
    return number if math.isfinite(number) else None


def _as_int(value: Any) -> int | None:
    number = _as_float(value)
    return int(number) if number is not None and number.is_integer() else None


def _as_bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _as_dict(value: Any) -> dict[str, Any] | None:
    return value if isinstance(value, dict) else None


_SCALARS: dict[Any, Callable[[Any], Any]] = {
    str: _as_str, float: _as_float, int: _as_int, bool: _as_bool, dict: _as_dict,
    Timestamp: Timestamp.parse, Any: lambda v: v,
}


def _strip_optional(annotation: Any) -> tuple[Any, bool]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return annotation, False


def _converter(annotation: Any) -> Callable[[Any], Any]:
    inner, optional = _strip_optional(annotation)
    if inner in _SCALARS:
        return _SCALARS[inner]
    if isinstance(inner, type) and issubclass(inner, Model):
        return lambda v: inner.from_dict(v) if isinstance(v, dict) else None
    origin = typing.get_origin(inner)
    if origin is dict:
        return _as_dict
    if origin is list:
        item = _converter(typing.get_args(inner)[0])

        def convert_list(value: Any) -> list[Any] | None:
            if not isinstance(value, list):
                # A null list stays null where the schema says null means something
                # (price items of an inactive subscription); elsewhere it reads as empty.
                return None if optional else []
            return [x for x in (item(v) for v in value) if x is not None]

        return convert_list
    raise TypeError(f"no tolerant converter for {annotation!r}")


@dataclass(frozen=True, kw_only=True)
class Model:
    """Base of every API object; ``raw`` keeps the server's dict for diagnostics."""

    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        if not isinstance(data, dict):
            data = {}
        fields, companions, defaults, factories = _PLANS.get(cls) or _plan(cls)
        values = dict(defaults)
        for name, factory in factories:
            values[name] = factory()
        values["raw"] = data
        get = data.get
        for name, convert in fields:
            value = get(name, _MISSING)
            if value is not _MISSING:
                values[name] = convert(value)
        for name, base in companions:
            # "customer_id" beside "customer": list shapes send the id as a string,
            # details embed the object; both end up with the id available.
            value = get(name, _MISSING)
            if value is _MISSING:
                ref = get(base)
                values[name] = ref.get("id") if isinstance(ref, dict) else _as_str(ref)
            else:
                values[name] = _as_str(value)
        # Filling __dict__ directly skips the frozen dataclass __init__, which costs about
        # 10 us for a subscription's 26 fields (object.__setattr__ per field): on a walk of
        # thousands of rows that was a third of the client's time. Every field is set here.
        obj = object.__new__(cls)
        obj.__dict__.update(values)
        return obj


_MISSING = object()
Plan = tuple[
    tuple[tuple[str, Callable[[Any], Any]], ...],  # field name, converter
    tuple[tuple[str, str], ...],  # id companion, the field it mirrors
    dict[str, Any],  # plain defaults
    tuple[tuple[str, Callable[[], Any]], ...],  # default factories (fresh lists)
]


_PLANS: dict[type[Model], Plan] = {}


def _plan(cls: type[Model]) -> Plan:
    """Per class, once: a converter for each field, and which fields are id companions."""
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    fields: list[tuple[str, Callable[[Any], Any]]] = []
    companions: list[tuple[str, str]] = []
    defaults: dict[str, Any] = {}
    factories: list[tuple[str, Callable[[], Any]]] = []
    for f in dataclasses.fields(cls):
        if f.name == "raw":
            continue  # from_dict sets it to the payload itself
        if f.default is not dataclasses.MISSING:
            defaults[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            factories.append((f.name, f.default_factory))
        else:
            raise TypeError(f"{cls.__name__}.{f.name} needs a default: payloads may omit it")
        base = f.name[:-3] if f.name.endswith("_id") else None
        if base and base in names:
            companions.append((f.name, base))
        else:
            fields.append((f.name, _converter(hints[f.name])))
    plan = tuple(fields), tuple(companions), defaults, tuple(factories)
    _PLANS[cls] = plan
    return plan
