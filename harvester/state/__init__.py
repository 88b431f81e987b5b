"""The state store (SQLite or PostgreSQL): cursors, published rows and their identity, runs, locks, quarantine."""
