"""The log redaction: credentials, secret values, IBANs and e-mail addresses never leave
a handler whole; exact secrets the app knows are masked while their owner lives."""

from __future__ import annotations

import gc
import io
import logging

import pytest

from nomos_desk.domain.redaction import EMAIL, REDACTED, RedactingFilter, redact

IBAN = "DE89370400440532013000"


@pytest.mark.parametrize("text, expected", [
    ("Authorization: Bearer eyJhbGciOi.J9x-_~+/=", f"Authorization: Bearer {REDACTED}"),
    ("auth Basic c2FuZGJveC1ydzpzYW5kYm94 sent", f"auth Basic {REDACTED} sent"),
    ('{"access_token": "q1w2e3r4", "token_type": "Bearer", "expires_in": 3600}',
     f'{{"access_token": "{REDACTED}", "token_type": "Bearer", "expires_in": 3600}}'),
    ("grant_type=refresh_token&refresh_token=abc123&client_secret=s3cr3t",
     f"grant_type=refresh_token&refresh_token={REDACTED}&client_secret={REDACTED}"),
    ("password = hunter22, user anna", f"password = {REDACTED}, user anna"),
    ("proxy = http://ida:hunter22@proxy.corp:3128", f"proxy = http://{REDACTED}@proxy.corp:3128"),
    (f"payment method {IBAN} saved", "payment method DE************3000 saved"),
    ("IBAN DE89 3704 0044 0532 0130 00 OK", "IBAN DE************3000 OK"),
    ('{"iban": "DE00BADCHECKSUM1234"}', f'{{"iban": "{REDACTED}"}}'),
    ("reply to anna.muster+x@stadtwerk-sued.de now", f"reply to {EMAIL} now"),
    ("GET /leads?filter%5Bemail%5D%5Beq%5D=anna.m%2Bx%40example.org&limit=100",
     f"GET /leads?filter%5Bemail%5D%5Beq%5D={EMAIL}&limit=100"),
    # What must stay: ids, meter numbers, MaLo, an IBAN-shaped text failing its checksum,
    # request ids and plain words about tokens.
    ("sub_8f2c1 meter 1ESY1160591234 MaLo 51238696780 req_9f8e7d",
     "sub_8f2c1 meter 1ESY1160591234 MaLo 51238696780 req_9f8e7d"),
    ("DE00123456789012345678 is no IBAN", "DE00123456789012345678 is no IBAN"),
    ("the token was renewed after 3600 s", "the token was renewed after 3600 s"),
])
def test_shapes_that_are_masked_and_those_that_stay(text, expected):
    assert redact(text) == expected


def test_redacting_twice_changes_nothing_more():
    """Every handler of the app filters the same record: a second pass must keep the mark."""
    once = redact(f"client_secret=s3cr3t Bearer tok-abc123 token: 'q1w2' {IBAN} a@b.de "
                  "http://ida:pw@proxy:3128")
    assert redact(once) == once


def test_known_values_are_masked_longest_first_and_tiny_ones_ignored():
    assert redact("used Zq7-abc and Zq7-abcdef here", ["Zq7-abc", "Zq7-abcdef", "ab"]) == (
        f"used {REDACTED} and {REDACTED} here")


class Session:
    """Stands in for a client: its secrets are readable only through it."""

    def __init__(self, token: str) -> None:
        self.token = token


def handler_with(redaction: RedactingFilter) -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger(f"tests.redaction.{id(stream)}")
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    redaction.install(logger)
    return logger, stream


def test_the_filter_masks_messages_arguments_tracebacks_and_stacks():
    redaction = RedactingFilter()
    logger, stream = handler_with(redaction)
    session = Session("opaque-token-0001")
    redaction.watch(session, lambda s: [s.token])
    logger.info("sent %s to %s with %r", IBAN, "anna@example.org", session.token)
    try:
        raise ValueError(f"token opaque-token-0001 rejected for {IBAN}")
    except ValueError:
        logger.exception("failed for kim@example.net")
    logger.warning("where", stack_info=True, extra={})
    out = stream.getvalue()
    for leaked in (IBAN, "anna@example.org", "kim@example.net", "opaque-token-0001"):
        assert leaked not in out
    assert "DE************3000" in out and "Traceback" in out and "ValueError" in out
    assert out.count(REDACTED) >= 2 and "Stack (most recent call last)" in out


def test_a_watched_owner_is_forgotten_explicitly_or_when_it_is_gone():
    redaction = RedactingFilter()
    first, second = Session("first-token-1"), Session("second-token-2")
    redaction.watch(first, lambda s: [s.token])
    redaction.watch(second, lambda s: [s.token])
    assert sorted(redaction.known()) == ["first-token-1", "second-token-2"]
    redaction.forget(first)
    del second
    gc.collect()
    assert redaction.known() == []
    assert redaction.redact("first-token-1") == "first-token-1"


def test_install_adds_the_filter_to_each_handler_once():
    redaction = RedactingFilter()
    logger, _ = handler_with(redaction)
    redaction.install(logger)
    assert [f for f in logger.handlers[0].filters if f is redaction] == [redaction]


def test_a_record_whose_arguments_do_not_fit_still_passes_to_the_handler():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s %s", ("one",), None)
    assert RedactingFilter().filter(record) is True
