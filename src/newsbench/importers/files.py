"""Reading a source corpus's files: JSON and gzip, typed fields, text into blocks, language, dates."""

from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsbench.corpus.schema import Block
from newsbench.corpus.sources import MAX_PAGE_BYTES, SourceRefused, read_source
from newsbench.importers.base import UNDETERMINED, ImportedPage, ImportFailure
from newsbench.metrics.dates import UnusableDate, parse_iso

_LANG = re.compile(rb"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)""", re.I | re.S)
_BCP47 = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
# Han, kana and Thai: lines in these scripts are joined without a space (GUIDELINES 6).
_NO_SPACE = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


# The largest file of a source corpus we import is 2.2 MB; a page is capped as validate caps ours.
MAX_DATA_BYTES = 256 * 2**20


def read_json(path: Path) -> Any:
    """A JSON file's content; ImportFailure naming the file when it is missing or not JSON."""
    try:
        return json.loads(read_bytes(path).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ImportFailure(f"not valid UTF-8 JSON: {exc}", file=str(path)) from exc
    except RecursionError as exc:
        raise ImportFailure("JSON nested too deeply to read", file=str(path)) from exc


def read_page(path: Path) -> bytes:
    """A page's bytes (`read_bytes` with the page limit of our own corpus, MAX_PAGE_BYTES, once unpacked)."""
    return read_bytes(path, MAX_PAGE_BYTES, "page")


def read_bytes(path: Path, limit: int = MAX_DATA_BYTES, what: str = "file") -> bytes:
    """A file's bytes, gunzipped when its name ends in .gz; ImportFailure naming the file on failure.

    At most `limit` bytes, before and after unpacking (a small .gz can unpack to gigabytes); a
    FIFO, device or directory is refused (`corpus.sources.read_source`).
    """
    try:
        data = read_source(Path(path), None, limit, what)
        if not str(path).endswith(".gz"):
            return data
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            unpacked = stream.read(limit + 1)
    except FileNotFoundError as exc:
        raise ImportFailure("file missing", file=str(path)) from exc
    except SourceRefused as exc:
        raise ImportFailure(exc.reason, file=str(path)) from exc
    except (OSError, EOFError, zlib.error) as exc:
        raise ImportFailure(f"unreadable: {exc}", file=str(path)) from exc
    if len(unpacked) > limit:
        raise ImportFailure(f"{what} is over the {limit // 2**20} MiB limit once unpacked", file=str(path))
    return unpacked


def require(data: dict[str, Any], key: str, kind: type | tuple[type, ...], file: Path, where: str = "") -> Any:
    """`data[key]` when it has type `kind`; ImportFailure naming the file and the field otherwise."""
    name = f"{where}.{key}" if where else key
    if not isinstance(data, dict) or key not in data:
        raise ImportFailure("field missing", file=str(file), field=name)
    value = data[key]
    if not isinstance(value, kind):
        raise ImportFailure(f"expected {_kind_name(kind)}, found {type(value).__name__}", file=str(file), field=name)
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)


def string_list(value: Any, file: Path, name: str) -> tuple[str, ...]:
    """A list of strings as a tuple; ImportFailure naming the file and field for anything else."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ImportFailure("expected a list of strings", file=str(file), field=name)
    return tuple(value)


def paragraphs(text: str, kind: str = "paragraph") -> tuple[Block, ...]:
    """Required blocks of `kind`, one per non-empty line of `text` (lines stripped)."""
    return tuple(Block(kind, line.strip()) for line in text.splitlines() if line.strip())


def blocks_of(texts: Iterable[str], kind: str = "paragraph", optional: bool = False) -> tuple[Block, ...]:
    """Blocks of `kind` from the non-blank texts, stripped."""
    return tuple(Block(kind, t.strip(), optional) for t in texts if t.strip())


def join_lines(lines: Iterable[str]) -> str:
    """Lines joined by one space, or by nothing between two Han, kana or Thai characters."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and not (_NO_SPACE.match(out[-1]) and _NO_SPACE.match(line[0])):
            out += " "
        out += line
    return out


def page_language(raw: bytes, stated: str | None = None) -> str:
    """The language the source states, else the page's `<html lang>`, else "und"; as a BCP 47 tag.

    Case is made canonical (en-us -> en-US, zh-hant-tw -> zh-Hant-TW).
    """
    for candidate in (stated, _html_lang(raw)):
        tag = (candidate or "").strip().replace("_", "-")
        if _BCP47.fullmatch(tag):
            return "-".join(_subtag(part, n) for n, part in enumerate(tag.split("-")))
    return UNDETERMINED


def _subtag(part: str, position: int) -> str:
    if position == 0:
        return part.lower()
    if len(part) == 2 and part.isalpha():
        return part.upper()
    return part.title() if len(part) == 4 and part.isalpha() else part.lower()


def _html_lang(raw: bytes) -> str | None:
    found = _LANG.search(raw[:65536])
    return found.group(1).decode("ascii") if found else None


def host(url: str) -> str:
    """The URL's host without a leading "www.", or "" for a missing or relative URL."""
    name = urlsplit(url).hostname or ""
    return name.removeprefix("www.")


def iso_date(value: Any, file: Path, field: str) -> tuple[str | None, str]:
    """`value` when it is an ISO 8601 date or datetime newsbench parses, with "" as note.

    Anything not in that form (None, NaN, a month alone, free text) gives None and, unless the
    value was None or NaN, a note quoting what the source said so the loss is visible in the
    data. A value in that form that names no real moment (`2023-02-30`, an offset of +24:00, a
    moment past 9999 in UTC) is corrupt gold: ImportFailure naming `file` and `field`.
    """
    if not isinstance(value, str) or not value.strip():
        return None, ""
    try:
        parse_iso(value)
    except UnusableDate as exc:
        raise ImportFailure(f"unusable gold date: {exc}", file=str(file), field=field) from exc
    except ValueError:
        return None, f"source date {value!r} is not a full ISO 8601 date; published left null"
    return value.strip(), ""


def first_of_each_id(pages: Iterable[ImportedPage], reason: str) -> Iterator[ImportedPage]:
    """The pages with a repeated id after the first excluded for `reason` (under the id "<id>~<n>")."""
    seen: set[str] = set()
    for n, page in enumerate(pages):
        if page.id in seen:
            page = ImportedPage.exclude(f"{page.id}~{n}", page.source_file, reason)
        seen.add(page.id)
        yield page
