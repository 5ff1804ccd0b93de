"""The corpus keeps its coverage promises: every phenomenon tag on five pages, minimal pairs that differ in one tag."""

from __future__ import annotations

import json
from collections import Counter

from conftest import REPO

from newsbench.corpus.profile import MECHANICAL_TAGS
from newsbench.corpus.schema import phenomena


def _golds() -> dict[str, dict[str, object]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((REPO / "gold").glob("*.json"))}


def test_every_phenomenon_tag_is_on_at_least_five_pages() -> None:
    counts = Counter(tag for gold in _golds().values() for tag in gold["phenomena"])  # type: ignore[attr-defined]
    assert {tag: counts[tag] for tag in phenomena() if counts[tag] < 5} == {}


def test_a_minimal_pair_differs_from_its_original_in_exactly_one_typed_tag() -> None:
    """Mechanical tags that follow from that one change may differ too: they are facts of the page."""
    golds = _golds()
    pairs = {pid: g for pid, g in golds.items() if g.get("variant_of")}
    assert len(pairs) >= 24
    wrong = {}
    for pid, gold in pairs.items():
        original = golds[str(gold["variant_of"])]
        typed = (set(gold["phenomena"]) ^ set(original["phenomena"])) - set(MECHANICAL_TAGS)  # type: ignore[arg-type]
        if len(typed) != 1:
            wrong[pid] = sorted(typed)
    assert wrong == {}
