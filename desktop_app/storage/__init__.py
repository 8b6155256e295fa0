"""Profiles, keyring secrets, settings and request history; no widgets."""
