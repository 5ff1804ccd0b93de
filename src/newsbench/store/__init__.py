"""The run folder that the run and score stages share: its manifest, the prediction store, its file paths."""
