"""Translation catalogues: extract texts, fill English, compile, check.

    python scripts/i18n.py update     lupdate: new texts from the code into the .ts files
                                      (English filled from the source text and its plural)
    python scripts/i18n.py build      lrelease: .ts -> .qm inside the package (the install
                                      step and the package build run this)
    python scripts/i18n.py check      list unfinished texts; exit 1 if there are any
    python scripts/i18n.py import TS  take the finished translations of another catalogue
                                      (a branch's, a translator's) for texts ours has
    python scripts/i18n.py apply FILE set translations from a tab-separated file:
                                      language, context, source, translation[, plural form]
                                      (a line break inside a text is written \\n)

Run it with the project's Python (.venv), which has PySide6 and its Linguist tools.
The .ts sources (resources/i18n/) are edited with Qt Linguist (pyside6-linguist) or
with `apply`; the .qm files are build output and not kept in git.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "en")
SOURCES = ROOT / "nomos_desk"


def ts_file(language: str) -> Path:
    return I18N / f"nomos_desk_{language}.ts"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this interpreter, else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install the project (python scripts/dev.py test) first")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    targets = [str(ts_file(lang).relative_to(ROOT)) for lang in LANGUAGES]
    kept = {lang: plural_translations(lang) for lang in LANGUAGES}
    # No source locations: a moved line would otherwise change every catalogue.
    subprocess.check_call([tool("pyside6-lupdate"), *sources(), "-locations", "none",
                           "-no-obsolete", "-ts", *targets], cwd=ROOT)
    for lang in LANGUAGES:
        restore_plurals(lang, kept[lang])
    fill_english()


# Plurals: lupdate marks only `self.tr(text, "", n)` as numerus, and PySide6 resolves that
# call in a subclass under the wrong context. The code therefore writes plurals as
# QCoreApplication.translate(context, "%n thing(s)", "", n), and every text with %n is
# made a plural message here (lupdate would otherwise drop the plural forms). %Ln is the
# count with the locale's digit grouping.
Forms = dict[tuple[str, str], list[str]]


def plural_translations(language: str) -> Forms:
    if not ts_file(language).exists():
        return {}
    tree = ET.parse(ts_file(language))
    return {(ctx, msg.findtext("source") or ""):
            [f.text or "" for f in msg.iter("numerusform")]
            for ctx, msg in _messages(tree) if msg.get("numerus") == "yes"}


def restore_plurals(language: str, kept: Forms) -> None:
    path = ts_file(language)
    tree = ET.parse(path)
    for ctx, msg in _messages(tree):
        source = msg.findtext("source") or ""
        if not ("%n" in source or "%Ln" in source) or msg.get("numerus") == "yes":
            continue
        msg.set("numerus", "yes")
        translation = msg.find("translation")
        if translation is None:
            translation = ET.SubElement(msg, "translation")
        translation.text = None
        forms = kept.get((ctx, source), ["", ""])
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
        if all(forms):
            translation.attrib.pop("type", None)
        else:
            translation.set("type", "unfinished")
    _write(tree, path)


def english_plural(source: str) -> tuple[str, str]:
    """"%n customer(s)" -> ("%n customer", "%n customers"); "%n match(es)" likewise."""
    singular = source.replace("(es)", "").replace("(s)", "")
    plural = source.replace("(es)", "es").replace("(s)", "s")
    return singular, plural


def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    return [(ctx.findtext("name") or "", msg) for ctx in tree.getroot().iter("context")
            for msg in ctx.iter("message")]


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def fill_english() -> None:
    """English is the source language: every text translates to itself, plurals by rule."""
    path = ts_file("en")
    tree = ET.parse(path)
    for _, msg in _messages(tree):
        translation = msg.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = msg.findtext("source") or ""
        if msg.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            for form, text in zip(forms, english_plural(source), strict=False):
                form.text = text
        else:
            translation.text = source
        del translation.attrib["type"]
    _write(tree, path)


def apply(table: Path) -> None:
    trees = {lang: ET.parse(ts_file(lang)) for lang in LANGUAGES}
    index = {lang: {(ctx, m.findtext("source")): m for ctx, m in _messages(tree)}
             for lang, tree in trees.items()}
    missing = []
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            language, context, source, *forms = (cell.replace("\\n", "\n") for cell in row)
            msg = index[language].get((context, source))
            if msg is None:
                missing.append(f"{language} {context}: {source}")
                continue
            translation = msg.find("translation")
            assert translation is not None
            if msg.get("numerus") == "yes":
                for form, text in zip(translation.findall("numerusform"), forms, strict=False):
                    form.text = text
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
    for lang, tree in trees.items():
        _write(tree, ts_file(lang))
    if missing:
        print("not in the catalogues (run update first?):\n  " + "\n  ".join(missing))


def import_catalogue(other: Path) -> None:
    theirs = ET.parse(other)
    language = (theirs.getroot().get("language") or "")[:2]
    if language not in LANGUAGES:
        sys.exit(f"{other}: language {language!r} is not one of {LANGUAGES}")
    finished = {}
    for ctx, msg in _messages(theirs):
        translation = msg.find("translation")
        if translation is not None and translation.get("type") != "unfinished" \
                and "".join(translation.itertext()).strip():
            finished[(ctx, msg.findtext("source"))] = translation
    path = ts_file(language)
    tree = ET.parse(path)
    for ctx, msg in _messages(tree):
        found = finished.get((ctx, msg.findtext("source")))
        translation = msg.find("translation")
        if found is not None and translation is not None \
                and translation.get("type") == "unfinished":
            msg.remove(translation)
            msg.append(found)
    _write(tree, path)


def unfinished(language: str) -> list[str]:
    tree = ET.parse(ts_file(language))
    out = []
    for ctx, msg in _messages(tree):
        translation = msg.find("translation")
        empty = translation is None or not ("".join(translation.itertext()).strip())
        if empty or (translation is not None and translation.get("type") == "unfinished"):
            out.append(f"{ctx}: {msg.findtext('source')}")
    return out


def build(out_dir: Path = I18N) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        subprocess.check_call([tool("pyside6-lrelease"), "-silent", str(ts_file(lang)),
                               "-qm", str(out_dir / f"nomos_desk_{lang}.qm")])


def check() -> int:
    bad = 0
    for lang in LANGUAGES:
        missing = unfinished(lang)
        bad += len(missing)
        for line in missing:
            print(f"{lang}: {line}")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        return check()
    elif command == "apply" and len(argv) == 2:
        apply(Path(argv[1]))
    elif command == "import" and len(argv) >= 2:
        for other in argv[1:]:
            import_catalogue(Path(other))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
