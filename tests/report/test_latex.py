"""The LaTeX report: escaping, booktabs structure, the dagger for significant pairs, and a real pdflatex compile."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from report_helpers import typed

from newsbench.report import latex
from newsbench.report.tables import build

DAGGER = r"\textsuperscript{\dag}"


def structure_problems(text: str) -> list[str]:
    """Unbalanced braces and unmatched \\begin/\\end in LaTeX source (escaped characters skipped)."""
    problems, depth, stack, i = [], 0, [], 0
    while i < len(text):
        if text[i] == "\\":
            found = re.match(r"\\(begin|end)\{([^}]*)\}", text[i:])
            if found and found.group(1) == "begin":
                stack.append(found.group(2))
            elif found:
                if not stack or stack.pop() != found.group(2):
                    problems.append(f"\\end{{{found.group(2)}}} without its \\begin")
            i += 2  # a control symbol (\{, \}, \\, \%) or the first letter of a control word
            continue
        if text[i] == "%":
            i = text.find("\n", i) if "\n" in text[i:] else len(text)
            continue
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth < 0:
            problems.append(f"unbalanced '}}' at {i}")
            depth = 0
        i += 1
    return problems + ([f"{depth} unclosed '{{'"] if depth else []) + [f"\\begin{{{e}}} not ended" for e in stack]


def rendered(results: dict[str, Any], out: Path) -> list[Path]:
    return latex.write(build(typed(results)), out)


def tabular_rows(text: str) -> list[str]:
    body = text.split(r"\midrule", 1)[1].split(r"\bottomrule", 1)[0]
    return [line for line in body.splitlines() if line.strip()]


def test_every_special_character_is_escaped() -> None:
    assert latex.escape("a_b&c") == r"a\_b\&c"
    assert latex.escape(r"_%&#${}~^\[") == (r"\_\%\&\#\$\{\}\textasciitilde{}\textasciicircum{}"
                                            r"\textbackslash{}{[}")
    assert structure_problems(latex.escape(r"{{}\}}}~^")) == []


def test_a_name_with_special_characters_is_escaped_everywhere(results: dict[str, Any], tmp_path: Path) -> None:
    paths = rendered(results, tmp_path)
    text = "\n".join(p.read_text(encoding="utf-8") for p in paths)
    assert "a_b&c" not in text and r"a\_b\&c" in text and r"1.2\_3" in text


def test_every_table_is_a_booktabs_table_with_caption_and_label(results: dict[str, Any], tmp_path: Path) -> None:
    report, *tables = rendered(results, tmp_path)
    assert len(tables) == len(build(typed(results)).display())
    for path in tables:
        text = path.read_text(encoding="utf-8")
        assert structure_problems(text) == [], path.name
        for needed in (r"\toprule", r"\bottomrule", r"\caption{", r"\label{tab:", r"\begin{table}"):
            assert text.count(needed) == 1, (path.name, needed)
        # one rule under the header, and one above the rows kept apart from the ranking when there are any
        assert text.count(r"\midrule") == 1 + (r"\emph{Not ranked}" in text), path.name
    document = report.read_text(encoding="utf-8")
    assert structure_problems(document) == []
    assert r"\usepackage{booktabs}" in document and document.count(r"\input{latex/") == len(tables)


def test_the_dagger_marks_exactly_the_significant_pairs(results: dict[str, Any], tmp_path: Path) -> None:
    rendered(results, tmp_path)
    body = (tmp_path / "latex" / "significance-mini-body.tex").read_text(encoding="utf-8")
    rows = {row.split(" & ")[0]: row.removesuffix(r" \\").split(" & ")[1:] for row in tabular_rows(body)}
    # ranked systems first, the oracle (a reference system) last
    assert rows[r"a\_b\&c"] == ["--", "0.420", "$-$0.250" + DAGGER]
    assert rows["weak"] == ["$-$0.420", "--", "$-$0.670" + DAGGER]
    assert rows["oracle"] == ["0.250" + DAGGER, "0.670" + DAGGER, "--"]
    headline = (tmp_path / "latex" / "significance-mini-headline.tex").read_text(encoding="utf-8")
    assert DAGGER not in "\n".join(tabular_rows(headline))
    elsewhere = [p for p in (tmp_path / "latex").glob("*.tex") if not p.name.startswith("significance-")]
    assert not any(DAGGER in p.read_text(encoding="utf-8") for p in elsewhere)


def test_a_missing_figure_prints_a_dash(results: dict[str, Any], tmp_path: Path) -> None:
    rendered(results, tmp_path)
    text = (tmp_path / "latex" / "leaderboard-mini-body.tex").read_text(encoding="utf-8")
    (weak,) = [row for row in tabular_rows(text) if row.startswith("weak &")]
    assert weak.split(" & ")[8:] == ["--", "--", "--", "2", r"-- \\"]  # micro F1, AEB F1, WCXB F1, failures, ms


def test_the_best_ranked_value_is_bold_and_the_oracle_is_apart(results: dict[str, Any], tmp_path: Path) -> None:
    rendered(results, tmp_path)
    text = (tmp_path / "latex" / "leaderboard-mini-body.tex").read_text(encoding="utf-8")
    ranked, apart = text.split(r"\emph{Not ranked}")
    assert r"\textbf{0.750}" in ranked and "oracle" not in ranked
    assert r"oracle {\footnotesize (reference: reads the gold)}" in apart and r"\textbf" not in apart


def test_characters_pdflatex_cannot_typeset_are_wrapped() -> None:
    assert latex.escape("Извлекатель-2") == r"\nbunicode{Извлекатель}{U+0418 U+0437 U+0432 U+043B U+0435 U+043A " \
                                            r"U+0430 U+0442 U+0435 U+043B U+044C}-2"
    assert latex.escape("café – naïve") == "café -- naïve"  # Latin-1 stays as it is
    assert latex.escape("a\u200bb") == "ab"  # format characters print as nothing


def compile_latex(folder: Path, engine: str = "pdflatex") -> subprocess.CompletedProcess[str]:
    return subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", "report.tex"], cwd=folder,
                          capture_output=True, text=True, timeout=300)


needs_pdflatex = pytest.mark.skipif(shutil.which("pdflatex") is None,
                                    reason="pdflatex is not on PATH (apt-get install texlive-latex-base "
                                           "texlive-latex-recommended); the structural checks still ran")


@needs_pdflatex
@pytest.mark.slow
def test_the_report_compiles_with_pdflatex(results: dict[str, Any], tmp_path: Path) -> None:
    rendered(results, tmp_path)
    done = compile_latex(tmp_path)
    assert done.returncode == 0, done.stdout[-3000:]
    assert (tmp_path / "report.pdf").stat().st_size > 0


@needs_pdflatex
@pytest.mark.slow
def test_a_real_run_report_compiles_with_pdflatex(scored: dict[str, Any], tmp_path: Path) -> None:
    for path in rendered(scored, tmp_path):
        assert structure_problems(path.read_text(encoding="utf-8")) == [], path.name
    done = compile_latex(tmp_path)
    assert done.returncode == 0, done.stdout[-3000:]
    assert (tmp_path / "report.pdf").stat().st_size > 0


NON_LATIN = ("抽出器", "Извлекатель", "مستخرج", "ตัวแยก", "$\\foo$ & 100%")


@needs_pdflatex
@pytest.mark.slow
@pytest.mark.parametrize("engine", ["pdflatex", "lualatex"])
def test_non_latin_names_compile(results: dict[str, Any], tmp_path: Path, engine: str) -> None:
    if shutil.which(engine) is None:
        pytest.skip(f"{engine} is not on PATH")
    for n, name in enumerate(NON_LATIN):
        results["leaderboard"][n]["extractor"] = name
    rendered(results, tmp_path)
    done = compile_latex(tmp_path, engine)
    assert done.returncode == 0, done.stdout[-3000:]
    assert (tmp_path / "report.pdf").stat().st_size > 0
    if engine == "pdflatex" and shutil.which("pdftotext"):  # the code points stand in for the characters
        text = subprocess.run(["pdftotext", "report.pdf", "-"], cwd=tmp_path, capture_output=True, text=True).stdout
        assert "U+62BD" in text.replace("\n", " ")
