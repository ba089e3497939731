"""`xsdk publish`: upload dist/ with each ecosystem's own tool, or say exactly what that would do.

Each ecosystem publishes only when its credentials are in the environment, and is a dry run otherwise:
  python      twine upload            TWINE_PASSWORD (with TWINE_USERNAME=__token__ for an API token)
  typescript  npm publish             NODE_AUTH_TOKEN (actions/setup-node writes the .npmrc that reads it)
  go          git tag + git push      XSDK_PUSH_TAGS=1 (git uses the remote's own credentials)
Uploads are idempotent (twine --skip-existing, an npm version already published is skipped, an
existing tag on the same commit is kept), so a release that failed half-way is finished by running
it again.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..config import Config
from ..errors import SchemaError
from .artifacts import Release, read_release, verify_checksums

REMOTE = "origin"
# the environment variable that turns each ecosystem's dry run into an upload
CREDENTIALS = {"python": "TWINE_PASSWORD", "typescript": "NODE_AUTH_TOKEN", "go": "XSDK_PUSH_TAGS"}
Echo = Callable[[str], None]


@dataclass
class Step:
    ecosystem: str
    credential: str  # the environment variable that turns the dry run into an upload
    commands: list[list[str]]
    dry_run_command: list[str] | None = None  # the tool's own rehearsal, run when not uploading
    notes: list[str] = field(default_factory=list)

    def live(self, force_dry_run: bool) -> bool:
        return not force_dry_run and bool(os.environ.get(self.credential))


def plan(config: Config, dist: Path, tag: str | None, version: str) -> tuple[Release, list[Step]]:
    release = read_release(dist)
    verify_checksums(dist)
    if release.version != version:
        raise SchemaError(f"{dist} holds version {release.version}, but info.version is {version}",
                          hint="run `make package` again")
    if tag is not None and tag != f"v{version}":
        raise SchemaError(f"the release tag {tag} does not match info.version {version}",
                          hint=f"tag the release v{version}, or set info.version to {tag.removeprefix('v')}")
    python_files = [str(dist / name) for name in release.python]
    tarball = str(dist / release.typescript)
    steps = [
        Step("python", CREDENTIALS["python"],
             [[sys.executable, "-m", "twine", "upload", "--non-interactive", "--skip-existing", *python_files]]),
        Step("typescript", CREDENTIALS["typescript"], [["npm", "publish", tarball, "--access", "public"]],
             dry_run_command=["npm", "publish", tarball, "--access", "public", "--dry-run"]),
        _go_step(config, release),
    ]
    return release, steps


def _go_step(config: Config, release: Release) -> Step:
    tags = [f"v{release.version}", release.go_tag]
    step = Step("go", CREDENTIALS["go"], [])
    head = _git(config.root, "rev-parse", "HEAD")
    if head is None:
        step.notes.append(f"{config.root} is not a git repository with a commit: nothing to tag")
    for tag in tags:
        existing = _git(config.root, "rev-parse", "--verify", "--quiet", f"refs/tags/{tag}^{{commit}}")
        if existing is None:
            subject = release.go_module if tag == release.go_tag else "release"
            step.commands.append(["git", "tag", "-a", tag, "-m", f"{subject} {tag}"])
        elif existing != head:
            raise SchemaError(f"tag {tag} already exists on {existing[:12]}, not on HEAD ({(head or '?')[:12]})",
                              hint="release from the tagged commit, or bump info.version")
        else:
            step.notes.append(f"tag {tag} is already on HEAD")
    step.commands.append(["git", "push", REMOTE, *tags])
    dirty = _git(config.root, "status", "--porcelain", "--", config.relative(config.targets["go"].out))
    if dirty:
        step.notes.append(f"{config.relative(config.targets['go'].out)} has uncommitted changes: the tag would "
                          "not publish what dist/ holds; commit first")
    return step


def run(steps: list[Step], cwd: Path, force_dry_run: bool, echo: Echo) -> None:
    _twine_check(steps[0], cwd, echo)
    for step in steps:
        live = step.live(force_dry_run)
        how = f"{step.credential}=1" if step.ecosystem == "go" else step.credential
        state = "publishing" if live else f"dry run (set {how} to publish)"
        echo(f"{step.ecosystem}: {state}")
        for note in step.notes:
            echo(f"  note: {note}")
        if live and step.ecosystem == "go" and any("uncommitted" in n or "not a git" in n for n in step.notes):
            raise SchemaError("refusing to tag: the Go module must be committed as dist/ holds it",
                              hint="commit generated/ (after `make generate`), package again, then publish")
        for command in step.commands:
            echo("  $ " + " ".join(shlex.quote(_shown(part, cwd)) for part in command))
            if live:
                if step.ecosystem == "typescript" and _npm_has(command[2], cwd):
                    echo("  already on the registry; skipped")
                    continue
                _call(command, cwd, step.ecosystem)
        if not live and step.dry_run_command:
            done = subprocess.run(step.dry_run_command, cwd=cwd, capture_output=True, text=True)
            for line in (done.stdout + done.stderr).splitlines()[-8:]:
                echo(f"  | {line}")


def _twine_check(step: Step, cwd: Path, echo: Echo) -> None:
    """twine's own metadata and README check, run before any upload and in every dry run."""
    files = step.commands[0][-2:]
    done = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *files], cwd=cwd,
                          capture_output=True, text=True)
    if "No module named twine" in done.stderr:
        echo("python: twine is not installed, metadata not checked (`make publish` installs it)")
        return
    if done.returncode != 0:
        raise SchemaError(f"twine check rejected the Python artifacts:\n{done.stdout}{done.stderr}".rstrip(),
                          hint="fix the package metadata in templates/python/pyproject.toml.j2")
    echo("python: twine check passed")


def _npm_has(tarball: str, cwd: Path) -> bool:
    """Whether the registry already has this tarball's name@version."""
    with tarfile.open(tarball) as archive:
        member = archive.extractfile("package/package.json")
        manifest = json.loads(member.read()) if member else {}
    spec = f"{manifest.get('name')}@{manifest.get('version')}"
    done = subprocess.run(["npm", "view", spec, "version"], cwd=cwd, capture_output=True, text=True)
    return done.returncode == 0 and bool(done.stdout.strip())


def _call(command: list[str], cwd: Path, ecosystem: str) -> None:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-10:])
        raise SchemaError(f"{ecosystem}: `{' '.join(command[:3])} …` failed (exit {done.returncode}):\n{tail}",
                          hint="fix the cause and run `make publish` again; finished uploads are skipped")


def _git(cwd: Path, *args: str) -> str | None:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else None


def _shown(part: str, cwd: Path) -> str:
    if part == sys.executable:
        return "python"
    try:
        return Path(part).relative_to(cwd).as_posix() if os.path.isabs(part) else part
    except ValueError:
        return part
