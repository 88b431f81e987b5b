"""Tools for the Table Schemas stewards write: docs pages, change classification, lint, published versions."""
