"""Blind evaluation block 48 for the personal-data scrubber.

Written by helper "outsider 48" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (apart from the brief itself). I ran no git
commands, did not run the scrubber and did not run any evaluation. The texts come from the brief and from my own
knowledge of how residents write.

Focus: Finnish feedback and comments (about 90 % Finnish, 10 % Swedish) where residents write about named people
with no introduction at all: a bare name at the start of a sentence ("Jaana hoiti asian."), names in the middle of
a sentence without a title or cue ("eilen Timo ja Päivi kävivät katsomassa"), names in every case form, first
names of every generation (Aune, Toivo, Eino, Lempi ... Eetu, Aada, Niilo, Venla, Pihla, Onni, Aino), Finnish
surnames alone ("Virtanen lupasi", "Korhosen auto", "Nieminen ja Mäkinen"), and first names that are also
ordinary words. Hard negatives look the same: sentences that begin with ordinary words that are also names
("Toivo on, että", "Onni oli myötä", "Satu kertoo", "Aamu alkoi", "Tuuli yltyi", "Rauha palasi kortteliin"),
surnames that are places used as places (Lahti, Salo, Kotka, Kouvola, Kallio), streets, parks and buildings
carrying first names (Annankatu, Liisankatu, Sofiankatu, Marian sairaala), brands, pets and famous people.
A few phones, e-mails, addresses, one HETU and a licence plate are mixed in.

Seed: 4848 (random.Random(SEED) is used only by the small generators at the end; hand-written records are fixed).

Markup: `[[LABEL:text]]` around each piece of personal data. P = person's name (first name, surname, full name,
nickname; Finnish case endings and Swedish genitive -s inside the span; titles and role words outside),
E = e-mail, T = phone number, H = Finnish personal identity code, I = IBAN / bank account, R = licence plate,
IP = IP address, A = street address with a house number (postal code and city outside). Famous people and names
of streets, parks, buildings, companies, brands and pets are not marked.
"""

import random

SEED = 4848

# ---------------------------------------------------------------------------
# Part 1: Open311 feedback, Finnish, hand-written (bare names, case forms, surnames alone)
# ---------------------------------------------------------------------------
_HAND_FEEDBACK = [
    ("fi", "[[P:Jaana]] hoiti asian. Kiitos nopeasta reagoinnista, valaisin palaa taas."),
    ("fi", "[[P:Heikki]] ei ole vieläkään saanut vastausta vaikka ilmoitus tehtiin jo syyskuussa. Miksi kukaan ei vastaa??"),
    ("fi", "eilen [[P:Timo]] ja [[P:Päivi]] kävivät katsomassa sitä kaatunutta aitaa ja totesivat että se on vaarallinen lapsille"),
    ("fi", "[[P:Virtanen]] lupasi viime viikolla että hiekoitus tehdään perjantaina, mitään ei ole tapahtunut."),
    ("fi", "[[P:Korhosen]] auto on seissyt kääntöpaikalla kolme viikkoa, kilvet [[R:KLM-482]]. Voiko sen siirtää?"),
    ("fi", "[[P:Nieminen]] ja [[P:Mäkinen]] taloyhtiön hallituksesta ovat jo kahdesti ilmoittaneet tästä, nyt ilmoitan minä."),
    ("fi", "Soitin [[P:Aunelle]] joka asuu B-rapussa, hänkin on huomannut että roskakatos on auki yöt läpeensä."),
    ("fi", "Naapurin [[P:Toivo]] (89 v) kaatui jäisellä portaalla tiistaina. Portaat pitäisi hiekoittaa heti aamulla eikä iltapäivällä."),
    ("fi", "kysyin [[P:Einolta]] onko hänellä sama ongelma, ja on, vesi on ruskeaa molemmissa asunnoissa"),
    ("fi", "[[P:Lempi]] ja [[P:Aili]] istuvat joka päivä puiston penkillä mutta nyt penkki on rikki. Laittakaa uusi ennen kesää."),
    ("fi", "Meidän [[P:Eetu]] ja [[P:Niilo]] pelaa kentällä joka ilta ja valot sammuu jo klo 20, voisko ajastinta muuttaa"),
    ("fi", "[[P:Aada]] ja [[P:Venla]] löysivät leikkipuistosta rikkinäisiä lasinsiruja hiekkalaatikosta. Tosi vaarallista!!"),
    ("fi", "Ilmoitin tästä jo [[P:Mattilalle]] puhelimessa mutta kehotti tekemään palautteen tätä kautta."),
    ("fi", "[[P:Seppälältä]] tuli vastaus että asia kuuluu HSL:lle, HSL sanoo että kaupungille. Kuka tämän hoitaa?"),
    ("fi", "hei, [[P:Pihlan]] kanssa huomattiin että Vallilanlaakson polulla on iso kuoppa suoraan sillan kohdalla"),
    ("fi", "[[P:Onni]] soitti minulle illalla ja kertoi että puu on kaatunut Kaarelantien yli. Hän asuu [[A:Kaarelantie 14]]:ssä."),
    ("fi", "Tämä koskee [[P:Aino Lehtosen]] asuntoa, [[A:Pihlajamäentie 32 C 41]]. Ikkunan alla pesii rottia."),
    ("fi", "[[P:Marjatta]] sanoi että viime vuonna samaan aikaan oli sama juttu. Jätteet jäi viemättä koko joulun ajaksi."),
    ("fi", "Ei toimi edelleenkään. t. [[P:Raimo]]"),
    ("fi", "Hyvä että korjattiin! [[P:Sirkka]] ja [[P:Pentti]] Malmilta kiittää 🙂"),
    ("fi", "[[P:Kalevi]] huomasi että kadun toisella puolella on kaksi valopylvästä pimeänä, numerot 118 ja 119."),
    ("fi", "[[P:Tiina]] kävi? Ei, [[P:Tiina]] ei käynyt. Kukaan ei käynyt. Ilmoitus on ollut auki 40 päivää."),
    ("fi", "Laitoin tästä viestiä myös [[P:Hämäläiselle]] mutta ilmeisesti hän on lomalla."),
    ("fi", "[[P:Mika]] ja [[P:Janne]] (pihatalkoiden vetäjät) kysyvät saako puistoon tuoda omia haravoita ja lehtisäkkejä."),
    ("fi", "Katuvalo [[A:Sturenkatu 21]]:n edessä vilkkuu. Asukas [[P:Jari Heikkinen]], puh [[T:040 726 1189]]"),
    ("fi", "[[P:Laineen]] koira haukkuu parvekkeella aamuviidestä alkaen, onko tähän mitään keinoa"),
    ("fi", "Roskis on täynnä. [[P:Kerttu]] vei pussinsa viereen kun ei mahtunut, ja nyt varikset on levittäneet kaiken."),
    ("fi", "aamulla klo 7.15 [[P:Veikko]] soitti että auraus oli jättänyt vallin hänen autonsa eteen, hän ei pääse töihin"),
    ("fi", "[[P:Riikka]] ja minä odotettiin bussia 55 puoli tuntia Koskelantiellä, näyttötaulu näytti koko ajan 2 min."),
    ("fi", "[[P:Tuomisen]] perhe muutti pois ja pihalle jäi sohva, patja ja kaksi polkupyörää. Kenelle tämä kuuluu?"),
    ("fi", "Mä ja [[P:Santtu]] nähtiin eilen et joku heitti sähköpotkulaudan Vantaanjokeen Pikkukosken kohdalla."),
    ("fi", "Kiitos [[P:Juholle]] joka korjasi keinun niin nopeasti! Lapset ovat onnellisia."),
    ("fi", "[[P:Helvi]] 92 v ei pääse enää rollaattorilla kauppaan koska jalkakäytävä on jäässä. Hänen osoitteensa on [[A:Rapakiventie 10 A 3]]."),
    ("fi", "Tämän kuvan otti [[P:Arvo]], hän on asunut talossa vuodesta 1961 eikä ole ikinä nähnyt näin isoa vesilammikkoa."),
    ("fi", "[[P:Virtasella]] ja [[P:Salosella]] on molemmilla sama ongelma, lämpö ei tule pattereihin. Vuokranantaja on Heka."),
    ("fi", "vastaus [[P:Karjalaiselle]]: ei, kyse ei ole taloyhtiön alueesta vaan kaupungin puistosta"),
    ("fi", "[[P:Väinö]] ja [[P:Eelis]] koulusta kysyivät voiko koulun viereen saada suojatien. Kannatan!"),
    ("fi", "[[P:Sanna]] tekee tästä erillisen ilmoituksen, minä ilmoitan vain valosta."),
    ("fi", "Joku kaatoi muovipussillisen öljyä viemäriin [[A:Kauppakartanonkatu 18]]:n kohdalla. [[P:Mäkisen]] poika näki tapahtuman."),
    ("fi", "Soittakaa [[P:Pirkolle]] numeroon [[T:050 441 2097]], hän tietää tarkemmin kun asuu ihan vieressä."),
    ("fi", "[[P:Tauno]] ja [[P:Terttu]] ovat huolissaan, koska kaatuneen koivun juuripaakku on nyt leikkipaikan vieressä."),
    ("fi", "[[P:Jukka]] kävi kaupungin puolesta katsomassa ja sanoi että korjataan keväällä. Nyt on huhtikuu ja ei mitään."),
    ("fi", "Kiitos vastauksesta! Välitän tiedon [[P:Leenalle]] ja [[P:Ritvalle]] jotka myös ihmettelivät asiaa."),
    ("fi", "[[P:Aleksi]] ajoi pyörällä päin katkaistua puomia jota ei ollut merkitty mitenkään, kypärä onneksi päässä."),
    ("fi", "[[P:Koskisen]] kanssa sovittiin että kuvat lähetetään sähköpostilla [[E:ilkka.koskinen@elisanet.fi]]"),
    ("fi", "Pysäkin katos on rikottu taas. [[P:Teemu]] keräsi lasit pois ettei lapset astu niihin."),
    ("fi", "[[P:Anttila]] lupasi hoitaa, [[P:Anttila]] ei hoitanut. Nyt pyydän että joku muu ottaa asian."),
    ("fi", "Äiti ([[P:Irja]], 86) ei uskalla enää ulos koska Siltasaarenkadun suojatien valo vaihtuu niin nopeasti."),
    ("fi", "Tilanne [[A:Vuorikatu 14]]:n pihalla: rakennustelineet edelleen, vaikka urakoitsija sanoi että puretaan maaliskuussa."),
    ("fi", "[[P:Niilon]] kanssa laskettiin eilen että Herttoniemen rannassa on 11 rikottua roskista. Ei yhtään ehjää."),
]

# ---------------------------------------------------------------------------
# Part 2: hard negatives, Finnish, hand-written (no personal data at all)
# ---------------------------------------------------------------------------
_HAND_NEGATIVES = [
    ("fi", "Toivo on, että kaupunki vihdoin korjaa Annankadun kuopat ennen talvea."),
    ("fi", "Onni oli myötä, kukaan ei loukkaantunut kun puu kaatui Liisankadulle."),
    ("fi", "Satu kertoo peikosta joka asuu sillan alla, ja nyt sillan alla oikeasti asuu joku. Telttoja on kolme."),
    ("fi", "Aamu alkoi taas lehtipuhaltimien pauhulla klo 6.30. Onko tämä sallittua kerrostaloalueella?"),
    ("fi", "Tuuli yltyi illalla niin että Sofiankadun jouluvalot repesivät irti ja roikkuvat nyt katolla."),
    ("fi", "Rauha palasi kortteliin vasta kun työmaa Rauhankadulla lopetti klo 22."),
    ("fi", "Lahja kaupungille: kerätään tässä nimiä sille, että Kaisaniemen puistoon tulisi uusi koirapuisto."),
    ("fi", "Lahti, Salo, Kotka ja Kouvola ovat kaikki saaneet uudet kaupunkipyörät, miksi Helsingissä asemat vähenevät?"),
    ("fi", "Muutin Salosta Helsinkiin kaksi vuotta sitten ja ihmettelen miten huonosti täällä aurataan."),
    ("fi", "Kotkan satamasta tulevat rekat ajavat Lahdenväylältä suoraan meidän asuinkadulle, koska navigaattori ohjaa niin."),
    ("fi", "Kouvolan junan kyydissä oli ilmoitus että Pasilassa on ratatöitä, mutta tähän ei ole tullut mitään infoa kaupungilta."),
    ("fi", "Marian sairaalan vanhan tontin kohdalla Lapinlahdenkadulla on valaisin ollut rikki kuukauden."),
    ("fi", "Liisankadun ja Mariankadun risteyksessä autot ajaa päin punaisia joka aamu."),
    ("fi", "Annankatu 10–14 välillä on jalkakäytävä auki revitty, eikä kiertotietä ole merkitty."),
    ("fi", "Kallio on tänä kesänä ollut täynnä roskia, varsinkin Karhupuisto ja Alppipuisto viikonloppuisin."),
    ("fi", "Koivu kaatui myrskyssä tielle ja tukkii koko pyörätien Paloheinän ulkoilualueella."),
    ("fi", "Kivi lensi ruohonleikkurin alta ja rikkoi meidän ikkunan. Kaupungin urakoitsija leikkasi nurmea klo 8."),
    ("fi", "Virta katkesi koko korttelista kolmeksi tunniksi eikä Helen tiedottanut mitään."),
    ("fi", "Valo ei toimi alikulussa Malmin asemalla. Ilta-aikaan siellä on pilkkopimeää."),
    ("fi", "Ilta oli muuten hiljainen mutta mopoautot ajoivat ympäri Tapanilan kenttää puoleen yöhön."),
    ("fi", "Lumi tuli yöllä ja aura kävi vasta iltapäivällä. Bussi 71 ei päässyt mäkeä ylös."),
    ("fi", "Into oli kova kun puistoon tuli uudet kuntoilulaitteet, mutta nyt puolet niistä on rikki."),
    ("fi", "Helmi-maaliskuussa Matinkylän uimahalli on kiinni remontin takia, missä voi uida sillä aikaa?"),
    ("fi", "Tapiolan keskustan parkkihallissa hissi on ollut rikki 10.11. alkaen. Tapiontorin puoleinen hissi toimii."),
    ("fi", "Maunulan ja Tapanilan välillä kulkevan bussin vuoroväli harvenee, ei ole hyvä asia iäkkäille asukkaille."),
    ("fi", "Aleksis Kiven patsas Rautatientorilla on sotkettu spraymaalilla. Korjatkaa ennen itsenäisyyspäivää."),
    ("fi", "Paavo Nurmen patsaan ympärillä olevat kukkapenkit ovat ihan rikkaruohoisia."),
    ("fi", "Eino Leinon patsaan luona Esplanadilla on lahonnut penkki, joku istui ja penkki petti."),
    ("fi", "Sibeliuksen puistossa on liian vähän roska-astioita, Sibelius-monumentin luona varsinkin."),
    ("fi", "Elisan kuitu ei toimi koko talossa ja Elisa sanoo että kaupungin kaivuutyöt on katkaisseet kaapelin Kirkkokadulla."),
    ("fi", "Onnibussi pysähtyy Kampin edessä bussikaistalle ja tukkii ratikan. Onni Bus -yhtiölle pitäisi antaa sakot."),
    ("fi", "Pirkka-tuotteiden pahvilaatikot lentelee K-Supermarketin takapihalta koko Toinen linjalle."),
    ("fi", "Koiramme Onni karkasi eilen Kivikon koirapuistosta, koska portti ei mene kunnolla kiinni. Onneksi löytyi."),
    ("fi", "Kissa nimeltä Aino on kadonnut Käpylästä, mutta en tiedä kuuluuko tämä teille. Siirtäkää oikeaan paikkaan."),
    ("fi", "Ranta on likainen Aurinkolahdessa, tupakantumppeja ja korkkeja joka paikassa."),
    ("fi", "Laine tuli niin korkealle että Kauppatorin laiturin reuna on irti. Vaarallinen kävelijöille."),
    ("fi", "Mäki on liian jyrkkä rollaattorille, Alppilan kirkon vierestä pitäisi saada kaide."),
    ("fi", "Aalto-yliopiston metroaseman hissi seisoo. Otaniemessä on paljon pyörätuolin käyttäjiä."),
    ("fi", "Alvar Aallon talossa Riihitiellä käy paljon turisteja, heille tarvitaan lisää pyörätelineitä."),
    ("fi", "Toivo Kuulan puisto? Onko sellaista edes, kartassa lukee niin mutta puistoa ei löydy."),
    ("fi", "Kaisaniemen kasvitieteellisen puutarhan portti on lukossa vaikka aukioloaika on 9–17."),
    ("fi", "Mikonkadun ja Aleksanterinkadun kulmassa on ollut viikon rikki liikennevalo. Jalankulkijan nappi ei reagoi."),
    ("fi", "Fredrikinkatu on joka talvi yhtä sohjoa. Eerikinkadulla sama juttu. Albertinkatu vähän parempi."),
    ("fi", "Kaarlenkadulla ja Kirstinkadulla on sama ongelma: pyörät pysäköidään jalkakäytävälle."),
    ("fi", "Sofianlehdonkadun työmaa herättää joka aamu klo 7. Lupa on ilmeisesti klo 7 alkaen, mutta onko paalutus sallittu?"),
    ("fi", "Katariinankadun kiveys on nostettu ja jätetty kasaan. Kruununhaassa paljon vanhuksia jotka kompastuvat."),
    ("fi", "Juhana Herttuan tien bussipysäkillä ei ole katosta. Tuuli käy Herttoniemen rannasta suoraan läpi."),
    ("fi", "Kustaa Vaasan tien pyörätie loppuu yhtäkkiä keskelle ei mitään."),
    ("fi", "Lempi ja rakkaus eivät riitä, tarvitaan myös rahaa – OmaStadiin pitäisi saada isompi budjetti."),
    ("fi", "Voitto meni taas Kalliolle, vaikka meidän alueella on huonoimmat leikkipuistot. Äänestys ei ole reilu."),
    ("fi", "Taimi kuoli heti, koska kukaan ei kastellut. Istutukset Vuosaaren ostarilla olivat turhia."),
    ("fi", "Kielo kukkii Paloheinässä toukokuussa, älkää niittäkö metsänreunaa ennen kesäkuuta."),
    ("fi", "Pihlaja kaatui Pihlajamäessä pyörätien päälle, oksat on edelleen siinä."),
    ("fi", "Tähti on pudonnut joulukuusesta Senaatintorilla ja roikkuu vinossa 😄"),
    ("fi", "Usva oli aamulla niin sakeaa, että Lauttasaaren sillalla ei nähnyt suojatien merkkejä. Lisää heijastimia?"),
    ("fi", "Ilmoituksen tunnus HEL-2026-118734, tilattu 14.3. klo 9:12. Ei vielä käsitelty."),
    ("fi", "Bussi 550 Itäkeskuksesta Westendinasemalle on ollut jatkuvasti myöhässä 10–15 min arkiaamuisin."),
    ("fi", "Postinumero 00530 alueella Helsinginkadulla on taas rikottu kaupunkipyöräasema."),
    ("fi", "Hinta 4,20 € kertalipusta on liikaa, varsinkin kun ratikka 9 ajaa puolityhjänä."),
    ("fi", "Kalevankadun kirjasto on ollut suljettu, Oodi on aina täynnä. Lisää lukusaleja keskustaan."),
    ("fi", "Vuoden 2025 budjettiehdotus: uusi skeittiparkki Myllypuroon. Myllypuron nuorisotalo tukee."),
    ("fi", "Marimekon myymälän edessä Esplanadilla on valtava vesilätäkkö joka sade, kaivo on tukossa."),
    ("fi", "Hesburgerin roskat Itäkeskuksessa: pahvimukeja ja servettejä joka puolella parkkipaikkaa."),
    ("fi", "Saarioisen rekka purkaa tavaraa keskellä katua joka aamu klo 6, K-Market Hakaniemi."),
]

# ---------------------------------------------------------------------------
# Part 3: Kerrokantasi and OmaStadi comments, Finnish, hand-written
# (replies to each other, word-like names used as persons, surnames that are also places/words)
# ---------------------------------------------------------------------------
_HAND_COMMENTS = [
    ("fi", "Vastaus [[P:Toivolle]]: olen eri mieltä, puiston kaataminen parkkipaikaksi ei ole mikään ratkaisu."),
    ("fi", "[[P:Toivo]] kirjoitti hyvin. Ja lisään vielä että bussipysäkki on liian kaukana."),
    ("fi", "Kuten [[P:Onni]] yllä sanoi, tämä kaava unohtaa kokonaan lapsiperheet."),
    ("fi", "[[P:Satu]] naapurista lupasi kerätä nimiä, me [[P:Sadun]] kanssa viedään lista virastoon."),
    ("fi", "[[P:Aamu]] ja [[P:Tuuli]] hakevat avaimet torstaina klo 16, varaus on heidän nimellään."),
    ("fi", "[[P:Rauha]] on asunut Puu-Käpylässä koko ikänsä ja sanoo että ennen ratikka kulki tästä ohi."),
    ("fi", "[[P:Lahja]] täytti juuri 95 ja toivoo että kotikadulle saataisiin penkki levähtämistä varten."),
    ("fi", "[[P:Salo]] ja [[P:Kallio]] kaupunkiympäristön toimialalta olivat asukasillassa, mutta kysymyksiin ei vastattu."),
    ("fi", "Asukasillassa [[P:Lahtinen]] esitteli suunnitelman, ja [[P:Lahtiselta]] kysyttiin miksi puut kaadetaan."),
    ("fi", "[[P:Koivu]] vastasi sähköpostiin nopeasti, kiitos hänelle. Muilta ei ole kuulunut mitään."),
    ("fi", "[[P:Aalto]] lupasi asukasillassa että meluselvitys tehdään. Missä se on?"),
    ("fi", "Olen samaa mieltä kuin [[P:Kivi]]. Tämä tehdään taas autoilijoiden ehdoilla."),
    ("fi", "Täysin samaa mieltä [[P:Ilkan]] kanssa! Pyöräkaistat täytyy erottaa autoista."),
    ("fi", "@[[P:Marja-Leena]] ei se noin mene, kaavassa puisto säilyy, vain reuna-alue muuttuu."),
    ("fi", "[[P:Pekka]] ja [[P:Seppo]] ovat oikeassa: Malmin lentokenttä pitää säilyttää virkistysalueena."),
    ("fi", "Vastaan [[P:Heidille]]: kyllä siellä on ihan kunnollinen kevyen liikenteen väylä jo nyt."),
    ("fi", "[[P:Ville]] ehdotti OmaStadissa uimalaituria Kivinokkaan ja kannatan sitä!"),
    ("fi", "Ehdotuksen tekijät: [[P:Johanna Räsänen]] ja [[P:Petri Miettinen]], Kontulan asukasyhdistys"),
    ("fi", "Kiitos [[P:Noora]] tästä ehdotuksesta, meillä Meri-Rastilassa on täsmälleen sama tilanne."),
    ("fi", "[[P:Minna]] ja [[P:Markku]] ovat puhuneet tästä jo vuosia. Nyt toivottavasti tapahtuu jotain."),
    ("fi", "[[P:Tyyne]]-mummo sanoi aina että Vallilanlaakso oli ennen pelkkää peltoa 😊"),
    ("fi", "Ihmettelen [[P:Virtasen]] kommenttia. Eihän kukaan ole ehdottanut että koko puisto rakennetaan."),
    ("fi", "Kuten [[P:Korhonen]] kirjoitti, katujen nimet pitäisi säilyttää. Liisankatu on Liisankatu!"),
    ("fi", "[[P:Niemiselle]] tiedoksi: uusi versio kaavasta julkaistiin 3.11."),
    ("fi", "[[P:Hiltusen]] ja [[P:Pitkäsen]] perheet ovat molemmat valmiita talkoisiin, kertokaa vaan milloin."),
    ("fi", "Haluan tukea [[P:Eeliksen]] ja [[P:Helmin]] ehdotusta: lisää istutuksia koulun pihalle."),
    ("fi", "[[P:Olli]] on ihan oikeassa, mutta [[P:Ollin]] ehdottama reitti kulkee yksityisen tontin läpi."),
    ("fi", "Kommenttina [[P:Kaarinalle]]: ei, bussi 79 ei kulje enää Ala-Malmin torin kautta."),
    ("fi", "[[P:Erkki]] ja [[P:Raili]] Pakilasta toivovat hiljaisempaa asfalttia Tuusulanväylälle."),
    ("fi", "Jos [[P:Jussi]] on sitä mieltä että melu ei haittaa, niin tulkoon asumaan meille Itäväylän varteen."),
    ("fi", "[[P:Sarin]] kuva kertoo kaiken, tuo on se tilanne joka aamu Hakaniemen sillalla."),
    ("fi", "[[P:Tomi]] jakoi tämän FB-ryhmässä ja sieltä tuli 200 kommenttia, kaikki samaa mieltä."),
    ("fi", "Mieheni [[P:Urho]] oli rakentamassa tätä taloa 1958. Nyt se halutaan purkaa, se on väärin."),
    ("fi", "[[P:Lilja]] ja [[P:Isla]] (8 v) piirsivät oman ehdotuksen leikkipuistoksi, liitteenä kuva."),
    ("fi", "Vastaus [[P:Oliverille]] ja [[P:Eliakselle]]: skeittiparkki on jo suunnitteilla Myllypuroon."),
    ("fi", "[[P:Ukko]] ja [[P:Vilho]] tykkäävät keinuista, mutta pienemmille lapsille tarvitaan vauvakeinu."),
    ("fi", "[[P:Sylvi Heinonen]] 1931–2024 rakasti tätä puistoa. Voisiko tänne tulla muistopenkki hänen nimellään?"),
    ("fi", "Ehdotan että [[P:Reino]] (talon vanhin asukas) saa leikata nauhan kun uusi puisto avataan 😀"),
    ("fi", "[[P:Martta]] ja [[P:Hilja]] eivät käytä nettiä, joten jätän tämän kommentin heidän puolestaan: he vastustavat."),
    ("fi", "Aivan sama mitä [[P:Anne]] sanoo, ratikka Viikkiin tarvitaan. [[P:Annen]] vastaus ei perustu faktoihin."),
    ("fi", "[[P:Topias]] ja [[P:Veeti]] koulun oppilaskunnasta toivoo pingispöytää välituntipihalle."),
    ("fi", "kaverini [[P:Kake]] sanoi et sinne pitäis saada frisbeegolfrata. ja mä oon samaa mieltä"),
    ("fi", "[[P:Laura Salminen]] (kommentoi 12.6.): Tämä on ainoa viheralue koko Sörnäisissä!"),
    ("fi", "[[P:Ahosen]] pihalla on edelleen kaupungin kaatama puu. Kolme kuukautta nyt."),
    ("fi", "Käytiin [[P:Turusen]] ja [[P:Rantasen]] kanssa katsomassa aluetta, ja kaikki totesivat: ei tilaa koirapuistolle."),
    ("fi", "[[P:Tapio]] Tapiolasta kiittää! Uimahallin aukioloajat ovat nyt paljon parempia."),
    ("fi", "[[P:Matti]] Matinkylästä: metron liityntäbussit pitäisi ajoittaa paremmin."),
    ("fi", "[[P:Aune]] on jo 97-vuotias, ja hänen mielestään ennen vanhaan Kallion kadut oli puhtaammat."),
    ("fi", "[[P:Einon]] ehdotus kannattaa! Uimaranta Pikkukoskelle tarvitsee pukukopin."),
    ("fi", "Mieheni [[P:Arto]] ja minä olemme kävelleet tätä reittiä 40 vuotta. Puut pitää säilyttää."),
    ("fi", "[[P:Valo]] (7 v) kysyi miksi puistossa ei ole yhtään vesileikkipaikkaa. Hyvä kysymys."),
    ("fi", "[[P:Voitto]] naapurista sanoi että hän on nähnyt ilveksen Vuosaaren metsässä, kannattaa huomioida kaavassa."),
    ("fi", "Sain [[P:Pertiltä]] viestin: 'kerrokantasiin vaan, ne lukee ne'. No tässä."),
    ("fi", "[[P:Sulo]] ja [[P:Armas]] ovat kaksoset, 80 v, ja kumpikin käyttää päivittäin tätä polkua."),
    ("fi", "[[P:Into]] ja [[P:Terho]] kavereineen rakentavat majaa metsikköön, älkää kaatako sitä."),
]

# ---------------------------------------------------------------------------
# Part 4: Varaamo booking notes, Finnish, hand-written (keys, contact details, signatures)
# ---------------------------------------------------------------------------
_HAND_VARAAMO = [
    ("fi", "Avaimet hakee [[P:Päivi]], soittakaa hänelle jos jotain: [[T:044 318 7720]]"),
    ("fi", "Varaus kerhon syyskokoukseen. [[P:Heikki]] tulee avaamaan ovet klo 17.30, [[P:Jaana]] sulkee."),
    ("fi", "[[P:Eetu]] tuo kaiuttimen, [[P:Aadan]] äiti hoitaa tarjoilut. Lastenjuhla 12 henkeä."),
    ("fi", "Laskutus: [[P:Riitta Lehtonen]], [[A:Ulvilantie 11 B 27]], 00350 Helsinki. [[E:riitta.lehtonen@gmail.com]]"),
    ("fi", "Bändiharjoitukset joka torstai. Vastuuhenkilö [[P:Niko]] [[T:+358 45 127 9034]], varalla [[P:Lenni]]."),
    ("fi", "[[P:Venla]] hakee avaimen Kalasataman kirjastosta maanantaina, [[P:Venlan]] puh [[T:0400 553 218]]"),
    ("fi", "Kuorolle sali 2. [[P:Aili]] ja [[P:Tyyne]] tulevat vähän etuajassa laittamaan tuolit."),
    ("fi", "Muistutus: [[P:Onnin]] synttärit la 14–17. Tarjoilu omasta takaa, siivous tehdään itse."),
    ("fi", "Yhteyshenkilö vaihtui, nyt [[P:Virtanen]] ([[E:m.virtanen@kolumbus.fi]]) eikä enää [[P:Korhonen]]."),
    ("fi", "Avain palautettu postiluukkuun, kiitos! -[[P:Pihla]]"),
    ("fi", "[[P:Hanna]] varasi, mutta [[P:Hannan]] sijaan avaimen noutaa hänen puolisonsa [[P:Antti]]."),
    ("fi", "Kokoushuone Kohina, 15 hlö. Vastaava: [[P:Eija Hämäläinen]] p. [[T:09 8765 432]]"),
    ("fi", "Peruutus: [[P:Seppo]] sairastui, joten eläkeläisten bingo siirtyy viikolla eteenpäin."),
    ("fi", "Laskun voi lähettää yhdistyksen tilille [[I:FI49 5000 9420 0287 30]], viitteeksi tilaisuuden päivämäärä."),
    ("fi", "Lastenkerho: ohjaajat [[P:Ella]] ja [[P:Milla]], lapsia max 10. Vanhemmat voivat soittaa [[T:050 912 3407]]"),
    ("fi", "[[P:Aino]] tuo nuotit ja [[P:Einolla]] on avain varastoon jossa flyygelin kansi on."),
    ("fi", "Tilan varaa Kontulan asukasyhdistys, avaimet [[P:Mäkiseltä]], [[A:Kontulantie 4 C 18]]"),
    ("fi", "hei, [[P:Timo]] tässä, myöhästyn noin 15 min, [[P:Päivi]] avaa ovet. t. [[P:Timo]] [[T:041 770 2518]]"),
    ("fi", "Sähköposti vahvistukseen: [[E:aune.kinnunen@luukku.com]]. [[P:Aune]] ei käytä kännykkää, soittakaa lankaan [[T:09 387 2214]]."),
    ("fi", "Joogaryhmä: [[P:Kirsi]], [[P:Leena]], [[P:Marjut]], [[P:Raija]] ja [[P:Outi]]. Matot omasta takaa."),
    ("fi", "Avainluovutus: [[P:Nieminen]] → [[P:Mäkinen]] ti 3.12. klo 18 Maunulan kirjaston infossa."),
    ("fi", "Varaan tilan äitini [[P:Lempi Karjalaisen]] 90-vuotisjuhliin. Vieraita n. 30."),
    ("fi", "Nuorten pelikerho, ohjaaja [[P:Otso]] ([[E:otso.rantanen@nuorisoseura.fi]])"),
    ("fi", "Saunavuoro tiistaina: [[P:Veikko]], [[P:Reino]], [[P:Väinö]] ja [[P:Eino]]. Avaimen hakee [[P:Väinö]]."),
    ("fi", "Tila jätettiin sotkuiseen kuntoon edellisen varaajan jäljiltä, [[P:Kari]] otti kuvat jos tarvitaan."),
    ("fi", "Tanssiharjoitukset, vastuuhenkilö [[P:Aada Heinonen]], [[A:Kirkkojärventie 6 A 12]], 02770 Espoo, [[T:+358 40 661 0923]]"),
    ("fi", "Kirjoittajapiiri. [[P:Kaisu]] vetää, [[P:Helena]] tuo kahvit. Alkaa 18.00 Oodissa, huone 3."),
    ("fi", "Laskutetaan [[P:Leinoselta]], ei yhdistykseltä. Henkilötunnus laskua varten [[H:120367-214B]]."),
    ("fi", "[[P:Joni]] ja [[P:Iida]] hakevat avaimet perjantaina ennen klo 16. Jos ei onnistu, [[P:Iidan]] numero [[T:045 889 1032]]."),
    ("fi", "Kiitos tilasta! Kaikki meni hyvin. Terkuin [[P:Marjatta]] ja [[P:Kalle]] Kivenlahdesta"),
]

# ---------------------------------------------------------------------------
# Part 5: Swedish, hand-written (positives and hard negatives)
# ---------------------------------------------------------------------------
_HAND_SWEDISH = [
    ("sv", "[[P:Göran]] har fortfarande inte fått något svar, trots att vi anmälde hålet i september."),
    ("sv", "Igår var [[P:Stina]] och [[P:Bror]] och tittade på det trasiga staketet vid lekparken."),
    ("sv", "[[P:Lindqvist]] lovade att sanda trappan, men ingenting har hänt."),
    ("sv", "Jag pratade med [[P:Mikaelas]] mamma, hon har samma problem med värmen."),
    ("sv", "[[P:Bo]] och [[P:Linnea]] hämtar nycklarna på torsdag. [[P:Bos]] telefon [[T:040 552 8814]]"),
    ("sv", "Vi bor på [[A:Runebergsgatan 37 B 9]] och gatlampan utanför har varit släckt i tre veckor. /[[P:Elsa Holmberg]]"),
    ("sv", "Svar till [[P:Nyström]]: nej, parken ligger inte på bolagets tomt."),
    ("sv", "Kontaktperson [[P:Henrik]], [[E:henrik.sjoblom@abo.fi]]. [[P:Ulla]] öppnar salen."),
    ("sv", "Tack [[P:Kristers]] för snabb hjälp! Gungan fungerar igen."),
    ("sv", "[[P:Viola]] och [[P:Iris]] i klass 3 vill ha en ny rutschkana. Vi stöder förslaget!"),
    ("sv", "Bo i Helsingfors är dyrt, men att bo i Sörnäs utan fungerande gatubelysning är värre."),
    ("sv", "Hoppet är att staden äntligen reparerar Annegatan innan vintern."),
    ("sv", "Linnea blommar vid Centralparkens kant, klipp inte ängen före midsommar."),
    ("sv", "Maria sjukhus gamla tomt på Lappviksgatan har ingen belysning alls på kvällarna."),
    ("sv", "Sofiegatan och Elisabetsgatan är fulla av elsparkcyklar som ligger mitt på trottoaren."),
    ("sv", "Runebergs staty på Esplanaden har sprejats igen. Tove Jansson-parken behöver fler soptunnor."),
    ("sv", "Lahtis och Kotka har fått nya stadscyklar, varför minskar de i Helsingfors?"),
    ("sv", "Ärende HEL-2026-204411, anmält 2.10. Buss 65 stannar inte vid hållplatsen Tölötorget."),
    ("sv", "Vår hund Sture sprang iväg från hundparken i Brunnsparken, grinden stänger inte ordentligt."),
    ("sv", "Stormen var så kraftig att Mariegatans julbelysning slets loss."),
    ("sv", "Bokning för körövning. [[P:Brita]] och [[P:Gunnel]] kommer en halvtimme tidigare för att ställa stolar."),
    ("sv", "Fakturan skickas till [[P:Anders Wikström]], [[A:Tavastvägen 44 C 21]], 00580 Helsingfors."),
    ("sv", "[[P:Sixten]] såg någon slänga en elsparkcykel i Vanda å vid Forsby. /[[P:Maj-Britt]]"),
    ("sv", "Håller med [[P:Rut]]: Brunnsparken måste förbli en park, inte en parkeringsplats."),
    ("sv", "Hälsningar från [[P:Gunilla]] och [[P:Stig]] i Brändö 🙂"),
]

# ---------------------------------------------------------------------------
# Part 6: small generators (bare names in case forms, surnames alone, word-like names as words)
# ---------------------------------------------------------------------------
# name: (nominative, genitive, allative, ablative, adessive, partitive)
_FIRST_NAMES = [
    ("Aune", "Aunen", "Aunelle", "Aunelta", "Aunella", "Aunea"),
    ("Toivo", "Toivon", "Toivolle", "Toivolta", "Toivolla", "Toivoa"),
    ("Eino", "Einon", "Einolle", "Einolta", "Einolla", "Einoa"),
    ("Lempi", "Lempin", "Lempille", "Lempiltä", "Lempillä", "Lempiä"),
    ("Hilkka", "Hilkan", "Hilkalle", "Hilkalta", "Hilkalla", "Hilkkaa"),
    ("Pirkko", "Pirkon", "Pirkolle", "Pirkolta", "Pirkolla", "Pirkkoa"),
    ("Tapani", "Tapanin", "Tapanille", "Tapanilta", "Tapanilla", "Tapania"),
    ("Kaarina", "Kaarinan", "Kaarinalle", "Kaarinalta", "Kaarinalla", "Kaarinaa"),
    ("Matti", "Matin", "Matille", "Matilta", "Matilla", "Mattia"),
    ("Päivi", "Päivin", "Päiville", "Päiviltä", "Päivillä", "Päiviä"),
    ("Jukka", "Jukan", "Jukalle", "Jukalta", "Jukalla", "Jukkaa"),
    ("Sari", "Sarin", "Sarille", "Sarilta", "Sarilla", "Saria"),
    ("Jyrki", "Jyrkin", "Jyrkille", "Jyrkiltä", "Jyrkillä", "Jyrkiä"),
    ("Satu", "Sadun", "Sadulle", "Sadulta", "Sadulla", "Satua"),
    ("Tuuli", "Tuulin", "Tuulille", "Tuulilta", "Tuulilla", "Tuulia"),
    ("Eetu", "Eetun", "Eetulle", "Eetulta", "Eetulla", "Eetua"),
    ("Aada", "Aadan", "Aadalle", "Aadalta", "Aadalla", "Aadaa"),
    ("Niilo", "Niilon", "Niilolle", "Niilolta", "Niilolla", "Niiloa"),
    ("Venla", "Venlan", "Venlalle", "Venlalta", "Venlalla", "Venlaa"),
    ("Eelis", "Eeliksen", "Eelikselle", "Eelikseltä", "Eeliksellä", "Eelistä"),
    ("Pihla", "Pihlan", "Pihlalle", "Pihlalta", "Pihlalla", "Pihlaa"),
    ("Onni", "Onnin", "Onnille", "Onnilta", "Onnilla", "Onnia"),
    ("Aino", "Ainon", "Ainolle", "Ainolta", "Ainolla", "Ainoa"),
    ("Rauha", "Rauhan", "Rauhalle", "Rauhalta", "Rauhalla", "Rauhaa"),
]

_SURNAMES = [
    ("Virtanen", "Virtasen", "Virtaselle", "Virtaselta", "Virtasella", "Virtasta"),
    ("Korhonen", "Korhosen", "Korhoselle", "Korhoselta", "Korhosella", "Korhosta"),
    ("Nieminen", "Niemisen", "Niemiselle", "Niemiseltä", "Niemisellä", "Niemistä"),
    ("Mäkinen", "Mäkisen", "Mäkiselle", "Mäkiseltä", "Mäkisellä", "Mäkistä"),
    ("Mattila", "Mattilan", "Mattilalle", "Mattilalta", "Mattilalla", "Mattilaa"),
    ("Laine", "Laineen", "Laineelle", "Laineelta", "Laineella", "Lainetta"),
    ("Heikkilä", "Heikkilän", "Heikkilälle", "Heikkilältä", "Heikkilällä", "Heikkilää"),
    ("Lindroos", "Lindroosin", "Lindroosille", "Lindroosilta", "Lindroosilla", "Lindroosia"),
    ("Salo", "Salon", "Salolle", "Salolta", "Salolla", "Saloa"),
    ("Kallio", "Kallion", "Kalliolle", "Kalliolta", "Kalliolla", "Kalliota"),
]

_NOM, _GEN, _ALL, _ABL, _ADE, _PAR = range(6)

# (template, case index); {n} is the name slot, {s} a street-with-number slot, {t} a phone slot
_POS_TEMPLATES = [
    ("{n} lupasi soittaa huomenna, mutta puhelua ei tullut.", _NOM),
    ("{n} ei ole vieläkään saanut vastausta ilmoitukseen.", _NOM),
    ("{n} hoiti asian, kiitos!", _NOM),
    ("Kysyin {n} onko hänen ikkunansa alla sama vesilammikko.", _ABL),
    ("Ilmoitin tästä jo {n} viime viikolla.", _ALL),
    ("{n} auto jäi lumivallin taakse ja hän myöhästyi töistä.", _GEN),
    ("{n} kanssa käytiin katsomassa rikkinäistä keinua.", _GEN),
    ("Olisiko {n} mahdollista saada avain jo perjantaina?", _ALL),
    ("eilen {n} oli sama ongelma, vesi tuli ruskeana", _ADE),
    ("Soittakaa {n}, numero {t}.", _ALL),
    ("Naapurin {n} koira löysi rotanmyrkkyä puistosta.", _GEN),
    ("Ei nähty {n} koko päivänä, vaikka hän lupasi tulla avaamaan.", _PAR),
    ("{n} asuu osoitteessa {s} ja hänen ikkunansa alla on kaatunut puu.", _NOM),
    ("Välitän terveiset {n}, hänkin on huomannut valon.", _ALL),
    ("Tämä koskee {n} asuntoa, {s}.", _GEN),
    ("{n} näki kun lasit rikottiin pysäkillä.", _NOM),
    ("t. {n}", _NOM),
]

_STREETS = [
    "Mannerheimintie 82 A 7", "Fleminginkatu 15 B 22", "Hämeentie 44 C 21", "Kaarelantie 9", "Siltasaarenkatu 3 A 5",
    "Latokartanontie 9 D 41", "Kivikonkaari 12", "Meri-Rastilantie 8 B 16", "Kallvikintie 22 A 2",
    "Malminkaari 9 C 30", "Ylästöntie 15", "Kielotie 20 B 11", "Raappavuorentie 4 A 9", "Länsituulentie 4 B 12",
    "Kuitinmäentie 8 C 17", "Ulappakatu 3 A 4", "Huopalahdentie 16 B 33", "Myllypurontie 22 A 6",
]

_PHONES = [
    "040 312 8874", "050 668 2103", "044 980 1157", "045 731 4420", "041 208 6639", "+358 40 552 1387",
    "+358 50 476 9912", "0400 118 245", "09 4521 778", "0451230987", "+35844 6617 203",
]

_NEG_STARTS = [
    ("Toivo on, että", ["kaupunki korjaa {p} kuopat ennen talvea.", "{p} saadaan vihdoin suojatie.",
                        "joku siivoaa {p} roskat ennen juhannusta."]),
    ("Onni oli myötä:", ["puu kaatui {p} tyhjälle parkkipaikalle.", "kukaan ei ollut {p} kun katto romahti."]),
    ("Aamu alkoi", ["taas paalutuksella {p}.", "lehtipuhaltimen pauhulla {p} klo 6.45."]),
    ("Tuuli yltyi", ["yöllä ja kaatoi työmaa-aidat {p}.", "niin että {p} jouluvalot repesivät irti."]),
    ("Rauha palasi", ["kortteliin vasta kun työmaa {p} lopetti.", "vasta puoliltaöin, kun {p} juhlineet lähtivät."]),
    ("Satu kertoo", ["peikosta sillan alla, mutta {p} sillan alla oikeasti on kaatopaikka.",
                     "lumikuningattaresta – ja {p} talvi on ollut yhtä kylmä."]),
    ("Lahja kaupungille:", ["kerätään nimiä uudesta koirapuistosta {p}.", "talkoot {p} lauantaina klo 10."]),
    ("Valo ei toimi", ["{p} alikulussa.", "suojatien kohdalla {p}."]),
    ("Virta katkesi", ["{p} kahdeksi tunniksi.", "katuvaloista {p} jo kolmatta kertaa."]),
    ("Koivu kaatui", ["{p} pyörätielle.", "myrskyssä {p} ja oksat ovat yhä tiellä."]),
    ("Lumi tuli", ["yöllä, ja {p} aurattiin vasta iltapäivällä.", "ja {p} jalkakäytävä on edelleen auraamatta."]),
    ("Voitto meni", ["taas muille alueille, vaikka {p} leikkipuisto on surkeassa kunnossa."]),
    ("Into oli kova", ["talkoissa {p}, mutta säkkejä ei haettu pois."]),
    ("Kivi lensi", ["niittokoneen alta {p} ja rikkoi auton tuulilasin."]),
    ("Ilta pimenee", ["jo neljältä, eikä {p} ole yhtään toimivaa katuvaloa."]),
    ("Usva oli", ["niin sakeaa, ettei {p} nähnyt suojatien merkintöjä."]),
    ("Tähti putosi", ["joulukuusesta {p} ja roikkuu nyt vinossa."]),
    ("Kaiku kuuluu", ["{p} sillan alta koko yön, kun mopot kiihdyttelevät."]),
]

_NEG_PLACES = [
    ("Annankadulla", "Annankadun"), ("Liisankadulla", "Liisankadun"), ("Sofiankadulla", "Sofiankadun"),
    ("Marian sairaalan kohdalla", "Marian sairaalan"), ("Mariankadulla", "Mariankadun"),
    ("Tapanilassa", "Tapanilan"), ("Matinkylässä", "Matinkylän"), ("Laajasalossa", "Laajasalon"),
    ("Maunulassa", "Maunulan"), ("Kalliossa", "Kallion"), ("Eerikinkadulla", "Eerikinkadun"),
    ("Kaarlenkadulla", "Kaarlenkadun"), ("Tapiolassa", "Tapiolan"), ("Mikkolassa", "Mikkolan"),
]

_NEG_TAILS = [
    "", " Ilmoitus HEL-2026-{ref}.", " Bussi {bus} ei pääse ohi.", " Tilanne {d}.{m}. klo {h}.{mm}.",
    " Postinumero 00{pc}.", " Sama juttu kuin viime vuonna.",
]

_CITY_NEG = [
    "{c1} ja {c2} ovat saaneet uudet kaupunkipyörät, miksi Helsingissä asemia vähennetään?",
    "Muutin {c3} Helsinkiin ja ihmettelen miten huonosti täällä aurataan.",
    "{c4} tulevat bussit pysähtyvät Kiasman edessä bussikaistalle.",
]
_CITIES = [("Lahti", "Lahdesta", "Lahdesta"), ("Salo", "Salosta", "Salosta"), ("Kotka", "Kotkasta", "Kotkasta"),
           ("Kouvola", "Kouvolasta", "Kouvolasta"), ("Kajaani", "Kajaanista", "Kajaanista")]

_SV_POS = [
    "[[P:{a}]] har fortfarande inte fått svar från staden.",
    "Igår var [[P:{a}]] och [[P:{b}]] och tittade på det trasiga staketet.",
    "Jag ringde [[P:{a}]], som också har märkt att lampan är släckt.",
]
_SV_NAMES = ["Stina", "Bror", "Göran", "Linnea", "Sixten", "Gunnel", "Elsa", "Ragnar", "Solveig", "Mikael"]
_SV_NEG = [
    "Hoppet är att Sofiegatan repareras före vintern. Ärende HEL-2026-{ref}.",
    "Bo nära Annegatan är trevligt, men gatlamporna har varit släckta sedan {d}.{m}.",
    "Linnea blommar i Centralparken i juni, klipp inte ängen före midsommar. Buss {bus} stannar nära.",
]


def _fmt_tail(rng):
    tail = rng.choice(_NEG_TAILS)
    return tail.format(ref=rng.randint(100000, 299999), bus=rng.choice(["55", "71", "79", "550", "506", "18", "65"]),
                       d=rng.randint(1, 28), m=rng.randint(1, 12), h=rng.randint(6, 22),
                       mm=rng.choice(["00", "15", "30", "45"]), pc=rng.choice(["530", "510", "560", "700", "940"]))


def _gen_positive(rng):
    tpl, case = rng.choice(_POS_TEMPLATES)
    pool = _FIRST_NAMES if rng.random() < 0.65 else _SURNAMES
    name = rng.choice(pool)[case]
    text = tpl.replace("{n}", "[[P:" + name + "]]")
    text = text.replace("{s}", "[[A:" + rng.choice(_STREETS) + "]]")
    text = text.replace("{t}", "[[T:" + rng.choice(_PHONES) + "]]")
    if rng.random() < 0.35 and not tpl.startswith("t. "):
        extra = rng.choice(_FIRST_NAMES)
        text = text + " Myös [[P:" + extra[_NOM] + "]] on huomannut saman."
    if rng.random() < 0.15:
        text = text.lower()
        for lab in ("P", "A", "T"):
            text = text.replace("[[" + lab.lower() + ":", "[[" + lab + ":")
    return "fi", text


def _gen_negative(rng):
    if rng.random() < 0.12:
        c = list(_CITIES)
        rng.shuffle(c)
        tpl = rng.choice(_CITY_NEG)
        text = tpl.format(c1=c[0][0], c2=c[1][0], c3=c[2][1], c4=c[3][2])
        return "fi", text + _fmt_tail(rng)
    start, conts = rng.choice(_NEG_STARTS)
    iness, gen = rng.choice(_NEG_PLACES)
    cont = rng.choice(conts)
    # "{p}" takes the inessive/adessive form, except where a genitive fits better
    if "{p} kuopat" in cont or "{p} roskat" in cont or "{p} jouluvalot" in cont or "{p} sillan" in cont \
            or "{p} talvi" in cont or "{p} leikkipuisto" in cont or "{p} jalkakäytävä" in cont:
        place = gen
    else:
        place = iness
    return "fi", start + " " + cont.replace("{p}", place) + _fmt_tail(rng)


def _gen_swedish(rng, positive):
    if positive:
        a, b = rng.sample(_SV_NAMES, 2)
        return "sv", rng.choice(_SV_POS).format(a=a, b=b)
    tpl = rng.choice(_SV_NEG)
    return "sv", tpl.format(ref=rng.randint(100000, 299999), d=rng.randint(1, 28), m=rng.randint(1, 12),
                            bus=rng.choice(["18", "65", "24"]))


# ---------------------------------------------------------------------------
# Part 7: assembly
# ---------------------------------------------------------------------------
_N_GEN_POS = 30
_N_GEN_NEG = 24
_N_GEN_SV_POS = 3
_N_GEN_SV_NEG = 3


def records() -> list[tuple[str, str]]:
    """Return the (lang, marked_text) pairs of block 48, deterministically."""
    rng = random.Random(SEED)
    out: list[tuple[str, str]] = []
    out.extend(_HAND_FEEDBACK)
    out.extend(_HAND_NEGATIVES)
    out.extend(_HAND_COMMENTS)
    out.extend(_HAND_VARAAMO)
    out.extend(_HAND_SWEDISH)
    seen = {text for _, text in out}

    def add(maker, count):
        made = 0
        tries = 0
        while made < count and tries < count * 50:
            tries += 1
            lang, text = maker()
            if text in seen:
                continue
            seen.add(text)
            out.append((lang, text))
            made += 1

    add(lambda: _gen_positive(rng), _N_GEN_POS)
    add(lambda: _gen_negative(rng), _N_GEN_NEG)
    add(lambda: _gen_swedish(rng, True), _N_GEN_SV_POS)
    add(lambda: _gen_swedish(rng, False), _N_GEN_SV_NEG)
    return out
