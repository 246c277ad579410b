from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HybridDeploymentAgentFilesResponse")


@_attrs_define
class HybridDeploymentAgentFilesResponse:
    """
    Attributes:
        config_json (None | str | Unset): Base64 encoded content of the config.json Example: Base64 {... config.json
            contents ...}.
        auth_json (None | str | Unset): Base64 encoded content of the auth.json Example: Base64 {... auth.json contents
            ...}.
        docker_compose_yaml (None | str | Unset): Base64 encoded content of the docker-compose.yaml Example: Base64 {...
            docker-compose.yaml contents ...}.
    """

    config_json: None | str | Unset = UNSET
    auth_json: None | str | Unset = UNSET
    docker_compose_yaml: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_json: None | str | Unset
        if isinstance(self.config_json, Unset):
            config_json = UNSET
        else:
            config_json = self.config_json

        auth_json: None | str | Unset
        if isinstance(self.auth_json, Unset):
            auth_json = UNSET
        else:
            auth_json = self.auth_json

        docker_compose_yaml: None | str | Unset
        if isinstance(self.docker_compose_yaml, Unset):
            docker_compose_yaml = UNSET
        else:
            docker_compose_yaml = self.docker_compose_yaml

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_json is not UNSET:
            field_dict["config_json"] = config_json
        if auth_json is not UNSET:
            field_dict["auth_json"] = auth_json
        if docker_compose_yaml is not UNSET:
            field_dict["docker_compose_yaml"] = docker_compose_yaml

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        config_json = cast(None | str | Unset, d.pop("config_json", UNSET))

        auth_json = cast(None | str | Unset, d.pop("auth_json", UNSET))

        docker_compose_yaml = cast(None | str | Unset, d.pop("docker_compose_yaml", UNSET))

        hybrid_deployment_agent_files_response = cls(
            config_json=config_json,
            auth_json=auth_json,
            docker_compose_yaml=docker_compose_yaml,
        )

        hybrid_deployment_agent_files_response.additional_properties = d
        return hybrid_deployment_agent_files_response

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
