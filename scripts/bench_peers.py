#!/usr/bin/env python3
"""Other Python clients for Fivetran, measured on the same local server as fivetran_ext.

Two halves in one file:

* the *orchestration* (`PEERS`, `peer_python`, `run_client`), imported by ``scripts/bench.py``: it creates
  one scratch virtualenv per peer (outside the repository, never touching the project's dependencies),
  installs the pinned release from PyPI into it, and runs the other half there;
* the *runner* (``python scripts/bench_peers.py run --client NAME --base-url URL``), executed by the peer's
  own interpreter, which imports only the standard library and that client. It times sequential
  connection-details calls and one full pagination of a group's connections, and prints one JSON line.

Peers are pointed at the local server by replacing the API root constant they hard-code (no proxy or
rewriting transport, which would add cost to their side). The server answers both the current
``/v1/connections`` paths and the old ``/v1/connectors`` paths the older clients call (the live API
answers 404 to those), so their client-side cost is measurable; the report says which path each used.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

API_KEY = "bench_key_0123456789"
API_SECRET = "bench_secret_abcdefghij"  # noqa: S105 - a dummy credential for a local server
CONNECTION_ID = "decent_dropsy"
GROUP_ID = "projected_sickle"
PAGE_LIMIT = 100


@dataclass(frozen=True)
class Peer:
    """A client from PyPI: the pinned requirement, its distribution name, and what it calls itself."""

    name: str
    requirement: str
    distribution: str
    # Built on an httpx other than the project's: also time raw httpx in its venv, for a like-for-like baseline.
    own_httpx: bool = False


PEERS = (
    Peer("pyfivetran", "pyfivetran==2024.4.26.1", "pyfivetran", own_httpx=True),
    Peer("fivetran-wrapper", "fivetran-wrapper==0.1.2", "fivetran-wrapper"),
    Peer("dagster-fivetran", "dagster-fivetran==0.29.27", "dagster-fivetran"),
    Peer("fivetran-sdk", "fivetran-sdk==1.0.0", "fivetran-sdk"),
    Peer("fivetran", "fivetran==0.7.0", "fivetran"),
)


def default_venv_root() -> Path:
    """Where the scratch virtualenvs live: the user's cache, so they survive runs and stay out of the repo."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "fivetran-ext-bench" / "peers"


def peer_python(root: Path, peer: Peer) -> Path:
    """The interpreter of ``peer``'s scratch virtualenv, created and installed on first use.

    A marker file records the installed requirement, so a changed pin rebuilds the environment.

    Raises:
        RuntimeError: the virtualenv or the install failed (the message ends with pip's last words).
    """
    venv = root / peer.name
    python = venv / "bin" / "python"
    marker = venv / ".bench-requirement"
    if python.exists() and marker.exists() and marker.read_text() == peer.requirement:
        return python
    shutil.rmtree(venv, ignore_errors=True)
    venv.parent.mkdir(parents=True, exist_ok=True)
    steps = (
        [sys.executable, "-m", "venv", str(venv)],
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", peer.requirement],
    )
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            last = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:] or ["no output"]
            raise RuntimeError(f"`{' '.join(step[2:4])} ...` failed: {last[0]}")
    marker.write_text(peer.requirement)
    return python


def run_client(
    python: Path | str, client: str, base_url: str, *, calls: int, timeout: float = 600
) -> dict[str, object]:
    """Run the runner half for ``client`` under ``python``; its JSON result (``error`` set if it failed)."""
    command = [str(python), str(Path(__file__).resolve()), "run", "--client", client, "--base-url", base_url]
    command += ["--calls", str(calls)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:] or ["no output"]
        return {"client": client, "error": f"runner exited {done.returncode}: {tail[0]}"}
    result: dict[str, object] = json.loads(lines[-1])
    return result


# ---------------------------------------------------------------------------------------------- runner
# Each factory returns (details, list_all, close, version): details() fetches one connection's details,
# list_all() pages through the group's connections the way that client offers and returns the item count.
Factory = Callable[[str], tuple[Callable[[], object], Callable[[], int], Callable[[], None], str]]


def _version(distribution: str) -> str:
    from importlib.metadata import version

    return version(distribution)


def _raw_httpx(base_url: str) -> tuple[Callable[[], object], Callable[[], int], Callable[[], None], str]:
    import httpx

    client = httpx.Client(base_url=base_url, auth=(API_KEY, API_SECRET), timeout=httpx.Timeout(60.0, connect=10.0))
    headers = {"Accept": "application/json;version=2"}

    def details() -> object:
        return client.get(f"/v1/connections/{CONNECTION_ID}", headers=headers).json()["data"]

    def list_all() -> int:
        count, cursor = 0, None
        while True:
            params: dict[str, object] = {"limit": PAGE_LIMIT, **({"cursor": cursor} if cursor else {})}
            data = client.get(f"/v1/groups/{GROUP_ID}/connections", params=params, headers=headers).json()["data"]
            count += len(data["items"])
            cursor = data.get("next_cursor")
            if not cursor:
                return count

    return details, list_all, client.close, f"httpx {_version('httpx')}"


def _fivetran_ext(base_url: str) -> tuple[Callable[[], object], Callable[[], int], Callable[[], None], str]:
    from fivetran_ext import Fivetran

    client = Fivetran(API_KEY, API_SECRET, base_url=base_url)

    def list_all() -> int:
        return sum(1 for _ in client.connections.stream(group_id=GROUP_ID, limit=PAGE_LIMIT))

    return lambda: client.connections.get(CONNECTION_ID), list_all, client.close, _version("fivetran-ext")


def _pyfivetran(base_url: str) -> tuple[Callable[[], object], Callable[[], int], Callable[[], None], str]:
    import importlib
    import pkgutil

    import pyfivetran.endpoints
    from pyfivetran.client import FivetranClient

    # The API root is a module constant copied into each endpoint module and class at import time.
    for info in pkgutil.iter_modules(pyfivetran.endpoints.__path__):
        module = importlib.import_module(f"pyfivetran.endpoints.{info.name}")
        if hasattr(module, "BASE_API_URL"):
            module.BASE_API_URL = base_url
        for value in vars(module).values():
            if isinstance(value, type) and "BASE_URL" in vars(value):
                value.BASE_URL = f"{base_url}/v1"
    client = FivetranClient(API_KEY, API_SECRET)
    group = client.group_endpoint.get_group(GROUP_ID)

    def list_all() -> int:
        # Its only connection listing: Group.list_connectors returns the raw page bodies it fetched.
        pages = group.list_connectors(limit=PAGE_LIMIT)
        return sum(len(page["data"]["items"]) for page in pages)

    details = lambda: client.connector_endpoint.get_connector(CONNECTION_ID)  # noqa: E731
    return details, list_all, client.client.close, _version("pyfivetran")


def _fivetran_wrapper(base_url: str) -> tuple[Callable[[], object], Callable[[], int], Callable[[], None], str]:
    from fivetran_wrapper import FivetranWrapper

    wrapper = FivetranWrapper(f"{base_url}/v1", API_KEY, API_SECRET)

    def details() -> object:
        wrapper.connectors.get(CONNECTION_ID)
        return wrapper.data

    def list_all() -> int:
        # No iterator: the caller follows `wrapper.cursor` itself, one `paginated_list` call per page.
        count, cursor = 0, None
        while True:
            wrapper.connectors.paginated_list(GROUP_ID, cursor=cursor, limit=PAGE_LIMIT)
            count += len(wrapper.data["items"])
            cursor = wrapper.cursor
            if not cursor:
                return count

    return details, list_all, lambda: None, _version("fivetran-wrapper")


def _dagster_fivetran(base_url: str) -> tuple[Callable[[], object], Callable[[], int], Callable[[], None], str]:
    import dagster_fivetran.resources as resources

    resources.FIVETRAN_API_BASE = base_url  # read at call time by FivetranClient.api_base_url
    client = resources.FivetranClient(
        API_KEY,
        API_SECRET,
        request_max_retries=3,
        request_retry_delay=0.25,
        request_backoff_factor=2.0,
        disable_schedule_on_trigger=False,
    )

    def list_all() -> int:
        # Its page size is its own (DAGSTER_FIVETRAN_LIST_CONNECTIONS_FOR_GROUP_INDIVIDUAL_REQUEST_LIMIT, 1000).
        return len(client.list_connectors_for_group(GROUP_ID))

    details = lambda: client.get_connector_details(CONNECTION_ID)  # noqa: E731
    return details, list_all, lambda: None, _version("dagster-fivetran")


def _fivetran_sdk(base_url: str) -> tuple[Callable[[], object], Callable[[], int], Callable[[], None], str]:
    import openapi_client  # the distribution fivetran-sdk installs this package

    configuration = openapi_client.Configuration(host=base_url, username=API_KEY, password=API_SECRET)
    api = openapi_client.ApiClient(configuration)
    connectors = openapi_client.ConnectorManagementApi(api)
    groups = openapi_client.GroupManagementApi(api)

    def list_all() -> int:
        count, cursor = 0, None
        while True:
            page = groups.list_all_connectors_in_group(GROUP_ID, cursor=cursor, limit=PAGE_LIMIT).data
            count += len(page.items)
            cursor = page.next_cursor
            if not cursor:
                return count

    details = lambda: connectors.connector_details(CONNECTION_ID)  # noqa: E731
    return details, list_all, lambda: None, _version("fivetran-sdk")


def _fivetran(base_url: str) -> tuple[Callable[[], object], Callable[[], int], Callable[[], None], str]:
    import fivetran

    names = sorted(
        name for name in vars(fivetran) if not name.startswith("_") and isinstance(vars(fivetran)[name], type)
    )
    raise NotMeasurable(
        f"fivetran {_version('fivetran')} exports only {', '.join(names)}: helpers that build the response of a "
        "Fivetran Function connector, no REST API client"
    )


class NotMeasurable(Exception):
    """The package installs but offers nothing that does the benchmarked operations."""


FACTORIES: dict[str, Factory] = {
    "raw httpx": _raw_httpx,
    "fivetran-ext": _fivetran_ext,
    "pyfivetran": _pyfivetran,
    "fivetran-wrapper": _fivetran_wrapper,
    "dagster-fivetran": _dagster_fivetran,
    "fivetran-sdk": _fivetran_sdk,
    "fivetran": _fivetran,
}


def _stats(base_url: str, reset: bool = False) -> dict[str, int]:
    with urllib.request.urlopen(f"{base_url}/__stats{'?reset=1' if reset else ''}", timeout=10) as answer:
        stats: dict[str, int] = json.loads(answer.read())
    return stats


def _run(client: str, base_url: str, calls: int) -> dict[str, object]:
    result: dict[str, object] = {"client": client}
    try:
        details, list_all, close, version = FACTORIES[client](base_url)
    except NotMeasurable as reason:
        return {**result, "error": str(reason)}
    except Exception as error:
        # The first line, without the file path CPython appends to some import errors.
        reason = str(error).splitlines()[0].split(" (/", 1)[0] if str(error) else ""
        return {**result, "error": f"cannot set up: {type(error).__name__}: {reason}"}
    result["version"] = version
    try:
        for _ in range(min(50, calls)):  # warm up connections and lazy imports
            details()
        _stats(base_url, reset=True)
        samples = []
        for _ in range(calls):
            started = time.perf_counter_ns()
            details()
            samples.append((time.perf_counter_ns() - started) / 1000.0)
        result["details_us"] = statistics.median(samples)
        result["details_calls"] = calls
        result["details_paths"] = sorted(_stats(base_url, reset=True))
        list_all()  # warm-up pass, then one timed pass
        _stats(base_url, reset=True)
        started = time.perf_counter()
        result["list_items"] = list_all()
        result["list_seconds"] = time.perf_counter() - started
        result["list_requests"] = _stats(base_url, reset=True)
    except Exception as error:
        result["error"] = f"{type(error).__name__}: {error}"
    finally:
        close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="measure one client against a running bench_server.py")
    run.add_argument("--client", required=True, choices=sorted(FACTORIES))
    run.add_argument("--base-url", required=True)
    run.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args()
    print(json.dumps(_run(args.client, args.base_url.rstrip("/"), args.calls)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
