"""Tests of document-level entity scores."""

from __future__ import annotations

import random

import pytest
from sklearn.metrics import precision_recall_fscore_support
from sklearn.preprocessing import MultiLabelBinarizer

from newsbench.metrics.entities import Entity, entity_counts, entity_scores, normalise_entity
from newsbench.metrics.prf import Counts

GOLD: list[Entity] = [("PER", "Ana Lima"), ("ORG", "Vela Corp"), ("ORG", "Vela Corp"), ("LOC", "Oslo")]


def test_typed_counts_respect_type_and_multiplicity() -> None:
    predicted: list[Entity] = [("PER", "ana lima"), ("ORG", "Vela Corp"), ("LOC", "Vela Corp"), ("MISC", "Nobel")]
    # typed: tp = (PER ana lima) + one (ORG vela corp) = 2; fp = 4 - 2; fn = 4 - 2
    assert entity_counts(GOLD, predicted) == Counts(2, 2, 2)
    # untyped: gold {ana lima, vela corp x2, oslo}; predicted {ana lima, vela corp x2, nobel}: tp 3
    assert entity_counts(GOLD, predicted, typed=False) == Counts(3, 1, 1)
    assert entity_counts(GOLD, predicted, entity_type="ORG") == Counts(1, 0, 1)
    assert entity_counts(GOLD, predicted, entity_type="MISC") == Counts(0, 1, 0)


def test_normalisation() -> None:
    assert normalise_entity("O\u2019Brien  Group") == normalise_entity("o'brien group") == "o'brien group"
    assert normalise_entity("Vela\u00a0Corp") == "vela corp"
    assert normalise_entity("\u200b") == ""


def test_none_is_an_abstention_and_an_empty_list_a_prediction() -> None:
    assert entity_counts(GOLD, None) is None
    assert entity_counts(GOLD, []) == Counts(0, 0, 4)
    assert entity_counts([], []) == Counts(0, 0, 0)


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ([("LOC", "東京都"), ("ORG", "東京大学")], [("LOC", "東京都"), ("LOC", "東京大学")], Counts(1, 1, 1)),  # ja
        ([("PER", "习近平")], [("PER", "习近平")], Counts(1, 0, 0)),  # zh
        ([("LOC", "القاهرة"), ("PER", "محمد علي")], [("LOC", "\u200fالقاهرة")], Counts(1, 0, 1)),  # ar, RLM dropped
        ([("LOC", "दिल्ली")], [("LOC", "दिल्ली"), ("ORG", "भाजपा")], Counts(1, 1, 0)),  # hi
        ([("LOC", "กรุงเทพ")], [("LOC", "กรุงเทพฯ")], Counts(0, 1, 1)),  # th: the abbreviation mark differs
    ],
)
def test_languages(gold: list[Entity], predicted: list[Entity], expected: Counts) -> None:
    assert entity_counts(gold, predicted) == expected


def test_corpus_micro_sums_and_abstentions() -> None:
    pages: list[tuple[list[Entity], list[Entity] | None]] = [
        ([("PER", "Ana"), ("ORG", "Vela")], [("PER", "Ana"), ("PER", "Vela")]),  # typed tp 1 fp 1 fn 1
        ([("LOC", "Oslo")], [("LOC", "Oslo"), ("LOC", "Bergen")]),  # typed tp 1 fp 1 fn 0
        ([("LOC", "Rome")], None),  # abstained: not counted
    ]
    scores = entity_scores(pages)
    assert (scores.pages, scores.abstained) == (2, 1)
    assert scores.typed == Counts(2, 2, 1)  # P 2/4, R 2/3
    assert scores.untyped == Counts(3, 1, 0)  # "vela" matches without its type
    assert scores.by_type["PER"] == Counts(1, 1, 0)
    assert scores.by_type["ORG"] == Counts(0, 0, 1)
    assert scores.by_type["LOC"] == Counts(1, 1, 0)
    assert scores.by_type["MISC"] == Counts(0, 0, 0)


def test_agrees_with_scikit_learn_multilabel_micro_average() -> None:
    # With no repeated entity on a page, the multisets are sets, and micro P/R/F1 over pages is
    # scikit-learn's micro average over a page x (type, text) indicator matrix.
    rng = random.Random(13)
    universe = [(kind, name) for kind in ("PER", "ORG", "LOC", "MISC") for name in ("Ana", "Vela", "Oslo", "Nobel")]
    pages = [(rng.sample(universe, rng.randint(0, 6)), rng.sample(universe, rng.randint(1, 6))) for _ in range(60)]
    scores = entity_scores(pages)
    labels = [(kind, normalise_entity(name)) for kind, name in universe]
    binarizer = MultiLabelBinarizer(classes=labels)
    y_true = binarizer.fit_transform([[(k, normalise_entity(n)) for k, n in gold] for gold, _ in pages])
    y_pred = binarizer.transform([[(k, normalise_entity(n)) for k, n in predicted] for _, predicted in pages])
    p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average="micro", zero_division=0)
    typed = scores.typed.prf
    assert (typed.precision, typed.recall, typed.f1) == pytest.approx((p, r, f))
    per = [i for i, label in enumerate(labels) if label[0] == "PER"]
    p, r, f, _ = precision_recall_fscore_support(y_true[:, per], y_pred[:, per], average="micro", zero_division=0)
    by_per = scores.by_type["PER"].prf
    assert (by_per.precision, by_per.recall, by_per.f1) == pytest.approx((p, r, f))
