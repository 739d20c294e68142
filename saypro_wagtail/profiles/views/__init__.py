"""Front-end views of the profiles app, one module per screen."""
