"""Building the dataset: validated raw_html/ + gold/ -> Parquet under dataset/data/ and the card, atomically."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsbench.card import render_card
from newsbench.columns import SCHEMA, row
from newsbench.decode import decode
from newsbench.errors import DatasetIntegrityError, GoldError
from newsbench.schema import Gold
from newsbench.sources import find_sources, read_page
from newsbench.splits import assign
from newsbench.validate import validate

SPLITS = ("dev", "test")
MAX_PROBLEMS_SHOWN = 20


@dataclass(frozen=True, slots=True)
class SourcePage:
    """A validated page: its gold record, raw bytes and the gold file's bytes."""

    gold: Gold
    raw: bytes
    gold_bytes: bytes


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """What a build wrote: the number of rows, the corpus fingerprint and each file's sha256."""

    rows: int
    fingerprint: str
    files: dict[str, str]


def load_sources(root: Path) -> list[SourcePage]:
    """Every page of the corpus at `root`, sorted by id; GoldError listing all problems if any."""
    problems = [str(p) for p in validate([root])]
    if problems:
        shown = "\n  ".join(problems[:MAX_PROBLEMS_SHOWN])
        more = f"\n  ... and {len(problems) - MAX_PROBLEMS_SHOWN} more" if len(problems) > MAX_PROBLEMS_SHOWN else ""
        raise GoldError(f"{len(problems)} validation problem(s); nothing was built:\n  {shown}{more}", file=str(root))
    sources, _ = find_sources([root])
    if not sources:
        raise GoldError("no gold files found", file=str(root / "gold"))
    pages = []
    for src in sorted(sources, key=lambda s: s.id):
        gold_bytes = src.gold_path.read_bytes()
        pages.append(SourcePage(Gold.from_dict(json.loads(gold_bytes)), read_page(src.page_path), gold_bytes))
    return pages


def fingerprint(pages: list[SourcePage]) -> str:
    """sha256 over every (id, page sha256, gold sha256), in id order: the dataset's identity."""
    digest = hashlib.sha256()
    for p in pages:
        line = f"{p.gold.id}\t{hashlib.sha256(p.raw).hexdigest()}\t{hashlib.sha256(p.gold_bytes).hexdigest()}\n"
        digest.update(line.encode())
    return digest.hexdigest()


def to_table(pages: list[SourcePage]) -> pa.Table:
    """The Arrow table of the pages, in the order given, with the dataset schema."""
    rows = [row(p.gold, p.raw, decode(p.raw, p.gold.encoding)) for p in pages]
    return pa.Table.from_pylist(rows, schema=SCHEMA)


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write one Parquet file deterministically (zstd, fixed options, no wall-clock metadata)."""
    pq.write_table(table, path, compression="zstd", compression_level=9, use_dictionary=True,
                   write_statistics=True, row_group_size=64)


def _write_tree(pages: list[SourcePage], out: Path) -> BuildSummary:
    fp = fingerprint(pages)
    (out / "data").mkdir(parents=True)
    assignment = assign([p.gold for p in pages])
    by_split = {s: to_table([p for p in pages if assignment[p.gold.id] == s]) for s in SPLITS}
    by_split = {s: t for s, t in by_split.items() if t.num_rows}
    table = pa.concat_tables(by_split.values())
    for split in by_split:
        write_parquet(by_split[split], out / "data" / f"{split}-00000-of-00001.parquet")
    (out / "README.md").write_text(render_card([p.gold for p in pages], fp, {s: t.num_rows for s, t in by_split.items()}),
                                   encoding="utf-8")
    files = {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(out.rglob("*")) if p.is_file()}
    manifest = {"fingerprint": fp, "rows": table.num_rows, "splits": {s: t.num_rows for s, t in by_split.items()},
                "files": files}
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for split in by_split:  # read back what was written before anything replaces the old dataset
        path = out / "data" / f"{split}-00000-of-00001.parquet"
        if pq.read_table(path).num_rows != by_split[split].num_rows:
            raise DatasetIntegrityError("row count differs after reading back", file=str(path))
    return BuildSummary(table.num_rows, fp, files)


def build(root: Path, out: Path) -> BuildSummary:
    """Validate the corpus at `root` and write the dataset folder `out`, replacing it atomically.

    The new dataset is written beside `out` in a temporary folder and swapped in by renames
    only when complete; on any error the previous `out` is left as it was.
    """
    pages = load_sources(root)
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-build-", dir=out.parent))
    try:
        summary = _write_tree(pages, tmp / "new")
        old = tmp / "old"
        if out.exists():
            os.rename(out, old)
        try:
            os.rename(tmp / "new", out)
        except OSError:
            if old.exists():
                os.rename(old, out)
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return summary
