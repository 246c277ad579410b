"""Resource classes (``client.groups``, ``client.connections``, ...), one module per resource.

Deliberately empty: each module is imported on first use of its client attribute (see `_lazy.py`), so
importing one resource never pulls in the other nineteen and their generated models.
"""
