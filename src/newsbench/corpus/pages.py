"""A dataset folder as the harness reads it: its pages (what an extractor is given) and their gold, typed.

`read_corpus` reads pages and gold; `read_gold` reads the gold columns only (no page HTML), which
is all that scoring needs. Both check the folder against the dataset schema and name the file
and column at fault.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsbench.corpus.columns import SCHEMA
from newsbench.corpus.folder import data_files, fingerprint_of, read_manifest, split_of
from newsbench.corpus.schema import Block, Entity
from newsbench.errors import DatasetIntegrityError

_PAGE_COLUMNS = ("id", "url", "language", "site", "html", "raw_html", "encoding", "html_sha256")
_GOLD_COLUMNS = tuple(n for n in SCHEMA.names if n not in ("html", "raw_html"))
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
        """Whether the page has gold for field `name` (body: at least one block)."""
        if name == "body":
            return bool(self.blocks)
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


@dataclass(frozen=True, slots=True)
class Corpus:
    """The pages of one dataset folder, their gold by page id and the dataset fingerprint."""

    name: str
    folder: Path
    fingerprint: str
    pages: tuple[Page, ...]
    gold: Mapping[str, PageGold]
    gold_fields: frozenset[str] | None = None  # fields an imported corpus has gold for; None: all
    source: dict[str, Any] | None = None  # an imported corpus's MANIFEST `source` (gold nature, licence, ...)
    version: str | None = None  # the dataset's release (MANIFEST `version`, our corpus); None when not stated


def _read_file(path: Path, columns: tuple[str, ...]) -> pa.Table:
    try:
        schema = pq.read_schema(path)
        for name in columns:
            if name not in schema.names:
                raise DatasetIntegrityError("column missing", file=str(path), field=name)
            if schema.field(name).type != SCHEMA.field(name).type:
                raise DatasetIntegrityError(f"column has type {schema.field(name).type}, expected "
                                            f"{SCHEMA.field(name).type}", file=str(path), field=name)
        return pq.read_table(path, columns=list(columns))
    except (OSError, pa.ArrowException) as exc:
        raise DatasetIntegrityError(f"unreadable Parquet file: {exc}", file=str(path)) from exc


def _source_of(folder: Path) -> dict[str, Any] | None:
    source = read_manifest(folder).get("source")
    return source if isinstance(source, dict) else None


def gold_fields_of(folder: Path) -> frozenset[str] | None:
    """The gold fields an imported corpus declares in MANIFEST.json (`source.fields`); None for our own."""
    source = _source_of(folder)
    if not source or "fields" not in source:
        return None
    fields = set(source["fields"])
    if source.get("body_gold", "full text") != "full text":
        fields.discard("body")  # snippet gold (trafilatura's evaluation set) is not a full-text reference
    return frozenset(fields)


def read_gold(folder: Path) -> dict[str, PageGold]:
    """The gold of every page of the dataset folder by page id, without reading any page HTML."""
    out: dict[str, PageGold] = {}
    for path in data_files(folder):
        for row in _read_file(path, _GOLD_COLUMNS).to_pylist():
            if row["id"] in out:
                raise DatasetIntegrityError(f"duplicate page id {row['id']!r}", file=str(path), field="id")
            out[row["id"]] = PageGold.from_row(row, split_of(path))
    return out


def read_html(folder: Path) -> dict[str, str]:
    """The decoded HTML of every page of a dataset folder by page id (reads those two columns only)."""
    return {row["id"]: row["html"] for path in data_files(Path(folder))
            for row in _read_file(path, ("id", "html")).to_pylist()}


def page_shas(folder: Path | str) -> list[str]:
    """The sha256 of every page of a dataset folder (reads that column only)."""
    return [sha for path in data_files(Path(folder)) for sha in _read_file(path, ("html_sha256",)).column(0).to_pylist()]


def read_corpus(folder: Path, name: str | None = None) -> Corpus:
    """All pages of every split in the dataset folder `folder`, with their gold, checked against the schema.

    Raises DatasetIntegrityError naming the file and column for a missing folder, an unreadable
    Parquet file, a missing or mistyped column, or a page whose bytes do not match its sha256.
    """
    folder = Path(folder)
    gold = read_gold(folder)
    pages = []
    for path in data_files(folder):
        for row in _read_file(path, _PAGE_COLUMNS).to_pylist():
            raw = row["raw_html"]
            if sha256(raw).hexdigest() != row["html_sha256"]:
                raise DatasetIntegrityError(f"page {row['id']}: raw bytes do not match html_sha256", file=str(path),
                                            field="raw_html")
            pages.append(Page(id=row["id"], url=row["url"], language=row["language"], site=row["site"],
                              split=split_of(path), raw=raw, html=row["html"], encoding=row["encoding"],
                              sha256=row["html_sha256"]))
    version = read_manifest(folder).get("version")
    return Corpus(name=name or folder.name, folder=folder, fingerprint=fingerprint_of(folder), pages=tuple(pages),
                  gold=gold, gold_fields=gold_fields_of(folder), source=_source_of(folder),
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
