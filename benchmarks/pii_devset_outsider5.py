"""Outsider dev-set messages for the issue 17 personal-data detectors (outsider 5).

Written by outsider helper h17-o5 on 2026-12-07, blind to the detectors: the author did not read
the detector code, its tests, the existing dev and held-out sets, or any evaluation output, and ran
no detector on this text. All people are invented; streets are meant to be real streets of
Helsinki, Espoo, Vantaa and Kauniainen.

Focus: PERSON names in every position (mid-sentence with no greeting or signature near, subject and
object of verbs, one-word names of many origins inflected in Finnish cases, names that are also
common words, surnames alone, nicknames, quoted speech, forwarded e-mails, several people per
message), plus about 15 IBANs written as people write them and a few other codes.

Marks: ``[[LABEL:text]]`` with P=PERSON, E=EMAIL, T=PHONE, H=HETU, I=IBAN, R=PLATE, A=ADDRESS,
IP=IP address. Case endings after a colon stay outside the span; titles stay outside.
"""

from __future__ import annotations

import random

_SEED = 5151
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(digits) % 97:02d}"


def _group(code: str, size: int = 4) -> str:
    return " ".join(code[i : i + size] for i in range(0, len(code), size))


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def iban(self, country: str = "FI", valid: bool = True) -> str:
        lengths = {"FI": 14, "SE": 20, "DE": 18, "EE": 16, "PL": 24, "ES": 20, "NO": 11}
        if country == "NL":
            bban = "".join(self.rng.choice(_LETTERS) for _ in range(4)) + self.digits(10)
        elif country == "GB":
            bban = "".join(self.rng.choice(_LETTERS) for _ in range(4)) + self.digits(14)
        else:
            bban = self.digits(lengths[country])
        check = _iban_check(country, bban)
        if not valid:
            wrong = f"{self.rng.randint(2, 98):02d}"
            while wrong == check:
                wrong = f"{self.rng.randint(2, 98):02d}"
            check = wrong
        return country + check + bban

    def mobile(self) -> str:
        return self.rng.choice(["040", "050", "044", "045", "041", "046"]) + self.digits(7)

    def hetu(self, century: str = "-", years: tuple[int, int] = (0, 99)) -> str:
        day = self.rng.randint(1, 28)
        month = self.rng.randint(1, 12)
        year = self.rng.randint(*years)
        serial = self.rng.randint(2, 899)
        base = f"{day:02d}{month:02d}{year:02d}"
        number = int(f"{base}{serial:03d}")
        return f"{base}{century}{serial:03d}{_HETU_CHECK[number % 31]}"

    def plate(self) -> str:
        letters = "".join(self.rng.choice("ABCEFGHIJKLMNOPRSTUVXYZ") for _ in range(3))
        return f"{letters}-{self.rng.randint(1, 999)}"


def _split_at(code: str, at: int) -> str:
    return f"{code[:at]} {code[at:]}"


def _phone_spaced(num: str) -> str:
    return f"{num[:3]} {num[3:6]} {num[6:]}"


def _intl(num: str) -> str:
    return f"+358 {num[1:3]} {num[3:6]} {num[6:]}"


def records() -> list[tuple[str, str]]:
    g = _Gen(_SEED)
    out: list[tuple[str, str]] = []
    out.extend(_part_one(g))
    out.extend(_part_two(g))
    out.extend(_part_three(g))
    return out


def _part_one(g: _Gen) -> list[tuple[str, str]]:
    r: list[tuple[str, str]] = []

    def fi(text: str) -> None:
        r.append(("fi", text))

    fi(
        "Meidän pihalla on ollut koko syksyn rikkinäinen keinu ja kun soitin asiasta isännöitsijälle "
        "hän sanoi että kaupunki hoitaa, mutta kun [[P:Abdirahman]] naapurista kävi kysymässä "
        "rakennusvirastosta niin siellä väitettiin että piha on yksityinen, joten kuka tämän nyt "
        "oikeasti korjaa ennen kuin joku lapsi satuttaa itsensä?"
    )
    fi(
        "Tyttäreni [[P:Aino]] ja hänen kaverinsa [[P:Hodan]] kävelevät joka aamu Mäkelänkadun yli "
        "kouluun eikä suojatien valot toimi kunnolla aamuisin, vihreä palaa niin lyhyen aikaa ettei "
        "kukaan ehdi yli."
    )
    fi(
        "Annoin avaimet [[P:Dmitrille]] koska hän oli seuraava varaaja mutta tänään kuulin että sali "
        "oli jäänyt siivoamatta, en tiedä kuka siellä oli viimeisenä."
    )
    fi(
        "Kävin eilen kirjastossa ja [[P:Nguyenin]] perhe, joka asuu samassa rapussa, kertoi että "
        "heidänkin lapsensa ovat valittaneet lukusalin kylmyydestä."
    )
    fi(
        "Kysyin [[P:Mehmetiltä]] joka pitää kioskia torin laidalla ja hänenkin mielestään roskikset "
        "tyhjennetään liian harvoin kesällä."
    )
    fi(
        "Tämä ehdotus on tehty yhdessä [[P:Leilan]], [[P:Oskarin]] ja [[P:Sanjayn]] kanssa, olemme "
        "kaikki Kontulan nuorisotalon kävijöitä ja haluaisimme ulkokuntosalin ostarin viereen."
    )
    fi(
        "En ymmärrä miksi [[P:Korhonen]] saa pitää autoaan pelastustiellä viikosta toiseen kun muilta "
        "tulee heti lappu, taloyhtiö ei tee mitään."
    )
    fi(
        "Vastaus asiakkaalle: Hei, kiitos palautteesta. Välitin asian alueen kunnossapitäjälle ja "
        "[[P:Timo Lindqvist]] on luvannut käydä paikalla tällä viikolla. Ystävällisin terveisin, "
        "[[P:Mervi]] / Helsingin kaupunki, asiakaspalvelu"
    )
    fi(
        "lumiaura kävi taas yöllä kolmen aikaan ja heräsin siihen kun se kolisi, en jaksa enää, "
        "[[P:vesa]] alakerrasta sanoi että hänkin on valittanut jo kaksi kertaa"
    )
    fi(
        "Pyydän että asiasta ilmoitetaan myös puolisolleni [[P:Olenalle]], hänen numeronsa on "
        f"[[T:{_phone_spaced(g.mobile())}]]."
    )
    fi(
        "Haluaisin kiittää uimahallin henkilökuntaa, erityisesti [[P:Jaanaa]] joka auttoi "
        "poikaani kun hänen kenkänsä hukkuivat pukuhuoneessa."
    )
    fi(
        "Poikani [[P:Yusuf]] 9v ja hänen luokkakaverinsa [[P:Eetu]] olivat pelaamassa "
        "kentällä kun joku aikuinen ajoi heidät pois ja sanoi että kenttä on varattu, vaikka "
        "varauksia ei ollut."
    )
    fi(
        "Terveisiä [[P:Ahmedille]] ja koko Malmin porukalle, olitte mahtavia talkoissa!"
    )
    fi(
        "Ehdotan että puistoon tulisi penkki, [[P:Ritva Salminen]] ja [[P:Pertti "
        "Salminen]] naapuristamme ovat molemmat yli 80 ja heidän on vaikea kävellä "
        "kauppaan ilman lepotaukoa."
    )
    fi(
        "Edellinen viesti alla:\n\n> Lähettäjä: [[P:Päivi Heinonen]] "
        f"<[[E:paivi.heinonen{g.digits(2)}@gmail.com]]>\n> Aihe: Re: koirapuisto\n> "
        "Olen samaa mieltä kuin [[P:Kari]], aita pitää korjata.\n\nJa minä yhdyn tähän."
    )
    fi(
        "Kaikki naapurit tietävät sen, [[P:Saarisen]] koira haukkuu yöt läpeensä kun "
        "omistajat ovat töissä, mutta kenen vastuulla tämä on?"
    )
    fi(
        "Asukas [[P:Fatima Osman]] soitti ja kertoi, että Kivikon ulkoilupuistossa valaistus on ollut "
        "pimeänä viikon. Lupasin välittää tiedon eteenpäin."
    )
    fi(
        "[[P:Wang Lei]] ja [[P:Zhang Mei]] ovat varanneet salin joka tiistai klo 18–20 "
        "taiji-ryhmälle, pyydämme että sali on siivottu ennen heitä."
    )
    fi(
        "Isäni [[P:Kalevi]] kaatui jäisellä jalkakäytävällä [[A:Vellamonkadun 14]] kohdalla, "
        "hiekoitusta ei ollut tehty lainkaan."
    )
    fi(
        "Kävin katsomassa tilaa yhdessä [[P:Somchai]]n kanssa ja totesimme että se sopii hyvin."
        .replace("[[P:Somchai]]n", "[[P:Somchain]]")
    )
    fi(
        "Kun [[P:Maricel]] siivosi portaikkoa hän huomasi että ikkuna oli rikki ja siitä "
        "tuli vettä sisään, hän ilmoitti siitä heti."
    )
    fi(
        "Kysyin asiaa [[P:Bishnulta]] joka vetää meidän kuoroa ja hänkin olisi valmis siirtämään "
        "harjoitukset torstaille jos sali vapautuu."
    )
    fi(
        "[[P:Priyan]] tytär ja minun poikani käyvät samaa päiväkotia ja olemme molemmat huolissamme "
        "siitä että portti jää auki."
    )
    fi(
        "Lapset kutsuvat häntä [[P:Mökö-Mikaksi]] mutta oikeasti hän on [[P:Mikael Nyström]], "
        "talonmies joka hoitaa meidän korttelin."
    )
    fi(
        "Ruusu on kaunis kukka mutta puiston ruusupenkki on täynnä rikkaruohoja, siivotkaa se."
    )
    fi(
        "[[P:Emre]] sanoi: \"ei tänne kukaan tule jos valot on rikki\", ja hän on oikeassa."
    )
    fi(
        "Vuokrasin saunan ja maksoin etukäteen mutta varaus peruttiin. Palautus tilille "
        f"[[I:{_group(g.iban('FI'))}]], tilinomistaja [[P:Arben Krasniqi]]."
    )
    fi(
        "Sähköpostiini ei ole tullut vahvistusta, voisitteko lähettää sen uudestaan osoitteeseen "
        f"[[E:tuuli.rantanen{g.digits(3)}@outlook.com]] t. [[P:Tuuli]]"
    )
    fi(
        "Toivo on viimeinen joka kuolee, mutta ratikkapysäkin tungokselle aamuisin pitäisi tehdä jotain."
    )
    fi(
        "Armas ja Onni ovat kauniita vanhoja nimiä ja toivoisin että uusien katujen nimissä "
        "käytettäisiin niitä, esimerkiksi Onnenkuja kuulostaa hyvältä."
    )
    fi(
        "Linja 55 kulkee liian harvoin iltaisin, odotin eilen Koskelantiellä 25 minuuttia."
    )
    fi(
        "Päätöksessä HEL 2026-004512 mainitaan että puisto kunnostetaan 2027, mutta milloin tarkalleen?"
    )
    fi(
        "Aleksis Kiven kadulla on ollut työmaa jo kolme kuukautta eikä kukaan tiedä milloin se loppuu."
    )
    fi(
        "Topeliuksen puistossa on ihana kävellä mutta koirankakat pitäisi kerätä."
    )
    fi(
        "Olga, [[P:Sirkka]] ja minä — niin, me kolme mummoa — olemme tehneet tätä aloitetta "
        "jo vuodesta 2019."
        .replace("Olga,", "[[P:Olga]],")
    )
    fi(
        "Minä ja [[P:Ismo]] ollaan ajettu pyörällä Baanaa pitkin töihin jo vuosia ja nyt siellä "
        "on kuoppa joka on vaarallinen pimeällä."
    )
    fi(
        "Tervehdys! Kirjoitan naapurini [[P:Hamidin]] puolesta, koska hän ei vielä osaa suomea "
        "kovin hyvin: hänen asunnossaan osoitteessa [[A:Kontulankaari 5 B 24]] ei ole toiminut "
        "lämmitys kahteen viikkoon. Hänet tavoittaa numerosta "
        f"[[T:{_intl(g.mobile())}]] (puhuu arabiaa ja englantia)."
    )
    fi(
        "Kiitos [[P:Kirsille]] ja [[P:Samille]] upeasta opastuksesta Vallisaaressa!"
    )
    fi(
        "[[P:Jukka-Pekka]] eli [[P:J-P]] hoitaa meidän taloyhtiön puolelta yhteydenpidon, "
        "häneen voi olla suoraan yhteydessä."
    )
    fi(
        "Ilmoitan että auto [[R:ZTX-418]] on ollut parkissa invapaikalla kolme päivää ilman tunnusta."
    )
    fi(
        "Ohikulkija [[P:Kowalski]] (ei suomalainen, puola) auttoi minut ylös kun kaaduin "
        "Hakaniemen torilla, haluan kiittää häntä jos tämä viesti menee perille."
    )
    fi(
        "Viime kokouksessa [[P:Laine]] ehdotti että liikenneympyrään tulisi istutuksia ja "
        "[[P:Virtanen]] vastusti, mutta päätös jäi auki."
    )
    fi(
        "Ehdotuksen tekijät: [[P:Shirin Karimi]], [[P:Dariush]] ja [[P:Nasrin Ahmadi]]. "
        "Haluamme Itäkeskukseen monikielisen lukupiirin."
    )
    fi(
        "Hei! Muutin juuri Vuosaareen ja ihmettelen miksi Kallvikintien pyörätiellä ei ole valoja, "
        "siellä on pimeää kuin säkissä."
    )
    fi(
        "Pyysin [[P:Sergeitä]] auttamaan muutossa ja hän huomasi että hissi on ollut rikki jo "
        "kuukauden."
    )
    fi(
        "Kaverini [[P:Andriy]] tuli Ukrainasta viime vuonna ja hänen lapsensa [[P:Sofiia]] ja "
        "[[P:Maksym]] ovat nyt Meri-Rastilan koulussa, molemmat tykkäävät kovasti."
    )
    fi(
        "Kerhon vetäjä [[P:Tiina Mäkelä]] ei ole vastannut viesteihini, voiko joku muu kertoa "
        "ovatko syksyn kurssit vielä tulossa?"
    )
    fi(
        "Me [[P:Kaarinan]] kanssa mietittiin että Siltamäen ostarille sopisi kirpputori."
    )
    fi(
        "Lähetin jo viime viikolla kuvan [[P:Heikki Aaltoselle]] mutta en ole saanut vastausta."
    )
    fi(
        "Ystäväni [[P:Tran Thi Hoa]] kysyi, voiko Myllypuron kirjastossa järjestää "
        "vietnaminkielisen satutunnin, hän olisi valmis lukemaan."
    )
    fi(
        "Valitan siitä että kun soitin neuvontaan, virkailija ([[P:Sanna]]?) oli todella töykeä."
    )
    fi(
        "Kiitos nopeasta vastauksesta.\n\nYstävällisin terveisin\n[[P:Kaisa Lehtinen]]\n"
        f"[[A:Siltavoudintie 12 A 3]]\n00640 Helsinki\n[[T:{g.mobile()}]]"
    )
    fi(
        "Olisi kiva jos Pihlajamäen kirjastoon saisi enemmän somalinkielisiä kirjoja — "
        "[[P:Hibaqin]] mukaan lapset lukisivat niitä mielellään."
    )
    fi(
        "Puhuin tänään [[P:Nikolaisen]] kanssa (hän asuu vieressä) ja meillä molemmilla on "
        "sama ongelma: vesi tulee kellariin joka sateella."
    )
    fi(
        "Kesäkuussa 2025 ehdotin tätä jo kerran, silloin vastasi [[P:Pirjo]] ja lupasi selvittää."
    )
    fi(
        "Viikinkimäen kiipeilyseinälle tarvitaan uudet otteet. Ehdottaja: [[P:Vilja Kinnunen]], "
        "[[P:Elias]] ja [[P:Luukas]] (9 ja 11 v)."
    )
    fi(
        "Mainitsen vielä, että [[P:Arjun Patel]] joka vuokraa tilaa kanssamme voi vahvistaa tämän."
    )
    fi(
        "Helmi tuli koulusta itkien kun isommat pojat olivat heittäneet lumipalloja bussipysäkillä."
        .replace("Helmi", "[[P:Helmi]]", 1)
    )
    fi(
        "Kiitos ja anteeksi pitkä viesti — [[P:Marja-Leena]] ja [[P:Jorma]] alakerrasta"
    )
    fi(
        "En ole itse nähnyt mutta [[P:Ayaanin]] äiti kertoi että puistossa oli rikottuja pulloja "
        "hiekkalaatikossa."
    )
    fi(
        "Palautus: tilinumero "
        f"[[I:{g.iban('FI', valid=False)}]] (saaja [[P:Eveliina Koskinen]])"
    )
    fi(
        "Huomasin että nimeäni on kirjoitettu väärin vahvistuksessa: oikein on [[P:Heikkilä]], "
        "ei Heikila."
        .replace("ei Heikila", "ei [[P:Heikila]]")
    )
    fi(
        "[[P:Rauha]] ja [[P:Usko]] ovat koiriani... ei vaan lapsenlapseni! Halusin vain "
        "kiittää leikkipuiston ohjaajia."
    )
    fi(
        "Soittakaa minulle [[T:09 310 12345]] tai [[T:0400 123 987]], kysykää [[P:Annelia]]."
    )
    return r


def _part_two(g: _Gen) -> list[tuple[str, str]]:
    r: list[tuple[str, str]] = []

    def sv(text: str) -> None:
        r.append(("sv", text))

    def fi(text: str) -> None:
        r.append(("fi", text))

    sv(
        "Jag har flera gånger påpekat att gatlyktan utanför vårt hus är trasig och när "
        "[[P:Birgitta]] från grannhuset ringde till staden sa de att det redan var åtgärdat, "
        "vilket det inte är."
    )
    sv(
        "Min son [[P:Anton]] och hans kompis [[P:Abdullahi]] cyklar till skolan längs "
        "Mannerheimvägen varje morgon och korsningen vid Tölö torg är livsfarlig."
    )
    sv(
        "Tack till [[P:Gunilla]] i kundtjänsten som hjälpte mig att boka om salen!"
    )
    sv(
        "Vi lånade nycklarna av [[P:Lindholm]] men han hade inte fått veta att bokningen "
        "flyttats till lördag."
    )
    sv(
        "Förslaget har skrivits av [[P:Stina Åberg]], [[P:Mohammed Ali]] och [[P:Jonas "
        "Westerlund]] tillsammans med eleverna i klass 6B."
    )
    sv(
        "Grannens hund skäller hela natten och [[P:Ekholms]] säger att det inte är deras "
        "problem, fast hunden är deras."
    )
    sv(
        "Jag pratade med [[P:Ingrid]] som bor på andra våningen och hon har också märkt att "
        "det luktar avlopp i trapphuset."
    )
    sv(
        "Återbetalningen kan göras till kontonummer "
        f"[[I:{g.iban('FI')}]], kontoinnehavare [[P:Henrik Sjöholm]]."
    )
    sv(
        "Svar till invånaren: Hej! Tack för din respons. Vi har vidarebefordrat ärendet till "
        "[[P:Mats Granqvist]] på stadsmiljösektorn. Med vänliga hälsningar, [[P:Camilla]] / "
        "Helsingfors stads kundservice"
    )
    sv(
        "Min mamma [[P:Margareta]] halkade på den isiga trottoaren vid [[A:Runebergsgatan 43]] "
        "och bröt handleden, sandningen hade inte gjorts."
    )
    sv(
        "Kan ni skicka bekräftelsen till [[E:ulla.fagerstrom@kolumbus.fi]]? Hälsningar [[P:Ulla]]"
    )
    sv(
        "Jag ringde [[P:Kerttu]] på hyresbolaget och hon lovade att någon skulle komma och titta "
        "på hissen, men ingen har kommit."
    )
    sv(
        "Förslaget: en ny lekpark i Nordsjö. Vi är [[P:Leo]], [[P:Alva]], [[P:Siri]] och "
        "[[P:Omar]] och vi går i trean."
    )
    sv(
        "[[P:Fredrik]] sa: \"det här kommer aldrig att fungera\" — och han hade rätt, "
        "cykelbanan tar slut mitt i korsningen."
    )
    sv(
        "Mina grannar [[P:Ahmadi]] och [[P:Holmberg]] har båda klagat på bullret från "
        "byggarbetsplatsen på söndagar."
    )
    sv(
        "Bilen med registreringsnummer [[R:KLM-92]] har stått på gården i två månader, "
        "ägaren är okänd."
    )
    sv(
        "Hej, jag bokade bastun för [[P:Agnes]] födelsedag men fick fel tid i bekräftelsen. "
        "Ring mig på [[T:"
        f"{_intl(g.mobile())}]]. /[[P:Malin Strandberg]]"
    )
    sv(
        "Jag vill tacka simhallens personal, särskilt [[P:Kristoffer]], som hjälpte min "
        "pappa [[P:Erik]] upp ur bassängen när han fick kramp."
    )
    sv(
        "Skickat från min iPhone\n\n-------- Vidarebefordrat meddelande --------\nFrån: "
        f"[[P:Patrik Nordqvist]] <[[E:patrik.nordqvist{g.digits(2)}@gmail.com]]>\n"
        "Ämne: parkeringen\n\nHej [[P:Anna]], kan du skicka det här vidare till staden?"
    )
    sv(
        "Vi som bor på [[A:Sandvikskajen 13 B 41]] undrar varför soporna inte hämtas på tisdagar "
        "längre."
    )
    sv(
        "Pengarna kan sättas in på mitt konto "
        f"[[I:{_group(g.iban('SE'))}]] (svenskt konto), [[P:Karin Lundqvist]]."
    )
    sv(
        "[[P:Nils]] och jag har gått längs Strandvägen varje kväll i trettio år och nu är "
        "bänkarna borta."
    )
    sv(
        "Hej, det är [[P:Pia]] igen. Samma problem som förra veckan: dörren till föreningslokalen "
        "går inte att låsa."
    )
    sv(
        "Vi har pratat med [[P:Yasmins]] föräldrar och de håller med om att skolvägen behöver "
        "ett övergångsställe."
    )
    sv(
        "[[P:Bengt]] från fastighetsskötseln kom förbi och sa att det är stadens sak, "
        "inte bolagets."
    )
    sv(
        "Jag heter [[P:Thu Trang]] och jag vill föreslå en vietnamesisk kokkurs på Arbis."
    )
    sv(
        "Lotta Svärd-statyn... nej förlåt, jag menar Havis Amanda, hon behöver tvättas igen."
    )
    sv(
        "Kontonummer för återbetalning [[I:"
        f"{_group(g.iban('FI', valid=False))}]], tack på förhand! [[P:Tove]]"
    )
    sv(
        "Esplanadparken är full av skräp efter varje helg, kan ni ställa ut fler sopkärl?"
    )
    sv(
        "Buss 18 går för sällan på kvällarna och hållplatsen vid Sibeliusparken saknar tak."
    )
    sv(
        "Beslutet HEL 2025-012345 gäller inte vår gård, ni har blandat ihop adresserna på "
        "Bangatan."
    )
    sv(
        "Arbetarinstitutet ordnar en kurs i svenska, men tiden 17.30 passar inte för "
        "oss som jobbar."
    )
    sv(
        "Vi i föreningen Vänner av Brunnsparken tackar staden för de nya bänkarna."
    )
    sv(
        "Mvh [[P:Jan-Erik Sundström]]\n[[A:Bulevarden 22 A 9]]\n00120 Helsingfors"
    )
    sv(
        "[[P:Sjöbergs]] pojke har fått skrapsår flera gånger på den trasiga rutschkanan i parken."
    )
    sv(
        "Jag har redan skickat fakturan till [[P:Åsa]], men hon har inte svarat."
    )
    sv(
        "Hyresgästen [[P:Olofsson]] i lgh 5 har sagt att vattnet är brunt på morgnarna."
    )
    sv(
        "Min granne, kallad [[P:Kalle-Kulan]] av alla barn i huset, har ställt en grill på "
        "gården som ryker in i våra fönster."
    )
    sv(
        "Jag frågade [[P:Ahmed]] och [[P:Dragan]] i fotbollslaget och de vill också ha "
        "belysning på planen i Kvarnbäcken."
    )
    sv(
        "Gratulerar [[P:Elsa]] på 90-årsdagen, hälsningar från alla på seniorcentret!"
    )
    sv(
        "IBAN: [[I:"
        f"{_group(g.iban('FI', valid=False))}]] — mottagare [[P:Rasmus Forsman]]"
    )
    fi(
        "Siirrä maksu tilille [[I:"
        f"{g.iban('FI').lower()}]] kiitos, [[P:Juha]]"
    )
    fi(
        "Hyvä [[P:Riikka Palosaari]],\n\nkiitos viestistäsi. Tarkistimme asian ja totesimme, että "
        "[[A:Kirkkojärventie 6]]:n kohdalla oleva katuvalo korjataan viikolla 48.\n\n"
        "Terveisin [[P:Antti]], Espoon kaupunki"
    )
    fi(
        "Varaus: Myyrmäen nuorisotalo, isosali, lauantai 14.3. klo 12–16. Vastuuhenkilö "
        "[[P:Lamin Jallow]], puh. "
        f"[[T:{_phone_spaced(g.mobile())}]]"
    )
    fi(
        "Minun mielestä [[P:Hietasen]] ehdotus on hyvä mutta se maksaa liikaa."
    )
    fi(
        "Haluaisin siirtää varauksen [[P:Dilanille]] koska en itse pääse paikalle, onnistuuko?"
    )
    fi(
        "Rouva [[P:Jokinen]] kolmannesta kerroksesta on jo 93-vuotias eikä pääse ulos kun hissi "
        "on rikki, tämä on kohtuutonta."
    )
    fi(
        "Kun [[P:Aleksi]] ja [[P:Noora]] menivät kysymään lipunmyyjältä, tämä ei osannut neuvoa."
    )
    fi(
        "Soitin [[P:Raimolle]] joka on meidän taloyhtiön hallituksen puheenjohtaja ja hänkin "
        "oli yllättynyt että puut kaadettiin ilman ilmoitusta."
    )
    fi(
        "Tiedän että [[P:Chidin]] isä on sähköasentaja ja voisi katsoa valaistuksen talkoilla."
    )
    fi(
        "Tutulta, [[P:Marianilta]], kuulin että bussi 560 ei kulje enää Martinlaakson kautta."
    )
    fi(
        "Palautus maksetaan tilille "
        f"[[I:{g.iban('EE')}]] (Eesti, [[P:Kadri Tamm]])"
    )
    fi(
        "En tiedä kuka tämän on kirjoittanut mutta [[P:Pasi]] on oikeassa: Itäväylän melu on "
        "sietämätöntä yöllä."
    )
    fi(
        "[[P:Xuan]], [[P:Linh]] ja heidän äitinsä [[P:Mai]] ovat käyneet joka viikko "
        "lukupiirissä Malmin kirjastossa."
    )
    fi(
        "Puhuin [[P:Niklakselle]] ja [[P:Tuomakselle]], ja he ovat valmiita auttamaan talkoissa."
    )
    fi(
        "Minua ihmetyttää, miksi [[P:Koskisen]] perheelle annettiin lupa kaataa puu mutta "
        "meille ei."
    )
    fi(
        "Lumi sulaa keväällä ja silloin Kumpulan mäen polut ovat yhtä mutavellia."
    )
    fi(
        "Tuuli ja sade tekevät Kauppatorin laiturista liukkaan, tarvitaan kaide."
    )
    return r


def _part_three(g: _Gen) -> list[tuple[str, str]]:
    r: list[tuple[str, str]] = []

    def en(text: str) -> None:
        r.append(("en", text))

    def fi(text: str) -> None:
        r.append(("fi", text))

    en(
        "I have lived in Kallio for six years and every winter the same thing happens, the "
        "pavement on our street turns into an ice rink and last week my neighbour [[P:Goran]] "
        "slipped and hurt his back while carrying groceries home."
    )
    en(
        "My daughter [[P:Amina]] and her friend [[P:Ella]] walk to school along Hämeentie "
        "and the crossing at Sturenkatu has no lights at all in the morning."
    )
    en(
        "Yesterday [[P:Rahul]] from the cricket club asked the booking office whether we could "
        "use the field on Sundays and nobody has answered him yet."
    )
    en(
        "Thanks to [[P:Leena]] at the Oodi info desk, she found my son's lost backpack within minutes."
    )
    en(
        "We already told [[P:Mr Hakala]] about the leak but nothing happened."
        .replace("[[P:Mr Hakala]]", "Mr [[P:Hakala]]")
    )
    en(
        "I asked [[P:Chukwuemeka]] and [[P:Ngozi]], who run the Saturday football group, and "
        "they both said the goals in Myllypuro have been broken since August."
    )
    en(
        "Please refund the deposit to my account "
        f"[[I:{_group(g.iban('GB'))}]] (UK account, holder [[P:Olivia Bennett]])."
    )
    en(
        "When [[P:Carlos]] tried to book the sauna online the system kept saying the slot was "
        "taken, but when he went there it was empty."
    )
    en(
        "Our proposal was written by [[P:Maria Fernanda López]], [[P:João]] and [[P:Bea "
        "Santos]], all of us parents at the Vuosaari international school."
    )
    en(
        "The bus driver on line 69 was really kind to my mother [[P:Halyna]], who does not "
        "speak Finnish, and helped her find the right stop."
    )
    en(
        "---------- Forwarded message ---------\nFrom: [[P:Tom Eriksson]] "
        f"<[[E:tom.eriksson@{g.rng.choice(['hotmail.com', 'gmail.com'])}]]>\n"
        "Subject: noise\n\nHi [[P:Sara]], could you send this to the city? The construction "
        "starts at 6 am every day."
    )
    en(
        "Is [[P:Nieminen]] still the contact person for the Kivikko sports hall? I emailed him "
        "twice."
    )
    en(
        "We are three families from the same building: the [[P:Hassans]], the [[P:Mäkinens]] "
        "and us, and we would all like a bike shelter in the yard."
    )
    en(
        "Reply to resident: Dear [[P:Mr Oyelaran]], thank you for your feedback. "
        .replace("[[P:Mr Oyelaran]]", "Mr [[P:Oyelaran]]")
        + "Our street maintenance team led by [[P:Markku Peltonen]] will inspect the site. "
        "Kind regards, [[P:Hanna]], City of Helsinki Customer Service"
    )
    en(
        "My landlord, [[P:Pekka]], says the city owns the tree that fell on our car, can you "
        "confirm? The plate is [[R:GLO-553]]."
    )
    en(
        "I'm writing on behalf of my grandmother [[P:Aili]], 88, who cannot use the new "
        "ticket machines."
    )
    en(
        "The kids ([[P:Milo]], [[P:Zara]] and [[P:Ilyas]]) made this proposal themselves at the "
        "after-school club, I'm just typing it in."
    )
    en(
        "Honestly [[P:Rebecca]] said it best in the meeting: \"we don't need another parking "
        "lot, we need trees\"."
    )
    en(
        "Contact me at [[E:priya.nair.hki@gmail.com]] or call [[T:"
        f"{_intl(g.mobile())}]], ask for [[P:Priya]]."
    )
    en(
        "refund pls "
        f"[[I:{_group(g.iban('FI', valid=False))}]]"
        " cheers, [[P:Moe]]"
    )
    en(
        "The neighbours upstairs, [[P:Ken]] and [[P:Barbara Whitfield]], have been running a "
        "drill every night after ten and I've asked them twice to stop."
    )
    en(
        "Let me introduce [[P:Tenzin]], our new volunteer, who will be opening the hall on "
        "Thursdays instead of [[P:Lotta]]."
    )
    en(
        "Stevie, which is what everyone calls [[P:Stefan Holmström]], used to coach the kids "
        "before he moved to Espoo."
        .replace("Stevie,", "[[P:Stevie]],", 1)
    )
    en(
        "Will the swimming hall in Itäkeskus be open during the Christmas holidays?"
    )
    en(
        "Grace period for parking fines should be longer, 5 minutes is nothing when you're "
        "unloading a pram."
    )
    en(
        "Mark my words, the new tram line 15 will be full every morning from day one."
    )
    en(
        "The Sibelius monument area needs more bins, especially in summer."
    )
    en(
        "Case number HEL 2026-007733: I still have not received a decision. It's been 4 months."
    )
    en(
        "Bus 550 at 7:42 from Itäkeskus was 20 minutes late again today, third time this week."
    )
    en(
        "Faith, hope and charity - the church on the corner of Fredrikinkatu could open its yard "
        "for the homeless in winter."
    )
    en(
        "Espoo Central Library (Entresse) should stay open until 21 on weekdays."
    )
    en(
        "The postal code 00530 area has no public toilets at all near the waterfront."
    )
    en(
        "Hi, this is [[P:Dong-hyun]] again about the broken door at the youth house, "
        "[[P:Kimmo]] told me to write here."
    )
    en(
        "I saw [[P:Ibrahim]]'s post on the OmaStadi page and totally agree with him, "
        "the skate park is too small."
    )
    en(
        "Bank details for the refund: IBAN [[I:"
        f"{g.iban('DE')}]], BIC COBADEFFXXX, [[P:Lukas Becker]]"
    )
    en(
        "I left my keys with [[P:Svetlana]] in the next flat ([[A:Klaneettitie 8 C 37]]) so the "
        "plumber can get in."
    )
    en(
        "[[P:Anjali Sharma]] and [[P:Vikram]] from the Indian association would like to rent "
        "the hall for Diwali, 7 November, 16-22."
    )
    en(
        "my son [[P:alex]] got his bike stolen from outside the library, the bike racks there "
        "have nothing to lock the frame to"
    )
    en(
        "Can someone tell [[P:Ms Virtanen]] in the booking office that the projector is broken?"
        .replace("[[P:Ms Virtanen]]", "Ms [[P:Virtanen]]")
    )
    en(
        "Paid twice by mistake, please return to "
        f"[[I:{g.iban('NL')}]] thanks [[P:Daan]]"
    )
    en(
        "[[P:Parisa]] who teaches the Persian class asked me to report that the classroom "
        "heating doesn't work."
    )
    en(
        "The cleaner, I think her name is [[P:Rosalie]], does an amazing job at the Malmi "
        "library, please pass on our thanks."
    )
    en(
        "There's a car parked on the bike lane on [[A:Pohjoisesplanadi 33]] every morning, "
        "registration [[R:BTM-7]]."
    )
    en(
        "We're [[P:Kofi]] and [[P:Abena]], new in Helsinki, and wondered if there are free "
        "Finnish classes for parents with babies."
    )
    en(
        "My husband [[P:Piotr]] and I were told by [[P:Marek Nowak]] at the service point "
        "that we need to re-apply, is this true?"
    )
    en(
        "Refund account: [[I:pl"
        f"{g.iban('PL', valid=False)[2:]}]] ([[P:Agnieszka Wiśniewska]])"
    )
    en(
        "Hey, just a heads-up: the lights at the Herttoniemi ballfield are on all night, "
        "[[P:Jussi]] from the club noticed it too."
    )
    en(
        "Regards,\n[[P:Sunita Gurung]]\n[[A:Kivikonkaari 21 a 4]], 00940 Helsinki\n"
        f"mob. [[T:{g.mobile()}]]"
    )
    en(
        "Please do not publish my name. I'm [[P:Yevgenia]] and the man in flat 12, "
        "[[P:Volkov]], keeps smoking in the stairwell."
    )
    en(
        "IBAN [[I:"
        f"{_group(g.iban('ES'))}]] for the deposit return, account holder [[P:Lucía Martín]]."
    )
    en(
        "Thank you [[P:Ville]] and [[P:Sami]] for fixing the swings so fast!"
    )
    en(
        "The guy who runs the library's maker space ([[P:Jani]]?) said the 3D printer is out "
        "of service until further notice."
    )
    en(
        "Our neighbour [[P:Mrs Lindgren]] is blind and the new e-scooters on the pavement are a "
        "real danger to her."
        .replace("[[P:Mrs Lindgren]]", "Mrs [[P:Lindgren]]")
    )
    en(
        "Could [[P:Thanh]] and I book the room for a language café every Wednesday?"
    )
    en(
        "My IP is [[IP:91.153."
        f"{g.rng.randint(1, 254)}.{g.rng.randint(1, 254)}]] if that helps with the login issue, "
        "user [[P:arnav.k]]"
        .replace("user [[P:arnav.k]]", "thanks, [[P:Arnav]]")
    )
    en(
        "When [[P:Mustafa]] and [[P:Khadija]] moved in with their four kids nobody told them "
        "where the waste sorting room was."
    )
    en(
        "Booking note: key handed to [[P:Gabriel]] at 17:55, returned by [[P:Noor]] 21:10."
    )
    en(
        "hello my name is [[P:Nomvula]] i want to say the playground at Arabianranta needs shade, "
        "kids get burned in summer"
    )
    en(
        "Re: Your feedback 2026-11-03\n\n> Hi, who is responsible for the stairs?\n\n"
        "Hi [[P:Joanna]], the stairs belong to the housing company, please contact "
        "[[P:Riku Saarela]] at the property manager's office. Best, [[P:Outi]] (City of Espoo)"
    )
    en(
        "I want to thank the paramedics and especially the passer-by, a young man called "
        "[[P:Bashir]], who gave my father CPR at the Kamppi metro station."
    )
    en(
        "[[P:Grandpa Reijo]] always says the old tram route was better."
        .replace("[[P:Grandpa Reijo]]", "Grandpa [[P:Reijo]]")
    )
    en(
        "Account nr for the refund [[I:"
        f"{_split_at(g.iban('FI', valid=False), 10)}]]"
        " - [[P:Minh Anh]]"
    )
    fi(
        "Miksi [[P:Nooralle]] ja [[P:Ramille]] ei annettu vuoroa vaikka he hakivat ensimmäisenä?"
    )
    fi(
        "Olen [[P:Jamalin]] isä ja haluan kysyä, miksi koulukuljetus ei enää pysähdy meidän "
        "kulmalla."
    )
    fi(
        "Kävin [[P:Larsin]] ja [[P:Göranin]] kanssa katsomassa tontin ja se on ihan "
        "täynnä rakennusjätettä."
    )
    fi(
        "[[P:Siiri]] (8 v) kysyy, miksi puistossa ei ole enää kiipeilytelinettä."
    )
    fi(
        "Tytär [[P:Zeynep]] sai opettajalta [[P:Halonen]] luvan tulla kotiin aikaisemmin mutta "
        "bussi ei kulkenut."
        .replace("opettajalta [[P:Halonen]]", "opettaja [[P:Haloselta]]")
    )
    fi(
        "Huomio: [[P:Aleksandr Ivanov]] ja [[P:Mart Kask]] hoitavat tilan avaamisen "
        "jatkossa lauantaisin."
    )
    fi(
        "Maksu palautetaan tilille [[I:"
        f"{_group(g.iban('FI'), 6)}]] / [[P:Sirpa Vainio]]"
    )
    fi(
        "Sain [[P:Rodrigolta]] tiedon, että salin lattia on vaurioitunut edellisen "
        "varaajan jäljiltä."
    )
    fi(
        "Mun kaveri [[P:Bilal]] ja mä haluttais että Kontulan skeittiparkkiin tulee katos."
    )
    fi(
        "Olisi hyvä että [[P:Lehtoselle]] kerrottaisiin, että hänen autonsa [[R:UVB-301]] on "
        "hinattu."
    )
    fi(
        "Naapurimme [[P:Pentti Ahtisaari]] ei ole mitään sukua presidentille, mutta hänen "
        "postinsa tulee meille jatkuvasti väärään laatikkoon."
    )
    fi(
        "Kiitos [[P:Lindalle]] kirjaston lastenosastolta, satutunti oli ihana!"
    )
    fi(
        "Valitettavasti en pääse itse, mutta [[P:Hussein Warsame]] edustaa yhdistystämme kokouksessa."
    )
    fi(
        "Eilen illalla [[P:Tapiolle]] soitettiin taloyhtiöstä ja kerrottiin että vesi katkaistaan "
        "koko päiväksi ilman ennakkoilmoitusta."
    )
    fi(
        "Sofia, Hilla ja Venla ovat Lauttasaaren tyttöjen jalkapallojoukkueen maalivahteja ja "
        "he tarvitsevat lämpimän pukukopin."
        .replace("Sofia, Hilla ja Venla", "[[P:Sofia]], [[P:Hilla]] ja [[P:Venla]]")
    )
    fi(
        "Hetun kysymiseen puhelimessa en suostu, mutta tässä se on kun pakko: [[H:"
        f"{g.hetu('-')}]], [[P:Ilkka Mustonen]]"
    )
    fi(
        "Lapseni henkilötunnus on [[H:"
        f"{g.hetu('A', (14, 20))}]] ja nimi [[P:Aada Rinne]], ilmoittautuminen kerhoon."
    )
    fi(
        "Koulutie on ollut kunnossa koko syksyn, kiitos siitä! Bussi 73N ajaa nyt myös öisin."
    )
    fi(
        "Tapiolan keskuksessa on liian vähän pyöräparkkeja, Länsimetron asemalla sama juttu."
    )
    fi(
        "Kalasataman terveysasemalle pääsee nykyään vain ajanvarauksella, jonotin 40 minuuttia."
    )
    fi(
        "Unohdin laittaa viitteen, summa 45 € meni tilille jonka numero on ehkä väärin "
        "kirjoitettu, minun tilini on [[I:"
        f"{_split_at(g.iban('FI', valid=False), 4).replace(' ', '-')}]] terveisin [[P:Hannu]]"
    )
    fi(
        "Kukka kaupassa maksoi 12,90 € ja Kauppatorin kukkamyyjä pyysi samasta 25 €."
    )
    fi(
        "Vuoden 2026 OmaStadi-äänestyksessä Itä-Helsingin ehdotukset saivat eniten ääniä."
    )
    return r
