"""Blind evaluation block 58 for the personal-data scrubber.

Written by helper "outsider 58" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (apart from the brief I was given). I ran no
git commands, did not run the scrubber and did not run any evaluation. The texts are written only from the brief
and from my own knowledge of how residents write.

Focus: "OmaStadi proposals" - participatory budgeting proposals and their comments in Finnish (about 60 %),
Swedish (about 20 %) and English (about 20 %): proposal text, proposer names and sometimes contact details,
co-proposer lists ("Ehdottajat: ...", "Förslagsställare:", "Proposed by"), associations and their chairs, school
classes and teachers, comments agreeing or disagreeing with named commenters, proposals named after the people who
inspired them, places named after people (Aleksis Kiven katu, Topeliuksen puisto, Tove Janssonin puisto, Kekkosen
puisto), budgets and amounts, districts. About a third are hard negatives (proposal titles, district and park
names, famous Finns, sports clubs, companies, amounts, years, first names used as ordinary words, pets).

Seed: 5858 (random.Random(SEED) is the only source of randomness; the generated part is deterministic).

Markup: [[LABEL:text]] around each piece of personal data. P = a person's name (first name, surname, full name,
nickname, initials joined to a name; any case; English possessive 's, Swedish genitive -s and Finnish case endings
inside the span; role words and titles such as Mr., Ms., rouva, naapuri, rektor, opettaja stay outside).
E = e-mail address. T = phone number (whole number, country code included). H = Finnish personal identity code.
I = IBAN or bank account number. R = vehicle licence plate. IP = IP address. A = street address WITH a house
number (street + number + staircase + flat); postal code and city stay outside; a street name without a number is
not marked. Famous people and names of streets, parks, buildings, clubs and brands are not marked.
"""

import random

SEED = 5858

# ---------------------------------------------------------------------------
# Hand-written records, Finnish
# ---------------------------------------------------------------------------
FI_HAND = [
    # --- positives ---
    "Ehdotus: Kuntoportaat Kivikon ulkoilupuistoon\nKivikon rinteeseen voisi rakentaa kuntoportaat kuten Kaivopuistossa, nyt porukka juoksee suoraan rinnettä ylös ja maasto kuluu. Ehdottajat: [[P:Jaana Lehtimäki]], [[P:Tero Söderholm]] ja Kivikon Kunto ry",
    "Kannatan tätä! Meiltä [[A:Kivikonkaari 11 C 40]] on lyhyt matka ja aamulla portaat olis mahtavat. - [[P:Riikka]]",
    "Hei, oon [[P:Veeti Rantanen]] 7B-luokalta Puistolan peruskoulusta. Meidän luokka ehdottaa et koulun viereen tehdään parkour-alue. Opettaja [[P:Hanna Mäkelä]] auttoi kirjottaa tän. Yhteyshenkilö [[E:hanna.makela@edu.hel.fi]]",
    "Ehdotus on nimetty [[P:Aune Salmisen]] mukaan: [[P:Aunen]] penkki. [[P:Aune]] istui joka päivä Brahenkentän laidalla ja jutteli kaikille ohikulkijoille, hän kuoli viime keväänä. Toivoisimme penkin ja pienen muistolaatan. Ehdottaja [[P:Kaija Salminen]] (tytär), p. [[T:040 718 2290]]",
    "Ehdottajat: Maunulan Omakotiyhdistys ry:n puheenjohtaja [[P:Pertti Kaarakainen]] ja sihteeri [[P:Outi Laine]]. Lisätietoja [[E:outi.laine.maunula@gmail.com]]",
    "Olen täysin eri mieltä [[P:Marjatan]] kanssa, koirapuisto ei todellakaan kuulu Tove Janssonin puistoon. Siellä leikkii pienet lapset ja hiekkalaatikko on ihan vieressä.",
    "[[P:Marjatta Hyvönen]] kirjoitti:\n> koirapuisto olisi hyvä lisä Tove Janssonin puistoon\n\nEi ole. Katsokaa vaikka Sibeliuksen puiston koira-aitausta, kurainen koko syksyn. t. [[P:Jukka]]",
    "Budjettiarvio 80 000 €. Vastuuhenkilö [[P:Sirpa Koskela]], [[T:+358 50 441 7086]], [[A:Aleksis Kiven katu 22 B 31]], 00510 Helsinki",
    "moi! tää ehdotus on [[P:Elsan]] ja [[P:Nooran]] (10v) keksimä: pomppulinna Myllypuron kirjastolle kesäks 😍 äiti [[P:Minna]] kirjotti puolesta",
    "Ehdotan että Kekkosen puistoon tuodaan ulkokuntosali. Kekkonen itsekin hiihti ja juoksi, sopisi hyvin teemaan :) [[P:Arto V.]]",
    "Kiitos [[P:Heikki Turusen]] hyvästä kommentista. Samaa mieltä, valaistus on tärkein. Lisäisin että Pihlajamäen kallioille pitäisi saada myös penkkejä.",
    "Ehdottajana Vuosaaren Partiolaiset ry, lippukunnanjohtaja [[P:Anni-Kaisa Björklund]]. Kysymyksiin vastaa [[P:Anni-Kaisa]] numerosta [[T:044 5209 817]] arkisin klo 17 jälkeen.",
    "Ehdotus: Vanhankaupunginlahden lintutorni uusittava\nEhdottaja: [[P:Rauno Ylönen]], Arabianranta\nKuvaus: nykyinen torni on huonossa kunnossa, portaat lahoavat. Arvioitu hinta n. 120 000 e",
    "[[P:Sanna L]]: en kannata. liikaa rahaa yhteen torniin, koko Koillisen alueen budjetti on vain 700 000 €",
    "En ymmärrä miksi [[P:Virtasen]] perhe saa päättää koko korttelin puolesta. Heidän talonsa [[A:Kaarelantie 34]] kohdalle ei kukaan muu halua petanque-kenttää.",
    "Ehdottajat: [[P:Leena]] & [[P:Kalle Kinnunen]], [[P:Oona Ström]], [[P:Mikael Aho]]\nYhteystiedot: [[E:kalle.kinnunen82@outlook.com]]",
    "Tapanilan metsään tarvitaan opastetaulut ja levähdyspaikka, nyt eksyy helposti.\n\nTerveisin\n[[P:Toivo Heikkilä]]\nTapanilan Erä ry, puheenjohtaja\n[[T:050 362 1148]]",
    "Meidän luokka 3C (Maunulan yhteiskoulu) ehdottaa lisää roskiksia Maunulan metsään. Opettaja [[P:Päivi Nurminen]] ja oppilaat [[P:Eetu]], [[P:Lumi]], [[P:Aatu]], [[P:Iida]] ja [[P:Sisu]]",
    "Viime kierroksella voitti [[P:Onni Laaksosen]] skeittiramppi-ehdotus Malmilla, nyt toivoisimme sen viereen katoksen sadepäiviä varten.",
    "Korjaus: puhelinnumero loppuu 604 eikä 640, eli oikea on [[T:045 1238 604]]. [[P:Hilkka]]",
    "Lähetetty iPhonesta\n\n-----Alkuperäinen viesti-----\nLähettäjä: [[P:Esa Pulkkinen]] <[[E:esa.pulkkinen@elisanet.fi]]>\nAihe: OmaStadi ehdotus Kontulan ostari\n\nEhdotan Kontulan ostarille lisää valoja, illalla pelottaa kulkea metrolta kotiin.",
    "Kommentti / [[P:Raija Vesterinen]]: Hyvä idea mutta kuka hoitaa kasvimaat talvella? Kaupunkiviljelijöiden [[P:Jouni]] lupasi viimeksi mutta ei tullut.",
    "Ehdottajan tiedot: [[P:Kari Oksanen]], hetu [[H:130355-2579]], [[A:Mellunmäentie 8 C 15]], 00970 HKI",
    "Jos ehdotus voittaa niin voiko rahat maksaa suoraan yhdistyksen tilille [[I:FI69 7520 2935 4341 32]]? Kysyn siis Roihuvuoren kyläyhdistyksen puolesta, [[P:Tanja]]",
    "Topeliuksen puistoon pitäisi saada enemmän penkkejä, kuten [[P:Ville]] jo ehdotti. Itse asun [[A:Topeliuksenkatu 17 A 4]] ja näen päivittäin vanhuksia jotka joutuvat seisomaan bussia odottaessa.",
    "@[[P:Petri Salo]] ihan totta, mut toi budjetti 250 000 € on kyl aika iso. Tapanilan pururata maksoi aikoinaan vähemmän.",
    "Ehdotus: Ilmaiset ukulele-tunnit Kallion kirjastossa\nOhjaajana voisi toimia [[P:Jenkku]] eli [[P:Jenni Mustonen]], joka on soittanut Kallion nuorisotalolla vuosia.",
    "Lapsiperheiden puolesta: [[P:Kirsi]] ([[T:041 770 3952]]), [[P:Anu]] ja [[P:Satu Mäenpää]]",
    "Heippa! Oulunkylän seurakunnan nuoret ja nuorisotyönohjaaja [[P:Miro Hakala]] ehdottavat, että Oulunkylän rantaan tehdään nuotiopaikka ja laavu.",
    "Olen [[P:Eila]], 83 v, asun [[A:Kontulankaari 9 B 22]]. Ostarille tarvitaan penkki jossa on käsinojat, en muuten pääse ylös.",
    "KOMMENTTI: tää on jo kolmas kerta kun [[P:Hakkarainen]] laittaa saman ehdotuksen... ei mene läpi nytkään",
    "Ehdottajat: [[P:S. Räsänen]], [[P:M. Räsänen]] (Pakila)\nEhdotus: Pakilan kentälle talvella jääkiekkokaukalo valoineen.",
    "Kiitos kaikille jotka äänestitte!! Vallilan kirjastopuiston valot toteutuu ✨ T: [[P:Ansku]] ja [[P:Petteri]] Vallilan kaupunginosayhdistyksestä",
    "Minä ja naapurin [[P:Seppo]] olemme keränneet nimiä: yhteensä 46 allekirjoitusta Laajasalon kirjaston aukioloaikojen puolesta. Listan voi noutaa osoitteesta [[A:Reposalmentie 5 A 12]]",
    "Ehdotus: [[P:Kaapon]] polku\nNimetään Paloheinän metsäpolku [[P:Kaapo Lindroosin]] mukaan, hän piti polkua kunnossa omin voimin 30 vuotta ja raivasi kaatuneet puut.",
    "Ei tarvita lisää taidetta Itäkeskukseen. Raha parempi käyttää Puotilan kartanon puistoon. t. [[P:kari h]]",
    "vastaus [[P:Liisa Kurjelle]]: kyllä, Arabianrannassa on jo kaksi koira-aitausta, kolmatta ei tarvita",
    "yhteyshenkilö: [[P:Mervi Sundström]] / [[E:mervi.sundstrom@kolumbus.fi]] / [[T:09 4587 221]]",
    "Ehdotus koululaisilta: Herttoniemen ala-asteen 5A ja opettaja [[P:Juha-Pekka Laitinen]]. Luokan puolesta kirjoitti [[P:Vilma]].",
    "Muistutan että [[P:Anneli Granqvistin]] vuonna 2021 tekemä ehdotus sisälsi jo saman asian, löytyy OmaStadista nimellä 'Valoa Vuosaaren rantaan'.",
    "Ehdottaja: Pasilan Asukkaat ry / pj [[P:Hannu Kettunen]]\nSijainti: Pasilanpuisto\nKustannusarvio: 35 000–40 000 €",
    "Oon [[P:Sami]] Jakomäestä. Skeittipaikka Jakomäkeen pliis, me skeitataan nyt parkkiksella [[A:Jakomäenpolku 6]] edessä ja vartijat ajaa pois",
    "Vastaus [[P:Tuomakselle]]: ei, ehdotus ei koske Kannelmäen kirjastoa vaan nuorisotaloa.",
    "Joku on pysäköinyt auton [[R:ZXN-482]] Kivikon kuntoportaiden eteen koko viikoksi, ehdotan puomia tai edes kylttiä.",
    "Ehdotuksen tekijä [[P:Reijo Manninen]] ([[E:reijo.manninen@pp.inet.fi]]) on valitettavasti menehtynyt, hänen puolestaan asiaa jatkaa poika [[P:Antti]].",
    "Kannatan [[P:Helmin]] ideaa, lasten ulkoliikuntapaikka Kannelmäkeen on ollut puutteena pitkään.",
    "Äänestyksessä oli vilppiä, samasta IP-osoitteesta [[IP:85.76.141.203]] annettiin kymmeniä ääniä Kontulan ehdotukselle!!",
    "Ehdotus: Tanssilava Kumpulaan\nEhdottajat: [[P:Aila]] ja [[P:Reino Karjalainen]]\nKesäiltaisin lavatansseja, kuten ennen vanhaan Kumpulan kukkulalla.",
    "Tämän ehdotuksen innoitti [[P:Raili]]-mummo, joka ruokki Vuosaaren sorsia 20 vuotta. Lintujen ruokintapaikka siistiksi ja kyltti.",
    "Hei [[P:Leena]], vastaus kysymykseesi: kyllä, hinta-arvio 60 000 € sisältää myös kunnossapidon kolmeksi vuodeksi. Terv. OmaStadi-tuottaja [[P:Johanna Pirinen]]",
    "Ehdottajan yhteystiedot: [[P:Veikko Lahtinen]], [[A:Kylänvanhimmantie 23 as 4]], 00640 Helsinki, puh [[T:0400 512 837]]",
    "Kuntosalilaitteet Aino Acktén huvilalle? Ei kiitos, [[P:Pirkko]] kertoi että siellä on jo tarpeeks porukkaa kesällä.",
    "Nimi: [[P:Tarja Hämäläinen]]\nOsoite: [[A:Ohrahuhdantie 3 B 9]]\nPuhelin: [[T:050 4410 928]]\nSähköposti: [[E:tarjah@suomi24.fi]]\nEhdotus: Pihlajamäen ostarille kukkaistutukset",
    "En kannata. [[P:Jari]] ja [[P:Mika]] on oikeassa, hinta 95 000 e on liikaa tenniskentän pinnoitukselle. Kaupunki voi hoitaa itse.",
    "jos tarviitte apua ehdotuksen viemisessä eteenpäin niin soittakaa mulle [[T:0442 886 301]] t. [[P:Mäkisen Riitta]]",
    "Ehdotus [[P:Elias]] (8v): haluan että Lauttasaaren uimarannalle tuodaan liukumäki!!! 🛝",
    "Kommentoijana [[P:Sirkka-Liisa Porkka]], Pukinmäki. Tuen ehdotusta mutta ei Kekkosen puistoon, vaan Pukinmäen kentälle.",
    "Puistolan Tanssijat ry:n [[P:Marko]] ja [[P:Kaisa]] kiittävät äänistä, nähdään kesällä lavalla!",
    "[[P:Jorma]] kirjoitti 12.3.: 'tätä ei kukaan tarvitse'\nNo minä tarvitsen, käyn päivittäin uimassa Kuusiluodossa. -[[P:Terttu]]",
    "Ehdotuksen tekivät Kallion lukion 2. vuoden opiskelijat [[P:Aleksi Nyberg]], [[P:Fanni Koivisto]] ja [[P:Emil Saarinen]], ohjaajana lehtori [[P:Sari Lappalainen]].",
    "Heips, [[P:Satu]] tässä Malmilta. Oltiin [[P:Jonnan]] ja [[P:Karin]] kanssa liikkeellä ja huomattiin että Malmin lentokentän reunalla ei ole yhtään roskista.",
    "Kiitos [[P:Villelle]] ja [[P:Annille]] avusta kuvien kanssa! Ehdotus on nyt päivitetty.",
    "Ehdottajat: Myllypuron Seniorit ry (pj [[P:Irma Kauppinen]]) sekä [[P:Olavi]] ja [[P:Hely Nykänen]]. Yhteys: [[T:+358405318842]]",
    "Aiempaan viestiin: nimeni on kirjoitettu väärin, se on [[P:Jyrki Hokkanen]] eikä Hokkinen. Osoite [[A:Malminkaari 12 D 61]] on oikein.",
    "Hyvä [[P:Pentti]]! Juuri näin. Lisäksi Kontulan uimahallin ulkoaltaan remontti on ihan eri asia kuin tää ehdotus.",
    "Tämä ehdotus on [[P:Mikan]] ja minun yhteinen, [[P:Mika]] tekee kuvat ja minä tekstit. [[P:Linnea Salo]], Kumpula",
    "Olen [[P:Ahmed Hassan]] ja valmennan Kontulan Urheilijoiden junioreita. Kenttä tarvitsee valot, nyt harjoittelemme pimeässä. [[E:ahmed.hassan.kontula@gmail.com]]",
    "Äänestä meitä! 🙏 Ehdotus 'Lauttasaaren kirjaston lukupiha'. Ehdottajat [[P:Noora]], [[P:Jesse]] ja [[P:Aino Westerlund]]",
    "Lisätietoja antaa [[P:Hannele Peltonen]], p. [[T:050 991 2074]] tai [[E:hannele.peltonen@hel.fi]] (työ)",
    "[[P:pekka k]] on oikeessa, toi Mäkelänkadun ylitys on vaarallinen. ehdotan liikennevaloja",
    # --- hard negatives ---
    "Ehdotus: Lisää valaistusta Aleksis Kiven kadulle Sturenkadun ja Hämeentien välille. Talvella on pimeää ja pyöräilijät ei näe jalankulkijoita. Kustannusarvio 45 000 €.",
    "Kekkosen puiston penkit on ollut rikki jo kolmatta vuotta. Korjatkaa ne ennen kuin ostetaan uusia.",
    "Tove Janssonin puistoon Muumi-aiheinen leikkipaikka! Muumipeikko, Niiskuneiti ja Pikku Myy -patsaat lapsille kiipeilyyn.",
    "Sibelius-monumentin ympäristöön lisää roskiksia, turistibussit tuo päivittäin satoja ihmisiä ja roskat lentää rantaan asti.",
    "Ehdotuksen nro 2023-0415 toteutus on viivästynyt. Milloin Vallilan kirjastopuiston valot asennetaan?",
    "Äänestys päättyy 31.10. klo 23.59. Voit äänestää oman alueesi ehdotuksia ja Koko Helsinki -ehdotuksia.",
    "Toivo on, että tämä menee läpi tällä kertaa. Rauha ja hiljaisuus Vanhankaupunginkoskella on arvokas asia.",
    "Aamu-uinti Kumpulan maauimalassa klo 6–8 myös viikonloppuisin, se olisi ihanaa. Ilta-aukiolo on jo pitkä.",
    "HJK:n ja PPJ:n juniorit pelaa samalla tekonurmella Pirkkolassa, tarvitaan toinen kenttä. Arvio 600 000 €.",
    "Paavo Nurmen patsaan ympäristö siistiksi ja Olympiastadionin puolelle lisää penkkejä.",
    "Lumi tulee joka vuosi tammikuussa ja latu Paloheinään ajetaan vasta helmikuussa. Lisää tykkilunta!",
    "Kannatan. Mutta 1,2 milj. € on liikaa Itäiselle alueelle, jonka koko budjetti on 1 080 000 €.",
    "Linja 55 kulkee liian harvoin Koskelasta, ei kuulu OmaStadiin mutta sanonpa silti.",
    "Ehdotus: Satutunnit kirjastoissa myös ruotsiksi, somaliksi ja arabiaksi. Satu on lapselle tärkeä.",
    "Alvar Aallon suunnittelemaa Kulttuuritaloa voisi hyödyntää enemmän, esim. ilmaiset konsertit kesällä.",
    "Koirapuisto Herttoniemeen Linnanrakentajantien varteen, lähelle metroasemaa. Alue on jo nyt koirien suosima.",
    "Tämä on sama ehdotus kuin viime vuonna (ID 1187), yhdistäkää ne!",
    "Onni on kun kirjasto on auki sunnuntaina. Ehdotan sunnuntaiaukioloa Malmin kirjastoon klo 12–16.",
    "Jäähalli Malmille tarvitaan, Jokerit ja Kiekko-Vantaa eivät tähän liity mutta junioreita on paljon. Arvio 3,5 M€ ylittää tosin rajan.",
    "Postinumeroalue 00940 eli Kontula ansaitsee jo jotain, ostari rapistuu silmissä.",
    "Marimekon tehtaan kohdalla Herttoniemessä kevyenliikenteen väylä on kapea. Ehdotan leventämistä.",
    "Mannerheimintien varteen lisää istutuksia välille Sibeliuksenkatu–Runeberginkatu.",
    "Toteutusvaihe: suunnittelu käynnissä 2025, rakentaminen kesällä 2026. Vastuu: kaupunkiympäristön toimiala.",
    "kesäkahvila Kaisaniemen puistoon!! ☕️ tai edes Alkon takana oleva nurmikko käyttöön",
    "Minna Canthin kadulle samanlainen pieni puisto kuin Hesperian puistossa? Nyt koko katu on pelkkää asfalttia.",
    "Teemu Pukki aloitti uransa KäPa:ssa, Käpylän kenttä kunnostettava kunnolla!",
    "Kustannusarvio tarkentui: 72 400 € (alv 0 %). Ehdotus siirtyy äänestykseen.",
    "Ehdotus hylätty: ei kaupungin toimivaltaa (Senaatti-kiinteistöjen maa-alue).",
    "Into oli kova kun ehdotus tehtiin, mutta mitään ei ole tapahtunut kahteen vuoteen.",
    "Valo- ja ääniteos Suvilahteen? Lux Helsinki on jo näyttänyt että valotaide toimii.",
    "Kallion Alppipuistoon lisää valoja, Linnanmäen takana on pimeää kun huvipuisto sulkeutuu klo 22.",
    "Helmi-maaliskuussa Tapanilan pururata on jäinen. Hiekoitus kuntoon!",
    "Ehdotuksen tilannetta voi seurata omastadi.hel.fi -sivulla hakusanalla 'kuntoportaat'.",
    "Keskinen suurpiiri: 9 ehdotusta äänestykseen, yhteensä 1 350 000 €.",
    "Mitä jos uusi koira-aitaus nimettäisiin Reksin mukaan, se oli Malmin tunnetuin koira 🐕 kaikki tunsi sen",
    "Ehdotan että uuden leikkipuiston nimeksi tulee Pikku-Myy, Tove Janssonin hahmon mukaan.",
    "Annankadulle ja Eerikinkadulle lisää pyöräparkkeja, Kampin kauppakeskuksen edessä ei mahdu pysäköimään.",
    "Ulkokuntosali 2024: toteutunut. Uudet laitteet Vuosaaren Kallahdenniemessä, hankinta 38 900 €.",
]

# ---------------------------------------------------------------------------
# Hand-written records, Swedish
# ---------------------------------------------------------------------------
SV_HAND = [
    # --- positives ---
    "Förslag: Utegym i Brunnsparken\nFörslagsställare: [[P:Mikaela Lindqvist]] och [[P:Johan Sjöberg]], Eira\nKostnadsuppskattning: 55 000 €",
    "Jag håller inte med [[P:Göran]]. Tove Janssons park behöver inte fler bänkar, den behöver mer grönska och skugga.",
    "Förslagsställare: Drumsö Hembygdsförening rf, ordförande [[P:Birgitta Holmström]], tfn [[T:040 552 7813]]",
    "Klass 4B i Cygnaeus lågstadieskola föreslår en klätterställning vid skolan. Lärare [[P:Annika Wikström]], [[E:annika.wikstrom@edu.hel.fi]]",
    "Hej! Jag heter [[P:Elsa]] och är 9 år. Jag vill ha en hundpark i Munksnäs så att min hund Totte kan springa. Mamma [[P:Lotta]] hjälpte mig skriva.",
    "Förslaget är till minne av [[P:Stig Nordling]] – [[P:Stigs]] bänk vid Sandvikens strand. Han badade där varje morgon året runt.",
    "Svar till [[P:Kristina Ekholm]]: jo, budgeten 120 000 € räcker enligt stadens uppskattning.",
    "[[P:Henrik]] skrev att det är onödigt. Nej [[P:Henrik]], det är inte onödigt, pensionärerna i Kottby behöver en plats att sitta.",
    "Kontaktperson: [[P:Ulla-Maj Grönroos]], [[A:Topeliusgatan 15 A 7]], 00250 Helsingfors",
    "Förslagsställare: [[P:Niklas]] & [[P:Ebba Fagerström]] samt grannarna på [[A:Kaptensgatan 4]]",
    "Jag stöder [[P:Majas]] förslag om bättre belysning i Kottby. /[[P:Peter]]",
    "Skickat från min iPad\n\nFrån: [[P:Carl-Johan Berg]] <[[E:cj.berg@kolumbus.fi]]>\nÄmne: förslag Vallgård\n\nHej, bifogar förslaget om parklek i Vallgård.",
    "Föreningen Arabiastrandens Gård rf genom sekreterare [[P:Hanna Blomqvist]] föreslår odlingslådor på gården mot Majstadsgatan.",
    "Om förslaget vinner, kan pengarna betalas direkt till föreningens konto [[I:FI67 7919 5329 0600 46]]? /[[P:Leif]], kassör",
    "Min farmor [[P:Rut Sundqvist]] inspirerade förslaget: en läsbänk vid Brändö bibliotek, '[[P:Ruts]] bänk'.",
    "Håller med [[P:Sten]]! Fler papperskorgar på Sandudd, det blåser skräp överallt.",
    "Förslag från klass 8C i Botby grundskola och lärare [[P:Mats Lindholm]]: en pumptrack i Östra centrum.",
    "Jag bor på [[A:Sjömansgatan 3 C 21]] och ser varje dag hur barnen leker på gatan. Vi behöver en lekpark! /[[P:Camilla Åberg]]",
    "Tack [[P:Bosse]] och [[P:Gunilla]] för hjälpen med namninsamlingen, vi fick 212 underskrifter!",
    "Förslagsställare: [[P:A. Heikel]], [[P:M. Heikel]], tel. [[T:+358 44 918 2205]]",
    "Jag är emot. Som [[P:Lindroos]] skrev redan i fjol: det finns ingen plats för en skatepark i Kronohagen.",
    "Kontakta mig gärna: [[P:Patrik Söderlund]], [[T:050 773 4016]], [[E:patrik.soderlund@gmail.com]]",
    "Kommentar av [[P:Sofia N.]]: bra förslag men varför inte i Hagnäs i stället?",
    "hej, jag och [[P:Wilma]] från 6A vill ha en basketkorg på skolgården i Kottby. vår lärare heter [[P:Jonas Eriksson]] och han tycker också att det är bra",
    # --- hard negatives ---
    "Förslag: Fler bänkar i Tove Janssons park och vid Sibeliusmonumentet. Uppskattad kostnad 18 000 €.",
    "Fler papperskorgar i Kekkosen puisto, där är det skräpigt efter varje helg.",
    "Omröstningen pågår 1.10–31.10. Alla invånare som fyllt 12 år får rösta.",
    "Bo i Vallgård är trevligt men parkerna behöver renoveras. Förslag: ny lekpark vid Vallgårdsvägen.",
    "HIFK:s juniorer och Kiffen delar samma konstgräsplan. Vi behöver en till, uppskattning 450 000 €.",
    "Topeliusparken i Tölö behöver nya bänkar, de gamla är trasiga sedan 2019.",
    "Förslag nr 2024-0112 har genomförts. Belysningen i Brunnsparken är nu klar.",
    "Runebergsstatyn på Esplanaden borde belysas bättre på vintern.",
    "Budgeten för Södra stordistriktet är 1 020 000 €. Fem förslag gick vidare till omröstningen.",
    "Sten och grus på cykelbanan längs Mechelingatan efter vintern, städning behövs i april.",
    "Stöder förslaget om ett utomhusgalleri i Eira, inspirerat av Helene Schjerfbecks porträtt.",
    "Svenska Teatern och Stockmann – området vid Esplanaden behöver fler cykelställ. 40 nya ställ à 250 €.",
]

# ---------------------------------------------------------------------------
# Hand-written records, English
# ---------------------------------------------------------------------------
EN_HAND = [
    # --- positives ---
    "Proposal: Community sauna in Vuosaari harbour area\nProposed by: [[P:Daniel Okafor]], [[P:Laura Nieminen]] and [[P:Marco Rossi]]\nEstimated cost: 150 000 €",
    "I disagree with [[P:Tom]] here. Tove Jansson Park is too small for a dog park, little kids play there.",
    "Hi, I'm [[P:Priya Raman]] from Kalasatama. Contact me at [[E:priya.raman@proton.me]] or [[T:+358 45 671 2093]] if you want to co-sign.",
    "This proposal is named after [[P:Grace Mbeki]], our neighbour who started the Meri-Rastila community garden. '[[P:Grace's]] Garden' would honour her.",
    "Proposed by class 6E of the English School with their teacher Ms. [[P:Helen Carter]]. We want a butterfly meadow next to the school yard.",
    "Replying to [[P:Aleksi]]: the 90 000 € budget is the city's estimate, not ours.",
    "Co-proposers: Helsinki International Parents Association, chair [[P:Yuki Tanaka]] ([[E:yuki.tanaka.hipa@gmail.com]])",
    "[[P:Mark]] is right, the lights along Baana are broken again.",
    "My daughter [[P:Hope]] (7) drew the picture attached. She wants a splash pad in Kalasatama 💦",
    "Key pickup for the workshop: [[A:Hämeentie 64 A 3]], ask for [[P:Ahmed]] at the door.",
    "I live at [[A:Lapinlahdenkatu 21 C 48]] and the park next to us is just gravel. Please support! – [[P:Olga Petrova]]",
    "Contact person: [[P:James O'Connor]], [[T:044 309 5571]]",
    "---------- Forwarded message ----------\nFrom: [[P:Sara Lindgren]] <[[E:sara.lindgren@iki.fi]]>\nTo: OmaStadi\nSubject: proposal - bouldering wall Myllypuro\n\nCould you add this to the Eastern district list?",
    "@[[P:Jukka Salonen]] fair point about maintenance, but Stara already maintains similar gyms in Kontula.",
    "Proposed by: Pasila Runners (chair [[P:Niina Vartiainen]]) and [[P:Ben Wright]]",
    "This is in memory of my husband [[P:Robert Lindfors]] – [[P:Bob]] loved that pier in Lauttasaari. A bench with a plaque saying '[[P:Bob's]] Bench' would mean the world to us. [[P:Carol Lindfors]]",
    "Sorry if I'm posting in the wrong place. My name is [[P:Mohamed Abdi]], I coach kids football in Jakomäki. Call [[T:040 228 6613]].",
    "Payment details for the association if needed: [[I:FI36 0270 6939 1940 55]], Kannelmäki Residents Assoc., treasurer [[P:Linda Hyvärinen]].",
    "Agree with [[P:Will]] and [[P:Sunny]] – more shade in Kaisaniemi park please.",
    "Submitted by [[P:Eva]] and [[P:Jon]] from Herttoniemi. We'd love a little free library near the metro.",
    "My car ([[R:KLT-307]]) got towed during the Malmi airfield event, so please add proper parking to this proposal.",
    "[[P:Chen Wei]] wrote: 'outdoor table tennis is useless in winter' – not true, people play outside Oodi even in March.",
    "Teacher [[P:Anna-Maria Koskinen]] and students of 9C, Pohjois-Haagan yhteiskoulu: [[P:Leo]], [[P:Amira]], [[P:Noah]], [[P:Venla]].",
    "thanks [[P:mikko]] for the tip, I updated the map pin to the right spot by the beach",
    # --- hard negatives ---
    "Proposal: More benches along Aleksis Kiven katu and in Topeliuksen puisto. Budget estimate 25 000 €.",
    "Will the city really build this? The last one (proposal #1042) took three years.",
    "Mark my words, the skate park in Kontula will be packed every summer.",
    "Voting is open until 31 October. Residents aged 12 and over can vote online at omastadi.hel.fi.",
    "Hope this passes! Kalasatama has zero splash pads and the summer heat in 2024 was brutal.",
    "Sibelius Park needs new bins, there's litter everywhere after Midsummer weekend.",
    "Kimi Räikkönen grew up in Espoo, so why not a karting track in Helsinki too? Half joking.",
    "The bill for this would be around 80 000 € according to the city's estimate.",
    "HSL bus 560 stops right next to the proposed location, so accessibility is fine.",
    "May and June are the best months for the community garden, make sure watering is arranged.",
    "Frank question: who maintains the sauna after Stara hands it over?",
    "Paavo Nurmi statue area and the Olympic Stadium surroundings deserve better lighting. Estimated 60 000 €.",
]

# ---------------------------------------------------------------------------
# Small generators (the remaining share of the block)
# ---------------------------------------------------------------------------
FI_FIRST = [("Matti", "Matin"), ("Liisa", "Liisan"), ("Juha", "Juhan"), ("Anne", "Annen"), ("Mikko", "Mikon"),
            ("Tiina", "Tiinan"), ("Timo", "Timon"), ("Sari", "Sarin"), ("Jari", "Jarin"), ("Päivi", "Päivin"),
            ("Antti", "Antin"), ("Kaisa", "Kaisan"), ("Ville", "Villen"), ("Noora", "Nooran"), ("Eero", "Eeron"),
            ("Heli", "Helin"), ("Aleksi", "Aleksin"), ("Milla", "Millan"), ("Janne", "Jannen"), ("Emmi", "Emmin"),
            ("Riku", "Rikun"), ("Salla", "Sallan"), ("Lauri", "Laurin"), ("Maija", "Maijan"), ("Kimmo", "Kimmon"),
            ("Henna", "Hennan"), ("Tuula", "Tuulan"), ("Ossi", "Ossin"), ("Ritva", "Ritvan"), ("Jouko", "Joukon")]
FI_LAST = [("Virtanen", "Virtasen"), ("Korhonen", "Korhosen"), ("Nieminen", "Niemisen"), ("Mäkinen", "Mäkisen"),
           ("Hämäläinen", "Hämäläisen"), ("Laine", "Laineen"), ("Heikkinen", "Heikkisen"), ("Koskinen", "Koskisen"),
           ("Järvinen", "Järvisen"), ("Lehtonen", "Lehtosen"), ("Salo", "Salon"), ("Turunen", "Turusen"),
           ("Rantanen", "Rantasen"), ("Pesonen", "Pesosen"), ("Lindholm", "Lindholmin"), ("Ahonen", "Ahosen"),
           ("Peltola", "Peltolan"), ("Huttunen", "Huttusen"), ("Väisänen", "Väisäsen"), ("Sundberg", "Sundbergin"),
           ("Kallio", "Kallion"), ("Manninen", "Mannisen"), ("Tuominen", "Tuomisen"), ("Nyström", "Nyströmin")]
SV_FIRST = ["Anders", "Maria", "Johan", "Karin", "Erik", "Sofia", "Mikael", "Emma", "Fredrik", "Linnea", "Henrik",
            "Ida", "Björn", "Sara", "Mattias", "Nina", "Kaj", "Ulrika", "Tomas", "Hedvig"]
SV_LAST = ["Lindström", "Nyberg", "Holmberg", "Wikström", "Forsman", "Ekman", "Grönlund", "Sandell", "Backman",
           "Westerholm", "Lundqvist", "Strandberg", "Öhman", "Björkqvist"]
EN_FIRST = ["Michael", "Sarah", "David", "Emily", "Ali", "Fatima", "Lucas", "Anna", "Daniel", "Olivia", "Raj",
            "Mei", "Tomás", "Julia", "Ivan", "Chloe", "Samuel", "Nadia"]
EN_LAST = ["Smith", "Johnson", "Brown", "Kowalski", "Nguyen", "Haddad", "Müller", "Silva", "Ivanova", "Murphy",
           "Okonkwo", "Garcia", "Patel", "Andersson"]

FI_STREETS = ["Mannerheimintie", "Hämeentie", "Mäkelänkatu", "Sturenkatu", "Fleminginkatu", "Kaarlenkatu",
              "Vironkatu", "Museokatu", "Runeberginkatu", "Kontulantie", "Myllypurontie", "Meri-Rastilan tie",
              "Vuotie", "Kallvikintie", "Kirkkoherrantie", "Kurkimäentie", "Pihlajamäentie", "Siltavoudintie",
              "Pakilantie", "Kannelmäentie", "Vihdintie", "Lauttasaarentie", "Otavantie", "Munkkiniemen puistotie",
              "Leppävaarankatu", "Tikkurilantie", "Myyrmäentie", "Kivikonkaari", "Kylänvanhimmantie",
              "Aleksis Kiven katu", "Topeliuksenkatu", "Annankatu", "Yrjönkatu"]
SV_STREETS = ["Mannerheimvägen", "Tavastvägen", "Sturegatan", "Fleminggatan", "Karlgatan", "Runebergsgatan",
              "Museigatan", "Drumsövägen", "Brändövägen", "Sandviksgatan", "Topeliusgatan", "Annegatan"]
EN_STREETS = FI_STREETS[:20]

FI_DISTRICT_GEN = [("Kontula", "Kontulan"), ("Malmi", "Malmin"), ("Kallio", "Kallion"), ("Vallila", "Vallilan"),
                   ("Herttoniemi", "Herttoniemen"), ("Myllypuro", "Myllypuron"), ("Pihlajamäki", "Pihlajamäen"),
                   ("Lauttasaari", "Lauttasaaren"), ("Munkkiniemi", "Munkkiniemen"), ("Tapanila", "Tapanilan"),
                   ("Puistola", "Puistolan"), ("Maunula", "Maunulan"), ("Oulunkylä", "Oulunkylän"),
                   ("Jakomäki", "Jakomäen"), ("Mellunmäki", "Mellunmäen"), ("Vuosaari", "Vuosaaren"),
                   ("Kannelmäki", "Kannelmäen"), ("Pasila", "Pasilan"), ("Kumpula", "Kumpulan"),
                   ("Laajasalo", "Laajasalon"), ("Itäkeskus", "Itäkeskuksen"), ("Pukinmäki", "Pukinmäen")]
FI_DISTRICTS = [d for d, _ in FI_DISTRICT_GEN]
SV_DISTRICTS = ["Kottby", "Munksnäs", "Drumsö", "Brändö", "Vallgård", "Berghäll", "Nordsjö", "Östersundom",
                "Kronohagen", "Tölö", "Hagnäs", "Gumtäkt", "Botby gård", "Degerö"]
PARKS_FI = ["Topeliuksen puisto", "Tove Janssonin puisto", "Sibeliuksen puisto", "Kekkosen puisto",
            "Alppipuisto", "Kaisaniemen puisto", "Hesperian puisto", "Karhupuisto", "Sinebrychoffin puisto",
            "Brahenkenttä", "Kaivopuisto", "Lenininpuisto"]
PARKS_SV = ["Tove Janssons park", "Sibeliusparken", "Topeliusparken", "Kajsaniemiparken", "Brunnsparken",
            "Esplanadparken", "Hesperiaparken", "Björnparken"]

FI_IDEAS = ["Ulkokuntosali", "Koira-aitaus", "Lisää penkkejä", "Valaistus ulkoilureitille", "Kesäkahvila",
            "Pumptrack-rata", "Frisbeegolfrata", "Kaupunkiviljelypalstat", "Talviuintipaikka", "Luistelukenttä",
            "Nuorten olohuone", "Ilmaiset kesäkonsertit", "Uimalaituri", "Pyöränkorjauspiste", "Grillikatos",
            "Esteetön kulku rantaan", "Lintutorni", "Kirjastokaappi", "Skeittiramppi", "Petanque-kenttä"]
FI_DESC = ["Alueella ei ole tällä hetkellä mitään vastaavaa ja lapsiperheitä on paljon.",
           "Nykyinen paikka on huonossa kunnossa ja sitä käyttää päivittäin kymmeniä ihmisiä.",
           "Tämä toisi nuorille tekemistä iltaisin, nyt ne hengaa ostarilla.",
           "Ikäihmiset tarvitsevat levähdyspaikkoja matkalla kauppaan.",
           "Naapurustossa on kysytty tätä jo vuosia, nimiä on kerätty yli sata.",
           "talvella tosi pimeetä ja liukasta, ei uskalla kulkea",
           "Toteutus olisi edullinen ja hyödyttäisi koko aluetta.",
           "Paikka on jo nyt suosittu, mutta varustelu puuttuu kokonaan."]
SV_IDEAS = ["Utegym", "Hundrastgård", "Fler bänkar", "Belysning längs motionsslingan", "Sommarkafé", "Pumptrack",
            "Frisbeegolfbana", "Odlingslådor", "Vinterbadplats", "Skridskobana", "Ungdomslokal", "Badbrygga"]
SV_DESC = ["Det finns inget liknande i området och många barnfamiljer bor här.",
           "Den nuvarande platsen är i dåligt skick men används dagligen.",
           "Ungdomarna behöver något att göra på kvällarna.",
           "Äldre invånare behöver ställen att vila på vägen till butiken.",
           "Vi har samlat över hundra namn för förslaget."]
EN_IDEAS = ["Outdoor gym", "Dog park", "More benches", "Lighting for the jogging trail", "Summer café",
            "Pump track", "Disc golf course", "Community garden plots", "Winter swimming spot", "Ice rink",
            "Youth hangout space", "Swimming pier", "Bike repair station"]
EN_DESC = ["There is nothing like this in the area and lots of families with kids live here.",
           "The current spot is in bad shape but people use it every day.",
           "Teenagers need something to do in the evenings.",
           "Older residents need places to rest on the way to the shops.",
           "We've collected over a hundred signatures from neighbours."]

FAMOUS_FI = ["Jean Sibelius", "Urho Kekkonen", "Tove Jansson", "Aleksis Kivi", "Alvar Aalto", "Minna Canth",
             "Paavo Nurmi", "Armi Ratia", "Lasse Virén", "Tarja Halonen", "Mauno Koivisto", "Helene Schjerfbeck",
             "Zacharias Topelius", "Jari Litmanen", "Eino Leino"]
CLUBS = ["HJK", "HIFK", "Jokerit", "PPJ", "FC Viikingit", "KäPa", "Kiffen", "HPS", "Helsingin NMKY", "Puotinkylän Valtti"]
BRANDS = ["HSL", "Stara", "K-Citymarket", "Lidl", "Fazer", "Marimekko", "Finnair", "Helen", "Elisa", "Posti",
          "Clas Ohlson", "Alko", "Prisma"]
SHOPS = ["K-Citymarket", "Lidl", "Alko", "Prisma", "Clas Ohlson", "R-kioski", "S-market", "Tokmanni"]
REGIONS_FI = ["Keskinen", "Itäinen", "Kaakkoinen", "Pohjoinen", "Koillinen", "Läntinen", "Eteläinen"]
STATUS_FI = ["suunnittelussa", "toteutettu", "ei toteutettu", "äänestyksessä", "kustannusarviointi käynnissä"]


def _ascii(s):
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a"), ("Ä", "A"), ("Ö", "O"), ("Å", "A"), ("ü", "u"),
                 ("á", "a"), ("é", "e"), ("'", ""), (" ", "")):
        s = s.replace(a, b)
    return s.lower()


def _phone(rng, intl_cc="358"):
    pre = rng.choice(["040", "041", "044", "045", "050", "046", "0400"])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(7 if pre != "0400" else 6))
    style = rng.randint(0, 4)
    if style == 0:
        return "%s %s %s" % (pre, digits[:3], digits[3:])
    if style == 1:
        return pre + digits
    if style == 2:
        return "+%s %s %s %s" % (intl_cc, pre[1:], digits[:3], digits[3:])
    if style == 3:
        return "%s-%s" % (pre, digits)
    return "+%s%s%s" % (intl_cc, pre[1:], digits)


def _email(rng, first, last):
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "kolumbus.fi", "elisanet.fi", "luukku.com",
                      "iki.fi", "yahoo.com", "welho.com"])
    f, l = _ascii(first), _ascii(last)
    style = rng.randint(0, 3)
    if style == 0:
        local = "%s.%s" % (f, l)
    elif style == 1:
        local = "%s%s" % (f[0], l)
    elif style == 2:
        local = "%s.%s%d" % (f, l, rng.randint(60, 99))
    else:
        local = "%s_%s" % (f, l[:4])
    return "%s@%s" % (local, dom)


def _addr(rng, streets):
    s = "%s %d" % (rng.choice(streets), rng.randint(1, 90))
    r = rng.random()
    if r < 0.45:
        s += " %s %d" % (rng.choice("ABCDEF"), rng.randint(1, 60))
    elif r < 0.6:
        s += " as %d" % rng.randint(1, 30)
    elif r < 0.7:
        s += rng.choice("abc")
    return s


def _amount(rng):
    v = rng.choice([8, 12, 15, 20, 25, 30, 35, 45, 50, 60, 75, 90, 120, 150, 200, 280, 350]) * 1000
    style = rng.randint(0, 3)
    if style == 0:
        return "{:,} €".format(v).replace(",", " ")
    if style == 1:
        return "%d e" % v
    if style == 2:
        return "%d 000 euroa" % (v // 1000)
    return "%d t€" % (v // 1000)


def _fi_person(rng):
    f = rng.choice(FI_FIRST)
    l = rng.choice(FI_LAST)
    return f, l


def _gen_fi_proposal(rng, k):
    (fn, fg), (ln, lg) = _fi_person(rng)
    full = "%s %s" % (fn, ln)
    idea = rng.choice(FI_IDEAS)
    dist, dgen = rng.choice(FI_DISTRICT_GEN)
    desc = " ".join(rng.sample(FI_DESC, rng.randint(1, 2)))
    amt = _amount(rng)
    t = k % 8
    if t == 0:
        (f2, _), (l2, _) = _fi_person(rng)
        (f3, _), _ = _fi_person(rng)
        return "Ehdotus: %s (%s)\n%s\nEhdottajat: [[P:%s]], [[P:%s %s]] ja [[P:%s]]\nBudjetti: %s" % (
            idea, dist, desc, full, f2, l2, f3, amt)
    if t == 1:
        return "%s – %s\n\n%s Kustannusarvio noin %s.\n\nYhteyshenkilö: [[P:%s]], [[T:%s]]" % (
            idea, dist, desc, amt, full, _phone(rng))
    if t == 2:
        return "Ehdottaja: [[P:%s]], %s\nSähköposti: [[E:%s]]\nKuvaus: %s" % (
            full, dist, _email(rng, fn, ln), desc)
    if t == 3:
        return "%s %s\n\nt. [[P:%s]]\n[[T:%s]]" % (idea + " " + dist + "!", desc, fn, _phone(rng))
    if t == 4:
        assoc = rng.choice(["%sn Omakotiyhdistys ry", "%s-Seura ry", "%sn asukasyhdistys", "%sn Eläkeläiset ry",
                            "%sn kyläyhdistys"]) % dgen[:-1]
        return "Ehdottaja: %s, puheenjohtaja [[P:%s]].\n%s: %s Arvio %s." % (assoc, full, idea, desc, amt)
    if t == 5:
        cls = "%d%s" % (rng.randint(1, 9), rng.choice("ABCDE"))
        (kf, _), _ = _fi_person(rng)
        return "Ehdotus %s koulusta, luokka %s. Opettaja [[P:%s]]. Meidän toive: %s. %s Luokan puolesta [[P:%s]]" % (
            dgen, cls, full, idea.lower(), desc, kf)
    if t == 6:
        pc = rng.choice(["00940", "00920", "00700", "00610", "00530", "00200", "00980", "00420"])
        return "Asun osoitteessa [[A:%s]], %s Helsinki. %s (%s). %s -[[P:%s]]" % (
            _addr(rng, FI_STREETS), pc, idea, dist, desc, full)
    return "Ehdotus '%s %s' on [[P:%s]] ja [[P:%s %s]] tekemä.\n%s Yhteydenotot [[E:%s]] tai [[T:%s]]" % (
        idea, dist, fg, rng.choice(FI_FIRST)[0], lg, desc,
        _email(rng, fn, ln), _phone(rng))


FI_REASONS = ["Raha kannattaa käyttää johonkin muuhun.", "Ylläpito maksaa liikaa.",
              "Paikka on liian lähellä asuntoja, tulee meteliä.", "Tätä on toivottu pitkään.",
              "Lapset tarvitsee tällaisia paikkoja.", "Ei ole tarpeellinen tällä alueella."]


def _gen_fi_comment(rng, k):
    (fn, fg), (ln, lg) = _fi_person(rng)
    (f2, _), _ = _fi_person(rng)
    reason = rng.choice(FI_REASONS)
    t = k % 6
    if t == 0:
        return "Kannatan [[P:%s]] ehdotusta! %s" % (fg, reason)
    if t == 1:
        return "Eri mieltä [[P:%s]] kanssa. %s -[[P:%s]]" % (fg, reason, f2)
    if t == 2:
        return "[[P:%s %s]] kirjoitti:\n> %s\n\nNo ei kyllä pidä paikkaansa. t. [[P:%s]]" % (
            fn, ln, reason, f2)
    if t == 3:
        return "@[[P:%s %s]] %s" % (fn, ln, reason.lower())
    if t == 4:
        return "Vastauksena [[P:%s %s]] kommenttiin: %s" % (fn, lg, reason)
    return "Samaa mieltä kuin [[P:%s]] ja [[P:%s]]. %s" % (fn, f2, reason)


def _gen_fi_negative(rng, k):
    idea = rng.choice(FI_IDEAS)
    dist = rng.choice(FI_DISTRICTS)
    park = rng.choice(PARKS_FI)
    amt = _amount(rng)
    year = rng.randint(2019, 2027)
    t = k % 9
    if t == 0:
        return "%s, %s: kustannusarvio %s, toteutus %d." % (idea, dist, amt, year)
    if t == 1:
        return "Ehdotus #%d: %s. Sijainti %s. Tila: %s." % (rng.randint(100, 2999), idea, park,
                                                             rng.choice(STATUS_FI))
    if t == 2:
        fam = rng.choice(FAMOUS_FI)
        return "%s -aiheinen taideteos %s? Hieno ajatus, %s on kaikille tuttu. Hinta-arvio %s." % (
            fam, park.replace("puisto", "puistoon").replace("aukio", "aukiolle").replace("kenttä", "kentälle"),
            fam, amt)
    if t == 3:
        club = rng.choice(CLUBS)
        return "%s -seuran juniorit tarvitsevat uuden kentän %s suurpiirin alueelle. Arvio %s, käyttöön %d." % (
            club, rng.choice(REGIONS_FI)[:-4] + "isen", amt, year)
    if t == 4:
        return "%s suurpiirin budjetti %d: %s. Äänestykseen %d ehdotusta." % (
            rng.choice(REGIONS_FI)[:-4] + "isen", year, amt, rng.randint(4, 15))
    if t == 5:
        brand = rng.choice(SHOPS)
        return "%s %s: %s-myymälän edessä ei ole penkkejä eikä roskiksia. %s" % (
            idea, dist, brand, rng.choice(FI_DESC))
    if t == 6:
        return "Aukioloajat kesällä ma–pe %d–%d, la %d–%d. Ehdotus: %s myös sunnuntaisin, %s." % (
            rng.randint(7, 10), rng.randint(18, 21), rng.randint(9, 11), rng.randint(15, 18), idea.lower(), dist)
    if t == 7:
        return "%s toteutui %d, kiitos kaikille äänestäjille! Seuraava kierros alkaa syksyllä %d." % (
            idea, year, year + 1)
    return "%s kuntoon! %s Bussi %d kulkee ohi, pysäkki on ihan vieressä." % (
        park, rng.choice(FI_DESC), rng.choice([55, 56, 57, 70, 75, 78, 79, 90, 92, 94, 97, 502, 550, 560]))


def _gen_sv_proposal(rng, k):
    fn, ln = rng.choice(SV_FIRST), rng.choice(SV_LAST)
    idea, dist = rng.choice(SV_IDEAS), rng.choice(SV_DISTRICTS)
    desc = rng.choice(SV_DESC)
    amt = _amount(rng).replace("euroa", "euro")
    t = k % 4
    if t == 0:
        f2, l2 = rng.choice(SV_FIRST), rng.choice(SV_LAST)
        return "Förslag: %s i %s\nFörslagsställare: [[P:%s %s]] och [[P:%s %s]]\n%s Kostnad ca %s." % (
            idea, dist, fn, ln, f2, l2, desc, amt)
    if t == 1:
        return "%s i %s. %s\nKontakt: [[P:%s %s]], [[E:%s]]" % (idea, dist, desc, fn, ln, _email(rng, fn, ln))
    if t == 2:
        return "Jag bor på [[A:%s]] i %s. %s %s behövs! /[[P:%s]] [[T:%s]]" % (
            _addr(rng, SV_STREETS), dist, desc, idea, fn, _phone(rng))
    return "Förening: %s hembygdsförening rf, ordförande [[P:%s %s]]. Förslag: %s. %s" % (
        dist, fn, ln, idea.lower(), desc)


def _gen_sv_comment(rng, k):
    fn, ln = rng.choice(SV_FIRST), rng.choice(SV_LAST)
    f2 = rng.choice(SV_FIRST)
    t = k % 3
    if t == 0:
        return "Håller med [[P:%s]]! %s" % (fn, rng.choice(SV_DESC))
    if t == 1:
        return "Svar till [[P:%s %s]]: nej, budgeten räcker inte. /[[P:%s]]" % (fn, ln, f2)
    return "Jag stöder [[P:%s]] förslag, men kostnaden borde kontrolleras." % (fn + "s" if not fn.endswith("s") else fn)


def _sv_gen(name):
    return name if name.endswith("s") else name + "s"


def _gen_sv_negative(rng, k):
    idea, dist, park = rng.choice(SV_IDEAS), rng.choice(SV_DISTRICTS), rng.choice(PARKS_SV)
    t = k % 3
    if t == 0:
        return "%s i %s – kostnadsuppskattning %d 000 €, genomförs %d." % (
            idea, park, rng.randint(10, 300), rng.randint(2022, 2027))
    if t == 1:
        return "Förslag nr %d (%s): %s. Status: genomfört." % (rng.randint(100, 2999), dist, idea)
    return "%s vid %s, lite som i %s. Öppet %d–%d alla dagar." % (
        idea, park, _sv_gen(rng.choice(FAMOUS_FI)) + " anda", rng.randint(7, 10), rng.randint(18, 22))


def _gen_en_proposal(rng, k):
    fn, ln = rng.choice(EN_FIRST), rng.choice(EN_LAST)
    idea, dist = rng.choice(EN_IDEAS), rng.choice(FI_DISTRICTS)
    desc = rng.choice(EN_DESC)
    amt = "%d 000 €" % rng.randint(10, 250)
    t = k % 4
    if t == 0:
        f2 = rng.choice(EN_FIRST)
        return "Proposal: %s in %s\nProposed by: [[P:%s %s]] and [[P:%s]]\n%s Estimated cost %s." % (
            idea, dist, fn, ln, f2, desc, amt)
    if t == 1:
        return "%s for %s! %s Reach me at [[E:%s]] / [[T:%s]] – [[P:%s]]" % (
            idea, dist, desc, _email(rng, fn, ln), _phone(rng), fn)
    if t == 2:
        return "I live at [[A:%s]] in %s. %s We need this: %s. [[P:%s %s]]" % (
            _addr(rng, EN_STREETS), dist, desc, idea.lower(), fn, ln)
    return "Submitted on behalf of the %s residents' association by chair [[P:%s %s]]. %s: %s" % (
        dist, fn, ln, idea, desc)


def _gen_en_comment(rng, k):
    fn, ln = rng.choice(EN_FIRST), rng.choice(EN_LAST)
    t = k % 3
    if t == 0:
        return "I agree with [[P:%s]], this is long overdue in our area." % fn
    if t == 1:
        return "@[[P:%s %s]] the budget estimate already includes maintenance, check the city's note." % (fn, ln)
    return "Not convinced by [[P:%s's]] argument, the location is too far from the metro." % fn


def _gen_en_negative(rng, k):
    idea, dist, park = rng.choice(EN_IDEAS), rng.choice(FI_DISTRICTS), rng.choice(PARKS_FI)
    t = k % 3
    if t == 0:
        return "%s near %s, estimated %d 000 €, to be built in %d." % (
            idea, park, rng.randint(10, 300), rng.randint(2022, 2027))
    if t == 1:
        return "Proposal #%d (%s): %s. Status: %s." % (
            rng.randint(100, 2999), dist, idea, rng.choice(["implemented", "in planning", "not feasible"]))
    return "%s in %s – %s fans would love it, %s home games are packed." % (
        idea, dist, rng.choice(CLUBS), rng.choice(CLUBS))


def _generated(rng):
    out = []
    for k in range(22):
        out.append(("fi", _gen_fi_proposal(rng, k)))
    for k in range(15):
        out.append(("fi", _gen_fi_comment(rng, k)))
    for k in range(18):
        out.append(("fi", _gen_fi_negative(rng, k)))
    for k in range(6):
        out.append(("sv", _gen_sv_proposal(rng, k)))
    for k in range(5):
        out.append(("sv", _gen_sv_comment(rng, k)))
    for k in range(6):
        out.append(("sv", _gen_sv_negative(rng, k)))
    for k in range(6):
        out.append(("en", _gen_en_proposal(rng, k)))
    for k in range(5):
        out.append(("en", _gen_en_comment(rng, k)))
    for k in range(6):
        out.append(("en", _gen_en_negative(rng, k)))
    return out


def records():
    rng = random.Random(SEED)
    out = [("fi", t) for t in FI_HAND]
    out += [("sv", t) for t in SV_HAND]
    out += [("en", t) for t in EN_HAND]
    out += _generated(rng)
    return out
