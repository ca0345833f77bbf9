"""`named(QLabel(), "ErrorText")`: a widget with its stylesheet/test name, typed as itself."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    # PySide6's stubs do not list objectName= among constructor keywords; this keeps mypy strict.
    widget.setObjectName(name)
    return widget
