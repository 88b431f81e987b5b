"""Minimum cell counts and k-anonymity over declared quasi-identifiers."""

from harvester.anonymise.kanonymity import k_anonymity, suppress_below_k, suppress_small_cells

ROWS = [
    {"district": "Kallio", "age_band": "30-39", "topic": "streets"},
    {"district": "Kallio", "age_band": "30-39", "topic": "parks"},
    {"district": "Kallio", "age_band": "30-39", "topic": "parks"},
    {"district": "Vuosaari", "age_band": "70-79", "topic": "streets"},
]


def test_k_is_the_size_of_the_smallest_equivalence_class():
    assert k_anonymity(ROWS, ["district", "age_band"]) == 1


def test_k_grows_when_fewer_quasi_identifiers_are_declared():
    assert k_anonymity(ROWS[:3], ["district"]) == 3


def test_no_quasi_identifiers_make_one_class_of_all_rows():
    assert k_anonymity(ROWS, []) == 4


def test_k_of_no_rows_is_zero():
    assert k_anonymity([], ["district"]) == 0


def test_missing_quasi_identifier_counts_as_its_own_value():
    assert k_anonymity([{"district": "Kallio"}, {"district": "Kallio", "age_band": None}], ["age_band"]) == 2


def test_small_cells_are_suppressed_and_counted():
    cells = [{"district": "Kallio", "count": 12}, {"district": "Eira", "count": 2}]
    result = suppress_small_cells(cells, "count", 5)
    assert result.rows == [{"district": "Kallio", "count": 12}]
    assert result.suppressed == 1


def test_cell_without_a_numeric_count_is_suppressed():
    assert suppress_small_cells([{"count": None}, {"count": "7"}], "count", 5).suppressed == 2


def test_rows_below_k_are_suppressed_so_the_rest_is_k_anonymous():
    result = suppress_below_k(ROWS, ["district", "age_band"], 2)
    assert result.suppressed == 1
    assert k_anonymity(result.rows, ["district", "age_band"]) == 3
