"""`newsbench download` against a local HTTP server on 127.0.0.1: success, cache, and every failure leaving nothing."""

from __future__ import annotations

import io
import json
import tarfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from hashlib import sha256
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from importers.sources import make_wcxb, newsbench, shared

from newsbench.corpus.pages import read_corpus
from newsbench.importers import download as download_module
from newsbench.importers import get, names
from newsbench.importers.download import (
    DownloadError,
    TermsNotAccepted,
    UnpinnedDownload,
    download,
    resources,
    unpack,
)


@dataclass
class Route:
    """What the server answers on one path: a status, a body, and optionally a lying Content-Length."""

    body: bytes
    status: int = 200
    length: int | None = None


@dataclass
class Server:
    """A loopback HTTP server serving `routes`; counts the requests it answered."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: int = 0
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            state.requests += 1
            route = state.routes.get(self.path, Route(b"not found", 404))
            self.send_response(route.status)
            self.send_header("Content-Length", str(route.length if route.length is not None else len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)  # fewer bytes than announced when `length` lies
            self.close_connection = True

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


def tar_gz(folder: Path, top: str) -> bytes:
    """A .tar.gz of `folder` under the top-level name `top`, as GitHub's source archives are laid out."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        tar.add(folder, arcname=top)
    return buffer.getvalue()


def downloads_file(path: Path, name: str, url: str, archive: bytes | None, **changes: object) -> Path:
    """A downloads.json with one entry, pinned to `archive`'s sha256 and size (unpinned when None)."""
    entry: dict[str, object] = {"url": url, "version": "fixture-1", "format": "tar.gz",
                                "sha256": None if archive is None else sha256(archive).hexdigest(),
                                "size": None if archive is None else len(archive), "pinned": archive is not None}
    entry.update(changes)
    path.write_text(json.dumps({"corpora": {name: entry}}))
    return path


def leftovers(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


@pytest.fixture
def wcxb_archive(tmp_path: Path) -> bytes:
    return tar_gz(make_wcxb(tmp_path / "wcxb-src"), "web-content-extraction-benchmark-fixture")


def test_a_pinned_archive_is_downloaded_verified_cached_and_imported(server: Server, wcxb_archive: bytes,
                                                                     tmp_path: Path) -> None:
    server.routes["/wcxb.tar.gz"] = Route(wcxb_archive)
    table = downloads_file(tmp_path / "downloads.json", "wcxb", server.url("/wcxb.tar.gz"), wcxb_archive)
    summary = download("wcxb", tmp_path / "out", tmp_path / "cache", downloads=table)
    assert summary.rows == 2 and summary.exclusions == (("0003", "the ground truth has no main_content"),)
    assert [p.name for p in leftovers(tmp_path / "cache")] == [f"{sha256(wcxb_archive).hexdigest()}.tar.gz"]
    manifest = json.loads((tmp_path / "out" / "MANIFEST.json").read_text())
    assert manifest["source"]["version"] == "fixture-1" and manifest["source"]["url"] == server.url("/wcxb.tar.gz")
    assert read_corpus(tmp_path / "out").rows == 2
    server.routes["/wcxb.tar.gz"] = Route(b"gone", 500)  # the cache answers now: no request is made
    again = download("wcxb", tmp_path / "again", tmp_path / "cache", downloads=table)
    assert again.fingerprint == summary.fingerprint and server.requests == 1


@pytest.mark.parametrize(("route", "changes", "message"), [
    (Route(b"x" * 10), {}, "sha256 mismatch"),
    (Route(b"x" * 10, length=500), {}, "truncated transfer: 10 of 500 bytes received"),
    (Route(b"internal error", 500), {}, "HTTP 500"),
    (Route(b"x" * 10), {"size": 4}, "more than the pinned 4 bytes"),
])
def test_a_failed_transfer_is_a_clear_error_and_leaves_nothing(server: Server, wcxb_archive: bytes, tmp_path: Path,
                                                               route: Route, changes: dict[str, object],
                                                               message: str) -> None:
    server.routes["/a.tar.gz"] = route
    pinned = {"sha256": sha256(wcxb_archive).hexdigest(), "size": 10, **changes}
    table = downloads_file(tmp_path / "downloads.json", "wcxb", server.url("/a.tar.gz"), wcxb_archive, **pinned)
    with pytest.raises(DownloadError, match=message) as err:
        download("wcxb", tmp_path / "out", tmp_path / "cache", downloads=table)
    assert err.value.file == server.url("/a.tar.gz")
    assert leftovers(tmp_path / "cache", tmp_path / "out") == [] and not (tmp_path / "out").exists()


def test_an_unpinned_archive_is_refused_with_its_sha256_unless_trusted(server: Server, wcxb_archive: bytes,
                                                                       tmp_path: Path) -> None:
    server.routes["/w.tar.gz"] = Route(wcxb_archive)
    table = downloads_file(tmp_path / "downloads.json", "wcxb", server.url("/w.tar.gz"), None)
    digest = sha256(wcxb_archive).hexdigest()
    with pytest.raises(UnpinnedDownload, match=f"its sha256 is {digest} \\({len(wcxb_archive)} bytes\\)") as err:
        download("wcxb", tmp_path / "out", tmp_path / "cache", downloads=table)
    assert (err.value.sha256, err.value.size) == (digest, len(wcxb_archive))
    assert leftovers(tmp_path / "cache", tmp_path / "out") == []
    summary = download("wcxb", tmp_path / "out", tmp_path / "cache", downloads=table, trust_unpinned=True)
    assert summary.rows == 2


def test_restricted_terms_must_be_accepted_before_any_request(server: Server, tmp_path: Path) -> None:
    table = downloads_file(tmp_path / "downloads.json", "aeb", server.url("/aeb.tar.gz"), None)
    with pytest.raises(TermsNotAccepted, match="copyright stays with their publishers"):
        download("aeb", tmp_path / "out", tmp_path / "cache", downloads=table)
    assert server.requests == 0 and not (tmp_path / "cache").exists()


def test_the_command_prints_terms_needs_yes_and_prints_an_unpinned_sha256(server: Server, tmp_path: Path) -> None:
    from importers.sources import make_aeb

    archive = tar_gz(make_aeb(tmp_path / "aeb-src"), "article-extraction-benchmark-fixture")
    server.routes["/aeb.tar.gz"] = Route(archive)
    table = downloads_file(tmp_path / "downloads.json", "aeb", server.url("/aeb.tar.gz"), None)
    args = ["download", "aeb", "--output", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"),
            "--downloads", str(table)]
    refused = newsbench(*args)
    assert refused.returncode == 2 and get("aeb").terms in refused.stderr and "--yes" in refused.stderr
    unpinned = newsbench(*args, "--yes")
    assert unpinned.returncode == 1 and f"its sha256 is {sha256(archive).hexdigest()}" in unpinned.stderr
    trusted = newsbench(*args, "--yes", "--trust-unpinned")
    assert trusted.returncode == 0, trusted.stderr
    assert f"imported 2 pages into {tmp_path / 'out'}" in trusted.stdout and "excluded 1: no ground-truth entry" in trusted.stdout


@pytest.mark.slow
def test_the_shared_aeb_copy_served_as_an_archive_imports_completely(server: Server, tmp_path: Path) -> None:
    archive = tar_gz(shared("aeb"), "article-extraction-benchmark-4a3bc97")
    server.routes["/aeb.tar.gz"] = Route(archive)
    table = downloads_file(tmp_path / "downloads.json", "aeb", server.url("/aeb.tar.gz"), archive)
    summary = download("aeb", tmp_path / "out", tmp_path / "cache", accept_terms=True, downloads=table)
    assert summary.rows == 181 and summary.exclusions == ()


def test_an_archive_member_outside_the_target_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        info = tarfile.TarInfo("../escape.txt")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"hi"))
    (tmp_path / "evil.tar.gz").write_bytes(buffer.getvalue())
    (tmp_path / "dest").mkdir()
    with pytest.raises(DownloadError, match="outside the target folder"):
        unpack(tmp_path / "evil.tar.gz", tmp_path / "dest", "tar.gz")
    assert not (tmp_path / "escape.txt").exists()


def test_the_packaged_downloads_cover_every_importer_and_pin_nothing_unverified() -> None:
    table = resources()
    assert sorted(table) == sorted(n for n in names() if get(n).downloadable)  # warc: the user's own files
    for name, resource in table.items():
        assert resource.url.startswith("https://") and resource.version
        assert not resource.pinned and resource.sha256 is None and resource.size is None, name


def test_a_malformed_downloads_file_names_the_field(tmp_path: Path) -> None:
    path = downloads_file(tmp_path / "d.json", "aeb", "https://x.example/a.tar.gz", None, pinned=True)
    with pytest.raises(DownloadError, match="a pinned entry has sha256 and size") as err:
        resources(path)
    assert (err.value.file, err.value.field) == (str(path), "aeb.pinned")


# Issue 12: archives that unpack to far more than they weigh ("zip bombs") are refused before anything is written.
class Zeros(io.RawIOBase):
    """`size` zero bytes, read without ever holding them all."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        n = min(len(buffer), self.left)
        buffer[:n] = bytes(n)
        self.left -= n
        return n


def zip_bomb(path: Path, members: dict[str, int]) -> Path:
    """A deflated zip of members made of zeros (200 MiB of zeros deflate to about 200 KB)."""
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, size in members.items():
            with z.open(name, "w", force_zip64=True) as out:
                stream = Zeros(size)
                while chunk := stream.read(1 << 20):
                    out.write(chunk)
    return path


def test_a_zip_unpacking_to_hundreds_of_times_its_size_is_refused_before_writing(tmp_path: Path) -> None:
    archive = zip_bomb(tmp_path / "bomb.zip", {"top/ground-truth.json": 10, "top/html/a1.html": 200 * 2**20})
    assert archive.stat().st_size < 2**20
    (tmp_path / "dest").mkdir()
    with pytest.raises(DownloadError, match=r"the archive unpacks to more than 67108864 bytes .* refused, nothing unpacked"):
        unpack(archive, tmp_path / "dest", "zip")
    assert leftovers(tmp_path / "dest") == []


def test_a_tar_with_a_member_of_gigabytes_or_too_many_members_is_refused(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        info = tarfile.TarInfo("top/html/a1.html")
        info.size = 300 * 2**20
        tar.addfile(info, Zeros(info.size))
    (tmp_path / "big.tar.gz").write_bytes(buffer.getvalue())
    (tmp_path / "dest").mkdir()
    with pytest.raises(DownloadError, match="member 'top/html/a1.html' unpacks to 314572800 bytes, over the 256 MiB"):
        unpack(tmp_path / "big.tar.gz", tmp_path / "dest", "tar.gz")
    assert leftovers(tmp_path / "dest") == []
    monkeypatch.setattr(download_module, "MAX_MEMBERS", 1000)  # 200,000 empty files take minutes to pack and list
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for n in range(1001):
            tar.addfile(tarfile.TarInfo(f"top/{n}"), io.BytesIO(b""))
    (tmp_path / "many.tar.gz").write_bytes(buffer.getvalue())
    with pytest.raises(DownloadError, match="more than 1000 members"):
        unpack(tmp_path / "many.tar.gz", tmp_path / "dest", "tar.gz")
    assert leftovers(tmp_path / "dest") == []


def test_a_downloaded_bomb_leaves_no_output(server: Server, tmp_path: Path) -> None:
    archive = zip_bomb(tmp_path / "bomb.zip", {"top/ground-truth.json": 10, "top/html/a1.html": 200 * 2**20}).read_bytes()
    server.routes["/aeb.zip"] = Route(archive)
    table = downloads_file(tmp_path / "downloads.json", "aeb", server.url("/aeb.zip"), archive, format="zip")
    with pytest.raises(DownloadError, match="refused, nothing unpacked"):
        download("aeb", tmp_path / "out", tmp_path / "cache", accept_terms=True, downloads=table)
    assert not (tmp_path / "out").exists()
    assert [p.suffix for p in leftovers(tmp_path / "cache")] == [".zip"]  # the verified archive only, nothing unpacked
