#!/usr/bin/env python3
"""Generate the low-level client `fivetran_api` from Fivetran's OpenAPI export.

    python scripts/generate.py --spec PATH_OR_URL            # regenerate generated/fivetran_api
    python scripts/generate.py --spec PATH_OR_URL --check    # regenerate to a scratch dir, compare
    python scripts/generate.py --spec NEW --update-lock      # accept a new export (prints the drift)

Pipeline: read the spec → verify its sha256 against `openapi/spec.lock.json` → normalize
(`openapi/normalize.py`) → `openapi-python-client generate` (pinned version, `--meta none
--fail-on-warning`, project config and templates) → post-process → stamp. Everything happens in a
scratch directory; `generated/` is replaced only when every step succeeded, so bad input never leaves
a half-written client behind. Errors are one line on stderr and exit status 1 (2 for usage errors).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "openapi"))

import normalize  # noqa: E402
from examples import success_examples  # noqa: E402
from spec_diff import FINGERPRINT_VERSION, diff, operation_fingerprints, render  # noqa: E402
from spec_source import SpecSourceError, is_url, parse_spec, read_spec_bytes  # noqa: E402

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
PACKAGE = "fivetran_api"
LOCK_FILE = ROOT / "openapi" / "spec.lock.json"
CONFIG_FILE = ROOT / "openapi" / "generator-config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
MODEL_BASE = TEMPLATES / "model_base.py"
DEFAULT_OUTPUT = ROOT / "generated"

_STATUS_CALL = "status_code=HTTPStatus(response.status_code),"
_STATUS_OF = '''

def status_code_of(code: int) -> HTTPStatus | int:
    """The status as an `HTTPStatus` when Python knows it, else the plain int (299, 520, 599, ...).

    `HTTPStatus(299)` raises ValueError: a proxy or a new API status must not crash a response that
    was otherwise read fine.
    """
    try:
        return HTTPStatus(code)
    except ValueError:
        return code
'''
_FIXED_BOUNDARY = '    headers["Content-Type"] = "multipart/form-data; boundary=+++"\n'
# The generator percent-encodes path parameters with `quote(str(x), safe="")`, which leaves "." alone;
# httpx then removes "." and ".." segments, so an id of ".." would address a different resource.
_PATH_QUOTE_RE = re.compile(r'quote\(str\((\w+)\), safe=""\)')


class GenerationError(Exception):
    """A step of the pipeline failed; the message is one line for the user."""


def export_date(spec: dict[str, Any]) -> str:
    """The export timestamp Fivetran puts in the `updated` tag (the spec has no other version)."""
    for tag in spec.get("tags", []):
        if tag.get("name") == "updated":
            return str(tag.get("description", ""))
    return ""


def operation_count(spec: dict[str, Any]) -> int:
    return sum(1 for _ in normalize.iter_operations(spec))


def load_lock(lock_file: Path) -> dict[str, Any]:
    if not lock_file.exists():
        return {}
    lock: dict[str, Any] = json.loads(lock_file.read_text())
    return lock


def write_lock(lock_file: Path, source: str, sha256: str, spec: dict[str, Any]) -> None:
    previous_url = load_lock(lock_file).get("source_url", "")
    lock = {
        "source_url": source if is_url(source) else previous_url,
        "sha256": sha256,
        "export_date": export_date(spec),
        "operation_count": operation_count(spec),
        "generator": f"{GENERATOR}=={GENERATOR_VERSION}",
        # Fingerprints (digests, not content) of every operation, so the next export can be diffed
        # against this one even when this export is no longer at hand.
        "fingerprint_version": FINGERPRINT_VERSION,
        "operations": operation_fingerprints(spec),
    }
    lock_file.write_text(json.dumps(lock, indent=2, sort_keys=False) + "\n")


def check_generator_version() -> None:
    try:
        installed = importlib.metadata.version(GENERATOR)
    except importlib.metadata.PackageNotFoundError as exc:
        raise GenerationError(f"{GENERATOR} is not installed; run `make dev` (pins {GENERATOR_VERSION})") from exc
    if installed != GENERATOR_VERSION:
        raise GenerationError(
            f"{GENERATOR} {installed} is installed but the output is pinned to {GENERATOR_VERSION}; run `make dev`"
        )


def run_generator(spec_path: Path, out_dir: Path) -> None:
    """Run the pinned generator; any warning fails the run (`--fail-on-warning`)."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bin_dir / GENERATOR),
        "generate",
        "--path", str(spec_path),
        "--meta", "none",
        "--fail-on-warning",
        "--overwrite",
        "--config", str(CONFIG_FILE),
        "--custom-template-path", str(TEMPLATES),
        "--output-path", str(out_dir),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=out_dir.parent, check=False)
    if result.returncode != 0 or not out_dir.is_dir():
        output = (result.stdout + result.stderr).strip()
        sys.stderr.write(output + "\n")
        raise GenerationError(f"{GENERATOR} failed (exit {result.returncode}); its output is above")


_METHOD_RE = re.compile(r'"method": "(\w+)"')
_URL_RE = re.compile(r'"url": "([^"]+)"')


def write_operation_index(out_dir: Path, modules: list[Path]) -> None:
    """Write `_operations.py`: (METHOD, path template, module) for every operation.

    `fivetran_ext` uses it to map a request back to its operation (retry safety, the coverage
    registry) and the tests use it to route conformance fixtures, without importing 169 modules.
    """
    rows = []
    for module in modules:
        text = module.read_text()
        method, url = _METHOD_RE.search(text), _URL_RE.search(text)
        if not method or not url:
            raise GenerationError(f"cannot find the method and URL in {module.name}; did the generator change?")
        dotted = ".".join((PACKAGE, *module.relative_to(out_dir).with_suffix("").parts))
        rows.append((method.group(1).upper(), url.group(1), dotted))
    lines = [
        '"""Every operation of the spec: (HTTP method, path template, module). Written by scripts/generate.py."""',
        "",
        "OPERATIONS: tuple[tuple[str, str, str], ...] = (",
        *(f'    ("{m}", "{u}", "{d}"),' for m, u, d in sorted(rows, key=lambda r: (r[1], r[0]))),
        ")",
        "",
    ]
    (out_dir / "_operations.py").write_text("\n".join(lines))


def post_process(out_dir: Path, *, sha256: str, spec: dict[str, Any]) -> None:
    """Deterministic edits the generator has no option for, then the stamp and `py.typed`."""
    expected_modules = operation_count(spec)
    modules = [p for p in (out_dir / "api").rglob("*.py") if p.name != "__init__.py"]
    if len(modules) != expected_modules:
        raise GenerationError(f"generated {len(modules)} operation modules, the spec has {expected_modules}")
    for module in modules:
        text = module.read_text()
        # Encode "." too, so "." and ".." path segments arrive as data, not as path navigation.
        new = _PATH_QUOTE_RE.sub(lambda m: f'quote(str({m.group(1)}), safe="").replace(".", "%2E")', text)
        # The generator pins the multipart boundary to "+++", which httpx then reuses: a file containing
        # "\r\n--+++" would be cut short. Without the header httpx picks a random boundary and sets it.
        new = new.replace(_FIXED_BOUNDARY, "")
        # Statuses Python's HTTPStatus lacks (299, 520, ...) stay plain ints instead of raising ValueError.
        if new.count(_STATUS_CALL) != 1 or "from http import HTTPStatus\n" not in new:
            raise GenerationError(f"{module.name}: cannot find the HTTPStatus(...) call; did the generator change?")
        new = new.replace(_STATUS_CALL, "status_code=status_code_of(response.status_code),")
        new = new.replace("from http import HTTPStatus\n", "")
        new = new.replace("from ...types import ", "from ...types import status_code_of, ", 1)
        module.write_text(new)
    types_module = out_dir / "types.py"
    types_text = types_module.read_text()
    if "    status_code: HTTPStatus\n" not in types_text:
        raise GenerationError("types.py: cannot find Response.status_code; did the generator change?")
    types_text = types_text.replace("    status_code: HTTPStatus\n", "    status_code: HTTPStatus | int\n")
    types_text = types_text.replace("\n\n__all__ = [", _STATUS_OF + "\n\n__all__ = [", 1)
    types_module.write_text(types_text.replace('"Unset"]', '"Unset", "status_code_of"]'))
    (out_dir / "py.typed").write_text("")
    # The base the model template's classes derive from (see openapi/templates/model_base.py).
    shutil.copyfile(MODEL_BASE, out_dir / "_model.py")
    write_operation_index(out_dir, modules)
    # Example success bodies synthesized from the raw spec (closed enums, every property): what the fake
    # Fivetran API answers for operations it does not model statefully.
    examples = success_examples(normalize.repair_mojibake(spec))
    (out_dir / "_examples.json").write_text(json.dumps(examples, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    stamp = (
        '"""What this package was generated from (written by scripts/generate.py)."""\n\n'
        f'GENERATOR = "{GENERATOR}=={GENERATOR_VERSION}"\n'
        f'SPEC_SHA256 = "{sha256}"\n'
        f'SPEC_EXPORT_DATE = "{export_date(spec)}"\n'
        f"OPERATION_COUNT = {expected_modules}\n"
    )
    (out_dir / "_stamp.py").write_text(stamp)
    bin_dir = Path(sys.executable).parent
    ruff = str(bin_dir / "ruff")
    isolated = ["--isolated", "--no-cache", "--line-length", "120", "--quiet"]
    # Models import every type they may hold for type checking only: drop the unused ones, sort the rest.
    subprocess.run([ruff, "check", ".", *isolated, "--fix-only", "--select", "F401,I001"], cwd=out_dir, check=True)
    subprocess.run([ruff, "format", ".", *isolated], cwd=out_dir, check=True)


def build(source: str, *, update_lock: bool, lock_file: Path = LOCK_FILE) -> tuple[Path, dict[str, Any], float]:
    """Read, verify, normalize and generate into a scratch directory; return it, the raw spec and seconds."""
    started = time.perf_counter()
    data = read_spec_bytes(source)
    spec = parse_spec(data, source)
    sha256 = hashlib.sha256(data).hexdigest()
    lock = load_lock(lock_file)
    if lock.get("sha256") != sha256:
        if not update_lock:
            raise GenerationError(
                f"spec sha256 {sha256[:12]}… does not match openapi/spec.lock.json "
                f"({str(lock.get('sha256', 'none'))[:12]}…, export {lock.get('export_date', '?')}). "
                f"Review the change with `make spec-diff OLD=openapi/spec.lock.json NEW={source}`, then accept "
                f"it with `make generate SPEC={source} UPDATE_LOCK=1`"
            )
        if lock.get("operations") and lock.get("fingerprint_version") == FINGERPRINT_VERSION:
            print(render(diff(lock["operations"], operation_fingerprints(spec))))
    check_generator_version()
    normalized = normalize.normalize(spec)
    scratch = Path(tempfile.mkdtemp(prefix="fivetran-generate-"))
    out_dir = scratch / PACKAGE
    try:
        spec_path = scratch / "spec.normalized.json"
        spec_path.write_text(json.dumps(normalized, indent=1, ensure_ascii=False))
        run_generator(spec_path, out_dir)
        post_process(out_dir, sha256=sha256, spec=spec)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    if update_lock:
        write_lock(lock_file, source, sha256, spec)
    return out_dir, spec, time.perf_counter() - started


def tree_digest(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate fivetran_api from Fivetran's OpenAPI spec.")
    parser.add_argument("--spec", required=True, help="path or URL of Fivetran's OpenAPI JSON export")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="directory that holds fivetran_api")
    parser.add_argument("--update-lock", action="store_true", help="accept a spec whose sha256 is not the locked one")
    parser.add_argument("--lock", type=Path, default=LOCK_FILE, help="spec lock file (default: openapi/spec.lock.json)")
    parser.add_argument("--check", action="store_true", help="generate to a scratch dir and compare, change nothing")
    args = parser.parse_args(argv)
    try:
        out_dir, spec, seconds = build(args.spec, update_lock=args.update_lock, lock_file=args.lock)
    except (SpecSourceError, GenerationError, normalize.SpecInvariantError) as exc:
        message = str(exc).replace("\n", "; ")
        print(f"generate: error: {message}", file=sys.stderr)
        return 1
    target = args.output / PACKAGE
    try:
        if args.check:
            before, after = tree_digest(target) if target.exists() else {}, tree_digest(out_dir)
            differing = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            if differing:
                shown = ", ".join(differing[:10]) + (" …" if len(differing) > 10 else "")
                print(f"generate: {len(differing)} generated files differ from a fresh generation: {shown}")
                print("generate: run `make generate` and commit the result")
                return 1
            print(f"generate: {target} is up to date ({len(after)} files, {seconds:.1f} s)")
            return 0
        args.output.mkdir(parents=True, exist_ok=True)
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(out_dir), str(target))
    finally:
        shutil.rmtree(out_dir.parent, ignore_errors=True)
    files = [p for p in target.rglob("*.py")]
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    print(
        f"generate: {operation_count(spec)} operations, {len(list((target / 'models').glob('*.py'))) - 1} models, "
        f"{len(files)} files, {size / 1e6:.1f} MB in {target} ({seconds:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
