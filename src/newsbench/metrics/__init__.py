"""Pure scoring functions over plain values (str, list, None): one module per scored field or statistic.

Modules: `prf` (result types, zero-division rule), `tokenize` (folding, all-script tokens),
`segment` (paragraphs, sentences), `lcs`; body metrics `body` (token P/R/F1 with optional
blocks), `aeb` (Zyte's benchmark), `wcxb` (WCXB's word F1), `rouge` (ROUGE-LSum), `blocks`;
fields `headline`, `dates`, `authors`, `entities` (document level), `entity_spans`
(MUC / SemEval-2013 9.1); corpus level `aggregate` (macro, micro) and `bootstrap`.

Conventions shared by every module here:

- A per-page function returns ``None`` when the prediction is ``None`` (the tool did not try,
  or has no backend for the page): an abstention. A prediction that was tried and found
  nothing is an empty string or an empty list and is scored (usually as a miss). Corpus
  functions say how they count abstentions; `aggregate` makes the caller choose.
- Zero division: an empty prediction against an empty gold scores 1 (nothing to find, nothing
  wrongly found); otherwise a ratio whose denominator is 0 scores 0. See `prf.prf_from_counts`.
  The reproductions of published metrics (`aeb`, `wcxb`) keep their own rules instead.
- Nothing is rounded; rounding belongs to rendering.
"""
