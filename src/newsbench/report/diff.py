"""Token diffs of a prediction against its gold, as HTML, counted exactly as the metrics count.

The body metric compares bags of tokens (`metrics.body`), so a diff in reading order alone would
mislead: a paragraph the tool moved would look missed and extra although it scores as found.
Here the two token sequences are first aligned in order (longest matching blocks, difflib); a
token left over on both sides is then paired with the same token elsewhere ("moved": found,
shown dotted); the prediction's tokens that match optional gold blocks left out of the reference
are neutral (grey). What remains is missed (red, struck through) or extra (green). Per token the
counts are those of `metrics.body.body_token_counts`: found = tp, missed = fn, extra = fp.
"""

from __future__ import annotations

import difflib
import functools
import html
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsbench.corpus.schema import Block
from newsbench.metrics.body import optional_resolution
from newsbench.metrics.tokenize import token_spans, tokens

FOUND, MOVED, MISSED, EXTRA, NEUTRAL = "found", "moved", "missed", "extra", "neutral"


@dataclass(frozen=True, slots=True)
class Diff:
    """The HTML of a diff and its token counts (tp = found + moved, fn = missed, fp = extra)."""

    html: str
    tp: int
    fp: int
    fn: int
    neutral: int


@dataclass(frozen=True, slots=True)
class _Text:
    """A text with its tokens and where each stands in it."""

    text: str
    keys: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, text: str) -> _Text:
        return _text_of(text)

    def span(self, n: int) -> tuple[int, int]:
        return self.spans[n]


@functools.lru_cache(maxsize=4096)
def _text_of(text: str) -> _Text:
    """A text tokenised with offsets; cached, as every extractor's diff of a page reads the same gold blocks."""
    spans = token_spans(text)
    if spans is None:  # offsets do not map back (NFKC composed characters): show the normalised tokens
        keys, position, places = tokens(text), 0, []
        for key in keys:
            places.append((position, position + len(key)))
            position += len(key) + 1
        return _Text(" ".join(keys), tuple(keys), tuple(places))
    return _Text(text, tuple(s[0] for s in spans), tuple((s[1], s[2]) for s in spans))


def _align(gold: Sequence[str], predicted: Sequence[str], allowed: Counter[str]) -> tuple[dict[int, int], dict[int, int]]:
    """Gold index -> predicted index of in-order matches, and of moved matches; per token at most `allowed`."""
    matcher = difflib.SequenceMatcher(None, gold, predicted)  # autojunk: frequent words do not seed matches
    in_order = {i + k: j + k for i, j, size in matcher.get_matching_blocks() for k in range(size)}
    used: Counter[str] = Counter()
    kept = {}
    for i, j in sorted(in_order.items()):
        if used[gold[i]] < allowed[gold[i]]:
            used[gold[i]] += 1
            kept[i] = j
    free: dict[str, list[int]] = defaultdict(list)
    taken = set(kept.values())
    for j, key in enumerate(predicted):
        if j not in taken:
            free[key].append(j)
    moved = {}
    for i, key in enumerate(gold):
        if i not in kept and used[key] < allowed[key] and free[key]:
            used[key] += 1
            moved[i] = free[key].pop(0)
    return kept, moved


def _statuses(predicted: Sequence[str], kept: dict[int, int], moved: dict[int, int],
              neutral: Counter[str]) -> list[str]:
    """The status of each predicted token: found, moved, neutral (up to `neutral` per token) or extra."""
    status = [EXTRA] * len(predicted)
    for j in kept.values():
        status[j] = FOUND
    for j in moved.values():
        status[j] = MOVED
    left = Counter(neutral)
    for j, key in enumerate(predicted):
        if status[j] == EXTRA and left[key] > 0:
            left[key] -= 1
            status[j] = NEUTRAL
    return status


def _inserts(prediction: _Text, status: list[str], kept: dict[int, int]) -> dict[int, list[str]]:
    """Runs of extra and neutral predicted text as HTML, keyed by the gold index they follow (-1: the start)."""
    anchor_of = {j: i for i, j in kept.items()}
    out: dict[int, list[str]] = defaultdict(list)
    anchor, j = -1, 0
    while j < len(status):
        if status[j] in (FOUND, MOVED):
            anchor = anchor_of.get(j, anchor)
            j += 1
            continue
        kind, start = status[j], j
        while j + 1 < len(status) and status[j + 1] == kind:
            j += 1
        begin, end = prediction.span(start)[0], prediction.span(j)[1]
        title = "extra: in the prediction, not in the gold" if kind == EXTRA else \
            "neutral: matches an optional gold block left out of the reference"
        out[anchor].append(f'<ins class="{kind}" title="{title}">{html.escape(prediction.text[begin:end])}</ins>')
        j += 1
    return out


CONTEXT = 12  # found tokens kept on each side of a difference, when collapsing
SKIPPED = 6  # the fewest found tokens worth replacing by an ellipsis


def _visible(statuses: list[str], offset: int, inserts: dict[int, list[str]], context: int | None) -> list[bool]:
    """Which tokens to print: all, or (with `context`) those within `context` tokens of a difference."""
    if context is None:
        return [True] * len(statuses)
    marks = [n for n, kind in enumerate(statuses) if kind != FOUND or inserts.get(offset + n)]
    near = [False] * len(statuses)
    for m in marks:
        for n in range(max(0, m - context), min(len(statuses), m + context + 1)):
            near[n] = True
    hidden = [not v for v in near]
    # print short hidden runs after all: an ellipsis for three words saves nothing
    n = 0
    while n < len(hidden):
        if hidden[n]:
            end = n
            while end < len(hidden) and hidden[end]:
                end += 1
            if end - n < SKIPPED:
                hidden[n:end] = [False] * (end - n)
            n = end
        else:
            n += 1
    return [not h for h in hidden]


def _render_text(text: _Text, statuses: list[str], offset: int, inserts: dict[int, list[str]],
                 context: int | None = None) -> str:
    """One gold text with its tokens marked and the predicted runs inserted after the tokens they follow.

    With `context`, runs of found tokens further than `context` tokens from any difference are
    replaced by an ellipsis that says how many tokens it stands for.
    """
    parts: list[str] = []
    position, open_kind, skipped = 0, "", 0
    visible = _visible(statuses, offset, inserts, context)
    for n, kind in enumerate(statuses):
        start, end = text.span(n)
        if not visible[n]:
            skipped, position = skipped + 1, end
            continue
        if skipped:
            parts.append(f' <span class="skip" title="{skipped} tokens found, not shown">…</span> ')
            skipped, position = 0, start
        between = html.escape(text.text[position:start])
        if open_kind and kind != open_kind:
            parts.append("</del>" if open_kind == MISSED else "</span>")
            open_kind = ""
        parts.append(between)
        if kind != FOUND and kind != open_kind:
            parts.append('<del class="missed" title="missed: in the gold, not in the prediction">' if kind == MISSED
                         else f'<span class="{kind}" title="found elsewhere in the prediction">' if kind == MOVED
                         else f'<span class="{kind}">')
            open_kind = kind
        parts.append(html.escape(text.text[start:end]))
        position = end
        if inserts.get(offset + n):
            if open_kind:
                parts.append("</del>" if open_kind == MISSED else "</span>")
                open_kind = ""
            parts.append(" " + " ".join(inserts[offset + n]) + " ")
    if open_kind:
        parts.append("</del>" if open_kind == MISSED else "</span>")
    if skipped:
        parts.append(f' <span class="skip" title="{skipped} tokens found, not shown">…</span>')
    else:
        parts.append(html.escape(text.text[position:]))
    return "".join(parts)


SHORT = 90  # characters shown of a block found whole, when collapsing


def body_diff(blocks: Sequence[Block], predicted: str, collapse: bool = False) -> Diff:
    """The predicted body against the gold blocks, block by block (see the module docstring).

    With `collapse`, a block whose every token was found in order, with no predicted text
    inserted in it, is shown by its first SHORT characters only (class "same"), and in the other
    blocks found text further than CONTEXT tokens from a difference is replaced by an ellipsis.
    """
    prediction = _Text.of(predicted)
    included, left_out = optional_resolution([(b.text, b.optional) for b in blocks], prediction.keys)
    texts = [_Text.of(b.text) for b in blocks]
    reference = [k for t, keep in zip(texts, included, strict=True) if keep for k in t.keys]
    kept_tokens = Counter(prediction.keys) - left_out
    allowed = Counter(reference) & kept_tokens
    kept, moved = _align(reference, prediction.keys, allowed)
    status = _statuses(prediction.keys, kept, moved, left_out)
    inserts = _inserts(prediction, status, kept)
    out = [" ".join(inserts.get(-1, []))] if inserts.get(-1) else []
    offset = 0
    for block, text, keep in zip(blocks, texts, included, strict=True):
        css = f"block {block.kind}" + (" optional" if block.optional else "")
        if not keep:
            label = "optional block, not in the prediction: not counted"
            out.append(f'<div class="{css} left-out" title="{label}">{html.escape(text.text)}</div>')
            continue
        statuses = [FOUND if offset + n in kept else MOVED if offset + n in moved else MISSED
                    for n in range(len(text.keys))]
        label = ' title="optional block, included: counted"' if block.optional else ""
        whole = all(s == FOUND for s in statuses) and not any(inserts.get(offset + n) for n in range(len(statuses)))
        if collapse and whole and len(text.text) > SHORT:
            out.append(f'<div class="{css} same" title="every token found">{html.escape(text.text[:SHORT])}…</div>')
        else:
            shown = _render_text(text, statuses, offset, inserts, CONTEXT if collapse else None)
            out.append(f'<div class="{css}"{label}>{shown}</div>')
        offset += len(text.keys)
    tp = len(kept) + len(moved)
    return Diff("\n".join(out), tp, status.count(EXTRA), len(reference) - tp, status.count(NEUTRAL))


def text_diff(gold: str, predicted: str) -> Diff:
    """A one-line field (the headline) against its gold, token by token."""
    diff = body_diff([Block("headline", gold)], predicted)
    return Diff(diff.html.replace('<div class="block headline">', '<div class="line">', 1), diff.tp, diff.fp,
                diff.fn, diff.neutral)
