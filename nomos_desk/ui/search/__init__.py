"""Search: the local index's Qt face (results table, sync progress, id jump)."""
