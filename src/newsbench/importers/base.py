"""The importer contract (Importer, ImportedPage, ImportFailure) and writing an imported corpus folder."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import pyarrow as pa
import pyarrow.parquet as pq

from newsbench.build import write_parquet
from newsbench.columns import SCHEMA
from newsbench.decode import decode
from newsbench.errors import DecodeError, NewsbenchError
from newsbench.metrics.dates import parse_iso
from newsbench.schema import BLOCK_KINDS, Block

GOLD_NATURES = ("independent human gold", "tool output reviewed by people", "model-drafted and reviewed")
UNDETERMINED = "und"  # BCP 47 "undetermined": neither the source nor the page states a language
SPLIT = "test"  # every imported page is an evaluation page; the source's own split is named in the card
_NOT_GOLD = ("html", "raw_html")


class ImportFailure(NewsbenchError):
    """A source file of a corpus is missing, unreadable or malformed; names the file and the field."""


@dataclass(frozen=True, slots=True)
class ImportedPage:
    """One page of a source corpus with the gold it provides; a field the corpus lacks is None.

    `raw` is the page's bytes as stored by the source, `declared` the encoding the source
    documents for them (None: decode as a browser would). An excluded page carries only its id,
    its file and `excluded`, the reason it is left out; it is listed in the manifest, not written.
    """

    id: str
    source_file: str
    url: str = ""
    site: str = ""
    language: str = UNDETERMINED
    raw: bytes = b""
    declared: str | None = None
    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: tuple[str, ...] | None = None
    summary: str | None = None
    blocks: tuple[Block, ...] | None = None
    license: str | None = None
    notes: str = ""
    excluded: str | None = None

    @classmethod
    def exclude(cls, page_id: str, source_file: str | Path, reason: str) -> ImportedPage:
        """A page the source lists but that cannot be imported, for the stated reason."""
        return cls(id=page_id, source_file=str(source_file), excluded=reason)


class Importer(ABC):
    """Reads one corpus in the format its publisher distributes, page by page.

    Subclasses set the class attributes and implement `read`. `gold_nature` is one of
    GOLD_NATURES; `body_gold` says what the body gold is ("full text", snippets, or none);
    `restricts_redistribution` marks corpora whose terms must be accepted (`--yes`) before a
    download, `terms` is the text shown then.
    """

    name: ClassVar[str]
    description: ClassVar[str]
    url: ClassVar[str]
    licence: ClassVar[str]
    terms: ClassVar[str]
    restricts_redistribution: ClassVar[bool] = True
    gold_nature: ClassVar[str]
    body_gold: ClassVar[str] = "full text"
    fields: ClassVar[tuple[str, ...]]  # gold columns the corpus fills; the others are null
    split_note: ClassVar[str] = ""

    @abstractmethod
    def read(self, source: Path) -> Iterator[ImportedPage]:
        """Every page of the corpus at `source` (kept or excluded), in a deterministic order."""

    def version(self, source: Path) -> str | None:
        """The source's version: the `commit:` (or `version:`) line of a SOURCE.txt beside it, if any."""
        path = Path(source) / "SOURCE.txt"
        if not path.is_file():
            return None
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.partition(":")
            if key.strip().lower() in ("commit", "version") and value.strip():
                return value.strip()
        return None

    def source_record(self) -> dict[str, Any]:
        """What the manifest and the card say of the corpus (without its version and URL)."""
        return {"name": self.name, "gold_nature": self.gold_nature, "body_gold": self.body_gold,
                "licence": self.licence, "fields": list(self.fields)}


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What `write_corpus` wrote: rows, fingerprint, exclusions and each file's sha256."""

    folder: Path
    rows: int
    fingerprint: str
    exclusions: tuple[tuple[str, str], ...]
    files: dict[str, str] = field(default_factory=dict)



def write_corpus(name: str, pages: Iterable[ImportedPage], out: Path, *, version: str | None = None,
                 url: str | None = None) -> ImportSummary:
    """Write the pages of corpus `name` as a dataset folder `out`, replacing it atomically.

    The folder holds data/test-00000-of-00001.parquet (rows sorted by id, zstd, deterministic),
    a README.md card and MANIFEST.json (files' sha256, fingerprint, rows, splits, `source` and
    `exclusions`). It is written beside `out` and swapped in only when complete: on any error
    the previous `out` is left as it was. A page that does not decode, a duplicate id or a
    malformed field is an ImportFailure naming the page's source file and the field.
    """
    from newsbench.importers import get  # the registry imports this module
    from newsbench.importers.card import render_card

    importer = get(name)
    kept, exclusions = _partition(pages)
    if not kept:
        raise ImportFailure(f"no page to write ({len(exclusions)} excluded)", file=str(out))
    rows = [_row(page) for page in kept]
    table = pa.Table.from_pylist(rows, schema=SCHEMA)
    fp = fingerprint(rows)
    source = {**importer.source_record(), "url": url or importer.url, "version": version}
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-import-", dir=out.parent))
    try:
        new = tmp / "new"
        card = render_card(importer, table, fp, source, exclusions)
        files = _write_tree(new, table, fp, card, {"source": source, "exclusions": _listed(exclusions)})
        _swap(new, out, tmp / "old")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return ImportSummary(out, table.num_rows, fp, tuple(exclusions), files)


def _partition(pages: Iterable[ImportedPage]) -> tuple[list[ImportedPage], list[tuple[str, str]]]:
    """Kept pages sorted by id and (id, reason) of the excluded ones; a repeated id is an error."""
    seen: set[str] = set()
    kept, excluded = [], []
    for page in pages:
        if page.id in seen:
            raise ImportFailure(f"duplicate page id {page.id!r}", file=page.source_file, field="id")
        seen.add(page.id)
        if page.excluded is not None:
            excluded.append((page.id, page.excluded))
        else:
            kept.append(page)
    return sorted(kept, key=lambda p: p.id), sorted(excluded)


def _listed(exclusions: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"id": pid, "reason": reason} for pid, reason in exclusions]


def _check(page: ImportedPage) -> None:
    """ImportFailure naming the page's file and field for a value the dataset cannot hold."""
    def fail(reason: str, column: str) -> ImportFailure:
        return ImportFailure(f"page {page.id!r}: {reason}", file=page.source_file, field=column)

    if not page.id or page.id in (".", "..") or any(c in page.id for c in "/\\\0"):
        raise fail("an id must be a non-empty file name", "id")
    for block in page.blocks or ():
        if block.kind not in BLOCK_KINDS or not block.text.strip():
            raise fail(f"block {block!r} has an unknown kind or no text", "blocks")
    for column in ("published", "modified"):
        value = getattr(page, column)
        if value is not None:
            try:
                parse_iso(value)
            except ValueError as exc:
                raise fail(str(exc), column) from exc


def _row(page: ImportedPage) -> dict[str, Any]:
    """The dataset row of a kept page: its gold (null where the corpus has none) and its decoded bytes."""
    _check(page)
    try:
        text = decode(page.raw, page.declared)
    except DecodeError as exc:
        raise ImportFailure(f"page {page.id!r}: {exc.reason}", file=page.source_file, field="raw_html") from exc
    blocks = page.blocks
    return {
        "id": page.id, "url": page.url, "language": page.language, "site": page.site,
        "headline": page.headline, "published": page.published, "modified": page.modified,
        "authors": None if page.authors is None else list(page.authors), "summary": page.summary,
        "body": None if blocks is None else "\n\n".join(b.text for b in blocks),
        "blocks": None if blocks is None else [{"kind": b.kind, "text": b.text, "optional": b.optional}
                                               for b in blocks],
        "entities": None, "phenomena": None, "license": page.license, "notes": page.notes, "variant_of": None,
        "encoding": text.encoding, "encoding_source": text.source, "html": text.text, "raw_html": page.raw,
        "html_sha256": hashlib.sha256(page.raw).hexdigest(),
    }


def fingerprint(rows: list[dict[str, Any]]) -> str:
    """sha256 over every row's (id, page sha256, sha256 of its gold columns as canonical JSON), in id order."""
    digest = hashlib.sha256()
    for row in sorted(rows, key=lambda r: r["id"]):
        gold = {k: v for k, v in row.items() if k not in _NOT_GOLD}
        gold_sha = hashlib.sha256(json.dumps(gold, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        digest.update(f"{row['id']}\t{row['html_sha256']}\t{gold_sha}\n".encode())
    return digest.hexdigest()


def _write_tree(out: Path, table: pa.Table, fp: str, card: str, extra: dict[str, Any]) -> dict[str, str]:
    """Write data/, README.md and MANIFEST.json under `out`; the files' sha256 by relative path."""
    (out / "data").mkdir(parents=True)
    parquet = out / "data" / f"{SPLIT}-00000-of-00001.parquet"
    write_parquet(table, parquet)
    (out / "README.md").write_text(card, encoding="utf-8")
    files = {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(out.rglob("*")) if p.is_file()}
    manifest = {"fingerprint": fp, "rows": table.num_rows, "splits": {SPLIT: table.num_rows}, "files": files, **extra}
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    (out / "MANIFEST.json").write_text(text, encoding="utf-8")
    if pq.read_table(parquet).num_rows != table.num_rows:  # read back before replacing anything
        raise ImportFailure("row count differs after reading back", file=str(parquet))
    return files


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
