"""kiosk: the one-stop counter application for creating citizens' public-service accounts."""

from importlib import metadata

try:
    __version__ = metadata.version("kiosk")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "kiosk"
APP_TITLE = "Kiosk tạo tài khoản dịch vụ công"
