"""Blind evaluation block 40 for the personal-data scrubber.

Written by helper "outsider 40" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the brief I was given). I ran no git commands, did not run the scrubber and did
not run any evaluation. The texts come only from the brief and my own idea of how residents write.

Focus: OmaStadi participatory-budgeting proposals and their comment threads (Finnish ~60 %, English ~25 %,
Swedish ~15 %): proposal texts signed by the proposer and co-proposers ("Ehdottajat: ...", "Proposed by ...",
"Förslagsställare ..."), team member lists, people who benefit or helped (a coach, a neighbour, a teacher, a
grandmother), city staff answers naming the planner, commenters answering each other by name, cost
estimates. Names in many forms: full names, first names alone, inflected Finnish forms (Mikolle, Sadun,
Laaksoseen), names with titles and roles, initials, lists joined with commas or ja/and/och, names in
brackets, names at sentence start, lowercase names. Hard negatives: parks, streets, schools and libraries
named after people (Aleksis Kiven koulu, Tove Janssonin puisto, Alvar Aallon katu, Sofianlehto), districts
that contain first names (Tapanila, Heikinlaakso, Marjaniemi), associations and clubs, famous and fictional
people, pets, proposal titles with first names used as ordinary words (Onnin puisto, Toivo/Usko, Lumen valo),
sums of money, years, vote counts, proposal numbers. A few phones, e-mails, addresses with house numbers,
two IBANs and one licence plate.

Seed: 4040. records() is deterministic: hand-written records plus small generators driven only by
random.Random(SEED).

Markup: [[LABEL:text]] around each piece of personal data. P person name (Finnish case endings, English 's
and Swedish genitive -s inside the span; titles and role words such as suunnittelija, rouva, Mr., rektor
outside), E e-mail, T phone number, H Finnish personal identity code, I IBAN / bank account, R licence plate,
IP IP address, A street address with a house number (postal code and city outside). Streets without a
number, parks, schools, companies, famous people and pets are not marked.
"""

import random

SEED = 4040

# ---------------------------------------------------------------------------
# Finnish, hand-written, part A
# ---------------------------------------------------------------------------
FI_HAND_A = [
    "Ehdotus: Kuntoiluvälineet Kontulan ostarin viereen\n\nKontulassa ei ole yhtään ulkokuntosalia metron lähellä. "
    "Ehdotamme 4-6 laitetta ja pehmeän turva-alustan. Kustannusarvio n. 60 000 €.\n\n"
    "Ehdottajat: [[P:Sari Hämäläinen]], [[P:Jouni Pakarinen]] ja [[P:Abdi Hassan]]",

    "Onnin puisto kuntoon! Puiston penkit on rikki ja hiekkalaatikossa on lasinsiruja. Ehdotamme uusia penkkejä "
    "ja kahta leikkitelinettä, arvio 35 000 euroa. Onnin puisto on Vuosaaressa Kallahdenraitin varrella.",

    "Ehdotuksen idea tuli [[P:Onnilta]] (8 v), joka leikkii Onnin puistossa joka päivä ja jonka mielestä puisto "
    "on \"tosi tylsä\". Nimi on sattumaa, puisto ei ole hänen mukaansa nimetty 😄",

    "Kaupungin vastaus: Ehdotus on toteuttamiskelpoinen. Kuntoiluvälineiden paikaksi sopii Kontulan "
    "liikuntapuiston reuna, koska ostarin vieressä oleva alue on varattu huoltoajolle. Kustannusarvio on "
    "päivitetty 72 000 euroon. Suunnittelija [[P:Anna Lehtinen]] vastaa ehdotuksen jatkovalmistelusta, "
    "kysymykset: [[E:anna.lehtinen@hel.fi]].",

    "[[P:Jouni]], hyvä idea mutta miks ei samalla valoja? Talvella siellä on pimeää jo neljältä 😕",

    "Vastaus [[P:Marjatalle]]: valaistus kuuluu kaupungin normaaliin ylläpitoon eikä OmaStadiin. Näin ainakin "
    "[[P:Lehtinen]] sanoi asukasillassa.",

    "Aleksis Kiven koulun pihalle tarvitaan lisää varjoa. Pihalla ei ole yhtään isoa puuta ja kesäkerhossa lapset "
    "on paahteessa koko päivän. Ehdotetaan aurinkopurjeita ja istutuksia, hinta-arvio 20 000–25 000 €.",

    "Idea syntyi kun mummoni [[P:Eila Kettunen]] (85 v) ei enää päässyt Malmin kirjastolle, koska matkalla ei "
    "ole yhtään penkkiä levätä. Lisää penkkejä Malmin raitille!\nt. [[P:Roosa Kettunen]]",

    "Sibeliuksen puistoon lisää roska-astioita, kesäisin ne tulvii yli jo perjantaina. Sibelius-monumentin "
    "luona on aina turistibusseja ja roskia joka puolella.",

    "Tiimi:\n- [[P:Laura Nieminen]] (projektin vetäjä)\n- [[P:Tuomas Ahonen]], graafinen suunnittelu\n"
    "- [[P:Fatima Ali]] – yhteys somalinkieliseen yhteisöön\n- [[P:Veikko]] (naapurin eläkeläinen, tekee puutyöt)\n"
    "Yhteyshenkilö [[P:Laura]], [[T:040 718 2294]]",

    "Ehdotus: Jakomäen uimahallin aukioloajat pidemmiksi. Nyt halli menee kiinni klo 20 arkisin, toivomme "
    "klo 21 asti. Äänestä! Viime kierroksella sama ehdotus sai 312 ääntä.",

    "Kiitos [[P:Heikille]] joka korjasi talkoissa meidän pihan viereisen penkin ihan pyytämättä! Toivon, että "
    "kaupunki hoitaisi loputkin penkit samaan kuntoon.",

    "Onni on asua Pihlajamäessä: metsä on lähellä ja kirjasto on lähellä. Mutta kirjaston aukioloajat on liian "
    "lyhyet. Toivo on, että OmaStadi rahoittaisi lauantaiaukiolon.",

    "Kaupungin vastaus (kulttuurin ja vapaa-ajan toimiala): Kirjastojen aukioloajat eivät kuulu OmaStadin "
    "piiriin, koska ne ovat käyttötalousmenoja. Lisätietoja antaa kirjastopalvelujen suunnittelija "
    "[[P:Mervi Aaltonen]], puh. [[T:09 310 85412]].",

    "@[[P:Päivi]] eikö sitä voisi ehdottaa niin, että rahoitetaan omatoimikirjaston laitteet? Niin tehtiin "
    "Tapanilassa ja hyvin toimii.",

    "Ehdotus on Malmin ala-asteen 4B-luokan. Opettaja [[P:Kirsi Lindholm]] auttoi meitä kirjoittamaan tämän. "
    "Me halutaan koulun viereiseen puistoon parkour-paikka!! t. 4B (kuvat piirsi [[P:Eetu]], [[P:Aada]] ja "
    "[[P:Nelli]])",

    "Marjaniemen rantaan kanoottiteline ja uusi laituri. Laituri on ollut huonossa kunnossa vuodesta 2019. Hinta "
    "arviolta 40 000 €. Marjaniemi-Seura ry tukee ehdotusta.",

    "Puhuin eilen [[P:Tapani Heinosen]] kanssa, hän on asunut Tapanilassa 50 vuotta ja muistaa kun tässä oli "
    "vielä uimaranta. Hänen mukaansa [[P:Heinosen]] suku aikoinaan lahjoitti rantatontin kunnalle.",

    "Minna Canthin kadulle suojatie Humallahden kohdalle? Koululaiset ylittävät siinä aamuisin ja autot ajavat "
    "kovaa. Toivoo moni töölöläinen.",

    "Asun osoitteessa [[A:Kaarelantie 33 B 12]] ja ikkunasta näkee, kun nuoret istuvat pimeässä ulkoilureitin "
    "varrella. Valot reitille kiitos!\n[[P:Tiina Suominen]]",

    "Tää on ihan turha. Kuka tätä muka käyttää? 45 000 € heitetään hukkaan. -[[P:Pertti]]",

    "Ehdotus \"Lumen valo\" – valoteos Kaisaniemen puistoon talvikaudeksi. Kaisaniemi on pimeä ja tuntuu "
    "turvattomalta, valotaide toisi sinne elämää. Budjetti 90 000 €, toteutus aikaisintaan 2026.",

    "Kaupungin vastaus: Ehdotus yhdistetään ehdotukseen #1124 (Valaistus Kaisaniemen puistoon). Arvion tekivät "
    "puistosuunnittelija [[P:Johanna Ekholm]] ja valaistusasiantuntija [[P:Risto Vainio]]. Yhdistetyn "
    "ehdotuksen kustannusarvio on 140 000 €.",

    "Risto Räppääjä -aiheinen leikkipaikka Pikku Huopalahteen! Lapset rakastavat kirjoja ja tästä tulisi "
    "ainutlaatuinen paikka. Vrt. Muumimaailma Naantalissa, sinne ajetaan ympäri Suomea.",

    "Meidän jalkapallojoukkueen valmentaja [[P:Jari Turunen]] on jo kolme vuotta vetänyt treenejä Kannelmäen "
    "hiekkakentällä, joka on kuraa koko syksyn. Tekonurmi!! [[P:Jarin]] puhelin jos kysyttävää: "
    "[[T:044 516 3308]]",

    "Jari Litmasen aikaan pelattiin hiekkakentillä ja hyvin meni, ei tarvita mitään tekonurmea 😄 Rahat "
    "mieluummin nuorisotaloille.",

    "Ehdottaja: [[P:M. Karjalainen]], Roihuvuori. Ehdotan että Kirsikkapuistoon tulee lisää roska-astioita "
    "hanamin ajaksi, nyt roskat lentää Roihuvuoren metsään.",

    "Roihuvuoren Kirsikkapuisto täyttyy joka toukokuu. Hanami-juhla on la 17.5. klo 12–18. Lisää vessoja "
    "puistoon, kolme siirrettävää riittäisi (n. 3 000 €).",

    "> [[P:Sirpa Nurmi]] kirjoitti:\n> vessat maksaa ihan hirveesti ylläpitää\n\nNiin maksaa, mutta nyt "
    "ihmiset käy pusikossa. Kyllä [[P:Sirpa]] tiedät itsekin miltä siellä haisee sunnuntaiaamuna.",

    "Kustannusarvio: 12 500 € (suunnittelu 2 000 €, asennus 10 500 €). Toteutusaika 6 kk. Ehdotus liittyy "
    "ehdotuksiin #842 ja #857.",

    "Tämä ehdotus on yhdistetty kolmesta: \"Skeittiparkki Vuosaareen\" ([[P:Jesse Koskinen]]), \"Rullalautailu "
    "Meri-Rastilaan\" ([[P:Noora]] ja [[P:Ville]]) sekä \"Nuorille oma paikka\".",

    "Satumetsä Paloheinään! Polun varrelle puusta veistettyjä satuhahmoja, esim. Punahilkka ja susi, Hannu ja "
    "Kerttu, Lumikki. Polku olisi n. 800 m ja kustannus 30 000 €.",

    "[[P:Hannu]] ja [[P:Kerttu Mäkinen]] Paloheinästä kannattaa tätä, meidän lapsenlapset rakastaisi 😊",

    "Vastaaja: liikuntapaikkasuunnittelija [[P:Ilkka Heikkilä]], kulttuurin ja vapaa-ajan toimiala\n"
    "[[T:+358 9 310 87640]]\nToteutettavissa, mutta sijainti tarkennetaan. Hinta 180 000 € sisältää tekonurmen "
    "ja aitauksen.",

    "Äänestystulos: Kannelmäen tekonurmi 1 204 ääntä, Malmin skeittiparkki 987 ääntä, Kontulan "
    "kuntoiluvälineet 655 ääntä. Toteutus alkaa keväällä 2025.",

    "moikka, mä oon [[P:Amina]] 15v ja mun kaverit [[P:Sofia]], [[P:Ilona]] ja [[P:Yasmin]] ollaan kaikki "
    "Myllypurosta. Me halutaan nuorisotalolle äänitysstudio koska nyt pitää mennä Kallioon asti. Miksei ois "
    "Myllypurossa??",

    "Koirapuisto Herttoniemeen! Meidän Onni-koira ja naapurin Rekku joutuvat nyt kävelemään 2 km lähimpään "
    "aitaukseen. 25 x 40 metrin aitaus riittäisi hyvin.",

    "Naapuri [[P:Mäkelä]] on rakentanut itse linnunpönttöjä koko Roihuvuoren metsään, voisiko kaupunki tukea "
    "tätä? Hänellä on varmasti vielä 20 pönttöä varastossa odottamassa.",

    "Kiitos kaikille äänestäjille! Ehdotus \"Linnunpöntöt Roihuvuoreen\" pääsi toteutukseen. Kiitos myös "
    "Helsingin Seudun Lintutieteelliselle Yhdistykselle asiantuntija-avusta.",

    "Ehdottajat: [[P:Olena Kovalenko]] ([[E:olena.kovalenko85@gmail.com]]) ja [[P:Dmitri Ivanov]], Itäkeskus.\n"
    "Ehdotus: ukrainan- ja venäjänkielinen satutunti Itäkeskuksen kirjastoon kerran viikossa.",

    "Mäkelänrinteen lukion ja Ressun lukion oppilaskunnat ehdottavat yhdessä: ilmaiset kuukautissuojat "
    "koulujen vessoihin. Arvioitu hinta 15 000 € / vuosi.",

    "Oppilaskunnan hallitus: pj. [[P:Elias Karjalainen]], vpj. [[P:Minh Nguyen]], sihteeri [[P:Venla Aho]]. "
    "Yhteydet opettajatuutori [[P:Sanna Peltolan]] kautta.",

    "Tove Janssonin puistoon Katajanokalle muumiaiheinen taideteos? Turisteja tulisi varmasti. Pikku Myy ja "
    "Niiskuneiti olisivat kivoja hahmoja.",

    "Kiitos tuesta [[P:Marketta]], [[P:Raili]] ja [[P:Kaija]] sekä kaikki Kallion eläkeläiskerhon jäsenet! "
    "Ilman teitä emme olisi saaneet kasaan 500 nimeä adressiin.",

    "Kallio-Seura, Käpylä-Seura ja Vallila-Seura ovat yhdessä laatineet ehdotuksen kaupunginosien yhteisestä "
    "kulttuurikävelystä. Reitti kulkee Alppilan kautta Käpylään, pituus 6,5 km.",

    "Keräämme omarahoitusosuutta penkkien maalaukseen (materiaalit n. 400 €). Jos haluat osallistua, tilille "
    "[[I:FI03 1012 3500 4183 72]] viestillä \"penkit\". Tilin omistaja [[P:Kari Hyvönen]], Maunulan "
    "asukasyhdistyksen rahastonhoitaja.",

    "Kaupungin vastaus: Ehdotusta ei voida toteuttaa, koska alue on yksityisen kiinteistön omistuksessa. Ehdotus "
    "ei etene rakennussuunnitteluvaiheeseen.\nYstävällisin terveisin, OmaStadi-tiimi",

    "Hei [[P:Kari]], kiitos kysymyksestä. Penkkien maalaus onnistuu talkoina, kunhan sovitte siitä alueen "
    "rakennuttajan kanssa. Ota yhteyttä aluevastaava [[P:Petri Laaksoseen]], [[E:petri.laaksonen@hel.fi]].\n"
    "T. [[P:Anna]] / OmaStadi",

    "OmaStadi-ideointityöpaja Stoassa ti 14.3. klo 17.30–19.30. Mukana kaupungin asiantuntijoita. "
    "Ilmoittautuminen ei ole pakollista, kahvia tarjolla.",

    "Isoäitini [[P:Aili]] muisti aina kertoa, että Pukinmäen rannassa oli 50-luvulla uimala. Nyt ranta on "
    "ryteikköä. Palautetaan uimaranta!\n[[P:Jaana Pakarinen]], [[A:Pukinmäenkaari 23 C 41]]",

    "MLL:n Kontulan yhdistys (Mannerheimin Lastensuojeluliitto) pitää perhekahvilaa, mutta tila on liian "
    "pieni. Ehdotamme isompaa tilaa Kontulan ostarilta.",

    "Olen samaa mieltä [[P:Tiinan]] kanssa. Mutta [[P:Jussi]] on väärässä siinä, että valot häiritsisi "
    "asukkaita, reitti on 200 metrin päässä lähimmistä taloista.",

    "Kustannusarvio tarkentui: 1. vaiheen (v. 2025) kustannus 85 000 €, 2. vaiheen (v. 2026) 40 000 €. Ehdotus "
    "sai 2 114 ääntä ja oli Itäisen suurpiirin kolmanneksi suosituin.",

    "Asukasillassa 12.10. paikalla olivat projektinjohtaja [[P:Sami Kallio]] ja maisema-arkkitehti "
    "[[P:Hanna Vuorinen]]. [[P:Kalliolta]] kysyttiin aikataulusta, ja hänen mukaansa työt alkavat aikaisintaan "
    "keväällä.",

    "Kalliosta puuttuu kunnon ulkokuntosali. Lähin on Hakaniemen rannassa. Kallion kirjaston edessä olisi hyvin "
    "tilaa penkeille ja pyörätelineille.",
]

# ---------------------------------------------------------------------------
# Finnish, hand-written, part B
# ---------------------------------------------------------------------------
FI_HAND_B = [
    "Ehdotus: Nuorten kesätyöt puistonhoitoon Vuosaaressa. Ehdotuksen kirjoitti [[P:Leyla Karimi]] yhdessä "
    "Vuosaaren nuorisotalon ohjaajan [[P:Mikael Sundbergin]] kanssa. Arvio 70 000 € (20 nuorta x 3 vko).",

    "Vuosaaren urheilutalolta Aurinkolahden rantaan tarvittaisiin parempi valaistus. Rannalla käy kesällä "
    "tuhansia ihmisiä ja illalla on pilkkopimeää.",

    "tää oli [[P:Mikaelin]] idea alunperin jo 2021 mut silloin ei menny läpi. nyt uus yritys!!",

    "Ehdotuksen hyödynsaajia olisivat mm. naapurini [[P:Raimo]] (92 v.), joka liikkuu rollaattorilla eikä "
    "pääse nykyistä mäkeä ylös, sekä monet muut Siilitien palvelutalon asukkaat.",

    "Siilitien palvelutalon eteen levähdyspaikka. Mäki on jyrkkä ja rollaattorilla hankala. Kustannus noin "
    "8 000 €, sisältää kaksi penkkiä ja käsijohteen.",

    "Kaupungin vastaus: Levähdyspaikka voidaan toteuttaa katualueelle. Asian valmisteli liikennesuunnittelija "
    "[[P:Ville-Pekka Rantanen]]. Lisätietoja: [[E:ville-pekka.rantanen@hel.fi]], [[T:040 334 9127]].",

    "[[P:Ville-Pekka Rantaselle]] iso kiitos nopeasta vastauksesta! Harvoin kaupungilta saa näin selkeää tietoa.",

    "Toivo, Usko ja Rakkaus – kolme veistosta Malmin hautausmaan portille? Ehdotus tuli seurakunnan nuorilta. "
    "Usko ei ole vielä menetetty tämän suhteen!",

    "Lasten satutunti pidetään Oodissa joka lauantai klo 11. Ehdotamme, että samanlainen satutunti alkaisi myös "
    "Pasilan kirjastossa.",

    "Satutunnin vetäjä [[P:Satu Järvinen]] on tehnyt tätä vapaaehtoisena jo vuoden. [[P:Sadun]] tunneilla käy "
    "joka kerta 20–30 lasta!",

    "Sofianlehdon kotieläintilalle lisää penkkejä ja sadekatos. Kotieläintila on suosittu perheiden "
    "retkikohde, mutta sateella ei ole minkäänlaista suojaa.",

    "[[P:Sofia Ahonen]] tässä, olin se joka ehdotti alun perin katosta. Kiitos kaikille jotka äänestitte 🙏",

    "Alvar Aallon kadulla Stockmannin kohdalla on aina autoja pyörätiellä. Ehdotus: pollarit pyörätien "
    "reunaan. Hinta arviolta 6 000 €.",

    "Sama auto [[R:KXT-418]] on ollut pyörätiellä joka aamu koko viikon. En tiedä kenen se on, mutta toivottavasti "
    "tämä ehdotus menee läpi.",

    "Bussit 55 ja 56 kulkevat Koskelantietä, ja pysäkki H2345 on huonossa kunnossa. Katos puuttuu ja penkki on "
    "rikki. Tämä pitäisi korjata ilman OmaStadiakin.",

    "Työryhmä:\nPuheenjohtaja [[P:Kaarina Vesterinen]]\nRahastonhoitaja [[P:Juha-Matti Laine]]\nJäsenet: "
    "[[P:Leena Grönholm]], [[P:Ossi Hirvonen]], [[P:Mohamed Ahmed]]\nKokoonnumme Maunula-talolla kuukauden "
    "ensimmäisenä tiistaina.",

    "Maunula-talon saliin Metsäpurontiellä tarvitaan uusi äänentoisto. Nykyinen on vuodelta 2017 ja "
    "mikrofonit rätisee. Arvio 9 000 €.",

    "Kuntoiluvälineet voisi laittaa vaikka [[A:Kaarelantiellä 7]] olevan kerrostalon taakse, siellä on tyhjä "
    "nurmikenttä jota kukaan ei käytä.",

    "Kaarelantien ja Vihdintien risteys on vaarallinen. Liikennevalot tarvitaan, ei hidastetöyssyjä. Ja "
    "Kannelmäen ostarin kohdalle suojatie.",

    "Olen [[P:Daniel O'Connor]], asun Jätkäsaaressa ja tuen tätä. Lapseni käy Jätkäsaaren peruskoulua ja "
    "koulumatkalla ei ole yhtään turvallista ylityspaikkaa.",

    "Jätkäsaaren Bunkkerin liikuntakeskus avataan aikaisintaan 2027. Ehdotamme sitä ennen väliaikaista "
    "talviuintipaikkaa Hietalahteen.",

    "Tämä on [[P:Merjan]] ja minun yhteinen ehdotus: [[P:Merja]] hoiti kuvat ja minä tekstin. - [[P:Kristiina]]",

    "Helsingin Sanomat ja Ilta-Sanomat kirjoittivat viime viikolla tästä ehdotuksesta, hienoa näkyvyyttä! Nyt "
    "kaikki äänestämään ennen 31.10.",

    "Kysyin [[P:Oudilta]] (hän on taloyhtiön hallituksen puheenjohtaja) ja hänen mukaansa taloyhtiö ei "
    "vastusta istutuksia tontin rajalle.",

    "Vanha Armas-kahvila Kumpulan kasvitieteellisessä puutarhassa suljettiin. Voisiko tilalle tulla "
    "kesäkahvila? Puutarha on ihana paikka, mutta kahvia ei saa mistään.",

    "Kiitos rouva [[P:Lindroos]], joka toi talkoisiin pullat! Ja [[P:Ahmedille]], joka lainasi peräkärryn.",

    "Viite: OmaStadi 2023–2024, ehdotus nro 1743. Toteutus siirtyy vuodelle 2026 urakkakilpailutuksen vuoksi. "
    "Kokonaiskustannus 118 400 €.",

    "Ehdotuksen kummina toimii kaupunginosayhdistyksen [[P:Gunilla Blomqvist]], joka hoitaa yhteydet kouluihin. "
    "[[P:Blomqvistiin]] voi ottaa yhteyttä osoitteessa [[E:gunilla.blomqvist@kolumbus.fi]].",

    "Kumpulan maauimala avautuu 15.5. Ehdotamme, että uimalan kahvila olisi auki myös syyskuussa. Aukiolo "
    "ma–pe 10–18, la–su 10–16.",

    "Me ollaan [[P:Elmo]] ja [[P:Lenni]] ja halutaan pumptrack Puistolaan. Meidän isä [[P:Jarkko]] sano että "
    "sen pitää olla 30x40 metriä. [[P:Jarkon]] puhelin [[T:050 422 7781]]",

    "Puistolan pumptrack: pituus 120 m, leveys 2 m, asfaltti. Vastaava rata Tikkurilassa maksoi noin "
    "150 000 €, joten hinta-arvio on realistinen.",

    "Hei [[P:Jarkko]]! Pumptrackin paikka on selvitetty: Puistolan urheilupuiston pohjoisosa sopii parhaiten. "
    "Alustavan arvion teki [[P:Noora Heikkinen]] ulkoliikuntapalveluista.\nTerveisin [[P:Mika Savolainen]], "
    "vuorovaikutussuunnittelija, Koillinen suurpiiri",

    "Koillinen suurpiiri sai tällä kierroksella 1,2 miljoonaa euroa. Siitä Puistolan pumptrack vie 150 000 € "
    "eli 12,5 %.",

    "Ehdotamme Kivikon ulkoilupuistoon frisbeegolfradan laajennusta 9 -> 18 väylää.\nEhdottajat: Kivikon "
    "frisbeegolfseura (yhteyshenkilö [[P:Antti Korhonen]], [[T:+358 45 318 2207]])",

    "Kivikon frisbeegolfrata on Suomen suosituimpia. Pelaajia käy päivittäin 300–400. Laajennus 18 väylään "
    "maksaisi n. 40 000 €.",

    "[[P:Antti]], arvostan seuran työtä, mutta kiekot lentää ulkoilureitille. Viime kesänä kiekko osui mun "
    "äitiin ([[P:Ritva]], 71 v). Rata pitää siirtää kauemmas reitistä ennen kuin sitä laajennetaan.",

    "Kivikon hiihtohalli on nyt kesäkäytössä. Kivikko ja Myllypuro tarvitsevat paremman pyöräyhteyden "
    "Itäväylän yli.",

    "Lausunto / As Oy Siilinkulman hallitus, pj. [[P:T. Räsänen]]: taloyhtiö kannattaa ehdotusta ja antaa "
    "luvan käyttää piha-aluetta työmaan aikana.",

    "As Oy Siilinkulman hallitus kannattaa ehdotusta. Taloyhtiön 64 asukasta allekirjoitti adressin.",

    "Ilman naapurin [[P:Pirkko-Liisa]]-tätiä tämä ehdotus ei olisi syntynyt, hän keräsi nimet koko rapusta.",

    "Tullisaaren puistossa Aino Acktén huvilan ympäristöön lisää valaistusta ja opasteita. Huvila on kesäisin "
    "avoinna yleisölle ja siellä järjestetään konsertteja.",

    "Ehdottajat: [[P:Ebba Forsman]], [[P:Nils Åberg]] ja [[P:Linnea Westerlund]] (Laajasalon ruotsinkieliset "
    "lapsiperheet)",

    "Kruunuvuorenrannan ja keskustan yhdistävät Kruunusillat valmistuvat piakkoin. Rantaan tarvitaan "
    "pyöräparkki, nyt pyörät on kiinni puissa.",

    "jos joku haluu lähtee mukaan tekemään tätä niin laita viestiä [[E:eetu.lindfors98@hotmail.com]] tai "
    "messenger, löytyy nimellä [[P:Eetu Lindfors]]",

    "Äänestysaika 2.10.–31.10. Äänestää voi jokainen 12 vuotta täyttänyt helsinkiläinen. Tunnistautuminen "
    "pankkitunnuksilla tai mobiilivarmenteella.",

    "Ehdotus: Talviuintipaikka Pikkukosken uimarannalle\n\nKuvaus: Pikkukoskella talviuidaan jo nyt, mutta "
    "pukukoppi puuttuu ja avantoa pitävät auki vapaaehtoiset. Uintiseuran valmentaja [[P:Harri Nyberg]] on "
    "itse kantanut puita saunaan kolme talvea.\n\nKustannusarvio: 55 000 € (koppi + lämmitys)\n"
    "Ehdottaja: [[P:Pia Nyberg]], [[A:Kylänvanhimmantie 12 B 7]]\n\nMuuta: [[P:Harrilta]] voi kysyä lisää "
    "avannon ylläpidosta.",

    "Pikkukosken uimarannan vedenlaatu mitataan kesäkuusta elokuuhun kahden viikon välein. Tulokset löytyvät "
    "kaupungin sivuilta.",

    "mä ja [[P:jonna]] ehdotettiin tätä jo viime vuonna mut se hylättiin koska \"ei kuulu omastadiin\" . nyt "
    "kysyttiin [[P:jonnan]] faijalta joka on töissä kaupungilla ja se sano et kuuluu kyllä",

    "pieni toive: lisää valoa ja parempi lumen auraus kevyen liikenteen väylälle, ilta on pitkä ja pimeä. onni "
    "on hyvin auratut polut 😄",

    "Somalialaisten äitien ryhmä kokoontuu nyt [[P:Hodan Warsamen]] kotona, koska yhteistä tilaa ei ole. "
    "Ehdotamme ryhmälle maksutonta vakiovuoroa Kontulan nuorisotalolta.",

    "Kaupungin vastaus: Tiloja voi jo nyt varata maksutta Varaamo-palvelun kautta. Ehdotus ei siksi etene "
    "äänestykseen. Ehdotus nro 2211, käsitelty 4.9.2024.",

    "Heikinlaakson ja Tapaninvainion välinen metsäpolku on talvella liukas. Ehdotamme hiekoitusta ja "
    "valaistusta noin 1,5 km matkalle.",

    "Vastaus [[P:Eilalle]] ja [[P:Mikolle]]: kyllä, ehdotus koskee koko reittiä Heikinlaaksosta Tapanilan "
    "asemalle asti, ei pelkkää mäkeä.",

    "Ehdottaja [[P:Tuula]] (sukunimi ei tähän) – olen asunut Malmilla 40 vuotta ja tämä torin kunto on "
    "häpeällinen. Penkit, istutukset ja kunnon valaistus, kiitos.",

    "Malmin tori on remontoitu viimeksi 1990-luvulla. Kaupunkiympäristön toimialan mukaan torin "
    "peruskorjaus on ohjelmoitu vuosille 2028–2029.",
]

# ---------------------------------------------------------------------------
# English, hand-written
# ---------------------------------------------------------------------------
EN_HAND = [
    "Proposal: Outdoor table tennis tables for Kalasatama\n\nThere are no public ping pong tables anywhere near "
    "Kalasatama. Two concrete tables would cost roughly 12 000 € incl. installation.\n\nProposed by "
    "[[P:Lucas Moreau]] and [[P:Priya Raman]], Kalasatama residents",

    "Kalasatama has grown so fast. The mall is full of people but the waterfront park has nothing for teens. "
    "Budget estimate 12k–15k € based on the city's price list.",

    "City's response: The proposal is feasible. The tables would be placed near the Sompasaari playground. "
    "Assessed by park planner [[P:Elina Koivisto]], Urban Environment Division. Cost estimate updated to "
    "14 500 €.",

    "[[P:Priya]], love this! My son would be there every day. Could we also get nets that don't get stolen 😅",

    "@[[P:Tom]] the nets are metal on those concrete tables, nobody steals them. Source: I play at Töölönlahti "
    "every week.",

    "Hope this gets funded. Will vote for sure. Mark my words, these tables will be packed by June.",

    "My neighbour Mrs. [[P:Halonen]] (no, not that one 😄) has been feeding the ducks at the pond for twenty "
    "years and she says the railing is about to fall into the water. Please fix it before someone gets hurt.",

    "Tarja Halonen opened this playground back in the 2000s, there's even a plaque. Sadly the plaque is now "
    "covered in graffiti.",

    "Team:\n• [[P:Sarah Mitchell]] – project lead, [[E:sarah.mitchell@outlook.com]]\n• [[P:Wei Zhang]] – budget\n"
    "• [[P:Katarzyna Nowak]] – contacts with the school\n• our kids' teacher, Ms. [[P:Aaltonen]], who helped with "
    "the Finnish translation",

    "The English School and the International School of Helsinki both support an English-language reading "
    "corner at Töölö library. Estimated cost 5 000 € for books and furniture.",

    "It was [[P:Emily's]] idea originally, I only wrote it up. Credit where credit's due!",

    "Reply to [[P:Javier Ortega]]: I don't agree that a dog park is a waste of money. There are over 300 dogs in "
    "Lauttasaari according to the local Facebook group.",

    "Our dogs Bella and Max would love this dog park. Right now we drive to Vattuniemi, which is the closest one.",

    "If anyone wants to help build the insect hotels, we meet on Saturdays at my place, "
    "[[A:Kulosaarentie 12 A 3]]. Call or text [[P:Mehmet]] on [[T:+358 50 912 4450]].",

    "The insect hotel workshop runs Saturdays 10–13 at Herttoniemi library, free of charge, max 15 participants.",

    "Hi, I'm [[P:Aisha Rahman]] from class 8C. Our teacher Mr. [[P:Lindgren]] said we can submit this as a class "
    "project. We want a covered bike shelter at the school!",

    "Grace period for editing proposals ends Friday. Sunny weather forecast for the launch event at Oodi, see "
    "you there at 17:00!",

    "Answer from the city: Unfortunately the area is owned by Senate Properties, so OmaStadi funds cannot be "
    "used there. For more information contact interaction planner [[P:Heidi Mustonen]], "
    "[[E:heidi.mustonen@hel.fi]].",

    "Senate Properties owns most of Suomenlinna too, which is why proposals about the fortress never go "
    "through. Not the city's fault really.",

    "> [[P:Daniel]] wrote: Who will maintain the garden after the first summer?\n\nWe have 12 families signed up "
    "already, [[P:Daniel]]. [[P:Anna-Kaisa]] from stair B is coordinating the watering rota.",

    "Community garden size 20 x 15 m, 24 raised beds, one water point. Estimated cost 18 000 €. Location: the "
    "lawn behind Hiihtäjäntie.",

    "My grandmother [[P:Leena]] is 88 and she can't cross Hämeentie before the light turns red. Please make the "
    "green longer!\n— [[P:Sam]]",

    "Hämeentie has been a construction site since 2021. The new tram lanes are great but the crossing times at "
    "Sörnäinen are way too short.",

    "[[P:Jukka]] from our building fixed eight benches in Alppila with his own tools last summer. Let's fund him "
    "some proper materials!",

    "Jack stands and a tyre pump at the bike repair point would be nice. The pump at Baana has been broken since "
    "spring.",

    "To cover the paint for the mural we're collecting donations: [[I:FI46 5799 3020 1148 06]] (account holder "
    "[[P:Ana Costa]]). Any amount helps!",

    "A mural like the ones in Kalasatama would look amazing on the underpass. Maybe Marimekko-style flowers, or "
    "something Moomin-themed for the kids?",

    "Volunteers so far: [[P:Tom]], [[P:Kirsi]], [[P:Wei]] and [[P:Olli Suominen]]. We need at least five more!",

    "Votes so far: 245. Last year the winning proposal in our district got 1 890 votes, so we have a way to go. "
    "Budget for the southern district: 960 000 €.",

    "Spoke to Mr [[P:Ahmed Yusuf]] who runs the corner shop on Kaarlenkatu and he's happy to put up a poster.",

    "Posters are up at the K-Market on Kaarlenkatu and at Kallio library. The QR code links to proposal #3318.",

    "thx to [[P:maria]] and [[P:joonas]] for the photos!! couldnt have done it without u guys",

    "Robin and blackbird nests were found in the hedge, so please don't cut it before August! Birds first.",

    "City response (Culture and Leisure Division): The skatepark extension is feasible and has been combined "
    "with proposal #2890. The combined plan will be drafted by landscape architect [[P:Juho Rinne]] together "
    "with the skateboarding association's representative [[P:Niko Salminen]]. Preliminary cost: 210 000 €.",

    "The Helsinki skateboarding association and the national skate federation have both commented on the design. "
    "Big thanks to them!",

    "My daughter [[P:Lily]] (7) asked me why there are no swings for kids in wheelchairs in our park. Her best "
    "friend [[P:Oona]] uses one. So here's our proposal: an accessible swing in Lapinlahti park.",

    "Accessible swings cost between 4 000 and 9 000 € depending on the model. Kivikko and Vuosaari already "
    "have one each.",

    "Proposed by: [[P:Hanna]] & [[P:Jussi Laitinen]], Etelä-Haaga. Contact [[T:041 770 2356]]",

    "Haaga has a lovely rose garden but not a single bench in the shade. Rose lovers of Helsinki unite!",

    "Thanks [[P:Björn]] for translating the proposal into Swedish. Much appreciated!",

    "The proposal is available in Finnish, Swedish and English. Translations were done by the city's "
    "translation service.",

    "Drawing by [[P:J.K. Lehtonen]], photo by [[P:S. Nieminen]]. Both used with permission.",

    "Photo: Helsinki City Museum archive, 1965. Shows the old swimming spot at Humallahti before the shoreline "
    "was filled in.",

    "---------- Forwarded message ---------\nFrom: [[P:Katri Mustonen]] <[[E:katri.mustonen@elisanet.fi]]>\n"
    "To: [[P:Lucas Moreau]]\nSubject: Re: ping pong proposal\n\nHi [[P:Lucas]], yes our housing company is fine "
    "with it as long as the tables are at least 10 m from the windows.\n/[[P:Katri]]",

    "Reminder: voting closes on 31 October at 23:59. Results are published on 8 November.",
]

# ---------------------------------------------------------------------------
# Swedish, hand-written
# ---------------------------------------------------------------------------
SV_HAND = [
    "Förslag: Utegym vid Drumsö strand\n\nDet finns inget utegym på Drumsö trots att många motionerar längs "
    "stranden. Kostnadsuppskattning ca 50 000 €.\n\nFörslagsställare: [[P:Henrik Wikström]] och "
    "[[P:Karin Holmström]]",

    "Drumsö strandpromenad är populär året runt. Utegymmet kunde placeras nära Vattuniemiparken, där det redan "
    "finns belysning.",

    "Stadens svar: Förslaget är genomförbart. Planeraren [[P:Mikaela Lindroos]] vid stadsmiljösektorn har "
    "bedömt platsen. Uppskattad kostnad 62 000 €.",

    "Tack [[P:Henrik]]! Jag och min man [[P:Stig]] tränar där varje morgon, vi röstar absolut.",

    "Längs stigen genom skogen i Nordsjö är det beckmörkt om kvällarna. Belysning på stigen skulle göra stor "
    "skillnad för alla som går till metron.",

    "Vi är elevkåren på Gymnasiet Lärkan. Förslaget skrevs av [[P:Alva Sjöberg]], [[P:Oskar Lindström]] och "
    "[[P:Emil Ekman]] med hjälp av läraren [[P:Jonas Öhman]].",

    "Zacharias Topelius skola och Kottby lågstadieskola har båda föreslagit cykelställ med tak. Kostnad ca "
    "8 000 € per skola.",

    "Det var [[P:Annas]] idé från början, men [[P:Sebastians]] pappa ritade planen.\nFörslagsställare: "
    "[[P:Anna Grönroos]]",

    "Cykelbanan på Annegatan tar slut mitt i korsningen vid Lönnrotsgatan. Farligt för barn!",

    "Min mormor [[P:Gunvor]] bor på servicehuset i Brunakärr och hon önskar sig en bänk vid busshållplatsen. Hon "
    "orkar inte stå och vänta. /[[P:Elsa]]",

    "Busshållplatsen i Brunakärr saknar både tak och bänk. Bussarna stannar där var tionde minut.",

    "Rektor [[P:Lindqvist]] har lovat att skolan sköter odlingslådorna under sommaren tillsammans med "
    "vaktmästaren [[P:Bosse]].",

    "Marthaförbundet och Folkhälsan ordnar kurser i Hertonäs. Ett större kök i lokalen skulle hjälpa alla "
    "föreningar.",

    "Kontaktperson: [[P:Ulla Grönroos]], tfn [[T:040 551 8023]], e-post [[E:ulla.gronroos@gmail.com]]",

    "Tove Janssons park på Skatudden borde få en mumintrollsstaty. Turisterna letar alltid efter något "
    "muminrelaterat!",

    "@[[P:Ulla]] håller med, men vem betalar underhållet? [[P:Sundberg]] sa på invånarmötet att staden inte har "
    "pengar för det.",

    "Röstningen pågår 2–31 oktober. Alla helsingforsare som fyllt 12 år får rösta. Förslaget har hittills fått "
    "734 röster.",

    "Vår tränare [[P:Patrik Blomberg]] har i tio år hållit i innebandyn i Nordsjö utan ordentlig hall. Vi "
    "föreslår en ny sarg till idrottsparken (ca 25 000 €).",

    "IFK och HIFK tränar båda i Nordsjö ibland. Sargen kunde delas mellan föreningarna.",

    "Vi träffas hemma hos mig på [[A:Mejlansvägen 8 C 21]] på torsdag kl. 18 för att skriva klart förslaget. "
    "Välkomna! /[[P:Pia]]",

    "Sibeliusparken behöver fler papperskorgar. Sibeliusmonumentet lockar massor av turister och skräpet blåser "
    "ut i havet.",

    "Jag pratade med [[P:Matti Virtanen]] från stadsdelsföreningen och han lovade att dela förslaget på deras "
    "Facebook-sida. [[P:Mattis]] stöd betyder mycket här i Malm.",

    "Malms flygfält borde bli park, inte bostäder. Förslag: ett fågeltorn vid gamla banan, kostnad ca 70 000 €.",

    "Svar från staden: Förslaget kombineras med förslag nr 2145. Mer information ger växelverkansplaneraren "
    "[[P:Johan Sandell]], tfn [[T:09 310 36771]].",

    "Runebergsgatan och Fredriksgatan behöver bättre cykelbanor. Nu cyklar alla på trottoaren.",

    "Förslagsställare: familjerna [[P:Nyberg]] och [[P:Åberg]] i Kronohagen, samt grannen [[P:Inger]] som "
    "bakade bullar till namninsamlingen 😊",

    "Lekparken i Kronohagen har en gammal gungställning från 1990-talet. Byt ut den! Offert: 11 300 €.",
]

# ---------------------------------------------------------------------------
# Small generators (name tables with hand-checked Finnish case forms)
# ---------------------------------------------------------------------------
# (nominative, genitive, allative, ablative)
FI_FIRST = [
    ("Mikko", "Mikon", "Mikolle", "Mikolta"), ("Anna", "Annan", "Annalle", "Annalta"),
    ("Matti", "Matin", "Matille", "Matilta"), ("Pekka", "Pekan", "Pekalle", "Pekalta"),
    ("Satu", "Sadun", "Sadulle", "Sadulta"), ("Outi", "Oudin", "Oudille", "Oudilta"),
    ("Jukka", "Jukan", "Jukalle", "Jukalta"), ("Leena", "Leenan", "Leenalle", "Leenalta"),
    ("Heikki", "Heikin", "Heikille", "Heikiltä"), ("Riikka", "Riikan", "Riikalle", "Riikalta"),
    ("Tuomas", "Tuomaksen", "Tuomakselle", "Tuomakselta"), ("Kirsi", "Kirsin", "Kirsille", "Kirsiltä"),
    ("Janne", "Jannen", "Jannelle", "Jannelta"), ("Aino", "Ainon", "Ainolle", "Ainolta"),
    ("Jaakko", "Jaakon", "Jaakolle", "Jaakolta"), ("Hannele", "Hannelen", "Hannelelle", "Hannelelta"),
    ("Antti", "Antin", "Antille", "Antilta"), ("Päivi", "Päivin", "Päiville", "Päiviltä"),
    ("Marjatta", "Marjatan", "Marjatalle", "Marjatalta"), ("Teemu", "Teemun", "Teemulle", "Teemulta"),
    ("Noora", "Nooran", "Nooralle", "Nooralta"), ("Ilkka", "Ilkan", "Ilkalle", "Ilkalta"),
    ("Sirpa", "Sirpan", "Sirpalle", "Sirpalta"), ("Toni", "Tonin", "Tonille", "Tonilta"),
    ("Helmi", "Helmin", "Helmille", "Helmiltä"), ("Valtteri", "Valtterin", "Valtterille", "Valtterilta"),
]
# (nominative, genitive, allative, ablative)
FI_LAST = [
    ("Virtanen", "Virtasen", "Virtaselle", "Virtaselta"), ("Korhonen", "Korhosen", "Korhoselle", "Korhoselta"),
    ("Mäkinen", "Mäkisen", "Mäkiselle", "Mäkiseltä"), ("Nieminen", "Niemisen", "Niemiselle", "Niemiseltä"),
    ("Lehtonen", "Lehtosen", "Lehtoselle", "Lehtoselta"), ("Heikkilä", "Heikkilän", "Heikkilälle", "Heikkilältä"),
    ("Koskinen", "Koskisen", "Koskiselle", "Koskiselta"), ("Järvinen", "Järvisen", "Järviselle", "Järviseltä"),
    ("Salo", "Salon", "Salolle", "Salolta"), ("Laaksonen", "Laaksosen", "Laaksoselle", "Laaksoselta"),
    ("Kettunen", "Kettusen", "Kettuselle", "Kettuselta"), ("Rantanen", "Rantasen", "Rantaselle", "Rantaselta"),
    ("Lindholm", "Lindholmin", "Lindholmille", "Lindholmilta"), ("Nurmi", "Nurmen", "Nurmelle", "Nurmelta"),
    ("Karjalainen", "Karjalaisen", "Karjalaiselle", "Karjalaiselta"), ("Peltola", "Peltolan", "Peltolalle", "Peltolalta"),
    ("Vainio", "Vainion", "Vainiolle", "Vainiolta"), ("Savolainen", "Savolaisen", "Savolaiselle", "Savolaiselta"),
    ("Hyvönen", "Hyvösen", "Hyvöselle", "Hyvöseltä"), ("Suominen", "Suomisen", "Suomiselle", "Suomiselta"),
    ("Lahti", "Lahden", "Lahdelle", "Lahdelta"), ("Ojala", "Ojalan", "Ojalalle", "Ojalalta"),
    ("Hassan", "Hassanin", "Hassanille", "Hassanilta"), ("Nguyen", "Nguyenin", "Nguyenille", "Nguyenilta"),
]
EN_NAMES = [
    "Sarah Mitchell", "Tom Bradley", "Priya Raman", "Lucas Moreau", "Ana Costa", "Wei Zhang", "Emily Clarke",
    "Javier Ortega", "Katarzyna Nowak", "Mehmet Yilmaz", "Aisha Rahman", "Rachel Green-Koskinen", "Omar Farah",
    "Chloe Dupont", "Ravi Patel", "Jonas Becker", "Marta Kowalczyk", "Sean Murphy", "Yuki Tanaka", "Eero Laine",
]
SV_NAMES = [
    "Anders Lindqvist", "Karin Holmström", "Johanna Ekholm", "Mikael Sundberg", "Ulla Grönroos", "Pia Nyberg",
    "Henrik Wikström", "Ebba Forsman", "Elsa Strandberg", "Björn Sjöblom", "Linnea Westerlund", "Stefan Ekman",
    "Maja Lindberg", "Fredrik Granholm",
]
# (street address, postal code)
FI_ADDR = [
    ("Kontulantie 12 A 5", "00940"), ("Mellunmäentie 9 C 33", "00970"), ("Siilitie 14 B 22", "00800"),
    ("Kallvikintie 41 D 60", "00980"), ("Malminkaari 18 A 2", "00700"), ("Kantelettarentie 3 B 19", "00420"),
    ("Ida Aalbergin tie 5 B 14", "00400"), ("Aleksis Kiven katu 14 A 6", "00510"),
    ("Runeberginkatu 33 B 18", "00260"), ("Pihlajamäentie 27 as 8", "00710"), ("Mäkelänkatu 56 E 71", "00550"),
    ("Vuotie 65 H 103", "00980"),
]
SV_ADDR = ["Runebergsgatan 47 A 9", "Mejlansvägen 12 B 30", "Drumsövägen 20 A 4", "Annegatan 8 C 15"]
PROVIDERS = ["gmail.com", "hotmail.com", "outlook.com", "elisanet.fi", "kolumbus.fi", "yahoo.com", "icloud.com"]


def _fold(s):
    out = s.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a"), ("é", "e"), ("'", ""), (" ", "")):
        out = out.replace(a, b)
    return out


def _email(rng, first, last):
    f, l = _fold(first), _fold(last)
    style = rng.randrange(4)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + "." + l
    elif style == 2:
        user = f + l + str(rng.randrange(60, 100))
    else:
        user = f + "_" + l[:4]
    return user + "@" + rng.choice(PROVIDERS)


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    d = "".join(str(rng.randrange(10)) for _ in range(7))
    style = rng.randrange(5)
    if style == 0:
        return f"{pre} {d[:3]} {d[3:]}"
    if style == 1:
        return pre + d
    if style == 2:
        return f"+358 {pre[1:]} {d[:3]} {d[3:]}"
    if style == 3:
        return f"{pre}-{d}"
    return f"{pre} {d[:3]} {d[3:5]} {d[5:]}"


def _cap(s):
    return s[:1].upper() + s[1:]


def _fi_person(rng):
    return rng.choice(FI_FIRST), rng.choice(FI_LAST)


def _join_fi(parts):
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " ja " + parts[-1]


FI_PROPOSALS = [
    ("Ulkokuntosali Mellunmäkeen", "Mellunmäessä ei ole ulkokuntosalia, lähin on Kontulassa.", "48 000 €"),
    ("Penkit Vuosaaren rantareitille", "Rantareitillä on 3 km matkalla vain kaksi penkkiä.", "9 500 €"),
    ("Leikkipaikan katos Maunulaan", "Sateella perhekerholaiset seisovat märkinä ulkona.", "22 000 €"),
    ("Kirjaston pelihuone Malmille", "Nuoret istuvat kirjaston käytävillä, koska omaa tilaa ei ole.", "30 000 €"),
    ("Ruoanjakopisteen kylmiö Kontulaan", "Ruoka-apua jaetaan ilman kunnon kylmäsäilytystä.", "15 000 €"),
    ("Talviuintipaikka Lauttasaareen", "Avanto on vapaaehtoisten varassa ja pukukoppi puuttuu.", "60 000 €"),
    ("Pyöräkorjauspiste Herttoniemen metroasemalle", "Pumppua ei ole missään lähellä asemaa.", "4 000 €"),
    ("Kesäteatterin lava Pukinmäkeen", "Kaupunginosan teatteriryhmä esiintyy nyt parkkipaikalla.", "35 000 €"),
    ("Valaistus Pihlajamäen kuntoportaisiin", "Portaat ovat pimeänä lokakuusta maaliskuuhun.", "27 000 €"),
    ("Yhteisöpuutarha Malminkartanoon", "Kerrostaloalueella ei ole yhtään viljelypalstaa.", "18 000 €"),
    ("Skeittiramppi Oulunkylään", "Nuoret skeittaavat nyt kauppakeskuksen parkkihallissa.", "75 000 €"),
    ("Senioreiden tanssiillat Kannelmäkeen", "Eläkeläisille ei ole iltaohjelmaa lähellä kotia.", "6 000 € / vuosi"),
    ("Lintutorni Viikin rantaan", "Vanha torni purettiin eikä uutta ole tullut tilalle.", "80 000 €"),
    ("Pöytätennispöydät Jakomäkeen", "Jakomäen nuorilla ei ole ulkona mitään tekemistä iltaisin.", "11 000 €"),
]

FI_AREAS = ["Mellunmäki", "Vuosaari", "Maunula", "Malmi", "Kontula", "Lauttasaari", "Herttoniemi", "Pukinmäki",
            "Pihlajamäki", "Malminkartano", "Oulunkylä", "Kannelmäki", "Viikki", "Jakomäki"]


def gen_fi_proposals(rng, n):
    out = []
    props = FI_PROPOSALS[:]
    rng.shuffle(props)
    for i in range(n):
        title, body, cost = props[i % len(props)]
        area = FI_AREAS[FI_PROPOSALS.index((title, body, cost))]
        k = rng.choice([1, 2, 2, 3])
        people = list(zip(rng.sample(FI_FIRST, k), rng.sample(FI_LAST, k)))
        full = [f"[[P:{f[0]} {l[0]}]]" for f, l in people]
        style = i % 6
        if style == 0:
            sig = "Ehdottajat: " + _join_fi(full)
        elif style == 1:
            sig = "Ehdottaja: " + full[0] + ", " + area
        elif style == 2:
            if k == 1:
                sig = "Ehdotuksen jätti " + full[0] + " yhdessä taloyhtiön hallituksen kanssa"
            else:
                sig = "Ehdotuksen jättivät " + _join_fi(full) + " (naapurit samasta rapusta)"
        elif style == 3:
            sig = "Ehdottajat:\n" + "\n".join("- " + x for x in full)
        elif style == 4:
            sig = "t. " + _join_fi([f"[[P:{f[0]}]]" for f, _ in people]) + " / " + area
        else:
            sig = "Terveisin " + full[0] + (" ja kaverit" if k > 1 else "")
        contact = ""
        c = rng.randrange(4)
        f0, l0 = people[0]
        if c == 0:
            contact = f"\nYhteystiedot: [[T:{_phone(rng)}]]"
        elif c == 1:
            contact = f"\nSähköposti: [[E:{_email(rng, f0[0], l0[0])}]]"
        elif c == 2 and style != 4:
            addr, pc = rng.choice(FI_ADDR)
            contact = f"\nOsoite: [[A:{addr}]], {pc} Helsinki"
        text = f"Ehdotus: {title}\n\n{body} Kustannusarvio {cost}.\n\n{sig}{contact}"
        out.append(("fi", text))
    return out


# (nominative, genitive)
FI_ROLES = [("suunnittelija", "suunnittelijan"), ("puistosuunnittelija", "puistosuunnittelijan"),
            ("liikennesuunnittelija", "liikennesuunnittelijan"),
            ("vuorovaikutussuunnittelija", "vuorovaikutussuunnittelijan"),
            ("liikuntapaikkasuunnittelija", "liikuntapaikkasuunnittelijan"),
            ("projektipäällikkö", "projektipäällikön"), ("nuorisotyön ohjaaja", "nuorisotyön ohjaajan"),
            ("maisema-arkkitehti", "maisema-arkkitehdin")]
FI_OUTCOMES = [
    "Ehdotus on toteuttamiskelpoinen ja etenee äänestykseen.",
    "Ehdotus yhdistetään samankaltaiseen ehdotukseen samalla alueella.",
    "Ehdotusta ei voida toteuttaa, koska alue on valtion omistuksessa.",
    "Ehdotus on toteutettavissa, mutta kustannusarviota on nostettu.",
    "Ehdotus kuuluu kaupungin normaaliin kunnossapitoon, joten se siirretään ylläpidon työlistalle.",
]


def gen_fi_staff(rng, n):
    out = []
    for i in range(n):
        f, l = _fi_person(rng)
        role, role_gen = rng.choice(FI_ROLES)
        outcome = rng.choice(FI_OUTCOMES)
        num = rng.randrange(1000, 3500)
        cost = f"{rng.randrange(5, 200)} {rng.choice(['000', '500'])} €"
        style = i % 5
        if style == 0:
            t = (f"Kaupungin vastaus: {outcome} Arvioitu hinta {cost}. {_cap(role)} [[P:{f[0]} {l[0]}]] "
                 f"vastaa ehdotuksen jatkovalmistelusta.")
        elif style == 1:
            t = (f"Ehdotus #{num}\nKaupungin arvio: {outcome}\nVastauksen laati {role} [[P:{f[0]} {l[0]}]]. "
                 f"Lisätietoja: [[E:{_fold(f[0])}.{_fold(l[0])}@hel.fi]]")
        elif style == 2:
            t = (f"{_cap(role)} [[P:{f[0]} {l[0]}]] vastaa: {outcome} Kustannusarvio {cost}. "
                 f"Kysymykset puhelimitse [[T:09 310 {rng.randrange(20000, 89999)}]].")
        elif style == 3:
            t = (f"Hei kaikki! {outcome} Kävin paikan päällä {role_gen} "
                 f"[[P:{f[0]} {l[1]}]] kanssa viime viikolla. Terveisin, OmaStadi-tiimi")
        else:
            t = (f"Kiitos kysymyksestä! Kustannusarvio {cost} perustuu {role_gen} "
                 f"[[P:{f[0]} {l[1]}]] laskelmaan vastaavista kohteista. {outcome}")
        out.append(("fi", t))
    return out


FI_COMMENTS = [
    "hyvä idea, äänestän varmasti", "mutta kuka maksaa ylläpidon", "olen asunut täällä 30 vuotta ja tätä on "
    "odotettu", "tämä ei kyllä kuulu OmaStadiin", "samaa mietin itsekin viime kesänä", "meidän lapset "
    "käyttäisi tätä joka päivä", "en ole vakuuttunut, hinta on liian kova", "paikka on kyllä huonosti valittu",
    "tätä on toivottu jo vuosia", "pitäisikö tämä yhdistää naapuriehdotukseen",
]
FI_REPORTED = [
    "taloyhtiö ei vastusta hanketta", "paikka on jo varattu kaupungin omiin töihin", "hinta-arvio on "
    "todennäköisesti alakanttiin", "asukasyhdistys voi hoitaa talkoot", "vastaava laite on jo Kontulassa",
]


def gen_fi_comments(rng, n):
    out = []
    for i in range(n):
        f, l = _fi_person(rng)
        c = rng.choice(FI_COMMENTS)
        q = "?" if c.startswith(("mutta kuka", "pitäisikö")) else "."
        style = i % 7
        if style == 0:
            t = f"[[P:{f[0]}]], {c}{q}"
        elif style == 1:
            t = f"Kiitos [[P:{f[2]}]] {rng.choice(['aktiivisuudesta', 'kuvista', 'nimien keruusta'])}! {_cap(c)}{q}"
        elif style == 2:
            t = f"Olen samaa mieltä [[P:{f[1]}]] kanssa, {c}{q}"
        elif style == 3:
            t = f"Kysyin asiaa [[P:{f[3]}]] asukasillassa ja hänen mukaansa {rng.choice(FI_REPORTED)}."
        elif style == 4:
            t = f"@[[P:{f[0]} {l[0]}]] {c} 👍"
        elif style == 5:
            t = f"Vastaus [[P:{l[2]}]]: {c}{q} Ja [[P:{f[0]}]] hei, tule ensi kerralla talkoisiin!"
        else:
            t = f"{_cap(c)}{q} Tämä on kuitenkin [[P:{f[0]} {l[1]}]] ehdotus, ja hän on tehnyt paljon töitä."
        out.append(("fi", t))
    return out


FI_NEG_PLACES = [
    ("Tapanilan", "alue"), ("Heikinlaakson", "alue"), ("Marjaniemen", "alue"), ("Kaisaniemen puiston", "puisto"),
    ("Sofianlehdon", "puisto"), ("Aleksis Kiven koulun", "koulu"), ("Minna Canthin kadun", "katu"),
    ("Topeliuksenkadun", "katu"), ("Runeberginkadun", "katu"), ("Annankadun", "katu"), ("Fredrikinkadun", "katu"),
    ("Agricolankadun", "katu"), ("Tove Janssonin puiston", "puisto"), ("Sibeliuksen puiston", "puisto"),
    ("Ida Aalbergin tien", "katu"), ("Onnin puiston", "puisto"), ("Mannerheimintien", "katu"),
]
FI_NEG_ISSUE = {
    "alue": ["asemanseudulle tarvitaan katettu pyöräparkki", "metsäpolulle kaivataan valaistusta",
             "uimarannalle tarvitaan pukukoppi ja roska-astioita"],
    "puisto": ["leikkipaikalle uudet keinut ja kiipeilyteline", "nurmikolle lisää penkkejä ja roskiksia",
               "reiteille parempi talvikunnossapito"],
    "koulu": ["pihalle varjoa ja istutuksia", "pihalle kiipeilyseinä ja pingispöytä"],
    "katu": ["varrelle lisää pyörätelineitä", "suojatiet ovat liian pitkiä, tarvitaan keskisaareke",
             "jalkakäytävälle penkkejä ikäihmisille"],
}


def gen_fi_negatives(rng, n):
    out = []
    places = FI_NEG_PLACES[:]
    rng.shuffle(places)
    for i in range(n):
        place, kind = places[i % len(places)]
        issue = rng.choice(FI_NEG_ISSUE[kind])
        cost = f"{rng.randrange(3, 150)} 000 €"
        extra = rng.choice([
            f"Ehdotus sai viime kierroksella {rng.randrange(80, 1900)} ääntä.",
            f"Toteutus aikaisintaan vuonna {rng.choice([2025, 2026, 2027])}.",
            f"Ehdotus nro {rng.randrange(1000, 3500)}, Keskinen suurpiiri.",
            "Kaupunginosayhdistys tukee ehdotusta.",
            f"Hinta tarkentuu suunnittelussa, arvio ±{rng.choice([10, 15, 20])} %.",
        ])
        out.append(("fi", f"{place} {issue}. Kustannusarvio {cost}. {extra}"))
    return out


EN_PROPOSALS = [
    ("Benches along the Lauttasaari shore path", "7 000 €"),
    ("A covered bike shelter at Kontula metro", "25 000 €"),
    ("Free English-language storytime at Pasila library", "4 500 € / year"),
    ("Climbing wall for the Kallio youth centre", "32 000 €"),
    ("Night lighting for the Vuosaari beach volleyball courts", "19 000 €"),
    ("Outdoor chess tables in Kaisaniemi park", "8 000 €"),
]


def gen_en(rng, n):
    out = []
    for i in range(n):
        name = rng.choice(EN_NAMES)
        first, last = name.split(" ", 1)
        title, cost = rng.choice(EN_PROPOSALS)
        style = i % 6
        if style == 0:
            other = rng.choice([x for x in EN_NAMES if x != name])
            t = f"Proposal: {title}\nCost estimate: {cost}\nProposed by [[P:{name}]] and [[P:{other}]]"
        elif style == 1:
            t = "@[[P:" + first + "]] " + rng.choice([
                "good point about maintenance, but the city covers that for the first five years.",
                "agreed, the location is the weak spot of this one.", "did you check the city map? that lot is "
                "private.", "totally, my kids would use it daily", "not sure about the price tbh"])
        elif style == 2:
            t = (f"Thanks to [[P:{first}'s]] neighbour [[P:{rng.choice(EN_NAMES)}]] for the drawings! "
                 f"{title} is now in the voting phase.")
        elif style == 3:
            t = f"Contact person for \"{title}\": [[P:{name}]], [[E:{_email(rng, first, last)}]]"
        elif style == 4:
            f, l = _fi_person(rng)
            t = (f"City's response: the proposal \"{title}\" is feasible, estimated at {cost}. Planner "
                 f"[[P:{f[0]} {l[0]}]] will follow up with [[P:{first}]].")
        else:
            t = f"Proposed by [[P:{name}]] ([[T:{_phone(rng)}]]). {title}, {cost}. Please vote!"
        out.append(("en", t))
    return out


EN_NEG = [
    "Voting opens on {d} October. Each resident aged 12+ can vote once per district. Our proposal is #{n}.",
    "Cost breakdown: design {a} 000 €, construction {b} 000 €, contingency 10 %. Total approx. {c} 000 €.",
    "Last round the southern district had {v} voters and 14 proposals got funded.",
    "The path from Topeliuksenkatu to Sibelius park is unlit. Proposal #{n}, estimate {c} 000 €.",
    "Aleksis Kivi school and Tove Jansson park both appear on the list of sites for new benches ({v} votes).",
    "Bus 550 stops right next to the site, so accessibility is good. Estimated cost {c} 000 €.",
    "Opening hours suggestion: Mon–Fri 8–20, Sat 10–16. Currently the hall closes at 18. Proposal #{n}.",
    "Mannerheimintie and Runeberginkatu junction needs a longer pedestrian green. {v} people signed the petition.",
]


def gen_en_neg(rng, n):
    out = []
    tmpl = EN_NEG[:]
    rng.shuffle(tmpl)
    for i in range(n):
        a, b = rng.randrange(2, 20), rng.randrange(10, 90)
        t = tmpl[i % len(tmpl)].format(d=rng.randrange(1, 10), n=rng.randrange(1000, 3500), a=a, b=b,
                                       c=a + b + rng.randrange(2, 9), v=rng.randrange(200, 9000))
        out.append(("en", t))
    return out


SV_POS = [
    "Förslagsställare: [[P:{n1}]] och [[P:{n2}]]\nKostnad: ca {c} 000 €",
    "Förslaget skrevs av [[P:{n1}]] tillsammans med grannen [[P:{f2}]]. Ring gärna: [[T:{ph}]]",
    "Min farmor [[P:{f1}]] skulle äntligen kunna gå till torget om det fanns bänkar längs vägen. /[[P:{n2}]]",
    "Svar till [[P:{f1}]]: nej, förslaget gäller bara lekparken, inte hela parken.",
    "Jag håller med [[P:{n1}]], men kostnaden ({c} 000 €) känns hög för tre bänkar.",
    "Tack [[P:{f1}]] för hjälpen med ritningarna! Vi röstar alla.",
    "Kontaktperson: [[P:{n1}]], [[T:{ph}]]",
    "Stadens svar: Förslaget är genomförbart. Planeraren [[P:{n1}]] har bedömt kostnaden till {c} 000 €.",
    "@[[P:{f1}]] håller med, men bänkarna borde placeras i skuggan.",
    "Vi träffas hos [[P:{f2}]] på [[A:{addr}]] på söndag för att göra affischerna.",
]
SV_NEG = [
    "Förslaget nr {nr} fick {v} röster i fjol men räckte inte till. Nytt försök!",
    "Runebergsgatan saknar cykelställ vid biblioteket. Kostnad ca {c} 000 €.",
    "Sibeliusparken och Brunnsparken behöver fler papperskorgar, särskilt på sommaren.",
    "Lekparken i Nordsjö stänger kl. 20. Förslag: belysning till kl. 22, kostnad {c} 000 €.",
    "Topelius skola har föreslagit tak över cykelstället. Uppskattad kostnad {c} 000 € (moms ingår).",
    "Röstningen stänger den 31 oktober. Resultaten publiceras i november {y}.",
]


def gen_sv(rng, npos, nneg):
    out = []
    pos = SV_POS[:]
    rng.shuffle(pos)
    for i in range(npos):
        n1, n2 = rng.sample(SV_NAMES, 2)
        out.append(("sv", pos[i % len(pos)].format(
            n1=n1, n2=n2, f1=n1.split()[0], f2=n2.split()[0], c=rng.randrange(4, 90), ph=_phone(rng),
            addr=rng.choice(SV_ADDR))))
    neg = SV_NEG[:]
    rng.shuffle(neg)
    for i in range(nneg):
        out.append(("sv", neg[i % len(neg)].format(nr=rng.randrange(1000, 3500), v=rng.randrange(100, 2000),
                                                   c=rng.randrange(3, 60), y=rng.choice([2025, 2026]))))
    return out


def records():
    rng = random.Random(SEED)
    recs = []
    recs += [("fi", t) for t in FI_HAND_A]
    recs += [("fi", t) for t in FI_HAND_B]
    recs += [("en", t) for t in EN_HAND]
    recs += [("sv", t) for t in SV_HAND]
    recs += gen_fi_proposals(rng, 17)
    recs += gen_fi_staff(rng, 10)
    recs += gen_fi_comments(rng, 17)
    recs += gen_fi_negatives(rng, 4)
    recs += gen_en(rng, 17)
    recs += gen_en_neg(rng, 3)
    recs += gen_sv(rng, 10, 2)
    rng.shuffle(recs)
    return recs
