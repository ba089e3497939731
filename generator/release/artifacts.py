"""`xsdk package`: the three artifacts a release uploads, built from the committed generated/ tree.

dist/
  python/       wheel and sdist of the Python package (python -m build, hatchling)
  typescript/   the `npm pack` tarball: compiled ESM JavaScript and .d.ts
  go/           a GOPROXY directory serving the module zip the Go tag will publish
  release.json  version, artifacts and the Go tag, read by `xsdk publish`
  SHA256SUMS    a checksum per artifact

Every build is reproducible: timestamps come from SOURCE_DATE_EPOCH (default 1980-01-01), so the
same commit packs to the same bytes on any machine.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

from .. import ir
from ..config import LANGUAGES, Config
from ..errors import SchemaError
from ..pipeline import build, load_model
from ..write import diff_trees
from . import gomodule, semver

DEFAULT_EPOCH = 315532800  # 1980-01-01T00:00:00Z, the earliest time a zip entry can carry
MANIFEST = "release.json"
CHECKSUMS = "SHA256SUMS"
_STAGING_IGNORED = shutil.ignore_patterns("node_modules", "dist", "build", "__pycache__", "*.pyc",
                                          ".mypy_cache", "*.tsbuildinfo", "*.egg-info")


@dataclass(frozen=True)
class Release:
    version: str
    python: tuple[str, ...]  # paths relative to dist/
    typescript: str
    go_module: str
    go_version: str
    go_tag: str
    go_proxy: str  # the GOPROXY directory, relative to dist/
    go_zip: str

    def artifacts(self) -> list[str]:
        return [*self.python, self.typescript, self.go_zip]


def source_date_epoch() -> int:
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not value:
        return DEFAULT_EPOCH
    if not value.isdigit():
        raise SchemaError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, got {value!r}",
                          hint="unset it, or set it to e.g. `git log -1 --format=%ct`")
    return max(int(value), DEFAULT_EPOCH)


def package(config: Config, dest: Path | None = None) -> Release:
    """Build every artifact into a fresh directory, then put it in place of `dest` in one rename."""
    dest = (dest or config.dist or config.root / "dist").resolve()
    model = load_model(config).model
    semver.parse(model.version)
    _refuse_stale(config, model)
    go_plan = gomodule.plan(str(config.targets["go"].option("module", "")), model.version, config.repository,
                            config.relative(config.targets["go"].out))
    epoch = source_date_epoch()
    dest.parent.mkdir(parents=True, exist_ok=True)
    # Staging lives outside the repository so no build tool picks up the repository's .gitignore or
    # configuration; the output is built beside `dest` so it can take its place in one rename.
    with tempfile.TemporaryDirectory(prefix="xsdk-staging-") as stage_tmp, \
            tempfile.TemporaryDirectory(prefix=f".{dest.name}.xsdk-", dir=dest.parent) as tmp:
        staging, out = Path(stage_tmp), Path(tmp) / "dist"
        for lang in LANGUAGES:
            shutil.copytree(config.targets[lang].out, staging / lang, ignore=_STAGING_IGNORED)
        python = _build_python(staging / "python", out / "python", epoch)
        typescript = _build_typescript(config, staging / "typescript", out / "typescript", epoch)
        go_zip = gomodule.write_proxy(staging / "go", go_plan, out / "go", epoch)
        release = Release(
            version=model.version, python=tuple(_rel(p, out) for p in python), typescript=_rel(typescript, out),
            go_module=go_plan.module, go_version=go_plan.version, go_tag=go_plan.tag, go_proxy="go",
            go_zip=_rel(go_zip, out))
        _verify_versions(out, release)
        _write_manifest(out, release)
        _replace(dest, out, Path(tmp) / "previous")
    return release


def read_release(dist: Path) -> Release:
    path = dist / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["python"] = tuple(data["python"])
        return Release(**data)
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise SchemaError(f"no usable {path}: {exc}", hint="run `make package` first") from None


def verify_checksums(dist: Path) -> None:
    expected = (dist / CHECKSUMS).read_text(encoding="utf-8").splitlines()
    for line in expected:
        digest, _, name = line.partition("  ")
        if not (dist / name).is_file() or _sha256(dist / name) != digest:
            raise SchemaError(f"{dist / name} does not match {CHECKSUMS}", hint="run `make package` again")


def _refuse_stale(config: Config, model: ir.Model) -> None:
    trees = build(config, list(LANGUAGES), model)
    stale = [config.relative(config.targets[lang].out) for lang, tree in trees.items()
             if diff_trees(config.targets[lang].out, tree, lang)]
    if stale:
        raise SchemaError(f"{', '.join(stale)} do(es) not match schemas/ + templates/; packaging them would "
                          "ship code the schema does not describe", hint="run `make generate` and commit the result")


def _build_python(source: Path, out: Path, epoch: int) -> list[Path]:
    # sdist first, then the wheel from the sdist, so a file missing from the sdist fails the build
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)],
         source, "the Python package (python -m build)", _env(epoch),
         hint="`make package` installs `build` and `hatchling` from requirements.lock")
    return sorted(out.iterdir())


def _build_typescript(config: Config, source: Path, out: Path, epoch: int) -> Path:
    modules = config.root / "node_modules"
    tsc = modules / ".bin" / "tsc"
    npm = shutil.which("npm")
    if not tsc.exists() or npm is None:
        raise SchemaError("packaging TypeScript needs npm and the project's node_modules",
                          hint="run `make package` (it runs `npm ci`), or install Node.js 20")
    (source / "node_modules").symlink_to(modules, target_is_directory=True)
    _run([str(tsc), "-p", "tsconfig.json"], source, "the TypeScript package (tsc)", _env(epoch))
    out.mkdir(parents=True)
    _run([npm, "pack", "--ignore-scripts", "--silent", "--pack-destination", str(out)], source,
         "the npm tarball (npm pack)", _env(epoch))
    tarballs = sorted(out.glob("*.tgz"))
    if len(tarballs) != 1:
        raise SchemaError(f"npm pack wrote {len(tarballs)} tarballs into {out}, expected one")
    return tarballs[0]


def _verify_versions(out: Path, release: Release) -> None:
    """Each artifact must carry the schema's version: what pip, npm and go will read."""
    found = {"go": release.go_version.removeprefix("v")}
    for name in release.python:
        if name.endswith(".whl"):
            with zipfile.ZipFile(out / name) as wheel:
                metadata = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
                text = wheel.read(metadata).decode("utf-8")
                found["python"] = next(line.split(":", 1)[1].strip() for line in text.splitlines()
                                       if line.startswith("Version:"))
    with tarfile.open(out / release.typescript) as tarball:
        member = tarball.extractfile("package/package.json")
        found["typescript"] = json.loads(member.read())["version"] if member else "(no package.json)"
    wrong = {lang: v for lang, v in found.items() if v != release.version}
    if wrong or "python" not in found:
        raise SchemaError(f"artifact versions disagree with info.version {release.version}: {wrong or found}",
                          hint="run `make generate` and package again")


def _write_manifest(out: Path, release: Release) -> None:
    (out / MANIFEST).write_text(json.dumps(asdict(release), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    files = sorted(p for p in out.rglob("*") if p.is_file() and p.name != CHECKSUMS)
    (out / CHECKSUMS).write_text("".join(f"{_sha256(p)}  {_rel(p, out)}\n" for p in files), encoding="utf-8")


def _replace(dest: Path, new: Path, parking: Path) -> None:
    if dest.exists():
        dest.rename(parking)
    new.rename(dest)


def _run(command: list[str], cwd: Path, what: str, env: dict[str, str], hint: str | None = None) -> None:
    try:
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    except OSError as exc:
        raise SchemaError(f"cannot build {what}: {exc}", hint=hint) from None
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise SchemaError(f"building {what} failed (exit {done.returncode}):\n{tail}", hint=hint)


def _env(epoch: int) -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": "0"}


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
