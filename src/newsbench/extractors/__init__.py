"""Extractors: the contract (base), the registry, and one adapter module per tool."""
