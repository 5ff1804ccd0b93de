"""The CSV report: tidy long tables, unrounded, empty where a figure does not exist."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from report_helpers import typed

from newsbench.report import csvfiles
from newsbench.report.tables import build


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_csv_per_table_kind(results: dict[str, Any], tmp_path: Path) -> None:
    paths = csvfiles.write(build(typed(results)), tmp_path)
    assert [p.name for p in paths] == ["leaderboard.csv", "significance.csv", "breakdowns.csv"]
    assert len(read(tmp_path / "significance.csv")) == len(results["significance"])
    assert len(read(tmp_path / "breakdowns.csv")) == len(results["breakdowns"])


def test_the_leaderboard_csv_is_long_and_unrounded(results: dict[str, Any], tmp_path: Path) -> None:
    csvfiles.write(build(typed(results)), tmp_path)
    rows = read(tmp_path / "leaderboard.csv")
    (tokens,) = [r for r in rows if r["extractor"] == "a_b&c" and r["field"] == "body" and r["family"] == "tokens"]
    assert (tokens["corpus"], tokens["version"], tokens["primary"]) == ("mini", "1.2_3", "True")
    assert float(tokens["P"]) == 0.81249 and float(tokens["P_low"]) == 0.81249 - 0.05
    assert float(tokens["F1_high"]) == 0.75 + 0.05 and tokens["rate"] == "" and tokens["median_ms"] == "12.34567"
    (took,) = [r for r in rows if r["family"] == "took_modified" and r["extractor"] == "a_b&c"]
    assert (took["confused"], took["eligible"], took["abstained"], took["P"]) == ("1", "2", "1", "")
    (exact,) = [r for r in rows if r["family"] == "exact" and r["extractor"] == "weak"]
    assert (exact["rate"], exact["rate_low"], exact["rate_high"]) == ("0.25", "0.0", "0.75")
    (weak,) = [r for r in rows if r["extractor"] == "weak" and r["field"] == "body"]
    assert (weak["failed"], weak["median_ms"]) == ("2", "")


def test_significance_csv_keeps_every_test(results: dict[str, Any], tmp_path: Path) -> None:
    csvfiles.write(build(typed(results)), tmp_path)
    first = read(tmp_path / "significance.csv")[0]
    assert first == {"corpus": "mini", "field": "body", "metric": "tokens.f1", "a": "a_b&c", "b": "oracle",
                     "difference": "-0.25", "p_value": "0.001", "p_holm": "0.003", "significant": "True"}
