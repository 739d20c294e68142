"""Registration, login with MFA, profiles, data rights and user management."""
