"""Models of the saypro_moderation app."""
