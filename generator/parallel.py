"""Run an independent piece of work in a forked child while this process goes on (large documents only).

The child inherits everything already loaded (the parsed document, the IR) for free, so only the
result crosses back, pickled through a pipe. Where fork is missing (Windows) or XSDK_JOBS=1, or when
the child dies, the work simply runs here when its result is asked for: the answer never depends on
which way it ran.
"""

from __future__ import annotations

import os
import pickle
from typing import Callable, Generic, TypeVar

T = TypeVar("T")


def jobs() -> int:
    """How many processes a build may use: XSDK_JOBS, else the CPUs this process may run on."""
    setting = os.environ.get("XSDK_JOBS", "")
    if setting.isdigit() and int(setting) > 0:
        return int(setting)
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else (os.cpu_count() or 1)


class Background(Generic[T]):
    """`work()` started now in a child process; `result()` waits for it (or runs it here)."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work
        self._pid = 0
        self._read = -1
        if jobs() < 2 or not hasattr(os, "fork"):
            return
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: compute, send, and leave without running any of the parent's exit code
            os.close(read)
            status = 0
            try:
                payload = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as pipe:
                    pipe.write(payload)
            except BaseException:  # noqa: BLE001 - the parent redoes the work and sees the error itself
                status = 1
            os._exit(status)
        os.close(write)
        self._pid, self._read = pid, read

    def __del__(self) -> None:  # never awaited (the caller failed first): do not leave the child behind
        self.abandon()

    def abandon(self) -> None:
        """Wait for the child to end, without its result (the caller failed; whatever the child does to
        the disk is over when this returns)."""
        if self._pid:
            pid, self._pid = self._pid, 0
            try:
                os.close(self._read)
                os.waitpid(pid, 0)
            except OSError:
                pass

    def result(self) -> T:
        if not self._pid:
            return self._work()
        with os.fdopen(self._read, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        if status != 0 or not payload:
            return self._work()
        result: T = pickle.loads(payload)
        return result
