"""Recompute the mechanical tags (GUIDELINES section 10) of every second annotation from the page as it is now.

The second annotators typed the other tags; the mechanical ones are functions of page and gold,
so when a template changes after a second annotation was made, they are recomputed here (as
`emit_second` computes them) and nothing else in the file changes.
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import REPO, mechanical_tags  # noqa: E402

from newsbench.text.decode import decode  # noqa: E402

changed = 0
for path in sorted((REPO / "gold" / "second").glob("*.json")):
    gold = json.loads(path.read_text(encoding="utf-8"))
    raw = (REPO / "raw_html" / f"{path.stem}.html").read_bytes()
    tags = mechanical_tags(gold, decode(raw, gold.get("encoding")).text, raw)
    if tags != gold["phenomena"]:
        gold["phenomena"] = tags
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        changed += 1
        print(path.stem)
print(f"{changed} second annotations had stale mechanical tags", file=sys.stderr)
