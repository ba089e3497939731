"""`python -m generator` is the `xsdk` command."""

from .cli import run

run()
