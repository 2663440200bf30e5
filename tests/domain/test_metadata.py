"""Metadata edited as key/value text: only what changed goes into Nomos's merge patch."""

from __future__ import annotations

from nomos_desk.domain.metadata import metadata_patch, patch_applied, shown

STORED = {"utm_source": "google", "user_id": 1234567890, "flags": {"vip": True}, "empty": ""}


def rows_of(stored):
    return [(k, shown(v)) for k, v in stored.items()]


def test_untouched_rows_send_nothing():
    edit = metadata_patch(STORED, rows_of(STORED))
    assert edit.patch == {} and edit.problems == []


def test_a_changed_value_is_sent_and_a_cleared_one_removed():
    rows = rows_of(STORED)
    rows[0] = ("utm_source", "newsletter")
    rows[1] = ("user_id", "  ")
    rows.append(("campaign", "herbst"))
    edit = metadata_patch(STORED, rows)
    assert edit.patch == {"utm_source": "newsletter", "user_id": None, "campaign": "herbst"}


def test_a_renamed_key_removes_the_old_one():
    rows = [("source", "google") if k == "utm_source" else (k, v) for k, v in rows_of(STORED)]
    assert metadata_patch(STORED, rows).patch == {"utm_source": None, "source": "google"}


def test_values_of_other_types_show_as_json_and_keep_their_type_untouched():
    assert shown(1234567890) == "1234567890" and shown({"vip": True}) == '{"vip": true}'
    assert shown("Müller") == "Müller"


def test_keys_are_required_and_unique():
    edit = metadata_patch({}, [("", "value"), ("a", "1"), (" a ", "2"), ("", "")])
    assert [(row, p.code) for row, p in edit.problems] == [(0, "key_required"),
                                                           (2, "duplicate_key")]
    assert edit.patch == {}  # nothing is sent while the form has problems


def test_nothing_stored_and_new_rows():
    assert metadata_patch(None, [("a", "1"), ("b", "")]).patch == {"a": "1"}


def test_patch_applied_reads_back_set_and_removed_keys():
    patch = {"utm_source": "newsletter", "user_id": None}
    assert patch_applied({"utm_source": "newsletter", "flags": 1}, patch)
    assert not patch_applied({"utm_source": "newsletter", "user_id": 1}, patch)
    assert not patch_applied({"utm_source": "google"}, patch)
    assert not patch_applied(None, {"a": "1"}) and patch_applied(None, {"a": None})
