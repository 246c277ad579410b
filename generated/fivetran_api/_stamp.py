"""What this package was generated from (written by scripts/generate.py)."""

GENERATOR = "openapi-python-client==0.29.1"
SPEC_SHA256 = "93dcc385efc93834de52e011306b3111c33bb01cea2ad8325cca01eed2d603c0"
SPEC_EXPORT_DATE = "2026-07-10T15:43:12.550Z"
OPERATION_COUNT = 169
