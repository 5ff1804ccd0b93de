"""The report's tables, built once from a results document as plain data that every output format renders.

A table is a title, column names and rows of cells. A cell is text, a count (int), a figure
(float), an `Interval` (a confidence interval), a `Difference` (a significance-matrix entry,
marked when significant after Holm) or None for a figure that does not exist. Nothing is
rounded here: rounding happens when a format renders a cell.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from newsbench.extractors.base import FIELDS
from newsbench.score.results import PRIMARY, Entry, Figure, Results

# How each figure is averaged, one sentence per field (the meaning of aggregate.py's docstring).
AVERAGING = {
    "body": "tokens P/R/F1 macro over pages (mean of the per-page values); AEB: mean per-page P over pages whose "
            "prediction has a shingle, mean per-page R, and the F1 of the two means (as Zyte's benchmark); "
            "WCXB and blocks macro over pages.",
    "headline": "tokens P/R/F1 macro over pages; exact: the share of pages whose headline matches exactly.",
    "published": "day P/R/F1 micro over pages (TP/FP/FN counted once per page, after htmldate); took modified: "
                 "pages where the modified day was returned as the published one, of the eligible pages.",
    "modified": "day P/R/F1 micro over pages (TP/FP/FN counted once per page, after htmldate).",
    "authors": "set P/R/F1 macro over pages.",
    "entities": "typed P/R/F1 micro over pages (document-level strict); pages without an NER backend are left "
                "out and counted (no backend).",
}
INTERVALS = ("Confidence intervals: percentile bootstrap over pages, the same resampled pages for every "
             "extractor (paired).")
TESTS = ("Significance: paired approximate randomisation on the per-page primary score, every pair of "
         "extractors producing the field, Holm-corrected per field and corpus.")
BREAKDOWN_BY = ("language", "site", "phenomenon")


@dataclass(frozen=True, slots=True)
class Interval:
    """A confidence interval; a bound is None where it does not exist."""

    low: float | None
    high: float | None


@dataclass(frozen=True, slots=True)
class Difference:
    """Row minus column of a significance matrix, and whether it is significant after Holm."""

    value: float | None
    significant: bool


Cell = str | int | float | Interval | Difference | None


@dataclass(frozen=True, slots=True)
class Table:
    """One table: `name` is a unique slug (file names, labels), `kind` says which part of the report it is."""

    name: str
    kind: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    corpus: str = ""
    field: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Point:
    """One extractor's primary precision and recall, with their intervals, for the precision-recall plot."""

    extractor: str
    precision: float
    recall: float
    precision_ci: Interval
    recall_ci: Interval


@dataclass(frozen=True, slots=True)
class Tables:
    """Every table of a report, by part; `long` are the tidy tables the CSV files hold."""

    header: tuple[Table, ...]
    leaderboards: tuple[Table, ...]
    significance: tuple[Table, ...]
    breakdowns: tuple[Table, ...]
    long: tuple[Table, ...]
    points: dict[tuple[str, str], tuple[Point, ...]]

    def display(self) -> tuple[Table, ...]:
        """The tables a document shows, in reading order."""
        return self.header + self.leaderboards + self.significance + self.breakdowns


def slug(*parts: str) -> str:
    """A name safe in file names and LaTeX labels: letters, digits and hyphens."""
    text = "-".join(parts).lower()
    return "".join(c if c.isascii() and c.isalnum() else "-" for c in text)


def fixed(value: float | None, absent: str = "–") -> str:
    """A figure with 3 decimals, as every format prints it; a negative that rounds to zero prints as 0.000.

    None or NaN (a figure that does not exist) prints as `absent`.

    >>> fixed(0.81249), fixed(-0.0001), fixed(None)
    ('0.812', '0.000', '–')
    """
    if value is None or math.isnan(value):
        return absent
    text = f"{value:.3f}"
    return "0.000" if text == "-0.000" else text


def missing(value: Cell) -> bool:
    """Whether a cell holds no figure: None, NaN, or an interval or difference without values."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, Interval):
        return missing(value.low) or missing(value.high)
    if isinstance(value, Difference):
        return missing(value.value)
    return False


def plain(value: Cell, marker: str = "†") -> str:
    """A cell as plain text: 3 decimals, CI as `[0.812, 0.884]`, `–` where the figure does not exist.

    >>> plain(Interval(0.8124, 0.8836)), plain(Difference(-0.25, True)), plain(None)
    ('[0.812, 0.884]', '-0.250†', '–')
    """
    if isinstance(value, Interval):
        return fixed(None) if missing(value) else f"[{fixed(value.low)}, {fixed(value.high)}]"
    if isinstance(value, Difference):
        return fixed(value.value) + (marker if value.significant and not missing(value) else "")
    if value is None or isinstance(value, float):
        return fixed(value)
    return str(value)


def numeric(table: Table, column: int) -> bool:
    """Whether a column holds figures (right-aligned) rather than text."""
    cells = [row[column] for row in table.rows if row[column] is not None]
    return bool(cells) and all(isinstance(c, int | float | Interval | Difference) for c in cells)


def _interval(value: tuple[float | None, float | None] | None) -> Interval:
    if value is None:
        return Interval(None, None)
    return Interval(value[0], value[1])


def _ordered_fields(fields: Iterable[str]) -> list[str]:
    present = set(fields)
    return [f for f in FIELDS if f in present] + sorted(present - set(FIELDS))


def _groups(entries: tuple[Entry, ...]) -> dict[tuple[str, str], list[Entry]]:
    """Leaderboard entries per (corpus, field), corpora sorted, fields in FIELDS order."""
    corpora = sorted({e.corpus for e in entries})
    out: dict[tuple[str, str], list[Entry]] = {}
    for corpus in corpora:
        for field in _ordered_fields({e.field for e in entries if e.corpus == corpus}):
            out[(corpus, field)] = ranked([e for e in entries if e.corpus == corpus and e.field == field])
    return out


def ranked(entries: list[Entry]) -> list[Entry]:
    """Entries by main score (primary F1) descending (missing last), ties by extractor name."""
    def key(entry: Entry) -> tuple[bool, float, str]:
        f1 = entry.main_score
        return (f1 is None, -(f1 or 0.0), entry.extractor)
    return sorted(entries, key=key)


def _versions(results: Results) -> dict[str, str | None]:
    return {e.name: e.version for e in results.manifest.extractors}


def _figure(family: str, part: str) -> Callable[[Entry], Cell]:
    def get(entry: Entry) -> Cell:
        value: Cell = getattr(entry.figures.get(family, Figure()), part)
        return value
    return get


def _took_modified(entry: Entry) -> Cell:
    took = entry.figures.get("took_modified")
    return f"{took.confused}/{took.eligible}" if took else None


# Extra columns per field, after the primary P/R/F1.
EXTRAS: dict[str, tuple[tuple[str, Callable[[Entry], Cell]], ...]] = {
    "body": (("micro F1", _figure("tokens_micro", "f1")), ("AEB F1", _figure("aeb", "f1")),
             ("WCXB F1", _figure("wcxb", "f1"))),
    "headline": (("micro F1", _figure("tokens_micro", "f1")), ("exact", _figure("exact", "rate"))),
    "authors": (("micro F1", _figure("set_micro", "f1")),),
    "published": (("took modified", _took_modified),),
    "entities": (("no backend", lambda entry: entry.no_backend),),
}


def _ci_label(results: Results) -> str:
    return f"{results.settings.confidence * 100:g}% CI"


def leaderboard_table(results: Results, corpus: str, field: str, entries: list[Entry]) -> Table:
    """The leaderboard of one field on one corpus: primary P/R/F1 with CIs, extras, failures, timing."""
    versions, ci = _versions(results), _ci_label(results)
    extras = EXTRAS.get(field, ())
    abstains = any(e.abstained is not None for e in entries)
    columns = ["extractor", "version", "P", f"P {ci}", "R", f"R {ci}", "F1", f"F1 {ci}", *(n for n, _ in extras),
               "failed", *(["abstained"] if abstains else []), "median ms"]
    rows = []
    for e in entries:
        primary = e.primary
        figures: list[Cell] = []
        for part in ("precision", "recall", "f1"):
            figures += [getattr(primary, part), _interval(getattr(primary, f"{part}_ci"))]
        rows.append((e.extractor, versions.get(e.extractor), *figures, *(get(e) for _, get in extras),
                     e.failed, *([e.abstained] if abstains else []), e.median_ms))
    family = PRIMARY.get(field, "?")
    return Table(slug("leaderboard", corpus, field), "leaderboard",
                 f"Leaderboard of {field} on {corpus} (primary: {family}; sorted by F1)",
                 tuple(columns), tuple(rows), corpus, field, AVERAGING.get(field, ""))


def significance_table(results: Results, corpus: str, field: str, order: list[str]) -> Table | None:
    """The matrix of paired differences (row minus column) of one field on one corpus; None without tests."""
    tests = [t for t in results.significance if t.corpus == corpus and t.field == field]
    if not tests:
        return None
    tested = {t.a for t in tests} | {t.b for t in tests}
    names = [n for n in order if n in tested] + sorted(tested - set(order))
    cells: dict[tuple[str, str], Difference] = {}
    for t in tests:
        cells[(t.a, t.b)] = Difference(t.difference, t.significant)
        cells[(t.b, t.a)] = Difference(None if t.difference is None else -t.difference, t.significant)
    rows = tuple((a, *(cells.get((a, b)) for b in names)) for a in names)
    alpha = results.settings.alpha
    return Table(slug("significance", corpus, field), "significance",
                 f"Paired differences of {field} on {corpus} (row minus column, mean per-page {tests[0].metric}); "
                 f"† marks a difference significant after Holm at alpha = {alpha:g}",
                 ("extractor", *names), rows, corpus, field, TESTS)


def breakdown_table(results: Results, corpus: str, field: str, by: str, order: list[str]) -> Table | None:
    """Mean per-page primary score of one field per language, site or phenomenon (rows) and extractor (columns)."""
    items = [b for b in results.breakdowns if b.corpus == corpus and b.field == field and b.by == by]
    if not items:
        return None
    present = {b.extractor for b in items}
    names = [n for n in order if n in present] + sorted(present - set(order))
    means = {(b.group, b.extractor): b.mean for b in items}
    pages: dict[str, int] = {}
    for b in items:  # an extractor's count can be smaller where its score is undefined; show the largest
        pages[b.group] = max(pages.get(b.group, 0), b.pages)
    rows = tuple((group, pages[group], *(means.get((group, n)) for n in names)) for group in sorted(pages))
    return Table(slug("breakdown", corpus, field, by), "breakdown",
                 f"{field} on {corpus} by {by}: mean per-page {items[0].metric}",
                 (by, "pages", *names), rows, corpus, field)


def _points(entries: list[Entry]) -> tuple[Point, ...]:
    out = []
    for e in entries:
        primary = e.primary
        if primary.precision is not None and primary.recall is not None:
            out.append(Point(e.extractor, primary.precision, primary.recall,
                             _interval(primary.precision_ci), _interval(primary.recall_ci)))
    return tuple(out)


def _run_rows(results: Results) -> tuple[tuple[Cell, ...], ...]:
    manifest, settings = results.manifest, results.settings
    env = manifest.environment
    return (("newsbench", env.get("newsbench")), ("commit", env.get("commit")), ("python", env.get("python")),
            ("run started", manifest.started), ("run finished", manifest.finished),
            ("split", "every page" if settings.split is None else settings.split),
            ("bootstrap resamples", settings.n_resamples),
            ("randomisation resamples", settings.n_permutations), ("seed", settings.seed),
            ("confidence", settings.confidence), ("alpha", settings.alpha))


def header_tables(results: Results, fields: Iterable[str]) -> tuple[Table, ...]:
    """What the figures were computed on and how: run and settings, corpora, extractors, averaging per field."""
    manifest = results.manifest
    corpora = tuple((c.name, c.fingerprint, c.pages, c.gold_nature or "–") for c in manifest.corpora)
    extractors = tuple((e.name, e.version, e.distribution, e.skipped) for e in manifest.extractors)
    averaging = tuple((f, PRIMARY.get(f), AVERAGING.get(f)) for f in _ordered_fields(set(fields)))
    return (
        Table("run", "header", "Run and statistics settings", ("item", "value"), _run_rows(results)),
        Table("corpora", "header", "Corpora", ("corpus", "fingerprint", "pages", "gold"), corpora),
        Table("extractors", "header", "Extractors", ("extractor", "version", "distribution", "skipped"), extractors),
        Table("averaging", "header", "How each figure is averaged", ("field", "primary", "averaging"), averaging,
              note=f"{INTERVALS} {TESTS}"),
    )


LONG_FIGURES = ("precision", "recall", "f1")
LONG_COUNTS = ("tp", "fp", "fn", "tn", "empty_predictions", "confused", "eligible")


def _long_leaderboard(results: Results) -> Table:
    versions = _versions(results)
    columns = ["corpus", "field", "extractor", "version", "family", "primary"]
    for short in ("P", "R", "F1", "rate"):
        columns += [short, f"{short}_low", f"{short}_high"]
    columns += [*LONG_COUNTS, "pages", "failed", "no_backend", "abstained", "median_ms"]
    rows = []
    for e in results.leaderboard:
        figures = e.figures or {"": Figure()}
        for family, fig in figures.items():
            cells: list[Cell] = [e.corpus, e.field, e.extractor, versions.get(e.extractor), family,
                                 family == PRIMARY.get(e.field)]
            for part in (*LONG_FIGURES, "rate"):
                ci = _interval(getattr(fig, f"{part}_ci"))
                cells += [getattr(fig, part), ci.low, ci.high]
            cells += [getattr(fig, k) for k in LONG_COUNTS]
            cells += [e.pages, e.failed, e.no_backend, e.abstained, e.median_ms]
            rows.append(tuple(cells))
    return Table("leaderboard", "long", "Every figure family of every extractor", tuple(columns), tuple(rows))


def _long(name: str, items: Iterable[Any], columns: tuple[str, ...]) -> Table:
    return Table(name, "long", name, columns, tuple(tuple(getattr(i, c) for c in columns) for i in items))


def long_tables(results: Results) -> tuple[Table, ...]:
    """The tidy tables: every figure family per (corpus, field, extractor), every test, every breakdown cell."""
    return (
        _long_leaderboard(results),
        _long("significance", results.significance,
              ("corpus", "field", "metric", "a", "b", "difference", "p_value", "p_holm", "significant")),
        _long("breakdowns", results.breakdowns,
              ("corpus", "field", "metric", "by", "group", "extractor", "mean", "pages")),
    )


def build(results: Results) -> Tables:
    """Every table of the report of `results`."""
    groups = _groups(results.leaderboard)
    leaderboards, significance, breakdowns = [], [], []
    for (corpus, field), entries in groups.items():
        order = [e.extractor for e in entries]
        leaderboards.append(leaderboard_table(results, corpus, field, entries))
        if (matrix := significance_table(results, corpus, field, order)) is not None:
            significance.append(matrix)
        for by in BREAKDOWN_BY:
            if (table := breakdown_table(results, corpus, field, by, order)) is not None:
                breakdowns.append(table)
    return Tables(header_tables(results, [field for _, field in groups]), tuple(leaderboards), tuple(significance),
                  tuple(breakdowns), long_tables(results), {k: _points(v) for k, v in groups.items()})
