"""Connector SDK packages (custom connectors as ZIP archives): ``client.connector_sdk_packages`` and its twin."""

from __future__ import annotations

import os
import zipfile
from collections.abc import AsyncIterator, Iterator
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from fivetran_api.types import File

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, Content, DataOf, NoData, PageOf, SyncResource
from ._builders import by_id, optional_text, pages

if TYPE_CHECKING:
    from .._models import ConnectorSdkPackage

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
create_connector_sdk_package = "fivetran_api.api.connector_sdk_package_resource.create_connector_sdk_package"
delete_connector_sdk_package = "fivetran_api.api.connector_sdk_package_resource.delete_connector_sdk_package"
download_connector_sdk_package = "fivetran_api.api.connector_sdk_package_resource.download_connector_sdk_package"
get_connector_sdk_package = "fivetran_api.api.connector_sdk_package_resource.get_connector_sdk_package"
list_connector_sdk_packages = "fivetran_api.api.connector_sdk_package_resource.list_connector_sdk_packages"
update_connector_sdk_package = "fivetran_api.api.connector_sdk_package_resource.update_connector_sdk_package"

__all__ = ["AsyncConnectorSdkPackages", "ConnectorSdkPackages", "PackageSource"]

PackageSource = bytes | bytearray | memoryview | str | os.PathLike[str] | BinaryIO
"""A ZIP archive to upload: its bytes, a path to it, or a binary file object open for reading."""

_PACKAGE = DataOf(lambda: models.ConnectorSdkPackage)
_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header, or the end record of an empty archive

_list = pages(list_connector_sdk_packages, PageOf(lambda: models.ConnectorSdkPackage))
_get = by_id(get_connector_sdk_package, _PACKAGE, "package_id")
_delete = by_id(delete_connector_sdk_package, NoData(), "package_id")
_download = by_id(download_connector_sdk_package, Content(), "package_id")


# Call builders: validation and request shape, shared by both twins.
def _zip_file(package: PackageSource, file_name: str | None) -> File:
    """The multipart file part for ``package``, after checking it is a complete ZIP archive."""
    default_name: str | None = None
    if isinstance(package, bytes | bytearray | memoryview):
        content = bytes(package)
    elif isinstance(package, str | os.PathLike):
        path = Path(package)
        # A blocking read even for the async client: packages are small, and this keeps one builder for both.
        content = path.read_bytes()
        default_name = path.name
    elif callable(getattr(package, "read", None)):
        content = package.read()
        if not isinstance(content, bytes):
            raise TypeError("package file must be opened in binary mode ('rb')")
        default_name = Path(str(getattr(package, "name", ""))).name or None
    else:
        raise TypeError(f"package must be bytes, a path or a binary file, got {type(package).__name__}")
    if not content.startswith(_ZIP_SIGNATURES):
        raise ValueError("package is not a ZIP archive (it does not start with the 'PK' signature)")
    if not zipfile.is_zipfile(BytesIO(content)):
        raise ValueError("package is not a complete ZIP archive (no central directory: truncated?)")
    name = optional_text("file_name", file_name) or default_name or "connector.zip"
    return File(payload=BytesIO(content), file_name=name, mime_type="application/zip")


def _upload(package: PackageSource, file_name: str | None) -> Call[ConnectorSdkPackage]:
    body = request_models.CreateConnectorSdkPackageBody(file=_zip_file(package, file_name))
    return Call(create_connector_sdk_package, {"body": body}, _PACKAGE)


def _replace(package_id: str, package: PackageSource, file_name: str | None) -> Call[ConnectorSdkPackage]:
    checked_id = path_param("package_id", package_id)
    body = request_models.UpdateConnectorSdkPackageBody(file=_zip_file(package, file_name))
    return Call(update_connector_sdk_package, {"package_id": checked_id, "body": body}, _PACKAGE)


class ConnectorSdkPackages(SyncResource):
    """Connector SDK packages: the ZIP archives of custom connectors built with the Fivetran Connector SDK.

    Example:
        package = client.connector_sdk_packages.upload("dist/my_connector.zip")
        archive = client.connector_sdk_packages.download(package.id)
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[ConnectorSdkPackage]:
        """Fetch one page of Connector SDK packages (``GET /v1/connector-sdk/packages``).

        Args:
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[ConnectorSdkPackage]:
        """Iterate over all Connector SDK packages, fetching pages lazily (``GET /v1/connector-sdk/packages``).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    def upload(self, package: PackageSource, *, file_name: str | None = None) -> ConnectorSdkPackage:
        """Upload a package as ``multipart/form-data`` (``POST /v1/connector-sdk/packages``).

        Args:
            package: The ZIP archive: bytes, a path, or a binary file object.
            file_name: The file name sent with it; by default the path's or file's name, else
                ``"connector.zip"``.

        Raises:
            ValueError: ``package`` is not a complete ZIP archive (nothing is sent).
            TypeError: ``package`` is none of the accepted kinds, or a file opened in text mode.
            OSError: the path cannot be read.
        """
        return self._run(_upload(package, file_name))

    def get(self, package_id: str) -> ConnectorSdkPackage:
        """Fetch one Connector SDK package's metadata (``GET /v1/connector-sdk/packages/{package_id}``).

        Raises:
            NotFoundError: no such package.
            ValueError: ``package_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(package_id))

    def replace(self, package_id: str, package: PackageSource, *, file_name: str | None = None) -> ConnectorSdkPackage:
        """Replace a package's archive with a new one (``PATCH /v1/connector-sdk/packages/{package_id}``).

        Raises:
            ValueError: ``package`` is not a complete ZIP archive (nothing is sent).
        """
        return self._run(_replace(package_id, package, file_name))

    def delete(self, package_id: str) -> None:
        """Delete a Connector SDK package (``DELETE /v1/connector-sdk/packages/{package_id}``)."""
        self._run(_delete(package_id))

    def download(self, package_id: str) -> bytes:
        """Download a package's ZIP archive, byte for byte (``GET /v1/connector-sdk/packages/{package_id}/download``).

        Example:
            Path("connector.zip").write_bytes(client.connector_sdk_packages.download(package_id))
        """
        return self._run(_download(package_id))


class AsyncConnectorSdkPackages(AsyncResource):
    """Async twin of `ConnectorSdkPackages` (a path given to ``upload`` is read synchronously)."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[ConnectorSdkPackage]:
        """See `ConnectorSdkPackages.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[ConnectorSdkPackage]:
        """See `ConnectorSdkPackages.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    async def upload(self, package: PackageSource, *, file_name: str | None = None) -> ConnectorSdkPackage:
        """See `ConnectorSdkPackages.upload`."""
        return await self._run(_upload(package, file_name))

    async def get(self, package_id: str) -> ConnectorSdkPackage:
        """See `ConnectorSdkPackages.get`."""
        return await self._run(_get(package_id))

    async def replace(
        self, package_id: str, package: PackageSource, *, file_name: str | None = None
    ) -> ConnectorSdkPackage:
        """See `ConnectorSdkPackages.replace`."""
        return await self._run(_replace(package_id, package, file_name))

    async def delete(self, package_id: str) -> None:
        """See `ConnectorSdkPackages.delete`."""
        await self._run(_delete(package_id))

    async def download(self, package_id: str) -> bytes:
        """See `ConnectorSdkPackages.download`."""
        return await self._run(_download(package_id))
