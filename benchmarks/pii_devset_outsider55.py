"""Blind evaluation block 55 for the personal-data scrubber (Kerrokantasi hearing comments).

Written by helper "outsider 55" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the brief I was handed). I ran no git commands and did not run the scrubber or
any evaluation. The texts come only from the brief and from my own knowledge of how people write.

Focus: "Kerrokantasi hearings in Finnish": long and short comments on city plans (zoning, tram lines, parks,
schools, parking) and the replies to each other, in Finnish (about 80 %) and Swedish (about 20 %), written by
residents who mention other commenters by name ("Samaa mieltä kuin Heikki", "Liisa Mäkelän kommentti",
"vastaus Pekalle"), their own family and neighbours, city officials and politicians (all fictional) by name,
architects, teachers, shopkeepers; names inflected in every Finnish case, names that are also words (Toivo,
Onni, Satu, Armas, Lahja, Tuuli), surnames that are places or words (Kallio, Mäki, Koski, Salo, Laine, Kivi,
Järvi), residents of foreign origin, initials ("M.K.") and signatures; some commenters give an address or a
phone number. About a third are hard negatives: places, parks, schools, streets and squares named after people
(Aleksis Kiven katu, Topeliuksen puisto, Kalevankatu), famous Finns (Sibelius, Mannerheim, Kekkonen, Tove
Jansson), companies, pets, and words that are names used as ordinary words (toivon, onni, tuuli, satu, armas,
lahja, kallio, mäki, koski). Signature initials of a private commenter ("M.K.") are marked as P.

Seed: 5555 (random.Random(SEED) only drives the small generators at the end of the file).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (Finnish case endings,
English 's and Swedish genitive -s inside the span; titles and role words outside), E e-mail address,
T phone number, H Finnish personal identity code, I IBAN / bank account, R licence plate, IP IP address,
A street address with a house number (postal code and city outside). Famous people and names of streets,
parks, buildings, schools and brands are not marked.
"""

import random

SEED = 5555

_HAND_FI = [
    # --- replies that name other commenters ---
    ("fi", "Samaa mieltä kuin [[P:Heikki]] yllä. Hämeentien pyöräkaistat on ollut pelkkä parannus, en ymmärrä miksi niitä nyt halutaan kaventaa autojen takia.\nt. [[P:Riitta]] Vallilasta"),
    ("fi", "[[P:Liisa Mäkelän]] kommentti osui naulan kantaan: Kalasataman raitiotien pysäkit on piirretty liian kauas koulusta. Meidän [[P:Eetu]] (8 v) joutuu ylittämään Työpajankadun joka aamu eikä siinä ole valoja."),
    ("fi", "vastaus [[P:Pekalle]]: ei se pysäköintitalo mitään ratkaise jos sinne ei kukaan halua ajaa. 180 e/kk paikasta on ihan kohtuuton hinta"),
    ("fi", "Olen täysin eri mieltä kuin [[P:Toivo Salo]]. Keskuspuistoa ei saa kaventaa metrinkään vertaa, vaikka kuinka olisi asuntopula."),
    ("fi", "Toivon, että kaupunki kuuntelee tässä asiassa lapsiperheitä. Topeliuksen puiston leikkipaikka on alueen ainoa, jossa on varjoa kesällä."),
    ("fi", "Kiitos [[P:Sadulle]] linkistä liikennelaskentaan, en tiennyt että Mäkelänkadulla ajaa 30 000 autoa vuorokaudessa!"),
    ("fi", "Luin [[P:Onnin]] ja [[P:Tuulin]] kommentit. Ymmärrän huolen puista, mutta ratikka on silti parempi kuin bussijono Itäväylällä."),
    ("fi", "Mun naapuri [[P:Armas Kivi]] (89 v) ei pääse enää bussille jos pysäkki siirretään Kettutien päähän. Kuka tätä on oikeasti miettinyt?"),
    ("fi", "Tuuli on Jätkäsaaressa jo nyt niin kova, että lastenvaunut meinaa lähteä lentoon. Korkeat tornit Länsisatamankadun varteen pahentavat sitä entisestään."),
    ("fi", "Vastaan [[P:Lahjalle]] ja muille jotka kysyivät: koulun tontti on kaavassa merkitty YO-alueeksi, eli kyllä sinne koulu tulee, mutta vasta 2029."),
    ("fi", "Onneksi edes joku ajattelee pyöräilijöitä. Armas kotikaupunkini on muuttunut hurjasti 90-luvulta."),
    ("fi", "[[P:Jukka Koskelle]]: olet väärässä, Malmin lentokentän alueelle mahtuu sekä asuntoja että puistoa. Lukekaa kaavaselostus ennen kuin kommentoitte!!"),
    ("fi", "Oon samaa mieltä [[P:Koskisen Jukan]] kanssa yhdestä asiasta: Vanhankaupunginkosken ympäristöä ei pidä rakentaa täyteen. Koski ja lohiportaat on koko alueen helmi."),
    ("fi", "Kallion kirjaston edustalle ehdotettu terassi on hyvä idea mutta Viides linja on jo nyt tukossa jakeluautoista klo 7-9."),
    ("fi", "Kaupunkisuunnittelija [[P:Jaana Kallio]] lupasi asukasillassa 14.3., että Mäkelänrinteen lukion viereinen puistikko säilyy. Nyt kaavassa siihen on piirretty parkkipaikka. Miten tämä on mahdollista?"),
    ("fi", "Vastaus [[P:Kallion Jaanalle]] ylempänä: ei, asukasiltaan ei tullut muistiota. Kysyin sitä [[E:anna-maija.rautio@elisanet.fi]] osoitteesta kaksi kertaa."),
    ("fi", "Mäki Kumpulan kasvitieteellisen puutarhan kohdalla on niin jyrkkä, että talvella pyörällä ei ole mitään asiaa sinne. Hissi tai portaat tarvittaisiin."),
    ("fi", "Naapurin [[P:Mäen Arto]] sanoi jo viime keväänä että tänne tulee kerrostaloja, en uskonut. No nyt tulee. Harmi."),
    ("fi", "Kommentoin [[P:Arto Mäen]] kirjoitusta: kerrostaloissa ei ole mitään vikaa, kunhan pihoille jää puita. Meidänkin talo on 60-luvulta."),
    ("fi", "Olen [[P:Mäkelä]], asun [[A:Koskelantie 38 A 2]]. Työmaa-aikaisesta melusta ei ole kerrottu mitään. Soittakaa vaikka [[T:040 512 3387]] jos haluatte kuulla lisää."),
    ("fi", "En ole samaa mieltä [[P:Hassanin]] kanssa siitä, että moskeijan tontti pitäisi siirtää. Se on juuri hyvällä paikalla metroaseman vieressä."),
    ("fi", "Olen [[P:Abdirahman Hassan]] ja asun Kontulassa. Kontulan ostarin suunnitelmassa ei ole yhtään paikkaa, jossa nuoret voi olla illalla. Nuorisotalo on kiinni klo 21 jälkeen. Tarvitaan lisää valoa ja penkkejä."),
    ("fi", "kiitos [[P:Abdirahmanille]] hyvästä kommentista, olen samaa mieltä! t. kontulalainen äiti [[P:Hodan]]"),
    ("fi", "Meidän tytär [[P:Aino]] käy Aleksis Kiven peruskoulua ja reitti Aleksis Kiven kadulta kouluun kulkee työmaan ohi. Pyydän että työmaa-aidat siirretään niin että jalkakäytävä säilyy."),
    ("fi", "Aleksis Kiven katu on hyvä esimerkki siitä, miten katupuut on jätetty hoitamatta. Kivi-patsas Rautatientorilla on paremmassa kunnossa kuin nämä lehmukset."),
    ("fi", "Täytyy sanoa että Sibeliuksen puiston suunnitelma on pääosin onnistunut. Monumentin ympäristö saisi silti olla rauhallisempi, turistibussit seisovat siinä moottori käynnissä."),
    ("fi", "Mannerheimintien bulevardisointi on ollut puheena jo Kekkosen ajoista asti. Tehkää se nyt vihdoin, älkää enää selvittäkö."),
    ("fi", "Tove Janssonin puisto Katajanokalla tarvitsisi lisää roska-astioita. Kesäisin kaikki on täynnä pizzalaatikoita."),
    ("fi", "Kalevankadun ja Albertinkadun risteykseen tarvitaan korotettu suojatie. Joka päivä klo 8 ja 15 siinä on vaaratilanteita kun lapset menevät kouluun."),
    ("fi", "vastaus kirjoittajalle [[P:Pekka]]: en tiedä kuka olet mutta kirjoitit ihan asiaa 👍"),
    # --- officials, architects, politicians (fictional) ---
    ("fi", "Arkkitehti [[P:Kimmo Lehtovaara]] esitteli suunnitelman hienosti, mutta havainnekuvissa on aina aurinkoista ja kesä. Näyttäkää miltä Hernesaari näyttää marraskuussa klo 16."),
    ("fi", "Apulaispormestari [[P:Helena Ruotsalaiselle]] terveisiä: lupasitte vaalien alla, ettei Vartiosaarta rakenneta. Muistetaan tämä seuraavissa vaaleissa."),
    ("fi", "Valtuutettu [[P:Jari Heikkilä]] kirjoitti Facebookissa, että pysäköintimaksut nousevat vasta 2027. Pitääkö tämä paikkansa? Kerrokantasissa ei puhuta asiasta mitään."),
    ("fi", "Liikenneinsinööri [[P:Mikael Järvi]] vastasi minulle sähköpostilla ([[E:mikael.jarvi@hel.fi]]) että valo-ohjelmaa muutetaan. Kiitos hänelle!"),
    ("fi", "[[P:Järven Mikaelin]] vastaus oli asiallinen, mutta valot eivät ole muuttuneet. Sama 90 sekunnin odotus Pasilansillalla edelleen."),
    ("fi", "Projektipäällikkö [[P:Sari Laine]] sanoi tilaisuudessa että ”kaikki palaute luetaan”. Toivottavasti myös tämä. [[P:Laineen]] tiimille kiitos kuitenkin perusteellisesta esittelystä."),
    ("fi", "Kaupunginvaltuutettu [[P:Mirja Koskelalle]] ja muille lautakunnan jäsenille: käykää itse kävelemässä Koskelan sairaala-alueen läpi ennen kuin päätätte purkamisesta."),
    ("fi", "Koskelan sairaala-alueen vanhat rakennukset ovat osa Helsingin historiaa. Purkaminen olisi virhe."),
    ("fi", "Rehtori [[P:Päivi Nurmi]] kertoi vanhempainillassa, että Käpylän peruskoulun väistötilat ovat parakeissa ainakin kolme vuotta. Lapsemme ansaitsevat parempaa."),
    ("fi", "Paavo Nurmen tien varren puut kaadettiin jo. Olympiastadionin ympäristö näyttää nyt parkkikentältä."),
    ("fi", "Luokanopettaja [[P:Tuomas Kiven]] mukaan uusi koulureitti kulkee kolmen vilkkaan risteyksen kautta. Hän on oikeassa, olen kävellyt sen itse [[P:Onni]]-poikani kanssa."),
    ("fi", "Meidän koira Onni rakastaa Kivikon ulkoilupuistoa, älkää viekö sitä koirapuistoa pois! 🐕"),
    ("fi", "Kioskin pitäjä [[P:Mehmet Demir]] Siilitien ostarilla on ollut paikalla 20 vuotta. Jos ostari puretaan, mihin hän ja muut yrittäjät siirtyvät? Kysyin häneltä itse, eikä kaupunki ollut ottanut häneen yhteyttä."),
    ("fi", "[[P:Demirin]] kioski on koko korttelin olohuone. Samaa mieltä kuin edellinen kirjoittaja."),
    ("fi", "Kauppias [[P:Harri Salo]] (K-Market Maunula) sanoi että huoltoajo takapihan kautta loppuu jos kevyen liikenteen väylä tehdään suunnitelman mukaan. Tämä pitää ratkaista."),
    ("fi", "Salon suunnalta tulevat työmatkalaiset jättävät autonsa Leppävaaraan. Liityntäpysäköintiä tarvitaan lisää, ei vähemmän."),
    ("fi", "[[P:Salolle]] ja [[P:Kalliolle]] vastaukseksi: kaavassa lukee selvästi, että autopaikkoja on 0,4 per asunto."),
    # --- address / phone / id / account ---
    ("fi", "Asun [[A:Sturenkatu 21 A 5]], 00510 Helsinki, aivan suunnitellun raitiotiepysäkin kohdalla. Ikkunani ovat kadulle päin ja ratikan kääntöpaikka tulisi 15 metrin päähän makuuhuoneesta. Haluan, että minulle ilmoitetaan kirjallisesti jos suunnitelma etenee.\n[[P:Raili Virtanen]]\n[[T:050 437 2291]]"),
    ("fi", "Hei! Olemme taloyhtiö As Oy Käpyläntie 5:n hallitus. Vastustamme puiden kaatoa tontin rajalta. Hallituksen pj [[P:Markku Salminen]], [[T:+358 44 789 0123]], [[E:markku.salminen@kolumbus.fi]]"),
    ("fi", "minun osoite on [[A:Kaarelantie 7 B 12]] ja meidän parkkipaikka on ollut kaksi kuukautta työmaan käytössä ilman että kukaan on kysynyt. rekkari [[R:ZKL-482]] jos joku haluaa tarkistaa että auto on joutunut kadulle ja saanut sakot"),
    ("fi", "Auto [[R:GOE-736]] on seissyt Laajasalontien levähdyspaikalla puoli vuotta, ehkä tämäkin kertoo jotain pysäköinnin tarpeesta alueella 🙄"),
    ("fi", "Pysäköintitunnukseni hakemus on ollut käsittelyssä 7 viikkoa (hakemusnumero PYS-2024-118734). Asukaspysäköintialue I, auto [[R:BTX-19]]. Kuka tätä hoitaa?"),
    ("fi", "Kerään rahaa valitukseen hallinto-oikeuteen Meri-Rastilan metsän puolesta. Jos haluat tukea, tilinumero [[I:FI21 1234 5600 0007 85]] (saaja Meri-Rastilan metsän ystävät / [[P:Kaisa Lindroos]]). Kiitos kaikille!"),
    ("fi", "Ilmoittautuminen kävelykierrokselle: [[P:Pirjo Heikkinen]], synt. [[H:131052-308T]], [[A:Meri-Rastilantie 11 D 48]]. Tuon mukanani myös puolisoni [[P:Esan]]."),
    ("fi", "Korjaus edelliseen: tuo henkilötunnus ei kuulu tänne, voisiko ylläpito poistaa sen? [[P:Pirjo H.]]"),
    ("fi", "Kerrokantasi ei päästänyt kommenttiani läpi, virheilmoituksessa luki ”blocked request from [[IP:85.76.112.43]]”. Yritän uudelleen. Eli: Pakilantien kavennus on huono idea."),
    ("fi", "terveisiä [[P:Tuuli Koskiselle]] joka järjesti adressin, sain allekirjoitettua sen [[A:Pakilantie 61]] kirjastolla. Jos joku muu haluaa, soittakaa Tuulille [[T:045 223 9810]]"),
    ("fi", "Numeroni on [[T:0451234567]], voin näyttää paikan päällä missä kohtaa Kustaankadun sadevesikaivot tulvivat. [[P:Seppo]]"),
    ("fi", "Asukasyhdistyksen puolesta: kokous ke 12.2. klo 18 Malmitalossa, sali 2. Tervetuloa kaikki! Lisätietoja yhdistyksen sivuilta."),
    ("fi", "Lisätietoja kokouksesta antaa sihteeri [[P:Marja-Leena Aaltonen]], [[T:09 694 2231]] (ilt.)"),
    # --- negatives: famous people, places, companies, words ---
    ("fi", "Eliel Saarisen tien ja Topeliuksenkadun kulmaan ei tarvita uutta hotellia. Alue on jo valmiiksi täynnä."),
    ("fi", "Urho Kekkosen kadun bussipysäkki on niin ahdas, että kaikki eivät mahdu katoksen alle. Linja 21 ja 24 tulevat usein samaan aikaan."),
    ("fi", "Minna Canthin kadun pyöräkaista loppuu yhtäkkiä ja pyöräilijät ohjataan suoraan raitiokiskoille. Vaarallista!"),
    ("fi", "Stockmannin kulmalla on joka joulu sama ongelma: jalankulkijoita on enemmän kuin jalkakäytävälle mahtuu. Aleksanterinkatu pitäisi muuttaa kävelykaduksi kokonaan."),
    ("fi", "Lassila & Tikanoja tyhjentää jäteastiat kello 6 aamulla. Voisiko kaupunki sopia myöhemmästä ajasta, kun kyse on asuinalueesta?"),
    ("fi", "Sinebrychoffin puisto on talvella ihana pulkkamäki. Älkää rakentako sinne mitään uutta kioskia."),
    ("fi", "Fazerin tehtaan alueen kaavamuutos Vantaalla kuulostaa hyvältä, kunhan julkinen liikenne järjestetään ennen asukkaiden muuttoa."),
    ("fi", "Mannerheimin ratsastajapatsaan ympäristö Kiasman edessä toimii hyvin. Kopioikaa sama ratkaisu Kansalaistorille."),
    ("fi", "Jean Sibeliuksen syntymäpäivänä 8.12. soitetaan liputuspäivän konsertti Sibelius-talossa Lahdessa, mutta Helsingissä Sibelius-monumentilla ei ole edes valaistusta. Korjatkaa tämä."),
    ("fi", "Satu-tunnit Oodissa ovat lasten lempiohjelmaa. Toivon, että kirjaston aukioloja ei lyhennetä säästösyistä."),
    ("fi", "Lahjaksi kaupungille: jättäkää Kivinokan mökkialue rauhaan. Se on kesämökkiläisille koko elämä."),
    ("fi", "Onni on, että Helsingissä on vielä näin paljon metsää. Vartiosaari, Kivinokka ja Stansvik – kaikki pitää säilyttää."),
    ("fi", "Toivo paremmasta elää, mutta Raide-Jokerin aikataulu on ollut yhtä myöhästymistä. Linja 15 kulkee ruuhkassa 10 minuutin välein vaikka piti kulkea 5."),
    ("fi", "Koulujen verkkosuunnitelmassa ehdotetaan Arabian peruskoulun yhdistämistä. Yläkoululaisten matka pitenisi 2,5 kilometriä. Vastustan."),
    ("fi", "Alppilan lukion, Kallion lukion ja Ressun tilat ovat kaikki ahtaita. Miksi uutta lukiota ei suunnitella Kalasatamaan?"),
    ("fi", "HSL:n bussi 55 ei voi kulkea Koskelantien kautta jos katu kavennetaan. Tämä on sanottu jo 2019 lausunnossa."),
    ("fi", "Hartwall Arenan (nyk. Helsinki Halli) ympäristö on ollut tyhjillään jo kaksi vuotta. Mitä alueelle on suunniteltu?"),
    ("fi", "Kaavaehdotus nro 12765 on nähtävillä 3.4.–3.5. Muistutukset osoitetaan kaupunkiympäristölautakunnalle, diaarinumero HEL 2023-004512."),
    ("fi", "Paulig, Kone, Wärtsilä ja Nokia – kaikki isot yritykset ovat lähteneet keskustasta. Ei kannata rakentaa lisää toimistoja Pasilaan."),
    ("fi", "Ehdotus nimetä uusi puisto Tarja Halosen mukaan on ihan ok, mutta Kaisaniemenpuisto saa kyllä pysyä nimellään."),
    ("fi", "Meidän kissa Lahja karkasi viime kesänä juuri tuon työmaan takia, kun aidat olivat auki. Pitäkää aidat kiinni!"),
    ("fi", "Kuten presidentti Niinistö aikanaan sanoi, metsä on suomalaiselle kirkko. Keskuspuisto on Helsingin kirkko."),
    ("fi", "Kivi, Runeberg ja Topelius saivat kaikki kadun Helsingissä. Olisiko aika nimetä jokin uusi katu naiskirjailijalle, esim. Edith Södergranille?"),
    ("fi", "ratikka 9 kulkee jo nyt täynnä Pasilan ja Kallion välillä, lisää vuoroja pliis"),
    ("fi", "Kalasataman tornien varjoanalyysi on tehty kesäpäivälle 21.6. klo 12. Pyydän että tehdään myös analyysi 21.12. klo 14."),
    ("fi", "Laineet lyövät Aurinkolahden rantamuurin yli joka syysmyrsky. Rannan uusi kävelyreitti pitää suunnitella korkeammalle."),
    ("fi", "Hyvä suunnitelma! 👏 Vihdoinkin Hämeentie kuntoon."),
    ("fi", "Vastustan. Liian korkeaa, liian tiivistä, liian vähän vihreää."),
    ("fi", "Kuka päättää näistä? Asukkaat vai konsultit? Kerrokantasi on pelkkää teatteria."),
    ("fi", "Otaniementien ja Tekniikantien risteykseen tarvitaan turvallinen pyörätien jatke, Aalto-yliopiston kampukselle tulee tuhansia pyöräilijöitä päivässä."),
    ("fi", "Alvar Aallon suunnittelema Finlandia-talo ja sen ympäristö ansaitsee parempaa kuin parkkikentän."),
    ("fi", "Armas Launiksen kadun pysäköintikielto pitäisi ulottaa koko kadulle. Autot seisovat suojateillä."),
    ("fi", "Tikkurilan aseman seudulle tarvitaan lisää pyöräpaikkoja, Tikkurilantien varrella ne ovat aina täynnä klo 7 mennessä."),
    ("fi", "Kiitos kaikille kommentoijille, hyvä keskustelu! Ihmettelen vain, miksi kaupunki ei vastaa mihinkään."),
    ("fi", "Salomonkadun kävelykatu ja Kampin keskus toimivat, samaa tarvitaan Itäkeskukseen. Stoan aukio on liian tuulinen."),
    # --- mixed family / neighbours / long comments ---
    ("fi", "Pitkä kommentti, pahoittelen.\n\nAsumme perheeni kanssa Herttoniemessä, [[A:Siilitiellä 9 A 3]]. Lapsemme [[P:Venla]] ja [[P:Eemil]] käyvät Herttoniemen ala-astetta ja kulkevat Siilitien yli joka päivä. Suunnitelmassa suojatie siirretään 80 metriä pohjoiseen, jolloin reitti pitenee ja moni lapsi oikaisee suoraan kadun yli. Mieheni [[P:Janne]] on liikennesuunnittelija ja hänenkin mielestään tämä on huono ratkaisu.\n\nToiseksi: metroaseman pyöräparkki on jo nyt täynnä. Lisää paikkoja tarvitaan.\n\n[[P:Hanna Korhonen]]"),
    ("fi", "[[P:Hanna Korhoselle]] kiitos perusteellisesta kommentista. Meillä sama tilanne, [[P:Oskari]] menee ensi syksynä ekaluokalle ja pelottaa tuo risteys."),
    ("fi", "Isäni [[P:Toivo]] (s. 1938) on asunut Käpylässä koko ikänsä ja muistaa kun Koskelantie oli vielä hiekkatie. Hänen mielestään puutalot on suojeltava. Olen samaa mieltä."),
    ("fi", "Toivon ettei [[P:Toivon]] kommenttia oteta vakavasti, koska puutalojen suojelu on jo kaavassa. Tässä keskustellaan vain pysäköinnistä."),
    ("fi", "^ tarkennan: tarkoitin [[P:Toivon]] isän kommenttia ylempänä, en [[P:Toivo Salon]] kirjoitusta. Sori sekaannus."),
    ("fi", "Lähetin saman palautteen myös suoraan suunnittelijalle. Terveisin [[P:M.K.]]"),
    ("fi", "Terveisin\n[[P:Eila]] ja [[P:Rauno Järvinen]]\n[[A:Reposalmentie 13]], Laajasalo"),
    ("fi", "Meitä asuu tässä talossa 42 perhettä, ja olemme keränneet nimet vastustukseen. Nimilista on toimitettu kirjaamoon 3.10.2024, kirje nro 57/2024. Yhteyshenkilö [[P:Ritva Nyberg]] ([[E:ritva.nyberg@hotmail.fi]])."),
    ("fi", "Ei muuta kuin että [[P:Nyberg]] ei puhu koko talon puolesta, minua ei ainakaan kysytty 😐"),
    ("fi", "[[P:Olga Ivanova]] tässä, asun Vuosaaressa 12 vuotta. Minä ymmärrän suomea hyvin mutta suunnitelmat on vaikea lukea. Voisiko olla selkokielinen versio tai venäjäksi? Kiitos."),
    ("fi", "Hyvä ehdotus [[P:Olgalta]]! Myös somaliksi ja arabiaksi tarvittaisiin tiivistelmät. Vuosaaressa puhutaan kymmeniä kieliä."),
    ("fi", "Kiitos [[P:Olga Ivanovalle]] ja [[P:Hodanille]]. Kaupunki on kyllä tehnyt selkoesitteen, löytyy Vuotalon infosta."),
    ("fi", "[[P:Nguyen Van Long]] kirjoitti ravintolan takapihan jäteastioista, mutta se ei liity tähän kaavaan. Kannattaa tehdä palaute suoraan kaupungille."),
    ("fi", "Olen ravintolayrittäjä Itäkeskuksessa. Kuten [[P:Nguyen]] sanoi, jätehuolto on koko korttelin ongelma. Omistaja [[P:Li Wei]] (naapuriravintola) on samaa mieltä."),
    ("fi", "Mun mummi [[P:Lahja]] asui Pihlajamäessä 50 vuotta eikä koskaan halunnut muuttaa, koska siellä oli metsä ikkunan alla. Nyt siihen metsään tulee kerrostalo. Surullista."),
    ("fi", "Pihlajamäen ostoskeskus on suojeltu, mutta lähimetsä ei. Kaavan pitäisi käsitellä molempia."),
    ("fi", "vaimoni [[P:Satu]] kysyi että onko leikkipuistoon tulossa vessaa. onko? t. [[P:Ville]]"),
    ("fi", "[[P:Sadun]] kysymykseen: leikkipuisto Brahen kohdalla saa WC:n 2025 mukaan, ks. suunnitelman liite 4."),
    ("fi", "Leikkipuisto Brahe ja leikkipuisto Kotinummi ovat molemmat saaneet uudet laitteet, hyvä!"),
    ("fi", "[[P:Villelle]]: leikkipuistojen WC:t ovat auki vain puistotätien työaikana klo 9–16."),
    ("fi", "Kommentti [[P:Kirsi Lindqvistille]]: rantareitin valaistus on jo budjetoitu, sitä ei tarvitse erikseen pyytää."),
    ("fi", "meidän rappukäytävän naapuri [[P:Ahmed]] sanoi että parkkihallin sisäänajo tulee suoraan meidän ikkunan alle. voisitteko tarkistaa, asun [[A:Vuosaarentie 6 B 22]]"),
    ("fi", "Vastaan [[P:Ahmedille]] ja kaikille Vuosaarentien asukkaille: sisäänajo on kaavakartassa kohdassa ”ajo” eli tontin länsipäässä, ei teidän talon kohdalla."),
    ("fi", "Mielestäni koko Kerrokantasi on turha jos kukaan ei vastaa. Kysyin 2 kuukautta sitten kaupunkisuunnittelija [[P:Laura Heinolta]], eikä vastausta ole kuulunut."),
    ("fi", "Keskustelua seuranneena: [[P:Heikin]], [[P:Liisan]] ja [[P:Pekan]] näkemykset ovat kaikki tärkeitä, mutta kukaan ei ole puhunut vanhuksista. Palvelutalo Kustaankartanon asukkaille ratikkapysäkki on elintärkeä."),
    ("fi", "Kustaankartanon palvelukeskus sijaitsee Oulunkylässä, ja sinne tarvitaan kunnollinen esteetön reitti Käskynhaltijantieltä."),
    ("fi", "[[P:Heikkiä]] lainaten: ”jos ratikka tulee, autot lähtee”. Juuri niin, ja hyvä niin."),
    ("fi", "Ilman [[P:Liisaa]] tästä keskustelusta ei olisi tullut mitään. Kiitos että jaksoit kaivaa ne liikennelaskennat esiin."),
    ("fi", "Kysyin [[P:Pekalta]] asukasillassa, mistä hän on saanut luvun 180 e/kk. Ei osannut vastata."),
    ("fi", "[[P:Pekkana]] kirjoittanut henkilö on muuten taloyhtiön hallituksessa, joka on rakennuttajan kumppani. Jäävi, sanoisin."),
    ("fi", "Olen kirjoittanut tähän keskusteluun nimellä [[P:Pekka]], koska se on oikea nimeni. En ole kenenkään kumppani. [[P:Pekka Laaksonen]], Käpylä"),
    ("fi", "Espoon puolelta: Leppävaaran uuden koulun suunnitelma on hieno. Arkkitehtitoimisto JKMM:n ehdotus on paras. [[P:Kristiina]] (kolmen lapsen äiti)"),
    ("fi", "Asun [[A:Leppävaarankatu 3 A 15]], Espoo, ja työmaan melu alkaa klo 6.30. Lupa on klo 7 alkaen. Kuka valvoo? [[P:Timo Rantanen]] [[T:+358 40 661 8842]]"),
    ("fi", "Vantaalla Myyrmäen aseman ympäristöä kehitetään, ja hyvä niin. Ison Omenan kaltaista kauppakeskusta ei kuitenkaan tarvita Vantaalle."),
    ("fi", "Äitini [[P:Armas]]-veljen (eli enoni) perikunta omistaa tontin Tapanilassa. Kaavamuutos vaikuttaa siihen suoraan. Olemme jättäneet muistutuksen."),
    ("fi", "Tapanilan erätien vanhat huvilat ovat korvaamattomia. Kaikki muu voi muuttua, mutta ei Erätie."),
    ("fi", "Kirjoitan setäni [[P:Onni Virtasen]] puolesta, joka ei osaa käyttää tietokonetta. Hän vastustaa saunan purkua Kulosaaren rannassa. Hänen osoitteensa [[A:Kulosaarentie 14 C 9]], 00570 Helsinki."),
    ("fi", "[[P:Virtaselle]] terveisiä, sauna on alueen yhteinen aarre! Kulosaaren yhteiskoulun oppilaatkin käyvät siellä uimassa."),
    ("fi", "Kulosaaren yhteiskoulu ja Kulosaaren ala-aste kulkevat molemmat samaa väylää metroasemalle. Tarvitaan leveämpi silta."),
    ("fi", "Lämpimät kiitokset [[P:Armakselle]] ja [[P:Tuulille]], jotka järjestivät talkoot Vallilan siirtolapuutarhassa. Hieno tempaus!"),
    ("fi", "Hei [[P:Tuuli]], voisitko laittaa seuraavan talkoopäivän tähän ketjuun? Minulla ei ole Facebookia. – [[P:Kaarina]]"),
    ("fi", "Seuraavat talkoot la 17.5. klo 10–14 Vallilan siirtolapuutarhan portilla. Tervetuloa! Ota omat hanskat."),
    ("fi", "[[P:J. Koskinen]] kirjoitti lehteen samasta aiheesta jo 2022. Mikään ei ole muuttunut."),
    ("fi", "Hesarissa 12.3. oli juttu tästä kaavasta. Lehdessä haastateltu asukasyhdistyksen pj oli minusta oikeassa."),
    ("fi", "[[P:Tapio Mäkinen]] asukasyhdistyksestä soitti minulle viime viikolla ja pyysi allekirjoittamaan vetoomuksen. Tein sen mielelläni."),
    ("fi", "Olen Kalasatamasta, [[A:Capellan puistotie 27 B 40]]. Kolmas kerta tänä vuonna kun Hermannin rantatien pyörätie on suljettu ilman kiertotietä. [[P:Niko]]"),
    ("fi", "Meidän poika [[P:Eliaksen]] päiväkoti Kalasatamassa on ahdas ja piha pieni. Lisää päiväkoteja tarvitaan ennen kuin rakennetaan lisää torneja."),
    ("fi", "Elias Lönnrotin mukaan nimetty Lönnrotinkatu tarvitsisi kunnon remontin, kiveys on ihan rikki."),
    ("fi", "[[P:Priya Sharmalle]] vastaukseksi: Otaniemen raitiotie on osa Raide-Jokerin jatkoa, ei erillinen hanke."),
    ("fi", "Olen [[P:Priya Sharma]], tutkijatohtori Aalto-yliopistossa. Pyöräily Otaniemestä Keilaniemeen on vaarallista Kehä I:n ramppien kohdalla. Ehdotan alikulkua."),
    ("fi", "Kehä I:n ramppien kohdalla on kyllä jo alikulku, se vain on huonosti valaistu ja kyltitetty."),
    ("fi", "[[P:Maija Mäki-Kuusela]] Maunulan asukastalosta pyysi laittamaan tämän tänne: Maunulan kaavassa pitää säilyttää Maunulan metsä. Allekirjoitan."),
    ("fi", "Vastaus [[P:Mäki-Kuuselalle]]: Maunulan metsä on kaavassa jo VL-aluetta eli lähivirkistysaluetta."),
    ("fi", "Vastaus [[P:Tuomolle]] (kommentti 14): kaavassa ei ole määritelty kattomuotoa, se tulee vasta rakennuslupavaiheessa."),
    ("fi", "Kommentti 14 oli minusta asiallinen, en ymmärrä miksi se sai niin paljon alapeukkuja."),
    ("fi", "Sain kaupungilta vastauksen (viite HEL-2024-011203). Päätös tehdään kaupunkiympäristölautakunnassa 28.1. Tiedoksi kaikille."),
    ("fi", "[[P:Leena]] tässä taas. Soitin [[T:09 310 37412]] eli kaavoittajan numeroon, ja hän sanoi että kommentit käsitellään kaikki ennen lautakuntaa."),
    ("fi", "Terveisiä [[P:Leenalle]]: kaavoittaja on [[P:Outi Lehtinen]], hänen sähköpostinsa on [[E:outi.lehtinen@hel.fi]] jos haluaa kysyä suoraan."),
    ("fi", "[[P:Lehtisen Outi]] vastasi minullekin ja nopeasti. Kiitos!"),
    ("fi", "Oma osoitteeni on [[A:Mechelininkatu 28 B 17]], ja talomme pihalta näkee Hietaniemen hautausmaan. Siihen ei saa rakentaa pysäköintilaitosta."),
    ("fi", "Hietaniemen hautausmaalla lepäävät niin Mannerheim, Kekkonen kuin Tove Janssonkin. Alue on kansallisaarre."),
    ("fi", "Nimeni on [[P:Kalle]] ja olen 12-vuotias. Haluan että Malminkartanon skeittipuisto säilyy. Äiti kirjoitti tän puolestani."),
    ("fi", "[[P:Kallelle]] kiitos rohkeasta kommentista! Skeittiparkki on tärkeä. t. Malminkartanon nuorisotalon ohjaaja [[P:Mikko]]"),
    ("fi", "Malminkartanonhuipulle ei saa rakentaa mitään, se on ainoa paikka josta näkee koko Helsingin."),
    ("fi", "Jos tuo kaava menee läpi, myymme asuntomme. [[P:Jorma]] ja [[P:Anneli Kivelä]], [[A:Pitäjänmäentie 17 A 4]]"),
]

_HAND_SV = [
    ("sv", "Jag håller med [[P:Stina]]. Spårvägen över Kronbroarna är bra, men hållplatsen på Högholmen måste flyttas närmare skolan."),
    ("sv", "Svar till [[P:Bengt]]: nej, parkeringshuset i Fiskehamnen har inte fler platser än förut, det står i planbeskrivningen sid. 14."),
    ("sv", "[[P:Mikaela Lindholms]] kommentar är klok. Busholmens gårdar är redan för mörka, nya höghus gör det bara värre."),
    ("sv", "Som [[P:Bo Sjöberg]] skrev ovan: trafiken på Tavastvägen har minskat sedan cykelbanorna byggdes. Bra så!"),
    ("sv", "Jag bor på Drumsö sedan 1978 och har aldrig sett så mycket byggande som nu. Bo kvar eller flytta, det är frågan."),
    ("sv", "Tack [[P:Bo]] för länken! Jag visste inte att Drumsövägens ombyggnad redan var beslutad."),
    ("sv", "Min granne [[P:Björn Holm]] och jag har samlat 120 underskrifter mot att Brändö strandpark bebyggs. Listan lämnades in 4.11."),
    ("sv", "Björnholmen och Brändö strandpark är två helt olika ställen, blanda inte ihop dem i diskussionen."),
    ("sv", "[[P:Holms]] lista är fin men planen gäller inte strandparken alls, läs kartan."),
    ("sv", "Rektor [[P:Annika Ek]] vid Kottby lågstadieskola berättade på föräldramötet att skolan flyttar till baracker hösten 2025. Varför har ingen frågat oss föräldrar?"),
    ("sv", "Zacharias Topeliusskolan och Tölö gymnasium har båda för små skolgårdar. Tölöviken borde användas för idrott."),
    ("sv", "Esplanadparken, Sibeliusparken och Tove Janssons park behöver alla fler soptunnor på sommaren."),
    ("sv", "Jag heter [[P:Ulla Westerlund]] och bor på [[A:Runebergsgatan 40 A 9]], 00100 Helsingfors. Buller från byggplatsen börjar kl. 6.45. Ring mig gärna: [[T:040 918 2273]]."),
    ("sv", "[[P:Ullas]] inlägg stämmer, samma sak här vid Runebergsgatan. Dessutom står lastbilarna på trottoaren."),
    ("sv", "Hälsningar till stadsplanerare [[P:Johan Nyström]], som lovade på invånarkvällen att björkarna vid Kottbyvägen ska sparas. Vi kommer ihåg det!"),
    ("sv", "[[P:Nyströms]] löfte var muntligt, vi behöver det skriftligt. Jag har mejlat honom på [[E:johan.nystrom@hel.fi]] men inte fått svar."),
    ("sv", "Mannerheimvägen vid Nationalmuseet är farlig för cyklister. Gör en riktig cykelbana, inte bara målade linjer."),
    ("sv", "Runebergsdagen den 5 februari är en bra dag att öppna den nya parken, Runebergs staty ligger ju nära."),
    ("sv", "Svar till [[P:Linnea]] (kommentar 7): ja, bussen 58 kommer att gå via Böle även i fortsättningen."),
    ("sv", "Linnea och vitsippor växer vid Centralparkens östra kant. Skogen får inte röjas."),
    ("sv", "Jag stöder planen. Hertonäs behöver fler bostäder och en riktig torgplats. /[[P:Fredrik]]"),
    ("sv", "Håller inte med [[P:Fredrik]] alls. Hertonäs torg är fint som det är."),
    ("sv", "Min mamma [[P:Gunnel]] (84) kan inte gå till nya hållplatsen, den är 400 meter längre bort. Tänk på de äldre!"),
    ("sv", "Till [[P:Gunnels]] dotter: det finns anropsstyrd servicelinje, ring HRT:s kundtjänst."),
    ("sv", "Gamlas station behöver en hiss. Det har sagts sedan 2015."),
    ("sv", "Vi är familjen [[P:Grönroos]] från Nordsjö, [[A:Nordsjövägen 15 B 3]]. Barnen [[P:Elsa]] och [[P:Vilho]] cyklar till Nordsjö lågstadieskola och korsningen vid metron är livsfarlig."),
    ("sv", "Vilja finns, men pengar saknas, sa stadsfullmäktige. Typiskt."),
    ("sv", "[[P:Vilja Strand]] skriver att pengar saknas. Men pengar till tunneln under Esplanaden fanns nog!"),
    ("sv", "Strand, berg och skog – det är vad Degerö har. Bygg inte bort det."),
    ("sv", "Jag har bott på [[A:Degerövägen 44 E 61]] i 30 år. Spårvägen är välkommen men depån hör inte hemma vid stranden. [[P:Rolf Åberg]]"),
    ("sv", "[[P:Rolf]], depån är flyttad i den senaste versionen, se bilaga 3. /[[P:Karin L.]]"),
    ("sv", "Tack [[P:Karin]]! Då tar jag tillbaka min kritik."),
    ("sv", "Stockmann, Alko och Akademiska bokhandeln ligger alla vid samma kvarter. Gör Alexandersgatan till gågata hela vägen."),
    ("sv", "Jag skickade samma synpunkt till registratorskontoret, ärende HEL 2024-007781. Svar väntas inom 30 dagar."),
    ("sv", "Hälsningar från Esbo! Mattby behöver en bättre förbindelse till Hagalund. [[P:Henrik]] och [[P:Sofia]] med barn"),
    ("sv", "Som [[P:Mattias Berg]] påpekade är Hagalund redan trafikstockat kl. 16–18."),
    ("sv", "Enligt [[P:Bergs]] siffror skulle restiden minska med 8 minuter. Var kommer siffrorna ifrån?"),
    ("sv", "Mitt namn är [[P:Amina Yusuf]], jag bor i Kvarnbäcken. Jag vill att planerna finns också på somaliska. Tack."),
    ("sv", "Bra förslag av [[P:Amina]]! Också arabiska och ryska behövs."),
    ("sv", "Lärkan är en bra skola men gymnasiet Lärkans gård behöver skugga. Plantera träd, inte bara gräs."),
    ("sv", "Min bil [[R:KXP-318]] fick böter på Sandvikskajen trots att skyltarna var täckta av byggställning. Hur ska man veta?"),
]

# ---------------------------------------------------------------------------
# Small generators (the remaining records). Case forms are written out by hand.
# keys: nom, gen, par, all, ade, abl, ela, ess
# ---------------------------------------------------------------------------

_FIRST = [
    dict(nom="Heikki", gen="Heikin", par="Heikkiä", all="Heikille", ade="Heikillä", abl="Heikiltä", ela="Heikistä", ess="Heikkinä"),
    dict(nom="Pekka", gen="Pekan", par="Pekkaa", all="Pekalle", ade="Pekalla", abl="Pekalta", ela="Pekasta", ess="Pekkana"),
    dict(nom="Liisa", gen="Liisan", par="Liisaa", all="Liisalle", ade="Liisalla", abl="Liisalta", ela="Liisasta", ess="Liisana"),
    dict(nom="Satu", gen="Sadun", par="Satua", all="Sadulle", ade="Sadulla", abl="Sadulta", ela="Sadusta", ess="Satuna"),
    dict(nom="Onni", gen="Onnin", par="Onnia", all="Onnille", ade="Onnilla", abl="Onnilta", ela="Onnista", ess="Onnina"),
    dict(nom="Toivo", gen="Toivon", par="Toivoa", all="Toivolle", ade="Toivolla", abl="Toivolta", ela="Toivosta", ess="Toivona"),
    dict(nom="Armas", gen="Armaksen", par="Armasta", all="Armakselle", ade="Armaksella", abl="Armakselta", ela="Armaksesta", ess="Armaksena"),
    dict(nom="Lahja", gen="Lahjan", par="Lahjaa", all="Lahjalle", ade="Lahjalla", abl="Lahjalta", ela="Lahjasta", ess="Lahjana"),
    dict(nom="Tuuli", gen="Tuulin", par="Tuulia", all="Tuulille", ade="Tuulilla", abl="Tuulilta", ela="Tuulista", ess="Tuulina"),
    dict(nom="Jukka", gen="Jukan", par="Jukkaa", all="Jukalle", ade="Jukalla", abl="Jukalta", ela="Jukasta", ess="Jukkana"),
    dict(nom="Kirsi", gen="Kirsin", par="Kirsiä", all="Kirsille", ade="Kirsillä", abl="Kirsiltä", ela="Kirsistä", ess="Kirsinä"),
    dict(nom="Matti", gen="Matin", par="Mattia", all="Matille", ade="Matilla", abl="Matilta", ela="Matista", ess="Mattina"),
    dict(nom="Aino", gen="Ainon", par="Ainoa", all="Ainolle", ade="Ainolla", abl="Ainolta", ela="Ainosta", ess="Ainona"),
    dict(nom="Ahmed", gen="Ahmedin", par="Ahmedia", all="Ahmedille", ade="Ahmedilla", abl="Ahmedilta", ela="Ahmedista", ess="Ahmedina"),
    dict(nom="Olga", gen="Olgan", par="Olgaa", all="Olgalle", ade="Olgalla", abl="Olgalta", ela="Olgasta", ess="Olgana"),
    dict(nom="Fatima", gen="Fatiman", par="Fatimaa", all="Fatimalle", ade="Fatimalla", abl="Fatimalta", ela="Fatimasta", ess="Fatimana"),
    dict(nom="Dmitri", gen="Dmitrin", par="Dmitriä", all="Dmitrille", ade="Dmitrillä", abl="Dmitriltä", ela="Dmitristä", ess="Dmitrinä"),
    dict(nom="Merja", gen="Merjan", par="Merjaa", all="Merjalle", ade="Merjalla", abl="Merjalta", ela="Merjasta", ess="Merjana"),
    dict(nom="Antti", gen="Antin", par="Anttia", all="Antille", ade="Antilla", abl="Antilta", ela="Antista", ess="Anttina"),
    dict(nom="Tomasz", gen="Tomaszin", par="Tomaszia", all="Tomaszille", ade="Tomaszilla", abl="Tomaszilta", ela="Tomaszista", ess="Tomaszina"),
]

_SUR = [
    dict(nom="Mäkelä", gen="Mäkelän", par="Mäkelää", all="Mäkelälle", ade="Mäkelällä", abl="Mäkelältä", ela="Mäkelästä", ess="Mäkelänä"),
    dict(nom="Kallio", gen="Kallion", par="Kalliota", all="Kalliolle", ade="Kalliolla", abl="Kalliolta", ela="Kalliosta", ess="Kalliona"),
    dict(nom="Mäki", gen="Mäen", par="Mäkeä", all="Mäelle", ade="Mäellä", abl="Mäeltä", ela="Mäestä", ess="Mäkenä"),
    dict(nom="Koski", gen="Kosken", par="Koskea", all="Koskelle", ade="Koskella", abl="Koskelta", ela="Koskesta", ess="Koskena"),
    dict(nom="Salo", gen="Salon", par="Saloa", all="Salolle", ade="Salolla", abl="Salolta", ela="Salosta", ess="Salona"),
    dict(nom="Laine", gen="Laineen", par="Lainetta", all="Laineelle", ade="Laineella", abl="Laineelta", ela="Laineesta", ess="Laineena"),
    dict(nom="Kivi", gen="Kiven", par="Kiveä", all="Kivelle", ade="Kivellä", abl="Kiveltä", ela="Kivestä", ess="Kivenä"),
    dict(nom="Järvi", gen="Järven", par="Järveä", all="Järvelle", ade="Järvellä", abl="Järveltä", ela="Järvestä", ess="Järvenä"),
    dict(nom="Virtanen", gen="Virtasen", par="Virtasta", all="Virtaselle", ade="Virtasella", abl="Virtaselta", ela="Virtasesta", ess="Virtasena"),
    dict(nom="Nieminen", gen="Niemisen", par="Niemistä", all="Niemiselle", ade="Niemisellä", abl="Niemiseltä", ela="Niemisestä", ess="Niemisenä"),
    dict(nom="Heikkilä", gen="Heikkilän", par="Heikkilää", all="Heikkilälle", ade="Heikkilällä", abl="Heikkilältä", ela="Heikkilästä", ess="Heikkilänä"),
    dict(nom="Hassan", gen="Hassanin", par="Hassania", all="Hassanille", ade="Hassanilla", abl="Hassanilta", ela="Hassanista", ess="Hassanina"),
    dict(nom="Nguyen", gen="Nguyenin", par="Nguyenia", all="Nguyenille", ade="Nguyenilla", abl="Nguyenilta", ela="Nguyenista", ess="Nguyenina"),
    dict(nom="Nowak", gen="Nowakin", par="Nowakia", all="Nowakille", ade="Nowakilla", abl="Nowakilta", ela="Nowakista", ess="Nowakina"),
    dict(nom="Lindqvist", gen="Lindqvistin", par="Lindqvistiä", all="Lindqvistille", ade="Lindqvistillä", abl="Lindqvistiltä", ela="Lindqvististä", ess="Lindqvistinä"),
    dict(nom="Korhonen", gen="Korhosen", par="Korhosta", all="Korhoselle", ade="Korhosella", abl="Korhoselta", ela="Korhosesta", ess="Korhosena"),
]

_OPINIONS_FI = [
    "pyöräkaistat pitää erottaa ajoradasta kunnolla eikä vain maalata viivaa",
    "ratikka on ainoa järkevä ratkaisu tähän kasvuun",
    "puita ei saa kaataa ennen kuin korvaavat istutukset on tehty",
    "asukaspysäköinnin hinnan nosto on kohtuuton eläkeläisille",
    "koulun piha on jo nyt liian pieni, lisää oppilaita ei mahdu",
    "kaavassa on liikaa kerroksia, 8 kerrosta riittää hyvin",
    "leikkipuisto pitää säilyttää nykyisellä paikallaan",
    "työmaaliikenne pitää ohjata muualle kuin koulun ohi",
    "rantareitti on alueen tärkein ulkoilupaikka",
    "kivijalkaan tarvitaan liiketiloja, muuten katu kuolee",
    "pysäkkivälin pidentäminen on huono asia vanhuksille",
    "melueste pitäisi tehdä lasista eikä betonista",
    "pysäköintilaitos kannattaa rakentaa maan alle",
    "tämä suunnitelma on parempi kuin edellinen versio",
    "yleiskaava ei velvoita rakentamaan juuri tähän kohtaan",
    "koirapuisto tarvitsee valaistuksen talveksi",
]

_TOPICS_FI = [
    "Hämeentien katusuunnitelmassa", "Kruunusiltojen raitiotiessä", "Malmin lentokentän kaavassa",
    "Meri-Rastilan länsirannan kaavassa", "Vihdintien pikaraitiotiessä", "Keskuspuiston reunan kaavassa",
    "Tuusulanväylän bulevardissa", "Hernesaaren asemakaavassa", "koulujen palveluverkkosuunnitelmassa",
    "pysäköintipolitiikan päivityksessä", "Kalasataman keskuksen kaavassa", "Pasilan asemanseudun suunnitelmassa",
]

_SIGN_DISTRICTS = ["Käpylä", "Vallila", "Kontula", "Vuosaari", "Maunula", "Herttoniemi", "Laajasalo",
                   "Pihlajamäki", "Malmi", "Lauttasaari", "Munkkiniemi", "Tapanila", "Kallio", "Mellunmäki"]


def _full(f, s, case):
    # Finnish full names inflect only the surname
    return f["nom"] + " " + s[case]


def _gen_fi_replies(rng, n):
    out = []
    for i in range(n):
        f = rng.choice(_FIRST)
        s = rng.choice(_SUR)
        op = rng.choice(_OPINIONS_FI)
        top = rng.choice(_TOPICS_FI)
        k = i % 15
        if k == 0:
            t = "Vastaus [[P:%s]]: %s." % (f["all"], op)
        elif k == 1:
            t = "[[P:%s]] kommentti on oikeassa, %s." % (_full(f, s, "gen"), op)
        elif k == 2:
            t = "Olen eri mieltä kuin [[P:%s %s]]. Minusta %s." % (f["nom"], s["nom"], op)
        elif k == 3:
            t = "Kiitos [[P:%s]] hyvästä huomiosta! %s %s." % (f["all"], top[0].upper() + top[1:], "on vielä paljon korjattavaa")
        elif k == 4:
            t = "@[[P:%s %s]] – %s, eikö?" % (f["nom"], s["nom"], op)
        elif k == 5:
            t = "Kysyisin [[P:%s]], mistä luku on peräisin? %s mainitaan vain 40 autopaikkaa." % (f["abl"], top[0].upper() + top[1:])
        elif k == 6:
            t = "Kuten [[P:%s]] ylempänä kirjoitti, %s." % (f["nom"], op)
        elif k == 7:
            t = "En voi olla samaa mieltä [[P:%s]] kanssa. %s." % (f["gen"], op[0].upper() + op[1:])
        elif k == 8:
            t = "[[P:%s]] on hyvä pointti: %s." % (_full(f, s, "ade"), op)
        elif k == 9:
            t = "Kävin [[P:%s]] kanssa katsomassa paikan eilen. %s." % (_full(f, s, "gen"), op[0].upper() + op[1:])
        elif k == 10:
            t = "[[P:%s %s]] tässä. %s %s." % (s["gen"], f["nom"], top[0].upper() + top[1:], "unohdetaan kokonaan jalankulkijat")
        elif k == 11:
            t = "Lainaan [[P:%s]]: ”%s”. Juuri näin." % (_full(f, s, "par"), op)
        elif k == 12:
            t = "Sain [[P:%s]] viestin, jossa hän kertoi että %s. Hyvä kuulla." % (_full(f, s, "abl"), op)
        elif k == 13:
            t = "Puhuimme asukasillassa paljon [[P:%s]], joka on tehnyt ison työn tämän asian eteen. %s." % (
                _full(f, s, "ela"), op[0].upper() + op[1:])
        else:
            t = "Olen toiminut taloyhtiön hallituksessa [[P:%s]] kanssa ja voin sanoa, että %s." % (f["gen"], op)
        r = rng.random()
        if r < 0.25:
            t += "\n– [[P:%s %s.]]" % (f["nom"], s["nom"][0])
        elif r < 0.40:
            t += " t. [[P:%s.%s.]]" % (f["nom"][0], s["nom"][0])
        elif r < 0.55:
            t += "\n[[P:%s %s]], %s" % (f["nom"], s["nom"], rng.choice(_SIGN_DISTRICTS))
        elif r < 0.62:
            t = t[0].lower() + t[1:] if t[0] != "[" and t[0] != "@" else t
            t = t.rstrip(".") + " " + rng.choice(["!!", "??", "🙄", "👍", "..."])
        out.append(("fi", t))
    return out


_NEG_PLACES = [
    "Aleksis Kiven kadun", "Topeliuksen puiston", "Sibeliuksen puiston", "Tove Janssonin puiston", "Kalevankadun",
    "Runeberginkadun", "Mannerheimintien", "Urho Kekkosen kadun", "Minna Canthin kadun", "Eliel Saarisen tien",
    "Paavo Nurmen tien", "Armas Launiksen kadun", "Fredrikinkadun", "Albertinkadun", "Annankadun",
    "Lönnrotinkadun", "Mechelininkadun", "Kustaa Vaasan tien", "Sinebrychoffin puiston", "Alvar Aallon kadun",
]
_NEG_ISSUES = ["pyörätie", "katuvalaistus", "suojatie", "pysäköintijärjestely", "puurivi", "leikkipaikka",
               "bussipysäkki", "lumenaurausreitti", "hulevesiviemäröinti", "jalkakäytävän leveys"]
_NEG_VERDICT = {
    "bad": ["on ollut surkeassa kunnossa jo vuosia", "unohtuu suunnitelmasta kokonaan",
            "vaatii parempaa talvikunnossapitoa"],
    "good": ["toimii nykyisellään hyvin, älkää muuttako", "on suunnitelman paras osa"],
    "wish": ["korjataan ennen kuin mitään uutta rakennetaan", "säilyy nykyisellään", "otetaan vihdoin huomioon"],
}
_NEG_OPENERS = {
    "bad": ["", "Mielestäni ", "Valitettavasti ", "Armas kaupunki: "],
    "good": ["", "Onneksi ", "Mielestäni "],
    "wish": ["Toivon, että ", "Tärkeintä on että ", "Toivottavasti "],
}
_NEG_TAILS = [
    " Asiasta on tehty palaute jo 2021 (HEL 2021-008844).",
    " Linja 23 kulkee siitä klo 6–23 noin 10 min välein.",
    " Esittelytilaisuus pidetään ti 4.3. klo 17.30 Töölön kirjastossa.",
    " Postinumeroalue 00250 on jo nyt Helsingin tiheimpiä.",
    " Kustannusarvio oli 2,4 milj. euroa.",
    " Kirjasto on auki ma–to 10–20, pe 10–18.",
    " Ratikka 4 ja 10 pysähtyvät lähellä.",
    " Kalevankadulla ja Bulevardilla tilanne on samanlainen.",
    " Stockmannin ja Alkon jakeluautot seisovat siinä aamuisin.",
    " Kaavan valmistelija on kaupunkiympäristön toimiala.",
    "",
    "",
]


def _gen_fi_negatives(rng, n):
    out = []
    for i in range(n):
        place = _NEG_PLACES[(i * 7 + rng.randrange(3)) % len(_NEG_PLACES)]
        issue = rng.choice(_NEG_ISSUES)
        kind = ("bad", "good", "wish")[rng.randrange(3)]
        verdict = rng.choice(_NEG_VERDICT[kind])
        opener = rng.choice(_NEG_OPENERS[kind])
        body = "%s %s %s." % (place, issue, verdict)
        if opener:
            body = opener + body
        t = body + rng.choice(_NEG_TAILS)
        if rng.random() < 0.2:
            t += rng.choice([" 👍", " !!!", " :(", " Kiitos."])
        if rng.random() < 0.15:
            t = t.lower()
        out.append(("fi", t))
    return out


_STREETS = [
    ("Hämeentie", "Hämeentiellä"), ("Fleminginkatu", "Fleminginkadulla"), ("Kustaankatu", "Kustaankadulla"),
    ("Välimerenkatu", "Välimerenkadulla"), ("Tyynenmerenkatu", "Tyynenmerenkadulla"), ("Kontulantie", "Kontulantiellä"),
    ("Ostostie", "Ostostiellä"), ("Kielotie", "Kielotiellä"), ("Myyrmäentie", "Myyrmäentiellä"),
    ("Tikkurilantie", "Tikkurilantiellä"), ("Kallvikintie", "Kallvikintiellä"), ("Jollaksentie", "Jollaksentiellä"),
    ("Hiihtäjäntie", "Hiihtäjäntiellä"), ("Linnanrakentajantie", "Linnanrakentajantiellä"),
    ("Konalantie", "Konalantiellä"), ("Huopalahdentie", "Huopalahdentiellä"), ("Porkkalankatu", "Porkkalankadulla"),
    ("Helsinginkatu", "Helsinginkadulla"), ("Vallilantie", "Vallilantiellä"), ("Runeberginkatu", "Runeberginkadulla"),
    ("Kalevankatu", "Kalevankadulla"), ("Aleksis Kiven katu", "Aleksis Kiven kadulla"),
    ("Topeliuksenkatu", "Topeliuksenkadulla"), ("Mannerheimintie", "Mannerheimintiellä"),
]

_ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "A", "Ö": "O", "Å": "A"})


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    a, b = rng.randrange(100, 1000), rng.randrange(1000, 10000)
    style = rng.randrange(5)
    if style == 0:
        return "%s %d %d" % (pre, a, b)
    if style == 1:
        return "%s%d%d" % (pre, a, b)
    if style == 2:
        return "%s-%d %d" % (pre, a, b)
    if style == 3:
        return "+358 %s %d %d" % (pre[1:], a, b)
    return "+358%s%d%d" % (pre[1:], a, b)


def _address(rng, inflected=False):
    nom, ade = rng.choice(_STREETS)
    num = str(rng.randrange(1, 90))
    street = ade if inflected else nom
    r = rng.random()
    if r < 0.35:
        return "%s %s" % (street, num)
    if r < 0.8:
        return "%s %s %s %d" % (street, num, rng.choice("ABCDE"), rng.randrange(1, 70))
    return "%s %s as %d" % (street, num, rng.randrange(1, 40))


def _email(rng, f, s):
    fn, sn = f["nom"].lower().translate(_ASCII), s["nom"].lower().translate(_ASCII)
    dom = rng.choice(["gmail.com", "outlook.com", "hotmail.fi", "welho.com", "elisanet.fi", "iki.fi", "yahoo.com"])
    st = rng.randrange(4)
    if st == 0:
        return "%s.%s@%s" % (fn, sn, dom)
    if st == 1:
        return "%s%s%d@%s" % (fn, sn[0], rng.randrange(50, 99), dom)
    if st == 2:
        return "%s_%s@%s" % (fn[0], sn, dom)
    return "%s.%s%d@%s" % (fn, sn, rng.randrange(1, 9), dom)


_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _hetu(rng):
    y = rng.randrange(1935, 2005)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    nnn = rng.randrange(2, 900)
    dd = "%02d%02d%02d" % (d, m, y % 100)
    return "%s%s%03d%s" % (dd, "-" if y < 2000 else "A", nnn, _HETU_CHARS[int(dd + "%03d" % nnn) % 31])


def _iban(rng):
    bban = "".join(str(rng.randrange(10)) for _ in range(14))
    ck = 98 - int(bban + "151800") % 97
    raw = "FI%02d%s" % (ck, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _gen_fi_contact(rng, n):
    out = []
    for i in range(n):
        f = rng.choice(_FIRST)
        s = rng.choice(_SUR)
        k = i % 8
        if k == 0:
            t = "Olen [[P:%s %s]] ja asun osoitteessa [[A:%s]]. %s. Minuun saa yhteyttä numerosta [[T:%s]]." % (
                f["nom"], s["nom"], _address(rng), rng.choice(_OPINIONS_FI).capitalize(), _phone(rng))
        elif k == 1:
            t = "%s.\n\nYst. terv.\n[[P:%s %s]]\n[[A:%s]]\n[[E:%s]]" % (
                rng.choice(_OPINIONS_FI).capitalize(), f["nom"], s["nom"], _address(rng), _email(rng, f, s))
        elif k == 2:
            t = "asun [[A:%s]] ja %s. jos kaupungilta halutaan kysyä lisää niin soittakaa [[T:%s]] ([[P:%s]])" % (
                _address(rng, inflected=True), rng.choice(_OPINIONS_FI), _phone(rng), f["nom"])
        elif k == 3:
            t = "Välitän naapurini [[P:%s]] viestin, hänellä ei ole verkkopankkitunnuksia: ”%s.” Hänen numeronsa on [[T:%s]]." % (
                _full(f, s, "gen"), rng.choice(_OPINIONS_FI).capitalize(), _phone(rng))
        elif k == 4:
            t = "Keräämme lahjoituksia asukasyhdistyksen lausuntoa varten. Tili [[I:%s]], saaja [[P:%s %s]]. Kiitos!" % (
                _iban(rng), f["nom"], s["nom"])
        elif k == 5:
            t = "Ilmoittaudun kävelykierrokselle: [[P:%s %s]], [[H:%s]], puh. [[T:%s]]" % (
                f["nom"], s["nom"], _hetu(rng), _phone(rng))
        elif k == 6:
            t = "Taloyhtiömme ([[A:%s]]) autopaikalla seisoo jo kolmatta viikkoa vieras auto [[R:%s-%d]]. %s." % (
                _address(rng), "".join(rng.choice("ABCEFGHJKLMNOPRSTUVXYZ") for _ in range(3)), rng.randrange(1, 999),
                "Tämäkin kertoo pysäköintipaikkojen puutteesta")
        else:
            t = "Yhteystiedot jos tarvitaan: [[P:%s %s]], [[E:%s]], [[T:%s]]" % (
                f["nom"], s["nom"], _email(rng, f, s), _phone(rng))
        out.append(("fi", t))
    return out


_SV_FIRST = ["Stina", "Bengt", "Mikaela", "Bo", "Björn", "Ulla", "Gunnel", "Henrik", "Linnea", "Rolf", "Karin",
             "Johan", "Annika", "Sofia", "Mats", "Ebba", "Viktor", "Leila", "Nikolai"]
_SV_SUR = ["Lindholm", "Sjöberg", "Lindqvist", "Holm", "Berg", "Lund", "Strand", "Ek", "Nyström", "Grönroos",
           "Åberg", "Westerlund", "Forsman", "Ahmadi"]
_SV_OPIN = [
    "spårvägen behövs, men inte på bekostnad av parken",
    "cykelbanan ska vara skild från gångbanan",
    "skolgården är redan för liten",
    "boendeparkeringen blir alldeles för dyr för pensionärer",
    "träden längs gatan måste sparas",
    "höghusen skuggar hela kvarteret på vintern",
    "busshållplatsen flyttas för långt bort",
    "planen är bättre än den förra versionen",
]
_SV_NEG = [
    "Sibeliusparken och Esplanadparken behöver fler bänkar.",
    "Mannerheimvägen borde få fler träd mellan Tölö torg och Operan.",
    "Tove Janssons park på Skatudden är för mörk på kvällarna.",
    "Runebergsgatan och Topeliusgatan borde få 30 km/h hela vägen.",
    "Stockmann och Alko har sina lastplatser på trottoaren, det är farligt.",
    "Bo i Helsingfors har blivit dyrt, planera fler hyresbostäder.",
    "Linje 7 och 9 går redan fulla förbi Böle, vi behöver fler turer.",
    "Mötet hålls ons 12.2 kl. 18 i Malms kulturhus, alla välkomna.",
]


def _sv_gen(name):
    return name if name[-1] in "sxz" else name + "s"


def _gen_sv(rng, n):
    out = []
    for i in range(n):
        fn = rng.choice(_SV_FIRST)
        sn = rng.choice(_SV_SUR)
        op = rng.choice(_SV_OPIN)
        k = i % 8
        if k == 0:
            t = "Svar till [[P:%s]]: %s." % (fn, op)
        elif k == 1:
            t = "Jag håller med om [[P:%s]] kommentar, %s." % (_sv_gen(fn), op)
        elif k == 2:
            t = "Som [[P:%s %s]] skrev ovan: %s." % (fn, sn, op)
        elif k == 3:
            t = rng.choice(_SV_NEG)
        elif k == 4:
            t = "Tack [[P:%s]]! Jag tycker också att %s. /[[P:%s %s.]]" % (
                fn, op, rng.choice(_SV_FIRST), rng.choice(_SV_SUR)[0])
        elif k == 5:
            t = "Enligt [[P:%s]] siffror blir restiden %d minuter längre. Stämmer det?" % (
                _sv_gen(fn + " " + sn), rng.randrange(3, 15))
        elif k == 6:
            t = "Jag bor på [[A:%s %d]] och %s. Ring [[T:%s]] om ni vill veta mer. [[P:%s %s]]" % (
                rng.choice(["Tavastvägen", "Drumsövägen", "Degerövägen", "Nordsjövägen", "Fredriksgatan", "Sturegatan"]),
                rng.randrange(1, 80), op, _phone(rng), fn, sn)
        else:
            t = " ".join(rng.sample(_SV_NEG, 2))
        out.append(("sv", t))
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = list(_HAND_FI) + list(_HAND_SV)
    out += _gen_fi_replies(rng, 34)
    out += _gen_fi_negatives(rng, 20)
    out += _gen_fi_contact(rng, 12)
    out += _gen_sv(rng, 17)
    return out
