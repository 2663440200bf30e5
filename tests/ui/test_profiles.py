"""Profiles on disk without secrets; the secret store's keyring and session fallback."""

import json

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QDialog

from nomos_desk.ui.profiles import KEYRING_SERVICE, Profile, ProfileStore, SecretStore
from nomos_desk.ui.signin import SignInDialog
from nomos_desk.ui.tasks import TaskRunner, open_dialog


def test_profiles_round_trip_and_environment(app_paths):
    store = ProfileStore(app_paths)
    prod = Profile(name="Stadtwerke Nord", base_url="https://api.nomos.energy", client_id="cl_1")
    stage = Profile(name="Staging", base_url="https://staging.api.nomos.energy", client_id="cl_2")
    store.upsert(prod)
    store.upsert(stage)
    again = ProfileStore(app_paths)
    assert [p.name for p in again.all()] == ["Stadtwerke Nord", "Staging"]
    assert again.get(prod.id).environment == "production"
    assert again.get(stage.id).environment == "staging"
    assert Profile(name="x", base_url="http://127.0.0.1:8765").environment == "sandbox"
    assert all("secret" not in item for item in json.loads(app_paths.profiles_file.read_text()))


def test_corrupt_profiles_file_is_survivable(app_paths):
    app_paths.config_dir.mkdir(parents=True)
    app_paths.profiles_file.write_text("{not json")
    assert ProfileStore(app_paths).all() == []


def test_secret_store_prefers_keyring(memory_keyring):
    secrets = SecretStore()
    assert secrets.persistent()
    assert secrets.set("p1", "s3cret") is True
    assert memory_keyring.store[(KEYRING_SERVICE, "p1")] == "s3cret"
    assert SecretStore().get("p1") == "s3cret"  # another run of the app finds it
    secrets.forget("p1")
    assert secrets.get("p1") is None
    secrets.forget("p1")  # forgetting twice is fine


def test_secret_store_session_only_without_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        secrets = SecretStore()
        assert not secrets.persistent()
        assert secrets.set("p1", "s3cret") is False
        assert secrets.get("p1") == "s3cret"
        assert SecretStore().get("p1") is None  # gone with the process
        secrets.forget("p1")
        assert secrets.get("p1") is None
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def two_profiles(app_paths, memory_keyring):
    store = ProfileStore(app_paths)
    a = Profile(name="Alpha", base_url="https://api.nomos.energy", client_id="cl_a", id="a")
    b = Profile(name="Beta", base_url="https://api.nomos.energy", client_id="cl_b", id="b")
    store.upsert(a)
    store.upsert(b)
    SecretStore().set("b", "beta-secret")
    app_paths.profile_dir("b").joinpath("index.sqlite3").write_bytes(b"x")
    return store


def test_dialog_shows_chosen_profile_and_deletes_everything_of_it(qtbot, qloop, two_profiles, app_paths,
                                                                 memory_keyring):
    async def never(profile, secret):
        raise AssertionError("no sign-in in this test")

    dialog = SignInDialog(two_profiles, SecretStore(), never, TaskRunner(), preselect="a")
    qtbot.addWidget(dialog)
    assert dialog.client_id.text() == "cl_a"
    assert dialog.first_run_hint.isHidden()  # only a first start needs the explanation
    dialog.profile_list.setCurrentRow(1)
    assert dialog.name.text() == "Beta" and dialog.client_id.text() == "cl_b"
    assert "keyring" in dialog.secret.placeholderText()  # a stored secret need not be retyped

    dialog.delete_button.click()
    assert [p.id for p in two_profiles.all()] == ["a"]
    assert (KEYRING_SERVICE, "b") not in memory_keyring.store
    assert not (app_paths.data_dir / "profiles" / "b").exists()


def test_open_dialog_awaits_without_exec_and_cleans_up_on_cancel(qtbot, qloop):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    waiting = qloop.create_task(open_dialog(dialog))
    qtbot.waitUntil(dialog.isVisible)
    dialog.accept()
    qtbot.waitUntil(waiting.done)
    assert waiting.result() == QDialog.DialogCode.Accepted

    waiting = qloop.create_task(open_dialog(dialog))
    qtbot.waitUntil(dialog.isVisible)
    waiting.cancel()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert waiting.cancelled()


def test_new_profile_needs_a_distinct_name(qtbot, qloop, two_profiles):
    async def never(profile, secret):
        raise AssertionError("must not connect")

    dialog = SignInDialog(two_profiles, SecretStore(), never, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.new_button.click()
    qtbot.keyClicks(dialog.name, "Alpha")
    qtbot.keyClicks(dialog.client_id, "cl_new")
    qtbot.keyClicks(dialog.secret, "s")
    dialog.sign_in_button.click()
    assert "Another profile" in dialog.fields.message("name")
