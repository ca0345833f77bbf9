"""Pure domain rules of the kiosk: no Qt, no HTTP, no storage."""
