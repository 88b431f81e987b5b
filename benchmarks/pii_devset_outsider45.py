"""Blind evaluation block 45 for the personal-data scrubber.

Written by helper "outsider 45" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (apart from the brief I was handed). I ran
no git commands, did not run the scrubber and did not run any evaluation. (A plain `ls` of /work/main/benchmarks/
was done once to make sure this file did not exist yet; it showed file names only, no contents were opened.)
Everything here is written from the brief and from my own knowledge of how people write.

Focus: Finnish-language messages (about 90 %, the rest English) naming people from Helsinki's largest
foreign-language groups - Russian, Estonian, Arabic, Somali, English-speaking, Kurdish, Persian, Chinese, Albanian,
Vietnamese, Ukrainian, Turkish, Thai - written both by Finns and by the people themselves in learner Finnish.
Names appear in all Finnish case forms (Ahmedille, Olgan kanssa, Abdirahmanilta, Nguyenin, Svetlanalle, Hodanin
lapset, Mohammedista), with patronymics (Olga Ivanovna), Arabic compound names (Abdul Rahman, Nur al-Din), Somali
three-part names (Abdi Hassan Mohamed), at sentence start, in lists, after titles (rouva, herra, opettaja,
valmentaja - titles stay outside the span), and Finnish words that are also names (Tuuli, Sara, Satu, Onni, Helmi).
Hard negatives: nationalities and languages (venalainen, somalinkielinen), cities and countries (Tallinna,
Mogadishu, Teheran, Kiova), foods (some named after people: Stroganoff, Pavlova, Olivier), religious and
national holidays (ramadan, id, nouruz, Tet, Songkran), shops and restaurants with foreign names, associations
(Somaliliitto), famous people, streets named after people without house numbers (Annankatu, Fredrikinkatu),
the Arabia district. Some phones, e-mails, addresses with house numbers, a few HETUs, IBANs, plates and IPs.

Seed: 4545 (random.Random(SEED) drives the small generators; nothing else is random).

Markup: [[LABEL:text]] around each piece of personal data. P person name (case endings, possessive 's inside;
titles and role words outside), E e-mail, T phone, H Finnish personal identity code, I IBAN / bank account,
R licence plate, IP IP address, A street address with house number (postal code and city outside). Famous people
and names of streets, parks, buildings, shops, associations and brands are not marked.
"""

import random

SEED = 4545

# ---------------------------------------------------------------------------------------------------------------
# Hand-written, Finnish, Open311 feedback and Kerrokantasi comments that contain personal data.
# ---------------------------------------------------------------------------------------------------------------
HAND_FI_POS_A = [
    "Hei, naapurini [[P:Olga Ivanovna]] on jo kolme kertaa soittanut asiasta mutta mitään ei tapahdu. Roskakatos osoitteessa [[A:Kontulankaari 4 B]] on ollut täynnä kaksi viikkoa ja rotat juoksee pihalla. [[P:Olgan]] puolesta kirjoittaa [[P:Marja Heikkinen]], [[T:040 718 2235]]",
    "[[P:Ahmedille]] pitäisi joku kertoa että pyöräkellarin ovi ei mene lukkoon, hän ei lue suomea kovin hyvin. Olen yrittänyt selittää. Talo on [[A:Kallahdenraitti 12]] Vuosaaressa.",
    "[[P:Ahmedille]] pitäisi joku kertoa, että pyöräkellarin avain on nyt isännöitsijällä eikä enää talkkarilla.",
    "Minä olen [[P:Svetlana Petrova]], asun [[A:Mellunmäentie 21 A 8]]. Meidän talon edessä katulamppu ei pala kuukausi. Lapset pelkää kävellä koulusta. Kiitos. Puh [[T:045 612 9930]]",
    "Kävin eilen [[P:Olgan]] kanssa katsomassa sitä uutta leikkipuistoa ja keinut on jo rikki. [[P:Olgan]] kanssa mietittiin että kuka niitä korjaa, [[P:Olgaan]] ei kukaan ole ollut yhteydessä.",
    "Palautetta liikuntapalveluille: valmentaja [[P:Abdirahman Warsame]] on tehnyt uskomattoman työn Myllypuron poikien kanssa. [[P:Abdirahmanilta]] saa aina apua, vaikka kenttävuoro olisi peruttu. Antakaa hänelle pysyvä vuoro!",
    "[[P:Nguyenin]] perhe muutti kesällä pois ja nyt asunnossa [[A:Kivikonkaari 6 C 41]] ei asu kukaan, mutta parveke on täynnä roskaa joka lentää tuulella pihalle. (kirjoittaja [[P:Pekka Lundqvist]])",
    "[[P:Nguyenin]] perhe muutti pois ja asunto on tyhjä, parvekkeen roskat lentää pihalle.",
    "Kiitos [[P:Svetlanalle]] joka ilmoitti tästä ensin! Tässä vielä kuva. Koirapuiston portti aukeaa itsestään kun tuulee.",
    "[[P:Hodanin]] lapset käyvät Kallahden peruskoulua ja joutuvat ylittämään Vuosaarentien ilman suojatietä. [[P:Hodan Abdi]] on yrittänyt soittaa mutta häntä pompoteltiin. Lisätietoja: [[E:hodan.abdi88@gmail.com]]",
    "Meillä oli asukasilta ja [[P:Mohammedista]] tuli puheenjohtaja. Hän hoitaa jatkossa yhteydenpidon kaupunkiin, numero [[T:+358 44 903 1172]].",
    "Ilmoitan että hissi ei toimi taas. Asun 7. kerroksessa, olen [[P:Abdi Hassan Mohamed]], ja äitini on pyörätuolissa. Osoite [[A:Meri-Rastilan tie 3 D 52]]. Soittakaa [[T:0417829014]]",
    "Hei. Mun nimi on [[P:Kadri Tamm]] ja olen virolainen. Mä teen töitä yöllä ja päivällä nukun mutta kadun remontti alkaa klo 6. Onko pakko? Asun [[A:Vaasankatu 14 A 9]]",
    "[[P:Kadrin]] ja [[P:Martin]] kanssa keräsimme 140 allekirjoitusta siitä, että Vaasanpuistikon penkit palautetaan.",
    "Tämä on kyllä hyvä suunnitelma mutta ihmettelen miksi [[P:Reza Hosseinin]] kommenttiin ei vastattu. Hän kysyi ihan oikean asian pyöräteistä.",
    "Vastaus [[P:Rezalle]]: samaa mieltä, Itäväylän alikulku on pimeä ja siellä pitäisi olla valot. Alikulku on myös kesällä tulvinut.",
    "[[P:Fatima]] pyysi minua kirjoittamaan tämän koska hän ei osaa käyttää palvelua. [[P:Fatima Al-Rashid]], [[A:Turunlinnantie 8 B 17]], puh. [[T:050 334 8812]]. Naapurin koira haukkuu yöt läpeensä.",
    "Terveisin, [[P:Wang Lei]] ([[E:wang.lei.hki@outlook.com]])\nPS. kiinalainen ruokakauppa ei ole se ongelma vaan sen takapihan lavat.",
    "opettaja [[P:Tran Thi Lan]] Vuosaaren koulusta kertoi että bussi 90 ei pysähdy enää kouluna edessä aamulla. Lapset myöhästyy. Voisiko tarkistaa?",
    "[[P:Mehmet Yılmaz]] tässä. Minun auto [[R:KLM-482]] hinattiin vaikka kyltti sanoi pysäköinti sallittu la klo 9-15. Miksi? Haluan rahat takaisin.",
    "Hei [[P:Mehmet]], kiitos palautteesta. Siirsimme asian pysäköinninvalvontaan, he ovat yhteydessä sinuun. t. asiakaspalvelu / [[P:Liisa]]",
    "Ennen oli hyvä, nyt puisto on pilalla. [[P:Oksana Kovalenko]] ja minä käytiin siellä joka päivä lastenvaunujen kanssa mutta nyt hiekkatie on niin upottava ettei vaunut kulje.",
    "[[P:Oksanalle]] terveisiä että vastaus tuli: hiekka vaihdetaan keväällä.",
    "Olen asunut Suomessa 6 vuotta. Minä [[P:Somchai]], thaimaalainen. Meidän rapussa joku polttaa tupakka ja haju tulee minun asunto [[A:Kontulantie 9 A 3]]. Lapsi astma.",
    "[[P:Somchain]] vaimo [[P:Malee]] soitti minulle itkien koska heidän ikkunansa rikottiin. Voisiko joku tulla katsomaan? Olen heidän naapuri, [[P:Anneli Koskinen]] [[T:044 521 7703]]",
    "Kiitos herra [[P:Driton Krasniqille]], joka siivosi koko Puotilan rannan omalla ajallaan.",
    "[[P:Arben]] ja [[P:Valbona Gashi]] (talon 3 asukkaat) pyysivät että heidän nimensä mainitaan: [[P:Arben]] ja [[P:Valbona Gashi]] ovat valmiita ottamaan vastuun kasvimaan kastelusta.",
    "[[P:Nur al-Din]] sanoo että piha on liian pimeä. Olen samaa mieltä [[P:Nur al-Dinin]] kanssa ja lisäisin että autot ajavat liian lujaa.",
    "[[P:Abdul Rahman Saleh]], [[A:Itäkatu 5 C 88]], 00930 Helsinki. Pyydän että kadun lumi aurataan myös jalkakäytävältä. Isäni [[P:Abdul Rahman]] kaatui eilen.",
    "Asiakas [[P:Liam O'Connor]] soitti englanniksi ja kertoi että Kaivopuiston rannan roska-astiat ovat täynnä. Palautti puhelimitse: [[T:+44 7700 900412]]",
    "Hyvä ehdotus! [[P:Tuuli]] ja minä olemme kannattaneet tätä alusta asti. -[[P:Tuuli Räsänen]] & [[P:Dilan]]",
    "Tuuli puhaltaa Vuosaaren sillalla niin kovaa että pyöräily on hengenvaarallista. Tarvitaan tuulensuoja. t. [[P:Shilan Ahmadi]]",
    "[[P:Shilanin]] idea on hyvä, mutta tuulensuoja pitää suunnitella niin ettei se estä näkymää merelle.",
    "Kerrokantasi-kommentti: Olen käynyt [[P:Maryam Rezaein]] kanssa läpi kaavaehdotuksen ja meidän mielestä Kalasataman tornit ovat liian korkeita.",
    "Lapseni opettaja, [[P:Zhang Wein]] mukaan koulun pihan aita on ollut rikki keväästä. Hän on ilmoittanut siitä rehtorille, mutta mitään ei ole tapahtunut.",
    "Naapuri [[P:Ayşe Demir]] asuu ylemmässä kerroksessa ja hänen kylpyhuoneesta vuotaa vettä meidän kattoon. Ilmoitin isännöitsijälle mutta ei vastaa. [[P:Ayşen]] numero on [[T:045 227 6601]] jos tarvitsette.",
    "rouva [[P:Tatjana Smirnova]] pyytää soittoa, hänelle on tullut väärä lasku pysäköintitunnuksesta. [[T:09 4785 2210]] (kotinumero, vastaa aamupäivisin)",
    "Tiedoksi: [[P:Sergei Petrovitš Kuznetsov]] on talon vanhin asukas, 91 v, ja hän ei pääse ulos kun ulko-ovelle on kasattu lunta. [[A:Kirkonkyläntie 11 B 6]]",
    "Pyydän, että koulun edessä olisi liikennevalot. Poikani [[P:Bahoz]] ja hänen kaverinsa [[P:Rebin]] ylittävät Kehä I:n joka aamu.",
    "Kiitos! [[P:Hamdi Farah]] ja [[P:Deeqa Ismail]] kirjoittivat tämän yhdessä naisten kerhossa.",
    "Minä olen [[P:Deeqa]]. Minun lapsi pelkää isot koirat puistossa ilman hihna. Mitä voi tehdä?",
    "[[P:Linh]] tässä, kirjoitan puhelimella sori kirjoitusvirheet. Bussipysäkillä Vuosaaren metroasemalla katos on rikki ja sade tulee sisään, kaikki kastuu",
    "Tämän aloitteen tekijä [[P:Pham Duc Anh]] ([[E:ducanh.pham@gmail.com]]) on myös valmis vetämään talkoot.",
    "Hei kaikki, ei kannata kuunnella [[P:Juhanin]] juttuja, [[P:Irina Volkova]] on oikeassa, metsää ei saa kaataa.",
    "Vastaus kommenttiin 14 ([[P:Irina V.]]): en ole samaa mieltä, asunnot tarvitaan.",
]

# ---------------------------------------------------------------------------------------------------------------
# Hand-written, Finnish, Varaamo booking notes and OmaStadi proposals / comments that contain personal data.
# ---------------------------------------------------------------------------------------------------------------
HAND_FI_POS_B = [
    "Varaaja: Somaliliitto / yhteyshenkilö [[P:Abdirahman Yusuf]]. Avaimet hakee [[P:Hodan Warsame]], puh [[T:044 981 2270]]. Tilaisuus: naisten iltapäivä, n. 25 hlö.",
    "Avaimet noutaa [[P:Olga]] klo 16, jos hän ei pääse niin [[P:Dmitri]] ([[T:040-551 8824]]).",
    "Tilan varaa Vietnamilaisten yhdistyksen puolesta [[P:Nguyen Van Minh]]. Laskutus: [[E:minh.nguyen@kolumbus.fi]]. Tet-juhla 8.2. klo 14-20, tulossa myös lapsia.",
    "Varaus kuoroharjoituksiin. Vastuuhenkilö [[P:Priit Kask]] ([[E:priit.kask@elisanet.fi]]), varalla [[P:Liis Saar]] [[T:+372 5123 4567]]. Avain palautetaan luukkuun.",
    "Hei! Varasin salin lauantaiksi [[P:Mustafan]] syntymäpäiville. Maksan itse, tilinumero laskua varten [[I:FI81 2914 1777 6317 06]]. [[P:Zeynep Öztürk]]",
    "Tulossa 12 henkilöä, ramadanin iftar-illallinen. Vastuu: [[P:Yousef Haddad]] [[T:0458827115]]. Ruokaa tuodaan itse, siivoamme jälkeen.",
    "Avaimen noutaja vaihtuu: ei [[P:Ali]] vaan [[P:Alin]] veli [[P:Omar Hassan]]. [[P:Omarille]] voi soittaa [[T:050 118 4433]].",
    "[[P:Omarille]] tiedoksi että sali on varattu vain klo 21 asti, ei 22.",
    "Tilavaraus: Kurdinaisten käsityöpiiri. Yhteyshenkilöt [[P:Shirin Karimi]], [[P:Hêvî Mustafa]] ja [[P:Zana Rashid]]. Sähköposti [[E:hevi.m@protonmail.com]]",
    "Varauksen tekijä: [[P:Sarah Mitchell]] (English speaking moms' playgroup). Avaimet [[P:Sarahille]] tai [[P:Chloe Bennettille]].",
    "Muistiinpano: [[P:Wang]] ja [[P:Li]] ovat jo saaneet avainkortit, [[P:Chen Xiaomingille]] annetaan kortti ensi viikolla.",
    "Olen [[P:Ploy]] ja haluan varata keittiö Songkran juhla varten 13.4. Me olemme 8 thai naista. Minun puhelin [[T:041 552 6608]] kiitos paljon 🙏",
    "Varaaja [[P:Iryna Bondarenko]], ukrainalaisten äitien vertaisryhmä. Avaimet hakee hänen tyttärensä [[P:Viktoriia]]. Osoite laskulle: [[A:Myllypurontie 17 A 12]], 00920 Helsinki",
    "OmaStadi-ehdotus: Kontulaan ulkokuntosali. Ehdottaja [[P:Burak Öztürk]] ja [[P:Emre Kaya]]. Olemme puhuneet jo 40 nuoren kanssa ja kaikki haluaa.",
    "Kannatan [[P:Burakin]] ehdotusta! Mun poika käy salilla Itäkeskuksessa mutta se on kallis.",
    "Kommentti: [[P:Emrelle]] kiitos, mutta paikka pitäisi olla lähempänä metroa.",
    "Ehdotus: monikielinen satutunti Malmin kirjastoon. Lukijoina vapaaehtoiset: [[P:Fadumo]] (somali), [[P:Natalia]] (venäjä), [[P:Parisa]] (farsi), [[P:Blerina]] (albania), [[P:Thu]] (vietnam).",
    "Satu on tärkeä lapselle. [[P:Satu Mäkelä]] täällä, olen lastentarhanopettaja ja tuen tätä ehdotusta täysin.",
    "Minä ehdotan grilli paikka Vuosaaren rantaan. Perheet voi tulla. Minä olen [[P:Aram]] ja minun vaimo [[P:Dilan]] tekee kurdilainen ruoka kaikille avajaisissa 😊",
    "[[P:Aramin]] ehdotus on hyvä mutta grillauspaikka vaatii valvontaa. [[P:Aramille]]: onko mietitty roskien keräystä?",
    "[[P:Niloufar]] ja [[P:Farhad Moradi]] ehdottavat nouruz-juhlaa Stoan aukiolle. Yhteys: [[E:farhad.moradi@gmail.com]], [[T:+358 40 662 1909]]",
    "Ehdottajan tiedot (ei julkisia): [[P:Mehdi Karimi]], [[A:Malminkaari 23 C 15]], [[T:0442190873]]",
    "Hei! Tässä [[P:Olena]]. Tulin Suomeen 2022 Harkovasta. Haluan ehdottaa ukrainankielistä kerhoa lapsille Kannelmäkeen. Minun poika [[P:Bohdan]] on 7 v ja hän unohtaa omaa kieltä.",
    "Tuen [[P:Olenan]] ehdotusta, ja voin itse auttaa. [[P:Taras Melnyk]]",
    "Kiitos kaikille äänistä! Erityiskiitos [[P:Hamdille]], [[P:Khadralle]] ja [[P:Ayaanille]], jotka jakoivat esitettä moskeijan edessä.",
    "Kerhon vetäjä on [[P:Valbona]], apuna [[P:Arta]] ja [[P:Besnik]]. Kaikki ovat Kosovosta, mutta kerho on kaikille avoin.",
    "[[P:Abdi Hassan Mohamedin]] ehdotus (jalkapallokenttä Meri-Rastilaan) on saanut eniten kannatusta tähän mennessä.",
    "Ehdotuksen tekijä [[P:Abdiaziz Mohamed Nur]] pyytää, että hänen puhelinnumeroaan [[T:046 880 2213]] ei julkaista.",
    "Sovimme [[P:Nastjan]] ja [[P:Sashan]] kanssa, että he hoitavat kahvit. [[P:Nastja]] tuo pullat, [[P:Sasha]] termarit.",
    "Tässä vielä ilmoittautuneet: 1) [[P:Jelena Orlova]] 2) [[P:Maksim Orlov]] 3) [[P:Aisha Musa]] 4) [[P:Kawa Ahmadi]] 5) [[P:Pimchanok Srisuk]]",
    "Vastaus [[P:Tiiulle]]: kyllä, sauna on mukana varauksessa.",
    "Laskun saa lähettää [[P:Margus Seppille]] osoitteeseen [[E:margus.sepp@gmail.com]]",
    "[[P:Layla Khalil]] (hetu [[H:300888-072U]]) on ilmoittautunut kurssille mutta laskutusosoite puuttuu.",
    "Varaaja: [[P:Hussein Al-Amiri]], henkilötunnus [[H:140385-234X]], tilinumero palautusta varten [[I:FI34 6907 4391 5000 80]].",
    "Lapsen tiedot kesäleirille: [[P:Yasmin Ali]], [[H:110602A127J]], huoltaja [[P:Sahra Ali]] [[T:040 771 3098]].",
    "[[P:Nok]] pyysi että palautan avaimen hänen puolestaan, joten jätin sen luukkuun klo 22.10.",
    "Terveisin [[P:Malee Chaiyaporn]]\n[[A:Vuotie 45 B 22]]\n00980 Helsinki\n[[T:044 305 6127]]",
    "Kerhotilan avainta ei löydy. Viimeksi sen piti olla [[P:Kanyan]] tai [[P:Wanidan]] hallussa. Voitteko tarkistaa kamerasta? Rekisterinumero pihalla [[R:XTE-907]] oli heidän autonsa.",
    "[[P:Triin]] tässä, kirjotan [[P:Andrus Kukkin]] puolesta: hän on sairaana eikä pääse hakemaan avaimia. hakee [[P:Reet]] klo 17.",
    "Jätin laskun [[P:Arta Berishalle]], mutta sähköposti palautui: [[E:arta.berisha@hotmail.com]]",
]

# ---------------------------------------------------------------------------------------------------------------
# Hand-written, Finnish, hard negatives: no personal data at all, only things that look like it.
# ---------------------------------------------------------------------------------------------------------------
HAND_FI_NEG = [
    "Venäläinen naapuri soittaa pianoa joka ilta klo 23 jälkeen. Onko taloyhtiön järjestyssäännöissä mitään tästä?",
    "Itäkeskuksen kirjastossa pitäisi olla enemmän somalinkielistä ja arabiankielistä neuvontaa, nyt sitä on vain tiistaisin.",
    "Tallinnan laivalta tulevat bussit seisovat Länsisataman edessä tyhjäkäynnillä ja pakokaasu tulee suoraan asuntoihin.",
    "Mogadishussa ei ole tällaisia talvia 😅 mutta silti: miksi Meri-Rastilan tietä ei ole aurattu kolmeen päivään?",
    "Muutin Teheranista Helsinkiin 2015 ja tämä on ensimmäinen kerta kun kirjoitan kaupungille. Pyöräteiden talvikunnossapito on parantunut paljon, kiitos!",
    "Kiovan ystävyyskaupunkitapahtuma oli hieno, mutta Senaatintorin lava jäi purkamatta kahdeksi päiväksi.",
    "Ramadanin aikana moskeijan edessä on iltaisin paljon autoja. Voisiko pysäköintiä järjestää väliaikaisesti koulun pihalle?",
    "Id-juhlan rukous pidettiin taas Kontulan urheilukentällä ja kaikki meni hienosti. Kiitos liikuntavirastolle järjestelyistä.",
    "Nouruz-juhla Stoan aukiolla 21.3. klo 16-20 - tarvitaanko siihen erillinen lupa vai riittääkö ilmoitus?",
    "Ortodoksisen pääsiäisen aikaan Uspenskin katedraalin ympäristössä on ruuhkaa, toivoisimme liikenteenohjaajia.",
    "Kiinalaisen uudenvuoden lyhdyt Kiinalaisen kulttuurikeskuksen edessä olivat kauniita. Enemmän tällaista!",
    "Songkran-vesijuhla Vuosaaren rannassa oli iloinen, mutta roska-astioita oli liian vähän.",
    "Pho, pad thai, falafel, borssi, sambusa ja baklava - Hakaniemen hallissa voisi olla enemmän eri maiden ruokaa.",
    "Koulun ruokalassa oli tänään Stroganoff ja jälkiruoaksi Pavlova. Lapset tykkäsi mutta annokset olivat pieniä.",
    "Olivier-salaattia ja pelmenejä myydään Itäkeskuksen venäläisessä kaupassa, mutta kaupan edessä pyörätelineet ovat rikki.",
    "Ravintola Ali Baba Kalliossa on jättänyt rasvatynnyrit sisäpihalle. Haju on sietämätön.",
    "Istanbul Grill ja Pho Viet samassa korttelissa Hämeentiellä - molempien jäteastiat ovat kadulla eikä pihalla.",
    "Somaliliitto ja Monika-Naiset liitto järjestävät yhteisen tapahtuman Vuotalossa. Tarvitaanko vuokrasopimus molemmilta?",
    "Suomi-Venäjä-Seuran vanhat tilat Kalliossa ovat olleet tyhjänä vuoden. Voisiko kaupunki vuokrata ne nuorisotiloiksi?",
    "Viro-instituutin ja Inkerikeskuksen yhteinen kirjasto tarvitsisi isomman tilan. Onko Varaamossa sellaisia?",
    "Alikulku Itäväylän alla on pimeä ja siellä haisee virtsa. Ali- ja ylikulut pitäisi tarkastaa kerran viikossa.",
    "Sara kasvaa rannassa niin korkeaksi ettei lapset näe vettä. Voisiko saraa niittää uimarannan kohdalta?",
    "Onni on, että kukaan ei loukkaantunut kun puu kaatui Kaivopuistossa myrskyssä. Puut pitäisi tarkastaa.",
    "Helmi-maaliskuussa Annankadulla ei ole aurattu kunnolla kertaakaan.",
    "Fredrikinkadulla ja Albertinkadulla on liikaa sähköpotkulautoja jalkakäytävillä.",
    "Arabian kauppakeskuksen edessä bussipysäkin katos on rikki. Linja 71 ja 52.",
    "Arabianrannan rantapuistossa on vieraslajeja, jättipalsamia ainakin. Kuka hoitaa?",
    "Mannerheimintiellä ja Runeberginkadulla ratikkapysäkit on liukkaita. Hiekoitus unohtui taas.",
    "Sibelius-monumentin ympärillä on turistibusseja tyhjäkäynnillä. Tämä koskee myös Temppeliaukion kirkkoa.",
    "Tolstoin ja Dostojevskin kirjoja on Pasilan kirjastossa venäjäksi hyvin, mutta nuortenkirjoja ei juuri ollenkaan.",
    "Putinin sota on tuonut Helsinkiin paljon ukrainalaisia perheitä, ja koulujen S2-opetukseen tarvitaan lisää resursseja.",
    "Zelenskyin puheen jälkeen Senaatintorille jäi paljon roskia ja kylttejä.",
    "Lydia Koidulan runoja luettiin Viron itsenäisyyspäivänä kirjastossa. Kaunis tilaisuus, kiitos.",
    "Arvo Pärtin konsertti Musiikkitalossa oli loppuunmyyty, mutta Töölönlahden puolelta ei ollut valaistua kulkua.",
    "Atatürkin muistopäivänä turkkilaiset kokoontuvat yleensä Kansalaistorille, ei haittaa ketään.",
    "Mo Farah juoksi aikoinaan Helsingin stadionilla ja nyt Paavo Nurmen patsas on taas tuhrittu.",
    "Jackie Chanin elokuvat pyöri Kino Engelissä ja oli tosi hauskaa. Lisää tällaisia kesäelokuvia Sinebrychoffin puistoon!",
    "Skanderbegin patsasta ei Helsingissä ole, mutta albanialaisten itsenäisyyspäivä 28.11. voisi näkyä kirjastoissa.",
    "Rumin ja Hafezin runoja persiaksi ja suomeksi: ehdotan lukupiiriä Oodiin joka toinen torstai klo 18.",
    "Ho Chi Minh -kaupungista tulleet opiskelijat tarvitsevat halvempia asuntoja, HOAS:n jonot ovat pitkät.",
    "Bangkokin ja Hanoin lennot laskeutuvat yöllä ja melu kuuluu Tikkurilaan asti.",
    "Tiranasta ja Pristinasta tulleiden perheiden lapset tarvitsevat kerhon, mutta kerhohuoneet ovat täynnä.",
    "Bagdadin kirjasto -näyttely Oodissa oli upea. Kiitos järjestäjille.",
    "Erbil, Sulaymaniyah ja Duhok - kurdialueen kaupungit olivat esillä kirjaston kartassa, mutta kartassa oli väärä raja.",
    "Turkkilainen parturi, thaimaalainen hieroja ja vietnamilainen kynsistudio - Kontulan ostari on monikulttuurinen ja hyvä niin.",
    "Kurdinkielinen, persiankielinen ja kiinankielinen opetus puuttuu Myllypuron koulusta kokonaan.",
    "Albaniankielisiä kirjoja on koko HelMetissä alle 200 nidettä.",
    "Viron kieltä puhuvia lapsia on Vuosaaressa paljon, mutta vironkielinen kerho lopetettiin.",
    "Englanninkielinen päiväkoti Töölössä on täynnä, jonossa 40 lasta.",
    "Somalinkielinen tulkki puuttui neuvolasta taas. Ajanvaraus tehtiin kolme viikkoa sitten, asianumero HEL 2024-018832.",
    "Asia numero 12.3/2025/447 koskee Kontulan ostoskeskuksen asemakaavaa, ei meidän taloa.",
    "Tapaus 884291 on edelleen auki. Ilmoitin 3.10. klo 14.20 ja nyt on jo marraskuu.",
    "Bussi 560 ja 95 eivät odota metroa Vuosaaressa, vaihtoaika on 2 min.",
    "Pysäkki H2074 Itäkeskuksessa on siirretty mutta sitä ei ole merkitty Reittiopaaseen.",
    "Avoinna ma-pe 8-16, la 10-14. Postinumero 00930. Maksu 15 € / tunti, alle 18-vuotiaille 0 €.",
    "Mosaiikkitorilla oli perjantaina markkinat ja Kahvikujan puolelta ajettiin autoilla torille.",
    "Kalasataman Redin edessä on pyöräparkki täynnä hylättyjä pyöriä. Osa on ollut siellä vuoden 2023 keväästä.",
    "Lumi satoi yöllä ja Tuuli-nimisen purjeveneen kiinnitys katkesi Merisatamassa, vene ajelehti rantaan. Veneen omistaja on tiedossa satamalla.",
    "Ilta-aukioloajat uimahallissa pitäisi palauttaa. Aamu on liian aikainen monelle.",
    "Saraa ja järviruokoa kasvaa Vanhankaupunginlahdella niin tiheästi, että lintutornista ei näe mitään. Pitkospuutkin ovat lahonneet.",
    "Kiinan suurlähetystön edessä oli mielenosoitus ja Mäntyniementie oli suljettu.",
    "Venäjän suurlähetystön edustalla Tehtaankadulla on ollut poliisi koko viikon.",
    "Tuuli ja sade kaatoivat kaksi puuta Oulunkylän urheilupuistossa.",
    "Lahja kaupungille: kolmen sukupolven kesäjuhla Kontulan kartanolla. Kiitos!",
    "Aino-ooppera Kansallisoopperassa oli hieno mutta Helsinginkadun ratikkapysäkki on pimeä.",
    "Kaikki maailman kielet kuuluvat Helsinkiin: venäjä, viro, arabia, somali, englanti, kurdi, persia, kiina, albania, vietnam, ukraina, turkki ja thai.",
    "Aleksanterinkatu ja Mariankatu - molemmat nimetty keisarillisten mukaan, ja molemmissa katukivet irtoilee.",
    "Sofiankadun ja Katariinankadun kulmassa on reikä asfaltissa. Syvä.",
    "Kebab-pizzeria Kivikon ostarilla on auki klo 04 asti ja meteli häiritsee.",
    "Vietnamilaisten yhdistys, Kurdinaisten liitto ja Thai-seura ovat kaikki hakeneet samaa tilaa samalle lauantaille.",
    "Metro Mellunmäki-Vuosaari -väli oli poikki 45 minuuttia eikä korvaavaa bussia tullut.",
]

# ---------------------------------------------------------------------------------------------------------------
# Hand-written, English (residents who write to the city in English), positives and hard negatives mixed.
# ---------------------------------------------------------------------------------------------------------------
HAND_EN = [
    "Hi, my name is [[P:Daniel Hughes]], I live at [[A:Porthaninkatu 9 B 21]]. The streetlight outside has been blinking for two weeks. You can reach me at [[E:dan.hughes@iki.fi]].",
    "Booking note: keys will be collected by [[P:Sarah]] or her husband [[P:Tom Bradley]] ([[T:+358 50 477 2091]]). We'll return them to the key box.",
    "Reply to [[P:Liam]]: I agree, the new bike lane on Hämeentie is great but delivery vans park on it all day.",
    "My neighbour Mrs. [[P:Nguyen]] told me the playground gate is broken again.",
    "Please pass this to [[P:Ahmed's]] teacher, he cannot come to school by bus 78 because the stop has been moved.",
    "We are a group of Thai and Vietnamese mums ([[P:Siriporn]], [[P:Hoa]], [[P:Mai Le]]) and we'd like to book the Kontula youth centre kitchen on Sundays.",
    "Proposal by [[P:Grace Owusu]] and [[P:Faith Mensah]]: a multilingual homework club in Vuosaari library. Contact [[E:grace.owusu@gmail.com]]",
    "Hope this helps: I called the number on the sign ([[T:040 188 3321]]) and nobody answered. - [[P:Will]]",
    "Dr. [[P:Reza Tehrani]] from the health centre asked me to report that the ramp at [[A:Kiviportintie 2]] is icy every morning.",
    "I support [[P:Oksana's]] comment above. The park needs lighting.",
    "Hi, this is [[P:Chen Jing]]. My car [[R:GPN-315]] was towed from Sörnäisten rantatie although the sign said parking OK on Saturday.",
    "Forwarded message from [[P:Abdullah Noor]] <[[E:a.noor@yahoo.com]]>: 'The lift at our building has been broken since Monday, my mother cannot leave the flat.'",
    "Invoice for the booking to: [[P:Emily Carter]], [[A:Fleminginkatu 20 A 5]], 00500 Helsinki. IBAN [[I:FI37 6360 8377 8353 37]]",
    "Our router showed the access point at the library had IP [[IP:192.168.44.17]] and it kept dropping. Not sure who to tell. - [[P:Kieran]]",
    # hard negatives
    "The Chinese New Year lanterns at the Chinese cultural centre were beautiful. More of this please!",
    "Ramadan iftar at the Kontula mosque attracts many cars in the evenings - could the school yard be opened for parking?",
    "Bus 560 never waits for the metro at Vuosaari. The connection time is 2 minutes. Case number 2025-44712.",
    "The Somali shop and the Turkish bakery on Itäkatu both leave their cardboard outside the bins.",
    "I moved from Mogadishu via London to Helsinki, and honestly the winter maintenance of cycle paths is better than in both.",
    "Opening hours of the Vuotalo culture centre should be extended to 22:00 on Fridays. Teens have nowhere to go.",
    "Tolstoy, Dostoevsky and Chekhov are all on the shelves at Pasila library but there are no Russian comics for kids.",
    "The Sibelius monument and Temppeliaukio church car parks are full of tour buses idling.",
    "Pho Viet, Istanbul Grill and Sawasdee Thai all share one yard on Hämeentie and the grease bins overflow weekly.",
    "Grace period for returning keys is 24 hours according to the booking terms. Is that still valid?",
    "Will the Nowruz celebration at Stoa square need a separate permit from the police? It's on 21 March, 16-20.",
]

# ---------------------------------------------------------------------------------------------------------------
# Hand-written, Finnish, more positives: quoted replies, forwards, signatures, learner Finnish, lists.
# ---------------------------------------------------------------------------------------------------------------
HAND_FI_POS_C = [
    "> [[P:Svetlana P.]] kirjoitti 3.11.:\n> hissi ei toimi\nSama juttu täällä B-rapussa. Soitin huoltomiehelle [[T:040 580 2216]] mutta ei vastausta.",
    "---------- Välitetty viesti ----------\nLähettäjä: [[P:Irina Volkova]] <[[E:irina.volkova@gmail.com]]>\nAihe: Kaatunut puu\nPuu kaatui pyörätielle [[A:Jönsaksentie 4]] kohdalla Myyrmäessä.",
    "Mun kaveri [[P:Abdirahman]] sanoi et [[P:Abdirahmanin]] isä on jo soittanut tästä kaks kertaa mut ei mitään. Kirjoitan nyt tähän.",
    "Kysyin asiaa [[P:Abdirahmanilta]] ja hänen mukaansa kenttä on varattu aina tiistaisin klo 18-20.",
    "[[P:Nguyenille]] ja [[P:Tranille]] kiitos kun toitte kevätrullat talkoisiin 😊",
    "Terkuin [[P:Mohammed]] (ei se joka asuu A-rapussa vaan toinen [[P:Mohammed]] 😄)",
    "Olen [[P:Mohammed Abdullahi]] ja minä kirjoitan suomea vähän huonosti. Meidän pihalla on autonromu jolla ei ole kilpiä. Se on ollut siellä kesästä. Osoite [[A:Kallvikintie 28 C]]. Kiitos",
    "Kiitos vastauksesta. Välitän sen [[P:Mohammedille]] joka ilmoitti asiasta alun perin.",
    "Opettaja [[P:Hassan]] on ollut esimerkillinen. Hänen ansiostaan kerhossa on nyt 30 lasta. Vanhempien puolesta, [[P:Maryam]] ja [[P:Ali Rezaei]].",
    "[[P:Alille]] ja [[P:Maryamille]] kiitos kun jaksatte vetää tätä!",
    "Asukastoimikunnan pj [[P:Jaana Virtanen]], sihteeri [[P:Sergei Kuznetsov]], jäsenet [[P:Ayşe Demir]], [[P:Kaja Mägi]] ja [[P:Ahmed Ibrahim]].",
    "Valmentaja [[P:Besnik Gashin]] joukkue voitti turnauksen! Kenttä kuitenkin oli huonossa kunnossa, nurmessa kuoppia.",
    "rouva [[P:Jelena]] ja herra [[P:Vladimir Sokolov]] pyysivät minua kysymään, miksi heidän pysäköintitunnuksensa hylättiin.",
    "[[P:Vladimirin]] mukaan hakemus lähetettiin jo elokuussa.",
    "Meidän taloyhtiön hallitus ([[P:Hakan Yıldız]], [[P:Elif Şahin]], [[P:Petri Laine]]) esittää, että Kiviportintien suojatie siirretään.",
    "Heippa, [[P:Pimchanok]] täällä. Joku on kaatanut meidän kasvimaan laatikot Kontulassa. Kuka voi auttaa? [[T:+358 45 702 3386]]",
    "Tiedoksi, [[P:Zhang]] kävi katsomassa ja sanoi että vesivahinko on vain B-portaassa.",
    "Pyysin [[P:Leitä]] tarkistamaan asian, mutta hän on lomalla.",
    "[[P:Leille]] voi jättää viestin numeroon [[T:050 992 4417]].",
    "Tässä yhteystiedot jos haluatte lisätietoa: [[P:Karwan Rashid]], [[T:044 776 1120]]",
    "Hei! Olen [[P:Rebin]] 15 v. Me pelataan futista Kontulan kentällä ja valot sammuu klo 21. Voiko olla klo 22 asti? Kiitos t. [[P:Rebin]] ja [[P:Bahoz]] ja muut",
    "Lapseni [[P:Onni]] sai hiekkaa silmään kun puistotyöntekijä puhalsi lehtipuhaltimella hiekkaa leikkipaikalle.",
    "Minun nimeni on [[P:Helmi Nieminen]]. Mummoni kaatui jäisellä jalkakäytävällä [[A:Sturenkatu 31]] edessä.",
    "Lähetän tämän myös [[P:Reza Hosseinille]] tiedoksi. T: [[P:Parisa Hosseini]]",
    "[[P:Abdul Rahmanin]] poika [[P:Yusuf]] ja [[P:Nur al-Dinin]] tytär [[P:Amira]] ovat samalla luokalla ja molemmat kulkevat vaarallisen risteyksen kautta.",
    "Hei, terveisiä [[P:Olga Ivanovnalle]] että kiitos hyvästä kahvista asukasillassa!",
    "[[P:Svetlana]], [[P:Oksana]], [[P:Tatjana]] ja [[P:Natalia]] - kaikki samasta rapusta - allekirjoittivat adressin.",
    "Kirjoitan [[P:Hodanin]] puolesta. [[P:Hodan]] ei voi kirjoittaa koska hänellä on vauva ja kolme muuta lasta. [[P:Hodanin]] puhelin: [[T:0465 318 804]]",
    "[[P:Abdi]] soitti mulle ja sanoi et [[P:Hassan]] on jo lähettänyt kuvat. Kysykää [[P:Abdilta]] jos jotain puuttuu.",
    "Ilmoittaja: [[P:Dilan Aydın]] / [[E:dilan.aydin92@gmail.com]] / [[T:041 339 0482]] / [[A:Kontulantie 17 A 11]], 00940 Helsinki",
]

# ---------------------------------------------------------------------------------------------------------------
# Small generators (the minority of records). Name forms are written out by hand, not produced by rules.
# ---------------------------------------------------------------------------------------------------------------
# first name: group, nominative, genitive, allative, ablative, partitive
FIRST = [
    ("ar", "Ahmed", "Ahmedin", "Ahmedille", "Ahmedilta", "Ahmedia"),
    ("ru", "Olga", "Olgan", "Olgalle", "Olgalta", "Olgaa"),
    ("ru", "Svetlana", "Svetlanan", "Svetlanalle", "Svetlanalta", "Svetlanaa"),
    ("so", "Hodan", "Hodanin", "Hodanille", "Hodanilta", "Hodania"),
    ("th", "Somchai", "Somchain", "Somchaille", "Somchailta", "Somchaita"),
    ("tr", "Mehmet", "Mehmetin", "Mehmetille", "Mehmetiltä", "Mehmetiä"),
    ("et", "Kadri", "Kadrin", "Kadrille", "Kadrilta", "Kadria"),
    ("fa", "Reza", "Rezan", "Rezalle", "Rezalta", "Rezaa"),
    ("vi", "Linh", "Linhin", "Linhille", "Linhiltä", "Linhiä"),
    ("uk", "Oksana", "Oksanan", "Oksanalle", "Oksanalta", "Oksanaa"),
    ("sq", "Arben", "Arbenin", "Arbenille", "Arbenilta", "Arbenia"),
    ("tr", "Zeynep", "Zeynepin", "Zeynepille", "Zeynepiltä", "Zeynepiä"),
    ("zh", "Wei", "Wein", "Weille", "Weiltä", "Weitä"),
    ("so", "Fadumo", "Fadumon", "Fadumolle", "Fadumolta", "Fadumoa"),
    ("ku", "Shilan", "Shilanin", "Shilanille", "Shilanilta", "Shilania"),
    ("uk", "Taras", "Tarasin", "Tarasille", "Tarasilta", "Tarasia"),
    ("et", "Priit", "Priitin", "Priitille", "Priitiltä", "Priitiä"),
    ("ar", "Yusuf", "Yusufin", "Yusufille", "Yusufilta", "Yusufia"),
    ("th", "Malee", "Maleen", "Maleelle", "Maleelta", "Maleeta"),
    ("so", "Abdirahman", "Abdirahmanin", "Abdirahmanille", "Abdirahmanilta", "Abdirahmania"),
    ("ar", "Nadia", "Nadian", "Nadialle", "Nadialta", "Nadiaa"),
    ("ru", "Dmitri", "Dmitrin", "Dmitrille", "Dmitriltä", "Dmitriä"),
    ("sq", "Blerina", "Blerinan", "Blerinalle", "Blerinalta", "Blerinaa"),
    ("vi", "Hoa", "Hoan", "Hoalle", "Hoalta", "Hoaa"),
    ("ku", "Kawa", "Kawan", "Kawalle", "Kawalta", "Kawaa"),
    ("uk", "Andrii", "Andriin", "Andriille", "Andriilta", "Andriita"),
    ("fa", "Maryam", "Maryamin", "Maryamille", "Maryamilta", "Maryamia"),
    ("zh", "Jing", "Jingin", "Jingille", "Jingiltä", "Jingiä"),
    ("en", "Daniel", "Danielin", "Danielille", "Danielilta", "Danielia"),
    ("en", "Chloe", "Chloen", "Chloelle", "Chloelta", "Chloeta"),
]
# surname: group, nominative, genitive, allative (female Russian / Ukrainian forms separately)
LAST = [
    ("ru-f", "Ivanova", "Ivanovan", "Ivanovalle"), ("ru-m", "Petrov", "Petrovin", "Petroville"),
    ("ru-f", "Smirnova", "Smirnovan", "Smirnovalle"), ("ru-m", "Sokolov", "Sokolovin", "Sokoloville"),
    ("ar", "Hassan", "Hassanin", "Hassanille"), ("ar", "Al-Hashimi", "Al-Hashimin", "Al-Hashimille"),
    ("vi", "Nguyen", "Nguyenin", "Nguyenille"), ("vi", "Tran", "Tranin", "Tranille"),
    ("et", "Tamm", "Tammin", "Tammille"), ("et", "Saar", "Saarin", "Saarille"),
    ("so", "Warsame", "Warsamen", "Warsamelle"), ("so", "Mohamed", "Mohamedin", "Mohamedille"),
    ("so", "Osman", "Osmanin", "Osmanille"),
    ("tr", "Yılmaz", "Yılmazin", "Yılmazille"), ("tr", "Kaya", "Kayan", "Kayalle"),
    ("sq", "Krasniqi", "Krasniqin", "Krasniqille"), ("sq", "Hoxha", "Hoxhan", "Hoxhalle"),
    ("fa", "Karimi", "Karimin", "Karimille"), ("fa", "Rahimi", "Rahimin", "Rahimille"),
    ("uk", "Kovalenko", "Kovalenkon", "Kovalenkolle"), ("uk", "Shevchuk", "Shevchukin", "Shevchukille"),
    ("ku", "Ahmadi", "Ahmadin", "Ahmadille"), ("ku", "Rashid", "Rashidin", "Rashidille"),
    ("th", "Chaiyaporn", "Chaiyapornin", "Chaiyapornille"), ("th", "Srisuk", "Srisukin", "Srisukille"),
    ("zh", "Huang", "Huangin", "Huangille"), ("zh", "Liu", "Liun", "Liulle"),
    ("en", "Walker", "Walkerin", "Walkerille"), ("en", "Murphy", "Murphyn", "Murphylle"),
]
RU_FEMALE = {"Olga", "Svetlana"}


def _person(rng, exclude=()):
    """A first name and a surname from the same language group; returns (first_forms, last_forms)."""
    f = rng.choice([x for x in FIRST if x[1] not in exclude])
    g = f[0]
    if g == "ru":
        g = "ru-f" if f[1] in RU_FEMALE else "ru-m"
    last = rng.choice([x for x in LAST if x[0] == g])
    return f[1:], last[1:]


# street: nominative, adessive/allative form used after "asun"
STREETS = [
    ("Kontulantie", "Kontulantiellä"), ("Mellunmäentie", "Mellunmäentiellä"), ("Kivikonkaari", "Kivikonkaarella"),
    ("Vuotie", "Vuotiellä"), ("Turunlinnantie", "Turunlinnantiellä"), ("Myllypurontie", "Myllypurontiellä"),
    ("Malminkaari", "Malminkaarella"), ("Vaasankatu", "Vaasankadulla"), ("Hämeentie", "Hämeentiellä"),
    ("Fleminginkatu", "Fleminginkadulla"), ("Kallvikintie", "Kallvikintiellä"), ("Kiviportintie", "Kiviportintiellä"),
    ("Tikkurilantie", "Tikkurilantiellä"), ("Hakunilantie", "Hakunilantiellä"), ("Leppävaarankatu", "Leppävaarankadulla"),
    ("Jönsaksentie", "Jönsaksentiellä"), ("Kontulankaari", "Kontulankaarella"), ("Itäkatu", "Itäkadulla"),
]
GROUP_NAMES = ["Somaliliitto", "Vietnamilaisten yhdistys", "Kurdinaisten käsityöpiiri", "Thai-seura",
               "ukrainalaisten äitien ryhmä", "Viro-kuoro", "arabiankielinen läksykerho", "albanialainen tanssiryhmä",
               "kiinalainen koulu", "turkkilaisten perheiden kerho", "persiankielinen lukupiiri"]
EVENTS = [("syntymäpäivät", "syntymäpäivien"), ("iftar", "iftarin"), ("Tet-juhla", "Tet-juhlan"),
          ("nouruz-ilta", "nouruz-illan"), ("Songkran-juhla", "Songkran-juhlan"), ("id-juhla", "id-juhlan"),
          ("kuoroharjoitus", "kuoroharjoituksen"), ("vanhempainilta", "vanhempainillan"),
          ("läksykerho", "läksykerhon"), ("käsityöilta", "käsityöillan"), ("bajram-juhla", "bajram-juhlan"),
          ("pikkujoulut", "pikkujoulujen")]
EVENTS_EN = ["birthday party", "iftar dinner", "Tet celebration", "choir practice", "parents' evening",
             "homework club", "Nowruz evening", "Songkran party"]


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050", "046"])
    d = "".join(str(rng.randrange(10)) for _ in range(7))
    style = rng.randrange(6)
    if style == 0:
        return f"{pre} {d[:3]} {d[3:]}"
    if style == 1:
        return f"{pre}{d}"
    if style == 2:
        return f"+358 {pre[1:]} {d[:3]} {d[3:]}"
    if style == 3:
        return f"+358{pre[1:]}{d}"
    if style == 4:
        return f"{pre}-{d}"
    return f"{pre} {d[:3]} {d[3:5]} {d[5:]}"


def _addr(rng, case=0):
    st = rng.choice(STREETS)[case]
    num = str(rng.randrange(1, 60))
    tail = rng.choice(["", f" {rng.choice('ABCD')}", f" {rng.choice('ABCD')} {rng.randrange(1, 90)}",
                       f" {rng.choice('ABC')}{rng.randrange(1, 40)}", f" as {rng.randrange(1, 40)}"])
    return f"{st} {num}{tail}"


def _email(rng, first, last):
    f = first.lower().replace("ı", "i")
    l = last.lower().replace("ı", "i").replace("-", "")
    user = rng.choice([f"{f}.{l}", f"{f}{l[0]}", f"{f}_{l}{rng.randrange(70, 99)}", f"{l}.{f}"])
    return user + "@" + rng.choice(["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "elisanet.fi", "kolumbus.fi"])


def _gen_positive(rng, i):
    f1, l1 = _person(rng)
    f2, l2 = _person(rng, exclude=(f1[0],))
    f3, _ = _person(rng, exclude=(f1[0], f2[0]))
    t = i % 9
    if t == 0:
        return ("fi", f"Varaaja: {rng.choice(GROUP_NAMES)}, yhteyshenkilö [[P:{f1[0]} {l1[0]}]]. "
                      f"Avaimet hakee [[P:{f2[0]}]], puh. [[T:{_phone(rng)}]]. Tilaisuus: {rng.choice(EVENTS)[0]}.")
    if t == 1:
        return ("fi", f"Avaimet annetaan [[P:{f1[2]}]] klo {rng.randrange(9, 19)}, ja jos hän ei pääse, "
                      f"[[P:{f2[0]} {l2[0]}]] hakee ne. [[P:{f2[1]}]] numero on [[T:{_phone(rng)}]].")
    if t == 2:
        return ("fi", f"Olen [[P:{f1[0]} {l1[0]}]] ja asun [[A:{_addr(rng, 1)}]]. "
                      f"{rng.choice(['Pihan valo on ollut rikki', 'Roskis on ollut täynnä', 'Hissi ei ole toiminut', 'Katu on ollut jäinen', 'Naapurin auto on tukkinut pihan'])}"
                      f" jo {rng.randrange(2, 6)} viikkoa. Soita [[T:{_phone(rng)}]]")
    if t == 3:
        return ("fi", f"Kysykää [[P:{f1[3]}]] tai [[P:{l2[1]}]] perheeltä, he näkivät kun "
                      f"{rng.choice(['penkki rikottiin', 'puu kaatui', 'auto ajoi aitaan', 'roskat poltettiin'])}.")
    if t == 4:
        return ("fi", f"Kannatan [[P:{f1[1]}]] ehdotusta! {rng.choice(['Hyvä idea', 'Tätä on odotettu', 'Vihdoinkin', 'Juuri näin'])}. "
                      f"t. [[P:{f2[0]} {l2[0]}]]")
    if t == 5:
        return ("fi", f"Laskutus: [[P:{f1[0]} {l1[0]}]], [[A:{_addr(rng)}]], 00{rng.choice(['920', '930', '940', '950', '980', '700'])} Helsinki, "
                      f"[[E:{_email(rng, f1[0], l1[0])}]]")
    if t == 6:
        return ("fi", f"[[P:{f1[0]}]], [[P:{f2[0]}]] ja [[P:{f3[0]}]] "
                      f"ovat lupautuneet {rng.choice(['siivoamaan', 'hoitamaan kahvit', 'viemään tuolit takaisin', 'kastelemaan kukat'])} "
                      f"{rng.choice(EVENTS)[1]} jälkeen.")
    if t == 7:
        return ("fi", f"Terveisin\n[[P:{f1[0]} {l1[0]}]]\n[[T:{_phone(rng)}]]\n[[E:{_email(rng, f1[0], l1[0])}]]")
    return ("fi", f"Välitin viestin [[P:{f1[2]}]] ja [[P:{f2[0]} {l2[2]}]]. He vastaavat {rng.choice(['huomenna', 'ensi viikolla', 'tänään illalla'])}.")


NEG_SUBJ = ["venäläinen kauppa", "virolainen rakennusfirma", "somalinkielinen kerho", "arabiankielinen neuvonta",
            "kiinalainen ravintola", "vietnamilainen kynsistudio", "thaimaalainen hieronta", "turkkilainen leipomo",
            "kurdinkielinen kirjastopiiri", "persiankielinen lehtihylly", "albanialainen tanssiryhmä",
            "ukrainankielinen lastenkerho", "englanninkielinen leikkikoulu"]
NEG_PROB = ["jättää pahvit roskakatoksen ulkopuolelle", "tarvitsisi isomman tilan", "on suljettu remontin takia",
            "ei ole enää Varaamossa", "on siirtynyt Itäkeskuksesta Malmille", "ei näy HelMet-haussa",
            "toivoo pyörätelineitä", "on jäänyt ilman avustusta tänä vuonna", "kaipaa lisää vapaaehtoisia",
            "pitää ovensa auki myös sunnuntaisin", "on muuttanut kellarikerrokseen"]
NEG_PLACE = ["Tallinnasta", "Mogadishusta", "Teheranista", "Kiovasta", "Bagdadista", "Bangkokista", "Hanoista",
             "Pekingistä", "Tiranasta", "Istanbulista", "Erbilistä", "Harkovasta", "Pietarista", "Lontoosta"]
NEG_FOOD = ["pelmenit", "sambusat", "falafelit", "pho-keitto", "pad thai", "baklava", "borssi", "plov", "dumplingit",
            "banh mi", "börek", "kebab", "Pavlova-kakku", "Stroganoff"]
NEG_HOLIDAY = ["ramadan", "id al-fitr", "nouruz", "Tet", "Songkran", "kiinalainen uusivuosi", "ortodoksinen joulu",
               "bajram", "Viron itsenäisyyspäivä", "vappu"]


def _gen_negative(rng, i):
    t = i % 5
    if t == 0:
        return ("fi", f"{rng.choice(NEG_SUBJ).capitalize()} {rng.choice(NEG_PROB)}. Asianumero HEL {rng.randrange(2023, 2027)}-{rng.randrange(10000, 99999):06d}.")
    if t == 1:
        return ("fi", f"Moni on muuttanut tänne {rng.choice(NEG_PLACE)} ja {rng.choice(NEG_PLACE)}, ja silti bussi {rng.choice(['90', '560', '95', '78', '54', '550', '71'])} "
                      f"kulkee vain kerran {rng.choice(['tunnissa', 'puolessa tunnissa'])} iltaisin.")
    if t == 2:
        return ("fi", f"{rng.choice(NEG_HOLIDAY).capitalize()} lähestyy - voisiko "
                      f"{rng.choice(['Vuotalon', 'Stoan', 'Malmitalon', 'Kanneltalon', 'Oodin'])} sali olla auki klo {rng.randrange(20, 24)} asti?")
    if t == 3:
        return ("fi", f"Kouluruokana oli {rng.choice(NEG_FOOD)} ja {rng.choice(NEG_FOOD)}. "
                      f"{rng.choice(['Lapset tykkäsi.', 'Annokset olivat pieniä.', 'Hinta 3,40 € aikuisille.', 'Ruokalista löytyy netistä.'])}")
    return ("fi", f"{rng.choice(['Somaliliitto', 'Inkerikeskus', 'Viro-instituutti', 'Kiinalainen kulttuurikeskus', 'Suomi-Venäjä-Seura', 'Monika-Naiset liitto', 'Thai-seura'])} "
                  f"pyytää tilaa {rng.choice(['Kontulasta', 'Vuosaaresta', 'Malmilta', 'Kannelmäestä', 'Itäkeskuksesta'])} "
                  f"{rng.choice(['lauantaisin', 'arki-iltaisin', 'sunnuntaisin'])} klo {rng.randrange(10, 18)}-{rng.randrange(18, 22)}, 20-40 henkeä.")


def _gen_english(rng, i):
    f1, l1 = _person(rng)
    if i % 2 == 0:
        return ("en", f"Keys picked up by [[P:{f1[0]} {l1[0]}]] ([[T:{_phone(rng)}]]), returned to the key box on Sunday.")
    return ("en", f"Contact for the booking: [[P:{f1[0]}]], [[E:{_email(rng, f1[0], l1[0])}]]. The {rng.choice(EVENTS_EN)} ends at 21:00.")


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = []
    for txt in HAND_FI_POS_A + HAND_FI_POS_B + HAND_FI_NEG + HAND_FI_POS_C:
        out.append(("fi", txt))
    for txt in HAND_EN:
        out.append(("en", txt))
    for i in range(36):
        out.append(_gen_positive(rng, i))
    seen = set()
    i = 0
    while len(seen) < 16:
        rec = _gen_negative(rng, i)
        i += 1
        if rec[1] not in seen:
            seen.add(rec[1])
            out.append(rec)
    for i in range(4):
        out.append(_gen_english(rng, i))
    return out
