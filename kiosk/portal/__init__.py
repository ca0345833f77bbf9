"""Client of the gateway contract: every operation, typed errors, retries, sessions."""
