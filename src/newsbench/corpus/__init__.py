"""The corpus stage: gold schema, sources, validation, splits, the dataset folder (build, read, card), coverage."""
