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
     "tuntevat hänet pelkkänä [[P:Jonttuna]], ja hän on soittanut rumpuja 20 vuotta. [[P:Hietasen]] kanssa "
     "laskimme, että bänditilan äänieristys maksaa noin 9 000 €. Soittimet saisimme lahjoituksina."),
    ("fi",
     "Ehdotus: senioreiden tablettikurssi Kalliossa. Kurssia vetäisi eläkkeellä oleva ATK-opettaja "
     "[[P:Raimo Peltola]]. Äitini kävi [[P:Raimon]] kurssilla jo viime vuonna kirjastossa, ja nyt hän maksaa laskut "
     "itse verkkopankissa. [[P:Peltolalta]] on jo kysytty, ja hän tekisi työn pientä palkkiota vastaan. Moni "
     "ikäihminen jää nyt ulkopuolelle, kun kaikki siirtyy nettiin."),
]


# ---------------------------------------------------------------------------------------------------------------
# Part C - Varaamo booking notes and Open311 feedback with other personal data (hand-written)
# ---------------------------------------------------------------------------------------------------------------
_CONTACT_MIX = [
    ("fi",
     "Varaus: Kanneltalon kerhohuone 2, la 14.3. klo 10–14. Varaaja [[P:Hevin Ahmadi]], puh. [[T:044 519 3307]]. "
     "Avaimet noutaa [[P:Hevinin]] sisko [[P:Dilan]], jos hän ei itse ehdi. Laskutus yhdistykselle, tilinumero "
     "[[I:FI21 1234 5600 0007 85]]. Tilaisuus on kurdinkielisten naisten kuukausitapaaminen, noin 20 henkeä."),
    ("fi",
     "Hei, varasin Oodin studion [[P:Lumi Karjalaisen]] nimellä, mutta varausvahvistus meni väärään osoitteeseen. "
     "Oikea sähköposti on [[E:lumi.karjalainen@gmail.com]]. [[P:Lumin]] puhelinnumero on [[T:+358 40 718 2256]], "
     "jos teidän pitää soittaa. Varausnumero on 48213, jos sitä tarvitaan. Kiitos nopeasta avusta!"),
    ("fi",
     "Auto on ollut parkissa nurmikolla Kaarelantien päässä jo kolme viikkoa, rekisterinumero [[R:BNX-742]]. Sama "
     "auto seisoo siinä joka talvi. Naapuri [[P:Jorma Salminen]] osoitteesta [[A:Kaarelantie 7]] sanoi, että "
     "omistaja on joku [[P:Kurkela]], mutta en ole varma. Voisiko pysäköinninvalvonta käydä katsomassa? Aurat "
     "eivät pääse kunnolla ohi."),
    ("fi",
     "Hakemus pysäköintitunnuksesta hylättiin, vaikka täytin kaikki kohdat. Hakija: [[P:Armas Nieminen]], "
     "henkilötunnus [[H:131052-308T]], osoite [[A:Sturenkatu 33 B 21]], 00510 Helsinki. Isäni [[P:Armas]] on "
     "74-vuotias eikä pysty kävelemään pitkiä matkoja. Hakemuksen täytin hänen puolestaan minä, "
     "[[P:Kaija Nieminen]]. Pyydän, että asia käsitellään uudelleen mahdollisimman pian."),
    ("sv",
     "Bokning av Arbis festsal fre 20.2 kl. 18–23. Bokare: [[P:Karin Holmström]], tel. [[T:050 364 9912]], "
     "e-post [[E:karin.holmstrom@kolumbus.fi]]. Nycklarna hämtas av min man [[P:Henrik]] på torsdagen. Det är "
     "[[P:Karins]] 60-årsfest, ca 70 gäster. Faktura till [[A:Drumsövägen 45 C 21]], 00200 Helsingfors."),
    ("fi",
     "Palautelomake kaatuu aina, kun yritän liittää kuvan. Kokeilin kolmelta eri koneelta, myös työpaikan "
     "koneelta, jonka IP on [[IP:85.76.142.19]], jos siitä on apua. Tämä on jo kolmas kerta, kun ilmoitan. "
     "Viimeksi minulle vastasi [[P:Tero]] asiakaspalvelusta, ja hän lupasi korjata vian.\n"
     "t. [[P:Ilkka Rantala]]"),
    ("fi",
     "Mummoni [[P:Taimi Koskinen]] asuu osoitteessa [[A:Malminkaari 10 A 3]], ja hänen kotiovensa edessä olevaa "
     "jalkakäytävää ei ole aurattu viikkoon. [[P:Taimi]] on 88-vuotias, eikä kotihoito pääse sisään. Soitin "
     "kotihoidon [[P:Tiinalle]], ja hän sanoi ilmoittaneensa asiasta jo kahdesti. Yhteystiedot: "
     "[[P:Mikko Koskinen]], [[T:045 218 8870]]. Toivoisin kuittausta tähän."),
    ("sv",
     "Hej! Grannen [[P:Stina Lindqvist]] på [[A:Tölögatan 5 A 3]] har bett mig anmäla att gatlampan utanför porten "
     "varit trasig sedan oktober. [[P:Stina]] sitter i rullstol och vågar inte gå ut efter mörkrets inbrott. "
     "Hennes son [[P:Mikael]] har redan ringt stadens kundtjänst två gånger. Kontakta gärna mig: "
     "[[E:j.ekholm@outlook.com]].\nMvh [[P:Johan Ekholm]]"),
    ("fi",
     "Varaus Malmitalon lastauspaikalle bändin kalustoautolle pe 6.2. Auto [[R:KIP-55]], kuljettaja "
     "[[P:Ahmed Hassan]], [[T:041 720 5518]]. [[P:Ahmedille]] on sovittu pääsy lastauslaiturille klo 16 alkaen. "
     "Jos tulee muutoksia, soittakaa hänelle suoraan, minä olen itse lavalla koko illan.\n"
     "– [[P:Juho Laaksonen]] / Harmaa Aamu -yhtye"),
    ("fi",
     "Pyydän palauttamaan kahteen kertaan maksetun pysäköintivirhemaksun. Maksoin maksun 3.11.2026 kahdesti "
     "(viite 1234 5678 9012 3). Tilinumeroni on [[I:FI51 4006 0010 2345 67]] ja tilin omistaja on "
     "[[P:Olena Kovalenko]]. Auton rekisterinumero on [[R:ZKT-318]]. [[P:Olenan]] puolesta asioi "
     "[[P:Yuliia Bondarenko]], koska hän ei vielä puhu suomea."),
    ("sv",
     "Jag ansökte om boendeparkering för min mamma [[P:Gunnel Åberg]] (personbeteckning [[H:091147-024K]]) men "
     "beslutet skickades till fel adress. Rätt adress är [[A:Bulevarden 14 B 9]], 00120 Helsingfors. "
     "[[P:Gunnels]] bil har registreringsnummer [[R:GLT-208]]. Ring mig gärna på [[T:+358 44 907 1123]].\n"
     "/ [[P:Pernilla Åberg]]"),
    ("fi",
     "---------- Välitetty viesti ----------\n"
     "Lähettäjä: [[P:Reijo Aaltonen]] <[[E:reijo.aaltonen@elisanet.fi]]>\n"
     "Aihe: Re: Pihlajiston kaavamuutos\n\n"
     "Hei [[P:Paula]], kiitos kun välität tämän, en ehdi kirjoittaa Kerrokantasiin itse. Mielestäni kaavamuutos on "
     "hyvä, mutta pysäköintipaikkojen määrä on liian pieni. Samaa mieltä on myös [[P:Paulan]] naapuri "
     "[[P:Seppo]].\n[[P:Reijo]]"),
    ("fi",
     "Haen iltapäiväkerhopaikkaa lapselleni [[P:Aamu Virtaselle]] ([[H:050319A4524]]). Hakemusjärjestelmä ei "
     "hyväksy henkilötunnusta, vaikka se on oikein. [[P:Aamu]] aloittaa koulun Aurinkolahden peruskoulussa "
     "elokuussa. [[P:Aamun]] isä [[P:Tapio Virtanen]] on yrittänyt myös omilla tunnuksillaan. Pyydän apua, "
     "hakuaika päättyy perjantaina."),
    ("fi",
     "Ilmoitan roskaamisesta osoitteessa [[A:Kontulantie 9 C 18]]: joku tyhjentää autonsa tuhkakupin ja roskat "
     "pihalle joka yö. Auto on musta farmari, rekisteri [[R:MYV-603]]. Talonmies [[P:Kalevi]] on nähnyt saman. "
     "En halua riitaa naapurin kanssa, joten ilmoitan nimettömänä, mutta [[P:Kalevilta]] saa lisätietoja."),
]


# ---------------------------------------------------------------------------------------------------------------
# Part D - Swedish hearing comments and OmaStadi (Stadi-budget) proposals with people (hand-written)
# ---------------------------------------------------------------------------------------------------------------
_KOMMENTAR_SV = [
    ("sv",
     "Jag skriver som förälder i Kronohagens lågstadium. Rektor [[P:Ulla Sandberg]] har redan informerat om att "
     "skolgården ska asfalteras om, men ingen har frågat eleverna. Min dotter [[P:Ebba]] och hennes klasskamrat "
     "[[P:Amina]] ritade en egen plan med träd och en bollplan. [[P:Sandbergs]] svar var att planen redan är klar. "
     "Kan staden verkligen inte ta med barnens idéer?"),
    ("sv",
     "Svar till [[P:Anders]]: jag håller inte med om att Drumsö behöver fler parkeringsplatser. Jag har bott på "
     "Drumsö i 30 år och metron fungerar utmärkt. [[P:Anders Wikström]] skriver att äldre inte klarar sig utan bil, "
     "men min mamma [[P:Märta]] är 91 och åker metro varje vecka. Hon säger att det enda som saknas är bänkar vid "
     "hållplatsen. Kanske vi kunde satsa på det i stället?"),
    ("sv",
     "Förslag: simskola för vuxna invandrarkvinnor i Mellungsbacka. Idén kommer från [[P:Farhiya Ali]], som själv "
     "lärde sig simma först vid 40 års ålder. [[P:Farhiyas]] erfarenhet är att många kvinnor skäms för att simma när "
     "män är närvarande. Vi behöver ett eget pass i simhallen på söndagsmorgnar. Simläraren [[P:Katja Lindholm]] "
     "har lovat att ställa upp."),
    ("sv",
     "Tack till stadsfullmäktigeledamot [[P:Mikaela Grönqvist]] som kom till invånarmötet i Hagnäs. Hon lyssnade "
     "verkligen och lovade att kolla upp saken. Men enligt [[P:Grönqvist]] kan beslutet om saluhallen inte längre "
     "ändras. Det är synd, för många av oss har handlat hos fiskhandlaren [[P:Kaj]] i över tjugo år. [[P:Kajs]] "
     "stånd måste få plats även i den nya hallen."),
    ("sv",
     "Min granne [[P:Olena]] från Ukraina undrar om biblioteket i Nordsjö kan ordna läxhjälp på svenska. Hennes son "
     "[[P:Artem]] går i svensk skola men ingen hemma kan hjälpa honom. [[P:Olenas]] förslag är att gymnasieelever "
     "kunde hjälpa till som volontärer. Jag tycker att idén är värd att stödja. [[P:Artem]] är förresten en av de "
     "bästa i klassen i matte!"),
    ("sv",
     "Jag är tränare för ett av IFK:s juniorlag och vi tränar på Tölö bollplan. Vår lagledare [[P:Rasmus Nyberg]] "
     "har räknat ut att vi förlorar tolv träningar per höst för att planen saknar belysning. [[P:Rasmus]] och jag "
     "har skickat brev till idrottstjänsterna två gånger. Enligt [[P:Nybergs]] kalkyl skulle LED-belysning betala "
     "sig på sju år. Snälla, ta med det i budgeten."),
    ("sv",
     "Förslaget om en hundpark i Munksnäs kommer från mig och min sambo [[P:Linnea Strand]]. [[P:Linneas]] hund "
     "heter Viggo och behöver springa fritt, men det finns ingen inhägnad park närmare än Mejlans. Vid stranden i "
     "Munksnäs finns en gräsplätt som inte används till något. [[P:Linnea]] har frågat grannarna och ingen har "
     "något emot det. Vi har samlat 87 namn."),
    ("sv",
     "Kommentar till [[P:Gunnar]]: du har rätt i att cykelbanan på Tavastvägen är farlig. Jag cyklade där med min "
     "dotter [[P:Stella]] i går och en buss körde om oss på en halv meters avstånd. [[P:Gunnar Holm]] föreslog en "
     "separerad cykelbana, och det är det enda som hjälper. Jag har skickat bilder till trafikplaneraren "
     "[[P:Eriksson]]. Hoppas att någon lyssnar den här gången."),
    ("sv",
     "Familjen [[P:Tran]] driver en liten restaurang i Östra centrum. [[P:Thi Lan Tran]] berättade att de har "
     "väntat på tillstånd för uteservering sedan mars. Hon har fyllt i samma blankett tre gånger. Kan staden göra "
     "det enklare för småföretagare? [[P:Lans]] vårrullar är för övrigt de bästa i stan."),
    ("sv",
     "Som lärare i Botby grundskola vill jag lyfta fram elevkårens förslag. Eleverna [[P:Noah]], [[P:Wilma]] och "
     "[[P:Elias]] har själva gjort budgeten och presentationen. [[P:Wilmas]] idé var att skolgården skulle få en "
     "utomhusscen. Jag är stolt över dem!\n/ lärare [[P:Camilla Söderlund]]"),
    ("sv",
     "Jag stöder förslaget. Min farfar [[P:Nils-Erik Blomqvist]] var med och grundade båtklubben på Degerö på "
     "1950-talet. Han berättade ofta hur bryggorna byggdes på talko. Nu är de i så dåligt skick att "
     "[[P:Nils-Eriks]] gamla snipa inte kan ligga där längre. Renovering behövs!"),
    ("sv",
     "Frisören [[P:Mehmet]] i Berghäll säger att hans kunder klagar på att det inte finns cykelställ utanför. Jag "
     "har själv sett hur cyklar står lutade mot [[P:Mehmets]] skyltfönster. Han har frågat staden men inte fått "
     "något svar. Kan ni sätta upp några ställ? Det är en liten sak men skulle göra stor skillnad."),
    ("sv",
     "Svar till [[P:Reza]]: jag håller med dig till hundra procent. [[P:Reza Karimi]] skrev ovan att sista bussen "
     "från Malm går redan 23.10, och det stämmer. Min dotter [[P:Sofia]] jobbar kvällar i Malms köpcentrum och måste "
     "gå hem genom skogen. [[P:Rezas]] förslag om en nattlinje är det bästa i hela den här diskussionen."),
    ("sv",
     "Hej [[P:Birgitta]]! Jag såg din kommentar om lekparken i Kottby. Jag pratade med [[P:Birgittas]] granne "
     "[[P:Tove Lindberg]] i går och hon har samma åsikt: gungorna är för få. [[P:Tove]] har tre barn under fem år "
     "och de får alltid köa. Kan vi göra ett gemensamt förslag?"),
    ("sv",
     "Vi i Hertonäs föräldraförening föreslår en isbana vid skolan. Idén kom från idrottsläraren "
     "[[P:Jonas Westerlund]], som har gjort samma sak i Vasa. [[P:Westerlunds]] erfarenhet är att en naturis kostar "
     "nästan ingenting om föräldrarna hjälper till med spolningen. Vi har redan 25 frivilliga. Kontaktperson är "
     "[[P:Jonas]] själv, via skolan."),
    ("sv",
     "Jag vill tacka byggnadsinspektör [[P:Patrik Lindfors]] för ett bra möte i Stensvik? Nej förlåt, i Brändö. "
     "Han förklarade tydligt varför strandbastun inte kan byggas på den tomten. Även om svaret var nej uppskattar vi "
     "att [[P:Lindfors]] tog sig tid. Vi fortsätter med [[P:Patriks]] förslag om en flyttbar bastu i stället."),
    ("sv",
     "Svar till [[P:Kristian]] och [[P:Maija]]: jag förstår er oro för bullret från Fiskehamnen. Men jag bor själv "
     "vid Sörnäs strandväg och för mig är trafiken det största problemet, inte byggena. [[P:Maijas]] förslag om en "
     "bullervall låter dyrt. Kanske en lägre hastighetsgräns räcker? [[P:Kristians]] siffror om lastbilarna "
     "stämmer i alla fall med mina egna iakttagelser."),
    ("sv",
     "Min moster [[P:Solveig]] bor i ett seniorhus i Mejlans och undrar varför busshållplatsen flyttades 300 meter "
     "längre bort. [[P:Solveigs]] rollator fastnar i snön varje vinter. Hennes granne [[P:Leif Mattsson]] har skrivit "
     "till stadsmiljösektorn men fått ett standardsvar. Kan någon svara ordentligt den här gången?"),
]


# ---------------------------------------------------------------------------------------------------------------
# Part E - Finnish hard negatives: plans, places, streets and parks named after people, famous people, clubs,
# brands, pets and name-like ordinary words. No personal data at all (hand-written).
# ---------------------------------------------------------------------------------------------------------------
_NEG_FI = [
    ("fi",
     "Malmin lentokentän alueen suunnitelma on minusta liian tiivis. Lentoasemarakennus ja hangaari pitää "
     "ehdottomasti suojella, ne ovat 1930-luvun funktionalismia parhaimmillaan. Kalasataman virheitä ei saa "
     "toistaa: tornit varjostavat rantaa ja tuuli kulkee katujen läpi kuin tunnelissa. Vanha kiitorata voisi jäädä "
     "puistoksi. Malmin aseman ja lentokentän välille tarvitaan kunnon pyöräyhteys. Rakentamisen aikataulu vuoteen "
     "2040 asti tuntuu realistiselta."),
    ("fi",
     "Lauttasaaren Vattuniemen suunnitelmassa on paljon hyvää, mutta Gyldénintien ja Heikkiläntien risteys on jo "
     "nyt tukossa aamuisin. Kun metroasema avattiin 2017, autoliikenne ei vähentynyt yhtään. Lauttasaaren siltaa "
     "pitäisi leventää ennen kuin saarelle tuodaan 5000 asukasta lisää. Pyöräilijät ja jalankulkijat jakavat nyt "
     "saman kapean kaistan. Toivottavasti tämä huomioidaan."),
    ("fi",
     "Mannerheimintien bulevardi Töölössä on kaunis, mutta ratikkapysäkit ovat liian kapeita. Marsalkka "
     "Mannerheimin ratsastajapatsaan ympäristö Kiasman edessä on hienosti hoidettu. Sen sijaan Runeberginkadun ja "
     "Mannerheimintien kulmassa jalankulkijat joutuvat odottamaan valoissa jopa kaksi minuuttia. Linjat 4 ja 10 "
     "kulkevat ruuhka-aikaan täynnä. Ehdotan pidempiä vihreitä jalankulkijoille."),
    ("fi",
     "Urho Kekkosen kadun ja Kampin kauppakeskuksen välinen alue on iltaisin levoton. Kekkonen tuskin olisi ylpeä "
     "siitä, mitä hänen nimeään kantavalla kadulla tapahtuu perjantai-iltaisin. Lisää valaistusta ja istutuksia "
     "Narinkkatorille, kiitos. Kampin kappeli on hyvä esimerkki siitä, miten pieni rakennus voi rauhoittaa "
     "ympäristöään. Vartiointia ei tarvita enempää, vaan tekemistä nuorille."),
    ("fi",
     "Tove Janssonin puisto Katajanokalla on ihana paikka, mutta hiekkalaatikko on ollut rikki jo kaksi kesää. "
     "Muumit ovat turistien suosiossa ja moni kuvaa puiston kylttiä. Olisi hienoa, jos puistoon tulisi pieni "
     "muumiaiheinen leikkiväline. Tove Jansson asui itsekin lähellä, joten kytkös on luonteva. Katajanokan "
     "terminaalista tulevat laivat tuovat alueelle paljon lapsiperheitä."),
    ("fi",
     "Marimekon tehtaan ympäristö Herttoniemessä on muuttunut paljon. Armi Ratian perustama yritys on edelleen "
     "alueen tunnetuin työnantaja. Tehtaanmyymälän kohdalla ei ole turvallista suojatietä Kirvesmiehenkadulla, ja "
     "bussista tulevat turistit ylittävät kadun missä sattuu. Suojatie ja hidaste olisivat halpoja ratkaisuja. "
     "Herttoniemen yritysalue kaipaisi muutenkin lisää viihtyisyyttä."),
    ("fi",
     "Paavo Nurmen patsas Olympiastadionin edessä on Helsingin hienoimpia julkisia taideteoksia. Lasse Virénin ja "
     "Nurmen saavutuksista voisi kertoa enemmän Urheilumuseossa. Stadionin ympärillä olevat pyörätelineet ovat "
     "kuitenkin jatkuvasti täynnä, kun HJK pelaa Bolt Arenalla ja samaan aikaan on konsertti. Paavo Nurmen tien "
     "varteen tarvitaan lisää pyörätelineitä. Lisäksi opasteet Töölön kisahalliin ovat puutteelliset."),
    ("fi",
     "Helsingin jäähalli Nordenskiöldinkadulla on vanha, ja sen korjaus on välttämätön. Jokerit ja HIFK ovat "
     "pelanneet siellä vuosikymmeniä, ja Teemu Selänne teki nimeään juuri tuossa hallissa. Pysäköinti "
     "ottelupäivinä on kaoottista Urheilukadulla. Ratikkayhteyttä pitäisi parantaa ennen kuin hallia laajennetaan. "
     "Remontin aikana junioreille pitää löytyä korvaavat vuorot."),
    ("fi",
     "Toivo on vähissä Malmin ostarin suhteen. Aamu alkaa siellä aina samalla tavalla: roskat lentävät, tuuli "
     "puhaltaa tyhjien liiketilojen läpi ja lumi on kasattu pyörätelineiden päälle. Onneksi kirjasto ja Malmitalo "
     "pitävät alueen hengissä. Ilta on vielä hiljaisempi. Armas kotikaupunki ansaitsisi parempaa."),
    ("fi",
     "Kielot ja vuokot ovat Keskuspuiston parasta antia keväällä. Taimet, jotka kaupunki istutti viime vuonna "
     "Pirkkolan laidalle, ovat kuitenkin kuolleet, koska kukaan ei kastellut niitä. Pyytäisin, että istutukset "
     "tehdään syksyllä, jolloin sade hoitaa kastelun. Usva nousee aamuisin Haaganpuron yllä, ja koko alue on "
     "todella kaunis. Rauha ja hiljaisuus ovat tämän puiston suurin arvo."),
    ("fi",
     "Satutunti Itäkeskuksen kirjastossa on lasten suosikki. Satuviikot ovat tuoneet paikalle paljon uusia "
     "perheitä. Kirjaston lastenosasto on kuitenkin liian pieni, ja lattialla istuu joka tiistai 40 lasta. Valo on "
     "huono, eikä ilmanvaihto toimi. Oiva paikka laajennukselle olisi entinen pankkisali kirjaston vieressä."),
    ("fi",
     "Wilma-viestit koulusta tulevat meille aina vasta illalla, joten emme ehdi reagoida koulukuljetusten "
     "muutoksiin. Kuljetukset hoitaa nyt uusi yhtiö, ja aikataulut muuttuvat viikoittain. Elisan verkko ei toimi "
     "koulun pihalla, joten lapset eivät saa edes tekstiviestejä. Lisäksi HSL:n bussi 90 pysähtyy samalle "
     "pysäkille ja tukkii koulukyydin paikan. Voisiko pysäkkijärjestelyt tarkistaa Vuosaaren koulun kohdalla?"),
    ("fi",
     "Kesäkioski Kaivopuistossa myy enää vain Aino-jäätelöä ja Pingviini-tuutteja, eikä laktoosittomia "
     "vaihtoehtoja ole. Kioskin aukioloajat (klo 10–18) ovat myös liian lyhyet, kun ihmiset tulevat rantaan vasta "
     "töiden jälkeen. Ehdotan, että vuokrasopimukseen lisätään velvoite pitää auki ainakin klo 21 asti "
     "kesä–elokuussa. Kaivohuone ja Ursan tähtitorni tuovat alueelle paljon kävijöitä iltaisin."),
    ("fi",
     "Sibelius-monumentti on Helsingin käydyimpiä nähtävyyksiä, mutta turistibussit pysäköivät Mechelininkadun "
     "varteen pyöräkaistalle. Eila Hiltusen teos ansaitsee parempaa ympäristöä. Sibeliuspuiston nurmikot ovat "
     "kesäisin kuluneet ja roskikset täynnä. Bussien pysäköinti pitäisi ohjata Merikannontielle. Kahvila Regatta on "
     "ihana, mutta jonot ulottuvat kävelytielle."),
    ("fi",
     "Aleksis Kiven katu on Vallilan ja Kallion välinen tärkeä yhteys, mutta se on pyöräilijälle vaarallinen. "
     "Aleksis Kivi tuskin olisi kuvitellut, että hänen mukaansa nimetyllä kadulla ajaa rekkoja. Kadun varrella on "
     "paljon kouluja ja päiväkoteja. Ehdotan 30 km/h nopeusrajoitusta koko kadulle. Sturenkadun risteykseen "
     "tarvitaan myös liikennevalot."),
    ("fi",
     "Minna Canthin kadulla ja Eino Leinon kadulla Töölössä on sama ongelma: jalkakäytävät ovat talvisin jäässä. "
     "Taloyhtiöt hiekoittavat oman tonttinsa kohdan, mutta risteykset jäävät hoitamatta. Iäkkäät asukkaat eivät "
     "uskalla lähteä ulos. Liisankadulla Kruununhaassa homma toimii paljon paremmin. Ehdotan, että kaupunki ottaisi "
     "risteykset omalle vastuulleen."),
    ("fi",
     "Fredrikinkadun ratikkaremontti on sotkenut koko Punavuoren liikenteen. Annankadulta ei pääse enää autolla "
     "Bulevardille, ja Yrjönkadun parkkihalli on ainoa vaihtoehto. Albertinkadun liikkeet kärsivät, kun asiakkaat "
     "eivät löydä perille. Kiertotieopasteet ovat ristiriitaisia. Remontin piti valmistua lokakuussa 2026, mutta "
     "työmaa jatkuu yhä."),
    ("fi",
     "Stockmannin tavaratalon edustalla Aleksanterinkadulla on aina ruuhkaa joulun aikaan. Fazerin kahvilan jono "
     "ulottuu Kluuvikadulle asti, ja jalankulkijat joutuvat kävelemään ratikkakiskoilla. Pauligin paahtimon "
     "kupeessa Vuosaaressa on samanlainen ongelma, kun rekat kääntyvät satamaan. Sinebrychoffin puisto "
     "Punavuoressa on sen sijaan hyvä esimerkki rauhallisesta kaupunkitilasta. Ehdotan joulun ajaksi "
     "Aleksanterinkadusta kävelykatua."),
    ("fi",
     "Kaisaniemen puisto on pimeä ja pusikkoinen, ja moni opiskelija kiertää sen iltaisin. Kaisa-talosta "
     "rautatieasemalle kulkee päivittäin tuhansia ihmisiä. Valaistus ja pensaiden karsiminen olisivat edullisia "
     "toimenpiteitä. Kasvitieteellinen puutarha on kaunis, mutta aita katkaisee kulkureitit. Ehdotan uutta "
     "kulkuporttia Kaisaniemenkadun puolelle."),
    ("fi",
     "Viite: HEL 2026-004812. Palaute koskee jätehuollon laskua 15.9.2026, summa 148,60 €. Kiinteistö sijaitsee "
     "postinumeroalueella 00940 Kontulassa. Lasku tuli samasta tyhjennyksestä kahteen kertaan, asiakasnumero "
     "7741-20936. Pyydän hyvitystä. Asiakaspalvelun aukioloajat ma–pe 9–15 eivät sovi työssäkäyvälle, joten "
     "vastaus mieluiten tätä kautta."),
    ("fi",
     "Bussilinja 561 Itäkeskuksesta Malmille on ainoa poikittaisyhteys, ja se kulkee iltaisin vain puolen tunnin "
     "välein. Jokeri-ratikka (linja 15) avattiin 2023, mutta se ei auta meitä Jakomäessä. Linjaa 74 pitäisi jatkaa "
     "Kivikon kautta. HSL:n suunnitelmassa vuodelle 2027 ei ole mitään parannuksia koilliseen Helsinkiin. "
     "Junaliikenne Malmilta toimii hyvin, mutta sinne pitää ensin päästä."),
    ("fi",
     "Mikael Agricolan kirkon ympäristö Punavuoressa on upea, ja kirkon tornista näkyy koko Eteläsatama. Agricola "
     "käänsi Uuden testamentin suomeksi, ja kirkko on omistettu hänen muistolleen. Kirkon vieressä oleva "
     "Tehtaanpuisto on kuitenkin huonossa kunnossa. Penkit ovat rikki ja leikkipaikan aita kaatunut. Seurakunta ja "
     "kaupunki voisivat yhdessä kunnostaa puiston."),
    ("fi",
     "Koirapuisto Herttoniemenrannassa on liian pieni. Meidän koiramme Onni ja Lumi eivät mahdu juoksemaan siellä, "
     "kun paikalla on yli kymmenen koiraa. Naapurin kissa Sulo istuu aidan päällä ja kiusaa kaikkia. Isojen ja "
     "pienten koirien puolet pitäisi erottaa. Koiranomistajat ovat valmiita talkoisiin."),
    ("fi",
     "Alepan ja Lidlin välissä Itäkeskuksessa on kävelyreitti, joka on talvisin täysin hiekoittamaton. Tokmannin "
     "lastauslaiturilta tulevat rekat peruuttavat jalkakäytävälle. Musti ja Mirri -liikkeen edessä on pyöräteline, "
     "mutta se on aina täynnä. Itiksen parkkihalli on ainoa paikka, jossa on katettu pyöräparkki. Kaupungin "
     "pitäisi vaatia liikkeiltä enemmän."),
    ("fi",
     "Kalasataman keskuksen tornit ovat valmiina, ja nyt on aika arvioida, mitä opittiin. Redi on kauppakeskuksena "
     "sokkeloinen, ja metroasemalle on vaikea löytää. Sörnäisten rantatie on edelleen moottoritie kaupungin "
     "keskellä. Kalasataman puiston pelikentät ovat hyvät, mutta puita on liian vähän. Seuraavissa vaiheissa "
     "pitäisi panostaa katutason liiketiloihin ja suojaisiin pihoihin. Tuulisuus on todellinen ongelma koko "
     "alueella."),
    ("fi",
     "Vastaus edelliselle kommentoijalle: olen eri mieltä. Pyöräkaista ei vie parkkipaikkoja, vaan suunnitelman "
     "mukaan ne siirretään sivukaduille. Kävin itse katsomassa karttaa liitteessä 3, ja siinä näkyvät selvästi uudet "
     "paikat. Kannattaa lukea suunnitelma ennen kommentointia. Muuten tämä on hyvä kaava, ja kannatan sitä."),
    ("fi",
     "Amos Rexin ja Lasipalatsin aukio on onnistunut, mutta talvella kupolien päällä on liukasta. Lapset kiipeävät "
     "niille jatkuvasti, ja viime viikolla näin, kun yksi pieni liukastui. Amos Andersonin aikanaan keräämä "
     "taidekokoelma ansaitsee turvallisen ympäristön. Ehkä kupolien ympärille voisi laittaa matalan aidan "
     "talviajaksi? Oodi kadun toisella puolella on hyvä esimerkki lämmitetystä ulkotilasta."),
    ("fi",
     "Alvar Aallon suunnittelema Finlandia-talo on vihdoin remontoitu, ja lopputulos on hieno. Talon edustan "
     "pysäköintialue on kuitenkin edelleen ruma asfalttikenttä. Aalto itse suunnitteli alueelle aikanaan aivan "
     "toisenlaista ympäristöä. Töölönlahden puiston puolelle voisi rakentaa terassin. Mannerheimintien ylitys on "
     "tällä kohtaa vaarallinen."),
    ("fi",
     "Senaatintorin kiveys on huonossa kunnossa, ja pyörätuolilla liikkuminen on lähes mahdotonta. Engelin "
     "suunnittelema empirekeskusta on Helsingin ylpeys, mutta esteettömyys on unohdettu. Aleksanteri II:n patsaan "
     "ympärillä on aina turisteja. Tuomiokirkon portaille tarvitaan kaide ja luiska. Tukholman vanha kaupunki on "
     "ratkaissut saman ongelman hienosti."),
    ("fi",
     "Äitini on 86-vuotias ja asuu yksin Kannelmäessä. Naapurin rouva käy hänen luonaan päivittäin, ja kotihoito "
     "tulee kahdesti viikossa. Bussipysäkille on 600 metriä, eikä matkalla ole yhtään penkkiä. Naapurin rouva sanoi, "
     "että samaa ovat pyytäneet monet muutkin. Penkkejä Kantelettarentien varteen, kiitos."),
    ("fi",
     "Kävin asukasillassa Vuosaaressa. Kaupungin edustaja kertoi, että satamaradan melueste valmistuu 2028. "
     "Projektipäällikkö ei osannut vastata, miksi aikataulu on venynyt neljä vuotta. Koulun rehtori kertoi, että "
     "pihalla ei voi pitää ulkotunteja junien takia. Toivoisin, että seuraavaan tilaisuuteen tulee joku, joka "
     "tietää asioista."),
    ("fi",
     "Pikaruokaravintoloiden drive-in-jonot tukkivat Tattarisillan risteyksen joka ilta kello 17–19. Jono ulottuu "
     "Lahdenväylän rampille asti, mikä on vaarallista. Kaavassa pitäisi velvoittaa, että jonotustila on tontilla "
     "eikä kadulla. Sama ongelma on Vantaan puolella Jumbon kohdalla. Liikenneturvallisuus ensin."),
    ("fi",
     "Kannatan Helsingin Kisa-Veikkojen ja HJK:n yhteistä ehdotusta uudesta tekonurmesta Pirkkolaan. Jari Litmasen "
     "aikaan pojat pelasivat hiekkakentillä, mutta nyt kaikki odottavat tekonurmea. Talviharjoittelu on tällä "
     "hetkellä mahdotonta ilman kallista hallivuoroa. Kenttä palvelisi myös koulujen liikuntatunteja. "
     "Kustannukset jakautuisivat seurojen ja kaupungin kesken."),
    ("fi",
     "Onnea uudelle kirjastolle! Lumi sulaa vihdoin ja tuulikin on tyyntynyt, joten Tapulikaupungin aukiolla voi "
     "taas istua. Kevään taimimyyjäiset pidetään lauantaina 9.5. klo 10–14, ja tuotto menee koulun retkirahastoon. "
     "Valo palaa iltoihin ja ihmiset liikkuvat. Satu-nimiseksi ristitty kirjaston lukukoira on paikalla myös."),
]


# ---------------------------------------------------------------------------------------------------------------
# Part F - Swedish hard negatives (hand-written)
# ---------------------------------------------------------------------------------------------------------------
_NEG_SV = [
    ("sv",
     "Planen för Fiskehamnen är alldeles för tät. Tornen vid Fiskehamnens centrum skuggar stranden hela "
     "eftermiddagen, och blåsten mellan husen är hemsk. Sörnäs strandväg borde byggas om till en stadsgata. Jag "
     "hoppas att staden lär sig av misstagen i nästa etapp. Fler träd och färre parkeringshus, tack."),
    ("sv",
     "Malms flygfält borde bevaras som ett kulturhistoriskt område. Flygstationsbyggnaden från 1936 är ett av de "
     "finaste exemplen på funktionalism i Helsingfors. Jag förstår att staden behöver bostäder, men varför just "
     "här? Det finns gott om plats vid Östra centrum och i Mellungsbacka. Flygfältet kunde bli en park i stil med "
     "Tempelhof i Berlin."),
    ("sv",
     "Mannerheimvägen är för bred och för bullrig mellan Tölö torg och Operan. Marskalkens ryttarstaty vid Kiasma "
     "är fint placerad, men korsningen vid Postgatan är farlig för fotgängare. Spårvagnarna 4 och 10 är alltid "
     "fulla i rusningstid. Jag föreslår bredare övergångsställen och längre grönt ljus."),
    ("sv",
     "Tove Jansson-parken på Skatudden behöver en ny sandlåda. Muminfigurerna lockar turister men barnen från "
     "kvarteret har ingenstans att leka. Tove Jansson växte själv upp i Helsingfors och skulle säkert ha uppskattat "
     "en riktig lekpark i sitt namn. Kan staden åtgärda det till sommaren?"),
    ("sv",
     "IFK:s och HIFK:s juniorer delar samma planer i Tölö, och det räcker inte. HJK har sin egen konstgräsplan, men "
     "Brahes plan i Berghäll står oanvänd en stor del av vintern. Kunde den få uppvärmning? Fotboll är den "
     "populäraste sporten bland barn i Helsingfors, och köerna till lagen är långa."),
    ("sv",
     "Björkarna längs Drumsövägen har fällts och nu är gatan kal. Lindarna på Esplanaden däremot är i fint skick. "
     "Stranden vid Drumsö badstrand är full av stenar och glasbitar. Rosor och violer i rabatterna skulle göra "
     "parkerna trivsammare. Jag hoppas att stadsträdgårdsmästaren ser detta."),
    ("sv",
     "Urho Kekkonens gata vid Kampen är stökig på fredagskvällar. Kekkonen själv hade knappast gillat vad som "
     "händer där. Fler lampor och planteringar på Narinken skulle hjälpa. Kampens kapell är ett fint exempel på hur "
     "en liten byggnad kan lugna omgivningen."),
    ("sv",
     "Runebergsgatan och Topeliusgatan i Tölö har samma problem: trottoarerna är isiga hela vintern. Husbolagen "
     "sandar sina egna tomter, men korsningarna blir ohanterade. Äldre invånare vågar inte gå ut. På "
     "Lönnrotsgatan fungerar det betydligt bättre. Kan staden ta ansvar för korsningarna?"),
    ("sv",
     "Ärende HEL 2026-011937. Fakturan för avfallshämtning 12.10.2026 (112,40 €) har kommit två gånger. Fastigheten "
     "ligger i postnummerområde 00330 Munksnäs. Kundnummer 5520-88134. Jag ber om rättelse. Kundtjänstens "
     "öppettider mån–fre 9–15 passar inte den som arbetar."),
    ("sv",
     "Stockmanns varuhus och Fazers kafé drar enorma köer på Alexandersgatan i december. Fotgängare tvingas gå på "
     "spårvagnsspåren. Sinebrychoffs park i Rödbergen är däremot ett lugnt och trivsamt exempel. Varför inte göra "
     "Alexandersgatan till gågata under julen? Det skulle gynna både butikerna och folket."),
    ("sv",
     "Drumsö behöver inte fler höghus vid Vattuniemi. Metron har förbättrat förbindelserna, men trafiken på "
     "Drumsövägen är lika tät som förut. Bron till Gräsviken borde breddas innan nya invånare flyttar in. Cyklister "
     "och fotgängare delar just nu en smal fil."),
    ("sv",
     "Finlandiahuset har äntligen renoverats och resultatet är fint. Alvar Aaltos ursprungliga planer för Tölöviken "
     "förverkligades aldrig. Parkeringsplatsen framför huset är fortfarande en ful asfaltplan. Kunde man bygga en "
     "terrass mot viken? Övergången över Mannerheimvägen är farlig just där."),
    ("sv",
     "Spårväg 15, alltså Jokern, har gjort resorna mellan Östra centrum och Kägeludden mycket snabbare. Men "
     "kvällsturerna efter kl. 23 är för glesa. Busslinje 560 borde också gå oftare på helgerna. Simhallen i Östra "
     "centrum öppnar först kl. 9 på lördagar, vilket är för sent för många familjer."),
    ("sv",
     "Vid invånarmötet i Nordsjö sade stadens representant att bullerskyddet längs hamnbanan blir klart 2028. "
     "Projektchefen kunde inte förklara förseningen. Rektorn berättade att eleverna inte kan ha utomhuslektioner "
     "på grund av tågen. Jag hoppas att nästa gång kommer någon som kan svara på frågorna."),
    ("sv",
     "Hundparken i Hertonäs strand är för liten. Våra hundar Bamse och Sigge får inte plats att springa när det är "
     "mer än tio hundar där. Grannens katt Majken sitter på staketet och retar alla. Stora och små hundar borde ha "
     "egna inhägnader."),
    ("sv",
     "Sibeliusmonumentet är en av stadens mest besökta sevärdheter, men turistbussarna parkerar på cykelbanan längs "
     "Mechelingatan. Eila Hiltunens verk förtjänar bättre omgivningar. Gräsmattorna i Sibeliusparken är slitna "
     "varje sommar. Kaféet Regatta är fint, men köerna går ut på gångbanan."),
]


# ---------------------------------------------------------------------------------------------------------------
# Part G - more Finnish positives: quoted replies, lists, slang, private people who share a famous surname,
# name-like words next to real names (hand-written)
# ---------------------------------------------------------------------------------------------------------------
_MIX_FI = [
    ("fi",
     "Naapurini [[P:Pirkko Kekkonen]] – ei sukua Urho Kekkoselle, kuten hän itse aina muistuttaa – on kerännyt "
     "nimiä Myllypuron ostarin säilyttämiseksi. [[P:Kekkosen]] listassa on jo yli 600 nimeä. Hän on 79-vuotias ja "
     "kiersi rappukäytävät itse. Kun vein listan kaupungintalolle, virkailija naurahti nimelle. [[P:Pirkolle]] tämä "
     "ei ole vitsi vaan elämäntyö."),
    ("fi",
     "Kiinteistöpäällikkö [[P:Minna Aalto]] kaupungilta vastasi kyselyymme, että Alvar Aallon suunnittelemaa "
     "kirjastoa ei voi muuttaa ilman museoviraston lupaa. Ymmärrämme tämän, mutta hissi on ollut rikki kaksi kuukautta. "
     "[[P:Aallon]] mukaan varaosia odotetaan Saksasta. Kiitos hänelle nopeasta vastauksesta, mutta pyörätuolilla "
     "liikkuvat eivät voi odottaa loputtomiin."),
    ("fi",
     "Poikani [[P:Teemu]] pelaa Jokereiden F-junioreissa ja ihailee tietysti Teemu Selännettä. [[P:Teemun]] "
     "valmentaja [[P:Niko Laitinen]] sanoi viime viikolla, että ulkokaukalo Oulunkylässä jäädytetään tänä vuonna "
     "vasta tammikuussa. [[P:Laitisen]] mukaan syy on kaupungin henkilöstöpula. Voisiko vanhemmat hoitaa "
     "jäädytyksen talkoilla, jos kaupunki antaa luvan ja letkut?"),
    ("fi",
     "Asun osoitteessa [[A:Topeliuksenkatu 21 A 7]], ja ikkunani on suoraan Topeliuksen puiston kohdalla. "
     "Puiston lamput sammuvat jo klo 22, vaikka puistossa kulkee ihmisiä myöhään. Naapurini [[P:Eeva-Liisa]] "
     "kaatui siellä pimeässä viime tammikuussa ja murtui ranne. [[P:Eeva-Liisan]] tytär teki jo ilmoituksen, mutta "
     "mitään ei tapahtunut. Valot päälle koko yöksi, kiitos."),
    ("fi",
     "> [[P:Juhani K.]] kirjoitti:\n> Ei tänne tarvita enempää pyöräteitä, kaikki ajavat kuitenkin autolla.\n\n"
     "Olen täysin eri mieltä [[P:Juhanin]] kanssa. Meidän taloyhtiössä on 42 asuntoa ja vain 11 autoa. Kysyin "
     "isännöitsijä [[P:Rautiaiselta]], ja hänen mukaansa pyörävarasto on jo liian pieni. Pyörätiet ovat "
     "tulevaisuutta, eivät uhka."),
    ("fi",
     "Ehdotuksen tekijät:\n- [[P:Aino Laaksonen]] (idea)\n- [[P:Farhan Yusuf]] (kustannusarvio)\n"
     "- [[P:Lea]] ja [[P:Petri Sundström]] (piirrokset)\n"
     "Asumme kaikki Maunulassa ja haluamme kuntoportaat Maunulan majan rinteeseen. [[P:Farhanin]] laskelmat ovat "
     "liitteenä, ja [[P:Sundströmien]] piirrokset saa pyytämällä. Kysymykset mieluiten [[P:Ainolle]]."),
    ("fi",
     "mun faija [[P:Rane]] on ajanu taksia stadissa kolkyt vuotta ja se sano et tää Hämeentien juttu on ihan "
     "pöljä. [[P:Ranen]] mukaan taksit ei pääse enää jättää ketään kyydistä ilman et tukkii bussikaistan. "
     "kysyin myös [[P:Jonelta]] joka ajaa ratikkaa ja se oli ihan samaa mieltä. kuunnelkaa nyt niitä jotka "
     "oikeesti ajaa siellä joka päivä"),
    ("fi",
     "Thaihierontaa Malmilla pitävä [[P:Nattaya Chaiyasit]] joutui sulkemaan liikkeensä, kun kiinteistö myytiin. "
     "[[P:Nattayalle]] ei tarjottu korvaavaa tilaa, vaikka hän oli vuokralaisena kymmenen vuotta. [[P:Nattayan]] "
     "asiakkaat ovat pääosin alueen eläkeläisiä. Kaavassa pitäisi turvata pienet palveluyritykset, eikä vain "
     "ketjuliikkeet."),
    ("fi",
     "Vastaus [[P:Hamdille]]: kyllä, Kontulan uimahallin naisten vuoro on edelleen sunnuntaisin. [[P:Hamdi]] "
     "kysyi myös, voisiko vuoroa pidentää. Soitin hallin vastaavalle [[P:Petteri Kurjelle]], ja hän lupasi "
     "selvittää asian. Kerron [[P:Hamdin]] ryhmälle heti, kun kuulen jotain."),
    ("fi",
     "Tunsin [[P:Bohdanin]] jo Kiovassa, ja hän toimi siellä kouluavustajana 15 vuotta. Nyt [[P:Bohdan Shevchuk]] "
     "asuu Vuosaaressa ja haluaisi tehdä samaa työtä täällä, mutta tutkintoa ei tunnusteta. Ehdotan, että "
     "kaupunki kokeilisi kouluavustajien nopeaa perehdytystä ukrainalaisille. [[P:Bohdanista]] olisi valtava apu "
     "kouluille, joissa on paljon ukrainankielisiä lapsia."),
    ("fi",
     "Kerhonohjaaja [[P:Svetlana Petrova]] pitää venäjänkielistä kuvataidekerhoa Kontulan nuorisotalolla. "
     "Kaikki lapset kutsuvat häntä [[P:Svetaksi]]. [[P:Svetlanalta]] kysyttiin, voisiko kerho jatkua ensi "
     "vuonna, mutta nuorisotalo ei tiedä vielä budjetistaan. Kerho on ilmainen ja täynnä joka kerta. "
     "Pyydän, että rahoitus varmistetaan."),
    ("fi",
     "Haluan kiittää moskeijan puheenjohtaja [[P:Mohammed Al-Sayedia]] siitä, että hän avasi tilat "
     "asukasillalle. Paikalla oli yli sata naapuria. [[P:Mohammed Al-Sayedille]] ja hänen vapaaehtoisilleen "
     "kuuluu suuri kiitos tarjoiluista. Toivottavasti [[P:Al-Sayedin]] ehdottamat yhteiset siivoustalkoot "
     "toteutuvat keväällä."),
    ("fi",
     "Naapurini [[P:Mart Kuusk]] on puuseppä ja tarjoutui rakentamaan lapsille leikkimökin pihaan. Taloyhtiön "
     "hallitus ei kuitenkaan saa lupaa, koska piha on kaupungin maata. [[P:Kuuskille]] sanottiin, että "
     "lupaprosessi kestää vuoden. Hän on tehnyt vastaavia Tallinnassa ilman mitään ongelmia. Voisiko pienille "
     "pihahankkeille olla kevyempi menettely?"),
    ("fi",
     "Ompelija [[P:Ayşe Demir]] pitää korjausompelimoa Herttoniemen ostarilla. [[P:Ayşelle]] kerrottiin vasta "
     "viime viikolla, että ostari puretaan 2028. Moni asiakas on käynyt [[P:Ayşen]] luona 20 vuotta. Hän ei ole "
     "saanut tietoa korvaavista tiloista, eikä kukaan ole kysynyt hänen mielipidettään."),
    ("fi",
     "Kurdiyhdistyksen puolesta: [[P:Şervan Ahmed]] ja minä olemme järjestäneet newroz-juhlan Kontulassa jo "
     "kuusi kertaa. [[P:Şervanin]] ansiosta juhlaan tulee joka vuosi myös suomalaisia naapureita. Ehdotamme, "
     "että juhla saisi pysyvän paikan Kontulan puistosta. [[P:Şervanille]] voi soittaa yhdistyksen kautta."),
    ("fi",
     "Kahvilan pitäjä [[P:Linh]] Kalasatamasta kertoi, että kadun remontti on vienyt puolet asiakkaista. "
     "[[P:Linhin]] kahvila on ollut puoli vuotta työmaa-aidan takana. [[P:Linhille]] ei ole tarjottu mitään "
     "korvausta. Kaupunki voisi edes opastaa kävijöitä kyltein. Kalasataman pienet kahvilat ovat alueen "
     "parasta antia."),
    ("fi",
     "Taloyhtiön vanhin asukas [[P:Rauha]] (96 v.) toivoo, että pihalle jätetään rauha ja puut. [[P:Rauhan]] "
     "mielestä uusi parkkialue tuhoaisi ainoan varjoisan paikan, jossa hän voi istua kesällä. Hänen poikansa "
     "[[P:Esko Tuominen]] kirjoitti tämän hänen puolestaan. Kunnioittakaa [[P:Rauhaa]] ja muita pitkäaikaisia "
     "asukkaita."),
    ("fi",
     "Poikani [[P:Valo]] on 9-vuotias ja kulkee kouluun Kaarelan kautta. Valo on tunnelissa niin huono, että hän "
     "pelkää siellä. [[P:Valolle]] ja muille lapsille tunneli on päivittäinen reitti. Opettaja [[P:Laura Anttila]] "
     "on ottanut asian esiin myös vanhempainillassa. [[P:Anttilan]] mukaan kymmenkunta perhettä on huolissaan "
     "samasta."),
    ("fi",
     "Kirjastonhoitaja [[P:Satu Heino]] lukee lapsille satuja Paloheinän kirjastossa joka torstai. Nyt kirjaston "
     "aukioloaikoja lyhennetään, ja satutunti loppuu. [[P:Satun]] satutunneilla käy 15–20 lasta. Ehdotan, että "
     "torstai-iltapäivät säilytettäisiin ja [[P:Heinolle]] annettaisiin resurssit jatkaa."),
    ("fi",
     "Serkkuni [[P:Ilmari]] on töissä Ilmarisella ja kertoi, että yhtiön tontille Pasilaan suunnitellaan toimistoja. "
     "Hänen mukaansa asuntoja ei ole edes harkittu. [[P:Ilmarin]] tiedot eivät tietenkään ole virallisia, mutta "
     "toivon, että kaavoitus vaatisi asuntojakin. Pasilaan tarvitaan ihmisiä myös iltaisin."),
    ("fi",
     "Äänestin tänä vuonna [[P:Saaran]] ehdotusta, koska hän on oikeasti tehnyt töitä sen eteen. "
     "[[P:Saara Lindholm]] kävi kaikissa Tapanilan kouluissa esittelemässä ideansa. Moni ei tunne "
     "[[P:Saaraa]], mutta kaikki tuntevat hänen koiransa Mökön, joka oli mukana joka esittelyssä. Kannattaa "
     "äänestää!"),
]


# ---------------------------------------------------------------------------------------------------------------
# Part H - small generators (seeded). They add variety in case forms, roles and topics; every generated text
# has 4 to 7 sentences.
# ---------------------------------------------------------------------------------------------------------------
_CASES = ("nom", "gen", "par", "ade", "abl", "all", "ela", "ill")


def _forms(*words):
    return dict(zip(_CASES, words))


# (full nominative, full genitive, short forms used for later mentions)
_FI_PEOPLE = [
    ("Matti Laine", "Matti Laineen",
     _forms("Matti", "Matin", "Mattia", "Matilla", "Matilta", "Matille", "Matista", "Mattiin")),
    ("Aino Kettunen", "Aino Kettusen",
     _forms("Kettunen", "Kettusen", "Kettusta", "Kettusella", "Kettuselta", "Kettuselle", "Kettusesta",
            "Kettuseen")),
    ("Juhani Mäkelä", "Juhani Mäkelän",
     _forms("Juhani", "Juhanin", "Juhania", "Juhanilla", "Juhanilta", "Juhanille", "Juhanista", "Juhaniin")),
    ("Toivo Lehtinen", "Toivo Lehtisen",
     _forms("Toivo", "Toivon", "Toivoa", "Toivolla", "Toivolta", "Toivolle", "Toivosta", "Toivoon")),
    ("Tuuli Korhonen", "Tuuli Korhosen",
     _forms("Korhonen", "Korhosen", "Korhosta", "Korhosella", "Korhoselta", "Korhoselle", "Korhosesta",
            "Korhoseen")),
    ("Onni Rantala", "Onni Rantalan",
     _forms("Onni", "Onnin", "Onnia", "Onnilla", "Onnilta", "Onnille", "Onnista", "Onniin")),
    ("Lumi Hakala", "Lumi Hakalan",
     _forms("Lumi", "Lumin", "Lumia", "Lumilla", "Lumilta", "Lumille", "Lumista", "Lumiin")),
    ("Farhiya Hussein", "Farhiya Husseinin",
     _forms("Farhiya", "Farhiyan", "Farhiyaa", "Farhiyalla", "Farhiyalta", "Farhiyalle", "Farhiyasta",
            "Farhiyaan")),
    ("Olena Shevchenko", "Olena Shevchenkon",
     _forms("Olena", "Olenan", "Olenaa", "Olenalla", "Olenalta", "Olenalle", "Olenasta", "Olenaan")),
    ("Thanh Huong", "Thanh Huongin",
     _forms("Thanh Huong", "Thanh Huongin", "Thanh Huongia", "Thanh Huongilla", "Thanh Huongilta",
            "Thanh Huongille", "Thanh Huongista", "Thanh Huongiin")),
    ("Reza Hosseini", "Reza Hosseinin",
     _forms("Hosseini", "Hosseinin", "Hosseinia", "Hosseinilla", "Hosseinilta", "Hosseinille", "Hosseinista",
            "Hosseiniin")),
    ("Kadri Saar", "Kadri Saarin",
     _forms("Kadri", "Kadrin", "Kadria", "Kadrilla", "Kadrilta", "Kadrille", "Kadrista", "Kadriin")),
    ("Somchai Wongsa", "Somchai Wongsan",
     _forms("Somchai", "Somchain", "Somchaita", "Somchailla", "Somchailta", "Somchaille", "Somchaista",
            "Somchaihin")),
    ("Mehmet Kaya", "Mehmet Kayan",
     _forms("Kaya", "Kayan", "Kayaa", "Kayalla", "Kayalta", "Kayalle", "Kayasta", "Kayaan")),
    ("Rojda Hassan", "Rojda Hassanin",
     _forms("Rojda", "Rojdan", "Rojdaa", "Rojdalla", "Rojdalta", "Rojdalle", "Rojdasta", "Rojdaan")),
    ("Armas Heikkilä", "Armas Heikkilän",
     _forms("Heikkilä", "Heikkilän", "Heikkilää", "Heikkilällä", "Heikkilältä", "Heikkilälle", "Heikkilästä",
            "Heikkilään")),
    ("Sulo Väisänen", "Sulo Väisäsen",
     _forms("Sulo", "Sulon", "Suloa", "Sulolla", "Sulolta", "Sulolle", "Sulosta", "Suloon")),
    ("Aamu Nurmi", "Aamu Nurmen",
     _forms("Aamu", "Aamun", "Aamua", "Aamulla", "Aamulta", "Aamulle", "Aamusta", "Aamuun")),
    ("Taimi Lindroos", "Taimi Lindroosin",
     _forms("Taimi", "Taimin", "Taimia", "Taimilla", "Taimilta", "Taimille", "Taimista", "Taimiin")),
    ("Kielo Ahonen", "Kielo Ahosen",
     _forms("Ahonen", "Ahosen", "Ahosta", "Ahosella", "Ahoselta", "Ahoselle", "Ahosesta", "Ahoseen")),
    ("Dmitri Sokolov", "Dmitri Sokolovin",
     _forms("Sokolov", "Sokolovin", "Sokolovia", "Sokolovilla", "Sokolovilta", "Sokoloville", "Sokolovista",
            "Sokoloviin")),
    ("Ahmed Warsame", "Ahmed Warsamen",
     _forms("Ahmed", "Ahmedin", "Ahmedia", "Ahmedilla", "Ahmedilta", "Ahmedille", "Ahmedista", "Ahmediin")),
    ("Oksana Bondar", "Oksana Bondarin",
     _forms("Oksana", "Oksanan", "Oksanaa", "Oksanalla", "Oksanalta", "Oksanalle", "Oksanasta", "Oksanaan")),
    ("Leila Nasser", "Leila Nasserin",
     _forms("Nasser", "Nasserin", "Nasseria", "Nasserilla", "Nasserilta", "Nasserille", "Nasserista",
            "Nasseriin")),
    ("Pertti Salo", "Pertti Salon",
     _forms("Salo", "Salon", "Saloa", "Salolla", "Salolta", "Salolle", "Salosta", "Saloon")),
    ("Armi Karhu", "Armi Karhun",
     _forms("Karhu", "Karhun", "Karhua", "Karhulla", "Karhulta", "Karhulle", "Karhusta", "Karhuun")),
    ("Tiit Põld", "Tiit Põldin",
     _forms("Tiit", "Tiitin", "Tiitiä", "Tiitillä", "Tiitiltä", "Tiitille", "Tiitistä", "Tiitiin")),
    ("Hodan Farah", "Hodan Farahin",
     _forms("Farah", "Farahin", "Farahia", "Farahilla", "Farahilta", "Farahille", "Farahista", "Farahiin")),
]

_FI_ROLES = ["naapurini", "valmentaja", "opettaja", "rehtori", "kaupunginvaltuutettu", "tarkastaja",
             "isännöitsijä", "kauppias", "serkkuni", "tätini", "enoni", "kirjastonhoitaja", "nuoriso-ohjaaja",
             "liikennesuunnittelija", "lähikaupan omistaja", "seuran puheenjohtaja"]

_FI_TOPICS = [
    "Kommentoin Meilahden sairaala-alueen kaavaluonnosta.",
    "Tämä koskee Kontulan ostoskeskuksen uudistusta.",
    "Vuosaaren Kallahden rantaa koskeva suunnitelma huolestuttaa meitä.",
    "Ehdotus: lisää penkkejä Tapaninvainion kävelyreitin varteen.",
    "Kannatan ehdotusta uudesta koulusta Keski-Pasilaan.",
    "Herttoniemen metroaseman ympäristön uudistus on kauan odotettu.",
    "Mellunmäen koirapuiston laajennus on tärkeä hanke koko alueelle.",
    "Lauttasaaren uimarannan remontti pitää tehdä kunnolla eikä puolittain.",
    "Tämä kommentti koskee Kalasataman Nihdin rantapuistoa.",
    "Malmin lentokentän ensimmäisen vaiheen asemakaava on nyt nähtävillä, ja haluan sanoa siitä jotain.",
    "Ehdotus: ulkokuntosali Kannelmäen urheilupuistoon.",
    "Jakomäen nuorisotalon aukioloaikoja pitäisi pidentää.",
    "Pihlajamäen ostarin korjaus on viivästynyt jo kolme vuotta.",
    "Kumpulan kasvitieteellisen puutarhan ympäristön kaava ei huomioi asukkaita.",
    "Itäkeskuksen bussiterminaalin turvallisuutta pitää parantaa.",
    "Kivikon ulkoilupuiston latuverkosto kaipaa valaistusta.",
    "Arabianrannan rantaraitin pyörätie on ruuhka-aikaan vaarallinen.",
    "Oulunkylän seurahuoneen ympäristöön ehdotetaan uutta leikkipuistoa.",
]

_FI_INTRO = [
    "{Role} [[P:{full}]] otti asian puheeksi jo viime keväänä.",
    "{Role} [[P:{full}]] on asunut alueella yli kaksikymmentä vuotta, ja hän tuntee sen paremmin kuin kukaan.",
    "Asiasta kertoi minulle {role} [[P:{full}]], joka seuraa kaavoitusta tarkasti.",
    "Kirjoitan tämän [[P:{full_gen}]] pyynnöstä, koska hän ei itse käytä Kerrokantasia.",
    "Asiaa on valmisteltu asukastoimikunnassa (yhteyshenkilö [[P:{full}]]).",
    "Ehdotuksen on laatinut [[P:{full}]], asukasyhdistyksen sihteeri.",
    "Kävin asukasillassa yhdessä {role_gen} [[P:{full_gen}]] kanssa.",
]

# genitive forms of the roles for the "yhdessä X:n kanssa" intro
_FI_ROLE_GEN = {"naapurini": "naapurini", "valmentaja": "valmentaja", "opettaja": "opettaja",
                "rehtori": "rehtori", "kaupunginvaltuutettu": "kaupunginvaltuutettu", "tarkastaja": "tarkastaja",
                "isännöitsijä": "isännöitsijä", "kauppias": "kauppias", "serkkuni": "serkkuni",
                "tätini": "tätini", "enoni": "enoni", "kirjastonhoitaja": "kirjastonhoitaja",
                "nuoriso-ohjaaja": "nuoriso-ohjaaja", "liikennesuunnittelija": "liikennesuunnittelija",
                "lähikaupan omistaja": "lähikaupan omistaja", "seuran puheenjohtaja": "seuran puheenjohtaja"}

_FI_CASE_SENT = {
    "nom": ["[[P:{nom}]] on sitä mieltä, että vanhat puut pitää säilyttää.",
            "[[P:{nom}]] muistutti, että sama asia käsiteltiin jo vuonna 2019."],
    "gen": ["[[P:{gen}]] mukaan liikennemäärät ovat kasvaneet selvästi viime vuosina.",
            "Olen [[P:{gen}]] kanssa samaa mieltä siitä, että suunnitelma on liian kallis."],
    "par": ["Kaikki alueella tuntevat [[P:{par}]], ja hänen sanaansa luotetaan.",
            "Kannattaisi kuunnella [[P:{par}]] ennen kuin mitään päätetään."],
    "ade": ["[[P:{ade}]] on asiasta paljon kokemusta, koska hän on seurannut hanketta alusta asti.",
            "[[P:{ade}]] on myös valokuvia tilanteesta, jos niitä tarvitaan."],
    "abl": ["Kysyin [[P:{abl}]], mitä hän ajattelee, ja vastaus oli selvä: ei näin.",
            "[[P:{abl}]] sain kopion vanhasta suunnitelmasta vuodelta 2012."],
    "all": ["[[P:{all}]] tämä muutos tarkoittaisi pidempää matkaa joka päivä.",
            "Lupasin [[P:{all}]], että kirjoitan tänne hänen puolestaan."],
    "ela": ["[[P:{ela}]] on tullut alueen epävirallinen tiedottaja.",
            "Puhuimme [[P:{ela}]] pihatalkoissa, ja kaikki olivat samaa mieltä hänen ehdotuksestaan."],
    "ill": ["Otin yhteyttä [[P:{ill}]], ja hän lupasi tulla seuraavaan asukasiltaan.",
            "Luotan [[P:{ill}]] tässä asiassa täysin."],
}

_FI_PRONOUN = [
    "Hänen mielestään kaupunki ei ole kuunnellut asukkaita lainkaan.",
    "Hän on myös kerännyt naapureilta yli sata nimeä.",
    "Hänen lapsensa kulkevat reittiä joka päivä.",
    "Hän ei jaksa enää itse kirjoittaa, joten teen sen nyt.",
]

_FI_CLOSE = [
    "Toivottavasti tämä otetaan huomioon.",
    "Kiitos, että saamme kommentoida.",
    "Äänestäkää tätä!",
    "Odotamme vastausta.",
    "t. [[P:{signer}]]",
    "Terveisin [[P:{signer}]]",
    "Ystävällisin terveisin\n[[P:{signer}]]",
]

_FI_SIGNERS = ["Päivi Laaksonen", "Jussi Kinnunen", "Nasra Abdullahi", "Tatjana Orlova", "Heli Suominen",
               "Mikael Grönroos", "Marjut Vainio", "Hung Tran", "Zeynep Aydın", "Kari Lindqvist"]


def _gen_fi_people(rng, n):
    out, seen = [], set()
    while len(out) < n:
        full, full_gen, short = rng.choice(_FI_PEOPLE)
        role = rng.choice(_FI_ROLES)
        intro = rng.choice(_FI_INTRO).format(Role=role[0].upper() + role[1:], role=role,
                                             role_gen=_FI_ROLE_GEN[role], full=full, full_gen=full_gen)
        parts = [rng.choice(_FI_TOPICS), intro]
        for case in rng.sample(_CASES, rng.randint(2, 3)):
            parts.append(rng.choice(_FI_CASE_SENT[case]).format(**short))
        if rng.random() < 0.5:
            parts.insert(rng.randint(3, len(parts)), rng.choice(_FI_PRONOUN))
        close = rng.choice(_FI_CLOSE).format(signer=rng.choice(_FI_SIGNERS))
        text = " ".join(parts) + ("\n" if close.startswith(("t. ", "Terveisin", "Ystävällisin")) else " ") + close
        if text not in seen:
            seen.add(text)
            out.append(("fi", text))
    return out


# Swedish: (full name, short name, pronoun, possessive)
_SV_PEOPLE = [
    ("Johan Lindqvist", "Johan", "han", "hans"), ("Karin Holm", "Karin", "hon", "hennes"),
    ("Stina Sjöberg", "Sjöberg", "hon", "hennes"), ("Anders Ekström", "Anders", "han", "hans"),
    ("Farhiya Ali", "Farhiya", "hon", "hennes"), ("Olena Kravets", "Olena", "hon", "hennes"),
    ("Ahmed Yusuf", "Ahmed", "han", "hans"), ("Ulla-Britt Nyman", "Ulla-Britt", "hon", "hennes"),
    ("Henrik Forsman", "Forsman", "han", "hans"), ("Minh Nguyen", "Minh", "han", "hans"),
    ("Kadri Mets", "Kadri", "hon", "hennes"), ("Reza Tehrani", "Reza", "han", "hans"),
    ("Ebba Lindroth", "Ebba", "hon", "hennes"), ("Mikael Björk", "Björk", "han", "hans"),
]

_SV_ROLES = ["min granne", "tränaren", "läraren", "rektor", "fullmäktigeledamoten", "byggnadsinspektör",
             "disponenten", "min kusin", "min moster", "butiksägaren", "bibliotekarien"]

_SV_TOPICS = [
    "Jag kommenterar detaljplanen för Mejlans sjukhusområde.",
    "Det här gäller förnyelsen av Gårdsbacka köpcentrum.",
    "Planen för stranden i Kallvik oroar oss i kvarteret.",
    "Förslag: fler bänkar längs promenadstigen i Tammelund.",
    "Jag stöder förslaget om en ny skola i Mellersta Böle.",
    "Förnyelsen kring Hertonäs metrostation är efterlängtad.",
    "Utvidgningen av hundparken i Mellungsbacka behövs verkligen.",
    "Renoveringen av Drumsö badstrand måste göras ordentligt.",
    "Förslag: ett utegym vid Gamlas idrottspark.",
    "Ungdomsgården i Jakobacka borde ha längre öppettider.",
]

_SV_INTRO = [
    "{Role} [[P:{full}]] tog upp frågan redan i våras.",
    "{Role} [[P:{full}]] har bott i området i över tjugo år och känner det bättre än någon annan.",
    "Jag skriver på uppdrag av {role} [[P:{full}]], som inte själv använder Dinåsikt.",
    "Frågan har beretts i invånarföreningen (kontaktperson [[P:{full}]]).",
    "Förslaget har skrivits av [[P:{full}]], sekreterare i föreningen.",
]

_SV_SENT = [
    "Enligt [[P:{nom}]] har trafiken ökat kraftigt de senaste åren.",
    "[[P:{gen}]] förslag är att bygga en enkel ramp vid entrén.",
    "Jag frågade [[P:{nom}]] vad {pron} tycker, och svaret var tydligt.",
    "Alla i kvarteret känner [[P:{nom}]], och {pron} vet vad {pron} talar om.",
    "[[P:{gen}]] bilder från platsen finns i bilagan.",
    "Jag lovade [[P:{nom}]] att skriva här för {poss} räkning.",
    "Jag håller med [[P:{nom}]] om att planen är för dyr.",
]

_SV_CLOSE = ["Hoppas att detta beaktas.", "Tack för att vi får kommentera.", "Rösta på det här!",
             "Mvh [[P:{signer}]]", "Hälsningar\n[[P:{signer}]]"]

_SV_SIGNERS = ["Maria Backman", "Patrik Öhman", "Amina Warsame", "Lena Grönlund", "Sebastian Holmberg"]


def _gen_sv_people(rng, n):
    out, seen = [], set()
    while len(out) < n:
        full, short, pron, poss = rng.choice(_SV_PEOPLE)
        role = rng.choice(_SV_ROLES)
        intro = rng.choice(_SV_INTRO).format(Role=role[0].upper() + role[1:], role=role, full=full)
        parts = [rng.choice(_SV_TOPICS), intro]
        for tpl in rng.sample(_SV_SENT, rng.randint(2, 3)):
            parts.append(tpl.format(nom=short, gen=short if short.endswith("s") else short + "s", pron=pron, poss=poss))
        close = rng.choice(_SV_CLOSE).format(signer=rng.choice(_SV_SIGNERS))
        text = " ".join(parts) + ("\n" if close.startswith(("Mvh", "Hälsningar")) else " ") + close
        if text not in seen:
            seen.add(text)
            out.append(("sv", text))
    return out


# Finnish hard-negative pools: no personal data anywhere in these sentences.
_NEG_FI_PLACES = [
    "Kalasataman rantapuiston suunnitelma on parantunut edellisestä versiosta.",
    "Malmin lentokentän vanhat rakennukset pitää säilyttää osana uutta kaupunginosaa.",
    "Lauttasaaren Vattuniemen täydennysrakentaminen tuo alueelle tuhansia uusia asukkaita.",
    "Jätkäsaaren ja Hernesaaren välinen rantareitti on vielä kesken.",
    "Meri-Rastilan kaavamuutoksessa puretaan liian monta toimivaa taloa.",
    "Pasilan uusi keskus on tuulinen ja kolkko erityisesti iltaisin.",
    "Vuosaaren sataman melu kuuluu Aurinkolahteen asti.",
    "Kruununvuorenrannan silta Kruunusillat tuo ratikan Laajasaloon vuonna 2027.",
    "Myllypuron ostarin purku on puhuttanut alueella jo vuosia.",
    "Kontulan ostari on edelleen alueen sydän, vaikka liiketiloja on tyhjänä.",
]

_NEG_FI_FAMOUS = [
    "Mannerheimin ratsastajapatsas on Helsingin tunnetuimpia maamerkkejä.",
    "Kekkosen aikana rakennetut lähiöt tarvitsevat nyt peruskorjausta.",
    "Tove Janssonin muumit näkyvät Katajanokalla joka kulmassa.",
    "Armi Ratian perustaman Marimekon kuosit koristavat monen kodin verhoja.",
    "Lasse Virénin patsaan kaltaista urheilijamuistomerkkiä toivottaisiin myös Itä-Helsinkiin.",
    "Teemu Selänne ja Saku Koivu aloittivat uransa helsinkiläisissä junioriseuroissa.",
    "Jean Sibeliuksen nimeä kantava puisto on turistien suosikki.",
    "Alvar Aallon talot Munkkiniemessä ovat arkkitehtuurin helmiä.",
    "Aleksis Kiven patsas Rautatientorilla kaipaa puhdistusta.",
    "Paavo Nurmen patsas on siirretty takaisin stadionin eteen.",
]

_NEG_FI_STREETS = [
    "Mannerheimintien ja Runeberginkadun risteys on aamuisin täysin tukossa.",
    "Fredrikinkadulla ajetaan liian kovaa, vaikka siellä on paljon kävelijöitä.",
    "Urho Kekkosen kadun pyörätie päättyy yhtäkkiä keskelle jalkakäytävää.",
    "Topeliuksenkadun varren lehmukset ovat huonossa kunnossa.",
    "Annankadun ja Eerikinkadun kulmaan tarvittaisiin suojatie.",
    "Aleksis Kiven kadulla on liikaa raskasta liikennettä.",
    "Sturenkadun bussipysäkki on liian kapea rollaattorille.",
    "Mechelininkadun pyörätie on talvisin huonosti aurattu.",
    "Paavo Nurmen tien varressa ei ole yhtään roska-astiaa.",
    "Lönnrotinkadun istutukset ovat kuivuneet kesän aikana.",
]

_NEG_FI_ORGS = [
    "HJK:n ja HIFK:n ottelupäivinä Töölön kadut ovat täynnä autoja.",
    "Jokerien junioreilla ei ole tarpeeksi jäävuoroja.",
    "IFK:n pikkujuniorit harjoittelevat samalla kentällä kuin koulun liikuntatunnit.",
    "Stockmannin ja Fazerin edustalla on jouluisin ruuhkaa.",
    "Elisan ja Telian tukiasemat eivät kata koko puistoa.",
    "HSL:n uusi aikataulu harventaa iltavuoroja.",
    "Kesko ja S-ryhmä ovat molemmat kiinnostuneita ostarin tontista.",
    "Helen rakentaa lämpökeskuksen aivan asuinalueen viereen.",
]

_NEG_FI_WORDS = [
    "Toivottavasti suunnitelma etenee tällä kertaa.",
    "Onneksi kaupunki järjesti asukasillan ajoissa.",
    "Tuuli on rannassa niin kova, että penkeillä ei voi istua.",
    "Lumi kasataan talvisin pyöräteiden päälle.",
    "Aamulla kello seitsemän bussit ovat jo täynnä.",
    "Taimet istutettiin viime keväänä, mutta puolet kuoli kuivuuteen.",
    "Kielot kukkivat metsän reunassa toukokuussa.",
    "Rauha ja hiljaisuus katoavat, jos tänne rakennetaan moottoritie.",
    "Valo on illalla niin heikko, ettei polkua näe.",
    "Armas kotikaupunki ansaitsee parempaa suunnittelua.",
    "Sade valuu kellareihin joka syksy.",
    "Oiva ratkaisu olisi yksinkertainen hidastetöyssy.",
]

_NEG_FI_NUMBERS = [
    "Hankkeen kustannusarvio on 2,4 miljoonaa euroa.",
    "Asukasilta pidetään tiistaina 17.3. klo 18–20 Malmitalossa.",
    "Palautteen diaarinumero on HEL 2026-007315.",
    "Bussilinja 55 kulkee iltaisin vain kerran tunnissa.",
    "Alue kuuluu postinumeroon 00980.",
    "Kirjaston aukioloajat ovat ma–to 9–20 ja pe 9–16.",
    "Rakentaminen on tarkoitus aloittaa vuonna 2028.",
    "Nähtävilläoloaika päättyy 30.1.2027.",
]

_NEG_FI_CLOSE = ["Toivottavasti tämä otetaan huomioon.", "Kiitos kuulemisesta.", "Kannatan suunnitelmaa.",
                 "En kannata nykyistä versiota.", "Odotan vastausta kaupungilta."]


def _gen_fi_negatives(rng, n):
    pools = [_NEG_FI_FAMOUS, _NEG_FI_STREETS, _NEG_FI_ORGS, _NEG_FI_WORDS, _NEG_FI_NUMBERS]
    out, seen = [], set()
    while len(out) < n:
        parts = [rng.choice(_NEG_FI_PLACES)]
        for pool in rng.sample(pools, rng.randint(3, 4)):
            parts.append(rng.choice(pool))
        parts.append(rng.choice(_NEG_FI_CLOSE))
        text = " ".join(parts)
        if text not in seen:
            seen.add(text)
            out.append(("fi", text))
    return out


_NEG_SV_POOLS = [
    ["Planen för Fiskehamnen har förbättrats sedan förra versionen.",
     "Malms flygfält borde bevaras som kulturmiljö.",
     "Kompletteringsbyggandet på Drumsö för med sig tusentals nya invånare.",
     "Stranden vid Busholmen är fortfarande en byggarbetsplats."],
    ["Mannerheims ryttarstaty är ett av stadens kändaste landmärken.",
     "Tove Janssons muminfigurer syns överallt på Skatudden.",
     "Alvar Aaltos hus i Munksnäs är arkitektoniska pärlor.",
     "Jean Sibelius park är en favorit bland turisterna."],
    ["Korsningen mellan Mannerheimvägen och Runebergsgatan är igenkorkad på morgnarna.",
     "På Fredriksgatan körs det för fort.",
     "Cykelbanan på Urho Kekkonens gata tar slut mitt på trottoaren.",
     "Lindarna längs Topeliusgatan är i dåligt skick."],
    ["HJK:s och HIFK:s matchdagar fyller Tölös gator med bilar.",
     "IFK:s juniorer tränar på samma plan som skolans gympalektioner.",
     "Stockmann och Fazer drar köer i december.",
     "HRT:s nya tidtabell glesar ut kvällsturerna."],
    ["Björkarna i parken har fällts utan förvarning.",
     "Stranden är full av stenar och glas.",
     "Rosor och violer skulle göra torget trivsammare.",
     "Lindarna blommar vackert i juli."],
    ["Kostnadsberäkningen är 1,8 miljoner euro.",
     "Invånarmötet hålls tisdag 17.3 kl. 18–20.",
     "Ärendets diarienummer är HEL 2026-009144.",
     "Byggandet ska inledas år 2028."],
]

_NEG_SV_CLOSE = ["Hoppas att detta beaktas.", "Tack för möjligheten att kommentera.", "Jag stöder planen.",
                 "Jag motsätter mig den nuvarande versionen."]


def _gen_sv_negatives(rng, n):
    out, seen = [], set()
    while len(out) < n:
        parts = [rng.choice(_NEG_SV_POOLS[0])]
        for pool in rng.sample(_NEG_SV_POOLS[1:], rng.randint(3, 4)):
            parts.append(rng.choice(pool))
        parts.append(rng.choice(_NEG_SV_CLOSE))
        text = " ".join(parts)
        if text not in seen:
            seen.add(text)
            out.append(("sv", text))
    return out


def records() -> list[tuple[str, str]]:
    """Return the (lang, marked_text) pairs of block 26, always in the same order."""
    rng = random.Random(SEED)
    hand = _KERRO_FI + _OMASTADI_FI + _CONTACT_MIX + _KOMMENTAR_SV + _NEG_FI + _NEG_SV + _MIX_FI
    generated = (_gen_fi_people(rng, 38) + _gen_sv_people(rng, 14)
                 + _gen_fi_negatives(rng, 20) + _gen_sv_negatives(rng, 8))
    return list(hand) + generated
