"""A corpus without gold is scored by agreement between extractors, failures and speed, and reported as such."""

from __future__ import annotations

import gzip
import math
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from importers.test_warc import ARTICLE, response

import newsbench.score.agreement as agreement_module
from newsbench.api import evaluate
from newsbench.importers import get
from newsbench.importers.base import write_corpus
from newsbench.metrics.tokenize import tokens
from newsbench.score.agreement import page_agreement
from newsbench.score.results import Results
from newsbench.store.folder import RunFolder


def _f1(a: str, b: str) -> float:
    """Token F1 computed independently: the overlap of two token multisets, both empty -> 1."""
    x, y = Counter(tokens(a)), Counter(tokens(b))
    if not x and not y:
        return 1.0
    overlap = sum((x & y).values())
    return 2 * overlap / (sum(x.values()) + sum(y.values()))


def _prediction(body: str | None, published: str | None = None, error: str | None = None) -> dict[str, object]:
    return {"body": body, "published": published, "error": error}


def test_page_agreement_pairs_every_two_extractors_that_succeeded() -> None:
    rows = list(page_agreement({
        "b-tool": _prediction("the ferry resumes on monday", "2024-05-01T23:30:00-02:00"),
        "a-tool": _prediction("ferry resumes monday morning", "2024-05-02T01:30:00Z"),
        "c-tool": _prediction(None, "2024-05-03"),
        "d-tool": _prediction("", None, error="timed out"),  # failed: in no pair
    }))
    assert [r[:3] for r in rows] == [("body.tokens_f1", "a-tool", "b-tool"), ("published.same_day", "a-tool", "b-tool"),
                                     ("published.same_day", "a-tool", "c-tool"),
                                     ("published.same_day", "b-tool", "c-tool")]
    assert math.isclose(rows[0][3], _f1("ferry resumes monday morning", "the ferry resumes on monday"))
    # 23:30 at -02:00 is 01:30 UTC the next day: read on a's clock, the same day; c's day differs from both
    assert [r[3] for r in rows[1:]] == [1.0, 0.0, 0.0]


DATED = ARTICLE.replace("</head>", '<meta property="article:published_time" content="2024-05-0{n}T09:30:00+02:00">'
                                   "</head>")


@pytest.fixture
def capture(tmp_path: Path) -> Path:
    path = tmp_path / "capture.warc.gz"
    path.write_bytes(b"".join(gzip.compress(response(n, f"https://gazette.test/{n}",
                                                     DATED.replace("{n}", str(n)).encode("cp1252")))
                              for n in range(1, 6)))
    write_corpus("warc", get("warc").read_files([path]), tmp_path / "corpus", sort=False)
    return tmp_path / "corpus"


def test_a_corpus_without_gold_gets_agreement_failures_and_speed(capture: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    names = ["fulltext", "html-text", "metadata", "htmldate"]
    results = evaluate(names, capture, output=tmp_path / "run")
    assert results.leaderboard == ()  # nothing to score against
    assert {(o.extractor, o.pages, o.failed) for o in results.operations} == {(n, 5, 0) for n in names}
    pairs = {(a.measure, a.a, a.b): a for a in results.agreement}
    assert set(pairs) == {("body.tokens_f1", "fulltext", "html-text"), ("published.same_day", "htmldate", "metadata")}
    body = pairs[("body.tokens_f1", "fulltext", "html-text")]
    assert body.pages == 5 and body.mean is not None and 0 < body.mean <= 1
    assert pairs[("published.same_day", "htmldate", "metadata")].mean == 1.0
    assert Results.read(RunFolder(tmp_path / "run")).agreement == results.agreement  # valid against the schema
    monkeypatch.setattr(agreement_module, "IN_MEMORY_ROWS", 3)  # grouped through partitions on disk
    first = RunFolder(tmp_path / "run").read_agreement()
    RunFolder(tmp_path / "run").cache_path.unlink()
    spilled = evaluate(names, capture, output=tmp_path / "run")
    assert spilled.agreement == results.agreement
    table = RunFolder(tmp_path / "run").read_agreement()
    assert first is not None and table is not None and table.sort_by("page_id").equals(first.sort_by("page_id"))
    done = subprocess.run([sys.executable, "-m", "newsbench", "score", str(tmp_path / "run"), "--split", "all"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "corpus: no gold; failures, speed and agreement between extractors" in done.stdout
    assert "body.tokens_f1" in done.stdout and "published.same_day" in done.stdout
