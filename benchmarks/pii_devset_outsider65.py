"""Blind evaluation block 65 for the personal-data scrubber.

Written by helper "outsider 65" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file, or
/work/scratch/ (apart from the brief I was given). I ran no git commands and did not run the scrubber or
any evaluation. The texts come only from the brief and from my own knowledge of how people write.

Focus: "a random day of room bookings" - a sample of one day's Varaamo booking notes and messages in
Finnish (about 60 %), Swedish (about 20 %) and English (about 20 %): who books, who picks up and returns
the keys, who is responsible, lists of participants, invoicing details (names, addresses, business IDs
which are not personal, bank accounts for deposits), phone numbers and e-mails, cancellations, changes of
contact person, associations and their chairs, children's parties ("synttarit Eelille 7 v"), in full
sentences and in terse note style, capitalised and in lower case. About a third are hard negatives
(room names, venue names, times, prices, booking numbers, association names without persons, room names
that are also first names, famous people, streets without house numbers).

Seed: 6565 (random.Random(SEED) drives the small generators; the hand-written records are fixed).

Markup: `[[LABEL:text]]` around each piece of personal data. P = a person's name (first name, surname,
full name, nickname, initials joined to a name; any case; English possessive 's, Swedish genitive -s and
Finnish case endings inside the span; role words and titles outside). E = e-mail address. T = phone
number. H = Finnish personal identity code. I = IBAN or bank account number. R = vehicle licence plate.
IP = IP address. A = street address with a house number (postal code and city outside). Business IDs,
booking numbers, room and venue names, association names, famous people, streets without numbers are
not marked.
"""

import random

SEED = 6565


# ---------------------------------------------------------------------------
# Hand-written records
# ---------------------------------------------------------------------------

_HAND_FI = [
    # --- positives ---
    "Varaus synttäreille: synttärit [[P:Eelille]] 7 v, n. 15 lasta + vanhemmat. Avaimet hakee äiti [[P:Hanna Lehtonen]] pe klo 16, puh [[T:040 718 2394]].",
    "Hei! Varasin Kuikka-kerhohuoneen lauantaiksi. Avaimet noutaa puolisoni [[P:Mikko]] koska itse olen töissä, hänen numero on [[T:050 331 8842]]. Palautus sunnuntaina postiluukkuun. t. [[P:Sari Heikkinen]]",
    "laskutusosoite: Kallion Kamarikuoro ry, c/o [[P:Tuula Mäkelä]], [[A:Fleminginkatu 17 A 9]], 00510 Helsinki. Y-tunnus 2745118-6",
    "Yhteyshenkilö vaihtuu! Aiemmin ilmoitettu [[P:Pekka Laine]] ei enää hoida varauksia, uusi yhteyshenkilö on [[P:Johanna Saarinen]], [[E:johanna.saarinen@elisanet.fi]]",
    "peruutan varauksen 14.3. klo 18–20 (Malmitalo, kokoushuone 2). sairastuin. [[P:Raili Koskinen]]",
    "Avaimet: [[P:Timo]] hakee, [[P:Jenni]] palauttaa. Molempien numerot: [[P:Timo]] [[T:044 562 1190]], [[P:Jenni]] [[T:045 119 3307]]",
    "Osallistujat: [[P:Aino Virtanen]], [[P:Matti Virtanen]], [[P:Leena Nurmi]], [[P:Oskari Nurmi]], [[P:Veera Halonen]] + 3 lasta",
    "Takuumaksun 100 € voi palauttaa tilille [[I:FI63 9911 0963 6144 74]], saaja [[P:Kaisa Rantanen]].",
    "Olen yhdistyksen puheenjohtaja [[P:Jari Hyvönen]] ja vastaan tilan käytöstä. Varaus koskee Pihlajamäen nuorisotalon salia joka toinen tiistai 18-21.",
    "hei sori mut en pääse hakee avaimii, mun kaveri [[P:jere]] tulee hakee ne, se on [[P:Jere Kallio]] jos kysytte henkkareita",
    "Laskutus yksityishenkilönä: [[P:Marjatta Lindqvist]], henkilötunnus [[H:180258-666N]], [[A:Sturenkatu 27 C 41]], 00510 Helsinki.",
    "tila: Kanneltalo, Studio. Vastuuhenkilö [[P:Arto Siltanen]] [[T:+358 40 550 2817]]. Tulemme klo 9 rakentamaan.",
    "Moikka, tässä vielä osallistujalista kurssille:\n1. [[P:Laura Kinnunen]]\n2. [[P:Riikka Hämäläinen]]\n3. [[P:Tiina Ojala]]\n4. [[P:Minna Karjalainen]]\n5. [[P:Paula Jokinen]]",
    "synttärit [[P:Iidalle]] 5v!! 🎉 vanhemmat [[P:Anni]] ja [[P:Sami Turunen]], puh [[T:0407739104]]",
    "Varaaja [[P:Heikki Salo]] on ilmoittanut, että tilaisuuden vastuuhenkilönä toimii hänen sijastaan [[P:Heikki Salon]] tytär [[P:Emilia Salo]].",
    "AVAIMET NOUTAA [[P:PIRJO KORHONEN]] TORSTAINA. PUH [[T:050 448 2210]]",
    "Tilaisuus on [[P:Mirjan]] ja [[P:Juhon]] hääpäiväjuhla, noin 40 vierasta. Musiikki loppuu klo 22.",
    "Lasku [[P:Ville Mustoselle]], [[E:ville.mustonen@outlook.com]], viitteeksi 'Kevätjuhla 2027'.",
    "Hei, varausnumero 8812-4471. Yhteyshenkilöksi [[P:Mervin]] tilalle [[P:Anneli Laakso]], [[T:044 902 6611]]. Kiitos!",
    "Talonmies [[P:Rasmus]] avaa oven klo 17, jos avain ei toimi soita hänelle [[T:09 724 1183]].",
    "kuoron harjoitus, vastuuhlö pj. [[P:Sirpa Aaltonen]], varalla sihteeri [[P:Harri Vainio]]",
    "Auto jää pihaan lastauksen ajaksi, rekisterinumero [[R:KLM-392]], omistaja [[P:Jouni Pesonen]].",
    "Olemme Vuosaaren eläkeläiset ry, tilan käyttäjinä [[P:Eila]], [[P:Maire]], [[P:Sinikka]] ja [[P:Pentti]]. Tuolit pinotaan jälkeenpäin.",
    "Maksaja: Helsingin Latu ry, y-tunnus 0215324-6, laskut sähköisesti. Yhteyshenkilö laskuasioissa rahastonhoitaja [[P:Marko Räsänen]] [[E:marko.rasanen66@gmail.com]]",
    "Peruutus: [[P:Keijo]] ei pääse, joten ti 9.4. kerho jää pitämättä. Seuraava kerta normaalisti.",
    "Avain palautettu luukkuun 23.15. terv [[P:Niko]] (Herttoniemen nuorisotalo)",
    "Saako tilaan tuoda oman kahvinkeittimen? Kysyn siksi koska viimeksi [[P:Tuomaksen]] ryhmä ei saanut. -[[P:Liisa]]",
    "Laskutustiedot: Tmi [[P:Kari Lehtinen]], Y-tunnus 3120455-9, [[A:Malminkaari 11 B 15]], 00700 Helsinki",
    "Hei [[P:Sanna]]! Kiitos viestistä, vahvistan että avaimet voi hakea Stoan infosta ma klo 12 jälkeen.\n\nYstävällisin terveisin\n[[P:Kimmo Lahtinen]]\nItäkeskus",
    "Nimet lapsista jotka tulee: [[P:eeli]], [[P:oona]], [[P:väinö]], [[P:lilja]], [[P:aatu]] + sisarukset",
    "Tilan vuokraaja on opiskelija [[P:Aleksi Mäkinen]], s. 2003 (henkilötunnus [[H:150803A6285]]).",
    "Soita mieluummin miehelleni [[P:Jarkolle]] [[T:041 770 5523]] niin ei mene viestit ohi",
    "Varaus on tehty [[P:Katja Ahosen]] nimiin mutta maksaa Kontulan Pallo ry.",
    "[[P:Veikko]] tuo jatkojohdot, [[P:Harri]] kaiuttimet. Puhelin [[P:Veikolle]] [[T:050 992 1774]]",
    "muuttunut puhelinnumero: vanha ei enää käytössä, uusi [[T:045 782 3390]]. [[P:Pia Honkanen]]",
    "---------- Välitetty viesti ----------\nLähettäjä: [[P:Outi Peltonen]] <[[E:outi.peltonen@elisanet.fi]]>\nAihe: Re: varaus Kumpula\n\nVoisitko sinä hoitaa avaimet, mulla on lähtö Tampereelle. -[[P:Outi]]",
    "Vastuuhenkilö: [[P:Seppo Heinonen]], [[A:Kaarelantie 32 A 5]], 00420 Helsinki, [[T:040 118 7702]]",
    "palautus: avaimet jätetty naapuritoimiston [[P:Merjalle]] koska luukku oli jumissa",
    "osallistujia 12: mä ([[P:Petra]]), [[P:Kalle]], [[P:Roope]], [[P:Sohvi]], [[P:Elias]], [[P:Amira]], [[P:Dmitri]], [[P:Lotta]], [[P:Ahmed]], [[P:Noora]], [[P:Joona]], [[P:Aurora]]",
    "Vuokran maksun jälkeen takuumaksu palautetaan tilille [[I:FI52 6408 0599 4898 21]] ([[P:Hietanen Juha]])",
    "[[P:Niemisen]] perheen juhlat ([[P:Onnin]] 3-vuotissynttärit). Paikalla myös isovanhemmat.",
    "Hei, voisiko varauksen siirtää [[P:Marjut Kokkosen]] nimiin? Minä [[P:Tarja Kokkonen]] muutan Ouluun ja hän jatkaa kerhon vetäjänä.",
    "Avaimen kuittaa: [[P:J. Hirvonen]]",
    "yhteyshlö [[P:Jukkis]] ([[P:Jukka Saarela]]) [[T:0445120087]]",
    "Taloyhtiön kerhohuone, vastuullinen aikuinen paikalla koko ajan: [[P:Satu Mattila]] / [[P:Ilkka Mattila]]",
    "Hei, olemme varanneet Maunula-talon salin lauantaille 12.4. klo 10–16 Maunulan Kotiseutuyhdistyksen kevätmyyjäisiä varten. Järjestelyistä vastaa hallituksen jäsen [[P:Anu Kettunen]], joka on tavattavissa paikan päällä koko päivän. Laskun voi lähettää yhdistyksen sähköpostiin tai rahastonhoitajalle [[P:Erkki Laitiselle]] osoitteeseen [[A:Suursuontie 8 C 22]], 00630 Helsinki. Kiitos!",
    "kaikki ok, avaimet palautettu 🙏 [[P:hanna k]]",
    "pj [[P:Seija Räty]] sairastunut, kokouksen puheenjohtajana toimii varapj [[P:Markku Vesterinen]]",
    "Lapsiryhmän ohjaajat: [[P:Milla]] ([[T:040 293 6618]]) ja [[P:Ronja]] ([[T:050 418 9023]]). Hätätapauksessa soittakaa ensin [[P:Millalle]].",
    "Pitääkö avaimet hakea itse vai voiko appiukkoni hakea ne? Hänellä on auto [[R:FYU-206]], saako sen jättää lastauspaikalle hetkeksi?",
    "Hei! [[P:Lahja]] tässä, Oulunkylän kerhosta. Meillä on taas torstaina käsityöilta.",
    "Tervehdys Malmilta. Varaajana [[P:Toivo Aaltonen]], 82 v, pyytää että tila lämmitetään valmiiksi.",
    "sähköposti vaihtunut: [[E:k.heiskanen73@gmail.com]] (ennen hotmail). [[P:Kirsi Heiskanen]]",
    "Kerhon vetäjä [[P:Aleksandra Ivanova]] puhuu vain vähän suomea, yhteys mieluiten englanniksi [[E:a.ivanova.hki@gmail.com]]",
    "Tiistain vapaaehtoiset läksykerhoon: [[P:Fatima Hassan]], [[P:Nguyen Thi Lan]], [[P:Hamid]], [[P:Päivi]]",
    "[[P:Ristolle]] tiedoksi: avaimet on nyt [[P:Helmillä]], hän palauttaa ne maanantaina.",
    "laskutus: [[P:Eveliina Ström]]\n[[A:Hakaniemenranta 6 B 40]]\n00530 HKI",
    "Juhlat ovat [[P:Sofian]] ylioppilasjuhlat, isä [[P:Raimo Lindholm]] vastaa tilasta.",
    "Muutos: tulijoita 25 → 32. Kahvituksen hoitaa [[P:Tellervo]]. Avaimet edelleen minulla ([[P:Marja-Leena Hakala]]).",
    "Avain nro 14 kuitattu [[P:Heinoselle]] 2.2.",
    "[[P:Päivi]] & [[P:Jussi]] hoitaa siivouksen, [[P:Kirsi]] vie roskat",
    "Laskutus henkilöasiakkaana, tiedot: [[P:Riitta Manninen]] [[H:061171-791K]], [[A:Mäkelänkatu 54 A 12]], 00510 Helsinki",
    "Vanhempainyhdistyksen puheenjohtaja: [[P:Henna Partanen]], [[T:+358 44 731 0556]], [[E:henna.partanen@pp.inet.fi]]",
    "soitin jo kerran, numero on [[T:0400 618 392]] ja nimi [[P:Tapani]]",
    "Tanssiryhmän vetäjä vaihtui syksyllä, ei enää [[P:Nina]] vaan [[P:Elina Rautio]].",
    "Varaamo-lomake kaatui, virheilmoituksessa luki 'request from [[IP:91.154.37.208]] rejected'. Yritän uudelleen illalla. [[P:Mika]]",
    "lastenjuhlat: [[P:Veetin]] ja [[P:Aadan]] yhteissynttärit, n. 20 lasta, vastaava aikuinen [[P:Susanna Kivelä]] [[T:040 556 0913]]",
    "Olin varannut [[P:Ritvan]] puolesta, [[P:Ritva]] ei itse osaa käyttää nettiä. Hän tulee paikalle klo 10.",
    "Tilanne: avain kadonnut. [[P:Eero Björklund]] maksaa uuden avaimen, lasku osoitteeseen [[A:Vernissakatu 4 D 77]], 01300 Vantaa.",
    "Vuokralainen: [[P:Ville-Pekka Rinne]] / [[P:VP]], [[T:040-7712384]]",
    "terveisin [[P:Marketta]] ja [[P:Reijo Leinonen]], Kontulan Mummot ja Vaarit ry",
    "Avaimet hakee [[P:Laineen Pirkko]] (ei se toinen [[P:Pirkko]]), tunnistaa punaisesta piposta 😄",
    "varaus tehty [[P:sirkun]] tunnuksilla, mutta juhlat on [[P:Annen]] 50v. yhteydenotot [[E:anne.wallenius@gmail.com]]",
    "Hei, vielä tarkennus: kuittauksen tekee isäni [[P:Pertti Hyvärinen]], joka asuu [[A:Siltamäentie 9 A 3]], joten avain kulkee hänen kauttaan.",
    # --- hard negatives ---
    "Kokoushuone Helmi on varattu ti klo 17–19, varaus 2026-118845. Hinta 15 €/h.",
    "Onko Oodin Kuutio vapaana lauantaina 14.3.? Tarvitsisimme tilan noin 20 hengelle klo 12–15.",
    "Avaimet hakee mummo ja palauttaa pappa, molemmat tuttuja talon väelle.",
    "Peruutetaan varaus nro 77310, Malmitalo sali 2, 5.6. klo 18.00–21.00. Kiitos.",
    "Maunula-talon sauna ei ole varattavissa kesäkuussa remontin takia.",
    "Y-tunnus 1956772-8. Laskut verkkolaskuina, OVT 003719567728.",
    "Tila: Stoa, Musiikkisali. Aika: pe 17.00–23.00. Tapahtuma: Itä-Helsingin nuorten bändi-ilta. Liput 5 €.",
    "Lasten synttärit, 8 lasta, 3 aikuista. Tarvitaan pöydät ja tuolit, ei AV-laitteita.",
    "Toivo on että saisimme tilan jatkossa aina torstaisin, onni olisi jos myös keväällä onnistuisi.",
    "Sali Sibelius varattu kuorolle, harjoitus kestää noin 2 h. Jean Sibeliuksen Finlandia on ohjelmassa.",
    "Aleksis Kiven peruskoulun liikuntasali, varaus arkisin klo 18–20 ajalle 1.9.–15.12.",
    "Bussi 550 pysähtyy ihan talon edessä, ja ratikalla 7 pääsee Pasilasta.",
    "Kallion kirjaston kokoushuone Kuikka, 6 hlöä, videotykki tarvitaan. Varaus #45129.",
    "Huom! Pysäköinti Kaarelantiellä on rajoitettu 2 tuntiin arkisin 8–16.",
    "Tilan hinta yhdistyksille 0 €, yrityksille 45 €/h + alv 25,5 %.",
    "Marimekko-teemaiset kevätjuhlat, tarjoilut Fazerilta, kukat Stockmannilta.",
    "Avaimet palautettu postiluukkuun klo 22.40, kaikki kunnossa, valot sammutettu.",
    "Lauantai 12.4. klo 10–16, Kannelmäen nuorisotalo, bändikämppä 1. Kahdeksas kerta tänä syksynä.",
    "Kiitos, varaus vahvistettu! Varausnumero HKI-2026-03311. Muistathan siivota jälkesi.",
    "Meidän yhdistys: Vuosaaren Kuvataideseura ry. Kokoonnumme Vuotalon ateljeessa joka toinen keskiviikko.",
    "Paavo Nurmen tien puolelta on esteetön sisäänkäynti, pääovelta portaat.",
    "Tuuli oli niin kova että ulko-ovi paukkui koko illan, saisiko siihen jonkun stopparin?",
    "Kerhohuone Aino, 2. krs. Hissi on korjauksessa 30.4. asti.",
    "synttärit lauantaina klo 14–17, tila 'Satu' eli pieni leikkihuone",
    "Sauli Niinistö vieraili talossa 2019, mutta se ei liity tähän varaukseen :D kysyn vain onko valokuvat vielä käytävällä.",
    "Laskutusosoite: Helsingin kaupunki, Kulttuurin ja vapaa-ajan toimiala, PL 25, 00099 Helsingin kaupunki.",
    "Takuumaksu 100 € maksetaan etukäteen, palautus 14 vrk kuluessa tilan tarkastuksesta.",
    "Voiko Lumi-salin ja Valo-salin väliseinän avata? Tulijoita n. 80.",
    "Tapahtuma siirtyy viikolla: ti 18.3. → to 20.3., sama kellonaika 17:30–19:30.",
    "avain nro 7 ei toimi takaovessa, etuovesta pääsee",
    "Postinumero 00940, Kontula. Ostoskeskuksen vieressä oleva nuorisotalo, ei tarvitse hakea avaimia.",
    "Kaikki osallistujat ovat täysi-ikäisiä, alkoholia ei tarjoilla. Musiikki loppuu klo 22.",
    "Hei, miten saan Varaamosta laskun pdf:nä? Yritin Oma sivu -kohdasta mutta ei löytynyt.",
    "Ilo oli meidän puolella, kiitos hyvästä tilasta! Tullaan uudestaan syksyllä.",
    "Kulosaaren kartanon sali, hääjuhla 14.8. klo 15–01. Catering K-Citymarketista.",
    "Tove Jansson -aiheinen lukupiiri, Töölön kirjasto, Muumi-huone, 10 hlö.",
    "Hinta: 3 h × 25 € = 75 €, ALV 0 % (yhdistys). Viitenumero 1122 3344 5.",
    "Nuorisotalon ohjaaja avaa oven, soittakaa tarvittaessa talon yleisnumeroon.",
    "Arabianrannan kirjaston kokoushuone, varattu torstaisin klo 18 lukupiirille. Kevätkausi päättyy 28.5.",
    "Vallilantien varrelta ei löytynyt pysäköintiä, kannattaa tulla julkisilla (ratikka 9).",
    "Mannerheimintien puoleinen ovi on lukossa klo 20 jälkeen, käyttäkää pihan ovea.",
    "KOKOUSHUONE SULO VARATTU KOKO PÄIVÄKSI 3.2. – KOULUTUS 8.30–16.00, 14 OSALLISTUJAA.",
]

_HAND_SV = [
    # --- positives ---
    "Hej! Jag har bokat festsalen på Stoa för [[P:Elsas]] 6-årskalas lördag kl 13–16. Nycklarna hämtas av min man [[P:Johan Lindberg]], tfn [[T:040 661 2093]].",
    "Kontaktperson ändras: i stället för [[P:Birgitta Holm]] är det nu [[P:Mats Eklund]], [[E:mats.eklund@gmail.com]]",
    "Faktureringsadress: Kottby Marthaförening rf, c/o [[P:Gunilla Nyström]], [[A:Tavastvägen 50 B 18]], 00550 Helsingfors. FO-nummer 0116841-1",
    "ordförande [[P:Ulla Sjöberg]] ansvarar för lokalen, vice ordf. [[P:Kurt Wikström]] hämtar nyckeln",
    "Depositionen kan återbetalas till konto [[I:FI26 9045 8619 7970 55]], kontoinnehavare [[P:Annika Grönroos]].",
    "avbokar tisdagens bokning, [[P:Rolf]] är sjuk. mvh [[P:Siv]]",
    "Deltagare: [[P:Emma Lindqvist]], [[P:Oscar Sundström]], [[P:Wilma Berg]], [[P:Hugo Forsman]], [[P:Alva Blomqvist]]",
    "Nyckeln lämnades till [[P:Karins]] granne eftersom brevinkastet var igenfruset.",
    "Jag heter [[P:Pia Söderholm]] och är ny kontaktperson för scoutkåren. Nås bäst på [[T:+358 50 477 3018]].",
    "Fakturan till [[P:Henrik Westerlund]], [[A:Runebergsgatan 23 A 6]], 00100 Helsingfors. Personbeteckning [[H:070271-851W]].",
    "Barnkalas för [[P:Leo]] 4 år 🎈 ca 10 barn. Ansvarig vuxen: mamma [[P:Sara]], [[T:0449127730]]",
    "Bilen står på gården under lastningen, reg.nr [[R:BNT-447]]. Flyttar den genast om den är i vägen.",
    "hej, [[P:Nina]] här. kan [[P:Fredrik]] hämta nyckeln i stället för mig? han har [[E:fredde.aho@hotmail.com]] om ni vill mejla",
    "Familjen [[P:Lindholms]] minnesstund i klubbrummet, ca 30 personer, kaffe och smörgåstårta.",
    "Körens ledare [[P:Marianne Ekholm]] är kontaktperson, kassör [[P:Tom Sandell]] sköter faktureringen.",
    "Nycklar kvitterade av [[P:B. Karlsson]] 4.3.",
    "Ny adress för fakturor: [[A:Fredriksgatan 44 C 31]], 00120 Helsingfors. /[[P:Camilla Åberg]]",
    "Vi är tre som städar efteråt: jag ([[P:Ebba]]), [[P:Isak]] och [[P:Vilhelmina]].",
    "Ändring: telefonnumret till kontaktpersonen är nu [[T:045 220 8817]] (det gamla hade en fel siffra).",
    "Hej [[P:Magnus]], tack för snabbt svar! Vi hämtar nycklarna på Arbis info måndag efter kl 12. /[[P:Jessica]]",
    "Festen är för mormor [[P:Elins]] 80-årsdag, ungefär 35 gäster.",
    "Ansvarsperson: [[P:Kristian Öhman]], [[A:Brändövägen 3]], 00570 Helsingfors",
    "uthyrare: [[P:Anders Grönqvist]] [[E:anders.gronqvist@kolumbus.fi]] [[T:040 7204 116]]",
    "Fakturan betalas av föreningen, men depositionen tillbaka till [[P:Åsas]] konto [[I:FI79 6145 0164 4699 29]]",
    "[[P:Stig]] och [[P:Björn]] bär in borden, [[P:Rut]] fixar kaffet.",
    # --- hard negatives ---
    "Mötesrummet Björn är bokat onsdag kl 17–19, bokningsnummer 2026-55102.",
    "Vi avbokar lokalen på Arbis den 3.4. Tack!",
    "Hyran för föreningar är 20 €/h, depositionen 100 €.",
    "Barnkalas på lördag, ca 12 barn och 5 vuxna. Behöver bord och stolar.",
    "Det går bra att parkera på Brändövägen, men inte vid skolans port.",
    "Stig in genom bakdörren, framdörren är låst efter kl 20.",
    "Runebergsdagen firas med tårtor, lokalen Sten är bokad hela dagen.",
    "Nyckeln återlämnad i brevlådan kl 21.30. Allt i ordning.",
    "Svenska Folkskolans Vänner rf, FO-nummer 0202339-6, fakturering via e-faktura.",
    "Kan vi flytta bokningen från tisdag 18.3 till torsdag 20.3, samma tid 18–20?",
    "Lokalen Rosa rummet i kulturhuset Stoa har plats för 25 personer.",
    "Bokcirkel med Tove Jansson-tema i Tölö bibliotek, grupprummet, tisdagar kl 18.",
]

_HAND_EN = [
    # --- positives ---
    "Hi! Booking the party room for [[P:Noah's]] 8th birthday on Sat 2–5pm. My husband [[P:Daniel Foster]] will pick up the keys, his number is [[T:+358 45 118 2267]].",
    "Contact person change: please replace [[P:Priya Raman]] with [[P:Tomasz Kowalski]] ([[E:tomasz.kowalski@gmail.com]]) from March onwards.",
    "Invoice to: Helsinki Expat Parents ry, attn. treasurer [[P:Rebecca Hill]], [[A:Mechelininkatu 12 A 8]], 00100 Helsinki. Business ID 3011782-4.",
    "Please refund the deposit to [[I:FI69 7464 6184 0655 25]] (account holder [[P:Michael O'Brien]]).",
    "keys: [[P:sam]] picks up, [[P:lena]] returns. both on whatsapp, [[P:sam]] [[T:0401193345]]",
    "Participants: [[P:Aisha Bello]], [[P:Juan Martínez]], [[P:Yuki Tanaka]], [[P:Olga Petrova]], [[P:Chris Evans]]",
    "Cancelling booking #88214, sorry! Our chair [[P:Mark Jensen]] is ill and we can't run the meeting without him.",
    "Hi [[P:Anna]], thanks — yes [[P:Will]] can bring the projector. Cheers, [[P:Grace]]",
    "I'm the responsible adult for the youth group: [[P:Ben Adeyemi]], [[T:050 338 7712]]. Second adult on site: [[P:Fiona]].",
    "For the invoice please use my personal details: [[P:Sarah Lindgren]], [[A:Fredrikinkatu 61 B 20]], 00100 Helsinki, personal ID [[H:020399-3020]].",
    "Car will be parked by the loading door, plate [[R:XOP-731]]. Owner [[P:Raj Patel]].",
    "[[P:Mia's]] baby shower 🍼 around 25 guests, organised by [[P:Hannah]] and [[P:Leo Virtanen]].",
    "new email for all booking stuff: [[E:kasia.nowak.hki@outlook.com]] - old one bounces. [[P:Kasia]]",
    "Keys were left with the caretaker Mr. [[P:Salminen]] because the drop box was full.",
    "Board of the Kallio chess club: chair [[P:Antti Rautanen]], secretary [[P:Li Wei]], treasurer [[P:Oona Kärkkäinen]].",
    "Hello, I booked the Oodi Kuutio room for Friday but I need to change the contact to my colleague Dr. [[P:Helen Moore]].",
    "Dear Varaamo team, unfortunately we have to cancel.\n\nKind regards,\n[[P:Jonathan Reyes]] | Chair, Helsinki Board Games Meetup | [[T:+358 40 812 9930]]",
    "deposit back to [[P:Mohammed]] pls, his IBAN [[I:FI49 0790 0048 8654 91]]",
    "Who's bringing what: [[P:Tom]] - chairs, [[P:Priya]] - food, [[P:Jess]] and [[P:Kofi]] - clean-up",
    "Phone number correction: the last two digits were swapped, the right one is [[T:044 607 2158]].",
    "Our youth leader [[P:Ella]] ([[E:ella.koskela@nuorisoseura.fi]]) will be there from 5pm.",
    "Booked for Grandma [[P:June's]] 90th, she uses a wheelchair so please keep the ramp door open.",
    "Contact: [[P:O. Adebayo]] / [[E:oadebayo@gmail.com]]",
    "My address for the invoice is [[A:Hämeentie 105 C 47]], 00550 Helsinki. Thanks, [[P:Victor]]",
    "hey its [[P:marcus]], [[P:dani]] will grab the keys today instead of me, her number is [[T:+358401827763]]",
    # --- hard negatives ---
    "Is the Maunula House sauna available on 14 March from 6 to 9pm? About 10 people.",
    "Please send the bill to our association's e-invoice address, business ID 2998741-9.",
    "Booking ref. 2026-117430 — room 'Studio Rose', Saturday 10:00–14:00, price 40 €.",
    "Kids' birthday party, 12 children and 4 adults. We'll bring our own cake and decorations.",
    "The keys were returned to the drop box at 9:45pm, everything's clean.",
    "We will celebrate Independence Day with Sibelius songs and Marimekko tablecloths, nothing fancy.",
    "How do I pay the deposit? The form says 100 € but doesn't show where to pay.",
    "The Alvar Aalto study group wants the Lasipalatsi room every Tuesday in May.",
    "Can we move from Thursday 5pm to Friday 5pm? Same room, same number of people (15).",
    "Parking on Mannerheimintie is impossible, take tram 4 or bus 24 instead.",
    "Summer camp info evening, Kontula youth centre, June 3rd, 6–8pm. Free entry.",
    "Hope it's ok that we stay until 10pm, the booking says 9pm. Will pay the extra hour (25 €).",
]


# ---------------------------------------------------------------------------
# Small generators (varied, deterministic)
# ---------------------------------------------------------------------------

# (nominative, genitive, allative)
_FI_CHILD = [
    ("Eeli", "Eelin", "Eelille"), ("Aada", "Aadan", "Aadalle"), ("Onni", "Onnin", "Onnille"),
    ("Väinö", "Väinön", "Väinölle"), ("Lilja", "Liljan", "Liljalle"), ("Elias", "Eliaksen", "Eliakselle"),
    ("Leevi", "Leevin", "Leeville"), ("Venla", "Venlan", "Venlalle"), ("Oliver", "Oliverin", "Oliverille"),
    ("Eetu", "Eetun", "Eetulle"), ("Siiri", "Siirin", "Siirille"), ("Niilo", "Niilon", "Niilolle"),
    ("Isla", "Islan", "Islalle"), ("Hilla", "Hillan", "Hillalle"), ("Toivo", "Toivon", "Toivolle"),
]
_FI_FIRST = ["Anne", "Jukka", "Tiina", "Petri", "Heidi", "Janne", "Kati", "Marko", "Sanna", "Juha",
             "Minna", "Antti", "Elina", "Mikko", "Hanna", "Tuomas", "Noora", "Ari", "Susanna", "Ilkka"]
_FI_FIRST_GEN = {"Anne": "Annen", "Jukka": "Jukan", "Tiina": "Tiinan", "Petri": "Petrin", "Heidi": "Heidin",
                 "Janne": "Jannen", "Kati": "Katin", "Marko": "Markon", "Sanna": "Sannan", "Juha": "Juhan",
                 "Minna": "Minnan", "Antti": "Antin", "Elina": "Elinan", "Mikko": "Mikon", "Hanna": "Hannan",
                 "Tuomas": "Tuomaksen", "Noora": "Nooran", "Ari": "Arin", "Susanna": "Susannan", "Ilkka": "Ilkan"}
# (nominative, genitive)
_FI_LAST = [("Virtanen", "Virtasen"), ("Korhonen", "Korhosen"), ("Nieminen", "Niemisen"),
            ("Mäkinen", "Mäkisen"), ("Hämäläinen", "Hämäläisen"), ("Laine", "Laineen"),
            ("Koskinen", "Koskisen"), ("Järvinen", "Järvisen"), ("Lehtonen", "Lehtosen"),
            ("Salminen", "Salmisen"), ("Turunen", "Turusen"), ("Rantanen", "Rantasen"),
            ("Karjalainen", "Karjalaisen"), ("Kinnunen", "Kinnusen"), ("Lindroos", "Lindroosin"),
            ("Huttunen", "Huttusen"), ("Pölönen", "Pölösen"), ("Ahonen", "Ahosen")]
_SV_FIRST = ["Johanna", "Erik", "Linnea", "Patrik", "Maria", "Jonas", "Helena", "Mikael", "Ida",
             "Henrik", "Sofia", "Anton", "Malin", "Christoffer"]
_SV_LAST = ["Lindström", "Holmberg", "Nyberg", "Ekström", "Forsberg", "Wikström", "Granqvist",
            "Sjöblom", "Backman", "Lundqvist", "Fagerholm", "Storbacka"]
_EN_FIRST = ["James", "Emily", "Olivia", "Daniel", "Amir", "Lucía", "Chen", "Fatima", "David",
             "Sophie", "Marco", "Grace", "Kwame", "Nadia"]
_EN_LAST = ["Smith", "Brown", "Novak", "Hosseini", "García", "Zhang", "Müller", "Rossi", "Kim",
            "Okafor", "Walsh", "Haddad"]

_FI_STREETS = [("Mannerheimintie", "00250", "Helsinki"), ("Hämeentie", "00530", "Helsinki"),
               ("Mäkelänkatu", "00550", "Helsinki"), ("Kaarelantie", "00430", "Helsinki"),
               ("Fredrikinkatu", "00120", "Helsinki"), ("Runeberginkatu", "00260", "Helsinki"),
               ("Vallilantie", "00510", "Helsinki"), ("Itäväylä", "00900", "Helsinki"),
               ("Kontulantie", "00940", "Helsinki"), ("Kivikonlaita", "00940", "Helsinki"),
               ("Pihlajamäentie", "00710", "Helsinki"), ("Agricolankatu", "00530", "Helsinki"),
               ("Leppävaarankatu", "02600", "Espoo"), ("Itätuulenkuja", "02100", "Espoo"),
               ("Tikkurilantie", "01300", "Vantaa"), ("Kielotie", "01300", "Vantaa"),
               ("Myyrmäenraitti", "01600", "Vantaa")]
_SV_STREETS = [("Mannerheimvägen", "00250", "Helsingfors"), ("Tavastvägen", "00530", "Helsingfors"),
               ("Sturegatan", "00510", "Helsingfors"), ("Fredriksgatan", "00120", "Helsingfors"),
               ("Runebergsgatan", "00260", "Helsingfors"), ("Dickursbyvägen", "01300", "Vanda"),
               ("Alberga esplanaden", "02600", "Esbo")]

_FI_ROOMS = ["Malmitalo, sali 2", "Stoa, Musiikkisali", "Vuotalo, kokoushuone Lokki", "Kanneltalo, Studio",
             "Oodi, Kuutio", "Maunula-talo, sali", "Kallion kirjasto, kokoushuone", "Pasilan kirjasto, ryhmätila 1",
             "Itäkeskuksen kirjasto, Lava", "Herttoniemen nuorisotalo, keittiö", "Kontulan nuorisotalo, bändikämppä",
             "Kerhohuone Aino", "Kokoushuone Helmi", "Töölön kirjasto, Muumi-huone"]
_SV_ROOMS = ["Arbis, sal 203", "Stoa, festsalen", "Malms kulturhus, sal 2", "Tölö bibliotek, grupprummet",
             "Gårdsbacka ungdomsgård, köket", "Mötesrummet Björn", "Lokalen Sten"]
_EN_ROOMS = ["Oodi, Kuutio", "Maunula House, hall", "Stoa, music hall", "Kallio library meeting room",
             "Vuotalo, studio", "Pasila library, group room 1", "Studio Rose", "Herttoniemi youth centre kitchen"]
_FI_WEEKDAYS = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"]
_FI_WD_PLURAL = {"maanantai": "maanantaisin", "tiistai": "tiistaisin", "keskiviikko": "keskiviikkoisin",
                 "torstai": "torstaisin", "perjantai": "perjantaisin", "lauantai": "lauantaisin",
                 "sunnuntai": "sunnuntaisin"}
_FI_WD_SHORT = ["ma", "ti", "ke", "to", "pe", "la", "su"]
_SV_WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
_EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_FI_ASSOC = ["Kallion Kamarikuoro ry", "Malmin Martat ry", "Itä-Helsingin Shakkikerho ry", "Vuosaaren Partiolaiset ry",
             "Maunulan Kotiseutuyhdistys ry", "Pihlajamäen Eläkkeensaajat ry", "Kontulan Pallo ry",
             "Herttoniemen Vanhempainyhdistys ry", "Helsingin Latu ry"]
_SV_ASSOC = ["Kottby Marthaförening rf", "Brändö Scoutkår rf", "Helsingfors Svenska Manskör rf",
             "Tölö Pensionärsförening rf", "Arabia Teatergrupp rf"]
_EN_ASSOC = ["Helsinki Expat Parents ry", "Helsinki Board Games Meetup", "Kallio chess club",
             "International Women's Club of Helsinki", "Helsinki Improv Collective"]
_YTUNNUS = ["2745118-6", "0215324-6", "3120455-9", "1956773-6", "0202338-8", "2460117-7", "1774309-7",
            "3011782-4", "2998741-9", "0116841-1"]

_IBAN_CHARS = "0123456789"


def _iban(rnd):
    bban = "".join(rnd.choice(_IBAN_CHARS) for _ in range(14))
    num = "".join(str(int(ch, 36)) for ch in bban + "FI00")
    check = 98 - int(num) % 97
    raw = "FI%02d%s" % (check, bban)
    if rnd.random() < 0.7:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def _phone(rnd):
    pre = rnd.choice(["040", "041", "044", "045", "050", "0400", "0457"])
    body = "".join(str(rnd.randint(0, 9)) for _ in range(7 if len(pre) == 3 else 6))
    style = rnd.randint(0, 4)
    if style == 0:
        return "%s %s %s" % (pre, body[:3], body[3:])
    if style == 1:
        return pre + body
    if style == 2:
        return "%s-%s" % (pre, body)
    if style == 3:
        return "+358 %s %s %s" % (pre[1:], body[:3], body[3:])
    return "+358" + pre[1:] + body


def _ascii(s):
    table = {"ä": "a", "ö": "o", "å": "a", "ü": "u", "é": "e", "í": "i", "á": "a", "'": ""}
    return "".join(table.get(ch, ch) for ch in s.lower())


def _email(rnd, first, last):
    f, l = _ascii(first), _ascii(last)
    dom = rnd.choice(["gmail.com", "outlook.com", "hotmail.com", "elisanet.fi", "kolumbus.fi", "icloud.com"])
    style = rnd.randint(0, 3)
    if style == 0:
        loc = "%s.%s" % (f, l)
    elif style == 1:
        loc = "%s%s%d" % (f[0], l, rnd.randint(60, 99))
    elif style == 2:
        loc = "%s_%s" % (f, l)
    else:
        loc = "%s.%s%d" % (f, l[0], rnd.randint(1, 9))
    return "%s@%s" % (loc, dom)


def _addr(rnd, street, flat_word="as."):
    num = str(rnd.randint(1, 120))
    r = rnd.random()
    if r < 0.45:
        return "%s %s %s %d" % (street, num, rnd.choice("ABCDEF"), rnd.randint(1, 60))
    if r < 0.65:
        return "%s %s %s %d" % (street, num, flat_word, rnd.randint(1, 40))
    if r < 0.8:
        return "%s %s%s" % (street, num, rnd.choice("abc"))
    return "%s %s" % (street, num)


def _date(rnd):
    return "%d.%d." % (rnd.randint(1, 28), rnd.randint(1, 12))


def _time(rnd):
    start = rnd.randint(8, 19)
    dur = rnd.randint(1, 4)
    mm = rnd.choice(["00", "30", "00", "15"])
    return "%d.%s–%d.%s" % (start, mm, start + dur, mm)


def _bookno(rnd):
    style = rnd.randint(0, 2)
    if style == 0:
        return "%d" % rnd.randint(10000, 99999)
    if style == 1:
        return "2026-%06d" % rnd.randint(1000, 199999)
    return "HKI-%d-%05d" % (rnd.choice([2026, 2027]), rnd.randint(100, 99999))


def _lowerish(rnd, text):
    """Lower-case a whole marked text (labels restored), like hurried phone typing."""
    if rnd.random() < 0.3:
        low = text.lower()
        for lab in ("ip", "p", "e", "t", "h", "i", "r", "a"):
            low = low.replace("[[%s:" % lab, "[[%s:" % lab.upper())
        return low
    return text


def _gen_fi_pos(rnd):
    first = rnd.choice(_FI_FIRST)
    last, last_gen = rnd.choice(_FI_LAST)
    first2 = rnd.choice([f for f in _FI_FIRST if f != first])
    last2, _ = rnd.choice(_FI_LAST)
    room = rnd.choice(_FI_ROOMS)
    k = rnd.randint(0, 9)
    if k == 0:
        return ("Varaaja: [[P:%s %s]]\nPuh: [[T:%s]]\nTila: %s\nAika: %s klo %s\nAvaimet hakee: [[P:%s]]"
                % (first, last, _phone(rnd), room, _date(rnd), _time(rnd), first2))
    if k == 1:
        return _lowerish(rnd, "hei, [[P:%s]] tässä. avaimet hakee [[P:%s %s]] %s, numero [[T:%s]]. palautan itse."
                         % (first, first2, last2, rnd.choice(_FI_WEEKDAYS) + "na", _phone(rnd)))
    if k == 2:
        c = rnd.choice(_FI_CHILD)
        return ("Synttärit [[P:%s]] %d v, n. %d lasta. Vastuuaikuinen [[P:%s %s]], [[T:%s]]."
                % (c[2], rnd.randint(3, 11), rnd.randint(6, 22), first, last, _phone(rnd)))
    if k == 3:
        st, pc, city = rnd.choice(_FI_STREETS)
        return ("Laskutus: [[P:%s %s]], [[A:%s]], %s %s. Sähköposti [[E:%s]]."
                % (first, last, _addr(rnd, st), pc, city, _email(rnd, first, last)))
    if k == 4:
        return ("Yhteyshenkilö vaihtuu %s alkaen: [[P:%s %s]] → [[P:%s %s]] ([[E:%s]])."
                % (_date(rnd), first, last, first2, last2, _email(rnd, first2, last2)))
    if k == 5:
        return _lowerish(rnd, "Peruutan varauksen %s (%s, %s). Terv. [[P:%s %s]]"
                         % (_bookno(rnd), room, _date(rnd), first, last))
    if k == 6:
        names = rnd.sample(_FI_FIRST, rnd.randint(4, 6))
        lastn = [rnd.choice(_FI_LAST)[0] for _ in names]
        parts = ["[[P:%s %s]]" % (a, b) for a, b in zip(names, lastn)]
        return "Osallistujat (%d): %s" % (len(parts), ", ".join(parts))
    if k == 7:
        return ("Takuumaksun palautus tilille [[I:%s]], tilinomistaja [[P:%s %s]]."
                % (_iban(rnd), first, last))
    if k == 8:
        wd = rnd.choice(_FI_WEEKDAYS)
        return ("%s / pj [[P:%s %s]], [[T:%s]]. %s, %s klo %s."
                % (rnd.choice(_FI_ASSOC), first, last, _phone(rnd), room, _FI_WD_PLURAL[wd], _time(rnd)))
    return _lowerish(rnd, "avain kuitattu [[P:%s]] nimiin %s, palautus [[P:%s]] kautta. kysymykset [[T:%s]]"
                     % (last_gen, _date(rnd), _FI_FIRST_GEN[first2], _phone(rnd)))


def _gen_fi_neg(rnd):
    room = rnd.choice(_FI_ROOMS)
    k = rnd.randint(0, 5)
    if k == 0:
        return "Varaus %s: %s, %s klo %s, hinta %d €." % (_bookno(rnd), room, _date(rnd), _time(rnd),
                                                         rnd.choice([0, 10, 15, 20, 25, 40, 60]))
    if k == 1:
        i = rnd.randint(0, 6)
        return ("Peruutus: varaus %s (%s %s) peruttu. Takuumaksu palautetaan." %
                (_bookno(rnd), _FI_WD_SHORT[i], _date(rnd)))
    if k == 2:
        return ("%s, Y-tunnus %s. Kokoontuminen: %s, %s klo %s." %
                (rnd.choice(_FI_ASSOC), rnd.choice(_YTUNNUS), room, _FI_WD_PLURAL[rnd.choice(_FI_WEEKDAYS)], _time(rnd)))
    if k == 3:
        return "Muutos: %s → %s, sama tila (%s) ja sama kellonaika." % (_date(rnd), _date(rnd), room)
    if k == 4:
        return _lowerish(rnd, "%d hlö, tarvitaan %s. Avain palautetaan luukkuun klo %d.%02d." %
                         (rnd.randint(4, 60), rnd.choice(["videotykki", "mikrofoni", "lisätuoleja",
                                                          "astiat 30 hengelle", "piirtoheitin"]),
                          rnd.randint(20, 23), rnd.choice([0, 15, 30, 45])))
    return ("%s on varattu %s klo %s. Seuraava vapaa aika %s. Varausnumero %s." %
            (room, _date(rnd), _time(rnd), _date(rnd), _bookno(rnd)))


def _gen_sv_pos(rnd):
    first = rnd.choice(_SV_FIRST)
    last = rnd.choice(_SV_LAST)
    first2 = rnd.choice([f for f in _SV_FIRST if f != first])
    room = rnd.choice(_SV_ROOMS)
    k = rnd.randint(0, 5)
    if k == 0:
        return ("Bokad av: [[P:%s %s]], tfn [[T:%s]]. Lokal: %s, %s kl %s. Nyckeln hämtas av [[P:%s]]."
                % (first, last, _phone(rnd), room, rnd.choice(_SV_WEEKDAYS), _time(rnd), first2))
    if k == 1:
        st, pc, city = rnd.choice(_SV_STREETS)
        return ("Faktura till [[P:%s %s]], [[A:%s]], %s %s, e-post [[E:%s]]"
                % (first, last, _addr(rnd, st, "bost."), pc, city, _email(rnd, first, last)))
    if k == 2:
        return _lowerish(rnd, "Ny kontaktperson för %s är [[P:%s %s]] ([[T:%s]]). Ordförande [[P:%s]] är på resa."
                         % (rnd.choice(_SV_ASSOC), first, last, _phone(rnd), first2))
    if k == 3:
        return ("Depositionen återbetalas till [[P:%s %ss]] konto [[I:%s]]."
                % (first, last, _iban(rnd)))
    if k == 4:
        return _lowerish(rnd, "Avbokning av bokning %s, [[P:%s]] är sjuk. Hälsningar [[P:%s %s]]"
                         % (_bookno(rnd), first2, first, last))
    return ("Kalas för [[P:%s]] %d år, ansvarig vuxen [[P:%s %s]], [[T:%s]]"
            % (rnd.choice(["Alva", "Elsa", "Leo", "Hugo", "Wilma", "Ebba", "Nils"]), rnd.randint(3, 10),
               first, last, _phone(rnd)))


def _gen_sv_neg(rnd):
    room = rnd.choice(_SV_ROOMS)
    k = rnd.randint(0, 3)
    if k == 0:
        return "Bokning %s: %s, %s kl %s, pris %d €." % (_bookno(rnd), room, _date(rnd), _time(rnd),
                                                        rnd.choice([0, 15, 20, 30, 45]))
    if k == 1:
        return "%s, FO-nummer %s. Vi träffas på %sar kl %s, %s." % (
            rnd.choice(_SV_ASSOC), rnd.choice(_YTUNNUS), rnd.choice(_SV_WEEKDAYS), _time(rnd), room)
    if k == 2:
        return "Nyckeln återlämnad kl %d.%02d, lokalen städad. Bokning %s." % (
            rnd.randint(20, 23), rnd.choice([0, 10, 30, 50]), _bookno(rnd))
    return "Vi flyttar bokningen från %s till %s, samma lokal (%s)." % (_date(rnd), _date(rnd), room)


def _gen_en_pos(rnd):
    first = rnd.choice(_EN_FIRST)
    last = rnd.choice(_EN_LAST)
    first2 = rnd.choice([f for f in _EN_FIRST if f != first])
    room = rnd.choice(_EN_ROOMS)
    k = rnd.randint(0, 5)
    if k == 0:
        return ("Booker: [[P:%s %s]], phone [[T:%s]]. Room: %s, %s %s. [[P:%s]] will collect the keys."
                % (first, last, _phone(rnd), room, rnd.choice(_EN_WEEKDAYS), _time(rnd), first2))
    if k == 1:
        st, pc, city = rnd.choice(_FI_STREETS)
        return ("Invoice address: [[P:%s %s]], [[A:%s]], %s %s. Email [[E:%s]]"
                % (first, last, _addr(rnd, st), pc, city, _email(rnd, first, last)))
    if k == 2:
        return _lowerish(rnd, "New contact person for %s: [[P:%s %s]] ([[E:%s]]), replacing [[P:%s]]."
                         % (rnd.choice(_EN_ASSOC), first, last, _email(rnd, first, last), first2))
    if k == 3:
        return "Deposit refund to [[P:%s %s]], IBAN [[I:%s]]." % (first, last, _iban(rnd))
    if k == 4:
        return _lowerish(rnd, rnd.choice([
            "Cancelling booking %s, [[P:%s]] is sick. Sorry! [[P:%s]]",
            "Need to cancel %s - [[P:%s]] tested positive, no one else can host. Apologies, [[P:%s]]",
            "Hi, please cancel ref %s. [[P:%s]] has a family emergency. Thanks, [[P:%s]]"]) % (_bookno(rnd), first2, first))
    return ("Birthday party for [[P:%s]] (turning %d), responsible adult [[P:%s %s]], [[T:%s]]"
            % (rnd.choice(["Noah", "Lily", "Adam", "Zoe", "Yusuf", "Maya"]), rnd.randint(3, 10),
               first, last, _phone(rnd)))


def _gen_en_neg(rnd):
    room = rnd.choice(_EN_ROOMS)
    k = rnd.randint(0, 3)
    if k == 0:
        return "Booking %s: %s, %s %s, price %d €." % (_bookno(rnd), room, rnd.choice(_EN_WEEKDAYS),
                                                      _time(rnd), rnd.choice([0, 15, 25, 40]))
    if k == 1:
        return "%s, business ID %s. We meet on %ss at %d pm (%s)." % (
            rnd.choice(_EN_ASSOC), rnd.choice(_YTUNNUS), rnd.choice(_EN_WEEKDAYS), rnd.randint(4, 7), room)
    if k == 2:
        return "Keys returned to the drop box at %d:%02d pm, room tidy. Ref %s." % (
            rnd.randint(8, 11), rnd.choice([0, 15, 30, 45]), _bookno(rnd))
    return "Could we move booking %s from %s to %s? Same room (%s)." % (
        _bookno(rnd), _date(rnd), _date(rnd), room)


def records() -> list[tuple[str, str]]:
    rnd = random.Random(SEED)
    out = []
    out += [("fi", t) for t in _HAND_FI]
    out += [("sv", t) for t in _HAND_SV]
    out += [("en", t) for t in _HAND_EN]
    gen = []
    gen += [("fi", _gen_fi_pos(rnd)) for _ in range(30)]
    gen += [("fi", _gen_fi_neg(rnd)) for _ in range(10)]
    gen += [("sv", _gen_sv_pos(rnd)) for _ in range(11)]
    gen += [("sv", _gen_sv_neg(rnd)) for _ in range(5)]
    gen += [("en", _gen_en_pos(rnd)) for _ in range(11)]
    gen += [("en", _gen_en_neg(rnd)) for _ in range(5)]
    rnd.shuffle(gen)
    # interleave generated records among the hand-written ones, deterministically
    result = []
    gi = 0
    for i, rec in enumerate(out):
        result.append(rec)
        if i % 3 == 2 and gi < len(gen):
            result.append(gen[gi])
            gi += 1
    result.extend(gen[gi:])
    return result
