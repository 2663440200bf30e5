"""Secrets and personal data out of every log line, crash report and diagnostic text.

`redact()` rewrites a text; `RedactionFilter` applies it to every log record that
reaches a handler it is installed on (message, arguments, traceback), so the log file,
the console and the recent-errors list never hold a token, a client secret, a full
IBAN or an e-mail address. Patterns work on shapes, not on known values, so they also
catch what arrives inside a URL, a JSON body or an exception message.
"""

from __future__ import annotations

import logging
import re

from nomos_desk.domain.identifiers import mask_iban

REDACTED = "[redacted]"
EMAIL = "[email]"

_SECRET_KEYS = (r"access_token|refresh_token|id_token|client_secret|secret|password|passwd"
                r"|api_key|apikey|token|code_verifier")
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "Authorization: Bearer abc", "Basic dXNlcjpwdw=="
    (re.compile(r"(?i)\b(bearer|basic)\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]{6,}"),
     rf"\1 {REDACTED}"),
    # key=value, "key": "value", 'key': 'value' (JSON, forms, query strings, reprs)
    (re.compile(rf"(?i)([\"']?\b(?:{_SECRET_KEYS})[\"']?\s*[:=]\s*[\"']?)"
                rf"(?!\[redacted\])([^\"'&\s,;}})\]]+)"), rf"\1{REDACTED}"),
    # JSON Web Tokens wherever they stand
    (re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"), REDACTED),
    # user:password@ in a URL (a proxy setting, say)
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/@\s:]+:[^/@\s]*@"), rf"\1{REDACTED}@"),
    # e-mail addresses, also percent-encoded in a query string
    (re.compile(r"(?i)[a-z0-9._%+-]+(?:@|%40)[a-z0-9-]+(?:\.[a-z0-9-]+)+"), EMAIL),
)
# An IBAN with or without the groups of four: country, check digits, 11 to 30 more.
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")


def _mask(match: re.Match[str]) -> str:
    return mask_iban(match.group(0))


def redact(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return _IBAN.sub(_mask, text)


class RedactionFilter(logging.Filter):
    """Install on a handler (not a logger): then it sees every record the handler writes,
    including those propagated from other loggers. The record is rewritten in place,
    already formatted, so no later formatter can bring back the raw arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed call; show what there is
            message = f"{record.msg} {record.args}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
