"""Scope gating has one owner: views register write actions, they never test scopes."""

import re
from pathlib import Path

import nomos_desk.ui

UI = Path(nomos_desk.ui.__file__).parent
# The gate itself, the controller that feeds it the token's scopes, and the places that
# only *display* them (status bar badge, window title / sandbox menu, diagnostic info).
ALLOWED = {"gating.py", "session.py", "statusbar.py", "main_window.py", "diagnostics.py"}
SCOPE_CHECK = re.compile(r"\bcan_write\b|\bscope_grants\(|\.scopes\b|\"write:[^\"]*\"\s*in\b")


def test_no_view_checks_scopes_on_its_own():
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in ALLOWED and path.parent == UI:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if SCOPE_CHECK.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert offenders == [], "register write actions with services.gate instead:\n" + "\n".join(offenders)


def test_the_rule_catches_a_scope_check():
    assert SCOPE_CHECK.search("if self.services.client.can_write:")
    assert SCOPE_CHECK.search('button.setEnabled("write:*" in client.scopes)')
    assert not SCOPE_CHECK.search("services.gate.register(button, 'order a smart meter')")
