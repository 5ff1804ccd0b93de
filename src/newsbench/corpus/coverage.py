"""Coverage tables of a corpus (languages, sites, phenomena, encodings, field coverage), from the data."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from newsbench.corpus.schema import Gold, phenomena
from newsbench.corpus.sources import find_sources, read_gold, read_page
from newsbench.text.decode import decode


def _golds(root: Path) -> list[tuple[Gold, bytes]]:
    sources, _ = find_sources([root])
    return [(Gold.from_dict(json.loads(read_gold(s.gold_path, s.root))), read_page(s.page_path, s.root)) for s in sources]


def _table(title: str, header: tuple[str, str], counts: list[tuple[str, int]]) -> str:
    lines = [f"### {title}", "", f"| {header[0]} | {header[1]} |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in counts]
    return "\n".join(lines)


def coverage_markdown(root: Path) -> str:
    """Markdown tables of what the corpus at `root` covers, generated from its gold and pages."""
    items = _golds(root)
    golds = [g for g, _ in items]
    n = len(golds)
    langs = Counter(g.language for g in golds)
    sites = Counter(g.site for g in golds)
    tags = Counter(t for g in golds for t in g.phenomena)
    encodings = Counter(decode(raw, g.encoding).encoding for g, raw in items)
    sizes = sorted(len(raw) for _, raw in items)
    fields = [
        ("published", sum(g.published is not None for g in golds)),
        ("modified", sum(g.modified is not None for g in golds)),
        ("authors", sum(bool(g.authors) for g in golds)),
        ("summary", sum(bool(g.summary) for g in golds)),
        ("entities", sum(bool(g.entities) for g in golds)),
        ("optional blocks", sum(any(b.optional for b in g.body) for g in golds)),
    ]
    vocab = phenomena()
    summary = (
        f"{n} pages, {len(langs)} languages, {len(sites)} site templates, "
        f"{len(tags)} of {len(vocab)} phenomenon tags used; median page size "
        f"{sizes[len(sizes) // 2] / 1024:.1f} KB" if n else "no pages"
    )
    parts = [
        summary,
        _table("Languages", ("language", "pages"), sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))),
        _table("Site templates", ("site", "pages"), sorted(sites.items())),
        _table("Encodings", ("encoding", "pages"), sorted(encodings.items(), key=lambda kv: (-kv[1], kv[0]))),
        _table("Phenomena", ("tag", "pages"), [(t, tags.get(t, 0)) for t in vocab]),
        _table("Field coverage", ("field", "pages with a value"), fields),
    ]
    return "\n\n".join(parts) + "\n"
