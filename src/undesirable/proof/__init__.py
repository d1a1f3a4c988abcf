"""Proof of screening: the hash-chained audit log and signed screening certificates."""
