"""The invoice PDF arrives in chunks with progress; a broken or oversized body is typed."""

from __future__ import annotations

import httpx
import pytest

from nomos_desk.api import client as client_module
from nomos_desk.api import errors

from .fakes import FakeNomos, FakeTime, run

PDF = b"%PDF-1.7\n" + b"x" * 5000 + b"\n%%EOF\n"


class Chunks(httpx.AsyncByteStream):
    def __init__(self, data: bytes, size: int, fail_after: int | None = None) -> None:
        self.data, self.size, self.fail_after = data, size, fail_after

    async def __aiter__(self):
        for n, i in enumerate(range(0, len(self.data), self.size)):
            if self.fail_after is not None and n == self.fail_after:
                raise httpx.ReadError("connection reset mid-file")
            yield self.data[i:i + self.size]


def storage(data: bytes, size: int = 1024, fail_after: int | None = None,
            length: bool = True) -> FakeNomos:
    fake = FakeNomos()
    fake.routes["/invoices/inv_1/file"] = lambda r: httpx.Response(
        302, headers={"Location": "https://files.example.net/inv_1.pdf?sig=fresh"})
    headers = {"Content-Type": "application/pdf"}
    if length:
        headers["Content-Length"] = str(len(data))
    fake.routes["/inv_1.pdf"] = lambda r: httpx.Response(
        200, headers=headers, stream=Chunks(data, size, fail_after))
    return fake


def fetch(fake: FakeNomos, progress=None) -> bytes:
    async def go():
        async with fake.client(FakeTime()) as client:
            return await client.get_invoice_pdf("inv_1", progress=progress)
    return run(go())


def test_progress_follows_the_chunks_up_to_the_announced_size():
    seen: list[tuple[int, int | None]] = []
    assert fetch(storage(PDF), lambda got, total: seen.append((got, total))) == PDF
    assert len(seen) == -(-len(PDF) // 1024)  # one call per chunk
    assert [got for got, _ in seen] == sorted(got for got, _ in seen)
    assert seen[-1] == (len(PDF), len(PDF))


def test_without_a_length_progress_says_the_total_is_unknown():
    seen: list[tuple[int, int | None]] = []
    fetch(storage(PDF, length=False), lambda got, total: seen.append((got, total)))
    assert seen and all(total is None for _, total in seen)


def test_a_connection_lost_mid_file_is_a_transport_error():
    with pytest.raises(errors.TransportError):
        fetch(storage(PDF, fail_after=2))


def test_a_body_beyond_any_invoice_is_refused_while_it_arrives(monkeypatch):
    monkeypatch.setattr(client_module, "MAX_FILE_BYTES", 2048)
    seen: list[int] = []
    with pytest.raises(errors.UnexpectedResponse) as caught:
        fetch(storage(PDF), lambda got, total: seen.append(got))
    assert "larger" in caught.value.message and max(seen) <= 2048
