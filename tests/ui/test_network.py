"""Proxy and CA settings reach the client: real TLS handshakes against the sandbox served
with a certificate from a private CA, through a real CONNECT proxy."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from nomos_desk.api import errors as E
from nomos_desk.sandbox.server import serve_in_thread
from nomos_desk.ui.network import MANUAL, NO_PROXY, SYSTEM, ProxyRouter
from nomos_desk.ui.profiles import Profile
from nomos_desk.ui.session import AppController
from nomos_desk.ui.settings_dialog import SettingsDialog

INSPECTED_HOST = "api.nomos.test"  # resolvable by nobody: only the proxy gets there


@pytest.fixture(scope="module")
def ca():
    trustme = pytest.importorskip("trustme", reason="trustme (a dev dependency) is not installed")
    return trustme.CA()


@pytest.fixture
def ca_file(ca, tmp_path):
    path = tmp_path / "corporate-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def tls_sandbox(ca, sandbox_db, tmp_path):
    """The sandbox on loopback over TLS, as a TLS-inspecting network presents it: with a
    certificate from a CA that only the organisation's bundle knows."""
    pem = tmp_path / "server.pem"
    ca.issue_cert("localhost", "127.0.0.1", INSPECTED_HOST).private_key_and_cert_chain_pem \
        .write_to_path(str(pem))
    with serve_in_thread(sandbox_db, certificate=pem) as handle:
        yield handle


class TunnelProxy:
    """A forward proxy that speaks CONNECT only. It records each target and connects to
    `upstream` instead of resolving the name, so a request can only succeed through it."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.targets: list[str] = []
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._serve, name="tunnel-proxy", daemon=True)
        self.port = 0

    def _serve(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.server = self.loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = self.server.sockets[0].getsockname()[1]
        self.ready.set()
        self.loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        method, target, _ = head.split(b"\r\n", 1)[0].decode("ascii").split(" ", 2)
        if method != "CONNECT":
            writer.write(b"HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n")
            writer.close()
            return
        self.targets.append(target)
        up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except ConnectionError:
                pass
            finally:
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    def __enter__(self) -> TunnelProxy:
        self.thread.start()
        self.ready.wait(5)
        return self

    def __exit__(self, *exc: object) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture
def proxy(tls_sandbox):
    with TunnelProxy((tls_sandbox.host, tls_sandbox.port)) as running:
        yield running


@pytest.fixture
def controller(app_paths, app_settings, memory_keyring):
    # No transport_factory: the app's own, built from the settings, is what is tested.
    return AppController(app_paths, app_settings)


@pytest.fixture(autouse=True)
def no_proxy_from_the_test_machine(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def connect(qrun, controller, base_url: str):
    profile = Profile(name="Inspected", base_url=base_url, client_id="sandbox-rw")

    async def go():
        connected = await controller.connect_profile(profile, "sandbox")
        scopes = connected.client.scopes
        await connected.client.aclose()
        connected.monitor.close()
        return scopes

    return qrun(go(), timeout=20000)


def test_without_the_ca_bundle_the_inspected_connection_is_refused(qrun, controller, tls_sandbox):
    with pytest.raises(E.TlsError):
        connect(qrun, controller, f"https://localhost:{tls_sandbox.port}")


def test_the_ca_bundle_setting_reaches_the_client(qrun, controller, app_settings, tls_sandbox,
                                                  ca_file):
    app_settings.set_value("ca_bundle", str(ca_file))
    scopes = connect(qrun, controller, f"https://localhost:{tls_sandbox.port}")
    assert "write:*" in scopes  # signed in over TLS checked against the organisation's CA


def test_a_manual_proxy_carries_the_connection(qrun, controller, app_settings, proxy, ca_file):
    app_settings.set_value("ca_bundle", str(ca_file))
    app_settings.set_value("proxy", MANUAL)
    app_settings.set_value("proxy_url", proxy.url)
    assert "write:*" in connect(qrun, controller, f"https://{INSPECTED_HOST}")
    assert proxy.targets and set(proxy.targets) == {f"{INSPECTED_HOST}:443"}


def test_the_system_proxy_is_the_default(qrun, controller, app_settings, proxy, ca_file,
                                         monkeypatch):
    assert app_settings.value("proxy") == SYSTEM
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    app_settings.set_value("ca_bundle", str(ca_file))
    assert "write:*" in connect(qrun, controller, f"https://{INSPECTED_HOST}")
    assert proxy.targets == [f"{INSPECTED_HOST}:443"]


def test_an_unusable_manual_proxy_fails_the_sign_in_with_a_message(qrun, controller,
                                                                   app_settings):
    app_settings.qsettings.setValue("settings/proxy", MANUAL)
    app_settings.qsettings.setValue("settings/proxy_url", "socks5://proxy.corp:1080")
    with pytest.raises(E.ConfigurationError, match="proxy"):
        connect(qrun, controller, "https://api.nomos.energy")


@pytest.mark.parametrize(("mode", "url", "expected"), [
    (SYSTEM, "https://api.nomos.energy/plans", "http://proxy.corp:3128"),
    (SYSTEM, "https://intranet.corp/x", None),            # NO_PROXY
    (SYSTEM, "http://127.0.0.1:8765/plans", None),         # the demo sandbox: always direct
    (NO_PROXY, "https://api.nomos.energy/plans", None),    # the environment is ignored
    (MANUAL, "https://api.nomos.energy/plans", "http://manual.corp:8080"),
    (MANUAL, "http://localhost:8765/health", None),
])
def test_routes(monkeypatch, mode, url, expected):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:3128")
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.corp:3128")
    monkeypatch.setenv("NO_PROXY", "intranet.corp")
    router = ProxyRouter(mode, "http://manual.corp:8080")
    assert router.route(httpx.URL(url)) == expected


def test_settings_refuse_a_proxy_or_ca_that_cannot_work(qtbot, app_settings, tmp_path, ca_file):
    dialog = SettingsDialog(app_settings)
    qtbot.addWidget(dialog)
    dialog.editors["proxy"].setCurrentIndex(dialog.editors["proxy"].findData(MANUAL))
    assert dialog.editors["proxy_url"].isEnabled()
    for url in ("", "proxy.corp:3128", "http://ida:hunter2@proxy.corp:3128"):
        dialog.editors["proxy_url"].setText(url)
        dialog.accept()
        assert dialog.result() != dialog.DialogCode.Accepted
        assert dialog.problems["proxy_url"].isVisibleTo(dialog), url
    assert app_settings.value("proxy") == SYSTEM  # nothing stored while anything is wrong

    dialog.editors["proxy_url"].setText("http://proxy.corp:3128")
    dialog.editors["ca_bundle"].setText(str(tmp_path / "missing.pem"))
    dialog.accept()
    assert "missing.pem" in dialog.problems["ca_bundle"].text()
    not_pem = tmp_path / "not.pem"
    not_pem.write_text("hello")
    dialog.editors["ca_bundle"].setText(str(not_pem))
    dialog.accept()
    assert "PEM" in dialog.problems["ca_bundle"].text()

    dialog.editors["ca_bundle"].setText(str(ca_file))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (app_settings.value("proxy"), app_settings.value("proxy_url"),
            app_settings.value("ca_bundle")) == (MANUAL, "http://proxy.corp:3128", str(ca_file))


def test_the_sign_in_opens_the_network_page(qtbot, controller):
    """Behind a proxy the first sign-in fails until these are set: the sign-in leads there."""
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = controller.network_settings(parent)
    assert dialog.isVisible()
    assert dialog.pages.tabText(dialog.pages.currentIndex()) == "Network"
    assert dialog.caches is None  # no session yet: settings only
    dialog.close()
