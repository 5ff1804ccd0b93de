"""Report fixtures: a hand-written results document, and the results of a real scored run of the tiny corpus."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from newsbench.score.results import Settings


def figure(p: float, r: float, f1: float, half: float = 0.05) -> dict[str, Any]:
    """A figure family: P/R/F1 with intervals of +-`half` around each value."""
    out: dict[str, Any] = {}
    for name, value in (("precision", p), ("recall", r), ("f1", f1)):
        out[name] = value
        out[f"{name}_ci"] = [value - half, value + half]
    return out


def entry(field: str, extractor: str, figures: dict[str, Any], primary: str, **extra: Any) -> dict[str, Any]:
    """A leaderboard entry on the corpus "mini" of 4 pages."""
    data = {"corpus": "mini", "field": field, "extractor": extractor, "pages": 4, "failed": 0, "no_backend": 0,
            "figures": figures, "primary": figures.get(primary, {}), "median_ms": 12.34567}
    data.update(extra)
    return data


def paired(field: str, a: str, b: str, difference: float, significant: bool) -> dict[str, Any]:
    """A significance row."""
    return {"corpus": "mini", "field": field, "metric": "tokens.f1" if field == "body" else "exact", "a": a, "b": b,
            "difference": difference, "p_value": 0.001 if significant else 0.4,
            "p_holm": 0.003 if significant else 1.0, "significant": significant}


def cell(field: str, by: str, group: str, extractor: str, mean: float, pages: int) -> dict[str, Any]:
    """A breakdown row."""
    return {"corpus": "mini", "field": field, "metric": "tokens.f1", "by": by, "group": group,
            "extractor": extractor, "mean": mean, "pages": pages}


def extractor(name: str, version: str | None, distribution: str | None, produces: list[str],
              skipped: str | None = None) -> dict[str, Any]:
    """A version-1 manifest entry of an extractor."""
    return {"name": name, "version": version, "distribution": distribution, "config": {}, "config_hash": "0" * 16,
            "produces": produces, "skipped": skipped}


ONE = figure(1.0, 1.0, 1.0, 0.0)
RESULTS: dict[str, Any] = {
    "schema_version": 1,
    "settings": {"n_resamples": 1000, "n_permutations": 10000, "seed": 7, "confidence": 0.95, "alpha": 0.05,
                 "split": "test"},
    "manifest": {  # a version-1 manifest, as the first newsbench wrote it
        "schema_version": 1, "status": "complete", "argv": ["newsbench", "run"],
        "environment": {"newsbench": "0.1.0", "commit": "abc123", "python": "3.11.7"},
        "started": "2026-01-01T00:00:00+00:00", "finished": "2026-01-01T00:01:00+00:00",
        "corpora": [{"name": "mini", "folder": "/nowhere", "fingerprint": "f00d" * 16, "pages": 4,
                     "gold_fields": None}],  # no gold nature recorded
        "extractors": [
            extractor("oracle", "0.1.0", None, ["body", "headline", "published", "entities"]),
            extractor("a_b&c", "1.2_3", "a-b-c", ["body", "published"]),
            extractor("weak", "2.0", "weak", ["body", "headline"]),
            extractor("absent", None, "absent", ["body"], skipped="not installed"),
        ],
        "limits": {"timeout_s": 60.0, "memory_mb": 4096, "jobs": 1},
        "counts": {"planned": 12, "computed": 12, "reused": 0, "failures": {"weak": 2}, "store_rows": 12,
                   "set_aside": 0},
        "seeds": {}, "history": [],
    },
    "leaderboard": [
        entry("body", "a_b&c", {"tokens": figure(0.81249, 0.7, 0.75), "wcxb": figure(0.6, 0.6, 0.6),
                                "aeb": figure(0.7, 0.71, 0.705)}, "tokens"),
        entry("body", "oracle", {"tokens": ONE, "wcxb": ONE, "aeb": ONE}, "tokens"),
        entry("body", "weak", {"tokens": figure(0.3, 0.4, 0.33333)}, "tokens", failed=2, median_ms=None),
        entry("headline", "oracle", {"tokens": ONE, "exact": {"rate": 1.0, "rate_ci": [1.0, 1.0]}}, "tokens"),
        entry("headline", "weak", {"tokens": figure(0.5, 0.5, 0.5),
                                   "exact": {"rate": 0.25, "rate_ci": [0.0, 0.75]}}, "tokens"),
        entry("published", "oracle", {"day": ONE, "took_modified": {"confused": 0, "eligible": 2}}, "day",
              abstained=0),
        entry("published", "a_b&c", {"day": figure(0.9, 0.6, 0.72), "took_modified": {"confused": 1, "eligible": 2}},
              "day", abstained=1),
        entry("entities", "oracle", {"typed": ONE}, "typed", no_backend=1),
    ],
    "significance": [
        paired("body", "a_b&c", "oracle", -0.25, True),
        paired("body", "a_b&c", "weak", 0.42, False),
        paired("body", "oracle", "weak", 0.67, True),
        paired("headline", "oracle", "weak", 0.75, False),
    ],
    "breakdowns": [
        cell("body", "language", "en", "oracle", 1.0, 3), cell("body", "language", "en", "a_b&c", 0.8, 3),
        cell("body", "language", "de", "oracle", 1.0, 1), cell("body", "language", "de", "a_b&c", 0.5, 1),
        cell("body", "language", "en", "weak", 0.3, 3),
        cell("body", "site", "gazette", "oracle", 1.0, 4), cell("body", "site", "gazette", "a_b&c", 0.725, 4),
        cell("body", "phenomenon", "nav-menu", "oracle", 1.0, 4),
        cell("body", "phenomenon", "nav-menu", "a_b&c", 0.725, 4),
        cell("body", "phenomenon", "amp", "oracle", 1.0, 1),
        cell("body", "phenomenon", "amp", "weak", 0.125, 1),
    ],
}


@pytest.fixture
def results() -> dict[str, Any]:
    """A small hand-written results document: special characters in a name, missing figures, significant pairs."""
    return copy.deepcopy(RESULTS)


@pytest.fixture(scope="session")
def scored(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The results document (current version) of oracle, fulltext and title-tag run and scored on the three tiny pages."""
    from conftest import tiny_pages, write_corpus

    from newsbench.api import evaluate
    from newsbench.corpus.build import build

    base = tmp_path_factory.mktemp("scored")
    build(write_corpus(base / "src", tiny_pages(3)), base / "dataset")
    return evaluate(["oracle", "fulltext", "title-tag"], base / "dataset", output=Path(base / "run"),
                    argv=["test"]).to_dict()


@pytest.fixture(scope="session")
def mixed_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scored run folder on the three tiny pages: oracle, fulltext and justext+metadata run for real, plus an
    external system "go-port" imported with one failed page (an error line) and one page without a line."""
    import json

    from conftest import tiny_pages, write_corpus

    from newsbench.api import run_extractors, score_run
    from newsbench.corpus.build import build
    from newsbench.corpus.pages import read_corpus
    from newsbench.run.external import import_predictions
    from newsbench.store.folder import RunFolder

    base = tmp_path_factory.mktemp("mixed")
    build(write_corpus(base / "src", tiny_pages(3)), base / "dataset")
    run_extractors(["oracle", "fulltext", "justext", "justext+metadata"], base / "dataset", output=base / "run",
                   argv=["test"])
    lines = [{"extractor": "go-port", "version": "1.0", "page_id": "tiny-01", "body": "The Hollin Ferry Company said"},
             {"extractor": "go-port", "version": "1.0", "page_id": "tiny-02", "body": None,
              "error": "LookupError: \n*****\n  Resource 'punkt_tab' not found.\n  Please use the NLTK Downloader"}]
    path = base / "go-port.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    import_predictions(path, read_corpus(base / "dataset"), RunFolder(base / "run"))
    score_run(base / "run", settings=Settings(n_resamples=50, n_permutations=50, split=None))
    return base / "run"
