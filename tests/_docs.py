"""The one reader of documentation examples, shared by every docs test.

A Python example in README.md or docs/*.md is a ```python block tagged ``<!-- example: name -->`` on the
line before its fence, or before the ``<!-- no-typecheck: reason -->`` line that the typecheck test
reads (the shared convention: the example tag comes first). Untagged blocks are found too, so a test can
insist that every block is one it runs.

Shell examples (```sh, ```bash, ```console) are read with ``shell_blocks``; ``fenced_blocks`` gives every
fenced block with its language, for tests that read the other kinds (```text samples, ...).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

_TAGGED = re.compile(
    r"<!-- example: (?P<name>[\w-]+) -->\n(?:<!-- no-typecheck:[^\n]*-->\n)?```python\n(?P<code>.*?)```", re.DOTALL
)
_PYTHON = re.compile(r"```python\n(.*?)```", re.DOTALL)
SHELL_LANGUAGES = ("sh", "bash", "console")


def examples(path: Path) -> dict[str, str]:
    """``{name: code}`` of the tagged Python examples of ``path``, in document order."""
    return {match["name"]: match["code"] for match in _TAGGED.finditer(path.read_text(encoding="utf-8"))}


def python_blocks(path: Path) -> list[str]:
    """Every ```python block of ``path``, tagged or not."""
    return _PYTHON.findall(path.read_text(encoding="utf-8"))


def untagged(path: Path) -> list[str]:
    """The first line of each ```python block that carries no example tag (should be none)."""
    tagged = set(examples(path).values())
    return [block.splitlines()[0] if block else "" for block in python_blocks(path) if block not in tagged]


def run_example(path: Path, name: str, namespace: dict[str, Any] | None = None) -> dict[str, Any]:
    """Execute the example ``name`` of ``path`` in ``namespace`` (a fresh one by default) and return it."""
    scope: dict[str, Any] = {"__name__": f"docs_example_{name.replace('-', '_')}"} if namespace is None else namespace
    exec(compile(examples(path)[name], f"{path}:{name}", "exec"), scope)  # noqa: S102 - our own documentation
    return scope


def fenced_blocks(path: Path) -> list[tuple[str, str]]:
    """``(language, body)`` of every fenced block of ``path``, in order (a fence with no language gives "")."""
    blocks: list[tuple[str, str]] = []
    language: str | None = None
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("```"):
            body.append(line)
        elif language is None:
            language, body = line[3:].strip(), []
        else:
            blocks.append((language, "\n".join(body) + "\n"))
            language = None
    return blocks


def shell_blocks(path: Path) -> list[str]:
    """The body of every ```sh, ```bash and ```console block of ``path``, in order."""
    return [body for language, body in fenced_blocks(path) if language in SHELL_LANGUAGES]
