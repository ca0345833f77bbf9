"""`kiosk sandbox`: run the training gateway standalone (a province's training room, tests)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

NAME = "sandbox"
HELP = "Chạy cổng kết nối đào tạo (training gateway) độc lập / run the training gateway"
SECRET_ENV = "KIOSK_SANDBOX_SECRET"  # noqa: S105 (a variable name, not a secret)


def _add_store_arguments(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    # Suppressed defaults on subcommands: argparse would otherwise let a subcommand's default
    # overwrite `kiosk sandbox --db X migrate`'s X.
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        help="SQLite file (default: training-gateway.sqlite3 in the data dir)",
    )
    parser.add_argument(
        "--database-url",
        default=default,
        help="SQLAlchemy URL instead of --db, e.g. postgresql+psycopg://…",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    migrate = actions.add_parser(
        "migrate", help="bring the database's schema up to date (keeps every row) and exit"
    )
    _add_store_arguments(migrate, suppress=True)
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1; 0.0.0.0 for a room)",
    )
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 = free)")
    _add_store_arguments(parser)
    parser.add_argument("--production", action="store_true", help="production mode: no SMS outbox")
    parser.add_argument(
        "--otp-sends-per-hour",
        type=int,
        default=None,
        help="OTP messages one phone may receive per hour (default 5)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes sharing the database (PostgreSQL for more than 1; default 1)",
    )
    parser.add_argument("--ssl-certfile", default=None, help="PEM certificate, to serve HTTPS")
    parser.add_argument("--ssl-keyfile", default=None, help="PEM private key of the certificate")
    parser.add_argument(
        "--write-openapi",
        type=Path,
        default=None,
        metavar="PATH",
        help="write the contract's OpenAPI document to PATH and exit",
    )


def run(args: argparse.Namespace) -> int:
    from kiosk.sandbox.openapi import write_openapi

    if getattr(args, "action", None) == "migrate":
        return _migrate(args)
    if args.write_openapi is not None:
        write_openapi(args.write_openapi)
        print(f"OpenAPI document written to {args.write_openapi}")
        return 0
    if args.workers < 1:
        print("--workers must be at least 1", file=sys.stderr)
        return 2
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        print("--ssl-certfile and --ssl-keyfile go together", file=sys.stderr)
        return 2
    return _serve(args)


def _database_url(args: argparse.Namespace) -> str:
    from kiosk import paths
    from kiosk.sandbox.db import sqlite_url

    if args.database_url:
        return str(args.database_url)
    db_path = args.db or paths.ensure(paths.data_dir()) / "training-gateway.sqlite3"
    return sqlite_url(db_path)


def _migrate(args: argparse.Namespace) -> int:
    from kiosk.sandbox import migrate
    from kiosk.sandbox.db import Database

    db = Database(_database_url(args))
    try:
        result = migrate.upgrade(db)
    finally:
        db.dispose()
    if result.stamped_legacy:
        print(f"Database made before migrations: recorded as {migrate.BASELINE}")
    if result.changed:
        print(f"Schema upgraded: {result.before or 'empty'} -> {result.after}")
    else:
        print(f"Schema already current: {result.after}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from dataclasses import replace

    import uvicorn

    from kiosk import logs
    from kiosk.sandbox.app import create_app
    from kiosk.sandbox.seed import DEMO_PASSWORD, OFFICERS
    from kiosk.sandbox.server import uvicorn_config
    from kiosk.sandbox.settings import SandboxSettings

    logs.setup(console=True)
    settings = SandboxSettings(production=args.production)
    if args.otp_sends_per_hour is not None:
        settings = replace(settings, otp_sends_per_hour=args.otp_sends_per_hour)
    secret = os.environ.get(SECRET_ENV)
    if secret:
        # several workers or restarts that must keep accepting the codes already sent
        settings = replace(settings, secret_key=secret.encode("utf-8"))
    url = _database_url(args)
    if args.workers > 1 and url.startswith("sqlite"):
        print("--workers above 1 needs PostgreSQL (--database-url)", file=sys.stderr)
        return 2
    try:
        settings = replace(settings, database_url=url)
        # migrations and seeding once, here, before any worker starts
        app = create_app(settings)
    except ValueError as exc:
        print(f"Cannot start the gateway: {exc}", file=sys.stderr)
        return 2
    extra: dict[str, object] = {}
    if args.ssl_certfile:
        extra = {"ssl_certfile": args.ssl_certfile, "ssl_keyfile": args.ssl_keyfile}
    scheme = "https" if extra else "http"
    print(f"Training gateway ({settings.mode}) on {scheme}://{args.host}:{args.port}")
    print("Demo log-ins (password for all: " + DEMO_PASSWORD + "):")
    for officer in OFFICERS:
        print(f"  {officer.username:<15} {'/'.join(officer.roles):<11} {officer.purpose}")
    if not extra and args.host not in ("127.0.0.1", "::1", "localhost"):
        print(
            "Warning: plain HTTP on a network address; tokens travel in clear. "
            "Use --ssl-certfile/--ssl-keyfile.",
            file=sys.stderr,
        )
    if args.workers > 1:
        return _serve_workers(args, settings, extra)
    server = uvicorn.Server(uvicorn_config(app, args.host, args.port, **extra))
    # uvicorn re-raises the Ctrl+C it handled, after a clean shutdown
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    return 0


def _serve_workers(args: argparse.Namespace, settings: object, extra: dict[str, object]) -> int:
    import uvicorn

    from kiosk.sandbox import worker
    from kiosk.sandbox.server import UVICORN_OPTIONS
    from kiosk.sandbox.settings import SandboxSettings

    assert isinstance(settings, SandboxSettings)
    # The workers are this process's children: the settings (with the OTP key) reach them
    # through the environment they inherit, not through argv.
    os.environ[worker.SETTINGS_ENV] = worker.settings_to_json(settings)
    uvicorn.run(
        worker.FACTORY,
        host=args.host,
        port=args.port,
        factory=True,
        workers=args.workers,
        **UVICORN_OPTIONS,  # type: ignore[arg-type]
        **extra,  # type: ignore[arg-type]
    )
    return 0
