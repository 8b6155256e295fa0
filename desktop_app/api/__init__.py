"""Network clients for Konnektive and PAAY, result types, paging and redaction; no Qt."""
