"""WARC files (a Common Crawl or CC-News sample, a crawl of one's own) as a corpus without gold.

`newsbench import warc PATH [PATH ...]`: every HTTP response record of HTML with status 200 in
the WARC files (or in the *.warc, *.warc.gz files of a folder), read with fastwarc (shipped with
resiliparse), becomes a page: id = the record's UUID (`<urn:uuid:...>`; another record id is
hashed), url = WARC-Target-URI, raw = the HTTP payload (chunked transfer and gzip/deflate
content encoding undone), declared encoding = the HTTP Content-Type charset when it is a
label browsers know (an unknown label is ignored and noted, as a browser would), decoded
leniently (bytes the encoding cannot decode become U+FFFD, as a browser shows them), site = the
URL's host, language = the page's `<html lang>`. The record id, the capture date (WARC-Date),
the WARC file and the record's offset go into `notes`. No gold: every gold column is null and
the corpus is scored by what needs none (failures, speed, agreement between extractors).

Excluded, with the reason listed: responses that are not HTML, not status 200, empty, larger
than MAX_PAGE_BYTES once decoded, or in a content encoding this importer cannot undo. Rows are
written in the order of the records (the files in the order given), not sorted, so that a
large capture streams straight to disk.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsbench.corpus.sources import MAX_PAGE_BYTES
from newsbench.errors import DecodeError
from newsbench.importers.base import NO_GOLD, ImportedPage, Importer, ImportFailure
from newsbench.importers.files import host, page_language
from newsbench.text.decode import lookup

HTML_TYPES = ("text/html", "application/xhtml+xml")
ROWS_PER_FILE = 10_000  # rows per Parquet file of an imported capture


class WarcImporter(Importer):
    """HTML responses of WARC captures, without gold."""

    name = "warc"
    description = ("Web pages captured in WARC files (for example a Common Crawl or CC-News sample): the HTML "
                   "responses, as served, with no gold; scored by failures, speed and agreement between extractors.")
    url = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
    licence = "The captured pages keep their publishers' copyright."
    terms = "Captured web pages are third-party content: keep them out of anything you redistribute."
    restricts_redistribution = True
    gold_nature = NO_GOLD
    body_gold = "none"
    fields = ()
    split_note = "pages in the order of the WARC records"
    downloadable = False  # captures are the user's own files

    def read(self, source: Path) -> Iterator[ImportedPage]:
        """Every response record of the WARC file `source`, or of the WARC files in the folder `source`."""
        yield from self.read_files([source])

    def read_files(self, sources: Sequence[Path]) -> Iterator[ImportedPage]:
        """Every response record of the WARC files (folders expanded to their *.warc, *.warc.gz files, sorted)."""
        for source in sources:
            source = Path(source)
            if source.is_dir():
                files = sorted(p for p in source.iterdir() if p.name.endswith((".warc", ".warc.gz")))
                if not files:
                    raise ImportFailure("no .warc or .warc.gz file in the folder", file=str(source))
            elif source.is_file():
                files = [source]
            else:
                raise ImportFailure("no such WARC file or folder", file=str(source))
            for path in files:
                yield from _records(path)

    def version(self, source: Path) -> str | None:
        """A captured file has no version; the manifest records each file's name in the pages' notes."""
        return None


def _records(path: Path) -> Iterator[ImportedPage]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    if path.name.endswith(".gz"):
        _check_gzip(path)  # fastwarc ends a cut gzip stream silently
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
                yield _page(path, record)
    except (OSError, ValueError) as exc:
        raise ImportFailure(f"unreadable WARC file: {exc}", file=str(path)) from exc


def _check_gzip(path: Path) -> None:
    """ImportFailure naming the file when its gzip stream is cut or damaged."""
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1 << 22):
                pass
    except (OSError, EOFError, zlib.error) as exc:
        raise ImportFailure(f"damaged or cut gzip stream: {exc}", file=str(path)) from exc


def _page_id(record_id: str) -> str:
    inner = record_id.strip().strip("<>")
    if inner.lower().startswith("urn:uuid:"):
        return inner[9:].lower()
    return hashlib.sha256(record_id.encode()).hexdigest()[:32]


def _payload(record: Any, headers: dict[str, str], where: str) -> tuple[bytes | None, str]:
    """The page's bytes with transfer and content encodings undone, or None and why not."""
    data = record.reader.read(MAX_PAGE_BYTES + 1)
    if len(data) <= MAX_PAGE_BYTES and len(data) < record.content_length:
        raise ImportFailure(f"record {record.record_id} is cut short ({len(data)} of {record.content_length} bytes): "
                            "the file is truncated", file=where)
    if headers.get("transfer-encoding", "").lower() == "chunked":
        data = _dechunked(data)
    encoding = headers.get("content-encoding", "identity").lower().strip()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            inflater = zlib.decompressobj(47 if encoding != "deflate" else 15)  # 47: gzip or zlib header
            data = inflater.decompress(data, MAX_PAGE_BYTES + 1)
        except zlib.error as exc:
            return None, f"content encoding {encoding} does not decode: {exc}"
    elif encoding not in ("identity", ""):
        return None, f"content encoding {encoding} is not supported"
    if len(data) > MAX_PAGE_BYTES:
        return None, f"larger than {MAX_PAGE_BYTES // 2**20} MiB"
    return data, ""


def _dechunked(data: bytes) -> bytes:
    out, at = bytearray(), 0
    while at < len(data):
        end = data.find(b"\r\n", at)
        if end < 0:
            break
        try:
            size = int(data[at:end].split(b";")[0], 16)
        except ValueError:
            return data  # not chunked after all: keep the bytes as they are
        if size == 0:
            break
        out += data[end + 2:end + 2 + size]
        at = end + 2 + size + 2
    return bytes(out)


def _page(path: Path, record: Any) -> ImportedPage:
    record_id = str(record.record_id)
    page_id, where = _page_id(record_id), f"{path}@{record.stream_pos}"
    headers = {str(k).lower(): str(v) for k, v in record.http_headers.items()}
    status = record.http_headers.status_code
    content_type = (record.http_content_type or "").lower()
    if status != 200:
        return ImportedPage.exclude(page_id, where, f"HTTP status {status}")
    if content_type not in HTML_TYPES:
        return ImportedPage.exclude(page_id, where, f"not HTML (content type {content_type or 'none'})")
    raw, reason = _payload(record, headers, where)
    if raw is None:
        return ImportedPage.exclude(page_id, where, reason)
    if not raw:
        return ImportedPage.exclude(page_id, where, "empty payload")
    url = str(record.headers.get("WARC-Target-URI") or "")
    notes = [f"warc record {record_id} captured {record.headers.get('WARC-Date') or 'at an unknown date'} "
             f"in {path.name} at byte {record.stream_pos}"]
    declared = record.http_charset or None
    if declared:
        try:
            lookup(declared)
        except DecodeError:
            notes.append(f"HTTP charset {declared!r} is not a label browsers know: ignored")
            declared = None
    if record.headers.get("WARC-Truncated"):
        notes.append(f"truncated by the crawler ({record.headers.get('WARC-Truncated')})")
    return ImportedPage(id=page_id, source_file=where, url=url, site=host(url), language=page_language(raw), raw=raw,
                        declared=declared, notes="; ".join(notes))
