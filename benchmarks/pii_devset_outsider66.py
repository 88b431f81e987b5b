"""Blind evaluation block 66 for the personal-data scrubber.

Written by helper "outsider 66" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (apart from the brief itself). I ran no git
commands, did not run the scrubber and did not run any evaluation. The texts come only from the brief and from my
own knowledge of how people write to the city.

Focus: "another random day, Finnish" - a realistic sample of one day's feedback to the City of Helsinki, all in
Finnish: Open311 reports, Kerrokantasi comments and replies, OmaStadi proposals and comments, Varaamo booking
notes. Writers of every kind (elderly, young people, immigrants writing Finnish, parents, shopkeepers,
associations) write about streets, snow, parks, noise, schools, libraries, traffic, parking, bookings and
compensation. Each message carries zero to four pieces of personal data (names in many cases and positions,
phones, e-mails, addresses with staircases and flats, plates, HETUs, IBANs, IPs). About a third are hard
negatives: names that are ordinary words (Lumi, Tuuli, Onni, Satu, Rauha, Toivo, Valo...), districts that are
also surnames (Kallio, Lahti), famous people, streets and parks named after people, streets without numbers,
brands, pets, dates, times, prices, case and booking numbers, postal codes, bus lines, version numbers.

Seed: 6666 (random.Random(SEED) is used only by the small generators at the end; about two thirds of the
records are written by hand).

Markup: [[LABEL:text]] around each piece of personal data. Labels: P person name (case endings inside the span,
role words and titles outside), E e-mail, T phone, H Finnish personal identity code, I IBAN / bank account,
R vehicle licence plate, IP IP address, A street address with a house number (street + number + staircase +
flat; postal code and city outside). Famous people and names of streets, parks, buildings and brands are not
marked.
"""

import random

SEED = 6666

# ---------------------------------------------------------------------------------------------------------------
# Hand-written records
# ---------------------------------------------------------------------------------------------------------------

HAND = [
    # --- streets and snow -------------------------------------------------------------------------------------
    "Hei! Porvoonkadulla on taas lumet auraamatta, auto on kiinni pihassa eikä pääse mihinkään. Asun "
    "[[A:Porvoonkatu 14 B 22]], en pääse töihin. Soittakaa [[T:040 718 2293]] jos tarvitsette lisätietoja. "
    "t. [[P:Marjatta Heino]]",

    "[[A:kaarelantiellä 7]] edessä on iso kuoppa joka on täynnä vettä, eilen [[P:Mikon]] pyörä meni siihen ja "
    "vanne vääntyi. korvaako kaupunki? [[P:Mikko Saarinen]] [[E:mikko.saarinen84@gmail.com]]",

    "Hyvä kaupunki. Olen 86-vuotias leskirouva ja asun [[A:Liusketie 3 A 11]] Pihlajamäessä. Jalkakäytävä on "
    "niin liukas että en uskalla lähteä kauppaan ollenkaan. Hiekoitusta ei ole näkynyt joulun jälkeen. Poikani "
    "[[P:Raimo]] kävi eilen, hänkin melkein kaatui.\nYstävällisin terveisin [[P:Aili Koskela]] puh [[T:09 387 2264]]",

    "Hei minä olen [[P:Olena Kovalenko]] ja asun [[A:Kontulantie 6 C 47]]. Meidän talon edessä katu valo ei toimi "
    "jo kaksi viikko. Lapset menee kouluun pimeä. Ole hyvä korjata. Minun numero [[T:+358 44 902 1187]]",

    "Kontulan ala-asteen kohdalla autot ajaa ihan liian lujaa, tänään aamulla klo 7.50 yks musta farmari melkein "
    "ajoi lapseni yli suojatiellä. Rekkari oli [[R:ZKT-518]] jos joku haluu tarkistaa. Tarvitaan hidasteet!!! "
    "-[[P:Jenni]]",

    "Lumi on kasattu suoraan meidän pihan portin eteen ([[A:Kallvikintie 28 F]]) ja roskakuski ei pääse "
    "tyhjentämään astioita. Jo kolmas kerta tänä talvena. Isännöitsijä [[P:Kim Rönnholm]] on tietoinen.\n"
    "[[P:Tarja]] / Vuosaari",

    "Vuosaaren sillalla ei ole hiekoitettu ollenkaan, pyöräilijät kaatuu joka aamu. Kuka vastaa sillasta, "
    "kaupunki vai ELY?\n[[P:Kaisa Ylönen]]",

    "Aurauspalaute: Mäkelänkadun pyörätie aurattu hienosti tänään klo 6.30 mennessä, kiitos! Harvoin tulee "
    "kehuttua.",

    "HYVÄT HERRAT. KATUVALO NRO 3 EI PALA [[A:KÄSKYNHALTIJANTIE 14]] EDESSÄ. ON PIMEÄÄ JA VAARALLISTA. SOITIN "
    "JO VIIKKO SITTEN EIKÄ KUKAAN TULLUT.\n[[P:ERKKI HAAPALA]] [[T:09 878 5521]]",

    "Tuusulanväylän pyörätie Käpylän kohdalla on kuin luistinrata. Sama juttu joka vuosi, tammikuusta "
    "maaliskuuhun. t. [[P:Juhani]], [[T:050 3378 221]]",

    "moi, tää ny on vähä tyhmä mut meiän koulun (Kannelmäen peruskoulu) vieres on yks katulamppu joka vilkkuu "
    "koko ajan ja se on tosi ärsyttävä ja pelottava illalla. osote on varmaa [[A:Klaneettitie 8]] tai jotain. "
    "t. [[P:eemeli]] 7C",

    "Lähetin tästä jo viestin 2 viikkoa sitten (palautenumero 1184473) eikä mitään ole tapahtunut! Vesi tulvii "
    "[[A:Roihuvuorentie 22]] kohdalla jalkakäytävälle ja jäätyy yöllä. Mieheni [[P:Pentti]] liukastui ja ranne "
    "murtui. Haluan että tähän reagoidaan.\n[[P:Raili Kärkkäinen]], [[E:raili.karkkainen@saunalahti.fi]]",

    "Kiitos Helsinki! Meilahden liikuntapuiston latu on ollut upeassa kunnossa koko viikon. Latukone kulkee "
    "aamuisin ennen seitsemää. Olisiko mahdollista saada valaistus päälle myös klo 22 jälkeen?",

    "Jalkakäytävä [[A:Kulosaarentie 30]] edessä on aurattu niin, että lumivalli estää pääsyn bussipysäkille. "
    "Pyörätuolilla ei pääse ollenkaan. [[P:Björn Åkerlund]]",

    "Kenen vastuulla on Helsinginkadun ja Fleminginkadun risteyksen jäätiköt? Ratikkapysäkillä linjojen 3 ja 9 "
    "odottajat seisoo suoraan jään päällä.",

    # --- parks ------------------------------------------------------------------------------------------------
    "Sibeliuksen puistossa on kaatunut iso puu kävelytien poikki monumentin lähellä. Kukaan ei ole "
    "loukkaantunut, mutta pimeällä siihen voi kompastua.",

    "Koirapuisto Alppipuistossa, portti ei mene kiinni. Meidän koira karkasi eilen ja juoksi Helsinginkadulle "
    "asti. Onneksi [[P:Kalle Honkasen]] poika sai sen kiinni. Korjatkaa portti ennen kuin sattuu jotain.\n"
    "-[[P:Niina]] [[T:044-5567710]]",

    "Koiramme Onni ja Rauha ovat molemmat pelänneet Kivikon koirapuiston uutta rautaporttia, se paukkuu "
    "hirveästi kun sen sulkee. Voisiko siihen laittaa vaimentimen?",

    "Esplanadin puistossa Runebergin patsaan ympärillä oleva nurmikko on aivan mutavelliä. Tapahtumien jälkeen "
    "pitäisi kunnostaa.",

    "Hei. Meidän lasten leikkipuistosta (Myllypuron leikkipuisto Myllis) on viety keinujen istuimet pois jo "
    "lokakuussa eikä niitä ole palautettu. Kysyin puistotyöntekijältä, hänen mukaansa ne tulevat 'keväällä'. "
    "Tämä on aika kummallista.\n[[P:Hanna-Riikka Leino]], [[A:Myllymestarintie 5 B 17]]",

    "Tove Janssonin puiston penkit on maalattu, tosi kivan näköiset. Mutta roskikset on täynnä koko ajan ja "
    "lokit levittää kaiken nurmelle.",

    "Puiston kunnostussuunnitelmaan: olisi hyvä jos Kurkimäen puiston ulkokuntoilulaitteet säilytettäisiin, "
    "niitä käyttää päivittäin meidän seniorijumppaporukka. Vetäjänä toimii [[P:Sirkka Vainio]], häneltä saa "
    "lisätietoa ([[T:040 667 1302]]).",

    "Kaisaniemen puistossa on taas rottia. Näin tänään ainakin kolme klo 17 aikaan kasvitieteellisen puutarhan "
    "aidan vieressä.",

    # --- noise ------------------------------------------------------------------------------------------------
    "Meluilmoitus: Kalasatamassa [[A:Työpajankatu 2]] työmaalla paalutetaan jo klo 6.00 vaikka luvassa lukee "
    "klo 7. Olen videoinut tämän. Yhteydenotot sähköpostilla [[E:l.pakarinen@outlook.com]]\nt. "
    "[[P:Laura Pakarinen]]",

    "Tervasaaren ravintolan musiikki kuuluu Kruununhakaan asti perjantaisin klo 23 jälkeen. Onko niillä "
    "lupa ulkomusiikkiin?",

    "yläkerran naapuri ([[A:Mechelininkatu 3 C 40]]) pitää juhlia joka viikonloppu ja kun menin sanomaan, hän "
    "uhkasi. nimi oven summerissa [[P:J. Ruotsalainen]]. poliisi ei tule paikalle koska 'ei kiireellinen'. "
    "mitä voin tehdä??",

    "Lentokonemelu Vantaan suunnasta on lisääntynyt selvästi. Onko kiitotie 3 käytössä myös öisin? Asun "
    "Tapanilassa ja herään joka yö klo 2 jälkeen.",

    "Mopoautot kaahaa Malmin ostoskeskuksen parkkipaikalla joka ilta klo 20-24 ja ruuvaa pakoputkia. Poliisi "
    "ei välitä.",

    "Hei. Minun nimi on [[P:Abdirahman Warsame]]. Asun [[A:Vuotie 45 B 3]]. Meidän talon vieressä rakennus työ on "
    "joka päivä kova ääni myös lauantai. Minulla pieni vauva ei voi nukkua. Kiitos jos voitte auttaa. "
    "[[T:0458812305]]",

    # --- schools and daycare ----------------------------------------------------------------------------------
    "Päiväkoti Sateenkaaren pihalle on joku heittänyt lasinsiruja, löysimme ne tänään aamulla. Lapsemme "
    "[[P:Vilho]] melkein astui niihin. Voisiko pihalle saada valvontakameran?\nTerveisin [[P:Anu]] ja "
    "[[P:Teemu Salonen]]",

    "Koulukuljetus Paloheinästä Pakilan yläasteelle myöhästyy joka aamu noin 20 minuuttia. Taksiyhtiö ei vastaa "
    "puhelimeen. Koskee 8 oppilasta. Yhteyshenkilö vanhempainyhdistyksestä [[P:Pauliina Östman]], "
    "[[E:pauliina.ostman@gmail.com]]",

    "Arvoisa kasvatuksen ja koulutuksen toimiala, poikani [[P:Elias Hämäläinen]] (s. 2014) on odottanut "
    "erityisopetuksen paikkaa syyskuusta asti. Rehtori [[P:Salmisen]] mukaan asia on 'käsittelyssä'. Toivon "
    "pikaista vastausta.\n[[P:Minna Hämäläinen]] [[T:050 319 7742]]",

    "Koulun ruoka on ollut tällä viikolla todella huonoa. Kasvisvaihtoehto puuttui kokonaan keskiviikkona.\n"
    "T. 8. luokan oppilaskunta",

    "Laitan tähän tyttären tiedot kun koulu pyysi: [[P:Sofia Korpela]], [[H:251111A1611]], luokka 9A, Vuosaaren "
    "yhtenäiskoulu. Hän tarvitsee koulukuljetuksen lonkkaleikkauksen jälkeen 3 viikoksi.",

    "Kiitos Itäkeskuksen koulun opettajille ja rehtorille hienosta joulujuhlasta! Oli koskettava.",

    "hei voisko joku kertoo miks mun lapsi ei saanut paikkaa lähikoulusta vaikka me asutaan "
    "[[A:Agricolankatu 9 A 12]] ja koulu on 300 m päässä??? nyt sen pitää mennä bussilla. [[P:Jonna]]",

    "Ala-asteen pihalle toivotaan lisää penkkejä ja katosta sadepäiviä varten. Lapset seisovat välitunneilla "
    "vesisateessa.",

    # --- libraries --------------------------------------------------------------------------------------------
    "Oodin kolmannen kerroksen vessat ovat olleet epäkunnossa koko viikon. Muuten ihana paikka!",

    "Varasin Helmet-palvelussa kirjan, mutta noutoilmoitus meni vanhaan sähköpostiin. Uusi osoite on "
    "[[E:seppo.tuominen1952@gmail.com]]. Kirjastokortti on [[P:Seppo Tuomisen]] nimellä. Voitteko päivittää?",

    "Pasilan kirjasto on suljettu 22.12.–6.1. Missä on lähin auki oleva kirjasto joulun välipäivinä?",

    "Aurora-lukupiiri kokoontuu torstaisin klo 18 Maunulan kirjastossa. Voisiko tilan varata koko kevääksi "
    "kerralla?",

    "Kirjastonhoitaja [[P:Päivi]] Töölön kirjastossa oli aivan ihana ja auttoi isääni tulostamaan "
    "Kela-lomakkeet. Isot kiitokset hänelle! Terveisin [[P:Kimmo Rajala]]",

    "Löysin Viikin kirjaston aulasta lompakon, sisällä [[P:Ahmed Hassanin]] ajokortti. Jätin sen infotiskille. "
    "Jos omistaja ottaa yhteyttä, voi soittaa minulle [[T:+358 50 411 9023]].",

    "Kannelmäen kirjaston asiakaskoneissa on vanha Windows (10.0.19045) ja tulostin ei toimi. Koko kirjastossa "
    "vain yksi toimiva kone.",

    # --- traffic and parking ----------------------------------------------------------------------------------
    "Ratikka 7 seisoo Sörnäisten rantatiellä 10 minuuttia joka aamu, koska autot parkkeeraa kiskoille. "
    "Valvontaa kiitos.",

    "Joka aamu klo 8 sama valkoinen pakettiauto [[R:XJT-592]] pysäköi Pengerkadun pyörätielle ja pyöräilijät "
    "joutuu väistämään ratikkakiskoille. Valokuvia löytyy. [[P:Mari]]",

    "Liikennevalot Hakaniemen torin kohdalla: jalankulkijoiden vihreä kestää vain 6 sekuntia. Vanhukset eivät "
    "ehdi yli. -[[P:Seija R.]]",

    "Länsiväylän melu on sietämätöntä Lauttasaaressa. Asun [[A:Lauttasaarentie 52 B 18]] eivätkä uudet ikkunat "
    "auta. Meluseinä tarvitaan.",

    "Kommentoin asemakaavan muutosta nro 12745 (Malmin lentokenttä). Asun [[A:Kirkonkyläntie 17]] ja jo nyt "
    "liikenne ruuhkautuu. Uusien 25 000 asukkaan liikenne ohjautuu meidän pihatielle. [[P:Tapio Kuusela]]",

    "Raitiotie Viikkiin ja Malmille on hyvä ajatus mutta Hämeentie ei vedä enempää ratikoita. Tarvitaan "
    "erillinen linjaus.",

    "@[[P:Hannele_K]] olet oikeassa että pyöräkaistat ovat tärkeitä, mutta Mannerheimintiellä ne on tehty niin "
    "että bussit joutuvat seisomaan. Kannattaa katsoa HSL:n luvut.",

    "Tämä on jo kolmas kaavakierros. Mielipiteeni ei ole muuttunut: Kivinokan virkistysalue pitää säilyttää. "
    "Lisää rakentamista ei tarvita Kulosaaren sillan päähän.",

    "auto rekkari [[R:ofm-82]] on seissyt meidän talon edessä kuukauden, renkaat tyhjänä ja joku rikkonut "
    "ikkunan. romu? [[A:Siilitie 9]] herttoniemessä",

    "Tarvitaan suojatie Paciuksenkadulle Meilahden kirkon kohdalle. Pysäkiltä ylittää joka aamu kymmeniä "
    "koululaisia.",

    "Olen yrittänyt saada yhteyttä pysäköinninvalvontaan koska sakko ([[R:KIL-911]]) tuli päivänä jona olin "
    "Tampereella. Autoni oli siis Tampereella! Joku on ilmeisesti väärentänyt kilvet.\n[[P:Marko Tiainen]], "
    "[[T:040-9123 448]]",

    "Parkkipaikkoja ei ole Jätkäsaaressa ollenkaan. Pysäköintilaitos maksaa 250 €/kk. Tämä ei ole ok. [[P:Tomi]] / [[A:Välimerenkatu 9 C 61]]",

    "Sain pysäköintivirhemaksun vaikka minulla on asukaspysäköintitunnus! Auto [[R:GLO-302]], tunnus oli "
    "tuulilasissa. Maksun numero 2026-418833. Pyydän oikaisua. [[P:Heli Rautio]] [[T:050 433 1902]]",

    # --- bookings (Varaamo) -----------------------------------------------------------------------------------
    "Varaus: Maunulatalon sali la 17.1. klo 12–16, syntymäpäiväjuhlat 40 hlöä. Varaaja [[P:Fatima Ali]], puh "
    "[[T:044 771 3384]]. Laskutus: [[E:fatima.ali@hotmail.fi]]",

    "Avaimet noutaa [[P:Ilkka]] (vahtimestari tietää), palautus ma aamuna. Jos ongelmia, soitto [[P:Ilkalle]] "
    "[[T:050 912 0661]]",

    "Tarvitsemme salin lisäksi videotykin ja mikrofonin. Tuolit riviin, 60 kpl. Tilaisuus alkaa klo 18.00 ja "
    "loppuu 20.30.",

    "Vallilan kotiseutuyhdistys ry (Y-tunnus 1578241-2), varaajana puheenjohtaja [[P:Leena Hyvönen]]. "
    "Mahdollinen vuokran palautus yhdistyksen tilille [[I:FI04 5697 6884 1243 87]].",

    "Peruutan varauksen numero 2026-11874, tilaisuus siirtyy kevääseen. Kiitos. [[P:Marketta Sundström]]",

    "Hei! Varasin Vuotalon studion bändiharjoituksiin mutta vahvistus tuli väärälle nimelle "
    "([[P:Jesse Mäkiselle]]), vaikka varaaja olen minä, [[P:Joonas Rinne]]. [[P:Jesse]] on bändin kitaristi. "
    "Voiko korjata?",

    "Varaamo kaatuu kun yritän maksaa. Virheilmoitus: 'Transaction failed, client [[IP:91.153.24.77]]'. "
    "Yritin kolme kertaa, kortilta veloitettiin silti 45 € kahdesti?? [[P:Outi Leppänen]]",

    "Onko Stoan monitoimisalissa flyygeli vai pianino? Tarvitsisimme konserttia varten flyygelin. Yleisöä "
    "noin 120.",

    "Tilavaraus Malmitalon kokoushuone 2: to 22.1. klo 17–19. Paikalla [[P:Pirkko Laaksonen]] ja "
    "[[P:Eino Laaksonen]] (omakotiyhdistys). Yhteys [[E:pirkko.laaksonen@kolumbus.fi]]",

    "Avainkortti ei toiminut sunnuntaina klo 10, jouduimme odottamaan ulkona 40 minuuttia. Varaus 55120. "
    "Pyydämme hyvitystä. Varaaja [[P:Jyrki Pöllänen]], [[T:041 880 2290]]",

    "Kulkuoikeus pitäisi lisätä myös [[P:Tuulille]], hän tulee ensimmäisenä avaamaan. Hänen puhelin on "
    "[[T:0449872210]].",

    # --- compensation -----------------------------------------------------------------------------------------
    "Korvausvaatimus, liukastuminen 3.1.2026 Kustaankadulla. Nimi [[P:Ritva Oksanen]], hetu [[H:130538-8045]]. "
    "Lääkärinlausunto liitteenä. Korvaus tilille [[I:FI6913335939959700]]. Puh. [[T:09 753 2218]]",

    "Auraustraktori rikkoi aitamme [[A:Ulvilantie 11]] 19.12. klo n. 04. Traktorin rekisteritunnus "
    "[[R:MKX-21]] näkyi valvontakamerassa. Haemme korvausta. [[P:Henrik Sjöberg]]",

    "Kysyisin, millä lomakkeella haetaan vahingonkorvausta kun kaupungin puu kaatui autoni päälle myrskyssä. "
    "En löydä sivuilta. Kiitos.",

    "Korvauspäätöksen (HEL 2025-019822) mukaan saan 312,40 €, mutta rahaa ei ole tullut. Tilini on "
    "[[I:FI35 5433 3480 4876 63]], tarkistakaa onko oikein. [[P:Sami Heikkinen]]",

    "Koulun retkellä lapsemme toppatakki revittiin kun ohjaaja veti sitä aidan yli. Haemme korvausta 89 €. "
    "Tili [[I:FI3510371430215896]] ([[P:Nora Eskola]]). Lapsen hetu [[H:010711A689B]].",

    "Hei, pyöräni runko murtui kun ajoin [[A:Pitäjänmäentie 14]] kohdalla olevaan asfalttisaumaan. Haen "
    "korvausta 650 € (pyörä ostettu 2024). Henkilötunnukseni on [[H:140290-216U]], nimi [[P:Aleksi Vartiainen]].",

    "Korvaushakemus jätetty 12.11. Viitenumero 1234 56789 0. Milloin käsittely valmistuu? Olen odottanut yli "
    "kuukauden.",

    # --- famous people, names as ordinary words --------------------------------------------------------------
    "Tarja Halosen patsaan ympäristö Tove Janssonin puistossa on siivottava, ja Paavo Nurmen patsas "
    "Olympiastadionilla on graffitien peitossa.",

    "Alvar Aallon suunnittelema Finlandia-talo on kaupungin helmi, kiitos remontista. Mutta Mannerheimintien "
    "puoleinen pyörätie on liian kapea.",

    "Kimi Räikkönen -tyyppiset kaahailijat Itäväylällä öisin, 120 km/h. Kamera tarvitaan Itäkeskuksen kohdalle.",

    "Helmikuun hiihtolomaviikolla (vko 8) tarvitaan lisää luistinratojen jäädytystä Paloheinässä.",

    "Valo ei pala Kallion kirjaston sisäänkäynnin luona, portaat pimeänä. Ilta-aikaan vaarallista.",

    "Satu-tunnit Itäkeskuksen kirjastossa on ihania, mutta ne on aina täynnä. Voisko niitä lisätä lauantaille?",

    "Aamu-ruuhkassa bussi 58 on aina täynnä jo Pasilasta. Lisävuoroja klo 7-9 välille.",

    "Usko tai älä, mutta Rastilan leirintäalueen vessoissa ei ole ollut vettä koko viikonloppuna.",

    "Into oli kova kun puistotalkoot aloitettiin, mutta kaupunki ei tuonut lupaamiaan jätesäkkejä. Pihlajiston "
    "talkoot olivat la 10.10.",

    "Lahja kaupungilta vanhuksille olisi, että Kontulan ostarin penkit palautettaisiin. Ne vietiin pois "
    "'häiriökäyttäytymisen' takia.",

    "Toivon, että Meri-Rastilan rantaan tulee vihdoin kunnon uimaranta. Nykyinen on kaislikkoa.",

    "Rauha ja hiljaisuus on Lammassaaren parasta antia. Pitkospuut on kuitenkin lahonneet ja yksi lauta "
    "puuttuu kokonaan.",

    "Äitini [[P:Rauha Niemelä]] (91 v) asuu [[A:Malminkaari 23 B 41]] eikä kotihoito ole käynyt kahteen päivään. "
    "Tämä on hätätilanne. Soittakaa minulle heti [[T:040 552 1198]]. [[P:Merja]]",

    "Sain tekstiviestin 'Helsingin kaupunki: pysäköintimaksusi on erääntynyt, maksa linkistä'. Onko tämä "
    "huijaus? Numero oli ulkomainen.",

    "Sain huijausviestin numerosta [[T:+44 7700 900312]], siinä luki 'Helsingin kaupunki pysäköinti'. Ilmoitan "
    "vain tiedoksi.",

    # --- immigrants writing Finnish ---------------------------------------------------------------------------
    "Hyvää päivää. Olen [[P:Nguyen Thi Lan]] ja minulla on kynsistudio [[A:Itäkatu 5]] Itäkeskus. Asiakkaat ei "
    "löydä pysäköinti koska kaikki paikat on varattu. Voiko olla 30 minuutti paikka? Kiitos paljon. "
    "[[E:lan.nails.itis@gmail.com]]",

    "hei, mun poika [[P:Yusuf]] on 5 v ja hän ei saa päiväkotipaikka lähellä. meille tarjottu paikka Kontula "
    "mutta me asumme Vuosaari. ei ole auto. Bussi kestää 40 min. apua. [[P:Amina Hussein]] [[T:0417723901]]",

    "Miksi roskakatos on lukittu? Me asukas ei pääse laittaa roskat. Taloyhtiö sanoo kaupunki omistaa katos.",

    "Hei! Olen [[P:Svetlana Ivanova]], asun [[A:Raappavuorentie 4 A 7]] Vantaa. Kysymys: voinko käyttää Helsingin "
    "kirjastot jos asun Vantaalla? Minun kirjastokortti on Vantaa.",

    "Kiitos paljon suomen kielen kurssi Kalliossa. Opettaja on super hyvä. Toivon että kurssi jatkuu kevät.",

    "Minä [[P:Mohammed]], taksikuski. Taksitolpalla Rautatientorilla aina yksityisautoja parkissa, esim "
    "[[R:CUL-703]] eilen 2 tuntia. Sakko pitää antaa.",

    # --- elderly ----------------------------------------------------------------------------------------------
    "Helsingin kaupunki, kaupunkiympäristö\n\nAsia: Penkkien puute Munkkiniemen puistotiellä\n\nOlen "
    "82-vuotias ja kävelen päivittäin rollaattorin kanssa Munkkiniemen puistotietä pitkin apteekkiin. Matkalla "
    "ei ole yhtään penkkiä, johon voisi levähtää. Aiemmin oli kaksi, ne vietiin pois syksyllä. Pyydän "
    "kohteliaasti, että penkit palautetaan.\n\nKunnioittavasti\n[[P:Helvi Lindroos]]\n"
    "[[A:Laajalahdentie 20 A 6]]\n00330 Helsinki",

    "Minä olen 90 vuotta ja en osaa käyttää tietokonetta. Tyttärentytär kirjoittaa tämän. Bussipysäkki "
    "siirrettiin kauemmas, en jaksa kävellä sinne.",

    "Soitin kaupungin numeroon, 45 minuuttia jonossa. Sitten katkesi. Nyt kirjoitan tähän. Asia: "
    "kotihoidon asiakkaan [[P:Aarne Laitinen]] avain on hukassa. Hänen hetu [[H:090338-668K]]. Olen hänen "
    "edunvalvojansa [[P:Sinikka Laitinen]].",

    "Kävin eilen Oulunkylän terveysasemalla ja odotin 2,5 tuntia. Istuimet ovat kovat ja on kuuma, "
    "ilmastointi ei toimi. [[P:Eila]] 78 v",

    "Paljon kiitoksia [[P:Raija-Leenalle]] Kontulan palvelukeskuksesta. Hän järjesti mummulle kyydin ja "
    "tuolijumpan. Tämmöisiä ihmisiä tarvitaan. [[P:Matti]] ja [[P:Sisko Ranta]]",

    # --- shopkeepers ------------------------------------------------------------------------------------------
    "Yritykseni Kampin Kukka ([[A:Urho Kekkosen katu 1]]) tarvitsee lastauspaikan aamuisin klo 6-8. "
    "Pysäköinninvalvoja antoi sakon toimitusautollemme [[R:FTR-419]]. Yrittäjä [[P:Kirsi Pulkkinen]] "
    "[[T:050 4430 812]]",

    "Kalliossa Vaasankadulla on liikaa tyhjiä liiketiloja. Kaupungin pitäisi alentaa vuokria omissa "
    "kiinteistöissään. Yrittäjä [[P:Pekka Salmi]], [[E:pekka@vaasankadunantikvariaatti.fi]]",

    "Terassilupa Iso Roobertinkadulle kahvilalle, hakemus lähetetty 2.11. Hakija Café Roobert Oy / "
    "[[P:Tommi Nurmi]]. En ole saanut kuittausta. [[E:tommi@caferoobert.fi]]",

    "Stockmannin edustalla Aleksanterinkadulla on lumikasat jo jalkakäytävällä. Jouluostoksilla ihmisiä paljon.",

    "Meidän ravintolan ([[A:Helsinginkatu 15]]) edessä on joka aamu oksennuksia ja lasinsiruja. Kadunpuhdistus "
    "käy vasta klo 10. Voisiko aikaisemmin? Terv. [[P:Jukka]] / Bar Kurvi",

    # --- associations -----------------------------------------------------------------------------------------
    "Tapanilan Erä ry:n puolesta kiitämme Tapanilan urheilupuiston jäädytyksestä. Samalla pyydämme, että "
    "kaukalon valot olisivat päällä klo 22 asti. Yhteyshenkilö [[P:Ari Mustonen]], [[T:0400 812 339]]",

    "Asukasyhdistys Kannelmäki-Seura ry esittää, että Sitratorin ympäristö kunnostetaan ja sinne saadaan "
    "joulukuusi. Kannatamme OmaStadi-ehdotusta nro 142.",

    "Hei! Marjaniemen omakotiyhdistyksen hallitus: pj [[P:Jaana Pietilä]], siht. [[P:K. Rautiainen]], "
    "rahastonhoitaja [[P:Ville-Pekka Lahti]]. Asia: Marjaniemen rannan venevalkaman laiturit.",

    "Lahti ja Tampere ovat saaneet pyöräteille lämmityksen, miksei Helsinki?",

    "Vuokralaisyhdistyksen kokous pidettiin Roihuvuoren kerhotilassa. Pöytäkirjan laati [[P:Liisa Tamminen]]. "
    "Päätimme pyytää kaupungilta leikkipuiston aidan korjausta. Lisätietoja "
    "[[E:roihuvuoren.vuokralaiset@gmail.com]]",

    # --- OmaStadi --------------------------------------------------------------------------------------------
    "Ehdotus: Ulkokuntosali Vuosaaren Kallahdenniemeen. Perustelut: alueella ei ole yhtään ulkokuntosalia ja "
    "ikääntyneitä asukkaita on paljon. Kustannusarvio 60 000–80 000 €.",

    "Ehdotuksen tekijä: [[P:Mervi Kangas]]. Ehdotus: Pikku-Huopalahden rantaan saunalautta. Olen jutellut "
    "[[P:Juha Partasen]] kanssa, joka pyörittää saunayhdistystä, hän olisi valmis ylläpitämään.",

    "Tämä on jo kolmas kerta kun sama ehdotus tulee. Viime kerralla se hävisi äänestyksessä. Ehkä nyt?",

    "Äänestin tätä! Samaa mieltä kuin [[P:Antero]] yllä, nuorisotalon aukioloja pitäisi pidentää. Mun 14v "
    "[[P:Oona]] ei tiedä minne mennä iltaisin.",

    "OmaStadi 2025–2026, Koillinen suurpiiri: ehdotus nro 0714 eteni toteutukseen. Rakentaminen alkaa "
    "keväällä.",

    "Moi, mä oon [[P:Aleksi]] ja mä ehdotan skeittiparkkia Malmin urheilupuiston viereen. Mun kaverit "
    "[[P:Rasmus]] ja [[P:Leevi]] on samaa mieltä. Laittakaa se 😎🛹",

    "Kiitos Kalasataman puistoon tulleista valoista! Puisto on nyt paljon turvallisempi illalla 💡",

    "Vastaan [[P:Mikaelille]]: ei kaupunki voi kieltää autoilua kantakaupungissa, se on perusoikeus. Jokainen "
    "maksaa veronsa.",

    "Olen täysin eri mieltä edellisen kommentoijan kanssa. Hämeentien pyöräkaistat ovat parasta mitä Kalliolle "
    "on tapahtunut. Autoilijat saavat kiertää.",

    "Vastaus [[P:Pertti Alaselle]]: ei pidä paikkaansa että puisto olisi tyhjillään talvella, me käymme siellä "
    "joka päivä koiran kanssa.",

    "Ehdotus: Kontulan kuntoportaille valaistus. Portaat ovat talvella pimeät jo klo 16. Valaistus lisäisi "
    "turvallisuutta ja käyttöä. Hinta-arvio 40 000 €.",

    "Hyvä ehdotus! Kannatan. Mun mummi asuu ihan vieressä ja kävelee siellä joka päivä.",

    # --- names in many cases and positions --------------------------------------------------------------------
    "Kirjoitan [[P:Reijo Virtasesta]], Herttoniemenrannan koulun vahtimestarista: hän jää eläkkeelle ja on "
    "auttanut lapsia 30 vuotta. Koulu ansaitsisi juhlan hänen kunniakseen.",

    "Toimin [[P:Leila Mohamudin]] tukihenkilönä ja kirjoitan hänen puolestaan: hänen asuntonsa "
    "[[A:Ostostie 4 C 26]] patterit ovat olleet kylmänä kolme viikkoa. Talo on Hekan.",

    "Otin yhteyttä puhelimitse [[P:Kaisaan]] asukaspysäköinnistä, mutta hän ei pystynyt auttamaan, koska "
    "järjestelmä oli alhaalla. Tunnus pitäisi siirtää uudelle autolle [[R:LVX-880]].",

    "Sovin rehtori [[P:Aaltosen]] kanssa, että koulun pihan kaukalo saa olla auki iltaisin, mutta nyt portit "
    "on lukittu klo 16.",

    "Haluan kiittää Vallilan kirjaston [[P:Tuomasta]] ja [[P:Hennaa]], jotka järjestivät nuorille pelikerhon. "
    "Tosi hyvä juttu!",

    "roskis täynnä Vallilan kirjaston edessä jo 2 viikkoa. haisee. terv [[P:pirjo h.]]",

    "Hei, alla naapurin viesti. -[[P:Irma]]\n\n---------- Välitetty viesti ---------\nLähettäjä: "
    "[[P:Kari Ollila]] <[[E:kari.ollila@elisanet.fi]]>\nPäivämäärä: ma 7.12.2026 klo 21.14\nAihe: kuoppa "
    "Vihdintiellä\n\nVihdintiellä bussipysäkin kohdalla on 20 cm syvä kuoppa. Kuka korjaa?",

    "Hei [[P:Sanna]]! Kiitos nopeasta vastauksesta puhelimessa. Tässä vielä kirjallisesti: talon "
    "[[A:Kolmas linja 21]] edessä oleva pyöräteline on irronnut ja kaatunut katulle.",

    "Palautteen antaja: [[P:MATTI KORHONEN]]\nSähköposti: [[E:MATTI.KORHONEN@GMAIL.COM]]\nPalaute: katuvalo palaa "
    "päivällä mutta on pimeänä yöllä Malmin aseman kohdalla.",

    "Lumityöt: meidän kadulla ([[A:Hiihtäjäntie 12]]) aura-auto ajoi päin [[P:Laineen]] autoa ja kuski lähti "
    "pois. Naapuri [[P:Laine]] on 80 v eikä itse jaksa tehdä ilmoitusta. Auto [[R:UIO-134]].",

    "Kerrokantasi-kommenttini poistettiin ilman perustetta. Käyttäjänimi [[P:tapsa_k]], kirjoitin "
    "IP-osoitteesta [[IP:62.78.194.3]] jos haluatte tarkistaa lokeista että se olin minä.",

    "Tekninen vika: Helmet-haku ei toimi, tulee '403 Forbidden'. Oma osoitteeni näkyy virhesivulla "
    "[[IP:2001:14ba:a0bd:dd00::5e2]]. Selain Firefox 133.",

    "pyörä palautettiin kaupunkipyöräasemalle ajoissa mutta sovellus veloitti 80 € myöhästymismaksun. tilini "
    "on [[E:jannepuu@gmail.com]], sovelluksessa näkyi yhteys [[IP:46.132.18.250]]. ei ollut minun vika.",

    "Äitini [[P:Aune]] sai pysäköintivirhemaksun invapaikalla vaikka pysäköintitunnus oli tuulilasissa. Auto "
    "on [[R:HKO-77]], kuljettajana minä [[P:Jouni Pesonen]]. Kuva liitteenä.",

    "soittakaa [[T:0505532901]] kiitos",

    "Asun [[A:Abraham Wetterin tie 18 A 2]] (Herttoniemenranta). Pihan vierellä rantaraitilla on joka yö "
    "kokoontumisia ja melua. Pyydän lisää valaistusta ja valvontaa. [[P:Raimo Lehtinen]]",

    "Tilanvarauksen tekijä: [[P:Emma Forsman]] / Kulttuuriyhdistys Kaiku ry. Laskun saaja "
    "[[E:laskut@kaikury.fi]]. Vastuuhenkilönä paikalla [[P:Oskari Heinonen]] [[T:040 380 2275]].",

    "Hyvä [[P:Tiina Saarela]]! Kiitos vastauksestanne 3.12. Olen kuitenkin edelleen eri mieltä: Pakilantien "
    "melu ylittää ohjearvot, mittasin itse 68 dB.\nYstävällisin terveisin [[P:Harri Ojala]]",

    "Olen yrittänyt saada takaisin vuokravakuuden 150 € Kannelmäen nuorisotalon varauksesta. Tilini: "
    "[[I:FI7656541489099658]], saaja [[P:Anni Rissanen]].",

    "Liukastuin Tikkurilan asemalla, Vantaa ohjasi teidän puoleenne?? Tässä tiedot: [[P:Jari Kovanen]], "
    "[[H:220583-089H]], [[A:Tikkurilantie 44 B 19]], Vantaa.",

    "Kirjastokortin uusiminen: en pääse kirjautumaan, vahvan tunnistautumisen jälkeen tulee virhe "
    "'henkilötunnus [[H:160783-4552]] ei ole rekisterissä'. Olen ollut asiakas 20 vuotta. [[P:Pia Hirvonen]]",

    "Kotiin kuljetettavat kirjastopalvelut: isäni [[P:Olavi Peltonen]], [[H:210252-162T]], tarvitsee "
    "kotipalvelun kirjat. Hän ei pääse enää kirjastoon.",

    "Muistutus: maksuvapautushakemus, hakija [[P:Kerttu Manninen]] [[H:080538-306V]]. Asiakirjat lähetetty "
    "postitse 1.12.",

    "Pyydän kopion päätöksestä. Nimeni [[P:Veikko Rautio]], henkilötunnus [[H:121045-885Y]]. Osoite "
    "[[A:Isokaari 14 C 33]], Lauttasaari.",

    "[[P:Kaarina]] tässä hei, soitin eilen siitä vesivuodosta [[A:Kaironkatu 3]] kohdalla. Nyt se on jäätynyt "
    "ja koko jalkakäytävä on jäässä.",

    "[[P:Hilkka Järvisen]] puolesta: hänellä on vaikeuksia päästä bussiin, koska Vanhaistentien pysäkki on "
    "aurattu umpeen.",

    "Pyysimme jo kaupungin puutarhuria ([[P:Kivinen]]?) käymään, mutta kukaan ei tullut.",

    "Hej, anteeksi huono suomi. Kaupunkipyörä asema Töölön tori on rikki, ei voi palauttaa pyörää. Sain maksu "
    "5 €. [[P:Johan Ekström]], [[T:+358 40 770 1543]]",

    "Tere, olen [[P:Kristiina Tamm]] ja teen siivoustyö Kampissa. Yöbussi ei pysähdy pysäkillä vaikka painan "
    "nappia. Kuski sanoi ettei ole pysäkki. Mutta aikataulussa on.",

    "Kaupungin pakettiauto [[R:ZZN-408]] ajoi tänään klo 14 puistokäytävää pitkin ja kuski puhui puhelimessa. "
    "Lapsia leikkimässä vieressä. Oikeasti.",

    "laittakaa vastaus mun sähköpostiin [[E:ninnu_95@hotmail.com]] kiitos. [[P:ninni]]",

    "Varaamo: ryhmän vastuuhenkilö vaihtuu, uusi on [[P:Hassan Abdi]] ([[E:h.abdi@somaliyhdistys.fi]]) eikä "
    "enää [[P:Omar]].",

    "Tilinumero Osuuspankki [[I:FI54 8768 0775 9282 10]], jos korvaus myönnetään. Rikkoutuneet silmälasit "
    "maksoivat 420 €. [[P:Irja Hakkarainen]]",

    "Kiitos [[P:Lumille]] ja muille Kallion nuorisotalon ohjaajille! Joulubileet oli huiput.",

    # --- more hard negatives ----------------------------------------------------------------------------------
    "Tuuli kaatoi Hietaniemen hautausmaan vierestä kolme puuta. Hietaniemenkatu on osittain tukossa.",

    "Ilta-aukiolo kirjastoissa pitäisi palauttaa. Aamu-uinnit uimahalleissa myös.",

    "Sinivalkoiset jouluvalot Esplanadilla näyttää hienolta, mutta yksi valoketju on sammunut Kappelin "
    "kohdalla.",

    "Auroransillan portaat on aivan jäässä. Joku kaatuu vielä.",

    "Kiitos, Helsinki! Kaupunginorkesterin ilmaiskonsertti Musiikkitalolla oli mahtava. Sibelius ja Mozart, "
    "parempaa ei ole.",

    "Lauri Markkanen aloitti aikanaan tavallisella koulun kentällä. Töölön kisahalli tarvitsee uudet korit ja "
    "lattian, nuoret pelaajat ansaitsevat paremman.",

    "Muumi-teemainen leikkipuisto olisi hyvä lisä Katajanokalle. Tove Jansson olisi varmasti tykännyt.",

    "Haluaisin tietää kuka päättää katujen nimistä. Uuteen Kalasataman katuun ehdotan nimeä 'Lumikinpolku'.",

    "Varaus Itäkeskuksen Stoa, sali 2, pe 30.1. klo 17.00–21.00, 80 hlö, hinta 240 € + alv.",

    "Kaupunkipyöräasema nro 142 on ollut tyhjä joka aamu. Lisää pyöriä klo 7–9.",

    "Puhelinpalvelu ei vastaa. Odotin 38 min. Mitä tämä on? Soittakaa takaisin [[T:044 512 0087]].",

    "Asun Kumpulassa, ja Kumpulan kasvitieteellisen puutarhan portit ovat kiinni klo 16. Talvella ok, mutta "
    "miksi myös lauantaisin?",

    "Jalkakäytävällä Hietaniemenkatu–Runeberginkatu välillä on katujyrsinnän jälkeen 10 cm kynnys. "
    "Pyörätuolilla ei pääse.",

    "Henkilötunnusta ei pitäisi kysyä lomakkeella jos haen vain kirjastokorttia! Miksi se on pakollinen kenttä?",

    "IBAN-kenttä korvauslomakkeessa ei hyväksy välilyöntejä, tulee virheilmoitus 'virheellinen tilinumero'. "
    "Korjatkaa lomake.",

    "Sähköpostiosoitteeni on vaihtunut, mutta en löydä profiilista kohtaa, jossa sen voisi muuttaa. Uusi on "
    "[[E:h.kettunen@gmail.com]], vanha oli [[E:hkettunen@luukku.com]].",

    "Rekisterinumerokamera Hakaniemen parkkihallissa ei tunnista kilpeä jos siinä on lunta. Puomi ei aukea.",

    "IP-kameroita tarvitaan Kontulan ostarille. Ilkivalta on lisääntynyt kun poliisi ei partioi.",

    "Ratikkalinja 10 Pikku-Huopalahteen: pysäkki Tilkanvierto on liian kapea lastenvaunuille.",

    "Kiitos kaupunginpuutarhurille! Joulukuusi Senaatintorilla on upea ✨🎄",

    "Ruoholahden kauppakeskuksen edessä on pyöräparkki täynnä romupyöriä. Laputtakaa ja viekää pois.",

    "Miksi kirjastoihin leikataan 3 % ensi vuoden budjetissa kun kokoontumistilat ovat täynnä?",

    "Postinumeroalueella 00940 ei ole yhtään yleistä vessaa. Kontulan ostarille tarvitaan.",

    "Sääennuste lupaa -20 astetta. Onko Kallion kirjastossa lämpösuoja-aikoja asunnottomille?",

    "Kielletty pysäköinti 8–16 -merkki on kääntynyt väärinpäin Vallilantiellä uimahallin kohdalla.",

    "Kaikki Helsingin uimahallit suljettu 24.–26.12. Miksei edes yksi auki? Jouluna olisi aikaa uida.",

    "Pyydän tarkistamaan Pihlajamäen ostoskeskuksen hissin, se on ollut rikki syyskuusta. Rappu B:n portaat "
    "ovat ainoa reitti.",

    "Roskikset tyhjennetään Kaivopuistossa vain maanantaisin. Viikonlopun jälkeen puisto on kaatopaikka. [[P:Göran]]",

    "Kannatan, että Lapinlahden sairaala-alue säilytetään puistona. Rakennukset ovat arvokkaita.",

    "Valaistus Ratapihantien sillalla pimeänä klo 17 jälkeen. Sähkökaappi on auki.",

    "Maunulan nuorisotalo on remontissa 1.3.–30.9.2026. Missä kerho nro 3 kokoontuu sen aikaa? Kerhon ohjaaja "
    "[[P:Mirja Tolonen]], [[T:040 623 9176]]",

    "HSL-sovelluksen versio 25.11.2 ei näytä ratikan 9 reaaliaikaa. Päivitys rikkoi jotain.",

    "Valaisinten pitäisi olla vähintään IP65-luokiteltuja, nykyiset puistovalot ruostuvat meren rannalla.",

    "Hakaniemen hallin väistötilan edessä on pyöräteline kaatunut. Huomasin tänään 8.12. klo 9.15.",

    "Minna Canthin kadulla ei ole lainkaan pyörätelineitä, ja pyörät kiinnitetään puihin.",

    "Eino Leinon kadun ja Mechelininkadun kulmassa ei ole suojatietä, vaikka vieressä on päiväkoti.",

    "Kallio on Helsingin paras kaupunginosa mutta Karhupuistossa ei ole yhtään toimivaa valoa.",

    "Toivo ja usko kaupunkiin alkaa hiipua kun Malmin sairaalan bussipysäkille ei saada katosta.",

    "Onni onnettomuudessa, että jäälohkare putosi Kauppatorin laidalla tyhjälle kohdalle. Räystäät pitää "
    "pudottaa ennen kuin joku loukkaantuu.",

    "Kiinteistö Oy Itäkeskuksen Maamerkit (Y-tunnus 0719876-3) ei ole aurannut kävelytietä. Kenen vastuulla?",

    "Varausjärjestelmässä näkyy virhekoodi ERR-4031 kun valitsen päivämäärän 31.1. Muut päivät toimii.",
    # --- added positives ------------------------------------------------------------------------------------
    "Kirjautuminen Kerrokantasi-palveluun epäonnistuu aina. Tuki pyysi IP-osoitteen: [[IP:84.250.17.131]]. "
    "Käytän Elisan liittymää. [[P:Markku Heinonen]]",

    "Varaamon maksusivulla virhe, IP [[IP:176.93.102.44]], aika 8.12.2026 klo 9.41. Varaus ei tallentunut mutta "
    "maksu lähti. [[E:anu.karvonen@gmail.com]]",

    "Joku kirjoittaa Kerrokantasiin minun nimellä ([[P:Erja Huhtala]]) rasistisia kommentteja! Se en ole minä. "
    "Voisitteko katsoa mistä koneesta ne tulee? Oma IP:ni on [[IP:88.114.3.207]].",

    "OmaStadi-äänestys: oppilaat äänestivät koulun koneilta, kaikilla sama ip [[IP:193.166.82.5]]. Eihän niitä "
    "ääniä hylätä? Eri ihmiset kyllä äänesti. t. opettaja [[P:Hiltunen]]",

    "Katolta pudotettiin lunta suoraan autoni päälle [[A:Mäkelänkatu 56]] edessä, taloyhtiö ei ollut laittanut "
    "varoitusnauhoja. Auto [[R:RYT-630]], tuulilasi halki. Kuka korvaa? [[P:Antti Vesterinen]]",

    "Vieraspaikalla taloyhtiön pihassa [[A:Sturenkatu 41]] on jo kuukauden seissyt sama virolainen auto, "
    "kilvet [[R:512 BKT]]. Voiko pysäköinninvalvonta siirtää sen?",

    "Maksakaa korvaus tilille [[I:FI25 5769 0054 7012 33]] (tilinomistaja [[P:Heikki Toivonen]]). Päätös "
    "HEL 2026-002311.",

    "palautus tilille [[I:fi2752504230222384]] kiitos, [[P:kaisa m]]",

    "Varaamo ei hyväksy henkilötunnustani [[H:210983-146X]] vaikka suomi.fi-tunnistautuminen meni läpi. "
    "[[P:Niko Sarkkinen]]",

    "Omaishoidon tuen hakemus: hoidettava [[P:Lyyli Ahonen]] [[H:250745-8039]], omaishoitajana tytär "
    "[[P:Marja Ahonen]], [[T:040 771 0456]].",

    "[[P:Jussi P.]] kirjoitti: 'Raitiotie pilaa Hämeentien.'\n\nEi pilaa. Asun itse [[A:Hämeentie 67 A 9]] ja "
    "ratikka on paljon hiljaisempi kuin bussit.",

    "Kiitos [[P:Hannu Rinteelle]] ja hänen tiimilleen Kumpulan maauimalassa! Talviuinti toimi hienosti.",

    "tosi tylsää ku nuorisotalo on kiinni sunnuntaisin 😭 me [[P:Iida]], [[P:Siiri]] ja [[P:Veera]] halutaan "
    "et se ois auki",

    "Hei. Minun auto [[R:JMN-225]] vietiin siirtoon, mutta siellä ei ollut merkki. Minä soitan monta kertaa. "
    "Nyt pitää maksaa 250 €. Ei reilu. [[P:Khaled Al-Sayed]] [[T:045 612 3987]]",

    "Taloyhtiömme As Oy Roihuvuoren Kirsikka ([[A:Punahilkantie 8]]) haluaa kaataa kaksi huonokuntoista puuta "
    "tontin rajalta. Puut ovat kaupungin puolella. Isännöitsijä [[P:Timo Kangasniemi]], "
    "[[E:timo.kangasniemi@isannointikangasniemi.fi]]",

    "Kirjan 'Tuntematon sotilas' palautuksessa tapahtui virhe, järjestelmä väittää ettei sitä palautettu. "
    "Kortti on [[P:Väinö Lindroosin]] nimellä (isäni). Palautin sen Pasilan kirjastoon. [[P:Tiina]]",

    "Laskutusosoite: [[P:Kaija Räsänen]], [[A:Leppävaarankatu 11 C 29]], 02600 Espoo",

    "Sähköpostiin [[E:vesa.m@elisanet.fi]] ei tule varausvahvistuksia. Tarkistin roskapostin.",

    "Punaisia päin ajoi taas sama taksi Kurvissa klo 16.20, kilvessä [[R:TXA-339]]? en ehtinyt nähdä kunnolla.",

    "Minun nimeni on [[P:Anna-Liisa Björkman]] ja olen 79-vuotias. Asun [[A:Pohjoinen Hesperiankatu 15 A 4]]. "
    "Hissi taloon olisi tarpeen, kaupunki tukee kuulemma hissihankkeita? Miten haetaan?",

    "[[P:Virtanen]] tässä moi, Pihlajamäen omakotiyhdistyksestä. Aurausvalli [[A:Pihlajamäentie 30]] kohdalla "
    "on 1,5 m korkea eikä tonteilta pääse ulos.",

    "Lapsen koulumatkalla Siilitiellä kulkee rekka joka päivä 7.45, rekisteri [[R:BTX-904]]. Kuljettaja ajaa "
    "punaisia päin. Äiti [[P:Laura Nyström]]",

    "Olin eilen yhteydessä [[P:Heikki Toivoseen]] rakennusvalvonnasta ja hän lupasi soittaa takaisin, ei ole "
    "soittanut. Numero [[T:041 339 6642]].",

    "Meillä on ongelmia [[P:Peltosen]] koiran kanssa, se haukkuu yöt läpeensä rappukäytävässä, "
    "[[A:Kontulantie 14 B 30]]. Ympäristöpalvelut?",

    "Kävin eilen [[P:Ainon]] ja [[P:Oton]] kanssa Oodissa satutunnilla ja se oli ihana! Kiitos lukijalle.",

    "Ilmoittautumiset kaupunginosayhdistyksen joulukonserttiin Malmitalolle: [[E:kuoro.kaiku+ilmo@gmail.com]] "
    "tai tekstiviesti [[P:Marjalle]].",

    "Soita minulle [[T:+358417710092]] tai WhatsApp. [[P:Dmitri]]. Kysymys: pysäköinti Kontulan metroaseman "
    "parkkipaikalla, maksaako?",

    "Asiointi isän puolesta: [[P:Reino Salonen]] hetu [[H:030845-239p]], valtakirja liitteenä. Hän ei pysty "
    "itse käyttämään pankkitunnuksia.",

    "Pysäköintitunnuksen hakemus: [[P:Kaisu Vähä-Heikkilä]], [[H:210883-637Y]], auto [[R:ELK-318]], "
    "[[A:Sturenkatu 8 A 15]]",

    "Liikaa perityt varhaiskasvatusmaksut (joulukuu) palautetaan tilille [[I:FI30 5561 1082 7717 52]]. Lapsi "
    "[[P:Elmeri]], huoltaja [[P:Sanni Koivisto]].",

    "Tässä henkilötunnus jota pyysitte: [[H:050952-827K]]. Muut tiedot samat kuin aiemmin.",

    "Kaupunkibulevardit ovat virhe. Vihdintien bulevardi tuo tuhansia autoja lisää Pitäjänmäelle ja Konalaan, "
    "eikä kukaan ole laskenut mitä se tekee Kehä I:n liittymälle. Ratikka on hyvä, talot eivät.\n– "
    "[[P:Olli-Pekka]], Pitäjänmäki",

    "Ehdotan, että Oulunkylän kirjaston pihaan tehdään pieni lukupuutarha. Ehdotuksen tekijä "
    "[[P:Saara Kinnunen]] ja Oulunkylän lukupiiri. Lisätietoja [[T:050 997 1142]]",

    "Kioskin ([[A:Kaarlenkatu 11]]) ilmastointilaite hurisee 24/7 ja kuuluu makuuhuoneeseen. Asun yläkerrassa, "
    "[[A:Kaarlenkatu 11 B 26]]. [[P:Niklas]]",

    "Varaamo lähetti minulle oudon viestin: 'Uusi kirjautuminen laitteelta Windows, IP [[IP:37.33.190.12]], "
    "Espoo'. En ole kirjautunut! Tili [[E:sari.heiskanen@outlook.com]]",
]

# ---------------------------------------------------------------------------------------------------------------
# Small generators (deterministic, seeded)
# ---------------------------------------------------------------------------------------------------------------

# first names: nominative, genitive, allative, partitive
FIRST = [
    ("Matti", "Matin", "Matille", "Mattia"),
    ("Liisa", "Liisan", "Liisalle", "Liisaa"),
    ("Jukka", "Jukan", "Jukalle", "Jukkaa"),
    ("Aino", "Ainon", "Ainolle", "Ainoa"),
    ("Sanna", "Sannan", "Sannalle", "Sannaa"),
    ("Heikki", "Heikin", "Heikille", "Heikkiä"),
    ("Kirsi", "Kirsin", "Kirsille", "Kirsiä"),
    ("Ahmed", "Ahmedin", "Ahmedille", "Ahmedia"),
    ("Tuomas", "Tuomaksen", "Tuomakselle", "Tuomasta"),
    ("Riikka", "Riikan", "Riikalle", "Riikkaa"),
    ("Olli", "Ollin", "Ollille", "Ollia"),
    ("Marjut", "Marjutin", "Marjutille", "Marjutia"),
    ("Petteri", "Petterin", "Petterille", "Petteriä"),
    ("Elina", "Elinan", "Elinalle", "Elinaa"),
    ("Anneli", "Annelin", "Annelille", "Annelia"),
    ("Jari", "Jarin", "Jarille", "Jaria"),
    ("Timo", "Timon", "Timolle", "Timoa"),
    ("Satu", "Sadun", "Sadulle", "Satua"),
    ("Tuuli", "Tuulin", "Tuulille", "Tuulia"),
    ("Mustafa", "Mustafan", "Mustafalle", "Mustafaa"),
    ("Irina", "Irinan", "Irinalle", "Irinaa"),
    ("Lumi", "Lumin", "Lumille", "Lumia"),
    ("Onni", "Onnin", "Onnille", "Onnia"),
    ("Hanna", "Hannan", "Hannalle", "Hannaa"),
]

# surnames: nominative, genitive, allative
LAST = [
    ("Virtanen", "Virtasen", "Virtaselle"),
    ("Korhonen", "Korhosen", "Korhoselle"),
    ("Mäkinen", "Mäkisen", "Mäkiselle"),
    ("Laine", "Laineen", "Laineelle"),
    ("Heikkilä", "Heikkilän", "Heikkilälle"),
    ("Koskinen", "Koskisen", "Koskiselle"),
    ("Lindqvist", "Lindqvistin", "Lindqvistille"),
    ("Hakala", "Hakalan", "Hakalalle"),
    ("Salo", "Salon", "Salolle"),
    ("Rantanen", "Rantasen", "Rantaselle"),
    ("Järvinen", "Järvisen", "Järviselle"),
    ("Lehtonen", "Lehtosen", "Lehtoselle"),
    ("Savolainen", "Savolaisen", "Savolaiselle"),
    ("Ali", "Alin", "Alille"),
    ("Petrov", "Petrovin", "Petroville"),
    ("Karjalainen", "Karjalaisen", "Karjalaiselle"),
    ("Nurmi", "Nurmen", "Nurmelle"),
    ("Kallio", "Kallion", "Kalliolle"),
    ("Holmström", "Holmströmin", "Holmströmille"),
    ("Tran", "Tranin", "Tranille"),
]

# streets: nominative, adessive ("on the street")
STREETS = [
    ("Porvoonkatu", "Porvoonkadulla"), ("Hämeentie", "Hämeentiellä"), ("Sturenkatu", "Sturenkadulla"),
    ("Mäkelänkatu", "Mäkelänkadulla"), ("Fleminginkatu", "Fleminginkadulla"), ("Kontulantie", "Kontulantiellä"),
    ("Siilitie", "Siilitiellä"), ("Kallvikintie", "Kallvikintiellä"), ("Vanhaistentie", "Vanhaistentiellä"),
    ("Pohjoinen Hesperiankatu", "Pohjoisella Hesperiankadulla"), ("Malminkaari", "Malminkaarella"),
    ("Liusketie", "Liusketiellä"), ("Ulvilantie", "Ulvilantiellä"), ("Välimerenkatu", "Välimerenkadulla"),
    ("Leppävaarankatu", "Leppävaarankadulla"), ("Roihuvuorentie", "Roihuvuorentiellä"),
    ("Vuotie", "Vuotiellä"), ("Pihlajamäentie", "Pihlajamäentiellä"), ("Kustaankatu", "Kustaankadulla"),
    ("Agricolankatu", "Agricolankadulla"), ("Pengerkatu", "Pengerkadulla"),
    ("Ruoholahdenkatu", "Ruoholahdenkadulla"), ("Lauttasaarentie", "Lauttasaarentiellä"),
    ("Kirkonkyläntie", "Kirkonkyläntiellä"), ("Tikkurilantie", "Tikkurilantiellä"),
    ("Otaniementie", "Otaniementiellä"), ("Mannerheimintie", "Mannerheimintiellä"),
    ("Runeberginkatu", "Runeberginkadulla"), ("Castréninkatu", "Castréninkadulla"),
    ("Mustalahdentie", "Mustalahdentiellä"),
]

POSTAL = ["00530", "00510", "00940", "00980", "00550", "00250", "00180", "00200", "00700", "00810"]

HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
PLATE_LETTERS = "ABCDEFGHIJKLMNOPRSTUVXYZ"


def _ascii(s):
    return (s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a").replace("é", "e")
            .replace(" ", "").replace("-", ""))


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050", "050", "040"])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randint(0, 6)
    if style == 0:
        return f"{pre} {digits[:3]} {digits[3:]}"
    if style == 1:
        return f"{pre}{digits}"
    if style == 2:
        return f"+358 {pre[1:]} {digits[:3]} {digits[3:]}"
    if style == 3:
        return f"{pre}-{digits}"
    if style == 4:
        return f"+358{pre[1:]}{digits}"
    if style == 5:
        return f"{pre} {digits[:3]} {digits[3:5]} {digits[5:]}"
    land = "".join(str(rng.randint(0, 9)) for _ in range(7))
    return f"09 {land[:3]} {land[3:]}"


def _email(rng, first, last):
    f, l = _ascii(first), _ascii(last)
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "elisanet.fi", "kolumbus.fi", "saunalahti.fi",
                      "yahoo.com", "luukku.com", "icloud.com"])
    style = rng.randint(0, 4)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}.{l}"
    elif style == 2:
        local = f"{f}{l}{rng.randint(60, 99)}"
    elif style == 3:
        local = f"{f}_{l[:3]}"
    else:
        local = f"{l}.{f}"
    return f"{local}@{dom}"


def _hetu(rng):
    year = rng.randint(1935, 2008)
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    n = rng.randint(2, 899)
    base = f"{d:02d}{m:02d}{year % 100:02d}"
    sign = "-" if year < 2000 else "A"
    return f"{base}{sign}{n:03d}{HETU_CHARS[int(base + f'{n:03d}') % 31]}"


def _iban(rng):
    bban = rng.choice("14568") + "".join(str(rng.randint(0, 9)) for _ in range(13))
    num = "".join(str(int(c, 36)) for c in bban + "FI00")
    check = 98 - int(num) % 97
    iban = f"FI{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def _plate(rng):
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(rng.choice([3, 3, 3, 2])))
    num = str(rng.randint(1, 999))
    style = rng.randint(0, 5)
    if style == 4:
        return f"{letters.lower()}-{num}"
    if style == 5:
        return f"{letters}{num}"
    return f"{letters}-{num}"


def _addr(rng, adessive=False):
    nom, ade = rng.choice(STREETS)
    num = rng.randint(1, 60)
    flat = rng.choice(["", "", f" {rng.choice('ABCDEF')} {rng.randint(1, 60)}", f" as {rng.randint(1, 40)}",
                       f" as. {rng.randint(1, 40)}", f" {rng.choice('abc')} {rng.randint(1, 30)}",
                       f" {rng.choice('ABC')}{rng.randint(1, 30)}"])
    return f"{ade if adessive else nom} {num}{flat}"


def _person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


ROOMS = ["Maunulatalon sali", "Stoan musiikkistudio", "Vuotalon Kamari", "Malmitalon kokoushuone",
         "Kannelmäen kirjaston ryhmätila", "Oodin ryhmätila 3", "Kallion kirjaston kokoushuone",
         "Kanneltalon monitoimisali", "Töölön kirjaston ryhmätila", "Vallilan kirjaston pelihuone",
         "Myllypuron mediakirjaston studio", "Arabian kirjaston kokoushuone", "Itäkeskuksen kirjaston Satusali"]
DAYS = ["ma 12.1.", "ti 13.1.", "ke 21.1.", "to 29.1.", "pe 6.2.", "la 14.2.", "su 22.2.", "la 7.3.", "ke 18.3."]
TIMES = ["9–11", "10–14", "12.30–15", "17–19", "18–21", "16.00–20.00", "13–15.30"]
CLUBS = ["Kontulan shakkikerho", "Lauttasaaren eläkeläiset ry", "Vuosaaren somaliperheyhdistys ry",
         "Malmin partiolippukunta", "Kallion neulekahvila", "Herttoniemen lukupiiri", "Pasilan kuoro ry",
         "Itäkeskuksen ukrainalaiset äidit"]
EQUIP = ["videotykki ja valkokangas", "mikrofoni ja kaiuttimet", "kahvinkeitin", "20 tuolia ja 4 pöytää",
         "piano", "fläppitaulu"]


def _gen_varaamo(rng, n):
    out = []
    for i in range(n):
        (f, fg, fa, fp), (l, lg, la) = _person(rng)
        room, day, time = rng.choice(ROOMS), rng.choice(DAYS), rng.choice(TIMES)
        k = i % 9
        if k == 0:
            t = (f"Varaaja: [[P:{f} {l}]]\nPuh: [[T:{_phone(rng)}]]\nSähköposti: [[E:{_email(rng, f, l)}]]\n"
                 f"Tila: {room}, {day} klo {time}")
        elif k == 1:
            when = rng.choice(["perjantaina klo 15", "huomenna klo 16.30", "aamulla klo 8", "edellisenä iltana klo 19",
                               "torstaina klo 12"])
            t = (f"[[P:{f}]] hakee avaimet {when}. Jos ei tavoita, soittakaa [[P:{fa}]] numeroon "
                 f"[[T:{_phone(rng)}]].")
        elif k == 2:
            t = (f"Varaus: {rng.choice(CLUBS)}, vastuuhenkilö [[P:{f} {l}]]. {room}, {day} klo {time}. "
                 f"Noin {rng.randint(6, 40)} henkeä.")
        elif k == 3:
            t = (f"hei! tarvitaan {room.lower()} {day} klo {time}, {rng.randint(4, 30)} hlö. terveisin "
                 f"[[P:{f.lower()}]] ([[T:{_phone(rng)}]])")
        elif k == 4:
            t = (f"Laskutusosoite: [[P:{f} {l}]], [[A:{_addr(rng)}]], {rng.choice(POSTAL)} Helsinki. "
                 f"Viite: {rng.randint(10000, 99999)}")
        elif k == 5:
            t = (f"{room}, {day} klo {time}. {rng.randint(8, 60)} osallistujaa. Tarvitaan "
                 f"{rng.choice(EQUIP)}. {rng.choice(['Kiitos!', '', 'Ovi auki 15 min ennen.'])}").strip()
        elif k == 6:
            t = (f"Varaus nro {rng.randint(20000, 99999)} peruttu. Uusi aika {rng.choice(DAYS)} klo "
                 f"{rng.choice(TIMES)}, sama tila ({room}).")
        elif k == 7:
            (f2, _, _, _), (l2, _, _) = _person(rng)
            t = (f"Pääsyoikeus varaukseen: [[P:{f} {l}]] ja [[P:{f2} {l2}]]. Ovikoodi toimitetaan tekstiviestillä "
                 f"numeroon [[T:{_phone(rng)}]].")
        else:
            t = (f"Muutos varaukseen {rng.randint(20000, 99999)}: varaajaksi vaihtuu [[P:{f} {l}]] "
                 f"([[E:{_email(rng, f, l)}]]), entinen varaaja muuttaa pois Helsingistä.")
        out.append(t)
    return out


ISSUES = ["on iso kuoppa keskellä ajorataa", "katuvalo ei pala", "jalkakäytävä on aivan peilijäässä",
          "roska-astia on kaatunut ja roskat on levinneet pitkin katua", "lumikasa peittää suojatien näkyvyyden",
          "vesijohto vuotaa ja kadulle muodostuu jäätä", "on hylätty sähköpotkulauta keskellä jalkakäytävää",
          "liikennemerkki on kaatunut", "kaivon kansi puuttuu", "seinä on täynnä graffiteja",
          "pyörätie on auraamatta", "on rikkinäinen penkki jonka naulat sojottaa"]
LANDMARKS = ["koulun kohdalla", "bussipysäkin vieressä", "K-marketin edessä", "ratikkapysäkin kohdalla",
             "leikkipuiston kulmalla", "kirjaston edessä", "suojatien kohdalla", "alikulun suulla",
             "päiväkodin portin luona"]
PREFIX = ["", "", "Hei, ", "Moi! ", "Ilmoitus: ", "HUOM ", "Hyvä vastaanottaja, "]
SUFFIX = ["Korjatkaa pian.", "Tämä on vaarallinen!", "Sama ongelma oli viime talvena.", "Kiitos.", "🙏",
          "Kuvia voin lähettää.", "", "Jo toinen viikko."]


def _gen_open311(rng, n):
    out = []
    for i in range(n):
        nom, ade = rng.choice(STREETS)
        issue = rng.choice(ISSUES)
        pre = rng.choice(PREFIX)
        positive = i % 3 != 2
        if positive:
            loc = f"[[A:{ade} {rng.randint(1, 80)}]]"
        else:
            loc = f"{ade} {rng.choice(LANDMARKS)}"
        body = f"{pre}{loc} {issue}. {rng.choice(SUFFIX)}".strip()
        sig_kind = rng.randint(0, 5)
        if not positive:
            body += rng.choice(["", "", " t. asukas", " -Kalliolainen", " Terveisin lapsiperhe"])
        elif sig_kind == 1:
            (f, _, _, _), (l, _, _) = _person(rng)
            body += f"\n[[P:{f} {l}]]"
        elif sig_kind == 2:
            (f, _, _, _), _ = _person(rng)
            body += f" t. [[P:{f}]] [[T:{_phone(rng)}]]"
        elif sig_kind == 3:
            (f, _, _, _), (l, _, _) = _person(rng)
            body += f" Vastaus: [[E:{_email(rng, f, l)}]]"
        elif sig_kind == 4:
            (f, _, _, _), _ = _person(rng)
            body += f" -[[P:{f.lower()}]]"
        out.append(body)
    return out


INCIDENTS = [
    "Auto ajoi kuoppaan ja rengas puhkesi",
    "Liukastuin jäisellä jalkakäytävällä ja ranne murtui",
    "Aura-auto kolhi pysäköityä autoani",
    "Kaupungin puusta putosi oksa auton konepellille",
    "Katutyömaan aita kaatui tuulessa autoni kylkeen",
    "Hiekoitussepeli rikkoi tuulilasin",
    "Lumikasa pudotettiin katolta autoni päälle",
]


def _gen_compensation(rng, n):
    out = []
    for i in range(n):
        (f, _, _, _), (l, _, _) = _person(rng)
        inc = rng.choice(INCIDENTS)
        nom, ade = rng.choice(STREETS)
        date = f"{rng.randint(1, 28)}.{rng.choice([9, 10, 11])}."
        fields = [("Hakija", f"[[P:{f} {l}]]")]
        pool = [("Henkilötunnus", f"[[H:{_hetu(rng)}]]"), ("Tilinumero", f"[[I:{_iban(rng)}]]"),
                ("Rekisterinumero", f"[[R:{_plate(rng)}]]"), ("Osoite", f"[[A:{_addr(rng)}]]"),
                ("Puhelin", f"[[T:{_phone(rng)}]]")]
        if "Liukastuin" in inc:
            pool = [p for p in pool if p[0] != "Rekisterinumero"]
        rng.shuffle(pool)
        fields += pool[: rng.randint(2, 3)]
        style = i % 3
        if style == 0:
            head = "VAHINGONKORVAUSHAKEMUS\n"
            lines = "\n".join(f"{k}: {v}" for k, v in fields)
            t = f"{head}{lines}\nTapahtuma: {date} {inc} {ade}. Kuitit liitteenä."
        elif style == 1:
            parts = ", ".join(f"{k.lower()} {v}" for k, v in fields[1:])
            t = f"{inc} {date} {ade}. Haen korvausta. {fields[0][1]}, {parts}."
        else:
            lines = "; ".join(f"{k} {v}" for k, v in fields)
            t = f"Korvausvaatimus ({inc.lower()}, {ade}, {date}) – {lines}"
        out.append(t)
    return out


NEG_PLACES = ["Kaivopuistossa", "Töölönlahden rannassa", "Sibeliuksen puistossa", "Alppipuistossa",
              "Keskuspuistossa", "Kivikon liikuntapuistossa", "Aleksis Kiven kadulla", "Mannerheimintiellä",
              "Urho Kekkosen kadulla", "Runeberginkadulla", "Itäkeskuksen metroasemalla", "Malmin asemalla",
              "Paavo Nurmen tiellä", "Kustaa Vaasan tiellä", "Topeliuksenkadulla", "Ida Aalbergin tiellä"]
NEG_ISSUES = ["katuvalot ovat olleet pimeänä", "hiekoitus puuttuu", "roskikset ovat täynnä",
              "jalkakäytävä on auraamatta", "penkit on viety pois", "pyöräteline on rikki",
              "lumi on kasattu suojatielle", "vesilätäkkö jäätyy joka yö"]
NEG_TIMES = ["jo viikon", "maanantaista asti", "joulukuun alusta", "klo 16 jälkeen joka päivä",
             "viimeiset kolme päivää", "8.12. alkaen"]
NEG_EXTRA = ["Bussi 55 kulkee ohi joka 10 min.", "Ratikkalinja 4 pysäkki on vieressä.",
             "Palautteen numero 2026-0{n}.", "Postinumero {p}.", "Aukioloajat ma–pe 8–20.",
             "Toivon korjausta ennen joulua.", "Onni, lumi ja tuuli ovat kauniita sanoja, mutta jäässä ei ole "
             "mitään kaunista.", "Koiramme Musti kaatui jo kahdesti.", "Lippu maksaa 3,20 €.",
             "Asia on HEL 2026-00{n}.", ""]


def _gen_negatives(rng, n):
    out = []
    for _ in range(n):
        place = rng.choice(NEG_PLACES)
        t = f"{place} {rng.choice(NEG_ISSUES)} {rng.choice(NEG_TIMES)}."
        extra = rng.choice(NEG_EXTRA).format(n=rng.randint(1000, 9999), p=rng.choice(POSTAL))
        if extra:
            t += " " + extra
        if rng.random() < 0.3:
            t = rng.choice(["Hei, ", "Moi. ", "Palaute: "]) + t
        out.append(t)
    return out


def records():
    rng = random.Random(SEED)
    texts = list(HAND)
    texts += _gen_varaamo(rng, 22)
    texts += _gen_open311(rng, 21)
    texts += _gen_compensation(rng, 12)
    texts += _gen_negatives(rng, 4)
    return [("fi", t) for t in texts]
