"""Front-end views of the saypro_helpcenter app."""
