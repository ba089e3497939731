"""What every `xsdk` command shares: exit codes, the common options, and how bad input is reported."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from .config import LANGUAGES, Config, load_config
from .errors import SchemaError

EXIT_DRIFT = 1
EXIT_BAD_INPUT = 2

config_option = click.option("--config", "config_path", type=click.Path(path_type=Path), default="pyproject.toml",
                             show_default=True, help="pyproject.toml holding [tool.xsdk]")
schema_option = click.option("--schema", type=click.Path(path_type=Path), default=None,
                             help="root OpenAPI document (overrides [tool.xsdk] schema)")
out_option = click.option("--out", type=click.Path(path_type=Path), default=None,
                          help="output root (overrides [tool.xsdk] output)")
lang_option = click.option("--lang", "langs", multiple=True, type=click.Choice(LANGUAGES),
                           help="only this target (repeatable); default: all")


def _config(config_path: Path, schema: Path | None, out: Path | None) -> Config:
    return load_config(config_path, schema, out)


def _fail(error: SchemaError) -> NoReturn:
    click.echo(error.render(), err=True)
    sys.exit(EXIT_BAD_INPUT)
