"""Consumers of the release artifacts: what a user gets from `pip install`, `npm install` and `go get`.

`xsdk package` builds dist/ once; each language then installs its artifact into a fresh, empty place
(a new venv, a new npm project, a new Go module), type-checks a small program under the ecosystem's
strictest settings and runs it on a real Responses stream with one event type no version knows. The
three programs must decode the same events, re-encode the wire JSON unchanged, and agree on where a
bad event is wrong. This catches what in-tree tests cannot: files missing from an artifact, wrong
`exports`, broken metadata, a module zip the go command refuses.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, ROOT
from generator import ir
from generator.release.artifacts import Release, read_release
from generator.roundtrip import go as go_driver
from generator.roundtrip.check import json_equal
from generator.sse import read_events

pytestmark = pytest.mark.slow
CONSUMERS = ROOT / "tests" / "consumers"
UNKNOWN_EVENT = {"type": "response.future_feature.delta", "sequence_number": 99, "item_id": "fut_1",
                 "payload": {"nested": [1, 2.5, None, "x"]}}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("release") / "dist"
    done = subprocess.run([sys.executable, "-m", "generator.cli", "package", "--config", str(ROOT / "pyproject.toml"),
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def release(dist: Path) -> Release:
    return read_release(dist)


@pytest.fixture(scope="module")
def streams(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The fixture stream plus an event of an unknown type before its end, and a stream with a bad event."""
    text = (FIXTURES / "responses_full_stream.sse").read_text(encoding="utf-8").rstrip("\n")
    good = text + "\n\nevent: response.future_feature.delta\ndata: " + json.dumps(UNKNOWN_EVENT) + "\n\n"
    first = json.loads(next(line[6:] for line in text.splitlines() if line.startswith("data: ")))
    first["sequence_number"] = 1.5
    bad = "event: response.created\ndata: " + json.dumps(first) + "\n\n"
    here = tmp_path_factory.mktemp("streams")
    (here / "good.sse").write_text(good, encoding="utf-8")
    (here / "bad.sse").write_text(bad, encoding="utf-8")
    return {"good": here / "good.sse", "bad": here / "bad.sse"}


def expected_summary(stream: Path, model: ir.Model) -> dict[str, Any]:
    events = [captured.value for captured in read_events(stream.read_text(encoding="utf-8"))]
    text = "".join(str(e["delta"]) for e in events if e.get("type") == "response.output_text.delta")
    return {"version": model.version, "events": events, "text": text, "unknown": 1}


def assert_agrees(output: str, stream: Path, model: ir.Model) -> None:
    got = json.loads(output)
    want = expected_summary(stream, model)
    assert got["version"] == want["version"]
    assert got["text"] == want["text"] and got["text"]
    assert got["unknown"] == 1
    assert len(got["events"]) == len(want["events"])
    for index, (sent, back) in enumerate(zip(want["events"], got["events"])):
        assert json_equal(sent, back), f"event {index} ({sent.get('type')}) changed on the way through"


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None,
        timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


# ---- Python: pip install the wheel into a new venv ----

@pytest.fixture(scope="module")
def python_consumer(dist: Path, release: Release, tmp_path_factory: pytest.TempPathFactory) -> Path:
    venv = tmp_path_factory.mktemp("py-consumer") / "venv"
    assert run([sys.executable, "-m", "venv", str(venv)], ROOT).returncode == 0
    python = venv / "bin" / "python"
    wheel = next(dist / p for p in release.python if p.endswith(".whl"))
    done = run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)], ROOT)
    assert done.returncode == 0, done.stderr
    return python


def test_python_wheel_installs_typed_and_decodes_a_stream(python_consumer: Path, streams: dict[str, Path],
                                                          model: ir.Model, tmp_path: Path) -> None:
    consumer = CONSUMERS / "consumer.py"
    checked = run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path),
                   "--python-executable", str(python_consumer), str(consumer)], tmp_path)
    assert checked.returncode == 0, checked.stdout  # a missing py.typed fails here
    done = run([str(python_consumer), str(consumer), str(streams["good"])], tmp_path)
    assert done.returncode == 0, done.stderr
    assert_agrees(done.stdout, streams["good"], model)


def test_python_wheel_metadata(python_consumer: Path, model: ir.Model) -> None:
    script = ("import importlib.metadata as m, json; d = m.distribution('xsdk-events'); "
              "print(json.dumps({'meta': {k: d.metadata.get_all(k) for k in set(d.metadata.keys())}, "
              "'files': [str(f) for f in d.files or []]}))")
    done = run([str(python_consumer), "-c", script], ROOT)
    info = json.loads(done.stdout)
    meta, files = info["meta"], info["files"]
    assert meta["Version"] == [model.version]
    assert meta["License-Expression"] == ["Apache-2.0"]
    assert meta["Requires-Python"] == [">=3.9"]
    assert any(r.startswith("pydantic") and "<3" in r for r in meta["Requires-Dist"])
    assert "Typing :: Typed" in meta["Classifier"]
    assert "xsdk_events/py.typed" in files
    assert any(f.endswith("licenses/LICENSE") for f in files)
    assert meta["Description-Content-Type"] == ["text/markdown"]


# ---- TypeScript: npm install the tarball into a new project ----

@pytest.fixture(scope="module")
def typescript_consumer(dist: Path, release: Release, tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("ts-consumer")
    (project / "package.json").write_text(json.dumps({
        "name": "consumer", "private": True, "type": "module",
        "dependencies": {"@xsdk/events": f"file:{dist / release.typescript}"}}), encoding="utf-8")
    done = run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"], project)
    assert done.returncode == 0, done.stderr
    shutil.copy(CONSUMERS / "consumer.ts", project / "consumer.ts")
    (project / "tsconfig.json").write_text(json.dumps({"compilerOptions": {
        "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "strict": True,
        "exactOptionalPropertyTypes": True, "noUncheckedIndexedAccess": True, "skipLibCheck": False,
        "typeRoots": [str(ROOT / "node_modules" / "@types")], "types": ["node"], "outDir": "out"},
        "files": ["consumer.ts"]}), encoding="utf-8")
    return project


def test_npm_tarball_installs_compiles_strict_and_decodes_a_stream(typescript_consumer: Path,
                                                                     streams: dict[str, Path], model: ir.Model) -> None:
    tsc = ROOT / "node_modules" / ".bin" / "tsc"
    built = run([str(tsc), "-p", "tsconfig.json"], typescript_consumer)
    assert built.returncode == 0, built.stdout  # wrong `exports` or a missing .d.ts fails here
    done = run(["node", "out/consumer.js", str(streams["good"])], typescript_consumer)
    assert done.returncode == 0, done.stderr
    assert_agrees(done.stdout, streams["good"], model)


def test_npm_tarball_contents(dist: Path, release: Release, model: ir.Model) -> None:
    with tarfile.open(dist / release.typescript) as tarball:
        names = set(tarball.getnames())
        member = tarball.extractfile("package/package.json")
        assert member is not None
        manifest = json.loads(member.read())
    assert {"package/LICENSE", "package/README.md", "package/dist/index.js", "package/dist/index.d.ts",
            "package/dist/models/index.js", "package/dist/lib/streaming.d.ts"} <= names
    for entry in manifest["exports"].values():  # every public entry point is in the tarball
        for target in ([entry] if isinstance(entry, str) else entry.values()):
            assert "package/" + target.removeprefix("./") in names, target
    assert not any(n.startswith("package/src/") or n.endswith(".tsbuildinfo") for n in names)
    assert manifest["version"] == model.version and manifest["license"] == "Apache-2.0"
    assert manifest["dependencies"] == {"zod": "^4.5.0"}


# ---- Go: a new module that requires the released module through a replace ----

@pytest.fixture(scope="module")
def unpacked_module(dist: Path, release: Release, tmp_path_factory: pytest.TempPathFactory) -> Path:
    into = tmp_path_factory.mktemp("go-module")
    with zipfile.ZipFile(dist / release.go_zip) as archive:
        prefix = f"{release.go_module}@{release.go_version}/"
        assert all(name.startswith(prefix) for name in archive.namelist())
        archive.extractall(into)
    return into / f"{release.go_module}@{release.go_version}"


def go_consumer(directory: Path, release: Release, unpacked_module: Path) -> None:
    """A new Go module holding consumer.go that requires the released module through a `replace`."""
    (directory / "go.mod").write_text(
        f"module example.com/consumer\n\ngo 1.22\n\nrequire {release.go_module} {release.go_version}\n\n"
        f"replace {release.go_module} => {unpacked_module}\n", encoding="utf-8")
    shutil.copy(CONSUMERS / "consumer.go", directory / "main.go")


def test_go_module_zip_builds_a_consumer_through_replace(go_tool: str, unpacked_module: Path, release: Release,
                                                         streams: dict[str, Path], model: ir.Model,
                                                         tmp_path: Path) -> None:
    go_consumer(tmp_path, release, unpacked_module)
    env = go_driver.go_env(tmp_path)
    vetted = go_driver.go(go_tool, ["vet", "./..."], tmp_path, env)
    assert vetted.returncode == 0, vetted.stderr
    built = go_driver.go(go_tool, ["build", "-o", "consumer", "."], tmp_path, env)
    assert built.returncode == 0, built.stderr
    done = run([str(tmp_path / "consumer"), str(streams["good"])], tmp_path)
    assert done.returncode == 0, done.stderr
    assert_agrees(done.stdout, streams["good"], model)


def test_go_proxy_directory_serves_a_valid_module(go_tool: str, dist: Path, release: Release,
                                                  tmp_path: Path) -> None:
    """What the tag will publish, fetched the way `go get` fetches it: the go command checks the zip."""
    env = {**go_driver.go_env(tmp_path), "GOPROXY": (dist / release.go_proxy).as_uri(), "GOSUMDB": "off",
           "GOMODCACHE": str(tmp_path / "modcache"), "GOFLAGS": "-modcacherw"}
    done = go_driver.go(go_tool, ["mod", "download", "-json", f"{release.go_module}@{release.go_version}"],
                        tmp_path, env)
    assert done.returncode == 0, done.stdout + done.stderr
    info = json.loads(done.stdout)
    assert info["Version"] == release.go_version and "Error" not in info
    downloaded = Path(info["Dir"])
    assert (downloaded / "go.mod").is_file() and (downloaded / "LICENSE").is_file()
    assert (downloaded / "models" / "components" / "doc.go").is_file()
    assert release.go_tag == f"generated/go/{release.go_version}"


# ---- all three: the same bad event is refused at the same place ----

def test_every_consumer_names_the_same_path_for_a_bad_event(python_consumer: Path, typescript_consumer: Path,
                                                            go_tool: str, unpacked_module: Path, release: Release,
                                                            streams: dict[str, Path], tmp_path: Path) -> None:
    go_consumer(tmp_path, release, unpacked_module)
    if not (typescript_consumer / "out" / "consumer.js").exists():
        assert run([str(ROOT / "node_modules" / ".bin" / "tsc"), "-p", "tsconfig.json"],
                   typescript_consumer).returncode == 0
    answers = {
        "python": run([str(python_consumer), str(CONSUMERS / "consumer.py"), str(streams["bad"])], tmp_path),
        "typescript": run(["node", "out/consumer.js", str(streams["bad"])], typescript_consumer),
        "go": go_driver.go(go_tool, ["run", ".", str(streams["bad"])], tmp_path, go_driver.go_env(tmp_path)),
    }
    for lang, done in answers.items():
        assert done.returncode != 0, f"{lang} accepted a non-integral sequence_number"
        assert json.loads(done.stdout.splitlines()[-1]) == {"error_path": "$.sequence_number"}, (lang, done.stdout)


def test_packages_are_byte_identical_across_builds(dist: Path, tmp_path: Path) -> None:
    again = tmp_path / "dist"
    done = subprocess.run([sys.executable, "-m", "generator.cli", "package", "--config", str(ROOT / "pyproject.toml"),
                           "--out", str(again)], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONHASHSEED": "123"})
    assert done.returncode == 0, done.stderr
    assert (again / "SHA256SUMS").read_text(encoding="utf-8") == (dist / "SHA256SUMS").read_text(encoding="utf-8")
