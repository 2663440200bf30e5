"""What a wheel or bundle carries: every package, and the resources inside the package."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_for_setuptools():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
                 ["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts)
               for p in (ROOT / "nomos_desk").rglob("__init__.py")}
    assert on_disk | {"nomos_desk.resources"} == listed


def test_resources_are_read_from_the_package():
    resources = files("nomos_desk.resources")
    assert resources.joinpath("style.qss").is_file()
    assert resources.joinpath("icons/nomos-desk.svg").is_file()
    for name in ("search", "subscription", "customer", "records", "invoices", "invoice"):  # what the frame asks for
        assert resources.joinpath(f"icons/{name}.svg").is_file(), name
