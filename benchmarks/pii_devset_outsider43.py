"""Blind evaluation block 43 for the personal-data scrubber.

Written by helper "outsider 43" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the brief I was given). I ran no git commands and did not run the scrubber
or any evaluation. The texts come only from the brief and from knowledge of how residents write.

Focus: long Kerrokantasi hearing comments, about 85 % Finnish and 15 % Swedish, on zoning plans, traffic
plans, the school network and parks. They run to several paragraphs, in standard written Finnish like a
letter to the editor, and mention private people in running prose the way news text does (neighbours,
parents, local association chairs, a teacher, a caretaker, a shop keeper, other commenters), with the
names in every Finnish case form (genitive, partitive, inessive, elative, illative, adessive, ablative,
allative, essive, translative, abessive) and Swedish genitive -s. Many hard negatives: the city's own
bodies and officials by title only, nationally famous politicians and public figures (presidents,
ministers, the mayor of Helsinki, famous architects, artists, athletes), places, parks, schools, streets,
buildings and companies named after people (Kaisaniemi, Sibeliuksen puisto, Aleksis Kiven katu, Alvar
Aallon katu, Paavo Nurmen tie, Marimekko, Fazer, Stockmann), first names used as ordinary words, pets,
plan numbers, case numbers, dates, sums and bus lines. A few addresses with house numbers, phones and
e-mails.

Seed: 4343

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P a person's name (first name,
surname, full name, nickname, initials joined to a name; Finnish case endings, English possessive 's and
Swedish genitive -s inside the span; titles and role words such as rouva, naapuri, rektor outside),
E e-mail address, T phone number, H Finnish personal identity code, I IBAN or bank account number,
R vehicle licence plate, IP IP address, A street address with a house number (street + number +
staircase + flat; postal code and city outside; a street name without a number is not marked).
Famous and historical people and the names of streets, parks, buildings, schools and brands are not
marked.
"""

import random

SEED = 4343

HAND = []


def _add(lang, text):
    HAND.append((lang, text.strip()))


# ---------------------------------------------------------------------------
# Part 1: hand-written Finnish hearing comments
# ---------------------------------------------------------------------------

_add("fi", """
Vastustan jyrkästi asemakaavan muutosta, jolla Pohjolankadun varren puutaloalueelle sallittaisiin nelikerroksisia kerrostaloja. Käpylän puutalokaupunginosa valmistui 1920-luvulla, ja sen arvo perustuu juuri siihen, että mittakaava on pysynyt samana sata vuotta.

Naapurini [[P:Eija Salminen]] on asunut talossa 40 vuotta ja muistaa vielä ajan, jolloin kaupunki lupasi, ettei alueelle rakenneta mitään "massiivista". Kävin [[P:Eija Salmisen]] kanssa läpi kaavaselostuksen, eikä kumpikaan meistä löytänyt sieltä yhtään perustelua sille, miksi juuri meidän korttelimme pitäisi uhrata täydennysrakentamiselle.

Kaupunkiympäristölautakunnan kannattaisi tulla paikan päälle katsomaan, miltä varjot näyttävät lokakuussa kello kolme iltapäivällä. Havainnekuvissa on aina kesä.

Ystävällisesti
[[P:Heikki Nurmela]], Käpylä
""")

_add("fi", """
Kuten [[P:Mikko Aaltonen]] edellisessä kommentissa totesi, liikennesuunnitelmassa ei ole huomioitu lainkaan Mäkelänkadun ja Koskelantien risteyksen aamuruuhkaa. Olen samaa mieltä, mutta haluan lisätä yhden asian, joka jäi häneltä mainitsematta.

Koululaiset ylittävät Koskelantien noin kello 7.45–8.10, ja juuri silloin suunnitelma ohjaisi raskaan liikenteen uudelle kääntymiskaistalle. [[P:Aaltosen]] laskelma autojen määrästä pitää varmasti paikkansa, mutta lapsia ei näy missään liikennemallin luvuissa.

Pyytäisin, että suunnittelijat kävisivät risteyksessä arkiaamuna eivätkä tekisi päätöstä pelkkien simulaatioiden varassa. Tässä olen [[P:Mikon]] kanssa täysin samoilla linjoilla.
""")

_add("fi", """
Isäni [[P:Raimo]] rakensi tämän talon omin käsin vuonna 1958, kun Pakilaan vielä kuljettiin hiekkatietä pitkin. Hän istutti tontin rajalle ne kolme tammea, jotka nyt on merkitty kaavaluonnokseen poistettaviksi uuden jalankulku- ja pyöräväylän kohdalla.

En ole muutosta vastaan periaatteessa. Ymmärrän, että Paloheinän ja Pakilan välille tarvitaan turvallinen pyöräreitti, ja ajan sitä itsekin. Reitin voisi kuitenkin aivan hyvin vetää kadun toiselle puolelle, jossa on jo valmiiksi leveä piennar eikä yhtään vanhaa puuta.

[[P:Raimotta]] tätä pihaa ei olisi, eikä näitä tammia. Toivon, että suunnittelija tulee katsomaan puut ennen kuin kynä piirtää viivan niiden yli.

[[P:Seija Lehto]] (o.s. [[P:Kivimäki]])
""")

_add("fi", """
Lautakunnan kokouksessa puhunut [[P:Pirkko Jääskeläinen]] sanoi asian paremmin kuin kukaan muu: koulumatka ei ole pelkkä kilometrimäärä kartalla. Kun kouluverkkoselvityksessä todetaan, että Jakomäen lapset voivat jatkossa kulkea Suutarilaan "kohtuullisen matkan päähän", ei oteta huomioon, että reitti kulkee Lahdenväylän ali pimeän alikulun kautta.

Olen ollut [[P:Jääskeläisen]] kanssa samassa vanhempainyhdistyksessä kuusi vuotta. Hän on laskenut, että yli 40 lasta kulkisi alikulun kautta päivittäin, ja hänen laskelmansa toimitettiin kasvatuksen ja koulutuksen toimialalle jo keväällä. Vastausta ei ole tullut, ja siksi kirjoitan tämän nyt tänne.

Koulun lakkauttaminen säästää ehkä 600 000 euroa vuodessa, mutta siirtää kustannuksen perheille ja lasten turvallisuudelle. Vastustan esitystä.
""")

_add("fi", """
Keskustan kävelyalueen laajennuksen luonnos on pääosin hyvä, mutta Alvar Aallon kadun ja Keskuskadun kohdalla jalankulkijoille varattu tila jää edelleen liian kapeaksi. Ruuhka-aikana Stockmannin ja Akateemisen kirjakaupan välissä joutuu väistelemään pyöriä, jakeluautoja ja terassikalusteita samaan aikaan.

Alvar Aalto suunnitteli Rautatalon ja Akateemisen kirjakaupan niin, että katutila ja sisätila keskustelevat keskenään. Tämä ajatus häviää, jos kadun varteen tuodaan vielä lisää kiinteitä pyörätelineitä ja mainostauluja.

Ehdotan, että jakeluliikenne ohjataan kello 6–10 väliseen aikaan ja että Esplanadin puoleinen pää rauhoitetaan kokonaan. Kaupunkiympäristön toimialan kannattaa ottaa mallia Kööpenhaminan Strøgetista, jossa sama ongelma ratkaistiin jo 1960-luvulla.
""")

_add("fi", """
Olen työskennellyt opettajana Maunulassa yksitoista vuotta ja haluan kommentoida kouluverkkoselvitystä siltä osin kuin se koskee alakoulun toimipisteiden yhdistämistä.

Kollegani [[P:Tiina Haverinen]] kokosi viime keväänä oppilaiden vanhemmilta kyselyn, johon vastasi 212 perhettä. Melkein kaksi kolmasosaa vastaajista piti pienen toimipisteen säilyttämistä tärkeämpänä kuin uutta liikuntasalia. Lähetimme tulokset [[P:Haverisen]] nimissä rehtorille ja toimialalle, mutta selvityksessä kyselystä ei mainita sanaakaan.

En väitä, että yhdistäminen olisi aina väärin. Väitän, että päätöstä ei pidä tehdä ennen kuin perheiden näkemys otetaan yhtä vakavasti kuin tilakustannukset. [[P:Tiinalta]] saa kyselyn koko aineiston, jos joku valmistelijoista sitä haluaa.

[[P:Marjut Leinonen]], luokanopettaja
""")

_add("fi", """
Sibeliuksen puiston kunnostussuunnitelmassa on paljon hyvää. Erityisesti kiitän siitä, että rantaan johtavat polut palautetaan alkuperäiseen linjaukseensa ja että Eila Hiltusen Sibelius-monumentin ympäristöstä poistetaan turistibussien pysäköinti.

Huolta herättää kuitenkin puiden kaatolista. Suunnitelman liitteessä 3 mainitaan 27 puuta, joista osa on yli satavuotiaita vaahteroita Mechelininkadun puolella. Kuntoarvio on tehty vuonna 2019, ja olisi kohtuullista tehdä se uudelleen ennen kuin yksikään puu kaadetaan.

Toivon myös, että puistoon jätetään Merikannontien puoleisen rinteen penkit. Niillä istuu päivittäin ihmisiä, joille puisto on olohuone. Jean Sibelius tuskin olisi pahastunut siitä, että hänen nimeään kantavassa puistossa saa istua rauhassa.
""")

_add("fi", """
Talonmiehemme [[P:Jarmo]] on hoitanut Kontulan ostarin takana olevaa pientä puistikkoa vapaaehtoisesti jo vuosia, vaikka se ei kuulu taloyhtiön alueeseen. Hän on kerännyt roskat, kolannut polut talvella ja soittanut kaupungille, kun valaisimet ovat rikki.

Nyt puistosuunnitelmassa alue on merkitty vähäisen käytön viheralueeksi, jonka hoitoluokkaa lasketaan. Se on virhe. Alueella kulkee päivittäin satoja ihmisiä metroasemalta Kontulankaarelle, ja syy siihen, että paikka näyttää siistiltä, on [[P:Jarmon]] työ eikä se, ettei aluetta käytettäisi.

Pyydän, että hoitoluokka pidetään ennallaan ja että kaupunki ottaa alueen oikeasti hoitoonsa. Ei voi olla niin, että yhden ihmisen eläkepäivät ovat kaupungin viheraluestrategia. Kysykää vaikka [[P:Jarmolta]] itseltään, hän kertoo mielellään.
""")

_add("fi", """
Pormestari Juhana Vartiainen lupasi aikanaan, että Helsingistä tehdään maailman toimivin kaupunki. Tämä linjastosuunnitelma ei ainakaan Itä-Helsingin näkökulmasta edistä sitä tavoitetta.

Bussilinja 92 lakkautetaan ja korvataan liityntäyhteydellä Itäkeskukseen, mikä tarkoittaa Mellunmäestä yhtä vaihtoa lisää joka suuntaan. HSL:n omien laskelmien mukaan matka-aika pitenee keskimäärin neljä minuuttia. Se kuulostaa vähältä, mutta kahdesti päivässä viitenä päivänä viikossa se on yli puoli tuntia viikossa jokaiselta työssäkävijältä.

Toivon, että kaupunginhallitus ja HSL:n hallitus katsovat vielä vaihtoehtoa, jossa nykyinen linja säilyy ainakin ruuhka-aikoina. Nykyinen pormestari Daniel Sazonov on puhunut paljon idän kehittämisestä, joten tässä olisi hyvä tilaisuus näyttää, mitä se käytännössä tarkoittaa.
""")

_add("fi", """
Pidän pientä kioskia Vallilassa Mäkelänkadun varrella, ja liikennesuunnitelma vie liikkeeni edestä kaikki neljä lyhytaikaista pysäköintipaikkaa. Ymmärrän pyöräkaistan tarpeen, mutta kukaan ei ole kysynyt meiltä yrittäjiltä mitään.

Viereisen kukkakaupan omistaja [[P:Sari Heinonen]] laski, että noin kolmasosa hänen asiakkaistaan tulee autolla ja pysähtyy viideksi minuutiksi. Minulla osuus on pienempi, mutta tavarantoimitukset tulevat kahdesti viikossa, eikä kuorma-autolle jää suunnitelmassa mitään paikkaa.

Ehdotan, että lastauspaikka säilytetään ainakin kello 7–11 ja että pyöräkaista kulkee sen ulkopuolelta. Olen puhunut tästä myös [[P:Sari Heinosen]] ja kahden muun yrittäjän kanssa, ja olemme valmiita tapaamaan suunnittelijat milloin tahansa.

[[P:Murat Yılmaz]], kauppias
""")

_add("fi", """
Asun osoitteessa [[A:Kustaankatu 5 B 21]], ja makuuhuoneeni ikkuna on suoraan sitä kohtaa vasten, johon suunnitelmaan merkitty raitiovaunujen kääntösilmukka tulisi. Kaavaselostuksen meluselvityksessä yöajan keskiäänitaso jää juuri ohjearvon alle, mutta kääntösilmukan kirskuna on aivan eri asia kuin tasainen liikennemelu.

Olen yrittänyt tavoittaa selvityksen laatinutta konsulttia, mutta vastausta ei ole kuulunut. Jos joku suunnittelijoista haluaa tulla kuuntelemaan, miltä nykyinen liikenne kuulostaa kello 0.30, olen tavoitettavissa numerosta [[T:040 712 3388]].

Ystävällisin terveisin
[[P:Annika Korhonen]]
""")

_add("fi", """
Kasvatuksen ja koulutuksen lautakunnalle

Kouluverkkoselvityksen mukaan Aleksis Kiven koulun oppilasmäärä kasvaa 14 prosenttia vuoteen 2030 mennessä, ja samaan aikaan Kallion alueelta poistuu yksi väistötila. Selvityksessä ehdotetaan, että lisätila haetaan parakeista koulun pihalta. Se pienentäisi jo valmiiksi ahdasta välituntipihaa lähes kolmanneksella.

Aleksis Kiven katu ja Helsinginkatu ovat vilkkaita, eikä lähistöllä ole muuta turvallista leikkialuetta kuin koulun piha ja Brahenkenttä. Parakkien sijaan kannattaisi selvittää, voisiko Kallion virastotalon tyhjilleen jäävät kerrokset ottaa opetuskäyttöön.

Aleksis Kivi kirjoitti veljeksistä, jotka eivät mahtuneet koulunpenkille. Toivottavasti hänen nimeään kantavan koulun oppilaille riittää edes piha.
""")

_add("fi", """
Vastaus [[P:Leena Rantaselle]]: ymmärrän hyvin huolesi Laajasalon raitiotien työmaa-aikaisesta liikenteestä, mutta en usko, että ratkaisu on siirtää koko työmaaliikenne Reposalmentielle. Siellä kulkee jo nyt koulubussi ja päiväkodin saattoliikenne.

Olen itse asunut Yliskylässä vuodesta 1994, ja viime vuosina rakennusaikaisia järjestelyjä on ollut niin monta, että on vaikea muistaa, millainen tie oli ennen. [[P:Rantasen]] ehdotus väliaikaisesta kevyen liikenteen sillasta on silti hyvä, ja kannatan sitä lämpimästi.

Kaupunki voisi myös kertoa selvemmin, milloin mitäkin vaihetta tehdään. Nyt tieto tulee lappuina postiluukusta viikkoa ennen.

[[P:Arto Mäenpää]]
""")

_add("fi", """
Tähtitorninvuoren puiston suunnitelmasta: kannatan ehdotusta vaihtoehdosta B, jossa vanha observatorion puoleinen rinne jätetään niityksi eikä sitä muuteta nurmikoksi.

Ullanlinnan ja Kaartinkaupungin asukkaille puisto on tärkeä juuri siksi, että se ei ole samanlainen kuin Esplanadi tai Kaivopuisto. Siellä on hiljaisia kohtia, joissa voi lukea kirjaa kuulematta liikennettä. Vaihtoehdossa A lisättäisiin valaistusta ja levennettäisiin polkuja niin, että myös huoltoajoneuvot pääsevät joka paikkaan.

Ymmärrän turvallisuuden tarpeen, mutta valaistus kannattaa tehdä matalana ja lämpimänä, ei stadionin tyyliin. Puiston kasvillisuudelle yövalo on haitaksi, ja lepakoita alueella on havaittu vielä 2020-luvullakin.
""")

_add("fi", """
Olen Pihlajamäen asukasyhdistyksen puheenjohtaja, ja kommentoin tässä yhdistyksen puolesta Pihlajamäen ostoskeskuksen asemakaavan muutosta (kaava nro 12815).

Yhdistyksemme hallitus keskusteli ehdotuksesta kokouksessaan 14.10. Hallituksen jäsen [[P:Kalevi Nieminen]], joka on ollut mukana Pihlajamäen rakennussuojelun selvityksissä 1990-luvulta asti, muistutti, että koko lähiö on valtakunnallisesti arvokas rakennettu kulttuuriympäristö. Ostoskeskus on sen sydän.

Emme vastusta uudisrakentamista. Vastustamme sitä, että vanha ostari puretaan kokonaan ja tilalle tulee kahdeksankerroksinen talo, jonka katutasossa on pelkkä pysäköintihallin sisäänajo. [[P:Niemisen]] laatima muistio vaihtoehdoista liitetään tähän kommenttiin, ja toivomme, että kaavoittaja lukee sen.

[[P:Helena Tuominen]]
puheenjohtaja, Pihlajamäki-seura
""")

_add("fi", """
Kaupunkiympäristön toimialan esittämä nopeusrajoitusten muutos 30 km/h:iin Munkkiniemen asuinkaduilla on hyvä. Kannatan sitä sekä asukkaana että kahden alakoululaisen vanhempana.

Huomauttaisin kuitenkin, että Munkkiniemen puistotiellä rajoitus ei yksin riitä. Siellä ajetaan jo nyt reilusti ylinopeutta iltaisin, eikä tietä ole rakennettu hidastamaan. Suunnitelmassa mainitut kaksi korotettua suojatietä kannattaisi toteuttaa heti eikä vasta toisessa vaiheessa vuonna 2028.

Lisäksi Munkkivuoren ostoskeskuksen kohdalla suojatie on paikassa, johon bussi 14 pysähtyy aivan sen eteen. Bussin takaa tulee lapsia, joita autoilija ei näe.
""")

_add("fi", """
Luin ketjun läpi ja haluan erityisesti kiittää [[P:Outi Hämäläistä]] hänen perusteellisesta kommentistaan hulevesistä. Hän on aivan oikeassa siinä, että uusien kattopintojen vesi valuu Longinojaan, jossa on taimenia.

Olen harrastanut kalastusta Longinojalla kolmekymmentä vuotta, ja vuosien varrella olen nähnyt, miten jokaisen rankkasateen jälkeen pohja liettyy. Jos Malmin lentokentän alueelle rakennetaan kaavan mukaisesti 25 000 asukkaan kaupunginosa, hulevesien hallinta ei voi olla vain yksi kappale kaavaselostuksessa.

Ehdotan, kuten [[P:Hämäläinenkin]], että viivytysaltaat mitoitetaan sadan vuoden sateelle eikä kymmenen vuoden. Se maksaa enemmän nyt mutta säästää myöhemmin.

[[P:Pentti Ojala]]
""")

_add("fi", """
Ruoholahden ja Jätkäsaaren väliseen siltaan liittyvästä liikennesuunnitelmasta: en ymmärrä, miksi raitiovaunupysäkki sijoitetaan Mechelininkadun jatkeelle niin, että Marimekon entisen myymälän kohdalle ei jää ollenkaan suojatietä.

Olen kävellyt tuon välin päivittäin neljä vuotta. Jos pysäkin siirtää sata metriä etelään, molemmin puolin jää luonteva ylityspaikka. Suunnitelmassa tämä on perusteltu sillä, että pysäkin pituus ei riitä kahdelle yhtäaikaiselle vaunulle, mutta tätä varten on olemassa nykyisen Länsisataman pysäkin malli.

Ehdotan myös, että kadun nimeämistoimikunta harkitsee uuden aukion nimeksi jotain muuta kuin kolmatta Jätkäsaari-alkuista nimeä. Tove Janssonilla on jo puisto Katajanokalla, mutta esimerkiksi Minna Canthilla ei vielä ole aukiota Länsisatamassa.
""")

_add("fi", """
Tuen vahvasti [[P:Jussi Koskisen]] ja [[P:Marja-Leena Hyvösen]] näkemystä siitä, että Kivikon liikuntapuiston laajennus on tärkeämpi kuin uusi pysäköintitalo. Luin molempien kommentit huolellisesti.

[[P:Koskisen]] kommentissa oli yksi asia, jota haluan tarkentaa. Hän kirjoitti, että pysäköintipaikkoja on jo nyt tarpeeksi. Omien havaintojeni mukaan se pitää arkisin paikkansa, mutta viikonloppuisin, kun jäähallissa on turnauksia, autoja on pysäköity jopa Kivikonkaaren pientareelle. Ratkaisu ei silti ole betonitalo vaan parempi bussiyhteys turnauspäivinä.

[[P:Hyvöseltä]] kuulin, että lautakunnan valmistelussa on harkittu myös tilapäistä pysäköintiä sorakentällä. Se olisi varmasti halvempi kokeilla ennen kuin rakennetaan mitään pysyvää.
""")

_add("fi", """
Kannatan Vartiosaaren osayleiskaavan hylkäämistä ja saaren säilyttämistä virkistysalueena.

Vartiosaari on yksi harvoista paikoista Helsingissä, jonne pääsee veneellä tai lautalla ja jossa voi kulkea tunnin näkemättä yhtään uutta rakennusta. Siellä on 1900-luvun alun huviloita, joista osa on rapistunut, mutta ne kertovat siitä Helsingistä, jossa kesä vietettiin saaressa eikä Espanjassa.

Kaupunginvaltuusto äänesti asiasta jo kerran, ja tulos oli selvä. En ymmärrä, miksi sama kysymys tuodaan uudelleen esiin muutaman vuoden välein. Asukkaat ovat ilmaisseet kantansa, ja luontoselvitykset puoltavat säilyttämistä.
""")

_add("fi", """
Olen asunut Herttoniemenrannassa vuodesta 2003 ja seurannut kolmea eri suunnitelmaa rantapuiston kehittämiseksi. Tämä neljäs on ensimmäinen, jossa uimaranta oikeasti huomioidaan.

Haluan silti muistuttaa, että rannan nykyinen kunto on vapaaehtoisten ansiota. Naapuritalossa asuva [[P:Reijo Savolainen]] on vuosikausia vienyt omalla peräkärryllään pois ruovikkoon ajautuneet roskat, ja hänen vaimonsa [[P:Ritva]] on pitänyt kirjaa rannan vedenlaadusta omilla mittauksillaan. [[P:Savolaisten]] tekemä työ on säästänyt kaupungilta varmasti kymmeniätuhansia euroja.

Pyydän, että suunnitelmassa otetaan mukaan edes pieni varasto vapaaehtoisten välineille sekä roska-astiat, jotka tyhjennetään kesällä useammin kuin kerran viikossa.
""")

_add("fi", """
Kysymykseen, millaisen leikkipuiston haluaisimme Torkkelinmäelle, vastaan: sellaisen, jossa on varjoa.

Kallion puistoissa on hellepäivinä lähes mahdotonta olla pienten lasten kanssa keskipäivällä, koska uusissa leikkipaikoissa kaikki puut on kaadettu tai niitä ei ole koskaan istutettu. Vanhassa Torkkelinmäen leikkipaikassa on iso lehmus, jonka alla istuu joka kesäpäivä parikymmentä vanhempaa. Älkää kaatako sitä.

Toiveena myös kahluuallas, joka on auki kesäkuusta elokuun loppuun eikä vain heinäkuun. Leikkipuisto Lintsin vieressä on aivan liian täynnä, kun se on ainoa auki oleva.
""")

_add("fi", """
Hei,

luin [[P:Tuomas Lindroosin]] kommentin Kalasataman keskuksen tornitaloista ja olen hänen kanssaan eri mieltä. [[P:Lindroosin]] mukaan tornit "pilaavat Helsingin siluetin". Minusta Kalasatama on juuri oikea paikka korkealle rakentamiselle: metroasema, ostoskeskus ja moottoritie ovat valmiina, eikä vieressä ole historiallista keskustaa, jota varjostaa.

Helsingin siluetista puhuttaessa kannattaa muistaa, että Tuomiokirkko ja Uspenskin katedraali on rakennettu kukkuloille juuri siksi, että ne näkyisivät. Carl Ludvig Engel ei pelännyt korkeutta.

Sen sijaan olen [[P:Tuomaksen]] kanssa samaa mieltä siitä, että tornien juurella tuulee hirveästi. Tuuliselvitys pitäisi tehdä ennen seuraavien tornien lupia.

terveisin [[P:Anu K.]]
""")

_add("fi", """
Tämä kommentti koskee Malmin kouluverkkoa ja erityisesti Pukinmäen peruskoulun tulevaisuutta.

Meidän perheessämme on kolme lasta, joista vanhin aloitti koulun 2019. Jokainen heistä on ehtinyt käydä koulua väistötiloissa, ja nyt nuorinkin joutuisi aloittamaan koulutiensä parakissa Pukinmäenkaaren varressa. Väistötilojen ei pitänyt olla pysyvä ratkaisu.

Opettaja [[P:Satu Laaksosta]] ja koko opettajakuntaa on kiitettävä siitä, että lapset ovat viihtyneet olosuhteista huolimatta. [[P:Laaksonen]] pitää joka syksy vanhemmille illan, jossa kerrotaan avoimesti tilanteesta. Sellaista viestintää toivoisi myös kaupungilta.

Vaadin aikataulun uudelle koulurakennukselle, ei enää selvitystä.
""")

_add("fi", """
Vastaan vielä tähän ketjuun, koska [[P:Ville Heikkilä]] kysyi yllä, mistä tieto Oulunkylän siltavaihtoehdoista on peräisin. Ne löytyvät hankkeen sivuilta, liite 7, tiedosto "Siltavaihtoehdot_2024_rev2.pdf". Ainakin minulla linkki toimi vielä eilen.

[[P:Villelle]] ja muille tiedoksi: vaihtoehdossa 2 silta kulkee Vantaanjoen yli Veräjämäen kohdalta, vaihtoehdossa 3 Oulunkylän siirtolapuutarhan pohjoispuolelta. Kolmonen olisi siirtolapuutarhalaisten kannalta huonompi, koska reitti kulkisi heidän porttinsa ohi.

Itse kannatan vaihtoehtoa 2.
""")

_add("fi", """
Paavo Nurmen tien pysäköintijärjestelyistä: suunnitelman mukaan stadionin itäpuolelta poistetaan noin 60 pysäköintipaikkaa ja tilalle tulee pyöräpysäköintiä. Hyvä niin.

Ongelmaksi jää se, että suurtapahtumien aikaan Olympiastadionille tullaan kaikkialta Suomesta ja moni tulee autolla. Ilman selkeää ohjausta Töölön asuinkaduille se tarkoittaa kaaosta, kuten nähtiin viime kesän konserttien aikana. Pelkkä kyltti "pysäköinti kielletty" ei auta, jos valvontaa ei ole.

Ehdotan väliaikaista liityntäpysäköintiä Pasilan messukeskuksen kentälle ja ilmaista pikaraitiotietä sieltä stadionille tapahtumapäivinä. Paavo Nurmi juoksi aikanaan stadionille, mutta kaikilta katsojilta sitä ei voi edellyttää.
""")

_add("fi", """
Olen erittäin pettynyt siihen, miten Meilahden huvila-alueen asemakaavan muutosta on valmisteltu.

Osallistumis- ja arviointisuunnitelma julkaistiin heinäkuussa, jolloin suurin osa asukkaista oli lomalla. Yhdistyksemme sihteeri [[P:Kristiina Vuorinen]] pyysi silloin lisäaikaa kommenteille, mutta pyyntöön ei vastattu. Nyt ehdotus on nähtävillä joulukuussa, ja taas määräaika osuu juhlapyhien kohdalle.

[[P:Vuorisen]] kirje on päivätty 18.7. ja siinä on pyydetty, että kaavoitus esittelisi hankkeen asukastilaisuudessa syksyllä. Sellaista tilaisuutta ei järjestetty. Tällainen menettely ei lisää luottamusta kaupunkiin.

Itse kaavan sisällöstä kirjoitan erikseen.

[[P:Georg Wahlroos]]
""")

_add("fi", """
Puotilan kartanon ympäristön kaavasta haluan sanoa lyhyesti: kiitos, että kartanon puisto ja vanha lehmuskuja säilytetään. Tämä on harvinaisen hyvin valmisteltu ehdotus.

Ainoa huoleni on Puotilantien liikenne. Kun kartanon ympärille tulee lisää asuntoja, Puotilan metroaseman ja kartanon välinen tie ruuhkautuu kesäisin hääjuhlien aikaan. Ehdotan, että kartanon vieraille osoitetaan erillinen pysäköinti ja tien nopeusrajoitus lasketaan 30 km/h:iin.

Kartanon pääsisäänkäynnin edessä olevan risteyksen näkemät ovat jo nyt huonot, koska pensasaidat ovat kasvaneet korkeiksi. Tämän voisi hoitaa jo ensi keväänä ilman kaavamuutostakin.
""")

_add("fi", """
Tämä on vastaus sekä [[P:Jari Mustoselle]] että [[P:Minna Peltolalle]], jotka kumpikin kirjoittivat, että Kannelmäen kirjasto pitäisi siirtää kauppakeskukseen.

Olen ymmärtänyt, että [[P:Mustonen]] perustelee siirtoa aukioloajoilla ja [[P:Peltola]] kävijämäärillä. Molemmat ovat hyviä perusteita, mutta kirjasto on meille kannelmäkeläisille muutakin kuin lainaamo. Nykyisessä talossa on hiljainen lukusali, jota ei ostoskeskuksessa olisi, ja sen pihalla on kirjaston oma pieni puisto, jossa on lukupiiri kesäisin.

[[P:Peltolan]] ehdotus pop-up-pisteestä kauppakeskuksessa on minusta paras: molemmat voisivat toimia rinnakkain. [[P:Mustosen]] laskelmista en ole yhtä varma; kannattaa odottaa kaupungin omaa selvitystä.

[[P:Hannele Aho]]
""")

_add("fi", """
Alppipuiston tapahtuma-alueen käytöstä:

Puisto on Linnanmäen ja Alppilan välissä, ja kesäkaudella se on käytössä lähes joka viikonloppu. Tapahtumat sinänsä ovat tervetulleita, mutta jälkisiivous on ollut surkeaa. Sunnuntaiaamuisin nurmikolla on lasinsiruja, ja koirien kanssa liikkuminen on vaarallista.

Ehdotan, että tapahtumajärjestäjiltä peritään 2 000 euron vakuus, joka palautetaan, kun kaupungin Stara tai muu taho on todennut puiston siistiksi. Muutamissa Euroopan kaupungeissa tätä käytetään, ja se toimii.

Lisäksi Helsinginkadun puoleiseen reunaan tarvitaan pysyvät yleiset käymälät. Nykyiset siirrettävät bajamajat eivät riitä isoihin tapahtumiin.
""")

_add("fi", """
Olen [[P:Aino]], 15-vuotias, ja kävin Kontulan nuorisotalolla, kun siellä kerättiin ideoita Kontulan keskuksen uudistukseen. Kirjoitan tänne, koska ohjaaja sanoi, että nuortenkin kannattaa kommentoida.

Meille tärkeintä on, että ostarilla on paikka, jossa saa olla ilman että pitää ostaa mitään. Nyt ainoa sellainen on kirjasto, ja se menee kiinni kahdeksalta. Uuteen keskukseen voisi tehdä katetun aukion, jossa on penkkejä ja pistorasioita.

Kaverini [[P:Eemil]] ja [[P:Yasmin]] ovat samaa mieltä. [[P:Yasminin]] idea oli, että aukiolle tulisi myös skeittipaikka, koska nykyinen skeittiparkki on kaukana Kontulan kentän toisella puolella.
""")

_add("fi", """
Kaupunginarkkitehdin esittelemässä Hakaniemen torin suunnitelmassa on minusta yksi selvä puute: hallin ympäriltä poistuu lähes kaikki puustoinen alue. Torin uusi pinta on pelkkää kiveä Hämeentiestä Siltasaarenkadulle.

Hakaniemen halli on kaunis ja sen remontti oli tervetullut, mutta helteellä torilla ei voi olla. Aiemmissa kuulemisissa asukkaat toivoivat puita torin reunoille, ja ne on nyt korvattu kahdella istutusaltaalla. Kaupungin oma ilmastosuunnitelma edellyttää hulevesien viivyttämistä ja varjoisia alueita.

Kysyn siis suoraan: miksi asukkaiden toiveet eivät näy lopullisessa suunnitelmassa, ja kuka niistä päätti luopua?
""")

_add("fi", """
Kommentoin Mäkelänrinteen alueen liikennesuunnitelmaa asukkaana ja myös Mäkelänrinteen lukion entisenä oppilaana.

Uintikeskuksen ja lukion välinen suojatie on jo nyt vaarallinen. Luokkatoverini [[P:Elias Koivisto]] jäi siinä auton alle vuonna 2017 ja loukkaantui vakavasti. Hän toipui, mutta jalka on edelleen huono. Tapauksen jälkeen suojatien kohdalle luvattiin liikennevalot, mutta niitä ei koskaan tullut.

Nyt suunnitelmassa suojatie siirretään vielä kauemmas lukion ovesta. Nuoret eivät kävele ylimääräistä sataa metriä, vaan ylittävät kadun suoraan. Pyydän, että suunnittelija puhuu [[P:Koiviston]] kaltaisten ihmisten kanssa ennen kuin piirtää suojatien uuteen paikkaan.
""")

_add("fi", """
Aivan liian vähän on tässä keskustelussa puhuttu Kaisaniemen puiston valaistuksesta. Puisto on Rautatientorin ja Kallion välinen oikotie, jota tuhannet käyttävät joka ilta. Talvella se on pimeä ja turvaton.

Kaisaniemen kasvitieteellisen puutarhan puoleinen osa on erityisen huono, koska siellä lamput ovat kaukana toisistaan ja puiden oksat peittävät ne. Viime talvena puistossa oli HS:n mukaan useita pahoinpitelyjä.

Kaupungin kannattaisi lisätä valaistusta ja leikata oksia Kaisaniemenkadun puolelta, ja samalla harkita pysyvää kävijälaskentaa, jotta tiedetään, paljonko puistoa oikeasti käytetään. Helsingin yliopiston puutarha voisi olla mukana yhteistyössä.
""")

_add("fi", """
Olen [[P:Pauliina Rautio]] Tapanilasta ja haluan kommentoida Tapanilan aseman seudun kaavarunkoa.

Meillä on Tapanilassa pitkä perinne puutalojen ja pienten kauppojen seudusta. Isoäitini [[P:Hilja]] piti aseman vieressä lankakauppaa 1950-luvulta 1980-luvulle. Kun kävelen nykyään asemalta kotiin, näen enää yhden pienen liikkeen, ja sekin on kiinni.

Kaavarunko lupaa "elävää katutilaa", mutta sen mahdollistamat kerrostalot on piirretty niin, että katutasossa on pelkkiä asuntoja ja jäteastiasuojia. Ehdotan, että jokaisen uuden talon kivijalkaan vaaditaan liiketila, vaikka se aluksi olisi tyhjä. Kysykää vaikka naapuriltani [[P:Tarja Pelkoselta]], joka yritti kolme vuotta löytää kahvilalleen tilaa Tapanilasta.
""")

_add("fi", """
Kerrokantasi-palvelun kysymykseen 3 ("Miten haluaisit kehittää Keskuspuiston reittejä?") vastaan seuraavasti.

1. Paloheinän ja Pirkkolan välinen pääreitti pitäisi valaista koko matkalta, ei vain urheilupuiston kohdalta.
2. Talvella latu-urat ja kävelyreitit erotetaan selvemmin. Nyt kävelijät tallaavat ladut ja hiihtäjät suuttuvat.
3. Haltialan tilan lähelle tarvitaan enemmän pyöräpysäköintiä.
4. Keskuspuiston vanhan metsän alueita ei saa harventaa hakkuilla "maisemanhoidon" nimissä.

Keskuspuisto on Helsingin tärkein viheralue, ja sen vaaliminen on koko kaupungin asia. Kiitos kyselystä.
""")

_add("fi", """
Lauttasaaren Vattuniemen kaavamuutoksesta: kannatan uusia asuntoja mutta en esitettyä tehokkuutta.

Olen seurannut tätä keskustelua pitkään, ja erityisesti [[P:Ilkka Tammisen]] kaksi aiempaa kommenttia olivat hyviä. Hän on ollut Vattuniemen yrittäjänä 30 vuotta ja tuntee alueen. [[P:Tammisen]] mukaan nykyiset liiketilat Vattuniemenkujalla ovat täynnä, mutta uusien talojen kivijalkaan suunnitellut tilat ovat niin kalliita, ettei kukaan pienyrittäjä pysty niitä vuokraamaan.

Ehdotan, että kaavassa osoitetaan osa liiketiloista kaupungin omistukseen ja vuokrataan kohtuuhintaan. Muuten Vattuniemestä tulee pelkkä makuuhuonelähiö.
""")

_add("fi", """
Minä ja mieheni [[P:Antero]] asumme Suutarilassa Siltamäessä. Lapsemme ovat jo aikuisia, mutta olemme seuranneet koulujen tilannetta lastenlasten kautta.

Selvitys ehdottaa Siltamäen ala-asteen yhdistämistä isompaan yksikköön. Kahdenkymmenen vuoden kokemuksella sanon, että pieni koulu on tuonut tälle alueelle yhteisöllisyyttä, jota ei muualla ole. Koulun pihalla on pelattu pesäpalloa kesäiltaisin, ja [[P:Anteron]] perustama lentopalloporukka kokoontuu edelleen koulun salissa torstaisin.

Jos koulu lähtee, lähtee myös sali. Pyydän, että päättäjät huomioivat tämän.
""")

# ---------------------------------------------------------------------------
# Part 2: more hand-written Finnish comments (positives and hard negatives)
# ---------------------------------------------------------------------------

_add("fi", """
Toivo on vielä olemassa, että Kulosaaren puistotien bulevardisointi toteutetaan niin, ettei Kulosaaren vanha huvilayhdyskunta jää moottoritien ja uusien kerrostalojen väliin puristuksiin.

Into uusien asuntojen rakentamiseen on ymmärrettävää, mutta suunnitelmassa kerrostalokortteleiden ja nykyisten huviloiden väliin jää paikoin vain kymmenen metrin viherkaista. Rauha, jota tänne muutetaan hakemaan, katoaa, jos ikkunasta näkyy naapurin parveke.

Onni onnettomuudessa on se, että kaava on vasta luonnosvaiheessa. Toivon, että kaupunkiympäristölautakunta palauttaa sen valmisteluun ja että uudessa versiossa viherkaistaa levennetään vähintään kolmeenkymmeneen metriin.
""")

_add("fi", """
Kannatan [[P:Onni Virtasen]] ehdotusta siitä, että Vuosaaren sataman rekkaliikenne ohjataan Kehä III:lle eikä Porvarinlahdentielle. Luin hänen kommenttinsa kahteen kertaan ja täytyy sanoa, että se on parempi kuin virallinen liikenneselvitys.

[[P:Virtanen]] perustelee asiaa sillä, että Porvarinlahdentien varrella on kaksi päiväkotia ja koulu. Lisään tähän, että tiellä ei ole kevyen liikenteen väylää koko matkalla, vaan pyöräilijät ajavat pientareella rekkojen seassa. Sain itse sivupeilistä osuman viime syksynä.

Toivon, että [[P:Onnille]] ja meille muille vastataan tässä ketjussa, eikä vain vuoden päästä vuorovaikutusraportissa.
""")

_add("fi", """
Koiramme Onni on kävellyt Mustikkamaan rantapolun joka aamu kahdeksan vuotta, joten tiedämme reitin hyvin.

Mustikkamaan ja Korkeasaaren välisen kävelysillan kunnostussuunnitelma on hyvä, mutta koirien ulkoilualue puuttuu kokonaan. Nykyinen aitaamaton niitty on käytössä joka päivä, ja jos sinne tulee suunnitelman mukainen piknik-alue, koiranomistajat ja piknikoijat riitelevät väistämättä.

Ehdotan aidattua koira-aluetta Kalasataman puoleiseen päähän, jossa ei ole uimarantaa eikä leikkipaikkaa. Alue voisi olla pieni, kunhan sinne pääsee kävellen Kalasataman metroasemalta.
""")

_add("fi", """
Lainaan tähän [[P:Tuuli Karjalaisen]] kommentin, koska se katosi moderoinnissa jostain syystä:

> "Helsingin kaupungin pitäisi huomioida, että Ruskeasuon kaavassa sallittava kerrosala on suurempi kuin koko Ruskeasuon nykyinen rakennuskanta yhteensä."

En tiedä, pitääkö luku tarkalleen paikkansa, mutta järjestys on oikea. [[P:Karjalaisen]] laskelma perustuu kaavaselostuksen taulukkoon 2, jossa uusi kerrosala on 118 000 k-m².

Tuulta tällä alueella riittää muutenkin, kun Mannerheimintien ja Nordenskiöldinkadun risteys on aukea. Tuuli ja varjo kannattaa mallintaa ennen kuin tornit hyväksytään.
""")

_add("fi", """
Keskustakirjasto Oodin ja Kansalaistorin ympäristön pysyvästä tapahtumakäytöstä:

Kansalaistori on onnistunut paikka, koska siellä ei ole mitään pakollista. Se on tyhjä tila, jossa voi istua, heittää frisbeetä tai katsella Musiikkitaloa. Jos sinne rakennetaan kiinteitä tapahtumarakenteita, se menettää juuri sen, mikä tekee siitä hyvän.

Tapahtumat kannattaa ohjata Töölönlahden puistoon ja Finlandia-talon eteen, jossa tilaa on enemmän ja äänet eivät kaiu lasiseinistä. Alvar Aallon Finlandia-talo on muutenkin juuri remontoitu, joten sen pihaa kannattaa käyttää.

Kansalaistori ei tarvitse mitään. Jättäkää se rauhaan.
""")

_add("fi", """
Teen tämän kommentin Kivikon ja Myllypuron rajalla asuvana ja Myllypuron Yhteisö ry:n sihteerinä. Yhdistyksen puheenjohtaja [[P:Hanna-Kaisa Ruotsalainen]] ei päässyt asukasiltaan, joten välitän hänen terveisensä tässä.

Myllypuron ostoskeskuksen asemakaavan muutos (nro 12 802) on pääosin hyvä, mutta uuden tornin varjo osuu suunnitelmien mukaan Myllypuron liikuntapuiston tekonurmelle koko iltapäivän ajan maaliskuusta syyskuuhun. [[P:Ruotsalaiselle]] ja monelle muulle tämä on ykkösasia, koska kenttä on alueen lasten ainoa iltapäiväkäytössä oleva urheilupaikka.

Yhdistys ehdottaa, että torni siirretään korttelin itäreunaan. Lisätietoja saa minulta tai [[P:Ruotsalaiselta]] sähköpostitse, [[E:myllypuron.yhteiso.sihteeri@gmail.com]].

[[P:Timo Backman]], sihteeri
""")

_add("fi", """
Jakomäen keskuksen kehittämisestä:

Kaupunki on luvannut Jakomäelle parannuksia jo 1990-luvulta lähtien. Nyt esitetty suunnitelma on kolmas, ja pelkään, että tämäkin jää paperille. Jakomäen ostari on edelleen 1970-luvun asussa, ja sen edessä oleva aukio on talvella yksi jäätikkö.

Suunnitelmassa on kuitenkin hyvää: kirjasto ja nuorisotila samaan rakennukseen, uusi bussiterminaali ja Jakomäentien varteen puurivi. Kaikki nämä kannattaa toteuttaa ensimmäisessä vaiheessa eikä vasta 2030-luvulla.

Helsingin kaupunginvaltuusto on hyväksynyt myönteisen erityiskohtelun rahoituksen näille alueille, joten rahaakin pitäisi löytyä. Odotan tekoja.
""")

_add("fi", """
Naapuritaloyhtiömme hallituksen puheenjohtaja [[P:Lasse Hirvonen]] kirjoitti tänne jo aiemmin taloyhtiön puolesta, mutta kirjoitan nyt vielä omissa nimissäni, koska olen asiasta osittain eri mieltä kuin hän.

[[P:Hirvosen]] mukaan Roihuvuoren kirsikkapuiston laajennus vie pysäköintipaikkoja, ja tämä on totta. Minusta se on kuitenkin hyvä asia. Kirsikkapuisto on Roihuvuoren tunnetuin paikka, ja keväällä kukkien aikaan tänne tulee tuhansia kävijöitä, jotka tuovat alueelle elämää ja asiakkaita kahviloille.

Ehdotan kompromissia: pysäköintipaikat siirretään Tulisuontielle, ja puistoon tulee kunnon käymälä, jota kukkajuhlan aikaan tarvitaan kipeästi. Olen tästä puhunut myös [[P:Lassen]] kanssa, ja hän voisi ehkä hyväksyä tämän.
""")

_add("fi", """
Elisan ja muiden operaattoreiden tukiasemien sijoittamisesta koulujen katoille on käyty keskustelua myös tässä kuulemisessa, joten kommentoin lyhyesti.

Säteilyturvakeskuksen mukaan tukiasemat eivät aiheuta terveysriskiä, ja luotan tähän. Sen sijaan minua huolettaa, että kaupunki vuokraa koulujen kattoja operaattoreille 30 vuoden sopimuksilla samaan aikaan, kun koulurakennusten peruskorjauksia lykätään.

Ehdotan, että vuokratulot korvamerkitään kyseisen koulun korjauksiin. Se olisi reilua oppilaita kohtaan.
""")

_add("fi", """
Kommentti Pasilan Ratapihankorttelien kaavaan.

Olen asunut Itä-Pasilassa 1980-luvulta. Kun tänne muutettiin, Pasilaa kutsuttiin "Helsingin Manhattaniksi" ja se oli lähinnä betonikansi. Nyt Triplan ja uuden aseman myötä alue on muuttunut täysin. Haluan kuitenkin muistuttaa, että Itä-Pasilan kansirakenteen alla on edelleen ihmisiä, jotka kulkevat pimeissä tunneleissa.

Isäni [[P:Yrjö]] oli mukana Itä-Pasilan ensimmäisessä asukastoimikunnassa ja kirjoitti kaupungille kirjeen toisensa perään siitä, että kansille tarvitaan hissit. Hissit tulivat lopulta, mutta osa niistä on ollut rikki kuukausia. [[P:Yrjön]] kirjeistä olisi kaupungilla opittavaa vielä tänään.

Ennen kuin rakennetaan uutta, korjatkaa vanha.
""")

_add("fi", """
Kaupunkiympäristön toimialan henkilöstö on tehnyt ison työn Vallilanlaakson puistosuunnitelman kanssa, ja sitä on syytä kiittää. Pyöräreitin erottaminen kävelyreitistä on erinomainen ratkaisu, joka vähentää vaaratilanteita.

Kaksi pientä toivetta:

Ensinnäkin Vallilanlaakson siirtolapuutarhan kohdalle tarvitaan juomavesipiste. Kesäisin laakson kautta kulkee tuhansia pyöräilijöitä eikä vettä saa mistään.

Toiseksi Kumpulan kasvitieteellisen puutarhan puoleisen rinteen valaistus on pimeä. Se ei ole pelkästään turvallisuuskysymys, vaan myös sitä, että talvella reittiä käyttää moni, jolla ei ole muuta kulkuvaihtoehtoa.
""")

_add("fi", """
Tässä ketjussa on moneen kertaan viitattu "[[P:Sepon]] laskelmiin", joten kerron, kuka [[P:Seppo]] on: [[P:Seppo Kärkkäinen]] on Malmin kentän ystävien pitkäaikainen aktiivi, joka on laskenut lentokenttäalueen hulevesiä omatoimisesti jo vuodesta 2016.

[[P:Kärkkäistä]] on joskus pidetty hankalana, mutta hänen laskelmansa ovat osoittautuneet oikeiksi useammin kuin kerran. Hän ennusti esimerkiksi, että Tattarisuon suunnan ojat tulvivat, ja niin tapahtui elokuussa 2023.

Pyydän, että kaavoittajat tapaavat [[P:Kärkkäisen]]. Häneltä saa paljon sellaista tietoa, jota ei konsulttiraporteista löydy.
""")

_add("fi", """
Munkkiniemen rannan ja Kuusisaaren välinen pyöräsilta on hieno ajatus, mutta sen sijoitus kulkee Villa Gyllenbergin ja Didrichsenin taidemuseon ohi tavalla, joka muuttaa koko Kuusisaaren luonnetta.

Kuusisaari on hiljainen ja suurelta osin yksityinen saari, jossa on kaksi tärkeää taidemuseota. Jos pyöräreitti kulkee sen läpi, saaren pääkatu muuttuu läpikulkureitiksi Espoon suuntaan. Silloin kävijät ja lapset museoiden edessä joutuvat väistelemään pyöräilijöitä, joilla on kiire Otaniemeen.

Ehdotan, että reitti viedään Lehtisaaren kautta, jossa nykyinen silta on jo olemassa.
""")

_add("fi", """
Ilmoitan kantani koskien Kalliolan ja Sörnäisten alueen liikenteen rauhoittamista.

Olen ollut Sörnäisten kirjakaupan omistaja vuodesta 2011 ja olen nähnyt, miten Vaasankadun liikenne on muuttunut. Kannatan kävelykatukokeilua, mutta en ympärivuotisena. Kokeilkaa sitä kesällä, ja katsotaan, miten käy.

Minulle ovat kirjoittaneet samasta asiasta myös kanta-asiakkaani [[P:Kaarina Lehtonen]] ja [[P:Sakari Huttunen]], jotka molemmat kulkevat pyörätuolilla tai rollaattorilla. Heille kävelykatu on hyvä vain, jos taksi pääsee ovelle saakka. Tämä pitää ratkaista ennen kuin kokeilu alkaa. [[P:Lehtosen]] ja [[P:Huttusen]] kaltaisia asiakkaita on Kalliossa enemmän kuin suunnittelijat ehkä arvaavat.
""")

_add("fi", """
Arabianrannan Toukolan rantapuiston suunnitelmasta ja erityisesti Vanhankaupunginlahden luonnonsuojelualueen rajasta:

Lintuharrastajana huomautan, että suunniteltu ranta-aukio ulottuu aivan suojelualueen rajalle asti. Keväisin lahdella pesii satoja vesilintuja, ja aukion valaistus ja äänet häiritsisivät niitä. Helsingin seudun lintutieteellinen yhdistys Tringa on antanut asiasta lausunnon, joka on ymmärtääkseni liitetty asiakirjoihin.

Arabian vanha tehdasalue on kaunis, ja Arabia-brändin historia kuuluu kaupunginosan identiteettiin, mutta luonto on se, mikä tänne ihmiset tuo. Siirtäkää aukio Hämeentien puolelle ja jättäkää ranta linnuille.
""")

_add("fi", """
Kävin eilen asukastilaisuudessa Itäkeskuksen työväenopistolla. Kiitos järjestäjille, tilaisuus oli hyvin järjestetty.

Siellä puhui myös [[P:Abdirahman Farah]], joka pitää Itäkeskuksessa pientä ravintolaa. Hänen mielestään Itäkeskuksen bulevardisuunnitelma unohtaa kokonaan ne pienyrittäjät, jotka nyt toimivat Turunlinnantien varressa. Olen [[P:Farahin]] kanssa samaa mieltä. Uudet liiketilat tulevat maksamaan moninkertaisesti nykyisiin verrattuna.

Tilaisuudessa toinen puhuja, [[P:Marketta Soininen]], kysyi, kuinka monta nykyistä yrittäjää kaupunki aikoo auttaa siirtymävaiheen yli. Vastausta ei saatu. Toivon, että [[P:Soiselle]] vastataan kirjallisesti täällä kuulemisessa.
""")

_add("fi", """
Oma kantani Kalasataman raitiotien linjaukseen Sörnäisten rantatiellä:

Kalasatamasta Pasilaan menevä raitiotie on tarpeen, mutta linjauksen vaihtoehdossa 1 ratikka kulkee Sörnäisten rantatien keskellä, mikä vie yhden autokaistan suunnasta riippumatta. Vaihtoehto 2 kulkee Hermannin rantatietä ja jättää Sörnäisten rantatien ennalleen.

Kannatan vaihtoehtoa 2. Hermannin rantatie on kapeampi, mutta sen varrella asuu enemmän ihmisiä, jotka hyötyisivät raitiovaunusta. Sörnäisten rantatie on lähinnä läpiajoreitti, jonka varrella on toimistoja ja Suvilahden tapahtumakeskus.

Kaupunkiympäristölautakunnan päätös asiasta on tulossa tammikuussa 2027. Toivottavasti se ei siirry taas.
""")

_add("fi", """
Tämä on avoin kirje kaupunkiympäristön toimialalle Roihupellon teollisuusalueen kaavamuutoksesta.

Olen [[P:Reino Väisänen]], ja pidän autokorjaamoa Roihupellossa osoitteessa [[A:Sahaajankatu 24]]. Korjaamo on ollut samassa paikassa vuodesta 1986, kun isäni [[P:Eino]] sen perusti. Kaavamuutos muuttaisi korttelin asuinkäyttöön, ja korjaamo joutuisi lähtemään.

En vastusta asuntorakentamista, mutta pyydän, että kaupunki osoittaa pienyrittäjille korvaavan tontin samalta alueelta. Roihupellossa on kymmeniä pieniä korjaamoja ja verstaita, joille ei ole muualla Helsingissä tilaa. Jos me kaikki lähdemme, autonomistajat ajavat Vantaalle korjauttamaan autonsa.

Yhteydenotot: [[T:+358 50 441 2907]]
""")

_add("fi", """
Hei kaikki.

Oma kommenttini ei ole niin pitkä kuin [[P:Pasi Heikkisen]] tai [[P:Kirsi Ahosen]], mutta haluan sanoa yhden asian. Vuosaaren Meri-Rastilan metsä on tärkeä monelle, eikä sen arvoa voi mitata kerrosneliömetreinä.

Meri-Rastilan metsässä kävelee joka aamu satoja ihmisiä koirineen, ja koululaiset käyvät siellä luontoretkillä. [[P:Heikkisen]] mainitsema liito-oravahavainto on kirjattu myös kaupungin omaan luontotietojärjestelmään, joten tieto on varmasti oikein.

Kiitos [[P:Kirsille]] siitä, että hän kokosi allekirjoituksia: niitä on kuulemma jo yli 3 000.
""")

_add("fi", """
Pitäisi miettiä, kuka oikeasti hyötyy Hernesaaren kaavasta.

Alueelle suunnitellaan luksusasuntoja, hotellia ja kylpylää. Samaan aikaan Hernesaaren ranta, joka nyt on kaikille avoin, muuttuu käytännössä yksityiseksi. Kaupungin omissa strategioissa korostetaan, että rannat kuuluvat kaikille, mutta tässä kaavassa niin ei ole.

Hernesaaren nykyinen ranta on Eiran ja Punavuoren asukkaille tärkeä paikka. Kesäiltaisin siellä istuu satoja ihmisiä katsomassa auringonlaskua. Toivon, että kaupunki muistaa heidät.
""")

_add("fi", """
Olen [[P:Kaisa Niemelä]] ja kirjoitan Kaisaniemen ala-asteen vanhempainyhdistyksen puolesta.

Kaisaniemen koulun piha on peruskorjauksen jälkeen kaventunut, koska sen viereen rakennettiin väliaikainen huoltotie. Toivomme, että tie poistetaan ja piha palautetaan lasten käyttöön. Kaisaniemen puisto on koulun vieressä, mutta sinne ei voi päästää lapsia ilman aikuista välitunneilla.

Vanhempainyhdistyksen hallituksesta myös [[P:Joonas Rinne]] ja [[P:Elina Kaarto]] ovat allekirjoittaneet tämän kommentin. Meihin voi ottaa yhteyttä vanhempainyhdistyksen kautta tai suoraan minuun, [[E:kaisa.niemela@outlook.com]].
""")

_add("fi", """
Urho Kekkosen kadun ja Kampin alueen uudistuksesta:

Kampin keskuksen ja Tennispalatsin välinen alue on yksi Helsingin vilkkaimmista jalankulkupaikoista, ja sen uudistus on tarpeen. Kannatan suunnitelmaa, jossa Urho Kekkosen katu muutetaan kävelypainotteiseksi ja autoliikenne ohjataan Fredrikinkadun ja Runeberginkadun kautta.

Lisäksi pyydän, että Kampin kappeli ja Narinkkatori huomioidaan kokonaisuutena. Narinkkatorilla on nyt liikaa satunnaisia rakennelmia ja mainoksia. Tori on kaunis silloin, kun se on tyhjä.

Muistutan myös, että Urho Kekkonen itse oli aikanaan innokas hiihtäjä ja kävelijä. Hänen nimeään kantava katu sopii hyvin kävelykaduksi.
""")

_add("fi", """
Kommentoin Vantaan Tikkurilan keskuksen kaavarunkoa helsinkiläisenä, joka käy Tikkurilassa töissä. Tiedän, että kyseessä on Vantaan hanke, mutta se vaikuttaa myös meihin pääkaupunkiseudun asukkaisiin.

Tikkurilan asemalta Dixin ja Heurekan välinen alue on jalankulkijalle sekava. Aseman uudistus on helpottanut, mutta Tikkurilantien ylitys on yhä hankala. Jos kaavarunko toteutuu, uusia asuntoja tulee parituhatta, ja ylittäjiä on silloin entistä enemmän.

Ehdotan alikulun tai sillan sijaan tasoylitystä, jossa on liikennevalot ja levennetty suojatie. Jalankulkijoiden ei pitäisi joutua kiipeämään portaita, jotta autot voivat ajaa vapaasti.
""")

_add("fi", """
[[P:Matti]] ja [[P:Maija Lindholm]] tässä hei, kirjoitamme Matinkylästä.

Espoon Matinkylän metroaseman ympäristön kaavamuutoksessa on ehdotettu, että Iso Omenan pysäköintitaloa korotetaan kahdella kerroksella. Se ei ole järkevää: kaikki, jotka tulevat metrolla, eivät tarvitse autopaikkoja, ja ne, jotka tarvitsevat, voivat pysäköidä Matinkyläntien liityntäpysäköintiin.

Naapurimme [[P:Erkki Lahtinen]] sanoi hyvin, että pysäköintitalo ei ole kaupunkikuvan kannalta kaunis, ja se jo nyt varjostaa meidän pihaamme iltapäivisin. Toivomme, että Espoon kaupunki harkitsee vielä.

[[P:Lindholmit]]
""")

_add("fi", """
Haluan kiittää kaupunkia siitä, että Vanhankaupunginkosken patoa koskevaan päätökseen on tuotu myös kalatalouden näkökulma. Kosken ennallistaminen vaelluskaloille on tärkeä asia koko Vantaanjoen vesistölle.

Haluan silti muistuttaa, että Helsingin Energian (nykyisen Helenin) vanha voimalaitosrakennus on kulttuurihistoriallisesti arvokas, eikä sitä saa purkaa. Rakennus on kaunis ja siihen liittyy Helsingin sähköistymisen historia. Voimalaitosmuseo on yksi harvoista pienistä museoista, joihin pääsee ilmaiseksi.

Toivon siis ratkaisua, jossa pato puretaan mutta rakennukset jäävät.
""")

_add("fi", """
Kokemuksia koulutietä Mellunkylästä:

Lapsemme käyvät Mellunmäen ala-asteella, ja heidän koulumatkansa kulkee Mellunmäentien yli. Tie on leveä ja autot ajavat kovaa, etenkin aamuisin Kehä I:ltä tultaessa.

Liikennesuunnitelmassa ehdotettu liikenneympyrä Mellunmäentien ja Kivikkokujan risteykseen on hyvä, mutta sitä ei pitäisi jättää viimeiseen vaiheeseen. Naapurini [[P:Arja Korpela]] kysyi asiaa jo vuonna 2021 kaupungin palautepalvelun kautta ja sai vastauksen, että asia on "työn alla". Viisi vuotta myöhemmin mitään ei ole tapahtunut. [[P:Korpelalta]] pyydettiin silloin vielä lisätietoja, jotka hän toimitti.

Toivon, että tällä kertaa asia etenee.
""")

_add("fi", """
Tämä on kommentti, jota en olisi halunnut kirjoittaa.

Viikko sitten Ruoholahden pyöräsillan kohdalla tapahtui onnettomuus, jossa nuori nainen loukkaantui, kun auto kääntyi oikealle pyöräkaistan yli. Olin paikalla ja soitin ambulanssin. En tiedä hänen nimeään, enkä haluakaan tietää, mutta toivon, että hän toipuu.

Risteys on ollut vaarallinen koko sen ajan, kun olen siitä kulkenut. Suunnitelmaan merkitty erillinen pyörävalo on välttämätön, ja se tarvitaan nyt, ei vuonna 2029. Kaupunkiympäristölautakunta voisi tehdä poikkeuspäätöksen ja toteuttaa sen etupainotteisesti.
""")

_add("fi", """
Olen lukenut tämän kuulemisen kaikki 214 kommenttia. Monissa niistä toistuu sama viesti: Laakson sairaala-alueelle tulevan asuinalueen tehokkuus on liian suuri suhteessa Keskuspuistoon.

Tiivistän tähän muutamia hyviä kommentteja. [[P:Harri Jokinen]] huomautti, että Keskuspuiston reuna on kaavassa siirtymässä noin viisikymmentä metriä pohjoiseen. [[P:Sanna Valtonen]] muistutti, että alueella on uhanalaisia kääpälajeja. [[P:Jokiselle]] ja [[P:Valtoselle]] ei ole tähän mennessä vastattu.

Toivon, että kaavoittaja kokoaa vastineet näihin kaikkiin ennen lautakuntakäsittelyä.

[[P:Tapani Rissanen]]
""")

_add("fi", """
Pyydän, että Fazerin vanhan tehdasalueen suojelu Vaasankadun varrella otetaan huomioon, kun Sörnäisten kaavaa tehdään.

Karl Fazerin aloittama suklaateollisuus on osa Helsingin teollisuushistoriaa, ja vaikka tuotanto on siirtynyt Vantaalle jo vuosikymmeniä sitten, muutama rakennus kertoo tarinan yhä. Sama koskee Sinebrychoffin panimoa Punavuoressa, joka on jo suojeltu, ja Pauligin paahtimoa Vuosaaressa.

Kaavoittajalta toivoisin listaa siitä, mitkä rakennukset on tarkoitus säilyttää. Tällä hetkellä luonnos on niin yleinen, ettei siitä voi päätellä mitään.
""")

_add("fi", """
Olen kaupungin vuokralaisena asuva eläkeläinen Myllypurosta. Kommentoin Myllypuron terveysaseman sulkemista koskevaa selvitystä, joka on osana tätä palveluverkkokuulemista.

Asun yksin ja kuljen kävelysauvojen kanssa. Myllypuron terveysasemalle minulla on kymmenen minuutin kävelymatka, Itäkeskukseen matka vaatii bussin ja vaihdon. Monelle meistä tämä on iso muutos.

Asukastuvalla asiaa on käsitelty, ja ohjaaja [[P:Heli Rautiainen]] keräsi adressin, jonka allekirjoitti 480 ihmistä. Adressi luovutettiin [[P:Rautiaisen]] toimesta lokakuussa sosiaali-, terveys- ja pelastuslautakunnalle. Toivomme, että se on luettu.
""")

_add("fi", """
Kannatan Helsingin yleiskaavan tarkistusta siltä osin, että se mahdollistaa enemmän pientaloja Koillis-Helsinkiin. Helsingissä on pulaa perheasunnoista, ja moni lapsiperhe muuttaa Vantaalle tai Sipooseen juuri siksi, ettei Helsingistä löydy pihallista asuntoa kohtuuhintaan.

Haluan kuitenkin muistuttaa, että pientaloalueilla tarvitaan myös julkista liikennettä. Suutarilan ja Tapulikaupungin välinen bussiyhteys on nyt harva, ja moni joutuu ostamaan toisen auton.

HSL:n ja kaupungin pitäisi suunnitella uudet asuinalueet ja liikenne yhdessä, eikä niin, että asukkaat muuttavat ensin ja bussi tulee kymmenen vuoden päästä.
""")

_add("fi", """
Puistosuunnitelman kuulemiseen Kumpulan kyläpuistosta:

Vanhempana haluan kiittää siitä, että leikkipuisto Kumpulan nykyiset puuleikkivälineet säilytetään. Ne on aikanaan tehnyt paikallinen puuseppä, [[P:Veikko Laine]], ja ne ovat edelleen lasten suosikkeja. [[P:Veikko Laineen]] kädenjälki näkyy myös Kumpulan uimalan vanhoissa pukukopeissa.

Suunnitelmassa ehdotetaan, että osa välineistä korvataan muovisilla. Toivon, että kaupunki tilaa korvaavat välineet mieluummin paikalliselta puusepältä kuin suuresta katalogista. [[P:Laineen]] tyylistä voisi ottaa mallia.
""")

_add("fi", """
Sain tiedon tästä kuulemisesta naapurini [[P:Gunilla Åkerbergin]] kautta, joka laittoi paperisen lapun porraskäytävän ilmoitustaululle. Kiitos [[P:Gunillalle]]! Ilman häntä en olisi tiennyt koko asiasta.

Kaupungin pitäisi tiedottaa kuulemisista myös paperilla, sillä kaikki eivät käytä internetiä. Meidän talossamme asuu paljon vanhuksia, joista monella ei ole älypuhelinta.

Itse kaavasta: Taka-Töölön Linnankoskenkadun varren täydennysrakentaminen on mielestäni hyväksyttävää, kunhan sisäpihojen puut säilytetään. Nykyisessä luonnoksessa kaksi vanhaa koivua on merkitty kaadettavaksi.
""")

_add("fi", """
Oma huomio Herttoniemen teollisuusalueen muutoksesta asuinalueeksi. Muistuttaisin, että alueella on yhä toimivia yrityksiä, jotka työllistävät satoja ihmisiä. Kun kaava muuttuu, yritykset joutuvat muuttamaan, eikä kukaan ole varmistanut, että ne pysyvät Helsingissä.

Herttoniemen yritysalueella toimii esimerkiksi leipomoita, kirjapainoja ja tukkuliikkeitä. Osa niistä on ollut täällä 1960-luvulta. Ymmärrän, että Helsinki tarvitsee asuntoja, mutta se tarvitsee myös työpaikkoja.

Toivoisin, että kaupunki laatii elinkeinovaikutusten arvioinnin ennen kaavan hyväksymistä.
""")

# ---------------------------------------------------------------------------
# Part 3: hand-written Swedish hearing comments
# ---------------------------------------------------------------------------

_add("sv", """
Jag vill kommentera detaljplaneändringen för kvarteret vid Norra Hesperiagatan. Min granne [[P:Birgitta Lindqvist]] har bott i huset sedan 1972, och hon har sett tre olika förslag komma och gå. Varje gång har staden lovat att gårdsträden ska bevaras.

Nu föreslås det att innergården blir ett underjordiskt parkeringsgarage med ett tunt jordlager ovanpå. [[P:Birgittas]] rönnar och syrener skulle inte överleva det. Jag förstår att det behövs fler bostäder i Tölö, men inte till priset av de sista gröna gårdarna.

Med vänliga hälsningar
[[P:Håkan Sjöberg]]
""")

_add("sv", """
Som [[P:Göran Westerlund]] skrev i sin kommentar ovan är trafikplanen för Munksnäs allé ett steg i rätt riktning, men den löser inte problemet med genomfartstrafiken mot Esbo.

Jag håller med [[P:Göran]] om att hastighetsgränsen 30 km/h borde gälla på hela allén och inte bara vid skolan. [[P:Westerlunds]] förslag om upphöjda övergångsställen vid Munksnäs köpcentrum är också bra, och det kostar inte mycket.

Det som saknas i planen är en bättre lösning för cyklister som kommer från Granö. I dag cyklar de på trottoaren eftersom körbanan är för farlig.
""")

_add("sv", """
Sibeliusparkens upprustning är efterlängtad. Jag promenerar där varje morgon och har sett hur stigarna mot stranden har slitits ner under de senaste åren.

Det är bra att turistbussarna flyttas bort från monumentet. Eila Hiltunens skulptur förtjänar en lugnare omgivning, och bussarna har stått på tomgång i timmar. Jag hoppas att staden också ser över belysningen längs Mechelingatan, där det är mörkt på vintern.

Däremot är jag tveksam till förslaget om ett nytt kafé mitt i parken. Det finns redan ett kafé vid stranden, och parken behöver inte mer byggnader. Jean Sibelius själv skulle nog ha föredragit tystnad.
""")

_add("sv", """
Jag skriver som ordförande för Hem och skola-föreningen vid Kottby lågstadieskola. Vi har diskuterat utredningen om det svenska skolnätet i Helsingfors på vårt senaste möte.

Förslaget att slå ihop Kottby och Åggelby till en enhet skulle innebära att barn från Kottby måste korsa Tusbyleden varje dag. Föreningens kassör [[P:Mikaela Nyberg]] har räknat ut att omkring 60 barn berörs. Hon har också pratat med föräldrar i Åggelby, och där är oron lika stor.

Vi ber fostrans- och utbildningsnämnden att lyssna på föräldrarna innan beslutet fattas. Kontakta gärna mig eller [[P:Mikaela]] om ni vill träffas.

[[P:Annika Holmström]]
ordförande
""")

_add("sv", """
Jag bor vid Lönnrotsgatan och har följt diskussionen om att göra Sandvikstorget till en bilfri plats. Jag stöder förslaget helhjärtat.

Sandvikstorget är ett av de få torgen i centrum där det fortfarande finns gamla träd. I dag parkeras bilar ända fram till trädstammarna, och rötterna tar skada. Om bilarna flyttas kunde torget få bänkar och kanske en liten lekplats för barnen i kvarteren kring Bulevarden och Albertsgatan.

Stadsmiljönämnden borde fatta beslut redan under nästa år. Det här är inte ett stort eller dyrt projekt.
""")

_add("sv", """
Svar till [[P:Stig Ekholm]]: du har rätt i att byggtiden för spårvägen till Degerö blir lång, men jag tror inte att det är ett argument mot själva spårvägen.

Jag har bott på Degerö i trettio år. När bron byggdes fanns det också många som var emot, och nu använder nästan alla den. [[P:Ekholms]] oro över bullret under byggtiden är förståelig, och staden borde verkligen informera bättre om när de mest bullriga arbetena görs.

Jag hoppas att [[P:Stig]] och andra som är oroliga blir inbjudna till ett invånarmöte där man kan ställa frågor direkt.

[[P:Ulla-Britt Grönroos]]
""")

_add("sv", """
Kommentar om skolnätsutredningen och Zacharias Topelius skola.

Topelius skola är en av de äldsta svenska skolorna i centrum, och dess gård är redan nu liten. Förslaget att flytta in ytterligare två årskurser från en annan skola skulle göra gården ännu trängre. Utredningen nämner Esplanaden och Brunnsparken som möjliga platser för utomhusaktiviteter, men det är inte realistiskt att ta en hel klass till Brunnsparken varje rast.

Vi föräldrar vill att staden hittar en permanent lösning, till exempel genom att hyra lokaler i närheten. Zacharias Topelius skrev sagor om barn som fick leka fritt, och det borde hans skola också få göra.
""")

_add("sv", """
Jag vill tacka [[P:Camilla Lundberg]] för hennes utförliga kommentar om dagvattnet i Östersundom. Hon har förklarat saken bättre än själva planbeskrivningen.

Precis som [[P:Camilla Lundbergs]] kommentar visar, rinner vatten från de nya gatorna rakt ut i Kapellviken, som är ett Natura 2000-område. Jag har själv sett hur viken har grumlats efter stora regn. Det är inte bara fåglarna som drabbas utan också fiskarna.

Jag föreslår, liksom [[P:Lundberg]], att man bygger fördröjningsbassänger redan i första etappen.

Hälsningar, [[P:Johan Forsman]], Östersundom
""")

_add("sv", """
Gällande trafikplanen för Tavastvägen mellan Berghäll och Arabia:

Planen att ta bort en bilfil och bygga en separat cykelbana är bra. Tavastvägen är i dag farlig för cyklister, och många väljer omvägar genom bakgatorna. Spårvagnen och bussarna får också bättre framkomlighet när bilarna blir färre.

Det jag saknar är lastplatser för butikerna. Längs Tavastvägen finns många små affärer och restauranger som får varor varje dag. Om lastbilarna inte har någonstans att stanna kommer de att blockera cykelbanan. Staden borde reservera lastzoner mellan klockan 6 och 10.
""")

_add("sv", """
Hej,

min pappa [[P:Bertil]] byggde vårt hus i Brändö på 1950-talet, och han planterade de lindar som nu står längs gatan. I trafikplanen för Brändö står det att träden ska tas bort för att bredda trottoaren.

Jag förstår att trottoaren är smal, men det finns andra lösningar. Man kunde till exempel göra gatan enkelriktad och använda det utrymmet för fotgängare. Då skulle träden få stå kvar.

[[P:Bertils]] lindar är en del av Brändös historia. Jag hoppas att staden tänker om.

[[P:Karin Sandström]]
""")

_add("sv", """
Staden har föreslagit att Kajsaniemiparken ska få ny belysning och nya gångvägar. Det är bra, men jag vill påminna om att parken också är en viktig plats för fåglar, särskilt intill Botaniska trädgården.

Belysningen borde vara svag och riktad nedåt. Det finns modern teknik för detta, och bland annat Stockholm har använt den i sina parker. Helsingfors universitet, som äger trädgården, borde få uttala sig om planen.

Jag hoppas också att de gamla bänkarna längs Kajsaniemigatan får stå kvar. De är från 1950-talet och har ett kulturhistoriskt värde.
""")

_add("sv", """
Tack till föreläsaren på invånarmötet i Hagnäs förra veckan. Mötet var välorganiserat och det var bra att planerarna var på plats.

Flera talare tog upp bristen på grönområden i Berghäll. Den som gjorde störst intryck på mig var [[P:Agneta Wikström]], som berättade att hennes barnbarn inte har någon park inom gångavstånd som är öppen efter klockan åtta på kvällen. [[P:Wikströms]] fråga om varför Torkelsbacken inte kan bli en riktig park fick inget svar.

Jag vill att frågan besvaras här i hörandet.
""")

_add("sv", """
Synpunkter på detaljplanen för Drumsö strand (planförslag nr 12 844).

Jag stöder att stranden görs tillgänglig för alla, men jag motsätter mig att strandpromenaden breddas till sex meter. En så bred väg förvandlar en stilla strand till en cykelmotorväg. Tre meter räcker gott.

Dessutom borde badplatsen vid Drumsö vattentorn få bättre omklädningsrum. De nuvarande är i dåligt skick, och det finns bara en toalett för hela stranden. Helsingfors stad har lovat förbättringar sedan 2018.
""")

_add("sv", """
Jag heter [[P:Rasmus Eklund]] och går i gymnasiet Lärkan. Vi diskuterade skolnätsutredningen på en lektion i samhällskunskap, och min lärare [[P:Sofia Nordström]] uppmuntrade oss att skriva hit.

Om Lärkan flyttas till en ny byggnad i Böle skulle restiden för många av oss bli dubbelt så lång. Jag bor i Nordsjö och åker redan nu nästan en timme åt varje håll. [[P:Sofias]] klass gjorde en enkät, och 80 procent av eleverna var emot flytten.

Vi hoppas att någon lyssnar på oss som faktiskt går i skolan.
""")

_add("sv", """
Idag läste jag i Hufvudstadsbladet att stadsstyrelsen redan i vår ska besluta om den nya parkeringspolicyn. Jag vill därför lämna min kommentar nu.

Boendeparkeringen i Tölö är redan för dyr för många pensionärer. Om avgiften höjs igen, som förslaget antyder, tvingas många att sälja bilen trots att de behöver den för att besöka sjukhuset i Mejlans eller släkt på landet.

Jag föreslår en lägre avgift för personer över 75 år och för personer med rörelsehinder. Detta har gjorts i Stockholm och Köpenhamn.
""")

_add("sv", """
Svar till [[P:Lena]] ovan:

Du frågade var man kan se ritningarna för den nya skolan i Gårdsbacka. De finns i bilaga 4 under rubriken "Skolbyggnad, alternativ A och B". Jag hittade dem först efter en lång stund, så jag förstår att det var svårt.

[[P:Lenas]] poäng om att skolgården blir mindre i alternativ B stämmer. Jag räknade själv, och gården minskar med nästan 1 200 kvadratmeter. Jag röstar därför för alternativ A.

/[[P:Patrik]]
""")

_add("sv", """
Kommentar angående förslaget till stadsmiljönämnden om fler lådcyklar och cykelparkering vid Helsingfors centralstation.

Jag tycker förslaget är bra, men cykelparkeringen vid Elielplatsen måste vara övervakad. Flera av mina vänner har fått sina cyklar stulna där. Stationen ritades av Eliel Saarinen och är en av Helsingfors vackraste byggnader, men runt den är det rörigt och otryggt på kvällarna.

Jag föreslår också att taxiplatserna flyttas längre bort och att Järnvägstorget utvecklas till ett riktigt torg.
""")

_add("sv", """
Hej! Jag driver en liten blomsteraffär i Tölö, och jag har märkt att trafikplanen för Runebergsgatan tar bort alla korttidsplatser framför min butik.

Min granne, frisören [[P:Mirja Holmberg]], har samma problem. Vi har båda kunder som är äldre och som inte kan gå långt. [[P:Mirjas]] kunder är ofta över 80 år och kommer med taxi. Utan en lastplats kan taxin inte stanna.

Vi föreslår att en plats för av- och påstigning behålls vid hörnet av Runebergsgatan och Apollogatan.

[[P:Eva Lindroos]], blomsterhandlare
""")

_add("sv", """
Skolnätsutredningen för Östra Helsingfors svenska skolor tar inte hänsyn till hur långt barnen i Nordsjö och Botby redan reser. Botby grundskola är den enda svenska skolan i området, och den är full.

Om den utvidgas enligt alternativ 2 kommer skolan att ha över 700 elever, vilket är för stort för många barn. Alternativ 3, en ny enhet i Nordsjö, är bättre. Det kostar mer, men barnen slipper sitta i buss en halvtimme varje morgon.

Jag hoppas att stadsfullmäktige väljer alternativ 3.
""")

# ---------------------------------------------------------------------------
# Part 4: more hand-written Finnish comments, more case forms and negatives
# ---------------------------------------------------------------------------

_add("fi", """
Meidän taloyhtiössämme kaikki tuntevat talkoovastaavan [[P:Jaskana]], vaikka virallisesti hän on [[P:Jarkko Salonen]]. Häntä on kutsuttu [[P:Jaskaksi]] jo vuosikymmeniä, ja hänen ansiostaan Maunulan Pirjontien varren pihat ovat kunnossa.

Kirjoitan, koska Maunulan keskuksen kaavassa taloyhtiömme ja Maunulan puiston väliin suunnitellaan uutta huoltoajoa. [[P:Jaskan]] mukaan sama ajo oli suunnitelmissa jo vuonna 2012, ja silloin asukkaat saivat sen poistettua. Nyt se on palannut ilman, että kukaan selittää miksi.

Ehdotan, että huoltoajo järjestetään Metsäpurontien kautta, jossa on jo valmis katuyhteys. Lisätietoja antaa mielellään [[P:Salonen]] itse.
""")

_add("fi", """
Tunnen [[P:Mirja Kallion]] monen vuoden takaa, ja tunnen hänet nimenomaan [[P:Mirkkuna]], joka pitää Kallion kirjaston satutuokioita lapsille. Kun hän kertoi, että satutuokiot siirtyvät kirjaston remontin ajaksi väistötiloihin Sörnäisiin, moni perhe huolestui.

Palveluverkkosuunnitelmassa Kallion kirjaston väistö kestää "noin kaksi vuotta", mutta kokemus muista hankkeista kertoo, että se voi venyä neljään. [[P:Mirkun]] satutuokioihin tulee joka viikko 30 lasta, joista suurin osa kävelee. Sörnäisiin on pienille liian pitkä matka.

Pyydän, että lasten palveluille etsitään väistötila Kallion alueelta, esimerkiksi Kallion virastotalosta tai Kallion kirkon seurakuntatiloista.
""")

_add("fi", """
Vastustan sitä, että Tove Janssonin puiston leikkipaikka siirretään Katajanokan kanavan rantaan. Puisto on nimetty muumien luojan mukaan, ja sen leikkipaikka on Katajanokan lasten suosima paikka juuri siksi, että se on suojassa meren tuulelta.

Kanavan rannalla tuulee, ja vesi on aivan vieressä ilman kunnollista aitaa. Pienten lasten kanssa se on turvaton paikka. Vanhan leikkipaikan kunnostaminen olisi halvempaa ja turvallisempaa.

Tove Jansson itse kirjoitti muumeista, joilla oli oma laakso suojassa myrskyltä. Jättäkää lapsille heidän laaksonsa.
""")

_add("fi", """
Tässä kuulemisessa on puhuttu paljon Länsi-Helsingin raitioteistä, mutta yksi asia on jäänyt vähälle huomiolle: Huopalahdentien ja Vihdintien risteys.

Isäni [[P:Kauko]] asui Etelä-Haagassa koko ikänsä ja kävi risteyksen yli joka päivä kauppaan. Hän oli 89-vuotias, kun hän kaatui suojatiellä liukkaalla kelillä. Jäätä ei ollut hiekoitettu, ja liikennevalon vihreä vaihe oli liian lyhyt hänen kävelyvauhdilleen. [[P:Kaukosta]] tuli sen jälkeen pyörätuolipotilas.

Pyydän, että uudessa suunnitelmassa jalankulkijoiden vihreä vaihe pidennetään ja että risteykseen tehdään keskikoroke, jossa voi pysähtyä kesken ylityksen.
""")

_add("fi", """
Kauko- ja lähiliikenteen ratasuunnitelmasta Pasilan ja Tikkurilan välillä (Pisara ja lisäraide).

Kaukoliikenteen aikataulujen parantaminen on tärkeää, mutta en ymmärrä, miksi Käpylän aseman kohdalle suunnitellaan kolmimetristä melumuuria. Muuri katkaisisi näkymät Käpylän puutaloalueelta radan yli kokonaan. Lasimuuri olisi parempi, vaikka se maksaa enemmän.

Väyläviraston ja kaupungin yhteisessä esittelyssä kerrottiin, että lasimuuri on hankala puhdistaa. Se pitää paikkansa, mutta sama ongelma on ratkaistu muuallakin. Rata-alueen varrella asuu tuhansia ihmisiä, ja heidän näkymänsä ovat yhtä tärkeitä kuin ylläpidon helppous.
""")

_add("fi", """
Kommentti kouluverkkoselvitykseen Itä-Helsingin suomenkielisistä lukioista.

Vuosaaren lukion ja Itäkeskuksen lukion yhdistämistä perustellaan kustannussäästöillä. Selvityksessä kuitenkin todetaan itse, että säästö on vain noin 400 000 euroa vuodessa, mikä on pieni summa verrattuna siihen, että tuhat opiskelijaa joutuisi matkustamaan pidemmälle.

Olen Vuosaaren lukion entinen opiskelija ja nykyinen opettaja. Opiskelijakuntamme puheenjohtaja [[P:Leo Nguyen]] järjesti mielenosoituksen koulun pihalla viime viikolla, ja paikalla oli yli 300 opiskelijaa. [[P:Leolla]] ja hänen kavereillaan on oikeus tulla kuulluiksi, ja toivon, että kaupunki ottaa heidän mielipiteensä huomioon.

[[P:Riikka Hakala]], lehtori
""")

_add("fi", """
Lausunto Helsingin kaupungin kasvatuksen ja koulutuksen toimialalle päiväkotiverkon muutoksista.

Kannatan päiväkoti Kielotien ja päiväkoti Kanervan yhdistämistä, koska molemmat ovat vanhoissa rakennuksissa, joissa on ollut sisäilmaongelmia. Uusi yhteinen päiväkoti olisi parempi lapsille ja henkilökunnalle.

Pyydän kuitenkin, että siirtymävaihe suunnitellaan huolellisesti. Lapset tarvitsevat pysyvyyttä, ja tuttujen hoitajien kannattaa siirtyä samaan aikaan kuin lapset. Muutoksesta on tiedotettava perheille vähintään puoli vuotta etukäteen.
""")

_add("fi", """
Otin yhteyttä [[P:Anttiin]], joka on kirjoittanut tänne nimellä [[P:Antti R.]], ja kysyin, saanko lainata hänen valokuviaan Pikku Huopalahden puistosta. Hän antoi luvan.

Kuvista näkyy selvästi, että puiston alaosa lammen ympärillä on keväisin veden alla. Puistosuunnitelmassa tämä osa on merkitty "oleskelualueeksi", jolle tuodaan penkkejä ja grillipaikka. [[P:Antin]] kuvat on otettu huhtikuussa 2024 ja 2025, ja molempina vuosina vesi seisoi viikkoja.

Ehdotan, että oleskelualue siirretään rinteen yläosaan ja alaosasta tehdään kosteikko. [[P:Antille]] kiitos kuvista.
""")

_add("fi", """
Muutama sana Länsimetron jatkeen asemien ympäristöstä, vaikka kyse onkin Espoon kaavasta.

Kivenlahden metroaseman ympärille on noussut paljon uutta, ja monessa suhteessa muutos on ollut hyvä. Espoonlahden kirkon ja Ison Kirjan ympäristö on kuitenkin yhä rakennustyömaa, ja jalankulkijat kiertävät aitoja kuukaudesta toiseen.

Espoon kaupunkisuunnittelulautakunnan kannattaisi vaatia rakennuttajilta selkeät väliaikaiset kulkureitit. Nyt lasten koulumatka Kivenlahden koululle kulkee osin pysäköintialueen läpi.
""")

_add("fi", """
Kiitän [[P:Jukka Hakkaraisen]] aktiivisuutta tässä kuulemisessa. Hänen kolme kommenttiaan Pakilan ja Paloheinän kaavarungosta ovat olleet asiallisia ja perusteltuja.

Olen kuitenkin eri mieltä yhdestä hänen ehdotuksestaan. [[P:Hakkarainen]] ehdottaa, että Pakilantie muutetaan yksisuuntaiseksi ostoskeskuksen kohdalla. Minusta se ohjaisi liikenteen pienille tonttikaduille, joilla lapset leikkivät. Keskustelin asiasta [[P:Hakkaraisen]] kanssa eilen ostarilla, ja sovimme olevamme eri mieltä.

Muuten olen samaa mieltä: Pakilan kirjastolle tarvitaan uudet tilat, ja ostoskeskusta kannattaa kehittää matalana.
""")

_add("fi", """
Marimekon entisen tehdasalueen ja Herttoniemen yritysalueen asemakaavasta:

Marimekon päämaja ja myymälä ovat olleet osa Herttoniemen identiteettiä vuosikymmeniä, ja Armi Ratian perustama yritys houkuttelee alueelle turisteja ympäri maailmaa. Uuden kaavan pitäisi tukea tätä eikä muuttaa kaikkea asunnoiksi.

Ehdotan, että Kirvesmiehenkadun varteen jätetään tilaa muotoilu- ja käsityöyrityksille. Herttoniemi voisi olla Helsingin muotoilukeskus samaan tapaan kuin Arabia oli aikanaan.
""")

_add("fi", """
Pyydän, että Pitäjänmäen teollisuusalueen kaavassa säilytetään vanha Strömbergin tehtaan rakennus.

Strömbergin tehdasrakennus on osa Helsingin teollisuushistoriaa, ja Pitäjänmäki tunnetaan edelleen sähköteollisuudestaan. Gottfrid Strömberg perusti yhtiön 1889, ja sen tehtaat työllistivät vuosikymmenten ajan tuhansia helsinkiläisiä.

Jos rakennus puretaan, Pitäjänmäeltä häviää viimeinenkin muistutus siitä, miksi alue rakennettiin. Vanhoja tehdasrakennuksia on muutettu asunnoiksi ja toimistoiksi esimerkiksi Tampereella hienosti.
""")

_add("fi", """
Olen asunut Kontulassa osoitteessa [[A:Kontulankaari 8 C 41]] vuodesta 1979 ja nähnyt alueen muuttuvan monesti.

Kontulan keskuksen kaavassa ehdotetaan, että vanha ostari puretaan ja tilalle tulee uusi kauppakeskus ja asuntoja. Muutos on tarpeen, mutta pelkään, että Kontulan ostarin pienyrittäjät eivät pysty maksamaan uusien tilojen vuokria.

Naapurini [[P:Raili Mattila]] pitää ostarilla pientä ompelimoa. Hän on laskenut, että vuokra nousisi uudessa rakennuksessa kolminkertaiseksi. [[P:Raili Mattilalle]] tämä tarkoittaisi eläkkeelle jäämistä, ja Kontulalta katoaisi yksi harvoista paikoista, josta saa housunlahkeet lyhennettyä.

Ehdotan, että kaupunki takaa nykyisille yrittäjille kohtuuhintaiset tilat vähintään kymmeneksi vuodeksi.
""")

_add("fi", """
Lausun kantani Töölönlahden puiston jatkosuunnitelmasta, joka on tässä kuulemisessa vaihtoehtona 2.

Kannatan vaihtoehtoa, jossa lahden rantaan tehdään lisää istuskelupaikkoja ja ravintolapaviljonki Sinebrychoffin vanhan jäähuoneen kohdalle. Töölönlahden ympäri kävelee joka päivä tuhansia ihmisiä, ja reitin varrella on vain muutama penkki.

Vastustan kuitenkin ehdotusta uudesta tapahtuma-areenasta Hesperian puiston päähän. Finlandia-talo, Musiikkitalo, Kansallisooppera ja Olympiastadion ovat jo lähistöllä, eikä alue tarvitse lisää suuria tapahtumapaikkoja.
""")

_add("fi", """
Olen [[P:Eveliina Sirola]] ja kirjoitan Itä-Pakilan omakotiyhdistyksen puolesta.

Yhdistyksemme jäsenillä on ollut paljon kysymyksiä Tuusulanväylän bulevardisoinnista. Haluamme kiittää liikennesuunnittelijaa, joka tuli esittelemään suunnitelmaa jäsenillassamme. Erityisesti kiitämme yhdistyksen varapuheenjohtajaa [[P:Kimmo Halmetta]], joka järjesti illan ja kokosi kysymykset etukäteen.

Keskeiset huolemme ovat: läpiajoliikenteen siirtyminen Pakilantielle, työmaa-ajan melu ja uusien kerrostalojen varjostus. Yksityiskohtaiset kommentit on koottu erilliseen liitteeseen, jonka [[P:Halme]] lähetti kirjaamoon viime perjantaina.
""")

_add("fi", """
Luin tämän kuulemisen yhteenvedon ja huomasin, että vuorovaikutusraportissa minun kommenttini on tiivistetty väärin. Kirjoitin, että kannatan Viikin kampuksen laajennusta, kunhan Viikin pelloille ei rakenneta. Raportissa lukee, että kannatan laajennusta.

Sama virhe on tehty myös [[P:Katja Honkasen]] ja [[P:Olli-Pekka Rädyn]] kommenteille, joissa molemmissa oli ehto. Luin [[P:Honkasen]] kommentin uudelleen, ja siinä sanotaan aivan selvästi, että laajennus on hyväksyttävä vain, jos Viikin luonnonsuojelualue jää koskemattomaksi.

Toivon, että raportti korjataan ennen kuin se esitellään lautakunnalle. Muuten kuuleminen on pelkkä muodollisuus.
""")

_add("fi", """
Kaupunginarkkitehdin ja liikennesuunnittelupäällikön vastineessa todetaan, että Kaivokadun pyöräkaistat on toteutettu "asukkaiden toiveiden mukaisesti". Haluan huomauttaa, että kuulemisen aikana Kaivokadusta jätetyistä 312 kommentista yli puolet vastusti esitettyä ratkaisua.

Kaivokatu on rautatieaseman edessä yksi Helsingin tärkeimmistä joukkoliikennekaduista, ja pyörät, ratikat ja jalankulkijat on mahdutettu samaan kapeaan tilaan. Eliel Saarisen rautatieasema ansaitsisi edustalleen selkeämmän ratkaisun.

Pyydän, että vastine korjataan vastaamaan kuulemisen todellista sisältöä.
""")

_add("fi", """
Käpylän peruskoulun vanhempainyhdistyksen hallitus on käsitellyt kouluverkkoselvitystä, ja esitän tässä yhteisen kantamme.

Käpylän peruskoulun perusparannus on lykkääntynyt jo kolmesti, ja oppilaat ovat olleet väistötiloissa vuodesta 2022. Opettajat ja oppilaat ovat tehneet parhaansa, mutta väistötilojen liikuntasali on liian pieni ja ruokala toimii kolmessa vuorossa.

Hallituksen jäsen, rakennusinsinööri [[P:Markku Toivonen]], on käynyt läpi toimialan aikataulun. [[P:Toivosen]] arvion mukaan perusparannus voitaisiin aloittaa jo keväällä 2027, jos suunnittelu käynnistetään heti. Pyydämme, että toimiala tapaa hänet ja vanhempainyhdistyksen edustajat.

[[P:Susanna Ylönen]], puheenjohtaja
""")

_add("fi", """
Tuusulanväylän bulevardin ja Käskynhaltijantien risteyksestä:

Risteys on jo nyt yksi Helsingin onnettomuusalttiimmista. Poliisin tilastojen mukaan siellä tapahtuu vuosittain kymmeniä kolareita, joista suurin osa on peräänajoja ruuhka-aikaan. Bulevardisointi lisää liikennevaloja, mikä saattaa vähentää nopeuksia, mutta myös lisätä peräänajoja.

Liikennesuunnitelmassa ei ole arvioitu onnettomuusriskiä. Ehdotan, että Liikenneturvan ja poliisin asiantuntijat kuullaan ennen kuin suunnitelmaa viedään eteenpäin. Kyse on ihmisten turvallisuudesta.
""")

_add("fi", """
Vuosaaren Kallahdenniemen luonnonsuojelualueen rajauksen laajentaminen on erinomainen ajatus, ja kannatan sitä.

Kallahdenharju on ainutlaatuinen harjumuodostelma, jossa on hiekkarantoja ja mäntymetsää. Kesäisin rannalla on paljon uimareita, ja se on hyvä asia, mutta samalla harjun kasvillisuus kuluu. Pitkospuiden lisääminen ja opastetauluja auttaisivat.

Toivon, että suojelualueeseen liitetään myös Uutelan puoleinen metsä, jossa kasvaa harvinaisia kämmeköitä.
""")

_add("fi", """
Olen lukenut [[P:Helmi Saarelan]] kommentin moneen kertaan ja olen samaa mieltä lähes kaikesta.

[[P:Saarela]] kirjoittaa, että Oulunkylän aseman seudun kaavaluonnos on tehty autoilijoiden ehdoilla. Tämä näkyy esimerkiksi siinä, että asemalle on suunniteltu 200-paikkainen liityntäpysäköintitalo mutta vain 80 pyöräpaikkaa. Kun Raide-Jokeri kulkee jo nyt aseman kautta, suhde pitäisi olla toisin päin.

Sana helmi sopii muuten tähän hyvin: Oulunkylän vanha puutaloalue on Helsingin helmi, ja sen arvo pitää säilyttää. [[P:Helmin]] ehdotus matalasta rakentamisesta aseman pohjoispuolelle on oikea.
""")

_add("fi", """
Tämä kommentti on kirjoitettu yhdessä naapureideni kanssa. Olemme Vallilan Kangasalantien asukkaita ja vastustamme suunnitelmaa, jossa Vallilan puistikon läpi rakennetaan uusi katu.

Puistikko on pieni, mutta sen merkitys on suuri. Siellä kasvaa viisi vanhaa lehmusta, ja sen penkeillä istuu joka päivä ihmisiä kaikista ikäryhmistä. Katu voidaan aivan yhtä hyvin rakentaa puistikon eteläpuolelta, jossa on nyt pysäköintialue.

Allekirjoittaneet:
[[P:Paula Niskanen]]
[[P:Olavi Jokela]]
[[P:Sirpa]] ja [[P:Kari Hyvärinen]]
[[P:Jenni Laitinen]]
""")

_add("fi", """
Olen kaupungin liikuntapaikkojen hoitaja ja asun itsekin Oulunkylässä, joten kommentoin sekä ammatillisesta että omasta näkökulmastani.

Oulunkylän tekonurmen kunnostus on tarpeen, ja sen suunnitelma on hyvä. Ainoa ongelma on pukukopit, jotka ovat 1970-luvulta ja joissa on kosteusvaurioita. Pukukopit eivät ole tässä suunnitelmassa mukana, vaikka ne ovat käytännössä tärkeämpiä kuin itse kenttä.

Kukaan ei halua käyttää kunnostettua kenttää, jos suihkussa on hometta.
""")

_add("fi", """
Hei, kirjoitan Espoon Leppävaarasta. Espoon kaupunki käyttää myös Kerrokantasi-tyyppistä palvelua, ja tämä kuuleminen koskee Leppävaaran Alberganesplanadin uudistusta.

Alberganesplanadin puistokäytävä on Leppävaaran keskus, ja sen ympärillä on kauppakeskus Sello, asema ja kirjasto. Uudistuksessa ehdotetaan, että puistokäytävän keskelle rakennetaan pieni lava tapahtumia varten. Kannatan ehdotusta.

Samalla toivoisin, että Leppävaaran uimahallin ja Sellon välinen reitti parannetaan. Nykyään se kulkee pysäköintialueen läpi, mikä on lapsille vaarallista.
""")

_add("fi", """
Vastaan [[P:Tuomolle]] hänen kysymykseensä, joka koski Malmin sairaalan tonttia. Hän kysyi, miksi sairaalan vanha puisto on merkitty kaavaan rakennusalueeksi.

Syy on se, että kaupunki ja hyvinvointialue ovat sopineet tontin myynnistä. Ymmärtääkseni kaupunginhallitus teki päätöksen viime syksynä, mutta pöytäkirjasta ei löydy perusteluja puiston osalta.

[[P:Tuomon]] kysymys on aiheellinen. Sairaalan puistossa on vanhoja tammia ja vaahteroita, joista osa on yli satavuotiaita. Toivon, että ne säilytetään.
""")

_add("fi", """
Hyvä kaupunkiympäristölautakunta,

olen 82-vuotias ja asunut Munkkivuoressa koko aikuisikäni. Haluan kommentoida Munkkivuoren ostoskeskuksen kaavamuutosta.

Ostoskeskus on minulle tärkein paikka koko kaupunginosassa. Siellä on apteekki, kauppa, kirjasto ja kahvila, jossa tapaan ystäviäni. Kahvilan omistaja [[P:Soile Lundqvist]] tuntee kaikki vakioasiakkaansa nimeltä, ja hän on auttanut minua monesti, kun en ole jaksanut kantaa ostoksia. [[P:Soilesta]] ja hänen kahvilastaan on tullut monelle meistä tärkeä.

Pyydän, että uusi kaava turvaa kahvilan kaltaisille pienille yrityksille tilat jatkossakin.

Kunnioittavasti
[[P:Aune Reinikainen]]
""")

_add("fi", """
Kommentti koskien Helsingin kaupungin pyöräliikenteen kehittämisohjelmaa ja erityisesti baanaverkkoa.

Baana on ollut suuri menestys, ja sen jatkaminen Pasilasta Käpylään on tervetullut. Ohjelmassa mainitut yhteydet Vuosaareen ja Kontulaan ovat kuitenkin vielä vuosien päässä. Itä-Helsingin asukkaat ovat joutuneet odottamaan kunnollisia pyöräteitä pidempään kuin muut.

Lisäksi toivoisin, että ohjelmaan kirjattaisiin talvikunnossapidon laatutaso. Harjasuolaus on toiminut hyvin pääreiteillä, mutta sivureitit ovat usein jäässä koko talven.
""")

_add("fi", """
Olin mukana Kerrokantasi-kuulemisen asukastilaisuudessa Laajasalon kirjastossa, jossa esiteltiin Kruunuvuorenrannan puistojen suunnitelmia.

Tilaisuudessa puheenvuoron käyttänyt Laajasalo-seuran puheenjohtaja [[P:Markus Lindfors]] kertoi, että seura on kerännyt yli tuhat nimeä Kruunuvuoren lammen säilyttämiseksi. [[P:Lindforsin]] puheenvuoro sai suuret aplodit. Hänen mukaansa lampi on alueen ainoa luonnontilainen vesistö, ja sen ympärillä pesii lepakoita.

Kaupungin edustaja lupasi tilaisuudessa, että lampi säilytetään. Toivon, että lupaus kirjataan myös kaavamääräyksiin, eikä vain muistioon.
""")

_add("fi", """
Liikenneministeri Lulu Ranne on puhunut tiemaksuista ja ruuhkamaksuista, ja Helsingin oma liikennejärjestelmäsuunnitelma viittaa samaan suuntaan. Kommentoin nyt tätä suunnitelmaa.

Ruuhkamaksu voi olla järkevä, jos tuotot käytetään joukkoliikenteen parantamiseen. Tukholmassa ja Oslossa mallit ovat toimineet. Pelkään kuitenkin, että Helsingissä maksut kohdistuvat eniten niihin, joilla ei ole vaihtoehtoa autolle, kuten vuorotyöläisiin Itä-Helsingissä.

Suunnitelmaan pitäisi lisätä sosiaalisten vaikutusten arviointi. HSL:n pitäisi myös taata, että yöliikenne paranee ennen kuin maksut otetaan käyttöön.
""")

_add("fi", """
Tämä on vastine [[P:Kari Lehtiselle]], joka kirjoitti, että Meri-Rastilan kaavaa vastustavat ovat "muutosvastarintaisia eläkeläisiä".

Olen 34-vuotias kahden lapsen äiti, ja vastustan kaavaa. Minulla ei ole mitään muutosta vastaan, mutta vastustan sitä, että Vuosaaren viimeinen rantametsä rakennetaan. [[P:Lehtisen]] kommentti oli asiaton ja loukkaava monia kohtaan, jotka ovat käyttäneet aikaansa tähän kuulemiseen.

Toivon, että keskustelu pysyy asiallisena. Moderaattoreille tiedoksi: [[P:Lehtiseltä]] on ketjussa vastaavia kommentteja muitakin.

[[P:Jenna Kokkonen]]
""")

_add("fi", """
Kaupunkiympäristölautakunta käsitteli viime kokouksessaan Lauttasaaren sillan korvaamista. Päätös siirtyi, mikä on mielestäni hyvä asia, koska esitys oli vielä keskeneräinen.

Uusi silta on tarpeen, mutta sen työmaa-aikainen liikenne on suunniteltava huolella. Lauttasaaressa asuu yli 20 000 ihmistä, ja ainoat yhteydet mantereelle ovat silta ja metro. Jos silta on osittain suljettuna kaksi vuotta, ruuhkat ulottuvat Porkkalankadulle asti.

Ehdotan väliaikaista pyörä- ja kävelysiltaa Lauttasaaren ja Ruoholahden välille koko työmaan ajaksi.
""")

_add("fi", """
Kuten moni muu tässä ketjussa, myös minä haluaisin kiittää Pohjois-Haagan yhteiskoulun rehtoria siitä, että hän tuli kertomaan koulun tilanteesta vanhempainiltaan. Kouluverkkoselvityksessä on paljon asioita, joita on vaikea ymmärtää ilman selitystä.

Pohjois-Haagan yhteiskoulu on ollut täynnä jo vuosia, ja uudet asuinalueet Kannelmäen suunnalla tuovat lisää oppilaita. Selvityksen ehdotus uudesta koulurakennuksesta Haagan urheilupuiston viereen on hyvä, mutta aikataulu vuodelle 2032 on liian myöhäinen.

Väistötilojen sijaan pitäisi harkita väliaikaista laajennusta nykyisen koulun pihalle.
""")

_add("fi", """
Olen Meilahden siirtolapuutarhan hallituksen jäsen ja kommentoin siirtolapuutarhan rajausta koskevaa kaavamuutosta.

Siirtolapuutarhamme on ollut paikallaan vuodesta 1933, ja sen mökit ovat suojeltuja. Kaavaluonnoksessa puutarhan itäreunaa kavennetaan, jotta uuden sairaalarakennuksen huoltoliikenne mahtuisi. Tämä veisi kolme palstaa. Yksi niistä on [[P:Leila Hakulisen]] palsta, jota hän on viljellyt 40 vuotta.

[[P:Leila Hakuliselle]] palsta on elämäntyö. Hän on muuten myös puutarhayhdistyksen pitkäaikaisin jäsen. Pyydän, että huoltoliikenne järjestetään Tukholmankadun kautta ja siirtolapuutarha jätetään rauhaan.
""")

_add("fi", """
Tämä kommentti liittyy Alppiharjun kaavamuutokseen, jossa Lenininpuiston nimi muutettaisiin. Kaupungin nimistötoimikunta on ehdottanut puistolle uutta nimeä.

Minusta nimenmuutos on perusteltu. Puisto on nimetty aikanaan ystävyyskaupunkisuhteiden hengessä, mutta nykytilanteessa nimi on monelle vaikea. Vaihtoehtoina on esitetty Alppilan puisto ja Kalliorinteen puisto, ja kannatan ensimmäistä.

Samassa yhteydessä toivoisin, että puiston leikkipaikka kunnostetaan. Se on ollut surkeassa kunnossa jo pitkään.
""")

_add("fi", """
Sain juuri tiedon siitä, että [[P:Toivo Kettunen]], joka kirjoitti tähän ketjuun monta kertaa Itä-Pasilan raitiotiestä, on kuollut. Hän oli naapurini ja ystäväni monen vuoden ajan.

[[P:Toivon]] kommentit olivat aina pitkiä ja perusteellisia, ja hän oli tehnyt valtavasti taustatyötä. Hän halusi, että raitiotie kulkisi Itä-Pasilan kannen yläpuolella, jotta vanhukset pääsisivät siihen ilman portaita. Toivon, että kaupunki ottaa hänen ajatuksensa vakavasti.

[[P:Toivo]] ei ollut pelkkä nimi, vaan hän todella uskoi, että asiat voivat muuttua paremmiksi. Lepää rauhassa, [[P:Toivo]].
""")

_add("fi", """
Olen Kalasataman alueen asukas, ja kommentoin Suvilahden tapahtumakentän käyttöä koskevaa suunnitelmaa.

Suvilahden festivaalit ovat tuoneet alueelle elämää, mutta melu on kesäisin kova. Viime kesänä festivaaleja oli kahdeksana viikonloppuna, ja pahimmillaan musiikki soi kello 23:een asti. Tämä on kohtuutonta alueen asukkaille, joista monella on pieniä lapsia.

Ehdotan, että tapahtumien lukumäärä rajataan kuuteen viikonloppuun kesässä ja että musiikki lopetetaan kello 22. Lisäksi kaupungin pitäisi mitata melutasoja asukkaiden parvekkeilta, ei vain tapahtumakentän reunalta.
""")

_add("fi", """
Koululaisten liikenneturvallisuudesta Konalan ala-asteen ympäristössä:

Konalan ala-asteen edessä oleva Konalantie on leveä ja vilkas. Vanhempainyhdistys on jo vuosia pyytänyt koulun kohdalle hidastetta, ja liikennesuunnitelmassa sellainen nyt vihdoin on. Kiitos siitä!

Haluan kuitenkin kiinnittää huomiota myös saattoliikenteeseen. Aamuisin koulun eteen pysähtyy kymmeniä autoja, ja lapset kulkevat niiden välistä. Koulun viereen tarvitaan erillinen saattopaikka, ja sen merkitseminen on halpaa verrattuna siihen, mitä onnettomuus maksaisi.
""")

_add("fi", """
Kirjoitan sisareni [[P:Marjatta Huovisen]] pyynnöstä, koska hänellä ei ole tietokonetta. Hän asuu Kannelmäessä osoitteessa [[A:Sitratori 3 A 12]] ja on huolissaan talonsa vieressä olevan metsikön kaatamisesta.

[[P:Marjatalla]] on astma, ja metsikkö on hänelle tärkeä paikka kävellä, koska siellä ilma on puhtaampaa kuin Kehä I:n varressa. Kaavaluonnoksen mukaan metsikkö muuttuu asuinkortteliksi.

Pyydän, että metsikkö säilytetään tai että tilalle osoitetaan vastaava viheralue lähistöltä. Vastauksen voi lähettää minulle, koska [[P:Marjatta]] ei seuraa tätä palvelua. Terveisin [[P:Pirjo Huovinen-Leskinen]]
""")

_add("fi", """
Helsingin Sanomien mielipidepalstalla käytiin viime viikolla keskustelua Kampin ja Töölön välisestä raitiotiestä, ja siellä esitettiin monia samoja näkökulmia kuin tässä kuulemisessa.

Haluan tuoda esiin yhden asian: Runeberginkadun ja Mannerheimintien liikennevalot ovat nyt niin lyhyet, että jalankulkija ehtii ylittää vain puolet kadusta. Suunnitelmassa tämä ei muutu. Jos raitiovaunuille annetaan etuus, jalankulkijoiden vihreä vaihe lyhenee entisestään.

Töölön asukkaista suuri osa on iäkkäitä, ja heidän liikkumisensa pitää ottaa huomioon.
""")

# ---------------------------------------------------------------------------
# Part 5: last hand-written batch (Finnish and Swedish)
# ---------------------------------------------------------------------------

_add("fi", """
Annankadulla asuva ystäväni [[P:Anna Lehtinen]] pyysi minua kirjoittamaan tämän, koska hän on itse sairaalassa. Hän on seurannut Annankadun ja Lönnrotinkadun risteyksen liikennesuunnitelmaa tarkasti ja on siitä huolissaan.

[[P:Annan]] huoli on se, että risteyksen uusi kääntymiskaista vie tilaa jalkakäytävältä, joka on jo nyt kapea. Hän liikkuu rollaattorilla, eikä hän mahdu kulkemaan talojen ja pylväiden välistä, jos jalkakäytävä kapenee entisestään. [[P:Anna Lehtisestä]] on tullut sairaalasta soitettuaan varsinainen liikenneasiantuntija, ja hän on mitannut jalkakäytävän leveyden mittanauhalla useasta kohdasta.

Pyydän, että suunnittelija tarkistaa mitat paikan päällä.
""")

_add("fi", """
Eiran ja Ullanlinnan rantojen kehittämissuunnitelmasta:

Kannatan sitä, että Merisatamanrannan kävelyreitti yhdistetään Kaivopuiston ja Eiranrannan väliltä yhtenäiseksi. Nyt reitti katkeaa useassa kohdassa, ja jalankulkijat joutuvat kiertämään Neitsytpolun kautta.

Vastustan kuitenkin ehdotusta siirtää venepaikat Eiranrannasta Hernesaareen. Venekerhot ovat olleet rannassa yli sata vuotta, ja ne kuuluvat tämän rannan historiaan. Eiran vanhat jugendtalot ja rannan veneet muodostavat kokonaisuuden, jota ei kannata rikkoa.

Kaupunkiympäristön toimiala voisi järjestää rannan käyttäjien kanssa yhteisen työpajan ennen kuin suunnitelmaa viedään eteenpäin.
""")

_add("fi", """
Olen luottanut [[P:Jorma Salmiseen]] asukasyhdistyksen puheenjohtajana kymmenen vuotta, mutta tässä asiassa olen hänen kanssaan eri mieltä.

[[P:Salmisen]] kommentissa ehdotetaan, että Herttoniemen metroaseman viereinen puistikko muutetaan pysäköintialueeksi. Perusteluna on, että liityntäpysäköintipaikat ovat aamuisin täynnä. Minusta ratkaisu on väärä. Jos pysäköintipaikkoja lisätään, autoilijoita tulee lisää muualtakin.

Ehdotan, että [[P:Salmisen]] ja yhdistyksen hallituksen kanssa keskustellaan vielä ennen kuin yhdistys antaa virallisen lausunnon. Osa meistä jäsenistä on varmasti toista mieltä.
""")

_add("fi", """
Asemakaavan muutosehdotus nro 12 901, Kalasatama, Nihti.

Ehdotuksen mukaan Nihdin kärkeen rakennetaan 16-kerroksinen asuintorni ja sen juurelle kelluva sauna. Kaavaselostuksen mukaan kerrosalaa on 48 500 k-m² ja asukkaita tulee noin 1 100. Kustannusarvio kunnallistekniikalle on 23 miljoonaa euroa.

Mielestäni summa on kohtuuton suhteessa asukasmäärään, ja samalla rahalla voitaisiin peruskorjata kolme koulua. Kaupunginvaltuuston pitäisi vaatia tarkempaa kustannusvertailua ennen kuin kaava hyväksytään.

Kuulemisaika päättyy 31.1.2027, ja muistutuksia voi jättää myös kirjaamoon.
""")

_add("fi", """
Minulla ei ole mitään [[P:Pertti Jokisaloa]] vastaan, mutta hänen tapansa kirjoittaa tähän kuulemiseen on ollut aika hyökkäävä. Olen samaa mieltä hänen kanssaan siitä, että Puistolan aseman ympäristö tarvitsee parannuksia, mutta en siitä, että kaikki kaavoittajat ovat "kykenemättömiä".

Puistolan aseman alikulku on pimeä ja sen seinät ovat täynnä töhryjä. Asemalta Puistolantielle johtava polku on talvella jäinen. Nämä asiat voidaan korjata ilman kaavamuutostakin. [[P:Jokisalon]] ehdotus valaistuksen lisäämisestä on hyvä, ja toivon, että se toteutetaan heti.
""")

_add("fi", """
Tämä on kommentti Lauttasaaren Kotkavuoren puistosuunnitelmaan.

Kotkavuoren kallioilla on Helsingin hienoimpia näköaloja merelle. Ehdotettu näköalatasanne on hieno ajatus, mutta se pitää tehdä niin, ettei kallion kasvillisuutta tuhota. Kalliolla kasvaa harvinaisia jäkäliä ja sammalia, joista osa on rauhoitettuja.

Lauttasaaren asukkaiden kannalta tärkeintä on, että polut pysyvät luonnonmukaisina. Asfaltoidut polut houkuttelevat sähköpotkulautoja, joita kalliolla ei halua kukaan.
""")

_add("fi", """
Kiitos [[P:Nina Björklundille]] hänen perusteellisesta kommentistaan, jossa hän vertaili Kaarelan ja Malmin uimahallisuunnitelmia.

[[P:Björklundin]] kommentista selviää, että Kaarelan uimahalli palvelisi noin 40 000 asukasta, Malmin noin 55 000. Hän arvioi myös matka-ajat bussilla. Luvut vaikuttavat oikeilta, ja olen samaa mieltä hänen johtopäätöksestään, että Malmi on parempi sijainti.

Haluan lisätä, että Malmin uimahallin yhteyteen pitäisi suunnitella myös terapia-allas. Nykyiset terapia-altaat ovat Itäkeskuksessa ja Kalliossa, ja Koillis-Helsingin ikäihmiset joutuvat matkustamaan kauas.

[[P:Eero Kinnunen]]
""")

_add("fi", """
Olen Kaarelan Kannelmäen alueella asuva yrittäjä, ja pidän pientä kahvilaa osoitteessa [[A:Kaarelantie 86]]. Kirjoitan, koska Kaarelantiellä aiotaan tehdä katuremontti koko ensi kesän.

Remonttisuunnitelmassa jalankulkuyhteys kahvilaani katkeaa kolmeksi kuukaudeksi, ja asiakkaat joutuisivat kiertämään Vanhaistentien kautta. Kesä on minulle vuoden tärkein aika, ja pelkään, että joudun lomauttamaan työntekijäni.

Toivoisin, että remontti tehtäisiin osissa, niin että kulku kahvilan kohdalla säilyy koko ajan. Minuun saa yhteyden numerosta [[T:044 518 2260]].

[[P:Sanna-Mari Vesterinen]]
""")

_add("fi", """
Metsälän ja Maunulan välisestä puistovyöhykkeestä:

Kaupungin ehdotuksessa puistovyöhykkeen läpi rakennetaan uusi pyöräbaana, joka yhdistäisi Pirkkolan ja Pasilan. Pyöräily on hyvä asia, mutta baana kulkisi Maunulan majan takaisen metsän halki. Alueella on paljon vanhaa metsää ja useita liito-oravan pesäpuita.

Toivon, että reittiä tutkitaan uudelleen ja että vanhan metsän kaatamista vältetään. Keskuspuiston ja Maunulan metsän välinen ekologinen yhteys on tärkeämpi kuin muutaman minuutin säästö pyöräilijälle.
""")

_add("fi", """
Laitoin tämän kommentin alle myös kuvan siitä, miltä Kumpulan koulupuutarha näyttää nyt. Koulupuutarhan ohjaaja, puutarhuri [[P:Liisa Pulkkinen]], on pitänyt puutarhaa 25 vuotta, ja se on yksi Helsingin kauneimmista paikoista.

Puistosuunnitelmassa puutarhan alue kaventuu, koska viereen tulee uusi leikkipuisto. Kannatan leikkipuistoa, mutta sen voisi sijoittaa Kumpulan kentän puolelle, jossa on tilaa. [[P:Pulkkisen]] mukaan puutarha tarvitsee nykyisen kokonsa, jotta kaikki koululaisryhmät mahtuvat sinne keväällä.

[[P:Liisan]] puutarha ei ole mikään Liisankadun koristeistutus, vaan oikea opetuspuutarha, jossa tuhannet lapset ovat oppineet kasvattamaan perunaa.
""")

_add("fi", """
Tarkentava kysymys kaavoittajalle: mitä tarkoittaa kaavamääräys "AL-1, asuin-, liike- ja toimistorakennusten korttelialue, jolle saa sijoittaa enintään 30 % toimitilaa"? Tarkoittaako se, että katutasossa on pakko olla liiketilaa, vai voiko koko rakennus olla asuntoja?

Kysyn, koska Roihuvuoren ostoskeskuksen kaavassa on tämä määräys, ja jos liiketiloja ei vaadita, Roihuvuoren ostarilta häviävät kaikki nykyiset palvelut.

Toivoisin, että kaavoittaja vastaisi tähän suoraan täällä kuulemisessa.
""")

_add("fi", """
Vanhempana ja Ruoholahden asukkaana haluan kiittää opettaja [[P:Aleksi Mannista]], joka järjesti luokkansa kanssa kävelykierroksen Ruoholahden koulureiteillä ja kirjasi kaikki vaaralliset kohdat ylös. Oppilaiden havainnot on liitetty tähän kommenttiin.

[[P:Manniselta]] saamani listan mukaan vaarallisimmat kohdat ovat Itämerenkadun ja Porkkalankadun risteys sekä Ruoholahden metroaseman edessä oleva taksitolppa. Lapset kertoivat, että taksit ajavat jalkakäytävälle.

Kiitos [[P:Aleksille]] ja luokalle 5B. Toivon, että kaupunki käyttää heidän työtään hyväkseen.
""")

_add("fi", """
Mielipiteeni Helsingin kaupungin kouluverkkosuunnitelmasta koskien ruotsinkielisiä kouluja:

En ole itse ruotsinkielinen, mutta lapseni käy kielikylpyä Tölö lågstadiessa. Kielikylpy on Helsingissä suosittua, ja jonot ovat pitkiä. Suunnitelmassa kielikylpypaikkoja vähennetään kahdessa koulussa, mikä on huono suunta.

Toivon, että kielikylpyä laajennetaan, ei supisteta. Kaksikielisyys on Helsingin vahvuus, ja kaupungin pitäisi tukea sitä.
""")

_add("fi", """
Lainaan tähän [[P:Kimmo Virtasen]] kommenttia ylempää:

> Kaupunki on luvannut Jätkäsaareen uuden koulun vuodesta 2015, eikä sitä vieläkään ole.

Tämä pitää paikkansa. Jätkäsaaressa asuu nyt yli 20 000 ihmistä, ja lapset käyvät koulua väistötiloissa Ruoholahdessa ja Punavuoressa. [[P:Virtanen]] on oikeassa siinä, että lupaukset ovat olleet tyhjiä.

Kasvatuksen ja koulutuksen lautakunta käsittelee asiaa helmikuussa. Toivon, että sen jäsenet lukevat tämän ketjun ennen kokousta.
""")

_add("fi", """
Olen kirjoittanut tämän kommentin yhdessä puolisoni [[P:Heikin]] kanssa. Asumme Pakilassa Kantelettarentiellä, ja olemme huolissamme kaavarungon liikennevaikutuksista.

[[P:Heikki]] on käynyt läpi liikenne-ennusteet ja huomannut, että Kantelettarentien liikennemäärä kolminkertaistuu, jos Pakilan keskustaan rakennetaan suunnitelman mukaisesti. Tämä on pieni tonttikatu, jolla ei ole jalkakäytävää.

Ehdotamme, että kadulle tehdään jalkakäytävä ja nopeusrajoitus lasketaan 20 km/h:iin. Lisäksi läpiajo pitäisi estää.

[[P:Päivi]] ja [[P:Heikki Lampinen]]
""")

_add("fi", """
Huomautan, että Haagan Lassila on nimetty aikoinaan kartanon mukaan eikä kenenkään henkilön mukaan, kuten yksi kommentoija yllä väitti.

Asiaan: Lassilan teollisuusalueen muuttaminen asuinalueeksi on perusteltua, koska alue sijaitsee Kannelmäen ja Pitäjänmäen välissä hyvien joukkoliikenneyhteyksien päässä. Toivoisin kuitenkin, että alueelle jätetään myös työpaikkoja. Kokonaan asuinkäyttöön muutettu alue on päivisin tyhjä.

Lisäksi Lassilan asemanseutu tarvitsee kaupallisia palveluita. Lähin ruokakauppa on nyt kilometrin päässä.
""")

_add("fi", """
Hei!

Kirjoitan tämän Helsingin kaupungin nuorisoneuvoston jäsenenä, mutta omissa nimissäni. Nuorisoneuvosto ei ole ottanut virallista kantaa Kalasataman nuorisotilaan.

Kalasataman nuorisotila on ollut väliaikaisissa tiloissa jo kolme vuotta, ja nuoret ovat turhautuneita. Nuorisotyöntekijä [[P:Veera Kangas]] on tehnyt hienoa työtä mahdottomissa olosuhteissa, mutta hänkään ei voi tehdä ihmeitä parakissa, jossa ei ole ilmanvaihtoa.

[[P:Veera Kankaan]] kanssa kävimme läpi, mitä nuoret haluavat: musiikkihuoneen, pelitilan ja paikan, jossa voi tehdä läksyjä. Toivon, että uusi tila suunnitellaan nuorten kanssa, ei heidän puolestaan.

[[P:Noora Järvinen]], 17
""")

_add("sv", """
Jag har bott i Hertonäs sedan 1985 och har sett hur området har förändrats. Jag vill kommentera förslaget om att bygga höghus vid Hertonäs metrostation.

Min granne [[P:Ingrid Söderlund]] sade det bra på invånarmötet: det är inte höjden som är problemet, utan att husen saknar gårdar. [[P:Ingrid Söderlunds]] förslag var att varje nytt kvarter skulle ha en gemensam grön gård, och jag håller med henne.

Jag hoppas att stadsmiljönämnden lyssnar på [[P:Ingrid]] och andra som har bott här länge.

[[P:Lars-Erik Nyman]]
""")

_add("sv", """
Gällande detaljplanen för Kronohagens strand och Norra kajen:

Jag stöder att parkeringsplatserna längs Norra kajen tas bort och att strandpromenaden förlängs. Kronohagen har fina gamla hus, men stranden har länge varit en parkeringsplats.

Jag föreslår att man planterar lindar längs kajen, på samma sätt som längs Esplanaden. På sommaren skulle det bli en av stadens vackraste promenader. Carl Ludvig Engel ritade stora delar av Kronohagen, och en vacker strand skulle passa väl in i helheten.
""")

_add("sv", """
Jag har läst alla kommentarer i det här hörandet och vill särskilt lyfta fram [[P:Henrik Åberg]] och hans förslag om en separat cykelväg längs Ring I.

[[P:Åbergs]] förslag är genomtänkt, och han har räknat ut att restiden med cykel mellan Sockenbacka och Gamlas skulle halveras. Jag har själv cyklat sträckan i tjugo år och vet hur farlig den är.

Tack, [[P:Henrik]], för ett konstruktivt bidrag!
""")

_add("sv", """
Hej från Vik! Vår familj bor på [[A:Viksbackavägen 12 B 4]], och vi har två barn som går i skola i Gammelstaden.

Trafikplanen föreslår att busslinjen som går förbi skolan dras in. Det betyder att barnen måste gå över en stor väg varje morgon. Vi har pratat med andra familjer i huset, bland annat [[P:Tove]] och [[P:Jonas Granqvist]], och alla är oroliga.

Vi ber staden att behålla busslinjen åtminstone under skolans morgontimmar. Kontakt: [[E:granqvist.familjen@gmail.com]]
""")

_add("sv", """
Kommentar till förslaget om att utvidga Hagnäs torg.

Jag välkomnar förslaget att göra Hagnäs torg större och grönare. Torget är i dag mest en plats för bilar och marknadsstånd, och det saknas sittplatser och träd. Saluhallens renovering blev lyckad, och torget borde få samma omsorg.

Däremot är jag kritisk till att torget ska stenläggas helt. Det behövs gräsytor och planteringar som kan ta emot regnvatten. Staden har själv en klimatplan som kräver detta.
""")

# ---------------------------------------------------------------------------
# Part 6: small generators (Finnish and Swedish hearing comments)
# ---------------------------------------------------------------------------

_CASES = ("nom", "gen", "par", "ine", "ela", "ill", "ade", "abl", "all", "ess", "tra")


def _nen(name):
    """Case forms of a Finnish surname ending in -nen (Virtanen, Jääskeläinen)."""
    back = any(c in name.lower() for c in "aou")
    a = "a" if back else "ä"
    st = name[:-3] + "s"
    return {
        "nom": name, "gen": st + "en", "par": st + "t" + a, "ine": st + "ess" + a,
        "ela": st + "est" + a, "ill": st + "een", "ade": st + "ell" + a,
        "abl": st + "elt" + a, "all": st + "elle", "ess": st + "en" + a, "tra": st + "eksi",
    }


def _tab(*forms):
    return dict(zip(_CASES, forms))


_SURNAMES = [
    _nen("Salminen"), _nen("Aaltonen"), _nen("Jääskeläinen"), _nen("Laaksonen"),
    _nen("Koskinen"), _nen("Korhonen"), _nen("Pesonen"), _nen("Räsänen"),
    _nen("Heikkinen"), _nen("Mäkinen"), _nen("Hyvönen"), _nen("Kiiskinen"),
    _tab("Lehto", "Lehdon", "Lehtoa", "Lehdossa", "Lehdosta", "Lehtoon", "Lehdolla",
         "Lehdolta", "Lehdolle", "Lehtona", "Lehdoksi"),
    _tab("Mäki", "Mäen", "Mäkeä", "Mäessä", "Mäestä", "Mäkeen", "Mäellä", "Mäeltä",
         "Mäelle", "Mäkenä", "Mäeksi"),
    _tab("Kivi", "Kiven", "Kiveä", "Kivessä", "Kivestä", "Kiveen", "Kivellä", "Kiveltä",
         "Kivelle", "Kivenä", "Kiveksi"),
    _tab("Nurmi", "Nurmen", "Nurmea", "Nurmessa", "Nurmesta", "Nurmeen", "Nurmella",
         "Nurmelta", "Nurmelle", "Nurmena", "Nurmeksi"),
    _tab("Aalto", "Aallon", "Aaltoa", "Aallossa", "Aallosta", "Aaltoon", "Aallolla",
         "Aallolta", "Aallolle", "Aaltona", "Aalloksi"),
    _tab("Heikkilä", "Heikkilän", "Heikkilää", "Heikkilässä", "Heikkilästä", "Heikkilään",
         "Heikkilällä", "Heikkilältä", "Heikkilälle", "Heikkilänä", "Heikkiläksi"),
    _tab("Rantala", "Rantalan", "Rantalaa", "Rantalassa", "Rantalasta", "Rantalaan",
         "Rantalalla", "Rantalalta", "Rantalalle", "Rantalana", "Rantalaksi"),
    _tab("Kallio", "Kallion", "Kalliota", "Kalliossa", "Kalliosta", "Kallioon", "Kalliolla",
         "Kalliolta", "Kalliolle", "Kalliona", "Kallioksi"),
    _tab("Lind", "Lindin", "Lindiä", "Lindissä", "Lindistä", "Lindiin", "Lindillä",
         "Lindiltä", "Lindille", "Lindinä", "Lindiksi"),
    _tab("Nguyen", "Nguyenin", "Nguyenia", "Nguyenissa", "Nguyenista", "Nguyeniin",
         "Nguyenilla", "Nguyenilta", "Nguyenille", "Nguyenina", "Nguyeniksi"),
    _tab("Hassan", "Hassanin", "Hassania", "Hassanissa", "Hassanista", "Hassaniin",
         "Hassanilla", "Hassanilta", "Hassanille", "Hassanina", "Hassaniksi"),
    _tab("Pelkonen", "Pelkosen", "Pelkosta", "Pelkosessa", "Pelkosesta", "Pelkoseen",
         "Pelkosella", "Pelkoselta", "Pelkoselle", "Pelkosena", "Pelkoseksi"),
    _tab("Hakala", "Hakalan", "Hakalaa", "Hakalassa", "Hakalasta", "Hakalaan", "Hakalalla",
         "Hakalalta", "Hakalalle", "Hakalana", "Hakalaksi"),
    _tab("Sundström", "Sundströmin", "Sundströmiä", "Sundströmissä", "Sundströmistä",
         "Sundströmiin", "Sundströmillä", "Sundströmiltä", "Sundströmille", "Sundströminä",
         "Sundströmiksi"),
]

_FIRSTNAMES = [
    _tab("Eija", "Eijan", "Eijaa", "Eijassa", "Eijasta", "Eijaan", "Eijalla", "Eijalta",
         "Eijalle", "Eijana", "Eijaksi"),
    _tab("Mikko", "Mikon", "Mikkoa", "Mikossa", "Mikosta", "Mikkoon", "Mikolla", "Mikolta",
         "Mikolle", "Mikkona", "Mikoksi"),
    _tab("Pirkko", "Pirkon", "Pirkkoa", "Pirkossa", "Pirkosta", "Pirkkoon", "Pirkolla",
         "Pirkolta", "Pirkolle", "Pirkkona", "Pirkoksi"),
    _tab("Antti", "Antin", "Anttia", "Antissa", "Antista", "Anttiin", "Antilla", "Antilta",
         "Antille", "Anttina", "Antiksi"),
    _tab("Riitta", "Riitan", "Riittaa", "Riitassa", "Riitasta", "Riittaan", "Riitalla",
         "Riitalta", "Riitalle", "Riittana", "Riitaksi"),
    _tab("Timo", "Timon", "Timoa", "Timossa", "Timosta", "Timoon", "Timolla", "Timolta",
         "Timolle", "Timona", "Timoksi"),
    _tab("Päivi", "Päivin", "Päiviä", "Päivissä", "Päivistä", "Päiviin", "Päivillä",
         "Päiviltä", "Päiville", "Päivinä", "Päiviksi"),
    _tab("Jussi", "Jussin", "Jussia", "Jussissa", "Jussista", "Jussiin", "Jussilla",
         "Jussilta", "Jussille", "Jussina", "Jussiksi"),
    _tab("Leena", "Leenan", "Leenaa", "Leenassa", "Leenasta", "Leenaan", "Leenalla",
         "Leenalta", "Leenalle", "Leenana", "Leenaksi"),
    _tab("Hannu", "Hannun", "Hannua", "Hannussa", "Hannusta", "Hannuun", "Hannulla",
         "Hannulta", "Hannulle", "Hannuna", "Hannuksi"),
    _tab("Olga", "Olgan", "Olgaa", "Olgassa", "Olgasta", "Olgaan", "Olgalla", "Olgalta",
         "Olgalle", "Olgana", "Olgaksi"),
    _tab("Abdi", "Abdin", "Abdia", "Abdissa", "Abdista", "Abdiin", "Abdilla", "Abdilta",
         "Abdille", "Abdina", "Abdiksi"),
    _tab("Kaisa", "Kaisan", "Kaisaa", "Kaisassa", "Kaisasta", "Kaisaan", "Kaisalla",
         "Kaisalta", "Kaisalle", "Kaisana", "Kaisaksi"),
    _tab("Matti", "Matin", "Mattia", "Matissa", "Matista", "Mattiin", "Matilla", "Matilta",
         "Matille", "Mattina", "Matiksi"),
    _tab("Tuula", "Tuulan", "Tuulaa", "Tuulassa", "Tuulasta", "Tuulaan", "Tuulalla",
         "Tuulalta", "Tuulalle", "Tuulana", "Tuulaksi"),
    _tab("Raimo", "Raimon", "Raimoa", "Raimossa", "Raimosta", "Raimoon", "Raimolla",
         "Raimolta", "Raimolle", "Raimona", "Raimoksi"),
]

_NICKS = [
    _tab("Pena", "Penan", "Penaa", "Penassa", "Penasta", "Penaan", "Penalla", "Penalta",
         "Penalle", "Penana", "Penaksi"),
    _tab("Masa", "Masan", "Masaa", "Masassa", "Masasta", "Masaan", "Masalla", "Masalta",
         "Masalle", "Masana", "Masaksi"),
    _tab("Mirkku", "Mirkun", "Mirkkua", "Mirkussa", "Mirkusta", "Mirkkuun", "Mirkulla",
         "Mirkulta", "Mirkulle", "Mirkkuna", "Mirkuksi"),
    _tab("Tepa", "Tepan", "Tepaa", "Tepassa", "Tepasta", "Tepaan", "Tepalla", "Tepalta",
         "Tepalle", "Tepana", "Tepaksi"),
]

_FI_TOPICS = [
    ("zoning", "Pakilan kaavarunko", "Pakilassa",
     "Kommentoin Pakilan kaavarunkoa, joka on nyt nähtävillä.",
     "Pakilan kaavarunko on mielestäni liian tehokas pientaloalueelle."),
    ("zoning", "Kontulan keskuksen asemakaava", "Kontulassa",
     "Kontulan keskuksen asemakaavan muutos koskee meitä kaikkia, jotka käytämme ostaria päivittäin.",
     "Luin Kontulan keskuksen kaavaehdotuksen ja haluan sanoa siitä muutaman asian."),
    ("traffic", "Mannerheimintien liikennesuunnitelma", "Töölössä",
     "Mannerheimintien liikennesuunnitelma Töölön kohdalla on ollut puheenaiheena koko syksyn.",
     "Kirjoitan Mannerheimintien uudesta liikennesuunnitelmasta Töölön tullin ja Reijolankadun välillä."),
    ("school", "kouluverkkoselvitys", "Jakomäessä",
     "Kouluverkkoselvitys koskettaa Jakomäessä lähes jokaista lapsiperhettä.",
     "Haluan kommentoida kouluverkkoselvitystä Jakomäen ja Suutarilan osalta."),
    ("park", "Kivinokan ulkoilualueen suunnitelma", "Kivinokassa",
     "Kivinokan ulkoilualueen suunnitelmasta haluan sanoa, että metsä on alueen tärkein asia.",
     "Kommentoin Kivinokan ulkoilualueen ja kesämajojen suunnitelmaa."),
    ("zoning", "Malmin lentokenttäalueen asemakaava", "Malmilla",
     "Malmin lentokenttäalueen asemakaava on kolmas versio, jota kommentoin.",
     "Kommenttini Malmin lentokentän alueen ensimmäiseen asemakaavaan."),
    ("traffic", "Hämeentien liikennesuunnitelma", "Sörnäisissä",
     "Hämeentien liikennesuunnitelmassa on paljon hyvää, mutta yksi asia on jäänyt huomaamatta.",
     "Kerron oman kokemukseni Hämeentiestä, koska kuljen siitä pyörällä joka päivä."),
    ("park", "Kaivopuiston kunnostussuunnitelma", "Kaivopuistossa",
     "Kaivopuiston kunnostussuunnitelmaa on odotettu pitkään, ja pääosin se on onnistunut.",
     "Kommentoin Kaivopuiston kunnostussuunnitelmaa koiranulkoiluttajan näkökulmasta."),
    ("zoning", "Vallilan konepajan alueen asemakaava", "Vallilassa",
     "Vallilan konepajan alueen kaava on ollut kesken jo vuosia.",
     "Haluan sanoa pari sanaa Vallilan konepajan kaavamuutoksesta."),
    ("school", "Kannelmäen peruskoulun laajennus", "Kannelmäessä",
     "Kannelmäen peruskoulun laajennus on tarpeen, mutta suunnitelmassa on ongelmia.",
     "Kirjoitan Kannelmäen peruskoulun laajennussuunnitelmasta vanhemman näkökulmasta."),
    ("traffic", "Laajasalon raitiotien työmaajärjestelyt", "Laajasalossa",
     "Laajasalon raitiotien työmaajärjestelyt ovat olleet asukkaille raskaita.",
     "Tämä kommentti koskee Laajasalon raitiotien rakentamisen aikaisia liikennejärjestelyjä."),
    ("park", "Lapinlahden sairaala-alueen puistosuunnitelma", "Lapinlahdessa",
     "Lapinlahden sairaala-alueen puisto on yksi Helsingin rauhallisimmista paikoista.",
     "Kommentoin Lapinlahden puistosuunnitelmaa, koska käyn siellä päivittäin."),
    ("zoning", "Meri-Rastilan asemakaava", "Meri-Rastilassa",
     "Meri-Rastilan asemakaavasta on keskusteltu tässä kuulemisessa paljon, ja hyvä niin.",
     "Meri-Rastilan kaava on minulle henkilökohtainen asia, koska olen asunut täällä koko ikäni."),
    ("traffic", "Itäväylän bulevardisuunnitelma", "Itäkeskuksessa",
     "Itäväylän bulevardisuunnitelma muuttaisi koko Itä-Helsingin liikenteen.",
     "Kommentoin Itäväylän bulevardisointia Itäkeskuksen asukkaana."),
    ("school", "Arabian peruskoulun tilaratkaisu", "Arabianrannassa",
     "Arabian peruskoulun tilaratkaisusta on päätettävä pian, koska oppilaita tulee lisää joka vuosi.",
     "Kirjoitan Arabian peruskoulun väistötiloista ja uudisrakennuksesta."),
    ("park", "Brahenpuiston ja Brahenkentän suunnitelma", "Kalliossa",
     "Brahenpuiston suunnitelma on Kallion lapsiperheille tärkeä.",
     "Kommentoin Brahenkentän ja sen ympäristön suunnitelmaa."),
]

_PLACE_NOM = {
    "Pakilassa": "Pakila", "Kontulassa": "Kontula", "Töölössä": "Töölö", "Jakomäessä": "Jakomäki",
    "Kivinokassa": "Kulosaari", "Malmilla": "Malmi", "Sörnäisissä": "Sörnäinen",
    "Kaivopuistossa": "Ullanlinna", "Vallilassa": "Vallila", "Kannelmäessä": "Kannelmäki",
    "Laajasalossa": "Laajasalo", "Lapinlahdessa": "Ruoholahti", "Meri-Rastilassa": "Meri-Rastila",
    "Itäkeskuksessa": "Itäkeskus", "Arabianrannassa": "Arabianranta", "Kalliossa": "Kallio",
}

_ISSUES = {
    "zoning": [
        "uudet talot varjostaisivat nykyisiä pihoja koko iltapäivän",
        "kaavassa ei ole osoitettu riittävästi tilaa lähipalveluille",
        "kerroskorkeus on ristiriidassa alueen nykyisen mittakaavan kanssa",
        "vanhat puut on merkitty kaadettaviksi ilman kunnon perusteluja",
        "pysäköintiratkaisu siirtää autot asuinkaduille",
    ],
    "traffic": [
        "koululaisten ylityspaikka jää suunnitelmassa huomiotta",
        "pyöräkaista ja bussipysäkki on piirretty päällekkäin",
        "liikennevalojen vihreä vaihe on jalankulkijalle liian lyhyt",
        "lastauspaikat katoavat kivijalkaliikkeiden edestä",
        "läpiajoliikenne siirtyy pienille tonttikaduille",
    ],
    "school": [
        "koulumatka pitenee monella lapsella yli kolmen kilometrin",
        "väistötilojen liikuntasali on aivan liian pieni",
        "oppilasennusteet ovat selvästi alakanttiin",
        "koulun piha kutistuu parakkien takia",
        "perheitä ei ole kuultu ennen esityksen tekemistä",
    ],
    "park": [
        "leikkipaikalta puuttuu varjo kokonaan",
        "valaistus on talvella riittämätön",
        "koirien ja lasten alueet on sijoitettu liian lähelle toisiaan",
        "vanhoja puita kaadetaan ilman uutta kuntoarviota",
        "roska-astioita tyhjennetään kesällä liian harvoin",
    ],
}

_DID = [
    "on kerännyt asiasta adressin naapurustossa",
    "on mitannut liikennemääriä omatoimisesti kahden viikon ajan",
    "on asunut alueella yli kolmekymmentä vuotta",
    "on valokuvannut alueen joka vuodenaikana",
    "kävi läpi koko kaavaselostuksen ja sen liitteet",
    "järjesti asukasillan seurakuntatalolla",
    "on hoitanut puistikon kukkapenkkejä vapaaehtoisesti vuosia",
    "on pitänyt kirjaa vaaratilanteista viime keväästä asti",
]

_ROLES_NOM = [
    "Naapurini", "Asukasyhdistyksemme puheenjohtaja", "Lasteni opettaja",
    "Taloyhtiömme talonmies", "Kulmakaupan kauppias", "Vanhempainyhdistyksen sihteeri",
    "Omakotiyhdistyksen puheenjohtaja", "Lautakunnan kokouksessa puhunut",
    "Asukastilaisuudessa puheenvuoron käyttänyt", "Yläkerran naapurini",
]


def _fi_first_mention(rng, first, sur, topic, issue):
    did = rng.choice(_DID)
    full = lambda case: "[[P:%s %s]]" % (first["nom"], sur[case])
    pats = [
        lambda: "%s %s %s." % (rng.choice(_ROLES_NOM), full("nom"), did),
        lambda: "Kuten %s edellisessä kommentissa totesi, %s." % (full("nom"), issue),
        lambda: "Luin %s kommentin ja olen samaa mieltä siitä, että %s." % (full("gen"), issue),
        lambda: "Opettaja %s mukaan %s." % (full("gen"), issue),
        lambda: "Haluan kiittää %s, joka %s." % (full("par"), did),
        lambda: "Ymmärrän hyvin %s huolen, mutta olen osittain eri mieltä." % full("gen"),
        lambda: "Vastaus %s: olet oikeassa siinä, että %s." % (full("all"), issue),
        lambda: "Lähetin asiasta viestin myös kiinteistönhoitaja %s, joka vahvisti, että %s." % (full("all"), issue),
        lambda: "Kysyin asiasta kauppias %s, ja hänen mukaansa %s." % (full("abl"), issue),
        lambda: "Talonmies %s on asiasta pitkä kokemus, sillä hän on hoitanut alueen pihoja yli kaksikymmentä vuotta." % full("ade"),
        lambda: "%s on tullut tässä kuulemisessa eräänlainen asukkaiden äänitorvi, eikä syyttä: hän %s." % (full("ela"), did),
        lambda: "Otin yhteyttä %s, joka %s." % (full("ill"), did),
        lambda: "Asukastilaisuudessa istuin %s vieressä, ja hän sanoi ääneen sen, mitä moni ajatteli: %s." % (full("gen"), issue),
    ]
    return rng.choice(pats)()


def _fi_second_mention(rng, first, sur, topic):
    s = lambda case: "[[P:%s]]" % sur[case]
    f = lambda case: "[[P:%s]]" % first[case]
    pats = [
        lambda: "%s ehdotus on minusta paras tähän mennessä esitetyistä." % s("gen"),
        lambda: "Toivon, että %s vastataan tässä ketjussa eikä vasta vuorovaikutusraportissa." % s("all"),
        lambda: "%s saa tarvittaessa lisätietoja, hän on luvannut auttaa." % s("abl"),
        lambda: "Suunnittelijoiden kannattaisi kuunnella %s." % s("par"),
        lambda: "Kaupunki voisi ottaa yhteyttä suoraan %s." % s("ill"),
        lambda: "%s on asiasta tarkat muistiinpanot vuosien ajalta." % s("ade"),
        lambda: "%s voisi olla suunnittelussa paljon apua." % s("ela"),
        lambda: "%s on tässä asiassa täysin oikeassa." % s("nom"),
        lambda: "Kiitos vielä %s!" % f("all"),
        lambda: "%s kanssa olen tästä samaa mieltä." % f("gen"),
        lambda: "%s on sitä sinnikkyyttä, jota tämä kaupunginosa tarvitsee." % f("ine"),
        lambda: "Ilman %s tätä asiaa tuskin olisi nostettu esiin ollenkaan." % f("par"),
        lambda: "%s kerroin jo, että kirjoitan tänne hänen ajatuksistaan." % f("all"),
        lambda: "Olen kuullut %s paljon hyvää, ja nyt ymmärrän miksi." % s("ela"),
    ]
    return rng.choice(pats)()


def _fi_nick_mention(rng, nick):
    n = lambda case: "[[P:%s]]" % nick[case]
    pats = [
        lambda: "Puistikon vapaaehtoinen hoitaja tunnetaan kylällä pelkkänä %s, ja %s puheilla on painoa." % (n("ess"), n("gen")),
        lambda: "Naapuritalon isäntää on kutsuttu %s niin kauan kuin muistan, ja %s tietää alueesta enemmän kuin kukaan." % (n("tra"), n("nom")),
        lambda: "Kysykää vaikka talonmies %s, hän osaa kertoa jokaisen puun iän." % n("abl"),
        lambda: "Kun naapurimme %s sairastui viime talvena, polkuja ei aurattu kertaakaan." % n("nom"),
        lambda: "Yläkerran naapurimme tunnetaan koko korttelissa pelkkänä %s, vaikka oikeaa nimeä tuskin kukaan muistaa." % n("ess"),
    ]
    return rng.choice(pats)()


_DISTRACTORS_FI = [
    "Alvar Aalto suunnitteli aikanaan kokonaisia kaupunginosia niin, että luonto tuli kotien ikkunoihin asti.",
    "Paavo Nurmen tien varrella on jo nähty, mitä tapahtuu, kun pysäköintiä ei valvota.",
    "Aleksis Kiven kadun kokemukset pyöräkaistoista kannattaa ottaa tässä huomioon.",
    "Sibeliuksen puistossa vastaava ratkaisu toimi hyvin.",
    "Kaisaniemen puiston valaistusuudistus on hyvä esimerkki siitä, miten asia voidaan hoitaa.",
    "Presidentti Sauli Niinistö puhui aikanaan siitä, että luottamus syntyy kuuntelemisesta, ja se pätee myös kaavoitukseen.",
    "Tasavallan presidentti Alexander Stubb on korostanut, että kaupunkien pitää olla kaikkien asukkaiden.",
    "Pääministeri Petteri Orpon hallituksen asuntopoliittiset linjaukset eivät ratkaise tätä ongelmaa.",
    "Tove Jansson asui Ullanlinnassa koko ikänsä, ja hänen kaupunkinsa oli täynnä pieniä puistoja.",
    "Helene Schjerfbeckin ja Akseli Gallen-Kallelan aikaan nämä rannat olivat vielä kalastajien käytössä.",
    "Stockmannin tavaratalon ja Fazerin kahvilan väliin mahtuu enemmän jalankulkijoita kuin mihinkään muualle Suomessa.",
    "Marimekon myymälän edessä sama kapeikko on ollut ongelma vuosia.",
    "Urho Kekkosen kadun uudistus osoitti, että jalankulkijoiden tilaa voi lisätä ilman kaaosta.",
    "Mannerheimintie on nimetty marsalkan mukaan, mutta kävelijät ovat sillä yhä toisen luokan kansalaisia.",
    "Lasse Virénin ja Paavo Nurmen ajoista lähtien Helsingissä on puhuttu liikuntapaikoista, mutta lähiliikuntapaikat ovat yhä puutteellisia.",
    "Eliel Saarisen rautatieasema on hieno, mutta sen ympäristö ei ole.",
    "Bussi 55 ja raitiolinja 9 kulkevat jo nyt täysinä ruuhka-aikaan.",
    "Kaupunkiympäristölautakunta käsittelee asiaa 17.2.2027, ja esittelijänä toimii asemakaavapäällikkö.",
    "Kaavan diaarinumero on HEL 2025-014392, jos joku haluaa etsiä asiakirjat.",
    "Kustannusarvio on kaavaselostuksen mukaan noin 14,5 miljoonaa euroa.",
    "Apulaispormestari lupasi asukastilaisuudessa, että asiaan palataan keväällä.",
    "Kaupunginarkkitehti totesi esittelyssä, että suunnitelma on vasta luonnos.",
    "Helenin kaukolämpöputket kulkevat alueen alla, mikä rajoittaa puiden istuttamista.",
    "HSL:n linjastosuunnitelma vuodelle 2028 ei vielä huomioi tätä aluetta.",
    "Toivo paremmasta ei ole kadonnut, mutta kärsivällisyys alkaa olla lopussa.",
    "Onni on ollut myötä siinä, ettei vakavia onnettomuuksia ole vielä sattunut.",
    "Valo, melu ja tuuli pitäisi mallintaa ennen kuin yhtäkään taloa hyväksytään.",
]

_CLOSINGS_FI = [
    "Toivon, että kaupunki ottaa nämä huomiot vakavasti.",
    "Kiitos mahdollisuudesta kommentoida.",
    "Odotan vastinetta tähän kommenttiin.",
    "Pyydän, että asia käsitellään uudelleen ennen lautakuntakäsittelyä.",
    "Tähän asti kuuleminen on ollut asiallista, ja toivon, että niin myös jatkuu.",
    "Asukkaiden ääni pitää kuulua muutenkin kuin lomakkeen kautta.",
    "Ehdotan asukastilaisuutta paikan päällä ennen päätöstä.",
    "Päätöksiä ei pidä tehdä pelkkien havainnekuvien perusteella.",
    "Olen valmis keskustelemaan asiasta suunnittelijoiden kanssa.",
    "Tätä ei voi ratkaista pelkällä kyltillä.",
]

_FI_CONNECT = [
    "Tämä näkyy erityisesti siinä, että %s.",
    "Suurin ongelma on se, että %s.",
    "Ensimmäinen huomioni on, että %s.",
    "Minua huolestuttaa eniten se, että %s.",
    "Valitettavasti %s.",
]

_STREETS_NUM = [
    ("Mäkelänkatu 56 A 3", "Mäkelänkadulla 56 A 3"),
    ("Pohjolankatu 48", "Pohjolankadulla 48"),
    ("Kivikonkaari 21 B 14", "Kivikonkaarella 21 B 14"),
    ("Pakilantie 34", "Pakilantiellä 34"),
    ("Jakomäentie 6 C 38", "Jakomäentiellä 6 C 38"),
    ("Vuotie 45 A 2", "Vuotiellä 45 A 2"),
    ("Hämeentie 121 B 17", "Hämeentiellä 121 B 17"),
    ("Reijolankatu 3 A 9", "Reijolankadulla 3 A 9"),
]


def _ascii(s):
    return (s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")
            .replace(" ", "."))


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    body = "%07d" % rng.randrange(0, 10 ** 7)
    style = rng.randrange(4)
    if style == 0:
        return "%s %s %s" % (pre, body[:3], body[3:])
    if style == 1:
        return "%s-%s" % (pre, body)
    if style == 2:
        return "+358 %s %s %s" % (pre[1:], body[:3], body[3:])
    return "%s%s" % (pre, body)


def _gen_fi_positive(rng):
    topic = rng.choice(_FI_TOPICS)
    first = rng.choice(_FIRSTNAMES)
    sur = rng.choice(_SURNAMES)
    paras = []
    iss = rng.sample(_ISSUES[topic[0]], 2)
    paras.append(rng.choice(topic[3:5]) + " " + rng.choice(_FI_CONNECT) % iss[0])
    p2 = _fi_first_mention(rng, first, sur, topic, iss[1])
    if rng.random() < 0.7:
        p2 += " " + _fi_second_mention(rng, first, sur, topic)
    if rng.random() < 0.35:
        p2 += " " + rng.choice(_DISTRACTORS_FI)
    paras.append(p2)
    if rng.random() < 0.25:
        paras.append(_fi_nick_mention(rng, rng.choice(_NICKS)))
    paras.append(rng.choice(_CLOSINGS_FI))
    # signature / contact
    wf, ws = rng.choice(_FIRSTNAMES), rng.choice(_SURNAMES)
    while wf is first and ws is sur:
        wf, ws = rng.choice(_FIRSTNAMES), rng.choice(_SURNAMES)
    r = rng.random()
    if r < 0.3:
        paras.append("[[P:%s %s]], %s" % (wf["nom"], ws["nom"], _PLACE_NOM[topic[2]]))
    elif r < 0.45:
        paras.append("Terveisin\n[[P:%s %s.]]" % (wf["nom"], ws["nom"][0]))
    elif r < 0.55:
        st = rng.choice(_STREETS_NUM)
        paras.append("Asun itse osoitteessa [[A:%s]] ja olen tavoitettavissa numerosta [[T:%s]]." % (st[0], _phone(rng)))
    elif r < 0.62:
        st = rng.choice(_STREETS_NUM)
        paras.append("Asumme [[A:%s]], aivan suunnitellun muutoksen vieressä.\n\n[[P:%s %s]]" % (st[1], wf["nom"], ws["nom"]))
    elif r < 0.68:
        paras.append("[[P:%s %s]]\n[[E:%s.%s@%s]]" % (wf["nom"], ws["nom"], _ascii(wf["nom"]), _ascii(ws["nom"]),
                                                    rng.choice(["gmail.com", "outlook.com", "kolumbus.fi", "hotmail.com"])))
    return "\n\n".join(paras)


def _gen_fi_negative(rng):
    topic = rng.choice(_FI_TOPICS)
    iss = rng.sample(_ISSUES[topic[0]], 2)
    con = rng.sample(_FI_CONNECT, 2)
    paras = [rng.choice(topic[3:5]) + " " + con[0] % iss[0]]
    d = list(_DISTRACTORS_FI)
    rng.shuffle(d)
    paras.append(d[0] + " " + d[1])
    paras.append("Toinen huomioni: " + iss[1] + ". " + d[2] if rng.random() < 0.5
                 else con[1] % iss[1] + " " + d[2])
    paras.append(rng.choice(_CLOSINGS_FI))
    if rng.random() < 0.4:
        paras.append(rng.choice(["nimim. Huolestunut asukas", "Pakilan omakotiyhdistyksen hallitus",
                                 "Kallio-Seura ry", "terv. kolmen lapsen äiti", "- asukas vuodesta 1987"]))
    return "\n\n".join(paras)


_SV_NAMES = [
    ("Birgitta", "Lindqvist"), ("Göran", "Westerlund"), ("Annika", "Holmström"),
    ("Stig", "Ekholm"), ("Camilla", "Lundberg"), ("Johan", "Forsman"),
    ("Maria", "Björkqvist"), ("Fredrik", "Åström"), ("Erik", "Sandberg"),
    ("Sofia", "Nordling"), ("Henrik", "Grönlund"), ("Jessica", "Enroth"),
]

_SV_TOPICS = [
    ("detaljplanen för Tölö torg", "Tölö"),
    ("trafikplanen för Tavastvägen", "Berghäll"),
    ("skolnätsutredningen för de svenska skolorna", "Munksnäs"),
    ("parkplanen för Brunnsparken", "Eira"),
    ("detaljplanen för Drumsö strand", "Drumsö"),
    ("trafikplanen för Munksnäs allé", "Munksnäs"),
    ("planen för Hertonäs centrum", "Hertonäs"),
    ("förslaget om nya cykelbanor på Mannerheimvägen", "Tölö"),
]

_SV_ISSUES = [
    "gårdsträden försvinner", "övergångsstället vid skolan blir farligare",
    "lekparken får ingen skugga", "skolvägen blir dubbelt så lång",
    "lastplatserna för butikerna försvinner", "belysningen är för svag på vintern",
]

_SV_DISTRACT = [
    "Jean Sibelius och Tove Jansson bodde båda i den här staden, och de skulle knappast ha gillat fler parkeringshus.",
    "Runebergsgatan och Sibeliusparken visar hur viktiga träden är för stadsbilden.",
    "Stadsmiljönämnden behandlar ärendet den 17 februari 2027.",
    "Kostnaden beräknas till 4,2 miljoner euro enligt planbeskrivningen.",
    "Alvar Aalto ritade byggnader där naturen var en del av helheten.",
    "Buss 55 och spårvagn 4 är redan överfulla på morgonen.",
    "Borgmästaren lovade på invånarmötet att frågan ska utredas.",
    "Stockmann och Fazer har båda funnits i centrum i över hundra år.",
]


def _gen_sv(rng, negative):
    t = rng.choice(_SV_TOPICS)
    paras = ["Jag vill kommentera %s. Det största problemet är att %s." % (t[0], rng.choice(_SV_ISSUES))]
    if negative:
        d = list(_SV_DISTRACT)
        rng.shuffle(d)
        paras.append(d[0] + " " + d[1])
        paras.append("Jag hoppas att staden lyssnar på invånarna i %s." % t[1])
        return "\n\n".join(paras)
    f, s = rng.choice(_SV_NAMES)
    full = "%s %s" % (f, s)
    pats = [
        "Min granne [[P:%s]] har bott här i trettio år och har sett alla tidigare förslag." % full,
        "Som [[P:%s]] skrev ovan är det här inte första gången staden lovar något sådant." % full,
        "Jag håller med [[P:%s]] om att %s." % (full, rng.choice(_SV_ISSUES)),
        "[[P:%s]] förslag är det bästa hittills i det här hörandet." % (full + "s" if not s.endswith("s") else full),
        "Svar till [[P:%s]]: du har rätt, och jag har själv sett samma sak." % full,
        "Läraren [[P:%s]] tog upp frågan på föräldramötet, och alla höll med." % full,
    ]
    p2 = rng.choice(pats)
    if rng.random() < 0.6:
        p2 += " " + rng.choice([
            "Tack, [[P:%s]], för ett bra inlägg!" % f,
            "[[P:%s]] argument borde staden ta på allvar." % (f + "s"),
            "Jag har pratat med [[P:%s]] om saken, och vi är överens." % f,
            "[[P:%s]] har rätt." % s,
        ])
    if rng.random() < 0.3:
        p2 += " " + rng.choice(_SV_DISTRACT)
    paras.append(p2)
    paras.append("Jag hoppas att staden lyssnar på invånarna i %s." % t[1])
    if rng.random() < 0.4:
        g = rng.choice(_SV_NAMES)
        while g[0] == f:
            g = rng.choice(_SV_NAMES)
        paras.append("Hälsningar\n[[P:%s %s]]" % g)
    return "\n\n".join(paras)


def records():
    rng = random.Random(SEED)
    out = list(HAND)
    gen = []
    for _ in range(56):
        gen.append(("fi", _gen_fi_positive(rng)))
    for _ in range(14):
        gen.append(("fi", _gen_fi_negative(rng)))
    for i in range(12):
        gen.append(("sv", _gen_sv(rng, negative=(i % 3 == 2))))
    rng.shuffle(gen)
    out.extend(gen)
    return out
