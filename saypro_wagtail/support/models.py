"""Models of the saypro_support app."""
