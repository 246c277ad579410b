"""Resource classes (``client.groups``, ``client.connections``, ...), one module per resource."""

from .connections import AsyncConnections, Connections
from .groups import AsyncGroups, Groups

__all__ = ["AsyncConnections", "AsyncGroups", "Connections", "Groups"]
