"""Blind evaluation block 20 for the free-text personal-data scrubber.

Written by helper "outsider 20" on 2026-12-07.

Blindness: while writing this file the author did not open, grep, list or run anything under harvester/,
tests/, scripts/, benchmarks/pii_eval.py, benchmarks/pii_build_devset.py or any other
benchmarks/pii_devset_outsider*.py file, and did not run the scrubber or any evaluation. The texts and the
markup below were written from the task description only.

Focus: a general evaluation block such as a new user of the scrubber would write to try it out.
- All four sources: Open311 feedback messages, Kerrokantasi hearing comments, OmaStadi participatory-budgeting
  proposals and Varaamo room-booking notes.
- Languages: Finnish about 50 %, Swedish about 25 %, English about 25 %.
- Every class (P, E, T, H, I, R, A, IP) in roughly natural proportions (names and addresses most common,
  identity codes, bank accounts and IP addresses rare), each with its hard cases:
  names next to phone numbers and e-mails on the same line, names in capitals, hyphenated names, names with
  particles (von, af, de, van der, al-, bin), nicknames, sign-offs ("/Sanna", "T: Eero", "t. mikko",
  "-- Helmi Saari", "Terv.", "Mvh", "Hälsningar", "Regards"), names that are also common words (Onni, Toivo,
  Tuuli, Lumi, Valo, Kari, Laine, Kivi, Ek, Berg, Grant, Will, Rose, Frank), Finland-Swedish and foreign
  names; addresses on streets of Helsinki, Espoo and Vantaa (multi-word names, -portti, -puisto, -kaari,
  -penger, -rinne, -tanhua, inflected "Kaarelantiellä 7", Swedish "Båtsmansgatan 3 B 12", flat parts
  "12 B9", "4 a 3", "as. 22", "lgh 5", "bst 7"); plates in any case after cues; text written to slip past
  (U+200B inside names and numbers, full-width letters and digits, U+2010-U+2015 dashes in HETUs and plates;
  all written with Python escapes or produced by helpers, never as raw characters in this source).
- Hard negatives (about a third of the records have no span at all): street names without numbers, parks,
  streets, schools and buildings named after people, famous and historical people, common words that are
  also first names, dates, times, prices, case numbers, order and reference numbers, postal codes, bus lines,
  opening hours, years, business IDs.

Seed: 2020 (`random.Random(2020)`), so the block is deterministic.

Markup: [[LABEL:text]] around each piece of personal data, LABEL one of P (private person's name or any part
of it, nickname), E (e-mail), T (phone), H (HETU), I (IBAN / bank account), R (licence plate), A (street
address with a house number, including staircase and flat), IP (IP address). Role words and titles stay
outside P spans; Finnish case endings are inside the span unless written after a colon; an English
possessive is inside. Postal codes and city names after an address are outside the A span.

`records()` returns a list of (lang, marked_text) with lang in "fi", "sv", "en".
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter

SEED = 2020

ZW = "\u200b"  # zero-width space
D_HYPHEN = "\u2010"
D_NBHYPHEN = "\u2011"
D_FIGURE = "\u2012"
D_EN = "\u2013"
D_EM = "\u2014"
D_BAR = "\u2015"

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(ddmmyy: str, sep: str, nnn: str) -> str:
    """A Finnish personal identity code with a correct check character."""
    return f"{ddmmyy}{sep}{nnn}{_HETU_CHECK[int(ddmmyy + nnn) % 31]}"


def iban(country: str, bban: str) -> str:
    """An IBAN with correct check digits for the given country code and BBAN."""
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def grp(s: str) -> str:
    """Print an IBAN in groups of four."""
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def fw(s: str) -> str:
    """Full-width form of the ASCII letters, digits and punctuation in s (spaces kept)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def zwin(s: str, pos: int) -> str:
    """Insert a zero-width space at position pos."""
    return s[:pos] + ZW + s[pos:]


# ---------------------------------------------------------------------------------------------------------
# Individually written records
# ---------------------------------------------------------------------------------------------------------

_FI_FEEDBACK: list[str] = [
    "Hakaniemen torin roskikset täynnä taas, lokit levittää roskat pitkin toria. Voisko tyhjennysväliä "
    "tihentää kesäksi?",
    "Katuvalo pimeänä [[A:Pohjoinen Rautatiekatu 21]] kohdalla jo kolmatta viikkoa, ja siinä kulkee paljon "
    "koululaisia aamulla.\n\n[[P:Kaisa Lindroos]] [[T:040 718 2296]]",
    "Pyörätiellä seisoo joka aamu sama pakettiauto, rekkari [[R:KZN-418]], talon [[A:Iso Roobertinkatu 14]] "
    "edessä. Pyöräilijät joutuu kiertämään ratikkakiskojen kautta!!",
    "Lumi on auraamatta koko Kaarelantiellä ja bussipysäkillä on puoli metriä sohjoa. Toivo ei ole kovin "
    "suuri että tähän reagoidaan, mutta laitan silti palautetta.",
    "Asun [[A:Kaarelantiellä 7]] ja pihan edessä oleva kaivonkansi on ollut rikki viikkoja. Joku vielä "
    "kompastuu siihen.\nterv. [[P:Onni Rantala]]",
    "hei, [[A:Kontulankaari 3 B 14]] kohdalla leikkipuiston keinun ketju on poikki. lapset käyttää sitä "
    "silti\n[[P:Mirja Hakkarainen]] / [[E:mirja.hakkarainen@kolumbus.fi]]",
    "Sibelius-puiston penkit maalattiin keväällä, mutta yksi on jo rikki Mechelininkadun puoleisessa päässä. "
    "Muuten kiitos, puisto on hienossa kunnossa \U0001f333",
    "Runeberginkadun ja Arkadiankadun risteyksessä valot vilkkuu keltaista aamulla klo 7.30 lähtien. "
    "Liittyykö tämä asiaan HEL 2025-014377?",
    "Naapuri [[P:Pe\u200bkka Sa\u200blo]] polttaa roskia grillissä pihalla, osoite [[A:Kielotie 4 a 3]], "
    "Vantaa. Palovaroitin soi eilen klo 22 ja koko rappu haisee.",
    "Tuuli kaatoi ison koivun Paavo Nurmen tielle lauantaina ja se on vieläkin siinä. Kiertotie "
    "Urheilupuiston kautta on pimeä.",
    "Ilmoitan rikkinäisestä vesipostista Kivikossa. Tarkempi paikka: [[A:Kivikonkaari 19]] takana, "
    "pallokentän vieressä.\nYhteystiedot: [[P:Jari Väisänen]], [[T:+358 50 412 7763]], "
    "[[E:jari.vaisanen@elisanet.fi]]",
    "ROSKAKATOS PALANUT [[A:HAKUNILANTIE 44]] PIHALLA YÖLLÄ. SOITTAKAA [[T:0400 812 334]] [[P:KORHONEN JUHA]]",
    "Moi! Meidän taloyhtiön ([[A:Vernissakatu 8 as. 41]]) edessä on seissyt auto kuukauden ilman kilpiä. "
    "Isännöitsijä [[P:Raimo Heiskanen]] sanoi että pitää ilmoittaa kaupungille.\nt. [[P:mikko]]",
    "Mannerheimintien ja Kaivokadun kulmassa ratikkapysäkin näyttötaulu näyttää väärää aikaa, linjat 4 ja 10 "
    "tulee ihan eri aikaan kuin näytössä lukee.",
    f"Sain pysäköintivirhemaksun vaikka auto oli oman taloyhtiön pihalla. Maksun numero 2025-883104, summa "
    f"80 €. Auto [[R:ROT-77]], omistaja [[P:Liisa Hämäläinen]] ([[H:{hetu('030457', '-', '242')}]]).",
    "Kiitos nopeasta korjauksesta! Erityiskiitos työnjohtaja [[P:Tero Lahtiselle]], joka soitti takaisin "
    "samana päivänä.",
    "Onni onnettomuudessa ettei kukaan loukkaantunut, kun katolta putosi jäitä Aleksanterinkadulla eilen. "
    "Kiinteistön pitäisi hoitaa lumityöt.",
    "Soittakaa vaikka numeroon [[T:044\u200b 923\u200b 1180]] niin näytän paikan, olen kotona "
    "[[A:Rajatorpantie 12 C 28]] arkisin klo 16 jälkeen.\n-[[P:Usva Lindqvist]]",
    f"kuoppa pyörätiellä, iso. yhteystiedot: [[P:{fw('Marja Koivu')}]] p. [[T:{fw('050 661 2048')}]]",
    "Kaisaniemen puistossa on rikottua lasia hiekkalaatikon vieressä, varokaa koirien kanssa. Paikka on "
    "lähellä Kasvitieteellisen puutarhan porttia.",
    "Koira-aitauksen portti ei mene kiinni [[A:Munkkiniemen puistotie 25]] vieressä ja meidän koira karkasi "
    "eilen. Soita [[T:045 127 9902]], [[P:Tuuli]]",
    "[Lomake] Aihe: Katujen kunnossapito\nViesti: Kuoppa Hämeentiellä Arabian kohdalla, tosi syvä.\n"
    "Lähettäjä: [[P:Niko Peltonen]] <[[E:niko.peltonen@gmail.com]]>\nIP: [[IP:91.155.37.208]]\n"
    "Aikaleima: 2025-11-03 08:14:52",
    "Kuoppa on n. 30 cm leveä ja 10 cm syvä, sijainti Hämeentie välillä Kaikukatu - Arabiankatu. Kuva "
    "liitteenä (IMG_2043.jpg).",
    "Tervehdys! Bussikatoksen lasit on rikottu [[A:Martinlaaksontie 36]] edessä, lasia joka puolella. "
    "Ilmoittaja [[P:Ahmed Hassan]], [[T:046 940 2218]]",
    "Ketä kiinnostaa? Olen ilmoittanut tästä samasta lätäköstä kolme kertaa (viimeksi 12.9.2025) eikä mitään "
    "tapahdu.\n\n-- \n[[P:Helmi Saari]]\n[[A:Tilkanvierto 3 A 5]]\n00290 Helsinki",
    "Tiedoksi: Aleksis Kiven kadun ja Sturenkadun risteyksessä suojatien maalaukset ovat kuluneet "
    "näkymättömiin. Koulu alkaa 8.15 ja lapsia kulkee paljon.",
    "Eilen klo 17 valkoinen farmari (kilvet [[R:glm-935]]) ajoi punaisia päin Sörnäisten rantatiellä ja "
    "melkein osui lapsiin. En tiedä kuuluuko tämä teille vai poliisille.",
    "Vallilan kirjaston edustalla pyörätelineet ovat rikki, 6 kpl. Kirjasto auki ma-to 10-20, pe 10-16.",
    "Meidän kadulla [[A:Lummetie 2 b 9]] Tikkurilassa roskat on levällään, koska jäteauto ei pääse astioille "
    "kun kadulla on autoja. Esim. [[R:VAN-202]] ja [[R:ixl-48]] on aina siinä. [[P:Sirpa]]",
    f"Haen asukaspysäköintitunnusta. Nimi [[P:Hannele Turunen]], henkilötunnus "
    f"[[H:{hetu('220761', '-', '384')}]], osoite [[A:Kauppamiehentie 6 as. 12]], 02100 Espoo.",
    "Valo ei pala C-rapun portaikossa eikä pihalla, [[A:Kaivokselantie 9]], Vantaa. Ilmoittaja [[P:Valo Nieminen]]",
    f"Jos tarvitsette henkilötunnukseni niin se on [[H:{hetu('170992', D_HYPHEN, '318')}]]. Auto on "
    f"[[R:KLM\u2013404]] ja seisoi Hernesaarenrannassa.",
    "Parkkimaksu Kampissa maksoi 4,80 €/h ja automaatti ei ottanut korttia. Automaatin numero on 1420, "
    "Annankadun ja Lönnrotinkadun kulmassa.",
    "Naapurin [[P:Carl-Johan af Forselles]] pihan tuijat kasvavat kadulle ja peittävät näkyvyyden "
    "[[A:Kulosaaren puistotie 18]] kohdalla.",
    "Haluaisin kiittää siivoojia [[P:Olena Kovalenkoa]] ja [[P:Tiinaa]], jotka siivosivat leikkipuiston "
    "juhannuksen jälkeen 🙏",
    "Asematien alikulku Tikkurilassa tulvii joka sateella. Vettä oli 15.10. aamulla ainakin 20 cm.",
    "Hei\n\nTalomme [[A:Agricolankatu 7 B 33]] pihalla on ollut rotta-ongelma jo keväästä. Soittakaa "
    "[[T:+358401236655]] tai laittakaa viestiä [[E:kaarina.lehtonen@welho.com]]\n\nYstävällisin terveisin\n"
    "[[P:Kaarina Lehtonen]]",
    "Metsä-Tuomelan kohdalla Kehä I:n alikulussa on graffiteja ja rikottu valaisin. Paikka on Espoon puolella, "
    "tiedoksi jos kuuluu teille.",
    "Rekisterikilpi [[R:\uff2a\uff2b\uff32-\uff15\uff15\uff10]] \u2014 tämä auto on parkissa invapaikalla koko ajan "
    "Itäkeskuksen kirjaston edessä eikä siinä ole lupaa.",
    "Kiitos [[P:Eerolle]] ja muille lumitöistä! Kerrankin kävelytie [[A:Kalliolanrinne 4]] kohdalla oli "
    "aurattu ennen seitsemää.",
    "Kivi on irronnut muurista Tähtitorninvuorella ja pudonnut kävelytielle. Iso kivi, ainakin 20 kg.",
    "Roskis ylitäynnä [[A:Tammipuisto 8]] edessä, Vantaa. T: [[P:Eero]]",
    "Kenen vastuulla on Kaisaniemenkadun talvikunnossapito? Sain vastauksen asiaan HEL 2024-019922 mutta "
    "siinä ei kerrottu mitään.",
]

_FI_KERROKANTASI: list[str] = [
    "Kannatan ehdotusta, mutta Vallilanlaakson puistoa ei saa kaventaa yhtään. Se on tärkeä virkistysalue "
    "koko Itä-Helsingille.",
    "Kiitos [[P:Laura Mäelle]] hyvästä esittelystä asukasillassa! Yksi kysymys jäi: miten pyörätie jatkuu "
    "Hämeentiellä Kurvin kohdalla?",
    "Asun itse [[A:Mäkelänrinne 5 C 31]] ja ikkunoista näkyy suoraan tuleva työmaa. Melu klo 7-22 arkisin ei "
    "ole kohtuullista.",
    "> Kuka tämänkin on keksinyt?\n\nKaavoittaja [[P:Hannu Aaltonen]] kertoi tilaisuudessa 4.3. että "
    "suunnitelmaa vielä muutetaan. Kannattaa lukea pöytäkirja ennen kuin huutaa.",
    "Toivon, että Keskuspuiston metsäalueet säilytetään. Metsä on monelle ainoa luontokokemus kaupungissa ja "
    "kaavaluonnos 2024 vie siitä liikaa.",
    "Ehdotettu 8-kerroksinen talo Kallion kirkon viereen peittää näkymän. Lars Sonckin suunnittelema kirkko "
    "on maamerkki, ja sen ympäristö pitää suojella.",
    "Olen samaa mieltä kuin [[P:Kirsi-Marja]] yllä. Meillä [[A:Lauttasaarentie 28 A 3]] pihalla on jo nyt "
    "liikaa läpiajoliikennettä.",
    "Suvi on Helsingissä lyhyt, joten rantojen pitää olla kaikkien käytössä. Ei yksityisiä laitureita "
    "Kaivopuiston rantaan!",
    "Me asukasyhdistyksestä ([[P:Sanna Virtanen-Korhonen]], [[P:Ilkka de Vries]] ja [[P:Minna Nyberg]]) "
    "kannatamme vaihtoehtoa B. Lisätietoja [[E:sanna.vk@gmail.com]]",
    "Ratikka Viikinkaarelle on hyvä idea, mutta pysäkki kohtaan [[A:Viikinkaari 11]] on huono paikka, siinä on "
    "jo nyt tungosta.",
    "Kommentti kohtaan 3.2: Kaavaselostuksen sivulla 14 mainitaan 1 200 uutta asukasta, mutta liitteessä 5 "
    "puhutaan 1 450:stä. Kumpi pitää paikkansa?",
    "[[P:MATTI]] JA [[P:SEIJA LEHTINEN]], [[A:VANHA TALVITIE 11 B 4]]: VASTUSTAMME JYRKÄSTI TÄTÄ HANKETTA!!!",
    "Karhu-veistos Malminkartanon aukiolla on alueen tunnus, sitä ei saa siirtää. Kivetyksen voi uusia.",
    "Länsiväylän pyörätie Keilaniemessä on vaarallinen. Keilaranta ja Karaportti ovat täynnä pyöräilijöitä "
    "aamuisin klo 8-9.",
    "Me asumme perheen kanssa osoitteessa [[A:Kilonportti 3 A 9]], ja uusi ramppi tulisi suoraan "
    "makuuhuoneen ikkunan alle.",
    "Kirjoitan myös naapurini [[P:Ainon]] puolesta: hän on 92-vuotias eikä pääse netissä kommentoimaan. "
    "Hissitön talo + työmaa = hän ei pääse ulos.",
    "Hyvä suunnitelma, mutta Pakilantien varteen tarvitaan lisää puita ja penkkejä.\n\nT: [[P:Eero]]",
    "Valtuutettu [[P:Tarja Hirvelä]] lupasi viime vaaleissa, että Malmin lentokenttä säilyy. Mitä tapahtui?",
    "Ehdotan, että uusi puisto nimetään Minna Canthin mukaan. Tove Janssonin puisto Katajanokalla on hyvä "
    "esimerkki siitä, miten nimi tuo alueelle identiteettiä.",
    "Olen [[P:Ossi Mustonen]] ja asun [[A:Paciuksenkatu 12 B9]]. Meilahden sairaala-alueen liikenne on jo nyt kaaos.",
    "Kaupunkiympäristön vastaava [[P:Pirjo Räsänen]] ([[E:pirjo.rasanen@hel.fi]], [[T:09 310 21944]]) vastaa "
    "kysymyksiin 30.1. asti.",
    "Ei näin! Eliel Saarisen tien varren puut ovat 1930-luvulta, niitä ei saa kaataa.",
    "Vastaus [[P:Jukalle]]: pyöräkaista ei vie autokaistaa vaan pysäköintipaikat. Lue suunnitelma uudelleen.",
    'Tiedoksi kommentoijalle "Kallion äiti": kaava on nähtävillä 1.-30.9. ja mielipiteet voi lähettää '
    "kirjaamoon, diaarinumero HEL 2025-002210.",
    "[[P:Tuomas]] ja [[P:Riikka Järvinen]], [[A:Itäinen Papinkatu 9 A 2]]\nVastustamme pihan kaventamista.",
    "Rauha ja hiljaisuus ovat syy miksi muutimme Pukinmäkeen. Nyt tähän tulee rekkaterminaali.",
    f"Ehdotan että tämä hylätään.\nTerv. [[P:Arja Pulkkinen]] (synt. 1979), hetu "
    f"[[H:{zwin(hetu('121279', '-', '155'), 6)}]] - en tiennyt mihin kenttään tämä kuuluu.",
    "Lomakkeen lähetys epäonnistui kolme kertaa: 'Error 403, client [[IP:10.24.3.118]]'. Kommenttini: "
    "kevyen liikenteen silta Kruunuvuorenrantaan on hyvä, mutta valmistuu liian myöhään (2027).",
    "Kaavan numero 12750 ja karttaliite 3.2.1.4 ovat ristiriidassa. Korttelissa 23104 on eri rakennusoikeus "
    "(4 500 k-m2) kuin selostuksessa.",
]

_FI_OMASTADI: list[str] = [
    "Ehdotus: Ulkokuntosali Myllypuroon\nMyllypuron liikuntapuistoon tarvitaan ulkokuntosali nuorille ja "
    "ikäihmisille. Arvioitu hinta 45 000 €. Ehdottaja: Myllypuron Omakotiyhdistys ry.",
    "Ehdotuksen nimi: Valoa Puotilan rantaan\nKuvaus: Puotilan rantareitti on talvella täysin pimeä, "
    "tarvitaan valaistus.\nEhdottaja: [[P:Suvi Lehto]] ([[E:suvi.lehto@outlook.com]])",
    "Tämä on [[P:Helmin]] ja [[P:Eerikin]] yhteinen idea 5B-luokalta: lisää roskiksia Kontulan ostarille!",
    "Budjetti: 120 000 €\nToteutusaika: 2026-2027\nSijainti: Kivikon ulkoilupuisto, Kivikonkaari\nKohderyhmä: kaikki",
    "Ehdottajan yhteystiedot\nNimi: [[P:Mohamed Warsame]]\nPuhelin: [[T:044 712 0094]]\nOsoite: "
    "[[A:Kontulantie 5 F 101]], 00940 Helsinki",
    "Lisää penkkejä Iso Roobertinkadulle! Kävelykatu on hieno mutta istumapaikkoja on liian vähän, etenkin "
    "vanhuksille.",
    "Ideoijana [[P:Kari Laine]] Herttoniemestä. [[P:Kari]] vetää jo nyt siivoustalkoita rannassa ja lupaa "
    "huolehtia kasvimaasta.",
    "Perhekahvila Pikku-Huopalahteen. Yhteyshenkilö [[P:Pieter van der Berg]], [[T:+31 6 1234 5678]]",
    "Skeittiparkki Vuosaareen! [[P:Abdirahman Yusuf]] ja kaverit, Vuosaaren nuorisotalo.",
    "Kiitos kaikille jotka äänestivät! Ehdotuksemme sai 1 342 ääntä ja se toteutetaan vuonna 2026. Seuraava "
    "tapaaminen nuorisotalolla 14.1. klo 18.",
    "Koira-aitaus Lumon puistoon. Oulunkylässä on paljon koiria mutta lähin aitaus on 2 km päässä.\n"
    "Ehdottaja [[P:Rauha Immonen]] (87 v.)",
    "Kommentti: Hieno ehdotus! Meidän lapset kävisi varmasti.\nt. [[P:Outi]] & [[P:Jarkko]]",
    "Sähköpyöräparkki Kalasataman metroasemalle, nyt pyöriä on kymmeniä kiinni kaiteissa.",
    "Ehdotus: Uimaranta Vartiosaareen. Vartiosaari on upea mutta sinne pääsee vain veneellä; lossi kesäksi "
    "(kesä-elokuu) maksaisi arviolta 80 000 €.",
    "Ehdotuksen jättäjä: [[P:Ville-Veikko Hyvärinen-Mäki]]\n[[E:vv.hyvarinen@luukku.com]] [[T:050\u2011338\u20117716]]",
    "Kasvimaapalstat Malmille. Meitä on jo 14 perhettä mukana, yhteyshenkilönä [[P:Hanna]] ([[T:040 551 9034]]).",
    "Lasten liikennepuisto Kannelmäkeen. Idea syntyi kun [[P:Niilo]] (6 v.) kysyi miksei täällä ole "
    "sellaista kuin Tapanilassa.",
]

_FI_VARAAMO: list[str] = [
    "Varaaja [[P:Tiina Koskela]], puh [[T:044 551 2077]]. Tarvitsemme videotykin ja 20 tuolia. Laskutus: "
    "[[A:Leppävaarankatu 9 as. 22]], 02600 Espoo.",
    "Kerhohuone 2 h, lasten syntymäpäivät, n. 15 lasta. Avain haetaan Oodin infosta.",
    "Laskutustiedot: Y-tunnus 2456781-3, viite 10205 44381, tilaus PO-7781. Yhteyshenkilö [[P:Arto Kivi]]",
    "Varaus taloyhtiön kokoukselle. Puheenjohtaja [[P:Veikko Hyvönen]] [[T:050 302 4411]] "
    "[[E:veikko.hyvonen@pp.inet.fi]]",
    "Bändiharjoitus, rummut omat. Lopetamme viimeistään 21.45. Huone 3, Kanneltalo.",
    f"Maksu tilisiirtona tililtä [[I:{grp(iban('FI', '15903000123417'))}]] ([[P:Eeva-Liisa Hirvonen]]).",
    "Varaan salin [[P:Jussin]] 40-vuotisjuhliin, vieraita noin 35. Tuomme omat tarjoilut.",
    f"Vuokrasopimusta varten: [[P:Marja-Leena Salonen]], hetu [[H:{hetu('250162', '-', '486')}]], "
    f"[[A:Myyrmäentie 3 D 47]], 01600 Vantaa",
    "Varaaja: [[P:Fatima Abdi]]. Somalinkielinen äitien kerho, 12 äitiä + lapset. Yhteys "
    "[[T:+358 46 552 1903]] (whatsapp).",
    "Peruutus: varaus 12.12. klo 17-19 perutaan. Varausnumero 7731904.",
    "Nuorisotilan varaus, vastuuaikuinen [[P:Petteri Jokinen]], [[A:Peltolantie 7 as 3]], Vantaa.",
    "Tilaisuus: kuoroharjoitus. Johtaja [[P:Ulla-Britt Nyström]] [[E:ub.nystrom@kolumbus.fi]]",
    "Tarvitsemme esteettömän sisäänkäynnin, yksi pyörätuolin käyttäjä. Paikalla 8 henkilöä.",
    "Varaus tehty sovelluksessa, laite iPhone 13, IP [[IP:2001:14ba:a0b2:6e00:5c1e:9f:fe33:210a]]",
    f"Palautus tilille [[I:{iban('FI', '57204020119843')}]] kiitos, varaus peruuntui sairastumisen takia. /[[P:Sanna]]",
    "Kokoushuone Aurora, 9.00-11.30. Kahvitarjoilu tilattu erikseen (lasku 84,50 €).",
    "Varaajan tiedot: [[P:JUKKA-PEKKA LEPPÄNEN]], [[A:SAVIPENGER 2 A 6]], 00510 HKI, [[T:0505512233]]",
    "Vastuuhenkilö vaihtui: uusi vastuuhenkilö on [[P:Jaana K.]] (entinen [[P:Pasi]] muutti Turkuun).",
    f"Henkilötunnus laskutusta varten [[H:{fw(hetu('140381', '-', '216'))}]], nimi [[P:Riitta Pesonen]]",
    "Saunavuoro Kumpulan maauimalassa ti 18-20, 6 hlö. Hinta 60 € / krt.",
    f"Lapsen henkilötunnus [[H:{hetu('220614', 'B', '063')}]] ja huoltajan [[H:{hetu('300689', 'Y', '911')}]]"
    f" - tarvitaanko molemmat kerhoon ilmoittautuessa? Kerho alkaa 2.2.2026.",
    f"Laskutus: [[P:Kalle Ruotsalainen]] [[H:{hetu('081156', D_EN, '233')}]] [[T:040 882 1934]], tili "
    f"[[I:{iban('FI', '20561800437792')}]]",
    f"Tilinro [[I:{zwin(grp(iban('FI', '31313001220915')), 9)}]], saaja [[P:Anne Björkqvist]]. Vuokra 35 € "
    f"maksettu 3.3.",
    "Maksoin vahingossa kahdesti (2 x 42,00 €). Palautus vanhalle tilille [[I:159030-776]], t. [[P:Pentti]]",
    "Sovelluksen versio 3.14.2.7 kaatuu kun yrittää lisätä kuvan varaukseen. Puhelin Android 14, build "
    "UP1A.231005.007.",
]

_SV_TEXTS: list[str] = [
    "Gatlyktan utanför [[A:Båtsmansgatan 3 B 12]] har varit trasig sedan oktober. Det är kolsvart när barnen "
    "går till skolan.\nMvh [[P:Gunilla Strömberg]]",
    "Bilen med reg.nr [[R:gkt-552]] står på cykelbanan på Tavastvägen varje morgon mellan 7 och 9.",
    "Snön har inte plogats på Runebergsgatan sedan i fredags. Buss 24 kunde inte stanna vid hållplatsen.",
    "Jag bor på [[A:Mechelingatan 22 bst 7]] och grannens hund skäller hela nätterna. Hälsningar, "
    "[[P:Björn Lindqvist]]",
    "Björkarna i Esplanadparken borde beskäras, grenarna hänger ner över gångvägen. Tack på förhand!",
    "Hej! Parkeringsautomaten vid Sandvikstorget tar inte kort. Jag fick en bot på 80 € fast jag försökte "
    "betala. Ärendenummer HEL 2025-007716.\n/[[P:Stina Ek]]",
    "Ring mig gärna på [[T:+358 40 662 1180]] eller skicka e-post till [[E:mats.lonnqvist@gmail.com]]. "
    "[[P:Mats Lönnqvist]]",
    "Lekparken i Brunnsparken har fått nya gungor, tack! Men sanden i sandlådan borde bytas.",
    "Min granne [[P:Ulf af Hällström]] har redan anmält detta men inget har hänt. Vi bor båda på "
    "[[A:Observatoriegatan 4 A]].",
    "Kontakt: [[P:Ma\u200bria Sjö\u200bberg]], [[T:050\u200b 771 2034]]",
    "Lägenheten på [[A:Tölögatan 28 lgh 5]] har fått råttor, de kommer från soptunnorna på gården. "
    "Hälsningar [[P:Frida]]",
    "Spårvagn 2 och 3 går inte enligt tidtabellen, vid Tölötorget väntade vi 25 minuter den 3.11.",
    "Skräp i Kajsaniemiparken efter festen lördag natt. Själv bor jag på [[A:Broholmsgatan 6 C 48]] och ser "
    "allt från fönstret.",
    "En bil med svenskt registreringsnummer [[R:XYL 830]] har stått på Skeppargatan i tre veckor.",
    "Mvh\n[[P:Henrik Åberg]]\n[[T:+358 44 201 7765]]\n[[A:Fredriksgatan 61 A 10]], 00100 Helsingfors",
    "Jag motsätter mig planen att bygga på Centralparkens skogsområden. Skogen är viktig för oss som bor i "
    "Haga och Norra Haga.",
    "Som [[P:Kristina]] skrev ovan: vägen till Degerö behöver en riktig cykelväg. Vi som bor på "
    "[[A:Degerövägen 19 B 3]] cyklar dagligen.",
    "Bra förslag! Ett café vid Sandudds strand vore trevligt, kanske öppet maj-september kl. 10-20.",
    "Hälsningar från [[P:Lena]] och [[P:Rasmus Söderholm]], Brändö",
    "Stadsplaneraren [[P:Johan Sundqvist]] lovade på invånarmötet 12.2 att svara på frågorna om trafiken. "
    "Vi väntar fortfarande.",
    "Gatan heter Topeliusgatan på svenska, inte Topeliuksenkatu! Skylten vid Mejlans är fel.",
    "Jag heter [[P:Viktor Berg]] och bor vid Nordsjö gård. Berget bakom huset sprängs nu varje dag kl. 8.",
    "Vi från Hertonäs lågstadieskola tycker att skolgården behöver mer grönt. Skolan har 340 elever.",
    "Förslag: Utegym i Botby\nBeskrivning: Botbyparken saknar träningsredskap för vuxna.\n"
    "Förslagsställare: [[P:Camilla Wikström]], [[E:camilla.wikstrom@yahoo.se]]",
    "Budget: ca 60 000 €. Förslaget röstades fram med 812 röster år 2024 och byggs 2026.",
    "Idén kommer från [[P:Ebba]] (9 år) och [[P:Noah Lindroos]] (10 år) i klass 4B.",
    "Mer belysning i Kajsaniemiparken, särskilt vid gången mot Järnvägsstationen.",
    "Kontaktperson: [[P:Dmitri Volkov]], tfn [[T:+358 45 330 8812]]",
    "Bokare: [[P:Annika Ekholm]], tfn [[T:040 615 2290]]. Faktureringsadress: [[A:Runebergsgatan 40 A 6]], "
    "00260 Helsingfors.",
    "Rummet behövs kl. 18-20 varje tisdag under vårterminen, 12 personer. Bokningsnummer 5510238.",
    f"Betalning från konto [[I:{grp(iban('FI', '80001470355631'))}]] (kontoinnehavare [[P:Stefan Backman]]).",
    "Ansvarig vuxen: [[P:Kajsa de la Chapelle]], [[A:Skeppsredaregatan 2 bst 7]]",
    "Körövning, vi tar med eget piano. Nyckeln hämtas från Arbis vaktmästeri.",
    f"Återbetalning till mitt svenska konto [[I:{grp(iban('SE', '50000000058398257466'))}]] tack. /[[P:Linnea]]",
    f"Personbeteckning för faktureringen: [[H:{hetu('050312', 'A', '456')}]] (barnet är bokaren, "
    f"vårdnadshavare [[P:Patrik Holmberg]]).",
    "Vi planterade en ek och två lindar vid Kottby lågstadieskola i maj. Skylten säger 'Plantera ett träd 2025'.",
    "Tack för snabb återkoppling!\nT. [[P:Rosa Lind]]",
    "Terveisin / Hälsningar\n[[P:Mikaela Grönqvist]]\n[[T:09 310 37443]]\nStadsmiljösektorn",
    f"Ni kan ringa mig på telefon [[T:{fw('+358 50 449 2771')}]] efter kl. 17.",
    f"Husbilen med regnr [[R:OKM{D_FIGURE}118]] har stått på Hagnäs strand sedan midsommar.",
    "Formulär skickat från IP [[IP:85.76.112.9]], användare [[E:kerstin.nyman@live.se]]",
    "Hälsn. [[P:Kerstin]]\n\n> Kan du skicka en bild?\nJa, bifogar två bilder från Ulrikasborg.",
    "Vårt förslag: Ett bibliotek för verktyg i Nordsjö, öppet tors 17-19. Kostnad 25 000 €.",
    "Elever från Botby grundskola plockade skräp i Kasabergets park den 22 april. Tack till alla!",
    "Jag anmäler att gatan mellan Kaptensgatan och Högbergsgatan har gropar. Hälsningar Stadsdelsföreningen "
    "i Ulrikasborg rf.",
    "Hej [[P:Mikaela]], tack för svaret. Jag bor fortfarande på [[A:Stora Robertsgatan 17 lgh 12]] och "
    "problemet kvarstår.",
    "Lindar och ekar längs Mannerheimvägen behöver beskäras innan stormarna i november.",
    "[[P:ULLA NORDSTRÖM]] [[T:0407719902]] [[E:ulla.nordstrom@kolumbus.fi]] - bokningen gäller lördag 14.3.",
    f"Min personbeteckning är [[H:{hetu('150548', D_BAR, '120')}]] om ni behöver den för parkeringstillståndet. "
    f"[[P:Göran Westerholm]], [[A:Drumsövägen 8 A 14]]",
    f"Betalningen kom från fel konto, rätt konto är [[I:{fw(grp(iban('FI', '10403500918264')))}]]. "
    f"Hälsningar [[P:Britt-Marie]]",
    "Inlämnat via webbformulär, IP-adress [[IP:194.136.48.211]], webbläsare Firefox 132.0.2.",
]

_EN_TEXTS: list[str] = [
    "Hi, the streetlight outside [[A:Fredrikinkatu 44]] keeps flickering all night, it's like a disco in our "
    "bedroom. Regards, [[P:Siobhan O'Connor]]",
    "Hope this gets fixed before winter. The path along Töölönlahti is completely dark after 4pm.",
    "My neighbour [[P:Mark]] says he reported the broken bench already in August but nothing happened.",
    "Please mark the pedestrian crossing on Mannerheimintie near the Opera again, the paint has worn off.",
    "Booked by [[P:Priya Raghavan]] for the monthly meeting of the Tamil community. Contact "
    "[[E:priya.r@iki.fi]], [[T:+358 44 918 2207]].",
    "Submitted via web form\nName: [[P:Tomasz Wiśniewski]]\nEmail: [[E:t.wisniewski@wp.pl]]\nClient IP: "
    "[[IP:91.152.208.47]]\nMessage: bin at [[A:Sturenkatu 27]] overflowing since Monday",
    "The 550 bus was 20 minutes late on 12 November, and the display at Itäkeskus said 'Cancelled'. The "
    "ticket cost 3.20 €.",
    "[[P:Grant]] and I live at [[A:Vuorimiehenkatu 5 A 7]] and the construction noise starts at 6:30 every morning.",
    "Grant funding for the community garden in Malmi would be great; the budget estimate is 15 000 EUR.",
    "Will this ever be fixed? Third time reporting the same pothole on Lapinlahdenkatu.",
    "Thanks for the quick response!\nCheers, [[P:Will]]",
    "There's a car parked on the cycle lane every morning, plate [[R:ZTB-661]], outside [[A:Hietalahdenkatu 9]].",
    "Regards,\n[[P:Jean-Luc Moreau]]\n[[A:Pohjoinen Hesperiankatu 15 B 22]]\n00260 Helsinki\n[[T:+33 6 12 48 90 17]]",
    "I am writing on behalf of my elderly mother, [[P:Anneli Saarinen]], who lives at "
    "[[A:Kaivokselantie 3 C 41]] in Vantaa. The lift has been broken for 3 weeks.",
    "Great work with Oodi! The maker space on the 3rd floor is amazing, open Mon-Fri 8-22.",
    "Comment on the Hakaniemi plan: I support option 2. \u2014 [[P:Carlos Mendoza]], Kallio resident",
    "The Tove Jansson park in Katajanokka needs more bins, and the Sibelius Monument area is full of tour "
    "buses every day from 10 to 4.",
    "Proposal: Bike repair station in Kannelmäki\nSubmitted by [[P:Aleksandra Nowak]] ([[E:ola.nowak@protonmail.com]])",
    "Booking for [[P:Kwame's]] farewell party, about 25 guests, 18-22. We'll bring our own speakers.",
    "CONTACT: [[P:NGUYEN THI LAN]] [[T:044 912 3880]]",
    f"For the residents' parking permit: name [[P:Daniel Fischer]], personal identity code "
    f"[[H:{hetu('110788', 'Y', '127')}]], address [[A:Ruoholahdenkatu 21 A 14]].",
    f"Please refund to [[I:{grp(iban('FI', '47100010288642'))}]], account holder [[P:Mei Chen]].",
    "Reported by [[P:Yusuf bin Rashid]], [[T:050 992 1476]], [[E:yusuf.binrashid@outlook.com]]",
    "[[P:Omar al-Sayed]] from the flat below says the water has been brown since Tuesday.",
    "Frank feedback: the new bike lanes on Baana are brilliant but the lighting near Ruoholahti is poor.",
    "Thanks for listening.\n\u2014 [[P:Frank Holloway]]",
    "Case number HEL 2024-019922. I was told to reference this when following up. Order no. 4500981177.",
    "Hey, it's [[P:Jess]] again (the one who complained about rats at [[A:Agricolankatu 7 B]]). Still rats.",
    "Someone logged in to my Varaamo account from [[IP:185.23.77.14]], it wasn't me! Please check. "
    "[[E:helena.paasonen@gmail.com]]",
    "my email is [[E:jani\u200b.lehto@gmail.com]] if you need photos",
    "white van reg [[R:kpo-318]] dumped construction waste in the Kivikko woods on Sunday",
    "The Rose Garden in Kaisaniemi is beautiful; maybe add a sign in English. Opening hours 9-17 are too "
    "short in summer.",
    "Hi [[P:Rose]], thanks for the quick reply! I'll send the photos tonight.",
    "We moved to [[A:Otaniementie 12 A 8]], Espoo last month and the bus stop has no shelter at all.",
    "The crossing at Kehä I and Turunväylä is dangerous for cyclists, especially in the dark.",
    "Sincerely,\n[[P:Marieke van den Broek]]\nPhD researcher, Aalto University",
    "Hello, I booked the sauna for Friday 19:00-21:00 (booking 6620193) but the door code 4471 didn't work.",
    "Proposal by [[P:Olu]] & [[P:Tayo Adeyemi]]: Afro-Finnish youth dance nights at Stoa, monthly, about 8 000 "
    "€ a year.",
    "The trees on Runeberginkatu near the Sibelius Academy were cut down without warning. Why?",
    "pls call me back [[T:0451237789]] - [[P:Dan]]",
    "Noise from the bar at [[A:Helsinginkatu 15]] every weekend until 4am. Police case 5080/R/12345/25.",
    f"my plate is [[R:bte{D_EN}902]] and I got a parking fine even though I paid via the app (receipt 88120).",
    "Best,\n[[P:Sam Kowalczyk-Virtanen]]\n[[T:+358 (0)40 128 5550]]",
    "Young families in Jätkäsaari need a bigger playground. Brown water in the pipes at Tyynenmerenkatu too.",
    "Booking note: key handed to Ms. [[P:Hakala]]? no, to the caretaker [[P:Ilona Hakala]], she returns it on Monday.",
    f"My HETU is [[H:{hetu('010295', D_FIGURE, '871')}]] and my wife's is [[H:{hetu('270396', D_EM, '044')}]], "
    f"we both need the permit for [[R:NOR-1]].",
    f"Refund please to my German account [[I:{iban('DE', '370400440532013000').lower()}]] (owner [[P:Lena Schäfer]]).",
    "Headers from the bounced mail: X-Forwarded-For: [[IP:93.106.12.7]], [[IP:172.31.4.20]]; Message-ID "
    "20251104.77812@mail.example",
    "We are the [[P:Green]] family ([[P:Tom]], [[P:Amy]] and the kids) at [[A:Itätuulentie 2 B 15]], Espoo.",
]

# ---------------------------------------------------------------------------------------------------------
# Templated records (many frames, slots filled from the pools below with the fixed seed)
# ---------------------------------------------------------------------------------------------------------

_FI_FIRST = [
    "Aino",
    "Eero",
    "Sanna",
    "Mikko",
    "Helmi",
    "Juha",
    "Liisa",
    "Tuomas",
    "Kaisa",
    "Jari",
    "Päivi",
    "Ville",
    "Heikki",
    "Riikka",
    "Antti",
    "Minna",
    "Outi",
    "Timo",
    "Sirpa",
    "Jukka",
    "Noora",
    "Ilkka",
    "Maarit",
    "Petteri",
    "Hannele",
    "Ossi",
    "Satu",
    "Veikko",
    "Eveliina",
    "Niko",
    "Onni",
    "Toivo",
    "Lumi",
    "Tuuli",
    "Aamu",
    "Valo",
    "Kari",
    "Pihla",
    "Armas",
    "Sulo",
    "Taimi",
    "Ilona",
    "Kerttu",
    "Väinö",
    "Aleksi",
    "Elina",
    "Jenni",
    "Harri",
    "Pirkko",
    "Seppo",
]
_FI_LAST = [
    "Korhonen",
    "Virtanen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Tuominen",
    "Rantanen",
    "Karjalainen",
    "Jokinen",
    "Savolainen",
    "Lahtinen",
    "Kettunen",
    "Hyvönen",
    "Pesonen",
    "Turunen",
    "Hirvonen",
    "Räsänen",
    "Mustonen",
    "Väisänen",
    "Leppänen",
    "Laine",
    "Kivi",
    "Mäki",
    "Koivu",
    "Karhu",
    "Salo",
    "Niemi",
    "Lehto",
    "Harju",
    "Ranta",
    "Kallio",
    "Virta",
    "Susi",
    "Kuusi",
    "Ahonen",
    "Peltola",
    "Rautio",
    "Huttunen",
]
_SV_FIRST = [
    "Fredrik",
    "Ulla",
    "Mikaela",
    "Johan",
    "Camilla",
    "Henrik",
    "Linnea",
    "Patrik",
    "Annika",
    "Stefan",
    "Kristina",
    "Mats",
    "Ebba",
    "Rasmus",
    "Gunilla",
    "Björn",
    "Stina",
    "Viktor",
    "Frida",
    "Elsa",
    "Axel",
    "Sofia",
    "Oskar",
    "Maja",
    "Hugo",
    "Ingrid",
    "Nils",
    "Karin",
    "Rosa",
    "Kaj",
]
_SV_LAST = [
    "Lindholm",
    "Nyström",
    "Grönqvist",
    "Sundqvist",
    "Wikström",
    "Åberg",
    "Forsman",
    "Holmberg",
    "Ekholm",
    "Backman",
    "Sjöblom",
    "Lönnqvist",
    "Wallin",
    "Söderholm",
    "Ek",
    "Lind",
    "Berg",
    "Holm",
    "Strand",
    "Björk",
    "Rask",
    "Sten",
    "Westerlund",
    "Blomqvist",
    "Åström",
    "Enckell",
    "Fagerström",
    "Granlund",
]
_FOREIGN = [
    ("Ahmed", "Hassan"),
    ("Fatima", "Abdi"),
    ("Olena", "Kovalenko"),
    ("Dmitri", "Volkov"),
    ("Priya", "Raghavan"),
    ("Aleksandra", "Nowak"),
    ("Carlos", "Mendoza"),
    ("Siobhan", "Murphy"),
    ("Mei", "Chen"),
    ("Tomasz", "Zieliński"),
    ("Ana", "Ferreira"),
    ("Kwame", "Mensah"),
    ("Ali", "Rezaei"),
    ("Hodan", "Warsame"),
    ("Minh", "Nguyen"),
    ("Giulia", "Rossi"),
    ("James", "Whitaker"),
    ("Emily", "Clarke"),
    ("Yuki", "Tanaka"),
    ("Sergei", "Ivanov"),
    ("Amina", "Yusuf"),
    ("Lucas", "Martin"),
    ("Sara", "Haile"),
    ("Ravi", "Kumar"),
]
_PARTICLE = [
    ("Eva", "af Hällström"),
    ("Katarina", "von Knorring"),
    ("Charlotta", "af Ursin"),
    ("Anton", "von Bonsdorff"),
    ("Marc", "de la Cruz"),
    ("Lotte", "van der Meer"),
    ("Ruben", "van der Berg"),
    ("Hassan", "al-Amin"),
    ("Layla", "al-Khatib"),
    ("Faisal", "bin Salem"),
    ("Sofia", "de Geer"),
    ("Max", "von Essen"),
]
_HYPHEN_FIRST = {
    "fi": [
        "Anna-Kaisa",
        "Kirsi-Marja",
        "Juha-Pekka",
        "Marja-Leena",
        "Eeva-Liisa",
        "Anna-Maija",
        "Esa-Pekka",
        "Pirjo-Riitta",
        "Veli-Matti",
    ],
    "sv": ["Ulla-Britt", "Carl-Johan", "Ann-Sofie", "Per-Erik", "Eva-Lotta", "Jan-Erik"],
}
_NICK = {
    "fi": ["Tuke", "Pekkis", "Make", "Jonttu", "Kati", "Ripa", "Tepa", "Jaska", "Pate", "Mape", "Hessu"],
    "sv": ["Lasse", "Kicka", "Micke", "Bosse", "Nisse", "Pelle", "Lotta"],
    "en": ["Bob", "Liz", "Mikey", "Kat", "Tony", "Jules", "Sandy"],
}

_STREETS = {
    "fi": [
        ("Pohjoinen Rautatiekatu", "00100 Helsinki"),
        ("Iso Roobertinkatu", "00120 Helsinki"),
        ("Pieni Roobertinkatu", "00130 Helsinki"),
        ("Mannerheimintie", "00250 Helsinki"),
        ("Hämeentie", "00530 Helsinki"),
        ("Fredrikinkatu", "00120 Helsinki"),
        ("Mechelininkatu", "00100 Helsinki"),
        ("Topeliuksenkatu", "00250 Helsinki"),
        ("Kaarelantie", "00420 Helsinki"),
        ("Kontulankaari", "00940 Helsinki"),
        ("Kivikonkaari", "00940 Helsinki"),
        ("Mäkelänrinne", "00550 Helsinki"),
        ("Kalliolanrinne", "00510 Helsinki"),
        ("Sörnäisten rantatie", "00540 Helsinki"),
        ("Eteläinen Hesperiankatu", "00100 Helsinki"),
        ("Läntinen Brahenkatu", "00510 Helsinki"),
        ("Kulosaaren puistotie", "00570 Helsinki"),
        ("Capellan puistotie", "00540 Helsinki"),
        ("Vanha talvitie", "00580 Helsinki"),
        ("Aleksis Kiven katu", "00510 Helsinki"),
        ("Ida Aalbergin tie", "00400 Helsinki"),
        ("Siltasaarenkatu", "00530 Helsinki"),
        ("Porvoonkatu", "00510 Helsinki"),
        ("Savipenger", "00510 Helsinki"),
        ("Lammastanhua", "00760 Helsinki"),
        ("Myllypurontie", "00920 Helsinki"),
        ("Tyynenmerenkatu", "00220 Helsinki"),
        ("Kilonportti", "02610 Espoo"),
        ("Leppävaarankatu", "02600 Espoo"),
        ("Otaniementie", "02150 Espoo"),
        ("Länsituulentie", "02100 Espoo"),
        ("Kivenlahdenkatu", "02320 Espoo"),
        ("Piispansilta", "02230 Espoo"),
        ("Hevosenkenkä", "02100 Espoo"),
        ("Suvikummunrinne", "02120 Espoo"),
        ("Kaskenpuisto", "02200 Espoo"),
        ("Kylätanhua", "02770 Espoo"),
        ("Kielotie", "01300 Vantaa"),
        ("Lummetie", "01300 Vantaa"),
        ("Peltolantie", "01300 Vantaa"),
        ("Hakunilantie", "01200 Vantaa"),
        ("Myyrmäentie", "01600 Vantaa"),
        ("Martinlaaksontie", "01620 Vantaa"),
        ("Koivukylän puistotie", "01360 Vantaa"),
        ("Kartanonportti", "01510 Vantaa"),
        ("Jokiniementie", "01300 Vantaa"),
    ],
    "sv": [
        ("Båtsmansgatan", "00150 Helsingfors"),
        ("Mechelingatan", "00100 Helsingfors"),
        ("Runebergsgatan", "00260 Helsingfors"),
        ("Fredriksgatan", "00120 Helsingfors"),
        ("Tölögatan", "00260 Helsingfors"),
        ("Stora Robertsgatan", "00120 Helsingfors"),
        ("Lilla Robertsgatan", "00130 Helsingfors"),
        ("Norra Järnvägsgatan", "00100 Helsingfors"),
        ("Tavastvägen", "00530 Helsingfors"),
        ("Sturegatan", "00510 Helsingfors"),
        ("Albertsgatan", "00120 Helsingfors"),
        ("Högbergsgatan", "00130 Helsingfors"),
        ("Degerövägen", "00840 Helsingfors"),
        ("Drumsövägen", "00200 Helsingfors"),
        ("Västra Brahegatan", "00510 Helsingfors"),
        ("Alexis Kivis gata", "00510 Helsingfors"),
        ("Alberganesplanaden", "02600 Esbo"),
        ("Köpmansvägen", "02100 Esbo"),
        ("Västanvindsvägen", "02100 Esbo"),
        ("Esboviksgatan", "02320 Esbo"),
        ("Liljekonvaljvägen", "01300 Vanda"),
        ("Stationsvägen", "01300 Vanda"),
        ("Dickursbyvägen", "01300 Vanda"),
        ("Myrbackavägen", "01600 Vanda"),
        ("Mårtensdalsvägen", "01620 Vanda"),
    ],
}
_FLATS = {
    "fi": [
        "",
        "",
        " A",
        " B",
        " B 12",
        " b 9",
        " C 31",
        " A 3",
        " as. 22",
        " as 4",
        " D 47",
        " B9",
        " a 3",
        " F 101",
        " A 1",
        " c 18",
    ],
    "sv": ["", "", " A", " B 12", " lgh 5", " bst 7", " C 4", " A 21", " lgh 14", " b 3"],
}


def _fold(s: str) -> str:
    table = str.maketrans("äöåéüśńżł", "aoaeusnzl")
    return re.sub(r"[^a-z0-9.-]", "", s.lower().translate(table).replace(" ", ""))


def _name(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """Return (full name as written, first name as written, e-mail local part)."""
    r = rng.random()
    if lang == "fi":
        pool = "fi" if r < 0.68 else "sv" if r < 0.8 else "foreign" if r < 0.93 else "particle"
    elif lang == "sv":
        pool = "sv" if r < 0.62 else "fi" if r < 0.78 else "foreign" if r < 0.9 else "particle"
    else:
        pool = "foreign" if r < 0.45 else "fi" if r < 0.72 else "sv" if r < 0.84 else "particle"
    if pool == "fi":
        first, last = rng.choice(_FI_FIRST), rng.choice(_FI_LAST)
    elif pool == "sv":
        first, last = rng.choice(_SV_FIRST), rng.choice(_SV_LAST)
    elif pool == "foreign":
        first, last = rng.choice(_FOREIGN)
    else:
        first, last = rng.choice(_PARTICLE)
    r = rng.random()
    if pool in ("fi", "sv") and r < 0.1:
        first = rng.choice(_HYPHEN_FIRST[pool])
    elif pool in ("fi", "sv") and r < 0.18:
        other = rng.choice(_FI_LAST if pool == "fi" else _SV_LAST)
        if other != last:
            last = f"{last}-{other}"
    elif pool != "particle" and r < 0.24:
        first = rng.choice(_NICK["en" if pool == "foreign" else pool])
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last[0]}",
            f"{first[0]}{last}",
            f"{last}.{first}",
            f"{first}_{last}{rng.randint(1, 99)}",
        ]
    )
    local = _fold(local)
    full = f"{first} {last}"
    s = rng.random()
    if s < 0.08:
        full = f"{last} {first}".upper() if rng.random() < 0.5 else full.upper()
    elif s < 0.14:
        full = full.lower()
        first = first.lower()
    elif s < 0.2:
        full = zwin(full, rng.randint(1, len(first) - 1))
    elif s < 0.23:
        full = fw(full)
    elif s < 0.28:
        full = f"{first} {last[0]}."
    return full, first, local


def _phone(rng: random.Random, lang: str) -> str:
    if lang == "sv" and rng.random() < 0.15:
        num = f"+46 7{rng.randint(0, 3)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    elif lang == "en" and rng.random() < 0.15:
        num = rng.choice(
            [
                f"+44 7700 {rng.randint(900000, 900999)}",
                f"+49 151 {rng.randint(1000000, 9999999)}",
                f"+1 617 555 {rng.randint(1000, 1999)}",
            ]
        )
    elif rng.random() < 0.12:
        a, b = rng.randint(100, 999), rng.randint(1000, 9999)
        num = rng.choice([f"09 {a} {b}", f"(09) {a}{b // 1000} {b % 1000:03d}", f"+358 9 {a} {b}"])
    else:
        pref = rng.choice(["040", "041", "044", "045", "046", "050", "050", "040", "0400", "0500"])
        n = 6 if len(pref) == 4 else 7
        digits = str(rng.randint(10 ** (n - 1), 10**n - 1))
        a, b = digits[:3], digits[3:]
        num = rng.choice(
            [
                f"{pref} {a} {b}",
                f"{pref}{digits}",
                f"{pref}-{digits}",
                f"{pref} {digits}",
                f"+358 {pref[1:]} {a} {b}",
                f"+358{pref[1:]}{digits}",
                f"+358-{pref[1:]}-{digits}",
                f"({pref}) {a} {b}",
                f"{pref}-{a} {b}",
            ]
        )
    o = rng.random()
    if o < 0.06:
        num = zwin(num, 3)
    elif o < 0.1:
        num = fw(num)
    elif o < 0.14 and "-" in num:
        num = num.replace("-", rng.choice([D_HYPHEN, D_EN, D_NBHYPHEN, D_BAR]))
    return num


def _email(rng: random.Random, local: str, lang: str) -> str:
    doms = [
        "gmail.com",
        "hotmail.com",
        "outlook.com",
        "elisanet.fi",
        "kolumbus.fi",
        "welho.com",
        "luukku.com",
        "suomi24.fi",
        "iki.fi",
        "yahoo.com",
        "icloud.com",
    ]
    if lang == "sv":
        doms += ["yahoo.se", "live.se", "abo.fi"]
    addr = f"{local}@{rng.choice(doms)}"
    o = rng.random()
    if o < 0.05:
        addr = zwin(addr, addr.index("@"))
    elif o < 0.08:
        addr = addr.upper()
    return addr


def _plate(rng: random.Random) -> str:
    letters = "ABCEFGHIJKLMNOPRSTUVXYZ"
    let = "".join(rng.choice(letters) for _ in range(rng.choice([3, 3, 3, 2])))
    dig = str(rng.randint(1, 999))
    s = rng.random()
    if s < 0.35:
        return f"{let}-{dig}"
    if s < 0.55:
        return f"{let}-{dig}".lower()
    if s < 0.65:
        return f"{let}{dig}"
    if s < 0.72:
        return f"{let} {dig}"
    if s < 0.77:
        return f"{let.capitalize()}-{dig}"
    if s < 0.87:
        return f"{let}{rng.choice([D_HYPHEN, D_FIGURE, D_EN, D_EM, D_BAR])}{dig}"
    if s < 0.93:
        return fw(f"{let}-{dig}")
    return zwin(f"{let}-{dig}", 2)


def _address(rng: random.Random, lang: str) -> tuple[str, str]:
    street, pc = rng.choice(_STREETS["sv" if lang == "sv" else "fi"])
    num = rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(31, 140)])
    flat = rng.choice(_FLATS["sv" if lang == "sv" else "fi"])
    if flat == " B9":
        flat = f" {rng.choice('ABCD')}{rng.randint(1, 40)}"
    return f"{street} {num}{flat}", pc


_BODIES = {
    "fi": [
        "Katuvalo ei pala {LOC}.",
        "Roskis on ollut täynnä viikon {LOC}, lokit levittää roskat.",
        "Jalkakäytävä on peilijäässä {LOC}, kukaan ei ole hiekoittanut.",
        "Leikkipuiston liukumäestä puuttuu askelma {LOC}.",
        "Bussikatoksen lasi on rikottu {LOC}.",
        "Kaivonkansi puuttuu kokonaan {LOC}!!",
        "graffiteja koulun seinässä {LOC}!",
        "Rottia näkyy joka ilta {LOC}.",
        "Vesi lainehtii kadulla {LOC}, jokin putki vuotaa.",
        "Puu on kaatunut kevyen liikenteen väylälle {LOC}.",
        "Lumivalli tukkii suojatien {LOC}, lastenvaunuilla ei pääse.",
        "liikennemerkki kaatunut {LOC}.",
        "Romupyöriä on kymmenkunta telineessä {LOC}.",
        "Joku on kaatanut jäteöljyä ojaan {LOC}.",
        "Penkki on irti maasta {LOC}.",
        "Työmaa-aita on kaatunut jalkakäytävälle {LOC}, jo kolme päivää.",
        "Pihan roskakatos on täynnä vanhoja huonekaluja {LOC}. Kuka nämä vie?",
        "Ulko-ovi ei mene lukkoon {LOC} ja portaikossa on yöpynyt porukkaa.",
    ],
    "sv": [
        "Gatlyktan är trasig {LOC}.",
        "Soptunnan är överfull {LOC}.",
        "Trottoaren är spegelblank {LOC}, ingen har sandat.",
        "Det saknas ett brunnslock {LOC}!",
        "Busskurens glas är krossat {LOC}.",
        "Råttor springer omkring {LOC} varje kväll.",
        "Ett träd har fallit över cykelvägen {LOC}.",
        "klotter på skolans vägg {LOC}!",
        "Vatten forsar ut på gatan {LOC}, något rör läcker.",
        "Snövallen blockerar övergångsstället {LOC}.",
        "Bänken har lossnat {LOC}.",
        "Cykelställen är fulla av skrotcyklar {LOC}.",
    ],
    "en": [
        "The streetlight is out {LOC}.",
        "Bins are overflowing {LOC}.",
        "The pavement is sheer ice {LOC}, nobody has gritted it.",
        "A manhole cover is missing {LOC}!",
        "The bus shelter glass is smashed {LOC}.",
        "Rats everywhere {LOC}, every evening.",
        "A tree has fallen across the cycle path {LOC}.",
        "graffiti on the school wall {LOC}!",
        "Water is gushing onto the street {LOC}, looks like a burst pipe.",
        "A snow bank is blocking the crossing {LOC}, impossible with a pram.",
        "The bench is loose {LOC}.",
        "Abandoned bikes are filling the rack {LOC}.",
    ],
}
_LOC = {
    "fi": [
        "talon {A} edessä",
        "{A} kohdalla",
        "osoitteessa {A}",
        "{A} pihalla",
        "{A} vieressä",
        "lähellä osoitetta {A}",
    ],
    "sv": ["utanför {A}", "vid {A}", "på gården till {A}", "framför huset på {A}", "i närheten av {A}"],
    "en": ["outside {A}", "at {A}", "in front of {A}", "near {A}", "in the yard of {A}"],
}
_LOC_PLAIN = {
    "fi": ["meidän kadulla", "koulun vieressä", "Kalasatamassa", "Myyrmäen asemalla", "Leppävaarassa"],
    "sv": ["på vår gata", "vid skolan", "i Fiskehamnen", "vid Myrbacka station", "i Alberga"],
    "en": ["on our street", "next to the school", "in Kalasatama", "at Myyrmäki station", "in Leppävaara"],
}
_CONTACT_FRAMES = {
    "fi": [
        "{B}\n\n{P} {T} {E}",
        "{B} Soita {T}, t. {f}",
        "{B}\nYhteystiedot: {P}, puh. {T}",
        "{P} ({E}) ilmoittaa: {b}",
        "{B}\n-- \n{P}\n{T}",
        "Ilmoittaja: {P}\nPuhelin: {T}\nSähköposti: {E}\n\n{B}",
        "{B} Terv. {P}",
        "{B} /{F}",
        "{B}\nMvh {P} {T}",
        "{B}\n\nYstävällisin terveisin\n{P}\n{E}",
        "{B} T: {F} ({E})",
        "{B}\n{P}, {T}, {E}",
        "{B} Lisätietoja antaa {P} puhelimitse {T}.",
        "Hei! {B} Voitte vastata osoitteeseen {E}. Kiitos, {F}",
        "{B}\n\n{P} / {T} / {E}",
        "{B} -{F}",
        "{B}\nIlmoittaja {P}, {A2}, {PC}",
        "{B} Asun itse osoitteessa {A2}. {F}",
    ],
    "sv": [
        "{B}\nMvh {P}",
        "{B}\n\nHälsningar\n{P}\n{T}",
        "{B} /{F}",
        "{B} Ring {T} om ni behöver mer info. {F}",
        "Anmälare: {P}\nTelefon: {T}\nE-post: {E}\n\n{B}",
        "{B}\n{P} {T} {E}",
        "{B} Vänliga hälsningar, {P} ({E})",
        "{P} ({T}) meddelar: {b}",
        "{B}\nHälsn. {F}",
        "{B}\n-- \n{P}\n{E}",
        "{B}\nAnmälare {P}, {A2}, {PC}",
    ],
    "en": [
        "{B}\nRegards, {P}",
        "{B} Cheers, {F}",
        "{B}\n\nBest,\n{P}\n{T}",
        "{B} Call me on {T} if needed. - {F}",
        "Name: {P}\nPhone: {T}\nEmail: {E}\n\n{B}",
        "{B}\n{P} {T} {E}",
        "{B} Kind regards, {P} ({E})",
        "{P} ({T}) reports: {b}",
        "{B}\nThanks! {F}",
        "{B}\n-- \n{P}\n{E}",
        "{B}\nReported by {P}, {A2}, {PC}",
    ],
}

_PLATE_FRAMES = {
    "fi": [
        "{COL} {v} rekisterinumerolla {R} on pysäköity {PLACE} jo {N} päivää.",
        "Rekkari {R}, {col} {v}, parkkeerataan joka yö {PLACE}.",
        "Romuauto on jätetty {PLACE}, kilvet {R}. Renkaat tyhjinä.",
        "Rek.nro {R} ajaa nurmikon yli ja jättää auton {PLACE} koko päiväksi.",
        "rekisterikilpi {R} - {col} {v} pysäköity invapaikalle {PLACE} ilman lupaa",
        "Auton rekisteritunnus on {R}, se on taas ajettu {PLACE} pelastustielle. Ilmoittaja {P}",
    ],
    "sv": [
        "En {col} {v} med registreringsnummer {R} står {PLACE} sedan {N} dagar.",
        "Reg.nr {R}, parkerad {PLACE} varje natt.",
        "{PLACE} står en skrotbil, regnr {R}.",
        "Bilen med reg.nummer {R} blockerar räddningsvägen {PLACE}. /{F}",
    ],
    "en": [
        "A {col} {v} with licence plate {R} has been parked {PLACE} for {N} days.",
        "Plate {R}, parked {PLACE} every night.",
        "Abandoned car {PLACE}, reg {R}, flat tyres.",
        "Car with registration {R} is blocking the fire lane {PLACE}. - {F}",
    ],
}
_PLATE_SLOTS = {
    "fi": (
        ["pakettiauto", "farmari", "henkilöauto", "asuntoauto", "maasturi", "mopoauto"],
        ["valkoinen", "musta", "harmaa", "punainen", "sininen", "hopeinen"],
        [
            "Hakaniemen torin laidalle",
            "Tikkurilan aseman taakse",
            "koulun pihalle Myllypuroon",
            "Leppävaaran uimahallin parkkiin",
            "Vuosaaren rantaan",
            "Kannelmäen ostarin eteen",
        ],
    ),
    "sv": (
        ["skåpbil", "kombi", "personbil", "husbil"],
        ["vit", "svart", "grå", "röd", "blå"],
        [
            "vid Hagnäs torg",
            "på Drumsö strand",
            "bakom Dickursby station",
            "på skolgården i Kvarnbäcken",
            "vid Alberga simhall",
            "utanför Gårdsbacka köpcentrum",
        ],
    ),
    "en": (
        ["van", "estate car", "hatchback", "camper van", "SUV"],
        ["white", "black", "grey", "red", "blue"],
        [
            "by Hakaniemi market",
            "at Lauttasaari beach",
            "behind Tikkurila station",
            "in the school yard in Myllypuro",
            "outside Leppävaara swimming hall",
            "near Vuosaari harbour",
        ],
    ),
}

_BOOKING_FRAMES = {
    "fi": [
        "Varaaja {P}, {T}. {PURP}, {N} hlö.",
        "{PURP}. Yhteyshenkilö {P} ({E}).",
        "Laskutus: {P}, {A}, {PC}. Viite {REF}.",
        "Vastuuhenkilö: {P} {T}\n{PURP}",
        "{PURP}\nVaraaja: {P}\nPuh: {T}\nSähköposti: {E}",
        "Avaimen noutaa {F} ({T}). {PURP}.",
        "{PURP}, lasku osoitteeseen {A}, {PC} / {P}",
        "{PURP} klo {H1}-{H2}. {P} {E}",
    ],
    "sv": [
        "Bokare {P}, {T}. {PURP}, {N} pers.",
        "{PURP}. Kontaktperson {P} ({E}).",
        "Fakturering: {P}, {A}, {PC}. Referens {REF}.",
        "Ansvarig: {P} {T}\n{PURP}",
        "{PURP}\nBokare: {P}\nTfn: {T}\nE-post: {E}",
        "{PURP} kl. {H1}-{H2}. {P} {E}",
    ],
    "en": [
        "Booked by {P}, {T}. {PURP}, {N} people.",
        "{PURP}. Contact person {P} ({E}).",
        "Invoice to: {P}, {A}, {PC}. Ref {REF}.",
        "Responsible person: {P} {T}\n{PURP}",
        "{PURP}\nName: {P}\nPhone: {T}\nEmail: {E}",
        "{PURP} {H1}-{H2}. {P} {E}",
    ],
}
_PURPOSES = {
    "fi": [
        "Taloyhtiön kevätkokous",
        "Lasten syntymäpäivät",
        "Kuoroharjoitus",
        "Bändiharjoitus",
        "Eläkeläisten kerho",
        "Joogaryhmä",
        "Shakkikerho",
        "Vanhempainyhdistyksen kokous",
        "Ompeluseura",
        "Läksykerho",
    ],
    "sv": [
        "Bolagsstämma för husbolaget",
        "Barnkalas",
        "Körövning",
        "Bandövning",
        "Pensionärsklubb",
        "Yogagrupp",
        "Schackklubb",
        "Föräldraföreningens möte",
        "Syjunta",
    ],
    "en": [
        "Housing company AGM",
        "Kids' birthday party",
        "Choir rehearsal",
        "Band practice",
        "Seniors' club",
        "Yoga group",
        "Chess club",
        "Parents' association meeting",
        "Language café",
    ],
}

_PROPOSAL_FRAMES = {
    "fi": [
        "Ehdotus: {TITLE}\n{DESC}\nEhdottaja: {P}",
        "{TITLE}\n\n{DESC}\n\nYhteyshenkilö {P}, {E}",
        "Idean takana {P} ja {P2}. {DESC}",
        "{TITLE}. {DESC} Kysy lisää: {F}, {T}",
    ],
    "sv": ["Förslag: {TITLE}\n{DESC}\nFörslagsställare: {P}", "{TITLE}\n\n{DESC}\n\nKontaktperson {P}, {E}"],
    "en": ["Proposal: {TITLE}\n{DESC}\nProposed by {P}", "{TITLE}\n\n{DESC}\n\nContact: {P}, {E}"],
}
_PROPOSALS = {
    "fi": [
        ("Lisää valoa Vuosaaren rantaan", "Rantareitti on talvella pimeä. Arvioitu kustannus 40 000 €."),
        ("Ulkokuntosali Malmille", "Malmin puistossa ei ole yhtään kuntoilulaitetta aikuisille."),
        ("Koira-aitaus Herttoniemeen", "Lähin aitaus on Siilitiellä, liian kaukana vanhuksille."),
        ("Penkkejä Kalasatamaan", "Redin ympäristössä ei voi istahtaa ilman ostoksia."),
        ("Pumptrack Kontulaan", "Nuorille tekemistä, hinta n. 90 000 €, toteutus 2026."),
        ("Lautapelit Itäkeskuksen kirjastoon", "Pelit lainattaviksi ja pelti-illat torstaisin klo 17-20."),
    ],
    "sv": [
        ("Utegym i Nordsjö", "Det finns inga träningsredskap för vuxna i Nordsjö. Kostnad ca 50 000 €."),
        ("Fler bänkar i Fiskehamnen", "Det går inte att sitta ner utan att handla något."),
        ("Hundpark i Hertonäs", "Närmaste hundpark är för långt borta för äldre hundägare."),
    ],
    "en": [
        ("Bike repair stand in Kalasatama", "A public pump and tools next to the metro, about 6 000 €."),
        ("Outdoor gym in Malmi", "There is no adult exercise equipment in Malmi park."),
        ("Board games at Itäkeskus library", "Games to borrow and game nights on Thursdays 5-8 pm."),
    ],
}


def _person_slots(rng: random.Random, lang: str) -> dict[str, str]:
    full, first, local = _name(rng, lang)
    addr, pc = _address(rng, lang)
    return {
        "P": f"[[P:{full}]]",
        "F": f"[[P:{first}]]",
        "f": f"[[P:{first.lower()}]]",
        "T": f"[[T:{_phone(rng, lang)}]]",
        "E": f"[[E:{_email(rng, local, lang)}]]",
        "A": f"[[A:{addr}]]",
        "A2": f"[[A:{addr}]]",
        "PC": pc,
    }


def _contact(rng: random.Random, lang: str) -> str:
    d = _person_slots(rng, lang)
    frame = rng.choice(_CONTACT_FRAMES[lang])
    if "{A2}" in frame or rng.random() < 0.25:
        loc = rng.choice(_LOC_PLAIN[lang])
    else:
        addr, _ = _address(rng, lang)
        loc = rng.choice(_LOC[lang]).format(A=f"[[A:{addr}]]")
    body = rng.choice(_BODIES[lang]).format(LOC=loc)
    d["B"] = body[0].upper() + body[1:]
    d["b"] = body[0].lower() + body[1:]
    return frame.format(**d)


def _plate_record(rng: random.Random, lang: str) -> str:
    d = _person_slots(rng, lang)
    vehicles, colours, places = _PLATE_SLOTS[lang]
    v, col = rng.choice(vehicles), rng.choice(colours)
    d.update(
        R=f"[[R:{_plate(rng)}]]",
        v=v,
        col=col,
        V=v.capitalize(),
        COL=col.capitalize(),
        PLACE=rng.choice(places),
        N=str(rng.randint(2, 40)),
    )
    text = rng.choice(_PLATE_FRAMES[lang]).format(**d)
    return text[0].upper() + text[1:]


def _booking(rng: random.Random, lang: str) -> str:
    d = _person_slots(rng, lang)
    h1 = rng.randint(8, 19)
    d.update(
        PURP=rng.choice(_PURPOSES[lang]),
        N=str(rng.randint(4, 60)),
        REF=str(rng.randint(10000, 999999)),
        H1=f"{h1}",
        H2=f"{h1 + rng.randint(1, 3)}",
    )
    return rng.choice(_BOOKING_FRAMES[lang]).format(**d)


def _proposal(rng: random.Random, lang: str) -> str:
    d = _person_slots(rng, lang)
    d["P2"] = _person_slots(rng, lang)["F"]
    title, desc = rng.choice(_PROPOSALS[lang])
    d.update(TITLE=title, DESC=desc)
    return rng.choice(_PROPOSAL_FRAMES[lang]).format(**d)


_NEG_FRAMES = {
    "fi": [
        "Bussi {LINE} ei pysähtynyt pysäkillä {STOP} {DATE} klo {TIME}.",
        "Lasku {PRICE} € maksettu {DATE}, viitenumero {REF}. Silti tuli maksumuistutus.",
        "Asia {CASE}: milloin {STREETP} vihdoin korjataan?",
        "Iso kuoppa risteyksessä {STREETP} / {STREET}. Kuva liitteenä.",
        "Aukioloajat {LIB}: ma-pe {TIME}-{TIME2}, la suljettu. Miksi näin lyhyet?",
        "Puut pitäisi harventaa {STREETP_ADE}, ne varjostavat koko kadun.",
        "Ratikka {TRAM} oli {MIN} min myöhässä aamulla ({DATE}). Tämä toistuu viikoittain.",
        "Tilaus {ORDER} ja varaus {BOOK}: tuplaveloitus {PRICE} €.",
        "Postinumero {POST} on väärin kartassa, kadun pää kuuluu eri alueeseen.",
        "Vuonna {YEAR} tehty pyörätie {STREET_ADE} on jo rikki.",
        "Lumi sulaa ja vesi valuu kellariin, kuten joka kevät {YEAR} lähtien.",
        "Tuuli kaatoi työmaa-aidan taas {DATE}. {PARK} on täynnä roskia.",
        "Toivo on, että {STREETP} saadaan valaistua ennen joulua.",
        "Ilo nähdä, että {PARK} on siivottu! Kiitos puistotiimille.",
        "Rauha on mennyt, kun {PARK} on täynnä bilettäjiä joka yö klo {TIME} asti.",
        "Onneksi kukaan ei loukkaantunut, kun valaisinpylväs kaatui {STREET_ADE} {DATE}.",
        "Kivi lensi niittokoneesta auton tuulilasiin {PARK}n vieressä. Vahinkoilmoitus nro {REF}.",
    ],
    "sv": [
        "Buss {LINE} stannade inte vid hållplatsen {STOP} den {DATE} kl. {TIME}.",
        "Fakturan på {PRICE} € betalades {DATE}, referensnummer {REF}. Ändå kom en påminnelse.",
        "Ärende {CASE}: när repareras {STREETS}?",
        "Vid korsningen {STREETS} och Tavastvägen finns ett stort hål i asfalten.",
        "Öppettider: mån-fre {TIME}-{TIME2}, lördag stängt. Varför så korta?",
        "Spårvagn {TRAM} var {MIN} minuter sen den {DATE}. Det händer varje vecka.",
        "Postnumret {POST} är fel på kartan.",
        "Cykelvägen som byggdes år {YEAR} längs {STREETS} är redan sönder.",
        "Björkarna och ekarna i {PARKS} borde beskäras före vintern.",
        "Vi gjorde beställning {ORDER} och betalade {PRICE} € två gånger.",
    ],
    "en": [
        "Bus {LINE} didn't stop at {STOP} on {DATE} at {TIME}.",
        "The invoice of {PRICE} € was paid on {DATE}, reference {REF}. I still got a reminder.",
        "Case {CASE}: when will {STREETP} be repaired?",
        "Big pothole at the corner of {STREETP} and {STREET}. Photo attached.",
        "Opening hours {TIME}-{TIME2} on weekdays and closed on Saturdays? Too short.",
        "Tram {TRAM} was {MIN} minutes late on {DATE}. This happens every week.",
        "Postcode {POST} is wrong on the map.",
        "The cycle path built in {YEAR} along {STREETP} is already broken.",
        "Will someone please clean {PARK}? Hope to see it tidy by May.",
        "Order {ORDER}: I was charged {PRICE} € twice for the same booking.",
        "Frank question: why is {STREETP} closed again until {DATE}?",
    ],
}
_STREET_PERSON = [  # (nominative, adessive); streets named after people, no house number
    ("Aleksis Kiven katu", "Aleksis Kiven kadulla"),
    ("Runeberginkatu", "Runeberginkadulla"),
    ("Mannerheimintie", "Mannerheimintiellä"),
    ("Eliel Saarisen tie", "Eliel Saarisen tiellä"),
    ("Paavo Nurmen tie", "Paavo Nurmen tiellä"),
    ("Urho Kekkosen katu", "Urho Kekkosen kadulla"),
    ("Minna Canthin katu", "Minna Canthin kadulla"),
    ("Topeliuksenkatu", "Topeliuksenkadulla"),
    ("Ida Aalbergin tie", "Ida Aalbergin tiellä"),
    ("Agricolankatu", "Agricolankadulla"),
    ("Porthaninkatu", "Porthaninkadulla"),
    ("Lönnrotinkatu", "Lönnrotinkadulla"),
    ("Fredrikinkatu", "Fredrikinkadulla"),
    ("Albertinkatu", "Albertinkadulla"),
    ("Annankatu", "Annankadulla"),
]
_STREET_PLAIN = [
    ("Hämeentie", "Hämeentiellä"),
    ("Kaarelantie", "Kaarelantiellä"),
    ("Kontulankaari", "Kontulankaarella"),
    ("Sörnäisten rantatie", "Sörnäisten rantatiellä"),
    ("Myllypurontie", "Myllypurontiellä"),
    ("Leppävaarankatu", "Leppävaarankadulla"),
    ("Kielotie", "Kielotiellä"),
    ("Myyrmäentie", "Myyrmäentiellä"),
    ("Pohjoinen Rautatiekatu", "Pohjoisella Rautatiekadulla"),
    ("Iso Roobertinkatu", "Isolla Roobertinkadulla"),
]
_STREET_SV = [
    "Runebergsgatan",
    "Alexis Kivis gata",
    "Mannerheimvägen",
    "Topeliusgatan",
    "Fredriksgatan",
    "Albertsgatan",
    "Annegatan",
    "Båtsmansgatan",
    "Stora Robertsgatan",
]
_PARKS = [
    "Sibelius-puisto",
    "Tove Janssonin puisto",
    "Kaisaniemen puisto",
    "Sinebrychoffin puisto",
    "Hesperian puisto",
    "Kaivopuisto",
    "Alppipuisto",
]
_PARKS_SV = ["Sibeliusparken", "Tove Janssons park", "Kajsaniemiparken", "Sinebrychoffs park", "Brunnsparken"]


def _negative(rng: random.Random, lang: str) -> str:
    d = {
        "LINE": rng.choice(["55", "550", "506", "23N", "69", "18", "742", "615", "731", "560"]),
        "STOP": rng.choice(["Hakaniemi", "Itäkeskus", "Pasila", "Malmin asema", "Tikkurila", "Kamppi"]),
        "DATE": rng.choice(
            [
                f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.",
                f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2025",
                f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            ]
        ),
        "TIME": f"{rng.randint(6, 21)}.{rng.choice(['00', '15', '30', '45'])}",
        "TIME2": f"{rng.randint(16, 22)}",
        "PRICE": f"{rng.randint(5, 480)},{rng.choice(['00', '50', '90', '20'])}",
        "REF": f"{rng.randint(1000, 99999)} {rng.randint(10000, 99999)}",
        "CASE": f"HEL {rng.randint(2019, 2026)}-{rng.randint(1, 30000):06d}",
        "ORDER": str(rng.randint(4500000000, 4509999999)),
        "BOOK": str(rng.randint(1000000, 9999999)),
        "POST": rng.choice(["00530", "00940", "02100", "01300", "00210", "01600", "00100"]),
        "YEAR": str(rng.randint(1995, 2024)),
        "TRAM": rng.choice(["1", "3", "4", "6T", "7", "9", "10", "13", "15"]),
        "MIN": str(rng.randint(5, 40)),
        "STREETP": (sp := rng.choice(_STREET_PERSON))[0],
        "STREETP_ADE": sp[1],
        "STREET": (st := rng.choice(_STREET_PLAIN))[0],
        "STREET_ADE": st[1],
        "STREETS": rng.choice(_STREET_SV),
        "PARK": rng.choice(_PARKS),
        "PARKS": rng.choice(_PARKS_SV),
        "LIB": rng.choice(["Oodissa", "Kallion kirjastossa", "Sellon kirjastossa", "Tikkurilan kirjastossa"]),
    }
    return rng.choice(_NEG_FRAMES[lang]).format(**d)


_TEMPLATE_PLAN = {
    "fi": [(_contact, 16), (_plate_record, 6), (_booking, 8), (_proposal, 5), (_negative, 15)],
    "sv": [(_contact, 7), (_plate_record, 3), (_booking, 4), (_proposal, 2), (_negative, 7)],
    "en": [(_contact, 7), (_plate_record, 3), (_booking, 4), (_proposal, 2), (_negative, 7)],
}


# ---------------------------------------------------------------------------------------------------------
# Assembly, checking and a small CLI
# ---------------------------------------------------------------------------------------------------------

LABELS = ("P", "E", "T", "H", "I", "R", "A", "IP")
_SPAN = re.compile(r"\[\[([A-Z]+):([^\[\]]+?)\]\]")


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out: list[tuple[str, str]] = []
    for texts in (_FI_FEEDBACK, _FI_KERROKANTASI, _FI_OMASTADI, _FI_VARAAMO):
        out.extend(("fi", t) for t in texts)
    out.extend(("sv", t) for t in _SV_TEXTS)
    out.extend(("en", t) for t in _EN_TEXTS)
    for lang, plan in _TEMPLATE_PLAN.items():
        for fn, n in plan:
            out.extend((lang, fn(rng, lang)) for _ in range(n))
    rng.shuffle(out)
    return out


def strip_markup(text: str) -> str:
    return _SPAN.sub(lambda m: m.group(2), text)


def check(recs: list[tuple[str, str]]) -> Counter:
    counts: Counter = Counter()
    for lang, text in recs:
        assert lang in ("fi", "sv", "en"), lang
        for m in _SPAN.finditer(text):
            assert m.group(1) in LABELS, (m.group(0), text)
            assert m.group(2) == m.group(2).strip(), (m.group(0), text)
            counts[m.group(1)] += 1
        rest = _SPAN.sub("", text)
        assert "[[" not in rest and "]]" not in rest, text
    return counts


def main() -> int:
    recs = records()
    counts = check(recs)
    langs = Counter(lang for lang, _ in recs)
    negatives = sum(1 for _, t in recs if not _SPAN.search(t))
    print(f"{len(recs)} records, {sum(counts.values())} spans, {negatives} records without spans")
    print("languages:", dict(langs))
    print("spans per label:", {lab: counts[lab] for lab in LABELS})
    for lang, text in recs[:6]:
        print(f"--- {lang}\n{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
