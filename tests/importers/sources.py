"""Tiny hand-written corpora in each importer's source format (invented text only), and test helpers."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpora"


def html(title: str, *paragraphs: str, lang: str = "en", charset: str = "utf-8") -> bytes:
    """A small news page: navigation, a headline, paragraphs and a footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="{charset}"><title>{title} | Test Post</title>'
            f"</head><body><nav>Home Sport Weather</nav><h1>{title}</h1>{body}<footer>Imprint</footer></body></html>"
            ).encode()


def gz(data: bytes) -> bytes:
    """gzip with a fixed timestamp, so that fixtures are byte-identical run to run."""
    return gzip.compress(data, mtime=0)


def write(path: Path, data: bytes | str | object) -> Path:
    """Write bytes, text or JSON (anything else) to `path`, creating its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    elif isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def newsbench(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the newsbench command line in a subprocess."""
    return subprocess.run([sys.executable, "-m", "newsbench", *args], capture_output=True, text=True, timeout=600)


def make_aeb(root: Path) -> Path:
    """Two annotated pages and one page without ground truth, as in article-extraction-benchmark."""
    truth = {
        "a1": {"articleBody": "Tram line 4 reopens on Monday.\n\nThe depot was rebuilt in spring.",
               "url": "https://www.tram-post.example/line-4"},
        "b2": {"articleBody": "Harbour lights will stay on all night.", "url": "https://harbour.example/lights",
               "headline": "Harbour lights stay on"},
    }
    write(root / "ground-truth.json", truth)
    write(root / "html" / "a1.html.gz", gz(html("Tram line 4 reopens", "Tram line 4 reopens on Monday.",
                                                "The depot was rebuilt in spring.")))
    write(root / "html" / "b2.html.gz", gz(html("Harbour lights stay on", "Harbour lights will stay on all night.",
                                                lang="en-GB")))
    write(root / "html" / "c3.html.gz", gz(html("Orphan page", "No gold for this one.")))
    return root


def make_readability(root: Path) -> Path:
    """Three test-page folders; two of one site (numbered), one not readerable and without metadata values."""
    pages = root / "test" / "test-pages"
    for name, title, byline, published, lang in (
        ("gazette-1", "Bridge repairs finish early", "Ada Lind", "2023-04-05T09:00:00+02:00", "en"),
        ("gazette-2", "Ferry timetable changes", None, None, None),
        ("quiet", "Library extends hours", "By Jo Park and Li Wen", "2021-11-01T10:52:50+0100", "fr"),
    ):
        write(pages / name / "source.html", html(title, "First paragraph.", "Second paragraph."))
        write(pages / name / "expected.html",
              f'<div id="readability-page-1" class="page"><h2>{title}</h2><p>First <b>paragraph</b>.</p>'
              "<ul><li>One item</li></ul><p>Second paragraph.</p></div>")
        write(pages / name / "expected-metadata.json",
              {"title": title, "byline": byline, "dir": None, "lang": lang, "excerpt": "First paragraph.",
               "siteName": None, "publishedTime": published, "readerable": name != "quiet"})
    return root


def make_fundus(root: Path) -> Path:
    """Two countries; one publisher with two versioned pages, one with a single page and a summary."""
    data = root / "tests" / "resources" / "parser" / "test_data"
    write(data / "xx" / "Gazette_2024_03_04.html.gz", gz(html("Second version page", "Later text.")))
    write(data / "xx" / "Gazette_2024_01_02.html.gz", gz(html("First version page", "Early text.")))
    write(data / "xx" / "Gazette.json", {
        "V1_1": {"title": "Second version page", "publishing_date": "2024-03-04 08:00:00+01:00",
                 "authors": ["Ola Berg"], "body": {"summary": [], "sections": [
                     {"headline": [], "paragraphs": ["Later text."]}]}},
        "V1": {"title": "First version page", "publishing_date": "2024-01-02 07:30:00",
               "body": {"summary": ["A short dek", "over two lines"], "sections": [
                   {"headline": [], "paragraphs": ["Early text."]},
                   {"headline": ["A subheading"], "paragraphs": ["More early text.", " "]}]}},
    })
    write(data / "xx" / "meta.info", {
        "Gazette_2024_01_02.html.gz": {"url": "https://gazette.example/first", "crawl_date": "2024-01-02 10:00:00"},
        "Gazette_2024_03_04.html.gz": {"url": "https://gazette.example/second", "crawl_date": "2024-03-04 10:00:00"},
        "Gazette_2020_01_01.html.gz": {"url": "https://gazette.example/stale", "crawl_date": "2020-01-01 10:00:00"},
    })
    write(data / "zz" / "Daily_2023_05_06.html.gz", gz(html("東京で新しい図書館", "本文です。", lang="ja")))
    write(data / "zz" / "Daily.json", {"V1": {
        "title": "東京で新しい図書館", "publishing_date": "2023-05-06 12:00:00+09:00", "authors": [],
        "body": {"summary": ["新しい図書館が", "開館した"], "sections": [{"headline": [], "paragraphs": ["本文です。"]}]}}})
    write(data / "zz" / "meta.info", {"Daily_2023_05_06.html.gz": {"url": "https://daily.example/library",
                                                                   "crawl_date": "2023-05-06 13:00:00"}})
    return root


def _wcxb_truth(file_id: str, url: str | None, **truth: object) -> dict[str, object]:
    data: dict[str, object] = {"schema_version": "2.0", "file_id": file_id,
                               "_internal": {"page_type": {"primary": "article", "confidence": "verified"}},
                               "ground_truth": {"title": None, "author": None, "publish_date": None,
                                                "with": [], "without": [], **truth}}
    if url is not None:
        data["url"] = url
    return data


def make_wcxb(root: Path) -> Path:
    """Three dev pages: a full one, one with a month-only date and no URL, one with no main content."""
    write(root / "metadata.json", {"name": "WCXB", "files": {
        "0001": {"split": "dev", "page_type": "article", "domain": "market.example", "spa": False},
        "0002": {"split": "test", "page_type": "forum", "domain": "forum.example", "spa": False},
        "0003": {"split": "dev", "page_type": "product", "domain": "shop.example", "spa": False}}})
    truths = {
        "0001": _wcxb_truth("0001", "https://market.example/apples", title="Apple prices fall",
                            author="Mia Holt", publish_date="2025-09-04",
                            main_content="Apple prices fell this week.\n\nGrowers blame the weather."),
        "0002": _wcxb_truth("0002", None, title="Which bike lock?", publish_date="2024-05",
                            main_content="Which bike lock do you use?"),
        "0003": _wcxb_truth("0003", "https://shop.example/kettle", title="Kettle", main_content=""),
    }
    for file_id, truth in truths.items():
        write(root / "dev" / "ground-truth" / f"{file_id}.json", truth)
        write(root / "dev" / "html" / f"{file_id}.html.gz", gz(html(f"Page {file_id}", "Some text.")))
    return root


def make_webis(root: Path) -> Path:
    """Combined format: two human subsets, one page without HTML, one empty gold, one duplicate subset."""
    combined = root / "combined"
    lines = {
        "cleaneval": [{"page_id": "aa11", "plaintext": "Canal boats return.\nLocks reopen in May.",
                       "url": "http://canal.example/boats", "source": ["cleaneval", "101"]},
                      {"page_id": "bb22", "plaintext": "   ", "source": ["cleaneval", "102"]}],
        "dragnet": [{"page_id": "cc33", "plaintext": "Snow closes the pass.", "source": ["dragnet", "R7"]},
                    {"page_id": "dd44", "plaintext": "No page for this one.", "source": ["dragnet", "R8"]}],
        "scrapinghub": [{"page_id": "ee55", "plaintext": "Imported elsewhere."}],
    }
    for dataset, items in lines.items():
        write(combined / "ground-truth" / f"{dataset}.jsonl", "".join(json.dumps(i) + "\n" for i in items))
    write(combined / "html" / "cleaneval" / "aa11.html", html("Canal boats return", "Canal boats return."))
    write(combined / "html" / "cleaneval" / "bb22.html", html("Empty", "Nothing."))
    write(combined / "html" / "dragnet" / "cc33.html.gz", gz(html("Snow closes the pass", "Snow closes the pass.")))
    write(combined / "html" / "scrapinghub" / "ee55.html", html("Elsewhere", "Imported elsewhere."))
    return root


TRAFILATURA_EVALDATA = '''# an invented evaluation set in trafilatura's format
EVAL_PAGES = {
'https://orchard.example/pears': {
    'file': 'orchard.example.pears.html',
    'with': ['Pear harvest starts', 'ladders are checked'],
    'without': ['Imprint', 'Home Sport Weather'],
    'comments': ['Lovely pears!'],
    'title': 'Pear harvest starts',
    'author': 'Ina Obst; Jo Baum',
    'date': '2021-09-14',
    'region': 'DE',
},
'https://missing.example/': {
    'file': 'missing.example.html',
    'with': ['never read'],
    'without': ['Imprint'],
},
'https://broken.example/': {
    'file': 'broken.example.html',
    'with': ['decoded anyway'],
    'without': ['Imprint'],
    'title': '',
    'author': '',
    'date': '2022-11-1',
},
}
'''


def make_trafilatura(root: Path) -> Path:
    """tests/evaldata.py with three entries: a good page, a missing file and a page with two invalid bytes."""
    write(root / "tests" / "evaldata.py", TRAFILATURA_EVALDATA)
    write(root / "tests" / "cache" / "orchard.example.pears.html",
          html("Pear harvest starts", "Pear harvest starts today.", "All ladders are checked first.", lang="de"))
    write(root / "tests" / "cache" / "broken.example.html", b'<html><head><meta charset="utf-8"></head>\xff\xfe</html>')
    return root


def make_htmldate(root: Path) -> Path:
    """htmldate's layout: eval_default.json (pages in cache/, one gzipped, one absent) and eval_mediacloud_2020.json
    (numbered pages in test_set/, one NaN date), and a page in eval/; one file in both test_set/ and cache/."""
    write(root / "tests" / "eval_default.json", {
        "https://club.example/news/1": {"file": "club.example.html", "date": "2019-06-20"},
        "https://blog.example/": {"file": "blog.example.html", "date": "2017-08-30"},
        "https://gone.example/": {"file": "gone.example.html", "date": "2016-01-01"},
        "https://old.example/a": {"file": "old.example.html", "date": "2015-03-01"},
    })
    write(root / "tests" / "eval_mediacloud_2020.json",
          '{"https://wire.example/x": {"file": "1628285861.html", "date": NaN},'
          ' "https://wire.example/y": {"file": "1716869064.html", "date": "2020-09-21"}}')
    write(root / "tests" / "cache" / "club.example.html", html("Club news", "Posted on 20 June 2019."))
    write(root / "tests" / "cache" / "blog.example.html.gz", gz(html("Blog", "Posted in August 2017.")))
    write(root / "tests" / "eval" / "old.example.html", html("Old", "Posted on 1 March 2015."))
    write(root / "tests" / "test_set" / "1628285861.html", html("Wire", "Undated text."))
    write(root / "tests" / "test_set" / "1716869064.html", html("Wire", "Posted on 21 September 2020."))
    write(root / "tests" / "cache" / "1716869064.html", html("Stale copy", "Not the page the set means."))
    return root


def shared(name: str) -> Path:
    """The shared copy of corpus `name`; skips the test when ../shared/corpora is not there."""
    path = SHARED / name
    if not path.is_dir():
        pytest.skip(f"shared corpus {path} is absent (../shared/corpora is only on development machines)")
    return path


def dataset_rows(folder: Path) -> dict[str, dict[str, Any]]:
    """Every row of a dataset folder's Parquet files by id, without the html and raw_html columns."""
    import pyarrow.parquet as pq

    from newsbench.corpus.folder import data_files

    rows = [r for path in data_files(folder) for r in pq.read_table(path).drop_columns(["html", "raw_html"]).to_pylist()]
    return {r["id"]: r for r in rows}


def import_rows(name: str, source: Path, out: Path, withhold_urls: bool = False,
                **options: str) -> tuple[Any, dict[str, dict[str, Any]]]:
    """Import `source` with importer `name` (and its `options`) into `out`; the summary and the rows read back."""
    from newsbench.importers import get
    from newsbench.importers.base import write_corpus

    importer = get(name, **options)
    summary = write_corpus(name, importer.read(source), out, version="fixture", withhold_urls=withhold_urls,
                           importer=importer)
    return summary, dataset_rows(out)
