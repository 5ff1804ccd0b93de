"""A plain dynamic-programming LCS, the independent reference the LCS and ROUGE tests compare against."""

from __future__ import annotations


def lcs_table(a: list[str], b: list[str]) -> list[list[int]]:
    """The full LCS length table; `lcs_table(a, b)[-1][-1]` is the LCS length."""
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            t[i][j] = t[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(t[i - 1][j], t[i][j - 1])
    return t


def lcs_indices(a: list[str], b: list[str]) -> list[int]:
    """Indices into `a` of one LCS: rouge-score's `_backtrack_norec`, transcribed."""
    t = lcs_table(a, b)
    i, j = len(a), len(b)
    found: list[int] = []
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            found.insert(0, i - 1)
            i, j = i - 1, j - 1
        elif t[i][j - 1] > t[i - 1][j]:
            j -= 1
        else:
            i -= 1
    return found
