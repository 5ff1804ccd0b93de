"""Validation time against page size: `newsbench validate` must scan a page in linear time.

    python3 benchmark/perf_validate.py [--sizes 65536,249000,1048576,...] [--give-up SECONDS] [--runs N]

Each page shape below is generated at each size (bytes; the largest default is just under the
8 MiB page limit), written as a one-page corpus with a gold file, and validated with
`corpus.validate.validate` (decode, meta charset, searchable text, dates, entities: every check
`newsbench validate` runs). Printed: seconds (median of --runs runs below 1 MiB, one run above) and
seconds per MiB; linear scanning shows as a flat seconds-per-MiB column. A shape whose time
passes --give-up seconds (default 120) is not tried at larger sizes (quadratic code would take
hours at 8 MiB); the ratio of the last two sizes tried shows the growth.

Shapes (hand-written markup, nothing from third-party pages). The unit is repeated to the end of
the page, as in a page cut off by a truncated download, so that nothing after it closes what it opens:
- article: an ordinary article page (head metadata, JSON-LD, paragraphs, closed scripts);
- script-tags: many <script> elements that are never closed;
- script-strings: one inline script whose line holds a quote and then only escaped quotes;
- meta-tags: many <meta content="... charset= attributes in the head (the prescan reads 64 KiB);
- comments: many <!-- without -->;
- lone-lt: many < without >.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsbench.corpus.validate import validate

HEAD = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tram line 4 reopens | Post</title>'
        '<meta property="article:published_time" content="2024-05-02T08:15:00+02:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tram line 4 reopens"}</script>'
        "</head><body><h1>Tram line 4 reopens</h1><p>The depot was rebuilt in spring, the city said.</p>")
TAIL = "</body></html>"
UNITS = {
    "article": ('<p>Crews laid <a href="/rails">new rails</a> on 2 May 2024 &amp; tested the signals.</p>'
                '<script>window.x = {"caption": "Night work on the bridge"};</script>\n'),
    "script-tags": "<script>var slot = 1;",
    "script-strings": 'a\\"',  # after `var s = "`: a\"a\"a\"... never closed on its line
    "meta-tags": '<meta content="abc charset= ',
    "comments": "<!-- a ",
    "lone-lt": "< a ",
}


def page(shape: str, size: int) -> bytes:
    """A page of about `size` bytes: the article head, then `shape`'s unit repeated to the end."""
    unit = UNITS[shape]
    head, tail = HEAD, ""
    if shape == "article":
        tail = TAIL
    if shape == "script-strings":  # the script must close for its strings to be read; the line must not
        head, tail = HEAD + '<script>var s = "', "\n</script>" + TAIL
    if shape == "meta-tags":  # inside the head, where the meta prescan looks
        head = HEAD.replace("</head>", "")
    count = max(1, (size - len(head) - len(tail)) // len(unit))
    return (head + unit * count + tail).encode("utf-8")


def gold() -> dict[str, object]:
    """A schema-valid gold record for every shape (headline, first paragraph and date are on each page)."""
    return {"id": "bench-01", "url": "https://post.example/2024/05/02/tram", "language": "en", "site": "bench",
            "headline": "Tram line 4 reopens", "published": "2024-05-02T08:15:00+02:00", "modified": None,
            "authors": [], "summary": "",
            "body": [{"kind": "paragraph", "text": "The depot was rebuilt in spring, the city said.", "optional": False}],
            "entities": [{"text": "Tram", "type": "MISC", "block": "headline", "start": 0, "end": 4}],
            "phenomena": ["nav-menu"], "license": "CC-BY-4.0", "notes": ""}


def time_validate(raw: bytes, runs: int) -> tuple[float, list[str]]:
    """Median seconds of `runs` validations of a one-page corpus holding `raw`, and the problems found."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "raw_html").mkdir()
        (root / "gold").mkdir()
        (root / "raw_html" / "bench-01.html").write_bytes(raw)
        (root / "gold" / "bench-01.json").write_text(json.dumps(gold()), encoding="utf-8")
        times, problems = [], []
        for _ in range(runs):
            start = time.perf_counter()
            problems = [str(p) for p in validate([root])]
            times.append(time.perf_counter() - start)
    return statistics.median(times), problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="65536,249000,1048576,2097152,4194304,8380000",
                        help="page sizes in bytes, comma-separated")
    parser.add_argument("--shapes", default=",".join(UNITS), help="shapes, comma-separated")
    parser.add_argument("--give-up", type=float, default=120.0, help="seconds past which larger sizes are skipped")
    parser.add_argument("--runs", type=int, default=3, help="runs below 1 MiB, of which the median is shown")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'shape':<15} {'bytes':>9} {'seconds':>9} {'s/MiB':>8}  problems")
    for shape in args.shapes.split(","):
        for size in sizes:
            raw = page(shape, size)
            seconds, problems = time_validate(raw, args.runs if len(raw) < 2**20 else 1)
            print(f"{shape:<15} {len(raw):>9} {seconds:>9.3f} {seconds / (len(raw) / 2**20):>8.3f}  {len(problems)}",
                  flush=True)
            if seconds > args.give_up:
                print(f"{shape:<15} (larger sizes skipped: over {args.give_up:g} s)", flush=True)
                break
    sys.exit(0)


if __name__ == "__main__":
    main()
