"""A run folder: the one object that owns manifest.json, predictions/, scores.parquet, results.json, report/.

The run stage writes the manifest and the predictions; the score stage reads them and writes
the scores and the results; the report stage reads the results. Every path of the folder is
spelled here and nowhere else. Writers hold the folder's lock (`lock`). `cache.json` records
what scores.parquet and results.json were computed from (a digest of their inputs) and their
sha256, so that a rerun whose inputs did not change reuses them, and never a file changed since.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from newsbench.errors import NewsbenchError
from newsbench.files import file_sha256
from newsbench.lock import exclusive
from newsbench.store.manifest import Manifest, ManifestError
from newsbench.store.predictions import KEY, SCHEMA, Index, Store
from newsbench.store.rows import key_mask

BATCH_ROWS = 65536  # rows of scores.parquet per record batch of `RunFolder.scores_batches`


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
    def agreement_path(self) -> Path:
        """agreement.parquet: per page, how far pairs of extractors agree on corpora without gold."""
        return self.path / "agreement.parquet"

    @property
    def cache_path(self) -> Path:
        """cache.json: what scores.parquet and results.json were computed from, and their sha256."""
        return self.path / "cache.json"

    @property
    def report_path(self) -> Path:
        """report/: the rendered report (default output of `newsbench report`)."""
        return self.path / "report"

    def lock(self, wait: float = 0.0) -> AbstractContextManager[None]:
        """Hold the folder's lock (`<folder>/.lock`, `lock.exclusive`): one writer at a time; Busy naming the holder
        otherwise."""
        self.path.mkdir(parents=True, exist_ok=True)
        return exclusive(self.path, "run folder", path=self.path / ".lock", wait=wait)

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

    def selected(self, manifest: Manifest, shas: pa.Array) -> tuple[Index, pa.Array]:
        """The store's index and the positions (in store order) of the rows of the manifest's extractors on `shas`.

        RunFolderError when one of these pages lacks a prediction of a runnable extractor (the run
        is incomplete): never a smaller selection. Reads key columns only.
        """
        index = self.store().index()
        table = index.table
        present = table.filter(pc.is_in(table["page_sha256"], value_set=shas))
        chosen = []
        for name, version, config_hash in sorted(manifest.keys(), key=str):
            mine = present.filter(key_mask(present, name, version, config_hash))
            missing = pc.filter(shas, pc.invert(pc.is_in(shas, value_set=mine["page_sha256"])))
            if len(missing):
                raise RunFolderError(f"{len(missing)} predictions missing (e.g. {name} on the page with sha256 "
                                     f"{str(missing[0].as_py())[:16]}); rerun `newsbench run` with the same --output "
                                     "to complete it", file=str(self.path))
            chosen.append(mine["position"].combine_chunks())
        positions = pa.concat_arrays(chosen) if chosen else pa.array([], pa.int64())
        return index, pc.take(positions, pc.sort_indices(positions))

    def predictions(self, pages: Mapping[str, _Keyed], manifest: Manifest,
                    columns: list[str] | None = None) -> pa.Table:
        """The stored predictions the manifest selects for a corpus's pages (id -> page or gold record).

        Rows are those of the manifest's runnable extractors (version and config hash) whose page
        sha256 is one of `pages`, in key order; each carries the corpus's own page id. A page without
        a stored prediction of a runnable extractor is an error. For corpora that fit in memory;
        scoring streams through `selected` instead.
        """
        by_sha: dict[str, list[str]] = {}
        for page_id, page in pages.items():
            by_sha.setdefault(page.sha256, []).append(page_id)
        index, positions = self.selected(manifest, pa.array(list(by_sha), pa.string()))
        wanted = list(dict.fromkeys([*KEY, *(columns or SCHEMA.names)]))
        rows: list[dict[str, Any]] = []
        for table in index.read(positions, wanted):
            for row in table.to_pylist():
                rows.extend({**row, "page_id": page_id} for page_id in by_sha[row["page_sha256"]])
        rows.sort(key=lambda r: (r["extractor"], r["version"] or "", r["config_hash"], r["page_sha256"]))
        names = list(dict.fromkeys([*wanted, "page_id"]))
        return pa.Table.from_pylist(rows, schema=pa.schema([SCHEMA.field(n) for n in names]))

    # scores

    @contextmanager
    def parquet_writer(self, path: Path, schema: pa.Schema) -> Iterator[pq.ParquetWriter]:
        """A writer of one of the folder's Parquet files (`scores_path`, `agreement_path`): written to a temporary
        name, renamed into place when the block ends."""
        tmp = path.with_name(path.name + ".tmp")
        self.path.mkdir(parents=True, exist_ok=True)
        writer = pq.ParquetWriter(tmp, schema, compression="zstd")
        try:
            yield writer
        except BaseException:
            writer.close()
            tmp.unlink(missing_ok=True)
            raise
        writer.close()
        os.replace(tmp, path)

    def scores_writer(self, schema: pa.Schema) -> AbstractContextManager[pq.ParquetWriter]:
        """A writer of scores.parquet (see `parquet_writer`)."""
        return self.parquet_writer(self.scores_path, schema)

    def write_scores(self, table: pa.Table) -> None:
        """Write scores.parquet atomically."""
        with self.scores_writer(table.schema) as writer:
            writer.write_table(table)

    def read_scores(self, columns: Sequence[str] | None = None, filters: Any = None,
                    dictionary: Sequence[str] = ()) -> pa.Table:
        """scores.parquet (optionally some columns, the rows `filters` keep, `dictionary` columns dictionary-encoded);
        RunFolderError when it is missing or unreadable."""
        with self._reading_scores():
            # One thread: at 100,000 pages the threaded read of a field peaked near twice the table's size.
            return pq.read_table(self.scores_path, columns=None if columns is None else list(columns), filters=filters,
                                 read_dictionary=list(dictionary) or None, use_threads=False)

    def scores_batches(self, columns: Sequence[str], filters: Any = None,
                       dictionary: Sequence[str] = ()) -> Iterator[pa.RecordBatch]:
        """scores.parquet as record batches, as `read_scores` reads it (row groups whose statistics rule out `filters`
        skipped); RunFolderError when it is missing or unreadable."""
        with self._reading_scores():
            fmt = ds.ParquetFileFormat(read_options=ds.ParquetReadOptions(dictionary_columns=list(dictionary)))
            expression = pq.filters_to_expression(filters) if filters else None
            # No read-ahead, batches of 64k rows: a field's phenomenon tags (twenty million at 100,000 pages) are
            # decoded a batch at a time (the default read-ahead held 1.1 GB of them; this, under 0.4 GB).
            yield from ds.dataset(self.scores_path, format=fmt).to_batches(
                columns=list(columns), filter=expression, use_threads=False, batch_size=BATCH_ROWS, batch_readahead=0,
                fragment_readahead=0)

    @contextmanager
    def _reading_scores(self) -> Iterator[None]:
        """Errors of reading scores.parquet as RunFolderError: missing (score first) or unreadable."""
        try:
            yield
        except FileNotFoundError as exc:
            raise RunFolderError("no scores: run `newsbench score` first", file=str(self.scores_path)) from exc
        except (OSError, pa.ArrowException) as exc:
            raise RunFolderError(f"unreadable scores: {exc}", file=str(self.scores_path)) from exc

    def read_agreement(self) -> pa.Table | None:
        """agreement.parquet, or None when the run has no corpus without gold."""
        if not self.agreement_path.is_file():
            return None
        try:
            return pq.read_table(self.agreement_path)
        except (OSError, pa.ArrowException) as exc:
            raise RunFolderError(f"unreadable agreement: {exc}", file=str(self.agreement_path)) from exc

    # what scores.parquet and results.json were computed from

    def _cache(self) -> dict[str, Any]:
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # absent or unreadable: everything is computed again
        return data if isinstance(data, dict) else {}

    def remember(self, part: str, inputs: str, path: Path) -> None:
        """Record that `path` ("scores" or "results") was computed from `inputs` (a digest), with its sha256 now."""
        data = self._cache()
        data[part] = {"inputs": inputs, "sha256": file_sha256(path)}
        _write_atomic(self.cache_path, (json.dumps(data, indent=1, sort_keys=True) + "\n").encode())

    def recalls(self, part: str, inputs: str, path: Path) -> bool:
        """Whether `path` exists, was computed from `inputs` and is byte for byte what was written then."""
        entry = self._cache().get(part)
        return (isinstance(entry, dict) and entry.get("inputs") == inputs and path.is_file()
                and entry.get("sha256") == file_sha256(path))

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
