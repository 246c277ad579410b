"""fivetran_ext: the ergonomic Python client for the Fivetran REST API.

The low-level client generated from Fivetran's OpenAPI spec lives in the `fivetran_api` package;
this package is the hand-written layer on top of it.
"""

from ._version import __version__

__all__ = ["__version__"]
