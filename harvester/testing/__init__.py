"""What tests and `harvester demo` run against instead of the real systems."""
