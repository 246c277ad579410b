"""Contains some shared types for properties (project template: dataclasses, not attrs, to import cheaply)"""

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True, weakref_slot=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True, weakref_slot=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def status_code_of(code: int) -> HTTPStatus | int:
    """The status as an `HTTPStatus` when Python knows it, else the plain int (299, 520, 599, ...).

    `HTTPStatus(299)` raises ValueError: a proxy or a new API status must not crash a response that
    was otherwise read fine.
    """
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "status_code_of"]
