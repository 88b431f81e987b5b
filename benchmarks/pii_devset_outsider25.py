"""Blind evaluation block 25 for the personal-data scrubber.

Written by helper "outsider 25" on 2026-12-07.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (apart from the brief I was given). I ran no
git commands, did not run the scrubber and did not run any evaluation. The texts come only from the brief and
from my own idea of how residents write.

Focus: OmaStadi participatory-budgeting proposals and their comments, and Varaamo room-booking notes. Languages
about Finnish 45 %, Swedish 25 %, English 30 %. All labels occur in roughly natural proportions, with the
emphasis on how much of each piece of personal data a span covers: long full names with middle names and
particles (af, von, de, van der, bin, al-), double surnames, names in capitals, names with initials, addresses
with staircase and flat in many written forms (including "as.", "lgh", "bost.", "apt"), Finnish inflected
addresses (case ending inside the span, e.g. "Kaarelantiellä 7:ssä"), phone numbers in many notations, IBANs
grouped irregularly, plates in any case near cue words, and contact lines / signature blocks. Hard negatives
(about a third): booking references, rooms named after people (Sali Aalto, Kokoushuone Sibelius), opening
hours, prices, postal codes, street names without numbers, years, case numbers such as HEL 2024-001234,
famous people, pets, and first names that are ordinary words.

Seed: 2525 (random.Random(SEED) drives the small generators; the hand-written records are fixed).

Markup: [[LABEL:text]] around each piece of personal data. P person name (any case; English possessive 's,
Swedish genitive -s and Finnish case endings inside the span; titles and role words outside), E e-mail,
T phone number (whole number incl. country code), H Finnish personal identity code, I IBAN / bank account,
R vehicle licence plate, IP IP address, A street address with house number (street + number + staircase +
flat; postal code and city outside; a street without a number is not marked). Famous people and names of
streets, parks, buildings, rooms and brands are not marked.
"""

import random

SEED = 2525


# ---------------------------------------------------------------------------
# Hand-written records (each a different message)
# ---------------------------------------------------------------------------

HAND_FI = [
    ("fi", "Ehdotus: Kaarelan koirapuistoon varjoa ja penkkejä\n\nKoirapuisto Kaarelantien varressa on kesällä "
           "ihan paahteinen, ei yhtään varjoa. Ehdotan puita tai katosta + 2-3 penkkiä. Lisätietoja voi kysyä: "
           "[[P:Anna-Liisa Kärkkäinen-Rautio]], [[T:040-123 45 67]], asun itse [[A:Kaarelantiellä 7:ssä]] niin "
           "näen puiston joka päivä."),
    ("fi", "Kannatan! Sali Aalto on muutenkin liian pieni isoille tapahtumille, ja Kannelmäen nuorisotalon "
           "aukioloajat (ma–to 14–21) ei riitä. Toivo on että tämä menee läpi äänestyksessä 2025."),
    ("fi", "Hei, olen [[P:Juha-Pekka Mäkelä]] Pihlajamäen omakotiyhdistyksestä. Meidän ehdotus #1432 "
           "(ulkokuntosali Pihlajamäentien ja Siltamäentien kulmaan) yhdistettiin toiseen ehdotukseen. Kuka "
           "tästä päättää? Minut saa kiinni numerosta [[T:+358 44 551 2290]] tai [[E:jp.makela@kolumbus.fi]]"),
    ("fi", "ehdotan että Kontulan ostarille saadaan kunnon valaistus, illalla pimeetä ja pelottavaa. terv "
           "[[P:RAIJA NIEMINEN]] kontula"),
    ("fi", "Tämä ehdotus on samankaltainen kuin viime kierroksella toteutettu (OmaStadi 2021–2022, 'Lisää "
           "penkkejä Vuosaaren rantaan'). Kustannusarvio 45 000 €, toteutus kesällä 2026. Kaupungin arvio: "
           "toteutettavissa."),
    ("fi", "> [[P:Mikko Lehtinen]] kirjoitti:\n> Skeittiparkki tarvitaan Malmille!\n\nOon samaa mieltä "
           "[[P:Mikon]] kanssa, mutta ei lentokentän alueelle vaan Malminkaaren puolelle. Mun poika skeittaa "
           "joka päivä."),
    ("fi", "Suunnitelman yhteyshenkilö: [[P:Aino Maria Lindström-Kallio]]\npuh. [[T:050 482 1173]]\n"
           "[[E:aino.lindstromkallio@gmail.com]]\nOsoite: [[A:Pohjoinen Rautatiekatu 21 C]], 00100 Helsinki"),
    ("fi", "Lasten liikennepuisto Kivikon suuntaan olis hyvä juttu. Onni olis jos tämä toteutuisi ennen kuin "
           "oma lapsi on liian iso 😄 Arvio 120 000 € kuulostaa paljolta mutta ehkä se on realistinen."),
    ("fi", "Kiitos [[P:Leena]] ja [[P:Mirja]] tästä ideasta! Meidän taloyhtiössä on ainakin 14 lapsiperhettä, "
           "mä asun itse [[A:Itäkatu 11 as. 22]] ja pihalta näkee suoraan sinne missä leikkipaikka olis."),
    ("fi", "Varaus: Kokoushuone Sibelius, Kallion kirjasto, 12.3. klo 17–19. Varaaja [[P:Pekka J. Salminen]], "
           "Kallion eläkeläiskerho ry. Avaimet hakee [[P:Salmisen]] puolesta [[P:Ritva Hakala]] "
           "([[T:045 7731 0092]]). Laskutus: [[A:Vironkatu 6 a 3]], 00170 Helsinki."),
    ("fi", "Varaus VAR-2025-004817 vahvistettu. Tila: Sali Aalto (max 40 hlö). Aika to 6.2.2025 klo "
           "18.00–21.00. Hinta 32,00 € (sis. alv 25,5 %). Peruutus viimeistään 7 vrk ennen. Asiakaspalvelu "
           "ma–pe 9–15."),
    ("fi", "Bändikämppä varattu treeneihin joka tiistai. Yhteyshenkilöt: [[P:Eetu Korhonen-Lindqvist]] "
           "[[T:0401234567]] ja [[P:Veeti Aaltonen]] [[T:041 909 3381]]. Tuodaan omat rummut, autolla tullaan, "
           "rekkari [[R:KTL-492]] jos pitää ilmoittaa pihalle."),
    ("fi", "Hei! Varasin keittiön synttäreille mutta en saa kulkukorttia toimimaan. Olen "
           "[[P:Hanna-Kaisa Virtanen]], varausnumero 88213. Soittakaa mulle [[T:044-5552 118]], työnumeroon "
           "[[T:(09) 310 1234]] en vastaa iltaisin."),
    ("fi", "Kerhohuone Tove (2. krs) on varattu koko kevääksi, mutta Kokoushuone Kekkonen vapautuu "
           "tammikuussa. Pyydämme ilmoittamaan muutoksista Varaamon kautta."),
    ("fi", "Laskua varten tarvitaan henkilötunnus koska yhdistyksellä ei ole y-tunnusta: [[H:260541-204Y]], "
           "[[P:Sirkka-Liisa Järvinen]], [[A:Kustaankatu 3 A 14]], 00500 Helsinki."),
    ("fi", "Palautus takuumaksusta tilille [[I:FI25 3511 9718 1478 15]] ([[P:Teemu Heikkilä]]). Varaus "
           "peruttiin koska sali oli tuplavarattu."),
    ("fi", "Asun [[A:Sturenkadulla 5]] ja meidän pihalla ei oo yhtään pyöräparkkia, kaikki pyörät on "
           "kadulla. Ehdotan pyörätelineitä koko Sturenkadun varteen."),
    ("fi", "Ehdotuksen 'Puistojumppa Sinebrychoffin puistossa' kustannusarvio on 8 000 €/vuosi. Puisto on "
           "Bulevardin ja Hietalahdenkadun välissä. Jumppa ti ja to klo 18, touko–syyskuu."),
    ("fi", "Meillä on ryhmä 'Vuosaaren mummot' ja ohjaaja on [[P:Maija-Leena af Forselles]]. Jos haluatte "
           "mukaan niin soittakaa [[P:Maija-Leenalle]] [[T:050 3348 221]]."),
    ("fi", "moi, mä oon [[P:jere]] ja me skeitataan Myllypurossa. skeittiparkki on ihan rikki, rampit lahoja. "
           "laittakaa uus. mun äiti [[P:tiina]] sanoo et hän voi olla yhteyshenkilö [[T:040 66 77 123]]"),
    ("fi", "Tuuli oli niin kova viime lauantaina että Lauttasaaren uimarannan kyltti kaatui. Satu-tuokiot "
           "kirjastossa ovat lapsille tärkeitä, niitä pitäisi olla myös lauantaisin klo 11."),
    ("fi", "Kiitos kommentista! Lisään suunnitelmaan myös nuo valot.\n\nt. [[P:J. P. Virtanen]]\nehdotuksen "
           "tekijä\n[[E:jp.virtanen@elisanet.fi]] / [[T:358407731654]]"),
    ("fi", "Kokoontumistila Kivikon palloiluhallissa: varaaja [[P:Ahmed bin Khalid Al-Mansouri]], "
           "Itä-Helsingin kriketti ry. Avaimen noutaa [[P:Ahmedin]] veli [[P:Yusuf]]. Auto [[R:zkx-771]] "
           "pysäköidään hallin eteen lastauksen ajaksi."),
    ("fi", "Kallion kirjaston Kokoushuone Minna Canth on suljettu remontin vuoksi 1.4.–30.6.2025. Korvaava "
           "tila: Sali Kivi, sisäänkäynti Viidennen linjan puolelta."),
    ("fi", "Varaajan tiedot:\nNimi: [[P:Olli-Pekka Tapani Honkanen]]\nPuhelin: [[T:+358 50 911 2834]]\n"
           "Sähköposti: [[E:olli-pekka.honkanen@luukku.com]]\nLaskutusosoite: [[A:Kivikonkaari 21 D 48]], "
           "00940 Helsinki\nLisätiedot: kahvinkeitin tarvitaan"),
    ("fi", "Aleksis Kiven kadun päässä olevaan puistikkoon ei ole yhtään penkkiä Sturenkadun puolella. "
           "Kustannus n. 15 000 €. Postinumeroalue 00510, ehdotuksen numero 2087."),
    ("fi", "Tuon äänentoistolaitteet pakettiautolla, rekkari [[R:XYL 904]], saako lastausovelle pysäköidä "
           "15 min? [[P:Kimmo]]"),
    ("fi", "Avaimet luovutetaan [[P:Korhoselle]] (hallitus), palautus seuraavana päivänä.\n"
           "[[P:Tarja Korhonen]] [[T:040 512 7709]]"),
    ("fi", "Myllypuron mediakirjaston studio: varattavissa ti–la 10–19, max 3 h kerrallaan. Maksuton. "
           "Ikäraja 15 v. Varausnumero näkyy vahvistusviestissä muodossa MYP-0000123."),
    ("fi", "TÄMÄ ON TÄRKEÄ!!! Mun isä [[P:ERKKI]] kaatui talvella [[A:Malminkaari 9:n]] edessä kun ei oo "
           "hiekotettu. terveisin [[P:PIRJO LAAKSONEN-HEINO]]"),
    ("fi", "Meri-Rastilan kirjaston lukukoira Lempi käy lauantaisin klo 12–13 – Lempi on kultainennoutaja "
           "ja lapset tykkää. Lisää tällaista!"),
    ("fi", "Hei [[P:Sanna]], kiitos kun otit yhteyttä. Varaus on nyt siirretty sinun nimiin. Avaimen saat "
           "vahtimestari [[P:Juhalta]] ovella.\n\nYstävällisin terveisin\n[[P:Merja Salonen]]\nVuosaaren "
           "nuorisotalo"),
    ("fi", "Tämä on ehdottomasti paras ehdotus koko Koillisessa suurpiirissä. Jos joku tarvii apua "
           "talkoisiin niin soittakaa [[T:358 45 6621 087]] – [[P:Keijo]]"),
    ("fi", "Puistosuunnitelma HEL 2024-001234 on nähtävillä 4.–18.11. Kaupunkiympäristön asiakaspalvelu "
           "palvelee ma–pe klo 9–16 Kalasataman virastotalossa."),
    ("fi", "Allekirjoittaneet:\n[[P:Minna Häkkinen]], [[A:Kontulantie 4 A 6]]\n[[P:Antti Häkkinen]], sama "
           "osoite\n[[P:Rauni Leppänen]], [[A:Kontulantie 4 C 31]]\n[[P:Juho Vartiainen]], "
           "[[A:Kontulantie 6 B 19]]"),
    ("fi", "Armas kotikulmani! Mutta Helsinginkadun pyörätie on vaarallinen illalla. Toivottavasti tähän tulee "
           "valoja ennen vuotta 2027."),
    ("fi", "Kokous siirtyy. Uusi aika to 20.3. klo 18, Kokoushuone Sibelius. Kahvit hoitaa [[P:Marjatta]]. "
           "Jos kysyttävää, [[P:Risto Ahonen]] [[T:040 7712 345]]."),
    ("fi", "lähetän liitteet sähköpostilla, mun osoite on [[E:tiina.k-virtanen@hotmail.com]] jos haluatte "
           "kuvat puistosta"),
    ("fi", "Ehdotus hylättiin koska se ei kuulunut kaupungin toimivaltaan (HEL 2023-014522). Aiheesta voi "
           "antaa palautetta osoitteessa palautteet.hel.fi."),
    ("fi", "Laskutusosoite [[A:Meri-Rastilantie 3 as 12]], 00980 Helsinki, [[P:Liisa-Maria von Knorring]]. "
           "Tila: Monitoimisali, la 5.4. klo 12–16."),
    ("fi", "Hyvä idea, lisäisin vielä juomapisteen.\n--\n[[P:Tuomas Eerikki Salo]] | [[T:+358 40 552 9013]] | "
           "[[E:tuomas.salo@iki.fi]]"),
    ("fi", "Kannatan. Mun lapset käy Pihlajamäen ala-asteella ja sinne menee bussi 71 ja 79. Pysäkki on "
           "Pihlajamäentiellä eikä siinä ole katosta."),
    ("fi", "[[P:Kake]] ja [[P:Jonttu]] hoitaa grillauksen, soittakaa [[P:Kakelle]] jos eksytte "
           "[[T:0449912783]]"),
    ("fi", "Varaus 14.5.2025 klo 16.30–20.00, vahvistus nro 7734102. Hinta yhteensä 56 €. Laskun eräpäivä "
           "28.5.2025."),
    ("fi", "Olen [[P:Olavi Rautiainen]], 76 v, asun [[A:Siltamäentie 14 B 9]]. Ehdotan että Siltamäen "
           "ostarin ympäristöön tulee käsijohteet portaisiin, talvella ihan hengenvaarallista."),
    ("fi", "---------- Välitetty viesti ---------\nLähettäjä: [[P:Kirsi Aaltonen]] "
           "<[[E:kirsi.aaltonen@welho.com]]>\nPäivä: ma 3.2.2025 klo 9.14\nAihe: Re: Kerhotilan avaimet\n"
           "Vastaanottaja: [[P:Seppo Kallio]] <[[E:seppo.kallio58@gmail.com]]>\n\n[[P:Seppo]], voitko hakea "
           "avaimet torstaina? Mä oon töissä."),
    ("fi", "Kallio tarvitsee lisää viheralueita. Kallion kirjaston takapiha on ihan hukassa, ja Karhupuisto "
           "on aina täynnä. Budjetti: 200 000 €."),
    ("fi", "Samaa mieltä edellisen kanssa, penkit on tärkeämpiä kuin taideteos.\nt. [[P:Anna-Liisa K.]] "
           "Kannelmäestä"),
    ("fi", "Tilinumero: [[I:fi23 0317 16712343 12]] / [[P:Esa Mononen]]. Takuumaksu 50 € palautetaan "
           "2 viikon sisällä."),
    ("fi", "Huom! Kokoushuone Kekkonen ja Sali Aalto yhdistetään 1.9. alkaen, uusi nimi 'Aalto–Kekkonen'. "
           "Varaukset siirtyvät automaattisesti."),
    ("fi", "Moikka! [[P:Laura Pitkänen]] tässä Maunulan partiosta. Varattiin sauna la 8.3, avaimet hakee "
           "[[P:Vilho]] (15 v) – hänen numero [[T:050-776 1203]]."),
    ("fi", "Pitäjänmäen Kauppaneuvoksentiellä ei ole valoja ja bussi 52 kulkee sieltä vain kerran tunnissa. "
           "Lisää valoja ja katos!"),
    ("fi", "auto on parkissa [[A:Kauppaneuvoksentie 12]] edessä, rekkari [[R:GJH-56]], tuun hakee avaimet "
           "kohta"),
    ("fi", "Tulen Espoon puolelta, asun [[A:Leppävaarankatu 9 A 31]] mutta käyn Helsingin puolella "
           "kirjastossa joka viikko. [[P:Mervi Koskinen-Saarela]]"),
    ("fi", "Myyrmäen nuorisotilan varaus: yhteyshlö [[P:Abdirahman Hassan Ali]], puh "
           "[[T:+358 41 498 0023]], [[A:Vernissakatu 4 B 17]], Vantaa"),
    ("fi", "OmaStadi-äänestys 2025 päättyy 31.10. klo 23.59. Äänestää voi 12 vuotta täyttänyt "
           "helsinkiläinen. Tulokset julkaistaan marraskuussa."),
    ("fi", "Vallilan kirjaston Satuhuone on kiva mutta liian pieni. Varausnumerot 55001 ja 55002 menivät "
           "päällekkäin, korjatkaa."),
    ("fi", "[[P:Virtasen]] perheen puolesta kiitos kaikille jotka äänesti! 😊 – [[P:Heli]]"),
    ("fi", "Jos tarviitte lisää tietoa niin voin tulla näyttämään paikan. puh. [[T:040 - 123 88 90]] "
           "([[P:Raimo]])"),
    ("fi", "Ehdotus: Tove Janssonin puistoon Muumi-aiheinen leikkipaikka, vähän niinku Naantalissa. "
           "Arvioitu hinta 250 000 €."),
    ("fi", "Hakija: [[P:Eeva Kaarina Johanna Saarinen]], [[A:Runeberginkatu 41 A 7]], 00260 Helsinki, "
           "[[T:09 4542 118]]"),
    ("fi", "Myyrmäen kirjaston aukioloajat: ma–to 9–20, pe 9–18, la 10–16. Kesäaikana 2.6.–10.8. "
           "suppeammat ajat."),
    ("fi", "asun [[A:kontulantie 11 c 43]] ja täällä ei oo mitään nuorille, siks tää ehdotus. mun veli "
           "[[P:aleksi]] on samaa mieltä"),
    ("fi", "Yhteystiedot:\n[[P:Riikka Hämäläinen]]\n[[T:+358505529102]]\n[[E:riikka.hamalainen@outlook.com]]"),
    ("fi", "Ehdotuksen tekijä on lippukunta Tapion Pojat. Kolot ovat Mellunmäessä ja Kontulassa."),
    ("fi", "Hei! Olen [[P:Väinö Jalmari Koskela]] Kontulan seurakunnan kerhosta. Meillä olisi tarve "
           "kokoontumistilalle torstaisin, onko Kontulan nuorisotalon sali vapaana?"),
    ("fi", "Varaajan (alaikäinen) tiedot: [[P:Emil Lahtinen]], [[H:080409A084D]]; huoltaja "
           "[[P:Sari Lahtinen]] [[T:044 317 8820]]"),
    ("fi", "Toivo on, että ensi vuonna budjetti nousee. Kaikki ehdotukset 1001–1450 on nyt arvioitu."),
    ("fi", "Kaveri [[P:Pate]] lainaa auton, se on valkoinen pakettiauto [[R:ZKL-309]], tullaan noin 17.45."),
    ("fi", "vastuuhenkilö [[P:M-L Heikkinen]] p. [[T:0405126633]], varajäsen [[P:Hilkka]]"),
    ("fi", "Sali Sibelius -nimi kuulostaa hienolta mutta tilassa ei ole flyygeliä. Steinway löytyy vain "
           "Sali Aallosta."),
    ("fi", "Osallistujat: [[P:Laine]], [[P:Nyström]], [[P:Rantanen]] ja [[P:Björklund]]. Kahvit tuo "
           "[[P:Rantasen]] vaimo."),
    ("fi", "Pakilan ja Paloheinän alueelle tarvitaan kunnon latuverkosto. Paloheinän majalta on latuja "
           "mutta ei valaistusta 2 km matkalla."),
    ("fi", "Yhdistyksen hallituksen pj [[P:JUHANI KALEVI ÖSTERLUND]], [[T:+358 (0)40 912 4407]], "
           "[[A:Isokaari 20 B 11]], 00200 Helsinki"),
    ("fi", "Kysymys ehdotukseen: missä kohtaa Vuosaarentietä tämä olisi? Sataman puolella vai metroaseman?"),
    ("fi", "hei, oon [[P:Noora]] ja varasin studion. mun kaveri [[P:Iida Mäenpää]] tulee myös, laitoin "
           "hänen sähköpostin [[E:iida.maenpaa07@gmail.com]] lisätietoihin"),
    ("fi", "Asukasyhdistyksen puolesta: [[P:Kari-Pekka van der Veen]] ([[E:kp.vanderveen@pp.inet.fi]]), "
           "postiosoite [[A:Tapulikaupungintie 28 A 3]], 00750 Helsinki"),
    ("fi", "Sotkan ja Alepan välissä oleva aukio on ihan tyhjä. Sinne voisi laittaa kukkaistutuksia, hinta-"
           "arvio 12 000–18 000 €."),
    ("fi", "Mä en ymmärrä miksi [[P:Lindqvistin]] ehdotus pisteytettiin huonommaksi, se on paljon parempi "
           "kuin tämä."),
]

HAND_SV = [
    ("sv", "Förslag: Fler bänkar längs Drumsö strandpromenad. Kontaktperson [[P:Carl-Gustaf af Hällström]], "
           "tel. [[T:+358 40 718 2256]], [[E:cg.afhallstrom@gmail.com]]"),
    ("sv", "Bokningen 2025-118342 gäller Mötesrum Runeberg, lördag 15.3 kl. 10–14. Pris 24 € per timme. "
           "Nycklarna hämtas från infodisken, öppet mån–fre 8–16."),
    ("sv", "Hej! Jag bor på [[A:Båtsmansgatan 3 B 12]] och vi har bett om en lekpark i närheten i flera år. "
           "Hälsningar, [[P:Ulrika Sjöblom-Nyman]]"),
    ("sv", "Nyckeln hämtas av [[P:Jonas]] (min man), [[P:Jonas Westerlunds]] nummer är [[T:050-447 3392]]. "
           "Vi kommer med bil, reg.nr [[R:BNX-318]]."),
    ("sv", "Bra förslag. Bott här i Nordsjö i 20 år och aldrig sett en ny bänk. Ungdomsgården har öppet "
           "bara tis–tors 15–20."),
    ("sv", "[[P:MARGARETA LINDQVIST]]\n[[A:Sturegatan 5 lgh 5]]\n00510 HELSINGFORS\ntel [[T:09-773 1442]]"),
    ("sv", "Håller med [[P:Annika]]! Men [[P:Patriks]] idé om att flytta konstgräsplanen till andra sidan "
           "skolan är ännu bättre."),
    ("sv", "Jag heter [[P:Sophie von Willebrand]] och representerar föräldraföreningen vid Brändö "
           "lågstadieskola. Vi stöder förslaget om ett övergångsställe."),
    ("sv", "Depositionen kan återbetalas till [[I:FI51 8069 9833 9762 60]], kontoinnehavare "
           "[[P:Kristina Holmström]]."),
    ("sv", "Förslaget om en skridskobana vid Tölö sporthall har id 2143 i OmaStadi. Kostnadsberäkning "
           "60 000 euro. Omröstningen pågår 1–31.10.2025."),
    ("sv", "Nyckeln hämtas av [[P:Fredrik]] (tel. [[T:040 - 556 1187]]) och lämnas tillbaka måndag morgon.\n"
           "/[[P:Malin Ekholm-Strandberg]]"),
    ("sv", "Mötesrum Topelius är stängt 10–14.4 pga renovering. Alternativ: Sal Schjerfbeck, 3 vån. Pris "
           "oförändrat 15 €/h."),
    ("sv", "Jag har bott på [[A:Tavastvägen 48 C 71]] sedan 1987 och det har aldrig varit så skräpigt i "
           "parken som nu. Fler papperskorgar!"),
    ("sv", "Kontakt: [[P:Per-Olof Grönqvist]], [[E:pogronqvist@kolumbus.fi]], [[T:09-445 2210]]"),
    ("sv", "Förslaget 'Belysning i Brunnsparken' kostar uppskattningsvis 80 000 €. Parken ligger mellan "
           "Brunnsparksvägen och Havsgatan."),
    ("sv", "[[P:Annas]] förslag är bättre än [[P:Mikaels]], men båda behövs egentligen."),
    ("sv", "Bil: [[R:OTX-882]] (röd Volvo), vi lastar ur teknik ca 15 min.\n[[P:Gunnel Sundqvist]]"),
    ("sv", "Bilen får parkeras på gården efter kl. 17. Annars kostar parkering 2 €/h på Kyrkogatan."),
    ("sv", "MVH\n[[P:Johanna Maria Lindberg]]\n[[A:Högbergsgatan 22 A 5]]\n00130 Helsingfors\n"
           "[[T:+358 (0)50 332 1198]]"),
    ("sv", "Vi är en grupp föräldrar från Hagnäs. Kontaktperson är [[P:Sebastian af Schultén]], nås på "
           "[[T:0452219071]] efter kl 16."),
    ("sv", "Vill bara säga att Rosa (vår hund) älskar hundparken vid Sandvikskajen 🐶 Mer skugga tack!"),
    ("sv", "Svar till [[P:Birgitta L.]]: nej, förslaget gäller inte Kampen utan Främre Tölö."),
    ("sv", "Fråga: kan man boka Festsalen Sibelius för ett bröllop? Vi är ca 80 gäster, lördag 23.8.2025. "
           "Referens: VAR-7781."),
    ("sv", "kontonummer för återbetalning [[I:FI27 22003869 967849]], tack!"),
    ("sv", "Skicka fakturan till [[E:lena.backman@abo.fi]], föreningen har ingen egen e-post än."),
    ("sv", "Förslagsställare: [[P:Oscar Nyberg]] och [[P:Ida-Maria Nyberg]], [[A:Ulvilavägen 29 B 14]], "
           "00350 Helsingfors"),
    ("sv", "Ungdomsgården i Nordsjö är öppen mån–fre 14–21. Bokningar görs via Varaamo senast 48 h innan. "
           "Postnummer 00980."),
    ("sv", "hej!! ja e [[P:wille]] o ja vill boka studion nästa vecka. min mamma [[P:Carita]] kan hämta "
           "nyckeln, hennes nr [[T:050 881 2264]]"),
    ("sv", "[[P:FATIMA AL-HASHIMI]]\nOrdförande, Arabiska kulturföreningen i Östra Helsingfors\n"
           "[[T:+358 44 902 3371]]"),
    ("sv", "Bokningen för rum Linnea gäller 4 timmar, men vi behöver bara 2. Kan ni ändra den till kl. 18–20?"),
    ("sv", "Till [[P:Kaj]] och [[P:Britt-Marie]]: tack för hjälpen med nycklarna igår!"),
    ("sv", "Vi bor på [[A:Sturegatan 12 B bost. 40]] och har två barn som skulle använda parken varje dag."),
    ("sv", "Mötet hålls i Konferensrum Mannerheim, Kampens servicecentral. Buss 55 stannar utanför."),
    ("sv", "Personbeteckning för fakturan: [[H:160978-245L]] ([[P:Lars-Erik Blomqvist]])"),
    ("sv", "Ring mig hellre än att mejla: [[T:+358-40-718-3345]] /[[P:Camilla]]"),
    ("sv", "OmaStadi 2025: 8,8 miljoner euro fördelas mellan sju stordistrikt. Röstningen öppnar 1.10."),
    ("sv", "Vid frågor kontakta [[P:Ann-Sofie Wikström]] ([[E:ann-sofie.wikstrom@gmail.com]]) eller "
           "[[P:Tom Lindholm]] ([[T:041-334 22 91]])."),
    ("sv", "Jag bor på [[A:Albergaesplanaden 4 B 16]] i Esbo men jobbar i Helsingfors, så jag röstar här."),
    ("sv", "Jag tycker att Esplanadparken redan har tillräckligt med bänkar. Runebergs staty behöver dock "
           "renoveras."),
    ("sv", "[[P:Maarten van der Linden]] bokar för Nederländska föreningen, nyckeln hämtas av "
           "[[P:Maartens]] fru [[P:Eline]]."),
    ("sv", "vår bil är [[R:kix-204]], får vi stå på lastplatsen en halvtimme?"),
    ("sv", "Lokalen Sal Aalto rymmer 60 personer och kostar 40 €/h kvällstid. Bokningsnummer skickas per sms."),
    ("sv", "Hej [[P:Ebba]]! Bastun är bokad i ditt namn fredag kl. 19. /[[P:Kent]] på ungdomsgården"),
    ("sv", "Jag röstade på förslag 1554 och 1602. Båda gäller Malms centrum."),
]

HAND_EN = [
    ("en", "Proposal: a repair café space in Itäkeskus library. Contact: [[P:Lucas de Souza Oliveira]], "
           "[[T:+358 45 120 8871]], [[E:lucas.desouza@outlook.com]]"),
    ("en", "Booking ref HEL-VAR-55120: Meeting room Sibelius, Sat 14 Jun, 10:00–13:00, €18/h. Keys from the "
           "front desk, open Mon–Fri 9–17."),
    ("en", "Hi, I'm [[P:Pieter van der Berg]], I booked the sauna at the Kallio youth house for our expat "
           "group on Friday. Who do I ask about towels?"),
    ("en", "we live at [[A:Kaarelantie 7 B 12]] and the playground next to us has been broken since march, "
           "please include it in the plan"),
    ("en", "Great idea! The area around the Sibelius Monument could also use more bins. Bus 24 stops right "
           "there."),
    ("en", "Contact person: Dr. [[P:Amira Khalil-Jokinen]], [[T:+358 50 417 2290]]"),
    ("en", "Best,\n[[P:Jonathan M. Reyes]]\nChair, Helsinki International Parents' Network\n"
           "[[T:+358 40 882 1046]] · [[E:jon.reyes@gmail.com]]"),
    ("en", "Reference: HEL 2024-001234. Opening hours Mon–Thu 10–20. Price €25/hour, €12.50 for non-profits."),
    ("en", "I (Mrs. [[P:Priya Raghunathan]]) will pick up the keys on Thursday evening, my daughter will "
           "return them."),
    ("en", "I'll come by car to drop off the food, it's a blue Skoda, plate [[R:ifk-712]]"),
    ("en", "refund to my account [[I:FI04 1796 4844 7309 71]] please, name on the account "
           "[[P:Daniel O'Connor]]"),
    ("en", "Hope this gets funded. The grace period for booking cancellations should be longer than 7 days "
           "though."),
    ("en", "We're the Kallio Ukrainian families group, contact [[P:Oksana Kovalenko]] [[T:+358 45 311 0987]] "
           "or her husband [[P:Taras]]."),
    ("en", "Hi, it's [[P:Mohammed]] again. Phone changed, new one is [[T:0417263018]]."),
    ("en", "The room named after Minna Canth is lovely. Also Oodi's Kuutio room works for groups up to 8."),
    ("en", "Address for the invoice: [[A:Fleminginkatu 14 A 9]], 00530 Helsinki"),
    ("en", "Proposal submitted by [[P:SARAH-JANE MCALLISTER]] on behalf of the Vallila allotment gardeners."),
    ("en", "[[P:Tomás de la Cruz]] booked the kitchen for Saturday, but [[P:Tomás]] can't make it, so "
           "[[P:Ines]] will take over."),
    ("en", "Skate park proposal #2211, estimated cost €180,000. Located between Itäväylä and the metro depot."),
    ("en", "Thanks [[P:Karin]]! I agree with [[P:Karin's]] point about lighting, the path is pitch black "
           "in November."),
    ("en", "I tried voting from the library PC but got 'already voted from this address' – the IP shown was "
           "[[IP:91.152.44.207]]. My son [[P:Leo]] hadn't voted yet."),
    ("en", "Will this be ready by summer 2026? Bill from last year's event was €340, so budget "
           "accordingly."),
    ("en", "If no one answers my mobile, try my landline [[T:(09) 685 1220]]. – [[P:Margaret]]"),
    ("en", "Booking for [[P:Aleksandr Petrov's]] birthday, about 20 kids, Saturday 2–5 pm."),
    ("en", "Keys: [[P:J. Okafor]] ([[P:Joseph]]), he'll come at 17:30."),
    ("en", "Mark your calendars: the OmaStadi idea workshop is at Kannelmäki library, Sat 8 Feb 12–15."),
    ("en", "Submitted by [[P:Wei Zhang]] and [[P:Li Na Zhang]], [[A:Pasilanraitio 5 C 62]]"),
    ("en", "we live at [[A:Porvoonkatu 35 B 21]], right next to the playground, and the sandbox is full of "
           "glass"),
    ("en", "The room 'Sauna Sibelius' should be renamed – nobody knows what it is. Booking number 0043821 "
           "got cancelled twice."),
    ("en", "Hi! I'm [[P:Nour Al-Sayed]], a student at Metropolia, and this is my first OmaStadi proposal."),
    ("en", "Car: [[R:MLO 451]] (black Toyota), we'll park it in the loading zone for 10 minutes."),
    ("en", "Reply to [[P:Ville]]: I disagree, the dog park should stay where it is."),
    ("en", "send the confirmation to [[E:h.odonnell@protonmail.com]] instead of my work email please"),
    ("en", "Totally support this! Frank opinion though: 95 000 euros for two benches sounds crazy."),
    ("en", "The form asked for my personal identity code so here: [[H:050980-6780]]. Name "
           "[[P:Mikael Andersson]]."),
    ("en", "Opening hours for Vuosaari youth centre: Tue–Fri 14:00–21:00, Sat 12:00–18:00. Postal code "
           "00980."),
    ("en", "From: [[P:Rebecca Lindgren]] <[[E:rebecca.lindgren@icloud.com]]>\nSent: Tuesday, March 4, 2025 "
           "10:12\nTo: [[P:Kalle Mäntylä]]\nSubject: Kitchen booking\n\nHi [[P:Kalle]], can you check if the "
           "oven works before Saturday?"),
    ("en", "Our chairman [[P:Omar bin Abdullah]] will sign the rental agreement."),
    ("en", "Ask at the info desk in Stoa, Itäkeskus. They open at 9 on weekdays."),
    ("en", "contact: [[P:marja]] / [[T:00358 40 551 7823]]"),
    ("en", "Pickup: my neighbour [[P:Ben]], he'll be driving a grey van, reg [[R:BTZ-84]]"),
    ("en", "Alvar Aalto designed Finlandia Hall, but Sali Aalto in the library has nothing to do with him, "
           "right? 😂"),
    ("en", "I live at [[A:Sturenkatu 5, apt 5]] and there is no bike parking in our yard."),
    ("en", "I'm [[P:Elizabeth Harrington]] (everyone calls me [[P:Liz]]), I coordinate the Töölö book club."),
    ("en", "Booking confirmed: Band room 2, Kontula youth centre, Wed 19:00–21:00. Reference KON-2025-3391. "
           "Free of charge for under 29s."),
    ("en", "Organiser: [[P:Giulia De Luca]], [[T:+39 347 812 4490]] (Italian number) or "
           "[[T:+358 45 789 0012]]"),
    ("en", "We live in Espoo ([[A:Otakaari 18 A 104]]) but the team practises in Helsinki."),
    ("en", "Proposal 1987 was merged with 2003. The plan is on omastadi.hel.fi under 'Southern district'."),
    ("en", "iban for the deposit: [[I:fi59 7786 3644 1855 34]]"),
    ("en", "Kids from Jakomäki need this more than anyone. Rose garden idea from last year never happened "
           "either."),
    ("en", "HI THIS IS [[P:DAVID KIPRONO]], MY NUMBER [[T:045 126 77 30]], I WANT TO BOOK THE HALL FOR "
           "OUR CHURCH MEETING"),
    ("en", "The Helene Schjerfbeck room at Töölö library has a projector but no HDMI cable. Booking 771203."),
    ("en", "Signed,\n[[P:Hannah Björk-Evans]], [[P:Tom Evans]]\n[[A:Vironkatu 12 B 30]]\n00170 Helsinki"),
]


# ---------------------------------------------------------------------------
# Small generators
# ---------------------------------------------------------------------------

def _m(label, text):
    return "[[%s:%s]]" % (label, text)


_FI_FIRST = ["Aino", "Eeva", "Sari", "Jukka", "Timo", "Pirjo", "Helena", "Ville", "Noora", "Aleksi",
             "Riitta", "Kaisa", "Harri", "Tuula", "Janne", "Heikki", "Marja-Liisa", "Anna-Kaisa",
             "Juha-Pekka", "Pirkko-Liisa", "Veli-Matti", "Eino", "Henna", "Elias", "Venla", "Lauri",
             "Kristiina", "Petteri", "Satu-Maaria", "Oskari"]
_FI_MIDDLE = {"m": ["Johannes", "Tapio", "Juhani", "Ilmari", "Antero", "Kalevi"],
              "f": ["Kaarina", "Maria", "Elina", "Helena", "Sofia", "Johanna"]}
_FI_LAST = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
            "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Kinnunen", "Turunen", "Tuominen", "Rantanen",
            "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Hyvönen", "Peltola", "Korpela",
            "Väisänen", "Öhman"]
_SV_FIRST = ["Anders", "Johanna", "Mikael", "Karin", "Henrik", "Ulla", "Fredrik", "Camilla", "Stefan",
             "Björn", "Ebba", "Niklas", "Annika", "Jan-Erik", "Ann-Christine", "Carl-Johan", "Lotta",
             "Mats", "Pia", "Rasmus"]
_SV_MIDDLE = {"m": ["Gustaf", "Olof", "Erik", "Wilhelm"], "f": ["Elisabeth", "Margareta", "Sofia", "Maria"]}
_SV_LAST = ["Lindqvist", "Holmström", "Sjöberg", "Nyman", "Lindberg", "Forsström", "Ekholm", "Wikström",
            "Grönroos", "Backman", "Lindholm", "Sundström", "Eriksson", "Blomqvist", "Strandberg",
            "Söderlund", "Åkerman"]
_PARTICLE_LAST = ["af Hällström", "af Forselles", "von Bonsdorff", "de la Chapelle", "af Schultén",
                  "von Knorring", "von Frenckell"]
_INT_FIRST = ["James", "Sarah", "Daniel", "Emily", "Ahmed", "Fatima", "Mohamed", "Ayaan", "Olga",
              "Dmitri", "Ana", "Carlos", "Mei", "Hiroshi", "Aisha", "Kofi", "Priya", "Lukas", "Sofia",
              "Yusuf", "Amina", "Hassan", "Nadia", "Chloe"]
_INT_LAST = ["Smith", "O'Brien", "Nguyen", "Hassan", "Ali", "Ivanova", "Kowalski", "Garcia", "Chen",
             "Tanaka", "Mensah", "Sharma", "Müller", "Rossi", "Abdi", "Warsame", "Petrova", "Okafor",
             "Campbell"]
_FEMALE = {"Aino", "Eeva", "Sari", "Pirjo", "Helena", "Noora", "Riitta", "Kaisa", "Tuula", "Marja-Liisa",
           "Anna-Kaisa", "Pirkko-Liisa", "Henna", "Venla", "Kristiina", "Satu-Maaria", "Johanna", "Karin",
           "Ulla", "Camilla", "Ebba", "Annika", "Ann-Christine", "Lotta", "Pia", "Sarah", "Emily", "Fatima",
           "Olga", "Ana", "Mei", "Aisha", "Priya", "Sofia", "Amina", "Nadia", "Chloe", "Ayaan"}
_INT_PARTICLE_LAST = ["van der Meer", "de Souza", "bin Rashid", "al-Amin", "Al-Khatib", "de Vries",
                      "van Dijk", "dos Santos", "El-Sayed"]

# (nominative, adessive) – real Helsinki / Espoo / Vantaa streets
_FI_STREETS = [("Kaarelantie", "Kaarelantiellä"), ("Vironkatu", "Vironkadulla"), ("Itäkatu", "Itäkadulla"),
               ("Sturenkatu", "Sturenkadulla"), ("Mannerheimintie", "Mannerheimintiellä"),
               ("Hämeentie", "Hämeentiellä"), ("Fleminginkatu", "Fleminginkadulla"),
               ("Porvoonkatu", "Porvoonkadulla"), ("Mechelininkatu", "Mechelininkadulla"),
               ("Topeliuksenkatu", "Topeliuksenkadulla"), ("Kivikonkaari", "Kivikonkaarella"),
               ("Meri-Rastilantie", "Meri-Rastilantiellä"), ("Kontulantie", "Kontulantiellä"),
               ("Vuosaarentie", "Vuosaarentiellä"), ("Kallvikintie", "Kallvikintiellä"),
               ("Mellunmäentie", "Mellunmäentiellä"), ("Malminkaari", "Malminkaarella"),
               ("Pihlajamäentie", "Pihlajamäentiellä"), ("Lauttasaarentie", "Lauttasaarentiellä"),
               ("Otavantie", "Otavantiellä"), ("Pitäjänmäentie", "Pitäjänmäentiellä"),
               ("Vihdintie", "Vihdintiellä"), ("Tikkurilantie", "Tikkurilantiellä"),
               ("Myyrmäentie", "Myyrmäentiellä"), ("Leppävaarankatu", "Leppävaarankadulla"),
               ("Kivenlahdentie", "Kivenlahdentiellä"), ("Pohjoinen Rautatiekatu", "Pohjoisella Rautatiekadulla"),
               ("Läntinen Brahenkatu", "Läntisellä Brahenkadulla")]
_SV_STREETS = ["Mannerheimvägen", "Tavastvägen", "Sturegatan", "Fredriksgatan", "Högbergsgatan",
               "Båtsmansgatan", "Drumsövägen", "Nordsjövägen", "Runebergsgatan", "Topeliusgatan",
               "Mechelingatan", "Helsingegatan", "Sjömansgatan", "Kaptensgatan", "Albertsgatan"]
_POSTCODES = ["00100", "00130", "00170", "00180", "00200", "00250", "00260", "00420", "00500", "00510",
              "00530", "00550", "00640", "00700", "00920", "00940", "00980", "02150", "01300", "01600"]

_FI_ROOMS = ["Sali Aalto", "Kokoushuone Sibelius", "Kokoushuone Kekkonen", "Kerhohuone Tove",
             "Sali Minna Canth", "Studio Kivi", "Huone Topelius", "Kokoushuone Schjerfbeck", "Sali Runeberg",
             "bändikämppä", "keittiö", "saunatila", "monitoimisali", "Kokoushuone Kuutio"]
_FI_VENUES = ["Kallion kirjasto", "Oodi", "Vuosaaren nuorisotalo", "Kannelmäen nuorisotalo", "Malmitalo",
              "Stoa", "Myllypuron mediakirjasto", "Maunulatalo", "Kontulan nuorisotalo", "Pasilan kirjasto",
              "Töölön kirjasto", "Itäkeskuksen kirjasto"]
_SV_ROOMS = ["Sal Aalto", "Mötesrum Sibelius", "Mötesrum Runeberg", "Klubbrum Tove", "Festsalen Schjerfbeck",
             "studion", "bastun", "köket", "Mötesrum Topelius"]
_SV_VENUES = ["Drumsö ungdomsgård", "Nordsjö ungdomsgård", "Tölö bibliotek", "Berghälls bibliotek",
              "Malms kulturhus", "Stoa", "Oodi", "Hagnäs ungdomsgård"]
_EN_ROOMS = ["Sali Aalto", "Meeting room Sibelius", "Meeting room Kekkonen", "the Tove room",
             "the band room", "the kitchen", "the sauna", "Studio Kivi", "the multipurpose hall"]
_EN_VENUES = ["Kallio library", "Oodi", "Vuosaari youth centre", "Kannelmäki youth centre", "Malmitalo",
              "Stoa", "Myllypuro media library", "Maunula house", "Kontula youth centre", "Pasila library"]

_FI_DISTRICTS = ["Kallio", "Vuosaari", "Kontula", "Malmi", "Kannelmäki", "Pihlajamäki", "Lauttasaari",
                 "Myllypuro", "Herttoniemi", "Maunula", "Pakila", "Jakomäki"]

_ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "ü": "u", "á": "a", "'": "", " ": ""})


def _ascii(s):
    return s.lower().translate(_ASCII)


def _name(rng, lang):
    """Returns (full_name_for_span, first_name, surname_plain)."""
    r = rng.random()
    if lang == "fi" or (lang != "sv" and r < 0.3 and lang == "en"):
        pool_f, pool_m, pool_l = _FI_FIRST, _FI_MIDDLE, _FI_LAST
    elif lang == "sv":
        pool_f, pool_m, pool_l = _SV_FIRST, _SV_MIDDLE, _SV_LAST
    else:
        pool_f, pool_m, pool_l = _INT_FIRST, {"m": ["James", "Lee", "Ali"], "f": ["Marie", "Ann", "Grace"]}, _INT_LAST
    first = rng.choice(pool_f)
    last = rng.choice(pool_l)
    pool_m = pool_m["f" if first in _FEMALE else "m"]
    style = rng.random()
    if style < 0.08:
        last = rng.choice(_INT_PARTICLE_LAST if pool_l is _INT_LAST else _PARTICLE_LAST)
    elif style < 0.18:
        other = rng.choice(pool_l)
        if other != last:
            last = last + "-" + other
    form = rng.random()
    if form < 0.45:
        full = first + " " + last
    elif form < 0.60:
        full = first + " " + rng.choice(pool_m) + " " + last
    elif form < 0.68:
        full = first + " " + rng.choice(pool_m)[0] + ". " + last
    elif form < 0.74:
        full = first[0] + ". " + last
    elif form < 0.79:
        if "-" in first:
            a, b = first.split("-", 1)
            full = a[0] + ". " + b[0] + ". " + last
        else:
            full = first[0] + ". " + rng.choice(pool_m)[0] + ". " + last
    elif form < 0.86:
        full = first + " " + last[0] + "."
    elif form < 0.94:
        full = (first + " " + last).upper()
    else:
        full = (first + " " + last).lower()
    return full, first, last


def _email(rng, first, last):
    f = _ascii(first.split("-")[0] if rng.random() < 0.4 else first)
    l_ = _ascii(last.replace("af ", "").replace("von ", "").replace("van der ", "vd").replace("de ", "de"))
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "kolumbus.fi", "welho.com", "luukku.com",
                      "elisanet.fi", "icloud.com", "yahoo.com", "saunalahti.fi"])
    style = rng.randrange(6)
    if style == 0:
        local = f + "." + l_
    elif style == 1:
        local = f + l_ + str(rng.randint(60, 99))
    elif style == 2:
        local = f[0] + "." + l_
    elif style == 3:
        local = f + "_" + l_
    elif style == 4:
        local = f + l_[0]
    else:
        local = l_ + "." + f + str(rng.randint(1, 9))
    return local + "@" + dom


def _phone(rng):
    if rng.random() < 0.12:
        # Helsinki landline
        a = "%03d" % rng.randint(100, 899)
        b = "%04d" % rng.randint(0, 9999)
        return rng.choice(["(09) %s %s" % (a, b), "09-%s %s" % (a, b), "09 %s%s" % (a, b),
                           "+358 9 %s %s" % (a, b)])
    op = rng.choice(["40", "41", "44", "45", "50"])
    d = "".join(str(rng.randint(0, 9)) for _ in range(7))
    styles = [
        "+358 %s %s %s" % (op, d[:3], d[3:]),
        "0%s-%s %s %s" % (op, d[:3], d[3:5], d[5:]),
        "358%s%s" % (op, d),
        "0%s%s" % (op, d),
        "0%s %s" % (op, d),
        "+358%s%s" % (op, d),
        "+358 (0)%s %s %s" % (op, d[:3], d[3:]),
        "0%s-%s" % (op, d),
        "0%s %s %s" % (op, d[:3], d[3:]),
        "(0%s) %s %s" % (op, d[:3], d[3:]),
        "00358 %s %s %s" % (op, d[:3], d[3:]),
        "0%s %s %s %s" % (op, d[:2], d[2:4], d[4:]),
    ]
    return rng.choice(styles)


def _address(rng, lang, inflect=False):
    n = rng.randint(1, 88)
    stair = rng.choice("ABCDEF")
    flat = rng.randint(1, 96)
    if lang == "sv" and rng.random() < 0.7:
        street = rng.choice(_SV_STREETS)
        forms = ["%s %d" % (street, n), "%s %d %s %d" % (street, n, stair, flat),
                 "%s %d lgh %d" % (street, n, flat), "%s %d %s bost. %d" % (street, n, stair, flat),
                 "%s %d %s" % (street, n, stair), "%s %d %s lgh %d" % (street, n, stair, flat)]
        return rng.choice(forms)
    nom, ade = rng.choice(_FI_STREETS)
    street = ade if inflect else nom
    if lang == "sv":
        return rng.choice(["%s %d %s %d" % (street, n, stair, flat), "%s %d lgh %d" % (street, n, flat),
                           "%s %d" % (street, n)])
    if lang == "en":
        forms = ["%s %d %s %d" % (street, n, stair, flat), "%s %d %s, apt %d" % (street, n, stair, flat),
                 "%s %d, flat %d" % (street, n, flat), "%s %d" % (street, n),
                 "%s %d %s" % (street, n, stair)]
    else:
        forms = ["%s %d" % (street, n), "%s %d %s %d" % (street, n, stair, flat),
                 "%s %d %s %d" % (street, n, stair.lower(), flat), "%s %d%s %d" % (street, n, stair, flat),
                 "%s %d %s%d" % (street, n, stair, flat), "%s %d as. %d" % (street, n, flat),
                 "%s %d as %d" % (street, n, flat), "%s %d %s" % (street, n, stair)]
    return rng.choice(forms)


def _plate(rng):
    letters = "ABCEFGHIJKLMNOPRSTUVXYZ"
    k = rng.choice([2, 3, 3, 3])
    lt = "".join(rng.choice(letters) for _ in range(k))
    num = str(rng.randint(1, 999))
    f = rng.randrange(6)
    if f == 0:
        return lt + "-" + num
    if f == 1:
        return lt.lower() + "-" + num
    if f == 2:
        return lt + num
    if f == 3:
        return lt + " " + num
    if f == 4:
        return lt.capitalize() + "-" + num
    return lt + "-" + num


def _iban(rng):
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    check = 98 - int(bban + "151800") % 97
    s = "FI%02d%s" % (check, bban)
    f = rng.randrange(6)
    if f == 0:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if f == 1:
        return s
    if f == 2:
        return s[:4] + " " + s[4:]
    if f == 3:
        return (" ".join(s[i:i + 4] for i in range(0, len(s), 4))).lower()
    if f == 4:
        return s[:2] + " " + s[2:4] + " " + s[4:10] + " " + s[10:]
    return s[:6] + " " + s[6:12] + " " + s[12:]


def _hetu(rng):
    chars = "0123456789ABCDEFHJKLMNPRSTUVWXY"
    dd = rng.randint(1, 28)
    mm = rng.randint(1, 12)
    year = rng.randint(1940, 2008)
    yy = year % 100
    sign = "-" if year < 2000 else "A"
    nnn = rng.randint(2, 899)
    base = "%02d%02d%02d" % (dd, mm, yy)
    return base + sign + "%03d" % nnn + chars[int(base + "%03d" % nnn) % 31]


def _cap(s):
    return s[:1].upper() + s[1:]


def _date(rng):
    return "%d.%d." % (rng.randint(1, 28), rng.randint(1, 12))


def _time(rng, sep="–"):
    h = rng.randint(8, 19)
    return "%d%s%d" % (h, sep, h + rng.choice([1, 2, 3, 4]))


def _ref(rng):
    f = rng.randrange(5)
    if f == 0:
        return "VAR-2025-%06d" % rng.randint(1, 999999)
    if f == 1:
        return "#%05d" % rng.randint(10000, 99999)
    if f == 2:
        return "%07d" % rng.randint(1000000, 9999999)
    if f == 3:
        return "HEL 2025-%06d" % rng.randint(1, 999999)
    return "VA%d" % rng.randint(100000, 999999)


def _price(rng, lang):
    p = rng.choice([0, 8, 12, 15, 17, 20, 24, 32, 40, 56])
    if lang == "en":
        return "free" if p == 0 else "€%d/h" % p
    if lang == "sv":
        return "gratis" if p == 0 else "%d €/h" % p
    return "maksuton" if p == 0 else "%d,00 €/h" % p


def _gen_varaamo_pos(rng, lang):
    full, first, last = _name(rng, lang)
    P = _m("P", full)
    Pf = _m("P", first if rng.random() < 0.7 else first.lower())
    T = _m("T", _phone(rng))
    E = _m("E", _email(rng, first, last))
    R = _m("R", _plate(rng))
    pc = rng.choice(_POSTCODES)
    ref = _ref(rng)
    if lang == "fi":
        room, venue = rng.choice(_FI_ROOMS), rng.choice(_FI_VENUES)
        A = _m("A", _address(rng, "fi"))
        Aade = _m("A", _address(rng, "fi", inflect=True))
        full2, _, _ = _name(rng, "fi")
        t = rng.randrange(9)
        if t == 0:
            return ("Varaaja: %s\nPuh: %s\nSähköposti: %s\nTila: %s, %s\nAika: %s klo %s\nLisätietoja: "
                    "avaimet noudetaan infosta." % (P, T, E, room, venue, _date(rng), _time(rng)))
        if t == 1:
            return "Avaimet hakee %s (%s). Palautus %s mennessä. Varausnumero %s." % (P, T, _date(rng), ref)
        if t == 2:
            return ("%s %s klo %s – yhdistyksen kokous. Laskutus: %s, %s, %s Helsinki."
                    % (_cap(room), _date(rng), _time(rng), P, A, pc))
        if t == 3:
            return ("moi, meil on %s varattuna %s jos jotain kysyttävää niin %s %s. tullaan autolla (%s)"
                    % (room.lower(), _date(rng), Pf, T, R))
        if t == 4:
            return "Yhteyshenkilö %s / %s / %s" % (P, T, E)
        if t == 5:
            return ("Varauksen tekijä %s ei pääse paikalle, avaimet hakee hänen puolestaan %s, puh. %s. "
                    "Hinta %s maksetaan laskulla." % (P, _m("P", full2), T, _price(rng, "fi")))
        if t == 6:
            return ("Laskutustiedot:\n%s\n%s\n%s %s\nIBAN palautuksia varten: %s"
                    % (P, A, pc, rng.choice(["Helsinki", "HELSINKI", "Espoo", "Vantaa"]), _m("I", _iban(rng))))
        if t == 7:
            return ("Tervehdys! Varaamme %s (%s) joka %s klo %s. Vastuuhenkilö %s, asuu %s. Puh %s."
                    % (room, venue, rng.choice(["maanantai", "tiistai", "keskiviikko", "torstai"]),
                       _time(rng), P, Aade, T))
        return ("Laskutusta varten: %s, hetu %s, %s. Tila %s %s"
                % (P, _m("H", _hetu(rng)), A, room, _date(rng)))
    if lang == "sv":
        room, venue = rng.choice(_SV_ROOMS), rng.choice(_SV_VENUES)
        A = _m("A", _address(rng, "sv"))
        t = rng.randrange(6)
        if t == 0:
            return ("Bokare: %s\nTel: %s\nE-post: %s\nLokal: %s, %s\nTid: %s kl. %s"
                    % (P, T, E, room, venue, _date(rng), _time(rng)))
        if t == 1:
            return "Nyckeln hämtas av %s (tel. %s). Bokningsnummer %s." % (P, T, ref)
        if t == 2:
            return ("Faktureringsadress: %s, %s, %s Helsingfors. Pris %s."
                    % (P, A, pc, _price(rng, "sv")))
        if t == 3:
            return ("hej, vi kommer med bil %s och behöver lasta in högtalare. ring %s på %s om det är "
                    "problem" % (R, Pf, T))
        if t == 4:
            return "Kontaktperson %s | %s | %s" % (P, T, E)
        return ("Återbetalning av depositionen till %s, kontohavare %s. Bokning %s i %s."
                % (_m("I", _iban(rng)), P, ref, room))
    room, venue = rng.choice(_EN_ROOMS), rng.choice(_EN_VENUES)
    A = _m("A", _address(rng, "en"))
    t = rng.randrange(6)
    if t == 0:
        return ("Booker: %s\nPhone: %s\nEmail: %s\nRoom: %s, %s\nTime: %s %s"
                % (P, T, E, room, venue, _date(rng), _time(rng, ":00–") + ":00"))
    if t == 1:
        return "Keys will be picked up by %s (%s). Booking ref %s." % (P, T, ref)
    if t == 2:
        return "Invoice to %s, %s, %s Helsinki. Price %s." % (P, A, pc, _price(rng, "en"))
    if t == 3:
        return ("hi, we'll come by car (plate %s) to unload the gear. call %s on %s if there's a problem"
                % (R, Pf, T))
    if t == 4:
        return "Contact: %s – %s – %s" % (P, T, E)
    return "Deposit refund to %s (account holder %s). Thanks!" % (_m("I", _iban(rng)), P)


_FI_OPINIONS = ["Tosi hyvä ehdotus, äänestän tätä.", "Tämä on tarpeen, nykyinen leikkipuisto on huonossa kunnossa.",
                "En kannata, rahat kannattaisi käyttää valaistukseen.", "Lisää penkkejä ja roskiksia kiitos!",
                "Nuorille ei ole mitään tekemistä iltaisin, siksi tämä on tärkeä.",
                "Hyvä, mutta kustannusarvio tuntuu pieneltä.", "Ulkokuntosali olisi kova juttu myös ikäihmisille.",
                "Koirapuiston aita on rikki jo toista vuotta."]
_SV_OPINIONS = ["Bra förslag, jag röstar på det här.", "Det här behövs verkligen i vårt område.",
                "Jag håller inte med, pengarna borde gå till belysning.", "Fler bänkar tack!",
                "Ungdomarna har ingenting att göra på kvällarna.", "Bra men kostnaden verkar låg."]
_EN_OPINIONS = ["Great proposal, I'm voting for this.", "This is badly needed in our neighbourhood.",
                "I don't agree, the money should go to lighting instead.", "More benches please!",
                "Teenagers have nothing to do here in the evenings.", "Good idea but the cost estimate looks low.",
                "The outdoor gym would be great for older people too."]


def _gen_omastadi_pos(rng, lang):
    full, first, last = _name(rng, lang)
    P = _m("P", full)
    Pf = _m("P", first)
    T = _m("T", _phone(rng))
    E = _m("E", _email(rng, first, last))
    if lang == "fi":
        op = rng.choice(_FI_OPINIONS)
        t = rng.randrange(5)
        if t == 0:
            return "%s\n\nt. %s\n%s" % (op, P, T)
        if t == 1:
            return "%s -%s, %s" % (op, Pf, rng.choice(_FI_DISTRICTS))
        if t == 2:
            return "%s\nYhteystiedot: %s, %s" % (op, P, E)
        if t == 3:
            return "%s Asun itse %s, joten tiedän mistä puhun. %s" % (
                op, _m("A", _address(rng, "fi", inflect=True)), P)
        return "%s\n\n%s\n%s\n%s" % (op, P, T, E)
    if lang == "sv":
        op = rng.choice(_SV_OPINIONS)
        t = rng.randrange(4)
        if t == 0:
            return "%s\n\nHälsningar,\n%s\n%s" % (op, P, T)
        if t == 1:
            return "%s /%s" % (op, Pf)
        if t == 2:
            return "%s Jag bor själv på %s så jag vet. %s, %s" % (op, _m("A", _address(rng, "sv")), P, E)
        return "%s\n-- \n%s, %s" % (op, P, T)
    op = rng.choice(_EN_OPINIONS)
    t = rng.randrange(4)
    if t == 0:
        return "%s\n\nCheers,\n%s\n%s" % (op, P, E)
    if t == 1:
        return "%s – %s" % (op, Pf)
    if t == 2:
        return "%s I live at %s myself. %s, %s" % (op, _m("A", _address(rng, "en")), P, T)
    return "%s\n%s | %s | %s" % (op, P, T, E)


_FI_PROPOSALS = ["Ulkokuntosali Kontulan kentälle", "Lisää valoja Vuosaaren rantaraitille",
                 "Skeittiparkki Malmille", "Penkit Kallion kirjaston pihalle", "Koirapuiston kunnostus Kaarelaan",
                 "Ulkopingispöydät Herttoniemeen", "Kesäteatteri Maunulaan", "Talviuinti Lauttasaareen"]
_SV_PROPOSALS = ["Utegym i Gårdsbacka", "Mer belysning i Nordsjö", "Skejtpark i Malm", "Bänkar vid Tölöviken",
                 "Hundpark i Kårböle"]
_EN_PROPOSALS = ["Outdoor gym in Kontula", "More lighting on the Vuosaari shore path", "Skate park in Malmi",
                 "Benches outside Kallio library", "Ping-pong tables in Herttoniemi", "Winter swimming in Lauttasaari"]


def _gen_negative(rng, lang):
    ref = _ref(rng)
    pc = rng.choice(_POSTCODES)
    h1 = rng.randint(7, 12)
    h2 = rng.randint(16, 21)
    cost = rng.choice(["12 000", "45 000", "80 000", "120 000", "250 000", "8 500", "30 000"])
    pid = rng.randint(1000, 2600)
    year = rng.choice([2024, 2025, 2026])
    if lang == "fi":
        room, venue = rng.choice(_FI_ROOMS), rng.choice(_FI_VENUES)
        t = rng.randrange(7)
        if t == 0:
            return ("Varaus %s vahvistettu. Tila: %s, %s. Aika %s klo %s. Hinta %s."
                    % (ref, room, venue, _date(rng), _time(rng), _price(rng, "fi")))
        if t == 1:
            return ("Aukioloajat (%s): ma–pe %d–%d, la %d–%d. Postiosoite %s Helsinki."
                    % (venue, h1, h2, h1 + 1, h2 - 4, pc))
        if t == 2:
            return ("Ehdotus #%d: %s. Kustannusarvio %s €. Alue: %s."
                    % (pid, rng.choice(_FI_PROPOSALS), cost, rng.choice(_FI_DISTRICTS)))
        if t == 3:
            return ("Muistutus: varauksesi %s alkaa huomenna klo %d. %s sijaitsee %d. kerroksessa."
                    % (ref, h1 + 5, _cap(room), rng.randint(1, 4)))
        if t == 4:
            return "Kannatan ehdotusta %d! %s" % (pid, rng.choice(_FI_OPINIONS))
        if t == 5:
            return ("Asianumero HEL %d-%06d: '%s' siirretty toteutukseen vuonna %d."
                    % (year, rng.randint(1, 999999), rng.choice(_FI_PROPOSALS), year + 1))
        return ("%s on kiinni %s Korvaava tila: %s, sama hinta (%s)."
                % (_cap(room), _date(rng), rng.choice(_FI_ROOMS), _price(rng, "fi")))
    if lang == "sv":
        room, venue = rng.choice(_SV_ROOMS), rng.choice(_SV_VENUES)
        t = rng.randrange(5)
        if t == 0:
            return ("Bokning %s bekräftad: %s, %s, %s kl. %s. Pris %s."
                    % (ref, room, venue, _date(rng), _time(rng), _price(rng, "sv")))
        if t == 1:
            return "%s har öppet mån–fre %d–%d. Postnummer %s." % (venue, h1, h2, pc)
        if t == 2:
            return "Förslag %d: %s. Kostnad ca %s €." % (pid, rng.choice(_SV_PROPOSALS), cost)
        if t == 3:
            return "Jag stöder förslag %d. %s" % (pid, rng.choice(_SV_OPINIONS))
        return ("Ärende HEL %d-%06d: förslaget '%s' genomförs %d."
                % (year, rng.randint(1, 999999), rng.choice(_SV_PROPOSALS), year + 1))
    room, venue = rng.choice(_EN_ROOMS), rng.choice(_EN_VENUES)
    t = rng.randrange(5)
    if t == 0:
        return ("Booking %s confirmed: %s, %s, %s at %d:00. Price %s."
                % (ref, room, venue, _date(rng), h1 + 5, _price(rng, "en")))
    if t == 1:
        return "%s is open Mon–Fri %d–%d, weekends %d–%d. Postal code %s." % (venue, h1, h2, h1 + 2, h2 - 3, pc)
    if t == 2:
        return "Proposal #%d: %s. Estimated cost €%s." % (pid, rng.choice(_EN_PROPOSALS), cost.replace(" ", ","))
    if t == 3:
        return "Voted for %d! %s" % (pid, rng.choice(_EN_OPINIONS))
    return ("Case HEL %d-%06d: '%s' moved to implementation in %d."
            % (year, rng.randint(1, 999999), rng.choice(_EN_PROPOSALS), year + 1))


# How many generated records per (kind, language)
_GEN_PLAN = [
    ("varaamo", "fi", 18), ("varaamo", "sv", 10), ("varaamo", "en", 10),
    ("omastadi", "fi", 12), ("omastadi", "sv", 6), ("omastadi", "en", 6),
    ("neg", "fi", 16), ("neg", "sv", 7), ("neg", "en", 8),
]


def records():
    rng = random.Random(SEED)
    out = list(HAND_FI) + list(HAND_SV) + list(HAND_EN)
    for kind, lang, count in _GEN_PLAN:
        for _ in range(count):
            if kind == "varaamo":
                text = _gen_varaamo_pos(rng, lang)
            elif kind == "omastadi":
                text = _gen_omastadi_pos(rng, lang)
            else:
                text = _gen_negative(rng, lang)
            out.append((lang, text))
    return out
