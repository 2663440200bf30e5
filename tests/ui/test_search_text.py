"""Wording of the search view: counts with plural forms and digit grouping, matches, status."""

from datetime import UTC, datetime

from nomos_desk.index.sync import SyncProgress
from nomos_desk.ui import fmt
from nomos_desk.ui.search.text import matched_text, progress_text, results_text


def test_counts_group_digits_and_say_one_thing_in_the_singular():
    built = SyncProgress(full=True, phase="done", customers=2000, subscriptions=2178)
    assert progress_text(built) == "Index built: 2,000 customers, 2,178 subscriptions indexed."
    changed = SyncProgress(full=False, phase="done", customers=1, subscriptions=1)
    assert progress_text(changed) == "Index up to date: 1 customer, 1 subscription changed."
    quiet = SyncProgress(full=False, phase="done", customers=0, subscriptions=0)
    assert progress_text(quiet) == "Index up to date: nothing changed."
    details = SyncProgress(full=True, phase="details", customers=0, subscriptions=0,
                           details_done=1500, details_total=2178)
    assert progress_text(details).startswith("Fetching addresses and meters: 1,500 of 2,178 ")


def test_status_says_when_a_terminated_contract_ends():
    # end_at is an exclusive Berlin midnight: 31 January 23:00 UTC is "ends 2/1/2027".
    end = datetime(2027, 1, 31, 23, 0, tzinfo=UTC)
    assert fmt.status_text("active", end, True) == "Active · terminated, ends 2/1/2027"
    assert fmt.status_text("active", None, True) == "Active · terminated"
    assert fmt.status_text("active", None, False) == "Active"
    assert fmt.status_text("ended", end, True) == "Ended 2/1/2027"
    assert fmt.status_text("pending", None, False) == "Pending (not yet supplied)"
    assert fmt.status_text("paused_by_nomos", None, False) == "paused_by_nomos"  # unknown: raw


def test_matched_identifier_is_named_the_way_agents_say_it():
    assert matched_text("meter", "1ESY1160000001") == "Meter number 1ESY1160000001"
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
        "More than 50 results, showing the best 50.")
    assert results_text(shown=1, typo=0, folded=1, capped=False).startswith(
        "1 result; 1 similar name folded")
