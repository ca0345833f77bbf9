"""The kiosk's SANE backend: the real `test` driver, each operation in a child process that
a hang or a crash cannot take the kiosk with. Runs in the test process itself: the parent
never initialises libsane."""

from __future__ import annotations

import io
import sys
import threading
import time

import pytest

from kiosk.scanner import registry
from kiosk.scanner.device import CARD_REGION, ScanDevice, ScanOptions, no_progress
from kiosk.scanner.errors import (
    DeviceOfflineError,
    PaperJamError,
    ScanCancelledError,
    ScanError,
)
from kiosk.scanner.sane_worker import (
    CRASHED,
    STALLED,
    SaneWorkerDriver,
    read_message,
    write_message,
)
from tests.helpers.sane_test import sane_installed
from tests.unit.scanner.conftest import SaneConfig

DEVICE = ScanDevice("sane", "test:0", "test")


def needs_sane() -> None:
    if not sys.platform.startswith("linux") or not sane_installed():
        pytest.skip("SANE (libsane + python-sane) not installed")


def fake_worker(code: str) -> list[str]:
    """A stand-in child running `code`: how a broken driver behaves, without one."""
    return [sys.executable, "-c", code]


# A child that reads the request, then only ever says "alive": a driver stuck in a wait.
ALIVE_FOREVER = fake_worker(
    "import sys, time\n"
    "from kiosk.scanner.sane_worker import write_message\n"
    "sys.stdin.readline()\n"
    "while True:\n"
    "    write_message(sys.stdout.buffer, {'type': 'alive'}); time.sleep(0.1)\n"
)


def test_messages_survive_the_pipe_framing() -> None:
    pipe = io.BytesIO()
    write_message(pipe, {"type": "page", "mode": "RGB"}, b"\x00\xff" * 10)
    write_message(pipe, {"type": "done"})
    pipe.seek(0)
    first = read_message(pipe)
    assert first is not None and first[0]["type"] == "page" and first[1] == b"\x00\xff" * 10
    second = read_message(pipe)
    assert second is not None and second[0]["type"] == "done" and second[1] == b""
    assert read_message(pipe) is None


def test_the_registry_offers_sane_through_the_worker() -> None:
    needs_sane()
    names = {type(d).__name__ for d in registry.drivers()}
    assert "SaneWorkerDriver" in names and "SaneDriver" not in names


def test_lists_and_scans_the_card_region_in_a_child(sane_config: SaneConfig) -> None:
    needs_sane()
    sane_config()
    driver = SaneWorkerDriver()
    devices = driver.list_devices()
    assert any(d.id.startswith("test:") for d in devices)
    caps = driver.capabilities(devices[0])
    assert 300 in caps.resolutions and set(caps.sources) == {"flatbed", "feeder"}
    seen: list[float] = []
    pages = driver.scan(devices[0], ScanOptions(dpi=300), threading.Event(), seen.append)
    assert len(pages) == 1 and pages[0].mode == "RGB"
    w, h = pages[0].size
    assert w == pytest.approx(CARD_REGION.width_mm / 25.4 * 300, abs=2)
    assert h == pytest.approx(CARD_REGION.height_mm / 25.4 * 300, abs=2)
    assert seen[-1] == 1.0


def test_a_jam_in_the_child_reaches_the_officer_typed(sane_config: SaneConfig) -> None:
    needs_sane()
    sane_config(
        test_options={"enable-test-options": "true", "read-status-code": "SANE_STATUS_JAMMED"}
    )
    with pytest.raises(PaperJamError) as info:
        SaneWorkerDriver().scan(DEVICE, ScanOptions(dpi=75), threading.Event(), no_progress)
    assert info.value.code == "jammed" and info.value.problem == "jammed"


def test_cancel_stops_a_slow_scan_and_the_child(sane_config: SaneConfig) -> None:
    needs_sane()
    sane_config(test_options={"read-delay": "true", "read-delay-duration": "200000"})
    cancel = threading.Event()
    timer = threading.Timer(1.0, cancel.set)
    timer.start()
    started = time.monotonic()
    with pytest.raises(ScanCancelledError):
        SaneWorkerDriver().scan(DEVICE, ScanOptions(dpi=300), cancel, no_progress)
    timer.join()
    print(f"cancelled scan ended {time.monotonic() - started - 1.0:.2f} s after Cancel")


def test_a_driver_that_ignores_cancel_is_killed_after_the_grace() -> None:
    # Reads the request, then never answers and never reads "cancel".
    hung = fake_worker("import sys, time; sys.stdin.readline(); time.sleep(60)")
    driver = SaneWorkerDriver(hung, cancel_grace_s=0.5)
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(ScanCancelledError):
        driver.scan(DEVICE, ScanOptions(), cancel, no_progress)
    assert time.monotonic() - started < 10


def test_a_frozen_driver_falls_silent_and_is_killed() -> None:
    # No heartbeat at all: what a child frozen with the GIL held looks like from outside.
    hung = fake_worker("import sys, time; sys.stdin.readline(); time.sleep(60)")
    started = time.monotonic()
    with pytest.raises(DeviceOfflineError) as info:
        SaneWorkerDriver(hung, silent_s=0.5).scan(
            DEVICE, ScanOptions(), threading.Event(), no_progress
        )
    assert info.value.problem == STALLED
    assert time.monotonic() - started < 10


def test_a_driver_alive_but_making_no_progress_is_killed() -> None:
    with pytest.raises(DeviceOfflineError) as info:
        SaneWorkerDriver(ALIVE_FOREVER, silent_s=5, stall_s=1).scan(
            DEVICE, ScanOptions(), threading.Event(), no_progress
        )
    assert info.value.problem == STALLED


def test_a_slow_real_scan_keeps_the_child_alive_past_the_silence_limit(
    sane_config: SaneConfig,
) -> None:
    # 200 ms per read at 300 dpi: seconds with no progress message, heartbeats only.
    needs_sane()
    sane_config(test_options={"read-delay": "true", "read-delay-duration": "200000"})
    pages = SaneWorkerDriver(silent_s=1.5).scan(
        DEVICE, ScanOptions(dpi=150), threading.Event(), no_progress
    )
    assert len(pages) == 1


def test_a_crashing_driver_does_not_take_the_kiosk_with_it() -> None:
    crash = fake_worker("import os, sys; sys.stdin.readline(); os.abort()")
    with pytest.raises(ScanError) as info:
        SaneWorkerDriver(crash).scan(DEVICE, ScanOptions(), threading.Event(), no_progress)
    assert info.value.problem == CRASHED
    with pytest.raises(ScanError) as listing:
        SaneWorkerDriver(crash).list_devices()
    assert listing.value.problem == CRASHED


def test_a_missing_worker_program_is_offline() -> None:
    with pytest.raises(DeviceOfflineError):
        SaneWorkerDriver(["/nonexistent/kiosk"]).list_devices()


def child_serving(driver_source: str) -> list[str]:
    """The real worker entry (serve, as `kiosk --sane-worker` runs it) over a stand-in driver."""
    code = (
        "import os, sys\n"
        "from kiosk.scanner import sane_backend, sane_worker\n"
        f"{driver_source}\n"
        "sane_backend.SaneDriver = Driver\n"
        "code = sane_worker.serve()\n"
        "sys.stdout.flush()\n"
        "os._exit(code)\n"
    )
    return fake_worker(code)


def test_a_backend_printing_to_stdout_does_not_corrupt_the_answers() -> None:
    noisy = child_serving(
        "class Driver:\n"
        "    def __init__(self, **kw): pass\n"
        "    def list_devices(self):\n"
        "        os.write(1, b'brother4: init ok\\n')  # what C code in a backend may do\n"
        "        from kiosk.scanner.device import ScanDevice\n"
        "        return [ScanDevice('sane', 'brother4:net1;dev0', 'Brother')]\n"
    )
    devices = SaneWorkerDriver(noisy).list_devices()
    assert [d.id for d in devices] == ["brother4:net1;dev0"]


def test_a_surprise_in_the_child_comes_back_as_a_typed_error() -> None:
    broken = child_serving(
        "class Driver:\n"
        "    def __init__(self, **kw): pass\n"
        "    def list_devices(self): raise KeyError('option')\n"
    )
    with pytest.raises(ScanError) as info:
        SaneWorkerDriver(broken).list_devices()
    assert info.value.code == "device" and info.value.detail == "KeyError"


def test_the_child_never_writes_a_core_file() -> None:
    # Its memory holds scanned cards: a crash must not leave it on disk.
    probe = child_serving(
        "import resource\n"
        "class Driver:\n"
        "    def __init__(self, **kw): pass\n"
        "    def list_devices(self):\n"
        "        from kiosk.scanner.device import ScanDevice\n"
        "        limit = resource.getrlimit(resource.RLIMIT_CORE)\n"
        "        return [ScanDevice('sane', repr(limit), 'core limit')]\n"
    )
    assert [d.id for d in SaneWorkerDriver(probe).list_devices()] == ["(0, 0)"]


def test_garbage_on_the_pipe_ends_the_child_promptly() -> None:
    garbled = fake_worker(
        "import sys, time\n"
        "sys.stdin.readline()\n"
        "sys.stdout.write('scanner ready\\n'); sys.stdout.flush()\n"
        "time.sleep(60)\n"
    )
    started = time.monotonic()
    with pytest.raises(ScanError) as info:
        SaneWorkerDriver(garbled).list_devices()
    assert info.value.problem == CRASHED
    assert time.monotonic() - started < 10


def test_listing_can_be_cancelled() -> None:
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(ScanCancelledError):
        SaneWorkerDriver(ALIVE_FOREVER, cancel_grace_s=0.5).list_devices(cancel)
    assert time.monotonic() - started < 10


def test_the_child_stays_warm_between_clean_answers(sane_config: SaneConfig) -> None:
    needs_sane()
    sane_config()
    driver = SaneWorkerDriver()
    device = driver.list_devices()[0]
    child = driver.child_pid
    assert child is not None
    driver.capabilities(device)
    for _ in range(3):  # the device stays open in the child between scans
        pages = driver.scan(device, ScanOptions(dpi=150), threading.Event(), no_progress)
        assert len(pages) == 1
    assert driver.child_pid == child
    driver.close()
    wait = time.monotonic() + 10
    while driver.child_pid is not None and time.monotonic() < wait:
        time.sleep(0.05)
    assert driver.child_pid is None


def test_a_fault_ends_the_warm_child_and_the_next_scan_starts_afresh(
    sane_config: SaneConfig,
) -> None:
    needs_sane()
    sane_config(
        test_options={"enable-test-options": "true", "read-status-code": "SANE_STATUS_JAMMED"}
    )
    driver = SaneWorkerDriver()
    driver.list_devices()
    warm = driver.child_pid
    with pytest.raises(PaperJamError):
        driver.scan(DEVICE, ScanOptions(dpi=75), threading.Event(), no_progress)
    assert driver.child_pid is None  # ended with the fault, not kept
    with pytest.raises(PaperJamError):  # the same answer from a fresh child
        driver.scan(DEVICE, ScanOptions(dpi=75), threading.Event(), no_progress)
    assert warm is not None


def test_a_cancel_ends_the_child_and_the_next_scan_is_not_cancelled(
    sane_config: SaneConfig,
) -> None:
    needs_sane()
    sane_config(test_options={"read-delay": "true", "read-delay-duration": "20000"})
    driver = SaneWorkerDriver()
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    with pytest.raises(ScanCancelledError):
        driver.scan(DEVICE, ScanOptions(dpi=300), cancel, no_progress)
    pages = driver.scan(DEVICE, ScanOptions(dpi=75), threading.Event(), no_progress)
    assert len(pages) == 1


def test_a_late_cancel_of_one_request_does_not_stop_the_next() -> None:
    # The real worker loop over a stand-in driver: "cancel 1" arrives while request 2 runs.
    slow = child_serving(
        "import time\n"
        "from PIL import Image\n"
        "from kiosk.scanner.device import check_cancel\n"
        "class Driver:\n"
        "    def __init__(self, **kw): pass\n"
        "    def scan(self, device, options, cancel, progress):\n"
        "        time.sleep(0.4)\n"
        "        check_cancel(cancel)\n"
        "        return [Image.new('RGB', (4, 3))]\n"
    )
    driver = SaneWorkerDriver(slow)
    assert len(driver.scan(DEVICE, ScanOptions(), threading.Event(), no_progress)) == 1
    child = driver._slot.child
    assert child is not None
    # What the first scan's cancel watcher, a moment too late, would write:
    late = threading.Timer(0.1, child.send, args=(b"cancel 1\n",))
    late.start()
    assert len(driver.scan(DEVICE, ScanOptions(), threading.Event(), no_progress)) == 1
    assert driver.child_pid == child.popen.pid
    late.join()
    driver.close()
