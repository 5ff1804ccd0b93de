"""Agreement between the first gold (gold/<id>.json) and an independent second one (gold/second/<id>.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbench.corpus.schema import Gold
from newsbench.errors import GoldError
from newsbench.metrics.authors import author_scores
from newsbench.metrics.body import body_tokens
from newsbench.metrics.dates import parse_iso, same_day, same_minute
from newsbench.metrics.entities import entity_scores
from newsbench.metrics.headline import headline_exact


@dataclass(frozen=True, slots=True)
class PageAgreement:
    """One doubly annotated page: each field's agreement."""

    id: str
    site: str
    language: str
    body_f1: float  # token F1 of the second body against the first (optional blocks as the metric treats them)
    headline: bool
    published_exact: bool  # same minute and offset (or same date when both give a date only); both null agrees
    published_day: bool
    authors_f1: float
    entity_tp: float
    entity_fp: float
    entity_fn: float
    type_pairs: list[tuple[str, str]]  # (first type, second type) of mentions with the same span
    tags_jaccard: float


def _read(path: Path) -> Gold:
    try:
        return Gold.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as exc:
        raise GoldError(f"unreadable gold: {exc}", file=str(path)) from exc


def _dates(first: str | None, second: str | None) -> tuple[bool, bool]:
    if first is None or second is None:
        return first == second, first == second
    a, b = parse_iso(first), parse_iso(second)
    exact = a.day == b.day and a.time == b.time and a.offset == b.offset if a.time or b.time else a.day == b.day
    return exact and same_minute(a, b), same_day(a, b)


def _spans(gold: Gold) -> dict[tuple[object, int, int], str]:
    return {(e.block if e.block == "headline" else gold.body[e.block].text, e.start, e.end): e.type
            for e in gold.entities if e.block == "headline" or e.block < len(gold.body)}


def compare(first: Gold, second: Gold) -> PageAgreement:
    """Field-by-field agreement of two annotations of one page."""
    blocks = [(b.text, b.optional) for b in first.body]
    body = body_tokens(blocks, "\n\n".join(b.text for b in second.body))
    ents = entity_scores([([(e.type, e.text) for e in first.entities], [(e.type, e.text) for e in second.entities])])
    first_spans, second_spans = _spans(first), _spans(second)
    pairs = [(t, second_spans[k]) for k, t in sorted(first_spans.items(), key=str) if k in second_spans]
    tags_a, tags_b = set(first.phenomena), set(second.phenomena)
    exact, day = _dates(first.published, second.published)
    authors = author_scores(first.authors, second.authors)
    return PageAgreement(
        first.id, first.site, first.language, body.f1 if body else 0.0,
        bool(headline_exact(first.headline, second.headline)), exact, day, authors.f1 if authors else 0.0,
        ents.typed.tp, ents.typed.fp, ents.typed.fn, pairs,
        len(tags_a & tags_b) / len(tags_a | tags_b) if tags_a | tags_b else 1.0,
    )


def pages(root: Path) -> list[PageAgreement]:
    """Every page of `root` with a second annotation, compared with its first."""
    out = []
    for second in sorted((Path(root) / "gold" / "second").glob("*.json")):
        first = Path(root) / "gold" / second.name
        if not first.is_file():
            raise GoldError("second annotation without a first gold", file=str(second))
        out.append(compare(_read(first), _read(second)))
    return out


def summary(items: list[PageAgreement]) -> dict[str, Any]:
    """Corpus agreement: means over pages, micro entity F1 and Cohen's kappa on entity types."""
    from sklearn.metrics import cohen_kappa_score

    n = len(items)
    if not n:
        return {"pages": 0}
    tp, fp, fn = (sum(getattr(p, k) for p in items) for k in ("entity_tp", "entity_fp", "entity_fn"))
    pairs = [pair for p in items for pair in p.type_pairs]
    kappa = float(cohen_kappa_score([a for a, _ in pairs], [b for _, b in pairs])) if len(pairs) > 1 else None
    return {
        "pages": n, "sites": len({p.site for p in items}), "languages": len({p.language for p in items}),
        "body_token_f1": sum(p.body_f1 for p in items) / n,
        "headline_exact": sum(p.headline for p in items) / n,
        "published_exact": sum(p.published_exact for p in items) / n,
        "published_day": sum(p.published_day for p in items) / n,
        "authors_f1": sum(p.authors_f1 for p in items) / n,
        "entity_strict_f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0,
        "entity_type_kappa": kappa, "entity_type_pairs": len(pairs),
        "tags_jaccard": sum(p.tags_jaccard for p in items) / n,
    }


def agreement_markdown(root: Path) -> str:
    """The agreement table (corpus figures, then the pages furthest apart), as Markdown."""
    items = pages(root)
    s = summary(items)
    if not s["pages"]:
        return "no doubly annotated pages\n"
    kappa = "–" if s["entity_type_kappa"] is None else f"{s['entity_type_kappa']:.3f}"
    lines = [
        f"{s['pages']} doubly annotated pages ({s['sites']} sites, {s['languages']} languages).", "",
        "| field | agreement | measure |", "|---|---:|---|",
        f"| body | {s['body_token_f1']:.3f} | mean token F1 (second against first, optional blocks neutral) |",
        f"| headline | {s['headline_exact']:.3f} | share exact after normalisation |",
        f"| published | {s['published_exact']:.3f} | share exact (minute and offset) |",
        f"| published (day) | {s['published_day']:.3f} | share same day |",
        f"| authors | {s['authors_f1']:.3f} | mean set F1 |",
        f"| entities | {s['entity_strict_f1']:.3f} | strict F1, (type, text) multisets, micro |",
        f"| entity types | {kappa} | Cohen's kappa over {s['entity_type_pairs']} mentions with the same span |",
        f"| phenomenon tags | {s['tags_jaccard']:.3f} | mean Jaccard |",
        "", "| page | body F1 | headline | published | entities F1 | tags |", "|---|---:|---|---|---:|---:|",
    ]
    for p in sorted(items, key=lambda p: (p.body_f1, p.id)):
        f1 = 2 * p.entity_tp / (2 * p.entity_tp + p.entity_fp + p.entity_fn) if p.entity_tp + p.entity_fp + p.entity_fn else 1.0
        lines.append(f"| {p.id} | {p.body_f1:.3f} | {'yes' if p.headline else 'no'} | "
                     f"{'yes' if p.published_exact else 'no'} | {f1:.3f} | {p.tags_jaccard:.2f} |")
    return "\n".join(lines) + "\n"
