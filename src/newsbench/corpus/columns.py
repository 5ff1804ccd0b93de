"""The dataset's columns: one Arrow schema, from which the Parquet files and the card's features derive."""

from __future__ import annotations

from hashlib import sha256
from typing import Any

import pyarrow as pa

from newsbench.corpus.schema import Gold
from newsbench.text.decode import Decoded

BLOCK = pa.struct([("kind", pa.string()), ("text", pa.string()), ("optional", pa.bool_())])
ENTITY = pa.struct([
    ("text", pa.string()), ("type", pa.string()),
    ("field", pa.string()),  # "headline" or "body"
    ("block", pa.int32()),  # index into `blocks`; null when field == "headline"
    ("start", pa.int32()), ("end", pa.int32()),
])

# (name, type, description); the description goes into the dataset card.
COLUMNS: tuple[tuple[str, pa.DataType, str], ...] = (
    ("id", pa.string(), "Page id; equals the source file names raw_html/<id>.html and gold/<id>.json."),
    ("url", pa.string(), "URL the page was served from (reserved .example/.test domains for our pages)."),
    ("language", pa.string(), "BCP 47 language tag of the article."),
    ("site", pa.string(), "Site template id; dev and test never share a site."),
    ("headline", pa.string(), "Gold: the visible main headline."),
    ("published", pa.string(), "Gold: original publication time, ISO 8601 with the page's UTC offset, or a plain date; null when the page states none."),
    ("modified", pa.string(), "Gold: update time as the page states it, or null."),
    ("authors", pa.list_(pa.string()), "Gold: byline names in order."),
    ("summary", pa.string(), "Gold: the standfirst, lines separated by newlines; empty when none."),
    ("body", pa.string(), "Gold: all body blocks' text joined by blank lines (optional blocks included)."),
    ("blocks", pa.list_(BLOCK), "Gold: body blocks {kind, text, optional}; tables as tab-separated cells, newline-separated rows."),
    ("entities", pa.list_(ENTITY), "Gold: entity mentions {text, type (PER/ORG/LOC/MISC), field, block, start, end}; offsets are code points into the headline or the block text."),
    ("phenomena", pa.list_(pa.string()), "Phenomenon tags from the controlled vocabulary."),
    ("license", pa.string(), "SPDX licence id of page and gold."),
    ("notes", pa.string(), "Annotator's notes."),
    ("variant_of", pa.string(), "Id of the page this one is a minimal-pair variant of, or null."),
    ("encoding", pa.string(), "Encoding the raw bytes were decoded with (WHATWG name)."),
    ("encoding_source", pa.string(), "Where the encoding came from: bom, declared (gold), meta, utf-8-valid or detected."),
    ("html", pa.string(), "The page decoded to text."),
    ("raw_html", pa.binary(), "The page's bytes as served."),
    ("html_sha256", pa.string(), "sha256 of raw_html: the page's fingerprint."),
)

SCHEMA = pa.schema([pa.field(name, dtype) for name, dtype, _ in COLUMNS])


def row(gold: Gold, raw: bytes, page: Decoded) -> dict[str, Any]:
    """One dataset row from a gold record and its page."""
    return {
        "id": gold.id, "url": gold.url, "language": gold.language, "site": gold.site,
        "headline": gold.headline, "published": gold.published, "modified": gold.modified,
        "authors": list(gold.authors), "summary": gold.summary, "body": gold.body_text,
        "blocks": [{"kind": b.kind, "text": b.text, "optional": b.optional} for b in gold.body],
        "entities": [
            {"text": e.text, "type": e.type, "field": "headline" if e.block == "headline" else "body",
             "block": None if e.block == "headline" else e.block, "start": e.start, "end": e.end}
            for e in gold.entities
        ],
        "phenomena": list(gold.phenomena), "license": gold.license, "notes": gold.notes,
        "variant_of": gold.variant_of, "encoding": page.encoding, "encoding_source": page.source,
        "html": page.text, "raw_html": raw, "html_sha256": sha256(raw).hexdigest(),
    }
