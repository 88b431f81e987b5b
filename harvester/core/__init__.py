"""What every part shares: the typed configuration, our exceptions, the run report and the CSV line format."""
