"""Invoice PDFs: GET /invoices/{id}/file redirects to a signed, expiring URL
that the sandbox serves itself, as Nomos redirects to its file storage."""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from .auth import authenticate
from .errors import ApiError
from .routes_read import fetch

FILE_PREFIX = "/_files/invoices/"


def _signature(secret: bytes, invoice_id: str, expires: int) -> str:
    # Domain-separated from cursor signatures that share the per-db secret.
    message = f"invoice-file:{invoice_id}:{expires}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


async def invoice_file(request: Request) -> Response:
    authenticate(request)
    sandbox = request.app.state.sandbox
    invoice = fetch(request, "invoice", "Invoice")
    now = sandbox.config.clock()
    expires = int((now + timedelta(seconds=sandbox.config.file_url_ttl)).timestamp())
    sig = _signature(sandbox.cursor_secret, invoice["id"], expires)
    base = str(request.base_url).rstrip("/")
    url = f"{base}{FILE_PREFIX}{invoice['id']}.pdf?expires={expires}&signature={sig}"
    return RedirectResponse(url, status_code=302)


async def signed_file(request: Request) -> Response:
    sandbox = request.app.state.sandbox
    invoice_id = request.path_params["name"].removesuffix(".pdf")
    try:
        expires = int(request.query_params.get("expires", ""))
    except ValueError:
        raise ApiError(403, "The file link is invalid") from None
    expected = _signature(sandbox.cursor_secret, invoice_id, expires)
    if not hmac.compare_digest(expected, request.query_params.get("signature", "")):
        raise ApiError(403, "The file link is invalid")
    if sandbox.config.clock().timestamp() >= expires:
        raise ApiError(403, "The file link has expired; request GET /invoices/{id}/file again")
    invoice = fetch(request, "invoice", "Invoice", invoice_id)
    pdf = sandbox.data.invoice_pdf(invoice)
    return Response(pdf, media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="{invoice.get("invoice_number") or invoice_id}.pdf"'})


def routes() -> list[Route]:
    return [
        Route("/invoices/{id}/file", invoice_file, methods=["GET"]),
        Route(FILE_PREFIX + "{name}", signed_file, methods=["GET"]),
    ]
