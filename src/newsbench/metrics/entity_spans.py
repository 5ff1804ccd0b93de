"""Entity mentions with character offsets scored after MUC / SemEval-2013 Task 9.1 (strict, exact, partial, type)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from newsbench.metrics.prf import PRF, f_measure

Schema = Literal["strict", "exact", "partial", "type"]
SCHEMAS: tuple[Schema, ...] = ("strict", "exact", "partial", "type")
Span = tuple[str, int, int]
"""(type, start, end): character offsets into one text, end exclusive; a gold span has start < end."""


@dataclass(frozen=True, slots=True)
class SpanCounts:
    """MUC categories: correct, incorrect, partial, missing, spurious."""

    cor: int = 0
    inc: int = 0
    par: int = 0
    mis: int = 0
    spu: int = 0

    def __add__(self, other: SpanCounts) -> SpanCounts:
        return SpanCounts(
            self.cor + other.cor, self.inc + other.inc, self.par + other.par, self.mis + other.mis, self.spu + other.spu
        )

    @property
    def possible(self) -> int:
        """POS = COR + INC + PAR + MIS: the number of gold mentions."""
        return self.cor + self.inc + self.par + self.mis

    @property
    def actual(self) -> int:
        """ACT = COR + INC + PAR + SPU: the number of predicted mentions."""
        return self.cor + self.inc + self.par + self.spu

    def prf(self, schema: Schema) -> PRF:
        """SemEval-2013 9.1 figures of these counts under `schema`.

        strict, exact, type: ``P = COR / ACT``, ``R = COR / POS``. partial:
        ``P = (COR + 0.5 PAR) / ACT``, ``R = (COR + 0.5 PAR) / POS``. F1 = 2PR / (P + R).
        Zero division: ACT = POS = 0 -> 1, 1, 1; otherwise a zero denominator gives 0.

        >>> SpanCounts(cor=3, par=2, mis=1, spu=1).prf("partial")  # (3 + 1) / 6 both ways
        PRF(precision=0.6666666666666666, recall=0.6666666666666666, f1=0.6666666666666666)
        """
        if self.possible == 0 and self.actual == 0:
            return PRF(1.0, 1.0, 1.0)
        credit = self.cor + (0.5 * self.par if schema == "partial" else 0.0)
        precision = credit / self.actual if self.actual else 0.0
        recall = credit / self.possible if self.possible else 0.0
        return PRF(precision, recall, f_measure(precision, recall))


# How a matched (gold, predicted) pair counts under each schema, by kind of match.
_VERDICTS: dict[str, dict[Schema, str]] = {
    "same span, same type": {"strict": "cor", "exact": "cor", "partial": "cor", "type": "cor"},
    "same span, other type": {"strict": "inc", "exact": "cor", "partial": "cor", "type": "inc"},
    "overlap, same type": {"strict": "inc", "exact": "inc", "partial": "par", "type": "cor"},
    "overlap, other type": {"strict": "inc", "exact": "inc", "partial": "par", "type": "inc"},
}
_KINDS = list(_VERDICTS)


def _kind(gold: Span, predicted: Span) -> str:
    same_span = gold[1:] == predicted[1:]
    same_type = gold[0] == predicted[0]
    return _KINDS[(0 if same_span else 2) + (0 if same_type else 1)]


def match_spans(gold: Sequence[Span], predicted: Sequence[Span]) -> list[tuple[int, int, str]]:
    """One-to-one pairs (gold index, predicted index, kind) of overlapping mentions.

    Candidate pairs are those whose character ranges overlap. They are taken greedily, best
    first: same span and type, then same span, then overlap with the same type, then any
    overlap; within a kind, longer overlap first, then earlier gold, then earlier prediction.
    Each mention is used at most once, so POS equals the number of gold mentions and ACT the
    number of predicted ones, as the SemEval formulas assume. A predicted span that selects
    nothing (start >= end) overlaps nothing and is never paired (it counts as spurious); a gold
    span like that is a ValueError (the gold is validated, so it is a bug).

    >>> match_spans([("PER", 0, 8), ("ORG", 20, 29)], [("PER", 0, 4), ("LOC", 20, 29), ("PER", 40, 45)])
    [(1, 1, 'same span, other type'), (0, 0, 'overlap, same type')]
    """
    for span in gold:
        if not span[1] < span[2]:
            raise ValueError(f"a gold span needs start < end: {span!r}")
    candidates = []
    for g, gold_span in enumerate(gold):
        for p, predicted_span in enumerate(predicted):
            overlap = min(gold_span[2], predicted_span[2]) - max(gold_span[1], predicted_span[1])
            if overlap > 0:
                kind = _kind(gold_span, predicted_span)
                candidates.append((_KINDS.index(kind), -overlap, g, p, kind))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, _, g, p, kind in sorted(candidates):
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((g, p, kind))
    return pairs


def span_counts(gold: Sequence[Span], predicted: Sequence[Span] | None) -> dict[Schema, SpanCounts] | None:
    """MUC / SemEval-2013 9.1 counts of one text under the four schemas.

    Pairs from `match_spans` count, by kind: same span and type -> COR everywhere; same
    span, other type -> strict INC, exact COR, partial COR, type INC; overlap, same type ->
    strict INC, exact INC, partial PAR, type COR; overlap, other type -> strict INC, exact
    INC, partial PAR, type INC. An unpaired gold mention is MIS and an unpaired prediction
    (including one with start >= end, which selects nothing) SPU under every schema. Offsets of mentions in different blocks must be made relative
    to one text first. ``predicted=None`` -> ``None``.

    >>> counts = span_counts([("PER", 0, 8), ("ORG", 20, 29)], [("PER", 0, 4), ("LOC", 20, 29), ("PER", 40, 45)])
    >>> counts["strict"], counts["partial"]
    (SpanCounts(cor=0, inc=2, par=0, mis=0, spu=1), SpanCounts(cor=1, inc=0, par=1, mis=0, spu=1))
    >>> span_counts([("PER", 0, 8)], [("PER", 8, 0)])["strict"]
    SpanCounts(cor=0, inc=0, par=0, mis=1, spu=1)
    """
    if predicted is None:
        return None
    tallies: dict[Schema, dict[str, int]] = {s: dict.fromkeys(("cor", "inc", "par", "mis", "spu"), 0) for s in SCHEMAS}
    pairs = match_spans(gold, predicted)
    for _, _, kind in pairs:
        for schema, verdict in _VERDICTS[kind].items():
            tallies[schema][verdict] += 1
    for schema in SCHEMAS:
        tallies[schema]["mis"] = len(gold) - len(pairs)
        tallies[schema]["spu"] = len(predicted) - len(pairs)
    return {schema: SpanCounts(**tally) for schema, tally in tallies.items()}
