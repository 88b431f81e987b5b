"""Quality on the labelled development set (tests/data/pii/dev.jsonl) meets the issue's targets.

This checks detection quality, not speed; throughput is measured by benchmarks/pii_eval.py."""

from pathlib import Path

import pytest

from harvester.anonymise.text.evaluation import evaluate, read_labelled

DEV_SET = Path(__file__).resolve().parents[2] / "data" / "pii" / "dev.jsonl"


@pytest.fixture(scope="module")
def evaluation():
    return evaluate(read_labelled(DEV_SET))


@pytest.mark.parametrize("label", ["EMAIL", "PHONE", "HETU", "IBAN", "PLATE", "IP"])
def test_pattern_label_recall_is_at_least_099(evaluation, label):
    assert evaluation.labels[label].recall >= 0.99, evaluation.errors


@pytest.mark.parametrize("label", ["PERSON", "ADDRESS"])
def test_name_and_address_recall_is_at_least_095(evaluation, label):
    assert evaluation.labels[label].recall >= 0.95, evaluation.errors


def test_overall_precision_is_at_least_090(evaluation):
    assert evaluation.overall.precision >= 0.90, evaluation.errors


def test_at_least_098_of_personal_data_characters_are_masked(evaluation):
    assert evaluation.masked_share >= 0.98, evaluation.errors


def test_development_set_has_at_least_300_messages_in_three_languages():
    records = read_labelled(DEV_SET)
    assert len(records) >= 300
    assert {r["lang"] for r in records} == {"fi", "sv", "en"}
