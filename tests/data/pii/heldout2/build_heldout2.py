"""Second held-out set of labelled fi/sv/en messages for the personal-data detector (issue 17).

Written by an outside helper session (branch h17-heldout2) on 2026-12-07, blind to the detectors:
the author did not open harvester/anonymise/, the tests of it, the dev set or the first held-out set,
and ran no detector or evaluation on these texts. People, e-mail addresses, phone numbers, personal
identity codes, account numbers, plates and IP addresses are invented; streets are real streets of
Helsinki, Espoo, Vantaa and Kauniainen (house numbers invented). Written for this project.

``records()`` returns ``(lang, marked_text)`` pairs; each personal-data value is marked inline as
``[[LABEL:text]]`` with LABEL in P (PERSON), E (EMAIL), T (PHONE), H (HETU), I (IBAN), R (PLATE),
A (ADDRESS), IP (IP address). ``main()`` writes heldout2.jsonl next to this file with the markup
removed and character offsets into the plain text. The team freezes this set and never tunes on it.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

LABELS = {
    "P": "PERSON",
    "E": "EMAIL",
    "T": "PHONE",
    "H": "HETU",
    "I": "IBAN",
    "R": "PLATE",
    "A": "ADDRESS",
    "IP": "IP",
}
MARK = re.compile(r"\[\[(IP|P|E|T|H|I|R|A):(.+?)\]\]", re.S)
HYPHEN = "\u2010"
MINUS = "\u2212"
NB_HYPHEN = "\u2011"
_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_BBAN_DIGITS = {"SE": 20, "DE": 18, "EE": 16, "NO": 11, "ES": 20, "PL": 24, "LT": 16, "FR": 23}


class _Gen:
    """Deterministic generators of invented codes (one seeded random source)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    # --- personal identity codes -------------------------------------------------
    def hetu_raw(self, sign: str | None = None, digit_check: bool = False) -> str:
        r = self.rng
        while True:
            s = r.choice("------YXWVUAAAABCDEF") if sign is None else sign
            if s in "-YXWVU":
                yy = r.randint(35, 99)
            elif s == "+":
                yy = r.randint(80, 99)
            else:
                yy = r.randint(0, 24)
            dd, mm, n = r.randint(1, 28), r.randint(1, 12), r.randint(2, 899)
            num = int(f"{dd:02d}{mm:02d}{yy:02d}{n:03d}")
            c = _CHECK[num % 31]
            if digit_check and not c.isdigit():
                continue
            return f"{dd:02d}{mm:02d}{yy:02d}{s}{n:03d}{c}"

    # --- IBANs -----------------------------------------------------------------------
    @staticmethod
    def _check_digits(cc: str, bban: str) -> int:
        s = bban + cc + "00"
        return 98 - int("".join(str(int(ch, 36)) for ch in s)) % 97

    def iban_valid(self, cc: str = "FI") -> str:
        n = 14 if cc == "FI" else _BBAN_DIGITS[cc]
        bban = "".join(str(self.rng.randint(0, 9)) for _ in range(n))
        return f"{cc}{self._check_digits(cc, bban):02d}{bban}"

    def iban_hand(self, cc: str = "FI") -> str:
        n = 16 if cc == "FI" else _BBAN_DIGITS[cc] + 2
        return cc + "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fmt_iban(self, iban: str, style: str) -> str:
        if style == "g4":
            out = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        elif style == "plain":
            out = iban
        elif style == "odd":
            parts, i = [], 0
            while i < len(iban):
                k = self.rng.randint(2, 6)
                parts.append(iban[i:i + k])
                i += k
            out = " ".join(parts)
        elif style == "dash":
            out = "-".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        elif style == "cc":  # country+check apart, rest run together
            out = iban[:4] + " " + iban[4:]
        else:
            raise ValueError(style)
        return out

    # --- phones ------------------------------------------------------------------------
    def phone(self, style: str | None = None) -> str:
        r = self.rng
        pre = r.choice(["40", "40", "50", "44", "45", "41", "46", "50"])
        d = "".join(str(r.randint(0, 9)) for _ in range(7))
        styles = ["intl", "nat", "nat_dash", "plain", "intl_plain", "pairs", "noplus", "paren0", "land",
                  "land_paren", "nat_3"]
        s = style or r.choice(styles)
        if s == "intl":
            return f"+358 {pre} {d[:3]} {d[3:]}"
        if s == "nat":
            return f"0{pre} {d[:3]} {d[3:]}"
        if s == "nat_dash":
            return f"0{pre}-{d}"
        if s == "plain":
            return f"0{pre}{d}"
        if s == "intl_plain":
            return f"+358{pre}{d}"
        if s == "pairs":
            return f"0{pre} {d[:2]} {d[2:4]} {d[4:6]}{d[6]}"
        if s == "noplus":
            return f"358 {pre} {d[:3]} {d[3:]}"
        if s == "paren0":
            return f"+358 (0){pre} {d}"
        if s == "land":
            return f"09 {d[:3]} {d[3:]}"
        if s == "land_paren":
            return f"(09) {d[:4]} {d[4:]}"
        if s == "nat_3":
            return f"0{pre} {d[:3]} {d[3:5]} {d[5:]}"
        raise ValueError(s)

    # --- plates ------------------------------------------------------------------------
    def plate(self, style: str | None = None) -> str:
        r = self.rng
        letters = "ABCDEFGHIJKLMNOPRSTUVXYZ"
        nl = r.choice([3, 3, 3, 3, 2])
        lt = "".join(r.choice(letters) for _ in range(nl))
        dg = str(r.randint(1, 999))
        s = style or r.choice(["up", "low", "nodash", "space", "low_nodash", "up"])
        if s == "up":
            return f"{lt}-{dg}"
        if s == "low":
            return f"{lt.lower()}-{dg}"
        if s == "nodash":
            return f"{lt}{dg}"
        if s == "space":
            return f"{lt} {dg}"
        if s == "low_nodash":
            return f"{lt.lower()}{dg}"
        if s == "low_space":
            return f"{lt.lower()} {dg}"
        if s == "cd":
            return f"CD-{r.randint(100, 9999)}"
        if s == "trailer":
            return f"{lt[:2]}-{r.randint(10, 999)}"
        raise ValueError(s)

    # --- IPs -----------------------------------------------------------------------------
    def ip(self, v6: bool = False) -> str:
        r = self.rng
        if v6:
            groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(4)]
            return "2001:" + r.choice(["14ba", "998", "67c"]) + ":" + ":".join(groups) + "::" + f"{r.randint(1, 0xFFF):x}"
        first = r.choice([62, 80, 84, 85, 88, 91, 94, 176, 193, 212, 213])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def records() -> list[tuple[str, str]]:
    g = _Gen(5505)

    def T(style: str | None = None) -> str:
        return f"[[T:{g.phone(style)}]]"

    def H(sign: str | None = None, digit: bool = False, dash: str | None = None) -> str:
        h = g.hetu_raw(sign, digit)
        if dash:
            h = h[:6] + dash + h[7:]
        return f"[[H:{h}]]"

    def I(kind: str = "v", style: str = "g4", cc: str = "FI", lower: bool = False) -> str:  # noqa: E743
        raw = g.iban_valid(cc) if kind == "v" else g.iban_hand(cc)
        out = g.fmt_iban(raw, style)
        return f"[[I:{out.lower() if lower else out}]]"

    def R(style: str | None = None) -> str:
        return f"[[R:{g.plate(style)}]]"

    def IP(v6: bool = False) -> str:
        return f"[[IP:{g.ip(v6)}]]"

    recs: list[tuple[str, str]] = []
    recs += _finnish(T, H, I, R, IP)
    recs += _swedish(T, H, I, R, IP)
    recs += _english(T, H, I, R, IP)
    return recs


def _finnish(T, H, I, R, IP) -> list[tuple[str, str]]:  # noqa: E741
    f = "fi"
    return [
        # --- Open311 feedback -------------------------------------------------------------
        (f, f"Hei, auto {R('low')} seisoo taas pyörätiellä meidän talon edessä, [[A:Sturenkatu 27a]], 00510 Helsinki. "
            "Kolmas kerta tällä viikolla. Voisiko joku käydä katsomassa?"),
        (f, "Kaarelantiellä on ollut katuvalo rikki jo kaksi viikkoa, pylväs on suunnilleen "
            "bussipysäkin kohdalla. Pimeää kun koululaiset kulkevat aamulla."),
        (f, f"Hyvä kaupunki\n\nnaapurin rekkari {R('low_nodash')} on ollut parkissa nurmikolla koko kesän, "
            f"osoite [[A:Kaarelantiellä 7]] pihan puolella.\n\nterv. [[P:Jarmo Kinnunen]] {T('nat')}"),
        (f, "Roskis on täynnä Sibeliuksen puistossa, lokit levittää roskat pitkin nurmea. tyhjennys "
            "kerran viikossa ei riitä kesällä."),
        (f, f"Lumiaura kaatoi meidän aidan. Asun osoitteessa [[A:Kontulankaari 12 B 9]]. Voitteko korvata? "
            f"Tilinumero {I('h', 'g4')}.\n\nYst. terv. [[P:Raija Nieminen]]"),
        (f, "katu on liukas! Vaasankadulla joku kaatui eilen ja ambulanssi joutui tulemaan. hiekkaa kiitos."),
        (f, f"Pihallemme ajaa joka yö pakettiauto {R('up')}, moottori käy tyhjäkäynnillä tunnin. "
            f"[[A:Porvoonkatu 41 as. 22]]. t. [[P:Minna H.]]"),
        (f, "Hesperian puiston leikkipaikan keinu on rikki, ketju roikkuu. Lapset käyttävät sitä silti, vaarallista."),
        (f, f"Soittakaa minulle niin kerron tarkemmin: {T('pairs')} / [[P:Abdirahman Warsame]]"),
        (f, f"Ilmoitan romuautosta. Rek.nro {R('space')}, sininen farmari, seissyt [[A:Vesalantie 18]] "
            "kohdalla kadunvarressa ainakin kuukauden ilman kilpiä takana."),
        (f, "Toivo on, että Kallion kirjaston edessä oleva penkki korjataan ennen kesää."),
        (f, "Hei! Olen [[P:Hodan Abdi]] ja asun [[A:Kivikonkaari 3 C 41]]. Meidän rapun edessä on ollut "
            "rikottu lasi jo viikon. Lapset leikkii siinä. Kiitos"),
        (f, "[[P:Nguyen Thi Lan]] soitti minulle ja pyysi ilmoittamaan: hänen kauppansa edessä [[A:Kauppakartanonkatu 7]] "
            "kuorma-autot lastaavat jalkakäytävällä aamuisin."),
        (f, "Bussi 55 ei pysähtynyt pysäkillä Koskelantie 13.40, kuljettaja ajoi ohi vaikka viittasin."),
        (f, f"moi, mun naapuri [[P:Jukka-Pekka]] sano et teiltä voi pyytää hiekkalaatikkoon uutta hiekkaa? "
            f"osoite on [[A:Mäkelänkatu 56 b 12]]. mun numero {T('plain')}"),
        (f, f"Pysäköinninvalvonta: auto {R('nodash')} on pysäköity invapaikalle ilman tunnusta, "
            "Kalasataman Redin parkkihallissa taso 2. Kello 18.10."),
        (f, "Palautteen jätti: [[P:Ritva Hämäläinen]]\nSähköposti: [[E:ritva.hamalainen@luukku.com]]\n"
            "Aihe: katujen kunnossapito\nViesti: Itäkadun ja Turunlinnantien risteyksessä iso kuoppa."),
        (f, f"Meidän pihalla ([[A:Siilitie 9 A 3]]) puu kaatui myrskyssä ja tukkii kulkutien. "
            f"Isännöitsijä [[P:Kalevi Laaksonen]] ei vastaa, numero {T('nat_dash')}"),
        (f, "Lumi on auraamatta Malmin asemalta Kirkonkyläntielle asti. Rollaattorilla ei pääse."),
        (f, "Haluaisin kiittää [[P:Merviä]] asiakaspalvelusta, hän auttoi tosi nopeasti kun soitin vesivahingosta."),
        (f, "KIITOS [[P:TIMO KOSKINEN]] JA KOKO TYÖMAAPORUKKA, [[A:Roihuvuorentie 30]] EDUSTAN KORJAUS ON TOSI HIENO!!"),
        (f, "Naapurin koira haukkuu yöt läpeensä, omistaja [[P:Korhonen]] ei välitä. [[A:Kettutie 4 B 15]]."),
        (f, f"Tässä vielä kuva linkkinä. Lähetin lomakkeen kaksi kertaa, ensimmäisellä kerralla tuli virhe "
            f"(IP-osoitteeni oli {IP()} jos siitä on apua)."),
        (f, "Pyöräkaista Hämeentiellä on tukossa, jakeluautoja joka päivä klo 7–9. Kaupunkipyöräasema 101 myös täynnä."),
        (f, f"Liitteenä kuitti. Laskun maksaja [[P:Svetlana Ivanova]], hetu {H()}, tili {I('v', 'plain')}."),
        (f, "Olen [[P:Oksana Kovalenko]]. Asun [[A:Vuotie 45 as 67]] ja hissi on rikki jo 3 viikkoa. "
            "Isännöitsijä sanoo että kaupungin asia. Onko?"),
        (f, f"Hei, [[P:Pirjo-Liisa Korhonen]] tässä. Kadunvarsipaikalla [[A:Pohjoinen Rautatiekatu 21]] "
            f"edessä on seissyt sama kuorma-auto {R('low_space')} viisi päivää."),
        (f, f"Kiitos nopeasta reagoinnista!\n\n-- \n[[P:Helmi Saari]]\n{T('intl')}"),
        (f, "Onni oli matkassa, kukaan ei loukkaantunut kun oksa putosi Esplanadin puistossa."),
        (f, f"Tuli lasku pysäköintivirheestä vaikka auto {R('up')} oli omalla paikallani. Vaadin oikaisua. "
            f"Palautus tilille {I('h', 'g4')}\nt. [[P:Ahmed Hussein]]"),
        (f, "asun [[A:Meri-Rastilan tie 8 D 47]], pihalla on hylätty polkupyörä ollut vuoden."),
        (f, "Kerrostalon pihalla Tapulikaupungintiellä poltetaan roskia tynnyrissä. Savu tulee sisään."),
        (f, "Lapseni [[P:Veeti]] (8v) kaatui koulumatkalla [[A:Latokartanontie 15]] kohdalla kun kansi oli auki. "
            "Olkaa yhteydessä: [[E:sanna.makela82@gmail.com]]"),
        (f, "Pyydän että [[P:Sannalle]] ilmoitetaan kun asia on käsitelty, hänen sähköposti on "
            "[[E:s.lindholm@kolumbus.fi]]."),
        (f, "Palaute koskee asiaa HEL 2025-014523. En ole saanut vastausta kuukauteen."),
        (f, f"Jätin viestin [[P:Ollille]] mutta hän ei soittanut takaisin. Hänen numeronsa oli {T('nat')}."),
        (f, f"Autosta {R('low')} valuu öljyä kadulle [[A:Otavantie 10]] edessä. Lätäkkö kasvaa päivittäin."),
        (f, "Armas aika, kuinka kauan Aleksanterinkadun remontti vielä kestää?"),
        (f, f"Minulle voi vastata myös tekstiviestillä {T('noplus')}. [[P:Dilan Ahmadi]]"),
        (f, "Hei\nOlemme [[P:Mikko]] ja [[P:Tiina Rantanen]], [[A:Laukkarinne 4 C 18]], Vantaa.\n"
            "Meidän kadulla ajetaan ylinopeutta, toivomme hidastetöyssyä."),
        (f, "tuuli kaatoi liikennemerkin Helsinginkadun ja Fleminginkadun kulmassa"),
        (f, "Kiitos [[P:Jussi]] ja [[P:Ari]] jotka kävitte korjaamassa suihkulähteen. Nyt toimii!"),
        (f, "[[P:Faadumo Hassanille]] kuuluva polkupyörä varastettiin [[A:Kontulantie 14]] pyörätelineestä. "
            "Kameratallenteet?"),
        (f, f"Ilmoittaja: [[P:Mäkinen]], [[P:Kari]]\nPuh: {T('land')}\nOsoite: [[A:Kannelmäentie 6 A 2]]\n"
            "Kuvaus: Roskia puistossa."),
        (f, "Koiraparkissa ei ole vettä ollenkaan. Kallahden koirapuisto, portin vieressä."),
        (f, "Jalkakäytävä [[A:Agricolankatu 9]] kohdalla on täynnä sähköpotkulautoja. Viime yönä "
            "niitä oli kymmenen."),
        (f, "terve, [[P:toni]] täs. Meidän pihaan [[A:kolmas linja 17]] on dumpattu sohva. hakekaa pois"),
        (f, "Autolla [[R:XYZ-123]] ajetaan joka ilta puiston läpi. Puisto on [[A:Munkkiniemen puistotie 25]] takana."),
        # --- Kerrokantasi comments --------------------------------------------------------
        (f, "Vastustan Malmin lentokentän alueen rakentamista tässä laajuudessa. Viheralueita tarvitaan."),
        (f, "Hyvä suunnitelma, mutta pyöräpysäköintiä pitäisi olla enemmän asemien lähellä. "
            "Tikkurilan asemalla telineet ovat aina täynnä."),
        (f, "Asun [[A:Kantelettarentie 11]] ja meille tämä uusi raitiotie tarkoittaa, että puut kaadetaan "
            "ikkunan edestä. Vastustan."),
        (f, "Kommentoin naapurini [[P:Aila Virtasen]] puolesta, hänellä ei ole tietokonetta. Hän vastustaa "
            "pysäkin siirtämistä, koska hän kävelee rollaattorilla."),
        (f, "Nimiehdotus uudelle puistolle: Lumikin puisto. Lumikki on lasten lempisatu."),
        (f, "Liikennesuunnitelma ei huomioi, että [[A:Paloheinäntie 20]] edessä on koulun saattoliikenne. "
            "– [[P:Esa Lehtinen]], vanhempainyhdistys"),
        (f, "@[[P:Ville Harju]] olen samaa mieltä, Mellunmäentien liikenne on jo nyt liikaa."),
        (f, "Vastaus käyttäjälle [[P:marjatta_s]]: ei, suunnitelmaan ei kuulu uutta parkkitaloa."),
        (f, "Tämä kaavamuutos heikentää Töölönlahden maisemaa. Finlandia-talon ympäristö pitää suojella."),
        (f, "Olen asunut [[A:Koivukylän puistotie 14 C 33]] vuodesta 1987 ja vastustan metsän kaatamista. "
            "[[P:Eila Salonen]]"),
        (f, "Kannatan ehdotusta, mutta kuka maksaa? Kaupungin budjetti on jo tiukka. Päätös 2024 § 312 ei "
            "mainitse rahoitusta."),
        (f, "Usko tai älä, mutta Hakaniemen torin uusi päällyste on jo halkeillut."),
        (f, "Kerrokantasi-kommentti, kirjoittaja [[P:Reza Karimi]]: Vuosaaren metroaseman ympäristöön "
            "tarvitaan lisää valoa."),
        (f, "[[P:Jaanan]] kanssa keräsimme taloyhtiössä 45 nimeä vetoomukseen. Talo on [[A:Hiihtäjäntie 6]]."),
        (f, "Pitäjänmäen teollisuusalueen muuttaminen asunnoiksi on järkevää, Pitäjänmäentien varressa on tilaa."),
        (f, "Kiitos arkkitehti [[P:Laineelle]] esittelystä asukastilaisuudessa, hyvin selitetty."),
        (f, "Mielestäni Mannerheimintien pyöräkaistat ovat onnistuneet. Lisää samaa Hämeentielle."),
        (f, "En halua tornitaloa pihamme eteen. Asumme [[A:Isokaari 16 A 8]]. Terveisin perhe "
            "[[P:Wiśniewski]]"),
        # --- OmaStadi proposals -----------------------------------------------------------
        (f, "Ehdotus: Kontulan ostarille lisää penkkejä ja istutuksia. Kustannusarvio noin 40 000 €."),
        (f, f"Ehdottaja: [[P:Sushma Thapa]]\nKuntoiluvälineitä Myllypuron liikuntapuistoon. Yhteyshenkilö "
            f"[[P:Bikash Gurung]], {T('nat_3')}."),
        (f, "Ehdotamme skeittiparkkia Kannelmäkeen. Ideoijat: [[P:Eetu]], [[P:Aleksi]] ja [[P:Yasmin]] (9C, "
            "Kannelmäen peruskoulu)."),
        (f, "Valaistus Keskuspuiston ulkoilureitille välillä Paloheinä–Pirkkola. Nyt pimeää jo klo 16."),
        (f, "Lisätietoja ehdotuksesta antaa [[P:Chinedu Okafor]], [[E:chinedu.okafor@outlook.com]]."),
        (f, f"Ideani on yhteisöpuutarha Malmille. Jos kiinnostaa, laittakaa viestiä [[P:Ngozille]] "
            f"{T('nat')} tai tulkaa käymään [[A:Ala-Malmin puistotie 8]]."),
        (f, "OmaStadi-ehdotus: Lasten liikennepuisto Herttoniemeen. Kaupunginosa: Kaakkoinen suurpiiri."),
        (f, "Ehdotuksen tekijä [[P:Arben Krasniqi]] ja [[P:Drita Berisha]], Mellunkylän asukasyhdistys."),
        (f, "Tässä vielä budjetti: materiaalit 12 000 €, työ 20 000 €. Vastuuhenkilö [[P:Juha-Matti Peltonen]]."),
        (f, "Koirapuisto Lauttasaareen, Myllykallion lähelle. Nykyinen on liian pieni."),
        (f, "Kiitos kaikille ääniä antaneille! t. [[P:Sirkka]] ja [[P:Pentti]] Maunulasta"),
        (f, f"Haluan muuttaa ehdotukseni otsikkoa, mutta en pääse kirjautumaan. Tunnukseni on "
            f"[[E:kaisa.tanskanen@welho.com]], kirjautuminen antaa virheen osoitteesta {IP()}."),
        # --- Booking notes (Varaamo / Respa) ----------------------------------------------
        (f, "Varaus: Kokoushuone Tilkka, 14.3. klo 17–19, 12 hlöä. Kahvitus omasta takaa."),
        (f, f"Varaaja [[P:Leena Aaltonen]], puh. {T('intl_plain')}. Laskutusosoite [[A:Tekniikantie 14]], "
            "02150 Espoo."),
        (f, "Lasku: [[P:Heikki Rautio]], [[A:Korsontie 19 A 6]], 01450 Vantaa. Y-tunnusta ei ole."),
        (f, f"Saunavuoro perjantaisin. Avaimen hakee [[P:Pham Thu Trang]]. Hetu laskutusta varten {H(digit=True)}"),
        (f, f"Juhlat 40 hengelle, [[P:Emre Yılmazin]] syntymäpäivät. Tulemme autolla {R('low')}, saako pihaan?"),
        (f, f"Huom! Varaaja maksaa ennakkoon tilille {I('v', 'odd')}. Yhteyshenkilö [[P:Anja]]."),
        (f, f"Bändiharjoitukset, vastuuhenkilö [[P:Kimmo]] ({T('nat')}), soittimet tuodaan pakettiautolla "
            f"{R('nodash')}."),
        (f, "Kerhohuone lauantaisin 10–14, vuosivaraus. Sopimusnumero 2024-00871."),
        (f, "Nuorisotalon sali, tanssiharjoitukset. Ohjaaja [[P:Camila Rojas]] [[E:camila.rojas.dance@gmail.com]]"),
        (f, "Yhdistyksen kokous. Laskut [[P:Marja-Leena Heinoselle]], [[A:Leppävaarankatu 3–9]], Espoo."),
        (f, "avaimet jätetty [[A:Ulappakatu 1]] vahtimestarille, kiitos [[P:Petri]]!"),
        (f, f"Varauksen tekijä: [[P:Wang Lei]]\nSähköposti: [[E:wanglei1988@qq.com]]\n"
            f"Puhelin: {T('intl')}\nLisätiedot: tarvitsemme projektorin"),
        # --- Staff replies ----------------------------------------------------------------
        (f, "Hei,\n\nkiitos palautteestasi. Asia on välitetty katujen kunnossapidosta vastaavalle urakoitsijalle.\n\n"
            "Ystävällisin terveisin\n[[P:Mervi Lehtinen]]\nasiakaspalvelu\nKaupunkiympäristön toimiala"),
        (f, "Kiitos palautteesta. Pysäköinninvalvonta on käynyt paikalla ja antanut pysäköintivirhemaksun."),
        (f, "Hyvä [[P:Jarmo Kinnunen]],\n\nolemme tarkastaneet ilmoittamanne auton ja se siirretään "
            "siirtokehotuksen jälkeen.\n\nt. [[P:Tero Ahonen]], pysäköinninvalvonta"),
        (f, "Vastaus: Hei [[P:Hodan]], korjaus on tilattu. Lasinsirut siivotaan huomenna aamupäivällä. "
            "Terv. [[P:Olli P.]]"),
        (f, f"Kiitos yhteydenotosta. Vahingonkorvausasiat käsittelee [[P:Anne Kivelä]], [[E:anne.kivela@hel.fi]], "
            f"{T('land')}."),
        (f, "Viestisi on vastaanotettu. Vastaamme arkisin 8–16. Tämä on automaattinen viesti."),
        (f, "Hei,\nasiaa hoitaa nyt rakennuttajainsinööri [[P:S. Nurmi]]. Hän on yhteydessä teihin ensi viikolla.\n"
            "Ystävällisesti, kaupunkiympäristön asiakaspalvelu"),
        (f, f"Hei [[P:Raija]],\nvahingonkorvausvaatimus on vastaanotettu (asianumero HEL 2025-009812). "
            f"Korvaus maksetaan ilmoittamallenne tilille {I('v', 'g4')}.\n[[P:Markku Salo]], korvauskäsittelijä"),
        (f, "Palautteesi on siirretty HSL:lle, koska se koskee joukkoliikennettä."),
        (f, "Kiitos [[P:Oksana]], hissiasiassa kyse on taloyhtiön vastuusta. Ohjaamme ottamaan yhteyttä isännöitsijään."),
        # --- harder / mixed ---------------------------------------------------------------
        (f, f"Mun henkkarit löyty [[A:Tikkuraitti 11]] roskiksesta: nimi [[P:Mat\u200bti Vir\u200btanen]], "
            f"hetu {H(dash=HYPHEN)}."),
        (f, "Sähköposti: [[E:\uff4d\uff41\uff54\uff54\uff49\uff20\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45\uff0e\uff46\uff49]]"
            " – tähän voi vastata, puh [[T:040\u200b6617352]]"),
        (f, f"tilinro {I('h', 'plain', lower=True)} saaja [[P:Piret Kask]]"),
        (f, f"Korvaus: [[P:Kadri Tamm]], Viron tili {I('v', 'g4', cc='EE')}"),
        (f, "Pyörä varastettiin [[A:Myyrmäenraitti 2]] edestä. Pyörän runkonumero WTU123456. Omistaja [[P:Tõnu Mägi]]."),
        (f, "Isä [[P:Yousef Al-Khatib]] ja äiti [[P:Rania]] pyytävät koulukuljetusta pojalle [[P:Omarille]], "
            "osoite [[A:Jakomäentie 4 B 25]]."),
        (f, "Alvar Aallon kadulla on tietyö koko syksyn. Kiertotie on huonosti merkitty."),
        (f, "Tove Janssonin puiston nurmikko on pelkkää mutaa, korjatkaa ennen kesää."),
        (f, "Aleksis Kiven kadun ja Sturenkadun risteyksen valot toimivat väärin. Tapahtui 3.2. klo 7.45."),
        (f, "Runebergin patsaan ympäristö Esplanadilla on siistitty hienosti, kiitos!"),
        (f, "Viereisen talon [[A:Aleksis Kiven katu 52]] piha-alue on täynnä rakennusjätettä."),
        (f, f"Naapurin [[P:Hannun]] auto ({R('low')}) seisoo joka päivä jalkakäytävällä. [[A:Kirsikkatie 8]]."),
        (f, f"huom. Rekisterinumero: {R('low_nodash')}, merkki Toyota, väri harmaa. Sijainti Linnanrakentajantie."),
        (f, "Hei! Minä olen [[P:Parisa Rezaei]]. Minun lapsi [[P:Niloufar]] käy päiväkotia [[A:Kajaaninlinnantie 8]]. "
            "Pihalla on lasi. Kiitos."),
        (f, "Kiitos hienosta Helsinki-päivästä! Esplanadin lava ja Kaivopuisto olivat täynnä ihmisiä."),
        (f, f"Hakemus jätetty 12.4.2025. Tarkistakaa vielä: henkilötunnus {H('-')}, nimi [[P:Aune Kettunen]]."),
        (f, f"Saatteeksi: allekirjoittanut [[P:J-P Saarinen]], [[A:Gyldénintie 4 as 2]], 00200 Helsinki, {T('nat_dash')}"),
        (f, "00530 Helsinki, Sörnäinen. Tarkempaa osoitetta en tiedä, lähellä metroasemaa."),
        (f, "Ilmoitan että [[P:Li Mei]] ja [[P:Zhang Wei]] muuttivat pois asunnosta [[A:Siltavoudintie 9 A 14]]; "
            "postia tulee vielä."),
        (f, "Linja 7 raitiovaunu myöhästyy joka aamu Töölön hallin kohdalla 5–10 minuuttia."),
        (f, "Jätin palautteen jo viime viikolla ([[E:pekka.aho@elisanet.fi]]), ei vastausta."),
        (f, f"Autoni {R('up')} hinattiin [[A:Tehtaankatu 12]] edestä, vaikka merkkiä ei ollut. Pyydän hinauskulujen "
            f"palautusta tilille {I('h', 'odd')}."),
        (f, "Kerrostalon ovikoodi ei toimi, asun [[A:Kurkimäentie 15 F 92]]. Vuokranantaja ei vastaa."),
        (f, "Hyvä että Stadin Ammattiopisto on mukana. HSL:n ja Helenin yhteistyö on tärkeää."),
        (f, "toivon että tämä viesti menee perille. [[P:VIRPI]]"),
        (f, "Lähettäjä: [[P:Somchai Saetang]] <[[E:somchai.s@hotmail.com]]>\nAihe: ravintolan edessä roskia\n"
            "Ravintola on [[A:Kalevankatu 31]]."),
        (f, "Pihan puut kaadettiin luvatta [[A:Espoonkatu 10]]. Mielestäni tämä on vastoin kaavaa. "
            "[[P:Marjut Ylönen]], Espoon keskus"),
        (f, "Kauniaisten asemalla ei ole pyöräkatosta. Siksi pyöriä on pitkin Kauniaistentietä."),
        (f, "Asun [[A:Kauniaistentie 7 B]], Kauniainen. Tunnelitien valot ovat olleet rikki."),
        (f, "Tiistaina 14.10. klo 9.30 Kamppi–Ruoholahti metroväli suljettiin, vaikka ilmoitusta ei tullut."),
        (f, f"Matkakorttihakemus: opiskelija [[P:Iida Mustonen]], henkilötunnus {H('A')}, yhteyshenkilö [[P:Sami Mustonen]] "
            f"{T('nat')}. Osoite [[A:Abraham Wetterin tie 12 B 34]]."),
        (f, f"Kirjautuminen OmaStadiin ei onnistu, virhe: Access denied for {IP()}. Kokeilin myös puhelimella "
            f"(osoite {IP()}). t. [[P:Reijo]]"),
        (f, f"Rahat voi laittaa [[P:Sari Koivistolle]], tili {I('h', 'odd', lower=True)} kiitos"),
        (f, "Puhuin jo [[P:Hämäläisen]] kanssa, mutta [[P:Anttiin]] ei saa yhteyttä. [[P:Leenalta]] kysyin "
            "avaimista ja hän sanoi, että ne ovat [[P:Tuomaksella]]."),
        (f, f"Laskutus: [[P:Nguyenin]] perhe, [[A:Vanha Porvoontie 40]], Vantaa. "
            f"Maksu tilille {I('v', 'plain')}"),
        (f, "Iso Roobertinkatu on kävelykatu, mutta [[A:Pieni Roobertinkatu 5]] edessä ajetaan kovaa. "
            "Asun itse [[A:Hietalahdenranta 13 A 2]]."),
        (f, "Tekstin kirjoitti [[P:Shirin Mahmoudi]] ja käänsi [[P:Rebwar]]. Kysymykset: [[E:shirin.mahmoudi@gmail.com]]"),
        (f, f"Tässä pyydetyt tiedot: [[P:Eino Räsänen]], {H('-')}, {T('noplus')}, [[A:Pakilantie 61]]"),
        (f, "Viikinkaaren pyörätie on täynnä lehtiä ja liukas. Asun [[A:Viikinkaari 9 B 31]], joten kuljen siitä "
            "joka päivä.\nt. [[P:Annikki]]"),
        (f, f"Taloyhtiön vieraspaikalla [[A:Kaivokselantie 5 D 40]] seisoo pakettiauto, rekkari {R('low_space')}, "
            "kuukauden ajan. Vantaan pysäköinninvalvonta?"),
        (f, f"Ehdotuksen yhteyshenkilö [[P:Aleksandr Petrov]], {T('intl')}, Myllypuron kerho."),
        (f, "Kiitos viestistä. Olemme välittäneet asian puistonhoitoon.\n\nTerveisin [[P:Kaisa]]\n"
            "Kaupunkiympäristön asiakaspalvelu"),
        (f, "Olen [[P:Kertun]] kanssa samaa mieltä, ja [[P:Heikkilä]] yllä on myös oikeassa: kaavaa pitää muuttaa."),
        (f, "Varaaja [[P:Lin Xiaoyu]] ([[E:lin.xiaoyu@aalto.fi]]), laskutusosoite [[A:Itätuulenkuja 3 A 9]], Espoo."),
        (f, f"[[P:SEPPO NIEMINEN]] {H('Y')} PYYTÄÄ KORVAUSTA RENKAASTA. KUOPPA OLI PUKINMÄENKAAREN KOHDALLA."),
        (f, f"tilinro {I('v', 'odd')} [[P:Aada]] / [[A:Pukinmäenkaari 4 as. 8]]"),
    ]


def _swedish(T, H, I, R, IP) -> list[tuple[str, str]]:  # noqa: E741
    s = "sv"
    return [
        # --- Open311 feedback -------------------------------------------------------------
        (s, f"Hej! Bilen med reg.nr {R('low')} står igen på cykelbanan utanför [[A:Båtsmansgatan 3 B 12]]. "
            "Det är fjärde gången den här månaden."),
        (s, "Gatlyktan på Tavastvägen vid busshållplatsen har varit trasig i två veckor."),
        (s, f"Vår granne [[P:Björn Lindqvist]] bad mig skriva: snöplogen har förstört hans staket på "
            f"[[A:Drumsövägen 14]]. Ni kan ringa honom på {T('nat')}."),
        (s, "Sandlådan i Brunnsparken är full av glassplitter. Barnen leker där varje dag."),
        (s, "Med vänlig hälsning\n[[P:Ulla-Britt Sjöberg]]\n[[A:Runebergsgatan 45 A 7]]\n00260 Helsingfors"),
        (s, f"Bil {R('nodash')} har stått parkerad på gräsmattan i Kottby i tre veckor utan skyltar bak."),
        (s, "Jag bor på [[A:Stora Robertsgatan 28 lgh 5]] och grannens hund skäller hela nätterna. "
            "Hälsningar [[P:Gunnel]]"),
        (s, "Hej,\nvi är [[P:Mats]] och [[P:Linnea Ekholm]], vi bor på [[A:Tölögatan 17]]. Trottoaren är "
            "spegelblank, kan ni sanda?"),
        (s, f"Reg.nr: {R('up')}\nPlats: Norra Järnvägsgatan, vid Glaspalatset\nTid: 14.2 kl. 16.30"),
        (s, f"Kontakta mig gärna per e-post: [[E:henrik.gronroos@gmail.com]] eller {T('intl')}. /[[P:Henrik]]"),
        (s, "Spårvagn 3 kör inte enligt tidtabellen, igår väntade jag 25 minuter vid Olympiaterminalen."),
        (s, f"Registreringsnummer {R('low_space')}, en vit skåpbil, blockerar infarten till "
            f"[[A:Fabriksgatan 19]] varje morgon."),
        (s, "Jag vill tacka [[P:Christoffer]] på kundtjänsten som hjälpte mig så snabbt!"),
        (s, f"Skadeståndsanspråk: [[P:Pia Forsman]], personbeteckning {H()}, konto {I('v', 'g4')}."),
        (s, "mvh [[P:fredrik åkerlund]]"),
        (s, "Lekparken i Tölöviken behöver nya gungor, de gamla är rostiga."),
        (s, f"Cykeln stals från ställningen vid [[A:Sätersgatan 5]] i Alberga. Ägare [[P:Ebba Nyberg]], "
            f"tel. {T('pairs')}."),
        (s, "Min dotter [[P:Alva]] halkade vid övergångsstället på [[A:Villagatan 4]]. Det var ingen sand alls."),
        (s, f"Anmälare: [[P:Omar Saleh]]\nE-post: [[E:omar.saleh@outlook.com]]\nTelefon: {T('noplus')}"),
        (s, f"Bilen {R('low_nodash')} läcker olja utanför [[A:Kaptensgatan 8]]. Pölen växer."),
        # --- Kerrokantasi comments --------------------------------------------------------
        (s, "Jag motsätter mig planen att bygga i Centralparken. Grönområden behövs."),
        (s, "Som boende på [[A:Munksnäs allé 18 C 22]] anser jag att spårvägen gör mer nytta än skada."),
        (s, "Bra förslag! Men cykelparkering vid Dickursby station behövs också."),
        (s, "Svar till [[P:Anders W.]]: nej, planen omfattar inte något nytt parkeringshus."),
        (s, "Jag skriver för min mormors räkning, [[P:Ingrid Holmberg]], hon har ingen dator. "
            "Hon vill att hållplatsen blir kvar."),
        (s, "Planändringen förstör utsikten mot Tölöviken. Finlandiahusets omgivning måste skyddas."),
        (s, "Jag har bott på [[A:Gräsviksgatan 12]] sedan 1979 och har aldrig sett så mycket trafik. "
            "[[P:Kurt Sundström]]"),
        (s, "Håller med [[P:Lottas]] kommentar ovan, Kronohagen behöver fler träd."),
        (s, "Esplanaden, Senatstorget och Salutorget borde vara bilfria på sommaren."),
        # --- OmaStadi proposals -----------------------------------------------------------
        (s, "Förslag: utegym vid Nordsjö strand. Kostnad ungefär 50 000 euro."),
        (s, "Förslagsställare: [[P:Maria Westerlund]] och [[P:Tiina Lehto]], Brändö. Kontakt "
            "[[E:brando.gardsgrupp@gmail.com]]"),
        (s, "Vi föreslår en hundpark i Drumsö. Idé av [[P:Jonatan]], [[P:Elias]] och [[P:Selma]] (åk 6)."),
        (s, "Belysning längs strandpromenaden i Hertonäs gård. Nu är det mörkt redan kl. 16."),
        (s, f"Mer info om förslaget ger [[P:Aarav Sharma]], {T('nat_dash')}."),
        # --- Booking notes ----------------------------------------------------------------
        (s, f"Bokare [[P:Johanna Lindroos]], tfn {T('intl_plain')}. Fakturaadress [[A:Kalevagatan 36]], "
            "00180 Helsingfors."),
        (s, "Bokning: mötesrum Fyren, 3.4 kl. 18–20, 8 personer. Ingen servering."),
        (s, f"Bastun fredagar. Nyckeln hämtas av [[P:Rasmus]]. Betalning till kontonummer {I('h', 'plain')}."),
        (s, "Körövning, ansvarig [[P:Margareta Blomqvist]] ([[E:m.blomqvist@kolumbus.fi]]). Vi kommer med "
            "buss, inte bil."),
        (s, "Faktura: [[P:Erik Nyholm]], [[A:Köpmansvägen 4 bst 7]], 02100 Esbo."),
        (s, "Nycklarna lämnade till vaktmästaren på [[A:Stationsvägen 12]] i Grankulla, tack [[P:Kaj]]!"),
        # --- Staff replies ----------------------------------------------------------------
        (s, "Hej,\n\ntack för din respons. Ärendet har skickats till entreprenören.\n\nMed vänlig hälsning\n"
            "[[P:Camilla Strandberg]]\nKundtjänst, Stadsmiljösektorn"),
        (s, "Tack för responsen. Parkeringsövervakningen har besökt platsen och gett en felparkeringsavgift."),
        (s, "Hej [[P:Gunnel]], ärendet har nu överförts till HRM. Hälsningar [[P:Nina K.]]"),
        (s, "Ditt meddelande har tagits emot. Vi svarar vardagar 8–16. Detta är ett automatiskt meddelande."),
        (s, "Skadeståndsärendet (HEL 2025-011204) handläggs av [[P:Leif Hagström]], [[E:leif.hagstrom@hel.fi]]."),
        # --- harder / mixed ---------------------------------------------------------------
        (s, f"Samma reg.nr {R('low')} som förra veckan. Bilen står på [[A:Tavastvägen 58]]."),
        (s, "Topeliusparken och Runebergs staty på Esplanaden är fina men nedklottrade."),
        (s, "Lilla Robertsgatan saknar papperskorgar. Jag bor själv på [[A:Lilla Robertsgatan 7 b 3]]."),
        (s, f"[[P:Dmitri Smirnovs]] bil ({R('space')}) står på gården på [[A:Skepparegatan 9]]."),
        (s, f"Personnummer: {H(dash=MINUS)} ([[P:Lars-Erik Holm]]), tel {T('land_paren')}."),
        (s, "Tack för en fin Helsingforsdag! Kajsaniemi och Brunnsparken var fulla av folk."),
        (s, f"Kontonummer {I('v', 'odd', cc='SE')}, svenskt konto, mottagare [[P:Sofia Bergqvist]]."),
        (s, f"Personbeteckning {H('-', digit=True)}, [[P:Astrid Lindholm]], konto {I('h', 'g4')}. Tack!"),
        (s, f"Sidan ger fel 403 för min IP {IP()}, jag kan inte lämna respons. /[[P:Jesper]]"),
        (s, "Hej, jag heter [[P:Nadia Karlsson]] och bor på [[A:Hagnäskajen 9 A 12]]. Hissen är trasig igen."),
    ]


def _english(T, H, I, R, IP) -> list[tuple[str, str]]:  # noqa: E741
    e = "en"
    return [
        # --- Open311 feedback -------------------------------------------------------------
        (e, f"Hi, a car with plate {R('low')} has been parked on the bike lane outside [[A:Fleminginkatu 23 B 9]] "
            "for three days now. Could someone check?"),
        (e, "The street light on Mechelininkatu near the tram stop has been out for two weeks."),
        (e, f"My neighbour [[P:Aisha Mohamed]] asked me to report this: the snow plough broke the fence at "
            f"[[A:Vuosaarentie 7]]. You can reach her on {T('intl')}."),
        (e, "Will the city fix the potholes on Hämeentie before winter? My bike tyre burst twice."),
        (e, f"Kind regards,\n[[P:Priya Venkataraman]]\n[[A:Lapinlahdenkatu 12 A 4]]\n00180 Helsinki\n{T('nat')}"),
        (e, f"There's an abandoned van ({R('space')}) on Kauppakartanonkatu, no plates at the back, been there "
            "a month."),
        (e, "Please mark the icy patch at the Kamppi metro entrance, two people slipped this morning."),
        (e, "Hello! I'm [[P:Diego Fernández]] and I live at [[A:Pursimiehenkatu 26 C 31]]. The building next "
            "door is being renovated and the noise starts at 6 am, even on Sundays."),
        (e, f"Car {R('low_nodash')} blocks the entrance to our yard every morning, [[A:Porkkalankatu 13]]."),
        (e, "Thanks a lot to [[P:Jenni]] from customer service, super helpful!"),
        (e, f"Reporter: [[P:Tran Van Minh]]\nEmail: [[E:tranvanminh.hki@gmail.com]]\nPhone: {T('plain')}\n"
            "Issue: broken glass at the playground in Kallio."),
        (e, "Grace period for parking at Itäkeskus is too short, 10 minutes is not enough with kids."),
        (e, "my daughter [[P:Sofia]] fell on the crossing at [[A:Töölönkatu 51]] because there was no sand. "
            "she is ok but please do something"),
        (e, "I'm reporting on behalf of [[P:Olga Kuznetsova]] who lives at [[A:Vaskivuorentie 10 A 6]], Vantaa. She can't use the stairs and the lift is broken."),
        (e, "Tram 9 skipped the Pasila stop twice this week. Is there a diversion I don't know about?"),
        (e, "The bins at [[A:Itämerenkatu 5]] have not been emptied for two weeks. Smells terrible."),
        (e, f"Registration number {R('up')}, grey Volvo, parks on the pavement on Iso Roobertinkatu every night."),
        (e, f"Hey, this is [[P:Tunde Balogun]]. Someone dumped a fridge next to our building, "
            f"[[A:Meripuistotie 3 B 22]]. Can you pick it up? Call me {T('noplus')}"),
        (e, "Mark my words, the new traffic lights on Mannerheimintie will cause queues every morning."),
        (e, "I sent this feedback already last week from [[E:j.okonkwo@yahoo.com]], no reply yet."),
        (e, f"The form crashed when I tried to attach a photo. My IP address was {IP()} if that helps "
            "your IT people."),
        (e, f"Best,\n[[P:Maricel Dela Cruz]]\nnurse, Laakso hospital\n{T('nat_3')}"),
        (e, "Topeliuksen puisto and Sibelius Park both need more benches and bins."),
        (e, f"Van {R('low_space')} is parked across two spaces at [[A:Ratatie 11]], Tikkurila, every weekend."),
        (e, "Hi, [[P:Ana]] here. The crossing on Lauttasaarentie near the school has no lights, very dangerous for "
            "kids going to school. We live at [[A:Lauttasaarentie 28 B 14]]."),
        # --- Kerrokantasi comments --------------------------------------------------------
        (e, "As a resident of [[A:Otakaari 20 A 8]] in Espoo, I think the plan ignores students' needs."),
        (e, "Good plan but we need more bike parking near Tikkurila station."),
        (e, "Reply to [[P:Yuki Tanaka]]: I agree, the park should stay as it is."),
        (e, "Writing for my neighbour, Mr. [[P:Hassan]], who does not use computers. He wants the bus stop to stay."),
        (e, "This zoning change will ruin the view from Kaivopuisto. Please reconsider."),
        (e, "@[[P:katja_m]] totally agree, the Malmi airfield area should stay green."),
        (e, "I've lived at [[A:Intiankatu 20]] since 2009 and the traffic has doubled. [[P:Peter O'Connor]]"),
        (e, "Will there be a public meeting? The last one at Oodi was very useful."),
        (e, "[[P:Shilan Mustafa]]'s comment above is exactly right: Myllypuro needs a health centre."),
        # --- OmaStadi proposals -----------------------------------------------------------
        (e, "Proposal: outdoor gym on the Vuosaari beach. Estimated cost about 45,000 euros."),
        (e, "Proposed by [[P:Valentina Gómez]] and [[P:Katarzyna Nowak]], Kalasatama parents' group. "
            "Contact: [[E:kalasatama.parents@gmail.com]]"),
        (e, "We suggest a climbing wall at Kontula youth centre. Idea by [[P:Hamse]], [[P:Jonas]] and [[P:Leyla]]."),
        (e, "Lighting for the Central Park trail between Paloheinä and Pirkkola, it's dark by 4 pm."),
        (e, f"For more info contact [[P:Arjun Nair]] ({T('intl_plain')}) or [[P:Priya]]."),
        (e, "Thanks everyone who voted! – [[P:Grace Oduya]] and [[P:Will Okoro]], Maunula"),
        # --- Booking notes ----------------------------------------------------------------
        (e, f"Booked by [[P:Hossein Tehrani]], phone {T('pairs')}. Invoice address [[A:Piispansilta 9]], "
            "02230 Espoo."),
        (e, f"Sauna slot Fridays. Key picked up by [[P:Iryna Bondarenko]]. Payment to account {I('h', 'g4', lower=True)}."),
        (e, "Choir rehearsal, contact person [[P:Jomar Santos]] [[E:jomar.santos@hotmail.com]]."),
        (e, f"Invoice to: [[P:Taras Shevchuk]], [[A:Martinlaaksontie 24 C 12]], 01620 Vantaa. "
            f"IBAN {I('h', 'g4')}"),
        (e, f"Birthday party for 30 people, it's [[P:Malee]]'s 40th. We come with a car, {R('up')}, can we park in the yard?"),
        (e, f"Please send the invoice to my German account: {I('v', 'g4', cc='DE')} ([[P:Lukas Becker]])"),
        (e, f"Band practice, responsible person [[P:Rebin Karimi]], gear comes in van {R('trailer')}."),
        (e, "Keys left with the caretaker at [[A:Alberganesplanadi 2]], thanks [[P:Kalle]]!"),
        # --- Staff replies ----------------------------------------------------------------
        (e, "Hello,\n\nthank you for your feedback. The matter has been forwarded to the contractor.\n\n"
            "Kind regards\n[[P:Satu Lehtonen]]\nCustomer Service, Urban Environment Division"),
        (e, "Dear Mr. [[P:Balogun]],\nthe fridge will be collected on Tuesday.\nRegards, [[P:Tapio]]"),
        (e, "Your message has been received. We reply on weekdays 8–16. This is an automatic message."),
        (e, f"Compensation claims are handled by [[P:Hanna Vuorinen]] ([[E:hanna.vuorinen@hel.fi]], {T('land')})."),
        # --- harder / mixed ---------------------------------------------------------------
        (e, f"Found a wallet at [[A:Asematie 6]], Tikkurila. ID card says [[P:Ayşe Demir]], personal code "
            f"{H(dash=HYPHEN)}. Handed to police."),
        (e, f"My daughter's personal identity code is {H('A', digit=True)} if you need it for the refund. [[P:Mehmet]]"),
        (e, f"account no. {I('v', 'dash')} – owner [[P:Ahmed Warsame]]"),
        (e, f"pls refund to FI bank account {I('h', 'cc')}, thx. [[P:Nikolai]]"),
        (e, "Snow has not been cleared from the stairs at Kampin keskus. Lumi, as the Finns say, is everywhere."),
        (e, "Regards,\n[[P:M. Lahtinen]]"),
        (e, "Bus 500 was 20 minutes late at Itäkeskus on 3 March. Ticket cost 3.20 €."),
        (e, f"Server logs show requests from {IP(v6=True)} and {IP()} spamming the feedback form."),
        (e, "Contact: [[P:Angela Rossi]], [[E:angela.rossi@libero.it]], [[T:+39 347 612 0938]]"),
        (e, "Alvar Aalto's Finlandia Hall is closed for renovation; the pavement on Mannerheimintie is still blocked."),
        (e, f"Hi, the plate is {R('low')} – white Toyota, outside [[A:Hakaniemenranta 18]]."),
        (e, f"I can't log in to Kerrokantasi, it says my IP {IP(v6=True)} is blocked. – [[P:Sam]]"),
        (e, f"Refund to my Spanish account please: {I('v', 'g4', cc='ES')}, holder [[P:Lucía Martín]]."),
        (e, f"Personal identity code of my son [[P:Leo]] is {H('B')}, needed for the day-care booking."),
        (e, f"Contact person: [[P:Kwame Mensah]] {T('paren0')}, [[A:Abraham Wetterin tie 4 A 5]], Herttoniemi."),
    ]


def _plain(marked: str) -> tuple[str, list[dict]]:
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(2))
        spans.append({"start": start, "end": start + len(m.group(2)), "label": LABELS[m.group(1)]})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unclosed or invalid mark: {marked!r}")
    return text, spans


def main() -> None:
    here = Path(__file__).resolve().parent
    lines = []
    for n, (lang, marked) in enumerate(records(), 1):
        text, spans = _plain(marked)
        for sp in spans:
            value = text[sp["start"]:sp["end"]]
            if value != value.strip():
                raise ValueError(f"span with outer whitespace: {value!r}")
        lines.append(json.dumps({"id": f"h2-{n:03d}", "lang": lang, "text": text, "spans": spans},
                                ensure_ascii=False))
    (here / "heldout2.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
