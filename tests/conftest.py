"""Shared fixtures: a tiny hand-written corpus (one page, one gold) built in a temporary folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsbench

REPO = Path(__file__).resolve().parents[1]


def run_newsbench(*args: str, timeout: float = 600, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """The newsbench command line in a subprocess, importing the same newsbench as the tests, from any cwd."""
    env = {**os.environ, **kwargs.pop("env", {})}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(newsbench.__file__).parents[1]), env.get("PYTHONPATH"))
                                        if p)
    return subprocess.run([sys.executable, "-m", "newsbench", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, **kwargs)

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Ferry | Test Gazette</title>
<meta property="article:published_time" content="2021-05-14T09:30:00+02:00"></head>
<body><nav>Home News</nav><h1>Ferry service to Ostrava resumes</h1>
<p>The Hollin Ferry Company said on Friday that service would resume.</p>
<p>&ldquo;We are ready,&rdquo; said Mara Quint.</p><footer>(c) 2024</footer></body></html>"""


def gold(**changes: object) -> dict[str, object]:
    """A valid gold object for PAGE, with fields replaced by `changes`."""
    data: dict[str, object] = {
        "id": "tiny-01", "url": "https://gazette.example/ferry", "language": "en", "site": "tiny",
        "headline": "Ferry service to Ostrava resumes", "published": "2021-05-14T09:30:00+02:00",
        "modified": None, "authors": [], "summary": "",
        "body": [{"kind": "paragraph", "text": "The Hollin Ferry Company said on Friday that service would resume.",
                  "optional": False},
                 {"kind": "paragraph", "text": "\u201cWe are ready,\u201d said Mara Quint.", "optional": False}],
        "entities": [{"text": "Ostrava", "type": "LOC", "block": "headline", "start": 17, "end": 24},
                     {"text": "Hollin Ferry Company", "type": "ORG", "block": 0, "start": 4, "end": 24},
                     {"text": "Mara Quint", "type": "PER", "block": 1, "start": 21, "end": 31}],
        "phenomena": ["nav-menu"], "license": "CC-BY-4.0", "notes": "",
    }
    data.update(changes)
    return data


def write_corpus(root: Path, pages: dict[str, tuple[bytes, dict[str, object] | str]]) -> Path:
    """Write raw_html/<id>.html and gold/<id>.json under `root` (gold given as object or raw text)."""
    (root / "raw_html").mkdir(parents=True, exist_ok=True)
    (root / "gold").mkdir(parents=True, exist_ok=True)
    for pid, (raw, g) in pages.items():
        (root / "raw_html" / f"{pid}.html").write_bytes(raw)
        text = g if isinstance(g, str) else json.dumps(g, ensure_ascii=False, indent=2)
        (root / "gold" / f"{pid}.json").write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    """A valid one-page corpus."""
    return write_corpus(tmp_path / "corpus", {"tiny-01": (PAGE.encode(), gold())})


TOWNS = ("Ostrava", "Brno", "Olomouc", "Zlin")


def tiny_pages(count: int = 3) -> dict[str, tuple[bytes, dict[str, object]]]:
    """`count` distinct valid pages (the ferry page with a different town in each headline)."""
    pages = {}
    for n, town in enumerate(TOWNS[:count], start=1):
        headline = f"Ferry service to {town} resumes"
        raw = PAGE.replace("Ferry service to Ostrava resumes", headline).encode()
        entities = [{"text": town, "type": "LOC", "block": "headline", "start": 17, "end": 17 + len(town)},
                    *gold()["entities"][1:]]  # type: ignore[index]
        pages[f"tiny-{n:02d}"] = (raw, gold(id=f"tiny-{n:02d}", headline=headline, entities=entities,
                                            url=f"https://gazette.example/ferry-{n}"))
    return pages


@pytest.fixture
def tiny_dataset(tmp_path: Path) -> Path:
    """A built dataset folder of three small distinct pages."""
    from newsbench.corpus.build import build

    root = write_corpus(tmp_path / "src", tiny_pages(3))
    build(root, tmp_path / "dataset")
    return tmp_path / "dataset"


TIMETABLE = ("<h2>Timetable</h2><ul><li>Boats leave Hollin at nine every morning.</li>"
             "<li>Boats return from Ostrava at six.</li></ul>")


@pytest.fixture
def structured_dataset(tmp_path: Path) -> Path:
    """A built dataset folder of one page whose body has a paragraph, a heading, a two-item list and a paragraph."""
    from newsbench.corpus.build import build

    page = PAGE.replace("<p>&ldquo;We are ready", TIMETABLE + "<p>&ldquo;We are ready")
    first, last = gold()["body"]  # type: ignore[misc]
    body = [first, {"kind": "heading", "text": "Timetable", "optional": False},
            {"kind": "list_item", "text": "Boats leave Hollin at nine every morning.", "optional": False},
            {"kind": "list_item", "text": "Boats return from Ostrava at six.", "optional": False}, last]
    entities = [{**e, "block": 4} if e["block"] == 1 else e for e in gold()["entities"]]  # type: ignore[attr-defined]
    root = write_corpus(tmp_path / "structured-src", {"tiny-01": (page.encode(), gold(body=body, entities=entities))})
    build(root, tmp_path / "structured")
    return tmp_path / "structured"
