"""The gazetteer of capital-region street names: shipped in the package, compiled for lookups by case
form, and rebuilt by a data steward from the register's CSV with `harvester pii gazetteer`."""

from pathlib import Path

import pytest

from harvester.anonymise.text import TextScrubber
from harvester.anonymise.text.gazetteer import (
    StreetIndex,
    inflected_forms,
    names_from_csv,
    parse_names,
    rebuild_from_register,
    shipped_names,
    street_index,
)
from harvester.cli.main import main
from harvester.core.errors import ConfigError

REGISTER = Path(__file__).resolve().parents[2] / "data" / "gazetteer" / "osoiteluettelo_sample.csv"


def test_the_shipped_gazetteer_loads_from_the_installed_package_with_finnish_and_swedish_names():
    names = set(shipped_names())
    assert len(names) > 3000
    assert {"Kaarelantie", "Fabriksgatan", "Pohjoinen Rautatiekatu", "Gallen-Kallelan tie"} <= names


def test_the_index_is_compiled_once_per_process():
    assert street_index() is street_index()


def test_case_forms_follow_consonant_gradation_of_the_street_word():
    assert {"fleminginkadulla", "fleminginkadun", "fleminginkatuun"} <= inflected_forms("fleminginkatu")
    assert {"kaarelantiellä", "kaarelantielle", "kaarelantiehen"} <= inflected_forms("kaarelantie")
    assert "mustikkamaanpolulla" in inflected_forms("mustikkamaanpolku")
    assert "kalliolanrinteellä" in inflected_forms("kalliolanrinne")
    assert "arabianrannassa" in inflected_forms("arabianranta")
    assert "kaisaniemenpenkereellä" in inflected_forms("kaisaniemenpenger")


def test_a_form_of_a_multi_word_name_maps_its_last_word_to_the_nominative():
    index = StreetIndex.build(["Pohjoinen Rautatiekatu"])
    assert index.forms["rautatiekadulla"] == "rautatiekatu"
    assert "pohjoinen rautatiekatu" in index.multi
    assert index.multi_lengths["rautatiekatu"] == 1


def test_the_register_csv_gives_its_finnish_and_swedish_street_names_once_each():
    assert names_from_csv(REGISTER) == [
        "Kauppakartanonkatu", "Handelshusgatan", "Viipurinkatu", "Viborgsgatan", "Pohjoinen Rautatiekatu",
        "Norra Järnvägsgatan", "Sörnäisten rantatie", "Sörnäs strandväg", "Toivo Kuulan kuja", "Toivo Kuulas gränd",
    ]  # fmt: skip


def test_a_register_without_the_named_columns_is_refused_with_its_header(tmp_path):
    source = tmp_path / "other.csv"
    source.write_text("nimi;numero\nKatu;1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="katunimi, gatan.*nimi, numero"):
        names_from_csv(source)


def test_other_column_names_can_be_given(tmp_path):
    source = tmp_path / "semicolon.csv"
    source.write_text("Osoite;Adress\nTehtaankatu 13;Fabriksgatan 13\n", encoding="utf-8")
    assert names_from_csv(source, ("Osoite", "Adress")) == ["Tehtaankatu", "Fabriksgatan"]


def test_rebuilding_replaces_the_list_with_the_register_names(tmp_path):
    target = tmp_path / "streets.txt"
    target.write_text("Westendintie\n", encoding="utf-8")
    assert rebuild_from_register(REGISTER, target) == 10
    names = parse_names(target.read_text(encoding="utf-8"))
    assert "Westendintie" not in names and "Viipurinkatu" in names
    assert target.read_text(encoding="utf-8").startswith("# Street names rebuilt")


def test_rebuilding_with_merge_keeps_the_names_already_listed(tmp_path):
    target = tmp_path / "streets.txt"
    target.write_text("# old\nWestendintie\n", encoding="utf-8")
    assert rebuild_from_register(REGISTER, target, merge=True) == 11
    assert "Westendintie" in parse_names(target.read_text(encoding="utf-8"))


def test_the_gazetteer_command_rebuilds_the_list_from_the_register_csv(tmp_path, capsys):
    target = tmp_path / "streets.txt"
    assert main(["pii", "gazetteer", "--from", str(REGISTER), "--out", str(target)]) == 0
    assert "10 street names" in capsys.readouterr().err
    assert StreetIndex.build(parse_names(target.read_text(encoding="utf-8"))).forms["viipurinkadulla"] == "viipurinkatu"


def test_the_gazetteer_command_takes_other_columns(tmp_path):
    source = tmp_path / "bikes.csv"
    source.write_text("Nimi,Osoite\nHanasaari,Hanasaarenranta 1\n", encoding="utf-8")
    target = tmp_path / "streets.txt"
    assert main(["pii", "gazetteer", "--from", str(source), "--out", str(target), "--column", "Osoite"]) == 0
    assert parse_names(target.read_text(encoding="utf-8")) == ["Hanasaarenranta"]


def test_a_rebuilt_gazetteer_finds_a_street_that_has_no_street_word_ending(tmp_path):
    index = StreetIndex.build(["Urpu"])
    assert index.forms["urpu"] == "urpu" and "urpu" in index.single
    assert "urpu" not in index.lower_ok  # a name without a street word needs its capital
    assert [s for s in TextScrubber(cache_size=0).scan("Asun Urpu 6 B 3:ssa") if s.label == "ADDRESS"]
