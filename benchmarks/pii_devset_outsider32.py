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

Seed: 3232. 181 records (106 Finnish, 75 Swedish) are written by hand, each a different message; 65 more
come from small generators below (thank-you notes to staff, neighbour complaints, old-fashioned letters,
Varaamo key pick-up notes, parents' reports, signatory lists) that use random.Random(SEED) only.
246 records in all: 147 fi, 99 sv; 86 of them (35 %) contain no personal data.

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


# ---------------------------------------------------------------------------
# Small generators (the rest of the block). Only random.Random(SEED) is used.
# ---------------------------------------------------------------------------

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"

# (nominative, genitive, allative)
FI_OLD_F = [
    ("Aili", "Ailin", "Ailille"), ("Eila", "Eilan", "Eilalle"), ("Helvi", "Helvin", "Helville"),
    ("Raili", "Railin", "Railille"), ("Sirkka", "Sirkan", "Sirkalle"), ("Tyyne", "Tyynen", "Tyynelle"),
    ("Rauha", "Rauhan", "Rauhalle"), ("Lempi", "Lempin", "Lempille"), ("Taimi", "Taimin", "Taimille"),
    ("Kerttu", "Kertun", "Kertulle"), ("Aune", "Aunen", "Aunelle"), ("Orvokki", "Orvokin", "Orvokille"),
    ("Marjatta", "Marjatan", "Marjatalle"), ("Pirkko", "Pirkon", "Pirkolle"), ("Sylvi", "Sylvin", "Sylville"),
    ("Impi", "Impin", "Impille"), ("Lahja", "Lahjan", "Lahjalle"), ("Saima", "Saiman", "Saimalle"),
]
FI_OLD_M = [
    ("Toivo", "Toivon", "Toivolle"), ("Armas", "Armaksen", "Armakselle"), ("Sulo", "Sulon", "Sulolle"),
    ("Oiva", "Oivan", "Oivalle"), ("Veikko", "Veikon", "Veikolle"), ("Reino", "Reinon", "Reinolle"),
    ("Kalevi", "Kalevin", "Kaleville"), ("Unto", "Unton", "Untolle"), ("Erkki", "Erkin", "Erkille"),
    ("Pentti", "Pentin", "Pentille"), ("Urho", "Urhon", "Urholle"), ("Into", "Innon", "Innolle"),
    ("Tauno", "Taunon", "Taunolle"), ("Eero", "Eeron", "Eerolle"), ("Lauri", "Laurin", "Laurille"),
]
FI_KIDS = [
    ("Eetu", "Eetun", "Eetulle"), ("Onni", "Onnin", "Onnille"), ("Lumi", "Lumin", "Lumille"),
    ("Tuuli", "Tuulin", "Tuulille"), ("Aamu", "Aamun", "Aamulle"), ("Satu", "Sadun", "Sadulle"),
    ("Usva", "Usvan", "Usvalle"), ("Väinö", "Väinön", "Väinölle"), ("Aada", "Aadan", "Aadalle"),
    ("Eino", "Einon", "Einolle"), ("Helmi", "Helmin", "Helmille"), ("Venla", "Venlan", "Venlalle"),
    ("Toivo", "Toivon", "Toivolle"), ("Aino", "Ainon", "Ainolle"), ("Valo", "Valon", "Valolle"),
]
FI_STAFF = [
    ("Kaisa", "Kaisan", "Kaisalle"), ("Pekka", "Pekan", "Pekalle"), ("Jukka", "Jukan", "Jukalle"),
    ("Merja", "Merjan", "Merjalle"), ("Irina", "Irinan", "Irinalle"), ("Heikki", "Heikin", "Heikille"),
    ("Minna", "Minnan", "Minnalle"), ("Sami", "Samin", "Samille"), ("Anu", "Anun", "Anulle"),
    ("Timo", "Timon", "Timolle"), ("Oksana", "Oksanan", "Oksanalle"), ("Ahmed", "Ahmedin", "Ahmedille"),
    ("Satu", "Sadun", "Sadulle"), ("Tuuli", "Tuulin", "Tuulille"), ("Armas", "Armaksen", "Armakselle"),
]
# (nominative, genitive)
FI_SURNAMES = [
    ("Virtanen", "Virtasen"), ("Nieminen", "Niemisen"), ("Mäkinen", "Mäkisen"), ("Korhonen", "Korhosen"),
    ("Laine", "Laineen"), ("Heikkinen", "Heikkisen"), ("Salo", "Salon"), ("Koskinen", "Koskisen"),
    ("Lindholm", "Lindholmin"), ("Järvinen", "Järvisen"), ("Hakala", "Hakalan"), ("Lehtonen", "Lehtosen"),
    ("Rinne", "Rinteen"), ("Saarinen", "Saarisen"), ("Mattila", "Mattilan"), ("Kallio", "Kallion"),
    ("Tuominen", "Tuomisen"), ("Aaltonen", "Aaltosen"), ("Holmström", "Holmströmin"),
    ("Karjalainen", "Karjalaisen"), ("Hämäläinen", "Hämäläisen"), ("Manninen", "Mannisen"),
    ("Kivelä", "Kivelän"), ("Peltonen", "Peltosen"), ("Savolainen", "Savolaisen"),
]
# (street, house number range, postal code, city)
FI_STREETS = [
    ("Kivihaantie", 14, "00310", "Helsinki"), ("Mäkelänkatu", 90, "00550", "Helsinki"),
    ("Koskelantie", 60, "00610", "Helsinki"), ("Sturenkatu", 50, "00510", "Helsinki"),
    ("Vaasankatu", 30, "00500", "Helsinki"), ("Fleminginkatu", 30, "00530", "Helsinki"),
    ("Kontulankaari", 20, "00940", "Helsinki"), ("Myllypurontie", 30, "00920", "Helsinki"),
    ("Kallvikintie", 40, "00980", "Helsinki"), ("Lauttasaarentie", 50, "00200", "Helsinki"),
    ("Isokaari", 40, "00200", "Helsinki"), ("Pakilantie", 90, "00660", "Helsinki"),
    ("Oulunkyläntie", 20, "00600", "Helsinki"), ("Siltavoudintie", 30, "00640", "Helsinki"),
    ("Kadetintie", 12, "00330", "Helsinki"), ("Ruusulankatu", 15, "00250", "Helsinki"),
    ("Museokatu", 40, "00100", "Helsinki"), ("Topeliuksenkatu", 30, "00250", "Helsinki"),
    ("Malminkaari", 30, "00700", "Helsinki"), ("Hiihtäjäntie", 12, "00810", "Helsinki"),
    ("Reposalmentie", 20, "00840", "Helsinki"), ("Klaneettitie", 16, "00420", "Helsinki"),
    ("Kauppamiehentie", 10, "02100", "Espoo"), ("Länsituulentie", 12, "02100", "Espoo"),
    ("Leppävaarankatu", 20, "02600", "Espoo"), ("Piispansilta", 14, "02230", "Espoo"),
    ("Talvikkitie", 40, "01300", "Vantaa"), ("Myyrmäentie", 10, "01600", "Vantaa"),
]

SV_OLD_F = ["Ulla-Britt", "Gunnel", "Margareta", "Ingegerd", "Birgitta", "Barbro", "Kerstin", "Hjördis",
            "Majvor", "Siv", "Berit", "Agneta", "Gun", "Maj-Len", "Ros-Marie", "Elna", "Astrid", "Signe"]
SV_OLD_M = ["Sten", "Stig", "Björn", "Bo", "Dag", "Rune", "Tor", "Alf", "Gösta", "Åke", "Sixten", "Ragnar",
            "Lars-Erik", "Bengt", "Holger", "Sven-Olof"]
SV_KIDS = ["Ebba", "Elsa", "Vilgot", "Alvar", "Saga", "Linnea", "Ellen", "Oskar", "Alma", "Nils", "Sol",
           "Vera", "Sigge"]
SV_STAFF = ["Ros", "Björn", "Linnea", "Sten", "Camilla", "Patrik", "Sanna", "Jonas", "Pia", "Mikaela",
            "Ahmed", "Irina"]
SV_SURNAMES = ["Lindholm", "Lindqvist", "Berglund", "Holmström", "Sjöberg", "Nyström", "Grönroos",
               "Sundström", "Ekholm", "Åkerblom", "Wikström", "Forsman", "Lindroos", "Strandberg",
               "Söderholm", "Blomqvist", "Nordling", "Fagerström", "Hellberg", "Karlsson"]
SV_STREETS = [
    ("Mannerheimvägen", 160, "00250", "Helsingfors"), ("Tavastvägen", 120, "00530", "Helsingfors"),
    ("Runebergsgatan", 60, "00260", "Helsingfors"), ("Topeliusgatan", 30, "00250", "Helsingfors"),
    ("Tölögatan", 50, "00260", "Helsingfors"), ("Museigatan", 40, "00100", "Helsingfors"),
    ("Sturegatan", 50, "00510", "Helsingfors"), ("Helsingegatan", 40, "00500", "Helsingfors"),
    ("Flemingsgatan", 30, "00530", "Helsingfors"), ("Drumsövägen", 50, "00200", "Helsingfors"),
    ("Munksnäs allé", 30, "00330", "Helsingfors"), ("Kallviksvägen", 40, "00980", "Helsingfors"),
    ("Baggbölevägen", 90, "00660", "Helsingfors"), ("Åggelbyvägen", 20, "00600", "Helsingfors"),
    ("Västanvindsvägen", 12, "02100", "Esbo"), ("Köpmansvägen", 10, "02100", "Esbo"),
    ("Dickursbyvägen", 80, "01300", "Vanda"),
]

_CITY_GEN = {"Helsinki": "Helsingin", "Espoo": "Espoon", "Vantaa": "Vantaan"}

_ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "Ä": "A", "Ö": "O", "Å": "A"})


def _phone(rng, landline_ok=True):
    kind = rng.randrange(9 if landline_ok else 8)
    pre = rng.choice(["040", "041", "044", "045", "050", "050", "040", "044"])
    a, b = rng.randint(100, 999), rng.randint(1000, 9999)
    if kind == 0:
        return f"{pre} {a} {b}"
    if kind == 1:
        return f"{pre}-{a}{b}"
    if kind == 2:
        return f"{pre}{a}{b}"
    if kind == 3:
        return f"+358 {pre[1:]} {a} {b}"
    if kind == 4:
        return f"+358{pre[1:]}{a}{b}"
    if kind == 5:
        return f"{pre} {a} {str(b)[:2]} {str(b)[2:]}"
    if kind == 6:
        return f"({pre}) {a} {b}"
    if kind == 7:
        return f"{pre}-{a} {b}"
    return f"09 {rng.randint(200, 899)} {rng.randint(1000, 9999)}"


def _hetu(rng, year_from, year_to):
    y = rng.randint(year_from, year_to)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    n = rng.randint(2, 899)
    sign = "-" if y < 2000 else "A"
    base = f"{d:02d}{m:02d}{y % 100:02d}"
    return f"{base}{sign}{n:03d}" + _HETU_CHECK[int(f"{base}{n:03d}") % 31]


def _iban(rng):
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    check = 98 - int(bban + "151800") % 97
    raw = f"FI{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def _plate(rng):
    letters = "ABCEFGHJKLMNOPRSTUVXYZ"
    n = rng.choice([2, 3, 3, 3])
    return "".join(rng.choice(letters) for _ in range(n)) + "-" + str(rng.randint(1, 999))


def _email(rng, first, last):
    f = first.lower().translate(_ASCII).replace(" ", "").replace("-", "")
    s = last.lower().translate(_ASCII).replace(" ", "")
    dom = rng.choice(["gmail.com", "hotmail.com", "saunalahti.fi", "kolumbus.fi", "luukku.com",
                      "elisanet.fi", "outlook.com", "pp.inet.fi", "welho.com"])
    pat = rng.randrange(5)
    if pat == 0:
        return f"{f}.{s}@{dom}"
    if pat == 1:
        return f"{f[0]}.{s}@{dom}"
    if pat == 2:
        return f"{f}{s}{rng.randint(40, 79)}@{dom}"
    if pat == 3:
        return f"{s}.{f}@{dom}"
    return f"{f}_{s[:4]}@{dom}"


def _address(rng, streets):
    street, top, postal, city = rng.choice(streets)
    num = rng.randint(1, top)
    style = rng.randrange(5)
    if style == 0:
        addr = f"{street} {num}"
    elif style == 1:
        addr = f"{street} {num} {rng.choice('ABCDEF')} {rng.randint(1, 80)}"
    elif style == 2:
        addr = f"{street} {num} {rng.choice('abcd')} {rng.randint(1, 60)}"
    elif style == 3:
        addr = f"{street} {num} {rng.choice('ABC')}{rng.randint(1, 40)}"
    else:
        addr = f"{street} {num} as {rng.randint(1, 50)}"
    return addr, postal, city



def _p(s):
    return f"[[P:{s}]]"


def _t(s):
    return f"[[T:{s}]]"


def _e(s):
    return f"[[E:{s}]]"


def _a(s):
    return f"[[A:{s}]]"


def _gen_fi_thanks(rng, k):
    places = ["Itäkeskuksen uimahallin kassalla", "Malmin kirjastossa", "Kontulan palvelukeskuksessa",
              "Myllypuron uimahallissa", "Vuosaaren terveysasemalla", "Kannelmäen kirjaston infossa",
              "Töölön palvelukeskuksen ruokalassa", "Pirkkolan jäähallissa", "Leppävaaran kirjastossa",
              "Tikkurilan palvelupisteessä", "Oulunkylän kotihoidossa", "Kampin palvelukeskuksessa"]
    deeds = ["kun äitini kaatui aulassa", "kun isän rollaattori jäi ovien väliin",
             "kun en osannut käyttää uutta kortinlukijaa", "kun mieheni sai sokerihäiriön",
             "kun hissi oli rikki ja piti päästä toiseen kerrokseen", "kun kadotin silmälasini",
             "kun lapsenlapsemme eksyi meistä", "kun varaus oli mennyt väärälle päivälle"]
    staff = rng.sample(FI_STAFF, len(FI_STAFF))
    pl = rng.sample(places, len(places))
    out = []
    for i in range(k):
        a, b = staff[(2 * i) % len(staff)], staff[(2 * i + 1) % len(staff)]
        place, deed = pl[i % len(pl)], rng.choice(deeds)
        sig_f = rng.choice(FI_OLD_F)[0]
        sig_s = rng.choice(FI_SURNAMES)[0]
        frame = i % 4
        if frame == 0:
            t = (f"Iso kiitos {_p(a[2])} ja {_p(b[2])} {place}, auttoivat {deed}. Tällaista palvelua harvoin "
                 f"näkee. t. {_p(sig_f + ' ' + sig_s)}")
        elif frame == 1:
            t = (f"haluan antaa kiitosta {place} työskenteleville {_p(a[2])} ja {_p(b[2])}, {deed}, he "
                 f"hoitivat asian rauhallisesti. Terv. {_p(sig_f)} ({rng.randint(70, 94)} v)")
        elif frame == 2:
            t = (f"Kiitokset {place.split(' ')[0]} väelle! Erityisesti {_p(a[2])}, joka jaksoi selittää "
                 f"kaiken kahteen kertaan. {_p(b[0])} keitti vielä kahvit. -{_p(sig_f + ' ' + sig_s[0] + '.')}")
        else:
            t = (f"Ruusuja! {place} {deed}, {_p(a[0])} ja {_p(b[0])} tulivat heti apuun. Voisiko heidän "
                 f"esimiehensä kuulla tästä? Yhteys {_p(sig_f + ' ' + sig_s)} {_t(_phone(rng))}")
        out.append(t)
    return out


def _gen_fi_neighbour(rng, k):
    problems = ["polttaa tupakkaa parvekkeella ja savu tulee meidän makuuhuoneeseen",
                "on taas täyttänyt pyöräkellarin romuilla", "ruokkii kyyhkysiä ikkunalaudalla",
                "soittaa pianoa klo 23 jälkeen", "kasaa lumet meidän autopaikalle",
                "on laittanut pihan porttiin oman lukon", "grillaa hiilillä parvekkeella",
                "heittää leipää linnuille suoraan hiekkalaatikkoon"]
    things = ["koira haukkuu ja ulvoo aina kun he lähtevät töihin", "pojat ajavat mopolla pihan läpi",
              "kissa tekee tarpeensa meidän kukkapenkkiin", "lapset heittelevät lumipalloja ikkunoihin"]
    floors = ["alakerrasta", "yläkerrasta", "vastapäisestä rapusta", "naapuritalosta", "kolmannesta kerroksesta"]
    sur = rng.sample(FI_SURNAMES, len(FI_SURNAMES))
    out = []
    for i in range(k):
        s = sur[i % len(sur)]
        me_f = rng.choice(FI_OLD_F + FI_OLD_M)[0]
        me_s = rng.choice(FI_SURNAMES)[0]
        addr, postal, city = _address(rng, FI_STREETS)
        frame = i % 4
        if frame == 0:
            t = (f"Naapurin {rng.choice(['rouva', 'herra', 'vanha rouva'])} {_p(s[0])} {rng.choice(floors)} "
                 f"{rng.choice(problems)}. Olen puhunut isännöitsijälle, ei auta. Asun itse {_a(addr)}, "
                 f"{postal} {city}. {_p(me_f + ' ' + me_s)} {_t(_phone(rng))}")
        elif frame == 1:
            t = (f"{_p(s[1])} auto {'[[R:' + _plate(rng) + ']]'} seisoo pelastustiellä joka ilta klo 18 "
                 f"jälkeen eikä roska-auto pääse pihaan. Pysäköinninvalvonta ei tule. Yhteydenotot "
                 f"{_e(_email(rng, me_f, me_s))}")
        elif frame == 2:
            t = (f"{_p(s[0])} {rng.choice(floors)} sanoi että tästä pitää ilmoittaa kaupungille: "
                 f"{_p(sur[(i + 7) % len(sur)][1])} {rng.choice(things)}. En halua riitaa mutta jotain pitää tehdä. os. {_a(addr)}")
        else:
            first = rng.choice(FI_OLD_F)
            t = (f"{_p(s[1] + ' ' + first[0])} (naapurini, {rng.randint(80, 97)} v) ei pääse enää ulos kun "
                 f"ulko-ovelle on kasattu lunta metrin valli. Hänellä ei ole puhelinta, joten soittakaa "
                 f"minulle {_t(_phone(rng))}. {_p(me_f)}, {_a(addr)}")
        out.append(t)
    return out


def _gen_fi_letter(rng, k):
    subjects = [("Katuvalaistus", "talomme kohdalla oleva katuvalo on ollut sammuneena lokakuusta asti"),
                ("Hiekoitus", "jalkakäytävää ei ole hiekoitettu kertaakaan tänä talvena"),
                ("Pysäköintivirhemaksu", "sain virhemaksun vaikka pysäköintikiekko oli näkyvillä"),
                ("Vahingonkorvaus", "kaaduin jäisellä suojatiellä ja silmälasini rikkoutuivat"),
                ("Kotihoidon laskutus", "minua on laskutettu käynneistä joita ei ole tehty"),
                ("Penkki bussipysäkille", "pysäkiltä on viety ainoa penkki eikä sitä ole tuotu takaisin")]
    depts = ["Kaupunkiympäristön toimiala", "Kirjaamo", "Sosiaali-, terveys- ja pelastustoimiala",
             "Pysäköinninvalvonta"]
    subj = rng.sample(subjects, len(subjects))
    out = []
    for i in range(k):
        head, body = subj[i % len(subj)]
        g = rng.choice(FI_OLD_F + FI_OLD_M)
        g2 = rng.choice(FI_OLD_F if g in FI_OLD_F else FI_OLD_M)
        s = rng.choice(FI_SURNAMES)[0]
        addr, postal, city = _address(rng, FI_STREETS)
        full = f"{g[0]} {g2[0]} {s}" if rng.random() < 0.4 and g2 != g else f"{g[0]} {s}"
        extra = ""
        if i % 3 == 0:
            extra = f"\n\nHenkilötunnukseni on [[H:{_hetu(rng, 1930, 1952)}]]."
        if head in ("Vahingonkorvaus", "Pysäköintivirhemaksu", "Kotihoidon laskutus"):
            extra += f"\nMahdollinen palautus tilille [[I:{_iban(rng)}]]."
        spouse = rng.choice(FI_OLD_M if g in FI_OLD_F else FI_OLD_F)
        close = rng.choice(["Kunnioittavasti", "Ystävällisin terveisin", "Vastausta odottaen"])
        sp = rng.choice([f"Puolisoni {_p(spouse[0])} liikkuu pyörätuolilla, joten asia koskee myös häntä.",
                         f"Asun yhdessä puolisoni {_p(spouse[1])} kanssa, emme kumpikaan aja autoa.",
                         f"Olemme {_p(spouse[1])} kanssa asuneet tässä talossa vuodesta 19{rng.randint(55, 79)}.",
                         f"Allekirjoitan myös {_p(spouse[1])} puolesta."])
        dept = {"Pysäköintivirhemaksu": depts[3], "Kotihoidon laskutus": depts[2]}.get(
            head, rng.choice(depts[:2]))
        t = (f"{_CITY_GEN[city]} kaupunki\n{dept}\n\nAsia: {head}\n\nIlmoitan, että {body}. {sp}{extra}\n\n{close}\n\n"
             f"{_p(full)}\n{_a(addr)}\n{postal} {city.upper() if i % 2 else city}\npuh. {_t(_phone(rng))}")
        out.append(t)
    return out


def _gen_fi_varaamo(rng, k):
    orgs = ["Maunulan Martat", "Kontulan eläkeläiset ry", "Pakilan omakotiyhdistys", "Käpylän senioriköörö",
            "Vuosaaren shakkikerho", "Malmin lähetyspiiri", "Herttoniemen kävelykerho", "Kallion lukupiiri"]
    rooms = ["Malmitalon kokoushuone", "Stoan pieni sali", "Vuotalon kerhohuone", "Kanneltalon studio",
             "Maunula-talon monitoimitila", "Kontulan nuorisotalon keittiö", "Oodin ryhmätila 3",
             "Töölön kirjaston satuhuone"]
    rel = ["naapurini", "lapsenlapseni", "ystäväni", "kerhomme jäsen", "sisareni lapsi", "varapuheenjohtaja"]
    out = []
    oo = rng.sample(orgs, len(orgs))
    rr = rng.sample(rooms, len(rooms))
    for i in range(k):
        g = rng.choice(FI_OLD_F + FI_OLD_M)
        s = rng.choice(FI_SURNAMES)[0]
        day = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}."
        hour = rng.randint(9, 18)
        frame = i % 4
        if frame == 0:
            kin = rng.choice(FI_KIDS + FI_STAFF)[0]
            t = (f"Varaaja: {_p(g[0] + ' ' + s)} ({oo[i % len(oo)]}). Tila: {rr[i % len(rr)]}, {day} klo "
                 f"{hour}–{hour + 2}. Avaimen noutaa {rng.choice(rel)} {_p(kin)}, {_t(_phone(rng))}.")
        elif frame == 1:
            kid = rng.choice(FI_KIDS)
            t = (f"Avaimen hakee {_p(kid[0])} ({rng.randint(13, 17)} v). Vastuuaikuinen "
                 f"{_p(rng.choice(FI_STAFF)[0] + ' ' + s)} {_t(_phone(rng, landline_ok=False))}. "
                 f"{rr[i % len(rr)]}, {day} klo {hour}.")
        elif frame == 2:
            addr, postal, city = _address(rng, FI_STREETS)
            t = (f"Yhteyshenkilö {_p(g[0] + ' ' + s)}, {_e(_email(rng, g[0], s))}, puh {_t(_phone(rng))}. "
                 f"Laskutusosoite {_a(addr)}, {postal} {city}. Varaus koskee tilaa {rr[i % len(rr)]}.")
        else:
            aunt = rng.choice(FI_OLD_F)
            t = (f"Tilaisuus: {oo[i % len(oo)]} joulukahvit {day} klo {hour}. Kahvit keittää "
                 f"{_p(aunt[0])}-täti ja tiskit hoitaa {_p(g[0])}. Kysymykset suoraan minulle, "
                 f"{_t(_phone(rng))}")
        out.append(t)
    return out


def _gen_fi_child(rng, k):
    incidents = [("kaatui potkulaudalla", "Kivikon pyöräreitillä, jossa on syvä kuoppa"),
                 ("liukastui", "koulun portilla, jota ei ole hiekoitettu"),
                 ("jäi melkein auton alle", "suojatiellä, jonka liikennevalo on rikki"),
                 ("satutti kätensä", "leikkipuiston rikkinäisessä keinussa"),
                 ("putosi", "kiipeilytelineestä, jonka alla ei ole turva-alustaa"),
                 ("sai lasinsirun jalkaan", "uimarannan hiekassa")]
    inc = rng.sample(incidents, len(incidents))
    kids = rng.sample(FI_KIDS, len(FI_KIDS))
    out = []
    for i in range(k):
        kid = kids[i % len(kids)]
        what, where = inc[i % len(inc)]
        parent = rng.choice(["lapseni", "lapsenlapseni", "kummilapseni", "nuorimmaisemme"])
        sig = rng.choice(FI_STAFF + FI_OLD_F)[0]
        age = rng.randint(4, 12)
        if i % 3 == 0:
            t = (f"{parent} {_p(kid[0])} ({age} v) {what} {where}. Milloin tämä korjataan? "
                 f"{_p(sig)}, {_e(_email(rng, sig, rng.choice(FI_SURNAMES)[0]))}")
        elif i % 3 == 1:
            t = (f"Meidän {_p(kid[0])} ({age}v) {what} eilen {where}. {_p(kid[1])} isä on jo käynyt "
                 f"valittamassa mutta mitään ei ole tapahtunut!! soita {_t(_phone(rng, landline_ok=False))}")
        else:
            t = (f"Terveisin {_p(sig)}, {_p(kid[1])} äiti: {_p(kid[0])} {what} {where}. Kuvat liitteenä. "
                 f"{_p(kid[0])} on vasta {age}-vuotias, tällaista ei saisi tapahtua.")
        out.append(t[0].upper() + t[1:] if i % 2 == 0 else t)
    return out


def _gen_fi_sign(rng, k):
    causes = ["Vastustamme Maunulan kirjaston aukioloaikojen lyhentämistä.",
              "Toivomme penkkejä ja käsijohteita Kivikon ulkoilureitille.",
              "Vastustamme palvelutalon ruokalan sulkemista.",
              "Pyydämme suojatietä Pakilantien bussipysäkin kohdalle.",
              "Emme hyväksy leikkipuiston muuttamista pysäköintialueeksi."]
    cs = rng.sample(causes, len(causes))
    out = []
    for i in range(k):
        names = []
        surs = rng.sample(FI_SURNAMES, 6)
        n = rng.randint(4, 6)
        pool = rng.sample(FI_OLD_F + FI_OLD_M, 8)
        c = 0
        for j in range(n):
            if j == 1:
                names.append(f"{_p(pool[c][0])} ja {_p(pool[c + 1][0] + ' ' + surs[j][0])}")
                c += 2
            elif j == 3 and rng.random() < 0.5:
                addr, _, _ = _address(rng, FI_STREETS)
                names.append(f"{_p(pool[c][0] + ' ' + surs[j][0])}, {_a(addr)}")
                c += 1
            else:
                names.append(_p(pool[c][0] + ' ' + surs[j][0]))
                c += 1
        contact = pool[c][0] + " " + surs[0][0]
        sep = "\n" if i % 2 == 0 else ", "
        t = (f"{cs[i % len(cs)]}\n\nAllekirjoittaneet:{sep if sep == chr(10) else ' '}{sep.join(names)}\n\n"
             f"Yhteyshenkilö {_p(contact)}, {_t(_phone(rng))}")
        out.append(t)
    return out


def _sv_gen(name):
    return name if name[-1] in "sxz" else name + "s"


def _gen_sv_thanks(rng, k):
    places = ["i kassan på Itis simhall", "på Hertonäs bibliotek", "på Kottby servicecentral",
              "i Drumsö bibliotek", "på hälsostationen i Nordsjö", "i receptionen på Arbis",
              "på Hagalunds simhall", "i Dickursby servicepunkt"]
    deeds = ["när min mamma ramlade i entrén", "när pappas rullator fastnade i svängdörren",
             "när jag inte förstod den nya kortläsaren", "när min man blev yr i omklädningsrummet",
             "när bokningen hade blivit fel dag"]
    staff = rng.sample(SV_STAFF, len(SV_STAFF))
    pl = rng.sample(places, len(places))
    out = []
    for i in range(k):
        a, b = staff[(2 * i) % len(staff)], staff[(2 * i + 1) % len(staff)]
        me = f"{rng.choice(SV_OLD_F + SV_OLD_M)} {rng.choice(SV_SURNAMES)}"
        d = rng.choice(deeds)
        if i % 3 == 0:
            t = f"Ett stort tack till {_p(a)} och {_p(b)} {pl[i]} som hjälpte till {d}. Sådant glömmer man inte. /{_p(me)}"
        elif i % 3 == 1:
            t = (f"Ros till personalen {pl[i]}! Särskilt {_p(a)}, som tog sig tid {d}. "
                 f"Hälsningar {_p(me.split(' ')[0])}, {rng.randint(72, 95)} år")
        else:
            t = (f"Jag vill berömma {_p(a)} {pl[i]}. {d[0].upper() + d[1:]} kom hen genast. "
                 f"Kan hens chef få veta det? {_p(me)}, tel. {_t(_phone(rng))}")
        out.append(t)
    return out


def _gen_sv_neighbour(rng, k):
    problems = ["röker på balkongen så att röken kommer in till oss", "matar duvorna på fönsterbrädet",
                "har ställt skräp i cykelkällaren igen", "spelar hög musik efter kl 23",
                "skottar snön mot vår port", "har satt ett eget lås på gårdsporten"]
    floors = ["på andra våningen", "i B-trappan", "i huset mittemot", "ovanför oss", "på nedersta våningen"]
    surs = rng.sample(SV_SURNAMES, len(SV_SURNAMES))
    out = []
    for i in range(k):
        s = surs[i % len(surs)]
        me_f, me_s = rng.choice(SV_OLD_F + SV_OLD_M), rng.choice(SV_SURNAMES)
        addr, postal, city = _address(rng, SV_STREETS)
        frame = i % 3
        if frame == 0:
            t = (f"Grannen {_p(rng.choice(SV_OLD_F))} {rng.choice(floors)} {rng.choice(problems)}. Disponenten "
                 f"svarar inte. Jag bor {_a(addr)}, {postal} {city}. {_p(me_f + ' ' + me_s)} {_t(_phone(rng))}")
        elif frame == 1:
            t = (f"{_p(_sv_gen(s))} {rng.choice(['hund', 'katt', 'pojkar', 'bil'])} har igen "
                 f"{rng.choice(['stört hela trappan', 'förstört rabatten', 'blockerat räddningsvägen'])}. "
                 f"Fru {_p(surs[(i + 5) % len(surs)])} {rng.choice(floors)} håller med mig. "
                 f"Kontakt: {_e(_email(rng, me_f, me_s))}")
        else:
            t = (f"Hej, jag skriver för min granne {_p(rng.choice(SV_OLD_M))} (herr {_p(s)}, "
                 f"{rng.randint(80, 96)} år) som inte har dator. Snövallen framför porten är en meter hög och "
                 f"han kommer inte ut. Adressen är {_a(addr)}. Ring mig, {_p(me_f)}, {_t(_phone(rng))}.")
        out.append(t)
    return out


def _gen_sv_letter(rng, k):
    subjects = [("Gatubelysning", "gatlyktan utanför vårt hus har varit släckt sedan oktober"),
                ("Sandning", "trottoaren inte har sandats en enda gång denna vinter"),
                ("Felparkeringsavgift", "jag fick en avgift fast parkeringsskivan låg synlig"),
                ("Skadeersättning", "jag föll på ett isigt övergångsställe och mina glasögon gick sönder")]
    subj = rng.sample(subjects, len(subjects))
    out = []
    for i in range(k):
        head, body = subj[i % len(subj)]
        f, s = rng.choice(SV_OLD_F + SV_OLD_M), rng.choice(SV_SURNAMES)
        addr, postal, city = _address(rng, SV_STREETS)
        extra = ""
        if i % 2 == 0:
            extra = f" Min personbeteckning är [[H:{_hetu(rng, 1931, 1950)}]]."
        if head in ("Felparkeringsavgift", "Skadeersättning"):
            extra += f" Eventuell ersättning till konto [[I:{_iban(rng)}]]."
        stad = {"Helsingfors": "Helsingfors stad", "Esbo": "Esbo stad", "Vanda": "Vanda stad"}[city]
        t = (f"Till {stad}\n\nÄrende: {head}\n\nUndertecknad meddelar härmed att {body}.{extra}\n\n"
             f"{rng.choice(['Högaktningsfullt', 'Med vänlig hälsning', 'Vänligen'])}\n\n{_p(f + ' ' + s)}\n"
             f"{_a(addr)}\n{postal} {city}\ntel. {_t(_phone(rng))}")
        out.append(t)
    return out


def _gen_sv_varaamo(rng, k):
    rooms = ["festsalen i Malms kulturhus", "klubbrummet på Stoa", "mötesrummet i Nordhuset",
             "köket i Gårdsbacka ungdomsgård", "grupprummet i Oodi", "salen i Arbis"]
    rel = ["barnbarnet", "grannen", "min vän", "vår kassör", "klubbens sekreterare"]
    rr = rng.sample(rooms, len(rooms))
    out = []
    for i in range(k):
        f, s = rng.choice(SV_OLD_F + SV_OLD_M), rng.choice(SV_SURNAMES)
        day = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}"
        if i % 3 == 0:
            t = (f"Bokare: {_p(f + ' ' + s)}, {rr[i % len(rr)]} {day} kl {rng.randint(10, 17)}. Nyckeln hämtas av "
                 f"{rng.choice(rel)} {_p(rng.choice(SV_KIDS + SV_OLD_F))}, tel {_t(_phone(rng))}.")
        elif i % 3 == 1:
            kid = rng.choice(SV_KIDS)
            adult = rng.choice(SV_STAFF)
            t = (f"{_p(kid)} ({rng.randint(14, 17)} år) hämtar nyckeln till {rr[i % len(rr)]}. Ansvarig vuxen "
                 f"{_p(adult + ' ' + s)}, {_e(_email(rng, adult, s))}.")
        else:
            t = (f"{_p(_sv_gen(s))} 80-årskalas {day}: {rr[i % len(rr)]}. Faktureras {_p(f + ' ' + s)}, "
                 f"{_a(_address(rng, SV_STREETS)[0])}. Kaffet kokar {_p(rng.choice(SV_OLD_F))}.")
        out.append(t[0].upper() + t[1:] if not t.startswith("[[") else t)
    return out


def _gen_sv_sign(rng, k):
    causes = ["Vi motsätter oss att Drumsö simstrand stängs.",
              "Vi kräver ett övergångsställe vid hållplatsen på Baggbölevägen.",
              "Behåll servicecentralens matsal i Kottby!"]
    out = []
    for i in range(k):
        pool = rng.sample(SV_OLD_F + SV_OLD_M, 6)
        surs = rng.sample(SV_SURNAMES, 5)
        names = [_p(pool[0] + " " + surs[0]), f"{_p(pool[1])} och {_p(pool[2] + ' ' + surs[1])}",
                 _p(pool[3] + " " + surs[2]), _p(pool[4] + " " + surs[3])]
        t = (f"{causes[i % len(causes)]}\n\nUndertecknade:\n" + "\n".join(names) +
             f"\n\nKontaktperson {_p(pool[5] + ' ' + surs[4])}, {_t(_phone(rng))}")
        out.append(t)
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = [("fi", t) for t in HAND_FI] + [("sv", t) for t in HAND_SV]
    fi_gen = (_gen_fi_thanks(rng, 8) + _gen_fi_neighbour(rng, 8) + _gen_fi_letter(rng, 6)
              + _gen_fi_varaamo(rng, 8) + _gen_fi_child(rng, 6) + _gen_fi_sign(rng, 5))
    sv_gen = (_gen_sv_thanks(rng, 6) + _gen_sv_neighbour(rng, 6) + _gen_sv_letter(rng, 4)
              + _gen_sv_varaamo(rng, 5) + _gen_sv_sign(rng, 3))
    out += [("fi", t) for t in fi_gen] + [("sv", t) for t in sv_gen]
    return out
