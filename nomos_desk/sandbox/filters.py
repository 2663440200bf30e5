"""`filter[field][op]=value` query parameters turned into SQL over the JSON rows.

One implementation serves every list: each list declares its filterable fields
and their types (as the spec's parameter descriptions list them), and the
conditions become `json_extract(data, '$.field')` comparisons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .errors import ApiError
from .params import number

FILTER_KEY = re.compile(r"^filter\[([A-Za-z0-9_.]+)\]\[([A-Za-z_]+)\]$")

OPERATORS = {
    "string": {"eq", "ne", "in", "is_null", "contains", "starts_with", "ends_with"},
    "number": {"eq", "ne", "gt", "gte", "lt", "lte", "in", "is_null"},
    "date": {"gte", "lte", "is_null"},
    "boolean": {"eq", "is_null"},
    "enum": {"eq", "ne", "in", "is_null"},
}

# SQLite binds at most 32766 parameters; a list this long is a mistake, not a query.
MAX_IN_VALUES = 100

SQL_OPS = {"eq": "=", "ne": "<>", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


@dataclass(frozen=True)
class Field:
    type: str                      # one of OPERATORS' keys
    values: tuple[str, ...] = ()   # allowed values of an enum

    def __post_init__(self) -> None:
        assert self.type in OPERATORS, self.type


def _invalid(param: str, message: str, code: str = "invalid_value") -> ApiError:
    return ApiError.bad_request(param, code, message)


def _column(name: str) -> str:
    # created_at is also a real column, indexed together with the page order.
    return "created_at" if name == "created_at" else f"json_extract(data, '$.{name}')"


def _parse_bool(param: str, value: str) -> int:
    if value in ("true", "false"):
        return 1 if value == "true" else 0
    raise _invalid(param, f"Expected 'true' or 'false', received '{value}'", "invalid_type")


def _parse_date(param: str, value: str) -> str:
    try:
        if not value.isascii():
            raise ValueError(value)
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise _invalid(param, f"Invalid ISO 8601 date-time '{value}'", "invalid_format") from None
    if parsed.tzinfo is None or "T" not in value.upper():
        raise _invalid(param, f"Date-time '{value}' needs a time and a timezone",
                       "invalid_format")
    return parsed.isoformat()


def _scalar(param: str, spec: Field, value: str) -> Any:
    if spec.type == "number":
        return number(param, value)
    if spec.type == "boolean":
        return _parse_bool(param, value)
    if spec.type == "enum" and value not in spec.values:
        raise _invalid(param, f"Expected one of {', '.join(spec.values)}, received '{value}'")
    return value


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def condition(param: str, name: str, spec: Field, op: str, value: str) -> tuple[str, list[Any]]:
    col = _column(name)
    if op == "is_null":
        return (f"{col} IS NULL" if _parse_bool(param, value) else f"{col} IS NOT NULL"), []
    if spec.type == "date":
        # julianday() understands offsets and 'Z', so stored timestamps in any
        # ISO form compare as instants rather than as strings.
        return f"julianday({col}) {SQL_OPS[op]} julianday(?)", [_parse_date(param, value)]
    if op == "in":
        items = [v.strip() for v in value.split(",")]
        if not value or any(v == "" for v in items):
            raise _invalid(param, "Expected a comma-separated list of values")
        if len(items) > MAX_IN_VALUES:
            raise _invalid(param, f"At most {MAX_IN_VALUES} values", "too_big")
        parsed = [_scalar(param, spec, v) for v in items]
        return f"{col} IN ({', '.join('?' * len(parsed))})", parsed
    if op in ("contains", "starts_with", "ends_with"):
        if value == "":
            raise _invalid(param, "Expected a non-empty value", "too_small")
        pattern = {"contains": "%{}%", "starts_with": "{}%", "ends_with": "%{}"}[op]
        # casefold() is registered on the store's connections: SQLite's own
        # LIKE folds ASCII only, and German names carry umlauts.
        return (f"casefold({col}) LIKE ? ESCAPE '\\'",
                [pattern.format(_like(value.casefold()))])
    if spec.type == "boolean":
        return f"{col} = ?", [_parse_bool(param, value)]
    return f"{col} {SQL_OPS[op]} ?", [_scalar(param, spec, value)]


def where(query: list[tuple[str, str]], fields: dict[str, Field]) -> tuple[list[str], list[Any]]:
    """SQL conditions for the recognised filters; unknown fields/operators are ignored."""
    clauses: list[str] = []
    params: list[Any] = []
    for key, value in query:
        if not key.startswith("filter"):
            continue
        match = FILTER_KEY.match(key)
        if match is None:
            raise _invalid(key, "Expected filter[<field>][<operator>]=<value>", "invalid_key")
        name, op = match.groups()
        spec = fields.get(name)
        if spec is None or op not in OPERATORS[spec.type]:
            continue
        sql, args = condition(key, name, spec, op, value)
        clauses.append(sql)
        params.extend(args)
    return clauses, params
