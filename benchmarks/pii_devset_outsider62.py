"""Blind evaluation block 62 for the personal-data scrubber: "a random day of feedback".

Written by helper "outsider 62" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, nor /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file, or
anything in /work/scratch/ other than the brief itself. I ran no git commands, did not run the scrubber or any
evaluation. The texts come only from the brief and my own knowledge of how residents write.

Focus: a realistic sample of one day's Open311 feedback messages to the City of Helsinki (complaints, reports,
questions, thanks, requests for compensation) in Finnish (~60 %), Swedish (~20 %) and English (~20 %). Each
message carries zero to four pieces of personal data of each label, written the way residents write them:
names in signatures and in running text (capitalised, lower case, inflected, foreign), phone numbers in many
formats, e-mails, home addresses in several forms, licence plates with and without a cue and in any case,
HETUs when asking about a fine or a benefit, bank accounts when asking for compensation (IBAN in different
groupings, old domestic format, foreign IBANs), IP addresses when reporting a web form error. Lengths vary from
one line to several paragraphs. About a third of the records are hard negatives (parks and streets without
house numbers, places named after people, famous people, first-name-like common words such as Onni, Toivo,
Tuuli, Armas, Bill, Grace, Mark, Frank, pets, bus lines, case and reference numbers, prices, opening hours,
version strings). Roughly two thirds of the records are written individually by hand; the rest come from the
small generators at the end of this file.

Seed: 6262 (random.Random(SEED) is the only source of randomness).

Markup: [[LABEL:text]] around each piece of personal data. Labels: P person name (Finnish case endings,
English possessive 's and Swedish genitive -s inside the span; titles and role words outside), E e-mail,
T phone number (whole number, country code included), H Finnish personal identity code (HETU), I IBAN or
bank account number, R vehicle licence plate, IP IP address, A street address with a house number (street +
number + staircase + flat; postal code and city outside). Famous people and names of streets, parks,
buildings and brands are not marked.
"""

import random

SEED = 6262

FI_HAND = [
("fi", """Mäkelänkadulla Sturenkadun risteyksen kohdalla on iso kuoppa keskellä pyörätietä, melkein kaaduin siihen aamulla. Laittakaa edes joku merkki ennen kuin joku loukkaantuu."""),
("fi", """Hei,
auto jonka rekisterinumero on [[R:KMN-482]] on seissyt meidän talon pelastustiellä jo kolme päivää, osoite [[A:Kivikonkaari 14]]. Isännöitsijä ei vastaa puhelimeen. Voisiko pysäköinninvalvonta käydä katsomassa?

t. [[P:Riikka Mattila]]
[[T:040 718 2293]]"""),
("fi", """VAHINGONKORVAUSVAATIMUS

Ajoin 3.2. noin klo 17.40 Hämeentietä pohjoiseen ja Arabianrannan kohdalla oikea etupyörä osui syvään kuoppaan jota ei ollut merkitty mitenkään. Vanne vääntyi ja rengas meni rikki. Korjauslasku 486,20 € on liitteenä (Rengas-Center, lasku nro 2024-11873).

Pyydän korvausta tilille [[I:FI17 5823 0540 5220 67]].

Ystävällisin terveisin
[[P:Jari Heikkinen]]
[[A:Asolanväylä 22 C 18]], 01400 Vantaa
puh. [[T:050 344 9120]]"""),
("fi", """Sain pysäköintivirhemaksun 60 € vaikka mulla on asukaspysäköintitunnus tälle alueelle (tunnus oli tuulilasissa!!). Auto [[R:ztx-519]]. Maksun tunniste on 7012 3344 5566. Voitteko tarkistaa? Henkilötunnukseni jos tarvitsette: [[H:180745-405X]]
[[P:Eila Korhonen]]"""),
("fi", """Lumi on aurattu kävelytien päälle Kaisaniemen puiston läpi menevällä reitillä, lastenvaunujen kanssa ei pääse mitenkään. Tämä on jo kolmas kerta tällä viikolla."""),
("fi", """Tuuli kaatoi ison koivun Alppipuistossa polun poikki eilen illalla n. klo 22. Kukaan ei onneksi loukkaantunut mutta puu on edelleen siinä ja ihmiset kiipeää sen yli pimeässä."""),
("fi", """Naapurin [[P:lahtisen]] koira haukkuu parvekkeella joka päivä aamusta iltaan kun ne on töissä. Ollaan yritetty puhua mutta ei auta. Mihin tästä pitäisi ilmoittaa, ympäristöpalveluille vai poliisille?"""),
("fi", """Iso kiitos puistotyöntekijä [[P:Jannelle]] joka auttoi mun isää pääsemään ylös kun se kaatui Töölönlahden rannassa viime torstaina! Harvinaisen ystävällinen ja kärsivällinen. Välittäkää kiitos eteenpäin 🙏"""),
("fi", """Milloin Hietaniemen uimaranta avataan tänä kesänä? Viime vuonna vesi testattiin vasta kesäkuun puolivälissä. Entä tuleeko sinne taas rantavalvonta?"""),
("fi", """Katuvalot ei toimi Pihlajamäentiellä bussipysäkin H3125 kohdalla eikä siitä eteenpäin n. 200 metrin matkalla. Todella pimeää ja liukasta kävellä, varsinkin koululaisilla aamulla."""),
("fi", """Viittaan aiempaan palautteeseeni HEL 2024-012847. Asiaa ei ole korjattu vaikka vastauksessa luvattiin että korjaus tehdään viikolla 12. Nyt on viikko 15."""),
("fi", """Toivo on että Toukolan rantapuistoon saadaan vihdoin lisää roskiksia, viikonloppuisin ne on ihan täynnä jo lauantaina iltapäivällä ja lokit levittää roskat pitkin nurmikkoa."""),
("fi", """hei olen yrittänyt ilmoittaa rikkinäisestä keinusta palautelomakkeella mutta lomake antaa koko ajan virheen "Request failed 502". Kokeilin kahdella selaimella. IP-osoitteeni on [[IP:84.248.73.201]] jos siitä on apua teidän it-tuelle.
-[[P:Tuomas]]"""),
("fi", """Hyvä vastaanottaja

Olen 82-vuotias ja asun yksin osoitteessa [[A:Siltavoudintie 4 B 27]]. Talomme edessä olevaa jalkakäytävää ei ole hiekoitettu koko talvena ja en uskalla lähteä edes kauppaan. Tyttäreni [[P:Päivi]] käy nyt kaupassa puolestani mutta hänkin asuu Espoossa.

Pyydän että asialle tehdään jotain.

Kunnioittavasti
[[P:Raili Tuominen]]
p. [[T:09 385 2271]]"""),
("fi", """Hietalahden telakan vieressä, Bulevardin päässä, on vesiposti joka vuotaa taukoamatta. Vettä valuu kadulle ja se jäätyy öisin."""),
("fi", """[[P:Ville Karjalainen]] täällä, ajoin pyörällä eilen Lauttasaarentiellä ja kaaduin routaheiton takia. Käsi murtui (on lääkärintodistus). Haluan hakea korvausta. Tili [[I:FI30 2399 4723 6715 34]], puhelin [[T:+358 44 912 0073]]. Kotiosoite [[A:Särkiniementie 9 A 3]], 00210 Helsinki."""),
("fi", """Onni oli matkassa kun ratikka 7 ehti jarruttaa, joku oli jättänyt sähköpotkulaudan keskelle kiskoja Hakaniementorin kohdalla. Näitä lautoja on ihan joka paikassa, voisiko kaupunki rajoittaa niiden määrää?"""),
("fi", """Koiramme Musti löysi Keskuspuistosta Paloheinän puolelta useita rikottuja lasipulloja polun varresta. Musti sai haavan tassuun. Siivotkaa pliis."""),
("fi", """Hei! Meidän päiväkodin (Päiväkoti Lepolampi) pihan aita on rikki kahdesta kohtaa ja lapset pääsee kadulle. Asia on kiireellinen. Minuun saa yhteyden [[T:0451237780]] tai [[E:kirsi.laine@edu.hel.fi]]. -[[P:Kirsi Laine]], varhaiskasvatuksen opettaja"""),
("fi", """Miksi Esplanadin puistossa Runebergin patsaan vieressä olevat penkit on viety pois? Siinä oli kiva istua syömässä eväitä."""),
("fi", """terve, isäni [[P:Erkki Salminen]] ([[H:170640-044J]]) sai laskun kotihoidosta kahteen kertaan samasta kuukaudesta (maaliskuu). Toinen lasku olisi pitänyt hyvittää mutta nyt tuli jo maksumuistutus. Hänen puolestaan asioi [[P:Marko Salminen]], [[T:040-5512398]]. Kiitos"""),
("fi", """Uimahallin aukioloajat muuttuivat eikä sitä kerrottu missään: ennen ma-pe 6.30-21, nyt vasta 8-20. Aamuuimarit kärsii. Ja sarjakortti 10 krt maksaa nyt 52 € vaikka viime vuonna 46 €."""),
("fi", """Bussin 550 klo 7.42 lähtö Itäkeskuksesta jäi taas ajamatta. Tiedän että tämä on HSL:n asia mutta välitättekö? Neljäs kerta kuussa."""),
("fi", """Taloyhtiömme [[A:Kolmas linja 9]] roskakatos on jatkuvasti ulkopuolisten käytössä, joku tuo sinne isoja huonekaluja ja remonttijätettä. Viimeksi tänään aamulla harmaa pakettiauto [[R:BNU-77]], kuski purki sohvan ja lähti. Kuvat liitteenä.

Hallituksen pj [[P:Henna Kinnunen]]
[[E:henna.kinnunen@gmail.com]]"""),
("fi", """Armas aika kuinka kauan tätä Hämeentien remonttia vielä kestää?? Ensin luvattiin valmista 2023, sitten 2024 ja nyt ei sano kukaan mitään."""),
("fi", """Hei

Haluaisin kysyä onko mahdollista saada korvausta vaatteista jotka meni pilalle kun astuin tuoreeseen merkintämaaliin Fredrikinkadulla. Mitään kylttiä tai nauhaa ei ollut. Housut ja kengät yht. n. 180 €, kuitit löytyy.

[[P:Noora Jokinen]]
[[E:noora.jokinen88@hotmail.com]]
tilinro [[I:fi85 2372 6396 4187 28]]"""),
("fi", """Alepan edessä Kalliossa on rikkinäinen kaupunkipyöräteline, telineet 3 ja 4 ei lukitse pyörää ollenkaan. Sovelluksessa näkyy että pyörä on vapaa vaikka se on otettu."""),
("fi", """Mä asun [[A:Porvoonkatu 27 C 64:ssä]] ja meidän kadun kierrätyspiste on täynnä joka maanantai. Voisko tyhjennystä lisätä? terv. [[P:jukka]]"""),
("fi", """Naapurin auto [[R:GUL-302]] on pysäköity suojatien päälle taas. joka ikinen ilta. Ei näe lapsia kun ne tulee autojen välistä."""),
("fi", """Leikkipuisto Linjojen hiekkalaatikossa on tänään aamulla ollut paljon lasinsiruja ja yksi ruisku. Soitin jo leikkipuiston ohjaajalle, mutta ilmoitan tännekin."""),
("fi", """Moi, kysyisin tyttäreni varhaiskasvatusmaksusta. Meidän tulot pieneni tammikuussa kun mies jäi työttömäksi mutta lasku on edelleen sama 311 €. Lapsen hetu [[H:231206A258C]], minun [[H:151280-5369]]. Tuloselvitys tehty 14.1.
[[P:Satu Lehtonen]] [[T:0500 227 418]]"""),
("fi", """Ylen uutisissa kerrottiin että Sibeliuksen monumentin ympäristö kunnostetaan. Olisi ihan hyvä laittaa samalla yleinen vessa sinne, turistibussit pysähtyy ja ihmiset menee pusikkoon."""),
("fi", """Kiitos kaupunkiympäristön toimialalle ja erityisesti [[P:Merja Saarisen]] tiimille, Vuosaaren uusi skeittipaikka on aivan mahtava! Poika on siellä joka päivä."""),
("fi", """Ilmoitan että [[A:Myllypurontie 20]] kohdalla on kaatunut liikennemerkki. Se makaa pyörätiellä."""),
("fi", """Hyvät herrat

Sähköpostiini [[E:s.nieminen@kolumbus.fi]] ei ole tullut vastausta palautteeseen jonka lähetin 12.2. (asia: meluhaitta rakennustyömaalta Kalasatamassa, työt alkaa klo 6 vaikka lupa on klo 7 alkaen). Odotan vastausta.

[[P:Seppo Nieminen]]"""),
("fi", """Ois kiva jos Kumpulan maauimalan kahvio olis auki myös arkisin. Ja sinne pitäis saada enemmän varjopaikkoja."""),
("fi", """Pyydän vahingonkorvausta koska kaupungin lumiaura rikkoi meidän aidan ja postilaatikon osoitteessa [[A:Pakilantie 61]] yöllä 18.-19.1. Aura-auton tunnukset oli 4411 (kuva on). Aidan korjaus maksoi 640 €, kuitti liitteenä.

Korvauksen voi maksaa tilille [[I:FI71 4387 5672 0943 83]] (S-Pankki), tilinomistaja [[P:Arto Rantanen]].

puh [[T:+358405559120]]"""),
("fi", """Myyrmäen urheilupuistossa… eiku sori se on Vantaata. Mutta Helsingin puolella Malmin urheilupuiston pukuhuoneissa suihkut on olleet kylmiä jo kuukauden. Kerroin valvojalle."""),
("fi", """Asukaspysäköintitunnuksen haku ei onnistu verkossa, sivu kaatuu kun painan "Maksa". Yritin nyt viisi kertaa. Virhekoodi 0x80070005, selain Chrome 120.0.6099.130, koneen ip näyttää olevan [[IP:192.168.1.14]] (en tiedä onko se oikea). Auto on [[R:SKX-803]].
[[P:Heikki Hämäläinen]]"""),
("fi", """Kuka tekee päätöksen siitä että Aleksanterinkatu suljetaan autoilta joulukuussa? Kauppiaat ei ole kuulleet mitään."""),
("fi", """Hei. Huomasin että kadulla on auto jonka takaikkuna on rikottu ja lasit kadulla, [[R:ABC-123]] ei vaan se on [[R:ACB-132]], en ole varma. Osoite [[A:Vaasankatu 18]]. Ilmoitan myös poliisille."""),
("fi", """Kaupunkiympäristön asiakaspalvelu ei vastaa puhelimeen, jonotin 47 minuuttia. Miksei palvelu ole auki lauantaisin?"""),
("fi", """moro, Tapulikaupungin kirjaston edessä olevat pyörätelineet on täynnä romupyöriä, osassa lappu jo vuodelta 2022. Milloin ne viedään pois?"""),
("fi", """Olisin tarvinnut tietoa miten haetaan Helsinki-lisää kotihoidon tukeen. Lapsi syntynyt lokakuussa, minun henkilötunnus [[H:120454-892N]] eikun siis oman äitini, sori, hän kysyy tätä mun koneelta. Oma hetu [[H:260488-3566]]. Sähköposti [[E:aino.ahonen@outlook.com]]
-[[P:Aino Ahonen]]"""),
("fi", """Hakaniemen hallin väliaikaisen hallin edessä on aina autoja lastausalueella. Vaikka kyltti on siinä. Pysäköinninvalvontaa kiitos."""),
("fi", """Kaupungin työntekijä [[P:Jouni]] (en tiedä sukunimeä) oli todella töykeä kun kysyin Oulunkylän seurantalon varauksesta. Puhelu oli ma klo 10.15. Toivon että tähän puututaan."""),
("fi", """Ruoholahdenkadulla ja Itämerenkadun kulmassa on valtava vesilammikko aina kun sataa, kaivo on varmaan tukossa. Autot roiskii vettä jalankulkijoiden päälle."""),
("fi", """En voi kuin ihmetellä miksi kaupunki istuttaa tulppaaneja Mannerheimintien keskikaistalle kun samaan aikaan kouluista säästetään."""),
("fi", """Kirjoitan äitini [[P:Marjatta Koskisen]] puolesta. Hän liukastui 9.1. [[A:Kontulantie 3:n]] edessä jäisellä jalkakäytävällä ja lonkka murtui. Haemme korvausta hoitokuluista ja kivusta. Äidin tiedot: [[P:Marjatta Koskinen]], [[H:210344-392Y]], [[A:Ostostie 5 A 11]], 00940 Helsinki. Korvaukset tilille [[I:FI90 4699 1957 8581 55]]. Yhteyshenkilö minä [[P:Tarja Koskinen]], [[T:045 672 1190]], [[E:tarja.koskinen@elisanet.fi]]."""),
("fi", """Lapsiperheiden kannalta on ihan järjetöntä että Vallilan kirjasto on kiinni sunnuntaisin. Ennen oli auki klo 12-16."""),
("fi", """Pukinmäen asemalla hissi rikki, taas. Ilmoitin 2 viikkoa sitten myös, tapausnumero oli 41178. Rollaattorilla ei pääse laiturille."""),
("fi", """Hei [[P:Minna]], kiitos vastauksesta. Valitettavasti asia ei ole vieläkään kunnossa: kaivonkansi [[A:Kirstinkatu 6:n]] edessä kolisee edelleen joka kerta kun auto ajaa yli, öisin herää siihen.
t. [[P:Ilkka Turunen]]"""),
("fi", """Valitan koulun ruoasta. Lauantaina ei tietenkään ole ruokaa mutta perjantaina Aurinkolahden peruskoulussa oli taas kasvispyöryköitä jotka oli kylmiä. Lapset jättää syömättä."""),
]

FI_HAND2 = [
("fi", """Hei, olen [[P:Olena Kovalenko]] ja asun [[A:Meri-Rastilan tie 8 D 45]]. Suomen kieli ei ole hyvä, anteeksi. Meidän talon vieressä leikkipuisto, liukumäki on rikki ja terävä reuna. Lapsi sai haava. Puhelin [[T:+358 41 733 0918]]. Kiitos"""),
("fi", """Kenelle kuuluu Vuosaaren sataman lähellä oleva kevyen liikenteen silta? Kaiteessa on iso aukko. Kuva liitteenä."""),
("fi", """Roskis täynnä Kallion kirkon vieressä. Taas."""),
("fi", """Ohjaaja [[P:Abdirahman Yusufille]] kiitos! Nuorisotalolla on ollut hänen ansiostaan tosi hyvä meininki koko syksyn ja poikamme on alkanut käydä siellä säännöllisesti."""),
("fi", """Lunta ei ole aurattu Kallvikintien pyörätieltä kahteen päivään vaikka se on priorisoitu reitti. Kaaduin pyörällä [[A:Kallvikintie 28]] kohdalla ja kypärä halkesi. Haluaisin korvausta kypärästä (89,90 €) ja takista. Tilinumero [[I:FI79 1204 6049 3284 91]]
[[P:Joonas Heinonen]]
[[T:0407723145]]"""),
("fi", """Palautelomakkeessa on bugi: kun valitsee kartalta kohteen Espoon rajan läheltä, lomake sanoo että kohde on Helsingin ulkopuolella vaikka ei ole. Testasin kohteella Konalantie / Vihdintie risteys."""),
("fi", """Mun mummo [[P:Aili]] asuu palvelutalossa Kannelmäessä ja hän kertoi että ruoka tulee usein myöhässä ja kylmänä. Voiko tätä selvittää? Mummon puolesta [[P:Essi Järvinen]], [[E:essi.jarvinen@protonmail.com]]"""),
("fi", """Hakaniemen torin remontin aikataulu? Kauppahalli on ollut väistötiloissa jo monta vuotta."""),
("fi", """Tervehdys. Pysäköintivirhemaksu nro 98223451, annettu 5.3. ajoneuvolle [[R:LOP-718]] Fleminginkadulla. Olin lastaamassa muuttokuormaa ja siitä on todisteena muuttofirman kuitti. Pyydän oikaisua. [[P:Juha-Pekka Mäkelä]], [[T:050 12 34 567]]. Henkilötunnus [[H:090163-220Y]]."""),
("fi", """Pikkusuon koirapuiston portti ei mene kiinni, joku koira karkasi viime viikolla Tuusulanväylälle. Onneksi selvisi."""),
("fi", """Kiitos! Vuosaaren uimahallin uusi sauna on ihana."""),
("fi", """Moikka. Meidän kerrostalon [[A:Kaarelantie 87]] vieressä olevassa metsikössä on joku asunut teltassa jo viikkoja ja siellä on paljon roskaa ja tulentekoa. Olen huolissani sekä paloturvallisuudesta että ihmisestä. Voisiko joku sosiaalipuolelta käydä? [[P:Reetta]] p. [[T:050 508 2214]]"""),
("fi", """Asun [[A:Sturenkadulla 27]] ja ikkunani alla on yöllä ajanut katulakaisukone klo 3 ja 4 välillä joka yö tällä viikolla. Onko pakko tehdä se keskellä yötä?? [[P:M. Virtanen]]"""),
("fi", """Oikaisuvaatimus

Vaadin oikaisua pysäköintivirhemaksuun 2024/PV/118342. Ajoneuvo [[R:JKR-94]]. Pysäköintimittari Neitsytpolulla oli rikki (näytti "ERROR 14") ja maksoin sovelluksella, kuitti liitteenä, sovellus näyttää maksun klo 14.02 - 16.02.

[[P:Kristiina Savolainen]]
[[A:Neitsytpolku 10 A 7]]
00140 Helsinki
[[E:kristiina.savolainen@iki.fi]]"""),
("fi", """Ihanaa että Helsinki järjestää taas Lasten festarin Kaisaniemessä! Toivottavasti tänä vuonna enemmän varjoa ja vesipisteitä."""),
("fi", """Keinutuoli, sohva ja jääkaappi heitetty kadulle Kustaankadulla. ei taloyhtiön. Joku tyhjentänyt asunnon."""),
("fi", """Haluan ilmoittaa että [[P:Salon]] perhe naapurissa ([[A:Kustaankatu 4 B 19]]) kasvattaa parvekkeella kyyhkysiä ja ruokkii niitä, koko talon pihat on täynnä kyyhkysten jätöksiä. Olemme puhuneet heille useaan kertaan."""),
("fi", """Miksi Oodin kolmannen kerroksen vessoissa ei ole koskaan paperia. Muuten kiva paikka."""),
("fi", """Hyvä kaupunki,

maksoin vahingossa liikuntapalveluiden kesäleirimaksun kahdesti (2 x 145 €). Palauttakaa toinen maksu tililleni [[I:FI83 4647 7658 9006 11]]. Lapsi [[P:Eino Mattila]], leiri 'Seikkailuleiri vk 26'. Maksaja [[P:Petra Mattila]], [[T:+358 50 441 2077]].
Kiitos!"""),
("fi", """Päivää. Pyydän palauttamaan liikaa perityn vuokravakuuden tilille [[I:800012-70155]] (Nordea). Asunto oli kaupungin vuokra-asunto Heka Kontula, irtisanottu 31.10. [[P:Pentti Lahtinen]] [[T:09 344 1126]]"""),
("fi", """Tämä on jo kolmas palaute samasta asiasta: Oulunkylän tori on ilta-aikaan täynnä rattijuoppoja ja mopoja. Ei kukaan tee mitään."""),
("fi", """mopot ajaa Keskuspuistossa ihan hulluna, eilen melkein ajoi lapsen päälle. rekkari oli jotain [[R:ab-123]] tai vastaavaa, musta mopo. klo 18 aikaan Pirkkolan suunnalla"""),
("fi", """Kiitos [[P:Lindholmille]] ja [[P:Kaijalle]] Kontulan asukastalolta, juhla oli onnistunut ja kaikki oli järjestetty hienosti. t. seniorikerhon väki"""),
("fi", """Kadun nimikyltti Toinen linja / Kaarlenkatu kulmassa on väännetty ylösalaisin. Pikku juttu mutta hämää turisteja 😅"""),
("fi", """Olen yrittänyt varata liikuntasalia Varaamosta koko aamun mutta sivu näyttää pelkkää valkoista. Konsolissa lukee 'CORS error'. Yhteys on taloyhtiön verkosta, julkinen ip [[IP:62.78.145.9]]. Saisinko varauksen tehtyä sähköpostilla? [[E:volley.pakila@gmail.com]] / [[P:Timo Ahonen]]"""),
("fi", """Koulun vieressä ajetaan ylinopeutta Maunulantiellä joka aamu. Voisiko siihen saada hidasteen tai kameran? Asia koskee n. 400 oppilasta."""),
("fi", """Lähetän tämän entisen naapurini puolesta, koska hänellä ei ole nettiä. [[P:Anneli Kivelä]] asuu [[A:Kauppakartanonkatu 7 A 2]], hänen puhelinnumeronsa on [[T:040 1189 332]]. Asunnon ikkunat vetää ja patterit ei lämpene, talo on Hekan. Hän on soittanut Hekalle monta kertaa. Voisiko joku soittaa hänelle? Hän kuulee huonosti, puhukaa kovaa ja hitaasti."""),
("fi", """Sähköpotkulautoja lojuu Kampin bussiterminaalin sisäänkäynnin edessä, ihmiset kompastelee. Voiko niille tehdä pysäköintialueen?"""),
("fi", """Hei [[P:Liisa]]! Sain viestisi. Käy hyvin että tulette katsomaan puuta torstaina klo 9–11. Portin koodi on 2580. Pihalla on iso koira mutta se on kiltti.
[[P:Olli Niemi]], [[A:Ulvilantie 11 b]]"""),
("fi", """Voisko kaupunki laittaa Hesperian puistoon enemmän penkkejä? Ja nimenomaan sellaisia joissa on selkänoja, vanhukset ei pysty istumaan noilla pökkelöillä."""),
("fi", """En ole saanut sotilasavustuksesta päätöstä?? Hain jo lokakuussa. Miksi näin hidasta. hetu [[H:110197-211R]] [[P:aleksi korpela]]"""),
("fi", """Pyydän, että [[A:Helsinginkatu 25:n]] kohdalla oleva pysäköintiautomaatti korjataan, se syö kolikot eikä anna lippua. Menetin 4 €."""),
("fi", """Viikonloppuna Suomenlinnan lautalla oli valtava jono ja lautta lähti täynnä, moni jäi rannalle. Vuoroväliä pitäisi tihentää kesällä."""),
("fi", """Lumenkasa on kasattu juuri meidän kotikadun ([[A:Harjukatu 12]]) jalkakäytävälle niin että kävelijät joutuu kulkemaan ajoradalla. Olen [[P:Pia Koivisto]], p. [[T:+358 (0)44 501 8823]]"""),
("fi", """Kuka vastaa Vuosaaren uimarannan koppien ylläpidosta? Ovet rikki, lukot rikki."""),
("fi", """Herra [[P:Nguyen Van Minh]] pyytää apua: hänen ravintolansa [[A:Itäkatu 11]] edessä olevaa terassialuetta on rajattu, mutta hän on maksanut terassiluvan koko kesälle. Lupatunnus HEL 2024-004471. Asiaa hoitaa tytär [[P:Linh]], [[E:linh.nguyen.fi@gmail.com]]."""),
("fi", """Hyvää työtä kaupunki! Töölönlahden uusi valaistus on upea."""),
("fi", """Tiedoksi: olen lähettänyt samasta asiasta palautteen myös kaupunginvaltuutettu [[P:Heinoselle]]. Pallokenttä on ollut lukossa koko kesän."""),
("fi", """Kävin Vuosaaren terveysasemalla ja parkkipaikalla joku oli pysäköinyt invapaikalle ilman tunnusta. Valkoinen Toyota, [[R:FNL 628]]. Klo 10.20."""),
("fi", """Sadevesikaivo tukossa Kauppamiehentiellä Tapiolassa, ja tiedän että se on Espoota mutta kokeilen täältä jos palaute menee eteenpäin."""),
("fi", """Pyydän korvausta puhelimesta joka putosi Sörnäisten metroaseman liukuportaiden rakoon kun portaat pysähtyi äkillisesti. Näyttö rikki, korjaus 249 €. IBAN: [[I:FI75 2262 8746 2437 69]]. [[P:Miro Hiltunen]]"""),
("fi", """Palautteenne mukaan "asia on siirretty urakoitsijalle". Mikä urakoitsija? Kenelle voin soittaa? Keinu on ollut rikki 3 kuukautta. Merihaan leikkipuisto."""),
("fi", """Puolisoni [[P:Mohammed]] yritti soittaa kaupungin neuvontaan mutta siellä ei palvella arabiaksi eikä englanniksi. Voisiko hänelle soittaa suomeksi mutta selkokielellä? Numero [[T:0466 291 703]]. Asia on toimeentulotuen täydentävä osa."""),
("fi", """Itäkeskuksen uimahallissa oli tänään taas niin paljon klooria että silmät kirveli koko illan."""),
("fi", """hei kiitos kun vaihdoitte meidän pihan [[A:Neitsytpolku 4]] lampun nopeasti!!"""),
("fi", """Kysymys: voiko Laajasalon kirjastossa pitää syntymäpäiväjuhlat? Lapsi täyttää 7 ja hänellä olisi n. 12 kaveria. Sunnuntai 14.4. klo 13–15 olisi toiveissa."""),
("fi", """Autoja ajaa Tehtaankadulla bussikaistalla koko ajan. Tänään yksi ajoi melkein minua päin pyörätiellä, auton rekisteri [[R:XYS-1]]? tai [[R:XYS-7]], diplomaattiauto varmaan. Siinä Neuvostoliiton vanhan suurlähetystön kohdalla."""),
("fi", """Käyttäjätunnuksellani [[E:pertti.saarela@sulake.fi]] ei pääse enää Asiointiin, se sanoo että tunnus on lukittu. Kaupungin it:stä sanottiin että ip [[IP:91.152.20.44]] on estetty liian monen yrityksen takia. Kuinka kauan esto kestää?
[[P:Pertti Saarela]]"""),
("fi", """Palaute koskee Malmin lentokentän aluetta: koirat juoksee vapaana ja peloittavat lapsia. Kylttejä ei ole."""),
("fi", """Moi, mun pyörä varastettiin kaupunkiympäristön talon pyörätelineestä Työpajankadulla ja vartija sanoi että kamera on kyllä mutta tallenteita ei anneta. Voiko niitä pyytää poliisin kautta? terv. [[P:Sami]] / [[T:044-307 1195]]"""),
]

FI_HAND3 = [
("fi", """---------- Välitetty viesti ----------
Lähettäjä: [[P:Kaisa Wikström]] <[[E:kaisa.wikstrom@yhtio.fi]]>
Päivämäärä: ti 9.4. klo 8.12
Aihe: Re: Pysäköintihalli Kalasatama

Hei [[P:Tomi]],
laitan tämän eteenpäin kaupungille, en tiedä kenelle kuuluu.

> Halli on pimeänä ja B-tason hissi ei toimi. Yksi auto ([[R:MYK-410]]) on ollut
> ovien edessä koko viikon.
> t. [[P:Tomi Rinne]] [[T:044 580 3312]]

Ystävällisin terveisin,
[[P:Kaisa]]"""),
("fi", """Hei,

Tämä on vähän pitkä viesti, pahoittelen. Asumme perheen kanssa Vuosaaressa ja lapset käy Meri-Rastilan alakoulua. Koulumatkalla on kaksi suojatietä Meri-Rastilan tiellä ilman liikennevaloja ja autot ajaa niistä usein yli vaikka lapsi on jo tiellä. Viime keskiviikkona 7-vuotiaani oli vähällä jäädä auton alle.

Olemme keränneet vanhempien kesken adressin (86 nimeä) ja toivomme että suojateille saadaan valot tai vähintään korotetut suojatiet ennen syksyä.

Olen valmis tulemaan keskustelemaan asiasta. Minut tavoittaa parhaiten iltaisin.

Terveisin
[[P:Hanna Rautio]]
vanhempainyhdistyksen puheenjohtaja
[[T:+358 40 662 1840]]
[[E:hanna.rautio@saunalahti.fi]]"""),
("fi", """Herttoniemen rannassa Kaisla-nimisen ravintolan vieressä on kaatunut roska-astia. Tuuli on vienyt roskat veteen."""),
("fi", """t. ainoa joka ikinä siivoaa tätä porraskäytävää. Asun [[A:Vuotie 45 F 88]], ja kaupungin omistamassa talossa siivous on ollut olematonta jo puoli vuotta. Hekaan on turha soittaa. [[P:K. Ruusunen]]"""),
("fi", """Ilmoitus: Kannelmäen kauppakeskuksen edessä, Klaneettitiellä, bussipysäkin katos rikottu. Lasinsirpaleita maassa."""),
("fi", """kiitti nopeasta reagoinnista!! puu on nyt poistettu meidän pihalta. [[P:pirjo]]"""),
("fi", """Kysyn teidän ohjeistusta: löysin Kaivopuistosta lompakon jossa on ajokortti ja pankkikortti, nimi on [[P:Henrik Grönroos]]. Vienkö sen poliisille vai jonnekin kaupungille? Soitin numeroon joka oli lompakossa lapulla ([[T:0400 812 557]]) mutta kukaan ei vastannut."""),
("fi", """Kallion kirjaston lukusalissa on koko päivän joku joka puhuu puhelimeen kovaäänisesti. Henkilökunta ei puutu. Kirjaston pitäisi olla hiljainen paikka."""),
]

SV_HAND = [
("sv", """Hej! Det finns ett stort hål i cykelbanan på Tölögatan vid korsningen med Runebergsgatan. Jag höll på att ramla i morse. Kan ni sätta upp en skylt åtminstone?"""),
("sv", """Hej,
en bil med registreringsnummer [[R:HJL-207]] har stått på gården framför vår port på [[A:Sandviksgatan 4]] i över en vecka. Den blockerar räddningsvägen.

Hälsningar
[[P:Camilla Nyberg]]
[[T:040 552 9013]]"""),
("sv", """Skadeståndsanspråk

Den 14.1 halkade jag på den ishala trottoaren utanför [[A:Högbergsgatan 22]] och bröt handleden. Trottoaren hade inte sandats på flera dagar. Jag bifogar läkarintyg och kvitton (sammanlagt 312,40 €).

Ersättningen kan betalas till konto [[I:FI61 8167 6735 4942 64]].

Med vänlig hälsning
[[P:Gunilla Forsman]]
[[A:Fredriksgatan 41 B 17]], 00120 Helsingfors
tfn [[T:+358 50 338 4471]]"""),
("sv", """Varför är simstranden i Drumsö fortfarande stängd? Det är ju redan juni."""),
("sv", """Tack till parkarbetarna i Brunnsparken, det ser fantastiskt fint ut nu med alla tulpaner!"""),
("sv", """Jag fick en felparkeringsavgift fast jag hade betalat i appen. Bilen är [[R:zkn-338]], avgiften nr 98301227. Min personbeteckning är [[H:250478-0813]] om ni behöver den. / [[P:Mats Lindqvist]]"""),
("sv", """Gatlyktorna på Tavastvägen mellan Sörnäs och Vallgård är släckta sedan i söndags. Det är mörkt och farligt för fotgängare."""),
("sv", """Hej, jag heter [[P:Ebba Sjöblom]] och jag bor på [[A:Mechelingatan 13 A 9]]. Grannarna i huset bredvid har byggt en altan som går ut på allmän mark, kan ni kontrollera om de har bygglov? Ni får gärna kontakta mig på [[E:ebba.sjoblom@gmail.com]]."""),
("sv", """Björnen på lekplatsen i Kronohagen (den stora träbjörnen) har ett vasst spjäll som sticker ut. Barn kan skada sig."""),
("sv", """Hejsan! Vi har en fråga om dagvårdsavgiften för vår son. Vi har ansökt om omprövning eftersom min man blev arbetslös. Sonens personbeteckning [[H:060203A1558]], min [[H:090958-215Y]]. Vi har inte fått något svar på sex veckor.
Mvh [[P:Malin Ekholm]], [[T:0442019985]]"""),
("sv", """Snöplogen har kört sönder vårt staket på [[A:Brändövägen 18]] natten till lördag. Jag vill ha ersättning för reparationen (520 €). Kontonummer [[I:FI92 4868 6931 9694 86]] (Aktia), kontoinnehavare [[P:Stig Åberg]]. Ring gärna [[T:09 684 2210]]."""),
("sv", """Elsparkcyklarna på Esplanaden är ett stort problem. De ligger överallt och blockerar trottoaren, särskilt för synskadade."""),
("sv", """Stort tack till [[P:Fredrik]] på Arbetets vänners simhall som hjälpte min dotter när hon hade tappat sitt skåpnummer 🙂"""),
("sv", """Hej. Jag bor i Nordsjö och fick höra att Sjöstjärnans lekpark ska stängas för renovering hela sommaren. Stämmer det? När öppnar den igen?"""),
("sv", """Webbformuläret för att boka bastun i Sompasaari ger fel "Error 500" varje gång jag klickar Skicka. Min IP-adress är [[IP:88.195.242.17]] och jag använder Firefox 115. Kan ni boka åt mig? [[P:Henrik Holmström]], [[E:h.holmstrom@kolumbus.fi]], tel. [[T:+358407731002]]"""),
("sv", """Det luktar avlopp från brunnen vid Ärtholmens strandpromenad, särskilt på kvällarna."""),
("sv", """Min mamma [[P:Ulla Blomqvist]] (född 1941) fick en räkning för hemvården två gånger för februari. Hennes personbeteckning är [[H:060441-6709]]. Jag sköter hennes ärenden, [[P:Kristina Blomqvist]], [[E:kristina.blomqvist@outlook.com]]."""),
("sv", """Vem ansvarar för att tömma soptunnorna vid Fölisöns bro? De har varit fulla i tre dagar och måsarna sprider skräp överallt."""),
("sv", """Tack för ett snabbt svar, [[P:Annika]]! Men problemet kvarstår: gatan utanför [[A:Stora Robertsgatan 31]] har fortfarande inte plogats."""),
("sv", """Jag vill klaga på bullret från byggarbetsplatsen på Busholmen. Arbetet börjar kl 6 varje morgon, även på lördagar."""),
("sv", """Hej!
Jag söker ersättning för min cykel som skadades när jag körde i ett omärkt dike på Drumsövägen (byggarbete). Framhjulet och gaffeln är förstörda, verkstadens offert 385 €.
Mitt konto: [[I:SE71 5000 6167 3743 9284 7441]] (jag bor i Sverige sedan i höstas, tidigare Helsingfors).
[[P:Johan Wikström]]
[[T:+46 70 412 88 31]]
[[E:johan.wikstrom@telia.se]]"""),
("sv", """Grannens bil, en röd Volvo [[R:KTY 552]], står varje natt på gångbanan vid [[A:Kaserngatan 28]]. Ingen kan gå förbi med barnvagn."""),
("sv", """Finns det planer på att sätta upp fler bänkar i Sibeliusparken? Många äldre går där dagligen."""),
("sv", """hej vi är en grupp pensionärer från Munksnäs som vill tacka för den nya gångvägen längs stranden. Ni har gjort ett fint jobb. / Munksnäs seniorer"""),
("sv", """Jag blev påkörd av en kommunal städmaskin på Salutorget idag kl 11.30. Föraren stannade inte. Jag har blåmärken och byxorna gick sönder. Maskinens nummer var 32. Kan ni utreda? [[P:Anders Grönqvist]], [[T:050-3361204]]"""),
("sv", """Hej [[P:Lena]], bifogar bilderna du bad om. Trädet som lutar står bakom huset [[A:Brunnsgatan 7]] och grenarna ligger på elledningen."""),
("sv", """Varför måste man ha bankkoder för att ge respons? Alla har inte det, min mormor till exempel."""),
("sv", """Vi i bostadsbolaget på [[A:Gräsviksgatan 14]] vill anmäla att återvinningsstationen vid Busholmsgatan alltid är överfull på måndagar. Kontaktperson: disponent [[P:Kim Lundell]], [[E:kim.lundell@isannointi.fi]], [[T:+358 9 2289 4410]]."""),
("sv", """Lyktstolpen vid Tölö torg har blinkat i två veckor. Den gör mig galen. Hälsningar, en trött granne"""),
("sv", """Tack till [[P:Sjöbergs]] team på Stadsmiljösektorn för att ni lyssnade på oss invånare i Kottby om trafiken!"""),
("sv", """Min son [[P:Oliver]] tappade sin mobil i Simstadion. Har någon hittat en svart iPhone med ett rosa skal? Ring [[T:041 505 7721]] (mamma [[P:Sofia]])."""),
("sv", """Jag skulle vilja veta varför Helsingfors stad fortfarande inte har tvåspråkiga skyltar vid Kalasatamas nya hälsocentral. Svenska saknas helt."""),
("sv", """Angående felparkeringsavgift 2024/PV/120775: bilen ([[R:CVB-86]]) var parkerad på rätt sida skylten, se bifogad bild. Jag begär omprövning.

[[P:Christoffer Lindberg]]
[[A:Munksnäs allén 19 C 33]]
00330 Helsingfors"""),
("sv", """Skräp i vattnet vid Hagnäs strand. Plastpåsar och burkar."""),
("sv", """Hej, jag vill ansöka om ersättning för glasögon som gick sönder när jag snubblade på en lös gatsten på Alexandersgatan. Kvitto 420 €. Kontot är [[I:fi62 5410 2390 1144 08]]. Vänliga hälsningar [[P:Marita Sundström]]"""),
("sv", """Jag har bokat Mellersta Böle ungdomsgårdens sal via Varaamo men jag fick aldrig ett bekräftelsemail. Bokningsnummer 118275. Kan ni kolla?"""),
]

EN_HAND = [
("en", """Hi, there's a huge pothole on Hämeentie right outside the Arabia shopping centre. My bike wheel got bent. Please fix it before someone gets hurt."""),
("en", """Hello,

I'm writing to request compensation for damage to my car. On 22 February at around 8 am a large chunk of ice fell from the roof of the city-owned building at [[A:Unioninkatu 28]] onto my car, which was parked legally on the street. The windscreen and the roof are damaged (repair estimate 1 140 €, attached).

Car: [[R:NXP-641]]
Owner: [[P:Daniel Okafor]]
Address: [[A:Lapinlahdenkatu 16 B 24]], 00180 Helsinki
Phone: [[T:+358 45 118 2097]]
Account: [[I:FI22 2252 1399 5593 03]]

Kind regards,
[[P:Daniel Okafor]]"""),
("en", """The streetlights on Mannerheimintie near the Opera are flickering. Not urgent, just letting you know."""),
("en", """Will the Kumpula outdoor pool be open on Midsummer weekend? The website says one thing and the sign at the gate says another."""),
("en", """Your feedback form keeps crashing when I try to attach a photo (iPhone, Safari 17.4). It just says "Something went wrong". My IP is [[IP:2001:14ba:a0bd:dd00:5c1e:3a2f:9b1:7c4e]] if that helps your IT people. Trying to report a broken bench in Kaivopuisto.
- [[P:Sarah]]"""),
("en", """Thank you to the bus driver on line 24 this morning who waited for my elderly mother! Made her day."""),
("en", """Hi, I received a parking fine (no. 98344120) for my car [[R:MLB 84E]] (Swedish plates) near Kauppatori. I'm a tourist and the signs were only in Finnish and Swedish. Could this be reconsidered? I can be reached at [[E:erik.johansson71@gmail.com]]. Thanks, [[P:Erik Johansson]]"""),
("en", """My neighbour's dog barks all night. He lives at [[A:Kalevankatu 20 A 3]] (I'm in the flat below). I've tried to talk to Mr. [[P:Rantala]] but he doesn't answer the door. What can I do?"""),
("en", """Bill for the swimming lessons arrived twice. Same reference number 1234 56789 00017. Which one should I pay?"""),
("en", """Hello, I am [[P:Priya Raghunathan]], living at [[A:Kuusisaarentie 5 C 12]]. The playground next to our building has a broken slide with a sharp metal edge, my son cut his hand yesterday. Please repair it urgently. Phone [[T:044 9031 2287]]."""),
("en", """Grace period for the resident parking permit? Mine expired on 31 March and I only got the reminder on 2 April. Got fined on 3 April. Seems unfair."""),
("en", """Hi there, I'd like to ask about the family benefit top-up (the Helsinki supplement for home care allowance). My daughter was born in January. Her ID code is [[H:140903A2482]] hmm no sorry that's not right, it's [[H:220501A278E]]... actually I'm not sure, let me check and call back. My number is [[T:+358 50 7120 448]]. - [[P:Tom Bradley]]"""),
("en", """The bike lane on Baana is blocked by a parked construction van every single morning. Please send parking enforcement."""),
("en", """Hi [[P:Jenni]], thanks for your reply. I've sent the receipts to [[E:jenni.salo@hel.fi]] as you asked. My account details for the compensation are IBAN [[I:DE41 1001 0010 9803 1912 27]], BIC PBNKDEFF, account holder [[P:Lukas Becker]]. Cheers"""),
("en", """Mark my words, someone will drown at Hietaniemi beach if you don't put lifeguards there on weekends."""),
("en", """There's an abandoned car with no plates on Vanhankaupungintie near the rapids. It's been there for at least a month and the windows are smashed."""),
("en", """Feedback about the Central Library Oodi: the 3D printers are always booked by the same people. Could you limit bookings to one per week per person?"""),
("en", """hi my name is [[P:ahmed hassan]] i live in [[A:kontulantie 11 b 27]] and there is water coming in from the roof in our stairway, the housing company is owned by the city. please someone call me [[T:0465550182]]"""),
("en", """I want to thank [[P:Maria]] and [[P:Jussi]] from the Vuosaari youth centre for organising the trip to Nuuksio. The kids loved it!"""),
("en", """Hi, a truck with plate [[R:KXV-903]] keeps idling on Kirkkokatu outside the Cathedral for 30–40 minutes every morning, engine running. Noise and fumes go straight into our bedroom window at [[A:Kirkkokatu 14 B 18]]."""),
("en", """Lovely new benches in Esplanadi park, thank you! Good job."""),
("en", """Dear Sir/Madam,

On 3 March my son slipped on the icy stairs of the Herttoniemi metro station and broke his wrist. The stairs had no grit at all. We would like to claim compensation for the medical costs (hospital bills of 268 € attached).

Please transfer to my UK account: [[I:GB27 NWBK 6016 1341 5575 00]], account name [[P:Rebecca Thornton]]. Alternatively my Finnish account [[I:FI9218976200704413]].

Son: [[P:Oliver Thornton]], date of birth 2 July 2011.
Me: [[P:Rebecca Thornton]], [[E:rthornton@btinternet.com]], [[T:+44 7700 900418]]

Yours faithfully,
[[P:Rebecca Thornton]]"""),
("en", """When is the next bulky waste collection day in Lauttasaari? I have an old sofa."""),
("en", """Online booking for the Kallio sauna: the payment page times out. Tried 4 times from my work network, public IP [[IP:193.166.3.201]]. I was charged once though! Order number 5521-8830. Please refund or confirm. [[P:Katarzyna Wójcik]], [[E:k.wojcik@aalto.fi]]"""),
("en", """The traffic light at Sörnäisten rantatie / Hakaniemenranta has a very short green for pedestrians, 7 seconds. Impossible for old people."""),
("en", """Regarding ticket HEL 2024-015530: nobody has come to remove the fallen tree yet. It's blocking the path in Central Park near Laakso."""),
("en", """Hi! I'm an exchange student. I lost my wallet at the Kamppi bus terminal, there was my residence card and some money. My name is [[P:Zhang Wei]], you can call me at [[T:+358 41 4920 337]] or email [[E:zhangwei.hki@outlook.com]]. Thank you so much!!"""),
("en", """Why are the public toilets in Kaivopuisto closed in May? It's already warm and there are loads of people."""),
("en", """My car ([[R:ryk-455]]) was damaged by a city snowplough while parked at [[A:Pohjoinen Hesperiankatu 21]] on the night of 12 January. A neighbour saw it and can confirm. Could you tell me how to file a claim? [[P:Marco Rossi]], [[T:040 330 2981]]"""),
("en", """Summer opening hours for Seurasaari? The site still shows the winter ones."""),
("en", """Frank feedback: the new bike racks at Pasila station are too close together, you can't fit a normal bike with a basket in them."""),
("en", """Hello, I represent a small group of parents from the International School area. Our contact person is [[P:Fatima Warsame]] ([[E:fatima.warsame@gmail.com]]). We would like a crossing guard at Mäkelänkatu during mornings."""),
("en", """I got a letter saying I owe 84 € for early childhood education for March, but my son [[P:Leo]] was sick the whole month and didn't attend. His personal identity code is [[H:070606A680U]]. Mine is [[H:211086-214P]]. Please check. - [[P:Jonathan Miller]]"""),
("en", """Hesperia Park has no working drinking fountain. Please fix before summer."""),
("en", """Hi, quick one: who do I talk to about the graffiti on our building? Address is [[A:Vaasankatu 9]], it's been tagged three times this month."""),
("en", """Hello,

I'm not sure this is the right place, but here goes. I moved out of my city rental flat at [[A:Vuotie 12 C 41]] in Vuosaari at the end of October and I still haven't received my deposit back (900 €). I have since moved back to Tallinn.

Could you please transfer it to my Estonian account [[I:EE08 2287 2153 8746 4298]] (Swedbank, account holder [[P:Kristjan Tamm]])? My Finnish account was closed.

You can reach me at [[E:kristjan.tamm@mail.ee]] or [[T:+372 5123 4477]].

Thanks in advance,
[[P:Kristjan]]"""),
]

# ---------------------------------------------------------------------------
# Small generators (the minority of the block). Each draws from several
# sentence variants so that no two outputs share one fixed frame.
# ---------------------------------------------------------------------------

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"

FI_FIRST = ["Mikko", "Anna", "Pekka", "Leena", "Jussi", "Katja", "Antti", "Eveliina", "Timo", "Susanna",
            "Lauri", "Minna", "Ossi", "Hilkka", "Jarmo", "Emilia", "Topi", "Marika", "Veikko", "Iida"]
FI_ALLATIVE = {"Mikko": "Mikolle", "Anna": "Annalle", "Pekka": "Pekalle", "Leena": "Leenalle",
               "Jussi": "Jussille", "Katja": "Katjalle", "Antti": "Antille", "Timo": "Timolle",
               "Minna": "Minnalle", "Lauri": "Laurille", "Marika": "Marikalle", "Topi": "Topille"}
FI_LAST = [("Virtanen", "Virtasen"), ("Korhonen", "Korhosen"), ("Laine", "Laineen"), ("Mäkelä", "Mäkelän"),
           ("Niemi", "Niemen"), ("Koskinen", "Koskisen"), ("Hyvönen", "Hyvösen"), ("Lindroos", "Lindroosin"),
           ("Peltonen", "Peltosen"), ("Räsänen", "Räsäsen"), ("Vainio", "Vainion"), ("Aaltonen", "Aaltosen"),
           ("Leppänen", "Leppäsen"), ("Kettunen", "Kettusen"), ("Huttunen", "Huttusen"), ("Oksanen", "Oksasen")]
SV_FIRST = ["Johanna", "Mikael", "Annika", "Patrik", "Sara", "Niklas", "Eva", "Tomas", "Linnea", "Rasmus"]
SV_LAST = ["Lindström", "Söderberg", "Eklund", "Backman", "Granqvist", "Westerlund", "Hagman", "Sandell"]
EN_NAMES = ["James Whitfield", "Aisha Bello", "Chen Jing", "Dmitri Sokolov", "Laura Fernández", "Tomasz Nowak",
            "Sophie Martin", "Ravi Kumar", "Emily Clarke", "Yusuf Demir", "Hannah Schmidt", "Kwame Mensah"]

# (nominative, adessive) pairs of real Helsinki streets
FI_STREETS = [("Mäkelänkatu", "Mäkelänkadulla"), ("Hämeentie", "Hämeentiellä"), ("Fleminginkatu", "Fleminginkadulla"),
              ("Runeberginkatu", "Runeberginkadulla"), ("Lönnrotinkatu", "Lönnrotinkadulla"),
              ("Agricolankatu", "Agricolankadulla"), ("Mechelininkatu", "Mechelininkadulla"),
              ("Vihdintie", "Vihdintiellä"), ("Turunlinnantie", "Turunlinnantiellä"),
              ("Pitäjänmäentie", "Pitäjänmäentiellä"), ("Malminkaari", "Malminkaarella"),
              ("Huopalahdentie", "Huopalahdentiellä"), ("Vanhanlinnantie", "Vanhanlinnantiellä"),
              ("Punavuorenkatu", "Punavuorenkadulla"), ("Topeliuksenkatu", "Topeliuksenkadulla"),
              ("Castréninkatu", "Castréninkadulla"), ("Laivurinkatu", "Laivurinkadulla"),
              ("Kulosaarentie", "Kulosaarentiellä"), ("Tukholmankatu", "Tukholmankadulla")]
SV_STREETS = ["Mannerheimvägen", "Tavastvägen", "Sturegatan", "Runebergsgatan", "Bulevarden", "Annegatan",
              "Tölögatan", "Lappviksgatan", "Albertsgatan", "Eriksgatan"]
EN_STREETS = ["Mannerheimintie", "Albertinkatu", "Iso Roobertinkatu", "Merimiehenkatu", "Tehtaankatu",
              "Museokatu", "Aleksis Kiven katu", "Kaarlenkatu", "Lauttasaarentie", "Itämerenkatu"]
PLACES_FI = ["Kaisaniemen puistossa", "Sinebrychoffin puistossa", "Alppipuistossa", "Kaivopuistossa",
             "Tokoinrannassa", "Vanhankaupunginkoskella", "Herttoniemen rantapuistossa", "Eläintarhan urheilukentällä",
             "Lapinlahden sairaalan puistossa", "Kalasataman Sompasaaressa", "Jätkäsaaren Hyväntoivonpuistossa",
             "Töölönlahden puistossa", "Mustikkamaalla", "Kivinokassa"]
PLACES_SV = ["i Kajsaniemiparken", "i Sinebrychoffs park", "vid Tölöviken", "i Brunnsparken", "i Djurgården",
             "vid Gammelstadsforsen", "på Blåbärslandet", "i Hesperiaparken"]
PLACES_EN = ["in Kaivopuisto park", "at Töölönlahti bay", "in Sinebrychoff park", "near the Sibelius Monument",
             "at Hietaniemi beach", "in Alppipuisto", "by the Old Market Hall", "in Central Park near Paloheinä"]

FI_IBANS = ["FI7626761033770343", "FI7541565508746766", "FI8611967009836240", "FI0821014496148394",
            "FI5011510854539581", "FI6781275904552891", "FI9620909577283702", "FI9756108731926439",
            "FI2786748963942213", "FI1710750737738730", "FI9025381270935548", "FI1159155475132610",
            "FI6217432014630648"]
FOREIGN_IBANS = ["SE6280005676509291587678", "NL96INGB3047581152", "PL12024951802551607778573651",
                 "ES8207945755784759438530", "LV74HABA3527782973457"]
IPV4 = ["84.249.{}.{}", "91.153.{}.{}", "85.76.{}.{}", "188.238.{}.{}", "37.136.{}.{}", "80.220.{}.{}",
        "62.248.{}.{}", "10.0.{}.{}", "176.93.{}.{}", "213.216.{}.{}"]


def _hetu(rng, year_lo, year_hi):
    y = rng.randint(year_lo, year_hi)
    d, m, n = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2, 899)
    s = "%02d%02d%02d" % (d, m, y % 100)
    return s + ("-" if y < 2000 else "A") + "%03d" % n + _HETU_CHECK[int(s + "%03d" % n) % 31]


def _phone(rng, intl_ok=True):
    pre = rng.choice(["40", "41", "44", "45", "50", "46", "400", "500", "9"])
    if pre == "9":
        sub = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([6, 7])))
        forms = ["09 %s %s" % (sub[:3], sub[3:]), "09-%s" % sub, "(09) %s %s" % (sub[:3], sub[3:]),
                 "+358 9 %s %s" % (sub[:3], sub[3:])]
        return rng.choice(forms if intl_ok else forms[:3])
    n = 7 if len(pre) == 2 else 6
    sub = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    forms = ["0%s %s %s" % (pre, sub[:3], sub[3:]), "0%s%s" % (pre, sub), "0%s-%s" % (pre, sub),
             "0%s %s" % (pre, sub), "0%s %s %s %s" % (pre, sub[:2], sub[2:4], sub[4:])]
    if intl_ok:
        forms += ["+358 %s %s %s" % (pre, sub[:3], sub[3:]), "+358%s%s" % (pre, sub),
                  "+358 %s %s" % (pre, sub), "+358-%s-%s" % (pre, sub), "+358 (0)%s %s %s" % (pre, sub[:3], sub[3:])]
    return rng.choice(forms)


def _plate(rng):
    letters = "ABCDEFGHIJKLMNOPRSTUVXYZ"
    p = "".join(rng.choice(letters) for _ in range(rng.choice([2, 3, 3, 3])))
    d = str(rng.randint(1, 999))
    form = rng.randrange(6)
    if form == 0:
        return p + "-" + d
    if form == 1:
        return (p + "-" + d).lower()
    if form == 2:
        return p + d
    if form == 3:
        return p + " " + d
    if form == 4:
        return p.capitalize() + "-" + d
    return p + "-" + d


def _iban(rng, raw):
    g = [raw[i:i + 4] for i in range(0, len(raw), 4)]
    form = rng.randrange(6)
    if form == 0:
        return " ".join(g)
    if form == 1:
        return raw
    if form == 2:
        return " ".join(g).lower()
    if form == 3:
        return raw[:4] + " " + raw[4:]
    if form == 4:
        return raw[:2] + " " + raw[2:4] + " " + " ".join(raw[4 + i:8 + i] for i in range(0, len(raw) - 4, 4))
    return "-".join(g)


def _ip(rng):
    if rng.random() < 0.15:
        return "2a00:1d50:%x:%x::%x" % (rng.randint(1, 0xfff), rng.randint(1, 0xffff), rng.randint(1, 0xff))
    return rng.choice(IPV4).format(rng.randint(1, 254), rng.randint(1, 254))


def _address(rng, inflect=False):
    nom, ade = rng.choice(FI_STREETS)
    num = str(rng.randint(1, 120))
    tail = rng.choice(["", "", " A %d" % rng.randint(1, 40), " B %d" % rng.randint(1, 60), " c %d" % rng.randint(1, 30),
                       " as. %d" % rng.randint(1, 50), " D", " b"])
    return (ade if inflect else nom) + " " + num + tail


def _fi_name(rng):
    f = rng.choice(FI_FIRST)
    l, _ = rng.choice(FI_LAST)
    full = f + " " + l
    r = rng.random()
    if r < 0.15:
        return full.lower()
    if r < 0.25:
        return f
    if r < 0.32:
        return f[0] + ". " + l
    return full


def _cap(s):
    return s[:1].upper() + s[1:]


def _fi_records(rng):
    out = []
    # parking / abandoned vehicles with a plate, with or without a cue word
    for _ in range(11):
        plate = "[[R:%s]]" % _plate(rng)
        nom, ade = rng.choice(FI_STREETS)
        opener = rng.choice([
            "Auto %s on pysäköity %s suojatielle." % (plate, ade),
            "%s seisoo taas %s jalkakäytävällä!" % (plate, ade),
            "Rekisterinumero %s, pysäköity invapaikalle ilman tunnusta %s." % (plate, ade),
            "Hylätty auto %s, rekkari %s, renkaat tyhjät ja lappu tuulilasissa jo kuukauden." % (ade, plate),
            "pakettiauto %s tyhjäkäy %s joka aamu klo 6-7, kuuluu makuuhuoneeseen asti" % (plate, ade),
            "Joku on jättänyt peräkärryn (rek. %s) pyörätielle %s." % (plate, ade),
        ])
        extra = rng.choice(["", " Kuva liitteenä.", " Pyydän pysäköinninvalvontaa käymään.",
                            " Tämä toistuu viikoittain.", " ei oo ensimmäinen kerta"])
        sig = rng.choice(["", "\n- [[P:%s]]" % _fi_name(rng), "\nt. [[P:%s]], [[T:%s]]" % (_fi_name(rng), _phone(rng)),
                          " Asun itse osoitteessa [[A:%s]]." % _address(rng)])
        out.append(("fi", opener + extra + sig))
    # contact requests
    for _ in range(10):
        name = _fi_name(rng)
        issue = rng.choice(["Meidän pihan leikkivälineet on rikki", "Kadun kaivonkansi kolisee",
                            "Taloyhtiön edessä oleva puu kallistuu vaarallisesti",
                            "Rappukäytävän ikkuna on ollut rikki viikon", "Kierrätyspiste on ollut täynnä koko viikon",
                            "Lähikoulun aidassa on reikä"])
        contact = rng.choice([
            "Soittakaa [[T:%s]]" % _phone(rng),
            "Voitte olla yhteydessä sähköpostilla [[E:%s]]" % rng.choice([
                "%s.%s@gmail.com", "%s%s@hotmail.com", "%s.%s@elisanet.fi", "%s_%s@outlook.com"]) % (
                rng.choice(FI_FIRST).lower(), rng.choice(FI_LAST)[0].lower().replace("ä", "a").replace("ö", "o")),
            "numero [[T:%s]] tai [[T:%s]] iltaisin" % (_phone(rng), _phone(rng, False)),
        ])
        where = rng.choice(["", " Osoite: [[A:%s]]." % _address(rng), " ([[A:%s]])" % _address(rng, True)])
        greet = rng.choice(["Hei. ", "", "Moi, ", "Hyvä vastaanottaja, "])
        if greet.endswith(", "):
            issue = issue[0].lower() + issue[1:]
        out.append(("fi", greet + issue + "." + where + " "
                    + contact + ". " + rng.choice(["[[P:%s]]" % name, "Terv. [[P:%s]]" % name, "t. [[P:%s]]" % name])))
    # compensation claims with bank accounts
    for _ in range(9):
        raw = rng.choice(FOREIGN_IBANS) if rng.random() < 0.2 else rng.choice(FI_IBANS)
        acc = "[[I:%s]]" % _iban(rng, raw)
        what = rng.choice(["rengas hajosi kuoppaan", "kaaduin jäisellä jalkakäytävällä ja puhelin hajosi",
                           "puun oksa putosi auton katolle", "aurauskone rikkoi postilaatikon",
                           "katujyrsin roiskutti asfalttia auton kylkeen", "pyörä vaurioitui irtonaisessa kaivonkannessa"])
        nom, ade = rng.choice(FI_STREETS)
        day = "%d.%d." % (rng.randint(1, 28), rng.randint(1, 4))
        amount = "%d,%02d €" % (rng.randint(40, 900), rng.randint(0, 99))
        body = rng.choice([
            "Haen korvausta: %s %s %s. Kulut %s. Tilinumero %s." % (day, ade, what, amount, acc),
            "%s %s %s. Pyydän korvausta %s tilille %s, kuitit liitteenä." % (day.capitalize(), ade, what, amount, acc),
            "Vahingonkorvaushakemus. %s, %s (%s). Summa %s.\nTili: %s" % (what.capitalize(), ade, day, amount, acc),
        ])
        who = _fi_name(rng)
        tail = rng.choice(["\n[[P:%s]]" % who, "\n[[P:%s]]\n[[A:%s]], 00%d0 Helsinki" % (who, _address(rng), rng.randint(10, 99)),
                           "\n\nTerveisin [[P:%s]] p. [[T:%s]]" % (who, _phone(rng))])
        out.append(("fi", body + tail))
    # web form errors with IP addresses
    for _ in range(6):
        ip = "[[IP:%s]]" % _ip(rng)
        out.append(("fi", rng.choice([
            "Palautelomake ei lähetä, virhe 'Network error'. IP-osoitteeni on %s." % ip,
            "Varaamo kaatuu maksuvaiheessa. Teidän tuki pyysi ip-osoitetta: %s" % ip,
            "En pääse kirjautumaan asiointipalveluun, sivu sanoo 'Access denied for %s'." % ip,
            "Lomake hylkää liitteet (jpg 2,1 Mt). Selain Edge 121, osoite %s." % ip,
        ]) + rng.choice(["", " [[P:%s]]" % _fi_name(rng), " t. [[P:%s]] [[E:%s]]" % (
            _fi_name(rng), rng.choice(["kayttaja%d@gmail.com" % rng.randint(1, 99), "asukas.helsinki@outlook.com",
                                       "posti%d@luukku.com" % rng.randint(10, 99)]))])))
    # fines and benefits with HETUs
    for _ in range(8):
        h = "[[H:%s]]" % _hetu(rng, 1940, 2004)
        out.append(("fi", rng.choice([
            "Kysyn pysäköintivirhemaksusta nro %d. Hetuni %s." % (rng.randint(98000000, 98999999), h),
            "Täydentävän toimeentulotuen hakemukseni on ollut käsittelyssä 8 viikkoa. Henkilötunnus %s." % h,
            "Asiakasmaksun alennus kotihoidosta, haettu 1.2. Henkilötunnukseni on %s." % h,
            "Sain perintäkirjeen liikuntapalveluiden maksusta jonka olen jo maksanut! hetu %s" % h,
            "Kuntalisän päätös? Sotu %s" % h,
        ]) + rng.choice(["", " [[P:%s]]" % _fi_name(rng), "\n[[P:%s]], [[T:%s]]" % (_fi_name(rng), _phone(rng))])))
    # thanks with inflected first names (allative) and surnames (genitive)
    for _ in range(4):
        f = rng.choice(sorted(FI_ALLATIVE))
        l, lg = rng.choice(FI_LAST)
        out.append(("fi", rng.choice([
            "Kiitos [[P:%s]] kirjaston asiakaspalvelusta, sain avun heti!" % FI_ALLATIVE[f],
            "Iso kiitos [[P:%s]] ja koko leikkipuiston väelle." % FI_ALLATIVE[f],
            "Haluan kiittää ohjaaja [[P:%s]] tiimiä, kesäleiri oli huippu." % lg,
            "Kiitos [[P:%s]] ja [[P:%s]] tiimille nopeasta avusta." % (FI_ALLATIVE[f], lg),
        ])))
    # hard negatives
    neg_issue = ["roskis on täynnä", "penkki on rikki", "valo ei toimi", "vesiposti vuotaa", "liukumäki on rikki",
                 "koirat juoksee vapaana", "nurmikko on leikkaamatta", "polulla on jäätä", "tulppaanit on tallottu",
                 "kuoppa pyörätiellä", "graffiteja sillan alla", "lokki pesii roskiksen päällä"]
    for _ in range(3):
        nom, ade = rng.choice(FI_STREETS)
        out.append(("fi", rng.choice([
            "%s %s." % (_cap(rng.choice(PLACES_FI)), rng.choice(neg_issue)),
            "%s %s,%s lähellä bussipysäkkiä (linja %d)." % (ade, rng.choice(neg_issue), rng.choice([" ihan", " aivan", ""]),
                                                          rng.choice([14, 18, 23, 55, 58, 69, 70, 506, 550, 561])),
            "%s / %s risteyksessä %s. Huomasin klo %d.%02d." % (nom, rng.choice(FI_STREETS)[0], rng.choice(neg_issue),
                                                             rng.randint(6, 22), rng.choice([0, 15, 30, 45])),
            "Postinumeroalueella 00%d0 %s jo %d päivää." % (rng.randint(10, 99), rng.choice(neg_issue), rng.randint(2, 14)),
            "Huomio: %s %s. Ei kiireellinen, mutta korjatkaa ennen kesäkuuta." % (rng.choice(PLACES_FI), rng.choice(neg_issue)),
        ])))
    for _ in range(1):
        out.append(("fi", rng.choice([
            "Viittaan palautteeseen HEL %d-0%05d, mitään ei ole tapahtunut." % (rng.randint(2022, 2025), rng.randint(1000, 99999)),
            "Asianumero %d/%d on edelleen auki. Milloin tulee päätös?" % (rng.randint(100, 9999), rng.randint(2023, 2025)),
            "Tilausnumero %d, kesäleirin maksu veloitettiin kahdesti (%d €)." % (rng.randint(4500000000, 4599999999), rng.randint(60, 240)),
            "Laskun viitenumero %d %05d %05d ei kelpaa verkkopankissa." % (rng.randint(1000, 9999), rng.randint(0, 99999), rng.randint(0, 99999)),
        ])))
    for _ in range(2):
        out.append(("fi", rng.choice([
            "Onko %s uimahalli auki %d.%d.? Sivuilla lukee ma-pe %d-21." % (rng.choice(["Itäkeskuksen", "Yrjönkadun", "Vuosaaren", "Pirkkolan"]),
                                                                     rng.randint(1, 28), rng.randint(1, 12), rng.choice([6, 7])),
            "Paljonko maksaa %s vuokraus? Netissä lukee %d € / h mutta kassalla pyydettiin enemmän." % (
                rng.choice(["Kisahallin", "Oulunkylän seurantalon", "Kallion nuorisotalon salin", "Malmitalon"]), rng.randint(12, 90)),
            "Milloin %s avataan? Viime vuonna %d.%d." % (rng.choice(["Pihlajasaaren lautta", "Uunisaaren ranta", "Kumpulan maauimala",
                                                                   "Mustikkamaan uimaranta"]), rng.randint(1, 28), rng.choice([5, 6])),
            "Toivon että %s saadaan enemmän penkkejä ennen kesää %d." % (rng.choice(PLACES_FI), rng.randint(2025, 2027)),
        ])))
    return out


def _sv_name(rng):
    n = rng.choice(SV_FIRST) + " " + rng.choice(SV_LAST)
    return n.lower() if rng.random() < 0.15 else n


def _sv_records(rng):
    out = []
    for _ in range(5):
        plate = "[[R:%s]]" % _plate(rng)
        st = rng.choice(SV_STREETS)
        out.append(("sv", rng.choice([
            "Bilen %s står parkerad på övergångsstället på %s varje kväll." % (plate, st),
            "%s har stått på handikapplatsen på %s i tre dagar utan tillstånd." % (plate, st),
            "En skåpbil med reg.nr %s blockerar cykelbanan på %s." % (plate, st),
            "Övergiven bil på %s, registreringsnummer %s." % (st, plate),
        ]) + rng.choice(["", " /[[P:%s]]" % _sv_name(rng), " Mvh [[P:%s]], [[T:%s]]" % (_sv_name(rng), _phone(rng))])))
    for _ in range(4):
        acc = "[[I:%s]]" % _iban(rng, rng.choice(FI_IBANS))
        out.append(("sv", rng.choice([
            "Jag begär ersättning för min cykel som skadades i ett hål på %s. Kontonummer %s." % (rng.choice(SV_STREETS), acc),
            "Ersättning för skadade glasögon (halkade på %s). Betala till %s." % (rng.choice(SV_STREETS), acc),
            "Plogbilen skadade min bil på %s. Kostnad %d €. Konto: %s" % (rng.choice(SV_STREETS), rng.randint(150, 900), acc),
            "Hej, en gren från stadens träd föll på min bil på %s i stormen. Jag ber om ersättning till kontot %s, kvitton bifogade." % (rng.choice(SV_STREETS), acc),
        ]) + "\n[[P:%s]]" % _sv_name(rng)))
    for _ in range(4):
        out.append(("sv", rng.choice([
            "Kan någon ringa mig om lekparken? [[T:%s]] / [[P:%s]]" % (_phone(rng), _sv_name(rng)),
            "Kontakta mig gärna på [[E:%s.%s@gmail.com]], jag bor på [[A:%s %d]]." % (
                rng.choice(SV_FIRST).lower(), rng.choice(SV_LAST).lower().replace("ö", "o").replace("ä", "a"),
                rng.choice(SV_STREETS), rng.randint(1, 60)),
            "Trappan utanför [[A:%s %d B %d]] är trasig. Hälsningar [[P:%s]], tfn [[T:%s]]" % (
                rng.choice(SV_STREETS), rng.randint(1, 60), rng.randint(1, 40), _sv_name(rng), _phone(rng)),
        ])))
    for _ in range(2):
        out.append(("sv", rng.choice([
            "Fråga om klientavgiften för hemvården, personbeteckning [[H:%s]]." % _hetu(rng, 1935, 1960),
            "Jag har inte fått beslut om utkomststöd. Min personbeteckning är [[H:%s]]." % _hetu(rng, 1970, 2003),
        ])))
    for _ in range(2):
        out.append(("sv", rng.choice([
            "Bokningssidan visar bara 'Error 403 – forbidden'. Min IP: [[IP:%s]]. Hälsningar [[P:%s]]",
            "Responsformuläret laddar inte upp bilder. Supporten bad om min IP-adress, den är [[IP:%s]]. /[[P:%s]]",
            "Varaamo säger att min adress [[IP:%s]] är spärrad efter för många försök. Vad gör jag? [[P:%s]]",
        ]) % (_ip(rng), _sv_name(rng))))
    for _ in range(2):
        out.append(("sv", rng.choice([
            "Skräp överallt %s efter helgen." % rng.choice(PLACES_SV),
            "Gatlampan på %s är trasig sedan %d.%d." % (rng.choice(SV_STREETS), rng.randint(1, 28), rng.randint(1, 12)),
            "Buss %d kom inte alls kl %d.%02d. Tredje gången denna vecka." % (rng.choice([14, 18, 20, 24, 55, 65]),
                                                                              rng.randint(6, 9), rng.choice([5, 20, 35, 50])),
            "Ärende HEL %d-0%05d är fortfarande olöst." % (rng.randint(2023, 2025), rng.randint(1000, 99999)),
            "Hur mycket kostar det att hyra bastun %s? Webbsidan säger %d €." % (rng.choice(PLACES_SV), rng.randint(20, 80)),
            "Tack för den nya lekparken %s!" % rng.choice(PLACES_SV),
        ])))
    return out


def _en_records(rng):
    out = []
    for _ in range(5):
        plate = "[[R:%s]]" % _plate(rng)
        st = rng.choice(EN_STREETS)
        out.append(("en", rng.choice([
            "Car %s parked on the pedestrian crossing on %s again." % (plate, st),
            "A van (reg %s) has been blocking the bike lane on %s since Monday." % (plate, st),
            "Abandoned car on %s, plates %s, flat tyres." % (st, plate),
            "%s is parked in the disabled spot on %s without a permit." % (plate, st),
        ]) + rng.choice(["", " - [[P:%s]]" % rng.choice(EN_NAMES), " Thanks, [[P:%s]] ([[T:%s]])" % (rng.choice(EN_NAMES), _phone(rng))])))
    for _ in range(4):
        raw = rng.choice(FOREIGN_IBANS + FI_IBANS[:4])
        out.append(("en", rng.choice([
            "I'd like compensation for my bike, damaged by a loose drain cover on %s. IBAN %s." % (rng.choice(EN_STREETS), "[[I:%s]]" % _iban(rng, raw)),
            "Claim for a broken phone after slipping on ice on %s. Please pay to [[I:%s]]." % (rng.choice(EN_STREETS), _iban(rng, raw)),
            "Snowplough damaged my car on %s, repair %d €. Account [[I:%s]]." % (rng.choice(EN_STREETS), rng.randint(200, 1500), _iban(rng, raw)),
        ]) + "\n[[P:%s]]" % rng.choice(EN_NAMES)))
    for _ in range(4):
        n = rng.choice(EN_NAMES)
        out.append(("en", rng.choice([
            "Please call me back about the broken playground: [[T:%s]]. [[P:%s]]" % (_phone(rng), n),
            "My email is [[E:%s@%s]] and I live at [[A:%s %d %s %d]]." % (
                n.split()[0].lower() + "." + n.split()[1].lower().replace("á", "a").replace("é", "e"),
                rng.choice(["gmail.com", "yahoo.com", "outlook.com"]), rng.choice(EN_STREETS), rng.randint(1, 60),
                rng.choice("ABC"), rng.randint(1, 40)),
            "The stairs outside [[A:%s %d]] are broken. Contact [[P:%s]], [[T:%s]]." % (rng.choice(EN_STREETS), rng.randint(1, 60), n, _phone(rng)),
            "Hi, the tree in our yard at [[A:%s %d]] is leaning on the power line!! Call [[T:%s]] asap - %s" % (
                rng.choice(EN_STREETS), rng.randint(1, 60), _phone(rng), "[[P:%s]]" % n.split()[0]),
            "Could someone from the housing office contact my mother [[P:%s]]? Her number is [[T:%s]], she speaks little Finnish." % (n, _phone(rng)),
        ])))
    for _ in range(2):
        out.append(("en", rng.choice([
            "Question about my parking fine, personal identity code [[H:%s]]." % _hetu(rng, 1960, 2004),
            "My social assistance decision is late. ID code [[H:%s]]." % _hetu(rng, 1965, 2004),
        ])))
    for _ in range(2):
        out.append(("en", rng.choice([
            "The booking page says 'Your IP [[IP:%s]] has been blocked'. Why? [[P:%s]]",
            "Feedback form returns error 413 when I attach photos. Your support asked for my IP: [[IP:%s]]. Regards, [[P:%s]]",
            "Can't log in to the e-services, 'too many requests from [[IP:%s]]'. Please unblock. [[P:%s]]",
        ]) % (_ip(rng), rng.choice(EN_NAMES))))
    for _ in range(2):
        out.append(("en", rng.choice([
            "Litter everywhere %s after the weekend." % rng.choice(PLACES_EN),
            "Streetlight on %s out since %d %s." % (rng.choice(EN_STREETS), rng.randint(1, 28), rng.choice(["May", "June", "March", "October"])),
            "Bus %d didn't come at %d:%02d. Third time this week." % (rng.choice([14, 18, 24, 55, 64, 550]), rng.randint(6, 9), rng.choice([5, 20, 35, 50])),
            "Ticket HEL %d-0%05d still not resolved." % (rng.randint(2023, 2025), rng.randint(1000, 99999)),
            "How much is it to rent the sauna %s? The site says %d EUR." % (rng.choice(PLACES_EN), rng.randint(20, 80)),
            "Thank you for the new playground %s!" % rng.choice(PLACES_EN),
        ])))
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = []
    out += FI_HAND + FI_HAND2 + FI_HAND3
    out += SV_HAND + EN_HAND
    out += _fi_records(rng)
    out += _sv_records(rng)
    out += _en_records(rng)
    return out
