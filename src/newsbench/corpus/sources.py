"""Locating a corpus's source files (gold/<id>.json beside raw_html/<id>.html) and reading them safely."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsbench.errors import NewsbenchError

# Real news pages are 30-400 KB; anything past this is an accident (a dump, a binary).
MAX_PAGE_BYTES = 8 * 1024 * 1024
# Our gold files are 2-40 KB; the largest imported source JSON is 2.2 MB.
MAX_GOLD_BYTES = 8 * 1024 * 1024


class SourceRefused(NewsbenchError):
    """A source file that is not read: a link leading out of the corpus, or not a regular file."""


class PageTooLarge(SourceRefused):
    """A file is larger than the limit for its kind (MAX_PAGE_BYTES for a page)."""


@dataclass(frozen=True, slots=True)
class GoldSource:
    """One gold file and the page it describes, with labels relative to the corpus root."""

    id: str
    gold_path: Path
    page_path: Path
    root: Path

    @property
    def gold_label(self) -> str:
        """The gold file's path as shown in messages."""
        return _label(self.gold_path, self.root)

    @property
    def page_label(self) -> str:
        """The page file's path as shown in messages."""
        return _label(self.page_path, self.root)


def _label(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _from_gold_dir(gold_dir: Path) -> tuple[list[GoldSource], list[str]]:
    root = gold_dir.parent
    pages = root / "raw_html"
    sources = [GoldSource(p.stem, p, pages / f"{p.stem}.html", root) for p in sorted(gold_dir.glob("*.json"))]
    ids = {s.id for s in sources}
    orphans = [_label(p, root) for p in sorted(pages.glob("*.html")) if p.stem not in ids] if pages.is_dir() else []
    return sources, orphans


def find_sources(paths: Iterable[Path]) -> tuple[list[GoldSource], list[str]]:
    """Gold sources under `paths`, and page files that have no gold.

    A path may be a corpus root (holding gold/ and raw_html/), a gold directory (pages in
    ../raw_html), or single gold files. A path that does not exist raises FileNotFoundError.
    """
    sources: list[GoldSource] = []
    orphans: list[str] = []
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such file or directory")
        if path.is_file():
            root = path.parent.parent
            sources.append(GoldSource(path.stem, path, root / "raw_html" / f"{path.stem}.html", root))
            continue
        found, lost = _from_gold_dir(path / "gold" if (path / "gold").is_dir() else path)
        sources += found
        orphans += lost
    return sources, orphans


def read_page(path: Path, root: Path | None = None) -> bytes:
    """The page's raw bytes (`read_source` with MAX_PAGE_BYTES)."""
    return read_source(path, root, MAX_PAGE_BYTES, "page")


def read_gold(path: Path, root: Path | None = None) -> bytes:
    """A gold file's raw bytes (`read_source` with MAX_GOLD_BYTES)."""
    return read_source(path, root, MAX_GOLD_BYTES, "gold file")


def read_source(path: Path, root: Path | None, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most `limit` bytes, refusing what could leak, hang or exhaust memory.

    - With `root`: a path that resolves outside `root` (a symbolic link to a file elsewhere,
      anywhere along the path) is SourceRefused, so no file from outside the corpus enters it.
    - A FIFO, device, socket or directory is SourceRefused. The file is opened non-blocking and
      checked on its descriptor, so a FIFO never blocks and /dev/zero is never read.
    - Over `limit` bytes: PageTooLarge, from the size before reading and again from the bytes
      read (at most `limit` + 1), for files whose stated size is not their length.
    A missing file raises FileNotFoundError; other OSErrors (permissions) propagate.
    """
    path = Path(path)
    try:
        real = path.resolve()
    except RuntimeError as exc:  # a loop of symbolic links (Python 3.11)
        raise SourceRefused(f"{what} is a loop of symbolic links") from exc
    if root is not None and not real.is_relative_to(Path(root).resolve()):
        raise SourceRefused(f"{what} is a link to {real}, outside the corpus root {root}")
    fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SourceRefused(f"{what} is {_kind(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise PageTooLarge(f"{what} is {info.st_size / 2**20:.1f} MiB, over the {limit // 2**20} MiB limit")
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise PageTooLarge(f"{what} is over the {limit // 2**20} MiB limit")
    return data


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
    return next((name for test, name in kinds if test(mode)), "a special file")
