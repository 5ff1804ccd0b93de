"""Tests of MUC / SemEval-2013 9.1 span matching."""

from __future__ import annotations

import random

import pytest
from sklearn.metrics import precision_recall_fscore_support
from sklearn.preprocessing import MultiLabelBinarizer

from newsbench.metrics.entity_spans import SCHEMAS, Span, SpanCounts, match_spans, span_counts
from newsbench.metrics.prf import PRF

# The six scenarios of the SemEval-2013 9.1 description, one of each in one text:
GOLD: list[Span] = [
    ("BRAND", 0, 7),  # I: predicted exactly
    ("BRAND", 10, 17),  # II: missed
    ("DRUG", 30, 38),  # IV: same span predicted as BRAND
    ("GROUP", 40, 51),  # V: GROUP predicted on 40-45
    ("DRUG", 60, 70),  # VI: BRAND predicted on 60-65
]
PREDICTED: list[Span] = [("BRAND", 0, 7), ("BRAND", 20, 27), ("BRAND", 30, 38), ("GROUP", 40, 45), ("BRAND", 60, 65)]
# (III: 20-27 is spurious.)


def test_the_six_scenarios() -> None:
    counts = span_counts(GOLD, PREDICTED)
    assert counts is not None
    # strict: COR I; INC IV, V, VI; MIS II; SPU III
    assert counts["strict"] == SpanCounts(cor=1, inc=3, mis=1, spu=1)
    # exact: boundaries only: COR I, IV; INC V, VI
    assert counts["exact"] == SpanCounts(cor=2, inc=2, mis=1, spu=1)
    # partial: COR I, IV; PAR V, VI
    assert counts["partial"] == SpanCounts(cor=2, par=2, mis=1, spu=1)
    # type: overlap with the right type: COR I, V; INC IV, VI
    assert counts["type"] == SpanCounts(cor=2, inc=2, mis=1, spu=1)
    # POS = ACT = 5. strict 1/5; exact 2/5; partial (2 + 0.5 * 2)/5 = 3/5; type 2/5
    strict = counts["strict"].prf("strict")
    assert (strict.precision, strict.recall, strict.f1) == pytest.approx((0.2, 0.2, 0.2))
    assert counts["exact"].prf("exact").precision == 0.4
    assert counts["partial"].prf("partial").precision == pytest.approx(0.6)
    assert counts["partial"].prf("partial").recall == pytest.approx(0.6)
    assert counts["type"].prf("type").recall == 0.4


def test_matching_is_one_to_one_and_prefers_the_longest_overlap() -> None:
    # gold PER 0-10; predicted 0-4 (overlap 4) and 5-10 (overlap 5): 5-10 is paired, 0-4 is spurious
    assert match_spans([("PER", 0, 10)], [("PER", 0, 4), ("PER", 5, 10)]) == [(0, 1, "overlap, same type")]
    counts = span_counts([("PER", 0, 10)], [("PER", 0, 4), ("PER", 5, 10)])
    assert counts is not None and counts["partial"] == SpanCounts(par=1, spu=1)


def test_same_span_beats_same_type() -> None:
    pairs = match_spans([("ORG", 0, 10)], [("ORG", 0, 12), ("LOC", 0, 10)])
    assert pairs == [(0, 1, "same span, other type")]


def test_none_empty_and_invalid() -> None:
    assert span_counts(GOLD, None) is None
    counts = span_counts(GOLD, [])
    assert counts is not None and counts["strict"] == SpanCounts(mis=5)
    counts = span_counts([], [])
    assert counts is not None and counts["strict"].prf("strict") == PRF(1.0, 1.0, 1.0)
    with pytest.raises(ValueError):
        span_counts([("PER", 5, 5)], [])


@pytest.mark.parametrize("bad", [("BRAND", 7, 0), ("BRAND", 3, 3), ("BRAND", 5, 2), ("BRAND", 60, 10)])
def test_a_predicted_span_that_selects_nothing_is_spurious_not_a_crash(bad: Span) -> None:
    # Issue 12: a tool's mention with start >= end crashed scoring; it selects no text, so it can
    # match nothing and counts as spurious under every schema, leaving the other pairs as they were.
    counts = span_counts(GOLD, [*PREDICTED, bad])
    reference = span_counts(GOLD, PREDICTED)
    assert counts is not None and reference is not None
    for schema in SCHEMAS:
        assert counts[schema] == reference[schema] + SpanCounts(spu=1)


def test_counts_add() -> None:
    assert SpanCounts(1, 2, 3, 4, 5) + SpanCounts(1, 1, 1, 1, 1) == SpanCounts(2, 3, 4, 5, 6)


def test_offsets_into_rtl_and_cjk_text() -> None:
    text = "زار محمد علي القاهرة. 東京都の小池"
    person, city, tokyo = text.index("محمد علي"), text.index("القاهرة"), text.index("東京都")
    gold: list[Span] = [("PER", person, person + len("محمد علي")), ("LOC", city, city + 7), ("LOC", tokyo, tokyo + 3)]
    predicted: list[Span] = [("PER", person, person + len("محمد")), ("LOC", city, city + 7), ("LOC", tokyo, tokyo + 2)]
    counts = span_counts(gold, predicted)
    assert counts is not None
    # محمد alone: overlap, same type; القاهرة exact; 東京 of 東京都: overlap, same type
    assert counts["strict"] == SpanCounts(cor=1, inc=2)
    assert counts["type"] == SpanCounts(cor=3)


def _unambiguous_case(rng: random.Random) -> tuple[list[Span], list[Span], list[str]]:
    """Slots 20 characters apart, each holding at most one gold and one predicted mention, and
    the kind the pair must be classified as, decided directly."""
    gold: list[Span] = []
    predicted: list[Span] = []
    kinds: list[str] = []
    for slot in range(rng.randint(1, 8)):
        base = slot * 20
        case = rng.choice(["gold only", "predicted only", "pair"])
        g = (rng.choice(["PER", "ORG"]), base + rng.randint(0, 5), base + rng.randint(6, 15))
        if case != "predicted only":
            gold.append(g)
        if case == "gold only":
            continue
        p = (rng.choice(["PER", "ORG"]), base + rng.randint(0, 5), base + rng.randint(6, 15))
        predicted.append(p)
        if case == "pair":
            span = "same span" if g[1:] == p[1:] else "overlap"
            kinds.append(f"{span}, {'same' if g[0] == p[0] else 'other'} type")
    return gold, predicted, kinds


def test_counts_agree_with_direct_classification() -> None:
    verdicts = {
        "same span, same type": ("cor", "cor", "cor", "cor"),
        "same span, other type": ("inc", "cor", "cor", "inc"),
        "overlap, same type": ("inc", "inc", "par", "cor"),
        "overlap, other type": ("inc", "inc", "par", "inc"),
    }
    rng = random.Random(21)
    for _ in range(200):
        gold, predicted, kinds = _unambiguous_case(rng)
        counts = span_counts(gold, predicted)
        assert counts is not None
        for index, schema in enumerate(SCHEMAS):
            expected = {"cor": 0, "inc": 0, "par": 0}
            for kind in kinds:
                expected[verdicts[kind][index]] += 1
            got = counts[schema]
            assert (got.cor, got.inc, got.par) == (expected["cor"], expected["inc"], expected["par"])
            assert (got.mis, got.spu) == (len(gold) - len(kinds), len(predicted) - len(kinds))
            assert (got.possible, got.actual) == (len(gold), len(predicted))


def test_strict_agrees_with_scikit_learn_on_span_labels() -> None:
    rng = random.Random(22)
    for _ in range(50):
        gold, predicted, _ = _unambiguous_case(rng)
        labels = sorted(set(gold) | set(predicted))
        binarizer = MultiLabelBinarizer(classes=labels)
        y = binarizer.fit_transform([gold, predicted])
        p, r, f, _ = precision_recall_fscore_support(y[:1], y[1:], average="micro", zero_division=0)
        counts = span_counts(gold, predicted)
        assert counts is not None
        strict = counts["strict"].prf("strict")
        if gold or predicted:
            assert (strict.precision, strict.recall, strict.f1) == pytest.approx((p, r, f))
