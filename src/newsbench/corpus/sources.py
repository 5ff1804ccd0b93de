"""Locating a corpus's source files: gold/<id>.json beside raw_html/<id>.html."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsbench.errors import NewsbenchError

# Real news pages are 30-400 KB; anything past this is an accident (a dump, a binary).
MAX_PAGE_BYTES = 8 * 1024 * 1024


class PageTooLarge(NewsbenchError):
    """A page file is larger than MAX_PAGE_BYTES."""


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


def read_page(path: Path) -> bytes:
    """The page's raw bytes; PageTooLarge past MAX_PAGE_BYTES (checked before reading)."""
    size = os.stat(path).st_size
    if size > MAX_PAGE_BYTES:
        raise PageTooLarge(f"page is {size / 2**20:.1f} MiB, over the {MAX_PAGE_BYTES // 2**20} MiB limit")
    return path.read_bytes()
