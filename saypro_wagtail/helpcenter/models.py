"""Models of the saypro_helpcenter app."""
