"""Orchestrator integrations: ``fivetran_ext.integrations.airflow`` and ``fivetran_ext.integrations.dagster``.

Each lives behind its own extra (``pip install 'fivetran-ext[airflow]'`` or ``'fivetran-ext[dagster]'``)
and is imported only when used: nothing here imports Airflow or Dagster, and ``import fivetran_ext`` never
imports this package. Both are thin layers over ``client.connections``: the sync rules, retries, pagination
and rate budget are the client's, so the integrations cannot drift from them.
"""
