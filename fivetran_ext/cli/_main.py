"""``fivetran-ext``'s entry point: parse, run one command, turn every failure into a line and an exit code."""

from __future__ import annotations

import base64
import contextlib
import os
import sys
from collections.abc import Sequence

from ._console import Console
from ._context import ClientFactory, ClientOptions, Context, UsageError, client_from_env
from ._exit import ExitCode
from ._retry_progress import retry_progress

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

    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(arguments)
    try:
        # argparse writes help and usage errors to sys.stdout/sys.stderr itself.
        with contextlib.redirect_stdout(console.stdout), contextlib.redirect_stderr(console.stderr):
            args = parser.parse_args(arguments)
    except SystemExit as exit_:
        return ExitCode.OK if exit_.code in (0, None) else ExitCode.USAGE

    context = Context(
        console=console,
        json=False,
        options=ClientOptions(
            base_url=args.base_url,
            timeout=args.http_timeout,
            max_retries=args.max_retries,
            allow_insecure_http=args.allow_insecure_http,
            api_key=args.api_key,
        ),
        factory=factory,
    )
    if args.api_key is not None:
        console.err(
            "warning: --api-key is visible to other users of this machine (process list) and in shell history; "
            "prefer FIVETRAN_API_KEY"
        )
    secrets = _secrets(args.api_key)
    try:
        context.set_output(args)
        with retry_progress(console):
            return ExitCode(args.handler(context, args))
    except UsageError as error:
        _error(console, str(error), secrets)
        return ExitCode.USAGE
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as error:
        return _report(console, error, secrets)
    finally:
        context.close()


def _report(console: Console, error: Exception, secrets: Sequence[str]) -> ExitCode:
    from .._errors import FivetranError, OperationUnavailableError

    if isinstance(error, OperationUnavailableError):
        # Not the API's answer (nothing was sent) but this install's generated client: a distinct code, so a
        # script can tell "upgrade fivetran-ext" from an API failure. The message names the method and module.
        _error(console, str(error), secrets)
        return ExitCode.UNAVAILABLE
    if isinstance(error, FivetranError):
        # Already one line: status, Fivetran's code and message, method and URL; never credentials.
        _error(console, str(error), secrets)
        return ExitCode.API
    if isinstance(error, ValueError):
        # The client validates arguments (ids, limits) before sending anything.
        _error(console, str(error), secrets)
        return ExitCode.USAGE
    _error(console, f"internal error: {type(error).__name__}: {error}", secrets)
    return ExitCode.INTERNAL


def _error(console: Console, message: str, secrets: Sequence[str]) -> None:
    console.err(f"error: {_scrub(message, secrets)}")


def _secrets(api_key_option: str | None) -> list[str]:
    """Every credential string of this invocation: the secret, and base64 keys with what they hold."""
    from .._credentials import API_KEY_ENV, API_SECRET_ENV

    values = [os.environ.get(variable, "").strip() for variable in (*API_SECRET_ENV, *API_KEY_ENV)]
    values.append((api_key_option or "").strip())
    secrets = [value for value in values[: len(API_SECRET_ENV)] if value]
    for token in values[len(API_SECRET_ENV) :]:
        with contextlib.suppress(ValueError):
            secrets.append(base64.b64decode(token, validate=True).decode("utf-8").partition(":")[2])
            secrets.append(token)  # only a real base64 key is a secret; a plain key id is not
    return [secret for secret in secrets if len(secret) >= 4]


def _scrub(text: str, secrets: Sequence[str]) -> str:
    """Blank out credentials should a message ever contain them (the last line of defence); fold onto one line."""
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "***")
    return " ".join(text.split())
