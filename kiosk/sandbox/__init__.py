"""The training gateway: a complete implementation of the kiosk's gateway contract v1.

    from kiosk.sandbox import serve_in_thread
    running = serve_in_thread()          # temp database, free loopback port, demo data
    running.url                          # "http://127.0.0.1:PORT"
    running.stop()

`create_app(settings)` gives the ASGI application for any other server.
"""

from kiosk.sandbox.app import CONTRACT_VERSION, create_app
from kiosk.sandbox.server import RunningGateway, serve_in_thread
from kiosk.sandbox.settings import SandboxSettings

__all__ = ["CONTRACT_VERSION", "RunningGateway", "SandboxSettings", "create_app", "serve_in_thread"]
