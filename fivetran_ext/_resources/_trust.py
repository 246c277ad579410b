"""Call builders for trust decisions: approved certificates and SSH fingerprints of a connection or destination.

Certificates and fingerprints each have the same four operations (list, approve, get, revoke) for
connections and for destinations; `TrustCalls` holds what differs between those four families.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

from fivetran_api.types import Response

from .._paths import path_param
from ._base import Call, DataOf, GeneratedModel, NoData, PageCall, PageOf
from ._builders import json_body, pages, required_text

__all__ = ["TrustCalls"]

T = TypeVar("T", bound=GeneratedModel)

_NO_DATA = NoData()


@dataclass(frozen=True, slots=True)
class TrustCalls(Generic[T]):
    """The call builders of one family, e.g. the certificates of connections.

    Attributes:
        owner: The owner's id name, also its generated keyword (``"connection_id"``, ``"destination_id"``).
        item: The method's name for the hash (``"certificate_hash"``); the generated keyword is ``hash_``.
        proof: The JSON field carrying what is approved (``"encoded_cert"``, ``"public_key"``).
        model: Gives what reading operations return (a function: the generated model is imported on first use).
        approved: The reader of the approval's response.
        list_operation, approve_operation, get_operation, revoke_operation: Generated module paths.
        approve_body: Gives the generated request model of the approval (imported on first use).
    """

    owner: str
    item: str
    proof: str
    model: Callable[[], type[T]]
    approved: Callable[[ModuleType, Response[Any]], T]
    list_operation: str
    approve_operation: str
    get_operation: str
    revoke_operation: str
    approve_body: Callable[[], type[GeneratedModel]]

    def list(self, owner_id: str) -> PageCall[T]:
        """The page call of the owner's approved items."""
        return pages(self.list_operation, PageOf(self.model), **{self.owner: path_param(self.owner, owner_id)})

    def approve(self, owner_id: str, item_hash: str, proof: str) -> Call[T]:
        """Trust ``proof`` (a base64 certificate or a public key) with hash ``item_hash`` for the owner."""
        body = json_body(
            self.approve_body(),
            hash=required_text(self.item, item_hash),
            **{self.proof: required_text(self.proof, proof)},
        )
        return Call(self.approve_operation, {self.owner: path_param(self.owner, owner_id), "body": body}, self.approved)

    def get(self, owner_id: str, item_hash: str) -> Call[T]:
        """Read one approved item."""
        return Call(self.get_operation, self._ids(owner_id, item_hash), DataOf(self.model))

    def revoke(self, owner_id: str, item_hash: str) -> Call[None]:
        """Withdraw trust in one item."""
        return Call(self.revoke_operation, self._ids(owner_id, item_hash), _NO_DATA)

    def _ids(self, owner_id: str, item_hash: str) -> dict[str, str]:
        return {self.owner: path_param(self.owner, owner_id), "hash_": path_param(self.item, item_hash)}
