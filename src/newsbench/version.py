"""The version of newsbench (the package, its dataset schema and its results are versioned together)."""

__version__ = "0.1.0"
