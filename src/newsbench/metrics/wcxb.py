"""WCXB's body metric (its ``evaluate.py``): bag-of-words P/R/F1 per page, each averaged over pages."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from newsbench.metrics import aeb
from newsbench.metrics.bags import Bag
from newsbench.metrics.prf import PRF, f_measure
from newsbench.metrics.tokenize import word_runs


# Their tokenizer exactly: `\w+` on `str.lower()` (`tokenize.word_runs`), no Unicode normalisation.
def wcxb_tokens(text: str | None) -> list[str]:
    """WCXB's tokens: ``re.findall(r"\\w+", text.lower())``; none for an empty or missing text.

    >>> wcxb_tokens("Straße, STRASSE!")
    ['straße', 'strasse']
    """
    if not text:
        return []
    if "\u0130" in text or "\u03a3" in text:
        return list(word_runs(text.lower()))
    # Without "İ" (lower-cased to two characters, the second no word character) and "Σ" (whose
    # lower case depends on its neighbours), lower-casing maps each character to one character of
    # the same kind (word or not; checked over every code point in the tests), so these are the
    # lower-cased `\w+` tokens of the text itself, which the AEB metric has already found.
    words = aeb.aeb_token_tuple(text)
    return " ".join(words).lower().split(" ") if words else []


def wcxb_page(gold: str, predicted: str | None) -> PRF | None:
    """Word-level P/R/F1 of one page, as ``word_f1`` in WCXB's ``evaluate.py``.

    ``P = |g ∩ p| / |p|``, ``R = |g ∩ p| / |g|`` over multisets of `wcxb_tokens`,
    ``F1 = 2PR / (P + R)`` (0 when P + R = 0). Zero division as theirs: empty gold ->
    1, 1, 1 if the prediction is empty too, else 0, 0, 0; empty prediction -> 0, 0, 0.
    ``predicted=None`` -> ``None``; `wcxb_corpus` scores it as the empty string, as their
    ``predictions.get(file_id, '')`` does for a missing page.

    >>> wcxb_page("The cat sat", "the cat ran away")  # overlap 2: P 2/4, R 2/3
    PRF(precision=0.5, recall=0.6666666666666666, f1=0.5714285714285715)
    """
    if predicted is None:
        return None
    predicted_tokens, gold_bag = wcxb_tokens(predicted), _bag(gold)
    if not gold_bag.total:
        return PRF(1.0, 1.0, 1.0) if not predicted_tokens else PRF(0.0, 0.0, 0.0)
    if not predicted_tokens:
        return PRF(0.0, 0.0, 0.0)
    overlap = gold_bag.overlap(predicted_tokens)
    precision, recall = overlap / len(predicted_tokens), overlap / gold_bag.total
    return PRF(precision, recall, f_measure(precision, recall))


@functools.lru_cache(maxsize=1024)
def _bag(gold: str) -> Bag:
    # The gold side is the same for every extractor on a page: its tokens are counted once.
    return Bag(wcxb_tokens(gold))


def wcxb_corpus(pairs: Iterable[tuple[str, str | None]]) -> PRF:
    """WCXB's overall figures: the plain means over pages of per-page P, R and F1 (macro).

    F1 is the mean of per-page F1, not the F1 of mean P and mean R. A ``None`` prediction
    counts as the empty string. Raises ValueError on an empty corpus (theirs divides by 0).

    >>> wcxb_corpus([("a b", "a b"), ("a b", "")])
    PRF(precision=0.5, recall=0.5, f1=0.5)
    """
    pages = [page for gold, predicted in pairs if (page := wcxb_page(gold, predicted or "")) is not None]
    if not pages:
        raise ValueError("wcxb_corpus needs at least one page")
    n = len(pages)
    return PRF(sum(p.precision for p in pages) / n, sum(p.recall for p in pages) / n, sum(p.f1 for p in pages) / n)
