"""A dataset folder on disk (data/<split>-*.parquet, README.md, MANIFEST.json): its one writer and its one fingerprint.

Our own corpus (`newsbench build`) and every imported corpus (`newsbench import`) are written
here, in the same layout, so that the harness reads them all alike:

    data/<split>-00000-of-00001.parquet   the rows of one split (dataset schema, zstd, deterministic)
    README.md                             the Hugging Face dataset card
    croissant.json                        the Croissant description (our own corpus; `corpus.croissant`)
    MANIFEST.json                         fingerprint, rows, rows per split, sha256 of every file, the
                                          marker "newsbench_folder": "dataset", and what the writer adds
                                          (an imported corpus's `source`, `exclusions`)

Writing replaces the folder, so `write_folder` replaces only what it could have written: a
folder whose MANIFEST.json carries the marker (or, written before the marker existed, a
fingerprint and file list) and that holds nothing but the files its manifest lists; never a
corpus source (a folder holding gold/ or raw_html/, or a folder the writer reads from, or one of
their parents). Two writers of one folder never interleave: the second stops (`lock.Busy`).

The fingerprint identifies the data: sha256 over one line per row, in (split, id) order, of the
split, the id, the page's sha256 and the sha256 of its gold columns as canonical JSON. It is
computed from the rows, so the Parquet files can be checked against the manifest at any time.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsbench.corpus.columns import SCHEMA
from newsbench.errors import DatasetIntegrityError, NewsbenchError
from newsbench.lock import exclusive

MANIFEST = "MANIFEST.json"
CARD = "README.md"
DATA = "data"
MARKER = ("newsbench_folder", "dataset")  # the MANIFEST.json key and value that say newsbench wrote the folder
SOURCE_FOLDERS = ("gold", "raw_html")


class OutputRefused(NewsbenchError):
    """The output path of a dataset folder is something writing would destroy: a source, or not our folder."""
_NOT_GOLD = ("html", "raw_html")


@dataclass(frozen=True, slots=True)
class SplitFacts:
    """One split as written: rows, Arrow bytes in memory (Hugging Face's `num_bytes`), its file, sha256 and size."""

    rows: int
    num_bytes: int
    path: str  # relative to the folder, e.g. data/test-00000-of-00001.parquet
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class DataFacts:
    """What a folder's documents (card, Croissant) describe: the fingerprint and every split written."""

    fingerprint: str
    splits: dict[str, SplitFacts]


Documents = Callable[[DataFacts], Mapping[str, str]]


@dataclass(frozen=True, slots=True)
class FolderSummary:
    """What `write_folder` wrote: the folder, rows, fingerprint and each file's sha256 (relative path -> digest)."""

    folder: Path
    rows: int
    fingerprint: str
    files: dict[str, str]


def data_file(split: str) -> str:
    """The file name of a split's Parquet file under data/."""
    return f"{split}-00000-of-00001.parquet"


def split_of(path: Path) -> str:
    """The split a data file holds, from its name (`test-00000-of-00001.parquet` -> `test`)."""
    return path.name.split("-", 1)[0]


def fingerprint(rows: Iterable[tuple[str, Mapping[str, Any]]]) -> str:
    """sha256 over (split, id, page sha256, sha256 of the gold columns as canonical JSON) of every row.

    `rows` are (split, row) pairs in any order; they are sorted by (split, id) first.
    """
    digest = hashlib.sha256()
    for split, row in sorted(rows, key=lambda item: (item[0], item[1]["id"])):
        gold = {k: v for k, v in row.items() if k not in _NOT_GOLD}
        gold_sha = hashlib.sha256(json.dumps(gold, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        digest.update(f"{split}\t{row['id']}\t{row['html_sha256']}\t{gold_sha}\n".encode())
    return digest.hexdigest()


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write one Parquet file deterministically (zstd, fixed options, no wall-clock metadata)."""
    pq.write_table(table, path, compression="zstd", compression_level=9, use_dictionary=True,
                   write_statistics=True, row_group_size=64)


def check_replaceable(out: Path, sources: Iterable[Path] = ()) -> None:
    """OutputRefused unless writing the dataset folder `out` can destroy nothing but an earlier one.

    Refused: `out` equal to or a parent of any of `sources` (what the writer reads from); an
    existing `out` that is not a folder, holds gold/ or raw_html/, has no MANIFEST.json written
    by newsbench (the MARKER, or a legacy manifest's fingerprint and file list), or holds
    anything its manifest does not list. A missing or empty folder is fine.
    """
    out = Path(out).resolve()
    for source in sources:
        if Path(source).resolve().is_relative_to(out):
            raise OutputRefused(f"the output would replace {source}, which this command reads from; "
                                "choose another output folder", file=str(out))
    if not out.exists() and not out.is_symlink():
        return
    if not out.is_dir():
        raise OutputRefused("the output exists and is not a folder; choose another output", file=str(out))
    held = sorted(p.name for p in out.iterdir())
    if not held:
        return
    found = [name for name in SOURCE_FOLDERS if name in held]
    if found:
        raise OutputRefused(f"the output holds {' and '.join(f + '/' for f in found)}: a corpus source is never "
                            "replaced; choose another output folder", file=str(out))
    manifest = _own_manifest(out)
    listed = {MANIFEST, *manifest["files"]}
    unknown = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                     if (p.is_symlink() or not p.is_dir()) and p.relative_to(out).as_posix() not in listed)
    if unknown:
        shown = ", ".join(unknown[:5]) + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
        raise OutputRefused(f"the output holds files newsbench did not write ({shown}); move them away or choose "
                            "another output folder", file=str(out))


def _own_manifest(out: Path) -> dict[str, Any]:
    """The MANIFEST.json of a folder newsbench wrote; OutputRefused for any other folder."""
    refusal = OutputRefused("the output is a folder newsbench did not write (no MANIFEST.json of a dataset folder); "
                            "remove it yourself or choose another output folder", file=str(out))
    try:
        manifest = read_manifest(out)
    except DatasetIntegrityError:
        raise refusal from None
    marked = manifest.get(MARKER[0]) == MARKER[1]
    legacy = isinstance(manifest.get("fingerprint"), str) and isinstance(manifest.get("rows"), int)
    if not (marked or legacy) or not isinstance(manifest.get("files"), dict):
        raise refusal
    return manifest


def write_folder(out: Path, splits: Mapping[str, list[dict[str, Any]]], documents: Documents,
                 extra: Mapping[str, Any] | None = None, *, sources: Iterable[Path] = ()) -> FolderSummary:
    """Write the rows of each split as the dataset folder `out`, replacing it atomically.

    `splits` maps a split name to its rows (dicts of the dataset schema, in the order to write);
    empty splits are left out. `documents(facts)` returns the documents to write beside the
    data, file name -> text (at least README.md, the card), from the fingerprint and the
    written files. `extra` is merged into MANIFEST.json. `out` must pass
    `check_replaceable(out, sources)`, checked again under the folder's lock (`lock.exclusive`;
    a second writer stops with `lock.Busy`). Everything is written into a temporary folder
    beside `out`, read back, and swapped in by renames only when complete: on any error the
    previous `out` is unchanged.
    """
    tables = {s: pa.Table.from_pylist(rows, schema=SCHEMA) for s, rows in splits.items() if rows}
    if not tables:
        raise DatasetIntegrityError("no rows to write", file=str(out))
    fp = fingerprint((s, row) for s, rows in splits.items() for row in rows)
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with exclusive(out, "dataset folder"):
        check_replaceable(out, sources)
        return _write(out, tables, fp, documents, extra)


def _write(out: Path, tables: dict[str, pa.Table], fp: str, documents: Documents,
           extra: Mapping[str, Any] | None) -> FolderSummary:
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-write-", dir=out.parent))
    try:
        new = tmp / "new"
        (new / DATA).mkdir(parents=True)
        facts = {}
        for split, table in tables.items():
            path = new / DATA / data_file(split)
            write_parquet(table, path)
            facts[split] = SplitFacts(table.num_rows, table.nbytes, path.relative_to(new).as_posix(),
                                      hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_size)
        texts = documents(DataFacts(fp, facts))
        if CARD not in texts:
            raise DatasetIntegrityError("no dataset card among the documents", file=str(out / CARD))
        for name, text in texts.items():
            (new / name).write_text(text, encoding="utf-8")
        files = {p.relative_to(new).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                 for p in sorted(new.rglob("*")) if p.is_file()}
        manifest = {"fingerprint": fp, "rows": sum(t.num_rows for t in tables.values()),
                    "splits": {s: t.num_rows for s, t in tables.items()}, "files": files, **(extra or {}),
                    MARKER[0]: MARKER[1]}
        (new / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
        for split, table in tables.items():  # read back what was written before anything replaces the old folder
            path = new / DATA / data_file(split)
            if pq.read_metadata(path).num_rows != table.num_rows:
                raise DatasetIntegrityError("row count differs after reading back", file=str(path))
        _swap(new, out, tmp / "old")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return FolderSummary(out, manifest["rows"], fp, files)


def _swap(new: Path, out: Path, old: Path) -> None:
    """Put `new` in the place of `out` by renames, restoring `out` if the second rename fails."""
    if out.exists():
        os.rename(out, old)
    try:
        os.rename(new, out)
    except OSError:
        if old.exists():
            os.rename(old, out)
        raise


def read_manifest(folder: Path) -> dict[str, Any]:
    """MANIFEST.json of a dataset folder ({} when it has none); DatasetIntegrityError when unreadable."""
    path = Path(folder) / MANIFEST
    if not path.is_file():
        return {}
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise DatasetIntegrityError(f"unreadable manifest: {exc}", file=str(path)) from exc
    if not isinstance(manifest, dict):
        raise DatasetIntegrityError("the manifest is not a JSON object", file=str(path))
    return manifest


def data_files(folder: Path) -> list[Path]:
    """The Parquet files under data/, sorted; DatasetIntegrityError when there are none."""
    files = sorted((Path(folder) / DATA).glob("*.parquet"))
    if not files:
        raise DatasetIntegrityError(f"no Parquet files under {DATA}/", file=str(folder))
    return files


def fingerprint_of(folder: Path) -> str:
    """The fingerprint MANIFEST.json records, or the one computed from the data when there is no manifest."""
    manifest = read_manifest(folder)
    if manifest:
        if not isinstance(manifest.get("fingerprint"), str):
            raise DatasetIntegrityError("no fingerprint", file=str(Path(folder) / MANIFEST), field="fingerprint")
        return str(manifest["fingerprint"])
    return fingerprint((split_of(p), row) for p in data_files(folder) for row in pq.read_table(p).to_pylist())
