"""``api METHOD PATH [--query K=V ...] [--body @FILE|@-]``: any operation of the spec, as a raw request.

The resource commands reach every operation a client method serves; this reaches the rest (the
operations the coverage registry leaves to ``client.generated``, such as ``POST /v1/hvr/register-hub``)
and anything a script wants to send as-is. It still goes through the client: credentials, retries and
their progress, typed errors, and the ``Accept`` header the spec declares for the operation. A path that
is no operation of the spec is refused before anything is sent. The body (which may hold credentials)
is read from a file or stdin, never from the command line.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
from typing import Any

from ._context import Context, UsageError
from ._exit import ExitCode

__all__ = ["send"]


def send(context: Context, args: argparse.Namespace) -> ExitCode:
    """Send the request and print the envelope's ``data`` (or the whole envelope when it has none)."""
    from .._operations import lookup_operation

    method = args.method.upper()
    path = args.path if args.path.startswith("/") else f"/{args.path}"
    operation = lookup_operation(method, path)
    if not operation.module:
        raise UsageError(f"{method} {path} is not an operation of the Fivetran API spec this client was built from")
    query = dict(_pair(text) for text in args.query or ())
    body = _body(args.body, context.console.stdin) if args.body else None
    http = context.client().generated.get_httpx_client()
    response = http.request(method, path, params=query, json=body, headers={"Accept": _accept(operation.module)})
    envelope: Any = response.json() if response.content.strip() else {}
    data = envelope.get("data", envelope) if isinstance(envelope, dict) else envelope
    if isinstance(data, dict) and isinstance(data.get("items"), list) and set(data) <= {"items", "next_cursor"}:
        # One page, as sent: its items are the result; the cursor of the next one goes to stderr.
        if data.get("next_cursor"):
            context.console.err(f"more items: add --query cursor={data['next_cursor']}")
        data = data["items"]
    context.emit(data, lambda: _human(data))
    return ExitCode.OK


def _accept(module: str) -> str:
    # The generated operation knows the spec's Accept header (version=2 for connections and destinations).
    parameter = inspect.signature(importlib.import_module(module)._get_kwargs).parameters.get("accept")
    default = parameter.default if parameter is not None else None
    return default if isinstance(default, str) else "application/json"


def _pair(text: str) -> tuple[str, str]:
    key, equal, value = text.partition("=")
    if not equal or not key:
        raise UsageError(f"--query: expected KEY=VALUE, got {text!r}")
    return key, value


def _body(source: str, stdin: Any) -> Any:
    if source == "@-":
        text = stdin.read()
    elif source.startswith("@"):
        try:
            with open(source[1:], encoding="utf-8") as file:
                text = file.read()
        except OSError as error:
            raise UsageError(f"--body: cannot read {source[1:]!r}: {error.strerror}") from None
    else:
        raise UsageError("--body takes @FILE or @- (stdin): a request body may hold credentials")
    try:
        return json.loads(text)
    except ValueError as error:
        raise UsageError(f"--body: not valid JSON ({error})") from None


def _human(data: Any) -> list[str]:
    from ._methods import human_lines

    return human_lines(data) if data not in (None, {}) else ["✓ done"]
