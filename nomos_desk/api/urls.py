"""Which URLs the client may talk to: https anywhere, plain http only on loopback.

The client secret travels in every token request; over plain http on a network it
would be readable by anyone on the path. The sandbox runs on this machine, so
loopback stays allowed for it and for tests.
"""

from __future__ import annotations

import ipaddress

import httpx

from .errors import InsecureUrl


def is_loopback_host(host: str) -> bool:
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str | httpx.URL) -> httpx.URL:
    parsed = httpx.URL(str(url))
    if parsed.scheme == "https" and parsed.host:
        return parsed
    if parsed.scheme == "http" and parsed.host and is_loopback_host(parsed.host):
        return parsed
    raise InsecureUrl(
        f"refusing {parsed.scheme or 'a schemeless'} URL {str(url)!r}: "
        "use https (plain http is allowed on loopback only)"
    )


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)
