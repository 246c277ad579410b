"""``fivetran-ext``: the command line interface (docs/cli.md).

Modules: ``_parser`` (grammar), ``_main`` (entry point, errors to exit codes), ``_context`` (client and
output mode), ``_console`` (streams, terminal facts), ``_render`` (tables, records, trees, JSON),
``_progress`` (the sync progress display), and one ``_cmd_*`` module per command family.

Every module imports only the standard library at import time; the client and its HTTP stack load when a
command first needs them, so ``--help`` and usage errors stay fast.
"""

from ._main import main

__all__ = ["main"]
