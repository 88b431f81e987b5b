"""`harvester demo` leaves a config beside its catalogue that `status` reads, and a catalogue that holds up:
the DCAT catalogue lists every dataset, and each system's package passes Frictionless with its foreign keys."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from pathlib import Path

import frictionless
import pytest
from rdflib import Graph
from rdflib.namespace import DCAT, RDF

from harvester.cli.main import main
from harvester.targets.system_packages import SYSTEM_PACKAGES

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    output = tmp_path_factory.mktemp("demo")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["--config", str(REPO / "config.yaml"), "demo", "--output", str(output), "--records", "30"])
    assert code == 0
    yield output, printed.getvalue()


def test_demo_prints_the_status_command_that_reads_the_config_it_left(demo, capsys) -> None:
    output, printed = demo
    config = output / "config.yaml"
    assert f"harvester --config {config} status" in printed
    assert main(["--config", str(config), "status", "--json"]) == 0
    jobs = {job["job"]: job for job in json.loads(capsys.readouterr().out)["jobs"]}
    assert jobs["feedback"]["last_run"]["outcome"] == "success"
    assert jobs["kerrokantasi-comments"]["last_run"]["counts"]["fetched"] > 0


def test_demo_catalogue_describes_every_published_dataset_in_dcat(demo) -> None:
    output, _ = demo
    graph = Graph().parse(output / "catalogue" / "catalog.ttl")
    published = {path.parent.name for path in (output / "catalogue").glob("*/datapackage.json")}
    names = {str(dataset).rsplit("/", 1)[1] for dataset in graph.subjects(RDF.type, DCAT.Dataset)}
    assert names == published and len(names) >= 8


@pytest.mark.parametrize("package", SYSTEM_PACKAGES, ids=lambda package: package.name)
def test_demo_system_packages_pass_frictionless_foreign_keys_included(demo, package) -> None:
    output, _ = demo
    path = output / "catalogue" / f"{package.name}.datapackage.json"
    report = frictionless.validate(str(path))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    descriptor = json.loads(path.read_text())
    keys = [key for resource in descriptor["resources"] for key in resource["schema"].get("foreignKeys", [])]
    assert len(keys) == len(package.foreign_keys)
