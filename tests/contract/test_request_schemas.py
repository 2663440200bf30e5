"""The sandbox's copies of the write schemas equal the published ones."""

from __future__ import annotations

import pytest

from nomos_desk.sandbox import schemas
from tests.spec import load_spec


def _strip(node):
    if isinstance(node, dict):
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            return _strip(load_spec()["components"]["schemas"][name])
        return {k: _strip(v) for k, v in node.items()
                if k not in ("description", "example", "title")}
    if isinstance(node, list):
        return [_strip(v) for v in node]
    return node


@pytest.mark.parametrize("name,ours", [
    ("InsertLead", schemas.INSERT_LEAD),
    ("InsertMeterReading", schemas.INSERT_METER_READING),
    ("InsertMeterOrder", schemas.INSERT_METER_ORDER),
    ("InsertGridFeeReduction", schemas.INSERT_GRID_FEE_REDUCTION),
    ("UpdateCustomer", schemas.UPDATE_CUSTOMER),
    ("InsertAddress", schemas.INSERT_ADDRESS),
    ("InsertPaymentMethod", schemas.INSERT_PAYMENT_METHOD),
    ("UpdateSubscription", schemas.UPDATE_SUBSCRIPTION),
    ("TerminateSubscription", schemas.TERMINATE_SUBSCRIPTION),
])
def test_insert_schema_matches_spec(name, ours):
    assert _strip(load_spec()["components"]["schemas"][name]) == ours


def test_meter_reading_body_is_insert_plus_subscription():
    body = load_spec()["paths"]["/meter-readings"]["post"]["requestBody"]
    parts = body["content"]["application/json"]["schema"]["allOf"]
    extra = _strip(parts[1])
    merged = {"type": "object",
              "properties": {**schemas.INSERT_METER_READING["properties"], **extra["properties"]},
              "required": [*schemas.INSERT_METER_READING["required"], *extra["required"]]}
    assert merged == schemas.CREATE_METER_READING


def test_filterable_fields_match_the_spec_descriptions():
    import re

    from nomos_desk.sandbox.resources import LISTS
    spec = load_spec()
    for path, list_spec in LISTS.items():
        params = spec["paths"][path]["get"]["parameters"]
        text = next(p["description"] for p in params if p["name"].startswith("filter"))
        published = dict(re.findall(r"- `(\w+)` \((\w+)\)", text))
        ours = {name: field.type for name, field in list_spec.fields.items()}
        assert ours == published, path
        for name, values in re.findall(r"- `(\w+)` \(enum\): ([\w, ]+)", text):
            assert list_spec.fields[name].values == tuple(v.strip() for v in values.split(","))
