"""Outsider evaluation set 6 for the personal-data detectors (issue 17).

Written by helper session h17-o6 (an outsider to the detectors) on 2026-12-07,
blind to the detectors: their code, their tests, the team's dev and held-out
sets and the evaluation script were not opened, and no detector was run on
this text.

Focus: money and contact details as residents, associations and companies
write them in feedback to the city, Varaamo booking notes and OmaStadi
comments: refunds, invoices, deposits, grants, fees, with bank account
numbers written every way people write them (Finnish and other European
IBANs, valid and with invented or mistyped check digits, grouped in fours,
in twos, ungrouped, lower case, dots, dashes, split over a line, in
brackets, after IBAN/tili/tilinumero/tilille/konto/kontonummer/account/a/c
or with no label, next to a BIC or a reference number), with account
holders, contact persons, phones, e-mails, home addresses and a few HETUs.
Hard negatives: reference numbers (viitenumero), invoice numbers, Y-tunnus,
OVT e-invoice addresses, BICs alone, amounts, dates, order numbers.
Languages: fi about 50 %, sv 25 %, en 25 %. All people are invented;
streets are real streets of Helsinki, Espoo, Vantaa and Kauniainen to the
best of the author's knowledge. Generated values come from
random.Random(6262), so output is deterministic.

Markup: [[LABEL:text]] with LABEL in P, E, T, H, I, R, A, IP.
Template syntax used below (expanded by _expand): {P:a|b} marks a person,
one option per variant; {A:..}, {E:..} likewise; {:a|b} is unmarked text;
{I:cc:style} is a generated IBAN; {T:style} a phone; {H} a HETU.
"""

from __future__ import annotations

import random
import re

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"

# country: (length of BBAN, kind of BBAN) ; "d" digits, "a" letters
_BBAN = {
    "FI": "dddddddddddddd",
    "SE": "dddddddddddddddddddd",
    "DE": "dddddddddddddddddd",
    "EE": "dddddddddddddddd",
    "NO": "ddddddddddd",
    "DK": "dddddddddddddd",
    "NL": "aaaadddddddddd",
    "GB": "aaaadddddddddddddd",
    "ES": "dddddddddddddddddddd",
    "FR": "dddddddddddddddddddddd" + "d",
    "PL": "dddddddddddddddddddddddd",
    "LT": "dddddddddddddddd",
    "LV": "aaaaddddddddddddd",
    "IT": "addddddddddddddddddddddd" + "dd",
    "BE": "dddddddddddd",
    "AT": "dddddddddddddddd",
}

_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - num % 97:02d}"


def _valid(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n_iban = 0

    def iban_raw(self, cc: str) -> str:
        r = self.rng
        bban = "".join(
            r.choice("0123456789") if k == "d" else r.choice(_UP) for k in _BBAN[cc]
        )
        self.n_iban += 1
        if self.n_iban % 2:
            chk = _check(cc, bban)
        else:
            # typed by hand: invented or mistyped check digits
            chk = f"{r.randint(10, 99):02d}"
            if _check(cc, bban) == chk:
                chk = f"{(int(chk) + 7) % 90 + 10:02d}"
        return cc + chk + bban

    def iban(self, cc: str = "", style: str = "") -> str:
        r = self.rng
        if not cc:
            cc = r.choice(["FI"] * 6 + ["SE", "DE", "EE", "NO", "DK", "NL", "ES", "PL", "LT", "FR"])
        raw = self.iban_raw(cc)
        if not style:
            style = r.choice(["g4", "g4", "g4", "flat", "flat", "low4", "g2", "dots", "dash", "odd"])
        g4 = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        if style == "g4":
            return g4
        if style == "flat":
            return raw
        if style == "lowflat":
            return raw.lower()
        if style == "low4":
            return g4.lower()
        if style == "g2":
            return raw[:4] + " " + " ".join(raw[i:i + 2] for i in range(4, len(raw), 2))
        if style == "dots":
            return ".".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        if style == "dash":
            return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        if style == "odd":
            # FI12 345600 12345678 style (bank's old account grouping)
            return raw[:4] + " " + raw[4:10] + " " + raw[10:]
        if style == "split":
            parts = g4.split(" ")
            cut = len(parts) // 2
            return " ".join(parts[:cut]) + "\n" + " ".join(parts[cut:])
        if style == "splitflat":
            return raw[:10] + "\n" + raw[10:]
        if style == "sp2":
            return raw[:2] + " " + raw[2:4] + " " + " ".join(raw[i:i + 4] for i in range(4, len(raw), 4))
        raise ValueError(style)

    def phone(self, style: str = "") -> str:
        r = self.rng
        pre = r.choice(["040", "050", "044", "045", "041", "046", "050"])
        d = "".join(r.choice("0123456789") for _ in range(7))
        if not style:
            style = r.choice(["a", "b", "c", "d", "e", "f", "g"])
        if style == "a":
            return f"{pre} {d[:3]} {d[3:]}"
        if style == "b":
            return f"{pre}{d}"
        if style == "c":
            return f"+358 {pre[1:]} {d[:3]} {d[3:]}"
        if style == "d":
            return f"{pre}-{d}"
        if style == "e":
            return f"+358{pre[1:]}{d}"
        if style == "f":
            return f"{pre} {d[:2]} {d[2:4]} {d[4:]}"
        if style == "g":
            return f"(+358) {pre[1:]}-{d[:3]} {d[3:]}"
        if style == "land":
            return f"09 {d[:3]} {d[3:]}"
        if style == "land2":
            return f"(09) {d[:4]}{d[4:6]}"
        if style == "se":
            return f"+46 70 {d[:3]} {d[3:5]} {d[5:]}"
        if style == "no":
            return f"+47 9{d[:2]} {d[2:4]} {d[4:7]}"
        if style == "ee":
            return f"+372 5{d[:3]} {d[3:]}"
        raise ValueError(style)

    def hetu(self) -> str:
        r = self.rng
        yy = r.randint(0, 99)
        mm = r.randint(1, 12)
        dd = r.randint(1, 28)
        sign = r.choice("A" * 4 + "BCDEF") if yy < 20 else r.choice("-" * 4 + "YXWVU")
        nnn = r.randint(2, 899)
        n9 = int(f"{dd:02d}{mm:02d}{yy:02d}{nnn:03d}")
        return f"{dd:02d}{mm:02d}{yy:02d}{sign}{nnn:03d}{_HETU_CHECK[n9 % 31]}"

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ref_fi(self) -> str:
        """Finnish reference number (viitenumero) with its 7-3-1 check digit."""
        base = str(self.rng.randint(1000, 99999999))
        w = [7, 3, 1]
        s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base)))
        ref = base + str((10 - s % 10) % 10)
        # grouped in fives from the right, as on Finnish bills
        out = []
        while ref:
            out.insert(0, ref[-5:])
            ref = ref[:-5]
        return " ".join(out)

    def rf(self) -> str:
        """International RF creditor reference."""
        base = str(self.rng.randint(10000, 999999999))
        num = int("".join(str(int(c, 36)) for c in base + "RF00"))
        return f"RF{98 - num % 97:02d}{base}"

    def ytunnus(self) -> str:
        base = f"{self.rng.randint(1000000, 3299999):07d}"
        w = [7, 9, 10, 5, 8, 4, 2]
        s = sum(int(c) * w[i] for i, c in enumerate(base)) % 11
        if s == 1:
            return self.ytunnus()
        return f"{base}-{0 if s == 0 else 11 - s}"


_TOKEN = re.compile(r"\{([A-Z]*):([^{}]*)\}|\{H\}")
_LAB = {"P", "E", "T", "H", "I", "R", "A", "IP"}


def _expand(g: _Gen, tpl: str, k: int) -> str:
    def sub(m: re.Match[str]) -> str:
        if m.group(0) == "{H}":
            return f"[[H:{g.hetu()}]]"
        lab, body = m.group(1), m.group(2)
        if lab == "I":
            cc, _, style = body.partition(":")
            return f"[[I:{g.iban(cc, style)}]]"
        if lab == "T":
            return f"[[T:{g.phone(body)}]]"
        if lab == "N":  # n digits, unmarked
            return g.digits(int(body))
        if lab == "REF":
            return g.ref_fi()
        if lab == "RF":
            return g.rf()
        if lab == "Y":
            return g.ytunnus()
        if lab == "IU":  # an IBAN shown unmarked is never used; kept for clarity
            raise ValueError("IU")
        opts = body.split("|")
        val = opts[k % len(opts)]
        if lab == "":
            return val
        assert lab in _LAB, lab
        return f"[[{lab}:{val}]]"

    return _TOKEN.sub(sub, tpl)


# (lang, template, number of variants)
_FI: list[tuple[str, int]] = [
    ("Hei, peruin tilavarauksen 12.3. (varaus nro {N:7}) yli viikkoa ennen, mutta maksua ei ole "
     "palautettu. Palautuksen voi maksaa tilille {I:FI:} ({P:Jarmo Kinnunen|Aino Laakso}). "
     "Terveisin {P:Jarmo|Aino}", 2),
    ("Takuumaksu 150 € palautettava tilinumeroon {I:FI:g4}, tilinomistaja {P:Leena Mäkelä|Abdirahman Warsame}. "
     "Kiitos!", 2),
    ("palautus tilille {I:FI:lowflat} kiitos. t. {P:sirpa h|mika v}", 2),
    ("Viitenumero {REF:} ja laskun numero {N:6} – maksoin laskun kahteen kertaan 24.2.2026, "
     "summa 86,40 €. Pyydän palauttamaan toisen suorituksen samalle tilille jolta se tuli.", 2),
    ("Yhdistyksemme (Y-tunnus {Y:}) haki avustusta 2 500 euroa. Avustus maksetaan tilille\n"
     "{I:FI:g4}\nBIC {:NDEAFIHH|OKOYFIHH}\nYhteyshenkilö {P:Tuula Järvinen|Hamid Rezaei}, puh. {T:}", 2),
    ("Verkkolaskuosoite {:003712345678|003726543210}, välittäjä {:OKOYFIHH|NDEAFIHH}, Y-tunnus {Y:}. "
     "Laskulle merkintä: Kevätjuhla 2026 / tilavuokra. Tilausnumero {N:8}.", 2),
    ("Moi! Minulta veloitettiin liikuntavuoron maksu vaikka vuoro peruttiin kaupungin puolesta. "
     "Tilinumeroni on {I:FI:flat} ja nimi tilillä {P:Pirjo Nieminen|Olli-Pekka Saarinen}. "
     "Tavoittaa numerosta {T:} iltaisin.", 2),
    ("Kerhon kassanhoitaja {P:Marjatta Hiltusen|Juhani Koskisen} tiedot:\n"
     "Tili: {I:FI:g4}\nOsoite: {A:Kaarelantie 7 B 12|Sturenkatu 27 a}, {:00420|00510} Helsinki\n"
     "Sähköposti: {E:marjatta.hiltunen@kolumbus.fi|juhani.koskinen@elisanet.fi}", 2),
    ("Hyvä {P:Ahmed|Sanna}, kiitos viestistäsi. Palautus 42,00 € on lähetetty maksatukseen "
     "ja näkyy tililläsi {I:FI:g4} noin viikon kuluessa. Ystävällisin terveisin {P:Mervi|Tommi}, "
     "asiakaspalvelu", 2),
    ("Maksoin tapahtuman ilmoittautumismaksun (35 €) väärällä viitteellä. Oikea viite olisi ollut "
     "{REF:}. Maksu lähti tililtä {I:FI:} {:22.1.|3.2.}", 2),
    ("Osallistumismaksut maksetaan yhdistyksen tilille FI-muodossa: {I:FI:dash}, viestiksi lapsen nimi "
     "({P:Eelis Virtanen|Noor Al-Hashimi}).", 2),
    ("tili {I:FI:g2} saaja {P:Kaisa Lindholm|Dawit Tesfaye} palautus asukastalon avaimen pantista 20e", 2),
    ("Tarjouspyyntöön liittyen: laskutus Y-tunnus {Y:}, viitteenne {:HEL 2026-00412|KYMP/441/2026}, "
     "eräpäivä 14 pv netto. Pankkiyhteys BIC {:DABAFIHH|HELSFIHH}. Ei henkilötietoja laskulle.", 2),
    ("OmaStadi-ehdotukseen: jos puistojumppa toteutuu, ohjaajan palkkio 40 €/krt voidaan maksaa "
     "tilille\n{I:FI:split}\n– ohjaajana toimisi {P:Riikka Salonen|Jasmin Yilmaz}.", 2),
    ("Hei, muutin osoitteeseen {A:Kontulankaari 1 C 33|Kivikonkaari 18 as. 4} enkä saanut laskua vanhaan "
     "osoitteeseen. Laskun voi lähettää uudelle osoitteelle tai {E:p.tervo@gmail.com|kalle.rantanen@outlook.com}. "
     "{P:Päivi Tervo|Kalle Rantanen}", 2),
    ("Laskutusnumero {N:9}, asiakasnumero {N:6}, eräpäivä 31.3.2026, summa 128,00 €. "
     "Pyydän lisää maksuaikaa kuukaudella.", 2),
    ("Saako vuokran palautuksen toiselle tilille? Oma tili on suljettu. Uusi: {I:FI:odd} "
     "(tilinhaltija {P:Veikko Laitinen|Irja Hakala}, {P:Veikon|Irjan} omaishoitaja {P:Hannele|Marko} hoitaa asiaa). "
     "Puh {T:}", 2),
    ("Kiitos {P:Tarjalle|Jounille} nopeasta avusta! Rahat tulivat tilille jo seuraavana päivänä.", 2),
    ("Pankkitiedot avustushakemukseen:\nIBAN: {I:FI:flat}\nBIC: {:NDEAFIHH|SBANFIHH}\n"
     "Tilinomistaja: {:Itä-Helsingin Kulttuuriyhdistys ry|Vuosaaren Kiekko ry}\nY-tunnus: {Y:}", 2),
    ("Isäni {P:Reijo Heikkinen|Kalevi Jokinen} (hetu {H}) on kuollut ja hänen nimissään oleva "
     "palstavuokra pitää irtisanoa. Kuolinpesän tili {I:FI:g4}. Lisätiedot {P:Minna Heikkinen|Satu Jokinen} "
     "{T:}", 2),
    ("Viite: RF-viite {RF:}, maksettu 3.4. klo 14.20, arkistointitunnus {N:18}. Kuittia ei tullut.", 2),
    ("Tilinumero jonka annoin oli väärin, oikea on {I:FI:g4} eikä {I:FI:g4}. Pahoittelut! "
     "-{P:Anneli|Teemu}", 2),
    ("Seuran jäsenmaksu 25 € tilille {I:FI:sp2}, viitteeksi {REF:}. Kysymykset rahastonhoitajalle "
     "{P:Raimo Ojala|Sari Pesonen} {E:rahastonhoitaja@kalliontaiteilijat.fi|sari.pesonen@pp.inet.fi}", 2),
    ("Yritykselle palautettavan summan voi maksaa tilille {I:FI:g4} (Nordea), laskuttaja "
     "{:Helsingin Siivousapu Oy|Kivikon Kone ja Kuljetus Oy}, Y-tunnus {Y:}. Yhteyshenkilö myyntipäällikkö "
     "{P:Jari Lehtonen|Oksana Melnyk}, {T:c}.", 2),
    ("Asukasyhdistyksen pikkujoulun tilavuokran (180 €) maksaa {P:Helmi Pulkkinen|Tapani Aho}, "
     "laskun voi lähettää {A:Hämeentiellä 42 A 5|Fleminginkadulla 11 b 20} asuvalle {P:Helmille|Tapanille}.", 2),
    ("Palautuksesta: summa 64,50 €, maksupäivä 5.5.2026, tilausnumero {N:10}. Maksoin MobilePaylla "
     "joten palautus pitäisi kai tulla sinne.", 2),
    ("Kirjaston myöhästymismaksut on peritty kahdesti. Kirjastokortin numero {N:10}. Palautus tilille: "
     "{I:FI:dots}", 2),
    ("Hei, voisitteko lähettää laskun suoraan firmaan: {:Mäkelän Maalaus Oy|Rezaei Logistics Oy}, "
     "verkkolasku OVT {:003723456789|003731122334}, operaattori Maventa. Viite tilaajan nimi "
     "({P:Hannu Mäkelä|Farid Rezaei}).", 2),
    ("Hyvitys tilille {I:FI:} pls\n\n{P:Joonas|Emilia}\n\nLähetetty iPhonesta", 2),
    ("Stipendirahat (300 €) maksettiin väärälle henkilölle! {P:Lotta Vainio|Miro Kallio} sai ne, "
     "vaikka stipendin sai {P:Venla Hyvönen|Iida Sirola}. {P:Venlan|Iidan} tili on {I:FI:g4}.", 2),
]


_FI += [
    ("Pysäköintivirhemaksu peruttiin oikaisuvaatimuksen jälkeen, mutta olin jo maksanut sen. "
     "Auton rekisterinumero {R:KXL-318|zfo-72}, maksu 80 €. Palautus tilille {I:FI:g4}, "
     "{P:Esa Korpela|Marja-Liisa Ström}, {A:Myllypurontie 24 D 41|Siilitie 9 A 3}", 2),
    ("Virolaisen {:kuoron|tanssiryhmän} esiintymispalkkio maksetaan ulkomaille: IBAN {I:EE:g4}, "
     "saaja {P:Kadri Tamm|Märt Kask}, pankki LHV, SWIFT LHVBEE22. Tallinnan puhelin {T:ee}.", 2),
    ("Ruotsalaisen tilille: {I:SE:flat} / {P:Sofia Lindqvist|Erik Bergström}, Handelsbanken. "
     "Muistakaa että SEPA-maksu ruotsiin kestää pari päivää", 2),
    ("Avustuspäätös HEL 2026-{N:6}, päätöspäivä 14.4.2026, myönnetty 1 200 €. Maksatushakemus "
     "liitteenä. Tositteet toimitetaan 30.9. mennessä.", 2),
    ("OmaStadi kommentti: Kannatan! Meidän talkooporukka voisi kerätä rahaa tähän, jos joku "
     "haluaa lahjoittaa niin {P:Petteri|Anja} antoi jo tilinsä {I:FI:g4} mut en tiiä onko se ok täällä", 2),
    ("Laskun tiedot:\nLaskun numero: {N:5}\nViitenumero: {REF:}\nSaajan tilinumero: {I:FI:g4}\n"
     "Saaja: {:Kallion Nuorisoseura ry|Maunulan Eläkeläiset ry}\nEräpäivä: 15.6.2026\nSumma: 95,00 EUR", 2),
    ("Tilaisuuden järjestäjä: {P:Nasra Abdullahi|Li Wei}\nsähköposti {E:nasra.abdullahi@hotmail.com|li.wei88@gmail.com}\n"
     "puhelin {T:}\nlaskutusosoite {A:Meri-Rastilan tie 3 F 67|Vuosaarentie 8 C 15}, 00980 Helsinki", 2),
    ("Hei! saisinko hyvityksen uimahallin sarjakortista joka vanheni? kortin nro {N:12}, "
     "ostettu 2024 hinta 58e. tili {I:FI:low4} {P:virpi kemppainen|jussi heikura}", 2),
    ("Asia: väärä laskutus\n\nLaskulla on ollut väärä henkilötunnus {H} – se ei ole minun. Oikea "
     "nimeni on {P:Tiina Aaltonen|Raili Kurki}. Pyydän korjaamaan ja lähettämään uuden laskun.", 2),
    ("Palautus 2 x 15 € (lapset {P:Onni|Aada} ja {P:Lumi|Elias}) leirin peruuntumisen vuoksi. "
     "Tili on FI... {:no|ai niin} anteeksi, koko numero: {I:FI:g4}", 2),
    ("Vuokravakuus 300 € palautetaan kun avaimet on palautettu. Avaimet palautti {:12.2.|6.3.} "
     "{P:Kari Hämäläinen|Mikko Savolainen}. Palautus tilille {I:FI:sp2}.", 2),
    ("Toivon, että maksuaikaa saisi pidennettyä. Laskun numero {N:7}, summa 312,20 €. "
     "Asiakkaan numero {N:6}. Aleksis Kiven koulun vanhempainyhdistys.", 2),
    ("Uusi tilinumeromme on {I:FI:g4} (aiempi {I:FI:g4} lopetettu 1.1.2026). Yhdistyksen "
     "puheenjohtaja {P:Seppo Rautio|Ayan Hassan}, {T:}", 2),
    ("Kiitos kun palautitte rahat niin nopeasti! Erityiskiitos {P:Annikalle|Samille} neuvonnassa.", 2),
    ("Hakemuksen liite: tiliote, josta näkyy tili {I:FI:flat}, tilinomistaja {P:ISMO PELTONEN|ROSA LAUKKANEN}, "
     "saldo 1 455,20. Osoite {A:Mellunmäentie 15 B 22|Ostostie 2 as 7}, 00970 Helsinki.", 2),
    ("Tilasimme tarjoilut, tilausnumero {N:8}, ja tilaus vahvistettiin sähköpostilla. "
     "Yhteensä 440,00 € (alv 25,5 %). Lasku Y-tunnukselle {Y:}.", 2),
    ("Kiinteistöyhtiön isännöitsijä {P:Harri Vuorinen|Eeva Sjöberg} ({E:harri.vuorinen@isannointi-vuorinen.fi|eeva.sjoberg@kiinteistopalvelu.fi}, "
     "{T:land}) pyytää, että kaupungin korvaus maksetaan As Oy:n tilille {I:FI:g4}.", 2),
    ("Lapseni {P:Yasmin|Daniel} ({H}) osallistui kerhoon syksyllä, mutta kerhomaksu veloitettiin "
     "kahdesti. Palautus äidin tilille {I:FI:}, {P:Hodan Ali|Natalia Kowalska}.", 2),
    ("Varaus {N:7}: Avainpantti 50 € maksetaan paikan päällä käteisellä tai MobilePaylla "
     "numeroon 12345. Palautus kun avain on palautettu. Ei tilinumeroita sähköpostiin!", 2),
    ("Espoon puolelta: laskutusosoite {A:Leppävaarankatu 3 A 9|Kauppamiehentie 6 B 28}, 02600 Espoo. "
     "Tilille {I:FI:dash} tai suoraan {P:Jaanalle|Timolle}, numero {T:b}.", 2),
]


_SV: list[tuple[str, int]] = [
    ("Hej! Jag avbokade lokalen i god tid men har inte fått tillbaka hyran (45 €). "
     "Mitt kontonummer är {I:FI:g4}, kontoinnehavare {P:Maria Lindberg|Johan Westerlund}. Tack på förhand!", 2),
    ("Återbetalning till konto {I:FI:flat}\n/{P:Kristina|Mats}", 2),
    ("Föreningens bankuppgifter för bidraget:\nIBAN {I:FI:g4}\nBIC {:HANDFIHH|AABAFI22}\n"
     "Kontaktperson {P:Birgitta Åkerlund|Henrik Sundqvist}, tfn {T:}, {E:birgitta.akerlund@netti.fi|henrik.sundqvist@kolumbus.fi}", 2),
    ("Referensnummer {REF:}, fakturanummer {N:6}, förfallodag 30.4.2026. Jag betalade fakturan två "
     "gånger och vill ha den ena betalningen tillbaka till samma konto.", 2),
    ("Jag bor numera i Sverige, så återbetalningen ska gå till mitt svenska konto: {I:SE:g4} "
     "({P:Annika Fagerström|Oskar Nyberg}), Swedbank. Telefon {T:se}.", 2),
    ("Hej {P:Linnea|Anders}, tack för ditt meddelande. Depositionen på 100 € har betalats tillbaka "
     "till kontot {I:FI:g4}. Med vänlig hälsning, {P:Camilla|Patrik} / kundtjänsten", 2),
    ("E-faktura: OVT {:003721345678|003709876543}, förmedlare {:Apix|Basware}, FO-nummer {Y:}. "
     "Hänvisning: Sommarläger 2026, beställningsnummer {N:7}.", 2),
    ("Fakturan ska skickas till {P:Sven Granqvist|Ulla Blomqvist}, {A:Sturegatan 14 B 22|Fleminggatan 9 lgh 5}, "
     "00510 Helsingfors. Inte till föreningens gamla adress!", 2),
    ("kontonr {I:FI:lowflat} betalningsmottagare {P:ebba holm|niklas wikström} tack", 2),
    ("Stipendiet betalas till elevens konto:\n{I:FI:split}\nEleven: {P:Alva Sjöholm|Noah Lindroos}, "
     "vårdnadshavare {P:Pia Sjöholm|Kim Lindroos} {T:}", 2),
    ("Hyran för Arbis-salen 220 €, faktura nr {N:5}, FO-nummer {Y:}. Betalning inom 14 dagar netto. "
     "Inga personuppgifter behövs.", 2),
    ("Min mamma {P:Gunnel Ekström|Ingrid Backman} (personbeteckning {H}) har fått en felaktig räkning för "
     "hemvården. Hon bor på {A:Tavastvägen 61 A 14|Runebergsgatan 37 C 8}. Ring mig, {P:Tove|Fredrik}, {T:}.", 2),
    ("Medlemsavgiften 20 € betalas till kontot {I:FI:dash} med referens {REF:}. Frågor till "
     "kassören {E:kassor.sydvastra.marthor@gmail.com|kassor@drumsoidrott.fi}.", 2),
    ("Tack till {P:Sanna|Jonas} på idrottsverket som fixade återbetalningen så snabbt!", 2),
    ("Jag har bytt bank. Nytt konto: IBAN {I:FI:odd}, gammalt konto {I:FI:g4} är stängt. "
     "{P:Rasmus Forsman|Emilia Holmström}, {A:Drumsövägen 22 B 17|Mannerheimvägen 96 A 3}", 2),
    ("Betala gärna in avgiften till vår estniska samarbetspartner: konto {I:EE:flat}, mottagare "
     "{P:Liis Saar|Andres Kuusk}. Meddelande: Körresa maj 2026.", 2),
    ("Bokning {N:7}, 12.5.2026 kl. 17–20. Pris 60 €. Betalat med kort, kvittonummer {N:9}. "
     "Jag önskar återbetalning eftersom evenemanget ställdes in.", 2),
    ("Hej, bidraget för Grankulla Marthaförening har inte kommit. Kontonummer: {I:FI:g2}. "
     "Ordförande {P:Margareta Lindholm|Carina Hellström}, {A:Grankullavägen 10 A 2|Stationsvägen 7}, 02700 Grankulla", 2),
    ("Deposition 50 € för nyckeln – återbetalas till kontonummer ({I:FI:g4}) efter att nyckeln "
     "lämnats tillbaka. /{P:A. Mattsson|K. Lundén}", 2),
    ("Hej! Var kan jag se min referens? Jag har bara fakturanumret {N:8} och summan 75,00 €. "
     "Betalningen gjordes 3.3.2026 från Aktia.", 2),
    ("Ordförande {P:Jussi|Leila} ringde och sa att avgiften ska gå till {I:FI:sp2} – stämmer det? "
     "Mvh {P:Barbro|Roger}", 1),
    ("Felaktig avgift för parkeringsplatsen. Registreringsnummer {R:ABC-123|GKT-904}, faktura {N:6}. "
     "Pengarna tillbaka till {I:FI:g4}, tack. {P:Oskar Sandell|Jenny Nordman}", 2),
]

_EN: list[tuple[str, int]] = [
    ("Hi, I cancelled the sauna booking more than 7 days in advance but was still charged 35 EUR. "
     "Please refund to my account {I:FI:g4} ({P:Daniel Okafor|Priya Sharma}). Thanks!", 2),
    ("Refund details:\nAccount holder: {P:Maria Fernández|Tomasz Nowak}\nIBAN: {I::flat}\n"
     "BIC: {:CAIXESBBXXX|BREXPLPWXXX}\nPhone: {T:}", 2),
    ("The invoice number is {N:7} and the reference number {REF:}. Due date 20.5.2026. "
     "We paid it on 18.5. from our company account. Business ID {Y:}.", 2),
    ("a/c {I:FI:low4} - for the deposit refund, name on account {P:Mark Evans|Grace Mensah}", 2),
    ("Our association's bank details for the grant:\nAccount: {I:FI:g4}\nSWIFT/BIC: {:NDEAFIHH|OKOYFIHH}\n"
     "Contact: {P:Nguyen Thi Lan|Bikash Gurung}, {E:lan.nguyen@vietkieu-helsinki.fi|bikash.gurung@nepalisamaj.fi}, {T:}", 2),
    ("Hello {P:Ahmad|Olena}, thanks for your message. The refund of 24 EUR was paid on 6 May to the "
     "account ending in 4471. Kind regards, {P:Heidi|Ville}, Customer Service", 2),
    ("Please send the invoice as an e-invoice: OVT {:003712349876|003729384756}, operator Maventa "
     "(003721291126), business ID {Y:}. Order number {N:8}, our reference: Summer camp.", 2),
    ("I'm moving back to Germany, so please pay the deposit to my German account:\n{I:DE:g4}\n"
     "{P:Lukas Becker|Hannah Schmidt}, new address in Berlin will follow. Until June I'm at "
     "{A:Mechelininkatu 12 B 24|Töölönkatu 28 A 6}, 00100 Helsinki.", 2),
    ("account no. {I:FI:dash} pls refund asap, I have paid twice!!! {P:jenny|abdi}", 2),
    ("Proposal comment: great idea, but who pays? If the council won't, we can crowdfund — "
     "{P:Will|Usko}'s already offered to collect the money on his account {I:FI:g4}.", 2),
    ("Payment of 180.00 EUR for booking #{N:6} received on 02/04/2026. Transaction ID {N:12}. "
     "Thank you for your payment. This is an automatic message.", 2),
    ("My son {P:Kwame|Ali} ({H}) was charged for the football school twice. Please refund to "
     "my account {I:FI:} (holder {P:Abena Boateng|Fatima Karimi}). I live at {A:Myyrmäentie 4 C 28|Tikkurilantie 66 B 7}, Vantaa.", 2),
    ("Hi! The bank told me the IBAN on your invoice, FI{:00|99} 0000 ..., doesn't exist. Could you "
     "check? Invoice {N:6}, amount 52.90 EUR.", 2),
    ("Thanks to {P:Mikko|Laura} at the sports services for sorting out my refund so quickly!", 2),
    ("Dear City of Helsinki,\n\nplease transfer the prize money (500 EUR) of our OmaStadi mural team to\n"
     "{I:NL:g4}\n(ING, {P:Sanne de Vries|Pieter Jansen}).\n\nBest,\n{P:Sanne|Pieter}\n{T:c}", 2),
    ("Booking note: invoice to {:Lassila & Tikanoja Oyj|Kesko Oyj}, Y-tunnus {Y:}, cost centre 4410, "
     "PO number {N:7}. Contact our office, not individuals.", 2),
    ("IBAN {I:ES:sp2}\nHolder {P:Alejandro Ruiz García|Camila Torres}\nRefund of the course fee (course was cancelled). "
     "Email {E:alejandro.ruiz.g@gmail.com|camila.torres.h@yahoo.com}", 2),
    ("My account was wrong in the form, the right one is {I:FI:g4} not {I:FI:flat}. Sorry for the mess. "
     "{P:Chen Jing|Sakura Tanaka}", 2),
    ("For the refund: {I:PL:g4} (mBank), {P:Agnieszka Wójcik|Piotr Zieliński}, "
     "{A:Kauppakartanonkatu 7 A 45|Matinkartanontie 20 B 11}, {:00930 Helsinki|02230 Espoo}", 2),
    ("The rent for the hall (BIC NDEAFIHH, reference {RF:}) was paid on 1 March. Amount 340 EUR. "
     "Please confirm.", 2),
    ("Contact person for the event: {P:Somchai Boonmee|Maricel Santos}, mobile {T:}, email "
     "{E:somchai.b@outlook.com|maricel.santos@gmail.com}. Deposit can go back to the same card.", 2),
    ("Hi, I am from Lithuania and I pay the club fees from my Lithuanian account {I:LT:flat}. "
     "Is that ok? {P:Rūta Petrauskienė|Tomas Kazlauskas}", 2),
    ("refund pls\n{I:FI:splitflat}\n{P:Olumide Adeyemi|Kateryna Bondarenko}", 2),
    ("Grace period for the invoice? Invoice {N:6}, 89 EUR, due 30.4. I can pay on 15.5. Customer no {N:6}.", 1),
]


_FI += [
    ("Maksu epäonnistui verkkokaupassa kolme kertaa (virhe 502), IP-osoitteeni oli {IP:91.152.37.204|85.76.112.9}. "
     "Rahat lähtivät silti tililtä {I:FI:g4}. {P:Heikki Mustonen|Suvi Kokko} {T:}", 2),
    ("IBAN:{I:FI:flat} BIC:{:NDEAFIHH|DABAFIHH} viite {REF:}", 2),
    ("> Hei, ilmoittakaa tilinumero palautusta varten.\n> t. {P:Satu|Kimmo}, Varaamo-tuki\n\n"
     "tilinro: {I:FI:g4}\nsaaja {P:Abdullahi Farah|Dilan Aydın}", 2),
    ("Norjalaisen vierailevan valmentajan palkkio: kontonummer {I:NO:flat}, {P:Ingrid Haugen|Lars Solberg}, "
     "tlf {T:no}.", 2),
    ("Sotu {H} ja tilinumero {I:FI:g4} tarvitaan palkkion maksuun, lähetän ne nyt tässä. "
     "{P:Kirsi Leinonen|Arto Ruuskanen}, {A:Kalevankatu 45 A 10|Albertinkatu 21 C 31}", 2),
    ("Pankkiyhteys OP, BIC OKOYFIHH. Summa 1 050,00 €, eräpäivä 28.2.2026, viitenumero {REF:}. "
     "Tilausvahvistus nro {N:9}.", 1),
    ("Maksettu 40e tilille jonka {P:Toivo|Lumi} antoi, {I:FI:g4}. kuitti liitteenä", 2),
]
_SV += [
    ("Dansk konto för honoraret: {I:DK:g4}, {P:Mette Kjær|Rasmus Poulsen}. Faktura {N:5}, 400 €.", 2),
    ("Var vänlig och återbetala till (IBAN) {I:FI:dots} / {P:Göran Lönnqvist|Elsa Bäckman}", 1),
]
_EN += [
    ("UK account for the artist fee: {I:GB:g4}, {P:Oliver Hughes|Amelia Clarke}, sort code on the invoice. "
     "Invoice {N:4}, 750 GBP.", 2),
    ("Payment via bank transfer to FI80... — actually just use the reference {REF:} and the city's "
     "account printed on the bill. Amount 19.90 EUR.", 1),
    ("French account (IBAN) {I:FR:g4}, holder {P:Camille Dubois|Youssef Benali}, for the choir "
     "festival travel grant.", 2),
]


def records() -> list[tuple[str, str]]:
    g = _Gen(6262)
    out: list[tuple[str, str]] = []
    for lang, pool in (("fi", _FI), ("sv", _SV), ("en", _EN)):
        for tpl, n in pool:
            for k in range(n):
                out.append((lang, _expand(g, tpl, k)))
    return out
