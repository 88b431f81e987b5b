"""Blind evaluation block 36 for the personal-data scrubber.

Written by helper "outsider 36" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the brief I was handed). I ran no git commands, did not run the scrubber and
did not run any evaluation. The texts come only from the brief and my own idea of how residents write.

Focus: a realistic mixed night's intake across all four sources (Open311 feedback, Kerrokantasi hearing
comments, OmaStadi proposals and comments, Varaamo booking notes), about fi 55 % / sv 25 % / en 20 %.
Personal data sits in places careless tools miss: a bare name at the very end after a line break,
forwarded-mail headers ("Lähettäjä:", "Från:", "From:"), e-mail subject lines, tables, bullet lists,
"cc:" lines, names glued to punctuation ("(Marja)", "Marja:", "@Marja"), names after emoji, shouted
capitals, run-on text, IBANs in odd groupings / lower case / split across a line break, phones with odd
separators, HETUs (some with the A century sign), lower-case plates after a cue word, addresses with
Swedish street names and flat markers ("lgh", "bst", "as."). Hard negatives: order and case numbers that
look like phones or accounts, reference numbers, prices, times, dates, postal codes, bus lines, scores,
product codes, street names without numbers, and people's names that are parks, streets or schools.

Seed: 3636 (random.Random(SEED) drives the small generators; nothing else is random).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (case endings,
possessive 's and genitive -s inside the span; titles and role words outside), E e-mail, T phone,
H Finnish personal identity code, I IBAN / bank account, R licence plate, IP IP address, A street address
with a house number (staircase and flat inside; postal code and city outside).
"""

import random

SEED = 3636

_HAND = []


def fi(text):
    _HAND.append(("fi", text))


def sv(text):
    _HAND.append(("sv", text))


def en(text):
    _HAND.append(("en", text))


# ---------------------------------------------------------------------------
# Finnish, written by hand (part 1)
# ---------------------------------------------------------------------------

fi("""Lähettäjä: [[P:Marja Koskinen]] <[[E:marja.koskinen@gmail.com]]>
Lähetetty: maanantai 3. marraskuuta 2025 21.14
Vastaanottaja: kirjaamo
Aihe: VL: katuvalo rikki

Hei, edelleen sama juttu, [[A:Porvoonkatu 41]] kohdalla valo vilkkuu koko yön. Ilmoitin jo syyskuussa (HEL 2025-001234) mutta mitään ei ole tapahtunut.""")

fi("""Roskis on ollut täynnä viikon Kontulan ostarin kohdalla ja lokit levittää kaiken pitkin pihaa, joku vois käydä tyhjentämässä
[[P:Kari]]""")

fi("""[[P:MATTI]] JA [[P:SEIJA]] EIVÄT SAANEET AVAIMIA!!! varaus oli klo 18 ja ketään ei näkynyt paikalla, soittakaa heti [[T:040 718 2231]]""")

fi("""Linja 55 ja 57 kulkee taas ihan miten sattuu, aamulla 7.42 lähtö jäi kokonaan ajamatta ja seuraava tuli vasta 8.05. Ei voi olla näin vaikeeta.""")

fi("""Sibeliuksen puiston penkit on maalattu ihan kivasti, kiitos! Tove Janssonin puistoon vois kanssa tuoda lisää penkkejä ja roska-astioita.""")

fi("""@[[P:Juha Lindqvist]] olen täysin eri mieltä, Aleksis Kiven katu ei kestä enempää autoliikennettä. asun itse [[A:Aleksis Kiven katu 14 B 9]] ja jo nyt ikkunoita ei voi pitää auki kesälläkään""")

fi("""Varaaja: [[P:Tuomas Heikkilä]], puh [[T:040/123 4567]]
Avaimet hakee [[P:Liisa Ström]] (puoliso) tiistaina
Lasku: tilausnumero 40012345678""")

fi("""Hei, tarvitsen vahvistuksen maksusta. hetu [[H:131052-308T]] nimi [[P:Pentti Mäkinen]] ja tilinumero [[I:FI46 1025 3000 1234 56]]""")

fi("""Tilausnumero 40012345678, viitenumero 1234 56789 0. Summa 45,00 € ja eräpäivä 15.12.2025. Maksoin jo mutta lasku tuli uudestaan, mitä teen?""")

fi("""Kiitos nopeasta korjauksesta! Hakaniemen torin kulmalla ollut kuoppa on nyt paikattu, ja pyörätie Hämeentiellä on taas ajokelpoinen.""")

fi("""Olen samaa mieltä kuin ([[P:Marja]]) tuossa ylempänä – leikkipuisto pitää säilyttää.
[[P:Pekka]]: ei se mihinkään katoa, lukekaa nyt se suunnitelma ennen kuin kommentoitte""")

fi("""moi me ollaan varattu toi kerhohuone lauantaiks mut en pääse itse hakemaan avaimia niin mun veli [[P:Antti Rautio]] hakee ne sen numero on [[T:050.412.8890]] ja mun oma [[T:045 663 1029]] kiitti [[P:Jonna]]""")

fi("""Palautuksen voi maksaa tilille [[I:FI10 8000
1234 5678 90]] (saaja [[P:Hanna Virtanen]]), viestikenttään varausnumero 2025-7781.""")

fi("""Alvar Aallon suunnittelemaa Finlandia-taloa ei saa peittää uudella hotellilla. Sama koskee Kiasmaa, ei enää lasia joka paikkaan.""")

fi("""Sama auto taas jalkakäytävällä, rekkari [[R:xkl-482]], musta farmari. Seisoo [[A:Fleminginkatu 22]] edessä joka ilta 17-22.""")

fi("""Aihe: Leikkipaikan aita / [[P:Heikki Laaksonen]]
cc: [[P:Tuula Rantanen]]; [[E:tuula.rantanen@outlook.com]]

Aita on kaatunut tuulessa, lapset pääsee suoraan kadulle.
t. [[P:Heikki]] [[T:+358-40-1234567]]""")

fi("""Pesäpallo-ottelu päättyi 4-3 ja kenttä oli aivan mutainen. Kentän kunnostus pitäisi tehdä ennen kevättä, ei kesäkuussa.""")

fi("""Toivo on että ensi vuonna budjetti riittää myös Malmin puolelle. Onni onnettomuudessa oli ettei kukaan loukkaantunut kun puu kaatui.""")

fi("""Ehdotus: Ulkokuntosali Kivikon puistoon
Ehdottaja: [[P:Satu Nieminen]]
Yhteyshenkilö: [[P:Aarne Kallio]], [[E:aarne.kallio@elisanet.fi]]
Kustannusarvio: 35 000 €""")

fi("""Kiitos kaikille jotka tuli talkoisiin!! 🌳🙏 [[P:Riikka]] ja [[P:Olli]]""")

fi("""Pyydän että 00510 ja 00550 alueilla tehdään lumityöt ennen klo 7. Viime talvena aura tuli vasta 10.30.""")

fi("""Lapsen tiedot: [[P:Eetu Salminen]] [[H:110606A563M]], huoltaja [[P:Mira Salminen]] puh. [[T:(09) 310 1234]]""")

fi("""Lempi-kahvilan edessä oleva pyöräteline on rikki (Sturenkatu). Ei kiireellinen, mutta joku voisi katsoa.""")

fi("""Aihe: Varaus 14.12 – [[P:Kaisa Lehtonen]]

Moikka, vahvistan varauksen. Jos jotain muuttuu niin soittakaa [[T:041-555 02 19]].""")

fi("""Asun [[A:Kaarlenkatu 9 as. 22]] ja naapurin koira haukkuu yöt läpeensä. En tiedä kenelle tästä pitää ilmoittaa.""")

fi("""Bussi 506 kulkee Meilahdesta Viikkiin, ja aikataulu muuttuu 8.12. Miksi viikonloppuvuoroja vähennetään?""")

fi("""MIKSI KUKAAN EI AURAA TÄTÄ PYÖRÄTIETÄ!!! Käpylän aseman kohdalla on 20 cm sohjoa.""")

fi("""> [[P:Ville K.]] kirjoitti:
> tornitalot pilaa maiseman
En ymmärrä tätä. Kalasatamassa ne toimii ihan hyvin. -[[P:Lauri]]""")

fi("""Osallistujat:
- [[P:Sanna Peltonen]] (vastuuhenkilö)
- [[P:Jari Mustonen]]
- [[P:Elina Aho]]
Avainten luovutus klo 17.30, [[P:Sanna]] kuittaa.""")

fi("""Nimi | Puhelin | Tehtävä
[[P:Niko Hiltunen]] | [[T:044 902 1183]] | avaimet
[[P:Pirjo Laine]] | [[T:050 338 7712]] | siivous
Yhteensä 2 hlö""")

fi("""Lainasin kirjastosta tuotteet 4005-12 ja 4005-18 (porakone ja kuulosuojaimet), mutta laatikossa oli eri osat. Laite on Bosch GSR 18V-55.""")

fi("""Lauantaina 13.12. klo 12–16 joulumyyjäiset Malmitalossa. Sisäänpääsy 2 €, alle 12-v ilmaiseksi.""")

fi("""Tulemme pakettiautolla, rekkari [[R:kuu-902]], pitää päästä lastausovelle asti. Kuski [[P:Mikko]] [[T:0401234567]]""")

fi("""Aleksis Kiven kadun ja Sturenkadun risteys on vaarallinen, valot vaihtuu liian nopeasti. Lapset kulkee tästä Aleksis Kiven kouluun.""")

fi("""Naapurin [[P:Virtasen]] auto on ollut pihalla kolme viikkoa ilman pysäköintilupaa. [[P:Virtaselle]] on sanottu asiasta mutta ei auta.""")

fi("""Kaavaehdotus nro 12734, Malminkentän asemakaava. Lausuntoaika päättyy 19.1.2026 klo 16.00. Liitteet 1–7.""")

fi("""Lomake ei toimi. Virheilmoitus: "request blocked from [[IP:85.76.112.40]]". Yritin kolme kertaa. [[E:p.heinonen@kolumbus.fi]]""")

fi("""Tervehdys Vuosaaresta! Kallvikintien ja Meri-Rastilan tien risteykseen tarvitaan suojatie. Koulumatka on vaarallinen pimeällä.""")

fi("""Usko pois, tätä ei ratkaista lisäämällä parkkipaikkoja. Joukkoliikenne on ainoa keino saada Itä-Helsinki toimimaan.""")

fi("""Hakemus: ilmainen tilavuoro eläkeläisryhmälle
hakija [[P:Raili Kärkkäinen]] [[H:220148-6711]]
osoite [[A:Kontulantie 8 C 41]], 00940 Helsinki""")

fi("""Olin Kumpulan maauimalassa 12.7. ja pukuhuoneessa ei ollut lämmintä vettä. Lippu maksoi 6,80 €.""")

fi("""meil on taloyhtiös semmonen ongelma et roskakatos on aina auki ja siel käy rotat, [[P:Pertti]] talonmies sano et kaupungin pitää hoitaa, osote [[A:Siltavoudintie 4 D]]""")

fi("""Kalasataman Redi on hieno mutta pyöräparkki on aina täynnä. Lisää telineitä vuoden 2026 budjettiin?""")

fi("""Kauden maksut tilille [[I:fi89 5789 0020 3456 78]], saaja Kontulan Kiekko ry. Kysymykset [[P:Tero]] [[T:044-7721 093]]""")

fi("""Kolmen viikon päästä (22.12) kirjasto on kiinni. Aukioloajat ma–to 9–20, pe 9–18, la 10–16.""")

fi("""From: [[P:Sirpa Hakala]] [mailto:[[E:sirpa.hakala@yahoo.com]]]
Sent: 4.12.2025 8:02
To: palaute
Subject: Lumi

Kävelytie [[A:Malminkaari 15]] edestä on auraamatta jo kolmatta päivää.""")

fi("""Onko Mannerheimintien remontti valmis ennen itsenäisyyspäivää? Raitiolinjat 4 ja 10 kiertää edelleen.""")

fi("""kiitos varauksesta tila oli siisti mutta kahvinkeitin ei toiminut, joku voisi tarkistaa sen ennen seuraavaa varausta
t. [[P:Hilkka]] ja [[P:Reijo Nurmi]]""")

fi("""Kävin eilen Esplanadin puistossa, Runebergin patsaan ympäristö oli täynnä lasinsiruja.""")

fi("""Ilmoitus: rikkinäinen leikkiteline
Paikka: Martinlaakson leikkipuisto (Martinlaaksontie)
Ilmoittaja: [[P:S. Korhonen]], [[T:+358 50 412 7789]]""")

# ---------------------------------------------------------------------------
# Finnish, written by hand (part 2)
# ---------------------------------------------------------------------------

fi("""Vastaus käyttäjälle [[P:Minna_H]]: kyllä, tämä koskee myös Vallilan siirtolapuutarhaa. Lue sivu 14.""")

fi("""Yleisöä oli n. 300 ja tilaa 150:lle. Ensi kerralla isompi sali. Tulos 2–1 kotijoukkueelle, eli hyvä ilta muuten.""")

fi("""Kiitos [[P:Mikolle]] ja [[P:Annalle]] joulukuusen koristelusta Käpylän torilla! 🎄""")

fi("""Lisää valoa Itäkeskuksen alikulkuun! Nyt siellä on pilkkopimeää klo 16 jälkeen ja lamppuja on rikki ainakin 5.""")

fi("""tarvitsen todistuksen vuokrasopimusta varten, [[P:Eino Saarinen]] [[H:071265-917J]], nykyinen osoite [[A:Kulosaarentie 30 A 3]]""")

fi("""Huom! varaus siirretty [[P:Leenalta]] [[P:Päiville]], uusi yhteyshenkilö [[E:paivi.jokinen@gmail.com]] / [[T:050 9981 224]]""")

fi("""Paulig, Fazer ja Valio ovat kaikki sponsoroineet tapahtumaa aiemmin. Kysytäänkö heiltä taas ensi kesänä?""")

fi("""Tarja Halosen puisto? Sellaista ehdotettiin joskus Kallioon. Kannatan, mutta ei Karhupuiston tilalle.""")

fi("""TALONMIES EI VASTAA!!! [[A:HÄMEENTIE 105 A 12]] LÄMMITYS POIKKI KOLMATTA PÄIVÄÄ""")

fi("""en tiedä kuuluuko tämä teille mutta bussipysäkillä on ollut rikottu lasi jo kaks viikkoa eikä kukaan oo korjannu ja lapset kulkee siitä joka päivä kouluun joten voisko joku vaikka laittaa edes nauhan""")

fi("""Kadonnut avainnippu löytyi Kallion kirjaston edestä. Omistaja voi soittaa [[T:040.123.4567]] ([[P:Seppo]]).""")

fi("""Ehdotan että Oodin edustalle tuodaan talveksi luistinrata. Kustannus arviolta 60 000 €, ylläpito 8 000 €/vuosi.""")

fi("""[[P:Anu]] 👍 hyvä idea, mut kuka ylläpitää? t. naapuri Myllypurosta""")

fi("""Kaupungin neuvonta ei vastannut, jonotin 45 minuuttia. Asianumero oli HEL 2025-014477, pyydän soittoa takaisin asiaan.""")

fi("""Aihe: [[P:Juhani Ranta]] / muistutus kaavaan 12801

Kirjoitan [[P:Rannan]] perheen puolesta: emme hyväksy, että tonttimme rajalle tulee kuusikerroksinen talo.""")

fi("""Käpylän urheilupuisto: tekonurmen valot sammuu 21.45 vaikka vuoro loppuu 22.00. Kolme kertaa tässä kuussa.""")

fi("""[[P:Marja]]: avaimet on lokerossa 12, koodi 4471.
[[P:Pekka]]""")

fi("""Muutin juuri [[A:Bulevardi 5 A 12]], ja pihan roskakatos on lukossa eikä kukaan tiedä kenellä on avain.""")

fi("""Kahvila Kaisla, ravintola Sipuli ja Kappeli sijaitsevat kaikki samalla alueella. Terassien anniskeluajat pitäisi yhtenäistää.""")

fi("""Maksakaa kulut tilille [[I:FI70 4710 0021 9876 54]], viite 1234 56789 0. Kuitti sähköpostiin [[E:kirsi.lahtinen88@hotmail.com]]""")

fi("""Jätän tämän kommentin koko Pihlajamäen seniorikerhon puolesta. Kokoonnumme tiistaisin klo 13 ja tila on liian pieni 25 hengelle.""")

fi("""VL: Re: tilavaraus

> Lähettäjä: [[P:Ulla Grönroos]] <[[E:ulla.gronroos@saunalahti.fi]]>
> Hei, pääsisikö tilaan jo klo 16?

Vastaus: kyllä pääsee, ovikoodi tekstiviestillä.""")

fi("""Kevään OmaStadi-äänestyksessä 1,2 miljoonaa €. Koillisen alueen ehdotukset nro 0412, 0418 ja 0433 etenevät toteutukseen.""")

fi("""Piha-alueella seisoo romuauto ilman kilpiä. Merkki Toyota Corolla, väri harmaa. Osoite [[A:Kivikonkaari 21]], Kivikko.""")

fi("""kuka päätti että Lauttasaaren ainoa uimaranta suljetaan? Kaikki kirjoittakaa tähän niin saadaan ääni kuuluviin""")

fi("""Kokouksen pöytäkirja:
Pj. [[P:Jorma Lepistö]]
Siht. [[P:Kirsi Heino]]
Läsnä: [[P:A. Väisänen]], [[P:R. Väisänen]], [[P:Tiina Sirola]]
Pykälä 4: päätettiin hakea tilaa Vuotalosta.""")

fi("""Pyöräkaistan maalaus on haalistunut Helsinginkadulla koko matkalta. Kaistaa ei näe pimeällä ollenkaan.""")

fi("""Asiakasnumero 800123456 ja sopimusnumero 2025/0931. En ole saanut laskua vaikka tilaus on tehty 1.10.""")

fi("""Naapuri, [[P:Helena]] ([[A:Vellamonkatu 30 B 27]]), pyysi ilmoittamaan että rappukäytävän valo on rikki. Hänellä ei ole nettiä.""")

fi("""soittakaa mulle [[T:044/3021 556]] niin kerron tarkemmin. kyse on siitä mopoautosta joka ajaa puistossa, rekisterinumero [[R:mkv-51]] ja kuskina joku nuori""")

fi("""Kannatan! Keskuspuisto on Helsingin keuhkot. Ei yhtään puuta lisää kaatoon. 🌲🌲""")

fi("""Tämä on jo kolmas ilmoitus samasta asiasta.
Aiemmat: HEL 2025-009812, HEL 2025-011240.
Päätä ei ole vieläkään tehty. Ilmoittajan nimi: [[P:Raimo Tuominen]]""")

fi("""Varaus: Maunulan sali 2, pe 19.12. klo 18–22
Vastuuhenkilö: [[P:Aleksi Nyström]] / [[T:050-3344 102]]
Laskutus: [[P:Maria Nyström]], [[A:Oulunkyläntie 12 as 5]], 00640 Helsinki
Henkilötunnus laskua varten: [[H:190493-038P]]""")

fi("""Tilasin lumityöt 3 kertaa, tilausnumerot 40012345678, 40012345712 ja 40012346001. Yhtään käyntiä ei ole tehty.""")

fi("""Toivoisin että Aleksis Kiven päivänä 10.10. kirjastoissa olisi lukutapahtumia lapsille, niin kuin ennenkin.""")

fi("""[[P:PIRKKO]] SOITTI JO KOLME KERTAA EIKÄ KUKAAN OLE VASTANNUT [[T:0407789012]] VASTATKAA""")

fi("""Ehdotan nimeksi "Lempin aukio" – ihan vaan koska lempi on kaunis sana. Ei liity kehenkään.""")

fi("""moi [[P:Outi]] tässä, eli siis me tullaan 15 hengen porukalla ja tarvitaan se iso pöytä + projektori, [[E:outi.pasanen@edu.hel.fi]]""")

fi("""Linja 71 Kontulaan on aina myöhässä ja 79 ajaa ohi pysäkiltä, Kontulantien pysäkki H1820. Aikataulu ei pidä.""")

fi("""Kaupunkipyöräasema nro 089 (Ruoholahdenranta) on ollut tyhjä koko viikon klo 8–10 välillä.""")

fi("""Hei!
Kerhomme vetäjä vaihtuu. Jatkossa yhteyshenkilö on [[P:Taina Rytkönen]], [[T:+358 44 781 2093]].
Terveisin
[[P:Eila Kauppinen]]
[[A:Kirkkojärventie 6 B 14]], 02770 Espoo""")

fi("""Miksi Meilahden uimahallin aukioloajat muuttuivat? Ennen aukesi 6.30, nyt vasta 7.00. Aamu-uimarit kärsii.""")

fi("""Kaksi pyörää ryöstetty telineestä [[A:Agricolankatu 7]] pihalta yön aikana. Runkonumerot WTU123456 ja WTU789012.""")

fi("""Ihan hyvä suunnitelma mutta miksi Kaisaniemen puisto pitää aidata tapahtumien ajaksi 4 kuukaudeksi?""")

fi("""Asunnon vuokranantaja [[P:Kimmo Juvonen]] ei ole korjannut vesivahinkoa [[A:Meritullinkatu 11 C 38]]. Voiko kaupunki tehdä jotain?""")

fi("""kiitos kaikille!!!!! ❤️❤️ [[P:Seija]] & [[P:Matti]] & koko Kannelmäen kuoro""")

fi("""Taloyhtiön tilille [[I:FI84 1572 3500 0987 65]] voi maksaa talkoiden pizzat, 12 € / hlö. Viestiksi oma nimi.""")

fi("""Urheilukentällä ilkivaltaa: maalit kaadettu, verkot revitty. Tapahtui la 29.11. klo 23–01 välillä. Poliisille tehty rikosilmoitus 5700/R/123456/25.""")

fi("""Satu ja tarina -lukupiiri on loistava! Kiitos Oodille. Toivotaan jatkoa kevääseen.""")

fi("""Hei,
naapurin [[P:Jussi Koivisto]] pitää remonttia sunnuntaisin klo 8 alkaen, osoite [[A:Mäkelänkatu 56 A 7]]. Onko tämä sallittua?
-nimetön""")

# ---------------------------------------------------------------------------
# Swedish, written by hand
# ---------------------------------------------------------------------------

sv("""Från: [[P:Lars Holmström]] <[[E:lars.holmstrom@gmail.com]]>
Skickat: den 2 december 2025 22:41
Till: registratur
Ämne: VB: gatubelysning

Lampan utanför [[A:Runebergsgatan 43 lgh 4]] är fortfarande trasig. Ärende HEL 2025-001987.""")

sv("""Snöplogen har inte varit på Bulevarden sedan i fredags. Buss 14 kan inte stanna vid hållplatsen.""")

sv("""Jag bor på [[A:Bulevarden 5 A 12]] och grannens bil med reg.nr [[R:ofk-317]] står på cykelbanan varje natt.""")

sv("""Tack för ett fint evenemang i Tove Janssons park! Barnen älskade det. /[[P:Camilla]]""")

sv("""Hej,
nyckeln hämtas av [[P:Johan Sjöberg]] (tel [[T:040-812 33 19]]). Bokningen gäller fredag 19.12 kl 17–21.
Mvh [[P:Ann-Sofie]]""")

sv("""Esplanadparken behöver fler papperskorgar. På lördagar är det fullt av skräp efter klockan 15.""")

sv("""Kontonummer för återbetalning: [[I:FI28 2025 1800 2143 65]], mottagare [[P:Karin Lindroos]].""")

sv("""Jag håller inte med [[P:Mikaels]] förslag ovan. Tölötorg ska förbli ett torg, inte en parkering.""")

sv("""VARFÖR SVARAR INGEN I TELEFON??? Jag har ringt 5 gånger om samma ärende HEL 2025-010020""")

sv("""@[[P:Ulrika]] tack, jag har skickat mejl till stadsmiljösektorn också. Svar kommer väl inom 14 dagar.""")

sv("""Deltagare:
- [[P:Henrik Åberg]]
- [[P:Sara Nyman]] (ansvarig, [[T:050 447 21 90]])
- [[P:Emil Forsman]]
Vi behöver projektor och 20 stolar.""")

sv("""Förslag: belysning längs Brändövägen. Kostnad ca 80 000 €. Flera har snubblat i mörkret vid hållplatsen.""")

sv("""bor på [[A:Brändövägen 18 bst 7]] och det har inte funnits varmvatten sen i tisdags ingen i disponentbyrån svarar ring [[T:(09) 684 2210]] eller [[E:g.wikstrom@kolumbus.fi]] /[[P:Gunnel Wikström]]""")

sv("""Sibeliusparken är vacker men stigarna är isiga. Sanda före helgen, tack.""")

sv("""Ämne: Bokning lokalen 7.1 / [[P:Per-Erik Sandell]]

Hej! Vi är en körgrupp på 12 personer. Faktura till [[A:Fredriksgatan 19 B 22]], 00120 Helsingfors.""")

sv("""Min son [[P:Axel]] ([[H:300912A224X]]) ska börja i eftisverksamheten. Vårdnadshavare [[P:Malin Grönqvist]], tel. [[T:+358 40 955 1277]].""")

sv("""Linje 550 är helt överfull på morgnarna. Sätt in fler bussar mellan 7.30 och 8.30.""")

sv("""Linnea och Vilja är fina ord men knappast bra namn på en ny gata i Fiskehamnen. Håller med föregående kommentar.""")

sv("""Tack [[P:Birgittas]] grupp för städningen av stranden 🙏 vi var 40 personer och samlade 12 säckar!""")

sv("""Cc: [[P:Stefan Lindholm]]; [[P:Maria Westerlund]]
Jag vidarebefordrar klagomålet om bullret från byggarbetsplatsen vid Tavastvägen. Arbetet börjar kl. 6.45.""")

sv("""Hej, jag heter [[P:Rasmus]] och jag är 14 år. Vi vill ha en skatepark i Drumsö!! snälla""")

sv("""Referensnummer 1234 56789 0, beloppet 120,00 €, förfallodag 31.12.2025. Jag har redan betalat, varför påminnelse?""")

sv("""Ordföranden [[P:Tomas Ekholm]] kan nås på [[E:tomas.ekholm@abo.fi]] eller [[T:044.512.7730]].""")

sv("""Parkeringsautomaten vid Havshagen tar inte kort. Fick böter 80 €, felparkeringsavgift nr 2025-553311.""")

sv("""Jag stödjer förslaget!! 😊
[[P:Lena]]""")

sv("""Från: [[P:Eva Sundqvist]]
Till: [[P:Kerstin]]
Ämne: SV: nycklarna

[[P:Kerstin]], jag lämnar nycklarna i brevlådan på [[A:Munksnäs allé 8 A 3]]. Ring [[T:0405512908]] om något.""")

sv("""Kan någon förklara varför Kaserntorget ska byggas om igen? Det gjordes ju 2019.""")

sv("""Anmälan: skadegörelse i lekparken vid Åggelby. Gungorna avskurna. Hände natten mot 30.11.""")

sv("""Betala till kontot [[I:fi05 3131 3001 2345 67]] senast 15.1. Frågor till kassören [[P:Jonas]].""")

sv("""Vi som bor i kvarteret kring Högbergsgatan är trötta på trafiken. Gör gatan till gågata!""")

sv("""HUNDÄGARE PLOCKA UPP EFTER ERA HUNDAR!!! Det är fullt av bajs i Brunnsparken""")

sv("""Tack till [[P:Elsa]] och [[P:Oskar Lindqvist]] som fixade kaffet på invånarmötet ☕""")

sv("""Lämnade in cykeln till hittegods, ramnummer SN-88213, märke Crescent. Den stod vid Tavastvägen i två veckor.""")

sv("""Hej! Här är kontaktuppgifterna som ni bad om:
Namn: [[P:Gustav Blomqvist]]
Personbeteckning: [[H:040389-112K]]
Adress: [[A:Annegatan 25 C 41]], 00100 Helsingfors
Telefon: [[T:041 290 7654]]""")

sv("""Matchen slutade 3–2 och efteråt var det bråk vid Gamla stadens bollplan. Polisen kom 21.10.""")

sv("""Mamma ([[P:Ingrid]]) vill också skriva under förslaget men hon har inga nätbankskoder. Kan hon skriva på papper?""")

sv("""Bilen [[R:gry-804]] har stått på gästparkeringen i tre veckor, [[A:Drumsövägen 5]], gästplatserna. Inga hyresgäster känner igen den.""")

sv("""Bra förslag, men pengarna räcker inte: budgeten för södra området är 950 000 € och detta kostar 400 000 €.""")

sv("""Hälsningar från Hagnäs, torget behöver ett tak för marknaden på vintern. Öppettider 6.30–18.""")

sv("""svar till [[P:jannes]] kommentar: nej det är inte för sent, utlåtandetiden går ut 12.1 kl 16""")

sv("""Vi är fyra familjer på [[A:Tölögatan 8]] som vill ha en lekplats i innergården, kontakt [[P:Mia Kronqvist]] [[E:mia.kronqvist@outlook.com]]""")

sv("""Jag har ingen bil och bussen 18 går bara varannan halvtimme på kvällarna. Det är inte okej i Munkshöjden.""")

sv("""Nyckelutlämning: [[P:Linda]] 17.00, återlämning [[P:Patrik]] 22.30. Larmkod 5519 får inte delas vidare.""")

sv("""Gamla kontot: [[I:FI98 4005 5012 3456 78]]
ändrat till nytt konto [[I:FI84 3130
0123 4567 88]]""")

sv("""Viola-teatern har en fin föreställning i december, biljetter 25 €. Ingen koppling till stadens lokaler dock.""")

# ---------------------------------------------------------------------------
# English, written by hand
# ---------------------------------------------------------------------------

en("""From: [[P:Daniel Okafor]] <[[E:daniel.okafor@gmail.com]]>
Sent: Tuesday, December 2, 2025 11:58 PM
To: feedback
Subject: FW: broken street light

Still broken. The lamp outside [[A:Albertinkatu 17 B 20]] has been out since October. Case HEL 2025-001234.""")

en("""The 23 and 24 buses skip the stop at Seurasaari after 9 pm. Timetable says every 20 min, reality is 40.""")

en("""Hi, I'm booking the sauna room for Friday 19.12, 18:00-21:00. Keys will be picked up by my friend
[[P:Priya Nair]]""")

en("""Great proposal!! 👏 [[P:Tom]]""")

en("""Bill me later? The bill for the room booking (order 40012345678) came twice, 35.00 € each. Please refund one.""")

en("""@[[P:Sarah]] I agree, Sibelius Park is not the place for a food truck area. Use Tokoinranta instead.""")

en("""My neighbour parks his van on the bike lane every night, plate [[R:zrt-615]], silver Ford Transit, in front of [[A:Kalevankatu 38]].""")

en("""Subject: Room booking / [[P:Ahmed Hassan]]
cc: [[P:Fatima Hassan]] <[[E:fatima.h@outlook.com]]>

We need the room for 25 people. Call me on [[T:+358-45-6612093]] if there's a problem.""")

en("""Hope the new tram line 15 really opens in 2026 as promised. Grace period for the construction noise is over.""")

en("""hey so we booked the youth room for saturday but my phone died and i can't log in my number is [[T:041.778.2093]] pls call back its urgent the party starts at 6 [[P:Jake]]""")

en("""Refund to account [[I:FI07 1025 3000 7788 11]] please, name on the account [[P:Olena Kovalenko]].""")

en("""WHY IS NOBODY CLEARING THE SNOW ON MECHELININKATU??? My kid fell twice this week.""")

en("""Participants:
* [[P:Mark Evans]] (lead)
* [[P:Julia Schmidt]]
* [[P:Kenji Watanabe]]
* [[P:Ana Lucía Pérez]]
Equipment: 2 mics, 1 projector.""")

en("""Frank opinion: the new Central Library Oodi is great but the bike parking is a mess from 4 to 6 pm every day.""")

en("""I'm writing on behalf of my elderly mother, Mrs. [[P:Eileen Virtanen]], who lives at [[A:Mannerheimintie 96 A 14]]. The elevator has been broken for 9 days.""")

en("""Tove Jansson Park and Aleksis Kivi Street are lovely in autumn. Please keep the leaves in the park, the hedgehogs need them.""")

en("""Name | Role | Phone
[[P:Liam O'Connor]] | keys | [[T:050 611 3302]]
[[P:Nora Lindgren]] | cleaning | [[T:044 203 9917]]""")

en("""Score was 5-2 for the home team, and the field at Brahenkenttä was fine. Thanks to the groundskeepers!""")

en("""Proposal: outdoor table tennis tables in Kaisaniemi Park. Estimated cost 12 000 €. Maintenance 500 €/year.""")

en("""> [[P:Mikael L.]] wrote:
> the bridge will ruin the view
Honestly, the view from Kruununhaka is already ruined by the cruise ships. -[[P:Greg]]""")

en("""Lost dog found near Kumpula allotment garden, answers to "Rolle". Call [[T:040/992 1184]] ([[P:Mei]]).""")

en("""Thanks to ([[P:Anna]]) and [[P:Jussi]] for organizing the cleanup! 🧹 Next one in April.""")

en("""the ticket machine at Herttoniemi metro station gives no receipts, ticket price 3.20 €, tried at 07:15 and 07:40""")

en("""From: [[P:Chloe Martin]]
To: [[P:Wilhelm]]
Re: keys

[[P:Wilhelm]], I left the keys with the caretaker at [[A:Pursimiehenkatu 26 C 9]]. Text me [[T:0445092281]].""")

en("""Postal codes 00530 and 00580 still have no recycling point for plastic. Nearest is 2.4 km away.""")

en("""My son [[P:Leo]], born 15.10.2001, personal ID [[H:151001A382A]], needs a confirmation letter for the youth centre job. Mother [[P:Rebecca Sundström]], [[E:rebecca.sundstrom@gmail.com]].""")

en("""Amber lights at the Hakaniemi crossing last 2 seconds. That's dangerous for anyone with a stroller.""")

en("""Kerrokantasi comment #4471 by user 'citycyclist' was removed – why? It only criticised the plan for Hämeentie.""")

en("""Please contact our club chair [[P:Ruth Abebe]] at [[E:ruth.abebe@protonmail.com]] or [[T:(09) 412 7750]], we'd like to book the gym every Monday 18-20.""")

en("""Bus 560 from Rastila to Myyrmäki was 25 min late at 17:10. Line 500 same story yesterday.""")

en("""To whom it may concern,
my landlord refuses to fix the mould in our flat at [[A:Itäinen Papinkatu 3 A 11]].
Regards,
[[P:Samuel Adeyemi]]
[[T:+358 41 339 4480]]""")

en("""Sunny days are few in December, so please keep the Esplanadi lights on until 1 am. Happy holidays to the city staff!""")

en("""Our IT person says the booking site blocked us: your server logged [[IP:91.155.20.187]] as spam. Can you whitelist it? [[P:Hiro]]""")

en("""Ref 1234 56789 0 / invoice 2025-88412 / amount 240.00 EUR. Paid on 28.11. Please check.""")

en("""Just a note – [[P:MARIA]] AND [[P:JOSÉ]] WILL BRING THE KEYS BACK ON MONDAY, the office is closed on Sunday.""")

en("""Will the ice rink at Brahenkenttä open before Christmas? Last year it opened on 20 December.""")

en("""Rent transfer details: iban [[I:fi53 8000 1500 2233 44]], payee [[P:Katarzyna Nowak]], message: December rent, flat [[A:Sturenkatu 21 as. 48]]""")

# ---------------------------------------------------------------------------
# Small generators (the remaining records), driven only by random.Random(SEED)
# ---------------------------------------------------------------------------

_FI_FIRST = ["Aila", "Anneli", "Arto", "Eija", "Esa", "Hannele", "Ilkka", "Jaana", "Jouni", "Katja",
             "Markku", "Merja", "Minttu", "Paavo", "Riitta", "Sami", "Taisto", "Tiia", "Veikko", "Ylva",
             "Oona", "Rasmus", "Noora", "Kalle", "Heli", "Joni", "Sointu", "Aapo"]
_FI_LAST = ["Airaksinen", "Heiskanen", "Hirvonen", "Järvinen", "Kettunen", "Laitinen", "Lindholm",
            "Manninen", "Niskanen", "Ojala", "Pesonen", "Rissanen", "Sundberg", "Tikkanen", "Vainio",
            "Åkerlund", "Huttunen", "Pulkkinen", "Karjalainen", "Oksanen"]
_SV_FIRST = ["Anders", "Britt", "Christer", "Elin", "Fredrik", "Hanna", "Ida", "Kristian", "Majvor",
             "Nils", "Pia", "Sixten", "Tove", "Ulf", "Vivan", "Wilma", "Jens", "Ebba"]
_SV_LAST = ["Backman", "Ekström", "Fagerholm", "Granqvist", "Helin", "Karlsson", "Lundell", "Mattsson",
            "Nordström", "Rosenqvist", "Sjöblom", "Söderlund", "Wahlroos", "Öhman"]
_EN_FIRST = ["Aisha", "Ben", "Carlos", "Diana", "Ethan", "Farah", "George", "Hannah", "Ivan", "Jasmine",
             "Kevin", "Lucy", "Mohammed", "Natalia", "Oliver", "Rachel", "Yusuf", "Zoe"]
_EN_LAST = ["Ahmed", "Brown", "Cohen", "Demir", "Fernandes", "Gupta", "Ivanova", "Kim", "Lopez", "Mensah",
            "Novak", "Okonkwo", "Petrov", "Reid", "Silva", "Walsh"]

_FI_STREETS = ["Hämeentie", "Fleminginkatu", "Kustaankatu", "Sturenkatu", "Porvoonkatu", "Helsinginkatu",
               "Pengerkatu", "Kaarlenkatu", "Mellunmäentie", "Myllypurontie", "Itäkatu", "Vuosaarentie",
               "Kauppakartanonkatu", "Pihlajamäentie", "Huopalahdentie", "Pajalahdentie",
               "Lauttasaarentie", "Tehtaankatu", "Merimiehenkatu", "Laivurinkatu", "Lapinlahdenkatu",
               "Liisankatu", "Tikkurilantie", "Hakunilantie", "Leppävaarankatu", "Myyrmäentie"]
_SV_STREETS = ["Tavastvägen", "Fleminggatan", "Annegatan", "Högbergsgatan", "Fredriksgatan",
               "Runebergsgatan", "Tölögatan", "Broholmsgatan", "Helsingegatan", "Fabriksgatan",
               "Sjömansgatan", "Albertsgatan", "Kalevagatan", "Elisabetsgatan", "Drumsövägen",
               "Brändövägen", "Mannerheimvägen", "Åggelbyvägen"]
_PLACES_FI = ["Kontulan nuorisotalo", "Vuotalo", "Malmitalo", "Stoa", "Kannelmäen kirjasto", "Oodi",
              "Maunulatalo", "Itäkeskuksen kirjasto", "Kalliolan sali", "Töölön kirjaston kokoushuone"]
_PLACES_SV = ["Arbis", "Stoa", "Oodi", "Gamlas ungdomsgård", "Drumsö bibliotek", "Malms kulturhus"]
_PLACES_EN = ["Oodi", "Stoa", "Vuotalo", "the youth centre in Kontula", "Malmitalo", "Kallio library"]

_MAIL_HOSTS = ["gmail.com", "outlook.com", "hotmail.com", "elisanet.fi", "kolumbus.fi", "yahoo.com",
               "saunalahti.fi", "live.fi", "icloud.com"]
_ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "'": ""})


def _mail(rng, first, last):
    f, l = first.lower().translate(_ASCII), last.lower().translate(_ASCII)
    style = rng.randrange(5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + "." + l
    elif style == 2:
        local = f + l + str(rng.randint(60, 99))
    elif style == 3:
        local = f + "_" + l[:4]
    else:
        local = l + "." + f
    return local + "@" + rng.choice(_MAIL_HOSTS)


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    d = "".join(str(rng.randrange(10)) for _ in range(7))
    style = rng.randrange(9)
    if style == 0:
        return pre + " " + d[:3] + " " + d[3:]
    if style == 1:
        return pre + "-" + d
    if style == 2:
        return pre + "/" + d[:3] + " " + d[3:]
    if style == 3:
        return pre + "." + d[:3] + "." + d[3:]
    if style == 4:
        return "+358 " + pre[1:] + " " + d[:3] + " " + d[3:]
    if style == 5:
        return "+358-" + pre[1:] + "-" + d
    if style == 6:
        return pre + d
    if style == 7:
        return "+358" + pre[1:] + d
    return "(09) " + str(rng.randint(1, 9)) + d[1:3] + " " + d[3:]


def _address(rng, streets, lang):
    s = rng.choice(streets) + " " + str(rng.randint(1, 120))
    style = rng.randrange(5)
    stair = rng.choice("ABCD")
    flat = str(rng.randint(1, 60))
    if style == 0:
        return s
    if style == 1:
        return s + " " + stair + " " + flat
    if style == 2:
        return s + " " + stair + flat
    if lang == "sv":
        return s + (" lgh " if style == 3 else " bst ") + flat
    return s + (" as. " if style == 3 else " as ") + flat


def _plate(rng):
    letters = "ABCEFGHIJKLMNOPRSTUVXYZ"
    p = "".join(rng.choice(letters) for _ in range(3)) + "-" + str(rng.randint(1, 999))
    return p.lower() if rng.random() < 0.5 else p


def _names(rng, lang):
    if lang == "fi":
        return rng.choice(_FI_FIRST), rng.choice(_FI_LAST)
    if lang == "sv":
        return rng.choice(_SV_FIRST), rng.choice(_SV_LAST)
    return rng.choice(_EN_FIRST), rng.choice(_EN_LAST)


def _gen_positive(rng, lang, k):
    f, l = _names(rng, lang)
    f2, l2 = _names(rng, lang)
    while f2 == f:
        f2, l2 = _names(rng, lang)
    ph = _phone(rng)
    ml = _mail(rng, f, l)
    if lang == "fi":
        adr = _address(rng, _FI_STREETS, "fi")
        place = rng.choice(_PLACES_FI)
        day = "%d.%d." % (rng.randint(1, 28), rng.choice([12, 1, 2]))
        t = (k + rng.randrange(9)) % 9
        if t == 0:
            return ("Varaus %s %s klo %d–%d\nVaraaja: [[P:%s %s]]\nPuh: [[T:%s]]\nAvaimet: [[P:%s]]"
                    % (place, day, rng.randint(9, 17), rng.randint(18, 22), f, l, ph, f2))
        if t == 1:
            return ("Lähettäjä: [[P:%s %s]] <[[E:%s]]>\nAihe: %s\n\n%s\n[[P:%s]]"
                    % (f, l, ml, rng.choice(["Katuvalo", "Roskat", "Lumityöt", "Melu yöllä", "VL: palaute", "Re: ilmoitus",
                                   "liukkaus", "Pyörätie"]),
                       rng.choice(["Sama vika taas, korjatkaa.", "Kukaan ei ole käynyt paikalla.",
                                   "Tilanne on jatkunut viikon.", "ei oo vieläkään korjattu!!",
                                   "Pyydän että asiaan puututaan ennen joulua.",
                                   "Liitteenä kuva, en saanut sitä lomakkeelle."]), f))
        if t == 2:
            return ("%s kohdalla on %s. soittakaa [[T:%s]] jos tarviitte lisätietoa\n[[P:%s]]"
                    % ("[[A:" + adr + "]]", rng.choice(["iso kuoppa", "kaatunut puu", "vuotava vesiposti",
                                                      "rikkinäinen katuvalo", "hylätty sohva",
                                                      "jäätynyt jalkakäytävä", "kaatunut liikennemerkki"]), ph, f))
        if t == 3:
            return ("%s %s\n[[P:%s]]" % (rng.choice(["🙏", "👍", "❤️", "😊"]),
                                         rng.choice(["kiitos kaikille!", "hyvä ehdotus", "kannatan tätä",
                                                     "toivottavasti toteutuu", "äänestin jo",
                                                     "tätä on odotettu vuosia", "loistava idea, jatkoon"]), f + " " + l))
        if t == 4:
            return ("auto seisoo taas pelastustiellä rekkari [[R:%s]] osoitteessa [[A:%s]] ilmoittaja [[P:%s]] [[T:%s]]"
                    % (_plate(rng), adr, f, ph))
        if t == 5:
            return ("Nimi | Puhelin\n[[P:%s %s]] | [[T:%s]]\n[[P:%s %s]] | [[T:%s]]"
                    % (f, l, ph, f2, l2, _phone(rng)))
        if t == 6:
            return ("cc: [[P:%s %s]] <[[E:%s]]>\nVälitän asukkaan viestin: onko %s vapaana myös %s illalla?"
                    % (f, l, ml, place, day))
        if t == 7:
            return ("[[P:%s]]: avaimet on palautettu, tila siistitty klo %d.%02d. Lasku osoitteeseen [[A:%s]]."
                    % (f.upper() if rng.random() < 0.3 else f, rng.randint(20, 22), rng.choice([0, 15, 30, 45]), adr))
        return ("Ehdotus: %s\nEhdottaja: [[P:%s %s]] ([[E:%s]])\nArvio %d 000 €"
                % (rng.choice(["penkkejä rantaan", "koirapuisto", "pingispöytä", "lisää valaistusta"]),
                   f, l, ml, rng.randint(5, 90)))
    if lang == "sv":
        adr = _address(rng, _SV_STREETS, "sv")
        place = rng.choice(_PLACES_SV)
        t = (k + rng.randrange(6)) % 6
        if t == 0:
            return ("Bokning: %s, fredag kl %d\nNyckeln hämtas av [[P:%s %s]], tel [[T:%s]]"
                    % (place, rng.randint(16, 19), f, l, ph))
        if t == 1:
            return ("Från: [[P:%s %s]] <[[E:%s]]>\nÄmne: %s\n\nGäller [[A:%s]]. Mvh [[P:%s]]"
                    % (f, l, ml, rng.choice(["Snöröjning", "Gatlykta", "Buller"]), adr, f))
        if t == 2:
            return ("bilen med reg.nr [[R:%s]] blockerar infarten till [[A:%s]] igen ring [[T:%s]]"
                    % (_plate(rng), adr, ph))
        if t == 3:
            return ("%s %s\n[[P:%s]]" % (rng.choice(["Tack för hjälpen!", "Bra förslag.", "Jag röstar ja.",
                                                   "Äntligen!", "Håller med ovan."]),
                                        rng.choice(["🌸", "👏", "🙂", "💙"]), f))
        if t == 4:
            return ("Deltagare:\n- [[P:%s %s]]\n- [[P:%s %s]]\nKontakt: [[E:%s]]" % (f, l, f2, l2, ml))
        return ("Jag bor på [[A:%s]] och %s. /[[P:%s %s]]"
                % (adr, rng.choice(["hissen är trasig", "gården är full av sopor", "det är mörkt i trappan"]), f, l))
    adr = _address(rng, _FI_STREETS + _SV_STREETS, "en")
    place = rng.choice(_PLACES_EN)
    t = (k + rng.randrange(5)) % 5
    if t == 0:
        return ("Booking at %s on Saturday. Contact person: [[P:%s %s]], [[T:%s]], [[E:%s]]"
                % (place, f, l, ph, ml))
    if t == 1:
        return ("From: [[P:%s %s]] <[[E:%s]]>\nSubject: %s\n\nPlease check [[A:%s]].\n[[P:%s]]"
                % (f, l, ml, rng.choice(["Broken lamp", "Noise complaint", "Snow on pavement"]), adr, f))
    if t == 2:
        return ("car with plate [[R:%s]] parked on the pavement at [[A:%s]] every night call me [[T:%s]]"
                % (_plate(rng), adr, ph))
    if t == 3:
        return ("%s %s\n[[P:%s]]" % (rng.choice(["💚", "👍", "🙌", "🎉"]),
                                       rng.choice(["love this idea", "voted!", "about time",
                                                   "count me in", "thanks everyone"]), f))
    return ("Keys: [[P:%s]] (pick-up) and [[P:%s %s]] (return). Any issues, ring [[T:%s]]."
            % (f, f2, l2, ph))


def _gen_negative(rng, lang, k):
    hh, mm = rng.randint(6, 22), rng.choice([0, 5, 15, 20, 30, 45, 50])
    price = "%d,%02d €" % (rng.randint(2, 90), rng.choice([0, 50, 90]))
    case = "HEL 2025-%06d" % rng.randint(1000, 30000)
    order = "4001%07d" % rng.randint(0, 9999999)
    line = rng.choice(["55", "57", "71", "79", "506", "550", "560", "23", "18", "14"])
    if lang == "fi":
        t = k % 5
        if t == 0:
            return "Linja %s jäi taas tulematta klo %d.%02d. Kertalippu maksaa 3,20 € eikä bussia tule." % (line, hh, mm)
        if t == 1:
            return "Asia %s on edelleen kesken. Tilausnumero %s, postinumero 00%d0." % (case, order, rng.randint(10, 99))
        if t == 2:
            return "%s on %s, voisiko sinne lisätä valaistusta? Kävelen siitä joka ilta klo %d." % (
                rng.choice(["Sibeliuksen puisto", "Tove Janssonin puisto", "Alppipuisto", "Kaisaniemen puisto"]),
                rng.choice(["pimeä", "liukas", "täynnä roskia"]), rng.randint(18, 22))
        if t == 3:
            return "Ottelu päättyi %d-%d, kenttä suljetaan %d.%d. Seuraava vuoro klo %d.%02d." % (
                rng.randint(0, 6), rng.randint(0, 6), rng.randint(1, 28), rng.choice([12, 1]), hh, mm)
        return "Aukioloajat muuttuvat: ma–pe %d–%d, la %d–16. Hinta %s." % (rng.randint(7, 10), rng.randint(18, 21), rng.randint(9, 11), price)
    if lang == "sv":
        if k % 2 == 0:
            return "Buss %s kom inte kl. %d.%02d. Ärende %s, biljetten kostade 3,20 €." % (line, hh, mm, case)
        return "%s behöver fler bänkar. Ordernummer %s gäller leveransen." % (
            rng.choice(["Sibeliusparken", "Tove Janssons park", "Esplanadparken"]), order)
    if k % 2 == 0:
        return "Bus %s was late again at %d:%02d, single ticket 3.20 €. Reference %s." % (line, hh, mm, case)
    return "%s needs better lighting; order no. %s covers the new lamps, postcode 00%d0." % (
        rng.choice(["Sibelius Park", "Tove Jansson Park", "Kaisaniemi Park"]), order, rng.randint(10, 99))


def _generated():
    rng = random.Random(SEED)
    out = []
    plan = [("fi", 39, 6), ("sv", 18, 2), ("en", 13, 2)]
    for lang, npos, nneg in plan:
        for k in range(npos):
            out.append((lang, _gen_positive(rng, lang, k)))
        for k in range(nneg):
            out.append((lang, _gen_negative(rng, lang, k)))
    return out


def records():
    return list(_HAND) + _generated()
