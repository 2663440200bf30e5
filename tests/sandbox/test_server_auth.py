"""OAuth grants, token expiry and rotation, scopes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from nomos_desk.sandbox.app import SandboxConfig
from tests.sandbox_fixtures import RO, RW, SECRET, SyncClient

WRITE_PATHS = ["/leads", "/meter-orders", "/meter-readings", "/grid-fee-reductions"]


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 5, 1, 12, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def anon(app):
    return SyncClient(app, client_id=None)


def test_client_credentials_form_and_json_bodies(sandbox_app):
    client = anon(sandbox_app)
    form = client.post("/oauth/token", auth=(RW, SECRET), data={"grant_type": "client_credentials"})
    as_json = client.post("/oauth/token", auth=(RO, SECRET), json={"grant_type": "client_credentials"})
    assert form.status_code == as_json.status_code == 200
    body = form.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "refresh_token", "scope"}
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
    assert body["scope"] == "read:* write:*" and as_json.json()["scope"] == "read:*"
    assert form.headers["cache-control"] == "no-store"
    client.close()


@pytest.mark.parametrize("auth", [(RW, "wrong"), ("nobody", SECRET), None])
def test_bad_client_credentials_are_401(sandbox_app, auth):
    client = anon(sandbox_app)
    r = client.post("/oauth/token", auth=auth, data={"grant_type": "client_credentials"})
    assert r.status_code == 401 and r.json()["code"] == "UNAUTHORIZED"
    client.close()


def test_malformed_basic_header_and_bad_grant(sandbox_app):
    client = anon(sandbox_app)
    r = client.post("/oauth/token", headers={"Authorization": "Basic !!!"},
                    data={"grant_type": "client_credentials"})
    assert r.status_code == 401
    r = client.post("/oauth/token", auth=(RW, SECRET), data={"grant_type": "password"})
    assert r.status_code == 400 and r.json()["errors"][0]["field"] == "grant_type"
    r = client.post("/oauth/token", auth=(RW, SECRET), data={})
    assert r.status_code == 400
    client.close()


def test_missing_or_bad_bearer_is_401(sandbox_app):
    client = anon(sandbox_app)
    assert client.get("/plans").status_code == 401
    r = client.get("/plans", headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401 and r.json()["code"] == "UNAUTHORIZED"
    client.close()


def test_token_expires_after_ttl(make_sandbox_app):
    clock = FakeClock()
    app = make_sandbox_app(SandboxConfig(token_ttl=60, clock=clock))
    client = SyncClient(app)
    assert client.token["expires_in"] == 60
    assert client.get("/plans").status_code == 200
    clock.now += timedelta(seconds=59)
    assert client.get("/plans").status_code == 200
    clock.now += timedelta(seconds=1)
    r = client.get("/plans")
    assert r.status_code == 401 and "expired" in r.json()["message"]
    client.close()


def test_refresh_issues_new_pair_and_rotates(make_sandbox_app):
    clock = FakeClock()
    app = make_sandbox_app(SandboxConfig(token_ttl=60, clock=clock))
    client = SyncClient(app, client_id=RO)
    old = client.token
    clock.now += timedelta(seconds=120)
    assert client.get("/plans").status_code == 401
    r = client.post("/oauth/token", auth=(RO, SECRET),
                    data={"grant_type": "refresh_token", "refresh_token": old["refresh_token"]})
    assert r.status_code == 200
    new = r.json()
    assert new["access_token"] != old["access_token"]
    assert new["refresh_token"] != old["refresh_token"]
    assert new["scope"] == "read:*"
    client.token = new
    assert client.get("/plans").status_code == 200
    # The spent refresh token is gone: a replay fails.
    again = client.post("/oauth/token", auth=(RO, SECRET),
                        data={"grant_type": "refresh_token", "refresh_token": old["refresh_token"]})
    assert again.status_code == 401
    client.close()


def test_refresh_token_itself_expires(make_sandbox_app):
    clock = FakeClock()
    app = make_sandbox_app(SandboxConfig(token_ttl=60, refresh_ttl=600, clock=clock))
    client = SyncClient(app)
    clock.now += timedelta(seconds=601)
    r = client.post("/oauth/token", auth=(RW, SECRET),
                    data={"grant_type": "refresh_token", "refresh_token": client.token["refresh_token"]})
    assert r.status_code == 401
    client.close()


def test_access_token_is_not_a_refresh_token(sandbox_client):
    r = sandbox_client.post("/oauth/token", auth=(RW, SECRET), json={
        "grant_type": "refresh_token", "refresh_token": sandbox_client.token["access_token"]})
    assert r.status_code == 401


@pytest.mark.parametrize("path", WRITE_PATHS)
def test_read_only_token_gets_403_on_every_write(sandbox_app, path):
    client = SyncClient(sandbox_app, client_id=RO)
    r = client.post(path, json={})
    assert r.status_code == 403 and r.json()["code"] == "FORBIDDEN"
    # Reads work with the same token.
    assert client.get(path).status_code == 200
    client.close()


@pytest.mark.parametrize("path", WRITE_PATHS)
def test_read_write_token_reaches_validation(sandbox_client, path):
    r = sandbox_client.post(path, json={})
    assert r.status_code == 400 and r.json()["errors"][0]["code"] == "invalid_type"


def test_tokens_survive_restart(make_sandbox_app, sandbox_db):
    first = SyncClient(make_sandbox_app())
    second_app = make_sandbox_app(db=sandbox_db)
    second = SyncClient(second_app, client_id=None)
    second.token = first.token
    assert second.get("/plans").status_code == 200
    first.close()
    second.close()


def test_tokens_are_stored_hashed(sandbox_client, sandbox_db):
    import sqlite3
    raw = sqlite3.connect(sandbox_db).execute("SELECT token_hash FROM sandbox_tokens").fetchall()
    assert raw and all(sandbox_client.token["access_token"] not in r[0] for r in raw)
