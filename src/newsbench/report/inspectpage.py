"""The per-page inspection as static HTML: an index, and one file per page with the gold beside every prediction.

`inspect/index.html`: per corpus, each extractor's worst pages per field and its failed pages by
reason, the pages of each phenomenon tag, and every page with each extractor's body F1. One file
per page (`inspect/<corpus>/<page>.html`): the page itself in a sandboxed frame with the gold
body blocks outlined (`corpus.pageview`), the gold, a table of every extractor's per-page scores,
then per extractor each field's gold against its prediction as a token diff (`report.diff`:
missed text red and struck through, extra text green, optional blocks dashed, moved text dotted),
the scores of that field, and the error of a failure. Static files, no script, no network; the
same CSP as the report. `serve` answers the same pages from 127.0.0.1, rendering each on request.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newsbench.corpus.pageview import sandboxed_frame
from newsbench.metrics.authors import normalise_name
from newsbench.metrics.dates import date_outcome
from newsbench.metrics.entities import normalise_entity
from newsbench.report.diff import Diff, body_diff, text_diff
from newsbench.report.htmlpage import CSP
from newsbench.report.inspection import WORST_BY, Inspection, InspectionError, Key
from newsbench.report.tables import fixed
from newsbench.store.folder import RunFolder

FOLDER = "inspect"
STYLE = """
body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1rem 1.5rem; color: #222; max-width: 110rem; }
a { color: #1a55a8; } h2 { border-bottom: 1px solid #ccc; margin-top: 2rem; } h3 { margin: 1.2rem 0 0.3rem; }
table { border-collapse: collapse; font-size: 0.85rem; } th, td { padding: 0.2rem 0.5rem; border-bottom: 1px solid #ddd;
 text-align: left; vertical-align: top; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
div.scroll { overflow-x: auto; max-width: 100%; }
.legend span, .legend del, .legend ins { margin-right: 1rem; }
del.missed { background: #fdd; color: #a00; text-decoration: line-through; }
ins.extra { background: #d8f5d8; color: #075e07; text-decoration: none; }
ins.neutral, div.left-out { background: #eee; color: #666; text-decoration: none; }
span.moved { text-decoration: underline dotted #555; }
div.block { margin: 0.35rem 0; padding: 0.15rem 0.4rem; border-left: 3px solid #ccc; white-space: pre-wrap; }
div.block.optional { border-left: 3px dashed #999; } div.block.heading { font-weight: 600; }
div.left-out { font-style: italic; } div.block.same { color: #555; }
span.skip { color: #777; background: #f1f1f1; border-radius: 3px; padding: 0 0.3rem; }
div.line { white-space: pre-wrap; }
div.columns { display: flex; gap: 1rem; align-items: flex-start; }
div.columns > * { flex: 1 1 50%; min-width: 0; }
iframe.page { width: 100%; height: 80vh; border: 1px solid #999; background: #fff; }
pre.error { background: #fff3f3; border: 1px solid #e99; padding: 0.5rem; white-space: pre-wrap; }
details.extractor { border: 1px solid #ddd; border-radius: 4px; margin: 0.6rem 0; padding: 0.3rem 0.8rem; }
details.extractor > summary { cursor: pointer; font-weight: 600; }
span.ok { color: #075e07; } span.failed { color: #a00; font-weight: 600; } span.note { color: #666; font-size: 0.85em; }
span.tag { display: inline-block; background: #eef; border-radius: 3px; padding: 0 0.3rem; margin: 0.1rem; font-size: 0.8rem; }
span.ent-PER { background: #ffe3c7; } span.ent-ORG { background: #d7e9ff; } span.ent-LOC { background: #d9f2d9; }
span.ent-MISC { background: #eedcff; }
td.bad { background: #fde2e2; } td.mid { background: #fff4d6; } td.good { background: #e6f4ea; }
"""
LEGEND = ('<p class="legend"><del class="missed">missed</del><ins class="extra">extra</ins>'
          '<span class="moved">found elsewhere (moved)</span><ins class="neutral">neutral (optional block)</ins>'
          '<span class="note">dashed border: optional gold block; grey text ending in …: a block found whole, '
          "shortened; <span class=\"skip\">…</span> found text far from any difference, left out (hover: how many "
          "tokens)</span></p>")
SHOWN_METRICS = {"body": ("tokens.precision", "tokens.recall", "tokens.f1", "blocks.f1", "wcxb.f1", "aeb.recall"),
                 "headline": ("exact", "tokens.f1"), "published": ("day.correct", "minute.correct"),
                 "modified": ("day.correct", "minute.correct"), "authors": ("set.precision", "set.recall", "set.f1"),
                 "entities": ("typed.tp", "typed.fp", "typed.fn")}


def page_file(key: Key) -> str:
    """A page's file under inspect/, safe on every file system (an unsafe id gets a short hash)."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", key.page)[:80]
    if safe != key.page:
        safe += "-" + hashlib.sha256(key.page.encode()).hexdigest()[:8]
    return f"{re.sub(r'[^A-Za-z0-9._-]', '_', key.corpus)}/{safe}.html"


def _document(title: str, body: Iterable[str]) -> str:
    return "\n".join(['<!DOCTYPE html>', '<html lang="en">', "<head>", '<meta charset="utf-8">',
                      f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
                      f"<title>{html.escape(title)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>", *body,
                      "</body>", "</html>", ""])


def _score_cell(value: float | None) -> str:
    if value is None:
        return '<td class="num">–</td>'
    css = "bad" if value < 0.5 else "mid" if value < 0.9 else "good"
    return f'<td class="num {css}">{fixed(value)}</td>'


def _link(key: Key, text: str | None = None, prefix: str = "") -> str:
    return f'<a href="{html.escape(prefix + page_file(key))}">{html.escape(text or key.page)}</a>'


def _label(inspection: Inspection, name: str) -> str:
    role, origin = inspection.role(name), inspection.record(name).origin
    notes = (["external"] if origin == "import" else []) + (["reference: reads the gold"] if role.uses_gold else [])
    return html.escape(name) + (f' <span class="note">({", ".join(notes)})</span>' if notes else "")


# the index


def _worst_table(inspection: Inspection, corpus: str) -> list[str]:
    fields = [f for f in WORST_BY if any(f in inspection.scores.get((k, e.name), {})
                                         for k in inspection.keys[:50] for e in inspection.extractors)]
    rows = []
    for e in inspection.extractors:
        cells = []
        for field in fields:
            worst = inspection.worst(e.name, field, corpus)
            scored = worst or any(inspection.page_score(k, e.name, field) is not None for k in inspection.keys)
            cells.append("<td>" + ", ".join(f"{_link(k)} ({fixed(v)})" for k, v in worst) + "</td>" if worst
                         else '<td class="note">every page 1.000</td>' if scored else "<td>–</td>")
        rows.append(f"<tr><th>{_label(inspection, e.name)}</th>{''.join(cells)}</tr>")
    head = "".join(f"<th>{html.escape(f)} ({html.escape(WORST_BY[f])})</th>" for f in fields)
    return ['<div class="scroll"><table>', f"<thead><tr><th>extractor</th>{head}</tr></thead>", *rows,
            "</table></div>"]


def _failures(inspection: Inspection, corpus: str) -> list[str]:
    items = []
    for e in inspection.extractors:
        for why, keys in inspection.failures(e.name, corpus).items():
            items.append(f"<li>{_label(inspection, e.name)}: {len(keys)} × <code>{html.escape(why)}</code>: "
                         + ", ".join(_link(k) for k in keys) + "</li>")
    return [f"<ul>{''.join(items)}</ul>" if items else "<p>No failed page.</p>"]


def _phenomena(inspection: Inspection, corpus: str) -> list[str]:
    from newsbench.corpus.schema import phenomena

    meaning = phenomena()
    rows = [f"<tr><th>{html.escape(tag)}</th><td>{len(keys)}</td><td>{html.escape(meaning.get(tag, ''))}</td>"
            f"<td>{', '.join(_link(k) for k in keys)}</td></tr>" for tag, keys in inspection.phenomena(corpus).items()]
    return ["<table><thead><tr><th>tag</th><th>pages</th><th>meaning</th><th>pages carrying it</th></tr></thead>",
            *rows, "</table>"] if rows else ["<p>No phenomenon tags in this corpus.</p>"]


def _pages(inspection: Inspection, corpus: str) -> list[str]:
    names = [e.name for e in inspection.extractors if "body" in e.produces]
    head = "".join(f"<th>{html.escape(n)}</th>" for n in names)
    rows = []
    for key in (k for k in inspection.keys if k.corpus == corpus):
        gold = inspection.gold(key)
        cells = "".join(_score_cell(inspection.page_score(key, n, "body")) for n in names)
        rows.append(f"<tr><th>{_link(key)}</th><td>{html.escape(gold.split)}</td><td>{html.escape(gold.language)}"
                    f"</td><td>{html.escape(gold.site)}</td>{cells}</tr>")
    return ['<div class="scroll"><table>', f"<thead><tr><th>page</th><th>split</th><th>language</th><th>site</th>{head}"
            "</tr></thead>", *rows, "</table></div>"]


def _sections(inspection: Inspection) -> list[str]:
    """The index's part for each corpus of `inspection`."""
    body = []
    for corpus in inspection.corpora:
        body += [f'<h2 id="corpus-{html.escape(corpus)}">{html.escape(corpus)}</h2>',
                 "<h3>Worst pages per extractor and field</h3>", *_worst_table(inspection, corpus),
                 "<h3>Failed pages by reason</h3>", *_failures(inspection, corpus),
                 "<h3>Pages by phenomenon</h3>", *_phenomena(inspection, corpus),
                 "<h3>Every page: body token F1 per extractor</h3>", *_pages(inspection, corpus)]
    return body


def _index(inspection: Inspection, sections: list[str], pages: int) -> str:
    split = inspection.results.settings.split if inspection.results is not None else None
    body = ["<h1>newsbench: per-page inspection</h1>",
            f'<p>Run folder {html.escape(str(inspection.folder.path))}. <a href="../report.html">Report</a>. '
            f"{pages} pages, {len(inspection.extractors)} extractors. Worst pages are of the "
            f"{html.escape(f'split {split}' if split else 'whole corpus')}, as the figures.</p>", *sections]
    return _document("newsbench inspection", body)


def index_html(inspection: Inspection) -> str:
    """inspect/index.html."""
    return _index(inspection, _sections(inspection), len(inspection.keys))


# one page


def _date(gold: str | None, predicted: str | None) -> str:
    outcome = date_outcome(gold, predicted or None)
    return (f"<div>gold <code>{html.escape(str(gold))}</code>, predicted <code>{html.escape(str(predicted or '–'))}"
            f"</code>: <strong>{outcome}</strong> (day)</div>")


def _names(gold: Iterable[str], predicted: Iterable[str], norm: Any, css: str = "") -> str:
    gold, predicted = list(gold), list(predicted)
    left = [norm(p) for p in predicted]
    parts = []
    for name in gold:
        key = norm(name)
        if key in left:
            left.remove(key)
            parts.append(f'<span class="{css}">{html.escape(name)}</span>')
        else:
            parts.append(f'<del class="missed">{html.escape(name)}</del>')
    spare = list(left)
    for name in predicted:
        if norm(name) in spare:
            spare.remove(norm(name))
            parts.append(f'<ins class="extra">{html.escape(name)}</ins>')
    return "<div>" + (", ".join(parts) or "<span class='note'>none in gold or prediction</span>") + "</div>"


def _field(inspection: Inspection, key: Key, row: dict[str, Any], field: str,
           cache: dict[Any, tuple[str, Diff]]) -> str:
    gold = inspection.gold(key)
    value = None if row["error"] is not None else row[field]
    if field in ("body", "headline"):
        text = value or ""
        first = cache.get((field, text))
        if first is None:
            diff = body_diff(gold.blocks or (), text, collapse=True) if field == "body" \
                else text_diff(gold.headline or "", text)
            cache[(field, text)] = (row["extractor"], diff)
        else:
            diff = first[1]
        shown = (f'<p class="note">found {diff.tp} tokens, missed {diff.fn}, extra {diff.fp}'
                 + (f", neutral {diff.neutral}" if diff.neutral else "") + "</p>")
        if first is None:
            shown += diff.html
        else:  # the same text as an extractor above: the same diff, not written twice
            shown += (f'<p class="note">The same {field} as <a href="#x-{html.escape(first[0])}">'
                      f"{html.escape(first[0])}</a>'s prediction: the same diff.</p>")
    elif field in ("published", "modified"):
        shown = _date(getattr(gold, field), value)
    elif field == "authors":
        shown = _names(gold.authors or (), value or (), normalise_name)
    else:
        predicted = [f"{m['type']}: {m['text']}" for m in value or ()]
        shown = _names((f"{e.type}: {e.text}" for e in gold.entities or ()), predicted,
                       lambda s: (s.split(": ", 1)[0], normalise_entity(s.split(": ", 1)[1])))
    metrics = inspection.scores.get((key, row["extractor"]), {}).get(field, {})
    scores = ", ".join(f"{m} {fixed(metrics[m])}" for m in SHOWN_METRICS.get(field, ()) if m in metrics)
    return (f'<h4>{html.escape(field)} <span class="note">{html.escape(scores)}</span></h4>{shown}')


def _extractor(inspection: Inspection, key: Key, name: str, cache: dict[Any, tuple[str, Diff]]) -> str:
    row = inspection.predictions.get((key, name))
    if row is None:
        return ""
    fields = inspection.scored_fields(key, name)
    state = ('<span class="ok">ok</span>' if row["error"] is None
             else f'<span class="failed">failed ({html.escape(str(row["error_kind"]))})</span>')
    seconds = "" if row["seconds"] is None else f' <span class="note">{row["seconds"] * 1000:.1f} ms</span>'
    # The anchor sits inside the folded section: following a link to it unfolds the section.
    parts = [f'<details class="extractor"{" open" if len(inspection.extractors) <= 3 else ""}><summary>'
             f"{_label(inspection, name)} · {state}{seconds}</summary>", f'<span id="x-{html.escape(name)}"></span>']
    if row["error"] is not None:
        parts.append(f'<pre class="error">{html.escape(row["error"])}</pre><p class="note">A failure is scored as '
                     "an empty prediction for every field the extractor produces.</p>")
    if not fields:
        parts.append('<p class="note">no field scored on this page (no gold for what it produces)</p>')
    parts += [_field(inspection, key, row, field, cache) for field in fields]
    return "\n".join([*parts, "</details>"])


def _gold_panel(inspection: Inspection, key: Key) -> list[str]:
    gold = inspection.gold(key)
    entities = "".join(f'<span class="tag ent-{html.escape(e.type)}">{html.escape(e.type)}: {html.escape(e.text)}'
                       "</span>" for e in gold.entities or ())
    tags = "".join(f'<span class="tag">{html.escape(t)}</span>' for t in gold.phenomena)
    rows = [("headline", html.escape(str(gold.headline))), ("published", html.escape(str(gold.published))),
            ("modified", html.escape(str(gold.modified))), ("authors", html.escape(", ".join(gold.authors or ()))),
            ("phenomena", tags or "–"), ("entities", entities or "–"),
            ("language, site, split", html.escape(f"{gold.language}, {gold.site}, {gold.split}"))]
    blocks = "".join(f'<div class="block {html.escape(b.kind)}{" optional" if b.optional else ""}">'
                     f"{html.escape(b.text)}</div>" for b in gold.blocks or ())
    return ["<table>", *(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows), "</table>",
            f"<h3>Gold body ({len(gold.blocks or ())} blocks)</h3>", blocks or "<p>no body gold</p>"]


def _overview(inspection: Inspection, key: Key) -> list[str]:
    fields = [f for f in WORST_BY if any(f in inspection.scores.get((key, e.name), {}) for e in inspection.extractors)]
    head = "".join(f"<th>{html.escape(f)}</th>" for f in fields)
    rows = []
    for e in inspection.extractors:
        row = inspection.predictions.get((key, e.name))
        if row is None:
            continue
        cells = "".join(_score_cell(inspection.page_score(key, e.name, f)) for f in fields)
        state = "ok" if row["error"] is None else f'<span class="failed">{html.escape(str(row["error_kind"]))}</span>'
        rows.append(f'<tr><th><a href="#x-{html.escape(e.name)}">{html.escape(e.name)}</a></th>{cells}<td>{state}</td>'
                    "</tr>")
    return ['<div class="scroll"><table>', f"<thead><tr><th>extractor</th>{head}<th>state</th></tr></thead>", *rows,
            "</table></div>"]


def page_html(inspection: Inspection, key: Key) -> str:
    """inspect/<corpus>/<page>.html."""
    gold = inspection.gold(key)
    frame, view = sandboxed_frame(inspection.page_html(key), gold.blocks or (), title=f"page {key.page}",
                                  keep_scripts=False)
    cache: dict[Any, tuple[str, Diff]] = {}
    body = ['<p><a href="../index.html">Inspection index</a> · <a href="../../report.html">Report</a></p>',
            f"<h1>{html.escape(key.corpus)} / {html.escape(key.page)}</h1>",
            "<h2>Per-page scores</h2>", *_overview(inspection, key),
            '<div class="columns"><div>', "<h2>The page</h2>",
            f'<p class="note">Sandboxed: no script, no network. {view.located} of {view.blocks} gold body blocks '
            "located and outlined (dashed: optional).</p>", frame, "</div><div>", "<h2>Gold</h2>",
            *_gold_panel(inspection, key), "</div></div>",
            "<h2>Predictions</h2>", LEGEND,
            *(_extractor(inspection, key, e.name, cache) for e in inspection.extractors)]
    return _document(f"{key.corpus}/{key.page}", body)


def _pages_of(inspection: Inspection, folder: Path) -> list[Path]:
    paths = []
    for key in inspection.keys:
        path = folder / page_file(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page_html(inspection, key), encoding="utf-8")
        paths.append(path)
    return paths


def write(inspection: Inspection, out: Path) -> list[Path]:
    """Write inspect/index.html and one file per selected page of `inspection` under `out` (a report folder)."""
    folder = out / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    index = folder / "index.html"
    index.write_text(index_html(inspection), encoding="utf-8")
    return [index, *_pages_of(inspection, folder)]


def write_run(run: RunFolder, out: Path, extractors: Sequence[str] | None = None,
              pages: Sequence[str] | None = None) -> list[Path]:
    """Write the inspection of a run folder under `out`; with no page selection, one corpus at a time (memory)."""
    if pages:
        return write(Inspection(run, extractors, pages), out)
    folder = out / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    sections: list[str] = []
    paths: list[Path] = []
    last = None
    for record in run.read_manifest().corpora:
        last = Inspection(run, extractors, corpus=record.name)
        sections += _sections(last)
        paths += _pages_of(last, folder)
    index = folder / "index.html"
    if last is None:
        raise InspectionError("the run has no corpus", file=str(run.path))
    index.write_text(_index(last, sections, len(paths)), encoding="utf-8")
    return [index, *paths]
