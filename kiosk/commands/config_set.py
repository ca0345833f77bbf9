"""`kiosk config set KEY VALUE ...`: change keys of a configuration file, keep the rest.

The installers use it (install-linux.sh, and the Windows setup through kiosk-cli.exe) so that
a parameter changes its own key only: keys IT added by hand, tables the installer knows
nothing of, comments' values all survive an update. The file is validated as the kiosk would
read it before anything is written, and written with tomli_w, never by hand.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "config"
HELP = "Đặt khoá cấu hình / set configuration keys (installers, IT)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    setter = sub.add_parser("set", help="set KEY VALUE pairs (e.g. gateway.url https://...)")
    setter.add_argument(
        "--file",
        type=Path,
        default=None,
        help="file to change (default: the system-wide file, docs/configuration.md)",
    )
    setter.add_argument("pairs", nargs="+", metavar="KEY VALUE")
    sub.add_parser("files", help="list the files read, in the order they apply")


def run(args: argparse.Namespace) -> int:
    from kiosk import config, paths

    if args.action == "files":
        for path in config.config_files():
            print(path)
        return 0
    if len(args.pairs) % 2:
        print("kiosk config set: KEY VALUE pairs expected", file=sys.stderr)
        return 2
    pairs = list(zip(args.pairs[::2], args.pairs[1::2], strict=True))
    target = args.file or paths.system_config_file()
    try:
        values = config.typed_values(pairs)
        config.save(values, target, shared=True)
    except config.ConfigError as exc:
        from kiosk.ui.catalogue import config_words

        print(f"kiosk config set: {config_words.describe(exc)}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kiosk config set: {target}: {exc.strerror}", file=sys.stderr)
        return 2
    return 0
