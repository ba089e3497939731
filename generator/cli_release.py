"""`xsdk diff` and `xsdk release-check`: what a schema change does to the bindings' API, and whether
info.version was bumped enough for it (rules in generator/release/semver.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import ir
from .cli_common import EXIT_DRIFT, _config, _fail, config_option
from .config import Config
from .errors import SchemaError
from .pipeline import name_all
from .release.baseline import TAG_PATTERN, latest_release_tag, resolve, working_tree
from .release.diff import Change, diff_models, minimum_bump
from .release.semver import LEVELS, bump, compare, parse, satisfies


@click.command()
@config_option
@click.argument("old", required=False)
@click.argument("new", required=False)
def diff(config_path: Path, old: str | None, new: str | None) -> None:
    """List the API changes from OLD to NEW and the version bump they need.

    OLD and NEW are root schema files or git refs (tag, branch, commit, HEAD~1) of this project.
    OLD defaults to the latest v* tag, NEW to the working tree's schema. Informational: exit 0."""
    try:
        config = _config(config_path, None, None)
        old_model = resolve(old or _latest_tag(config), config)
        new_model = resolve(new, config) if new else working_tree(config)
        changes = _changes(config, old_model, new_model)
        verdict = _bump_line(old_model.version, changes)
    except SchemaError as error:
        _fail(error)
    _print_changes(changes)
    click.echo(verdict)


@click.command(name="release-check")
@config_option
@click.option("--against", "ref", default=None, metavar="REF",
              help=f"the release to compare with (default: the latest {TAG_PATTERN} tag reachable from HEAD)")
def release_check(config_path: Path, ref: str | None) -> None:
    """Exit 1 when info.version in the tree is too small for the API changes since the last release."""
    try:
        config = _config(config_path, None, None)
        baseline = ref or latest_release_tag(config)
        if baseline is None:
            click.echo("no earlier release (no v* tag); nothing to compare")
            return
        old_model = resolve(baseline, config)
        new_model = working_tree(config)
        changes = _changes(config, old_model, new_model)
        level = minimum_bump(changes)
        required = bump(old_model.version, level) if level else str(parse(old_model.version))
        problem = _version_problem(config, baseline, old_model.version, new_model.version, required)
    except SchemaError as error:
        _fail(error)
    click.echo(f"release-check against {baseline} (version {old_model.version})")
    _print_changes(changes)
    click.echo(f"version {new_model.version} in the tree; required at least {required}")
    if problem:
        click.echo(problem.render(), err=True)
        sys.exit(EXIT_DRIFT)
    click.echo("release-check: ok")


def _latest_tag(config: Config) -> str:
    tag = latest_release_tag(config)
    if tag is None:
        raise SchemaError(f"no release tag ({TAG_PATTERN}) reachable from HEAD to compare with",
                          hint="pass OLD: a schema file or a git ref, e.g. `xsdk diff HEAD~1`")
    return tag


def _changes(config: Config, old: ir.Model, new: ir.Model) -> list[Change]:
    return diff_models(old, new, name_all(config, old), name_all(config, new))


def _bump_line(old_version: str, changes: list[Change]) -> str:
    level = minimum_bump(changes)
    if level is None:
        return "no changes"
    return f"minimum bump: {level} ({old_version} → {bump(old_version, level)})"


def _print_changes(changes: list[Change]) -> None:
    if not changes:
        return
    level_width = max(len(level) for level in LEVELS)
    where_width = max(len(c.where) for c in changes)
    for change in changes:
        click.echo(f"{change.level:<{level_width}}  {change.where:<{where_width}}  {change.what}")
    counts = ", ".join(f"{sum(c.level == level for c in changes)} {level}" for level in LEVELS)
    click.echo(f"{len(changes)} change{'s' if len(changes) != 1 else ''}: {counts}")


def _version_problem(config: Config, baseline: str, old: str, tree: str, required: str) -> SchemaError | None:
    schema = config.relative(config.schema)
    fix = f"set info.version in {schema} to {required} (or higher) and run make generate"
    if compare(tree, old) < 0:
        return SchemaError(f"version {tree} in the tree is lower than {old}, the version of {baseline}", hint=fix)
    if not satisfies(tree, required):
        return SchemaError(f"version {tree} in the tree is too small for these changes since {baseline}; "
                           f"required at least {required}", hint=fix)
    return None
