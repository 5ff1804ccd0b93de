"""The report's tables, built once from a results document as plain data that every output format renders.

A table is a title, column names and rows of cells. A cell is text, a count (int), a figure
(float), an `Interval` (a confidence interval), a `Difference` (a significance-matrix entry,
marked when significant after Holm) or None for a figure that does not exist. Nothing is
rounded here: rounding happens when a format renders a cell.

Ranking: a leaderboard ranks the systems that compete. Rows of reference systems, which read
the gold (the oracle, gold-body pipelines), and rows of named pipelines whose prediction for the
field is another listed extractor's prediction (`extractors.registry.role`) are kept apart,
below the ranking, with the reason. The best ranked value of each figure column is marked.
Systems whose predictions were imported (manifest `origin` "import") are labelled external.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from newsbench.extractors.base import FIELDS
from newsbench.extractors.registry import Role, role
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
    "structure": "typed-block P/R/F1 macro over pages (a gold block counts when found as its own kind); per kind "
                 "F1 micro over pages; order: mean per-page Kendall tau of the matched blocks.",
    "snippets": "P/R/F1 and accuracy micro over pages (snippet counts summed), as trafilatura's evaluation.",
}
INTERVALS = ("Confidence intervals: percentile bootstrap over pages, the same resampled pages for every "
             "extractor (paired).")
TESTS = ("Significance: paired approximate randomisation on the per-page primary score, every pair of "
         "extractors producing the field, Holm-corrected per field and corpus.")
BREAKDOWN_BY = ("language", "site", "phenomenon")
SAME = "="  # a summary cell whose figure is the same as that of the extractor the pipeline repeats
EXTERNAL = " (external)"  # after the name of a system whose predictions were imported
REFERENCE = "reference: reads the gold"


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
    apart: tuple[tuple[Cell, ...], ...] = ()  # rows shown below the ranking, not ranked
    why: tuple[str, ...] = ()  # why each row of `apart` is not ranked
    best: frozenset[tuple[int, int]] = frozenset()  # (row, column) of the best ranked value of a figure column
    footer: tuple[str, ...] = ()  # lines under the table: what failed and why, what "=" means


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
    summary: tuple[Table, ...]
    leaderboards: tuple[Table, ...]
    significance: tuple[Table, ...]
    breakdowns: tuple[Table, ...]
    long: tuple[Table, ...]
    points: dict[tuple[str, str], tuple[Point, ...]]

    def display(self) -> tuple[Table, ...]:
        """The tables a document shows, in reading order: summary first, what they were computed on last."""
        return self.summary + self.leaderboards + self.significance + self.breakdowns + self.header


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
    """Whether a column holds figures (right-aligned) rather than text; `SAME` marks count as figures."""
    cells = [row[column] for row in table.rows + table.apart if row[column] is not None and row[column] != SAME]
    return bool(cells) and all(isinstance(c, int | float | Interval | Difference) for c in cells)


def roles(results: Results) -> dict[str, Role]:
    """The role of every extractor of the run; an imported system has none (it is ranked, labelled external)."""
    return {e.name: Role() if e.origin == "import" else role(e.name) for e in results.manifest.extractors}


def label(results: Results, name: str) -> str:
    """An extractor's name as a table shows it: external systems (imported predictions) say so."""
    record = results.manifest.extractor(name)
    return name + EXTERNAL if record is not None and record.origin == "import" else name


def apart_reason(entry: Entry, present: dict[str, Entry], roles: dict[str, Role]) -> str | None:
    """Why `entry` is kept out of the ranking of its field (None: it is ranked).

    A reference system reads the gold; a pipeline whose prediction for the field is that of
    another extractor in the same table repeats that extractor's figures.
    """
    mine = roles.get(entry.extractor, Role())
    if mine.uses_gold:
        return REFERENCE
    source = mine.repeats.get(entry.field)
    if source is not None and source in present and source != entry.extractor:
        return f"repeats {source}"
    return None


def same_figures(a: Entry, b: Entry) -> bool:
    """Whether two entries have the same main score and failures (a pipeline and the tool it repeats)."""
    return a.main_score == b.main_score and a.failed == b.failed and a.pages == b.pages


def best_cells(rows: list[tuple[Cell, ...]], columns: list[int]) -> frozenset[tuple[int, int]]:
    """(row, column) of the highest value of each figure column, ties included, as printed (3 decimals).

    No mark where fewer than two rows have a value.
    """
    out = set()
    for c in columns:
        values = [(r, float(fixed(v))) for r, row in enumerate(rows) if isinstance(v := row[c], int | float)
                  and not isinstance(v, bool) and not missing(v)]
        if len(values) < 2:
            continue
        top = max(v for _, v in values)
        out |= {(r, c) for r, v in values if v == top}
    return frozenset(out)


def failure_lines(entries: Iterable[Entry], results: Results) -> tuple[str, ...]:
    """The failure summary of a table: per extractor its failed pages, grouped by reason, most first.

    "Failures: none." when nothing failed. A results document from before reasons were
    recorded says so instead of inventing one.
    """
    failed = sorted((e for e in entries if e.failed), key=lambda e: (-e.failed, e.extractor))
    if not failed:
        return ("Failures: none.",)
    lines = []
    for e in failed:
        pages = f"{e.failed} failed page{'s' if e.failed != 1 else ''}"
        if e.failures is None:
            lines.append(f"{label(results, e.extractor)}: {pages}; reasons not recorded (results.json from an older "
                         "newsbench: rescore the run with: newsbench score RUN)")
            continue
        reasons = "; ".join(f"{f.pages} × {f.reason} (e.g. {_short_id(f.examples[0])})" if f.examples
                            else f"{f.pages} × {f.reason}" for f in e.failures)
        lines.append(f"{label(results, e.extractor)}: {pages}: {reasons}")
    return tuple(lines)


def _short_id(page_id: str) -> str:
    """A page id as an example in a summary line: ids longer than 24 characters (content hashes) are cut."""
    return page_id if len(page_id) <= 24 else page_id[:12] + "…"


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


def _kind_f1(kind: str) -> Callable[[Entry], Cell]:
    """A structure kind's F1, or None ("–") when nothing was counted for it: no gold block of that kind and none predicted."""
    def get(entry: Entry) -> Cell:
        figure = entry.figures.get(kind)
        if figure is None or not (figure.tp or figure.fp or figure.fn):
            return None
        return figure.f1
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
    "structure": (("order tau", _figure("order", "rate")), ("heading F1", _kind_f1("heading")),
                  ("list item F1", _kind_f1("list_item")), ("table F1", _kind_f1("table")),
                  ("quote F1", _kind_f1("quote"))),
    "snippets": (("accuracy", _figure("snippets", "accuracy")),),
}


def _ci_label(results: Results) -> str:
    return f"{results.settings.confidence * 100:g}% CI"


BEST_EXTRAS = ("micro F1", "AEB F1", "WCXB F1", "exact")  # extra columns where higher is better


def leaderboard_table(results: Results, corpus: str, field: str, entries: list[Entry],
                      role_of: dict[str, Role] | None = None) -> Table:
    """The leaderboard of one field on one corpus: primary P/R/F1 with CIs, extras, failures, timing.

    Ranked rows first (by F1), then the rows kept apart (`apart_reason`); best ranked values
    marked; the failure reasons under the table.
    """
    role_of = roles(results) if role_of is None else role_of
    versions, ci = _versions(results), _ci_label(results)
    extras = EXTRAS.get(field, ())
    abstains = any(e.abstained is not None for e in entries)
    columns = ["extractor", "version", "P", f"P {ci}", "R", f"R {ci}", "F1", f"F1 {ci}", *(n for n, _ in extras),
               "failed", *(["abstained"] if abstains else []), "median ms"]

    def row(e: Entry) -> tuple[Cell, ...]:
        primary = e.primary
        figures: list[Cell] = []
        for part in ("precision", "recall", "f1"):
            figures += [getattr(primary, part), _interval(getattr(primary, f"{part}_ci"))]
        return (label(results, e.extractor), versions.get(e.extractor), *figures, *(get(e) for _, get in extras),
                e.failed, *([e.abstained] if abstains else []), e.median_ms)

    present = {e.extractor: e for e in entries}
    why = {e.extractor: apart_reason(e, present, role_of) for e in entries}
    ranked = [row(e) for e in entries if why[e.extractor] is None]
    apart = [e for e in entries if why[e.extractor] is not None]
    apart.sort(key=lambda e: (why[e.extractor] != REFERENCE, entries.index(e)))
    family = PRIMARY.get(field, "?")
    marked = [columns.index(n) for n in ("P", "R", "F1", *BEST_EXTRAS) if n in columns]
    return Table(slug("leaderboard", corpus, field), "leaderboard",
                 f"Leaderboard of {field} on {corpus} (primary: {family}; sorted by F1)",
                 tuple(columns), tuple(ranked), corpus, field, AVERAGING.get(field, ""),
                 apart=tuple(row(e) for e in apart), why=tuple(str(why[e.extractor]) for e in apart),
                 best=best_cells(ranked, marked), footer=failure_lines(entries, results))


def _summary_row(results: Results, name: str, groups: dict[str, list[Entry]],
                 role_of: dict[str, Role]) -> tuple[tuple[Cell, ...], list[str | None]]:
    """One extractor's summary cells, and for each field it has why that figure is not ranked (None: ranked)."""
    cells: list[Cell] = [label(results, name)]
    reasons: list[str | None] = []
    mine = []
    for field, entries in groups.items():
        present = {x.extractor: x for x in entries}
        entry = present.get(name)
        if entry is None:
            cells.append(None)
            continue
        mine.append(entry)
        reason = apart_reason(entry, present, role_of)
        reasons.append(reason)
        source = present.get(role_of.get(name, Role()).repeats.get(field, ""))
        same = reason not in (None, REFERENCE) and source is not None and same_figures(entry, source)
        cells.append(SAME if same else entry.main_score)
    cells += [next((e.median_ms for e in mine if e.median_ms is not None), None), max(e.failed for e in mine)]
    return tuple(cells), reasons


def _repeat_note(rows: dict[str, tuple[Cell, ...]], fields: list[str], role_of: dict[str, Role]) -> tuple[str, ...]:
    """What each `SAME` cell repeats: "justext+metadata = justext (body)" ..."""
    repeats = []
    for name, row in rows.items():
        same = [f for n, f in enumerate(fields) if row[1 + n] == SAME]
        sources = dict.fromkeys(role_of[name].repeats[f] for f in same)
        if sources:
            parts = [f"{s} ({', '.join(f for f in same if role_of[name].repeats[f] == s)})" for s in sources]
            repeats.append(f"{name} = {', '.join(parts)}")
    return (f"{SAME} the same figures as the extractor the pipeline repeats: " + "; ".join(repeats),) if repeats else ()


def summary_table(results: Results, corpus: str, groups: dict[str, list[Entry]], role_of: dict[str, Role]) -> Table:
    """One corpus at a glance: extractor x field primary F1, median ms per page and failed pages.

    Ranked rows sorted by body F1 (then by the first field they have), then the reference
    systems and the pipelines all of whose figures repeat another row's. A pipeline's cell
    with the same figures as the extractor it repeats prints `SAME`.
    """
    fields = list(groups)
    names = list(dict.fromkeys(e.extractor for entries in groups.values() for e in entries))
    made = {name: _summary_row(results, name, groups, role_of) for name in names}
    rows = {name: cells for name, (cells, _) in made.items()}
    reasons = {name: why for name, (_, why) in made.items()}

    def key(name: str) -> tuple[int, float, str]:
        for n in range(len(fields)):
            value = rows[name][1 + n]
            if isinstance(value, float):
                return (n, -value, name)
        return (len(fields), 0.0, name)

    ranked = sorted((n for n in names if not all(reasons[n])), key=key)
    apart = sorted((n for n in names if all(reasons[n])), key=lambda n: (REFERENCE not in reasons[n], key(n)))
    ranked_rows = [rows[n] for n in ranked]
    worst = [max((e for entries in groups.values() for e in entries if e.extractor == n), key=lambda e: e.failed)
             for n in names]
    split = results.settings.split
    pages = max(e.pages for entries in groups.values() for e in entries)
    return Table(slug("summary", corpus), "summary",
                 f"{corpus} ({f'split {split}' if split else 'every page'}, {pages} pages): primary F1 per "
                 "field, median ms per page, failed pages",
                 ("extractor", *fields, "median ms", "failed"), tuple(ranked_rows), corpus,
                 note="Primary F1: " + "; ".join(f"{f} {PRIMARY.get(f, '?')}" for f in fields)
                 + ". Sorted by body F1; the best ranked value of each field is marked.",
                 apart=tuple(rows[n] for n in apart),
                 why=tuple(REFERENCE if REFERENCE in reasons[n] else "repeats " + ", ".join(
                     sorted({str(r).removeprefix("repeats ") for r in reasons[n]})) for n in apart),
                 best=best_cells(ranked_rows, list(range(1, 1 + len(fields)))),
                 footer=failure_lines(worst, results) + _repeat_note(rows, fields, role_of))


def _left_out(dropped: Sequence[str]) -> str:
    return (f" Left out, as they repeat a column shown with the same figures: {', '.join(dropped)}."
            if dropped else "")


def significance_table(results: Results, corpus: str, field: str, order: list[str],
                       dropped: Sequence[str] = ()) -> Table | None:
    """The matrix of paired differences (row minus column) of one field on one corpus; None without tests."""
    tests = [t for t in results.significance if t.corpus == corpus and t.field == field
             and t.a not in dropped and t.b not in dropped]
    if not tests:
        return None
    tested = {t.a for t in tests} | {t.b for t in tests}
    names = [n for n in order if n in tested] + sorted(tested - set(order))
    cells: dict[tuple[str, str], Difference] = {}
    for t in tests:
        cells[(t.a, t.b)] = Difference(t.difference, t.significant)
        cells[(t.b, t.a)] = Difference(None if t.difference is None else -t.difference, t.significant)
    rows = tuple((label(results, a), *(cells.get((a, b)) for b in names)) for a in names)
    alpha = results.settings.alpha
    return Table(slug("significance", corpus, field), "significance",
                 f"Paired differences of {field} on {corpus} (row minus column, mean per-page {tests[0].metric}); "
                 f"† marks a difference significant after Holm at alpha = {alpha:g}",
                 ("extractor", *(label(results, n) for n in names)), rows, corpus, field, TESTS + _left_out(dropped))


def breakdown_table(results: Results, corpus: str, field: str, by: str, order: list[str],
                    dropped: Sequence[str] = ()) -> Table | None:
    """Mean per-page primary score of one field per language, site or phenomenon (rows) and extractor (columns)."""
    items = [b for b in results.breakdowns if b.corpus == corpus and b.field == field and b.by == by
             and b.extractor not in dropped]
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
                 (by, "pages", *(label(results, n) for n in names)), rows, corpus, field, _left_out(dropped).strip())


def _points(results: Results, entries: list[Entry]) -> tuple[Point, ...]:
    out = []
    for e in entries:
        primary = e.primary
        if primary.precision is not None and primary.recall is not None:
            out.append(Point(label(results, e.extractor), primary.precision, primary.recall,
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
    extractors = tuple((e.name, e.version, e.distribution, e.origin, e.skipped) for e in manifest.extractors)
    averaging = tuple((f, PRIMARY.get(f), AVERAGING.get(f)) for f in _ordered_fields(set(fields)))
    return (
        Table("run", "header", "Run and statistics settings", ("item", "value"), _run_rows(results)),
        Table("corpora", "header", "Corpora", ("corpus", "fingerprint", "pages", "gold"), corpora),
        Table("extractors", "header", "Extractors", ("extractor", "version", "distribution", "origin", "skipped"),
              extractors, note="origin: built-in, the distribution of a plugin, or import (an external system whose "
              "predictions were imported, labelled external in every table)."),
        Table("averaging", "header", "How each figure is averaged", ("field", "primary", "averaging"), averaging,
              note=f"{INTERVALS} {TESTS}"),
    )


LONG_FIGURES = ("precision", "recall", "f1")
LONG_COUNTS = ("tp", "fp", "fn", "tn", "empty_predictions", "confused", "eligible")


def _long_leaderboard(results: Results) -> Table:
    versions = _versions(results)
    origins = {e.name: e.origin for e in results.manifest.extractors}
    columns = ["corpus", "field", "extractor", "version", "origin", "family", "primary"]
    for short in ("P", "R", "F1", "rate"):
        columns += [short, f"{short}_low", f"{short}_high"]
    columns += [*LONG_COUNTS, "pages", "failed", "no_backend", "abstained", "median_ms"]
    rows = []
    for e in results.leaderboard:
        figures = e.figures or {"": Figure()}
        for family, fig in figures.items():
            cells: list[Cell] = [e.corpus, e.field, e.extractor, versions.get(e.extractor), origins.get(e.extractor),
                                 family, family == PRIMARY.get(e.field)]
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


def _shown(entries: list[Entry], role_of: dict[str, Role]) -> tuple[list[Entry], list[str]]:
    """Entries ranked first, then those kept apart; and the pipelines left out of matrices because they repeat
    another column exactly (same figures)."""
    present = {e.extractor: e for e in entries}
    why = {e.extractor: apart_reason(e, present, role_of) for e in entries}
    dropped = [e.extractor for e in entries if why[e.extractor] not in (None, REFERENCE)
               and same_figures(e, present[role_of[e.extractor].repeats[e.field]])]
    ranked = [e for e in entries if why[e.extractor] is None]
    apart = [e for e in entries if why[e.extractor] is not None and e.extractor not in dropped]
    return ranked + apart, dropped


def build(results: Results) -> Tables:
    """Every table of the report of `results`."""
    groups = _groups(results.leaderboard)
    role_of = roles(results)
    leaderboards, significance, breakdowns = [], [], []
    points: dict[tuple[str, str], tuple[Point, ...]] = {}
    for (corpus, field), entries in groups.items():
        table = leaderboard_table(results, corpus, field, entries, role_of)
        leaderboards.append(table)
        shown, dropped = _shown(entries, role_of)
        order = [e.extractor for e in shown]
        points[(corpus, field)] = _points(results, [e for e in entries if apart_reason(e, {x.extractor: x for x in entries},
                                                                              role_of) is None])
        if (matrix := significance_table(results, corpus, field, order, dropped)) is not None:
            significance.append(matrix)
        for by in BREAKDOWN_BY:
            if (breakdown := breakdown_table(results, corpus, field, by, order, dropped)) is not None:
                breakdowns.append(breakdown)
    corpora = list(dict.fromkeys(corpus for corpus, _ in groups))
    summary = tuple(summary_table(results, c, {f: e for (c2, f), e in groups.items() if c2 == c}, role_of)
                    for c in corpora)
    return Tables(header_tables(results, [field for _, field in groups]), summary, tuple(leaderboards),
                  tuple(significance), tuple(breakdowns), long_tables(results), points)
