import logging

from kiosk import logs


def test_log_file_masks_personal_data_and_tracebacks() -> None:
    path = logs.setup("INFO")
    log = logging.getLogger("kiosk.test")
    log.info("lookup %s for phone %s", "001203012345", "0912345678")
    try:
        raise ValueError("bad number 079203001234")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "lookup" in text and "failed" in text and "ValueError" in text
    for secret in ("001203012345", "0912345678", "079203001234"):
        assert secret not in text
    assert path.parent.name == "logs"


def test_log_files_are_the_users_alone_rotated_ones_too() -> None:
    import stat

    path = logs.setup(max_bytes=200, backups=2)
    path.chmod(0o644)  # as an older kiosk left it
    path = logs.setup(max_bytes=200, backups=2)
    log = logging.getLogger("kiosk.test")
    for n in range(20):
        log.warning("a line long enough to rotate the small log file, number %d", n)
    files = sorted(path.parent.glob(path.name + "*"))
    assert len(files) >= 2  # rotated
    assert {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o600}
