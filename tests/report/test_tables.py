"""The report's tables as plain data: leaderboards, significance matrices, breakdowns, header, long tables."""

from __future__ import annotations

from typing import Any

from report_helpers import typed

from newsbench.extractors.base import FIELDS
from newsbench.report.tables import AVERAGING, Difference, Interval, Table, build
from newsbench.score.results import PRIMARY, Results


def by_name(tables: tuple[Table, ...], name: str) -> Table:
    (table,) = [t for t in tables if t.name == name]
    return table


def column(table: Table, name: str) -> list[Any]:
    index = table.columns.index(name)
    return [row[index] for row in table.rows]


def test_a_leaderboard_per_field_sorted_by_f1(results: dict[str, Any]) -> None:
    tables = build(typed(results))
    assert [t.name for t in tables.leaderboards] == ["leaderboard-mini-body", "leaderboard-mini-headline",
                                                     "leaderboard-mini-published", "leaderboard-mini-entities"]
    body = by_name(tables.leaderboards, "leaderboard-mini-body")
    assert column(body, "extractor") == ["a_b&c", "weak"]  # ranked; the oracle reads the gold: kept apart
    assert column(body, "version") == ["1.2_3", "2.0"]
    assert column(body, "F1") == [0.75, 0.33333]
    assert column(body, "F1 95% CI")[0] == Interval(0.7, 0.8)
    assert column(body, "failed") == [0, 2]
    assert column(body, "median ms") == [12.34567, None]
    assert [row[0] for row in body.apart] == ["oracle"] and body.why == ("reference: reads the gold",)
    f1 = body.columns.index("F1")
    assert (0, f1) in body.best and (1, f1) not in body.best


def test_each_field_has_its_extra_columns(results: dict[str, Any]) -> None:
    tables = build(typed(results))
    body = by_name(tables.leaderboards, "leaderboard-mini-body")
    assert column(body, "AEB F1") == [0.705, None] and column(body, "WCXB F1") == [0.6, None]
    assert "abstained" not in body.columns
    assert column(by_name(tables.leaderboards, "leaderboard-mini-headline"), "exact") == [0.25]
    published = by_name(tables.leaderboards, "leaderboard-mini-published")
    assert column(published, "took modified") == ["1/2"] and column(published, "abstained") == [1]
    entities = by_name(tables.leaderboards, "leaderboard-mini-entities")
    assert entities.rows == () and entities.apart[0][entities.columns.index("no backend")] == 1


def test_the_significance_matrix_is_antisymmetric_and_marks_significant_pairs(results: dict[str, Any]) -> None:
    matrix = by_name(build(typed(results)).significance, "significance-mini-body")
    assert matrix.columns == ("extractor", "a_b&c", "weak", "oracle")  # ranked first, the reference last
    cells = {(row[0], name): cell for row in matrix.rows for name, cell in zip(matrix.columns[1:], row[1:], strict=True)}
    assert cells[("oracle", "oracle")] is None
    assert cells[("a_b&c", "oracle")] == Difference(-0.25, True)
    assert cells[("oracle", "a_b&c")] == Difference(0.25, True)
    assert cells[("weak", "a_b&c")] == Difference(-0.42, False)
    assert cells[("oracle", "weak")] == Difference(0.67, True)


def test_breakdowns_have_groups_with_page_counts_and_extractor_columns(results: dict[str, Any]) -> None:
    tables = build(typed(results))
    language = by_name(tables.breakdowns, "breakdown-mini-body-language")
    assert language.columns == ("language", "pages", "a_b&c", "weak", "oracle")
    assert language.rows == (("de", 1, 0.5, None, 1.0), ("en", 3, 0.8, 0.3, 1.0))
    phenomenon = by_name(tables.breakdowns, "breakdown-mini-body-phenomenon")
    assert phenomenon.rows == (("amp", 1, None, 0.125, 1.0), ("nav-menu", 4, 0.725, None, 1.0))


def test_the_header_names_version_corpora_settings_and_averaging(results: dict[str, Any]) -> None:
    header = build(typed(results)).header
    run = dict(by_name(header, "run").rows)
    assert (run["newsbench"], run["commit"], run["split"], run["seed"]) == ("0.1.0", "abc123", "test", 7)
    assert (run["bootstrap resamples"], run["confidence"]) == (1000, 0.95)
    assert by_name(header, "corpora").rows == (("mini", "f00d" * 16, 4, "–"),)  # no gold nature recorded: a dash
    assert ("absent", None, "absent", "built-in", "not installed") in by_name(header, "extractors").rows
    averaging = by_name(header, "averaging")
    assert [row[0] for row in averaging.rows] == ["body", "headline", "published", "entities"]
    assert all(row[2] for row in averaging.rows)


def test_every_field_has_an_averaging_sentence() -> None:
    # every scored field: the extractors' fields and those scored from them (structure, snippets)
    assert set(AVERAGING) == set(PRIMARY) and set(FIELDS) <= set(PRIMARY)


def test_the_long_leaderboard_has_one_row_per_figure_family(results: dict[str, Any]) -> None:
    long = by_name(build(typed(results)).long, "leaderboard")
    families = [(row[1], row[2], row[5]) for row in long.rows]
    assert families[:3] == [("body", "a_b&c", "tokens"), ("body", "a_b&c", "wcxb"), ("body", "a_b&c", "aeb")]
    assert ("published", "a_b&c", "took_modified") in families
    row = dict(zip(long.columns, long.rows[0], strict=True))
    assert (row["P"], row["P_low"], row["P_high"], row["primary"]) == (0.81249, 0.81249 - 0.05, 0.81249 + 0.05, True)


def test_an_empty_results_document_gives_no_tables(results: dict[str, Any]) -> None:
    empty = typed(results)
    tables = build(Results(empty.settings, empty.manifest, ()))
    assert tables.leaderboards == tables.significance == tables.breakdowns == ()
    assert tables.points == {}
