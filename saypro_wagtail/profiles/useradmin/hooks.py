"""Admin user management hooks (being built)."""
