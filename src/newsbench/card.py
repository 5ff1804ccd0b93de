"""The Hugging Face dataset card (dataset/README.md), generated from the data and the column schema."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

import datasets

from newsbench.columns import COLUMNS, SCHEMA
from newsbench.schema import Gold
from newsbench.splits import METHOD as SPLIT_METHOD


def features() -> datasets.Features:
    """The `datasets.Features` of the dataset, derived from the Arrow schema."""
    return datasets.Features.from_arrow_schema(SCHEMA)


def _yaml_scalar(value: object) -> str:
    # JSON strings are valid YAML scalars and quote everything that needs it.
    return json.dumps(value, ensure_ascii=False)


def _yaml_features(items: list[dict[str, object]], indent: int) -> list[str]:
    pad = " " * indent
    lines = []
    for item in items:
        lines.append(f"{pad}- name: {item['name']}")
        for key in ("dtype", "list", "struct"):
            if key not in item:
                continue
            value = item[key]
            if isinstance(value, list):
                lines.append(f"{pad}  {key}:")
                lines += _yaml_features(value, indent + 2)
            else:
                lines.append(f"{pad}  {key}: {value}")
    return lines


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def render_card(golds: Sequence[Gold], fingerprint: str, splits: dict[str, int]) -> str:
    """The card's text: YAML front matter (configs, features) and a prose summary of the data."""
    languages = Counter(g.language.split("-")[0] for g in golds)
    sites = Counter(g.site for g in golds)
    tags = Counter(t for g in golds for t in g.phenomena)
    yaml = [
        "---",
        "pretty_name: newsbench",
        "license: cc-by-4.0",
        "language:",
        *[f"- {lang}" for lang in sorted(languages)],
        "task_categories:",
        "- text-classification",
        "- token-classification",
        "tags:",
        "- web-content-extraction",
        "- boilerplate-removal",
        "- news",
        "- named-entity-recognition",
        "size_categories:",
        "- n<1K",
        "configs:",
        "- config_name: default",
        "  data_files:",
        *[f"  - split: {s}\n    path: data/{s}-*.parquet" for s in splits],
        "dataset_info:",
        "  features:",
        *_yaml_features(features()._to_yaml_list(), 2),
        "---",
    ]
    n = len(golds)
    body = f"""
# newsbench

Raw news pages (the HTML bytes as served) paired with gold headline, publication date, body
text and named entities, for benchmarking web content extraction. This folder is generated
by `newsbench build` from `raw_html/` and `gold/` in the newsbench repository; do not edit it
by hand.

- Pages: {n} ({", ".join(f"{s}: {c}" for s, c in splits.items())})
- Splits: {SPLIT_METHOD}. Dev and test never share a site.
- Languages: {len(languages)}; site templates: {len(sites)}; phenomenon tags used: {len(tags)}
- Fingerprint (sha256 over every page and gold file): `{fingerprint}`

## Loading

```python
import datasets
ds = datasets.load_dataset("path/to/newsbench/dataset", split="test")
```

or `newsbench.load()` (a `datasets.Dataset`; `newsbench.load(as_pandas=True)` for a DataFrame).

## How the data was produced

All pages are fictional articles on invented sites, written for this dataset. Page templates,
article text and gold were written by language-model agents (Claude) working as the project's
developers, with per-site authoring scripts (`corpus/sites/`) that render each template and
emit the gold from the same article source; every gold file is checked against its page by
`newsbench validate`. No page or text was taken from a third party, and the gold was not
produced by human annotators. See `DATASHEET.md` and `gold/GUIDELINES.md` in the repository.

## Columns

{_table(["column", "type", "description"], [(name, str(dtype), desc) for name, dtype, desc in COLUMNS])}

## Languages

{_table(["language", "pages"], sorted(languages.items()))}

## Site templates

{_table(["site", "pages"], sorted(sites.items()))}

## Phenomena

{_table(["tag", "pages"], tags.most_common())}

## Licence

Pages and gold: CC-BY-4.0. The newsbench code: MIT.
"""
    return "\n".join(yaml) + "\n" + body
