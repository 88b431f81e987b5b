"""Blind evaluation block 26 for the personal-data scrubber.

Written by helper "outsider 26" on 2026-12-07.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (apart from reading my own brief,
BRIEF-OUTSIDER.md). The only contact with that area was one plain `ls` of /work/main/benchmarks/ to make sure
block 26 did not exist yet; it showed file names only and I opened none of them. I ran no git commands and
did not run the scrubber or any evaluation. The texts are written from the brief and my own knowledge of how
Helsinki residents write to the city.

Focus: Finnish (about three quarters) and Swedish, long Kerrokantasi hearing comments and OmaStadi proposal
discussions of three to eight sentences, where residents mention neighbours, officials, councillors, teachers,
coaches, shop keepers and relatives by first name, surname or both, inflected in the Finnish cases (genitive,
partitive, adessive, ablative, allative, inessive, elative, illative, essive, translative), once or several times
in one text and often followed by hän / hänen. Ordinary Finnish names (Matti, Aino, Juhani), names that are also
words (Toivo, Onni, Armas, Tuuli, Lumi, Sulo, Aamu, Taimi, Kielo, Karhu, Salo) and names of Helsinki residents with
Somali, Arabic, Persian, Russian, Estonian, Ukrainian, Vietnamese, Thai, Turkish and Kurdish backgrounds
(Farhiyalle, Olenan, Thanh Huongin). Officials with titles (kaupunginvaltuutettu, rehtori, opettaja, tarkastaja,
rektor), names followed by a role ("Heikki Lahtinen, puheenjohtaja") and names in parentheses. About a dozen
records also carry phone numbers, e-mail addresses, street addresses with numbers, licence plates, IBANs, HETUs
or an IP address. Hard negatives are long plan comments full of place names (Kalasatama, Malmin lentokenttä,
Lauttasaari, Fiskehamnen, Drumsö), streets and parks named after people but without house numbers
(Mannerheimintie, Urho Kekkosen katu, Tove Janssonin puisto), famous and historical people (Mannerheim, Kekkonen,
Tove Jansson, Armi Ratia, Lasse Virén, Teemu Selänne, Paavo Nurmi, Alvar Aalto), companies and brands
(Stockmann, Fazer, Marimekko, Elisa, Wilma, Aino-jäätelö), sports clubs (HJK, Jokerit, IFK, HIFK), pets, and
Finnish or Swedish words that are also names used as plain words (toivo, onni, tuuli, lumi, aamu, taimi, kielo,
rauha, satu, valo, björk, strand).

Seed: SEED = 2626. records() is deterministic: the hand-written lists are returned in a fixed order and the
generated records come from random.Random(SEED) only (no time, no set iteration order).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (first name, surname, full
name, nickname; Finnish case endings and the Swedish genitive -s inside the span; role words and titles such as
naapuri, rehtori, rektor, kaupunginvaltuutettu outside), E e-mail address, T phone number, H Finnish personal
identity code (HETU), I IBAN or bank account number, R vehicle licence plate, IP IP address, A street address
with a house number (street + number + staircase + flat; postal code and city outside). Famous people and the
names of streets, parks, buildings, companies, clubs and pets are not marked; a street without a number is not
marked.
"""

import random

SEED = 2626


# ---------------------------------------------------------------------------------------------------------------
# Part A - Finnish Kerrokantasi hearing comments with people named in many cases (hand-written)
# ---------------------------------------------------------------------------------------------------------------
_KERRO_FI = [
    ("fi",
     "Kommentoin tätä Malminkartanon asemakaavaluonnosta myös naapurini [[P:Matti Heinosen]] puolesta, koska hän "
     "ei itse käytä nettiä. [[P:Matti]] on asunut Puustellintien varrella yli neljäkymmentä vuotta ja muistaa ajan, "
     "kun koko rinne oli metsää. Hänen mielestään uusi kahdeksankerroksinen talo varjostaa pihan koko iltapäiväksi. "
     "Olen [[P:Matin]] kanssa samaa mieltä: varjostustutkimus pitää tehdä myös talviajalle eikä vain "
     "kesäpäivänseisauksen ympärille. Kerroin [[P:Matille]], että tähän voi vastata vielä 15.1. asti.\n"
     "t. [[P:Leena Rautio]]"),
    ("fi",
     "Vastaus [[P:Ainolle]] ylempänä: ymmärrän huolen koululaisten turvallisuudesta, mutta suojatien siirtäminen "
     "Kustaankadun kulmaan ei ratkaise mitään. Kysyin asiasta myös koulun rehtorilta [[P:Juhani Lehtoselta]], ja "
     "hänen mukaansa lapset kulkevat joka tapauksessa suorinta reittiä. [[P:Lehtonen]] ehdotti itse "
     "hidastetöyssyä, mikä kuulostaa paljon järkevämmältä. [[P:Ainon]] kommentissa oli kyllä hyvä pointti siitä, "
     "että aamulla kello 8 liikenne on pahimmillaan. Toivottavasti suunnittelijat lukevat nämä kaikki."),
    ("fi",
     "Olen asunut Lauttasaaressa vuodesta 1998 ja tämä rantareitti on minulle tärkeä. Joka aamu kävelen koiran "
     "kanssa naapurin [[P:Tuuli Salmisen]] kanssa Vattuniemen kärkeen. [[P:Tuulin]] mielestä uudet laiturit "
     "kannattaa tehdä puusta eikä betonista, ja minä olen samaa mieltä. Tuuli on rannassa usein niin kova, että "
     "betonilaituri jäätyy talvella peilikirkkaaksi. Puhuin myös [[P:Salmisen]] miehen [[P:Jarmon]] kanssa; hän on "
     "rakennusinsinööri ja hänenkin mukaansa puu on tähän parempi materiaali."),
    ("fi",
     "Kiitos kaupunginvaltuutettu [[P:Sanna Kivelälle]] siitä, että hän tuli paikan päälle Kontulan ostarille "
     "kuuntelemaan asukkaita. [[P:Kivelä]] lupasi viedä asian eteenpäin, mutta mitään ei ole tapahtunut kolmeen "
     "kuukauteen. Lähetin hänelle sähköpostia kahdesti ilman vastausta. Jos joku muu on saanut [[P:Kivelältä]] "
     "tietoa, kertokaa tässä ketjussa. Meitä on iso joukko, jotka haluavat tietää, mitä ostarin remontille "
     "oikeasti tapahtuu."),
    ("fi",
     "Tämä puisto on Kontulan lapsille ainoa paikka pelata jalkapalloa. Valmentaja [[P:Abdirahman Warsame]] pitää "
     "siellä treenejä joka tiistai ja torstai noin kolmellekymmenelle lapselle ilmaiseksi. Kun kenttä on mutainen, "
     "[[P:Abdirahmanin]] täytyy perua treenit, ja lapset jäävät kotiin pelaamaan puhelimella. Tyttäreni [[P:Hodan]] "
     "sanoi, että [[P:Warsamen]] treenit ovat viikon paras juttu. Tekonurmi olisi siis todella tarpeen.\n"
     "Äitien puolesta [[P:Farhiya Ali]]"),
    ("fi",
     "Vastaus [[P:Olenalle]]: kyllä, Vuosaaren kirjastossa on ukrainankielinen satutunti, mutta vain kerran kuussa. "
     "[[P:Olena Kovalenko]] on itse vetänyt sitä vapaaehtoisena, ja hänen ansiostaan siellä käy nyt kymmeniä "
     "perheitä. Ehdotan, että OmaStadi-rahaa käytettäisiin siihen, että [[P:Olenalla]] ja muilla vetäjillä olisi "
     "kunnon tila ja vähän materiaalirahaa. Kirjaston työntekijä [[P:Minna]] sanoi minulle, että tiloja olisi "
     "iltaisin vapaana. Satutunti on lapsille tärkeä, koska se on ainoa paikka, jossa he kuulevat omaa kieltään "
     "kodin ulkopuolella."),
    ("fi",
     "Asun Myllypurossa ja meidän talon alakerrassa on [[P:Thanh Huongin]] pieni kauppa. Jos ostoskeskus puretaan, "
     "[[P:Thanh Huong]] menettää paikan, jossa hän on pitänyt kauppaa 12 vuotta. Puhuin hänen kanssaan eilen ja "
     "hän on tosi huolissaan, koska vuokra uusissa tiloissa on kolminkertainen. Moni vanhus käy "
     "[[P:Thanh Huongilla]] ostamassa maitoa ja leipää, eikä heillä ole autoa, jolla ajaa Itäkeskukseen. "
     "Kaavassa pitäisi varata edullisia liiketiloja pienyrittäjille."),
    ("fi",
     "Osallistuin eilen Malmitalon asukastilaisuuteen. Paikalla oli tarkastaja [[P:Reza Karimi]] "
     "rakennusvalvonnasta, ja hän vastasi kysymyksiin todella asiallisesti. Kysyin [[P:Karimilta]], miksi "
     "melumittaus uusittiin vasta tänä vuonna, ja hänen mukaansa edellinen mittaus oli tehty väärään aikaan "
     "päivästä. Kiitos [[P:Rezalle]] suorista vastauksista, tätä lisää. Sen sijaan kaavoittajan esittely oli "
     "sekava, eikä kukaan ymmärtänyt kartoista mitään."),
    ("fi",
     "Työkaverini [[P:Kadri Tamm]] asuu Jätkäsaaressa ja pyysi minua kirjoittamaan tänne, koska hänen suomensa ei "
     "ole vielä niin hyvä. [[P:Kadrin]] lapset käyvät koulua Ruoholahdessa ja kulkevat joka päivä Länsisataman "
     "rekkajonon läpi. [[P:Kadrille]] on sanottu satamasta, että rekat ovat kaupungin asia, ja kaupungilta, että "
     "ne ovat sataman asia. Nyt on oikea hetki ratkaista tämä kaavassa. Tallinnan laivojen liikenne ei ole "
     "vähenemässä."),
    ("fi",
     "Poikamme [[P:Onni]] on 7-vuotias ja käyttää pyörätuolia. Nykyinen leikkipuisto Kivikossa on hänelle "
     "käytännössä saavuttamaton, koska kaikki välineet ovat hiekalla. Onneksi suunnitelmassa on nyt esteetön keinu, "
     "mutta sinne ei pääse kuin nurmen yli. [[P:Onnin]] paras kaveri [[P:Eelis]] tulee aina mukaan, mutta hänen "
     "täytyy työntää tuolia koko matka. Pyytäisin, että polku tehtäisiin kovapintaisena keinulle asti.\n"
     "Terveisin [[P:Sari]], [[P:Onnin]] äiti"),
    ("fi",
     "Naapurin [[P:Toivo]]-pappa on 92-vuotias ja kävelee rollaattorilla joka päivä Alppilan kirkolle ja takaisin. "
     "Toivon todella, että penkit pidetään reitin varrella, koska [[P:Toivolla]] ei ole voimia kävellä koko matkaa "
     "ilman taukoa. Hänen tyttärensä [[P:Marjatta]] kertoi minulle, että viime talvena hän kaatui kahdesti jäisessä "
     "mäessä. Hiekoitus on kyllä eri asia, mutta silti. Penkkejä, kiitos, ja kaiteet Kaarlenkadun portaisiin."),
    ("fi",
     "Tyttäremme [[P:Lumi]] ja [[P:Aamu]] käyvät Käpylän luistelukoulua ja harjoittelevat hallissa, jonka kaupunki "
     "nyt haluaa sulkea. Lumi ei enää tule kentälle itsestään niin kuin ennen, kun kenttä jäädytettiin ulkona. "
     "[[P:Lumin]] valmentaja [[P:Heidi Vartiainen]] sanoi, että seuralla ei ole varaa yksityiseen halliin. "
     "[[P:Aamulle]] luistelu on ainoa harrastus, joka on oikeasti kiinnostanut. Aamulla ja illalla vuoroja "
     "pitäisi olla enemmän eikä vähemmän."),
    ("fi",
     "Isoisäni [[P:Armas Kallio]] oli mukana rakentamassa Pihlajamäen ensimmäisiä taloja 1960-luvulla. Hän kertoi "
     "aina, miten puut säästettiin tarkoituksella talojen väliin. Nyt täydennysrakentaminen kaataisi juuri ne "
     "männyt, joista [[P:Armas]] oli niin ylpeä; poikani nimettiin hänen mukaansa [[P:Armaaksi]]. Veljeni "
     "[[P:Sulo]] ja minä vastustamme tätä kaavaa. [[P:Sulon]] mielestä lisärakentaminen pitäisi tehdä "
     "parkkipaikkojen päälle eikä metsään. Pihlajamäki on suojeltu alue, ja sen pitäisi näkyä myös pihoissa."),
    ("fi",
     "Kommentoin yhteisöpuutarhan puolesta. Vastuuhenkilöt ovat [[P:Taimi Järvinen]] ja [[P:Kielo Aaltonen]], ja "
     "heiltä saa avaimen työkaluvajaan. Kasvatimme viime kesänä tomaatin ja kurpitsan taimia yli sadan perheen "
     "tarpeisiin. [[P:Taimin]] idea on, että ensi vuonna palstoja olisi myös koululaisille. [[P:Kielolle]] voi "
     "ilmoittautua talkoisiin, hän pitää listaa. Kielot kukkivat muuten taas puutarhan reunalla kauniisti "
     "toukokuussa."),
    ("fi",
     "Opettaja [[P:Aino Mäkelä]] Itäkeskuksen peruskoulusta on tehnyt valtavan työn läksykerhon kanssa. Kerho "
     "kokoontuu koulun kirjastossa, mutta ensi syksynä tila menee remonttiin. Kysyin [[P:Mäkelältä]], missä kerho "
     "voisi jatkua, eikä hänellä ole mitään tietoa. Ehdotan, että Vuotalosta varattaisiin tila [[P:Ainolle]] ja "
     "hänen kerholleen ilmaiseksi. Kerhossa käy lapsia ainakin kahdeksasta eri kielitaustasta, ja moni heistä ei "
     "saa kotona apua läksyihin."),
    ("fi",
     "Me Vallilan asukasyhdistyksessä keskustelimme tästä suunnitelmasta viime kokouksessa. Yhdistyksen kanta on, "
     "että Mäkelänkadun bulevardisointi on tervetullut, kunhan ratikka ei vie pyöräkaistoja. Lausunnon "
     "valmistelivat [[P:Heikki Lahtinen]], puheenjohtaja, ja [[P:Maija Rantanen]], sihteeri. Lisätietoja saa "
     "[[P:Lahtiselta]] tai [[P:Rantaselta]] yhdistyksen kautta. Liitteenä oleva kartta on piirretty käsin, "
     "pahoittelemme laatua."),
    ("fi",
     "Kannatan ehdotusta. Meillä on Herttoniemessä toimiva kirpputorirengas (yhteyshenkilö [[P:Riikka Nurmi]]) ja "
     "kierrätyspiste olisi luonteva jatke sille. Samaa toivoi viime kokouksessa myös talon isännöitsijä "
     "([[P:Pasi Ojala]], Isännöintipalvelu Kotikulma Oy). [[P:Nurmen]] mukaan varastotila löytyy jo, puuttuu vain "
     "hyllyt ja valot. Lisäksi hänellä on lista noin 40 vapaaehtoisesta."),
    ("fi",
     "Olen kurdinkielisen naisten ryhmän vetäjä, ja olemme kokoontuneet Kanneltalossa kolme vuotta. Ryhmän perusti "
     "[[P:Rojda Aziz]], ja ilman [[P:Rojdaa]] tätä toimintaa ei olisi. Hän muutti viime vuonna Tampereelle, ja nyt "
     "vetovastuu on minulla ja [[P:Hevinillä]]. Tilavuokra nousi tänä syksynä 18 eurosta 35 euroon tunnilta, ja se "
     "on meille liikaa. Toivon, että kaupunki miettisi maksutonta vuoroa vapaaehtoisryhmille."),
    ("fi",
     "Ravintolan omistaja [[P:Somchai]] Itäkeskuksesta kertoi, että terassiluvan saaminen kestää nykyään puoli "
     "vuotta. [[P:Somchain]] vaimo [[P:Ploy]] on hoitanut paperit, ja hänen mukaansa lomakkeesta on ollut "
     "neljä eri versiota saman kevään aikana. Voisiko lupaprosessia yksinkertaistaa pienille ravintoloille? "
     "[[P:Somchaille]] on tärkeää saada terassi auki ennen kesää, koska talvella asiakkaita on vähän."),
    ("fi",
     "Parturi [[P:Mehmet Yılmaz]] on pitänyt liikettä Kallion Helsinginkadulla jo 15 vuotta. Kaikki korttelin "
     "asukkaat tuntevat [[P:Mehmetin]], ja hän tietää, mitä kadulla tapahtuu, paremmin kuin kukaan virkamies. "
     "Hänen mukaansa yöllinen meteli on pahentunut sen jälkeen, kun bussipysäkki siirrettiin. Kysykää "
     "[[P:Yılmazilta]], hän kertoo kyllä mielellään. Tämä kaavakommentti on kirjoitettu hänen luvallaan."),
    ("fi",
     "Naapurini [[P:Dmitri Ivanov]] on eläkkeellä oleva insinööri, ja hän on laskenut, että uusi pysäköintitalo "
     "tuo kadulle noin 600 autoa lisää päivässä. Lähetin [[P:Dmitrin]] laskelmat kaavoittajalle, mutta vastausta ei "
     "tullut. [[P:Ivanovin]] mukaan liikennemallissa on käytetty vuoden 2015 lukuja. Jos tämä pitää paikkansa, "
     "koko selvitys pitäisi tehdä uudelleen. Pyydän, että joku kaupungilta ottaa yhteyttä [[P:Dmitriin]] "
     "suoraan."),
    ("fi",
     "Taloyhtiömme hallituksen puheenjohtaja [[P:Kirsi Hyvärinen]] on käynyt kolme kertaa kaupungin kanssa "
     "neuvotteluja pihakadun muutoksesta. Luotan [[P:Kirsiin]] täysin, hän on perehtynyt asiaan paremmin kuin "
     "kukaan meistä. [[P:Kirsissä]] on sitä sisua, mitä tämä prosessi vaatii. Mutta nyt kaupunki on muuttanut "
     "suunnitelmaa kysymättä [[P:Hyväriseltä]] tai keneltäkään muulta asukkaalta. Tämä ei ole osallistamista vaan "
     "ilmoittamista."),
    ("fi",
     "no nii. [[P:Make]] tos alakerrasta sano et tää kaava menee läpi joka tapauksessa ni turha kommentoida. mut mä "
     "kommentoin silti. [[P:Maken]] mukaan parkkipaikat vähenee 40:llä eikä kukaan oo kertonu minne autot sit "
     "laitetaan. mun mummo [[P:Raili]] ei pääse bussilla mihinkää, se tarvii sen auton. kysykää vaikka "
     "[[P:Raililta]] tai [[P:Makelta]] jos ette usko"),
    ("fi",
     "Kaupunginvaltuutettu [[P:Ville Koskisen]] blogissa väitettiin, että Malmin lentokentän alueelle tulee 25 000 "
     "asukasta. Tarkistin luvun, ja se pitää paikkansa vain, jos kaikki vaiheet toteutuvat. [[P:Koskinen]] ei "
     "maininnut, että ensimmäisessä vaiheessa asukkaita on alle 5000. Kysyin asiasta myös lukion historian "
     "opettajalta [[P:Annelta]], ja hänen mielestään lentokentän rakennukset pitäisi suojella kokonaan. Olen "
     "[[P:Annen]] kanssa samaa mieltä. Lentoasemarakennus on 1930-luvun funktionalismia parhaimmillaan."),
    ("fi",
     "Tyttäreni [[P:Pihla]] on kehitysvammainen ja käy päivätoiminnassa Lassilassa. Hänen ohjaajansa "
     "[[P:Tommi Karhu]] on sanonut, että uusi bussireitti pidentäisi matkan puolesta tunnista tuntiin. "
     "[[P:Pihlalle]] vaihto bussista toiseen on todella vaikeaa. [[P:Karhun]] ehdotus oli, että linjan 52 reitti "
     "pidettäisiin ennallaan aamuisin. Kannatan tätä lämpimästi.\n"
     "t. [[P:Pihlan]] isä"),
]


# ---------------------------------------------------------------------------------------------------------------
# Part B - Finnish OmaStadi proposals and comment threads (hand-written)
# ---------------------------------------------------------------------------------------------------------------
_OMASTADI_FI = [
    ("fi",
     "Ehdotus: Kalasataman koirapuiston valaistus. Koirapuistossa on pimeää jo kello 16 marraskuusta helmikuuhun. "
     "Ehdotuksen tekijät [[P:Niina Lampinen]] ja [[P:Yusuf Abdi]] keräsivät alueen koiranomistajilta 214 nimeä. "
     "[[P:Yusufin]] mukaan ilta-aikaan puistossa on jopa 30 koiraa yhtä aikaa. Kustannusarvio on noin 18 000 €. "
     "Kysymykset voi osoittaa [[P:Niinalle]] tämän ehdotuksen alle."),
    ("fi",
     "@[[P:Niina Lampinen]] hyvä ehdotus! Meidän Sulo-koira tykkää puistosta, mutta talvella emme uskalla mennä "
     "sinne pimeässä. Kysyin myös [[P:Yusufilta]], voisiko valot olla liiketunnistimella, niin sähköä säästyisi. "
     "Hänen mielestään se on hyvä idea ja hän lisää sen ehdotukseen. Äänestän tätä 👍"),
    ("fi",
     "Ehdotus on [[P:Hämäläisen]] perheen käsialaa, ja tiedän, että he ovat tehneet talkootyötä pyyteettömästi "
     "vuosia. Silti en kannata sitä, koska ulkokuntosalilaitteet Tapanilan urheilupuistossa ovat jo olemassa. "
     "[[P:Eija Hämäläinen]], älä ota tätä henkilökohtaisesti! Mielestäni rahat kannattaisi käyttää mieluummin "
     "nuorisotalon iltavuoroihin, joita on nyt vain kaksi viikossa."),
    ("fi",
     "Ehdotamme Meri-Rastilan nuorille tyttöjen sählyvuoroa. Tytöt ovat itse pyytäneet tätä, ja "
     "[[P:Ayan Mohamed]] on lupautunut ohjaajaksi. [[P:Ayanilla]] on ohjaajakoulutus, ja hän on pelannut itse "
     "sählyä viisi vuotta. Tarvitaan salivuoro sunnuntaisin ja noin 40 mailaa. Moni tytöistä ei käy "
     "sekajoukkueissa, joten oma vuoro on ainoa tapa saada heidät liikkumaan. Yhteyshenkilönä toimii "
     "[[P:Ayanin]] lisäksi nuoriso-ohjaaja [[P:Pekka Salo]]."),
    ("fi",
     "Mä tuen tätä 💯 [[P:Ayan]] oli mun pikkusiskon ohjaaja kesäleirillä ja se oli ihan paras. Sisko puhuu "
     "[[P:Ayanista]] vieläki koko ajan. Antakaa tytöille oma vuoro niin ne tulee, lupaan sen!!"),
    ("fi",
     "Ehdotus: arabiankielinen äitien ja vauvojen kerho Malmin perhetaloon. Kerhoa vetäisivät [[P:Leila Haddad]] "
     "ja [[P:Nour]], jotka ovat molemmat sairaanhoitajia. [[P:Leilan]] kokemuksen mukaan moni äiti ei uskalla mennä "
     "neuvolan ryhmiin kielen takia. Kerhossa puhuttaisiin imetyksestä, unesta ja arjesta. [[P:Nourille]] voi "
     "lähettää viestin perhetalon kautta, jos haluaa mukaan."),
    ("fi",
     "Kannatan ehdotusta vietnamilaisesta kuujuhlasta Myllypuron puistossa. Viime vuonna [[P:Nguyen Van Minh]] "
     "järjesti pienen version omalla kustannuksellaan, ja sinne tuli yli 200 ihmistä. [[P:Minhille]] pitäisi "
     "oikeasti antaa tunnustusta tästä. Ruokaa riitti kaikille ja lapsille oli lyhtypaja. Jos OmaStadi "
     "rahoittaa, [[P:Minhin]] ei tarvitse maksaa kaikkea itse."),
    ("fi",
     "Ehdotus: Vuosaaren sataman alikulkuun seinämaalaus. Taiteilija [[P:Tiit Kask]] on tehnyt luonnoksen, jossa on "
     "Vuosaaren lintuja ja laivoja. Alikulku on nyt täynnä tageja ja pimeä. [[P:Tiitiltä]] on jo kysytty, ja hän "
     "tekisi työn yhdessä alueen nuorten kanssa. Kustannus on noin 12 000 € sisältäen maalit ja telineet. "
     "Luonnokseen voi tutustua [[P:Kaskin]] kotisivuilla."),
    ("fi",
     "Kiitos kaikille äänistä! Ehdotuksemme Pukinmäen koulun pihan liikuntapaikasta meni läpi. Erityiskiitos "
     "liikunnanopettaja [[P:Janne Aaltoselle]], joka jaksoi kerätä nimiä vanhempainilloissa, ja "
     "[[P:Sirpa]]-mummolle, joka leipoi pullaa joka tilaisuuteen. Ilman [[P:Jannea]] tämä ei olisi onnistunut. "
     "Rakentaminen alkaa kaupungin mukaan keväällä 2027."),
    ("fi",
     "Meidän ukrainalaisten perheiden ryhmä ehdottaa kielikahvilaa Kannelmäkeen. Ryhmää koordinoi "
     "[[P:Oksana Melnyk]], ja hänen miehensä [[P:Taras]] on jo sopinut kirjaston kanssa alustavasti tilasta. "
     "[[P:Oksanalta]] voi kysyä lisää, hän puhuu suomea, ukrainaa ja venäjää. Kahvila olisi avoinna kaikille, ei "
     "vain ukrainalaisille. Moni suomalainen eläkeläinen on jo sanonut [[P:Tarasille]], että tulisi mielellään "
     "juttelemaan."),
    ("fi",
     "En kannata. Tämä on käytännössä [[P:Ollilan]] yksityinen projekti, ja hän hyötyy siitä itse, koska hänen "
     "firmansa myy juuri tällaisia kuntolaitteita. [[P:Esa Ollila]] on ehdottanut samaa asiaa joka kierroksella "
     "vuodesta 2021. Ymmärrän innostuksen, mutta OmaStadi-rahojen pitäisi mennä asukkaiden yhteiseen hyvään. "
     "Moderaattori voisi tarkistaa tämän."),
    ("fi",
     "Ehdotus tuulensuojista Vuosaaren uimarannalle. Tuuli mereltä on niin kova, että pienet lapset palelevat jo "
     "kesäkuussa. Ehdotuksen teki [[P:Tuuli Heikkinen]], ja hänen ideansa on puiset tuulensuojat, joita voi "
     "siirtää. [[P:Tuulille]] kuulemma naurettiin ensin, kun nimi ja ehdotus sopivat niin hyvin yhteen 😄 Mutta "
     "asia on vakava: rannalla tuulee lähes aina."),
    ("fi",
     "Ehdotamme jäädytettyä kenttää Paloheinään. [[P:Jukka Mäkinen]] valmentaa Jokereiden junioreita ja "
     "[[P:Saku]] Kiekko-Vantaan pikkupoikia, ja molemmat joutuvat nyt kuljettamaan joukkueet halliin Malmille. "
     "[[P:Mäkisen]] laskujen mukaan hallivuorot maksavat perheille yli 300 € kaudessa. Luonnonjää olisi ilmainen "
     "ja kaikkien käytössä. Jääkiekon ei tarvitse olla vain hyvätuloisten laji."),
    ("fi",
     "Ehdotus: koulumatkojen turvallisuus Laajasalossa. Laitoin asiasta Wilma-viestin luokanopettaja "
     "[[P:Päivi Tuomiselle]], ja hän kehotti tekemään OmaStadi-ehdotuksen. [[P:Tuomisen]] luokasta 14 oppilasta "
     "ylittää Laajasalontien joka aamu ilman liikennevaloja. Ehdotamme liikennevaloja tai edes "
     "liikenteenohjaajaa aamuisin. Vanhempainyhdistyksen [[P:Jari]] lupasi selvittää kustannukset."),
    ("fi",
     "Kioskinpitäjä [[P:Anneli]] Roihuvuoren ostarilla on ollut vuosikymmeniä alueen sydän. Kun ostarin aukiota "
     "nyt suunnitellaan uudelleen, toivoisin, että kysyttäisiin myös [[P:Annelilta]]. Hän näkee joka päivä, missä "
     "ihmiset istuvat, missä lapset leikkivät ja missä porukat oleskelevat iltaisin. Kirsikkapuisto on upea, mutta "
     "ostari itse on rapistunut. [[P:Annelin]] kioskin edessä olisi hyvä paikka penkeille ja istutuksille."),
    ("fi",
     "Ehdotan persiankielistä runoiltaa Oodiin. [[P:Shirin Ahmadi]] ja [[P:Darius]] ovat lukeneet runoja pienessä "
     "piirissä, mutta kuulijoita on enemmän kuin kotiin mahtuu. [[P:Shirinin]] mukaan nowruzin aikaan maaliskuussa "
     "olisi hyvä ajankohta. Tilaisuus olisi kaksikielinen, runot luettaisiin sekä persiaksi että suomeksi. "
     "Käännöksistä vastaisi [[P:Dariuksen]] tytär, joka opiskelee Helsingin yliopistossa."),
    ("fi",
     "Lisään vielä edelliseen kommenttiini. Soitin eilen kaupungin liikennesuunnittelijalle "
     "[[P:Marko Tuomelalle]], joka on merkitty hankkeen yhteyshenkilöksi. [[P:Tuomelan]] mukaan pyöräkaista on jo "
     "päätetty, eikä siihen voi enää vaikuttaa. Miksi tätä sitten kysytään asukkailta? Hän lupasi kuitenkin viedä "
     "kommentit suunnitteluryhmälle. Kiitos [[P:Markolle]] ystävällisestä palvelusta, vika ei ole hänessä vaan "
     "prosessissa."),
    ("fi",
     "Pihatalkoot onnistuivat taas hienosti! [[P:Unto]] vaimoineen toi grillin, [[P:Helmi]] hoiti mehut ja lapset "
     "haravoivat. Ilman [[P:Untoa]] meillä ei olisi ollut edes kottikärryjä. Nyt ehdotamme OmaStadiin "
     "talkoovälinevarastoa, jota kaikki Kumpulan taloyhtiöt voisivat lainata. Avaimet olisivat [[P:Helmillä]] ja "
     "hänen naapurillaan, helmikuusta alkaen."),
    ("fi",
     "Kannatan! Meidän kulman vanha kalastaja [[P:Bengt Sjöholm]] on kertonut, että Vartiokylänlahdella oli ennen "
     "paljon enemmän kalaa. [[P:Bengtin]] mukaan lahden ruoppaus ja kosteikko auttaisivat. Hän on 84-vuotias ja "
     "muistaa ajan ennen Itäväylää. Kannattaisi haastatella [[P:Sjöholmia]] ennen kuin suunnitelma lyödään "
     "lukkoon."),
    ("fi",
     "Ehdotus: kielopenkka Malmin hautausmaan viereiseen puistoon. Naapurini [[P:Kielo Lindroos]] ehdotti tätä, ja "
     "minä kirjoitan sen tänne hänen puolestaan. Kielo on Suomen kansalliskukka, ja [[P:Kielon]] mielestä sitä on "
     "Helsingin puistoissa yllättävän vähän. Istutus ei maksaisi paljon, ja kielot leviävät itsestään. Hän lupasi "
     "myös hoitaa penkkaa kesällä."),
    ("fi",
     "Meidän pihan lapsista [[P:Onni]], [[P:Veeti]] ja [[P:Iida]] keksivät tämän ehdotuksen itse: he haluavat "
     "Puistolaan pumptrack-radan. Onneksi yksi isä, [[P:Antti Koivisto]], on maisema-arkkitehti ja piirsi heille "
     "luonnoksen. [[P:Koiviston]] mukaan rata mahtuisi hyvin urheilupuiston reunaan. Lapset ovat tosi onnellisia, "
     "jos tämä menee läpi!"),
    ("fi",
     "Päiväkoti Pikkumetsän lastentarhanopettaja [[P:Marja Kettunen]] on ehdottanut, että päiväkodin viereinen "
     "metsikkö säilytettäisiin retkimetsänä. Lapset käyvät siellä päivittäin, ja [[P:Marjan]] ryhmä on rakentanut "
     "sinne oman majan. Marjoja ja sieniä siellä riittää syksyllä. Jos alue kaavoitetaan, [[P:Kettusen]] mukaan "
     "lähin metsä on yli kilometrin päässä. Se on pienille lapsille liian pitkä matka."),
    ("fi",
     "Tässä vielä perustelut, kun moni kysyi. Idea syntyi, kun seurakunnan nuorisotyönohjaaja "
     "[[P:Joonas Hietanen]] ja minä huomasimme, että Jakomäen nuorilla ei ole paikkaa, jossa soittaa. Kaikki "
     "tuntevat hänet pelkkänä [[P:Joonakena]], ja hän on soittanut rumpuja 20 vuotta. [[P:Hietasen]] kanssa "
     "laskimme, että bänditilan äänieristys maksaa noin 9 000 €. Soittimet saisimme lahjoituksina."),
    ("fi",
     "Ehdotus: senioreiden tablettikurssi Kalliossa. Kurssia vetäisi eläkkeellä oleva ATK-opettaja "
     "[[P:Raimo Peltola]]. Äitini kävi [[P:Raimon]] kurssilla jo viime vuonna kirjastossa, ja nyt hän maksaa laskut "
     "itse verkkopankissa. [[P:Peltolalta]] on jo kysytty, ja hän tekisi työn pientä palkkiota vastaan. Moni "
     "ikäihminen jää nyt ulkopuolelle, kun kaikki siirtyy nettiin."),
]
