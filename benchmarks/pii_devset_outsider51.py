"""Blind evaluation block 51 for the personal-data scrubber: "refunds, fines and vehicles".

Written by helper "outsider 51" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file, or
/work/scratch/ (apart from the brief I was given). I ran no git commands, did not run the scrubber and did not
run any evaluation. The texts come only from the brief and from my own knowledge of how residents write.

Focus: Open311 feedback and Varaamo booking notes in Finnish (about 60 %), Swedish (about 20 %) and English
(about 20 %). Residents ask for money back (Varaamo booking deposits, wrongly charged parking fees, cancelled
events) and write bank account numbers in every way real people do: with or without spaces, odd groupings,
dashes, lower case, broken over a line, pasted from a netbank with payer/archive fields, with the bank's name
and the account holder's name beside it, old Finnish domestic account numbers, Swedish clearing numbers, and
Swedish, Estonian, German, Norwegian, Lithuanian, Polish and British IBANs of residents who moved here. Reports
about cars, vans, mopeds and trailers (abandoned, parked on the pavement, idling, noisy) give plates in any
case, with or without dash or space, after words like auto, pakettiauto, rekkari, bil, car, van, plate, mopo,
peräkärry; Finnish, Swedish, Estonian, German and Åland plates. Names of account holders and drivers,
signatures, phone numbers, a few e-mails, addresses and HETUs. About a third are hard negatives: reference
numbers (also RF creditor references that look like IBANs), invoice and booking numbers, netbank archive ids,
business IDs, amounts, dates, car models such as "Toyota Corolla", "Mazda CX-5", "BMW X5", parking zone codes,
HSL stop codes, bus and tram numbers, streets and parks named after people, pets, and first names that are
ordinary words (Onni, Toivo, Tuuli, Lumi, Bo, Mark, Bill, Will).

Seed: 5151. The hand-written records come first; the generated ones use random.Random(SEED) only.

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person's name (case endings, possessive
's and Swedish genitive -s inside the span; titles and role words outside), E e-mail address, T phone number,
H Finnish personal identity code, I IBAN or bank account number, R vehicle licence plate, IP IP address,
A street address with a house number (postal code and city outside). Famous people and names of streets,
parks, buildings and brands are not marked.
"""

import random
import re

SEED = 5151

# ---------------------------------------------------------------------------
# Hand-written records (each a separate message).
# ---------------------------------------------------------------------------

_HAND_FI = [
    # --- refunds, positives
    ("fi", "Hei, peruin Varaamossa kerhohuoneen varauksen 14.3. jo kaksi viikkoa etukäteen mutta vakuusmaksu "
           "50 € on yhä palauttamatta. Tilinumero [[I:FI87 3630 1841 4020 47]] (tilin omistaja "
           "[[P:Riikka Hämäläinen]]). kiitos"),
    ("fi", "pysäköintimaksu veloitettiin kahteen kertaan 3.2. Kalasatamassa, maksoin ensin sovelluksella ja sitten "
           "vielä automaatilla kun luulin ettei eka mennyt läpi. palauttakaa toinen 6,40e tilille "
           "[[I:fi0250335501696275]] [[P:jukka rantanen]]"),
    ("fi", "Tässä tiedot suoraan verkkopankista kopioituna:\n\nMaksaja: [[P:HEIKKINEN MARJA LIISA]]\n"
           "Maksajan tili: [[I:FI16 1304 9704 3167 35]]\nSaaja: Helsingin kaupunki\nViitenumero: 11112 60034\n"
           "Summa: 120,00 EUR\nArkistointitunnus: 260115593497X12345\n\nTapahtuma peruttiin, joten pyydän rahat "
           "takaisin samalle tilille."),
    ("fi", "Kevätjuhla peruttiin myrskyn takia ja liput (4 x 12 €) oli jo maksettu. Palautus tilille "
           "[[I:FI69 4182\n7273 3643 62]] / Aktia\n[[P:Timo Kallio]] p. [[T:040 718 2293]]"),
    ("fi", "Muutin Tallinnasta pari vuotta sitten ja minulla on vielä virolainen pankkitili, käykö palautus "
           "sinne? [[I:EE33 2217 8699 9638 3855]] Swedbank AS, BIC HABAEE2X, tilin omistaja [[P:Kristjan Tamm]]"),
    ("fi", "Pantti 200 € nuorisotalon salin varauksesta pitäisi palauttaa. Minulla on vain saksalainen tili "
           "(muutin Suomeen viime kesänä): [[I:DE41 0400 4304 1368 2625 35]], Commerzbank, nimellä "
           "[[P:Anna-Lena Brückner]]."),
    ("fi", "Tarvitaanko henkilötunnus palautukseen? Laitan varmuuden vuoksi: [[H:111095-454A]], "
           "[[P:Eveliina Saarinen]], tili [[I:FI29 7366 7174 9511 70]]"),
    ("fi", "tilinro on vanhaa muotoa [[I:159030-776]] Nordea, en muista IBANia ulkoa eikä nettipankki toimi "
           "nyt. toivottavasti riittää. [[P:Hilkka Rautio]]"),
    ("fi", "Avaimet hakee [[P:Mikko Aaltonen]] p. [[T:050 331 7742]]. Jos tilaisuus peruuntuu, vakuus "
           "palautetaan [[P:Mikolle]]: [[I:FI93 4104 2358 8098 87]]."),
    ("fi", "Sain pysäköintivirhemaksun (nro 2026 114 583) vaikka autossani [[R:SEU-338]] oli voimassa oleva "
           "asukaspysäköintitunnus vyöhykkeelle L. Maksoin sen jo, 80 €, ja pyydän palautusta tilille "
           "[[I:FI2815274503330201]].\n\n[[P:Olli Pesonen]]"),
    ("fi", "Moro, mun faijan vanha volvo [[R:ABX-44]] hinattiin Pihlajamäestä vaik se oli ihan luvallisella "
           "paikal, hinauskulut 260e. faija on [[P:Raimo Heino]] ja rahat pitäis palauttaa sen tilille "
           "[[I:FI 20 3272 0757 4386 17]] kiitti"),
    ("fi", "Onko mahdollista saada kuntosalivuoron maksu takaisin?? sali oli kiinni ilman mitään ilmoitusta. "
           "maksaja [[P:Satu Nieminen]], [[I:FI3222-0973-0613-8386]]"),
    ("fi", "IBAN: [[I:FI45 8990 9408 9951 91]]\nBIC: DABAFIHH\nTilinhaltijat: [[P:Kaisa]] ja "
           "[[P:Tommi Lehtinen]]\nSumma: 75,00 €"),
    ("fi", "Palautus [[P:Annelin]] tilille kiitos, hän maksoi varauksen vaikka minä tein sen omilla "
           "tunnuksillani. [[I:FI0927267217778962]]"),
    ("fi", "Tilin omistaja on äitini [[P:Leena Mattila]], koska minulla ei vielä ole omaa tiliä (olen 15v). "
           "Tili [[I:fi31 7301 1157 2339 81]]\nt. [[P:Aino]] 9C"),
    ("fi", "Hei!\nLeirin ilmoittautumismaksu 90 € maksettiin, mutta leiri peruttiin. Palautus tilille "
           "[[I:FI91 7639 2332 1468 81]] (OP). \n\nYstävällisin terveisin\n[[P:Päivi Koskinen]]\n"
           "[[T:+358 44 562 8190]]\n[[E:paivi.koskinen@kolumbus.fi]]"),
    ("fi", "konsertti peruttiin 2 tuntia ennen alkua. rahat takas: [[I:FI38836993563272 95]] "
           "[[P:Markus Vainio]]. ja ei, en halua lahjakorttia"),
    ("fi", "Maksoin vahingossa toisen ihmisen pysäköintivirhemaksun (väärä viitenumero, kirjoitusvirhe). "
           "Summa 60 €, maksupäivä 11.1.2026. Maksoin tililtä [[I:FI66 2817 5604 8063 58]], nimi "
           "[[P:Jaana Korhonen-Litmanen]]. Voisitteko palauttaa?"),
    ("fi", "Tili:\n[[I:FI86\n2783\n9705\n2327\n92]]\n(kopioin puhelimesta, en tiedä miks tuli noin)\n"
           "[[P:Roope Hakala]]"),
    ("fi", "Varauksen tekijä [[P:Sanna Väisänen]], [[T:0401234567]]. Kuittasin maksun kahdesti, "
           "toinen 25 € takaisin tilille [[I:FI04 3010 2761 6124 90]]. Kiitos jo etukäteen!!"),
    ("fi", "Kuolinpesän puolesta: isäni [[P:Veikko Lindholm]] oli varannut saunavuoron koko kevääksi "
           "(maksettu 180 €). Hän kuoli helmikuussa. Toivomme palautusta kuolinpesän tilille "
           "[[I:FI22 7528 6303 7486 25]]. Yhteyshenkilö [[P:Marja Lindholm]], [[T:050 4471 902]]"),
    ("fi", "palautus liettualaiselle tilille onnistuuko? [[I:LT65 7300 6090 3224 0429]] "
           "[[P:Gintarė Kazlauskienė]]"),
    ("fi", "Maksoin puistojuhlan teltan vuokran (140 €) mutta tapahtuma peruttiin kaupungin toimesta.\n"
           "Pankki: Danske Bank\nTilinumero: [[I:FI11 8029 2961 1124 22]]\nSaaja: [[P:Tapani Kivelä]]\n"
           "Viesti: palautus, varaus 55219"),
    ("fi", "nimi [[P:Laura Tikkanen]] puh [[T:045-123 88 90]] tili [[I:FI5372385734152184]] "
           "summa 32e (kaksi kertaa veloitettu kentän vuoro 5.4)"),
    ("fi", "Hyvä vastaanottaja\n\nViittaan päätökseenne HEL 2026-003318. Koska oikaisuvaatimukseni hyväksyttiin, "
           "pyydän maksamani 80 euron pysäköintivirhemaksun palautusta tililleni "
           "[[I:FI09 1905 3665 6665 81]].\n\nKunnioittavasti\n[[P:Ilkka J. Honkanen]]\n"
           "[[A:Kaarlenkatu 11 A 7]], 00530 Helsinki"),
    ("fi", "Rahat voi laittaa mieheni tilille, se on [[P:Jarmon]] nimissä: [[I:FI 68 3056 7343 4153 36]]"),
    ("fi", "Palautus Puolassa olevalle tilille, en ole vielä avannut suomalaista: "
           "[[I:PL48 2935 6279 1582 3973 1693 2273]], [[P:Katarzyna Nowak]], [[T:+48 601 224 873]]"),
    ("fi", "Hei, varasin Kalasataman monitoimitilan 8.2. mutta paikalla oli toinen ryhmä ja jouduimme "
           "lähtemään. Toivoisin vuokran 48 € takaisin. [[P:Henna Kuusela]], [[E:henna.kuusela88@gmail.com]], "
           "tili [[I:FI10 5717 6418 4578 24]]"),
    ("fi", "pls palauttakaa se 15e [[I:fi55746924699736 53]] t. [[P:niko]]"),
    ("fi", "Tilinumeroni on muuttunut pankin vaihdon myötä. Vanha: [[I:FI07 6054 3246 3656 01]] (S-Pankki, "
           "suljettu) Uusi: [[I:FI58 4084 2873 4678 89]] (Säästöpankki). Palautus siis uudelle, kiitos. "
           "[[P:Pirjo Honkala]]"),
    # --- vehicles, positives
    ("fi", "Hylätty auto seissyt Kontulantien varressa jo 2 kk, rekkari [[R:KRT-418]], valkoinen Toyota "
           "Corolla, renkaat tyhjinä ja takalasi rikki. Lapset leikkii sen ympärillä."),
    ("fi", "pakettiauto [[R:zxl-92]] parkissa jalkakäytävällä joka ikinen aamu [[A:Hämeentie 40]] kohdalla, "
           "rollaattorilla ei pääse ohi. kuvat liitteenä"),
    ("fi", "Mopot ralliaa joka ilta klo 22-01 Myllypuron ostarin parkkiksella, yksi musta mopo jonka kilvessä "
           "luki [[R:UVX 57]]. Äänet kuuluu [[A:Kiviparintie 3]]:een asti ja lapset heräilee."),
    ("fi", "Peräkärry [[R:WKT-512]] on jätetty Laajasalon venesataman parkkipaikalle jo syyskuussa, kyydissä "
           "vanha sohva ja roskapusseja. Naapurin mukaan se on joku [[P:Vesan]] kärry Reiherintieltä."),
    ("fi", "Samat kaksi autoa taas invapaikalla: harmaa Audi A4 [[R:GLP-771]] ja musta pakettiauto "
           "[[R:MXA-305]]. Kumpikaan ei ole invaluvalla. Kuvat liitteenä.\n[[P:Seppo Lindroos]]\n"
           "[[A:Sturenkatu 21 B 18]]"),
    ("fi", "rekkari oli muistaakseni [[R:bno712]] tai jotain sinne päin, sininen farmari, ajoi päin punaisia "
           "suojatiellä ja melkein töytäisi lasta"),
    ("fi", "Auto [[R:ILJ 904]] tyhjäkäynnillä puoli tuntia päiväkodin edessä joka aamu 7.45–8.15. "
           "Pakokaasut tulee suoraan pihalle."),
    ("fi", "Valkoinen Ford Transit, rekisteri [[R:Fmz-630]], seisoo joka päivä pyörätiellä Runeberginkadulla "
           "klo 7-9. Kuljettaja heittää tupakantumpit maahan."),
    ("fi", "Virolaisissa kilvissä oleva auto [[R:512 BHT]] on ollut samassa kohtaa Vuosaaressa puoli vuotta, "
           "Kallvikintien bussipysäkin vieressä. Siinä on jo sammalta."),
    ("fi", "ruotsalaiset kilvet [[R:MLB 48K]], asuntoauto, seissyt Kaivopuiston rannassa kolme viikkoa ja "
           "tyhjentää harmaat vedet nurmelle"),
    ("fi", "Saksalainen asuntoauto [[R:M-KP 4821]] parkissa Hietaniemen uimarannan parkkipaikalla viikon, "
           "aggregaatti päällä öisin."),
    ("fi", "Naapurin poika ajaa mopolla [[R:KTV21]] koulun pihalla välitunneilla. Tiedän että se on "
           "[[P:Eliaksen]] mopo, koska näin hänen äitinsä hakemassa sitä."),
    ("fi", "Kuljettaja esitteli itsensä [[P:Jari Mäkeläksi]] ja sanoi että saa pysäköidä tähän koska on "
           "\"huoltoajo\". Auto [[R:LHJ-207]], kyljessä ei mitään firman logoa."),
    ("fi", "Hinausauto vei [[P:Tuula Bergin]] auton ([[R:CJE-118]]) vaikka kyltissä ei lukenut mitään "
           "katujen pesusta. Tuula on 84-vuotias eikä pysty itse asioimaan, minä hoidan asiaa.\n"
           "t. tytär [[P:Kirsi Berg]] [[T:041 507 3362]]"),
    ("fi", "Mustan BMW X5:n ([[R:XBM-5]]) omistaja kaasuttaa öisin Lauttasaarentiellä. Ajaa 100 km/h "
           "ohi koulun."),
    ("fi", "rekisterinumero [[R:oit-883]] ja [[R:oit-888]] (samalla firmalla kaks pakua) lastaa aina "
           "[[A:Fleminginkatu 9]]:n edessä pyörätiellä"),
    ("fi", "Havaittu peräkärry ilman vetoautoa: kilpi [[R:PKX 44]], lastina rengaspino. Paikka: "
           "Malminkaaren ja Kirkonkyläntien risteys, kevyen liikenteen väylällä."),
    ("fi", "Mopo ilman pakoputken äänenvaimentajaa, kilpi [[R:TRV 19]], ajaa joka yö Siilitiellä. "
           "Tiedän että kuljettaja on [[P:Aleksi]] jostain naapuritalosta."),
    ("fi", "Punainen Fiat Ducato [[R:ZLK-356]] on ollut parkissa [[A:Vaasankatu 7]] edessä 8 viikkoa, "
           "ei liiku. Ikkunassa lappu \"myydään\" ja puhelinnumero [[T:044 980 1273]]."),
    ("fi", "Auton rekkari: [[R:rfo 212]]. Kuski: vaalea mies n. 40v. Ajoi autollaan leikkipuiston "
           "hiekkalaatikon viereen ja jätti sen siihen koko illaksi."),
    ("fi", "Huom! Peräkärry [[R:DJL-44]] ja sen vieressä romuauto jonka kilvet on irrotettu. Omistaja ilmeisesti "
           "[[P:Kari Laaksonen]], hänen nimensä on kärryn kyljessä tussilla."),
    ("fi", "Vantaan puolella, [[A:Kielotie 14]] pihassa kolme pakettiautoa, yhden rekkari [[R:GXY-918]]. "
           "Ovat ympäri vuorokauden käynnissä."),
    ("fi", "Kiinteistöhuolto ei ole siirtänyt autoa vaikka pyysin. Auto [[R:UMF-270]] kuuluu asukkaalle "
           "[[P:J. Virtanen]], [[A:Myllypurontie 20 C 41]]. Kuvassa näkyy että auto on pelastustiellä."),
    ("fi", "Espoo, [[A:Otaniementie 12]] parkkipaikka: mopoauto [[R:AAB-61]] parkissa aina kahdella "
           "paikalla. Ei ole iso ongelma mutta ärsyttää."),
    ("fi", "Auto seisoo taas:\n\nrek. [[R:FNK 736]]\nmerkki: Škoda Octavia\nväri: harmaa\npaikka: "
           "Koskelantie, bussipysäkki Koskelan varikko\naika: ma-pe 8-16"),
    ("fi", "Lumi on aurattu autojen päälle ja yksi auto ([[R:KVB-481]]) on ollut lumikasan alla tammikuusta. "
           "Onko se hylätty? Omistaja kuulemma [[P:Rasmus]] B-rapusta."),
    ("fi", "ahvenanmaalainen rekkari [[R:ÅLC-412]] , auto tukkii roskakatoksen oven jo viidettä päivää, "
           "jäteauto ei pääse tyhjentämään"),
    ("fi", "moottoripyörä [[R:JJ 61]] pärisee keskellä yötä Munkkiniemen puistotiellä. omistaja on "
           "[[P:Kalle Riihelä]], sanoin hänelle jo mut ei auta"),
    # --- vehicles and refunds in Varaamo/Kerrokantasi/OmaStadi voice, positives
    ("fi", "Vastaus [[P:Hannelelle]]: en ole samaa mieltä, pakettiautot kuten se [[R:NBF-404]] joka seisoo "
           "Mäkelänkadulla joka päivä ovat juuri se ongelma, eivät pyöräilijät."),
    ("fi", "OmaStadi-ehdotukseen kommentti: kannatan puomia. Meidän pihalla (Itäkatu) yksi auto "
           "[[R:KHS-63]] ajaa pihan läpi oikotienä joka aamu. – [[P:Minna]]"),
    ("fi", "Varaamo-varaus: pihagrilli + pöytäryhmä\nVaraaja: [[P:Arja Turunen]]\nPuhelin: [[T:09 3104 4521]]\n"
           "Auto tuodaan pihaan tavaroiden purkua varten: [[R:MOL-715]]\nVakuus palautetaan tilille "
           "[[I:FI60 5301 4190 0645 89]]"),
    ("fi", "Sähköpostiini ([[E:tero.huttunen@outlook.com]]) tuli vahvistus, mutta samalla kortilta "
           "veloitettiin 3 kertaa 22 €. Palautus tilille [[I:FI8953166247522766]], [[P:Tero Huttunen]]"),
    # --- refunds, more formats
    ("fi", "Hakemus: palautus peruutetusta tapahtumasta\n\nHakija: [[P:Sirpa Aro]]\nHenkilötunnus: "
           "[[H:140372-568B]]\nOsoite: [[A:Asolanväylä 48 as 3]], 01360 Vantaa\nPuhelin: [[T:+358 40 2288 174]]\n"
           "Tilinumero: [[I:FI79 3543 4796 2797 21]]\nPalautettava summa: 35,00 €"),
    ("fi", "Rahat takaisin kiitos, konsertti siirtyi päivälle jolloin en pääse. [[I:FI76 4780 1571 5098 40]] – "
           "tossa tili. [[P:Antti]]"),
]

_HAND_FI_NEG = [
    ("fi", "Pysäköintiautomaatti Fredrikinkadulla ei ota kortteja. Vyöhyke 1, maksoin 4,20 € sovelluksella "
           "mutta kuitti ei näy. Tapahtumatunnus 8821-44712."),
    ("fi", "Bussi 550 seisoo Itäkeskuksen terminaalissa joka aamu tyhjäkäynnillä 10 minuuttia, 7.40–7.50. "
           "Kuljettajat vaihtuvat, joten kyse ei ole yhdestä ihmisestä vaan ohjeistuksesta."),
    ("fi", "Lasku 2026-004512, eräpäivä 31.1.2026, summa 45,00 €, viitenumero 12345 67890 12. Miksi laskulla on "
           "kahden tunnin veloitus kun varaus oli tunnin?"),
    ("fi", "Onneksi hinaus peruttiin viime hetkellä. Toivottavasti jatkossa kyltit on selkeämmät "
           "Kalevankadulla, nyt niitä ei näe pysäköidyn kuorma-auton takaa."),
    ("fi", "Mazda CX-5 ja Kia EV6 lataavat koko päivän sähköautopaikalla ja muut ei pääse lataamaan. "
           "Tarvitaan aikaraja, esim. 4 h."),
    ("fi", "Pysäkki H2045 Mannerheimintiellä: autoja parkissa pysäkillä joka ilta, linjat 4 ja 10 eivät pääse "
           "kunnolla kohdalle."),
    ("fi", "Viitenumero RF18 5390 0754 7034, summa 150,00 EUR, eräpäivä 15.4.2026 – tämä siis kaupungin laskun "
           "viite. Maksoin sen jo kerran, nyt tuli muistutus. Saanko hyvityksen?"),
    ("fi", "Ehdotus: Vuosaaren Aurinkolahteen lisää pyörätelineitä ja katettu mopoparkki. Nyt mopot ja "
           "skootterit pysäköidään Kallvikintien jalkakäytävälle. Kustannusarvio 25 000 €."),
    ("fi", "Kehä I:n ja Vihdintien risteys ruuhkautuu jo nyt, joten asemakaavan muutos nro 12780 pahentaa "
           "tilannetta. Vastustan."),
    ("fi", "Tesla Model Y kiinni latauspaikalla nro 14 Kauppatorin pysäköintihallissa 6 tuntia. Kyltissä lukee "
           "'latauspaikka vain latauksen ajan'. Eikö tästä seuraa mitään?"),
    ("fi", "Varaus #48213 Kannelmäen nuorisotalo, sali 2, la 22.3. klo 12–16. 30 hlöä, lastenjuhlat. "
           "Tarjoilu omasta takaa, siivoamme itse."),
    ("fi", "Y-tunnus 0201256-6 löytyy laskulta, mutta laskun numero 900041122 ei täsmää tilausvahvistukseen "
           "(tilaus 7788123). Kumpi on oikea?"),
    ("fi", "Asukaspysäköintitunnuksen hinta nousi 360 eurosta 540 euroon vuodessa vyöhykkeillä A, B ja C. "
           "Kohtuutonta kun paikkoja ei ole."),
    ("fi", "Meidän kadulla on kolme hylättyä autoa: punainen Saab 900, VW Golf ja joku vanha Mersu. Kilpiä ei "
           "ole kun ne on irrotettu, joten en voi antaa rekisterinumeroita."),
    ("fi", "Aleksis Kiven kadulla on ollut peräkärry kuukauden ilman kilpiä. Kuka näitä valvoo?"),
    ("fi", "Ratikat 7 ja 9 pysähtyvät Kaisaniemessä kun joku pakettiauto lastaa raiteilla. Tapahtuu ke ja pe "
           "klo 6.30 aina."),
    ("fi", "Sain hyvityksen 12,50 € 3.3.2026 – kiitos nopeasta hoidosta! Asia HEL 2026-004211 voidaan sulkea."),
    ("fi", "Hinauskulut 212 €, säilytys 15 €/vrk. Hinauspäätös 2026/113. Kuka maksaa jos auto oli kuitenkin "
           "luvallisesti parkissa?"),
    ("fi", "Koira Rekku haukkuu aina kun mopo ajaa ohi :D mut oikeesti, mopot ajaa puistossa ja se on vaarallista."),
    ("fi", "Mopoautot (Aixam, Ligier) ajavat Kalasataman pyörätiellä. Ne ovat 45 km/h ajoneuvoja eivätkä "
           "polkupyöriä!"),
    ("fi", "Varattu ma 3.3., ke 5.3. ja pe 7.3. klo 17.00–19.00, yhteensä 6 h x 18 € = 108 €. Ke peruttiin, "
           "joten 36 € pitäisi hyvittää."),
    ("fi", "Postinumeroalueilla 00940 ja 00950 on tänä talvena ollut ainakin 12 hylättyä autoa. Pyydän "
           "tehostettua valvontaa."),
    ("fi", "Finlandia-talon edessä tilausbussit seisovat tyhjäkäynnillä konserttien ajan. Alvar Aalto tuskin "
           "suunnitteli rakennusta dieselsavun keskelle."),
    ("fi", "Staran hiekoitusauto nro 412 ajoi pyörätiellä 40 km/h klo 5.20. Ymmärrän että työ on tärkeää, mutta "
           "ehkä vähän hitaammin."),
    ("fi", "Parkkisakko 60 € ja oikaisuvaatimus tehty 2.2. Pysäköintivirhemaksun numero 2026-0318-22541. "
           "Vieläkään ei ole vastausta."),
    ("fi", "Tilaus 7788124 maksettiin kahdesti Visa-kortilla (2 x 35,00 €). Kortin loppunumerot 4471. "
           "Toinen veloitus pitäisi perua."),
    ("fi", "Mersu Sprinter 316 CDI ja Fiat Ducato seisovat Tapiolan keskuksen lastauslaiturilla koko päivän. "
           "Lastausaika on merkitty 6–10."),
    ("fi", "Yöbussi 23N ei pysähtynyt Ruskeasuolla, vaikka viittasin. Kello oli 2.14, lähtö Rautatientorilta 1.50."),
    ("fi", "Tuuli kaatoi pysäköintiautomaatin Merisatamassa. Se makaa kyljellään, eikä kukaan ole tullut korjaamaan."),
    ("fi", "Toivo Kuulan puistossa ajetaan mopoilla nurmikolla. Nurmi on ihan kuralla."),
    ("fi", "Autopaikka B-14 hallissa C on ollut vuokrattu minulle 1.1. alkaen, mutta laskussa lukee paikka B-41. "
           "Hinta 75 €/kk."),
    ("fi", "Pysäköintilaitos P-Hakaniemi: yhden tunnin maksu 4 €, kahden 8 €, mutta automaatti veloitti 12 € "
           "1 h 40 min pysäköinnistä."),
    ("fi", "Asiointitunnus 1A2B-77KX. Soitin palvelunumeroon, jonotin 45 minuuttia. Asia koskee vakuusmaksun "
           "palautusta."),
    ("fi", "Mopo- ja moottoripyöräpaikkoja tarvitaan lisää Kampin ympäristöön. Nyt niitä on 20, tarve "
           "arviolta 60–80."),
]

_HAND_SV = [
    ("sv", "Hej! Jag avbokade lokalen i Varaamo den 2/4 men har inte fått tillbaka depositionen på 100 €. "
           "Mitt konto: [[I:FI53 7238 5734 1521 84]]. Kontoinnehavare [[P:Johanna Lindqvist]].\nMvh [[P:Johanna]]"),
    ("sv", "Jag flyttade hit från Göteborg i fjol och har fortfarande mitt svenska konto, går det bra att "
           "återbetala dit? [[I:SE15 8000 8475 3178 7076 5874]] (Swedbank), [[P:Erik Nyström]]"),
    ("sv", "Om ni inte kan betala till IBAN så har jag clearingnummer och konto: [[I:8327-9 994 536 214-6]], "
           "Swedbank. [[P:Ulla Sandberg]]"),
    ("sv", "Övergiven bil på Sjötullsgatan, reg.nr [[R:XGK-603]], har stått där sedan julen. Blå Skoda Octavia, "
           "punktering på två däck."),
    ("sv", "Skåpbil [[R:nfr 318]] parkerar på trottoaren varje morgon vid [[A:Topeliusgatan 18]], barnvagnar "
           "måste gå ut i gatan."),
    ("sv", "Mopeden med skylt [[R:LKX 44]] kör runt i parken nattetid och väsnas. Föraren heter visst "
           "[[P:Kevin]], han bor i huset bredvid."),
    ("sv", "Släpvagn [[R:PUR-27]] har stått på gästparkeringen i tre veckor, full med byggavfall."),
    ("sv", "Återbetalning av felaktig parkeringsavgift: jag betalade två gånger med appen 12.1.\nKonto: "
           "[[I:se83 6000 2595 5256 5335 3445]]\nHälsningar [[P:Mats Björklund]], [[T:+46 70 482 11 93]]"),
    ("sv", "Nycklarna hämtas av [[P:Linnea Holmström]], tel [[T:040 562 1187]]. Depositionen återbetalas till "
           "[[I:FI87 5270 6331 7244 51]]."),
    ("sv", "En bil med åländska skyltar [[R:ÅLD 905]] har stått utanför [[A:Sturegatan 4]] i två månader. "
           "Ingen rör den."),
    ("sv", "Pengarna kan sättas in på [[P:Anders]] konto, han betalade bokningen: [[I:FI6966422906005838]]. "
           "Det är [[P:Anders Ekholms]] bil [[R:BGT-202]] som vi kommer med också, får vi köra in på gården?"),
    ("sv", "Ansökan om återbetalning\nNamn: [[P:Sofia Grönroos]]\nPersonbeteckning: [[H:161157-208L]]\n"
           "E-post: [[E:sofia.gronroos@abo.fi]]\nKonto: [[I:FI 3222 0973 0613 8386]]"),
    ("sv", "Mitt tyska konto (bor här sedan mars): [[I:DE86 1674 7891 2878 3313 32]], kontoinnehavare "
           "[[P:Felix Hartmann]]. Evenemanget ställdes in, biljetter 2 x 25 €."),
    ("sv", "Kylbilen [[R:JRL-951]] står med aggregatet igång hela natten utanför [[A:Mechelingatan 29]]. "
           "Det surrar in i sovrummet."),
    ("sv", "Bilen jag såg hade registreringsnumret [[R:hmk 515]] tror jag, silverfärgad kombi. Den körde på "
           "cykelbanan längs Tavastvägen."),
    ("sv", "Hej,\nhär kommer kontouppgifterna för återbetalningen\n\nBank: Nordea\nIBAN [[I:FI04\n3010 2761 "
           "6124 90]]\nBIC NDEAFIHH\n\nTack på förhand\n[[P:Carl-Johan Wikström]]\n[[T:050 661 28 04]]"),
    ("sv", "Estniskt konto går väl bra? [[I:EE13 2209 6042 2048 4417]], [[P:Marje Kask]]. Jag flyttade hit för "
           "jobbet och har inte hunnit öppna ett finskt."),
    ("sv", "Skotern [[R:ZTU 42]] står fastlåst i cykelstället vid skolan sedan i höstas, utan ägare. "
           "Den tillhör visst [[P:Oliver]] i 8B men han har flyttat."),
    ("sv", "Husbil med tyska skyltar [[R:HH-JK 302]] parkerad vid Sandviksstranden i två veckor."),
    ("sv", "svar till [[P:Birgitta]]: jag håller med, men problemet är inte bussarna utan bilarna som står på "
           "busshållplatsen, t.ex. den vita Caddyn [[R:KLU-818]] som står där varje dag."),
    ("sv", "Bokningsanteckning: [[P:Henrik Lund]] hämtar nyckeln fredag kl 16, mobil [[T:0457 884 2310]], "
           "e-post [[E:henrik.lund@kolumbus.fi]]."),
    ("sv", "Återbetalningen ska gå till min mammas konto, [[P:Gunilla Ström]]: [[I:SE45 3000 3999 2505 6342 1278]]. "
           "Hon bor i Uppsala."),
]

_HAND_SV_NEG = [
    ("sv", "Vi som bor på Drumsö vill ha fler infartsparkeringar. Bo nära metron borde inte betyda att man måste "
           "ha bil för att ta sig dit."),
    ("sv", "Referensnummer 11112 60034, belopp 45 €, förfallodag 28.2.2026. Jag har redan betalat, varför kom "
           "en påminnelse?"),
    ("sv", "Buss 20 och 21V står på Runebergsgatan med motorn igång varje morgon. Det luktar diesel i hela "
           "kvarteret."),
    ("sv", "En gammal Volvo V70 och en Saab 9-3 har stått vid Brunnsparken sedan oktober, utan nummerskyltar."),
    ("sv", "Boendeparkering zon K kostar nu 540 € om året. Jag betalade för helåret men flyttade i juni – kan "
           "jag få pengar tillbaka för resten av året?"),
    ("sv", "Bilar parkerar på marken mellan träden i Runebergsesplanaden varje helg. Gräset är helt förstört."),
    ("sv", "Bokning nr 55102, Stoa, sal 3, lördag 15.3 kl 10–14. Vi är ca 40 personer. Kaffe och bullar tar "
           "vi med själva."),
    ("sv", "Felparkeringsavgift nr 2026-0412-11873 på 80 €. Skylten var täckt av snö. Begär omprövning."),
    ("sv", "Spårvagn 2 och 3 blockeras vid Tölö torg av leveransbilar varje morgon kring 7.30."),
    ("sv", "Tack för snabb återbetalning, 25 € syntes på kontot redan dagen efter!"),
    ("sv", "Hållplats H1342 vid Tavastvägen: bilar stannar där hela tiden. Linje 71 och 506 kommer inte fram."),
]

_HAND_EN = [
    ("en", "Hi, I moved to Helsinki from Hamburg last year and my bank account is still German. Can the deposit "
           "(€150) for the Oodi room booking be refunded to [[I:DE14 1901 2572 3928 3904 03]]? Account holder: "
           "[[P:Jonas Weber]]."),
    ("en", "Refund request: I was charged twice for parking on 5 Feb (zone 2). My account: "
           "[[I:FI07 6054 3246 3656 01]], name [[P:Priya Raman]]. Thanks!"),
    ("en", "abandoned van, plate [[R:HXK-418]], grey Mercedes Sprinter, parked at the end of Itälahdenkatu "
           "since October. windows smashed."),
    ("en", "car [[R:kle 55]] blocking the bike lane on Baana every single evening"),
    ("en", "I'm from Tartu, so my account is in LHV: [[I:EE617763495177921342]]. Name on the account "
           "[[P:Kadri Ots]]. The event was cancelled by the city so I think I'm owed the full 60 euros."),
    ("en", "Copied from my netbank:\n\nPayer: [[P:SMITH JOHN A]]\nPayer's account: "
           "[[I:GB28 NWBK 6016 1362 0086 71]]\nAmount: 40.00 EUR\nReference: 11112 60047\nArchive ID: "
           "20260214ABCD04412\n\nPlease send it back to the same account."),
    ("en", "Could you refund the sauna booking? It was double booked.\n\nCheers,\n[[P:Dan O'Connor]]\n"
           "[[T:+358 45 7731 2094]]"),
    ("en", "My Norwegian account: [[I:NO30 7993 4103 225]] (DNB). Account holder is my wife "
           "[[P:Ingrid Solberg]], the booking was in her name too."),
    ("en", "There's a moped, plate [[R:zzt 88]], doing wheelies in the school yard after 9pm. Someone is "
           "going to get hurt."),
    ("en", "The van driver introduced himself as [[P:Sami]] and said he'd be \"five minutes\". That was two "
           "hours ago. Van [[R:CPT-770]], parked across the pedestrian crossing."),
    ("en", "Trailer with plate [[R:WFX-331]] left on the street by Lapinlahden lähde park for about a month. "
           "It's full of garden waste."),
    ("en", "account number [[I:fi58 4084 2873 4678 89]] - sorry for lower case, typing on my phone. "
           "[[P:maria gonzalez]]"),
    ("en", "Hello,\nI booked the youth centre hall for my son's birthday but the heating was broken and we had "
           "to leave. I'd like the 45 € back.\nIBAN [[I:FI2062601815908301]]\nBIC OKOYFIHH\n[[P:Oksana Kovalenko]]\n"
           "[[A:Leppävaarankatu 9 B 22]], Espoo"),
    ("en", "Car with Swedish plates [[R:DKT 71B]] parked on the pavement outside [[A:Agricolankatu 4]] for "
           "three weeks. Looks abandoned."),
    ("en", "please refund to my partner [[P:Tom's]] account, I don't have a Finnish account yet: "
           "[[I:FI20 3272 0757 4386 17]] ([[P:Tom Eriksson]])"),
    ("en", "Noisy motorbike [[R:BK 412]] revving in the car park on [[A:Vuotie 45]] at 3 am, several nights "
           "in a row. Owner is apparently Mr. [[P:Halonen]] from the third floor."),
    ("en", "Booking note: keys will be picked up by [[P:Aisha Mohamed]] ([[T:044 731 9920]]). Our car "
           "[[R:JOE-318]] will be in the yard for unloading, 30 min max."),
    ("en", "The parking app charged me 18.60 instead of 1.86 (Kamppi, zone 1). Refund to "
           "[[I:FI 0927 2672 1777 8962]] please. [[P:Lukas Schmidt]], [[E:lukas.schmidt@posteo.de]]"),
    ("en", "Van [[R:gzo-704]] (white VW Crafter) idling for 40 minutes in front of the daycare on "
           "[[A:Kustaankatu 6]]. The driver told me to mind my own business."),
    ("en", "I paid the fine (80 EUR) for my car [[R:TUL-65]] but the appeal was later accepted. Please refund "
           "to [[I:FI22 7528\n6303 7486 25]]. Regards, [[P:Hyun-woo Park]]"),
    ("en", "Refund for cancelled concert tickets, 2 pcs, order 7788301. Account: [[I:EE75 2261 0529 5550 6493]] "
           "(Swedbank Estonia). Name: [[P:Liis Saar]]. Phone [[T:+372 5123 4567]]."),
    ("en", "Reply to [[P:Jukka]]: yes, the same black pickup [[R:Rxv-882]] parks on the grass every weekend. "
           "I've reported it twice."),
]

_HAND_EN_NEG = [
    ("en", "The bill number 400218 doesn't match the booking confirmation. Will the city correct it or should I "
           "pay the bill as it is?"),
    ("en", "Bus 550 and tram 9 are always blocked at Pasila by delivery vans between 7 and 8 am."),
    ("en", "Someone parked a Toyota Corolla and a BMW X5 on the grass at Sibelius Park during the weekend "
           "concert. No plates visible in my photos, sorry."),
    ("en", "Reference number RF71 1234 5600 0000 0123, invoice INV-2026-0031, amount 95.00 EUR, due date "
           "28.2.2026. I've paid this already."),
    ("en", "Resident parking permit for zone A costs 540 euros now? Mark my words, people will just park in "
           "zone B instead."),
    ("en", "Could the city add a loading zone on Fredrikinkatu? Vans park on the pavement because there is "
           "nowhere else."),
    ("en", "Booking #48291, Maunula house, room 2, Sat 12.4 at 10:00-14:00, 25 people. We'll bring our own "
           "coffee."),
    ("en", "Thanks for the refund of 12.50 EUR, it arrived on 3 March. Case HEL 2026-004211 can be closed."),
    ("en", "The parking machine at Hietaniemi beach (postal code 00100) only takes coins. It's 2026!"),
    ("en", "Mopeds on the Baana cycle path at night, going 60 km/h. Maybe a barrier at the Ruoholahti end?"),
    ("en", "Ford Transit, VW Caddy, Renault Kangoo - all the delivery vans stop on the tram stop on "
           "Hämeentie. Ring I traffic is bad enough already."),
]


# ---------------------------------------------------------------------------
# Small generators (seeded).
# ---------------------------------------------------------------------------

_FI_FIRST = ["Matti", "Tiina", "Juha", "Heidi", "Petri", "Riitta", "Janne", "Minna", "Sami", "Outi", "Harri",
             "Elina", "Teemu", "Noora", "Ville", "Katja", "Aleksi", "Sirkka", "Eero", "Pia", "Jussi", "Maija"]
_FI_LAST = ["Virtanen", "Korhonen", "Laine", "Nieminen", "Heikkinen", "Koskela", "Salo", "Lehtonen", "Räsänen",
            "Pitkänen", "Hyvönen", "Leinonen", "Toivonen", "Mustonen", "Ojala", "Saarela", "Kettunen", "Peltola"]
_SV_FIRST = ["Fredrik", "Annika", "Jonas", "Camilla", "Mikael", "Sara", "Patrik", "Ida", "Stefan", "Emma"]
_SV_LAST = ["Lindberg", "Nyberg", "Holmberg", "Åkerlund", "Sjöblom", "Forsman", "Westerlund", "Lindroos"]
_EN_FIRST = ["James", "Olivia", "Ahmed", "Mei", "Carlos", "Sophie", "Rahul", "Elena", "David", "Fatima"]
_EN_LAST = ["Brown", "Chen", "Rossi", "Hassan", "Kowalski", "Nguyen", "Fernández", "Müller", "Singh", "Ivanova"]

# (nominative, inessive-ish phrase) with house numbers chosen at run time
_FI_STREETS = ["Mannerheimintie", "Hämeentie", "Sturenkatu", "Mechelininkatu", "Vaasankatu", "Itäkatu",
               "Kontulantie", "Siilitie", "Mäkelänkatu", "Koskelantie", "Tikkurilantie", "Kauppamiehentie",
               "Myyrmäentie", "Lauttasaarentie", "Pihlajamäentie", "Malminkaari"]
_FI_LETTERS = "ABCDEFGHIJKLMNORSTUVXYZ"

_BANKS_FI = ["Nordea", "OP", "Danske Bank", "S-Pankki", "Aktia", "Säästöpankki", "POP Pankki", "Handelsbanken"]


def _iban(rng, cc="FI"):
    lengths = {"FI": 14, "SE": 20, "EE": 16, "DE": 18}
    if cc == "FI":
        bban = rng.choice("12345678") + "".join(rng.choice("0123456789") for _ in range(13))
    elif cc == "SE":
        bban = rng.choice(["5000", "6000", "8000", "3000"]) + "".join(rng.choice("0123456789") for _ in range(16))
    elif cc == "EE":
        bban = rng.choice(["22", "10", "77"]) + "".join(rng.choice("0123456789") for _ in range(14))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(lengths[cc]))
    digits = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(digits) % 97, bban)


def _fmt_iban(rng, iban):
    style = rng.randrange(8)
    groups = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    if style == 0:
        return " ".join(groups)
    if style == 1:
        return iban
    if style == 2:
        return " ".join(groups).lower()
    if style == 3:
        return "-".join(groups)
    if style == 4:
        return iban[:2] + " " + iban[2:4] + " " + iban[4:10] + " " + iban[10:]
    if style == 5:
        half = len(groups) // 2
        return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])
    if style == 6:
        return iban[:4] + " " + iban[4:]
    return "  ".join(groups)


def _plate(rng, kind="car"):
    """A Finnish plate: car (ABC-123 / AB-12), trailer (D/P/W series) or moped/motorbike (short)."""
    if kind == "trailer":
        letters = rng.choice("DPW") + "".join(rng.choice(_FI_LETTERS) for _ in range(2))
        digits = str(rng.randint(1, 999))
    elif kind == "moped":
        letters = "".join(rng.choice(_FI_LETTERS) for _ in range(rng.choice([2, 3])))
        digits = str(rng.randint(1, 99))
    elif rng.random() < 0.8:
        letters = "".join(rng.choice(_FI_LETTERS) for _ in range(3))
        digits = str(rng.randint(1, 999))
    else:
        letters = "".join(rng.choice(_FI_LETTERS) for _ in range(2))
        digits = str(rng.randint(1, 99))
    sep = rng.choice(["-", "-", "-", " ", ""]) if kind != "moped" else rng.choice([" ", "", "-"])
    plate = letters + sep + digits
    case = rng.randrange(6)
    if case == 0:
        plate = plate.lower()
    elif case == 1:
        plate = plate[0] + plate[1:].lower()
    return plate


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    body = "".join(rng.choice("0123456789") for _ in range(7))
    style = rng.randrange(5)
    if style == 0:
        return "%s %s %s" % (pre, body[:3], body[3:])
    if style == 1:
        return pre + body
    if style == 2:
        return "+358 %s %s" % (pre[1:], body)
    if style == 3:
        return "+358%s%s" % (pre[1:], body)
    return "%s-%s" % (pre, body)


def _name(rng, lang):
    if lang == "sv":
        first, last = rng.choice(_SV_FIRST), rng.choice(_SV_LAST)
    elif lang == "en":
        first, last = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
    else:
        first, last = rng.choice(_FI_FIRST), rng.choice(_FI_LAST)
    style = rng.randrange(6)
    if style == 0:
        return first
    if style == 1:
        return (last + " " + first).upper()
    if style == 2:
        return (first + " " + last).lower()
    return first + " " + last


def _address(rng):
    street = rng.choice(_FI_STREETS)
    addr = "%s %d" % (street, rng.randint(1, 120))
    if rng.random() < 0.5:
        addr += " %s %d" % (rng.choice("ABCDEF"), rng.randint(1, 60))
    return addr


def _lower(text):
    """Lower-case a marked text but keep the label names upper case."""
    return re.sub(r"\[\[([a-z]+):", lambda m: "[[" + m.group(1).upper() + ":", text.lower())


def _gen_refund_fi(rng):
    reasons = [
        "Varaamon kautta varatun kerhotilan vakuus ({a} €) on palauttamatta, vaikka tila siivottiin.",
        "Pysäköintimaksu veloitettiin kahdesti {d}",
        "Tapahtuma peruttiin, liput maksoivat yhteensä {a} €.",
        "Maksoin pysäköintivirhemaksun {a} €, mutta oikaisuvaatimukseni hyväksyttiin.",
        "Saunavuoro peruttiin remontin takia, olin maksanut {a} € etukäteen.",
        "palloiluhallin vuoro {d} oli peruttu mutta maksu veloitettiin silti",
        "Uimakoulu peruttiin opettajan sairastumisen takia, kurssimaksu {a} €.",
        "Juhlasalin varaus {d} peruuntui teidän päässä (vesivahinko). Vuokra {a} € takaisin kiitos.",
        "Maksoin vahingossa kaksi kertaa saman Varaamo-varauksen ({a} €).",
    ]
    openers = ["Hei,", "Hei!", "Moi.", "Hyvä vastaanottaja,", "", "Terve,", "Päivää."]
    acct_fi = ["Tilinumero: {i}", "tili {i}", "Palautus tilille {i}", "IBAN {i}", "tilinro {i} ({b})",
               "Rahat voi laittaa tilille {i}, {b}."]
    acct_foreign = ["Tilinumero: {i}", "ulkomainen tili {i}", "Palautus tilille {i}", "IBAN {i}",
                    "muutin Suomeen hiljattain, tili on vielä kotimaassa: {i}"]
    holder_phr = ["Tilin omistaja: {p}", "tilinomistaja {p}", "Saaja {p}", "nimellä {p}", "({p})"]
    sign = ["Terveisin {p}", "t. {p}", "Kiitos, {p}", "mvh\n{p}", "-{p}", "{p}"]
    amount = rng.choice(["20", "35", "50", "60", "80", "100", "150"])
    date = "%d.%d." % (rng.randint(1, 28), rng.randint(1, 12))
    cc = rng.choice(["FI"] * 7 + ["SE", "EE", "DE"])
    iban = _fmt_iban(rng, _iban(rng, cc))
    parts = [rng.choice(openers), rng.choice(reasons).format(a=amount, d=date)]
    acct = rng.choice(acct_fi if cc == "FI" else acct_foreign)
    parts.append(acct.format(i="[[I:%s]]" % iban, b=rng.choice(_BANKS_FI)))
    holder = _name(rng, "fi")
    signer_same = rng.random() < 0.5
    if not signer_same:
        parts.append(rng.choice(holder_phr).format(p="[[P:%s]]" % holder))
    if rng.random() < 0.4:
        parts.append(rng.choice(["p. ", "puh ", "Puhelin: ", "tavoittaa numerosta "]) + "[[T:%s]]" % _phone(rng))
    signer = holder if signer_same else _name(rng, "fi")
    parts.append(rng.choice(sign).format(p="[[P:%s]]" % signer))
    sep = rng.choice([" ", "\n", "\n\n"])
    return ("fi", sep.join(p for p in parts if p))


# vehicle word -> (plate kind, problems that fit it)
_VEH_FI = {
    "auto": ("car", ["seisoo jalkakäytävällä", "on ollut hylättynä jo kuukausia", "käy tyhjäkäynnillä joka aamu",
                     "on pysäköity pelastustielle", "on parkissa invapaikalla ilman lupaa"]),
    "pakettiauto": ("car", ["seisoo pyörätiellä joka aamu", "lastaa jalkakäytävällä tuntikausia",
                            "käy tyhjäkäynnillä kylmäkone päällä koko yön", "tukkii roskakatoksen oven"]),
    "paku": ("car", ["on parkissa bussipysäkillä", "seisoo suojatien päällä", "käy tyhjäkäynnillä aamuisin"]),
    "mopo": ("moped", ["pitää kovaa meteliä öisin", "ajaa puistossa nurmikolla", "ralliaa parkkipaikalla iltaisin",
                       "on hylätty pyörätelineeseen"]),
    "moottoripyörä": ("moped", ["pärisee keskellä yötä", "kaasuttelee tyhjäkäynnillä pihalla"]),
    "peräkärry": ("trailer", ["on jätetty kadunvarteen jo viikoiksi", "seisoo jalkakäytävällä",
                              "on täynnä roskaa ja hylätty", "tukkii pyörätien"]),
    "asuntoauto": ("car", ["on ollut paikallaan kuukauden", "tyhjentää harmaavedet ojaan",
                           "aggregaatti hurisee öisin"]),
    "romuauto": ("car", ["on ollut hylättynä jo kuukausia", "vuotaa öljyä asfaltille"]),
    "kuorma-auto": ("car", ["seisoo pihalla moottori käynnissä", "on pysäköity pelastustielle"]),
}
_PLATE_PHR_FI = ["{v} {r}", "{v}, rekkari {r},", "{v} (rek. {r})", "{v} jonka kilvessä {r}",
                 "{v} rekisterinumero {r}", "{v} – {r} –", "{v} reknro {r}"]
_WHERE_FI = ["Kontulassa", "Kalliossa", "Itäkeskuksen kohdalla", "Tikkurilan asemalla", "Leppävaarassa",
             "Herttoniemen rannassa", "koulun edessä", "päiväkodin pihassa", "Malmin asemalla", "Matinkylässä"]


def _gen_vehicle_fi(rng):
    v = rng.choice(sorted(_VEH_FI))
    kind, problems = _VEH_FI[v]
    first = rng.choice(_PLATE_PHR_FI).format(v=v, r="[[R:%s]]" % _plate(rng, kind))
    if rng.random() < 0.4:
        where = "osoitteessa [[A:%s]]" % _address(rng)
    else:
        where = rng.choice(_WHERE_FI)
    if rng.random() < 0.5:
        text = first[0].upper() + first[1:] + " " + rng.choice(problems) + " " + where + "."
    else:
        text = where[0].upper() + where[1:] + " " + first + " " + rng.choice(problems) + "."
        text = text.replace(" –.", " –").replace(",.", ".")
    extra = rng.random()
    if extra < 0.3:
        text += rng.choice([" Omistaja on kuulemma [[P:%s]].", " Kuski oli [[P:%s]], tunnen hänet.",
                            " Sanoin asiasta omistajalle ([[P:%s]]) mutta ei auta."]) % _name(rng, "fi")
    elif extra < 0.55:
        text += "\nIlmoittaja: [[P:%s]], [[T:%s]]" % (_name(rng, "fi"), _phone(rng))
    elif extra < 0.65:
        text += " Toinen samanlainen: [[R:%s]]." % _plate(rng, kind)
    if rng.random() < 0.3:
        text = _lower(text)
    return ("fi", text)


_VEH_SV = {
    "bil": ("car", ["står på trottoaren", "har varit övergiven i veckor", "står på tomgång varje morgon"]),
    "skåpbil": ("car", ["blockerar cykelbanan", "lastar på trottoaren i timmar", "står på busshållplatsen"]),
    "moped": ("moped", ["väsnas hela natten", "kör på gångvägen", "står övergiven i cykelstället"]),
    "släpvagn": ("trailer", ["har stått övergiven i veckor", "står på trottoaren", "är full med byggavfall"]),
    "husbil": ("car", ["har stått här i en månad", "har aggregatet igång om nätterna"]),
}
_VEH_EN = {
    "car": ("car", ["parked on the pavement", "abandoned for weeks", "idling every morning"]),
    "van": ("car", ["blocking the bike lane", "parked on the tram stop", "idling with the fridge unit on all night"]),
    "moped": ("moped", ["making noise all night", "racing in the park", "left chained to the bike rack for months"]),
    "trailer": ("trailer", ["abandoned for weeks", "left on the pavement", "full of junk, not moved since autumn"]),
    "camper van": ("car", ["parked on the beach car park for a month", "running a generator at night"]),
    "pickup": ("car", ["parked on the grass every weekend", "blocking the fire lane"]),
}


def _gen_sv(rng):
    if rng.random() < 0.5:
        cc = rng.choice(["FI", "FI", "SE", "SE", "EE"])
        iban = _fmt_iban(rng, _iban(rng, cc))
        reason = rng.choice(["Evenemanget ställdes in.", "Jag debiterades två gånger för parkeringen.",
                             "Depositionen för bokningen har inte återbetalats.",
                             "Lokalen var dubbelbokad så vi fick gå hem.",
                             "Bastuturen inställdes p.g.a. renovering."])
        acct = rng.choice(["Konto: {i}", "mitt kontonummer är {i}", "IBAN {i}", "Återbetala till {i}",
                           "kontot står i min sambos namn ({p}): {i}"])
        holder = "[[P:%s]]" % _name(rng, "sv")
        text = "%s %s\n%s" % (reason, acct.format(i="[[I:%s]]" % iban, p=holder),
                              rng.choice(["Mvh ", "Hälsningar ", "/", "Tack, "]) + "[[P:%s]]" % _name(rng, "sv"))
        if rng.random() < 0.4:
            text += "\ntel. [[T:%s]]" % _phone(rng)
    else:
        v = rng.choice(sorted(_VEH_SV))
        kind, problems = _VEH_SV[v]
        pl = rng.choice(["{v} {r}", "{v} med reg.nr {r}", "{v} ({r})", "{v}, skylt {r},"]).format(
            v=v, r="[[R:%s]]" % _plate(rng, kind))
        where = rng.choice(["vid Tölö torg", "på Drumsövägen", "i Botby gård", "utanför [[A:%s]]" % _address(rng)])
        text = pl[0].upper() + pl[1:] + " " + rng.choice(problems) + " " + where + "."
        if rng.random() < 0.4:
            text += " Anmält av [[P:%s]]." % _name(rng, "sv")
    return ("sv", text)


def _gen_en(rng):
    if rng.random() < 0.5:
        cc = rng.choice(["FI", "FI", "DE", "EE", "SE"])
        iban = _fmt_iban(rng, _iban(rng, cc))
        reason = rng.choice(["The event was cancelled.", "I was charged twice for parking.",
                             "My booking deposit hasn't been returned.", "The room was double booked.",
                             "Parking fine was cancelled on appeal but I had already paid it."])
        acct = rng.choice(["Account: {i}", "my IBAN is {i}", "please refund to {i}", "bank account {i}"])
        text = "%s %s. %s" % (reason, acct.format(i="[[I:%s]]" % iban),
                              rng.choice(["Thanks, ", "Regards, ", "- ", "Best, "]) + "[[P:%s]]" % _name(rng, "en"))
        if rng.random() < 0.4:
            text += " / [[T:%s]]" % _phone(rng)
    else:
        v = rng.choice(sorted(_VEH_EN))
        kind, problems = _VEH_EN[v]
        pl = rng.choice(["{v} {r}", "{v} with plate {r}", "{v} ({r})", "{v}, reg {r},"]).format(
            v=v, r="[[R:%s]]" % _plate(rng, kind))
        where = rng.choice(["near Kamppi", "on Lauttasaari", "by the school", "outside [[A:%s]]" % _address(rng)])
        text = pl[0].upper() + pl[1:] + " " + rng.choice(problems) + " " + where + "."
        if rng.random() < 0.4:
            text += " Reported by [[P:%s]]." % _name(rng, "en")
    return ("en", text)


_NEG_TPL = {
    "fi": [
        "Lasku {inv}, viitenumero {ref}, summa {amt} €, eräpäivä {date}. Miksi tuli muistutus?",
        "{model} on jätetty latauspaikalle koko päiväksi, vaikka kyltin mukaan max 2 h.",
        "Linja {bus} myöhästyy joka aamu, koska pakettiautot lastaavat pysäkillä.",
        "Asukaspysäköintivyöhyke {zone}: paikkoja on liian vähän, maksan {amt} € vuodessa turhaan.",
        "Varaus nro {inv} peruttu {date}, hyvitys {amt} € näkyy jo tilillä. Kiitos!",
        "Pysäköintivirhemaksu {inv} ({amt} €) – oikaisuvaatimus lähetetty {date}.",
        "Hylätty {model} ilman kilpiä pysäköintialueella P2, ollut siinä {date} lähtien.",
        "viitenumerolla {ref} maksettu {amt}e {date} mut varaus näkyy edelleen maksamattomana??",
        "Pysäkin {stop} kohdalla seisoo aina joku {model}, bussi {bus} joutuu pysähtymään keskelle kaistaa.",
        "Kiitos! Palautus {amt} € tuli {date}. Asian {case} voi sulkea.",
        "Arkistointitunnus {arch}, summa {amt} €, maksettu {date}. Varausta ei silti vahvistettu.",
        "Tilauksen {inv} kuitti: {amt} € / 2 h / vyöhyke {zone}. Pysäköin vain 40 min.",
        "Kerrokantasi: kannatan vyöhykkeen {zone} laajentamista, mutta hinta {amt} € on liikaa.",
        "Hinaus {date} klo {time}, hinauskulut {amt} €. Päätös {case}. Haen oikaisua.",
    ],
    "sv": [
        "Faktura {inv}, referensnummer {ref}, belopp {amt} €, förfallodag {date}.",
        "En {model} står på laddplatsen hela dagen fast max 2 h gäller.",
        "Linje {bus} är sen varje morgon för att skåpbilar lastar på hållplatsen.",
        "Boendeparkering zon {zone}: för få platser för {amt} € om året.",
        "Bokning nr {inv} avbokad {date}, återbetalningen {amt} € har kommit. Tack!",
        "Vid hållplats {stop} står det alltid en {model}. Buss {bus} kommer inte fram.",
        "Arkiveringskod {arch}, belopp {amt} €, betalt {date} – bokningen syns ändå som obetald.",
        "Ärende {case}: bogsering {date} kl {time}, kostnad {amt} €.",
    ],
    "en": [
        "Invoice {inv}, reference {ref}, amount {amt} EUR, due {date}. Why did I get a reminder?",
        "A {model} has been left at the charging spot all day although the limit is 2 h.",
        "Line {bus} is late every morning because delivery vans load at the stop.",
        "Resident parking zone {zone}: not enough spaces for {amt} EUR a year.",
        "Booking no. {inv} cancelled on {date}, refund of {amt} EUR received. Thanks!",
        "There's always a {model} parked at stop {stop}, so bus {bus} stops in the middle of the lane.",
        "Archive ID {arch}, {amt} EUR paid on {date}, but the booking still shows as unpaid.",
        "Case {case}: towed on {date} at {time}, towing fee {amt} EUR. I'm appealing.",
    ],
}


def _gen_negatives(rng, lang, n):
    tpls = list(_NEG_TPL[lang])
    rng.shuffle(tpls)
    out = []
    for k in range(n):
        tpl = tpls[k % len(tpls)]
        cents = rng.choice([0, 50, 90, 20])
        eur = rng.randint(3, 250)
        amount = ("%d.%02d" if lang == "en" else "%d,%02d") % (eur, cents)
        fields = {
            "ref": "%05d %05d" % (rng.randint(10000, 99999), rng.randint(10000, 99999)),
            "inv": "%d-%06d" % (rng.choice([2025, 2026]), rng.randint(1, 999999)),
            "amt": amount,
            "date": "%d.%d.%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])),
            "time": "%d.%02d" % (rng.randint(6, 22), rng.choice([0, 15, 30, 45])),
            "model": rng.choice(["Toyota Corolla", "VW Transporter", "Volvo XC60", "Mazda CX-5", "Kia EV6",
                                 "Ford Transit", "Peugeot 308", "Škoda Octavia", "BMW X5", "Tesla Model 3",
                                 "VW ID.4", "Nissan Leaf", "Audi A6", "Renault Kangoo", "Toyota RAV4"]),
            "bus": rng.choice(["550", "23N", "69", "506", "14", "78", "39B", "500", "18", "65"]),
            "zone": rng.choice(["A", "B", "C", "E", "H", "K", "L", "M", "P"]),
            "stop": "H%04d" % rng.randint(1000, 4999),
            "case": "HEL %d-%06d" % (rng.choice([2025, 2026]), rng.randint(1, 20000)),
            "arch": "%d%02d%02d%s%d" % (rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28),
                                        rng.choice(["ABCD", "NDEA", "OKOY", "SPAN"]), rng.randint(10000, 99999)),
        }
        out.append((lang, tpl.format(**fields)))
    return out


def records():
    rng = random.Random(SEED)
    out = []
    out.extend(_HAND_FI)
    out.extend(_HAND_FI_NEG)
    out.extend(_HAND_SV)
    out.extend(_HAND_SV_NEG)
    out.extend(_HAND_EN)
    out.extend(_HAND_EN_NEG)
    for _ in range(22):
        out.append(_gen_refund_fi(rng))
    for _ in range(18):
        out.append(_gen_vehicle_fi(rng))
    for _ in range(10):
        out.append(_gen_sv(rng))
    for _ in range(10):
        out.append(_gen_en(rng))
    for lang, n in (("fi", 16), ("sv", 7), ("en", 7)):
        out.extend(_gen_negatives(rng, lang, n))
    return out
