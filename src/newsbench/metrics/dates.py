"""Publication-date scores: day-level outcomes after htmldate's convention, minute-exact and +-1 day variants."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Literal

from newsbench.metrics.prf import prf_from_counts

Outcome = Literal["TP", "FP", "FN", "TN"]

_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


@dataclass(frozen=True, slots=True)
class Stamp:
    """A parsed ISO 8601 value: the calendar day as written, and the time and UTC offset when given."""

    day: date
    time: time | None
    offset: timedelta | None

    @property
    def instant(self) -> datetime | None:
        """The moment in UTC, when both a time and an offset are known."""
        if self.time is None or self.offset is None:
            return None
        return datetime.combine(self.day, self.time, timezone(self.offset)).astimezone(timezone.utc)


class UnusableDate(ValueError):
    """Written as ISO 8601 but not a usable moment: an impossible day or time, an offset of 24 h or
    more, or an instant outside the years 1-9999 in UTC (`9999-12-31T23:59-05:00`)."""


def parse_iso(text: str) -> Stamp:
    """Parse ``YYYY-MM-DD``, optionally followed by ``THH:MM[:SS[.f]]`` and ``Z`` or ``±HH[:MM]``.

    A space may replace the ``T``; fractions of a second are ignored. Raises ValueError on
    anything else (week dates, ordinal dates, a month alone), and its subclass UnusableDate on a
    value of that form that names no real moment: an impossible day (``2023-02-30``, month 13)
    or time (``25:00``), an offset of 24 hours or more, or a moment outside the years 1-9999 in
    UTC. Every stamp returned therefore has an `instant` when it has a time and an offset.

    >>> parse_iso("2024-03-01T23:30:00+05:30").instant
    datetime.datetime(2024, 3, 1, 18, 0, tzinfo=datetime.timezone.utc)
    >>> parse_iso("2024-03-01").time is None
    True
    >>> parse_iso("9999-12-31T23:59-05:00")
    Traceback (most recent call last):
    ...
    newsbench.metrics.dates.UnusableDate: '9999-12-31T23:59-05:00' lies outside the years 1-9999 in UTC
    """
    match = _ISO.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not an ISO 8601 date or datetime: {text!r}")
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        stamp = Stamp(date(int(year), int(month), int(day)),
                      time(int(hour), int(minute), int(second or 0)) if hour is not None else None,
                      None if zone is None else _offset(zone))
    except ValueError as exc:
        raise UnusableDate(f"{text!r} is not a real date and time: {exc}") from None
    if stamp.time is not None and stamp.offset is not None:
        try:
            stamp.instant  # noqa: B018 - computed to prove it exists
        except OverflowError:
            raise UnusableDate(f"{text!r} lies outside the years 1-9999 in UTC") from None
    return stamp


def _offset(zone: str) -> timedelta:
    """The UTC offset written `Z`, `±HH`, `±HHMM` or `±HH:MM`; ValueError from 24 hours or 60 minutes on."""
    if zone == "Z":
        return timedelta(0)
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours >= 24 or minutes >= 60:
        raise ValueError(f"UTC offset {zone} out of range (under 24 hours)")
    return (-1 if zone.startswith("-") else 1) * timedelta(hours=hours, minutes=minutes)


def _day_as_seen_by(gold: Stamp, predicted: Stamp) -> int:
    """The predicted day on the gold's clock, as a proleptic ordinal, when both have an offset.

    Computed on ordinals, not dates, so that a day moved past 9999-12-31 or before 0001-01-01
    by the offset compares as a different day instead of overflowing.
    """
    instant = predicted.instant
    if instant is not None and gold.offset is not None:
        return (instant.replace(tzinfo=None) - datetime.min + gold.offset).days + 1
    return predicted.day.toordinal()


def same_day(gold: Stamp, predicted: Stamp) -> bool:
    """The calendar day matches, read on the gold's clock (see `_day_as_seen_by`).

    When both carry a time and an offset, the prediction's instant is moved into the
    gold's offset first, so a tool that reports the same instant in UTC is not punished;
    otherwise the days as written are compared.

    >>> same_day(parse_iso("2024-03-02T01:00+09:00"), parse_iso("2024-03-01T16:00Z"))
    True
    >>> same_day(parse_iso("2024-03-02"), parse_iso("2024-03-01T16:00Z"))
    False
    """
    return _day_as_seen_by(gold, predicted) == gold.day.toordinal()


def within_one_day(gold: Stamp, predicted: Stamp) -> bool:
    """The predicted day, read as in `same_day`, is the gold day or the day before or after.

    >>> within_one_day(parse_iso("2024-03-01"), parse_iso("2024-02-29"))
    True
    """
    return abs(_day_as_seen_by(gold, predicted) - gold.day.toordinal()) <= 1


def same_minute(gold: Stamp, predicted: Stamp) -> bool:
    """Exact to the minute, with the time zone.

    Gold with time and offset: the prediction must have both, and the two instants,
    compared in UTC with seconds dropped, must fall in the same minute; a prediction
    without a time or without an offset is not exact. Gold with a time but no offset:
    the prediction's written day and hour:minute must equal the gold's. Gold with a day
    only: the finest thing the page states is the day, so `same_day` decides.

    >>> same_minute(parse_iso("2024-03-01T10:15:59+01:00"), parse_iso("2024-03-01T09:15:02Z"))
    True
    >>> same_minute(parse_iso("2024-03-01T10:15+01:00"), parse_iso("2024-03-01T10:15"))
    False
    """
    if gold.time is None:
        return same_day(gold, predicted)
    if predicted.time is None:
        return False
    if gold.offset is None:
        return (predicted.day, predicted.time.replace(second=0)) == (gold.day, gold.time.replace(second=0))
    gold_instant, predicted_instant = gold.instant, predicted.instant
    if gold_instant is None or predicted_instant is None:
        return False
    return gold_instant.replace(second=0) == predicted_instant.replace(second=0)


Match = Callable[[Stamp, Stamp], bool]


def date_outcome(gold: str | None, predicted: str | None, match: Match = same_day) -> Outcome:
    """Classify one page after htmldate's evaluation.

    Gold date, prediction matching it (by `match`, default `same_day`) -> TP; a different,
    unparsable or unusable (`UnusableDate`) prediction -> FP (a wrong date is a false positive only, not also a false
    negative); no prediction (``None``, an abstention) -> FN. A page stating no date
    (gold ``None``): no prediction -> TN; any prediction -> FP. Gold must parse (ValueError
    otherwise: an unusable gold date is the dataset's fault, never scored).

    >>> [date_outcome("2024-03-01", p) for p in ("2024-03-01T08:00Z", "2024-02-01", None)]
    ['TP', 'FP', 'FN']
    >>> [date_outcome(None, p) for p in (None, "2024-03-01")]
    ['TN', 'FP']
    """
    if gold is None:
        return "TN" if predicted is None else "FP"
    gold_stamp = parse_iso(gold)
    if predicted is None:
        return "FN"
    try:
        predicted_stamp = parse_iso(predicted)
    except ValueError:
        return "FP"
    return "TP" if match(gold_stamp, predicted_stamp) else "FP"


@dataclass(frozen=True, slots=True)
class DateScores:
    """Corpus counts of outcomes and the figures derived from them (micro: one count per page)."""

    tp: int
    fp: int
    fn: int
    tn: int
    precision: float
    recall: float
    f1: float
    accuracy: float


def date_scores(outcomes: Iterable[Outcome]) -> DateScores:
    """``P = TP / (TP + FP)``, ``R = TP / (TP + FN)``, ``F1 = 2PR / (P + R)``, accuracy ``(TP + TN) / N``.

    Zero division as `prf.prf_from_counts` (TP = FP = FN = 0, every page correctly undated
    or no pages -> P = R = F1 = 1); accuracy of no pages is NaN.

    >>> s = date_scores(["TP", "TP", "FP", "FN", "TN"])
    >>> s.precision, s.recall, s.accuracy  # 2/3, 2/3, 3/5
    (0.6666666666666666, 0.6666666666666666, 0.6)
    """
    counts = Counter(outcomes)
    tp, fp, fn, tn = (counts[k] for k in ("TP", "FP", "FN", "TN"))
    prf = prf_from_counts(tp, fp, fn)
    total = tp + fp + fn + tn
    accuracy = (tp + tn) / total if total else float("nan")
    return DateScores(tp, fp, fn, tn, prf.precision, prf.recall, prf.f1, accuracy)


def took_modified(published: str | None, modified: str | None, predicted: str | None) -> bool | None:
    """Whether the prediction gives the gold *modified* day where the *published* day was wanted.

    ``None`` when the page cannot show this confusion: no gold published or modified date,
    or both on the same day (by `same_day`). Otherwise True when the prediction is on the
    modified day (read on the modified date's clock); a ``None`` or unparsable prediction
    is False.

    >>> took_modified("2024-03-01T09:00+01:00", "2024-03-04T10:00+01:00", "2024-03-04")
    True
    >>> took_modified("2024-03-01", "2024-03-01T18:00+01:00", "2024-03-01") is None
    True
    """
    if published is None or modified is None:
        return None
    published_stamp, modified_stamp = parse_iso(published), parse_iso(modified)
    if same_day(published_stamp, modified_stamp):
        return None
    try:
        return predicted is not None and same_day(modified_stamp, parse_iso(predicted))
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class ModifiedConfusion:
    """How many eligible pages (published and modified on different days) got the modified day."""

    confused: int
    eligible: int


def modified_confusions(pages: Iterable[tuple[str | None, str | None, str | None]]) -> ModifiedConfusion:
    """Count `took_modified` over (published, modified, predicted) triples; ineligible pages are not counted.

    >>> modified_confusions([("2024-03-01", "2024-03-05", "2024-03-05"), ("2024-03-01", None, "2024-03-05")])
    ModifiedConfusion(confused=1, eligible=1)
    """
    flags = [flag for page in pages if (flag := took_modified(*page)) is not None]
    return ModifiedConfusion(sum(flags), len(flags))
