"""``kg build`` and ``kg validate``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from kg.cli import main
from kg.cli.options import open_for_reading, quiet_json_options, settings, store_option
from kg.errors import ConfigError, ValidatorError

#: the values of ``--executor``
EXECUTORS = ("local", "dask")


def _executor_name(
    option: str | None, scheduler_option: str | None, setting: str, scheduler: str
) -> str:
    """``--executor``, ``--scheduler`` and their settings -> "local" or "dask".

    An explicit ``--executor`` wins (``local`` with ``--scheduler`` is a contradiction); else
    ``--scheduler`` means dask; else ``$KG_EXECUTOR``, else dask when ``$KG_SCHEDULER`` is set.
    """
    if option == "local" and scheduler_option:
        raise ConfigError("--scheduler runs the build on Dask; it cannot go with --executor local")
    if option is not None:
        return option
    if scheduler_option:
        return "dask"
    if setting not in EXECUTORS:
        raise ConfigError(f"KG_EXECUTOR={setting!r}: expected one of {', '.join(EXECUTORS)}")
    if setting == "local" and scheduler and not os.environ.get("KG_EXECUTOR"):
        return "dask"
    return setting


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@store_option
@click.option(
    "--quarantine",
    default=None,
    metavar="DIR",
    help="Where non-conforming graphs and their reports go (default data/quarantine).",
)
@click.option("--max-bytes", type=int, default=None, help="Reject files larger than this.")
@click.option("--force", is_flag=True, help="Re-extract articles even when unchanged.")
@click.option("--id", "stdin_id", default=None, help="Article id for input read from '-'.")
@click.option(
    "--workers",
    "-j",
    type=int,
    default=None,
    help="Worker processes for extraction and validation, local or Dask (default 1; $KG_WORKERS).",
)
@click.option(
    "--executor",
    type=click.Choice(EXECUTORS),
    default=None,
    help="Run extraction in local processes or on Dask (default local; $KG_EXECUTOR).",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="A running Dask scheduler (tcp://host:8786) to build on; implies --executor dask "
    "($KG_SCHEDULER). Without it, --executor dask starts a local cluster of --workers processes.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show the progress bar on stderr (default: only on a terminal).",
)
@quiet_json_options
def build(
    paths: tuple[str, ...],
    store: str | None,
    quarantine: str | None,
    max_bytes: int | None,
    force: bool,
    stdin_id: str | None,
    workers: int | None,
    executor: str | None,
    scheduler: str | None,
    progress: bool | None,
    quiet: bool,
    as_json: bool,
) -> None:
    """Ingest articles from PATHs (files, folders, or - for stdin) into the store.

    Reads .txt, .json, .jsonl and .html; extracts actors, statements and events; validates each
    article graph with SHACL; stores it as one named graph. Exit 1 if anything was rejected.
    """
    from tqdm import tqdm

    from kg.build import build as run_build
    from kg.ingest.readers import expand
    from kg.store import open_store

    s = settings(
        store=store,
        quarantine=quarantine,
        max_bytes=max_bytes,
        workers=workers,
        executor=executor,
        scheduler=scheduler,
    )
    how = _executor_name(executor, scheduler, s.executor, s.scheduler)
    dask = None
    if how == "dask":  # before reading any input: a missing extra or scheduler fails at once
        from kg.build_dask import DaskExecutor

        dask = DaskExecutor(scheduler=s.scheduler or None, workers=max(1, s.workers))
        dask.start()
    show = progress if progress is not None else (None if not (quiet or as_json) else False)
    files = list(expand(paths))
    # one article per file, except JSON lines and stdin: then the bar counts without a total
    one_each = all(
        f != "-" and str(f).lower().endswith((".txt", ".json", ".html", ".htm")) for f in files
    )
    bar = tqdm(
        total=len(files) if one_each else None,
        unit="article",
        desc="kg build",
        disable=None if show is None else not show,
        file=sys.stderr,
        mininterval=0.2,
    )
    try:
        with open_store(s.store) as st:
            report = run_build(
                paths,
                st,
                workers=s.workers,
                quarantine_dir=s.quarantine,
                max_bytes=s.max_bytes,
                force=force,
                progress=bar.update,
                stdin_id=stdin_id,
                executor=dask,
            )
            total = len(st.articles())
    finally:
        if dask is not None:
            dask.close()
    bar.close()
    for r in report.rejected:
        click.echo(f"kg: rejected {r}", err=True)
    for aid, path in report.nonconforming:
        click.echo(
            f"kg: {aid}: does not conform to the shapes, quarantined (report: {path})", err=True
        )
    if as_json:
        click.echo(json.dumps(dict(report.to_dict(), articles_in_store=total), ensure_ascii=False))
    elif not quiet:
        click.echo(
            f"stored {len(report.stored)}, unchanged {len(report.unchanged)}, "
            f"rejected {len(report.rejected)}, not conforming {len(report.nonconforming)}; "
            f"{total} articles in {s.store}"
        )
    sys.exit(report.exit_code)


@main.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@store_option
@quiet_json_options
def validate(file: str | None, store: str | None, quiet: bool, as_json: bool) -> None:
    """Validate FILE (Turtle, TriG, N-Quads...) or every article graph in the store with SHACL.

    Exit 0 when everything conforms, 1 when something does not, 2 on error.
    """
    from rdflib import Dataset, Graph

    from kg.validate import Validator

    v = Validator()
    results: dict[str, object] = {}
    if file:
        path = Path(file)
        try:
            if path.suffix in (".trig", ".nq"):
                ds = Dataset().parse(path)
                graphs = {str(g.identifier): g for g in ds.graphs() if len(g)}
            else:
                graphs = {str(path): Graph().parse(path)}
        except Exception as exc:  # parser errors come in many types
            raise ValidatorError(f"cannot parse {path}: {exc}") from exc
        for name, g in graphs.items():
            results[name] = v.validate(g)
    else:
        with open_for_reading(store) as st:
            for aid in st.articles():
                results[aid] = v.validate(st.article_graph(aid))
    bad = {k: r for k, r in results.items() if not r.conforms}
    if as_json:
        click.echo(
            json.dumps(
                {
                    "checked": len(results),
                    "conforms": not bad,
                    "failures": {k: r.messages() for k, r in bad.items()},
                },
                ensure_ascii=False,
            )
        )
    elif not quiet:
        for k, r in bad.items():
            click.echo(f"{k}: does not conform\n{r.text}")
        click.echo(f"{len(results)} graph(s) checked, {len(bad)} not conforming")
    sys.exit(1 if bad else 0)
