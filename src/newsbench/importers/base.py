"""The importer contract (Importer, ImportedPage, ImportFailure) and writing an imported corpus folder."""

from __future__ import annotations

import hashlib
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ClassVar

from newsbench.corpus.card import SPLIT, Tally, render_import_card
from newsbench.corpus.folder import CARD, check_replaceable, write_folder
from newsbench.corpus.schema import BLOCK_KINDS, Block
from newsbench.errors import DatasetIntegrityError, DecodeError, NewsbenchError
from newsbench.importers.spill import sorted_by_id
from newsbench.metrics.dates import parse_iso
from newsbench.text.decode import decode_lenient

NO_GOLD = "no gold: measured by failures, speed and agreement between extractors"
GOLD_NATURES = ("independent human gold", "tool output reviewed by people", "model-drafted and reviewed", NO_GOLD)
UNDETERMINED = "und"  # BCP 47 "undetermined": neither the source nor the page states a language
# A page with more than this share of its bytes invalid in its encoding is excluded as mostly
# undecodable; below it, the invalid bytes are replaced by U+FFFD as a browser renders them.
MOSTLY_UNDECODABLE = 0.5


class ImportFailure(NewsbenchError):
    """A source file of a corpus is missing, unreadable or malformed; names the file and the field."""


@dataclass(frozen=True, slots=True)
class ImportedPage:
    """One page of a source corpus with the gold it provides; a field the corpus lacks is None.

    `raw` is the page's bytes as stored by the source, `declared` the encoding the source
    documents for them (None: decode as a browser would; every page is decoded as a browser renders
    it, `write_corpus`). An excluded page carries only its id, its file and `excluded`, the reason
    it is left out; it is listed in the manifest, not written.
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
    downloadable: ClassVar[bool] = True  # a pinned public archive exists (resources/downloads.json)

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

    def card_record(self) -> dict[str, Any]:
        """What the card says of the corpus besides the source record: description, terms, split note."""
        return {**self.source_record(), "description": self.description, "terms": self.terms,
                "split_note": self.split_note}


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What `write_corpus` wrote: rows, fingerprint, exclusions and each file's sha256."""

    folder: Path
    rows: int
    fingerprint: str
    exclusions: tuple[tuple[str, str], ...]
    files: dict[str, str] = field(default_factory=dict)


def write_corpus(name: str, pages: Iterable[ImportedPage], out: Path, *, version: str | None = None,
                 url: str | None = None, read_from: Path | None = None, sort: bool = True,
                 rows_per_file: int | None = None, withhold_urls: bool = False,
                 importer: Importer | None = None) -> ImportSummary:
    """Write the pages of corpus `name` as a dataset folder `out` (`corpus.folder.write_folder`, atomic).

    Every page goes into the `test` split, rows sorted by id (`sort`; spilled to disk beyond a
    memory budget, `importers.spill`) or in the order read; `rows_per_file` cuts the split into
    several files. Pages are read, decoded and written one at a time. MANIFEST.json adds `source`
    (the importer's record, version and URL), `exclusions` and `decoding`. Pages are decoded as a
    browser renders them (`text.decode.decode_lenient`): bytes invalid in the page's encoding
    become U+FFFD and are counted in `decoding` (total bytes, pages, bytes per page id); a page
    with more than MOSTLY_UNDECODABLE of its bytes replaced is excluded, with the count as the
    reason. An empty page, an unknown declared encoding, a duplicate id or a malformed field is
    an ImportFailure naming the page's source file and the field.
    An `out` that is not a dataset folder newsbench wrote, or that is (or contains) `read_from`
    (the folder the pages are read from), is refused before any page is read (`corpus.folder.check_replaceable`).

    `withhold_urls` writes every page with an empty `url`, so that extractors are given the HTML
    only (as htmldate's and trafilatura's published evaluations run them: tools that read dates or
    sites from the URL cannot here); the source URL is kept in `notes` ("source URL: ...") and
    MANIFEST `source.urls` says "withheld". The pages' bytes are the same as in a corpus imported
    with URLs, and the prediction store keys predictions by those bytes: run such a corpus into a
    run folder of its own (README, "Public corpora"). `importer` is the instance that read the
    pages, when it was made with options (wcxb's split): its records go into the manifest and card.
    """
    from newsbench.importers import get  # the registry imports this module

    importer = importer or get(name)
    sources = [read_from] if read_from is not None else []
    check_replaceable(out, sources)
    exclusions: list[tuple[str, str]] = []
    replaced: dict[str, int] = {}
    tally = Tally()
    source = {**importer.source_record(), "url": url or importer.url, "version": version,
              **({"urls": "withheld"} if withhold_urls else {})}
    record = {**importer.card_record(), **source}
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)

    def manifest() -> dict[str, Any]:  # called once every page has been read
        decoding = {"replaced_bytes": sum(replaced.values()), "pages_with_replacements": len(replaced),
                    "pages": dict(sorted(replaced.items()))}
        return {"source": source, "exclusions": _listed(sorted(exclusions)), "decoding": decoding}

    with tempfile.TemporaryDirectory(prefix=f".{out.name}-spill-", dir=out.parent) as spill:
        rows = _rows((_without_url(page) for page in pages) if withhold_urls else pages, exclusions, replaced)
        ordered = sorted_by_id(rows, Path(spill)) if sort else rows
        try:
            summary = write_folder(out, {SPLIT: tally.counted(ordered)},
                                   lambda facts: {CARD: render_import_card(record, tally, facts, sorted(exclusions))},
                                   manifest, rows_per_file=rows_per_file, sources=sources)
        except DatasetIntegrityError as exc:
            if tally.rows:
                raise
            raise ImportFailure(f"no page to write ({len(exclusions)} excluded)", file=str(out)) from exc
    return ImportSummary(summary.folder, summary.rows, summary.fingerprint, tuple(sorted(exclusions)), summary.files)


def _rows(pages: Iterable[ImportedPage], exclusions: list[tuple[str, str]],
          replaced: dict[str, int]) -> Iterator[dict[str, Any]]:
    """The dataset rows of the kept pages, in the order read; excluded pages (and mostly undecodable ones) go to
    `exclusions`, the bytes replaced in decoding a written page to `replaced`; a repeated id is an error."""
    seen: set[str] = set()
    for page in pages:
        if page.id in seen:
            raise ImportFailure(f"duplicate page id {page.id!r}", file=page.source_file, field="id")
        seen.add(page.id)
        if page.excluded is not None:
            exclusions.append((page.id, page.excluded))
            continue
        row, count = _row(page)
        if count > MOSTLY_UNDECODABLE * len(page.raw):
            exclusions.append((page.id, f"mostly undecodable: {count} of {len(page.raw)} bytes invalid in "
                                        f"{row['encoding']}"))
            continue
        if count:
            replaced[page.id] = count
        yield row


def _without_url(page: ImportedPage) -> ImportedPage:
    """The page with its URL moved from `url` (what extractors are given) into `notes`."""
    if not page.url:
        return page
    note = f"source URL: {page.url}"
    return replace(page, url="", notes=f"{page.notes}; {note}" if page.notes else note)


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


def _row(page: ImportedPage) -> tuple[dict[str, Any], int]:
    """The dataset row of a kept page (its gold, null where the corpus has none, and its decoded bytes) and the
    number of its bytes replaced by U+FFFD in decoding."""
    _check(page)
    try:
        lenient = decode_lenient(page.raw, page.declared)
    except DecodeError as exc:
        raise ImportFailure(f"page {page.id!r}: {exc.reason}", file=page.source_file, field="raw_html") from exc
    text, blocks = lenient.decoded, page.blocks
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
    }, lenient.replaced_bytes
