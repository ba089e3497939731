"""The `xsdk` command line: generate, check, validate, roundtrip, import, fidelity; release commands live in
cli_release.py (diff, release-check) and cli_package.py (package, publish)."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Callable

import click

from . import namelock
from .cli_common import (EXIT_BAD_INPUT, EXIT_DRIFT, _config, _fail, config_option, lang_option, out_option,
                         schema_option)
from .cli_package import package, publish
from .cli_release import diff, release_check
from .config import LANGUAGES, Config
from .errors import SchemaError
from .namelock import Key
from .naming.symbols import Symbols
from .pipeline import Loaded, build, load_model, name_all
from .write import Tree, diff_file, diff_trees, discard_staged, interrupted, recover, stage, write_all


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="xsdk")
def main() -> None:
    """One OpenAPI 3.1 schema -> Python, TypeScript and Go bindings that agree on the wire."""


def _target_options(command: Callable[..., None]) -> Callable[..., None]:
    return config_option(schema_option(out_option(lang_option(command))))


def _named(config: Config, languages: list[str], strict: bool = True) -> tuple[Loaded, dict[str, Symbols]]:
    """The model and every language's names (settled once: the name lock and the render both use them),
    or exit 2 with the schema's error."""
    try:
        loaded = load_model(config, strict)
        return loaded, name_all(config, loaded.model, languages, None if strict else loaded.warnings)
    except SchemaError as error:
        _fail(error)


def _built(config: Config, loaded: Loaded, symbols: dict[str, Symbols], strict: bool = True,
           staged: dict[str, bool] | None = None) -> dict[str, Tree]:
    """Every named language rendered in memory, or exit 2 with the schema's error; a lenient load's
    warnings go to stderr. With `staged`, each tree is also staged for write_all by the process that
    rendered it (what was staged is discarded again if the run fails)."""
    targets = {lang: config.targets[lang].out for lang in symbols}
    try:
        trees = build(config, list(symbols), loaded.model, None if strict else loaded.warnings, symbols,
                      (lambda lang, tree: stage(targets[lang], tree)) if staged is not None else None, staged)
    except BaseException as error:
        if staged is not None:
            discard_staged(list(targets.values()))
        if isinstance(error, SchemaError):
            _fail(error)
        raise
    _print_warnings([w.render() for w in loaded.warnings])
    return trees


def _loaded_config(config_path: Path, schema: Path | None, out: Path | None) -> Config:
    try:
        return _config(config_path, schema, out)
    except SchemaError as error:
        _fail(error)


def _print_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        click.echo(warning, err=True)
    if warnings:
        click.echo(f"{len(warnings)} warning(s): generated anyway (--strict makes them errors)", err=True)


@main.command()
@_target_options
@click.option("--strict/--lenient", default=None,
              help="strict: anything the bindings cannot express is an error (default for the [tool.xsdk] "
                   "schema); lenient: typed as any JSON with a warning (default with --schema)")
@click.option("--update-names", is_flag=True,
              help="accept identifiers that differ from the name lock (names.lock in the output root) and "
                   "rewrite it; without it such a rename is an error")
def generate(config_path: Path, schema: Path | None, out: Path | None, langs: tuple[str, ...],
             strict: bool | None, update_names: bool) -> None:
    """Write the bindings (all targets, or --lang ones) and the name lock, all or nothing. Bad input, or
    a locked name that would change, leaves the output untouched."""
    from . import buildcache

    strict = schema is None if strict is None else strict
    languages = list(langs or LANGUAGES)
    config = _loaded_config(config_path, schema, out)
    lock_file = namelock.lock_path(config)
    if recover(config.output, [*(t.out for t in config.targets.values()), lock_file]):
        click.echo(f"finished the interrupted write of an earlier generate in {config.relative(config.output)}",
                   err=True)
    previous_warnings = buildcache.unchanged(config, languages, strict)
    if previous_warnings is not None:  # nothing that decides the output changed: skip rendering
        _print_warnings(previous_warnings)
        for lang in languages:
            click.echo(f"{lang:<10} {config.relative(config.targets[lang].out)}: unchanged")
        return
    loaded, symbols = _named(config, languages, strict)
    locked, lock = _locked_names(config, loaded, symbols, update_names)
    staged: dict[str, bool] = {}
    trees = _built(config, loaded, symbols, strict, staged)
    lock_text = namelock.render(lock)
    changed = write_all(config.output, {config.targets[lang].out: tree for lang, tree in trees.items()},
                        {lock_file: lock_text}, {config.targets[lang].out: wrote for lang, wrote in staged.items()})
    for lang, tree in trees.items():
        target = config.targets[lang].out
        state = f"wrote {len(tree)} files" if target in changed else "unchanged"
        click.echo(f"{lang:<10} {config.relative(target)}: {state}")
    if lock_file in changed:
        click.echo(f"{'names':<10} {config.relative(lock_file)}: {namelock.summary(locked, lock) or 'rewritten'}")
    schema_files = [loaded.workspace.root_dir / name for name in loaded.workspace.files]
    buildcache.record(config, languages, strict, schema_files, trees, [w.render() for w in loaded.warnings],
                      lock_text)


def _read_lock(config: Config, update: bool = False) -> dict[Key, str]:
    """The name lock on disk, or exit 2 when it cannot be read (unless `update`: it is rewritten anyway)."""
    lock_file = namelock.lock_path(config)
    try:
        return namelock.read(lock_file, config.relative(lock_file))
    except SchemaError as error:
        if update:
            return {}
        _fail(error)


def _locked_names(config: Config, loaded: Loaded, symbols: dict[str, Symbols],
                  update: bool) -> tuple[dict[Key, str], dict[Key, str]]:
    """The lock on disk and the lock to write; exit 2 when a locked name would change (unless `update`)."""
    languages = list(symbols)
    locked = _read_lock(config, update)
    current = namelock.entries(loaded.model, symbols)
    found = [] if update else namelock.renames(locked, current, loaded.model, languages)
    if found:
        click.echo(namelock.refusal(found, config.relative(namelock.lock_path(config))), err=True)
        sys.exit(EXIT_BAD_INPUT)
    return locked, namelock.merged(locked, current, languages)


@main.command()
@_target_options
def check(config_path: Path, schema: Path | None, out: Path | None, langs: tuple[str, ...]) -> None:
    """Compare the bindings and the name lock on disk with what generate would write; exit 1 on drift."""
    config = _loaded_config(config_path, schema, out)
    if interrupted(config.output):
        click.echo(f"error: {config.relative(config.output)} is half-way through an interrupted generate.\n"
                   "fix: run `make generate` (or `xsdk generate`): it finishes the write first.", err=True)
        sys.exit(EXIT_DRIFT)
    loaded, symbols = _named(config, list(langs or LANGUAGES))
    trees = _built(config, loaded, symbols)
    drift = []
    for lang, tree in trees.items():
        target = config.targets[lang].out
        drift.extend(diff_trees(target, tree, config.relative(target)))
    languages = list(trees)
    lock_file = namelock.lock_path(config)
    label = config.relative(lock_file)
    locked = _read_lock(config)
    current = namelock.entries(loaded.model, symbols)
    drift.extend(diff_file(lock_file, namelock.render(namelock.merged(locked, current, languages)), label))
    if drift:
        click.echo("".join(drift), nl=False)
        click.echo(f"\nerror: {len(drift)} generated file(s) do not match schemas/ + templates/.", err=True)
        found = namelock.renames(locked, current, loaded.model, languages)
        if found:
            click.echo(namelock.refusal(found, label).replace("error: ", "", 1), err=True)
        else:
            click.echo("fix: run `make generate` (or `xsdk generate`) and commit the result; "
                       "never edit generated/ by hand.", err=True)
        sys.exit(EXIT_DRIFT)
    click.echo(f"generated code is up to date ({', '.join(trees)})")


@main.command()
@config_option
@schema_option
def validate(config_path: Path, schema: Path | None) -> None:
    """Check the schema alone: OpenAPI 3.1 meta-schema, JSON Schema, examples, lowering and naming."""
    try:
        config = _config(config_path, schema, None)
        loaded = load_model(config)
        build(config, list(LANGUAGES), loaded.model)
    except SchemaError as error:
        _fail(error)
        return
    click.echo(f"{config.relative(config.schema)}: valid ({len(loaded.model.components())} schemas, "
               f"{len(loaded.model.decls)} declarations)")


@main.command()
@config_option
@click.argument("capture", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@lang_option
@click.option("--schema-name", "union", default=None, help="decode every event as this component "
              "(default: the union that lists the event's type)")
@click.option("-v", "--verbose", is_flag=True, help="a line per event, not only per problem")
def roundtrip(config_path: Path, capture: Path, langs: tuple[str, ...], union: str | None, verbose: bool) -> None:
    """Check a captured stream (JSON Lines or a text/event-stream body) against the schema and every
    language's bindings: decode, re-encode, compare; then the chain Python -> TypeScript -> Go -> Python.
    Exit 1 on any disagreement."""
    from .referee import Referee
    from .roundtrip.check import check_events, summary
    from .roundtrip.session import Drivers
    from .sse import read_events

    languages = list(langs or LANGUAGES)
    try:
        config = _config(config_path, None, None)
        loaded = load_model(config)
        if union and union not in {d.id for d in loaded.model.components()}:
            raise SchemaError(f"no component named {union!r}", hint="pass a name from components/schemas")
        events = list(read_events(capture.read_text(encoding="utf-8")))
        symbols = name_all(config, loaded.model, languages)
        with Drivers(config, loaded.model, symbols, languages) as drivers:
            reports = check_events(events, loaded.model, Referee(loaded.workspace), drivers, union)
    except SchemaError as error:
        _fail(error)
        return
    failing = [r for r in reports if r.problems]
    for report in reports:
        if verbose or report.problems:
            verdicts = ", ".join(f"{lang}: {_verdict(report.replies.get(lang))}" for lang in languages)
            click.echo(f"{capture.name}:{report.line} {report.kind} [{report.expected}] {verdicts}; chain {report.chain}")
            for problem in report.problems:
                click.echo(f"  DISAGREE {problem}")
    click.echo(summary(reports, languages))
    click.echo(f"{len(reports) - len(failing)} agreed, {len(failing)} disagreed")
    if failing:
        sys.exit(EXIT_DRIFT)


def _verdict(reply: dict[str, object] | None) -> str:
    if reply is None:
        return "-"
    return f"{reply['decoded']}" if reply["ok"] else f"rejected at {reply['path']}"


@main.command(name="import")
@config_option
@click.argument("source", type=click.Path(path_type=Path, exists=True, dir_okay=False), required=False)
@click.argument("roots", nargs=-1)
@click.option("--group", "groups", multiple=True, metavar="FILE=GLOB[,GLOB…]",
              help="put schemas whose name matches a glob into FILE (under the schema root); first match wins")
@click.option("--default", "default_file", default=None, help="file for schemas no --group matches")
@click.option("--strip-descriptions/--keep-descriptions", default=None,
              help="drop upstream prose (the project writes its own); default: drop")
def import_(config_path: Path, source: Path | None, roots: tuple[str, ...], groups: tuple[str, ...],
            default_file: str | None, strip_descriptions: bool | None) -> None:
    """Copy ROOTS and every schema they reference from the OpenAPI document SOURCE into schemas/.

    Without arguments, SOURCE, ROOTS, groups and default file come from [tool.xsdk.import].
    Schemas already in the project are kept as they are; the rest are appended, sorted, to the file of
    their group and listed in the root document. The result must validate, or nothing is written."""
    from .importer import apply, invalid_examples, plan_import
    from .load import Workspace

    try:
        config = _config(config_path, None, None)
        settings = config.import_settings
        source = source or (config.root / settings["source"] if "source" in settings else None)
        if source is None or not source.is_file():
            raise SchemaError(f"no source document {source or ''}".strip(),
                              hint="pass SOURCE, or set `source` in [tool.xsdk.import]")
        root_names = list(roots or settings.get("roots", []))
        if not root_names:
            raise SchemaError("no schemas to import", hint="pass ROOTS, or set `roots` in [tool.xsdk.import]")
        parsed = [(file, list(globs)) for file, globs in settings.get("groups", {}).items()]
        for group in groups:
            file, sep, patterns = group.partition("=")
            if not sep or not file or not patterns:
                raise SchemaError(f"--group takes FILE=GLOB[,GLOB…], got {group!r}")
            parsed.append((file, patterns.split(",")))
        default = default_file or settings.get("default", "imported.yaml")
        strip = settings.get("strip-descriptions", True) if strip_descriptions is None else strip_descriptions
        ws = Workspace.open(config.schema)
        names = _import_names(config, source, settings)
        plan = plan_import(ws, source, root_names, parsed, default, strip, renames=names)
        dropped = invalid_examples(ws.root_dir, plan)
        if dropped:
            plan = plan_import(ws, source, root_names, parsed, default, strip, frozenset(dropped), names)
            plan.warnings.extend(dropped.values())
        apply(ws, plan, lambda: load_model(config))
    except SchemaError as error:
        _fail(error)
        return
    for warning in plan.warnings:
        click.echo(f"warning: {warning}", err=True)
    for file in sorted(set(plan.added.values())):
        click.echo(f"{file}: +{sum(1 for f in plan.added.values() if f == file)} schemas")
    click.echo(f"imported {len(plan.added)} schemas, kept {len(plan.kept)} the project already had")


@main.command()
@config_option
@click.option("--union", default="ResponseStreamEvent", show_default=True, help="the stream union to compare")
@click.option("--openrouter-spec", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              default="../shared/corpora/openrouter-openapi-2025-10-18.yaml", show_default=True,
              help="OpenRouter's spec of the era whose SDK names the TypeScript and Go targets follow")
def fidelity(config_path: Path, union: str, openrouter_spec: Path) -> None:
    """Compare the generated stream events with the vendors' SDKs; exit 1 if any vendor name or type differs.

    Python against the installed `openai` package (a test dependency); TypeScript and Go against the
    names in OpenRouter's spec. Events a vendor lacks are named by the same rules and listed as derived."""
    from .fidelity import render, report

    try:
        config = _config(config_path, None, None)
        loaded = load_model(config)
        symbols = name_all(config, loaded.model)
        rows = report(config, loaded.model, symbols, union, openrouter_spec)
    except SchemaError as error:
        _fail(error)
        return
    except ImportError as error:
        click.echo(f"error: {error}; the Python comparison needs the `openai` package (make test installs it)",
                   err=True)
        sys.exit(EXIT_BAD_INPUT)
    click.echo(render(rows))
    if any(r.verdict == "differs" for r in rows):
        sys.exit(EXIT_DRIFT)


def _import_names(config: Config, source: Path, settings: dict[str, object]) -> dict[str, dict[str, str]]:
    """Vendor names for imported schemas from [tool.xsdk.import.names.<vendor>] (our name = theirs) and
    [tool.xsdk.import.match-names.<vendor>] (`source`, their `union`, our `union`: members are paired
    by discriminator value)."""
    from .importer import vendor_names
    from .load import parse_yaml

    def schemas_of(path: Path) -> dict[str, object]:
        data = parse_yaml(path.read_text(encoding="utf-8"), path.name)
        return data.get("components", {}).get("schemas", {}) if isinstance(data, dict) else {}

    matches = {}
    for vendor, match in dict(settings.get("match-names", {})).items():  # type: ignore[call-overload]
        matches[vendor] = (schemas_of(config.root / match["source"]), match["union"], match["ours"])
    return vendor_names(schemas_of(source), dict(settings.get("names", {})), matches)  # type: ignore[call-overload]


for command in (diff, release_check, package, publish):
    main.add_command(command)


def run() -> None:
    """The `xsdk` command itself: one short run over a large object graph (a parsed document, its IR and
    thousands of rendered files). It holds no garbage cycles worth collecting, so the cyclic collector
    is off (generating the OpenAI document takes a fifth less CPU for about 3% more memory), and the
    interpreter's teardown, which would free that graph object by object, is skipped once the output
    is flushed (another 0.1 s)."""
    gc.disable()
    try:
        main()
        code: object = 0
    except SystemExit as stop:
        code = stop.code
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)  # what SystemExit("message") would print
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`xsdk … | head`): nothing left to tell it
            pass
    os._exit(code or 0)


if __name__ == "__main__":
    run()
