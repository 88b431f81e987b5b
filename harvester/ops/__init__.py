"""Running unattended: the scheduler, notifications and Prometheus metrics."""
