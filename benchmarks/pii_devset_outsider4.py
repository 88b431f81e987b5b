"""Outsider evaluation set 4 for the personal-data detectors (issue 17).

Written by helper session h17-o4 (an outsider to the detectors) on 2026-12-07,
blind to the detectors: their code, their tests, the team's dev and held-out
sets and the evaluation script were not opened, and no detector was run on
this text.

Voice: OmaStadi participatory-budgeting proposals and comments, Varaamo
room-booking notes (the booker's message: who comes, whom to contact, where
to send the invoice) and staff replies. Languages: fi about 45 %, sv 25 %,
en 30 %. All people are invented; streets are real streets of Helsinki,
Espoo, Vantaa and Kauniainen to the best of the author's knowledge. Phone
numbers, IBANs, HETUs, plates and IP addresses are generated from
random.Random(4404), so output is deterministic.

Markup: [[LABEL:text]] with LABEL in P, E, T, H, I, R, A, IP.
"""

from __future__ import annotations

import random

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_LETTERS = "ABCDEFGHIJKLMNOPRSTUVXYZ"
_PLATE_LETTERS = "ABCEFGHIJKLMNOPRSTUVXYZ"


def _iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


class _Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # ---- phone numbers -------------------------------------------------
    def phone(self, style: str | None = None) -> str:
        r = self.r
        pre = r.choice(["40", "50", "44", "45", "41", "46", "400", "457"])
        rest = self.digits(7 if len(pre) == 2 else 6)
        styles = [
            "0sp",
            "0sp",
            "0cont",
            "0dash",
            "intl",
            "intl",
            "intlcont",
            "intl0",
            "nplus",
            "0odd",
            "0pair",
        ]
        st = style or r.choice(styles)
        if st == "land":
            return r.choice(["09 ", "09-", "(09) ", "09 "]) + "310 " + self.digits(5)
        if st == "landesp":
            return "09 " + self.digits(3) + " " + self.digits(4)
        if st == "0sp":
            return f"0{pre} {rest[:3]} {rest[3:]}"
        if st == "0cont":
            return f"0{pre}{rest}"
        if st == "0dash":
            return f"0{pre}-{rest}"
        if st == "intl":
            return f"+358 {pre} {rest[:3]} {rest[3:]}"
        if st == "intlcont":
            return f"+358{pre}{rest}"
        if st == "intl0":
            return f"+358 (0){pre} {rest}"
        if st == "nplus":
            return f"358 {pre} {rest[:3]} {rest[3:]}"
        if st == "0odd":
            return f"0{pre} {rest[:2]} {rest[2:4]} {rest[4:]}"
        if st == "0pair":
            return f"0{pre}-{rest[:3]} {rest[3:]}"
        if st == "se":
            return f"+46 70 {self.digits(3)} {self.digits(2)} {self.digits(2)}"
        if st == "ee":
            return f"+372 5{self.digits(3)} {self.digits(4)}"
        raise ValueError(st)

    # ---- identity codes ------------------------------------------------
    def hetu(self, century: str | None = None) -> str:
        r = self.r
        if century is None:
            century = r.choice(["-", "-", "-", "A", "A", "Y", "B", "X"])
        year = r.randint(1935, 1999) if century in "-YXWVU" else r.randint(2000, 2019)
        month = r.randint(1, 12)
        day = r.randint(1, 28)
        ind = r.randint(2, 899)
        body = f"{day:02d}{month:02d}{year % 100:02d}"
        chk = _HETU_CHECK[int(f"{body}{ind:03d}") % 31]
        return f"{body}{century}{ind:03d}{chk}"

    # ---- IBANs ---------------------------------------------------------
    def iban(self, country: str = "FI", valid: bool = True, fmt: str = "4") -> str:
        r = self.r
        if country == "FI":
            bban = r.choice(["1", "5", "8", "4", "39", "36", "2"])
            bban += self.digits(14 - len(bban))
        elif country == "SE":
            bban = self.digits(20)
        elif country == "DE":
            bban = self.digits(18)
        elif country == "EE":
            bban = self.digits(16)
        elif country == "ES":
            bban = self.digits(20)
        elif country == "NL":
            bban = "".join(r.choice("ABNRIGSO") for _ in range(4)) + self.digits(10)
        elif country == "GB":
            bban = "".join(r.choice("BARCLYSHE") for _ in range(4)) + self.digits(14)
        elif country == "PL":
            bban = self.digits(24)
        elif country == "NO":
            bban = self.digits(11)
        else:
            raise ValueError(country)
        good = _iban_check(country, bban)
        if valid:
            chk = good
        else:
            chk = good
            while chk == good:
                chk = f"{r.randint(2, 98):02d}"
        s = country + chk + bban
        if fmt == "4":
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        if fmt == "cont":
            return s
        if fmt == "lower4":
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4)).lower()
        if fmt == "lower":
            return s.lower()
        if fmt == "sep":  # "FI 21 1234 ..."
            b = s[4:]
            return s[:2] + " " + s[2:4] + " " + " ".join(b[i : i + 4] for i in range(0, len(b), 4))
        if fmt == "odd":  # "FI21 123456 00000785"
            return s[:4] + " " + s[4:10] + " " + s[10:]
        if fmt == "dash":
            return "-".join(s[i : i + 4] for i in range(0, len(s), 4))
        if fmt == "two":
            return s[:4] + " " + s[4:]
        raise ValueError(fmt)

    # ---- plates ----------------------------------------------------------
    def plate(self, fmt: str = "dash") -> str:
        r = self.r
        n_letters = 2 if fmt.startswith("two") else 3
        letters = "".join(r.choice(_PLATE_LETTERS) for _ in range(n_letters))
        num = str(r.randint(1, 999))
        if fmt in ("dash", "two"):
            return f"{letters}-{num}"
        if fmt == "lower":
            return f"{letters}-{num}".lower()
        if fmt == "space":
            return f"{letters} {num}"
        if fmt == "cont":
            return f"{letters}{num}"
        if fmt == "lowercont":
            return f"{letters}{num}".lower()
        if fmt == "lowerspace":
            return f"{letters} {num}".lower()
        raise ValueError(fmt)

    # ---- IP addresses ------------------------------------------------------
    def ip(self, v6: bool = False) -> str:
        r = self.r
        if v6:
            groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(4)]
            return (
                "2001:"
                + r.choice(["14ba", "998", "2003", "67c"])
                + ":"
                + ":".join(groups)
                + "::"
                + f"{r.randint(1, 0xFFF):x}"
            )
        first = r.choice([84, 85, 87, 88, 91, 193, 213, 176, 62, 37])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def records() -> list[tuple[str, str]]:
    g = _Gen(4404)

    def T(style: str | None = None) -> str:
        return f"[[T:{g.phone(style)}]]"

    def H(century: str | None = None) -> str:
        return f"[[H:{g.hetu(century)}]]"

    def I(country: str = "FI", valid: bool = True, fmt: str = "4") -> str:  # noqa: E743
        return f"[[I:{g.iban(country, valid, fmt)}]]"

    def R(fmt: str = "dash") -> str:
        return f"[[R:{g.plate(fmt)}]]"

    def IP(v6: bool = False) -> str:
        return f"[[IP:{g.ip(v6)}]]"

    out: list[tuple[str, str]] = []

    def fi(text: str) -> None:
        out.append(("fi", text))

    def sv(text: str) -> None:
        out.append(("sv", text))

    def en(text: str) -> None:
        out.append(("en", text))

    # ===================================================================
    # Finnish: OmaStadi proposals and comments
    # ===================================================================
    fi(
        "Ehdotus: Kontulan ostarin taakse, Keinulaudantien ja Kontulankaaren kulmaan, katettu "
        "oleskelupaikka nuorille. Nyt nuoret istuu talvella kaupan eteisessä kun ei ole muuta paikkaa.\n"
        "Ehdottaja: [[P:Sanna Heikkilä]], Kontulan nuorisotalon vanhempainraati"
    )
    fi("Hyvä ehdotus!! Mun poika [[P:Eemil]] ja sen kaverit ois siellä joka ilta. t. [[P:Tarja]]")
    fi(
        "Kannatan. Mutta penkit pitää olla sellaset ettei niillä voi nukkua, muuten tulee samat ongelmat "
        "kuin Itäkeskuksen metroaseman luona."
    )
    fi(
        "Ehdotamme että Meri-Rastilan rantaan tehdään esteetön laituri kalastajille ja pyörätuolin käyttäjille. "
        "Isäni asuu osoitteessa [[A:Meri-Rastilan tie 9 C 41]] eikä pääse enää rantaan ollenkaan koska polku "
        "on niin jyrkkä.\n\n[[P:Abdirahman Warsame]] ja [[P:Hodan Ali]]"
    )
    fi(
        "Tässä ehdotuksessa ei ole mitään järkeä. Sama laituri tehtiin jo 2019 ja se on ollut rikki siitä asti. "
        "Rahat mieluummin Vuosaaren uimahallin aukioloaikoihin."
    )
    fi(
        "Ehdotus 4521: Lasten liikennepuisto Malmin lentokentälle.\n"
        "Malmin lentokenttä on iso tyhjä alue ja siellä vois opetella pyöräilyä turvallisesti. "
        "Lisätietoja antaa [[P:Jouni Mäkelä]], [[T:040 517 2293]] tai [[E:jouni.makela71@gmail.com]]"
    )
    fi(
        "[[P:Jounin]] ehdotus on hyvä mutta lentokentän alue on Kaupunkiympäristön hallussa eikä sinne voi "
        "rakentaa OmaStadi-rahalla. Kannattaa katsoa Ala-Malmin puistoa sen sijaan."
    )
    fi(
        "Pihlajamäen kalliopuistoon lisää valoja!!! Illalla siellä ei näe mitään ja koiranulkoiluttajat "
        "pelkää. Asun [[A:Liusketiellä 14]] ja ikkunasta näkee kun ihmiset kompastelee puhelimen valossa.\n"
        "-[[P:Riitta K.]]"
    )
    fi(
        "Kommentti: valaistus kannattaa, mutta huomio että lepakot. Helsingin luonnonsuojeluyhdistys on "
        "kartoittanut alueen. Lisäksi kallio on arvokas geologinen kohde."
    )
    fi(
        "meidän koulun (Pihlajiston ala-aste) 4B luokka ehdottaa: lisää roskiksia Pihlajiston "
        "ulkoilupuistoon ja koira-aitaus.\nluokan puolesta [[P:Sofia]], [[P:Leevi]], [[P:Aada]] ja "
        "[[P:Muhammad]] sekä opettaja [[P:Katja Lindroos]]"
    )
    fi(
        "Ehdotus: Kumpulan kasvitieteellisen puutarhan viereen yhteisökompostori. Olen jo puhunut "
        "taloyhtiömme hallituksen kanssa ([[A:Intiankatu 18]]) ja he ovat valmiita hoitamaan sitä.\n"
        "Yhteyshenkilö: [[P:Henna Lahtinen]] p. [[T:0442918377]]"
    )
    fi(
        "Ihan turha ehdotus, Kumpulassa on jo kompostori Kumpulan koulukasvimaalla. Kannattaa googlata "
        "ennen kuin ehdottaa."
    )
    fi(
        "hei, ehdotan että Jakomäen kirjastoon tulee pelihuone nuorille. kirjastossa on jo konsoli mutta se "
        "on aina varattu. mun nimi on [[P:Yasin Abdullahi]] ja oon 15v"
    )
    fi(
        "Vastaus [[P:Yasinille]]: hyvä idea! Kirjaston henkilökunta voi auttaa ehdotuksen jatkokehittelyssä. "
        "Voit tulla juttelemaan tiistaisin klo 15–17. t. [[P:Marjo]] / Jakomäen kirjasto"
    )
    fi("Toivo on että tämä ehdotus menee läpi tällä kertaa, viime kierroksella jäi 200 äänen päähän.")
    fi(
        "Ehdotus: Vallilan siirtolapuutarhan ja Mäkelänkadun väliin penkkejä ja juomavesipiste. Mäkelänkatu "
        "on kuuma ja pölyinen, vanhukset eivät jaksa kävellä Kustaankadulta ostoksille ilman taukoa. "
        "Äitini [[P:Eila Virtanen]] asuu [[A:Kustaankatu 3 A 7]] ja hän pysähtyy aina samaan kohtaan lepäämään."
    )
    fi("Onni olisi jos tämä toteutuisi. Kaikki äänestämään! 🙂")
    fi(
        "Ehdotus: Lauttasaaren Kasinonrantaan kesäkioski ja SUP-lautojen lainaamo. Vastuuhenkilö "
        "[[P:Mikko Ranta]] (Lauttasaaren Melojat ry), [[E:mikko.ranta@lauttasaarenmelojat.fi]]"
    )
    fi(
        "Kasinonranta on jo nyt täynnä kesällä, ei sinne mahdu enää yhtään mitään. Asun Isokaarella ja "
        "kesäviikonloppuisin parkkipaikat on täynnä Espoon autoja."
    )
    fi(
        "Palaute moderaattorille: kommentissani oli vahingossa puhelinnumeroni, voitteko poistaa sen?? "
        "kommentti oli Kasinonrannan ehdotuksessa klo 21.14. [[P:Pauliina Grönroos]]"
    )
    fi(
        "Hei [[P:Pauliina]], poistimme numeron kommentistasi. Kiitos että ilmoitit! "
        "Terveisin [[P:Aleksi]], OmaStadi-moderointi"
    )
    fi(
        "Ehdotamme ulkokuntosalia Myllypuron Liikuntamyllyn viereen. Ehdotuksen takana on "
        "Myllypuron seniorikerho, puheenjohtaja [[P:Raili Savolainen]], [[T:050-4418930]]"
    )
    fi(
        "Myllypuroon ehdottaisin kyllä mieluummin koirapuistoa. Myllypurontien koirapuisto on liian pieni "
        "ja isot ja pienet koirat on samassa aitauksessa."
    )
    fi(
        "Kannatan ulkokuntosalia! Meillä on [[P:Jari Koskisen]] kanssa kävelyporukka joka lähtee joka aamu "
        "klo 9 [[A:Kiviportintie 6]]:n edestä ja kuntosali olisi hyvä pysähdyspaikka."
    )
    fi(
        "Tuuli on Vuosaaren rannassa niin kova että katos pitäisi tehdä lasista eikä kankaasta. "
        "Muuten hyvä ehdotus."
    )
    fi(
        "KANNATAN EHDOTUSTA. OLEN ASUNUT HERTTONIEMESSÄ 40 VUOTTA JA SIILITIEN ALIKULKU ON AINA OLLUT "
        "PIMEÄ JA PELOTTAVA. [[P:AILA RÄSÄNEN]], [[A:SIILITIE 11 B 23]]"
    )
    fi(
        "Ehdotus: maalataan Herttoniemen metroaseman alikulkuun seinämaalaus lasten kanssa. "
        "Taiteilija [[P:Ville-Pekka Nurmi]] on lupautunut ohjaamaan. Hänet tavoittaa "
        "[[E:vp.nurmi@outlook.com]]."
    )
    fi("Ei enää seinämaalauksia, ne töhritään viikossa. Katsokaa vaikka Suvilahden seiniä.")
    fi(
        "Ehdotus: Kannelmäen Sitratorille joulukuusi ja valoja joulukuuksi. Meillä ei ole mitään "
        "yhteistä paikkaa jossa olisi joulun tuntua. Ehdottaja [[P:Larissa Smirnova]] ja naapurit "
        "talosta [[A:Klaneettitie 8]]"
    )
    fi(
        "Kommentti ehdotukseen: Sitratorin kuusi kuuluu jo kaupungin normaaliin jouluvalaistukseen? "
        "Tarkistakaa kaupunkiympäristön sivuilta."
    )
    fi(
        "Ehdotus (Itäinen suurpiiri): Puotilan kartanon rantaan kuntoportaat. Meitä on iso porukka "
        "joka juoksee Vartiokylänlahden ympäri. Yhteyshenkilöt [[P:Tuomas Hyvönen]] "
        "[[T:+358 40 771 2018]] ja [[P:Nguyen Thi Lan]]"
    )
    fi(
        "Lumi on ongelma. Jos kuntoportaat tehdään, kuka ne aukaisee talvella? Puotilan kartanon "
        "portaita ei aurata nytkään."
    )
    fi(
        "hyvä ehdotus mutta lisäisin että portaiden viereen pitää tulla luiska lastenvaunuille, mulla on "
        "kaksoset ([[P:Ilona]] ja [[P:Iiris]]) ja kaikki portaat on meille ihan mahdottomia"
    )
    fi(
        "Ehdotus: Kalasataman Työpajankadun ja Sörnäisten rantatien risteykseen korotettu suojatie. "
        "Poikamme [[P:Aaron]] jäi melkein auton alle 3.9. Autokin jäi mieleen, valkoinen pakettiauto "
        f"{R('dash')} joka ajoi punaisia päin."
    )
    fi(
        "Moderaattorin huomautus: poistimme ehdotuksesta rekisterinumeron. Liikennerikkomuksista voi "
        "ilmoittaa poliisille. Ehdotus on nyt käsittelyssä Kaupunkiympäristön toimialalla (HEL 2024-018442)."
    )
    fi(
        "Asun itse [[A:Työpajankatu 10 B 64]] ja allekirjoitan täysin. Autot ajaa siinä 50 km/h "
        "vaikka rajoitus on 30."
    )
    fi(
        "Ehdotus: Tapulikaupungin leikkipuisto Tapulin pihaan pyörätuolikeinu. Tyttäreni [[P:Amira]] "
        "käyttää pyörätuolia eikä voi nyt leikkiä muiden kanssa ollenkaan. [[P:Rana Al-Sayed]]"
    )
    fi(
        "Tämä! Kaikkiin leikkipuistoihin tarvitaan esteettömiä välineitä. Terveisin Armas ja Usko -"
        "päiväkodin vanhempainyhdistys"
    )
    fi(
        "Ehdotus: Oulunkylän kirjaston edustalle pyöräkorjauspiste (pumppu + työkalut). Hinta-arvio "
        "n. 3 500 €. Kulkee samalla bussi 550 ja raitiovaunu 9 ei."
    )
    fi(
        "Ehdotus Maunulaan: Maunulan majan sauna takaisin käyttöön! Saunavuorolistaa hoitaa jo "
        'vapaaehtoisena [[P:Kari "Kake" Lehtonen]] ([[T:0400 812 552]]) ja hänellä on lista 60 '
        "halukkaasta."
    )
    fi("[[P:Kaken]] saunavuorot oli parasta mitä Maunulassa on tapahtunut. Tuen ehdotusta 100 %.")
    fi(
        "Ehdotus: Jätkäsaaren Hyväntoivonpuistoon tuulensuoja. Puistossa tuulee aina ja lapset "
        "palelee. Tuulensuoja voisi olla Välimerenkadun puoleisessa päässä."
    )
    fi(
        "Hei, olen [[P:Oksana Kovalenko]] ja asun Jätkäsaaressa ([[A:Atlantinkatu 7 as 19]]). "
        "Tulimme Ukrainasta 2022. Ehdotan ukrainankielistä satutuntia kirjastoon ja leikkipuistoon, "
        "minä voin vetää sitä. [[E:oksana.kovalenko.hel@gmail.com]]"
    )
    fi("Kiitos [[P:Oksana]]! Tämä on todella hieno idea. Olen [[P:Kovalenkon]] naapuri ja voin auttaa.")
    fi(
        "ehdotus lasten pulkkamäki Myllypuron ostarin taakse, siellä on hyvä rinne mutta puut pitää kaataa "
        "pois. yhteyttä voi ottaa muhun [[T:045 188 20 47]] / [[P:Jani]]"
    )
    fi(
        "Ehdotus Vuosaaren Mustikkamaalle?? Mustikkamaa on Kulosaaren vieressä, ei Vuosaaressa. "
        "Korjaatko ehdotuksen otsikon?"
    )
    fi(
        "Ehdotus: Kivikon liikuntapuistoon frisbeegolfrata. Vastaava ehdotus hyväksyttiin Malmilla "
        "2021 (päätös 12.5.2021 § 44)."
    )
    fi(
        "Meillä on Kivikossa [[A:Kivikonlaita 4 E 88]] lapsiperheitä 20 asunnossa ja kaikki toivoo "
        "frisbeegolfia. t. [[P:Hamid Rezaei]]"
    )
    fi(
        "Ehdotus: Kaarelan kirjastoon lainattavia työkaluja. Voin lahjoittaa porakoneen ja "
        "akkuporakoneen, niitä voi tulla hakemaan [[A:Kaarelantieltä 47]]. [[P:Seppo]]"
    )
    fi(
        "Ehdotus Laajasaloon: Yliskylän lahden rantaraittia jatketaan Reposalmentielle asti. "
        "Ehdottajat: Laajasalo-Seura ry / [[P:Marja-Leena Hietanen]], [[P:Erkki Ojala]]"
    )

    # ===================================================================
    # Finnish: Varaamo booking notes (booker's message) and staff replies
    # ===================================================================
    fi(
        "Varaamme tilan taloyhtiön yhtiökokousta varten, n. 25 osallistujaa. Yhteyshenkilö "
        f"[[P:Päivi Laine]] {T()}. Lasku taloyhtiölle: As Oy Pohjolankatu 22, tilinumero "
        f"{I(valid=True, fmt='4')}"
    )
    fi("Tulemme 8 hengen ryhmänä, kuorotreenit. Avaimen hakee [[P:Juha]]. Kiitos!")
    fi(
        "Hei! Kyseessä on [[P:Eetun]] 7v synttärit. Aikuisia tulee n. 6 ja lapsia 14. Tuomme omat "
        f"tarjoilut. Tavoittaa parhaiten numerosta {T('0cont')} ([[P:Henriikka]], äiti)"
    )
    fi(
        "Lasku: Vallilan Kuntoklubi ry, c/o [[P:Markku Salonen]], [[A:Vallilantie 23 A 4]], 00510 Helsinki. "
        f"Y-tunnus 1234567-8. Maksu tilille {I(valid=False, fmt='4')}."
    )
    fi(
        "Varaus koskee keskiviikkoja 4.9.–11.12. klo 18–20. Ohjaajana toimii [[P:Saara Mustonen]], "
        f"varalla [[P:Antti]] ({T()})."
    )
    fi(
        "Somaliperheiden läksykerho. Vetäjät [[P:Fadumo Hassan]] ja [[P:Liban Omar]]. Paikalle tulee "
        "n. 20 lasta ja 5 vanhempaa. Pyydämme että tilassa on valkotaulu."
    )
    fi(
        "Hei,\nvarasin Kanneltalon salin vahingossa väärälle päivälle (la 14.9. piti olla su 15.9.). "
        "Voiko varauksen siirtää? Varausnumero 48812.\n\nTerveisin\n[[P:Leena Kuusela]]\n"
        f"{T('intl')}"
    )
    fi(
        "Hei [[P:Leena]],\nsiirsin varauksesi sunnuntaille 15.9. klo 12–16. Uusi varausvahvistus tulee "
        "sähköpostiisi.\n\nYstävällisin terveisin\n[[P:Mervi Laaksonen]]\nasiakaspalvelusihteeri, "
        f"Kanneltalo\n{T('land')}"
    )
    fi(
        "Varaamme Malmitalon pienen salin muistotilaisuutta varten. Isämme [[P:Reijo Kallio]] kuoli "
        "elokuussa. Vieraita n. 40. Yhteyshenkilö [[P:Tiina Kallio-Rautio]], "
        f"[[E:tiina.kallio.rautio@elisanet.fi]], {T()}"
    )
    fi(
        "Hei [[P:Tiina]], osanottomme. Sali on varattu teille la 21.9. klo 13–17. Kahvinkeitin ja "
        "astiat ovat käytettävissä. Jos tarvitsette apua, soittakaa vahtimestari [[P:Jukalle]], "
        f"{T('0sp')}. t. [[P:Sirpa]] / Malmitalo"
    )
    fi(
        "Lasku pitää laittaa yhdistyksen rahastonhoitajalle, ei minulle. Rahastonhoitaja on "
        f"[[P:Kirsi Pelkonen]], [[A:Pekanraitti 6 B 19]], 00700 Helsinki. Tili {I(fmt='cont')}"
    )
    fi(
        "Tulemme autolla koska tuomme soittimet. Saako lastauslaiturille ajaa? Auto on harmaa Transit, "
        f"rek.nro {R('lower')}. [[P:Olli]]"
    )
    fi(
        "Hei [[P:Olli]], lastauslaiturille saa ajaa purkamaan, pysäköinti Malmitalon edessä on "
        "maksullinen (HSL-alue, Easypark). t. asiakaspalvelu"
    )
    fi(
        "Kokoontuminen: Kurdien kulttuuriyhdistys, n. 30 hlö. Vastuuhenkilö [[P:Rebin Ahmadi]] "
        f"{T('0dash')}, varavastuuhenkilö [[P:Shilan Karimi]]. Lasku e-laskuna yhdistykselle."
    )
    fi(
        "VARAUKSEN PERUUTUS. En pääse torstaina, [[P:Marketta]] sairastui. Voitteko perua varauksen "
        "3.10. Kiitos. [[P:RAIJA NIEMINEN]]"
    )
    fi(
        "Ilmoittautuneet (nimilista vartijalle):\n1. [[P:Aino Salo]]\n2. [[P:Helmi Pajari]]\n"
        "3. [[P:Pirjo-Liisa Korhonen]]\n4. [[P:Vuokko]] (tulee myöhemmin)\n5. [[P:Thi Thu Hà Phạm]]\n"
        "6. [[P:Gulnara Ismailova]]"
    )
    fi(
        "Pidämme syyskuussa kaksi iltaa taiteen työpajoja. Tila on Oodin Kuutio 3. Ei maksullinen "
        "tilaisuus, ei tarjoilua. Kiitos paljon!"
    )
    fi(
        "Hei!\nTarvitsisimme kuittauksen maksusta yhdistyksen kirjanpitoa varten. Maksoimme 84,00 € "
        f"tililtä {I(valid=True, fmt='lower4')} 12.8. Viite 1009 3.\n"
        f"Terv. [[P:Kaisa Turunen]], rahastonhoitaja"
    )
    fi(
        "Kiitos [[P:Kaisa]], maksu löytyi. Kuitti on liitteenä. Hyvää syksyä! "
        "[[P:Tanja H.]], Varaamo-asiakaspalvelu"
    )
    fi(
        "Tulossa 12 hengen ryhmä eläkeläisiä (Kontulan Eläkkeensaajat). Yhteyshenkilö "
        f"[[P:Pentti Rautiainen]], p. {T('0pair')} (ei tekstiviestejä, soittakaa)."
    )
    fi(
        "Hei, Itäkeskuksen kirjaston ryhmätilaa ei voinut avata koodilla 4471. Odotimme 20 min ovella. "
        "Pyydän hyvitystä. [[P:Ahmed Yusuf]], [[E:ahmed.yusuf@live.fi]]"
    )
    fi(
        "Hei [[P:Ahmed]], pahoittelemme! Ovikoodi oli vaihtunut huoltotöiden takia. Hyvitämme varauksen. "
        "Hyvitys maksetaan tilille, jonka ilmoitat vastaamalla tähän viestiin.\nt. [[P:Noora]]"
    )
    fi(f"tilille {I(valid=False, fmt='cont')} kiitos. [[P:Ahmed]]")
    fi(
        "Varaan tilan nuorten bänditreeneihin. Bändin jäsenet [[P:Onni]], [[P:Lumi]], [[P:Toivo]] ja "
        "[[P:Elias]], kaikki 14-v. Aikuinen vastuuhenkilö [[P:Satu Ahonen]] (isä töissä)."
    )
    fi("Tapiolan kulttuurikeskuksen sali, ei Tapiolan kirjasto! Varasin väärän tilan. Mitä teen?")
    fi(
        "Hei, kokouksen osallistujat ovat hallituksen jäsenet. Paikalle pysäköi 2 autoa, rekkarit "
        f"{R('cont')} ja {R('two')}. Muut tulee metrolla."
    )
    fi(
        "Varaaja: [[P:Jaakko Vesterinen]]\nSyntymäaika/henkilötunnus (lomake pyysi): "
        f"{H('-')}\nOsoite: [[A:Leppävaarankatu 9 C 31]], 02600 Espoo"
    )
    fi(
        "Hei [[P:Jaakko]]! Huom: henkilötunnusta ei tarvita tilavaraukseen, emme tallenna sitä. "
        "Poistimme sen viestistä. Ystävällisesti, [[P:Riikka Lehto]], Espoon kulttuuripalvelut"
    )
    fi(
        "Tarvitsemme tilaan videotykin ja HDMI-kaapelin. Kouluttaja tulee Tampereelta klo 9.00 ja "
        "koulutus alkaa 9.30. Lasku maksetaan organisaation verkkolaskuosoitteeseen 003712345678."
    )
    fi(
        "Varauksessa oleva henkilö [[P:Bình]] hoitaa avaimen palautuksen. Hänen numeronsa on "
        f"{T('intlcont')}. Ryhmä: Vietnamilaisten äitien kerho."
    )
    fi(
        "Hei, olen [[P:Marjut]] Vantaan nuorisopalveluista. Varasimme Tikkurilan nuorisotalon "
        "salin 8.–9.11. Huom. tilaisuus on avoin, ei ilmoittautumista."
    )
    fi(
        "Kirkonkylän nuorisotila, pe 18.10. klo 17–21. Nuorten halloween-disko, n. 50 nuorta, "
        "valvojina [[P:Janne Kivelä]], [[P:Roosa-Maria Lind]] ja [[P:Kalle]]. Vastaava: "
        f"[[P:J. Kivelä]], {T()}"
    )
    fi(
        "Laskutusosoite on muuttunut. Uusi osoite: Pakilan Partiolaiset ry, [[A:Pakilantie 61]], "
        "00660 Helsinki. Yhteyshenkilö [[P:Heidi Granström]]."
    )
    fi(
        "Lasku on lähetetty osoitteeseen Pakilantie ja palautui. Voitteko tarkistaa talon numeron? "
        "Laskun numero 2024-88713, eräpäivä 30.10."
    )
    fi(
        "Kiitos tilasta! Jätimme pöydät paikalleen koska [[P:Mirja]] sanoi että seuraava ryhmä tarvitsee "
        "ne. Kahvinkeittimen suodatinpussit loppui."
    )
    fi(
        "Hei, [[P:Ville]] tässä Varaamosta. Saimme tiedon että tilaan oli jäänyt roskia. "
        "Muistathan että tila siivotaan omatoimisesti. Seuraavalla kerralla perimme siivousmaksun 60 €."
    )
    fi(
        "Vastaus: emme olleet viimeisiä tilassa, meidän jälkeen oli [[P:Hannelen]] ryhmä. Kysykää heiltä. "
        "[[P:Terhi]]"
    )
    fi(
        "Varaamme Stoan Musiikkisalin 16.11. Esiintyjinä lapsikuoro ja nuorisobändi. Musiikista vastaa "
        f"[[P:Iida-Maria Pitkänen]], tekniikasta [[P:Samuli Aho]] ({T('0sp')}). "
        "Lipunmyyntiä ei ole."
    )
    fi(
        "Hakemus maksuttomaan käyttöön: yhdistyksemme on voittoa tavoittelematon. Toimintakertomus "
        "liitteenä. Y-tunnus 3012345-6. Puheenjohtaja [[P:Laila Mohamed Nur]]."
    )
    fi(
        "Kulosaaren kartanon sali olisi toiveissa. Hääjuhlat, vieraita 70. Sulhasen nimi [[P:Jonas]] ja "
        "morsiamen [[P:Emilia]]. Yhteyshenkilö bestman [[P:Patrik Saarinen]] "
        "[[E:patrik.saarinen@hotmail.com]]"
    )
    fi(
        "Hei [[P:Patrik]], kartanon sali ei valitettavasti ole vuokrattavissa yksityistilaisuuksiin. "
        "Suosittelemme Kulosaaren kasinoa tai Vuosaaren Villa Ullaa. Terveisin [[P:Outi]]"
    )
    fi(
        "mä varasin tilan mut en saanu vahvistusta sähköpostiin. sähköposti on "
        f"[[E:jessica_kovanen99@gmail.com]] ja numero {T('0cont')}"
    )
    fi(
        "Olen yrittänyt kirjautua Varaamoon suomi.fi-tunnistuksella mutta tulee virhe 500. "
        f"Koneeni IP-osoite on {IP()} jos siitä on apua. [[P:Harri Peltola]]"
    )
    fi(
        "Hei [[P:Harri]], virhe johtui palvelukatkosta 3.9. klo 10–12. Nyt kirjautumisen pitäisi toimia. "
        "Tikettinumero VAR-6612. Terveisin [[P:Marko]], Varaamo-tuki"
    )
    fi(
        "Huom. vartijalle: tilaisuuden järjestäjä on [[P:Hussein Al-Jaberi]], hän avaa oven klo 17.45. "
        "Jos hän ei ole paikalla, soita [[P:Zainab]] "
        f"{T()}."
    )
    fi(
        "Maksaja: [[P:Anneli Vuorinen]] (äitini), [[A:Kauppamiehentie 4 A 12]], 02100 Espoo. "
        "Viesti laskuun: [[P:Vuorisen]] perhe, synttärit."
    )
    fi(
        "Varattu tila: Kauniaisten kaupungintalon kokoushuone 2. Kokous: Kauniaisten Marttayhdistys. "
        "Osallistujia 10. Ei tarjoilua."
    )
    fi(
        "Hei, olemme perheryhmä ja tarvitsemme tilaa joka sunnuntai. Ryhmän vetäjä on pastori [[P:Emeka Okafor]] "
        f"puh. {T('nplus')}. Kiitos ja siunausta!"
    )
    fi(
        "Varaus perutaan. Syy: Salmisaaren liikuntakeskuksen remontti. Korvaava tila Ruoholahden "
        "nuorisotalolla, Messitytönkatu. Asiakaspalvelu ma–pe 9–15."
    )
    fi(
        "Laskuun: Vuosaaren Ponnistus / juniorit, yhteyshenkilö [[P:Matias Halonen]], "
        f"[[A:Kallvikintie 28 D 105]], 00980 Helsinki. Tilinro {I(valid=False, fmt='sep')}"
    )

    # ===================================================================
    # Swedish: OmaStadi proposals and comments
    # ===================================================================
    sv(
        "Förslag: en lekpark med gungor för barn med funktionsnedsättning i Drumsö, vid Drumsövägen "
        "nära metrostationen. Min dotter [[P:Elsa]] sitter i rullstol och kan inte leka med sina kompisar.\n"
        "/[[P:Camilla Sjöberg]]"
    )
    sv(
        "Bra förslag! Vi bor på [[A:Drumsövägen 14 B 22]] och vår son [[P:Vilhelm]] skulle också ha nytta "
        "av det. Mvh [[P:Anders]] och [[P:Malin]]"
    )
    sv(
        "Jag föreslår en svenskspråkig sagostund i Nordsjö bibliotek. Det finns många tvåspråkiga familjer "
        "i området. Jag kan själv läsa, jag heter [[P:Stina Holmberg]] och nås på "
        f"{T('0sp')}."
    )
    sv(
        "En saga på lördagar vore fint, men biblioteket har redan sagostund på finska på tisdagar. "
        "Kanske kan man samarbeta?"
    )
    sv(
        "Förslag till Östra stordistriktet: belysning längs strandstigen i Kvarnbäcken. Det är mörkt från "
        "oktober till mars och många går hem från metron den vägen."
    )
    sv(
        "Håller med. Min granne [[P:Gunilla]] ramlade där i fjol och bröt armen. "
        "Hälsningar [[P:Kaj Björklund]], [[A:Kvarnbäcksvägen 26]]"
    )
    sv(
        "Förslaget om en odlingslåda vid Tölö torg: vem ska sköta den? Staden har ingen personal för det. "
        "Liv och rörelse är bra, men ogräs är inte det."
    )
    sv(
        "Vi i föreningen Tölö Trädgårdsvänner sköter gärna lådorna. Kontakt: [[P:Henrik Lindqvist]], "
        f"[[E:henrik.lindqvist@kolumbus.fi]], tfn {T('intl')}"
    )
    sv(
        "Förslag: återvinningspunkt för gamla cyklar i Hertonäs. Vi kan reparera dem och ge dem till "
        "familjer som behöver. Jag bor på [[A:Igelkottsvägen 3 C 30]], ring mig gärna. /[[P:Mohammed Rahimi]]"
    )
    sv("Super idé! [[P:Mohammeds]] cykelverkstad på gården har redan fixat min dotters cykel gratis 👍")
    sv(
        "Till moderatorn: mitt förslag försvann efter att jag redigerade det. Förslaget hette "
        '"Bänkar längs Runebergsesplanaden". [[P:Ulf Wikström]]'
    )
    sv(
        "Hej [[P:Ulf]], förslaget finns kvar men det var dolt i väntan på granskning. Nu är det synligt igen. "
        "Hälsningar [[P:Johanna]], OmaStadi-teamet"
    )
    sv(
        "Förslag: fler soptunnor i Sibeliusparken. Turisterna vid Sibeliusmonumentet lämnar skräp "
        "överallt på sommaren."
    )
    sv(
        "Jag föreslår ett utegym i Alberga, nära Albergagatan. Vi är ett gäng pensionärer som tränar "
        "varje morgon. Kontaktperson: [[P:Margareta Eklund]], [[A:Albergagatan 11 A 5]], 02600 Esbo."
    )
    sv("Det finns redan ett utegym i Alberga, bakom Sellos parkeringshus. Kolla innan ni föreslår!")
    sv(
        "Förslag från Kottby: skridskobana på bollplanen vid Pohjolagatan. Förr spolades den av "
        "frivilliga. Min pappa [[P:Rolf Nyberg]] spolade den i 20 år. /[[P:Sofia Nyberg-Laine]]"
    )
    sv("Jag minns [[P:Rolfs]] skridskobana! Stöder förslaget. Ros till alla frivilliga.")
    sv(
        "FÖRSLAG: HUNDPARK I GUMTÄKT. VI ÄR 15 HUNDÄGARE PÅ [[A:GUMTÄKTSVÄGEN 8]]. "
        "KONTAKT [[P:BIRGITTA SÖDERHOLM]]"
    )
    sv(
        "Förslag: dansgolv utomhus på Sandvikens strand. Vi dansar tango varje söndag. "
        f"[[P:Lucía Fernández]] och [[P:Jussi]], {T('0cont')}"
    )
    sv("Bra förslag men Sandvikens strand är redan full på sommaren. Kanske vid Hietalahden telakka?")
    sv(
        "Förslag: översättning av OmaStadi till fler språk (somaliska, arabiska, ryska). Min mamma "
        "[[P:Faduma]] vill rösta men förstår inte finska eller svenska. [[P:Ayaan Mohamud]]"
    )
    sv(
        "Röstningen i OmaStadi öppnar 1.10 kl. 9.00 och stänger 31.10 kl. 16.00. Du kan rösta på "
        "finska, svenska eller engelska. Rådgivning i biblioteken."
    )
    sv(
        "Förslag: bänkar och skugga på Skarpskyttegatan nära Johannesparken? Min farmor "
        "[[P:Greta Lindholm]] bor på [[A:Skarpskyttegatan 4 A 12]] och vill kunna vila på väg till affären."
    )
    sv("Skarpskyttegatan har inga bänkar alls, stämmer. Ställ dem i skuggan av lindarna.")
    sv(
        "Förslag: tvåspråkig lekskola i Kronohagen. Kontakta oss: [[P:Frida]] och [[P:Kristian "
        "Holmström]], [[E:holmstrom.family@gmail.com]]"
    )
    sv(
        "Som svar till [[P:Frida]]: finns redan i Kronohagens ungdomsgård på onsdagar. Fråga [[P:Annika]] där."
    )

    # ===================================================================
    # Swedish: Varaamo booking notes and staff replies
    # ===================================================================
    sv(
        "Vi bokar salen för föreningens årsmöte, ca 30 personer. Kontaktperson [[P:Nina Söderholm]] "
        f"{T('0sp')}. Fakturan till föreningens konto {I(fmt='4')}."
    )
    sv(
        "Hej!\nVi är en körgrupp (12 pers.) som övar torsdagar kl. 18–20. Nyckeln hämtas av [[P:Linnea]]. "
        "\nMed vänlig hälsning\n[[P:Eva-Lotta Grönqvist]]\nordförande, Kören Sångfåglarna"
    )
    sv(
        "Hej [[P:Eva-Lotta]],\ner bokning är bekräftad för torsdagar 5.9–12.12. Dörrkoden skickas "
        "per sms dagen innan.\n\nMed vänlig hälsning\n[[P:Tove Mattsson]]\nkundtjänst, Arbis\n"
        f"{T('land')}"
    )
    sv(
        "Barnkalas för [[P:Hugos]] 6-årsdag. 15 barn och 8 vuxna. Vi tar med egen mat. "
        f"Kontakt: [[P:Maja]] {T('0cont')}"
    )
    sv(
        "Faktureringsadress: Grankulla Scoutkår rf, c/o [[P:Peter Lindberg]], [[A:Stationsvägen 7]], "
        f"02700 Grankulla. Kontonummer {I(valid=False, fmt='cont')}."
    )
    sv(
        "Obs! Vi kommer med bil eftersom vi har instrument. Reg.nr "
        f"{R('lower')}, en blå Volvo. Får vi parkera vid lastkajen? /[[P:Jonatan]]"
    )
    sv(
        "Hej [[P:Jonatan]], ni får lasta vid kajen men parkera på den allmänna parkeringen på "
        "Köpmansvägen. Hälsningar [[P:Benita]], Hagalunds kulturcentrum"
    )
    sv(
        "Avbokning: vår bokning den 17.10 (bokningsnummer 55103) avbokas p.g.a. sjukdom. "
        "Vänligen återbetala till kontot "
        f"{I(fmt='lower')}. Tack, [[P:Gustav Åberg]]"
    )
    sv(
        "Vi är en grupp arabisktalande mammor som träffas varannan vecka. Ledare: [[P:Layla Haddad]] och "
        f"[[P:Nour El-Amin]], tfn {T('intlcont')}."
    )
    sv(
        "Bokning av gymnastiksalen i Dickursby skola, 12 lördagar. Tränare [[P:Aleksandr Petrov]] "
        f"({T('nplus')}), assistent [[P:Daria]]. Fakturera Vanda Judoklubb."
    )
    sv(
        "Hej, kan ni skicka kvittot till min e-post [[E:m.forsman@elisanet.fi]]? Betalade 45 € "
        "för bokningen den 3.11. Mvh [[P:Mikaela Forsman]]"
    )
    sv("Hej [[P:Mikaela]], kvittot är skickat. Hälsningar [[P:Sara]] / Varaamo")
    sv(
        "Deltagarlista till vakten:\n- [[P:Elin Backman]]\n- [[P:Oskar Backman]] (barn)\n- "
        "[[P:Ahmed Noor]]\n- [[P:Joanna Kowalska]]\n- [[P:Sten]] (kommer senare)"
    )
    sv(
        "Salen vid Arbetets Vänner på Annegatan var smutsig när vi kom. Golvet var klibbigt och "
        "sopkorgarna fulla. Bokning 5.10 kl. 14."
    )
    sv(
        "Hej, jag har bokat gästrummet i Malms kulturhus men får inget bekräftelsemejl. "
        f"Min adress är [[E:sanna.blomqvist@gmail.com]]. Telefon {T()}. /[[P:Sanna Blomqvist]]"
    )
    sv(
        "Betalningen gjordes från min sambos konto ("
        f"{I(country='SE', valid=True, fmt='4')}), han heter [[P:Erik Johansson]]. Hoppas det går bra."
    )
    sv(
        "Vi bokade lokalen för ett bröllop men brudgummens familj kommer från Estland, så några "
        f"gäster har estniska nummer. Kontakt på plats: [[P:Kristjan Tamm]] {T('ee')}"
    )
    sv(
        "Hej! Fakturan ska gå till företaget, inte till mig: Nylands Ljud & Ljus Ab, Fleminggatan, "
        "Helsingfors. FO-nummer 2345678-9."
    )
    sv("Rättelse: adressen är [[A:Fleminggatan 20 B]], 00500 Helsingfors. Ursäkta. /[[P:Kim]]")
    sv(
        "Vi kommer med två minibussar, registreringsnummer "
        f"{R('space')} och {R('dash')}. Chaufförer [[P:Janne]] och [[P:Tomas Ek]]."
    )
    sv(
        "Bokningen gäller seniorgympa i Grankulla idrottshall. Björn Borg är inte med, tyvärr 😄. "
        "Vi är ca 20 personer, ingen fakturering."
    )
    sv(
        "Ledaren för gruppen är [[P:Shirin Mohammadi]]. Hon talar inte svenska, skriv hellre på "
        "engelska. [[E:shirin.mhd@yahoo.com]]"
    )
    sv("Hej [[P:Shirin]], we have confirmed your booking. Welcome! / [[P:Annika]], kundtjänst")
    sv(
        "Hej, min son [[P:Noah]] (16 år) vill boka musikstudion i Ungdomsgården i Nordsjö. Han har "
        "inget eget bankkonto, så fakturan kan gå till mig: [[P:Helena Lundqvist]], "
        "[[A:Nordsjövägen 56 A 3]], 00980 Helsingfors."
    )
    sv(
        "Ordförande [[P:Kurt Jansson]] (tfn "
        f"{T('0dash')}) har nyckeln. Kassör [[P:Lisbeth Strand]], konto {I(valid=False, fmt='4')}."
    )
    sv(
        "Bokningsvillkor: avbokning senast 7 dagar före. Annars debiteras 50 %. Frågor: ring "
        "kundtjänsten vardagar 9–15."
    )
    sv(
        "Hälsningar från Sveaborgs församlings ungdomsgrupp. Vi bokar bastun den 2.11. "
        "Ansvarig vuxen [[P:Jonas Westerlund]], "
        f"[[E:jonas.westerlund@evl.fi]], {T('intl0')}"
    )
    sv(
        "Personnummer behövs inte vid bokning. Om du har skickat ditt personnummer, "
        "kontakta kundtjänst så raderar vi det."
    )
    sv(
        "Ursäkta, jag skickade mitt personnummer i förra meddelandet: "
        f"{H('-')}. Radera det tack. /[[P:Marianne Hellström]]"
    )

    # ===================================================================
    # English: OmaStadi proposals and comments
    # ===================================================================
    en(
        "Proposal: an English-language homework club at Kallio library for kids who just moved to "
        "Finland. My daughter [[P:Ananya]] struggled a lot her first year. I'm happy to volunteer.\n"
        "[[P:Priya Raghavan]]"
    )
    en(
        "Great idea. [[P:Priya]]'s daughter and mine were in the same class at Kallion ala-aste, "
        "it would have helped us too. - [[P:Tom]]"
    )
    en(
        "Proposal: more bike racks at Kalasatama metro station. Every morning the racks are full by 7:30 "
        "and people lock bikes to the fences. Take bus 55 and see for yourself."
    )
    en(
        "I live at [[A:Sörnäisten rantatie 31 C 54]] and can confirm, the bikes are everywhere. "
        "Also someone's van ("
        f"{R('lower')}) is parked on the bike path every single day."
    )
    en(
        "Moderator note: we removed a vehicle registration number from a comment. Please report parking "
        "violations to the city's parking control, not on OmaStadi."
    )
    en(
        "Proposal for Vuosaari: a community garden next to the Mosaiikkitori. We are a group of "
        "Nepali families who grew vegetables back home. Contact [[P:Bikash Thapa]] "
        f"{T('0sp')} or [[P:Sita Gurung]]."
    )
    en("Will this be watered in summer? Last time a community garden was built nobody took care of it.")
    en(
        "Yes! [[P:Sita]] and her neighbours already keep a garden on their balcony, they know what they're "
        "doing. / [[P:Hanna]] from [[A:Mustalahdentie 6 B 20]]"
    )
    en(
        "proposal: outdoor table tennis at Lauttasaari's Myllykallio. kids play on the old broken table and "
        "it's dangerous. i'm [[P:chen wei]] and my son [[P:leo]] plays every day."
    )
    en("Comment: the Myllykallio table was fixed in August (ticket 2024-3304). Maybe update the proposal?")
    en(
        "Proposal: free Finnish conversation café in Itäkeskus library, Saturdays. I teach Finnish and "
        "can run it. [[P:Kadri Saar]], [[E:kadri.saar@eesti.ee]]"
    )
    en("Mark my words, these conversation cafés fill up in a week. Good proposal, support.")
    en(
        "Grace period for voting should be longer, many people didn't know about OmaStadi at all. "
        "Voting closed on 31 October."
    )
    en(
        "Proposal (Northeast): a covered bus shelter at the Jakomäki bus terminal. Bus 74 runs every "
        "10 minutes but there's no roof and everyone gets soaked."
    )
    en(
        "THIS. My grandmother [[P:Nadia]] waits there twice a week for her dialysis appointment. "
        "— [[P:Yusuf Demir]]"
    )
    en(
        "Proposal: a skate park in Myyrmäki. I know it's Vantaa and not Helsinki, sorry, wrong site! "
        "Can the moderators forward this to Vantaa?"
    )
    en(
        "Proposal: a weekly mobile sauna at Hietaniemi beach in winter. Our group is called Ice Hole "
        "Helsinki. Organisers [[P:James O'Connor]] and [[P:Aino-Kaisa Lehtinen]]. Reach [[P:James]] at "
        f"{T('intl')}."
    )
    en(
        "[[P:James]], the Hietaniemi winter swimming place already has a sauna, run by the "
        "Helsinki Winter Swimming Club. Why another one?"
    )
    en(
        "Proposal: planting fruit trees along Kumpulantie. Apples and plums, free for everyone to pick. "
        "Kumpula has lots of families and no fruit trees on public land."
    )
    en(
        "Support. Our yard at [[A:Kumpulantie 1 A 12]] has two old apple trees and the kids love them. "
        "/[[P:Maricel dela Cruz]]"
    )
    en(
        "proposal: accessible toilet at Töölönlahti park. My husband [[P:Ravi]] uses a wheelchair and "
        "we can't stay longer than an hour there. Regards, [[P:Meera Iyer]]"
    )
    en(
        'Joy! Our proposal "Accessible toilets in parks" passed with 2 347 votes. Thanks everyone '
        "who voted. Implementation in 2025."
    )
    en(
        "Proposal: a Chinese reading corner in the Pasila library. Contact: [[P:WANG LEI]], "
        f"[[E:wanglei.hki@163.com]], {T('0cont')}"
    )
    en(
        "Hi, I submitted a proposal but now I see my home address is visible on the page. Please remove "
        "it: [[A:Eteläinen Hesperiankatu 8 A 14]]. Thanks, [[P:Alejandro Gómez]]"
    )
    en(
        "Hi [[P:Alejandro]], we have hidden the address. The proposal is visible again. Best regards, "
        "[[P:Eveliina]], OmaStadi team"
    )
    en(
        "Proposal: benches on Aleksis Kiven katu between Sturenkatu and Hämeentie. Elderly people walk "
        "there to the health station and have nowhere to sit."
    )
    en(
        "I agree, my mother lives at [[A:Aleksis Kiven katu 52]] and she needs to stop twice on the way. "
        "[[P:Elif Yılmaz]]"
    )
    en(
        "Proposal: a dog agility course in Central Park (Keskuspuisto), near the Pirkkola sports park. "
        "Contact [[P:Arben Krasniqi]], dog trainer."
    )
    en("Please no more things in Keskuspuisto, it's supposed to be a forest. Leave it as it is.")
    en(
        "Proposal: a Ukrainian-Finnish youth theatre group in Kontula. Director [[P:Olena Shevchenko]] "
        f"({T('0dash')}). We rehearse at the Kontula youth house."
    )
    en(
        "Proposal: outdoor gym for women only in Meri-Rastila, with a screen around it. Many women in the "
        "area don't feel comfortable exercising in public. /[[P:Hawa]] and [[P:Sahra]]"
    )
    en("Dawn runners of Herttoniemi support this! We meet at 6 am at the metro station.")

    # ===================================================================
    # English: Varaamo booking notes and staff replies
    # ===================================================================
    en(
        "Booking the meeting room for our startup's board meeting, 6 people. Contact person "
        f"[[P:Daniel Becker]] {T('intlcont')}. Invoice to our German account "
        f"{I(country='DE', valid=True, fmt='4')} please."
    )
    en(
        "Hi! It's [[P:Mia]]'s 5th birthday party, about 10 kids and 8 adults. We'll bring our own cake. "
        f"Contact me on {T()} ([[P:Mia]]'s mum [[P:Sophie Turner-Laine]])."
    )
    en(
        "Hello,\nI booked the sauna at the Hakaniemi youth house for Friday but I got an error message. "
        "Booking no. 77310. My IP is "
        f"{IP()} if that helps.\nCheers,\n[[P:Liam Walsh]]"
    )
    en(
        "Hi [[P:Liam]],\nthe booking went through, the error was on our side. Welcome on Friday!\n\n"
        f"Kind regards\n[[P:Mervi]]\nVaraamo customer service\n{T('land')}"
    )
    en(
        "Payment will come from my UK account "
        f"{I(country='GB', valid=False, fmt='cont')} because I don't have a Finnish one yet. Is that ok? "
        "[[P:Olivia Hughes]]"
    )
    en(
        "Hi [[P:Olivia]], unfortunately we can only accept payments in euros. A SEPA transfer from a UK "
        "bank should work. Best, [[P:Jussi K.]]"
    )
    en(
        "Nigerian community association meeting. About 40 people. Contact persons: [[P:Chidi Okeke]] "
        f"{T('0sp')}, [[P:Ngozi Adeyemi]] {T('intl')}. We will bring food, please make sure the kitchen "
        "is open."
    )
    en(
        "Invoice address: Helsinki Cricket Club ry, c/o [[P:Rahul Menon]], "
        "[[A:Kuitinmäentie 12 B 17]], 02210 Espoo. Account "
        f"{I(valid=True, fmt='two')}."
    )
    en(
        "The room was booked for a yoga class. Teacher: [[P:Kanya Srisuk]] (Thai yoga). Students bring "
        "their own mats. No invoice, paid by card."
    )
    en(f"Hello, we are coming by car, van plate {R('cont')}, can we park in front of Stoa? [[P:Ahmad]]")
    en(
        "Hi [[P:Ahmad]], parking in front of Stoa is for loading only, max 15 min. There is a parking hall "
        "at Itis shopping centre. Best regards, [[P:Tuula]]"
    )
    en(
        "Please note: the person who picks up the key is [[P:Magdalena Wójcik]], not me. Her number "
        f"is {T('0odd')}. Thanks! [[P:Katarzyna Nowak]]"
    )
    en(
        "Booking for the Filipino choir, Sundays 14–16. Conductor [[P:Rowena Santos]]. We need a piano. "
        "Payment to account "
        f"{I(valid=False, fmt='lower4')}"
    )
    en(
        "Hi, I'm [[P:Dmitri Volkov]], I booked the gym at Martinlaakso school for volleyball. The invoice "
        "should go to my company, address [[A:Martinlaaksonpolku 3 B 9]], 01620 Vantaa."
    )
    en(
        "Is the room in Tikkurila library accessible by wheelchair? One of our participants uses one. "
        "Thanks, [[P:Grace]]"
    )
    en(
        "Hi [[P:Grace]], yes, there is a lift and an accessible toilet on the same floor. "
        "Kind regards, [[P:Sanna]] / Tikkurila library"
    )
    en("Hello, we need to change our booking from 12.10 to 19.10. Same time, 10–12. Booking 66021.")
    en(
        "Participants (for the security guard):\n[[P:Somchai Wongsakul]]\n[[P:Li Na]]\n"
        "[[P:Javier Morales]]\n[[P:Fatima Zahra Benali]]\n[[P:tuomas]] (my colleague)"
    )
    en(
        "Hi! We're a group of PhD students from the University of Helsinki doing a board game night. "
        "About 15 people. No food. Contact [[P:Arjun]] on Telegram or "
        "[[E:arjun.nair@helsinki.fi]]"
    )
    en(
        "Refund please: the room at Oodi was closed due to a fire alarm. Refund to "
        f"{I(country='NL', valid=True, fmt='4')} (my Dutch account). [[P:Sanne de Vries]]"
    )
    en(
        "Hi [[P:Sanne]], sorry for the trouble. The refund of 30 € has been made. It can take up to "
        "5 banking days. Best, [[P:Heikki]], Oodi customer service"
    )
    en(
        "Booker: [[P:Carlos Ruiz]]\nPhone: "
        f"{T('nplus')}\nAddress: [[A:Tikkurilantie 44 A 8]], 01300 Vantaa\n"
        "Purpose: Spanish-speaking parents' meetup"
    )
    en(
        "Invoice for our association: Vantaa Tamil Sangam ry. Please send to the treasurer "
        "[[P:Karthik Subramanian]], [[A:Kielotie 20 C 35]], 01300 Vantaa."
    )
    en(
        "The form asked for a personal ID for the invoice, so here: "
        f"{H('A')}. It's my son's, he is the one booking. [[P:Ivan Petrenko]]"
    )
    en(
        "Hi [[P:Ivan]], we don't need a personal identity code for bookings and we have deleted it. "
        "Please never send it by e-mail. Best regards, [[P:Marika Lindholm]], Vantaa youth services"
    )
    en(
        "Hi, our booking at Caisa (Kaisaniemenkatu) — can we use the projector? Also the kitchen? "
        "Thanks, the Eritrean women's group"
    )
    en(
        "Hi, the key box code did not work at Kannelmäki. We called the number on the door, "
        f"nobody answered. I'm [[P:Habib]], {T('0cont')}"
    )
    en(
        "Booking note: this is for [[P:Mark]] and [[P:Will]]'s joint farewell party, about 40 guests. "
        "We bring decorations and take them down. – [[P:June Kim]]"
    )
    en(
        "Please bill my company in Spain: "
        f"{I(country='ES', valid=False, fmt='4')}, name on account [[P:María José Herrera]]."
    )
    en(
        "Our group leader [[P:Ayşe]] has changed her number, new one is "
        f"{T('0pair')}. Old number doesn't work any more."
    )
    en(
        "Hi, the lock on the sauna door at Vuosaari youth house is broken (Vuotie). Somebody "
        "should fix it before the next group. No one was hurt."
    )
    en(
        "Hello, I was charged twice for booking 90213. Could you refund one of them? Account "
        f"{I(valid=True, fmt='odd')}, holder [[P:Nikolai Ivanov]]. Regards"
    )
    en(
        "Hi [[P:Nikolai]], we checked and the second charge was a pre-authorisation that is released "
        "automatically in 7 days. Regards, [[P:Kimmo]]"
    )
    en(
        "The hall was freezing cold, the radiators were off. We had 20 elderly people there from 10 to 12. "
        "Not acceptable in November."
    )

    # ===================================================================
    # More of each language: Espoo/Vantaa/Kauniainen, odd flats, text
    # pasted from word processors and phones (zero-width spaces, dash
    # variants, full-width characters)
    # ===================================================================
    fi(
        "Ehdotus Töölöön: Topeliuksen puistoon lisää penkkejä ja Alvar Aallon kadun päähän "
        "pyöräparkki. Nämä on ihan eri asioita mutta ei jaksanut tehdä kahta ehdotusta."
    )
    fi(
        "Hei, asun [[A:Tarkk'ampujankatu 11 A 5]] ja kannatan että Johanneksen kirkon edustalle "
        "tehdään hidaste. t. [[P:Aku Heinonen]]"
    )
    fi(
        "Laskutus: [[P:Veera Nyholm]], [[A:Mannerheimintie 102 b12]], 00250 Helsinki.\n"
        "Varaan saman tilan kuin viime vuonna, Töölön kirjaston kokoushuone."
    )
    fi(
        "Ilmoittaudun vapaaehtoiseksi pihatalkoisiin. [[P:Roope]] [[A:Munkkiniemen puistotie 4 a 3]]\n"
        f"puh {T('0cont')}"
    )
    fi(
        "Mun nimi on [[P:Mat\u200bti Leskinen]] ja asun [[A:Myyrmäenraitti 2 C 47]], Vantaa. "
        "Ehdotan että Myyrmäen kirjastoon tulee iltapäiväkerho. Soita: [[T:040\u200b6128834]]"
    )
    fi(
        "Varauksen yhteyshenkilö [[P:Ritva Kumpulainen]], henkilötunnus (vaadittiin laskua varten) "
        "[[H:120358\u20102473]]. Laskutusosoite [[A:Kauniaistentie 10 as. 22]], 02700 Kauniainen."
    )
    fi(
        "Ehdotus Tove Janssonin puistoon Katajanokalle: Muumi-aiheinen leikkipaikka. "
        "Kustannusarvio 45 000 €. Postinumero 00160."
    )
    fi(
        "Auto seisoo taas Peltolantien kääntöpaikalla, rekkari "
        f"[[R:{g.plate('lower').replace('-', chr(0x2013))}]]. Tämä on jatkunut koko syksyn. "
        "Asun [[A:Peltolantie 2 B 9]]."
    )
    sv(
        "Faktura till [[P:Ingrid Sundström]], [[A:Norra Järnvägsgatan 21 lgh 5]], 00100 Helsingfors. "
        "Vi bokar Arbis festsal den 23.11."
    )
    sv(
        "Hej! Kontakt: [[P:Alva]] [[E:ａｌｖａ．ｅｋ＠ｇｍａｉｌ．ｃｏｍ]] (skrev från mobilen, "
        "tangentbordet är konstigt). Vi blir 8 personer. [[P:Alva]] är ledaren för gruppen."
    )
    en(
        "Hi, we're booking the room again. Same contact as last time: [[P:Thabo Nkosi]], "
        f"{T('0sp')}. Invoice to [[A:Pohjoinen Rautatiekatu 21 B 12]], 00100 Helsinki."
    )
    en(f"Login problem from my work laptop, address {IP(v6=True)}. Could you check the logs? [[P:Hannah]]")
    en(
        "Proposal: more lighting on Linnanrakentajantie near the Herttoniemi industrial area. "
        "It's pitch dark at 5 pm in December. Bus 80 stops there."
    )
    en(
        "our group contact changed: [[P:O\u200bmar Farah]] [[E:omar.farah@\u200bgmail.com]], "
        "mobile [[T:＋３５８ ４０ ７７１ ３０２９]]"
    )

    # ===================================================================
    # Late additions: plates after varied cues, -kaari/-tie addresses,
    # flats written without spaces, hard negatives
    # ===================================================================
    fi(
        "Ehdotus Malmille: pysäköinninvalvontaa Malminkaarelle. Sama pakettiauto "
        f"{R('lowerspace')} on seissyt jalkakäytävällä kolme viikkoa. Asun [[A:Malminkaari 12 B9]]."
    )
    fi(
        "Kontulankaaren ja Keinulaudantien kulmassa on kuoppa, johon on jo kaatunut kaksi pyöräilijää. "
        "Korjatkaa ennen talvea. Bussit 92 ja 93 kulkevat tästä."
    )
    fi(
        "Varaus: [[P:Sirkka-Liisa Mäenpää]], [[A:Ida Aalbergin tie 5 A 14]], 00400 Helsinki. "
        f"REKISTERINUMERO {R('dash')} (tarvitsen pysäköintiluvan pihaan, liikun rollaattorilla)."
    )
    fi(
        "Kiitos [[P:Sirkka-Liisalle]] viestistä. Pysäköintilupa on tulostettavissa Varaamosta. "
        "Terveisin [[P:Päivi]] / Kanneltalon info"
    )
    fi(
        "Kannatan ehdotusta, mutta Capellan puistotien varrella on jo kolme leikkipuistoa. "
        "Kalasatamaan tarvitaan ennemmin koirapuisto."
    )
    sv(
        "Bil parkerad på gångbanan utanför [[A:Bulevarden 12 bst 7]] varje natt, "
        f"{R('lowercont')}. Kan staden göra något? /[[P:Christel]]"
    )
    sv(
        "Förslag: fontän i Topeliusparken igen. Den har varit torr sedan 2019. "
        "Postnummer 00250, nära Tölö sjukhus."
    )
    sv(
        "Hej, jag heter [[P:Zeynep Arslan]] och bokar bastun i Kvarnbäckens ungdomsgård för 6 personer. "
        f"Vår bil har registreringsnummer {R('two')}. Tfn {T('0odd')}."
    )
    en(
        "Proposal: speed bumps on Isokaari, Lauttasaari. A car (plate "
        f"{R('lower')}) nearly hit my son [[P:Kai]] at the crossing. I live at [[A:Isokaari 12 B 31]]. "
        "— [[P:Rebecca Lindström]]"
    )
    en(
        "Hi, I'm the tenant at [[A:Capellan puistotie 7 B 48]]. Can residents of Kalasatama book the "
        f"club room for free? Email [[E:rodrigo.alves.fi@protonmail.com]] or call {T('se')} "
        "(Swedish number). [[P:Rodrigo Alves]]"
    )
    en(
        "Hope this passes. It would bring joy to the elderly ladies in our block, they asked me to "
        "vote for them because they don't use computers. Have faith, people!"
    )
    en(
        "Please send the invoice to my Polish account: "
        f"{I(country='PL', valid=True, fmt='cont')}. Name: [[P:Tomasz Zieliński]], "
        "[[A:Neljäs linja 9 D 40]], 00530 Helsinki."
    )

    return out
