"""Every operation of the coverage registry as a command: ``fivetran-ext RESOURCE METHOD [ARGS]``.

The registry (`fivetran_ext._coverage`) names the client method serving each operation of the spec; this
module turns a method's signature into its command line, so a new method is a new command without code
here: positional parameters become positional arguments, keyword parameters ``--options``, ``bool``
flags (``--x/--no-x`` when None means "leave as is"), ``Literal`` choices, sequences repeated values and
mappings JSON. List methods run through their ``stream`` twin: all pages, with the pagination loop guard.

Secrets never come from the command line: a parameter that can hold one (``config``, ``auth``,
``secret``, ...) takes ``@FILE`` or ``@-`` (stdin) only, so no credential lands in the process list.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import inspect
import json
import re
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._coverage import COVERAGE, GeneratedOnly, stream_twin
from ._context import Context, UsageError
from ._exit import COMMON, ExitCode, exit_codes_help
from ._render import Column, record, table
from ._serialize import plain

__all__ = ["SECRET_PARAMETERS", "cli_name", "methods_by_resource", "resource_class", "run", "signature_parser"]

SECRET_PARAMETERS = frozenset(
    {"config", "auth", "secret", "password", "token", "private_key", "passphrase", "credentials", "api_secret"}
)
"""Parameters that may carry credentials: read from ``@FILE`` or ``@-`` only, never from argv."""

_LITERAL = re.compile(r"Literal\[([^\]]*)\]")


def cli_name(method: str) -> str:
    """``list_connections`` → ``list-connections``."""
    return method.replace("_", "-")


def methods_by_resource() -> dict[str, list[str]]:
    """``{resource: [method, ...]}`` from the registry, in the registry's order (pure data, no imports)."""
    methods: dict[str, list[str]] = {}
    for served in COVERAGE.values():
        if isinstance(served, GeneratedOnly):
            continue
        resource, _, method = served.partition(".")
        methods.setdefault(resource, []).append(method)
    return methods


def resource_class(resource: str) -> type[Any]:
    """The sync resource class behind ``client.<resource>`` (``users`` → `Users`)."""
    module = importlib.import_module(f"fivetran_ext._resources.{resource}")
    cls: type[Any] = getattr(module, "".join(part.title() for part in resource.split("_")))
    return cls


@dataclass(frozen=True)
class _Parameter:
    name: str
    annotation: str
    positional: bool
    required: bool
    default: Any


def _parameters(function: Callable[..., Any], module: Any) -> list[_Parameter]:
    parameters: list[_Parameter] = []
    for parameter in list(inspect.signature(function).parameters.values())[1:]:  # not self
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            # `**options: Unpack[SomeOptions]`: the TypedDict's keys are optional keyword parameters.
            match = re.search(r"Unpack\[(\w+)\]", str(parameter.annotation))
            options = typing.get_type_hints(getattr(module, match.group(1))) if match else {}
            parameters += [_Parameter(key, str(hint), False, False, None) for key, hint in options.items()]
            continue
        required = parameter.default is inspect.Parameter.empty
        positional = parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and required
        default = None if required else parameter.default
        parameters.append(_Parameter(parameter.name, str(parameter.annotation), positional, required, default))
    return parameters


def _kind(annotation: str) -> str:
    bare = annotation.replace("typing.", "").replace("collections.abc.", "").replace("<class '", "")
    if bare.startswith(("Mapping", "dict")) or bare.startswith("Sequence[Mapping"):
        return "json"
    if bare.startswith(("Sequence[str]", "list[str]")):
        return "list"
    if bare.startswith("bool"):
        return "bool"
    if bare.startswith("int"):
        return "int"
    if bare.startswith("float"):
        return "float"
    if bare.startswith("Literal"):
        return "choice"
    return "text"


def _choices(annotation: str) -> list[str] | None:
    match = _LITERAL.search(annotation)
    return [choice.strip().strip("'\"") for choice in match.group(1).split(",")] if match else None


def signature_parser(resource: str, method: str) -> tuple[argparse.ArgumentParser, list[_Parameter], str]:
    """The parser of ``RESOURCE METHOD``'s arguments, its parameters, and the client method it calls."""
    cls = resource_class(resource)
    module = importlib.import_module(cls.__module__)
    twin = stream_twin(f"{resource}.{method}")
    target = twin.partition(".")[2] if twin and hasattr(cls, twin.partition(".")[2]) else method
    function = getattr(cls, target)
    doc = inspect.getdoc(function) or ""
    summary = doc.split("\n\n")[0].replace("\n", " ")
    codes = [*COMMON, ExitCode.ABORTED] if _destructive(method) else COMMON
    parser = argparse.ArgumentParser(
        prog=f"fivetran-ext {cli_name(resource)} {cli_name(method)}",
        description=summary + (" All pages are read." if target != method else ""),
        epilog=exit_codes_help(codes),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parameters = [parameter for parameter in _parameters(function, module) if parameter.name != "cursor"]
    for parameter in parameters:
        _add(parser, parameter)
    from ._parser import output_options

    output_options(parser, argparse.SUPPRESS)
    if _destructive(method):
        parser.add_argument(
            "--yes", action="store_true", help="do not ask for confirmation (required without a terminal)"
        )
    return parser, parameters, target


def _destructive(method: str) -> bool:
    return method == "delete" or method.startswith(("delete_", "remove_", "drop_"))


def _add(parser: argparse.ArgumentParser, parameter: _Parameter) -> None:
    kind = _kind(parameter.annotation)
    name = parameter.name
    secret = name in SECRET_PARAMETERS
    value_help = {
        "json": "JSON: inline, @FILE or @- (stdin)" if not secret else "JSON from @FILE or @- (stdin); never inline",
        "list": "one or more values",
    }.get(kind, "@FILE or @- (stdin); never inline" if secret else "")
    if parameter.positional:
        parser.add_argument(name, metavar=name.upper(), help=value_help or None)
        return
    flag = f"--{cli_name(name)}"
    if name == "limit":
        parser.add_argument(flag, dest=name, type=int, metavar="N", help="page size of each request")
    elif name == "max_items":
        parser.add_argument(flag, dest=name, type=int, metavar="N", help="stop after N items (default: all)")
    elif kind == "bool" and parameter.default is False:
        parser.add_argument(flag, dest=name, action="store_true")
    elif kind == "bool":
        parser.add_argument(flag, dest=name, action=argparse.BooleanOptionalAction, required=parameter.required)
    elif kind == "choice":
        parser.add_argument(flag, dest=name, choices=_choices(parameter.annotation), required=parameter.required)
    elif kind == "list":
        parser.add_argument(flag, dest=name, nargs="+", metavar="VALUE", required=parameter.required)
    else:
        parser.add_argument(flag, dest=name, metavar=kind.upper(), required=parameter.required, help=value_help or None)


def _read(text: str, console_stdin: Any, name: str) -> str:
    if text == "@-":
        return str(console_stdin.read())
    if text.startswith("@"):
        try:
            with open(text[1:], encoding="utf-8") as file:
                return file.read()
        except OSError as error:
            raise UsageError(f"--{cli_name(name)}: cannot read {text[1:]!r}: {error.strerror}") from None
    if name in SECRET_PARAMETERS:
        # Not echoed: the value is probably the secret itself.
        raise UsageError(
            f"--{cli_name(name)} takes @FILE or @- (stdin): a secret on the command line is visible to every "
            "user of the machine and stays in shell history"
        )
    return text


def _convert(parameter: _Parameter, value: Any, stdin: Any) -> Any:
    kind = _kind(parameter.annotation)
    if kind == "list":
        return list(value)
    if not isinstance(value, str):
        return value
    if kind in ("text", "choice", "json"):
        text = _read(value, stdin, parameter.name)
        if kind != "json":
            return text.strip() if value.startswith("@") else text
        try:
            return json.loads(text)
        except ValueError as error:
            raise UsageError(f"--{cli_name(parameter.name)}: not valid JSON ({error})") from None
    if kind == "int":
        try:
            return int(value)
        except ValueError:
            raise UsageError(f"--{cli_name(parameter.name)}: expected an integer, got {value!r}") from None
    if kind == "float":
        try:
            return float(value)
        except ValueError:
            raise UsageError(f"--{cli_name(parameter.name)}: expected a number, got {value!r}") from None
    return value


def run(context: Context, args: argparse.Namespace) -> ExitCode:
    """Parse the method's own arguments, call it, print what it returned."""
    console = context.console
    resource, method = args.resource, args.method
    parser, parameters, target = signature_parser(resource, method)
    try:
        with contextlib.redirect_stdout(console.stdout), contextlib.redirect_stderr(console.stderr):
            parsed = parser.parse_args(args.arguments)
    except SystemExit as exit_:
        return ExitCode.OK if exit_.code in (0, None) else ExitCode.USAGE
    context.set_output(parsed)
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for parameter in parameters:
        value = getattr(parsed, parameter.name)
        if value is None:
            continue
        value = _convert(parameter, value, console.stdin)
        if parameter.positional:
            positional.append(value)
        else:
            keywords[parameter.name] = value
    if _destructive(method) and not parsed.yes and not _confirmed(context, resource, method, positional):
        return ExitCode.ABORTED
    binary = "bytes" in str(inspect.signature(getattr(resource_class(resource), target)).return_annotation)
    if binary and context.output_file is None:
        # A package archive on a terminal is noise, and in a pipe it is better named: ask for the file.
        raise UsageError(f"{cli_name(resource)} {cli_name(method)} returns a file: pass --output-file FILE")
    bound = getattr(getattr(context.client(), resource), target)
    result = bound(*positional, **keywords)
    if binary and context.output_file is not None:
        with open(context.output_file, "wb") as file:
            file.write(result)
        context.console.err(f"{context.glyphs.ok} wrote {len(result)} bytes to {context.output_file}")
        return ExitCode.OK
    data = to_plain(result)
    if data is None:
        done = f"{context.glyphs.ok} {cli_name(resource)} {cli_name(method)} {' '.join(map(str, positional))}".rstrip()
        context.emit({"resource": resource, "method": method, "done": True}, lambda: [done])
        return ExitCode.OK
    context.emit(data, lambda: human_lines(data))
    return ExitCode.OK


def _confirmed(context: Context, resource: str, method: str, positional: Sequence[Any]) -> bool:
    console = context.console
    what = f"{cli_name(resource)} {cli_name(method)} {' '.join(map(str, positional))}".rstrip()
    if not console.stdin_tty:
        console.err(f"error: refusing to run {what!r} without confirmation: pass --yes (nothing was sent)")
        return False
    answer = console.ask(f"{what}: this cannot be undone. Type yes to go on: ")
    if answer is None or answer.strip().lower() != "yes":
        console.err("aborted (nothing was sent)")
        return False
    return True


def to_plain(value: Any) -> Any:
    """A method's result as JSON types: models by ``to_dict()``, pages and streams as lists."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    raw = getattr(value, "raw", None)
    if isinstance(raw, Mapping):  # a SchemaConfig: the API's own JSON
        return plain(raw)
    items = getattr(value, "items", None)
    if isinstance(items, list):  # a Page
        return [to_plain(item) for item in items]
    if isinstance(value, Mapping):
        return {str(key): to_plain(item) for key, item in value.items()}
    if isinstance(value, Iterator | list | tuple):
        return [to_plain(item) for item in value]
    return plain(value)


def human_lines(data: Any, columns: Sequence[Column] | None = None) -> list[str]:
    """A list as a table (its ``id`` and scalar fields, or ``columns``), an object as a record."""
    if isinstance(data, list):
        if not data:
            return ["No items."]
        rows = [item if isinstance(item, Mapping) else {"value": item} for item in data]
        return table(rows, columns or _default_columns(rows))
    if isinstance(data, Mapping):
        return record(data)
    return [str(data)]


def _default_columns(rows: Sequence[Mapping[str, Any]]) -> list[Column]:
    keys: list[str] = []
    for row in rows[:20]:
        keys += [key for key, value in row.items() if key not in keys and not isinstance(value, Mapping | list)]
    ordered = (["id"] if "id" in keys else []) + [key for key in keys if key != "id"]
    return [Column(key.upper(), key) for key in ordered[:6]]
