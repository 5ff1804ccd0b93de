"""The dataset's releases: semantic version per fingerprint (resources/dataset_versions.json), and how to cite it.

The version is the dataset's, not the package's: MAJOR when the rows' schema changes, MINOR
when pages are added or removed, PATCH when gold is corrected on existing pages. Each release
names the fingerprint of its rows (`corpus.folder.fingerprint`), so a build knows which
release it reproduces; a build of changed data is "unreleased" until a line is added to the
versions file. The citation (BibTeX, and the facts CITATION.cff repeats) is generated here
once and copied into README, the card and DATASHEET; a test checks the copies.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

NAME = "newsbench"
TITLE = "newsbench: a dataset and benchmark for news article extraction"
AUTHORS = "newsbench developers"
DATA_LICENSE = "CC-BY-4.0"
CODE_LICENSE = "MIT"
UNRELEASED = "unreleased"
CONTACT = "the issue tracker of the newsbench repository"


@dataclass(frozen=True, slots=True)
class Release:
    """One released version of the dataset: its semantic version, date, fingerprint, rows and what changed."""

    version: str
    date: str
    fingerprint: str
    rows: int
    changes: str


@cache
def _document() -> dict[str, object]:
    return dict(json.loads(resources.files("newsbench").joinpath("resources/dataset_versions.json").read_text("utf-8")))


def rule() -> str:
    """The versioning rule, as the versions file states it."""
    return str(_document()["rule"])


def releases() -> tuple[Release, ...]:
    """Every release, oldest first."""
    return tuple(Release(**entry) for entry in _document()["versions"])  # type: ignore[attr-defined]


def latest() -> Release:
    """The newest release."""
    return releases()[-1]


def version_of(fingerprint: str) -> str:
    """The version whose rows have this fingerprint, or "unreleased"."""
    return next((r.version for r in releases() if r.fingerprint == fingerprint), UNRELEASED)


def bibtex(release: Release | None = None) -> str:
    """The BibTeX entry of a release (default: the latest)."""
    r = release or latest()
    return "\n".join([
        f"@misc{{newsbench_{r.version.replace('.', '_')},",
        f"  title        = {{{{{TITLE}}}}},",
        f"  author       = {{{{{AUTHORS}}}}},",
        f"  year         = {{{r.date[:4]}}},",
        f"  version      = {{{r.version}}},",
        f"  note         = {{Dataset version {r.version}, fingerprint (sha256) {r.fingerprint}. "
        f"Data {DATA_LICENSE}, code {CODE_LICENSE}}},",
        "}",
    ])


def language_balance(languages: Mapping[str, int]) -> str:
    """How the pages spread over languages (primary subtags), e.g. "256 pages, 31% English; 4 to 18 pages per other language"."""
    by_language: Counter[str] = Counter()
    for tag, pages in languages.items():
        by_language[tag.split("-")[0]] += pages
    total = sum(by_language.values())
    others = [n for lang, n in by_language.items() if lang != "en"]
    share = f"{by_language['en'] / total:.0%} English" if total else "no pages"
    spread = f"; {min(others)} to {max(others)} pages per other language" if others else ""
    return f"{total} pages, {share}{spread}"
