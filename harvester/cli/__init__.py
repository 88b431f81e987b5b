"""The `harvester` command: `main` builds one argparse parser; each verb group is a module here (run, status, ...)."""

from harvester.cli.main import main

__all__ = ["main"]
