"""Blank out credentials in text a server controls, and make requests/responses safe to ship elsewhere.

A misbehaving proxy or API may echo the ``Authorization`` header back in an error body; that body ends up
in ``str(error)``, in logs and in the CLI's output. The credentials are known from the request itself (the
Basic token and the key and secret it encodes), so every error built from a response is cleaned here.
"""

from __future__ import annotations

import base64
import binascii

import httpx

__all__ = ["credentials_of", "portable_request", "portable_response", "redact"]

# Shorter values would blank out ordinary words; real Fivetran keys and secrets are 16+ characters.
_MIN_SECRET_CHARS = 6
_MASK = "***"
# Headers that carry credentials or session state; a copy sent to another process drops them.
_SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# A copy holds the decoded body, so the headers describing its wire form no longer apply.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def credentials_of(request: httpx.Request | None) -> tuple[str, ...]:
    """The secrets a request carries: its Authorization token and, for Basic, the key and the secret."""
    if request is None:
        return ()
    scheme, _, token = request.headers.get("Authorization", "").strip().partition(" ")
    token = token.strip()
    found = [token]
    if scheme.lower() == "basic" and token:
        try:
            pair = base64.b64decode(token, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            pair = ""
        key, _, secret = pair.partition(":")
        found += [key, secret]
    # Longest first, so a secret containing the key is masked whole.
    return tuple(sorted({value for value in found if len(value) >= _MIN_SECRET_CHARS}, key=len, reverse=True))


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with every occurrence of each secret replaced by ``***``."""
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, _MASK)
    return text


def portable_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` (method, URL without userinfo, headers) without credentials or body."""
    url = request.url.copy_with(username=None, password=None) if request.url.userinfo else request.url
    headers = [(name, value) for name, value in request.headers.items() if name.lower() not in _SENSITIVE_HEADERS]
    return httpx.Request(request.method, url, headers=headers)


def portable_response(response: httpx.Response, body: str, request: httpx.Request) -> httpx.Response:
    """A read copy of ``response`` holding ``body`` (already redacted), bound to ``request``."""
    headers = [
        (name, value)
        for name, value in response.headers.items()
        if name.lower() not in _SENSITIVE_HEADERS and name.lower() not in _WIRE_HEADERS
    ]
    return httpx.Response(response.status_code, headers=headers, content=body.encode("utf-8"), request=request)
