"""The gateway client against the real training gateway over loopback HTTP(S)."""
