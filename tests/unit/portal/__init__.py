"""Qt-free tests of the gateway client that need no gateway."""
