"""Fixtures for the webhook tests: a clean environment and a configured Django."""

from __future__ import annotations

import pytest

from fivetran_ext.webhooks import SECRET_ENV_VAR

# The URLconf lives beside this file; its dotted name depends on how pytest imported the test package.
DJANGO_URLCONF = f"{__package__}.django_urls" if __package__ else "django_urls"


@pytest.fixture(autouse=True)
def _no_ambient_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    """A secret exported in the developer's shell must not make a "missing secret" test pass or fail."""
    monkeypatch.delenv(SECRET_ENV_VAR, raising=False)


@pytest.fixture(scope="session")
def django_settings() -> None:
    """Configure Django once, with CSRF enforcement on, so the adapter's CSRF exemption is really tested."""
    import django  # type: ignore[import-untyped,unused-ignore]
    from django.conf import settings  # type: ignore[import-untyped,unused-ignore]

    if not settings.configured:
        settings.configure(
            DEBUG=False,
            SECRET_KEY="django-signing-key-for-tests-only",
            ALLOWED_HOSTS=["testserver"],
            ROOT_URLCONF=DJANGO_URLCONF,
            MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
            INSTALLED_APPS=[],
            DATABASES={},
            USE_TZ=True,
        )
        django.setup()
