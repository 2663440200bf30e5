"""The catalogues hold every text the code marks, in German and English, plurals included.

lupdate skips some calls silently (a plural whose count is not a plain name, say), so
the code is read here with Python's own parser and every marked text is looked up.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = {lang: ROOT / "resources" / "i18n" / f"nomos_desk_{lang}.ts" for lang in ("de", "en")}


def literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked_texts() -> set[tuple[str, str, bool]]:
    """(context, source, is plural) of every tr/translate/QT_TRANSLATE_NOOP with literals."""
    found: set[tuple[str, str, bool]] = set()
    for path in (ROOT / "nomos_desk").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for cls in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
            body = cls.body if cls is not None else tree.body
            for node in (n for stmt in body for n in ast.walk(stmt)):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = node.args
                if name == "tr" and cls is not None and args and literal(args[0]):
                    found.add((cls.name, literal(args[0]), len(args) > 2))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 \
                        and literal(args[1]):
                    # lupdate needs the context as a literal too, or it skips the text.
                    context = literal(args[0]) or f"<not a literal context: {path.name}>"
                    found.add((context, literal(args[1]), len(args) > 3))
    return found


def catalogue(lang: str) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(CATALOGUES[lang])
    return {(ctx.findtext("name"), msg.findtext("source")): msg
            for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")}


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_every_marked_text_is_in_the_catalogue(lang):
    entries = catalogue(lang)
    missing = sorted(f"{ctx}: {src}" for ctx, src, _ in marked_texts() if (ctx, src) not in entries)
    assert not missing, "run `python scripts/i18n.py update`; not in the catalogue:\n" + \
        "\n".join(missing)


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_plurals_are_plural_messages(lang):
    entries = catalogue(lang)
    for ctx, src, counted in marked_texts():
        if counted and (ctx, src) in entries:
            assert entries[(ctx, src)].get("numerus") == "yes", f"{ctx}: {src}"


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_no_text_is_left_untranslated(lang):
    unfinished = []
    for (ctx, src), msg in catalogue(lang).items():
        translation = msg.find("translation")
        text = "".join(translation.itertext()).strip() if translation is not None else ""
        if not text or (translation is not None and translation.get("type") == "unfinished"):
            unfinished.append(f"{ctx}: {src}")
    assert not unfinished, f"{len(unfinished)} unfinished:\n" + "\n".join(sorted(unfinished))
