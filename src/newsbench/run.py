"""One benchmark run: corpora and extractors in, a run folder out (store, manifest), nothing scored."""

from __future__ import annotations

import json
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from newsbench.errors import NewsbenchError
from newsbench.pages import Corpus, read_corpus
from newsbench.paths import default_dataset
from newsbench.provenance import environment, now
from newsbench.runner import Limits, RunSummary, prepare, run_folder, run_tasks
from newsbench.store import StoreWarning

MANIFEST_VERSION = 1
# What the gold of newsbench's own corpus is (imported corpora carry theirs in MANIFEST.json).
OWN_GOLD = "written with the page by language-model agents; 50 pages second-annotated and adjudicated"


class ManifestError(NewsbenchError):
    """A run folder without a readable manifest."""


@dataclass(frozen=True, slots=True)
class RunResult:
    """What `run` did: the folder, the manifest written and the counts."""

    folder: Path
    manifest: dict[str, Any]
    summary: RunSummary


def resolve_corpus(spec: str) -> Corpus:
    """A corpus from a --corpus item: "dataset" (the embedded one) or a dataset folder path."""
    if spec == "dataset":
        return read_corpus(default_dataset(), name="newsbench")
    path = Path(spec)
    if not path.exists():
        raise FileNotFoundError(f"corpus folder {path} does not exist")
    return read_corpus(path)


def read_manifest(folder: Path) -> dict[str, Any]:
    """The manifest of a run folder."""
    path = Path(folder) / "manifest.json"
    try:
        manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ManifestError("no manifest: not a run folder (run `newsbench run --output` first)", file=str(path)) from exc
    except ValueError as exc:
        raise ManifestError(f"unreadable manifest: {exc}", file=str(path)) from exc
    if manifest.get("schema_version") != MANIFEST_VERSION:
        raise ManifestError(f"manifest schema version {manifest.get('schema_version')}, expected {MANIFEST_VERSION}",
                            file=str(path), field="schema_version")
    return manifest


def write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    """Write manifest.json atomically."""
    path = Path(folder) / "manifest.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def corpus_record(corpus: Corpus) -> dict[str, Any]:
    """What a manifest says of a corpus."""
    source = corpus.source or {}
    return {"name": corpus.name, "folder": str(corpus.folder.resolve()), "fingerprint": corpus.fingerprint,
            "pages": len(corpus.pages), "gold_nature": source.get("gold_nature", OWN_GOLD),
            "gold_fields": sorted(corpus.gold_fields) if corpus.gold_fields is not None else None}


def run(corpora: Sequence[Corpus], names: Sequence[str], folder: Path, *, jobs: int = 1, limits: Limits | None = None,
        progress: Callable[[int, int, int], None] | None = None, argv: Sequence[str] | None = None) -> RunResult:
    """Run the named extractors over every page of `corpora` into `folder`; write the manifest.

    A rerun into the same folder computes only the predictions the store lacks. Stored rows
    of other versions or configs of the same extractors are left in the store, not used, and
    counted in the manifest (`set_aside`).
    """
    folder = Path(folder)
    limits = limits or Limits()
    started = now()
    extractors, records = prepare(names)
    store = run_folder(folder)
    merged = _merge(corpora)
    summary = RunSummary()
    status = "complete"
    try:
        summary = run_tasks(merged, extractors, records, store, jobs=jobs, limits=limits, progress=progress)
    except BaseException:
        status = "interrupted"
        raise
    finally:
        rows = store.compact()
        previous = _previous(folder)
        summary_rows = store.table(columns=["error"])  # key columns and error only: no bodies read
        manifest = {
            "schema_version": MANIFEST_VERSION, "status": status, "started": started, "finished": now(),
            "argv": list(argv if argv is not None else sys.argv), "environment": environment(),
            "corpora": [corpus_record(c) for c in corpora],
            "extractors": [r.as_dict() for r in records.values()],
            "limits": {"timeout_s": limits.timeout, "memory_mb": limits.memory_mb, "jobs": jobs},
            "counts": {"planned": summary.planned, "computed": summary.computed, "reused": summary.reused,
                       "failures": _failures(summary_rows, records), "store_rows": rows,
                       "set_aside": _set_aside(summary_rows, records)},
            "seeds": {},
            "history": previous,
        }
        write_manifest(folder, manifest)
    return RunResult(folder, manifest, summary)


def _previous(folder: Path) -> list[dict[str, Any]]:
    """Earlier runs into the same folder (start, end, computed), oldest first."""
    try:
        old = read_manifest(folder)
    except ManifestError:
        return []
    return [*old.get("history", []), {"started": old.get("started"), "finished": old.get("finished"),
                                      "computed": old.get("counts", {}).get("computed")}]


def _failures(table: pa.Table, records: dict[str, Any]) -> dict[str, int]:
    """Failed predictions per extractor among the stored rows of the current versions and configs."""
    current = {(r.name, r.version, r.config_hash) for r in records.values()}
    out: dict[str, int] = {}
    for row in table.select(["extractor", "version", "config_hash", "error"]).to_pylist():
        if row["error"] is not None and (row["extractor"], row["version"], row["config_hash"]) in current:
            out[row["extractor"]] = out.get(row["extractor"], 0) + 1
    return out


def _merge(corpora: Sequence[Corpus]) -> Corpus:
    """One task list over several corpora; a page present in two corpora (same bytes) runs once."""
    if len(corpora) == 1:
        return corpora[0]
    seen: dict[str, Any] = {}
    for corpus in corpora:
        for page in corpus.pages:
            seen.setdefault(page.sha256, page)
    tables = [c.table.select(corpora[0].table.column_names) for c in corpora]
    return Corpus("+".join(c.name for c in corpora), corpora[0].folder, "", tuple(seen.values()),
                  pa.concat_tables(tables))


def _set_aside(table: pa.Table, records: dict[str, Any]) -> int:
    current = {(r.name, r.version, r.config_hash) for r in records.values()}
    rows = table.select(["extractor", "version", "config_hash"]).to_pylist()
    aside = sum(1 for r in rows if r["extractor"] in records and
                (r["extractor"], r["version"], r["config_hash"]) not in current)
    if aside:
        warnings.warn(f"{aside} stored predictions of other versions or configs of these extractors are not used",
                      StoreWarning, stacklevel=3)
    return aside


def predictions(folder: Path, corpus: Corpus, manifest: dict[str, Any]) -> pa.Table:
    """The stored predictions a run's manifest selects for `corpus`: its extractors' versions and configs, its pages.

    Each selected row carries the corpus's own page id. A page without a stored prediction for
    a runnable extractor is an error (the run is incomplete), never a silently smaller table.
    """
    store = run_folder(folder)
    table = store.table()
    wanted = {(e["name"], e["version"], e["config_hash"]) for e in manifest["extractors"] if e["skipped"] is None}
    by_sha: dict[str, list[str]] = {}
    for page in corpus.pages:
        by_sha.setdefault(page.sha256, []).append(page.id)
    rows = []
    for row in table.to_pylist():
        if (row["extractor"], row["version"], row["config_hash"]) in wanted and row["page_sha256"] in by_sha:
            for page_id in by_sha[row["page_sha256"]]:
                rows.append({**row, "page_id": page_id})
    have = {(r["extractor"], r["page_sha256"]) for r in rows}
    missing = [(name, sha) for name, _, _ in wanted for sha in by_sha if (name, sha) not in have]
    if missing:
        name, sha = missing[0]
        raise ManifestError(f"{len(missing)} predictions missing (e.g. {name} on page {by_sha[sha][0]}); rerun "
                            "`newsbench run` with the same --output to complete it", file=str(folder))
    return pa.Table.from_pylist(rows, schema=table.schema)
