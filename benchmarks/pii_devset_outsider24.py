"""Blind evaluation block 24 for the personal-data scrubber.

Written by helper "outsider 24" on 2026-12-07.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py or any other
/work/main/benchmarks/pii_devset_outsider*.py file, nor anything in /work/scratch/ apart from the brief itself.
I ran no git commands, did not run the scrubber and did not run any evaluation. The texts come only from the
brief and from my own knowledge of how Helsinki residents write.

Focus: mostly Finnish (about 70 %), the rest Swedish and English; Kerrokantasi comments and Open311 feedback,
with some OmaStadi and Varaamo notes. The emphasis is on person names as people really mention them in running
Finnish prose, with no cue words: surnames alone inflected in every case (Korhoselle, Nieminenkin, Lahden as a
surname versus Lahden kaupunki), first names that are also places or ordinary words (Kallio, Koski, Lahti, Sade,
Satu, Aamu, Onni, Toivo, Valo, Usva), both as names (marked) and as words or places (not marked), foreign names
of Helsinki residents inflected in Finnish (Somali, Arabic, Kurdish, Russian, Estonian, Vietnamese, Thai,
Chinese, Nepali, Eritrean, Nigerian), short East Asian names (Li, Mei, Vu, Anh), nicknames (Pete, Jaska,
Tiina-T), names inside quoted replies and names written in lower case. About a dozen hand-written records carry
addresses, phones, e-mails, plates, bank accounts, identity codes or IP addresses beside the names, so every
label appears; the generators add more. Hard negatives: Finnish words that look like names, districts (Kallio,
Töölö, Malmi), streets named after people without numbers (Mannerheimintie, Runebergin puistikko), famous Finns
(Sanna Marin, Alvar Aalto, Jean Sibelius, Kimi Räikkönen), companies (Elisa, Helen, Alko), pets, bus lines,
dates, prices, opening hours and reference numbers.

Seed: 2424 (random.Random(SEED) is used only by the small generators; the output is deterministic).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (first name, surname, full
name, nickname; any case; Finnish case endings, English possessive 's and Swedish genitive -s inside the span;
role words and titles outside), E e-mail address, T phone number, H Finnish personal identity code, I IBAN or
bank account number, R vehicle licence plate, IP IP address, A street address with a house number (street +
number + staircase + flat; postal code and city outside; a street without a number is not marked).
"""

import random

SEED = 2424


# ---------------------------------------------------------------------------------------------------------------
# Hand-written records
# ---------------------------------------------------------------------------------------------------------------

_FI_NAMES = [
    ("fi", "Kerroin jo [[P:Korhoselle]] viime viikolla että pihan roskakatoksen ovi on irti saranoistaan, mutta "
           "mitään ei ole tapahtunut. Isännöitsijä sanoo että katos on kaupungin maalla."),
    ("fi", "[[P:Nieminenkin]] oli samaa mieltä asukasillassa, joten en ymmärrä miksi suunnitelma viedään eteenpäin "
           "ihan sellaisenaan??"),
    ("fi", "[[P:Lahden Markun]] kanssa sovittiin että avaimet haetaan torstaina klo 16 ja palautetaan "
           "maanantaiaamuna postiluukkuun."),
    ("fi", "Soitin asiasta jo [[P:Virtaselle]] ja [[P:Mäkiselle]], kumpikaan ei tiennyt kuka vastaa katuvalosta "
           "tässä kohtaa. Pompottelua."),
    ("fi", "Puhuin [[P:Kallion]] kanssa joka asuu meidän B-rapussa, hänkin on herännyt joka yö kolmelta kun "
           "jäteauto tyhjentää lasinkeräystä."),
    ("fi", "Iso kiitos [[P:Heikkiselle]] nopeasta reagoinnista! Penkki on nyt korjattu ja maalattu 👍"),
    ("fi", "En ole [[P:Lehtosen]] kanssa samaa mieltä. Pyöräkaista ei vie autoilijoilta mitään muuta kuin "
           "parkkipaikat joita kukaan ei käytä arkisin."),
    ("fi", "> [[P:Mikko]] kirjoitti:\n> koirapuisto pitäisi siirtää kauemmas asunnoista\n\nTäysin samaa mieltä, "
           "meidän ikkunan alla haukutaan aamukuudesta alkaen."),
    ("fi", "> [[P:Salonen]] kirjoitti: ei se liikenne siitä vähene että katu kavennetaan\n\nKyllä vähenee, tästä on "
           "tutkimuksia vaikka kuinka paljon. Lukekaa edes jotain ennen kuin kommentoitte."),
    ("fi", "Kiitos [[P:Jaskalle]] ja [[P:Petelle]] jotka haravoi koko puiston talkoissa lauantaina 🙏 ilman teitä "
           "ei olisi onnistunut"),
    ("fi", "[[P:Abdirahmanille]] kerrottiin puhelimessa että pyörävarasto on auki viikonloppuna, ja nyt hänen "
           "pyöränsä on ollut lukittuna sisälle perjantaista asti."),
    ("fi", "Kävin [[P:Nguyenin]] perheen kanssa katsomassa leikkipaikkaa, liukumäen portaista puuttuu kaksi "
           "askelmaa ja pienet kiipeää silti."),
    ("fi", "meidän talon [[P:hodan]] ja [[P:fatima]] järjestää naisten uintivuoroa mutta varausjärjestelmä ei anna "
           "laittaa kuin yhden nimen, voisko tätä korjata"),
    ("fi", "[[P:Dilanin]] ehdotus on hyvä: nuorille oma tila Kontulaan eikä taas yksi kahvila ostarille jota kukaan "
           "alle 30v ei käytä."),
    ("fi", "Vastauksena [[P:Olga Smirnovalle]]: venäjänkielistä satutuntia ei tarvitse lopettaa, sen voi pitää "
           "samassa tilassa kuin suomenkielisen."),
    ("fi", "[[P:Tõnis]] soitti taas tänään: hiekoitussepeli on levitetty Kulosaaren sillalle niin paksusti ettei "
           "pyörällä pysy pystyssä."),
    ("fi", "[[P:Li]] ja [[P:Mei]] varasivat saunavuoron lauantaiksi mutta ovikoodi ei toiminut, joutuivat "
           "odottamaan pihalla 40 minuuttia pakkasessa."),
    ("fi", "[[P:Vu]] sanoi että Itäkeskuksen uimahallin kahvio on kiinni koko kesän, pitääkö paikkansa? Ei lue "
           "missään."),
    ("fi", "[[P:Anhin]] kanssa mietittiin: miksi kirjaston lukusali menee kiinni jo kuudelta kun pääsykokeet on "
           "toukokuussa?"),
    ("fi", "Muistutin [[P:Bikashia]] kahteen kertaan että tila pitää siivota ennen klo 21, mutta se jäi silti "
           "tekemättä. Ei ollut meidän porukka joka jätti pizzalaatikot."),
    ("fi", "[[P:Yonas Tesfayen]] ehdotus (kentän valot talveksi) on paras tässä listassa, äänestin sitä ja kehotan "
           "muitakin!"),
    ("fi", "[[P:Chinedulle]] ja [[P:Oluwaseunille]] iso kiitos Vuosaaren tekonurmen talkoista ⚽⚽"),
    ("fi", "Kaveri [[P:Zhang]] asuu Herttoniemenrannassa ja sanoi että siellä on täsmälleen sama ongelma rottien "
           "kanssa."),
    ("fi", "[[P:Sade]] ja [[P:Onni]] (6 ja 8 v) kävelevät koulun ohi joka aamu ja suojatiellä autot ei pysähdy. "
           "Milloin sinne tulee korotettu suojatie?"),
    ("fi", "[[P:Satu]] hoitaa meidän porukan puolesta yhteydenpidon jatkossa, laitoin hänet kopioksi tähän "
           "viestiin."),
    ("fi", "Kiitos [[P:Aamulle]] joka jaksoi kerätä nimiä adressiin koko syksyn, 214 allekirjoitusta!!"),
    ("fi", "Naapurin [[P:Toivo]] on 91-vuotias eikä pääse enää bussiin, koska pysäkki siirrettiin mäen päälle. "
           "Kuka tästä päätti?"),
    ("fi", "[[P:Valo]] ja [[P:Usva]] ovat kaksoset ja molemmat hakivat iltapäiväkerhoon, mutta vain toinen sai "
           "paikan. Miten tämä on mahdollista?"),
    ("fi", "[[P:Koski]] lupasi jo syksyllä että liikennemerkki vaihdetaan. Nyt on maaliskuu."),
    ("fi", "Sain [[P:Kosken Hannalta]] viestin että kokous siirtyy, mutta tilavaraus on edelleen vanhalle "
           "päivälle. Voiko sen siirtää?"),
    ("fi", "[[P:Kake]] ja [[P:Repe]] vetää sählyä tiistaisin Myllypuron koululla, ja nyt kun sali meni remonttiin "
           "ei ole mitään paikkaa minne mennä."),
    ("fi", "terveisin [[P:mape]] ja koko Puotilan sählyporukka 🏑"),
    ("fi", "Ilmoitin tästä jo kaksi viikkoa sitten. Teiltä [[P:Laaksonen]] vastasi että asia on työn alla. Onko "
           "oikeasti?"),
    ("fi", "[[P:Riikka]] kirjoitti 12.3. klo 14.22:\n> Kaikki meistä ei aja autolla.\n\n[[P:Riikka]], ei kaikki "
           "myöskään pyöräile. Ajatelkaa vanhuksia ja liikuntarajoitteisia."),
    ("fi", "Mun mielestä [[P:Pasasen]] idea kaatuu siihen että puistossa on jo nyt liian vähän varjoa, ei sinne "
           "mahdu enää grillipaikkaa."),
    ("fi", "Vastaus [[P:Hämäläiselle]]: meluaidan voi tehdä lasista, ei se peitä merinäköalaa yhtään."),
    ("fi", "kysykää vaikka [[P:jarmolta]] joka istuu siinä penkillä joka päivä, se tietää tarkalleen koska valo "
           "sammui"),
    ("fi", "[[P:pekka virtanen]] tässä, sama juttu meillä Vallilassa. Sähköpotkulaudat kaatuneena jalkakäytävällä "
           "joka aamu."),
    ("fi", "[[P:Järviseltä]] en ole saanut vastausta kolmeen sähköpostiin. Kuka muu voi auttaa?"),
    ("fi", "Kannatan [[P:Lindholmin]] ajatusta, mutta kustannusarvio on ihan liian alakanttiin."),
    ("fi", "[[P:Heikkistä]] ei voi syyttää, hän teki mitä pystyi. Ongelma on urakoitsijassa."),
    ("fi", "Ilman [[P:Hakalaa]] koko kirpputoritapahtuma olisi jäänyt pitämättä, hän kantoi pöydätkin."),
    ("fi", "[[P:Ojasesta]] tuli meidän yhteyshenkilö kaupungin suuntaan, joten jatkossa kysymykset hänelle."),
    ("fi", "Otin yhteyttä [[P:Hirvoseen]] rakennusvalvonnassa mutta hän ohjasi takaisin tänne. Ympyrä on valmis."),
    ("fi", "[[P:Turuselta]] kysyin jo viime vuonna, silloin sanottiin että ensi keväänä. No nyt on ensi kevät."),
    ("fi", "Oliko ne avaimet viimeksi [[P:Peltosella]] vai [[P:Rantasella]]? Kumpikaan ei muista."),
    ("fi", "Hei [[P:Ahmed]], kiitos kommentista! Olet oikeassa, rampin kaltevuus on liian jyrkkä talvella."),
    ("fi", "[[P:Rojda]] ja [[P:Sherwan]] pitävät kurdinkielistä läksykerhoa kirjastolla, tila on varattu ti ja to "
           "klo 15–17."),
    ("fi", "[[P:Seniaitin]] lapset eivät pääse kouluun turvallisesti kun alikulku on aamulla pilkkopimeä. "
           "Valaistusta!"),
    ("fi", "[[P:Sita Gurung]] ja [[P:Thapan]] perhe muuttivat juuri alueelle eikä heille ole kerrottu jätteiden "
           "lajittelusta mitään. Ohjeita voisi olla muillakin kielillä."),
    ("fi", "Kyselin [[P:Adebayolta]] joka on valmentajana kentällä: maalit on ollut rikki jo kuukauden."),
    ("fi", "[[P:Nattaya]] ja [[P:Ploy]] myy thaikeittoa Malmin torilla lauantaisin, ja heidän mukaan torilla ei "
           "ole sähköä vaikka luvattiin."),
    ("fi", "[[P:Dmitrin]] mukaan rappukäytävän valo on ollut rikki lokakuusta asti. Kukaan ei ole tullut "
           "katsomaan."),
    ("fi", "[[P:Kadri Tamm]] ja [[P:Mart Kask]] ehdottivat tiedotetta myös viroksi, hyvä idea koska talossa on tosi "
           "monta virolaista perhettä."),
    ("fi", "[[P:Tranin]] kauppa Kannelmäessä on ainoa paikka jossa roskikset tyhjennetään ajallaan 😅"),
    ("fi", "Olen [[P:Phamin]] kanssa eri mieltä: kameravalvonta ei vähennä ilkivaltaa, valaistus vähentää."),
    ("fi", "[[P:Li Wei]] tässä. Varasin salin ke 18–20 mutta siellä oli toinen ryhmä. Kenen varaus oli voimassa?"),
    ("fi", "[[P:Abdullahi Warsame]] jätti palautteen puolestani koska en osaa käyttää tätä järjestelmää. Asia "
           "koskee bussipysäkin katosta."),
    ("fi", "kiitos [[P:tiina-t]] ja [[P:tuomppa]] ihanasta pihajuhlasta 🥳 ensi vuonna uudestaan!!"),
    ("fi", "Moi [[P:Jussi-P]]! Vastaan tähän: kyllä, ehdotus koskee koko Kivikon ulkoilupuistoa eikä pelkkää "
           "latu-uraa."),
    ("fi", "[[P:Make]] soitti äsken ja sanoi että Malminkartanonhuipun portaat on jäässä. Joku voisi käydä "
           "hiekoittamassa."),
    ("fi", "[[P:Onnin]] koulumatka kulkee Kehä I:n alikulun läpi, ja siellä on ollut lasinsiruja kuukausia."),
    ("fi", "Tyttäreni [[P:Satu]] liukastui Hakaniemen torilla ja ranne murtui. Jäätä ei ollut hiekoitettu "
           "ollenkaan."),
    ("fi", "Isoisä [[P:Toivo Lahtinen]] täyttää 100 ja haluaisimme varata Kallion kirjaston juhlasalin. Onko se "
           "mahdollista lauantaina?"),
    ("fi", "[[P:Aamu]] ja [[P:Valo]] harjoittelevat bändinsä kanssa nuorisotalolla, mutta rumpusetti on rikki ja "
           "vahvistin savuaa."),
    ("fi", "[[P:Lahti]] (siis [[P:Jani Lahti]] rakennusvirastosta) lupasi tarkistaa asian, ei ole kuulunut "
           "mitään."),
    ("fi", "> [[P:Usva]] kirjoitti:\n> kaikkia tontteja ei tarvitse rakentaa täyteen\n\nNiinpä. Tässä menetetään "
           "viimeinen metsäkaistale Meri-Rastilassa."),
    ("fi", "Vastaus [[P:Saaralle]] ja [[P:Villelle]]: lumet aurataan ensin vain pääreiteiltä, muille väylille 12 "
           "tunnin sisällä."),
    ("fi", "Terveisin\n[[P:Marjatta Niemelä]]\nPuistolan Omakotiyhdistys ry, sihteeri"),
    ("fi", "Kysyin [[P:Sepolta]] ja [[P:Raijalta]] naapurista, molemmat on nähneet saman: vesi tulee kellariin "
           "aina kun sataa kunnolla."),
    ("fi", "tämä on jo kolmas kerta. [[P:lindroosin]] kanssa käytiin paikan päällä ja kuvattiin, kuvat "
           "liitteenä."),
    ("fi", "[[P:Ville-Veikko]] ja [[P:Minna]] hakee avaimet, minä ([[P:Hanna]]) palautan ne."),
    ("fi", "Vastaan [[P:Eskon]] kommenttiin — ei ole totta että Kalasataman ratikka olisi tyhjä, aamulla mahtuu "
           "hädin tuskin."),
    ("fi", "[[P:Kirsi]] ja [[P:Pirkko]] Malmin Martoista kyselevät voisiko torstaiden vakiovuoroa jatkaa myös "
           "kesällä."),
    ("fi", "[[P:Heikki Kallio]] ehdotti palaverissa että Kallion puistoihin tehdään yhteinen kastelurengas. Hyvä "
           "idea!"),
    ("fi", "[[P:Koskinen]] ja [[P:Koski]] ovat eri henkilöitä 😄 soitin väärälle, anteeksi. Oikea yhteyshenkilö on "
           "[[P:Koskinen]]."),
    ("fi", "[[P:Sade Adeyemi]] varasi tilan mutta en löydä varausta omasta näkymästäni. Onko se varattu hänen "
           "nimellään vai yhdistyksen?"),
    ("fi", "[[P:Usvan]] ja [[P:Valon]] äiti tässä. Iltapäiväkerhopaikka on nyt järjestynyt, kiitos!"),
    ("fi", "> [[P:Anna-Liisa]] kirjoitti:\n>> [[P:Pentti]] kirjoitti:\n>> ei tarvita lisää kerrostaloja\n> ei "
           "tarvita, mutta asuntoja tarvitaan\n\nMolemmat olette oikeassa, kysymys on siitä mihin ne tehdään."),
    ("fi", "[[P:Olli]] ja [[P:Iida]] oli mukana kun koira hyökkäsi, poliisille on tehty ilmoitus. Omistaja ei "
           "pitänyt koiraa kytkettynä Kivinokassa."),
    ("fi", "[[P:Nieminen]] kirjoitti että puut kaadetaan vasta syksyllä, nyt niitä kaadetaan keskellä "
           "pesimäaikaa!"),
    ("fi", "Lähetin kuvat jo [[P:Hannu Rannalle]], mutta hän on lomalla elokuun loppuun."),
    ("fi", "[[P:Mäen]] perheen talon edessä on ollut rikkinäinen katuvalo jouluaatosta asti."),
    ("fi", "[[P:Kuusen]] mukaan aurauskone kävi vasta iltapäivällä, kun kaikki oli jo lähtenyt töihin."),
    ("fi", "ok eli [[P:sepe]] hoitaa grillin ja [[P:anskun]] kanssa tuodaan pöydät, kerhohuone on varattu klo 17 "
           "alkaen"),
    ("fi", "[[P:Hussein]] ja [[P:Zainab]] asuvat talossa jonka edessä sähköpotkulautoja on kasassa joka aamu. "
           "Heidän lastenvaunut ei mahdu ohi."),
]

_FI_CONTACT = [
    ("fi", "Varaaja: [[P:Hodan Abdi]]\npuh. [[T:044 512 7730]]\n[[E:hodan.abdi93@gmail.com]]\nAvaimet hakee veli "
           "[[P:Abdirahman]] pe klo 16."),
    ("fi", "Auto [[R:KLT-482]] on seissyt osoitteen [[A:Kustaankatu 5]] kohdalla kolme viikkoa renkaat tyhjinä. "
           "Omistaja on kuulemma [[P:Rantanen]] naapuritalosta."),
    ("fi", "Pyydän palauttamaan perutun varauksen maksun (48 €) tilille [[I:FI25 1234 5600 0078 91]], "
           "tilinomistaja [[P:Tuomas Lahtinen]]. Varausnumero 7734102."),
    ("fi", "Sain pysäköintivirhemaksun vaikka auto [[R:ZOT-19]] oli luvallisesti asukaspysäköintialueella. "
           "[[P:Jari Koivisto]], hetu [[H:150387-123H]], [[A:Fleminginkatu 14 C 22]], 00530 Helsinki. Pyydän "
           "oikaisua."),
    ("fi", "Kirjautuminen Kerrokantasiin ei onnistu, virheviestissä luki 'blocked [[IP:84.251.17.203]]'. Olen "
           "[[P:Kaisa Nurmi]] ja kommentoin yleensä Maunulan asioista."),
    ("fi", "Ilmoittaja: [[P:Sirpa Mattila]], [[A:Kaarelantie 7 C 19]], 00420 Helsinki, [[T:050 371 9024]]. "
           "Hulevesikaivo tukossa talon kohdalla."),
    ("fi", "[[P:Nguyen Thi Anh]] soittaa mielellään, numero [[T:+358 45 612 0387]]. Hän puhuu vietnamia ja vähän "
           "suomea."),
    ("fi", "Meidän talossa [[A:Hämeentiellä 45]] hissi on ollut rikki viikon, ja [[P:Korhosen]] rouva ei pääse "
           "kotiin viidenteen kerrokseen."),
    ("fi", "Lisätietoja: [[P:Mikko Salminen]], Tapulikaupungin asukasyhdistys, [[E:mikko.salminen@kolumbus.fi]]"),
    ("fi", "Poikani [[P:Onni]] ([[H:140815A126D]]) ei ole saanut koulukuljetusta vaikka päätös tuli jo "
           "kesäkuussa. Osoite [[A:Kirkonkyläntie 28 B 6]]."),
    ("fi", "Maksu [[P:Bikash Thapan]] tililtä [[I:FI48 5790 3020 1234 56]] ei näy varauksessa, vaikka se lähti jo "
           "3.6."),
    ("fi", "[[P:Seppo]] ajaa punaisella pakulla [[R:MXA-772]] joka päivä puiston läpi, vaikka siellä on ajo "
           "kielletty. Kuvat on otettu [[A:Turunlinnantie 12]] kohdalta."),
    ("fi", "Yhteystiedot muutettu: [[P:Aila Hyvönen]], [[A:Vanha Viertotie 21 A 3]], [[T:09 7523 118]] (lanka), "
           "[[E:aila.hyvonen@elisanet.fi]]. Hetu [[H:220372-315B]] jos tarvitaan."),
]

_FI_NEG = [
    ("fi", "Kallio on muuttunut ihan liian meluisaksi, viikonloppuisin Vaasankadulla ei voi nukkua ollenkaan."),
    ("fi", "Lahden kaupunki on ratkaissut tämän paljon paremmin, siellä aurataan pyörätiet ensin. Ottakaa mallia."),
    ("fi", "Malmin lentokenttä pitää säilyttää! Ei yhtään kerrostaloa kiitotielle."),
    ("fi", "Töölössä ei ole enää yhtään yleistä vessaa joka olisi auki yöllä. Hesperian puiston vessa on ollut "
           "kiinni keväästä asti."),
    ("fi", "Sade tulee sisään Myllypuron ostarin katoksen läpi, lattialla on lätäkkö joka kerta kun sataa."),
    ("fi", "Koski on keväällä upea, mutta Vanhankaupunginkosken rantapolku on pelkkää mutavelliä. Pitkospuita "
           "kiitos."),
    ("fi", "Toivo on, että tällä kertaa asukkaita oikeasti kuunnellaan eikä päätös ole jo valmiiksi tehty."),
    ("fi", "Onni onnettomuudessa ettei kukaan loukkaantunut kun puu kaatui Brahenkentän viereen eilen illalla."),
    ("fi", "Valo ei toimi Sörnäisten metroaseman itäisen sisäänkäynnin portaikossa, tosi pimeää illalla."),
    ("fi", "Usva nousi aamulla merestä eikä Lauttasaaren sillalla nähnyt kymmentä metriä. Miksi siellä ei ole "
           "kunnon valaistusta?"),
    ("fi", "Aamu-uinti Yrjönkadun uimahallissa alkaa vasta klo 7, voisiko avata jo 6.30? Moni käy ennen töitä."),
    ("fi", "Koko suunnitelma kuulostaa sadulta. Satu on kaunis, mutta rahat loppuu kesken ja ratikka jää "
           "puolitiehen."),
    ("fi", "Jo Sanna Marinin hallitus lupasi tähän rahaa vuonna 2020, eikä mitään ole tapahtunut."),
    ("fi", "Alvar Aallon suunnittelema Finlandia-talo ansaitsee paremman ympäristön kuin asfalttikentän."),
    ("fi", "Sibeliuksen puistossa pitäisi olla enemmän roska-astioita, turistibussit jättävät kaiken sinne."),
    ("fi", "Kimi Räikkösen wannabet kaahaa Mannerheimintiellä joka perjantaiyö, kameravalvontaa kiitos."),
    ("fi", "Runebergin puistikossa on rikkinäinen penkki, se vihreä lähellä patsasta."),
    ("fi", "Helen lähetti laskun vaikka muutin jo pois. Ai ei kuulu kaupungille, selvä, anteeksi."),
    ("fi", "Elisan maston vieressä Kontulan mäellä oleva koivu on kaatumassa, kuka vastaa?"),
    ("fi", "Alkon edessä Itiksessä on joka ilta sama porukka, se lisää turvattomuutta. Lisää valvontaa."),
    ("fi", "Bussi 55 ei kulje enää Koskelan sairaalalle asti, miksi? Vanhusten on vaikea kävellä pysäkiltä."),
    ("fi", "Linja 506 oli taas 20 min myöhässä tänään klo 8.10. Laitoin myös HSL:lle palautteen, tunnus "
           "2024-113874."),
    ("fi", "Aukioloajat ma–pe 8–20, la 9–16, su suljettu. Tilan hinta 12 €/h, alv 0 %."),
    ("fi", "Tapanilan kirjasto suljettiin, Pukinmäen nuorisotalo suljettiin, kaikki keskitetään Malmille. Ei hyvä "
           "koillisen kannalta."),
    ("fi", "Karttapalvelussa postinumero 00530 on väärin Kalliossa, pitäisi olla 00510."),
    ("fi", "Urho Kekkosen kadulla Kampin kohdalla on jatkuvasti rikottuja kaupunkipyöriä."),
    ("fi", "Kiitos kaupungille! Hakaniemen torin remontti näyttää nyt tosi hyvältä ☺️"),
    ("fi", "Jean Sibeliuksen syntymäpäivänä 8.12. monumentti voisi olla valaistu sinivalkoisena."),
    ("fi", "Koiramme Rekku ja Musti säikähtivät ilotulitteita Kaivopuistossa. Voisiko uutenavuotena rajoittaa "
           "paukuttelua?"),
    ("fi", "Paavo Nurmen patsas Olympiastadionin edessä on töhritty taas."),
    ("fi", "Toimipisteeseen Aleksanterinkadulla ei pääse pyörätuolilla, ramppi on aivan liian jyrkkä ja liukas."),
    ("fi", "Onko Eerikinkadun ja Albertinkadun risteykseen tulossa liikennevalot? Suunnitelmassa puhuttiin "
           "päivämäärästä 14.2.2025."),
    ("fi", "Tove Janssonin puisto Katajanokalla on päässyt todella huonoon kuntoon."),
    ("fi", "Aleksis Kiven katu on tukossa joka aamu jakeluautoista, pyöräilijät joutuu ajamaan ratikkakiskoilla."),
    ("fi", "Lahdenväylällä ruuhka alkaa jo kuudelta, ja melu kuuluu Viikkiin asti. Meluvallia pitää jatkaa."),
    ("fi", "Ehdotus: Kalliolle lisää penkkejä ja varjoa Karhupuistoon. Kustannusarvio 30 000 €."),
    ("fi", "Toivon, että valaistusta jatketaan myös Keskuspuiston latu-uralle Paloheinän suuntaan."),
    ("fi", "Satutunti Oodissa peruttiin ilman ilmoitusta, lapset itki. Onko seuraava kerta ke 15.5. klo 10?"),
    ("fi", "Kallion kirjaston lukusali on täynnä jo yhdeksältä, lisää paikkoja kiitos."),
    ("fi", "Koskelan kartanon puisto on hieno, mutta sinne ei ole kunnon polkua Käpylän puolelta."),
    ("fi", "Aamun ruuhka-aikaan ratikka 9 on niin täynnä ettei lastenvaunuja mahdu kyytiin."),
    ("fi", "Onnibus jättää matkustajat Kampin edessä keskelle katua. Onko sille tulossa kunnon pysäkki?"),
    ("fi", "Stockmannin edessä Aleksilla on jälleen jäätä, ihmisiä kaatuilee koko ajan."),
    ("fi", "K-Citymarketin parkkipaikalta Tammistossa tulee valoa suoraan makuuhuoneeseen koko yön."),
    ("fi", "Lähetin 3.1. palautteen, viitenumero HEL 2025-004512, vastausta ei ole kuulunut."),
    ("fi", "Rannalla oli lasinsiruja Hietsussa ja pienet lapset kävelee paljain jaloin. Siivotkaa!"),
    ("fi", "Kuusi isoa kuusta kaadettiin Paloheinässä ilman mitään ilmoitusta. Oliko tähän lupa?"),
    ("fi", "Mäen päällä Kivikossa on hieno näköalapaikka, penkki sinne kiitos."),
    ("fi", "Virtanen-nimisiä on Helsingissä tuhansia, joten pelkällä sukunimellä ei palvelusta löydä mitään."),
    ("fi", "Hakaniemen hallin avajaiset la 14.9. klo 10. Tervetuloa kaikki!"),
    ("fi", "Tapiolan uimahalli (Espoo) on remontissa vuoden 2025 loppuun, Myyrmäen halli Vantaalla on auki "
           "normaalisti."),
    ("fi", "Kalliossa on Lars Sonckin suunnittelema kirkko ja sen portaat ovat rapistuneet pahasti."),
    ("fi", "Sampo ja muut Kalevala-aiheet sopisivat hyvin uuteen leikkipuistoon Kalevankadun päähän!"),
    ("fi", "Otto-automaatti Malmin asemalla on ollut rikki viikon."),
    ("fi", "Lumi ja jää peittää portaat Kumpulan kampuksen kohdalla, liukastuin melkein."),
    ("fi", "Tuuli oli niin kova että Vuosaaren uimarannan pukukopin katto lähti irti."),
    ("fi", "Kaino toive: voisiko Vallilan kirjaston edessä olla enemmän pyörätelineitä?"),
    ("fi", "Juice Leskisen Syksyn sävel soi joka ilta Tokoinrannan kesäteatterista, ihan kiva mutta kovaa."),
    ("fi", "Kannelmäen Prismalta Sitratorin suuntaan ei ole suojatietä, ja matka pysäkille on pitkä."),
    ("fi", "Mikko Alatalon konsertti Kulttuuritalolla meni hienosti, mutta pyöräparkki oli täynnä."),
]

_SV = [
    ("sv", "Jag pratade med [[P:Holmström]] i styrelsen och han tyckte också att lekparken behöver ett staket mot "
           "gatan."),
    ("sv", "[[P:Annas]] förslag om en hundrastgård är bra men placeringen vid Brunnsparken är fel, det är för nära "
           "sandlådan."),
    ("sv", "> [[P:Lindqvist]] skrev:\n> cykelbanan på Runebergsgatan är livsfarlig\n\nHåller med, särskilt vid "
           "korsningen med Arkadiagatan."),
    ("sv", "Tack till [[P:Micke]] och [[P:Jonte]] som städade stranden på Drumsö i lördags! 🙌"),
    ("sv", "[[P:Björn]] hämtar nycklarna på fredag och lämnar tillbaka dem i brevlådan på måndag."),
    ("sv", "En björn har setts i Östersundom enligt grannarna, stämmer det? Borde man varna skolorna?"),
    ("sv", "Sten och grus ligger kvar på cykelbanan vid Tölö torg fast det redan är maj."),
    ("sv", "Det här är Tove Janssons park, inte en parkeringsplats för turistbussar."),
    ("sv", "[[P:Fatimas]] son går i Botby grundskola och skolvägen saknar övergångsställe vid Östra centrum."),
    ("sv", "[[P:Lind]] svarade aldrig på mitt mejl från februari. Vem ansvarar nu?"),
    ("sv", "Lindarna på Esplanaden borde beskäras, grenarna hänger ner över gångbanan."),
    ("sv", "hälsningar [[P:kaj]] från Brändö"),
    ("sv", "Båten lägger till vid kajen men det finns ingen ramp för rullstol."),
    ("sv", "[[P:Rosa]] och [[P:Linnea]] bokade bastun till lördag men dörrkoden fungerade inte."),
    ("sv", "Rosa blommor i rabatterna vid Tölöviken var fina i år, tack till stadens trädgårdsmästare!"),
    ("sv", "Det är dags att Topeliusgatan får en riktig cykelbana."),
    ("sv", "[[P:Nguyens]] barn leker på gården och bilarna kör alldeles för fort genom området."),
    ("sv", "Ring [[P:Mats]] på [[T:050 448 2190]] om nyckeln inte finns i lådan."),
    ("sv", "Hej [[P:Kim]], tack för svaret! Jag skickar bilderna i morgon."),
    ("sv", "[[P:Korhonens]] hund skäller hela nätterna och ingen gör något. Har pratat med disponenten två gånger."),
    ("sv", "Spårvagn 4 går inte till Skatudden under helgen, det borde stå på hållplatsen."),
    ("sv", "Öppettider mån–fre 9–17. Ärendenummer HEL 2025-004512, ingen har svarat."),
    ("sv", "Elisa och Helen grävde upp samma gata två gånger samma sommar. Samordna!"),
    ("sv", "Edith Södergrans dikter borde finnas på skyltarna i Kajsaniemi."),
    ("sv", "[[P:Holmström]] bor på [[A:Stenbäcksgatan 9 B 12]] och har anmält samma läcka tre gånger. Hennes "
           "telefon: [[T:+358 40 771 2046]]."),
    ("sv", "Återbetalning till [[P:Ulla-Britt Sjöbergs]] konto [[I:FI92 8000 1402 7185 33]], tack."),
    ("sv", "> [[P:Sade]] skrev: vi behöver fler bänkar\n\nJa, och skugga! I Berghäll finns nästan inga träd på "
           "torget."),
    ("sv", "[[P:Pirjo]] och [[P:Sirkka]] från pensionärsföreningen vill boka salen varje tisdag hela hösten."),
    ("sv", "Strand, berg och skog – Nordsjö har allt, bygg inte bort det."),
    ("sv", "Tack [[P:Ebba]]! Vi ses på invånarmötet i Hertonäs."),
    ("sv", "Svar till [[P:Åström]]: nej, parkeringsavgiften gäller inte på söndagar."),
    ("sv", "Mina barn [[P:Alva]] och [[P:Elis]] åker till skolan med buss 90, den är alltid full."),
    ("sv", "Mannerheimvägen borde ha fler övergångsställen mellan Tölö torg och Operan."),
]

_EN = [
    ("en", "I told [[P:Korhonen]] about this already in March and nothing has happened since."),
    ("en", "[[P:Pete]] and I walk our dog Max along the shore every evening and the path lights have been out "
           "for weeks."),
    ("en", "Hope this helps! Will the city fix the crossing before school starts? Mark it better at least."),
    ("en", "[[P:Nguyen's]] kids have to cross Itäväylä with no lights, it's insane."),
    ("en", "> [[P:Aino]] wrote:\n> the new tram line will ruin the park\n\nNo it won't, it goes along the existing "
           "street."),
    ("en", "Alvar Aalto would be ashamed of what happened to the area around his house in Munkkiniemi."),
    ("en", "Thanks to [[P:Li]] for translating the notice into Chinese, half our building couldn't read the "
           "Finnish one."),
    ("en", "The bill for the room was 60 euros but the booking page said 45. Can someone check?"),
    ("en", "[[P:Bill]] from the allotment association has the keys, he'll be there on Saturday."),
    ("en", "Sandy paths in Keskuspuisto are fine, but the steep bit near Pirkkola is dangerous in winter."),
    ("en", "[[P:Sandy]] and I run the English playgroup at Vuosaari library on Wednesdays."),
    ("en", "Kimi Räikkönen wannabes race on Hämeentie every Friday night. Please add speed cameras."),
    ("en", "My daughter [[P:Sade]] (she's 7) fell on the ice outside Kontula metro. No grit at all."),
    ("en", "Contact person: Ms. [[P:Leena Mäkelä]], [[E:leena.makela@outlook.com]], [[T:+358 50 264 1187]]"),
    ("en", "Dr. [[P:Ahmed]] at the health station said the ramp caused my fall. Please fix it."),
    ("en", "Linus Torvalds studied here, you'd think the campus area would have decent bike parking."),
    ("en", "[[P:Robin]] fixed the door himself because nobody from the city came."),
    ("en", "There's a robin nesting in the hedge next to the playground, please don't cut it until July."),
    ("en", "Jean Sibelius' birthday is on 8 December, the monument should be lit up."),
    ("en", "[[P:chinedu]] and [[P:adaeze]] here - we'd like to book the hall for a Nigerian independence day party "
           "on 1 Oct."),
    ("en", "Booked by [[P:Jake Thompson]], phone [[T:044 903 5512]]. [[P:Mei]] will pick up the keys."),
    ("en", "Sorry [[P:Vu]], I meant the other playground, the one next to Kannelmäki station."),
    ("en", "Bus 550 is always late in the morning. Ticket ref 88431-B."),
    ("en", "Summer opening hours: Mon–Fri 10–18. Closed on Midsummer Eve."),
    ("en", "[[P:Koskinen's]] reply doesn't answer the question at all. Who decided to remove the bench?"),
    ("en", "Rain comes straight through the shelter at the Malmi station bus stop."),
    ("en", "Grace period for the parking permit was 14 days, I got a fine on day 10. Plate [[R:GKP-305]], "
           "[[P:Daniel Okafor]]."),
    ("en", "Joy and frustration in equal measure reading this plan. Great idea, terrible location."),
    ("en", "[[P:Joy]] from our building collected 40 signatures for the petition."),
    ("en", "[[P:Ahmed's]] shop on Kauppakartanonkatu gets broken into every month. More lighting please."),
    ("en", "Posted on behalf of my neighbour [[P:Abdirahman Yusuf]] who doesn't use the internet."),
    ("en", "The old Nokia headquarters area in Keilaniemi has no safe walking route to the metro."),
    ("en", "[[P:Tiina-T]] said in the FB group that the sauna booking is free on Sundays, is that right?"),
    ("en", "i think [[P:mikko]] is right about the lights, they are way too bright at night"),
    ("en", "Our login kept failing, the error page showed [[IP:91.152.204.38]]. Account is under [[P:Priya "
           "Raman]], [[E:priya.raman@hotmail.com]]."),
]


# ---------------------------------------------------------------------------------------------------------------
# Small generators
# ---------------------------------------------------------------------------------------------------------------

_BOOKERS = [
    # (full name as written, first name, e-mail local part)
    ("Aleksi Räsänen", "Aleksi", "aleksi.rasanen"),
    ("Marja-Leena Ikonen", "Marja-Leena", "marjaleena.ikonen"),
    ("Hodan Warsame", "Hodan", "hodan.warsame"),
    ("Tran Minh", "Minh", "minh.tran"),
    ("Sade Oyelaran", "Sade", "sade.oyelaran"),
    ("Onni Peltola", "Onni", "onni.peltola"),
    ("Usva Kinnunen", "Usva", "usvakinnunen"),
    ("Roza Hassan", "Roza", "roza.h"),
    ("Kristiina Lahti", "Kristiina", "kristiina.lahti"),
    ("Toni Kallio", "Toni", "tonikallio88"),
    ("Nadia Petrova", "Nadia", "nadia.petrova"),
    ("Kaur Saar", "Kaur", "kaur.saar"),
    ("Pradeep Shrestha", "Pradeep", "pradeep.shrestha"),
    ("Meron Haile", "Meron", "meron.haile"),
    ("Wang Fang", "Fang", "wangfang"),
    ("Valo Koskinen", "Valo", "valo.koskinen"),
    ("Aamu Saarinen", "Aamu", "aamu.s"),
    ("Emeka Nwosu", "Emeka", "emeka.nwosu"),
]
_OTHERS = ["Jaska", "Satu", "Toivo", "Anh", "Mei", "Tiina-T", "Pete", "Ayaan", "Leyla", "Sergei", "Kalle",
           "Noora", "Somchai", "Abdi", "Ilona", "Onni"]
_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "elisanet.fi", "kolumbus.fi", "yahoo.com", "icloud.com"]
_ROOMS = ["Kallion kirjaston ryhmätila", "Stoan musiikkiluokka", "Malmitalon kerhohuone", "Vuotalon sali",
          "Kanneltalon studio", "Maunula-talon keittiö", "Oodin Kuutio", "Itäkeskuksen nuorisotalon bänditila",
          "Annantalon työpaja", "Kontulan nuorisotalon sali"]
_PURPOSES = ["lasten synttärit", "taloyhtiön kokous", "somalinkielinen läksykerho", "kuoroharjoitus",
             "yhdistyksen vuosikokous", "neulekerho", "vietnamilaisen yhteisön kokoontuminen", "bändiharjoitus",
             "eläkeläisten kahvitilaisuus", "nepalilainen ruokailta"]


def _phone(rng):
    kind = rng.randrange(6)
    pre = rng.choice(["040", "041", "044", "045", "050"])
    a, b = rng.randrange(100, 1000), rng.randrange(1000, 10000)
    if kind == 0:
        return "%s %d %d" % (pre, a, b)
    if kind == 1:
        return "%s%d%d" % (pre, a, b)
    if kind == 2:
        return "+358 %s %d %d" % (pre[1:], a, b)
    if kind == 3:
        return "%s-%d %d" % (pre, a, b)
    if kind == 4:
        return "+358%s%d%d" % (pre[1:], a, b)
    return "%s %d%d" % (pre, a, b)


def _date(rng):
    return "%d.%d." % (rng.randrange(1, 29), rng.randrange(1, 13))


def _gen_varaamo(rng):
    out = []
    people = list(_BOOKERS)
    rng.shuffle(people)
    for i in range(16):
        full, first, local = people[i]
        other = rng.choice([o for o in _OTHERS if o != first])
        room = rng.choice(_ROOMS)
        purpose = rng.choice(_PURPOSES)
        phone = _phone(rng)
        email = local + rng.choice(["", str(rng.randrange(1, 99))]) + "@" + rng.choice(_DOMAINS)
        date = _date(rng)
        start = rng.randrange(9, 19)
        time = "%d–%d" % (start, start + rng.choice([2, 3, 4]))
        n = rng.randrange(5, 40)
        ref = "V-%d" % rng.randrange(100000, 999999)
        t = i % 6
        if t == 0:
            txt = ("Varaaja: [[P:%s]]\nPuh. [[T:%s]]\nLisätiedot: %d hlöä, %s. Avaimet hakee [[P:%s]]."
                   % (full, phone, n, purpose, other))
        elif t == 1:
            txt = ("%s %s klo %s. Yhteyshenkilö [[P:%s]] ([[E:%s]]). %s, noin %d henkeä."
                   % (room, date, time, full, email, purpose.capitalize(), n))
        elif t == 2:
            txt = ("avaimet hakee [[P:%s]], numero [[T:%s]]. varaus %s, %s" % (first.lower(), phone, ref, room.lower()))
        elif t == 3:
            txt = ("%s %s Vastuuhenkilö [[P:%s]], [[T:%s]], [[E:%s]]. Maksu laskulla, tilausnumero %s."
                   % (purpose.capitalize(), date, full, phone, email, ref))
        elif t == 4:
            txt = ("Tilan avaa [[P:%s]] ja sulkee [[P:%s]]. Jos tulee ongelmia, soittakaa numeroon [[T:%s]] "
                   "(%s) 🙂" % (first, other, phone, "[[P:%s]]" % first.lower()))
        else:
            txt = ("Hei, varasin tilan %s %s (%s). Tulee myös [[P:%s]], hänellä ei ole omaa tunnusta. Terveisin "
                   "[[P:%s]]" % (room, date, purpose, other, full))
        out.append(("fi", txt))
    return out


# surname: nominative, genitive, allative, ablative, adessive, partitive, illative, elative, -kin
_SURNAMES = [
    ("Korhonen", "Korhosen", "Korhoselle", "Korhoselta", "Korhosella", "Korhosta", "Korhoseen", "Korhosesta",
     "Korhonenkin"),
    ("Laine", "Laineen", "Laineelle", "Laineelta", "Laineella", "Lainetta", "Laineeseen", "Laineesta",
     "Lainekin"),
    ("Kallio", "Kallion", "Kalliolle", "Kalliolta", "Kalliolla", "Kalliota", "Kallioon", "Kalliosta",
     "Kalliokin"),
    ("Lahti", "Lahden", "Lahdelle", "Lahdelta", "Lahdella", "Lahtea", "Lahteen", "Lahdesta", "Lahtikin"),
    ("Koski", "Kosken", "Koskelle", "Koskelta", "Koskella", "Koskea", "Koskeen", "Koskesta", "Koskikin"),
    ("Abdirahman", "Abdirahmanin", "Abdirahmanille", "Abdirahmanilta", "Abdirahmanilla", "Abdirahmania",
     "Abdirahmaniin", "Abdirahmanista", "Abdirahmankin"),
    ("Nguyen", "Nguyenin", "Nguyenille", "Nguyenilta", "Nguyenilla", "Nguyenia", "Nguyeniin", "Nguyenista",
     "Nguyenkin"),
    ("Ivanov", "Ivanovin", "Ivanoville", "Ivanovilta", "Ivanovilla", "Ivanovia", "Ivanoviin", "Ivanovista",
     "Ivanovkin"),
    ("Tesfaye", "Tesfayen", "Tesfayelle", "Tesfayelta", "Tesfayella", "Tesfayeta", "Tesfayehen", "Tesfayesta",
     "Tesfayekin"),
    ("Gurung", "Gurungin", "Gurungille", "Gurungilta", "Gurungilla", "Gurungia", "Gurungiin", "Gurungista",
     "Gurungkin"),
    ("Mäkelä", "Mäkelän", "Mäkelälle", "Mäkelältä", "Mäkelällä", "Mäkelää", "Mäkelään", "Mäkelästä",
     "Mäkeläkin"),
    ("Rahimi", "Rahimin", "Rahimille", "Rahimilta", "Rahimilla", "Rahimia", "Rahimiin", "Rahimista",
     "Rahimikin"),
    ("Saar", "Saarin", "Saarille", "Saarilta", "Saarilla", "Saaria", "Saariin", "Saarista", "Saarkin"),
    ("Okafor", "Okaforin", "Okaforille", "Okaforilta", "Okaforilla", "Okaforia", "Okaforiin", "Okaforista",
     "Okaforkin"),
    ("Huttunen", "Huttusen", "Huttuselle", "Huttuselta", "Huttusella", "Huttusta", "Huttuseen", "Huttusesta",
     "Huttunenkin"),
    ("Wong", "Wongin", "Wongille", "Wongilta", "Wongilla", "Wongia", "Wongiin", "Wongista", "Wongkin"),
]
_ISSUES = ["pihan katuvalo vilkkuu koko yön", "roskakatoksen lukko on rikki", "pyörätelineet vietiin pois",
           "hiekoitus puuttuu mäestä kokonaan", "leikkipuiston keinu on ollut irti kuukauden",
           "hulevesikaivo tulvii joka sateella", "suojatien maalaukset ovat kuluneet pois",
           "rotat juoksevat jäteastioiden ympärillä", "lumikasa peittää näkyvyyden risteyksessä",
           "sähköpotkulaudat tukkivat kävelytien"]
_WHEN = ["viime viikolla", "jo helmikuussa", "eilen", "kaksi kertaa tässä kuussa", "heti kun huomasin",
         "pari päivää sitten"]


def _gen_surnames(rng):
    out = []
    names = list(_SURNAMES)
    rng.shuffle(names)
    for i, forms in enumerate(names):
        nom, gen, all_, abl, ade, part, ill, ela, kin = forms
        issue = rng.choice(_ISSUES)
        when = rng.choice(_WHEN)
        t = i % 8
        lower = rng.random() < 0.15
        f = (lambda s: s.lower()) if lower else (lambda s: s)
        if t == 0:
            txt = "[[P:%s]] mukaan %s. Hän asuu samassa rapussa ja on ilmoittanut tästä itsekin." % (f(gen), issue)
        elif t == 1:
            txt = ("Kerroin [[P:%s]] %s, että %s, mutta hänkään ei tiennyt kenelle tästä pitää ilmoittaa."
                   % (f(all_), when, issue))
        elif t == 2:
            txt = "Kysyin [[P:%s]] %s: %s. Hän neuvoi tekemään tämän ilmoituksen." % (f(abl), when, issue)
        elif t == 3:
            txt = ("Kerhohuoneen avaimet jäi [[P:%s]], ja hän on nyt lomalla. Miten saadaan toiset? Lisäksi %s."
                   % (f(ade), issue))
        elif t == 4:
            txt = ("Yritin tavoittaa [[P:%s]] %s mutta hän ei vastaa puhelimeen. Asia: %s."
                   % (f(part), when, issue))
        elif t == 5:
            txt = "Otin yhteyttä [[P:%s]] %s, ei vastausta. Edelleen %s." % (f(ill), when, issue)
        elif t == 6:
            txt = ("[[P:%s]] tuli meidän taloyhtiön yhteyshenkilö, hänelle voi laittaa viestiä jos %s."
                   % (f(ela[0].upper() + ela[1:]), issue))
        else:
            txt = "[[P:%s]] huomasi saman: %s. Meitä on nyt jo viisi ilmoittajaa." % (f(kin), issue)
        out.append(("fi", txt))
    return out


_PERSON_STREETS = ["Mannerheimintie", "Runeberginkatu", "Topeliuksenkatu", "Snellmaninkatu", "Lönnrotinkatu",
                   "Fredrikinkatu", "Albertinkatu", "Mechelininkatu", "Caloniuksenkatu", "Porthaninkatu",
                   "Agricolankatu", "Sibeliuksenkatu", "Castréninkatu", "Aleksis Kiven katu"]
_FAMOUS = [("Alvar Aallon", "talomuseon"), ("Tove Janssonin", "muistolaatan"), ("Urho Kekkosen", "museon"),
           ("Eliel Saarisen", "rautatieaseman"), ("Paavo Nurmen", "patsaan"), ("Armi Ratian", "näyttelyn"),
           ("Jean Sibeliuksen", "monumentin"), ("Aleksis Kiven", "patsaan")]
_LINES = ["55", "506", "550", "7", "9", "4", "M1", "I", "P", "561", "23N", "39"]
_PLACES = {"Kallio": "Kallion", "Töölö": "Töölön", "Malmi": "Malmin", "Kontula": "Kontulan",
           "Vuosaari": "Vuosaaren", "Pasila": "Pasilan", "Herttoniemi": "Herttoniemen",
           "Lauttasaari": "Lauttasaaren", "Kannelmäki": "Kannelmäen", "Munkkiniemi": "Munkkiniemen",
           "Tikkurila": "Tikkurilan", "Leppävaara": "Leppävaaran"}
_PLACE_KEYS = ["Kallio", "Töölö", "Malmi", "Kontula", "Vuosaari", "Pasila", "Herttoniemi", "Lauttasaari",
               "Kannelmäki", "Munkkiniemi", "Tikkurila", "Leppävaara"]


def _gen_negatives_fi(rng):
    out = []
    for i in range(12):
        t = i % 4
        if t == 0:
            line = rng.choice(_LINES)
            hh, mm = rng.randrange(6, 23), rng.choice([0, 5, 12, 20, 37, 45])
            txt = ("Linja %s ei pysähtynyt %s pysäkillä %s klo %d.%02d, kuljettaja ajoi suoraan ohi. "
                   "Palautetunnus HSL-%d." % (line, rng.choice(["tänään", "eilen", "taas"]),
                                              rng.choice(_PERSON_STREETS), hh, mm, rng.randrange(10000, 99999)))
        elif t == 1:
            st = rng.choice(_PERSON_STREETS)
            pl = _PLACES[rng.choice(_PLACE_KEYS)]
            txt = ("%s on kaivettu auki jo %d viikkoa, eikä kukaan tee mitään. Kiertotie %s kautta on merkitty "
                   "huonosti." % (st, rng.randrange(2, 9), pl))
        elif t == 2:
            fam, obj = rng.choice(_FAMOUS)
            txt = ("%s %s ympäristö on siivottava %s ennen kesää, turisteja käy %d päivässä."
                   % (fam, obj, rng.choice(["ehdottomasti", "pikaisesti", "kunnolla"]), rng.randrange(50, 900)))
        else:
            pl = _PLACES[rng.choice(_PLACE_KEYS)]
            open_h = rng.randrange(7, 11)
            txt = ("%s palvelupiste: ma–pe %d–%d, la %d–15. Hinta %d,%02d €. Tilausnumero %d, postinumero 00%d0."
                   % (pl, open_h, open_h + 9, open_h + 1, rng.randrange(5, 60), rng.choice([0, 50, 90]),
                      rng.randrange(100000, 999999), rng.randrange(10, 99)))
        out.append(("fi", txt))
    return out


_SV_NAMES = [("Karin Lindberg", "Karins"), ("Johan Ek", "Johans"), ("Fredrik Strand", "Fredriks"),
             ("Maja Berg", "Majas"), ("Nils Holm", "Nils"), ("Amina Yusuf", "Aminas")]
_EN_NAMES = ["Sarah Collins", "Tom Becker", "Ngozi Eze", "Carlos Mendes", "Aiko Tanaka", "Omar Haddad"]


def _gen_sv_en(rng):
    out = []
    sv = list(_SV_NAMES)
    rng.shuffle(sv)
    for i, (full, gen) in enumerate(sv):
        phone = _phone(rng)
        first = full.split()[0]
        if i % 3 == 0:
            txt = ("Bokning %s kl. %d–%d, %s. Kontaktperson [[P:%s]], [[T:%s]]."
                   % (_date(rng), 17, 20, rng.choice(["Stoa", "Vuotalo", "Malmitalo"]), full, phone))
        elif i % 3 == 1:
            txt = ("[[P:%s]] nycklar finns hos vaktmästaren. Om något strular, ring [[T:%s]]."
                   % (gen if first != "Nils" else "Nils", phone))
        else:
            txt = ("Hej! [[P:%s]] här. Bastun var smutsig när vi kom, bokningsnummer %d."
                   % (first, rng.randrange(100000, 999999)))
        out.append(("sv", txt))
    en = list(_EN_NAMES)
    rng.shuffle(en)
    for i, full in enumerate(en):
        first = full.split()[0]
        local = full.lower().replace(" ", ".")
        if i % 3 == 0:
            txt = ("Room booked for %s, %d–%d. Contact: [[P:%s]] <[[E:%s@%s]]>"
                   % (_date(rng), 16, 19, full, local, rng.choice(_DOMAINS)))
        elif i % 3 == 1:
            txt = ("[[P:%s]] will collect the keys and [[P:%s]] returns them Monday. Call [[T:%s]] if needed."
                   % (first, rng.choice(["Pete", "Mei", "Anh", "Jaska"]), _phone(rng)))
        else:
            txt = ("Reply to [[P:%s]]: the %s closes at %d on weekdays, not at 18."
                   % (first, rng.choice(["library", "swimming hall", "youth centre"]), rng.randrange(19, 22)))
        out.append(("en", txt))
    # a few generated negatives in Swedish and English
    neg = [
        ("sv", "Buss %s var %d minuter sen i morse vid %s." % (rng.choice(_LINES), rng.randrange(5, 30),
                                                               rng.choice(["Tölö torg", "Järnvägstorget",
                                                                           "Hagnäs"]))),
        ("sv", "Området vid %s är fullt av skräp efter helgen, ärende %d." % (rng.choice(["Runebergsesplanaden",
                                                                                        "Sibeliusparken",
                                                                                        "Brunnsparken"]),
                                                                            rng.randrange(10000, 99999))),
        ("en", "Tram %s skipped the %s stop again, %d:%02d this morning." % (rng.choice(["4", "7", "9", "10"]),
                                                                            rng.choice(["Sibelius Monument",
                                                                                        "Kalevankatu",
                                                                                        "Hakaniemi"]),
                                                                            rng.randrange(7, 10),
                                                                            rng.randrange(0, 60))),
        ("en", "The %s near %s has been broken since %s. Case %d." % (rng.choice(["street light", "bench",
                                                                                  "drinking fountain"]),
                                                                     rng.choice(["Alvar Aalto's studio",
                                                                                 "the Kiasma museum",
                                                                                 "Helen's power plant"]),
                                                                     rng.choice(["March", "last winter",
                                                                                 "Midsummer"]),
                                                                     rng.randrange(10000, 99999))),
    ]
    out.extend(neg)
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = []
    out.extend(_FI_NAMES)
    out.extend(_FI_CONTACT)
    out.extend(_FI_NEG)
    out.extend(_SV)
    out.extend(_EN)
    out.extend(_gen_varaamo(rng))
    out.extend(_gen_surnames(rng))
    out.extend(_gen_negatives_fi(rng))
    out.extend(_gen_sv_en(rng))
    return out
