"""The fault mix: random 429s, dropped connections, slow answers after a committed
write, the runtime switch GET/PUT /_sandbox/faults with its presets, and the CLI flags."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from typing import Any

import httpx
import pytest

from nomos_desk.sandbox import cli, fault_mix
from nomos_desk.sandbox.app import SandboxConfig
from nomos_desk.sandbox.server import serve_in_thread
from nomos_desk.sandbox.store import Store
from tests.sandbox.bad_input import assert_refused
from tests.sandbox.builders import add_subscription
from tests.sandbox_fixtures import SyncClient

FLAKY = {"latency_ms": 200.0, "jitter_ms": 200.0, "fault_rate": 0.10, "fault_429_rate": 0.05,
         "fault_drop_rate": 0.03, "fault_slow_write_rate": 0.0}


def outcome(client: SyncClient, method: str = "GET", path: str = "/plans",
            **kwargs: Any) -> str:
    """The status as text, or "dropped" when the connection was cut."""
    try:
        return str(client.request(method, path, **kwargs).status_code)
    except httpx.RemoteProtocolError:
        return "dropped"


def orders_of(store: Store, sub: dict[str, Any]) -> list[dict[str, Any]]:
    return store.query("SELECT data FROM objects WHERE kind = 'meter_order' AND "
                       "json_extract(data, '$.subscription') = ?", [sub["id"]])


def wait_until(predicate: Any, limit: float = 10.0) -> None:
    """Polls; nothing is asserted about the time it takes."""
    deadline = time.monotonic() + limit
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.01)


# -- 429 and the shares ------------------------------------------------------------------
def test_injected_429_carries_retry_after_and_the_envelope(make_sandbox_app):
    app = make_sandbox_app(SandboxConfig(fault_429_rate=1.0, fault_retry_after_s=2,
                                         fault_seed=1))
    client = SyncClient(app, client_id=None)
    r = client.get("/plans")
    body = assert_refused(r, 429)
    assert r.headers["retry-after"] == "2" and body["code"] == "TOO_MANY_REQUESTS"
    assert app.state.sandbox.request_log[-1]["fault"] == "throttled"
    assert client.get("/health").status_code == 200
    client.close()


def test_one_die_splits_requests_by_the_shares_and_repeats_for_a_seed(make_sandbox_app):
    def run() -> list[str]:
        app = make_sandbox_app(SandboxConfig(fault_rate=0.2, fault_429_rate=0.2,
                                             fault_drop_rate=0.2, fault_seed=11))
        client = SyncClient(app, client_id=None)  # a clean answer is the 401
        out = [outcome(client) for _ in range(300)]
        client.close()
        return out

    first = run()
    assert first == run()
    counts = Counter("5xx" if s in ("500", "502", "503") else s for s in first)
    assert set(counts) == {"401", "5xx", "429", "dropped"}
    for kind in ("5xx", "429", "dropped"):
        assert 30 < counts[kind] < 90, counts  # 60 expected of each


# -- dropped connections -----------------------------------------------------------------
def test_a_drop_in_process_raises_what_httpx_raises_for_a_hang_up(make_sandbox_app):
    app = make_sandbox_app(SandboxConfig(fault_drop_rate=1.0, fault_seed=2))
    client = SyncClient(app, client_id=None)
    with pytest.raises(httpx.RemoteProtocolError) as caught:
        client.get("/plans")
    assert isinstance(caught.value, httpx.TransportError) and caught.value.request.url.path == "/plans"
    record = app.state.sandbox.request_log[-1]
    assert (record["status"], record["fault"]) == (0, "dropped_before")
    assert client.get("/_sandbox/requests").status_code == 200  # sandbox-only: never dropped
    client.close()


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_a_drop_over_loopback_is_a_transport_error_never_a_500(make_sandbox_app):
    app = make_sandbox_app(SandboxConfig(fault_seed=4))
    uvicorn_errors = Records()  # uvicorn's loggers do not propagate to pytest's capture
    with serve_in_thread(app) as server, httpx.Client(base_url=server.base_url) as http:
        logging.getLogger("uvicorn.error").addHandler(uvicorn_errors)
        try:
            switched = http.put("/_sandbox/faults", json={"fault_drop_rate": 1.0})
            assert switched.status_code == 200 and switched.json()["fault_drop_rate"] == 1.0
            for _ in range(3):
                with pytest.raises(httpx.RemoteProtocolError):
                    http.get("/plans")
            assert http.put("/_sandbox/faults", json={"preset": "off"}).json()["preset"] == "off"
            assert http.get("/plans").status_code == 401  # the connection pool recovered
        finally:
            logging.getLogger("uvicorn.error").removeHandler(uvicorn_errors)
    drops = [r for r in app.state.sandbox.request_log if r["fault"] == "dropped_before"]
    assert len(drops) == 3 and {r["status"] for r in drops} == {0}
    assert not any("Exception in ASGI" in m for m in uvicorn_errors.messages)  # no crash


@pytest.mark.parametrize("after,kept", [(1.0, True), (0.0, False)])
def test_a_dropped_write_commits_before_or_not_at_all(make_sandbox_app, sandbox_db, after,
                                                      kept):
    store = Store(sandbox_db)
    sub = add_subscription(store)
    app = make_sandbox_app(SandboxConfig(fault_after_write=after, fault_seed=5))
    client = SyncClient(app)  # token first, then the drops
    app.state.sandbox.config.fault_drop_rate = 1.0
    assert outcome(client, "POST", "/meter-orders", json={"subscription": sub["id"]}) == "dropped"
    assert len(orders_of(store, sub)) == (1 if kept else 0)
    record = app.state.sandbox.request_log[-1]
    assert record["fault"] == ("dropped_after" if kept else "dropped_before")
    assert record["body"] == {"subscription": sub["id"]}
    client.close()


# -- slow answers after commit -----------------------------------------------------------
def test_a_slow_write_commits_at_once_and_answers_after_the_client_gave_up(make_sandbox_app,
                                                                           sandbox_db):
    store = Store(sandbox_db)
    sub = add_subscription(store)
    app = make_sandbox_app(SandboxConfig(fault_slow_write_rate=1.0, fault_slow_write_s=1.0))
    with serve_in_thread(app) as server, httpx.Client(base_url=server.base_url,
                                                      timeout=httpx.Timeout(0.2)) as http:
        token = http.post("/oauth/token", auth=("sandbox-rw", "sandbox"),
                          data={"grant_type": "client_credentials"})
        assert token.status_code == 200  # token requests are never slowed
        bearer = {"Authorization": f"Bearer {token.json()['access_token']}"}
        assert http.get("/plans", headers=bearer).status_code == 200  # reads neither
        with pytest.raises(httpx.ReadTimeout):
            http.post("/meter-orders", json={"subscription": sub["id"]}, headers=bearer)
        assert len(orders_of(store, sub)) == 1  # committed while the answer was held back
        wait_until(lambda: any(r["fault"] == "slow_after_commit"
                               for r in app.state.sandbox.request_log))
    record = next(r for r in app.state.sandbox.request_log if r["path"] == "/meter-orders")
    assert (record["status"], record["fault"]) == (200, "slow_after_commit")


def test_a_slow_write_in_process_can_be_given_up_on(make_sandbox_app, sandbox_db):
    store = Store(sandbox_db)
    sub = add_subscription(store)
    app = make_sandbox_app(SandboxConfig(fault_slow_write_rate=1.0, fault_slow_write_s=30))
    client = SyncClient(app)
    post = client.http.post("/meter-orders", json={"subscription": sub["id"]},
                            headers={"Authorization": f"Bearer {client.token['access_token']}"})
    with pytest.raises(TimeoutError):
        client.loop.run_until_complete(asyncio.wait_for(post, 0.2))
    assert len(orders_of(store, sub)) == 1
    client.close()


# -- the runtime switch ------------------------------------------------------------------
def test_faults_endpoint_reads_and_switches_presets(sandbox_client, sandbox_app):
    config = sandbox_app.state.sandbox.config
    off = sandbox_client.get("/_sandbox/faults").json()
    assert off["preset"] == "off" and off["presets"] == ["off", "flaky"]
    assert off["fault_rate"] == off["fault_drop_rate"] == off["latency_ms"] == 0
    flaky = sandbox_client.request("PUT", "/_sandbox/faults", json={"preset": "flaky"}).json()
    assert flaky["preset"] == "flaky" and {k: flaky[k] for k in FLAKY} == FLAKY
    assert (config.fault_rate, config.fault_429_rate, config.fault_drop_rate) == (0.1, 0.05, 0.03)
    assert sandbox_client.get("/_sandbox/faults").json() == flaky
    custom = sandbox_client.request("PUT", "/_sandbox/faults",
                                    json={"preset": "flaky", "latency_ms": 0, "jitter_ms": 0,
                                          "fault_rate": 0.5}).json()
    assert custom["preset"] is None and custom["fault_rate"] == 0.5
    assert custom["fault_429_rate"] == 0.05  # the rest from the preset it started from
    statuses = Counter(outcome(sandbox_client) for _ in range(60))
    assert statuses["200"] and len(statuses) > 1
    sandbox_client.request("PUT", "/_sandbox/faults", json={"preset": "off"})
    assert {outcome(sandbox_client) for _ in range(20)} == {"200"}


def test_a_put_replaces_the_whole_mix(sandbox_client):
    sandbox_client.request("PUT", "/_sandbox/faults", json={"preset": "flaky"})
    mix = sandbox_client.request("PUT", "/_sandbox/faults", json={"fault_429_rate": 0.5}).json()
    assert mix["fault_429_rate"] == 0.5 and mix["fault_rate"] == 0 and mix["latency_ms"] == 0


@pytest.mark.parametrize("body", [
    {"preset": "stormy"}, {"preset": None}, {"fault_rate": 1.5}, {"fault_rate": -0.1},
    {"fault_rate": "0.1"}, {"fault_drop_rate": True}, {"latency_ms": -1}, {"jitter_ms": 1e9},
    {"fault_rate": 0.6, "fault_429_rate": 0.6}, {"preset": "flaky", "fault_rate": 0.95},
    {"surprise": 1}, {"fault_retry_after_s": 1.5}, {"fault_retry_after_s": 0},
    {"fault_slow_write_s": 0}, {"rate_limit": 0}, {"rate_limit": "fast"}, [], "flaky", 3,
])
def test_faults_endpoint_refuses_nonsense_and_keeps_the_mix(sandbox_client, body):
    before = sandbox_client.get("/_sandbox/faults").json()
    assert_refused(sandbox_client.request("PUT", "/_sandbox/faults", json=body), 400)
    assert sandbox_client.get("/_sandbox/faults").json() == before


def test_faults_endpoint_refuses_other_methods_and_empty_bodies(sandbox_client):
    assert_refused(sandbox_client.request("DELETE", "/_sandbox/faults"), 405)
    assert_refused(sandbox_client.request("PUT", "/_sandbox/faults"), 400)
    assert_refused(sandbox_client.request("PUT", "/_sandbox/faults", content=b"{nope"), 400)


def test_presets_are_valid_mixes():
    for name in fault_mix.PRESETS:
        assert fault_mix.check({"preset": name}) == []
    assert {k: fault_mix.PRESETS["flaky"][k] for k in FLAKY} == FLAKY


# -- the command line --------------------------------------------------------------------
def test_cli_fault_flags_build_the_mix():
    args = cli.parse_args(["--faults", "flaky", "--fault-drop-rate", "0.05",
                           "--fault-slow-write-rate", "0.01", "--fault-slow-write-s", "12",
                           "--fault-retry-after-s", "3", "--fault-seed", "9"])
    assert args.fault_mix == {**fault_mix.PRESETS["flaky"], "fault_drop_rate": 0.05,
                              "fault_slow_write_rate": 0.01, "fault_slow_write_s": 12.0,
                              "fault_retry_after_s": 3}
    assert cli.parse_args([]).fault_mix == fault_mix.PRESETS["off"]


@pytest.mark.parametrize("argv", [["--fault-429-rate", "1.5"], ["--faults", "stormy"],
                                  ["--fault-rate", "0.6", "--fault-drop-rate", "0.6"],
                                  ["--fault-slow-write-s", "0"], ["--latency-ms", "-5"]])
def test_cli_refuses_impossible_fault_mixes(argv, capsys):
    with pytest.raises(SystemExit):
        cli.parse_args(argv)
    assert "--" in capsys.readouterr().err


def test_cli_starts_with_the_mix_and_quiet_drops(monkeypatch, sandbox_db):
    seen: dict[str, Any] = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kwargs: seen.update(app=app, **kwargs))
    assert cli.main(["--db", str(sandbox_db), "--faults", "flaky", "--fault-seed", "3"]) == 0
    config = seen["app"].state.sandbox.config
    assert fault_mix.current(config)["preset"] == "flaky" and config.fault_seed == 3
    assert seen["h11_max_incomplete_event_size"] >= 1024 * 1024
    assert any(type(f).__name__ == "_QuietDrops"
               for f in logging.getLogger("uvicorn.error").filters)
