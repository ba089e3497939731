"""`python -m generator` is the `xsdk` command."""

from .cli import main

main()
