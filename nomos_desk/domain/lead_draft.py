"""The lead form's draft on disk: what was typed survives closing the window.

The file lives in the profile's private data directory (user-only, wiped on sign-out)
and holds the form's values with one exception: the IBAN. Together with a name and
an address, an IBAN is what a fraudulent direct debit needs, so it never reaches the
disk; the draft only notes that one had been typed, and the form asks for it again.

A submission whose answer was lost leaves its intent key here (`pending`), so that
after a restart the app looks for that lead before anyone sends the form again.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .leads import LeadInput
from .privacy import write_private

log = logging.getLogger(__name__)

VERSION = 1
NOT_KEPT = ("iban",)


@dataclass(frozen=True, slots=True)
class Pending:
    intent: str
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class Draft:
    lead: LeadInput | None = None
    pending: Pending | None = None
    created_by: str = ""  # kept after a lead is made: the next one is likely by the same person
    iban_left_out: bool = False


def encode(draft: Draft) -> dict[str, Any]:
    form: dict[str, Any] | None = None
    if draft.lead is not None:
        form = {}
        for f in fields(LeadInput):
            if f.name in NOT_KEPT:
                continue
            value = getattr(draft.lead, f.name)
            form[f.name] = value.isoformat() if isinstance(value, date) else value
    pending = None if draft.pending is None else {
        "intent": draft.pending.intent, "sent_at": draft.pending.sent_at.isoformat()}
    return {"version": VERSION, "form": form, "pending": pending,
            "created_by": draft.created_by,
            "iban_left_out": draft.iban_left_out or bool(
                draft.lead is not None and draft.lead.iban.strip())}


def decode(data: Any) -> Draft:
    """Tolerant: a value of the wrong type is left at its default, never an exception."""
    if not isinstance(data, dict):
        return Draft()
    lead = _lead(data.get("form"))
    pending = None
    raw = data.get("pending")
    if isinstance(raw, dict) and isinstance(raw.get("intent"), str):
        try:
            pending = Pending(raw["intent"], datetime.fromisoformat(str(raw.get("sent_at"))))
        except ValueError:
            pending = None
    created_by = data.get("created_by")
    return Draft(lead, pending, created_by if isinstance(created_by, str) else "",
                 data.get("iban_left_out") is True)


def _lead(form: Any) -> LeadInput | None:
    if not isinstance(form, dict):
        return None
    lead = LeadInput()
    defaults = {f.name: getattr(lead, f.name) for f in fields(LeadInput)}
    for name, default in defaults.items():
        if name in NOT_KEPT or name not in form:
            continue
        value = form[name]
        if name == "start_date":
            setattr(lead, name, _day(value))
        elif name == "usage_kwh":
            ok = isinstance(value, int) and not isinstance(value, bool)
            setattr(lead, name, value if ok else None)
        elif name == "metadata":
            pairs = value if isinstance(value, list) else []
            lead.metadata = [(str(p[0]), str(p[1])) for p in pairs
                             if isinstance(p, list | tuple) and len(p) == 2]
        elif isinstance(value, type(default)):
            setattr(lead, name, value)
    return lead


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


class DraftStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._written = json.dumps(encode(Draft()), indent=1)  # an empty form needs no file

    def load(self) -> Draft:
        try:
            text = self.path.read_text("utf-8")
            draft = decode(json.loads(text))
        except FileNotFoundError:
            return Draft()
        except (OSError, ValueError):
            log.warning("ignoring an unreadable lead draft %s", self.path)
            return Draft()
        self._written = text
        return draft

    def save(self, draft: Draft) -> None:
        """Write the draft if it differs from what the file holds (typing pauses save often)."""
        text = json.dumps(encode(draft), indent=1)
        if text == self._written:
            return
        try:
            write_private(self.path, text.encode("utf-8"))
        except OSError:
            log.warning("could not save the lead draft %s", self.path, exc_info=True)
            return
        self._written = text
