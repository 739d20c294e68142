"""A test-only app: a second model that opts into screening and visitor reports."""
