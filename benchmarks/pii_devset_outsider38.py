"""Blind evaluation block 38 for the personal-data scrubber of residents' free text.

Written by helper "outsider 38" on 2026-12-08.

Blindness: I did not open, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (apart from the brief itself). I ran no git
commands, did not run the scrubber and did not run any evaluation. (One plain directory listing of
/work/main/benchmarks/ was made to check that this file name was free; it showed file names only, and none of
the listed files was opened.) Everything here is written from the brief and from how people actually write.

Focus: Open311 feedback (complaints, reports, praise) and Kerrokantasi comments, about 70 % Finnish and 30 %
English, plus a few OmaStadi and Varaamo notes. Everyday residents: neighbours in disputes, praise for a named
city worker or bus driver, parents writing about their children by name, people naming whoever caused damage,
landlords, caretakers, cleaners, shop owners. Names appear mid-sentence in many Finnish cases, at sentence
start, after commas in lists and with titles (rouva, herra, Mr., Ms., Dr.) that stay outside the span. Finnish
surnames that are also places or ordinary words (Koski, Salo, Laine, Kallio, Mäki, Järvi, Lahti, Niemi, Vuori,
Kivi, Harju, Lehto, Rinne) are used as people, and the same words are used as places or ordinary words in the
hard negatives (koski kuohuu, Salon kaupunki, Kallion kirjasto, Lahdessa, Mäkelänrinne). Phones, e-mails,
addresses with house numbers, plates, IP addresses, IBANs and HETUs appear so that every label occurs.

Seed: 3838 (random.Random(SEED) is the only randomness; the generators are deterministic).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (case endings, English
possessive 's and Swedish genitive -s inside the span; role words and titles outside), E e-mail, T phone
number, H Finnish personal identity code, I IBAN or bank account, R vehicle licence plate, IP IP address,
A street address with a house number (postal code and city outside). Famous people, streets without numbers,
parks, buildings, brands and pets are not marked.
"""

import random

SEED = 3838

# ---------------------------------------------------------------------------
# Hand-written records, portion 1: Finnish Open311 feedback
# ---------------------------------------------------------------------------
_HAND = [
    ("fi", "naapurin [[P:Kari]] taas parkkeerannut sen pakettiauton ([[R:KXN-482]]) pyörätelineiden eteen Kivikonkaarella. tää on jo neljäs kerta tässä kuussa eikä kukaan tee mitään"),
    ("fi", "Haluan kiittää linjan 78 kuljettajaa [[P:Mervi Saloa]], joka odotti kun juoksin pysäkille lastenvaunujen kanssa. Harvinaista ystävällisyyttä!"),
    ("fi", "Huoltomies [[P:Jarmo]] kävi eilen korjaamassa rappukäytävän valot mutta pihan lamppu on edelleen rikki. [[P:Jarmon]] mukaan se on kaupungin vastuulla koska lamppu on katualueella."),
    ("fi", "Koski kuohuu taas komeasti Vanhankaupunginkoskella, kiitos että kalaportaat saatiin vihdoin kuntoon! Kävimme siellä eilen koko perheen voimin."),
    ("fi", "Meidän [[P:Eelis]] (7v) kompastui Kallion kirjaston edessä olevaan irtonaiseen kiveykseen ja löi polvensa auki. Korjatkaa ennen kuin joku satuttaa itsensä pahemmin."),
    ("fi", "Rouva [[P:Lehtinen]] alakerrasta on ruokkinut lokkeja parvekkeelta koko kesän ja nyt koko piha on täynnä lokinpaskaa. Olen puhunut hänelle mutta ei auta. Osoite [[A:Sturenkatu 27 B 19]]."),
    ("fi", "Isot kiitokset puistotyöntekijä [[P:Matti Koskelle]] Kaisaniemen puistossa, hän auttoi meitä etsimään kadonnutta avainnippua puoli tuntia ja löysikin sen!"),
    ("fi", "kuka vastaa tästä?? [[P:Ahosen Timo]] Kontulantieltä ajaa joka ilta mopolla leikkipuiston läpi, kerroin jo poliisille mutta mitään ei tapahdu"),
    ("fi", "Lahdessa tämä on hoidettu paremmin, siellä aurataan kevyen liikenteen väylät jo aamuviideltä. Miksei Helsingissä?"),
    ("fi", "Talonmies [[P:Rinne]] sanoi että kaupunki tulee vasta ensi viikolla hakemaan romut kadun varresta. Voisiko tätä nopeuttaa, romukasa on lapsille vaarallinen."),
    ("fi", "Vahingon aiheutti [[P:Jussi Kallio]], hän peruutti kaupungin aitaan osoitteessa [[A:Malminkaari 15]] tiistaina noin klo 17. Auton rekkari oli [[R:ILT-905]] jos siitä on apua."),
    ("fi", "Kivi lensi lumiauran alta suoraan olohuoneen ikkunaan!! Lasi rikki. Asun [[A:Pihlajamäentie 30 A 5]]. Kuka korvaa? Soittakaa [[T:040 718 2293]]"),
    ("fi", "Haluan antaa positiivista palautetta Itäkeskuksen uimahallin siivoojalle [[P:Sirpalle]], pukuhuoneet ovat aina siistit hänen vuorollaan 👍"),
    ("fi", "Kauppias [[P:Hassan]] Puotilan ostarilta on joka aamu lakaissut koko aukion vaikka se ei ole hänen tehtävänsä. Voisiko kaupunki edes tuoda sinne roskiksen?"),
    ("fi", "Vuokranantaja [[P:Pertti Vuori]] ei suostu korjaamaan homeista kylpyhuonetta ja väittää että se on meidän vika. Onko kaupungilla joku jolta voi kysyä neuvoa? Asunto on [[A:Myllypurontie 22 C 41]]."),
    ("fi", "Pitkäjärven jää on vielä ihan heikkoa mutta lapset käyvät silti luistelemassa. Järvi on keväällä tosi petollinen, laittakaa varoituskyltti rantaan."),
    ("fi", "Mäkelänrinteen uimahallin saunan lauteet ovat haljenneet, joku saa kohta tikun pakaraan. Ilmoitin kassalle jo viime viikolla."),
    ("fi", "Moi, tässä [[P:Niemen Anu]], soitin eilen jo mutta kukaan ei vastannut. Katulamppu talon [[A:Kirstinkatu 8]] edessä välkkyy koko yön ja valo tulee makuuhuoneeseen. t. [[P:Anu]]"),
    ("fi", "Poikani [[P:Onni]] ja hänen kaverinsa [[P:Elias]] löysivät käytetyn ruiskun Harjun puistosta nuorisotalon takaa. Tosi pelottavaa. Voisiko joku tarkistaa alueen?"),
    ("fi", "Bussikuski joka ajoi linjaa 55 klo 8.12 Koskelantieltä oli tosi epäkohtelias. Nimikyltissä luki [[P:R. Lehto]]. Huusi mun äidille joka on 82-vuotias."),
    ("fi", "Lehto Kivikon puolella on täynnä roskia ja joku on kaatanut sinne vanhan sohvan ja patjan. Ei liity kehenkään tiettyyn, halusin vain ilmoittaa."),
    ("fi", "[[P:Tuomas Järvinen]], [[P:Laura Mäki]], [[P:Heikki Salo]] ja [[P:Sari Niemi]] – me kaikki Kaarelantien päädyn asukkaat vastustamme tätä pysäköintikieltoa."),
    ("fi", "herra [[P:Ahonen]] 3. kerroksesta soittaa rumpuja joka yö klo 23-02, talo on [[A:Vaasankatu 14]] Kalliossa. Isännöitsijä [[P:Marja-Leena Harju]] ei tee asialle mitään."),
    ("fi", "Kiitos kirjastonhoitaja [[P:Päivi]]! Viikin kirjastossa tyttäreni [[P:Aada]] sai vihdoin oman kirjastokortin ja innostui lukemaan. [[P:Päivi]] jaksoi selittää kaiken kärsivällisesti."),
    ("fi", "Asuin ennen Salossa ja Salon kaupunki korjasi tällaiset kuopat viikossa. Täällä sama kuoppa Tuusulanväylän vieressä olevalla pyörätiellä on ollut kolme kuukautta."),
    ("fi", "liukastuin [[A:Hämeentie 71]] kohdalla ja nilkka murtui. lääkäri [[P:Virtanen]] Malmin sairaalasta sanoi että hiekoitus puuttui täysin. haluan tehdä vahingonkorvaushakemuksen, hetu [[H:140382-217L]], puh [[T:050 441 9087]]"),
    ("fi", "Pihan keinu on rikki. Sen rikkoi naapurin poika [[P:Veeti]], isä [[P:Markku Laine]] lupasi maksaa uuden mutta ei ole kuulunut mitään kahteen kuukauteen."),
    ("fi", "Laine lyö rantaan Aurinkolahdessa niin kovaa että uimalaituri on irronnut osittain. Vaarallinen, koska lapset hyppivät siltä."),
    ("fi", "Kiitos lumiauran kuljettajalle [[P:Pasille]]! Jätti meidän pihatien suun auki toisin kuin edelliset. -asukas Suutarilasta"),
    ("fi", "Tämä koskee taloa [[A:Siilitie 9 D 62]]. Kuollut lokki on maannut porttikongissa jo viikon. Yhteyshenkilö [[P:Raili Kivi]], [[E:raili.kivi@gmail.com]]"),
    ("fi", "Voisko joku sanoa [[P:Mäkiselle]] että jätekatos ei oo hänen henkilökohtainen varasto?? Täynnä sen vanhoja renkaita. Taloyhtiö on Kontulassa, kaupungin vuokratalo."),
    ("fi", "Olen [[P:Aino Lahti]] ja asun Vuosaaressa. Poikani [[P:Lenni]] pyöräili eilen koulusta ja kaatui kun pyörätien kaivonkansi oli auki, kohta [[A:Kallvikintie 28]]. Puh [[T:+358 44 902 1135]]."),
    ("fi", "Iso kiitos leikkipuisto Kurpitsan ohjaajille [[P:Annelille]] ja [[P:Mikolle]], meidän [[P:Siiri]] odottaa joka aamu että pääsee sinne 🥰"),
    ("fi", "Vuoria Helsingissä ei ole, ja Malminkartanonhuippu on ainoa kunnon mäki. Portaat sinne ovat kuitenkin romahtamassa, pari askelmaa puuttuu kokonaan."),
    ("fi", "rikos! [[P:Niko Rinne]] töhri koulun seinän ja tiedän sen koska hän kehui sitä itse somessa. Hän asuu [[A:Kontulankaari 5 B 12]]"),
    ("fi", "Kuopasta hajosi renkaani Itäväylän rampissa. Korvauksen voi maksaa tilille [[I:FI46 1025 3000 1234 56]], saaja [[P:Kalle Harju]]. Kuitti liitteenä."),
    ("fi", "Rinne Mäkelänrinteen uimahallin takana on ihan jäässä, ei hiekkaa missään. Iäkäs nainen kaatui siinä eilen."),
    ("fi", "Siivoojamme [[P:Tiina]], [[P:Marketta]] ja [[P:Jaana]] tekevät Ruoholahden ala-asteella huikeaa työtä, välitättekö kiitokset eteenpäin."),
    ("fi", "Niemi Lauttasaaren kärjessä on ihan täynnä jätteitä grillijuhlien jälkeen. Lisää roskiksia kiitos, ja tyhjennys myös viikonloppuisin."),
    ("fi", "naapuri [[P:Koskinen]] ajaa aamuisin 5:30 nurmikon yli autolla [[R:FOP-317]] ja jättää syvät urat. Nurmi on kaupungin eikä hänen pihatiensä."),
    ("fi", "Kaupungin työntekijä [[P:Hannu]] (vihreä liivi, Stara) oli tosi avulias kun kysyin talvipyöräilyreiteistä Käpylässä, kiitos hänelle!"),
    ("fi", "Kuulin että [[P:Kalliolla]] (siis meidän taloyhtiön hallituksen puheenjohtaja [[P:Pekka Kallio]]) on jo yhteys rakennusvalvontaan, mutta teen silti tämän ilmoituksen varmuuden vuoksi."),
    ("fi", "Kivihaan pysäkillä Mannerheimintiellä katos on rikottu ja lasinsirpaleita on joka puolella. Linjat 41 ja 43 pysähtyvät siinä, ihmiset seisovat lasinsirujen päällä."),
]

# ---------------------------------------------------------------------------
# Hand-written records, portion 2: Finnish Kerrokantasi, OmaStadi and Varaamo
# ---------------------------------------------------------------------------
_HAND += [
    ("fi", "Vastaus käyttäjälle [[P:Heikki S.]]: olen eri mieltä, Malmin lentokentän kiitorata pitää säilyttää. Ei kaikkea tarvitse rakentaa täyteen."),
    ("fi", "Kuten [[P:Tarja]] yllä kirjoitti, Meri-Rastilan metsä on ainoa lähimetsä monelle. Minä ja mieheni [[P:Jorma]] käymme siellä joka päivä koiran kanssa."),
    ("fi", "Kaavaluonnos on ihan ok mutta liikenne Koskelantiellä ja Mäkelänkadulla tulee tukkeutumaan, ja ratikka 1 on jo nyt täynnä klo 8."),
    ("fi", "@[[P:Mikko Lahti]] ei pidä paikkaansa, Hernesaaren rantaan EI ole tulossa kasinoa. Lue kaavaselostus sivu 14."),
    ("fi", "Täysin samaa mieltä kuin [[P:Leena Vuori]]. Lisäksi haluaisin muistuttaa että Aleksis Kiven katu on jo nyt todella vilkas, eikä sinne mahdu lisää pysäköintipaikkoja."),
    ("fi", "Aleksis Kivi kirjoitti Seitsemän veljestä Nurmijärvellä eikä Helsingissä, mutta patsaan paikka Rautatientorilla on silti hyvä. Ei tarvetta siirtää."),
    ("fi", "Vuorikadun ja Kaisaniemenkadun risteys tarvitsee paremmat valot, näkyvyys on huono illalla ja sateella."),
    ("fi", "Meidän perheessä [[P:Ella]] (9v) ja [[P:Oskari]] (12v) kulkevat tätä reittiä kouluun joka päivä, eikä suojatietä ole. Kaavassa pitäisi huomioida lapset. – [[P:Johanna Niemi]], Pukinmäki"),
    ("fi", "Vastaus [[P:Kivelle]]: kyllä, puistoa ollaan pienentämässä, se näkyy kartasta selvästi kun vertaa nykytilanteeseen."),
    ("fi", "Kallion kirjasto on täydellinen paikka tälle näyttelylle. Toivottavasti myös Harjun nuorisotalo otetaan mukaan."),
    ("fi", "Lahden suunnasta tulevat junat ovat jo nyt myöhässä, miten tämä ratasuunnitelma auttaisi? Pasilan asema on pullonkaula."),
    ("fi", "Olen asunut Mäkelänrinteellä 30 vuotta ja tämä on huonoin suunnitelma mitä olen nähnyt. Terveisin [[P:Eila Mäki]]"),
    ("fi", "Kommentoin [[P:Salon]] ehdotusta: ajatus koirapuistosta Salmisaaren rantaan on hyvä mutta sijainti ei. Koirat haukkuvat suoraan asuntojen alla."),
    ("fi", "Ehdotus: Kontulan ostarin viereen katettu pingispöytä. Ehdottajat: [[P:Aleksi Rinne]] ja [[P:Milla Koski]] (nuorisotalon nuorisoraati). Kustannusarvio 12 000 €."),
    ("fi", "Hyvä idea [[P:Milla]]! Äänestin jo. Mun [[P:Topias]] pelaa siellä varmasti joka ilta 😄"),
    ("fi", "Ehdotus nro 1437: lisää penkkejä Kivikon ulkoilupuistoon. Kustannusarvio 8 500 €, toteutus 2027. Äänestys avoinna 1.10.–14.10."),
    ("fi", "Varaus Oodin studio 2 pe 14.3. klo 16–18. Avaimen noutaa [[P:Sanna Lehto]], puh [[T:045 123 8876]]. Laskutus: [[E:sanna.lehto@outlook.com]]"),
    ("fi", "Kerhohuone varattu Kallion Kuoron harjoituksiin. Yhteyshenkilö [[P:Ilkka Järvi]] [[T:0400 512 334]], varalla [[P:Outi]]."),
    ("fi", "Varaus: Maunulatalon sauna ti 18–20, 24 hlöä, hinta 45 €. Tilausnumero 88213. Avain noudetaan infosta."),
    ("fi", "Meidän kerho on nimeltään Lahden Lauantailaulajat vaikka olemme Helsingistä 🙂 Laskun voi lähettää [[P:Pirjo Lahdelle]], [[A:Runeberginkatu 43 A 7]], 00260 Helsinki."),
    ("fi", "Mielestäni [[P:Marja Harju]] on oikeassa: Harjun puistikko on nykyisellään tosi pimeä ja sinne tarvitaan valaistus."),
    ("fi", "Olisi kiva jos tämäkin palaute menisi perille. Viime kerralla vastasi [[P:Antti Laine]] kaupunkiympäristön toimialalta ja hän oli tosi asiallinen, kiitos hänelle."),
    ("fi", "naapurin [[P:Kari]] taas laittanut koiransa kakkapussit meidän postilaatikon päälle 🤬 osoite on [[A:Kaarelantie 7 C 3]] jos joku haluaa tulla katsomaan"),
    ("fi", "Kivinokan saunalle johtava tie on tulvinut, kuralammikko n. 30 cm syvä. Kulku onnistuu vain kumisaappailla."),
    ("fi", "Rinteessä Mäkelänrinteen lukion takana poltettiin juhannuskokkoa. Ei hätää, mutta haluaisin tietää onko se luvallista kaupungin maalla."),
    ("fi", "Hei [[P:Pia]], kiitos vastauksestasi. Tiedoksi muillekin: asia on nyt käsittelyssä numerolla HEL 2025-004512."),
    ("fi", "Kuten Tove Jansson aikanaan kirjoitti, kaupunki tarvitsee tilaa taiteelle. Kannatan Tove Janssonin puiston laajennusta."),
    ("fi", "Kannatan [[P:Teemu Vuoren]] ehdotusta kokonaan, ja lisäisin että Vuosaaren satamaan menevä rekkaliikenne pitää ohjata pois Meri-Rastilasta."),
    ("fi", "Vanhankaupunginlahden lintutornin portaat ovat lahonneet. Laine on vienyt osan laiturista mukanaan syysmyrskyssä."),
    ("fi", "[[P:Lahtinen]] ja [[P:Salonen]] olivat mukana asukasillassa 12.5. ja lupasivat selvittää asian, mutta mitään ei ole tapahtunut."),
    ("fi", "mun mummo [[P:Helvi]] asuu palvelutalossa [[A:Kustaankatu 5]] ja hänen ikkunan alla on työmaa klo 7 alkaen lauantaisin. onko tää luvallista?"),
    ("fi", "Poikani [[P:Valtteri Mäki]] on autistinen ja koulukuljetuksen kuljettaja [[P:Seppo]] on ollut hänelle aivan ihana. Kiitos [[P:Sepolle]]!"),
    ("fi", "Mäki on niin jyrkkä Kumpulan kasvitieteellisen puutarhan kohdalla että pyöräily talvella on mahdotonta. Lisää hiekoitusta kiitos."),
    ("fi", "Salo ja Lahti ovat saaneet uudet pyöräparkit rautatieasemille, miksei Tikkurila? Ehdotan 200 katettua pyöräpaikkaa."),
    ("fi", "Moderaattorille: poistakaa [[P:Jari Lehtosen]] kommentti, siinä on rasistista sisältöä."),
    ("fi", "Tässä kuva: kaatunut puu [[A:Leppävaarankatu 12]] kohdalla Espoossa. Ilmoittaja: [[P:K. Niemi]] [[T:050 338 7742]]"),
    ("fi", "Kiitos nopeasta korjauksesta! Ilmoitin tiistaina ja keskiviikkona oli jo hoidettu. Tikettinumero 2025-118734."),
    ("fi", "Onni oli matkassa, kun bussi 560 tuli ajallaan kerrankin 😂 Toivottavasti ei jää tähän."),
    ("fi", "Aino oikea ratkaisu on rakentaa alikulku. Ratikka ja autot samassa risteyksessä ei toimi."),
    ("fi", "Toivo on jo vähissä, kolmas talvi kun tämä katulamppu on rikki Hakaniemenrannassa."),
    ("fi", "Tuuli on kaatanut kaksi puuta Kaivopuistossa, toinen nojaa rantapolkua vasten ja voi kaatua milloin vain."),
    ("fi", "Armas kotikaupunki ansaitsisi paremmat pyörätiet. Esim. Sturenkadulla pyörätie loppuu kuin seinään."),
    ("fi", "Kiitos palvelupisteen [[P:Merjalle]] ja [[P:Tuulalle]], hoitivat asiani Kalasatamassa ilman jonoja."),
    ("fi", "[[P:Jarmo Salo]] ja hänen veljensä [[P:Pena]] korjaavat autoja pihalla [[A:Myyrmäentie 6]] ja öljyä valuu sadevesikaivoon. Tämä on Vantaan puolella mutta en tiedä kenelle ilmoittaa."),
    ("fi", "Lapsenlapseni [[P:Nelli]] sai kiven päähänsä kun ruohonleikkuri sinkosi sen puistossa. Leikkuria ajoi nuori mies, en tiedä nimeä. Tapahtui Kivikon puistossa klo 10."),
    ("fi", "Isännöitsijä [[P:Lehto]] ei vastaa puhelimeen, hänen numeronsa on [[T:09 4355 2210]]. Voisko kaupunki painostaa?"),
]

# ---------------------------------------------------------------------------
# Hand-written records, portion 3: more Finnish feedback and comments
# ---------------------------------------------------------------------------
_HAND += [
    ("fi", "Vahingon teki meidän talon [[P:Rasmus Kallio]], hän potkaisi pallolla Kallion kirjaston ikkunan rikki. Isä on luvannut korvata, mutta ilmoitan silti."),
    ("fi", "Kysymys: saavatko [[P:Niemiset]] pitää venettään kadulla koko talven? Vene on trailerilla, trailerin kilpi [[R:BMT-208]]."),
    ("fi", "Linjan 506 kuljettaja ajoi pysäkin ohi vaikka heilutin. Kello oli 16.45, pysäkki Meilahden sairaala. En tiedä nimeä."),
    ("fi", "Kehuja: kuljettaja [[P:Tapani]] linjalla 71 kuulutti jokaisen pysäkin, mikä auttoi minua koska näen huonosti. Tällaisia kuskeja lisää!"),
    ("fi", "Vuokranantajani [[P:Seppo Järvinen]] ([[E:seppo.jarvinen58@kolumbus.fi]]) uhkaa häätää minut koska valitin kaupungille homeesta. Onko tämä laillista? [[P:Minna]]"),
    ("fi", "[[P:Laineen]] koira pissaa aina meidän rappukäytävään. [[P:Laineet]] asuu [[A:Itäkatu 11 E 98]], voitteko lähettää jonkun puhumaan."),
    ("fi", "Lehtojen hoito on Helsingissä hyvällä tasolla, mutta Kivinokan lehto tarvitsee enemmän pitkospuita."),
    ("fi", "Kallioilla Kallion ja Sörnäisten välissä on niin paljon roskia, että Kallio-Seura voisi järjestää talkoot. Ilmoittakaa kun roskapusseja saa."),
    ("fi", "Moi! Mä oon [[P:Petra]] ja mun poikaystävä [[P:Joonas Vuori]] haluttiin vaan sanoa et Lapinlahden puistossa on tosi kivaa ja siistii. Kiitos kaupunki!"),
    ("fi", "Pyydän korvausta rikkoutuneesta pyörästä, tilinumero [[I:FI36 4006 0010 9876 54]], tilinomistaja [[P:Heikki Rinne]]. Tapahtui Koskelan varikon kohdalla."),
    ("fi", "Äidin hetu on [[H:091164-582Y]], hän on [[P:Leena Mäkinen]] ja asuu [[A:Kaarelantie 42 B 6]]. Palaute koskee kotihoidon laskua joka on mennyt väärin."),
    ("fi", "Taloyhtiön puheenjohtaja [[P:Virpi]] sanoi että tästä pitää tehdä ilmoitus kaupungille. Eli: portin saranat rikki ja portti kaatuu jalkakäytävälle."),
    ("fi", "Kysyin [[P:Rinteeltä]] naapurista ja hänkin on huomannut saman: vesi on ruskeaa aamuisin."),
    ("fi", "Vesi on ruskeaa aamuisin Herttoniemessä, Siilitiellä ja Linnanrakentajantiellä. Onko putkitöitä käynnissä?"),
    ("fi", "Järvellä oli taas mopoja jäällä, ja siellä luistelee pieniä lapsia. Tämä on Pitkäjärvi Espoon puolella."),
    ("fi", "Minä ja [[P:Järvisen]] perhe olemme huolissamme leikkipuiston hiekkalaatikosta: sieltä löytyi lasinsiruja kahtena päivänä peräkkäin."),
    ("fi", "Kuljettaja [[P:Esa Koski]] kiitos, kun autoit isäni bussiin Kampin terminaalissa rollaattorin kanssa ❤️"),
    ("fi", "Leikkipuiston ohjaajat [[P:Riikka]], [[P:Sanni]] ja [[P:Ossi]] ovat aivan mahtavia, lapsemme [[P:Vilho]] ja [[P:Helmi]] rakastavat heitä."),
    ("fi", "Helmi juttu kun puistoon tuli uusi penkki 😊 Nyt vielä roskis viereen niin ollaan tyytyväisiä."),
    ("fi", "Olen [[P:Riitta Lahtinen]], asukasyhdistyksen sihteeri. Kannatamme kaavamuutosta, kunhan Lahdentien melueste rakennetaan ensin."),
    ("fi", "Moikka [[P:Jari]]! Luin kommenttisi. Ymmärrän huolesi, mutta Koskelan sairaala-alueen rakentaminen tuo kaivattuja asuntoja."),
    ("fi", "Lahdessa järjestettävät kisat eivät liity tähän, mutta Helsingin hiihtoladut voisi ajaa useammin. Paloheinässä ladut olivat tosi huonot."),
    ("fi", "Rouva [[P:Harjulla]] on kuulemma lupa kasvimaalle puistossa, mutta muilla ei?? Haluan saman luvan. [[P:Keijo]]"),
    ("fi", "Poikani [[P:Aaro]] ja hänen kaverinsa [[P:Juho Kivinen]] löysivät rikkinäisen aidan Mäkelänrinteen uimahallin vierestä, piikkilanka roikkuu."),
    ("fi", "Tää on tosi hyvä ehdotus, [[P:Iida]]! Täällä Malmilla ei ole yhtään ulkokuntosalia."),
    ("fi", "Avaimet noutaa [[P:Kimmo Harju]] torstaina. Jos hän ei pääse, [[P:Marjut]] soittaa numerosta [[T:041 330 6128]]."),
    ("fi", "Varauksen muutos: Kalliolan nuorisotila la 12–15 muutettu su 12–15. Varausnumero VR-20931."),
    ("fi", "Kivi-niminen koira karkasi meiltä Lammassaaren pitkospuilla, jos näette niin soittakaa [[T:050 992 1740]]. Ruskea labradori, vastaa nimeen."),
    ("fi", "Niemen kärjessä oleva grillipaikka on hajonnut, ritilä puuttuu. Lauttasaaren Vattuniemi."),
    ("fi", "Voisitteko välittää kiitokset Staran [[P:Kalle Mäelle]]? Hän nosti kaatuneen puun tieltä alle tunnissa."),
    ("fi", "Kadun toisella puolella oleva tyhjä tontti on täynnä rottia. Terveisin [[P:Teija]] ja [[P:Mikko Vuorinen]], [[A:Pohjolankatu 36]]"),
    ("fi", "Välitetty viesti:\n> Lähettäjä: [[P:Outi Rinne]] <[[E:outi.rinne@elisanet.fi]]>\n> Hei, meidän pihan läpi ajetaan skoottereilla yöllä.\nOlen samaa mieltä kuin [[P:Outi]], tämä koskee koko korttelia."),
    ("fi", "Hetu kysyttiin lomakkeessa vaikka en ymmärrä miksi: [[H:220358-134W]]. Nimi [[P:Aulis Lehto]]. Kyse on kaatuneesta liikennemerkistä, ei mistään henkilökohtaisesta."),
    ("fi", "Kerrokantasi-kommentti: Vuosaaren huipulle ei tarvita hissiä. Mäki on hyvä juuri sellaisena kuin se on."),
    ("fi", "Koulun vahtimestari [[P:Reijo]] huomasi että liikuntasalin ovi ei mene lukkoon, ja hänen mukaansa avaimet on annettu jollekin [[P:Sundströmille]] joka ei ole palauttanut niitä."),
    ("fi", "Naapuri [[P:Tapio Niemi]] ja vaimonsa [[P:Eeva]] polttavat puutarhajätteitä [[A:Tikkurilantie 44 B 8]] pihalla ja savu tulee sisään."),
    ("fi", "Tänään klo 7.40 ratikka 6 ei pysähtynyt Hietalahdentorilla. Kuljettajaa en nähnyt. Ei haittaa muuten, mutta myöhästyin töistä."),
    ("fi", "kiitos [[P:Jonnalle]] joka vastas mun palautteeseen nii nopeesti!! ja sano et laitetaan kuntoon 😊"),
    ("fi", "Lähetän tämän [[P:Sirkka Lahden]] puolesta, hänellä ei ole nettiä. [[P:Sirkan]] ikkunan alla [[A:Kontulantie 14]] on rikkinäinen penkki ja nuoret kerääntyvät siihen öisin."),
]

# ---------------------------------------------------------------------------
# Hand-written records, portion 4: English feedback and comments
# ---------------------------------------------------------------------------
_HAND += [
    ("en", "The bus driver on route 23 this morning, I believe his name tag said [[P:Mikael]], waited for my daughter [[P:Sophie]] when she was running late. Please pass on our thanks!"),
    ("en", "My neighbour Mr. [[P:Smith]] keeps burning garbage in his yard at [[A:Kielotie 18]], Tikkurila. The smoke comes straight into our kids' room."),
    ("en", "Dr. [[P:Patel]] at the Kalasatama health station told me to report this here: the ramp at the entrance is far too steep for wheelchairs."),
    ("en", "Salo is a lovely town but I'm writing about Helsinki: the Lauttasaari bridge cycle lane is full of broken glass again."),
    ("en", "Kallio library's reading room heating is broken again, it was 16 degrees inside today at noon."),
    ("en", "Thanks to [[P:Jarmo]], the caretaker, for fixing the playground gate so quickly. Our son [[P:Noah]] can play safely again."),
    ("en", "Hi, I'm [[P:Priya Sharma]], I live at [[A:Mechelininkatu 26 C 44]]. Someone broke the lock of our bike storage and stole 3 bikes. Police report number 5440/R/12345/25."),
    ("en", "Reply to [[P:Anna K.]]: I disagree, the tram line 9 extension is necessary. People like my husband [[P:Tom]] commute to Pasila every single day."),
    ("en", "The landlord, Mr. [[P:Koski]], refuses to fix the leaking pipe. My flat is [[A:Fleminginkatu 19 A 6]]. Can the city's housing advice help?"),
    ("en", "I'd like to praise [[P:Laura Niemi]] from the Espoo service point in Leppävaara, she sorted out my residence registration in 10 minutes."),
    ("en", "Lahti has a great harbour area and Helsinki should learn from it. Fun fact: koski means rapids in Finnish, so Koskela is literally the place by the rapids."),
    ("en", "The guy who broke the bench in Alppipuisto was [[P:Jake]], I saw him do it and his friends were shouting his name. Maybe check the cameras?"),
    ("en", "Please contact me at [[E:d.okafor@protonmail.com]] or [[T:+358 41 775 3019]] regarding the damaged fence. — [[P:David Okafor]]"),
    ("en", "My kids [[P:Lily]] and [[P:Max]] love the new slides at the Kontula swimming hall! Big thanks to lifeguard [[P:Eetu]] who taught [[P:Lily]] to float."),
    ("en", "Opening hours of Itäkeskus library changed to 8–20 on weekdays, but the website still says 9–20. Please update."),
    ("en", "The 550 bus stop at Otaniemi has had no timetable since the storm. Also the Aalto University sign next to it is broken."),
    ("en", "Ms. [[P:Lehtinen]] from the school office said I should send this here: the crosswalk on Pohjolankatu has no lights, and kids cross there at 8 am."),
    ("en", "Comment on the Malmi airport plan: I agree with [[P:Rinne]] above. Also, [[P:Vuori's]] point about noise is exaggerated in my opinion."),
    ("en", "The hill on the Vallila side of Sturenkatu is icy every morning. No one's fault, just weather, but please salt it."),
    ("en", "Shop owner [[P:Ahmed]] at the Puotila mall has been keeping the entrance free of snow himself. He deserves a medal, the city doesn't do it."),
    ("en", "Varaamo booking: meeting room Kivi at Stoa, Sat 10–14. Keys picked up by [[P:Chloe Martin]], phone [[T:044 682 1150]]."),
    ("en", "Booking note: rooms Järvi and Lehto at Kannelmäki library, Tue 17–19, English conversation club. No catering needed."),
    ("en", "Our cleaner [[P:Maria]] noticed that the rubbish room door at [[A:Kontulankaari 3]] doesn't lock, and people from outside dump stuff there."),
    ("en", "Spoke with [[P:Harju]] from Stara on the phone, he said the road will be repaired in May. Writing this down so it's on record."),
    ("en", "The slope behind Malminkartanonhuippu is an ice rink every morning, someone will break a hip. Please sand it."),
    ("en", "I want to file a damage claim. Name: [[P:Olga Petrova]], personal ID [[H:030795-448J]], account [[I:FI64 5789 0020 4318 76]]. My car was hit by a falling branch on Tehtaankatu."),
    ("en", "Mrs. [[P:Virtanen]] next door and I have been reporting this dead birch for two years. It WILL fall on someone."),
    ("en", "A car with plate [[R:GZT-661]] has been parked on the cycle path outside [[A:Runeberginkatu 5]] for 3 days now."),
    ("en", "Jean Sibelius deserves better than a monument covered in graffiti. Please clean the Sibelius Monument before tourist season."),
    ("en", "A flat in our building has a cracked window facing the street, glass might fall. Building is at the corner of Kaarlenkatu and Fleminginkatu."),
    ("en", "Thanks [[P:Niko]] and [[P:Sami]] from the snow clearing team - you were out at 4am and our street was clear by 7!"),
    ("en", "As a parent: my son [[P:Arjun]] was hit by an e-scooter on the sidewalk at Hakaniemi. The rider, a young man called [[P:Leo]] according to his friend, just left."),
    ("en", "Our group (me, [[P:Hanna Lahti]], [[P:Joe Brennan]], [[P:Mirja Kallio]]) supports the proposal for more street trees on Hämeentie."),
    ("en", "The Lahti-bound platform at Tikkurila station is slippery, noticed yesterday at 18:40."),
    ("en", "Someone tried to log into my Helsinki account from IP [[IP:185.204.1.171]] - not me. Is this something the city handles? I'm [[P:Ville Kivi]]."),
    ("en", "Resending: the IP address shown in the error was [[IP:91.152.88.14]], I was booking a sauna in Varaamo and it crashed. Booking for [[P:Mark]] and [[P:Jenni]]."),
    ("en", "Error code 502 when opening the Varaamo booking page. Browser Firefox 128, Windows 11, time 14:22."),
    ("en", "The tenant at [[A:Porvoonkatu 31 A 12]] ([[P:Jonas]]) throws cigarette butts from the balcony onto the playground."),
    ("en", "Praise for Mr. [[P:Salo]], the crossing guard at the Käpylä school, he knows every child's name and makes them smile every morning."),
    ("en", "The crossing guard at the Käpylä school is missing again on Mondays. Kids cross a busy street alone."),
    ("en", "Hi [[P:Sarah]]! Replying to your comment — yes, the Vuosaari beach sauna is open year-round, I go with my partner [[P:Mika]] every Sunday."),
    ("en", "Open every day 7–22, adults 5.50 €, children 2.70 €. Vuosaari swimming hall, bus 90. Parking is free."),
    ("en", "Could you let Ms. [[P:Laine]] in the parks department know that the broken lamp she asked about is still broken? Thanks, [[P:Greg]]"),
    ("en", "Mr. [[P:Lahti]], the building manager, says the yard belongs to the city. The city says it belongs to the housing company. Who is right? Address [[A:Kivikonkaari 21 B 8]]."),
    ("en", "The trees on the square next to Aleksis Kiven katu are dying, the bark is peeling off. Maybe the salt?"),
    ("en", "My daughter [[P:Emma's]] bike was stolen from the rack at Pakila primary. Her teacher Mr. [[P:Järvinen]] says it's the third this month."),
    ("en", "Long-time resident here. [[P:Järvi]] from the neighbourhood association asked me to comment: we want the sauna to stay. - [[P:Beth]]"),
    ("en", "The Design Museum and Ateneum should have joint tickets. Also the Amos Rex queue was an hour on Sunday."),
    ("en", "The damage to the bus shelter was done by two teenagers, one of them was [[P:Oliver Niemi]] from my son's class, I recognised him on the video."),
    ("en", "Order 77342, delivery of compost to Kumpula allotment garden plot 48, not received yet. Promised by week 19."),
    ("en", "Just a thank you to nurse [[P:Kirsi]] at Malmi hospital and to Dr. [[P:Lindqvist]] for taking my father's fall seriously."),
    ("en", "I got an email from [[P:Riikka Mäkelä]] ([[E:riikka.makela@hel.fi]]) saying the streetlight is fixed, but it isn't. Still dark at [[A:Mäkelänkatu 56]]."),
    ("en", "Rapids at Vanhankaupunginkoski look amazing this spring, thanks for the new viewing platform. No complaints!"),
    ("en", "Forwarding on behalf of my mother-in-law, Mrs. [[P:Aila Koskinen]]: the lift at [[A:Vuorikatu 8]] has been broken since Friday and she is on the 5th floor."),
    ("en", "I reported this in Finnish already but: the landlord [[P:Pekka]] lets his dog off the leash in Harju park. Ask for him at [[A:Harjutorinkatu 4 B 27]]."),
]

# ---------------------------------------------------------------------------
# Portion 5: small generators (fewer than 40 % of the records) and records()
# ---------------------------------------------------------------------------
# Finnish first names: nominative, genitive, allative, partitive.
_FI_FIRST = [
    ("Jukka", "Jukan", "Jukalle", "Jukkaa"), ("Sari", "Sarin", "Sarille", "Saria"),
    ("Timo", "Timon", "Timolle", "Timoa"), ("Hanna", "Hannan", "Hannalle", "Hannaa"),
    ("Ville", "Villen", "Villelle", "Villeä"), ("Minna", "Minnan", "Minnalle", "Minnaa"),
    ("Petri", "Petrin", "Petrille", "Petriä"), ("Kaisa", "Kaisan", "Kaisalle", "Kaisaa"),
    ("Antero", "Anteron", "Anterolle", "Anteroa"), ("Ulla", "Ullan", "Ullalle", "Ullaa"),
    ("Marko", "Markon", "Markolle", "Markoa"), ("Satu", "Sadun", "Sadulle", "Satua"),
    ("Ismo", "Ismon", "Ismolle", "Ismoa"), ("Leila", "Leilan", "Leilalle", "Leilaa"),
    ("Arto", "Arton", "Artolle", "Artoa"), ("Kirsi", "Kirsin", "Kirsille", "Kirsiä"),
]
# Surnames that are also places or ordinary words, plus a few plain ones.
_FI_SUR = [
    ("Koski", "Kosken", "Koskelle", "Koskea"), ("Salo", "Salon", "Salolle", "Saloa"),
    ("Laine", "Laineen", "Laineelle", "Lainetta"), ("Kallio", "Kallion", "Kalliolle", "Kalliota"),
    ("Mäki", "Mäen", "Mäelle", "Mäkeä"), ("Järvi", "Järven", "Järvelle", "Järveä"),
    ("Lahti", "Lahden", "Lahdelle", "Lahtea"), ("Niemi", "Niemen", "Niemelle", "Niemeä"),
    ("Vuori", "Vuoren", "Vuorelle", "Vuorta"), ("Kivi", "Kiven", "Kivelle", "Kiveä"),
    ("Harju", "Harjun", "Harjulle", "Harjua"), ("Lehto", "Lehdon", "Lehdolle", "Lehtoa"),
    ("Rinne", "Rinteen", "Rinteelle", "Rinnettä"), ("Virtanen", "Virtasen", "Virtaselle", "Virtasta"),
    ("Heikkinen", "Heikkisen", "Heikkiselle", "Heikkistä"), ("Korhonen", "Korhosen", "Korhoselle", "Korhosta"),
]
_FI_KIDS = ["Eino", "Aino", "Lumi", "Väinö", "Hilla", "Leevi", "Pihla", "Urho", "Kerttu", "Toivo", "Isla", "Niilo"]
_FI_STREETS = [
    "Mannerheimintie", "Hämeentie", "Fleminginkatu", "Mechelininkatu", "Töölönkatu", "Kontulantie",
    "Myllypurontie", "Siilitie", "Malminkaari", "Pihlajamäentie", "Sturenkatu", "Helsinginkatu",
    "Porvoonkatu", "Kirstinkatu", "Kauppamiehentie", "Kalevalantie", "Martinlaaksontie", "Kielotie",
    "Tikkurilantie", "Leppävaarankatu", "Vaasankatu", "Kivikonkaari", "Meri-Rastilan tie", "Ida Aalbergin tie",
]
_EN_FIRST = ["Daniel", "Fatima", "Lucas", "Grace", "Omar", "Julia", "Tom", "Aisha", "Peter", "Nina", "Ben", "Yuki"]
_EN_SUR = ["Koski", "Salo", "Laine", "Kallio", "Mäki", "Järvi", "Lahti", "Niemi", "Vuori", "Kivi", "Harju",
           "Lehto", "Rinne", "Brown", "Nguyen", "Schmidt", "Khan", "O'Brien"]


def _ascii(s):
    return s.lower().replace("ä", "a").replace("ö", "o").replace("'", "")


def _phone(rng):
    kind = rng.randrange(4)
    pre = rng.choice(["040", "041", "044", "045", "050"])
    a, b = rng.randrange(100, 1000), rng.randrange(1000, 10000)
    if kind == 0:
        return "%s %d %d" % (pre, a, b)
    if kind == 1:
        return "+358 %s %d %d" % (pre[1:], a, b)
    if kind == 2:
        return "%s%d%d" % (pre, a, b)
    return "%s-%d%d" % (pre, a, b)


def _email(rng, first, sur):
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "elisanet.fi", "kolumbus.fi", "luukku.com"])
    style = rng.randrange(3)
    if style == 0:
        return "%s.%s@%s" % (_ascii(first), _ascii(sur), dom)
    if style == 1:
        return "%s%s%d@%s" % (_ascii(first)[0], _ascii(sur), rng.randrange(10, 99), dom)
    return "%s_%s@%s" % (_ascii(first), _ascii(sur)[:3], dom)


def _addr(rng):
    st = rng.choice(_FI_STREETS)
    n = rng.randrange(1, 60)
    style = rng.randrange(3)
    if style == 0:
        return "%s %d" % (st, n)
    if style == 1:
        return "%s %d %s %d" % (st, n, rng.choice("ABCDEF"), rng.randrange(1, 90))
    return "%s %d %s" % (st, n, rng.choice("ABC"))


def _plate(rng):
    letters = "ABCEFGHIJKLMNOPRSTUVXYZ"
    return "%s%s%s-%d" % (rng.choice(letters), rng.choice(letters), rng.choice(letters), rng.randrange(1, 1000))


def _gen_fi_pos(rng, n):
    roles_all = ["kuljettaja", "siivooja", "huoltomies", "puistotyöntekijä", "kirjastonhoitaja", "ohjaaja", "uimavalvoja"]
    places_ine = ["Kontulassa", "Itäkeskuksessa", "Vallilassa", "Malmilla", "Herttoniemessä", "Kalasatamassa",
                  "Pasilassa", "Tapiolassa", "Myyrmäessä", "Kannelmäessä"]
    praise = ["Tosi ystävällinen ihminen!", "Kiitos avusta 🙏", "Harvoin näkee näin hyvää palvelua.",
              "Tällaisia työntekijöitä lisää.", "Teki päivästäni paremman.", "Välittäkää kiitos eteenpäin."]
    bad = ["soittaa musiikkia täysillä yöllä", "jättää roskapussit rappuun", "pysäköi jalkakäytävälle",
           "ruokkii rottia pihalla", "heittää tupakantumpit leikkipuistoon", "kuljettaa romua kaupungin metsään"]
    kid_event = ["kaatui pyörällä kuoppaan", "liukastui jäisellä portaalla", "satutti kätensä rikkinäiseen liukumäkeen",
                 "putosi keinusta kun ketju katkesi", "astui lasinsiruun hiekkalaatikolla"]
    opinions = ["olen samaa mieltä, puisto pitää säilyttää.", "en usko että raitiotie ratkaisee ruuhkia.",
                "hyvä pointti, mutta kustannukset on liian isot.", "kaavaan pitää lisätä pyöräparkki.",
                "kiitos, en ollut huomannut tuota karttaa."]
    out = []
    while len(out) < n:
        f = rng.choice(_FI_FIRST)
        s = rng.choice(_FI_SUR)
        k = rng.randrange(8)
        if k == 0:
            t = "Kiitos %s [[P:%s]] %s! %s" % (rng.choice(roles_all), f[2], rng.choice(places_ine), rng.choice(praise))
        elif k == 1:
            t = "naapurin [[P:%s]] %s taas. osoite [[A:%s]], %s" % (
                f[0], rng.choice(bad), _addr(rng), rng.choice(["tehkää jotain", "ei jaksa enää", "kolmas ilmoitus tänä vuonna", "😡"]))
        elif k == 2:
            t = "Naapuri [[P:%s %s]] %s. Yhteystietoni: [[T:%s]]" % (f[0], s[0], rng.choice(bad), _phone(rng))
        elif k == 3:
            t = "Ilmoittaja [[P:%s %s]], [[E:%s]]. Pihalla [[A:%s]] %s." % (
                f[0], s[0], _email(rng, f[0], s[0]), _addr(rng), rng.choice(["on kaatunut puu", "vuotaa vesijohto", "on rikkinäinen katuvalo"]))
        elif k == 4:
            kid = rng.choice(_FI_KIDS)
            t = "Lapseni [[P:%s]] %s %s. Korjatkaa pian. -[[P:%s]]" % (kid, rng.choice(kid_event), rng.choice(places_ine), f[0])
        elif k == 5:
            t = "Vahingon aiheutti [[P:%s %s]], hän %s. %s [[R:%s]]." % (
                f[0], s[0], rng.choice(["ajoi liikennemerkin nurin", "peruutti pyörätelineeseen", "kolhi kaupungin aitaa",
                                        "ajoi nurmikon yli ja rikkoi sadetuksen"]),
                rng.choice(["Auton rekisterinumero", "Rekkari oli", "Auto:", "Kilpi"]), _plate(rng))
        elif k == 6:
            t = "Vastaus [[P:%s %s]]: %s" % (f[0], s[2], rng.choice(opinions))
        else:
            t = "Olen puhunut asiasta [[P:%s %s]] kanssa, mutta hän ei ole tehnyt mitään. %s on ongelma edelleen." % (
                f[0], s[1], rng.choice(places_ine).capitalize())
        if ("fi", t) not in out:
            out.append(("fi", t))
    return out


def _gen_fi_neg(rng, n):
    place_gen = ["Kallion", "Harjun", "Koskelan", "Kivikon", "Mäkelänrinteen", "Niemenmäen", "Lehtisaaren",
                 "Vuosaaren", "Laajasalon", "Salmisaaren", "Järvenperän", "Kivihaan", "Laajalahden"]
    facility = ["kirjaston", "uimahallin", "nuorisotalon", "leikkipuiston", "terveysaseman", "urheilukentän"]
    issue = ["ovi ei aukea", "valot ovat rikki", "parkkipaikka on täynnä lunta", "vessa on ollut kiinni viikon",
             "pyörätelineet puuttuvat", "roska-astiat ovat täynnä"]
    words = [("Koski", "kuohuu keväällä niin että rantapolku jää veden alle"), ("Laine", "huuhtoi rantaan roskia"),
             ("Kivi", "on irronnut muurista"), ("Rinne", "on liukas"), ("Mäki", "on jäinen aamuisin"),
             ("Järvi", "on sinilevässä"), ("Lehto", "on täynnä vieraslajeja"), ("Vuori", "lumesta on kasattu suojatien viereen, autoilijat eivät näe lapsia")]
    streets = ["Mäkelänkatu", "Kalliolanrinne", "Koskelantie", "Lahdenväylä", "Vuorikatu", "Harjutorinkatu",
               "Kivihaantie", "Niemenmäentie", "Lehtisaarentie", "Järvenpääntie"]
    out = []
    while len(out) < n:
        k = rng.randrange(6)
        if k == 0:
            t = "%s %s %s. Tikettinumero %d." % (rng.choice(place_gen), rng.choice(facility), rng.choice(issue), rng.randrange(100000, 999999))
        elif k == 1:
            w, rest = rng.choice(words)
            t = "%s %s. %s %d.%02d." % (w, rest, rng.choice(["Huomattu klo", "Näin tämän klo", "Tilanne klo"]), rng.randrange(6, 23), rng.choice([0, 15, 30, 45]))
        elif k == 2:
            t = "Linja %s ei pysähtynyt %s pysäkillä klo %d.%02d. Sama toistuu joka viikko." % (
                rng.choice(["55", "71", "506", "550", "78", "6T", "9", "560"]), rng.choice(place_gen), rng.randrange(6, 23), rng.randrange(0, 60))
        elif k == 3:
            t = "%s on %s, postinumero 00%d0. %s" % (rng.choice(streets), rng.choice(["kuoppainen koko matkalta", "pimeä iltaisin", "tulvinut", "täynnä sorasta", "ilman hiekoitusta"]), rng.randrange(10, 99),
                rng.choice(["Ei kiireellinen.", "Korjatkaa ennen talvea.", "Sama tilanne kuin viime vuonna.", ""]))
        elif k == 4:
            t = "Aukioloajat: %s %s ma–pe %d–%d, hinta %d,%d0 €. Tiedot verkkosivuilla ovat vanhentuneet." % (
                rng.choice(place_gen), rng.choice(["kirjasto", "uimahalli", "nuorisotalo", "terveysasema", "sauna"]), rng.randrange(6, 10), rng.randrange(18, 22), rng.randrange(2, 9), rng.randrange(0, 10))
        else:
            t = "Varaus %s %s %d.%d. klo %d–%d, varausnumero VR-%d. Avain infosta." % (
                rng.choice(place_gen), rng.choice(["kerhohuone", "sauna", "liikuntasali", "bändikämppä"]), rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(8, 18), rng.randrange(18, 22), rng.randrange(10000, 99999))
        t = t.strip()
        if ("fi", t) not in out:
            out.append(("fi", t))
    return out


def _gen_en_pos(rng, n):
    roles = ["bus driver", "caretaker", "lifeguard", "librarian", "park worker", "cleaner", "tram driver"]
    out = []
    while len(out) < n:
        f = rng.choice(_EN_FIRST)
        s = rng.choice(_EN_SUR)
        k = rng.randrange(6)
        if k == 0:
            t = "Big thanks to the %s [[P:%s]], so patient with my kids!" % (rng.choice(roles), f)
        elif k == 1:
            t = "My neighbour %s [[P:%s]] %s. Address: [[A:%s]]." % (
                rng.choice(["Mr.", "Ms.", "Mrs."]), s, rng.choice(["parks on the lawn every night", "leaves trash bags in the stairwell", "feeds pigeons from the balcony"]), _addr(rng))
        elif k == 2:
            t = "Contact: [[P:%s %s]], [[T:%s]], [[E:%s]]" % (f, s, _phone(rng), _email(rng, f, s))
        elif k == 3:
            t = "I agree with [[P:%s %s]] - the park should stay as it is." % (f, s)
        elif k == 4:
            t = "The van [[R:%s]] that hit the bollard belongs to [[P:%s %s]], I saw them get out." % (_plate(rng), f, s)
        else:
            t = "[[P:%s's]] comment above is spot on. Keys for Saturday's booking will be picked up by [[P:%s]]." % (f, rng.choice(_EN_FIRST))
        if ("en", t) not in out:
            out.append(("en", t))
    return out


def _gen_en_neg(rng, n):
    places = ["Kallio library", "Harju youth centre", "Koskela depot", "Kivikko sports park", "Mäkelänrinne swimming hall",
              "Lahti-bound platform at Pasila", "Salomonkatu bus stop", "Vuosaari beach", "Lehtisaari bridge"]
    issues = ["has no working lights", "is covered in graffiti", "smells of sewage", "has a broken door", "needs more bins"]
    out = []
    while len(out) < n:
        k = rng.randrange(3)
        if k == 0:
            t = "%s %s. Noticed at %d:%02d." % (rng.choice(places), rng.choice(issues), rng.randrange(6, 23), rng.randrange(0, 60))
        elif k == 1:
            t = "Case %d: %s %s - still not fixed after %d weeks." % (rng.randrange(100000, 999999), rng.choice(places), rng.choice(issues), rng.randrange(2, 9))
        else:
            t = "The %s towards %s is late every morning around %d:%02d." % (rng.choice(["bus 55", "bus 23", "bus 550", "tram 7", "tram 9"]), rng.choice(["Koskela", "Kallio", "Lauttasaari", "Mäkkylä", "Salmisaari", "Harju"]), rng.randrange(6, 10), rng.randrange(0, 60))
        if ("en", t) not in out:
            out.append(("en", t))
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = list(_HAND)
    out += _gen_fi_pos(rng, 36)
    out += _gen_fi_neg(rng, 18)
    out += _gen_en_pos(rng, 13)
    out += _gen_en_neg(rng, 10)
    return out
