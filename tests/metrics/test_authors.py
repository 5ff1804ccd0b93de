"""Tests of author name normalisation and set scores."""

from __future__ import annotations

import random

import pytest
from sklearn.metrics import precision_recall_fscore_support
from sklearn.preprocessing import MultiLabelBinarizer

from newsbench.metrics.authors import author_scores, normalise_name, split_byline
from newsbench.metrics.prf import PRF


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jane Doe", "jane doe"),
        ("By Jane Doe", "jane doe"),
        ("BY: Jane\u00a0Doe,", "jane doe"),
        ("by  jane   doe", "jane doe"),
        ("Byron Bay", "byron bay"),  # "by" only as a word
        ("Anne-Marie O\u2019Neil", "anne-marie o'neil"),
        ("王小明", "王小明"),
        ("محمد علي", "محمد علي"),
        ("राहुल शर्मा", "राहुल शर्मा"),
        ("Por Juan Pérez", "por juan pérez"),  # only the English label is removed
        ("By", ""),
    ],
)
def test_normalise_name(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


def test_set_scores() -> None:
    # gold {jane doe, john roe}; predicted {jane doe, staff}: tp 1, fp 1, fn 1
    assert author_scores(["Jane Doe", "John Roe"], ["By Jane Doe", "Staff", "jane doe"]) == PRF(0.5, 0.5, 0.5)


def test_none_and_empty() -> None:
    assert author_scores(["Jane Doe"], None) is None
    assert author_scores([], []) == PRF(1.0, 1.0, 1.0)  # no byline, none predicted
    assert author_scores([], ["Staff"]) == PRF(0.0, 0.0, 0.0)
    assert author_scores(["Jane Doe"], []) == PRF(0.0, 0.0, 0.0)
    assert author_scores(["Jane Doe"], ["By"]) == PRF(0.0, 0.0, 0.0)  # nothing left after normalising


def test_non_latin_names() -> None:
    # gold {王小明, محمد علي, राहुल शर्मा}; predicted 王小明 and राहुल शर्मा: P 1, R 2/3, F1 0.8
    result = author_scores(["王小明", "محمد علي", "राहुल शर्मा"], ["王小明", "By राहुल शर्मा"])
    assert result is not None
    assert (result.precision, result.recall, result.f1) == pytest.approx((1.0, 2 / 3, 0.8))


def test_split_byline() -> None:
    assert split_byline("Jane Doe, John Roe & Ann Lee") == ["Jane Doe", "John Roe", "Ann Lee"]
    assert split_byline("Alexandra Andersen") == ["Alexandra Andersen"]  # "and" only as a word
    assert split_byline("") == []


def test_agrees_with_scikit_learn_multilabel_on_one_page() -> None:
    rng = random.Random(6)
    people = ["Ana Lima", "Bo Chen", "Cy Diaz", "Di Eze", "Ed Fox"]
    for _ in range(100):
        gold, predicted = rng.sample(people, rng.randint(1, 4)), rng.sample(people, rng.randint(1, 4))
        binarizer = MultiLabelBinarizer(classes=[normalise_name(p) for p in people])
        y = binarizer.fit_transform([[normalise_name(g) for g in gold], [normalise_name(p) for p in predicted]])
        p, r, f, _ = precision_recall_fscore_support(y[:1], y[1:], average="micro", zero_division=0)
        result = author_scores(gold, predicted)
        assert result is not None
        assert (result.precision, result.recall, result.f1) == pytest.approx((p, r, f))
