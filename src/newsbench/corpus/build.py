"""Building the dataset: validated raw_html/ + gold/ -> Parquet under dataset/data/ and the card, atomically."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbench.corpus import release
from newsbench.corpus.card import render_card
from newsbench.corpus.columns import row
from newsbench.corpus.croissant import CROISSANT, croissant_json
from newsbench.corpus.folder import CARD, DataFacts, FolderSummary, check_replaceable, fingerprint, write_folder
from newsbench.corpus.schema import Gold
from newsbench.corpus.sources import find_sources, read_gold, read_page
from newsbench.corpus.splits import assign
from newsbench.corpus.validate import validate
from newsbench.errors import GoldError
from newsbench.text.decode import decode

SPLITS = ("dev", "test")
MAX_PROBLEMS_SHOWN = 20


@dataclass(frozen=True, slots=True)
class SourcePage:
    """A validated page: its gold record and raw bytes."""

    gold: Gold
    raw: bytes


def load_sources(root: Path) -> list[SourcePage]:
    """Every page of the corpus at `root`, sorted by id; GoldError listing all problems if any."""
    problems = [str(p) for p in validate([root])]
    if problems:
        shown = "\n  ".join(problems[:MAX_PROBLEMS_SHOWN])
        more = f"\n  ... and {len(problems) - MAX_PROBLEMS_SHOWN} more" if len(problems) > MAX_PROBLEMS_SHOWN else ""
        raise GoldError(f"{len(problems)} validation problem(s); nothing was built:\n  {shown}{more}", file=str(root))
    sources, _ = find_sources([root])
    if not sources:
        raise GoldError("no gold files found", file=str(root / "gold"))
    pages = []
    for src in sorted(sources, key=lambda s: s.id):
        pages.append(SourcePage(Gold.from_dict(json.loads(read_gold(src.gold_path, src.root))),
                                read_page(src.page_path, src.root)))
    return pages


def rows_by_split(pages: list[SourcePage]) -> dict[str, list[dict[str, Any]]]:
    """The dataset rows of the pages, per split (computed by `splits.assign`), each split in id order."""
    assignment = assign([p.gold for p in pages])
    return {split: [row(p.gold, p.raw, decode(p.raw, p.gold.encoding)) for p in pages if assignment[p.gold.id] == split]
            for split in SPLITS}


def build(root: Path, out: Path) -> FolderSummary:
    """Validate the corpus at `root` and write the dataset folder `out`, replacing it atomically (`folder.write_folder`).

    Beside the data: the card (README.md), croissant.json, and in MANIFEST.json the release
    `version` whose fingerprint the rows have ("unreleased" when none has). On any error the
    previous `out` is left as it was. An `out` that is not a dataset folder newsbench wrote, or
    that is (or contains) the corpus root, is refused before anything is read
    (`folder.check_replaceable`, OutputRefused).
    """
    check_replaceable(out, [root])
    pages = load_sources(root)
    splits = rows_by_split(pages)
    golds = [p.gold for p in pages]
    languages = Counter(g.language for g in golds)
    version = release.version_of(fingerprint((s, row) for s, rows in splits.items() for row in rows))

    def documents(facts: DataFacts) -> dict[str, str]:
        return {CARD: render_card(golds, facts), CROISSANT: croissant_json(facts, languages)}

    return write_folder(out, splits, documents, {"version": version}, sources=[root])
