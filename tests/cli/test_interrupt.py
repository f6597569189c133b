"""A build killed midway (SIGKILL) leaves a consistent store, and a rerun completes it."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))


def test_kill_midway_then_rerun(tmp_path):
    from corpus import make_corpus

    from kg.store import open_store
    from kg.validate import Validator

    corpus = tmp_path / "corpus"
    n = 300
    make_corpus(corpus, n, seed=7)
    store = tmp_path / "store"
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store)]
    proc = subprocess.Popen(
        [*cmd, "--progress"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    # wait until the progress bar shows that a good part of the batch is done
    buf, deadline = "", time.monotonic() + 300
    while time.monotonic() < deadline:
        ch = proc.stderr.read(1)
        if not ch:
            break
        buf += ch
        done = re.findall(r"(\d+)/\d+ \[", buf[-120:])  # tqdm: "  13%|█▎  | 40/300 [00:05<…"
        if done and int(done[-1]) >= 150:  # past two write batches (kg.build.WRITE_BATCH)
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the build finished before it could be killed"

    v = Validator()
    with open_store(store) as st:
        stored = st.articles()
        assert 0 < len(stored) < n
        for aid in stored[:: max(1, len(stored) // 10)]:
            g = st.article_graph(aid)
            assert st.article_hash(aid) is not None
            assert v.validate(g).conforms, aid

    r = subprocess.run([*cmd, "--json"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["unchanged"] >= len(stored) - 1  # the one in flight may or may not be there
    assert summary["articles_in_store"] == n
