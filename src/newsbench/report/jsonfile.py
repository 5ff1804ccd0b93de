"""The JSON report: the results document itself, which already carries the run's manifest."""

from __future__ import annotations

import json
from pathlib import Path

from newsbench.score.results import Results


def write(results: Results, out: Path) -> list[Path]:
    """Write `results.json` into `out`, formatted as the run folder's results.json."""
    path = out / "results.json"
    path.write_text(json.dumps(results.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return [path]
