"""The real SANE `test` driver tests (test_sane_backend.py), each in a process of its own.

Why one process per test: tests/helpers/own_process.py.
"""

from pathlib import Path

from tests.helpers import own_process

test_in_its_own_process = own_process.each_test_of(Path(__file__).with_name("test_sane_backend.py"))
