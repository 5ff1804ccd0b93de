"""Why predictions failed: each stored error reduced to one reason line, and failed pages grouped by reason.

A reason is the error kind's exception name (the text before the first colon of the stored
error) followed by the message's first informative line: lines that are only decoration
(`*****`, `-----`) are skipped, whitespace is collapsed and the line is cut at REASON_LENGTH.
NLTK's multi-line "Resource 'punkt_tab' not found" message so becomes one line that is the
same on every page it happened on, and a report can say "18 pages: LookupError: Resource
'punkt_tab' not found." instead of listing 18 errors.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from newsbench.score.results import Failure

REASON_LENGTH = 120
EXAMPLES = 3
_DECORATION = re.compile(r"^[\s*=\-_#~.]*$")
_SPACE = re.compile(r"\s+")


def reason(error: str) -> str:
    """The one-line reason of a stored error text.

    >>> reason("LookupError: \\n*****\\n  Resource 'punkt_tab' not found.\\n  Please use the NLTK Downloader")
    "LookupError: Resource 'punkt_tab' not found."
    >>> reason("timed out after 60 s")
    'timed out after 60 s'
    >>> reason("HTMLExtractionError: ")
    'HTMLExtractionError'
    """
    head, colon, rest = error.partition(":")
    if not colon or " " in head.strip():  # not "ExceptionName: message": the first line is the reason
        head, rest = "", error
    lines = [_SPACE.sub(" ", line).strip() for line in rest.splitlines()]
    first = next((line for line in lines if line and not _DECORATION.match(line)), "")
    text = f"{head.strip()}: {first}" if head.strip() and first else head.strip() or first or "(no message)"
    return text if len(text) <= REASON_LENGTH else text[: REASON_LENGTH - 1].rstrip() + "…"


def group(failed: Iterable[tuple[str, str, str]]) -> tuple[Failure, ...]:
    """(page id, error kind, error text) of failed pages -> groups by (kind, reason), most pages first.

    Ties are broken by reason; each group keeps up to EXAMPLES page ids, sorted.

    >>> group([("p2", "exception", "ValueError: bad"), ("p1", "exception", "ValueError: bad"),
    ...        ("p3", "timeout", "timed out after 60 s")])[0]
    Failure(kind='exception', reason='ValueError: bad', pages=2, examples=('p1', 'p2'))
    """
    pages: dict[tuple[str, str], list[str]] = defaultdict(list)
    for page_id, kind, error in failed:
        pages[(kind, reason(error))].append(page_id)
    ordered = sorted(pages.items(), key=lambda item: (-len(item[1]), item[0][1], item[0][0]))
    return tuple(Failure(kind, why, len(ids), tuple(sorted(ids)[:EXAMPLES])) for (kind, why), ids in ordered)
