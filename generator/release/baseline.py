"""The schemas a release is compared with: a schema file, or the project's schemas at a git ref.

A git ref is read with `git archive REF -- <schema dir>` into a temporary directory, so neither the
work tree nor the index is touched, and loaded like the working tree's schema (validate + lower).
"""

from __future__ import annotations

import dataclasses
import io
import subprocess
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from .. import ir
from ..config import Config
from ..errors import SchemaError
from ..pipeline import load_model
from . import semver

TAG_PATTERN = "v[0-9]*"


def resolve(argument: str, config: Config) -> ir.Model:
    """An existing file is a root schema document; anything else is a git ref of the project."""
    path = Path(argument)
    if path.is_file():
        return load_model(dataclasses.replace(config, schema=path.resolve())).model
    return model_at(argument, config)


def working_tree(config: Config) -> ir.Model:
    return load_model(config).model


def model_at(ref: str, config: Config) -> ir.Model:
    """The project's schema as committed at `ref` (tag, branch, commit, `HEAD~1`)."""
    top = _toplevel(config.root)
    root_file = _relative_to(config.schema, top, ref)
    schema_dir = root_file.parent
    _verify_ref(ref, top)
    with tempfile.TemporaryDirectory(prefix="xsdk-baseline-") as scratch:
        _extract(ref, schema_dir, top, Path(scratch))
        extracted = Path(scratch, *root_file.parts)
        if not extracted.is_file():
            raise SchemaError(f"{root_file} does not exist at {ref}",
                              hint=f"pass a ref that has the schema (git log -- {root_file})")
        try:
            return load_model(dataclasses.replace(config, schema=extracted)).model
        except SchemaError as error:
            raise SchemaError(f"the schema at {ref} does not load: {error.message}", error.origin,
                              error.hint or f"compare with a later ref, or fix the schema at {ref}") from None


def latest_release_tag(config: Config) -> str | None:
    """The release to compare with: the highest-versioned `v<digit>…` tag merged into HEAD. A tag on HEAD
    itself counts only while the schema has uncommitted changes: on a clean, tagged release commit (the
    publish workflow) that tag is the release being made, and the baseline is the one before it.
    None without one, or without a git repository."""
    root = config.root
    try:
        head = _git(root, "rev-parse", "HEAD").decode().strip()
        listed = _git(root, "tag", "--merged", "HEAD", "--list", TAG_PATTERN,
                      "--format=%(refname:short) %(*objectname)%(objectname)").decode()
        schema_dir = config.relative(config.schema.parent)
        clean = not _git(root, "status", "--porcelain", "--", schema_dir).strip()
    except SchemaError:
        return None
    candidates = []
    for line in listed.splitlines():
        tag, _, commits = line.partition(" ")
        if clean and head in _commits_of(commits):
            continue
        try:
            candidates.append((semver.parse(tag.removeprefix("v")), tag))
        except SchemaError:
            continue  # a v-tag that is not a semantic version is not a release of this project
    return max(candidates)[1] if candidates else None


def _commits_of(field: str) -> tuple[str, ...]:
    # "%(*objectname)%(objectname)" is the commit then the tag object for an annotated tag, only the
    # commit for a lightweight one; both 40 hex digits (SHA-1) or 64 (SHA-256)
    width = 64 if len(field) in (64, 128) else 40
    return tuple(field[i:i + width] for i in range(0, len(field), width))


def _toplevel(root: Path) -> Path:
    try:
        return Path(_git(root, "rev-parse", "--show-toplevel").decode().strip()).resolve()
    except SchemaError:
        raise SchemaError(f"{root} is not in a git repository, so a baseline cannot be a git ref",
                          hint="pass the old schema as a file path instead") from None


def _relative_to(schema: Path, top: Path, ref: str) -> PurePosixPath:
    try:
        return PurePosixPath(schema.resolve().relative_to(top).as_posix())
    except ValueError:
        raise SchemaError(f"the schema {schema} is outside the git repository at {top}, so it cannot be read at {ref}",
                          hint="pass the old schema as a file path instead") from None


def _verify_ref(ref: str, top: Path) -> None:
    try:
        _git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    except SchemaError:
        raise SchemaError(f"{ref!r} is neither a file nor a git ref (tag, branch or commit) of {top}",
                          hint="list release tags with `git tag --list 'v*'`, or pass a schema file path") from None


def _extract(ref: str, directory: PurePosixPath, top: Path, into: Path) -> None:
    try:
        archive = _git(top, "archive", "--format=tar", ref, "--", directory.as_posix() or ".")
    except SchemaError:
        raise SchemaError(f"{directory}/ does not exist at {ref}",
                          hint=f"pass a ref that has the schema (git log -- {directory})") from None
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.12, and security releases of 3.10/3.11
            tar.extractall(into, filter="data")
        else:  # pragma: no cover - git's own archive of a ref, nothing untrusted
            tar.extractall(into)


def _git(cwd: Path, *args: str) -> bytes:
    """stdout of a git command, or SchemaError carrying git's own message."""
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise SchemaError("git is not installed", hint="install git, or pass schema file paths") from None
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        raise SchemaError(message[-1] if message else f"git {args[0]} failed")
    return result.stdout
