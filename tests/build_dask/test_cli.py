"""``kg build --executor dask`` / ``--scheduler`` end to end, how the executor is chosen, and the
error when Dask is not installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.cli.build import _executor_name
from kg.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def _kg(args, env_extra=None, tmp_path=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "kg", "build", *args],
        cwd=tmp_path or ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_cli_executor_dask_starts_a_local_cluster(seeds_dir, tmp_path):
    r = _kg(
        [str(seeds_dir), "--executor", "dask", "-j", "2", "--store", "memory", "--json"],
        tmp_path=tmp_path,
    )
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["stored"] == 5 and out["rejected"] == [] and out["articles_in_store"] == 5


@pytest.mark.parametrize("how", ["option", "env"])
def test_cli_builds_on_a_running_scheduler(how, dask_cluster, seeds_dir, tmp_path):
    address = dask_cluster.scheduler_address
    prefix = dask_cluster.scheduler.task_prefixes.get("process_batch")
    before = prefix.state_counts["memory"] if prefix else 0
    args = [str(seeds_dir), "--store", "memory", "--json"]
    if how == "option":
        r = _kg([*args, "--scheduler", address], tmp_path=tmp_path)
    else:
        r = _kg(args, {"KG_SCHEDULER": address}, tmp_path=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["stored"] == 5
    # the batches ran on that cluster
    after = dask_cluster.scheduler.task_prefixes["process_batch"].state_counts["memory"]
    assert after > before


@pytest.mark.parametrize(
    ("option", "scheduler_option", "setting", "scheduler", "env_executor", "expected"),
    [
        (None, None, "local", "", None, "local"),
        ("dask", None, "local", "", None, "dask"),
        (None, "tcp://h:8786", "local", "tcp://h:8786", None, "dask"),
        (None, None, "local", "tcp://h:8786", None, "dask"),  # $KG_SCHEDULER alone
        (None, None, "local", "tcp://h:8786", "local", "local"),  # $KG_EXECUTOR=local wins
        (None, None, "dask", "", "dask", "dask"),
        ("local", None, "local", "tcp://h:8786", None, "local"),  # the option beats the env
    ],
)
def test_executor_choice(
    monkeypatch, option, scheduler_option, setting, scheduler, env_executor, expected
):
    monkeypatch.delenv("KG_EXECUTOR", raising=False)
    if env_executor:
        monkeypatch.setenv("KG_EXECUTOR", env_executor)
    assert _executor_name(option, scheduler_option, setting, scheduler) == expected


@pytest.mark.parametrize(
    ("option", "scheduler_option", "setting"),
    [("local", "tcp://h:8786", "local"), (None, None, "ray")],
)
def test_executor_choice_errors(option, scheduler_option, setting):
    with pytest.raises(ConfigError):
        _executor_name(option, scheduler_option, setting, "")


@pytest.mark.parametrize("args", [["--executor", "dask"], ["--scheduler", "tcp://127.0.0.1:8786"]])
def test_missing_dask_names_the_extra(monkeypatch, seeds_dir, tmp_path, args):
    # a None entry in sys.modules makes `import distributed` raise ImportError
    monkeypatch.setitem(sys.modules, "distributed", None)
    monkeypatch.setitem(sys.modules, "dask", None)
    store = tmp_path / "store"
    r = CliRunner().invoke(main, ["build", str(seeds_dir), "--store", str(store), *args])
    assert r.exit_code == 2, r.output
    assert "pip install 'kg[dask]'" in r.stderr
    assert not store.exists()  # it failed before opening the store or reading any input


def test_local_executor_does_not_need_dask(monkeypatch, seeds_dir, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    monkeypatch.setitem(sys.modules, "dask", None)
    r = CliRunner().invoke(
        main,
        ["build", str(seeds_dir), "--store", "memory", "--quarantine", str(tmp_path), "--json"],
    )
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["stored"] == 5
