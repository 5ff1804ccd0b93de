"""The compiled kernel (metrics/_lcs.c) against the Python code it replaces and the transcribed rouge-score algorithm."""

from __future__ import annotations

import importlib.util
import itertools
import random
import shutil
import sysconfig

import numpy as np
import pytest
from reference_lcs import lcs_indices, lcs_table

from newsbench.metrics import rouge, structure
from newsbench.metrics.bags import Bag
from newsbench.metrics.lcs import PythonTokenMasks, Segments, union_lcs
from newsbench.metrics.structure import MATCH_SHARE, python_match_blocks

_COMPILER = (sysconfig.get_config_var("CC") or "cc").split()[0]

if importlib.util.find_spec("newsbench.metrics._lcs") is None:
    pytestmark = pytest.mark.skipif(shutil.which(_COMPILER) is None,
                                    reason=f"no C compiler ({_COMPILER}) here: the kernel could not be built, "
                                           "and the metrics use their Python code")
    _lcs = None
else:
    from newsbench.metrics import _lcs


def test_the_kernel_is_built_where_a_compiler_is() -> None:
    # pip install builds it (setuptools ext-modules); a missing kernel with a compiler present is a broken install.
    assert _lcs is not None, "newsbench.metrics._lcs is missing: reinstall with `pip install -e .`"
    assert rouge.kernel is _lcs


def _rouge_score_hits(reference: list[list[str]], candidate: list[list[str]]) -> int:
    # rouge-score's summary-level LCS count, transcribed with plain lists (as tests/metrics/test_rouge.py).
    counts_r = {t: n for t, n in _count(itertools.chain.from_iterable(reference)).items()}
    counts_c = {t: n for t, n in _count(itertools.chain.from_iterable(candidate)).items()}
    hits = 0
    for sentence in reference:
        union = sorted(set().union(*[lcs_indices(sentence, c) for c in candidate]))
        for t in (sentence[i] for i in union):
            if counts_c.get(t, 0) > 0 and counts_r.get(t, 0) > 0:
                hits += 1
                counts_c[t] -= 1
                counts_r[t] -= 1
    return hits


def _count(tokens: itertools.chain[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for t in tokens:
        found[t] = found.get(t, 0) + 1
    return found


def _sentences(rng: random.Random, vocabulary: str, long: bool) -> list[list[str]]:
    # Short sentences, or long ones that span several 64-bit words (carries between words).
    sizes = [rng.choice([rng.randint(1, 9), rng.randint(60, 70), rng.randint(120, 200)]) if long else rng.randint(1, 9)
             for _ in range(rng.randint(1, 5))]
    return [rng.choices(vocabulary, k=size) for size in sizes]


def test_rouge_hits_match_the_python_code_and_rouge_score() -> None:
    assert _lcs is not None
    rng = random.Random(7)
    for trial in range(400):
        long = trial % 2 == 1
        reference = _sentences(rng, "abcdefgh", long)
        candidate = _sentences(rng, "abcdefghxyz", long)  # x, y, z are not in the reference
        if rng.random() < 0.3:
            candidate.insert(rng.randrange(len(candidate) + 1), list(rng.choice(reference)))  # a whole sentence
        expected = rouge._hits(reference, candidate)
        assert _lcs.rouge_hits(reference, candidate) == expected, (reference, candidate)
        if not long:  # the transcription is a cubic-time programme: short sentences only
            assert expected == _rouge_score_hits(reference, candidate)


def test_rouge_hits_on_texts_without_a_shared_token_or_with_empty_sentences() -> None:
    assert _lcs is not None
    assert _lcs.rouge_hits([["a", "b"]], [["x", "y"]]) == 0
    assert _lcs.rouge_hits([["a", "b"], []], [[], ["b", "a"]]) == 1
    assert _lcs.rouge_hits([], [["a"]]) == 0


def test_rouge_hits_refuses_what_is_not_sequences_of_tokens() -> None:
    assert _lcs is not None
    with pytest.raises(TypeError, match="reference: a sequence of token sequences"):
        _lcs.rouge_hits(5, [["a"]])
    with pytest.raises(TypeError, match="candidate: a sequence of token sequences"):
        _lcs.rouge_hits([["a"]], [7])
    with pytest.raises(TypeError, match="unhashable"):
        _lcs.rouge_hits([[["a"]]], [["a"]])


def test_token_masks_give_the_lcs_length_of_the_plain_programme() -> None:
    assert _lcs is not None
    rng = random.Random(8)
    for _ in range(300):
        b = rng.choices("abcdef", k=rng.choice([0, 1, 63, 64, 65, rng.randint(0, 30), rng.randint(100, 300)]))
        a = rng.choices("abcdefg", k=rng.randint(0, 80))
        expected = lcs_table(a, b)[-1][-1]
        assert _lcs.TokenMasks(b).lcs_length(a) == expected == PythonTokenMasks(b).lcs_length(a), (a, b)


def test_token_masks_take_any_hashable_tokens_and_refuse_others() -> None:
    assert _lcs is not None
    masks = _lcs.TokenMasks([1, ("x",), "y", 1])
    assert masks.lcs_length([("x",), 1]) == 2
    with pytest.raises(TypeError, match="unhashable"):
        _lcs.TokenMasks([["a"]])
    with pytest.raises(TypeError, match="unhashable"):
        masks.lcs_length([{"a": 1}])


def test_ids_are_the_dict_lookups_numpy_would_make() -> None:
    assert _lcs is not None
    vocabulary = {"a": 0, "b": 1, "c": 2}
    tokens = ["c", "zz", "a", "a", "b", ""]
    found = np.frombuffer(_lcs.ids(vocabulary, tokens, 3), np.int64)
    assert found.tolist() == [2, 3, 0, 0, 1, 3]
    assert np.frombuffer(_lcs.ids(vocabulary, [], 3), np.int64).tolist() == []
    with pytest.raises(TypeError):
        _lcs.ids(["not", "a", "dict"], tokens, 3)
    with pytest.raises(TypeError):
        _lcs.ids({"a": "not an int"}, ["a"], 3)


def test_bags_count_the_same_overlap_with_the_kernel_as_with_counters() -> None:
    rng = random.Random(9)
    for _ in range(200):
        gold = rng.choices("abcdefg", k=rng.randint(0, 40))
        predicted = rng.choices("abcdefghij", k=rng.randint(0, 40))
        expected = sum(min(gold.count(t), predicted.count(t)) for t in set(gold))
        assert Bag(gold).overlap(predicted) == expected


def test_union_lcs_in_python_is_what_the_kernel_counts() -> None:
    # The Python union (lcs.union_lcs), kept as the kernel's specification and its fallback, still matches
    # the union of rouge-score's per-sentence LCS.
    rng = random.Random(10)
    for _ in range(100):
        a = rng.choices("abcdefg", k=rng.randint(0, 70))
        segments = [rng.choices("abcdefgh", k=rng.randint(0, 70)) for _ in range(rng.randint(0, 4))]
        expected = set().union(*(lcs_indices(a, s) for s in segments)) if segments else set()
        assert union_lcs(a, Segments(segments)) == expected


def test_without_the_kernel_the_body_metrics_give_the_same_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    # Where the extension could not be built, rouge, bags and blocks fall back to their Python code.
    from newsbench.metrics import aeb, bags, blocks, body, wcxb
    from newsbench.score.scoring import _metric_caches

    rng = random.Random(11)
    words = ["rain", "fell", "on", "oslo", "the", "mayor", "said", "東", "京", "photo", "share"]
    pairs = []
    for _ in range(60):
        gold = [(" ".join(rng.choices(words, k=rng.randint(3, 90))) + ".", rng.random() < 0.2)
                for _ in range(rng.randint(1, 5))]
        predicted = "\n".join(rng.choice([text, " ".join(rng.choices(words, k=rng.randint(1, 90))) + "."])
                              for text, _ in gold + gold[:1])
        pairs.append((gold, predicted))

    def figures() -> list[object]:
        for memo in _metric_caches():
            memo.cache_clear()
        return [(body.body_token_counts(g, p), rouge.rouge_lsum(g, p), blocks.block_scores(g, p),
                 wcxb.wcxb_page(g[0][0], p), aeb.aeb_page(g[0][0], p)) for g, p in pairs]

    compiled = figures()
    monkeypatch.setattr(rouge, "kernel", None)
    monkeypatch.setattr(bags, "kernel", None)
    monkeypatch.setattr(blocks, "TokenMasks", PythonTokenMasks)
    assert figures() == compiled


def _blocks(rng: random.Random, vocabulary: str) -> list[list[str]]:
    # Blocks of 0-9 tokens, or long ones that span several 64-bit words; small vocabularies give ties.
    return [rng.choices(vocabulary, k=rng.choice([0, rng.randint(1, 9), rng.randint(1, 9), rng.randint(60, 140)]))
            for _ in range(rng.randint(0, 7))]


def test_match_blocks_are_the_python_specification() -> None:
    assert _lcs is not None
    rng = random.Random(12)
    qualified = unmatched = 0
    for _ in range(600):
        gold = _blocks(rng, "abcd")
        predicted = _blocks(rng, "abcdxy")  # x, y are no gold token
        for block in rng.sample(gold, k=min(len(gold), rng.randint(0, 2))):  # copies, edited a little
            copy = list(block)
            if copy and rng.random() < 0.5:
                copy[rng.randrange(len(copy))] = rng.choice("abcdxy")
            predicted.insert(rng.randrange(len(predicted) + 1), copy)
        expected = python_match_blocks(gold, predicted)
        assert _lcs.match_blocks(gold, predicted, MATCH_SHARE) == expected, (gold, predicted)
        qualified += sum(m is not None for m in expected)
        unmatched += sum(m is None for m in expected)
    assert qualified > 300 and unmatched > 300  # both outcomes are exercised


def test_match_blocks_break_ties_and_take_each_predicted_block_once() -> None:
    assert _lcs is not None
    same = [["a", "b", "c", "d", "e"]]
    # Two equal candidates: the earliest; the second gold copy takes the other one; a third finds none.
    assert _lcs.match_blocks(same * 3, [["x"], *same, *same], 0.8) == [1, 2, None]
    # The highest similarity wins over the earlier candidate: 4/5 against 5/5.
    assert _lcs.match_blocks(same, [["a", "b", "c", "d", "z"], *same], 0.8) == [1]
    # Just at the share (4/5 = 0.8) qualifies; below it (3/4 of the longer) does not.
    assert _lcs.match_blocks(same, [["a", "b", "c", "e"]], 0.8) == [0]
    assert _lcs.match_blocks(same, [["a", "b", "c"]], 0.8) == [None]
    assert _lcs.match_blocks([[], ["a"]], [[], ["a"]], 0.8) == [None, 1]
    assert _lcs.match_blocks([], [["a"]], 0.8) == []
    with pytest.raises(TypeError, match="predicted: a sequence of token sequences"):
        _lcs.match_blocks([["a"]], 5, 0.8)
    with pytest.raises(TypeError, match="gold: a sequence of token sequences"):
        _lcs.match_blocks([7], [["a"]], 0.8)


def test_structure_uses_the_kernel_and_gives_the_python_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    assert structure.match_blocks([["a", "b"]], [["a", "b"]]) == [0]
    calls: list[object] = []
    monkeypatch.setattr(structure, "python_match_blocks", lambda *args: calls.append(args) or [])
    structure.match_blocks([["a"]], [["a"]])
    assert calls == [], "the kernel was built: structure.match_blocks must use it"
    monkeypatch.undo()
    rng = random.Random(13)
    kinds = ("paragraph", "heading", "list_item")
    words = "rain fell on oslo the mayor said photo".split()
    cases = []
    for _ in range(80):
        gold = [(rng.choice(kinds), " ".join(rng.choices(words, k=rng.randint(1, 80))), rng.random() < 0.2)
                for _ in range(rng.randint(1, 6))]
        predicted = [(rng.choice(kinds), rng.choice([text, " ".join(rng.choices(words, k=rng.randint(1, 80)))]))
                     for _, text, _ in gold + gold[:2]]
        cases.append((gold, predicted, gold[0][1]))
    compiled = [structure.structure_scores(*case) for case in cases]
    monkeypatch.setattr(structure, "kernel", None)
    assert [structure.structure_scores(*case) for case in cases] == compiled


def _interesting(rng: random.Random) -> str:
    # Characters of every class the token rules tell apart, and their neighbours: ASCII words and digits, "_",
    # combining marks (BMP and astral), solo scripts (Han, kana, Thai with its marks; astral Han), Hangul, letters
    # beyond U+FFFF, numbers that are not digits, whitespace, punctuation, format characters, lone surrogates.
    pool = ("abcXYZ019_", "\u0301\u0307\u093f\u094d\u20dd", "\U0001d167\U000e0100", "東京\u3005\u3007タワーｶ",
            "\u0e20\u0e32\u0e31\u0e4c\u0e9a\u17b6\u1000\u103a", "\U00020000\U0001b000\U000323af", "에서한",
            "\U00010400\U0001d400", "\u00bd\u2160\u0660\u00b2", " \t\n\u00a0\u3000\u2028", ".,!?…。-'\"()",
            "\u00ad\u200b\ufeff", "\ud800\udfff", "İΣßﬁ")
    return "".join(rng.choice(rng.choice(pool)) for _ in range(rng.randint(0, 40)))


@pytest.mark.parametrize("rule", [0, 1])
def test_kernel_tokens_are_the_regex_tokens_everywhere(rule: int) -> None:
    # rule 0 is `\w+`, rule 1 the token rule of tokenize._TOKEN: every code point in order (each beside its
    # neighbours, so every class and every boundary between ranges), then random mixtures of the classes.
    from newsbench.metrics import tokenize

    assert _lcs is not None
    pattern = tokenize._WORD if rule == 0 else tokenize._TOKEN
    everything = "".join(map(chr, range(0x110000)))
    assert _lcs.tokens(everything, rule) == tuple(pattern.findall(everything))
    rng = random.Random(14 + rule)
    for _ in range(3000):
        text = _interesting(rng)
        assert _lcs.tokens(text, rule) == tuple(pattern.findall(text)), text


def test_token_tuple_and_word_runs_use_the_kernel_and_fall_back_to_the_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsbench.metrics import tokenize

    assert tokenize.kernel is _lcs is not None
    rng = random.Random(16)
    texts = [_interesting(rng) for _ in range(500)]
    compiled = [(tokenize.token_tuple.__wrapped__(t), tokenize.word_runs(t)) for t in texts]
    monkeypatch.setattr(tokenize, "kernel", None)
    assert [(tokenize.token_tuple.__wrapped__(t), tokenize.word_runs(t)) for t in texts] == compiled
    monkeypatch.setattr(tokenize, "_regex_tokens", lambda folded: ("regex",))
    assert tokenize.token_tuple.__wrapped__("Rain fell") == ("regex",)  # without the kernel: the regex


def test_kernel_tokens_take_a_str_and_refuse_a_class_table_of_the_wrong_size() -> None:
    assert _lcs is not None
    with pytest.raises(TypeError):
        _lcs.tokens(b"bytes", 0)
    with pytest.raises(ValueError, match="a table of 1114112 bytes"):
        _lcs.token_classes(b"\x00" * 10)
    assert _lcs.tokens("हिन्दी 東京", 1) == ("हिन्दी", "東", "京")  # the table in use was kept


def test_match_blocks_keep_one_mask_row_per_distinct_token_of_a_long_block() -> None:
    # A predicted block of 20,000 tokens over 3 distinct ones needs 3 rows of 313 words, not 20,000 of them (50 MB).
    import tracemalloc

    assert _lcs is not None
    gold, predicted = [["a", "b"] * 9_000], [["a", "b", "c"] * 6_667]
    tracemalloc.start()
    try:
        found = _lcs.match_blocks(gold, predicted, MATCH_SHARE)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == python_match_blocks(gold, predicted) == [None]  # LCS 13,334 of 20,001: below the share
    assert peak < 2_000_000, f"{peak:,} bytes traced"
