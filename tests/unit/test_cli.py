import subprocess
import sys

import kiosk
from kiosk.cli import build_parser, main


def test_version_in_process(capsys) -> None:
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert kiosk.__version__ in capsys.readouterr().out


def test_python_dash_m_and_subcommands_listed() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", "--help"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0
    assert "gui" in out.stdout
    _parser, commands = build_parser()
    assert "gui" in commands
    for module in commands.values():
        assert module.HELP and callable(module.run) and callable(module.add_arguments)


def test_the_gui_options_are_named_in_the_top_level_help(capsys) -> None:
    import pytest

    from kiosk.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "--smoke" in out and "--lang" in out
