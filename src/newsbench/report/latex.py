"""The LaTeX report: one booktabs table file per table, and a standalone `report.tex` that inputs them all."""

from __future__ import annotations

from pathlib import Path

from newsbench.report.tables import Cell, Difference, Interval, Table, Tables, fixed, missing, numeric

MISSING = "--"
DAGGER = r"\textsuperscript{\dag}"
SPECIAL = {"\\": r"\textbackslash{}", "_": r"\_", "%": r"\%", "&": r"\&", "#": r"\#", "$": r"\$", "{": r"\{",
           "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
           # brackets: a row starting with "[" would be read as the optional argument of the previous "\\"
           "[": "{[}", "]": "{]}", "†": r"\dag{}", "–": "--"}
PREAMBLE = r"""\documentclass{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{booktabs}
\usepackage{graphicx}
\begin{document}
\section*{newsbench report}
"""
TABLES_PER_PAGE = 8  # LaTeX keeps at most 18 floats waiting; flushing often keeps far below
WIDE_TEXT = 60  # characters: a text column holding longer cells with spaces wraps instead of widening the table


def escape(text: str) -> str:
    r"""Text with every LaTeX special character escaped.

    >>> print(escape("a_b&c 50% #1 $x {y} ~^ \\"))
    a\_b\&c 50\% \#1 \$x \{y\} \textasciitilde{}\textasciicircum{} \textbackslash{}
    """
    return "".join(SPECIAL.get(c, c) for c in text)


def _number(value: float | None) -> str:
    text = fixed(value, MISSING)
    return "$-$" + text[1:] if text.startswith("-") and text != MISSING else text


def cell_latex(value: Cell) -> str:
    """A cell as LaTeX: 3 decimals, CI as `[0.812, 0.884]`, `--` where the figure does not exist."""
    if isinstance(value, Interval):
        return MISSING if missing(value) else f"{{[}}{_number(value.low)}, {_number(value.high)}{{]}}"
    if isinstance(value, Difference):
        return _number(value.value) + (DAGGER if value.significant and not missing(value) else "")
    if value is None or isinstance(value, float):
        return _number(value)
    return escape(str(value))


def _spec(table: Table) -> str:
    def column(i: int) -> str:
        if i and numeric(table, i):
            return "r"
        if any(len(str(row[i])) > WIDE_TEXT and " " in str(row[i]) for row in table.rows):
            return r"p{0.55\linewidth}"
        return "l"
    return "".join(column(i) for i in range(len(table.columns)))


def table_latex(table: Table) -> str:
    """One table environment: caption, label, booktabs rules; shrunk to the line width when wider."""
    lines = [f"% newsbench report: {table.name}. Needs \\usepackage{{booktabs}} and \\usepackage{{graphicx}}.",
             r"\begin{table}[htbp]", r"\centering", f"\\caption{{{escape(table.title)}}}",
             f"\\label{{tab:{table.name}}}",
             r"\resizebox{\ifdim\width>\linewidth\linewidth\else\width\fi}{!}{%",
             f"\\begin{{tabular}}{{{_spec(table)}}}", r"\toprule",
             " & ".join(escape(c) for c in table.columns) + r" \\", r"\midrule"]
    lines += [" & ".join(cell_latex(c) for c in row) + r" \\" for row in table.rows]
    lines += [r"\bottomrule", r"\end{tabular}}"]
    if table.note:
        lines += [r"\par\smallskip", f"{{\\footnotesize {escape(table.note)}\\par}}"]
    lines += [r"\end{table}", ""]
    return "\n".join(lines)


def document(names: list[str]) -> str:
    """`report.tex`: a preamble with booktabs and an \\input of every table file under `latex/`."""
    body = []
    for n, name in enumerate(names, start=1):
        body.append(f"\\input{{latex/{name}}}")
        if n % TABLES_PER_PAGE == 0:
            body.append(r"\clearpage")
    return PREAMBLE + "\n".join(body) + "\n\\end{document}\n"


def write(tables: Tables, out: Path) -> list[Path]:
    """Write `latex/<table>.tex` for every table and `report.tex` into `out`."""
    folder = out / "latex"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for table in tables.display():
        path = folder / f"{table.name}.tex"
        path.write_text(table_latex(table), encoding="utf-8")
        paths.append(path)
    report = out / "report.tex"
    report.write_text(document([t.name for t in tables.display()]), encoding="utf-8")
    return [report, *paths]
