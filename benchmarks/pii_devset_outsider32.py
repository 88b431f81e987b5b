"""Blind evaluation block 32 for the personal-data scrubber.

Written by helper "outsider 32" on 2026-12-07.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/,
/work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py
file, or /work/scratch/ (apart from the brief I was given). I ran no git commands and did not run the
scrubber or any evaluation. The texts come only from the brief and from my own knowledge of how people
write.

Focus: Finnish (about 60 %) and Swedish (about 40 %) messages from all four sources (Open311 feedback,
Kerrokantasi comments, OmaStadi proposals and comments, Varaamo booking notes) in which people are named
the way older residents, parents and pensioners write: role word plus name ("naapurin rouva Virtanen",
"grannen Ulla-Britt", "vår dotter Ebba", "poikani Eetu (7 v)"), name-plus-kinship compounds
("Liisa-tätini", "Armas-setä"), surnames alone or in the genitive as people call neighbours
("Nieminen alakerrasta", "Hirvosen Eila", "Lindholms hund"), first names that are also ordinary words
(Tuuli, Satu, Aamu, Onni, Lumi, Toivo, Armas, Rauha, Taimi, Usva; Björn, Sten, Ros, Linnea, Bo, Dag,
Stig, Sol, Saga), old-fashioned letters with full addresses, phone numbers, HETUs and bank accounts,
lists of signatories, and staff thanked by first name in case forms ("kiitos Kaisalle ja Pekalle").
About a third are hard negatives: the same words used as ordinary words (tuuli, lumi, toivon, onneksi,
ros och ris, stigen, bor, dag, saga), streets and places named after people (Liisankatu, Annankatu,
Yrjönkatu, Kaisaniemi, Tapanila, Kustaankartano, Runebergsgatan, Annegatan), famous people, brands,
pets, opening hours, prices, bus lines and reference numbers.

Seed: 3232. About 170 records are written by hand; the rest come from small generators below that use
random.Random(SEED) only.

Markup: `[[LABEL:text]]` around each piece of personal data. P = a person's name (first name, surname,
full name, nickname, initials joined to a name; Finnish case endings and Swedish genitive -s inside the
span; role words and titles such as rouva, naapuri, vahtimestari, fru, grannen stay outside). E = e-mail,
T = phone number, H = Finnish personal identity code, I = IBAN / bank account, R = licence plate,
IP = IP address, A = street address with a house number (street + number + staircase + flat; postal code
and city stay outside; a street without a number is not marked). Famous people and the names of streets,
parks, buildings, schools and brands are not marked.
"""

import random

SEED = 3232

HAND_FI = [
    # --- Open311 feedback ---------------------------------------------------
    "Hei, alakerran [[P:Nieminen]] on taas jättänyt roskapussit porraskäytävään ja niistä valuu jotain. "
    "olen soittanut isännöitsijälle mutta ei mitään tapahdu. Asun osoitteessa [[A:Kivihaantie 5 B 21]], "
    "00310 Helsinki. t. [[P:Irma Lahtinen]] p. [[T:040 718 2264]]",

    "Naapurin rouva [[P:Virtanen]] liukastui eilen Ruusulankadun ja Töölönkadun kulmassa, hiekoitusta ei ole "
    "ollut koko viikkona. Hän on 84-vuotias ja nyt ranne kipsissä. Tehkää jotain ennenkuin joku lyö päänsä.",

    "Lumi on aurattu taas kaikki jalkakäytävän päälle Mäkelänkadulla, bussipysäkille (linja 55) ei pääse "
    "rollaattorin kanssa. Sama juttu joka talvi.",

    "Helsingin kaupunki\nKaupunkiympäristön toimiala\n\nAsia: Puiden kaataminen pihaltamme\n\nArvoisa "
    "vastaanottaja,\n\nPyydän kohteliaimmin selvitystä siihen, miksi talomme edustalta Pihlajatiellä "
    "kaadettiin kolme vanhaa koivua ilman ennakkoilmoitusta. Puut oli istuttanut aikanaan edesmennyt "
    "mieheni [[P:Armas]] yhdessä naapurimme [[P:Toivo Salmisen]] kanssa vuonna 1962.\n\nKunnioittavasti\n\n"
    "[[P:Aili Kettunen]]\n[[A:Pihlajatie 31 A 4]]\n00270 Helsinki\npuh. [[T:09 477 2318]]",

    "Tyttäreni [[P:Tuuli]] (9 v) ja hänen kaverinsa pelästyivät irtokoiraa Paloheinän ulkoilumajan luona. "
    "Koira oli iso musta, omistaja huuteli vaan että ei se tee mitään. Kyllä tekee kun hyppää lapsen päälle!!",

    "Tuuli on kaatanut ison kuusen Keskuspuiston polulle Paloheinän ja Pirkkolan välillä, n. 200 m "
    "urheilupuistosta pohjoiseen. Polku on täysin tukossa.",

    "Kiitos [[P:Kaisalle]] ja [[P:Pekalle]] Itäkeskuksen uimahallin kassalla, auttoivat äitiäni kun hänen "
    "sarjakorttinsa ei toiminut ja hän oli ihan hädissään. Harvinaisen ystävällistä palvelua \U0001F64F",

    "Kaisaniemen puistossa on valot olleet pimeänä jo kolme viikkoa, kävelytie Kaisaniemenkadulta "
    "kasvitieteelliselle puutarhalle on ihan pimeä klo 16 jälkeen. Tuntuu turvattomalta.",

    "Vahtimestari [[P:Kalle]] Malmin kirjastossa ansaitsee kiitoksen, hän kantoi isäni rollaattorin portaat "
    "ylös kun hissi oli rikki. Hissi on ollut rikki jo 12.11. lähtien, milloin korjataan?",

    "Meidän kotihoitajamme [[P:Irina]] ei pysty pysäköimään kun kadun varsi on täynnä lunta. Hän sai tänään "
    "sakon vaikka oli vaan 20 min asiakkaan luona. Auto on [[R:KXP-318]]. Voisiko tätä mitenkään katsoa? "
    "Terveisin [[P:Helvi Mattila]], [[A:Siltavoudintie 14 C 36]]",

    "Oulunkylän kirjasto on auki ma–to 10–20, pe 10–16, la 10–16 mutta ovessa lukee eri ajat. Kumpi pitää "
    "paikkansa? Palautteen numero 2025-014872 jäi ilman vastausta.",

    "[[P:Hirvosen Eila]] kolmannesta kerroksesta pyysi minua kirjoittamaan, kun hänellä ei ole tietokonetta. "
    "Pihan valaisin on rikki ja hän on kaatunut kaksi kertaa. Osoite on [[A:Kontulankaari 7 D 58]]. "
    "Yhteydenotot minulle [[T:050 331 7602]], [[P:Pirjo]] (tytär).",

    "poikani [[P:Eetu]] (7 v) kaatui pyörällä Vuosaaren uimarannan lähellä kun asfaltissa on iso monttu "
    "keskellä pyörätietä. Kuvat liitteenä. Monttu on Kallvikintien ja Meri-Rastilan tien risteyksen kohdalla.",

    "Onneksi kukaan ei loukkaantunut mutta Kallvikintien suojatien valo näyttää vihreää molempiin suuntiin "
    "yhtä aikaa. Klo 7.45 tänään. Bussi 90 oli melkein ajaa jalankulkijan päälle.",

    "Hei! Olen [[P:Satu]], asun [[A:Vaasankatu 19 A 7]]:ssa. Roskakatos on taas auki ja rotat juoksee "
    "pihalla. Olen ilmoittanut tästä jo keväällä (viite HEL-2025-004411). Sähköposti "
    "[[E:satu.k.niemela@gmail.com]]",

    "Satutunti Kallion kirjastossa on siirretty tiistaista torstaihin, mutta nettisivuilla lukee vielä "
    "tiistai klo 10. Meni aamu hukkaan kun tultiin turhaan.",

    "Aamu-uinti Yrjönkadun uimahallissa on kallistunut 7,50 eurosta 8,20 euroon, eläkeläisalennus ei koske "
    "enää klo 6.30–9 vuoroa. Miksi?",

    "[[P:Armas]]-setä ei enää uskalla mennä Hakaniemen torille kun siellä on työmaa-aitoja joka puolella ja "
    "kulkureitti vaihtuu viikoittain. Hän on 91 ja kävelee kepin kanssa. Voisiko reitit merkitä selvemmin?",

    "Ilmoitan että [[P:Lindqvistin]] koira (semmoinen pieni valkoinen, Nappi nimeltään) haukkuu parvekkeella "
    "koko päivän kun omistajat on töissä. Asunto [[A:Kadetintie 6 A 12]]. En halua riitaa naapurin kanssa "
    "mutta en jaksa enää. [[P:E. Heinonen]]",

    "Kissamme Mirri on kadonnut Herttoniemenrannasta, harmaa-valkoinen, sininen panta. Jos joku on nähnyt, "
    "ilmoittakaa eläinlöytötaloon. Kiitos.",

    "---------- Välitetty viesti ----------\nLähettäjä: [[P:Raili Koskinen]] "
    "<[[E:raili.koskinen@saunalahti.fi]]>\nPäivä: 3.12.2025 klo 9.14\nAihe: Pysäkin katos\n\nHyvä "
    "[[P:Marjatta]], voisitko laittaa tämän eteenpäin kaupungille kun sinä osaat. Linjan 69 pysäkillä "
    "Käskynhaltijantiellä ei ole ollut katosta sen jälkeen kun joku ajoi siihen autolla. Me vanhat seistään "
    "sateessa. t. [[P:Raili]]",

    # --- Kerrokantasi --------------------------------------------------------
    "Asun Pukinmäessä 40 vuotta ja muistan kun tässä oli vielä peltoa. 8-kerroksiset talot eivät sovi tähän "
    "ympäristöön. Puistosta ei saa tehdä parkkipaikkaa.",

    "Vastaus [[P:Pentti J.]]:lle: olen samaa mieltä, mutta ei pidä unohtaa että nuoret perheet tarvitsee "
    "asuntoja. Meidänkin [[P:Onni]] ja [[P:Lumi]] muuttivat Keravalle kun täältä ei löytynyt kolmiota alle "
    "400 000 eurolla.",

    "Toivon että Meilahden puistoon jätetään edes osa vanhoista tammista. Ne on istutettu jo 1800-luvulla "
    "ja niissä pesii lepakoita.",

    "Vastaus [[P:Rauhalle]]: en ymmärrä miksi pyöräilijät pitäisi siirtää ajoradalle. Itse olen 76 ja "
    "pyöräilen Mannerheimintiellä päivittäin eikä ole sattunut mitään.",

    "Rauhaa ja hiljaisuutta kaivataan Kumpulan siirtolapuutarhan viereen, ei uutta tapahtuma-areenaa. "
    "Kesällä jo nyt maauimalan musiikki kuuluu klo 22 asti.",

    "Kirjoitan tämän myös naapurini [[P:Sulo Räsäsen]] puolesta, joka ei itse osaa käyttää nettiä: "
    "vastustamme Pohjois-Haagan ostoskeskuksen purkamista. Siellä on ainoa apteekki ja pankkiautomaatti "
    "kävelymatkan päässä.",

    "Sibeliuksen puiston penkit ovat niin matalia ettei niistä pääse ylös ilman apua. Kun suunnitelmassa "
    "puhutaan esteettömyydestä, niin toivoisin käsinojia. Sibelius-monumentin luona on sentään yksi hyvä penkki.",

    "Meidän kerhossa (Maunulan eläkeläiset ry) keskusteltiin ehdotuksesta ja olemme yksimielisiä: Maunulan "
    "majan on säilyttävä.\nAllekirjoittaneet:\n[[P:Lempi Oksanen]]\n[[P:Veikko Oksanen]]\n"
    "[[P:Tyyne Hakala]]\n[[P:Sirkka-Liisa Nurmi]]\n[[P:Oiva Laaksonen]]\n[[P:Kerttu Vainio]]\n"
    "yhteyshenkilö [[P:Kerttu Vainio]], [[T:044 502 8813]]",

    "Martat järjestävät Maunula-talossa perjantaisin klo 13 puuroaamupäivän ja tila on aina liian pieni. "
    "Kaavassa pitäisi huomioida järjestöjen tilat, Maunula-talo on jo nyt täynnä.",

    "Äitini [[P:Taimi]] (88) asuu palvelutalossa Kustaankartanossa ja haluaisi päästä kesällä puistoon, mutta "
    "uusissa suunnitelmissa polku muuttuu soraksi. Rollaattori ei kulje sorassa. Kustaankartanon puisto on "
    "hänen ainoa ulkoilupaikkansa.",

    "Taimet joita istutettiin Arabianrantaan viime keväänä ovat kaikki kuolleet, kukaan ei kastellut niitä "
    "kesällä. OmaStadi-rahat hukkaan.",

    "Hyvä [[P:Oskari Lehtinen]], kiitos vastauksestasi 28.11. Olen kuitenkin edelleen sitä mieltä, että "
    "Kivikon pyöräreitti on vaarallinen lapsille. Tyttäremme [[P:Aamu]] (11) joutuu kulkemaan siitä joka "
    "päivä kouluun.",

    "Aamulla klo 8 Kivikonlaidan ja Kontulantien risteyksessä oli taas ruuhka, kun koululaiset ja "
    "pikaratikka 15 kulkevat samaan aikaan.",

    # --- OmaStadi ------------------------------------------------------------
    "Ehdotus: penkkejä Vanhankaupunginlahden lintutornin reitille. Ehdottaja [[P:Veli-Matti Koivisto]] "
    "yhdessä vaimoni [[P:Orvokin]] kanssa. Kävelemme siellä joka aamu ja 3 km matkalla ei ole yhtään penkkiä.",

    "Orvokit ja kielot kukkivat keväällä Tuomarinkylän kartanon puistossa — ehdotan että niittyä ei niitetä "
    "ennen juhannusta. Myös perhoset kiittäisivät.",

    "Hyvä idea [[P:Helmi]]! Meidän taloyhtiön mummot tulisivat varmasti mukaan. Minä voin kysyä vielä "
    "[[P:Siiri Lundelliltä]], hän on ollut kuoronjohtaja.",

    "Helmikuussa pidetty asukastilaisuus Myllypuron mediakirjastossa oli hyvä, mutta ehdotukset pitäisi "
    "voida jättää myös paperilla. Kaikki eivät osaa nettiä.",

    "Ehdotan ulkokuntosalia Kontulan ostarin taakse. Meillä on eläkeläisten jumppa tiistaisin, vetäjä "
    "[[P:Lahja Pulkkinen]] on jo kysellyt paikkaa. Yhteystiedot: [[P:Lahja]] [[T:045 612 0937]] tai "
    "[[E:lahja.pulkkinen@luukku.com]]",

    # --- Varaamo -------------------------------------------------------------
    "Varaaja: [[P:Ritva Saarinen]] (Tapanilan Marttayhdistys). Avaimet noutaa [[P:Ritvan]] mies "
    "[[P:Reino]], puh. [[T:040 880 1245]]. Tilaisuus: joulumyyjäiset 14.12. klo 10–14, Malmitalon aula.",

    "Varaus 12.1.2026 klo 17–19, Kalasataman kirjaston monitoimitila. 12 henkeä, kahvinkeitin tarvitaan. "
    "Varausnumero 3318207.",

    "Hei, tyttäreni [[P:Linnea]] synttärit (6 v) olisi tarkoitus pitää Vuosaaren nuorisotalolla la 17.1. "
    "Voiko tilaan tuoda oman kakun? Vastaukset [[E:j.ahonen78@hotmail.com]] tai [[T:0400 559 203]]. "
    "[[P:Johanna Ahonen]]",

    "Saunan varaus peruttu 23.12. Vahtimestarille tiedoksi: avain palautettu postiluukkuun.",

    "Bändikämppä Kallion nuorisotalolla. Avaimen hakee [[P:Onni]] (15 v), vastuuaikuisena isä "
    "[[P:Jarmo Räty]] [[T:+358 50 447 9012]].",

    "Onni onnettomuudessa ettei kukaan ollut uimahallin saunassa kun lauteet romahti Itäkeskuksessa eilen "
    "klo 18 aikaan. Pitäisikö kaikki lauteet tarkistaa?",
]

HAND_FI += [
    # --- old-fashioned letters and longer complaints ------------------------
    "Helsingin kaupunki, Kirjaamo\n\nAsia: oikaisuvaatimus pysäköintivirhemaksuun\n\nMinä "
    "[[P:Toivo Armas Kinnunen]], syntynyt 13.10.1938, henkilötunnus [[H:131038-2145]], pyydän oikaisua "
    "pysäköintivirhemaksuun nro 4402718833. Autoni [[R:BEJ-204]] oli invapaikalla ja "
    "invalidipysäköintilupa oli tuulilasissa, mutta se oli ilmeisesti pudonnut. Liitteenä kopio luvasta.\n\n"
    "Palautus tililleni [[I:FI81 2914 1777 6317 06]].\n\n[[P:Toivo Kinnunen]]\n"
    "[[A:Kylänvanhimmantie 22 B 9]]\n00640 Helsinki\n[[T:09 728 4419]]",

    "Soitin jo kolme kertaa palvelunumeroon. Asia koskee äitiäni [[P:Kaarina Hyvöstä]] "
    "([[H:020441-386J]]), jonka kotihoidon iltakäynnit on lopetettu ilman ilmoitusta. Hoitaja [[P:Marjo]] "
    "sanoi että päätös tuli ylhäältä. Kuka tämän päätti?",

    "Hakaniemen hallin väistötilan aukioloajat: ma–pe 8–18, la 8–16. Missä on invapysäköinti? Sörnäisten "
    "rantatien puolella ei ole yhtään merkittyä paikkaa.",

    "Sama musta BMW [[R:LZT-772]] kaahaa joka ilta Lauttasaarentiellä klo 23 jälkeen. Kuski asuu meidän "
    "talossa, [[P:Hakalan]] poika, kaikki tietää sen mutta kukaan ei uskalla sanoa.",

    "Lauttasaaren sillalla pyörätie on jäässä ja yksi vanha rouva kaatui tänään, ambulanssi haki. "
    "Aurauskone kulkee vain ajoradalla.",

    "Rouva [[P:Lindholm]] alakerrasta valittaa joka kerta kun lapset leikkivät pihalla. Nyt hän on "
    "laittanut lapun että pihalla ei saa pelata palloa klo 17 jälkeen. Onko taloyhtiöllä oikeus kieltää? "
    "Kadun toisella puolella on kaupungin leikkipaikka.",

    "Kaarlenkadun ja Fleminginkadun kulmassa on ollut kaatunut liikennemerkki jo kuukauden. Kuva liitteenä.",

    "Kotihoitajamme [[P:Irina]] ja [[P:Svetlana]] ovat kultaisia, mutta heillä on vain 15 minuuttia per "
    "käynti. Isäni [[P:Väinö]] tarvitsee enemmän aikaa suihkussa. Tästä pitäisi päättäjien tietää.\n"
    "[[P:Anja Leinonen]], omainen",

    "Väinö Tannerin patsaan ympäristö Hakaniemessä on täynnä tupakantumppeja. Siivotaanko sitä koskaan?",

    "Terveisiä [[P:Kalle]]-vahtimestarille Pakilan ala-asteelta: hän on hoitanut koulun pihaa 30 vuotta ja "
    "nyt jää eläkkeelle. Olisiko mahdollista nimetä koulun uusi penkki hänen mukaansa? t. entiset oppilaat "
    "ja vanhemmat",

    "Aleksis Kiven koulun edessä autot pysäköivät suojatielle joka aamu klo 8–8.15. Pysäköinninvalvontaa "
    "kaivataan.",

    "Naapurin [[P:Ahtosen]] pojat tekevät lumilinnaa suoraan auraamattomalle kadulle ja autot joutuvat "
    "väistämään. Ei se lasten vika ole vaan kaupungin, kun aurauslumi kasataan leikkipuiston portille. "
    "Käskynhaltijantie.",

    "Arvoisa Helsingin kaupunki. Olen asunut Oulunkylässä vuodesta 1958 enkä muista näin huonoa aurausta. "
    "Kadut ovat kuin perunapelto. Kunnioittavasti, eräs pitkäaikainen asukas",

    "Ehdotuksen tekijät: [[P:Aino Mäkinen]] (72), [[P:Eino Mäkinen]] (75) ja lapsenlapsemme [[P:Usva]] (12). "
    "Haluaisimme, että Puotilan kartanon rantaan tulisi esteetön laituri, josta pääsee myös pyörätuolilla "
    "kalastamaan.",

    "Usva nousee aamuisin Vanhankaupunginkoskella kauniisti, mutta polku on liukas ja valaistus puuttuu. "
    "Ehdotan valaistusta reitille Viikin puolelta.",

    "@[[P:Jaana Kivelä]] kiitos ehdotuksesta. Korjaisin vain sen, että Roihuvuoren kirsikkapuisto ei ole "
    "koulun vieressä vaan Tulisuontien varrella. Kävin eilen [[P:Tyyne]]-mummin kanssa katsomassa.",

    "Roihuvuoren kirsikkapuiston Hanami-juhla järjestetään taas toukokuussa. Ehdotan lisää roska-astioita "
    "ja vessoja, viime vuonna jonot olivat 40 minuuttia.",

    "Vanhempainyhdistyksen kokous. Varaaja [[P:Petri Vuorinen]], laskutus [[P:Vuorinen]] / Kalasataman "
    "koulun vanhempainyhdistys ry. Avaimen voi antaa myös [[P:Annikalle]] ([[T:044 913 2270]]).",

    "Tilaan mahtuu 30 henkeä mutta tuoleja oli vain 18. Toivoisin että varaustiedoissa kerrottaisiin "
    "kalustus. Varaustunnus V-2025-88124.",

    "Muistutus: [[P:Aune]]-täti tulee hakemaan avaimen Kannelmäen kirjastosta perjantaina klo 15. Hänellä "
    "ei ole kännykkää, joten jos tulee ongelmia soittakaa minulle [[T:041 774 5390]] / [[P:Marja-Leena]]",

    "Kannelmäen kirjaston Kino-tila: projektori ei toiminut 5.12. klo 18 tapahtumassa. HDMI-kaapeli "
    "puuttui. Varaus 7726512.",

    "Olen samaa mieltä kuin edellinen kirjoittaja [[P:Maija L.]] Lisäksi: miksi Malmin kentälle ei tehdä "
    "puistoa? Meidän naapurin [[P:Sten]] (ruotsinkielinen vanha herrasmies) lensi sieltä 60-luvulla ja "
    "sanoo että kenttä kuuluu historiaan.",

    "Malmin lentoasema ja sen terminaali vuodelta 1936 on suojeltava. Funkkis-arkkitehtuuri on harvinaista, "
    "ja terminaalin suunnitteli arkkitehti Dag Englund.",

    "Moi, meidän [[P:Aapo]] ja [[P:Iida]] ( 8 ja 10v) pelaa jalkapalloa Brahen kentällä ja siellä on "
    "rikkinäisiä lasipulloja joka maanantai. Joku vois käydä siivoamassa sunnuntai-iltana. t. [[P:Mikaela]]",

    "Brahen kentän tekonurmi on kulunut puhki maalien edestä. Pelaajat liukastuu. Kenttä ei ole ollut "
    "huollossa sitten 2021.",

    "Hyvät päättäjät,\n\nme alla allekirjoittaneet asukkaat Myllypurontien varrelta vastustamme uuden "
    "pysäköintilaitoksen rakentamista leikkipuiston paikalle.\n\n[[P:Helena Rautio]], "
    "[[A:Myllypurontie 20 A 5]]\n[[P:Matti]] ja [[P:Leena Kokko]]\n[[P:Yrjö Halme]]\n[[P:Ilona Berg]] "
    "(perheineen)\n[[P:K. Väisänen]]\n\nYhteyshenkilö: [[P:Helena Rautio]], "
    "[[E:helena.rautio@elisanet.fi]]",

    "Helmi- ja maaliskuun aikana Sturenkadun pyörätie aurattiin kerran. Kerran! Kuka tästä vastaa?",

    "Haluan kiittää Malmin terveysaseman hoitajia, erityisesti [[P:Marjattaa]] ja lääkäri [[P:Korhosta]], "
    "jotka hoitivat miestäni [[P:Erkkiä]] niin lämpimästi viimeisinä viikkoina. Tämä ei ole valitus vaan "
    "kiitos. [[P:Seija Korpela]]",

    "Kiitos Kallion kirjaston henkilökunnalle lukupiiristä, 14 tapaamista ja kaikki jaksoivat. Ensi "
    "vuonna luetaan Aleksis Kiven Seitsemän veljestä ja sitten Minna Canthia.",

    "Minä [[P:Kauko Ruotsalainen]] olen ollut mukana Pitäjänmäen omakotiyhdistyksessä 50 vuotta. Tämä kaava "
    "on huono. Katu levennetään ja meidän omenapuut kaadetaan. Asun [[A:Pitäjänmäentie 41]].",

    "Ruotsalaisen teatterin edessä Esplanadilla on pyöräparkki aina täynnä. Lisää telineitä!",

    "Haluan ilmoittaa että naapurini [[P:Laine]] ruokkii lokkeja parvekkeelta ja koko piha on sotkussa. "
    "Olen puhunut hänen kanssaan mutta hän sanoo että ne on Jumalan luotuja. [[A:Sturenkatu 27 C 63]]",

    "Lokit repivät roskapusseja Hakaniemen torilla joka aamu noin klo 5. Tarvitaan kannelliset roskikset.",

    "Terveisiä Kumpulasta! Meidän [[P:Aarne]] (vaari, 93 v) kävi eka kertaa vuosikymmeniin Kumpulan "
    "maauimalassa ja henkilökunta oli ihanaa, erityisesti [[P:Jenni]] joka auttoi hänet altaaseen "
    "nostolaitteella. Kiitos!",

    "Kumpulan maauimalan nostolaite altaaseen oli rikki koko heinäkuun. Liikuntarajoitteisille ei silloin "
    "ole mitään uimapaikkaa Koillis-Helsingissä.",

    "Kerhohuone varattu taloyhtiön kokoukseen 20.1. klo 18. Puheenjohtajana toimii [[P:Pauli Kärkkäinen]], "
    "sihteerinä [[P:Sinikka Lahti]]. Avaimen noutaa [[P:Kärkkäinen]] itse Vuotalon infosta.",

    "Kokoushuone varattu 20.1. klo 18–20, taloyhtiön ylimääräinen yhtiökokous. 25 osallistujaa. "
    "Tarvitsemme videotykin.",

    "Ajanvarauksessa tulee virheilmoitus ja lukee että IP-osoitteeni [[IP:85.156.42.117]] on estetty. "
    "Yritin varata hammaslääkäriaikaa äidilleni [[P:Mirja Heikkiselle]]. Soittakaa [[T:045 127 8834]].",

    "Verkkosivun virhekoodi 403, tapahtumatunnus 7f3a-22c1-9b40. Selaimena Firefox 132. Tapahtui klo 14.02.",

    "Hei vaan! Kirjoitan isoäitini [[P:Helmi Koiviston]] puolesta, hän on 96-vuotias ja asuu "
    "[[A:Mäkelänkatu 56 A 3]]:ssa. Rakennustyömaalta tulee pölyä niin että ikkunoita ei voi avata. Mummi ei "
    "jaksa itse soittaa. Minä olen [[P:Saara]], [[T:040 229 6815]].",

    "Mäkelänkadun työmaa-alueella ei ole kunnon kulkureittiä jalankulkijoille. Tänään klo 16.30 piti "
    "kävellä ajoradalla, ratikka 1 ja bussit ohittivat ihan vierestä.",

    "Kiitos vielä kerran [[P:Toivolle]] ja [[P:Tuulille]] Roihuvuoren liikuntapuistosta! He järjestivät "
    "ikäihmisten kuntosaliohjauksen vaikka salin lämmitys oli rikki. Ryhmän puolesta [[P:Sylvi]]",

    "Toivo kuolee viimeisenä, mutta Roihuvuoren liikuntapuiston lämmitys on ollut rikki jo 4 viikkoa. "
    "Korjausilmoitus tehtiin 2.11.",

    "Vastaus [[P:Tapanille]]: Tapanilan asemanseudun kaavassa on kyllä huomioitu puistot, lue liite 3 "
    "ennen kuin kirjoitat.",

    "Tapanilan aseman ympäristö on pimeä ja turvaton iltaisin. Tapaninvainion puolelta tulee nuoria mopoilla.",

    "Ehdotan lukupiiriä ja kahvittelua Oodiin eläkeläisille. Vetäjäksi on lupautunut entinen äidinkielen "
    "opettaja [[P:Anna-Liisa Sundqvist]]. Ota yhteyttä [[E:annaliisa.sundqvist@kolumbus.fi]]",

    "Annankadun ja Eerikinkadun kulmassa valot vaihtuvat niin nopeasti että vanhus ei ehdi yli. Mitattu "
    "9 sekuntia.",

    "[[P:Liisa]]-tätini asuu Liisankadulla ja hänen mielestään katukiveys on vaarallinen. Hän kompastui "
    "2 viikkoa sitten ja mursi lonkkansa, nyt hän on Laakson sairaalassa.",

    "Liisankadun kiveys on epätasainen koko matkalta Snellmaninkadulta Maneesikadulle. Rollaattorilla ei "
    "pääse.",

    "Varaus siirretty. Yhteyshenkilö vaihtui: ennen [[P:Oili Järvinen]], nyt [[P:Järvisen]] tytär "
    "[[P:Heidi]] [[T:050 662 0418]], [[E:heidi.jarvinen@outlook.com]].",

    "Maksu tilavarauksesta: laskun saa lähettää yhdistyksen rahastonhoitajalle [[P:Veikko Nyström]], "
    "[[A:Kauppamiehentie 4 B 19]], 02100 Espoo. Tilinumero palautuksia varten "
    "[[I:FI34 6907 4391 5000 80]].",

    "Lasku 2025-11-4410, eräpäivä 31.12.2025, summa 45,00 €. Viitenumero 10 04402 77811. Yhdistys maksaa.",

    "Täällä [[P:Onni Rantanen]], Espoon Matinkylästä. Kävin Leppävaaran uimahallissa ja suihkussa ei ollut "
    "kuumaa vettä. Kassalla ollut [[P:Aamu]] oli tosi mukava ja antoi hyvitykseksi kertalipun.",

    "Leppävaaran uimahallin kuntosali ma–pe 6–21, la–su 8–20. Miksi pyhäpäivinä kiinni?",

    "Tikkurilan torin ehdotuksessa ei ole penkkejä. Minä ja ystäväni [[P:Armi]] ja [[P:Lahja]] istumme "
    "siellä kesäisin joka päivä. Terv. [[P:Elsa-Maria Huttunen]], [[A:Talvikkitie 27 B 11]], Vantaa",
]

HAND_FI += [
    "[[P:Nieminen]] alakerrasta sanoi että kaupunki on luvannut korjata pihan kaivon kannen jo 2023. Ei ole "
    "korjattu. Kansi heiluu ja siihen voi kompastua. Kylänvanhimmantien puolella, talon päädyssä.",

    "Koiramme Lumi (valkoinen samojedi) astui Talin puistossa lasinsiruihin ja tassu piti tikata. Lasia on "
    "koirapuiston portin vieressä joka viikonloppu. Eläinlääkärin lasku 186 €.",

    "Kissa Onni ja koira Musti ovat kyllä kiltisti kotona, mutta kerrostalon pihalle on joku vienyt "
    "myrkkysyöttejä rotille. Onko kaupunki tehnyt tämän? Lapset leikkivät samassa paikassa.",

    "> Kirjoittanut [[P:Raimo K.]]:\n> Ei näitä pyöräkaistoja kukaan tarvitse talvella.\n\nNo minä "
    "tarvitsen, [[P:Raimo]]. Olen 71 ja pyöräilen ympäri vuoden Hämeentiellä. Ilman kaistaa en uskaltaisi.",

    "Tarja Halonen asui aikoinaan Kalliossa ja nyt presidentin mukaan on nimetty puisto, mutta puistossa ei "
    "ole yhtään toimivaa valoa. Tarja Halosen puisto, Hämeentien varressa.",

    "Ihan kuin satua: Kalasataman uusi leikkipuisto valmistui ajallaan ja siellä on jopa varjoa. Kiitos "
    "suunnittelijoille, vaikka nimiä en tiedä.",
]

HAND_SV = [
    # --- Open311 -------------------------------------------------------------
    "Grannen [[P:Ulla-Britt]] på andra våningen har halkat två gånger utanför porten på Runebergsgatan, "
    "ingen har sandat på hela veckan. Hon är 87. Snälla gör något. /[[P:Gunnel Sjöberg]]",

    "Runebergsgatan mellan Arkadiagatan och Tölögatan är inte sandad. Det är spegelblankt vid hållplatsen "
    "och bussen stannar ändå.",

    "Vår dotter [[P:Ebba]] (5 år) fastnade med foten i gallret på lekparken vid Brahe. Det är ett stort hål "
    "i gummimattan vid gungorna. Bifogar bild. [[P:Johan]] och [[P:Malin Westerlund]]",

    "[[P:Lindholms]] hund skäller hela dagarna i trappan och nu har den bitit vår katt. Vi bor "
    "[[A:Mannerheimvägen 102 A 14]]. Vem ska man kontakta? Tacksam för svar, [[P:Ingrid Holmström]] "
    "tel. [[T:040 552 7180]]",

    "Björnen på Högholmen har vaknat ur idet enligt skylten, men stigen dit från Blåbärslandet är stängd. "
    "Hur ska man ta sig dit med barnvagn?",

    "Tack till [[P:Sten]] i vaktmästeriet på Arbis! Han bar upp min mammas rullator när hissen inte "
    "fungerade. Det är sådana människor som gör staden. /[[P:Carina]]",

    "Stenarna i Esplanadens gångväg har lossnat och det finns hål där man lätt snubblar, särskilt vid "
    "Runebergsstatyn.",

    "Ros och ris: Ros till staden för den nya belysningen i Centralparken. Ris för att stigen mot Britas "
    "aldrig plogas före kl 10.",

    "Tack till [[P:Ros]] och [[P:Björn]] i kassan på Yrjögatans simhall som hjälpte min pappa med "
    "omklädningsskåpet. Bästa service!",

    "Yrjögatans simhall har nya öppettider från 1.1: mån–fre 6.30–20, lör 8–16. Priset för pensionärer "
    "är nu 5,50 €.",

    "Till Helsingfors stad\n\nÄrende: Träden vid vår gård\n\nUndertecknad vill härmed framföra ett "
    "klagomål angående fällningen av lindarna utanför vårt hus på Topeliusgatan. Träden planterades av min "
    "framlidne make [[P:Stig]] år 1965 med tillstånd av dåvarande disponenten.\n\nMed vänlig hälsning\n\n"
    "[[P:Margareta Åkerblom]]\n[[A:Topeliusgatan 19 B 27]]\n00250 Helsingfors\ntel. [[T:09 241 6638]]",

    "Stigen genom Centralparken mellan Britas och Kottby är lerig och full av rötter. Omöjlig med rullator.",

    "Hej! Min man [[P:Bo]] och jag bor i Hertonäs och har svårt att ta oss till bussen när trottoaren inte "
    "plogas. Vi är båda över 80. Kan någon komma och titta? [[P:Siv Bergqvist]], "
    "[[A:Skidlöparvägen 5 A 8]]",

    "Vi bor på Skidlöparvägen och bussen går inte längre förbi på söndagar. Varför har linjen ändrats?",

    # --- Varaamo -------------------------------------------------------------
    "Bokning av festsalen i Malms kulturhus lör 7.2 kl 13–17 för farmor [[P:Hjördis Lindroos]] 90-årsdag. "
    "Nyckeln hämtas av [[P:Mikael Lindroos]], tel [[T:+358 45 790 2214]].",

    "Bokningen 7.2 kl 13–17 bekräftad, bokningsnummer 4410928. Kom ihåg att städa salen efteråt och lämna "
    "nyckeln i lådan.",

    # --- Kerrokantasi --------------------------------------------------------
    "Jag håller med [[P:Ann-Christin]] ovan. Det svenska daghemmet i Munksnäs behövs, inte fler "
    "parkeringsplatser. Vår dotter [[P:Linnea]] och hennes två barn flyttade just hit för daghemmets skull.",

    "Linnean och skogsstjärnan blommar i granskogen i Centralparken i juni, det måste beaktas i planen. "
    "Där finns också ekorrar och nötskrika.",

    "Svar till [[P:Gösta]]: ja, Drumsö behöver en ny bro men inte på bekostnad av stranden. Min far "
    "[[P:Rune Ekholm]] byggde den gamla båtbryggan på 50-talet.",

    "Runebergs födelsedag firas 5.2 med Runebergstårta, men varför flaggar inte staden vid "
    "Runebergsesplanaden? Bara en fråga.",

    # --- OmaStadi ------------------------------------------------------------
    "Förslag: bänkar med armstöd längs Kallviksvägen ner mot stranden i Nordsjö. Förslagsställare "
    "[[P:Barbro]] och [[P:Alf Strandberg]], pensionärer. Vi promenerar varje morgon.",

    "Förslaget om bänkar vid Nordsjö strand är bra, jag röstade på det. 3 km utan bänk är för långt för en "
    "80-åring.",

    "Tack [[P:Maj-Len]]! Vi i Marthaföreningen i Kottby stöder förslaget. Ring mig om ni behöver fler "
    "underskrifter: [[P:Kerstin Forsman]] [[T:050 371 4428]]",

    "I maj blommar äppelträden i Kottby och hela området luktar gott. Låt bli att fälla träden för den nya "
    "cykelbanan, tack.",

    "Min granne [[P:Dag]] på tredje våningen har ingen dator så jag skriver åt honom: parkeringsautomaten "
    "vid Sandvikskajen tar inte längre mynt och han har inget kort.",

    "Varje dag kl 7–9 står bilar på cykelbanan vid Sandvikskajen. Parkeringsövervakningen borde komma då, "
    "inte kl 12.",

    "Namnlista mot nedläggningen av Drumsö bibliotek.\nUndertecknade:\n[[P:Ingegerd Nylund]]\n"
    "[[P:Sven-Erik Nylund]]\n[[P:Agneta Söderholm]]\n[[P:Pehr Tallqvist]]\n[[P:Vivan Grönroos]] (även för "
    "min syster [[P:Britt]])\n[[P:Lars Ehrnrooth]]",

    "Stockmanns julfönster lockar folk men trottoaren på Alexandersgatan utanför var spegelblank 4.12 kl 17.",

    "Nyckeln hämtas av vår son [[P:Elias]] (17). Ansvarig vuxen är jag, [[P:Camilla Wikström]], "
    "[[E:camilla.wikstrom@gmail.com]]. Bokningen gäller bandrummet på Kvarnbäckens ungdomsgård.",

    "Bandrummet var smutsigt när vi kom, ölburkar på golvet. Vi har inte lämnat det så. Bokning 7712043 "
    "kl 16–18.",

    "Vår lilla [[P:Sol]] (3 år) och hennes mormor [[P:Gun]] brukar mata änderna vid Tölöviken, men nu står "
    "det en skylt att det är förbjudet. Varför?",

    "Solen går ner redan kl 15.15 och gångvägen runt Tölöviken saknar belysning på östra sidan. Nu är det "
    "mörkt för alla som promenerar efter jobbet.",

    "Hälsningar från [[P:Stig Lindfors]], 88 år. Jag har varit med i Munksnäs hembygdsförening sedan 1970. "
    "Jag skriver för hand och min dotterson skriver in det: bevara Munksnäs allé som den är!\n[[P:Stig]]",

    "Stigen från Munkshöjden ner till stranden är farlig på vintern. Trappan saknar räcke.",

    "Hej, jag är [[P:Vera Nordström]] från Hagalund. Min sambo [[P:Kaj]] kom inte in på simhallen med "
    "rullstol eftersom dörrautomatiken var trasig. Vi bor [[A:Västanvindsvägen 12 C 41]], Esbo. "
    "[[T:044 385 9102]]",

    "Hagalunds centrum har varit en byggarbetsplats i femton år. Det är svårt att hitta rätt ingång till "
    "biblioteket, skyltarna pekar fel.",

    "Min mamma [[P:Anna-Lisa Sjöholm]] ([[H:271246-058U]]) har fått fel räkning för hemvården från Vanda "
    "stad. Hon har betalat till konto [[I:FI37 6360 8377 8353 37]] men räkningen kommer igen. Kan någon "
    "ringa mig, [[P:Pia]], på [[T:040 917 2205]]?",

    "Räkning nr 2025-118830, förfallodag 15.1.2026, referens 5501 22774 10. Betalningen gjord 2.12. Varför "
    "kommer påminnelse?",

    "Grannen [[P:Björn]] i C-trappan har skottat hela gården själv i tre dagar för att fastighetsskötseln "
    "inte kommit. Han är 79. Ge honom en medalj! Och skicka plogen till Baggbölevägen.",

    "Tove Janssons park i Skatudden behöver fler papperskorgar, efter helgerna ligger skräp överallt.",

    "Till [[P:Birgitta]] som skrev ovan: jag förstår din oro men spårvägen kommer att hjälpa oss äldre. Jag "
    "själv, [[P:Tor Hagman]], 74, har inget körkort längre.",

    "Spårväg till Nordsjö: fråga 14 i enkäten går inte att besvara om man inte har bil. Enkäten måste göras "
    "om.",
]

HAND_SV += [
    "> [[P:Henrik Å.]] skrev:\n> Det behövs inga fler höghus i Kronohagen.\n\nHåller med [[P:Henrik]]! Min "
    "mormor [[P:Signe]] växte upp på Maneesgatan och hon säger att kvarteret redan är för tätt.",

    "Kronohagen är ett historiskt område med empirebyggnader från Engels tid. Höghus passar inte in så nära "
    "Senatstorget.",

    "Idé från [[P:Ulla-Britt Ek]] och grannarna i Brunakärr: en gemensam odlingslåda vid lekparken. Vi har "
    "redan fröer. Kontakta [[E:ubek@kolumbus.fi]].",

    "Odlingslådor finns redan i Kottby och Forsby, varför inte i Malm? Förslag nr 2241 i OmaStadi.",

    "Bokning av klubbrummet i Månsas ungdomsgård tis 13.1 kl 17–20, pensionärsklubben. Kontaktperson "
    "[[P:Majvor Lindell]], [[T:09 556 3207]]. Hon har ingen e-post.",

    "Klubbrummet hade inga koppar och kaffebryggaren var trasig. 14 personer utan kaffe!",

    "Fru [[P:Berglund]] i grannhuset säger att det är staden som ska skotta taket, men det är väl bolagets "
    "ansvar? Istappar hänger över trottoaren vid vår port.",

    "Istappar hänger över trottoaren på Lönnrotsgatan mellan Annegatan och Albertsgatan. Någon kommer att "
    "få en i huvudet.",

    "Tack till [[P:Anneli]] och [[P:Patrik]] på Hertonäs bibliotek som hjälpte min mor [[P:Irja]] att låna "
    "e-böcker. Hon är 85 och tycker det är underbart. /[[P:Maria]]",

    "Hertonäs bibliotek har öppet mån–tors 10–20, fre 10–17, lör 10–16. Stängt 24–26.12.",

    "Ärende: ansökan om återbetalning\n\nJag, [[P:Gustav Adolf Lindberg]], personbeteckning "
    "[[H:040835-0998]], ber om återbetalning av parkeringsavgiften 60 € (ärende HEL 2025-017722). Min bil "
    "[[R:GKB-552]] stod på boendeplats med giltigt tillstånd.\n\nKontonummer: "
    "[[I:FI64 4068 1241 5868 34]]\n\nHögaktningsfullt\n[[P:G. A. Lindberg]]\n"
    "[[A:Nervandersgatan 5 A 9]]\n00100 Helsingfors",

    "Havis Amanda vid Salutorget tvättades inte i år förrän efter första maj. Varför så sent?",

    "Vaktmästaren [[P:Kalle Grönqvist]] på Drumsö lågstadium förtjänar ett tack. Han har plogat skolgården "
    "före kl 7 varje morgon hela vintern.",

    "Vår son [[P:Vilgot]] (10) cyklar till skolan längs Tavastvägen och det är livsfarligt vid Sörnäs. En "
    "lastbil [[R:ZHK-718]] körde över övergångsstället på rött idag kl 8.05.",

    "Tavastvägen vid Sörnäs metrostation: övergångsstället har för kort grönljus, bara 10 sekunder.",

    "Tack [[P:Linnea]] på Helsingfors Info som hjälpte mig med färdtjänstansökan. Hon förklarade allt "
    "tålmodigt. /[[P:Aina Grönlund]], 91 år",

    "Jag bor i Gamlas sedan 1962 och min make [[P:Ragnar]] (död 2019) kämpade mot bygget då. Nu vill ni "
    "bygga igen. [[P:Elna Mattsson]]",

    "Gamlas köpcentrum har ingen hiss i drift på kvällarna. Hur ska man med rullator komma till apoteket?",

    "Våra barnbarn [[P:Alvar]], [[P:Saga]] och [[P:Ellen]] leker i Sibeliusparken varje helg och där saknas "
    "en toalett. Farmor [[P:Majken]]",

    "Sagostund för barn på svenska varje lördag kl 11 i Oodi. Ta med en kudde! Gratis.",

    "Hej, jag skriver för min granne (hon heter [[P:Astrid]] men alla kallar henne fru [[P:Lindqvist]]) "
    "som inte hör i telefon. Hennes brevlåda i [[A:Sturegatan 8 B 30]] har brutits upp två gånger.",

    "Brevlådorna i trappuppgången har brutits upp två gånger denna månad. Polisen säger att det är stadens "
    "sak att sätta upp kameror på Sturegatan. Stämmer det?",

    "Nyckeln lämnas i infodisken på Stoa, märkt med [[P:Pettersson]]. Hälsningar [[P:Monica Pettersson]]",

    "Vi som bor i Baggböle vill ha tillbaka kvällsturerna på linje 64. Sista bussen går kl 22.40 nu.",

    "Min svärmor [[P:Sigrid]] ([[P:Sigge]] kallar vi henne) har ramlat på isen vid Kottby torg. "
    "[[P:Holmbergs]] pojke hittade henne och ringde 112. Sanda nu!",

    "Kottby torg: sandlådan i hörnet har varit tom sedan december. Ingen sand, bara is.",

    "Till [[P:Eva]] och [[P:Sten]] på hemvården: ni är guld värda. Pappa [[P:Åke]] säger att ni är de "
    "enda han pratar med på hela veckan. Hälsningar familjen [[P:Sundström]]",

    "Ros till Helsingfors stad för snabb reparation av gatlyktan på Högbergsgatan. Ärendet 2025-44791 "
    "löstes på två dagar.",

    "Hej! Jag heter [[P:Stina Mäkelä]] och är pensionär i Vanda (Dickursby). Bussen 61 stannar inte "
    "längre vid vår hållplats. Min adress är [[A:Dickursbyvägen 44 C 15]], 01300 Vanda, och ni kan ringa "
    "[[T:050 774 6619]] eller mejla [[E:stina.makela@pp.inet.fi]].",

    "Dickursby station: hissen till perrong 1 har varit ur funktion sedan 28.11. Ring inte mig, fixa den.",

    "Vi bokar gymnastiksalen i Tölö lågstadium till farfars 80-årsfest? Nej, förlåt, rätt bokning är "
    "festsalen. Kontakt: [[P:Johanna]] eller [[P:Petter Åström]] [[T:040 316 0072]].",

    "Pappas vän [[P:Bosse]] ([[P:Bo-Erik Strömberg]], Vallgårds pensionärsförening) vill också skriva "
    "under. Han har ingen e-post men bor [[A:Sturegatan 40 A 2]].",

    "Dag och natt går det bilar på Ring I vid Gamlas. Bullervall behövs vid daghemmet.",
]
