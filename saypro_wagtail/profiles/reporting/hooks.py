"""Registration and account reports: admin URLs and menu (being built)."""
