"""Loading the built dataset as a `datasets.Dataset` or a pandas DataFrame, checked against its schema."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsbench.errors import DatasetIntegrityError
from newsbench.paths import default_dataset

if TYPE_CHECKING:
    import datasets
    import pandas as pd


def load(
    split: str = "test", *, path: Path | None = None, as_pandas: bool = False, cache_dir: str | None = None
) -> datasets.Dataset | pd.DataFrame:
    """The rows of one split of the dataset folder `path` (default: the embedded dataset).

    Loads offline through `datasets.load_dataset` on the folder's absolute path (never a name
    resolved against the working folder), then checks that the loaded features equal the
    declared ones (a struct field missing from the data would otherwise load silently as None).
    The card's config is named after the fingerprint (`card.config_name`), so the `datasets`
    cache cannot serve another folder's rows. Raises DatasetIntegrityError naming the file on a
    missing folder, an unknown split or an unreadable Parquet file.
    """
    import datasets

    from newsbench.corpus.card import features

    folder = (Path(path) if path is not None else default_dataset()).resolve()
    if not (folder / "README.md").is_file():
        raise DatasetIntegrityError("no dataset card here; run `newsbench build`", file=str(folder / "README.md"))
    try:
        ds = datasets.load_dataset(str(folder), split=split, cache_dir=cache_dir)
    except ValueError as exc:
        raise DatasetIntegrityError(f"cannot load split {split!r}: {exc}", file=str(folder)) from exc
    except Exception as exc:  # pyarrow and datasets raise many types for a corrupt file
        raise DatasetIntegrityError(f"cannot read the dataset: {type(exc).__name__}: {exc}", file=str(folder)) from exc
    if ds.features != features():
        raise DatasetIntegrityError("loaded features differ from the declared schema", file=str(folder / "README.md"))
    return ds.to_pandas() if as_pandas else ds
