"""Admin reports of the help center: helpfulness, reading, searches, reviews, translations."""
