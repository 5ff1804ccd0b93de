"""The Hugging Face dataset cards (README.md of a dataset folder), of our corpus and of imported ones, generated from the data."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import datasets

from newsbench.corpus.columns import COLUMNS, SCHEMA
from newsbench.corpus.schema import Gold
from newsbench.corpus.splits import METHOD as SPLIT_METHOD

SPLIT = "test"  # every imported page is an evaluation page; the source's own split is named in the card


def features() -> datasets.Features:
    """The `datasets.Features` of the dataset, derived from the Arrow schema."""
    return datasets.Features.from_arrow_schema(SCHEMA)


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
- Fingerprint (sha256 over every row's split, id, page and gold): `{fingerprint}`

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


MAX_EXCLUSIONS_LISTED = 50


def _import_front_matter(record: dict[str, Any], languages: Counter[str], rows: int) -> list[str]:
    licence = "cc-by-4.0" if record["licence"].startswith("CC-BY-4.0") else "other"
    return [
        "---",
        f"pretty_name: newsbench import of {record['name']}",
        f"license: {licence}",
        "language:",
        *[f"- {lang}" for lang in sorted(languages) if lang != "und"],
        "tags:",
        "- web-content-extraction",
        "- boilerplate-removal",
        "size_categories:",
        f"- {'n<1K' if rows < 1000 else '1K<n<10K' if rows < 10000 else 'n>10K'}",
        "configs:",
        "- config_name: default",
        "  data_files:",
        f"  - split: {SPLIT}",
        f"    path: data/{SPLIT}-*.parquet",
        "dataset_info:",
        "  features:",
        *_yaml_features(features()._to_yaml_list(), 2),
        "---",
    ]


def _exclusions(exclusions: list[tuple[str, str]]) -> str:
    if not exclusions:
        return "None: every page of the source was imported."
    reasons = Counter(reason for _, reason in exclusions)
    lines = [_table(["reason", "pages"], reasons.most_common()), ""]
    shown = exclusions[:MAX_EXCLUSIONS_LISTED]
    lines.append(_table(["id", "reason"], shown))
    if len(exclusions) > len(shown):
        lines.append(f"\n... and {len(exclusions) - len(shown)} more, all listed in MANIFEST.json.")
    return "\n".join(lines)


def render_import_card(record: dict[str, Any], rows: Sequence[dict[str, Any]], fingerprint: str,
                       exclusions: list[tuple[str, str]]) -> str:
    """The card of an imported corpus: front matter, provenance, gold, licence, exclusions.

    `record` describes the source: name, description, url, version, licence, terms, gold_nature,
    body_gold, fields (gold columns it fills) and split_note.
    """
    languages = Counter(str(r["language"]) for r in rows)
    sites = Counter(str(r["site"]) for r in rows)
    provided = set(record["fields"])
    gold_columns = ("headline", "published", "modified", "authors", "summary", "body", "blocks", "entities",
                    "phenomena")
    body = f"""
# newsbench import of {record['name']}

{record['description']}

This folder was generated by `newsbench import {record['name']}` (or `newsbench download
{record['name']}`) from the corpus as its publisher distributes it; do not edit it by hand.
The pages are third-party web pages: they are not part of newsbench and must not be
redistributed beyond what the source's terms allow.

- Source: {record['url']} (version `{record['version'] or 'unknown'}`)
- Pages: {len(rows)} (all in the `{SPLIT}` split{'; ' + record['split_note'] if record['split_note'] else ''}); excluded: {len(exclusions)}
- Languages: {len(languages)}; sites: {len(sites)}
- Fingerprint (sha256 over every page and its gold row): `{fingerprint}`

## Gold

- Nature: **{record['gold_nature']}**
- Body gold: {record['body_gold']}
- Gold columns filled: {', '.join(c for c in gold_columns if c in provided) or 'none'}
- Gold columns null (the source has no such gold): {', '.join(c for c in gold_columns if c not in provided)}

## Licence and terms

{record['licence']}

{record['terms']}

## Exclusions

{_exclusions(exclusions)}

## Columns

{_table(["column", "type", "description"], [(name, str(dtype), desc) for name, dtype, desc in COLUMNS])}

## Languages

{_table(["language", "pages"], sorted(languages.items()))}
"""
    return "\n".join(_import_front_matter(record, languages, len(rows))) + "\n" + body
