"""What the fuzz test (tests/test_fuzz.py, bounded) and benchmark/fuzz.py (long) feed newsbench, and what they check.

Inputs: the hand-written fixture page mutated byte by byte (fragments that open scripts,
comments and meta charsets, byte-order marks, broken UTF-8 sequences, random bytes), encoding
labels, dates in and out of ISO 8601 and at the calendar's edges, entity spans with any
offsets, and Unicode text of every category including lone surrogates. Each `check_*` function
runs one part of newsbench on one input and raises only when newsbench fails in a way it must
not: an exception other than its documented, clear ones.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from conftest import PAGE, gold
from hypothesis import strategies as st

from newsbench.corpus.pages import PageGold
from newsbench.corpus.schema import Block, Entity
from newsbench.corpus.validate import validate
from newsbench.errors import DecodeError
from newsbench.metrics import aeb, authors, blocks, body, dates, entity_spans, headline, tokenize, wcxb
from newsbench.score.page_scores import page_rows
from newsbench.text.days import page_mentions_day
from newsbench.text.decode import decode, meta_charset
from newsbench.text.normalize import searchable_text

BASE = PAGE.encode("utf-8")
FRAGMENTS = [b"<script>", b"</script>", b"<script type='application/ld+json'>{\"a\": \"\\u00e9\\\"\"}", b"<!--", b"-->",
             b"<", b">", b'"', b'\\"', b"\n", b"&amp", b"&#x110000;", b"&#0;", b"<meta charset=\"koi8-r\">",
             b"<meta charset=utf-16>", b'<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">',
             b"<meta charset=\"x-no-such-label\">", b"</head>", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xc3",
             b"\xe2\x80", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\x00", "é".encode("cp1252"), "дом".encode("koi8-r"),
             "日本".encode("shift_jis"), b"2021-05-14", b"14 May 2021", b"\xd9\xa2\xd9\xa0"]
LABELS = [None, "utf-8", "UTF-16LE", "windows-1252", "Shift_JIS", "gb18030", "koi8-r", "iso-2022-jp", "x-no-such", ""]
EDGE_DATES = ["9999-12-31T23:59-05:00", "0001-01-01T00:00+05:00", "2024-03-01T10:00+24:00", "2023-02-30",
              "2023-13-01", "2024-03-01T24:00", "2024-02-29", "9999-12-31T20:00Z", "0001-01-01", "2024-03-01T10:00:60Z"]
TYPES = ["PER", "ORG", "LOC", "MISC", ""]

mutation = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, len(BASE)), st.one_of(st.sampled_from(FRAGMENTS), st.binary(max_size=6))),
    st.tuples(st.just("delete"), st.integers(0, len(BASE)), st.integers(1, 64)),
    st.tuples(st.just("replace"), st.integers(0, len(BASE)), st.integers(0, 255)),
)
pages = st.lists(mutation, max_size=16).map(lambda ms: mutate(BASE, ms))
labels = st.sampled_from(LABELS)
# Every code point, lone surrogates included (they arrive through JSON escapes such as "\ud800").
unicode_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=120)
iso_like = st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\Z")
real_dates = st.dates(min_value=date(1, 1, 1)).map(date.isoformat)
date_values = st.one_of(st.none(), st.sampled_from(EDGE_DATES), iso_like, real_dates, unicode_text)
usable_dates = st.one_of(st.none(), st.sampled_from(["2024-02-29", "9999-12-31T20:00Z", "0001-01-01",
                                                      "2021-05-14T09:30:00+02:00"]), real_dates)
offsets = st.integers(-5, 80)
spans = st.lists(st.tuples(st.sampled_from(TYPES), offsets, offsets), max_size=8)
gold_spans = st.lists(st.tuples(st.sampled_from(TYPES), st.integers(0, 70), st.integers(1, 10)).map(
    lambda s: (s[0], s[1], s[1] + s[2])), max_size=8)
mentions = st.lists(st.fixed_dictionaries({"text": unicode_text, "type": st.sampled_from(TYPES),
                                           "start": st.one_of(st.none(), offsets), "end": st.one_of(st.none(), offsets)}),
                    max_size=6)
predictions = st.fixed_dictionaries({
    "headline": st.one_of(st.none(), unicode_text), "published": date_values, "modified": date_values,
    "authors": st.one_of(st.none(), st.lists(unicode_text, max_size=4)), "body": st.one_of(st.none(), unicode_text),
    "blocks": st.none(), "entities": st.one_of(st.none(), mentions),
    "error": st.one_of(st.none(), st.just("TimeoutError: timed out after 60 s")),
})
gold_values = st.fixed_dictionaries({
    "headline": unicode_text, "published": date_values, "modified": date_values, "body_text": unicode_text,
    "start": offsets, "end": offsets, "encoding": st.sampled_from(LABELS),
})


def mutate(raw: bytes, mutations: list[tuple[str, int, Any]]) -> bytes:
    """`raw` with each (kind, position, what) applied in turn; positions past the end clamp to it."""
    data = bytearray(raw)
    for kind, position, what in mutations:
        at = min(position, len(data))
        if kind == "insert":
            data[at:at] = what
        elif kind == "delete":
            del data[at:at + what]
        elif at < len(data):
            data[at] = what
    return bytes(data)


def check_decode(raw: bytes, label: str | None) -> None:
    """decode, strict and not, and the meta prescan: a Decoded, or DecodeError (empty page, unknown label, bad bytes)."""
    for strict in (True, False):
        try:
            page = decode(raw, label, strict=strict)
        except DecodeError:
            continue
        assert isinstance(page.text, str) and page.source in ("bom", "declared", "meta", "utf-8-valid", "detected")
    meta_charset(raw)


def check_text(markup: str, day: date) -> None:
    """The page scanners on any text: searchable text and the day search never raise."""
    assert isinstance(searchable_text(markup), str)
    page_mentions_day(markup, day)


def check_validate(raw: bytes, values: dict[str, Any]) -> None:
    """validate() on a one-page corpus of a mutated page and a gold file with fuzzed values: problems, never an exception."""
    record = gold(headline=values["headline"], published=values["published"], modified=values["modified"])
    record["body"][0]["text"] = values["body_text"] or "x"  # type: ignore[index]
    record["entities"][1].update(start=values["start"], end=values["end"])  # type: ignore[index]
    if values["encoding"] is not None:
        record["encoding"] = values["encoding"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "raw_html").mkdir()
        (root / "gold").mkdir()
        (root / "raw_html" / "tiny-01.html").write_bytes(raw)
        # surrogatepass: a lone surrogate is written as the bytes a broken tool would write
        (root / "gold" / "tiny-01.json").write_bytes(json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        problems = list(validate([root]))
    assert all(p.file and p.reason for p in problems)


def check_dates(gold_date: str | None, predicted: str | None) -> None:
    """parse_iso raises only ValueError; with a usable gold, every outcome is one of the four, for every match."""
    for value in (gold_date, predicted):
        if value is not None:
            try:
                dates.parse_iso(value)
            except ValueError:
                pass
    try:
        usable = gold_date is None or dates.parse_iso(gold_date) is not None
    except ValueError:
        usable = False
    for match in (dates.same_day, dates.same_minute, dates.within_one_day):
        if usable:
            assert dates.date_outcome(gold_date, predicted, match) in ("TP", "FP", "FN", "TN")
        else:
            try:
                dates.date_outcome(gold_date, predicted, match)
            except ValueError:
                pass
    if usable and gold_date is not None:
        dates.took_modified(gold_date, "2024-03-05T10:00+01:00", predicted)


def check_spans(gold: list[tuple[str, int, int]], predicted: list[tuple[str, int, int]]) -> None:
    """Span counts of valid gold spans and any predicted ones: POS = |gold|, ACT = |predicted| under every schema."""
    counts = entity_spans.span_counts(gold, predicted)
    assert counts is not None
    for c in counts.values():
        assert (c.possible, c.actual) == (len(gold), len(predicted))
        prf = c.prf("partial")
        assert 0 <= prf.precision <= 1 and 0 <= prf.recall <= 1


def check_metrics(gold_text: str, predicted: str, names: list[str]) -> None:
    """The text metrics on any Unicode: figures within [0, 1]."""
    gold_blocks = [(line, n % 2 == 1) for n, line in enumerate(gold_text.split("\n"))]
    tokenize.tokens(predicted)
    for prf in (body.body_tokens(gold_blocks, predicted), blocks.block_scores(gold_blocks, predicted),
                wcxb.wcxb_page(gold_text, predicted), headline.headline_tokens(gold_text, predicted),
                authors.author_scores(names, [predicted, *names[:1]])):
        assert prf is not None and all(0 <= v <= 1 for v in (prf.precision, prf.recall, prf.f1))
    headline.headline_exact(gold_text, predicted)
    aeb.aeb_page(gold_text, predicted)


def check_page_rows(prediction: dict[str, Any], headline_text: str, published: str | None) -> None:
    """page_rows of any stored prediction against a sound gold: rows with finite or null values, never an exception."""
    text = "The ferry resumes on Monday, said Ann Lee."
    page = PageGold(id="p", split="test", language="en", site="s", sha256="0" * 64, headline=headline_text,
                    published=published, modified="2024-03-05T10:00+01:00", authors=("Ann Lee",),
                    blocks=(Block("paragraph", text), Block("paragraph", "Optional aside.", True)),
                    entities=(Entity("Ann Lee", "PER", 0, 34, 41),), phenomena=())
    everything = frozenset({"body", "headline", "published", "modified", "authors", "entities"})
    if prediction["entities"] is not None and prediction["body"] is not None and len(prediction["entities"]) % 2:
        prediction = {**prediction, "body": page.body}  # so that span scoring runs too
    for extended in (False, True):
        for (field, metric, value), status in page_rows(page, prediction, everything, extended):
            assert status in ("ok", "failed", "no-backend") and isinstance(metric, str) and field in everything
            assert value is None or isinstance(value, float | int)
