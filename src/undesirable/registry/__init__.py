"""Import, diff, events and as-of queries over the store."""
