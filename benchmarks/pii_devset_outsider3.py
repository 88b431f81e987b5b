"""Outsider evaluation set no. 3 for the personal-data detectors (issue 17).

Written by outsider helper h17-o3 on 2026-12-07, blind to the detectors: the author did not read
harvester/anonymise/, tests/anonymise/, tests/data/pii/, benchmarks/pii_build_devset.py,
benchmarks/pii_eval.py or benchmarks/README.md, and ran no detector, evaluation or test on this text.
Focus: the voice of Open311 feedback to the city and of Kerrokantasi hearing comments (and the staff
replies to both), mostly Finnish, some Swedish and English.

Every person, e-mail, phone number, identity code, account, plate and IP address is invented; street
names are real streets of Helsinki, Espoo, Vantaa and Kauniainen (to the author's best knowledge),
house numbers are invented.

`records()` returns `(lang, marked_text)` pairs; each personal-data value is marked inline as
`[[LABEL:text]]` with LABEL in P (person), E (e-mail), T (phone), H (HETU), I (IBAN), R (plate),
A (address), IP (IP address). Phone numbers, IBANs, HETUs, plates and IPs written as `%T%`, `%I%`,
`%H%` (`%h%` born after 2003, `%g%` before 2000), `%R%`, `%r%`
(plate, lower case), `%IP%` in the templates below are generated from
`random.Random(3303)`; output is deterministic.

Conventions: a Finnish case ending after a colon stays outside the span (`[[P:Minna H.]]:n`),
an inflected word is wholly inside (`[[P:Jarmo Kinnusen]]`, `[[A:Kaarelantiellä 7]]`); titles
(rouva, herra, fru, Mr, Dr, opettaja...) stay outside; the postal code and town stay outside an
address; stair and flat are inside (`[[A:Sturenkatu 27 a 12]]`). Names of famous people in street,
park and building names and politicians acting in office are not marked.
"""

from __future__ import annotations

import random
import re

_SEED = 3303
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_PLATE_LETTERS = "ABCDEFGHIJKLMNOPRSTUVXYZ"


def _phone(rng: random.Random) -> str:
    pre = rng.choice(["040", "050", "044", "045", "041", "046", "043", "050"])
    d = "".join(str(rng.randrange(10)) for _ in range(7))
    land = "".join(str(rng.randrange(10)) for _ in range(5))
    fixed = str(rng.randrange(1, 10)) + d[1:]
    forms = [
        f"{pre} {d[:3]} {d[3:]}",
        f"{pre}{d}",
        f"{pre}-{d}",
        f"{pre} {d}",
        f"{pre} {d[:3]} {d[3:5]} {d[5:]}",
        f"+358 {pre[1:]} {d[:3]} {d[3:]}",
        f"+358{pre[1:]}{d}",
        f"+358 {pre[1:]} {d}",
        f"358 {pre[1:]} {d[:3]} {d[3:]}",
        f"+358 (0){pre[1:]} {d[:3]} {d[3:]}",
        f"09 310 {land}",
        f"(09) {fixed[:3]} {fixed[3:]}",
        f"09-{fixed}",
        f"+358 9 {fixed[:3]} {fixed[3:]}",
        f"{pre}  {d[:3]}  {d[3:]}",
        f"{pre}/{d}",
    ]
    return rng.choice(forms)


def _iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def _iban(rng: random.Random) -> str:
    country = rng.choices(["FI", "SE", "DE", "EE", "ES", "NO"], [24, 2, 2, 2, 1, 1])[0]
    length = {"FI": 14, "SE": 20, "DE": 18, "EE": 16, "ES": 20, "NO": 11}[country]
    bban = "".join(str(rng.randrange(10)) for _ in range(length))
    if country == "FI":
        bban = rng.choice(["1", "2", "4", "5", "8", "3", "7"]) + bban[1:]
    check = _iban_check(country, bban) if rng.random() < 0.5 else f"{rng.randrange(2, 99):02d}"
    raw = country + check + bban
    style = rng.randrange(7)
    if style == 0:
        out = raw
    elif style in (1, 2):
        out = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    elif style == 3:
        out = (" ".join(raw[i : i + 4] for i in range(0, len(raw), 4))).lower()
    elif style == 4:
        out = raw[:4] + " " + raw[4:10] + " " + raw[10:]
    elif style == 5:
        out = raw[:2] + " " + raw[2:4] + " " + raw[4:]
    else:
        out = raw.lower()
    return out


def _hetu(rng: random.Random, born: str = "any") -> str:
    lo, hi = {"any": (1938, 2022), "adult": (1938, 2000), "child": (2004, 2022)}[born]
    year = rng.randrange(lo, hi)
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    sign = rng.choice("AAAABCDEF") if year >= 2000 else rng.choice("------YXWVU")
    ind = rng.randrange(2, 900)
    num = int(f"{day:02d}{month:02d}{year % 100:02d}{ind:03d}")
    return f"{day:02d}{month:02d}{year % 100:02d}{sign}{ind:03d}{_HETU_CHECK[num % 31]}"


def _plate(rng: random.Random, lower: bool = False) -> str:
    kind = rng.randrange(20)
    if kind < 14:
        letters = "".join(rng.choice(_PLATE_LETTERS) for _ in range(3))
        digits = str(rng.randrange(1, 1000))
    elif kind < 19:
        letters = "".join(rng.choice(_PLATE_LETTERS) for _ in range(2))
        digits = str(rng.randrange(1, 1000))
    else:
        letters = "CD"
        digits = str(rng.randrange(100, 2000))
    sep = rng.choice(["-", "-", "-", " ", ""])
    out = letters + sep + digits
    if lower or rng.random() < 0.25:
        out = out.lower()
    return out


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.8:
        first = rng.choice([37, 62, 78, 85, 91, 128, 176, 188, 193, 212, rng.randrange(1, 224)])
        return ".".join([str(first)] + [str(rng.randrange(0, 256)) for _ in range(3)])
    groups = ["2001", "db8" if rng.random() < 0.3 else f"{rng.randrange(0x2000, 0x2FFF):x}"]
    groups += [f"{rng.randrange(0, 0xFFFF):x}" for _ in range(3)]
    return ":".join(groups) + "::" + f"{rng.randrange(1, 0xFFFF):x}"


# ----------------------------------------------------------------------------------------------
# Finnish: Open311 feedback (palaute) and Kerrokantasi comments, staff replies
# ----------------------------------------------------------------------------------------------

_FI = [
    # 1
    "Hei! Katuvalo on ollut rikki jo kolme viikkoa [[A:Kaarelantie 14]]:n kohdalla, pyöräily on "
    "pimeällä tosi vaarallista. t. [[P:Sari]]",
    # 2
    "auto %r% seisoo taas pyörätiellä Hämeentiellä, joka aamu klo 7-9. voisiko joku tehdä asialle jotain",
    # 3
    "Ystävällisin terveisin\n[[P:Pirjo-Liisa Korhonen]]\n[[A:Kontulantie 8 B 23]]\n00940 Helsinki\npuh. %T%",
    # 4
    "Kiitos palautteestanne. Välitimme asian alueen kunnossapidosta vastaavalle urakoitsijalle, "
    "joka käy tarkistamassa kohteen tällä viikolla.\n\nYstävällisin terveisin\n[[P:Mervi Laaksonen]]\n"
    "asiakaspalvelu, kaupunkiympäristön toimiala",
    # 5 negative
    "Topeliuksen puiston penkit on taas töhritty. Myös Alvar Aallon kadulla samaa. Siivotkaa pian!",
    # 6
    "Naapurin [[P:Korhonen]] soitti jo viime viikolla tästä samasta kaivonkannesta, mutta mitään ei "
    "ole tapahtunut. Osoite on [[A:Siilitie 9]], kaivo on parkkipaikan reunalla.",
    # 7
    "Lumet auraamatta koko [[A:Pihlajamäentie 32]]:n edustalla, rollaattorilla ei pääse bussille. "
    "Äitini [[P:Aili]] (88 v) asuu siellä. Yhteydenotot minulle [[E:tuomas.haapala77@gmail.com]]",
    # 8 negative
    "Linja 55 ajoi tänään klo 8.12 pysäkin ohi, vaikka näytin kättä. Pysäkki on Koskelantiellä "
    "Käpylän aseman kohdalla. Toivon että kuljettajille muistutetaan asiasta.",
    # 9
    "Hyvä [[P:Ahmed Abdullahi]],\n\nkiitos yhteydenotostasi. Leikkipaikan keinut korjataan viikolla "
    "14. Pahoittelemme viivettä.\n\nTerveisin\n[[P:Jukka-Pekka Nieminen]]\nrakennuttajainsinööri\n"
    "p. %T%",
    # 10
    "Kerrokantasi-kommentti: kannatan ehdotusta, mutta kävelyreitti Kivikon puistoon pitää "
    "valaista. Asun itse [[A:Kontulankaari 6 A 4]]:ssä ja kuljen siitä joka ilta koiran kanssa.",
    # 11
    "Roskis täynnä Sibeliuksen puistossa, linnut levittää roskia joka puolelle. kuva liitteenä",
    # 12
    "Pysäköinninvalvontaan: valkoinen pakettiauto rek.nro %R% on ollut kolme päivää "
    "invapaikalla [[A:Mechelininkatu 21]]:n pihassa. Ilmoittaja [[P:Hannele Virta]], %T%",
    # 13
    "moi, tässä vielä tilinumero jolle pyysitte palauttamaan liikaa perityn maksun: %I% "
    "(tilinomistaja [[P:Mikko Salminen]]). kiitos!",
    # 14
    "Huomautus asemakaavan muutosehdotuksesta (HEL 2023-004512)\n\nVastustan kerrostalon "
    "rakentamista Malminkartanon puistoalueelle. Metsä on alueen ainoa lähiviheralue.\n\n"
    "[[P:Esa Leinonen]]\n[[A:Malminkartanontie 17 C 40]]",
    # 15 negative
    "Onni ja Toivo ovat kauniita sanoja, mutta nyt tarvitaan tekoja: Kontulan ostarin ympäristö "
    "on sotkuinen ja illalla levoton. Vaadin lisää valvontaa.",
    # 16
    "Tytär [[P:Aino]] ja hänen kaverinsa [[P:Eetu]] kompastuivat rikkinäiseen laattaan "
    "[[A:Fleminginkatu 11]]:n edessä. [[P:Ainolla]] meni polvi auki. Korjatkaa ennen kuin joku "
    "loukkaantuu pahemmin.",
    # 17
    "Vastaus palautteeseen:\n> Bussi 78 ei pysähtynyt.\nHSL:n asiakaspalvelu on välittänyt "
    "palautteen liikennöitsijälle. Kuljettajan kanssa on käyty tilanne läpi.\n/[[P:Heidi]], HSL "
    "asiakaspalvelu",
    # 18
    "[[P:JARMO KINNUNEN]] [[A:TURUNLINNANTIE 4 A 12]] PUH %T%\nKADUN VALOT PIMEÄNÄ TAAS !!!!",
    # 19
    "Soitin jo [[P:Jarmo Kinnuselle]] kiinteistöhuollosta mutta hän sanoi että kyseessä on kaupungin "
    "alue. Eli teidän vastuulla. Kaatunut puu [[A:Kettutie 3]]:n takana.",
    # 20
    "Hei\nMeidän talon edessä ([[A:Vuotie 45]]) on hylätty auto, rekisterinumero %R%. Ollut siinä "
    "syyskuusta asti, renkaat tyhjänä.\n-[[P:Liisa]]",
    # 21 negative
    "Esitän, että Helsinginkadun ja Sturenkadun risteykseen tehdään suojatie. Päätösnumero "
    "§ 312/2022 ei ole toteutunut. Postinumero 00510.",
    # 22
    "Mun poika [[P:Abdirahman]] (9 v) käy koulua Pihlajamäessä ja koulumatka on vaarallinen, "
    "koska autot ajaa ylinopeutta. T. [[P:Fadumo Warsame]]",
    # 23
    "Kiitos [[P:Mervi]] asiakaspalvelusta, asia hoitui nopeasti!",
    # 24
    "Meluhaitta yöllä rakennustyömaalta [[A:Työpajankatu 10]]:ssä. Töitä tehdään klo 23 asti. "
    "Lisätietoja voi kysyä minulta: [[P:Nguyen Van Thanh]], %T%",
    # 25
    "Kommentti suunnitelmaan: Raitiolinjan 9 jatke on hyvä juttu, mutta Pasilan sillalle "
    "tarvitaan erilliset pyöräkaistat. Terveisin [[P:Olli-Pekka]]",
    # 26
    "Isäni [[P:Veikko Hämäläinen]] kaatui jäisellä jalkakäytävällä [[A:Malmin kauppatie 26]]:n "
    "edessä 12.1. Hänen henkilötunnuksensa %g%. Haluamme tehdä vahingonkorvaushakemuksen.",
    # 27
    "Palaute uimahallista: naisten saunassa oli likaista. Muuten hyvä paikka. terv. [[P:Oksana Melnyk]]",
    # 28 negative
    "Kaupunkiympäristölautakunta käsittelee asiaa 24.10. klo 16.00. Kokouksen esityslista "
    "julkaistaan paatokset.hel.fi -palvelussa viikkoa ennen.",
    # 29
    "hei voisiko [[A:Kalasatamankatu 9]] kohdalle saada pyöräparkin?? nyt pyörät on ihan "
    "holtittomasti pitkin jalkakäytävää",
    # 30
    "Vastaanottaja: [[P:Kaija Leppälä]]\nAihe: tonttikatu\n\nKiitos vastauksesta, mutta kysymykseeni "
    "ei vastattu. Miksi Hiihtäjäntien loppupäätä ei ole asfaltoitu?\n[[P:Ville]]",
    # 31
    "Roskakatos palaa! [[A:Meri-Rastilan tie 7]], soitin jo 112:een.",
    # 32
    "Meillä asuu [[P:Hakobyanin]] perhe alakerrassa ja [[P:Hakobyaneilta]] kuulin, että "
    "heidänkin ikkunansa on rikottu. Ilkivaltaa on ollut koko kesän. t: [[P:Maija S.]]",
    # 33
    "Ehdotan, että Kantelettarentien bussipysäkille tulee katos. Tuuli puhaltaa siinä aina "
    "kovaa ja Lumi ja loska kastelevat odottajat.",
    # 34
    "Asiakkaan yhteystiedot:\nNimi: [[P:Tarja Mäkelä-Ahonen]]\nOsoite: [[A:Laajalahdentie 19 as. 22]],"
    " 00330 Helsinki\nSähköposti: [[E:tarja.makela-ahonen@elisanet.fi]]\nPuhelin: %T%",
    # 35
    "Kuka vastaa [[A:Pekanraitti 3]]:n vieressä olevasta aidasta? Se on kaatunut kadulle.",
    # 36 negative
    "Vastaus: Korjaustyöt Mannerheimintiellä valmistuvat arviolta marraskuussa 2024. Kiitos "
    "kärsivällisyydestä. Kaupunkiympäristön asiakaspalvelu",
    # 37
    "Hei. Olen [[P:Svetlana Ivanova]] ja asun [[A:Myllymatkantie 4 b12]]:ssa. Pihan "
    "leikkipaikalla on lasinsiruja joka aamu.",
    # 38
    "Koirapuistossa [[A:Kulosaaren puistotie 2]]:n vieressä portti ei mene kiinni. "
    "Koirat pääsevät tielle. [[P:Kaisu]]",
    # 39
    "Kaupungin vastaus: Kiitos [[P:Matti]], palautteesi on kirjattu (tunnus HEL-2024-112233). "
    "Ilmoitamme sinulle, kun asia etenee.\n[[P:Riikka Savolainen]]\nliikenneinsinööri",
    # 40
    "Pakettiauto %R% ajaa joka aamu kävelykadulla Iso Roobertinkadulla, vaikka se on kielletty.",
    # 41
    "Asukasyhdistyksen puolesta: [[P:Pekka]] ja [[P:Ritva Lindholm]] toivovat, että "
    "Tapanilan urheilupuiston valaistus korjataan. Yhteyshenkilö: [[E:ritva.lindholm@kolumbus.fi]]",
    # 42
    "Rekkari oli %r%, ajoi päin punaisia Kurvissa. Näin sen ikkunasta.",
    # 43 negative
    "Mielestäni Töölönlahden puiston ja Kaisaniemen alueen tapahtumat pitäisi rajoittaa klo 22 "
    "mennessä. Armas kesäyö on asukkaillekin tarpeen.",
    # 44
    "Moikka, mun IP on %IP%, ja teidän palautelomake antaa virheen 'access denied' koko ajan. [[P:Joonas]]",
    # 45
    "Lähettäjä: [[P:Hassan Al-Rashid]] <[[E:hassan.alrashid@outlook.com]]>\nLähetetty: 3.2.2024\n\n"
    "Jäteastiat tyhjentämättä [[A:Rapakiventie 6]]:ssa kaksi viikkoa.",
    # 46
    "Olen kotihoidon asiakas ja avustajani [[P:Leena]] ei pääse pysäköimään talomme eteen, "
    "[[A:Sitratori 3 C 31]]. Voisiko huoltoajon paikan järjestää?",
    # 47
    "[[P:Hämäläisen]] pariskunta naapurista valitti samasta, eli ei ole vain minun ongelma.",
    # 48 negative
    "Nimi-kenttä on pakollinen mutta en halua antaa nimeäni. Anonyymi palaute: Vuosaaren "
    "sataman rekat ajaa Satamakaarella liian lujaa.",
    # 49
    "Kerrokantasi / Viikin-Malmin pikaraitiotie\n\nAsun [[A:Viikinkaari 12 A 7]] ja pikaraitiotie "
    "kulkisi suoraan ikkunani alta. Haluaisin tietää, miten melu torjutaan.\n- [[P:Leo Juntunen]]",
    # 50
    "Terveisiä [[P:Tuomolle]] kiinteistövirastosta: lupaamanne kyltti ei ole vieläkään paikallaan!",
    # 51
    "Hakemus: pysäköintitunnus asukaspysäköintiin. Auto: %R%, omistaja [[P:Anu Pelkonen]], "
    "[[A:Runeberginkatu 43 B 19]]. Laskun voi lähettää osoitteeseen [[E:anu.pelkonen@yahoo.com]]",
    # 52
    "En ymmärrä miksi [[P:Lahtiselta]] (naapuri) ei ole peritty sakkoa vaikka hän parkkeeraa "
    "aina suojatielle. Hänen auto on sininen volvo, rek %r%.",
    # 53
    "Uimarannalla Aurinkolahdessa ei ole hengenpelastajaa. Lapset uivat yksin. Kesä 2024, viikot 27-31.",
    # 54
    "Kiitos hyvästä palvelusta [[P:Minna H.]]:lle ja [[P:Jussille]] Itäkeskuksen asiakaspalvelupisteessä.",
    # 55
    "Katto vuotaa päiväkodissa, osoite [[A:Kurkimäentie 15]]. Lapsemme [[P:Milla]] ja "
    "[[P:Pinja]] ovat ryhmässä Ketunpoikaset. Päiväkodin johtaja [[P:Eija Rantanen]] tietää asiasta.",
    # 56
    "Tilille %I% voi palauttaa. Nimi [[P:Rasmus Blomqvist]].",
    # 57
    "Ruoholahden kanavan sillalla on reikä, pyörän eturengas meni siitä sisään. "
    "Korvausvaatimus tulossa. Yhteystiedot [[P:T. Heikkilä]], [[E:t.heikkila@iki.fi]]",
    # 58 negative
    "Usko tai älä, mutta Kauppatorilla on taas lokkeja enemmän kuin ihmisiä. "
    "Kieltäkää ruokkiminen 1.5.–30.9.",
    # 59
    "Tontin [[A:Vanha Porvoontie 231]] ojaan on kaadettu rakennusjätettä. Kuvat lähetin "
    "sähköpostiin [[E:hanna.kivela@vantaa.fi]] mutta ei vastausta.",
    # 60
    "Ei taas toimi vesiautomaatti Keskuspuistossa. T. [[P:Ilkka]] ([[P:Ilkka Raatikainen]], %T%)",
]

_FI += [
    # 61
    "Kerrokantasi: Hakaniemen torin peruskorjaus\n\nKauppahalli on Hakaniemen sydän. Älkää "
    "poistako puita torin laidalta. Olen asunut [[A:Hakaniemenrannassa 4]] vuodesta 1979.\n"
    "[[P:Raili Vesterinen]]",
    # 62
    "vastaus [[P:Railille]]: puita ei poisteta, ne siirretään. t. suunnittelija [[P:Antti K.]]",
    # 63 negative
    "Pyydän että Hämeentien pyöräkaistat aurataan ennen autokaistoja. Linjat 71 ja 74 kulkevat "
    "siellä myös. Kiitos.",
    # 64
    "Hei,\nnaapurin auto (rek. %R%) vuotaa öljyä pihalle [[A:Agricolankatu 7 A 15]]. "
    "Isännöitsijä [[P:Kari Nurmi]] ei reagoi. Mitä voin tehdä?\n\n[[P:Jenni]]",
    # 65
    "Kirjastoon: Lainasin kirjan mutta se rekisteröitiin väärälle kortille, omistaja "
    "[[P:Juha-Matti Seppälä]] (hänen puhelin %T%). Korjatkaa.",
    # 66
    "Kiitos palautteesta, [[P:Ayaan]]. Olemme tilanneet lisää roska-astioita Kallion "
    "kirkon ympäristöön.\n\nTerveisin [[P:Kirsi Ojala]], puistoyksikkö",
    # 67
    "[[P:Mohammed]] ja [[P:Amina Yusuf]], [[A:Ostostie 4 A 9]], 00940 Helsinki\nAsunnossa hometta, "
    "lapsilla ([[P:Hodan]], [[P:Yasin]]) astmaa. Pyydämme tarkastusta.",
    # 68
    "Parkkisakko annettiin autolleni %R% vaikka maksoin pysäköinnin sovelluksella. Valitus.\n"
    "Maksu palautetaan tilille %I%\n[[P:Elina Karppinen]]",
    # 69 negative
    "Aleksis Kiven katu on taas kaivettu auki. Kolmas kerta tänä vuonna. Kuka koordinoi näitä?",
    # 70
    "Mielipide: lähiöiden palvelut pitää säilyttää. Meillä Jakomäessä ei ole kohta mitään. "
    "[[P:Tero]] ([[E:tero.jakis@hotmail.com]])",
    # 71
    "[[P:Anneli]] tässä hei. Mun mummo [[P:Elsa Pöntinen]] asuu [[A:Kirkonkyläntie 22]] ja "
    "bussipysäkki siirrettiin 400 m kauemmas. Hän ei pysty kävelemään sinne.",
    # 72
    "Kommentoin kaavaa nro 12800. Tornitalo Pasilaan ok, mutta varjostus [[A:Radiokatu 20]]:n "
    "pihalle pitää selvittää. -[[P:Petri]]",
    # 73
    "Ilmoitan, että talon [[A:Kaj Franckin katu 3]] edessä on avoin kaivo ilman aitaa! "
    "Puh. %T% / [[P:Maarit]]",
    # 74
    "Moi, [[P:Kimmo]] täällä. Ajoin pyörällä kuoppaan Pohjoisella Rautatiekadulla ja vanne "
    "vääntyi. Haluan korvauksen. tili %I%",
    # 75 negative
    "Mikä on Helsingin kaupungin kirjaamon osoite? Löytyykö se jostain? Postinumero 00099.",
    # 76
    "Vastaus: Hei [[P:Kimmo]], korvaushakemus tehdään lomakkeella osoitteessa hel.fi. "
    "Liitä mukaan kuitti. Ystävällisesti, [[P:Sanna]] / kaupunkiympäristön asiakaspalvelu",
    # 77
    "Kaupunkipyöräasema Töölöntorilla on ollut tyhjä koko viikon. Kesä 2023.",
    # 78
    "ROSKAT!!! [[A:Mäkelänkatu 56]] takapihalla rotat juoksee. [[P:ESKO]]",
    # 79
    "Hei. Naapurini [[P:Wang Li]] ja [[P:Chen Jing]] ovat pyytäneet, että kirjoitan puolestaan: "
    "[[A:Sofianlehdonkatu 5 B 22]]:n hissi ollut rikki kuukauden.",
    # 80
    "Opettaja [[P:Marja-Leena Koivisto]] Kannelmäen koulusta toivoi, että koulun eteen "
    "maalataan suojatie. Kannatan!",
    # 81
    "Vastine: Vastustamme edelleen katusuunnitelmaa. Allekirjoittaneet: [[P:Tapio Rautio]], "
    "[[P:Leila Rautio]], [[P:Oskari Manninen]], [[P:Sirkka-Liisa Halonen]]",
    # 82
    "Paketti-auto rekisterillä %r% on jätetty Itäkadulle lastauspaikalle. Vaikeuttaa jakelua.",
    # 83 negative
    "Ehdotan, että Lumi- ja Tuuli-nimiset lumiaurat saavat nimensä lasten äänestyksellä, kuten "
    "Tampereella. Kiva idea!",
    # 84
    "Tämä on jo kolmas palaute. Viimeksi vastasi [[P:Heikki Laine]] 4.3. Lupasi korjata. "
    "Kaatunut liikennemerkki [[A:Roihuvuorentie 2]]:n kohdalla.",
    # 85
    "Hyvää päivää. Pyydän henkilötietojeni poistamista rekisteristänne. [[P:Raimo Ahola]], "
    "syntynyt 1954, hetu [[H:120354-417J]], [[A:Linnanrakentajantie 11 D 54]].",
    # 86
    "Kiitos [[P:Rainelle]] nopeasta avusta! Terv. [[P:Vesa]]",
    # 87
    'Pysäkillä "Kontulan ostoskeskus" on katos rikki. Lasit pitkin maata.',
    # 88
    "Meidän kerhon nimissä ([[P:Zeynep Kaya]], [[P:Emre Demir]] ja [[P:Baran]]) "
    "ehdotamme että Itäkeskuksen nuorisotalon aukioloa pidennetään viikonloppuisin.",
    # 89
    "Kuoppa [[A:Tapaninkyläntiellä 80]]. Autoni rengas puhkesi. Auto on %R%. [[P:Miro Lehtonen]] p.%T%",
    # 90
    "[[P:Mervi]]: Kiitos, välitetty rakennusvalvontaan. [[P:Tuomas]]: Selvä, odotan.",
    # 91 negative
    "Nuorisotalon ohjaaja sanoi, että hallitus päättää asiasta. Jos näin on, niin miksi "
    "kaupunki kerää palautetta? Terveisin Tapulikaupungin asukas",
    # 92
    "Teen ilmoituksen luvattomasta mainoksesta: Kauppakeskus Itiksen edessä kyltti "
    '"[[P:Jari Putkonen]] Muutot %T%". Onko lupa?',
    # 93
    "Lähettäjä [[P:Lauri]] <[[E:lauri.v@kapsi.fi]]>\n\nJalkakäytävä [[A:Helsinginkatu 32]]:n "
    "edessä jäässä. Hiekoitus puuttuu.",
    # 94
    "Kerrokantasi kommentti: Olen [[P:Ingrid]], 14 v, ja toivon skeittipaikkaa Vuosaareen. "
    "Me skeittaajat ollaan Mustakiven puistossa joka päivä.",
    # 95
    "Hei [[P:Ingrid]] ja kiitos kommentistasi! Skeittipaikka on mukana nuorisopalveluiden "
    "suunnitelmissa vuodelle 2025. Terkuin [[P:Paula]] nuorisopalveluista",
    # 96
    "Pyörätelineet [[A:Kauppakartanonkatu 7]] edessä on täynnä romupyöriä. Poistakaa.",
    # 97
    "Rakennuslupa-asiassa (lupatunnus 91-1234-24-A) pyydän että minuun ollaan yhteydessä: "
    "[[P:Jouni Heiskanen]], %T%, [[E:jouni@heiskanen.net]]",
    # 98
    "Pysäköity auto %R% on tukkinut roska-auton reitin kolmena tiistaina. Osoite "
    "[[A:Ulappasaarentie 11]]. Roskat jäi tyhjentämättä.",
    # 99
    "Hei! [[P:Jaana]] täällä [[A:Isonnevantieltä 14]]. Kiitos kun korjasitte katulampun niin nopeasti!",
    # 100 negative
    "Toivon Kalasataman metroaseman ympäristöön lisää penkkejä. Asema on vilkas klo 7–9 ja 15–18.",
    # 101
    "Palautteen tekijä: [[P:M. Lahtinen]]\nAihe: Tuhoeläimet\nKellarissa ([[A:Pohjolankatu 20]]) "
    "hiiriä. Asumme vuokralla.",
    # 102
    "Kiitos vastauksesta [[P:Mari Kettunen]]. Valitettavasti tilanne ei ole muuttunut, "
    "puu on edelleen kaatumassa. Tarkistatko?",
    # 103
    "Kerrokantasi: Kaupunkistrategia\n\nRaitiovaunuja lisää! [[P:j-p]]",
    # 104
    "Kysymys asukaspysäköinnistä: voinko saada tunnuksen kahdelle autolle, %R% ja %R%? "
    "Asun [[A:Kapteeninkatu 16 A 3]].",
    # 105
    "Olen [[P:Bui Thi Lan]], ravintolan omistaja [[A:Kaarlenkatu 9]]:ssa. Terassilupa-asia: "
    "milloin päätös? [[E:buithilan.pho@gmail.com]]",
    # 106 negative
    "Vastaus: Terassiluvat käsitellään saapumisjärjestyksessä. Käsittelyaika on noin 4 viikkoa. "
    "Ystävällisin terveisin, Helsingin kaupungin asiakaspalvelu",
    # 107
    "Päiväkoti Piilopirtin henkilökunta ([[P:Sari]] ja [[P:Mirja]]) on ihana, mutta "
    "piha-alueen aita on rikki.",
    # 108
    "[[P:Marjatta Niemeltä]] terveisiä: kukkaistutukset Kuninkaantammessa on upeita!",
    # 109
    "Meluvalitus. [[A:Hämeentie 101 b 14]]. Naapuri soittaa rumpuja yöllä. Olen [[P:Heli]].",
    # 110
    "Hyvä [[P:Heli]],\nYksityisasuntojen meluhaitat eivät kuulu kaupungin ympäristöpalveluille, "
    "vaan taloyhtiölle. Suosittelemme ottamaan yhteyttä isännöitsijään.\n\n[[P:Kalle Ruotsalainen]]"
    "\nympäristötarkastaja",
    # 111
    "Kirjasto Oodissa oli ihana näyttely. Kiitos [[P:Nooralle]] opastuksesta!",
    # 112 negative
    "Kiitos kommenteista. Hankkeen seuraava vaihe esitellään asukastilaisuudessa 15.3. klo 18 "
    "Malmitalolla (Ala-Malmin tori 1).",
    # 113
    "jalkakäytävän reunakivi irti [[A:kolmas linja 19]] kohdalla. [[P:pertti]]",
    # 114
    "Poikani [[P:Daniel Okafor]] on saanut lapsilisäasiassa väärän päätöksen. Hänen "
    "hetunsa on %h%. Pyydän oikaisua. [[P:Grace Okafor]]",
    # 115
    "Haluaisin kiittää [[P:Pekka Saloa]] ja [[P:Annea]] vesihuollosta. Putkivuoto korjattiin yöllä.",
    # 116
    "Taloyhtiömme [[A:Kiviportintie 3]] pyytää pysäköintikieltoa pihatielle. Yhteyshenkilö "
    "[[P:Olavi Suominen]], [[E:olavi.suominen@pp.inet.fi]]",
    # 117
    "Katu on Isonnevantie, ei Isonneventie kuten lomakkeessa lukee. Korjatkaa.",
    # 118
    "Hevoskaviot on tukkinut polun Paloheinässä. [[P:Raija]] (ratsastaja itse)",
    # 119
    "Pyydän tarkastusta [[A:Abraham Wetterin tie 8 B 21]]. Parvekkeen kaide heiluu. "
    "Vuokranantaja Heka. [[P:Roza Rahimi]] / %T%",
    # 120
    "Kävelyreitti [[A:Vartiokyläntie 12]]:n kohdalla... no siis talon edessä, on jäinen. t. [[P:Unto]]",
    # 121
    "Hei, palautettava summa 84,50 € IBAN %I% saaja [[P:Aleksi Huttunen]]. Viitettä ei tarvita.",
    # 122
    "Maksoin vahingossa kahdesti. Tilinumero: %I%\n\nt. [[P:Pirkko]]",
    # 123
    "Hakemus liitteineen. Hakija [[P:Sami Kärkkäinen]], hetu %g%, os. [[A:Kannelmäentie 9 B 15]]. "
    "Huoltaja lapselle [[P:Veera Kärkkäinen]] (%h%).",
    # 124
    "Lomake kaatuu joka kerta kun painan lähetä. Yritin kotoa (%IP%) ja töistä (%IP%). Selain Firefox 115.",
    # 125
    "Kommentti poistettu ylläpidon toimesta, koska se sisälsi henkilötietoja. Kirjoittaja "
    "nimimerkki [[P:Kalliolainen82]] pyydetään ottamaan yhteyttä.",
    # 126
    "Maksakaa korvaus %I% , [[P:Hämäläinen Kaarina]]. Vahinko sattui [[A:Lauttasaarentie 28]]:n "
    "kohdalla 3.11.",
    # 127 negative
    "Palvelusetelin hinta on 35 € / kk ja sen voi maksaa MobilePaylla. Asiakasnumero 558812.",
    # 128 negative
    "Vastaus: Kiitos kommentistanne. Kaavaehdotus (diaarinumero HEL 2021-012345) on nähtävillä "
    "1.–30.9. Kaupunkisuunnittelulautakunta käsittelee sen syksyllä.",
    # 129 negative
    "Saisiko Mäkelänkadun ja Koskelantien risteykseen pidemmän vihreän valon jalankulkijoille? "
    "Nyt ehtii ylittää vain puolet kadusta.",
    # 130 negative
    "Toivo Kuulan puiston penkit ovat hyvät, mutta Eliel Saarisen tien roska-astiat täyttyvät "
    "viikonloppuisin. Kiitos!",
    # 131 negative
    "Olen 72-vuotias eläkeläinen Puistolasta. Bussilinja 561 pitää säilyttää. "
    "Muuten en pääse terveysasemalle.",
    # 132
    "Kiitos päätöksestä! Vuokravakuuden voi palauttaa tilille [[I:FI45 1745 3000 2981 17]], "
    "[[P:Eveliina Pesonen]]",
    # 133
    "Vastaus [[P:Eveliinalle]]: tilinumerossa on virhe (pankki ei hyväksy). Tarkistathan numeron. "
    "t. [[P:Heikki]], talouspalvelut",
    # 134 negative
    "Kerrokantasi: Olen täysin samaa mieltä edellisen kommentoijan kanssa. Kruununhaan "
    "rantaan ei saa rakentaa hotellia.",
    # 135 negative
    "Vastaus: Kiitos palautteesta. Linjan 18 reitti palautuu normaaliksi 2.9. alkaen, kun "
    "Runeberginkadun työmaa valmistuu.",
    # 136 negative
    "Tove Janssonin puisto Katajanokalla on kaunis paikka, mutta valaistus puuttuu. Ehdotan led-valoja.",
    # 137 negative
    "Kysymys: Voiko Stoan salin varata 25 hengelle? Hinta? Ajankohta lauantai 12.10. klo 14–18.",
]

# ----------------------------------------------------------------------------------------------
# Swedish
# ----------------------------------------------------------------------------------------------

_SV = [
    # 1
    "Hej! Gatlyktan utanför [[A:Båtsmansgatan 3 B 12]] har varit släckt i två veckor. "
    "Mvh [[P:Birgitta Lindqvist]]",
    # 2
    "Bil med reg.nr %r% står parkerad på cykelbanan på Tavastvägen varje morgon.",
    # 3
    "Tack för er respons. Vi har meddelat entreprenören och felet åtgärdas under vecka 12.\n\n"
    "Med vänlig hälsning\n[[P:Annika Sjöberg]]\nkundservice, stadsmiljösektorn",
    # 4 negative
    "Esplanadparken och Runebergs staty behöver städas efter helgen. Skräp överallt.",
    # 5
    "Min granne [[P:Holmström]] ringde redan förra veckan om samma brunnslock, men inget har hänt. "
    "Adressen är [[A:Drumsövägen 7]].",
    # 6
    "Hälsningar från [[A:Sturegatan 27 a 4]], 00510 Helsingfors. Sophämtningen har inte kommit "
    "sedan den 3 maj. /[[P:Göran]]",
    # 7
    "Jag heter [[P:Fatima Hussein]] och bor på [[A:Mannerheimvägen 150 lgh 5]]. Hissen fungerar inte "
    "och min son [[P:Omar]] sitter i rullstol. Ring mig: %T%",
    # 8
    "Kommentar till utlåtandet: Jag motsätter mig att träden på Brändövägen fälls. Det finns "
    "bara några gamla ekar kvar i Brändö.",
    # 9
    "Registreringsnummer %R%, en röd skåpbil, har stått på Annegatan i tre veckor utan att flyttas. "
    "[[P:Kristian]]",
    # 10
    "Hej [[P:Kristian]], tack för ditt meddelande. Parkeringsövervakningen kontrollerar fordonet "
    "denna vecka.\n/[[P:Lotta]], kundservice",
    # 11
    "Mvh\n[[P:Carl-Johan Ekström]]\n[[A:Bulevarden 24 B 18]]\n00120 Helsingfors\ntel. %T%\n"
    "[[E:cj.ekstrom@welho.com]]",
    # 12 negative
    "Linje 14 går inte längre förbi Tölö torg på söndagar. Varför? Beslut nr 45/2023?",
    # 13
    "Barnens lekpark vid [[A:Norra Järnvägsgatan 11]] har trasiga gungor. [[P:Ellen]] och "
    "[[P:Vilma]] (5 och 7 år) skadade sig nästan. /mamma [[P:Hanna]]",
    # 14
    "Återbetalningen kan göras till kontonummer %I%, kontoinnehavare [[P:Ulla-Maj Grönroos]].",
    # 15
    "Tack [[P:Maria]] på kundtjänsten för snabb hjälp!",
    # 16
    "Bilen (reg %R%) har kört mot enkelriktat på Fredriksgatan flera gånger. Jag har foto.",
    # 17 negative
    "Hälsningar från Grankulla! Bredavägen behöver nytt asfalt, men först efter vintern.",
    # 18
    "Hej, jag bor på [[A:Thurmans parkväg 12]] i Grankulla och undrar när snöplogen kommer. "
    "Hälsningar, [[P:Rolf Nyberg]]",
    # 19
    "Synpunkt i Kerrokantasi: Spårvägen i Västra hamnen är bra, men hållplatsen vid "
    "[[A:Medelhavsgatan 8]] ligger för nära mitt sovrumsfönster. [[P:Sofia Lindroos]]",
    # 20
    "Kära [[P:Sofia]], bullerutredningen publiceras i april. Vänliga hälsningar, "
    "[[P:Jonas Wikström]], trafikplanerare",
    # 21
    "[[P:Anders]] och [[P:Gunilla Backmans]] hus på [[A:Munksnäs allé 18]] har fått sprickor efter "
    "sprängningarna. Vem ersätter?",
    # 22 negative
    "Gatubelysningen på Dickursbyvägen i Vanda fungerar igen. Tack! Hälsningar en nöjd invånare",
    # 23
    "Jag, [[P:Mirja Holm]] (personbeteckning %g%), begär ett utdrag av mina uppgifter.",
    # 24
    "Soporna från [[A:Högbergsgatan 30 bst 7]] sprids ut på trottoaren av måsar. "
    "Kontakt: [[E:jessica.holm@abo.fi]]",
    # 25
    "Mvh, [[P:Ahmad Karimi]] — [[A:Kungsgårdsvägen 4 C 17]], Esbo",
    # 26
    "Busschauffören på linje 550 var otrevlig idag kl. 17.40. Min dotter [[P:Linnea]] blev "
    "utskälld. Jag vill ha en ursäkt. [[P:Peter Sandell]]",
    # 27 negative
    "Tack för informationen. Kan ni meddela när Tölöviken-promenaden öppnas igen? Jag "
    "promenerar där varje dag med min hund Lumi.",
    # 28
    "Ärende: felparkering\nBil %r% på [[A:Tölögatan 44]]:s gård varje natt.\n\nHälsningar\n[[P:Marianne]]",
    # 29
    "Det är [[P:Eriks]] och [[P:Saras]] skolväg som är farlig. Bilarna kör 60 på "
    "Tavastvägen vid Arabiastranden.",
    # 30
    "Svar: Hej [[P:Sara Åberg]]! Vi har tagit kontakt med polisen gällande hastighetsövervakning. "
    "/[[P:Mikaela]]",
    # 31
    "Kommentar: Jag tycker att Kajsaniemiparken inte ska bebyggas. Det är Helsingfors "
    "äldsta park. Vänligen, en stadsbo",
    # 32
    "Min granne [[P:Jevgenij Petrov]] har bett mig skriva: vattenläcka i källaren på "
    "[[A:Andra linjen 25]]. Ring honom på %T%.",
    # 33
    "Fru [[P:Lindholm]] från [[A:Lönnrotsgatan 9 A 3]] har ringt fem gånger om samma sak.",
    # 34 negative
    "Jag vill tacka stadsmiljösektorn för den nya cykelbanan på Nordenskiöldsgatan. "
    "Mycket bättre än förra året!",
    # 35
    "Ang. mitt ärende HEL-2024-009871: jag har inte fått svar. Min e-post är "
    "[[E:bengt.aaltonen@gmail.com]] och tel %T%. [[P:Bengt]]",
    # 36
    "Hej,\nbor i Dickursby på [[A:Dickursbyvägen 12 B 9]]. Gatan har inte sandats.\n[[P:Hilda Eklund]]",
    # 37
    "Det var [[P:Ingrids]] idé att plantera blommor på gården. Kan staden bidra? Adress "
    "[[A:Stora Robertsgatan 3]].",
    # 38
    "Svar till [[P:Rasmus]]: Ansökan om gatuförsäljning behandlas inom 30 dagar. "
    "Med vänlig hälsning [[P:Tiina Ahonen]]",
    # 39 negative
    "Snälla, städa Sibeliusparken! Och Alphyddan. Och Johanneksparken. Tack.",
    # 40
    "Skåpbilen %R% har blockerat infarten till [[A:Albertsgatan 21]] sedan i morse.",
    # 41
    "Vänliga hälsningar / [[P:Nadia Ben Ali]], föräldraföreningen vid Aleksis Kivi skola",
    # 42
    "Tack för svaret, [[P:Malin]]. Jag betalar gärna in avgiften, men ni gav fel kontonummer. "
    "Rätt är väl %I%?",
    # 43
    "[[P:ROGER STRÖMBERG]]\n[[A:BORGÅGATAN 10 C 44]]\nTEL %T%",
    # 44
    "IP-adressen %IP% verkar vara blockerad från er respons-tjänst. Mvh [[P:Oscar]]",
    # 45
    "Återbetalning till IBAN %I%, [[P:Hedvig Lindberg]]. Tack på förhand.",
    # 46 negative
    "Tack för ett bra svar. Jag ser fram emot att Hagnäs torg blir klart 2025.",
    # 47 negative
    "Varför har badstranden i Munksnäs inga livräddare i juli? Beslut 12/2023 sade något annat.",
]

# ----------------------------------------------------------------------------------------------
# English
# ----------------------------------------------------------------------------------------------

_EN = [
    # 1
    "Hi, the street light outside [[A:Sturenkatu 27a]] has been out for two weeks. It's very dark "
    "on the way to the tram stop.\nRegards,\n[[P:Daniel Moreno]]",
    # 2
    "A car with plate %r% is parked on the bike lane on Hämeentie every single morning.",
    # 3
    "Thank you for your feedback. The contractor has been informed and will repair the swing next "
    "week.\n\nKind regards\n[[P:Outi Kemppainen]]\nCustomer service, Urban Environment Division",
    # 4 negative
    "Will the Helsinki City Museum be open on Easter Monday? And is Mark's Bakery near Senate "
    "Square still operating? Thanks.",
    # 5
    "My neighbour [[P:Priya Raghunathan]] and I live at [[A:Välimerenkatu 14 B 33]] and the "
    "construction noise starts at 6 am. Is that allowed? You can reach me at %T% - [[P:Arjun]]",
    # 6
    "Hello [[P:Arjun]], construction work is allowed from 7 am on weekdays. We have asked the "
    "building inspector to check the site.\nBest, [[P:Laura Hietala]]",
    # 7
    "Please refund the double-charged parking fee to my account %I% (account holder [[P:Tomasz Kowalczyk]]).",
    # 8
    "Feedback on the hearing: I support the new cycle path on Mannerheimintie but the bus stop "
    "near the Opera should stay. - [[P:Mariana Gutiérrez López]]",
    # 9 negative
    "The 23 bus was 25 minutes late at 8:15 today. Third time this week. Route Ruskeasuo - Arabianranta.",
    # 10
    "Hi,\nI'm [[P:Siriporn]] from the Thai restaurant at [[A:Fredrikinkatu 48]]. Someone dumps "
    "furniture in our yard every weekend. My husband [[P:Jukka]] has photos.\n%T%",
    # 11
    "Cheers, [[P:Sean O'Brien]]\n[[E:sean.obrien@protonmail.com]]",
    # 12
    "The van %R% has been idling outside the kindergarten at [[A:Siltavoudintie 8]] for an hour "
    "with the engine running.",
    # 13
    "My daughter [[P:Maya]]'s school route goes along Kaarelantie and there is no crossing near "
    "the library. Please add one. [[P:Ramesh Adhikari]] (parent)",
    # 14 negative
    "Grace period for the residential parking permit? I moved in on 1 March and got a fine on "
    "3 March. Case no. HEL-2024-004411.",
    # 15
    "Dear Ms [[P:Gonzalez]],\n\nThank you for contacting us. Your fine has been cancelled.\n\n"
    "Yours sincerely,\n[[P:Petteri Leino]]\nParking Control",
    # 16
    "Hi! I am [[P:Maria Santos]], I work as a nurse and live at [[A:Isokaari 12 A 5]], "
    "Lauttasaari. The pedestrian crossing light is broken. Regards, [[P:Maria]]",
    # 17
    "Re: hearing on the Malmi airport area\n> What do you think of the plan?\nToo many flats, "
    "too few trees. [[P:Luong]]",
    # 18
    "Hello, my name is [[P:Ardit Krasniqi]], [[A:Vernissakatu 6 C 40]], 01300 Vantaa. "
    "My phone %T%, email [[E:ardit.krasniqi@gmail.com]]. Snow has not been ploughed.",
    # 19 negative
    "Could you put a bench near the Sibelius Monument? Elderly visitors need somewhere to rest. "
    "Thanks from a tourist from Tampere.",
    # 20
    "Kind regards\n[[P:Yuki Tanaka]] / [[P:田中 由紀]]\n%T%",
    # 21
    "The guy from your office, [[P:Mikael]] I think, promised me a call back on Monday. Nobody "
    "called. My number is %T%.",
    # 22
    "I'm writing on behalf of my mother, [[P:Halyna Shevchenko]], who lives at "
    "[[A:Myllypurontie 20 b 7]]. She doesn't speak Finnish. Her ID number is %g%.",
    # 23
    "Hi [[P:Nikolai]], thanks for the report. Our team will remove the graffiti from the "
    "underpass within 5 working days. - [[P:Sirpa]], City of Helsinki",
    # 24
    "My IP is %IP% and the booking page keeps saying my session expired. Tried on "
    "Chrome and Firefox. [[P:Kevin]]",
    # 25 negative
    "Is there a plan to extend the Jokeri light rail to Vuosaari? Line 15 is great.",
    # 26
    "Someone keeps parking a black car (reg. %r%) across the driveway of [[A:Tilkankatu 4]]. "
    "Please send parking control.",
    # 27
    "Thanks [[P:Hanna]] and [[P:Jaakko]] at the Itäkeskus service point! Super helpful.",
    # 28
    "Hi, I'm [[P:Liam Dubois]]. The playground at [[A:Kauppamiehentie 3]] in Espoo has broken "
    "glass. Sorry if this is the wrong city.",
    # 29
    "Dear Helsinki,\nwe are [[P:Kemal]] and [[P:Ayşe Yıldız]]. Our son [[P:Mert]] got bitten by "
    "a dog in Alppipuisto. The owner refused to give his name. Please help.",
    # 30 negative
    "The fountain in the Esplanadi park is broken again. Also the toilets near Kappeli.",
    # 31
    "Account for the deposit: %I%. Name: [[P:Ingrid Olsen]]. Thanks!",
    # 32
    "From: [[P:Javier Romero]] <[[E:jromero@hotmail.es]]>\nSent: Tuesday\nSubject: noise\n\n"
    "Karaoke bar on Helsinginkatu until 4 am. I live at [[A:Helsinginkatu 15 as. 8]].",
    # 33
    "Please ask Mr [[P:Oyelaran]] from the maintenance company to call me back. [[P:Chiamaka]], %T%",
    # 34
    "The hearing comment by [[P:Rosa Nieminen]] is right: the trees in Koskela must stay.",
    # 35 negative
    "Lumi is not cleared from the stairs at Kamppi metro station. Someone will slip.",
    # 36
    "Re: your ref. HEL-2024-076543\nHi [[P:Oluwaseun]],\nthe invoice can be paid with the link in "
    "our e-mail, reference 1232. Best regards, [[P:Johanna Kallio]]",
    # 37
    "Broken water pipe at [[A:Kivenlahdenkatu 5 A 14]], Espoo!!! Water everywhere. [[P:Dmitri]] %T%",
    # 38
    "The new Vuosaari bridge is lovely. Thanks to whoever designed it. Onni and I walk there daily "
    "(Onni is my dog).",
    # 39
    "Hi there, please contact [[P:Ana Pereira]] ([[E:ana.pereira@aalto.fi]]) about the "
    "student housing at [[A:Otakaari 18 B 127]].",
    # 40
    "[[P:Bikash Thapa]] here, Nepali community association. We'd like to book the "
    "Stoa hall. Contact me on %T% or [[E:bikash.thapa@nepalisamaj.fi]]",
    # 41 negative
    "Why is the Töölö sports hall closed on 6 December? Independence Day is not an excuse for "
    "closing everything.",
    # 42
    "Hello [[P:Rahul]], the hall is available on Saturday 14 September from 10 to 16. "
    "Please confirm. [[P:Tiina]] / Stoa",
    # 43
    "I was hit by an e-scooter on [[A:Pohjoisesplanadi 21]]. The rider was a young man. "
    "Witness: [[P:Marta Nowak]], %T%.",
    # 44
    "My husband [[P:Seyed]] and I ([[P:Shirin Mohammadi]]) would like to object to the "
    "demolition of the school. We live at [[A:Koivu-Mankkaan tie 10]].",
    # 45
    "Trailer with plate %R% has been on our street for months. Street: Leppävaarankatu.",
    # 46 negative
    "Will and Grace was filmed here? No, just kidding. The real question: when does the "
    "ice rink in Brahenkenttä open?",
    # 47
    "Hi, the garbage room at [[A:Asematie 2 C]] in Tikkurila smells terrible. "
    "Regards, [[P:Ilona Tamm]] (Estonian, sorry for my English)",
    # 48
    "Reply from [[P:Helena]]: The garbage company has been notified. Emptying will be twice a "
    "week from now on.",
    # 49
    "Hey, [[P:Kaveh]] from Kallio here!! the bins at [[A:Vaasankatu 12]] are overflowing. thx",
    # 50
    "Please note my new address: [[A:Hiihtäjäntie 7 a 3]], 00810 Helsinki. "
    "Old one was [[A:Siilitie 11 D 45]]. [[P:A. Rahman]]",
    # 51
    "Kurdish mothers' group (contact [[P:Rojda Aziz]], %T%) asks for a women-only swimming hour "
    "in Itäkeskus swimming hall.",
    # 52 negative
    "The Helsinki Central Library Oodi is amazing. Greetings from a family visiting from Singapore!",
    # 53
    "Dear [[P:Rojda]], women-only swimming is available on Sundays 8–10. Best wishes, "
    "[[P:Merja Harju]], Sports Services",
    # 54
    "Car %R% was parked on the pavement of [[A:Castréninkatu 2]] for the whole weekend. "
    "Photos attached. [[P:Joy Dela Cruz]]",
    # 55
    "Name: [[P:Mat\u200bti Ko\u200brhonen]]\nEmail: [[E:ｍａｔｔｉ．ｋｏｒｈｏｎｅｎ＠ｅｘａｍｐｌｅ．ｆｉ]]\n"
    "Phone: [[T:040\u200b1234567]]\nComplaint: my previous feedback was published with my name.",
    # 56
    "Hi, I made a mistake in my bank details. The correct one is %I% not the one I sent yesterday. [[P:Ece]]",
    # 57 negative
    "The Amos Rex museum and Lasipalatsi square are great, but the square needs more shade in summer.",
    # 58 negative
    "Please publish the meeting minutes of 12 March in English too. Thank you, a resident of Kallio.",
    # 59
    "Hi, refund please to my Finnish account [[I:fi67 5000 0120 4433 91]]. Thanks, [[P:Lucía Fernández]]",
]


_TOKEN = re.compile(r"%(T|I|H|h|g|R|r|IP)%")
_LABEL_OF = {
    "T": "T",
    "I": "I",
    "H": "H",
    "h": "H",
    "g": "H",
    "R": "R",
    "r": "R",
    "IP": "IP",
}


def records() -> list[tuple[str, str]]:
    """(lang, marked_text) pairs; generated values are drawn from random.Random(3303) in order."""
    rng = random.Random(_SEED)

    def fill(match: re.Match[str]) -> str:
        kind = match.group(1)
        if kind == "T":
            value = _phone(rng)
        elif kind == "I":
            value = _iban(rng)
        elif kind == "H":
            value = _hetu(rng)
        elif kind == "h":
            value = _hetu(rng, "child")
        elif kind == "g":
            value = _hetu(rng, "adult")
        elif kind == "R":
            value = _plate(rng)
        elif kind == "r":
            value = _plate(rng, lower=True)
        else:
            value = _ip(rng)
        return f"[[{_LABEL_OF[kind]}:{value}]]"

    out: list[tuple[str, str]] = []
    for lang, texts in (("fi", _FI), ("sv", _SV), ("en", _EN)):
        for text in texts:
            out.append((lang, _TOKEN.sub(fill, text)))
    return out
