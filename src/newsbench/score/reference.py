"""The reference results (benchmark/results/reference.json): a scored run distilled to figures, versions and fingerprints.

`reference(run_folder)` keeps every leaderboard figure and the reasons of failures, the extractors' versions, the corpora's
fingerprints and gold nature, AEB's own corpus figures on the `aeb` corpus, and one sha256 per
(corpus, extractor) over its predictions (the scored fields, and the typed blocks of an extractor
that gives them), never any page text. `report.leaderboard` renders
benchmark/LEADERBOARD.md from it.

Other systems enter as one JSON per system beside it (MTEB style): `benchmark/results/NAME.json`,
the same document restricted to that system (`per_system`, written by `newsbench
check-submission FILE --write benchmark/results`). `merge` adds them to the reference when
they were computed on the same corpora (same fingerprints) with the same statistics settings,
and refuses them otherwise, naming the file.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from newsbench.corpus.pages import read_gold
from newsbench.errors import NewsbenchError
from newsbench.metrics.aeb import aeb_corpus
from newsbench.metrics.structure import KINDS as STRUCTURE_KINDS
from newsbench.score.results import Results
from newsbench.store.folder import RunFolder
from newsbench.store.manifest import Manifest

REFERENCE_VERSION = 2  # 2: each leaderboard entry carries `failures` (reasons)
AEB_SEED = 20191101  # the seed the AEB reproduction test uses for the +- (bootstrap std)
# Figures kept beside the primary one: AEB's and WCXB's, the headline's exact rate, the dates'
# confusion, and the structure's order agreement and per-kind figures (`metrics.structure.KINDS`).
EXTRA_FAMILIES = ("aeb", "wcxb", "exact", "took_modified", "order", *STRUCTURE_KINDS)


def _fingerprints(folder: RunFolder, manifest: Manifest) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for record in manifest.corpora:
        rows = folder.predictions(read_gold(Path(record.folder)), manifest).to_pylist()
        digests: dict[str, Any] = {}
        for row in sorted(rows, key=lambda r: (r["extractor"], r["page_sha256"])):
            fields = {k: row[k] for k in ("page_sha256", "headline", "published", "modified", "authors", "body",
                                          "entities", "error_kind")}
            if row.get("block_kinds") is not None:  # typed blocks are scored (structure): they are part of it
                fields.update(blocks=row["blocks"], block_kinds=row["block_kinds"])
            digests.setdefault(row["extractor"], hashlib.sha256()).update(
                (json.dumps(fields, sort_keys=True, ensure_ascii=False) + "\n").encode())
        out[record.name] = {name: d.hexdigest() for name, d in sorted(digests.items())}
    return out


def _aeb_published_metric(folder: RunFolder, manifest: Manifest, corpus_name: str) -> dict[str, Any]:
    """AEB's own figures (means, F1 of means, bootstrap std) for every body extractor on the `aeb` corpus."""
    (record,) = [c for c in manifest.corpora if c.name == corpus_name]
    gold = read_gold(Path(record.folder))
    rows = folder.predictions(gold, manifest).to_pylist()
    out = {}
    for name in sorted({r["extractor"] for r in rows if r["body"] is not None or r["error"] is not None}):
        mine = sorted((r for r in rows if r["extractor"] == name), key=lambda r: r["page_id"])
        if all(r["body"] is None and r["error"] is None for r in mine):
            continue
        result = aeb_corpus([(gold[r["page_id"]].body or "", r["body"] or "") for r in mine], 1000,
                            np.random.default_rng(AEB_SEED))
        out[name] = {"precision": result.precision, "recall": result.recall, "f1": result.f1,
                     "f1_std": result.f1_std, "pages": result.pages}
    return out


def reference(folder: RunFolder) -> dict[str, Any]:
    """The reference document of a scored run folder (results.json must exist)."""
    results = Results.read(folder)
    manifest = results.manifest
    board = []
    for entry in results.leaderboard:
        board.append({"corpus": entry.corpus, "field": entry.field, "extractor": entry.extractor,
                      "pages": entry.pages, "failed": entry.failed, "no_backend": entry.no_backend,
                      "abstained": entry.abstained, "median_ms": entry.median_ms,
                      "primary": entry.primary.to_dict(),
                      "failures": None if entry.failures is None else [f.to_dict() for f in entry.failures],
                      "extra": {k: entry.figures[k].to_dict() for k in EXTRA_FAMILIES if k in entry.figures}})
    corpora = [{"name": c.name, "fingerprint": c.fingerprint, "pages": c.pages, "gold_nature": c.gold_nature,
                "gold_fields": None if c.gold_fields is None else list(c.gold_fields)} for c in manifest.corpora]
    settings = results.settings
    return {
        "schema_version": REFERENCE_VERSION,
        "run": {"argv": list(manifest.argv), "started": manifest.started, "finished": manifest.finished,
                "environment": manifest.environment, "limits": manifest.limits},
        "settings": {"n_resamples": settings.n_resamples, "n_permutations": settings.n_permutations,
                     "seed": settings.seed, "confidence": settings.confidence, "alpha": settings.alpha,
                     "split": settings.split},
        "extractors": [{"name": e.name, "version": e.version, "config_hash": e.config_hash, "origin": e.origin,
                        "produces": list(e.produces), "skipped": e.skipped} for e in manifest.extractors],
        "corpora": corpora,
        "leaderboard": board,
        "aeb_metric": _aeb_published_metric(folder, manifest, "aeb") if "aeb" in {c["name"] for c in corpora} else {},
        "predictions_sha256": _fingerprints(folder, manifest),
    }


def write_reference(folder: RunFolder, out: Path, name: str = "reference") -> Path:
    """Write NAME.json (default reference.json) for a scored run into the folder `out`."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.json"
    path.write_text(json.dumps(reference(folder), indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                    encoding="utf-8")
    return path


class SubmissionError(NewsbenchError):
    """A per-system result that cannot be set beside the reference (other data, other settings, a taken name)."""


def per_system(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A reference document split into one document per extractor (name -> its figures, record and digests)."""
    out = {}
    for record in document["extractors"]:
        name = record["name"]
        out[name] = {**document, "extractors": [record],
                     "leaderboard": [e for e in document["leaderboard"] if e["extractor"] == name],
                     "aeb_metric": {k: v for k, v in document["aeb_metric"].items() if k == name},
                     "predictions_sha256": {c: {k: v for k, v in d.items() if k == name}
                                            for c, d in document["predictions_sha256"].items()}}
    return out


def merge(reference: dict[str, Any], submissions: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The reference with every per-system document (file name -> document) added; SubmissionError naming the file."""
    merged = {**reference, "extractors": list(reference["extractors"]), "leaderboard": list(reference["leaderboard"]),
              "aeb_metric": dict(reference["aeb_metric"])}
    fingerprints = {c["name"]: c["fingerprint"] for c in reference["corpora"]}
    keys = ("n_resamples", "seed", "confidence", "split")
    for file, doc in sorted(submissions.items()):
        for corpus in doc["corpora"]:
            if corpus["name"] not in fingerprints:
                raise SubmissionError(f"corpus {corpus['name']!r} is not in the reference run", file=file)
            if corpus["fingerprint"] != fingerprints[corpus["name"]]:
                raise SubmissionError(f"computed on {corpus['name']} {corpus['fingerprint'][:16]}, the reference on "
                                      f"{fingerprints[corpus['name']][:16]}: score it on the reference's dataset version",
                                      file=file)
        if {k: doc["settings"].get(k) for k in keys} != {k: reference["settings"].get(k) for k in keys}:
            raise SubmissionError(f"statistics settings differ from the reference's ({', '.join(keys)})", file=file)
        taken = {e["name"] for e in merged["extractors"]}
        for record in doc["extractors"]:
            if record["name"] in taken:
                raise SubmissionError(f"system name {record['name']!r} is already on the leaderboard", file=file)
            merged["extractors"].append(record)
        merged["leaderboard"] += doc["leaderboard"]
        merged["aeb_metric"].update(doc.get("aeb_metric", {}))
    return merged
