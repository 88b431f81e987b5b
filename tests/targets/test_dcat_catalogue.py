"""The local catalogue writes catalog.ttl and catalog.jsonld: DCAT-AP 2.1.1, one dcat:Dataset per package."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

from harvester.targets.base import ChangeSet, DatasetVersion
from harvester.targets.catalogue import CatalogueTarget
from harvester.targets.dcat_catalogue import VCARD

SHAPES = Path(__file__).parent / "dcat_ap_shapes"
SCHEMA = {
    "version": "1.2.0",
    "fields": [{"name": "id", "type": "string"}, {"name": "n", "type": "integer"}],
    "primaryKey": ["id"],
}
METADATA = {
    "title": {"fi": "Testi", "sv": "Test", "en": "Test"},
    "description": {"fi": "Kuvaus", "sv": "Beskrivning", "en": "Description"},
    "keywords": {"fi": ["testi"], "en": ["test"]},
    "license": "CC-BY-4.0",
    "maintainer": "Helsingin kaupunki, Kaupunginkanslia",
    "maintainer_email": "avoindata@hel.fi",
    "date_released": "2026-11-27",
    "themes": ["GOVE"],
    "frequency": "DAILY",
    "time_series_start": "2010-01-01",
    "schema_url": "https://example.org/schemas/test-set.schema.json",
    "schema_docs": "schema.md",
    "homepage": "https://hri.fi/data/dataset/test-set",
    "sources": [{"title": "API", "path": "https://example.org/api"}],
}
BASE = "https://example.org/catalogue"
ROWS = [{"id": "a", "n": 1}, {"id": "b", "n": 2}]


def publish(root: Path, name: str = "test-set", rows: list[dict] = ROWS) -> list[str]:
    dataset = DatasetVersion(name, METADATA, SCHEMA, lambda: iter(rows), len(rows))
    changes = ChangeSet(lambda: iter(()), lambda: iter(()), lambda: iter(()))
    return CatalogueTarget(root, base_url=BASE).publish(dataset, changes).actions


def test_the_catalogue_is_written_as_turtle_and_json_ld_that_parse_to_the_same_graph(tmp_path: Path) -> None:
    publish(tmp_path)
    turtle = Graph().parse(tmp_path / "catalog.ttl", format="turtle")
    json_ld = Graph().parse(tmp_path / "catalog.jsonld", format="json-ld")
    assert len(turtle) > 50
    assert turtle.isomorphic(json_ld)


def test_each_package_is_a_dcat_dataset_with_csv_datapackage_and_schema_page_distributions(tmp_path: Path) -> None:
    publish(tmp_path)
    publish(tmp_path, "other-set")
    graph = Graph().parse(tmp_path / "catalog.ttl")
    catalogue = URIRef(f"{BASE}/catalog")
    assert set(graph.objects(catalogue, DCAT.dataset)) == {URIRef(f"{BASE}/test-set"), URIRef(f"{BASE}/other-set")}
    dataset = URIRef(f"{BASE}/test-set")
    assert set(graph.objects(dataset, DCAT.distribution)) == {
        URIRef(f"{BASE}/test-set/test-set.csv"),
        URIRef(f"{BASE}/test-set/datapackage.json"),
        URIRef(f"{BASE}/test-set/schema.md"),
    }
    for distribution in graph.objects(dataset, DCAT.distribution):
        assert (distribution, RDF.type, DCAT.Distribution) in graph
        assert graph.value(distribution, DCAT.accessURL) == distribution


def test_the_dataset_carries_the_dcat_ap_mandatory_and_recommended_properties(tmp_path: Path) -> None:
    publish(tmp_path)
    graph = Graph().parse(tmp_path / "catalog.ttl")
    dataset = URIRef(f"{BASE}/test-set")
    assert (dataset, RDF.type, DCAT.Dataset) in graph
    titles = {title.language: str(title) for title in graph.objects(dataset, DCTERMS.title)}
    assert titles == METADATA["title"]
    for predicate in (
        DCTERMS.description, DCAT.contactPoint, DCAT.distribution, DCAT.keyword, DCTERMS.publisher,
        DCTERMS.spatial, DCTERMS.temporal, DCAT.theme,
    ):  # fmt: skip
        assert graph.value(dataset, predicate) is not None, predicate
    assert str(graph.value(dataset, DCAT.theme)).endswith("/data-theme/GOVE")
    assert str(graph.value(dataset, DCTERMS.accrualPeriodicity)).endswith("/frequency/DAILY")
    assert str(graph.value(dataset, DCTERMS.conformsTo)) == METADATA["schema_url"]
    assert str(graph.value(dataset, DCTERMS.spatial)) == "http://sws.geonames.org/658225/"
    contact = graph.value(dataset, DCAT.contactPoint)
    assert str(graph.value(contact, VCARD.hasEmail)) == "mailto:avoindata@hel.fi"
    assert str(graph.value(graph.value(dataset, DCTERMS.publisher), FOAF.name)) == "Helsingin kaupunki"


def test_the_catalogue_conforms_to_the_dcat_ap_shapes_mandatory_and_recommended(tmp_path: Path) -> None:
    pyshacl = pytest.importorskip("pyshacl", reason="pySHACL is a test dependency (pyproject [test])")
    publish(tmp_path)
    data = Graph().parse(tmp_path / "catalog.ttl")
    for shapes in sorted(SHAPES.glob("*.ttl")):
        conforms, _graph, text = pyshacl.validate(data, shacl_graph=str(shapes), allow_warnings=False)
        assert conforms, f"{shapes.name}:\n{text}"


def test_publishing_the_same_rows_again_rewrites_no_catalogue_file(tmp_path: Path) -> None:
    publish(tmp_path)
    before = {name: (tmp_path / name).stat().st_mtime_ns for name in ("catalog.ttl", "catalog.jsonld")}
    assert publish(tmp_path) == []
    assert {name: (tmp_path / name).stat().st_mtime_ns for name in before} == before


def test_the_data_package_carries_the_dcat_fields_the_catalogue_is_built_from(tmp_path: Path) -> None:
    publish(tmp_path)
    descriptor = json.loads((tmp_path / "test-set" / "datapackage.json").read_text())
    assert descriptor["dcat"]["frequency"] == "http://publications.europa.eu/resource/authority/frequency/DAILY"
