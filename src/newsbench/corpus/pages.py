"""A dataset folder as the harness reads it: its pages (what an extractor is given) and their gold, typed.

`read_corpus` opens a folder (any number of Parquet files may hold its splits); its pages are
streamed a row group at a time, never all held, so that the memory of a run does not grow with
the corpus: as Pages (`Corpus.batches`), or as the checked Arrow rows a run sends to its workers
(`Corpus.record_batches`; `pages_of` makes Pages of them there). `read_gold` and `Corpus.gold_rows` read gold columns only (no
page HTML), which is all that scoring needs. Everything is checked against the dataset schema,
and an error names the file and column at fault.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from hashlib import sha256
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsbench.corpus.columns import SCHEMA
from newsbench.corpus.folder import data_files, fingerprint_of, read_manifest, split_of
from newsbench.corpus.schema import Block, Entity
from newsbench.errors import DatasetIntegrityError

PAGE_COLUMNS = ("id", "url", "language", "site", "html", "raw_html", "encoding", "html_sha256")
_GOLD_COLUMNS = tuple(n for n in SCHEMA.names if n not in ("html", "raw_html"))
# What scoring reads of a page: its identity, breakdown labels and the gold it is scored against.
SCORING_GOLD = ("id", "language", "site", "html_sha256", "headline", "published", "modified", "authors", "blocks",
                "entities", "phenomena", "notes")  # notes: a snippet corpus's `without` snippets
BLOCK_SEPARATOR = "\n\n"  # between blocks of a body text, gold and predicted alike


@dataclass(frozen=True, slots=True)
class PageGold:
    """The gold of one page as the harness scores it: the gold columns of its dataset row.

    A field the corpus has no gold for (an imported corpus) is None. `body` (the blocks joined
    by blank lines), `offsets` (where each block starts in `body`) and `gold_blocks` ((text,
    optional) pairs, the form the body metrics take) are computed once, from `blocks`.
    """

    id: str
    split: str
    language: str
    site: str
    sha256: str
    headline: str | None
    published: str | None
    modified: str | None
    authors: tuple[str, ...] | None
    blocks: tuple[Block, ...] | None
    entities: tuple[Entity, ...] | None
    phenomena: tuple[str, ...]
    # Snippet gold (trafilatura's evaluation set): the `with` and the `without` snippets; None elsewhere.
    snippets: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    body: str | None = field(init=False)
    offsets: tuple[int, ...] = field(init=False)
    gold_blocks: tuple[tuple[str, bool], ...] = field(init=False)

    def __post_init__(self) -> None:
        blocks = self.blocks or ()
        starts, pos = [], 0
        for block in blocks:
            starts.append(pos)
            pos += len(block.text) + len(BLOCK_SEPARATOR)
        object.__setattr__(self, "body", None if self.blocks is None else BLOCK_SEPARATOR.join(b.text for b in blocks))
        object.__setattr__(self, "offsets", tuple(starts))
        object.__setattr__(self, "gold_blocks", tuple((b.text, b.optional) for b in blocks))

    @classmethod
    def from_row(cls, row: Mapping[str, Any], split: str) -> PageGold:
        """From a dataset row (Parquet columns as Python values)."""
        blocks = None if row["blocks"] is None else tuple(
            Block(b["kind"], b["text"], bool(b["optional"])) for b in row["blocks"])
        entities = None if row["entities"] is None else tuple(
            Entity(e["text"], e["type"], "headline" if e["field"] == "headline" else int(e["block"]), e["start"], e["end"])
            for e in row["entities"])
        return cls(id=row["id"], split=split, language=row["language"], site=row["site"], sha256=row["html_sha256"],
                   headline=row["headline"], published=row["published"], modified=row["modified"],
                   authors=None if row["authors"] is None else tuple(row["authors"]), blocks=blocks, entities=entities,
                   phenomena=tuple(row["phenomena"] or ()))

    def has(self, name: str) -> bool:
        """Whether the page has gold for field `name` (body: at least one block; snippets: snippet gold)."""
        if name == "body":
            return bool(self.blocks)
        if name == "snippets":
            return self.snippets is not None
        return getattr(self, name) is not None

    def body_span(self, entity: Entity) -> tuple[int, int] | None:
        """An entity's offsets in `body`; None for a headline mention."""
        if entity.block == "headline":
            return None
        start = self.offsets[int(entity.block)]
        return start + entity.start, start + entity.end


@dataclass(frozen=True, slots=True)
class Page:
    """What an extractor is given: the bytes as served, the decoded HTML, the URL and the language.

    `gold` is filled only for extractors that declare `uses_gold` (the oracle); every other
    extractor receives None there.
    """

    id: str
    url: str
    language: str
    site: str
    split: str
    raw: bytes
    html: str
    encoding: str
    sha256: str
    gold: PageGold | None = None


@dataclass(frozen=True)
class Corpus:
    """A dataset folder opened for reading: its name, fingerprint and data files; pages are streamed, never all held.

    `index()` reads the ids and sha256 of every page (two short columns); `batches()` reads
    pages a row group at a time (optionally only some rows); `gold_rows()` the gold columns of some row groups.
    `pages` streams every page and `gold` holds every page's gold by id: both for small corpora.
    """

    name: str
    folder: Path
    fingerprint: str
    files: tuple[Path, ...]
    rows: int
    gold_fields: frozenset[str] | None = None  # fields an imported corpus has gold for; None: all
    source: dict[str, Any] | None = None  # an imported corpus's MANIFEST `source` (gold nature, licence, ...)
    version: str | None = None  # the dataset's release (MANIFEST `version`, our corpus); None when not stated

    def index(self) -> pa.Table:
        """id, html_sha256 and split of every page, in the order of the data files (row number = position)."""
        return _with_split(self.files, ("id", "html_sha256"))

    def batches(self, rows: np.ndarray | None = None, *, with_gold: bool = False,
                batch_rows: int = 64) -> Iterator[list[Page]]:
        """The pages at `rows` (sorted positions in `index()` order; None: every page), a batch at a time.

        Only the row groups holding a wanted row are read. `with_gold` attaches each page's gold
        (for extractors that declare `uses_gold`). Raises DatasetIntegrityError naming the file
        for a page whose bytes do not match its sha256.
        """
        for batch in self.record_batches(rows, with_gold=with_gold, batch_rows=batch_rows):
            yield pages_of(batch, with_gold=with_gold)

    def record_batches(self, rows: np.ndarray | None = None, *, with_gold: bool = False,
                       batch_rows: int = 64) -> Iterator[pa.RecordBatch]:
        """The rows `batches` turns into pages, as Arrow (`PAGE_COLUMNS`, the gold columns with `with_gold`, and
        `split`), each page's bytes checked against its sha256; `pages_of` makes Pages of them."""
        columns = [*PAGE_COLUMNS, *(c for c in _GOLD_COLUMNS if c not in PAGE_COLUMNS and with_gold)]
        wanted = None if rows is None else np.asarray(rows, dtype=np.int64)
        offset = 0
        for path in self.files:
            handle = _open(path, tuple(columns))
            for group in range(handle.num_row_groups):
                count = handle.metadata.row_group(group).num_rows
                mine = None
                if wanted is not None:
                    lo, hi = np.searchsorted(wanted, [offset, offset + count])
                    mine = wanted[lo:hi] - offset
                if mine is None or len(mine):
                    yield from _group_batches(handle, path, group, columns, mine, batch_rows)
                offset += count

    @property
    def pages(self) -> Iterator[Page]:
        """Every page, streamed (a new iterator on each access)."""
        return (page for batch in self.batches() for page in batch)

    @cached_property
    def gold(self) -> dict[str, PageGold]:
        """The gold of every page by id (`read_gold`; read once, on first use)."""
        return read_gold(self.folder)

    @property
    def snippet_gold(self) -> bool:
        """Whether the corpus's body gold is snippets (trafilatura's evaluation set: `snippets_of` each row)."""
        return _snippet_gold(self.source)

    def row_groups(self) -> list[tuple[Path, int, int]]:
        """(data file, row group, rows) of every row group, in `index()` order; the files' gold columns are checked."""
        out = []
        for path in self.files:
            metadata = _open(path, SCORING_GOLD).metadata
            out += [(path, group, metadata.row_group(group).num_rows) for group in range(metadata.num_row_groups)]
        return out

    def gold_rows(self, path: Path, groups: Sequence[int]) -> pa.Table:
        """The gold columns scoring needs (SCORING_GOLD) and the split of some row groups of one data file (in
        `index()` order); no page HTML."""
        handle = _open(path, SCORING_GOLD)
        try:
            table = handle.read_row_groups(list(groups), columns=list(SCORING_GOLD))
        except (OSError, pa.ArrowException) as exc:
            raise DatasetIntegrityError(f"unreadable Parquet file: {exc}", file=str(path)) from exc
        return _with_split_of(table, path)


def _check_columns(path: Path, schema: pa.Schema, columns: tuple[str, ...]) -> None:
    for name in columns:
        if name not in schema.names:
            raise DatasetIntegrityError("column missing", file=str(path), field=name)
        if schema.field(name).type != SCHEMA.field(name).type:
            raise DatasetIntegrityError(f"column has type {schema.field(name).type}, expected "
                                        f"{SCHEMA.field(name).type}", file=str(path), field=name)


def _read_file(path: Path, columns: tuple[str, ...]) -> pa.Table:
    try:
        _check_columns(path, pq.read_schema(path), columns)
        return pq.read_table(path, columns=list(columns))
    except (OSError, pa.ArrowException) as exc:
        raise DatasetIntegrityError(f"unreadable Parquet file: {exc}", file=str(path)) from exc


def _with_split_of(table: pa.Table, path: Path) -> pa.Table:
    """A table read from data file `path` with the file's split as a last column."""
    return table.append_column("split", pa.array([split_of(path)] * table.num_rows, pa.string()))


def _with_split(files: tuple[Path, ...], columns: tuple[str, ...]) -> pa.Table:
    parts = []
    for path in files:
        table = _read_file(path, columns)
        parts.append(_with_split_of(table, path))
    return pa.concat_tables(parts)


def _open(path: Path, columns: tuple[str, ...]) -> pq.ParquetFile:
    try:
        handle = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        raise DatasetIntegrityError(f"unreadable Parquet file: {exc}", file=str(path)) from exc
    _check_columns(path, handle.schema_arrow, columns)
    return handle


def _group_batches(handle: pq.ParquetFile, path: Path, group: int, columns: list[str], mine: np.ndarray | None,
                   batch_rows: int) -> Iterator[pa.RecordBatch]:
    """The rows of one row group (only the rows `mine`, relative to the group, when given), checked, with `split`."""
    split, start = split_of(path), 0
    try:
        for batch in handle.iter_batches(batch_size=batch_rows, row_groups=[group], columns=columns):
            rows = batch.num_rows
            if mine is not None:
                lo, hi = np.searchsorted(mine, [start, start + rows])
                if hi - lo < rows:  # some rows of the batch are not wanted
                    batch = batch.take(pa.array(mine[lo:hi] - start))
            start += rows
            if batch.num_rows:
                _check_bytes(batch, path)
                yield batch.append_column("split", pa.array([split] * batch.num_rows, pa.string()))
    except (OSError, pa.ArrowException) as exc:
        raise DatasetIntegrityError(f"unreadable Parquet file: {exc}", file=str(path)) from exc


def _check_bytes(batch: pa.RecordBatch, path: Path) -> None:
    """DatasetIntegrityError for the first page whose raw bytes do not match its html_sha256 (read from the Arrow
    buffer, without a Python copy of the bytes)."""
    raw = batch.column("raw_html")
    if raw.null_count:
        first = pc.index(pc.is_null(raw), True).as_py()
        raise DatasetIntegrityError(f"page {batch.column('id')[first].as_py()}: no raw bytes", file=str(path),
                                    field="raw_html")
    _, offsets, data = raw.buffers()
    ends = np.frombuffer(offsets, dtype=np.int32)[raw.offset:raw.offset + len(raw) + 1].tolist()
    view = memoryview(data) if data is not None else memoryview(b"")
    for i, expected in enumerate(batch.column("html_sha256").to_pylist()):
        if sha256(view[ends[i]:ends[i + 1]]).hexdigest() != expected:
            raise DatasetIntegrityError(f"page {batch.column('id')[i].as_py()}: raw bytes do not match html_sha256",
                                        file=str(path), field="raw_html")


def pages_of(batch: pa.RecordBatch, *, with_gold: bool = False) -> list[Page]:
    """The Pages of rows read by `Corpus.record_batches` (with their gold when `with_gold` and the batch has it)."""
    return [Page(id=row["id"], url=row["url"], language=row["language"], site=row["site"], split=row["split"],
                 raw=row["raw_html"], html=row["html"], encoding=row["encoding"], sha256=row["html_sha256"],
                 gold=PageGold.from_row(row, row["split"]) if with_gold else None)
            for row in batch.to_pylist()]


def _source_of(folder: Path) -> dict[str, Any] | None:
    source = read_manifest(folder).get("source")
    return source if isinstance(source, dict) else None


def gold_fields_of(folder: Path) -> frozenset[str] | None:
    """The gold fields an imported corpus declares in MANIFEST.json (`source.fields`); None for our own.

    A corpus whose body gold is snippets (trafilatura's evaluation set) has "snippets" instead of "body".
    """
    source = _source_of(folder)
    if not source or "fields" not in source:
        return None
    fields = set(source["fields"])
    if _snippet_gold(source):
        fields.add("snippets")
    if source.get("body_gold", "full text") != "full text":
        fields.discard("body")  # snippet gold is not a full-text reference
    return frozenset(fields)


def _snippet_gold(source: Mapping[str, Any] | None) -> bool:
    return bool(source) and str(source.get("body_gold", "")).startswith("snippets")  # type: ignore[union-attr]


def snippets_of(row: Mapping[str, Any], path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A snippet corpus's gold: `with` snippets are its blocks, `without` snippets are in `notes` as JSON.

    The notes start with the JSON object; what follows it (the source URL of a corpus imported
    with --withhold-urls, "; source URL: ...") is not part of the snippet gold.
    """
    try:
        without = json.JSONDecoder().raw_decode(row["notes"] or "{}")[0].get("without", [])
    except (ValueError, AttributeError) as exc:
        raise DatasetIntegrityError(f"page {row['id']}: notes are not the snippet JSON object: {exc}",
                                    file=str(path), field="notes") from exc
    if not isinstance(without, list) or not all(isinstance(s, str) for s in without):
        raise DatasetIntegrityError(f"page {row['id']}: notes.without is not a list of strings", file=str(path),
                                    field="notes")
    return tuple(b["text"] for b in row["blocks"] or ()), tuple(without)


def read_gold(folder: Path) -> dict[str, PageGold]:
    """The gold of every page of the dataset folder by page id, without reading any page HTML (small corpora)."""
    out: dict[str, PageGold] = {}
    snippet_gold = _snippet_gold(_source_of(folder))
    for path in data_files(folder):
        for row in _read_file(path, _GOLD_COLUMNS).to_pylist():
            if row["id"] in out:
                raise DatasetIntegrityError(f"duplicate page id {row['id']!r}", file=str(path), field="id")
            gold = PageGold.from_row(row, split_of(path))
            if snippet_gold:
                gold = replace(gold, snippets=snippets_of(row, path))
            out[row["id"]] = gold
    return out


def read_html(folder: Path) -> dict[str, str]:
    """The decoded HTML of every page of a dataset folder by page id (reads those two columns only)."""
    return {row["id"]: row["html"] for path in data_files(Path(folder))
            for row in _read_file(path, ("id", "html")).to_pylist()}


def page_shas(folder: Path | str) -> list[str]:
    """The sha256 of every page of a dataset folder (reads that column only)."""
    return [sha for path in data_files(Path(folder)) for sha in _read_file(path, ("html_sha256",)).column(0).to_pylist()]


def page_ids_and_shas(folder: Path | str) -> tuple[list[str], list[str]]:
    """The id and sha256 of every page of a dataset folder, in file order (reads those two columns only)."""
    ids: list[str] = []
    shas: list[str] = []
    for path in data_files(Path(folder)):
        table = _read_file(path, ("id", "html_sha256"))
        ids += table.column("id").to_pylist()
        shas += table.column("html_sha256").to_pylist()
    return ids, shas


def read_corpus(folder: Path, name: str | None = None) -> Corpus:
    """Open the dataset folder `folder` (every split) for reading, checked against the schema.

    Raises DatasetIntegrityError naming the file and column for a missing folder, an unreadable
    Parquet file or a missing or mistyped column. No page is read here (`Corpus.batches` streams them).
    """
    folder = Path(folder)
    files = tuple(data_files(folder))
    rows = sum(_open(path, PAGE_COLUMNS + _GOLD_COLUMNS).metadata.num_rows for path in files)
    version = read_manifest(folder).get("version")
    return Corpus(name=name or folder.name, folder=folder, fingerprint=fingerprint_of(folder), files=files, rows=rows,
                  gold_fields=gold_fields_of(folder), source=_source_of(folder),
                  version=version if isinstance(version, str) else None)


def resolve_folder(spec: str) -> tuple[Path, str]:
    """The folder and name of a --corpus item.

    "dataset" is the embedded dataset (named newsbench); a bare NAME (no "/") under which a corpus
    was imported to the default location (`paths.imported_corpus`, where `newsbench import NAME`
    writes) is that corpus; anything else is a dataset folder path (write ./NAME for a folder in
    the working directory that shares an imported corpus's name).
    """
    from newsbench.paths import default_dataset, imported_corpus

    if spec == "dataset":
        return default_dataset(), "newsbench"
    if "/" not in spec and not spec.startswith(".") and (imported_corpus(spec) / "MANIFEST.json").is_file():
        return imported_corpus(spec), spec
    path = Path(spec)
    if not path.exists() and ("/" in spec or spec.startswith(".")):
        raise FileNotFoundError(f"corpus folder {path} does not exist")
    if not path.exists():
        where = imported_corpus(spec).parent
        known = sorted(p.name for p in where.iterdir() if (p / "MANIFEST.json").is_file()) if where.is_dir() else []
        raise FileNotFoundError(f"corpus {spec!r}: no such folder, and no corpus imported under that name in {where}"
                                f" (imported there: {', '.join(known) or 'none'}; `newsbench import NAME PATH`)")
    return path, path.name


def resolve_corpus(spec: str) -> Corpus:
    """A corpus from a --corpus item: "dataset" (the embedded one), an imported corpus's NAME or a dataset folder path."""
    folder, name = resolve_folder(spec)
    return read_corpus(folder, name=name)
