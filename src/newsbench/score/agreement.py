"""What can be measured without gold: how far extractors agree with each other, page by page.

For a corpus without gold (a WARC capture), every pair of extractors (a, b), a before b by name:
- `body.tokens_f1`: token F1 between the two bodies (`metrics.prf.multiset_counts` over
  `metrics.tokenize.tokens`; symmetric; both empty -> 1), on pages where both succeeded;
- `published.same_day`: 1 when the two published dates fall on the same day (`metrics.dates.same_day`,
  b read on a's clock), else 0, on pages where both succeeded and both gave a date a parser reads.
Rows: corpus, page_id, measure, a, b, value (agreement.parquet). The predictions are grouped by
page: in memory when they are few, otherwise spilled to hash partitions of the page sha256 on
disk and grouped one partition at a time, so memory holds one partition.
"""

from __future__ import annotations

import tempfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from itertools import combinations
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsbench.metrics import dates, tokenize
from newsbench.metrics.prf import multiset_counts

AGREEMENT_SCHEMA = pa.schema([("corpus", pa.string()), ("page_id", pa.string()), ("measure", pa.string()),
                              ("a", pa.string()), ("b", pa.string()), ("value", pa.float64())])
COLUMNS = ["extractor", "page_sha256", "body", "published", "error"]
IN_MEMORY_ROWS = 50_000  # predictions grouped in memory; beyond, partitions of about this many rows on disk


def _date(text: str | None) -> Any:
    if not text:
        return None
    try:
        return dates.parse_iso(text)
    except (ValueError, OverflowError):
        return None


def page_agreement(predictions: Mapping[str, Mapping[str, Any]]) -> Iterator[tuple[str, str, str, float]]:
    """(measure, a, b, value) for every pair of the extractors' predictions of one page."""
    ok = {name: p for name, p in predictions.items() if p["error"] is None}
    tokens = {name: tokenize.tokens(p["body"]) for name, p in ok.items() if p["body"] is not None}
    stamps = {name: _date(p["published"]) for name, p in ok.items()}
    for a, b in combinations(sorted(ok), 2):
        if a in tokens and b in tokens:
            yield "body.tokens_f1", a, b, float(multiset_counts(tokens[a], tokens[b]).prf.f1)
        if stamps[a] is not None and stamps[b] is not None:
            yield "published.same_day", a, b, float(dates.same_day(stamps[a], stamps[b]))


def _grouped(rows: Iterable[dict[str, Any]], count: int) -> Iterator[tuple[str, dict[str, dict[str, Any]]]]:
    """(page sha256, {extractor: prediction}) for every page, from rows in any order."""
    parts = max(1, -(-count // IN_MEMORY_ROWS))
    if parts == 1:
        pages: dict[str, dict[str, dict[str, Any]]] = {}
        for row in rows:
            pages.setdefault(row["page_sha256"], {})[row["extractor"]] = row
        yield from pages.items()
        return
    schema = pa.schema([(c, pa.string()) for c in COLUMNS])
    with tempfile.TemporaryDirectory(prefix="newsbench-agreement-") as spill:
        writers = [pq.ParquetWriter(Path(spill) / f"{i:04d}.parquet", schema) for i in range(parts)]
        buffers: list[list[dict[str, Any]]] = [[] for _ in range(parts)]
        for row in rows:
            part = zlib.crc32(row["page_sha256"].encode()) % parts
            buffers[part].append(row)
            if len(buffers[part]) >= 1024:
                writers[part].write_table(pa.Table.from_pylist(buffers[part], schema=schema))
                buffers[part] = []
        for writer, buffer in zip(writers, buffers, strict=True):
            if buffer:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
            writer.close()
        for i in range(parts):
            yield from _grouped(pq.read_table(Path(spill) / f"{i:04d}.parquet").to_pylist(), 1)


def agreement_rows(corpus: str, predictions: Iterable[dict[str, Any]], count: int,
                   page_ids: Mapping[str, list[str]]) -> Iterator[pa.Table]:
    """The agreement rows of a corpus, from its stored predictions (`COLUMNS`; `count` of them), a table per page group.

    `page_ids` maps a page sha256 to the corpus's page ids with those bytes.
    """
    columns: dict[str, list[Any]] = {name: [] for name in AGREEMENT_SCHEMA.names}
    for sha, by_extractor in _grouped(predictions, count):
        for measure, a, b, value in page_agreement(by_extractor):
            for page_id in page_ids[sha]:
                for name, item in (("corpus", corpus), ("page_id", page_id), ("measure", measure), ("a", a),
                                   ("b", b), ("value", value)):
                    columns[name].append(item)
        if len(columns["value"]) >= 65536:
            yield pa.table(columns, schema=AGREEMENT_SCHEMA)
            columns = {name: [] for name in AGREEMENT_SCHEMA.names}
    if columns["value"]:
        yield pa.table(columns, schema=AGREEMENT_SCHEMA)
