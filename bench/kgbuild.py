"""Run ``kg build`` in a child process for the benchmarks: -> wall seconds.

``timed_build(corpus, store, quarantine, *extra, cpu=None) -> float``; a crash (exit code 2 or
more) stops the benchmark with kg's own error output. With ``cpu`` (a dict), the CPU seconds
(user + system) of the writer (the ``kg build`` process) and of its worker processes are put
in ``cpu["writer"]`` and ``cpu["workers"]``: the process tree is sampled every 0.2 s, since
pool workers are not reaped by the writer and never show in its ``RUSAGE_CHILDREN``.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import psutil

KG = str(Path(sys.executable).with_name("kg"))


def timed_build(
    corpus: Path, store: str | Path, quarantine: Path, *extra: str, cpu: dict | None = None
) -> float:
    """``kg build CORPUS --store STORE --quiet --quarantine Q *extra`` -> wall seconds (exit 0
    or 1: 1 only means some input was rejected or quarantined)."""
    cmd = [KG, "build", str(corpus), "--store", str(store), "--quiet"]
    cmd += ["--quarantine", str(quarantine), *extra]
    seen: dict[int, float] = {}
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        if cpu is not None:
            _sample(root, seen)
        time.sleep(0.2)
    dt = time.perf_counter() - t
    _, stderr = proc.communicate()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[1:])} failed ({proc.returncode}): {stderr[-2000:]}")
    if cpu is not None:
        cpu["writer"] = seen.pop(proc.pid, 0.0)
        cpu["workers"] = sum(seen.values())
    return dt


def _sample(root: psutil.Process, seen: dict[int, float]) -> None:
    """CPU seconds so far of ``root`` and every descendant -> ``seen`` (pid -> seconds)."""
    try:
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return
    for p in procs:
        try:
            t = p.cpu_times()
            seen[p.pid] = t.user + t.system
        except psutil.Error:
            pass
