"""Model benchmark: today's lazy models vs the eager attrs models this client generated before (issue 11).

Both parse the very same list items (``bench_server.connection_item``) in-process, no network:

* ``3 fields``: ``from_dict`` then read ``id``, ``status.sync_state`` and ``succeeded_at`` (a sync monitor);
* ``every attribute``: ``from_dict`` then read every declared field of the model and of every model it
  holds (what a full serializer or a careless ``vars()`` walk costs);
* ``json.loads`` of the page alone, as the floor every client pays.

The eager models are the generated package of ``--baseline-ref`` (default: the last commit before the
lazy models), extracted with ``git archive`` into a scratch directory and run in a child interpreter, so
both packages never share one process. Best of ``rounds`` passes, per item.

Run alone: ``.venv/bin/python scripts/bench_models.py [--quick] [--baseline-ref REF]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
import textwrap
from io import BytesIO
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
BASELINE_REF = "709bc47"  # main before the lazy models: eager attrs models, every field optional

__all__ = ["BASELINE_REF", "measure"]

# Runs in a child interpreter: `models` is the import path of the connection model, `eager` says how to
# list a model's fields (attrs for the old package, `_FIELDS` for the new one).
_CHILD = textwrap.dedent(
    """
    import importlib, json, sys, time
    sys.path.insert(0, sys.argv[1])
    module, name, eager = sys.argv[2], sys.argv[3], sys.argv[4] == "1"
    items_path, rounds = sys.argv[5], int(sys.argv[6])
    cls = getattr(importlib.import_module(module), name)
    body = open(items_path).read()
    if eager:
        import attrs
        def fields(model):
            return [f.name for f in attrs.fields(type(model)) if f.name != "additional_properties"]
        def is_model(value):
            return attrs.has(type(value))
    else:
        def fields(model):
            return list(type(model)._FIELDS)
        def is_model(value):
            return hasattr(type(value), "_FIELDS")
    def every(model):
        count = 0
        for field in fields(model):
            value = getattr(model, field)
            count += 1
            for item in value if isinstance(value, list) else [value]:
                if is_model(item):
                    count += every(item)
        return count
    def three(items):
        for item in items:
            model = cls.from_dict(item)
            model.id, model.status.sync_state, model.succeeded_at
    def all_fields(items):
        for item in items:
            every(cls.from_dict(item))
    def best(function):
        times = []
        for _ in range(rounds):
            items = json.loads(body)
            started = time.perf_counter()
            function(items)
            times.append(time.perf_counter() - started)
        return min(times)
    loads = []
    for _ in range(rounds):
        started = time.perf_counter()
        json.loads(body)
        loads.append(time.perf_counter() - started)
    print(json.dumps({"three": best(three), "every": best(all_fields), "loads": min(loads)}))
    """
)


def _extract_generated(ref: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref, "generated"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "generated"


def run(items: int, rounds: int, baseline_ref: str = BASELINE_REF) -> dict[str, dict[str, float]]:
    """Seconds per pass over ``items`` connections: {"eager"|"lazy": {"three", "every", "loads"}}."""
    sys.path.insert(0, str(SCRIPTS))
    import bench_server

    with tempfile.TemporaryDirectory(prefix="bench-models-") as scratch:
        directory = Path(scratch)
        items_path = directory / "items.json"
        items_path.write_text(json.dumps([bench_server.connection_item(i) for i in range(items)]))
        child = directory / "child.py"
        child.write_text(_CHILD)
        old = _extract_generated(baseline_ref, directory / "old")
        contenders = {
            "eager": (old, "fivetran_api.models.connector_response_v1", "ConnectorResponseV1", "1"),
            "lazy": (ROOT / "generated", "fivetran_api.models.connection", "Connection", "0"),
        }
        results: dict[str, dict[str, float]] = {}
        # Interleaved (one pass of each contender per round, best kept), so load that comes and goes on a
        # shared machine hits both alike.
        for _ in range(rounds):
            for name, (path, module, cls, eager) in contenders.items():
                command = [sys.executable, str(child), str(path), module, cls, eager, str(items_path), "1"]
                output = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
                best = results.setdefault(name, output)
                for key, value in output.items():
                    best[key] = min(best[key], value)
    return results


def measure(quick: bool, section_type: Any, row_type: Any, baseline_ref: str = BASELINE_REF) -> Any:
    """The `make bench` section: per-item costs of both model generations on the same items."""
    items, rounds = (2_000, 2) if quick else (20_000, 5)
    section = section_type("Models: lazy vs the eager models before")
    try:
        results = run(items, rounds, baseline_ref)
    except subprocess.CalledProcessError as error:
        # A shallow clone may not have the baseline commit: say so instead of failing the whole run.
        section.details.append(f"Not measured: {' '.join(map(str, error.cmd[:4]))} failed ({error.returncode}).")
        return section
    eager, lazy = results["eager"], results["lazy"]
    per_item = {name: {k: v / items * 1e6 for k, v in r.items()} for name, r in results.items()}
    section.rows.append(
        row_type(
            "every attribute of a connection (from_dict + reads)",
            f"{per_item['lazy']['every']:.1f} µs",
            f"eager models {per_item['eager']['every']:.1f} µs",
            f"{lazy['every'] / eager['every']:.2f}x",
            "<= 1x (not slower)",
            lazy["every"] <= eager["every"],
        )
    )
    section.rows.append(
        row_type(
            "id, status.sync_state, succeeded_at of a connection",
            f"{per_item['lazy']['three']:.1f} µs",
            f"eager models {per_item['eager']['three']:.1f} µs",
            f"{lazy['three'] / eager['three']:.2f}x",
        )
    )
    section.details.append(
        f"{items:,} list items of {len(json.dumps(__import__('bench_server').connection_item(0))):,} bytes each, "
        f"parsed in-process (no network), best of {rounds} interleaved passes; the eager models are `generated/` of "
        f"`{baseline_ref}` run in a separate interpreter. `json.loads` of the same items: "
        f"{per_item['lazy']['loads']:.1f} µs per item."
    )
    return section


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--baseline-ref", default=BASELINE_REF)
    args = parser.parse_args()
    items, rounds = (2_000, 2) if args.quick else (20_000, 5)
    results = run(items, rounds, args.baseline_ref)
    for name, figures in results.items():
        shown = ", ".join(f"{key} {value / items * 1e6:.2f} µs/item" for key, value in figures.items())
        print(f"{name}: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
