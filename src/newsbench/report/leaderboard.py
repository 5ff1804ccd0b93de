"""benchmark/LEADERBOARD.md, generated from the reference results (`score.reference`) and benchmark/published.json.

`render()` sets our figures beside other benchmarks' published ones (with versions and a note for
every F1 difference over MARGIN) and prints one leaderboard per corpus and field, through the
report's Markdown table renderer, by the report's rules: reference systems (they read the gold)
and pipelines repeating another row's prediction are kept apart from the ranking (a field with no
ranked row has no table), the best ranked values are in bold, and the failures are summarised
under each table; the structure table adds the order agreement, the per-kind F1 and how many
required gold blocks of each kind there are. A test fails when the
committed LEADERBOARD.md differs from a fresh rendering.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsbench.errors import NewsbenchError
from newsbench.extractors.base import FIELDS
from newsbench.extractors.registry import Role, role
from newsbench.report.markdown import table_markdown
from newsbench.report.tables import EXTERNAL, REFERENCE, Cell, Interval, Table, best_cells, fixed, slug
from newsbench.score.reference import merge

MARGIN = 0.02  # a difference from a published F1 larger than this must be explained
EXTRA_FIELDS = ("structure", "snippets")  # scored only for some extractors or corpora, after the FIELDS
# The structure table's per-kind columns (F1 micro over pages), as the report's (`report.tables.EXTRAS`).
STRUCTURE_COLUMNS = (("heading", "heading F1"), ("list_item", "list item F1"), ("table", "table F1"),
                     ("quote", "quote F1"))
PUBLISHED = ("aeb", "wcxb", "trafilatura_eval")  # corpora whose published figures are set beside ours


class LeaderboardError(NewsbenchError):
    """Reference results or published figures that cannot be used."""


def _num(value: Any) -> str:
    return fixed(value)


def _failure_lines(entries: list[dict[str, Any]]) -> tuple[str, ...]:
    """What failed and why, from the reference's entries (reasons exist from reference version 2 on)."""
    failed = sorted((e for e in entries if e["failed"]), key=lambda e: (-e["failed"], e["extractor"]))
    if not failed:
        return ("Failures: none.",)
    lines = []
    for e in failed:
        pages = f"{e['failed']} failed page{'s' if e['failed'] != 1 else ''}"
        if e.get("failures") is None:
            lines.append(f"{e['extractor']}: {pages}; reasons not recorded in this reference.json (regenerate it "
                         "with: newsbench leaderboard --reference RUN)")
        else:
            lines.append(f"{e['extractor']}: {pages}: " + "; ".join(f"{f['pages']} × {f['reason']}"
                                                                   for f in e["failures"]))
    return tuple(lines)


def _kind_f1(figure: dict[str, Any] | None) -> float | None:
    """A structure kind's F1, or None ("–") when nothing was counted: no gold block of that kind and none predicted."""
    if not figure or not (figure.get("tp") or figure.get("fp") or figure.get("fn")):
        return None
    f1: float | None = figure.get("f1")
    return f1


def _gold_kinds(entries: list[dict[str, Any]], kinds: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """How many required gold blocks each per-kind column counts (tp + fn, the same for every extractor)."""
    counts = []
    for kind, label in kinds:
        figure = next((e["extra"][kind] for e in entries if e["extra"].get(kind, {}).get("tp") is not None), None)
        if figure is not None:
            counts.append(f"{label.removesuffix(' F1')} {figure['tp'] + figure['fn']:.0f}")
    return (f"Required gold blocks per kind (per kind F1 is micro over pages): {', '.join(counts)}.",) if counts else ()


def _apart(entries: list[dict[str, Any]], origins: dict[str, str]) -> dict[str, str | None]:
    """Why each entry is kept out of the ranking (None: ranked), by the rule of the report's leaderboards."""
    present = {e["extractor"] for e in entries}
    out: dict[str, str | None] = {}
    for e in entries:
        mine = role(e["extractor"]) if origins.get(e["extractor"], "built-in") != "import" else Role()
        source = mine.repeats.get(e["field"])
        out[e["extractor"]] = REFERENCE if mine.uses_gold else (
            f"repeats {source}" if source in present and source != e["extractor"] else None)
    return out


def _board(ref: dict[str, Any]) -> list[Table]:
    tables: list[Table] = []
    corpora = [c["name"] for c in ref["corpora"]] + (["pooled"] if len(ref["corpora"]) > 1 else [])
    versions = {e["name"]: e["version"] for e in ref["extractors"]}
    origins = {e["name"]: e.get("origin", "built-in") for e in ref["extractors"]}

    def name(extractor: str) -> str:
        return extractor + EXTERNAL if origins.get(extractor) == "import" else extractor

    for corpus in corpora:
        for field in (*FIELDS, *EXTRA_FIELDS):
            entries = [e for e in ref["leaderboard"] if e["corpus"] == corpus and e["field"] == field and e["primary"]]
            if not entries:
                continue
            entries.sort(key=lambda e: (-(e["primary"].get("f1") or 0.0), e["extractor"]))
            extra = {"body": "AEB F1", "headline": "exact", "structure": "order tau", "snippets": "accuracy"}.get(field, "")
            kinds = STRUCTURE_COLUMNS if field == "structure" else ()
            why = _apart(entries, origins)
            rows: list[tuple[Cell, ...]] = []
            apart: list[tuple[Cell, ...]] = []
            for e in entries:
                p = e["primary"]
                ci = p.get("f1_ci") or (None, None)
                cells: list[Cell] = [name(e["extractor"]), versions.get(e["extractor"]) or "–", e["pages"], p.get("precision"),
                                     p.get("recall"), p.get("f1"), Interval(ci[0], ci[1])]
                if field == "body":
                    cells.append(e["extra"].get("aeb", {}).get("f1"))
                elif field == "headline":
                    cells.append(e["extra"].get("exact", {}).get("rate"))
                elif field == "structure":
                    cells.append(e["extra"].get("order", {}).get("rate"))
                    cells.extend(_kind_f1(e["extra"].get(kind)) for kind, _ in kinds)
                elif field == "snippets":
                    cells.append(p.get("accuracy"))
                (rows if why[e["extractor"]] is None else apart).append((*cells, e["failed"]))
            if not rows:
                continue  # only reference systems or repeats (the oracle's modified dates in a supplement): no ranking
            raw = {name(e["extractor"]): e["extractor"] for e in entries}
            apart.sort(key=lambda row: why[raw[str(row[0])]] != REFERENCE)
            columns = ("extractor", "version", "pages", "P", "R", "F1", "95% CI", *([extra] if extra else []),
                       *(label for _, label in kinds), "failures")
            marked = [columns.index(n) for n in ("P", "R", "F1", extra, *(label for _, label in kinds)) if n]
            tables.append(Table(slug("leaderboard", corpus, field), "leaderboard", f"{corpus}: {field}", columns,
                                tuple(rows), corpus, field, apart=tuple(apart),
                                why=tuple(str(why[raw[str(row[0])]]) for row in apart), best=best_cells(rows, marked),
                                footer=_gold_kinds(entries, kinds) + _failure_lines(entries)))
    return tables


def _ours(ref: dict[str, Any], corpus: str, extractor: str, family: str) -> dict[str, Any] | None:
    if family == "aeb" and corpus == "aeb":
        return ref["aeb_metric"].get(extractor)
    field = "snippets" if family == "snippets" else "body"
    for e in ref["leaderboard"]:
        if e["corpus"] == corpus and e["field"] == field and e["extractor"] == extractor:
            figure: dict[str, Any] | None = e["extra"].get(family) or (e["primary"] if family in ("tokens", "snippets") else None)
            return figure
    return None


def side_by_side(ref: dict[str, Any], published: dict[str, Any],
                 supplements: dict[str, dict[str, Any]] | None = None) -> tuple[list[Table], list[str]]:
    """The published-versus-ours tables, and the systems whose F1 differs by more than MARGIN without a note.

    A corpus's figures come from the reference, or else from the first supplement (by name) that has it.
    """
    tables: list[Table] = []
    unexplained: list[str] = []
    for corpus in PUBLISHED:
        spec = published.get(corpus)
        source = next((d for d in (ref, *(supplements or {}).values()) if corpus in {c["name"] for c in d["corpora"]}),
                      None)
        if not spec or source is None:
            continue
        versions = {e["name"]: e["version"] for e in source["extractors"]}
        rows = []
        for system, pub in spec["systems"].items():
            ours = _ours(source, corpus, pub["ours"], spec["metric"])
            if ours is None:
                continue
            delta = ours["f1"] - pub["f1"]
            note = spec.get("notes", {}).get(system, "")
            if abs(delta) > MARGIN and not note:
                unexplained.append(f"{corpus}/{system}")
            pm = f" ± {pub['f1_pm']:.3f}" if "f1_pm" in pub else ""
            ours_pm = f" ± {ours['f1_std']:.3f}" if "f1_std" in ours else ""
            rows.append((system, pub.get("version") or "not stated", versions.get(pub["ours"]) or "–",
                         f"{pub['precision']:.3f} / {pub['recall']:.3f} / {pub['f1']:.3f}{pm}",
                         f"{_num(ours['precision'])} / {_num(ours['recall'])} / {_num(ours['f1'])}{ours_pm}",
                         f"{delta:+.3f}", note))
        tables.append(Table(slug("published", corpus), "published", f"{corpus}: published figures beside ours",
                            ("system", "published version", "our version", "published P / R / F1", "ours P / R / F1",
                             "ΔF1", "note"), tuple(rows), corpus, "body",
                            f"Published: {spec['source']}. Ours: the {spec['metric']} metric on the imported corpus, same pages."))
    return tables, unexplained


def _supplement(name: str, doc: dict[str, Any]) -> list[str]:
    """A supplementary run's section: what it ran on, and its leaderboards."""
    corpora = ", ".join(f"{c['name']} ({c['pages']} pages, `{c['fingerprint'][:16]}`)" for c in doc["corpora"])
    argv = " ".join(doc["run"]["argv"][1:]) if doc["run"].get("argv") else ""
    return [f"## Supplement: {name}",
            f"Run started {doc['run']['started']} on {corpora}; split `{doc['settings'].get('split')}`; "
            f"`benchmark/results/supplements/{name}.json`" + (f" (`newsbench {argv}`)." if argv else "."),
            *(table_markdown(replace(t, name=f"{name}-{t.name}", title=f"{name}, {t.title}"), level=3)
              for t in _board(doc))]


def render(ref: dict[str, Any], published: dict[str, Any], supplements: dict[str, dict[str, Any]] | None = None) -> str:
    """LEADERBOARD.md from the reference results, the supplementary runs and the published figures."""
    env = ref["run"]["environment"]
    corpora = Table("corpora", "header", "Corpora", ("corpus", "pages", "gold", "fingerprint"),
                    tuple((c["name"], c["pages"], c.get("gold_nature") or "–", c["fingerprint"][:16])
                          for c in ref["corpora"]))
    head = [
        "# newsbench leaderboard",
        "*Generated by `newsbench leaderboard` from `benchmark/results/reference.json` and "
        "`benchmark/published.json`; do not edit by hand.*",
        f"Reference run: newsbench {env.get('newsbench')} (commit {env.get('commit')}), Python {env.get('python')}, "
        f"started {ref['run']['started']}; split `{ref['settings'].get('split')}` of our dataset; "
        f"{ref['settings']['n_resamples']} bootstrap resamples, seed {ref['settings']['seed']}. "
        "F1 is the primary figure of each field (body: token F1, macro over pages; headline: token F1; dates: "
        "day-level F1 after htmldate, micro; authors: set F1) with its 95% CI; see README \"Scoring\".",
        table_markdown(corpora, level=2),
    ]
    pairs, _ = side_by_side(ref, published, supplements)
    parts = [*head, "## Published figures beside ours", *(table_markdown(t, level=3) for t in pairs),
             "## Leaderboards", *(table_markdown(t, level=3) for t in _board(ref))]
    for name, doc in sorted((supplements or {}).items()):
        parts += _supplement(name, doc)
    return "\n\n".join(parts).rstrip() + "\n"


def paths(root: Path) -> tuple[Path, Path, Path]:
    """reference.json, published.json and LEADERBOARD.md under ROOT/benchmark."""
    bench = Path(root) / "benchmark"
    return bench / "results" / "reference.json", bench / "published.json", bench / "LEADERBOARD.md"


def update(root: Path, *, check: bool = False) -> bool:
    """Regenerate LEADERBOARD.md; with `check`, only report whether the committed one is stale."""
    ref_path, pub_path, out = paths(root)
    try:
        ref = json.loads(ref_path.read_text(encoding="utf-8"))
        published = json.loads(pub_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LeaderboardError(f"cannot read: {exc}", file=str(ref_path)) from exc
    # Other systems' results, one JSON per system beside reference.json (README, "Submissions").
    others = {}
    for path in sorted(ref_path.parent.glob("*.json")):
        if path != ref_path:
            try:
                others[str(path)] = json.loads(path.read_text(encoding="utf-8"))
            except ValueError as exc:
                raise LeaderboardError(f"cannot read: {exc}", file=str(path)) from exc
    supplements = {}
    for path in sorted((ref_path.parent / "supplements").glob("*.json")):
        try:
            supplements[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise LeaderboardError(f"cannot read: {exc}", file=str(path)) from exc
    text = render(merge(ref, others), published, supplements)
    stale = not out.is_file() or out.read_text(encoding="utf-8") != text
    if stale and not check:
        out.write_text(text, encoding="utf-8")
    return stale
