"""WARC captures as a corpus without gold: HTML responses kept with their transport charset, the rest excluded."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import zlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsbench.corpus.pages import read_corpus
from newsbench.importers import get
from newsbench.importers.base import NO_GOLD, ImportFailure, write_corpus

ARTICLE = "<html lang=\"fr\"><head><title>Caf\u00e9</title></head><body><article><h1>Le caf\u00e9 rouvre</h1>" \
          "<p>Le caf\u00e9 de la gare rouvre lundi apr\u00e8s des travaux.</p></article></body></html>"


def _uuid(n: int) -> str:
    return f"{n:08d}-0000-4000-8000-{n:012d}"


def response(n: int, url: str, body: bytes, content_type: str = "text/html; charset=windows-1252", status: str = "200 OK",
             headers: str = "", kind: str = "response") -> bytes:
    """One WARC/1.1 record of an HTTP response, written by hand (the format of the WARC 1.1 specification)."""
    http = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{headers}\r\n".encode() + body
    warc = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{_uuid(n)}>\r\n"
            f"WARC-Date: 2024-05-0{n % 9 + 1}T09:30:00Z\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return warc + http + b"\r\n\r\n"


def _chunked(data: bytes, size: int = 40) -> bytes:
    parts = [data[i:i + size] for i in range(0, len(data), size)]
    return b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in parts) + b"0\r\n\r\n"


@pytest.fixture
def captures(tmp_path: Path) -> list[Path]:
    """Two WARC files: one plain, one gzipped record by record (as crawlers write them)."""
    first = tmp_path / "crawl-00000.warc"
    first.write_bytes(
        response(1, "https://www.gazette.test/cafe", ARTICLE.encode("cp1252"))
        + response(2, "https://gazette.test/logo.png", b"\x89PNG\r\n", content_type="image/png")
        + response(3, "https://gazette.test/missing", b"<html>gone</html>", status="404 Not Found")
        + response(4, "https://gazette.test/cafe", b"GET /cafe HTTP/1.1\r\n", kind="request"))
    compressed = gzip.compress(ARTICLE.replace("rouvre", "ferme").encode("utf-8"))
    second = tmp_path / "crawl-00001.warc.gz"
    second.write_bytes(
        gzip.compress(response(5, "https://other.test/ferme", _chunked(compressed), content_type="text/html",
                               headers="Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n"))
        + gzip.compress(response(6, "https://other.test/odd", b"<html><p>na\xefve</p></html>",
                                 content_type="text/html; charset=utf-8"))
        + gzip.compress(response(8, "https://other.test/label", b"<html><p>plain</p></html>",
                                 content_type="text/html; charset=x-no-such-label"))
        + gzip.compress(response(7, "https://other.test/deflated", zlib.compress(b"<html><p>plain</p></html>"),
                                 content_type="text/html; charset=utf-8", headers="Content-Encoding: br\r\n")))
    return [first, second]


def test_html_responses_become_pages_without_gold(captures: list[Path], tmp_path: Path) -> None:
    importer = get("warc")
    summary = write_corpus("warc", importer.read_files(captures), tmp_path / "out", sort=False)
    assert summary.rows == 4
    assert dict(summary.exclusions) == {_uuid(2): "not HTML (content type image/png)", _uuid(3): "HTTP status 404",
                                        _uuid(7): "content encoding br is not supported"}
    corpus = read_corpus(tmp_path / "out")
    pages = {p.id: p for p in corpus.pages}
    assert list(pages) == [_uuid(1), _uuid(5), _uuid(6), _uuid(8)]  # record order, files in the order given
    cafe, closed, odd, label = pages[_uuid(1)], pages[_uuid(5)], pages[_uuid(6)], pages[_uuid(8)]
    assert cafe.raw == ARTICLE.encode("cp1252") and cafe.encoding == "windows-1252" and "Le café rouvre" in cafe.html
    assert (cafe.url, cafe.site, cafe.language) == ("https://www.gazette.test/cafe", "gazette.test", "fr")
    assert closed.raw == ARTICLE.replace("rouvre", "ferme").encode() and closed.encoding == "UTF-8"
    assert "na\ufffdve" in odd.html and odd.encoding == "UTF-8"  # bytes UTF-8 cannot decode shown as U+FFFD
    assert label.html == "<html><p>plain</p></html>"  # an unknown charset label is ignored, as browsers do
    table = pq.read_table(corpus.files[0])
    notes = dict(zip(table.column("id").to_pylist(), table.column("notes").to_pylist(), strict=True))
    assert notes[_uuid(1)] == (f"warc record <urn:uuid:{_uuid(1)}> captured 2024-05-02T09:30:00Z in "
                               "crawl-00000.warc at byte 0")
    assert "HTTP charset 'x-no-such-label' is not a label browsers know: ignored" in notes[_uuid(8)]
    for column in ("headline", "published", "modified", "authors", "body", "blocks", "entities"):
        assert table.column(column).null_count == table.num_rows, column
    assert corpus.gold_fields == frozenset() and corpus.source and corpus.source["gold_nature"] == NO_GOLD


def test_the_command_line_takes_several_warc_files(captures: list[Path], tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "newsbench", "import", "warc", *map(str, captures), "--output",
                           str(tmp_path / "out")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "imported 4 pages" in done.stdout and "3 excluded" in done.stdout
    manifest = json.loads((tmp_path / "out" / "MANIFEST.json").read_text())
    assert manifest["rows"] == 4 and manifest["source"]["fields"] == []
    missing = subprocess.run([sys.executable, "-m", "newsbench", "import", "warc", str(tmp_path / "nope.warc")],
                             capture_output=True, text=True, timeout=300)
    assert missing.returncode == 2 and "nope.warc does not exist" in missing.stderr


@pytest.mark.parametrize(("name", "cut", "message"), [("broken.warc.gz", 30, "damaged or cut gzip stream"),
                                                      ("broken.warc", 30, "is cut short")])
def test_a_truncated_warc_file_is_an_error_naming_it(tmp_path: Path, name: str, cut: int, message: str) -> None:
    path = tmp_path / name
    data = response(1, "https://a.test/", ARTICLE.encode()) + response(9, "https://a.test/b", ARTICLE.encode())
    path.write_bytes((gzip.compress(data) if name.endswith(".gz") else data)[:-cut])
    with pytest.raises(ImportFailure, match=rf"{name}.*{message}"):
        write_corpus("warc", get("warc").read_files([path]), tmp_path / "out", sort=False)
    assert not (tmp_path / "out").exists()
