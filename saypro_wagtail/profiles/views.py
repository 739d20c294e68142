"""Front-end views of the saypro_profiles app."""
