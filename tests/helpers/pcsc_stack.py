"""A real PC/SC stack for the chip tests: Debian's pcscd with the vpcd virtual reader on a
private port, and emulated cards (chip_emulator.py) as child processes that connect to it.

Only the card is emulated; pcscd, the reader driver and pyscard are the real ones a counter
PC runs. pcscd's socket is the system's (/run/pcscd): Debian's pcscd has no option to move
it, so a pcscd already running is used as it is when it has our reader, else it is a skip."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
VSMARTCARD = Path("/usr/lib/python3/site-packages/virtualsmartcard")
DEBIAN_PYTHON = Path("/usr/bin/python3")
EMULATOR = Path(__file__).with_name("chip_emulator.py")
READER_LABEL = "Kiosk Test PCD"


def missing() -> str | None:
    """Why the stack cannot run here, or None."""
    if shutil.which("pcscd") is None:
        return "pcscd is not installed (scripts/system-deps.sh installs it as root)"
    if not VPCD_DRIVER.exists():
        return "vsmartcard-vpcd is not installed"
    if not VSMARTCARD.exists():
        return "python3-virtualsmartcard is not installed"
    probe = subprocess.run(
        [str(DEBIAN_PYTHON), "-c", "import Cryptodome"], capture_output=True, check=False
    )
    if probe.returncode:
        return "python3-pycryptodome is not installed"
    try:
        import smartcard  # noqa: F401
    except ImportError:
        return "pyscard is not installed (the 'chip' extra)"
    if os.geteuid() != 0:
        return "pcscd needs root to run here"
    return None


def _free_port_pair() -> int:
    for _ in range(50):
        with socket.socket() as a:
            a.bind(("127.0.0.1", 0))
            port = a.getsockname()[1]
        if port >= 65535:
            continue
        with socket.socket() as b:
            try:
                b.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port pair")


def _readers() -> list[str]:
    from smartcard.System import readers

    try:
        return [str(r) for r in readers()]
    except Exception:
        return []


@dataclass
class PcscStack:
    port: int
    reader: str
    process: subprocess.Popen[bytes] | None
    workdir: Path

    @contextlib.contextmanager
    def card(self, card_file: Path, *, wait: bool = True) -> Iterator[subprocess.Popen[bytes]]:
        """The emulated card in the reader for the block; removed (child ended) after."""
        child = self._insert(card_file, wait)
        try:
            yield child
        finally:
            if child.poll() is None:
                child.terminate()
                child.wait(timeout=10)
            else:
                # The card left during a command: the driver noticed, pcscd's poller (every
                # 0.4 s) has not. A card back within that gap would look never removed.
                time.sleep(1.0)
            self.wait_card(present=False)

    def _insert(self, card_file: Path, wait: bool) -> subprocess.Popen[bytes]:
        """Start the emulator; once in a while vpcd does not take a card connecting right
        after the previous one left (seen 2 in ~30 runs): then insert it once more."""
        for attempt in range(2):
            child = subprocess.Popen(
                [str(DEBIAN_PYTHON), str(EMULATOR), str(card_file), str(self.port)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
            assert child.stdout is not None
            if child.stdout.readline().strip() != b"ready":
                child.kill()
                child.wait(timeout=10)
                raise RuntimeError("the card emulator did not start")
            if not wait:
                return child
            try:
                self.wait_card(present=True, timeout=15.0)
                return child
            except TimeoutError:
                child.terminate()
                child.wait(timeout=10)
                if attempt:
                    raise
                time.sleep(1.0)  # pcscd's poller sees the reader empty before the retry
        raise AssertionError("unreachable")

    def wait_card(self, *, present: bool, timeout: float = 30.0) -> None:
        from smartcard.System import readers

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for r in readers():
                if str(r) != self.reader:
                    continue
                connection = r.createConnection()
                try:
                    connection.connect()
                except Exception:
                    seen = False
                else:
                    seen = True
                finally:
                    connection.release()
                if seen == present:
                    return
            time.sleep(0.05)
        raise TimeoutError(f"card {'present' if present else 'absent'} not seen")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start(workdir: Path) -> PcscStack:
    """pcscd with one vpcd reader on a free port; raises RuntimeError with the reason."""
    conf = workdir / "reader.conf.d"
    conf.mkdir(parents=True, exist_ok=True)
    port = _free_port_pair()
    (conf / "kiosk-test-vpcd").write_text(
        f'FRIENDLYNAME "{READER_LABEL}"\n'
        f"DEVICENAME   /dev/null:{port}\n"
        f"LIBPATH      {VPCD_DRIVER}\n"
        f"CHANNELID    {port}\n"
    )
    if Path("/run/pcscd/pcscd.comm").exists() and _readers():
        raise RuntimeError("another pcscd is running on this machine")
    log = (workdir / "pcscd.log").open("wb")
    process = subprocess.Popen(
        ["pcscd", "--foreground", "--config", str(conf), "--error"],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"pcscd exited with {process.returncode}")
        names = [r for r in _readers() if r.startswith(READER_LABEL)]
        if names:
            return PcscStack(port, sorted(names)[0], process, workdir)
        time.sleep(0.1)
    process.terminate()
    raise RuntimeError("pcscd did not show the virtual reader")


if __name__ == "__main__":  # manual check: python -m tests.helpers.pcsc_stack
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        stack = start(Path(tmp))
        print(stack.reader, stack.port, file=sys.stderr)
        stack.stop()
