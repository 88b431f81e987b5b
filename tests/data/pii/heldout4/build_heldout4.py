"""Held-out set 4 for the personal-data scrubber (issue 17): FROZEN, never tune on it.

Written by a blind outsider session on 2026-12-07. The author did not open, grep, list or run anything under
harvester/, scripts/ or benchmarks/, and opened nothing under tests/ except the README, the builder (for its
structure) and the frozen test of held-out set 3 and tests/anonymise/text/frozen_heldout.py; it did not open
/work/scratch, dev.jsonl, heldout/, heldout2/ or heldout3.jsonl. No scrubber, detector or evaluation was run on
this text. See README.md for what else the author saw (a git log of three commit subjects).

Every message below was written by hand, one by one, in the voice of its source: the city feedback service
(feedback), Kerrokantasi hearings (kerrokantasi), OmaStadi participatory budgeting (omastadi) and Varaamo
bookings (booking), in Finnish, Swedish and English. All people, e-mail addresses, phone numbers, plates and
IP addresses are invented; streets are real streets of Helsinki, Espoo and Vantaa (from the author's own
knowledge) with invented numbers.

Markup, removed by the builder:
    [[P:..]] PERSON   [[E:..]] EMAIL   [[T:..]] PHONE   [[R:..]] PLATE   [[A:..]] ADDRESS   [[IP:..]] IP
    [[H]] or [[H opts]]  a generated HETU; opts: a century sign (+ - Y X W V U A B C D E F), a birth-year
                         range "1950-1960", "lower", "dash=<char>" (the "-" sign written as another dash)
    [[I]] or [[I opts]]  a generated IBAN; opts: a country code (default FI), a format (grouped, compact,
                         lower, lowercompact, dashed, ccspace, linebreak, nbsp, zw, odd), and "typo" (one
                         digit of the account mistyped) or "check" (wrong check digits)
Every generated HETU is checked (date and check character) and every IBAN is checked (length and mod 97);
a "typo"/"check" IBAN is checked to fail mod 97.

Seed: random.Random(20261208), for the generated HETUs and IBANs and for the shuffle of the records.
Run: python3 build_heldout4.py [OUT_DIR]   (writes OUT_DIR/heldout4.jsonl, default: next to this file)
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261208
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900}
CENTURY.update({sign: 2000 for sign in "ABCDEF"})
SIGNS_1900 = "-YXWVU"
SIGNS_2000 = "ABCDEF"
LONG = {
    "P": "PERSON",
    "E": "EMAIL",
    "T": "PHONE",
    "H": "HETU",
    "I": "IBAN",
    "R": "PLATE",
    "A": "ADDRESS",
    "IP": "IP",
}
MARK_RE = re.compile(r"\[\[(IP|P|E|T|H|I|R|A):(.*?)\]\]", re.DOTALL)
PLACEHOLDER_RE = re.compile(r"\[\[(H|I)((?: [^\]]+)?)\]\]")
SOURCES = ("feedback", "kerrokantasi", "omastadi", "booking")

# Country: BBAN parts (kind, length); d = digits, U = upper-case letters.
IBAN_SPEC: dict[str, list[tuple[str, int]]] = {
    "FI": [("d", 14)],
    "SE": [("d", 20)],
    "EE": [("d", 16)],
    "DE": [("d", 18)],
    "GB": [("U", 4), ("d", 14)],
    "NL": [("U", 4), ("d", 10)],
    "PL": [("d", 24)],
    "UA": [("d", 25)],
    "ES": [("d", 20)],
    "PT": [("d", 21)],
    "NO": [("d", 11)],
    "LT": [("d", 16)],
    "TR": [("d", 22)],
    "FR": [("d", 23)],
}
IBAN_LENGTH = {cc: 4 + sum(n for _, n in parts) for cc, parts in IBAN_SPEC.items()}
IBAN_FORMATS = (
    "grouped",
    "compact",
    "lower",
    "lowercompact",
    "dashed",
    "ccspace",
    "linebreak",
    "nbsp",
    "zw",
    "odd",
)


# ------------------------------------------------------------------------------------------------ checks


def hetu_valid(hetu: str) -> bool:
    """A HETU with a real date, a known century sign and the right check character (upper case)."""
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d{3})([0-9A-Y])", hetu)
    if not m:
        return False
    dd, mm, yy, sign, nnn, check = m.groups()
    try:
        dt.date(CENTURY[sign] + int(yy), int(mm), int(dd))
    except ValueError:
        return False
    return 2 <= int(nnn) <= 899 and HETU_CHECK[int(dd + mm + yy + nnn) % 31] == check


def iban_valid(iban: str) -> bool:
    """An IBAN (any spacing or case removed first) of its country's length whose mod-97 check holds."""
    code = re.sub(r"[^0-9A-Za-z]", "", iban).upper()
    if code[:2] not in IBAN_LENGTH or len(code) != IBAN_LENGTH[code[:2]]:
        return False
    moved = code[4:] + code[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


# ------------------------------------------------------------------------------------------- generators


class Gen:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.made_hetus: list[str] = []
        self.made_ibans: list[tuple[str, bool]] = []

    def hetu(self, opts: list[str]) -> str:
        sign = next((o for o in opts if len(o) == 1 and o in CENTURY), None)
        years = next((o for o in opts if re.fullmatch(r"\d{4}-\d{4}", o)), None)
        dash = next((o[5:] for o in opts if o.startswith("dash=")), None)
        lower = "lower" in opts
        if years:
            lo, hi = (int(y) for y in years.split("-"))
        elif sign == "+":
            lo, hi = 1880, 1899
        elif sign in SIGNS_2000 and sign:
            lo, hi = 2000, 2008
        else:
            lo, hi = 1938, 1999
        if sign is None:
            sign = "+" if hi < 1900 else self.r.choice(SIGNS_2000 if lo >= 2000 else SIGNS_1900)
        assert lo // 100 * 100 == hi // 100 * 100 == CENTURY[sign], (sign, lo, hi)
        first = dt.date(lo, 1, 1).toordinal()
        day = dt.date.fromordinal(self.r.randint(first, dt.date(hi, 12, 31).toordinal()))
        ddmmyy = f"{day.day:02d}{day.month:02d}{day.year % 100:02d}"
        nnn = f"{self.r.randint(2, 899):03d}"
        out = f"{ddmmyy}{sign}{nnn}{HETU_CHECK[int(ddmmyy + nnn) % 31]}"
        assert hetu_valid(out), out
        self.made_hetus.append(out)
        if dash:
            assert sign == "-", opts
            out = out.replace("-", dash)
        return out.lower() if lower else out

    def iban(self, opts: list[str]) -> str:
        cc = next((o for o in opts if o in IBAN_SPEC), "FI")
        fmt = next((o for o in opts if o in IBAN_FORMATS), "grouped")
        bban = ""
        for kind, n in IBAN_SPEC[cc]:
            if kind == "U":
                bban += "".join(self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
            else:
                head = str(self.r.randint(1, 8)) if cc == "FI" and not bban else str(self.r.randint(0, 9))
                bban += head + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))
        numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
        check = 98 - int(numeric) % 97
        code = f"{cc}{check:02d}{bban}"
        assert iban_valid(code), code
        wrong = "typo" in opts or "check" in opts
        if "typo" in opts:
            while iban_valid(code):
                digits = [i for i, c in enumerate(code) if i >= 4 and c.isdigit()]
                i = self.r.choice(digits)
                code = code[:i] + str((int(code[i]) + self.r.randint(1, 9)) % 10) + code[i + 1 :]
        elif "check" in opts:
            bad = (check + self.r.randint(5, 60)) % 97
            code = f"{cc}{max(bad, 2):02d}{bban}"
            assert not iban_valid(code), code
        assert iban_valid(code) != wrong, code
        self.made_ibans.append((code, wrong))
        groups = [code[i : i + 4] for i in range(0, len(code), 4)]
        if fmt == "grouped":
            return " ".join(groups)
        if fmt == "compact":
            return code
        if fmt == "lower":
            return " ".join(groups).lower()
        if fmt == "lowercompact":
            return code.lower()
        if fmt == "dashed":
            return "-".join(groups)
        if fmt == "ccspace":
            return f"{cc} {code[2:4]} " + " ".join(code[i : i + 4] for i in range(4, len(code), 4))
        if fmt == "linebreak":
            cut = len(groups) // 2
            return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
        if fmt == "nbsp":
            return "\u00a0".join(groups)
        if fmt == "zw":
            return "\u200b".join(groups)
        if fmt == "odd":
            return code[:6] + " " + " ".join(code[i : i + 4] for i in range(6, len(code), 4))
        raise ValueError(fmt)

    def expand(self, marked: str) -> str:
        def one(m: re.Match[str]) -> str:
            opts = m.group(2).split(" ")[1:] if m.group(2) else []
            value = self.hetu(opts) if m.group(1) == "H" else self.iban(opts)
            return f"[[{m.group(1)}:{value}]]"

        return PLACEHOLDER_RE.sub(one, marked)


# ============================================================================================== messages
# Each entry is one message, written individually, in the voice of its source.

FI_FEEDBACK: list[str] = [
    (
        "Hei,\nMäkelänkadulla on taas lumivallit keskellä jalkakäytävää, ihan [[A:Mäkelänkatu 56]]:n kohdalla. "
        "Rollaattorilla ei pääse ohi ollenkaan. Soitin jo viikko sitten vaihteeseen [[T:09 310 1691]] mutta mitään ei ole tapahtunut.\n"
        "Terveisin [[P:Aune Heikkilä]]\n[[T:040 718 2290]]"
    ),
    (
        "Ratikka 7 oli tänään klo 8.15 Sörnäisissä taas 12 minuuttia myöhässä ja eilen sama. HSL:n sovellus (versio 24.9.1) "
        "näytti että vaunu on pysäkillä vaikka ei ollut. Korjatkaa aikataulu tai lisätkää vuoroja, tämä ei toimi."
    ),
    (
        "Hei, olen [[P:Hodan Warsame]] ja asun [[A:Kontulankaari 5 C 41]]:ssä. Pihan leikkipaikan keinu on ollut rikki kuukauden. "
        "Lapset (6 v ja 4 v) eivät voi käyttää sitä. Isännöitsijä sanoo että se on kaupungin ja kaupunki "
        "sanoo että taloyhtiön. Kuka sen korjaa?\n\n[[T:+358 44 912 3307]]"
    ),
    (
        "Sibeliuksen puistossa roskikset olivat täynnä koko viikonlopun ja Sibelius-monumentin luona turistibussit seisoivat "
        "tyhjäkäynnillä puoli tuntia. Sama ongelma Kaivopuistossa. Eikö tähän saada valvontaa?"
    ),
    (
        "Maksoin Itäkeskuksen uimahallin sarjakortin kahteen kertaan (2 x 52,00 €) 3.11. Pyydän palauttamaan toisen maksun "
        "tililleni [[I]]. Kuitin numero 4471-2290-18.\n\nt. [[P:Mirja Lindroos]]"
    ),
    (
        "Naapurin koira Onni haukkuu yöt läpi kun omistajat ovat vuorotöissä. Olen yrittänyt puhua heille. Kenelle tästä "
        "pitäisi ilmoittaa, eläinsuojeluvalvojalle vai poliisille? Asun Kannelmäessä."
    ),
    (
        "moi. mun poika [[P:eemeli]] hukkas kirjastokortin eilen kallion kirjastossa, voiko sen kuolettaa? kortti on mun nimissä, sotu [[H Y lower]].\n"
        "[[P:tarja kapyla]] p. [[T:0405567812]]"
    ),
    (
        "Pyydän kopiota päätöksestä, joka koski vuokra-asuntoni vaihtohakemusta.\nNimi: [[P:Virtanen Anneli]]\n"
        "Henkilötunnus: [[H -]]\nOsoite: [[A:Siltavoudintie 14 A 3]], 00640 Helsinki\nPäätöksen diaarinumero HEL 2025-008812."
    ),
    (
        "Katulamppu nro 2231 ei pala Hämeentien ja Sturenkadun risteyksessä (postinumeroalue 00510). Pimeää on klo 16 "
        "jälkeen ja koululaiset kulkevat siitä."
    ),
    (
        "Iso kiitos Malmin terveysaseman hoitaja [[P:Pirjolle]] ja lääkäri [[P:Nguyenille]]! Pääsin samana päivänä "
        "vastaanotolle ja asia hoitui kerralla. Tällaista palvelua toivoisi aina.\n– 82-vuotias asiakas"
    ),
    (
        "Auto [[R:KZP-418]] on seissyt [[A:Kylänvanhimmantie 22]]:n edessä kolme viikkoa, renkaat tyhjinä ja tuulilasi rikki. "
        "Onkohan hylätty? Kuvat liitteenä."
    ),
    (
        "Kuinka paljon pitäisi maksaa kertalipusta AB-vyöhykkeellä? Kortilla veloitettiin 3,20 € mutta hinnastossa lukee 3,10 €. "
        "Tapahtuma 14.11. klo 17.42 bussissa 55, tilausnumero 20461188."
    ),
    (
        "Kiitos vastauksesta, mutta ongelma jatkuu edelleen.\n\n"
        "> Lähettäjä: [[P:Kaisa Rantanen]] <[[E:kaisa.rantanen@hel.fi]]>\n"
        "> Hei [[P:Jussi Honkanen]],\n> kiitos palautteestanne. Katuvalo on korjausjonossa, tilausnumero 5531027.\n"
        "> Ystävällisin terveisin\n> Kaupunkiympäristön asiakaspalvelu\n> puh. [[T:09 310 22111]]"
    ),
    (
        "Päivittäkää kirjastokorttini tiedot: sukunimeni muuttui [[P:Lahtisesta]] [[P:Mäkiseksi]] syyskuussa. Etunimi on "
        "edelleen [[P:Jenna]]. Kortin numero 2400 1188 9033. Sähköposti pysyy samana, [[E:jenna.l@outlook.com]]."
    ),
    (
        "Aarre löytyi! Kadonnut lompakkoni palautettiin Itäkeskuksen löytötavaroihin täysin koskemattomana. Kiitos "
        "rehelliselle löytäjälle ja Stoan infon henkilökunnalle, te olette kultaa."
    ),
    (
        "HEI. ASUN [[A:MYLLYPURONTIE 8 B 22]] JA HISSI ON OLLUT RIKKI 2 VIIKKOA. OLEN 79 VUOTTA JA EN PÄÄSE ULOS. "
        "TYTTÄRENI [[P:MARJATTA]] SOITTAA TEILLE HUOMENNA NUMEROSTA [[T:050 331 7784]].\n[[P:EINO SALMINEN]]"
    ),
    (
        "Tämä ei ole ensimmäinen kerta kun jätehuolto jättää meidän roska-astiat tyhjentämättä! Lassila & Tikanoja sanoo "
        "että on kaupungin asia, HSY sanoo että urakoitsijan. Asiakasnumero 70022815. Ärsyttää."
    ),
    (
        "Hyvä kaupunki,\n\nsaimme päiväkodista kirjeen, jossa lapsemme henkilötunnus oli väärin. Oikeat tiedot:\n"
        "[[P:Amani Yusuf Abdi]] [[H A 2021-2022]]\nHuoltajan puhelin [[T:+358 46 822 0194]]\n\n"
        "Korjatkaa tiedot Daisy-järjestelmään."
    ),
    (
        "Pysäköintivirhemaksu nro 1099 2345 0617 tuli autolle [[R:gtu-775]] vaikka maksoin pysäköinnin sovelluksella. "
        "Kuitti liitteenä. Pyydän oikaisua. Vastaus: [[E:o.sokolova@mail.ru]]"
    ),
    (
        "Kaisaniemen puistossa Kaisa-talon puolella on valaistus ollut rikki kolme viikkoa. Kävelen siitä joka ilta yliopistolta "
        "ja se tuntuu turvattomalta."
    ),
    (
        "Asun [[A:Kurkimäentiellä 12 as 67]] ja alakerrasta tulee tupakansavu ilmanvaihdon kautta. Taloyhtiö on Hekan. Soittakaa "
        "[[T:045 7831 0926]] tai laittakaa viestiä [[E:ngozi.adeyemi@gmail.com]]. Kiitos, [[P:Ngozi]]"
    ),
    (
        "Oikeasti?? Kolmas kerta tässä kuussa kun bussi 560 ajaa pysäkin ohi vaikka viittaan. Kuljettajan numero oli 3317 "
        "ja kello 22.08, pysäkki H4013. Tämä on vaarallista talvella."
    ),
    (
        "Hei!\nHaluan antaa kiitosta Roihuvuoren kirjaston [[P:Mervi Aaltoselle]], joka auttoi isääni tulostamaan Kelan "
        "lomakkeet ja jaksoi selittää kaiken kahteen kertaan. Isä puhuu suomea heikosti, ja hän jaksoi puhua isälle "
        "hitaasti ja kärsivällisesti.\n\nTerveisin [[P:Shirin Tehrani]]"
    ),
    (
        "Lumi tuli taas yllättäen! Aurauskone kävi Laajasalon Reposalmentiellä vasta iltapäivällä ja kadun varren autot "
        "lumettuivat jumiin. Onko aurausjärjestys nähtävillä jossain?"
    ),
    (
        "Pojan koulukuljetus ei tullut tänään. Lapsi: [[P:Mikael Rönkkö]] ([[H B 2015-2016]]), 4B, Kontulan ala-aste. Taksi "
        "odotti väärässä paikassa, kuljettaja sanoi että osoite oli [[A:Keinutie 8]] vaikka me muutettiin jo [[A:Ostostielle 3 A 12]]. "
        "Päivittäkää osoite. Äiti, [[T:044 2081 663]]"
    ),
    (
        "Hyvää päivää,\nolen [[P:Kim Min-jun]] ja olen Aalto-yliopiston vaihto-opiskelija. Haluaisin tietää mistä saan "
        "pysäköintitunnuksen. Asun [[A:Otakaari 20 A 115]], Espoo, mutta työskentelen Helsingissä. Auton rekisterinumero "
        "on [[R:ZKL-905]].\n\nKiitos"
    ),
    (
        "Tekisikö joku jotain Paavo Nurmen tien liikennevaloille? Vihreä kestää jalankulkijoille 6 sekuntia. Olen mitannut. "
        "Vanhus ei ehdi yli Mannerheimintietä siinä ajassa."
    ),
    (
        "Olemme muuttaneet, päivittäkää laskutusosoite asukaspysäköintilupaan. Vanha osoite [[A:Sturenkatu 21 C 44]], uusi "
        "[[A:Vilhonvuorenkatu 11 b 9]], 00500 Helsinki. Lupa autolle [[R:TRX-63]].\n[[P:Pham Minh Chau]] / [[E:chau.pham@elisanet.fi]]"
    ),
    (
        "kirjaston lehtilukusalissa joku kuuntelee joka aamu musiikkia kaiuttimella eikä henkilökunta puutu, kävin "
        "ma ti ja ke klo 10 jälkeen ja aina sama. ei kiva"
    ),
    (
        "Kunnioitettu vastaanottaja\n\nPyydän, että isäni [[P:Armas Koivu]] (s. 1938) siirretään Kustaankartanon jonosta "
        "Kivelän palvelutaloon. Hän on ollut jonossa 7 kk. Hänen henkilötunnuksensa on [[H - 1938-1938]]. "
        "Edunvalvoja olen minä.\n\nKunnioittavasti\n[[P:Toivo Koivu]]\n[[A:Pihlajamäentie 30 D 51]]\n00710 Helsinki"
    ),
    (
        "Vastaus teidän viestiin 12.10.2026: Ei, en halua että asiaa käsitellään sähköpostitse. Lähettäkää päätös "
        "kirjeenä. Asian numero on HEL 2026-011409."
    ),
    (
        "Tervehdys Vuosaaresta! Haluaisin kehua [[A:Kallvikintie 28]]:n kohdalla olevaa uutta leikkipuistoa, lapsenlapset "
        "[[P:Lumi]] ja [[P:Aatos]] viihtyivät siellä koko iltapäivän. Ainoa ongelma on ettei ole vessaa.\n\nMummi [[P:Leena H.]]"
    ),
    (
        "Myyrmäen asemalla (Vantaa puolella) hissit ovat rikki jo 3. kertaa tänä syksynä. Lastenvaunujen kanssa pitää "
        "kiertää Raappavuorentien kautta. Vantaan kaupunki, Y-tunnus 0124610-9, tätä kai te hoidatte?"
    ),
    (
        "Olen yrittänyt kirjautua asiointipalveluun, mutta tulee virhe 403. Tukihenkilö pyysi ilmoittamaan IP-osoitteen: "
        "[[IP:85.76.143.209]]. Selain Firefox 132. [[E:matti.karkkainen@saunalahti.fi]]"
    ),
    (
        "Arvoisa kaupunki, lapseni [[P:Helmi]] sai tänään Pukinmäen päiväkodissa ruokaa, jossa oli pähkinää, vaikka "
        "allergia on kirjattu. Onneksi ei sattunut mitään. Päiväkodin johtaja sanoi ettei tieto ollut "
        "keittiöllä. Miten tämä on mahdollista? Terveisin isä, [[T:040 552 1189]]"
    ),
    (
        "Helmi-kuussa on luvattu avata uusi kierrätyspiste Kalasataman Redin viereen. Pitääkö paikkansa? Tarvitaan kipeästi."
    ),
    (
        "Puhelin: [[T:+358\u00a050\u00a0441\u00a02093]]\nNimi: [[P:Abdirahman Farah]]\nAsia: vuokran maksu. Maksoin vahingossa "
        "väärälle tilille [[I FI compact typo]], oikea olisi ollut [[I FI compact]]. Voiko maksun siirtää?"
    ),
    (
        "Hei. Vuokralaisemme [[P:Wiśniewski]] on ilmoittanut, että hänen autonsa [[R:Abl-241]] on hinattu "
        "[[A:Hitsaajankadun 6]] pihasta. Hinausmerkki ei ollut näkyvissä. Kenelle reklamaatio?\n\nIsännöitsijätoimisto Kiinteistö-Helmi Oy"
    ),
    (
        "Onni onnettomuudessa, että kukaan ei loukkaantunut kun Pasilan sillan kaide irtosi. Ilmoitin asiasta "
        "jo elokuussa. Kaide on Ratapihantien puoleisessa päässä."
    ),
    (
        "Tyttäreni [[P:Ilona]] kaatui Tapanilan kentällä jäälle ja ranne murtui. Kenttää ei ollut hiekoitettu kahteen "
        "päivään. Haluan tehdä vahinkoilmoituksen. Hänen henkilötunnuksensa on [[H C 2012-2013]] ja minun "
        "tilini korvausta varten [[I FI ccspace]].\n\nYst. terv. äiti"
    ),
    (
        "Kaikkien iloksi Kontulan ostarin joulukuusi on taas paikallaan! Kiitos kaupunki ja Kontulan kauppiasyhdistys."
    ),
    (
        "Koska kukaan ei ole vastannut sähköposteihini, laitan tämän tätä kautta: tarvitsemme vielä kaksi lupaa "
        "kotihoidon autoille, [[R:SNC-280]] ja [[R:rfa-17]], [[A:Kontulantie 4]]:n pysäköintialueelle. – [[P:Juho Pesonen]], "
        "Itäisen kotihoidon tiimi 3"
    ),
    (
        "Hei\n\nHaluaisin tietää miksi Alvar Aallon kadun ja Mikonkadun kulmassa on ollut työmaa-aidat puoli vuotta "
        "ilman että mitään tapahtuu. Kaivuulupa 2026-0418? Jalankulkijat joutuvat kävelemään ajoradalla."
    ),
    (
        "terve\nmun naapuri [[P:pekka]] sano että teille voi ilmottaa näistä sähköpotkulaudoista jotka on jätetty "
        "[[A:fleminginkatu 27]]:n oven eteen. ne on siinä joka aamu. soitin jo [[P:pekalle]] ja hän soitti kans.\n[[P:jarkko]]"
    ),
    (
        "Asia: pysäköinninvalvonta\n\nAjoneuvo rekisterinumerolla [[R:OKL-302]] pysäköi joka päivä invapaikalle ilman "
        "lupaa [[A:Hakunilantie 48]]:n pihassa. Olen ilmoittanut 4 kertaa.\n\n[[P:Svetlana Kuznetsova]]\n"
        "[[T:+7 921 448-17-03]] / [[T:045 113 8820]]"
    ),
    (
        "Hei,\nolen tehnyt palautteen jo kaksi kertaa (palautenumerot 2026-77812 ja 2026-80149) eikä kukaan vastaa. "
        "Asun [[A:Meri-Rastilan tiellä 9 C 18]] ja pihan valot eivät toimi.\nYstävällisin terveisin\n[[P:Filmon Berhane]]\n"
        "[[E:filmon.berhane(at)gmail.com]]"
    ),
    (
        "Laskussa 4400 1827 on virhe: meiltä on laskutettu kaksi lasta päivähoidosta, mutta vanhempi lapsi lopetti jo "
        "toukokuussa. Nuoremman maksu on oikein. Hyvittäkää erotus tilille [[I lower]] kiitos.\n[[P:Marko Hiltunen]]"
    ),
    (
        "Tässä pyytämänne tiedot avustushakemukseen:\nYhdistys: Itä-Helsingin somalinaisten yhdistys ry, Y-tunnus 3041177-5\n"
        "Puheenjohtaja [[P:Faadumo Ali Nuur]], [[T:044 990 3162]]\nRahastonhoitaja "
        "[[E:sahra.jama@kolumbus.fi]]\nTili: [[I linebreak]]"
    ),
    (
        "Toivon että kaupunki harkitsee uudelleen Kumpulan maauimalan aukioloaikoja. Klo 20 sulkeminen heinäkuussa on "
        "liian aikaista. Terveisin eräs kumpulalainen"
    ),
    (
        "Hei, saako [[A:Sepänkatu 15]]:n edessä olevaan tyhjään kukkaruukkuun istuttaa jotain? Me naapurit "
        "voitaisiin hoitaa sitä.\n[[P:Outi Salo]]"
    ),
    (
        "Terveydenhoitaja [[P:Nieminen]] Kalasataman terveysasemalta lupasi soittaa takaisin, mutta ei soittanut. Soittakaa "
        "minulle [[T:0400\u2009123\u2009904]] tai poikani [[P:Jyrkille]] [[T:044-771 2380]]. [[P:Helvi Koskinen]]"
    ),
    (
        "Kiitos kirjastoautolle! Kirjastoauto Aino kävi Paloheinässä ja lapset saivat lainata kirjoja. Aamu oli "
        "kylmä mutta kuljettaja oli hyvällä tuulella."
    ),
    (
        "Teen oikaisuvaatimuksen pysäköintivirhemaksusta 8400 2216 9953.\nAuton omistaja: [[P:Tomasz Kowalczyk]]\n"
        "Henkilötunnus: [[H -]]\nAuto: [[R:CNX-441]]\nOsoite: [[A:Alakiventie 7 C 31]], 00920 Helsinki\n"
        "Perustelu: maksoin pysäköinnin klo 9.02, virhemaksu annettu klo 9.04."
    ),
    (
        "Terv. Koivukylän Kokoomus\n\nKaupunginvaltuutettu [[P:Heikki Laaksonen]] pyysi välittämään tämän: "
        "Koivukylän puistotien kevyen liikenteen väylä on vaarallinen. Lisätietoja [[P:Laaksoselta]], [[T:050 3090 776]]."
    ),
    (
        "hei, olen [[P:ayşe kaya]] ja asun [[A:jakomäentie 6 a 3]]. pihalla on rotta. monta rottaa. lapset pelkää. "
        "soittakaa [[T:+90 532 771 40 18]]. kiitos"
    ),
    (
        "Ehdotan että Oodin edustalle Kansalaistorille tuodaan lisää penkkejä. Kesällä istumapaikkoja ei ole tarpeeksi ja "
        "ihmiset istuvat asfaltilla. Töölönlahden puistossa sama juttu."
    ),
    (
        "Kiitos [[P:Sirkulle]] ja [[P:Vesalle]] Maunulan kirjastossa! Kun tulostin jumitti, molemmat auttoivat. T. kiitollinen asiakas"
    ),
    (
        "Ilmoitus vahingosta: aurauskone kolhi autoani [[R:EPV-708]] joka oli pysäköity [[A:Tunturikatu 11]]:n kohdalle "
        "yöllä 3.12. Aurauskoneen numero 42. Korjausarvio 780 €. Yhteystiedot: [[P:Chinedu Okafor]], "
        "[[E:c.okafor@outlook.com]], [[T:+358 (0)44 502 7713]]"
    ),
    (
        "Asia: koulukiusaaminen\n\nPoikani [[P:Danylo]] (7B, Kalasataman koulu) on joutunut kiusatuksi kolme viikkoa. "
        "Rehtori ei ole vastannut viesteihin. Pyydän yhteydenottoa.\n[[P:Iryna Bondarenko]]\n"
        "[[T:+380 67 512 4409]]\n[[E:iryna.bondarenko@ukr.net]]"
    ),
    (
        "HEI MITÄ TAPAHTUU HIETALAHDEN TORIN KIRPPUTORILLE? KUULIN ETTÄ SE SULJETAAN. ME MYYJÄT HALUAMME TIETÄÄ."
    ),
    (
        "Lähettäjä: [[P:Jukka-Pekka Heinonen]]\nPuhelin: [[T:040\u2013880\u20135521]]\n\nMeillä [[A:Kirkonkyläntiellä 17]] "
        "talon kohdalla kaatui lyhtypylväs ja se nojaa nyt aitaan. Vaarallista."
    ),
    (
        "Voisitteko kertoa, mistä saa tietoa esteettömistä vessoista Keskustakirjasto Oodissa? Kolmannen kerroksen vessa "
        "oli kiinni. Pyörätuolilla ei pääse muualle."
    ),
    (
        "Kiitos [[P:Marian]] ystävällisestä avusta Kampin palvelutorilla. En muista sukunimeä, mutta hän puhui arabiaa "
        "ja auttoi minua täyttämään lomakkeen. – tyytyväinen asiakas"
    ),
    (
        "Mariankadulla kävelytie on jäinen ja kaduilla ei ole hiekoitettu. Kaatuminen vältettiin nipin napin Mariankadun "
        "ja Rauhankadun kulmassa. Kiitos jos joku kävisi."
    ),
    (
        "Tässä taas. Vielä odotan vastausta vuokravakuuden palautuksesta. Tili on sama kuin ennen: "
        "[[I FI dashed]]. Sopimusnumero 66021-4.\n[[P:Yasmin Al-Khatib]] / [[T:045 880 2194]]"
    ),
    (
        "Nuorisotalon pingispöydän verkko on rikki. Ei muuta. – [[P:Toivo]] Nurmijärveltä, pelataan siellä aina kun käydään "
        "kummeilla Vuosaaressa"
    ),
    (
        "Kaupunginvaltuuston kokouksessa 14.10. päätettiin kunnostaa Puotilan kartanon puisto. Milloin työt alkavat? "
        "Budjetti 1,2 milj. €."
    ),
    (
        "Haluaisin tarkistaa henkilötietoni (tietosuoja-asetus 15 artikla). [[P:Helena Kiiskinen-Rahman]], [[H Y]], "
        "[[A:Caloniuksenkatu 3 B 14]], 00100 Helsinki. Vastaus kirjeitse."
    ),
    (
        "Miksi [[A:Toukolankatu 12]] kohdalla oleva suojatie on maalattu uudelleen väärin? Pyöräilijät ja jalankulkijat "
        "törmäilevät. Ilmoittaa [[P:Jaana M.]]"
    ),
    (
        "Isäni muutti palvelutaloon, ja hänen nimissään on edelleen asukaspysäköintilupa. "
        "Miten se lopetetaan? Hänen edunvalvojansa olen minä, [[P:Marjo Lindholm]], [[T:050 11 222 78]]. "
        "Isän hetu [[H - 1942-1948]]."
    ),
    (
        "Uudenmaankadulla puunoksa on katkennut ja roikkuu jalkakäytävän yllä. Ei osoitenumeroa muistissa mutta "
        "kukkakauppaa vastapäätä."
    ),
    (
        "Kiitos Espoon kaupunki, Leppävaaran kirjaston [[P:Huang]] auttoi minua todella paljon. Hän opetti käyttämään "
        "sähköistä tunnistautumista. [[P:Siriporn Wongsa]]"
    ),
    (
        "kokeillaan ny tätä kautta kun sähköposti ei mee perille: mun uus numero on [[T:０４１ ５５２ ８９１７]] ja osoite "
        "[[A:Matinkatu 18 B 40]] Espoo. [[P:Kari]] (kotihoidon asiakas)"
    ),
    (
        "Lähetän tämän uudestaan, edellinen ei kai mennyt perille. Vastatkaa osoitteeseen "
        "[[E:riikka.saarela\u200b@\u200bluukku.com]] (kopioikaa tuosta, puhelimen näppäimistö tekee jotain outoa).\n[[P:Riikka Saarela]]"
    ),
    (
        "Kela pyysi todistusta siitä että asun kaupungin vuokra-asunnossa. Tiedot:\n[[P:Oluwaseun Bakare]]\n"
        "hetu [[H - dash=\u2010]]\n[[A:Vuotie 45 A 17]]\n00980 Helsinki\nKiitos nopeasta käsittelystä."
    ),
    (
        "Ystäväni [[P:Ol\u00adga]] pyysi minua kirjoittamaan: hänen [[A:Malminkaari 4]]:n asuntonsa ikkuna ei mene kiinni "
        "ja sisällä on +14 astetta. Hänen numeronsa [[T:+358\u201140\u2011662\u20119013]]. Terv. naapuri"
    ),
    (
        "Miksi Annankadun ja Lönnrotinkadun risteykseen ei saada suojatievaloja? Kuusi vuotta on pyydetty. "
        "Kaupunginhallituksen päätös 2019 § 412."
    ),
    (
        "Kiitos! Koirapuisto [[A:Tallbergin puistotie 2]]:n vieressä on nyt aidattu kunnolla. Meidän poika (7 v.) ja "
        "koira Roope ovat molemmat tyytyväisiä. – perhe [[P:Gyllenberg]]"
    ),
    (
        "Olen [[P:Саша]] eli [[P:Aleksandr Morozov]], asun [[A:Itäkatu 9 F 88]]. Lämpöä ei ole ollut kahteen päivään. "
        "Helen sanoo että vika on kaupungin verkossa. [[T:+7 (812) 407-19-55]]"
    ),
    (
        "Helsinki-päivänä 12.6. Esplanadin puistossa oli upea tunnelma, mutta roska-astioita oli liian vähän. Ensi vuonna "
        "enemmän, kiitos. Kaupunginjohtajan puhe oli hyvä."
    ),
    (
        "Hei! Liitteenä kuva Leppävaarankadulta: pyöräteline [[A:Leppävaarankatu 3–9]]:n edessä on kaatunut ja pyöriä "
        "on lumen alla. Ilmoitti [[P:Kalle-Erik Sundqvist]], [[E:kalle-erik.sundqvist@gmail.com]]"
    ),
    (
        "Hei, pyydän kaupunginarkistosta kopiota isoäitini koulutodistuksesta (Kallion kansakoulu, 1900-luvun alku). Isoäiti on kuollut jo 1970-luvulla, hänen henkilötunnuksensa oli [[H +]]. Minä olen [[P:Leena Haapasalo]], vastaus sähköpostiin [[E:leena.haapasalo ät gmail.com]]."
    ),
    (
        "Tiedoksi tietoturvalle: palautekanavan kautta tuli eilen klo 23.41 uhkaava viesti kirjastomme henkilökunnalle. Viestin lähettäjän IP-osoite lokissa oli [[IP:176.93.58.201]] ja lähettäjäksi oli merkitty [[E:kostaja1987@protonmail.com]]. Poliisille on tehty ilmoitus (tapausnumero 5010/R/88412/26).\n\n[[P:Sanna-Mari Ylönen]]\nkirjastonjohtaja, Itäkeskuksen kirjasto"
    ),
    (
        "Uimakoulu peruttiin kaupungin puolesta (allasremontti), joten pyydän kurssimaksun 68 € palautusta. Lapsi: [[P:Kerttu Aaltonen]], ryhmä Pikkuhauet 3. Palautus tilille [[I zw]]. Kiitos!"
    ),
    (
        "Kirjoitin tilinumeron väärin edelliseen viestiin: [[I FI grouped check]] on väärä, oikea on [[I FI compact]]. Anteeksi vaiva. T. [[P:Usko Hirvonen]]"
    ),
    (
        "Naapurimme [[P:Matti Nurmi]], jonka koko rappu tuntee [[P:Masana]], kaatui eilen jäisillä portailla [[A:Kaarlenkadulla 11]] sisäpihan puolella. Olen ollut yhteydessä isännöitsijä [[P:Heikkiseen]], mutta [[P:Heikkisellä]] ei kuulemma ole hiekoitusvastuuta. Kenellä sitten on?"
    ),
]

FI_KERROKANTASI: list[str] = [
    (
        "Vastustan jyrkästi Meri-Rastilan länsirannan asemakaavamuutosta (nro 12755). Metsä on alueen ainoa luonnontilainen "
        "ranta. 6000 uutta asukasta ei ole perusteltu."
    ),
    (
        "Olen samaa mieltä kuin [[P:Veikko T.]] yllä: kolmikerroksinen pysäköintilaitos ei sovi Tapanilan puutaloalueelle. "
        "Lisäksi [[P:Riikan]] kommentti koulumatkoista on täysin oikea."
    ),
    (
        "Kuulutus: Kulosaaren puistotien kunnostus, kuulemisaika 3.–24.11.2026. Lisätietoja antaa liikenneinsinööri "
        "[[P:Antti Virolainen]], [[T:09 310 37124]], [[E:antti.virolainen@hel.fi]]. Suunnitelma nro VIO 7012."
    ),
    (
        "Miksi Töölöntorin suunnitelmassa ei ole yhtään puuta lisää? Lehmukset ovat 1930-luvulta ja kuolemassa. "
        "Arkkitehti Saarisen aikanaan luonnostelema kokonaisuus ansaitsee parempaa."
    ),
    (
        "Hyvä suunnitelma mutta pyörätie pitäisi erottaa jalkakäytävästä korokkeella. Kävelen joka päivä "
        "[[A:Hämeentie 103]]:sta Arabianrantaan ja pyöräilijät ajavat päälle.\n\nt. [[P:Marketta]]"
    ),
    (
        "Kaavoittajat eivät ilmeisesti ole koskaan käyneet Malmilla. Malmin lentokentän alue on virkistyskäytössä "
        "tuhansilla ihmisillä viikoittain. Kaikkea ei tarvitse rakentaa täyteen. 700 allekirjoittajaa adressissa."
    ),
    (
        "Vastaus [[P:Sulo Hakalalle]]: ei, rakennukset eivät varjosta pihaa, katsoin varjostustutkielman liitteestä 4. "
        "Kannattaa lukea koko aineisto ennen kommentointia."
    ),
    (
        "Asun [[A:Konalantie 4 B 12]]:ssa ja ikkunani ovat suoraan Kehä I:lle. Meluseinä on ollut luvattu jo 2018. "
        "Milloin se rakennetaan? [[P:Mustafa Jabbar]]"
    ),
    (
        "Kannatan ehdotusta rauhoittaa Kaisaniemenkatu autoilta. Elämä keskustassa paranee. Ilta-aikaan kadulla on "
        "vain muutama auto joka tapauksessa."
    ),
    (
        "Olisi hienoa jos uuteen Lapinlahden puistoon tulisi myös koirapuisto. Meidän taloyhtiössä [[A:Lapinlahdenkatu 7]] "
        "on 12 koiraa. Terveisin taloyhtiön hallituksen puheenjohtaja [[P:Ann-Christine Grönroos]]"
    ),
    (
        "Kuulemistilaisuus pidettiin 5.11. Pitäjänmäen koululla. Paikalla olivat arkkitehti [[P:Tuomas Hyvönen]] ja "
        "vuorovaikutussuunnittelija [[P:Amina Hassan]]. Muistio on ladattavissa hankkeen sivulta."
    ),
    (
        "Mielestäni [[P:Ahonen]] kirjoitti alussa hyvin, mutta ehdotus siirtää leikkipuisto Kirkkojärventien varteen on "
        "huono: meluisa ja pölyinen."
    ),
    (
        "Vastustan! Tuomarinkylän kartanon pellot ovat kulttuurimaisemaa. Sinne ei kuulu 8-kerroksisia kerrostaloja. "
        "Runeberg ja Eino Leino kirjoittivat juuri tällaisesta maisemasta."
    ),
    (
        "Tässä vaiheessa haluan kiittää suunnittelija [[P:Kaija Salmea]] siitä, että hän vastasi kaikkiin kysymyksiini "
        "yleisötilaisuudessa. Toivottavasti [[P:Salmen]] tiimi ottaa palautteet huomioon."
    ),
    (
        "Olen Vuosaaren [[A:Ulappasaarentie 15 as 22]] asukas. Koska kommentit voi antaa vain suomeksi tai ruotsiksi, "
        "kirjoitan suomeksi vaikka se on huono. Ei sataman laajennus. Liian paljon rekkoja. [[P:Nguyen Thi Lan]]"
    ),
    (
        "Kommentoin Kruunuvuorenrannan raitiotielinjaa 13: pysäkkivälit ovat liian pitkät Koirasaarentien kohdalla. "
        "Hinta-arvio 356 M€ kasvaa varmasti."
    ),
    (
        "Hyvä että Myllypuron ostarille tulee vihdoin ratkaisu. Me vaimon kanssa olemme asuneet tässä 30 vuotta "
        "ja ostari on ollut tyhjä puolet ajasta. [[P:Erkki Mattila]], [[A:Yläkiventie 2 A 6]]"
    ),
    (
        "Liikennesuunnitelmaa pitää muuttaa. Asukas [[P:Nora Björklund]] on kerännyt nimiä, ja "
        "häneen voi ottaa yhteyttä [[E:pakilanliikenne@gmail.com]]."
    ),
    (
        "Miksi kysely on vain netissä? Moni vanhus ei osaa käyttää tietokonetta. Järjestäkää paperinen kysely "
        "Oulunkylän kirjastoon ja Maunula-taloon."
    ),
    (
        "Kommentti kaavaan HEL 2024-015566: Suojeltavaksi esitetty rakennus osoitteessa [[A:Munkkiniemen puistotie 21]] "
        "on huonokuntoinen. Omistajana emme vastusta suojelua mutta toivomme avustusta. [[P:Carl-Gustaf af Hällström]], "
        "[[T:+358 40 701 3318]]"
    ),
    (
        "Kannatan, kannatan, kannatan. Raitiotie Jokeri on ollut menestys ja nyt tarvitaan lisää poikittaisyhteyksiä. "
        "Linja 15 kulkee jo 12 minuutin vuorovälillä."
    ),
    (
        "Pyydän että nimeni poistetaan aiemmasta kommentista, joka on julkaistu väärin nimellä [[P:Heikki Lahti]]. Minä "
        "olen [[P:Heikki Lahtinen]] eikä se ollut minun kommenttini!!"
    ),
    (
        "Kerrostalo Kalevalantien päähän on liian korkea. Tapiolan puutarhakaupunki on Aarne Ervin ja Alvar Aallon "
        "perintöä. Espoon pitää suojella sitä."
    ),
    (
        "Olen tontin [[A:Päivöläntie 18]] omistaja [[P:Raimo Pulkkinen]] ([[H -]]) ja vastustan kaavaa, koska se vie puolet tontistani katualueeksi. Lunastushinta 32 €/m² on naurettava."
    ),
    (
        "Moderaattorin huomautus: tähän kyselyyn tuli yön aikana 214 lähes samanlaista kommenttia samasta IP-osoitteesta ([[IP:2a02:2168:8d1f::4c2]]). Ne on jätetty huomiotta. Kaupunkiympäristön toimiala"
    ),
]

FI_OMASTADI: list[str] = [
    (
        "Ehdotus: Ulkokuntosali Kontulan Keinutien puistoon\n\nKontulassa ei ole yhtään ulkokuntosalia. Ehdotamme "
        "sellaista Keinutien puistoon, lähelle ostaria. Arvioitu hinta 45 000 €.\n\nEhdottajat: [[P:Mahad Osman]] "
        "ja [[P:Bikash Tamang]]"
    ),
    (
        "Ehdotus #1873: Lisää valoja Vuosaaren urheilupuiston polulle. Polku on pimeä ja moni juoksija kaatuu. "
        "Kustannus n. 60 000 €. Suurpiiri: Itäinen."
    ),
    (
        "Idea: Kirjasto-lainaamo työkaluille Maunulaan. Porakone, ruohonleikkuri, teltta. Yhteyshenkilö [[P:Oskari Nyman]], "
        "[[E:oskari.nyman@iki.fi]]."
    ),
    (
        "Äänestin tätä ja kaikki naapurit [[A:Pihlajistontie 3]]:ssa myös. Tsemppiä [[P:Leilalle]] ja [[P:Jasminille]], "
        "jotka ehdotuksen tekivät!"
    ),
    (
        "Ehdotus: Kesäkonsertit Tapulikaupungin puistoon\nEhdotan, että kesäisin järjestetään kolme ilmaista konserttia. "
        "Esiintyjiksi paikallisia bändejä. Budjetti 12 000 €. Ehdottaja: Tapulikaupungin asukasyhdistys ry"
    ),
    (
        "Ehdotuksen tekijä: [[P:Anil Adhikari]]\nPuhelin: [[T:+358 41 709 2255]]\n\nNepalilainen yhteisö haluaisi "
        "järjestää Dashain-juhlan Malmitalolla. Tarvitsemme tilat ja äänentoiston. Kiitos!"
    ),
    (
        "Skeittiparkki Jätkäsaareen! Nuoret (mm. [[P:Vilja]]) keräsivät "
        "150 nimeä. Vastuuaikuinen [[P:Sanna Kivelä]], [[T:050-9917 432]]."
    ),
    (
        "Tämä ehdotus yhdistettiin ehdotukseen #2041 (Lähiluontopolku Kivikkoon). Yhdistetty ehdotus etenee "
        "kustannusarvioon. Terveisin OmaStadi-tiimi"
    ),
    (
        "Olisiko mahdollista tehdä Malminkartanon täyttömäelle kunnon näköalatasanne? Kävelen siellä koirani Viljan kanssa "
        "joka aamu, ja näköala on upea. Ehdotan myös penkkejä."
    ),
    (
        'Kommentti ehdotukseen: tuo [[P:Roope]] joka kirjoitti ylempänä, että "nuoret tuhoavat kaiken", ei ole käynyt '
        "Kannelmäen nuorisotalolla koskaan. Siellä on hienoja nuoria."
    ),
    (
        "Ehdotus: Kielikahvila Itäkeskuksen kirjastoon. Kielikahvila venäjä-suomi-ukraina. Vetäjät [[P:Natalia Orlova]] ja "
        "[[P:Oksana Shevchuk]]. Lisätiedot: [[E:natalia.orlova@yandex.ru]]"
    ),
    (
        "Huomautus moderaattorilta: ehdotuksesta on poistettu henkilötietoja. Älkää kirjoittako puhelinnumeroita tai "
        "osoitteita kommentteihin. Ystävällisin terveisin OmaStadi-tiimi"
    ),
    (
        "Ehdotan, että Kalasataman Capellan puistotien varrelle istutetaan hedelmäpuita. Omenapuut, kirsikat, marjapensaat. "
        "Marja-aika olisi koko kaupunginosan yhteinen juhla."
    ),
    (
        "Ehdottaja: [[P:Somchai Srisuk]]\nThai-nyrkkeilyn ilmaiset treenit nuorille Myllypuron liikuntamyllyssä. Olen "
        "valmentaja. Tarvitaan säkit ja matot, n. 8 000 €.\npuh. [[T:044 719 2837]]"
    ),
    (
        "Tämä on jo kolmas vuosi kun ehdotamme Herttoniemen rantaan kuntoportaita. Viime kerralla ehdotus sai 2 314 ääntä "
        "mutta ei mennyt läpi. Nyt uudestaan!"
    ),
    (
        "Hienoa että uimaranta saadaan! [[P:Aino Karjalaisen]] sinnikkyys kannatti. "
        "Kiitos myös kaupunginvaltuutettu [[P:Johanna Ek-Lundberg]], joka vei asiaa eteenpäin."
    ),
    (
        "Ehdotus: Laajasalon kirjaston viereen talviuintipaikka ja sauna. Yhteyshenkilö: [[P:Kristjan Lepp]] "
        "(Laajasalon talviuimarit ry), [[E:kristjan.lepp@gmail.com]], [[T:+372 5556 1940]]."
    ),
    (
        "Kommentti: kannatan! En tunne ehdottajaa, mutta [[P:Kristjanin]] idea on hyvä. Laajasalossa ei ole mitään talvisin."
    ),
    (
        "Kuinka ehdotuksen voi muokata sen jälkeen kun se on lähetetty? Kirjoitin ehdotukseen #1120 väärän osoitteen: "
        "oikea on [[A:Isonnevantie 12]], ei [[A:Isonnevantie 21]]. [[P:Hanna Kivistö]]"
    ),
    (
        "OmaStadi-äänestys päättyy 31.10. klo 23.59. Kaikki 12 vuotta täyttäneet helsinkiläiset voivat äänestää. "
        "Budjetti yhteensä 8,8 miljoonaa euroa."
    ),
    (
        "Ehdotamme katutaidetta Pasilan alikulkuun. Taiteilijat: [[P:Rebwar Aziz]] (kurdi, Pitäjänmäki) ja [[P:Emi Nakamura]]. "
        "Molemmilla on kokemusta muraaleista. Portfoliot liitteenä."
    ),
    (
        "Ideapaja pidettiin Vuosaaren Mosaiikissa. Mukana oli mm. [[P:Hamid]], "
        "joka esitteli ehdotuksia. Kahvit tarjosi Vuosaaren Lions Club."
    ),
    ("Vastaus [[P:Helille]]: Kyllä, ehdotuksen voi tehdä myös ryhmänä, kunhan yksi toimii yhteyshenkilönä."),
    (
        "Kannatan ehdotusta Stoan aukion kunnostuksesta. Siellä kulkee päivittäin tuhansia ihmisiä ja aukio on "
        "rumin paikka Itäkeskuksessa. Myös Puotinharjun ostoskeskus tarvitsee apua."
    ),
    (
        "Äänestys ei onnistu: suomi.fi-tunnistuksen jälkeen tulee 'Olet jo äänestänyt', vaikka en ole. Tuki pyysi IP-osoitteen, se on [[IP:85.156.27.140]]. Yhteys [[E:aatu.rinne(a)outlook.com]]"
    ),
    (
        "Hyväksytyn ehdotuksen toteutusavustus maksetaan yhdistyksen tilille: Pihlajiston Pihapiiri ry, [[I FI dashed]]. Yhteyshenkilö [[P:Marja Keinänen]], [[E:marja.keinanen@pp.inet.fi]]."
    ),
    (
        "Kommentti: tää toteutui vain koska [[P:Oksanassa]] on johtajan vikaa, hän veti koko projektin. Ilman [[P:Pirkkoa]] ja hänen kahvinkeitintään ei olis kyllä jaksettu."
    ),
]

FI_BOOKING: list[str] = [
    (
        "Varaus: Malmitalo, sali Stage, la 14.3.2027 klo 12–18\nVaraaja: [[P:Sunita Gurung]]\n"
        "Sähköposti: [[E:sunita.gurung@hotmail.com]]\nPuhelin: [[T:+358445098812]]\nTarkoitus: nepalilaisen yhteisön "
        "Holi-juhla, n. 120 henkeä."
    ),
    (
        "Laskutustiedot: [[P:Teemu Ojala]], [[A:Pakilantie 61 C]], 00660 Helsinki. Henkilötunnus laskutusta varten "
        "[[H X]]. Varaus on yksityishenkilönä, syntymäpäiväjuhlat."
    ),
    (
        "Peruutan varauksen 2026-VAR-188104 (Kannelmäen nuorisotalo, keittiö, 12.12.). Peruutus tehty yli 14 vrk "
        "ennen, joten maksu 40 € pitäisi palautua."
    ),
    (
        "Takuumaksu palautetaan tilille [[I nbsp]], tilinomistaja [[P:Fatima Hassan Ali]]. Kiitos tilan lainasta, "
        "juhlat menivät hyvin!"
    ),
    (
        "Osallistujat (sulkapallo, Töölön kisahalli, ti klo 19): [[P:Vu Duc Anh]], "
        "[[P:Markku S.]] ja [[P:Ville-Veikko]]. Vuoro maksetaan yhdessä."
    ),
    (
        "Hei, sain varausvahvistuksen mutta varauksessa lukee väärä päivä (pe 6.2. eikä la 7.2.). Varaustunnus 91AX-22F. "
        "Voitteko korjata? Kiitos."
    ),
    (
        "Vastuuhenkilö tilaisuudessa: [[P:Abebe Tadesse]] [[T:045-7720 1108]]. Toinen yhteyshenkilö "
        "[[T:041 332 7045]]. Pysäköinti: kaksi autoa, [[R:JKB-510]] ja [[R:VLX-88]]."
    ),
    (
        "Varaamo ei hyväksy Y-tunnustamme 2934851-0 vaikka se on oikein. Yhdistys on merkitty rekisteriin 2019. "
        "Yritimme 5 kertaa."
    ),
    (
        "Yritän varata Vuosaaren liikuntahallin vuoron, mutta sivu sanoo 'Pääsy estetty'. Tietoturva kysyi IP:tä, "
        "se on [[IP:2001:14ba:a0bd:6e00:9c41:2f7a:11d3:80e5]]. Käyttäjätunnus [[E:pertti.mononen@kolumbus.fi]]"
    ),
    (
        "Lisätietoja varaukseen: tulemme kahdella pakettiautolla, rekisterinumerot [[R:zxv-301]] ja [[R:Lko-44]], "
        "lastauspaikalle. Kuljettaja [[P:Dmitri]] ([[T:+7 915 204 88 31]]) soittaa ovelle tullessaan."
    ),
    (
        "Varaaja: Helsingin Shakkiklubi ry (Y-tunnus 1789447-7)\nYhteyshenkilö: "
        "[[P:Jarmo Kettunen]]\nTilaisuus: pikashakkiturnaus, 40 pelaajaa."
    ),
    (
        "Laskutus yksityishenkilölle:\n[[P:Paweł Wiśniewski]]\n[[A:Merimiehenkatu 36 D 61]]\n00150 Helsinki\n"
        "hetu [[H - lower]]"
    ),
    (
        "Sauna ja kokoustila varattu Vallilan kirjaston yhteydestä? Ei tarvitse laskua, maksamme paikan päällä "
        "MobilePaylla 85 €. Varausnumero 7741."
    ),
    (
        "Pyydän hyvittämään peruutetun kerhovuoron maksun. Maksaja [[P:Ramesh Bhattarai]], tili [[I odd]]. "
        "Vuoro peruttiin teidän puolestanne (vesivahinko)."
    ),
    (
        "Hei, olemme tulossa koululuokan kanssa (Aurinkolahden peruskoulu 5C). Opettaja [[P:Heidi Sjöberg]], "
        "[[E:heidi.sjoberg@edu.hel.fi]]. Oppilaita 24, aikuisia 3."
    ),
    (
        "Kaikki on ok, tervetuloa!\n\n> [[P:Mirja Vainio]] kirjoitti 2.11.2026 klo 14.07:\n> Voiko tilaan tuoda "
        "oman kahvinkeittimen?"
    ),
    (
        "Tilaisuus: isämme [[P:Veikko Ruuskasen]] 85-vuotispäivät. Varaaja [[P:Anne Ruuskanen-Berg]], "
        "[[T:+46 70 318 44 02]] (asun Ruotsissa), [[E:anne.ruuskanen.berg@telia.se]]. "
        "Vuokravakuuden voi palauttaa ruotsalaiselle tililleni [[I SE linebreak]]."
    ),
    (
        "Miksi Varaamon kalenterissa näkyy vapaana klo 18–20, mutta varaus ei mene läpi? Virhekoodi 500. "
        "Selain Chrome 131.0.6778.86. Tämä ei ole IP-ongelma."
    ),
    (
        "Avainten luovutus: avaimen hakee [[P:Jiří]] tai [[P:Hoang Mai]] ke klo 16. Kuittaus nimellä. Avaimen "
        "numero 14-B."
    ),
    (
        "Lasku lähetetään yhdistykselle, ei minulle henkilökohtaisesti: Vuosaaren kurdiyhdistys ry, Ulappasaarentie, "
        "00980 Helsinki. Viite 12345 67890 12."
    ),
    (
        "Laskutus: [[P:Mehmet Demir]], henkilötunnus [[H V]], [[A:Kallvikintie 16 E 102]], 00980 Helsinki. "
        "Mahdolliset palautukset tilille [[I TR grouped]] (turkkilainen tili)."
    ),
    (
        "TÄRKEÄÄ: tilaan tulee pyörätuolilla liikkuva henkilö. Onko hissi toiminnassa Vuotalossa la 18.1.? "
        "Varaus nro 44801."
    ),
    ("hei, peruutan tän huomisen sählyvuoron. jengistä puolet on kipeenä. t [[P:tuomas r]]"),
    (
        "Keittiön käyttö: Kyllä. Tarjoilu: kahvi ja pulla, n. 30 hlöä. Erityisruokavaliot: 2 gluteenitonta. "
        "Siivous: varaaja siivoaa itse."
    ),
    (
        "Laskutustiedot juhlasalin varaukseen: [[P:Julia Mäkelä-Otieno]], hetu [[H B]], [[A:Vernissakatu 6 A 21]], 01300 Vantaa. Lasku sähköpostiin [[E:julia.m.otieno@gmail.com]]"
    ),
    (
        "Avaimet ovat tällä kertaa [[P:Jussilla]], hän avaa salin klo 17. Iso kiitos viime kerrasta [[P:JP]]:lle ja [[P:Ahmed]]:lle, jotka siivosivat kaiken. Pysäköintilupa yhdelle autolle, rekkari [[R:hju-92]]."
    ),
]

SV_FEEDBACK: list[str] = [
    (
        "Hej!\nGatlyktan utanför [[A:Stora Robertsgatan 14]] har varit trasig sedan oktober. Det är mörkt och halt. "
        "Kan ni skicka någon?\n\nMed vänlig hälsning\n[[P:Gunilla Åkerblom]]\n[[T:040 612 7389]]"
    ),
    (
        "Snöplogen har igen lämnat en meterhög vall vid övergångsstället på Runebergsgatan. Barnvagnar kommer inte förbi. "
        "Bo här själv sedan 1987 och det har aldrig varit så här illa."
    ),
    (
        "Jag vill tacka bibliotekarien [[P:Stina]] på Hagalunds bibliotek som hjälpte min mamma med e-tjänsterna. "
        "Ros till henne!"
    ),
    (
        "Hej, min son [[P:Elias]] har inte fått någon plats i eftermiddagsverksamheten fast vi ansökte i maj. Han går i "
        "årskurs 2 i Kottby lågstadieskola, personbeteckning [[H A 2017-2018]]. Kan någon ringa mig, [[P:Rasmus Fagerholm]], på [[T:050 401 22 98]]?"
    ),
    ("Sten och grus överallt på cykelbanan längs Tavastvägen fast det är april. När sopas det?"),
    (
        "Jag har flyttat. Ny adress: [[A:Albertsgatan 27 B 19]], 00120 Helsingfors. Gammal adress: "
        "[[A:Drumsövägen 9 A 4]]. Uppdatera gärna min boendeparkering, bil [[R:FLK-722]]. Tack! [[P:Johan Ekholm]]"
    ),
    (
        "Saga-stunden på Tölö bibliotek var underbar. Barnen älskade den. Tack till personalen och till Svenska "
        "kulturfonden som stödde evenemanget."
    ),
    (
        "Klagomål: Bilen med registreringsnummer [[R:NRZ-390]] står parkerad på gångvägen vid [[A:Kaserngatan 44]] "
        "varje natt. Jag har fotografier.\n[[P:Henrik von Bonsdorff]]"
    ),
    (
        "Hej!\nJag heter [[P:Liv Granqvist]] och bor på [[A:Mariegatan 13 A 2]]. Grannens hund skäller hela dagarna och "
        "trapphuset luktar. Disponenten svarar inte. Vad kan jag göra?"
    ),
    (
        "Sol och värme i dag, och ändå var plaskdammen i Brunnsparken tom. Varför fylls den inte förrän i juni?"
    ),
    (
        "Faktura 90 118 273 gäller dagvård för [[P:Ebba Lindqvist]], men hon slutade i augusti. Vänligen kreditera "
        "beloppet 295 € till kontot [[I grouped]]. Mvh mamma"
    ),
    ("Tack till stadsmiljösektorn för den nya parkbänken på Observatoriebacken! Perfekt utsikt över havet."),
    (
        "Min pappa [[P:Bo-Erik Sjöblom]] (personbeteckning [[H - 1944-1950]]) har fått fel faktura från hemvården. "
        "Han bor på [[A:Fredriksgatan 52 C 30]]. Jag är hans dotter, [[P:Pia Sjöblom]], tfn [[T:+358 50 339 6620]]."
    ),
    (
        "Varför har Klara-bussen slutat köra till Degerö? Min granne [[P:Klara]] är 88 och kommer inte längre till "
        "hälsostationen. Vi klarar oss inte utan servicelinjen!"
    ),
    (
        "Hej. Spårvagn 2 stod stilla i 20 minuter vid Olympiaterminalen kl. 17.10 igår utan någon information. "
        "HRT:s app visade ingenting. Biljett-id 882190."
    ),
    (
        "Klagomål gällande avgift 4450-2231: jag betalade parkeringen via appen kl. 14.02. Bilen: [[R:Ytu-308]]. "
        "Ägare: [[P:Ahmed Jama]], [[E:ahmed.jama@gmail.com]]"
    ),
    ("Ek, lind och lönn i Esplanadparken behöver beskäras. En stor gren föll ner förra veckan nära Kappeli."),
    (
        "Tack till personalen på Sörnäs fritidsgård för sommarlägret! [[P:Noah]] pratar inte om annat. "
        "Hälsar [[P:Annika Holmström]]"
    ),
    (
        "Jag bor på [[A:Västanvindsvägen 8 B 16]] i Esbo och lekplatsen bakom huset har en trasig rutschkana. Barnen "
        "skadar sig. Ring mig: [[T:+358 40 551 02 87]]\n[[P:Tove Wikström]]"
    ),
    (
        "Hej! Jag undrar om man kan hyra en koloniträdgårdslott i Brunakärr. Var hittar jag kön? Jag har kö-nummer 212 "
        "sedan förra året."
    ),
    (
        "Vår dotter [[P:Alva]] ([[H E 2023-2024]]) har fått daghemsplats på fel daghem. Vi bor på [[A:Kalevalavägen 6 as. 3]] "
        "i Hagalund, men platsen är i Alberga. /[[P:Maria Fagerström]]"
    ),
    (
        "Det luktar avlopp i Sandviken på Sandviksgatan. Det har luktat i en vecka. Helsingfors Vatten kundnummer 33019."
    ),
    (
        "Hej,\nfrån [[P:Björns]] sida vill vi tacka för snabb hjälp med vattenläckan. Reparatören var "
        "fantastisk.\n\nHälsningar\n[[P:Ulla Nyberg]]\n[[A:Skepparegatan 4 A 6]]"
    ),
    (
        "Mitt bankkonto har ändrats, vänligen betala bostadsbidraget till [[I SE grouped]] (svenskt konto) i stället "
        "för det gamla. Jag heter [[P:Oskar Lindgren]] och bor på [[A:Mannerheimvägen 88 C 21]]."
    ),
    (
        "Linnea i blom vid Villa Aino Ackté var underbart i sommar. Stadens trädgårdsmästare gör ett fint jobb."
    ),
    (
        "Klagomål: kvinnan i receptionen på Malms hälsostation, [[P:Marjut]], var otrevlig mot min mor som inte talar "
        "finska. Jag begär en förklaring. [[P:Camilla Fröberg]], [[E:camilla.froberg@hotmail.fi]]"
    ),
    (
        "Hej. Jag hittade en plånbok på Georgsgatan med id-kort för [[P:Rafael da Silva]]. Jag lämnade den på polisens "
        "hittegodsbyrå. Meddela honom gärna."
    ),
    (
        "Jag och min sambo [[P:Nasrin]] har väntat på svar om vår bostadsansökan i 3 månader. Ansökan nr 2026-44218. "
        "Ring [[T:045\u2013615\u20132044]] eller mejla [[E:nasrin.hosseini [at] outlook.com]]. /[[P:Daniel Ekström]]"
    ),
    (
        'Varför heter nya spårvagnshållplatsen "Edelfeltsplatsen"? Den ligger ju närmare Runebergsesplanaden. '
        "Edelfelt och Runeberg vänder sig i graven."
    ),
    (
        "Hej, jag är lärare på Drumsö lågstadieskola. Eleven [[P:Saga]] hittade en "
        "injektionsspruta på skolgården vid [[A:Drumsövägen 14]] i morse. Kan ni kontrollera området? [[P:Fredrika Lund]]"
    ),
    (
        "Till Stadsarkivet: jag forskar i släkten och söker min farfars elevkort från Svenska normallyceum. Hans personbeteckning var [[H +]]. Svara gärna till [[E:gunnar.lindfors@kolumbus.fi]]. Mvh [[P:Gunnar Lindfors]]"
    ),
    (
        "Det trådlösa nätet på Berghälls bibliotek blockerar min dator. Personalen sa att jag ska skicka min IP-adress: [[IP:37.33.190.12]]. Datorn är en Chromebook. /[[P:Edvin]]"
    ),
]

SV_KERROKANTASI: list[str] = [
    (
        "Jag motsätter mig detaljplaneändringen för Kottby. Trähusen från 1920-talet måste bevaras. "
        "Planförslag nr 12811."
    ),
    (
        "Jag stöder förslaget. Bor själv på [[A:Tölögatan 21 A 9]] och trafiken på Mechelingatan är farlig för barnen. "
        "– [[P:Kaj Lindholm]]"
    ),
    (
        "Instämmer med [[P:Annika H.]] ovan. Cykelbanan borde separeras. Dessutom håller jag med [[P:Pers]] kommentar "
        "om parkeringen."
    ),
    (
        "Kungörelse: Ombyggnad av Brunnsparken, tid för åsikter 10.–30.11.2026. Mer information ger landskapsarkitekt "
        "[[P:Malin Westerlund]], tfn [[T:09 310 38 552]], [[E:malin.westerlund@hel.fi]]."
    ),
    (
        "Vi som bor på [[A:Högbergsgatan 30]] är oroliga för byggbullret. Arbetet pågår redan kl. 6 på morgonen. "
        "Styrelsen för bostadsbolaget"
    ),
    (
        "Förslaget om en ny spårväg till Östersundom är bra, men tidtabellen 2040 är alldeles för sen. Kostnad 600 M€."
    ),
    (
        "Som ordförande för Brändö villaägare vill jag påpeka att stadsplanen strider mot Eliel Saarinens ursprungliga "
        "vision. Vi har 140 medlemmar. [[P:Carl-Johan Ramsay]]"
    ),
    ("Svar till [[P:Ingrid]]: nej, planen innebär inte att skogen huggs ner, läs bilaga 3."),
    (
        "Jag är emot att Sandvikstorget byggs igen. Torget används av loppisförsäljare och skateboardåkare varje helg."
    ),
    (
        "Planen för Mårtensdal (Vanda) beaktar inte gångtrafiken. Jag bor på [[A:Mårtensdalsvägen 10 C 28]] och "
        "går till stationen varje dag. Hälsningar [[P:Sirpa Nurmi-Åström]]"
    ),
]

SV_OMASTADI: list[str] = [
    (
        "Förslag: Utegym i Brunakärr\nIdén: ett enkelt utegym nära Åggelby station. Kostnad ca 40 000 €.\n"
        "Bakom idén: [[P:Emma Backman]] och [[P:Tiago Pereira]]"
    ),
    ("Kommentar: Bra idé! [[P:Emmas]] förslag förtjänar fler röster. Jag har röstat."),
    (
        "Förslag: Svenskspråkig läsecirkel för seniorer i Munksnäs bibliotek. Kontaktperson [[P:Barbro Holm]], "
        "[[T:09-481 2276]]."
    ),
    (
        "Förslaget #2210 har slagits samman med förslag #1998. Tack för alla kommentarer! Hälsningar OmaStadi-teamet"
    ),
    (
        "Grilltak vid Rastböle strand, så att familjer kan grilla även när det regnar. Vi är [[P:Jin-ho]], "
        "[[P:Hussein]] och några till från grannskapet."
    ),
    (
        "Omröstningen slutar den 31 oktober. Alla helsingforsare som fyllt 12 år kan rösta. Budgeten är 8,8 miljoner euro."
    ),
    (
        "Förslag: Cykelverkstad i Sörnäs. Jag är cykelmekaniker och kan ordna kurser. [[P:Viktor Åberg]], "
        "[[E:viktor.aberg@kolumbus.fi]]"
    ),
    (
        "Jag röstar på bokbytarskåpet! Min granne [[P:Rosa]] har redan byggt ett själv på [[A:Borgågatan 8]], "
        "och det används varje dag."
    ),
]

SV_BOOKING: list[str] = [
    (
        "Bokning: Arbis, sal 3, ti 20.1.2027 kl. 17–19\nBokare: [[P:Ann-Sofi Lindqvist]]\n"
        "E-post: [[E:annsofi.lindqvist@gmail.com]]\nTfn: [[T:0405 119 482]]"
    ),
    (
        "Faktureringsadress: [[P:Thomas Grönqvist]], [[A:Annegatan 26 A 11]], 00100 Helsingfors. "
        "Personbeteckning för faktureringen: [[H W]]."
    ),
    ("Jag avbokar bokningen 2026-VAR-190332 (Nordhuset, kök). Bokningen gjordes med fel datum."),
    ("Depositionen kan återbetalas till konto [[I FI lowercompact]], kontoinnehavare [[P:Sara Blomqvist]]."),
    (
        "Vi kommer med en skåpbil, reg.nr [[R:BNT-605]], och behöver lastplatsen vid bakdörren kl. 15. Chauffören heter "
        "[[P:Marek]], tel. [[T:+48 601 884 217]]."
    ),
    (
        "Bokningssystemet visar 'Åtkomst nekad'. Min IP-adress enligt supporten: [[IP:91.152.207.34]]. /[[E:eva.hellstrom@icloud.com]]"
    ),
    ("Faktureras föreningen: Helsingfors Svenska Schackklubb rf, FO-nummer 2456790-9, referens 1210 00345."),
    (
        "Hej! Vi är en grupp från Vanda. Bokare [[P:Jenny Sjöholm]], [[A:Dickursbyvägen 30 B 7]], 01300 Vanda. "
        "Gruppledare [[P:Chen Jing]], [[T:+86 139 1042 7731]]."
    ),
    ("Tack för lånet av lokalen. Nyckeln lämnades i brevlådan kl. 22.15. Allt städat."),
    (
        "Jag betalade hyran två gånger. Återbetala gärna till mitt norska konto [[I NO grouped]]. Kontoinnehavare [[P:Ingrid Solberg]], [[E:ingrid.solberg@online.no]]."
    ),
]

EN_FEEDBACK: list[str] = [
    (
        "Why does tram 4 skip the Munkkiniemi stops after 11 pm? The timetable says it runs until 1:30. This happened "
        "on 3 and 4 December. Ticket ID 77310-22."
    ),
    (
        "I'd like to thank the nurse at Kalasatama health station, [[P:Noora]], who was incredibly patient with my "
        "daughter. Also Dr. [[P:Okonkwo]] explained everything clearly. Thank you!"
    ),
    (
        "Hope the city will finally do something about the rats near the Hakaniemi market hall. Saw three today at "
        "noon. Not ok."
    ),
    (
        "My car ([[R:LMX-229]]) was towed from [[A:Kapteeninkatu 5]] even though there was no sign. I paid 240 € at "
        "the tow yard. I want a refund to [[I GB grouped]].\nRegards, [[P:James O'Connell]]"
    ),
    (
        "Will tram 6 ever run on time again? Every morning it's 10 minutes late at Hietalahdentori. I have to be at "
        "work at 8."
    ),
    (
        "Hi, my son [[P:Kai]] lost his school bag on bus 550 today around 15:20. It's blue with a dinosaur. His name "
        "is inside. Call me on [[T:+358 40 3318 720]] please. [[P:Mark Reyes]]"
    ),
    (
        "The bill for my daughter's daycare is wrong: we were charged for December although [[P:Grace]] was in Lagos "
        "with her grandparents the whole month (her ID: [[H C 2021-2022]]). Invoice 5512 0083. [[P:Tunde Adebayo]]"
    ),
    (
        "Dear City of Espoo,\nI am writing about the noise from the construction site next to [[A:Piispansilta 9 A 12]]. "
        "Work starts at 6:30 am, even on Saturdays. My wife [[P:Yuki]] works nights and can't sleep.\nSincerely,\n"
        "[[P:Haruto Tanaka]]"
    ),
    (
        "The payment terminal at Yrjönkatu swimming hall charged me twice (2 x 7.50 €) on 18 Nov at 17:04. Reference "
        "number 2026111817040. Please refund."
    ),
    (
        "Hey, just wanted to say [[P:Joy]] at the Maunula library is the best. She helped me find Finnish courses "
        "for beginners. Cheers, [[P:Dawit]]"
    ),
    (
        "I'm a landlord. My tenant [[P:Andrés Molina's]] parking permit for [[R:Xpr-180]] was issued for the wrong "
        "address. Correct address: [[A:Porthaninkatu 9 A 17]]. Old one: [[A:Porthaninkatu 7]]. Thanks"
    ),
    (
        "To whom it may concern, the sidewalk on Mannerheimintie between Sibelius Academy and the Opera is a skating "
        "rink. Someone will break a hip."
    ),
    (
        "I have tried to reach the social services for two weeks. My case number is HEL 2026-019774. Please call me: "
        "[[T:0465 228 190]]. My name is [[P:Mariam Sultani]], date of birth and ID [[H D 2002-2005]]."
    ),
    (
        "From: [[P:Ngoc Tran]] <[[E:ngoc.tran87@gmail.com]]>\nSent: Monday\nTo: feedback\n\nHi, the bike lane on "
        "Itämerenkatu is blocked by a delivery van every morning, plate [[R:PZH-937]]. Thx"
    ),
    (
        "Sunny days at Hietaniemi beach are wonderful but there are no showers that work. Two of three broken since July."
    ),
    (
        "Hi!! our neighbour [[P:will]] (upstairs, [[A:Neljäs linja 14 B 33]]) has been drilling every night 22-01. "
        "we've asked politely. building manager doesn't answer. what can we do?? [[P:sophie]] & [[P:tom]]"
    ),
    (
        "Please forward to the pest control team: bedbugs in our flat at [[A:Turunlinnantie 22 F 71]]. We are a family "
        "of five. Tenant: [[P:Emeka Nwosu]], [[T:+234 803 447 1198]] (WhatsApp)."
    ),
    (
        "Mark the date: the city promised in 2023 that the Töölönlahti sauna would open by 2025. It's December 2026. "
        "What's the status?"
    ),
    (
        "Hello, I lost my HSL card on tram 9. Card number 9246 0800 1223 4567. Account e-mail: [[E:carlos.mendes\uff20sapo.pt]]. "
        "Can it be blocked?"
    ),
    (
        "I can't log in to the residents' parking service, it says 'too many attempts'. IT support asked for my IP: "
        "[[IP:62.78.211.6]]. Also tried from work ([[IP:193.166.4.87]]). [[P:Ravi Menon]]"
    ),
    (
        "Big thanks to the snow team in Kruununhaka. Liisankatu and Kristianinkatu were clear by 7 am today. Impressive."
    ),
    (
        "Subject: wrong IBAN\n\nThe IBAN I gave for the housing allowance refund was wrong ([[I FI grouped typo]]). "
        "Correct one: [[I FI grouped]]. Apologies! [[P:Olena Tkachenko]]"
    ),
    (
        "The kids' playground on Tehtaankatu has broken glass everywhere. My daughter [[P:Hope]] almost cut her hand. "
        "Please clean it up. – [[P:Bill Carter]]"
    ),
    (
        "Dear sir/madam, I'm writing on behalf of my mother [[P:Nguyen Thi Hoa]], who lives at "
        "[[A:Kontulantie 22 A 5]]. She has no working heating and doesn't speak Finnish. Please call me "
        "on [[T:+84 912 554 308]]."
    ),
    (
        "Bus 15 driver (bus number 1122, 8:47 at Itäkeskus) was rude to my elderly mother. [[P:Rose Adams]], "
        "[[E:rose_adams@yahoo.co.uk]]"
    ),
    (
        "Helsinki city switchboard told me to write here: my application for the parking permit (order 5583107) was "
        "rejected, error 'invalid plate'. My car is a Swedish car, plate [[R:ABC 12D]]. [[P:Erik Holm]]"
    ),
    (
        "Just want to say the new Kalasatama swimming hall is great value: 6.50 € for adults and the sauna is huge. "
        "Open 6–21 on weekdays."
    ),
    (
        "Hi, I am [[P:Wei Zhang's]] husband, writing for her because her Finnish is not good. She slipped on ice outside "
        "[[A:Siilitie 9]] yesterday. Ambulance took her to Meilahti. Who pays? [[P:Li Ming]] [[T:+86 138 0013 8844]]"
    ),
    (
        "Faith in humanity restored: someone returned my lost phone to the library in Kannelmäki. Thank you, kind "
        "stranger!"
    ),
    (
        "The letter about my son's school place was sent to our old address [[A:Tiilimäki 20 C 14]]. We live now at "
        "[[A:Ulvilantie 11 B, apt 26]]. Son: [[P:Aarav Sharma]], [[H F 2018-2019]]."
    ),
    (
        "Nice to see that the Esplanadi Christmas market has more local artisans this year. Frank opinion though: "
        "mulled wine at 8 € is too much."
    ),
    (
        "hello i am [[P:abdullahi]] i live in [[A:tikkurilantie 12 c 40]]. there is water coming from ceiling. landlord "
        "Mr. [[P:Virtanen]] no answer. my phone [[T:0449 181 776]]"
    ),
    (
        "Please pass on to the swimming instructors in Itäkeskus: [[P:Maija]] was fantastic with our "
        "autistic son. He can now swim 25 m! The [[P:Haddad]] family"
    ),
    (
        "Your website says the Vuosaari service centre is on Mosaiikkitori, but the building has no sign. Confusing "
        "for newcomers."
    ),
    (
        "GDPR request: please send me all data the City holds on me. [[P:Sanne de Vries]], "
        "personal identity code [[H - dash=\u2212]], [[E:sanne.devries@ziggo.nl]], [[A:Caloniuksenkatu 9 A 3]]"
    ),
    (
        "hi, my payment went to you instead of the landlord. Account I paid from: [[I NL compact]]. Amount 850 €, "
        "ref 00000 12343. please refund asap. [[P:Jan]]"
    ),
    (
        "Hi, I was charged for the adult education centre course twice (2 x 95 €). Please refund one payment to my Polish account [[I PL grouped]]. Student: [[P:Agnieszka Nowak]], personal identity code [[H E]]."
    ),
    (
        "The free city Wi-Fi (Helsinki City Open WLAN) at Kamppi blocks me every time I try to log in to my bank. My device shows IP [[IP:2001:14bb:6a1:c04e::3f]]. Anyone else? [[E:tomasz.k@wp.pl]]"
    ),
    (
        "Correction to my earlier message: the Spanish IBAN I sent, [[I ES grouped typo]], has a typo. The right one is [[I ES grouped]]. Sorry! [[P:Carmen de la Fuente]]"
    ),
]

EN_KERROKANTASI: list[str] = [
    (
        "I support the plan. As a resident of [[A:Jätkäsaarenlaituri 3 A 41]] I see daily how dangerous the crossing "
        "at Välimerenkatu is. – [[P:Lucía Fernández]]"
    ),
    (
        "Strongly oppose building on the Malmi airfield. It's a unique cultural site and a nature area. Over 60 bird "
        "species nest there (BirdLife Finland 2024)."
    ),
    ("Agree with [[P:Tomás's]] comment above, and with [[P:Kavya K.]]: the plan ignores cyclists."),
    (
        "Public notice: Traffic plan for Pasila, comments 1–22 Dec 2026. Contact: traffic planner [[P:Mikko Aaltonen]], "
        "[[E:mikko.aaltonen@hel.fi]], tel. [[T:+358 9 310 37 440]]."
    ),
    (
        "Why is the survey only in Finnish and Swedish? A third of Jätkäsaari residents speak English. Please translate "
        "the materials, at least the summary."
    ),
    (
        "I live on [[A:Hiihtäjäntie 6 B]] with my two kids. The proposed 8-storey building would block all the sun from "
        "our yard. Please reconsider. [[P:Ji-woo Park]]"
    ),
    (
        "The architects of the Tripla area should have learned from Alvar Aalto: human scale matters. The new plan for "
        "Pasila repeats the same mistakes."
    ),
    (
        "As chair of the Herttoniemi residents' association I can confirm we collected 412 signatures. The list was "
        "given to councillor [[P:Anna-Kaisa Rintala]] on 2 Dec."
    ),
    ("May I suggest a pedestrian bridge instead? The tunnel under Itäväylä is scary at night."),
]

EN_OMASTADI: list[str] = [
    (
        "Proposal: Outdoor chess tables in Alppipuisto\nWe'd like three concrete chess tables near the Alppila "
        "playground. Cost est. 15 000 €.\nProposers: [[P:Dmitri Volkov]] and [[P:Ayşe Öztürk]]"
    ),
    (
        "Proposal #2077: More benches along the Vantaa river trail in Pukinmäki. Many elderly walkers need to rest. "
        "Budget 20 000 €. District: North-Eastern."
    ),
    (
        "Idea by [[P:Kwame Mensah]] and the African Youth Club: a basketball court renovation in Kontula. Contact "
        "[[E:kwame.mensah@outlook.com]] or [[T:+358 50 712 8341]]."
    ),
    (
        "Hi everyone, this is [[P:Sophia Rossi]]. I'm the contact person for the Jätkäsaari community garden proposal. "
        "Team: [[P:Gabriel dos Santos]] and two neighbours."
    ),
    ("The OmaStadi vote closes on 31 October at 23:59. Everyone in Helsinki aged 12 or over can vote."),
    (
        "Comment: I don't agree with [[P:Paul]]. Skateparks bring young people together, they don't cause trouble."
    ),
    (
        "Proposal: a free repair café in Malmi, monthly. Volunteers: [[P:Chloé Martin]] (sewing), [[P:Arjun Mehta]] "
        "(electronics), [[P:Pentti]] (bicycles). We need a room and 2 000 € for tools."
    ),
    (
        "Please merge this with proposal #1642, it's the same idea (lights in Central Park). Thanks, OmaStadi moderators"
    ),
    (
        "Proposal: Ice rink at Vuosaari sports park. Contact: [[P:Mohammed Al-Amin]], phone [[T:+358-44-508-1923]]."
    ),
    ("We already have a similar outdoor gym in Kivikko (since 2021). Maybe put it in Myllypuro instead?"),
    ("The team behind this one: [[P:Faith Okoye]] and [[P:Siobhán Ní Bhriain]]. Vote for us!"),
    (
        "Can't vote: the site says my connection is 'suspicious'. IP according to whatismyip: [[IP:91.155.72.9]]. Browser Safari 18.1. [[P:Grace Mwangi]]"
    ),
]

EN_BOOKING: list[str] = [
    (
        "Booking: Annantalo, hall 2, Sat 7 March 2027, 10:00–14:00\nBooker: [[P:Rachel Goldberg]]\n"
        "Email: [[E:rachel.goldberg@gmail.com]]\nPhone: [[T:+1 (416) 555-0182]]\nPurpose: children's birthday party"
    ),
    (
        "Billing details: [[P:Anders Nilsson]], [[A:Albertinkatu 19 A 8]], 00120 Helsinki. Personal ID for invoicing: "
        "[[H U]]."
    ),
    ("I cancel booking 2026-VAR-201447 (Kallio library meeting room, 15 Jan). Thanks."),
    ("Please refund the deposit to my Estonian account: [[I EE grouped]], account holder [[P:Kadri Tamm]]."),
    ("Participants (badminton, Tue 19:00): [[P:Kenji]], two others and me ([[P:Hannah]])."),
    (
        "We'll arrive with a van, reg. no. [[R:RKU-46]], to unload sound equipment at 16:00. Driver: [[P:Gustavo]], "
        "[[T:+351 912 408 773]]."
    ),
    (
        "The booking site keeps saying 'Access denied' from my home network. My IP is [[IP:2a00:1d50:3:0:5c8e:22ff:fe91:4a07]] "
        "(IPv6). From mobile data it works. – [[E:ben.fischer@gmx.de]]"
    ),
    (
        "Invoice to the association please: Helsinki International Choir ry, business ID 3110572-9, reference 1232 34562."
    ),
    (
        "Contact person on site: [[P:Tsegay Gebremedhin]], [[T:+358 46 588 1270]]. Backup contact: [[P:Semhar]], "
        "[[T:+291 7 118 204]]."
    ),
    (
        "Room was great, thank you! The projector remote was missing batteries though. Keys returned to the info desk at 20:05."
    ),
    (
        "Refund to: [[I DE grouped]] (German account), holder [[P:Lukas Schneider]], for the cancelled hall booking 19 Dec."
    ),
    (
        "Hi, is parking available at Stoa? We have 3 cars: [[R:KGF\u2013802]], [[R:oua-315]] and an Estonian one, [[R:441 BMX]]. "
        "[[P:Kaarel Sepp]]"
    ),
    (
        "Booked the Maunula-talo sauna for Fri 21:00, but the system charged 30 € twice. Order numbers 88310 and 88311. "
        "Card ending 4421."
    ),
    (
        "Please refund the cancelled booking (Kontula youth centre, hall, 12 Dec) to my Ukrainian account [[I UA compact]]. Name: [[P:Mykola Tkachenko]]. I'm back in Kyiv until January."
    ),
]


# ======================================================================================== markup → JSONL

MESSAGES: list[tuple[str, str, list[str]]] = [
    ("fi", "feedback", FI_FEEDBACK),
    ("fi", "kerrokantasi", FI_KERROKANTASI),
    ("fi", "omastadi", FI_OMASTADI),
    ("fi", "booking", FI_BOOKING),
    ("sv", "feedback", SV_FEEDBACK),
    ("sv", "kerrokantasi", SV_KERROKANTASI),
    ("sv", "omastadi", SV_OMASTADI),
    ("sv", "booking", SV_BOOKING),
    ("en", "feedback", EN_FEEDBACK),
    ("en", "kerrokantasi", EN_KERROKANTASI),
    ("en", "omastadi", EN_OMASTADI),
    ("en", "booking", EN_BOOKING),
]


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Remove the markup; return the plain text and its spans (Python string offsets, long labels)."""
    plain: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        assert "[[" not in before and "]]" not in before, before
        value = m.group(2)
        assert value and value == value.strip() and "[[" not in value, repr(value)
        plain.append(before)
        length += len(before)
        spans.append({"start": length, "end": length + len(value), "label": LONG[m.group(1)]})
        plain.append(value)
        length += len(value)
        pos = m.end()
    rest = marked[pos:]
    assert "[[" not in rest and "]]" not in rest, rest
    plain.append(rest)
    return "".join(plain), spans


def records() -> list[dict[str, object]]:
    gen = Gen(random.Random(SEED))
    rows = []
    for lang, source, messages in MESSAGES:
        assert lang in ("fi", "sv", "en") and source in SOURCES
        for marked in messages:
            text, spans = parse(gen.expand(marked))
            for span in spans:
                piece = text[span["start"] : span["end"]]  # type: ignore[misc]
                assert piece == piece.strip() and piece, (piece, marked)
            rows.append({"lang": lang, "source": source, "text": text, "spans": spans})
    assert len({row["text"] for row in rows}) == len(rows), "duplicate message"
    assert all(hetu_valid(h) for h in gen.made_hetus)
    assert all(iban_valid(code) != wrong for code, wrong in gen.made_ibans)
    gen.r.shuffle(rows)
    return [{"id": f"ho4-{i:04d}", **row} for i, row in enumerate(rows, start=1)]


def main(argv: list[str]) -> None:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    rows = records()
    out = out_dir / "heldout4.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    labels: Counter[str] = Counter()
    by_lang: Counter[tuple[str, str]] = Counter()
    for row in rows:
        for span in row["spans"]:  # type: ignore[attr-defined]
            labels[span["label"]] += 1
            by_lang[(span["label"], row["lang"])] += 1  # type: ignore[index]
    print(f"wrote {out}: {len(rows)} records, {sum(labels.values())} spans")
    for lang in ("fi", "sv", "en"):
        mine = [row for row in rows if row["lang"] == lang]
        empty = sum(1 for row in mine if not row["spans"])
        print(f"  {lang}: {len(mine)} records, {empty} without personal data")
    for source in SOURCES:
        print(f"  {source}: {sum(1 for row in rows if row['source'] == source)} records")
    for label in LONG.values():
        per_lang = ", ".join(f"{lang} {by_lang[(label, lang)]}" for lang in ("fi", "sv", "en"))
        print(f"  {label}: {labels[label]} ({per_lang})")


if __name__ == "__main__":
    main(sys.argv)
