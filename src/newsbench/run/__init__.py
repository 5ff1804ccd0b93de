"""The run stage: extractors over a corpus in isolated worker processes, into a run folder; nothing scored."""
