"""Wording of the sync line: German digit grouping and proper singulars."""

from nomos_desk.index.sync import SyncProgress
from nomos_desk.ui.search.text import (
    contract_status,
    count,
    matched_text,
    progress_text,
    results_text,
)


def test_counts_group_digits_the_german_way_and_say_one_thing_in_the_singular():
    assert count(2178, "subscription") == "2.178 subscriptions"
    assert count(1, "customer") == "1 customer"
    built = SyncProgress(full=True, phase="done", customers=2000, subscriptions=2178)
    assert progress_text(built) == "Index built: 2.000 customers, 2.178 subscriptions indexed."
    changed = SyncProgress(full=False, phase="done", customers=1, subscriptions=1)
    assert progress_text(changed) == "Index up to date: 1 customer, 1 subscription changed."
    quiet = SyncProgress(full=False, phase="done", customers=0, subscriptions=0)
    assert progress_text(quiet) == "Index up to date: nothing changed."
    details = SyncProgress(full=True, phase="details", customers=0, subscriptions=0,
                           details_done=1500, details_total=2178)
    assert progress_text(details).startswith("Fetching addresses and meters: 1.500 of 2.178 ")


def test_contract_status_says_when_a_terminated_contract_ends():
    from nomos_desk.api import Timestamp
    # end_at is an exclusive Berlin midnight: 31 January 23:00 UTC is "ends 01.02.2027".
    assert contract_status("active", "2026-12-01T09:30:00.000Z", "2027-01-31T23:00:00.000Z") \
        == "Active · terminated, ends 01.02.2027"
    # The workspace passes the client's Timestamps, search the index's text: both read alike.
    assert contract_status("active", Timestamp.parse("2026-12-01T09:30:00Z"),
                           Timestamp.parse("2027-01-31T23:00:00Z")) == \
        "Active · terminated, ends 01.02.2027"
    assert contract_status("active", "2026-12-01T09:30:00Z", None) == "Active · terminated"
    assert contract_status("active", None, None) == "Active"
    assert contract_status("ended", "2026-12-01T09:30:00Z", "2027-01-31T23:00:00Z") == "Ended"
    assert contract_status("pending", None, None) == "Pending (not yet supplied)"


def test_matched_identifier_is_named_the_way_agents_say_it():
    assert matched_text("meter", "1ESY1160000001") == "Meter 1ESY1160000001"
    assert matched_text("malo", "51238696780") == "MaLo 51238696780"
    assert matched_text("melo", "DE000") == "MeLo DE000"
    assert matched_text("", "") == ""


def test_results_line_names_the_folded_corrections():
    assert results_text(shown=10, typo=0, folded=25, capped=False) == (
        "10 results; 25 similar names folded into the last row (Enter shows them). "
        "Enter opens the selected row.")
    assert results_text(shown=4, typo=3, folded=0, capped=False) == (
        "4 results (3 after correcting a likely typo, in italics). Enter opens the selected row.")
    assert results_text(shown=50, typo=0, folded=0, capped=True).startswith(
        "50+ results, showing the best 50.")
    assert results_text(shown=1, typo=0, folded=1, capped=False).startswith(
        "1 result; 1 similar name folded")
