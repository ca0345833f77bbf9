"""A private SANE configuration for tests: the `test` backend, and sane-airscan aimed at a mock.

SANE reads SANE_CONFIG_DIR at sane_init; with the system configuration airscan would spend
seconds discovering the real network, so tests never use it.
"""

from __future__ import annotations

from pathlib import Path

SYSTEM_TEST_CONF = Path("/etc/sane.d/test.conf")


def sane_installed() -> bool:
    """libsane with its `test` backend, and python-sane built against it."""
    try:
        import sane  # noqa: F401
    except ImportError:
        return False
    return SYSTEM_TEST_CONF.is_file()


def airscan_installed() -> bool:
    """Debian's sane-airscan (the eSCL/WSD backend) is present."""
    roots = [
        Path("/usr/lib/x86_64-linux-gnu/sane"),
        Path("/usr/lib/aarch64-linux-gnu/sane"),
        Path("/usr/lib/sane"),
    ]
    return any(any(root.glob("libsane-airscan.so*")) for root in roots if root.is_dir())


def write_config(
    folder: Path,
    *,
    test_backend: bool = True,
    escl_url: str | None = None,
    test_options: dict[str, str] | None = None,
) -> Path:
    """A SANE config dir with only the backends asked for; returns the folder.

    `test_options` become the test backend's defaults, e.g. {"read-return-value":
    "SANE_STATUS_JAMMED"} for a jam, which needs "enable-test-options": "true" beside it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    backends = []
    if test_backend:
        backends.append("test")
        overrides = dict(test_options or {})
        lines = []
        for line in SYSTEM_TEST_CONF.read_text(encoding="utf-8").splitlines():
            key = line.split(" ", 1)[0]
            if key in overrides:
                line = f"{key} {overrides.pop(key)}"
            lines.append(line)
        lines.extend(f"{k} {v}" for k, v in overrides.items())
        (folder / "test.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if escl_url is not None:
        backends.append("airscan")
        (folder / "airscan.conf").write_text(
            f'[devices]\n"Mock" = {escl_url}, eSCL\n\n[options]\ndiscovery = disable\n',
            encoding="utf-8",
        )
    (folder / "dll.conf").write_text("\n".join(backends) + "\n", encoding="utf-8")
    return folder
