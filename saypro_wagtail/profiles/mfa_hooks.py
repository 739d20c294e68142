"""Admin hooks of two-step verification (being built)."""
