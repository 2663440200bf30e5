"""Which URLs the client may talk to: https anywhere, plain http only on loopback.

The client secret travels in every token request; over plain http on a network it
would be readable by anyone on the path. The sandbox runs on this machine, so
loopback stays allowed for it and for tests. ``check_url`` is the one rule: the
client applies it to its base URL and to every redirect, and the sign-in form
applies it to what staff type (its messages are written for them).
"""

from __future__ import annotations

import ipaddress

import httpx

from . import errors
from .errors import InsecureUrl, InvalidUrl
from .http import HELD_LOCATION

EXAMPLE = "https://api.nomos.energy"


def is_loopback_host(host: str) -> bool:
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str | httpx.URL) -> httpx.URL:
    """The parsed URL, or InvalidUrl (InsecureUrl for plain http off loopback)."""
    try:
        parsed = httpx.URL(str(url).strip())
        host = parsed.host  # decoded lazily: a broken IDNA label raises only here
    except (httpx.InvalidURL, ValueError):  # UnicodeError and IDNAError are ValueErrors
        raise InvalidUrl(f"That is not a URL. Enter one such as {EXAMPLE}.") from None
    if parsed.scheme not in ("http", "https") or not host:
        raise InvalidUrl(f"Enter a URL that starts with https://, such as {EXAMPLE}.")
    if parsed.userinfo:
        raise InvalidUrl("Leave the user name and password out of the URL: "
                         "the client id and secret have fields of their own.")
    if parsed.scheme == "http" and not is_loopback_host(host):
        raise InsecureUrl("Use https: plain http would send the client secret unencrypted "
                          "(it is allowed only for a sandbox on this computer).")
    return parsed


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


def redirect_target(response: httpx.Response, current: httpx.URL) -> httpx.URL:
    """Where a redirect answer points, checked by the same rule as the base URL. Whatever
    is wrong with its Location (missing, not ASCII, unparseable, not http(s), plain http
    off loopback) is an UnexpectedResponse carrying the request id, never a crash."""
    request_id = errors.clean_request_id(response.headers.get("X-Request-Id"))

    def refuse(why: str) -> errors.UnexpectedResponse:
        return errors.UnexpectedResponse(response.status_code, "UNEXPECTED_RESPONSE",
                                         f"redirect {why}", request_id=request_id)

    location = response.headers.get(HELD_LOCATION, "").strip()
    if not location:
        raise refuse("without a Location")
    if not location.isascii() or not location.isprintable():
        raise refuse("to a location that is not a plain ASCII URL")
    try:
        return check_url(current.join(location))
    except (errors.InvalidUrl, httpx.InvalidURL, ValueError) as exc:
        message = exc.message if isinstance(exc, errors.InvalidUrl) else "it is not a URL"
        raise refuse(f"refused: {message}") from None
