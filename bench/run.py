"""`make bench`: xsdk against its peers, generation and runtime decoding, one table per section.

usage: .venv/bin/python bench/run.py [--quick] [--only own|openai|openrouter-2025-10-18|openrouter-latest ...]

Generation (a fresh subprocess per run; 3 rounds, 1 with --quick, each round every tool once into fresh
directories; the median wall time, and the largest peak RSS of the child from os.wait4):
  xsdk cold   `xsdk generate --schema DOC --out TMP` (all three languages) into an empty directory
  1 process   the cold run again with XSDK_JOBS=1 (no second process for parsing, checking or rendering)
  xsdk warm   the same command again, same output, nothing changed (the no-change re-run)
  load floor  `Workspace.open(DOC)` alone, parse cache off: YAML parse and nothing else, plus interpreter start-up
  datamodel-codegen (Python only) and openapi-typescript (TypeScript only) on the same document
Every tool writes under .cache/bench in the checkout, where `make generate` writes, and nothing is deleted
until the last generation run (see generation()).
A run that fails is reported as "failed: <first line of its error>"; the bench itself never stops for it.

Runtime: a 10,000-event Responses stream (bench/stream.py) decoded by the generated bindings and by the
vendors' SDKs: Python (bench/decode_python.py), TypeScript (bench/decode_ts.mjs), Go (bench/go/decode_test.go).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CORPORA = Path(os.environ.get("XSDK_CORPORA", ROOT.parent / "shared" / "corpora"))
DOCUMENTS = {
    "own": ROOT / "schemas" / "openapi.yaml",
    "openai": CORPORA / "openai-openapi.yaml",
    "openrouter-2025-10-18": CORPORA / "openrouter-openapi-2025-10-18.yaml",
    "openrouter-latest": CORPORA / "openrouter-openapi-latest.yaml",
}
BIN = Path(sys.executable).parent  # the venv's bin: xsdk, datamodel-codegen
NODE_BIN = BENCH / "node_modules" / ".bin"
WORK = ROOT / ".cache" / "bench"  # generation output of every tool (git-ignored)
GO = os.environ.get("GO") or shutil.which("go") or "/usr/local/go/bin/go"
EVENTS = 10_000
NO_CHANGE_TARGET = 0.3  # seconds, the project's own schema
SCALE_SECONDS, SCALE_MB = 1.5, 300  # the OpenAI document, all three languages, cold


@dataclass
class Run:
    seconds: float = 0.0
    rss_mb: float = 0.0
    error: str = ""

    def cell(self) -> str:
        return f"failed: {self.error}" if self.error else f"{self.seconds:6.2f} s {self.rss_mb:6.0f} MB"


def first_error_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return "(no output)"
    if any(line.startswith("Traceback") for line in lines):  # the exception, not the traceback's first frame
        raised = [line for line in lines if re.match(r"^[\w.]+(Error|Exception|Exit)\b", line)]
        return (raised or lines)[-1][:120]
    flagged = [line for line in lines if re.match(r"(?i)^(error|fatal|\S*error\b)", line)]
    return (flagged or lines)[0][:120]


def measure(argv: list[str], cwd: Path = ROOT, timeout: float = 300.0, env: dict[str, str] | None = None) -> Run:
    """Run argv in a fresh process; wall time and its peak RSS (ru_maxrss of the reaped child)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=err, env=env, start_new_session=True)
        except OSError as exc:
            return Run(error=str(exc))
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(proc.pid, 9)
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                return Run(time.perf_counter() - start, 0.0, f"timeout after {timeout:.0f} s")
            time.sleep(0.002)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        run = Run(seconds, usage.ru_maxrss / 1024)  # KiB on Linux
        if proc.returncode != 0:
            err.seek(0)
            out.seek(0)
            text = err.read().decode("utf-8", "replace") or out.read().decode("utf-8", "replace")
            run.error = f"exit {proc.returncode}: {first_error_line(text)}"
        return run


# --- generation ---------------------------------------------------------------------------------------------

def median(runs: list[Run]) -> Run:
    """The run of median wall time, with the largest peak RSS of all; the first failure if any failed."""
    failed = [r for r in runs if r.error]
    if failed:
        return failed[0]
    ordered = sorted(runs, key=lambda r: r.seconds)
    return Run(ordered[len(ordered) // 2].seconds, max(r.rss_mb for r in runs))


def generation(names: list[str], timeout: float, rounds: int) -> list[dict[str, object]]:
    # Inside the checkout, where `make generate` writes too. Nothing is deleted until every run is over:
    # ext4 skips recently deleted inodes when it allocates new ones, so creating thousands of files
    # within half a minute of deleting thousands (the previous round's output) cost up to a second more.
    WORK.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="xsdk-bench-", dir=WORK) as top:
        return [generation_row(name, timeout, rounds, Path(top)) for name in names]


def generation_row(name: str, timeout: float, rounds: int, scratch: Path) -> dict[str, object]:
    doc = DOCUMENTS[name]
    if not doc.is_file():
        return {"document": name, "missing": str(doc)}
    runs: dict[str, list[Run]] = {}
    for number in range(rounds):  # every round into fresh directories, every tool once per round
        for key, run in generation_round(doc, name == "own", timeout, scratch / f"{name}-{number}").items():
            runs.setdefault(key, []).append(run)
    row: dict[str, object] = {"document": name, "size_kb": doc.stat().st_size / 1024}
    row.update({key: median(values) for key, values in runs.items()})
    row["xsdk_cold_runs"] = [run.seconds for run in runs["xsdk_cold"] if not run.error]
    return row


def generation_round(doc: Path, own: bool, timeout: float, tmp: Path) -> dict[str, Run]:
    tmp.mkdir(parents=True)
    out = tmp / "xsdk"
    # the project's own schema goes through `xsdk generate` exactly as `make generate` runs it
    # (strict, from [tool.xsdk]); another document through --schema
    xsdk = [str(BIN / "xsdk"), "generate", "--out", str(out)]
    if not own:
        xsdk[2:2] = ["--schema", str(doc)]
    # cold: nothing cached yet (a fresh parse cache, see generator/load.py); warm: what cold left behind
    cached = {**os.environ, "XSDK_CACHE_DIR": str(tmp / "cache")}
    cold = measure(xsdk, timeout=timeout, env=cached)
    warm = measure(xsdk, timeout=timeout, env=cached)
    # the same cold run held to one process (XSDK_JOBS=1), into its own empty output and cache
    one = [str(out.with_name("xsdk-one")) if arg == str(out) else arg for arg in xsdk]
    single = measure(one, timeout=timeout, env={**os.environ, "XSDK_JOBS": "1", "XSDK_CACHE_DIR": str(tmp / "cache-one")})
    floor = measure([sys.executable, "-c", "import sys; from pathlib import Path; "
                     "from generator.load import Workspace; Workspace.open(Path(sys.argv[1]))", str(doc)],
                    timeout=timeout, env={**os.environ, "XSDK_CACHE_DIR": "off"})
    dmcg = measure([str(BIN / "datamodel-codegen"), "--input", str(doc), "--input-file-type", "openapi",
                    "--output-model-type", "pydantic_v2.BaseModel", "--output", str(tmp / "dmcg.py")],
                   timeout=timeout)
    ots = measure([str(NODE_BIN / "openapi-typescript"), str(doc), "-o", str(tmp / "ots.d.ts")], timeout=timeout)
    return {"xsdk_cold": cold, "xsdk_single": single, "xsdk_warm": warm, "floor": floor,
            "datamodel_codegen": dmcg, "openapi_typescript": ots}


def ratio(peer: Run, ours: Run) -> str:
    if peer.error or ours.error or ours.seconds <= 0:
        return "n/a"
    return f"{peer.seconds / ours.seconds:5.2f}x"


def print_generation(rows: list[dict[str, object]], rounds: int) -> None:
    print(f"\n## Generation (median wall time of {rounds} round(s), each into fresh directories; largest peak RSS "
          "of the child; ratio = peer time / xsdk cold time)\n")
    head = ["document", "KB", "xsdk cold (3 langs)", "1 process", "xsdk warm (no change)", "load floor",
            "datamodel-codegen (py)", "ratio", "openapi-typescript (ts)", "ratio"]
    table = []
    for row in rows:
        if "missing" in row:
            table.append([str(row["document"]), "-", f"failed: no such file {row['missing']}"] + [""] * 7)
            continue
        runs = {k: v for k, v in row.items() if isinstance(v, Run)}
        table.append([str(row["document"]), f"{row['size_kb']:.0f}", runs["xsdk_cold"].cell(),
                      runs["xsdk_single"].cell(), runs["xsdk_warm"].cell(), runs["floor"].cell(), runs["datamodel_codegen"].cell(),
                      ratio(runs["datamodel_codegen"], runs["xsdk_cold"]), runs["openapi_typescript"].cell(),
                      ratio(runs["openapi_typescript"], runs["xsdk_cold"])])
    print_table(head, table)
    for row in rows:
        cold = row.get("xsdk_cold")
        if row.get("document") == "openai" and isinstance(cold, Run) and not cold.error:
            verdicts = [("meets" if cold.seconds <= SCALE_SECONDS else "misses") + f" <= {SCALE_SECONDS} s",
                        ("meets" if cold.rss_mb <= SCALE_MB else "misses") + f" <= {SCALE_MB} MB"]
            seconds = row.get("xsdk_cold_runs")
            each = ", ".join(f"{s:.2f}" for s in seconds) if isinstance(seconds, list) else "-"
            print(f"\nOpenAI document, 3 languages cold: {cold.cell().strip()} ({', '.join(verdicts)}; "
                  f"each round: {each} s)")
        if row.get("document") == "own" and isinstance(row.get("xsdk_warm"), Run):
            warm = row["xsdk_warm"]
            assert isinstance(warm, Run)
            verdict = "failed" if warm.error else ("meets" if warm.seconds <= NO_CHANGE_TARGET else "misses")
            print(f"\nno-change re-run of schemas/openapi.yaml: {warm.cell().strip()} "
                  f"({verdict} the {NO_CHANGE_TARGET} s target)")


# --- runtime ------------------------------------------------------------------------------------------------

def python_runtime(stream: Path, rounds: int) -> list[list[str]]:
    rows = []
    results = {}
    for kind, label in (("xsdk", "xsdk_events ResponseStreamEvent, TypeAdapter.validate_json"),
                        ("openai-adapter", "openai 3.14.0 ResponseStreamEvent, TypeAdapter.validate_json"),
                        ("openai-construct", "openai 3.14.0 SDK path: json.loads + construct_type (no validation)")):
        proc = subprocess.run([sys.executable, str(BENCH / "decode_python.py"), str(stream), kind, str(rounds)],
                              capture_output=True, text=True, cwd=ROOT, timeout=600)
        results[kind] = _decoded(proc.stdout, proc.stderr, proc.returncode)
        rows.append([label, *_rate_cells(results[kind], results.get("xsdk"))])
    return rows


def _decoded(stdout: str, stderr: str, code: int) -> dict[str, object]:
    try:
        return dict(json.loads(stdout.strip().splitlines()[-1]))
    except (ValueError, IndexError):
        return {"error": f"exit {code}: {first_error_line(stderr or stdout)}", "failed": -1}


def _rate_cells(result: dict[str, object], ours: dict[str, object] | None) -> list[str]:
    seconds = result.get("seconds")
    if not isinstance(seconds, float) or seconds <= 0 or result.get("failed") == -1:
        return [f"failed: {result.get('error')}", "", "n/a"]
    rate = float(result["events"]) / seconds  # type: ignore[arg-type]
    rejected = f"{result['failed']} ({result['error']})" if result.get("failed") else "0"
    ours_seconds = ours.get("seconds") if ours else None
    cmp = f"{seconds / ours_seconds:5.2f}x" if isinstance(ours_seconds, float) and ours_seconds > 0 else "n/a"
    return [f"{rate:10,.0f} ev/s", rejected[:60], cmp]


def typescript_runtime(stream: Path, rounds: int) -> list[list[str]]:
    tsc = NODE_BIN / "tsc"
    with tempfile.TemporaryDirectory(prefix="xsdk-bench-ts-") as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "generated" / "typescript" / "src", work / "src")
        shutil.copy(ROOT / "generated" / "typescript" / "tsconfig.json", work / "tsconfig.json")
        (work / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
        (work / "node_modules").symlink_to(BENCH / "node_modules")  # zod for the compiled models
        compiled = subprocess.run([str(tsc), "-p", str(work / "tsconfig.json"), "--declaration", "false"],
                                  capture_output=True, text=True, cwd=work)
        if compiled.returncode != 0:
            return [["xsdk (tsc)", f"failed: {first_error_line(compiled.stdout + compiled.stderr)}", "", "n/a"]]
        proc = subprocess.run(["node", str(BENCH / "decode_ts.mjs"), str(stream), str(work / "dist"), str(rounds)],
                              capture_output=True, text=True, cwd=BENCH, timeout=600)
    results = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    if not results:
        return [["node", f"failed: {first_error_line(proc.stderr)}", "", "n/a"]]
    ours = results[0]
    return [[r["name"], *_rate_cells(r, ours)] for r in results]


def go_runtime(stream: Path, sse: Path, benchtime: str) -> list[list[str]]:
    module = "github.com/xsdk/xsdk/generated/go"
    with tempfile.TemporaryDirectory(prefix="xsdk-bench-go-") as tmp:
        work = Path(tmp)
        (work / "go.mod").write_text(f"module xsdk.bench/decode\n\ngo 1.22\n\nrequire {module} v0.0.0\n\n"
                                     f"replace {module} => {(ROOT / 'generated' / 'go').as_posix()}\n",
                                     encoding="utf-8")
        shutil.copy(BENCH / "go" / "decode_test.go", work / "decode_test.go")
        shutil.copy(stream, work / "stream.jsonl")
        shutil.copy(sse, work / "stream.sse")
        env = {**os.environ, "GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOTOOLCHAIN": "local"}
        try:
            proc = subprocess.run([GO, "test", "-run", "^$", "-bench", ".", "-benchtime", benchtime],
                                  capture_output=True, text=True, cwd=work, env=env, timeout=600)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return [["go test -bench", f"failed: {exc}", "", ""]]
    rows = []
    labels = {"BenchmarkStreamReader": "components.NewOpenResponsesStreamEventReader (SSE framing + decode)",
              "BenchmarkUnmarshal": "json.Unmarshal into components.OpenResponsesStreamEvent"}
    for match in re.finditer(r"^(Benchmark\w+?)(?:-\d+)?\s+\d+\s+(\d+(?:\.\d+)?) ns/op.*?(\d+) events/op",
                             proc.stdout, re.M):
        name, ns, events = match.group(1), float(match.group(2)), int(match.group(3))
        rows.append([labels.get(name, name), f"{events / (ns / 1e9):10,.0f} ev/s", "0", ""])
    if proc.returncode != 0 or not rows:
        rows.append(["go test -bench", f"failed: {first_error_line(proc.stdout + proc.stderr)}", "", ""])
    return rows


# --- output -------------------------------------------------------------------------------------------------

def print_table(head: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")


def _version(argv: list[str]) -> str:
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=30).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "(not found)"


def _xsdk_jobs() -> str:
    sys.path.insert(0, str(ROOT))
    from generator.parallel import jobs

    mode = "a second process for parsing and rendering" if jobs() >= 2 else "one process"
    return f"{mode} for large documents (XSDK_JOBS={os.environ.get('XSDK_JOBS', 'unset')})"


def machine() -> None:
    cpu = "unknown"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor() or cpu
    print("## Machine\n")
    print_table(["what", "value"], [
        ["CPU", cpu], ["cores", str(os.cpu_count())], ["xsdk parallelism", _xsdk_jobs()], ["OS", platform.platform()],
        ["Python", platform.python_version()], ["Node", _version(["node", "--version"])],
        ["Go", _version([GO, "version"])], ["date", time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="one round of each generation and one timed round per decoder, shorter Go benchtime")
    parser.add_argument("--only", nargs="+", choices=sorted(DOCUMENTS), help="generation: just these documents")
    parser.add_argument("--skip-generation", action="store_true")
    parser.add_argument("--skip-runtime", action="store_true")
    args = parser.parse_args()
    rounds, benchtime, timeout = (1, "1x", 120.0) if args.quick else (3, "3x", 300.0)
    started = time.perf_counter()
    machine()
    if not args.skip_generation:
        print_generation(generation(args.only or list(DOCUMENTS), timeout, rounds), rounds)
    if not args.skip_runtime:
        with tempfile.TemporaryDirectory(prefix="xsdk-bench-stream-") as tmp:
            sys.path.insert(0, str(BENCH))
            import stream as stream_module

            jsonl, sse = stream_module.write(Path(tmp), EVENTS)
            head = ["decoder", "events/s", "rejected", "time vs xsdk"]
            print(f"\n## Runtime: decoding a {EVENTS:,}-event Responses stream (best of {rounds}; "
                  "time vs xsdk > 1 means slower than xsdk)\n")
            print("### Python\n")
            print_table(head, python_runtime(jsonl, rounds))
            print("\n### TypeScript\n")
            print_table(head, typescript_runtime(jsonl, rounds))
            print("\n### Go\n")
            print_table(head, go_runtime(jsonl, sse, benchtime))
    print(f"\n(bench took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
