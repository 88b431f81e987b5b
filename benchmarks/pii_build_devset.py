"""Builds tests/data/pii/dev.jsonl, the labelled development set of the personal-data detector.

Messages are written with inline gold markup, `[[LABEL:text]]`, and turned into JSON Lines
`{"id", "lang", "text", "spans": [{"start", "end", "label"}]}`. `{hetu}` and `{iban}` are replaced by
valid generated codes. The first part is hand-written messages in the style of Helsinki feedback, hearing
comments and staff replies; the second combines hand-written sentence frames with names, numbers and
places drawn at random (fixed seed), including many names that are in no list shipped with the detector.

    .venv/bin/python benchmarks/pii_build_devset.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pii_devset_outsider3
import pii_devset_outsider4
import pii_devset_outsider5
import pii_devset_outsider6
import pii_devset_outsider7
import pii_devset_outsider8
import pii_devset_outsider9
import pii_devset_outsider10
import pii_devset_outsider11
import pii_devset_outsider12
import pii_devset_outsider13
import pii_devset_outsider14
import pii_devset_outsider15
import pii_devset_outsider16
import pii_devset_outsider17
import pii_devset_outsider18
import pii_devset_outsider19
import pii_devset_outsider20
import pii_devset_outsider21
import pii_devset_outsider22
import pii_devset_outsider23
import pii_devset_outsider24
import pii_devset_outsider25
import pii_devset_outsider26
import pii_devset_outsider27
import pii_devset_outsider28
import pii_devset_outsider29
import pii_devset_outsider30
import pii_devset_outsider31
import pii_devset_outsider32
import pii_devset_outsider33
import pii_devset_outsider34
import pii_devset_outsider35
import pii_devset_outsider36
import pii_devset_outsider37
import pii_devset_outsider38
import pii_devset_outsider39
import pii_devset_outsider40
import pii_devset_outsider41
import pii_devset_outsider42
import pii_devset_outsider43
import pii_devset_outsider44
import pii_devset_outsider45
import pii_devset_outsider46
import pii_devset_outsider47
import pii_devset_outsider48
import pii_devset_outsider49
import pii_devset_outsider50
import pii_devset_outsider51
import pii_devset_outsider52
import pii_devset_outsider53
import pii_devset_outsider54
import pii_devset_outsider55
import pii_devset_outsider56
import pii_devset_outsider57
import pii_devset_outsider58
import pii_devset_outsider59
import pii_devset_outsider60
import pii_devset_outsider61
import pii_devset_outsider62
import pii_devset_outsider63
import pii_devset_outsider64
import pii_devset_outsider65
import pii_devset_outsider66
import pii_devset_outsider67
import pii_devset_outsider68

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "pii" / "dev.jsonl"
LABELS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "H": "HETU", "I": "IBAN", "R": "PLATE", "A": "ADDRESS",
          "IP": "IP"}  # fmt: skip
CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"

rng = random.Random(20240605)


def hetu() -> str:
    century, sign = rng.choice([(1900, "-"), (1900, "Y"), (1900, "X"), (1900, "W"), (1900, "V"), (1900, "U"),
                                (2000, "A"), (2000, "B"), (2000, "C"), (2000, "D"), (2000, "E"), (2000, "F"),
                                (1800, "+")])  # fmt: skip
    year = rng.randint(0, 99) if century != 2000 else rng.randint(0, 23)
    day, month, individual = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2, 899)
    digits = f"{day:02d}{month:02d}{year:02d}"
    return f"{digits}{sign}{individual:03d}{CHECK[int(digits + f'{individual:03d}') % 31]}"


def wrong_hetu() -> str:
    good = hetu()
    return good[:-1] + rng.choice([c for c in CHECK if c != good[-1]])


def iban(country: str = "FI", length: int = 18, spaced: bool = True) -> str:
    bban = "".join(str(rng.randint(0, 9)) for _ in range(length - 4))
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02d}{bban}"
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if spaced else value


HAND = [
    # ---- Finnish: citizens' feedback
    ("fi", "Mannerheimintiellä on iso kuoppa Oopperan kohdalla. Korjatkaa se ennen kuin joku loukkaantuu."),
    (
        "fi",
        "Asun osoitteessa [[A:Fleminginkatu 12 b 3]] ja pihalla on ollut rikkinäinen katulamppu kaksi viikkoa. "
        "Soittakaa [[T:040 123 4567]], [[P:Liisa Virtanen]]",
    ),
    ("fi", "Hei! Naapurin auto [[R:XYZ-123]] on seissyt kääntöpaikalla jo kuukauden. T. [[P:Pekka]]"),
    ("fi", "Vuonna 2019 kirjastossa vietettiin 240 000 tuntia ja lainattiin 1 200 000 kirjaa. Hienoa!"),
    (
        "fi",
        "Kaupunkisuunnittelulautakunnassa 15.12.2015 hyväksytty ohje on hyvä. Lisätietoja "
        "https://www.hel.fi/fi/paatoksenteko-ja-hallinto/ sivulta.",
    ),
    ("fi", "Voisiko Kallion kirjaston aukioloaikoja pidentää? Nyt ovet sulkeutuvat klo 20.00."),
    (
        "fi",
        "Roskis on täynnä Hakaniemen torilla. Ilmoittaja: [[P:Matti Meikäläinen]], puh. [[T:050 765 4321]]",
    ),
    ("fi", "Anna palautetta katujen kunnosta. Kuopat raportoidaan 3 arkipäivän kuluessa."),
    ("fi", "Pyydän, että palautan laskun tilille [[I:{iban}]]. Henkilötunnukseni on [[H:{hetu}]]."),
    ("fi", "Lipun hinta on 2,80 € ja kausilippu maksaa 59,70 euroa 30 päivältä."),
    (
        "fi",
        "Koulun pihalla on ollut lasinsiruja. Lapseni [[P:Eetu]] loukkasi kätensä. Äiti [[P:Sanna Koskinen]], "
        "[[E:sanna.koskinen@example.com]]",
    ),
    ("fi", "Kiitos nopeasta vastauksesta [[P:Virtaselle]]! Asia on nyt kunnossa."),
    ("fi", "Puhuin eilen [[P:Liisalle]] asiakaspalvelussa ja hän lupasi, että kone korjataan."),
    ("fi", "Hakaniemen sillan remontti kestää vuoteen 2025. Työmaan puhelin on päivystyksessä klo 7-16."),
    ("fi", "Bussilinja 550 on joka aamu myöhässä 10-15 minuuttia. Pysäkki H1234 Itäkeskuksessa."),
    ("fi", "Valtatie 7 on ruuhkainen ja kantatie 51 samoin, 120 000 autoa vuorokaudessa."),
    ("fi", "Pysäköintivirhemaksu 60 € tuli autolleni [[R:ABC-12]] vaikka maksoin. Viitenumero 12345 67890."),
    ("fi", "Ystävällisin terveisin\n[[P:Katja Lappi]]\nLiikennesuunnittelupäällikön sihteeri"),
    ("fi", "Terveisin [[P:Matti Meikäläinen]]"),
    ("fi", "Apulaispormestari [[P:Anni Sinnemäki]] kertoi asiasta tiedotustilaisuudessa 3.4.2023."),
    ("fi", "Kaupunginjohtaja vastasi valtuustokysymykseen kokouksessa 12.6.2022."),
    ("fi", "Apulaispormestarin mukaan Töölönlahden puiston kunnostus alkaa keväällä."),
    ("fi", "Minun nimeni on [[P:Jaana Lehtonen]] ja asun [[A:Kotikadulla 7]]. Talon edessä on aina roskia."),
    ("fi", "Puistossa Vallilassa on rikki kolme penkkiä ja kaksi roskista."),
    (
        "fi",
        "Lähetin kuvat sähköpostilla osoitteeseen [[E:m.virtanen@gmail.com]], soittakaa [[T:+358 50 1234567]].",
    ),
    ("fi", "HSL:n lippuautomaatti ei toimi Rautatientorilla, virhekoodi E-12 näkyy näytöllä."),
    ("fi", "Jätkäsaaressa on liian vähän pyöräpysäköintipaikkoja, vain 40 paikkaa 500 asukasta kohden."),
    ("fi", "Naapuri [[P:Heikki Nieminen]] ([[A:Mäkelänkatu 2-4 C 15]]) pitää koiraansa vapaana puistossa."),
    (
        "fi",
        "Hei, tässä yhteystietoni: [[P:Ville Korhonen]], [[T:044-987 6543]], [[E:ville.korhonen@outlook.com]]",
    ),
    ("fi", "Asukasilta pidetään Maunulan talossa 14.3. klo 18-20. Tervetuloa!"),
    ("fi", "Toivon, että Kumpulan maauimala avataan jo toukokuussa."),
    ("fi", "Soitin numeroon [[T:09 310 12345]] mutta kukaan ei vastannut. [[P:Riitta]]"),
    ("fi", "Tilaan tiedot kirjeenä osoitteeseen [[A:Mannerheimintie 5 A 12]], 00100 Helsinki."),
    ("fi", "Metroasemalla Kalasatamassa hissi on ollut rikki 5 päivää."),
    ("fi", "Mielestäni [[P:Sinnemäen]] ehdotus pyöräteistä on hyvä."),
    ("fi", "Kysyin asiaa [[P:Pertti Salolta]] rakennusvalvonnasta, mutta en saanut vastausta."),
    ("fi", "Stockmannin edessä Aleksanterinkadulla on liukasta. Hiekoitusta!"),
    ("fi", "Aleksanterinkadulla 15.1.2024 klo 8.15 sattui liukastuminen."),
    ("fi", "Kaivopuiston rannassa on roskia. Siivotkaa ennen vappua, kiitos."),
    ("fi", "Ilmoitin rikkinäisestä valosta jo 3 kertaa (viimeksi 2.2.2024), ei tapahdu mitään."),
    ("fi", "Auto, jonka rekisterinumero on [[R:KLM123]], on pysäköity jalkakäytävälle."),
    ("fi", "Olen [[P:Tuomas]], 34-vuotias isä ja asun Vuosaaressa. Leikkipuisto tarvitsee uudet keinut."),
    ("fi", "Lapseni koulu on Pohjois-Haagan yhteiskoulu ja matka sinne on 2,5 km."),
    ("fi", "Mikä on Helsingin kaupungin Y-tunnus? Löysin numeron 0201256-6."),
    ("fi", "Palvelunumero on 09 310 01 (arkisin 8-16). Hätänumero 112."),
    ("fi", "Talokeskuksen diaarinumero HEL 2019-012345, asia koskee Fredrikinkatua."),
    ("fi", "IP-osoitteeni oli [[IP:192.168.10.45]] kun lomake kaatui."),
    ("fi", "Lomakkeen virheilmoitus: palvelin [[IP:2001:db8:85a3::8a2e:370:7334]] ei vastaa."),
    ("fi", "Pykälän 3.2.1.4 mukaan asukkailla on oikeus valittaa."),
    ("fi", "Kiitos [[P:Mikolle]] ja [[P:Ainolle]] hienosta tapahtumasta!"),
    ("fi", "[[P:Liisa]] ja [[P:Tuuli]] järjestivät siivoustalkoot Munkkiniemessä."),
    ("fi", "Hei [[P:Anna]], kiitos kun kävit katsomassa paikkaa."),
    ("fi", "Helsingin kaupungin kaupunkiympäristön toimiala vastaa katujen kunnossapidosta."),
    (
        "fi",
        "Lisätietoja antaa [[P:Markku Heikkinen]], puh. [[T:(09) 310 37123]], [[E:markku.heikkinen@hel.fi]].",
    ),
    ("fi", "Viestin lähetti [[P:Jukka-Pekka Mäkinen]] [[E:jpm@example.org]]."),
    ("fi", "Kouluruoka maksaa kaupungille noin 3,50 euroa annokselta ja oppilaita on 45 000."),
    ("fi", "Lapsi sai poltetta leikkipuistossa Herttoniemessä 10.7.2023. Laskun summa 145,00 €."),
    ("fi", "Parkkihallissa autoni [[R:FGH-456]] naarmutettiin. Vahinkoilmoitus tehty."),
    ("fi", "Hakemukseni numero on 2023-000456 ja hakemuspäivä 12.04.2023."),
    ("fi", "Terveisin\n[[P:Aino Mäkelä]]\n[[A:Hämeentie 14 B 22]]\n[[T:045 678 9012]]"),
    ("fi", "Puhelinnumeroni on muuttunut, uusi on [[T:0400 123 456]]."),
    ("fi", "Ehdotan että Esplanadin puistoon tuodaan lisää penkkejä. Nyt niitä on 12."),
    ("fi", "Kerro kantasi -palvelussa on 1 543 kommenttia ja 87 000 ääntä."),
    ("fi", "Kävin Oodissa ja siellä oli 3D-tulostin rikki. Henkilökunta ei osannut auttaa."),
    ("fi", "Vastaanottaja: [[P:Pirjo Saarinen]], rakennusvalvonta"),
    ("fi", "Aloite on lähetetty 14.2.2024 ja siihen vastaa kaupunginjohtaja."),
    ("fi", "Kaupunginvaltuutettu [[P:Elina Laaksonen]] teki asiasta aloitteen."),
    ("fi", "[[P:Koskinen]] sanoi kokouksessa, että asia etenee syksyllä."),
    ("fi", "Hyvä [[P:Kari Lindholm]], kiitos palautteestanne koskien Vuosaaren satamaa."),
    ("fi", "Lähetä lasku: [[P:Tiina Ahonen]], [[A:Sturenkatu 27a]], 00510 Helsinki. Tilinro [[I:{iban}]]"),
    ("fi", "Asunnossa [[A:Kalevankatu 3 as. 5]] on homeongelma. Vuokranantaja ei reagoi."),
    ("fi", "Omistajan henkilötunnus [[H:{hetu}]] löytyy liitteestä."),
    ("fi", "Henkilötunnus {wrong_hetu} on väärin kirjoitettu, tarkistakaa."),
    ("fi", "Hinnat 2024: aikuiset 6 €, lapset 3 €, perhelippu 15 €. Aukioloajat 10.00–18.00."),
    ("fi", "Kierrätyskeskus sijaitsee Kyläsaarenkadulla ja aukeaa klo 9."),
    ("fi", "Lasten päiväkoti Pikku Kakkonen on auki 6.30-17.30."),
    ("fi", "Helsingin Sanomat kirjoitti asiasta 5.5.2023. Kaupunki ei ole kommentoinut."),
    ("fi", "Tilasin uuden roska-astian, tilausnumero 4412 8890 12."),
    ("fi", "Matkakortin numero 1234 5678 9012 3456 ei toimi."),
    ("fi", "Kela maksaa tukea 30 päivältä. Posti toi päätöksen myöhässä."),
    ("fi", "Asiakaspalvelu vastaa arkisin, numero [[T:+358 9 310 22111]]."),
    ("fi", "Yhteyshenkilö [[P:Outi Rantanen]] ([[T:050-3456789]])"),
    ("fi", "--\n[[P:Teemu Väisänen]]\nprojektipäällikkö, Helsingin kaupunki\n[[T:+358 40 334 5566]]"),
    # ---- Finnish: staff replies
    (
        "fi",
        "Kiitos palautteestasi. Katuvalo korjataan viikolla 12. Ystävällisin terveisin, [[P:Jari Salminen]], "
        "Stara",
    ),
    ("fi", "Hei [[P:Maija]]! Asia on siirretty rakennusvirastoon. Terv. [[P:Harri]]"),
    ("fi", "Palautteesi on vastaanotettu ja se käsitellään 14 vuorokauden kuluessa. Helsingin kaupunki"),
    ("fi", "Vastaus: Mannerheimintien työmaa valmistuu kesäkuussa 2024. Yst. terv. [[P:Kimmo Lahtinen]]"),
    ("fi", "Kiitos viestistä. Välitin sen liikennesuunnittelija [[P:Sari Toivoselle]]."),
    ("fi", "Käsittelijä: [[P:Mervi Turunen]], puh. [[T:09 310 64 123]]"),
    ("fi", "Kiitos!\n\nPalaute on ohjattu Stadin ammattiopistolle. Parhain terveisin [[P:Petri Miettinen]]"),
    # ---- Swedish
    ("sv", "Det finns ett stort hål i gatan vid Mannerheimvägen. Laga det snart!"),
    (
        "sv",
        "Jag bor på [[A:Norra esplanaden 11]] och grannens hund skäller hela natten. Ring mig: [[T:040 765 4321]].",
    ),
    ("sv", "Med vänliga hälsningar [[P:Anna Svensson]]"),
    ("sv", "Med vänliga hälsningar\n[[P:Karl-Erik Lindqvist]]\nStadsmiljösektorn"),
    ("sv", "Biblioteket i Berghäll stänger kl. 20 på vardagar. Öppettiderna borde förlängas."),
    ("sv", "Min bil [[R:ABC-789]] bogserades bort trots att jag hade parkeringstillstånd."),
    ("sv", "Hej [[P:Erik]], tack för ditt meddelande. Vi återkommer inom 14 dagar."),
    ("sv", "Jag heter [[P:Maria Nyström]] och min e-post är [[E:maria.nystrom@abo.fi]]."),
    ("sv", "Biljetten kostar 2,80 euro och år 2022 reste 180 000 personer med färjan."),
    ("sv", "Borgmästaren svarade på frågan under fullmäktigesammanträdet den 12.6.2023."),
    ("sv", "Biträdande borgmästare [[P:Paavo Arhinmäki]] besökte Tölö den 3 maj."),
    ("sv", "Kontaktperson: [[P:Johan Ekström]], tfn [[T:+358 9 310 27011]]"),
    ("sv", "Bästa hälsningar, [[P:Linnea]]"),
    ("sv", "Jag pratade med [[P:Lars Holmström]] på byggnadstillsynen men fick inget svar."),
    ("sv", "Min adress är [[A:Sturegatan 27 A 5]], 00510 Helsingfors, personbeteckning [[H:{hetu}]]."),
    ("sv", "Parken i Vallgård behöver fler papperskorgar, nu finns det bara 3."),
    ("sv", "Betala till konto [[I:{iban}]] senast 30.6.2024."),
    ("sv", "Vänliga hälsningar [[P:Ebba Grönroos]]"),
    ("sv", "Tack, [[P:Sven]]! Vi ses på invånarmötet på Arbis kl. 18."),
    ("sv", "Helsingfors stad ansvarar för gatuunderhållet i Drumsö."),
    ("sv", "Spårvagnslinje 7 går var 10:e minut. Hållplatsen vid Tölö torg saknar tak."),
    (
        "sv",
        "Skicka svaret till [[E:ingrid.aberg@gmail.com]] eller ring [[T:050 111 2233]]. Mvh [[P:Ingrid Åberg]]",
    ),
    ("sv", "Bilen med registreringsnummer [[R:CDE-45]] står fel parkerad på [[A:Bangårdsvägen 3]]."),
    ("sv", "Vi har fått 245 svar på enkäten och 1 200 förslag under 2023."),
    ("sv", "Jag och [[P:Per Andersson]] har väntat i 45 minuter på bussen."),
    # ---- English
    ("en", "There is a huge pothole on Mannerheimintie near the Opera. Please fix it!"),
    ("en", "Kind regards, [[P:John Smith]]"),
    (
        "en",
        "My name is [[P:Emily Clarke]] and I live at [[A:Runeberginkatu 43 B 17]]. Call me at [[T:+358 40 765 4321]].",
    ),
    ("en", "The library in Kallio closes at 8 pm. In 2023 it had 450 000 visitors."),
    ("en", "Best regards,\n[[P:David Wilson]]\nCity of Helsinki, Urban Environment Division"),
    ("en", "I talked to Mr [[P:Thompson]] at the service point but nothing happened."),
    ("en", "Please send the refund to [[I:{iban}]]. My personal identity code is [[H:{hetu}]]."),
    ("en", "Thanks,\n[[P:Sarah]]"),
    ("en", "The deputy mayor announced the new bike lanes on 3 April 2023."),
    ("en", "Tickets cost 3.10 euros and a monthly pass 64.70 euros; 1,200 people bought one."),
    ("en", "A car with plate [[R:JKL-321]] has been parked on the bike lane for 3 days."),
    ("en", "Dear Ms [[P:Lindberg]], thank you for your feedback about Helsinki Central Library Oodi."),
    ("en", "Server log: request from [[IP:10.24.3.117]] at 12:30:45 failed with error 500."),
    ("en", "Contact person: [[P:Michael Brown]], [[E:michael.brown@example.co.uk]], [[T:+44 20 7946 0958]]"),
    ("en", "Aalto University and the University of Helsinki organise the event at Otaniemi."),
    ("en", "I emailed [[E:info@helsinkiyouth.fi]] twice, on 4.5. and 12.5.2024, without an answer."),
    ("en", "My neighbour [[P:Olivia Harris]] at [[A:Fredrikinkatu 20 C 8]] complains about the noise too."),
    ("en", "Cheers,\n[[P:Tom]]"),
    ("en", "Version 2.3.1 of the app crashes on Android 14. Build 1.0.4.2."),
    ("en", "Please call [[T:050 246 8101]] between 9 and 17. - [[P:Ahmed Hassan]]"),
    ("en", "Sincerely, [[P:Fatima Al-Sayed]]"),
    ("en", "Will the swimming hall in Itäkeskus be open on May Day? Mark your calendars for June."),
    ("en", "I'm [[P:Priya Raman]], a student living in Viikki. The bus 506 is always full."),
]

# ---- Frames for generated messages: {P} first+last name, {F} first name, {S} surname in a Finnish case,
# {T} phone, {E} e-mail, {A} address, {R} plate, {H} hetu, {I} iban, {IP} ip. Negatives have none.
FI_FIRST = ["Matti", "Liisa", "Juha", "Päivi", "Kalle", "Minna", "Heikki", "Sirpa", "Antti", "Kaisa", "Eero",
            "Johanna", "Ilkka", "Hanna", "Olli", "Tarja", "Jarmo", "Leena", "Sampo", "Veikko", "Helmi",
            "Aleksi", "Senja", "Raili", "Topias", "Iiris", "Kerttu", "Urho", "Aarne", "Marjut"]  # fmt: skip
FI_SUR = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
          "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Kettunen", "Huttunen", "Rautiainen", "Pesonen",
          "Kärkkäinen", "Ojanperä", "Tiihonen", "Halme", "Kivelä", "Mononen", "Pulkkinen", "Backman",
          "Hyvärinen", "Aaltola", "Ruotsalainen", "Lappalainen", "Kokkonen", "Peltola"]  # fmt: skip
OTHER = ["Abdi Warsame", "Nguyen Thi Lan", "Ewa Kowalska", "Ivan Petrov", "Sofia Rossi", "Lucas Müller",
         "Emma Johansson", "Oscar Lindgren", "Jessica Taylor", "Daniel Okafor", "Mehmet Demir", "Chen Wei",
         "Rasmus Holmberg", "Alva Bergqvist", "Yasmin Farah"]  # fmt: skip
STREETS = ["Mannerheimintie", "Hämeentie", "Fredrikinkatu", "Albertinkatu", "Mechelininkatu", "Tehtaankatu",
           "Porvoonkatu", "Kustaankatu", "Vironkatu", "Itäinen Papinkatu", "Pohjolankatu", "Kalliolanrinne",
           "Arabiankatu", "Mustikkamaanpolku", "Siilitie", "Kulosaarentie", "Meripuistotie", "Kaarelantie",
           "Laajasalontie", "Ruusulankatu", "Tukholmankatu", "Koivikkotie", "Laivalahdenkaari"]  # fmt: skip
SV_STREETS = ["Mannerheimvägen", "Tavastvägen", "Fredriksgatan", "Norra Hesperiagatan", "Lappviksgatan",
              "Sandvikskajen", "Brunnsgatan", "Drumsövägen"]  # fmt: skip
DOMAINS = ["gmail.com", "hotmail.com", "hel.fi", "outlook.com", "yahoo.fi", "kolumbus.fi", "example.org"]


def phone() -> str:
    subscriber = str(rng.randint(1000000, 9999999))
    return rng.choice([
        f"040 {subscriber[:3]} {subscriber[3:]}", f"050{subscriber}", f"+358 44 {subscriber}",
        f"045-{subscriber[:3]} {subscriber[3:]}", f"09 {subscriber[:3]} {subscriber[3:]}",
        f"+358 9 {subscriber[:4]} {subscriber[4:]}", f"(09) {subscriber[:3]} {subscriber[3:]}",
        f"+358{rng.choice(['40', '50', '9'])}{subscriber}", f"041 {subscriber[:2]} {subscriber[2:4]} {subscriber[4:]}",
        f"0400 {subscriber[:3]} {subscriber[3:6]}", f"+358 (0)50 {subscriber[:3]} {subscriber[3:]}",
    ])  # fmt: skip


def address(streets: list[str] = STREETS) -> str:
    number = rng.randint(1, 120)
    return rng.choice([
        f"{rng.choice(streets)} {number}",
        f"{rng.choice(streets)} {number} {rng.choice('ABCDEF')} {rng.randint(1, 60)}",
        f"{rng.choice(streets)} {number} {rng.choice('abc')} {rng.randint(1, 60)}",
        f"{rng.choice(streets)} {number}{rng.choice('ab')}",
    ])  # fmt: skip


def plate() -> str:
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVXYZ") for _ in range(rng.choice([2, 3, 3])))
    return f"{letters}-{rng.randint(1, 999)}"


def email(name: str) -> str:
    local = name.lower().replace(" ", ".").translate(str.maketrans("äöå", "aoa"))
    return f"{local}@{rng.choice(DOMAINS)}"


def ip() -> str:
    if rng.random() < 0.7:
        return ".".join(str(rng.randint(10, 250)) for _ in range(4))
    return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"


# Finnish case forms of a surname, the forms used in the frames below.
def genitive(surname: str) -> str:
    if surname.endswith("nen"):
        return surname[:-3] + "sen"
    if surname.endswith(("a", "ä", "o", "i", "e")):
        return surname + "n"
    return surname + "in"


ALLATIVES = {"Matti": "Matille", "Liisa": "Liisalle", "Juha": "Juhalle", "Päivi": "Päiville", "Kalle": "Kallelle",
             "Minna": "Minnalle", "Heikki": "Heikille", "Sirpa": "Sirpalle", "Antti": "Antille", "Kaisa": "Kaisalle",
             "Eero": "Eerolle", "Johanna": "Johannalle", "Ilkka": "Ilkalle", "Hanna": "Hannalle", "Olli": "Ollille",
             "Tarja": "Tarjalle", "Jarmo": "Jarmolle", "Leena": "Leenalle", "Sampo": "Sammolle",
             "Veikko": "Veikolle", "Helmi": "Helmille", "Aleksi": "Aleksille", "Senja": "Senjalle",
             "Raili": "Railille", "Topias": "Topiakselle", "Iiris": "Iirikselle", "Kerttu": "Kertulle",
             "Urho": "Urholle", "Aarne": "Aarnelle", "Marjut": "Marjutille"}  # fmt: skip


def allative(first: str) -> str:
    return ALLATIVES[first]


FI_FRAMES = [
    "Roskakatos on rikki pihallamme. Terveisin [[P:{P}]], [[T:{T}]]",
    "Soitin [[P:{Sgen}]] rakennusvalvontaan, mutta asia ei edennyt.",
    "Kiitos palautteesta! Välitin viestin [[P:{Fall}]], joka vastaa alueesta.",
    "Lisätietoja: [[P:{P}]], [[E:{E}]], puh. [[T:{T}]]",
    "Asun osoitteessa [[A:{A}]] ja kadulla ajetaan ylinopeutta joka ilta.",
    "Naapurin auto [[R:{R}]] on pysäköity kadulle jo kolme viikkoa.",
    "Hakemukseni liitteenä on henkilötunnus [[H:{H}]] ja tilinumero [[I:{I}]].",
    "t. [[P:{F}]]",
    "Yst. terv.\n[[P:{P}]]\nasiakaspalvelu, kaupunkiympäristö",
    "[[P:{P}]] ilmoitti, että valaistus on puutteellinen {street}lla.",
    "Sähköpostini on [[E:{E}]], vastatkaa sinne.",
    "Palvelu ei toiminut, IP-osoite [[IP:{IP}]] ja kellonaika 14:05.",
    "Pyydän yhteydenottoa numeroon [[T:{T}]] arkisin.",
    "Kävin [[P:{Fall}]] kanssa katsomassa paikkaa ja totesimme vaurion.",
    "Kuopat {street}lla on paikattava ennen talvea. Niitä on ainakin 8.",
    "Vuonna {year} alueella oli {count} asukasta ja {count2} työpaikkaa.",
    "Lippu maksaa {price} € ja se on voimassa {mins} minuuttia.",
    "Kokous pidetään {date} klo {time} Kaupungintalolla.",
    "Hanke {case} käsitellään lautakunnassa {date}.",
    "{street} on suljettu liikenteeltä {date} alkaen.",
    "Ehdotan, että {district} puistoon istutetaan {count3} puuta.",
    "Terveisin\n[[P:{O}]]",
    "Nimeni on [[P:{O}]] ja asun [[A:{A}]].",
]
SV_FRAMES = [
    "Med vänliga hälsningar [[P:{P}]]",
    "Jag bor på [[A:{Asv}]] och trottoaren är inte plogad.",
    "Ring mig på [[T:{T}]] eller skicka e-post till [[E:{E}]].",
    "Tack för din respons. Vänliga hälsningar, [[P:{O}]]",
    "Bilen [[R:{R}]] står på cykelbanan varje dag.",
    "År {year} hade biblioteket {count} besökare och {count2} lån.",
    "Mötet hålls den {date} kl. {time} i stadshuset.",
    "{sv_street} är stängd för trafik från och med {date}.",
]
EN_FRAMES = [
    "Best regards, [[P:{P}]]",
    "I live at [[A:{A}]] and the street light has been broken for a week.",
    "You can reach me at [[T:{T}]] or [[E:{E}]].",
    "Thanks,\n[[P:{O}]]",
    "The car [[R:{R}]] blocks the bike lane every morning.",
    "In {year} the pool had {count} visitors and tickets cost {price} euros.",
    "The meeting is on {date} at {time} in the City Hall.",
    "My name is [[P:{O}]] and my bank account is [[I:{I}]].",
    "{street} is closed to traffic from {date}.",
]
DISTRICTS = ["Kallion", "Vallilan", "Käpylän", "Herttoniemen", "Vuosaaren", "Malmin", "Töölön", "Pasilan"]


def fill(frame: str) -> str:
    first, sur = rng.choice(FI_FIRST), rng.choice(FI_SUR)
    full = f"{first} {sur}"
    values = {
        "P": full, "F": first, "Sgen": genitive(sur), "Fall": allative(first), "O": rng.choice(OTHER),
        "T": phone(), "E": email(full), "A": address(), "Asv": address(SV_STREETS), "R": plate(), "H": hetu(),
        "I": iban(spaced=rng.random() < 0.7), "IP": ip(), "street": rng.choice(STREETS).split()[-1],
        "sv_street": rng.choice(SV_STREETS), "year": rng.randint(1995, 2024),
        "count": f"{rng.randint(1, 999)} {rng.randint(0, 999):03d}", "count2": rng.randint(100, 99999),
        "count3": rng.randint(2, 300), "price": f"{rng.randint(1, 60)},{rng.randint(0, 99):02d}",
        "mins": rng.choice([60, 80, 90, 120]), "date": f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(2015, 2025)}",
        "time": f"{rng.randint(8, 20)}.{rng.choice(['00', '15', '30'])}",
        "case": f"HEL {rng.randint(2015, 2024)}-{rng.randint(1, 99999):06d}", "district": rng.choice(DISTRICTS),
    }  # fmt: skip
    return frame.format(**values)


# ======== Issue 17, patterns (branch h17-patterns): plates in any case near a cue, 358 without its plus,
# IBANs grouped irregularly, HETUs whose check character is a digit, and data written to slip past
# (zero-width and soft hyphens inside, full-width letters and digits, dash variants). Its own random
# generator, so that the records above stay as they were and other blocks may be added in any order.
# {hetu_digit}: a valid HETU with a digit check character, a "-" sign and a day 01-09 (the shape of a
# national phone number); {hetu_dash}: a HETU with U+2010 for its "-"; {hetu_minus}: with U+2212;
# {hetu_zw}: with a zero-width space after its sign; {iban_*}: valid IBANs in the grouping named.
patterns_rng = random.Random(1717)


def _patterns_hetu(digit_check: bool = False) -> str:
    while True:
        day, month, year = patterns_rng.randint(1, 9 if digit_check else 28), patterns_rng.randint(1, 12), patterns_rng.randint(40, 99)
        individual = patterns_rng.randint(2, 899)
        digits = f"{day:02d}{month:02d}{year:02d}"
        check = CHECK[int(digits + f"{individual:03d}") % 31]
        if not digit_check or check.isdigit():
            return f"{digits}-{individual:03d}{check}"


def _patterns_iban(country: str = "FI", length: int = 18, bank: str = "") -> str:
    bban = bank + "".join(str(patterns_rng.randint(0, 9)) for _ in range(length - 4 - len(bank)))
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def _regroup(iban: str, sizes: list[int], after_country: str = "") -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(iban[at : at + size])
        at += size
    parts.append(iban[at:])
    grouped = " ".join(part for part in parts if part)
    return grouped[:2] + after_country + grouped[2:]


def _full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" if ch == " " else ch for ch in text)


PATTERNS_HAND = [
    # plates, Finnish
    ("fi", "Auto [[R:xyz-123]] seisoo taas pyörätiellä, kolmatta päivää."),
    ("fi", "pakettiauto [[R:abc 456]] tukkii pihaväylän joka aamu"),
    ("fi", "Naapurin autolla [[R:kmn-77]] ajetaan nurmikolla. Tehkää jotain."),
    ("fi", "Rekkari oli [[R:gth123]], kuski lähti kävellen."),
    ("fi", "Kuorma-auto, rek.nro [[R:ZXC-901]], purki lastia suojatiellä."),
    ("fi", "rek. nro [[R:btr 45]] seisoo invapaikalla ilman lupaa"),
    ("fi", "[[R:jkl-404]] -kilpinen auto on hylätty Kalasataman parkkipaikalle."),
    ("fi", "Auton kilvessä luki [[R:OPR 12]], en nähnyt enempää."),
    ("fi", "Lähetystön [[R:CD-1234]] pysäköi taas bussikaistalle."),
    ("fi", "Auto [[R:C-4821]] seisoi taksitolpalla koko illan."),
    ("fi", "Perävaunu [[R:pwx-88]] on jätetty puiston laitaan."),
    ("fi", "Pysäköinninvalvonta sakotti auton [[R:mno-55]], mutta rekkari [[R:prt 808]] jäi ilman."),
    ("fi", "Auto ajoi yli 60 km/h koulun kohdalla klo 8."),
    ("fi", "Autoja oli pihalla 12 kpl ja pyöriä 40."),
    ("fi", "Audi A4 -auto ja BMW 320 -auto seisovat jalkakäytävällä."),
    ("fi", "Lomakkeen kohta abc-123 ei hyväksy vastausta."),
    ("fi", "Lippuautomaatti nro 12 ei toimi, auto 3 ajoi ohi."),
    # plates, Swedish and English
    ("sv", "Bilen [[R:abc 123]] står på cykelbanan igen."),
    ("sv", "En paketbil med registreringsnummer [[R:xyz-987]] blockerar infarten."),
    ("sv", "Reg.nr [[R:hjk 55]], bilen har stått här i tre veckor."),
    ("sv", "Bilen kostade 25 000 euro och har gått 120 000 km."),
    ("en", "A van [[R:klm-321]] has been parked on the bike lane since Monday."),
    ("en", "The car with number plate [[R:abc 987]] blocks the gate."),
    ("en", "licence plate [[R:xy12]], a red car, was there all night."),
    ("sv", "Bilen [[R:ni-42]] blockerar cykelbanan, och ni vet det."),
    ("fi", "Pakettiauto [[R:yk77]] tukkii pihan. Auton co2-päästöt ovat 150 g/km, kerrotaan."),
    ("en", "Car park C has 300 places and the ticket machine is at level 2."),
    # phone numbers with the country code but no plus
    ("fi", "Soittakaa minulle numeroon [[T:358 40 123 4567]] iltaisin."),
    ("fi", "puh [[T:358 50 765 4321]] / [[P:Jari]]"),
    ("en", "Contact me: [[T:00358 44 987 6543]]"),
    ("fi", "Numero on [[T:358451234567]], vastaan arkisin."),
    ("sv", "Ring [[T:358 9 310 27012]] om du har frågor."),
    ("fi", "Alueella asuu noin 358 000 ihmistä ja hanke maksoi 358 123 456 euroa."),
    ("fi", "Huone 358 on toisessa kerroksessa, asiakasnumero 358 12."),
    # IBANs grouped irregularly, in lower case
    ("fi", "Palauttakaa rahat tilille [[I:{iban_lower}]] kiitos."),
    ("fi", "Tilinumero: [[I:{iban_6444}]]"),
    ("fi", "Maksu tilille [[I:{iban_4_6_8}]] eräpäivään mennessä."),
    ("fi", "IBAN [[I:{iban_space_after_country}]], saaja [[P:Anne Laine]]"),
    ("fi", "tilinro [[I:{iban_double_spaces}]]"),
    ("sv", "Konto [[I:{iban_se_pairs}]] tack."),
    ("en", "Refund to [[I:{iban_gb}]] please."),
    # HETUs whose check character is a digit
    ("fi", "Henkilötunnukseni on [[H:{hetu_digit}]], tarvitsetteko muuta?"),
    ("sv", "Personbeteckning [[H:{hetu_digit}]]."),
    ("en", "My personal identity code is [[H:{hetu_digit}]]."),
    # written to slip past
    ("fi", "Terveisin [[P:Mat\u200bti Virtanen]]"),
    ("fi", "Soita [[T:040\u200b123\u200b4567]] tai kirjoita [[E:liisa.koskinen@\u200bexample.fi]]."),
    ("fi", "Sähköposti: [[E:ｍａｔｔｉ＠ｅｘａｍｐｌｅ．ｆｉ]]"),
    ("fi", "Puhelin [[T:{full_width_phone}]]"),
    ("fi", "Henkilötunnus [[H:{hetu_dash}]] on liitteessä."),
    ("fi", "HETU: [[H:{hetu_minus}]]"),
    ("fi", "Tunnukseni [[H:{hetu_zw}]], älkää julkaisko."),
    ("fi", "Auto [[R:ABC\u2013123]] seisoo pihalla ja kadulla [[R:XYZ\u2010789]]."),
    ("fi", "Ystävällisin terveisin [[P:Sanna Kos\u00adkinen]]"),
    ("fi", "Soita [[T:+358\u200b40\u200b1234567]]"),
    ("fi", "Kirjoita [[E:{full_width_email}]] tai soita [[T:{full_width_phone}]]."),
    ("sv", "Ring [[T:＋３５８ ４０ ７６５ ４３２１]]"),
    ("en", "Regards,\n[[P:Emi\u200bly Clarke]]"),
    ("fi", "Soita [[T:050\ufe0f765\u034f4321]] heti, [[P:Ville\u2060 Korhonen]]"),
    ("fi", "Aukiolo ma–pe 8.00–16.00, la 10–14."),
    ("fi", "Hinta ２０ € ja alennus ５ %."),
    ("fi", "Tämä\u200b viesti sisältää näkymättömän merkin mutta ei henkilötietoja."),
    # in the voice of Kerrokantasi comments, OmaStadi proposals and booking notes
    ("fi", "Kommentoin hanketta. Lisätietoja [[T:358-40-5556677]] tai [[E:k.nieminen@example.com]], [[P:Kalle Nieminen]]"),
    ("fi", "OmaStadi-ehdotus: pyöräparkki 40 paikalle, kustannus 12 000 €."),
    ("fi", "Varaaja [[P:Leena Halme]], [[T:358 45 678 9012]], laskutus tilille [[I:{iban_lower}]]."),
]  # fmt: skip


def patterns_records() -> list[tuple[str, str]]:
    """PATTERNS_HAND with its placeholders filled, each occurrence with a fresh value."""
    fillers = {
        "{hetu_digit}": lambda: _patterns_hetu(digit_check=True),
        "{hetu_dash}": lambda: _patterns_hetu().replace("-", "\u2010"),
        "{hetu_minus}": lambda: _patterns_hetu().replace("-", "\u2212"),
        "{hetu_zw}": lambda: _patterns_hetu().replace("-", "-\u200b"),
        "{iban_lower}": lambda: _regroup(_patterns_iban(), [4, 4, 4, 4]).lower(),
        "{iban_6444}": lambda: _regroup(_patterns_iban(), [6, 4, 4]),
        "{iban_4_6_8}": lambda: _regroup(_patterns_iban(), [4, 6]),
        "{iban_space_after_country}": lambda: _regroup(_patterns_iban(), [4, 4, 4, 4], after_country=" "),
        "{iban_double_spaces}": lambda: _regroup(_patterns_iban(), [4, 4, 4, 4]).replace(" ", "  "),
        "{iban_se_pairs}": lambda: _regroup(_patterns_iban("SE", 24), [4, 2, 2, 2, 2, 2, 2, 2, 2]),
        "{iban_gb}": lambda: _regroup(_patterns_iban("GB", 22, bank="NWBK"), [4, 4, 4, 4, 4]),
        "{full_width_phone}": lambda: _full_width(f"040 {patterns_rng.randint(100, 999)} {patterns_rng.randint(1000, 9999)}"),
        "{full_width_email}": lambda: _full_width(f"sanna.lahti{patterns_rng.randint(1, 99)}@hel.fi"),
    }  # fmt: skip
    records = []
    for lang, marked in PATTERNS_HAND:
        for placeholder, make in fillers.items():
            while placeholder in marked:
                marked = marked.replace(placeholder, make(), 1)
        records.append((lang, marked))
    return records


# ======== end of the issue 17 patterns block


# ======== issue 17, outsider-style block (h17-more): residents' messages written to test how the detectors
# generalise, not what they were tuned on: IBANs of other EU countries and in every grouping, plates with the
# cue far off or after them, foreign plates, first names after greetings and relation words, names in lists
# and inflected, titles with a surname alone, initials, ages; hard negatives. Its own random generator, so
# that nothing above changes.
outsider_rng = random.Random(1718)


def _outsider_iban(country: str, length: int, sizes: list[int], separator: str = " ") -> str:
    """A valid IBAN of `country`, cut into groups of `sizes` (the rest one group) joined by `separator`."""
    bban = "".join(str(outsider_rng.randint(0, 9)) for _ in range(length - 4))
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    parts, at = [], 0
    for size in sizes:
        parts.append(value[at : at + size])
        at += size
    parts.append(value[at:])
    return separator.join(part for part in parts if part)


OUTSIDER_HAND = [
    # ---- IBANs
    ("fi", "Palauttakaa varausmaksu tilille IBAN: [[I:{FI 4444 }]] kiitos."),
    ("fi", "Tilinumero on [[I:{fi 4444 .}]] (Nordea)."),
    ("fi", "Laskun voi maksaa tilille [[I:{FI 555}]], viite 12345."),
    ("fi", "Varausmaksun palautus: [[I:{FI 4444-}]]"),
    ("fi", "Tilini: [[I:{FI 24444}]]"),
    ("fi", "maksakaa takaisin tilille [[I:{FI 4444 split}]] kiitos"),
    ("fi", "Vuokralainen asuu Virossa, tili [[I:{EE 4444 }]] (Swedbank)."),
    ("fi", "Saksalainen yhdistys pyytää palautusta tilille [[I:{DE 4444 }]]."),
    ("sv", "Återbetalningen till mitt konto [[I:{SE 4444 }]] tack."),
    ("sv", "Kontonummer: [[I:{SE 0}]]"),
    ("sv", "Betala tillbaka till IBAN [[I:{DK 4444 }]], jag bor i Köpenhamn."),
    ("en", "Please refund the deposit to my Norwegian account [[I:{NO 4444 }]]."),
    ("en", "IBAN:[[I:{FI 0}]] BIC NDEAFIHH"),
    ("en", "Account: [[I:{EE 0}]]"),
    ("en", "My IBAN is [[I:{DE 4444 .}]], bank in Berlin."),
    ("en", "Refund to [[I:{NL 4444 }]] please (ING)."),
    ("fi", "Tilinumero [[I:{FI 64444}]] / OP"),
    # ---- plates
    ("fi", "Musta farmari, rekisterinumero muistaakseni [[R:KTX-48]], ajoi päin punaista."),
    ("fi", "Pihalla on taas se sama auto ([[R:XZP-911]]) parkissa nurmikolla."),
    ("fi", "Kääntöpaikalla seisoo \"[[R:GOL-77]]\" -kilpinen pakettiauto viikosta toiseen."),
    ("fi", "[[R:LUV-382]] on pysäköity invapaikalle jo kolmatta päivää."),
    ("fi", "Eilen illalla [[R:mkl-603]] ajoi jalkakäytävällä, kuljettaja ei välittänyt."),
    ("fi", "Taloyhtiön parkkipaikalla seisoo romu, kilvet [[R:VB-4]]."),
    ("fi", "Virolainen auto [[R:482 BNF]] on ollut pysäköitynä koulun eteen kuukauden."),
    ("fi", "Ruotsalaiset kilvet [[R:ABC 12F]], auto seisoo bussipysäkillä."),
    ("fi", "Jätelava on ollut kadulla kaksi viikkoa, se on auton [[R:JKL 394]] vieressä."),
    ("sv", "En bil med registreringsnummer [[R:ORT-215]] står på gångbanan."),
    ("sv", "Bilen ([[R:svr 208]]) har stått på lekplatsen i en vecka."),
    ("en", "A white van (plate [[R:HPK-72]]) has been parked on the bike lane all week."),
    ("en", "The car [[R:rtz 518]] blocks the fire lane again."),
    # ---- names: first name after greetings and relation words
    ("fi", "Moi, olen [[P:Tiina]] ja asun Vallilassa. Puistossa ei ole valoja."),
    ("fi", "Hei, nimeni on [[P:Jarkko]] ja haluan kiittää uimahallin henkilökuntaa."),
    ("fi", "Naapuri [[P:Reijo]] on valittanut samasta asiasta jo monta kertaa."),
    ("fi", "Poikani [[P:Onni]] kaatui pyörällä kuoppaan Kustaankadulla."),
    ("fi", "Vaimoni [[P:Merja]] soitti asiasta jo viime viikolla."),
    ("fi", "Kollegani [[P:Heikki]] varasi salin, mutta ovi oli lukossa."),
    ("fi", "Tyttäreni [[P:Aino]] 7 v. ei uskalla kulkea alikulun läpi."),
    ("fi", "Varasimme tilan, paikalla olivat [[P:Liisa]], [[P:Pekka]] ja [[P:Matti]]."),
    ("fi", "Kiitos [[P:Tiinalle]] ja [[P:Pekalle]] hyvästä palvelusta!"),
    ("fi", "Annoin avaimen [[P:Matille]], hän palauttaa sen huomenna."),
    ("fi", "Tämä on [[P:Tiinan]] ehdotus, kannatan sitä."),
    ("fi", "Rouva [[P:Nieminen]] alakerrasta sanoi, että pesutupa on rikki."),
    ("fi", "Puhuin herra [[P:Ahosen]] kanssa, hän lupasi selvittää asian."),
    ("fi", "Yhteyshenkilö [[P:M. Virtanen]], iltaisin tavoitettavissa."),
    ("fi", "Varaaja: [[P:Virtanen M.]]"),
    ("fi", "terveisin [[P:tiina]] ja [[P:pekka]]"),
    ("fi", "Ehdotuksen tekijät: [[P:Anna Korhonen-Lehtinen]] ja [[P:Jussi Lehtinen]]"),
    ("fi", "Asukasyhdistyksen puolesta [[P:Sirpa Mäki-Jaakkola]]"),
    ("fi", "Opettaja [[P:Marja-Leena]] vei luokan metsäretkelle."),
    # ---- names: Swedish and English
    ("sv", "Hej, jag heter [[P:Erik]] och bor i Munksnäs."),
    ("sv", "Fru [[P:Lindqvist]] på tredje våningen har klagat på bullret."),
    ("sv", "Min granne [[P:Gunnar]] har sett samma sak."),
    ("sv", "Tack till [[P:Maria]] och [[P:Johan]] på biblioteket!"),
    ("sv", "Min dotter [[P:Ella]] 9 år cyklar den vägen varje dag."),
    ("en", "Hi, my name is [[P:Lena]] and I live in Kallio."),
    ("en", "Mr. [[P:Smith]] from the housing company never answers."),
    ("en", "My neighbour [[P:Dmitri Volkov]] also complained about the noise."),
    ("en", "Thanks to [[P:Priya]] at the front desk, she was very helpful."),
    ("en", "I spoke with [[P:Carlos Mendoza]] at the service point yesterday."),
    ("en", "Booked by [[P:J. Andersson]] for the chess club."),
    # ---- hard negatives
    ("fi", "Herra Hakkarainen -kirjat ovat lasten suosikkeja kirjastossa."),
    ("fi", "Toivon, että Aino Acktén huvilan puistoa hoidetaan paremmin."),
    ("fi", "Satu ja Tarina -näyttely on auki keskiviikkona."),
    ("fi", "Onni on sitä, että puistossa on penkkejä."),
    ("fi", "Kallion kirjastossa on hyvät lukusalit, ilo käydä."),
    ("fi", "Rekisterinumerot eivät näy, kilpi oli likainen."),
    ("sv", "Bilen stod på gatan i 3 dagar."),
    ("en", "Room B 204 was booked for 3 hours."),
    # ---- second batch, written after the first was measured (some still missed: lower-case names in running
    # text, a first name before a surname that is also a town, names the lexicon does not know after "Ask")
    ("fi", "Eilen [[P:Sari Laaksonen]] soitti minulle asiasta."),
    ("fi", "Isäni [[P:Kalevi Mäkinen]] kaatui jäisellä jalkakäytävällä."),
    ("fi", "Poikamme [[P:Leo]] (5 v) kävi kerhossa."),
    ("fi", "soitin eilen [[P:matti virtaselle]] mutta hän ei vastannut"),
    ("fi", "Lähettäjä: [[P:Mäkinen]], [[P:Kalle]]"),
    ("fi", "Ehdottaja: [[P:Abdullahi Mohamed Ali]], Kontula"),
    ("en", "I met [[P:Jürgen Müller]] and [[P:Łukasz Kowalski]] at the library."),
    ("en", "Contact [[P:Sean O'Connor]] about the event."),
    ("sv", "[[P:Carl von Bonsdorff]] och [[P:Anna-Karin Sjöberg]] bokade salen."),
    ("fi", "Kiitos ([[P:Marja Salo]])"),
    ("fi", "Varauksen teki [[P:Nguyen Thi Lan]]."),
    ("fi", "Pojallani [[P:Eelillä]] on astma, ja pöly pahentaa sitä."),
    ("en", "Ask for Mrs. [[P:Kowalczyk]] at the reception."),
    ("sv", "Kontakta herr [[P:Nyström]]."),
    ("fi", "Auto (rek. [[R:abc123]]) seisoi pihalla."),
    ("sv", "Bilen (reg. [[R:abc 123]]) stod där hela natten."),
    ("fi", "@[[P:Mikko]] Kiitos vastauksesta."),
    ("fi", "Tapasin [[P:Annan]] ja [[P:Villen]] puistossa."),
    ("en", "Ask [[P:Ştefan]] and [[P:Šimon]] about it."),
    ("fi", "[[P:Liisa de la Cruz]] soitti toimistoon."),
    ("fi", "Lähetä viesti osoitteeseen [[E:info@example.fi]], ei Helsinki.fi-sivulle."),
    ("fi", "Musiikki van der Graaf Generator -yhtyeeltä soi puistossa."),
    ("fi", "Salo ja Kotka ovat ystävyyskaupunkeja."),
]


def outsider_records() -> list[tuple[str, str]]:
    """OUTSIDER_HAND with each IBAN placeholder filled: `{CC sizes sep}`, where `sizes` are group lengths
    written as digits (0 for no grouping), `sep` the separator ("." dots, "-" hyphens, "split" a line break
    in the middle, default a space); `{FI 24444}` puts a space after the country code."""
    lengths = {"FI": 18, "EE": 20, "DE": 22, "SE": 24, "DK": 18, "NO": 15, "NL": 18}
    records = []
    for lang, marked in OUTSIDER_HAND:
        while (match := re.search(r"\{([A-Za-z]{2}) (\d+)(?: ?(\S*))?\}", marked)) is not None:
            country, sizes, style = match.group(1), match.group(2), match.group(3) or ""
            lower = country.islower()
            groups = [int(size) for size in sizes if size != "0"]
            if sizes.startswith(("2", "6")) and len(sizes) > 1:
                groups = [int(sizes[0])] + [int(size) for size in sizes[1:]]
            separator = {".": ".", "-": "-"}.get(style, " ")
            value = _outsider_iban(country.upper(), lengths[country.upper()], groups, separator)
            if style == "split":
                parts = value.split(" ")
                value = " ".join(parts[:2]) + "\n" + " ".join(parts[2:])
            value = value.lower() if lower else value
            marked = marked[: match.start()] + value + marked[match.end() :]
        records.append((lang, marked))
    return records


# ======== end of the issue 17 outsider-style block


# ======== issue 17, second outsider block (OUTSIDER_2)
# Written blind to the detectors on 2026-12-07 by a helper who never saw harvester/anonymise/**, its lists,
# its tests or the held-out set, and ran no detector: residents' feedback, hearing comments, participatory-
# budget proposals and room-booking notes in Finnish, Swedish and English. Names written every way people
# write them (sign-offs, contact lines, inside sentences and inflected, nicknames, initials, titles with a
# surname alone, lists, lower case, capitals, names from many countries), IBANs in many countries and
# groupings, home addresses on real streets of Helsinki, Espoo and Vantaa (inflected, Swedish, with
# staircase and flat; the postal code and town stay outside the span, as above), and hard negatives.
# `<<IBAN:CC:SIZES:SEP>>` is a valid generated IBAN (CC lower case for a lower-case IBAN; SIZES one group
# length repeated, 0 for no grouping, or comma-separated lengths followed by the rest; SEP sp, dash, dot,
# none, or nl for a line break after the second group); `<<HETU>>` a valid personal identity code. Its own
# random generator, so that nothing above changes.
outsider2_rng = random.Random(20261207)

_O2_BBAN = {"FI": "n" * 14, "EE": "n" * 16, "SE": "n" * 20, "NO": "n" * 11, "DK": "n" * 14, "DE": "n" * 18,
            "NL": "aaaa" + "n" * 10, "BE": "n" * 12, "FR": "n" * 23, "ES": "n" * 20, "PT": "n" * 21,
            "PL": "n" * 24, "RO": "aaaa" + "n" * 16, "IT": "a" + "n" * 22, "GB": "aaaa" + "n" * 14,
            "IE": "aaaa" + "n" * 14, "LT": "n" * 16, "LV": "aaaa" + "n" * 13, "TR": "n" * 22,
            "AT": "n" * 16}  # fmt: skip


def _o2_iban(country: str, sizes: str, separator: str) -> str:
    """A valid (mod-97) IBAN of `country` written in the grouping and separator of the placeholder."""
    bban = "".join(
        outsider2_rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "a" else str(outsider2_rng.randint(0, 9))
        for kind in _O2_BBAN[country.upper()]
    )
    numeric = "".join(str(int(ch, 36)) for ch in bban + country.upper() + "00")
    value = f"{country.upper()}{98 - int(numeric) % 97:02d}{bban}"
    if sizes == "0":
        groups = [value]
    elif "," in sizes:
        groups, at = [], 0
        for size in (int(size) for size in sizes.split(",")):
            groups.append(value[at : at + size])
            at += size
        groups.append(value[at:])
    else:
        size = int(sizes)
        groups = [value[i : i + size] for i in range(0, len(value), size)]
    groups = [group for group in groups if group]
    joiner = {"sp": " ", "dash": "-", "dot": ".", "none": "", "nl": " "}[separator]
    text = joiner.join(groups)
    if separator == "nl":
        text = " ".join(groups[:2]) + "\n" + " ".join(groups[2:])
    return text.lower() if country.islower() else text


def _o2_hetu() -> str:
    """A valid Finnish personal identity code with a random century sign."""
    sign = outsider2_rng.choice(["-", "-", "-", "Y", "A", "A", "B", "+"])
    year = outsider2_rng.randint(0, 23) if sign in "AB" else outsider2_rng.randint(0, 99)
    day, month, individual = outsider2_rng.randint(1, 28), outsider2_rng.randint(1, 12), outsider2_rng.randint(2, 899)
    digits = f"{day:02d}{month:02d}{year:02d}"
    return f"{digits}{sign}{individual:03d}{CHECK[int(digits + f'{individual:03d}') % 31]}"


OUTSIDER_2 = [
    # ---- Finnish: feedback to the city
    ("fi", "Puhuin eilen [[P:Jarmo Kinnusen]] kanssa taloyhtiön kokouksessa, ja hänkin on huomannut, että "
           "Sturenkadun suojatien valot ovat olleet pimeinä viikon."),
    ("fi", "Naapurin [[P:Leena]] liukastui pihalla [[A:Kustaankatu 4]]:n edessä. Hiekoitusta kaivataan!"),
    ("fi", "Jos haluatte lisätietoja, kysykää [[P:Ahmedilta]], hän hoitaa taloyhtiön asioita."),
    ("fi", "Asun [[A:Hämeentie 45 B 12]]:ssa ja roska-autot tulevat joka aamu viideltä. Voisiko tätä siirtää?"),
    ("fi", "Meidän kotimme [[A:Sturenkadulla 23 A 4]] tärisee aina kun raskas rekka ajaa ohi."),
    ("fi", "Kiitos [[P:Jaanalle]] ja koko Stara-tiimille nopeasta korjauksesta!"),
    ("fi", "Terveisin\n[[P:Hodan Abdullahi]]\n[[A:Kontulantie 12 C 45]], 00940 Helsinki"),
    ("fi", "Lähettäjä: [[P:Nguyen Van Minh]], puh. [[T:045 678 1290]]"),
    ("fi", "Olen [[P:Aleksandr Smirnov]] ja asun Vuosaaressa. Metroaseman hissi on taas rikki."),
    ("fi", "Sain [[P:Kaarina Lehtoselta]] vinkin, että tästä voi antaa palautetta."),
    ("fi", "Asukasyhdistyksen puolesta, [[P:Marja-Terttu Huttunen]]"),
    ("fi", "t. [[P:jokke]]"),
    ("fi", "TERVEISIN [[P:MATTI LUUKKONEN]] [[A:SIILITIE 9 C 40]]"),
    ("fi", "Soitin jo [[P:Sirkka Mäkiselle]] kaupungin asiakaspalveluun, mutta mitään ei ole tapahtunut."),
    ("fi", "Tyttäreni [[P:Amina]] käy Myllypuron koulua ja koulutie on pimeä."),
    ("fi", "Pyydän, että vastaus lähetetään osoitteeseen [[A:Kolmas linja 17 A 9]], 00530 Helsinki."),
    ("fi", "Asumme [[A:Kolmannella linjalla 17]] ja sisäpihalla juhlitaan joka yö."),
    ("fi", "Koirapuiston portti on rikki. [[P:Raimo K.]]"),
    ("fi", "Yhteyshenkilö: [[P:T. Salminen]], [[E:tapio.salminen@kolumbus.fi]]"),
    ("fi", "Kysyin asiaa [[P:Zeynep Yıldızilta]] kirjastosta, ja hän neuvoi kirjoittamaan tänne."),
    ("fi", "Meillä ei ole autoa, joten [[P:Mehmet]] vie lapset aamulla kouluun pyörällä."),
    ("fi", "Kaupungin [[P:Virtanen]] lupasi kesäkuussa, että leikkipuisto kunnostetaan, mutta ei mitään."),
    ("fi", "Rouva [[P:Lindqvist]] talostamme pyysi minua kirjoittamaan tämän hänen puolestaan."),
    ("fi", "Palautteen kirjoitti [[P:Anna Maria Korpela]], [[A:Linnanrakentajantie 6 A 3]]."),
    ("fi", "Isäni [[P:Esko Rautiainen]] ([[H:<<HETU>>]]) tarvitsee kuljetuspalvelun sairaalaan."),
    ("fi", "Palauttakaa varausmaksu tililleni [[I:<<IBAN:FI:4:sp>>]]. [[P:Reza Hosseini]]"),
    ("fi", "Tilinumero: [[I:<<IBAN:FI:0:none>>]]\nTilinomistaja: [[P:Sanna-Mari Leinonen]]"),
    ("fi", "palautus tilille [[I:<<IBAN:fi:4:sp>>]] kiitos t. [[P:tiina]]"),
    ("fi", "IBAN [[I:<<IBAN:FI:2,4,4,4,4:sp>>]], saaja [[P:Olli Partanen]]"),
    ("fi", "Maksakaa takuumaksu takaisin, tili:\n[[I:<<IBAN:FI:4:nl>>]]\nKiitos jo etukäteen!"),
    ("fi", "Vuokralaisemme on virolainen, hänen tilinsä on [[I:<<IBAN:EE:4:sp>>]] (LHV)."),
    ("fi", "Tilinro [[I:<<IBAN:FI:4:dash>>]] / [[P:Kari Öhman]]"),
    ("fi", "Puolalainen työkaverini [[P:Katarzyna Wiśniewska]] haluaa palautuksen tilille "
           "[[I:<<IBAN:PL:4:sp>>]]."),
    ("fi", "Voisiko [[P:Pham Thi Huong]] tulla mukaan asukasiltaan? Hän asuu [[A:Kivikonkaari 20 B 17]]:ssä."),
    ("fi", "Kävin [[P:Li Wein]] kanssa katsomassa uutta leikkipaikkaa, ja liukumäki on liian jyrkkä lapsille."),
    ("fi", "Kerhoa vetää [[P:Somchai]], ja hänen vaimonsa [[P:Malee]] auttaa ruuanlaitossa."),
    ("fi", "Paikalla olivat [[P:Mirja]], [[P:Tuomas]], [[P:Fatima]] ja [[P:Juan Carlos]]."),
    ("fi", "Rekisteröitykää [[P:Maria Clara Santosille]] ennen perjantaita."),
    ("fi", "Ehdotuksen takana ovat [[P:Ioana Popescu]] ja [[P:Andrei Ionescu]] Kannelmäestä."),
    ("fi", "[[P:Gabriela Fernández]] ja [[P:Rodrigo Alves]] järjestävät kielikahvilan kirjastossa."),
    ("fi", "Naapurini [[P:Kai]] on huomannut saman ongelman."),
    ("fi", "Lähetin kuvat jo [[P:Ville-Veikolle]], joka on isännöitsijämme."),
    ("fi", "Asun osoitteessa [[A:Tikkurilantie 10 as 5]], 01300 Vantaa. Katuvalot ovat olleet pimeinä."),
    ("fi", "Asuntomme [[A:Myyrmäenraitti 2 B 31]] ikkunasta näkyy, miten autot ajavat punaisia päin."),
    ("fi", "Martinlaaksossa, [[A:Martinlaaksontie 40 D]], on hylätty polkupyörä ollut kuukausia."),
    ("fi", "Espoossa [[A:Matinkatu 11 A 7]] talon vieressä oleva pensasaita estää näkyvyyden risteyksessä."),
    ("fi", "Olen asunut [[A:Leppävaarankatu 8]]:ssa kymmenen vuotta ja melu on pahentunut."),
    ("fi", "Asun [[A:Otakaari 18 A 206]] opiskelija-asunnossa, ja pyöräkatos vuotaa."),
    ("fi", "Kirjeet [[A:Kivenlahdenkatu 3 C 24]], 02320 Espoo."),
    ("fi", "Meidän talon [[A:Lauttasaarentie 28–30]] pihalla on rotat."),
    ("fi", "Asun [[A:Runeberginkatu 44 b 19]] ja kadulla on jatkuvasti väärin pysäköityjä autoja."),
    ("fi", "Terv. [[P:Seppo]] [[A:Vallilantie 3 A 1]]:stä"),
    ("fi", "Yhteystiedot:\n[[P:Abdirahman Farah]]\n[[A:Meri-Rastilan tie 7 E 62]]\n00980 Helsinki\n"
           "[[T:+358 44 987 6543]]"),
    ("fi", "Soittakaa minulle, [[P:Mohammed Al-Rashid]], numeroon [[T:050-3341278]]."),
    ("fi", "Kiitos kaupunginpuutarhuri [[P:Niemiselle]] hyvästä vastauksesta."),
    ("fi", "Opettaja [[P:Salmisen]] luokka kävi siivoamassa rantaa."),
    ("fi", "Tapasin tänään [[P:Dilan Karimin]], joka vetää kurdinkielistä äitien ryhmää."),
    ("fi", "Pidän huolta isäni [[P:Heino]] asioista, hän ei itse käytä tietokonetta."),
    ("fi", "Paikalle tulee myös [[P:Aino-Kaisa]] Puistokummeista."),
    ("fi", "Allekirjoittaneet: [[P:Pertti Lahtinen]], [[P:Leila Moradi]], [[P:Sergei Ivanov]], "
           "[[P:Maarja Tamm]]"),
    ("fi", "Viestin välitti [[P:Bishnu Gurung]], joka asuu samassa rapussa."),
    ("fi", "Terveisin [[P:Jose Manuel Garcia]] ja perhe"),
    ("fi", "Ehdotan että puistoon tehdään lähiliikuntapaikka. -[[P:Teemu]], 14 v."),
    ("fi", "Kaivon kansi on rikki [[A:Koskelantie 25]]:n kohdalla."),
    ("fi", "Ajoneuvo [[R:KLM-482]] on pysäköity [[A:Kirstinkatu 6]]:n eteen jo kolmatta viikkoa."),
    # ---- Finnish: hearing comments and participatory budget
    ("fi", "Kannatan suunnitelmaa. Vastustan kuitenkin Kalasataman tornien lisäämistä. [[P:Erkki]]"),
    ("fi", "Ehdotus: Vesalan puistoon ulkokuntosali. Ehdottaja [[P:Oskari Pelkonen]] ja [[P:Noora Aalto]]."),
    ("fi", "Yhdyn [[P:Minna H.]]:n kommenttiin yllä, pyöräkaista on liian kapea."),
    ("fi", "Kuten [[P:Pekka Haavisto]] sanoi, tarvitaan enemmän puita."),
    ("fi", "[[P:Tuulikki]] on oikeassa: Töölönlahden rannan valaistus on puutteellinen."),
    ("fi", "Olemme [[P:Toivo]] ja [[P:Lempi]], eläkeläiset Malmilta, ja toivomme penkkejä bussipysäkille."),
    ("fi", "Ehdottaja: [[P:Nasrin Ahmadi]], yhteys [[E:nasrin.ahmadi@gmail.com]]"),
    ("fi", "[[P:Khadija]] ja [[P:Yusuf]] kysyvät, voisiko kentälle saada koripallotelineet."),
    ("fi", "Vastuuhenkilö: [[P:KIRSI-MARJA PUUMALAINEN]]"),
    ("fi", "Kommentoin [[P:Irina Kuznetsovan]] ehdotusta: samaa mieltä!"),
    # ---- Finnish: room-booking notes
    ("fi", "Varaaja: [[P:Tran Quoc Bao]], Vietnamilaisten yhdistys. Avaimet noutaa [[P:Lan]]."),
    ("fi", "Laskutus: [[P:Aulikki Järvinen]], [[A:Kettutie 4 B 11]], 00800 Helsinki"),
    ("fi", "Huomio: ovikoodi annetaan [[P:Jarille]] tekstiviestillä."),
    ("fi", "Varauksen teki [[P:Gonzalo]], mutta paikalla on [[P:Marisol]]."),
    ("fi", "Palautus tilille [[I:<<IBAN:ES:4:sp>>]] ([[P:Lucía Romero]])."),
    ("fi", "Takuumaksun palautus: IBAN [[I:<<IBAN:RO:4:sp>>]], [[P:Mihaela Constantin]]"),
    ("fi", "tilinumero [[I:<<IBAN:FI:4:sp>>]]"),
    ("fi", "Käytämme tilaa [[P:Ali Reza Mohammadin]] kanssa tiistaisin."),
    ("fi", "Saunavuoron peruutus. [[P:Ronja]] & [[P:Eetu]], [[A:Sampsantie 4 A 2]]"),
    ("fi", "Pyydän, että laskun kopio lähetetään [[P:Marketta Sorsalle]]."),
    ("fi", "Varaaja [[P:M. Kovalenko]], puhelin [[T:0401234987]]"),
    ("fi", "Pelivuoron varasi [[P:Ngozi Okafor]]. Tili [[I:<<IBAN:fi:0:none>>]]"),
    # ---- Finnish: hard negatives
    ("fi", "Tuuli oli niin kova, että Kaisaniemen puiston vanha vaahtera kaatui polulle."),
    ("fi", "Toivo on, että Helsingin kaupunki korjaa Hämeentien pyörätiet ennen talvea."),
    ("fi", "Bussi 55 ajaa nykyään liian harvoin, ja linja 550 on aina täynnä klo 8.00–9.00."),
    ("fi", "Asianumero HEL 2024-012345, viittaan aiempaan palautteeseeni."),
    ("fi", "Helen Oy:n kaukolämpötyöt Mannerheimintiellä ovat kestäneet jo kolme kuukautta."),
    ("fi", "Aalto-yliopiston opiskelijat voisivat suunnitella puiston uudelleen."),
    ("fi", "Minna Canthin kadun ja Runeberginkadun risteys on vaarallinen jalankulkijoille."),
    ("fi", "Tove Janssonin puistossa on rikkinäinen penkki."),
    ("fi", "Sauna maksaa 25 € tunti, ja salin voi varata klo 17–21 arkisin."),
    ("fi", "Ratikka 9 ja ratikka 7 pysähtyvät samalla pysäkillä Pasilassa."),
    ("fi", "Annantalon kurssit ovat olleet lapsille tosi hyviä."),
    ("fi", "Lumi sulaa nopeasti, mutta jää jää kävelyteille. Usko pois, se on vaarallista."),
    ("fi", "Kela ja HSL voisivat yhdessä tarjota halvempia lippuja työttömille."),
    ("fi", "Paavo Nurmen tiellä on joka ilta kaahareita."),
    ("fi", "Vuosaaren Vuotalossa järjestetään asukasilta 12.3. klo 18."),
    ("fi", "Sali 3 on varattu 40 hengelle, hinta 120 euroa."),
    ("fi", "Kaunis ilta, sade lakkasi ja Helmi-kahvila oli auki."),
    ("fi", "Kannatan ehdotusta numero 214 ja ehdotusta numero 87."),
    ("fi", "Aleksis Kiven kadun pyöräkaista on aina lumen peitossa."),
    ("fi", "Tikkurilan asemalla hissit ovat usein rikki, kuten Myyrmäessäkin."),
    ("fi", "Espoon keskuksen uimahalli on kiinni 1.–14.8."),
    ("fi", "Stara kävi paikalla, mutta työ jäi kesken."),
    ("fi", "Sininen talo Linnanmäen vieressä on kaunis."),
    # ---- Swedish
    ("sv", "Jag pratade i går med [[P:Birgitta Lindholm]] från bostadsbolaget, och hon höll med om att "
           "gatlyktorna är för svaga."),
    ("sv", "Vi bor på [[A:Tavastvägen 45 B 12]] och sopbilen kommer klockan fem varje morgon."),
    ("sv", "Min adress är [[A:Broholmsgatan 9 A 3]], 00530 Helsingfors."),
    ("sv", "Med vänliga hälsningar\n[[P:Carl-Johan Westerlund]]\n[[T:050 445 9021]]"),
    ("sv", "Hälsningar, [[P:Ulla]]"),
    ("sv", "mvh [[P:stefan]]"),
    ("sv", "Fråga [[P:Ahmed]] i styrelsen, han vet mer om saken."),
    ("sv", "Grannen [[P:Ingrid]] har också klagat på bullret."),
    ("sv", "Återbetala depositionen till mitt konto [[I:<<IBAN:FI:4:sp>>]], tack! /[[P:Anders Holm]]"),
    ("sv", "Kontonummer [[I:<<IBAN:SE:4:sp>>]] (Handelsbanken), kontoinnehavare [[P:Elin Sjöberg]]"),
    ("sv", "IBAN: [[I:<<IBAN:fi:4:sp>>]]"),
    ("sv", "Betala tillbaka till [[I:<<IBAN:DK:4:dash>>]], jag har flyttat till Köpenhamn. [[P:Mette]]"),
    ("sv", "Kontot är\n[[I:<<IBAN:FI:4:nl>>]]\nmvh [[P:Rasmus Lindroos]]"),
    ("sv", "Jag bor på [[A:Runebergsgatan 44 b 19]] och gatan är full av felparkerade bilar."),
    ("sv", "Förslag från [[P:Amal Hassan]] och [[P:Leyla Rahimi]]: en mötesplats för mammor i Nordsjö."),
    ("sv", "Kontaktperson: fru [[P:Nyström]], [[E:g.nystrom@outlook.com]]"),
    ("sv", "Bokningen gjordes av [[P:Oskar]], men [[P:Nora]] hämtar nycklarna."),
    ("sv", "Vi var där: [[P:Kerstin]], [[P:Mikael]], [[P:Aziz]] och [[P:Truong]]."),
    ("sv", "Jag ringde [[P:Gunillas]] mamma, som också bor i huset."),
    ("sv", "Tack till [[P:Johanna Blomqvist]] för en snabb åtgärd!"),
    ("sv", "Skickat av [[P:Maja-Stina Öhberg]], [[A:Drumsövägen 12 A 8]]"),
    ("sv", "Vi bor på [[A:Dickursbyvägen 10]] i Vanda och vägen är full av hål."),
    ("sv", "Adress: [[A:Stationsvägen 3 C 14]], 01300 Vanda"),
    ("sv", "Vår familj på [[A:Albergagatan 8]] i Esbo vill ha en lekpark."),
    ("sv", "Jag bor på [[A:Otsvängen 18 A 206]] och cykeltaket läcker."),
    ("sv", "Hälsningar från [[P:Pia Grönroos]] i Hagalund"),
    ("sv", "Under kvällen talade [[P:Joakim Forsström]] och [[P:Nadia El-Amin]]."),
    ("sv", "Bokare: [[P:Wang Fang]], kinesiska föreningen."),
    ("sv", "Mitt namn är [[P:Kristiina Põld]] och jag kommer från Tallinn."),
    ("sv", "Jag stöder [[P:Lars-Eriks]] förslag om fler bänkar."),
    ("sv", "Bilen [[R:ABC-321]] står på gården vid [[A:Agricolagatan 7]]."),
    ("sv", "Ring mig: [[T:040 998 7766]], [[P:Hanna]]"),
    ("sv", "Med vänlig hälsning [[P:B. Sundström]]"),
    ("sv", "Återbetalning till [[I:<<IBAN:NO:4:sp>>]], jag bor i Oslo. [[P:Sigrid Bakke]]"),
    ("sv", "Överför pengarna till IBAN [[I:<<IBAN:DE:4:sp>>]] (konto i [[P:Jonas]] namn)."),
    ("sv", "Personbeteckning [[H:<<HETU>>]], [[P:Ragnar Eklund]]"),
    ("sv", "HÄLSNINGAR [[P:TORBJÖRN ÅKERMAN]]"),
    # ---- Swedish: hard negatives
    ("sv", "Buss 55 går för sällan och spårvagn 9 är alltid full."),
    ("sv", "Ärendenummer HEL 2023-004567, se tidigare respons."),
    ("sv", "Esplanadparken och Sinebrychoffparken behöver fler soptunnor."),
    ("sv", "Bastun kostar 20 euro per timme och salen kan bokas kl. 17–21."),
    ("sv", "Helsingfors stad borde reparera Tavastvägen innan vintern."),
    ("sv", "Minna Canths gata är full av gropar."),
    ("sv", "Oodi och Stoa har bra lokaler för föreningar."),
    ("sv", "Svenska folkskolans vänner ordnar en kurs i februari."),
    ("sv", "Vi föreslår en ny lekpark i Drumsö, förslag nummer 312."),
    ("sv", "Hoppas att Mannerheimvägen öppnas snart igen."),
    ("sv", "Snön ligger kvar på cykelbanan längs Norra Hesperiagatan."),
    ("sv", "Fazers café vid Esplanaden har öppet till kl. 22."),
    # ---- English
    ("en", "I spoke with [[P:Siobhan O'Connor]] at the library yesterday and she suggested I write here."),
    ("en", "My neighbour [[P:Oluwaseun]] has complained about the same noise for months."),
    ("en", "Please ask [[P:Ahmed]] at the residents' association, he has the photos."),
    ("en", "I live at [[A:Hämeentie 45 B 12]] and the garbage truck comes at 5 am every day."),
    ("en", "Our flat is at [[A:Siltasaarenkatu 14 A 22]], 00530 Helsinki, right above the construction site."),
    ("en", "Best regards,\n[[P:Priya Raman]]\n[[T:+358 40 551 2233]]"),
    ("en", "Cheers, [[P:Dave]]"),
    ("en", "thanks, [[P:maria]]"),
    ("en", "Kind regards, Dr. [[P:Farshid Tehrani]]"),
    ("en", "Contact person: Ms [[P:Okonkwo]], [[E:ada.okonkwo@hotmail.com]]"),
    ("en", "Please refund the deposit to my account [[I:<<IBAN:FI:4:sp>>]]. Thanks, [[P:Tomasz Nowak]]"),
    ("en", "IBAN [[I:<<IBAN:GB:4:sp>>]], account holder [[P:Emily Clarke]]"),
    ("en", "account: [[I:<<IBAN:ie:0:none>>]]"),
    ("en", "Refund to [[I:<<IBAN:PT:4:sp>>]] please, I have moved back to Lisbon. [[P:João Pereira]]"),
    ("en", "My bank details: IBAN [[I:<<IBAN:IT:4:sp>>]], BIC UNCRITMM"),
    ("en", "Account number:\n[[I:<<IBAN:NL:4:nl>>]]"),
    ("en", "Deposit back to [[I:<<IBAN:TR:4:sp>>]], [[P:Emre Demir]]"),
    ("en", "The account is [[I:<<IBAN:LT:4:dot>>]] (Revolut)."),
    ("en", "Please pay to [[I:<<IBAN:FR:4:sp>>]], holder [[P:Camille Durand]]."),
    ("en", "The proposal is from [[P:Ana Sofía Morales]] and [[P:Jorge Ramírez]] of the Latin American club."),
    ("en", "Signed: [[P:Maricel Dela Cruz]], [[P:Jomar Santos]], [[P:Rosalinda Bautista]]"),
    ("en", "We met [[P:Kwame]] and [[P:Abena]] at the hearing and agreed to send a joint comment."),
    ("en", "[[P:Yuki Tanaka]] will bring the keys back on Monday."),
    ("en", "I booked the room for Mr. [[P:Sharma]]'s yoga group; his first name is [[P:Rajesh]]."),
    ("en", "We live at [[A:Suomenlahdentie 5 B 16]], Espoo, and the bus stop shelter is broken."),
    ("en", "Send the invoice to [[P:Hamid Karimi]], [[A:Kielotie 20 B 9]], 01300 Vantaa."),
    ("en", "We live on [[A:Jokiniementie 31 C]] in Vantaa and the streetlights are out."),
    ("en", "I'm [[P:Natalia]] from [[A:Tapiontori 3 A 10]], and the square is icy every morning."),
    ("en", "The car [[R:ZTX-907]] blocks the entrance at [[A:Torkkelinkatu 21]]."),
    ("en", "Thanks to [[P:Chloe]] and [[P:Mateus]] for organising the clean-up day!"),
    ("en", "Regards, [[P:NGUYEN THANH TUNG]]"),
    ("en", "Booker: [[P:Sipho Ndlovu]], [[E:sipho.ndlovu@gmail.com]], [[T:044 321 7788]]"),
    ("en", "Please contact [[P:Anh]] or her husband [[P:Duc]] if the door code doesn't work."),
    ("en", "Comment by [[P:J.-P. Laurent]]: the bike lane is too narrow."),
    # ---- English: hard negatives
    ("en", "Will the Rose Garden in Kaisaniemi be open in May?"),
    ("en", "Bus 550 and tram 9 are always late in the morning rush between 8 and 9."),
    ("en", "Reference HEL 2024-009876, please see my earlier message."),
    ("en", "The sauna costs 25 euros per hour and the hall can be booked from 5 to 9 pm."),
    ("en", "Helen's district heating works on Mannerheimintie have lasted three months."),
    ("en", "Mark the broken bench near Alppipuisto, please. Grace period for the fee would help too."),
    ("en", "Proposal 118: more trees along Aleksis Kiven katu."),
    ("en", "The Amos Rex museum and Oodi library are great, but the square needs benches."),
    ("en", "Hope the playground at Tove Jansson Park gets fixed before summer."),
    ("en", "Bill the association, not individual members."),
]


def outsider2_records() -> list[tuple[str, str]]:
    """OUTSIDER_2 with each `<<IBAN:...>>` and `<<HETU>>` placeholder filled, in order, from outsider2_rng."""
    records = []
    for lang, marked in OUTSIDER_2:
        while (match := re.search(r"<<IBAN:([A-Za-z]{2}):([\d,]+):(\w+)>>", marked)) is not None:
            value = _o2_iban(match.group(1), match.group(2), match.group(3))
            marked = marked[: match.start()] + value + marked[match.end() :]
        while "<<HETU>>" in marked:
            marked = marked.replace("<<HETU>>", _o2_hetu(), 1)
        records.append((lang, marked))
    return records


# ======== end of the issue 17 second outsider block


_MARK = re.compile(r"\[\[(IP|[PETHIRA]):(.*?)\]\]", re.DOTALL)


def parse(marked: str) -> tuple[str, list[dict]]:
    """Turn inline markup into text and gold spans."""
    text, spans, last = [], [], 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[last : match.start()]
        text.append(before)
        length += len(before)
        value = match.group(2)
        spans.append({"start": length, "end": length + len(value), "label": LABELS[match.group(1)]})
        text.append(value)
        length += len(value)
        last = match.end()
    text.append(marked[last:])
    return "".join(text), spans


# ---- Address forms of issue 17, appended after the generated messages so that their ids stay as they
# were: multi-word and inflected names, Swedish names, flats written without spaces, ranges; and hard
# negatives (streets without a number, counts and measures after a street, parks named after people).
ADDRESS_FORMS = [
    ("fi", "Asun osoitteessa [[A:Pohjoinen Rautatiekatu 21 B 5]] ja rappukäytävän valo on rikki."),
    ("fi", "Pohjoisella Rautatiekadulla on ajettu ylinopeutta koko syksyn."),
    ("fi", "Meillä [[A:Isolla Roobertinkadulla 3 as. 22]] kuuluu yöllä työmaan melua."),
    ("fi", "Asun [[A:Kaarelantiellä 7]] ja bussipysäkin katos on kaatunut."),
    ("fi", "Kulosaaren puistotiellä on kaatunut puu, lähellä taloa [[A:Kulosaaren puistotie 12 a 3]]."),
    ("fi", "Postini menee väärin, osoite on [[A:Mäkkylän puistotie 14 B9]], Espoo."),
    ("fi", "Mannerheimintiellä 3 bussia ajoi pysäkin ohi pysähtymättä."),
    ("fi", "Hämeentiellä 30 km/h rajoitusta ei noudateta, ja Arabianrannassa 5 vuotta sama ongelma."),
    ("fi", "Kotini [[A:Gallen-Kallelan tie 29 A 4]] on Laajalahdessa, roskat jäävät tyhjentämättä."),
    ("fi", "Tapaamme Aleksis Kiven puistossa klo 17, ei osoitetta tarvita."),
    ("fi", "Tilasin taksin [[A:Suurpellon puistokatu 4 b 12]] eteen, mutta auto ei tullut."),
    ("fi", "Asun [[A:Kalliolanrinteellä 4]] ja portaikko on liukas."),
    ("fi", "Talo [[A:Tehtaankatu 12-14]] on ollut telineissä vuoden."),
    ("fi", "Lumiaurat eivät ole käyneet [[A:Rinnekodintie 7 A 5]] kohdalla."),
    ("fi", "Pyörätiellä 3 kertaa viikossa on autoja pysäköitynä."),
    ("fi", "asun [[A:mannerheimintie 5 b 12]] ja hissi on ollut rikki"),
    ("fi", "Naapurini [[A:Urpu 6 B 3]]:ssa polttaa roskia pihalla."),
    ("fi", "Espoon Leppävaarassa [[A:Veräjäpellonkadulla 17]] on katuvalot pimeänä."),
    ("fi", "Vantaalla [[A:Lintulaaksontie 2]] kohdalla on syvä kuoppa."),
    ("sv", "Jag bor på [[A:Båtsmansgatan 3 B 12]] och gården är full av skräp."),
    ("sv", "Min adress är [[A:Drumsövägen 5 lgh 5]], ring porten."),
    ("sv", "Vi bor på [[A:Stora Robertsgatan 8 bst 7]] sedan 2019."),
    ("sv", "Norra Järnvägsgatan är avstängd, 3 bussar fick köra om."),
    ("sv", "Snöplogen har inte varit på [[A:Fabriksgatan 13]] på en vecka."),
    ("en", "I live at [[A:Pohjoisesplanadi 21 A 4]] and the street is very noisy at night."),
    ("en", "The tram stops on Mannerheimintie 3 times an hour at night."),
    ("en", "Our flat is at [[A:Itätuulenkuja 11 as. 4]] in Tapiola."),
]


# Issue 17: names where people actually write them (sign-offs, contact lines, capitals, hyphens, names
# outside the Nordic stock) and hard negatives (common words that are names, parks and streets named after
# people). Appended after the generated messages so that the earlier ids and random draws stay the same.
PERSON_17 = [
    ("fi", "Roskis on taas täynnä Kaisaniemen puistossa.\n/[[P:Sanna]]"),
    ("fi", "Valo ei pala portaikossa. T: [[P:Eero]]"),
    ("fi", "katulamppu vilkkuu koko yön, korjatkaa. t. [[P:mikko]]"),
    ("fi", "Kiitos nopeasta vastauksesta!\n-- [[P:Helmi Saari]]"),
    ("fi", "Pyörätie on jäässä. Terv. [[P:Ossi Rantala]]"),
    ("fi", "Ystävällisin terveisin\n[[P:Pirjo-Liisa Heikkilä]]\n[[T:040 765 4321]]"),
    ("fi", "Lähettäjä: [[P:PIRJO-LIISA KORHONEN]], [[E:pl.korhonen@example.fi]]"),
    ("fi", "Soittakaa minulle [[T:050 123 9876]] / [[P:Abdirahman Farah]]"),
    ("fi", "Yhteyshenkilö [[P:Fadumo Hassan]] [[T:044 555 1212]]"),
    ("fi", "Naapuri [[P:Olga Ivanova]] kertoi, että hissi on ollut rikki viikon."),
    ("fi", "Puhuin asiasta [[P:Nguyen Van Minhin]] kanssa, hän asuu samassa talossa."),
    ("fi", "Kiitos [[P:Anna-Marille]] avusta!"),
    ("fi", "Mvh [[P:Kari]]"),
    ("fi", "Toivo on, että asia korjataan ennen talvea."),
    ("fi", "Lumi on aurattu huonosti koko kadulta."),
    ("fi", "Satu-tuokio pidetään kirjastossa keskiviikkona."),
    ("fi", "Alvar Aallon puistossa on rikottu penkki."),
    ("fi", "Sibeliuksen puiston vessat ovat kiinni."),
    ("fi", "Aleksis Kiven kadulla on jatkuvasti autoja jalkakäytävällä."),
    ("sv", "Gatlyktan är trasig.\nMed vänlig hälsning\n[[P:Ingrid Sundberg]]"),
    ("sv", "Tack för snabbt svar. Hälsningar [[P:Erik]]"),
    ("sv", "Mvh [[P:Jonas Lindgren]], [[T:040 222 3344]]"),
    ("en", "The bench is broken again.\nKind regards,\n[[P:Tomás García]]"),
    ("en", "Please fix the lights. Regards, [[P:Yuki Tanaka]]"),
    ("en", "Best,\n[[P:Aisha Mohamed]]"),
    ("en", "Br, [[P:Jussi]]"),
    ("en", "Will the playground be open in May? Hope so."),
    ("en", "Mark the broken tiles near the library, please."),
]


def main() -> None:
    records = []
    for lang, marked in HAND:
        marked = (
            marked.replace("{iban}", iban()).replace("{hetu}", hetu()).replace("{wrong_hetu}", wrong_hetu())
        )
        records.append((lang, marked))
    for lang, frames, count in (("fi", FI_FRAMES, 130), ("sv", SV_FRAMES, 25), ("en", EN_FRAMES, 25)):
        records += [(lang, fill(rng.choice(frames))) for _ in range(count)]
    records += ADDRESS_FORMS
    records += patterns_records()  # issue 17, patterns block
    records += PERSON_17
    records += outsider_records()  # issue 17, outsider-style block
    records += outsider2_records()  # issue 17, second outsider block (written blind)
    records += pii_devset_outsider3.records()  # issue 17, third outsider block (written blind)
    records += pii_devset_outsider4.records()  # issue 17, fourth outsider block (written blind)
    records += pii_devset_outsider5.records()  # issue 17, fifth outsider block (written blind)
    records += pii_devset_outsider6.records()  # issue 17, sixth outsider block (written blind)
    records += pii_devset_outsider7.records()  # issue 17, seventh outsider block (written blind, names)
    records += pii_devset_outsider8.records()  # issue 17, eighth outsider block (written blind, codes)
    records += pii_devset_outsider9.records()  # issue 17, ninth outsider block (written blind, hard negatives)
    records += pii_devset_outsider10.records()  # issue 17, tenth outsider block (written blind, every class)
    records += pii_devset_outsider11.records()  # issue 17, eleventh outsider block (written blind, account numbers)
    records += pii_devset_outsider12.records()  # issue 17, twelfth outsider block (written blind, names without cues)
    records += pii_devset_outsider13.records()  # issue 17, thirteenth outsider block (written blind, full names)
    records += pii_devset_outsider14.records()  # issue 17, fourteenth outsider block (written blind, names in passing)
    records += pii_devset_outsider15.records()  # issue 17, fifteenth outsider block (written blind, names in discussions)
    records += pii_devset_outsider16.records()  # issue 17, sixteenth outsider block (written blind, Swedish and English)
    records += pii_devset_outsider17.records()  # issue 17, seventeenth outsider block (written blind, pasted numbers)
    records += pii_devset_outsider18.records()  # issue 17, eighteenth outsider block (written blind, foreign names in Finnish)
    records += pii_devset_outsider19.records()  # issue 17, nineteenth outsider block (written blind, personas and signatures)
    records += pii_devset_outsider20.records()  # issue 17, twentieth outsider block (written blind, every class)
    records += pii_devset_outsider21.records()  # issue 17, twenty-first outsider block (written blind, comment threads)
    records += pii_devset_outsider22.records()  # issue 17, twenty-second outsider block (written blind, Finnish)
    records += pii_devset_outsider23.records()  # issue 17, twenty-third outsider block (written blind, English and Swedish)
    records += pii_devset_outsider24.records()  # issue 17, twenty-fourth outsider block (written blind, Finnish names in passing)
    records += pii_devset_outsider25.records()  # issue 17, twenty-fifth outsider block (written blind, bookings and proposals)
    records += pii_devset_outsider27.records()  # issue 17, twenty-seventh outsider block (written blind, short English and Swedish notes)
    records += pii_devset_outsider26.records()  # issue 17, twenty-sixth outsider block (written blind, long Finnish and Swedish comments)
    records += pii_devset_outsider28.records()  # issue 17, twenty-eighth outsider block (written blind, a month of feedback)
    records += pii_devset_outsider29.records()  # issue 17, twenty-ninth outsider block (written blind, proposals and threads)
    records += pii_devset_outsider30.records()  # issue 17, thirtieth outsider block (written blind, every class, Finnish and Swedish)
    records += pii_devset_outsider31.records()  # issue 17, thirty-first outsider block (written blind, every class, international residents)
    records += pii_devset_outsider32.records()  # issue 17, thirty-second outsider block (written blind, older writers, Finnish and Swedish)
    records += pii_devset_outsider33.records()  # issue 17, thirty-third outsider block (written blind, names from outside the Nordic countries)
    records += pii_devset_outsider34.records()  # issue 17, thirty-fourth outsider block (written blind, names in passing in comments, words that are names)
    records += pii_devset_outsider35.records()  # issue 17, thirty-fifth outsider block (written blind, international residents, East Asian names)
    records += pii_devset_outsider36.records()  # issue 17, thirty-sixth outsider block (written blind, a night's intake written to slip past)
    records += pii_devset_outsider37.records()  # issue 17, thirty-seventh outsider block (written blind, bookings, venues and rooms)
    records += pii_devset_outsider38.records()  # issue 17, thirty-eighth outsider block (written blind, neighbours, surnames that are words)
    records += pii_devset_outsider39.records()  # issue 17, thirty-ninth outsider block (written blind, Finland-Swedish residents)
    records += pii_devset_outsider40.records()  # issue 17, fortieth outsider block (written blind, OmaStadi proposals and threads)
    records += pii_devset_outsider41.records()  # issue 17, forty-first outsider block (written blind, phone-typed spoken Finnish)
    records += pii_devset_outsider42.records()  # issue 17, forty-second outsider block (written blind, English-speaking expats)
    records += pii_devset_outsider43.records()  # issue 17, forty-third outsider block (written blind, long hearing comments, names in running prose)
    records += pii_devset_outsider44.records()  # issue 17, forty-fourth outsider block (written blind, a sample of everything, every class)
    records += pii_devset_outsider45.records()  # issue 17, forty-fifth outsider block (written blind, Helsinki's largest language groups in Finnish)
    records += pii_devset_outsider46.records()  # issue 17, forty-sixth outsider block (written blind, a sample of everything, Swedish and English)
    records += pii_devset_outsider47.records()  # issue 17, forty-seventh outsider block (written blind, signatures and contact lines)
    records += pii_devset_outsider48.records()  # issue 17, forty-eighth outsider block (written blind, names alone in Finnish sentences)
    records += pii_devset_outsider49.records()  # issue 17, forty-ninth outsider block (written blind, a day of feedback and bookings)
    records += pii_devset_outsider50.records()  # issue 17, fiftieth outsider block (written blind, hearing and proposal threads)
    records += pii_devset_outsider51.records()  # issue 17, fifty-first outsider block (written blind, refunds, fines and vehicles)
    records += pii_devset_outsider52.records()  # issue 17, fifty-second outsider block (written blind, people talked about)
    records += pii_devset_outsider53.records()  # issue 17, fifty-third outsider block (written blind, a week of the whole intake)
    records += pii_devset_outsider54.records()  # issue 17, fifty-fourth outsider block (written blind, where people live)
    records += pii_devset_outsider55.records()  # issue 17, fifty-fifth outsider block (written blind, Kerrokantasi hearings in Finnish)
    records += pii_devset_outsider56.records()  # issue 17, fifty-sixth outsider block (written blind, international Helsinki)
    records += pii_devset_outsider57.records()  # issue 17, fifty-seventh outsider block (written blind, typed on a phone at night)
    records += pii_devset_outsider58.records()  # issue 17, fifty-eighth outsider block (written blind, OmaStadi proposals)
    records += pii_devset_outsider59.records()  # issue 17, fifty-ninth outsider block (written blind, forwarded mail and staff replies)
    records += pii_devset_outsider60.records()  # issue 17, sixtieth outsider block (written blind, Swedish-speaking Helsinki)
    records += pii_devset_outsider61.records()  # issue 17, sixty-first outsider block (written blind, English-speaking residents, names in running prose)
    records += pii_devset_outsider62.records()  # issue 17, sixty-second outsider block (written blind, a random day of feedback)
    records += pii_devset_outsider63.records()  # issue 17, sixty-third outsider block (written blind, a random day of feedback, Swedish and English)
    records += pii_devset_outsider64.records()  # issue 17, sixty-fourth outsider block (written blind, a random day of hearings and proposals)
    records += pii_devset_outsider65.records()  # issue 17, sixty-fifth outsider block (written blind, a random day of room bookings)
    records += pii_devset_outsider66.records()  # issue 17, sixty-sixth outsider block (written blind, another random day, Finnish)
    records += pii_devset_outsider67.records()  # issue 17, sixty-seventh outsider block (written blind, another random day, Swedish)
    records += pii_devset_outsider68.records()  # issue 17, sixty-eighth outsider block (written blind, another random day, English)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as out:
        for number, (lang, marked) in enumerate(records, 1):
            text, spans = parse(marked)
            out.write(json.dumps({"id": f"dev-{number:03d}", "lang": lang, "text": text, "spans": spans},
                                 ensure_ascii=False) + "\n")  # fmt: skip
    print(f"wrote {len(records)} messages to {OUT}")


if __name__ == "__main__":
    main()
