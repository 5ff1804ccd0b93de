/* Compiled kernels of the LCS-based body and structure metrics and of the word tokenizers: the same
 * figures as the pure-Python code in lcs.py, rouge.py, structure.py and tokenize.py (tests compare
 * them), without its per-token interpreter cost.
 *
 * rouge_hits(reference, candidate): the hit count of ROUGE-LSum (rouge.rouge_lsum_texts).
 * TokenMasks(b).lcs_length(a): the LCS length of a token sequence and one prepared once
 *   (lcs.TokenMasks); tokens are any hashable objects, compared by equality.
 *
 * ids(index, tokens, default): each token's id in a dict, as int64 bytes (bags._ids).
 *
 * match_blocks(gold, predicted, share): the one-to-one block matching of the structure metric
 *   (structure.python_match_blocks).
 *
 * token_classes(table), tokens(text, rule): the word tokens of tokenize.py's regex patterns
 *   (`\w+`, and our token rule).
 *
 * The LCS kernels use the bit-parallel LCS recurrence of Allison and Dix (1986) and Hyyrö (2004): one bit
 * per position of b, all ones at the start; for each token of a with match mask M,
 * V <- (V + (V & M)) | (V & ~M), truncated to len(b) bits; the LCS length is the number of zero
 * bits of the final V, and the LCS table entry t[i][j] = j - popcount(V_i & (2**j - 1)).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef uint64_t word;
#define WORD_BITS 64

/* A sequence of sequences of ints, flattened: ids[offsets[s] .. offsets[s + 1]) is sequence s. */
typedef struct {
    Py_ssize_t count;   /* sequences */
    Py_ssize_t *offsets; /* count + 1 */
    long *ids;
} Flat;

static void flat_free(Flat *f) {
    PyMem_Free(f->offsets);
    PyMem_Free(f->ids);
    f->offsets = NULL;
    f->ids = NULL;
}

/* The id of a token in `index` (token -> Python int), given the next free id when `add`, -1 when
 * absent otherwise; -2 with an exception set on error. */
static long token_id(PyObject *index, PyObject *token, int add) {
    PyObject *found = PyDict_GetItemWithError(index, token);
    if (found != NULL) return PyLong_AsLong(found);
    if (PyErr_Occurred()) return -2;
    if (!add) return -1;
    long id = (long)PyDict_GET_SIZE(index);
    PyObject *number = PyLong_FromLong(id);
    if (number == NULL || PyDict_SetItem(index, token, number) < 0) {
        Py_XDECREF(number);
        return -2;
    }
    Py_DECREF(number);
    return id;
}

/* Read a sequence of sequences of tokens (hashable objects) as ids of `index`: new tokens get the
 * next ids when `add`, -1 otherwise. On error: exception set, -1. */
static int flat_read(PyObject *outer, Flat *f, PyObject *index, int add, const char *what) {
    f->offsets = NULL;
    f->ids = NULL;
    PyObject *seq = PySequence_Fast(outer, what);
    if (seq == NULL) return -1;
    Py_ssize_t count = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    PyObject **inner = PyMem_Calloc(count ? count : 1, sizeof(PyObject *));
    f->offsets = PyMem_Malloc((count + 1) * sizeof(Py_ssize_t));
    if (inner == NULL || f->offsets == NULL) goto nomem;
    Py_ssize_t total = 0;
    f->offsets[0] = 0;
    for (Py_ssize_t s = 0; s < count; s++) {
        inner[s] = PySequence_Fast(items[s], what);
        if (inner[s] == NULL) goto fail;
        total += PySequence_Fast_GET_SIZE(inner[s]);
        f->offsets[s + 1] = total;
    }
    f->ids = PyMem_Malloc((total ? total : 1) * sizeof(long));
    if (f->ids == NULL) goto nomem;
    for (Py_ssize_t s = 0; s < count; s++) {
        Py_ssize_t n = PySequence_Fast_GET_SIZE(inner[s]);
        PyObject **values = PySequence_Fast_ITEMS(inner[s]);
        for (Py_ssize_t k = 0; k < n; k++) {
            long v = token_id(index, values[k], add);
            if (v == -2) goto fail;
            f->ids[f->offsets[s] + k] = v;
        }
    }
    f->count = count;
    for (Py_ssize_t s = 0; s < count; s++) Py_XDECREF(inner[s]);
    PyMem_Free(inner);
    Py_DECREF(seq);
    return 0;
nomem:
    PyErr_NoMemory();
fail:
    if (inner != NULL)
        for (Py_ssize_t s = 0; s < count; s++) Py_XDECREF(inner[s]);
    PyMem_Free(inner);
    Py_DECREF(seq);
    flat_free(f);
    return -1;
}

/* V <- (V + (V & M)) | (V & ~M) over `words` words, carries passed upwards, top word cut to `top`. */
static inline void step(word *out, const word *v, const word *m, Py_ssize_t words, word top) {
    unsigned __int128 carry = 0;
    for (Py_ssize_t w = 0; w < words; w++) {
        unsigned __int128 sum = (unsigned __int128)v[w] + (v[w] & m[w]) + carry;
        out[w] = ((word)sum) | (v[w] & ~m[w]);
        carry = sum >> WORD_BITS;
    }
    out[words - 1] &= top;
}

/* popcount of the low `bits` bits of a row. */
static inline Py_ssize_t prefix_ones(const word *row, Py_ssize_t bits) {
    Py_ssize_t ones = 0, w = 0;
    for (; (w + 1) * WORD_BITS <= bits; w++) ones += __builtin_popcountll(row[w]);
    Py_ssize_t rest = bits - w * WORD_BITS;
    if (rest) ones += __builtin_popcountll(row[w] & ((((word)1) << rest) - 1));
    return ones;
}

static inline word top_mask(Py_ssize_t length) {
    Py_ssize_t rest = length % WORD_BITS;
    return rest ? ((((word)1) << rest) - 1) : ~(word)0;
}

/* The match masks of a sequence b of ids (ids below 0 left out): one row of `words` words per distinct id,
 * slot[id] its row (slot[] all -1 before; `clear_slots` resets it). Returns the rows used. */
static Py_ssize_t fill_masks(const long *b, Py_ssize_t blen, Py_ssize_t *slot, word *masks, Py_ssize_t words) {
    Py_ssize_t distinct = 0;
    for (Py_ssize_t k = 0; k < blen; k++) {
        long t = b[k];
        if (t < 0) continue;
        if (slot[t] < 0) {
            slot[t] = distinct++;
            memset(masks + slot[t] * words, 0, words * sizeof(word));
        }
        masks[slot[t] * words + k / WORD_BITS] |= ((word)1) << (k % WORD_BITS);
    }
    return distinct;
}

static void clear_slots(const long *b, Py_ssize_t blen, Py_ssize_t *slot) {
    for (Py_ssize_t k = 0; k < blen; k++)
        if (b[k] >= 0) slot[b[k]] = -1;
}

static uint64_t sequence_hash(const long *ids, Py_ssize_t n) {
    uint64_t h = 1469598103934665603ULL ^ (uint64_t)n;
    for (Py_ssize_t k = 0; k < n; k++) {
        h ^= (uint64_t)ids[k] + 0x9e3779b97f4a7c15ULL;
        h *= 1099511628211ULL;
    }
    return h;
}

PyDoc_STRVAR(rouge_hits_doc,
"rouge_hits(reference, candidate) -> int\n\n"
"The hits of ROUGE-LSum (rouge.rouge_lsum_texts): for each reference sentence the union over\n"
"the candidate sentences of the positions of one LCS (rouge-score's backtracking), counted per\n"
"token type up to its occurrences in the candidate. Tokens are any hashable objects, compared\n"
"by equality.\n\n"
">>> rouge_hits([['w1', 'w2', 'w3', 'w4', 'w5']], [['w1', 'w2', 'w6', 'w7', 'w8'], ['w1', 'w3', 'w8', 'w9', 'w5']])\n"
"4\n");

static PyObject *rouge_hits(PyObject *self, PyObject *args) {
    PyObject *ref_obj, *cand_obj;
    if (!PyArg_ParseTuple(args, "OO:rouge_hits", &ref_obj, &cand_obj)) return NULL;
    Flat ref, cand;
    /* Tokens become ids 0..V-1 in order of first occurrence in the reference; the candidate's
     * tokens the reference lacks get -1, which matches nothing. */
    PyObject *index = PyDict_New();
    if (index == NULL) return NULL;
    if (flat_read(ref_obj, &ref, index, 1, "reference: a sequence of token sequences") < 0) {
        Py_DECREF(index);
        return NULL;
    }
    if (flat_read(cand_obj, &cand, index, 0, "candidate: a sequence of token sequences") < 0) {
        Py_DECREF(index);
        flat_free(&ref);
        return NULL;
    }
    long vocabulary = (long)PyDict_GET_SIZE(index);
    Py_DECREF(index);
    Py_ssize_t m = ref.offsets[ref.count], n = cand.offsets[cand.count];

    Py_ssize_t longest_ref = 0, longest_cand = 0;
    for (Py_ssize_t i = 0; i < ref.count; i++)
        if (ref.offsets[i + 1] - ref.offsets[i] > longest_ref) longest_ref = ref.offsets[i + 1] - ref.offsets[i];
    for (Py_ssize_t j = 0; j < cand.count; j++)
        if (cand.offsets[j + 1] - cand.offsets[j] > longest_cand) longest_cand = cand.offsets[j + 1] - cand.offsets[j];
    Py_ssize_t max_words = (longest_cand + WORD_BITS - 1) / WORD_BITS;
    if (max_words == 0) max_words = 1;
    Py_ssize_t V = vocabulary ? vocabulary : 1;

    long *cand_count = PyMem_Calloc(V, sizeof(long));     /* occurrences in the candidate */
    long *union_count = PyMem_Calloc(V, sizeof(long));    /* occurrences among the union hits */
    Py_ssize_t *slot = PyMem_Malloc(V * sizeof(Py_ssize_t)); /* token -> its mask in the current candidate sentence */
    char *in_union = PyMem_Calloc(m ? m : 1, 1);           /* reference position already in its sentence's union */
    Py_ssize_t *missing = PyMem_Malloc((ref.count ? ref.count : 1) * sizeof(Py_ssize_t));
    /* A candidate sentence's masks: one row per distinct token it shares with the reference. */
    Py_ssize_t mask_rows = longest_cand < V ? longest_cand : V;
    word *masks = PyMem_Malloc((mask_rows ? mask_rows : 1) * max_words * sizeof(word));
    word *rows = PyMem_Malloc((longest_ref + 1) * max_words * sizeof(word));
    uint64_t *ref_hash = PyMem_Malloc((ref.count ? ref.count : 1) * sizeof(uint64_t));
    uint64_t *cand_hash = PyMem_Malloc((cand.count ? cand.count : 1) * sizeof(uint64_t));
    PyObject *result = NULL;
    if (!cand_count || !union_count || !slot || !in_union || !missing || !masks || !rows || !ref_hash || !cand_hash) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t t = 0; t < V; t++) slot[t] = -1;
    for (Py_ssize_t k = 0; k < n; k++)
        if (cand.ids[k] >= 0) cand_count[cand.ids[k]]++;

    /* Positions that can be in a union at all: their token occurs in the candidate. A reference
     * sentence equal to a candidate sentence has every position in its union at once. */
    for (Py_ssize_t j = 0; j < cand.count; j++)
        cand_hash[j] = sequence_hash(cand.ids + cand.offsets[j], cand.offsets[j + 1] - cand.offsets[j]);
    for (Py_ssize_t i = 0; i < ref.count; i++) {
        Py_ssize_t start = ref.offsets[i], length = ref.offsets[i + 1] - start;
        ref_hash[i] = sequence_hash(ref.ids + start, length);
        int whole = 0;
        for (Py_ssize_t j = 0; j < cand.count && !whole; j++)
            whole = cand_hash[j] == ref_hash[i] && cand.offsets[j + 1] - cand.offsets[j] == length
                    && memcmp(cand.ids + cand.offsets[j], ref.ids + start, length * sizeof(long)) == 0;
        missing[i] = 0;
        for (Py_ssize_t k = start; k < start + length; k++) {
            if (whole) in_union[k] = 1;
            else if (cand_count[ref.ids[k]] == 0) in_union[k] = 2; /* never in the union, never looked for */
            else missing[i]++;
        }
    }

    for (Py_ssize_t j = 0; j < cand.count; j++) {
        Py_ssize_t b0 = cand.offsets[j], blen = cand.offsets[j + 1] - b0;
        if (blen == 0) continue;
        const long *b = cand.ids + b0;
        Py_ssize_t words = (blen + WORD_BITS - 1) / WORD_BITS;
        word top = top_mask(blen);
        /* The masks of this sentence's tokens; slot[] points at them (reset at the end). */
        if (fill_masks(b, blen, slot, masks, words) > 0) {
            for (Py_ssize_t i = 0; i < ref.count; i++) {
                if (missing[i] == 0) continue;
                Py_ssize_t a0 = ref.offsets[i], alen = ref.offsets[i + 1] - a0;
                const long *a = ref.ids + a0;
                /* A sentence sharing no token with the positions still missing can only add positions
                 * already in the union. */
                int useful = 0;
                for (Py_ssize_t k = 0; k < alen && !useful; k++)
                    useful = in_union[a0 + k] == 0 && slot[a[k]] >= 0;
                if (!useful) continue;
                word *row = rows;
                for (Py_ssize_t w = 0; w < words; w++) row[w] = ~(word)0;
                row[words - 1] &= top;
                for (Py_ssize_t k = 0; k < alen; k++) {
                    word *next = row + words;
                    Py_ssize_t s = slot[a[k]];
                    if (s < 0) memcpy(next, row, words * sizeof(word));
                    else step(next, row, masks + s * words, words, top);
                    row = next;
                }
                /* Walk back as rouge-score's _backtrack_norec: a match is taken; on a mismatch, up
                 * when t[i-1][j] == t[i][j] (the same as "left only when t[i][j-1] > t[i-1][j]"). */
                Py_ssize_t x = alen, y = blen;
                while (x > 0 && y > 0) {
                    if (a[x - 1] == b[y - 1]) {
                        if (in_union[a0 + x - 1] == 0) {
                            in_union[a0 + x - 1] = 1;
                            missing[i]--;
                        }
                        x--;
                        y--;
                        continue;
                    }
                    const word *here = rows + x * words, *above = rows + (x - 1) * words;
                    if (memcmp(here, above, words * sizeof(word)) == 0 || prefix_ones(above, y) == prefix_ones(here, y)) x--;
                    else y--;
                }
            }
        }
        clear_slots(b, blen, slot);
    }

    long hits = 0;
    for (Py_ssize_t k = 0; k < m; k++)
        if (in_union[k] == 1) union_count[ref.ids[k]]++;
    for (Py_ssize_t t = 0; t < vocabulary; t++)
        hits += union_count[t] < cand_count[t] ? union_count[t] : cand_count[t];
    result = PyLong_FromLong(hits);
done:
    PyMem_Free(cand_count);
    PyMem_Free(union_count);
    PyMem_Free(slot);
    PyMem_Free(in_union);
    PyMem_Free(missing);
    PyMem_Free(masks);
    PyMem_Free(rows);
    PyMem_Free(ref_hash);
    PyMem_Free(cand_hash);
    flat_free(&ref);
    flat_free(&cand);
    return result;
}

/* TokenMasks: one sequence b prepared for many LCS lengths against it. */
typedef struct {
    PyObject_HEAD
    PyObject *index;   /* token -> its row in masks (a Python int) */
    word *masks;       /* one row of `words` words per distinct token */
    word *scratch;     /* two rows of `words` words */
    Py_ssize_t length; /* len(b) */
    Py_ssize_t words;
} TokenMasks;

static void masks_dealloc(TokenMasks *self) {
    Py_XDECREF(self->index);
    PyMem_Free(self->masks);
    PyMem_Free(self->scratch);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int masks_init(TokenMasks *self, PyObject *args, PyObject *kwargs) {
    PyObject *tokens;
    static char *keywords[] = {"tokens", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O:TokenMasks", keywords, &tokens)) return -1;
    PyObject *seq = PySequence_Fast(tokens, "TokenMasks: a sequence of tokens");
    if (seq == NULL) return -1;
    Py_ssize_t length = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    Py_ssize_t words = length ? (length + WORD_BITS - 1) / WORD_BITS : 1;
    PyObject *index = PyDict_New();
    Py_ssize_t *row_of = PyMem_Malloc((length ? length : 1) * sizeof(Py_ssize_t));
    if (index == NULL || row_of == NULL) goto fail;
    for (Py_ssize_t k = 0; k < length; k++) {
        long id = token_id(index, items[k], 1);
        if (id == -2) goto fail;
        row_of[k] = id;
    }
    Py_ssize_t distinct = PyDict_GET_SIZE(index);
    word *masks = PyMem_Calloc((distinct ? distinct : 1) * words, sizeof(word));
    word *scratch = PyMem_Malloc(2 * words * sizeof(word));
    if (masks == NULL || scratch == NULL) {
        PyMem_Free(masks);
        PyMem_Free(scratch);
        PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t k = 0; k < length; k++) masks[row_of[k] * words + k / WORD_BITS] |= ((word)1) << (k % WORD_BITS);
    PyMem_Free(row_of);
    Py_DECREF(seq);
    Py_XSETREF(self->index, index);
    PyMem_Free(self->masks);
    PyMem_Free(self->scratch);
    self->masks = masks;
    self->scratch = scratch;
    self->length = length;
    self->words = words;
    return 0;
fail:
    Py_XDECREF(index);
    PyMem_Free(row_of);
    Py_DECREF(seq);
    return -1;
}

PyDoc_STRVAR(lcs_length_doc,
"lcs_length(tokens) -> int\n\n"
"The length of a longest common subsequence of `tokens` and the prepared sequence.\n\n"
">>> TokenMasks('x a b y c d e'.split()).lcs_length('a b c d e'.split())\n"
"5\n");

static PyObject *masks_lcs_length(TokenMasks *self, PyObject *tokens) {
    if (self->index == NULL) {
        PyErr_SetString(PyExc_ValueError, "TokenMasks was not initialised");
        return NULL;
    }
    if (self->length == 0) return PyLong_FromLong(0);
    PyObject *seq = PySequence_Fast(tokens, "lcs_length: a sequence of tokens");
    if (seq == NULL) return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    Py_ssize_t words = self->words;
    word top = top_mask(self->length);
    word *v = self->scratch, *next = self->scratch + words;
    for (Py_ssize_t w = 0; w < words; w++) v[w] = ~(word)0;
    v[words - 1] &= top;
    for (Py_ssize_t k = 0; k < n; k++) {
        long id = token_id(self->index, items[k], 0);
        if (id == -2) {
            Py_DECREF(seq);
            return NULL;
        }
        if (id < 0) continue; /* a token the prepared sequence lacks matches nothing */
        step(next, v, self->masks + id * words, words, top);
        word *swap = v;
        v = next;
        next = swap;
    }
    Py_DECREF(seq);
    Py_ssize_t zeros = self->length - prefix_ones(v, self->length);
    return PyLong_FromSsize_t(zeros);
}

static PyMethodDef masks_methods[] = {
    {"lcs_length", (PyCFunction)masks_lcs_length, METH_O, lcs_length_doc},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject TokenMasksType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "newsbench.metrics._lcs.TokenMasks",
    .tp_doc = PyDoc_STR("TokenMasks(tokens): a token sequence prepared for LCS lengths against many others (lcs.TokenMasks)."),
    .tp_basicsize = sizeof(TokenMasks),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)masks_init,
    .tp_dealloc = (destructor)masks_dealloc,
    .tp_methods = masks_methods,
};

PyDoc_STRVAR(ids_doc,
"ids(index, tokens, default) -> bytes\n\n"
"Each token's value in the dict `index` (ints), `default` for a token it lacks, as native int64\n"
"bytes (numpy.frombuffer(..., numpy.int64) reads them).\n\n"
">>> import numpy\n"
">>> numpy.frombuffer(ids({'a': 0, 'b': 1}, ['b', 'x', 'a'], 2), numpy.int64).tolist()\n"
"[1, 2, 0]\n");

static PyObject *ids(PyObject *self, PyObject *args) {
    PyObject *index, *tokens;
    long long fallback;
    if (!PyArg_ParseTuple(args, "O!OL:ids", &PyDict_Type, &index, &tokens, &fallback)) return NULL;
    PyObject *seq = PySequence_Fast(tokens, "ids: a sequence of tokens");
    if (seq == NULL) return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    PyObject *out = PyBytes_FromStringAndSize(NULL, n * (Py_ssize_t)sizeof(int64_t));
    if (out == NULL) {
        Py_DECREF(seq);
        return NULL;
    }
    int64_t *values = (int64_t *)PyBytes_AS_STRING(out);
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *found = PyDict_GetItemWithError(index, items[k]);
        if (found == NULL) {
            if (PyErr_Occurred()) goto fail;
            values[k] = fallback;
            continue;
        }
        long long v = PyLong_AsLongLong(found);
        if (v == -1 && PyErr_Occurred()) goto fail;
        values[k] = v;
    }
    Py_DECREF(seq);
    return out;
fail:
    Py_DECREF(seq);
    Py_DECREF(out);
    return NULL;
}

PyDoc_STRVAR(match_blocks_doc,
"match_blocks(gold, predicted, share) -> list\n\n"
"For each gold block (a token sequence), the index of its predicted block, or None, as\n"
"structure.python_match_blocks: a pair qualifies when LCS / max(len) >= share (no LCS is\n"
"computed when min(len) < share * max(len), and equal blocks have 1.0); gold blocks are matched\n"
"in order, each to the unmatched qualifying predicted block of highest similarity (the earliest\n"
"on ties). Tokens are any hashable objects, compared by equality.\n\n"
">>> match_blocks([['a', 'b'], ['c', 'd', 'e']], [['c', 'd', 'e'], ['x'], ['a', 'b']], 0.8)\n"
"[2, 0]\n");

static PyObject *match_blocks(PyObject *self, PyObject *args) {
    PyObject *gold_obj, *pred_obj;
    double share;
    if (!PyArg_ParseTuple(args, "OOd:match_blocks", &gold_obj, &pred_obj, &share)) return NULL;
    Flat gold, pred;
    /* Tokens become ids in order of first occurrence in the predicted blocks; a gold token they
     * lack gets -1, which matches nothing and equals no predicted token. */
    PyObject *index = PyDict_New();
    if (index == NULL) return NULL;
    if (flat_read(pred_obj, &pred, index, 1, "predicted: a sequence of token sequences") < 0) {
        Py_DECREF(index);
        return NULL;
    }
    if (flat_read(gold_obj, &gold, index, 0, "gold: a sequence of token sequences") < 0) {
        Py_DECREF(index);
        flat_free(&pred);
        return NULL;
    }
    Py_ssize_t V = PyDict_GET_SIZE(index);
    Py_DECREF(index);
    if (V == 0) V = 1;
    Py_ssize_t longest = 0;
    for (Py_ssize_t j = 0; j < pred.count; j++)
        if (pred.offsets[j + 1] - pred.offsets[j] > longest) longest = pred.offsets[j + 1] - pred.offsets[j];
    Py_ssize_t max_words = longest ? (longest + WORD_BITS - 1) / WORD_BITS : 1;

    /* A predicted block's masks: one row per distinct token, so at most min(longest, V) rows. */
    Py_ssize_t mask_rows = longest < V ? longest : V;
    Py_ssize_t *slot = PyMem_Malloc(V * sizeof(Py_ssize_t)); /* token -> its mask in the current predicted block */
    word *masks = PyMem_Malloc((mask_rows ? mask_rows : 1) * max_words * sizeof(word));
    word *scratch = PyMem_Malloc(2 * max_words * sizeof(word));
    char *taken = PyMem_Calloc(pred.count ? pred.count : 1, 1);
    PyObject *result = NULL;
    if (!slot || !masks || !scratch || !taken) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t t = 0; t < V; t++) slot[t] = -1;
    result = PyList_New(gold.count);
    if (result == NULL) goto done;
    for (Py_ssize_t i = 0; i < gold.count; i++) {
        Py_ssize_t a0 = gold.offsets[i], alen = gold.offsets[i + 1] - a0;
        const long *a = gold.ids + a0;
        Py_ssize_t best = -1;
        double best_share = 0.0;
        for (Py_ssize_t j = 0; j < pred.count; j++) {
            if (taken[j]) continue;
            Py_ssize_t b0 = pred.offsets[j], blen = pred.offsets[j + 1] - b0;
            const long *b = pred.ids + b0;
            Py_ssize_t shorter = alen < blen ? alen : blen, longer = alen < blen ? blen : alen;
            if (shorter == 0 || (double)shorter < share * (double)longer) continue; /* similarity 0 */
            double similar;
            if (alen == blen && memcmp(a, b, alen * sizeof(long)) == 0) {
                similar = 1.0;
            } else {
                Py_ssize_t words = (blen + WORD_BITS - 1) / WORD_BITS;
                word top = top_mask(blen);
                fill_masks(b, blen, slot, masks, words);
                word *v = scratch, *next = scratch + words;
                for (Py_ssize_t w = 0; w < words; w++) v[w] = ~(word)0;
                v[words - 1] &= top;
                for (Py_ssize_t k = 0; k < alen; k++) {
                    if (a[k] < 0 || slot[a[k]] < 0) continue;
                    step(next, v, masks + slot[a[k]] * words, words, top);
                    word *swap = v;
                    v = next;
                    next = swap;
                }
                clear_slots(b, blen, slot);
                similar = (double)(blen - prefix_ones(v, blen)) / (double)longer;
            }
            if (similar >= share && similar > best_share) {
                best = j;
                best_share = similar;
            }
        }
        PyObject *item;
        if (best < 0) {
            item = Py_None;
            Py_INCREF(item);
        } else {
            taken[best] = 1;
            item = PyLong_FromSsize_t(best);
            if (item == NULL) {
                Py_CLEAR(result);
                goto done;
            }
        }
        PyList_SET_ITEM(result, i, item);
    }
done:
    PyMem_Free(slot);
    PyMem_Free(masks);
    PyMem_Free(scratch);
    PyMem_Free(taken);
    flat_free(&gold);
    flat_free(&pred);
    return result;
}

/* Word tokens. A class byte per code point: MARK (combining mark, category M), SOLO (a script
 * written without spaces: each character a token) as set by `token_classes`, and WORD: the
 * regex engine's own `\w` for str patterns (Python/sre.c: SRE_UNI_IS_WORD), computed here. */
#define MAX_CODE 0x110000
#define MARK 1
#define SOLO 2
#define WORD 4
static unsigned char *classes = NULL;

PyDoc_STRVAR(token_classes_doc,
"token_classes(table) -> None\n\n"
"Set the classes `tokens` uses: `table` holds a byte per code point (0x110000 of them), bit 1\n"
"for a combining mark, bit 2 for a character of a script written without spaces. The bit of\n"
"word characters (the regex `\\w` of str patterns) is added here. tokenize sets them when imported.\n\n"
">>> from newsbench.metrics import tokenize\n"
">>> token_classes(tokenize._classes())\n");

static PyObject *token_classes(PyObject *self, PyObject *args) {
    Py_buffer table;
    if (!PyArg_ParseTuple(args, "y*:token_classes", &table)) return NULL;
    if (table.len != MAX_CODE) {
        PyBuffer_Release(&table);
        PyErr_Format(PyExc_ValueError, "token_classes: a table of %d bytes, got %zd", MAX_CODE, table.len);
        return NULL;
    }
    unsigned char *built = PyMem_Malloc(MAX_CODE);
    if (built == NULL) {
        PyBuffer_Release(&table);
        return PyErr_NoMemory();
    }
    const unsigned char *given = table.buf;
    for (Py_UCS4 c = 0; c < MAX_CODE; c++)
        built[c] = (given[c] & (MARK | SOLO)) | ((Py_UNICODE_ISALNUM(c) || c == '_') ? WORD : 0);
    PyBuffer_Release(&table);
    PyMem_Free(classes);
    classes = built;
    Py_RETURN_NONE;
}

PyDoc_STRVAR(tokens_doc,
"tokens(text, rule) -> tuple\n\n"
"The tokens of `text`, as findall of a regex gives them. rule 0: `\\w+`. rule 1: the token rule\n"
"of tokenize._TOKEN: a character of a script written without spaces with the combining marks\n"
"after it, or a maximal run of word characters and marks that holds no such character. Needs\n"
"`token_classes` first (rule 0 too).\n\n"
">>> from newsbench.metrics import tokenize\n"
">>> tokens('Z\u00fcrich, 4.5', 0)\n"
"('Z\u00fcrich', '4', '5')\n"
">>> tokens('\u6771\u4eac \u0939\u093f\u0928\u094d\u0926\u0940 it_s', 1)\n"
"('\u6771', '\u4eac', '\u0939\u093f\u0928\u094d\u0926\u0940', 'it_s')\n");

static PyObject *tokens(PyObject *self, PyObject *args) {
    PyObject *text;
    int rule;
    if (!PyArg_ParseTuple(args, "Ui:tokens", &text, &rule)) return NULL;
    if (classes == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "tokens: token_classes was not called");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    /* rule 0 takes WORD only; rule 1 takes WORD and MARK in runs, and stops a run at SOLO */
    unsigned char in_run = rule == 0 ? WORD : (WORD | MARK), stop = rule == 0 ? 0 : SOLO;
    PyObject *found = PyList_New(0);
    if (found == NULL) return NULL;
    Py_ssize_t i = 0;
    while (i < n) {
        unsigned char here = classes[PyUnicode_READ(kind, data, i)];
        Py_ssize_t j = i + 1;
        if (here & stop) {
            while (j < n && (classes[PyUnicode_READ(kind, data, j)] & MARK)) j++;
        } else if (here & in_run) {
            while (j < n) {
                unsigned char next = classes[PyUnicode_READ(kind, data, j)];
                if (!(next & in_run) || (next & stop)) break;
                j++;
            }
        } else {
            i = j;
            continue;
        }
        PyObject *token = PyUnicode_Substring(text, i, j);
        if (token == NULL || PyList_Append(found, token) < 0) {
            Py_XDECREF(token);
            Py_DECREF(found);
            return NULL;
        }
        Py_DECREF(token);
        i = j;
    }
    PyObject *out = PyList_AsTuple(found);
    Py_DECREF(found);
    return out;
}

static PyMethodDef methods[] = {
    {"token_classes", token_classes, METH_VARARGS, token_classes_doc},
    {"tokens", tokens, METH_VARARGS, tokens_doc},
    {"rouge_hits", rouge_hits, METH_VARARGS, rouge_hits_doc},
    {"ids", ids, METH_VARARGS, ids_doc},
    {"match_blocks", match_blocks, METH_VARARGS, match_blocks_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "newsbench.metrics._lcs", "Compiled kernels of the LCS-based body and structure metrics (see lcs.py, rouge.py and structure.py).", -1, methods,
};

PyMODINIT_FUNC PyInit__lcs(void) {
    if (PyType_Ready(&TokenMasksType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    Py_INCREF(&TokenMasksType);
    if (PyModule_AddObject(m, "TokenMasks", (PyObject *)&TokenMasksType) < 0) {
        Py_DECREF(&TokenMasksType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
