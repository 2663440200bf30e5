"""Access to the published Nomos reference material in ../shared (never copied here)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "nomos-api"
SPEC_PATH = SHARED / "openapi.2026-05-27.curie.json"


@cache
def _load() -> dict | None:
    if not SPEC_PATH.is_file():
        return None
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


def load_spec() -> dict:
    """The curie OpenAPI document; skips the calling test where ../shared is absent."""
    spec = _load()
    if spec is None:
        pytest.skip(f"Nomos reference material not found at {SPEC_PATH} (../shared is absent)")
    return spec
