"""A dataset folder on disk (data/<split>-*.parquet, README.md, MANIFEST.json): its one writer and its one fingerprint.

Our own corpus (`newsbench build`) and every imported corpus (`newsbench import`) are written
here, in the same layout, so that the harness reads them all alike:

    data/<split>-00000-of-00001.parquet   the rows of one split (dataset schema, zstd, deterministic); a large
                                          split may be several files, <split>-00000-of-00004.parquet, ...
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
Rows are written as they arrive, 64 to a row group: the writer holds one row group and one
short line per row (for the fingerprint), never the whole corpus.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsbench.corpus.columns import SCHEMA
from newsbench.errors import DatasetIntegrityError, NewsbenchError
from newsbench.files import file_sha256
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
    """One split as written: rows, Arrow bytes in memory (Hugging Face's `num_bytes`), its file, sha256 and size.

    A split written as several files has a glob as `path`, an empty `sha256` and the files' total `size`
    (MANIFEST.json lists every file's sha256).
    """

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


def data_file(split: str, part: int = 0, parts: int = 1) -> str:
    """The file name of (part of) a split's Parquet file under data/."""
    return f"{split}-{part:05d}-of-{parts:05d}.parquet"


def split_of(path: Path) -> str:
    """The split a data file holds, from its name (`test-00000-of-00001.parquet` -> `test`)."""
    return path.name.split("-", 1)[0]


def fingerprint_line(split: str, row: Mapping[str, Any]) -> str:
    """The fingerprint's line for one row: split, id, page sha256, sha256 of the gold columns as canonical JSON."""
    gold = {k: v for k, v in row.items() if k not in _NOT_GOLD}
    gold_sha = hashlib.sha256(json.dumps(gold, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return f"{split}\t{row['id']}\t{row['html_sha256']}\t{gold_sha}\n"


def fingerprint(rows: Iterable[tuple[str, Mapping[str, Any]]]) -> str:
    """sha256 over (split, id, page sha256, sha256 of the gold columns as canonical JSON) of every row.

    `rows` are (split, row) pairs in any order; they are sorted by (split, id) first.
    """
    return _digest((split, str(row["id"]), fingerprint_line(split, row)) for split, row in rows)


def _digest(lines: Iterable[tuple[str, str, str]]) -> str:
    """sha256 of the lines in (split, id) order; `lines` are (split, id, line)."""
    digest = hashlib.sha256()
    for _, _, line in sorted(lines, key=lambda item: (item[0], item[1])):
        digest.update(line.encode())
    return digest.hexdigest()


_OPTIONS: dict[str, Any] = {"compression": "zstd", "compression_level": 9, "use_dictionary": True,
                            "write_statistics": True}
ROW_GROUP = 64


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write one Parquet file deterministically (zstd, fixed options, no wall-clock metadata)."""
    pq.write_table(table, path, row_group_size=ROW_GROUP, **_OPTIONS)


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


class _ArrowSize:
    """The Arrow size (`pa.Table.nbytes`) the rows written would have as one table, added up a row group at a time.

    `nbytes` counts, per array of the table (nested ones included), a validity bitmap of
    ceil(length / 8) bytes when the array has nulls, 4 offset bytes per element for strings,
    binaries and lists, the value bytes, and bit-packed booleans; summed over row groups, only
    the bitmaps and packed booleans would round differently, so lengths and null counts are
    kept per array and those parts computed at the end.
    """

    def __init__(self) -> None:
        self.nodes: dict[str, list[Any]] = {}  # path -> [type, length, nulls, value bytes]

    def add(self, table: pa.Table) -> None:
        for name in table.column_names:
            for chunk in table.column(name).chunks:
                self._walk(chunk, name)

    def _walk(self, array: pa.Array, path: str) -> None:
        kind = array.type
        node = self.nodes.setdefault(path, [kind, 0, 0, 0])
        node[1] += len(array)
        node[2] += array.null_count
        if pa.types.is_string(kind) or pa.types.is_binary(kind):
            node[3] += pc.sum(pc.binary_length(array)).as_py() or 0
        elif pa.types.is_list(kind):
            self._walk(array.flatten(), path + "/item")
        elif pa.types.is_struct(kind):
            for i, child in enumerate(kind):
                self._walk(array.field(i), f"{path}/{child.name}")
        elif not pa.types.is_boolean(kind):
            node[3] += len(array) * (kind.bit_width // 8)

    def nbytes(self) -> int:
        total = 0
        for kind, length, nulls, values in self.nodes.values():
            total += math.ceil(length / 8) if nulls else 0
            variable = pa.types.is_string(kind) or pa.types.is_binary(kind) or pa.types.is_list(kind)
            total += 4 * length if variable else 0
            total += math.ceil(length / 8) if pa.types.is_boolean(kind) else 0
            total += values
        return total


class _SplitWriter:
    """The rows of one split, written as they arrive into files of at most `rows_per_file` rows (None: one file)."""

    def __init__(self, folder: Path, split: str, rows_per_file: int | None) -> None:
        self.folder, self.split, self.rows_per_file = folder, split, rows_per_file
        self.files: list[tuple[Path, int]] = []  # (temporary path, rows)
        self._writer: pq.ParquetWriter | None = None
        self._pending: list[Mapping[str, Any]] = []
        self.size = _ArrowSize()
        self.rows = 0

    def add(self, row: Mapping[str, Any]) -> None:
        self._pending.append(row)
        if len(self._pending) == ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        if self._writer is None or (self.rows_per_file and self.files[-1][1] >= self.rows_per_file):
            self._close_file()
            path = self.folder / f".{self.split}-{len(self.files):05d}.parquet"
            self._writer = pq.ParquetWriter(path, SCHEMA, **_OPTIONS)
            self.files.append((path, 0))
        table = pa.Table.from_pylist(self._pending, schema=SCHEMA)
        self._writer.write_table(table, row_group_size=ROW_GROUP)
        self.size.add(table)
        path, count = self.files[-1]
        self.files[-1] = (path, count + len(self._pending))
        self.rows += len(self._pending)
        self._pending = []

    def _close_file(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def close(self, root: Path) -> SplitFacts | None:
        """Finish the split: its files renamed to data/<split>-NNNNN-of-NNNNN.parquet; None when it had no rows."""
        self._flush()
        self._close_file()
        final = []
        for part, (path, count) in enumerate(self.files):
            target = self.folder / data_file(self.split, part, len(self.files))
            os.rename(path, target)
            if pq.read_metadata(target).num_rows != count:  # read back before anything replaces the old folder
                raise DatasetIntegrityError("row count differs after reading back", file=str(target))
            final.append(target)
        if not final:
            return None
        size = sum(p.stat().st_size for p in final)
        if len(final) == 1:
            return SplitFacts(self.rows, self.size.nbytes(), final[0].relative_to(root).as_posix(),
                              file_sha256(final[0]), size)
        return SplitFacts(self.rows, self.size.nbytes(), f"{DATA}/{self.split}-*.parquet", "", size)


def write_folder(out: Path, splits: Mapping[str, Iterable[Mapping[str, Any]]], documents: Documents,
                 extra: Mapping[str, Any] | Callable[[], Mapping[str, Any]] | None = None, *,
                 rows_per_file: int | None = None, sources: Iterable[Path] = ()) -> FolderSummary:
    """Write the rows of each split as the dataset folder `out`, replacing it atomically.

    `splits` maps a split name to its rows (dicts of the dataset schema, in the order to write,
    any iterable: they are written as they come); empty splits are left out. `rows_per_file`
    cuts a split into several files (None: one file a split). `documents(facts)` returns the
    documents to write beside the data, file name -> text (at least README.md, the card), from
    the fingerprint and the written files; it is called after every row is written. `extra` (or
    what it returns, called then too) is merged into MANIFEST.json. `out` must pass
    `check_replaceable(out, sources)`, checked again under the folder's lock (`lock.exclusive`;
    a second writer stops with `lock.Busy`). Everything is written into a
    temporary folder beside `out`, read back, and swapped in by renames only when complete: on
    any error the previous `out` is unchanged.
    """
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with exclusive(out, "dataset folder"):
        check_replaceable(out, sources)
        return _write(out, splits, documents, extra, rows_per_file)


def _write(out: Path, splits: Mapping[str, Iterable[Mapping[str, Any]]], documents: Documents,
           extra: Mapping[str, Any] | Callable[[], Mapping[str, Any]] | None, rows_per_file: int | None
           ) -> FolderSummary:
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-write-", dir=out.parent))
    try:
        new = tmp / "new"
        (new / DATA).mkdir(parents=True)
        lines: list[tuple[str, str, str]] = []
        facts: dict[str, SplitFacts] = {}
        for split, rows in splits.items():
            writer = _SplitWriter(new / DATA, split, rows_per_file)
            for row in rows:
                writer.add(row)
                lines.append((split, str(row["id"]), fingerprint_line(split, row)))
            if (written := writer.close(new)) is not None:
                facts[split] = written
        if not facts:
            raise DatasetIntegrityError("no rows to write", file=str(out))
        fp = _digest(lines)
        del lines
        texts = documents(DataFacts(fp, facts))
        if CARD not in texts:
            raise DatasetIntegrityError("no dataset card among the documents", file=str(out / CARD))
        for name, text in texts.items():
            (new / name).write_text(text, encoding="utf-8")
        files = {p.relative_to(new).as_posix(): file_sha256(p) for p in sorted(new.rglob("*")) if p.is_file()}
        more = extra() if callable(extra) else extra
        manifest = {"fingerprint": fp, "rows": sum(f.rows for f in facts.values()),
                    "splits": {s: f.rows for s, f in facts.items()}, "files": files, **(more or {}),
                    MARKER[0]: MARKER[1]}
        (new / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
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
    return _digest((split_of(p), str(row["id"]), fingerprint_line(split_of(p), row)) for p in data_files(folder)
                   for batch in pq.ParquetFile(p).iter_batches(batch_size=ROW_GROUP) for row in batch.to_pylist())
