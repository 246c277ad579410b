"""Tests of `fivetran_ext.webhooks`: verification, events, dedup, and the framework adapters."""
