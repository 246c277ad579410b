"""``fivetran-ext``'s entry point: parse, run one command, turn every failure into a line and an exit code."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence

from ._console import Console
from ._context import ClientFactory, ClientOptions, Context, UsageError, client_from_env
from ._exit import ExitCode

__all__ = ["main"]


def main(
    argv: Sequence[str] | None = None,
    *,
    client_factory: ClientFactory | None = None,
    console: Console | None = None,
) -> int:
    """Run ``fivetran-ext`` and return its exit code (the console script exits with it).

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` by default.
        client_factory: Builds the client from the command-line options; by default `Fivetran.from_env`
            (credentials from the environment only). Tests pass one returning ``fake.client()``.
        console: Streams and terminal facts; the process's own by default.

    Example:
        exit_code = main(["--json", "groups", "list"], client_factory=lambda options: fake.client())
    """
    console = console if console is not None else Console.system()
    try:
        return int(_run(argv, client_factory or client_from_env, console))
    except KeyboardInterrupt:
        console.err("interrupted")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`... | head`): not an error of ours. Point stdout at /dev/null so the
        # interpreter's final flush does not complain either.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK


def _run(argv: Sequence[str] | None, factory: ClientFactory, console: Console) -> ExitCode:
    from ._parser import build_parser

    parser = build_parser()
    try:
        # argparse writes help and usage errors to sys.stdout/sys.stderr itself.
        with contextlib.redirect_stdout(console.stdout), contextlib.redirect_stderr(console.stderr):
            args = parser.parse_args(argv)
    except SystemExit as exit_:
        return ExitCode.OK if exit_.code in (0, None) else ExitCode.USAGE

    context = Context(
        console=console,
        json=args.json,
        options=ClientOptions(base_url=args.base_url, timeout=args.http_timeout, max_retries=args.max_retries),
        factory=factory,
    )
    try:
        return ExitCode(args.handler(context, args))
    except UsageError as error:
        _error(console, str(error))
        return ExitCode.USAGE
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as error:
        return _report(console, error)
    finally:
        context.close()


def _report(console: Console, error: Exception) -> ExitCode:
    from .._errors import FivetranError

    if isinstance(error, FivetranError):
        # Already one line: status, Fivetran's code and message, method and URL; never credentials.
        _error(console, str(error))
        return ExitCode.API
    if isinstance(error, ValueError):
        # The client validates arguments (ids, limits) before sending anything.
        _error(console, str(error))
        return ExitCode.USAGE
    _error(console, f"internal error: {type(error).__name__}: {error}")
    return ExitCode.INTERNAL


def _error(console: Console, message: str) -> None:
    console.err(f"error: {_scrub(message)}")


def _scrub(text: str) -> str:
    """Blank out the API secret should a message ever contain it (the last line of defence); fold onto one line."""
    from .._config import API_SECRET_ENV

    for variable in API_SECRET_ENV:
        secret = os.environ.get(variable, "").strip()
        if len(secret) >= 4:
            text = text.replace(secret, "***")
    return " ".join(text.split())
