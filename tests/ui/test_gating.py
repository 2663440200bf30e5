"""ScopeGate: the one mechanism that enables write actions by the token's scope."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from nomos_desk.ui.gating import ScopeGate, scope_grants


def test_scope_wildcards():
    assert scope_grants({"read:*", "write:*"}, "write:*")
    assert scope_grants({"write:*"}, "write:meter_orders")
    assert scope_grants({"write:meter_orders"}, "write:meter_orders")
    assert not scope_grants({"read:*"}, "write:*")
    assert not scope_grants({"write:leads"}, "write:*")


def test_registered_button_follows_scope_changes(qtbot):
    gate = ScopeGate({"read:*"})
    button = QPushButton("Order smart meter")
    button.setToolTip("Order a smart meter for this subscription")
    qtbot.addWidget(button)
    gate.register(button, "Ordering a smart meter")

    assert not button.isEnabled()
    assert "read-only" in button.toolTip() and "write:*" in button.toolTip()
    assert "Ordering a smart meter" in button.toolTip()

    gate.set_scopes({"read:*", "write:*"})  # e.g. another profile signed in
    assert button.isEnabled()
    assert button.toolTip() == "Order a smart meter for this subscription"

    gate.set_scopes({"read:*"})
    assert not button.isEnabled()


def test_disabled_button_ignores_clicks(qtbot):
    gate = ScopeGate({"read:*"})
    button = QPushButton("Create lead")
    qtbot.addWidget(button)
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    gate.register(button, "Creating a lead")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == []
    gate.set_scopes({"read:*", "write:*"})
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [1]


def test_actions_and_availability_combine_with_scope(qtbot):
    gate = ScopeGate({"read:*", "write:*"})
    action = QAction("Submit meter reading")
    entry = gate.register(action, "Submitting a meter reading")
    assert action.isEnabled()

    entry.set_available(False, "A reading for today exists already")
    assert not action.isEnabled()
    assert action.toolTip() == "A reading for today exists already"

    gate.set_scopes({"read:*"})  # the scope reason wins: it is the one people must fix first
    assert "read-only" in action.toolTip()
    entry.set_available(True)
    assert not action.isEnabled()
    gate.set_scopes({"read:*", "write:*"})
    assert action.isEnabled()


def test_destroyed_widgets_leave_the_gate(qtbot):
    gate = ScopeGate({"read:*"})
    button = QPushButton("Create grid fee reduction")
    gate.register(button, "Requesting a grid fee reduction")
    assert len(gate) == 1
    button.deleteLater()
    qtbot.waitUntil(lambda: len(gate) == 0)
    gate.set_scopes({"write:*"})  # must not touch the deleted button


def test_changed_signal(qtbot):
    gate = ScopeGate({"read:*"})
    with qtbot.waitSignal(gate.changed):
        gate.set_scopes({"read:*", "write:*"})
    assert gate.can_write
