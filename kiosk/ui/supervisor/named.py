"""The supervisor's screens name their widgets with kiosk.ui.named, like every other screen."""

from kiosk.ui.named import named

__all__ = ["named"]
