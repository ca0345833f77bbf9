"""Runtime hook of the frozen kiosk, run before kiosk.cli is imported.

- Portable install: a folder `kiosk-home` next to the executable becomes KIOSK_HOME, so config,
  data and logs travel with a USB-stick copy and never touch the PC's profile.
- Windowed kiosk.exe has no console: sys.stdout/stderr are None there, and a stray print (or
  argparse's --help) would crash the GUI. They go to the null device instead; kiosk-cli.exe is
  the console twin for IT.
"""

import os
import sys


def _portable_home() -> None:
    if os.environ.get("KIOSK_HOME"):
        return
    candidate = os.path.join(os.path.dirname(sys.executable), "kiosk-home")
    if os.path.isdir(candidate):
        os.environ["KIOSK_HOME"] = candidate


def _no_console_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


_portable_home()
_no_console_streams()
