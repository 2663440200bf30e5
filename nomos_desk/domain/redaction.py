"""Keeping secrets, tokens, IBANs and e-mail addresses out of log output.

`redact(text)` masks what has a recognisable shape: credentials after "Bearer" or
"Basic" or inside a URL (user:password@), values of secret-looking keys
(access_token=…, "client_secret": …), IBANs that pass their checksum (masked the way
Nomos returns them, DE************3000) and e-mail addresses. Tokens and secrets have
no shape of their own, so `RedactingFilter` also masks the exact values it is told
about: `watch(owner, values)` names an object (the session's client) and how to read
its secrets; the entry ends with `forget` or when the owner is garbage-collected. The
filter rewrites every record a handler writes (message, arguments, traceback, stack);
app.py puts one on each of the app's log handlers (console, log file, recent errors).
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Callable, Iterable
from typing import Any
from weakref import WeakKeyDictionary

from .identifiers import is_valid_iban, mask_iban

REDACTED = "[redacted]"
EMAIL = "[email]"
MIN_KNOWN = 4  # shorter "secrets" would mask ordinary words

# The lookaheads keep a second pass (each log handler filters the record) from eating the
# first pass's mark: "token=[redacted]" would become "token=[redacted]]".
_CREDENTIAL = re.compile(r"\b(Bearer|Basic)\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]+",
                         re.IGNORECASE)
_KEYED = re.compile(
    r"""(["']?\b(?:access_token|refresh_token|client_secret|secret|password|token|iban)["']?"""
    r"""\s*[:=]\s*["']?)(?!\[redacted\])([^\s"'&,;}\]]+)""", re.IGNORECASE)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
# user:password@ in a URL (a proxy named in the environment or a hand-edited setting).
_USERINFO = re.compile(r"\b([a-z][a-z0-9+.-]*://)[^/@\s:]+:[^/@\s]*@", re.IGNORECASE)
# Also URL-encoded (%40), as a list filtered by e-mail shows up in an HTTP log line.
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def _iban(match: re.Match[str]) -> str:
    text = match.group(0)
    return mask_iban(text) if is_valid_iban(text) else text


def redact(text: str, known: Iterable[str] = ()) -> str:
    """`text` with credentials, secret values, valid IBANs, e-mail addresses and the
    `known` values masked."""
    for value in sorted({k for k in known if len(k) >= MIN_KNOWN}, key=len, reverse=True):
        text = text.replace(value, REDACTED)
    text = _CREDENTIAL.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _USERINFO.sub(lambda m: f"{m.group(1)}{REDACTED}@", text)
    text = _KEYED.sub(lambda m: m.group(1) + REDACTED, text)
    text = _IBAN.sub(_iban, text)
    return _EMAIL.sub(EMAIL, text)


class RedactingFilter(logging.Filter):
    """A handler filter: every record leaves with its sensitive parts masked."""

    def __init__(self) -> None:
        super().__init__()
        self._watched: WeakKeyDictionary[Any, Callable[[Any], Iterable[str]]] = (
            WeakKeyDictionary())

    def watch(self, owner: Any, values: Callable[[Any], Iterable[str]]) -> None:
        """Mask whatever `values(owner)` yields, as long as `owner` lives. `values` gets
        the owner as its argument so that it need not hold it (which would keep it)."""
        self._watched[owner] = values

    def forget(self, owner: Any) -> None:
        self._watched.pop(owner, None)

    def known(self) -> list[str]:
        out: list[str] = []
        for owner, values in list(self._watched.items()):
            out.extend(v for v in values(owner) if isinstance(v, str))
        return out

    def redact(self, text: str) -> str:
        return redact(text, self.known())

    def install(self, logger: logging.Logger | None = None) -> None:
        """Put this filter on every handler of `logger` (the root logger by default)."""
        for handler in (logger or logging.getLogger()).handlers:
            if self not in handler.filters:
                handler.addFilter(self)

    def filter(self, record: logging.LogRecord) -> bool:
        known = self.known()
        try:
            message = record.getMessage()
        except Exception:  # arguments that do not fit: the handler reports that itself
            return True
        record.msg, record.args = redact(message, known), None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = redact(record.exc_text, known)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, known)
        return True
