"""Front-end views of the saypro_moderation app."""
