"""A run folder: the one object that owns manifest.json, predictions/, scores.parquet, results.json, report/.

The run stage writes the manifest and the predictions; the score stage reads them and writes
the scores and the results; the report stage reads the results. Every path of the folder is
spelled here and nowhere else.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from newsbench.errors import NewsbenchError
from newsbench.store.manifest import Manifest, ManifestError
from newsbench.store.predictions import Store


class RunFolderError(NewsbenchError):
    """A run folder whose scores or results are missing or unreadable, or whose predictions are incomplete."""


class _Keyed(Protocol):
    """What selecting predictions needs to know of a page: its id and sha256."""

    @property
    def id(self) -> str: ...

    @property
    def sha256(self) -> str: ...


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class RunFolder:
    """The files of one run, by name; created on first write."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"RunFolder({str(self.path)!r})"

    @property
    def manifest_path(self) -> Path:
        """manifest.json: what the run was computed on and with."""
        return self.path / "manifest.json"

    @property
    def predictions_path(self) -> Path:
        """predictions/: the prediction store."""
        return self.path / "predictions"

    @property
    def workers_log(self) -> Path:
        """predictions/workers.log: what the tools printed while they ran."""
        return self.predictions_path / "workers.log"

    @property
    def scores_path(self) -> Path:
        """scores.parquet: one row per page, extractor, field and metric."""
        return self.path / "scores.parquet"

    @property
    def results_path(self) -> Path:
        """results.json: the figures, tests and breakdowns, with the manifest."""
        return self.path / "results.json"

    @property
    def report_path(self) -> Path:
        """report/: the rendered report (default output of `newsbench report`)."""
        return self.path / "report"

    # manifest

    def has_manifest(self) -> bool:
        """Whether the folder holds a manifest (a run or an import was made into it)."""
        return self.manifest_path.is_file()

    def read_manifest(self) -> Manifest:
        """The manifest; ManifestError when missing, unreadable or invalid."""
        path = self.manifest_path
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ManifestError("no manifest: not a run folder (run `newsbench run --output` first)",
                                file=str(path)) from exc
        except (OSError, ValueError) as exc:
            raise ManifestError(f"unreadable manifest: {exc}", file=str(path)) from exc
        return Manifest.from_dict(data, str(path))

    def write_manifest(self, manifest: Manifest) -> None:
        """Write manifest.json atomically."""
        self.path.mkdir(parents=True, exist_ok=True)
        _write_atomic(self.manifest_path,
                      (json.dumps(manifest.to_dict(), indent=2, ensure_ascii=False) + "\n").encode("utf-8"))

    # predictions

    def store(self) -> Store:
        """The prediction store, opened (created when new)."""
        return Store(self.predictions_path).open()

    def predictions(self, pages: Mapping[str, _Keyed], manifest: Manifest,
                    columns: list[str] | None = None) -> pa.Table:
        """The stored predictions the manifest selects for a corpus's pages (id -> page or gold record).

        Rows are those of the manifest's runnable extractors (version and config hash) whose page
        sha256 is one of `pages`; each carries the corpus's own page id. A page without a stored
        prediction of a runnable extractor is an error (the run is incomplete), never a smaller table.
        """
        table = self.store().table(columns=columns)
        wanted = manifest.keys()
        by_sha: dict[str, list[str]] = {}
        for page_id, page in pages.items():
            by_sha.setdefault(page.sha256, []).append(page_id)
        rows = []
        for row in table.to_pylist():
            if (row["extractor"], row["version"], row["config_hash"]) in wanted and row["page_sha256"] in by_sha:
                for page_id in by_sha[row["page_sha256"]]:
                    rows.append({**row, "page_id": page_id})
        have = {(r["extractor"], r["page_sha256"]) for r in rows}
        missing = [(name, sha) for name, _, _ in sorted(wanted, key=str) for sha in by_sha if (name, sha) not in have]
        if missing:
            name, sha = missing[0]
            raise RunFolderError(f"{len(missing)} predictions missing (e.g. {name} on page {by_sha[sha][0]}); rerun "
                                 "`newsbench run` with the same --output to complete it", file=str(self.path))
        return pa.Table.from_pylist(rows, schema=table.schema)

    # scores

    def write_scores(self, table: pa.Table) -> None:
        """Write scores.parquet atomically."""
        tmp = self.scores_path.with_name(self.scores_path.name + ".tmp")
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, self.scores_path)

    def read_scores(self) -> pa.Table:
        """scores.parquet; RunFolderError when it is missing or unreadable."""
        try:
            return pq.read_table(self.scores_path)
        except FileNotFoundError as exc:
            raise RunFolderError("no scores: run `newsbench score` first", file=str(self.scores_path)) from exc
        except (OSError, pa.ArrowException) as exc:
            raise RunFolderError(f"unreadable scores: {exc}", file=str(self.scores_path)) from exc

    # results

    def write_results(self, document: dict[str, Any]) -> None:
        """Write results.json atomically (the document as `score.results.Results.to_dict` gives it)."""
        _write_atomic(self.results_path, (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))

    def read_results(self) -> Any:
        """The parsed results.json (checked by `score.results.Results.from_dict`); RunFolderError when absent."""
        try:
            return json.loads(self.results_path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise RunFolderError("no results: run `newsbench score` first", file=str(self.results_path)) from exc
        except (OSError, ValueError) as exc:
            raise RunFolderError(f"unreadable results: {exc}", file=str(self.results_path)) from exc
