"""Client construction and plumbing: URL safety, headers, the PDF redirect, no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from nomos_desk.api import DEFAULT_BASE_URL, NomosClient, check_url, errors

from .fakes import FakeNomos, FakeTime, envelope, run

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.mark.parametrize("url", ["http://api.nomos.energy", "http://10.0.0.5:8765",
                                 "http://127.0.0.1.example.net", "HTTP://Api.Nomos.Energy/"])
def test_plain_http_off_loopback_is_refused(url):
    with pytest.raises(errors.InsecureUrl) as caught:
        NomosClient(url, "client_1", lambda: "s")
    assert "https" in caught.value.message


@pytest.mark.parametrize(("url", "says"), [
    ("api.nomos.energy", "starts with https://"),
    ("ftp://api.nomos.energy", "starts with https://"),
    ("http://", "starts with https://"),
    ("", "starts with https://"),
    ("https://[::1", "not a URL"),
    ("https://xn--a.com", "not a URL"),
    ("https://api.nomos.energy/\ud800", "not a URL"),
    ("https://staff:pa55@api.nomos.energy", "user name and password"),
])
def test_check_url_is_the_forms_rule_with_plain_messages(url, says):
    """The sign-in form validates with the client's own rule: a typed error whose
    message a person can act on, never an httpx or codec exception."""
    with pytest.raises(errors.InvalidUrl) as caught:
        check_url(url)
    message = caught.value.message
    assert says in message and "pa55" not in message and "Error" not in message
    assert isinstance(caught.value, errors.ConfigurationError)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765", "http://localhost:1", "http://[::1]:80",
                                 "https://api.nomos.energy", DEFAULT_BASE_URL])
def test_https_and_loopback_http_are_accepted(url):
    NomosClient(url, "client_1", lambda: "s")
    assert check_url(f"  {url} ").scheme in ("http", "https")


def test_construction_needs_an_id_and_a_callable_secret():
    with pytest.raises(errors.ConfigurationError):
        NomosClient(DEFAULT_BASE_URL, "", lambda: "s")
    with pytest.raises(errors.ConfigurationError):
        NomosClient(DEFAULT_BASE_URL, "client_1", "plain-string-secret")  # type: ignore[arg-type]


def test_every_request_pins_the_version_and_gui_timeouts_are_short():
    fake = FakeNomos(routes={"/events/evt_1": lambda r: httpx.Response(200, json={"id": "evt_1"})})

    async def go():
        async with fake.client(FakeTime()) as client:
            await client.get_event("evt_1")
            return client._http.client.timeout

    timeout = run(go())
    assert [s.headers["X-API-Version"] for s in fake.seen] == ["2026-05-27.curie"] * 2
    assert timeout.connect <= 5 and timeout.read <= 10


def test_ids_cannot_change_the_route():
    fake = FakeNomos()

    async def go():
        async with fake.client(FakeTime()) as client:
            with pytest.raises(errors.NotFound):
                await client.get_customer("../plans/pln_1")

    run(go())
    assert fake.seen[-1].raw_path == "/customers/..%2Fplans%2Fpln_1"


def test_invoice_pdf_follows_the_redirect_without_leaking_the_token():
    fake = FakeNomos()
    fake.routes["/invoices/inv_1/file"] = lambda r: httpx.Response(
        302, headers={"Location": "https://files.example.net/inv_1.pdf?sig=abc"})
    fake.routes["/inv_1.pdf"] = lambda r: httpx.Response(200, content=PDF)

    async def go():
        async with fake.client(FakeTime()) as client:
            return await client.get_invoice_pdf("inv_1")

    assert run(go()) == PDF
    api, storage = fake.calls("/invoices/inv_1/file")[0], fake.calls("/inv_1.pdf")[0]
    assert api.headers["Authorization"].startswith("Bearer ")
    assert "Authorization" not in storage.headers
    assert storage.query == {"sig": ["abc"]}


def test_invoice_pdf_on_the_same_origin_keeps_the_token():
    fake = FakeNomos()
    fake.routes["/invoices/inv_1/file"] = lambda r: httpx.Response(
        302, headers={"Location": "/_files/inv_1.pdf"})
    fake.routes["/_files/inv_1.pdf"] = lambda r: httpx.Response(200, content=PDF)

    async def go():
        async with fake.client(FakeTime()) as client:
            return await client.get_invoice_pdf("inv_1")

    assert run(go()) == PDF
    assert fake.calls("/_files/inv_1.pdf")[0].headers["Authorization"].startswith("Bearer ")


@pytest.mark.parametrize("location", [
    None, b"", b"http://files.example.net/x.pdf", b"javascript:alert(1)", b"ftp://files/x.pdf",
    b"file:///etc/passwd", b"data:application/pdf;base64,JVBERi0=", b"https://[::1/x.pdf",
    b"https://xn--a.com/x.pdf", "https://f\u00efles.example.net/x.pdf".encode(),
    b"https://files.example.net/\xff.pdf", b"https://files.example.net/x\x01.pdf",
])
def test_invoice_pdf_refuses_unsafe_or_broken_redirects_with_a_typed_error(location):
    fake = FakeNomos()
    headers = [(b"X-Request-Id", b"req_file")]
    headers += [(b"Location", location)] if location is not None else []
    fake.routes["/invoices/inv_1/file"] = lambda r: httpx.Response(302, headers=headers)

    async def go():
        async with fake.client(FakeTime()) as client:
            await client.get_invoice_pdf("inv_1")

    with pytest.raises(errors.UnexpectedResponse) as caught:
        run(go())
    assert caught.value.request_id == "req_file" and "redirect" in caught.value.message
    assert [s.path for s in fake.seen] == ["/oauth/token", "/invoices/inv_1/file"]


def test_invoice_pdf_errors_come_back_typed_where_the_server_negotiates_content():
    """A server following the spec answers an error as JSON only to a client that accepts
    JSON; to one that accepts nothing but a PDF it can only redirect to an error page."""
    fake = FakeNomos()

    def file(request: httpx.Request) -> httpx.Response:
        if "application/json" in request.headers["Accept"]:
            return httpx.Response(404, json=envelope("NOT_FOUND", "No such invoice",
                                                     request_id="req_nf"))
        return httpx.Response(302, headers={"Location": "https://errors.example.net/404.html"})

    fake.routes["/invoices/inv_gone/file"] = file
    fake.routes["/404.html"] = lambda r: httpx.Response(200, text="<html>not found</html>")

    async def go():
        async with fake.client(FakeTime()) as client:
            await client.get_invoice_pdf("inv_gone")

    with pytest.raises(errors.NotFound) as caught:
        run(go())
    assert caught.value.request_id == "req_nf"
    assert fake.calls("/invoices/inv_gone/file")[0].headers["Accept"].startswith("application/pdf")


def test_invoice_pdf_redirect_loops_and_storage_refusals_are_typed():
    fake = FakeNomos()
    fake.routes["/invoices/inv_1/file"] = lambda r: httpx.Response(
        302, headers={"Location": "/invoices/inv_1/file", "X-Request-Id": "req_loop"})
    fake.routes["/invoices/inv_2/file"] = lambda r: httpx.Response(
        302, headers={"Location": "https://files.example.net/inv_2.pdf?sig=old"})
    fake.routes["/inv_2.pdf"] = lambda r: httpx.Response(
        403, text="<?xml version='1.0'?><Error><Code>AccessDenied</Code></Error>",
        headers={"X-Request-Id": "req_storage"})

    async def go():
        async with fake.client(FakeTime()) as client:
            with pytest.raises(errors.UnexpectedResponse) as loop:
                await client.get_invoice_pdf("inv_1")
            with pytest.raises(errors.Forbidden) as expired:
                await client.get_invoice_pdf("inv_2")
            return loop.value, expired.value

    loop, expired = run(go())
    assert loop.request_id == "req_loop" and "too many redirects" in loop.message
    assert expired.request_id == "req_storage" and "<" not in expired.message


def test_a_non_pdf_answer_is_not_handed_to_the_viewer():
    fake = FakeNomos()
    fake.routes["/invoices/inv_1/file"] = lambda r: httpx.Response(
        302, headers={"Location": "https://files.example.net/x.pdf"})
    fake.routes["/x.pdf"] = lambda r: httpx.Response(200, text="<html>login</html>")

    async def go():
        async with fake.client(FakeTime()) as client:
            await client.get_invoice_pdf("inv_1")

    with pytest.raises(errors.UnexpectedResponse):
        run(go())


def test_importing_the_api_package_does_not_import_qt():
    code = ("import sys, nomos_desk.api, nomos_desk.api.client, nomos_desk.api.models; "
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'PyQt5', 'PyQt6', 'shiboken6', 'qasync', 'pyqtgraph')); "
            "print(','.join(bad)); sys.exit(1 if bad else 0)")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, f"Qt imported by nomos_desk.api: {done.stdout}{done.stderr}"


@pytest.mark.parametrize("day", ["2026-13-01", "yesterday", "2026-05-27\ud800", ""])
def test_a_date_that_is_none_is_refused_before_sending(day):
    fake = FakeNomos()

    async def go():
        async with fake.client(FakeTime()) as client:
            await client.get_prices("sub_1", "2026-05-01", day)

    with pytest.raises(errors.InvalidArgument) as caught:
        run(go())
    assert isinstance(caught.value, ValueError)  # callers that guard with ValueError still do
    assert fake.seen == []
