"""The error for an optional dependency that is not installed: it names the extra that brings it."""

from __future__ import annotations

__all__ = ["missing_extra"]


def missing_extra(module: str, extra: str, error: ModuleNotFoundError) -> ModuleNotFoundError:
    """A `ModuleNotFoundError` saying which ``fivetran-ext[extra]`` to install; raise it ``from error``.

    Python's own message names only the first missing module (``asgiref`` for Django), which says
    nothing about what to install.

    Example:
        try:
            import flask
        except ModuleNotFoundError as error:
            raise missing_extra("fivetran_ext.webhooks.flask", "flask", error) from error
    """
    missing = (error.name or "?").partition(".")[0]  # the distribution, not the submodule that was asked for
    message = (
        f"{module} needs the optional dependency {missing!r}, which is not installed: "
        f'pip install "fivetran-ext[{extra}]"'
    )
    return ModuleNotFoundError(message, name=missing)
