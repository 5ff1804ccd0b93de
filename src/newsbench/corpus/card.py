"""The Hugging Face dataset cards (README.md of a dataset folder), of our corpus and of imported ones, generated from the data.

The front matter is written by `huggingface_hub.DatasetCardData(...).to_yaml()` from the Arrow
schema (`columns.SCHEMA`), the written files (`folder.DataFacts`) and the release
(`corpus.release`); no private `datasets` API is used. The one config is named after the
corpus and its fingerprint (`config_name`), so that the `datasets` cache, which keys a local
folder by its base name and the files' modification times, can never serve one folder's
rows for another's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import datasets
import pyarrow as pa

from newsbench.corpus import release
from newsbench.corpus.columns import COLUMNS, SCHEMA
from newsbench.corpus.folder import DataFacts
from newsbench.corpus.schema import Gold
from newsbench.corpus.splits import METHOD as SPLIT_METHOD

SPLIT = "test"  # every imported page is an evaluation page; the source's own split is named in the card

# Hugging Face task categories. Not `text-classification`: no page carries a label. Entity
# mentions are token classification (named-entity-recognition); choosing the body's blocks
# among a page's text is content/boilerplate labelling of text segments, which is token
# classification at block level; headline, date and author extraction has no category of its
# own, hence `other`, with the tags naming the task.
TASK_CATEGORIES = ["token-classification", "other"]
TASK_IDS = ["named-entity-recognition"]
TAGS = ["web-content-extraction", "boilerplate-removal", "information-extraction", "news",
        "named-entity-recognition", "html"]


def features() -> datasets.Features:
    """The `datasets.Features` of the dataset, derived from the Arrow schema."""
    return datasets.Features.from_arrow_schema(SCHEMA)


def _dtype(arrow: pa.DataType) -> str:
    names = {pa.string(): "string", pa.binary(): "binary", pa.bool_(): "bool", pa.int32(): "int32",
             pa.int64(): "int64"}
    if arrow not in names:
        raise TypeError(f"no Hugging Face dtype for the Arrow type {arrow}")
    return names[arrow]


def _feature(name: str, arrow: pa.DataType) -> dict[str, Any]:
    """One column as the card's `features` list writes it: `dtype`, `list` (of a dtype or of fields), `struct`."""
    if pa.types.is_list(arrow):
        item = arrow.value_type
        return {"name": name, "list": [_feature(f.name, f.type) for f in item] if pa.types.is_struct(item)
                else _dtype(item)}
    if pa.types.is_struct(arrow):
        return {"name": name, "struct": [_feature(f.name, f.type) for f in arrow]}
    return {"name": name, "dtype": _dtype(arrow)}


def yaml_features() -> list[dict[str, Any]]:
    """The `dataset_info.features` of the card, from the Arrow schema."""
    return [_feature(f.name, f.type) for f in SCHEMA]


def config_name(name: str, fingerprint: str) -> str:
    """The card's config name: the corpus's name and the first 16 digits of its fingerprint."""
    return f"{name}-{fingerprint[:16]}"


def _size_category(rows: int) -> str:
    return "n<1K" if rows < 1000 else "1K<n<10K" if rows < 10000 else "10K<n<100K"


def _front_matter(*, name: str, pretty_name: str, licence: str, languages: Sequence[str], facts: DataFacts,
                  **card: Any) -> str:
    splits = facts.splits
    data = datasets_card_data(
        pretty_name=pretty_name, license=licence, language=list(languages),
        multilinguality="multilingual" if len(languages) > 1 else "monolingual",
        size_categories=_size_category(sum(s.rows for s in splits.values())),
        task_categories=TASK_CATEGORIES, task_ids=TASK_IDS, tags=TAGS,
        configs=[{"config_name": config_name(name, facts.fingerprint), "default": True,
                  "data_files": [{"split": s, "path": f"data/{s}-*.parquet"} for s in splits]}],
        dataset_info={"config_name": config_name(name, facts.fingerprint), "features": yaml_features(),
                      "splits": [{"name": s, "num_bytes": f.num_bytes, "num_examples": f.rows} for s, f in splits.items()],
                      "download_size": sum(f.size for f in splits.values()),
                      "dataset_size": sum(f.num_bytes for f in splits.values())},
        **card,
    )
    return f"---\n{data}---\n"


def datasets_card_data(**fields: Any) -> str:
    """YAML front matter through huggingface_hub's public `DatasetCardData`."""
    from huggingface_hub import DatasetCardData

    return str(DatasetCardData(**fields).to_yaml()) + "\n"


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def _columns() -> str:
    return _table(["column", "type", "description"], [(name, str(dtype), desc) for name, dtype, desc in COLUMNS])


def loading_section(split: str = "test") -> str:
    """How to load a dataset folder, independent of the working folder."""
    return f"""## Loading

```python
import newsbench
ds = newsbench.load()                          # the embedded dataset, split "{split}"
ds = newsbench.load(path="/abs/path/to/folder") # any dataset folder (ours or an imported corpus)
df = newsbench.load(as_pandas=True)            # a pandas DataFrame
```

With `datasets` directly, give the folder's absolute path:
`datasets.load_dataset("/abs/path/to/folder", split="{split}")`. A relative name such as
`load_dataset("dataset")` is resolved against the working folder, and a name that is not a
folder is taken for a Hub id. The card's one config is named after the corpus and its
fingerprint, so the `datasets` cache keeps a separate entry for every distinct content."""


def render_card(golds: Sequence[Gold], facts: DataFacts) -> str:
    """Our corpus's card: front matter (through DatasetCardData), then what the data is, how it was made, its limits."""
    languages = Counter(g.language for g in golds)
    base_languages = {lang.split("-")[0] for lang in languages}
    sites = Counter(g.site for g in golds)
    tags = Counter(t for g in golds for t in g.phenomena)
    version = release.version_of(facts.fingerprint)
    front = _front_matter(
        name=release.NAME, pretty_name=release.NAME, licence="cc-by-4.0", languages=sorted(languages), facts=facts,
        annotations_creators="machine-generated", language_creators="machine-generated",
        source_datasets="original", version=version,
    )
    n = len(golds)
    splits = ", ".join(f"{s}: {f.rows}" for s, f in facts.splits.items())
    body = f"""
# newsbench

Raw news pages (the HTML bytes as served) paired with gold headline, publication date, body
text and named entities, for benchmarking web content extraction. This folder is generated
by `newsbench build` from `raw_html/` and `gold/` in the newsbench repository; do not edit it
by hand.

- **Version: {version}**; fingerprint (sha256 over every row's split, id, page and gold):
  `{facts.fingerprint}`. Versioning: {release.rule()}
- Pages: {n} ({splits})
- Splits: {SPLIT_METHOD}. Dev and test never share a site. Report results on `test`.
- Languages: {len(base_languages)} ({len(languages)} BCP 47 tags in the `language` column); site templates: {len(sites)}; phenomenon tags used: {len(tags)}
- Also described in Croissant (`croissant.json`, with the Responsible-AI fields).

{loading_section()}

## How the data was produced

All pages are fictional articles on invented sites, written for this dataset. Page templates,
article text and gold were written by language-model agents (Claude) working as the project's
developers, with per-site authoring scripts (`corpus/sites/`) that render each template and
emit the gold from the same article source; every gold file is checked against its page by
`newsbench validate`. No page or text was taken from a third party, and the gold was not
produced by human annotators: 50 pages were annotated a second time, by other language-model
agents, and disagreements adjudicated (`gold/second/`). No person has reviewed the pages or
the gold. See `DATASHEET.md` and `gold/GUIDELINES.md` in the repository.

## Uses

Benchmarking main-content, headline, date, author and entity extraction from news pages, with
breakdowns by language, site template and phenomenon (the `phenomena` tags); testing
robustness to legacy encodings, hydration-only bodies, inline inserts and decoy dates. The
newsbench harness (`newsbench run`, `newsbench score`) scores extractors on it.

## Out-of-scope use

- Training data for factual knowledge: every article, person and organisation is invented.
- Claims about how often a phenomenon occurs on the real web: the sample is purposive, built
  to cover the phenomenon vocabulary.
- Evaluating a language-model extractor as if the pages were unseen once they are public, or
  training on the `test` split.

## Bias, risks and limitations

- Written by a language model: style, article structure and templates may be more regular
  than human-written news; confirm results on the public corpora the harness imports.
- {release.language_balance(languages)}: too few pages in most languages for
  per-language figures with narrow intervals.
- The gold was not reviewed by people; judgement calls (optional blocks, entity types and
  boundaries) follow `gold/GUIDELINES.md` as applied by the authoring agents.
- Personal information: none. The people named are fictional; real countries and cities
  appear as places only; URLs use reserved domains (`.example`, `.test`).

## Columns

{_columns()}

## Languages

{_table(["language", "pages"], sorted(languages.items()))}

## Site templates

{_table(["site", "pages"], sorted(sites.items()))}

## Phenomena

{_table(["tag", "pages"], tags.most_common())}

## Citation

```bibtex
{release.bibtex()}
```

## Licence

Pages and gold: CC-BY-4.0. The newsbench code: MIT.

## Contact

Questions and corrections: {release.CONTACT}.
"""
    return front + body


MAX_EXCLUSIONS_LISTED = 50


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


_ANNOTATORS = {"independent human gold": "expert-generated", "tool output reviewed by people": "machine-generated",
               "model-drafted and reviewed": "machine-generated"}


@dataclass
class Tally:
    """What an import card counts of the rows, counted while they are written: languages, sites, rows."""

    languages: Counter[str] = field(default_factory=Counter)
    sites: Counter[str] = field(default_factory=Counter)
    rows: int = 0

    def counted(self, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """`rows`, passed through and counted."""
        for row in rows:
            self.languages[str(row["language"])] += 1
            self.sites[str(row["site"])] += 1
            self.rows += 1
            yield row


def render_import_card(record: Mapping[str, Any], tally: Tally, facts: DataFacts,
                       exclusions: list[tuple[str, str]]) -> str:
    """The card of an imported corpus: front matter (through DatasetCardData), provenance, gold, licence, exclusions.

    `record` describes the source: name, description, url, version, licence, terms, gold_nature,
    body_gold, fields (gold columns it fills) and split_note; `tally` counts the rows written.
    """
    languages, sites = tally.languages, tally.sites
    provided = set(record["fields"])
    gold_columns = ("headline", "published", "modified", "authors", "summary", "body", "blocks", "entities",
                    "phenomena")
    licence = "cc-by-4.0" if record["licence"].startswith("CC-BY-4.0") else "other"
    front = _front_matter(
        name=record["name"], pretty_name=f"newsbench import of {record['name']}", licence=licence,
        languages=sorted(lang for lang in languages if lang != "und"), facts=facts,
        annotations_creators=_ANNOTATORS.get(record["gold_nature"], "found"), language_creators="found",
        source_datasets="extended|other",  # converted from the source corpus, which is not on the Hub
    )
    body = f"""
# newsbench import of {record['name']}

{record['description']}

This folder was generated by `newsbench import {record['name']}` (or `newsbench download
{record['name']}`) from the corpus as its publisher distributes it; do not edit it by hand.
The pages are third-party web pages: they are not part of newsbench and must not be
redistributed beyond what the source's terms allow.

- Source: {record['url']} (version `{record['version'] or 'unknown'}`)
- Pages: {tally.rows} (all in the `{SPLIT}` split{'; ' + record['split_note'] if record['split_note'] else ''}); excluded: {len(exclusions)}
- Languages: {len(languages)}; sites: {len(sites)}
- Fingerprint (sha256 over every page and its gold row): `{facts.fingerprint}`

{loading_section()}

## Gold

- Nature: **{record['gold_nature']}**
- Body gold: {record['body_gold']}
- Gold columns filled: {', '.join(c for c in gold_columns if c in provided) or 'none'}
- Gold columns null (the source has no such gold): {', '.join(c for c in gold_columns if c not in provided)}

## Uses

Scoring extractors with the newsbench harness on the source's pages, beside newsbench's own
dataset; figures are reported per corpus with the nature of its gold.

## Out-of-scope use

Redistribution of the pages beyond the source's terms; training on pages used for evaluation.

## Bias, risks and limitations

Real third-party pages: they may name real people and hold personal information as
published. The gold is the source's ({record['gold_nature']}); newsbench did not review it.

## Licence and terms

{record['licence']}

{record['terms']}

## Exclusions

{_exclusions(exclusions)}

## Columns

{_columns()}

## Languages

{_table(["language", "pages"], sorted(languages.items()))}

## Citation

Cite the source corpus ({record['url']}) and, for the harness, newsbench:

```bibtex
{release.bibtex()}
```

## Contact

For the source corpus: its publisher ({record['url']}). For this import: {release.CONTACT}.
"""
    return front + body
