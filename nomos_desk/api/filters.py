"""Building ``filter[field][op]=value`` query parameters.

    F("status").eq("active") & F("updated_at").gte(since)

Values are encoded here and nowhere else: lists for ``in`` are comma-joined,
datetimes are ISO 8601 with an offset (a naive one is taken as the machine's
local time, which is what staff typed), dates become local midnight, booleans
lowercase. A value that cannot be encoded unambiguously (a comma inside an
``in`` element) raises instead of silently matching something else, because
Nomos ignores what it does not understand and would return the unfiltered list.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

OPERATORS = frozenset(
    {"eq", "ne", "gt", "gte", "lt", "lte", "in", "is_null", "contains", "starts_with", "ends_with"}
)


def encode_value(value: Any) -> str:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.astimezone()
        return aware.isoformat()
    if isinstance(value, date):
        return datetime.combine(value, time()).astimezone().isoformat()
    if isinstance(value, (int, Decimal)):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot filter on non-finite number {value!r}")
        return repr(value) if not value.is_integer() else str(int(value))
    if isinstance(value, str):
        return value
    raise TypeError(f"cannot encode {type(value).__name__} as a filter value")


@dataclass(frozen=True, slots=True)
class Condition:
    field: str
    op: str
    value: str

    def param(self) -> tuple[str, str]:
        return (f"filter[{self.field}][{self.op}]", self.value)

    def __and__(self, other: FilterLike) -> Filter:
        return Filter((self,)) & other


@dataclass(frozen=True, slots=True)
class Filter:
    """Conditions combined with AND (the only combinator Nomos has)."""

    conditions: tuple[Condition, ...] = ()

    def __and__(self, other: FilterLike) -> Filter:
        return Filter(self.conditions + as_filter(other).conditions)

    def __iter__(self) -> Iterator[Condition]:
        return iter(self.conditions)

    def __bool__(self) -> bool:
        return bool(self.conditions)

    def params(self) -> list[tuple[str, str]]:
        return [c.param() for c in self.conditions]

    def value_of(self, field: str, op: str = "eq") -> str | None:
        for c in self.conditions:
            if c.field == field and c.op == op:
                return c.value
        return None

    def without(self, field: str) -> Filter:
        return Filter(tuple(c for c in self.conditions if c.field != field))


FilterLike = Filter | Condition | None


def as_filter(value: FilterLike) -> Filter:
    if value is None:
        return Filter()
    if isinstance(value, Condition):
        return Filter((value,))
    if isinstance(value, Filter):
        return value
    raise TypeError(f"expected a Filter or Condition, got {type(value).__name__}")


class F:
    """One field to filter on; each method yields a Condition."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        if not name or any(ch in name for ch in "[]&="):
            raise ValueError(f"invalid filter field name {name!r}")
        self.name = name

    def _cond(self, op: str, value: Any) -> Condition:
        return Condition(self.name, op, encode_value(value))

    def eq(self, value: Any) -> Condition:
        return self._cond("eq", value)

    def ne(self, value: Any) -> Condition:
        return self._cond("ne", value)

    def gt(self, value: Any) -> Condition:
        return self._cond("gt", value)

    def gte(self, value: Any) -> Condition:
        return self._cond("gte", value)

    def lt(self, value: Any) -> Condition:
        return self._cond("lt", value)

    def lte(self, value: Any) -> Condition:
        return self._cond("lte", value)

    def in_(self, values: Iterable[Any]) -> Condition:
        if isinstance(values, (str, bytes)):
            raise TypeError("in_ takes a list of values, not a single string")
        encoded = [encode_value(v) for v in values]
        if not encoded:
            raise ValueError(f"filter {self.name} in: needs at least one value")
        for item in encoded:
            if "," in item:
                raise ValueError(f"filter {self.name} in: value {item!r} contains a comma")
        return Condition(self.name, "in", ",".join(encoded))

    def is_null(self, value: bool = True) -> Condition:
        return self._cond("is_null", bool(value))

    def contains(self, value: str) -> Condition:
        return self._cond("contains", value)

    def starts_with(self, value: str) -> Condition:
        return self._cond("starts_with", value)

    def ends_with(self, value: str) -> Condition:
        return self._cond("ends_with", value)
