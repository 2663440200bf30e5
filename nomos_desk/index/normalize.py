"""Text folding shared by indexing and querying.

German names come in three spellings on the phone: "Müller", "Mueller" and
"Muller" (a keyboard without umlauts). The index stores every word in its
transliterated form (ü -> ue, ß -> ss) and, where that differs, also in its
stripped form (ü -> u); a query is folded to the transliterated form and its
stripped form alike, so any spelling finds the others.
"""

from __future__ import annotations

import re
import unicodedata

_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe",
                           "œ": "oe", "đ": "d", "ł": "l", "þ": "th", "ı": "i"})
_STRIP = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "æ": "ae", "ø": "o",
                        "œ": "oe", "đ": "d", "ł": "l", "þ": "th", "ı": "i"})
# FTS5's unicode61 tokenizer splits on everything that is not a letter or digit;
# splitting the same way here keeps query tokens and index tokens aligned.
_WORD = re.compile(r"[0-9a-z]+")


def _ascii(text: str) -> str:
    if text.isascii():  # most fields (numbers, ids, most names): nothing to decompose
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Names, streets and cities repeat across thousands of records, so the sync folds each
# once. Plain dicts of strings, not lru_cache: a dict holding only strings is invisible
# to the garbage collector, while lru_cache's linked entries would lengthen every full
# collection, and those pauses stall the event loop.
_CACHE_MAX = 50_000
_folded: dict[str, str] = {}
_stripped: dict[str, str] = {}


def _cached(cache: dict[str, str], text: str, table: dict[int, str]) -> str:
    out = cache.get(text)
    if out is None:
        out = _ascii(text.lower().translate(table))
        if len(cache) >= _CACHE_MAX:
            cache.clear()
        cache[text] = out
    return out


def fold(text: str) -> str:
    """Lower-case ASCII with German transliteration (Müller -> mueller)."""
    return _cached(_folded, text, _TRANSLIT)


def strip(text: str) -> str:
    """Lower-case ASCII with umlauts reduced to their base letter (Müller -> muller)."""
    return _cached(_stripped, text, _STRIP)


def words(text: str) -> list[str]:
    """The index tokens of `text` in transliterated form."""
    return _WORD.findall(fold(text))


def stripped_words(text: str) -> list[str]:
    """The index tokens of `text` with umlauts stripped."""
    return _WORD.findall(strip(text))


def email_token(text: str) -> str:
    """An email address as one token, so "j.mueller@web.de" need not match every "de"."""
    return "".join(words(text))


def index_text(*parts: str | None) -> str:
    """The text stored in one FTS column: each word folded, plus its stripped variant."""
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        folded = words(part)
        stripped = stripped_words(part)
        out.extend(folded)
        if stripped != folded:
            out.extend(w for w in stripped if w not in folded)
    return " ".join(out)

