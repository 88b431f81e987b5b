"""Blind evaluation block 29 for the personal-data scrubber.

Written by helper "outsider 29" on 2026-12-07.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/,
/work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py
file, or /work/scratch/ (apart from reading the brief I was handed). I ran no git commands and did
not run the scrubber or any evaluation. Everything here was written from the brief and from my own
knowledge of how residents write to the city.

Focus: OmaStadi participatory-budgeting proposals and their comment threads, and Kerrokantasi
hearing comments, in Finnish (about 50 %), English (about 30 %) and Swedish (about 20 %), written by
residents, associations, school classes, sports clubs and immigrant communities. Proposal texts that
name the people behind them ("Ehdotuksen takana: ..."), team lists, thanks to named volunteers,
comments replying to earlier commenters by name ("Samaa mieltä Pirjon kanssa", "@Ahmed", "As Grace
said"), children's names with ages, coaches and teachers, city officials and councillors, contact
persons with phone numbers and e-mail addresses. Names of many origins, in Finnish cases, with the
Swedish genitive -s and the English possessive 's. About a third are hard negatives: proposals
without names, parks, schools, halls, streets and buildings named after people (Sibeliuksen puisto,
Alvar Aallon katu, Tove Janssonin puisto, Mannerheimintie), associations and clubs, famous people,
Finnish/Swedish/English words that are also first names used as ordinary words (Onni, Toivo, Tuuli,
ros, saga, will, hope), pets, dates, costs and reference numbers.

Seed: SEED = 2929. Records are the hand-written list followed by records from small generators
driven only by random.Random(SEED); the combined list is shuffled with the same generator, so
records() is deterministic.

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person's name (first name,
surname, full name, nickname, initials joined to a name; English possessive 's, Swedish genitive -s
and Finnish case endings inside the span; role words and titles outside), E e-mail address,
T phone number (whole number, country code included), H Finnish personal identity code, I IBAN or
bank account number, R vehicle licence plate, IP IP address, A street address with a house number
(street + number + staircase + flat; postal code and city outside; a street without a number is
not marked). Famous people and names of streets, parks, buildings, schools, clubs and brands are not
marked.
"""

import random

SEED = 2929

HAND = []

# ---------------------------------------------------------------------------
# Finnish, hand-written, with personal data
# ---------------------------------------------------------------------------
HAND += [
    ("fi", "Ehdotus: Ulkokuntosali Kontulan ostarin taakse\n\nKontulassa ei ole yhtään ulkokuntosalia "
           "jossa vois treenata ilmaiseksi. Ehdotamme 4-6 laitetta puiston pohjoispäähän, koira-aitauksen "
           "viereen.\n\nEhdotuksen takana: [[P:Marjatta Hyvönen]], [[P:Kalle Rantanen]] ja Kontulan "
           "Seniorit ry. Lisätietoja antaa [[P:Kalle]] p. [[T:040 718 2294]]"),
    ("fi", "Ehdotuksen takana: 5B-luokka, Pihlajamäen ala-asteen koulu (opettaja [[P:Riikka Salonen]]). "
           "Idean keksivät välitunnilla [[P:Eeli]] (11 v), [[P:Aava]] (11 v) ja [[P:Mustafa]] (12 v), "
           "koko luokka äänesti että tää lähetetään. Haluamme kiipeilytelineen ja varjoa koulun pihalle!!"),
    ("fi", "Samaa mieltä [[P:Pirjon]] kanssa, penkkejä tarvitaan lisää. Mutta [[P:Jarmo]] on kyllä "
           "väärässä siinä että skeittipaikka häiritsis, mun pojat käy siellä koko ajan eikä oo ollut "
           "mitään ongelmaa."),
    ("fi", "@[[P:Ahmed]] hyvä pointti! Kysyin asiaa jo aluesuunnittelija [[P:Tuomas Heikkilältä]] ja hän "
           "sanoi että puiston peruskorjaus on ohjelmoitu vuodelle 2027, eli tää ehdotus ehtis ennen sitä."),
    ("fi", "Iso kiitos kaikille jotka äänesti! Erityiskiitos [[P:Hannele Mäkiselle]] joka kiersi ostarilla "
           "flyerien kanssa kolmena lauantaina, ja [[P:Oskarille]] ja [[P:Veeralle]] jotka piirsi ne "
           "julisteet 🙏🙏"),
    ("fi", "Olemme Malmin Palloseuran P10-joukkue ja valmentajamme [[P:Jari Kokko]] ehdotti että "
           "kirjoitetaan tänne. Tekonurmen valot sammuu klo 21 eikä talvella ehditä treenata kunnolla. "
           "Joukkueessa pelaa mm. [[P:Leo]], [[P:Aapo]], [[P:Samir]], [[P:Eino]], [[P:Nuutti]] ja "
           "[[P:Kevin]].\nYhteyshenkilö: [[P:Satu Lindroos]], [[E:satu.lindroos@gmail.com]]"),
    ("fi", "Somalinaisten ryhmä kokoontuu Itäkeskuksessa ja tarvitsemme tilaa lasten läksykerholle "
           "tiistaisin ja torstaisin. Ehdotuksen kirjoittivat [[P:Hodan Warsame]] ja [[P:Fadumo Ali]]. "
           "Meidät tavoittaa numerosta [[T:044 905 3318]] ([[P:Hodan]]) tai sähköpostilla "
           "[[E:fadumo.ali84@hotmail.com]]."),
    ("fi", "Vastaus [[P:Mikko Virtasen]] kommenttiin: ei pidä paikkaansa että Meripellontien pyörätie "
           "olisi turha. Ajan sitä joka päivä töihin ja aamulla siinä menee kymmeniä pyöriä vartissa."),
    ("fi", "[[P:Leena]] kirjoitti yllä että Sibeliuksen puistossa on jo tarpeeksi penkkejä, mutta käykääpä "
           "siellä kesälauantaina niin näette ettei istumapaikkaa löydy mistään."),
    ("fi", "Meidän [[P:Iida]] (7 v) ja [[P:Otso]] (4 v) toivoo Vallilanlaaksoon vesileikkipaikkaa. "
           "Piirsivät siitä jopa kuvan, laitan sen liitteeksi jos se onnistuu tästä puhelimesta.\nt. äiti "
           "[[P:Johanna]]"),
    ("fi", "Jos joku haluaa lahjoittaa vanhoja pyöriä korjauspajaan niin tuokaa ne osoitteeseen "
           "[[A:Sturenkatu 27 C 41]], 00510 Helsinki. Soittakaa ensin [[P:Petelle]] [[T:050 392 7718]] "
           "ettei tuu turhaa reissua."),
    ("fi", "Kävin juttelemassa asiasta kaupunginvaltuutettu [[P:Aino-Maria Leskisen]] kanssa "
           "Malmitalolla ja hän lupasi viedä viestiä eteenpäin kulttuuri- ja vapaa-aikalautakuntaan."),
    ("fi", "[[P:Jukkis]] ja [[P:Masa]] hoitaa grillin talkoissa, muut tuo salaatit ja mehut 😄 Talkoot la "
           "14.6. klo 12 alkaen Kivikon ulkoilupuistossa, sateella siirretään sunnuntaille."),
    ("fi", "No mää oon [[P:Raili]], alunperin Savosta mutta asunu Myllypurossa 30 vuotta, ja sanon että "
           "toi ostari pitäs kunnostaa eikä purkaa. Naapurin [[P:Erkki]] on ihan samoilla linjoilla ja "
           "niin on moni muukin täällä."),
    ("fi", "Olemme ukrainalaisia äitejä Vuosaaresta. [[P:Oksana Kovalenko]] ja [[P:Iryna Melnyk]] vetävät "
           "lasten kerhoa ja toivomme että kirjaston tiloja sais käyttää myös iltaisin. Kiitos "
           "[[P:Päiville]] kirjastosta joka auttoi kirjoittamaan tämän suomeksi!"),
    ("fi", "Ehdotuksen takana: [[P:Nguyen Thi Lan]] ja [[P:Tran Van Minh]] (Vietnamilaisten "
           "kulttuuriyhdistys). Ideana monikielinen satutunti Itäkeskuksen kirjastossa kerran kuussa, "
           "vietnamiksi, suomeksi ja somaliksi."),
    ("fi", "Kiitos [[P:Lanille]] hienosta ideasta, mun tyttö kävis varmasti! Voisko mukaan ottaa myös "
           "arabian kielen?"),
    ("fi", "> [[P:Anneli K.]] kirjoitti: Kaarelantien bussipysäkki pitäisi siirtää kauemmas risteyksestä\n\n"
           "Ei todellakaan pidä. Asun [[A:Kaarelantie 86 B 12]] ja pysäkki on just oikeassa paikassa, "
           "siirto pidentäis kävelymatkaa kaikilta rapun vanhuksilta."),
    ("fi", "Haluaisin ilmoittaa poikani kesäkerhoon mutta lomake ei toimi. [[P:Aleksi Nieminen]] "
           "[[H:030712A456C]], huoltaja [[P:Sari Nieminen]] [[T:040 551 2093]]. Voiko joku "
           "ylläpidosta auttaa?"),
    ("fi", "Talkoisiin kerätään kahvirahaa, voi maksaa tilille [[I:FI46 1025 3000 1234 56]] (saaja "
           "[[P:Tuija Saarinen]]), viestiksi 'talkoot'. Kuitit tuodaan talkoopäivänä."),
    ("fi", "Joku parkkeeraa joka päivä punaisen pakun [[R:KLM-482]] puiston huoltotielle niin ettei "
           "lastenvaunuilla pääse ohi. Kannattais laittaa puomi siihen väliin."),
    ("fi", "Kaupunkiympäristön toimialalta [[P:Jenni Aaltonen]] vastasi sähköpostiin tosi nopeesti, "
           "kiitos hänelle! Eli valaistus on tulossa Pukinmäen kentälle jo ensi syksynä."),
    ("fi", "Ehdotuksen tekijät: Helsingin romaninuoret. Yhteyshenkilö [[P:Kaarlo Lindberg]], puh. "
           "[[T:045 128 6630]]. Toivomme kokoontumistilaa nuorille Malmin alueelle, jossa voisi pitää "
           "musiikkiharjoituksia."),
    ("fi", "Tää on jo kolmas kerta kun sama ehdotus tulee. [[P:Seppo]] ehdotti tätä 2021 ja [[P:Tiina "
           "Lahtinen]] 2023, eikä kumpikaan mennyt läpi koska kustannusarvio oli liian iso. Kannattais "
           "pilkkoa pienempiin osiin."),
    ("fi", "Moi! Mä oon [[P:Amina]] 9A:lta Itäkeskuksen peruskoulusta. Meidän luokka haluaa "
           "nuorisotalolle studion jossa vois tehdä musaa ja podcasteja. Meidän ope [[P:Henna Kallio]] "
           "auttoi kirjottamaan tän."),
    ("fi", "Korjaus [[P:Aminan]] viestiin: ope on siis [[P:Henna Kallio]] eikä Kallion nuorisotalo "
           "😂 sekaannusta syntyy"),
    ("fi", "Tämän ehdotuksen yhdisti OmaStadi-tiimin [[P:Laura Pesonen]] kahdesta samanlaisesta. "
           "Alkuperäiset tekijät [[P:Juha-Pekka Laine]] ja [[P:Minna Eskola]] ovat hyväksyneet "
           "yhdistämisen."),
    ("fi", "Hei [[P:Juha-Pekka]], ootko kysyny taloyhtiöltä että saako sen aidan pystyttää tontin "
           "rajalle? Meillä Kurkimäessä siitä tuli iso riita."),
    ("fi", "Kiitokset talkoolaisille: [[P:Ritva]], [[P:Hilkka]], [[P:Pertti]], [[P:Abdullahi]], "
           "[[P:Kaisa]] lapsineen ja [[P:Mehmetin]] perhe. Saatiin 14 säkkiä roskia pois rannasta!"),
    ("fi", "Yhteystiedot: Vuosaaren Omakotiyhdistys ry / [[P:Heikki Sorsa]]\n[[A:Kallvikintie 41]], "
           "00980 Helsinki\n[[E:heikki.sorsa@elisanet.fi]]\n[[T:+358 40 733 1902]]"),
    ("fi", "En kannata. Kuten [[P:Timo]] tuossa ylempänä totesi, kaupunki ei ole huoltanut edellistäkään "
           "laitetta ja se on ollut rikki puoli vuotta."),
    ("fi", "[[P:Timolle]]: huolto kuuluu rakennusvirastolle eikä OmaStadi-rahoista, joten se ei ole syy "
           "hylätä tätä. t. [[P:Marketta]]"),
    ("fi", "Ehdotus on lähtöisin Laajasalon kirjaston lukupiiristä. Lukupiirin vetäjä [[P:Eila "
           "Grönroos]] (puh. [[T:050 447 8820]]) kerää mielellään lisää ideoita ennen "
           "jatkokehitystä."),
    ("fi", "Meidän tanssiryhmän tytöt [[P:Zahra]] (13), [[P:Helmi]] (12) ja [[P:Nelli]] (13) haluais "
           "peilit ja äänentoiston Vesalan nuorisotalolle. Ohjaaja [[P:Sandra Ojala]]."),
    ("fi", "Täältä ylempää [[P:Helmin]] äiti: tytöt treenaa nyt käytävällä kun sali on varattu, joten "
           "tää olis tosi tarpeen!"),
    ("fi", "Lähetän [[P:Mervin]] puolesta koska hänellä ei ole tunnuksia: hän toivoo Siilitien "
           "pysäkille katosta ja penkkiä. [[P:Mervi]] asuu [[A:Siilitie 9 A 5]] ja kulkee rollaattorilla."),
    ("fi", "Asiaa hoitaa apulaispormestarin avustaja [[P:Niko Hämäläinen]], häneen voi olla yhteydessä "
           "[[E:niko.hamalainen@hel.fi]]. Kirjoitan tähän kun moni kysyi."),
    ("fi", "terveisin [[P:Tapsa]] ja [[P:Riitta]] Oulunkylästä. Ps. [[P:Riitan]] mielestä penkit pitäis "
           "olla puuta eikä metallia, talvella jäätyy peppu 😅"),
    ("fi", "Ehdotus tehty yhdessä Kannelmäen Kiekon (joukkueenjohtaja [[P:Mika Huttunen]]) ja "
           "Kannelmäen peruskoulun vanhempainyhdistyksen ([[P:Sonja Vainio]]) kanssa."),
]

HAND += [
    ("fi", "[[P:Kirsi]] · 12.3.2025 14:22\nKaavaluonnos vie liikaa metsää, olen vastaan.\n\n"
           "↳ [[P:Markus V.]] · 12.3.2025 15:03\n[[P:Kirsi]] hyvä, metsästä lähtee vain 3 %, luitko "
           "selostuksen?\n\n↳ [[P:Kirsi]] · 12.3.2025 16:40\nLuin. 3 % on silti 3 % liikaa."),
    ("fi", "Kiitos [[P:Dmitrille]] joka korjasi pyöräpajan kompressorin ihan ilmaiseksi, ja [[P:Svetlana "
           "Ivanovalle]] joka toi koko porukalle piirakat! Ensi kerralla mä tuon kahvit."),
    ("fi", "Nimeni on [[P:Shirin Ahmadi]] ja olen kotoisin Afganistanista. Moni nainen meidän "
           "yhteisöstä ei osaa pyöräillä. Ehdotamme naisten pyöräilykoulua Kontulaan kesäksi 2026. "
           "Kouluttajana voisi toimia [[P:Annukka Pelkonen]] joka on tehnyt tätä vapaaehtoisena jo "
           "kaksi kesää."),
    ("fi", "Vironkielinen lastenkerho Kallioon! Ehdotuksen takana [[P:Kristjan Tamm]] ja [[P:Mari "
           "Kask]], yhteydenotot [[E:eesti.pere.kallio@gmail.com]] tai [[P:Marille]] suoraan "
           "[[T:+358 45 671 0093]]."),
    ("fi", "[[P:Li Wein]] idea kiinalaisesta uudenvuoden juhlasta Itäkeskuksen torilla on mahtava. Olen "
           "valmis auttamaan järjestelyissä, ja [[P:Chinedu Okaforille]] voi myös laittaa viestiä, hän "
           "tuntee kaikki rumpuryhmät."),
    ("fi", "Vastustan. [[P:Katarzyna Nowakin]] kommentti osui naulan kantaan: uusi parkkitalo tuo vain "
           "lisää autoja Lauttasaaren kapeille kaduille."),
    ("fi", "Koripallovalmentaja [[P:Emre Yılmaz]] pyörittää lauantaisin ilmaista pelivuoroa "
           "Myllypuron liikuntamyllyssä ja sinne tulee 40 nuorta. [[P:Emren]] mukaan tarvittaisiin "
           "toinen kenttä ulos, nyt osa joutuu odottamaan tunnin."),
    ("fi", "Ehdotuksen takana: Itä-Helsingin eritrealaiset ry, [[P:Senait Tesfaye]] ja [[P:Yonas "
           "Haile]]. Puh [[T:0442209817]]"),
    ("fi", "[[P:Maricel]] kysyi edellä voiko kerhoon tulla aikuisetkin – kyllä voi! t. [[P:Arja]], "
           "Kannelmäen kirjasto"),
    ("fi", "Otin yhteyttä [[P:Ainoon]] nuorisopalveluista ja hän lupasi selvittää salivuorot. "
           "Lisätietoa saa myös suoraan [[P:Aino Rädyltä]]: [[T:09 310 71554]]"),
    ("fi", "Muistakaa kiittää [[P:Ismoa]] ja [[P:Kerttua]] jotka piti kahviota auki koko päivän "
           "vaikka satoi kaatamalla ☔"),
    ("fi", "Lapset [[P:Yusuf]] 8v, [[P:Layla]] 6v ja [[P:Adam]] 3v käyttää puistoa joka päivä, mutta "
           "liukumäki on ollut rikki syyskuusta asti (ilmoitettu palautteeseen jo 3 kertaa!!)."),
    ("fi", "TIIMI:\n- [[P:Veikko Laakso]], puheenjohtaja\n- [[P:Sirpa Laakso]]\n- [[P:Arben Hoxha]], "
           "rakennusmestari eläkkeellä\n- [[P:Tuula Mäkelä]]\nOta yhteyttä: "
           "[[E:vartiokyla.vihreaksi@gmail.com]]"),
    ("fi", "Allekirjoittaneet: [[P:M. Koskinen]], [[P:T-M. Koskinen]]\n[[A:Mechelininkatu 12 A 3]], "
           "00100 Helsinki"),
    ("fi", "samaa mieltä [[P:jarmon]] kanssa, ei mitään uusia parkkipaikkoja vaan lisää puita. ja "
           "[[P:pirjo]] tarkoitit varmaan Herttoniemen rantaa etkä Roihuvuorta?"),
    ("fi", "Valtuutettu [[P:Petri Kuusela]] lupasi vaalien alla uimahallin Jakomäkeen. Missä se on? "
           "Kysyin [[P:Kuuselalta]] asiasta Facebookissa mutta en saanut vastausta."),
    ("fi", "yst.terv [[P:Kaija-Liisa Rautio]] / [[T:050-5521 903]] / "
           "[[E:kaijaliisa.rautio@luukku.com]]"),
    ("fi", "Palautetta voi tuoda myös postitse: Laajasalon Kotiseutuyhdistys, c/o [[P:Rauni Heino]], "
           "[[A:Reposalmentie 14 as 3]], 00840 Helsinki"),
    ("fi", "Kysyin tätä liikuntapaikkamestari [[P:Ollilta]] ja hänen mukaansa jäädytys alkaa vasta kun "
           "on ollut viikon pakkasta. Eli ei tarvita erillistä ehdotusta."),
    ("fi", "Myyrmäessä toimiva käsityökerhomme (vetäjä [[P:Outi Lyytikäinen]], [[A:Kielotie 11 D 62]], "
           "Vantaa) toivoo että Helsingin puolelta tulisi yhteistyötä. Tiedän että tää on Helsingin "
           "OmaStadi mutta kysyn silti."),
    ("fi", "Rehtori [[P:Antti Leinonen]] ja koko opettajainhuone kannattaa! Koulun puolesta "
           "yhteyshenkilönä toimii erityisopettaja [[P:Sari-Anne Huhtala]], "
           "[[E:sari-anne.huhtala@edu.hel.fi]]."),
    ("fi", "Kiitti [[P:Farah]] ja [[P:Abdirahman]] kun autoitte kääntämään ehdotuksen somaliksi! Nyt "
           "mummotkin ymmärtää mistä äänestetään 😊"),
    ("fi", "Tämä kommentti on [[P:Ville Kärkkäisen]] ja [[P:Jonna Kärkkäisen]] yhteinen: emme vastusta "
           "koirapuistoa mutta sen paikka pitäisi olla kauempana talostamme [[A:Puotilantie 8]]."),
    ("fi", "Mun mummo [[P:Helvi]] (89 v) ei pääse enää kirjastoon kun hissi on rikki. Hän pyysi "
           "kirjoittamaan tänne. Soittakaa mulle jos tarvitsette lisätietoja, [[P:Tero]] "
           "[[T:041 306 5582]]"),
]

# ---------------------------------------------------------------------------
# Finnish, hand-written, hard negatives (no personal data)
# ---------------------------------------------------------------------------
HAND += [
    ("fi", "Ehdotus: Lisää roska-astioita Tove Janssonin puistoon. Kesäisin roskikset täyttyy jo "
           "aamupäivällä ja lokit levittää roskat nurmelle. Arvioitu kustannus 8 000 €."),
    ("fi", "Alvar Aallon kadulla ei ole yhtään pyörätelinettä vaikka siellä kulkee valtavasti "
           "pyöräilijöitä Stockmannin kulmilla. Ehdotan 20 telinettä ja yhden huoltopisteen."),
    ("fi", "Mannerheimintien ja Runeberginkadun risteyksessä valot vaihtuu niin nopeasti ettei vanhus "
           "ehdi yli. Ajoitus pitäisi tarkistaa."),
    ("fi", "Onni oli matkassa kun pyörävarasto valmistui ennen talvea. Toivo on, että ensi vuonna "
           "saadaan myös katos jätepisteelle."),
    ("fi", "Ehdotus nro 1492 on yhdistetty ehdotukseen 1377 (Kallion kirjaston piha). Yhdistetyn "
           "ehdotuksen kustannusarvio on 45 000 € ja toteutus aikaisintaan 2027."),
    ("fi", "Tarja Halosen puistossa on illalla tosi pimeää, valaistusta tarvitaan etenkin portaiden "
           "kohdalle."),
    ("fi", "Aleksis Kiven peruskoulun pihalle toivotaan lisää varjopaikkoja. Kesäkuussa piha on "
           "täysin paahteessa eikä puita ole."),
    ("fi", "Sibelius-lukion oppilaskunta ehdottaa nuorisotilaa Töölöön. Oppilaskunnan hallitus käsitteli "
           "asian kokouksessaan 4.2.2025 ja kannatti yksimielisesti."),
    ("fi", "Äänestys alkaa 1.10. ja päättyy 31.10. klo 23.59. Äänestää voi vahvalla tunnistautumisella "
           "tai koulussa kertakäyttökoodilla."),
    ("fi", "Kiitos kaikille talkoolaisille ja lahjoittajille! Ilman teitä tämä ei olisi onnistunut. "
           "Nähdään taas keväällä 💚"),
    ("fi", "Urho Kekkosen kadun ja Fredrikinkadun kulmassa on vaarallinen suojatie, autot kääntyy "
           "vaikka jalankulkijoilla on vihreä."),
    ("fi", "Annankadun ja Eerikinkadun kulmaan toivoisin penkin ja istutuksia, nyt siinä on pelkkää "
           "asfalttia ja sähkökaappi."),
    ("fi", "Käyn päivittäin koirien kanssa Kivinokassa. Rekku ja Nelli ovat kyllä sitä mieltä että "
           "koira-aitaus tarvitsee uuden portin 🐕🐕"),
    ("fi", "Minna Canthin päivänä 19.3. voisi järjestää kirjoituspajan nuorille Kallion kirjastossa. "
           "Tasa-arvon päivä sopisi teemaksi hyvin."),
    ("fi", "Tuuli puhaltaa Vuosaaren uimarannalla niin kovaa että tarvittais tuulensuoja pukukoppien "
           "eteen."),
    ("fi", "Into oli kova mutta rahaa ei riittänyt: ehdotus sai 1 243 ääntä ja raja oli 1 500."),
    ("fi", "Presidentti Kekkosen aikaan tää puisto oli kuulemma hieno. Nyt penkit on rikki ja lampi "
           "kasvaa levää."),
    ("fi", "Paavo Nurmen tien varrella Olympiastadionin takana on iso tyhjä nurmikenttä joka vois olla "
           "frisbeegolfrata."),
    ("fi", "Kallion Kiekko, Helsingin Jalkapalloklubi ja Vuosaaren Reipas ovat kaikki kertoneet "
           "tarvitsevansa lisää vuoroja. Halleja ei vaan ole tarpeeksi."),
    ("fi", "Ehdotus: Aurinkopaneelit Kontulan kirjaston katolle. Kustannusarvio 60 000 €, säästö noin "
           "4 000 € vuodessa. Lisätietoa liitteessä (PDF, 2,3 Mt)."),
    ("fi", "Armas kotikaupunki, missä on kunnon uimapaikka Itä-Helsingissä? Kallahdenniemessä on ahdasta "
           "ja Aurinkolahdessa pukukopit aina kiinni."),
    ("fi", "Bussi 97 kulkee liian harvoin iltaisin, ja 561 vielä harvemmin. Palaute HEL-2025-014521 ei "
           "ole vieläkään saanut vastausta."),
    ("fi", "Esitetty kaava (asianumero HEL 2024-009876) hävittäisi Lapinlahden puiston vanhat lehmukset. "
           "Vastustan jyrkästi."),
    ("fi", "Sade piti talkoolaiset kotona lauantaina mutta sunnuntaina saatiin kaikki 300 sipulia "
           "istutettua Meilahden arboretumiin."),
    ("fi", "Muumi-aiheinen leikkipuisto Katajanokalle? Tove Jansson syntyi Helsingissä ja Muumit "
           "houkuttelisi turisteja ympäri vuoden."),
    ("fi", "Kaisaniemen puiston pohjoispäässä Kaisaniemenkadun puolella on ollut rikkinäinen valaisin jo "
           "kaksi kuukautta."),
    ("fi", "Ehdotus siirrettiin jatkovalmisteluun 15.3. Se ei ole kaupungin toimivallassa (Väylävirasto "
           "vastaa rataverkosta), perustelut luettavissa ehdotuksen sivulla."),
    ("fi", "Satu-tuokio lapsille lauantaisin klo 10-11 Töölön kirjastoon olis ihana! Ilo näkyy lasten "
           "kasvoilta aina kun joku lukee ääneen."),
    ("fi", "Lahja kaupungilta lapsille: pulkkamäki Malminkartanon täyttömäelle! Valot ja turva-aidat "
           "riittäis hyvin."),
    ("fi", "Koulu: Hiidenkiven peruskoulu\nLuokka: 7C\nEhdotus: parkour-alue koulun taakse\n"
           "Hinta-arvio: 35 000 €\nÄänet: 312"),
    ("fi", "Hakaniemen hallin remontti on valmis, mutta Hämeentie Sörnäisten rantatien kohdalla on "
           "pyöräilijälle hengenvaarallinen."),
    ("fi", "Ehdotan että Kalasatamaan nimetään uusi aukio Aino Acktén mukaan. Oopperalaulajalle ei ole "
           "Helsingissä kunnon muistomerkkiä, vaikka Aino Acktén huvila on Tullisaaressa."),
    ("fi", "Rauha ja hiljaisuus on se mitä Kivikon metsästä haetaan, ei mitään uusia valaistuja "
           "latuja. Vastustan tätä ehdotusta."),
    ("fi", "Kannatan! Kävin viime kesänä Tukholmassa ja Tantolundenin kaltainen siirtolapuutarha olis "
           "mahtava myös tänne. Kustannus 120 000 € kuulostaa kuitenkin isolta."),
]

# ---------------------------------------------------------------------------
# English, hand-written, with personal data
# ---------------------------------------------------------------------------
HAND += [
    ("en", "Proposal: Multilingual story hour at Oodi\n\nTeam: [[P:Grace Okafor]] (project lead), "
           "[[P:James O'Brien]], [[P:Priya Sharma]] and [[P:Li Wei]]. We are parents from the Helsinki "
           "International Parents group and our kids speak 11 languages between them."),
    ("en", "As [[P:Grace]] said above, the lighting on the path from Kalasatama metro to the school is "
           "terrible in November. My daughter refuses to walk it alone."),
    ("en", "[[P:Ahmed's]] point about the underpass is spot on. I walk there with my kids every morning "
           "and there's broken glass almost daily."),
    ("en", "@[[P:Ahmed]] did the city ever answer your feedback? I sent mine in March and nothing."),
    ("en", "Huge thanks to [[P:Dmitri]] who fixed the bike pump station for free, and to [[P:Sarah "
           "Lindholm]] for organising the whole clean-up day! 🙌"),
    ("en", "Our coach [[P:Tony Mäkelä]] suggested we post here. We're the U12 girls cricket team that "
           "trains in Kumpula (yes, cricket in Helsinki!). Players: [[P:Anaya]] (11), [[P:Sofia]] (12), "
           "[[P:Mia]] (11), [[P:Harleen]] (12) and [[P:Venla]] (10). We need a proper practice net."),
    ("en", "Contact: [[P:María Fernández]], [[E:maria.fernandez.hki@outlook.com]], "
           "[[T:+358 45 217 8830]]"),
    ("en", "This proposal was written by Year 4 of the International School, Ms. [[P:Carter's]] class. "
           "Everybody voted and the treehouse idea won 19 to 4."),
    ("en", "I'm writing on behalf of my neighbour Mrs. [[P:Koivisto]] who doesn't use computers. She "
           "lives at [[A:Vuosaarentie 5 C 28]] and says the bench by the bus stop was removed last year "
           "and never returned."),
    ("en", "Reply to [[P:Jussi]]: I get the worry about parking, but the square is empty 90% of the day. "
           "A market on Saturdays wouldn't take anything away from you."),
    ("en", "I agree with [[P:Nasrin]] and [[P:Dariush]] - a Nowruz picnic in Kaivopuisto could easily "
           "become a yearly thing. Count me in as a volunteer!"),
    ("en", "Signed,\n[[P:Chinedu Okafor]]\nChairman, Nigerian Community in Finland ry\n"
           "[[T:+358 41 552 0774]]"),
    ("en", "Proposal by: [[P:Tom Hendricks]] & [[P:Anna-Kaisa Hendricks]] (Lauttasaari). We also have "
           "two kids, [[P:Elias]] 5 and [[P:Ruby]] 3, who are the real experts on playgrounds lol."),
    ("en", "Thanks [[P:Ruby]] and [[P:Elias]] for the drawings 😄 the slide with the dragon head is "
           "brilliant"),
    ("en", "Kiitos / thanks to our volunteer translators: [[P:Yuki Tanaka]] (Japanese), [[P:Minh Anh "
           "Pham]] (Vietnamese), [[P:Olena]] (Ukrainian) and [[P:Bashir]] (Dari)."),
    ("en", "Councillor [[P:Helena Sundqvist]] told us at the residents' evening that the city has no "
           "money for this. Is that true? Then why fund the other one?"),
    ("en", "[[P:Helena Sundqvist's]] answer was that it's a state road, not the city's. Pretty sure "
           "that's wrong for this stretch."),
    ("en", "FYI the bike repair workshop is run by [[P:Marcus]] on Saturdays, text him at "
           "[[T:044 7725 916]] if you want to drop off a bike outside those hours."),
    ("en", "If anyone wants to join the planning group, email me: [[E:j.obrien.helsinki@gmail.com]] "
           "- [[P:James]]"),
    ("en", "We are a group of Filipino care workers living in Kontula and Mellunmäki. Our contact person "
           "is [[P:Maricel Santos]] ([[T:045 523 8817]]). We'd like a covered place to meet on Sundays."),
    ("en", "[[P:Rajesh's]] daughter [[P:Anika]] (7) came up with the idea of a reading bench shaped like "
           "a book, we loved it so much we put it in the proposal."),
    ("en", "> Posted by [[P:Mark Ellison]]: the dog park should be moved closer to the road\n\nNo, "
           "[[P:Mark]], that would be worse for everyone. I live at [[A:Kulosaaren puistotie 32]] and "
           "the barking already carries across."),
    ("en", "The proposal comes from the Jätkäsaari residents' association. Board: [[P:Peter Lindgren]] "
           "(chair), [[P:Aisha Mohamed]] (secretary), [[P:Kalle Heinonen]] (treasurer)."),
    ("en", "Donations for the benches can go to [[I:FI20 5799 0020 4178 22]], recipient [[P:Aisha "
           "Mohamed]]. Please write 'benches' in the message field."),
    ("en", "There's a white van, plate [[R:ZXT-915]], parked on the playground path every single "
           "weekend. That's the real safety issue here."),
    ("en", "Names and ages for the drawing competition: [[P:Noah]] 6, [[P:Amelia]] 8, [[P:Yasmin]] 9, "
           "[[P:Luka]] 7. Winners announced on Friday!"),
    ("en", "I talked to [[P:Sanna]] from youth services (she runs the Kontula youth centre) and she said "
           "they'd love a climbing wall but there's no budget."),
    ("en", "Cheers [[P:Ollie]]! You're a legend for collecting all those signatures at the metro."),
    ("en", "Mr. [[P:Rahman's]] Year 6 class at the English School did a survey: 84% of pupils want a "
           "water fountain in the yard."),
    ("en", "Posted on behalf of the Helsinki Chinese Association by [[P:Zhang Min]] ([[P:张敏]]). We "
           "propose lantern decorations in Itäkeskus for Lunar New Year."),
    ("en", "Forwarding the city's reply since people asked:\n---\nFrom: [[P:Jaakko Rinne]] "
           "<[[E:jaakko.rinne@hel.fi]]>\nSubject: Re: Puistola skate park\n\nHi [[P:Kevin]], the "
           "park is in the 2027 investment plan, so the proposal can go ahead as a temporary ramp."),
    ("en", "My vote didn't register and support said my IP [[IP:85.76.142.19]] was flagged for too many "
           "attempts. Anyone else had this?"),
    ("en", "[[P:Grace]] and I ([[P:Femi]]) will be at the Kontula mall stand on Sat 10-14 to answer "
           "questions about the proposal. Come say hi!"),
    ("en", "My son [[P:Oliver]] (14) and his friends [[P:Eemil]] and [[P:Jamal]] built a ramp themselves "
           "out of pallets because there's nothing for them in Kannelmäki. Please fund a real one."),
    ("en", "Hi [[P:Pirjo]], thanks for translating my comment into Finnish 🙏 much appreciated!"),
    ("en", "We, the undersigned parents of Maunula: [[P:Kate Wilson]], [[P:Ibrahim Said]], "
           "[[P:Heli Kantola]], [[P:Oscar Mendes]], [[P:Nora Berg]]."),
    ("en", "Just to clarify what [[P:Ibrahim]] wrote - we don't want the field closed, only fenced."),
]

# ---------------------------------------------------------------------------
# English, hand-written, hard negatives
# ---------------------------------------------------------------------------
HAND += [
    ("en", "Proposal: More benches along the Baana. Estimated cost EUR 12,000. Implementation 2026."),
    ("en", "Will the city actually maintain this after it's built? That's my only concern."),
    ("en", "Hope this gets funded! The Sibelius Monument area really needs better toilets in summer."),
    ("en", "Grace period for voting ended on 31 October, so comments are now closed on this proposal."),
    ("en", "May I suggest moving the outdoor gym closer to Kalasatama metro station? More people would "
           "actually use it."),
    ("en", "The Tove Jansson park in Katajanokka is lovely but the playground there is really old."),
    ("en", "Mannerheimintie is a nightmare for cyclists between Stockmann and the Opera. Please add a "
           "protected lane."),
    ("en", "Bill for the last renovation was 80 000 euros according to the city budget, so this is "
           "cheap in comparison."),
    ("en", "Frank feedback: the voting app is confusing, it took me 20 minutes to find the right "
           "district."),
    ("en", "Summer events at the Lapinlahti hospital grounds have been amazing. Let's fund more of them!"),
    ("en", "Rose garden in Kaisaniemi? Yes please. Roses need sun though, and the north end is shaded."),
    ("en", "Like Alvar Aalto said, architecture should serve people. This plan serves cars."),
    ("en", "Proposal #2031 was merged with #1988 (Oodi rooftop). Combined budget 55 000 €."),
    ("en", "Joy for kids, peace for parents: a fenced playground near Ruoholahti metro!"),
    ("en", "Mark the crossing on Itämerenkatu properly, half the paint is gone already."),
    ("en", "Bus 58 takes 40 minutes to Itis in the evenings. Frankly that's not acceptable."),
    ("en", "Our dog Max loves the Hietaranta dog beach but the fence is broken in two places."),
    ("en", "The Helsinki International Parents group supports this proposal. We have about 1,200 members "
           "across the city."),
    ("en", "Tram 7 stop at Pasila is too narrow for strollers. Please widen it before the winter."),
    ("en", "The Paavo Nurmi statue by the Olympic Stadium could use better lighting, it's a landmark."),
    ("en", "Voting closes Oct 31 at 23:59. Results are published in December and projects are carried "
           "out in 2026-2027."),
    ("en", "Honestly the Marimekko outlet area in Herttoniemi needs a proper bike path more than another "
           "parking lot."),
    ("en", "Sandy beach at Pihlajasaari is great but the ferry costs 7 € each way. Could the city "
           "subsidise it for kids?"),
]

# ---------------------------------------------------------------------------
# Swedish, hand-written, with personal data
# ---------------------------------------------------------------------------
HAND += [
    ("sv", "Bakom förslaget står [[P:Lars-Erik Lindqvist]] och [[P:Birgitta Holmström]] från Munksnäs "
           "hembygdsförening. Vi vill att de gamla bänkarna längs allén restaureras i stället för att "
           "bytas ut mot plastbänkar."),
    ("sv", "Håller med om [[P:Annas]] kommentar ovan, men jag tror att lekparken behöver staket mot "
           "vägen också, inte bara belysning."),
    ("sv", "Som [[P:Mikael]] skrev: det här har föreslagits två gånger tidigare. Varför inte nu?"),
    ("sv", "Tack till [[P:Johan]] och [[P:Fia]] som bakade bullar till talkot, och till [[P:Ebba]] "
           "(9 år) som ritade affischen! ❤️"),
    ("sv", "Kontaktperson: [[P:Ulla Grönqvist]], [[T:+358 40 662 1937]], "
           "[[E:ulla.gronqvist@kolumbus.fi]]"),
    ("sv", "Vår tränare [[P:Mikael Holm]] föreslog att vi skriver hit. Vi är pojkar födda 2014 och "
           "tränar på Drumsö bollplan, men belysningen släcks redan kl. 20."),
    ("sv", "Klass 3B på Zacharias Topeliusskolan, lärare [[P:Camilla Sjöberg]]. Eleverna [[P:Elsa]] "
           "(9 år), [[P:Viggo]] (9 år) och [[P:Omar]] (10 år) har skrivit förslaget helt själva!"),
    ("sv", "Stadsfullmäktigeledamoten [[P:Thomas Wikström]] lovade på invånarmötet att simhallen ska "
           "öppna på söndagar. Jag hoppas att han håller det."),
    ("sv", "@[[P:Kristian]] vet du om staden har svarat på [[P:Margaretas]] fråga om belysningen vid "
           "stranden?"),
    ("sv", "Jag skriver för min mammas räkning, [[P:Gunilla Nyman]], som bor på [[A:Brändövägen 12 B 7]] "
           "och inte längre orkar gå till biblioteket. Hon önskar en bänk vid backen."),
    ("sv", "Hälsningar,\n[[P:Henrik]] och [[P:Saga Åberg]]"),
    ("sv", "[[P:Ahmeds]] idé om ett språkcafé på biblioteket är jättebra! Jag kan ställa upp en kväll "
           "i veckan."),
    ("sv", "Bakom förslaget: Somaliska föräldraföreningen i Esbo, [[P:Hawa Abdi]] "
           "([[T:045 338 2190]])."),
    ("sv", "Tack [[P:Pia]] för att du tog hand om nycklarna till klubbhuset! /[[P:Stina]]"),
    ("sv", "Jag håller inte med [[P:Bengt]]. Det finns redan tre hundparker på Drumsö och ingen "
           "av dem är full."),
    ("sv", "Insamling till nya fotbollsmål: konto [[I:FI17 8000 1401 5673 29]], mottagare "
           "[[P:Patrik Sundström]]. Märk betalningen 'mål'."),
    ("sv", "Svar på [[P:Eriks]] inlägg: nej, förslaget gäller inte hela parken, bara den norra "
           "delen vid skolan."),
    ("sv", "Vi i Nordsjö Marthaförening (ordf. [[P:Maj-Britt Lindroos]]) stöder förslaget helhjärtat "
           "och kan ordna kaffe vid invigningen."),
    ("sv", "Frågor? Ring [[P:Jonas]] på [[T:050 771 4402]] eller mejla [[E:jonas.strom@luukku.com]]"),
    ("sv", "[[P:Annika]] 3.4.2025\nPlanförslaget tar bort hela skogsdungen bakom skolan.\n\n"
           "[[P:Lasse]] svarar:\n[[P:Annika]], du har rätt, men bara en tredjedel enligt kartan."),
    ("sv", "Mina barn [[P:Alva]] (5) och [[P:Sixten]] (8) åker pulka i backen varje dag på vintern. "
           "Snälla sätt upp belysning där."),
    ("sv", "Rektor [[P:Jan-Erik Forsman]] har gett skolans stöd till förslaget och eleverna kan hjälpa "
           "till med planteringen."),
    ("sv", "Tack till alla volontärer: [[P:Matilda]], [[P:Oskar]], [[P:Leila]], [[P:Kim]], "
           "[[P:Nadia]] och [[P:Åsa]]! Vi samlade 40 kg skräp."),
    ("sv", "Undertecknat: [[P:B. Lindberg]], [[A:Munksnäs allé 19 A 4]], 00330 Helsingfors"),
    ("sv", "Vi är en grupp ukrainska familjer i Kvarnbäcken. [[P:Natalia Bondarenko]] leder "
           "pysselklubben och [[P:Natalias]] man [[P:Andrij]] lagar cyklar gratis."),
    ("sv", "Jag pratade med områdesplaneraren [[P:Sofia Ekholm]] och enligt henne kan förslaget "
           "genomföras redan nästa år."),
    ("sv", "Skrivet av [[P:Leo Karlsson]] (12) och [[P:Moa Karlsson]] (10) med hjälp av pappa "
           "[[P:Fredrik]]. Vi vill ha en bmx-bana!!"),
]

# ---------------------------------------------------------------------------
# Swedish, hand-written, hard negatives
# ---------------------------------------------------------------------------
HAND += [
    ("sv", "Ros till staden för den nya belysningen i Tove Janssons park! Ris för att papperskorgarna "
           "aldrig töms på helgerna."),
    ("sv", "Stig och trappor i Sibeliusparken är hala på vintern, sanda oftare."),
    ("sv", "Saga-stund på svenska i Arabiastrandens bibliotek vore fint, nu finns det bara på finska."),
    ("sv", "Förslag nr 1805 slogs ihop med nr 1811. Kostnad 22 000 €. Genomförs tidigast 2027."),
    ("sv", "Vilja finns men pengar saknas, som vanligt. Hoppas det blir något den här gången."),
    ("sv", "Mannerheimvägen vid Tölö torg är farlig för cyklister, bygg en ordentlig cykelbana."),
    ("sv", "Zacharias Topeliusskolans gård behöver fler träd och skugga, eleverna står i solen på "
           "rasterna."),
    ("sv", "Dag för dag blir Drumsö badstrand skräpigare. Fler sopkärl behövs, helst före midsommar."),
    ("sv", "Björnen vid lekparken har ruttnat och barnen kan skada sig på spikarna. Byt ut skulpturen."),
    ("sv", "Korsningen Runebergsgatan och Arkadiagatan saknar ett säkert övergångsställe."),
    ("sv", "Klart att vi stöder förslaget! Hela Marthaföreningen röstar."),
    ("sv", "Buss 65 går för sällan på kvällarna. Min respons har referens HEL-2025-021884 men inget "
           "svar ännu."),
    ("sv", "Som Jean Sibelius lär ha sagt: ingen har rest en staty över en kritiker. Bygg konstverket!"),
    ("sv", "Lilja och ros planteras i rabatterna på Esplanaden varje sommar, varför inte i Nordsjö?"),
    ("sv", "Svenska litteratursällskapet och Arbis har båda lovat lokaler för kvällskurser."),
]

# ---------------------------------------------------------------------------
# Small generators (all randomness from random.Random(SEED))
# ---------------------------------------------------------------------------
# Finnish person names as (nominative, genitive, allative).
FI_FULL = [
    ("Matti Korhonen", "Matti Korhosen", "Matti Korhoselle"),
    ("Aisha Yusuf", "Aisha Yusufin", "Aisha Yusufille"),
    ("Riikka Järvinen", "Riikka Järvisen", "Riikka Järviselle"),
    ("Olli-Pekka Heinänen", "Olli-Pekka Heinäsen", "Olli-Pekka Heinäselle"),
    ("Tuomas Lehto", "Tuomas Lehdon", "Tuomas Lehdolle"),
    ("Sanna Kettunen", "Sanna Kettusen", "Sanna Kettuselle"),
    ("Abdi Hassan", "Abdi Hassanin", "Abdi Hassanille"),
    ("Svetlana Petrova", "Svetlana Petrovan", "Svetlana Petrovalle"),
    ("Mirja Turunen", "Mirja Turusen", "Mirja Turuselle"),
    ("Kimmo Aalto", "Kimmo Aallon", "Kimmo Aallolle"),
    ("Hanna Kivelä", "Hanna Kivelän", "Hanna Kivelälle"),
    ("Yasmin Karimi", "Yasmin Karimin", "Yasmin Karimille"),
    ("Jorge Álvarez", "Jorge Álvarezin", "Jorge Álvarezille"),
    ("Marko Pitkänen", "Marko Pitkäsen", "Marko Pitkäselle"),
    ("Tiia Ström", "Tiia Strömin", "Tiia Strömille"),
    ("Anu Koskela", "Anu Koskelan", "Anu Koskelalle"),
    ("Thi Huong Le", "Thi Huong Len", "Thi Huong Lelle"),
    ("Kalevi Mustonen", "Kalevi Mustosen", "Kalevi Mustoselle"),
]
FI_FIRST = [
    ("Pirjo", "Pirjon", "Pirjolle"), ("Ahmed", "Ahmedin", "Ahmedille"), ("Grace", "Gracen", "Gracelle"),
    ("Jussi", "Jussin", "Jussille"), ("Fatima", "Fatiman", "Fatimalle"), ("Oksana", "Oksanan", "Oksanalle"),
    ("Heikki", "Heikin", "Heikille"), ("Kaisu", "Kaisun", "Kaisulle"), ("Tarmo", "Tarmon", "Tarmolle"),
    ("Leila", "Leilan", "Leilalle"), ("Mohamed", "Mohamedin", "Mohamedille"), ("Aune", "Aunen", "Aunelle"),
    ("Roope", "Roopen", "Roopelle"), ("Sirkka", "Sirkan", "Sirkalle"), ("Ulla", "Ullan", "Ullalle"),
    ("Dawit", "Dawitin", "Dawitille"), ("Lotta", "Lotan", "Lotalle"), ("Ilkka", "Ilkan", "Ilkalle"),
    ("Toivo", "Toivon", "Toivolle"), ("Onni", "Onnin", "Onnille"),
]
KIDS = ["Eetu", "Siiri", "Aada", "Elias", "Hamza", "Noor", "Veeti", "Lilja", "Aleksandra", "Onni",
        "Toivo", "Sara", "Ilmari", "Milla", "Yousef", "Hilla", "Daniel", "Ronja"]
EN_NAMES = ["Grace", "Ahmed", "Priya", "Tom", "Olena", "Chen", "Fatima", "Mikko", "Sean", "Aleksi",
            "Chidi", "Marta", "Hiroshi", "Lucía", "Tuan", "Emma", "Kwame", "Niamh", "Reza", "Sunita"]
EN_FULL = ["Grace Mensah", "Daniel Kim", "Priya Nair", "Tom Fletcher", "Olena Shevchenko", "Chen Jie",
           "Fatima Noor", "Mikko Saarela", "Sean Murphy", "Lucía Romero", "Kwame Asante", "Emma Berglund",
           "Hiroshi Sato", "Niamh Byrne", "Reza Tehrani", "Tuan Nguyen"]
SV_NAMES = ["Anna", "Lars", "Mikael", "Fatima", "Ingrid", "Johan", "Amir", "Kerstin", "Rasmus", "Linnea",
            "Tove", "Oskar", "Maja", "Jesper", "Hanna", "Elias", "Sten", "Bo"]
SV_FULL = ["Anna Lindholm", "Lars Forsström", "Kerstin Wikman", "Amir Haddad", "Linnea Björklund",
           "Johan Ekström", "Tove Granqvist", "Rasmus Nordling", "Maja Sjöblom", "Jesper Backman",
           "Hanna Öhman", "Fatima Osman"]

FI_STREETS = [("Kontulantie", "00940"), ("Myllypurontie", "00920"), ("Mäkelänkatu", "00550"),
              ("Itäkatu", "00930"), ("Pihlajamäentie", "00710"), ("Vuosaarentie", "00980"),
              ("Helsinginkatu", "00500"), ("Kivikonkaari", "00940")]
SV_STREETS = [("Brändövägen", "00570"), ("Drumsövägen", "00200"), ("Nordsjövägen", "00980"),
              ("Tavastvägen", "00530"), ("Munksnäs allé", "00330")]


def _fold(s):
    table = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "á": "a", "í": "i", "ı": "i",
                           "ñ": "n", "ü": "u", "'": ""})
    return s.lower().translate(table)


def _phone(rng):
    pre = rng.choice(["40", "41", "44", "45", "50"])
    d = "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randint(0, 4)
    if style == 0:
        return "0%s %s %s" % (pre, d[:3], d[3:])
    if style == 1:
        return "0%s%s" % (pre, d)
    if style == 2:
        return "0%s-%s %s" % (pre, d[:3], d[3:])
    if style == 3:
        return "+358 %s %s %s" % (pre, d[:3], d[3:])
    return "+358%s%s" % (pre, d)


def _email(rng, full):
    parts = _fold(full).split()
    first, last = parts[0], parts[-1]
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "kolumbus.fi", "yahoo.com",
                      "protonmail.com", "elisanet.fi", "icloud.com"])
    style = rng.randint(0, 3)
    if style == 0:
        return "%s.%s@%s" % (first, last, dom)
    if style == 1:
        return "%s%s%d@%s" % (first, last, rng.randint(1, 99), dom)
    if style == 2:
        return "%s.%s@%s" % (first[0], last, dom)
    return "%s_%s@%s" % (first, last, dom)


def _address(rng, streets):
    street, postal = rng.choice(streets)
    num = str(rng.randint(1, 60))
    style = rng.randint(0, 2)
    if style == 0:
        num += " %s %d" % (rng.choice("ABCDEF"), rng.randint(1, 80))
    elif style == 1:
        num += " as %d" % rng.randint(1, 40)
    return "[[A:%s %s]]" % (street, num), postal


def _join(items, word):
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " " + word + " " + items[-1]


def _cap(s):
    return s[:1].upper() + s[1:]


def _sv_gen(name):
    return name if name[-1] in "sxz" else name + "s"

FI_IDEAS = [
    "Toivomme Kontulan ostarin viereen istutuksia ja penkkejä, nyt siellä ei voi istahtaa mihinkään.",
    "Ehdotamme pingispöytää ja katosta Myllypuron nuorisotalon pihalle.",
    "Haluamme kirjastoon lautapeli-illan kerran viikossa, pelit hankittaisiin OmaStadi-rahoilla.",
    "Pihlajamäen rantaan tarvitaan laituri josta lapset voi onkia turvallisesti.",
    "Ideana on yhteisöpuutarha Herttoniemen siirtolapuutarhan viereiselle joutomaalle.",
    "Ehdotamme avantouintipaikkaa ja lämmintä pukukoppia Vuosaaren rantaan.",
    "Puistolan koirapuistoon tarvitaan valaistus ja erillinen aitaus pienille koirille.",
    "Malmille ulkokuntosali, jossa on laitteita myös ikääntyneille ja pyörätuolilla liikkuville.",
    "Kaupunginosan oma kesäteatteri Kannelmäen puistoon, näyttelijät asukkaista.",
    "Lasten liikennepuisto Itäkeskukseen, jossa voi harjoitella pyöräilyä ilman autoja.",
    "Frisbeegolfrata Kivikon metsään, 9 väylää ja kevyet tiiauspaikat.",
    "Kierrätyspiste ja vaihtohylly Kalasataman asukastilaan.",
]
FI_ORGS = ["Kontulan Seniorit ry", "Myllypuron kotiseutuyhdistys", "Malmin Palloseuran juniorit",
           "Kannelmäen peruskoulun 6A", "Helsingin somalinuoret", "Puistolan omakotiyhdistys",
           "Vuosaaren arabiankielinen perhekerho", "Itäkeskuksen venäjänkieliset eläkeläiset"]
FI_HEADS = ["Ehdotuksen takana: ", "Ehdotuksen tekijät: ", "Ideoijat: ", "Tiimi: ", "Mukana ovat ",
            "Ehdotuksen takana ovat "]


def _gen_fi_proposal(rng):
    team = rng.sample(FI_FULL, rng.randint(2, 4))
    names = ["[[P:%s]]" % t[0] for t in team]
    head = rng.choice(FI_HEADS)
    if rng.random() < 0.3:
        team_txt = head.rstrip() + "\n" + "\n".join("- " + n for n in names)
    else:
        team_txt = head + _join(names, "ja")
        if rng.random() < 0.5:
            team_txt += " (%s)" % rng.choice(FI_ORGS)
        team_txt += "."
    parts = [rng.choice(FI_IDEAS), team_txt]
    if rng.random() < 0.4:
        kids = rng.sample(KIDS, rng.randint(1, 3))
        kid_txt = _join(["[[P:%s]] (%d v)" % (k, rng.randint(3, 12)) for k in kids], "ja")
        parts.append(rng.choice(["Lapset %s ovat testanneet idean jo pihalla.",
                                 "Idean keksivät %s.",
                                 "Mukana myös junnut %s 😊"]) % kid_txt)
    c = rng.choice(team)
    style = rng.randint(0, 3)
    if style == 0:
        parts.append("Yhteyshenkilö: [[P:%s]], [[T:%s]]" % (c[0], _phone(rng)))
    elif style == 1:
        parts.append("Lisätietoja: [[E:%s]]" % _email(rng, c[0]))
    elif style == 2:
        parts.append("Yhteystiedot: [[P:%s]] / [[T:%s]] / [[E:%s]]" % (c[0], _phone(rng), _email(rng, c[0])))
    else:
        addr, postal = _address(rng, FI_STREETS)
        parts.append("Kysymykset [[P:%s]], puh. [[T:%s]]. Postia voi lähettää osoitteeseen %s, %s Helsinki."
                     % (c[2], _phone(rng), addr, postal))
    sep = rng.choice(["\n\n", "\n", " "])
    return sep.join(parts)


FI_OPS = ["penkkejä tarvitaan ehdottomasti lisää.", "valaistus on tärkeintä, muuten paikka jää tyhjäksi talvella.",
          "tää pitäis toteuttaa vaikka heti.", "lapset käyttäis tätä varmasti joka päivä.",
          "kannatan täysin, äänestin jo.", "kustannusarvio tuntuu realistiselta.",
          "ostarin ympäristö kaipaa kipeästi piristystä."]
FI_COUNTERS = ["huolto on kaupungin vastuulla, ei OmaStadin.", "paikka on jo nyt täynnä iltaisin.",
               "ei tää maksa niin paljoa kuin luulet, katso liite.", "naapurusto on ollut ihan myönteinen.",
               "kävin paikalla eilen eikä siellä ollut mitään ongelmaa."]
FI_QS = ["tiedätkö onko kaupunki jo vastannut?", "missä kohtaa tarkalleen tää olis?",
         "voisitko laittaa kuvan siitä paikasta?", "ootko kysyny asiaa nuorisotalolta?",
         "tuutko lauantain talkoisiin?"]
FI_THX = ["flyereistä", "kuvista", "käännösavusta", "nimien keräämisestä", "kahvituksesta"]


def _gen_fi_reply(rng):
    n = rng.choice(FI_FIRST + FI_FULL)
    t = rng.randint(0, 8)
    P = lambda s: "[[P:%s]]" % s
    if t == 0:
        return "Samaa mieltä %s kanssa. %s" % (P(n[1]), _cap(rng.choice(FI_OPS)))
    if t == 1:
        return "Kuten %s jo sanoi, %s" % (P(n[0]), rng.choice(FI_OPS))
    if t == 2:
        return "@%s %s" % (P(n[0]), rng.choice(FI_QS))
    if t == 3:
        return "%s: %s" % (P(n[2]), rng.choice(FI_COUNTERS))
    if t == 4:
        return "En ole ihan samaa mieltä %s kanssa, %s" % (P(n[1]), rng.choice(FI_COUNTERS))
    if t == 5:
        return ("Kiitos %s %s! %s" % (P(n[2]), rng.choice(FI_THX), rng.choice(["🙏", "👍", ":)", ""]))).rstrip()
    if t == 6:
        return "%s idea on tähän asti paras, %s" % (P(n[1]), rng.choice(FI_OPS))
    if t == 7:
        return "Vastaus %s kommenttiin: %s" % (P(n[1]), _cap(rng.choice(FI_COUNTERS)))
    return "Hyvä pointti %s! %s\n-%s" % (P(n[0]), _cap(rng.choice(FI_OPS)),
                                          P(rng.choice(FI_FIRST)[0]))


FI_NEG_PLACES = [("Sibeliuksen puistoon", "Sibeliuksen puistossa"),
                 ("Tove Janssonin puistoon", "Tove Janssonin puistossa"),
                 ("Alvar Aallon kadulle", "Alvar Aallon kadulla"),
                 ("Aleksis Kiven kadulle", "Aleksis Kiven kadulla"),
                 ("Mannerheimintielle", "Mannerheimintiellä"),
                 ("Topeliuksenkadulle", "Topeliuksenkadulla"),
                 ("Tarja Halosen puistoon", "Tarja Halosen puistossa"),
                 ("Kustaa Vaasan tielle", "Kustaa Vaasan tiellä"),
                 ("Urho Kekkosen kadulle", "Urho Kekkosen kadulla"),
                 ("Agricolankadulle", "Agricolankadulla")]
FI_NEG_IDEAS = ["lisää penkkejä", "pyörätelineitä", "katuvaloja", "kukkaistutuksia", "juomapiste",
                "roska-astioita", "hidasteita"]
FI_NEG_PROBLEMS = ["pimeää iltaisin", "liian vähän istumapaikkoja", "jatkuvasti roskaista",
                   "vaarallinen suojatie", "liukasta koko talven"]
FI_NEG_TRAIL = ["Toivo on, että tämä vihdoin etenee.", "Onni potkaisi viime vuonna naapurikorttelia, "
                "nyt olis meidän vuoro.", "Lumi peittää nykyiset penkit talvella kokonaan.",
                "Valo on talvella kaikki kaikessa.", "Usko kaupungin lupauksiin alkaa olla vähissä.", "", ""]


def _gen_fi_negative(rng):
    to, at = rng.choice(FI_NEG_PLACES)
    cost = rng.choice(["5 000", "12 000", "18 500", "30 000", "75 000", "120 000"])
    year = rng.choice(["2026", "2027", "2028"])
    t = rng.randint(0, 2)
    if t == 0:
        txt = "Ehdotus #%d: %s %s. Kustannusarvio %s €, toteutus %s." % (
            rng.randint(1000, 2999), _cap(rng.choice(FI_NEG_IDEAS)), to, cost, year)
    elif t == 1:
        txt = "%s on %s. Palaute lähetetty %d.%d.%s, tunnus HEL-%s-0%05d." % (
            _cap(at), rng.choice(FI_NEG_PROBLEMS), rng.randint(1, 28), rng.randint(1, 12),
            rng.choice(["2024", "2025"]), rng.choice(["2024", "2025"]), rng.randint(0, 99999))
    else:
        txt = "Kannatan ehdotusta %d. %s tarvitaan %s, ja %s € on pieni hinta siitä. Äänestys päättyy %d.10." % (
            rng.randint(1000, 2999), _cap(rng.choice(FI_NEG_IDEAS)), to, cost, rng.choice([24, 27, 31]))
    trail = rng.choice(FI_NEG_TRAIL)
    return (txt + " " + trail).strip()

EN_IDEAS = [
    "We'd like a covered outdoor table-tennis spot next to the Myllypuro youth centre.",
    "A weekly board-game evening at the local library, games bought with OmaStadi money.",
    "A small fishing pier in Pihlajamäki so kids can fish safely.",
    "A community garden on the empty lot next to the Herttoniemi allotments.",
    "Lighting and a separate small-dog area for the Puistola dog park.",
    "An outdoor gym in Malmi with equipment that older people can use too.",
    "A traffic playground in Itäkeskus where kids can learn to cycle without cars around.",
    "A swap shelf and repair corner in the Kalasatama residents' room.",
]


def _gen_en_proposal(rng):
    team = rng.sample(EN_FULL, rng.randint(2, 4))
    names = ["[[P:%s]]" % n for n in team]
    head = rng.choice(["Team: ", "Proposed by ", "The people behind this: ", "Who we are: "])
    parts = [rng.choice(EN_IDEAS), head + _join(names, "and") + "."]
    if rng.random() < 0.4:
        kids = rng.sample(KIDS, 2)
        parts.append("Our kids [[P:%s]] (%d) and [[P:%s]] (%d) have tested every playground in the district "
                     "and approve this idea." % (kids[0], rng.randint(3, 12), kids[1], rng.randint(3, 12)))
    c = rng.choice(team)
    style = rng.randint(0, 2)
    if style == 0:
        parts.append("Contact: [[P:%s]], [[T:%s]]" % (c, _phone(rng)))
    elif style == 1:
        parts.append("Questions? Email [[E:%s]]" % _email(rng, c))
    else:
        parts.append("Reach [[P:%s]] at [[E:%s]] or [[T:%s]]." % (c.split()[0], _email(rng, c), _phone(rng)))
    return rng.choice(["\n\n", "\n", " "]).join(parts)


EN_OPS = ["the lighting is the most important part.", "kids would use this every day.",
          "the cost estimate looks realistic to me.", "this should have been done years ago.",
          "I already voted for it."]
EN_COUNTERS = ["maintenance is the city's job, not a reason to vote no.",
               "I was there yesterday and it was empty.",
               "it really doesn't cost as much as you think, check the attachment."]
EN_QS = ["do you know if the city has replied?", "where exactly would this go?",
         "could you post a photo of the spot?", "are you coming to the Saturday clean-up?"]


def _gen_en_reply(rng):
    n = rng.choice(EN_NAMES + EN_FULL)
    t = rng.randint(0, 6)
    P = lambda s: "[[P:%s]]" % s
    if t == 0:
        return "As %s said, %s" % (P(n), rng.choice(EN_OPS))
    if t == 1:
        return "I agree with %s - %s" % (P(n), rng.choice(EN_OPS))
    if t == 2:
        return "%s idea is the best one so far, %s" % (P(n + "'s"), rng.choice(EN_OPS))
    if t == 3:
        return "@%s %s" % (P(n), rng.choice(EN_QS))
    if t == 4:
        return "Replying to %s: %s" % (P(n), _cap(rng.choice(EN_COUNTERS)))
    if t == 5:
        return "Thanks %s for %s! %s" % (P(n), rng.choice(["the photos", "translating", "collecting "
                                         "signatures", "the coffee"]), rng.choice(["🙏", "", ":)"])).rstrip()
    return "Not sure I follow %s logic, %s" % (P(n + "'s"), rng.choice(EN_COUNTERS))


EN_NEG_PLACES = ["Sibelius Park", "Tove Jansson Park", "Mannerheimintie", "Kaisaniemi Park",
                 "the Esplanadi park", "Alvar Aallon katu", "Aleksis Kiven katu", "Runeberginkatu"]
EN_NEG_IDEAS = ["More benches", "Bike racks", "Better street lighting", "Flower beds", "A drinking fountain",
                "Bigger bins"]
EN_NEG_TRAIL = ["Hope this one gets through.", "Will vote for sure.", "Frankly overdue.",
                "May the best proposal win :)", "", ""]


def _gen_en_negative(rng):
    txt = "Proposal #%d: %s at %s. Estimated cost %s €, planned for %s." % (
        rng.randint(1000, 2999), rng.choice(EN_NEG_IDEAS), rng.choice(EN_NEG_PLACES),
        rng.choice(["6 000", "15 000", "40 000", "90 000"]), rng.choice(["2026", "2027"]))
    return (txt + " " + rng.choice(EN_NEG_TRAIL)).strip()


SV_IDEAS = [
    "Vi önskar ett tak över pingisbordet vid ungdomsgården.",
    "En odlingslott för grannskapet på den tomma tomten bakom skolan.",
    "Belysning och en skild hundgård för små hundar.",
    "Ett utegym med redskap även för äldre.",
    "Bättre belysning längs strandstigen på Drumsö.",
]


def _gen_sv_proposal(rng):
    team = rng.sample(SV_FULL, rng.randint(2, 3))
    names = ["[[P:%s]]" % n for n in team]
    parts = [rng.choice(SV_IDEAS), rng.choice(["Bakom förslaget: ", "Förslaget har skrivits av ",
                                               "Gruppen: "]) + _join(names, "och") + "."]
    c = rng.choice(team)
    style = rng.randint(0, 2)
    if style == 0:
        parts.append("Kontakt: [[P:%s]], [[T:%s]]" % (c, _phone(rng)))
    elif style == 1:
        parts.append("Frågor till [[E:%s]]" % _email(rng, c))
    else:
        addr, postal = _address(rng, SV_STREETS)
        parts.append("Post till [[P:%s]], %s, %s Helsingfors" % (c, addr, postal))
    return rng.choice(["\n\n", "\n", " "]).join(parts)


def _gen_sv_reply(rng):
    n = rng.choice(SV_NAMES + SV_FULL)
    t = rng.randint(0, 4)
    P = lambda s: "[[P:%s]]" % s
    op = rng.choice(["belysningen är viktigast.", "barnen skulle använda det varje dag.",
                     "kostnaden verkar rimlig.", "det här borde ha gjorts för länge sedan."])
    if t == 0:
        return "Håller med %s, %s" % (P(n), op)
    if t == 1:
        return "Som %s skrev: %s" % (P(n), _cap(op))
    if t == 2:
        return "%s förslag är det bästa hittills, %s" % (P(_sv_gen(n)), op)
    if t == 3:
        return "@%s vet du om staden har svarat?" % P(n)
    return "Tack %s för %s!" % (P(n), rng.choice(["bilderna", "kaffet", "översättningen", "hjälpen"]))


SV_NEG_PLACES = ["Sibeliusparken", "Tove Janssons park", "Kajsaniemiparken", "Runebergsesplanaden",
                 "Mannerheimvägen"]


def _gen_sv_negative(rng):
    txt = "Förslag nr %d: %s i %s. Kostnad %s €, genomförs %s." % (
        rng.randint(1000, 2999), rng.choice(["Fler bänkar", "Cykelställ", "Bättre belysning",
                                             "Blomsterrabatter", "Större soptunnor"]),
        rng.choice(SV_NEG_PLACES), rng.choice(["8 000", "20 000", "45 000"]), rng.choice(["2026", "2027"]))
    return (txt + " " + rng.choice(["Ros till alla som röstade!", "Vilja finns, pengar också nu.",
                                    "Dag för dag blir det sämre där.", ""])).strip()


# how many records each generator contributes
_PLAN = [
    ("fi", _gen_fi_proposal, 8), ("fi", _gen_fi_reply, 10), ("fi", _gen_fi_negative, 7),
    ("en", _gen_en_proposal, 4), ("en", _gen_en_reply, 6), ("en", _gen_en_negative, 3),
    ("sv", _gen_sv_proposal, 3), ("sv", _gen_sv_reply, 3), ("sv", _gen_sv_negative, 2),
]


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = list(HAND)
    seen = [t for _, t in out]
    for lang, gen, n in _PLAN:
        made = 0
        tries = 0
        while made < n and tries < 200:
            tries += 1
            text = gen(rng)
            if text in seen:
                continue
            seen.append(text)
            out.append((lang, text))
            made += 1
    rng.shuffle(out)
    return out
