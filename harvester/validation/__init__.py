"""Validation against Frictionless Table Schemas: a fast row check for the pipeline, reports for stewards."""
