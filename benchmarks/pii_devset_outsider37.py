"""Blind evaluation block 37 for the personal-data scrubber.

Written by helper "outsider 37" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/,
/work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py
file, or /work/scratch/ (apart from the brief itself). I ran no git commands, did not run the
scrubber or any evaluation. Texts are written from the brief and my own idea of how people write.

Focus: Varaamo room and venue booking notes and their follow-up messages (Finnish about 60 %,
English about 25 %, Swedish about 15 %): who books, who picks up and returns the keys, coaches,
teachers, club secretaries, parents, a substitute when the booker is ill, invoices to a person or
to an association, participant lists, phone and e-mail lines, IBANs for refunds. Names appear in
many forms (first names alone, full names, inflected Finnish forms, nicknames, initials such as
"M. Virtanen", lower-case names in hurried notes). Roughly a third are hard negatives: real Helsinki
venues and rooms (Stoa, Caisa, Malmitalo, Kanneltalo, Vuotalo, Annantalo, Oodi, Kallion kirjasto,
Maunulatalo, Kaapelitehdas, school gyms, youth houses), rooms named after people or things
("Sali Aurora", "Kokoushuone Minna", "Studio Helmi"), associations, clubs and teams (HJK, IFK,
Jokerit, Kiffen), choirs and bands, event names, equipment and brands, reservation and invoice
numbers, times, prices and dates - none of which are marked.

Seed: 3737 (random.Random(SEED) drives the small generators at the end; hand-written records are
fixed text).

Markup: `[[LABEL:text]]` around each piece of personal data. P person name (any form, case endings,
possessive 's and Swedish genitive -s inside; titles and role words outside), E e-mail, T phone
number, H Finnish personal identity code, I IBAN / bank account, R licence plate, IP IP address,
A street address with a house number (postal code and city outside). Venue, room, club, brand and
famous names, streets without numbers, dates, times, prices and reference numbers are not marked.
"""

import random

SEED = 3737

# ---------------------------------------------------------------------------
# Hand-written Finnish records, part 1
# ---------------------------------------------------------------------------
HAND_FI_1 = [
    ("fi", "Varaaja: [[P:Minna Laaksonen]], puh. [[T:040 718 2291]]. Avaimet hakee [[P:Minna]] itse perjantaina klo 16 Malmitalon aulasta ja palauttaa ne maanantaiaamuna."),
    ("fi", "Hei! Olen sairastunut, joten torstain vuoron hoitaa sijaiseni [[P:Jarkko Heinonen]] ([[T:050 446 1902]]). Hän noutaa myös kulkukortin. T. [[P:Riikka Salminen]]"),
    ("fi", "Kokoushuone Minna on varattu ti 14.1. klo 17-19, 12 hlö, tarkoitus: taloyhtiön hallituksen kokous. Kahvitus omasta takaa."),
    ("fi", "avaimet hakee [[P:pekka]] ja palauttaa [[P:sannan]] kanssa sunnuntaina, soittakaa [[T:0447301185]] jos ongelmia"),
    ("fi", "Lasku yhdistykselle: Kontulan Kamarikuoro ry, Y-tunnus 2871455-3, viite 10023 44571. Ei henkilölle."),
    ("fi", "Laskutus henkilönä: [[P:Tuula Mäkelä]], [[A:Kivikonkaari 9 C 41]], 00940 Helsinki. Sähköposti [[E:tuula.makela@gmail.com]]."),
    ("fi", "Varasin Arabian peruskoulun salin keskiviikoille 17.30-19.00 koko kevätkaudeksi. Salibandyä 9-10-vuotiaille, ohjaajat seuran valmentajia."),
    ("fi", "Valmentajat tällä kaudella: [[P:Janne Koskinen]] ([[T:045 122 7730]]) ja [[P:Aleksi Nurmi]] ([[T:040 991 0044]]). Jos kumpikaan ei pääse, vuoro perutaan viimeistään edellisenä päivänä."),
    ("fi", "Saisiko palautuksen peruutetusta vuorosta (varaus 2026-04417) tilille [[I:FI14 5616 5689 3576 42]], tilinomistaja [[P:Heikki Rantanen]]. Kiitos!"),
    ("fi", "Stoan musiikkisali varattu lauantaiksi 10-16, Taiteiden yön harjoituksiin. Flyygeli ja kaksi mikkiä tarvitaan, ei valomiestä."),
    ("fi", "Moi, mä en pääse huomenna hakee avaimia Kanneltalosta, [[P:Oskari]] hakee ne mun puolesta. Sen numero on [[T:+358 44 580 2713]]. -[[P:Ella]]"),
    ("fi", "Osallistujat: [[P:Aino Lehto]], [[P:Veera Lehto]], [[P:Emil Saarinen]], [[P:Topi Saarinen]], [[P:Nelli Ahonen]]. Vastuuaikuinen [[P:Marjo Lehto]]."),
    ("fi", "Vuotalon Sali Aurora ei sovi meille, koska lattia on liian liukas tanssiin. Vaihdetaanko Studio Helmeen samalle ajalle?"),
    ("fi", "Varaus siirretty: uusi aika pe 7.3. klo 18-21, sama tila (Maunulatalo, kokoushuone 2). Hinta 24 €/h sis. alv."),
    ("fi", "Yhteyshenkilö [[P:M. Virtanen]], [[E:m.virtanen@kolumbus.fi]]. Avaimet lähetetään postitse? Vai pitääkö ne hakea?"),
    ("fi", "Hei, kiitos [[P:Virtaselle]] nopeasta vastauksesta. Haemme avaimet siis Annantalon infosta to klo 15 jälkeen."),
    ("fi", "Tilaa käyttää Helsingin Kisa-Veikkojen naisten voimisteluryhmä. Ohjaajana toimii seuran palkattu ohjaaja, varaajana seuran toimisto."),
    ("fi", "[[P:Liisa]] sairastui, joten [[P:Liisan]] tilalle avaimet kuittaa [[P:Outi Karjalainen]] ([[T:041 508 3362]]). [[P:Outi]] palauttaa ne myös."),
    ("fi", "Kallion kirjaston ryhmätila varattu lukupiirille joka toinen tiistai klo 18. Kirjana tällä kertaa Tove Janssonin Kesäkirja."),
    ("fi", "varaus tehty [[P:kirsin]] tunnuksilla mutta maksaja on [[P:tuomas]], laita lasku [[E:tuomas.h@outlook.com]]"),
    ("fi", "Kontulan nuorisotalon bändikämppä varattu su 12-15. Rummut talon puolesta, omat vahvistimet mukana (Marshall, Fender)."),
    ("fi", "Avainkuittaus: luovutettu 2 avainta + hälytyskortti [[P:Kari Hämäläiselle]] 3.2.2026. Palautettu 10.2.2026, vastaanottanut aulaemäntä."),
    ("fi", "Tämä on toinen viesti samasta asiasta. Lasku 88120476 on mennyt väärälle henkilölle, sen piti mennä Puistolan Urheilijat ry:lle eikä [[P:Petri Jokiselle]] henkilökohtaisesti."),
    ("fi", "Toivon, että Caisan isoon saliin saadaan myös videotykki ja valkokangas. Esitys kestää noin 45 min, yleisöä 80-100 henkeä."),
    ("fi", "Hei [[P:Anne]], voitko vielä varmistaa onko Kaapelitehtaan Puristamo vapaa 21.5.? T. [[P:Sami]] / Itäkeskuksen Teatteriryhmä"),
    ("fi", "Joukkueenjohtaja [[P:Sirpa Lindroos]] [[T:050-3318 207]], [[E:sirpa.lindroos@elisanet.fi]]. Valmentaja [[P:Harri]] ei ole tavoitettavissa päivisin."),
    ("fi", "Peruutan varauksen 3317-26. Syynä koronatapaukset ryhmässä. Maksun voi palauttaa samalle kortille jolla maksettiin."),
    ("fi", "Oodin Kuutio on varattu 9.4. klo 13-15 lukiolaisten esitelmille. Mukana Ressun lukion 2. vuosikurssi, opettajana vastaava lehtori."),
    ("fi", "Sijainen: [[P:Matti Korhonen]] korvaa [[P:Eevan]] koko maaliskuun, kaikki viestit hänelle osoitteeseen [[E:matti.korhonen@edu.hel.fi]]."),
    ("fi", "Avaimet jätetään Malmitalon postiluukkuun sunnuntaina klo 21 jälkeen, niin kuin viimeksikin. Ei tarvitse odottaa ketään."),
    ("fi", "Hakija [[P:Sanna-Mari Hietala]], [[H:080493-0821]]. Laskun voi lähettää osoitteeseen [[A:Siilitie 14 A 5]], 00800 Helsinki."),
    ("fi", "Kysymys: saako salissa käyttää magnesiumia? Meillä on boulderointiryhmä (Kiipeilyseura Kiipeliinit) ja tarvitaan patjat."),
    ("fi", "Mun tyttären [[P:Nean]] synttärit, 15 lasta + 4 aikuista. Varaaja äiti [[P:Jenni Ojala]], [[T:0451234908]]. Pöydät ja tuolit riittää."),
    ("fi", "HJK:n P10-joukkueen talviharjoitukset Pakilan ala-asteen koulun salissa, ma ja to 18-19.30. Hinta 12,50 €/h, laskutus seuralle."),
    ("fi", "Hei, tässä vielä lista: 1) [[P:Aapo]] 2) [[P:Eetu K.]] 3) [[P:Iida]] 4) [[P:Lumi]] 5) [[P:Onni Mattila]] 6) [[P:Pihla]]. Kaikki alle 12v, huoltaja mukana."),
    ("fi", "Onni oli myötä: sali vapautui viime hetkellä ja saimme vuoron Jakomäen liikuntasalista. Kiitos Varaamon asiakaspalvelulle!"),
    ("fi", "Laulaja [[P:Armas Leinonen]] tarvitsee esteettömän sisäänkäynnin, tuleeko hän Maunulatalon pääovesta vai takaa?"),
    ("fi", "Huom. avainten luovutus vain täysi-ikäiselle. [[P:Joonas]] (16 v) ei voi hakea, joten hakijaksi vaihdetaan isä [[P:Kimmo Turunen]]."),
    ("fi", "Kokous pidetään Vuotalon Kokoushuone Saimaassa, jos Kokoushuone Minna on jo varattu. Asialista lähtee jäsenille viikkoa ennen."),
    ("fi", "maksaja: Pohjois-Helsingin Bändikoulu ry, yhteyshlö [[P:Ville Tanskanen]] [[E:ville@pohjoishelsinginbandikoulu.fi]] p. [[T:0400 612 377]]"),
    ("fi", "Saimme laskun 2026-00931-VAR, summa 186,00 €. Varasimme kuitenkin vain 6 tuntia à 24 €, eli summan pitäisi olla 144 €."),
    ("fi", "Terveisin [[P:Kaisa-Leena Partanen]]\nSihteeri, Herttoniemen Eläkkeensaajat ry\n[[T:09 7561 204]] / [[T:040 553 8817]]"),
    ("fi", "Iltapäiväkerhon ohjaaja vaihtuu. Aiemmin [[P:Pirkko]], nyt [[P:Raija Ahonen]]. [[P:Raijan]] puhelin [[T:044-765 3320]]."),
    ("fi", "Voimistelusali, Töölön yhteiskoulu, la 8.2. 9.00-12.00. Tarvitaan trampoliini ja ilmarata. Valvoja koululta paikalla."),
    ("fi", "Avaimet haettu. [[P:Laura]] kuittasi 2 kpl, nro 114 ja 115. Palautus viim. 30.4."),
    ("fi", "Pyydän perumaan [[P:Hannu Lahtisen]] nimissä olevat varaukset huhtikuulta, hän on siirtynyt muualle töihin. Uusi yhteyshenkilö on [[P:Kati Lahtinen]], ei sukua :)"),
    ("fi", "Kanneltalon auditorio 120 paikkaa, tarvitsemme 150. Onko Malmitalon Malmisali vapaana 16.10. klo 19?"),
    ("fi", "Lähetän osallistujalistan erikseen sähköpostilla [[E:info.kalliontaiteilijat@gmail.com]] osoitteesta, koska siinä on lasten nimiä."),
    ("fi", "Hei [[P:Pia]]! Sovitaanko että [[P:Mikolle]] annetaan avain jo torstaina? Hän tulee virittämään pianon ennen konserttia. t. [[P:Helena]]"),
    ("fi", "Vuoro 3.3. peruttu myrskyn takia, koulun sali suljettiin kiinteistöhuollon päätöksellä. Ei laskuteta."),
    ("fi", "Varaajan tiedot:\nNimi: [[P:Juho Kärkkäinen]]\nOsoite: [[A:Sahaajankatu 20 B 12]], 00880 Helsinki\nPuh: [[T:050 877 1425]]\nS-posti: [[E:juho.karkkainen@iki.fi]]"),
    ("fi", "Tilaan tulee pyörätuolilla liikkuva osallistuja, hissi Annantalossa toimii kai? Ryhmä on Helsingin Näkövammaiset ry:n kerho."),
    ("fi", "Kiitos [[P:Tarjalle]] ja [[P:Juhanille]] avaimista, kaikki sujui hyvin. Palautimme ne laatikkoon ovensuussa klo 20.40."),
    ("fi", "Tarvitaan Yamaha-digipiano, 2 JBL-kaiutinta ja Epsonin projektori. Onko näitä Caisassa vai tuodaanko omat?"),
    ("fi", "muutos: [[P:jussi]] ei pääse, avaimet hakee [[P:Make]] eli [[P:Markku Rinne]], nro [[T:041 442 9087]]"),
]

# ---------------------------------------------------------------------------
# Hand-written Finnish records, part 2 (follow-ups, forwards, hurried notes)
# ---------------------------------------------------------------------------
HAND_FI_2 = [
    ("fi", "> Voitteko kertoa kuka avaimet noutaa?\nNoutaa [[P:Marjatta Huttunen]], hän on yhdistyksen rahastonhoitaja. Tavoittaa numerosta [[T:040 2281 556]] parhaiten iltaisin."),
    ("fi", "---------- Välitetty viesti ----------\nLähettäjä: [[P:Eero Pulkkinen]] <[[E:eero.pulkkinen@hel.fi]]>\nAihe: Re: Varaus Malmitalo 12.12.\nHei, varaus on vahvistettu, avain on noudettavissa infosta."),
    ("fi", "Kiitos viestistä. Varausnumero V-26-118043 on nyt peruttu ja hyvitys 48,00 € palautetaan 5-10 arkipäivän kuluessa."),
    ("fi", "ihan sama kumpi sali kunhan on peili seinässä 😅 tanssitunti 10 tyttöä, opena [[P:Jonna]] ([[T:0503312456]])"),
    ("fi", "Meillä on Sibelius-lukion kuoro ja haluaisimme harjoitella Stoassa ennen joulukonserttia. Ohjelmassa Sibeliusta ja Madetojaa."),
    ("fi", "Palautukset tilille [[I:FI75 3480 7560 8962 73]] (Itä-Helsingin Shakkikerho ry). Viestikenttään varausnumero 2026-07712."),
    ("fi", "Avaimen kadotti [[P:Tero]]. Korvaamme avaimen hinnan, laskun voi osoittaa [[P:Tero Pesoselle]], [[A:Vesakkotie 3 as 8]], 00630 Helsinki."),
    ("fi", "HIFK:n ja Jokereiden faneille ei vuokrata tilaa ottelupäivinä? Kysyn koska meillä on Hartwall Areenan lähellä kerhotila ja halusimme katsomotilaisuuden."),
    ("fi", "Sali Aurorassa oli lattialla vettä kun tulimme, ilmoitimme aulaan. Kuvat liitteenä. Varaus 14.2. klo 18-20, Vuotalo."),
    ("fi", "Vastuuvalmentaja [[P:Tommi]] on lomalla viikon 9, tilalla [[P:Henna Aaltonen]]. [[P:Hennalle]] voi soittaa [[T:050 919 2206]]."),
    ("fi", "[[P:Hennan]] numero oli väärin edellisessä viestissä, oikea on [[T:050 919 2260]]. Pahoittelut! -[[P:Tommi]]"),
    ("fi", "Alvar Aalto -sali ei ole Helsingissä, tarkoitin Kaapelitehtaan Merikaapelihallia. Sekoilin nimien kanssa."),
    ("fi", "Lasten kokkikerho Maunulatalon opetuskeittiössä, ohjaajat [[P:Suvi]] ja [[P:Elina]]. Ruoka-aineet ostetaan Lidlistä, kuitit toimitetaan [[P:Elinalle]]."),
    ("fi", "Voisiko laskun jakaa kahtia? Puolet [[P:Ilkka Manniselle]] ja puolet [[P:Reijo Vainiolle]], molemmat asuvat samassa taloyhtiössä, [[A:Kaarelantie 16 B]]."),
    ("fi", "Huomautus varaajalle: Kontulan nuorisotalon sali ei ole käytettävissä 24.-26.12. Joulunpyhinä talo on kiinni."),
    ("fi", "T: [[P:Pertti]] ja [[P:Leena Nyman]], Tapanilan kyläyhdistys. Soittakaa [[T:0405 113 672]] tai laittakaa viestiä."),
    ("fi", "Hei, olen [[P:Hilkka]], 78v, enkä osaa tätä nettivarausta. Tyttärenpoikani [[P:Samuli Kivelä]] teki varauksen minun puolesta. Hänen sähköpostinsa on [[E:samuli.kivela98@gmail.com]]."),
    ("fi", "Opettaja [[P:Nina Vuorinen]], Kalasataman koulu, tekee varauksen luokan 5B vanhempainillalle. Paikalla noin 40 henkeä."),
    ("fi", "Kalasataman koulun sali on pieni, joten ehdotan Kalasataman kirjaston tapahtumatilaa. Aukioloaikojen puitteissa ma-pe 8-20."),
    ("fi", "Tiedoksi: [[P:Juhan]] auto pysäköidään lastauslaiturille kamojen purun ajaksi, rekkari [[R:ZKP-418]]. Max 30 min."),
    ("fi", "Kirjoittaja [[P:Pirjo Laitinen]]\n[[A:Pihlajatie 41 A 7]]\n00270 Helsinki\nIBAN [[I:FI08 8427 6358 5430 97]]\nPalautus 35 € peruutetusta kurssista"),
    ("fi", "Osallistujamäärä 25, ikäjakauma 60+. Tarkoitus: Helsingin Eläkeläiset ry:n kuukausikokous, esitelmänä Suomenlinnan historia."),
    ("fi", "Sunnuntain tapahtuma on osa Helsinki-päivää, joten ovet auki kaikille. Ei pääsymaksua, ei ilmoittautumista."),
    ("fi", "[[P:Mirja]], muistathan että avaimet pitää palauttaa Annantaloon eikä Caisaan! Viime kerralla ne menivät väärään paikkaan ja [[P:Markus Heikkilä]] joutui hakemaan ne."),
    ("fi", "Avainpalvelun mukaan avain 27 on [[P:A. Lindholmin]] nimissä. Hän lopetti valmentamisen jo syksyllä, joten pyydämme siirtämään avaimen [[P:Katariina Sundille]]."),
    ("fi", "Tuli pieni sekaannus: Ruskeasuon palloiluhallin vuoro oli Kiffenin, ei meidän. Meidän vuoro on Töölön palloiluhallissa klo 20."),
    ("fi", "Korjaus osallistujalistaan: [[P:Rasmus Lindqvist]] ei ole mukana, tilalle [[P:Elias Grönholm]]. Yhteensä edelleen 14 pelaajaa."),
    ("fi", "hei vielä, avain oli jumissa ovessa, [[P:kalle]] sai sen irti mut vähän vääntynyt. sori! laskuttakaa jos pitää. [[T:045 7893 110]]"),
    ("fi", "Pianistina konsertissa toimii [[P:Liisa-Maria Kantola]], hänen tarvitsee päästä saliin 2 h ennen. Virittäjä tulee Fazer Musiikista? Ei vaan Steinwaylta."),
    ("fi", "Esitämme Kanneltalossa Aleksis Kiven Nummisuutarit, harjoitukset ma-ke 17-20. Rooleissa 12 harrastajaa Kaarelan teatterikerhosta."),
    ("fi", "Tämä lasku pitää osoittaa Helsingin kaupungin kasvatuksen ja koulutuksen toimialalle, kustannuspaikka 3210 0041, ei opettajalle henkilökohtaisesti."),
    ("fi", "Vastaanottaja [[P:Sami Karvonen]] / [[E:sami.karvonen@helsinginseurakunnat.fi]]\nAvain haetaan Kallion kirkon kanslian kautta? En ole varma."),
    ("fi", "Lapsen nimi: [[P:Aada Hyvönen]], huoltaja [[P:Päivi Hyvönen]], [[T:040 889 2140]]. Allergiat: pähkinä. Leiri pidetään Vuotalossa 2.-6.6."),
    ("fi", "Oodin Maker space -tilassa on 3D-tulostimet ja laserleikkuri, ne varataan erikseen. Tilavaraus ei sisällä laitteita."),
    ("fi", "Ryhmän vetäjä [[P:Ahmed Warsame]] ja apuohjaaja [[P:Hodan Ali]]. [[P:Ahmedille]] voi soittaa [[T:+358 41 729 5530]], somali ja suomi."),
    ("fi", "Kiitos! Sopii hyvin. Eli [[P:Olena]] hakee avaimet keskiviikkona ja [[P:Olenan]] mies tuo ne takaisin torstaina."),
    ("fi", "Taloyhtiön kokous siirtyy Malmin nuorisotalolta Malmitaloon. Osoite sama kuin aina, Ala-Malmin tori. Klo 18.00."),
    ("fi", "Kevään esiintyjät: Kallion Torvet, Puhallinorkesteri Helsingfors, Meilahden Mieslaulajat. Jokainen tarvitsee 20 min soundcheckin."),
    ("fi", "Varaajana [[P:Tapio]] ([[T:050 5518 903]]), laskutus Vuosaaren Venekerho ry, [[I:FI41 3264 9782 2985 52]]. Avaimet Vuotalon infosta."),
    ("fi", "Kokoushuone Helmi, Kokoushuone Aurora ja Kokoushuone Minna ovat kaikki 3. kerroksessa. Kokoushuone Minnassa on näyttö, muissa ei."),
    ("fi", "tilaus: 2 pöytää, 30 tuolia, kahvinkeitin. vastuuhenkilö [[P:Arja L.]], [[T:0440 227 813]]. ollaan ovella 17.45"),
    ("fi", "Isä [[P:Kimmo Turusen]] puhelin ei vastaa, yritimme tavoittaa avainten takia. Voiko joku muu ryhmästä noutaa?"),
    ("fi", "Siirrän vuoron kollegalleni [[P:Heidi Mäkiselle]] (sama työpaikka, Kontulan ala-aste). [[P:Heidin]] sähköposti on [[E:heidi.makinen@edu.hel.fi]]."),
    ("fi", "Valvoja huomautti, että salissa ei saa syödä. Teimme niin kuin ohjeessa lukee, eväät söimme aulassa. Turha valitus mielestäni."),
    ("fi", "Kerho tarvitsee tilan tiistaisin 16-17.30 ja se on vapaa, kiitos. Kuittaan sähköpostitse. — [[P:Eveliina Koivisto]], Helsingin 4H-yhdistys"),
    ("fi", "Nimenhuuto: [[P:Niklas]], [[P:Leevi]], [[P:Vilho]], [[P:Eino]], [[P:Toivo]], [[P:Väinö]], [[P:Oiva]] - kaikki paikalla. Valmentaja [[P:J-P Kauppinen]]."),
    ("fi", "Toivo ja usko paremmasta: ehkä ensi vuonna saadaan oma kerhotila eikä tarvitse joka viikko varata Varaamosta."),
    ("fi", "Minulla ei ole suomalaista pankkitiliä. Voiko palautuksen maksaa tilille [[I:DE44 5001 0517 5407 3249 31]]? Tilinomistaja [[P:Anja Weber]]."),
    ("fi", "[[P:Sinikka Rautio]] hoitaa avaimet, [[P:Sinikka Raution]] numero [[T:0400 951 332]]. Jos hän ei vastaa, soita [[P:Tuomolle]]."),
    ("fi", "Huom! Keskuskirjasto Oodin ryhmätilat 1-6 varataan eri järjestelmästä kuin Kallion kirjaston tilat. Linkki varaussivulle sivuston alareunassa."),
    ("fi", "laskun maksoi vahingossa [[P:Seppo]] kahteen kertaan, 2 x 72 €. palauttakaa toinen [[P:Sepolle]] tilille [[I:FI63 3674 9378 7135 43]]"),
    ("fi", "Päivitetty yhteystieto: puheenjohtaja [[P:Marita Kangas]], [[E:marita.kangas@pp.inet.fi]], [[T:050 402 8871]]. Vanha puheenjohtaja [[P:Sulo Heino]] ei enää vastaa varauksista."),
    ("fi", "Kysyisin vielä, onko Vuotalon Studio Helmessä äänieristys. Meidän bändi (Jäätävä Lumiukko) soittaa aika kovaa."),
    ("fi", "Hei, varauksen tiedoissa lukee [[P:Mäki Anne]] mutta oikea nimi on [[P:Anne Mäkelä]]. Korjatkaa laskuun."),
]

# ---------------------------------------------------------------------------
# Hand-written English records
# ---------------------------------------------------------------------------
HAND_EN = [
    ("en", "Hi, booking for our Saturday playgroup at Annantalo. I'm [[P:Rachel Okafor]], phone [[T:+358 40 552 1987]]. My husband [[P:Tunde]] will pick up the keys on Friday."),
    ("en", "Keys will be collected by [[P:Mark Jensen]] (assistant coach). Please note [[P:Mark]] is not the same person as the booker, [[P:Sophie Lindgren]]."),
    ("en", "Please mark this booking as paid, invoice 2026-00417, paid on 3 March by bank transfer. Reference 11112 22239."),
    ("en", "We'd like Stoa's black box for a rehearsal on 14 Nov, 6-9 pm. Will need 4 chairs and a mirror, nothing else. Cheers, Helsinki English Theatre Club"),
    ("en", "Sorry for the late notice - [[P:Priya]] is sick so [[P:Arjun Nair]] will handle the keys. His number is [[T:044 918 2736]]."),
    ("en", "Invoice to the association please, not to me personally: Helsinki Cricket Club ry, business ID 2688174-9. Contact: [[E:treasurer@helsinkicricket.fi]]"),
    ("en", "Refund for cancelled slot (booking #V-118902) to [[I:FI05 8512 9513 8501 43]], account holder [[P:Daniel Kowalski]]. Thanks!"),
    ("en", "The Grace Notes choir rehearses every Tuesday in Caisa's big hall. Hope that's still ok for the spring term."),
    ("en", "Will the gym at Kallio Upper Secondary School be open during the autumn holiday week? Our basketball group (Töölö Vesa juniors) would like extra practice."),
    ("en", "Hi [[P:Anna]], thanks for sorting out the key card. [[P:Tom]] returned it to the Malmitalo info desk this morning at 9. Best, [[P:Luke Harrison]]"),
    ("en", "Participants: [[P:Yuki Tanaka]], [[P:Carlos Mendes]], [[P:Fatima Hassan]], [[P:Ivan Petrov]], [[P:Grace O'Brien]]. Group leader [[P:Mei Chen]]."),
    ("en", "Booking note: Oodi, room Kuutio, Thursday 2-4 pm, study group for the Finnish course. No catering. Max 12 people."),
    ("en", "hey, can we swap to Kanneltalo instead of Vuotalo? its closer for most of the kids. coach [[P:mike]] [[T:0451198204]]"),
    ("en", "Guest lecture in Kallio library's event space, Thu 7 pm: Dr. [[P:Jones]] will give the talk, the booking is under [[P:Alice Jones]] (his wife), [[E:alice.jones@btinternet.com]]."),
    ("en", "Lost and found: someone left a blue Adidas bag and a Garmin watch in Maunulatalo room 3 after the Tuesday booking. Please call the info desk."),
    ("en", "Billing address: [[P:Hannah Schmidt]], [[A:Kalevankatu 31 B 18]], 00100 Helsinki. Email [[E:hannah.schmidt@posteo.de]]."),
    ("en", "From: [[P:Oliver Brennan]] <[[E:oliver.brennan@icloud.com]]>\nSent: Monday\nSubject: RE: key pick-up\n\nFine by me, [[P:Jukka]] can pick them up. I'll be in London until the 20th."),
    ("en", "May I ask whether the Sali Aurora room has a sound system? We are a small jazz trio, the Bill Evans repertoire mostly."),
    ("en", "The Jokerit fan club would like to book a room for watching an away game. Around 30 people, Kontula youth house if possible."),
    ("en", "Our teacher Ms. [[P:Karppinen]] booked the hall, but she is on sick leave. The substitute, [[P:Joel Lindström]], will be responsible from now on: [[E:joel.lindstrom@edu.hel.fi]]."),
    ("en", "Our teacher Ms. [[P:Karppinen]] will be back on Monday and takes over the booking again."),
    ("en", "Please update the contact person. Old: [[P:Rebecca Moore]]. New: [[P:Samuel Adeyemi]], [[T:+358 50 336 7720]]. [[P:Rebecca]] moved back to Canada."),
    ("en", "Just a reminder that the keys for Studio Helmi must be returned by Sunday 8 pm. Late return fee is 30 EUR per day according to the terms."),
    ("en", "I booked the wrong day (Wed instead of Thu), booking ref 26-55310. Could you move it? Same time 17:00-18:30. Thanks, [[P:Nadia]]"),
    ("en", "We're organising a Diwali celebration at Caisa, approx. 120 guests. Contact persons: [[P:Ravi Sharma]] ([[T:041 772 3059]]) and [[P:Deepa Iyer]] ([[E:deepa.iyer@outlook.com]])."),
    ("en", "Is it possible to get a parking permit for the loading area at Kaapelitehdas? Van plate [[R:JNU-720]], driver [[P:Pavel Novak]]."),
    ("en", "Friday's rehearsal is cancelled because of the Lux Helsinki light festival, streets around the venue will be closed."),
    ("en", "[[P:Sarah's]] phone died so please call me instead on [[T:040 663 8819]]. I'm her partner, [[P:Ben]]."),
    ("en", "Our club secretary is [[P:Elina Huhtala]] and she handles all invoices. Please send them to [[E:sihteeri@helsinginfrisbee.fi]] rather than to the coaches."),
    ("en", "Ok so to recap: [[P:Ahmed]] books, [[P:Linnea]] pays, [[P:Jonas]] picks up the keys, and I (that's [[P:Kate]]) bring the snacks 🙂"),
    ("en", "Hi, the HJK girls' team (P12) needs the Pakila school gym on Mondays. Coaches are from the club, so please bill HJK Juniorit ry."),
    ("en", "Sibelius Park is lovely but we need an indoor space in case of rain - is Maunulatalo's multipurpose hall free on 6 June?"),
    ("en", "My name is [[P:Olumide]], I want to book a room for a Nigerian community meeting. I don't have Finnish bank ID, can my friend [[P:Juha Niskanen]] book for me?"),
    ("en", "Account for refund: [[I:FI87 5311 4871 2264 22]] (owner: [[P:Agnieszka Wójcik]]). Booking cancelled because of illness, doctor's note attached."),
    ("en", "Room \"Kokoushuone Minna\" was too small for our group of 18, and the projector (Epson) didn't work. Could we get partial refund for booking 2026-03318?"),
    ("en", "Parent volunteers for the tournament: [[P:Laura B.]], [[P:Mikko Salo]], [[P:J. Andersson]], [[P:Chidi]]. Each takes one 2-hour shift at the door."),
    ("en", "Christmas party for the Helsinki Hurricanes juniors, 40 kids, Vuotalo hall Aurora. Santa is provided by the club :)"),
    ("en", "please send the invoice to my personal address, [[A:Hämeentie 68 A 9]], 00550 Helsinki, the association doesn't exist anymore. [[P:Gareth Price]]"),
    ("en", "I tried booking from the library computer and got an error, my IP was [[IP:85.76.134.22]] if that helps your IT people. Booking did not go through."),
    ("en", "The key box code will be sent by SMS to the person who booked. In our case that's [[P:Ines Moreau]], [[T:+358 45 208 6613]]."),
    ("en", "Workshop leader: [[P:Dmitri Ivanov]]. Assistants: [[P:Olga]] and [[P:Sveta]]. [[P:Dmitri's]] email is [[E:d.ivanov@mail.ru]]."),
    ("en", "The room in Oodi called Kuutio is not bookable on Sundays? Our Rubik's cube club (ha) would love to meet there."),
    ("en", "Summer camp schedule: 9 June - 13 June, Annantalo art rooms, 9:00-15:00 daily. Lunch at 11:30. Price 120 EUR per child."),
    ("en", "thx [[P:Minna]]!! keys back in the mailbox. (not the meeting room Minna lol, the person [[P:Minna]] at the info desk)"),
    ("en", "Booker [[P:Kwame Mensah]] has left Finland; please transfer the recurring booking to our treasurer [[P:Tiina Hakala]], [[T:050 718 4402]], [[E:tiina.hakala@gmail.com]]."),
]

# ---------------------------------------------------------------------------
# Hand-written Swedish records
# ---------------------------------------------------------------------------
HAND_SV = [
    ("sv", "Nycklarna hämtas av [[P:Johanna Lindqvist]] på fredag kl. 15 från Annegårdens info. Hon nås på [[T:040 731 2258]]."),
    ("sv", "Hej! Jag är sjuk och min kollega [[P:Mikael Sjöberg]] tar över bokningen för torsdagen. [[P:Mikaels]] e-post är [[E:mikael.sjoberg@edu.hel.fi]]. Hälsningar [[P:Ulrika]]"),
    ("sv", "Fakturan ska gå till föreningen, inte till mig: Kiffens juniorsektion, IFK Helsingfors rf, FO-nummer 0202374-2. Tack!"),
    ("sv", "Bokning: Stoa, musiksalen, lördag 10-14. Manskören Muntra Musikanter repeterar inför Lucia. Flygeln behövs."),
    ("sv", "Återbetalning för inställd tur till konto [[I:FI44 1210 6608 5083 16]], kontoinnehavare [[P:Fredrik Holmström]]. Bokningsnummer 2026-09315."),
    ("sv", "Tränare: [[P:Camilla Ekholm]] ([[T:050 338 9016]]) och [[P:Henrik Grönroos]]. [[P:Henrik]] har ingen telefon på jobbet, så ring [[P:Camilla]] i första hand."),
    ("sv", "Saga-stunden för småbarn hålls i Berghälls bibliotek varje onsdag kl. 10. Ingen anmälan, fri entré."),
    ("sv", "Deltagarlista: [[P:Ella Nyström]], [[P:Alva Nyström]], [[P:Oscar Lindholm]], [[P:Wilma Åberg]], [[P:Leo Forsman]]. Ansvarig vuxen [[P:Karin Åberg]]."),
    ("sv", "Gymnastiksalen i Zacharias Topeliusskolan är bokad för Drumsö IF:s innebandy tisdagar 18-19.30 under våren."),
    ("sv", "Fakturaadress: [[P:Anders Blomqvist]], [[A:Topeliusgatan 9 A 14]], 00250 Helsingfors. Skicka helst per e-post: [[E:anders.blomqvist@kolumbus.fi]]"),
    ("sv", "nycklarna lämnas i postlådan vid Nordhusets huvudingång efter kl 21. [[P:patrik]] fixar det"),
    ("sv", "Vi byter från Sal Aurora till Studio Helmi, golvet i Aurora passar inte för dans. Samma tid, samma grupp."),
    ("sv", "Hej [[P:Sofia]], kan du bekräfta att [[P:Elins]] grupp får börja redan 17.30? Då hinner de bygga upp scenen. /[[P:Jonas W.]]"),
    ("sv", "Förening: Helsingfors Svenska Pensionärer rf. Kontaktperson [[P:Gunilla Westerlund]], [[T:09 685 4412]]. Möte första måndagen i månaden i Caisa."),
    ("sv", "Föräldrar som hjälper till vid turneringen: [[P:Sebastian]] (kiosk), [[P:Malin Strandberg]] (sekretariat), [[P:Tove]] (dörren)."),
    ("sv", "Tove Jansson-utställningen i Ateneum är stängd på måndagar, så vi tar klassen till Annegården istället för en workshop."),
    ("sv", "Lärare [[P:Emma Söderlund]] bokar för klass 4B, Kottby lågstadieskola. Ca 22 elever och 3 vuxna. Vi behöver inte projektor."),
    ("sv", "[[P:Kalle Mattsson]] har tappat nyckeln nr 43. Vi betalar gärna ersättningen, skicka fakturan till [[P:Kalles]] adress [[A:Munkshöjdsvägen 5 B 22]], 00330 Helsingfors."),
    ("sv", "Bokningen 26-40711 avbokad p.g.a. storm. Inga avgifter enligt personalen på plats."),
    ("sv", "Vikarie för [[P:Linda]] under hela mars: [[P:Niklas Wikström]], [[T:+358 44 216 7093]]. Han hämtar också nyckelkortet från Malms kulturhus."),
    ("sv", "Sol och värme i maj, men vi vill ändå boka inomhus i Gamlasgården ifall det regnar. Åk 6 från Gymnasiet Lärkan? Nej, från Botby grundskola."),
    ("sv", "Underskrift:\n[[P:Barbro Lindroos]]\nsekreterare, Marthaföreningen i Brändö\n[[E:barbro.lindroos@gmail.com]]\n[[T:0400 188 327]]"),
    ("sv", "Dag och tid: tisdag 12.3 kl. 18-20. Lokal: Kokoushuone Minna (mötesrum Minna) i Nordhuset. Antal: 8. Syfte: styrelsemöte."),
    ("sv", "Pengarna betalades två gånger av misstag. Återbetala 54 € till [[I:FI29 8563 6028 7247 06]], [[P:Hanna Sundqvist]]. Tack på förhand."),
    ("sv", "Kören Akademen sjunger på HIFK:s jubileum i Kabelfabriken. Vi behöver risers för 40 sångare och ett elpiano (Roland)."),
    ("sv", "[[P:Mattias]] och [[P:Sara]] hämtar nycklarna, men [[P:Saras]] telefon är avstängd i helgen, så ring [[T:050 992 6140]] ([[P:Mattias Berg]])."),
    ("sv", "Vi är en dansgrupp från Kontula ungdomsgård och vill boka Stoas dansstudio. Ledare [[P:Aisha Yusuf]], [[E:aisha.yusuf@outlook.com]]."),
    ("sv", "Obs, den bokningsansvariga heter [[P:M. Lindberg]], det blev fel namn på fakturan nr 881034. Rätta gärna."),
    ("sv", "Stängt på midsommarafton och midsommardagen. Bokningar som gjorts för de dagarna flyttas automatiskt till följande vecka."),
    ("sv", "hej igen, ledsen för krånglet. ny kontakt är [[P:felix]] ([[T:045 6672 019]]), jag ([[P:Vera]]) flyttar till Åbo"),
]

# ---------------------------------------------------------------------------
# Small generators (deterministic, driven only by random.Random(SEED))
# ---------------------------------------------------------------------------
# Finnish first names and surnames: (nominative, genitive, allative, ablative)
_FI_FIRST = [
    ("Mikko", "Mikon", "Mikolle", "Mikolta"),
    ("Pekka", "Pekan", "Pekalle", "Pekalta"),
    ("Anna", "Annan", "Annalle", "Annalta"),
    ("Heikki", "Heikin", "Heikille", "Heikiltä"),
    ("Sari", "Sarin", "Sarille", "Sarilta"),
    ("Tuomas", "Tuomaksen", "Tuomakselle", "Tuomakselta"),
    ("Laura", "Lauran", "Lauralle", "Lauralta"),
    ("Antti", "Antin", "Antille", "Antilta"),
    ("Katja", "Katjan", "Katjalle", "Katjalta"),
    ("Juha", "Juhan", "Juhalle", "Juhalta"),
    ("Eeva", "Eevan", "Eevalle", "Eevalta"),
    ("Ville", "Villen", "Villelle", "Villeltä"),
    ("Tiina", "Tiinan", "Tiinalle", "Tiinalta"),
    ("Satu", "Sadun", "Sadulle", "Sadulta"),
    ("Marko", "Markon", "Markolle", "Markolta"),
    ("Noora", "Nooran", "Nooralle", "Nooralta"),
    ("Petteri", "Petterin", "Petterille", "Petteriltä"),
    ("Johanna", "Johannan", "Johannalle", "Johannalta"),
    ("Aleksi", "Aleksin", "Aleksille", "Aleksilta"),
    ("Merja", "Merjan", "Merjalle", "Merjalta"),
    ("Mohamed", "Mohamedin", "Mohamedille", "Mohamedilta"),
    ("Olena", "Olenan", "Olenalle", "Olenalta"),
]
_FI_LAST = [
    ("Virtanen", "Virtasen", "Virtaselle", "Virtaselta"),
    ("Korhonen", "Korhosen", "Korhoselle", "Korhoselta"),
    ("Nieminen", "Niemisen", "Niemiselle", "Niemiseltä"),
    ("Laine", "Laineen", "Laineelle", "Laineelta"),
    ("Lehtonen", "Lehtosen", "Lehtoselle", "Lehtoselta"),
    ("Koskinen", "Koskisen", "Koskiselle", "Koskiselta"),
    ("Järvinen", "Järvisen", "Järviselle", "Järviseltä"),
    ("Heikkinen", "Heikkisen", "Heikkiselle", "Heikkiseltä"),
    ("Salo", "Salon", "Salolle", "Salolta"),
    ("Kinnunen", "Kinnusen", "Kinnuselle", "Kinnuselta"),
    ("Aho", "Ahon", "Aholle", "Aholta"),
    ("Rantala", "Rantalan", "Rantalalle", "Rantalalta"),
    ("Hakkarainen", "Hakkaraisen", "Hakkaraiselle", "Hakkaraiselta"),
    ("Kallio", "Kallion", "Kalliolle", "Kalliolta"),
    ("Mäkelä", "Mäkelän", "Mäkelälle", "Mäkelältä"),
    ("Lindqvist", "Lindqvistin", "Lindqvistille", "Lindqvistiltä"),
    ("Hassan", "Hassanin", "Hassanille", "Hassanilta"),
    ("Kovalenko", "Kovalenkon", "Kovalenkolle", "Kovalenkolta"),
    ("Tuominen", "Tuomisen", "Tuomiselle", "Tuomiselta"),
    ("Peltola", "Peltolan", "Peltolalle", "Peltolalta"),
]
_SV_FIRST = ["Johan", "Linnea", "Mats", "Ebba", "Henrik", "Stina", "Axel", "Maja", "Anders",
             "Frida", "Tobias", "Ida", "Kristian", "Annika", "Jonas", "Sanna"]
_SV_LAST = ["Lindholm", "Sjöblom", "Ekström", "Holmberg", "Nyberg", "Forsström", "Grönqvist",
            "Wikman", "Björklund", "Sandell", "Åström", "Fagerström"]
_EN_FIRST = ["James", "Emily", "Daniel", "Olivia", "Tomasz", "Aisha", "Lucas", "Chloe",
             "Kenji", "Amara", "Pedro", "Zainab", "Liam", "Natalia", "Omar", "Hannah"]
_EN_LAST = ["Walker", "Nowak", "Fernandes", "Okoye", "Murphy", "Sato", "Rossi", "Ahmed",
            "Bennett", "Kowalczyk", "Silva", "Hughes", "Mensah", "Park"]

# (nominative, inessive, elative) - venues are never marked
_VENUES_FI = [
    ("Malmitalo", "Malmitalossa", "Malmitalosta"),
    ("Kanneltalo", "Kanneltalossa", "Kanneltalosta"),
    ("Vuotalo", "Vuotalossa", "Vuotalosta"),
    ("Stoa", "Stoassa", "Stoasta"),
    ("Caisa", "Caisassa", "Caisasta"),
    ("Annantalo", "Annantalossa", "Annantalosta"),
    ("Maunulatalo", "Maunulatalossa", "Maunulatalosta"),
    ("Kaapelitehdas", "Kaapelitehtaalla", "Kaapelitehtaalta"),
    ("Oodi", "Oodissa", "Oodista"),
    ("Kallion kirjasto", "Kallion kirjastossa", "Kallion kirjastosta"),
    ("Kontulan nuorisotalo", "Kontulan nuorisotalossa", "Kontulan nuorisotalosta"),
    ("Arabian peruskoulun sali", "Arabian peruskoulun salissa", "Arabian peruskoulun salista"),
    ("Tapanilan nuorisotalo", "Tapanilan nuorisotalossa", "Tapanilan nuorisotalosta"),
    ("Itäkeskuksen kirjasto", "Itäkeskuksen kirjastossa", "Itäkeskuksen kirjastosta"),
    ("Pasilan kirjasto", "Pasilan kirjastossa", "Pasilan kirjastosta"),
]
_VENUES_SV = ["Malms kulturhus", "Gamlasgården", "Nordhuset", "Stoa", "Caisa", "Annegården",
              "Maunulatalo", "Kabelfabriken", "Ode", "Berghälls bibliotek", "Kontula ungdomsgård"]
_VENUES_EN = ["Malmitalo", "Kanneltalo", "Vuotalo", "Stoa", "Caisa", "Annantalo", "Maunulatalo",
              "the Cable Factory", "Oodi", "Kallio library", "Kontula youth house",
              "the Arabia comprehensive school gym"]
# (nominative, inessive) rooms named after people or things - never marked
_ROOMS_FI = [
    ("Sali Aurora", "Sali Aurorassa"), ("Kokoushuone Minna", "Kokoushuone Minnassa"),
    ("Studio Helmi", "Studio Helmessä"), ("Kokoushuone Väinö", "Kokoushuone Väinössä"),
    ("Sali Onni", "Sali Onnissa"), ("Ryhmätila Kaarna", "Ryhmätila Kaarnassa"),
    ("Bändikämppä", "Bändikämpässä"), ("Monitoimisali", "Monitoimisalissa"),
    ("Studio Sointu", "Studio Soinnussa"), ("Kokoushuone Saimaa", "Kokoushuone Saimaassa"),
]
_GROUPS = ["HJK:n P11-joukkue", "IFK Helsingfors", "Kiffenin juniorit", "Jokerien fanikerho",
           "HIFK:n salibandy", "Puistolan Urheilijat", "Töölön Vesa", "Helsingin Kisa-Veikot",
           "Meilahden Mieslaulajat", "Kallion Torvet", "Ylioppilaskunnan Laulajat",
           "Polyteknikkojen Kuoro", "Helsingin Shakkiklubi", "Malmin Palloseura",
           "Käpylän Pallo", "Kontulan Karateseura", "Itä-Helsingin Bändikoulu",
           "Vuosaaren Marttayhdistys", "Helsingin Partiolaiset"]
_EVENTS = ["Taiteiden yö", "Helsinki-päivä", "Lux Helsinki", "Siivouspäivä", "joulumyyjäiset",
           "kevätkonsertti", "Maailma kylässä -etkot", "Kirjastojen yö", "syyskauden avajaiset"]
_EQUIP = ["Yamaha-piano", "Roland-syntikka", "Epson-projektori", "Genelec-kaiuttimet",
          "JBL-kaiutin", "2 Shure-mikkiä", "Marshall-vahvistin", "valkokangas", "flyygeli",
          "kahvinkeitin (Moccamaster)", "30 tuolia", "pingispöytä (Stiga)"]
_DAYS_FI = ["maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina",
            "lauantaina", "sunnuntaina"]
_DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DAYS_SV = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
# (nominative, adessive, postal code + city) - real streets of Helsinki, Espoo, Vantaa
_STREETS = [
    ("Mannerheimintie", "Mannerheimintiellä", "00250 Helsinki"),
    ("Siilitie", "Siilitiellä", "00800 Helsinki"),
    ("Sturenkatu", "Sturenkadulla", "00510 Helsinki"),
    ("Fredrikinkatu", "Fredrikinkadulla", "00120 Helsinki"),
    ("Kivikonkaari", "Kivikonkaarella", "00940 Helsinki"),
    ("Malminkaari", "Malminkaarella", "00700 Helsinki"),
    ("Kauppakartanonkatu", "Kauppakartanonkadulla", "00930 Helsinki"),
    ("Vuosaarentie", "Vuosaarentiellä", "00980 Helsinki"),
    ("Aleksis Kiven katu", "Aleksis Kiven kadulla", "00500 Helsinki"),
    ("Leppävaarankatu", "Leppävaarankadulla", "02600 Espoo"),
    ("Kielotie", "Kielotiellä", "01300 Vantaa"),
    ("Kaivokselantie", "Kaivokselantiellä", "01610 Vantaa"),
    ("Otaniementie", "Otaniementiellä", "02150 Espoo"),
    ("Mellunmäentie", "Mellunmäentiellä", "00970 Helsinki"),
]
_ASSOCS = ["Puistolan Urheilijat ry", "Helsingin Kisa-Veikot ry", "Meilahden Mieslaulajat ry",
           "Kallion Torvet ry", "Helsingin Shakkiklubi ry", "Vuosaaren Marttayhdistys ry",
           "HJK Juniorit ry", "Töölön Vesa ry", "Kontulan Karateseura ry"]
_MAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "elisanet.fi", "kolumbus.fi",
                 "luukku.com", "icloud.com", "yahoo.com", "iki.fi", "welho.com"]
_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", " ": "", "'": ""})


def _m(label, text):
    return "[[%s:%s]]" % (label, text)


def _digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _phone(rng):
    pre = rng.choice(["40", "41", "44", "45", "50", "400", "440", "457", "46"])
    d = _digits(rng, 7 if len(pre) == 2 else 6)
    style = rng.randint(0, 5)
    if style == 0:
        return "0%s %s %s" % (pre, d[:3], d[3:])
    if style == 1:
        return "0" + pre + d
    if style == 2:
        return "+358 %s %s %s" % (pre, d[:3], d[3:])
    if style == 3:
        return "+358" + pre + d
    if style == 4:
        return "0%s-%s" % (pre, d)
    if len(d) == 7:
        return "0%s %s %s %s" % (pre, d[:3], d[3:5], d[5:])
    return "0%s %s %s" % (pre, d[:2], d[2:])


def _iban(rng):
    bban = rng.choice("14568") + _digits(rng, 13)
    num = "".join(str(int(c, 36)) for c in bban + "FI00")
    s = "FI%02d%s" % (98 - int(num) % 97, bban)
    if rng.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def _hetu(rng):
    d, mth = rng.randint(1, 28), rng.randint(1, 12)
    if rng.random() < 0.85:
        y, sign = rng.randint(40, 99), "-"
    else:
        y, sign = rng.randint(0, 8), "A"
    n = rng.randint(2, 899)
    base = "%02d%02d%02d" % (d, mth, y)
    return base + sign + "%03d" % n + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base + "%03d" % n) % 31]


def _ytunnus(rng):
    while True:
        d = _digits(rng, 7)
        r = sum(int(c) * w for c, w in zip(d, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r != 1:
            return "%s-%d" % (d, 0 if r == 0 else 11 - r)


def _viite(rng):
    base = str(rng.randint(1000, 9999999))
    w = [7, 3, 1]
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base)))
    full = base + str((10 - s % 10) % 10)
    out = []
    while full:
        out.insert(0, full[-5:])
        full = full[:-5]
    return " ".join(out)


def _ref(rng):
    return rng.choice(["V-26-%s" % _digits(rng, 6), "2026-%s" % _digits(rng, 5),
                       "%s-26" % _digits(rng, 4), "#%s" % _digits(rng, 6)])


def _time(rng):
    h = rng.randint(8, 19)
    m = rng.choice(["00", "30", "15", "00"])
    h2 = h + rng.randint(1, 3)
    return "%d.%s-%d.%s" % (h, m, h2, m)


def _date(rng):
    return "%d.%d." % (rng.randint(1, 28), rng.randint(1, 12))


def _price(rng):
    return rng.choice(["12,50", "15", "18", "24", "30", "36,80", "45", "60", "72", "96"])


def _email(rng, first, last):
    f, l = first.lower().translate(_FOLD), last.lower().translate(_FOLD)
    style = rng.randint(0, 4)
    local = [f + "." + l, f + l, f[0] + "." + l, f + "." + l + str(rng.randint(1, 99)),
             l + "." + f][style]
    return local + "@" + rng.choice(_MAIL_DOMAINS)


def _address(rng):
    st = rng.choice(_STREETS)
    num = str(rng.randint(1, 60))
    k = rng.randint(0, 3)
    if k == 0:
        tail = " %s %d" % (rng.choice("ABCDE"), rng.randint(1, 60))
    elif k == 1:
        tail = " as %d" % rng.randint(1, 30)
    elif k == 2:
        tail = rng.choice("abc")
    else:
        tail = ""
    return st, num + tail


def _lower_keep_labels(s):
    s = s.lower()
    for lab in ["ip", "p", "e", "t", "h", "i", "r", "a"]:
        s = s.replace("[[%s:" % lab, "[[%s:" % lab.upper())
    return s


def _day_gen(day):
    """Genitive of a Finnish weekday given in essive: 'keskiviikkona' -> 'keskiviikon'."""
    if day == "keskiviikkona":
        return "keskiviikon"
    return day[:-2] + "n"


def _gen_fi_positive(rng, k):
    f1, l1 = rng.choice(_FI_FIRST), rng.choice(_FI_LAST)
    f2, l2 = rng.choice(_FI_FIRST), rng.choice(_FI_LAST)
    while f2 == f1:
        f2 = rng.choice(_FI_FIRST)
    v = rng.choice(_VENUES_FI)
    day = rng.choice(_DAYS_FI)
    if k == 0:
        return ("Varaaja: %s, puh. %s. Avaimet hakee %s %s %s klo %d." % (
            _m("P", f1[0] + " " + l1[0]), _m("T", _phone(rng)), _m("P", f2[0]), v[2], day,
            rng.randint(12, 17)))
    if k == 1:
        return ("%s on sairaana, joten %s vuoron (%s) hoitaa %s (%s). Avaimet luovutetaan %s." % (
            _m("P", f1[0]), _day_gen(day), v[0], _m("P", f2[0] + " " + l2[0]),
            _m("T", _phone(rng)), _m("P", f2[0] + " " + l2[2])))
    if k == 2:
        return ("Pyydän palauttamaan %s € tilille %s, tilinomistaja %s. Varaus %s peruttiin sairastumisen takia." % (
            _price(rng), _m("I", _iban(rng)), _m("P", f1[0] + " " + l1[0]), _ref(rng)))
    if k == 3:
        st, num = _address(rng)
        return ("Lasku henkilölle, ei yhdistykselle:\n%s\n%s\n%s\n%s" % (
            _m("P", f1[0] + " " + l1[0]), _m("A", st[0] + " " + num), st[2],
            _m("E", _email(rng, f1[0], l1[0]))))
    if k == 4:
        s = "avaimet hakee %s, palauttaa %s. nro %s jos jotain. %s %s" % (
            _m("P", f1[0]), _m("P", f2[0]), _m("T", _phone(rng)), v[0], _time(rng))
        return _lower_keep_labels(s)
    if k == 5:
        return ("Uusi yhteyshenkilö (%s): %s, %s, %s. Aiempi yhteyshenkilö %s ei enää hoida varauksia." % (
            rng.choice(_GROUPS), _m("P", f1[0] + " " + l1[0]), _m("E", _email(rng, f1[0], l1[0])),
            _m("T", _phone(rng)), _m("P", f2[0] + " " + l2[0])))
    if k == 6:
        st, num = _address(rng)
        return ("Varaajan tiedot: %s, henkilötunnus %s, %s, %s. Laskutus paperisena." % (
            _m("P", f1[0] + " " + l1[0]), _m("H", _hetu(rng)), _m("A", st[0] + " " + num), st[2]))
    if k == 7:
        return ("Kiitos %s! %s toimi hyvin. Ensi kerralla avaimet noutaa %s, hänen numeronsa on %s." % (
            _m("P", f2[2]), v[0], _m("P", f1[0][0] + ". " + l1[0]), _m("T", _phone(rng))))
    if k == 8:
        st, num = _address(rng)
        return ("Asun %s, joten %s on lähin. Laskun voi lähettää kotiin. t. %s" % (
            _m("A", st[1] + " " + num), v[0], _m("P", f1[0] + " " + l1[0])))
    return ("%s puhelin on rikki, tavoitatte %s numerosta %s tai sähköpostilla %s." % (
        _m("P", f1[1]), _m("P", f2[0] + " " + l2[1]), _m("T", _phone(rng)),
        _m("E", _email(rng, f2[0], l2[0]))))


def _gen_fi_negative(rng, k):
    v = rng.choice(_VENUES_FI)
    room = rng.choice(_ROOMS_FI)
    if k == 0:
        return "%s, %s, %s %s klo %s. %s. Hinta %s €/h, varaus %s." % (
            v[0], room[0], rng.choice(_DAYS_FI), _date(rng), _time(rng), rng.choice(_GROUPS),
            _price(rng), _ref(rng))
    if k == 1:
        return "Muistutus: vuoro %s (%s) siirtyy %s alkaen toiseen saliin. Avaimet noudetaan infosta klo %d alkaen." % (
            v[1], rng.choice(_GROUPS), _date(rng), rng.randint(12, 16))
    if k == 2:
        e1, e2 = rng.sample(_EQUIP, 2)
        return "Laitepyyntö, %s / %s: %s ja %s. Tapahtuma: %s, yleisöä noin %d." % (
            v[0], room[0], e1, e2, rng.choice(_EVENTS), rng.randint(20, 200))
    if k == 3:
        return "Lasku %s (%s €) maksettu %s2026. Viite %s. Laskutus: %s, Y-tunnus %s." % (
            _digits(rng, 8), _price(rng), _date(rng), _viite(rng), rng.choice(_ASSOCS), _ytunnus(rng))
    if k == 4:
        return "%s on suljettu %s huoltotöiden vuoksi. Muut tilat %s auki normaalisti ma-pe %d-21." % (
            room[0], _date(rng), v[1], rng.randint(8, 10))
    return "Sinne pääsee bussilla %s tai metrolla. %s on varattu %s, %d osallistujaa, tarkoitus: %s." % (
        rng.choice(["55", "79", "560", "96", "500", "73N", "71"]), room[0], _date(rng),
        rng.randint(6, 40), rng.choice(_EVENTS))


def _gen_en_positive(rng, k):
    f, l = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
    f2, l2 = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
    while f2 == f:
        f2 = rng.choice(_EN_FIRST)
    v = rng.choice(_VENUES_EN)
    if k == 0:
        return "Booking for our group at %s. Contact: %s, %s, %s. Keys collected by %s." % (
            v, _m("P", f + " " + l), _m("T", _phone(rng)), _m("E", _email(rng, f, l)), _m("P", f2))
    if k == 1:
        return "%s is ill, so %s will pick up the keys on %s (%s)." % (
            _m("P", f), _m("P", f2 + " " + l2), rng.choice(_DAYS_EN), _m("T", _phone(rng)))
    if k == 2:
        return "Please refund %s EUR to %s (account holder %s). Booking %s was cancelled." % (
            _price(rng), _m("I", _iban(rng)), _m("P", f + " " + l), _ref(rng))
    if k == 3:
        st, num = _address(rng)
        return "Invoice to me personally: %s, %s, %s." % (
            _m("P", f + " " + l), _m("A", st[0] + " " + num), st[2])
    if k == 4:
        return "%s number changed, the new one is %s. Still the same email %s." % (
            _m("P", f + "'s"), _m("T", _phone(rng)), _m("E", _email(rng, f, l)))
    return "Coach %s can't make it on %s, %s will open up at %s instead." % (
        _m("P", f[0] + ". " + l), rng.choice(_DAYS_EN), _m("P", f2.lower()), v)


def _gen_en_negative(rng, k):
    v = rng.choice(_VENUES_EN)
    if k == 0:
        return "Booking %s: %s, %s %s, %s. Price %s EUR per hour, invoice to the club." % (
            _ref(rng), v, rng.choice(_DAYS_EN), _date(rng), _time(rng), _price(rng))
    if k == 1:
        return "Reminder: the room at %s closes at 21:00 on %ss. Keys go back in the box by the door, code sent by SMS." % (
            v, rng.choice(_DAYS_EN))
    return "We need a projector, %d chairs and a PA for the %s event at %s. Doors open %d pm." % (
        rng.randint(10, 80), rng.choice(["Diwali", "Lux Helsinki", "Helsinki Day", "Night of the Arts",
                                        "Christmas", "Eid"]), v, rng.randint(4, 7))


def _gen_sv_positive(rng, k):
    f, l = rng.choice(_SV_FIRST), rng.choice(_SV_LAST)
    f2, l2 = rng.choice(_SV_FIRST), rng.choice(_SV_LAST)
    while f2 == f:
        f2 = rng.choice(_SV_FIRST)
    if k == 0:
        return "Nycklarna hämtas av %s (%s) på %s från %s." % (
            _m("P", f + " " + l), _m("T", _phone(rng)), rng.choice(_DAYS_SV), rng.choice(_VENUES_SV))
    if k == 1:
        gen = f2 if f2.endswith("s") else f2 + "s"
        return "%s är sjuk, %s tar över bokningen. %s e-post: %s" % (
            _m("P", f), _m("P", f2 + " " + l2), _m("P", gen), _m("E", _email(rng, f2, l2)))
    if k == 2:
        return "Återbetalning %s € till konto %s, kontoinnehavare %s. Bokning %s." % (
            _price(rng), _m("I", _iban(rng)), _m("P", f + " " + l), _ref(rng))
    st, num = _address(rng)
    city = st[2].replace("Helsinki", "Helsingfors").replace("Espoo", "Esbo").replace("Vantaa", "Vanda")
    return "Faktura till %s, %s, %s. Inte till föreningen." % (
        _m("P", f + " " + l), _m("A", st[0] + " " + num), city)


def _gen_sv_negative(rng, k):
    v = rng.choice(_VENUES_SV)
    if k == 0:
        return "Bokning %s: %s, %s kl. %s. Pris %s €/h, faktureras föreningen." % (
            _ref(rng), v, rng.choice(_DAYS_SV), _time(rng).replace(".", ":"), _price(rng))
    if k == 1:
        return "%s är stängt %s2026. Bokningar flyttas till nästa vecka, ingen avgift." % (
            v, _date(rng))
    return "Vi behöver %d stolar och en projektor i %s, Sal Aurora eller Studio Helmi går bra." % (
        rng.randint(10, 60), v)


# (lang, generator, number of templates in it, records wanted)
_GEN_PLAN = [
    ("fi", _gen_fi_positive, 10, 35), ("fi", _gen_fi_negative, 6, 15),
    ("en", _gen_en_positive, 6, 13), ("en", _gen_en_negative, 3, 8),
    ("sv", _gen_sv_positive, 4, 6), ("sv", _gen_sv_negative, 3, 4),
]


def _generated():
    rng = random.Random(SEED)
    seen = []
    out = []
    for lang, fn, ntempl, count in _GEN_PLAN:
        ks = list(range(ntempl)) * (count // ntempl + 2)
        rng.shuffle(ks)
        made = 0
        while made < count:
            text = fn(rng, ks.pop())
            if text in seen:
                continue
            seen.append(text)
            out.append((lang, text))
            made += 1
    return out


def records() -> list[tuple[str, str]]:
    """Return (lang, marked_text) pairs: hand-written records first, then generated ones."""
    return list(HAND_FI_1) + list(HAND_FI_2) + list(HAND_EN) + list(HAND_SV) + _generated()
