"""Request-body validation with zod-like per-field errors.

Nomos validates bodies with zod and reports `errors[]` entries such as
`{code: "invalid_type", field: "address.zip", message: "Required"}`. This is a
small validator for the JSON-Schema subset the spec's Insert* schemas use;
objects are strict (unknown keys -> unrecognized_keys) unless a schema allows
additional properties.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from typing import Any

from .errors import ApiError, FieldError
from .timeutil import EARLIEST_DAY, LATEST_DAY

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
GERMAN_ZIP = re.compile(r"[0-9]{5}")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _format_ok(fmt: str, value: str) -> bool:
    if fmt == "email":
        return bool(EMAIL.match(value))
    if fmt in ("date", "date-time") and not value.isascii():
        return False
    if fmt == "date":
        try:
            parsed_day = date.fromisoformat(value)
        except ValueError:
            return False
        return len(value) == 10 and EARLIEST_DAY <= parsed_day <= LATEST_DAY
    if fmt == "date-time":
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return False
        return ("T" in value.upper() and parsed.tzinfo is not None
                and EARLIEST_DAY <= parsed.date() <= LATEST_DAY)
    return True


def validate(schema: dict[str, Any], value: Any, path: str = "") -> list[FieldError]:
    """All violations of `value` against `schema`, field paths dotted."""
    where = path or "body"
    union = schema.get("anyOf") or schema.get("oneOf")
    if union:
        # oneOf is treated as anyOf: the spec's oneOf branches are told apart
        # by an enum discriminator, so at most one of them can pass.
        if value is None and any(b.get("nullable") for b in union):
            return []
        results = [validate(b, value, path) for b in union if "type" in b]
        if any(not r for r in results):
            return []
        # The closest branch explains the failure best: one whose enum
        # discriminator matched (no invalid_value), then the fewest errors.
        return min(results, key=lambda r: (any(e.code == "invalid_value" for e in r), len(r))
                   ) if results else [
            FieldError("invalid_union", where, "Invalid input")]
    if value is None:
        if schema.get("nullable"):
            return []
        expected = schema.get("type", "value")
        return [FieldError("invalid_type", where,
                           f"Invalid input: expected {expected}, received null")]
    expected = schema.get("type")
    actual = _kind(value)
    if expected and actual != expected:
        if not (expected == "integer" and actual == "number" and float(value).is_integer()):
            return [FieldError("invalid_type", where,
                               f"Invalid input: expected {expected}, received {actual}")]
    if "enum" in schema and value not in schema["enum"]:
        options = " | ".join(json.dumps(v) for v in schema["enum"])
        return [FieldError("invalid_value", where, f"Invalid option: expected one of {options}")]
    if actual == "object":
        return _validate_object(schema, value, path)
    if actual == "string":
        return _validate_string(schema, value, where)
    if actual == "number":
        return _validate_number(schema, value, where)
    return []


def _validate_object(schema: dict[str, Any], value: dict, path: str) -> list[FieldError]:
    errors: list[FieldError] = []
    props = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in value:
            errors.append(FieldError("invalid_type", _join(path, name), "Required"))
    extra = schema.get("additionalProperties")
    unknown = [k for k in value if k not in props]
    if unknown and isinstance(extra, dict):
        for key in unknown:
            errors.extend(validate(extra, value[key], _join(path, key)))
    elif unknown and extra is not True:
        keys = ", ".join(f"'{k}'" for k in unknown)
        errors.append(FieldError("unrecognized_keys", path or "body",
                                 f"Unrecognized key(s) in object: {keys}"))
    for name, sub in props.items():
        if name in value:
            errors.extend(validate(sub, value[name], _join(path, name)))
    return errors


def _validate_string(schema: dict[str, Any], value: str, where: str) -> list[FieldError]:
    if "minLength" in schema and len(value) < schema["minLength"]:
        return [FieldError("too_small", where,
                           f"Too small: expected string to have >={schema['minLength']} characters")]
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        return [FieldError("too_big", where,
                           f"Too big: expected string to have <={schema['maxLength']} characters")]
    # ECMA-262 patterns: \d and \w are ASCII-only there, as re.ASCII makes them here.
    if "pattern" in schema and not re.search(schema["pattern"], value, re.ASCII):
        return [FieldError("invalid_format", where, "Invalid string: must match pattern "
                           + schema["pattern"])]
    if "format" in schema and not _format_ok(schema["format"], value):
        return [FieldError("invalid_format", where, f"Invalid {schema['format']}")]
    return []


def _validate_number(schema: dict[str, Any], value: float, where: str) -> list[FieldError]:
    try:
        finite = math.isfinite(value)
    except OverflowError:  # an integer literal beyond any float
        return [FieldError("too_big", where, "Too big: number is out of range")]
    if not finite:
        return [FieldError("invalid_type", where, "Invalid input: expected number, received NaN")]
    if "minimum" in schema:
        low, exclusive = schema["minimum"], schema.get("exclusiveMinimum", False)
        if value < low or (exclusive and value == low):
            rel = ">" if exclusive else ">="
            return [FieldError("too_small", where, f"Too small: expected number to be {rel}{low}")]
    if "maximum" in schema:
        high, exclusive = schema["maximum"], schema.get("exclusiveMaximum", False)
        if value > high or (exclusive and value == high):
            rel = "<" if exclusive else "<="
            return [FieldError("too_big", where, f"Too big: expected number to be {rel}{high}")]
    return []


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def raise_for(errors: list[FieldError]) -> None:
    if errors:
        first = errors[0]
        raise ApiError(400, f"{first.code} in '{first.field}': {first.message}", errors)


MAX_DEPTH = 32  # arrays/objects inside each other; Nomos' bodies need four


def parse_json(raw: bytes) -> Any:
    """A request body's JSON, refused with 400 when it is not UTF-8, not JSON, nests
    deeper than MAX_DEPTH, holds numbers beyond float range (or NaN/Infinity) or text
    that cannot be stored (unpaired UTF-16 surrogates written as \\ud800 escapes)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError.bad_request("body", "invalid_type", "Body is not valid UTF-8") from None
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise _too_deep() from None
    except ValueError:
        raise ApiError.bad_request("body", "invalid_type", "Malformed JSON body") from None
    _check_tree(value)
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _too_deep() -> ApiError:
    return ApiError.bad_request("body", "too_big", f"Body nests deeper than {MAX_DEPTH} levels")


def _check_tree(value: Any) -> None:
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        node, path, depth = stack.pop()
        if isinstance(node, str):
            _check_text(node, path)
        elif isinstance(node, float) and not math.isfinite(node):
            raise ApiError.bad_request(path or "body", "too_big", "Number is out of range")
        elif isinstance(node, dict | list):
            if depth >= MAX_DEPTH:
                raise _too_deep()
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, child in items:
                where = _join(path, str(key))
                if isinstance(key, str):
                    _check_text(key, where)
                stack.append((child, where, depth + 1))


def _check_text(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError.bad_request(where or "body", "invalid_format",
                                   "Text contains an unpaired UTF-16 surrogate") from None


async def json_body(request: Any, schema: dict[str, Any]) -> dict[str, Any]:
    """The parsed, validated JSON body of a write request."""
    raw = await request.body()
    body = parse_json(raw) if raw else None
    if body is None:
        raise ApiError.bad_request("body", "invalid_type",
                                   "Invalid input: expected object, received undefined")
    raise_for(validate(schema, body))
    return body
