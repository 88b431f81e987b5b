"""Blind evaluation block 49 for the personal-data scrubber.

Written by helper "outsider 49" on 2026-12-08.

Blindness: I did not open, list the contents of, grep, cat or run anything under /work/main/harvester/,
/work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file, or
/work/scratch/ (apart from the brief itself). I ran no git commands, did not run the scrubber and did not run any
evaluation. The texts come only from the brief and my own idea of how residents write.

Focus: a random day of Open311 feedback and Varaamo booking notes, Finnish about 50 %, Swedish about 25 %,
English about 25 %, from residents of every age and origin. Person names are about half of the spans, in every
form (first names alone, full names, inflected Finnish forms, nicknames, initials, capitals and lower case,
signatures, names next to phones and e-mails); the rest are phones, e-mails, addresses with house numbers and
flats, a few IBANs, plates, HETUs and IPs. About a third of the records are hard negatives.

Seed: 4949 (random.Random(SEED) drives the small generators at the end; everything else is fixed text).

Markup: `[[LABEL:text]]` around each piece of personal data. P person name (Finnish case endings, English 's and
Swedish genitive -s inside the span; titles and role words outside), E e-mail, T phone number, H Finnish personal
identity code, I IBAN or bank account number, R licence plate, IP IP address, A street address with a house number
(staircase and flat included, postal code and city outside). Famous people, streets without numbers, parks,
schools, brands, pets, case numbers and the like are not marked.
"""

import random

SEED = 4949

# ---------------------------------------------------------------- Finnish, hand-written
_FI = [
    # Open311 feedback
    "Hei, Kontulantien bussipysäkin katos on rikottu taas, lasinsirpaleita joka puolella. Lapset kulkee tästä kouluun. t. [[P:Marjatta Kinnunen]] [[T:040 718 2293]]",
    "Roskis täynnä Vuosaaren uimarannan parkkiksella jo kolmatta päivää, lokit levittää kaiken ympäriinsä.",
    "Asun osoitteessa [[A:Kaarelantie 7 B 23]] ja pihalla on ollut hylätty auto [[R:KJX-482]] syyskuusta asti. Voisko joku tulla katsomaan?",
    "katuvalo pimeänä Sturenkadulla Brahenkentän kohdalla, ilta on tosi pimeä koiran kanssa kulkiessa",
    "Ilmoittaja: [[P:Jussi Hämäläinen]], puh [[T:050 3391 847]], sähköposti [[E:jussi.hamalainen@gmail.com]]. Aurauskone kaatoi aitamme osoitteessa [[A:Rajatorpantie 41 C]].",
    "Kiitos [[P:Hannalle]] asukaspuistosta, hän auttoi meitä kun poika kaatui pyörällä 😊",
    "Töölönlahden puistossa on puu kaatunut kävelytien yli, ei pääse rattaiden kanssa ohi. Klo 7.45 havaittu.",
    "Naapurin koira haukkuu koko yön. Koiran nimi on Aatu ja omistaja on [[P:Pertti]] rapusta B. En halua nimeäni julki.",
    "hei mä oon [[P:eetu]] 14v ja meijän koulun lähellä skeittiparkissa on rikki ramppi, joku voi satuttaa itsensä",
    "Vastaus asiaan HEL-2026-014477: lumet on edelleen aurattu jalkakäytävälle Mäkelänkadulla. Kukaan ei ole tehnyt mitään.",
    "Terveisin [[P:Aino-Kaisa Lehtimäki-Ruotsalainen]]\n[[A:Pohjolankatu 18 A 5]]\n00610 Helsinki\n[[T:+358 44 902 1174]]",
    "Liukas kohta Itäkeskuksen metroaseman portailla, mummo melkein kaatui siinä. Hiekkaa kiitos.",
    "Soitin jo [[P:Virtaselle]] rakennusvirastoon mutta ei vastannut. Numeroni on [[T:09 3108 7712]] jos joku muu voi ottaa hoitaakseen.",
    "Metelöinti yöllä Alppipuistossa, musiikkia klo 2 asti. Poliisille soitettu.",
    "Mun isä [[P:Reijo Salminen]] kaatui jäisellä jalkakäytävällä talon [[A:Myllypurontie 16]] edessä ja mursi ranteensa. Haluamme tehdä vahingonkorvaushakemuksen, tilinumero [[I:FI21 1234 5600 0007 85]].",
    "Aleksis Kiven katu on remontin takia suljettu mutta kiertotiestä ei ole kylttejä.",
    "Moikka, graffiteja Herttoniemen ala-asteen seinässä, kuvat liitteenä. -[[P:Tiia]]",
    "Kyseessä on sama ongelma kuin viime vuonna. Lisätietoja saa minulta: [[E:pirjo.koskela54@luukku.com]] tai [[T:0400 556 812]]. [[P:Pirjo Koskela]]",
    "Hyvä kaupunki! Helsingin kaupungin Kalasataman terveysasema avautuu klo 8, mutta jono alkaa jo 7.30. Voisiko ovet avata aiemmin talvella?",
    "[[P:KORHONEN MATTI]] [[A:VANHANKAUPUNGINTIE 3 C 14]] SAUNA VUOTAA ALAKERTAAN. KAUPUNGIN VUOKRA-ASUNTO. SOITTAKAA [[T:0405567123]]",
    "Pyörätie Baanalla on täynnä lasia Ruoholahden kohdalla, kolmas rengas puhki tällä viikolla.",
    "Ilmoitan että linjan 55 kuljettaja jätti pysäkille odottavan vanhuksen kyydistä. Aika 14.12, pysäkki Koskelantie. Auton numero 1207.",
    "Tämä on jo neljäs kerta kun ilmoitan! Edelliset palautteet 2025-09-11 ja 2025-10-02. Kukaan ei ole vastannut. [[P:Seppo K.]]",
    "Meidän pihalla [[A:Vesakkotie 2 D 40]] on rottia, tulevat roskakatoksesta. Isännöitsijä [[P:Rautiainen]] sanoo että se on kaupungin asia.",
    "Kenraali Mannerheimin patsaan ympärillä olevat penkit on maalattu ja maali ei ole kuivunut, ei mitään varoituskylttiä!!",
    "Hei! Olen [[P:Fatima Al-Hassan]] ja asun Malmilla. Lapseni koulutie kulkee Malmin aseman ohi ja siellä on aina humalaisia. Voiko poliisi käydä useammin? [[T:045 238 9011]]",
    "leikkipuisto Lentsikan keinut rikki taas",
    "Terve, vastaan tähän [[P:Ollin]] palautteeseen: olen samaa mieltä, Kalliossa ei ole tarpeeksi roskiksia.",
    "Palaute koskien HSL-korttia, en ole saanut hyvitystä. Asiakasnumero 448120933. [[P:Leena Mäkinen]], [[E:leena.makinen@elisanet.fi]]",
    "Viereisessä talossa [[A:Kotikonnuntie 4]] tehdään remonttia sunnuntaisin aamukahdeksalta, eikö ole mitään sääntöjä?",
    "Ihan hyvä että Keskuspuistoon tehtiin uusi latu! Kiitos vaan kaikille.",
    "Kadonnut: musta polkupyörä Helkama, runkonumero WGL7721039, Pasilan asemalta 3.12. Löytäjä voi soittaa [[T:+358401234987]] / [[P:Mika]]",
    "Vanhempi naapurimme [[P:Elsa Lindqvist]] (92 v) ei pääse ulos kun porraskäytävä on jäässä, [[A:Kirkkoherrantie 9 A 2]]. Voisiko joku hiekoittaa?",
    "Puistotyöntekijät tekivät loistavaa työtä Kaivopuistossa, kiitos!",
    "Tiistaina 2.12. klo 16 jälkeen Hakaniemen torilla ei toiminut yksikään kaupunkipyörätelineistä.",
    "t: [[P:Jaska]] eli [[P:Jarmo Pitkänen]] taloyhtiön hallituksesta, [[E:jarmo.pitkanen@taloyhtio-malmi.fi]]",
    "Ikkunani alla [[A:Siltasaarenkatu 12 B 31]] seisoo joka yö auto [[R:GTO-915]] moottori käynnissä tuntikausia.",
    "Pyytäisin että asiaa hoitava [[P:Hakkarainen]] ottaisi yhteyttä minuun, olen [[P:Tuula]] [[T:050 902 3378]].",
    "Lauttasaaren sillalla tuulee niin kovasti että lumet lentää ajoradalle, 1.12 klo 8-9 välillä ruuhka.",
    "Hei, IP-osoitteeni [[IP:91.152.44.207]] on estetty teidän palautejärjestelmästä vaikka en ole tehnyt mitään väärää. [[P:Kalle Ranta]]",
    "Maksoin pysäköintivirhemaksun kahdesti, viite 1234 56789 01. Palautus tilille [[I:FI70 4006 0010 1857 25]], tilinomistaja [[P:Sari Heinonen]].",
    "Isoäitini [[P:Lahja]] sanoi että ennen tässä kohtaa oli suojatie, miksi se poistettiin? Kumpulantie, Intiankadun risteys.",
    "Paljonko maksaa yksityishenkilön tilata kaupungilta kaatuneen puun poisto? Hinta-arvio 150–300 €?",
    "Kaupunginkirjaston Oodin pyöräparkki aina täynnä, lisää telineitä please.",
    "[[P:Pekka Mäkelän]] kanssa puhuin eilen ja hän lupasi että katu aurataan tänään. Ei ole aurattu.",
    "Kirjoitan äitini puolesta: [[P:Ritva Nieminen]], hetu [[H:131052-308T]], osoite [[A:Riihitie 8 as 12]], hänellä on kotihoidon käyntejä jotka ei toteudu.",
    # Varaamo notes
    "Varaaja [[P:Noora Hietala]], Arabian nuorisotalon bändikämppä ti 18-21. Avaimet hakee [[P:Joonas]] ([[T:045 667 2090]]).",
    "Varaus Maunulan asukastupa 14.12. klo 12–16 pikkujouluja varten, 25 henkeä. Laskutus: Maunulan asukasyhdistys ry.",
    "Avainten nouto: [[P:Matti V.]] hakee perjantaina ennen klo 15. Yhteyshenkilö [[P:Anne-Mari Väisänen]], [[E:annemari.vaisanen@outlook.com]]",
    "Käytämme tilaa kuorotreeneihin, paikalla noin 12 henkeä. Kuoronjohtaja [[P:Ilkka Saarinen]] puh. [[T:044-587 3301]].",
    "Kokoushuone Sammakko, Oodi, 3 h. Ei lisätietoja.",
    "Lasten syntymäpäivät! [[P:Eeva]] täyttää 7 🎉 Tarvitaan pöytiä ja tuoleja. Laskun voi lähettää osoitteeseen [[A:Paciuksenkatu 21 C 47]], 00270 Helsinki.",
    "Varaus tehty yhdistyksen puolesta, vastuuhenkilö [[P:T. Karjalainen]], [[E:t.karjalainen@kolumbus.fi]]",
    "Pelikerho tiistaisin Kanneltalossa, ikäraja 12+. Tuomme omat pelit (Catan, Carcassonne).",
    "Tila varattu [[P:Mohamed Abdi Warsamen]] nimiin, mutta paikalla on myös [[P:Hodan]] joka puhuu suomea. Puh [[T:041 779 5540]].",
    "Varaus perutaan, ilmoittaja [[P:Sanna]]. Kiitos!",
    "Vuosaaren talon sali 5.1.2027 klo 17.00-20.00, jumppaa eläkeläisille, ohjaaja Liikuntaviraston kautta.",
    "Avaimen palautus postiluukkuun [[A:Kangasalantie 3]]. Jos ongelmia soittakaa [[P:Artolle]] [[T:0505112468]].",
    "Laskutustiedot: [[P:Hietanen Kaija]], [[A:Vilhonvuorenkatu 11 B 20]], 00500 Helsinki, [[E:kaija.hietanen@pp.inet.fi]]",
    "Koulun liikuntasali Käpylän peruskoulu la 10-12 sählyä varten, joukkue 'Käpylän Kiekko' (harrastejoukkue).",
    "Tarvitsen tilan kokoukseen, osallistujat: [[P:Liisa]], [[P:Hannu]], [[P:Ville Ahonen]] ja minä ([[P:Kirsi]]).",
    "Tilaa käyttää Helsingin Marttayhdistys, yhteyshenkilö löytyy järjestön sivuilta.",
    "Oodin studio 2 h podcastin nauhoitukseen. Vieraana Paavo Nurmi -näyttelyn kuraattori, ei muita.",
    "Ajo-ohje avaimen hakijalle: auto [[R:ZLB-37]] parkkeeraa lastausalueelle hetkeksi, kuljettaja [[P:Henrik Toivonen]].",
    "Viime kerralla lattialle jäi kahvitahroja, pahoittelut. Siivoamme paremmin. Varaaja sama kuin ennen.",
]

_FI += [
    "Hei [[P:Heikki]]! Kiitos nopeasta vastauksesta eilen. Voisitko vielä tarkistaa, onko kattoremontti [[A:Malminkaari 5 C 19]] aikataulussa? t. [[P:Aune]]",
    "Satamassa seisoo joka aamu rekka moottori käynnissä, Länsisatamankatu, klo 5-7.",
    "Poikani [[P:Onni]] ([[H:110312A226W]]) ei päässyt koulukyytiin koska taksi ei tullut. Soittakaa äidille [[T:044 315 6602]].",
    "Ilmoitus: kuollut lintu Hesperian puistossa lähellä rantaa. Joutsen? Varmaan lintuinfluenssa-riski.",
    "Nimeni on [[P:Väinö Mattila]] ja olen 81-vuotias. En osaa käyttää tätä konetta hyvin mutta bussi 79 ei pysähdy Siilitien pysäkillä. tytär [[P:Merja]] auttoi kirjoittamaan",
    "Ostin kaupungilta käytetyn pyörän huutokaupasta (kohde 2026/118), ei toimi. Rahat takaisin tilille [[I:FI98 8000 1701 2345 67]] kiitos. [[P:J. Lampinen]]",
    "Ruusulankadun tietyö on kestänyt jo kolme kuukautta, milloin valmista?",
    "vastaus [[P:Tuomas Heikkisen]] kommenttiin: ei se ole kaupungin vika että taloyhtiö ei ole aurannut.",
    "Keskustakirjasto Oodin vessat oli kaikki epäkunnossa lauantaina klo 13.",
    "Lähetin tämän jo sähköpostilla [[E:kirsi.leppanen@hel.fi]]:lle mutta ei kuulunut mitään. Asia koskee sitä että Kumpulan koulupuutarhan portti on rikki.",
    "Hei Helsinki, tässä [[P:Jenni]] Pihlajamäestä, meillä on kerrostalon [[A:Rapakiventie 6 A 8]] edessä iso kuoppa, autot ajaa siihen koko ajan.",
    "Hyvää joulua kaikille kaupungin työntekijöille! 🎄",
    "Lapsille ei ole mitään tekemistä Jakomäessä iltaisin. Nuorisotalo kiinni klo 20 jälkeen. Tarvitaan lisää.",
    "Hernesaaren rannassa on öljyläikkä, näkyy selvästi. Kuvat otettu 8.12. klo 10.20.",
    "palaute raitiovaunun 9 kuljettajasta joka oli todella ystävällinen, nimikyltissä luki [[P:Markku]]",
    "Hätäkeskukseen ei tarvinnut soittaa, mutta kaatunut liikennemerkki Mechelininkadulla on vaarallinen.",
    "[[P:Sirkka-Liisa]] tässä hei, mun [[E:sirkkaliisa.h@suomi24.fi]] ei enää toimi, käyttäkää [[E:sirkkaliisa.hyvonen@gmail.com]]",
    "Soittakaa [[T:+358 9 310 12345]] niin saan asian hoidettua, tai minut tavoittaa matkapuhelimesta [[T:0451239876]].",
    "Toivon että Kerrokantasi-sivulla kerrotaan selvemmin mitä Sörnäistentunnelille tapahtuu.",
    "Autoni [[R:MNC-208]] hinattiin Kallion kirjaston edestä vaikka siinä ei ollut mitään merkkiä! Omistaja [[P:Aleksi Grönroos]].",
    "Terveisin,\n[[P:anna-leena]]\n\nLähetetty iPhonesta",
    "Korttelin 33 kaavamuutoksesta en tiedä mitään, mutta Sibeliuksen monumentin ympäristö pitää säilyttää ennallaan.",
    "Kahvila Ekbergin edessä on rikkinäinen kaivonkansi, Bulevardi. Joku kompastuu vielä.",
    "Tämä koskee asuntoani [[A:Karhusuontie 18 B 50]], vuokranantaja Heka. Hometta kylppärissä. [[P:Anu Salo]], [[T:040 6612 309]]",
    "Kontulan kauppakeskuksen edessä pidettiin Lions Clubin joulumyyjäiset, kaikki sujui hyvin. Kiitos järjestäjille.",
    "Vartiointi kamera-asioissa ota yhteyttä [[P:Kimmo Jääskeläiseen]], hän on taloyhtiön puheenjohtaja.",
    "Lumiaura rikkoi postilaatikkomme [[A:Tapulikaupungintie 24]], laatikon omistajat [[P:Päivi]] ja [[P:Raimo Hirvonen]].",
    "Ryhmä: Mielenterveysseura, kokoontuu Kalliossa 12.1. ja 26.1. klo 17.30. Lisätietoja yhdistyksen nettisivuilta.",
    "Kerhon vetäjä [[P:Miikka]] tulee hakemaan avaimen, hänen nro [[T:050 44 98 112]], varaaja [[P:Laura Kivelä]] ([[E:laurakivela@hotmail.com]]).",
    "Kalasataman Tukkutorin tapahtumahallin varaus kirpputoria varten, 40 pöytää, kesto 10–16.",
]

# ---------------------------------------------------------------- Swedish, hand-written
_SV = [
    "Hej! Gatlyktan utanför [[A:Brändövägen 14]] har varit trasig i två veckor. Mvh [[P:Birgitta Ekholm]] [[T:040 552 1830]]",
    "Snön har inte plogats på Runebergsgatan sedan i fredags, det är omöjligt att ta sig fram med rullator.",
    "Jag heter [[P:Johan Sundström]] och bor på [[A:Kyrkoherdevägen 3 A 12]]. Grannens hund skäller hela nätterna.",
    "Tack till personalen på Arbis för en fin höstterm! 🙂",
    "Bussen 65 kom inte alls i morse kl. 7.10, jag missade mitt jobb. Ärende HEL-2026-021904.",
    "[[P:Annikas]] förslag om fler soptunnor i Brunnsparken stöder jag helt.",
    "Mvh,\n[[P:Ulla-Britt Holmström]]\n[[E:ullabritt.holmstrom@kolumbus.fi]]\ntel. [[T:+358 50 774 2015]]",
    "Bilen [[R:BPO-671]] har stått parkerad på gångbanan vid Tavastvägen i en vecka, ingen tar hand om det.",
    "Det fattas ett övergångsställe vid Tölö torg, barnen till Lönnbeckska skolan måste springa över gatan.",
    "Hej, min mamma [[P:Gunnel]] föll på isen vid [[A:Sandvikskajen 5]] i går. Vem ska vi kontakta om ersättning?",
    "Skolans gymnastiksal (Botby grundskola) bokas för innebandy, lördagar 9–11, kontaktperson [[P:Mikael Grönqvist]], [[T:044 918 2216]].",
    "Lekparken i Kottby har nya gungor, tack så mycket! Barnen älskar dem.",
    "Påminnelse: nyckeln lämnas tillbaka till vaktmästaren före kl. 21. [[P:Stina]] hämtar den.",
    "Bokningen gäller [[P:Lindbergs]] 60-årsfest, ca 40 gäster. Faktura till [[A:Stensvikskajen 2 B 17]], 00200 Helsingfors.",
    "det är alldeles för mörkt i Centralparken om kvällarna, kan ni sätta upp mer belysning",
    "Undertecknad, [[P:Erik Forsblom]], personbeteckning [[H:021178-653B]], ansöker om ersättning för skadad cykel. Konto [[I:FI33 5723 0220 3711 95]].",
    "Mannerheimstatyn ser smutsig ut, kan den tvättas inför självständighetsdagen?",
    "Svar till [[P:Karin]]: jag håller med, Hagnäs torg behöver fler bänkar.",
    "Hälsningar [[P:Leffe]] (alltså [[P:Leif Åberg]]) från Gamlas",
    "Mötesrum Vinge på Ode, 2 h, studiecirkel i svenska. Ingen extra utrustning.",
    "Vi är en grupp pensionärer från Hertonäs som vill boka salen varje tisdag. Kontakt: [[P:Margareta Nyholm]], [[E:m.nyholm@gmail.com]].",
    "Hej! [[P:Elias]] 9 år här. Det finns glas i sandlådan på lekplatsen vid [[A:Bergmansgatan 28]]. Pappa hjälpte mig skriva.",
    "Trafikljusen vid Hagnäskajen fungerar inte sedan 6.12 kl. 15.",
    "Bästa hälsningar / Parhain terveisin\n[[P:Christoffer Lindroos]]\n[[T:050-318 4772]]",
    "Min granne fru [[P:Sjöberg]] har ingen dator så jag skickar det här för henne: hennes postlåda på [[A:Kaptensgatan 7 C 22]] har brutits upp.",
    "Tack [[P:Sebastian]] på simhallen i Ärtholmen för hjälpen med min son!",
    "Bokning avbokas, [[P:M. Westerlund]].",
    "Kyrkan på Tempelplatsen hade stängt fast det stod öppet till kl. 17 på nätet.",
    "Varför plogas Esplanaden före Drumsö? Alla bor inte i centrum.",
    "Bilnummer [[R:CKT-119]], förare [[P:Patrik Nylund]], hämtar nycklarna fredag kl. 16 för Svenska kvinnoförbundet.",
    "Kontaktperson för bokningen: [[P:Jonna Söderholm]] ([[E:jonna.soderholm@abo.fi]]), vice [[P:Tove]].",
    "Det ligger en död räv i diket längs Östra Brobergskajen. Sett kl. 8.30.",
    "HEJ JAG HETER [[P:GÖRAN STRÖMBERG]] OCH JAG VILL KLAGA PÅ BUSSCHAUFFÖREN PÅ LINJE 20. TEL [[T:0405512877]]",
    "Inga namn behövs, men trapporna till Tölö bibliotek är isiga.",
    "Någon har dumpat en soffa vid återvinningsstationen på Marudd. Kan staden hämta den?",
]

_SV += [
    "Hyresgäst på [[A:Observatoriegatan 8 A 3]] här. Värmen fungerar inte. [[P:Ahmed]] från fastighetsskötseln lovade komma men ingen kom. /[[P:Nora Haddad]]",
    "Jag skickar bilder till er e-post i stället, mina är [[E:tomas.blomqvist@yahoo.se]]. Hälsn. [[P:Tomas]]",
    "Stadens cykel vid Sörnäs metro är trasig, stöd nr 118.",
    "Vi har bokat Kulturcentret Caisa för en teaterrepetition 19.12 kl. 18–21. Ansvarig: [[P:Hanna-Maria Lundqvist]], [[T:045 112 3459]].",
    "Jag såg att [[P:Rasmus]] redan skrivit om samma sak, men vill tillägga att hålet i asfalten vid Åshöjdens skola är ännu större nu.",
    "Jean Sibelius hade säkert inte gillat hur Sibeliusparken ser ut nu med alla sopor.",
    "Fakturan skickas till föreningen, inte till mig personligen. Referens 2026-44.",
    "Mina föräldrar [[P:Sven]] och [[P:Marianne Eklund]] bor på [[A:Dragonvägen 11]] och snöhögen blockerar deras infart helt.",
    "Öppettiderna för Stoa borde synas bättre på webben.",
    "IP-adressen i loggen, [[IP:88.113.201.45]], är min hemma-router, jag försökte logga in många gånger. /[[P:Kaj]]",
]

# ---------------------------------------------------------------- English, hand-written
_EN = [
    "Hi, the streetlight outside [[A:Porvoonkatu 19 A 6]] has been flickering for a week. Thanks, [[P:Daniel O'Connor]]",
    "There is broken glass all over the cycle path along Baana near Kamppi. Someone will get a flat tire.",
    "My name is [[P:Priya Raghunathan]], I live in Jätkäsaari. The tram 8 stop on Saukonpaadenranta has no shelter and it is freezing. Phone [[T:+358 46 921 3307]]",
    "Thank you to the staff at Oodi library, especially [[P:Mikko]] at the info desk, who helped me print my residence permit papers!",
    "The playground in Kaivopuisto is great but the toilets are always locked.",
    "hey, skatepark at Kontula has a broken rail, my friend [[P:jake]] almost broke his arm. pls fix",
    "Car [[R:XFB-842]] has been blocking the bike lane on Hämeentie every morning between 7 and 9.",
    "Regards,\n[[P:Olena Kovalenko]]\n[[E:olena.kovalenko@ukr.net]]\n[[T:044 981 2044]]",
    "Booking for the Maunula House sauna on Saturday 12-14, 6 people. Contact person [[P:Ben]], [[T:0503349871]].",
    "Not sure who to contact but the elevator in the Kalasatama metro station has been out of order since Monday.",
    "I am writing on behalf of my neighbour, Mrs [[P:Lindgren]], at [[A:Pietarinkatu 14 B 9]]. Her heating has not worked since November.",
    "Could you please plough the path through Alppipuisto? People with prams are walking on the road.",
    "Key pickup: [[P:Tom]] from the band, Friday after 5pm. Booker [[P:Samuel Mensah]] ([[E:samuel.mensah@aalto.fi]]).",
    "Great event at Helsinki Central Library Oodi yesterday. Shame about the queue at the cloakroom.",
    "To whom it may concern, I was charged twice for the parking fine, reference 1127 3304 91. Please refund to [[I:FI85 1020 3012 3456 78]], account holder [[P:Ahmed Yusuf]].",
    "I reported this already (case HEL-2026-019331) and nothing happened.",
    "Hi this is [[P:Sarah]] from Vuosaari, the bus 90 driver today at 8.15 was really rude to my daughter [[P:Mia]]",
    "The noise from the construction site on Sörnäisten rantatie starts at 6am, which is against the rules.",
    "Cheers, [[P:JP]] ([[P:Juha-Pekka Laine]])",
    "Dear city, my son [[P:Leo Chen]] (born 2009) lost his bike at Pasila station, black Jopo. If found, email [[E:wei.chen.hki@gmail.com]] or call [[T:045-778 0091]].",
    "Why is Mannerheimintie always under construction? Every single year!",
    "Booking the Kallio youth centre music room for our band 'The Helsinki Hooligans'. We have been there before.",
    "Contact for the booking: Ms. [[P:Aisha Bello]], she will bring the projector herself.",
    "The water in the fountain at Esplanadi smells bad. Someone should check it.",
    "I live at [[A:Kalevankatu 31 C 58]] and the rats are back in the courtyard bins. [[P:Emma Watson]] (not the actress lol)",
    "Kids from the Ressu school throw snowballs at the trams on Lapinlahdenkatu, the drivers should report it.",
    "Please contact [[P:Grace]] at [[T:+44 7700 900461]] (UK number, I'm here on exchange) about the lost wallet.",
    "Tried to log in from [[IP:2001:14ba:a0bd:3c00::1f]] but the feedback form keeps saying 'session expired'.",
    "Just want to say Helsinki is a beautiful city and the snow workers are heroes ❄️",
    "Love the new benches at Hietaniemi beach. Marimekko-style cushions would be cool though 😄",
    "My flat at [[A:Sturenkatu 4 A 17]] is right above the bus stop, and the buses idle there all night. [[P:Rahul]]",
    "booking for chess club, Thursdays 17-19, Itäkeskus library meeting room. Contact via the club website.",
    "The app asked for my personal identity code [[H:240387-1152]] to file a complaint, is that really necessary?? [[P:Mark Davies]]",
    "Hi [[P:Tiina]], thanks for the quick reply to my last message. The hole is still there though.",
    "Pickup of keys by [[P:Abdullahi]] or [[P:Farah Osman]], tel [[T:040 337 8122]], van [[R:FLM-503]].",
    "Please forward to Mr. [[P:Niemi's]] team, they handled the Töölö case last year.",
]

_EN += [
    "Booking cancelled, sorry. [[P:K. Mäkinen]]",
    "Re: your reply from 3 Dec. I still think the crossing at Itämerenkatu needs a traffic light. Best, [[P:Chidi]]",
    "There's a dead hedgehog next to the Paavo Nurmi statue, not sure who cleans that.",
    "Ticket machine at Herttoniemi metro broken again, only takes cards.",
    "I'm the coach, [[P:Luis Fernández]], [[E:luis.fernandez.coach@gmail.com]], we need the gym at Latokartano school every Sunday 10-12 for our kids' football team.",
    "Hello, I am [[P:Nguyen Thi Lan]], my English not so good. Garbage room at [[A:Meri-Rastilan tie 10 B 22]] door broken, people from outside put garbage.",
    "FYI the Stockmann corner at Aleksanterinkatu is super slippery today.",
    "Following up on my colleague [[P:Hanna]]'s email: the hall is booked for 40 people, not 14.",
]

# ---------------------------------------------------------------- small generators
_FIRST_FI = ["Aleksi", "Minna", "Tapio", "Heli", "Oskari", "Kaisu", "Ronja", "Arto", "Maija", "Veeti", "Sari", "Juho"]
_LAST_FI = ["Laaksonen", "Peltola", "Kurki", "Ojala", "Huttunen", "Räsänen", "Vainio", "Sipilä", "Nurmi", "Leino"]
_FIRST_SV = ["Malin", "Henrik", "Sofia", "Anders", "Ebba", "Mats", "Linnea", "Fredrik"]
_LAST_SV = ["Lindholm", "Wikström", "Backman", "Åkerlund", "Sandell", "Granström", "Holm"]
_FIRST_EN = ["Chloe", "Omar", "Yuki", "Daniela", "Kwame", "Ivan", "Hannah", "Raj", "Amira", "Lucas"]
_LAST_EN = ["Smith", "Haddad", "Tanaka", "Rossi", "Mensah", "Petrov", "Müller", "Patel", "Diallo", "Silva"]
_ROOMS = ["Oodi, Kuutio", "Maunulatalo, sali", "Stoa, Musiikkisali", "Kanneltalo, kerhohuone",
          "Vuotalo, Aaltoalkio", "Malmitalo, Kokoushuone 2", "Caisa, studio", "Arabian nuorisotalo, bändikämppä"]
_STREETS = ["Mannerheimintie", "Hämeentie", "Fleminginkatu", "Kivikonkaari", "Vuotie", "Kauppakartanonkatu",
            "Itäväylä", "Leppävaarankatu", "Tikkurilantie", "Kustaankatu", "Ormuspellontie", "Mellunmäentie"]
_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "elisanet.fi", "welho.com", "icloud.com"]


def _ascii(s):
    return (s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a").replace("ü", "u")
            .replace(" ", ""))


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    d = "".join(rng.choice("0123456789") for _ in range(7))
    form = rng.randrange(4)
    if form == 0:
        return pre + d
    if form == 1:
        return "%s %s %s" % (pre, d[:3], d[3:])
    if form == 2:
        return "+358 %s %s %s" % (pre[1:], d[:3], d[3:])
    return "%s-%s" % (pre, d)


def _addr(rng):
    a = "%s %d" % (rng.choice(_STREETS), rng.randint(1, 120))
    k = rng.randrange(3)
    if k == 1:
        a += " %s %d" % (rng.choice("ABCDE"), rng.randint(1, 60))
    elif k == 2:
        a += " as. %d" % rng.randint(1, 90)
    return a


def _booking(lang, rng, k):
    if lang == "fi":
        f, l = rng.choice(_FIRST_FI), rng.choice(_LAST_FI)
    elif lang == "sv":
        f, l = rng.choice(_FIRST_SV), rng.choice(_LAST_SV)
    else:
        f, l = rng.choice(_FIRST_EN), rng.choice(_LAST_EN)
    mail = "%s.%s@%s" % (_ascii(f), _ascii(l), rng.choice(_DOMAINS))
    room = rng.choice(_ROOMS)
    day, month = rng.randint(1, 28), rng.choice([12, 1, 2])
    h = rng.randint(9, 18)
    ph = _phone(rng)
    if lang == "fi":
        opts = [
            "Varaus: %s %d.%d. klo %d-%d. Varaaja [[P:%s %s]], [[T:%s]]." % (room, day, month, h, h + 2, f, l, ph),
            "%s, %d.%d. klo %d.00. Yhteyshenkilö [[P:%s]] / [[E:%s]]. Laskutusosoite [[A:%s]], Helsinki." % (
                room, day, month, h, f, mail, _addr(rng)),
            "avaimet hakee [[P:%s]], puh [[T:%s]]. varaus %s" % (f.lower(), ph, room),
            "Vastuuhenkilö: [[P:%s, %s]]\nSähköposti: [[E:%s]]\nTila: %s" % (l.upper(), f.upper(), mail, room),
        ]
    elif lang == "sv":
        opts = [
            "Bokning: %s %d.%d kl. %d–%d. Bokare [[P:%s %s]], tel. [[T:%s]]." % (room, day, month, h, h + 2, f, l, ph),
            "Nyckeln hämtas av [[P:%s]] ([[T:%s]]). Faktura till [[A:%s]]." % (f, ph, _addr(rng)),
            "Kontaktperson [[P:%s %s]], [[E:%s]], lokal %s." % (f, l, mail, room),
            "mvh [[P:%s]]\n[[E:%s]]" % (f.lower(), mail),
        ]
    else:
        opts = [
            "Booking: %s on %d/%d, %d:00-%d:00. Booked by [[P:%s %s]], phone [[T:%s]]." % (
                room, day, month, h, h + 3, f, l, ph),
            "Keys will be picked up by [[P:%s]] ([[T:%s]]). Invoice address: [[A:%s]], Helsinki." % (f, ph, _addr(rng)),
            "Contact person: [[P:%s %s]] <[[E:%s]]>, room %s." % (f, l, mail, room),
            "thanks!! - [[P:%s %s]]" % (f[0] + ".", l),
        ]
    return opts[k]


_NEG_FI = ["Linja %d ajoi pysäkin ohi klo %d.%02d, pysäkki Itäkeskus (H%d).",
           "Uimahallin aukioloajat joulun aikaan: %d.12. klo %d-%d. Miksi ei ilmoitettu etukäteen?",
           "Asia HEL-2026-%06d: katulamppu nro %d pimeänä edelleen.",
           "Varaus Malmitalo %d.1. klo %d–%d, tilaisuus avoin kaikille, vapaa pääsy. Hinta %d €."]
_NEG_SV = ["Buss %d kom %d minuter för sent, hållplats Gräsviken, %d.12.",
           "Ärende HEL-2026-%06d: gatlykta nr %d fungerar fortfarande inte.",
           "Simhallen stängde redan kl. %d den %d.12, fast det stod %d på webben.",
           "Bokning av salen i Stoa %d.1 kl. %d–%d, öppet evenemang, pris %d €."]
_NEG_EN = ["Bus %d skipped the stop at %d:%02d, stop code H%d, Kamppi.",
           "Case HEL-2026-%06d: streetlight no. %d still dark.",
           "Swimming hall closed at %d on %d December even though the website said %d.",
           "Booking of the Oodi Maker space on %d January, %d-%d, open event, fee %d EUR."]


def _negative(lang, rng, k):
    t = {"fi": _NEG_FI, "sv": _NEG_SV, "en": _NEG_EN}[lang][k]
    n = t.count("%")
    if "HEL-2026" in t:
        return t % (rng.randint(10000, 99999), rng.randint(100, 9999))
    vals = [rng.randint(1, 28) if i else rng.randint(14, 99) for i in range(n)]
    if "%02d" in t:
        vals = [rng.choice([55, 58, 69, 70, 78, 92, 560]), rng.randint(6, 22), rng.randint(0, 59),
                rng.randint(1000, 4999)]
    elif ("klo %d-%d" in t or "kl. %d–%d" in t or "%d-%d" in t or "klo %d–%d" in t) and n == 4:
        d = rng.randint(2, 28)
        h = rng.randint(9, 17)
        vals = [d, h, h + 2, rng.choice([0, 5, 10, 25])]
    elif n == 3 and ("kl." in t or "closed" in t):
        vals = [rng.randint(15, 19), rng.randint(1, 23), 20]
    elif n == 3:
        vals = [rng.randint(11, 30), rng.randint(12, 30), rng.randint(10, 13)] if "Uimahallin" in t else [
            rng.choice([14, 18, 20, 23]), rng.randint(3, 25), rng.randint(1, 28)]
    return t % tuple(vals)


def _generated():
    rng = random.Random(SEED)
    out = []
    plan = ([("fi", "b")] * 13 + [("fi", "n")] * 2 + [("sv", "b")] * 8 + [("sv", "n")] * 2 +
            [("en", "b")] * 9 + [("en", "n")] * 2)
    start = rng.randrange(4)
    for i, (lang, kind) in enumerate(plan):
        k = (start + i) % 4
        out.append((lang, _booking(lang, rng, k) if kind == "b" else _negative(lang, rng, k)))
    return out


def records():
    out = [("fi", t) for t in _FI] + [("sv", t) for t in _SV] + [("en", t) for t in _EN]
    out += _generated()
    return out
