"""The Go module as a release: its tag, its module zip, and a GOPROXY directory serving it.

Go modules publish by tag. A module in a sub-directory of its repository is tagged
`<sub-directory>/vX.Y.Z`, and its path must be the repository path plus that sub-directory (plus
`/vN` from major version 2 on). The zip follows the layout `go mod download` produces
(`<module>@<version>/<file>`), so `GOPROXY=file://…/dist/go` serves exactly what the tag will.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..errors import SchemaError

# Directories the go command leaves out of a module zip (version-control metadata and build output).
_SKIPPED_DIRS = {".git", ".hg", ".svn", ".bzr", "CVS", "vendor", "node_modules"}
_MAJOR_SUFFIX = re.compile(r"/v([2-9]|[1-9][0-9]+)$")
_MAX_ZIP_BYTES = 500 << 20  # the go command refuses larger module zips


@dataclass(frozen=True)
class GoRelease:
    module: str
    version: str  # "v1.2.3"
    tag: str  # what `git tag` pushes: "generated/go/v1.2.3"


def plan(module: str, version: str, repository: str | None, directory: str) -> GoRelease:
    """The tag for `module` at `version`, after checking the module path can be fetched from that tag.

    `directory` is where the module lives, relative to the repository root (`generated/go`)."""
    tag_version = f"v{version}"
    major = int(version.split(".", 1)[0])
    suffix = _MAJOR_SUFFIX.search(module)
    if major >= 2 and (suffix is None or int(suffix.group(1)) != major):
        raise SchemaError(f"version {version} of the Go module needs the module path {module}/v{major}",
                          hint=f"set `module = \"{_strip_major(module)}/v{major}\"` in [tool.xsdk.go], "
                               "or keep info.version below 2.0.0")
    if major < 2 and suffix is not None:
        raise SchemaError(f"the Go module path {module} ends in /v{suffix.group(1)} but the version is {version}",
                          hint=f"drop the /v{suffix.group(1)} suffix from `module`, or release {suffix.group(1)}.0.0")
    if repository is None:
        raise SchemaError("no repository to tag the Go module in",
                          hint='set `repository = "github.com/owner/name"` in [tool.xsdk] of pyproject.toml')
    base = _strip_major(module)
    expected = repository if directory in ("", ".") else f"{repository}/{directory}"
    if base != expected:
        raise SchemaError(
            f"the Go module path {module} cannot be fetched from {directory or 'the root'} of {repository}: "
            f"`go get` looks for {base} at that path",
            hint=f'set `module = "{expected}"` in [tool.xsdk.go] (the repository plus the Go output directory)')
    prefix = "" if directory in ("", ".") else directory + "/"
    return GoRelease(module=module, version=tag_version, tag=prefix + tag_version)


def _strip_major(module: str) -> str:
    return _MAJOR_SUFFIX.sub("", module)


def escape_path(path: str) -> str:
    """The module proxy's case encoding: each upper-case letter becomes '!' + its lower case."""
    return re.sub(r"[A-Z]", lambda m: "!" + m.group(0).lower(), path)


def module_files(directory: Path) -> list[tuple[str, Path]]:
    """(path inside the module, file) for every file the go command would put in the module zip."""
    nested = {p.parent for p in directory.rglob("go.mod") if p.parent != directory}
    files = []
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory)
        if (not path.is_file() or path.is_symlink() or _SKIPPED_DIRS.intersection(rel.parts[:-1])
                or any(parent in nested for parent in path.parents)):
            continue
        files.append((rel.as_posix(), path))
    folded: dict[str, str] = {}
    for name, _ in files:
        if name.lower() in folded:
            raise SchemaError(f"the Go module has two files that differ only in case: {folded[name.lower()]} "
                              f"and {name}", hint="rename one; module zips must unpack on case-insensitive disks")
        folded[name.lower()] = name
    return files


def write_proxy(directory: Path, release: GoRelease, out: Path, timestamp: int) -> Path:
    """Write `<out>/<escaped module>/@v/{list,<v>.info,<v>.mod,<v>.zip}`; returns the zip's path."""
    if not (directory / "go.mod").is_file():
        raise SchemaError(f"no go.mod in {directory}", hint="run `make generate` first")
    at_v = out / escape_path(release.module) / "@v"
    at_v.mkdir(parents=True, exist_ok=True)
    version = escape_path(release.version)
    stamp = datetime.fromtimestamp(timestamp, tz=timezone.utc)
    (at_v / "list").write_text(release.version + "\n", encoding="utf-8")
    (at_v / f"{version}.info").write_text(
        json.dumps({"Version": release.version, "Time": stamp.strftime("%Y-%m-%dT%H:%M:%SZ")}) + "\n",
        encoding="utf-8")
    (at_v / f"{version}.mod").write_bytes((directory / "go.mod").read_bytes())
    zip_path = at_v / f"{version}.zip"
    _write_zip(zip_path, f"{release.module}@{release.version}", module_files(directory), stamp)
    if zip_path.stat().st_size > _MAX_ZIP_BYTES:
        raise SchemaError(f"the Go module zip is {zip_path.stat().st_size >> 20} MiB; the go command accepts "
                          "at most 500 MiB", hint="split the schema into several modules")
    return zip_path


def _write_zip(path: Path, prefix: str, files: list[tuple[str, Path]], stamp: datetime) -> None:
    date_time = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, file in files:
            info = zipfile.ZipInfo(f"{prefix}/{name}", date_time=date_time)
            info.create_system = 3  # unix, so the mode below means the same on every build machine
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, file.read_bytes(), compresslevel=9)
