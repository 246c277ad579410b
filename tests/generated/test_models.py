"""The generated models: lazy fields, lossless ``to_dict``, open enums, required fields, readable reprs."""

from __future__ import annotations

import copy
import datetime
import pickle
import subprocess
import sys
from typing import Any

import pytest
from fivetran_api._model import ModelFieldError
from fivetran_api.models.connection import Connection
from fivetran_api.models.group import Group
from fivetran_api.models.new_destination_request import NewDestinationRequest
from fivetran_api.models.transformation import Transformation
from fivetran_api.types import UNSET


def connection(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "decent_dropsy",
        "group_id": "projected_sickle",
        "service": "postgres",
        "schema": "pg",
        "paused": False,
        "created_at": "2023-10-11",  # date-only: must come back as sent
        "succeeded_at": "2024-03-17T12:31:40.870504Z",
        "failed_at": None,
        "sync_frequency": 1440,
        "status": {
            "setup_state": "connected",
            "sync_state": "a_state_from_the_future",
            "update_state": "on_schedule",
            "is_historical_sync": False,
            "tasks": [{"code": "x", "message": "m", "details": ["a", 1]}],
            "warnings": [],
        },
        "setup_tests": [{"title": "t", "status": "PASSED", "details": "text, not an object"}],
        "config": {"host": "db", "password": "hunter2", "nested": {"token": "abc"}},
        "fake_field": {"kept": [1, 2]},
    }
    data.update(overrides)
    return data


def test_fields_are_typed_read_once_and_the_json_is_untouched() -> None:
    data = connection()
    model = Connection.from_dict(data)

    assert model.id == "decent_dropsy"
    assert model.status.sync_state == "a_state_from_the_future"  # open enum: kept as str
    assert model.succeeded_at == datetime.datetime(2024, 3, 17, 12, 31, 40, 870504, tzinfo=datetime.UTC)
    assert model.created_at == datetime.datetime(2023, 10, 11)
    assert model.failed_at is None
    assert model.daily_sync_time is UNSET
    assert model.status is model.status  # built once
    assert model.setup_tests is not UNSET
    assert model.setup_tests is not None
    assert model.setup_tests[0].details == "text, not an object"  # declared object, any JSON accepted
    assert model.to_dict() == data
    assert model.to_dict() is not data
    assert data == connection()  # nothing written into the source


def test_to_dict_keeps_unknown_keys_odd_spellings_and_order() -> None:
    data = connection(created_at="2023-10-11T00:00:00.000000Z", brand_new={"a": None})
    model = Connection.from_dict(data)
    _ = (model.created_at, model.status.tasks, model.config, model.additional_properties)

    assert list(model.to_dict().items()) == list(data.items())
    assert model.additional_properties == {"fake_field": {"kept": [1, 2]}, "brand_new": {"a": None}}


def test_assignments_reach_to_dict_nested_ones_too_and_the_original_stays() -> None:
    data = connection()
    model = Connection.from_dict(data)

    model.paused = True
    model.status.sync_state = "syncing"
    model.succeeded_at = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    model.daily_sync_time = "14:00"
    model.failed_at = UNSET
    model.additional_properties["fake_field"] = "changed"
    out = model.to_dict()

    assert out["paused"] is True
    assert out["status"]["sync_state"] == "syncing"
    assert out["succeeded_at"] == "2025-01-01T00:00:00+00:00"
    assert out["daily_sync_time"] == "14:00"
    assert "failed_at" not in out
    assert out["fake_field"] == "changed"
    assert out["created_at"] == "2023-10-11"
    assert data == connection()


def test_evolve_copies_and_copies_do_not_share_changes() -> None:
    model = Connection.from_dict(connection())
    paused = model.evolve(paused=True)
    twin = copy.deepcopy(model)
    twin.status.sync_state = "syncing"

    assert paused.paused is True
    assert model.paused is False
    assert model.status.sync_state == "a_state_from_the_future"
    assert paused.to_dict() == {**connection(), "paused": True}
    with pytest.raises(TypeError, match="no fields"):
        model.evolve(not_a_field=1)


def test_equality_and_pickling_go_through_the_json() -> None:
    model = Connection.from_dict(connection())
    restored = pickle.loads(pickle.dumps(model))

    assert restored == model
    assert restored.status.sync_state == "a_state_from_the_future"
    assert model != Connection.from_dict(connection(paused=True))
    assert model != connection()


def test_repr_shows_present_fields_under_the_friendly_name_and_masks_secrets() -> None:
    text = repr(Connection.from_dict(connection()))

    assert text.startswith("Connection(id='decent_dropsy', service='postgres', schema='pg', ")
    assert "status=ConnectionStatus(setup_state='connected', " in text
    assert "additional_properties={'fake_field': {'kept': [1, 2]}}" in text
    assert "Unset" not in text
    assert "daily_sync_time" not in text
    assert "hunter2" not in text
    assert "abc" not in text
    assert "'password': '***'" in text


def test_a_missing_always_present_field_is_named() -> None:
    with pytest.raises(ModelFieldError, match=r"^Connection\.service is missing$") as raised:
        Connection.from_dict({k: v for k, v in connection().items() if k != "service"})
    assert (raised.value.path, raised.value.reason) == ("Connection.service", "is missing")
    status = {k: v for k, v in connection()["status"].items() if k != "sync_state"}
    with pytest.raises(ModelFieldError, match=r"^Connection\.status\.sync_state is missing$"):
        Connection.from_dict(connection(status=status))
    with pytest.raises(ModelFieldError, match=r"^Group\.name is missing$"):
        Group.from_dict({"id": "g"})


def test_a_value_its_type_cannot_hold_fails_on_access_naming_the_field() -> None:
    model = Connection.from_dict(connection(succeeded_at="yesterday", setup_tests="oops", connect_card=[1]))

    assert model.id == "decent_dropsy"  # the rest of the model is fine
    with pytest.raises(ModelFieldError, match=r"^Connection\.succeeded_at Invalid isoformat string"):
        _ = model.succeeded_at
    with pytest.raises(ModelFieldError, match=r"^Connection\.setup_tests is not an array: 'oops'$"):
        _ = model.setup_tests
    with pytest.raises(ModelFieldError, match=r"^Connection\.connect_card is not an object: \[1\]$"):
        _ = model.connect_card
    assert "succeeded_at='yesterday'" in repr(model)  # repr never raises: the raw value is shown
    assert model.to_dict()["succeeded_at"] == "yesterday"


def test_from_dicts_builds_a_page_like_from_dict_and_names_the_first_bad_item() -> None:
    items = [connection(id=f"c{n}") for n in range(3)]
    models = Connection.from_dicts(items)

    assert [type(m) for m in models] == [Connection] * 3
    assert models == [Connection.from_dict(item) for item in items]
    assert [m.id for m in models] == ["c0", "c1", "c2"]
    assert models[1].to_dict() is not items[1]
    assert models[1].to_dict() == items[1]
    assert Connection.from_dicts([]) == []

    missing = [*items, {k: v for k, v in connection().items() if k != "group_id"}]
    with pytest.raises(ModelFieldError, match=r"^Connection\.group_id is missing$"):
        Connection.from_dicts(missing)
    status = {k: v for k, v in connection()["status"].items() if k != "sync_state"}
    with pytest.raises(ModelFieldError, match=r"^Connection\.status\.sync_state is missing$"):
        Connection.from_dicts([*items, connection(status=status)])
    with pytest.raises(ModelFieldError, match=r"^Connection\.status is not an object: None$"):
        Connection.from_dicts([connection(status=None), *items])
    with pytest.raises(TypeError, match=r"^an item is not an object but list$"):
        Connection.from_dicts([*items, ["not", "an", "object"]])


def test_plain_json_fields_are_read_from_the_json_and_assignments_still_win() -> None:
    model = Connection.from_dict(connection())

    assert model.id == "decent_dropsy"
    assert "id" not in model.__dict__  # nothing cached: the next read is the same lookup
    model.id = "renamed"
    model.sync_frequency = UNSET
    assert model.id == "renamed"
    assert model.sync_frequency is UNSET
    assert model.to_dict() == {k: v for k, v in connection(id="renamed").items() if k != "sync_frequency"}
    built = Connection(
        id="x", service="s", schema="p", status=model.status, group_id="g", created_at=datetime.datetime(2024, 1, 1)
    )
    assert (built.id, built.paused) == ("x", UNSET)


def test_a_date_time_that_is_not_a_string_fails_on_access_naming_the_field() -> None:
    model = Connection.from_dict(connection(succeeded_at=17, failed_at={"at": "x" * 100_000}))

    with pytest.raises(ModelFieldError, match=r"^Connection\.succeeded_at is not a date-time string: 17$"):
        _ = model.succeeded_at
    with pytest.raises(ModelFieldError) as raised:
        _ = model.failed_at
    assert len(str(raised.value)) < 400  # a hostile value's repr is cut, not carried whole into a log line
    assert str(raised.value).endswith("…")


def test_errors_survive_pickling() -> None:
    error = pickle.loads(pickle.dumps(ModelFieldError("Connection.id", "is missing")))
    assert (error.path, error.reason, str(error)) == ("Connection.id", "is missing", "Connection.id is missing")


def test_a_shared_schema_keeps_an_unknown_enum_value_instead_of_becoming_a_dict() -> None:
    data = {
        "id": "t",
        "status": "SUCCEEDED",
        "type": "DBT_CORE",
        "paused": False,
        "created_at": "2024-01-01T00:00:00Z",
        "schedule": {"schedule_type": "EVERY_FULL_MOON", "interval": 60},
    }
    model = Transformation.from_dict(data)

    assert model.schedule is not None
    assert not isinstance(model.schedule, type(UNSET))
    assert model.schedule.schedule_type == "EVERY_FULL_MOON"
    assert model.to_dict() == data


def test_request_models_send_what_they_were_given() -> None:
    # A region this client does not know yet goes through the generated layer as given.
    sent = {"group_id": "g", "service": "snowflake", "region": "MARS_NORTH_1", "time_zone_offset": "+1"}
    assert NewDestinationRequest.from_dict(sent).to_dict() == sent


def test_request_enums_are_open_for_reading_and_keyword_construction() -> None:
    # Fivetran adds regions and schedule types: a value this client does not know reads back, builds and sends.
    from fivetran_api.models.new_connector_request_v1 import NewConnectorRequestV1
    from fivetran_api.models.new_connector_request_v1_schedule_type import NewConnectorRequestV1ScheduleType
    from fivetran_api.models.update_connector_request import UpdateConnectorRequest

    read = NewDestinationRequest.from_dict(
        {"group_id": "g", "service": "snowflake", "region": "MARS_NORTH_1", "time_zone_offset": "+1"}
    )
    assert read.region == "MARS_NORTH_1"
    built = NewDestinationRequest(group_id="g", service="snowflake", region="MARS_NORTH_1", time_zone_offset="+15")
    assert built.to_dict() == {
        "group_id": "g",
        "service": "snowflake",
        "region": "MARS_NORTH_1",
        "time_zone_offset": "+15",
    }
    update = UpdateConnectorRequest(schedule_type="on_event", sync_frequency=2)
    assert (update.schedule_type, update.sync_frequency) == ("on_event", 2)
    assert update.to_dict() == {"schedule_type": "on_event", "sync_frequency": 2}
    new = NewConnectorRequestV1.from_dict({"group_id": "g", "service": "s", "schedule_type": "on_event"})
    assert new.schedule_type == "on_event"
    # The known values stay available as the generated enum class.
    assert {member.value for member in NewConnectorRequestV1ScheduleType} == {"auto", "manual"}


def test_keyword_construction_writes_json_in_field_order() -> None:
    group = Group(id="g", name="n", created_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    assert group.to_dict() == {"id": "g", "name": "n", "created_at": "2024-01-01T00:00:00+00:00"}
    assert repr(group) == (
        "Group(id='g', name='n', created_at=datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone.utc))"
    )


def test_importing_a_model_does_not_import_the_models_it_holds() -> None:
    code = (
        "import sys\n"
        "from fivetran_api.models.connection import Connection\n"
        "before = 'fivetran_api.models.connection_status' in sys.modules\n"
        "c = Connection.from_dict({'id': 'i', 'service': 's', 'schema': 'p', 'group_id': 'g', 'created_at': 'x',"
        " 'status': {'setup_state': 'a', 'sync_state': 'b', 'update_state': 'c', 'is_historical_sync': False}})\n"
        "c.status.sync_state\n"
        "print(before, 'fivetran_api.models.connection_status' in sys.modules,"
        " 'fivetran_api.models.setup_test_result' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    # Checking the required status block on from_dict imports ConnectionStatus; setup tests stay unloaded.
    assert out == ["False", "True", "False"]


def test_an_enum_query_parameter_sends_a_value_this_client_does_not_know() -> None:
    from fivetran_api.api.transformation_management import transformations_list
    from fivetran_api.models.transformations_list_type import TransformationsListType

    new_kind = transformations_list._get_kwargs(type_="DBT_FUSION", limit=10)
    known = transformations_list._get_kwargs(type_=TransformationsListType.QUICKSTART)

    assert new_kind["params"] == {"limit": 10, "type": "DBT_FUSION"}
    assert known["params"] == {"type": "QUICKSTART"}
    assert type(known["params"]["type"]) is str
