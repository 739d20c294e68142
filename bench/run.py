"""Benchmark runner: `make bench` or `.venv/bin/python bench/run.py [name ...]`.

Builds a throw-away database (SQLite unless DATABASE_URL is set), loads the demo content, then
runs every ``bench/bench_*.py`` module's ``run()`` and prints the figures it returns. Later
issues add modules; each prints what its issue promises (queries, throughput, ratios).
"""

import importlib
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "example_site")]


def main(selected: list[str]) -> int:
    workdir = tempfile.mkdtemp(prefix="saypro-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.test")

    import django
    from django.core.management import call_command

    django.setup()
    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("saypro_demo", stdout=open(os.devnull, "w"))
    print(f"setup: {time.perf_counter() - started:.1f} s ({os.environ['DATABASE_URL']})")

    modules = sorted(path.stem for path in Path(__file__).parent.glob("bench_*.py"))
    for name in modules:
        if selected and name.removeprefix("bench_") not in selected and name not in selected:
            continue
        module = importlib.import_module(f"bench.{name}")
        print(f"\n## {name.removeprefix('bench_')}: {module.__doc__.strip().splitlines()[0]}")
        for label, value, unit in module.run():
            print(f"{label:<48} {value:>12,.1f} {unit}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
