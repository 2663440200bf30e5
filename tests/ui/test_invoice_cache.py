"""The per-profile PDF cache: user-only files, a size cap that drops the least recently
shown first, a new document when the status changes, wiped with the profile."""

from __future__ import annotations

import os
import time

from nomos_desk.ui.invoices.pdf_cache import PdfCache

PDF = b"%PDF-1.7\n" + b"x" * 1000


def test_documents_are_user_only_and_found_again(tmp_path):
    cache = PdfCache(tmp_path / "invoices")
    assert cache.get("inv_1", "paid") is None
    path = cache.put("inv_1", "paid", PDF)
    assert cache.get("inv_1", "paid") == path and path.read_bytes() == PDF
    assert path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "invoices").stat().st_mode & 0o777 == 0o700


def test_a_new_status_is_a_new_document_and_the_old_one_goes(tmp_path):
    cache = PdfCache(tmp_path)
    cache.put("inv_1", "open", PDF)
    cache.put("inv_1", "paid", PDF + b"paid")
    assert cache.get("inv_1", "open") is None
    assert cache.get("inv_1", "paid").read_bytes().endswith(b"paid")


def test_the_cap_drops_the_least_recently_shown_first(tmp_path):
    cache = PdfCache(tmp_path, limit=3 * len(PDF))
    for n in range(3):
        path = cache.put(f"inv_{n}", "paid", PDF)
        os.utime(path, (time.time() - 100 + n, time.time() - 100 + n))
    cache.get("inv_0", "paid")  # looked at just now: kept
    cache.put("inv_3", "paid", PDF)
    assert cache.get("inv_1", "paid") is None
    assert all(cache.get(f"inv_{n}", "paid") for n in (0, 2, 3))
    assert cache.size() <= cache.limit


def test_ids_from_the_network_cannot_leave_the_directory(tmp_path):
    cache = PdfCache(tmp_path / "invoices")
    path = cache.put("../../etc/passwd", "../x", PDF)
    assert path.parent == tmp_path / "invoices"
    cache.discard("../../etc/passwd", "../x")
    assert not path.exists()


def test_signing_out_wipes_the_documents(qrun, services_factory):
    services = services_factory()
    path = services.pdfs.put("inv_1", "paid", PDF)
    qrun(services.close(wipe=True))
    assert not path.exists() and not services.pdfs.directory.exists()


def test_closing_without_sign_out_keeps_them(qrun, services_factory):
    services = services_factory()
    path = services.pdfs.put("inv_1", "paid", PDF)
    qrun(services.close())
    assert path.exists()
