"""One app per user and data directory: a second start hands its id over and ends."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from nomos_desk.ui.links import LINK_TASK, Links, record_of
from nomos_desk.ui.session import AppController
from nomos_desk.ui.single_instance import (
    LOCK_FILE,
    InstanceLock,
    InstanceServer,
    hand_over,
    server_name,
)

from .session_helpers import fill_and_sign_in, running, wait_for_dialog, wait_for_window

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def primary(qtbot, app_paths):
    """What the first start holds: the lock on the data and the listening socket."""
    lock = InstanceLock(app_paths.data_dir / LOCK_FILE)
    assert lock.acquire()
    server = InstanceServer(server_name(app_paths.data_dir))
    assert server.listen()
    received: list[list[str]] = []
    server.received.connect(received.append)
    yield lock, server, received
    server.close()
    lock.release()


def test_the_lock_admits_one_holder_until_it_lets_go(tmp_path):
    first, second = InstanceLock(tmp_path / LOCK_FILE), InstanceLock(tmp_path / LOCK_FILE)
    assert first.acquire()
    assert not second.acquire()
    assert second.holder_pid() == os.getpid()
    first.release()
    assert second.acquire()
    second.release()


def test_a_crashed_holder_leaves_no_stale_lock(tmp_path):
    script = ("import os, sys; from pathlib import Path; "
              "from nomos_desk.ui.single_instance import InstanceLock; "
              "assert InstanceLock(Path(sys.argv[1])).acquire(); os._exit(9)")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / LOCK_FILE)],
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.returncode == 9  # died holding the lock, without any clean-up
    lock = InstanceLock(tmp_path / LOCK_FILE)
    assert lock.acquire()
    lock.release()


def test_hand_over_between_two_servers_in_one_process(qtbot, app_paths, primary):
    _, server, received = primary
    answered: list[bool] = []
    # The sender blocks while it waits for the answer, as a second process would.
    sender = threading.Thread(target=lambda: answered.append(
        hand_over(server.name, ["nomos-desk://open/sub_abc123"], timeout=5)))
    sender.start()
    qtbot.waitUntil(lambda: bool(answered), timeout=10000)
    sender.join()
    assert answered == [True]
    assert received == [["nomos-desk://open/sub_abc123"]]


def test_nobody_listening_means_no_hand_over(tmp_path):
    assert not hand_over(server_name(tmp_path / "nobody"), [], timeout=0.3)


def test_a_second_process_hands_its_id_to_the_first_and_exits(qtbot, app_paths, primary):
    _, _, received = primary
    second = subprocess.Popen(
        [sys.executable, "-m", "nomos_desk", "--home", str(app_paths.data_dir.parent),
         "sub_ofvrswy9tdu6ed3l6i25wfcz"],
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # The first process answers from its event loop, which waitUntil keeps turning.
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert received == [["sub_ofvrswy9tdu6ed3l6i25wfcz"]]
    assert not (app_paths.sandbox_dir).exists()  # it started nothing of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("sub_ofvrswy9tdu6ed3l6i25wfcz", ("subscription", "sub_ofvrswy9tdu6ed3l6i25wfcz")),
    ("nomos-desk://open/cus_abc123", ("customer", "cus_abc123")),
    ("nomos-desk://inv_abc123/", ("invoice", "inv_abc123")),
    ("NOMOS-DESK:lead_abc123", ("lead", "lead_abc123")),
    ("--theme", None),
    ("nomos-desk://open/../../etc/passwd", None),
    ("https://evil.example/sub_abc123", None),
])
def test_links_name_records(text, expected):
    assert record_of(text) == expected


@pytest.fixture
def controller(qloop, qtbot, app_paths, app_settings, network, memory_keyring):
    controller = AppController(app_paths, app_settings, transport_factory=lambda p: network)
    with running(qtbot, qloop, controller):
        yield controller


@pytest.fixture
def subscription(sandbox_client) -> str:
    """A real id (taken before the Qt loop runs: the sync client has its own loop)."""
    return sandbox_client.get("/subscriptions", params={"limit": 1}).json()["items"][0]["id"]


def test_a_handed_over_id_waits_for_the_sign_in_then_opens(subscription, qtbot, controller):
    links = Links(controller)
    links.handle([f"nomos-desk://open/{subscription}"])  # arrives while the sign-in shows
    assert links.pending == ("subscription", subscription)

    fill_and_sign_in(qtbot, wait_for_dialog(qtbot, controller))
    window = wait_for_window(qtbot, controller)
    qtbot.waitUntil(lambda: f"subscription:{subscription}" in window.open_tab_keys(),
                    timeout=10000)
    assert window.current_view().property("record_key") == f"subscription:{subscription}"

    links.handle(["sub_doesnotexist00000000000"])  # later: an id Nomos does not know
    qtbot.waitUntil(lambda: window.error_banner.isVisibleTo(window), timeout=10000)
    assert "sub_doesnotexist00000000000" in window.error_banner.message.text()
    assert not controller.services.tasks.is_running(LINK_TASK)
