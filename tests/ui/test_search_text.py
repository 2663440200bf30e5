"""Wording of the sync line: German digit grouping and proper singulars."""

from nomos_desk.index.sync import SyncProgress
from nomos_desk.ui.search.text import count, progress_text


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
