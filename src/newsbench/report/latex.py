"""The LaTeX report: one booktabs table file per table, and a standalone `report.tex` that inputs them all.

The files compile with pdflatex (T1, utf8) as well as with a Unicode engine. Characters that
pdflatex cannot typeset in T1 (Cyrillic, CJK, Arabic, ... in a system's name) are written as
`\\nbunicode{<text>}{U+XXXX ...}`: a Unicode engine (LuaLaTeX, XeLaTeX) prints the text itself,
pdflatex prints the code points. Each table file defines `\\nbunicode` with `\\providecommand`,
so a table can be `\\input` into a paper on its own.
"""

from __future__ import annotations

import unicodedata
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
# Beyond printable ASCII, what pdflatex with T1 and utf8 typesets (found by compiling each code point
# from U+00A0 to U+024F and the general punctuation block): Latin-1 and Latin Extended-A but for a
# few letters, and the common punctuation marks.
_PDFLATEX_MISSING = {0x126, 0x127, 0x138, 0x13F, 0x140, 0x149, 0x166, 0x167, 0x17F}
_PDFLATEX = frozenset(c for c in range(0xA0, 0x180) if c not in _PDFLATEX_MISSING) | frozenset(
    (*range(0x2010, 0x2017), 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2020, 0x2021, 0x2022, 0x2026,
     0x2030, 0x2039, 0x203A, 0x20AC, 0x2122))
UNICODE_MACRO = r"\providecommand{\nbunicode}[2]{\ifdefined\Umathcode#1\else\texttt{[#2]}\fi}"
TABLES_PER_PAGE = 8  # LaTeX keeps at most 18 floats waiting; flushing often keeps far below
WIDE_TEXT = 60  # characters: a text column holding longer cells with spaces wraps instead of widening the table


def _typesettable(c: str) -> bool:
    return " " <= c <= "~" or ord(c) in _PDFLATEX


def escape(text: str) -> str:
    r"""Text with every LaTeX special character escaped, and what pdflatex cannot typeset wrapped in \nbunicode.

    >>> print(escape("a_b&c 50% #1 $x {y} ~^ \\"))
    a\_b\&c 50\% \#1 \$x \{y\} \textasciitilde{}\textasciicircum{} \textbackslash{}
    >>> print(escape("Ёж é"))
    \nbunicode{Ёж}{U+0401 U+0436} é
    """
    out, run = [], ""
    for c in text.replace("\r", " ").replace("\n", " "):
        if c in SPECIAL or _typesettable(c):
            if run:
                out.append(f"\\nbunicode{{{run}}}{{{' '.join(f'U+{ord(x):04X}' for x in run)}}}")
                run = ""
            out.append(SPECIAL.get(c, c))
        elif unicodedata.category(c)[0] == "C":  # control and format characters print as nothing
            continue
        else:
            run += c
    if run:
        out.append(f"\\nbunicode{{{run}}}{{{' '.join(f'U+{ord(x):04X}' for x in run)}}}")
    return "".join(out)


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
        if any(len(str(row[i])) > WIDE_TEXT and " " in str(row[i]) for row in table.rows + table.apart):
            return r"p{0.55\linewidth}"
        return "l"
    return "".join(column(i) for i in range(len(table.columns)))


def table_latex(table: Table) -> str:
    """One table environment: caption, label, booktabs rules; shrunk to the line width when wider."""
    lines = [f"% newsbench report: {table.name}. Needs \\usepackage{{booktabs}} and \\usepackage{{graphicx}}.",
             UNICODE_MACRO, r"\begin{table}[htbp]", r"\centering", f"\\caption{{{escape(table.title)}}}",
             f"\\label{{tab:{table.name}}}",
             r"\resizebox{\ifdim\width>\linewidth\linewidth\else\width\fi}{!}{%",
             f"\\begin{{tabular}}{{{_spec(table)}}}", r"\toprule",
             " & ".join(escape(c) for c in table.columns) + r" \\", r"\midrule"]
    for r, row in enumerate(table.rows):
        cells = [cell_latex(c) for c in row]
        lines.append(" & ".join(f"\\textbf{{{c}}}" if (r, i) in table.best else c for i, c in enumerate(cells))
                     + r" \\")
    if table.apart:
        lines += [r"\midrule", f"\\multicolumn{{{len(table.columns)}}}{{l}}{{\\emph{{Not ranked}}}} \\\\"]
        for row, why in zip(table.apart, table.why, strict=True):
            cells = [cell_latex(c) for c in row]
            cells[0] += f" {{\\footnotesize ({escape(why)})}}"
            lines.append(" & ".join(cells) + r" \\")
    lines += [r"\bottomrule", r"\end{tabular}}"]
    if table.note:
        lines += [r"\par\smallskip", f"{{\\footnotesize {escape(table.note)}\\par}}"]
    for line in table.footer:
        lines.append(f"{{\\footnotesize {escape(line)}\\par}}")
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
