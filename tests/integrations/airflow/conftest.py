"""Airflow for the tests: a throw-away AIRFLOW_HOME with a SQLite metadata DB, set before Airflow loads.

Airflow reads its configuration when first imported, so the environment is set here, at conftest import,
and only when Airflow is installed (the default environment skips these tests).
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

HOME = Path(tempfile.mkdtemp(prefix="fivetran-ext-airflow-")) if importlib.util.find_spec("airflow") else None
if HOME is not None:
    os.environ.update(
        AIRFLOW_HOME=str(HOME),
        AIRFLOW__CORE__DAGS_FOLDER=str(HOME / "dags"),
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=f"sqlite:///{HOME / 'airflow.db'}",
    )
    (HOME / "dags").mkdir()
    atexit.register(shutil.rmtree, HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def airflow_db() -> Iterator[Path]:
    """The migrated metadata DB (one `airflow db migrate`, a few seconds, per session)."""
    assert HOME is not None
    subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], check=True, capture_output=True, timeout=300)
    return HOME
