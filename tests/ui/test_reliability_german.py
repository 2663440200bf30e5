"""The flaky network and what a retrying or stalled sync says, in German: nothing of it
left in English, the plural of seconds right."""

from __future__ import annotations

from nomos_desk.api import errors as E
from nomos_desk.ui.errors import retrying_text
from nomos_desk.ui.main_window import MainWindow
from nomos_desk.ui.search.sync import SyncWait
from nomos_desk.ui.search.text import waiting_text

from .fakes import fake_registry
from .i18n_helpers import ENGLISH, english_left_over, menu_texts, visible_texts

CAUSES = (E.RateLimited(429, "TOO_MANY_REQUESTS", "slow down"),
          E.ServerError(503, "INTERNAL_SERVER_ERROR", "oops"), E.ConnectionLost("cut"))
# Words of these texts' English sources that the shared list does not know.
MORE_ENGLISH = ENGLISH | {"flaky", "network", "deliberately", "busy", "trying", "seconds",
                          "second", "connection", "answered", "while", "where", "stopped"}


def english_in(texts: list[str]) -> list[str]:
    words = [set(t.lower().replace("…", " ").replace(".", " ").split()) for t in texts]
    return [t for t, w in zip(texts, words, strict=True) if w & MORE_ENGLISH]


def test_the_flaky_network_speaks_german(qtbot, german, app_settings):
    window = MainWindow(app_settings, fake_registry(), demo=True, translations=german)
    qtbot.addWidget(window)
    window.show_flaky_network(True)
    window.show()
    badge, action = window.status_bar.flaky_badge, window.menus.flaky_action
    assert badge.text() == "Absichtlich instabil" and action.text() == "Instabiles Netz"
    texts = [*menu_texts(window), action.statusTip(), *visible_texts(window.status_bar)]
    assert english_left_over(texts) == [] and english_in(texts) == []


def test_retrying_and_waiting_in_german(german):
    texts = [retrying_text(cause, seconds) for cause in CAUSES for seconds in (0.4, 2, 30)]
    texts += [waiting_text(SyncWait(CAUSES[1], 60, stalled=True)),
              waiting_text(SyncWait(CAUSES[2], 0, stalled=True, offline=True))]
    assert english_in(texts) == []
    assert texts[0] == "Nomos ist ausgelastet, neuer Versuch in 1 Sekunde …"
    assert texts[1] == "Nomos ist ausgelastet, neuer Versuch in 2 Sekunden …"
    assert texts[-1].startswith("Keine Verbindung zu Nomos.")
    german.apply("en")
    assert retrying_text(CAUSES[0], 0.4) == "Nomos is busy, trying again in 1 second…"
    assert retrying_text(CAUSES[2], 2.5) == (
        "The connection to Nomos broke off, trying again in 3 seconds…")
