"""``python -m fivetran_ext.testing serve``: run the fake Fivetran API over HTTP until Ctrl-C.

The first line on stdout is the base URL (``http://127.0.0.1:PORT``), so scripts can read it::

    BASE_URL=$(python -m fivetran_ext.testing serve --port 0 | head -n 1)

Everything else (credentials, sample ids, request log with ``--verbose``) goes to stderr. Time is the
wall clock: a sync takes ``--sync-duration`` real seconds.
"""

from __future__ import annotations

import argparse
import re
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .fake import FakeFivetran

__all__ = ["main", "parse_rate_limit"]

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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m fivetran_ext.testing", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake Fivetran API over HTTP until interrupted")
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


def _sample_data(fake: FakeFivetran) -> None:
    group = fake.groups.create("demo")
    fake.destinations.create(group["id"], "snowflake")
    for service, schema in (("postgres", "demo_postgres"), ("google_sheets", "demo_sheets")):
        connection = fake.connections.create(group["id"], service, schema)
        print(f"sample connection {connection['id']} ({service}) in group {group['id']}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    from .fake import FakeServer

    fake = build_fake(options)
    if options.sample_data:
        _sample_data(fake)
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


if __name__ == "__main__":
    sys.exit(main())
