"""Ranked search over the index: prefix matches first, then typo-tolerant ones.

Two passes keep the ranking honest: everything that matches what was typed
(each word as a prefix, in any umlaut spelling) ranks above anything that
only matches after correcting a typo, however rare the corrected word is.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from . import fuzzy
from .normalize import fold, strip
from .records import CustomerRecord, SearchHit

# Column weights for bm25 (name, email, number, address, meter, status, plan):
# a hit on a name or an identifier says more than one on a status or plan.
_WEIGHTS = "10.0, 6.0, 8.0, 3.0, 8.0, 0.5, 1.0"
_RAW_WORD = re.compile(r"[^\W_]+")
_ALNUM = re.compile(r"[0-9a-z]+")
ID_PATTERN = re.compile(r"^\s*((cus|sub|inv|prdo|lead)_[A-Za-z0-9]+)\s*$")


@dataclass(frozen=True, slots=True)
class QueryWord:
    variants: tuple[str, ...]  # folded and stripped forms, [0-9a-z]+ each

    @property
    def fuzzy_eligible(self) -> bool:
        return any(fuzzy.eligible(v) for v in self.variants)


def parse(text: str) -> list[QueryWord]:
    out: list[QueryWord] = []
    for raw in _RAW_WORD.findall(text.lower()):
        # One typed word can fold into several tokens ("o'neil" is already split
        # by the regex; "ﬁ" ligatures fold to two letters): keep each as its own word.
        forms = [_ALNUM.findall(fold(raw)), _ALNUM.findall(strip(raw))]
        for i, token in enumerate(forms[0]):
            variants = [token]
            if i < len(forms[1]) and forms[1][i] != token:
                variants.append(forms[1][i])
            out.append(QueryWord(tuple(variants)))
    return out


def _term(token: str) -> str:
    # Single characters (a house number "5") match exactly: as a prefix they
    # would match a tenth of the index and drown every useful hit.
    return f'"{token}"' if len(token) < 2 else f'"{token}"*'


def _group(terms: list[str]) -> str:
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def exact_query(words: list[QueryWord]) -> str:
    return " AND ".join(_group([_term(v) for v in w.variants]) for w in words)


def corrections(con: sqlite3.Connection, word: QueryWord) -> list[str]:
    """Vocabulary words within the allowed edit distance of any variant."""
    found: set[str] = set()
    for v in word.variants:
        if not fuzzy.eligible(v):
            continue
        dels = sorted(fuzzy.deletions(v))
        marks = ",".join("?" * len(dels))
        limit = fuzzy.max_distance(v)
        for (term,) in con.execute(
                f"SELECT DISTINCT term FROM vocab_del WHERE del IN ({marks})", dels):
            if term != v and fuzzy.distance(term, v, limit) <= limit:
                found.add(term)
    return sorted(found - set(word.variants))


def fuzzy_query(con: sqlite3.Connection, words: list[QueryWord]) -> str | None:
    groups = []
    any_correction = False
    for w in words:
        terms = [_term(v) for v in w.variants]
        fixes = corrections(con, w) if w.fuzzy_eligible else []
        any_correction = any_correction or bool(fixes)
        groups.append(_group(terms + [f'"{t}"' for t in fixes]))
    return " AND ".join(groups) if any_correction else None


def _ranked(con: sqlite3.Connection, match: str, limit: int, skip: set[int]) -> list[int]:
    rows = con.execute(
        f"SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, {_WEIGHTS}) LIMIT ?",
        (match, limit + len(skip)))
    return [r[0] for r in rows if r[0] not in skip][:limit]


def search(con: sqlite3.Connection, text: str, limit: int = 50) -> list[SearchHit]:
    words = parse(text)
    if not words or sum(len(w.variants[0]) for w in words) < 2:
        return []
    exact = _ranked(con, exact_query(words), limit, set())
    hits = _hits(con, exact, fuzzy_match=False)
    if len(exact) < limit:
        match = fuzzy_query(con, words)
        if match:
            more = _ranked(con, match, limit - len(exact), set(exact))
            hits += _hits(con, more, fuzzy_match=True)
    return hits


def _hits(con: sqlite3.Connection, rowids: list[int], *, fuzzy_match: bool) -> list[SearchHit]:
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    rows = con.execute(
        "SELECT e.rowid, e.customer_id, e.subscription_id, c.*, s.number, s.status, "
        "COALESCE(p.name, s.plan_id), s.city FROM entries e "
        "LEFT JOIN customers c ON c.id = e.customer_id "
        "LEFT JOIN subscriptions s ON s.id = e.subscription_id "
        f"LEFT JOIN plans p ON p.id = s.plan_id WHERE e.rowid IN ({marks})", rowids)
    by_rowid = {}
    for row in rows:
        rowid, customer_id, sub_id = row[0], row[1], row[2]
        customer = CustomerRecord(*row[3:11]) if row[3] else None
        number, status, plan, city = row[11:15]
        by_rowid[rowid] = SearchHit(
            customer_id=customer_id, subscription_id=sub_id,
            name=customer.display_name if customer else "",
            email=(customer.email or "") if customer else "", number=number or "",
            status=status or "", plan=plan or "", city=city or "", fuzzy=fuzzy_match)
    return [by_rowid[r] for r in rowids if r in by_rowid]
