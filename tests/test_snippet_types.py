"""Every Python snippet of README.md and docs/*.md passes ``mypy --strict`` against the installed package.

A user copies a snippet into a project that runs mypy; it must type-check as written. A block that
cannot (it imports Airflow or Dagster, or it is a deliberate fragment) carries the line
``<!-- no-typecheck: <reason> -->`` immediately before its fence, and the reason must not be empty.
All snippets are checked in one mypy run (one module each), so an error names the document and line.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_SKIP = re.compile(r"^<!-- no-typecheck: (?P<reason>.*\S.*) -->$")
_SKIP_ANY = re.compile(r"^<!--\s*no-typecheck\b")


@dataclass(frozen=True)
class Snippet:
    document: Path
    line: int  # 1-based line of the first code line
    code: str
    skip_reason: str | None

    @property
    def module(self) -> str:
        stem = re.sub(r"\W", "_", self.document.stem.lower())
        return f"snippet_{stem}_{self.line}"


def snippets(document: Path) -> list[Snippet]:
    """The ```python blocks of a Markdown document, with their skip marker if any."""
    lines = document.read_text().splitlines()
    found: list[Snippet] = []
    index = 0
    while index < len(lines):
        if lines[index].strip() != "```python":
            index += 1
            continue
        marker = lines[index - 1].strip() if index > 0 else ""
        if _SKIP_ANY.match(marker) and not _SKIP.match(marker):
            raise AssertionError(f"{document.name}:{index}: a no-typecheck marker needs a reason: {marker!r}")
        skip = _SKIP.match(marker)
        end = index + 1
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        found.append(
            Snippet(document, index + 2, "\n".join(lines[index + 1 : end]) + "\n", skip["reason"] if skip else None)
        )
        index = end + 1
    return found


ALL = [snippet for document in DOCUMENTS for snippet in snippets(document)]
CHECKED = [snippet for snippet in ALL if snippet.skip_reason is None]


def test_the_documents_have_snippets_to_check() -> None:
    assert len(CHECKED) >= 10, [s.module for s in CHECKED]


def test_skip_markers_are_parsed_with_their_reason(tmp_path: Path) -> None:
    document = tmp_path / "doc.md"
    document.write_text(
        "text\n<!-- no-typecheck: imports airflow -->\n```python\nimport airflow\n```\n\n```python\nx: int = 1\n```\n"
    )
    found = snippets(document)
    assert [(s.line, s.code, s.skip_reason) for s in found] == [
        (4, "import airflow\n", "imports airflow"),
        (8, "x: int = 1\n", None),
    ]
    document.write_text("<!-- no-typecheck: -->\n```python\nx = 1\n```\n")
    with pytest.raises(AssertionError, match="needs a reason"):
        snippets(document)


def test_every_snippet_passes_mypy_strict(tmp_path: Path) -> None:
    for snippet in CHECKED:
        (tmp_path / f"{snippet.module}.py").write_text(snippet.code)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "snippets"),
            *sorted(f"{snippet.module}.py" for snippet in CHECKED),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    where = {snippet.module: snippet for snippet in CHECKED}
    problems = []
    for line in result.stdout.splitlines():
        match = re.match(r"^(?P<module>snippet_\w+)\.py:(?P<line>\d+): (?P<message>.*)$", line)
        if not match:
            problems.append(line)
            continue
        snippet = where[match["module"]]
        problems.append(f"{snippet.document.name}:{snippet.line + int(match['line']) - 1}: {match['message']}")
    assert [p for p in problems if ": note:" not in p] == [], "\n".join(problems) + result.stderr
