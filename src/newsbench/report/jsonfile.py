"""The JSON report: the results document itself, which already carries the run's manifest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def write(results: dict[str, Any], out: Path) -> list[Path]:
    """Write `results.json` into `out`, as given and formatted as `newsbench.results` writes it."""
    path = out / "results.json"
    path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return [path]
