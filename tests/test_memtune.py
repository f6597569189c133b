"""kg.memtune: glibc allocator tuning for builds (Linux), once per process, off on request."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = "from kg.memtune import tune_malloc; print(tune_malloc(), tune_malloc())"


def _run(env_extra: dict[str, str]) -> str:
    env = {**os.environ, **env_extra}
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_applied_once_on_glibc() -> None:
    assert _run({"KG_MALLOC_TUNE": "1"}) == "True True"


def test_switched_off_by_environment() -> None:
    assert _run({"KG_MALLOC_TUNE": "0"}) == "False False"


def test_fewer_page_faults_when_reusing_big_buffers() -> None:
    """The point of it: a loop that allocates and frees 2 MB strings faults far less."""
    loop = (
        "import resource,sys\n"
        "from kg.memtune import tune_malloc\n"
        "if sys.argv[1] == '1': tune_malloc()\n"
        "f0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt\n"
        "for i in range(300):\n"
        "    s = ('x' * (2 << 20)) + str(i)\n"
        "    del s\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - f0)\n"
    )
    faults = {}
    for flag in ("0", "1"):
        out = subprocess.run(
            [sys.executable, "-c", loop, flag], capture_output=True, text=True, check=True
        )
        faults[flag] = int(out.stdout)
    assert faults["1"] * 5 < faults["0"], faults
