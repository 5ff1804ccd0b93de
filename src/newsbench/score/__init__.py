"""The score stage: gold x stored predictions -> per-page scores -> results (figures, CIs, tests, breakdowns)."""
