"""Blind evaluation block 15 for the free-text personal-data scrubber.

Written by helper "outsider 15" on 2026-12-07.

Blindness: the author did not open, grep, list or run anything under harvester/, tests/, scripts/,
benchmarks/pii_eval.py, benchmarks/pii_build_devset.py or any other benchmarks/pii_devset_outsider*.py file, and
ran no scrubber or evaluation while writing this block. The texts were written from the brief alone.

Focus: PERSON names as they appear in longer, natural messages, about 60 % Finnish and the rest Swedish and
English. Kerrokantasi comments that reply to or quote other commenters by name ("Kuten Mari yllä kirjoitti",
"@Jari_K", "Samaa mieltä Hannun kanssa"); OmaStadi proposals listing the people behind them (team members, a
school class and its teacher); feedback about named staff ("bussikuski Ahmed", "vartija nimeltä ..."); Varaamo
booking notes with contact persons. Several people per message; names in all Finnish cases, including inflected
foreign names (Somali, Arabic, Russian, Estonian, Vietnamese, Chinese, Spanish, Kurdish, Persian, Thai, Nepali,
Filipino, Nigerian); double first names, hyphenated surnames, nicknames and diminutives; names written in lower
case; names opening a sentence followed by a verb; names that are also ordinary words (Satu, Lumi, Onni, Toivo,
Rauha, Aamu, Ilta, Tuuli, Usko, Sulo, Armas, Lahja, Into, Valo, Kaste) used both as names (marked) and as words
(not marked). About a third of the records are hard negatives: capitalised non-names (places, organisations,
buildings and streets named after famous people, brands, pets, sentence-initial common nouns) and numbers that
are not personal data (dates, times, prices, case, order and reference numbers, postal codes, bus lines).
A few phones, e-mails and addresses are included for realism.

Seed: 1515 (random.Random(1515)); the output is deterministic.

Markup: [[LABEL:text]] around each piece of personal data, labels P (person name, any part), E (e-mail),
T (phone), H (HETU), I (IBAN / bank account), R (licence plate), A (street address with house number),
IP (IP address). Role words and titles stay outside a P span; Finnish case endings are inside the span; an
English possessive 's is inside. Famous and historical people, people that streets, parks and buildings are
named after, companies, brands, pets and places are not marked.

About 69 % of the records are individually written (the HAND block); the rest come from templates with many
different frames and name pools with hand-written Finnish case forms (the generator below).
"""

from __future__ import annotations

import random
import re
from collections import Counter

SEED = 1515

# Hand-written records. A line "@fi", "@sv" or "@en" starts a record in that language. A line that starts with
# two spaces continues the previous line (joined with one space); any other line is a real line break, and an
# empty line is an empty line in the message.
HAND = r"""
@fi
Kuten [[P:Mari]] yllä kirjoitti, pyöräkaista Hämeentiellä on jo nyt liian kapea. Olen itse ajanut siitä päivittäin
  vuodesta 2015 ja [[P:Marin]] kuvaama tilanne bussipysäkin kohdalla on ihan totta. Toivottavasti suunnittelijat
  lukevat nämä kommentit eikä vain laske tykkäyksiä.
@fi
@[[P:Jari_K]] ei se noin mene. Kaavassa lukee selvästi että kerrosluku on 8, ei 12. Lue liite 3 ennen kuin kommentoit 🙄
@fi
Samaa mieltä [[P:Hannun]] kanssa. Puistoa ei pidä rakentaa täyteen. Meidän taloyhtiön hallituksen puheenjohtaja
  [[P:Seppo Lindholm]] keräsi viime keväänä 140 nimeä adressiin, eikä siihen ikinä vastattu.
@fi
vastaus [[P:pirjolle]]: ei siellä ole mitään valaistusta, kävin eilen illalla katsomassa. [[P:jukan]] ehdotus
  led-valoista on hyvä mutta kuka sen maksaa
@fi
[[P:Satu]] kirjoitti hyvin, mutta tämä koko hanke kuulostaa kyllä sadulta. Ei mikään satu ole niin kaunis kuin nämä
  havainnekuvat, joissa aurinko paistaa aina eikä kukaan aja autolla.
@fi
Toivo on, että asukkaita oikeasti kuunnellaan tällä kertaa. Isoisäni [[P:Toivo Rantanen]] asui tällä kadulla 60 vuotta
  ja kertoi aina, miten rantaan pääsi ennen vapaasti. Nyt sinne ei pääse kuin venesataman portin kautta.
@fi
> Lapset eivät tarvitse uutta skeittiparkkia, he tarvitsevat hiljaisen paikan. – [[P:Kaisa V.]]

Olen eri mieltä [[P:Kaisan]] kanssa. Meidän [[P:Eetu]] (14 v) ja hänen kaverinsa [[P:Abdirahman]] ja [[P:Minh]]
  viettävät kaikki illat Kontulan ostarilla, koska muuta paikkaa ei ole. Skeittiparkki olisi paljon parempi vaihtoehto.
@fi
Haluan kiittää linjan 560 bussikuskia [[P:Ahmedia]], joka odotti minua ja rollaattoriani Myyrmäen asemalla 12.3.
  klo 14.10. Hän jopa auttoi minut pysäkille asti. Harvinaista nykyään!
Terveisin [[P:Aili Koskinen]], 82 v.
@fi
Kauppakeskuksen vartija nimeltä [[P:Dmitri]] kohteli poikaani todella töykeästi. Poikani [[P:Oskari]] istui penkillä
  odottamassa minua ja [[P:Dmitri]] käski hänet ulos sanoen "teidänlaisenne ei tänne kuulu". Olen yrittänyt soittaa
  asiakaspalveluun numeroon [[T:09 4250 7700]] mutta kukaan ei vastaa.
@fi
Ehdotuksen takana: [[P:Leena Mäkelä]], [[P:Rojin Ahmadi]] ja [[P:Juha-Pekka Salo]] Malmin asukasyhdistyksestä.
Haluamme Malmin lentokentän reunalle yhteisöpuutarhan, jossa on 40 viljelylaatikkoa, vesipiste ja katos.
Lisätietoja: [[E:leena.makela@kolumbus.fi]]
@fi
Olemme Vuosaaren ala-asteen 5B-luokka ja opettajamme on [[P:Tuuli Heinonen]]. Ehdotamme, että koulun pihalle tulisi
  parkour-rata ja katos. Tuuli puhaltaa meidän pihalla aina kovaa mereltä, joten katos olisi tosi tarpeellinen.
Luokan puolesta [[P:Aada]], [[P:Wei]], [[P:Yasmin]] ja [[P:Niilo]]
@fi
Varaus Kallion kirjaston ryhmätilaan ke 14.2. klo 17–19. Yhteyshenkilö [[P:Shirin Karimi]], p. [[T:044 918 2736]].
  Paikalle tulee myös [[P:Shirinin]] kollega [[P:Parisa]], joka avaa tilan jos olen myöhässä.
@fi
Onni oli matkassa kun löysin lompakkoni! Kiitos Itäkeskuksen kirjaston [[P:Onnille]], joka oli laittanut sen talteen
  ja soitti minulle heti. Oikein ystävällinen nuori mies.
@fi
Tällainen kommentti [[P:Anna-Liisalle]] ja [[P:Mirjalle]]: te molemmat asutte keskustassa, joten helppo teidän on
  vaatia autoilun rajoittamista. Me täällä Paloheinässä tarvitsemme auton, koska bussi 66 kulkee illalla
  kerran tunnissa.
@fi
Kiitos [[P:Hodan Warsamelle]] ja [[P:Abdullahille]] Kontulan nuorisotalolta, jotka järjestivät eilen upean
  iltatapahtuman. [[P:Hodanin]] vetämä tanssityöpaja oli lasten mielestä paras!
@fi
Rakennustyömaan työnjohtaja [[P:Jaan Tamm]] lupasi, että kaivuutyöt loppuvat klo 18, mutta kone jylläsi vielä klo 22.
  Soitin [[P:Jaanille]] kahdesti ja hän vain sanoi ettei voi asialle mitään. Työmaa on osoitteessa
  [[A:Sörnäisten rantatie 27]].
@fi
Terveisiä [[P:Olgalle]] ja [[P:Svetlana Ivanovalle]] venäjänkielisestä kerhosta! Kerhotila Kannelmäen kirjastossa
  on varattu jälleen torstaisin. Jos [[P:Olga]] ei pääse, avaimen saa [[P:Igorilta]].
@fi
Meillä oli ongelma Varaamon kanssa. [[P:Mohammed Ali Hassan]] varasi salin yhdistyksellemme, mutta järjestelmä
  näytti varauksen [[P:Mohammedin]] veljen [[P:Yusufin]] nimellä. Voitteko korjata? Varausnumero 88213.
@fi
Meidän naapurit [[P:Somchai]] ja hänen vaimonsa [[P:Malee]] ovat pitäneet pihan kukkapenkkejä kunnossa jo vuosia ilman
  mitään korvausta. Voisiko kaupunki jotenkin huomioida heidät? [[P:Somchaille]] ainakin kuuluisi kunniakirja.
@fi
Kävin Malmin terveysasemalla ja sairaanhoitaja [[P:Bishnu Rai]] oli todella ammattitaitoinen. Kannattaa kiittää
  myös [[P:Bishnun]] työparia, jonka nimeä en valitettavasti muista.
@fi
Kotihoidon [[P:Maricel]] ja [[P:Jennylyn]] käyvät äidilläni kolme kertaa päivässä. Haluan kertoa, että [[P:Maricelin]]
  ansiosta äiti on alkanut taas syödä kunnolla. Olisi hienoa jos hänelle välitettäisiin tämä palaute.
@fi
Jalkapallokerhon valmentajat [[P:Chukwuemeka]] ("[[P:Emeka]]") ja [[P:Ngozi Okafor]] tekevät mahtavaa työtä.
  [[P:Emekalle]] erityiskiitos siitä, että hän hakee pojat aina Mellunmäen metroasemalta.
@fi
Espanjankielisen satutunnin vetäjä [[P:Lucía Fernández]] lopettaa ja olemme kaikki pahoillamme. [[P:Lucían]] tilalle
  etsitään uutta vapaaehtoista. Satutunti on ollut lauantaisin klo 11 Töölön kirjastossa.
@fi
Kurdinkielinen kerho kokoontuu jatkossa Maunulatalossa. Ohjaajat [[P:Rojin]] ja [[P:Dilan Baran]].
Kysymykset [[P:Dilanille]] numeroon [[T:045 612 3390]].
@fi
[[P:Farhad]] soitti eilen asukastoimikunnalle ja kertoi, että hissi on taas rikki. [[P:Farhadin]] äiti ei pääse
  kuudennesta kerroksesta ulos. Osoite [[A:Kivikonkaari 8 C 41]]. Isännöitsijä ei vastaa puhelimeen.
@fi
Ravintolan omistajat [[P:Nguyen Thi Lan]] ja hänen miehensä [[P:Tran Van Hung]] ovat ehdottaneet, että tori
  avattaisiin myös sunnuntaisin. [[P:Lanin]] mielestä kesäkuukausina asiakkaita riittäisi. Tuen [[P:Hungin]] ja
  [[P:Lanin]] ehdotusta.
@fi
Kiinalaisen kulttuurin päivän järjestäjät: [[P:Wang Li]], [[P:Zhang Wei]] ja [[P:Chen Mei]]. Tarvitsemme tilan
  50 hengelle la 3.2. Yhteyshenkilö [[P:Zhang Wei]], [[E:zhang.wei88@gmail.com]].
@fi
Rauha ja hiljaisuus ovat tässä puistossa tärkeintä. Mummoni [[P:Rauha]] kävi täällä joka aamu ruokkimassa sorsia,
  ja aamu oli hänen lempihetkensä. Nykyään aamuisin kuuluu vain lehtipuhaltimien ääni.
@fi
Hei! Tässä [[P:Aamu]] ja [[P:Ilta]], kaksoset 9A-luokalta 😄 Ehdotamme Myllypuroon ulkokuntosalia.
Ilta on syksyllä aina liian pimeä, joten valaistus on tärkeä!!
@fi
Usko kaupunkiin alkaa loppua. Naapurini [[P:Sulo]] (89 v) kaatui jäisellä jalkakäytävällä Käpylässä ja [[P:Sulon]]
  tytär [[P:Päivi]] joutui viemään hänet päivystykseen. Hiekoitusta ei ollut tehty kolmeen päivään.
@fi
Paras lahja Jakomäen lapsille olisi oma uimahalli. Tätä ovat ajaneet jo vuosia [[P:Lahja Hiltunen]] ja
  [[P:Armas Lehtonen]] kotiseutuyhdistyksestä. Armas kotikaupunki, kuuntele nyt!
@fi
Valo on syksyllä iso ongelma Kivikon ulkoilureitillä. Poikani [[P:Valo]] ja hänen kaverinsa [[P:Into]] kulkevat siitä
  harjoituksiin ja [[P:Valolta]] meni viime viikolla puhelin rikki kun hän kaatui pimeässä. Lisää lamppuja!
@fi
Kaste oli vielä maassa kun lähdimme kävelylle Vanhankaupunginkoskelle. Mukana olivat tyttäreni [[P:Kaste]] ja hänen
  ystävänsä [[P:Lumi]]. Lumi oli jo sulanut polulta, mutta jäinen kohta sillan kohdalla on vaarallinen. [[P:Lumin]]
  äiti kaatui siinä viime viikolla.
@fi
Koiramme Onni löysi Kivinokan rannasta rikkinäisiä lasipulloja ja haavoitti tassunsa. Onni ei ole ainoa, naapurin
  [[P:Tapio]] sanoi että heidänkin koiransa on loukkaantunut. Toivottavasti ranta siivotaan ennen kesää.
@fi
Into on kova, mutta rahaa ei ole. Meidän taloyhtiössä [[P:Into Saarinen]] ehdotti, että haetaan OmaStadista rahaa
  pihan leikkipaikkaan. Minä, [[P:Tiina]] ja [[P:Heikki]] olemme mukana. Kysykää [[P:Intolta]] lisää.
@fi
moi, mun tytär [[P:lumi]] ja sen kaveri [[P:onni]] teki tän ehdotuksen koulussa. lumi ei oo tänä talvena ollu
  ollenkaan nii ne haluu tekolumiladun Paloheinään. [[P:onnin]] isä lupas auttaa
@fi
[[P:Marja-Leena]], et ilmeisesti ole käynyt alueella iltaisin. [[P:Marja-Leenan]] ja [[P:Juha-Matin]] kommentit
  kuulostavat siltä, että ne on kirjoitettu toimistolta käsin. Tulkaa käymään Kurkimäessä perjantai-iltana klo 23.
@fi
Kirjoitan yhdessä [[P:Anu Heikkilä-Osmanin]] ja [[P:Petri Koskinen-Alin]] kanssa. Vastustamme Vartiosaaren
  rakentamista, koska saari on Helsingin viimeisiä luonnontilaisia virkistysalueita.
@fi
[[P:Jartsa]] ja [[P:Tepi]] vetää meidän lähiön kirpparia ja se on ollut tosi suosittu. [[P:Jartsan]] mukaan tilaa
  tarvittaisiin enemmän, nyt jonoa on ulos asti. Tukekaa ehdotusta!
@fi
Kävin asukasillassa 5.10., jossa liikenneinsinööri [[P:Markus Hyvönen]] ja projektinjohtaja [[P:Saara Niemi]]
  esittelivät suunnitelmaa. [[P:Hyvösen]] mukaan pyöräbaana valmistuu 2027, mutta [[P:Niemi]] sanoi 2028.
  Kumpi pitää paikkansa?
@fi
Kaupunginvaltuutettu [[P:Johanna Leinonen]] lupasi vaalitilaisuudessa Pukinmäessä, että kirjaston aukioloja ei
  lyhennetä. Nyt niitä lyhennetään. Kysyisin [[P:Leinoselta]], mitä tapahtui.
@fi
Hei, Pirkkolan uimahallin kassalla työskentelevä [[P:Arja]] neuvoi minua todella ystävällisesti. Hänen ansiostaan
  sain seniorikortin hoidettua. Pyydän välittämään kiitokset hänelle ja esimiehelle.

t. [[P:Raimo Kettunen]]
[[T:050 348 2211]]
@fi
Luin kaikki tähän mennessä tulleet kommentit. Pääosin olen samaa mieltä [[P:Veeran]] ja [[P:Tuomaksen]] kanssa siitä,
  että Kalasataman keskuksen ympäristö on liian tuulinen.

[[P:Petteri]] kysyi aiemmin, miksi katutaso on niin kuollut. Vastaus on yksinkertainen: liiketilojen vuokrat ovat
  liian korkeat. [[P:Petterin]] kommentti sai 45 tykkäystä, joten en ole yksin.

– [[P:Riikka]]
@fi
[[P:Tuomas]] väittää että bussilinja 79 on turha. [[P:Ahmed]] taas kirjoittaa, että hän käyttää sitä joka päivä
  töihin. Molemmat voivat olla oikeassa, mutta [[P:Ahmedin]] kaltaisia vuorotyöläisiä on alueella paljon.
@fi
Varaaja: [[P:Kristiina Aaltonen]] / Vallilan partiolippukunta. Avain noudetaan [[P:Kristiinan]] puolesta, noutajana
  [[P:Eino Aaltonen]] (poika). Paikalla n. 25 partiolaista, lähtö klo 20.30.
@fi
Tila: Stoa, musiikkisali. Tapahtuma: somalinaisten yhdistyksen juhla. Vastuuhenkilöt [[P:Amina Yusuf]]
  ([[T:041 552 7810]]) ja [[P:Sahra Mohamed]]. Ruokailu hoidetaan itse, [[P:Sahran]] sisko tuo astiat.
@fi
Kirjaston virkailija [[P:Kimmo]] huusi tyttärelleni [[P:Nellalle]], koska tämä puhui puhelimessa. Ymmärrän säännöt,
  mutta huutaminen 8-vuotiaalle on kohtuutonta. [[P:Kimmon]] esimies voi ottaa yhteyttä minuun:
  [[E:h.lehtinen@pp.inet.fi]]
@fi
Kysyin [[P:Abdirahmanilta]], joka asuu viereisessä rapussa, onko heidän pihallaan sama ongelma. Hänen mukaansa
  rotat ovat levinneet koko kortteliin. Myös [[P:Faadumolle]] ja [[P:Mukhtarille]] on ilmestynyt rottia parvekkeelle.
@fi
Siivoojamme [[P:Tiiu]] ja [[P:Kadri]] tekevät hyvää työtä koululla, mutta [[P:Tiiun]] mukaan heille on annettu liian
  vähän aikaa koko rakennuksen siivoamiseen. [[P:Kadrilta]] kuulin saman.
@fi
Kiitos [[P:Carlosille]] joka korjasi Oulunkylän leikkipuiston keinun samana päivänä kuin ilmoitin! Viestin numero oli
  2024-08812.
@fi
Ehdotuksen tekijät:
- [[P:Sanna Lähteenmäki]] (Kannelmäen asukasyhdistys)
- [[P:Mustafa Aydin]]
- [[P:Elina]] ja [[P:Ville Kallio]]
- [[P:Minna-Maria Rask]]
Otamme mielellämme vastaan kommentteja. [[P:Sannan]] tavoittaa parhaiten sähköpostilla
  [[E:sanna.lahteenmaki@outlook.com]].
@fi
Ehdotan että Sibelius-puiston laidalle tulisi infotaulu, jossa kerrotaan Jean Sibeliuksesta ja monumentista. Idean
  keksi naapurini [[P:Aino]], jonka mukaan turistit etsivät monumenttia aina väärästä paikasta.
@fi
Olemme Maunulan yhteiskoulun 8C ja opettajamme [[P:Hanna-Kaisa Lindroos]] auttoi meitä tekemään tämän ehdotuksen.
  Idea on ulkoilmaluokka koulun taakse.
Ryhmässä: [[P:Ilmari]], [[P:Zeynep]], [[P:Mikael]], [[P:Sofia]], [[P:Aleksi]] ja [[P:Huda]].
@fi
[[P:Hannu Mäkinen]] kirjoitti 12.3.2025 klo 9.41:
> Bussikaistat ovat turhia, kukaan ei käytä niitä.

Ei ole turhia. Bussit 55 ja 56 jumittivat ennen joka aamu Sörnäisissä. [[P:Hannu]], oletko itse käyttänyt
  joukkoliikennettä viimeisen kymmenen vuoden aikana?
@fi
kiitos vaan [[P:mikalle]] ja [[P:johannalle]] uimastadionilta!! ne löys mun pojan kadonneen repun ja soitti heti.
  hyviä tyyppejä 👍
@fi
Metroaseman vartija (nimi kyltissä oli [[P:R. Salminen]]) otti rauhallisesti tilanteen hoitaakseen kun humalainen
  mies häiriköi laiturilla. Samoin toinen vartija, jota kollega kutsui [[P:Jonnaksi]]. Kiitos molemmille.
@fi
Haluaisin suositella [[P:Pimchanokia]] kesätyöntekijäksi ensi kesänäkin. [[P:Pimchanok]] hoiti leikkipuiston kahvion
  upeasti ja lapset rakastivat häntä. Toivottavasti [[P:Nokille]] löytyy paikka myös 2027.
@fi
Kiitos [[P:Parisa Hosseinille]] ja [[P:Kavehille]] tulkkausavusta asukastilaisuudessa. Ilman heitä puolet salista
  ei olisi ymmärtänyt mitään.
@fi
Tämä on jatkoa [[P:Tarjan]] ja [[P:Seijan]] kommenttiin. Ei pelkästään Lauttasaaren silta vaan myös
  Vattuniemenkadun risteys on vaarallinen. [[P:Seija]] mainitsi lapset, ja olen samaa mieltä: koulureitti kulkee
  siitä.
@fi
Ilmoitan, että rappukäytävän valo ei toimi. Asia koskee osoitetta [[A:Siltasaarenkatu 14 A 9]]. Valot on ilmoitettu
  rikki jo 3 kertaa. Yhteyshenkilö taloyhtiössä on [[P:Maija-Liisa Korpela]], [[T:040 556 1189]].
@fi
Ensinnäkin, kiitos [[P:Sergeille]]. Hän on korjannut taloyhtiön pyöräkatoksen kolme kertaa omalla ajallaan.
  Toiseksi: [[P:Natalia]] ja [[P:Aleksandr]] ovat ehdottaneet pihatalkoita ja tarvitsemme kaupungilta lavan.
@fi
Vartija [[P:Kalle]] ja vartija [[P:Said]] Kampin keskuksesta toimivat esimerkillisesti kun ystäväni sai
  epilepsiakohtauksen. [[P:Saidille]] ja [[P:Kallelle]] iso kiitos!
@fi
ONKO KUKAAN KUULLUT MITÄÄN? [[P:Jouni]] sanoi että työmaa loppuu syyskuussa mutta nyt on joulukuu. [[P:jounin]]
  mukaan kaupungilta tuli joku tiedote mutta en löydä sitä mistään
@fi
Kannatan [[P:Ayaanin]] ja [[P:Bashirin]] ehdotusta nuorten liikuntavuoroista. Kävin katsomassa Myllypuron
  liikuntapuistoa tiistaina ja siellä oli klo 20 jälkeen täysin tyhjää, vaikka [[P:Bashir]] oli varannut vuoron.
@fi
Aamu-uinnin ohjaaja [[P:Aamu]] on ihana! Ensi kerralla otan mukaan myös ystäväni [[P:Marketan]] 😊
@fi
Lyhyt kommentti [[P:Heikki Laineelle]]: olet väärässä. Pysäköintiä ei vähennetä vaan se siirretään
  pysäköintilaitokseen.
@fi
Asukkaiden puolesta ehdotusta ovat valmistelleet [[P:Pertti Juhani Laaksonen]], [[P:Eeva-Kaarina Holm]] ja
  [[P:Kalevi Ollila]]. Tavoitteena on saada Pihlajamäen kalliolle katsomo ja penkkejä.
@fi
Palaute koskee sosiaalityöntekijä [[P:Marika Tuomista]]. Hän ei ole vastannut viesteihini kuukauteen. Asiakasnumeroni on
  554-221. Haluaisin vaihtaa työntekijää. Puhelimeni [[T:+358 40 771 9023]].
@fi
Tytöt [[P:Hevi]] ja [[P:Nazanin]] 6A-luokalta haluavat ehdottaa tyttöjen omaa liikuntavuoroa Kontulan liikuntahalliin.
  Opettaja [[P:Rami Lehto]] tukee ideaa. [[P:Hevin]] äiti on lupautunut vapaaehtoiseksi valvojaksi.
@fi
[[P:Usko]] kertoi, että kylän vanha kuusi on kaadettu. [[P:Uskon]] mukaan lupaa ei ollut. Usko sinä sitten
  viranomaisiin 😄
@fi
Viesti kerhonvetäjille [[P:Arjunille]] ja [[P:Poojalle]]: tilavaraus Vuotalon salista on siirretty to 18.00–20.00.
  [[P:Arjun]], muistathan palauttaa avaimen infoon.
@fi
Muistutan, että [[P:Kamala Gurung]] ja [[P:Ram Bahadur Thapa]] ovat yhteyshenkilöitä Nepalilaisen yhteisön
  kevätjuhlassa. [[P:Kamalan]] puhelin [[T:046 123 8877]].
@fi
Kiitos [[P:Rowenalle]], [[P:Marivicille]] ja [[P:Jun-Junille]] Kustaankartanon palvelukeskuksesta. Isäni viihtyi
  siellä viimeiset vuotensa. [[P:Jun-Jun]] lauloi hänelle joka ilta.
@fi
Ehdotus: Kontulan ostarille kansainvälinen ruokatori. Takana [[P:Oluwaseun Adeyemi]] ("[[P:Seun]]"), [[P:Nkechi Obi]] ja
  [[P:Chinonso]]. [[P:Seunin]] ravintola on jo sitoutunut mukaan.
@fi
En ymmärrä, miksi [[P:Javier]] ja [[P:Ramón]] saivat potkut Kumpulan kasvitieteellisestä. [[P:Javierin]] hoitamat
  kasvihuoneet olivat parhaassa kunnossa vuosiin.
@fi
Minä ja [[P:Li Na]] järjestämme lasten kiinankielisen satuhetken. [[P:Li Nalle]] voi lähettää kysymyksiä,
  hän vastaa suomeksi ja kiinaksi. Satuhetket alkavat 8.9. Pasilan kirjastossa.
@fi
Puistotyöntekijä, jota muut kutsuivat [[P:Masaksi]], oli todella avulias. Hän siirsi kaatuneen puun pois
  pyörätieltä heti kun pyysin. Tällaisia työntekijöitä tarvitaan!
@fi
[[P:Reza]] ja [[P:Mahsa]] pyytävät, että Herttoniemen ranta-alueen penkkejä lisätään. [[P:Rezan]] äiti käy siellä
  päivittäin mutta ei jaksa kävellä koko reittiä ilman lepoa.
@fi
Yhteistyössä [[P:Tõnu]] ja [[P:Kersti Saar]] Viron kulttuuriseurasta. [[P:Tõnulle]] voi soittaa numeroon
  [[T:044 220 3300]].
@fi
Kommentoin [[P:Sirpa]]-tädin puolesta koska hänellä ei ole tietokonetta: hänen mielestään Ruskeasuon bussiterminaalin
  siirto on huono idea.
@fi
tiedoks @[[P:MaijaP]] ja @[[P:Tero_H]] että asukasilta siirtyy keskiviikolle. [[P:Maija]], tuletko?
@fi
Isäni [[P:Armas]] täyttää 90 ja toivoisimme juhlatilaa Malmitalosta 15.6. Yhteyshenkilö olen minä,
  [[P:Kirsi Virtanen]], [[E:kirsi.virtanen73@gmail.com]].
@fi
Hyvät päättäjät. Naapurissani asuu [[P:Abdi]], 11 v, joka pelaa koripalloa joka päivä Maunulan kentällä. Kori on
  ollut rikki puoli vuotta. [[P:Abdin]] kavereilla [[P:Samilla]] ja [[P:Otolla]] on sama toive: uusi kori!
@fi
[[P:Tuulin]] ja [[P:Sadun]] valokuvanäyttely on nyt Malmitalon aulassa. Valo on näyttelyn teema ja tuuli toinen.
  Tervetuloa!
@fi
Kerrokantasi-palautteeni koskee kommenttia, jonka kirjoitti "[[P:Pekka_68]]". Hän väitti, että maahanmuuttajat
  roskaavat puistoja. Tämä on asiatonta. Siivoan itse puistoa [[P:Abdirizakin]] ja [[P:Fartun]] kanssa joka kuukausi.
@fi
Joudun valittamaan: sairaanhoitaja [[P:Merja]] jätti isäni odottamaan 3 tuntia käytävälle. Isäni [[P:Eero Mattila]]
  (s. 1941) on muistisairas eikä osaa itse pyytää apua.
@fi
hei olen [[P:eveliina]] ja meidän ryhmä on [[P:veeti]], [[P:aaron]] ja [[P:ida-maria]]. haluttais et ostarin
  seinään saa tehdä graffiteja laillisesti!!!
@fi
Ehdotuksen on tehnyt Kulosaaren ala-asteen 2. luokka yhdessä opettaja [[P:Outi Pesosen]] ja koulunkäynninohjaaja
  [[P:Tuomon]] kanssa. Lapset toivovat hyönteishotellia ja kukkaniittyä.
@fi
Palautetta Varaamon kautta varatusta tilasta: tila oli likainen. Varaaja [[P:Petra Sundström]], varausnumero 77124.
  Edellinen käyttäjä oli jättänyt roskat. Infon [[P:Anne]] lupasi selvittää asian.
@fi
Kerrokantasi-kommenttiin 45 ([[P:Leo]]): ei, raitiovaunu ei mahdu Mechelininkadulle ilman että puita kaadetaan.
  [[P:Leon]] väite on virheellinen, lukekaa selvitys sivulta 14.
@fi
Nimeni on [[P:Dang Thi Hoa]], ja olen asunut Kannelmäessä 15 vuotta. Lapseni [[P:Khanh]] ja [[P:Bao]] käyvät
  koulua lähellä. Toivomme suojatietä Sitratorin kohdalle. [[P:Khanhille]] on melkein ajettu päälle kahdesti.
@fi
Tervehdys Roihuvuoresta! Kirsikkapuistoon kaivataan lisää roska-astioita. Talkoissa olivat mukana
  [[P:Keiko]], [[P:Hiroshi Tanaka]] ja [[P:Ritva]]. [[P:Hiroshin]] mukaan Hanami-juhlan jälkeen roskia oli 40 säkkiä.
@sv
Jag håller med [[P:Kristina]] ovan. Cykelbanan längs Norra Hesperiagatan behövs verkligen, och [[P:Kristinas]]
  förslag om bättre belysning är bra. Men [[P:Johan]] har fel om parkeringen.
@sv
Som [[P:Lars-Erik]] skrev tidigare så har bussen 14 blivit sämre. [[P:Lars-Eriks]] grannar och jag har väntat i 25
  minuter flera gånger i vinter.
@sv
Förslaget har gjorts av klass 4B på Botby grundskola tillsammans med vår lärare [[P:Sara Westerlund]].
I gruppen: [[P:Elsa]], [[P:Noah]], [[P:Amir]], [[P:Vilma]] och [[P:Hugo]].
Vi vill ha en utomhusscen på skolgården!
@sv
Busschauffören [[P:Ahmed]] på linje 14 var otroligt hjälpsam när min rullstol fastnade vid Tölö torg. Jag vill
  att [[P:Ahmeds]] chef får veta detta.
Hälsningar, [[P:Gunilla Strandberg]]
@sv
Väktaren som hette [[P:Janne]] betedde sig illa mot min dotter [[P:Alva]] i köpcentret. Han skrek åt henne inför
  alla. Jag har sparat kvittot med tiden 16.42.
@sv
Bokning av samlingssalen i Arbetets vänner. Kontaktperson: [[P:Ulla-Britt Grönqvist]], tel. [[T:040 771 2093]].
  Nyckeln hämtas av [[P:Karl-Johan]] på fredag.
@sv
Tack till [[P:Fatima]] och [[P:Leila]] på Arbis för en fantastisk sykurs! [[P:Fatimas]] tålamod är otroligt.
@sv
hej, jag och [[P:linnea]] vill ha en hundpark nära Brunnsparken. [[P:linneas]] hund Sigge har ingenstans att springa
@sv
> [[P:Bosse]] skrev:
> Det behövs inga fler cykelbanor i Munksnäs.

Jo, det behövs. Min bror [[P:Sten]] halkade på en sten som låg på trottoaren eftersom han inte fick cykla på gatan.
@sv
Jag vill tacka stadsplaneraren [[P:Henrik Åström]] och trafikingenjören [[P:Mira Lehtonen]] som kom till invånarmötet
  i Degerö. [[P:Åströms]] presentation var tydlig.
@sv
Förslaget står bakom: [[P:Anna-Karin Holm-Nyström]], [[P:Olga Petrova]] och [[P:Tiiu Saar]]. Vi vill rusta upp
  Kottby torg med bänkar och blomlådor. Kontakt: [[E:annakarin.holmnystrom@gmail.com]]
@sv
@[[P:Nisse_H]] tack för att du tog upp detta! Och [[P:Päivi]], som skrev på finska, har helt rätt om lekparken.
@sv
Vi är [[P:Abdirahman]] och [[P:Hodan]] från ungdomsgården i Nordsjö. Vi föreslår en basketplan. [[P:Hodans]] kusin
  [[P:Yasin]] har redan ritat den!
@sv
Hemvårdarna [[P:Maricel]] och [[P:Björn]] är fantastiska. Pappa säger att [[P:Björn]] är lugn som en björn.
@sv
Jag skriver för [[P:Marianne]], min granne på 92 år. Hon bor på [[A:Runebergsgatan 45 B 12]] och har inte kunnat gå ut
  sedan hissen gick sönder 3.2. Hennes son [[P:Thomas]] har ringt fastighetsskötseln många gånger.
@sv
Bra initiativ av [[P:Rojin]] och [[P:Shirin]]! Jag och [[P:Minh]] hjälper gärna till med översättningen.
@sv
Tack [[P:Somchai]] och [[P:Bishnu]] från parkarbetarna i Hagnäs. Ni städade hela stranden efter stormen!
@sv
Som svar till [[P:Gustav]] och [[P:Hanna]]: nej, spårvagnen till Ärtholmen förstör inte parken. Läs planen, sidan 8.
@sv
Bokning: Kvarnbäckens gårdshus, lördag 12.4 kl. 14–18, barnkalas för [[P:Ella]] (7 år). Ansvarig vuxen
  [[P:Jonna Eklund]], [[T:050 919 2290]].
@sv
Förslag från [[P:Ros-Marie Lindqvist]] och [[P:Ivan Sokolov]]: bygg en bastu vid Sandudd!
  Det vore bra om [[P:Ivans]] idé om bastuflotte också prövas.
@sv
Vill lyfta fram [[P:Chidi]] och [[P:Ngozi]] som har ordnat läxhjälp på biblioteket i Nordsjö varje tisdag.
  [[P:Ngozis]] matematikgrupp har 20 barn!
@sv
Kommentar till [[P:Mats]] ovan: du glömmer att Vårberga inte har någon vårdcentral.
@en
As [[P:Mari]] said above, the bike lane on Hämeentie is far too narrow. I ride it every day and [[P:Mari's]]
  description of the bus stop is spot on.
@en
I agree with [[P:Hannu's]] point about the park. Also, [[P:Olga]] is right that the playground needs shade.
@en
Driver [[P:Ahmed]] on route 23 waited for me when I was running with my stroller. Please pass on my thanks!
  Best, [[P:Chidi Okonkwo]]
[[T:+358 44 562 9981]]
@en
@[[P:jari_k]] that's not what the plan says. Page 12 clearly shows 8 floors.
@en
Team behind this proposal: [[P:Lucía García]], [[P:Wei Zhang]] and [[P:Amara Nwosu]], all parents at Pasila
  primary school. We want a covered bike shelter for 60 bikes.
Contact: [[E:lucia.garcia.hki@gmail.com]]
@en
Booking note: the contact person on the day is [[P:Svetlana]] ([[T:045 781 2204]]). If she is not reachable, call
  [[P:Dmitri Volkov]]. We will need the projector and 30 chairs.
@en
Hope is fading for the Töölö beach sauna. [[P:Hope]] from the library told me the city has no budget for it in 2026.
@en
Huge thanks to [[P:Satu]] at the Kontula youth centre and to [[P:Onni]], her colleague, for organising the football
  tournament. [[P:Satu's]] energy is unbelievable.
@en
thx to [[P:joonas]] and [[P:aleksi]] at the Kalasatama health station, super quick service 👍
@en
The security guard called [[P:Viktor]] at Itäkeskus metro station was rude to my son [[P:Kofi]]. He pushed him and
  told him to "go back home". My son is 15 and was born in Helsinki.
@en
Reply to [[P:Grace]]: yes, I was at the residents' evening too. [[P:Grace's]] question about the noise wall was never
  answered. [[P:Kimmo Saarinen]] from the city promised to send answers by e-mail, but nothing came.
@en
Our class 6C at Kallio lower comprehensive school, together with our teacher Ms [[P:Korhonen]], proposes a
  climbing wall. Group members: [[P:Sami]], [[P:Aisha]], [[P:Tuomas]] and [[P:Linh]].
@en
Thank you [[P:Bishnu]] and [[P:Sita Gurung]] at the Malmi library for the Nepali storytime! [[P:Sita's]] songs
  were a hit with the kids.
@en
I'm writing on behalf of my neighbour Mrs [[P:Leino]]. She is 88 and lives alone at
  [[A:Vironkatu 3 A 14]]. The snow has not been cleared from the yard for a week.
@en
[[P:Farid]] and [[P:Mahmoud]] run the Friday football for teens in Malmi. They need a better field. [[P:Farid]] says
  the current one floods every autumn.
@en
Contact persons for the Filipino community Christmas party: [[P:Maricel Reyes]] and [[P:Jun Santos]].
  We booked the Stoa hall via Varaamo, booking 55170.
@en
Quoting [[P:Pekka L.]]: "Nobody uses the tram on weekends." That's simply not true, [[P:Pekka]]. I take the 9 every
  Sunday and it's full.
@en
Joy was everywhere at the Vuosaari harbour festival, and [[P:Joy]], the volunteer at the info tent, deserves special
  thanks. So do [[P:Tuuli]] and [[P:Valo]] from the youth council.
@en
I want to complain about the social worker [[P:Anneli]]. She has cancelled three meetings with my family. Case number
  SOS-2025-3341.
@en
This proposal was written by [[P:Nguyen Van Minh]] and [[P:Tran Thi Mai]] with the help of our neighbour [[P:Kalle]].
  [[P:Minh]] can be reached at [[E:minh.nguyen.van@hotmail.com]].
@en
Shout-out to [[P:Yusuf]] and [[P:Hamid]], the cleaners at Kamppi metro. Always smiling! [[P:Hamid's]] kids go to
  my daughter's school.
@en
Re: comment by [[P:Daniel_S]] — the Central Park is not "empty land". [[P:Daniel]], please visit before you write.
@fi
Kuten yllä kirjoitettiin, pyöräkaista Hämeentiellä on liian kapea. Korjatkaa se ennen kesää 2026, kiitos.
@fi
Toivo Kuulan puistossa roskikset ovat olleet täynnä jo viikon. Kuka näitä tyhjentää?
@fi
Lumi tuli taas yllättäen. Auraus Vuosaaressa alkoi vasta klo 10 ja linja 90 myöhästyi 40 minuuttia.
@fi
Valo Kivikon ulkoilureitillä on ollut rikki 3 viikkoa. Kyse on lampusta nro 14 sillan kohdalla.
@fi
Tuuli kaatoi puun Kaivopuistossa Ehrensvärdintien kohdalla. Puu on pyörätien päällä, joten kiertäkää ajoradan kautta.
@fi
Aukioloajat: ma–to 8–20, pe 8–16. Aamu-uinti alkaa klo 6.30 ja ilta-uinti päättyy 21.30. Hinnat 6,20 € / 3,10 €.
@fi
Ehdotuksen takana: Malmin asukasyhdistys ry, Helsingin Kaupunkiaktiivit ja Pihlajamäki-Seura.
@fi
Asia HEL 2025-004512, päätös 14.3.2025 § 112. Kaupunkiympäristölautakunta hylkäsi ehdotuksen äänin 7–6.
@fi
Varaus: Oodi, Kuutio 2, ti 7.5. klo 12–14, 6 henkilöä. Laskutusviite 1003 4521. Maksettu 0 €.
@fi
Linja 15 ajaa Itäkeskuksesta Keilaniemeen. Pysäkki H2042 siirrettiin 50 m pohjoiseen Mäkelänkadulla.
@fi
Kiitos bussikuskille, joka odotti minua Malmin asemalla eilen klo 16.05! Harvinaista ystävällisyyttä.
@fi
Vartija kohteli minua asiallisesti, mutta opasteet Itäkeskuksen metroasemalla ovat epäselvät. Missä on hissi?
@fi
Samaa mieltä edellisen kommentoijan kanssa. Keskuspuisto on Helsingin keuhkot eikä sinne pidä rakentaa.
@fi
Runebergin torttuja myydään Vanhassa kauppahallissa 5.2. asti. Tori on auki la klo 8–15.
@fi
Tove Janssonin puistossa Katajanokalla on hyvä leikkipaikka, mutta penkit ovat huonossa kunnossa.
@fi
Onni onnettomuudessa oli, ettei kukaan loukkaantunut kun katuvalopylväs kaatui Mäkelänkadulla tiistaina.
@fi
Kaisa-talon edessä pyörätelineet ovat aina täynnä. Lisää telineitä Kaisaniemenkadulle!
@fi
Armas Lindgrenin suunnittelema huvila Kulosaaressa rapistuu. Kaupungin pitäisi suojella se.
@fi
Kahvila Onni ja ravintola Rauha ovat avanneet terassit Kalliossa. Meteli jatkuu klo 02 asti joka yö.
@fi
Into-kustantamon kirjamessut järjestetään Kaapelitehtaalla 12.–13.10. Liput 15 €, eläkeläiset 10 €.
@fi
Ehdotus #1523: Puistojumppa Roihuvuoreen. Budjetti 25 000 €. Ehdotuksen takana Roihuvuoren Seura ry.
@fi
OmaStadi-äänestys päättyy 20.10. klo 23.59. Tulokset julkaistaan marraskuussa osoitteessa omastadi.hel.fi.
@fi
Kerrokantasi: Hakaniemen torin suunnitelma. Kommentit 12, 45 ja 78 käsittelevät samaa asiaa, eli maanalaista
  pysäköintiä.
@fi
Aleksis Kiven kadun ja Mäkelänkadun risteyksessä on liikennevalot olleet pimeinä koko aamun.
@fi
Sulo-sali Kanneltalossa oli täynnä. Ensi vuonna isompi tila!
@fi
Satu-tunti Töölön kirjastossa on peruttu 14.2. Seuraava satutunti on la 21.2. klo 11. Ilmoittautuminen ei ole tarpeen.
@fi
Usko pois, tämä ei toimi. Pysäköintikielto Pohjoisella Rautatiekadulla pitäisi ulottua klo 22 asti.
@fi
Ilta-aurinko paistaa suoraan uuteen kerrostaloon Sörnäisissä. Varjostusvaikutukset pitäisi tutkia paremmin.
@fi
Rauha on mennyt. Kesäkuusta lähtien Kurvin kohdalla on ollut rakennustyömaa, joka alkaa klo 7 joka aamu.
@fi
Kalevan päivänä 28.2. Kalevala-talossa on esityksiä. Tämä ei liity asiaan mutta ilmoitustaulu on rikki.
@fi
Pasilan Mall of Triplan pysäköintihalli P2 on täynnä joka lauantai. Hinta 4 €/h on kohtuuton.
@fi
Postinumero 00530 on Kallion aluetta. Miksi karttapalvelu näyttää Sörnäisten?
@fi
Metro M1 ja M2 kulkevat Vuosaaresta. Ruuhka-aikana vuoroväli 4 min, muuten 8 min.
@fi
Stockmannin edessä Aleksanterinkadulla lumi oli aurattu pyörätien päälle. Ilmoitin asiasta myös Helsinki-palautteeseen.
@fi
Lahja kaupungille: kunnostetaan Kaisaniemen kasvihuoneet talkoilla. Into riittää, tarvitaan vain lupa.
@fi
Keskustakirjasto Oodin 3. kerroksessa lasten alue on liian meluisa. Kirjastovirkailija sanoi, että asia on tiedossa.
@fi
Kaste-iltapäivä Kallion kirkossa su 10.3. klo 14. Seurakunta tarjoaa kahvit.
@fi
Kustaa Vaasan tiellä nopeusrajoitus 50 km/h on liian korkea. Alueella on kaksi koulua ja päiväkoti.
@fi
Tilaus 4452981 on edelleen toimittamatta. Tilasin pihakalusteet taloyhtiölle 12.8. Laskun viite RF18 5390 0754 7034.
@sv
Tove Janssons park är fin men bänkarna behöver målas. Samma sak i Topeliusparken.
@sv
Busslinje 14 går inte längre till Sandudd efter 23.00. Varför?
@sv
Sten och grus har spolats upp på cykelbanan längs Strandvägen efter regnet.
@sv
Bokning 44512 av Kvarnbäckens gårdshus är bekräftad. Pris 45 €. Betalas före 1.6.
@sv
Tack till chauffören på linje 55 som väntade på mig vid Gumtäkts station klockan 7.42!
@sv
Svenska kulturfonden och Arbis ordnar kurser i Nordsjö. Anmälan senast 15.8.
@sv
Björnen i Högholmens djurpark, nej förlåt, Högholmen har inga björnar längre. Men stängslet vid ingången är trasigt.
@sv
Runebergs esplanad är full av skräp efter valborg. Bättre städning behövs 1.5.
@sv
Hej! Vi i Kottby hembygdsförening vill ha fler soptunnor. Förslag 2024-117.
@sv
Rosor planterades i Rosparken 2019, nu är de döda. Vem ansvarar?
@sv
Alvar Aaltos Finlandiahuset har fina trappor men det saknas ramp för rullstolar på östra sidan.
@en
Hope the city fixes the streetlights on Itäväylä before winter. Three are out near the Kulosaari exit.
@en
The grace period for parking permits ends 31.1. After that the fine is 80 €.
@en
Will bus 71 run on Independence Day? The HSL app says no, the timetable says yes.
@en
Alvar Aalto's Finlandia Hall is beautiful but the area around it is a construction site until 2027.
@en
Ticket #44821: the ticket machine at Pasila station does not accept cards. Reported on 3 Nov at 08:15.
@en
Thanks to the bus driver on route 18 who waited for my daughter at Ruskeasuo this morning!
@en
The Sibelius Monument area needs more bins. Tourists leave litter everywhere in summer.
@en
Helsinki Central Library Oodi is great, but the makerspace booking system keeps crashing. Error code 503.
@en
Mark the date: the residents' evening is on 14 March at 18:00 in Malmitalo, room 2.
@en
Proposal #882 by the Vuosaari Residents' Association: benches along the seaside path. Budget €18,000.
@en
Grace and Hope Church runs a food bank in Kallio on Tuesdays 10–12. Could the city give them a bigger space?
"""

# ---------------------------------------------------------------------------------------------------------------
# Template part. Finnish name pools carry hand-written case forms: nominative, genitive, allative, ablative,
# adessive, partitive.

FI_FIRST = [
    ("Mari", "Marin", "Marille", "Marilta", "Marilla", "Maria"),
    ("Hannu", "Hannun", "Hannulle", "Hannulta", "Hannulla", "Hannua"),
    ("Jari", "Jarin", "Jarille", "Jarilta", "Jarilla", "Jaria"),
    ("Ahmed", "Ahmedin", "Ahmedille", "Ahmedilta", "Ahmedilla", "Ahmedia"),
    ("Fatima", "Fatiman", "Fatimalle", "Fatimalta", "Fatimalla", "Fatimaa"),
    ("Abdirahman", "Abdirahmanin", "Abdirahmanille", "Abdirahmanilta", "Abdirahmanilla", "Abdirahmania"),
    ("Hodan", "Hodanin", "Hodanille", "Hodanilta", "Hodanilla", "Hodania"),
    ("Olga", "Olgan", "Olgalle", "Olgalta", "Olgalla", "Olgaa"),
    ("Dmitri", "Dmitrin", "Dmitrille", "Dmitriltä", "Dmitrillä", "Dmitriä"),
    ("Tiiu", "Tiiun", "Tiiulle", "Tiiulta", "Tiiulla", "Tiiua"),
    ("Jaan", "Jaanin", "Jaanille", "Jaanilta", "Jaanilla", "Jaania"),
    ("Minh", "Minhin", "Minhille", "Minhiltä", "Minhillä", "Minhiä"),
    ("Wei", "Wein", "Weille", "Weiltä", "Weillä", "Weitä"),
    ("Carlos", "Carlosin", "Carlosille", "Carlosilta", "Carlosilla", "Carlosia"),
    ("Lucía", "Lucían", "Lucíalle", "Lucíalta", "Lucíalla", "Lucíaa"),
    ("Rojin", "Rojinin", "Rojinille", "Rojinilta", "Rojinilla", "Rojinia"),
    ("Shirin", "Shirinin", "Shirinille", "Shiriniltä", "Shirinillä", "Shiriniä"),
    ("Somchai", "Somchain", "Somchaille", "Somchailta", "Somchailla", "Somchaita"),
    ("Bishnu", "Bishnun", "Bishnulle", "Bishnulta", "Bishnulla", "Bishnua"),
    ("Maricel", "Maricelin", "Maricelille", "Maricelilta", "Maricelilla", "Maricelia"),
    ("Ngozi", "Ngozin", "Ngozille", "Ngozilta", "Ngozilla", "Ngozia"),
    ("Chidi", "Chidin", "Chidille", "Chidiltä", "Chidillä", "Chidiä"),
    ("Anna-Liisa", "Anna-Liisan", "Anna-Liisalle", "Anna-Liisalta", "Anna-Liisalla", "Anna-Liisaa"),
    ("Juha-Pekka", "Juha-Pekan", "Juha-Pekalle", "Juha-Pekalta", "Juha-Pekalla", "Juha-Pekkaa"),
    ("Pirjo", "Pirjon", "Pirjolle", "Pirjolta", "Pirjolla", "Pirjoa"),
    ("Seppo", "Sepon", "Sepolle", "Sepolta", "Sepolla", "Seppoa"),
    ("Kaisa", "Kaisan", "Kaisalle", "Kaisalta", "Kaisalla", "Kaisaa"),
    ("Tuomas", "Tuomaksen", "Tuomakselle", "Tuomakselta", "Tuomaksella", "Tuomasta"),
    ("Heikki", "Heikin", "Heikille", "Heikiltä", "Heikillä", "Heikkiä"),
    ("Päivi", "Päivin", "Päiville", "Päiviltä", "Päivillä", "Päiviä"),
    ("Marjatta", "Marjatan", "Marjatalle", "Marjatalta", "Marjatalla", "Marjattaa"),
    ("Satu", "Sadun", "Sadulle", "Sadulta", "Sadulla", "Satua"),
    ("Toivo", "Toivon", "Toivolle", "Toivolta", "Toivolla", "Toivoa"),
    ("Onni", "Onnin", "Onnille", "Onnilta", "Onnilla", "Onnia"),
    ("Lumi", "Lumin", "Lumille", "Lumilta", "Lumilla", "Lumia"),
    ("Tuuli", "Tuulin", "Tuulille", "Tuulilta", "Tuulilla", "Tuulia"),
    ("Valo", "Valon", "Valolle", "Valolta", "Valolla", "Valoa"),
    ("Rauha", "Rauhan", "Rauhalle", "Rauhalta", "Rauhalla", "Rauhaa"),
    ("Jartsa", "Jartsan", "Jartsalle", "Jartsalta", "Jartsalla", "Jartsaa"),
    ("Jussi", "Jussin", "Jussille", "Jussilta", "Jussilla", "Jussia"),
    ("Sergei", "Sergein", "Sergeille", "Sergeiltä", "Sergeillä", "Sergeitä"),
    ("Reza", "Rezan", "Rezalle", "Rezalta", "Rezalla", "Rezaa"),
    ("Azad", "Azadin", "Azadille", "Azadilta", "Azadilla", "Azadia"),
    ("Li Na", "Li Nan", "Li Nalle", "Li Nalta", "Li Nalla", "Li Naa"),
    ("Sita", "Sitan", "Sitalle", "Sitalta", "Sitalla", "Sitaa"),
    ("Amaka", "Amakan", "Amakalle", "Amakalta", "Amakalla", "Amakaa"),
    ("Aamu", "Aamun", "Aamulle", "Aamulta", "Aamulla", "Aamua"),
    ("Sulo", "Sulon", "Sulolle", "Sulolta", "Sulolla", "Suloa"),
]

FI_SURNAMES = [
    ("Virtanen", "Virtasen", "Virtaselle", "Virtaselta", "Virtasella", "Virtasta"),
    ("Mäkelä", "Mäkelän", "Mäkelälle", "Mäkelältä", "Mäkelällä", "Mäkelää"),
    ("Laine", "Laineen", "Laineelle", "Laineelta", "Laineella", "Lainetta"),
    ("Hassan", "Hassanin", "Hassanille", "Hassanilta", "Hassanilla", "Hassania"),
    ("Ivanova", "Ivanovan", "Ivanovalle", "Ivanovalta", "Ivanovalla", "Ivanovaa"),
    ("Tamm", "Tammin", "Tammille", "Tammilta", "Tammilla", "Tammia"),
    ("Nguyen", "Nguyenin", "Nguyenille", "Nguyenilta", "Nguyenilla", "Nguyenia"),
    ("Wang", "Wangin", "Wangille", "Wangilta", "Wangilla", "Wangia"),
    ("García", "Garcían", "Garcíalle", "Garcíalta", "Garcíalla", "Garcíaa"),
    ("Ahmadi", "Ahmadin", "Ahmadille", "Ahmadilta", "Ahmadilla", "Ahmadia"),
    ("Karimi", "Karimin", "Karimille", "Karimilta", "Karimilla", "Karimia"),
    ("Santos", "Santosin", "Santosille", "Santosilta", "Santosilla", "Santosia"),
    ("Okafor", "Okaforin", "Okaforille", "Okaforilta", "Okaforilla", "Okaforia"),
    (
        "Heikkilä-Osman",
        "Heikkilä-Osmanin",
        "Heikkilä-Osmanille",
        "Heikkilä-Osmanilta",
        "Heikkilä-Osmanilla",
        "Heikkilä-Osmania",
    ),
    ("Koskinen-Ali", "Koskinen-Alin", "Koskinen-Alille", "Koskinen-Alilta", "Koskinen-Alilla", "Koskinen-Alia"),
    ("Korhonen", "Korhosen", "Korhoselle", "Korhoselta", "Korhosella", "Korhosta"),
    ("Warsame", "Warsamen", "Warsamelle", "Warsamelta", "Warsamella", "Warsamea"),
    ("Suominen", "Suomisen", "Suomiselle", "Suomiselta", "Suomisella", "Suomista"),
    ("Lindqvist", "Lindqvistin", "Lindqvistille", "Lindqvistiltä", "Lindqvistillä", "Lindqvistiä"),
    ("Petrov", "Petrovin", "Petroville", "Petrovilta", "Petrovilla", "Petrovia"),
    ("Saar", "Saarin", "Saarille", "Saarilta", "Saarilla", "Saaria"),
    ("Yilmaz", "Yilmazin", "Yilmazille", "Yilmazilta", "Yilmazilla", "Yilmazia"),
    ("Gurung", "Gurungin", "Gurungille", "Gurungilta", "Gurungilla", "Gurungia"),
    ("Reyes", "Reyesin", "Reyesille", "Reyesiltä", "Reyesillä", "Reyesiä"),
    ("Rahimi", "Rahimin", "Rahimille", "Rahimilta", "Rahimilla", "Rahimia"),
    (
        "Lahtinen-Mohamed",
        "Lahtinen-Mohamedin",
        "Lahtinen-Mohamedille",
        "Lahtinen-Mohamedilta",
        "Lahtinen-Mohamedilla",
        "Lahtinen-Mohamedia",
    ),
]

SV_EN_FIRST = [
    "Kristina",
    "Johan",
    "Annika",
    "Mikael",
    "Ulla-Britt",
    "Bosse",
    "Linnea",
    "Fatima",
    "Ahmed",
    "Olga",
    "Päivi",
    "Jukka",
    "Hodan",
    "Minh",
    "Lucía",
    "Rojin",
    "Somchai",
    "Bishnu",
    "Maricel",
    "Chidi",
    "Tiiu",
    "Wei",
    "Karl-Erik",
    "Stina",
    "Abdullahi",
    "Svetlana",
    "Parisa",
    "Sanna",
    "Satu",
    "Onni",
    "Lumi",
    "Tuuli",
    "Emeka",
    "Mei",
    "Javier",
    "Zeynep",
    "Kamala",
    "Lan",
    "Andres",
    "Mahsa",
]
SV_EN_SURNAMES = [
    "Lindholm",
    "Grönqvist",
    "Hassan",
    "Ivanova",
    "Tamm",
    "Nguyen",
    "Wang",
    "García",
    "Ahmadi",
    "Karimi",
    "Santos",
    "Okafor",
    "Holm-Nyström",
    "Virtanen",
    "Eklund",
    "Warsame",
    "Reyes",
    "Gurung",
    "Rahimi",
    "Sjöberg",
    "Kask",
]

FI_TOPICS = [
    "Hämeentien pyöräkaista on liian kapea bussipysäkin kohdalla",
    "Keskuspuistoa ei pidä kaventaa yhtään",
    "Kontulan ostarille tarvitaan nuorille oma tila",
    "linja 55 on aina täynnä aamuisin klo 7.30–8.30",
    "Malmin lentokentän alue pitää säilyttää virkistyskäytössä",
    "Hakaniemen torin remontti on venynyt kohtuuttomasti",
    "Vuosaaren sataman melu kuuluu yöllä Kallahteen asti",
    "Töölönlahden puiston valaistus on puutteellinen",
    "Pasilan asemalla hissit ovat rikki joka toinen viikko",
    "Herttoniemen rantaan tarvitaan lisää roska-astioita",
    "Mellunmäen metroaseman ympäristö on iltaisin turvaton",
    "Oulunkylän kirjaston aukioloja ei saa lyhentää",
    "Kalasataman tuulitunnelit tekevät kävelystä ikävää",
    "Jakomäkeen pitäisi saada uimahalli",
    "Lauttasaaren sillan pyörätie on jäinen koko talven",
    "Myllypuron liikuntapuiston valot sammuvat liian aikaisin",
    "raitiolinja 9 pitäisi jatkaa Ilmalaan",
    "Kannelmäen ostoskeskuksen pihalle tarvitaan penkkejä",
    "Paloheinän ladut on aurattu huonosti tänä vuonna",
    "Sörnäisten rantatien meluaitaa pitää jatkaa",
]

FI_PLACES = [
    "Kontulan nuorisotalolta",
    "Oodista",
    "Malmitalosta",
    "Vuotalosta",
    "Kannelmäen kirjastosta",
    "Itäkeskuksen uimahallista",
    "Stoasta",
    "Maunulatalosta",
    "Kallion kirjastosta",
    "Myllypuron leikkipuistosta",
    "Kanneltalosta",
    "Pihlajamäen nuorisotalolta",
]

FI_ROLES = [
    ("bussikuski", "bussikuskia"),
    ("vartija", "vartijaa"),
    ("kirjastovirkailija", "kirjastovirkailijaa"),
    ("ohjaaja", "ohjaajaa"),
    ("siivooja", "siivoojaa"),
    ("kassahenkilö", "kassahenkilöä"),
    ("uimavalvoja", "uimavalvojaa"),
    ("sairaanhoitaja", "sairaanhoitajaa"),
    ("puistotyöntekijä", "puistotyöntekijää"),
    ("raitiovaunukuljettaja", "raitiovaunukuljettajaa"),
]

PHONES = [
    "040 512 8843",
    "050 331 9021",
    "044 702 1188",
    "+358 45 210 7765",
    "041 998 2301",
    "0400 615 221",
    "+358 50 443 1009",
    "046 771 3042",
]


class _Name:
    """A name with its case forms, each already wrapped in [[P:...]] markup."""

    def __init__(self, forms: tuple[str, ...]) -> None:
        nom, gen, all_, abl, ade, par = (f"[[P:{f}]]" for f in forms)
        self.nom, self.gen, self.all, self.abl, self.ade, self.par = nom, gen, all_, abl, ade, par


def _fi_first(rng: random.Random, k: int) -> list[_Name]:
    return [_Name(forms) for forms in rng.sample(FI_FIRST, k)]


def _fi_full(rng: random.Random, k: int) -> list[_Name]:
    firsts = rng.sample(FI_FIRST, k)
    surs = rng.sample(FI_SURNAMES, k)
    return [_Name(tuple(f[0] + " " + s for s in sur)) for f, sur in zip(firsts, surs, strict=True)]


FI_POS_FRAMES = [
    "Kuten {a.nom} yllä kirjoitti, {topic}. Olen samaa mieltä myös {b.gen} kanssa.",
    "Samaa mieltä {a.gen} kanssa! {Topic}.",
    "Vastaus {a.all}: ei pidä paikkaansa. {Topic}, se on kaikkien tiedossa.",
    "{a.nom} on oikeassa: {topic}. {b.nom} sen sijaan ei ole lukenut suunnitelmaa.",
    "Kiitos {a.all} ja {b.all} {place}! Ilman teitä tapahtuma ei olisi onnistunut.",
    "Ehdotuksen takana: {f.nom}, {g.nom} ja {h.nom}. Perustelu: {topic}.",
    "Yhteyshenkilö {f.nom}, p. {phone}. Varaus koskee {venue}, {date} klo {time}.",
    "{role} {a.nom} {place} oli todella ystävällinen. Välittäkää kiitokset {a.all}!",
    "{role} nimeltä {a.nom} käyttäytyi asiattomasti. Toivon, että {a.gen} esimies puuttuu asiaan.",
    "Kysyin asiasta {a.abl}, ja hänen mukaansa {topic}.",
    "En ymmärrä {a.gen} logiikkaa. {Topic}, eikä sitä muuta mikään.",
    "{a.nom} ja {b.nom} kirjoittivat jo tästä, mutta toistan: {topic}.",
    "Olen keskustellut asiasta {a.gen} ja {b.gen} kanssa ja olemme yhtä mieltä: {topic}.",
    "Luokkamme opettaja {f.nom} auttoi meitä ehdotuksessa. Ryhmässä olivat {a.nom}, {b.nom} ja {c.nom}.",
    "{Topic}. Näin ajattelee myös naapurini {a.nom}.\n\nTerveisin {f.nom}",
    "Haluan kiittää {a.par} ja {b.par} {place}. He auttoivat isääni, kun hän eksyi.",
    "{a.ade} on hyvä pointti: {topic}.",
    "Tukekaa {a.gen} ja {b.gen} ehdotusta! {Topic}.",
    "Sain {a.abl} vastauksen vasta kolmen viikon päästä. Asia: {topic}.",
    "Kommentti {f.all}: {topic}. Tämä on faktaa, ei mielipide.",
    "Varaaja {f.nom}. Avaimen noutaa {a.nom}, puhelin {phone}.",
    "{f.nom} ja {g.nom} ehdottavat: {topic}. Lisätietoja {a.abl}.",
    "Tässä vielä {a.gen} puolesta: hänkin on sitä mieltä, että {topic}.",
    "Vahvistan, että {a.nom} ({phone}) on tapahtuman vastuuhenkilö ja {b.nom} hänen varahenkilönsä.",
    "Moi {a.nom}! Luin kommenttisi. {Topic}, mutta kannattaa kysyä myös {b.abl}.",
    "Kerrokantasi-kommenttiin, jonka {f.nom} kirjoitti: {topic}.",
]

FI_NEG_FRAMES = [
    "Kuten edellinen kommentoija kirjoitti, {topic}.",
    "Samaa mieltä yllä olevan kanssa. {Topic}.",
    "Kiitos {place_gen} henkilökunnalle! {Topic} on silti totta.",
    "Varaus koskee {venue}, {date} klo {time}. Viite {ref}, hinta {fee}.",
    "Ehdotus #{num}: {Topic}. Budjetti {price}.",
    "{Topic}. Asia {case}.",
    "Haluan kiittää {role_par}, joka auttoi minua {date} klo {time}.",
    "{role} {place} oli epäkohtelias. {Topic}.",
]

VENUES = [
    "Oodin Kuutio 2:ta",
    "Malmitalon salia",
    "Vuotalon ryhmätilaa",
    "Stoan musiikkisalia",
    "Kanneltalon kokoushuonetta",
    "Maunulatalon saunaa",
    "Kallion kirjaston pajaa",
    "Pasilan kirjaston studiota",
]
DATES = ["ti 7.5.", "14.2.", "la 3.2.", "su 10.3.", "ma 2.9.", "pe 18.10.", "ke 4.12.", "to 21.11."]
TIMES = ["12–14", "17–19", "9.30", "18.00–21.00", "10–16", "16.45"]
PLACE_GEN = ["Malmitalon", "Oodin", "Itäkeskuksen uimahallin", "Kontulan nuorisotalon", "Stoan"]
PRICES = ["25 000 €", "12 500 €", "80 000 €", "4 200 €", "150 000 €"]
FEES = ["0 €", "25 €", "45 €", "60 €", "12,50 €"]
CASES = ["HEL 2025-004512", "HEL 2024-013377", "HEL 2026-000981", "dnro 2025/771"]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _fi_template(rng: random.Random, positive: bool) -> str:
    topic = rng.choice(FI_TOPICS)
    role, role_par = rng.choice(FI_ROLES)
    common = {
        "topic": topic,
        "Topic": _cap(topic),
        "place": rng.choice(FI_PLACES),
        "phone": f"[[T:{rng.choice(PHONES)}]]",
        "venue": rng.choice(VENUES),
        "date": rng.choice(DATES),
        "time": rng.choice(TIMES),
        "role": _cap(role),
        "role_par": role_par,
        "place_gen": rng.choice(PLACE_GEN),
        "price": rng.choice(PRICES),
        "case": rng.choice(CASES),
        "fee": rng.choice(FEES),
        "ref": str(rng.randint(10000, 99999)),
        "num": str(rng.randint(100, 2999)),
    }
    if not positive:
        return rng.choice(FI_NEG_FRAMES).format(**common)
    frame = rng.choice(FI_POS_FRAMES)
    a, b, c = _fi_first(rng, 3)
    f, g, h = _fi_full(rng, 3)
    return frame.format(a=a, b=b, c=c, f=f, g=g, h=h, **common)


SV_POS_FRAMES = [
    "Jag håller med {a} ovan. {topic}",
    "Som {a} skrev tidigare: {topic_l} {a_gen} poäng är viktig.",
    "Förslaget har gjorts av {fa} och {fb}. {topic}",
    "Tack till {a} och {b} på {place}! Ni är bäst.",
    "Kontaktperson: {fa}, tel. {phone}. Nyckeln hämtas av {b}.",
    "Chauffören {a} på linje {line} var mycket vänlig mot min mamma.",
    "Väktaren som hette {a} var otrevlig. Jag vill att {a_gen} chef kontaktar mig.",
    "Svar till {a}: nej. {topic} Fråga gärna {b}, hen vet mer.",
    "{a} och {b} har rätt. {topic}",
    "Vår lärare {fa} hjälpte klassen. I gruppen: {a}, {b} och {c}.",
]
SV_NEG_FRAMES = [
    "Jag håller med kommentaren ovan. {topic}",
    "Tack till personalen på {place}! {topic}",
    "Bokning {ref} av {venue_sv} är bekräftad. Pris {price}.",
    "Förslag nr {num}: {topic}",
]
SV_TOPICS = [
    "Cykelbanan på Tavastvägen är för smal.",
    "Centralparken får inte byggas.",
    "Buss 14 är alltid full.",
    "Hagnäs torg behöver fler bänkar.",
    "Nordsjö behöver en simhall.",
    "Gatlyktorna i Kottby är trasiga.",
    "Brunnsparken borde ha en hundpark.",
    "Det är för lite belysning längs Tölöviken.",
    "Ärtholmen måste få bättre kollektivtrafik.",
    "Degerö behöver en ny lekpark.",
]
SV_PLACES = ["Arbis", "Nordhuset", "biblioteket i Nordsjö", "Stoa", "Ungdomsgården i Botby", "Ode", "Malms bibliotek"]
SV_VENUES = ["Kvarnbäckens gårdshus", "samlingssalen i Arbis", "Stoas sal", "Malms kulturhus"]

EN_POS_FRAMES = [
    "As {a} said above, {topic_l}",
    "I agree with {a_gen} point. {topic}",
    "Team behind this proposal: {fa}, {fb} and {fc}. {topic}",
    "Huge thanks to {a} and {b} at {place}!",
    "Contact person: {fa}, tel. {phone}. {b} will pick up the key.",
    "Driver {a} on route {line} was extremely kind to my mother.",
    "The security guard called {a} was rude to us. I want {a_gen} supervisor to call me back.",
    "Reply to {a}: no. {topic} Ask {b}, they know the area.",
    "{a} and {b} are right. {topic}",
    "Our teacher {fa} helped the class. Group members: {a}, {b} and {c}.",
    "@{handle} {topic}",
]
EN_NEG_FRAMES = [
    "I agree with the comment above. {topic}",
    "Thanks to the staff at {place}! {topic}",
    "Booking {ref} for {venue_en} is confirmed. Price {price}.",
    "Proposal #{num}: {topic}",
]
EN_TOPICS = [
    "The bike lane on Hämeentie is too narrow.",
    "Central Park must not be built on.",
    "Bus 55 is always full in the morning.",
    "Kontula needs a youth space.",
    "The Pasila lifts are broken again.",
    "Vuosaari harbour is too noisy at night.",
    "Streetlights on Itäväylä are out.",
    "Tram 9 should be extended to Ilmala.",
    "The Oodi makerspace booking keeps failing.",
    "Malmi airfield should stay a recreation area.",
]
EN_PLACES = ["Oodi", "Malmitalo", "Kontula youth centre", "Stoa", "Vuotalo", "Itäkeskus swimming hall", "Maunulatalo"]
EN_VENUES = ["Oodi room Kuutio 2", "the Malmitalo hall", "Stoa music hall", "the Vuotalo studio"]


def _gen(name: str, lang: str) -> str:
    if lang == "en":
        return f"[[P:{name}'s]]"
    return f"[[P:{name}{'' if name[-1] in 'sxz' else 's'}]]"


def _sv_en_template(rng: random.Random, lang: str, positive: bool) -> str:
    topics = SV_TOPICS if lang == "sv" else EN_TOPICS
    topic = rng.choice(topics)
    common = {
        "topic": topic,
        "topic_l": topic[:1].lower() + topic[1:],
        "place": rng.choice(SV_PLACES if lang == "sv" else EN_PLACES),
        "phone": f"[[T:{rng.choice(PHONES)}]]",
        "ref": str(rng.randint(10000, 99999)),
        "num": str(rng.randint(100, 2999)),
        "price": rng.choice(["45 €", "120 €", "0 €", "€35", "€60"]),
        "line": rng.choice(["14", "55", "23", "71"]),
        "venue_sv": rng.choice(SV_VENUES),
        "venue_en": rng.choice(EN_VENUES),
    }
    if not positive:
        return rng.choice(SV_NEG_FRAMES if lang == "sv" else EN_NEG_FRAMES).format(**common)
    a, b, c = rng.sample(SV_EN_FIRST, 3)
    full = [f"{f} {s}" for f, s in zip(rng.sample(SV_EN_FIRST, 3), rng.sample(SV_EN_SURNAMES, 3), strict=True)]
    frames = SV_POS_FRAMES if lang == "sv" else EN_POS_FRAMES
    frame = rng.choice(frames)
    handle = a.split("-")[0].lower() + "_" + rng.choice(SV_EN_SURNAMES)[0]
    return frame.format(
        a=f"[[P:{a}]]",
        b=f"[[P:{b}]]",
        c=f"[[P:{c}]]",
        a_gen=_gen(a, lang),
        fa=f"[[P:{full[0]}]]",
        fb=f"[[P:{full[1]}]]",
        fc=f"[[P:{full[2]}]]",
        handle=f"[[P:{handle}]]",
        **common,
    )


# ---------------------------------------------------------------------------------------------------------------
# Careless-writer variants: lower case and missing diacritics, applied to text but never to a label.

_LABEL_RE = re.compile(r"(\[\[[A-Z]+:)")


def _outside_labels(text: str, fn) -> str:
    parts = _LABEL_RE.split(text)
    return "".join(p if _LABEL_RE.fullmatch(p) else fn(p) for p in parts)


def _strip_diacritics(s: str) -> str:
    return s.translate(str.maketrans("äöåÄÖÅéíÉÍõÕ", "aoaAOAeiEIoO"))


def _parse_hand() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    lang = None
    lines: list[str] = []

    def flush() -> None:
        if lang is not None:
            text = ""
            for i, line in enumerate(lines):
                if line.startswith("  "):
                    text += " " + line.strip()
                else:
                    text += ("\n" if i else "") + line
            out.append((lang, text.strip("\n")))

    for line in HAND.split("\n"):
        if line in ("@fi", "@sv", "@en"):
            flush()
            lang, lines = line[1:], []
        elif lang is not None:
            lines.append(line)
    flush()
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = _parse_hand()
    generated: list[tuple[str, str]] = []
    plan = [("fi", True, 34), ("fi", False, 14), ("sv", True, 14), ("sv", False, 6), ("en", True, 14), ("en", False, 6)]
    for lang, positive, n in plan:
        for _ in range(n):
            text = _fi_template(rng, positive) if lang == "fi" else _sv_en_template(rng, lang, positive)
            roll = rng.random()
            if roll < 0.12:
                text = _outside_labels(text, str.lower)
            elif roll < 0.2:
                text = _outside_labels(text, _strip_diacritics)
            generated.append((lang, text))
    out.extend(generated)
    rng.shuffle(out)
    return out


_SPAN_RE = re.compile(r"\[\[([A-Z]+):([^\[\]]+)\]\]")
LABELS = {"P", "E", "T", "H", "I", "R", "A", "IP"}


def check(recs: list[tuple[str, str]]) -> Counter:
    counts: Counter = Counter()
    for lang, text in recs:
        assert lang in ("fi", "sv", "en"), lang
        assert text.count("[[") == text.count("]]"), text
        for label, body in _SPAN_RE.findall(text):
            assert label in LABELS, (label, text)
            assert body == body.strip() and body, (body, text)
            counts[label] += 1
        rest = _SPAN_RE.sub("", text)
        assert "[[" not in rest and "]]" not in rest, text
    return counts


if __name__ == "__main__":
    recs = records()
    counts = check(recs)
    langs = Counter(lang for lang, _ in recs)
    negatives = sum(1 for _, t in recs if "[[" not in t)
    print(f"{len(recs)} records, languages {dict(langs)}, {negatives} without spans")
    print("spans per label:", dict(counts), "total", sum(counts.values()))
    for lang, text in recs[:6]:
        print(f"--- {lang}\n{text}")
