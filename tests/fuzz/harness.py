"""Generate a batch of fuzzed documents, type-check every language once for the whole batch, and
round-trip instances of every component through all three languages.

The toolchains are what costs: a batch is one `mypy --strict` run over all its Python packages, one
`tsc -b` over all its TypeScript packages and round-trip drivers, and one Go module holding all its Go
packages and drivers (`go vet ./...`, `gofmt -l .`, one `go build`). Output lines are attributed to the
sample whose directory they name; a problem is kept per sample, with the document that caused it.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, Phase, given, seed as seeded, settings

from generator import ir
from generator.config import Config, load_config
from generator.errors import SchemaError, SchemaErrors
from generator.load import Workspace
from generator.naming.symbols import Symbols
from generator.pipeline import build, load_model, name_all
from generator.referee import Referee
from generator.roundtrip import go as go_driver
from generator.roundtrip import typescript as ts_driver
from generator.roundtrip.check import json_equal
from generator.roundtrip.python import PythonDriver
from generator.write import write_tree

from .schemas import documents

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("python", "typescript", "go")
GO_MODULE = "xsdk.fuzz"
_NUMBERS = itertools.count()  # Python package names stay unique in the process (they are imported)


@dataclass
class Sample:
    number: int
    document: dict[str, Any]
    root: Path
    config: Config | None = None
    model: ir.Model | None = None
    symbols: dict[str, Symbols] = field(default_factory=dict)
    rejected: str | None = None  # the generator refused the document (a name collision: by design)
    problems: list[str] = field(default_factory=list)
    instances: int = 0  # values round-tripped

    @property
    def tag(self) -> str:
        return f"s{self.number}"

    @property
    def package(self) -> str:
        return f"xsdk_fuzz{self.number}"

    @property
    def ok(self) -> bool:
        return self.model is not None and not self.problems

    def yaml(self) -> str:
        return yaml.safe_dump(self.document, sort_keys=False, allow_unicode=True, width=120)

    def report(self) -> str:
        head = f"sample {self.tag} ({self.root / 'schemas' / 'openapi.yaml'}):"
        return "\n".join([head, *("  " + p.replace("\n", "\n    ") for p in self.problems),
                          "  document:", "    " + self.yaml().replace("\n", "\n    ").rstrip()])


def draw_documents(seed: int, count: int) -> list[dict[str, Any]]:
    """`count` documents (fewer when some repeat) from `documents()`, the same ones for the same seed."""
    found: list[dict[str, Any]] = []

    @settings(database=None, max_examples=count, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @seeded(seed)
    @given(documents())
    def collect(document: dict[str, Any]) -> None:
        found.append(document)

    collect()
    unique: dict[str, dict[str, Any]] = {}
    for document in found:
        unique.setdefault(json.dumps(document, sort_keys=True), document)
    return list(unique.values())


# ---- generation ----
def generate(document: dict[str, Any], workdir: Path) -> Sample:
    number = next(_NUMBERS)
    sample = Sample(number, document, workdir / "schemas" / f"s{number}")
    schemas = sample.root / "schemas"
    schemas.mkdir(parents=True)
    (schemas / "openapi.yaml").write_text(sample.yaml(), encoding="utf-8")
    (sample.root / "pyproject.toml").write_text(
        f'[tool.xsdk]\nschema = "schemas/openapi.yaml"\ntemplates = "{(ROOT / "templates").as_posix()}"\n'
        f'output = "{workdir.as_posix()}"\n'
        f'[tool.xsdk.python]\nout = "py/{sample.tag}"\npackage = "{sample.package}"\nareas = {{ "" = "types" }}\n'
        f'[tool.xsdk.typescript]\nout = "ts/{sample.tag}/pkg"\n'
        f'[tool.xsdk.go]\nout = "go/{sample.tag}"\nmodule = "{GO_MODULE}/{sample.tag}"\npackage = "components"\n'
        + ('integer = "float64"\n' if sample.number % 2 else ""), encoding="utf-8")
    try:
        sample.config = config = load_config(sample.root / "pyproject.toml")
        model = load_model(config).model
        symbols = name_all(config, model)
        trees = build(config, list(LANGUAGES), model)
    except (SchemaError, SchemaErrors) as error:
        text = str(error)
        if re.search(r"would be used for both|would both be named|two fields", text):
            sample.rejected = text  # two names that collide after casing: an error by design
        else:
            sample.problems.append(f"generation refused a valid document: {text}")
        return sample
    except Exception:  # noqa: BLE001 - a traceback is a finding
        sample.problems.append(f"generation crashed:\n{traceback.format_exc()[-3000:]}")
        return sample
    for language in LANGUAGES:
        write_tree(config.targets[language].out, trees[language])
    (config.targets["go"].out / "go.mod").unlink()  # one module holds the whole batch
    sample.model, sample.symbols = model, symbols
    return sample


# ---- type checks, one run per language for the batch ----
def _attribute(samples: list[Sample], output: str, language: str, what: str) -> None:
    """Give each sample the lines of `output` that name its directory; all of it to every sample when
    no line names one (a crash of the tool)."""
    hit = False
    for sample in samples:
        pattern = re.compile(rf"(?:^|[\s/(]){sample.tag}/")
        mine = [line for line in output.splitlines() if pattern.search(line)]
        if mine:
            hit = True
            sample.problems.append(f"{language} {what}:\n" + "\n".join(mine[:30]))
    if not hit:
        for sample in samples:
            sample.problems.append(f"{language} {what} (not attributed to one sample):\n{output[-3000:]}")


def check_python(samples: list[Sample], workdir: Path) -> None:
    live = [s for s in samples if s.ok]
    if not live:
        return
    cwd = workdir / "py"
    env = {**os.environ, "MYPYPATH": os.pathsep.join(s.tag for s in live)}
    args = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"),
            "--cache-dir", str(workdir.parent / ".mypy_cache"), "--no-error-summary", "--show-absolute-path"]
    proc = subprocess.run([*args, *itertools.chain.from_iterable(("-p", s.package) for s in live)],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        _attribute(live, proc.stdout + proc.stderr, "python", "mypy --strict")


def write_typescript_drivers(samples: list[Sample], workdir: Path) -> list[Path]:
    ts_root = workdir / "ts"
    modules = ts_root / "node_modules"
    if not modules.exists():
        modules.mkdir(parents=True)
        for name in ("zod", "@types"):
            os.symlink(ts_driver.NODE_MODULES / name, modules / name, target_is_directory=True)
        (ts_root / "package.json").write_text(json.dumps({"private": True, "type": "module"}), encoding="utf-8")
    projects = []
    for sample in samples:
        base = ts_root / sample.tag
        (base / "node_modules" / "@xsdk").mkdir(parents=True)
        os.symlink(base / "pkg", base / "node_modules" / "@xsdk" / "events", target_is_directory=True)
        driver = base / "driver"
        driver.mkdir()
        shutil.copyfile(ts_driver.DRIVER_SOURCE, driver / "driver.ts")
        options = {**ts_driver.CONSUMER_OPTIONS, "types": ["node"], "outDir": "out", "rootDir": ".",
                   "exactOptionalPropertyTypes": True, "noUncheckedIndexedAccess": True}
        (driver / "tsconfig.json").write_text(json.dumps({"compilerOptions": options, "files": ["driver.ts"]}),
                                              encoding="utf-8")
        assert sample.model is not None
        entries = ts_driver.registry(sample.model, sample.symbols["typescript"])
        (driver / "registry.json").write_text(json.dumps(entries), encoding="utf-8")
        projects.append(base / "pkg")
    return projects


def check_typescript(samples: list[Sample], workdir: Path) -> None:
    """tsc -b: each package with its own strict tsconfig.json, then each round-trip driver against it."""
    live = [s for s in samples if s.ok]
    if not live:
        return
    ts_driver.require_tooling()
    write_typescript_drivers(live, workdir)
    paths = [f"{s.tag}/pkg" for s in live] + [f"{s.tag}/driver" for s in live]
    proc = ts_driver.tsc("-b", *paths, cwd=workdir / "ts")
    if proc.returncode != 0:
        _attribute(live, proc.stdout + proc.stderr, "typescript", "tsc --strict")


def check_go(samples: list[Sample], workdir: Path, tool: str) -> dict[str, Path]:
    """go vet + gofmt over the module of the batch; the drivers of the samples that pass, built.
    Returns sample tag -> driver binary."""
    live = [s for s in samples if s.ok]
    if not live:
        return {}
    root = workdir / "go"
    env = go_driver.go_env(workdir)
    (root / "go.mod").write_text(f"module {GO_MODULE}\n\ngo 1.22\n", encoding="utf-8")
    for sample in live:
        assert sample.model is not None
        main = go_driver.render_main(sample.model, sample.symbols["go"],
                                     f"{GO_MODULE}/{sample.tag}/models/components", "components")
        (root / "drivers" / sample.tag).mkdir(parents=True)
        (root / "drivers" / sample.tag / "main.go").write_text(main, encoding="utf-8")
    vet = go_driver.go(tool, ["vet", "./..."], root, env, timeout=900)
    if vet.returncode != 0:
        _attribute(live, vet.stdout + vet.stderr, "go", "go vet")
    gofmt = go_driver.go(go_driver.find_gofmt(tool), ["-l", *(s.tag for s in live)], root, env)
    for sample in live:
        listed = [line for line in gofmt.stdout.splitlines() if line.startswith(sample.tag + "/")]
        if listed or gofmt.returncode != 0:
            sample.problems.append("go gofmt -l lists: " + " ".join(listed) + gofmt.stderr[-500:])
    buildable = [s for s in live if s.ok]
    if not buildable:
        return {}
    (root / "bin").mkdir(exist_ok=True)
    built = go_driver.go(tool, ["build", "-o", str(root / "bin") + os.sep,
                                *(f"./drivers/{s.tag}" for s in buildable)], root, env, timeout=900)
    if built.returncode != 0:
        _attribute(buildable, built.stdout + built.stderr, "go", "building the round-trip driver")
    return {s.tag: root / "bin" / s.tag for s in buildable if (root / "bin" / s.tag).is_file()}


# ---- instances and round trips ----
def instances(sample: Sample, per_component: int) -> list[dict[str, Any]]:
    """{"schema", "value"} requests: up to `per_component` distinct instances of every component, drawn by
    hypothesis-jsonschema from its bundled schema (tests/instances.py) and checked by the referee."""
    from instances import draw, generation_schema  # tests/instances.py (tests/ is on sys.path)

    assert sample.config is not None
    referee = Referee(Workspace.open(sample.config.schema))
    requests = []
    for name in referee.component_names():
        try:
            values = draw(generation_schema(referee.bundled(name)), per_component)
        except Exception as exc:  # noqa: BLE001 - the strategy made a schema nothing can be drawn from
            sample.problems.append(f"no instance of {name} could be drawn: {type(exc).__name__}: {str(exc)[:500]}")
            continue
        seen = set()
        for value in values:
            key = json.dumps(value, sort_keys=True)
            if key in seen:
                continue
            seen.add(key)
            errors = referee.errors(name, value)
            if errors:
                sample.problems.append(f"drawn instance of {name} is invalid ({errors[0].message}): {key[:300]}")
                continue
            requests.append({"schema": name, "value": value})
    return requests


def _ts_run(sample: Sample, workdir: Path, requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    driver = workdir / "ts" / sample.tag / "driver"
    return go_driver.exchange(["node", str(driver / "out" / "driver.js"), str(driver / "registry.json")],
                              requests, "TypeScript", timeout=120)


def _python_run(sample: Sample, requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    assert sample.config is not None and sample.model is not None
    driver = PythonDriver(sample.model, sample.symbols["python"], sample.config.targets["python"])
    try:
        return [driver.roundtrip(r["schema"], r["value"]) for r in requests]
    finally:
        sys.path.remove(str(sample.config.targets["python"].out))
        for module in [m for m in sys.modules if m == sample.package or m.startswith(sample.package + ".")]:
            del sys.modules[module]


def roundtrip(sample: Sample, workdir: Path, go_binary: Path | None, per_component: int) -> None:
    requests = instances(sample, per_component)
    if not sample.ok:
        return
    def run(language: str) -> list[dict[str, Any]]:
        if language == "python":
            return _python_run(sample, requests)
        if language == "typescript":
            return _ts_run(sample, workdir, requests)
        if go_binary is None:
            raise RuntimeError("no Go driver was built")
        return go_driver.run(go_binary, requests)

    for language in LANGUAGES:
        try:
            replies = run(language)
        except Exception as exc:  # noqa: BLE001 - a driver that dies is a finding of this sample
            sample.problems.append(f"{language} round trip failed: {type(exc).__name__}: {str(exc)[:2000]}")
            continue
        wrong = []
        for request, reply in zip(requests, replies):
            value = json.dumps(request["value"])[:300]
            if not reply.get("ok"):
                wrong.append(f"{request['schema']} rejected {value}: {reply.get('error')}")
            elif not json_equal(reply["value"], request["value"]):
                wrong.append(f"{request['schema']} re-encoded {value} as {json.dumps(reply['value'])[:300]}")
        if wrong:
            sample.problems.append(f"{language} round trip: {len(wrong)} of {len(requests)} values:\n"
                                   + "\n".join(wrong[:3]))
    sample.instances = len(requests)


def run_batch(documents_: list[dict[str, Any]], workdir: Path, go_tool: str, per_component: int = 2) -> list[Sample]:
    """Every document generated, type-checked and round-tripped; the samples carry what went wrong."""
    workdir.mkdir(parents=True, exist_ok=True)
    samples = [generate(d, workdir) for d in documents_]
    check_python(samples, workdir)
    check_typescript(samples, workdir)
    binaries = check_go(samples, workdir, go_tool)
    for sample in samples:
        if sample.ok:
            roundtrip(sample, workdir, binaries.get(sample.tag), per_component)
    return samples
