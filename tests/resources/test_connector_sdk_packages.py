"""Connector SDK packages: the ZIP goes up as multipart/form-data intact, and comes down byte for byte."""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from fivetran_ext import AsyncFivetran, ConnectorSdkPackage, Fivetran

from ._cases import SDK_PACKAGE, make_zip
from .conftest import API_KEY, API_SECRET, Recorder

# Incompressible content makes a ZIP with every byte value, CR/LF and dashes included.
BIG_ZIP = make_zip({"connector.py": b"def update(c, s):\n    yield\n", "blob.bin": os.urandom(300_000)})


class Uploads:
    """A server handler that parses the multipart body the way a web framework would (werkzeug)."""

    def __init__(self, server: HTTPServer) -> None:
        self.files: list[tuple[str, str | None, str | None, bytes]] = []
        server.expect_request(re.compile("/v1/connector-sdk/packages.*")).respond_with_handler(self)

    def __call__(self, request: Request) -> Response:
        if request.method == "GET":
            return Response(BIG_ZIP, content_type="application/zip")
        assert request.mimetype == "multipart/form-data"
        assert list(request.files) == ["file"]
        assert not request.form
        upload = request.files["file"]
        self.files.append((request.method, upload.filename, upload.mimetype, upload.read()))
        return Response(json.dumps({"code": "Success", "data": SDK_PACKAGE}), content_type="application/json")


@pytest.fixture
def uploads(socket_server: HTTPServer) -> Iterator[Uploads]:
    yield Uploads(socket_server)
    socket_server.clear()


@pytest.fixture
def real_client(socket_server: HTTPServer) -> Fivetran:
    return Fivetran(API_KEY, API_SECRET, base_url=socket_server.url_for("").rstrip("/"))


def test_upload_from_a_path_sends_the_file_with_its_name(
    uploads: Uploads, real_client: Fivetran, tmp_path: Path
) -> None:
    path = tmp_path / "my_connector.zip"
    path.write_bytes(BIG_ZIP)

    with real_client:
        package = real_client.connector_sdk_packages.upload(path)

    assert isinstance(package, ConnectorSdkPackage)
    assert package.id == "pkg_1"
    assert uploads.files == [("POST", "my_connector.zip", "application/zip", BIG_ZIP)]


def test_upload_from_a_binary_file_and_from_bytes(uploads: Uploads, real_client: Fivetran, tmp_path: Path) -> None:
    path = tmp_path / "from_file.zip"
    path.write_bytes(BIG_ZIP)

    with real_client, path.open("rb") as handle:
        real_client.connector_sdk_packages.upload(handle)
        real_client.connector_sdk_packages.upload(io.BytesIO(BIG_ZIP))
        real_client.connector_sdk_packages.upload(bytearray(BIG_ZIP), file_name="renamed.zip")
        real_client.connector_sdk_packages.replace("pkg_1", str(path))

    assert uploads.files == [
        ("POST", "from_file.zip", "application/zip", BIG_ZIP),
        ("POST", "connector.zip", "application/zip", BIG_ZIP),
        ("POST", "renamed.zip", "application/zip", BIG_ZIP),
        ("PATCH", "from_file.zip", "application/zip", BIG_ZIP),
    ]


@pytest.mark.anyio
async def test_async_upload_and_download_round_trip(uploads: Uploads, socket_server: HTTPServer) -> None:
    async with AsyncFivetran(API_KEY, API_SECRET, base_url=socket_server.url_for("").rstrip("/")) as client:
        await client.connector_sdk_packages.upload(BIG_ZIP, file_name="async.zip")
        downloaded = await client.connector_sdk_packages.download("pkg_1")

    assert uploads.files == [("POST", "async.zip", "application/zip", BIG_ZIP)]
    assert downloaded == BIG_ZIP


def test_download_returns_the_identical_bytes(uploads: Uploads, real_client: Fivetran) -> None:
    with real_client:
        downloaded = real_client.connector_sdk_packages.download("pkg_1")

    assert downloaded == BIG_ZIP
    assert zipfile.ZipFile(io.BytesIO(downloaded)).namelist() == ["connector.py", "blob.bin"]


def test_a_file_opened_in_text_mode_is_refused(recorder: Recorder, client: Fivetran, tmp_path: Path) -> None:
    path = tmp_path / "package.zip"
    path.write_bytes(BIG_ZIP)

    with path.open("r", encoding="latin-1") as handle, pytest.raises(TypeError, match="binary mode"):
        client.connector_sdk_packages.upload(handle)  # type: ignore[arg-type]

    assert recorder.requests == []


def test_a_missing_path_raises_before_sending(recorder: Recorder, client: Fivetran, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        client.connector_sdk_packages.upload(tmp_path / "nope.zip")

    assert recorder.requests == []


def test_an_archive_containing_a_boundary_like_line_arrives_intact(recorder: Recorder, client: Fivetran) -> None:
    # The generator pins the boundary to "+++"; generate.py removes that, so httpx picks a random one.
    recorder.answer(httpx.Response(201, json={"code": "Created", "data": SDK_PACKAGE}))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("notes.txt", b"line\r\n--+++ looks like the end of the part")

    client.connector_sdk_packages.upload(buffer.getvalue())

    (sent,) = recorder.requests
    content_type = sent.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert not content_type.endswith("boundary=+++")
    assert buffer.getvalue() in sent.content
