"""Headline scores: exact match after normalisation, and token overlap."""

from __future__ import annotations

from newsbench.metrics.prf import PRF, multiset_counts
from newsbench.metrics.tokenize import fold, tokens


def headline_exact(gold: str, predicted: str | None) -> bool | None:
    """Whether the predicted headline equals the gold one after `tokenize.fold` of both.

    `fold`: NFKC, format characters (soft hyphen, zero-width space) removed, curly quotes,
    guillemets and dashes folded to ASCII, case-folded (CSS ``text-transform`` makes the
    visible case of a headline a styling matter), whitespace collapsed, ends stripped.
    Nothing else is forgiven: a site name appended from ``<title>`` makes it wrong.
    Two empty headlines match. ``predicted=None`` (no headline offered) -> ``None``.

    >>> headline_exact("Mayor\\u2019s plan \\u2013 a first look", "MAYOR'S  PLAN - A FIRST LOOK")
    True
    >>> headline_exact("Mayor's plan", "Mayor's plan | The Daily Example")
    False
    """
    if predicted is None:
        return None
    return fold(gold) == fold(predicted)


def headline_tokens(gold: str, predicted: str | None) -> PRF | None:
    """Token P/R/F1 of a headline: ``P = |g ∩ p| / |p|``, ``R = |g ∩ p| / |g|`` (multisets).

    Tokens: `tokenize.tokens` (NFKC, case-folded words; one token per Han/kana/Thai
    character). Zero division (`prf.prf_from_counts`): both empty -> 1, 1, 1; one empty ->
    0, 0, 0. ``predicted=None`` -> ``None``.

    >>> headline_tokens("Mayor's plan", "Mayor's plan | The Daily Example")  # tp 3, fp 3
    PRF(precision=0.5, recall=1.0, f1=0.6666666666666666)
    """
    if predicted is None:
        return None
    return multiset_counts(tokens(gold), tokens(predicted)).prf
