"""A subscription's metadata edited as key/value text, turned into the patch Nomos merges.

`PATCH /subscriptions/{id}` merges `metadata` key by key onto what is stored: a key with
a value is set, a key set to null is removed, a key not sent stays as it is. A form shows
every stored value as text; only what a person changed goes into the patch, and clearing
a value (or its whole row) removes the key.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .validation import Problem


def shown(value: Any) -> str:
    """A stored value as the form shows it: text as it is, anything else as JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class MetadataEdit:
    patch: dict[str, str | None]  # what to send: key -> new text, or None to remove
    problems: list[tuple[int, Problem]] = field(default_factory=list)  # (row, problem)


def metadata_patch(stored: Mapping[str, Any] | None,
                   rows: Sequence[tuple[str, str]]) -> MetadataEdit:
    """Compare the rows of a form with the stored metadata.

    A row with a value needs a key ("key_required"); a key may appear once
    ("duplicate_key"). Rows with neither key nor value are ignored. Edited values are
    sent as text; a value whose text is unchanged is not sent at all, so a number or
    a nested object nobody touched keeps its type.
    """
    stored = stored or {}
    problems: list[tuple[int, Problem]] = []
    edited: dict[str, str] = {}
    for row, (raw_key, text) in enumerate(rows):
        key = raw_key.strip()
        if not key:
            if text.strip():
                problems.append((row, Problem("key_required")))
            continue
        if key in edited:
            problems.append((row, Problem("duplicate_key", key)))
            continue
        edited[key] = text
    patch: dict[str, str | None] = {}
    for key, value in stored.items():
        if key not in edited:  # its row is gone
            patch[key] = None
            continue
        text = edited[key]
        if text == shown(value):
            continue  # untouched (an empty stored text stays as it is)
        patch[key] = text if text.strip() else None
    for key, text in edited.items():
        if key not in stored and text.strip():
            patch[key] = text
    return MetadataEdit(patch if not problems else {}, problems)


def patch_applied(stored: Mapping[str, Any] | None, patch: Mapping[str, Any]) -> bool:
    """True when `stored` shows every key of `patch`: set keys with their value, removed
    keys gone (how a lost answer's effect is recognised on reading back)."""
    stored = stored or {}
    for key, value in patch.items():
        if value is None:
            if key in stored:
                return False
        elif stored.get(key) != value:
            return False
    return True
