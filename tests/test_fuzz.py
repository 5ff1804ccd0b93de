"""Fuzzing (issue 12): mutated pages, dates, spans and Unicode through decode, validate, the metrics and page_rows.

Bounded here (CI); `benchmark/fuzz.py` runs the same checks far longer and counts what it ran.
The inputs and checks are in tests/fuzzing.py; each check raises only on an exception newsbench
must not let out (anything but its documented, clear errors).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import fuzzing
from hypothesis import given, settings
from hypothesis import strategies as st

EXAMPLES = 150


@settings(max_examples=EXAMPLES, deadline=None)
@given(fuzzing.pages, fuzzing.labels)
def test_decode_takes_any_bytes(raw: bytes, label: str | None) -> None:
    fuzzing.check_decode(raw, label)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.one_of(fuzzing.unicode_text, fuzzing.pages.map(lambda raw: raw.decode("utf-8", "replace"))),
       st.dates(min_value=date(1, 1, 1)))
def test_the_page_scanners_take_any_text(markup: str, day: date) -> None:
    fuzzing.check_text(markup, day)


@settings(max_examples=60, deadline=None)
@given(fuzzing.pages, fuzzing.gold_values)
def test_validate_reports_problems_for_any_page_and_gold(raw: bytes, values: dict[str, Any]) -> None:
    fuzzing.check_validate(raw, values)


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(fuzzing.date_values, fuzzing.date_values)
def test_dates_parse_or_are_refused_and_score_as_one_of_four_outcomes(gold: str | None, predicted: str | None) -> None:
    fuzzing.check_dates(gold, predicted)


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(fuzzing.gold_spans, fuzzing.spans)
def test_any_predicted_spans_are_counted(gold: list[tuple[str, int, int]], predicted: list[tuple[str, int, int]]) -> None:
    fuzzing.check_spans(gold, predicted)


@settings(max_examples=EXAMPLES, deadline=None)
@given(fuzzing.unicode_text, fuzzing.unicode_text, st.lists(fuzzing.unicode_text, max_size=3))
def test_the_text_metrics_take_any_unicode(gold: str, predicted: str, names: list[str]) -> None:
    fuzzing.check_metrics(gold, predicted, names)


@settings(max_examples=EXAMPLES, deadline=None)
@given(fuzzing.predictions, fuzzing.unicode_text, fuzzing.usable_dates)
def test_page_rows_take_any_stored_prediction(prediction: dict[str, Any], headline: str, published: str | None) -> None:
    fuzzing.check_page_rows(prediction, headline, published)
