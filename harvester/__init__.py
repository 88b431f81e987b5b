"""hri-harvester: harvest Helsinki's participation systems and publish them as open data on HRI."""

from harvester.speedups import compiled

__version__ = "0.1.0"
USER_AGENT = f"hri-harvester/{__version__} (+https://hri.fi; City of Helsinki open data)"

compiled.install()
