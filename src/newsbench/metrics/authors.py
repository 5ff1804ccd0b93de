"""Author scores: set precision, recall and F1 over normalised names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbench.metrics.prf import PRF, Counts, multiset_counts
from newsbench.metrics.tokenize import fold

# A leading English "by" (extractors often keep the byline's label), then separators.
_BY = re.compile(r"^by\b[\s:]*")
_EDGES = " ,;:|·•-–—/"
_SEPARATORS = re.compile(r"\s*(?:[;|&/]|,|\band\b)\s*")


def normalise_name(name: str) -> str:
    """The comparison form of an author name.

    `tokenize.fold` (NFKC, format characters removed, quotes and dashes folded, case-folded,
    whitespace collapsed), then a leading "by" (any case, with an optional colon) removed,
    then separators and spaces stripped from both ends. Nothing else: "J. Smith" and "John
    Smith" differ, as do "Smith, John" and "John Smith". Only the English "by" is removed:
    names in other languages are left whole rather than risk cutting a real name.

    >>> normalise_name("  By:  JANE\\u00a0Doe, ")
    'jane doe'
    >>> normalise_name("Byron Bay")
    'byron bay'
    """
    return _BY.sub("", fold(name)).strip(_EDGES)


def split_byline(byline: str) -> list[str]:
    """Split a one-string byline into names at ``; | & /``, commas and the word "and".

    For tools that return all authors as one string; splitting at commas breaks
    "Smith, John", so use it only on such tools' output.

    >>> split_byline("By Jane Doe and John Roe; Ann Lee")
    ['By Jane Doe', 'John Roe', 'Ann Lee']
    """
    return [part for part in _SEPARATORS.split(byline.strip()) if part.strip()]


def author_scores(gold: Sequence[str], predicted: Sequence[str] | None) -> PRF | None:
    """Set P/R/F1 of author names: ``P = |g ∩ p| / |p|``, ``R = |g ∩ p| / |g|``.

    g and p are the sets of `normalise_name` forms (duplicates and names that normalise to
    the empty string dropped). Zero division (`prf.prf_from_counts`): no gold and no
    predicted names -> 1, 1, 1 (a page without a byline, correctly left blank); one side
    empty -> 0, 0, 0. ``predicted=None`` (the tool does not extract authors) -> ``None``.

    >>> author_scores(["Jane Doe", "John Roe"], ["by Jane Doe", "Staff"])  # tp 1, fp 1, fn 1
    PRF(precision=0.5, recall=0.5, f1=0.5)
    """
    if predicted is None:
        return None
    return author_counts(gold, predicted).prf


def author_counts(gold: Sequence[str], predicted: Sequence[str]) -> Counts:
    """The tp, fp and fn behind `author_scores` (sets of normalised names), for micro averages.

    >>> author_counts(["Jane Doe", "John Roe"], ["by Jane Doe", "Staff"])
    Counts(tp=1, fp=1, fn=1)
    """
    gold_names = {n for n in map(normalise_name, gold) if n}
    predicted_names = {n for n in map(normalise_name, predicted) if n}
    return multiset_counts(gold_names, predicted_names)
