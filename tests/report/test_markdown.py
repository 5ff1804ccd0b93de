"""The Markdown report: numbers as the results' values rounded, `–` for missing figures, the significance marker,
contents, rows kept apart from the ranking, best values in bold, failure reasons, and names escaped."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from report_helpers import typed

from newsbench.report.markdown import escape, report_markdown

DASH = "–"


def tables_in(markdown: str) -> dict[str, list[dict[str, str]]]:
    """Every pipe table under its heading (ranked and not-ranked rows together), rows as column -> cell text."""
    out: dict[str, list[dict[str, str]]] = {}
    heading, lines = "", markdown.splitlines()
    for n, line in enumerate(lines):
        if line.startswith("#"):
            heading = line.lstrip("# ")
        elif line.startswith("| ") and n + 1 < len(lines) and lines[n + 1].startswith("| ---"):
            columns = cells(line)
            rows = []
            for row in lines[n + 2:]:
                if not row.startswith("|"):
                    break
                rows.append(dict(zip(columns, cells(row), strict=True)))
            out.setdefault(heading, []).extend(rows)
    return out


def cells(line: str) -> list[str]:
    """The cells of a pipe-table row as a reader sees them: bold dropped, escapes and entities resolved."""
    raw = re.split(r"(?<!\\)\|", line.strip()[1:-1])
    return [html.unescape(re.sub(r"\\(.)", r"\1", c.strip().removeprefix("**").removesuffix("**"))) for c in raw]


def three(value: float) -> str:
    return f"{value:.3f}"


def check_leaderboards(results: dict[str, Any], markdown: str) -> int:
    """Assert every leaderboard figure in `markdown` is the results' value rounded; the number of rows checked."""
    found = tables_in(markdown)
    checked = 0
    for e in typed(results).leaderboard:
        (heading,) = [h for h in found if h.startswith(f"Leaderboard of {e.field} on {e.corpus} ")]
        (row,) = [r for r in found[heading] if r["extractor"] == e.extractor]
        for short, part in (("P", "precision"), ("R", "recall"), ("F1", "f1")):
            assert row[short] == three(getattr(e.primary, part))
            low, high = getattr(e.primary, f"{part}_ci")
            assert row[f"{short} 95% CI"] == f"[{three(low)}, {three(high)}]"
        assert row["median ms"] == (DASH if e.median_ms is None else three(e.median_ms))
        assert row["failed"] == str(e.failed)
        checked += 1
    return checked


def test_leaderboard_numbers_are_the_results_values_rounded(results: dict[str, Any]) -> None:
    assert check_leaderboards(results, report_markdown(typed(results))) == len(results["leaderboard"])
    row = tables_in(report_markdown(typed(results)))["Leaderboard of body on mini (primary: tokens; sorted by F1)"][0]
    assert (row["extractor"], row["P"], row["P 95% CI"]) == ("a_b&c", "0.812", "[0.762, 0.862]")


def test_a_missing_figure_prints_a_dash(results: dict[str, Any]) -> None:
    found = tables_in(report_markdown(typed(results)))
    (weak,) = [r for r in found["Leaderboard of body on mini (primary: tokens; sorted by F1)"] if r["extractor"] == "weak"]
    assert (weak["AEB F1"], weak["WCXB F1"], weak["median ms"]) == (DASH, DASH, DASH)
    (de,) = [r for r in found["body on mini by language: mean per-page tokens.f1"] if r["language"] == "de"]
    assert (de["pages"], de["oracle"], de["a_b&c"], de["weak"]) == ("1", "1.000", "0.500", DASH)


def test_the_oracle_is_kept_apart_with_its_reason_and_best_values_are_bold(results: dict[str, Any]) -> None:
    text = report_markdown(typed(results))
    body = text.split("### Leaderboard of body on mini")[1].split("###")[0]
    ranked, apart = body.split("*Not ranked:*")
    assert "| a\\_b&amp;c |" in ranked and "| oracle |" not in ranked
    assert "| oracle |" in apart and "| reference: reads the gold |" in apart
    assert "| **0.750** |" in ranked  # the best ranked F1, not the oracle's 1.000
    assert "**1.000**" not in body


def test_contents_and_the_summary_come_first(results: dict[str, Any]) -> None:
    text = report_markdown(typed(results))
    assert text.index("Contents: [Summary](#summary)") < text.index("## Summary") < text.index("## Leaderboards")
    assert text.index("## Breakdowns") < text.index("## Run")
    summary = tables_in(text)["mini (split test, 4 pages): primary F1 per field, median ms per page, failed pages"]
    assert [r["extractor"] for r in summary] == ["a_b&c", "weak", "oracle"]
    assert (summary[1]["body"], summary[1]["headline"], summary[1]["failed"]) == ("0.333", "0.500", "2")


def test_failures_are_summarised_under_each_leaderboard(results: dict[str, Any]) -> None:
    results["leaderboard"][2]["failures"] = [{"kind": "exception", "reason": "LookupError: punkt_tab not found",
                                              "pages": 2, "examples": ["p1", "p2"]}]
    results["schema_version"], results["leaderboard"][2]["primary_family"] = 3, "tokens"
    results["leaderboard"][2]["main_score"] = 0.33333
    for entry in results["leaderboard"]:
        entry.pop("primary", None)
        entry.setdefault("primary_family", {"published": "day", "entities": "typed"}.get(entry["field"], "tokens"))
        entry.setdefault("main_score", None)
        entry.setdefault("failures", [])
    results["manifest"]["schema_version"] = 2
    results["manifest"].pop("seeds")
    for record in results["manifest"]["extractors"]:
        record["origin"] = "built-in"
    text = report_markdown(typed(results))
    body = text.split("### Leaderboard of body on mini")[1].split("###")[0]
    assert "- weak: 2 failed pages: 2 × LookupError: punkt\\_tab not found (e.g. p1)" in body
    headline = text.split("### Leaderboard of headline on mini")[1].split("###")[0]
    assert "- Failures: none." in headline


def test_failures_without_recorded_reasons_say_so(results: dict[str, Any]) -> None:
    text = report_markdown(typed(results))  # a version-1 document: reasons were not recorded
    assert "- weak: 2 failed pages; reasons not recorded" in text


@pytest.mark.parametrize("name", ['<img src=x onerror="alert(1)">', "<script>alert(1)</script>", "[x](javascript:y)",
                                  "**bold** _it_ `code` $\\foo$", "a|b"])
def test_a_name_renders_as_text_not_markup(results: dict[str, Any], name: str) -> None:
    from markdown_it import MarkdownIt

    results["leaderboard"][0]["extractor"] = name
    results["manifest"]["extractors"][1]["name"] = name
    rendered = MarkdownIt("commonmark").enable("table").render(report_markdown(typed(results)))
    assert "<img" not in rendered and "<script" not in rendered and "<a href" not in rendered.split("</p>", 2)[-1]
    assert "<strong>bold" not in rendered and "<code>" not in rendered
    shown = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    assert shown in rendered  # as text


def test_escape_is_one_line() -> None:
    assert escape("a\nb\rc") == "a b c"


def test_the_marker_appears_exactly_for_significant_pairs(results: dict[str, Any]) -> None:
    found = tables_in(report_markdown(typed(results)))
    significant = {frozenset((t["a"], t["b"])) for t in results["significance"] if t["significant"]}
    marked = 0
    for heading, rows in found.items():
        for row in rows:
            for name, text in row.items():
                if "†" in text:
                    assert heading.startswith("Paired differences of ")
                    assert frozenset((row["extractor"], name)) in significant
                    marked += 1
    assert marked == 2 * len(significant)
    (oracle,) = [r for r in found[next(h for h in found if h.startswith("Paired differences of body"))]
                 if r["extractor"] == "oracle"]
    assert (oracle["oracle"], oracle["a_b&c"], oracle["weak"]) == (DASH, "0.250†", "0.670†")


def test_the_report_has_the_header_block(results: dict[str, Any]) -> None:
    text = report_markdown(typed(results))
    for expected in ("0.1.0", "abc123", "f00d" * 16, "| split | test |", "| seed | 7 |", "| bootstrap resamples | 1000 |",
                     "macro over pages", "micro over pages"):
        assert expected in text


def test_a_pipe_in_a_name_is_escaped(results: dict[str, Any]) -> None:
    results["leaderboard"][0]["extractor"] = "x|y"
    text = report_markdown(typed(results))
    assert "| x\\|y |" in text
    assert any(r["extractor"] == "x|y" for rows in tables_in(text).values() for r in rows)


def test_a_real_run_prints_its_values_and_the_oracle_scores_one(scored: dict[str, Any]) -> None:
    text = report_markdown(typed(scored))
    assert check_leaderboards(scored, text) == len(scored["leaderboard"]) >= 8
    found = tables_in(text)
    for heading, rows in found.items():
        if heading.startswith("Leaderboard of "):
            (oracle,) = [r for r in rows if r["extractor"] == "oracle"]
            figures = {k: v for k, v in oracle.items() if k not in ("extractor", "version", "failed", "abstained",
                                                                   "median ms", "no backend", "took modified",
                                                                   "not ranked because")}
            assert oracle["not ranked because"] == "reference: reads the gold"
            if heading.startswith("Leaderboard of structure"):
                # the tiny pages have paragraphs only: nothing is counted for the other kinds ("–", not 1)
                assert {figures.pop(f"{kind} F1") for kind in ("heading", "list item", "table", "quote")} == {"–"}
            assert set(figures.values()) <= {"1.000", "[1.000, 1.000]"}, heading
        # modified: the gold has no modified date, and the per-page breakdown score (day.tp) of a correct
        # "no date" is 0 by aggregate.PAGE_SCORE, so the oracle's breakdown there is 0.000 by definition.
        elif " by " in heading and not heading.startswith("modified"):
            assert all(r["oracle"] == "1.000" for r in rows), heading
