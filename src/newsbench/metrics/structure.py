"""Structure scores: whether a prediction keeps each gold block's kind (heading, list item, table, quote, ...) and order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsbench.metrics.lcs import kernel, lcs_length_masked, match_masks
from newsbench.metrics.prf import PRF, Counts, prf_from_counts
from newsbench.metrics.tokenize import tokens

KINDS = ("paragraph", "heading", "list_item", "quote", "table", "caption", "note")
# A gold block and a predicted block are the same block when the LCS of their tokens covers at
# least this share of the longer of the two (so a block merged with its neighbour is not matched).
MATCH_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class StructureScores:
    """One page's structure counts per kind, their sum, and the order agreement of the matched blocks."""

    per_kind: dict[str, Counts]
    total: Counts
    order: float | None  # Kendall tau-a of matched blocks' positions; None below two matches

    @property
    def prf(self) -> PRF:
        """P/R/F1 of the summed counts (`prf.prf_from_counts`)."""
        return self.total.prf


def _similar(a: Sequence[str], b: Sequence[str], masks: dict[int, int], ids: dict[str, int]) -> float:
    """LCS(a, b) / max(|a|, |b|), with `b`'s match masks prepared over the vocabulary `ids`."""
    if not a or not b or min(len(a), len(b)) < MATCH_SHARE * max(len(a), len(b)):
        return 0.0
    if list(a) == list(b):
        return 1.0
    return lcs_length_masked([ids.get(t, -2) for t in a], masks, len(b)) / max(len(a), len(b))


def match_blocks(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> list[int | None]:
    """For each gold block (token list), the index of its predicted block, or None; one-to-one.

    A pair qualifies when ``LCS / max(len) >= MATCH_SHARE``. Gold blocks are matched in order,
    each to the unmatched qualifying predicted block of highest similarity (the earliest on ties).
    The compiled kernel's `match_blocks` (metrics/_lcs.c) where it was built, else
    `python_match_blocks`, its specification: the same matches.

    >>> match_blocks([["a", "b"], ["c", "d", "e"]], [["c", "d", "e"], ["x"], ["a", "b"]])
    [2, 0]
    """
    if kernel is not None:
        return kernel.match_blocks(gold, predicted, MATCH_SHARE)  # type: ignore[no-any-return]
    return python_match_blocks(gold, predicted)


def python_match_blocks(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> list[int | None]:
    """`match_blocks` in Python: the specification the compiled kernel is tested against.

    >>> python_match_blocks([["a", "b"], ["c", "d", "e"]], [["c", "d", "e"], ["x"], ["a", "b"]])
    [2, 0]
    """
    ids: dict[str, int] = {}
    encoded = [[ids.setdefault(t, len(ids)) for t in block] for block in predicted]
    masks = [match_masks(block) for block in encoded]
    taken: set[int] = set()
    out: list[int | None] = []
    for block in gold:
        best, best_share = None, 0.0
        for j, candidate in enumerate(predicted):
            if j in taken:
                continue
            share = _similar(block, candidate, masks[j], ids)
            if share >= MATCH_SHARE and share > best_share:
                best, best_share = j, share
        if best is not None:
            taken.add(best)
        out.append(best)
    return out


def kendall_tau(order: Sequence[int]) -> float | None:
    """Kendall's tau-a of positions against their rank: (concordant - discordant) / (n (n - 1) / 2); None if n < 2.

    >>> kendall_tau([0, 1, 2]), kendall_tau([2, 1, 0]), kendall_tau([1, 0, 2])
    (1.0, -1.0, 0.3333333333333333)
    """
    n = len(order)
    if n < 2:
        return None
    score = sum((order[j] > order[i]) - (order[j] < order[i]) for i in range(n) for j in range(i + 1, n))
    return score / (n * (n - 1) / 2)


def structure_scores(gold_blocks: Sequence[tuple[str, str, bool]], predicted: Sequence[tuple[str, str]] | None,
                     headline: str = "") -> StructureScores | None:
    """Typed-block counts of a prediction: each gold block found as its own kind, per kind.

    Gold: (kind, text, optional) blocks; predicted: (kind, text) blocks. Blocks are matched one
    to one by `match_blocks` on `tokenize.tokens` (LCS covering 80% of the longer block). For
    each kind K: tp = required gold blocks of kind K matched to a predicted block of kind K;
    fn = required gold blocks of kind K not so matched (missed, or found as another kind);
    fp = predicted blocks of kind K not matched to a required gold block of kind K (boilerplate,
    or a block of another kind). Neutral, in neither count: predicted blocks matched to an
    optional gold block, and predicted blocks matching the gold `headline` (which is not a body
    block; trafilatura's Markdown starts with it). Page P/R/F1 from the counts summed over kinds
    (`prf.prf_from_counts`: no required gold block and no counted predicted block -> 1, 1, 1).
    Order: Kendall tau-a (`kendall_tau`) of the predicted positions of all matched blocks taken
    in gold order (None below two matched blocks). ``predicted=None`` -> ``None``.

    >>> gold = [("heading", "Storm hits the coast", False), ("paragraph", "Winds reached 120 km/h.", False),
    ...         ("list_item", "Roads closed", False), ("caption", "Photo: waves", True)]
    >>> s = structure_scores(gold, [("heading", "Storm"), ("paragraph", "Storm hits the coast"),
    ...                             ("paragraph", "Winds reached 120 km/h."), ("list_item", "Roads closed")], "Storm")
    >>> s.per_kind["heading"], s.per_kind["paragraph"], s.total, s.order
    (Counts(tp=0, fp=0, fn=1), Counts(tp=1, fp=1, fn=0), Counts(tp=2, fp=1, fn=1), 1.0)
    """
    if predicted is None:
        return None
    gold_tokens = [tokens(text) for _, text, _ in gold_blocks]
    predicted_tokens = [tokens(text) for _, text in predicted]
    matches = match_blocks(gold_tokens, predicted_tokens)
    headline_tokens = tokens(headline)
    headline_like = {j for j, block in enumerate(predicted_tokens)
                     if headline_tokens and match_blocks([headline_tokens], [block]) == [0]}
    tp = dict.fromkeys(KINDS, 0)
    fn = dict.fromkeys(KINDS, 0)
    fp = dict.fromkeys(KINDS, 0)
    neutral: set[int] = set()
    correct: set[int] = set()
    for (kind, _, optional), j in zip(gold_blocks, matches, strict=True):
        if optional:
            if j is not None:
                neutral.add(j)
            continue
        if j is not None and predicted[j][0] == kind:
            tp[kind] += 1
            correct.add(j)
        else:
            fn[kind] += 1
    matched = {j for j in matches if j is not None}
    for j, (kind, _) in enumerate(predicted):
        if j in correct or j in neutral or (j in headline_like and j not in matched):
            continue
        fp[kind] += 1
    per_kind = {k: Counts(tp[k], fp[k], fn[k]) for k in KINDS}
    total = Counts(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return StructureScores(per_kind, total, kendall_tau([j for j in matches if j is not None]))


def structure_prf(gold_blocks: Sequence[tuple[str, str, bool]], predicted: Sequence[tuple[str, str]] | None,
                  headline: str = "") -> PRF | None:
    """The page's structure P/R/F1 (`structure_scores`); ``predicted=None`` -> ``None``.

    >>> structure_prf([("heading", "Storm", False), ("paragraph", "Rain fell.", False)],
    ...               [("paragraph", "Storm"), ("paragraph", "Rain fell.")])
    PRF(precision=0.5, recall=0.5, f1=0.5)
    """
    scores = structure_scores(gold_blocks, predicted, headline)
    return None if scores is None else prf_from_counts(scores.total.tp, scores.total.fp, scores.total.fn)
