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
        help="SQLite file (default: sandbox-gateway.sqlite3 in the data dir)",
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
    officers = actions.add_parser(
        "officers", help="add, disable an officer or reset a password (reads it from stdin)"
    )
    officer_actions = officers.add_subparsers(dest="officer_action", metavar="WHAT", required=True)
    add = officer_actions.add_parser("add", help="a new officer or supervisor")
    add.add_argument("username")
    add.add_argument("--full-name", required=True)
    add.add_argument(
        "--role", action="append", choices=("officer", "supervisor"), required=True, dest="roles"
    )
    add.add_argument("--unit", action="append", default=[], dest="units", help="unit id")
    disable = officer_actions.add_parser("disable", help="no more log-ins; sessions end now")
    disable.add_argument("username")
    reset = officer_actions.add_parser("reset-password", help="a new password; sessions end")
    reset.add_argument("username")
    for sub in (add, disable, reset):
        _add_store_arguments(sub, suppress=True)
    units = actions.add_parser("units", help="import units from a CSV file (id,name,level)")
    unit_actions = units.add_subparsers(dest="unit_action", metavar="WHAT", required=True)
    import_units = unit_actions.add_parser("import", help="add new units, rename existing ones")
    import_units.add_argument("file", type=Path)
    _add_store_arguments(import_units, suppress=True)
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
        "--scrypt-p",
        type=int,
        default=None,
        help="scrypt parallelism of officers' password hashes (default 5, N=2^14, r=8; OWASP's "
        "minimum); lower makes log-in peaks cheaper and stolen hashes cheaper to crack",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes sharing the database (PostgreSQL for more than 1; default 1)",
    )
    parser.add_argument(
        "--sms-config",
        type=Path,
        default=None,
        help="production: JSON file of the HTTP SMS provider (kiosk.sandbox.sms_http)",
    )
    parser.add_argument(
        "--behind-tls-proxy",
        action="store_true",
        help="production without --ssl-*: HTTPS ends at a reverse proxy on this host or LAN",
    )
    parser.add_argument(
        "--trusted-proxy",
        default="127.0.0.1",
        help="with --behind-tls-proxy: the proxy's address(es), comma-separated, whose "
        "X-Forwarded-For names the client (default 127.0.0.1)",
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
    try:
        return _run(args)
    except ModuleNotFoundError as exc:
        if exc.name not in ("psycopg", "psycopg2"):
            raise
        # a PostgreSQL URL on an installation without the driver
        print(
            "PostgreSQL needs the postgres extra: pip install 'kiosk[postgres]' (psycopg 3)",
            file=sys.stderr,
        )
        return 2


def _run(args: argparse.Namespace) -> int:
    from kiosk.sandbox.openapi import write_openapi

    action = getattr(args, "action", None)
    if action == "migrate":
        return _migrate(args)
    if action in ("officers", "units"):
        return _manage(args)
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
    # Not the GUI's training-gateway.sqlite3: the GUI removes that one when it closes.
    db_path = args.db or paths.ensure(paths.data_dir()) / "sandbox-gateway.sqlite3"
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


def _read_password(username: str) -> str:
    """From the terminal (asked twice) or one line of stdin: never argv, never a log."""
    import getpass

    if sys.stdin.isatty():
        first = getpass.getpass(f"New password for {username}: ")
        if getpass.getpass("Again: ") != first:
            raise ValueError("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _manage(args: argparse.Namespace) -> int:
    from kiosk.sandbox import officers
    from kiosk.sandbox.db import Database
    from kiosk.sandbox.settings import utc_now

    db = Database(_database_url(args))
    try:
        db.create_schema()
        now = utc_now()
        if args.action == "units":
            added, updated = officers.import_units_file(db, args.file)
            print(f"Units: {added} added, {updated} updated")
        elif args.officer_action == "add":
            officers.add_officer(
                db,
                username=args.username,
                full_name=args.full_name,
                roles=args.roles,
                unit_ids=args.units,
                password=_read_password(args.username),
                now=now,
            )
            print(f"Officer {args.username} added")
        elif args.officer_action == "disable":
            officers.disable_officer(db, args.username, now)
            print(f"Officer {args.username} disabled; sessions ended")
        else:
            officers.reset_password(db, args.username, _read_password(args.username), now)
            print(f"Password of {args.username} reset; sessions ended")
    except (ValueError, OSError) as exc:
        print(f"Refused: {exc}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    return 0


def _production_problems(args: argparse.Namespace) -> list[str]:
    problems = []
    if args.sms_config is None:
        problems.append("--sms-config FILE: production sends real SMS through a provider")
    if not args.ssl_certfile and not args.behind_tls_proxy:
        problems.append(
            "--ssl-certfile/--ssl-keyfile, or --behind-tls-proxy when a proxy ends HTTPS"
        )
    return problems


def _serve(args: argparse.Namespace) -> int:
    from dataclasses import replace

    import uvicorn

    from kiosk import logs
    from kiosk.sandbox.app import create_app
    from kiosk.sandbox.seed import DEMO_PASSWORD, OFFICERS
    from kiosk.sandbox.server import uvicorn_config
    from kiosk.sandbox.settings import SandboxSettings

    if args.production:
        problems = _production_problems(args)
        if problems:
            print("A production gateway needs:", file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
            return 2
    logs.setup(console=True)
    settings = SandboxSettings(production=args.production)
    if args.sms_config is not None:
        from kiosk.sandbox.sms_http import HttpSmsConfig

        try:
            HttpSmsConfig.load(args.sms_config)  # read now: a bad file stops the start
        except (OSError, ValueError, KeyError) as exc:
            print(f"Cannot read {args.sms_config}: {exc}", file=sys.stderr)
            return 2
        # the path, not a sender: each worker builds its own from the file
        settings = replace(settings, sms_config_path=str(args.sms_config.resolve()))
    if args.otp_sends_per_hour is not None:
        settings = replace(settings, otp_sends_per_hour=args.otp_sends_per_hour)
    if args.scrypt_p is not None:
        settings = replace(settings, password_scrypt_p=args.scrypt_p)
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
    scheme = "https" if extra or args.behind_tls_proxy else "http"
    where = "--database-url (not shown: it may hold a password)" if args.database_url else url
    print(f"Training gateway ({settings.mode}) on {scheme}://{args.host}:{args.port}")
    print(f"Database: {where}")
    if not settings.production:
        print("Demo log-ins (password for all: " + DEMO_PASSWORD + "):")
        for officer in OFFICERS:
            print(f"  {officer.username:<15} {'/'.join(officer.roles):<11} {officer.purpose}")
    if args.behind_tls_proxy:
        # the proxy's X-Forwarded-For names the client: the throttle and the audit need it
        extra.update(proxy_headers=True, forwarded_allow_ips=args.trusted_proxy)
    if not extra and args.host not in ("127.0.0.1", "::1", "localhost"):  # not behind a proxy
        print(
            "Warning: plain HTTP on a network address; tokens travel in clear. "
            "Use --ssl-certfile/--ssl-keyfile.",
            file=sys.stderr,
        )
    if args.workers > 1:
        return _serve_workers(args, settings, extra)
    server = uvicorn.Server(uvicorn_config(app, args.host, args.port, **extra))
    # uvicorn re-raises the Ctrl+C it handled, after a clean shutdown
    sys.stdout.flush()  # a pipe (systemd, a log file) sees the address before the first request
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    print("Training gateway stopped", flush=True)
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
        **{**UVICORN_OPTIONS, **extra},  # type: ignore[arg-type]
    )
    return 0
