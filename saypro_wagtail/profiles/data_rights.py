"""Personal data registry: export and erasure (being built)."""
