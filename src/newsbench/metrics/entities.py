"""Named entities scored at document level: multisets of (type, normalised text) per page, micro-averaged."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsbench.metrics.prf import NO_COUNTS, Counts, multiset_counts
from newsbench.metrics.tokenize import fold

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
Entity = tuple[str, str]
"""(type, surface text), e.g. ("ORG", "Nordlicht Energie")."""


def normalise_entity(text: str) -> str:
    """The comparison form of an entity's text: `tokenize.fold`.

    NFKC, format characters removed, curly quotes and dashes folded, case-folded (so that
    "the Ministry" and sentence-initial "The Ministry" do not differ), whitespace collapsed.
    Determiners and possessives are kept: "Acme" and "Acme's" differ.

    >>> normalise_entity(" Nordlicht\\u00a0\\u00adEnergie ")
    'nordlicht energie'
    """
    return fold(text)


def _items(entities: Sequence[Entity], entity_type: str | None, typed: bool) -> list[object]:
    chosen = (
        (kind, text)
        for kind, text in entities
        if (entity_type is None or kind == entity_type) and normalise_entity(text)
    )
    return [(kind, normalise_entity(text)) if typed else normalise_entity(text) for kind, text in chosen]


def entity_counts(
    gold: Sequence[Entity], predicted: Sequence[Entity] | None, *, entity_type: str | None = None, typed: bool = True
) -> Counts | None:
    """Document-level strict counts of one page over multisets of entities.

    Items are ``(type, normalise_entity(text))`` (``typed=True``) or the normalised text
    alone (``typed=False``, type-agnostic); ``tp = |g ∩ p|``, ``fp = |p| - tp``,
    ``fn = |g| - tp`` (a name mentioned three times in the gold is three items). With
    `entity_type`, only entities of that type, on both sides, are counted. Texts that
    normalise to the empty string are dropped. ``predicted=None`` (no backend for the page)
    -> ``None``; an empty list is a prediction of no entities.

    >>> gold = [("PER", "Ana Lima"), ("ORG", "Vela Corp"), ("ORG", "Vela Corp")]
    >>> entity_counts(gold, [("PER", "ana lima"), ("LOC", "Vela Corp")])
    Counts(tp=1, fp=1, fn=2)
    >>> entity_counts(gold, [("PER", "ana lima"), ("LOC", "Vela Corp")], typed=False)
    Counts(tp=2, fp=0, fn=1)
    """
    if predicted is None:
        return None
    return multiset_counts(_items(gold, entity_type, typed), _items(predicted, entity_type, typed))


@dataclass(frozen=True, slots=True)
class EntityScores:
    """Micro sums over the scored pages; take ``.prf`` of any `Counts` for P/R/F1."""

    by_type: dict[str, Counts]
    typed: Counts
    untyped: Counts
    pages: int
    abstained: int


def entity_scores(pages: Iterable[tuple[Sequence[Entity], Sequence[Entity] | None]]) -> EntityScores:
    """Micro-averaged document-level scores over (gold, predicted) pages.

    Counts of `entity_counts` are summed over pages before P/R/F1 are taken (micro), per
    type (PER, ORG, LOC, MISC, and any other type that occurs), for all types with the type
    required to match (`typed`), and type-agnostic (`untyped`). Pages whose prediction is
    ``None`` are left out of every sum and counted in `abstained`; to count them as misses
    instead, pass an empty list. Zero division: `prf.prf_from_counts`.

    >>> scores = entity_scores([([("PER", "Ana")], [("PER", "Ana"), ("ORG", "Vela")]), ([("LOC", "Oslo")], None)])
    >>> scores.typed.prf.precision, scores.typed.prf.recall, scores.abstained
    (0.5, 1.0, 1)
    """
    by_type: dict[str, Counts] = dict.fromkeys(ENTITY_TYPES, NO_COUNTS)
    typed = untyped = NO_COUNTS
    scored = abstained = 0
    for gold, predicted in pages:
        if predicted is None:
            abstained += 1
            continue
        scored += 1
        for kind in {kind for kind, _ in (*gold, *predicted)} | set(ENTITY_TYPES):
            by_type[kind] = by_type.get(kind, NO_COUNTS) + multiset_counts(
                _items(gold, kind, True), _items(predicted, kind, True)
            )
        typed += multiset_counts(_items(gold, None, True), _items(predicted, None, True))
        untyped += multiset_counts(_items(gold, None, False), _items(predicted, None, False))
    return EntityScores(by_type, typed, untyped, scored, abstained)
