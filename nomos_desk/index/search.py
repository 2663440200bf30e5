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
from .normalize import email_token, stripped_words, words
from .records import CustomerRecord, SearchHit

# Column weights for bm25 (name, email, number, address, meter, status, plan):
# a hit on a name or an identifier says more than one on a status or plan.
_WEIGHTS = "10.0, 6.0, 8.0, 3.0, 8.0, 0.5, 1.0"
_RAW_WORD = re.compile(r"[^\W_]+")
# With this many exact hits, typo corrections are folded away instead of listed beside them:
# a correctly spelled "Müller" must not bury its ten hits under 25 "Möller" rows.
FEW_EXACT = 5
RANK_LIMIT = 800  # above this many matches, bm25 costs more than the 30 ms budget
ID_PATTERN = re.compile(r"^\s*((cus|sub|inv|prdo|lead)_[A-Za-z0-9]+)\s*$")


@dataclass(frozen=True, slots=True)
class QueryWord:
    variants: tuple[str, ...]  # folded and stripped forms, [0-9a-z]+ each
    fixes: tuple[str, ...] = ()  # vocabulary words one typo away (the fuzzy pass only)

    @property
    def fuzzy_eligible(self) -> bool:
        return any(fuzzy.eligible(v) for v in self.variants)


def parse(text: str) -> list[QueryWord]:
    out: list[QueryWord] = []
    for chunk in text.lower().split():
        if "@" in chunk:
            token = email_token(chunk)
            if token:
                out.append(QueryWord((token,)))
            continue
        for raw in _RAW_WORD.findall(chunk):
            # A typed word may fold into several tokens (a ligature, say): keep each one.
            forms = [words(raw), stripped_words(raw)]
            for i, token in enumerate(forms[0]):
                variants = [token]
                if i < len(forms[1]) and forms[1][i] != token:
                    variants.append(forms[1][i])
                out.append(QueryWord(tuple(variants)))
    return out


def _term(token: str, prefix: bool) -> str:
    # Single characters (a house number "5") match exactly: as a prefix they
    # would match a tenth of the index and drown every useful hit.
    return f'"{token}"*' if prefix and len(token) >= 2 else f'"{token}"'


def expression(words: list[QueryWord], *, prefix: bool = True, column: str | None = None) -> str:
    groups = []
    for w in words:
        terms = [_term(v, prefix) for v in w.variants] + [f'"{t}"' for t in w.fixes]
        groups.append(terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")")
    expr = " AND ".join(groups)
    return f"{{{column}}} : ({expr})" if column else expr


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


def with_corrections(con: sqlite3.Connection, words: list[QueryWord]) -> list[QueryWord] | None:
    """The words with their typo corrections, or None when no word has any."""
    out = [QueryWord(w.variants, tuple(corrections(con, w)) if w.fuzzy_eligible else ())
           for w in words]
    return out if any(w.fixes for w in out) else None


def is_swap(a: str, b: str) -> bool:
    """Two neighbouring letters typed the wrong way round: the commonest typo of all."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
        and a[diff[1]] == b[diff[0]]


def swaps_only(words: list[QueryWord]) -> list[QueryWord] | None:
    """The corrections that undo a swap, or None when no word has one."""
    out = [QueryWord(w.variants, tuple(f for f in w.fixes
                                       if any(is_swap(f, v) for v in w.variants)))
           for w in words]
    return out if any(w.fixes for w in out) else None


def _ranked(con: sqlite3.Connection, words: list[QueryWord], limit: int,
            skip: set[int]) -> list[int]:
    """Best `limit` rows for these words, leaving out `skip`.

    Rows rank by match quality first: whole words in the name, whole words
    anywhere, prefixes in the name, prefixes anywhere. At equal quality live
    subscriptions (and customers without one) come before ended ones, then
    bm25 decides. bm25 scores every matching row, which costs ~10 µs a row:
    fine for a few hundred matches, too slow for "Schm" over 100,000
    customers, so a broad match takes the newest rows of each stage instead.
    """
    match = expression(words)
    stages = (expression(words, prefix=False, column="name"), expression(words, prefix=False),
              expression(words, column="name"))
    # Counted inside SQLite: a list of 801 rowids costs more to build than to count.
    count = con.execute("SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ? LIMIT ?)",
                        (match, RANK_LIMIT + 1)).fetchone()[0]
    if count <= RANK_LIMIT:
        # The stage subqueries run once each, and only when a row gets as far as their WHEN.
        tier = " ".join(f"WHEN fts.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?) THEN {n}"
                        for n in range(len(stages)))
        found = con.execute(
            f"SELECT fts.rowid FROM fts JOIN entries ON entries.rowid = fts.rowid "
            f"WHERE fts MATCH ? ORDER BY CASE {tier} ELSE {len(stages)} END, entries.ended, "
            f"bm25(fts, {_WEIGHTS}) LIMIT ?", (match, *stages, limit + len(skip)))
        return [r for (r,) in found if r not in skip][:limit]
    out: list[int] = []
    seen = set(skip)
    for stage in (*stages, match):
        for ended_flag in (0, 1):
            for (rowid,) in con.execute(
                    "SELECT fts.rowid FROM fts JOIN entries ON entries.rowid = fts.rowid "
                    "WHERE fts MATCH ? AND entries.ended = ? ORDER BY fts.rowid DESC LIMIT ?",
                    (stage, ended_flag, limit + len(seen))):
                if rowid not in seen:
                    seen.add(rowid)
                    out.append(rowid)
            if len(out) >= limit:
                return out[:limit]
    return out[:limit]


def search(con: sqlite3.Connection, text: str, limit: int = 50) -> list[SearchHit]:
    words = parse(text)
    if not words or sum(len(w.variants[0]) for w in words) < 2:
        return []
    exact = _ranked(con, words, limit, set())
    hits = _hits(con, exact, words, fuzzy_match=False)
    if len(exact) < limit:
        corrected = with_corrections(con, words)
        seen = set(exact)
        # Swapped letters first ("Schmitd" is Schmidt before it is Schmitt or Schmid).
        for tier in (swaps_only(corrected) if corrected else None, corrected):
            if tier is None or len(seen) >= limit:
                continue
            more = _ranked(con, tier, limit - len(seen), seen)
            seen.update(more)
            hits += _hits(con, more, tier, fuzzy_match=True)
    return hits


def fold_similar(hits: list[SearchHit]) -> tuple[list[SearchHit], list[SearchHit]]:
    """The hits to list and the typo corrections to fold under "N similar names"."""
    exact = [h for h in hits if not h.fuzzy]
    if len(exact) < FEW_EXACT:
        return hits, []
    return exact, [h for h in hits if h.fuzzy]


def _hits(con: sqlite3.Connection, rowids: list[int], words: list[QueryWord], *,
          fuzzy_match: bool) -> list[SearchHit]:
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    rows = con.execute(
        "SELECT e.rowid, e.customer_id, e.subscription_id, COALESCE(p.name, s.plan_id), "
        "s.number, s.status, s.city, s.street, s.house_number, s.zip, s.meter_number, s.malo, "
        "s.melo, s.terminated_at, s.end_at, c.* FROM entries e "
        "LEFT JOIN customers c ON c.id = e.customer_id "
        "LEFT JOIN subscriptions s ON s.id = e.subscription_id "
        f"LEFT JOIN plans p ON p.id = s.plan_id WHERE e.rowid IN ({marks})", rowids)
    # Meter numbers, MaLo and MeLo are told by their digits: a word without any ("de")
    # that happens to start a MeLo says nothing about why the row matched.
    identifying = [w for w in words if any(c.isdigit() for v in w.variants for c in v)]
    by_rowid = {}
    for row in rows:
        (rowid, customer_id, sub_id, plan, number, status, city, street, house_number, zip_code,
         meter, malo, melo, terminated_at, end_at) = row[:15]
        customer = CustomerRecord(*row[15:]) if row[15] else None
        field, value = matched_identifier(identifying, meter, malo, melo) if identifying \
            else ("", "")
        by_rowid[rowid] = SearchHit(
            customer_id=customer_id, subscription_id=sub_id,
            name=customer.display_name if customer else "",
            email=(customer.email or "") if customer else "", number=number or "",
            status=status or "", plan=plan or "", city=city or "", fuzzy=fuzzy_match,
            street=street or "", house_number=house_number or "", zip=zip_code or "",
            matched_field=field, matched_value=value, terminated_at=terminated_at,
            end_at=end_at)
    return [by_rowid[r] for r in rowids if r in by_rowid]


def matched_identifier(query: list[QueryWord], meter: str | None, malo: str | None,
                       melo: str | None) -> tuple[str, str]:
    """("meter", "1ESY…"), ("malo", …) or ("melo", …) when a query word hit that field.

    Matches the way the FTS expression does: a variant as a prefix of a token (whole
    tokens for one character), a typo fix as a whole token. Identifiers are ASCII, so
    their folded tokens are all the index holds.
    """
    for field, value in (("meter", meter), ("malo", malo), ("melo", melo)):
        if not value:
            continue
        tokens = words(value)
        for w in query:
            prefixes = tuple(v for v in w.variants if len(v) >= 2)
            if any(t in w.variants or t in w.fixes or t.startswith(prefixes) for t in tokens):
                return field, value
    return "", ""
