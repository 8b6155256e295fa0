"""Tests for desktop_app.catalog."""
