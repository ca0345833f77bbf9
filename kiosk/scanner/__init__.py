"""Scanners, imaging and QR decoding; no Qt except the camera backend."""
