"""Blind evaluation block 30 for the personal-data scrubber.

Written by helper "outsider 30" on 2026-12-07.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the brief itself). No git commands were run, and neither the scrubber nor
any evaluation was run. The texts come only from the brief and my own idea of how people write.

Focus: a general block across all four sources (Open311 feedback, Kerrokantasi hearing comments,
OmaStadi proposals and comments, Varaamo booking notes) in Finnish (about 55 %), Swedish (about 25 %)
and English (about 20 %). Every label appears in roughly natural proportions, with the emphasis on
PERSON in the forms residents really use: full names in signatures and contact lines, first names of
neighbours and staff mentioned in passing, surnames with titles (the title left outside), names
inflected in Finnish cases, Swedish genitives and English possessives, names of Helsinki residents of
foreign origin, nicknames, names in lower case and in capitals. About a third of the records are hard
negatives: first names that are also ordinary words (toivo, onni, lahja, salli, bo, mark, will, bill),
streets, parks, schools and buildings named after people, famous people, brands, pets, bus lines,
dates, prices, postal codes and reference numbers.

Seed: 3030 (used only through random.Random(SEED) for the small generators and the final shuffle).

Markup: [[LABEL:text]] around each piece of personal data. Labels: P person name (any case; English
possessive 's, Swedish genitive -s and Finnish case endings inside the span; titles and role words
outside), E e-mail address, T phone number (whole number, country code included), H Finnish personal
identity code, I IBAN or bank account number, R vehicle licence plate, IP IP address, A street address
with a house number (staircase and flat included; postal code and city outside). Famous people and the
names of streets, parks, buildings and brands are not marked.
"""

import random

SEED = 3030

# ---------------------------------------------------------------------------
# Finnish, hand-written (part A)
# ---------------------------------------------------------------------------
_FI_A = [
    "Hei, [[A:Kaarelantie 7]] kohdalla katuvalo ollut pimeänä jo kaks viikkoa. Illalla tosi pimeetä "
    "kävellä koiran kanssa. t. [[P:Seppo Mäkinen]] [[T:040 718 2293]]",

    "Vastaus [[P:Tuulalle]]: ei se pyörätie vie puistosta yhtään mitään, päinvastoin. Itse kuljen "
    "lasten kanssa Keskuspuiston läpi joka päivä ja nykyinen sorapolku on keväisin yhtä mutavelliä.",

    "Ehdotus: Kontulan ostarille lisää penkkejä ja roska-astioita. Ostarilla istuu päivisin paljon "
    "vanhempia ihmisiä eikä ole mihin istua. Liikekeskuksen edessä oli ennen penkit mutta ne vietiin "
    "pois joskus 2019.",

    "Avaimet hakee [[P:Jussi Heikkilä]] torstaina klo 16. Jos jotain kysyttävää niin "
    "[[T:050 442 1937]] tai [[E:jussi.heikkila@elisanet.fi]]",

    "Toivo on, että joku vihdoin korjaisi Vallilan kirjaston edessä olevan kuopan. Onni ettei kukaan "
    "ole vielä kaatunut siihen pyörällä.",

    "Olen samaa mieltä kuin [[P:Kari L.]] yllä. Meluaita pitää saada Lahdenväylän varteen ennen kuin "
    "yhtään uutta kerrostaloa rakennetaan.",

    "Varaus Maunula-talon kokoustilaan, taloyhtiön hallituksen kokous. Paikalla [[P:Leena Salo]] (pj), "
    "[[P:Heikki Ranta]] ja isännöitsijä [[P:Kujala]]. Lasku taloyhtiölle kuten ennenkin.",

    "Sama auto [[R:ZKT-418]] taas pysäköity pelastustielle Meripellontiellä, kolmas kerta tässä kuussa. "
    "Kuvat liitteenä.",

    "roskis täynnä taas hakaniemen torilla kukaan ei tyhjennä lokit levittää roskat joka paikkaan",

    "PYYDÄN ETTÄ MINUUN OTETAAN YHTEYTTÄ TÄSSÄ ASIASSA VIIPYMÄTTÄ. [[P:RAIMO KETTUNEN]] "
    "[[A:KOSKELANTIE 21 B 9]] PUH [[T:0400 615 772]]",

    "Kiitos [[P:Annelle]] hyvästä kommentista. Lisäisin vielä, että Tapanilan asemanseudun kaavassa "
    "pitäisi huomioida myös Longinojan tulvariski, nyt siitä ei puhuta mitään.",

    "Aleksis Kiven koulun ympäristö on jo nyt ruuhkainen aamuisin. Jos Aleksis Kiven kadulle tulee "
    "vielä lisää liikennettä niin joku lapsi jää vielä auton alle.",

    "Sibeliuksen puiston suihkulähde ei toimi. Turisteja tulee monumentille joka päivä ja näyttää aika "
    "nololta.",

    "Varaaja: [[P:Abdirahman Warsame]], somalinkielinen nuorisoryhmä. Avaimet noutaa [[P:Hodan]] klo "
    "17.30. Yhteys [[T:+358 45 923 1180]]",

    "Hei! Naapurin [[P:Mirjan]] kanssa huomattiin että Brahenpuiston keinu on rikki, ketjut ihan "
    "ruosteessa. Pliis korjatkaa ennen kesää 🙏",

    "Hyvä idea [[P:Jenna]]! Mä äänestän tätä. Meillä Itiksessä ei oo yhtään ulkokuntosalia lähellä.",

    "No ettäkö se nyt nii vaekeeta oo laettoo se kaevon kansi paekalleen, puol vuotta se on ollu "
    "auki. [[P:Eino Hyvärinen]] täs terve, Myllypuro",

    "Bussi 55 ei pysähtynyt Koskelan varikon pysäkillä klo 7.42, kuski ajoi ohi vaikka viittasin. "
    "Tämä ei ole eka kerta tällä viikolla.",

    "Tilaisuus: [[P:Ailan]] 70-vuotissyntymäpäivät. Tarvitaan 40 tuolia ja kahvinkeitin. Siivouksesta "
    "vastaa [[P:Marketta Lindqvist]], [[T:044 583 9021]].",

    "> Jalankulkijat ensin, autot sitten! t. [[P:Pekka]]\n\n[[P:Pekka]], olen samaa mieltä mutta "
    "kyllä huoltoliikenteenkin on päästävä kortteliin jotenkin.",

    "Sain pysäköintivirhemaksun vaikka auto oli ruudussa ja lappu näkyvillä. Maksun numero "
    "20241188734. Auton omistaja [[P:Tiina Hakala]], hetu [[H:040385-214U]], rekisterinumero "
    "[[R:GLU-305]].",

    "Kirjasto Oodin kolmannessa kerroksessa oli eilen klo 14–16 tosi kovaääninen porukka. "
    "Henkilökunta ei puuttunut mitenkään.",

    "Vappu meni taas niin että Kaivopuisto oli aamulla yhtä roskakasaa. Lahja kaupungille ensi "
    "vuodeksi: kaksinkertainen määrä roskiksia kiitos.",

    "Ehdottaja: [[P:Katja Nurmi]] / Kannelmäen Kirjastokaverit. Kysymyksiin vastaan mielelläni: "
    "[[E:katja.nurmi74@gmail.com]]",

    "[[P:Masa]] naapurista sano että tästä on ilmotettu jo viime syksynä. Ootteko te ees lukenu niitä?",

    "varaaja [[P:sanna koivisto]] ja avaimet palautetaan postiluukkuun. kysyä voi [[P:sannalta]] "
    "[[T:0451234987]]",

    "Soitin [[P:Olena Kovalenkolle]] taloyhtiön hallituksesta ja hänkin on huomannut että "
    "jätekatos on ollut rikki maaliskuusta asti.",

    "Kalasataman Redin parkkihalli maksaa 2 €/h ennen klo 9. Onko kaupunki miettinyt "
    "asukaspysäköintiä tänne? Vyöhyke K on aina täynnä.",

    "Kuten [[P:Virtasen Jukka]] tuossa yläpuolella jo totesi, Malmin kentän alue pitäisi kaavoittaa "
    "vaiheittain eikä kaikkea kerralla.",

    "Urho Kekkosen kadulla Kampissa ei ole tarpeeksi pyörätelineitä. Ihmiset lukitsee pyörät "
    "liikennemerkkeihin.",

    "Nuorisotalon bänditila. Bändi: Kivikon Kummitukset. Vastuuhenkilö [[P:Dawit Tesfaye]] "
    "([[P:Dawitin]] äiti [[P:Selam]] on mukana ekalla kerralla), [[T:041 760 2244]].",

    "Palautelomake ei lähtenyt kolmella yrityksellä, virheilmoitus 'request blocked'. Yhteys on "
    "kotoa, IP:ni on [[IP:85.76.142.19]] jos siitä on apua. -[[P:Harri]]",

    "Paljonko maksaa Kallion kirjaston ryhmätyötila? Sivulla sanotaan 0 € mutta varauksessa "
    "näkyi 15 €. Varausnumero 4471902.",

    "Taloyhtiömme As Oy Pihlajiston Kielon asukkaat ovat keränneet adressin (87 nimeä) "
    "Pihlajistontien hidastetöyssyjen puolesta. Yhteyshenkilöinä toimivat [[P:Ritva Aaltonen]] "
    "ja [[P:Pentti Ojala]], adressi toimitetaan kirjaamoon ensi viikolla.",

    "Ei käy. -[[P:Tapsa]]",

    "ei käy. tää suunnitelma on ihan hölmö. Malmin lentokenttä pitäis säilyttää lentokenttänä",

    "Naapurin [[P:Reijo]] on laittanut kaupungin puistoon omat kukkapenkkinsä ja aidannut ne. Onko "
    "tää ok?",

    "Kiitos kaikille ääniä antaneille!! Erityiskiitos [[P:Leilalle]] ja [[P:Aleksille]] jotka jakoi "
    "flyereita Vuosaaren metroasemalla koko viikon 💛",

    "Lasku: [[P:Juha-Pekka Leinonen]], [[A:Agricolankatu 5 A 8]], 00530 Helsinki. Y-tunnusta ei ole, "
    "yksityishenkilö.",

    "Salli minun kysyä: miksi Töölönlahden puiston valot sammuvat jo klo 22? Kävelen töistä kotiin "
    "vasta 23 jälkeen.",

    "Rauha ja hiljaisuus on mennyttä, jos Hietaniemen hautausmaan viereen tulee tapahtuma-alue. "
    "Vastustan.",

    "Isännöitsijä [[P:Korhoselta]] saatu vastaus oli, että katuvalo kuuluu kaupungille eikä "
    "taloyhtiölle. Eli kumpi tämän nyt korjaa?",

    "Asun Lauttasaaressa ja olen seurannut tätä hanketta alusta asti. Mielestäni suunnitelmassa on "
    "kolme isoa ongelmaa: 1) rantaraitti katkeaa, 2) puita kaadetaan aivan liikaa, 3) "
    "pysäköintipaikkoja ei ole mitoitettu oikein. Toivoisin, että nämä otetaan huomioon ennen kuin "
    "asia etenee lautakuntaan.\n\nYstävällisin terveisin,\n[[P:Marja-Leena Väisänen]]\nLauttasaaren "
    "asukas 40 vuotta",

    "Maksoin tilavarauksen 45,00 € mutta rahat lähti kahdesti. Tilausnumero VAR-2024-118273. "
    "Voitteko tarkistaa?",

    "Palautus tilille [[I:FI86 8000 1470 1234 56]], tilinomistaja [[P:Noora Lahtinen]]. Kiitos!",

    "Kiitos [[P:Anun]] vinkistä laitoin tänne palautetta 😅 eli Puotilan metroaseman hissi jumissa "
    "taas, kolmas kerta tässä kuussa",

    "Mun nimi on [[P:Mehmet Yılmaz]], pidän ravintolaa Itäkeskuksessa. Ravintolan takapihalle "
    "dumpataan jatkuvasti vanhoja huonekaluja eikä kukaan hae niitä.",

    "Stockmannin edessä Aleksilla on taas katukiveys rikki. Fazerin kahvilan kohdalla samoin, "
    "korkokengillä ei voi kävellä.",

    "Sofiankadulla ja Mariankadulla ei aurattu ollenkaan lauantaina. Sunnuntaina vielä jäätä.",

    "Hei [[P:Sari]]! Kiitos vastauksesta. Tuo ei kuitenkaan ratkaise ongelmaa, koska roskakatos on "
    "edelleen auki yöllä ja rotat pääsee sisään.",

    "Suunnittelija [[P:Heikkinen]] sanoi asukasillassa että puita ei kaadeta. Nyt niitä on merkitty "
    "kaadettaviksi ainakin 30 kpl. Kumpi pitää paikkansa?",

    "HUOM! [[P:Pirjo]] tuo kahvit, [[P:Kalle]] avaa ovet klo 9, loput tulevat 9.30. Ongelmatilanteissa "
    "soita [[T:040 552 3318]] ([[P:Kalle]])",

    "Mittee se oikeen meinoo tuo kaavoittaja ku panee kerrostalon keskelle metsee. Ei tiällä kukkaan "
    "semmosta halua.",

    "Uimastadionin avautumispäivä 15.5. klo 10? Viime vuonna avattiin jo 9.5. ja sää oli hyvä.",

    "Kannatan ehdotusta. Raide-Jokeri on jo nyt parantanut yhteyksiä Leppävaarasta Itäkeskukseen, "
    "ja tämä jatke olisi ihan loogista.",

    "Ehdotus: koirapuisto Herttoniemen rantapuistoon. Nykyinen aitaus on liian pieni ja isot koirat, "
    "kuten meidän Nalle, eivät mahdu juoksemaan.",

    "Kadonnut kissa Misu, musta-valkoinen, Paloheinän suunnalla. Jos näette niin ilmoittakaa "
    "Paloheinä-ryhmään Facebookissa.",

    "Rehtori [[P:Hannele Mattila]] on luvannut, että koulun pihan asfaltointi tehdään kesällä. "
    "Toivottavasti kaupunki pitää tästä kiinni.",
]

# ---------------------------------------------------------------------------
# Finnish, hand-written (part B)
# ---------------------------------------------------------------------------
_FI_B = [
    "---------- Välitetty viesti ----------\nLähettäjä: [[P:Olli Rautiainen]] "
    "<[[E:olli.rautiainen@kolumbus.fi]]>\nAihe: Re: Pihlajamäen uimarannan laituri\n\nKiitos "
    "[[P:Olli]], välitän tämän eteenpäin rakennusvirastoon. t. [[P:Minna]]",

    "Toisen asukkaan, [[P:Nguyen Thi Lanin]], kanssa huomasimme että Malminkartanon "
    "kuntoportaiden kaiteet ovat irti. Joku voi pudota.",

    "Kalasatamaan tarvitaan koulu eikä lisää tornitaloja. Verkkosaaren uudet perheet joutuvat "
    "viemään lapset Sörnäisiin asti.",

    "terkuin [[P:piia]]",

    "VARAAJA: [[P:KORHONEN ESA]] / Vantaan Seudun Shakkikerho. Shakkilaudat ja kellot omasta takaa, "
    "pöytiä tarvitaan 12.",

    "Kiitos kaupungille nopeasta korjauksesta! Kumpulan maauimalan pukuhuoneet ovat nyt siistit.",

    "Hei, olen [[P:Riikka]] ja asun osoitteessa [[A:Kolmas linja 20 C 61]]. Meidän pihalla on ollut "
    "jo kuukauden kaupungin työmaa-aita eikä siellä tapahdu mitään.",

    "Tikkurilan asemalle menevä alikulku tulvii joka sateella. Sama juttu ollut vuodesta 2021. "
    "Palautteen tunnus oli silloin HEL-2021-004512.",

    "Meidän tytär [[P:Aava]] (7 v) kysyi miksi leikkipuiston liukumäki on teipattu kiinni. En osannut "
    "vastata. Koskelan leikkipuisto siis.",

    "Ehdotan että Kaisaniemen puistoon saadaan talveksi luistinrata. Ehdottaja [[P:Ville-Matti "
    "Kinnunen]], [[E:vm.kinnunen@iki.fi]]",

    "Tuli [[P:Hassanilta]] viesti että yläkerran sauna on taas varattu koko viikonlopuksi samalle "
    "porukalle, onko tämä varaamon bugi vai tahallista?",

    "Kokoushuone Kanneltalo 2. krs. Yhteyshenkilö tohtori [[P:Lehtonen]], varahenkilö [[P:Taina "
    "Lehtonen]] [[T:050 6634 128]]. Dataprojektori tarvitaan.",

    "Lumi tuli taas yllätyksenä auraajille 😂 Kannelmäen kevyen liikenteen väylät auraamatta klo 8 "
    "vielä.",

    "Äänestin tätä ja pyysin myös mummoa äänestämään, mutta hänellä ei ole pankkitunnuksia. "
    "Voiko äänestää kirjastossa?",

    "Kiitos [[P:Tero]] ja [[P:Jaana]] talkoista, siistiä tuli! Seuraavat talkoot ovat 12.9. klo 10 "
    "Kannelmäen ostarilla.",

    "Sähköpotkulaudat Hakaniemen sillalla ovat vaaraksi. Voi ja Tier pitäisi velvoittaa "
    "hakemaan kaatuneet laudat heti.",

    "Pyydän vastausta postitse: [[P:Aune Hämäläinen]], [[A:Kontulantie 10 D 54]], 00940 Helsinki. "
    "En käytä tietokonetta, tyttärenpoika kirjoitti tämän puolestani.",

    "Auto [[R:BOM-62]] on seissyt Kivikonkaarella jo puoli vuotta, renkaat tyhjänä. Romu?",

    "Asukasillan muistio: paikalla 23 asukasta, kaupungilta [[P:Jari Peltola]] ja [[P:Satu "
    "Mikkonen]]. [[P:Peltolan]] mukaan hulevesiputket uusitaan 2025. [[P:Mikkonen]] lupasi "
    "selvittää puistosuunnitelman aikataulun.",

    "Satu vai totta, mutta kuulemma Oulunkylän kirjasto suljetaan remontin ajaksi kokonaan? Miksi "
    "tästä ei ole tiedotettu?",

    "Jätin jo kerran palautteen samasta asiasta (tunnus 2023-08-14-117), vastausta ei kuulunut. "
    "Kolmannen linjan ja Kaarlenkadun risteyksessä liikennevalot vilkkuu keltaista.",

    "Tässä vielä nimet listalle: [[P:Aleksandr Smirnov]], [[P:Irina Smirnova]] ja heidän poikansa "
    "[[P:Artjom]]. Kaikki Kurkimäestä.",

    "No nyt se [[P:Jaska]] taas ajo sen mopon nurmikon yli, ihan uraa koko piha. Joku vois sanoo "
    "sille.",

    "Varaus koskee Stoan salia 2.12. klo 18–21. Järjestäjä Itä-Helsingin Kuvataideseura ry, "
    "puheenjohtaja [[P:Päivi Karvonen]]. Laskutusosoite [[A:Kahvikuja 1 B 14]], 00950 Helsinki.",

    "Hei Helsinki, Paavo Nurmen tien pyörätie on täynnä kuoppia. Olympiastadionin ohi ajaessa melkein "
    "kaaduin.",

    "Koulumatkalla Mäkelänrinteen lukioon pyöräilevät nuoret joutuvat väistämään busseja "
    "Mäkelänkadulla. Pyörätie pitäisi erottaa ajoradasta.",

    "[[P:SIRPA]] TÄSSÄ TERVEISIÄ, EN SAA TÄTÄ LOMAKETTA TOIMIMAAN PUHELIMELLA. SOITTAKAA "
    "[[T:09 753 2261]]",

    "Voitto on varma kun tämä ehdotus menee läpi 💪 Vuosaaren skeittiparkki nyt!!",

    "Ilmoitan roskaamisesta [[A:Tilkankatu 12]] edessä. Pihalla pidettiin juhlat ja aamulla koko "
    "nurmikko oli pulloja täynnä.",

    "Hyvä [[P:Heikki]],\nkiitos viestistäsi. Välitin asian eteenpäin aluesuunnittelijalle. "
    "Palaamme asiaan kahden viikon sisällä.\nTerveisin [[P:Anna-Kaisa]]\nkaupunkiympäristön "
    "asiakaspalvelu",

    "Annantalon taidekerho kokoontuu torstaisin. Tila on varattu koko syyslukukaudeksi, ei "
    "muutoksia.",

    "Hei, asun Espoossa [[A:Kilonkallio 5 A 3]] ja täällä bussipysäkin katos on rikottu jo "
    "kolmannen kerran. [[P:Teemu Rasanen]] [[T:+358401187456]]",

    "Olen [[P:Ahmed Hassan]] ja kirjoitan naapurini [[P:Fadumo Abdin]] puolesta, hän ei osaa vielä "
    "hyvin suomea. Hänen lapsensa koulumatkalla ei ole suojatietä.",

    "Tyyne aamu Vantaanjoen rannassa, kunnes lehtipuhallin alkoi klo 6.30. Onko tämä sallittua?",

    "Tilavaraus: Martinlaakson nuorisotila. Vastuuaikuinen [[P:Jonna Heino]], puh. "
    "[[T:045 7731 2094]], henkilötunnus laskutusta varten [[H:270199-762B]].",

    "Hesarissa oli juttu että Kruunusillat valmistuu vasta 2027. Onko tämä totta? Bussi 16 "
    "korvaa raitiovaunua siihen asti.",

    "Moi, [[P:mikalle]] terkkuja ja kiitos kun hoidit sen vuokrasopparin nopeesti 👍",

    "Moro! [[P:Kalle-Juhani Peltonen]] täällä, kaverit sanoo [[P:Kalluksi]] 😄 Pyöräkerho haluais "
    "varata Malmitalon pienen salin huoltoillaksi 3.4. Numero [[T:044 270 8315]].",

    "Kysyin asiaa [[P:Elisabet Rönnholmilta]] kirjastosta ja hän neuvoi laittamaan palautetta tätä "
    "kautta. Eli: Pasilan kirjaston pyöräparkki on aina täynnä hylättyjä pyöriä.",

    "[[P:Tarja]] kirjoitti: ”Ei enää yhtään tornitaloa Kalasatamaan.”\n\n[[P:Tarja]], ymmärrän "
    "huolesi, mutta asuntoja on pakko rakentaa jonnekin. Parempi tänne kuin Keskuspuistoon. "
    "-[[P:Jyrki S]]",

    "Kiitos äänestäjille! Tämä oli [[P:Hamidin]] ja mun yhteinen idea ja nyt se toteutuu 🎉 "
    "Terveisiä Kannelmäestä, [[P:Laura Öhman]] ja [[P:Hamid Rezaei]]",
]

# ---------------------------------------------------------------------------
# Swedish, hand-written
# ---------------------------------------------------------------------------
_SV = [
    "Hej! Gatlyktan utanför [[A:Runebergsgatan 44]] har varit trasig i tre veckor nu. Det är "
    "becksvart på kvällarna.\nMvh [[P:Birgitta Holmström]]",

    "Jag håller med [[P:Göran]] ovan. Cykelbanan på Tavastvägen måste separeras från gångbanan, "
    "annars händer det en olycka snart.",

    "Varför stängs simhallen på Georgsgatan redan kl. 20 på söndagar? Många av oss jobbar skift.",

    "Nyckeln hämtas av [[P:Mikael Sundström]] på fredag efter kl. 15, tel. [[T:050 377 8412]]. "
    "Vi behöver också projektorn.",

    "[[P:Annikas]] förslag om fler parkbänkar i Brunnsparken är bra, jag röstar på det! 👍",

    "Lucia-tåget i Domkyrkan var fint i år. Men trapporna var hala och ingen hade sandat.",

    "Förslag: en skateboardramp i Nordsjö hamn. Kontaktperson [[P:Jonas Lindroos]], "
    "[[E:jonas.lindroos@outlook.com]]",

    "Linje 4 till Munksnäs går alltid för sent efter kl. 22. Tidtabellen stämmer inte alls med "
    "verkligheten.",

    "Tjena, [[P:Nisse]] här. Nån har dumpat en gammal soffa vid återvinningspunkten på Drumsö, ser "
    "ut som den har stått där i en vecka redan.",

    "Rektor [[P:Sjöberg]] på Zacharias Topeliusskolan har redan kontaktat staden om trafiksäkerheten "
    "men inget har hänt.",

    "Bokare: [[P:Eva-Lotta Grönqvist]] ([[P:Lotta]]), [[A:Sibeliusgatan 6 A 12]], 00250 "
    "Helsingfors. Faktura per e-post till [[E:evalotta.gronqvist@kolumbus.fi]].",

    "Tove Janssons park på Skatudden saknar soptunnor. Turisterna lämnar glasspapper överallt.",

    "Vår granne [[P:Ahmed]] hjälpte en äldre dam som hade ramlat på isen vid Hagnäs torg igår. "
    "SANDA TROTTOARERNA!!",

    "Vi motsätter oss förslaget att bygga på strandängen.\n\nHälsningar,\n[[P:Kristina af "
    "Hällström]]\nordförande, Brändö villaägarförening",

    "Bo i stan utan bil är lätt, tycker jag. Men då måste kollektivtrafiken fungera också på "
    "nätterna.",

    "Svar till [[P:Henrik W.]]: nej, spårvägen till Östersundom är inte realistisk före 2040, läs "
    "planen.",

    "Nycklarna lämnas till vaktmästare [[P:Ström]] efter kl. 21, inte i brevlådan.",

    "Varför är rulltrapporna vid Järnvägsstationen alltid ur funktion?\n\nSkickat från min iPhone",

    "Super idé, [[P:Fatima]]! 👍👍 Vi behöver fler mötesplatser för unga i Kvarnbäcken.",

    "Bokningen gäller dansgruppen för barn. Ansvarig vuxen [[P:Camilla Wikström]], "
    "personbeteckning för faktureringen [[H:081168-043Y]], tel. [[T:+358 40 228 6619]].",

    "Kiasma och Musikhuset har bra cykelparkering, men vid Riksdagshuset finns inget alls.",

    "Bil med reg.nr [[R:KXP-772]] har stått på Tölögatan i tre månader utan att flyttas. Övergiven?",

    "hej. det luktar avlopp i hela parken vid Gammelstadsforsen. [[P:ulla]]",

    "Jag skriver för min mamma [[P:Gunnel Lindberg]] som bor på [[A:Mannerheimvägen 88 B 21]]. "
    "Hon kommer inte ut på vintern eftersom trappan till busshållplatsen aldrig sandas.",

    "Klara besked tack! När öppnar Tölö bibliotek efter renoveringen? På hemsidan står det "
    "fortfarande bara 'våren'.",

    "Tack [[P:Jessica]] för att du samlade ihop namnen! Vi var 42 som skrev under.",

    "[[P:Olofs]] bil stod blockerad av en paketbil hela förmiddagen. Lastzonen vid Högbergsgatan "
    "behövs, men inte mitt framför porten.",

    "Förslag: fler papperskorgar längs Tölöviken. Promenadstråket är populärt men soporna blåser i "
    "vattnet.",

    "Jag tycker som [[P:Mats]] och [[P:Pia]] ovan, att dagiset ska vara kvar där det är.",

    "Bokning för Arbis sal 3, onsdagar kl. 18–20 hela hösten. Kontakt: [[P:Leena "
    "Holmqvist-Virtanen]] [[E:leena.hv@gmail.com]]",

    "Vad har hänt med badstranden i Hertonäs? Bryggan är borta och ingen skylt förklarar varför.",

    "Till [[P:Sofia]] på kundtjänsten: tack för snabbt svar, men problemet kvarstår. Lampan "
    "blinkar fortfarande.",

    "Klagomål: Grannarna i huset bredvid, familjen [[P:Nyström]], har byggt ett staket som går in på "
    "stadens mark. Kan ni kolla?",

    "Konsert i Musikhuset den 14.2 kl. 19, Sibelius och Grieg. Spårvagn 2 och 4 stannar nära. "
    "Dela gärna!",

    "Återbetalning av depositionen till konto [[I:FI96 5791 0020 3466 18]], kontoinnehavare "
    "[[P:Björn Ekholm]]. Tack på förhand.",

    "Nattbuss 550 är alltid full på fredagar. Kan man sätta in en extra tur vid halv två?",

    "Hej [[P:Maija]] och [[P:Tomas]]! Såg att ni också vill ha hundpark i Malm. Vi borde göra ett "
    "gemensamt förslag.",

    "Hälsningar från [[P:Dragan Petrović]], [[A:Drumsövägen 30 C 7]]. Min granne [[P:Vesna]] har samma "
    "problem med bullret från byggarbetsplatsen.",

    "Esplanaden är Helsingfors vardagsrum. Låt oss inte fylla den med reklamskyltar.",

    "[[P:LARS-ERIK]] HÄR. FÅR INTE APPEN ATT FUNGERA. RING MIG [[T:044 912 3307]]",

    "Hundparken i Kottby är stängd pga renovering till 30.6. Vår Max är väldigt ledsen 🐶",

    "Observera att [[P:Pernilla Sjöholm]] inte längre är kontaktperson för föreningen. Kontakta "
    "istället [[P:Mårten Ek]], [[T:040 119 2275]], [[E:marten.ek@kolumbus.fi]].",

    "Jag bor i Alberga och pendlar varje dag. Esbo stad borde prata med HRT om tätare turer på "
    "linje 213.",
]

# ---------------------------------------------------------------------------
# English, hand-written
# ---------------------------------------------------------------------------
_EN = [
    "Hi, I live at [[A:Fleminginkatu 20 B 17]] and the streetlight outside has been flickering for "
    "weeks. Thanks, [[P:Daniel Okafor]]",

    "As an expat living in Kalasatama I agree with [[P:Maria's]] point above about the lack of "
    "English-language daycare. The waiting list is over a year.",

    "Will the Sibelius Monument be accessible by wheelchair after the renovation? The paths are "
    "gravel right now.",

    "Booking for our book club. [[P:Priya]] will pick up the keys from the Oodi info desk on Friday. "
    "Contact: [[P:Priya Raghunathan]], [[T:+358 44 918 2736]]",

    "Mark my words, the new bike lane on Hämeentie will be blocked by delivery vans within a week.",

    "Bill for the sauna booking was sent twice, invoice no. 8847120, amount 24,50 €. Please cancel "
    "one of them.",

    "Frank feedback: the tram stop at Hakaniemi is a death trap in winter. Nobody salts it.",

    "hey its [[P:sam]] from the 3rd floor lol the recycling room door is broken again",

    "Dr. [[P:Aaltonen]] at the Kalasatama health station told me to report this here: the "
    "pedestrian crossing outside has no curb ramp, I use a wheelchair.",

    "My neighbour [[P:Kateryna]] and I walk our kids to Vallilan ala-aste every morning and there is "
    "no crossing guard anymore. Cars don't stop. Please do something before someone gets hurt.",

    "I support this proposal.\n\nRegards,\n[[P:John O'Sullivan]]\n[[E:john.osullivan@hotmail.com]]",

    "Kimi Räikkönen couldn't make the 23N run on schedule lol. Seriously though, the night bus is "
    "late every single weekend.",

    "Please refund the deposit to my account [[I:FI75 1572 3000 4127 39]] (account holder "
    "[[P:Wei Zhang]]). Booking ref 55193.",

    "The booking page gives me a 403 error from my work network ([[IP:193.166.24.77]]). From home it "
    "works fine. Any idea?",

    "Grace period for parking should be longer than 5 minutes! Got a ticket while unloading "
    "groceries on Fredrikinkatu.",

    "Hope the city finally fixes the stairs at Kaivopuisto before summer. They've been cordoned off "
    "since March.",

    "Thanks [[P:Mikko]] for translating the proposal into Finnish! 🙏 Voting ends 31 October, "
    "everyone go vote.",

    "Contact person for the event: [[P:Amina Abdullahi]] ([[E:amina.abdullahi@yahoo.com]], "
    "[[T:045 611 0923]]). We need 30 chairs and a microphone.",

    "Replying to [[P:Juhani K.]]: no, the Jokeri light rail doesn't go to Kalasatama. You have to "
    "change at Itäkeskus.",

    "Parking enforcement ticketed my car ([[R:JHP-217]]) outside [[A:Mechelininkatu 27]] even though "
    "I have a resident permit displayed. Permit number K-44871.",

    "Jean Sibelius lived in Ainola, not in Helsinki, so why is the new park named after him? Just "
    "curious lol",

    "URGENT: water leaking from the street into our basement at [[A:Porvoonkatu 23]]. Nobody answers "
    "the phone. [[P:TOM HARRISON]] [[T:050 399 1824]]",

    "Art and culture should be for everyone. Free entry to Ateneum on the first Friday of the month "
    "is great, please keep it.",

    "We moved to Vuosaari from Nairobi last year. My husband [[P:Otieno]] and I love the beach but "
    "the playground by the metro is broken.",

    "I'm writing on behalf of our housing company board, chair Ms. [[P:Lindqvist]] asked me to "
    "submit this. The bins at the corner of Sturenkatu are overflowing every weekend.",

    "The Helsinki Central Library Oodi is amazing but the 3D printers are always booked. Could you "
    "add more slots on weekends?",

    "Joy! Finally the ferry to Suomenlinna runs every 20 minutes in summer. Thank you HSL.",

    "Keys will be collected by my colleague [[P:Raj]] (not me), he'll bring his ID. Booker: "
    "[[P:Ananya Iyer]].",

    "Sue the city? Tempting. The pothole on Tehtaankatu bent my rim and nobody has even put a cone "
    "there yet.",

    "I agree with [[P:sofia_h]] and [[P:Jukka]] above. Trees first, parking second.",

    "Lost dog: Bella, a golden retriever, last seen near Munkkiniemi beach around 18:00. She's "
    "friendly. Please post in the Munkki Facebook group.",

    "Hello, my name is [[P:Carlos Pérez Gómez]], I run the Spanish-speaking parents' group. We'd like "
    "to book the Caisa hall for 12 March. Phone [[T:+358 50 447 8812]].",

    "Sent from my Galaxy. [[P:Liz]]",

    "Hiya, it's [[P:Oksana]] again (the one with the broken lift at [[A:Vuosaarentie 6 B]]). The "
    "building manager, Mr. [[P:Salonen]], says the ramp outside is the city's responsibility. It is, "
    "right?",

    "The Christmas market on Senate Square is lovely but the toilets are a disaster. 2 € and a 20 "
    "minute queue.",

    "Per my earlier message (case 2024-11-0872), the streetlamp is still out. [[P:Mohammed "
    "Al-Hashimi]], [[A:Itäkatu 5 C 22]], 00930 Helsinki.",
]

# ---------------------------------------------------------------------------
# Pools for the small generators
# ---------------------------------------------------------------------------
# Finnish: (full name, first name, genitive of first name, allative of first name)
_FI_PEOPLE = [
    ("Mikko Laine", "Mikko", "Mikon", "Mikolle"),
    ("Sanna Heinonen", "Sanna", "Sannan", "Sannalle"),
    ("Jari Koskinen", "Jari", "Jarin", "Jarille"),
    ("Tuula Rantanen", "Tuula", "Tuulan", "Tuulalle"),
    ("Antti Salminen", "Antti", "Antin", "Antille"),
    ("Kaisa Lindroos", "Kaisa", "Kaisan", "Kaisalle"),
    ("Ari Pulkkinen", "Ari", "Arin", "Arille"),
    ("Helena Järvinen", "Helena", "Helenan", "Helenalle"),
    ("Farah Ali", "Farah", "Farahin", "Farahille"),
    ("Yusuf Demir", "Yusuf", "Yusufin", "Yusufille"),
    ("Minh Tran", "Minh", "Minhin", "Minhille"),
    ("Svetlana Orlova", "Svetlana", "Svetlanan", "Svetlanalle"),
    ("Pertti Kangas", "Pertti", "Pertin", "Pertille"),
    ("Elina Hirvonen", "Elina", "Elinan", "Elinalle"),
    ("Jouni Lappalainen", "Jouni", "Jounin", "Jounille"),
    ("Merja Kallio", "Merja", "Merjan", "Merjalle"),
    ("Oskari Nieminen", "Oskari", "Oskarin", "Oskarille"),
    ("Johanna Vainio", "Johanna", "Johannan", "Johannalle"),
    ("Samir Haddad", "Samir", "Samirin", "Samirille"),
    ("Hilkka Mustonen", "Hilkka", "Hilkan", "Hilkalle"),
]

# Swedish: (full name, first name, genitive of first name)
_SV_PEOPLE = [
    ("Johan Eklund", "Johan", "Johans"),
    ("Maria Lindholm", "Maria", "Marias"),
    ("Fredrik Åberg", "Fredrik", "Fredriks"),
    ("Ulrika Sandell", "Ulrika", "Ulrikas"),
    ("Anders Blomqvist", "Anders", "Anders"),
    ("Sara Forsman", "Sara", "Saras"),
    ("Patrik Strandberg", "Patrik", "Patriks"),
    ("Monica Hellström", "Monica", "Monicas"),
    ("Kim Westerlund", "Kim", "Kims"),
    ("Nadia Karimi", "Nadia", "Nadias"),
    ("Tobias Lönnqvist", "Tobias", "Tobias"),
    ("Ingrid Söderberg", "Ingrid", "Ingrids"),
]

# English: (full name, first name, possessive of first name)
_EN_PEOPLE = [
    ("Sarah Mitchell", "Sarah", "Sarah's"),
    ("David Kowalski", "David", "David's"),
    ("Emily Chen", "Emily", "Emily's"),
    ("Tunde Adeyemi", "Tunde", "Tunde's"),
    ("Laura Becker", "Laura", "Laura's"),
    ("James Whitfield", "James", "James's"),
    ("Anh Nguyen", "Anh", "Anh's"),
    ("Rachel Goldberg", "Rachel", "Rachel's"),
    ("Omar Farouk", "Omar", "Omar's"),
    ("Hannah Schmidt", "Hannah", "Hannah's"),
    ("Luis Fernández", "Luis", "Luis's"),
    ("Chloe Martin", "Chloe", "Chloe's"),
]

_FI_STREETS = [
    ("Mäkelänkatu", "00510 Helsinki"), ("Hämeentie", "00500 Helsinki"),
    ("Pakilantie", "00660 Helsinki"), ("Vihdintie", "00320 Helsinki"),
    ("Myllypurontie", "00920 Helsinki"), ("Ulvilantie", "00350 Helsinki"),
    ("Leppävaarankatu", "02600 Espoo"), ("Tapiontori", "02100 Espoo"),
    ("Asolanväylä", "01360 Vantaa"), ("Myyrmäentie", "01600 Vantaa"),
    ("Kullervonkatu", "00610 Helsinki"), ("Pihlajatie", "00270 Helsinki"),
    ("Siltasaarenkatu", "00530 Helsinki"), ("Vuosaarentie", "00980 Helsinki"),
]

_SV_STREETS = [
    ("Tavastvägen", "00500 Helsingfors"), ("Sturegatan", "00510 Helsingfors"),
    ("Runebergsgatan", "00100 Helsingfors"), ("Fredriksgatan", "00120 Helsingfors"),
    ("Norra Hesperiagatan", "00260 Helsingfors"), ("Brändövägen", "00570 Helsingfors"),
    ("Munksnäs allé", "00330 Helsingfors"), ("Alberganesplanaden", "02600 Esbo"),
]

_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "á": "a", "ü": "u"})


def _ascii(s):
    return s.lower().translate(_FOLD).replace(" ", ".").replace("'", "")


def _email(rng, full):
    first, last = full.split(" ", 1)
    first, last = _ascii(first), _ascii(last)
    user = rng.choice([
        f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randint(1, 99)}",
        f"{first}_{last}", f"{last}.{first}",
    ])
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "elisanet.fi", "luukku.com",
                      "yahoo.com", "kolumbus.fi", "icloud.com"])
    return f"{user}@{dom}"


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050", "050", "040"])
    d = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    fmt = rng.randrange(6)
    if fmt == 0:
        return f"{pre} {d[:3]} {d[3:]}"
    if fmt == 1:
        return pre + d
    if fmt == 2:
        return f"+358 {pre[1:]} {d[:3]} {d[3:]}"
    if fmt == 3:
        return f"{pre}-{d}"
    if fmt == 4:
        return f"+358{pre[1:]}{d}"
    return f"{pre} {d[:3]} {d[3:5]} {d[5:]}"


def _house(rng, street):
    n = rng.randint(1, 60)
    form = rng.randrange(4)
    if form == 0:
        return f"{street} {n}"
    if form == 1:
        return f"{street} {n} {rng.choice('ABCD')} {rng.randint(1, 70)}"
    if form == 2:
        return f"{street} {n} {rng.choice('ABC')}"
    return f"{street} {n} {rng.choice('abc')} {rng.randint(1, 40)}"


# ---------------------------------------------------------------------------
# Generator 1: Varaamo booking notes with contact details
# ---------------------------------------------------------------------------
def _gen_varaamo(rng):
    out = []
    fi_people = _FI_PEOPLE[:]
    rng.shuffle(fi_people)
    for i in range(12):
        full, first, gen, alla = fi_people[i]
        other = fi_people[(i + 7) % len(fi_people)]
        tel = _phone(rng)
        hh = rng.choice([9, 10, 12, 14, 16, 17, 18])
        mm = rng.choice(["00", "15", "30", "45"])
        street, post = rng.choice(_FI_STREETS)
        k = i % 6
        if k == 0:
            t = f"Varaaja [[P:{full}]], puh. [[T:{tel}]]. Avaimet noutaa [[P:{first}]] itse klo {hh}.{mm}."
        elif k == 1:
            t = (f"Syntymäpäiväjuhlat, n. {rng.randint(12, 40)} henkeä. Yhteyshenkilö [[P:{full}]] "
                 f"([[E:{_email(rng, full)}]]). [[P:{gen}]] numero [[T:{tel}]] jos tavoittelette.")
        elif k == 2:
            t = (f"Kerhon viikkovaraus koko syksylle, vastuuhenkilönä [[P:{full}]]. Tavoittaa parhaiten "
                 f"sähköpostilla [[E:{_email(rng, full)}]]")
        elif k == 3:
            t = f"avaimet hakee [[P:{first.lower()}]] klo {hh}.{mm} :) numero [[T:{tel}]]"
        elif k == 4:
            t = (f"Lasku osoitteeseen [[P:{full}]], [[A:{_house(rng, street)}]], {post}. "
                 f"Kysymykset [[T:{tel}]].")
        else:
            t = (f"Kokous {rng.randint(1, 28)}.{rng.randint(1, 12)}. klo {hh}–{hh + 2}. Paikalla "
                 f"[[P:{full}]] ja [[P:{other[0]}]]. Peruutuksista ilmoittakaa [[P:{alla}]]: [[T:{tel}]]")
        out.append(("fi", t))

    sv_people = _SV_PEOPLE[:]
    rng.shuffle(sv_people)
    for i in range(6):
        full, first, gen = sv_people[i]
        other = sv_people[(i + 5) % len(sv_people)]
        tel = _phone(rng)
        hh = rng.choice([10, 13, 15, 17, 18])
        street, post = rng.choice(_SV_STREETS)
        k = i % 6
        if k == 0:
            t = f"Bokare: [[P:{full}]], tel. [[T:{tel}]]. Nyckeln hämtas av [[P:{other[1]}]]."
        elif k == 1:
            t = (f"Vi är ca {rng.randint(8, 30)} personer. Kontaktperson [[P:{full}]], "
                 f"[[E:{_email(rng, full)}]].")
        elif k == 2:
            t = f"[[P:{gen}]] födelsedagskalas, kl. {hh}–{hh + 3}. Ring [[T:{tel}]] vid frågor."
        elif k == 3:
            t = f"Faktura till [[P:{full}]], [[A:{_house(rng, street)}]], {post}."
        elif k == 4:
            t = f"nyckeln hämtas av [[P:{first.lower()}]], nummer [[T:{tel}]]"
        else:
            t = (f"Styrelsemöte för bostadsaktiebolaget. Ansvarig: [[P:{full}]] ([[T:{tel}]]), "
                 f"[[P:{other[0]}]] tar med kaffet.")
        out.append(("sv", t))

    en_people = _EN_PEOPLE[:]
    rng.shuffle(en_people)
    for i in range(6):
        full, first, pos = en_people[i]
        other = en_people[(i + 5) % len(en_people)]
        tel = _phone(rng)
        street, post = rng.choice(_FI_STREETS)
        k = i % 6
        if k == 0:
            t = f"Booked by [[P:{full}]], phone [[T:{tel}]]. [[P:{other[1]}]] will collect the keys."
        elif k == 1:
            t = (f"[[P:{pos}]] birthday party, about {rng.randint(10, 30)} guests. "
                 f"Contact [[E:{_email(rng, full)}]].")
        elif k == 2:
            t = f"Weekly booking for our choir. Responsible person: [[P:{full}]] ([[T:{tel}]])."
        elif k == 3:
            t = f"Invoice to [[P:{full}]], [[A:{_house(rng, street)}]], {post}."
        elif k == 4:
            t = f"keys picked up by [[P:{first.lower()}]], call [[T:{tel}]] if anything"
        else:
            t = (f"Language cafe every Tuesday. Hosts: [[P:{full}]] and [[P:{other[0]}]]. "
                 f"Questions to [[E:{_email(rng, other[0])}]]")
        out.append(("en", t))
    return out


# ---------------------------------------------------------------------------
# Generator 2: Open311-style reports with no personal data (hard negatives)
# ---------------------------------------------------------------------------
_NEG = {
    "fi": (
        ["katuvalo ei pala", "roska-astia on täynnä", "ajoradalla on iso kuoppa",
         "liikennemerkki on kaatunut", "penkki on rikottu", "suojatien maalaukset ovat kuluneet",
         "kevyen liikenteen väylä on auraamatta", "jalkakäytävällä on valtava lätäkkö",
         "alikulun seinässä on uusi graffiti", "hiekoitus puuttuu kokonaan"],
        ["Ruoholahden metroaseman edessä", "Kumpulan kasvitieteellisen puutarhan portilla",
         "Aleksanterinkadulla Senaatintorin kohdalla", "Linnanmäen bussipysäkillä",
         "Runebergin patsaan vieressä Espalla", "Töölöntorilla", "Hesperian puistossa",
         "Arabianrannassa rantapuistossa", "Itäkeskuksen Tallinnanaukiolla",
         "Kaisaniemen metroaseman sisäänkäynnillä", "Tapiolan keskuksessa", "Tikkurilan asemalla",
         "Myyrmäen asemalla", "Mannerheimintiellä Oopperan kohdalla"],
        ["Huomasin tämän {d}.{m}. noin klo {h}.{mi}.", "Bussilinja {line} kulkee tästä ohi.",
         "Asiasta on tehty ilmoitus jo aiemmin, tunnus HEL-{y}-{n6}.", "Ollut näin jo {w} viikkoa.",
         "Postinumeroalue {post}.", "Tämä on vaarallinen etenkin lapsille ja vanhuksille.",
         "Kuva liitteenä.", "Korjatkaa pian!"],
    ),
    "sv": (
        ["gatlyktan lyser inte", "soptunnan är överfull", "det finns ett stort hål i vägen",
         "en vägskylt har vält", "parkbänken är sönder", "övergångsstället har nötts bort",
         "cykelbanan är inte plogad", "det har spritts skräp överallt"],
        ["vid Gräsviken metrostation", "på Salutorget", "i Tölö torg", "vid Sandvikens strand",
         "nära Stockmann på Alexandersgatan", "i Kajsaniemiparken", "vid Hagalunds centrum",
         "vid Dickursby station"],
        ["Jag såg det den {d}.{m}. runt kl. {h}.{mi}.", "Buss {line} stannar precis här.",
         "Jag har anmält detta tidigare, ärende HEL-{y}-{n6}.", "Det har varit så i {w} veckor.",
         "Postnummer {post}.", "Bild bifogad."],
    ),
    "en": (
        ["the streetlight is out", "the bin is overflowing", "there is a huge pothole",
         "a traffic sign has fallen over", "the bench is broken", "the bike lane hasn't been ploughed"],
        ["outside Ruoholahti metro station", "at the Market Square", "near the Esplanadi bandstand",
         "by Hietaniemi beach", "at the Kamppi bus terminal", "next to the Linnanmäki tram stop"],
        ["Noticed it on {d}.{m}. around {h}:{mi}.", "Bus {line} stops right here.",
         "I already reported this earlier, case HEL-{y}-{n6}.", "It's been like this for {w} weeks.",
         "Postal code {post}.", "Photo attached."],
    ),
}


def _gen_negatives(rng):
    out = []
    for lang, count in (("fi", 8), ("sv", 5), ("en", 3)):
        issues, places, extras = _NEG[lang]
        for _ in range(count):
            issue = rng.choice(issues)
            place = rng.choice(places)
            chosen = rng.sample(extras, rng.choice([1, 2]))
            vals = dict(
                d=rng.randint(1, 28), m=rng.randint(1, 12), h=rng.randint(6, 22),
                mi=rng.choice(["05", "20", "35", "50"]), line=rng.choice(["55", "23N", "16", "78", "561", "4", "9", "506"]),
                y=rng.choice([2023, 2024, 2025]), n6=f"{rng.randint(0, 999999):06d}", w=rng.randint(2, 9),
                post=rng.choice(["00100", "00530", "00510", "00980", "02100", "01300"]),
            )
            rest = " ".join(c.format(**vals) for c in chosen)
            if lang == "fi":
                head = f"{place[0].upper()}{place[1:]} {issue}."
            else:
                head = f"{issue[0].upper()}{issue[1:]} {place}."
            t = f"{head} {rest}"
            style = rng.randrange(5)
            if style == 0:
                t = t.lower()
            elif style == 1:
                t = t.rstrip(".!") + "!!"
            out.append((lang, t))
    return out


# ---------------------------------------------------------------------------
# Generator 3: Kerrokantasi replies naming earlier commenters
# ---------------------------------------------------------------------------
_OPIN = {
    "fi": ["pyöräteiden pitää olla erillään jalkakäytävästä.", "puistoja ei saa rakentaa täyteen.",
           "lisää asuntoja tarvitaan, mutta ei metsän kustannuksella.",
           "raitiotie on paras ratkaisu tälle alueelle.", "pysäköintipaikkoja on jo nyt liian vähän.",
           "koulun ja päiväkodin pitää valmistua ennen asuntoja."],
    "sv": ["cykelbanorna måste vara skilda från gångbanorna.", "parkerna får inte byggas igen.",
           "vi behöver fler bostäder men inte på skogens bekostnad.", "spårvägen är den bästa lösningen."],
    "en": ["bike lanes must be separated from the sidewalk.", "the parks should not be built over.",
           "we need more housing, but not at the cost of the forest.", "the tram is the best option here."],
}


def _gen_replies(rng):
    out = []
    fi_people = _FI_PEOPLE[:]
    rng.shuffle(fi_people)
    for i in range(8):
        full, first, gen, alla = fi_people[i]
        op = rng.choice(_OPIN["fi"])
        Op = op[0].upper() + op[1:]
        k = i % 5
        if k == 0:
            t = f"Samaa mieltä kuin [[P:{first}]] yllä. {Op}"
        elif k == 1:
            t = f"Kiitos [[P:{alla}]], juuri näin: {op}"
        elif k == 2:
            t = f"[[P:{gen}]] kommentti on hyvä, mutta mielestäni {op}"
        elif k == 3:
            t = f"@[[P:{first}]] {Op}"
        else:
            t = f"{Op}\nt. [[P:{full}]]"
        out.append(("fi", t))
    sv_people = _SV_PEOPLE[:]
    rng.shuffle(sv_people)
    for i in range(3):
        full, first, gen = sv_people[i]
        op = rng.choice(_OPIN["sv"])
        Op = op[0].upper() + op[1:]
        t = [f"Håller med [[P:{first}]]. {Op}", f"[[P:{gen}]] poäng är viktig: {op}",
             f"{Op} /[[P:{full}]]"][i]
        out.append(("sv", t))
    en_people = _EN_PEOPLE[:]
    rng.shuffle(en_people)
    for i in range(3):
        full, first, pos = en_people[i]
        op = rng.choice(_OPIN["en"])
        Op = op[0].upper() + op[1:]
        t = [f"Agree with [[P:{first}]]. {Op}", f"[[P:{pos}]] comment is spot on: {op}",
             f"{Op} - [[P:{full}]]"][i]
        out.append(("en", t))
    return out


# ---------------------------------------------------------------------------
def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = [("fi", t) for t in _FI_A]
    out += [("fi", t) for t in _FI_B]
    out += [("sv", t) for t in _SV]
    out += [("en", t) for t in _EN]
    out += _gen_varaamo(rng)
    out += _gen_negatives(rng)
    out += _gen_replies(rng)
    rng.shuffle(out)
    return out
