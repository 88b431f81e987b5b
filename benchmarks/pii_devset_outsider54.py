"""Blind evaluation block 54 for the personal-data scrubber.

Written by helper "outsider 54" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the brief itself). I ran no git commands, did not run the scrubber and did not
run any evaluation. The texts come only from the brief and from my own knowledge of how people write.

Focus: "where people live". Open311 feedback, Kerrokantasi and OmaStadi comments and Varaamo booking notes
in Finnish (about 60 %), Swedish (about 25 %) and English (about 15 %) in which residents give their home
(and sometimes work) address in every way real people write it: inflected Finnish forms ("asun Kaarelantiellä
7 B 12", "Mäkelänkadulta 45:stä", "Itäkatu 3:n pihalla" - the case ending after a number colon stays
outside the span), multi-word names ("Pohjoinen Rautatiekatu 21", "Aleksis Kiven katu 5", "Iso
Roobertinkatu 30", "Kustaa Vaasan tie 12"), Swedish names ("Båtsmansgatan 3 B 12", "Norra Esplanaden 5"),
Espoo and Vantaa streets, flats written as "A 5", "B12", "as. 22", "lgh 5", "bst 7", "C 45", "h 3",
lower-case addresses, addresses followed by postal code and city, addresses at a line end in a signature,
two addresses in one message (home and work); plus the writers' names and phone numbers. About a third
are hard negatives: street names without a number, "Mannerheimintieltä 5 minuutin päässä" style phrases
where the number is not a house number, bus and tram lines, opening hours, dates, prices, postal codes
alone, parks and squares, famous people, words that are also first names.

Seed: 5454 (SEED below); random.Random(SEED) drives the small generators, nothing else is random.

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (Finnish case endings,
English possessive 's and Swedish genitive -s inside the span; titles and role words outside), E e-mail,
T phone number, H Finnish personal identity code, I IBAN / bank account, R licence plate, IP IP address,
A street address with a house number (street + number + staircase + flat; postal code and city outside,
a case ending after a number colon outside). A street name without a number is not marked. Famous people
and names of streets, parks, buildings and brands are not marked.
"""

import random

SEED = 5454


# ---------------------------------------------------------------------------
# Hand-written records
# ---------------------------------------------------------------------------

_FI_POS = [
    "Hei! Katuvalo on ollut rikki jo pari viikkoa meidän talon kohdalla. Asun [[A:Kaarelantiellä 7 B 12]] ja "
    "illalla tuolla on ihan pilkkopimeää kun tulee bussilta kotiin. Voisko joku tulla kattomaan?\n"
    "Terveisin [[P:Marjatta Heikkilä]]",

    "Roskikset tulvii yli koko matkalta [[A:Mäkelänkadulta 45]]:stä Sturenkadun risteykseen asti, lokit "
    "levittää kaiken pitkin jalkakäytävää. t. [[P:Jari Salonen]] [[T:044 723 1890]]",

    "[[A:Itäkatu 3]]:n pihalla on seissyt hylätty farmari-Volvo syyskuusta asti, rekkari [[R:GTF-318]]. "
    "Renkaat tyhjänä ja takalasi rikki. Lapset leikkii siinä ihan vieressä!!",

    "Asun [[A:Pohjoisella Rautatiekadulla 21]] ja yöllä klo 2-4 siinä kulkee joku lakaisukone joka pitää "
    "hirveää meteliä joka ikinen yö. Onko tämä ihan pakko tehdä keskellä yötä? -[[P:Helena]]",

    "Taloyhtiömme ([[A:Aleksis Kiven katu 5]]) edessä oleva kaupungin pyöräteline on kaatunut eikä sitä ole "
    "korjattu kuukauteen. Yhteyshenkilö isännöitsijä [[P:Pekka Rantanen]], [[T:050 441 2087]].",

    "Isolla Roobertinkadulla on taas kaivettu katua auki eikä kukaan kerro miksi. Asun itse "
    "[[A:Iso Roobertinkatu 30 A 14]] ja portilta ei pääse ulos kun on työmaa-aitaa joka puolella.",

    "kustaa vaasan tiellä ajetaan aivan liian lujaa, varsinkin aamuisin. Meillä on pieniä lapsia ja asumme "
    "[[A:Kustaa Vaasan tie 12 as. 22]]. Toivoisin hidastetöyssyjä tai nopeuskameraa. [[P:Riikka Tuominen]]",

    "asun [[A:mäkelänkatu 56 a 7]] ja meidän rapun edessä jalkakäytävällä on iso kuoppa johon kaaduin eilen "
    "pyörällä. kuva liitteenä. [[P:ville k]]",

    "Palaute koskee lumenaurausta.\nOsoite: [[A:Hämeentie 67 C 45]], 00550 Helsinki\nNimi: "
    "[[P:Tuomas Lahtinen]]\nPuh: [[T:040 912 3348]]\nAura-auto on kasannut lumet koko kävelytien päälle, "
    "rollaattorilla ei pääse ohi.",

    "Kiitos nopeasta korjauksesta! Katuvalo toimii taas.\n\nYstävällisin terveisin\n[[P:Kaarina Laitinen]]\n"
    "[[A:Sturenkatu 21 A 4]]\n00510 Helsinki",

    "Kuljen päivittäin kotoa ([[A:Vallilantie 19 B 20]]) töihin Pasilaan ([[A:Ratapihantie 11]]) ja "
    "Mäkelänkadun alikulku on ollut kuukauden kurainen ja valaisematon. [[P:Antti Järvinen]]",

    "Kolmannella linjalla on kasa rakennusjätettä jalkakäytävällä. Osoite siis [[A:Kolmas linja 14 h 3]] eli "
    "kohta ihan meidän ikkunan alla. Kiitos! [[P:Noora]]",

    "Fleminginkadun puistikossa tupakoidaan lasten hiekkalaatikon vieressä ja tumpit jää hiekkaan. "
    "asukas [[A:Fleminginkatu 20 B12]], [[P:Liisa Koskinen]]",

    "Olen espoolainen mutta käyn töissä Helsingissä. Kotikadullani [[A:Merituulentie 8 A 5]] edessä on "
    "bussipysäkin katos ollut rikki vuoden, välitättekö Espoolle? [[P:Petri Salo]]",

    "Asun Vantaalla ([[A:Kielotie 24 C 45]], 01300 Vantaa) ja käyn Itäkeskuksen uimahallissa. Pysäköinti "
    "siellä on aivan kaaos lauantaisin. [[P:Eija Savolainen]] [[T:+358 45 127 8830]]",

    "Varaaja: [[P:Sanna Mäkinen]] / Kumpulan kyläyhdistys\nAvaimet hakee [[P:Jussi Korhonen]] pe klo 16.\n"
    "Lasku: [[A:Kumpulantie 9 A 3]], 00520 Helsinki\nPuh. [[T:040 518 2290]]",

    "Hei, varaan Kanneltalon kokoushuoneen taloyhtiön kokoukseen, asukkaita tulee n. 25. Taloyhtiön osoite "
    "[[A:Kaarelantie 32]], isännöitsijänä [[P:Seppo Mattila]]. t. [[P:Raili Ahonen]] [[T:0405127733]]",

    "Synttärit 6-vuotiaalle, tulemme klo 13 ja siivoamme jälkeen. Yhteys [[P:Hanna]] [[T:044 5566 778]], "
    "[[A:Ostostie 4 B 17]] Kontula",

    "Heippa, olemme perhekerho ja kokoonnumme tiistaisin. Vastuuhenkilö [[P:Outi Nieminen]], asun "
    "[[A:Kontulantie 10 as 5]] jos avaimet pitää tuoda kotiin.",

    "Varaus Oodin ryhmätilaan 3, opintopiiri. Avaimia ei tarvita. [[P:Eero Lehtinen]], "
    "[[E:eero.lehtinen@kolumbus.fi]]",

    "Hei! Asun Töölössä [[A:Runeberginkatu 43 B 37]] ja Sibeliuksen puistossa koirat juoksee vapaana vaikka "
    "siellä on kieltokylttejä. Toivoisin valvontaa. [[P:Pirkko Saarinen]]",

    "Hernesaaren rantaa pitkin ajetaan mopoilla keskellä yötä. Tiedoksi että asun [[A:Laivurinkatu 29 C 45]] "
    "ja ikkunasta näkee suoraan rantaan.",

    "Mun osoite on [[A:Kulmavuorenkatu 6 A 10]] ja haluaisin tietää milloin meidän katu aurataan. Soittakaa "
    "[[T:050 337 1286]], [[P:Tiina]]",

    "Moi. Meiän talon eteen kadun varteen (eli [[A:Haapaniemenkatu 14]]) on joku dumpannu sohvan ja kaks "
    "patjaa. t. [[P:Sami Ahonen]]",

    "Asumme [[A:Toisella linjalla 17]] ja Karhupuiston juomapiste vuotaa jalkakäytävälle, talvella siitä "
    "tulee peilijäätä.",

    "Ilmoitan vaaralliselta näyttävästä puusta. Puu on [[A:Sofianlehdonkatu 5]]:n kohdalla kadun varressa ja "
    "kallistuu pahasti. [[P:Elina Mäkelä]], [[T:041 771 2093]]",

    "Siilitien koulun kohdalla ei ole suojatietä. Asun [[A:Siilitie 12 D 61]] ja lapset kulkee siitä joka "
    "aamu. Terv. [[P:Katja Lindroos]]",

    "Varaan Malmitalon salin maanantaille 3.3. klo 18–20, kuoroharjoitus. Yhteyshenkilö: "
    "[[P:Juha-Pekka Karjalainen]] [[T:+358 40 663 2219]], [[A:Kirkonkyläntie 8 B 22]] 00700 Helsinki.",

    "Lasku osoitteeseen: Malmin Nuorisoseura ry c/o [[P:Heikki Turunen]], [[A:Malminkaari 23 C 4]], "
    "00700 HELSINKI",

    "hei asun [[A:vuosaarentie 12 b 40]] ja meidän pysäkin katos on hajotettu taas. lasit joka puolella "
    "[[P:aleksi]]",

    "Kallvikintie on tosi liukas, erityisesti [[A:Kallvikintie 55]]:n kohdalla mäessä. Kaaduin siinä "
    "tänään. [[P:Maija Heinonen]] [[T:045 230 9917]]",

    "Terve, kiitos kun vastasitte. Vastaan vielä kysymykseenne: osoite on [[A:Vattuniemenkatu 11 as. 8]], "
    "Lauttasaari. Ongelma on siis edelleen sähköpotkulaudat jotka jätetään porttikongiin. "
    "[[P:Mikael Grönlund]]",

    "> Onko joku muu huomannut että Mäkelänkadun suunnitelmassa puut kaadetaan?\nOn. Asun "
    "[[A:Mäkelänkatu 85]]:ssä ja meidän talon edestä lähtee kahdeksan vaahteraa. Suunnitelma on järjetön. "
    "-[[P:Kari V.]]",

    "Olen asunut [[A:Kustaa Vaasan tiellä 20]] vuodesta 1987 eikä koskaan ole ollut näin paljon "
    "läpiajoa. Kannatan vaihtoehtoa B.",

    "Ehdotan että Kontulan ostarin taakse tehdään katettu oleskelupaikka nuorille. Asun itse ihan vieressä "
    "([[A:Kontukuja 5 B 31]]) ja näen joka ilta että nuoret tarvitsee paikan. [[P:Jaana]]",

    "Hyvä ehdotus [[P:Jaana]]! Tuen. Me asutaan Keinulaudantiellä ja meillä on ihan sama ongelma.",

    "Meidän kotikatu on [[A:Pajalahdentie 10 a 7]] lauttasaaressa, ja siellä on kaivanto ollut auki 3 kk. "
    "terv [[P:Minna Laine]] [[T:0505556123]]",

    "Katuvalo rikki, [[A:Pitäjänmäentie 14]]. ilmoittaja [[P:J. Heinonen]]",

    "Olen töissä Otaniemessä ([[A:Otakaari 5]]) ja asun Leppävaarassa ([[A:Leppävaarankatu 9 B 18]]). "
    "Raide-Jokerin pysäkillä ei ole katosta ja tuulee hirveästi. [[P:Laura Kinnunen]]",

    "Osoitteeni on [[A:Tikkurilantie 80 C 45]], 01300 Vantaa. Palaute koskee bussia 574 joka myöhästelee "
    "joka aamu. [[P:Jorma Kettunen]]",

    "[[A:Myyrmäentie 6 A 12]], Vantaa. Tiedoksi että sama firma auraa teillä ja meillä ja yhtä huonosti :( "
    "[[P:Kimmo]]",

    "Kiitos vastauksesta, mutta ongelma ei ole korjaantunut.\n\n--\n[[P:Tapio Hämäläinen]]\n"
    "[[A:Tehtaankatu 12 A 9]], 00140 Helsinki\n[[T:+358 50 418 7720]]",

    "Asun [[A:Fredrikinkadulla 25 B 30]] ja joka lauantaiyö tässä on tappelu baarin edessä. Poliisi ei tule "
    "ja kaupungin pitäisi miettiä anniskeluaikoja.",

    "Hei, pyysitte tarkempaa sijaintia: se on Bulevardin ja Albertinkadun kulmassa, ihan "
    "[[A:Bulevardi 31]]:n edessä. t. [[P:Anu]]",

    "Avain palautetaan Kallion kirjaston palautusluukkuun. Varaaja [[P:Markku Jokinen]], "
    "[[A:Annankatu 14 as 6]]",

    "Tervehdys! Meillä on taloyhtiön talkoot la 12.4. ja tarvitsisimme lainaan haravoita. Osoite "
    "[[A:Ida Aalbergin tie 3 D 40]], Pohjois-Haaga. Yhteyshenkilö [[P:Leena Mattila]] [[T:040 225 8816]]",

    "Meidän talon ([[A:Abraham Wetterin tie 8]]) vieressä olevalla pallokentällä on aidassa iso reikä, pallot "
    "lentää suoraan autotielle.",

    "Muutin juuri Arabianrantaan, osoite [[A:Kaj Franckin katu 7 B 24]]. Miksi rantareitillä ei ole yhtään "
    "roska-astiaa?",

    "Mun osote: [[A:Eteläinen Hesperiankatu 26 A 11]]. Hesperian puistossa on rikkinäisiä pulloja keinujen "
    "alla, joku vois loukkaantua.",

    "Asun [[A:Pohjoinen Hesperiankatu 15]]:ssä ja raitiovaunun kiskot kirskuu joka mutkassa niin että "
    "herään joka aamu viideltä.",

    "Vastaan kyselyyn: asuinpaikka [[A:Kaisaniemenkatu 3 C 19]], ikä 34, kuljen pyörällä töihin.",

    "Meitä on kaksi lapsiperhettä samassa rapussa ([[A:Kotkankatu 9 A]]) ja toivomme että pihakadulle "
    "tulisi leikkikatu-merkki.",

    "Valitus: rakennustyömaa [[A:Vaasankatu 22]] aloittaa paalutuksen aamulla klo 6. Asun vastapäätä "
    "[[A:Vaasankatu 19 B 28]]. [[P:Sari Hakala]], [[T:045 612 0098]]",

    "Asun [[A:Linnanrakentajantie 2 B 9]] ja Herttoniemen metroaseman hissi on ollut taas rikki. "
    "Lastenvaunujen kanssa ei pääse mihinkään.",

    "eli asun siis [[A:sörnäisten rantatie 27 d 88]] ja Suvilahden tapahtumien jälkeen koko ranta on "
    "täynnä roskaa. siivotkaa",

    "Osoite: [[A:Munkkiniemen puistotie 14 A 6]], 00330 Helsinki\nNimi: [[P:Carl-Johan Sandell]]\n"
    "Asia: puistotien lehmusten alla on pysäköity nurmelle joka päivä.",

    "Terveisin [[P:Virtasen]] perhe, [[A:Mellunmäentie 15 C 42]]. Kiitos että korjasitte leikkipuiston "
    "keinut niin nopeasti!",

    "Annoin avaimet [[P:Mikolle]] (naapuri), hän palauttaa ne Kanneltaloon. Mikko asuu "
    "[[A:Klaneettitie 4 A 1]] jos tarvitsette.",

    "Varaus: Vuotalo, sali 2. Maksaja [[P:Arja Koivisto]], [[A:Kurkimäentie 3 B 17]] 00940 Hki. Tilinumero "
    "mahdollista palautusta varten [[I:FI14 1029 3000 1487 65]].",

    "Asun [[A:Siltasaarenkatu 8 A 21]] ja Hakaniemen torin työmaan melu alkaa jo seitsemältä.",

    "Kirjoitan naapurini [[P:Aila Virtasen]] puolesta, hän ei itse käytä nettiä. Hänen osoitteensa on "
    "[[A:Torkkelinkatu 4 B 16]] ja talon edessä oleva suojatie on niin liukas ettei hän uskalla lähteä "
    "kauppaan.",

    "[[A:Agricolankatu 11]]:n kohdalla on kadulla öljyä pitkä matka, joku on varmaan vuotanut. "
    "Pyöräilijät liukastuu.",

    "Asuin ennen [[A:Porvoonkatu 35]]:ssä ja nyt [[A:Kirstinkatu 2 A 3]]:ssa ja kummassakin paikassa on "
    "ollut sama vika: sadevesikaivot tukossa joka syksy.",

    "Hei. Osoite on [[A:Pengerkatu 7 rappu C asunto 45]]. Katu on ollut auraamatta viikon, autot jumittaa. "
    "[[P:Raimo Lehto]]",

    "asun [[A:helsinginkatu 19 c 45]] kalliossa ja meidän kohdalla on yöbussipysäkki jossa huudetaan joka "
    "viikonloppu. siirtäkää se",

    "Yhteystiedot: [[P:Jenni Salminen]], [[A:Kauppamiehentie 6 B 12]], 02150 Espoo, [[T:050 992 4431]]. "
    "Varaan Otaniemen nuorisotilan la 18.1. klo 12–16.",

    "Kirkkojärven puistossa on ilkivaltaa. Asun [[A:Kirkkojärventie 8 C 22]], Espoon keskus, ja ikkunan "
    "alla poltettiin eilen roskis. [[P:Ismo]]",

    "Myyrmäessä [[A:Rajatorpantie 41 C]] kohdalla ei ole valaistusta kevyen liikenteen väylällä.",

    "Kotiosoite [[A:Korsontie 12 A 3]], Vantaa, työosoite [[A:Tikkuraitti 11]]. Kumpaankin pääsee vain "
    "autolla kun bussiyhteydet lopetettiin. [[P:Eeva-Maria Lahti]]",

    "Moikka! Lainasin Hakunilan nuorisotalolta pingismailat, palautan ne maanantaina. [[P:Teemu]] "
    "[[T:044-318 2270]], [[A:Hakunilantie 48 B 15]]",

    "Martinlaaksossa [[A:Martinlaaksontie 30 as 12]] talon takana oleva metsäpolku on täynnä kaatuneita puita "
    "myrskyn jälkeen.",

    "Hei, tässä [[P:Pertti Nurmi]] ([[T:(09) 612 3480]]). Soitin jo kerran, mutta kukaan ei vastannut. Asun "
    "[[A:Luotsikatu 3 A 7]] Katajanokalla ja Kanavaterminaalin rekat pysäköi meidän kadulle.",

    "Asun [[A:Tukholmankatu 2 B 33]] ja Meilahden sairaala-alueen ambulanssit ajaa sireenit päällä "
    "joka yö, mutta se nyt on ok. Mutta rakennustyömaan yötyöt ei ole ok.",
]

_FI_NEG = [
    "Mannerheimintieltä on Oodiin vain 5 minuutin kävely, mutta opasteet puuttuvat kokonaan Kansalaistorin "
    "puolelta.",

    "Bussi 55 Mannerheimintiellä jää jumiin joka aamu Töölön tullin kohdalla. Kaistajärjestelyt pitäisi "
    "miettiä uusiksi.",

    "Ratikka 7 ei pysähdy enää Hämeentiellä Sturenkadun kohdalla remontin takia, eikä pysäkillä ole mitään "
    "ilmoitusta.",

    "Kirjasto on auki ma–to 9–20, pe 9–18 ja la 10–16. Sunnuntaina kiinni. Voisiko sunnuntaiaukiolon "
    "palauttaa?",

    "Fleminginkadun ja Helsinginkadun risteyksessä ei ole suojatietä vaikka siitä kulkee paljon koululaisia.",

    "Aleksis Kiven kadulla ajetaan ylinopeutta, erityisesti illalla. Aleksis Kiven koulun kohdalle "
    "tarvittaisiin hidastin.",

    "Kustaa Vaasan tie on ollut suljettuna 14.3.–2.4. ja kiertotieopasteet ovat puutteelliset.",

    "Pysäköintimaksu Kalasatamassa on 4,20 €/h, mikä on aivan liikaa kun lähellä ei ole muuta vaihtoehtoa.",

    "Postinumero 00530 kuuluu Sörnäisiin vaikka karttapalvelu näyttää Kallion. Korjatkaa.",

    "Alppipuiston koirapuiston portti on rikki, koirat pääsee karkuun. Ilmoitettu jo viime kuussa.",

    "Kaivopuistossa on roskia joka paikassa vapun jälkeen. Siivotaanko vasta torstaina 2.5.?",

    "Kannatan Hämeentien pyöräkaistoja. Hämeentie 1960-luvulla oli täynnä autoja ja nyt on vihdoin tilaa "
    "kävelijöille.",

    "Linja 23 Ruskeasuolle kulkee iltaisin vain 20 minuutin välein, se ei riitä.",

    "Raide-Jokeri eli linja 15 on ollut myöhässä koko viikon Leppävaaran päässä.",

    "Mäkelänkatu 2 kilometrin matkalta on pelkkää työmaata, eikö tätä voisi tehdä vaiheittain?",

    "Tuuli on kaatanut puun Kaisaniemen puistossa polun päälle. Onni ettei kukaan ollut alla.",

    "Toivoisin että Hakaniemen torin väliaikaisille kojuille saataisiin sähköt. Kauppahalli aukeaa taas "
    "ensi vuonna.",

    "Senaatintorin ympäristössä on paljon sähköpotkulautoja kaatuneena joka paikassa.",

    "Varaus koskee Stoan tanssisalia ke 15.10. klo 17.30–19.00. Maksu 35 € laskulla, viitenumero "
    "1234 56789.",

    "Tarvitsemme videotykin ja 30 tuolia. Tila: Kanneltalo, kokoushuone 2. Tulemme 10 min etuajassa.",

    "Myllypuron ostarin edessä oleva pyöräparkki on täynnä romupyöriä, palautenumero 2024-118734.",

    "Kulttuurikeskus Caisan aukioloajat netissä on väärin: sivulla lukee 10–18 mutta ovi on kiinni jo "
    "klo 17.",

    "Hietaniemen uimarannan pukukopit on sotkettu ja hiekassa on rikkinäistä lasia.",

    "Sibeliuksen puiston monumentin vieressä turistibussit seisoo tyhjäkäynnillä, välillä 10 kpl kerrallaan.",

    "Helsinginkatu 30 km/h -rajoitus ei toimi, kukaan ei noudata sitä.",

    "Kaarelantiellä ei ole katuvaloja Sitratorin ja Kannelmäen aseman välillä. Pimeää joka ilta.",

    "Ehdotus: Aurinkolahden rantaan lisää penkkejä ja roska-astioita. Arvioitu hinta 15 000 €.",

    "Tämä on hyvä idea, äänestin! Toivottavasti menee läpi, viime vuonna jäi 12 ääntä puuttumaan.",

    "Pohjoinen Rautatiekatu on suljettu Runeberginkadun kohdalla, mutta navigaattori ohjaa sinne edelleen.",

    "Bussi 560 ei aja enää Myyrmäen aseman kautta, muutoksesta olisi pitänyt ilmoittaa pysäkeillä.",

    "Kumpulan maauimala aukeaa 1.6. klo 10 ja on auki syyskuuhun asti. Aikuisen lippu 6,50 €.",

    "Iso Roobertinkadun kävelykadulla on kesällä ollut hyvä meininki, mutta terassit vievät puolet tilasta.",

    "Tapiontorin suihkulähde ei toimi, ja Tapiolan keskus näyttää muutenkin kolkolta.",

    "Tikkurilan asemalla hissi epäkunnossa jo 3. päivää. I- ja P-junat kulkee mutta pyörätuolilla ei pääse "
    "laiturille.",

    "Kilterinaukion katos vuotaa, ja Myyrmäen aseman portaat ovat liukkaat.",

    "Mäkelänkatu 24/7 meluisa. Ehdotan hiljaista asfalttia ja 40 km/h rajoitusta.",

    "Edellinen kirjoittaja on oikeassa, Vallilantien puut on säilytettävä. Vaihtoehto C on paras.",

    "Vanhan kirkkopuiston penkit on maalattu ja ne on nyt tosi hienot, kiitos!",

    "Voiko Kallion kirjastossa varata työpisteen etukäteen? Kuinka monta tuntia kerrallaan saa?",

    "Itäkatu on ollut sohjoinen koko viikon, erityisesti kauppakeskuksen puoleinen jalkakäytävä.",

    "Vanhankaupunginkosken sillan kaide on vinossa. Sijainti Kustaa Vaasan tien ja Viikintien välissä.",

    "Tove Janssonin puiston nurmikko on ajettu mutaiseksi huoltoautoilla.",
]

_SV_POS = [
    "Hej! Jag bor på [[A:Båtsmansgatan 3 B 12]] och gatlampan utanför porten har varit sönder i tre veckor. "
    "Mvh [[P:Ulla Lindholm]]",

    "Min arbetsplats ligger på [[A:Norra Esplanaden 5]] och cykelställen där är alltid fulla av övergivna "
    "cyklar. /[[P:Henrik Nyberg]]",

    "Jag bor på [[A:Mannerheimvägen 45 A 6]] och turistbussarna tomgångskör utanför i timmar varje dag.",

    "Adress: [[A:Runebergsgatan 32 C 18]], 00100 Helsingfors\nNamn: [[P:Karin Sjöberg]]\nTel: "
    "[[T:040 733 9182]]\nÄrende: snön har inte plogats på trottoaren på en vecka.",

    "Vi bor på [[A:Stora Robertsgatan 30 lgh 5]] och grävarbetena har nu pågått sedan mars utan någon "
    "information till invånarna.",

    "Hej, jag heter [[P:Pia Forsman]] och bor på [[A:Helsingegatan 12 bst 4]]. Trafikljuset vid korsningen "
    "visar grönt för fotgängare i bara fem sekunder.",

    "hej, jag bor på [[A:tavastvägen 101 b 27]] och spårvagnen gnisslar så att man inte kan sova. "
    "hälsningar [[P:mats]]",

    "Med vänliga hälsningar\n[[P:Mikael Holmström]]\n[[A:Fredriksgatan 60 A 12]]\n00100 Helsingfors\n"
    "[[T:+358 50 331 2840]]",

    "Jag bor på [[A:Drumsövägen 14 A 5]] men jobbar på [[A:Sandvikskajen 17]], och cykelbanan däremellan är "
    "full av gropar.",

    "Bokare: [[P:Sofia Eriksson]], Arbis kör. Nycklarna hämtas av [[P:Stig]] på fredag. Faktura till "
    "[[A:Tölögatan 9 C 40]], 00260 Helsingfors.",

    "Jag har bott på [[A:Sjömansgatan 19]] i tjugo år och aldrig sett så mycket genomfartstrafik som nu. "
    "Jag stöder alternativ A.",

    "Förslag: fler bänkar i Brunnsparken. Jag bor själv på [[A:Kaptensgatan 8 B 14]] och går där varje dag "
    "med min rullator. [[P:Gunilla Åberg]]",

    "Jag bor i Esbo, [[A:Kyrkträskvägen 8 C 22]], men pendlar till Helsingfors och infartsparkeringen vid "
    "Esbo station är alltid full. [[P:Jonas Lindqvist]]",

    "Hemadress [[A:Dickursbyvägen 80 C 45]], 01300 Vanda. Jag skriver om buss 574 som aldrig kommer i tid.",

    "Jag skriver för min granne [[P:Ingrid Westerlunds]] räkning eftersom hon inte har dator. Hon bor på "
    "[[A:Högbergsgatan 23 A 9]] och trappan till parken saknar räcke.",

    "Vi boende på [[A:Bulevarden 14 B 9]] undrar varför gatan spolas klockan fyra på natten?",

    "bor på [[A:Andra linjen 11 A 3]], soptunnorna på gatan töms aldrig på helgerna. /[[P:Kaj]]",

    "Jag bor på [[A:Brändövägen 12]] och bron till Brändö är i dåligt skick, asfalten har spruckit.",

    "Adress [[A:Munksnäs allé 21 B 8]]. Lindarna i allén beskärs aldrig och grenarna hänger ner över "
    "cykelbanan. [[P:Ebba Söderlund]] [[T:045 778 2013]]",

    "Bokning för schackklubben. Ansvarig: [[P:Niklas Backman]] [[T:045 220 6614]], "
    "[[E:niklas.backman@gmail.com]]",

    "[[A:Broholmsgatan 4 lgh 12]] - gatan är full av elsparkcyklar och barnvagnar kommer inte förbi. "
    "[[P:Anna-Lena Sundström]]",

    "Jag bor på [[A:Kaarelantie 7 B 12]] i Kårböle och vill tacka för den nya lekparken, den är jättefin!",

    "Hälsningar, [[P:Fredrik]] ([[A:Georgsgatan 27 D 50]])",

    "Jag heter [[P:Linnea Grönroos]] och bor på [[A:Annegatan 14 bst 6]]. Gatlyktan vid porten blinkar hela "
    "natten.",

    "Min adress är [[A:Kallviksvägen 55 A 3]], Nordsjö. Busshållplatsen utanför har inget tak.",

    "Jag bor på [[A:Sturegatan 9 bst 7]] och jobbar på [[A:Alexandersgatan 15]]. Båda ställena har samma "
    "problem med plogningen. [[P:Johan Blomqvist]]",

    "Bokning av bastun i Drumsö. Kontaktperson [[P:Stig Wikström]], [[A:Fabriksgatan 12 A 9]], "
    "tel. [[T:0407781234]]",

    "Vi bor på [[A:Myrbackavägen 6 A 12]] i Vanda och undrar om gångbron över banan kunde få belysning.",

    "Hej [[P:Gunilla]]! Bra förslag, jag röstade. Jag bor också i närheten, på Kaptensgatan.",

    "[[A:Nylandsgatan 8 C 31]], 00120 Helsingfors\n[[P:Ulrika Lönnqvist]]\nTack för snabbt svar!",
]

_SV_NEG = [
    "Buss 55 på Mannerheimvägen står alltid i kö vid Tölö tull på morgnarna.",

    "Spårvagn 9 går inte till Böle denna vecka pga vägarbeten, men ingen skylt säger det.",

    "Biblioteket är öppet mån–tors 9–20 och fre 9–18. Kan man förlänga öppettiderna på lördag?",

    "Från Norra Esplanaden är det bara 5 minuters promenad till Salutorget men skyltningen saknas.",

    "Esplanadparken är full av skräp efter helgen, papperskorgarna räcker inte.",

    "Båtsmansgatan är avstängd mellan Kaptensgatan och Högbergsgatan, men ingen information finns.",

    "Avgiften för bastun är 12 € per person och tur. Bokningsnummer 2025-004417.",

    "Postnumret 00140 gäller Ulrikasborg och Eira, inte 00150 som kartan visar.",

    "Stenarna vid Sandudds strand har rasat och det är farligt för barn.",

    "Jag stöder alternativ A för Tavastvägen. På 1970-talet hade Tavastvägen 4 filer åt varje håll.",

    "Kajsaniemiparken behöver bättre belysning, det är mörkt redan kl 16 på vintern.",

    "Lekparken i Dockparken har en trasig gunga sedan 3 veckor.",

    "Runebergs staty på Esplanaden har fått graffiti igen.",

    "Fontänen på Tapiotorget i Hagalund fungerar inte, och hela centrum känns ödsligt.",

    "Dickursby station: hissen är ur funktion sedan 3.2., över 2 veckor.",
]

_EN_POS = [
    "Hi, I live at [[A:Fleminginkatu 14 B 22]] and the streetlight outside has been flickering for a week. "
    "Thanks, [[P:Sarah Mitchell]]",

    "My address is [[A:Hämeentie 3 A 5]], 00530 Helsinki. There's a huge pothole right in front of the gate. "
    "[[P:Daniel O'Connor]], [[T:+358 44 918 2275]]",

    "Booking for our language café. Contact: [[P:Priya Raman]], [[E:priya.raman@outlook.com]], "
    "[[T:050 443 8812]]. Keys picked up by my colleague [[P:Tomasz]].",

    "I'm writing on behalf of my neighbour Mrs. [[P:Lindqvist]] who lives at [[A:Laivastokatu 8 C 45]]. "
    "The snow hasn't been cleared from the steps to the pier for two weeks.",

    "home: [[A:Vallilantie 7 as. 12]]\nwork: [[A:Ratapihantie 9]]\nBoth my routes have the same problem: "
    "the bike lane just ends without warning.",

    "i live in [[A:mannerheimintie 102 b 14]] and the traffic lights at the crossing are way too short for "
    "my grandma. pls fix",

    "Best regards,\n[[P:Olena Kovalenko]]\n[[A:Leppävaarankatu 9 B 18]], 02600 Espoo",

    "We live on [[A:Iso Roobertinkatu 30]] and the bins in the pedestrian street overflow every Sunday "
    "morning.",

    "The address is [[A:Pohjoinen Rautatiekatu 21 A 9]], you can't miss the scaffolding. It's been there "
    "since June. [[P:Mark Jensen]]",

    "My son [[P:Ahmed's]] school route goes along Kontulantie and there is no crossing near the school.",

    "My flat is at [[A:Tikkurilantie 80 C 45]], Vantaa, and the bus stop shelter was smashed again.",

    "Room booked for our board game night. Person responsible: [[P:James Carter]], [[T:040-552 7310]]. "
    "We'll leave the key with the janitor.",

    "I moved from [[A:Kaarelantie 12 A 3]] to [[A:Siltasaarenkatu 8 B12]] last month and the recycling "
    "point near my new place is always full.",

    "Hello, [[P:Fatima Ali]] here, [[A:Kontulantie 10 C 45]]. The playground by the shopping centre has "
    "broken glass under the swings.",

    "As someone who has lived at [[A:Kustaa Vaasan tie 20]] for ten years, I fully support keeping the "
    "old trees.",

    "my address: [[A:Otakaari 18 A 101]], Espoo. the campus bike path is not lit at all.",
]

_EN_NEG = [
    "Bus 55 on Mannerheimintie is always late in the mornings, especially near Töölön tori.",

    "The library is open Mon–Thu 9–20 and Fri 9–18. Could weekend hours be extended?",

    "It's a 5 minute walk from Mannerheimintie to Oodi but there are no signs at all.",

    "Tram 9 doesn't stop at Pasila station during the works, and nobody told us.",

    "Kaivopuisto park is covered in glass after Vappu. Please send the cleaners.",

    "The fee was 25 € but I was charged twice, order reference 2025-117822.",

    "The Aleksis Kivi statue near the railway station has graffiti on it again.",

    "Postal code 00510 is shown as Kallio on your map but it should be Vallila.",

    "The bill for the sauna booking hasn't arrived yet. Booking number 48213, paid on 3 March.",

    "The rose garden in Kaisaniemi is beautiful this year, thanks to the gardeners!",

    "Mäkelänkatu at 7 am is pure chaos, 3 lanes merging into 1 right at the tram stop.",
]


# ---------------------------------------------------------------------------
# Small generators
# ---------------------------------------------------------------------------

# (nominative, adessive) - real Helsinki / Espoo / Vantaa streets
_FI_STREETS = [
    ("Mäkelänkatu", "Mäkelänkadulla", "Helsinki", "00510"),
    ("Hämeentie", "Hämeentiellä", "Helsinki", "00530"),
    ("Kaarelantie", "Kaarelantiellä", "Helsinki", "00420"),
    ("Sturenkatu", "Sturenkadulla", "Helsinki", "00510"),
    ("Runeberginkatu", "Runeberginkadulla", "Helsinki", "00100"),
    ("Kustaa Vaasan tie", "Kustaa Vaasan tiellä", "Helsinki", "00560"),
    ("Aleksis Kiven katu", "Aleksis Kiven kadulla", "Helsinki", "00500"),
    ("Pohjoinen Rautatiekatu", "Pohjoisella Rautatiekadulla", "Helsinki", "00100"),
    ("Iso Roobertinkatu", "Isolla Roobertinkadulla", "Helsinki", "00120"),
    ("Lauttasaarentie", "Lauttasaarentiellä", "Helsinki", "00200"),
    ("Vuosaarentie", "Vuosaarentiellä", "Helsinki", "00980"),
    ("Kontulantie", "Kontulantiellä", "Helsinki", "00940"),
    ("Porvoonkatu", "Porvoonkadulla", "Helsinki", "00510"),
    ("Töölönkatu", "Töölönkadulla", "Helsinki", "00260"),
    ("Kulosaarentie", "Kulosaarentiellä", "Helsinki", "00570"),
    ("Oulunkyläntie", "Oulunkyläntiellä", "Helsinki", "00600"),
    ("Leppävaarankatu", "Leppävaarankadulla", "Espoo", "02600"),
    ("Kirkkojärventie", "Kirkkojärventiellä", "Espoo", "02770"),
    ("Matinkatu", "Matinkadulla", "Espoo", "02230"),
    ("Tikkurilantie", "Tikkurilantiellä", "Vantaa", "01300"),
    ("Kielotie", "Kielotiellä", "Vantaa", "01300"),
    ("Myyrmäentie", "Myyrmäentiellä", "Vantaa", "01600"),
    ("Vanha Hämeenkyläntie", "Vanhalla Hämeenkyläntiellä", "Vantaa", "01630"),
]

_SV_STREETS = [
    ("Tölögatan", "00260"), ("Runebergsgatan", "00100"), ("Båtsmansgatan", "00150"),
    ("Mannerheimvägen", "00250"), ("Helsingegatan", "00500"), ("Tavastvägen", "00550"),
    ("Drumsövägen", "00200"), ("Stora Robertsgatan", "00120"), ("Fredriksgatan", "00120"),
    ("Sturegatan", "00510"), ("Kaptensgatan", "00140"), ("Brändövägen", "00570"),
    ("Norra Hesperiagatan", "00260"), ("Kallviksvägen", "00980"),
]

_FI_FIRST = ["Aino", "Eero", "Mikko", "Sanna", "Jukka", "Tiina", "Heikki", "Päivi", "Ville", "Laura",
             "Antti", "Riikka", "Kari", "Minna", "Juha", "Outi", "Hanna", "Sami", "Katja", "Janne",
             "Pirjo", "Timo", "Aleksi", "Suvi", "Marko"]
_FI_LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
            "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Kinnunen", "Turunen",
            "Rantanen", "Karjalainen", "Jokinen", "Savolainen", "Lahtinen", "Ahonen", "Pitkänen"]
_SV_FIRST = ["Karin", "Johan", "Mikael", "Ulla", "Fredrik", "Sofia", "Niklas", "Ebba", "Gunilla", "Mats",
             "Linnea", "Henrik", "Malin", "Oskar"]
_SV_LAST = ["Lindholm", "Nyberg", "Holmström", "Sjöberg", "Eriksson", "Backman", "Grönroos", "Wikström",
            "Forsman", "Åberg", "Söderlund", "Blomqvist", "Westerlund", "Sundström"]
_EN_NAMES = ["Sarah Mitchell", "Daniel Brooks", "Priya Nair", "Ahmed Hassan", "Olena Shevchenko",
             "Tomasz Nowak", "Li Wei", "Maria Gonzalez", "Emily Clarke", "Kwame Mensah"]


def _flat(rng, lang):
    r = rng.random()
    if r < 0.15:
        return ""
    stair = rng.choice("ABCD")
    n = rng.randint(1, 64)
    if lang == "sv":
        forms = [f" {stair} {n}", f" lgh {n}", f" bst {n}", f" {stair}{n}", f" {stair}"]
    elif lang == "en":
        forms = [f" {stair} {n}", f" {stair}{n}", f" as. {n}", f" {stair}"]
    else:
        forms = [f" {stair} {n}", f" {stair}{n}", f" as. {n}", f" as {n}", f" h {n}", f" {stair}",
                 f" {stair} {n}"]
    return rng.choice(forms)


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    a, b = rng.randint(100, 999), rng.randint(1000, 9999)
    f = rng.randint(0, 5)
    if f == 0:
        return f"{pre} {a} {b}"
    if f == 1:
        return f"{pre}{a}{b}"
    if f == 2:
        return f"+358 {pre[1:]} {a} {b}"
    if f == 3:
        return f"+358{pre[1:]}{a}{b}"
    if f == 4:
        return f"{pre}-{a} {b}"
    return f"{pre} {a}{b}"


def _gen_fi_pos(rng, n):
    out = []
    templates = [
        "Asun [[A:{ade} {num}{flat}]] ja {issue}. t. [[P:{first}]]",
        "{issue_cap}. Osoite: [[A:{nom} {num}{flat}]], {pc} {city}. [[P:{first} {last}]] [[T:{phone}]]",
        "Varaaja [[P:{first} {last}]], puh [[T:{phone}]]. Avaimet kotiin osoitteeseen [[A:{nom} {num}{flat}]].",
        "[[A:{nom} {num}]]:n kohdalla {issue}. Ilmoittaja [[P:{first} {last}]]",
        "{issue_cap}.\n\nTerveisin\n[[P:{first} {last}]]\n[[A:{nom} {num}{flat}]]\n{pc} {city}",
        "hei asun [[A:{low} {num}{flatlow}]] ja {issue} :( [[P:{firstlow}]]",
        "Kotona [[A:{nom} {num}{flat}]], töissä [[A:{nom2} {num2}]]. Kummassakin {issue}. [[P:{first}]]",
        "Yhteyshenkilö: [[P:{first} {last}]]\nOsoite: [[A:{nom} {num}{flat}]]\nPuhelin: [[T:{phone}]]\n"
        "Lisätiedot: tulemme n. 15 hengen ryhmänä.",
    ]
    issues = [
        "katuvalo on ollut pimeänä viikon",
        "jalkakäytävä on aivan jäässä eikä sitä ole hiekoitettu",
        "roska-astia on täynnä ja lokit levittää roskat",
        "kadulla on iso kuoppa johon pyörä juuttuu",
        "suojatien maalaukset on kuluneet näkymättömiin",
        "sähköpotkulaudat tukkii jalkakäytävän",
        "lumet on aurattu kävelytien päälle",
        "bussipysäkin katos on rikottu",
        "sadevesikaivo on tukossa ja vesi lainehtii",
        "puun oksat roikkuu pyörätien päällä",
    ]
    for i in range(n):
        nom, ade, city, pc = rng.choice(_FI_STREETS)
        nom2, _, _, _ = rng.choice(_FI_STREETS)
        while nom2 == nom:
            nom2, _, _, _ = rng.choice(_FI_STREETS)
        first, last = rng.choice(_FI_FIRST), rng.choice(_FI_LAST)
        flat = _flat(rng, "fi")
        issue = rng.choice(issues)
        t = templates[i % len(templates)]
        out.append(("fi", t.format(ade=ade, nom=nom, nom2=nom2, num=rng.randint(1, 60),
                                   num2=rng.randint(1, 40), flat=flat, flatlow=flat.lower(),
                                   low=nom.lower(), issue=issue, issue_cap=issue[0].upper() + issue[1:],
                                   first=first, last=last, firstlow=first.lower(), phone=_phone(rng),
                                   pc=pc, city=city)))
    return out


def _gen_sv_pos(rng, n):
    out = []
    templates = [
        "Jag bor på [[A:{st} {num}{flat}]] och {issue}. Mvh [[P:{first} {last}]]",
        "Adress: [[A:{st} {num}{flat}]], {pc} Helsingfors\nNamn: [[P:{first} {last}]]\nTel: [[T:{phone}]]",
        "Bokare [[P:{first}]] [[T:{phone}]], nyckeln lämnas till [[A:{st} {num}{flat}]].",
        "{issue_cap}.\n\nHälsningar\n[[P:{first} {last}]]\n[[A:{st} {num}{flat}]]",
        "bor på [[A:{low} {num}{flatlow}]], {issue}. /[[P:{firstlow}]]",
    ]
    issues = [
        "gatlampan utanför porten är trasig",
        "trottoaren har inte sandats på en vecka",
        "soptunnorna töms aldrig på helgerna",
        "det finns ett stort hål i cykelbanan",
        "elsparkcyklarna blockerar trottoaren",
        "övergångsstället syns inte längre",
    ]
    for i in range(n):
        st, pc = rng.choice(_SV_STREETS)
        flat = _flat(rng, "sv")
        issue = rng.choice(issues)
        first, last = rng.choice(_SV_FIRST), rng.choice(_SV_LAST)
        t = templates[i % len(templates)]
        out.append(("sv", t.format(st=st, low=st.lower(), num=rng.randint(1, 60), flat=flat,
                                   flatlow=flat.lower(), issue=issue, issue_cap=issue[0].upper() + issue[1:],
                                   first=first, last=last, firstlow=first.lower(), phone=_phone(rng), pc=pc)))
    return out


def _gen_en_pos(rng, n):
    out = []
    templates = [
        "Hi, I live at [[A:{st} {num}{flat}]] and {issue}. Thanks, [[P:{name}]]",
        "My address is [[A:{st} {num}{flat}]], {pc} {city}. {issue_cap}. [[P:{name}]], [[T:{phone}]]",
        "Contact person: [[P:{name}]] ([[T:{phone}]]). Please return the key to [[A:{st} {num}{flat}]].",
        "{issue_cap}.\n\nBest,\n[[P:{name}]]\n[[A:{st} {num}{flat}]], {city}",
    ]
    issues = [
        "the streetlight outside has been out for days",
        "the pavement hasn't been gritted at all",
        "the bin by the bus stop is always overflowing",
        "there's a pothole that keeps getting bigger",
        "scooters are blocking the pavement every morning",
    ]
    for i in range(n):
        st, _, city, pc = rng.choice(_FI_STREETS)
        issue = rng.choice(issues)
        t = templates[i % len(templates)]
        out.append(("en", t.format(st=st, num=rng.randint(1, 80), flat=_flat(rng, "en"), issue=issue,
                                   issue_cap=issue[0].upper() + issue[1:], name=rng.choice(_EN_NAMES),
                                   phone=_phone(rng), pc=pc, city=city)))
    return out


def _gen_neg(rng, n_fi, n_sv, n_en):
    out = []
    fi_t = [
        "Bussi {line} {ade} on myöhässä joka aamu, välillä 15 minuuttia.",
        "{ela_cap} {mins} minuutin kävely asemalle, mutta reitti on pimeä ja liukas.",
        "Asun {mins} minuutin päässä {ela}, ja katuvalot siellä on sammuneet.",
        "{nom_cap} on suljettu {d1}.{m}.–{d2}.{m}. välisen ajan, kiertotie ei ole merkitty.",
        "Uimahalli on auki ma–pe {h1}–{h2}, la {h3}–16. Hinta {price} €.",
        "Ratikka {tram} ei kulje {tram_ade} viikonloppuna, korvaavat bussit {line} ja {line2}.",
        "Postinumero {pc} ja {nom} - karttasovellus näyttää väärän kaupunginosan.",
        "{nom_cap} {km} km matkalla ei ole yhtään penkkiä. Ikäihmisille tarvitaan levähdyspaikkoja.",
    ]
    sv_t = [
        "Buss {line} på {st} är sen varje morgon, ibland 15 minuter.",
        "Från {st} är det bara {mins} minuters promenad till stationen, men vägen är mörk.",
        "{st} är avstängd {d1}.{m}.–{d2}.{m}. och omvägen är inte skyltad.",
        "Simhallen är öppen mån–fre {h1}–{h2}. Biljetten kostar {price} €.",
    ]
    en_t = [
        "Bus {line} on {nom} is always late, sometimes by 15 minutes.",
        "It's only a {mins} minute walk from {nom} to the station but the path is dark.",
        "The pool is open Mon–Fri {h1}–{h2}, tickets {price} €. Booking ref {ref}.",
    ]
    def vals():
        nom, ade, _, pc = rng.choice(_FI_STREETS)
        d1 = rng.randint(1, 14)
        ela = " ".join(w[:-3] + ("lta" if w.endswith("lla") else "ltä") if w.endswith(("lla", "llä")) else w
                       for w in ade.split(" "))
        return dict(nom=nom, nom_cap=nom[0].upper() + nom[1:], ade=ade, ela=ela, ela_cap=ela[0].upper() + ela[1:],
                    pc=pc,
                    line=rng.choice(["55", "23", "58", "59", "69", "70", "78", "560", "550", "192", "23N"]),
                    line2=rng.choice(["7X", "9K", "51", "65"]), tram=rng.choice(["1", "3", "6", "7", "9", "10"]),
                    tram_ade=rng.choice(["Hämeentiellä", "Mäkelänkadulla", "Mannerheimintiellä", "Fredrikinkadulla",
                                         "Runeberginkadulla", "Aleksis Kiven kadulla"]),
                    mins=rng.choice([2, 3, 5, 7, 10, 15]), d1=d1, d2=d1 + rng.randint(2, 14),
                    m=rng.randint(1, 12), h1=rng.choice([6, 7, 8]), h2=rng.choice([20, 21]),
                    h3=rng.choice([9, 10]), price=rng.choice(["5,50", "6,50", "7", "4,80"]),
                    km=rng.choice([2, 3, 4]), st=rng.choice(_SV_STREETS)[0],
                    ref=rng.randint(10000, 99999))
    for i in range(n_fi):
        out.append(("fi", fi_t[i % len(fi_t)].format(**vals())))
    for i in range(n_sv):
        out.append(("sv", sv_t[i % len(sv_t)].format(**vals())))
    for i in range(n_en):
        out.append(("en", en_t[i % len(en_t)].format(**vals())))
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    recs = []
    recs += [("fi", t) for t in _FI_POS]
    recs += [("fi", t) for t in _FI_NEG]
    recs += [("sv", t) for t in _SV_POS]
    recs += [("sv", t) for t in _SV_NEG]
    recs += [("en", t) for t in _EN_POS]
    recs += [("en", t) for t in _EN_NEG]
    recs += _gen_fi_pos(rng, 32)
    recs += _gen_sv_pos(rng, 12)
    recs += _gen_en_pos(rng, 8)
    recs += _gen_neg(rng, 16, 6, 3)
    rng.shuffle(recs)
    return recs
