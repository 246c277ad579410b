"""``python -m fivetran_ext.testing serve|start|stop``: the fake Fivetran API over HTTP.

``serve`` runs in the foreground until Ctrl-C; its first line on stdout is the base URL
(``http://127.0.0.1:PORT``). Everything else (credentials, sample ids, request log with ``--verbose``)
goes to stderr. Time is the wall clock: a sync takes ``--sync-duration`` real seconds.

``start`` is the form for scripts: it runs ``serve`` in the background, prints the base URL once the server
listens, and returns (``$(...)`` would wait forever on a foreground server, which never closes stdout)::

    BASE_URL=$(python -m fivetran_ext.testing start --pid-file fake.pid --sample-data)
    ...
    python -m fivetran_ext.testing stop --pid-file fake.pid
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .fake import FakeFivetran

__all__ = ["SAMPLE_CONNECTIONS", "SAMPLE_GROUP", "main", "parse_rate_limit", "seed_sample_data"]

_WINDOW = re.compile(r"^(?P<count>\d+)(?:/(?P<amount>\d+(?:\.\d+)?)?(?P<unit>[smh]?))?$")
_UNIT_SECONDS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_rate_limit(text: str) -> tuple[int, float]:
    """``N/WINDOW`` → (requests, window seconds). ``100/60``, ``100/1m``, ``500/h``; ``N`` alone is per hour.

    Example:
        >>> parse_rate_limit("100/1m"), parse_rate_limit("500/h"), parse_rate_limit("20")
        ((100, 60.0), (500, 3600.0), (20, 3600.0))
    """
    match = _WINDOW.match(text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f"expected N/WINDOW such as 100/60, 100/1m or 500/h, got {text!r}")
    count = int(match["count"])
    if match["amount"] is None and not match["unit"]:
        window = 3600.0
    else:
        window = float(match["amount"] or 1) * _UNIT_SECONDS[match["unit"]]
    if count < 1 or window <= 0:
        raise argparse.ArgumentTypeError("a rate limit needs at least 1 request per positive window")
    return count, window


def _probability(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a probability between 0 and 1, got {text}")
    return value


def _server_options(serve: argparse.ArgumentParser) -> None:
    serve.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=0, help="TCP port; 0 picks a free one (default)")
    serve.add_argument("--api-key", default="fake-key", help="API key clients must send (default fake-key)")
    serve.add_argument("--api-secret", default="fake-secret", help="API secret clients must send (default fake-secret)")
    serve.add_argument("--rate-limit", type=parse_rate_limit, metavar="N/WINDOW", help="e.g. 100/60 or 500/1h")
    serve.add_argument("--fail-rate", type=_probability, default=0.0, metavar="P", help="probability of a 5xx")
    serve.add_argument(
        "--drop-rate", type=_probability, default=0.0, metavar="P", help="probability of a dropped connection"
    )
    serve.add_argument("--latency-ms", type=float, default=0.0, metavar="L", help="added latency per request")
    serve.add_argument("--jitter-ms", type=float, default=0.0, metavar="J", help="extra random latency, up to J")
    serve.add_argument("--seed", type=int, default=0, help="seed for ids and random faults (default 0)")
    serve.add_argument(
        "--sync-duration", type=float, default=5.0, metavar="SEC", help="seconds a sync takes (default 5)"
    )
    serve.add_argument("--scheduled-syncs", action="store_true", help="also sync auto connections on schedule")
    serve.add_argument("--sample-data", action="store_true", help="start with a group, destination and connections")
    serve.add_argument("--verbose", action="store_true", help="log every request to stderr")
    serve.add_argument(
        "--record-bodies", action="store_true", help="keep request bodies in the request log (off: bounded memory)"
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m fivetran_ext.testing", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake Fivetran API over HTTP until interrupted")
    _server_options(serve)
    start = commands.add_parser("start", help="serve in the background: print the base URL once listening, and return")
    _server_options(start)
    start.add_argument("--pid-file", metavar="FILE", help="write the server's process id to FILE (for stop)")
    start.add_argument("--log", metavar="FILE", help="the server's stderr (default: discarded once started)")
    start.add_argument(
        "--wait", type=float, default=30.0, metavar="SEC", help="give up if not listening after SEC (default 30)"
    )
    stop = commands.add_parser("stop", help="stop a server that start launched")
    target = stop.add_mutually_exclusive_group(required=True)
    target.add_argument("pid", nargs="?", type=int, help="the process id start reported")
    target.add_argument("--pid-file", metavar="FILE", help="the file start wrote")
    return parser


def build_fake(options: argparse.Namespace) -> FakeFivetran:
    """The fake the ``serve`` options describe, on the wall clock."""
    from .fake import FakeFivetran, RealClock

    fake = FakeFivetran(
        api_key=options.api_key,
        api_secret=options.api_secret,
        clock=RealClock(),
        seed=options.seed,
        sync_duration=options.sync_duration,
        scheduled_syncs=options.scheduled_syncs,
        record_bodies=options.record_bodies,
    )
    if options.rate_limit:
        fake.faults.rate_limit(*options.rate_limit)
    if options.fail_rate:
        fake.faults.fail_rate(options.fail_rate)
    if options.drop_rate:
        fake.faults.drop_rate(options.drop_rate)
    if options.latency_ms or options.jitter_ms:
        fake.faults.add_latency(options.latency_ms / 1000, jitter=options.jitter_ms / 1000)
    return fake


SAMPLE_GROUP = "projected_sickle"
"""The id of ``--sample-data``'s group: the one the documentation's examples use."""
SAMPLE_CONNECTIONS = (
    ("decent_dropsy", "postgres", "demo_postgres"),
    ("intrinsic_departed", "google_sheets", "demo_sheets"),
)
"""``--sample-data``'s connections (id, service, schema); ``decent_dropsy`` is the documentation's example."""
SAMPLE_CATALOG = {"public": {"orders": ["id", "customer_id", "total"], "customers": ["id", "email"]}}
"""What ``decent_dropsy``'s source holds (the tables the documentation's schema examples use)."""


def seed_sample_data(fake: FakeFivetran) -> None:
    """``--sample-data``: a group, a Snowflake destination and two connections, with fixed ids.

    Fixed ids, so every example in README.md and docs/ runs as written against ``--sample-data``.
    """
    fake.groups.create("demo", id=SAMPLE_GROUP)
    fake.destinations.create(SAMPLE_GROUP, "snowflake")
    for connection_id, service, schema in SAMPLE_CONNECTIONS:
        catalog = SAMPLE_CATALOG if connection_id == SAMPLE_CONNECTIONS[0][0] else None
        fake.connections.create(SAMPLE_GROUP, service, schema, id=connection_id, catalog=catalog)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    options = _parser().parse_args(arguments)
    if options.command == "start":
        return _start_server(arguments, options)
    if options.command == "stop":
        return _stop_server(options)
    from .fake import FakeServer

    fake = build_fake(options)
    if options.sample_data:
        seed_sample_data(fake)
        for connection_id, service, _ in SAMPLE_CONNECTIONS:
            print(f"sample connection {connection_id} ({service}) in group {SAMPLE_GROUP}", file=sys.stderr)
    try:
        server = FakeServer(fake, options.host, options.port, verbose=options.verbose)
    except OSError as error:
        print(f"cannot listen on {options.host}:{options.port}: {error}", file=sys.stderr)
        return 1
    stop = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    server.start()
    print(server.base_url, flush=True)
    print(f"fake Fivetran API at {server.base_url} (key {options.api_key!r}); Ctrl-C stops", file=sys.stderr)
    # Event.wait with a timeout keeps the main thread responsive to signals on every platform.
    while not stop.wait(0.5):
        pass
    server.stop()
    fake.close()
    return 0


_START_ONLY = {"--pid-file": True, "--log": True, "--wait": True}
"""``start``'s own options (all take a value): not passed on to ``serve``."""


def _serve_arguments(arguments: Sequence[str]) -> list[str]:
    passed: list[str] = []
    skip = False
    for argument in arguments[1:]:  # after "start"
        if skip:
            skip = False
            continue
        name = argument.partition("=")[0]
        if name in _START_ONLY:
            skip = "=" not in argument
            continue
        passed.append(argument)
    return ["serve", *passed]


def _start_server(arguments: Sequence[str], options: argparse.Namespace) -> int:
    """Launch ``serve`` in its own session, relay its first stdout line (the base URL), and return."""
    # The server's stderr goes to a file from the start (the --log file, or an anonymous one read only if
    # it fails to start): a pipe closed after start-up would kill it at its next line of output.
    log = open(options.log, "ab") if options.log else tempfile.TemporaryFile()  # noqa: SIM115 - outlives this block
    with log:
        process = subprocess.Popen(
            [sys.executable, "-m", "fivetran_ext.testing", *_serve_arguments(arguments)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=log,
            start_new_session=True,  # Ctrl-C in the calling shell does not reach the server
        )
        assert process.stdout is not None
        stdout = process.stdout
        first: list[bytes] = []
        reader = threading.Thread(target=lambda: first.append(stdout.readline()), daemon=True)
        reader.start()
        reader.join(options.wait)
        url = first[0].decode().strip() if first else ""
        if not url.startswith("http"):
            process.kill()
            process.wait(timeout=10)
            log.seek(0)
            errors = log.read().decode(errors="replace").strip() if not options.log else ""
            detail = errors.splitlines()[-1] if errors else f"no base URL after {options.wait:g} s"
            print(f"the fake Fivetran API did not start: {detail}", file=sys.stderr)
            return 1
    # The server prints nothing more on stdout (its log is on stderr), so our end can close.
    stdout.close()
    if options.pid_file:
        with open(options.pid_file, "w", encoding="ascii") as file:
            file.write(f"{process.pid}\n")
    print(url, flush=True)
    print(
        f"fake Fivetran API at {url} (pid {process.pid}); "
        f"stop it with: python -m fivetran_ext.testing stop {process.pid}",
        file=sys.stderr,
    )
    return 0


def _stop_server(options: argparse.Namespace) -> int:
    """SIGTERM the server and wait until it is gone (it shuts down cleanly on SIGTERM)."""
    pid = options.pid
    if options.pid_file:
        try:
            with open(options.pid_file, encoding="ascii") as file:
                pid = int(file.read().strip())
        except (OSError, ValueError) as error:
            print(f"cannot read a process id from {options.pid_file}: {error}", file=sys.stderr)
            return 1
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        print(f"no process {pid}: already stopped", file=sys.stderr)
        return 0
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        print(f"process {pid} did not stop within 10 s", file=sys.stderr)
        return 1
    if options.pid_file:
        os.unlink(options.pid_file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
