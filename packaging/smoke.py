"""Smoke test of the frozen kiosk: `python packaging/smoke.py dist/kiosk`.

Runs the bundle as IT and the counter would: version, help (every subcommand listed), the GUI
offscreen and, where Xvfb exists, on a real X display, the three document commands on made-up
inputs, the training gateway answering a log-in on loopback, and the doctor. Any failure exits
1: a bundle that cannot find a font or a Qt plugin must fail here, not at a desk.
"""

from __future__ import annotations

import argparse
import json
import os
import pkgutil
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT))

import smoke_samples  # noqa: E402

TIMEOUT_S = 180
QT_TROUBLE = (
    "Could not load the Qt platform plugin",
    "Could not find the Qt platform plugin",
    "Cannot load library",
    "Traceback (most recent call last)",
    "QFont::",
    "Fontconfig error",
)


class SmokeFailure(Exception):
    pass


class Bundle:
    def __init__(self, folder: Path, work: Path) -> None:
        self.folder = folder
        suffix = ".exe" if sys.platform == "win32" else ""
        self.gui = folder / f"kiosk{suffix}"
        # On Windows the windowed kiosk.exe has no console: IT commands go to kiosk-cli.exe.
        self.cli = folder / ("kiosk-cli.exe" if sys.platform == "win32" else "kiosk")
        self.work = work
        self.home = work / "home"
        self.home.mkdir(parents=True, exist_ok=True)

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            # The frozen app must not lean on the build's Python or Qt environment.
            if not k.startswith(("PYTHON", "QT_", "VIRTUAL_ENV"))
        }
        env.update(KIOSK_HOME=str(self.home), QT_QPA_PLATFORM="offscreen")
        env.update(extra)
        return {k: v for k, v in env.items() if v != ""}

    def run(
        self, *args: str, exe: Path | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(  # noqa: S603
            [str(exe or self.cli), *args],
            env=env or self.env(),
            cwd=self.work,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
            check=False,
        )


def expect(result: subprocess.CompletedProcess[str], what: str, code: int = 0) -> None:
    if result.returncode != code:
        raise SmokeFailure(
            f"{what}: exit {result.returncode}, wanted {code}\n"
            f"stdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-3000:]}"
        )
    trouble = [t for t in QT_TROUBLE if t in result.stderr]
    if trouble:
        raise SmokeFailure(f"{what}: stderr mentions {trouble}\n{result.stderr[-3000:]}")


def check_version(b: Bundle) -> str:
    from importlib import metadata

    result = b.run("--version")
    expect(result, "--version")
    wanted = f"kiosk {metadata.version('kiosk')}"
    if result.stdout.strip() != wanted:
        raise SmokeFailure(f"--version said {result.stdout.strip()!r}, wanted {wanted!r}")
    return wanted


def check_help(b: Bundle) -> str:
    import kiosk.commands

    result = b.run("--help")
    expect(result, "--help")
    names = []
    for info in pkgutil.iter_modules(kiosk.commands.__path__):
        if info.name.startswith("_"):
            continue
        module = __import__(f"kiosk.commands.{info.name}", fromlist=["NAME"])
        names.append(str(module.NAME))
    missing = [n for n in names if n not in result.stdout]
    if missing:
        raise SmokeFailure(f"--help does not list {missing}:\n{result.stdout}")
    return f"{len(names)} commands listed: {', '.join(sorted(names))}"


def check_gui_offscreen(b: Bundle) -> str:
    expect(b.run("--smoke", exe=b.gui), "GUI --smoke (offscreen)")
    expect(b.run("--smoke", "--lang", "en", exe=b.gui), "GUI --smoke --lang en")
    log = b.home / "logs" / "kiosk.log"
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    if "translation kiosk_en not found" in text:
        raise SmokeFailure("the English catalogue (kiosk_en.qm) is not in the bundle")
    return "first window shown and closed, vi and en"


def check_gui_xcb(b: Bundle) -> str:
    xvfb = shutil.which("Xvfb")
    if not sys.platform.startswith("linux") or xvfb is None:
        return "SKIPPED (no Xvfb here)"
    display = f":{90 + os.getpid() % 9}"
    server = subprocess.Popen(  # noqa: S603
        [xvfb, display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        socket_path = Path(f"/tmp/.X11-unix/X{display[1:]}")  # noqa: S108 (X11 fixes it)
        while not socket_path.exists():
            if time.monotonic() > deadline or server.poll() is not None:
                return "SKIPPED (Xvfb did not start)"
            time.sleep(0.05)
        env = b.env(QT_QPA_PLATFORM="", DISPLAY=display)
        env.pop("QT_QPA_PLATFORM", None)
        expect(b.run("--smoke", exe=b.gui, env=env), "GUI --smoke on X11 (xcb plugin)")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return f"first window shown on Xvfb {display}"


def check_documents(b: Bundle) -> str:
    from pypdf import PdfReader

    samples = smoke_samples.make(b.work / "samples")
    result = b.run("read-qr", str(samples.front))
    expect(result, "read-qr")
    read = json.loads(result.stdout.splitlines()[0])
    if read.get("id_number") != samples.id_number:
        raise SmokeFailure("read-qr did not return the card's ID number")

    card_pdf = b.work / "cccd.pdf"
    expect(
        b.run("idcard-pdf", str(samples.front), str(samples.back), "-o", str(card_pdf)),
        "idcard-pdf",
    )
    if len(PdfReader(card_pdf).pages) != 1:
        raise SmokeFailure("idcard-pdf did not write a one-page PDF")

    form_pdf = b.work / "form.pdf"
    expect(b.run("request-form", str(samples.form_json), "-o", str(form_pdf)), "request-form")
    reader = PdfReader(form_pdf)
    fonts = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    if not any("Crimson" in f for f in fonts):
        raise SmokeFailure(f"request-form PDF lacks the bundled Crimson Text font: {fonts}")
    text = "".join(page.extract_text() or "" for page in reader.pages)
    if "ĐỀ NGHỊ" not in text.upper():
        raise SmokeFailure("request-form PDF text lacks its Vietnamese title")
    return f"read-qr, idcard-pdf ({card_pdf.stat().st_size} B), request-form (fonts {len(fonts)})"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def check_sandbox(b: Bundle) -> str:
    from kiosk.sandbox.seed import DEMO_PASSWORD, OFFICERS

    port = _free_port()
    process = subprocess.Popen(  # noqa: S603
        [str(b.cli), "sandbox", "--port", str(port), "--db", str(b.work / "gateway.sqlite3")],
        env=b.env(),
        cwd=b.work,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/v1/health", timeout=2) as answer:  # noqa: S310
                    health = json.loads(answer.read())
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if process.poll() is not None or time.monotonic() > deadline:
                    out, err = process.communicate(timeout=10)
                    raise SmokeFailure(f"sandbox did not answer on {base}\n{out}\n{err}") from None
                time.sleep(0.2)
        body = json.dumps({"username": OFFICERS[0].username, "password": DEMO_PASSWORD})
        request = urllib.request.Request(  # noqa: S310
            f"{base}/v1/auth/login",
            data=body.encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
            if answer.status != 200 or "access_token" not in json.loads(answer.read()):
                raise SmokeFailure("sandbox refused the demo log-in")
    finally:
        process.terminate()
        try:
            process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
    return f"health {health.get('status')} ({health.get('mode')}), demo log-in accepted"


def check_doctor(b: Bundle) -> str:
    # The machine-independent checks: this build machine has no scanner, printer or keyring.
    wanted = "config,gateway,clock,login,fonts,disk,data_dir,version"
    result = b.run("doctor", "--json", "--only", wanted)
    report = json.loads(result.stdout)
    failed = [c for c in report["checks"] if c["status"] == "fail"]
    if failed or result.returncode != 0:
        raise SmokeFailure(f"doctor found failures in the bundle: {failed}\n{result.stderr}")
    full = b.run("doctor")
    if full.returncode not in (0, 1) or "Phiên bản" not in full.stdout:
        raise SmokeFailure(f"doctor (all checks) did not print its table\n{full.stderr}")
    return f"{len(report['checks'])} bundle checks passed; full table printed"


def check_installed_mode(b: Bundle) -> str:
    """The frozen bundle counts as installed: without a gateway it is not configured (the
    doctor's mode line fails), and `kiosk config set` chooses training on purpose."""
    result = b.run("doctor", "--json", "--only", "mode")
    status = json.loads(result.stdout)["checks"][0]["status"]
    if result.returncode != 1 or status != "fail":
        raise SmokeFailure(f"the bundle without a gateway did not say 'not configured': {status}")
    system = b.home / "system" / "config.toml"
    chosen = b.run("config", "set", "--file", str(system), "gateway.mode", "training")
    if chosen.returncode != 0:
        raise SmokeFailure(f"config set failed: {chosen.stderr}")
    try:
        again = b.run("doctor", "--json", "--only", "mode")
        if again.returncode != 0:
            raise SmokeFailure(f"training chosen in config, the doctor still fails\n{again.stdout}")
    finally:
        system.unlink()  # the checks after this one run on the defaults
    return "not configured without a gateway; training when chosen in config"


def check_scanner_backends(b: Bundle) -> str:
    """Cameras can be listed (Qt Multimedia and its plugin are bundled) and, on Linux, the
    SANE child process (`kiosk --sane-worker`) starts from the frozen executable and answers."""
    plugins = [p for p in b.folder.rglob("*plugins/multimedia/*") if p.is_file()]
    if not plugins:
        raise SmokeFailure("no Qt Multimedia backend plugin in the bundle: cameras unusable")
    result = b.run("doctor", "--json", "--only", "scanners")
    detail = json.loads(result.stdout)["checks"][0]["detail"]
    if "Qt Multimedia" in detail or "No QtMultimedia backends" in result.stderr:
        raise SmokeFailure(f"cameras cannot be listed in the bundle: {detail}\n{result.stderr}")
    if any(t in detail for t in ("sane:", "escl:", "ngoài dự kiến")):  # a backend failed
        raise SmokeFailure(f"a scanner backend failed in the bundle: {detail}\n{result.stderr}")
    sane = "SANE worker answered"
    test_conf = Path("/etc/sane.d/test.conf")
    if test_conf.is_file():
        # libsane's `test` backend: the frozen SANE child must find and list a device.
        conf = b.work / "sane"
        conf.mkdir(exist_ok=True)
        (conf / "dll.conf").write_text("test\n", encoding="utf-8")
        shutil.copy(test_conf, conf / "test.conf")
        listed = b.run(
            "doctor", "--json", "--only", "scanners", env=b.env(SANE_CONFIG_DIR=str(conf))
        )
        detail = json.loads(listed.stdout)["checks"][0]["detail"]
        if "(sane)" not in detail:
            raise SmokeFailure(f"the frozen SANE worker listed no test device: {detail}")
        sane = "the frozen SANE worker lists the test device"
    return f"cameras listed ({', '.join(p.name for p in plugins)}); {sane}"


def check_chip_readers(b: Bundle) -> str:
    """pyscard is in the bundle and lists PC/SC readers (none here is fine: no pcscd)."""
    result = b.run("doctor", "--json", "--only", "chip")
    checks = json.loads(result.stdout)["checks"]
    said = json.dumps(checks, ensure_ascii=False)
    if not checks or "=pyscard" in said:  # chip_pcsc_unavailable (error=pyscard): not frozen in
        raise SmokeFailure(f"the bundle cannot load pyscard: {said}\n{result.stderr}")
    return f"chip line: {checks[0]['status']}"


def check_icon(b: Bundle) -> str:
    """The desktop entry's icon is where the entry says, inside the bundle."""
    entry = (ROOT / "packaging" / "linux" / "kiosk.desktop").read_text(encoding="utf-8")
    line = next(x for x in entry.splitlines() if x.startswith("Icon="))
    icon = b.folder / line.removeprefix("Icon=").removeprefix("/opt/kiosk/")
    if not icon.is_file():
        raise SmokeFailure(f"the desktop entry's icon is not in the bundle: {icon}")
    return f"{icon.relative_to(b.folder)} ({icon.stat().st_size} B)"


def check_linked_libraries(b: Bundle) -> str:
    """Every bundled library finds what it links to (a trimmed dependency would not)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return "SKIPPED (not Linux)"
    internal = b.folder / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    missing: dict[str, list[str]] = {}
    count = 0
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        count += 1
        out = subprocess.run(  # noqa: S603
            ["ldd", str(path)],  # noqa: S607
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
        if lost:
            missing[str(path.relative_to(b.folder))] = lost
    if missing:
        raise SmokeFailure(f"libraries with unresolved dependencies: {missing}")
    return f"{count} libraries resolve"


CHECKS: list[tuple[str, Callable[[Bundle], str]]] = [
    ("version", check_version),
    ("help", check_help),
    ("gui offscreen", check_gui_offscreen),
    ("gui xcb", check_gui_xcb),
    ("documents", check_documents),
    ("sandbox", check_sandbox),
    ("doctor", check_doctor),
    ("installed mode", check_installed_mode),
    ("scanner backends", check_scanner_backends),
    ("chip readers", check_chip_readers),
    ("icon", check_icon),
    ("linked libraries", check_linked_libraries),
]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bundle", type=Path, help="the dist/kiosk folder")
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"smoke: {args.bundle} does not exist (run make dist)", file=sys.stderr)
        return 1
    failures = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kiosk-smoke-") as work:
        bundle = Bundle(args.bundle.resolve(), Path(work))
        for name, check in CHECKS:
            t0 = time.monotonic()
            try:
                said = check(bundle)
            except (SmokeFailure, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
                failures += 1
                print(f"FAIL {name}: {exc}", flush=True)
                continue
            print(f"ok   {name} ({time.monotonic() - t0:.1f} s): {said}", flush=True)
    verdict = "passed" if not failures else f"{failures} FAILED"
    print(f"smoke test of {args.bundle}: {verdict} in {time.monotonic() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
