"""Models of the saypro_profiles app."""
