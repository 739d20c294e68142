"""Benchmark runner: `make bench` or `.venv/bin/python bench/run.py [name ...] [--rebuild]`.

Builds a throw-away database (SQLite in a temporary folder unless DATABASE_URL is set), loads
the demo content, then runs every ``bench/bench_*.py`` module's ``run()`` (or only the named
ones: ``pages``, ``helpcenter``, ``search``, ``accounts``) and prints the figures it returns.
Later issues add modules; each prints what its issue promises (queries, throughput, ratios).

``run()`` yields ``(label, value, unit)`` rows or plain strings (notes), and may take the parsed
options (``--rebuild``). A module that raises is reported as FAILED and the runner exits 1
after running the others. A module with ``REQUIRES = "postgresql"`` is skipped on another
database when all modules run, and is an error when it was asked for by name.

The demo database ``example_site/db.sqlite3`` is never used: point DATABASE_URL at a database
of your own, e.g. ``postgres://postgres@127.0.0.1:5432/saypro_bench`` (created when missing).
The pages are served with DEBUG off, as in production.
"""

import argparse
import importlib
import inspect
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "example_site")]
DEMO_DATABASE = ROOT / "example_site" / "db.sqlite3"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument(
        "--rebuild",
        action="store_true",
        help="search: drop and recreate the 10,000 articles even if they are already there",
    )
    return parser.parse_args(argv)


def ensure_postgres_database(settings_dict) -> None:
    """Create the PostgreSQL database DATABASE_URL names if it does not exist yet."""
    import psycopg
    from psycopg import sql

    params = {
        "host": settings_dict["HOST"] or None,
        "port": settings_dict["PORT"] or None,
        "user": settings_dict["USER"] or None,
        "password": settings_dict["PASSWORD"] or None,
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        name = settings_dict["NAME"]
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"created database {name}")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    workdir = tempfile.mkdtemp(prefix="saypro-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.test")

    import django
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    django.setup()
    # Measure as in production: no query log, no template debugging (the test settings set
    # DEBUG; the template engine and the URLconf are only built on first use, after this).
    settings.DEBUG = False
    database = settings.DATABASES["default"]
    if connection.vendor == "sqlite" and Path(database["NAME"]).resolve() == DEMO_DATABASE:
        print("bench: refusing to use the demo database example_site/db.sqlite3", file=sys.stderr)
        return 2

    names = sorted(path.stem for path in Path(__file__).parent.glob("bench_*.py"))
    unknown = [n for n in args.names if f"bench_{n.removeprefix('bench_')}" not in names]
    if unknown:
        print(f"bench: no benchmark named {', '.join(unknown)}", file=sys.stderr)
        return 2
    selected = [
        name
        for name in names
        if not args.names or name in args.names or name.removeprefix("bench_") in args.names
    ]
    modules = {name: importlib.import_module(f"bench.{name}") for name in selected}
    for name, module in list(modules.items()):
        required = getattr(module, "REQUIRES", None)
        if required and connection.vendor != required:
            message = (
                f"{name.removeprefix('bench_')} needs {required}, not {connection.vendor}: "
                "set DATABASE_URL=postgres://postgres@127.0.0.1:5432/saypro_bench"
            )
            if args.names:
                print(f"bench: error: {message}", file=sys.stderr)
                return 2
            print(f"skipped {message}")
            del modules[name]

    if connection.vendor == "postgresql":
        ensure_postgres_database(database)
    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("saypro_demo", stdout=open(os.devnull, "w"))
    print(f"setup: {time.perf_counter() - started:.1f} s ({os.environ['DATABASE_URL']})")

    status = 0
    for name, module in modules.items():
        print(f"\n## {name.removeprefix('bench_')}: {module.__doc__.strip().splitlines()[0]}")
        try:
            rows = module.run(args) if inspect.signature(module.run).parameters else module.run()
            for row in rows:
                print_row(row)
        except Exception:
            traceback.print_exc()
            print(f"FAILED: {name.removeprefix('bench_')}")
            status = 1
    return status


def print_row(row) -> None:
    if isinstance(row, str):
        print(row, flush=True)
        return
    label, value, unit = row
    if isinstance(value, int):
        figure = f"{value:>12,}"
    elif abs(value) < 10:
        figure = f"{value:>12,.2f}"
    else:
        figure = f"{value:>12,.1f}"
    print(f"{label:<64} {figure} {unit}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
