"""The `xsdk package` and `xsdk publish` commands: release artifacts and their upload."""

from __future__ import annotations

from pathlib import Path

import click

from .cli_common import _config, _fail, config_option
from .errors import SchemaError


@click.command()
@config_option
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="where the artifacts go (overrides [tool.xsdk] dist; default dist/)")
def package(config_path: Path, out: Path | None) -> None:
    """Build the Python wheel and sdist, the npm tarball and the Go module zip into dist/.

    Refuses when generated/ is stale. The same commit always packs to the same bytes
    (timestamps from SOURCE_DATE_EPOCH, default 1980-01-01)."""
    from .release.artifacts import package as build_release

    try:
        config = _config(config_path, None, None)
        release = build_release(config, out)
    except SchemaError as error:
        _fail(error)
        return
    dist = out or config.dist
    click.echo(f"version {release.version} (info.version of {config.relative(config.schema)})")
    for artifact in release.artifacts():
        click.echo(f"  {config.relative(Path(dist or '.') / artifact)}")
    click.echo(f"  Go module {release.go_module} {release.go_version}, tag {release.go_tag}")


@click.command()
@config_option
@click.option("--dist", type=click.Path(path_type=Path), default=None,
              help="the artifacts `xsdk package` wrote (default: [tool.xsdk] dist)")
@click.option("--tag", default=None, help="the tag that triggered the release (CI passes it); must be v<info.version>")
@click.option("--dry-run", "force_dry_run", is_flag=True, help="never upload, even with credentials set")
def publish(config_path: Path, dist: Path | None, tag: str | None, force_dry_run: bool) -> None:
    """Upload dist/: twine for Python, npm publish for TypeScript, git tag + push for Go.

    Each ecosystem uploads only when its credential is set (TWINE_PASSWORD, NODE_AUTH_TOKEN,
    XSDK_PUSH_TAGS=1) and otherwise prints exactly the commands it would run, with the tools' own
    dry runs. Running it again after a partial failure finishes the release."""
    from .pipeline import load_model
    from .release.publish import plan, run

    try:
        config = _config(config_path, None, None)
        directory = (dist or config.dist or config.root / "dist").resolve()
        version = load_model(config).model.version
        release, steps = plan(config, directory, tag, version)
        click.echo(f"release {release.version} from {config.relative(directory)}")
        run(steps, config.root, force_dry_run, click.echo)
    except SchemaError as error:
        _fail(error)
