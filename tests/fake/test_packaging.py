"""Import cost, lazy exports, and the pytest plugin as pytest loads it."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import textwrap
from pathlib import Path

import fivetran_ext.testing
from fivetran_ext.testing.fake import FakeClock, FakeFivetran

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_testing_package_does_not_load_the_fake() -> None:
    code = (
        "import sys, fivetran_ext.testing as t\n"
        "assert 'fivetran_ext.testing.fake' not in sys.modules\n"
        "assert 'http.server' not in sys.modules\n"
        "t.FakeFivetran\n"
        "assert 'fivetran_ext.testing.fake' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)


def test_reaching_client_connections_defers_what_it_does_not_need() -> None:
    # Issue 11's import target: sync handles, fleets, schema configs, the rate-limit governor, the rarely used
    # operations and their request models load when first used, and then work (a create builds its body).
    deferred = [
        "fivetran_ext._fleet",
        "fivetran_ext._sync_wait",
        "fivetran_ext._sync_run",
        "fivetran_ext._sync_status",
        "fivetran_ext._run_claims",
        "fivetran_ext._schema_config",
        "fivetran_ext._governor",
        "fivetran_ext._rate_store",
        "fivetran_api.api.connection_management.create_connection",
        "fivetran_api.api.connection_schema_management",
        "fivetran_api.models.new_connector_request_v1",
        "fivetran_api.models.new_connector_request_v1_schedule_type",
    ]
    code = textwrap.dedent(
        f"""
        import sys
        from fivetran_ext import Fivetran
        from fivetran_ext._resources import connections
        client = Fivetran("k", "s")
        client.connections
        early = [name for name in {deferred!r} if name in sys.modules]
        assert early == [], early
        call = connections._create("g", "postgres", None, {{"schedule_type": "manual"}})
        assert call.arguments["body"].to_dict() == {{"group_id": "g", "service": "postgres", "schedule_type": "manual"}}
        connections._sync_calls()
        assert "fivetran_ext._fleet" in sys.modules
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)


def test_lazy_exports_are_the_real_classes() -> None:
    assert fivetran_ext.testing.FakeFivetran is FakeFivetran
    assert fivetran_ext.testing.FakeClock is FakeClock
    assert set(fivetran_ext.testing.__all__) >= {"FakeFivetran", "FakeClock", "RealClock", "WebhookDelivery"}


def test_fixture_gives_a_fresh_fake_on_a_fake_clock(fake_fivetran: FakeFivetran) -> None:
    assert isinstance(fake_fivetran.clock, FakeClock)
    assert fake_fivetran.groups.list() == []


def _plugin_installed() -> bool:
    return any(
        ep.value == "fivetran_ext.testing.pytest_plugin" for ep in importlib.metadata.entry_points(group="pytest11")
    )


def test_the_plugin_works_in_a_fresh_pytest_run(tmp_path: Path) -> None:
    (tmp_path / "test_user_suite.py").write_text(
        textwrap.dedent(
            """
            import httpx

            def test_uses_the_fixtures(fake_fivetran, fake_fivetran_url):
                group = fake_fivetran.groups.create("from-plugin")
                response = httpx.get(f"{fake_fivetran_url}/v1/groups", auth=("fake-key", "fake-secret"))
                assert response.json()["data"]["items"] == [group]
            """
        )
    )
    # Until the entry point is installed, load the plugin explicitly (loading it twice would fail).
    plugin = [] if _plugin_installed() else ["-p", "fivetran_ext.testing.pytest_plugin"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *plugin, "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_the_plugin_costs_nothing_until_its_fixture_is_used(tmp_path: Path) -> None:
    # pytest imports the plugin in every run of every project that has fivetran-ext installed.
    (tmp_path / "test_nothing.py").write_text(
        textwrap.dedent(
            """
            import sys

            def test_nothing_of_ours_is_loaded():
                loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("httpx", "httpcore", "fivetran_api"))
                loaded += sorted(m for m in sys.modules if m.startswith(("fivetran_ext._", "fivetran_ext.testing.")))
                assert loaded == ["fivetran_ext._version", "fivetran_ext.testing.pytest_plugin"]
            """
        )
    )
    plugin = [] if _plugin_installed() else ["-p", "fivetran_ext.testing.pytest_plugin"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *plugin, "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_the_retry_switch_is_still_exported_lazily() -> None:
    from fivetran_ext.testing._retry_switch import no_retry_sleep, set_retry_sleep

    assert fivetran_ext.testing.no_retry_sleep is no_retry_sleep
    assert fivetran_ext.testing.set_retry_sleep is set_retry_sleep
