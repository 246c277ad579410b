from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookResponse")


@_attrs_define
class WebhookResponse:
    """
    Attributes:
        id (None | str | Unset): Unique identifier for the webhook. Example: webhook_id.
        type_ (None | str | Unset): The type of the webhook. Specifies whether the webhook is associated with a group or
            an account. Known values: `group`, `account` (others may appear). Example: group.
        url (None | str | Unset): The endpoint URL where webhook events will be delivered. Example: https://your-
            host.your-domain/webhook.
        events (list[str] | None | Unset): List of event types that trigger the webhook. Example: ['sync_start',
            'sync_end'].
        active (bool | None | Unset): Indicates if the webhook is enabled to send events immediately upon occurrence.
            Example: True.
        secret (None | str | Unset): A secret string used to sign webhook payloads for verification. Example: ******.
        group_id (None | str | Unset): Unique identifier for the group associated with the webhook. Example: group_id.
        created_at (datetime.datetime | None | Unset): Timestamp indicating when the webhook was created. Example:
            2024-01-01T00:00:00Z.
        created_by (None | str | Unset): Identifier of the user who created the webhook setting. Example: user_id.
    """

    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    events: list[str] | None | Unset = UNSET
    active: bool | None | Unset = UNSET
    secret: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        events: list[str] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = self.events

        else:
            events = self.events

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if active is not UNSET:
            field_dict["active"] = active
        if secret is not UNSET:
            field_dict["secret"] = secret
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        url = cast(None | str | Unset, d.pop("url", UNSET))

        def _parse_events(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                events_type_0 = cast(list[str], data)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        events = _parse_events(d.pop("events", UNSET))

        active = cast(bool | None | Unset, d.pop("active", UNSET))

        secret = cast(None | str | Unset, d.pop("secret", UNSET))

        group_id = cast(None | str | Unset, d.pop("group_id", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        created_by = cast(None | str | Unset, d.pop("created_by", UNSET))

        webhook_response = cls(
            id=id,
            type_=type_,
            url=url,
            events=events,
            active=active,
            secret=secret,
            group_id=group_id,
            created_at=created_at,
            created_by=created_by,
        )

        webhook_response.additional_properties = d
        return webhook_response

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
