"""HETU (Finnish personal identity code): every century sign, check character and real date."""

from harvester.anonymise.text import TextScrubber


def found(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in TextScrubber().scan(text)]


def test_hetu_with_dash_century_sign_is_detected():
    assert found("Henkilötunnus 131052-308T liitteessä.") == [("HETU", "131052-308T")]


def test_hetu_with_2023_century_sign_is_detected():
    # 010594Y9032: the 1900s sign Y introduced in 2023; 020502E5021 likewise for the 2000s.
    assert found("Tunnukset 010594Y9032 ja 020502E5021.") == [
        ("HETU", "010594Y9032"),
        ("HETU", "020502E5021"),
    ]


def test_hetu_of_the_1800s_is_detected():
    assert found("Syntynyt 010199+9997.") == [("HETU", "010199+9997")]


def test_hetu_with_wrong_check_character_is_not_detected():
    assert found("Henkilötunnus 131052-308U liitteessä.") == []


def test_hetu_with_impossible_date_is_not_detected():
    # 30 February with a correct check character for its digits is still no HETU.
    digits = "300290" + "123"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(digits) % 31]
    assert found(f"Tunnus 300290-123{check}") == []


def test_hetu_inside_a_longer_code_is_not_detected():
    assert found("Viite 9131052-308T2") == []
