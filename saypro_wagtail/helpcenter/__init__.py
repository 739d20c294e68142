"""Multilingual help center: articles, ratings, search analytics and audits."""
