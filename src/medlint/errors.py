"""The user-facing error, in a module of its own so that the command line can catch it
without importing the models (and pydantic) first: ``medlint --version`` stays fast."""

from __future__ import annotations


class MedlintError(Exception):
    """A user-facing error: printed as one line, exit code 2."""
