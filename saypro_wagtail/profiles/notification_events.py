"""The notification events of the profiles app (being built)."""
