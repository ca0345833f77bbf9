"""Subcommands of the `kiosk` program, one module each.

A module here defines NAME, HELP, add_arguments(parser) and run(args) -> int. The CLI finds them
by listing this package, so adding a command never touches cli.py. Heavy imports (Qt, FastAPI,
reportlab) belong inside run(), so `kiosk --version` stays instant.
"""
