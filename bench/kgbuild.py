"""Run ``kg build`` in a child process for the benchmarks: -> wall seconds.

``timed_build(corpus, store, quarantine, *extra) -> float``; a crash (exit code 2 or more)
stops the benchmark with kg's own error output.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

KG = str(Path(sys.executable).with_name("kg"))


def timed_build(corpus: Path, store: str | Path, quarantine: Path, *extra: str) -> float:
    """``kg build CORPUS --store STORE --quiet --quarantine Q *extra`` -> wall seconds (exit 0
    or 1: 1 only means some input was rejected or quarantined)."""
    cmd = [KG, "build", str(corpus), "--store", str(store), "--quiet"]
    cmd += ["--quarantine", str(quarantine), *extra]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    dt = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[1:])} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return dt
