"""Check the explanations of LEADERBOARD.md's trafilatura table: rerun a tool as trafilatura's evaluation calls it.

    python3 benchmark/trafilatura_table_check.py CORPUS_FOLDER [TOOL ...]

CORPUS_FOLDER is trafilatura's evaluation set imported by newsbench (`newsbench import
trafilatura_eval ../shared/corpora/trafilatura --withhold-urls --output DIR`). For each TOOL
(newspaper4k, readability-lxml, resiliparse; default: all three) the page is given to the call
that trafilatura's tests/evaluate.py documents for that tool (not to newsbench's adapter), and
the output is scored with newsbench's snippet metric; the adapter's figures are those of the
trafilatura_eval supplement (LEADERBOARD.md). No page text is printed. About 5 minutes on one
core. The calls, as evaluate.py (trafilatura 2026-08) makes them:

- newspaper4k: `newspaper.fulltext(html_bytes)` (newsbench: `Article(...).parse()`, its `text`);
- readability-lxml: `Document(decoded).summary()`, the HTML itself searched (newsbench: the
  text of `summary(html_partial=True)`);
- resiliparse: `extract_plain_text(HTMLTree.parse(bytes_to_str(raw, detect_encoding(raw))),
  main_content=True)` (newsbench: the same call on newsbench's decoded page);
- justext (not a TOOL here): trafilatura's "custom" configuration is not re-created (it uses
  trafilatura's own cleaning and stoplist); newsbench runs the generic `justext.justext(html,
  stoplist)` with the page language's stoplist.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _call(tool: str):  # type: ignore[no-untyped-def]
    if tool == "newspaper4k":
        from newspaper import fulltext

        return lambda raw, html: fulltext(raw)
    if tool == "readability-lxml":
        from readability import Document

        return lambda raw, html: Document(html).summary()
    if tool == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding
        from resiliparse.parse.html import HTMLTree

        return lambda raw, html: extract_plain_text(HTMLTree.parse(bytes_to_str(raw, detect_encoding(raw))),
                                                    main_content=True)
    raise SystemExit(f"unknown tool {tool!r}")


def main() -> None:
    """Score each tool as trafilatura's evaluation calls it."""
    from newsbench.corpus.pages import read_corpus
    from newsbench.metrics.snippets import snippet_counts, snippet_scores

    corpus = read_corpus(Path(sys.argv[1]))
    for tool in sys.argv[2:] or ["newspaper4k", "readability-lxml", "resiliparse"]:
        call = _call(tool)
        totals = [0, 0, 0, 0]
        for page in corpus.pages:
            gold = corpus.gold[page.id]
            assert gold.snippets is not None
            try:
                output = call(page.raw, page.html) or ""
            except Exception:  # noqa: BLE001 - a crash is a full miss, as in trafilatura's evaluation
                output = ""
            counts = snippet_counts(*gold.snippets, output)
            assert counts is not None
            for i, value in enumerate((counts.tp, counts.fp, counts.fn, counts.tn)):
                totals[i] += value
        s = snippet_scores(*totals)
        print(f"{tool}: P {s.precision:.3f} R {s.recall:.3f} A {s.accuracy:.3f} F {s.f1:.3f} (tp, fp, fn, tn {totals})")


if __name__ == "__main__":
    main()
