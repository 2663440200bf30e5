"""The one-way arrows of the architecture, checked on the source.

ui -> (api, index, domain); index -> api; sandbox stands alone (may use domain).
Nothing outside ui/ and app.py imports Qt.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "nomos_desk"
QT_MODULES = ("PySide6", "shiboken6", "qasync", "pyqtgraph")

# Which sibling packages each layer may import.
ALLOWED = {
    "api": set(),
    "domain": set(),
    "index": {"api", "domain"},
    "sandbox": {"domain"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import: resolve against the file's package
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
                base = ".".join(parts)
                names.add(f"{base}.{node.module}" if node.module else base)
            elif node.module:
                names.add(node.module)
    return names


def layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    files = layer_files(layer)
    assert files, f"nomos_desk/{layer} has no modules"
    violations = []
    for path in files:
        for name in imported_modules(path):
            if name.split(".")[0] in QT_MODULES:
                violations.append(f"{path.relative_to(PACKAGE)} imports Qt ({name})")
            parts = name.split(".")
            if parts[0] == "nomos_desk" and len(parts) > 1 and parts[1] != layer:
                sibling = parts[1]
                if sibling in {"ui", "app"} or (sibling in ALLOWED and sibling not in ALLOWED[layer]):
                    violations.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not violations, "\n".join(violations)


def test_checker_sees_a_violation(tmp_path: Path) -> None:
    # The checker must notice a Qt import and a ui import, or the test above proves nothing.
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport nomos_desk.ui.main_window\n")
    assert {"PySide6.QtCore", "nomos_desk.ui.main_window"} <= imported_modules(bad)
