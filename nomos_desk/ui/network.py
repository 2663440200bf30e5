"""How requests leave the machine: the proxy of a corporate network and its CA.

The client gets its transport from here (AppController.transport_factory), built
from the settings at each sign-in:

- proxy "system" (default): what the operating system says (HTTP(S)_PROXY and
  NO_PROXY, the Windows Internet settings, macOS network preferences), per request,
  with its bypass list; "none": always direct; "manual": one proxy URL for everything.
  Loopback (the demo sandbox) is always reached directly.
- a CA bundle (PEM) for networks whose IT inspects TLS: its certificates are trusted
  in addition to the usual ones (SSL_CERT_FILE / SSL_CERT_DIR, as httpx reads them, or
  certifi's roots). Verification itself is never switched off.
"""

from __future__ import annotations

import logging
import os
import ssl
import urllib.request
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import certifi
import httpx
from PySide6.QtCore import QCoreApplication

from nomos_desk.api.errors import ConfigurationError

if TYPE_CHECKING:
    from nomos_desk.ui.settings import AppSettings

log = logging.getLogger(__name__)

SYSTEM, NO_PROXY, MANUAL = "system", "none", "manual"
PROXY_SCHEMES = ("http", "https")
LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


def proxy_problem(url: str) -> str | None:
    """Why `url` cannot serve as the manual proxy (None when it can)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in PROXY_SCHEMES or not parts.hostname:
        return QCoreApplication.translate(
            "Network", "Enter the proxy as http://host:port (or https://host:port).")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return QCoreApplication.translate("Network", "The proxy's port is not a number.")
    if parts.username or parts.password:
        return QCoreApplication.translate(
            "Network", "Leave the user name and password out: the settings file is no place "
            "for them. Ask IT for a proxy that needs none, or use the system proxy.")
    return None


def ca_problem(path: str) -> str | None:
    """Why the file at `path` cannot serve as a CA bundle (None when it can, or when no
    file is named: the bundle is optional)."""
    if not path.strip():
        return None
    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cafile=path)
    except FileNotFoundError:
        return QCoreApplication.translate("Network", "There is no file %1.").replace("%1", path)
    except (OSError, ssl.SSLError, ValueError):
        return QCoreApplication.translate(
            "Network", "%1 holds no certificates in PEM format.").replace("%1", path)
    return None


def tls_context(ca_bundle: str = "") -> ssl.SSLContext:
    """The usual trust, chosen as httpx chooses it (SSL_CERT_FILE or SSL_CERT_DIR when
    set, else certifi's roots), plus the organisation's CA bundle if given. Hostnames and
    chains are always checked."""
    if os.environ.get("SSL_CERT_FILE"):
        context = ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
    elif os.environ.get("SSL_CERT_DIR"):
        context = ssl.create_default_context(capath=os.environ["SSL_CERT_DIR"])
    else:
        context = ssl.create_default_context(cafile=certifi.where())
    if ca_bundle.strip():
        try:
            context.load_verify_locations(cafile=ca_bundle.strip())
        except (OSError, ssl.SSLError, ValueError) as exc:
            problem = ca_problem(ca_bundle) or str(exc)
            raise ConfigurationError(QCoreApplication.translate(
                "Network", "The CA bundle cannot be used: %1").replace("%1", problem)) from exc
    return context


class ProxyRouter(httpx.AsyncBaseTransport):
    """Sends each request direct or through the proxy its URL calls for; one pooled
    transport per route, all with the same TLS context."""

    def __init__(self, mode: str, manual_url: str = "", ca_bundle: str = "") -> None:
        self.mode = mode
        self.manual_url = manual_url.strip()
        self.context = tls_context(ca_bundle)
        # Read once per sign-in: urllib knows the environment, the Windows registry and
        # macOS's configuration.
        self.proxies = urllib.request.getproxies() if mode == SYSTEM else {}
        self._bypass: dict[str, bool] = {}
        self._transports: dict[str | None, httpx.AsyncHTTPTransport] = {}

    def route(self, url: httpx.URL) -> str | None:
        """The proxy URL for a request to `url`, or None for a direct connection."""
        host = url.host.lower()
        if host in LOOPBACK or self.mode == NO_PROXY:
            return None
        if self.mode == MANUAL:
            return self.manual_url or None
        proxy = self.proxies.get(url.scheme) or self.proxies.get("all")
        if not proxy:
            return None
        if host not in self._bypass:
            self._bypass[host] = bool(urllib.request.proxy_bypass(host))
        if self._bypass[host]:
            return None
        if urlsplit(proxy).scheme.lower() not in PROXY_SCHEMES:
            log.warning("system proxy %s is not an HTTP proxy; connecting directly", proxy)
            return None
        return proxy

    def transport(self, proxy: str | None) -> httpx.AsyncHTTPTransport:
        if proxy not in self._transports:
            self._transports[proxy] = httpx.AsyncHTTPTransport(
                verify=self.context, trust_env=False,
                proxy=httpx.Proxy(proxy) if proxy else None)
        return self._transports[proxy]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.transport(self.route(request.url)).handle_async_request(request)

    async def aclose(self) -> None:
        transports, self._transports = list(self._transports.values()), {}
        for transport in transports:
            await transport.aclose()


def transport_from(settings: AppSettings) -> ProxyRouter:
    mode = settings.value("proxy")
    manual = settings.value("proxy_url") if mode == MANUAL else ""
    if mode == MANUAL:
        problem = proxy_problem(manual)
        if problem is not None:
            raise ConfigurationError(QCoreApplication.translate(
                "Network", "The proxy setting cannot be used: %1").replace("%1", problem))
    return ProxyRouter(mode, manual, settings.value("ca_bundle"))
