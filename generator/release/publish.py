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
    check: tuple[str, list[str]] | None = None  # (name, command): the tool's own check, run in every mode
    published: Callable[[], bool] | None = None  # whether the registry already has this version
    blocker: str | None = None  # why this step must not go live (a dry run still shows it)
    notes: list[str] = field(default_factory=list)

    def live(self, force_dry_run: bool) -> bool:
        return not force_dry_run and bool(os.environ.get(self.credential))

    @property
    def how_to_publish(self) -> str:
        return f"{self.credential}=1" if self.credential == CREDENTIALS["go"] else self.credential


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
             [[sys.executable, "-m", "twine", "upload", "--non-interactive", "--skip-existing", *python_files]],
             check=("twine check", [sys.executable, "-m", "twine", "check", "--strict", *python_files])),
        Step("typescript", CREDENTIALS["typescript"], [["npm", "publish", tarball, "--access", "public"]],
             dry_run_command=["npm", "publish", tarball, "--access", "public", "--dry-run"],
             published=lambda: _npm_has(tarball, config.root)),
        _go_step(config, release),
    ]
    return release, steps


def _go_step(config: Config, release: Release) -> Step:
    tags = [f"v{release.version}", release.go_tag]
    step = Step("go", CREDENTIALS["go"], [])
    head = _git(config.root, "rev-parse", "HEAD")
    if head is None:
        step.blocker = f"{config.root} is not a git repository with a commit: nothing to tag"
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
    go_dir = config.relative(config.targets["go"].out)
    if _git(config.root, "status", "--porcelain", "--", go_dir):
        step.blocker = f"{go_dir} has uncommitted changes: the tag would not publish what dist/ holds; commit first"
    return step


def run(steps: list[Step], cwd: Path, force_dry_run: bool, echo: Echo) -> None:
    for step in steps:  # every check before the first upload
        if step.check:
            _check(step, *step.check, cwd, echo)
    for step in steps:
        live = step.live(force_dry_run)
        echo(f"{step.ecosystem}: {'publishing' if live else f'dry run (set {step.how_to_publish} to publish)'}")
        for note in [*step.notes, *([step.blocker] if step.blocker else [])]:
            echo(f"  note: {note}")
        if live and step.blocker:
            raise SchemaError(f"refusing to publish {step.ecosystem}: {step.blocker}",
                              hint="commit generated/ (after `make generate`), package again, then publish")
        if live and step.published and step.published():
            echo("  already on the registry; skipped")
            continue
        for command in step.commands:
            echo("  $ " + " ".join(shlex.quote(_shown(part, cwd)) for part in command))
            if live:
                _call(command, cwd, step.ecosystem)
        if not live and step.dry_run_command:
            done = subprocess.run(step.dry_run_command, cwd=cwd, capture_output=True, text=True)
            for line in (done.stdout + done.stderr).splitlines()[-8:]:
                echo(f"  | {line}")


def _check(step: Step, name: str, command: list[str], cwd: Path, echo: Echo) -> None:
    """The ecosystem tool's own check of the artifacts (metadata, README rendering)."""
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if "No module named" in done.stderr:
        echo(f"{step.ecosystem}: {name} skipped: the tool is not installed (`make publish` installs it)")
        return
    if done.returncode != 0:
        raise SchemaError(f"{name} rejected the {step.ecosystem} artifacts:\n{done.stdout}{done.stderr}".rstrip(),
                          hint=f"fix the package metadata in templates/{step.ecosystem}/")
    echo(f"{step.ecosystem}: {name} passed")


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
