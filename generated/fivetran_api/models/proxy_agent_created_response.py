from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProxyAgentCreatedResponse")


@_attrs_define
class ProxyAgentCreatedResponse:
    """
    Attributes:
        agent_id (None | str | Unset): The unique identifier for the proxy agent within the Fivetran system. Example:
            id.
        auth_token (None | str | Unset): The auth token. Example: auth_token.
        client_cert (None | str | Unset): Client certificate. Example: client_cert.
        client_private_key (None | str | Unset): Client private key. Example: client_private_key.
        orchestrator_host (None | str | Unset): The hostname that the Proxy Agent uses to connect to the Fivetran
            orchestrator. Example: orchestrator.fivetran.com.
        orchestrator_port (int | None | Unset): The port that the Proxy Agent uses to connect to the Fivetran
            orchestrator. Example: 443.
    """

    agent_id: None | str | Unset = UNSET
    auth_token: None | str | Unset = UNSET
    client_cert: None | str | Unset = UNSET
    client_private_key: None | str | Unset = UNSET
    orchestrator_host: None | str | Unset = UNSET
    orchestrator_port: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        auth_token: None | str | Unset
        if isinstance(self.auth_token, Unset):
            auth_token = UNSET
        else:
            auth_token = self.auth_token

        client_cert: None | str | Unset
        if isinstance(self.client_cert, Unset):
            client_cert = UNSET
        else:
            client_cert = self.client_cert

        client_private_key: None | str | Unset
        if isinstance(self.client_private_key, Unset):
            client_private_key = UNSET
        else:
            client_private_key = self.client_private_key

        orchestrator_host: None | str | Unset
        if isinstance(self.orchestrator_host, Unset):
            orchestrator_host = UNSET
        else:
            orchestrator_host = self.orchestrator_host

        orchestrator_port: int | None | Unset
        if isinstance(self.orchestrator_port, Unset):
            orchestrator_port = UNSET
        else:
            orchestrator_port = self.orchestrator_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token
        if client_cert is not UNSET:
            field_dict["client_cert"] = client_cert
        if client_private_key is not UNSET:
            field_dict["client_private_key"] = client_private_key
        if orchestrator_host is not UNSET:
            field_dict["orchestrator_host"] = orchestrator_host
        if orchestrator_port is not UNSET:
            field_dict["orchestrator_port"] = orchestrator_port

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        agent_id = cast(None | str | Unset, d.pop("agent_id", UNSET))

        auth_token = cast(None | str | Unset, d.pop("auth_token", UNSET))

        client_cert = cast(None | str | Unset, d.pop("client_cert", UNSET))

        client_private_key = cast(None | str | Unset, d.pop("client_private_key", UNSET))

        orchestrator_host = cast(None | str | Unset, d.pop("orchestrator_host", UNSET))

        orchestrator_port = cast(int | None | Unset, d.pop("orchestrator_port", UNSET))

        proxy_agent_created_response = cls(
            agent_id=agent_id,
            auth_token=auth_token,
            client_cert=client_cert,
            client_private_key=client_private_key,
            orchestrator_host=orchestrator_host,
            orchestrator_port=orchestrator_port,
        )

        proxy_agent_created_response.additional_properties = d
        return proxy_agent_created_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
