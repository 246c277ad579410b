#!/usr/bin/env python3
"""Run the test suite on every Python version pyproject.toml's classifiers promise that this machine has.

    python3 scripts/test_pythons.py [--skip VERSION ...] [--list] [-- PYTEST ARGS]

The classifiers say "3.11, 3.12, 3.13"; a promise kept only on the version CI happens to run is not
kept. For each classified version this finds an interpreter (``python3.X`` on PATH, then pyenv's
``$PYENV_ROOT/versions/3.X.*``), builds ``.venv-3.X`` with the project and its dev extra, and runs
pytest there (linting and the generation check run once, in ``make test``). It prints which versions
ran, and loudly which classified version it could not find; the exit status is pytest's worst (a
missing interpreter is reported, not failed: a machine without 3.13 cannot test it).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CLASSIFIER = re.compile(r'"Programming Language :: Python :: (3\.\d+)"')


def classified_versions(pyproject: str) -> list[str]:
    """``["3.11", "3.12", "3.13"]`` from the classifiers of a pyproject.toml text.

    Example:
        >>> classified_versions('"Programming Language :: Python :: 3",\\n"Programming Language :: Python :: 3.12",')
        ['3.12']
    """
    return sorted(set(_CLASSIFIER.findall(pyproject)), key=lambda version: tuple(map(int, version.split("."))))


def candidates(version: str, path: str, pyenv_root: Path) -> list[Path]:
    """Where an interpreter of ``version`` may be, most preferred first."""
    found = [Path(p) / f"python{version}" for p in path.split(os.pathsep) if p]
    versions = pyenv_root / "versions"
    if versions.is_dir():
        found += sorted(versions.glob(f"{version}.*/bin/python"), reverse=True)
    return found


def find_interpreter(version: str, path: str, pyenv_root: Path) -> Path | None:
    """The first candidate that exists and really is ``version`` (a stale shim may be something else)."""
    for candidate in candidates(version, path, pyenv_root):
        if not (candidate.is_file() and os.access(candidate, os.X_OK)):
            continue
        probe = subprocess.run(
            [str(candidate), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            check=False,
        )
        if probe.returncode == 0 and probe.stdout.strip() == version:
            return candidate
    return None


def report(ran: dict[str, int], missing: Iterable[str]) -> list[str]:
    """The lines printed at the end: what ran with which result, and each missing version, loudly.

    Example:
        >>> for line in report({"3.12": 0, "3.13": 1}, ["3.11"]): print(line)
        Python 3.12: tests passed
        Python 3.13: TESTS FAILED (pytest exit 1)
        !!! Python 3.11 is classified in pyproject.toml but NOT INSTALLED here: its tests did NOT run !!!
    """
    lines = [
        f"Python {version}: " + ("tests passed" if code == 0 else f"TESTS FAILED (pytest exit {code})")
        for version, code in ran.items()
    ]
    lines += [
        f"!!! Python {version} is classified in pyproject.toml but NOT INSTALLED here: its tests did NOT run !!!"
        for version in missing
    ]
    return lines


def run_suite(interpreter: Path, version: str, pytest_args: Sequence[str]) -> int:
    venv = ROOT / f".venv-{version}"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([str(interpreter), "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    # Re-run every time: cheap when nothing changed, and it picks up new dependencies.
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[dev]"], check=True)
    print(f"=== pytest on Python {version} ({interpreter}) ===", flush=True)
    return subprocess.run([str(python), "-m", "pytest", *pytest_args], cwd=ROOT, check=False).returncode


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip", action="append", default=[], metavar="VERSION", help="a version already tested")
    parser.add_argument("--list", action="store_true", help="only say which versions are classified and found")
    parser.add_argument("pytest_args", nargs="*", help="arguments for pytest (after --)")
    args = parser.parse_args(argv)
    versions = classified_versions((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pyenv_root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    path = os.environ.get("PATH", "")
    found = {version: find_interpreter(version, path, pyenv_root) for version in versions}
    missing = [version for version, interpreter in found.items() if interpreter is None]
    ran: dict[str, int] = {}
    for version, interpreter in found.items():
        if interpreter is None:
            continue
        if version in args.skip:
            print(f"Python {version}: tested already (make test)", flush=True)
            continue
        if args.list:
            print(f"Python {version}: {interpreter}")
            continue
        ran[version] = run_suite(interpreter, version, args.pytest_args or ["-q", "-p", "no:cacheprovider"])
    print("\n".join(report(ran, missing)), flush=True)
    return max(ran.values(), default=0)


if __name__ == "__main__":
    sys.exit(main())
