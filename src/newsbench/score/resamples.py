"""The bootstrap's resample weights applied a block of resamples at a time: drawn once per page count as one-byte
counts, turned into floats 16 rows at a time (`metrics.bootstrap.block_products`), applied to every vector a figure
needs.

The figure functions (`score.figures`) apply the weights with `@` as they would a float matrix.
A first pass gives them a `Recorder`, which notes each vector; `Draws.products` then applies
each block of rows to all of them; a second pass gives them a `Replay` of those products. The
float matrix (800 MB at 100,000 pages) is never held; the blocks stay in cache, and every
product is the same to the last bit as the whole matrix's (the same row-by-row products; a test
checks it at several page counts).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from newsbench.metrics.bootstrap import block_products, resample_counts_or_weights

FloatArray = npt.NDArray[np.float64]
Weights = Any
"""The weights as the figure functions see them: applied to vectors with `@` (and `w[:, keep]` for some pages); a
`Recorder`, a `Replay`, or a float matrix."""

T = TypeVar("T")
Asked = list[tuple[npt.NDArray[np.bool_] | None, FloatArray]]
"""The vectors the weights were applied to in a first pass, each with the pages kept (None: all)."""


class Recorder:
    """The weights in a first pass of the figure functions: notes each vector they are applied to and answers zeros
    (no figure of the first pass is used)."""

    def __init__(self, rows: int, asked: Asked | None = None, keep: npt.NDArray[np.bool_] | None = None) -> None:
        self.rows, self.asked, self.keep = rows, [] if asked is None else asked, keep

    def __matmul__(self, vector: npt.ArrayLike) -> FloatArray:
        self.asked.append((self.keep, np.asarray(vector, dtype=np.float64)))
        return np.zeros(self.rows)

    def __getitem__(self, index: tuple[slice, npt.NDArray[np.bool_]]) -> Recorder:
        return Recorder(self.rows, self.asked, index[1])


class Replay:
    """The weights in the second pass of the figure functions: the products of the first pass's vectors, in the
    order asked; a different vector (the passes diverged) is an error, never a wrong figure. `w[:, keep]` shares
    the cursor of `w`."""

    def __init__(self, asked: Iterable[tuple[npt.NDArray[np.bool_] | None, FloatArray]],
                 products: Iterator[FloatArray], keep: npt.NDArray[np.bool_] | None = None) -> None:
        self.asked, self.products, self.keep = iter(asked), products, keep  # iter() of an iterator is itself

    def __matmul__(self, vector: npt.ArrayLike) -> FloatArray:
        keep, recorded = next(self.asked)
        same_keep = keep is None and self.keep is None or (
            keep is not None and self.keep is not None and np.array_equal(keep, self.keep))
        if not same_keep or not np.array_equal(np.asarray(vector, dtype=np.float64), recorded, equal_nan=True):
            raise AssertionError("the figures' second pass applied the weights to another vector than the first")
        return next(self.products)

    def __getitem__(self, index: tuple[slice, npt.NDArray[np.bool_]]) -> Replay:
        return Replay(self.asked, self.products, index[1])


class Draws:
    """The bootstrap's resample counts by page count (`resample_counts_or_weights`, seeded), drawn once each and kept
    as one byte a count (a page is drawn at most a few dozen times); turned into floats a block of rows at a time."""

    def __init__(self, seed: int, n_resamples: int) -> None:
        self.seed, self.n_resamples = seed, n_resamples
        self.counts: dict[int, npt.NDArray[np.uint8] | FloatArray] = {}

    def counts_of(self, pages: int) -> npt.NDArray[np.uint8] | FloatArray:
        """The [n_resamples x pages] counts (`resample_weights`'s matrix), drawn on first use."""
        if pages not in self.counts:
            self.counts[pages] = resample_counts_or_weights(pages, rng=np.random.default_rng(self.seed),
                                                            n_resamples=self.n_resamples)
        return self.counts[pages]

    def apply(self, pages: int, compute: Callable[[Weights], T]) -> T:
        """`compute(weights)` with the weights of `pages` pages: a first call records the vectors it applies them to
        (`Recorder`), the second gets their products (`Replay`); `compute` must ask for the same ones both times."""
        recorder = Recorder(self.n_resamples)
        compute(recorder)
        return compute(Replay(recorder.asked, self.products(pages, recorder.asked)))

    def products(self, pages: int, asked: Asked) -> Iterator[FloatArray]:
        """The weights of `pages` pages applied to each vector of `asked` (on its pages kept), in order."""
        return iter(block_products(self.counts_of(pages), asked))
