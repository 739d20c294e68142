"""Front-end views of the saypro_support app."""
