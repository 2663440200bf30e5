"""Typo tolerance: symmetric-delete candidates checked by edit distance.

FTS5 matches tokens exactly or by prefix. To forgive a typo we keep a
vocabulary of the words people mistype (names, streets, cities, plans) with
every single-character deletion of each word. A typed word and a vocabulary
word within one edit (insert, delete, substitute, swap) always share a
deletion, so candidates come from one indexed lookup instead of a scan of the
whole vocabulary.
"""

from __future__ import annotations

MIN_LEN = 4  # shorter words give too many neighbours to be useful
MAX_LEN = 32


def eligible(word: str) -> bool:
    return MIN_LEN <= len(word) <= MAX_LEN and word.isalpha()


def deletions(word: str) -> set[str]:
    """The word itself and every form with one character removed."""
    out = {word}
    out.update(word[:i] + word[i + 1:] for i in range(len(word)))
    return out


def max_distance(word: str) -> int:
    return 1 if len(word) < 8 else 2


def distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment distance (Levenshtein plus adjacent swaps).

    Stops early once every cell of a row exceeds `limit`; returns limit + 1 then.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]
