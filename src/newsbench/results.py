"""The results of a scored run: leaderboard, significance and breakdowns in one JSON document with its manifest."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from newsbench.aggregate import Settings, breakdowns, leaderboard, significance
from newsbench.errors import NewsbenchError
from newsbench.run import read_manifest

RESULTS_VERSION = 1


class ResultsError(NewsbenchError):
    """A run folder whose scores are missing or unreadable."""


def _clean(value: Any) -> Any:
    """NaN and infinities become None (JSON has no NaN); tuples become lists."""
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def _split_filter(scores: pd.DataFrame, split: str | None) -> pd.DataFrame:
    return scores if split is None else scores[scores["split"] == split]


def compute_results(folder: Path, settings: Settings | None = None, split: str | None = None) -> dict[str, Any]:
    """Aggregate `scores.parquet` of a run folder; writes and returns `results.json`.

    `split` restricts every figure to one split (e.g. "test"); None uses every page.
    """
    settings = settings or Settings()
    folder = Path(folder)
    manifest = read_manifest(folder)
    path = folder / "scores.parquet"
    try:
        scores = pq.read_table(path).to_pandas()
    except FileNotFoundError as exc:
        raise ResultsError("no scores: run `newsbench score` first", file=str(path)) from exc
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise ResultsError(f"unreadable scores: {exc}", file=str(path)) from exc
    scores = _split_filter(scores, split)
    predictions = pq.read_table(folder / "predictions" / "predictions.parquet",
                                columns=["extractor", "version", "config_hash", "page_sha256", "seconds"]).to_pandas()
    current = {(e["name"], e["version"], e["config_hash"]) for e in manifest["extractors"]}
    keep = [(a, b, c) in current for a, b, c in zip(predictions["extractor"], predictions["version"],
                                                     predictions["config_hash"], strict=True)]
    seconds = predictions[keep].copy()
    seconds["corpus"] = None
    corpus_of_sha: dict[str, str] = {}
    for record in manifest["corpora"]:
        for sha in _shas(Path(record["folder"])):
            corpus_of_sha.setdefault(sha, record["name"])
    seconds["corpus"] = seconds["page_sha256"].map(corpus_of_sha)
    results = {
        "schema_version": RESULTS_VERSION,
        "settings": {"n_resamples": settings.n_resamples, "n_permutations": settings.n_permutations, "seed": settings.seed, "confidence": settings.confidence,
                     "alpha": settings.alpha, "split": split},
        "manifest": manifest,
        "leaderboard": leaderboard(scores, seconds, settings),
        "significance": significance(scores, settings),
        "breakdowns": breakdowns(scores),
    }
    results = _clean(results)
    tmp = folder / "results.json.tmp"
    tmp.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, folder / "results.json")
    return results


def _shas(folder: Path) -> list[str]:
    files = sorted((folder / "data").glob("*.parquet"))
    return [sha for f in files for sha in pq.read_table(f, columns=["html_sha256"]).column(0).to_pylist()]


def read_results(folder: Path) -> dict[str, Any]:
    """The results.json of a run folder."""
    path = Path(folder) / "results.json"
    try:
        results: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResultsError("no results: run `newsbench score` first", file=str(path)) from exc
    except ValueError as exc:
        raise ResultsError(f"unreadable results: {exc}", file=str(path)) from exc
    return results
