"""The training gateway: a full implementation of the gateway contract (FastAPI)."""
