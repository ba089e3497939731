"""`xsdk package` and `xsdk publish` in a throwaway copy of the project with its own git repository.

Publishing runs against fakes of the upload tools (a `twine` module first on PYTHONPATH, an `npm` and a
`git push` on PATH) that log what they are asked to do; everything else (git tags, npm's own dry run)
is real.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT
from generator.errors import SchemaError
from generator.release import gomodule
from generator.release.publish import CREDENTIALS
from helpers import copy_project

pytestmark = pytest.mark.slow
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def xsdk(project: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in CREDENTIALS.values()}
    return subprocess.run([sys.executable, "-m", "generator.cli", *args, "--config", str(project / "pyproject.toml")],
                          cwd=project, capture_output=True, text=True, timeout=600,
                          env={**base, **GIT_ENV, **(env or {})})


def git(project: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=project, capture_output=True, text=True, env={**os.environ, **GIT_ENV})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("project")
    copy_project(root)
    (root / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    (root / ".gitignore").write_text("node_modules\ndist/\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "release 0.1.0")
    done = xsdk(root, "package")
    assert done.returncode == 0, done.stderr
    return root


@pytest.fixture
def fakes(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """PATH and PYTHONPATH that put logging fakes in front of twine, npm and `git push`."""
    log = tmp_path / "calls.jsonl"
    bin_dir, modules = tmp_path / "bin", tmp_path / "modules" / "twine"
    bin_dir.mkdir()
    modules.mkdir(parents=True)
    logger = f"import json, sys; open({str(log)!r}, 'a').write(json.dumps([TOOL] + sys.argv[1:]) + '\\n')"
    (modules / "__init__.py").write_text("", encoding="utf-8")
    (modules / "__main__.py").write_text(logger.replace("TOOL", "'twine'") + "\n", encoding="utf-8")
    published = tmp_path / "npm-published"
    (bin_dir / "npm").write_text(textwrap.dedent(f"""\
        #!{sys.executable}
        import os, sys
        {logger.replace("TOOL", "'npm'")}
        if sys.argv[1] == "view":  # `npm view name@version version` prints the version when it exists
            if os.path.exists({str(published)!r}):
                print(sys.argv[2].rpartition("@")[2])
                sys.exit(0)
            sys.exit(1)
        if sys.argv[1] == "publish" and "--dry-run" not in sys.argv:
            open({str(published)!r}, "w").close()
        """), encoding="utf-8")
    real_git = subprocess.run(["which", "git"], capture_output=True, text=True).stdout.strip()
    (bin_dir / "git").write_text(textwrap.dedent(f"""\
        #!{sys.executable}
        import os, sys
        if sys.argv[1] == "push":
            {logger.replace("TOOL", "'git'")}
            sys.exit(0)
        os.execv({real_git!r}, [{real_git!r}] + sys.argv[1:])
        """), encoding="utf-8")
    for tool in ("npm", "git"):
        (bin_dir / tool).chmod(0o755)
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(modules.parent)}
    return env, log


def calls(log: Path) -> list[list[str]]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []


def test_package_writes_every_artifact_with_the_schema_version(project: Path) -> None:
    release = json.loads((project / "dist" / "release.json").read_text(encoding="utf-8"))
    assert release["version"] == "0.1.0"
    assert release["go_tag"] == "generated/go/v0.1.0"
    sums = (project / "dist" / "SHA256SUMS").read_text(encoding="utf-8")
    for artifact in [*release["python"], release["typescript"], release["go_zip"]]:
        assert f"  {artifact}\n" in sums and "0.1.0" in artifact


def test_package_refuses_a_stale_tree_and_keeps_dist(project: Path, tmp_path: Path) -> None:
    before = (project / "dist" / "SHA256SUMS").read_bytes()
    edited = project / "generated" / "go" / "models" / "components" / "doc.go"
    original = edited.read_text(encoding="utf-8")
    edited.write_text(original + "// hand edit\n", encoding="utf-8")
    try:
        done = xsdk(project, "package")
    finally:
        edited.write_text(original, encoding="utf-8")
    assert done.returncode == 2
    assert "generated/go" in done.stderr and "make generate" in done.stderr and "Traceback" not in done.stderr
    assert (project / "dist" / "SHA256SUMS").read_bytes() == before


def test_publish_without_credentials_is_a_dry_run(project: Path, fakes: tuple[dict[str, str], Path]) -> None:
    env, log = fakes
    done = xsdk(project, "publish", env=env)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "python: dry run (set TWINE_PASSWORD to publish)" in out
    assert ("$ python -m twine upload --non-interactive --skip-existing dist/python/xsdk_events-0.1.0-py3-none-any.whl "
            "dist/python/xsdk_events-0.1.0.tar.gz") in out
    assert "$ npm publish dist/typescript/xsdk-events-0.1.0.tgz --access public" in out
    assert "$ git push origin v0.1.0 generated/go/v0.1.0" in out
    assert "python: twine check passed" in out  # metadata is checked in a dry run too
    made = calls(log)
    assert ["twine", "check", "--strict"] == made[0][:3]
    assert not [c for c in made if c[:2] in (["twine", "upload"], ["git", "push"])]
    assert [c for c in made if c[0] == "npm"] == [["npm", "publish", str(project / "dist/typescript/xsdk-events-0.1.0.tgz"),
                                                   "--access", "public", "--dry-run"]]
    assert git(project, "tag", "--list") == ""


def test_publish_with_credentials_uploads_and_tags_once(project: Path, fakes: tuple[dict[str, str], Path]) -> None:
    env, log = fakes
    live = {**env, "TWINE_PASSWORD": "pypi-token", "NODE_AUTH_TOKEN": "npm-token", "XSDK_PUSH_TAGS": "1"}
    try:
        done = xsdk(project, "publish", "--tag", "v0.1.0", env=live)
        assert done.returncode == 0, done.stdout + done.stderr
        made = calls(log)
        dist = project / "dist"
        assert ["twine", "upload", "--non-interactive", "--skip-existing",
                str(dist / "python/xsdk_events-0.1.0-py3-none-any.whl"), str(dist / "python/xsdk_events-0.1.0.tar.gz")] in made
        assert ["npm", "publish", str(dist / "typescript/xsdk-events-0.1.0.tgz"), "--access", "public"] in made
        assert ["git", "push", "origin", "v0.1.0", "generated/go/v0.1.0"] in made
        head = git(project, "rev-parse", "HEAD")
        for tag in ("v0.1.0", "generated/go/v0.1.0"):
            assert git(project, "rev-parse", f"{tag}^{{commit}}") == head

        again = xsdk(project, "publish", "--tag", "v0.1.0", env=live)  # finishing a half-done release is safe
        assert again.returncode == 0, again.stderr
        assert "tag generated/go/v0.1.0 is already on HEAD" in again.stdout
        assert "already on the registry; skipped" in again.stdout
    finally:
        for tag in ("v0.1.0", "generated/go/v0.1.0"):
            subprocess.run(["git", "tag", "-d", tag], cwd=project, capture_output=True)


@pytest.mark.parametrize("args, message", [
    (["--tag", "v9.9.9"], "the release tag v9.9.9 does not match info.version 0.1.0"),
    (["--dist", "nowhere"], "no usable"),
])
def test_publish_refuses_mismatched_input(project: Path, args: list[str], message: str) -> None:
    done = xsdk(project, "publish", "--dry-run", *args)
    assert done.returncode == 2
    assert message in done.stderr and "fix:" in done.stderr and "Traceback" not in done.stderr


def test_publish_refuses_a_tampered_artifact(project: Path, tmp_path: Path) -> None:
    copy = tmp_path / "dist"
    subprocess.run(["cp", "-r", str(project / "dist"), str(copy)], check=True)
    wheel = next((copy / "python").glob("*.whl"))
    wheel.write_bytes(wheel.read_bytes() + b"\0")
    done = xsdk(project, "publish", "--dry-run", "--dist", str(copy))
    assert done.returncode == 2
    assert "does not match SHA256SUMS" in done.stderr


# ---- the Go module's tag and proxy layout ----

@pytest.mark.parametrize("module, version, directory, tag", [
    ("github.com/xsdk/xsdk/generated/go", "0.1.0", "generated/go", "generated/go/v0.1.0"),
    ("github.com/xsdk/xsdk/generated/go", "1.4.2", "generated/go", "generated/go/v1.4.2"),
    ("github.com/xsdk/xsdk/generated/go/v2", "2.0.0", "generated/go", "generated/go/v2.0.0"),
    ("github.com/xsdk/xsdk", "1.0.0", ".", "v1.0.0"),
])
def test_go_tags(module: str, version: str, directory: str, tag: str) -> None:
    assert gomodule.plan(module, version, "github.com/xsdk/xsdk", directory).tag == tag


@pytest.mark.parametrize("module, version, directory, message", [
    ("github.com/xsdk/xsdk/generated/go", "2.0.0", "generated/go", "needs the module path github.com/xsdk/xsdk/generated/go/v2"),
    ("github.com/xsdk/xsdk/generated/go/v2", "1.0.0", "generated/go", "ends in /v2 but the version is 1.0.0"),
    ("github.com/xsdk/events-go", "0.1.0", "generated/go", "cannot be fetched from generated/go of github.com/xsdk/xsdk"),
])
def test_go_module_paths_that_cannot_be_fetched_are_refused(module: str, version: str, directory: str,
                                                           message: str) -> None:
    with pytest.raises(SchemaError) as caught:
        gomodule.plan(module, version, "github.com/xsdk/xsdk", directory)
    assert message in caught.value.message and caught.value.hint


def test_go_proxy_paths_are_case_encoded() -> None:
    assert gomodule.escape_path("github.com/OpenRouterTeam/go-sdk") == "github.com/!open!router!team/go-sdk"
    assert gomodule.escape_path("v1.0.0-RC.1") == "v1.0.0-!r!c.1"


def test_go_module_zip_leaves_out_nested_modules_and_vcs(tmp_path: Path) -> None:
    (tmp_path / "go.mod").write_text("module example.com/m\n", encoding="utf-8")
    for rel in ("a/a.go", "nested/go.mod", "nested/n.go", ".git/config", "vendor/x/x.go", "LICENSE"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    assert [name for name, _ in gomodule.module_files(tmp_path)] == ["LICENSE", "a/a.go", "go.mod"]
