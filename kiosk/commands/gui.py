"""The officer's GUI (the default command)."""

from __future__ import annotations

import argparse

NAME = "gui"
HELP = "Mở giao diện kiosk (mặc định) / start the kiosk GUI (default)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="show the first window, then exit 0 (packaging and benchmarks)",
    )
    parser.add_argument("--lang", choices=["vi", "en"], help="UI language for this run")


def run(args: argparse.Namespace) -> int:
    from kiosk.ui.app import run_gui

    return run_gui(smoke=args.smoke, language=args.lang)
