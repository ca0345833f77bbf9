"""Run every benchmark in bench/ and print one table.

`make bench`, or `python -m bench.run [NAME ...]` for some of them.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

from bench.harness import Row, render


def main(argv: list[str]) -> int:
    wanted = set(argv)
    rows: list[Row] = []
    failed = 0
    for info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda i: i.name):
        if not info.name.startswith("bench_"):
            continue
        if wanted and info.name.removeprefix("bench_") not in wanted:
            continue
        print(f"running {info.name} …", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"bench.{info.name}")
            rows.extend(module.run())
        except Exception:
            failed += 1
            traceback.print_exc()
    print(render(rows))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
