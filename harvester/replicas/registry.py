"""Replica servers by config system name, so `harvester demo` and tests can start every one.

A factory takes `(seed, records)`: the seed of generated data and faults, and how many records to hold.
"""

from __future__ import annotations

from collections.abc import Callable

from harvester.replicas.base import ReplicaServer
from harvester.replicas.decidim import DecidimReplica
from harvester.replicas.kerrokantasi import KerrokantasiReplica
from harvester.replicas.open311 import Open311Replica
from harvester.replicas.respa import RespaReplica
from harvester.replicas.tilavarauspalvelu import TilavarauspalveluReplica

REPLICAS: dict[str, Callable[..., ReplicaServer]] = {
    "feedback": Open311Replica.generated,
    "kerrokantasi": KerrokantasiReplica.generated,
    "omastadi": DecidimReplica.generated,
    "varaamo": RespaReplica.generated,
    "tilavarauspalvelu": TilavarauspalveluReplica.generated,
}
