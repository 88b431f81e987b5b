"""Replica servers by config system name, so `harvester demo` and tests can start every one.

A factory takes `(seed, records)`: the seed of generated data and faults, and how many records to hold.
"""

from __future__ import annotations

from collections.abc import Callable

from harvester.testing.replicas.base import ReplicaServer
from harvester.testing.replicas.decidim import DecidimReplica
from harvester.testing.replicas.kerrokantasi import KerrokantasiReplica
from harvester.testing.replicas.kuntalaisaloite import KuntalaisaloiteReplica
from harvester.testing.replicas.open311 import Open311Replica
from harvester.testing.replicas.respa import RespaReplica
from harvester.testing.replicas.tilavarauspalvelu import TilavarauspalveluReplica

REPLICAS: dict[str, Callable[..., ReplicaServer]] = {
    "feedback": Open311Replica.generated,
    "kerrokantasi": KerrokantasiReplica.generated,
    "omastadi": DecidimReplica.generated,
    "varaamo": RespaReplica.generated,
    "tilavarauspalvelu": TilavarauspalveluReplica.generated,
    "kuntalaisaloite": KuntalaisaloiteReplica.generated,
}
