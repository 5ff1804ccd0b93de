"""The committed reference results and the leaderboard generated from them (benchmark/results, LEADERBOARD.md).

`reference(run_folder)` distils a scored run into `benchmark/results/reference.json`: figures,
versions, corpus fingerprints and one sha256 per (corpus, extractor) over its predictions,
never any page text. `render()` turns that file and `benchmark/published.json` (other
benchmarks' published figures) into `benchmark/LEADERBOARD.md`; a test fails when the
committed leaderboard differs from a fresh rendering.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from newsbench.aggregate import FIELDS
from newsbench.errors import NewsbenchError

REFERENCE_VERSION = 1
MARGIN = 0.02  # a difference from a published F1 larger than this must be explained
AEB_SEED = 20191101  # the seed the AEB reproduction test uses for the +- (bootstrap std)


class LeaderboardError(NewsbenchError):
    """Reference results or published figures that cannot be used."""


def _fingerprints(folder: Path, manifest: dict[str, Any]) -> dict[str, dict[str, str]]:
    from newsbench.pages import read_corpus
    from newsbench.run import predictions

    out: dict[str, dict[str, str]] = {}
    for record in manifest["corpora"]:
        corpus = read_corpus(Path(record["folder"]), name=record["name"])
        rows = predictions(folder, corpus, manifest).to_pylist()
        digests: dict[str, Any] = {}
        for row in sorted(rows, key=lambda r: (r["extractor"], r["page_sha256"])):
            fields = {k: row[k] for k in ("page_sha256", "headline", "published", "modified", "authors", "body",
                                          "entities", "error_kind")}
            digests.setdefault(row["extractor"], hashlib.sha256()).update(
                (json.dumps(fields, sort_keys=True, ensure_ascii=False) + "\n").encode())
        out[record["name"]] = {name: d.hexdigest() for name, d in sorted(digests.items())}
    return out


def _aeb_published_metric(folder: Path, manifest: dict[str, Any], corpus_name: str) -> dict[str, Any]:
    """AEB's own figures (means, F1 of means, bootstrap std) for every body extractor on the `aeb` corpus."""
    from newsbench.metrics.aeb import aeb_corpus
    from newsbench.pages import read_corpus
    from newsbench.run import predictions

    (record,) = [c for c in manifest["corpora"] if c["name"] == corpus_name]
    corpus = read_corpus(Path(record["folder"]), name=corpus_name)
    gold = {k: v["body"] for k, v in corpus.gold_rows().items()}
    rows = predictions(folder, corpus, manifest).to_pylist()
    out = {}
    for name in sorted({r["extractor"] for r in rows if r["body"] is not None or r["error"] is not None}):
        mine = sorted((r for r in rows if r["extractor"] == name), key=lambda r: r["page_id"])
        if all(r["body"] is None and r["error"] is None for r in mine):
            continue
        result = aeb_corpus([(gold[r["page_id"]], r["body"] or "") for r in mine], 1000,
                            np.random.default_rng(AEB_SEED))
        out[name] = {"precision": result.precision, "recall": result.recall, "f1": result.f1,
                     "f1_std": result.f1_std, "pages": result.pages}
    return out


def reference(folder: Path) -> dict[str, Any]:
    """The reference document of a scored run folder (results.json must exist)."""
    from newsbench.results import read_results

    results = read_results(folder)
    manifest = results["manifest"]
    keep = ("corpus", "field", "extractor", "pages", "failed", "no_backend", "abstained", "median_ms")
    board = []
    for entry in results["leaderboard"]:
        item = {k: entry.get(k) for k in keep}
        figures = entry["figures"]
        item["primary"] = entry["primary"]
        item["extra"] = {k: figures[k] for k in ("aeb", "wcxb", "exact", "took_modified") if k in figures}
        board.append(item)
    corpora = [{k: c.get(k) for k in ("name", "fingerprint", "pages", "gold_nature", "gold_fields")}
               for c in manifest["corpora"]]
    names = {c["name"] for c in corpora}
    return {
        "schema_version": REFERENCE_VERSION,
        "run": {"argv": manifest["argv"], "started": manifest["started"], "finished": manifest["finished"],
                "environment": manifest["environment"], "limits": manifest["limits"]},
        "settings": results["settings"],
        "extractors": [{k: e.get(k) for k in ("name", "version", "config_hash", "produces", "skipped")}
                       for e in manifest["extractors"]],
        "corpora": corpora,
        "leaderboard": board,
        "aeb_metric": _aeb_published_metric(folder, manifest, "aeb") if "aeb" in names else {},
        "predictions_sha256": _fingerprints(folder, manifest),
    }


def write_reference(folder: Path, out: Path) -> Path:
    """Write reference.json for a scored run into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "reference.json"
    path.write_text(json.dumps(reference(folder), indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                    encoding="utf-8")
    return path


def _num(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}"


def _ci(figure: dict[str, Any], key: str) -> str:
    ci = figure.get(f"{key}_ci")
    return f"{_num(figure.get(key))} [{_num(ci[0])}, {_num(ci[1])}]" if ci else _num(figure.get(key))


def _board(ref: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    corpora = [c["name"] for c in ref["corpora"]] + (["pooled"] if len(ref["corpora"]) > 1 else [])
    versions = {e["name"]: e["version"] for e in ref["extractors"]}
    for corpus in corpora:
        for field in FIELDS:
            entries = [e for e in ref["leaderboard"] if e["corpus"] == corpus and e["field"] == field and e["primary"]]
            if not entries:
                continue
            entries.sort(key=lambda e: (-(e["primary"].get("f1") or 0.0), e["extractor"]))
            extra = "AEB F1" if field == "body" else "exact" if field == "headline" else ""
            lines += [f"### {corpus}: {field}", "", f"| extractor | version | pages | P | R | F1 [95% CI] | "
                      f"{extra + ' | ' if extra else ''}failures |",
                      "|---|---|---:|---:|---:|---:|" + ("---:|" if extra else "") + "---:|"]
            for e in entries:
                p = e["primary"]
                cell = ""
                if field == "body":
                    cell = _num(e["extra"].get("aeb", {}).get("f1")) + " | "
                elif field == "headline":
                    cell = _num(e["extra"].get("exact", {}).get("rate")) + " | "
                lines.append(f"| {e['extractor']} | {versions.get(e['extractor']) or '–'} | {e['pages']} | "
                             f"{_num(p.get('precision'))} | {_num(p.get('recall'))} | {_ci(p, 'f1')} | {cell}"
                             f"{e['failed']} |")
            lines.append("")
    return lines


def _ours(ref: dict[str, Any], corpus: str, extractor: str, family: str) -> dict[str, Any] | None:
    if family == "aeb" and corpus == "aeb":
        return ref["aeb_metric"].get(extractor)
    for e in ref["leaderboard"]:
        if e["corpus"] == corpus and e["field"] == "body" and e["extractor"] == extractor:
            figure: dict[str, Any] | None = e["extra"].get(family) or (e["primary"] if family == "tokens" else None)
            return figure
    return None


def side_by_side(ref: dict[str, Any], published: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The published-versus-ours tables, and the systems whose F1 differs by more than MARGIN without a note."""
    lines: list[str] = []
    unexplained: list[str] = []
    versions = {e["name"]: e["version"] for e in ref["extractors"]}
    for corpus in ("aeb", "wcxb"):
        spec = published.get(corpus)
        if not spec or corpus not in {c["name"] for c in ref["corpora"]}:
            continue
        lines += [f"### {corpus}: published figures beside ours", "", f"Published: {spec['source']}. Ours: "
                  f"`{spec['metric']}` on the imported corpus, same pages.", "",
                  "| system | published version | our version | published P / R / F1 | ours P / R / F1 | "
                  "ΔF1 | note |", "|---|---|---|---|---|---:|---|"]
        for system, pub in spec["systems"].items():
            ours = _ours(ref, corpus, pub["ours"], spec["metric"])
            if ours is None:
                continue
            delta = ours["f1"] - pub["f1"]
            note = spec.get("notes", {}).get(system, "")
            if abs(delta) > MARGIN and not note:
                unexplained.append(f"{corpus}/{system}")
            pm = f" ± {pub['f1_pm']:.3f}" if "f1_pm" in pub else ""
            ours_pm = f" ± {ours['f1_std']:.3f}" if "f1_std" in ours else ""
            lines.append(f"| {system} | {pub.get('version') or 'not stated'} | {versions.get(pub['ours']) or '–'} | "
                         f"{pub['precision']:.3f} / {pub['recall']:.3f} / {pub['f1']:.3f}{pm} | "
                         f"{_num(ours['precision'])} / {_num(ours['recall'])} / {_num(ours['f1'])}{ours_pm} | "
                         f"{delta:+.3f} | {note} |")
        lines.append("")
    return lines, unexplained


def render(ref: dict[str, Any], published: dict[str, Any]) -> str:
    """LEADERBOARD.md from the reference results and the published figures."""
    env = ref["run"]["environment"]
    head = [
        "# newsbench leaderboard", "",
        "*Generated by `newsbench leaderboard` from `benchmark/results/reference.json` and "
        "`benchmark/published.json`; do not edit by hand.*", "",
        f"Reference run: newsbench {env.get('newsbench')} (commit {env.get('commit')}), Python {env.get('python')}, "
        f"started {ref['run']['started']}; split `{ref['settings'].get('split')}` of our dataset; "
        f"{ref['settings']['n_resamples']} bootstrap resamples, seed {ref['settings']['seed']}. "
        "F1 is the primary figure of each field (body: token F1, macro over pages; headline: token F1; dates: "
        "day-level F1 after htmldate, micro; authors: set F1) with its 95% CI; see README \"Scoring\".", "",
        "| corpus | pages | gold | fingerprint |", "|---|---:|---|---|",
        *[f"| {c['name']} | {c['pages']} | {c.get('gold_nature') or '–'} | `{c['fingerprint'][:16]}` |"
          for c in ref["corpora"]], "",
    ]
    pairs, _ = side_by_side(ref, published)
    return "\n".join([*head, "## Published figures beside ours", "", *pairs, "## Leaderboards", "",
                      *_board(ref)]).rstrip() + "\n"


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
    text = render(ref, published)
    stale = not out.is_file() or out.read_text(encoding="utf-8") != text
    if stale and not check:
        out.write_text(text, encoding="utf-8")
    return stale
