#!/usr/bin/env python3
"""A fast local Fivetran-shaped HTTP/1.1 server for the benchmarks: pre-built bodies, cursor pages, latency.

    python scripts/bench_server.py [--items 100000] [--schema-tables 20000] [--latency 0.05]

Prints its base URL (``http://127.0.0.1:<port>``) on the first line of stdout once every body is built,
then serves until terminated. It runs in its own process so it never competes with the measured client
for the GIL, and it does as little as possible per request (no JSON encoding, no model, one write), so
what a benchmark measures is the client. Routes:

* ``GET /v1/connections/{id}`` (and the old ``/v1/connectors/{id}`` some clients still call): one
  connection's details, the ~1.5 KB envelope of ``bench_overhead.py``;
* ``GET /v1/connections``, ``/v1/groups/{id}/connections``, ``/v1/groups/{id}/connectors``: ``--items``
  connections paginated like the API (``limit`` 1..1000, default 100; an opaque ``cursor``;
  ``data.next_cursor`` absent on the last page). Filters are accepted and ignored;
* ``GET /v1/connections/{id}/schemas`` (and ``/v1/connectors/...``): a schema config of
  ``--schema-tables`` tables x ``--schema-columns`` columns;
* ``GET /v1/groups/{id}``: one group;
* ``GET /__stats``: requests answered per route kind (``?reset=1`` zeroes them), for the benchmark itself.

Every answer waits ``--latency`` seconds first (asyncio: concurrent requests wait concurrently).
Only the standard library is used, so any interpreter can run it.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_overhead import CONNECTION_ENVELOPE  # the scripts folder is not a package

MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
GROUP_ID = "projected_sickle"

# Realistic column names: what a schema config of an application database looks like.
COLUMN_NAMES = (
    "id",
    "account_id",
    "customer_id",
    "order_id",
    "status",
    "currency",
    "amount",
    "discount_amount",
    "tax_amount",
    "email",
    "first_name",
    "last_name",
    "phone_number",
    "shipping_address_line_1",
    "shipping_address_line_2",
    "shipping_city",
    "shipping_postal_code",
    "shipping_country_code",
    "notes",
    "metadata",
    "is_deleted",
    "created_by",
    "updated_by",
    "created_at",
    "updated_at",
)
TABLE_STEMS = ("orders", "order_items", "customers", "invoices", "payments", "refunds", "shipments", "events")


def connection_item(index: int) -> dict[str, object]:
    """One listed connection: the details of bench_overhead.py's connection with its own id and schema."""
    item = dict(CONNECTION_ENVELOPE["data"])  # type: ignore[arg-type]
    item.pop("setup_tests", None)  # the list answer carries no setup test results
    item["id"] = f"conn_{index:07d}"
    item["schema"] = f"postgres_{index:07d}"
    return item


def schema_config(tables: int, columns: int, schemas: int = 20) -> dict[str, object]:
    """``data`` of ``GET /v1/connections/{id}/schemas``: ``tables`` tables over ``schemas`` schemas.

    Keys and values follow Fivetran's documented example: every node has ``name_in_destination`` and
    ``enabled``; tables add ``sync_mode``, ``supports_columns_config`` and ``enabled_patch_settings``;
    columns add ``hashed``, ``is_primary_key`` and ``enabled_patch_settings`` (the primary key's with the
    ``reason_code`` and ``reason`` a locked column shows).
    """
    names = [COLUMN_NAMES[i] if i < len(COLUMN_NAMES) else f"extra_column_{i}" for i in range(columns)]
    column_nodes = {}
    for position, name in enumerate(names):
        locked = position == 0
        patch: dict[str, object] = {"allowed": not locked}
        if locked:
            patch.update(reason_code="SYSTEM_COLUMN", reason="The column is the table's primary key")
        column_nodes[name] = {
            "name_in_destination": name,
            "enabled": True,
            "hashed": name == "email",
            "enabled_patch_settings": patch,
            "is_primary_key": locked,
        }
    per_schema, extra = divmod(tables, schemas)
    schema_nodes = {}
    table_number = 0
    for schema_index in range(schemas):
        schema_name = f"app_db_{schema_index:02d}"
        table_nodes = {}
        for _ in range(per_schema + (1 if schema_index < extra else 0)):
            table_name = f"{TABLE_STEMS[table_number % len(TABLE_STEMS)]}_{table_number:05d}"
            table_number += 1
            # A shallow copy per column: the body is serialised once, so sharing the leaves is harmless.
            table_nodes[table_name] = {
                "name_in_destination": table_name,
                "enabled": table_number % 10 != 0,
                "sync_mode": "SOFT_DELETE",
                "supports_columns_config": True,
                "supports_history_mode": True,
                "enabled_patch_settings": {"allowed": True},
                "columns": {name: dict(node) for name, node in column_nodes.items()},
            }
        schema_nodes[schema_name] = {"name_in_destination": schema_name, "enabled": True, "tables": table_nodes}
    return {"schema_change_handling": "ALLOW_ALL", "enable_new_by_default": True, "schemas": schema_nodes}


def encode_cursor(offset: int) -> str:
    # Opaque like Fivetran's (base64 of a small JSON object), so no client can guess its way around it.
    return base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    padded = cursor + "=" * (-len(cursor) % 4)
    return int(json.loads(base64.urlsafe_b64decode(padded))["offset"])


def _response(status: int, body: bytes, reason: str = "OK") -> bytes:
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Content-Type: application/json;charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "X-Rate-Limit: 20000\r\n"
        "X-Rate-Limit-Remaining: 19999\r\n"
        "\r\n"
    )
    return head.encode() + body


def _envelope(data: object) -> bytes:
    return json.dumps({"code": "Success", "message": "Operation performed.", "data": data}).encode()


def _error(status: int, code: str, message: str, reason: str) -> bytes:
    return _response(status, json.dumps({"code": code, "message": message}).encode(), reason)


class Bodies:
    """Everything the server answers, built before the first request (pages lazily, then cached)."""

    def __init__(self, items: int, schema_tables: int, schema_columns: int) -> None:
        self.details = _response(200, _envelope(CONNECTION_ENVELOPE["data"]))
        self.group = _response(
            200, _envelope({"id": GROUP_ID, "name": "analytics", "created_at": "2024-01-15T09:12:44Z"})
        )
        self.schema = _response(200, _envelope(schema_config(schema_tables, schema_columns))) if schema_tables else None
        # Items are serialised once; a page is a join of byte strings, built on first use and kept.
        self._items = [json.dumps(connection_item(i)).encode() for i in range(items)]
        self._pages: dict[tuple[int, int], bytes] = {}

    def page(self, query: str) -> bytes:
        params = parse_qs(query)
        try:
            limit = int(params.get("limit", [DEFAULT_LIMIT])[0])
            offset = decode_cursor(params["cursor"][0]) if "cursor" in params else 0
        except (ValueError, KeyError, binascii.Error, json.JSONDecodeError):
            return _error(400, "InvalidInput", "Invalid limit or cursor", "Bad Request")
        if not 1 <= limit <= MAX_LIMIT or not 0 <= offset <= len(self._items):
            return _error(400, "InvalidInput", "Invalid limit or cursor", "Bad Request")
        cached = self._pages.get((offset, limit))
        if cached is None:
            end = offset + limit
            cursor = f',"next_cursor":"{encode_cursor(end)}"' if end < len(self._items) else ""
            body = b'{"code":"Success","data":{"items":[' + b",".join(self._items[offset:end])
            body += f"]{cursor}}}}}".encode()
            cached = self._pages[offset, limit] = _response(200, body)
        return cached


class Server:
    def __init__(self, bodies: Bodies, latency: float) -> None:
        self.bodies = bodies
        self.latency = latency
        self.stats: Counter[str] = Counter()

    def route(self, method: str, target: str) -> tuple[str, bytes]:
        """(what was asked, in the words of ``/__stats``; the raw answer)."""
        url = urlsplit(target)
        parts = [part for part in url.path.split("/") if part]
        if method != "GET":
            return "other", _error(405, "MethodNotAllowed", f"{method} is not served here", "Method Not Allowed")
        if parts == ["__stats"]:
            answer = _response(200, json.dumps(dict(self.stats)).encode())
            if "reset=1" in url.query:
                self.stats.clear()
            return "stats", answer
        if parts[:1] == ["v1"]:
            rest = parts[1:]
            # Stats keys name the path shape, so a report can say which (old or current) path a client used.
            if rest == ["connections"]:
                return "page /v1/connections", self.bodies.page(url.query)
            if len(rest) == 3 and rest[0] == "groups" and rest[2] in ("connections", "connectors"):
                return f"page /v1/groups/{{id}}/{rest[2]}", self.bodies.page(url.query)
            if len(rest) == 2 and rest[0] in ("connections", "connectors"):
                return f"details /v1/{rest[0]}/{{id}}", self.bodies.details
            is_schema = len(rest) == 3 and rest[0] in ("connections", "connectors") and rest[2] == "schemas"
            if is_schema and self.bodies.schema is not None:
                return f"schema /v1/{rest[0]}/{{id}}/schemas", self.bodies.schema
            if len(rest) == 2 and rest[0] == "groups":
                return "group /v1/groups/{id}", self.bodies.group
        return "other", _error(404, "NotFound", f"No route for {url.path}", "Not Found")

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length") or 0)
                if length:
                    await reader.readexactly(length)
                kind, answer = self.route(method, target)
                if kind != "stats":
                    self.stats[kind] += 1
                if self.latency:
                    await asyncio.sleep(self.latency)
                writer.write(answer)
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    return
        except ConnectionError:
            return
        finally:
            writer.close()

    async def serve(self, port: int) -> None:
        server = await asyncio.start_server(self.handle, "127.0.0.1", port, backlog=512)
        print(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
        async with server:
            await server.serve_forever()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--items", type=int, default=1000, help="connections in the paginated list")
    parser.add_argument("--schema-tables", type=int, default=0, help="tables in the schema config (0: none)")
    parser.add_argument("--schema-columns", type=int, default=25, help="columns per table")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds every answer waits")
    args = parser.parse_args()
    server = Server(Bodies(args.items, args.schema_tables, args.schema_columns), args.latency)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(server.serve(args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
