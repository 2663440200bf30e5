"""Fault injection: faults, rate limit, latency; and the request log."""

from __future__ import annotations

import pytest

from nomos_desk.sandbox.app import SandboxConfig
from nomos_desk.sandbox.faults import RateLimiter
from nomos_desk.sandbox.store import Store
from tests.sandbox.builders import add_subscription
from tests.sandbox_fixtures import SyncClient


class Ticker:
    """A monotonic clock that only moves when told to."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_fault_rate_one_fails_everything_but_health(make_sandbox_app):
    app = make_sandbox_app(SandboxConfig(fault_rate=1.0, fault_seed=7))
    client = SyncClient(app, client_id=None)
    statuses = [client.get("/plans").status_code for _ in range(30)]
    assert set(statuses) <= {500, 502, 503} and len(set(statuses)) > 1
    r = client.get("/plans")
    assert r.json()["code"] in {"INTERNAL_SERVER_ERROR", "BAD_GATEWAY", "SERVICE_UNAVAILABLE"}
    assert client.get("/health").status_code == 200
    assert client.post("/oauth/token", auth=("sandbox-rw", "sandbox"),
                       data={"grant_type": "client_credentials"}).status_code >= 500
    client.close()


def test_faults_are_deterministic_for_a_seed(make_sandbox_app):
    def run():
        app = make_sandbox_app(SandboxConfig(fault_rate=0.5, fault_seed=42))
        client = SyncClient(app, client_id=None)
        out = [client.get("/plans").status_code for _ in range(40)]
        client.close()
        return out
    first, second = run(), run()
    assert first == second
    assert 401 in first and any(s >= 500 for s in first)


def test_write_fault_after_commit_keeps_the_write(make_sandbox_app, sandbox_db):
    store = Store(sandbox_db)
    subs = [add_subscription(store) for _ in range(12)]
    app = make_sandbox_app(SandboxConfig())
    client = SyncClient(app)
    token = client.token
    client.close()
    faulty = make_sandbox_app(SandboxConfig(fault_rate=1.0, fault_seed=3, fault_after_write=0.5))
    client = SyncClient(faulty, client_id=None)
    client.token = token
    for sub in subs:
        assert client.post("/meter-orders", json={"subscription": sub["id"]}).status_code >= 500
    log = [r for r in faulty.state.sandbox.request_log if r["path"] == "/meter-orders"]
    stored = {o["subscription"] for o in store.query(
        "SELECT data FROM objects WHERE kind='meter_order'")}
    after = {r["body"]["subscription"] for r in log if r["fault"] == "after"}
    before = {r["body"]["subscription"] for r in log if r["fault"] == "before"}
    assert after and before
    assert after <= stored and not (before & stored)
    client.close()


def test_rate_limit_answers_429_with_retry_after(make_sandbox_app):
    ticker = Ticker()
    app = make_sandbox_app(SandboxConfig(rate_limit=3, monotonic=ticker))
    client = SyncClient(app)  # the token request counts against the Basic credentials
    codes = [client.get("/plans").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    r = client.get("/plans")
    assert r.status_code == 429 and r.json()["code"] == "TOO_MANY_REQUESTS"
    assert int(r.headers["retry-after"]) >= 1
    ticker.t += 1.0
    assert client.get("/plans").status_code == 200
    # Another client has its own budget.
    other = SyncClient(app, client_id="sandbox-ro")
    assert other.get("/plans").status_code == 200
    client.close()
    other.close()


def test_rate_limiter_retry_after_counts_down():
    ticker = Ticker()
    limiter = RateLimiter(SandboxConfig(rate_limit=1, monotonic=ticker))
    assert limiter.retry_after("k") is None
    ticker.t += 0.2
    assert limiter.retry_after("k") == 1
    ticker.t += 0.81
    assert limiter.retry_after("k") is None


def test_latency_and_jitter_are_applied(monkeypatch, make_sandbox_app):
    slept = []

    async def fake_sleep(seconds):
        slept.append(seconds)

    monkeypatch.setattr("nomos_desk.sandbox.faults.asyncio.sleep", fake_sleep)
    app = make_sandbox_app(SandboxConfig(latency_ms=100, jitter_ms=50, fault_seed=1))
    client = SyncClient(app)
    client.get("/plans")
    client.get("/health")
    assert len(slept) == 2  # token + /plans; /health is exempt
    assert all(0.1 <= s <= 0.15 for s in slept) and slept[0] != slept[1]
    client.close()


def test_request_log_records_writes_and_clients(sandbox_client, sandbox_app):
    sandbox_client.post("/meter-orders", json={"subscription": "sub_nope"})
    sandbox_client.get("/plans", params={"limit": 2})
    log = sandbox_app.state.sandbox.request_log
    token, write, read = log[-3:]
    assert token["path"] == "/oauth/token" and token["client_id"] == "sandbox-rw"
    assert write["method"] == "POST" and write["status"] == 404
    assert write["body"] == {"subscription": "sub_nope"} and write["client_id"] == "sandbox-rw"
    assert read["query"] == "limit=2" and read["body"] is None and read["status"] == 200
    assert all(r["request_id"] for r in log)


def test_request_log_over_http(sandbox_client, sandbox_app):
    sandbox_client.get("/plans")
    r = sandbox_client.get("/_sandbox/requests")
    items = r.json()["items"]
    assert [i["path"] for i in items][-1] == "/plans"
    assert sandbox_client.request("DELETE", "/_sandbox/requests").status_code == 204
    assert sandbox_app.state.sandbox.request_log == []


def test_request_log_is_bounded(make_sandbox_app):
    app = make_sandbox_app(SandboxConfig(request_log_max=5))
    client = SyncClient(app)
    for _ in range(10):
        client.get("/health")
    assert len(app.state.sandbox.request_log) == 5
    client.close()


def test_sandbox_only_paths_are_exempt_from_faults(make_sandbox_app, monkeypatch):
    from nomos_desk.sandbox.middleware import is_sandbox_only
    app = make_sandbox_app(SandboxConfig(fault_rate=1.0, rate_limit=1, fault_seed=1))
    client = SyncClient(app, client_id=None)
    assert all(client.get("/health").status_code == 200 for _ in range(5))
    assert all(client.get("/_sandbox/requests").status_code == 200 for _ in range(5))
    client.close()
    assert is_sandbox_only("/health") and is_sandbox_only("/_files/invoices/x.pdf")
    assert is_sandbox_only("/_sandbox/requests") and not is_sandbox_only("/plans")


@pytest.mark.parametrize("version,code", [("2026-01-29.edison", "upgrade_api_version"),
                                          ("1999-01-01.nope", "invalid_value")])
def test_other_api_versions_are_400(sandbox_client, version, code):
    r = sandbox_client.get("/plans", headers={"X-API-Version": version})
    assert r.status_code == 400 and r.json()["errors"][0]["code"] == code
    assert r.headers["x-api-version"] == "2026-05-27.curie"
