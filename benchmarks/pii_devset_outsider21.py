"""Blind evaluation block 21 for the free-text personal-data scrubber.

Written by helper "outsider 21" on 2026-12-07.

Blindness: the author did not open, grep, list or run anything under harvester/, tests/, scripts/,
benchmarks/pii_eval.py, benchmarks/pii_build_devset.py or any other benchmarks/pii_devset_outsider*.py file,
and did not run any scrubber or evaluation. The only input was the written brief.

Focus: Kerrokantasi hearing comments and OmaStadi proposal comment threads (about 60 % Finnish, 25 % Swedish,
15 % English) on real Helsinki planning topics: city bike stations, Malmi airport, tram lines, Keskuspuisto,
schools, libraries, swimming halls, dog parks and noise walls. Commenters address and mention each other,
invented officials and councillors (persons), neighbours, children and coaches. Names of many origins and in
many Finnish cases, placed next to confusable words: place names that are also surnames (Kallio, Salo, Lahti,
Koski, Mäki), Finnish words that are first names (Onni, Toivo, Lumi, Aamu, Ilta, Valo, Rauha, Sade, Tuuli,
Satu, Helmi, Kerttu), Swedish words that are names (Bo, Dag, Sten, Björn, Stig, Ros, Vide, Saga) and English
words that are names (Will, Mark, Grace, Hope, Joy, Bill, Frank, Rose, June, May). Names appear sentence-
initially before verbs, in parentheses, after dashes, in quotes, after "@" and deep inside long sentences.
About a third of the records are hard negatives (capitalised non-names, pets, famous or historical people,
streets and parks named after people, case numbers, dates, times, prices, bus and tram lines, postal codes,
opening hours, years). A few phones, e-mails, addresses and plates, and one each of HETU, IBAN and IP are included.

Seed: 2121 (a fixed random.Random(2121) drives the templated part; the hand-written part is fixed text).

Markup: [[LABEL:text]] around each piece of personal data. Labels: P person name (any part, nickname),
E e-mail, T phone, H Finnish personal identity code, I IBAN / bank account, R licence plate,
A street address with house number (incl. staircase/flat), IP IP address. Role words and titles stay outside
P spans; Finnish case endings are inside unless written after a colon ("[[P:Ahmed]]:lle"); English
possessives and Swedish genitive -s are inside. records() returns (lang, marked_text) pairs.
"""

from __future__ import annotations

import random
import re
import unicodedata

SEED = 2121

# ---------------------------------------------------------------------------------------------------------
# Hand-written records (individually composed, not templated)
# ---------------------------------------------------------------------------------------------------------

_FI_HAND: list[str] = [
    "Kaupunkipyöräasema Kalliossa Fleminginkadun ja Helsinginkadun kulmassa on aamulla aina tyhjä. "
    "Toivottavasti telineitä saadaan lisää ensi kaudella, nyt joutuu kävelemään Sörnäisiin asti.",
    "[[P:Onni Kallio]] kirjoitti hyvin: Malmin lentokentän alue pitää säilyttää viheralueena eikä rakentaa "
    "täyteen kerrostaloja. Olen samaa mieltä [[P:Onnin]] kanssa ja lisäisin, että kiitotie sopisi vaikka "
    "rullaluisteluun.",
    "Vastaus @[[P:Tuuli]]: tuuli ei ole Keskuspuistossa ongelma, vaan se että valaistus puuttuu Paloheinän ja "
    "Maunulan väliltä kokonaan.",
    "Sade jatkui koko viikon ja Vallilan koirapuiston aitaus on yhtä mutavelliä. Portti ei mene kiinni, ja "
    "pienet koirat pääsevät karkuun. Korjatkaa ennen pakkasia!",
    "Kaupunginvaltuutettu [[P:Sade Lahtinen]] lupasi viime syksynä, että Oulunkylän uimahallin peruskorjaus "
    "alkaa 2025. Nyt on joulukuu 2026 eikä työmaata näy. [[P:Sateen]] kannattaisi tulla vastaamaan tänne itse.",
    "Asun Lahdessa mutta teen töitä Pasilassa, ja Raide-Jokeri (linja 15) on tehnyt työmatkasta siedettävän. "
    "Kiitos kaikille, jotka ajoitte tätä!",
    "Suunnittelija [[P:Jari Lahti]] kertoi asukasillassa, että Kehä I:n meluseinästä tulee 4 metriä korkea. "
    "[[P:Lahden]] mukaan lopullinen päätös tehdään keväällä, mutta me Pihlajamäessä emme jaksa odottaa enää "
    "vuotta.",
    "Kiitos suunnittelijoille [[P:Mikko Mäelle]] ja [[P:Hanna Koskelle]] nopeasta vastauksesta! Koskelan "
    "varikon kaavassa on silti liian vähän puita, ja mäki Koskelantien puolella on jätetty kokonaan huomiotta.",
    "Itäkeskuksen uimahallin aukioloajat (ma–pe 6.30–21.00, la–su 9–18) ovat liian suppeat. Ennen sai uida "
    "kymmeneen asti. Liput 6,80 € / aikuinen eivät myöskään ole halpoja.",
    "Kun kävin viime torstaina Pasilan kirjastossa ja kysyin henkilökunnalta, miksi lasten satutunti on "
    "siirretty keskelle aamupäivää, kirjastovirkailija [[P:Satu Heinonen]] kertoi ystävällisesti, että päätös "
    "tuli ylempää eikä hänellä ole siihen mitään sanomista, joten kysyn nyt täällä julkisesti: kuka tämän "
    "päätti ja miksi työssäkäyvien vanhempien lapsia ei huomioitu?",
    "Meidän Onni-koira ja naapurin samojedi Lumi tykkäävät Kivikon koirapuistosta, mutta pienten koirien puoli "
    "on liian pieni ja siellä on vain yksi penkki.",
    "Ehdotus ”Lisää penkkejä Keskuspuistoon” – kannatan ehdottomasti! 🌲\n"
    "t. [[P:Aamu Virtanen]] ja pikkusisko [[P:Ilta]] (9 v)",
    "aamu on paras aika uida, ilta-aukioloja voi mun puolesta vähentää. aamuvuoroja lisää Yrjönkadulle ja "
    "Töölöön kiitos",
    "[[P:Toivo Salo]] hoi! Luin kommenttisi ja olen eri mieltä: Salossa pienet lähikirjastot ehkä toimivat, "
    "mutta Helsingissä jokaisen pitäminen auki maksaa miljoonia.",
    "Toivoisin, että Malmin lentokentän kiitotie jäisi puistokäyttöön. Rauha ja hiljaisuus ovat harvinaista "
    "herkkua tässä kaupungissa, ja kentän niityillä pesii kiuruja.",
    "[[P:Rauha Koskinen]] tässä hei, 82-vuotias kontulalainen. Kirjastoauto ei enää pysähdy Kontulantiellä, ja "
    "minulle se oli ainoa tapa saada kirjoja. Tyttäreni [[P:Päivi]] kirjoittaa tämän puolestani, koska en osaa "
    "käyttää tätä sivua.",
    "Valo puuttuu kokonaan Keskuspuiston pyörätieltä Maunulan kohdalla. Pimeällä siellä ei näe eteensä, ja "
    "viime talvena kaaduin kahdesti. Lisää valoa, kiitos!",
    "Me [[P:Valon]] kanssa pelataan futista Brahenkentällä ja valot sammuu jo yhdeksältä. Voisko ne olla päällä "
    "kymmeneen? Talvella on pimeetä jo neljältä\n– [[P:Eetu]], 13 v",
    "Valmentaja [[P:Kerttu Mäkinen]] (HIFK:n juniorit) on vetänyt talviharjoituksia Oulunkylän tekonurmella jo "
    "kymmenen vuotta. Jos kenttä muutetaan asuntotontiksi, missä [[P:Kertun]] ryhmät jatkavat?",
    "Kumpulan puutarhat ja Vanhankaupunginlahti ovat tämän alueen helmiä. Älkää rakentako raitiovaunuvarikkoa "
    "niiden viereen.",
    "[[P:Helmi Ahonen]] ehdotti jo 2023 OmaStadissa koira-aitausta Herttoniemen rantaan ja sai 1 204 ääntä. "
    "Miksi toteutus viivästyy yhä?",
    "Asukasillassa Malmitalolla [[P:Abdirahman Yusuf]] kysyi hyvän kysymyksen: miksi somalinkielistä "
    "tiedotusta ei ollut lainkaan? Vastaaja ([[P:Liisa Rantanen]], kaupunkiympäristön toimiala) lupasi "
    "selvittää asian.",
    "Iso kiitos [[P:Olenalle]] tulkkauksesta Malmitalon infossa! Ilman häntä puolet ukrainalaisista "
    "naapureistamme ei olisi ymmärtänyt raitiotiesuunnitelmasta mitään.",
    "Lähetin kuvat [[P:Nguyen]]:lle ja hän liitti ne ehdotukseen. Kuvissa näkyy, kuinka lumi on kasattu suoraan "
    "kaupunkipyöräaseman päälle Hakaniemessä.",
    "Kruunusillat-raitiotie tuo ratikan Laajasalosta keskustaan. Kysymys: pysähtyykö ratikka Korkeasaaren "
    "kohdalla, vai pitääkö eläintarhaan edelleen mennä lautalla?",
    "Jos joku haluaa liittyä meluseinäadressiin, ottakaa yhteyttä: [[P:Markku Väisänen]], "
    "[[E:markku.vaisanen@gmail.com]] tai [[T:040 718 2291]]. Kerätään nimiä Tuusulanväylän varren asukkailta "
    "joulukuun loppuun asti.",
    "Meluseinän puute näkyy meillä osoitteessa [[A:Käskynhaltijantie 14 B 22]], jossa ikkunat tärisevät aina "
    "rekkojen mennessä. Mittasimme sovelluksella 68 dB kello 23.",
    "Vanhankaupunginkoski on upea paikka, sinne pitäisi tehdä kunnon polku Keskuspuiston pohjoispäästä. Nyt "
    "reitti katkeaa Viikintien kohdalla.",
    "[[P:Ville Koski]] kommentoi alempana, että Vanhankaupunginkosken pato pitäisi purkaa. Olen samaa mieltä, "
    "[[P:Ville]] – kalat ensin!",
    "Malminkartanonhuippu ja Myllypuron mäki ovat alueen ainoat kunnon pulkkamäet, älkää rakentako niille "
    "mitään.",
    "Sihteerin muistiinpanoissa luki: ”Vastuuhenkilö: [[P:Mäki, Anu]] (asemakaavoitus), puh. [[T:09 310 37516]]”. "
    "Soitin kolme kertaa, kukaan ei vastannut.",
    "Käpylän peruskoulun lisärakennus valmistuu syksyllä 2027. Siihen asti 5.–6. luokat opiskelevat "
    "väistötiloissa Koskelan entisen sairaalan alueella.",
    "Poikani [[P:Elias]] ja hänen kaverinsa [[P:Mohamed]] pyöräilevät kouluun Mäkelänkatua pitkin. Ylityspaikka "
    "Sturenkadun kohdalla on hengenvaarallinen aamuisin.",
    "> [[P:Pekka Hakala]] kirjoitti:\n> Raitiotie Mannerheimintiellä vie kaksi autokaistaa.\n\n"
    "Eikä vie, [[P:Pekka]]. Lue suunnitelma sivulta 14, siinä on kaistat piirretty.",
    "Sanna Marin tai Petteri Orpo eivät päätä Malmin kentästä, vaan kaupunginvaltuusto. Turha kirjoitella "
    "heille.",
    "Aleksis Kiven kadun pyöräkaista ja Urho Kekkosen kadun bussipysäkit ovat kantakaupungin pahimmat "
    "pullonkaulat.",
    "Alvar Aallon Kulttuuritalon viereen ei saa rakentaa meluseinää, se pilaisi näkymän Sturenkadulle.",
    "Hei apulaispormestari [[P:Heidi Lindroos]], milloin Töölön kirjaston remontti oikeasti alkaa? "
    "Kirjastonjohtaja [[P:Marjatta]] ei tiennyt.",
    "Sama valkoinen pakettiauto [[R:KJN-418]] on seissyt kaupunkipyöräasemalla Kaisaniemessä jo kaksi viikkoa. "
    "Pyöriä ei mahdu telineisiin.",
    "Palaute on kirjattu numerolla HEL 2026-014382. Käsittelyaika on noin 4 viikkoa. Vastaamme viimeistään "
    "15.1.2027.",
    "Salossa ja Lahdessa kirjastoauto käy syrjäkylissä viikoittain. Miksi Helsingissä kirjastoauto ei enää "
    "pysähdy Vartiokylässä?",
    "Kiitos [[P:Salolle]] hyvästä esityksestä! (Kaupunkisuunnittelija [[P:Tiina Salo]] esitteli Malmin "
    "keskustan suunnitelmaa Malmitalolla 3.10.)",
    "[[P:Lumi]] (7 v) kysyi minulta, miksi leikkipuisto suljettiin. En osannut vastata. Voisiko joku "
    "kaupungilta kertoa?",
    "Lumi tuli taas ja Keskuspuiston latu on ajettu pyörillä piloille. Latukoneen pitäisi kulkea useammin kuin "
    "kerran viikossa.",
    "Raitiolinja 9:n jatke Itä-Pasilaan oli hyvä ratkaisu, kiitos siitä – [[P:Juhani Aaltonen]], Pasila-seura",
    "Hyvät päättäjät,\n\nOlemme Tapaninvainion koulun vanhempainyhdistys. Koulun piha on ollut työmaana kaksi "
    "vuotta, ja lapset leikkivät parkkipaikalla. Pyydämme, että piha valmistuu ennen syyslukukautta.\n\n"
    "Terveisin\n[[P:Minna Kallio]]\nvanhempainyhdistyksen pj\n[[T:050 431 8820]]",
    "Tontilla on iso siirtolohkare ja kallio, joka pitäisi säilyttää lasten kiipeilypaikkana. Kaavassa se "
    "on merkitty rakennusalaksi.",
    "samaa mieltä kuin [[P:jussi]] ja [[P:anne-mari]], kirjasto pitää olla auki sunnuntaisin. ei kaikki voi "
    "mennä keskustaan",
    "[[P:Sami Mantyla]] sanoi etta uimahallin miesten sauna on ollut rikki jo 3 viikkoa. Kukaan ei korjaa, "
    "onko tama normaalia??",
    "Upea ehdotus 👏👏 [[P:Jenni]] ja [[P:Aleksi]], äänestin! 🐕🌳",
    "Onneksi kaupunki lopulta korjasi maauimalan altaan. Onni onnettomuudessa, että vuoto huomattiin ennen "
    "kesää.",
    "Toivo elää vielä: ehkä Malmin kenttä saadaan joskus takaisin ilmailukäyttöön.",
    "Vastaus [[P:Toivolle]]: kenttää ei voi palauttaa, koska kiitotie on jo osin purettu ja alueelle on "
    "myönnetty rakennuslupia.",
    "@[[P:Ilkka_P]] voitko kysyä valmentaja [[P:Jukka Mäeltä]], tarvitaanko kaukalolle uusi valaistus ennen "
    "joulua?",
    "Kiitos [[P:Mehmet Yılmazille]] ja [[P:Chen Wei]]:lle, jotka kokosivat 300 allekirjoitusta koirapuiston "
    "puolesta!",
    "Ilta-aukioloa kaivataan Malmin kirjastoon – nyt ovet sulkeutuvat jo klo 18 perjantaisin.",
    "Opettaja [[P:Aamu Hirvonen]] vie luokkansa joka perjantai Keskuspuistoon metsäretkelle. Jos puiston läpi "
    "rakennetaan bulevardi, [[P:Aamun]] retket loppuvat.",
    "[[P:Kati L.]] 12.11. klo 14.03\nMeluseinä Vihdintien varteen? Ei kiitos, se on ruma.\n\n"
    "[[P:Timo Heikkilä]] 12.11. klo 15.47\n@[[P:Kati L.]] ruma mutta tarpeellinen. Me asutaan 20 metrin päässä.",
    "Kaupunkiympäristön asiakaspalvelu vastaa numerossa [[T:09 310 22111]] arkisin 9–16, mutta jonotusaika on "
    "ollut yli puoli tuntia.",
    "Palautteeni koski kirjastoa, ei uimahallia. Tarkistakaa ennen kuin vastaatte. (Viite: 2026-0912-33)",
    "Naapuri [[P:Ahmed]]:n lapset käyvät Aurinkolahden koulua ja kulkevat Vuosaaren metroasemalta bussilla 90. "
    "Pysäkillä ei ole katosta.",
    "Valtuutettu [[P:Pirjo Laaksonen]] (vihr.) ja valtuutettu [[P:Reijo Kettunen]] (kok.) ovat molemmat "
    "sanoneet tukevansa uimahallia Jätkäsaareen. Pitäkää lupauksenne!",
    "Samaa mieltä [[P:Anni Lahden]] kanssa: Lahden kaltaiset kaupungit ovat jo rakentaneet kunnon "
    "pyörätieverkon, Helsinki laahaa perässä.",
    "Bussi 506 kulkee Meilahdesta Kumpulaan 10 min välein, mutta iltaisin vain 30 min välein. Pysäkki H2291 on "
    "ilman katosta.",
    "Oodin 3. kerroksessa on tilaa, mutta Kallion kirjaston lehtisali on ahdas. Avoinna ma–to 8–20, pe 8–18, "
    "la 10–16.",
    "Naapurin [[P:Irma]]-täti ei pääse enää uimahalliin, kun pysäkki siirrettiin 400 metriä kauemmas.",
    "Opettajamme [[P:Hodan Farah]] kertoi, että koulun kirjasto suljetaan, koska kaupunginkirjasto on lähellä. "
    "Se on 1,5 km päässä!",
    "Lahjoitukset koirapuiston agilityesteisiin: Herttoniemen koirayhdistys ry, tili "
    "[[I:FI32 1010 3500 1234 56]], viite 1232. Kiitos kaikille!",
    "Kirjastokortti hukassa, minun hetu on [[H:140388-2740]], voitteko lähettää uuden kotiin?\n[[P:Tarja Kivelä]]",
    "Yritin jättää kommentin mutta sain virheen ”Access denied for [[IP:85.76.112.40]]”. Onko sivusto rikki?",
    "Malmin lentokenttä 1936–2020. Hallirakennus ja terminaali on suojeltu, mutta niityt eivät. Kaava-asia "
    "HEL 2019-001234 on yhä kesken?",
    "Hyvä [[P:Kirsi]]! Olet oikeassa, että Kannelmäen uimahallin allas on liian ahdas. Kysyin asiaa uimahallin "
    "esimieheltä [[P:Raimo Pulkkiselta]], eikä laajennusta ole suunnitteilla.",
    "PS. Mun mummo [[P:Kerttu]] (91 v) käy joka päivä Munkkiniemen kirjastossa lukemassa lehtiä. Jos lehtisali "
    "suljetaan, mihin hän menee?",
    "Kannattajat tähän mennessä:\n- [[P:Heikki Mäkelä]]\n- [[P:Sari Lahti]]\n- [[P:Lumi Koskinen]]\n"
    "- [[P:Juha-Pekka]]\n- Kallion kaupunginosayhdistys ry",
    "Koira-aitaus Lahdenväylän varressa on surkea: melu on niin kova että koirat pelkäävät. Meluseinä puuttuu "
    "juuri siitä kohtaa.",
    "Kysyin ystävältäni [[P:Sallalta]] Lahdesta, miten siellä toimii kaupunkipyöräjärjestelmä. Siellä pyöriä on "
    "vähemmän, mutta ne ovat sähköisiä.",
    "Tuulensuojaa kaivataan Jätkäsaaren uimarannalle. Mereltä puhaltaa kova tuuli koko kesän.",
    "[[P:Tuuli Hämäläinen]] (Lauttasaari-seura) on tehnyt tästä aloitteen jo aiemmin, ja se hylättiin 2022. "
    "Tsemppiä, [[P:Tuuli]]!",
    "Kommentti kyselyyn ”Keskuspuiston pohjoisosan kehittäminen”\n\n"
    "1) Polut: pääreitit pitää pohjustaa, sivupolut saavat jäädä luonnontilaan.\n"
    "2) Valaistus: Paloheinästä Maunulaan tarvitaan valot.\n"
    "3) Koirat: kaksi aitausta, ei yksi.\n\n"
    "Yhteyshenkilö: [[P:Lauri Nyberg]], [[E:lauri.nyberg@elisanet.fi]]",
    "olin eilen uimahallissa ja valvoja (en tiedä nimeä, pitkä mies, parta) huusi lapsille aivan turhaan. ei "
    "näin.",
    "Rehtori [[P:Päivi Sirén]] sanoi vanhempainillassa, että koulun piha valmistuu elokuussa. Nyt on joulukuu. "
    "[[P:Sirénille]] on lähetetty kolme viestiä ilman vastausta.",
    "Ratikat 7 ja 9 kulkevat Pasilan kautta ja 6T ajaa Länsiterminaaliin. Ei ole mitään järkeä lopettaa "
    "pysäkkiä Hietalahdentorilla.",
    "Wilma-viestillä kysyin opettajalta, ja hän vastasi, että uimaopetus siirtyy kevääseen, koska Jakomäen "
    "uimahalli on kiinni.",
    "[[P:Wilma]] ja [[P:Venla]] (4. lk) kirjoittivat itse tämän ehdotuksen: ”Haluamme koulun pihalle "
    "kiipeilyseinän ja koirille oman juoma-altaan.”",
    "Valtuustoaloite uimahallista Malmille (kaupunginvaltuusto 14.6.2023, asia 12) on edelleen käsittelemättä. "
    "Kuinka kauan tämä kestää?",
    "Kiitos kommentista, [[P:Harri]]. Kaupunkipyöräasema siirretään Hakaniemen torin rakennustöiden ajaksi "
    "Siltasaarenkadulle.\n– [[P:Johanna Sundström]], liikennesuunnittelu, Helsingin kaupunki",
    "Helsingin kaupunki, Kaupunkiympäristön toimiala, PL 58200, 00099 Helsingin kaupunki. Kirjaamo avoinna "
    "ma–pe 8.15–16.00.",
    "[[P:Eino]] 3 v ja [[P:Aino]] 5 v rakastavat Kallion kirjaston satuhetkiä! Älkää lopettako niitä.\n"
    "Terveisin äiti [[P:Laura]]",
    "Aino Acktén huvila Tullisaaressa on upea paikka, mutta sinne ei pääse julkisilla. Tarvitaan pysäkki.",
    "Mieheni [[P:Kalle]] ajaa kaupunkipyörällä joka päivä Vuosaaresta Herttoniemeen. Hänen mielestään "
    "Itäväylän pyörätie on vaarallinen jäisellä kelillä.",
    "Kaavakarttaan merkitty kortteli 38100 ja tontti 4 jäävät kokonaan varjoon, jos 16-kerroksinen torni "
    "rakennetaan.",
    "[[P:Sergei]] ja [[P:Anastasia Petrova]] naapurista tulivat myös kuulemaan. [[P:Anastasia]] kysyi, "
    "tuleeko Malmin kentälle monikielinen koulu.",
    "Uimahalleihin tarvitaan enemmän naisten vuoroja. Esim. Itäkeskuksessa naisten ilta on vain torstaisin "
    "19–21.",
    "Terveisiä kaupunginhallituksen puheenjohtajalle! Kuka se nykyään onkaan? 😄 Joka tapauksessa: Malmin kenttä "
    "takaisin.",
    "Tein tämän ehdotuksen yhdessä [[P:Katja Lindbergin]] ja [[P:Pasi Oksasen]] kanssa. Yhteydenotot: "
    "[[T:044 920 1157]] ([[P:Pasi]])",
    "Kiitokset kaupungille ja erityisesti projektipäällikkö [[P:Antti Rautiolle]] siitä, että Munkkivuoren "
    "koirapuisto saatiin vihdoin valaistua.",
    "Lähin kirjasto on Töölössä (Topeliuksenkatu), ja sinne on 1,2 km. Lapsille liian pitkä matka talvella.",
    "Sateella Keskuspuiston polut ovat mutaisia, tuulella Kehä I:n pöly lentää pihoille ja valoisaan aikaan "
    "meteli on kova. Meluseinä, kiitos.",
    "[[P:Ilta Karjalainen]] kirjoitti OmaStadiin ehdotuksen uimakoulusta maahanmuuttajanaisille, ja äänestin "
    "sitä heti. Illalla kerroin siitä myös naapureilleni.",
    "Kysymys [[P:Ollille]]: mistä sait tiedon, että Pukinmäen kirjasto lakkautetaan? En löydä sitä mistään "
    "pöytäkirjasta.",
    "Ehdotus: Koirapuisto Myllypuron mäen juurelle\n\n"
    "[[P:Tuula Virtanen]]: Hieno idea! Meidän Rekku kiittää 🐶\n"
    "[[P:Matti Koskinen]]: @[[P:Tuula]] entä melu? Talot ovat 30 metrin päässä.\n"
    "[[P:Tuula Virtanen]]: [[P:Matille]] vastaukseksi: aitaus tulee mäen taakse, ei talojen viereen.\n"
    "[[P:Rauha]]: kannatan, kunhan valot sammuvat klo 22.",
    "Tilaisuuteen osallistuivat kaupungin puolesta projektinjohtaja [[P:Marko Salo]], liikennesuunnittelija "
    "[[P:Emilia Kallio]] ja vuorovaikutussuunnittelija [[P:Johannes Lahti]]. Asukkaita oli paikalla noin 80. "
    "Muistion laati [[P:Juha Heikkinen]] [[P:Emilia Kallion]] muistiinpanojen pohjalta.",
    "Salibandyvalmentajat [[P:Joonas]] ja [[P:Aleksi Mäkelä]] sekä joukkueenjohtaja [[P:Sanna-Maria Kettunen]] "
    "pyytävät, ettei Myllypuron liikuntamyllyn vuoroja siirretä Kontulaan. Pelaajat [[P:Onni]], [[P:Toivo]], "
    "[[P:Eemil]] ja [[P:Aaro]] asuvat kaikki Myllypurossa.",
    "Lähettäjä: [[P:Riikka Salonen]] <[[E:riikka.salonen@hel.fi]]>\nVastaanottaja: [[P:Jorma Lahtela]]\n"
    "Aihe: RE: Meluseinä, Vihdintie\n\nHei [[P:Jorma]],\n\nkiitos viestistä. Meluseinän suunnittelu on "
    "aikataulutettu vuodelle 2028.\n\nYstävällisin terveisin\n[[P:Riikka Salonen]]\nliikenneinsinööri\n"
    "puh. [[T:09 310 38264]]",
    "Kiitos [[P:Kaisa]], [[P:Pirkko]], [[P:Heikki]] ja [[P:Usman]] – ilman teitä Keskuspuiston siivoustalkoot "
    "eivät olisi onnistuneet! Ensi vuonna taas 🙂",
    "Kaupunginvaltuutetut [[P:Lahti]], [[P:Koski]] ja [[P:Mäki]] äänestivät Malmin kentän rakentamisen puolesta. "
    "Muistakaa se vaaleissa!",
    "[[P:Helmi]] ja [[P:Satu]] (molemmat 6 v) ovat toivoneet koirapuistoon pikkukoirille omaa aitausta, koska "
    "heidän mäyräkoiransa Sade pelkää isoja koiria.",
    "@[[P:Valo Lehtonen]] @[[P:Aamu K]] @[[P:pirkko.h]] katsokaa tämä kysely ja vastatkaa ennen perjantaita!",
    "Isäni [[P:Toivo Kallio]] (s. 1948) lensi Malmilta 40 vuotta. Hänelle kenttä oli koko elämä. Kun "
    "[[P:Toivolta]] kysyy, mikä Helsingissä on tärkeintä, hän vastaa aina: ”Malmi.”",
    "Luokanopettaja [[P:Merja Koivisto]], erityisopettaja [[P:Tuomas Lehto]] ja koulunkäynninohjaaja "
    "[[P:Ayan]] ovat yhdessä laatineet tämän ehdotuksen Pihlajiston ala-asteen pihan kunnostamiseksi.",
    "Työmaan kuorma-autot ([[R:CMX-771]] ja [[R:JFO-35]]) ajavat yöllä [[A:Pihlajamäentie 21 C]] kohdalta. "
    "Työmaan vastaava [[P:Janne Niskanen]] ei vastaa puhelimeen [[T:0400 612 884]].",
    "moi [[P:sade]] ja [[P:tuuli]]! nahtiin teidat eilen uimahallilla :) [[P:tuulin]] idea kaupunkipyorista "
    "oli tosi hyva",
    "[[P:Kallio]] (ei kaupunginosa vaan valtuutettu [[P:Sami Kallio]]) on ainoa, joka on vastannut meille.",
    "Kannatan – [[P:Saara]]\nKannatan myös! – [[P:Jyrki T.]]\nEn kannata, liian kallis. – [[P:Ahti Lahtinen]]",
    "Nimimerkki ”[[P:Lumikki82]]” ei ole kukaan muu kuin naapurini [[P:Leena]], joka vastustaa kaikkea.",
    "Asukasraatiin valittiin [[P:Oluwaseun Adebayo]], [[P:Svetlana Ivanova]], [[P:Hamid Rezaei]], "
    "[[P:Liisa Koskela]] ja [[P:Kim Nguyen]]. Raati kokoontuu Malmitalossa kuukauden ensimmäisenä maanantaina.",
    "[[P:Onnille]], [[P:Rauhalle]] ja [[P:Valolle]] terveisiä päiväkoti Tuulikellosta: kiitos kun piirsitte "
    "meille ehdotuksen kuvat!",
    "Onni, toivo ja rauha – näillä sanoilla mainostetaan joulukonserttia Kallion kirkossa 20.12. klo 18. Ei "
    "liity kaavaan, mutta hieno juttu.",
    "Kerttu ja Helmi olivat 1900-luvun alussa yleisimpiä tyttöjen nimiä, ja nyt ne ovat taas muodissa. Siksi "
    "päiväkoteihin tarvitaan lisää tilaa! 😄",
    "Mäkelänkadun remontti 2026–2028: raitiolinjat 1 ja 6 poikkeusreiteillä, bussi 23 siirtyy Sturenkadulle.",
    "Koski- ja kallioalueet on merkitty kaavaan luo-alueiksi (luonnon monimuotoisuuden kannalta tärkeät "
    "alueet).",
]

_SV_HAND: list[str] = [
    "[[P:Bo Lindqvist]] skriver att stadscyklarna vid Tölö torg alltid är slut före åtta. Jag bor på samma "
    "gata och håller med [[P:Bo]] helt.",
    "Jag bor i Berghäll sedan 30 år och har aldrig upplevt så mycket byggbuller. Bullerplanket längs "
    "Tavastvägen behövs nu, inte 2030.",
    "I dag stängdes simhallen i Tölö igen utan förvarning. Tredje gången i år!",
    "[[P:Dag Sjöberg]], du hade rätt om spårvägen till Degerö. Tack för länken, [[P:Dag]]!",
    "Stigen genom Centralparken vid Brunakärr är full av rötter och stenar. Någon kommer att snubbla i mörkret.",
    "Stadsplaneraren [[P:Stig Nyström]] lovade på invånarmötet i Malms kulturhus att hundparken får belysning "
    "före jul. Nu är det december.",
    "Ris och ros: ros till biblioteket i Hertonäs för de nya öppettiderna, ris till staden för att simhallen i "
    "Östra centrum fortfarande är stängd.",
    "Ett stort tack till bibliotekarien [[P:Ros Holmberg]] i Tölö som hjälpte min pappa med e-tjänsterna. "
    "[[P:Ros]] är guld värd!",
    "Min son [[P:Vide]] (8 år) cyklar till skolan i Kottby och korsningen vid Koskelavägen är farlig, "
    "särskilt på morgonen.",
    "Videbuskarna vid dammen i Centralparken har huggits ner utan förklaring. Varför?",
    "[[P:Saga Lindholm]] ordnade namninsamlingen för att rädda Malms flygfält. [[P:Sagas]] lista har redan "
    "2 000 namn.",
    "Det här är ingen saga: spårvagnslinje 9 går faktiskt till Östra Böle nu.",
    "[[P:Björn Ekholm]] från Åggelby hembygdsförening har helt rätt i att bullerplanket vid Tusbyleden måste "
    "förlängas. Jag stöder [[P:Björns]] förslag.",
    "Ingen björn har setts i Centralparken sedan 1800-talet, så varför är belysningen så svag? Det är en "
    "stadspark, inte en vildmark.",
    "Stadsträdgårdsmästare [[P:Sten Forsman]] svarade på mötet att stenmuren vid Djurgårdsvägen skyddas. Tack, "
    "[[P:Sten]]!",
    "Kontakta gärna mig om ni vill vara med: [[P:Annika Grönqvist]], [[E:annika.gronqvist@outlook.com]], "
    "[[T:+358 45 612 0938]].",
    "Vi bor på [[A:Runebergsgatan 43 A 9]] och spårvagnen gnisslar i kurvan varje natt kring klockan ett.",
    "Spårvagnslinje 4 till Munksnäs går var sjätte minut i rusningstid, men på söndagar bara var tolfte. Det "
    "räcker inte.",
    "@[[P:Dag]] – kolla kartan, den nya stadscykelstationen ligger vid Sörnäs strandväg, inte vid metron.",
    "> [[P:Lena]] skrev: simhallen borde öppna kl. 6\n\nHelt rätt, [[P:Lena]]! Vi som jobbar skift behöver "
    "morgonsim.",
    "Tränaren [[P:Mats Wikström]] i juniorlaget har bett oss föräldrar att skriva hit: konstgräsplanen i "
    "Åggelby behöver nya lampor.",
    "[[P:Dag]] har redan skrivit det: hundparken på Brändö behöver en vattenpost. Jag håller med.",
    "Varje dag kör bussarna 55 och 56 förbi vår skola i Kottby utan att sakta in.",
    "Vi frågade biträdande borgmästare [[P:Camilla Sundberg]] om Malms bibliotek, men fick inget svar.",
    "[[P:Amira Haddad]] och hennes man [[P:Yusuf]] har översatt förslaget till arabiska. Stort tack!",
    "I Tove Janssons park på Skatudden behövs fler bänkar och en papperskorg till.",
    "Biblioteket i Hertonäs (öppet mån–tors 9–20, fre 9–16) är fantastiskt. Tack till personalen!",
    "Hej [[P:Kristina]], tack för svaret. Men varför flyttades stadscykelstationen från Sandvikstorget? Nu måste "
    "min dotter [[P:Alva]] gå 600 meter extra.",
    "Bästa beslutsfattare,\n\nVi föräldrar i Zacharias Topelius skola vill påminna om att skolgården har varit "
    "byggarbetsplats i två år. Barnen leker på parkeringen.\n\nMed vänlig hälsning\n[[P:Pia Westerlund]]\n"
    "ordförande, föräldraföreningen\n[[T:050 377 2014]]",
    "Bo i Malm och pendla med spårvagn? Omöjligt, linjen går inte dit. Så enkelt är det.",
    "Sten för sten byggdes muren på 1800-talet – låt den stå kvar!",
    "Simtränaren [[P:Johanna Lindberg]] (”[[P:Jossu]]” för barnen) har lärt hälften av Degerös barn att simma. "
    "Hon förtjänar en bättre simhall.",
    "Kommentar till [[P:Saga]]: jag tror inte att Malms flygfält kan räddas, men en del av landningsbanan kan "
    "bli park.",
    "Vi i Kottby kallar den bara ”Mäki” – backen vid biblioteket där barnen åker pulka. Den får inte bebyggas!",
    "[[P:Stig]] och [[P:Bo]] från pensionärsföreningen tycker att bänkarna i Centralparken är för låga.",
    "Min granne [[P:Maj-Britt Lindén]] (87) kan inte längre ta sig till simhallen sedan hållplatsen flyttades.",
    "Tack [[P:Vide]] och [[P:Saga]] för de fina teckningarna som vi bifogade till förslaget! 🎨",
    "En bil med registreringsnummer [[R:ZXT-902]] parkerar varje natt på cykelbanan vid Tölö torg.",
    "Stadsfullmäktige behandlar ärendet 18.11.2026, ärendenummer HEL 2026-009917.",
    "Alla som vill hjälpa till: ring mig på [[T:040 551 3098]] eller mejla [[E:b.ekholm@kolumbus.fi]]\n"
    "/[[P:Björn]]",
    "[[P:Ebba]]: Bra förslag!\n[[P:Stig Lönnqvist]]: @[[P:Ebba]] håller med, men vem betalar?\n"
    "[[P:Ebba]]: Staden, [[P:Stig]]. Det är därför vi röstar.",
    "Rektor [[P:Gunilla Åström]] och idrottsläraren [[P:Dag Holm]] vill att skolan i Nordsjö får använda "
    "simhallen på morgnarna. [[P:Dags]] elever simmar nu bara fyra gånger per år.",
    "Tack till [[P:Bo]], [[P:Björn]] och [[P:Sten]] som byggde fågelholkarna i Centralparken! Stenarna ni "
    "flyttade ligger kvar vid stigen.",
    "Från: [[P:Karin Sjöblom]] <[[E:karin.sjoblom@hel.fi]]>\nTill: [[P:Vide Forsberg]]\n\nHej [[P:Vide]], "
    "bullerplanket vid Tusbyleden byggs 2027.\nHälsningar, [[P:Karin]]",
    "Mina barnbarn [[P:Saga]] och [[P:Elsa]] går i Kottby lågstadieskola, och deras tränare [[P:Rasmus Nyberg]] "
    "har sagt att gymnastiksalen läcker.",
    "Dag för dag blir Centralparken mindre. Snart finns bara stigar mellan husen kvar.",
]

_EN_HAND: list[str] = [
    "[[P:Will Hughes]] here – I will be at the Malmi residents' meeting on Thursday and will raise the dog park "
    "lighting issue. Anyone want to join?",
    "Hope this helps: the city bike season runs from April to October, and the Kalasatama stations usually open "
    "first.",
    "Thanks [[P:Hope]], great idea about a rose garden in Kaisaniemi!",
    "[[P:Mark Okafor's]] comment is spot on. Mark my words, the tram to Viikki will be years late.",
    "[[P:Grace]] (the swim coach at Itäkeskus) told us the lanes for the kids' club will be cut by half in "
    "spring.",
    "There is no grace period for parking fines outside the library, which seems harsh for parents picking up "
    "kids.",
    "[[P:Joy Santos]] organised the cleanup of Keskuspuisto last May – what a joy to see 40 neighbours show up! "
    "Thanks, [[P:Joy]].",
    "The bill for the noise wall was 2.4 million euros according to the city's own figures (case HEL "
    "2024-008812).",
    "[[P:Bill]] from the housing company on Mäkelänkatu asked me to post this: the noise wall plan ignores the "
    "buildings on the east side.",
    "To be frank, the new library hours are a step backwards. Closing at 4 pm on Saturdays helps nobody.",
    "[[P:Frank Mäkelä]] (traffic planner at the city) said the tram line to Malmi is still 'under study'. "
    "[[P:Frank]], it's been under study since 2015!",
    "In June and May the Kivikko dog park is full of ticks. Please mow the edges more often.",
    "[[P:June Park]] and I walked the proposed route through the park on Sunday. It cuts straight through the "
    "old forest.",
    "Shout-out to [[P:May Tanaka]] at Oodi for helping my kids with the 3D printer. May more librarians be "
    "like her!",
    "> On 3 Nov, [[P:Daniel Okoro]] wrote:\n> The swimming hall fees are fine.\n\nThey are not fine for a family "
    "of five, [[P:Daniel]]. That's 25 euros per visit.",
    "If anyone wants to help with the petition, contact [[P:Grace Okoye]], [[E:grace.okoye@iki.fi]], "
    "[[T:+358 40 662 7781]].",
    "We live at [[A:Kustaankatu 5 B 12]] and the new city bike station right below our window is great, "
    "although a bit noisy at night.",
    "The school in Kallio will be renovated in 2027–2028 and classes will move to temporary buildings in "
    "Koskela. Will there be a school bus?",
    "[[P:Rose]] and I (parents of twins in Käpylä) wonder why the library closes so early on weekends.",
    "Mark the dog park on the map please. It's at the end of Hämeentie, near the Arabia shore.",
    "@[[P:Will]] agreed, the lighting is terrible, I nearly cycled into a fox last week.",
    "My son [[P:Leo]] (10) and his coach [[P:Hassan Ali]] asked me to write this: the football pitch in "
    "Herttoniemi floods every autumn.",
    "Case number HEL 2025-012004 was closed on 12 June without any answer. The reference in the e-mail was "
    "7712-B.",
    "Sibelius Park is beautiful, but please don't put the noise wall right next to the monument.",
    "Hi, I'm [[P:Priya]] from Jätkäsaari. The swimming hall proposal (#1432) got 900 votes – congrats to "
    "[[P:Aarav]] and everyone who campaigned!",
    "Council member [[P:Tom Lindfors]] promised in August that the Malmi library would keep its Sunday hours. "
    "What happened, [[P:Tom]]?",
    "[[P:Grace]]: Is the Malmi library open on Sunday?\n[[P:Bill Hanninen]]: @[[P:Grace]] no, only Mon–Sat.\n"
    "[[P:Grace]]: Thanks [[P:Bill]]!",
    "My neighbours [[P:Hope]] and [[P:Frank Virtanen]] and I counted 43 trucks past our house on Tuesday. "
    "[[P:Frank's]] daughter [[P:Mia]] can't sleep.",
    "Coach [[P:Mark Lindqvist]] from the Vuosaari junior football club here: we need the artificial turf lit "
    "until 10 pm. Call me at [[T:+358 44 291 0573]] or [[E:mark.lindqvist@jalkapallo.fi]].",
    "Dear Ms [[P:Rose Aaltonen]], thank you for the reply about the noise wall.\n– [[P:June]] and "
    "[[P:Will Carter]]",
    "Will the new tram stop be accessible? May I suggest a ramp rather than stairs. Hope to hear back before "
    "June.",
]

# ---------------------------------------------------------------------------------------------------------
# Templated part (many frames; driven by random.Random(SEED))
# ---------------------------------------------------------------------------------------------------------

# Finnish persons: nominative, genitive, allative, adessive, ablative
_FI_PEOPLE: list[tuple[str, str, str, str, str]] = [
    ("Onni Kallio", "Onni Kallion", "Onni Kalliolle", "Onni Kalliolla", "Onni Kalliolta"),
    ("Tuuli Salo", "Tuuli Salon", "Tuuli Salolle", "Tuuli Salolla", "Tuuli Salolta"),
    ("Sade", "Sateen", "Sateelle", "Sateella", "Sateelta"),
    ("Kerttu Lahti", "Kerttu Lahden", "Kerttu Lahdelle", "Kerttu Lahdella", "Kerttu Lahdelta"),
    ("Toivo Mäki", "Toivo Mäen", "Toivo Mäelle", "Toivo Mäellä", "Toivo Mäeltä"),
    ("Valo", "Valon", "Valolle", "Valolla", "Valolta"),
    ("Rauha Koski", "Rauha Kosken", "Rauha Koskelle", "Rauha Koskella", "Rauha Koskelta"),
    ("Satu", "Sadun", "Sadulle", "Sadulla", "Sadulta"),
    ("Helmi Nurmi", "Helmi Nurmen", "Helmi Nurmelle", "Helmi Nurmella", "Helmi Nurmelta"),
    ("Lumi", "Lumin", "Lumille", "Lumilla", "Lumilta"),
    ("Aamu Järvi", "Aamu Järven", "Aamu Järvelle", "Aamu Järvellä", "Aamu Järveltä"),
    ("Ilta", "Illan", "Illalle", "Illalla", "Illalta"),
    ("Ahmed", "Ahmedin", "Ahmedille", "Ahmedilla", "Ahmedilta"),
    ("Olena Kovalenko", "Olena Kovalenkon", "Olena Kovalenkolle", "Olena Kovalenkolla", "Olena Kovalenkolta"),
    ("Dmitri", "Dmitrin", "Dmitrille", "Dmitrillä", "Dmitriltä"),
    ("Priya Raman", "Priya Ramanin", "Priya Ramanille", "Priya Ramanilla", "Priya Ramanilta"),
    ("Fatima", "Fatiman", "Fatimalle", "Fatimalla", "Fatimalta"),
    ("Jean-Baptiste", "Jean-Baptisten", "Jean-Baptistelle", "Jean-Baptistella", "Jean-Baptistelta"),
    ("Seppo Hakala", "Seppo Hakalan", "Seppo Hakalalle", "Seppo Hakalalla", "Seppo Hakalalta"),
    ("Mirja", "Mirjan", "Mirjalle", "Mirjalla", "Mirjalta"),
    (
        "Oskari Lindholm",
        "Oskari Lindholmin",
        "Oskari Lindholmille",
        "Oskari Lindholmilla",
        "Oskari Lindholmilta",
    ),
    ("Marjut", "Marjutin", "Marjutille", "Marjutilla", "Marjutilta"),
    (
        "Hanna-Leena Pitkänen",
        "Hanna-Leena Pitkäsen",
        "Hanna-Leena Pitkäselle",
        "Hanna-Leena Pitkäsellä",
        "Hanna-Leena Pitkäseltä",
    ),
    ("Tuomas", "Tuomaksen", "Tuomakselle", "Tuomaksella", "Tuomakselta"),
    ("Abdi Warsame", "Abdi Warsamen", "Abdi Warsamelle", "Abdi Warsamella", "Abdi Warsamelta"),
    ("Sirpa Lahtinen", "Sirpa Lahtisen", "Sirpa Lahtiselle", "Sirpa Lahtisella", "Sirpa Lahtiselta"),
    (
        "María Fernández",
        "María Fernándezin",
        "María Fernándezille",
        "María Fernándezillä",
        "María Fernándeziltä",
    ),
    ("Kaarina Heino", "Kaarina Heinon", "Kaarina Heinolle", "Kaarina Heinolla", "Kaarina Heinolta"),
    ("Niko", "Nikon", "Nikolle", "Nikolla", "Nikolta"),
    ("Thi Lan Nguyen", "Thi Lan Nguyenin", "Thi Lan Nguyenille", "Thi Lan Nguyenilla", "Thi Lan Nguyenilta"),
]

_FI_CLAIMS = [
    "kaupunkipyöräasema pitäisi siirtää lähemmäs metroasemaa",
    "Malmin lentokentän niityt kuuluvat kaikille",
    "raitiotie Mannerheimintiellä vähentää autoliikennettä liikaa",
    "Keskuspuiston reunalle ei saa rakentaa yhtään taloa",
    "koulun pihalle tarvitaan lisää varjoa ja puita",
    "kirjaston sunnuntaiaukiolo on tärkeämpi kuin uusi kahvila",
    "uimahallin lipunhinnat ovat lapsiperheille liian kovat",
    "koirapuistoon tarvitaan valaistus ja vesipiste",
    "meluseinä pitäisi tehdä läpinäkyvästä materiaalista",
    "ratikkalinja 9 pitäisi jatkaa Ilmalaan asti",
    "Kehä I:n varren asukkaat ovat odottaneet meluseinää liian kauan",
    "kaupunkipyöräkausi voisi alkaa jo maaliskuussa",
    "Kivikon uimahallin kuntosali on liian ahdas",
    "Keskuspuiston latu pitää ajaa useammin",
    "koirapuiston aita on liian matala isoille koirille",
    "Kallion kirjaston lastenosasto tarvitsee lisää tilaa",
    "Malmin kentälle mahtuu sekä asuntoja että puisto",
    "Koskelan varikon alueelle pitää tulla koulu ennen asuntoja",
]

_FI_HEADERS = [
    "{a} · {d}.{m}.2026 klo {hh}.{mm}\n",
    "{a} kirjoitti {d}.{m}.:\n",
    "Kommentti #{n} – {a}\n",
    "{a} ({n} tykkäystä)\n",
    "",
    "",
]

_FI_BODIES = [
    "Olen samaa mieltä {gen} kanssa: {claim}.",
    "{all} tiedoksi: {claim}, ja tästä on jo tehty valtuustoaloite.",
    "Kysyin asiaa {abl}, ja hänen mielestään {claim}.",
    "@{first} {Claim}? En usko.",
    "Kuten {nom} jo sanoi, {claim}.",
    "Kiitos {all} linkistä! Luin selvityksen, ja siinäkin todetaan, että {claim}.",
    "{Ade} on varmasti enemmän tietoa tästä kuin minulla, mutta mielestäni {claim}.",
    "En ymmärrä {gen} logiikkaa, koska {claim}.",
    "{Nom} on oikeassa – {claim}!",
    "Hei {first}, {claim}. Mitä mieltä olet?",
    "Täsmennys {gen} kommenttiin: {claim}, mutta vain arkisin.",
    "{Nom} ja minä kävimme katsomassa paikan eilen. Totesimme, että {claim}.",
    "vastaus {all}: {claim} ja sillä selvä",
]

_FI_SIGNOFFS = ["", "", "\n– {a_first}", "\nt. {a_first}", " /{a_first}", "\n\nTerveisin {a}"]

_FI_ROLES = [
    "kaupunkisuunnittelija",
    "liikenneinsinööri",
    "projektipäällikkö",
    "kirjastonjohtaja",
    "rehtori",
    "kaupunginvaltuutettu",
    "lautakunnan jäsen",
    "aluerakentamispäällikkö",
    "puistosuunnittelija",
    "vuorovaikutussuunnittelija",
    "liikuntapaikkamestari",
    "uimahallin vastaava",
]
_FI_ORGS = [
    "kaupunkiympäristön toimiala",
    "kulttuurin ja vapaa-ajan toimiala",
    "kasvatuksen ja koulutuksen toimiala",
    "Helsingin kaupunginkirjasto",
    "liikuntapalvelut",
]
_FI_MEET_PLACES = [
    "Malmitalolla",
    "Kallion kirjastossa",
    "Pasilan virastotalolla",
    "Oulunkylän seurakuntatalolla",
    "Kontulan ostarilla",
    "Stoassa",
    "Maunulatalossa",
]

_FI_OFFICIAL_FRAMES = [
    "{Role} {nom} vastasi kyselyyn {d}.{m}.: {Claim}. Kiitos vastauksesta!",
    "Lähetin kysymyksen {role} {all} jo lokakuussa, mutta vastausta ei ole kuulunut. Osoite oli {email}.",
    "Ottakaa yhteyttä suoraan {role} {all}: {email} tai {phone}.",
    "{Role} {gen} mukaan {claim}. Onko tämä totta?",
    "Asukasillassa {role} {nom} ({org}) lupasi selvittää asian, mutta mitään ei ole kuulunut.",
    "{nom} ({role}) kommentoi tilaisuudessa: ”{Claim}.”",
    "Kiitos {role} {all} ja koko tiimille, hieno ilta!",
    "Tapasimme {role} {gen} kanssa {place} {d}.{m}., ja hän lupasi, että {claim}.",
    "{nom} ({org})\n{email}\npuh. {phone}",
    "Olen soittanut {role} {all} numeroon {phone} kolme kertaa. Voisiko joku muu vastata?",
    "KYSYMYS {ROLE} {NOM}: miksi {claim}??",
    "{Role} {nom} – {claim}, vai mitä?",
]

# (nominative, genitive, inessive/adessive)
_FI_PLACES = [
    ("Kallio", "Kallion", "Kalliossa"),
    ("Koskela", "Koskelan", "Koskelassa"),
    ("Mäkelänrinne", "Mäkelänrinteen", "Mäkelänrinteessä"),
    ("Malmi", "Malmin", "Malmilla"),
    ("Salmisaari", "Salmisaaren", "Salmisaaressa"),
    ("Herttoniemi", "Herttoniemen", "Herttoniemessä"),
    ("Toukola", "Toukolan", "Toukolassa"),
    ("Kumpula", "Kumpulan", "Kumpulassa"),
    ("Pihlajamäki", "Pihlajamäen", "Pihlajamäessä"),
    ("Myllypuro", "Myllypuron", "Myllypurossa"),
    ("Kivikko", "Kivikon", "Kivikossa"),
    ("Maunula", "Maunulan", "Maunulassa"),
    ("Tapanila", "Tapanilan", "Tapanilassa"),
    ("Paloheinä", "Paloheinän", "Paloheinässä"),
    ("Lauttasaari", "Lauttasaaren", "Lauttasaaressa"),
    ("Kontula", "Kontulan", "Kontulassa"),
]

_FI_NEG_FRAMES = [
    "Linja {bus} ei pysähdy {gen} kohdalla enää {d}.{m}. jälkeen.",
    "Palautetunnus HEL 2026-{case}, käsittelijä: liikennesuunnittelu.",
    "{gen2} kirjasto on auki ma–to {h1}–20 ja pe {h1}–18.",
    "Melu {ine} on ollut sietämätön koko syksyn.",
    "Ehdotus #{n} sai {votes} ääntä OmaStadissa.",
    "Kaupunkipyöräasema {station} ({nom}) on ollut rikki {days} päivää.",
    "Uimahallin hinta {price} €/kerta, sarjakortti {price2} €.",
    "Kehä I:n meluseinä {gen} kohdalla valmistuu vuonna {year}.",
    "Postinumeroalueella {postal} ei ole yhtään koirapuistoa.",
    "Toivottavasti {nom} saa oman uimahallin ennen vuotta {year}.",
    "Sateella {gen} alikulku tulvii.",
    "Tuulisella säällä {gen} rannassa on tosi kylmä.",
    "Onneksi ratikka {tram} kulkee nyt myös {gen} kautta.",
    "Valot sammuvat {gen} koirapuistossa jo klo {h2}.",
    "Rauhallinen {gen} kaupunginosa ansaitsee paremman kirjaston.",
    "Satutunti {ine} siirtyy tiistaille klo {h1}.30.",
    "Aamulla {gen} pysäkillä jonottaa {n2} koululaista.",
    "Illalla {gen} uimahalli on täynnä.",
    "Salo, Lahti ja Kotka ovat jo tehneet tämän – miksei {nom}?",
    "Mäki {gen} koulun takana jäätyy joka talvi.",
]

_SV_PEOPLE: list[tuple[str, str]] = [
    ("Bo Lindqvist", "Bo Lindqvists"),
    ("Dag", "Dags"),
    ("Björn", "Björns"),
    ("Stig Nyström", "Stig Nyströms"),
    ("Saga", "Sagas"),
    ("Vide Åberg", "Vide Åbergs"),
    ("Sten", "Stens"),
    ("Ebba Sjöholm", "Ebba Sjöholms"),
    ("Linnea", "Linneas"),
    ("Amir Haddad", "Amir Haddads"),
    ("Kristoffer", "Kristoffers"),
    ("Maj-Britt Lindén", "Maj-Britt Lindéns"),
    ("Ros Holmberg", "Ros Holmbergs"),
    ("Dag Sjöberg", "Dag Sjöbergs"),
    ("Leila Karimi", "Leila Karimis"),
    ("Henrik Backman", "Henrik Backmans"),
]
_SV_CLAIMS = [
    "stadscykelstationen borde flyttas närmare metron",
    "Malms flygfält ska bli park, inte bostäder",
    "spårvägen till Degerö kommer att bli försenad",
    "Centralparken behöver bättre belysning",
    "simhallen i Tölö borde öppna tidigare",
    "hundparken i Brändö behöver en vattenpost",
    "bullerplanket vid Ring I är alldeles för lågt",
    "biblioteket i Malm ska hålla öppet på söndagar",
    "skolgården i Kottby är för liten för 400 barn",
    "spårvagnslinje 9 borde förlängas till Ilmala",
]
_SV_ROLES = [
    "stadsplaneraren",
    "trafikingenjören",
    "projektchefen",
    "bibliotekschefen",
    "rektorn",
    "fullmäktigeledamoten",
    "parkplaneraren",
    "simhallsansvariga",
]
_SV_FRAMES = [
    "{a} skrev: ”{Claim}.” Jag håller med {b}.",
    "Tack {b} för svaret! Men {claim}, det vet alla.",
    "@{b_first} {claim}? Det tror jag inte.",
    "Enligt {role} {b} {claim_inv}.",
    "{b_gen} förslag om att {claim} fick {votes} röster.",
    "Som {b} sa på mötet: {claim}.",
    "Hej {b_first}! Vet du om {claim}? /{a_first}",
    "Jag pratade med {b} och {a} i går. Båda tycker att {claim}.",
]
_SV_NEG = [
    "Linje {bus} går var {n}:e minut på vardagar men bara varje halvtimme på söndagar.",
    "Ärendenummer HEL 2026-{case}. Svar senast {d}.{m}.2027.",
    "Simhallen i Östra centrum är öppen mån–fre {h1}–21, lör–sön 9–18.",
    "I dag var hundparken i Brändö stängd igen.",
    "Förslag #{n} fick {votes} röster i OmaStadi.",
    "Stenarna vid Djurgårdsvägen borde ligga kvar.",
    "Bo nära Centralparken är drömmen, men belysningen är usel.",
    "Stigen från Brunakärr till Mejlans är lerig efter regnet.",
    "Postnummer {postal}: inga stadscyklar alls.",
    "Spårvagn {tram} mot Arabiastranden var {late} minuter sen i morse.",
]

_EN_PEOPLE: list[tuple[str, str]] = [
    ("Will Hughes", "Will Hughes's"),
    ("Mark", "Mark's"),
    ("Grace Lindström", "Grace Lindström's"),
    ("Hope Adeyemi", "Hope Adeyemi's"),
    ("Joy", "Joy's"),
    ("Bill Keränen", "Bill Keränen's"),
    ("Frank", "Frank's"),
    ("Rose Nieminen", "Rose Nieminen's"),
    ("June", "June's"),
    ("May Tanaka", "May Tanaka's"),
    ("Ravi Menon", "Ravi Menon's"),
    ("Siobhan", "Siobhan's"),
]
_EN_CLAIMS = [
    "the city bike station should move closer to the metro",
    "Malmi airfield should stay open green space",
    "the tram to Viikki will be late",
    "Keskuspuisto needs proper lighting",
    "the swimming hall fees are too high for families",
    "the dog park fence is too low",
    "the noise wall along Ring I should be glass",
    "the library should open on Sundays",
]
_EN_ROLES = [
    "city planner",
    "traffic engineer",
    "project manager",
    "head librarian",
    "principal",
    "council member",
    "pool manager",
]
_EN_FRAMES = [
    "Agree with {b} – {claim}.",
    "{b_poss} point is spot on: {claim}.",
    "@{b_first} {Claim}? I doubt it.",
    "According to {role} {b}, {claim}.",
    "Thanks {b}! I also think {claim}.",
    "{a} and {b} both said at the meeting that {claim}.",
    "Reply to {b}: {claim}, sure, but who pays?",
]
_EN_NEG = [
    "Bus {bus} runs every {n} minutes, but only until 11 pm.",
    "Proposal #{n} got {votes} votes. Will it be built in {year}?",
    "Case HEL 2026-{case} – still waiting for an answer since {d} May.",
    "Opening hours from June: Mon–Fri {h1}–20, Sat 10–16.",
    "Tram {tram} was cancelled again this morning. Hope they fix it.",
    "Postal code {postal} has no dog park at all, to be frank.",
]


def _cap(s: str) -> str:
    m = re.match(r"(\[\[[A-Z]+:)?(.)", s)
    if not m:
        return s
    i = m.end() - 1
    return s[:i] + s[i].upper() + s[i + 1 :]


def _p(name: str) -> str:
    return f"[[P:{name}]]"


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", ".")


def _email(rng: random.Random, full: str) -> str:
    parts = full.split()
    if len(parts) < 2:
        return f"[[E:{_ascii(full)}{rng.randint(10, 99)}@gmail.com]]"
    dom = rng.choice(["hel.fi", "hel.fi", "hel.fi", "edu.hel.fi"])
    return f"[[E:{_ascii(parts[0])}.{_ascii(' '.join(parts[1:]))}@{dom}]]"


def _phone(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"[[T:09 310 {rng.randint(20000, 99999)}]]"
    if k == 1:
        return f"[[T:040 {rng.randint(100, 999)} {rng.randint(1000, 9999)}]]"
    if k == 2:
        return f"[[T:+358 50 {rng.randint(100, 999)} {rng.randint(1000, 9999)}]]"
    return f"[[T:045{rng.randint(1000000, 9999999)}]]"


def _fi_thread(rng: random.Random) -> str:
    a, b = rng.sample(_FI_PEOPLE, 2)
    claim = rng.choice(_FI_CLAIMS)
    body = rng.choice(_FI_BODIES)
    head = rng.choice(_FI_HEADERS)
    sign = rng.choice(_FI_SIGNOFFS) if head == "" else ""
    nom, gen, all_, ade, abl = (_p(x) for x in b)
    text = head + body + sign
    return text.format(
        a=_p(a[0]),
        a_first=_p(a[0].split()[0]),
        d=rng.randint(1, 28),
        m=rng.randint(1, 12),
        hh=rng.randint(7, 23),
        mm=f"{rng.randint(0, 59):02d}",
        n=rng.randint(2, 240),
        nom=nom,
        Nom=_cap(nom),
        gen=gen,
        all=all_,
        ade=ade,
        Ade=_cap(ade),
        abl=abl,
        first=_p(b[0].split()[0]),
        claim=claim,
        Claim=_cap(claim),
    )


def _fi_official(rng: random.Random) -> str:
    person = rng.choice([p for p in _FI_PEOPLE if " " in p[0]])
    role = rng.choice(_FI_ROLES)
    claim = rng.choice(_FI_CLAIMS)
    frame = rng.choice(_FI_OFFICIAL_FRAMES)
    nom, gen, all_, _ade, _abl = (_p(x) for x in person)
    return frame.format(
        Role=_cap(role),
        role=role,
        ROLE=role.upper(),
        nom=nom,
        NOM=_p(person[0].upper()),
        gen=gen,
        all=all_,
        org=rng.choice(_FI_ORGS),
        place=rng.choice(_FI_MEET_PLACES),
        d=rng.randint(1, 28),
        m=rng.randint(1, 12),
        claim=claim,
        Claim=_cap(claim),
        email=_email(rng, person[0]),
        phone=_phone(rng),
    )


def _fi_negative(rng: random.Random) -> str:
    frames = rng.sample(_FI_NEG_FRAMES, rng.randint(2, 3))
    out = []
    for fr in frames:
        nom, gen, ine = rng.choice(_FI_PLACES)
        out.append(
            fr.format(
                nom=nom,
                gen=gen,
                gen2=gen,
                ine=ine,
                bus=rng.choice(["55", "506", "71", "78", "560", "90N", "23"]),
                d=rng.randint(1, 28),
                m=rng.randint(1, 12),
                case=f"{rng.randint(0, 19999):06d}",
                h1=rng.choice([7, 8, 9, 10]),
                h2=rng.choice([21, 22, 23]),
                n=rng.randint(100, 3000),
                votes=rng.randint(50, 2500),
                station=f"{rng.randint(1, 460):03d}",
                days=rng.randint(2, 30),
                price=rng.choice(["6,80", "5,50", "3,40"]),
                price2=rng.choice(["61,20", "49,50"]),
                year=rng.randint(2026, 2035),
                postal=rng.choice(["00510", "00560", "00700", "00940", "00420"]),
                tram=rng.choice(["1", "3", "6", "7", "9", "13", "15"]),
                n2=rng.randint(15, 60),
            )
        )
    return " ".join(out)


def _sv_record(rng: random.Random) -> str:
    a, b = rng.sample(_SV_PEOPLE, 2)
    claim = rng.choice(_SV_CLAIMS)
    # Swedish V2 word order after "Enligt X": "simhallen borde ..." -> "borde simhallen ..."
    inv = claim
    m = re.match(r"(.+?) (ska|borde|behöver|kommer|är) (.+)", claim)
    if m:
        inv = f"{m.group(2)} {m.group(1)} {m.group(3)}"
    return rng.choice(_SV_FRAMES).format(
        a=_p(a[0]),
        a_first=_p(a[0].split()[0]),
        b=_p(b[0]),
        b_first=_p(b[0].split()[0]),
        b_gen=_p(b[1]),
        claim=claim,
        Claim=_cap(claim),
        claim_inv=inv,
        role=rng.choice(_SV_ROLES),
        votes=rng.randint(40, 2200),
    )


def _sv_negative(rng: random.Random) -> str:
    frames = rng.sample(_SV_NEG, rng.randint(1, 3))
    return " ".join(
        fr.format(
            bus=rng.choice(["55", "56", "70", "78"]),
            n=rng.randint(5, 15),
            case=f"{rng.randint(0, 19999):06d}",
            d=rng.randint(1, 28),
            m=rng.randint(1, 12),
            h1=rng.choice([6, 7]),
            votes=rng.randint(40, 2200),
            postal=rng.choice(["00550", "00610", "00200"]),
            tram=rng.choice(["6", "8"]),
            late=rng.randint(5, 25),
        )
        for fr in frames
    )


def _en_record(rng: random.Random) -> str:
    a, b = rng.sample(_EN_PEOPLE, 2)
    claim = rng.choice(_EN_CLAIMS)
    return rng.choice(_EN_FRAMES).format(
        a=_p(a[0]),
        b=_p(b[0]),
        b_first=_p(b[0].split()[0]),
        b_poss=_p(b[1]),
        claim=claim,
        Claim=_cap(claim),
        role=rng.choice(_EN_ROLES),
    )


def _en_negative(rng: random.Random) -> str:
    frames = rng.sample(_EN_NEG, rng.randint(1, 2))
    return " ".join(
        fr.format(
            bus=rng.choice(["55", "506", "78"]),
            n=rng.randint(5, 20),
            votes=rng.randint(40, 2200),
            year=rng.randint(2026, 2030),
            case=f"{rng.randint(0, 19999):06d}",
            d=rng.randint(1, 28),
            h1=rng.choice([8, 9]),
            tram=rng.choice(["7", "9"]),
            postal=rng.choice(["00510", "00940"]),
        )
        for fr in frames
    )


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out: list[tuple[str, str]] = []
    out += [("fi", t) for t in _FI_HAND]
    out += [("sv", t) for t in _SV_HAND]
    out += [("en", t) for t in _EN_HAND]
    out += [("fi", _fi_thread(rng)) for _ in range(28)]
    out += [("fi", _fi_official(rng)) for _ in range(20)]
    out += [("fi", _fi_negative(rng)) for _ in range(14)]
    out += [("sv", _sv_record(rng)) for _ in range(16)]
    out += [("sv", _sv_negative(rng)) for _ in range(7)]
    out += [("en", _en_record(rng)) for _ in range(8)]
    out += [("en", _en_negative(rng)) for _ in range(4)]
    return out


_SPAN = re.compile(r"\[\[([A-Z]+):([^\[\]]+?)\]\]")
_LABELS = {"P", "E", "T", "H", "I", "R", "A", "IP"}


def _check(recs: list[tuple[str, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for lang, text in recs:
        assert lang in ("fi", "sv", "en"), lang
        assert text.count("[[") == text.count("]]"), text
        for label, inner in _SPAN.findall(text):
            assert label in _LABELS, (label, text)
            assert inner == inner.strip(), (inner, text)
            counts[label] = counts.get(label, 0) + 1
        rest = _SPAN.sub("", text)
        assert "[[" not in rest and "]]" not in rest, text
    return counts


if __name__ == "__main__":
    recs = records()
    counts = _check(recs)
    print(f"{len(recs)} records, {sum(counts.values())} spans: {dict(sorted(counts.items()))}")
    langs: dict[str, int] = {}
    for lang, _ in recs:
        langs[lang] = langs.get(lang, 0) + 1
    neg = sum(1 for _, t in recs if "[[" not in t)
    print(f"languages: {langs}; records without spans: {neg}")
    for lang, text in random.Random(SEED).sample(recs, 5):
        print(f"--- {lang}\n{text}")
