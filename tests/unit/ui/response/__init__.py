"""Tests for desktop_app.ui.response."""
