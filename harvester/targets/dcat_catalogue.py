"""The local catalogue as DCAT-AP: `catalog.ttl` and `catalog.jsonld` beside the data packages.

Built with rdflib from the data packages in the folder (each `<dataset>/datapackage.json` carries the
DCAT-AP fields of `targets/dcat_ap.py` under `dcat`), so the catalogue always describes exactly the packages
that are there: one `dcat:Dataset` per job, with three distributions (the CSV, the datapackage.json and the
schema page). Property choices follow DCAT-AP 2.1.1 (SEMICeu/DCAT-AP, releases/2.1.1/
dcat-ap_2.1.1_shacl_shapes.ttl and _shapes_recommended.ttl at ab32315e7e0d70a51aa4c8973fcb6e45589be27e;
the tests check the output against those shapes). No blank nodes: every node has an IRI under the dataset's,
so the same packages always give the same graph and the files are rewritten only when it changed.

URIs are under `catalogue.base_url` of config.yaml (where the folder is served); without it, the folder's
own `file://` URI, which is right for the machine that wrote it and nowhere else.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, SKOS, XSD

from harvester.targets.dcat_ap import AVAILABILITY_STABLE, DEFAULTS, LICENCE_URIS, THEME_BASE

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
DCATAP = Namespace("http://data.europa.eu/r5r/")
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
MEDIA_TYPE = "https://www.iana.org/assignments/media-types/"
DATA_PACKAGE_SPEC = "https://specs.frictionlessdata.io/data-package/"
TABLE_SCHEMA_SPEC = "https://specs.frictionlessdata.io/table-schema/"

CATALOGUE_FILES = ("catalog.ttl", "catalog.jsonld")
CATALOGUE_TITLE = {
    "fi": "Helsingin kaupungin osallistumisjärjestelmien avoin data",
    "sv": "Öppna data från Helsingfors stads delaktighetssystem",
    "en": "Open data from the City of Helsinki's participation systems",
}
CATALOGUE_DESCRIPTION = {
    "fi": "Palautteet, Kerrokantasi-kuulemiset, Varaamon tilat ja varaukset sekä OmaStadin hankkeet "
    "anonymisoituina avoimena datana.",
    "sv": "Respons, Dina synpunkter-höranden, Varaamos lokaler och bokningar samt OmaStadis projekt som "
    "anonymiserade öppna data.",
    "en": "Feedback, Kerrokantasi hearings, Varaamo spaces and reservations and OmaStadi projects, "
    "anonymised, as open data.",
}
# ADMS licence types (DCAT-AP recommends dct:type on a licence document)
LICENCE_TYPES = {
    "CC-BY-4.0": "http://purl.org/adms/licencetype/Attribution",
    "CC0-1.0": "http://purl.org/adms/licencetype/PublicDomain",
}
GSP = Namespace("http://www.opengis.net/ont/geosparql#")
PREFIXES = {
    "dcat": DCAT,
    "dct": DCTERMS,
    "foaf": FOAF,
    "vcard": VCARD,
    "spdx": SPDX,
    "dcatap": DCATAP,
    "owl": OWL,
    "skos": SKOS,
    "xsd": XSD,
    "gsp": GSP,
}


def catalogue_base(root: Path, base_url: str | None) -> str:
    return (base_url or root.resolve().as_uri()).rstrip("/")


def _date(value: str) -> Literal:
    """A date as xsd:date, a timestamp as xsd:dateTime (ckanext-dcat writes them the same way)."""
    value = value.replace("Z", "+00:00") if "T" in value else value
    return Literal(value, datatype=XSD.dateTime if "T" in value else XSD.date)


def _texts(graph: Graph, subject: URIRef, predicate: URIRef, texts: Mapping[str, str]) -> None:
    for lang, text in sorted(texts.items()):
        if text:
            graph.add((subject, predicate, Literal(text, lang=lang)))


def _typed(graph: Graph, uri: str, kind: URIRef) -> URIRef:
    node = URIRef(uri)
    graph.add((node, RDF.type, kind))
    return node


def _publisher(graph: Graph, node: URIRef, fields: Mapping[str, Any]) -> URIRef:
    graph.add((node, RDF.type, FOAF.Agent))
    graph.add((node, FOAF.name, Literal(fields.get("publisher_name") or DEFAULTS["publisher_name"])))
    kind = fields.get("publisher_type") or DEFAULTS["publisher_type"]
    graph.add((node, DCTERMS.type, _typed(graph, kind, SKOS.Concept)))
    graph.add((URIRef(kind), SKOS.prefLabel, Literal(kind.rsplit("/", 1)[-1])))
    if fields.get("publisher_url"):
        graph.add((node, FOAF.homepage, _typed(graph, fields["publisher_url"], FOAF.Document)))
    return node


def add_dataset(graph: Graph, catalogue: URIRef, base: str, descriptor: Mapping[str, Any]) -> URIRef:
    """One data package as a dcat:Dataset with its distributions."""
    name = descriptor["name"]
    uri = f"{base}/{name}"
    dataset = URIRef(uri)
    fields: dict[str, Any] = dict(descriptor.get("dcat") or {})
    graph.add((catalogue, DCAT.dataset, dataset))
    graph.add((dataset, RDF.type, DCAT.Dataset))
    _texts(graph, dataset, DCTERMS.title, descriptor.get("title_translated") or {"fi": descriptor["title"]})
    _texts(
        graph,
        dataset,
        DCTERMS.description,
        descriptor.get("description_translated") or {"fi": descriptor.get("description", "")},
    )
    graph.add((dataset, DCTERMS.identifier, Literal(descriptor.get("id") or uri)))
    if descriptor.get("version"):
        graph.add((dataset, OWL.versionInfo, Literal(descriptor["version"])))
    if descriptor.get("homepage"):
        graph.add((dataset, DCAT.landingPage, _typed(graph, descriptor["homepage"], FOAF.Document)))
    for words_lang, words in sorted((descriptor.get("keywords_translated") or {}).items()):
        for word in words:
            graph.add((dataset, DCAT.keyword, Literal(word, lang=words_lang)))
    if not descriptor.get("keywords_translated"):
        for word in descriptor.get("keywords") or []:
            graph.add((dataset, DCAT.keyword, Literal(word)))
    for theme in fields.get("theme", []):
        graph.add((dataset, DCAT.theme, _typed(graph, theme, SKOS.Concept)))
        graph.add((URIRef(theme), SKOS.prefLabel, Literal(theme.removeprefix(THEME_BASE))))
        graph.add((URIRef(theme), SKOS.inScheme, URIRef(THEME_BASE.rstrip("/"))))
    if fields.get("frequency"):
        graph.add((dataset, DCTERMS.accrualPeriodicity, _typed(graph, fields["frequency"], DCTERMS.Frequency)))
    for language in fields.get("language", []):
        graph.add((dataset, DCTERMS.language, _typed(graph, language, DCTERMS.LinguisticSystem)))
    for standard in fields.get("conforms_to", []):
        graph.add((dataset, DCTERMS.conformsTo, _typed(graph, standard, DCTERMS.Standard)))
    if fields.get("access_rights"):
        graph.add((dataset, DCTERMS.accessRights, _typed(graph, fields["access_rights"], DCTERMS.RightsStatement)))
    if fields.get("spatial_uri"):
        graph.add((dataset, DCTERMS.spatial, _location(graph, fields)))
    if fields.get("temporal_start") and not fields.get("temporal_end") and descriptor.get("last_modified"):
        # an ongoing series covers the time up to its last harvest
        fields["temporal_end"] = str(descriptor["last_modified"])[:10]
    if fields.get("temporal_start") or fields.get("temporal_end"):
        period = _typed(graph, f"{uri}#temporal", DCTERMS.PeriodOfTime)
        graph.add((dataset, DCTERMS.temporal, period))
        if fields.get("temporal_start"):
            graph.add((period, DCAT.startDate, _date(fields["temporal_start"])))
        if fields.get("temporal_end"):
            graph.add((period, DCAT.endDate, _date(fields["temporal_end"])))
    if fields.get("contact_name") or fields.get("contact_email"):
        contact = _typed(graph, f"{uri}#contact", VCARD.Organization)
        graph.add((dataset, DCAT.contactPoint, contact))
        if fields.get("contact_name"):
            graph.add((contact, VCARD.fn, Literal(fields["contact_name"])))
        if fields.get("contact_email"):
            graph.add((contact, VCARD.hasEmail, URIRef(f"mailto:{fields['contact_email']}")))
    publisher = URIRef(fields.get("publisher_uri") or f"{base}#publisher")
    graph.add((dataset, DCTERMS.publisher, _publisher(graph, publisher, fields)))
    if fields.get("issued"):
        graph.add((dataset, DCTERMS.issued, _date(fields["issued"])))
    modified = fields.get("modified") or descriptor.get("last_modified")
    if modified:
        graph.add((dataset, DCTERMS.modified, _date(modified)))
    for source in descriptor.get("sources") or []:
        graph.add((dataset, DCTERMS.source, URIRef(source["path"])))

    licence = _licence(graph, descriptor)
    resource = (descriptor.get("resources") or [{}])[0]
    csv = _distribution(
        graph,
        dataset,
        f"{uri}/{resource.get('path', name + '.csv')}",
        title={"fi": "Aineisto CSV-muodossa", "sv": "Datamängden i CSV-format", "en": "The dataset as CSV"},
        description={
            "fi": "Koko taulukko, yksi rivi kutakin tietuetta kohden.",
            "sv": "Hela tabellen, en rad per post.",
            "en": "The whole table, one row per record.",
        },
        file_type="CSV",
        media_type="text/csv",
        licence=licence,
    )
    if resource.get("bytes") is not None:
        graph.add((csv, DCAT.byteSize, Literal(f"{int(resource['bytes'])}.0", datatype=XSD.decimal)))
    # no spdx:checksum: DCAT-AP 2.1.1 allows only SHA-1 there, and the package states the SHA-256
    for standard in fields.get("conforms_to", []):
        graph.add((csv, DCTERMS.conformsTo, URIRef(standard)))
    package = _distribution(
        graph,
        dataset,
        f"{uri}/datapackage.json",
        title={"fi": "Data Package -kuvaus", "sv": "Data Package-beskrivning", "en": "Data Package descriptor"},
        description={
            "fi": "Taulukon kuvaus ja Table Schema (Frictionless Data Package).",
            "sv": "Tabellens beskrivning och Table Schema (Frictionless Data Package).",
            "en": "The table's description and Table Schema (Frictionless Data Package).",
        },
        file_type="JSON",
        media_type="application/json",
        licence=licence,
    )
    graph.add((package, DCTERMS.conformsTo, _typed(graph, DATA_PACKAGE_SPEC, DCTERMS.Standard)))
    docs = descriptor.get("schema_docs")
    if docs:
        page = docs if str(docs).startswith(("http://", "https://")) else f"{uri}/{docs}"
        html = page.endswith(".html")
        _distribution(
            graph,
            dataset,
            page,
            title={"fi": "Sarakkeiden kuvaukset", "sv": "Kolumnbeskrivningar", "en": "Column descriptions"},
            description={
                "fi": "Mitä kukin sarake sisältää, mistä se tulee ja miten se on anonymisoitu.",
                "sv": "Vad varje kolumn innehåller, varifrån den kommer och hur den anonymiserats.",
                "en": "What each column holds, where it comes from and how it was anonymised.",
            },
            file_type="HTML" if html else "TXT",
            media_type="text/html" if html else "text/markdown",
            licence=licence,
        )
    return dataset


def _location(graph: Graph, fields: Mapping[str, Any]) -> URIRef:
    node = _typed(graph, fields["spatial_uri"], DCTERMS.Location)
    if fields.get("spatial_text"):
        graph.add((node, SKOS.prefLabel, Literal(fields["spatial_text"])))
    if fields.get("spatial_centroid"):
        graph.add((node, DCAT.centroid, Literal(fields["spatial_centroid"], datatype=GSP.wktLiteral)))
    if fields.get("spatial_bbox"):
        graph.add((node, DCAT.bbox, Literal(fields["spatial_bbox"], datatype=GSP.wktLiteral)))
    return node


def _licence(graph: Graph, descriptor: Mapping[str, Any]) -> URIRef | None:
    licences = descriptor.get("licenses") or []
    if not licences:
        return None
    first = licences[0]
    uri = LICENCE_URIS.get(first.get("name")) or first.get("path")
    if not uri:
        return None
    node = _typed(graph, uri, DCTERMS.LicenseDocument)
    if first.get("name") in LICENCE_TYPES:
        graph.add((node, DCTERMS.type, _typed(graph, LICENCE_TYPES[first["name"]], SKOS.Concept)))
        graph.add((URIRef(LICENCE_TYPES[first["name"]]), SKOS.prefLabel, Literal(first["name"])))
    if first.get("title"):
        graph.add((node, DCTERMS.title, Literal(first["title"])))
    return node


def _distribution(
    graph: Graph,
    dataset: URIRef,
    url: str,
    *,
    title: Mapping[str, str],
    description: Mapping[str, str],
    file_type: str,
    media_type: str,
    licence: URIRef | None,
) -> URIRef:
    node = _typed(graph, url, DCAT.Distribution)
    graph.add((dataset, DCAT.distribution, node))
    graph.add((node, DCAT.accessURL, URIRef(url)))
    graph.add((node, DCAT.downloadURL, URIRef(url)))
    _texts(graph, node, DCTERMS.title, title)
    _texts(graph, node, DCTERMS.description, description)
    graph.add((node, DCTERMS["format"], _typed(graph, FILE_TYPE + file_type, DCTERMS.MediaTypeOrExtent)))
    graph.add((node, DCAT.mediaType, _typed(graph, MEDIA_TYPE + media_type, DCTERMS.MediaType)))
    graph.add((node, DCATAP.availability, URIRef(AVAILABILITY_STABLE)))
    if licence is not None:
        graph.add((node, DCTERMS.license, licence))
    return node


def catalogue_graph(root: Path, base_url: str | None = None) -> Graph:
    """The DCAT-AP catalogue of every data package under `root`."""
    base = catalogue_base(root, base_url)
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    catalogue = _typed(graph, f"{base}/catalog", DCAT.Catalog)
    _texts(graph, catalogue, DCTERMS.title, CATALOGUE_TITLE)
    _texts(graph, catalogue, DCTERMS.description, CATALOGUE_DESCRIPTION)
    graph.add((catalogue, DCTERMS.publisher, _publisher(graph, URIRef(f"{base}#publisher"), DEFAULTS)))
    graph.add((catalogue, FOAF.homepage, _typed(graph, f"{base}/", FOAF.Document)))
    graph.add((catalogue, DCAT.themeTaxonomy, _typed(graph, THEME_BASE.rstrip("/"), SKOS.ConceptScheme)))
    graph.add((URIRef(THEME_BASE.rstrip("/")), DCTERMS.title, Literal("Data theme", lang="en")))
    graph.add((catalogue, DCTERMS.spatial, _location(graph, DEFAULTS)))
    for code in DEFAULTS["language"]:
        language = "http://publications.europa.eu/resource/authority/language/" + code
        graph.add((catalogue, DCTERMS.language, _typed(graph, language, DCTERMS.LinguisticSystem)))
    graph.add((catalogue, DCTERMS.license, _licence(graph, {"licenses": [{"name": "CC-BY-4.0"}]})))
    issued: list[str] = []
    modified: list[str] = []
    for path in sorted(root.glob("*/datapackage.json")):
        descriptor = json.loads(path.read_text(encoding="utf-8"))
        if descriptor.get("name") != path.parent.name:
            continue
        add_dataset(graph, catalogue, base, descriptor)
        issued.append(str((descriptor.get("dcat") or {}).get("issued") or descriptor.get("created") or ""))
        modified.append(str(descriptor.get("last_modified") or ""))
    if any(issued):
        graph.add((catalogue, DCTERMS.issued, _date(min(value for value in issued if value))))
    if any(modified):
        graph.add((catalogue, DCTERMS.modified, _date(max(value for value in modified if value))))
    return graph


def write_catalogue(root: Path, base_url: str | None, write: Any) -> list[str]:
    """Write catalog.ttl and catalog.jsonld when the graph differs from what is there; the actions taken.

    `write(path, bytes)` is the catalogue's atomic file write."""
    graph = catalogue_graph(root, base_url)
    turtle = root / CATALOGUE_FILES[0]
    if turtle.exists() and (root / CATALOGUE_FILES[1]).exists():
        try:
            if isomorphic(graph, Graph().parse(turtle, format="turtle")):
                return []
        except Exception:  # noqa: BLE001 - an unreadable old file is simply rewritten
            pass
    context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    write(turtle, graph.serialize(format="turtle").encode("utf-8"))
    write(
        root / CATALOGUE_FILES[1],
        graph.serialize(format="json-ld", context=context, indent=2).encode("utf-8"),
    )
    return [f"write {root / name}" for name in CATALOGUE_FILES]

