"""How tiny.json was made: run and score the tiny fixture corpus with five fast extractors, keep the figures.

    PYTHONPATH=src python3 tests/score/golden/make_golden.py OUT_FOLDER > tests/score/golden/tiny.json

tiny.json was made with newsbench at commit a082298, before scoring streamed; tests/score/test_scoring.py
checks that the current code gives the same figures (timings aside) and the same score rows.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/: the fixture helpers

from conftest import tiny_pages, write_corpus  # noqa: E402

from newsbench.api import run_extractors, score_run  # noqa: E402
from newsbench.corpus.build import build  # noqa: E402
from newsbench.store.folder import RunFolder  # noqa: E402

EXTRACTORS = ["fulltext", "html-text", "metadata", "oracle", "title-tag"]
MADE_BY = "newsbench at commit a082298, before scoring streamed (tests/score/golden/make_golden.py)"


def scores_digest(folder: RunFolder, keep: Callable[[dict[str, Any]], bool] = lambda row: True) -> tuple[str, int]:
    """sha256 over the score rows (those `keep` accepts) as sorted canonical JSON lines (independent of row order),
    and their number."""
    lines = sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in folder.read_scores().to_pylist()
                   if keep(r))
    return hashlib.sha256("\n".join(lines).encode()).hexdigest(), len(lines)


def main() -> None:
    """Write the golden document to stdout."""
    out = Path(sys.argv[1])
    build(write_corpus(out / "src", tiny_pages(3)), out / "tiny")
    run_extractors(EXTRACTORS, str(out / "tiny"), output=out / "run", jobs=2)
    document = score_run(out / "run").to_dict()
    versions = {e["name"]: e["version"] for e in document.pop("manifest")["extractors"]}
    digest, rows = scores_digest(RunFolder(out / "run"))
    print(json.dumps({"made_by": MADE_BY, "versions": versions, "scores_sha256": digest,
                      "scores_rows": rows, "results": document}, sort_keys=True, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
