"""Read an OpenAPI document from a path or URL, with one-line errors for every kind of bad input."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any


class SpecSourceError(Exception):
    """The spec could not be read or is not an OpenAPI 3 document. The message is one line."""


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read_spec_bytes(source: str, *, timeout: float = 30.0) -> bytes:
    """The raw bytes of the spec at `source` (a file path or an http(s) URL)."""
    if is_url(source):
        try:
            with urllib.request.urlopen(source, timeout=timeout) as response:
                data: bytes = response.read()
                return data
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise SpecSourceError(f"cannot download {source}: {reason}") from exc
    path = Path(source)
    if not path.is_file():
        raise SpecSourceError(f"spec file not found: {source}")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SpecSourceError(f"cannot read {source}: {exc.strerror}") from exc


def parse_spec(data: bytes, source: str, *, require_openapi: bool = True) -> dict[str, Any]:
    """Parse JSON bytes; with `require_openapi`, insist on an OpenAPI 3.x document with paths."""
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise SpecSourceError(f"{source} is not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise SpecSourceError(f"{source} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    if not isinstance(document, dict):
        raise SpecSourceError(f"{source} is not an OpenAPI document (top level is not an object)")
    if require_openapi:
        version = document.get("openapi")
        if not isinstance(version, str) or not version.startswith("3."):
            found = (
                f"openapi: {version!r}" if version else ("swagger 2" if "swagger" in document else "no 'openapi' key")
            )
            raise SpecSourceError(f"{source} is not an OpenAPI 3 document ({found})")
        if not isinstance(document.get("paths"), dict) or not document["paths"]:
            raise SpecSourceError(f"{source} has no paths")
    return document


def load_spec(source: str, *, require_openapi: bool = True) -> dict[str, Any]:
    return parse_spec(read_spec_bytes(source), source, require_openapi=require_openapi)
