"""A built dataset folder as the harness reads it: its pages, their gold rows and its fingerprint."""

from __future__ import annotations

import json
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsbench.columns import SCHEMA
from newsbench.errors import DatasetIntegrityError

_PAGE_COLUMNS = ("id", "url", "language", "site", "html", "raw_html", "encoding", "html_sha256")


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
    gold: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Corpus:
    """The pages of one dataset folder, the gold table and the dataset fingerprint."""

    name: str
    folder: Path
    fingerprint: str
    pages: tuple[Page, ...]
    table: pa.Table  # the dataset's columns except html and raw_html, one row a page, in `pages` order
    gold_fields: frozenset[str] | None = None  # fields an imported corpus has gold for; None: all
    source: dict[str, Any] | None = None  # an imported corpus's MANIFEST `source` (gold nature, licence, ...)

    def gold_rows(self) -> dict[str, dict[str, Any]]:
        """Gold columns of every page by page id (no html or raw bytes)."""
        rows = self.table.to_pylist()
        return {r["id"]: r for r in rows}


def _split_of(path: Path) -> str:
    return path.name.split("-", 1)[0]


def _read_file(path: Path) -> pa.Table:
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowException) as exc:
        raise DatasetIntegrityError(f"unreadable Parquet file: {exc}", file=str(path)) from exc
    for field in SCHEMA:
        if field.name not in table.column_names:
            raise DatasetIntegrityError("column missing", file=str(path), field=field.name)
        if table.schema.field(field.name).type != field.type:
            raise DatasetIntegrityError(
                f"column has type {table.schema.field(field.name).type}, expected {field.type}",
                file=str(path), field=field.name,
            )
    split = _split_of(path)
    return table.select(SCHEMA.names).append_column("split", pa.array([split] * table.num_rows, pa.string()))


def fingerprint_of(folder: Path) -> str:
    """The dataset's fingerprint from MANIFEST.json, or a digest of its Parquet files when it has none."""
    manifest = folder / "MANIFEST.json"
    if manifest.is_file():
        try:
            return str(json.loads(manifest.read_text(encoding="utf-8"))["fingerprint"])
        except (ValueError, KeyError) as exc:
            raise DatasetIntegrityError(f"unreadable manifest: {exc}", file=str(manifest), field="fingerprint") from exc
    digest = sha256()
    for path in sorted((folder / "data").glob("*.parquet")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _source_of(folder: Path) -> dict[str, Any] | None:
    manifest = folder / "MANIFEST.json"
    if not manifest.is_file():
        return None
    try:
        source = json.loads(manifest.read_text(encoding="utf-8")).get("source")
    except ValueError as exc:
        raise DatasetIntegrityError(f"unreadable manifest: {exc}", file=str(manifest)) from exc
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


def read_corpus(folder: Path, name: str | None = None) -> Corpus:
    """All pages of every split in the dataset folder `folder`, checked against the dataset schema.

    Raises DatasetIntegrityError naming the file and column for a missing folder, an unreadable
    Parquet file, a missing or mistyped column, or a page whose bytes do not match its sha256.
    """
    folder = Path(folder)
    files = sorted((folder / "data").glob("*.parquet"))
    if not files:
        raise DatasetIntegrityError("no Parquet files under data/", file=str(folder))
    table = pa.concat_tables([_read_file(p) for p in files])
    pages = []
    for row in table.select([*_PAGE_COLUMNS, "split"]).to_pylist():
        raw = row["raw_html"]
        if sha256(raw).hexdigest() != row["html_sha256"]:
            raise DatasetIntegrityError(f"page {row['id']}: raw bytes do not match html_sha256", file=str(folder),
                                        field="raw_html")
        pages.append(Page(id=row["id"], url=row["url"], language=row["language"], site=row["site"],
                          split=row["split"], raw=raw, html=row["html"], encoding=row["encoding"],
                          sha256=row["html_sha256"]))
    ids = [p.id for p in pages]
    if len(set(ids)) != len(ids):
        raise DatasetIntegrityError("duplicate page ids", file=str(folder), field="id")
    gold_table = table.drop_columns(["html", "raw_html"])  # the pages hold those; kept once in memory
    return Corpus(name=name or folder.name, folder=folder, fingerprint=fingerprint_of(folder), pages=tuple(pages),
                  table=gold_table, gold_fields=gold_fields_of(folder), source=_source_of(folder))
