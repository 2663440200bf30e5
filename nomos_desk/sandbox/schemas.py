"""The request schemas of the curie write endpoints, as the spec publishes them.

Kept in code because the sandbox must run where ../shared is absent (a user's
demo); tests/contract checks these stay equal to the published document.
"""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]

_NAME: Schema = {"type": "string", "minLength": 1, "maxLength": 100}
_EMAIL: Schema = {"type": "string", "format": "email"}

INSERT_LEAD: Schema = {
    "type": "object",
    "properties": {
        "plan": {"type": "string"},
        "customer": {"anyOf": [
            {"type": "object", "nullable": True, "properties": {
                "type": {"type": "string", "enum": ["person"], "default": "person"},
                "first_name": _NAME, "last_name": _NAME, "email": _EMAIL}},
            {"type": "object", "nullable": True, "properties": {
                "type": {"type": "string", "enum": ["company"]},
                "first_name": _NAME, "last_name": _NAME, "company_name": _NAME,
                "email": _EMAIL}},
            {"nullable": True},
        ]},
        "address": {"type": "object", "properties": {
            "zip": {"type": "string", "minLength": 5},
            "street": {"type": "string", "nullable": True, "minLength": 1},
            "city": {"type": "string", "nullable": True, "minLength": 1},
            "house_number": {"type": "string", "nullable": True, "minLength": 1},
        }, "required": ["zip"]},
        "meter": {"type": "object", "properties": {
            "estimated_usage": {"type": "number", "minimum": 100},
            "type": {"type": "string", "nullable": True, "enum": ["smart", "analog"]},
            "number": {"type": "string", "nullable": True, "minLength": 1},
        }, "required": ["estimated_usage"]},
        "payment_method": {"type": "object", "nullable": True, "properties": {
            "type": {"type": "string", "enum": ["sepa_debit"], "default": "sepa_debit"},
            "sepa_debit": {"type": "object", "properties": {
                "iban": {"type": "string", "nullable": True,
                         "pattern": "^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$"},
                "account_holder": {"type": "string", "nullable": True, "minLength": 1},
            }},
        }},
        "previous_supplier": {"type": "string", "nullable": True},
        "next_possible_start": {"type": "boolean", "nullable": True},
        "intended_start_date": {"type": "string", "nullable": True, "format": "date"},
        "change_reason": {"type": "string", "enum": ["supplier_change", "move_in"]},
        "created_by": {"type": "string", "nullable": True},
        "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
    },
    "required": ["plan", "address", "meter"],
}

INSERT_METER_READING: Schema = {
    "type": "object",
    "properties": {
        "value": {"type": "number", "minimum": 0, "exclusiveMinimum": True},
        "timestamp": {"type": "string", "format": "date-time"},
        "message": {"type": "string", "maxLength": 500},
    },
    "required": ["value", "timestamp"],
}

# POST /meter-readings takes InsertMeterReading plus the subscription id (allOf).
CREATE_METER_READING: Schema = {
    "type": "object",
    "properties": {**INSERT_METER_READING["properties"], "subscription": {"type": "string"}},
    "required": [*INSERT_METER_READING["required"], "subscription"],
}

INSERT_METER_ORDER: Schema = {
    "type": "object",
    "properties": {"subscription": {"type": "string"}},
    "required": ["subscription"],
}

INSERT_GRID_FEE_REDUCTION: Schema = {
    "type": "object",
    "properties": {
        "subscription": {"type": "string"},
        "type": {"type": "string",
                 "enum": ["enwg-14a-module-1", "enwg-14a-module-2", "enwg-14a-module-3"]},
    },
    "required": ["subscription", "type"],
}

UPDATE_CUSTOMER: Schema = {
    "type": "object",
    "properties": {"first_name": _NAME, "last_name": _NAME, "company_name": _NAME},
}

INSERT_ADDRESS: Schema = {
    "type": "object",
    "properties": {
        "street": {"type": "string", "minLength": 2, "maxLength": 100,
                   "pattern": r"[a-zA-Z\u00E4\u00F6\u00FC\u00DF\u00C4\u00D6\u00DC]"},
        "house_number": {"type": "string", "minLength": 1, "maxLength": 10,
                         "pattern": "^[A-Za-z0-9\\-/\\s]+$"},
        "zip": {"type": "string", "minLength": 5, "maxLength": 5, "pattern": "^\\d+$"},
        "city": {"type": "string", "minLength": 2, "maxLength": 100, "pattern": "^[^\\d]*$"},
    },
    "required": ["street", "house_number", "zip", "city"],
}

INSERT_PAYMENT_METHOD: Schema = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": ["sepa_debit"]},
        "sepa_debit": {"type": "object", "properties": {
            "iban": {"type": "string", "pattern": "^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$"},
            "account_holder": {"type": "string", "minLength": 1},
        }, "required": ["iban", "account_holder"]},
    },
    "required": ["type", "sepa_debit"],
}

UPDATE_SUBSCRIPTION: Schema = {
    "type": "object",
    "properties": {
        "billing_address": INSERT_ADDRESS,
        "payment_method": INSERT_PAYMENT_METHOD,
        "metadata": {"type": "object", "nullable": True, "additionalProperties": {"nullable": True}},
    },
}

_END: Schema = {"type": "string", "format": "date-time"}
TERMINATE_SUBSCRIPTION: Schema = {"oneOf": [
    {"type": "object", "properties": {"reason": {"type": "string", "enum": ["ORDINARY"]},
                                      "intended_end_at": _END}, "required": ["reason"]},
    {"type": "object", "properties": {"reason": {"type": "string", "enum": ["MOVE_OUT"]},
                                      "intended_end_at": _END},
     "required": ["reason", "intended_end_at"]},
    {"type": "object", "properties": {"reason": {"type": "string", "enum": ["WITHDRAWAL"]}},
     "required": ["reason"]},
]}
