"""Anonymisation: the field policy (deny by default) and free-text scrubbing of personal data."""
