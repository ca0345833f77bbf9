"""Shared test helpers: servers, backends and fixtures used across the suites."""
