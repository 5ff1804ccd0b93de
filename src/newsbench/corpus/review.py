"""Reviews of the gold by people: one JSON file per review under gold/reviews/, checked, written and counted.

A review (`resources/review.schema.json`) records who reviewed which gold file, when, the sha256
of the gold file's bytes they saw, and per field a verdict (correct, corrected with the
correction, or not reviewed) and a note. Files are never overwritten: each review is a new file
`gold/reviews/<page>/<UTC time>-<reviewer>.json`. `summary` counts them for `newsbench
agreement` and the datasheet; a review of a gold file that has changed since is counted apart
("made on an older version"), not as a review of the current gold.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from newsbench.errors import GoldError

FIELDS = ("headline", "published", "modified", "authors", "body", "entities", "phenomena")
VERDICTS = ("correct", "corrected", "not reviewed")
FOLDER = Path("gold") / "reviews"


@cache
def json_schema() -> dict[str, Any]:
    """The review JSON Schema shipped in resources/."""
    return dict(json.loads(resources.files("newsbench").joinpath("resources/review.schema.json").read_text("utf-8")))


def problems(data: Any) -> list[str]:
    """Every violation of the review schema by `data`, as "json.path: reason"."""
    from jsonschema import Draft202012Validator, FormatChecker

    validator = Draft202012Validator(json_schema(), format_checker=FormatChecker())
    return [f"${''.join(f'.{p}' for p in e.absolute_path)}: {e.message[:200]}"
            for e in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path)))]


def gold_sha256(root: Path, page: str) -> str:
    """The sha256 of gold/<page>.json's bytes."""
    return hashlib.sha256((Path(root) / "gold" / f"{page}.json").read_bytes()).hexdigest()


def now() -> str:
    """The current UTC time, to the second, ISO 8601."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def make(root: Path, page: str, reviewer: str, fields: dict[str, dict[str, Any]], note: str = "") -> dict[str, Any]:
    """A review document of the current gold of `page`; GoldError naming the field when it breaks the schema."""
    path = Path(root) / "gold" / f"{page}.json"
    if not path.is_file():
        raise GoldError("no such gold file", file=str(path))
    document = {"schema_version": 1, "page": page, "gold_file": f"gold/{page}.json",
                "gold_sha256": gold_sha256(root, page), "reviewer": reviewer.strip(), "time": now(),
                "fields": fields, "note": note}
    found = problems(document)
    if found:
        raise GoldError(f"not a valid review: {found[0]}", file=str(path), field=found[0].split(":")[0])
    return document


def write(root: Path, document: dict[str, Any]) -> Path:
    """Save a review as a new file under gold/reviews/<page>/ (never replacing one); the path written."""
    folder = Path(root) / FOLDER / document["page"]
    folder.mkdir(parents=True, exist_ok=True)
    stamp = document["time"].replace(":", "").replace("-", "").replace("+0000", "Z")
    who = re.sub(r"[^A-Za-z0-9]+", "-", document["reviewer"]).strip("-").lower()[:40] or "reviewer"
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    for n in range(1000):
        path = folder / f"{stamp}-{who}{'' if n == 0 else f'-{n}'}.json"
        try:
            with open(path, "x", encoding="utf-8") as handle:  # "x": fails rather than overwrite
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            return path
        except FileExistsError:
            continue
    raise GoldError("too many reviews with the same time and reviewer", file=str(folder))


def read_all(root: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Every review under gold/reviews/, checked against the schema; GoldError naming the file otherwise."""
    out = []
    for path in sorted((Path(root) / FOLDER).glob("*/*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GoldError(f"unreadable review: {exc}", file=str(path)) from exc
        found = problems(data)
        if found:
            raise GoldError(f"not a valid review: {found[0]}", file=str(path))
        if path.parent.name != data["page"]:
            raise GoldError(f"review of page {data['page']!r} filed under {path.parent.name!r}", file=str(path),
                            field="page")
        out.append((path, data))
    return out


@dataclass
class Summary:
    """Counts of the reviews of a corpus: current ones (of the gold as it is) and those of older gold versions."""

    pages: int = 0
    reviews: int = 0
    reviewers: int = 0
    verdicts: dict[str, Counter[str]] = field(default_factory=dict)  # field -> verdict -> count (current reviews)
    outdated: list[tuple[str, str]] = field(default_factory=list)  # (review file, page) of changed gold files
    missing: list[tuple[str, str]] = field(default_factory=list)  # (review file, page) whose gold file is gone


def summary(root: Path) -> Summary:
    """Count the reviews under ROOT/gold/reviews/ against the current gold files."""
    out = Summary(verdicts={f: Counter() for f in FIELDS})
    pages, people = set(), set()
    for path, data in read_all(root):
        name = str(path.relative_to(root))
        gold = Path(root) / data["gold_file"]
        if not gold.is_file():
            out.missing.append((name, data["page"]))
            continue
        if hashlib.sha256(gold.read_bytes()).hexdigest() != data["gold_sha256"]:
            out.outdated.append((name, data["page"]))
            continue
        out.reviews += 1
        pages.add(data["page"])
        people.add(data["reviewer"])
        for f in FIELDS:
            out.verdicts[f][data["fields"][f]["verdict"]] += 1
    out.pages, out.reviewers = len(pages), len(people)
    return out


def summary_markdown(root: Path) -> str:
    """The review counts as Markdown (for `newsbench agreement` and the datasheet)."""
    s = summary(root)
    lines = [f"{s.pages} pages reviewed by people ({s.reviews} reviews of the current gold files, {s.reviewers} "
             "reviewers; `newsbench review`)." if s.reviews else
             "No page has been reviewed by a person yet (`newsbench review` records reviews in `gold/reviews/`)."]
    if s.reviews:
        lines += ["", "| field | correct | corrected | not reviewed |", "|---|---:|---:|---:|"]
        lines += [f"| {f} | {s.verdicts[f]['correct']} | {s.verdicts[f]['corrected']} | "
                  f"{s.verdicts[f]['not reviewed']} |" for f in FIELDS]
    if s.outdated:
        lines += ["", f"{len(s.outdated)} reviews were made on an older version of their gold file (its sha256 "
                  "changed since) and are not counted above: "
                  + ", ".join(f"{page} ({name})" for name, page in s.outdated) + "."]
    if s.missing:
        lines += ["", f"{len(s.missing)} reviews name a gold file that no longer exists: "
                  + ", ".join(f"{page} ({name})" for name, page in s.missing) + "."]
    return "\n".join(lines) + "\n"
