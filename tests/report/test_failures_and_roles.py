"""A real run with failures and an external system: reasons grouped in results.json and shown in every report;
reference systems and repeating pipelines kept apart from the ranking; the terminal leaderboard fits 100 columns."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from report_helpers import typed

from newsbench.report import render
from newsbench.report.csvfiles import neutral
from newsbench.report.markdown import report_markdown
from newsbench.report.tables import build
from newsbench.report.terminal import WIDTH, leaderboard_text
from newsbench.score.results import Failure, Results
from newsbench.store.folder import RunFolder


def results_of(run: Path) -> Results:
    return Results.read(RunFolder(run))


def test_results_record_the_failed_pages_grouped_by_reason(mixed_run: Path) -> None:
    results = results_of(mixed_run)
    (body,) = [e for e in results.entries("dataset", "body") if e.extractor == "go-port"]
    assert body.failed == 2
    assert body.failures == (Failure("exception", "LookupError: Resource 'punkt_tab' not found.", 1, ("tiny-02",)),
                             Failure("missing", "no prediction in go-port.jsonl", 1, ("tiny-03",)))
    assert all(e.failures == () for e in results.leaderboard if e.extractor != "go-port")
    stored = json.loads((mixed_run / "results.json").read_text())
    assert stored["schema_version"] == 3
    assert Results.from_dict(stored) == results  # the reasons round-trip through results.json


def test_a_version_2_document_migrates_with_reasons_not_recorded(mixed_run: Path) -> None:
    document = json.loads((mixed_run / "results.json").read_text())
    document["schema_version"] = 2
    for entry in document["leaderboard"]:
        del entry["failures"]
    migrated = Results.from_dict(document)
    assert migrated.schema_version == 3 and all(e.failures is None for e in migrated.leaderboard)
    assert "go-port (external): 2 failed pages; reasons not recorded" in report_markdown(migrated)


def test_every_report_names_the_external_system_and_the_reason(mixed_run: Path, tmp_path: Path) -> None:
    paths = render(results_of(mixed_run), ["md", "latex", "csv", "html"], tmp_path)
    md = (tmp_path / "report.md").read_text()
    assert "go-port (external): 2 failed pages: 1 × LookupError: Resource 'punkt\\_tab' not found. (e.g. tiny-02)" in md
    html = (tmp_path / "report.html").read_text()
    assert "go-port (external)" in html and "LookupError: Resource &#x27;punkt_tab&#x27; not found." in html
    tex = "".join(p.read_text() for p in paths if p.suffix == ".tex")
    assert "go-port (external)" in tex and "LookupError: Resource 'punkt\\_tab' not found." in tex
    origin = {r[0]: r[3] for r in build(results_of(mixed_run)).header[2].rows}
    assert origin["go-port"] == "import" and origin["fulltext"] == "built-in"
    with (tmp_path / "leaderboard.csv").open(encoding="utf-8", newline="") as handle:
        assert {r["origin"] for r in csv.DictReader(handle) if r["extractor"] == "go-port"} == {"import"}


def test_reference_and_repeating_rows_are_apart_from_the_ranking(mixed_run: Path) -> None:
    tables = build(results_of(mixed_run))
    (body,) = [t for t in tables.leaderboards if t.field == "body"]
    assert {row[0] for row in body.rows} == {"fulltext", "justext", "go-port (external)"}
    assert dict(zip((row[0] for row in body.apart), body.why, strict=True)) == {
        "oracle": "reference: reads the gold", "justext+metadata": "repeats justext"}
    (headline,) = [t for t in tables.leaderboards if t.field == "headline"]
    # the metadata part of the pipeline is not in the run: its headline is ranked as its own
    assert "justext+metadata" in {row[0] for row in headline.rows}
    (summary,) = tables.summary
    pipeline = next(row for row in summary.rows if row[0] == "justext+metadata")
    assert pipeline[summary.columns.index("body")] == "="
    assert any("justext+metadata = justext (body)" in line for line in summary.footer)
    # plots and matrices leave out what is not ranked
    assert {p.extractor for p in tables.points[("dataset", "body")]} == {"fulltext", "justext", "go-port (external)"}


def test_the_terminal_leaderboard_fits_in_100_columns(mixed_run: Path, results: dict[str, Any]) -> None:
    long_name = "a-remarkably-long-extractor-name-from-a-plugin-that-goes-on"
    results["leaderboard"][0]["extractor"] = long_name
    for text in (leaderboard_text(results_of(mixed_run)), leaderboard_text(typed(results))):
        assert max(len(line) for line in text.splitlines()) <= WIDTH, text
    text = leaderboard_text(results_of(mixed_run))
    assert "go-port (external)" in text and "LookupError: Resource 'punkt_tab' not found." in text
    assert "not ranked: reference: reads the gold\noracle " in text
    assert "a-remarkably-long-extractor-name-from-a-plu…" in leaderboard_text(typed(results))


def test_csv_cells_that_look_like_formulas_are_neutralised(results: dict[str, Any], tmp_path: Path) -> None:
    results["leaderboard"][0]["extractor"] = "=HYPERLINK(\"http://x\",\"y\")"
    results["manifest"]["extractors"][1].update(name="=HYPERLINK(\"http://x\",\"y\")", version="+1")
    render(typed(results), ["csv"], tmp_path)
    with (tmp_path / "leaderboard.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {r["extractor"] for r in rows}
    assert "'=HYPERLINK(\"http://x\",\"y\")" in names and not any(n.startswith("=") for n in names)
    assert {r["version"] for r in rows if r["extractor"].startswith("'=")} == {"'+1"}
    with (tmp_path / "significance.csv").open(encoding="utf-8", newline="") as handle:
        differences = [float(r["difference"]) for r in csv.DictReader(handle)]
    assert -0.25 in differences  # a negative number stays a number
    assert [neutral(s) for s in ("@SUM(1)", "-2+3", "\tx", "\rx", "ok")] == ["'@SUM(1)", "'-2+3", "'\tx", "'\rx", "ok"]
