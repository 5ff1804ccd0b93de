"""The Croissant description of our dataset (croissant.json): metadata, files, typed record sets, Responsible-AI fields.

Croissant 1.0 with the RAI 1.0 extension (MLCommons), as NeurIPS' datasets track asks. One
FileObject per Parquet file (with its sha256) and one RecordSet per split, whose fields are the
dataset's columns, each typed from the Arrow schema (`columns.SCHEMA`): lists of strings are
repeated text fields, lists of structs repeated fields with typed sub-fields. `mlcroissant`
validates the file and loads records equal to the Parquet rows (tests/corpus/test_croissant.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pyarrow as pa

from newsbench.corpus import release
from newsbench.corpus.columns import COLUMNS, SCHEMA
from newsbench.corpus.folder import DataFacts
from newsbench.corpus.splits import METHOD as SPLIT_METHOD

CROISSANT = "croissant.json"
CONFORMS_TO = ["http://mlcommons.org/croissant/1.0", "http://mlcommons.org/croissant/RAI/1.0"]

CONTEXT: dict[str, Any] = {
    "@language": "en", "@vocab": "https://schema.org/", "citeAs": "cr:citeAs", "column": "cr:column",
    "conformsTo": "dct:conformsTo", "cr": "http://mlcommons.org/croissant/", "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"}, "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/", "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract", "field": "cr:field", "fileProperty": "cr:fileProperty", "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet", "format": "cr:format", "includes": "cr:includes", "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath", "key": "cr:key", "md5": "cr:md5", "parentField": "cr:parentField", "path": "cr:path",
    "recordSet": "cr:recordSet", "references": "cr:references", "regex": "cr:regex", "repeated": "cr:repeated",
    "replace": "cr:replace", "samplingRate": "cr:samplingRate", "equivalentProperty": "cr:equivalentProperty",
    "sc": "https://schema.org/", "separator": "cr:separator", "source": "cr:source",
    "subField": "cr:subField", "transform": "cr:transform",
}

# Responsible-AI fields (Croissant RAI 1.0): how the data and its annotations were made, by whom, what they lack.
RAI: dict[str, Any] = {
    "rai:dataCollection": (
        "Synthetic: every page is a fictional news article on an invented site, written for this dataset by "
        "language-model agents (Claude, by Anthropic) working as the project's developers. Per-site authoring "
        "scripts render each of 34 hand-written site templates (markup in the style of a CMS family) and encode "
        "the page in the encoding it is served in. No page or text was taken from a third party."),
    "rai:dataCollectionType": ["Synthetic data"],
    "rai:dataCollectionTimeFrame": ["2026-11", "2026-12"],
    "rai:dataAnnotationProtocol": (
        "Gold (headline, dates, authors, summary, body blocks with an optional flag, entity mentions with "
        "offsets, phenomenon tags) was emitted by the same authoring scripts from the article source, following "
        "gold/GUIDELINES.md, and checked mechanically by `newsbench validate` (text occurs in the page, dates are "
        "written on the page, entity offsets exact, tags from the controlled vocabulary, encoding certain). 50 pages "
        "were annotated a second time, independently, by other language-model agents; disagreements were adjudicated "
        "by the guidelines (gold/second/ADJUDICATION.md)."),
    "rai:dataAnnotationPlatform": ["Python authoring scripts run by language-model agents (corpus/sites/)"],
    "rai:annotationsPerItem": "1; a second, independent annotation, adjudicated, for a sample of pages (gold/second/)",
    "rai:annotatorDemographics": [
        "No human annotators: language-model agents (Claude, by Anthropic). No person has reviewed the pages or "
        "the gold."],
    "rai:machineAnnotationTools": ["Claude (Anthropic), as authoring and second-annotation agents"],
    "rai:dataAnnotationAnalysis": [
        "Agreement of the second annotations with the gold per field is reported in DATASHEET.md "
        "(`newsbench agreement`)."],
    "rai:dataPreprocessingProtocol": [
        "Raw bytes are stored unchanged (raw_html); the decoded text (html) is derived as a browser decodes: "
        "byte-order mark, confirmed encoding, meta charset, UTF-8, detection."],
    "rai:dataUseCases": [
        "Benchmarking main-content, headline, date, author and entity extraction from news pages, with breakdowns "
        "by language, site template and phenomenon. Results are reported on the test split."],
    "rai:dataLimitations": [
        "Written by a language model: style and structure may be more regular than human-written news.",
        "A purposive sample built to cover a phenomenon vocabulary: not representative of the web.",
        "Small: {balance}.",
        "The gold has not been reviewed by people."],
    "rai:dataBiases": [
        "English and European languages dominate; site templates follow the authors' idea of CMS families."],
    "rai:personalSensitiveInformation": [
        "None. All people and organisations are fictional; real countries and cities appear as places only; URLs "
        "use reserved domains (.example, .test)."],
    "rai:dataSocialImpact": (
        "Helps compare extraction tools on pages that are free to redistribute and that no system has seen before "
        "their release. Low risk: no real person's data."),
    "rai:dataReleaseMaintenancePlan": (
        "Maintained by the newsbench developers through the repository's issues. Releases follow semantic "
        "versioning, each naming the fingerprint of its rows: " + "{rule}"),
}

_TYPES = {pa.string(): "sc:Text", pa.binary(): "sc:Text", pa.bool_(): "sc:Boolean", pa.int32(): "sc:Integer",
          pa.int64(): "sc:Integer"}
_DESCRIPTIONS = {name: desc for name, _, desc in COLUMNS}


def _field(record_set: str, file_id: str, name: str, arrow: pa.DataType, description: str, *,
           column: str | None = None, json_path: str | None = None) -> dict[str, Any]:
    """One typed field; a sub-field of a list of structs reads its parent's column and picks its key by jsonPath."""
    source: dict[str, Any] = {"fileObject": {"@id": file_id}, "extract": {"column": column or name}}
    if json_path:
        source["transform"] = {"jsonPath": json_path}
    field: dict[str, Any] = {"@type": "cr:Field", "@id": f"{record_set}/{name}", "name": name,
                             "description": description}
    if pa.types.is_list(arrow):
        field["repeated"] = True
        arrow = arrow.value_type
    if pa.types.is_struct(arrow):
        field["subField"] = [_field(f"{record_set}/{name}", file_id, f.name, f.type, f"{name}.{f.name}",
                                    column=name, json_path=f.name) for f in arrow]
    else:
        if arrow not in _TYPES:
            raise TypeError(f"no Croissant data type for the Arrow type {arrow} (column {name})")
        field["dataType"] = _TYPES[arrow]
        field["source"] = source
    return field


def croissant(facts: DataFacts, languages: Mapping[str, int]) -> dict[str, Any]:
    """The Croissant JSON-LD document of our dataset folder, from the written files, its languages and the release."""
    version = release.version_of(facts.fingerprint)
    distribution, record_sets = [], []
    for split, f in facts.splits.items():
        file_id = f"parquet-{split}"
        distribution.append({"@type": "cr:FileObject", "@id": file_id, "name": file_id, "contentUrl": f.path,
                             "encodingFormat": "application/x-parquet", "sha256": f.sha256,
                             "contentSize": f"{f.size} B",
                             "description": f"The {split} split ({f.rows} pages)."})
        record_sets.append({
            "@type": "cr:RecordSet", "@id": split, "name": split,
            "description": f"The {split} split: one record a page. Splits: {SPLIT_METHOD}.",
            "key": {"@id": f"{split}/id"},
            "field": [_field(split, file_id, name, SCHEMA.field(name).type, _DESCRIPTIONS[name]) for name in SCHEMA.names],
        })
    fill = {"rule": release.rule(), "balance": release.language_balance(languages)}
    rai = {k: (v.format(**fill) if isinstance(v, str) else [x.format(**fill) for x in v] if isinstance(v, list) else v)
           for k, v in RAI.items()}
    return {
        "@context": CONTEXT, "@type": "sc:Dataset", "conformsTo": CONFORMS_TO,
        "name": release.NAME,
        "description": ("Raw news pages (the HTML bytes as served) paired with gold headline, publication date, "
                        "authors, body text and named entities, and tagged with the phenomena that make extraction "
                        "hard, for benchmarking web content extraction. All pages are fictional and were written by "
                        "language-model agents. Fingerprint (sha256 over every row's split, id, page and gold): "
                        f"{facts.fingerprint}."),
        "version": version, "license": "https://creativecommons.org/licenses/by/4.0/",
        "citeAs": release.bibtex(), "creator": {"@type": "sc:Organization", "name": release.AUTHORS},
        "datePublished": next((r.date for r in release.releases() if r.version == version), None),
        "keywords": ["web content extraction", "boilerplate removal", "news", "named entity recognition", "benchmark"],
        "inLanguage": sorted(languages), "isLiveDataset": False,
        **rai,
        "distribution": distribution, "recordSet": record_sets,
    }


def croissant_json(facts: DataFacts, languages: Mapping[str, int]) -> str:
    """croissant.json's text (keys in a fixed order, None values left out); `languages`: pages per language tag."""
    doc = {k: v for k, v in croissant(facts, languages).items() if v is not None}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
