"""`kiosk sandbox` says where it listens and where its database is, at once even through a
pipe (systemd, a log file), and says when it stopped."""

from __future__ import annotations

import os
import selectors
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests


def test_the_address_and_database_reach_a_pipe_before_any_request(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "sandbox", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + 60
        first = ""
        while not first and time.monotonic() < deadline:
            if selector.select(timeout=1):
                first = process.stdout.readline()
            assert process.poll() is None
        assert first.startswith("Training gateway"), first
        assert f"127.0.0.1:{port}" in first
        while time.monotonic() < deadline:  # serving: Ctrl+C now meets uvicorn's handler
            try:
                requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=2)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    # Not communicate(): it reads the pipe's descriptor and skips what readline buffered.
    out = first + (process.stdout.read() if process.stdout else "")
    assert "Database: " in out and "sandbox-gateway.sqlite3" in out
    assert out.rstrip().endswith("Training gateway stopped")
