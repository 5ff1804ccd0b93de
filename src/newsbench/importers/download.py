"""Downloading a corpus: its pinned archive streamed and verified, cached by content, unpacked and imported.

Each downloadable corpus has an entry in resources/downloads.json: url, version, format, and
sha256 and size once a maintainer has pinned them (`"pinned": true`). An unpinned archive is
downloaded, hashed and refused unless the caller trusts it (`--trust-unpinned`); the refusal
states the sha256 and size seen so they can be pinned. Bytes are hashed and counted while they
stream into a temporary file beside the cache, which is renamed to `<sha256>.<format>` only
once verified: no error leaves a partial file behind. A pinned archive already in the cache
is used without a download.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import shutil
import tarfile
import tempfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from importlib import resources as package_files
from pathlib import Path
from typing import Any, BinaryIO

from newsbench.corpus.folder import check_replaceable
from newsbench.errors import NewsbenchError
from newsbench.files import file_sha256
from newsbench.importers import get
from newsbench.importers.base import ImportSummary, write_corpus
from newsbench.importers.files import MAX_DATA_BYTES
from newsbench.version import __version__

CHUNK = 1 << 16
TIMEOUT = 60.0
FORMATS = ("tar.gz", "tar.xz", "tar.bz2", "tar", "zip")
_HEX = "0123456789abcdef"
# What an archive may unpack to. The largest corpus we import unpacks to about 150 MB and its
# files are at most 2.2 MB; news HTML and JSON compress 5 to 15 times. An archive over these
# limits (a "zip bomb": 1 MB unpacking to 1 GiB) is refused before anything is written.
MAX_UNPACKED_BYTES = 4 * 2**30  # in all
MAX_RATIO = 100  # unpacked bytes per archive byte, for archives past MIN_ALLOWANCE
MIN_ALLOWANCE = 64 * 2**20  # what any archive may unpack to, however small
MAX_MEMBER_BYTES = MAX_DATA_BYTES  # one file
MAX_MEMBERS = 200_000


class DownloadError(NewsbenchError):
    """A download failed (HTTP error, truncated transfer, size or checksum mismatch) or was refused."""


class UnpinnedDownload(DownloadError):
    """The archive has no pinned sha256 and the caller did not pass trust_unpinned."""

    def __init__(self, reason: str, *, file: str, sha256: str, size: int) -> None:
        self.sha256, self.size = sha256, size
        super().__init__(reason, file=file)


class TermsNotAccepted(DownloadError):
    """The corpus's terms restrict redistribution and the caller did not accept them."""


@dataclass(frozen=True, slots=True)
class Resource:
    """One downloadable archive: where it is, which version, its format and (once pinned) sha256 and size."""

    name: str
    url: str
    version: str
    format: str
    sha256: str | None
    size: int | None
    pinned: bool

    @classmethod
    def from_dict(cls, name: str, data: dict[str, Any], file: str) -> Resource:
        """Build from a downloads.json entry; DownloadError naming the file and field when malformed."""
        known = {"url", "version", "format", "sha256", "size", "pinned", "note"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise DownloadError(f"unknown key(s) {', '.join(unknown)}", file=file, field=name)
        try:
            resource = cls(name, str(data["url"]), str(data["version"]), str(data["format"]), data["sha256"],
                           data["size"], bool(data["pinned"]))
        except KeyError as exc:
            raise DownloadError("key missing", file=file, field=f"{name}.{exc.args[0]}") from exc
        if resource.format not in FORMATS:
            raise DownloadError(f"format must be one of {', '.join(FORMATS)}", file=file, field=f"{name}.format")
        if resource.pinned != (resource.sha256 is not None and resource.size is not None):
            raise DownloadError("a pinned entry has sha256 and size, an unpinned one has neither",
                                file=file, field=f"{name}.pinned")
        if resource.pinned and not (isinstance(resource.size, int) and isinstance(resource.sha256, str)
                                    and len(resource.sha256) == 64 and set(resource.sha256) <= set(_HEX)):
            raise DownloadError("sha256 must be 64 lowercase hex digits and size an integer", file=file,
                                field=f"{name}.sha256")
        return resource


def resources(path: Path | None = None) -> dict[str, Resource]:
    """Every download entry of `path`, or of the packaged resources/downloads.json."""
    if path is None:
        file, text = "resources/downloads.json", package_files.files("newsbench").joinpath(
            "resources/downloads.json").read_text("utf-8")
    else:
        file, text = str(path), Path(path).read_text(encoding="utf-8")
    try:
        corpora = json.loads(text)["corpora"]
    except (ValueError, KeyError, TypeError) as exc:
        raise DownloadError(f"unreadable downloads file: {exc}", file=file, field="corpora") from exc
    return {name: Resource.from_dict(name, entry, file) for name, entry in corpora.items()}


def default_cache() -> Path:
    """The download cache when none is given: $XDG_CACHE_HOME/newsbench/downloads."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsbench" / "downloads"


def fetch(resource: Resource, cache: Path, *, trust_unpinned: bool = False, timeout: float = TIMEOUT) -> Path:
    """The verified archive of `resource` in the content-addressed `cache`, downloaded if not already there."""
    cache = Path(cache)
    cache.mkdir(parents=True, exist_ok=True)
    if resource.sha256 is not None:
        cached = cache / f"{resource.sha256}.{resource.format}"
        if cached.is_file() and file_sha256(cached) == resource.sha256:
            return cached
        cached.unlink(missing_ok=True)  # a damaged cache entry is downloaded again
    fd, tmp = tempfile.mkstemp(prefix=".download-", suffix=".part", dir=cache)
    try:
        with os.fdopen(fd, "wb") as out:
            digest, size = _stream(resource, out, timeout)
        _verify(resource, digest, size, trust_unpinned)
        final = cache / f"{digest}.{resource.format}"
        os.replace(tmp, final)
        return final
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _stream(resource: Resource, out: BinaryIO, timeout: float) -> tuple[str, int]:
    """Copy the URL's body into `out`; its sha256 and size. DownloadError on any failure or short body."""
    request = urllib.request.Request(resource.url, headers={"User-Agent": f"newsbench/{__version__}"})
    digest, size, expected = hashlib.sha256(), 0, None
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            expected = int(length) if length is not None and length.isdigit() else None
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if resource.size is not None and size > resource.size:
                    raise DownloadError(f"more than the pinned {resource.size} bytes", file=resource.url)
                digest.update(chunk)
                out.write(chunk)
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"HTTP {exc.code} {exc.reason}", file=resource.url) from exc
    except http.client.IncompleteRead as exc:
        raise DownloadError(f"truncated transfer: {size + len(exc.partial)} of {expected} bytes received",
                            file=resource.url) from exc
    except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
        raise DownloadError(f"transfer failed: {exc}", file=resource.url) from exc
    if expected is not None and size != expected:
        raise DownloadError(f"truncated transfer: {size} of {expected} bytes received", file=resource.url)
    return digest.hexdigest(), size


def _verify(resource: Resource, digest: str, size: int, trust_unpinned: bool) -> None:
    if resource.size is not None and size != resource.size:
        raise DownloadError(f"received {size} bytes, the pinned size is {resource.size}", file=resource.url)
    if resource.sha256 is not None:
        if digest != resource.sha256:
            raise DownloadError(f"sha256 mismatch: received {digest}, pinned {resource.sha256}", file=resource.url)
    elif not trust_unpinned:
        raise UnpinnedDownload(
            f"unpinned download refused: its sha256 is {digest} ({size} bytes); pin them in downloads.json "
            "(sha256, size, \"pinned\": true) or pass --trust-unpinned", file=resource.url, sha256=digest, size=size)


def unpack(archive: Path, dest: Path, fmt: str) -> Path:
    """Unpack `archive` into `dest`; the folder to import (the archive's single top folder, else `dest`).

    Members that would land outside `dest` (absolute paths, "..", links leaving it) are refused,
    and so is an archive that would unpack to more than `allowance(archive)` bytes, more than
    MAX_MEMBERS members or a member over MAX_MEMBER_BYTES: checked on the sizes the archive
    declares before anything is written, and for zip again while each member is copied (a
    member longer than its header says is refused).
    """
    dest = Path(dest).resolve()
    budget = _Budget(archive, allowance(archive))
    try:
        if fmt == "zip":
            with zipfile.ZipFile(archive) as z:
                members = z.infolist()
                for info in members:
                    _inside(dest, info.filename, archive)
                    budget.add(info.filename, 0 if info.is_dir() else info.file_size)
                for info in members:
                    _extract_zip_member(z, info, dest, archive)
        else:
            with tarfile.open(archive) as tar:
                for member in tar.getmembers():
                    _inside(dest, member.name, archive)
                    budget.add(member.name, member.size if member.isfile() else 0)
                tar.extractall(dest, filter="data")  # the "data" filter also refuses links leaving dest
    except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError) as exc:  # FilterError is a TarError
        raise DownloadError(f"unreadable {fmt} archive: {exc}", file=str(archive)) from exc
    entries = list(dest.iterdir())
    return entries[0] if len(entries) == 1 and entries[0].is_dir() else dest


def allowance(archive: Path) -> int:
    """The bytes `archive` may unpack to: MAX_RATIO times its size, at least MIN_ALLOWANCE, at most MAX_UNPACKED_BYTES."""
    return min(MAX_UNPACKED_BYTES, max(MIN_ALLOWANCE, MAX_RATIO * os.path.getsize(archive)))


class _Budget:
    """The members and bytes an archive unpacks to so far; DownloadError past a limit."""

    def __init__(self, archive: Path, allowed: int) -> None:
        self.archive, self.allowed, self.members, self.bytes = archive, allowed, 0, 0

    def add(self, name: str, size: int) -> None:
        self.members += 1
        self.bytes += size
        if size > MAX_MEMBER_BYTES:
            self.refuse(f"member {name!r} unpacks to {size} bytes, over the {MAX_MEMBER_BYTES // 2**20} MiB limit "
                        "for one file")
        if self.bytes > self.allowed:
            self.refuse(f"the archive unpacks to more than {self.allowed} bytes ({self.allowed // 2**20} MiB, "
                        f"{MAX_RATIO} times its size at most)")
        if self.members > MAX_MEMBERS:
            self.refuse(f"the archive holds more than {MAX_MEMBERS} members")

    def refuse(self, reason: str) -> None:
        raise DownloadError(f"{reason}: refused, nothing unpacked", file=str(self.archive))


def _extract_zip_member(z: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path, archive: Path) -> None:
    """Write one zip member under `dest`, copying at most the size its header declares."""
    target = dest / info.filename
    if info.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    left = info.file_size
    with z.open(info) as source, open(target, "wb") as out:
        while chunk := source.read(min(CHUNK, left + 1)):
            left -= len(chunk)
            if left < 0:
                raise DownloadError(f"member {info.filename!r} is longer than the {info.file_size} bytes its header "
                                    "declares", file=str(archive))
            out.write(chunk)


def _inside(dest: Path, name: str, archive: Path) -> None:
    if Path(name).is_absolute() or not (dest / name).resolve().is_relative_to(dest):
        raise DownloadError(f"archive member {name!r} would be written outside the target folder", file=str(archive))


def download(name: str, output: Path, cache: Path | None = None, *, accept_terms: bool = False,
             trust_unpinned: bool = False, downloads: Path | None = None) -> ImportSummary:
    """Download corpus `name` (or take it from the cache), verify it and import it into `output`.

    Raises TermsNotAccepted for a corpus whose terms restrict redistribution unless
    `accept_terms`; UnpinnedDownload for an unpinned archive unless `trust_unpinned`;
    DownloadError for a failed or corrupt transfer. On any error `output` is left as it was
    and the cache holds no partial file.
    """
    importer = get(name)
    if importer.restricts_redistribution and not accept_terms:
        raise TermsNotAccepted(f"the terms of {name} restrict redistribution; accept them (--yes) to download:\n"
                               f"{importer.terms}")
    table = resources(downloads)
    if name not in table:
        raise DownloadError(f"no download is registered for corpus {name!r}",
                            file=str(downloads or "resources/downloads.json"))
    resource = table[name]
    cache = Path(cache) if cache is not None else default_cache()
    check_replaceable(output, [cache])  # before the download, not after it
    archive = fetch(resource, cache, trust_unpinned=trust_unpinned)
    work = Path(tempfile.mkdtemp(prefix=".unpack-", dir=cache))
    try:
        root = unpack(archive, work, resource.format)
        return write_corpus(name, importer.read(root), output, version=resource.version, url=resource.url,
                            read_from=cache)
    finally:
        shutil.rmtree(work, ignore_errors=True)
