"""Which target `target:` in config.yaml names; a new target is one module and one line here."""

from __future__ import annotations

from collections.abc import Callable

from harvester.core.config import Config
from harvester.core.errors import ConfigError
from harvester.targets.base import Target
from harvester.targets.catalogue import CatalogueTarget
from harvester.targets.ckan.target import CkanTarget

TARGETS: dict[str, Callable[[Config], Target]] = {
    # catalogue.base_url: where the catalogue folder is served (the DCAT catalogue's URIs), optional
    "catalogue": lambda config: CatalogueTarget(
        config.catalogue_path, base_url=config.section("catalogue").get("base_url")
    ),
    "ckan": CkanTarget.from_config,
}


def build_target(config: Config, name: str | None = None) -> Target:
    """The configured target (or `name`), ready to publish."""
    chosen = name or config.target
    if chosen not in TARGETS:
        raise ConfigError(
            str(config.path), "target", f"unknown target {chosen!r} (known: {', '.join(TARGETS)})"
        )
    return TARGETS[chosen](config)
