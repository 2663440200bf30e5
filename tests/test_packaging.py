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
    for name in ("search", "subscription", "customer", "records", "lead", "board",  # the frame
                 "invoices", "invoice"):  # asks for these
        assert resources.joinpath(f"icons/{name}.svg").is_file(), name


def _bundle_contents():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bundle_contents", ROOT / "packaging" / "bundle_contents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundle_leaves_out_what_the_app_never_uses():
    wanted = _bundle_contents().wanted
    kept = ["PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6",
            "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
            "PySide6/Qt/plugins/platforms/libqwayland.so",
            "PySide6/Qt/plugins/platforms/libqoffscreen.so",
            "PySide6\\Qt\\plugins\\platforms\\qwindows.dll",
            "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
            "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
            "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/imageformats/qico.dll",
            "PySide6/Qt/plugins/imageformats/libqpdf.so",
            "PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/translations/qt_en.qm",
            "pillow.libs/libharfbuzz-fb49c9fc.so.0.61450.0", "libglib-2.0.so.0",
            "nomos_desk/resources/i18n/nomos_desk_de.qm"]
    dropped = ["PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Qml.so.6",
               "PySide6\\Qt6Quick.dll", "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
               "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
               "PySide6/Qt/plugins/platforms/libqeglfs.so",
               "PySide6/Qt/plugins/platforms/libqvnc.so",
               "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
               "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
               "PySide6/Qt/plugins/imageformats/libqtiff.so",
               "PySide6/Qt/translations/qtbase_fr.qm", "PySide6/Qt/translations/qt_zh_TW.qm",
               "libcairo.so.2", "libpango-1.0.so.0", "libharfbuzz.so.0"]
    assert [p for p in kept if not wanted(p)] == []
    assert [p for p in dropped if wanted(p)] == []


def test_the_spec_ships_every_resource_the_package_declares():
    """The bundle carries resources/ as nomos_desk/resources/ files: the same patterns as the
    wheel's package data, so importlib.resources finds the same things in both."""
    import ast

    spec = (ROOT / "packaging" / "nomos-desk.spec").read_text("utf-8")
    assigned = next(node.value for node in ast.walk(ast.parse(spec))
                    if isinstance(node, ast.Assign)
                    and getattr(node.targets[0], "id", "") == "RESOURCE_PATTERNS")
    patterns = set(ast.literal_eval(assigned))
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
        "package-data"]["nomos_desk.resources"]
    assert patterns == {*declared, "__init__.py"}


def test_app_icons_carry_every_size_a_screen_asks_for():
    import struct

    ico = (ROOT / "resources" / "nomos-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert (reserved, kind) == (0, 1) and {16, 20, 24, 32, 40, 48, 64, 256} <= sizes
    icns = (ROOT / "resources" / "nomos-desk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    types, offset = set(), 8
    while offset < len(icns):
        kind_name, length = struct.unpack(">4sI", icns[offset:offset + 8])
        types.add(kind_name.decode("ascii"))
        offset += length
    assert {"icp4", "icp5", "ic07", "ic08", "ic09", "ic10", "ic11", "ic12", "ic13", "ic14"} <= types


def test_the_desktop_entry_takes_links():
    entry = (ROOT / "resources" / "nomos-desk.desktop").read_text("utf-8")
    assert "Exec=nomos-desk %u" in entry
    assert "x-scheme-handler/nomos-desk;" in entry
