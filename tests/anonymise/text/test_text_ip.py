"""IP addresses, v4 and v6."""

from harvester.anonymise.text import TextScrubber


def ips(text: str) -> list[str]:
    return [text[s.start : s.end] for s in TextScrubber().scan(text) if s.label == "IP"]


def test_ipv4_address_is_detected():
    assert ips("Pyyntö tuli osoitteesta 192.168.10.45.") == ["192.168.10.45"]


def test_ipv6_address_is_detected():
    assert ips("Palvelin 2001:db8:85a3::8a2e:370:7334 ei vastaa") == ["2001:db8:85a3::8a2e:370:7334"]


def test_out_of_range_ipv4_is_not_detected():
    assert ips("Arvo 300.1.2.3 ei ole osoite") == []


def test_section_number_is_not_an_ip_address():
    assert ips("Pykälän 3.2.1.4 mukaan") == []


def test_clock_time_is_not_an_ipv6_address():
    assert ips("Kello 12:30:45 palvelin kaatui") == []


def test_software_version_of_an_address_shape_is_no_ip():
    assert ips("Firmware 3.10.2.118 on the ticket machine shows an error.") == []


def test_address_after_an_ip_word_is_an_ip_even_beside_a_version_word():
    assert ips("Päivityksen jälkeen IP-osoite 10.2.3.4 estettiin.") == ["10.2.3.4"]
