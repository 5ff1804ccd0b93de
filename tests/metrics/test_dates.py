"""Tests of date parsing, htmldate-style outcomes, and the minute and +-1 day variants."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

import pytest
from sklearn.metrics import precision_recall_fscore_support

from newsbench.metrics.dates import (
    Match,
    Outcome,
    UnusableDate,
    date_outcome,
    date_scores,
    modified_confusions,
    parse_iso,
    same_day,
    same_minute,
    took_modified,
    within_one_day,
)


@pytest.mark.parametrize(
    ("text", "day", "when", "offset"),
    [
        ("2024-03-01", date(2024, 3, 1), None, None),
        ("2024-03-01T10:15", date(2024, 3, 1), time(10, 15), None),
        ("2024-03-01T10:15:30Z", date(2024, 3, 1), time(10, 15, 30), timedelta(0)),
        ("2024-03-01 10:15:30.123+0530", date(2024, 3, 1), time(10, 15, 30), timedelta(hours=5, minutes=30)),
        ("2024-03-01T10:15-03:00", date(2024, 3, 1), time(10, 15), timedelta(hours=-3)),
        ("2024-03-01T10:15+09", date(2024, 3, 1), time(10, 15), timedelta(hours=9)),
    ],
)
def test_parse_iso(text: str, day: date, when: time | None, offset: timedelta | None) -> None:
    stamp = parse_iso(text)
    assert (stamp.day, stamp.time, stamp.offset) == (day, when, offset)


@pytest.mark.parametrize(
    "text", ["2024-03", "2024-13-01", "2024-02-30", "March 1, 2024", "2024-W09-5", "", "2024-03-01T25:00"]
)
def test_parse_iso_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_iso(text)


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("2024-03-01", "2024-03-01", "TP"),
        ("2024-03-01T09:00+01:00", "2024-03-01", "TP"),  # day-level: the time is not needed
        ("2024-03-01", "2024-03-02", "FP"),  # a wrong date is a false positive, not also a miss
        ("2024-03-01", None, "FN"),  # abstention
        ("2024-03-01", "yesterday", "FP"),  # tried, produced something that is not a date
        (None, None, "TN"),  # page states no date, none predicted
        (None, "2024-03-01", "FP"),
        # same instant reported in UTC: on the gold's clock it is the same day
        ("2024-03-02T01:00+09:00", "2024-03-01T16:00Z", "TP"),
        # without a time the prediction's written day is taken as is
        ("2024-03-02T01:00+09:00", "2024-03-01", "FP"),
    ],
)
def test_day_level_outcomes(gold: str | None, predicted: str | None, expected: Outcome) -> None:
    assert date_outcome(gold, predicted) == expected


def test_gold_must_parse() -> None:
    with pytest.raises(ValueError):
        date_outcome("1 March 2024", "2024-03-01")


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("2024-03-01T10:15+01:00", "2024-03-01T09:15Z", True),  # same instant, other zone
        ("2024-03-01T10:15:59+01:00", "2024-03-01T10:15:01+01:00", True),  # seconds dropped
        ("2024-03-01T10:15+01:00", "2024-03-01T10:16+01:00", False),
        ("2024-03-01T10:15+01:00", "2024-03-01T10:15", False),  # no zone: not exact
        ("2024-03-01T10:15+01:00", "2024-03-01", False),  # no time: not exact
        ("2024-03-01", "2024-03-01T23:59+05:00", True),  # gold states only the day
        ("2024-03-01T10:15", "2024-03-01T10:15+02:00", True),  # gold without zone: wall clock
        ("2024-03-01T10:15", "2024-03-01T08:15Z", False),
    ],
)
def test_minute_exact(gold: str, predicted: str, expected: bool) -> None:
    assert same_minute(parse_iso(gold), parse_iso(predicted)) is expected
    assert date_outcome(gold, predicted, same_minute) == ("TP" if expected else "FP")


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("2024-03-01", "2024-02-29", True),  # leap day before
        ("2024-03-01", "2024-03-02", True),
        ("2024-03-01", "2024-03-03", False),
        # 2025-01-02 00:10 at +01:00 is 2025-01-01 23:10 on the gold's (UTC) clock: one day after
        ("2024-12-31T23:30+00:00", "2025-01-02T00:10+01:00", True),
        # 2025-01-02 02:00 at +01:00 is 2025-01-02 01:00 UTC: two days after
        ("2024-12-31T23:30+00:00", "2025-01-02T02:00+01:00", False),
    ],
)
def test_within_one_day(gold: str, predicted: str, expected: bool) -> None:
    assert within_one_day(parse_iso(gold), parse_iso(predicted)) is expected


def test_hand_computed_corpus() -> None:
    outcomes: list[Outcome] = ["TP", "TP", "TP", "FP", "FN", "FN", "TN"]
    scores = date_scores(outcomes)
    # P = 3/4, R = 3/5, F1 = 2 * 0.45 / 1.35 = 2/3, accuracy = (3 + 1) / 7
    assert (scores.tp, scores.fp, scores.fn, scores.tn) == (3, 1, 2, 1)
    assert (scores.precision, scores.recall, scores.f1, scores.accuracy) == pytest.approx((0.75, 0.6, 2 / 3, 4 / 7))


def test_corpus_zero_division() -> None:
    assert date_scores(["TN", "TN"]).precision == 1.0  # every page correctly left undated
    assert date_scores(["FN"]).precision == 0.0


def test_agrees_with_scikit_learn_on_equivalent_label_vectors() -> None:
    # y_true = 1 where a correct date was available to give (TP, FN); y_pred = 1 where a date was given
    # and counted (TP, FP). TN is (0, 0).
    rng = random.Random(10)
    vectors = {"TP": (1, 1), "FP": (0, 1), "FN": (1, 0), "TN": (0, 0)}
    for _ in range(50):
        outcomes: list[Outcome] = rng.choices(["TP", "FP", "FN", "TN"], k=40)
        y_true, y_pred = zip(*(vectors[o] for o in outcomes), strict=True)
        p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=0)
        scores = date_scores(outcomes)
        assert (scores.precision, scores.recall, scores.f1) == pytest.approx((p, r, f))


def test_modified_confusion() -> None:
    published, modified = "2024-03-01T09:00+01:00", "2024-03-04T10:00+01:00"
    assert took_modified(published, modified, "2024-03-04") is True
    assert took_modified(published, modified, "2024-03-01") is False
    assert took_modified(published, modified, None) is False
    assert took_modified(published, modified, "garbage") is False
    assert took_modified(published, None, "2024-03-04") is None  # no modified date
    assert took_modified("2024-03-01", "2024-03-01T18:00+01:00", "2024-03-01") is None  # same day
    pages = [
        (published, modified, "2024-03-04"),  # confused
        (published, modified, "2024-03-01"),  # right
        ("2024-05-01", "2024-05-09", None),  # abstained: eligible, not confused
        ("2024-05-01", None, "2024-05-09"),  # not eligible
    ]
    confusion = modified_confusions(pages)
    assert (confusion.confused, confusion.eligible) == (1, 3)


# Issue 12: values real tools and real pages produce that used to crash scoring.
UNUSABLE = ["2024-03-01T10:00+24:00", "2024-03-01T10:00-25:30", "2024-03-01T10:00+05:60", "9999-12-31T23:59-05:00",
            "0001-01-01T00:00+05:00", "2023-02-30", "2023-13-01", "2024-03-01T24:00", "2024-03-01T10:00:60Z"]


@pytest.mark.parametrize("text", UNUSABLE)
def test_values_in_iso_form_that_name_no_moment_are_unusable(text: str) -> None:
    with pytest.raises(UnusableDate):
        parse_iso(text)


@pytest.mark.parametrize("predicted", UNUSABLE)
@pytest.mark.parametrize("match", [same_day, same_minute, within_one_day])
def test_an_unusable_prediction_is_a_wrong_prediction(predicted: str, match: Match) -> None:
    assert date_outcome("2024-03-01T10:00+05:00", predicted, match) == "FP"
    assert date_outcome("2024-03-01", predicted, match) == "FP"
    assert took_modified("2024-03-01", "2024-03-05", predicted) is False


def test_the_calendar_edges_that_still_exist_compare_without_overflow() -> None:
    # 9999-12-31T20:00Z exists, but on a +05:00 clock it is already 10000-01-01: another day.
    assert date_outcome("9999-12-31T12:00+05:00", "9999-12-31T20:00Z") == "FP"
    assert date_outcome("9999-12-31T12:00+05:00", "9999-12-31T20:00Z", within_one_day) == "TP"
    assert date_outcome("9999-12-31T12:00+05:00", "9999-12-31T18:00Z") == "TP"  # 23:00 on the gold's clock
    # 0001-01-01T02:00Z is 0000-12-31 at -05:00: before the first day, not an error
    assert date_outcome("0001-01-01T00:00-00:30", "0001-01-01T02:00Z") == "TP"
    assert date_outcome("0001-01-02T12:00-05:00", "0001-01-01T02:00Z", within_one_day) == "FP"
    assert date_outcome("0001-01-01T12:00-05:00", "0001-01-01T02:00Z", within_one_day) == "TP"


@pytest.mark.parametrize("gold", UNUSABLE)
def test_an_unusable_gold_date_is_refused(gold: str) -> None:
    with pytest.raises(UnusableDate):
        date_outcome(gold, "2024-03-01")
