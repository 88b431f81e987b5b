"""A run streams with the young generation collected less often, and leaves the collector as it found it."""

from __future__ import annotations

import gc

import pytest

from harvester.pipeline.gc_pace import STREAMING_YOUNG_THRESHOLD, streaming_pace


@pytest.fixture
def default_thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_inside_the_block_young_objects_are_collected_less_often(default_thresholds) -> None:
    with streaming_pace():
        assert gc.get_threshold() == (STREAMING_YOUNG_THRESHOLD, 10, 10)


def test_after_the_block_the_thresholds_are_back(default_thresholds) -> None:
    with streaming_pace():
        pass
    assert gc.get_threshold() == (700, 10, 10)


def test_an_error_inside_the_block_still_restores_the_thresholds(default_thresholds) -> None:
    with pytest.raises(RuntimeError), streaming_pace():
        raise RuntimeError("boom")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_slower_pace_set_by_the_host_program_is_kept(default_thresholds) -> None:
    gc.set_threshold(50_000, 10, 10)
    with streaming_pace():
        assert gc.get_threshold()[0] == 50_000
