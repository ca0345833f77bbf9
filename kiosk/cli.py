"""The `kiosk` program: the GUI by default, subcommands for IT staff and automation."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

import kiosk
import kiosk.commands

DEFAULT_COMMAND = "gui"


def _command_modules() -> list[ModuleType]:
    modules = []
    for info in pkgutil.iter_modules(kiosk.commands.__path__):
        if info.name.startswith("_"):
            continue
        modules.append(importlib.import_module(f"kiosk.commands.{info.name}"))
    return sorted(modules, key=lambda m: str(m.NAME))


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description=f"{kiosk.APP_TITLE} (officer, supervisor and IT tools).",
        epilog="Without a command: the GUI, e.g. `kiosk`, `kiosk --lang en`, `kiosk --smoke` "
        "(show the first window, then exit 0); see `kiosk gui --help`.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {kiosk.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands: dict[str, ModuleType] = {}
    for module in _command_modules():
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        commands[module.NAME] = module
    return parser, commands


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--sane-worker"]:
        # Internal: the kiosk's own child process that talks to libsane (sane_worker.py).
        from kiosk.scanner.sane_worker import serve

        code = 1
        try:
            code = serve()
        finally:
            with contextlib.suppress(OSError, ValueError):
                sys.stdout.flush()
                sys.stderr.flush()
            # No interpreter shutdown: its threads are blocked reading stdin or stuck in a
            # driver, and finalisation would abort on them (SIGABRT). The answer has been sent,
            # or the parent reads the exit code.
            os._exit(code)
    parser, commands = build_parser()
    # `kiosk`, `kiosk --smoke`, `kiosk --lang en` all mean the GUI.
    if not args_list or (
        args_list[0].startswith("-") and args_list[0] not in ("-h", "--help", "--version")
    ):
        args_list.insert(0, DEFAULT_COMMAND)
    args = parser.parse_args(args_list)
    module = commands[args.command]
    result: int = module.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
