"""Front-end views of the help center (the pages' own routes delegate here)."""
