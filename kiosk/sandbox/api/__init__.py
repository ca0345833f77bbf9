"""HTTP routes of contract v1, one module per area."""
