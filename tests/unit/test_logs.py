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
