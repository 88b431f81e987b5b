"""Blind evaluation block 18 for the free-text personal-data scrubber.

Written by helper "outsider 18" on 2026-12-07.

Blindness: I wrote this file without opening, grepping, listing or running anything under harvester/, tests/,
scripts/, benchmarks/pii_eval.py, benchmarks/pii_build_devset.py or any other benchmarks/pii_devset_outsider*.py
file, and without running any scrubber or evaluation. The texts are invented; every name, number and address is
fictional (identity codes and IBANs carry valid check characters on purpose).

Focus: Finnish (about 70 %) and English (about 30 %) OmaStadi proposals, Kerrokantasi hearing comments and
Open311-style feedback written by and about Helsinki residents of immigrant background. Names appear in running
text WITHOUT cue words: as subjects and objects, in the Finnish cases (genitive, partitive, illative, inessive,
elative, adessive, ablative, allative, essive, translative, comitative), with or without a colon before the
ending ("Nguyenille" / "Nguyen:lle", "Wu:n", "Aliin"), first name alone, surname alone, and full names of two or
three parts (Vietnamese, Arabic "bin", Somali three-part, Spanish double surnames, Portuguese "da Silva",
Russian patronymics, Chinese, Korean, Japanese, Thai, Nepali, Tamil, Eritrean, Kurdish, Persian, Turkish,
Polish, Ukrainian, Estonian). Short names (Li, Wu, Ali, Ai, Bo, Mai, Mo) and names that are also Finnish words
(Pia, Sara, Ilma, Sana, Hana, Sima, Maja, Ilona, Sade, Tuuli, Aamu) are used as names and, elsewhere, as words.
Resident-written Finnish with typos, lower case and missing diacritics is included. About a third of the records
are hard negatives: capitalised non-names (foreign places, dishes such as Pho and Biryani, restaurants and
shops, mosques, churches and associations, festivals such as Eid, Nowruz, Diwali, Tet, languages,
nationalities, historical people, pets) and numbers that are not personal data (dates, times, prices, case and
proposal numbers, postal codes, bus lines, years).

Seed: 1818 (random.Random(1818)); the output is deterministic.

Markup: [[LABEL:text]] around each piece of personal data. P = a living private person's name or any part of
it (city staff and councillors included; titles and role words stay outside; Finnish case endings inside the
span unless written after a colon, e.g. "[[P:Nguyen]]:lle"; English possessive inside), E = e-mail,
T = phone, H = Finnish personal identity code, I = IBAN / bank account, R = licence plate,
A = street address with a house number (staircase and flat included), IP = IP address.
"""

from __future__ import annotations

import random
import re

SEED = 1818

# ---------------------------------------------------------------------------------------------------------------
# Individually written Finnish records
# ---------------------------------------------------------------------------------------------------------------

HAND_FI: list[str] = [
    "[[P:Abdiqani]] hoitaa avaimet ja [[P:Hodan]] tuo kahvit, joten talkoot voi alkaa lauantaina klo 10.",
    "Ehdotus: Kontulan ostarille ulkokuntosali\n\n"
    "Olemme asuneet Kontulassa vuodesta 2009. Idea syntyi kun [[P:Fartun Mohamud]] ja minä kävelimme iltaisin "
    "ostarin ohi ja huomasimme, ettei nuorilla ole mitään tekemistä. [[P:Fartunin]] pojat pelaavat koripalloa "
    "Myllypurossa, mutta sinne on bussilla 20 min.\n\nTerveisin [[P:Sagal Hassan]]",
    "mina olen asunut jakomaessa 12 vuotta. naapuri [[P:Yonas]] sanoi etta hissi on ollut rikki kolme viikkoa eika "
    "kukaan tee mitaan. soitin isannoitsijalle mutta ei vastaa. [[P:Yonasin]] aiti on 80v eika paase portaita.",
    "Kannatan kaavamuutosta. Itäkeskuksen moskeijan vieressä oleva parkkipaikka on perjantaisin täynnä ja autot "
    "pysäköivät jalkakäytävälle. Puhuin asiasta [[P:Mehdi Rahimin]] kanssa, joka pyörittää kioskia siinä "
    "vieressä, ja hänkin oli samaa mieltä.",
    "Kiitos [[P:Nguyenille]] ja [[P:Tran Thi Main]] perheelle, jotka järjestivät kevätsiivouksen jälkeen "
    "ruokailun! Pho oli tosi hyvää 😋",
    "Toimitin lomakkeen [[P:Nguyen]]:lle jo maanantaina mutta mitään ei ole kuulunut. Asia HEL 2026-004417.",
    "[[P:Wu]]:n kanssa sovittiin, että kerhohuone varataan tiistaisin 17-19. Jos [[P:Wu]] ei pääse, avaimet saa "
    "[[P:Liltä]] (asuu samassa rapussa).",
    "[[P:Ai]] soitti eilen ja kertoi, että japanin kielen kerho jatkuu taas syyskuussa Malmitalolla. "
    "[[P:Aille]] voi ilmoittautua suoraan.",
    "Ai että, taas on roskikset täynnä Kauppakartanonkadulla. Kukaan ei tyhjennä niitä pyhien aikaan.",
    "Aita on kaatunut leikkipuiston kohdalla, joku voi loukkaantua. Aina sama juttu keväisin.",
    "[[P:Mai]] ja [[P:Bo]] vetävät lasten sählyä, mutta [[P:Bolla]] on nyt käsi paketissa, joten [[P:Maille]] "
    "tarvitaan apuvetäjä. Ilmoittautumiset Vuotalon infoon.",
    "Maissa, joissa olen asunut, koulujen pihat ovat auki iltaisin ja viikonloppuisin. Ehdotan samaa "
    "Vuosaareen: Meri-Rastilan ala-asteen piha auki klo 21 asti.",
    "[[P:Ilma]] on meidän talon aktiivi – [[P:Ilman]] ansiosta saatiin pyörävarasto kuntoon. Ilman häntä mitään "
    "ei olisi tapahtunut.",
    "[[P:Sana]] kirjoitti tämän ehdotuksen arabiaksi ja minä käänsin sen suomeksi. Jokainen sana on hänen.",
    "Kiitos [[P:Pialle]] nopeasta vastauksesta! Toivottavasti korjaus tehdään pian.",
    "Nimeni on [[P:Hana Al-Khatib]]. Pihan hana vuotaa ja vesi valuu kellariin, osoite "
    "[[A:Kontulankaari 5 C 31]].",
    "[[P:Sima]] toi vapuksi simaa koko rapulle 😄 Ehdotan että taloyhtiön pihajuhla tehdään ensi vuonna "
    "isompana ja kaupunki lainaa teltan.",
    "Kerhon vetäjä [[P:Maja Kowalska]] ehdotti, että leikkipuistoon rakennettaisiin maja lapsille. [[P:Majan]] "
    "mukaan Gdańskissa hänen lapsuudenkotinsa lähellä oli samanlainen.",
    "[[P:Hodan Abdi Warsame]] on ollut meidän yhdistyksen puheenjohtaja vuodesta 2019. [[P:Warsamen]] puhelin on "
    "[[T:044 912 3307]] jos haluatte kysyä lisää.",
    "Tein ehdotuksen yhdessä [[P:Mohammed bin Salemin]] kanssa. Hänellä on kokemusta nuorisotyöstä Jemenissä ja "
    "Suomessa.",
    "[[P:María López García]] ja hänen tyttärensä [[P:Lucía]] osallistuivat työpajaan Stoassa. [[P:Garcían]] "
    "mielestä espanjankielinen satutunti olisi hieno lisä Itäkeskuksen kirjastoon.",
    "Ehdotuksen tekijä: [[P:Ana Paula da Silva]]\nYhteystiedot: [[E:anapaula.dasilva@gmail.com]]\n\n"
    "Brasilialainen capoeira-ryhmä tarvitsee harjoitustilan Vuosaaresta. [[P:da Silvan]] ryhmässä on jo 25 lasta.",
    "Venäjänkielisten senioreiden kerhoa vetää [[P:Olga Nikolajevna Petrova]]. [[P:Petrovalle]] on luvattu tila "
    "Myllypuron mediakirjastosta, mutta se on edelleen varattu muille maanantaisin.",
    "[[P:Li Wei]] opettaa taijita Kannelmäen puistossa joka sunnuntai klo 9. Kysyin [[P:Li Weiltä]] voisiko "
    "puistoon saada katoksen sadepäiviä varten.",
    "Korealainen kokkikerho: [[P:Kim Min-jun]] ja [[P:Park Ji-yeon]] vetävät. Ruokana oli bibimbapia ja "
    "kimchiä. [[P:Min-junin]] mukaan Kontulan nuorisotalon keittiö on liian pieni.",
    "[[P:Yuki Sato]] vei lapset Hanasaareen hanami-retkelle. [[P:Yukille]] iso kiitos! Kirsikkapuita voisi "
    "istuttaa myös Roihuvuoren lisäksi Vuosaareen.",
    "[[P:Somchai]] ja vaimonsa [[P:Nattaya]] pitävät thai-ruokakauppaa Malmilla. He ehdottavat, että "
    "Songkran-juhla järjestettäisiin Malmin torilla. [[P:Nattayan]] puhelin [[T:050 418 2266]].",
    "Nepalilainen yhteisö kokoontuu Dashainin aikaan Kannelmäessä. Yhteyshenkilö on [[P:Bishal Gurung]], "
    "[[P:Gurungille]] voi laittaa viestiä.",
    "Tamilinkielinen koulu tarvitsee lauantaiksi luokkatilan. Olemme kysyneet [[P:Lakshmi Subramaniamilta]] ja "
    "[[P:Karthikilta]] ja he lupasivat hoitaa siivouksen.",
    "[[P:Semhar]] ja [[P:Yohannes Tesfay]] järjestävät eritrealaisen kahviseremonian Kontulan kirjastossa 14.3. "
    "klo 16. Kaikki tervetulleita! [[P:Semharille]] voi ilmoittaa allergioista.",
    "Nowruz-juhla pidettiin viime vuonna Itäkeskuksen puistossa. Tänä vuonna [[P:Rojin]] ja [[P:Azad]] "
    "ehdottavat Vuosaaren uimarantaa. [[P:Azadin]] mielestä nuotio pitää sallia.",
    "[[P:Shirin Moradi]]: kannatan ehdotusta. Myllypuron metroaseman ympäristö on iltaisin pimeä ja turvaton. "
    "Tyttäreni [[P:Parisa]] ei uskalla kävellä kotiin harrastuksista.",
    "[[P:Ayşe Yılmaz]] on tehnyt valtavan työn naisten uimavuorojen eteen. Ilman [[P:Ayşeä]] Itäkeskuksen "
    "uimahallin naistenvuoro ei olisi toteutunut.",
    "[[P:ayse yilmaz]] soitti minulle ja sano etta naistenvuoro loppuu kesakuussa. miksi?? kuka paattaa tasta",
    "[[P:Agnieszka]] ja [[P:Paweł Nowak]] hoitavat taloyhtiön kasvimaata. [[P:Pawełille]] pitää kertoa, jos "
    "kastelukannu katoaa taas 😅",
    "Ukrainalaisten äitien vertaisryhmä kokoontuu Vuosaaren kirkolla. Vetäjä [[P:Iryna Kovalenko]] toivoo, että "
    "ryhmä saisi oman tilan. [[P:Kovalenkon]] mukaan lapsia on nyt 30.",
    "[[P:Kadri]] ja [[P:Jüri Tamm]] ovat virolaisia rakennusmiehiä, jotka asuvat meidän talossa. [[P:Jürin]] "
    "mielestä pyörätelineet on asennettu väärin päin.",
    "Vastaus [[P:Ahmedille]]: ehdotus on siirretty jatkovalmisteluun, katso [[P:Ahmed]]:in alkuperäinen "
    "kommentti alempana.",
    "Kuka on [[P:Abdullahi]]? Sama kaveri joka korjasi [[P:Amranin]] pyörän? Hänelle kuuluu kiitos, "
    "pyöräkorjaamo-ehdotus on hänen ideansa.",
    "Kävin Kontulan asukasillassa, missä aluekoordinaattori [[P:Sanna Lehtinen]] ja nuorisotyöntekijä "
    "[[P:Abdirahman Yusuf]] kertoivat ehdotuksista. [[P:Yusufin]] mukaan äänestysaktiivisuus oli idässä "
    "viimeksi alhainen.",
    "Tunsin hänet ala-asteella [[P:Mohammedina]], nyt hän käyttää nimeä [[P:Mo]] ja vetää nuorten futista "
    "Jakomäessä.",
    "Poikamme nimi oli kirjoitettu kerhon listaan väärin, se korjattiin vasta kolmannella kerralla "
    "[[P:Mustafaksi]].",
    "Syyskokoukseen osallistui [[P:Abdi]] vaimoineen ja [[P:Linh]] tuli [[P:Tuaneineen]], muita ei näkynyt.",
    "Mun naapuri [[P:Fatuma]] sano et bussi 560 ei pysähdy enää Kontulan ostarilla iltaisin. Onko totta? "
    "Hän on töissä Itiksessä klo 22 asti.",
    "Kerro [[P:Hamdille]] että ehdotus meni läpi!! 🎉🎉 Kiitos kaikille jotka äänesti",
    "Hei, olen [[P:Tuan]]. Ehdotan Vuosaaren ostarille pingispöytää. Minä ja [[P:Duc]] pelaamme joka päivä mutta "
    "lähin pöytä on Kallahdessa.",
    "> [[P:Shilan]] kirjoitti: Kuka omistaa tämän ehdotuksen?\n\nMinä ja [[P:Dilan]] 🙂 Voit ottaa yhteyttä "
    "[[E:dilan.k@outlook.com]] tai [[T:+358 45 671 2009]].",
    "Ystävällisin terveisin\n[[P:Ahmad Zia Noori]]\nAfganistanilaisten yhdistys Itä-Helsinki ry\n"
    "[[T:040 551 8723]]",
    "Äänestin [[P:Tran Van Hungin]] ehdotusta (vietnamilainen ruokatori Itäkeskukseen). [[P:Hungin]] idea on hyvä "
    "mutta sijainti ei, Tallinnanaukio on jo nyt ruuhkainen.",
    "Perhekahvilan vetäjä [[P:Zahra]] kertoi, että hiekkalaatikossa on lasinsiruja. Käykää katsomassa "
    "mahdollisimman pian!",
    "Laitan tähän lapsen tiedot: [[P:Abdirizak Mohamed Ali]], hetu [[H:110716A372V]], osoite "
    "[[A:Kauppakartanonkatu 7 A 12]], 00930 Helsinki. Päiväkotipaikka haettu jo maaliskuussa.",
    "Yhdistyksen tilille [[I:FI53 8000 1402 8712 34]] voi lahjoittaa Eid-juhlan ruokakuluihin. "
    "Kassanhoitaja [[P:Abdiwali]] kuittaa lahjoitukset.",
    "Auto [[R:XKT-482]] on pysäköity Meri-Rastilan koulun pelastustielle jo viikon. Omistaja kuulemma "
    "[[P:Hakimi]] B-rapusta.",
    "moi mun nimi on [[P:khadra]] ja mä asun [[A:Jakomäenpolku 3 B 14]]. pihan valot ei toimi ollenkaan ja "
    "lapset pelkää mennä ulos pimeellä. pls korjatkaa",
    "Tapasin eilen [[P:Husseinin]] ja [[P:Zainabin]] Itäkeskuksessa ja puhuttiin tästä. He tukevat ehdotusta 100%.",
    "Olen yrittänyt saada yhteyttä [[P:Aliin]] koko viikon, mutta hänen puhelimensa ([[T:041 733 0982]]) on "
    "kiinni.",
    "[[P:Hodanissa]] on johtajan vikaa 😄 Hän sai koko rapun mukaan pihatalkoisiin.",
    "[[P:Yonasista]] tuli yhdistyksen uusi rahastonhoitaja. [[P:Yonakselta]] saa kuitit.",
    "[[P:Nguyenilla]] on avain kerhohuoneeseen ja [[P:Wu]]:lla on tikkaat lainassa, eli kaikki on valmista.",
    "Kommentti asemakaavaehdotukseen nro 12765: Kontulan ostoskeskuksen purkaminen hävittää somalikaupat, "
    "Aasia-marketin ja Anatolia Grillin. Missä nämä yrittäjät jatkavat? Esim. [[P:Cabdi]] on pitänyt "
    "kauppaansa siellä 18 vuotta.",
    "Nimilista talkoisiin:\n- [[P:Abdiqani]] (avaimet)\n- [[P:Hodan]] ja [[P:Ifrah]] (kahvi)\n- [[P:Wu]] "
    "(grilli)\n- [[P:Pia]] (lapset)\n- minä (jätesäkit)",
    "[[P:Tranin]] ja [[P:Phamin]] perheet asuvat samassa rapussa ja ovat molemmat valittaneet ilmanvaihdosta "
    "isännöitsijälle jo 2024.",
    "[[P:Ploy]] hoitaa thainyrkkeilyn ilmoittautumiset, [[P:Ploylle]] voi laittaa viestiä WhatsAppissa.",
    "[[P:Sita Thapa]] vie vanhuksia kävelylle Malmin lentokentälle. [[P:Thapan]] toive: lisää penkkejä reitin "
    "varrelle, nyt välimatka on yli kilometri.",
    "Japanilainen äitiryhmä: [[P:Haruto Tanakan]] äiti [[P:Emiko]] kysyi, saako leikkipuistossa pitää "
    "piknikin. Vastaus oli että saa, kiitos [[P:Emikolle]] kysymästä!",
    "[[P:Lee Seo-yeon]] ja [[P:Ji-woo]] pyytävät, että Kalasataman ja Kontulan väliin saataisiin suora "
    "bussiyhteys. [[P:Leen]] työmatka kestää nyt 55 minuuttia.",
    "[[P:Zhang Hui]] on pyytänyt tätä jo kaksi kertaa. Kysyin myös [[P:Cheniltä]], joka asuu naapurissa, ja hän "
    "on samaa mieltä.",
    "[[P:Hoa]] ja [[P:Le Thi Thu]] ompelevat kangaskasseja kierrätyskeskukseen. [[P:Hoalle]] toimitettiin "
    "viime viikolla 40 kg kankaita.",
    "[[P:Abrehet]] pyysi minua kirjoittamaan tämän, koska hänen suomensa ei ole vielä hyvä. [[P:Abrehetille]] on "
    "tärkeää, että pyhäkoulun tilat säilyvät Myllypurossa.",
    "Tämä on [[P:Filmonin]] idea: lasten jalkapallokoulu tigrinjaksi ja suomeksi Kontulan kentällä.",
    "[[P:Priya Raman]] tuli Chennaista Helsinkiin 2021. [[P:Ramanin]] ehdotus on koota Malmille tamilinkielinen "
    "lukupiiri.",
    "[[P:Dariush]] ja [[P:Mehrnoosh]] kattoivat haft sin -pöydän Nowruzina kirjaston aulaan. Ihanaa!",
    "[[P:Berivan]] ja [[P:Hemin]] vetävät kurdinkielistä kerhoa Myllypurossa. [[P:Heminin]] mukaan "
    "tilanvuokra nousi 40 %.",
    "[[P:Dmitri Sergejevitš Ivanov]] on taloyhtiön hallituksessa. [[P:Ivanoville]] ilmoitettiin kattovuodosta jo "
    "marraskuussa, eikä mitään ole tapahtunut.",
    "[[P:Svetlana]] (meillä [[P:Sveta]]) hoitaa kerhon kahvit. [[P:Svetalle]] kiitos 16 vuoden työstä!",
    "[[P:Oksana]] ja [[P:Mykola Bondarenko]] tulivat Harkovasta 2022. [[P:Bondarenkoilla]] on kolme lasta ja "
    "he toivovat, että Vuosaaren leikkipuistoon tulisi keinuja isommillekin lapsille.",
    "[[P:Kristjan]] ja [[P:Maarja-Liis]] muuttivat Tallinnasta Myllypuroon. [[P:Maarja-Liisin]] mielestä "
    "ulkoilureitti on huonosti valaistu.",
    "[[P:Tiiu]] sanoi että saunavuorot on jaettu epäreilusti. Kysykää [[P:Tiiulta]] itse.",
    "[[P:Wojtek]] korjasi talon pyörät ilmaiseksi koko kesän. [[P:Wojtekille]] pitäisi antaa joku palkinto 🏆",
    "[[P:Kasia]] ja [[P:Wojciech Zieliński]] ehdottavat puolankielistä satutuntia. [[P:Zielińskin]] mukaan "
    "Itä-Helsingissä asuu satoja puolalaisia perheitä.",
    "[[P:Emre]] on tosi taitava grillimestari. Ensi kesän pihajuhlassa [[P:Emrelle]] annetaan vastuu "
    "grillistä ja [[P:Zeynep Demirille]] musiikki.",
    "[[P:José Luis]] pyysi että ehdotukseen lisätään myös salsa-kurssi. [[P:Josélle]] sopii tiistai-ilta.",
    "Olen [[P:João Pereira]]. Lähetin kuvat [[P:Carla]]:lle, hän laittaa ne tähän ehdotukseen. Terveisin [[P:João]]",
    "[[P:Umm Khalid]] tuo aina taatelit ja kahvit naisten iltaan. Ilman häntä ilta ei olisi sama.",
    "Yhdistyksen jäsen [[P:Faadumo Dheere]] (oikealta nimeltään [[P:Faadumo Ismail]]) haluaa kiittää kaupunkia "
    "uudesta kuntosalista.",
    "[[P:Sade]] ja [[P:Lumi]] aloittavat eskarin syksyllä. Viime viikon sade tulvi eskarin eteiseen ja "
    "[[P:Saden]] ja [[P:Lumin]] kurahousut olivat aamulla vieläkin märät.",
    "[[P:Onni Rahman]] (9 v.) kirjoitti: toivon että koulun pihaan tulisi kiipeilyteline ja enemmän "
    "roskiksia. Onni ja toivo ovat kauniita sanoja, mutta tarvitaan rahaakin.",
    "[[P:Tuuli]] soitti ja kertoi, että kova tuuli kaatoi roskakatoksen Kivikossa yöllä.",
    "[[P:Sara]] kirjoitti eilen palautteen samasta asiasta, mutta vastausta ei ole tullut. Kysykää "
    "[[P:Saralta]].",
    "Aamulla kuudelta [[P:Aamu]] huomasi, että pyörävaraston ovi oli murrettu. Poliisille ilmoitettu, "
    "ilmoitusnumero 5500/R/12345/26.",
    "Kiitos kaikille! Ilona voimme kertoa, että ehdotus sai 812 ääntä. Erityiskiitos [[P:Ilonalle]] ja "
    "[[P:Noorille]].",
    "[[P:Noor]] ja [[P:Amal]] ovat kirjoittaneet tämän ehdotuksen yhdessä. Toivomme tukeanne!",
    "[[P:Leila]] vie lapset ja Simba-koiran lenkille joka aamu, ja hänen mukaansa koirapuiston portti ei "
    "mene kiinni.",
    "Pyydän että [[P:Abdiqani Farah]] poistetaan tämän ehdotuksen yhteyshenkilöistä. Uusi yhteyshenkilö on "
    "[[P:Ifrah Said]], [[E:ifrah.said@hotmail.com]].",
    "[[P:Farahilta]] kuulin, että kirjastoauto ei enää käy Jakomäessä. Pitääkö paikkansa?",
    "[[P:Hibo Cali]]:n tytär on 6 v ja hänellä ei ole paikkaa iltapäiväkerhossa. Miksi kerhopaikkoja on "
    "niin vähän Kontulassa??",
    "Ehdotus: Tet-juhla Itäkeskukseen\n\n1. Lyhtykulkue Tallinnanaukiolta\n2. Vietnamilaista ruokaa "
    "(banh chung, pho)\n3. Lasten leijonatanssi\n\nVastuuhenkilöt: [[P:Hoang Minh]], [[P:Vu Thi Lan]]\n"
    "Budjetti: 12 000 €",
    "[[P:Minh]]:ltä tuli viesti että leijonatanssin asut ovat valmiit. [[P:Lan]]:lle lähetettiin lasku.",
    "Kysyin kirjastosta, ja [[P:Vu]]:n mukaan tila on vapaa vain helmikuun viimeisenä lauantaina.",
    "Asukasillan pöytäkirja 3.2.\nPaikalla: [[P:Abdiqani Warsame]], [[P:Maija Korhonen]], [[P:Tran Duc Anh]], "
    "[[P:Roya Karimi]], [[P:Olli]] kaupungilta\n§1 Kokouksen avaus\n§2 Ehdotus 3310 (ulkokuntosali)",
    "§3 [[P:Karimi]] esitti, että ehdotukseen lisätään penkit. [[P:Anhin]] mielestä penkit houkuttelevat "
    "iltaisin porukkaa. Päätettiin kysyä [[P:Ollilta]] kaupungin kanta.",
    "Hei [[P:Roya]], kiitos viestistä. Kaupungin puolesta voin vahvistaa, että ehdotus on toteutuskelpoinen. "
    "t. [[P:Olli Mäkinen]], osallisuus- ja neuvontapalvelut",
    "mä en tiiä kuka on [[P:anwar]] mut se on laittanu tän saman ehdotuksen kolme kertaa. poistakaa tuplat",
    "Miten [[P:Mohamed Nuur]] ja [[P:Mohamed Nur]] eroavat? Samaa ihmistä ollaan äänestyksessä kaksi kertaa? "
    "Ehdotus 4412.",
    "Kiitos [[P:Jamalille]]! hän korjasi koko jalkapallomaalin verkon omilla rahoillaan.",
    "[[P:Ayaan]] ja [[P:Ubah]] on siivonneet puistoa joka sunnuntai koko kevään, kaupunki voisi edes tuoda "
    "lisää roskapusseja.",
    "Olen [[P:Mariam]], 17v. Me tytöt halutaan oma sulkapallovuoro Kontulan liikuntahallista koska poikien "
    "kanssa ei voi pelata. [[P:Mariamille]] voi vastata sähköpostiin [[E:mariam.aden2009@gmail.com]]",
    "[[P:Sumaya]] pyysi välittämään: Stoan tanssisalin peili on rikki ja lattia liukas. Tunnit ma ja ke "
    "klo 18.",
    "[[P:Bashir]] sanoo aina että 'Itis on Suomen paras paikka' 😂 mut oikeesti tarvitaan lisää "
    "istumapaikkoja metroasemalle.",
    "Päiväkoti Mustakiven tädit ja [[P:Hamza]]-setä ansaitsevat kiitoksen, lapset tykkäävät.",
    "[[P:Tesfayelle]] ja [[P:Mebratille]] kiitos käännösavusta! Kysely on nyt myös tigrinjaksi.",
    "[[P:Kaveh]] kertoi, että Myllypuron pallokentän valot sammuvat jo klo 20. Talvella se on liian aikaisin.",
    "Naapurini [[P:Huda]] on pyörätuolissa eikä pääse bussiin 95, koska ramppi on rikki. Tämä on toistunut "
    "kolmesti. Linja 95, lähtö Itäkeskuksesta klo 15.42.",
    "[[P:Kamalin]] kauppa Puotilan ostarilla on ainoa paikka, josta saa halal-lihaa lähellä. Jos ostari "
    "puretaan, mihin hän siirtyy?",
    "Lapseni opettaja [[P:Mirja]] ja koulunkäyntiavustaja [[P:Abdishakur]] ovat todella hyviä, mutta luokassa "
    "on 28 oppilasta.",
    "Ehdotan, että [[P:Aden]] ja [[P:Liban]] palkataan kesäksi puistotyöntekijöiksi – he tekevät sitä jo nyt "
    "vapaaehtoisina.",
    "Isäni [[P:Ahmed Ali Hussein]] (s. 1951) ei pysty kävelemään Kontulan terveysasemalle. Voisiko "
    "palvelubussi 92 kulkea myös [[A:Kontulantie 18]] kautta?",
    "Lähetin [[P:Ilhamille]] kuvan rikkinäisestä penkistä. Hän lisää sen tähän: penkki nro 14, "
    "Vuosaaren rantapuisto.",
    "Kävin [[P:Rahman]] ja [[P:Abdullahin]] kanssa katsomassa paikkaa. Sopii hyvin.",
    "Vastaus kommenttiin:\n> Kuka tämän maksaa?\nKaupunki, jos ehdotus voittaa. [[P:Yasmin]] laski "
    "budjetin ja se on 45 000 €.",
    "[[P:Marwa]] ja [[P:Aya]] haluavat, että tyttöjen iltaan tulee myös kokkausta, esim. falafelia ja "
    "maqlubaa. 🙂",
]

# Individually written Finnish hard negatives: capitalised non-names and harmless numbers, no personal data.
NEG_FI: list[str] = [
    "Pho Hanoi ja Saigon Deli ovat Itäkeskuksen parhaat ruokapaikat, mutta niiden edessä ei ole "
    "pyörätelineitä. Ehdotan 20 uutta telinettä.",
    "Biryani-ilta Kontulan nuorisotalolla pe 17.5. klo 18–21, hinta 5 €. Ilmoittautuminen OmaStadissa.",
    "Eid al-Fitr osuu tänä vuonna viikonlopulle, joten toivomme että Itäkeskuksen uimahalli olisi auki "
    "pidempään. Myös Diwali ja Nowruz voisi huomioida kaupungin tapahtumakalenterissa.",
    "Somalinkielinen satutunti on joka toinen torstai Vuosaaren kirjastossa klo 17.30. Arabia, dari ja "
    "tigrinja puuttuvat vielä.",
    "Sambusat, injera ja shaah loppuivat jo kello 14, ensi kerralla enemmän! Mogadishu Market lahjoitti "
    "mausteet.",
    "Ehdotus #2841: Momo-kioski Kannelmäen asemalle. Nepalilaisia momoja saa nyt vain Kathmandu Kitchenistä "
    "Kalliosta.",
    "Ali Baba Pizza & Kebab -ravintolan roska-astiat ovat täynnä joka maanantai. Roskat lentävät "
    "Kontulankaarelle asti.",
    "Olisi kiva saada vietnamilaisia kulttuuriviikkoja Helsinkiin vaikka Tet-juhlan aikaan helmikuussa. "
    "Ho Chi Minhin kaupungissa on kuulemma upeat katuruokatorit.",
    "Hafez-runoilta ja Rumi-lukupiiri Caisassa kiinnostivat yli 60 ihmistä. Tarvitaan isompi tila!",
    "Taras Ševtšenkon runoja luettiin ukrainaksi ja suomeksi Oodissa 9.3. Kiitos kirjastolle!",
    "Chiang Mai -kokkikurssi oli loppuunmyyty. Pad Thai ja Tom Yum opittiin tekemään alusta asti.",
    "Arabianrannan rantapuistoon tarvitaan lisää penkkejä. Arabiasta kävellään sinne paljon, ja "
    "Arabian kauppakeskuksen edessäkään ei ole yhtään penkkiä.",
    "Pyhän Nikolaoksen kirkon ja Uspenskin katedraalin välille toivotaan opastettua kävelyreittiä "
    "ortodoksisen pääsiäisen aikaan.",
    "Itäkeskuksen islamilainen keskus järjestää avoimet ovet 12.4. klo 12–16. Paikalle tulee myös "
    "Suomen Somaliliiton ja Suomen Islamilaisen Neuvoston edustajia.",
    "Kurdi-Suomi Seuran ja Vietnamilaisten Yhdistyksen yhteinen ehdotus: monikielinen kesäleiri "
    "Pihlajasaareen. Budjetti 18 000 €.",
    "Bussi 97N ei kulje Rastilan kautta klo 01.20 jälkeen. Tämä vaikeuttaa vuorotyöläisten kotimatkaa. "
    "Palautetunnus 2026-118822.",
    "Eritrean Ortodoksinen Tewahedo -seurakunta kokoontuu Myllypurossa sunnuntaisin klo 6–12 ja "
    "pysäköintitilaa tarvitaan lisää.",
    "Ehdotan Aleksis Kiven kadun ja Sturenkadun risteykseen suojatievaloja. Moni perhe kulkee siitä Kallion "
    "kirjastoon.",
    "Koiramme Simba karkasi Vuosaaren koirapuistosta, koska portti ei sulkeudu. Korjatkaa portti!",
    "Ramadanin aikana iftar-illalliset Malmitalolla olivat täynnä joka ilta. Ensi vuonna tarvitaan "
    "isompi sali, esim. Kanneltalo.",
    "Persiankielinen kirjasto-osasto on Itäkeskuksessa 2. kerroksessa. Kirjoja on alle 300, ja dari- ja "
    "pashtokirjoja tuskin ollenkaan.",
    "Anatolia Grill, Istanbul Market, Baghdad Bakery ja Kabul Foods muodostavat Itiksen ruokakadun. "
    "Kaavassa pitäisi suojella pienyrittäjiä.",
    "Meskel-juhlan kokko Kontulan kentällä 27.9.: tarvitaanko lupa pelastuslaitokselta? Viime vuonna "
    "paikalla oli noin 200 henkeä.",
    "Chuseokin ja Kiinalaisen uudenvuoden kaltaiset juhlat voisivat näkyä kirjastojen ohjelmassa. Nyt on "
    "vain joulu ja pääsiäinen.",
    "Vuosaaren Mosaiikkitalo? Ei ole olemassa. Tarkoitin Vuotaloa, Mosaiikkitorin vieressä.",
    "Maissin hinta on noussut, mutta se ei kuulu tähän. Asiaan: Kontulan torin penkit on rikki.",
    "Aina kun sataa, Myllypuron alikulku tulvii. Sama juttu 2023, 2024 ja 2025. Korjatkaa jo!",
    "Pian alkaa koulu ja Meri-Rastilan tien suojatie on yhä maalaamatta.",
    "Sana vapaa: mitä mieltä olette Itäkeskuksen uudesta kaavasta? Itse kannatan.",
    "Ilman katoksia bussipysäkillä 1452 (Kontulan metroasema) seistään sateessa. Tarvitaan katos.",
    "Hana vuotaa Mustikkamaan uimarannan suihkussa, vesi on valunut jo viikon.",
    "Kiinan, Intian ja Nepalin lähetystöt sijaitsevat kaikki Helsingissä, mutta Kannelmäessä ei ole yhtään "
    "kansainvälistä tapahtumaa.",
    "Ehdotukset 1123, 1124 ja 1129 ovat käytännössä samat (Kontulan kuntosali). Voisiko ne yhdistää?",
    "Tigrinja, amhara, somali, oromo – Itä-Helsingissä puhutaan kymmeniä afrikkalaisia kieliä, mutta "
    "kaupungin tiedotteet tulevat vain suomeksi, ruotsiksi ja englanniksi.",
    "Kerrokantasi: Kontulan ostoskeskuksen asemakaavan muutos (dnro HEL 2025-009911). Lausuntoaika "
    "päättyy 30.6.2026.",
    "Juhannuksena Vuosaaren uimaranta oli täynnä, ja roskikset pursusivat jo klo 16. Lisää roskiksia "
    "ja tyhjennyksiä viikonloppuisin!",
    "Turkkilainen kauppa, Thai Market ja Lidl ovat kaikki samassa korttelissa. Pyöräparkki on aivan liian "
    "pieni, mahtuu noin 12 pyörää.",
    "Postinumero 00940 kuuluu Kontulaan, 00920 on Myllypuro. Kartalla ehdotus on merkitty väärälle alueelle.",
    "Holi-festivaali Kaisaniemen puistossa oli mahtava! Värijauhetta oli kaikkialla ja kaikki viihtyivät.",
    "Mekong-ravintolan vieressä oleva pysäkki on vaarallinen: autot ajavat 50 km/h aivan jalkakäytävän "
    "vieressä.",
]

# More individually written Finnish positives (mixed with PII other than names).
HAND_FI_2: list[str] = [
    "Palaute nro 2026-55310\nNimi: [[P:Abdirahim Osman]]\nPuhelin: [[T:0451234987]]\n"
    "Viesti: Kontulan ostarin valvontakamera ei toimi. Pyöräni varastettiin 2.11. klo 14–15.",
    "Hei, minun vaimo [[P:Fadumo]] kaatui jäisellä jalkakäytävällä [[A:Ostostie 4]] edessä. Kukaan ei ole "
    "hiekoittanut. Hän murtui ranne. Hänen henkilötunnus [[H:150387-2343]] jos tarvitte vakuutusta varten.",
    "[[P:Ngoc Anh]] ja [[P:Thao]] ovat pyytäneet, että vietnaminkielinen mummojen kerho saisi tilan "
    "Kontulan kirkolta. Kirkko ei ole vastannut.",
    "Kuulin [[P:Bilalilta]], että Jakomäen uimahalli suljetaan remontin takia vuodeksi. Onko korvaavaa "
    "uimahallia tarjolla?",
    "Meidän taloyhtiössä [[P:Gebremedhinin]] perhe on ainoa jolla on lapsia, ja leikkipaikka purettiin. Miksi?",
    "[[P:Nasra]] ja [[P:Nasro]] ovat kaksoset (ei kirjoitusvirhe 😄). Molemmat haluavat skeittiparkin "
    "Jakomäkeen.",
    "Ota yhteyttä [[P:Guleediin]], hän tietää kenellä avain on. Numero [[T:040-8811203]].",
    "Ehdotan että [[P:Osman]]:ia kuultaisiin, koska hän on asunut tällä alueella pisimpään.",
    "Kiitos [[P:Shukri]]:lle ja [[P:Deeqa]]:lle käännöksistä!",
    "Rahat kerättiin [[P:Najiban]] tilille [[I:FI64 5723 0020 1156 89]] ja tilitetään yhdistykselle "
    "kuun lopussa.",
    "Talon pihalla on ollut romuauto [[R:GOM-17]] jo puoli vuotta. Omistaja [[P:Kuznetsov]] on muuttanut "
    "pois. Ilmoitus tehty myös pysäköinninvalvontaan.",
    "Vuosaaren venäjänkielisten äitien ryhmässä [[P:Natalja]], [[P:Jelena]] ja [[P:Anastasia]] "
    "keräsivät 140 nimeä ehdotuksen tueksi.",
    "Lapseni [[P:Daniel]] ja [[P:Amir]] pelaavat sählyä Kontulan koululla, mutta salivuoro vietiin "
    "aikuisille. [[P:Amirin]] joukkue on nyt ilman vuoroa.",
    "tiiättekö kuka on [[P:saida]]? hän teki meille ihanan ehdotuksen ja haluaisin kiittää. "
    "[[P:saidalle]] terveisiä jos luet tätä 💐",
    "Kerhonohjaaja [[P:Mahmoud Haddad]] sanoi, että nuoret ovat tulleet kerhoon jo klo 15, vaikka ovi "
    "aukeaa vasta 17. Siksi ehdotamme pidempiä aukioloja.",
    "[[P:Dawit]] ja [[P:Helen Berhane]] ovat esittäneet, että eritrealainen kahvila saisi pitää "
    "terassia Myllypuron ostarilla. [[P:Helenin]] mukaan lupa kesti 8 kuukautta.",
    "[[P:Soraya]] pyysi kertomaan: kirjaston kassi, jossa oli kolme kirjaa ja lasten penaali, jäi "
    "bussiin 58 (Itäkeskus–Pasila) keskiviikkona noin klo 13.",
    "Olen [[P:Niloufar]] ja asun [[A:Myllypurontie 22 A 5]], tässä talossa on hometta ja lapsi sairastaa "
    "koko ajan. Isännöitsijä [[P:Lindqvist]] ei vastaa.",
    "Lisätietoa: [[P:Ravi Kumar Iyer]], [[E:ravi.iyer@kolumbus.fi]], [[T:+358 50 221 7760]]",
    "Kiitos [[P:Iyerille]] hienosta esityksestä! Tamil Sangam Finlandin tanssijat olivat upeita.",
]

# ---------------------------------------------------------------------------------------------------------------
# Individually written English records
# ---------------------------------------------------------------------------------------------------------------

HAND_EN: list[str] = [
    "Hi, my name is [[P:Tran Thi Mai]] and I live in Kontula. My daughter [[P:Linh]] goes to the school near the "
    "shopping centre and the crossing there is really dangerous in the mornings.",
    "Proposal: community kitchen in Itäkeskus. [[P:Abdiqani]] and [[P:Hodan]] already cook for 40 people every "
    "Friday, but the kitchen they borrow is far too small.",
    "[[P:Li]] and [[P:Wu]] run the table tennis club. [[P:Wu's]] son hurt his arm on the broken bench last week, "
    "so please fix it.",
    "Ask [[P:Ali]], he knows who has the keys. Or call him: [[T:+358 40 912 5530]].",
    "[[P:María José López]] from the Spanish-speaking parents' group asked me to post this: we need a covered play "
    "area in Vuosaari because it rains half the year.",
    "Thanks to [[P:Olena]] and [[P:Taras]] for organising the Ukrainian storytime at Oodi! My kids loved it.",
    "I support this. Mr. [[P:Nguyen]], Myllypuro",
    "[[P:Ai]] said the Japanese club can use the room on Thursdays, but [[P:Bo]] thinks Wednesdays are better. "
    "Can the library decide?",
    "Dr. [[P:Subramaniam]] from the health station said exactly the same thing at the residents' evening.",
    "The coordinator, [[P:Sanna Virtanen]], promised an answer by 15 May. Still waiting. Ref. 2026-HEL-7731.",
    "[[P:Mohammed's]] bike was stolen from the rack at Myllypuro metro. The rack has no frame lock.",
    "[[P:Kim]] from the Korean church in Malmi says the parking lot is full every Sunday from 10 to 13.",
    "[[P:Ana da Silva]] and [[P:Joana Silva Pereira]] started a Portuguese playgroup. They need a room "
    "twice a week.",
    "Contact: [[P:Hodan Abdi Warsame]], chair, [[E:hodan.warsame@itahelsinkiwomen.fi]]",
    "We had a meeting with [[P:Li Wei]] and [[P:Zhang Min]]. [[P:Zhang's]] idea is a Chinese chess corner "
    "in Kannelmäki library.",
    "my neighbour [[P:abdi]] says the lift has been broken for 3 weeks. there are 8 floors. please help",
    "[[P:Priya]], [[P:Karthik]] and I are proposing a Tamil reading circle. Our contact is "
    "[[E:tamilreaders.hki@gmail.com]]",
    "I asked [[P:Yonas]] to translate the survey into Tigrinya and [[P:Semhar]] checked it. Thanks both!",
    "Councillor [[P:Fatima Ahmed]] visited Kontula on Tuesday and promised to look into the lighting.",
    "[[P:Bishal]] told me the momo stall at the Nepali festival sold out in an hour 😄 Next year bigger!",
    "Please contact Mr. [[P:Park]] about the taekwondo hall.",
    "Reply to [[P:Kowalski]]: no, the playground renovation is not part of this proposal.",
    "[[P:Agnieszka's]] daughter and [[P:Oksana's]] son both take bus 560 to school; it is always full.",
    "[[P:Reza]] and [[P:Shirin]] would like to organise a Nowruz picnic in Roihuvuori cherry park. "
    "Phone [[T:050 332 1184]].",
    "I'm [[P:Emre Kaya]], I live at [[A:Kivikonkaari 11 B 22]]. The streetlight outside has been off since "
    "October.",
    "[[P:Mai]] and her brother [[P:Tuan]] clean the park every Sunday. [[P:Mai's]] photos are attached.",
    "Hi [[P:Sara]], thank you for your feedback. We have forwarded it to the maintenance contractor. "
    "Best regards, [[P:Mikko Laine]], City of Helsinki Feedback",
    "> [[P:Yasmin Abdi]] wrote:\n> Who is responsible for the snow on the footpath?\n\nThe property owner, "
    "I think. [[P:Yasmin]], call the city helpline.",
    "We, [[P:Dilan]], [[P:Rojin]] and [[P:Azad]], propose a Kurdish dance course at Stoa. Cost approx. 6 000 €.",
    "[[P:Sergei]] from block C keeps parking his van [[R:ZYL-905]] on the fire lane.",
    "Thanks [[P:Olga]] and [[P:Dmitri]] for the samovar tea at the autumn party 🫖",
    "[[P:Kadri's]] kids and [[P:Jüri's]] kids go to the same daycare – both families asked for a "
    "safer crossing on Kontulantie.",
    "[[P:Somchai]] teaches Muay Thai to teenagers for free. He needs mats. [[P:Nattaya]] collects the "
    "donations: [[I:FI67 1020 3000 4567 12]].",
    "I'd like to thank [[P:Wojtek]], who fixed the broken gate on his own.",
    "[[P:Ji-woo]] and [[P:Seo-yeon]] asked: why is the Korean language class only for children?",
    "Let [[P:Hamdi]] know the room booking went through. Room 2, Saturday 10–14.",
    "[[P:Haruto's]] mum here. The swings at Kontula playground are missing their seats.",
    "Signed,\n[[P:Mohammed bin Salem]]\n[[P:Umm Yusuf]]\n[[P:Abu Yusuf]]\nMyllypuro residents",
    "Can someone tell [[P:Vu]] that the lantern workshop moved to room 105?",
    "Asking for [[P:Tesfay]]: does the sports hall have a women-only hour? His wife would like to attend.",
]

NEG_EN: list[str] = [
    "The Eid celebration at Vuosaari beach was amazing! Biryani, sambusa and baklava for everyone. Please "
    "make this an annual event.",
    "Somali, Arabic, Dari and Tigrinya speakers are underrepresented in this hearing. Please translate the "
    "survey.",
    "Pho Viet on Itäkatu closes at 21:00, so the street is pitch dark after that. More lighting please.",
    "Diwali lights in Kannelmäki would be lovely. The Hindu Society of Finland and the Nepalese Community "
    "could help.",
    "AI translation of this survey into Somali was terrible. Please use human translators.",
    "Ho Chi Minh City has great street food markets – Helsinki could learn a lot from them.",
    "The Nelson Mandela mural in Vuosaari has been tagged again. Please clean it.",
    "Persian, Kurdish and Turkish are all spoken in our building. Notices only come in Finnish.",
    "Tet, Lunar New Year, Nowruz, Easter, Eid – the Kontula library could celebrate them all.",
    "The Ethiopian restaurant Addis Cafe and the Kabul Bazaar share one tiny bin. It overflows every weekend.",
    "Bus 95 at 07:42 from Itäkeskus is always full. Add another departure please.",
    "Proposal 3310 and proposal 3312 are basically the same. Merge them?",
    "Ramadan iftar at Malmitalo: 7 PM every Friday in March. Everyone welcome, free.",
    "The Mogadishu Market sign blocks the view at the pedestrian crossing on Kauppakartanonkatu.",
    "Bibimbap, Kimchi and Ramen nights at Stoa were a huge hit. Please fund round two!",
    "Lviv, Kharkiv and Odesa all have twin-city contacts in Finland – why not Helsinki youth exchanges?",
    "Postal code 00930, Itäkeskus. The bike lane ends abruptly here with no sign.",
]

# ---------------------------------------------------------------------------------------------------------------
# Finnish inflection of foreign names (for the templated part)
# ---------------------------------------------------------------------------------------------------------------

_VOWELS = "aeiouyåäöáéíóúàèìòùâêîôûãõüı"
_BACK = "aouáóúàòùâôûãõ"
_DIPHTHONGS = {
    "ai",
    "ei",
    "oi",
    "ui",
    "yi",
    "äi",
    "öi",
    "au",
    "eu",
    "iu",
    "ou",
    "ey",
    "äy",
    "öy",
    "ie",
    "uo",
    "yö",
    "aa",
    "ee",
    "ii",
    "oo",
    "uu",
    "yy",
    "ää",
    "öö",
}
CASES = ("nom", "gen", "part", "ill", "ine", "ela", "ade", "abl", "all", "ess", "tra")
_COLON_CASES = {"gen": "n", "all": "lle", "ade": "lla", "abl": "lta"}


def _vowel_groups(word: str) -> int:
    return len(re.findall(f"[{_VOWELS}]+", word.lower()))


def _harmonise(ending: str, back: bool) -> str:
    return ending if back else ending.replace("a", "ä").replace("o", "ö").replace("u", "y")


def inflect(name: str, case: str) -> str:
    """Inflect the last word of a (foreign) name the way Finnish writers usually do."""
    if case == "nom":
        return name
    last = name.split(" ")[-1].split("-")[-1].lower()
    back = any(ch in _BACK for ch in last)
    base = {
        "gen": "n",
        "part": "a",
        "ine": "ssa",
        "ela": "sta",
        "ade": "lla",
        "abl": "lta",
        "all": "lle",
        "ess": "na",
        "tra": "ksi",
    }
    if last[-1] not in _VOWELS:
        ending = "iin" if case == "ill" else "i" + base[case]
    elif _vowel_groups(last) == 1 or last[-2:] in _DIPHTHONGS:
        if case == "ill":
            ending = "h" + last[-1] + "n"
        elif case == "part":
            ending = "ta"
        else:
            ending = base[case]
    else:
        ending = last[-1] + "n" if case == "ill" else base[case]
    if last[-1] in "éíóúáà" and case == "ill":
        ending = {"é": "e", "í": "i", "ó": "o", "ú": "u", "á": "a", "à": "a"}[last[-1]] + "n"
    return name + _harmonise(ending, back)


def colon_form(name: str, case: str) -> str:
    last = name.split(" ")[-1].lower()
    back = any(ch in _BACK for ch in last)
    return ":" + _harmonise(_COLON_CASES[case], back)


# (given name, full name, surname or "" when the surname is not used alone)
PEOPLE: list[tuple[str, str, str]] = [
    ("Abdiqani", "Abdiqani Farah Warsame", "Warsame"),
    ("Hodan", "Hodan Abdi Warsame", "Warsame"),
    ("Mai", "Tran Thi Mai", "Tran"),
    ("Tuan", "Nguyen Van Tuan", "Nguyen"),
    ("Wei", "Li Wei", "Li"),
    ("Hui", "Wu Hui", "Wu"),
    ("Ali", "Ali Hassan", "Hassan"),
    ("Ai", "Ai Nakamura", "Nakamura"),
    ("Bo", "Zhang Bo", "Zhang"),
    ("Fatima", "Fatima Al-Sayed", "Al-Sayed"),
    ("Mohammed", "Mohammed bin Salem", ""),
    ("Ahmed", "Ahmed Nur Mohamud", "Mohamud"),
    ("Semhar", "Semhar Tekle", "Tekle"),
    ("Filmon", "Filmon Ghebremariam", "Ghebremariam"),
    ("María", "María López García", "López García"),
    ("Ana", "Ana Beatriz da Silva", "da Silva"),
    ("Olga", "Olga Nikolajevna Petrova", "Petrova"),
    ("Dmitri", "Dmitri Aleksandrovitš Orlov", "Orlov"),
    ("Min-jun", "Kim Min-jun", "Kim"),
    ("Ji-yeon", "Park Ji-yeon", "Park"),
    ("Yuki", "Yuki Sato", "Sato"),
    ("Haruto", "Haruto Yamamoto", "Yamamoto"),
    ("Somchai", "Somchai Wongsakul", "Wongsakul"),
    ("Nattaya", "Nattaya Srisuk", "Srisuk"),
    ("Bishal", "Bishal Gurung", "Gurung"),
    ("Sita", "Sita Thapa Magar", "Thapa Magar"),
    ("Lakshmi", "Lakshmi Subramaniam", "Subramaniam"),
    ("Karthik", "Karthik Selvaraj", "Selvaraj"),
    ("Rojin", "Rojin Amedi", "Amedi"),
    ("Azad", "Azad Hawrami", "Hawrami"),
    ("Shirin", "Shirin Moradi", "Moradi"),
    ("Mehdi", "Mehdi Rahimi", "Rahimi"),
    ("Ayşe", "Ayşe Yılmaz", "Yılmaz"),
    ("Emre", "Emre Çelik", "Çelik"),
    ("Agnieszka", "Agnieszka Wiśniewska", "Wiśniewska"),
    ("Paweł", "Paweł Nowak", "Nowak"),
    ("Iryna", "Iryna Kovalenko", "Kovalenko"),
    ("Mykola", "Mykola Hrytsenko", "Hrytsenko"),
    ("Kadri", "Kadri Saar", "Saar"),
    ("Jüri", "Jüri Tamm", "Tamm"),
    ("Pia", "Pia Rahman", "Rahman"),
    ("Sara", "Sara Mekonnen", "Mekonnen"),
    ("Ilma", "Ilma Hasanović", "Hasanović"),
    ("Sana", "Sana Haddad", "Haddad"),
    ("Hana", "Hana Yousef", "Yousef"),
    ("Sima", "Sima Rezaei", "Rezaei"),
    ("Maja", "Maja Kowalska", "Kowalska"),
    ("Hamdi", "Hamdi Jama", "Jama"),
    ("Ifrah", "Ifrah Mohamed Aden", "Aden"),
    ("Zahra", "Zahra Hosseini", "Hosseini"),
    ("Priya", "Priya Natarajan", "Natarajan"),
    ("Hyun-woo", "Choi Hyun-woo", "Choi"),
    ("Luis", "Luis Fernando Rojas", "Rojas"),
    ("Mustafa", "Mustafa Al-Jaburi", "Al-Jaburi"),
]

# Finnish frames: (text, form restriction). {case} or {case:2} marks a name slot; "g" = given name only.
FRAMES_FI: list[tuple[str, str]] = [
    ("{nom} hoitaa avaimet, kysykää häneltä.", "any"),
    ("{nom} lupasi tuoda grillin lauantaiksi, mutta {nom:2} tuo hiilet.", "any"),
    ("{gen} mielestä ehdotus on liian kallis, mutta minusta se kannattaa toteuttaa.", "any"),
    ("Äänestin {gen} ehdotusta, koska Kontulaan tarvitaan kohtaamispaikka nuorille.", "any"),
    ("Haastattelin {part} ja hänen mukaansa metroaseman hissi on ollut rikki syyskuusta asti.", "any"),
    ("Kiittäkää {part}, hän keräsi kaikki allekirjoitukset yksin!", "g"),
    ("Luotan {ill} täysin, hän on hoitanut yhdistyksen rahat kymmenen vuotta.", "any"),
    ("Otin yhteyttä {ill} heti kun vesi alkoi tulla katosta.", "any"),
    ("{ine} on paljon energiaa, hän vetää kolmea kerhoa yhtä aikaa.", "g"),
    ("{ela} tuli uusi kerhonvetäjä, onnea!", "g"),
    ("Olen kuullut {ela} pelkkää hyvää, hän auttaa kaikkia rapussa.", "any"),
    ("{ade} on avaimet saunaan ja pesutupaan.", "any"),
    ("{ade} ei ole autoa, joten hän tarvitsee kyydin Malmin kirjastoon.", "g"),
    ("Sain {abl} viestin, että tapahtuma siirtyy klo 18:aan.", "any"),
    ("Kysykää {abl}, hän tietää miten ilmoittautuminen toimii.", "any"),
    ("Annoin avaimet {all}, hän palauttaa ne maanantaina.", "g"),
    ("Iso kiitos {all} ja kaikille talkoisiin osallistuneille! 🙏", "any"),
    ("Lähettäkää kuvat {all}, hän kokoaa ne ehdotukseen.", "any"),
    ("Koulussa tunsimme hänet {ess}, mutta nykyään kaikki käyttävät lempinimeä.", "g"),
    ("Yhteyshenkilö vaihdettiin viime kuussa {tra}, koska edellinen muutti Espooseen.", "any"),
    ("Kenellä on {gen} numero? Hän ei vastaa viesteihin.", "any"),
    ("{nom} ja {nom:2} ovat asuneet Kontulassa yli 15 vuotta ja tuntevat kaikki.", "any"),
    ("Tämä on {gen} ja {gen:2} yhteinen ehdotus.", "g"),
    ("{nom} sanoi että {nom:2} korjaa keinun viikonloppuna.", "g"),
    ("Vastaus {all}: kaupunki ei voi rahoittaa taloyhtiön omaa pihaa.", "any"),
    ("Tutustuin {ill} suomen kurssilla 2019, ja nyt teemme yhdessä tätä ehdotusta.", "g"),
    ("En ole nähnyt {part} kokouksissa kertaakaan, vaikka hän on listalla yhteyshenkilönä.", "any"),
    ('Kopioin tähän {gen} kommentin Facebookista: "kiitos kaupungille, valot toimii taas"', "any"),
    ("{abl} puuttuu vielä lupapaperi, muuten kaikki on valmista.", "g"),
    ("{ade} oli hyvä idea: kesäksi ulkoleffa Kontulan kentälle.", "any"),
    ("Kaikki pitävät {ela}, mutta hänellä ei ole enää aikaa vetää kerhoa.", "g"),
    ("Ehdotuksen tekijä: {nom}", "full"),
    ("Penkit on maalattu, kiitos kaupungille.\n\nt. {nom}", "any"),
    ("Hei! {nom} täällä. Pihan lamppu on taas rikki.", "g"),
    ("Soitin {all} ja hän vahvisti, että kokous on Vuotalolla ti 18.00.", "any"),
    ("{gen} lapset ja minun lapset leikkivät samassa puistossa, ja keinu on ollut rikki kuukauden.", "any"),
    ("Onko {ade} vielä se kärry? Tarvitaan talkoisiin.", "g"),
]

FRAMES_EN: list[tuple[str, str]] = [
    ("{nom} will bring the folding tables on Saturday.", "any"),
    ("Thanks to {nom} for collecting all the signatures!", "any"),
    ("{pos} proposal is the best one in this district, in my opinion.", "any"),
    ("I talked to {nom} yesterday and she agrees with the plan.", "g"),
    ("Ask {nom} about the keys, or message {nom:2}.", "g"),
    ("{nom} and {nom:2} have lived in Kontula for over 15 years.", "any"),
    ("Please forward this to {nom}.", "any"),
    ("This idea came from {pos} daughter, who is 12.", "any"),
    ("Reply to {nom}: the city cannot fund private yards.", "any"),
    ("Best wishes,\n{nom}", "full"),
    ("{nom} says the bench has been broken since March.", "g"),
    ("We miss {nom} at the residents' meetings!", "g"),
    ("Has anyone seen {pos} bike? Black, left outside block B.", "g"),
]

FOODS = [
    "Pho",
    "Biryani",
    "Injera",
    "Sambusa",
    "Falafel",
    "Shawarma",
    "Baklava",
    "Dolma",
    "Pelmenit",
    "Kimchi",
    "Bibimbap",
    "Ramen",
    "Momo",
    "Dal bhat",
    "Pad Thai",
    "Plov",
    "Khachapuri",
    "Jollof",
    "Banh mi",
    "Bulgogi",
]
FESTS = [
    "Eid",
    "Eid al-Adha",
    "Nowruz",
    "Diwali",
    "Tet",
    "Songkran",
    "Holi",
    "Chuseok",
    "Meskel",
    "Dashain",
    "Timket",
    "Newroz",
    "Pongal",
    "Vesak",
]
PLACES = [
    "Mogadishu",
    "Hargeisa",
    "Kabul",
    "Herat",
    "Hanoi",
    "Saigon",
    "Kathmandu",
    "Asmara",
    "Erbil",
    "Tabriz",
    "Izmir",
    "Gdańsk",
    "Lviv",
    "Tartto",
    "Chennai",
    "Jaffna",
    "Chiang Mai",
    "Busan",
    "Osaka",
    "Bangkok",
    "Bogotá",
    "São Paulo",
]
SHOPS = [
    "Ravintola Saigon",
    "Kathmandu Kitchen",
    "Mogadishu Market",
    "Aasia-market",
    "Anatolia Grill",
    "Tokyo Ramen",
    "Café Addis",
    "Pho Lan",
    "Seoul Food",
    "Bangkok Kitchen",
    "Kabul Market",
    "Erbil Bakery",
    "Lviv Deli",
    "Namaste Nepal",
    "Mama Africa",
    "Li's Noodle Bar",
    "Ali Baba Grill",
]
ORGS = [
    "Itä-Helsingin Somalinuoret ry",
    "Vietnamilaisten kulttuuriyhdistys",
    "Nepal-seura",
    "Kurdi-Suomi Seura",
    "Tamil Sangam Finland",
    "Ukrainalaisten yhdistys Suomessa",
    "Helsingin Islamilainen Yhdyskunta",
    "Eritrealaisten perheyhdistys",
    "Monikulttuurinen naisyhdistys Kanava",
    "Suomen Thai-yhdistys",
]
LANGS_FI = [
    "Somali",
    "Arabia",
    "Dari",
    "Tigrinja",
    "Persia",
    "Kurdi",
    "Vietnam",
    "Nepali",
    "Tamili",
    "Turkki",
    "Puola",
    "Ukraina",
    "Viro",
    "Thai",
    "Korea",
    "Japani",
]
LANG_ADJ_FI = {
    "Somali": "Somalinkielinen",
    "Arabia": "Arabiankielinen",
    "Dari": "Darinkielinen",
    "Tigrinja": "Tigrinjankielinen",
    "Persia": "Persiankielinen",
    "Kurdi": "Kurdinkielinen",
    "Vietnam": "Vietnaminkielinen",
    "Nepali": "Nepalinkielinen",
    "Tamili": "Tamilinkielinen",
    "Turkki": "Turkinkielinen",
    "Puola": "Puolankielinen",
    "Ukraina": "Ukrainankielinen",
    "Viro": "Vironkielinen",
    "Thai": "Thainkielinen",
    "Korea": "Koreankielinen",
    "Japani": "Japaninkielinen",
}
LANGS_EN = [
    "Somali",
    "Arabic",
    "Dari",
    "Tigrinya",
    "Farsi",
    "Kurdish",
    "Vietnamese",
    "Nepali",
    "Tamil",
    "Turkish",
    "Polish",
    "Ukrainian",
    "Estonian",
    "Thai",
    "Korean",
    "Japanese",
]
VENUES = [
    "Kontulan nuorisotalolla",
    "Stoassa",
    "Malmitalolla",
    "Vuotalolla",
    "Kanneltalolla",
    "Itäkeskuksen kirjastossa",
    "Myllypuron mediakirjastossa",
    "Caisassa",
    "Oodissa",
]

NEG_FRAMES_FI = [
    "{fest_comp}juhla {venue} {date} klo {time}. Ruokana {food_lc} ja teetä, hinta {price} €.",
    "{shop} on auki {hours}, mutta edessä ei ole yhtään roskista. Ehdotus #{num}.",
    "{org} ehdottaa {fest_comp}tapahtumaa Kontulan kentälle. Budjetti {budget} €, osallistujia noin {n}.",
    "{place}: siellä jokaisessa puistossa on ulkokuntosali ja juomapiste. Miksei Helsingissä?",
    "Bussi {bus} kulkee klo {time} jälkeen vain kerran tunnissa. {fest_comp}aikaan ihmiset liikkuvat iltaisin.",
    "Palautteen tunnus {ref}. Asia: {shop} -liikkeen edessä oleva katuvalo ei toimi.",
    "Kielikahvila: {lang} ja suomi, {hours} {venue}.",
    "{food} ja {food2} loppuivat jo tunnissa! {org} kiittää kaikkia {n} kävijää.",
    "Kannatan. {shop} ja {shop2} tarvitsevat lastauspaikan, nyt rekat seisovat pyörätiellä.",
    "{lang_adj} kerho {venue} alkaa {date} klo {time}. Ilmoittautuminen viimeistään {date2}.",
]
NEG_FRAMES_EN = [
    "{fest} party {venue_en} on {date_en}, {time_en}. Free {food_lc}, everyone welcome!",
    "{shop} is open {hours_en} but there is no bin outside. Proposal #{num}.",
    "{lang_en} speakers need this survey translated. {org_en} can help.",
    "{place} has outdoor gyms in every park. Why not Helsinki?",
    "Bus {bus} after {time_en} only runs once an hour. During {fest} people travel late.",
    "{food} and {food2} sold out in an hour! Thanks to all {n} visitors.",
]
VENUES_EN = ["at Stoa", "at Malmitalo", "at Kontula youth centre", "at Vuotalo", "at Caisa", "at Oodi"]
ORGS_EN = [
    "The Somali Youth Association",
    "The Nepalese Community",
    "Tamil Sangam Finland",
    "The Vietnamese Cultural Association",
    "The Kurdish-Finnish Society",
]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BUSES = ["97N", "560", "95", "92", "58", "78", "90A", "802", "M1", "M2", "550"]

# ---------------------------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------------------------

_SLOT = re.compile(r"\{(nom|gen|part|ill|ine|ela|ade|abl|all|ess|tra|pos)(?::(\d))?\}")
_LABEL = re.compile(r"(\[\[[A-Z]+:)")
_PLAIN = str.maketrans("äöåÄÖÅáéíóúÁÉÍÓÚüÜçÇşŞğıİłŁśŚńŃćĆźżŻ", "aoaAOAaeiouAEIOUuUcCsSgiILlsSnNcCzzZ")


def _transform(marked: str, fn) -> str:
    """Apply fn to everything except the [[LABEL: openers."""
    parts = _LABEL.split(marked)
    return "".join(p if _LABEL.fullmatch(p) else fn(p) for p in parts)


def _pick_name(rng: random.Random, person: tuple[str, str, str], restriction: str) -> str:
    given, full, family = person
    if restriction == "g":
        return given
    if restriction == "full":
        return full
    roll = rng.random()
    if roll < 0.45 or (roll < 0.65 and not family):
        return given
    if roll < 0.65:
        return family
    return full


def _phone(rng: random.Random) -> str:
    pre = rng.choice(["040", "041", "044", "045", "046", "050"])
    a, b = rng.randint(100, 999), rng.randint(1000, 9999)
    style = rng.randrange(4)
    if style == 0:
        return f"{pre} {a} {b}"
    if style == 1:
        return f"{pre}{a}{b}"
    if style == 2:
        return f"+358 {pre[1:]} {a} {b}"
    return f"{pre}-{a} {b}"


def _email(rng: random.Random, full: str) -> str:
    words = [w for w in full.translate(_PLAIN).lower().replace("-", "").split(" ") if w not in ("bin", "da")]
    user = rng.choice(
        [f"{words[0]}.{words[-1]}", f"{words[0]}{rng.randint(70, 99)}", f"{words[0][0]}{words[-1]}"]
    )
    return f"{user}@{rng.choice(['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'elisanet.fi'])}"


def _fill(rng: random.Random, frame: str, restriction: str, lang: str) -> tuple[str, tuple[str, str, str]]:
    chosen: dict[str, tuple[str, str, str]] = {}
    used: set[str] = set()
    first: list[tuple[str, str, str]] = []

    def repl(m: re.Match[str]) -> str:
        case, idx = m.group(1), m.group(2) or "1"
        if idx not in chosen:
            person = rng.choice([p for p in PEOPLE if p[0] not in used])
            used.add(person[0])
            chosen[idx] = person
            first.append(person)
        name = _pick_name(rng, chosen[idx], restriction)
        if lang == "en":
            if case == "pos":
                return f"[[P:{name}'s]]" if not name.endswith("s") else f"[[P:{name}']]"
            return f"[[P:{name}]]"
        short_or_cons = len(name) <= 3 or name[-1].lower() not in _VOWELS
        if case in _COLON_CASES and short_or_cons and rng.random() < 0.35:
            return f"[[P:{name}]]{colon_form(name, case)}"
        return f"[[P:{inflect(name, case)}]]"

    return _SLOT.sub(repl, frame), first[0]


def _templated_fi(rng: random.Random, count: int) -> list[tuple[str, str]]:
    out = []
    frames = rng.sample(FRAMES_FI, count) if count <= len(FRAMES_FI) else FRAMES_FI * 2
    for frame, restriction in frames[:count]:
        text, person = _fill(rng, frame, restriction, "fi")
        roll = rng.random()
        if roll < 0.15:
            text += f"\nPuh. [[T:{_phone(rng)}]]"
        elif roll < 0.25:
            text += f" Sähköposti: [[E:{_email(rng, person[1])}]]"
        roll = rng.random()
        if roll < 0.12:
            text = _transform(text, str.lower)
        elif roll < 0.25:
            text = _transform(text, lambda s: s.translate(_PLAIN))
        out.append(("fi", text))
    return out


def _templated_en(rng: random.Random, count: int) -> list[tuple[str, str]]:
    out = []
    frames = [FRAMES_EN[i % len(FRAMES_EN)] for i in range(count)]
    rng.shuffle(frames)
    for frame, restriction in frames:
        text, person = _fill(rng, frame, restriction, "en")
        if rng.random() < 0.2:
            text += f" ([[E:{_email(rng, person[1])}]])"
        if rng.random() < 0.1:
            text = _transform(text, str.lower)
        out.append(("en", text))
    return out


def _neg_values(rng: random.Random) -> dict[str, str]:
    food, food2 = rng.sample(FOODS, 2)
    shop, shop2 = rng.sample(SHOPS, 2)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    hour = rng.randint(9, 19)
    fest = rng.choice(FESTS)
    lang = rng.choice(LANGS_FI)
    return {
        "fest": fest,
        "fest_comp": fest + (" -" if " " in fest else "-"),
        "lang": lang,
        "lang_adj": LANG_ADJ_FI[lang],
        "food": food,
        "food2": food2,
        "food_lc": food.lower(),
        "place": rng.choice(PLACES),
        "shop": shop,
        "shop2": shop2,
        "org": rng.choice(ORGS),
        "org_en": rng.choice(ORGS_EN),
        "lang_en": rng.choice(LANGS_EN),
        "venue": rng.choice(VENUES),
        "venue_en": rng.choice(VENUES_EN),
        "date": f"{day}.{month}.",
        "date2": f"{max(1, day - 3)}.{month}.2026",
        "date_en": f"{day} {MONTHS_EN[month - 1]}",
        "time": f"{hour}.{rng.choice(['00', '15', '30'])}",
        "time_en": f"{hour}:{rng.choice(['00', '30'])}",
        "hours": f"ma–pe {rng.randint(8, 11)}–{rng.randint(18, 22)}",
        "hours_en": f"Mon–Sat {rng.randint(8, 11)}am–{rng.randint(6, 10)}pm",
        "price": str(rng.choice([3, 5, 7, 10, 12])),
        "num": str(rng.randint(1000, 4999)),
        "budget": f"{rng.randint(3, 60)} 000",
        "n": str(rng.randint(40, 400)),
        "bus": rng.choice(BUSES),
        "ref": f"HEL-{rng.randint(2024, 2026)}-{rng.randint(100000, 999999)}",
    }


def _templated_neg(rng: random.Random, frames: list[str], lang: str, count: int) -> list[tuple[str, str]]:
    order = [frames[i % len(frames)] for i in range(count)]
    rng.shuffle(order)
    return [(lang, frame.format(**_neg_values(rng))) for frame in order]


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    recs: list[tuple[str, str]] = []
    recs += [("fi", t) for t in HAND_FI]
    recs += [("fi", t) for t in NEG_FI]
    recs += [("fi", t) for t in HAND_FI_2]
    recs += [("en", t) for t in HAND_EN]
    recs += [("en", t) for t in NEG_EN]
    recs += _templated_fi(rng, 26)
    recs += _templated_en(rng, 14)
    recs += _templated_neg(rng, NEG_FRAMES_FI, "fi", 22)
    recs += _templated_neg(rng, NEG_FRAMES_EN, "en", 12)
    rng.shuffle(recs)
    return recs


_SPAN = re.compile(r"\[\[([A-Z]+):(.*?)\]\]", re.S)
LABELS = {"P", "E", "T", "H", "I", "R", "A", "IP"}


def check(recs: list[tuple[str, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for lang, text in recs:
        assert lang in ("fi", "sv", "en"), lang
        assert text.count("[[") == text.count("]]"), text
        for m in _SPAN.finditer(text):
            label, inner = m.group(1), m.group(2)
            assert label in LABELS, (label, text)
            assert "[[" not in inner and "]]" not in inner and inner.strip() == inner and inner, text
            counts[label] = counts.get(label, 0) + 1
        assert "[[" not in _SPAN.sub("", text) and "]]" not in _SPAN.sub("", text), text
    return counts


if __name__ == "__main__":
    all_recs = records()
    span_counts = check(all_recs)
    print(f"{len(all_recs)} records, {sum(span_counts.values())} spans: {dict(sorted(span_counts.items()))}")
    print("languages:", {lg: sum(1 for r in all_recs if r[0] == lg) for lg in ("fi", "sv", "en")})
    print("records without spans:", sum(1 for _, t in all_recs if "[[" not in t))
    for lang, text in all_recs[:6]:
        print(f"--- {lang}\n{text}")
