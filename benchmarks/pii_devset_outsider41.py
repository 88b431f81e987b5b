"""Blind evaluation block 41 for the personal-data scrubber.

Written by helper "outsider 41" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the brief handed to me). I ran no git commands, did not run the scrubber and
did not run any evaluation. The texts come only from the brief and my own knowledge of how people write.

Focus: Open311 feedback messages in Finnish (about 85 %) and Swedish (about 15 %) typed quickly on a phone by
teenagers and by elderly residents: slang and spoken Finnish ("mä", "sä", "meiän", "tos", "kattokaa"),
dialect, all lower case, no punctuation, typos, emojis, names misspelled or in lower case ("jukka",
"pirjo-liisa", "virtasen"), hyphenated names with case endings ("Anna-Liisalle", "Pirjo-Liisan",
"Jukka-Pekalta"), initials alone or with a surname ("M.V.", "t. RK", "J. Virtanen"), signatures of every kind
("t. mummo Helvi", "terv. Eskon isä", "-Veikko 82v"), grandchildren and neighbours by first name, pets by name
(hard negatives: "koira Musti", "kissa Mirri"), bus drivers and shop staff by first name, phone numbers mostly
as digits (rarely in words or with odd spacing), addresses with house numbers in spoken form ("asun tos
Kontulantie 5:ssä"). Hard negatives: slang words that look like names, place names in spoken forms ("Itis",
"Stadi", "Hesa", "Kontsa", "Malmi"), brands, bus lines, TV programmes, football clubs, famous people, streets
without numbers, case numbers, dates, prices, opening hours.

Seed: 4141 (SEED below); the generated part uses random.Random(SEED) only.

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (first name, surname, full
name, nickname, initials joined to a name; any case; Finnish case endings and Swedish genitive -s inside the
span; role words and titles outside), E e-mail address, T phone number (whole number, country code included),
H Finnish personal identity code, I IBAN or bank account number, R vehicle licence plate, IP IP address,
A street address with a house number (street + number + staircase + flat; postal code and city outside; a
street without a number is not marked). Famous people and names of streets, parks, buildings and brands are
not marked.
"""

import random

SEED = 4141

# ---------------------------------------------------------------------------
# Hand-written records, part 1: Finnish Open311 messages with personal data
# ---------------------------------------------------------------------------
_HAND_1 = [
    ("fi", "moi mä asun tos [[A:Kontulantie 5:ssä]] ja meiän pihal on ollu joku rikkinäinen sohva jo kolme viikkoo kattokaa ny pliis 🙏"),
    ("fi", "hei kun tänään aamul se kuski [[P:jari]] siinä 94 dösässä ei ottanu mua kyytiin vaik mä juoksin ihan vieres ja heilutin 😡😡"),
    ("fi", "Hyvä kaupunki Hiekoitusta ei ole tehty meidän kadulla ollenkaan. Kaaduin eilen ja käsi on kipeä. Asun [[A:Kivikonkaari 14 A 6]]. t. mummo [[P:Helvi]]"),
    ("fi", "terve tos meiän talon edessä [[A:Myllypurontie 21]] on roska-astiat kaatunu ja varikset levittää kaikki pitkin nurmikkoo. terv. [[P:Eskon]] isä"),
    ("fi", "Portaikon lamppu rikki jo kuukauden, pimeää kulkea rollaattorin kanssa. Soittakaa [[T:040 718 2236]] jos tarvii lisätietoa. -[[P:Veikko]] 82v"),
    ("fi", "mun mummu [[P:pirjo-liisa]] kaatu tos sillan kohdal koska siin on iso kuoppa ja vesi jäätyy siihe joka yö. korjatkaa se"),
    ("fi", "välittäkää kiitos [[P:Anna-Liisalle]] puistotyöstä, hän kävi eilen katsomassa ja lupasi että penkit korjataan 👍"),
    ("fi", "Hei. Tämä koskee [[P:Pirjo-Liisan]] jo aiemmin lähettämää palautetta, naapurin auto [[R:GKP-418]] on taas parkissa pelastustiellä. En jaksa enää."),
    ("fi", "sain [[P:Jukka-Pekalta]] kaupungin puolelta vastauksen et asia on käsittelyssä mut mitään ei oo tapahtunu. ihan turhaa"),
    ("fi", "liukasta liukasta liukasta!!! Sivukadut ihan peilijäässä. [[P:M.V.]]"),
    ("fi", "Kiitos kun lumet aurattiin niin nopeasti viime yönä. Hyvää joulua kaikille aurakuskeille. t. [[P:RK]]"),
    ("fi", "Leikkipuiston keinu on ollut rikki kesästä asti. Lapsenlapset [[P:Eetu]] ja [[P:Aada]] eivät pääse keinumaan kun tulevat kylään. [[P:J. Virtanen]]"),
    ("fi", "meiän rapun ovi ei mee lukkoo ja yöl tääl nukkuu joku. asun [[A:Ostostie 3 B 22]] soittakaa [[T:0449817320]]"),
    ("fi", "moikka!! mä ja mun kaveri [[P:niko]] löydettiin tost puistost tosi paljon neuloja 😬 pliis siivotkaa ku siin leikkii pikkulapsii"),
    ("fi", "Naapurin [[P:virtasen]] koira haukkuu yöt läpeensä ja he eivät reagoi. Tiedän ettei tämä ehkä kuulu teille mutta kenelle sitten"),
    ("fi", "kuski [[P:Sami]] 561 linjalla oli tosi ystävällinen ja auttoi mun mummun rollaattorin kanssa kyytiin, kiitos hänelle ❤️"),
    ("fi", "Alepan [[P:Minna]] sanoi että kaupungin pitää hoitaa tuo kaupan edessä oleva kuoppa, eli hoitakaa. Terv. [[P:Aune Lindholm]] 79 v"),
    ("fi", "asun tos [[A:Kontulankaari 7:ssä]] kolmannes kerrokses ja alhaal on joka ilta porukkaa huutamas ja rikkomas pulloi. mul on pieni vauva"),
    ("fi", "hei mun nimi on [[P:eelis]] oon 14 ja meiän koulun vieres suojatiel ei oo yhtää valoo ja autot ajaa tosi lujaa. joku jää viel alle"),
    ("fi", "Pyydän että joku ottaa yhteyttä minuun [[T:09 3487 1120]] koska en käytä sähköpostia. [[P:Eino Kärkkäinen]], [[A:Pihlajamäentie 11 C 40]]"),
    ("fi", "mun pojanpoika [[P:Oskari]] kirjottaa tän puolestani. Penkki pysäkillä on viety pois enkä jaksa seistä. terv. [[P:Aili]] 88v"),
    ("fi", "Tää koskee [[P:Jonnen]] ja mun havaintoa eilen: tos [[A:Malminkaari 5]] edes on puu kaatunu kevyenliikenteen väylälle"),
    ("fi", "hei ku meiän naapuri [[P:Raili]] ei pääse ulos ko lunta on niin paljon oven eessä. hän on 90 vee. [[A:Alakiventie 4 A 2]]"),
    ("fi", "roskis täynnä taas!!!! soittakaa vaik mulle [[T:050 331 92 08]] ni kerron missä. [[P:tiia]]"),
    ("fi", "Hyvät herrat. Olen asunut [[A:Kirkonkyläntiellä 18]] 50 vuotta enkä ole koskaan nähnyt näin huonoa katujen hoitoa. [[P:Toivo Mäkelä]]"),
    ("fi", "meiän koira Musti astu lasinsirpaleisiin koirapuistos 😢 joku heittää pulloi sinne joka viikonloppu. terkuin [[P:Sanna]] ja Musti"),
    ("fi", "Viesti [[P:Heikki Salosen]] puolesta: hänen postilaatikkonsa kaadettiin aurauksessa. Osoite [[A:Latokartanontie 9 B 15]], puh [[T:0407726154]]"),
    ("fi", "mä ja [[P:veeti]] nähtiin et joku sprayas koko alikulun täyteen eilen yöllä. ei se ollu kukaan meiän koulust ok"),
    ("fi", "Kiitos [[P:Tarjalle]] asukaspuistosta, kun jaksoi kuunnella. Meidän pihan hiekkalaatikko on yhä täynnä kissankakkaa."),
    ("fi", "Tämä on jo kolmas kerta kun ilmoitan. Katulamppu [[A:Jakomäentie 6]] kohdalla vilkkuu. Palaute [[P:Kaarina S.]]"),
    ("fi", "kattokaa ny tätä 😤 meiän rapun edes on ollu vuotava jätesäkki maanantaist asti. [[A:Siilitie 9 D 51]]. [[P:aleksi]] t."),
    ("fi", "mun isoäiti [[P:Sirkka-Liisa]] ei uskalla mennä kauppaan ku jalkakäytävä on niin huono. voisko joku tulla kattoo. hänen numero [[T:045 112 8930]]"),
    ("fi", "Pysäkin katos rikottu taas, lasit maassa. Huomasin tämän kun olin viemässä [[P:Ellaa]] tarhaan. t. [[P:Ellan]] äiti"),
    ("fi", "heii tos [[A:Kallvikintie 23:n]] kohal on iso reikä aidas ja pikkulapset pääsee suoraa tielle. korjatkaa ennenku sattuu jotain"),
    ("fi", "Sähköpostiini [[E:helvi.nurmi45@gmail.com]] voi vastata. Lumet on taas aurattu pysäköintipaikoille ja autoni on jumissa."),
    ("fi", "Minulle ei ole vieläkään vastattu. Nimi [[P:Matti Hyvönen]], henkilötunnus [[H:150648-372W]], asia koskee asukaspysäköintitunnusta."),
    ("fi", "Pyydän palauttamaan väärin perityn pysäköintivirhemaksun tililleni [[I:FI21 1234 5600 0007 85]]. Auto [[R:ZXT-912]]. [[P:E. Koskinen]]"),
    ("fi", "terkkui [[P:Jukalle]] joka korjas meiän keinun tosi nopeesti!! 😎 t. [[P:Venla]] 9v (äiti kirjotti)"),
    ("fi", "naapurin pojat [[P:Miro]] ja [[P:Leevi]] sanoo et alikulus on rotta. mä en oo nähny mut ne näytti kuvan. tutkikaa"),
    ("fi", "Hei, tässä vielä minun tyttären numero jos en itse vastaa: [[T:+358 50 447 2913]]. Asia: puiden kaato [[A:Vuosaarentie 8]]. [[P:Liisa Hakala]]"),
    ("fi", "juu mä oon se joka soitti eilen. [[P:pekka]] tässä. se katuvalo palaa vieläki päivällä, tuhlausta"),
    ("fi", "Kun kävelin koira Nellin kanssa huomasin että puistonpenkki on kaatunut. Ei hätää mutta ilmoitan. [[P:Ritva]]"),
    ("fi", "Meijän mummola on [[A:Meripellontie 15 A 3]] ja sinne ei pääse taksi ku tie on kaivettu auki. kukaan ei kertonu mitää. [[P:Jenna]] (lapsenlapsi)"),
    ("fi", "Kiitos kaupungin [[P:Markolle]] joka kävi katsomassa viemärin. Nyt vesi ei enää tulvi pihaan. [[P:Aarne]] ja [[P:Kerttu]]"),
    ("fi", "[[P:m. virtanen]] tässä, kaupungin vuokratalon pyykkitupa on ollut lukossa kaksi viikkoa. [[E:mvirtanen1949@suomi24.fi]]"),
]

# ---------------------------------------------------------------------------
# Hand-written records, part 2: Finnish hard negatives (no personal data)
# ---------------------------------------------------------------------------
_HAND_2 = [
    ("fi", "itiksen metroasemal hissi taas rikki 😤 miten mummot pääsee ylös"),
    ("fi", "kontsan ostarin takana on ihan älytön määrä roskii, ei kukaan siivoo ikinä"),
    ("fi", "Hesa on ihan paska talvel ku mitää ei aurata!!! stadissa ennen hoidettiin nää asiat"),
    ("fi", "malmin asemalla haisee kusi koko tunneli, siivotkaa pliis"),
    ("fi", "meiän kissa Mirri ei uskalla ulos ku koko ajan räjäytellään raketteja pihalla vaikka uusvuos on jo ohi"),
    ("fi", "koira Musti ja mä kävellään joka aamu Kivikon ulkoilupuistossa ja polku on ihan mutaa. laittakaa soraa"),
    ("fi", "97 ja 97N kulkee ihan miten sattuu, tänään ei tullu yhtää bussia puoleen tuntiin"),
    ("fi", "Spora 7 seisoo Hakiksella aina 10 min, miks??"),
    ("fi", "Lidlin parkkiksella on ollu rikkinäinen ostoskärry lätäkössä koko viikon lol"),
    ("fi", "HJK:n pelin jälkeen Sonera Stadiumin ympäristö ihan täynnä tölkkejä. kuka siivoo"),
    ("fi", "Toivo on kova mutta usko loppuu kun tämä lamppu ei ikinä korjaannu. Tapiolantien valot pimeänä"),
    ("fi", "Onni oli matkassa kun ei kaatunut tuossa jäällä. Hiekoittakaa Siilitien jalkakäytävä"),
    ("fi", "Kummelissa oli joskus sketsi juuri tästä, kun kukaan ei korjaa mitään. Nyt se on totta meidän kadulla 😂"),
    ("fi", "Salattujen elämien aikaan ei voi kuulla mitään ku lehtipuhallin pärisee pihalla illalla klo 19"),
    ("fi", "Mannerheimintiellä Oopperan kohdalla pyörätie loppuu yhtäkkiä. Vaarallinen paikka!"),
    ("fi", "Kalliossa Vaasankadulla on taas pullonsirpaleita joka puolella. Viikonloppuisin aina sama."),
    ("fi", "tapaus HEL 2026-014477 ei oo vieläkää hoidettu vaik lupasitte 2 viikos"),
    ("fi", "Lumikasa Ostostien ja Keinulaudantien risteyksessä peittää näkyvyyden kokonaan. Autoilijat ei näe jalankulkijoita."),
    ("fi", "Kiitos Oodin henkilökunnalle ystävällisyydestä. Kirjasto on paras paikka Hesassa"),
    ("fi", "aleksilla joulukadun valoista puolet on rikki, ei näytä kivalta turisteille"),
    ("fi", "manskulla pysäkillä Kansaneläkelaitos ei oo aikataulunäyttöö vieläkää"),
    ("fi", "Mellarin metroaseman vessat suljettu, ja ne on aina suljettu. Miks ne on olemas?"),
    ("fi", "sörkan rantaan on tuotu joku iso kontti ja se on ollu siin kuukauden. onks se tarkotuksella"),
    ("fi", "kaivarin koirapuiston aidas on reikä ja koirat karkaa. meiän Rekku melkein karkas tielle"),
    ("fi", "Vuokis rannassa hiekkaa ei oo vaihdettu ikuisuuteen, täynnä tupakantumppeja"),
    ("fi", "Myllis ostari pimeä illalla, valot ei toimi. kaikki pelkää kulkee siitä"),
    ("fi", "Hertsin kirjaston edessä pyörätelineet kaatunu. pliis nostakaa ne"),
    ("fi", "Sibeliuksen puistossa monumentin vieressä roskikset pursuaa, turistit ottaa kuvia roskakasoista"),
    ("fi", "Runebergin päivänä tortut loppu mut se ei oo teidän vika 😅 mut tos Runeberginkadun pyöräkaistalla on kuoppa"),
    ("fi", "Hesburgerin edessä Itäkeskuksessa aina roskia, laittakaa isompi roskis"),
    ("fi", "Wolt- ja Foodora-lähetit ajaa jalkakäytävällä tosi kovaa Fredalla, joku jää alle"),
    ("fi", "Tier ja Voi skuutit kasassa suojatien päällä Kampissa taas. kuka näistä vastaa"),
    ("fi", "Palvelupiste auki ma-pe 8-16 mutta kukaan ei vastaa puhelimeen klo 12-13. ei kiva"),
    ("fi", "maksoin 80 € pysäköintivirhemaksun vaik mul oli lippu auton ikkunas. viite 2026/88123 tarkistakaa"),
    ("fi", "Tänään 4.12. klo 7.45 Kontulan metroaseman liukuportaat pysähtyivät kesken, ihmiset melkein kaatui"),
    ("fi", "Aurora-sairaalan pysäkillä ei ole katosta ja vanhukset seisoo sateessa"),
    ("fi", "Kaisaniemen puistossa on ollut sama rikkinäinen penkki kolme kesää."),
    ("fi", "kaverit sanoo ettei Kumpulan maauimalaa avata ensi kesänä, onks se totta?? 😭"),
    ("fi", "Teemu Pukki pelas ennen tossa meiän kentällä ja nyt se kenttä on ihan rapakkoo. korjatkaa tekonurmi"),
    ("fi", "Sauli Niinistö kävi joskus meidän koululla. Nyt koulun piha on täynnä kuoppia ja kukaan ei välitä"),
    ("fi", "Jokerien peli-iltana ratikkapysäkillä ei mahdu seisomaan. lisää vuoroja"),
    ("fi", "ressun edessä liikennevalot ei toimi aamulla ollenkaan"),
    ("fi", "lumi sataa lumi sulaa ja kukaan ei hiekoita. jalkakäytävät on yhtä luistinrataa"),
    ("fi", "Aamulla klo 6 roska-auto kolisee. Voisko tulla vaikka 8 jälkeen?"),
    ("fi", "Postinumero 00940 alueella ei ole tyhjennetty paperinkeräystä kuukauteen."),
    ("fi", "Tuuli kaatoi aidan Kontulan urheilupuistossa, se makaa vieläkin maassa"),
    ("fi", "Pasilan sillalla tuulee niin paljon että mummot ei pysy pystyssä. Kaiteet puuttuu osittain."),
    ("fi", "Prisman ja K-Citymarketin välissä oleva suojatie on haalistunut kokonaan"),
    ("fi", "Lauttiksella ranta-aitaus lahonnu ja lapset kiipeilee siinä, vaarallista"),
    ("fi", "rautsikan edes kyyhkyset ja lokit ja kaikki on ihan täynnä kakkaa 🤢"),
    ("fi", "Tapanilan urheilupuiston kentän valot palaa koko yön tyhjälle kentälle"),
    ("fi", "Putous alkaa 20.00 ja silloin naapuri alkaa poraa joka viikko. ei kuulu teille tiedän mut kenelle"),
]

# ---------------------------------------------------------------------------
# Hand-written records, part 3: Swedish messages, with and without personal data
# ---------------------------------------------------------------------------
_HAND_3 = [
    ("sv", "hej gatlampan utanför [[A:Tölögatan 4]] har varit sönder i tre veckor nu. det är mörkt och jag är rädd att gå ut. mvh [[P:Gunnel]] 84 år"),
    ("sv", "min granne [[P:Birgittas]] brevlåda har plogats ner igen. hon ringer inte själv så jag skriver. [[P:Ulla-Britt Sjöberg]]"),
    ("sv", "tjena asså busschauffören [[P:Micke]] på 55:an sa att vi inte fick ta in cykeln fast det fanns plats 🙄"),
    ("sv", "Tack till [[P:Anna-Karin]] på stadens kundtjänst som hjälpte mig så snabbt! hälsningar farmor [[P:Ingrid]]"),
    ("sv", "det är så halt på trottoaren vid [[A:Mannerheimvägen 104]] att jag inte kan gå till apoteket. ring mig [[T:040 552 1847]] / [[P:Rurik]]"),
    ("sv", "mitt barnbarn [[P:Elias]] hjälper mig skriva. Bänken vid busshållplatsen är borttagen. hälsar [[P:Märta Lindqvist]], [[A:Drumsövägen 12 C 9]]"),
    ("sv", "jag heter [[P:alva]] och är 13 och vi har ingen belysning på skolvägen längs [[A:Kallviksvägen 40]] typ alls"),
    ("sv", "Ang. ärende från [[P:K-G Holmbergs]] fru: soporna har inte hämtats sedan den 20 november. [[E:kg.holmberg@kolumbus.fi]]"),
    ("sv", "Parkeringsboten ska betalas tillbaka till [[I:FI33 5723 0020 0491 23]], bilen [[R:JKO-357]] hade giltigt tillstånd. /[[P:B. Forsman]]"),
    ("sv", "hälsningar [[P:Stig]] 87 år, jag bor på [[A:Brobergskajen 5 A 11]] och hissen har inte fungerat på två veckor"),
    ("sv", "hej det e [[P:linnea]] här igen, samma problem med vattnet i tunneln vid Hertonäs metro"),
    ("sv", "Tack [[P:Jukka-Pekka]] och hela plogteamet! Äntligen kan vi ta oss ut. /[[P:Sigrid]] och katten Misse"),
    ("sv", "Katten Misse sitter i trädet igen i Brunnsparken, men det är inte ert problem, bara att grenen håller på att brytas av"),
    ("sv", "Busslinje 55 kommer aldrig i tid på morgonen. Senast idag 30 minuter sen."),
    ("sv", "Ros och ris: ros för att Esplanaden är fint upplyst, ris för att trottoarerna är isiga"),
    ("sv", "Det ligger en stor sten mitt på cykelvägen vid Tölöviken, nån kommer att köra på den i mörkret"),
    ("sv", "IFK:s match på Sonera i lördags lämnade skräp överallt i Djurgården"),
    ("sv", "Stadsbiblioteket Ode är fantastiskt men toaletterna på tredje våningen är alltid trasiga"),
    ("sv", "Vid Tove Janssons park i Skatudden har någon sprejat grafitti på parkbänkarna"),
    ("sv", "Ärende HEL 2026-019902 är fortfarande öppet trots att ni lovade svar inom 14 dagar."),
    ("sv", "Öppettiderna för simhallen i Forum ändrades till 6-20 utan att någon informerades"),
    ("sv", "Stan e så kall och ingen sandar nånting, halkade två gånger vid Stockmann idag"),
    ("sv", "Vi har en björn på gården!! skämt det är en jättestor hund som springer lös varje kväll vid Kronbergsstranden"),
    ("sv", "Linnea blommar vid Arabiastranden men någon har kört med bil över hela ängen"),
    ("sv", "Gatan vid Sibeliusparken har stora potthål, min cykel gick sönder"),
    ("sv", "Mitt pass försvann på spårvagn 4 igår kväll kl 22.15. Finns hittegods på HRT?"),
]

# ---------------------------------------------------------------------------
# Hand-written records, part 4: more Finnish, mixed, signatures and near misses
# ---------------------------------------------------------------------------
_HAND_4 = [
    ("fi", "Hei! Olen [[P:Lahja Korhonen]] 86 v ja asun yksin. Kotiportaani [[A:Kaarelantiellä 7]] on niin liukas että pelkään. Auttakaa."),
    ("fi", "lahja tuli perille mut paketti oli jätetty ulos sateeseen, postilaatikot pitäis siirtää katoksen alle 📦"),
    ("fi", "mummo [[P:Usko]]... siis ukki [[P:Usko]] 91v kaatu eilen tos Kannelmäentien alikulussa. hiekoittakaa"),
    ("fi", "usko pois se lamppu ei oo toiminu kuukauteen ja kukaan ei korjaa"),
    ("fi", "moro, mä oon [[P:janne]] ja tos [[A:Vanhaistentie 3 C 28]] alakerras joku polttaa jotai tosi pahanhajust. soita [[T:041 736 0092]] ni kerron lisää"),
    ("fi", "Tervehdys. Naapurini [[P:Irja Salminen]] pyysi välittämään: hänen parvekkeeltaan näkyy että pihapuu kaatuu kohta taloa päin. [[P:Aimo]] naapurista"),
    ("fi", "heeeei kattokaa tääl on ihan kamala haju viemärist [[A:Torkkelinkatu 17:n]] eessä 🤮🤮"),
    ("fi", "Haluan kiittää bussikuski [[P:Tapsaa]] (linja 74) joka odotti kun kävelin hitaasti pysäkille. Harvinaista nykyään. -[[P:Elvi]] Koskelasta"),
    ("fi", "ratikkakuski ajo ihan liian kovaa Koskelantiel, melkein osu mun kaveriin [[P:Mikkiin]] siis [[P:Mikko Mäkiseen]] lol"),
    ("fi", "Mikkelistä tultiin junalla ja Pasilan asemalla hissi rikki. Raskaan laukun kanssa portaat ylös, ei hyvä"),
    ("fi", "Kiitos kaupungin työntekijälle, en muista nimeä mutta hänellä oli punainen pipo 😊 korjasi kaiteen [[A:Pakilantie 41]] kohdalla heti"),
    ("fi", "Olen vuokralla [[A:Helsinginkatu 25 B 47]] ja pihalla on ollut rotanmyrkkyä lasten hiekkalaatikon vieressä!! Vastaa [[E:saara.k.93@hotmail.com]]"),
    ("fi", "tää on [[P:riikan]] äiti. [[P:riikka]] tuli koulust itkien ku joku iso poika heitti sitä lumipallol jois oli kivi. koulun piha on teidän vastuulla"),
    ("fi", "t. [[P:Pertti]] ja [[P:Sinikka]] [[P:Laaksonen]], [[A:Sturenkatu 40 A 5]], 00550 Helsinki"),
    ("fi", "ois kiva jos tos puistos ois enemmän roskiksii ku kaikki vaa heittää maahan. terkuin [[P:ruusa]] ja [[P:emppu]] 7C"),
    ("fi", "Pysäköinninvalvoja [[P:Kimmo]] sanoi, että voin hakea oikaisua täältä. Auto [[R:ROB-38]] oli kyllä ruudussa. [[P:Raimo Lehtinen]] [[T:0400 612 775]]"),
    ("fi", "Minun puhelinnumero on [[T:nolla neljä nolla, viisi kaksi kolme, neljä neljä yksi yksi]] jos ette saa selvää kirjoituksesta. [[P:Helmi]]"),
    ("fi", "Tässä on jo [[P:Anja-Riitan]] kanssa mietitty, että miksi kukaan ei aura pyörätietä. Me ollaan molemmat yli 80 ja pyöräillään vielä!"),
    ("fi", "Kontulan kirjaston edessä taas roskia. Sama viesti kuin viime viikolla, tapausnumero 2026-30017."),
    ("fi", "[[P:Matin]] kaa käytiin Matinkylän uimahallissa ja parkkipaikalla on valot rikki. t. [[P:Jesse]]"),
    ("fi", "Matinkylän metroasemalla liukuportaat seis taas."),
    ("fi", "hei tos [[A:Kirstinkatu 6:n]] edessä ajaa joku mopolla joka ilta klo 23 jälkeen edestakas. rekkari oli [[R:ZHK-51]] luulisin"),
    ("fi", "mun kaveri [[P:Ville-Veikko]] eli [[P:ville]] sano et tän kannattaa ilmottaa: puiston kaivon kansi puuttuu kokonaan!! joku putoo"),
    ("fi", "Kiitos ja anteeksi [[P:Pirjolle]] puhelinpalvelussa, olin vihainen mutta ei se ollut hänen vikansa."),
    ("fi", "Pirjo-Liisa ja Jukka-Pekka ovat tyypillisiä suomalaisia nimiä, sanoi opas kävelykierroksella Kallion kirkolla. Kirkon portaat tarvitsevat kaiteen."),
    ("fi", "olin Anna-Liisan perjantaihetkessä palvelutalossa ja kaikki puhui et ulkovalot ei toimi"),
    ("fi", "meiän naapuri [[P:Kalevi]] 93v ei oo päässy saunaan ku taloyhtiön sauna suljettiin. onks kaupungilla jotain yleistä saunaa lähellä [[A:Marjaniementie 16]]"),
    ("fi", "Kalevankadulla pyörätiellä kuoppa, pyöräni vanne vääntyi."),
    ("fi", "hyvä päivä. allekirjoittanut [[P:Reino Pöntinen]] vaatii että jalkakäytävä [[A:Mäkelänkatu 87]] kohdalla korjataan. Puh [[T:09 7562 318]]. [[P:R.P.]]"),
    ("fi", "Viesti tuli väärään paikkaan varmaan mutta [[P:Anneli]] [[T:044-5127-836]] odottaa yhteydenottoa roskakatoksesta"),
    ("fi", "joo ja sit viel se et se [[P:Suvi]] joka on siel K-marketis kassal sano et rappusil on ollu lasii jo monta päivää. Siilitien K-market siis"),
    ("fi", "K-Market Kontula auki 7-23 ja koko ajan porukka juo sen edes. poliisi ei tee mitään, kaupunki tehkää jotain"),
    ("fi", "hei mä en jaksa enää näit metroremontteja!!!!! Itiksest Kontsaan pitää mennä korvaavalla bussilla 45 min 😭"),
    ("fi", "ihan sama mitä teette kunhan ette kaada niitä koivuja [[A:Vartiokyläntie 287]] kohdalla, siellä pesii tikka. [[P:tuulikki]] ps. mulla on kuvia"),
    ("fi", "Lähetän tämän tyttäreni [[P:Marjo Heinosen]] koneelta, joten vastatkaa hänelle [[E:marjo.heinonen@elisanet.fi]]. Asia koskee isäni [[P:Väinö Heinosen]] kotihoitoa ja esteetöntä sisäänkäyntiä."),
]

# ---------------------------------------------------------------------------
# Hand-written records, part 5: teen slang, elderly voices, Swedish, forwarded text
# ---------------------------------------------------------------------------
_HAND_5 = [
    ("fi", "bro tää skeittipaikka on ihan rikki, rampit halki. kaikki jätkät menee nyt Kontsan sijaan Myllikseen"),
    ("fi", "no siis mä ja [[P:jooa]] ja [[P:sisu]] oltiin tos kentäl ja joku aikuinen huus meille et se on sen oma paikka?? eiks se oo kaupungin"),
    ("fi", "sisu ei riitä enää kun joka talvi sama juttu, jalkakäytävät jäässä ja vanhukset kotona vangeiksi"),
    ("fi", "äiti käski kirjottaa et meiän pihan [[A:Keinulaudantie 2 F 71]] valot ei toimi ja meil on kaks pientä siskoo. [[P:aatu]] 12v"),
    ("fi", "-- Välitetty viesti --\nLähettäjä: [[P:Seppo Vainio]] <[[E:seppo.vainio@kolumbus.fi]]>\nAihe: puu\nPihapuu nojaa sähkölinjaan, katsokaa pikaisesti."),
    ("fi", "> asia on korjattu\nei oo korjattu!!!! kävin just kattoo. [[P:Tero]]"),
    ("fi", "Oon kotihoidon asiakas ja hoitaja [[P:Merja]] sanoi että kannattaa ilmoittaa: kävelytie [[A:Porttikaari 12]] luota on korkea reunakivi, rollaattori jää jumiin"),
    ("fi", "muistakaa et mun mummo ei osaa käyttää tätä, mä kirjotan sen puolest. [[P:Elsa-Maria]] [[A:Huopalahdentie 24 A 9]] ja ongelma on rikkinäinen ovisummeri"),
    ("fi", "heippa olen [[P:ilmari]] 79 v, silmät huonot, anteeks kirjoitusvirheet. pihatielä ei ole valoa ja kompastuin."),
    ("fi", "lol kuka on keksiny laittaa roskiksen keskelle pyörätietä Vihdintiel"),
    ("fi", "Näin uutisista että Espoossa kokeillaan lämmitettyjä jalkakäytäviä. Tuokaa Stadiin kans!"),
    ("fi", "HSL-sovellus sanoo bussi tulee 2 min ja se ei tuu ikinä. linja 560 Rastilasta"),
    ("fi", "Tämä on isäni [[P:Eero Lindroosin]] puolesta: asia koskee hänen pysäköintitunnustaan, hetu [[H:171146-083C]] jos tarvitsette. Soittakaa [[T:050 993 2174]]"),
    ("fi", "Sain väärän laskun, vaikka maksoin jo tililtä [[I:FI27 8000 1401 5893 62]]. Laskun viite 12345 67890. [[P:O. Rantanen]]"),
    ("fi", "joku heittää munii meiän ikkunaan [[A:Kivikonkaari 24 B 12]] joka viikonloppu, kamerassa näkyy et ne tulee autolla [[R:YKL-561]]... t. [[P:Heli]]"),
    ("sv", "Hej! jag och [[P:Vilma]] hittade en skadad fågel vid Fölisöns bro, vem ska man ringa?"),
    ("sv", "Gamla damen på [[A:Sturegatan 15 B 22]], fru [[P:Ekholm]]... nej alltså [[P:Elna Ekholm]], behöver hjälp med snöskottningen. Hon är 92."),
    ("sv", "nån har dumpat en soffa vid återvinningen i Hertonäs gård, igen 🙄"),
    ("sv", "Vi tackar [[P:Pelle]] från stadens parkavdelning för de fina planteringarna! /pensionärsgruppen i Tölö"),
    ("sv", "Jag skickade redan i oktober men inget svar. [[P:Karl-Erik Westerlund]], tel [[T:+358 40 821 3359]], [[E:ke.westerlund@gmail.com]]"),
    ("sv", "ingen vinterunderhåll på Runebergsgatan, som vanligt. HJK och IFK fansen har mer ordning än staden"),
    ("sv", "Min sonson [[P:Anton]] säger att jag ska skriva här. Trappan vid [[A:Fredriksgatan 61]] är sönder. Farfar [[P:Holger]]"),
    ("sv", "halkbekämpningen fungerar inte alls i Stan, i Esbo är det mycket bättre säger min syster"),
    ("fi", "Pyydän yhteydenottoa. [[P:Hannele Granström-Aho]], [[A:Vaskivuorentie 8 D 44]], 01600 Vantaa, [[T:+358405561284]]"),
]

# ---------------------------------------------------------------------------
# Small generators (deterministic, random.Random(SEED) only)
# ---------------------------------------------------------------------------
_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

# (nominative, genitive, allative, ablative, lower-case nominative is allowed too)
_FI_NAMES = [
    ("Jukka-Pekka", "Jukka-Pekan", "Jukka-Pekalle", "Jukka-Pekalta"),
    ("Pirjo-Liisa", "Pirjo-Liisan", "Pirjo-Liisalle", "Pirjo-Liisalta"),
    ("Anna-Liisa", "Anna-Liisan", "Anna-Liisalle", "Anna-Liisalta"),
    ("Marja-Terttu", "Marja-Tertun", "Marja-Tertulle", "Marja-Tertulta"),
    ("Helvi", "Helvin", "Helville", "Helviltä"),
    ("Esko", "Eskon", "Eskolle", "Eskolta"),
    ("Veikko", "Veikon", "Veikolle", "Veikolta"),
    ("Raili", "Railin", "Railille", "Raililta"),
    ("Jukka", "Jukan", "Jukalle", "Jukalta"),
    ("Tuomas", "Tuomaksen", "Tuomakselle", "Tuomakselta"),
    ("Eveliina", "Eveliinan", "Eveliinalle", "Eveliinalta"),
    ("Onni", "Onnin", "Onnille", "Onnilta"),
    ("Aino", "Ainon", "Ainolle", "Ainolta"),
    ("Kalle", "Kallen", "Kallelle", "Kallelta"),
    ("Hilkka", "Hilkan", "Hilkalle", "Hilkalta"),
    ("Seppo", "Sepon", "Sepolle", "Sepolta"),
]
_FI_SURNAMES = [
    ("Virtanen", "Virtasen"), ("Korhonen", "Korhosen"), ("Nieminen", "Niemisen"), ("Mäkinen", "Mäkisen"),
    ("Hämäläinen", "Hämäläisen"), ("Laine", "Laineen"), ("Heikkinen", "Heikkisen"), ("Koskinen", "Koskisen"),
    ("Järvinen", "Järvisen"), ("Lehtonen", "Lehtosen"), ("Saarinen", "Saarisen"), ("Kettunen", "Kettusen"),
]
# (nominative street, adessive "-lla/-llä" form)
_FI_STREETS = [
    ("Kontulantie", "Kontulantiellä"), ("Ostostie", "Ostostiellä"), ("Kivikonkaari", "Kivikonkaarella"),
    ("Myllypurontie", "Myllypurontiellä"), ("Siilitie", "Siilitiellä"), ("Mellunmäentie", "Mellunmäentiellä"),
    ("Malminkaari", "Malminkaarella"), ("Pihlajamäentie", "Pihlajamäentiellä"), ("Kallvikintie", "Kallvikintiellä"),
    ("Turunlinnantie", "Turunlinnantiellä"), ("Hiihtäjäntie", "Hiihtäjäntiellä"), ("Fleminginkatu", "Fleminginkadulla"),
    ("Agricolankatu", "Agricolankadulla"), ("Kaupintie", "Kaupintiellä"), ("Tikkurilantie", "Tikkurilantiellä"),
    ("Hakunilantie", "Hakunilantiellä"), ("Merikansantie", "Merikansantiellä"), ("Kivenlahdenkatu", "Kivenlahdenkadulla"),
    ("Leppävaarankatu", "Leppävaarankadulla"), ("Jakomäentie", "Jakomäentiellä"),
]
_SV_NAMES = ["Gunnel", "Bengt", "Margareta", "Ulf", "Britt-Marie", "Lars-Erik", "Ebba", "Stina", "Holger", "Maj-Lis"]
_SV_SURNAMES = ["Lindholm", "Sjöberg", "Nyström", "Forsblom", "Ekström", "Grönroos", "Åberg", "Wikström"]
_SV_STREETS = ["Tavastvägen", "Drumsövägen", "Sturegatan", "Tölögatan", "Fredriksgatan", "Mannerheimvägen",
               "Kallviksvägen", "Runebergsgatan"]


def _hetu(rng):
    day = rng.randint(1, 28)
    month = rng.randint(1, 12)
    year = rng.randint(1930, 2012)
    nnn = rng.randint(2, 899)
    ddmmyy = "%02d%02d%02d" % (day, month, year % 100)
    sign = "-" if year < 2000 else "A"
    return ddmmyy + sign + "%03d" % nnn + _HETU_CHARS[int(ddmmyy + "%03d" % nnn) % 31]


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randint(0, 5)
    if style == 0:
        return pre + digits
    if style == 1:
        return pre + " " + digits[:3] + " " + digits[3:]
    if style == 2:
        return pre + "-" + digits
    if style == 3:
        return "+358 " + pre[1:] + " " + digits[:3] + " " + digits[3:]
    if style == 4:
        return pre + " " + digits[:2] + " " + digits[2:4] + " " + digits[4:]
    return "+358" + pre[1:] + digits


def _house(rng):
    n = str(rng.randint(1, 60))
    r = rng.randint(0, 3)
    if r == 0:
        return n
    if r == 1:
        return n + " " + rng.choice("ABCDEF") + " " + str(rng.randint(1, 90))
    if r == 2:
        return n + " " + rng.choice("abc") + " " + str(rng.randint(1, 40))
    return n + rng.choice("ABC")


def _maybe_lower(rng, s, p=0.5):
    return s.lower() if rng.random() < p else s


_FEMALE = {"Pirjo-Liisa", "Anna-Liisa", "Marja-Terttu", "Helvi", "Raili", "Eveliina", "Aino", "Hilkka"}


def _fi_positive(rng):
    nom, gen, alla, abla = rng.choice(_FI_NAMES)
    sur, sur_gen = rng.choice(_FI_SURNAMES)
    street, street_ade = rng.choice(_FI_STREETS)
    num = _house(rng)
    ph = _phone(rng)
    emo = rng.choice(["", " 😡", " 🙏", " 😭", " !!!", " 👍", " 🤬", "", " 😬", " ??"])
    grand = "mummu" if nom in _FEMALE else "ukki"
    k = rng.randint(0, 15)
    if k == 0:
        return "asun tos [[A:%s %s]] ja pihalla on taas roskia joka paikas%s. [[P:%s]]" % (
            street, num, emo, _maybe_lower(rng, nom))
    if k == 1:
        return "kiitos [[P:%s]] kun kävitte kattoo meiän pihan kaivoa [[A:%s %s]]%s" % (
            alla, street_ade, num, emo)
    if k == 2:
        return "sain [[P:%s]] viestin et asia etenee mut mitään ei oo tapahtunu. soittakaa [[T:%s]]" % (
            abla, ph)
    if k == 3:
        return "Tämä koskee [[P:%s]] aiempaa ilmoitusta, lamppu on yhä rikki [[A:%s %s]] kohdalla. t. [[P:%s %s]]" % (
            gen, street, num, nom, sur)
    if k == 4:
        return "mun %s [[P:%s]] liukastu tos [[A:%s %s]] eessä ja ranne murtu%s hiekoittakaa!!" % (
            grand, _maybe_lower(rng, nom, 0.7), street, num.split(" ")[0], emo)
    if k == 5:
        return "naapurin [[P:%s]] auto [[R:%s-%d]] seisoo taas pelastustiellä. Olen [[P:%s]], [[A:%s %s]]" % (
            _maybe_lower(rng, sur_gen, 0.6), "".join(rng.choice("BCGHJKLMNORSTXYZ") for _ in range(3)),
            rng.randint(1, 999), nom, street, num)
    if k == 6:
        return "terv. [[P:%s]] isä. asutaan [[A:%s %s]] ja pihatiellä autot ajaa ihan liian lujaa%s" % (
            gen, street_ade, num, emo)
    if k == 7:
        return "Hei, soittakaa [[P:%s]] numeroon [[T:%s]], asia koskee pihapuuta. [[P:%s.%s.]]" % (
            alla, ph, nom[0], sur[0])
    if k == 8:
        return "roskis täynnä [[A:%s %s]] kohdal, [[P:%s]] ja mä ollaan ilmotettu jo kolme kertaa%s" % (
            street, num, _maybe_lower(rng, nom, 0.8), emo)
    if k == 9:
        return "%s pyysi kirjoittamaan: portaikossa on vuotava putki, [[A:%s %s]]. Vastaus [[E:%s.%s@%s]]" % (
            "[[P:%s]]" % nom, street, num,
            nom.lower().replace("-", "").replace("ä", "a").replace("ö", "o"),
            sur.lower().replace("ä", "a").replace("ö", "o"),
            rng.choice(["gmail.com", "hotmail.com", "elisanet.fi", "kolumbus.fi", "outlook.com"]))
    if k == 10:
        return "Tapausnumero HEL 2026-%05d. Henkilötiedot: [[P:%s %s]], [[H:%s]], [[A:%s %s]]" % (
            rng.randint(1000, 99999), nom, sur, _hetu(rng), street, num)
    if k == 11:
        return "-[[P:%s]] %dv. jalkakäytävä [[A:%s %s]] kohdalla ihan jäässä enkä pääse kauppaan" % (
            nom, rng.randint(70, 95), street, num.split(" ")[0])
    if k == 12:
        return "meiän koira %s ja [[P:%s]] kävelee joka ilta [[A:%s %s]] ohi ja siin on iso kuoppa%s" % (
            rng.choice(["Musti", "Rekku", "Nalle", "Peppi"]), _maybe_lower(rng, nom, 0.6), street, num, emo)
    if k == 13:
        return "kuski [[P:%s]] linjalla %s oli tosi mukava mut pysäkin [[A:%s %s]] edes ei oo katosta%s" % (
            _maybe_lower(rng, nom, 0.5), rng.choice(["94", "561", "97", "74", "550"]), street, num.split(" ")[0], emo)
    if k == 14:
        return "t. [[P:%s]], [[A:%s %s]], puh [[T:%s]]\n(lähetetty puhelimesta, sori kirjotusvirheet)" % (
            _maybe_lower(rng, "%s %s" % (nom, sur), 0.3), street, num, ph)
    return "[[P:%s]] sano et ilmottaa tänne: katuvalo [[A:%s %s]] kohdal vilkkuu koko yön%s" % (
        _maybe_lower(rng, sur, 0.7), street, num, emo)


_FI_SLANG_PLACES_INE = [("Itis", "Itiksessä"), ("Kontsa", "Kontsassa"), ("Stadi", "Stadissa"),
                        ("Hesa", "Hesassa"), ("Malmi", "Malmilla"), ("Hakis", "Hakiksella"),
                        ("Sörkka", "Sörkassa"), ("Rautsika", "Rautsikalla"), ("Lauttis", "Lauttiksella"),
                        ("Vuokki", "Vuokissa"), ("Mellari", "Mellarissa"), ("Myllis", "Mylliksessä"),
                        ("Hertsi", "Hertsissä"), ("Kaivari", "Kaivarissa"), ("Espa", "Espalla"),
                        ("Kallio", "Kalliossa")]
_FI_OSTARIT = ["Hertsin ostarilla", "Kontsan ostarilla", "Myllyn ostarilla", "Malmin ostarilla",
               "Puotskan ostarilla", "Jakiksen ostarilla", "Kannelmäen ostarilla"]
_FI_BRANDS = ["Alepan", "Lidlin", "Prisman", "K-Marketin", "S-Marketin", "Tokmannin", "Hesburgerin", "Mäkkärin",
              "R-kioskin", "Kotipizzan"]
_FI_THINGS = ["roskis on täynnä", "katuvalo ei toimi", "pyörätelineet on kaatunu", "jalkakäytävä on jäässä",
              "alikulussa haisee", "penkki on rikki", "suojatie on haalistunu", "lumikasa peittää näkyvyyden",
              "lasinsirpaleita joka paikas", "hissi ei toimi"]
_FI_CLUBS = ["HJK:n", "HIFK:n", "Hongan", "Jokereiden", "KäPan", "PK-35:n", "Klubin"]
_FI_TV = ["Salkkareiden", "Putouksen", "Uutisten", "Kummelin uusintojen", "Vain elämää -ohjelman",
          "Huutokauppakeisarin"]


def _fi_negative(rng):
    place, ine = rng.choice(_FI_SLANG_PLACES_INE)
    thing = rng.choice(_FI_THINGS)
    brand = rng.choice(_FI_BRANDS)
    line = rng.choice(["94", "95", "97N", "550", "560", "561", "74", "55", "7", "9", "M1", "ysikutonen"])
    emo = rng.choice(["", " 😤", " 🙄", " 😭", "!!", "", " 🤮"])
    if rng.random() < 0.4:
        ine = ine.lower()
    k = rng.randint(0, 11)
    if k == 0:
        return "%s %s edessä %s%s" % (ine, brand, thing, emo)
    if k == 1:
        return "bussi %s ei tullu taas, seisottiin %s %d min pakkases%s" % (line, ine, rng.randint(10, 45), emo)
    if k == 2:
        return "%s pelin jälkeen %s %s ja kaikki on täynnä tölkkejä" % (rng.choice(_FI_CLUBS), ine, thing)
    if k == 3:
        return "%s aikaan klo %d.%02d joku aina porailee, ja lisäks pihalla %s" % (
            rng.choice(_FI_TV), rng.randint(18, 21), rng.choice([0, 15, 30, 45]), thing)
    if k == 4:
        return "tapaus %d-%05d: %s %s vieläkin, %d.%d. kävin kattoo" % (
            rng.choice([2025, 2026]), rng.randint(100, 99999), ine, thing, rng.randint(1, 28), rng.randint(1, 12))
    if k == 5:
        return "meiän koira %s ja mä käveltiin %s ja %s%s" % (
            rng.choice(["Musti", "Rekku", "Nalle", "Peppi", "Hertta", "Tessu"]), ine, thing, emo)
    if k == 6:
        return "%s %s, joku vois kattoo. %s kassa sano et ne on ilmottanu jo, auki %d-%d joka päivä" % (
            rng.choice(_FI_OSTARIT), thing, brand, rng.randint(6, 9), rng.randint(20, 23))
    if k == 7:
        return "kissa %s ei uskalla ulos ku %s %s%s" % (
            rng.choice(["Mirri", "Miuku", "Viiru", "Kille", "Misu"]), ine, thing, emo)
    if k == 8:
        return "mä asun %s ja täällä %s ihan koko ajan, pysäköintimaksu %d € mut ei mitään palvelua" % (
            ine, thing, rng.choice([2, 3, 4, 5]))
    if k == 9:
        return "kuka vastaa tästä: %s %s. palvelunumero ei vastaa klo %d-%d välillä%s" % (
            ine, thing, rng.randint(8, 11), rng.randint(12, 16), emo)
    if k == 10:
        return "%s kävin %s myymälässä ja pihalla %s. postinumero 00%d0 jos auttaa" % (
            ine.capitalize(), brand, thing, rng.randint(10, 99))
    return "%s-linjan pysäkillä %s %s ja aikataulunäyttö pimeenä%s" % (line, ine, thing, emo)


_SV_FEMALE = {"Gunnel", "Margareta", "Britt-Marie", "Ebba", "Stina", "Maj-Lis"}


def _sv_positive(rng):
    nom = rng.choice(_SV_NAMES)
    sur = rng.choice(_SV_SURNAMES)
    sur_gen = sur if sur.endswith("s") else sur + "s"
    street = rng.choice(_SV_STREETS)
    num = _house(rng)
    k = rng.randint(0, 5)
    if k == 0:
        return "hej jag bor på [[A:%s %s]] och gatlampan är trasig. mvh [[P:%s]] %d år" % (
            street, num, _maybe_lower(rng, nom, 0.4), rng.randint(70, 94))
    if k == 1:
        return "Tack till [[P:%s]] som skottade trappan! ring gärna [[T:%s]] om ni har frågor. /[[P:%s %s]]" % (
            nom, _phone(rng), rng.choice(_SV_NAMES), sur)
    if k == 2:
        return "min granne [[P:%s]] bil [[R:%s-%d]] blockerar utfarten vid [[A:%s %s]] varje dag" % (
            sur_gen, "".join(rng.choice("BCGHJKLMNORSTXYZ") for _ in range(3)), rng.randint(1, 999), street, num)
    if k == 3:
        return "hälsningar %s [[P:%s]], mitt barnbarn [[P:%s]] skrev åt mig: bänken vid hållplatsen är borta" % (
            "farmor" if nom in _SV_FEMALE else "farfar", nom, rng.choice(["Elias", "Wilma", "Oskar", "Ella", "Hugo"]))
    if k == 4:
        return "det är [[P:%s]] här, [[E:%s.%s@%s]], hissen i huset [[A:%s %s]] är sönder igen 😡" % (
            _maybe_lower(rng, nom, 0.5), nom.lower().replace("-", ""), sur.lower().replace("å", "a").replace("ö", "o"),
            rng.choice(["gmail.com", "kolumbus.fi", "hotmail.com"]), street, num)
    return "bussföraren [[P:%s]] på linje %s väntade på mig, tack! /[[P:%s]] %d år" % (
        rng.choice(["Janne", "Micke", "Tomas", "Leena"]), rng.choice(["55", "64", "18"]), nom, rng.randint(68, 93))


def _sv_negative(rng):
    k = rng.randint(0, 4)
    place = rng.choice(["Stan", "Tölö", "Berghäll", "Östra centrum", "Kvarnbäcken", "Hertonäs", "Nordsjö",
                        "Malm", "Drumsö"])
    if k == 0:
        return "i %s är trottoaren is igen, ingen sandar%s" % (place, rng.choice(["", " 🙄", "!!"]))
    if k == 1:
        return "buss %s kom %d min sent i %s, varje dag samma sak" % (
            rng.choice(["55", "550", "560", "94"]), rng.randint(10, 40), place)
    if k == 2:
        return "katten %s sitter på taket av busskuren i %s, men busskuren har också sönder glas" % (
            rng.choice(["Misse", "Sigge", "Zorro"]), place)
    if k == 3:
        return "ärende %d-%05d om gatlyset i %s är fortfarande inte åtgärdat" % (
            rng.choice([2025, 2026]), rng.randint(100, 99999), place)
    return "efter %s match i %s ligger det burkar överallt, kl %d på natten skriker folk" % (
        rng.choice(["HJK:s", "IFK:s", "Jokerits"]), place, rng.randint(22, 23))


def _take(rng, fn, lang, n, out):
    made = 0
    while made < n:
        rec = (lang, fn(rng))
        if rec in out:
            continue
        out.append(rec)
        made += 1


def _generated():
    rng = random.Random(SEED)
    out = []
    _take(rng, _fi_positive, "fi", 55, out)
    _take(rng, _fi_negative, "fi", 8, out)
    _take(rng, _sv_positive, "sv", 5, out)
    return out


def records() -> list[tuple[str, str]]:
    """Return the (lang, marked_text) pairs of this block."""
    return list(_HAND_1) + list(_HAND_2) + list(_HAND_3) + list(_HAND_4) + list(_HAND_5) + _generated()
