"""Konnektive Desk: a desktop client for the Konnektive CRM API and the PAAY 3-D Secure API."""

__version__ = "0.1.0"
