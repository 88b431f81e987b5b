"""Blind evaluation block 33 for the personal-data scrubber (Helsinki resident feedback).

Written by helper "outsider 33" on 2026-12-07.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the brief itself). I ran no git commands and did not run the scrubber or any
evaluation. The texts come only from the brief and my own knowledge of how people write.

Focus: English (about 50 %) and Finnish (about 50 %) messages from all four sources (Open311 feedback,
Kerrokantasi hearing comments, OmaStadi proposals and comments, Varaamo booking notes) by and about Helsinki
residents whose names come from outside the Nordic countries: Somali, Arabic, Kurdish, Persian, Afghan,
Turkish, Russian, Ukrainian, Estonian, Polish, Vietnamese, Thai, Chinese, Filipino, Nepali, Indian, Nigerian,
Ghanaian, Eritrean, Ethiopian, Brazilian and Colombian names. Single names mentioned once in mid-sentence with
no cue word, names inflected in Finnish cases by Finnish writers ("Ahmedille", "Nguyenin", "Oluwaseunilta"),
names followed by verbs, names in lists, names in capitals or lower case, names with particles (bin, al-, de,
dos, dela, van), plus e-mails, phones, HETUs, IBANs, plates, IP addresses and street addresses in natural
proportions. About a third are hard negatives: foreign place names, dishes, brands, shops, religious holidays,
languages, nationalities, famous people and word-names ("blessing", "hope") that look like personal names.

Seed: 3333 (random.Random(SEED) is used only by the small generators and the final shuffle).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (any case, possessive 's
and Finnish case endings inside the span, titles and role words outside), E e-mail, T phone number, H Finnish
personal identity code, I IBAN / bank account, R vehicle licence plate, IP IP address, A street address with a
house number (postal code and city outside). Famous people and names of streets, parks, buildings, shops and
brands are not marked.
"""

import random

SEED = 3333

# ---------------------------------------------------------------------------
# Hand-written English records
# ---------------------------------------------------------------------------
_HAND_EN = [
    # --- Open311 feedback ---
    ("en", "The streetlight on Kontulankaari has been out for two weeks, the whole stretch between the metro and the shopping centre is dark. Kids walk there to school in the morning. Please fix before someone gets hurt."),
    ("en", "Hi, I live at [[A:Kivikonkaari 3 B 17]] and the recycling shelter door is broken again. I already told the housing company, they say it is city property. [[P:Abdirahman Hassan]] [[T:044 718 2390]]"),
    ("en", "yesterday around 18:30 a grey van [[R:KJN-482]] was parked on the bike lane on Itäväylä for over an hour. this happens every friday, same van"),
    ("en", "Mr. [[P:Okafor]] from the second floor asked me to write for both of us. The drain in the courtyard at [[A:Meri-Rastilan tie 6]] is blocked and after rain the water comes into the storage rooms."),
    ("en", "The falafel stand near Hakaniemi market leaves grease on the pavement every evening. Not a complaint about the food, it is great, but someone should wash the stones."),
    ("en", "My son [[P:Yonas]] was hit by an e-scooter on Siilitie near the metro station on Tuesday. The rider just drove away. It was a green one with the number 4H7K on the handlebar. Can the city do something about scooters on the sidewalk??"),
    ("en", "---------- Forwarded message ---------\nFrom: [[P:Mekdes Alemu]] <[[E:mekdes.alemu@outlook.com]]>\nDate: Mon, 3 Nov 2026 at 21.14\nSubject: Kannelmäki football field\n\nThe lights on the artificial turf switch off at 21 even though our booking is until 22. Please check the timer.\n[[P:Mekdes]]"),
    ("en", "The feedback form gave me error 500 three times so now I try again. In case your IT needs it my IP was [[IP:85.76.142.19]]. The message was about the broken bench at Kurkimäki playground."),
    ("en", "The Ethiopian restaurant on Helsinginkatu has bins overflowing onto the sidewalk every Monday. Not their fault, the waste company comes only on Thursdays. Please change the schedule."),
    ("en", "From [[P:Olga Smirnova]], [[A:Kaarelantie 12 A 4]], 00420 Helsinki.\nRegarding noise from the construction site: work starts at 6:00 even on Saturdays. I work nights and can't sleep."),
    ("en", "I talked with the other parents and [[P:Priya]] thinks the crossing should have traffic lights, [[P:Arjun Nair]] wants speed bumps, i just want something done before winter. Crossing is on Myllypurontie by the school."),
    ("en", "Bus 560 from Vuosaari to Myyrmäki is always late in the mornings and I miss my connection at Malmi. Today 7:42 departure came at 7:58."),
    ("en", "Sorry, wrong number in my earlier feedback (case HEL-2026-118734). The right number for [[P:Nguyen Van Minh]] is [[T:041 552 0937]]."),
    ("en", "I sent my son's details by mistake in the previous message: [[P:Dawit Bekele]], [[H:121108A027J]]. Please delete that from your system, I only wanted to ask about the swimming school in Itäkeskus."),
    ("en", "abandoned car on Turunlinnantie again, plate [[R:ZXT-19]], flat tyres, been there since september. someone removed the licence plate from the front so only the back one is left"),
    ("en", "Dear city, the Shawarma House sign at Itäkatu is hanging from one screw and will fall on someone. The owner said the sign belongs to the building. Please send someone."),
    ("en", "There is a broken swing at Mustikkamaa. Also the sand box has glass. Found by my daughter [[P:Fatima al-Khatib]] (8 y) who is fine, just a small cut."),
    ("en", "WHO IS RESPONSIBLE FOR THE SNOW ON THE STAIRS AT MALMI STATION??? AN OLD MAN FELL TODAY AT 8:15. I HELPED HIM UP. [[P:YUSUF ABDI]] [[T:0405567213]]"),
    ("en", "Hello, the water fountain in Kaisaniemi park has been dry all summer. Thank you."),
    ("en", "Please forward to [[P:Yousef Haddad]] in the traffic planning unit, he promised in September to check the pedestrian crossing at Kallvikintie and nothing happened."),
    ("en", "our cat Simba got stuck in the drainage pipe behind Ostostie shops, firemen came and got him out, but the pipe has no cover. someone's kid could fall in too"),
    ("en", "Someone painted graffiti on the Pho Saigon restaurant wall and on the bus shelter next to it (line 97 stop, Kontula). Photo attached."),
    ("en", "Complaint: the parking machine on Sturenkatu took my money (3,40 eur) and gave no ticket. Plate [[R:MBS-702]], 14.11. around 10 o'clock. I do not want a fine for this."),
    ("en", "Neighbour [[P:Bikash]] and I cleaned the forest path behind the houses by ourselves, 6 bags of trash. Can the city pick them up from the corner of Keinulaudantie and Kontulantie?"),
    ("en", "Lights on the Tallinnanaukio square are blinking like a disco since Friday. It makes my mother dizzy. Nothing else."),
    # --- Kerrokantasi hearing comments ---
    ("en", "I agree with [[P:Shirin's]] comment above, the new blocks are too high and will cast shadow on the allotment gardens. Eight floors is not 'human scale'."),
    ("en", "Replying to [[P:Dmitri Volkov]]: no, the plan does not remove the parking spaces on Vuotie, it moves them about 50 metres east. See page 14 of the plan description."),
    ("en", "[[P:Oksana]] says the new playground design is fine but I disagree, there is nothing for kids over 10."),
    ("en", "@[[P:Emre Yılmaz]] you're right that Kontula shopping centre needs renovation but tearing it down kills the small shops like the Turkish bakery and the Asian market. Where do they go?"),
    ("en", "Turkish, Arabic and Russian were the three biggest languages in the resident survey, so why are the hearing documents only in Finnish, Swedish and English?"),
    ("en", "As a Brazilian living in Malmi I think the new tram line is fantastic. Like Pelé would say, golaço 😄⚽"),
    ("en", "[[P:Thiago]] and [[P:Fernanda Oliveira]] here (we live on Latokartanontie). We support the plan but the bike lanes must be wider, two cargo bikes cannot pass each other."),
    ("en", "> [[P:Habibullah]] wrote: the park is unsafe at night, more lights please\n\nI live right next to the park and I disagree with [[P:Habibullah]], the problem is not light, it is the people drinking there. More lights just means they stay longer."),
    ("en", "Why is there no street named after a Somali or Eritrean person in Helsinki? We have Mannerheimintie, Runeberginkatu and Topeliuksenkatu but nothing for the new Finns."),
    ("en", "Good plan overall. However, the Kalasatama towers already block the view from Vilhonvuorenkatu, adding two more is too much."),
    ("en", "I do not understand the comment by [[P:chinedu okafor]] above. the plan clearly says the school stays. please read before commenting"),
    ("en", "The mural of Bob Marley and Miriam Makeba on the wall at Sörnäinen must stay! It is part of the area. Do not paint over it in the renovation."),
    ("en", "Ms. [[P:Zarghona Noorzai]] made a very good point at the residents' evening in Kannelmäki: women need a safe walking route from the station to the mosque on evenings during Ramadan."),
    ("en", "Many Ukrainians use the service point in Kalasatama, could the signs be also in Ukrainian and Russian? Not only for us, also older people from Estonia and Latvia read Russian."),
    ("en", "Comment 47 by [[P:Margus Tamm]] is correct, the ferry traffic from Tallinn already fills Jätkäsaari with trucks. No more cargo lanes."),
    ("en", "Every year the same: the Vappu picnic in Kaivopuisto leaves tons of trash and the city cleans on May 2. Put more bins. Signed, a resident of Eira since 1998."),
    ("en", "I represent the Nepali association. [[P:Sunita Gurung]] and [[P:Prakash Thapa]] will also send comments. We are worried that the community room in Myllypuro will be demolished in the plan."),
    # --- OmaStadi proposals and comments ---
    ("en", "Proposal: Somali language story hour at Vuosaari library every second Saturday. Many children speak Somali at home and Finnish at school and parents want both."),
    ("en", "Great idea [[P:Faadumo]]! My kids would come. Maybe also Arabic and Dari?"),
    ("en", "Congratulations to the Kurdish association, the Newroz party in Kontula was beautiful. Thank you [[P:Rebwar]] and [[P:Shilan Karim]] for organizing all of it."),
    ("en", "Question for the OmaStadi team: for the Newroz bonfire do we need a permit from the rescue department, or is a small fire pit at Kontula sports park on 21 March ok?"),
    ("en", "we want to propose a cricket net in Kontula. me and [[P:bikash]] and [[P:sunita gurung]] have 40 players already, we play now on the football field and people get angry"),
    ("en", "PLEASE CONTACT [[P:KWAME MENSAH]] NOT ME, HE IS THE CHAIRMAN OF THE ASSOCIATION. [[T:+358 45 112 8830]]"),
    ("en", "We would like a Diwali celebration at Malmi library on 1 November, 17-20. Indian and Nepali families from the area would join, and the Sri Lankan Tamil group too. Proposal ID OS-2026-0412."),
    ("en", "Tet (Vietnamese New Year) is on 17 February in 2026, could Itäkeskus library have a lion dance? Many Vietnamese families live in Myllypuro and Kontula."),
    ("en", "Why did this proposal get merged with the Mosque parking one?? Completely different things. [[P:Ahmed]] already explained in the workshop."),
    ("en", "Supporting this! Kabul Kitchen in Kontula would maybe donate food for the opening, I can ask [[P:Mursal]]."),
    ("en", "Outdoor gym for women only, in Meri-Rastila. Proposed by [[P:Hodan Warsame]] with 12 other mothers. We can lead the first sessions ourselves."),
    ("en", "The capoeira group asks for a roof over the outdoor stage in Malmi park, then we could train also when it rains. Obrigado! / Kiitos!"),
    ("en", "Colombia vs Finland watch party in Kaisaniemi park? We would put a big screen. We did the same for the Copa América final and there was no trouble."),
    ("en", "[[P:Blessing]] will pick up the keys and return them Monday. Her number is [[T:044 203 8815]]. It will be a blessing to finally have a place for the youth choir 🙏"),
    ("en", "I hope this proposal wins. Joy to all the kids in Kivikko! 🎉 - [[P:Hope Adeyemi]] & [[P:Joy Nwosu]]"),
    # --- Varaamo booking notes ---
    ("en", "Booking for Saturday 14.3., 12-16. Keys picked up by [[P:Tran Thi Lan]], phone [[T:050 339 1726]]. We are a Vietnamese women's choir, about 15 people."),
    ("en", "Key pick-up: [[P:Maricel dela Cruz]] or [[P:Rowena Bautista]]. Invoice to [[E:maricel.delacruz@gmail.com]]. Filipino community Christmas party, we will cook adobo and pancit in the kitchen, is that ok?"),
    ("en", "Is it allowed to cook jollof rice and injera in the Kallio library kitchen, or only heat food? Booking no. 3309841."),
    ("en", "My name is [[P:Omar bin Salem]], I run the homework club in Itäkeskus. We need a room on Tuesdays 16-18 until the end of the spring term."),
    ("en", "Refund for the cancelled booking (Vuosaari house, 7.2.) please to [[I:FI23 1234 5600 0012 34]], account holder [[P:Carolina Restrepo]]."),
    ("en", "Participants: [[P:Piotr Wiśniewski]], [[P:Agnieszka Nowak]], [[P:Kadri Saar]], [[P:Li Wei]], me. Room: Oodi group room 4, 18-20, Polish-Estonian-Chinese language cafe 😊"),
    ("en", "Could the Thai massage school rent the gym hall at Malmitalo on Sundays? Contact [[P:Ploy]], [[T:045 781 2204]]."),
    ("en", "we need the hall at Malmitalo for a gospel concert on 6 March (Ghana independence day). [[P:kofi]] and [[P:abena]] from the church choir pick up the keys, call [[P:kofi]] on [[T:0449183352]]"),
    ("en", "Songkran water festival at Tallinnanaukio - are water guns allowed or do we need permission? lol serious question"),
    ("en", "Hello, [[P:Bohdan Melnyk]] here. I booked the Kumpula sauna for 19.12. but the confirmation says 19.11. Please fix, booking reference VAR-88214."),
    ("en", "Booker: [[P:João dos Santos]]\nEmail: [[E:joao.dossantos84@hotmail.com]]\nTel: [[T:+358 40 829 1163]]\nPurpose: feijoada lunch for the Brazilian association, 30 persons"),
    ("en", "The room at Stoa was booked for the Eid al-Fitr celebration but the door code did not work on Sunday morning. We waited 40 minutes outside with food. Please refund."),
    ("en", "Keys returned to the box at 22:10. Tables back in place. Thanks! -[[P:Andrés de la Torre]]"),
    ("en", "Please note the invoice should go to the association, not to me personally: Helsingin Eritrealaiset ry, Business ID 2987654-3. Contact person [[P:Tesfay Ghebremedhin]]."),
    ("en", "Hi! Can we bring a small sound system for the Meskel celebration? 60 people, Saturday 27.9., Kontula youth centre. Not too loud, promise."),
]

_HAND_EN2 = [
    ("en", "Noise complaint: the Kurdish wedding at the party hall on Itäkatu went on until 3 am. Fine, weddings happen, but the honking in the yard afterwards was too much."),
    ("en", "Hi, I am [[P:Chen Xiaoling]] and I teach Chinese calligraphy. Please put only [[P:Xiaoling]] on the public calendar, my students know me by that. Room: Vuotalo workshop, Wednesdays 17-19."),
    ("en", "Found at Myyrmäki library: a keychain with a Galatasaray logo and a small Eiffel tower. The owner can ask at the desk."),
    ("en", "Thank you Mr. [[P:Pham]] and the other volunteers who cleaned the beach at Kallahti on Sunday. 14 bags!"),
    ("en", "Attendees (for insurance): 1. [[P:Somchai Wongsawat]] 2. [[P:Nattaya Srisuk]] 3. [[P:Ploy Chaiyaporn]] 4. [[P:Anan]] (driver, car [[R:GLU-348]])"),
    ("en", "The Nowruz table at Oodi was lovely, Rumi and Hafez poems on the walls and a real haft-sin. More of this please!"),
    ("en", "Could the Vietnamese garden in Myllypuro get a bench? Old people walk there after the pho lunch at the community centre and have nowhere to sit."),
    ("en", "I am writing for my mother [[P:Leyla Öztürk]], [[H:060758-342H]], she doesn't speak Finnish. She has waited for the home care visit since Monday, address [[A:Kirkonkyläntie 9 C 31]]."),
    ("en", "There was a typo, the email for the booking is [[E:arjun.nair@iki.fi]] and not [[E:arjun.nair@ik.fi]], sorry."),
    ("en", "Ali Baba and the Forty Thieves puppet show at Annantalo - is it in Arabic or in Finnish? Asking for my kids."),
    ("en", "Re: proposal 'Eritrean coffee ceremony in Malmi'. [[P:Senait]] answered my question on Facebook already, thanks, so please ignore my earlier comment."),
    ("en", "The Samsung phone I found on bus 58 was handed to the driver. Hope it finds its owner."),
]

# ---------------------------------------------------------------------------
# Hand-written Finnish records
# ---------------------------------------------------------------------------
_HAND_FI = [
    # --- Open311 palaute ---
    ("fi", "Naapurin [[P:Ahmedille]] on tullut jo kolme kertaa sakko, vaikka hänellä on invapysäköintilupa tuulilasissa. Voisiko pysäköinninvalvonta tarkistaa asian? Auto on [[R:FOB-227]]."),
    ("fi", "Kivikon liikuntapuiston valot eivät syty iltaisin ollenkaan. Jalkapallotreenit loppuu pimeään jo klo 19."),
    ("fi", "Kävin [[P:Nguyenin]] kanssa katsomassa Myllypuron leikkipuistoa ja liukumäen reuna on ihan rikki, terävä metallinpala sojottaa. Lapset voi satuttaa itsensä."),
    ("fi", "Sain tiedon [[P:Oluwaseunilta]], joka asuu samassa rapussa, että hissi on ollut rikki viikon. Osoite [[A:Kallvikintie 22 A]]. Terveisin [[P:Raili]]"),
    ("fi", "Ostostien grilli (se kebab-paikka) jättää roskat joka ilta kadulle. Ei mitään henkilökohtaista, ruoka on hyvää, mutta roskis pitäis olla."),
    ("fi", "Mogadishu Market -kaupan edessä Kontulassa on rikkinäinen kivetys ja vanhukset kompastuu siihen. Korjatkaa ennen liukkaita."),
    ("fi", "Lomakkeessa pyydettiin henkilötunnus vaikka kyse on roska-astiasta?! No tässä: [[P:Abdullahi Farah]] [[H:140387-217W]]. Roska-astia [[A:Kontulantie 14]] edessä on ollut kaatuneena kuukauden."),
    ("fi", "Bussi 97 ei pysähtynyt Kontulan pysäkillä eilen klo 21.40, kuski vain ajoi ohi. Sama kuski myös viime viikolla."),
    ("fi", "pihalla on hylätty auto [[R:XKR-905]] jossa ei ole etukilpeä. olen puhunut [[P:Dmitrille]] joka on taloyhtiön hallituksessa mutta mitään ei ole tapahtunut"),
    ("fi", "Tikkurilan asemalla opasteet on vain suomeksi ja ruotsiksi, vaikka matkustajista iso osa puhuu venäjää, viroa tai arabiaa."),
    ("fi", "Lumiaura kaatoi aidan osoitteessa [[A:Vanhaistentie 3 B 12]]. Naapurini [[P:Olga]] kuvasi tapahtuman, kuvat saa häneltä numerosta [[T:045 631 0428]]."),
    ("fi", "Ramadanin aikaan Itäkeskuksen uimahallin naisten vuoro olisi hyvä siirtää myöhemmäksi iltaan."),
    ("fi", "HEI KUKA HOITAA MEIDÄN PIHAN?? LAPSET PELAA JÄÄLLÄ JA YKS KAATU. [[P:HODANIN]] POIKA SAI AIVOTÄRÄHDYKSEN."),
    ("fi", "Kirjoitan äitini [[P:Ayşe Demirin]] puolesta, hän ei osaa suomea hyvin. Kotioven lukko on rikki, osoite [[A:Myllypurontie 18 C 45]], 00920 Helsinki. Puhelin [[T:040 912 7788]] (minä, [[P:Mehmet]])."),
    ("fi", "virolaiset rakennusmiehet aloittaa työt Matinkadun työmaalla klo 6 aamulla ja huutaa toisilleen. eikö työaika ole 7-21?"),
    ("fi", "Taloyhtiön roskakatoksen ovi on taas rikki. Ilmoitin jo [[P:Kwamelle]] joka on meidän isännöitsijä, mutta hän sanoi että katos on kaupungin. [[P:Kaisa Lindqvist]]"),
    ("fi", "Vietnamilainen ravintola Hämeentiellä on laittanut terassin koko jalkakäytävälle, rattaiden kanssa ei mahdu ohi."),
    ("fi", "Itäkeskuksen Tallinnanaukiolla oli eilen tappelu ja poliisi tuli. Aukiolle tarvitaan valvontakamera ja parempi valaistus."),
    ("fi", "lapseni [[P:yonasin]] pyörä varastettiin koulun pihalta (Kannelmäen peruskoulu). lukko oli kiinni. onko pihalla kameroita?"),
    ("fi", "Oliko eilen Kontulan tapahtumassa se Mo Farah vai joku muu? Kova juoksija joka tapauksessa 😄 Kiitos järjestäjille."),
    ("fi", "Pho-ravintolan ja Lidlin välinen polku on täysin jäinen. Kontulan ostari, takapiha."),
    ("fi", "Jeesus sentään, taas on Itäkeskuksen metroaseman hissi rikki. Kolmas kerta tässä kuussa."),
    ("fi", "pihalla seisoo [[R:CNL-614]] ja tukkii pelastustien. omistaja on kuulemma [[P:Ahmadin]] veli, etunimeä en tiedä"),
    ("fi", "Palautteen antaja: [[P:Leyla Öztürk]], [[A:Kirkonkyläntie 9 C 31]], [[T:09 3108 4412]]. Asia: kotihoidon käynti ei ole toteutunut maanantain jälkeen."),
    ("fi", "Pyydän että poistatte edellisestä viestistäni henkilötunnukseni [[H:300979-522U]]. Kirjoitin sen väärään kenttään. – [[P:Parisa Tehrani]]"),
    ("fi", "Lähetin viestin [[P:Yousef Haddadille]] liikennesuunnitteluun jo syyskuussa. Vastausta ei ole kuulunut, suojatie on edelleen vaarallinen."),
    # --- Kerrokantasi ---
    ("fi", "Olen samaa mieltä kuin [[P:Shirin]] yllä: kahdeksankerroksiset talot on liian korkeita Malmin keskustaan."),
    ("fi", "Vastaus [[P:Dariushille]]: kaava ei poista yhtään parkkipaikkaa, lue selostus sivu 12."),
    ("fi", "[[P:Rebwar Ahmadin]] kommentti on asiaton. Kukaan ei ole väittänyt, että roskaaminen johtuu maahanmuuttajista."),
    ("fi", "Miksi kuulemisaineisto on vain suomeksi ja ruotsiksi? Somalin-, arabian- ja venäjänkielisiä asuu Meri-Rastilassa tuhansia."),
    ("fi", "Ostoskeskus on alueen sydän. Siellä on turkkilainen leipomo, nepalilainen ravintola, afrikkalainen kampaamo ja kiinalainen kauppa. Älkää purkako sitä."),
    ("fi", "Kuten [[P:Tran]] sanoi asukasillassa, Myllypuron puistoon tarvitaan penkkejä vanhuksille."),
    ("fi", "[[P:Piotr]] ehdotti että pyörätie siirretään Kehä I:n puolelle, ja se on paras idea koko tässä keskustelussa."),
    ("fi", "Olen asunut Kontulassa 20 vuotta, muutin tänne Kiovasta. Kaava on hyvä, mutta vihreää on liian vähän."),
    ("fi", "Ihmettelen [[P:Zhangin]] ja [[P:Li Wein]] kommentteja. He eivät ilmeisesti ole käyneet alueella koskaan."),
    ("fi", "> Kirjoittanut [[P:Margus Tamm]]:\n> Jätkäsaaren rekkaliikenne on jo nyt kestämätöntä\n\nTäysin samaa mieltä [[P:Marguksen]] kanssa. Tallinnan laivat tuo rekat suoraan asuinalueen läpi."),
    ("fi", "minä ja [[P:oksana kovalenko]] asumme Vuosaaressa ja vastustamme sataman laajennusta"),
    ("fi", "Mannerheimintien pyöräkaistat on vaaralliset, Tukholmassa ja Kööpenhaminassa tämä on tehty paljon paremmin."),
    ("fi", "Kommentti [[P:Oluwaseun Adeyemille]]: hyvä huomio koulureitistä. Lisäisin vielä, että Kontulantiellä ei ole suojatietä bussipysäkin kohdalla."),
    ("fi", "Ihan turhaa kinaa. Turkulainen, tamperelainen ja somalialainen maksaa kaikki samaa veroa. Tehkää nyt vaan se leikkipuisto."),
    ("fi", "Toivon että [[P:Oksanan]] ehdotus toteutuu, hän on tehnyt valtavasti töitä ukrainalaisten lasten eteen Vuosaaressa."),
    ("fi", "Viron itsenäisyyspäivänä 24.2. voisi liputtaa myös Itäkeskuksessa, moni virolainen asuu täällä."),
    ("fi", "Lenininpuiston nimi voisi jo vaihtua, mutta muuten Alppilan kaava on ihan ok. Pelikenttä säilyy, se on tärkeintä."),
]

_HAND_FI2 = [
    # --- OmaStadi ---
    ("fi", "Ehdotus: somalinkielinen satutunti Vuosaaren kirjastoon joka toinen lauantai. Moni lapsi puhuu kotona somalia ja koulussa suomea."),
    ("fi", "Hieno idea! Kiitos [[P:Faadumalle]] ehdotuksesta. Voisiko olla myös arabiaksi ja dariksi?"),
    ("fi", "Tätä ehdotusta on tehneet [[P:Bikash Shrestha]], [[P:Sunita]], [[P:Prakash]] ja minä. Kriketti on Myllypurossa tosi suosittu, pelaamme nyt parkkipaikalla."),
    ("fi", "Äänestin tätä! [[P:Nattayalta]] kuulin että thainyrkkeilyseura tarvitsisi tilan Malmilta, ehkä samaan halliin?"),
    ("fi", "Diwali, nowruz, tet, eid, joulu – kaikki juhlat on tervetulleita Stoaan. Tehdään monikulttuurinen juhlaviikko marraskuussa."),
    ("fi", "Ehdottaja: [[P:Carolina Restrepo]], [[E:carolina.restrepo@gmail.com]]. Kolumbialainen tanssikoulu lapsille Kontulaan, salsa ja cumbia."),
    ("fi", "Kiitos [[P:Carolinalle]] aloitteesta! Salsaa Kontulaan 💃"),
    ("fi", "injera, sambusa, momo, pho, pierogi ja jollof – ruokatori Itäkeskukseen kerran kuussa! Ei tarvita rahaa, vain luvat ja sähköt."),
    ("fi", "Tukea tälle! [[P:Ahmed bin Rashid]] ja [[P:Yasmin al-Amin]] lupasivat tulla vapaaehtoisiksi."),
    ("fi", "[[P:Tesfayn]] idea kahviseremoniasta kirjastossa on mahtava, eritrealainen kahvi on parasta ☕"),
    ("fi", "Kerro lisää! Kuka vetää kerhoa ja mihin aikaan? -[[P:Riikka]]"),
    ("fi", "Vetäjänä toimisi [[P:Mekdes]], hän on koulutettu liikunnanohjaaja. Lisätietoja voi kysyä minulta [[T:050 441 2093]]."),
    ("fi", "Brasilialainen capoeira-ryhmä treenaa jo nyt Malmin puistossa. Katos lavalle olisi hyvä, niin voisi treenata sateellakin."),
    ("fi", "ehdotan etta Meri-Rastilan rantaan tulee grillipaikka. ihmiset grillaa nyt kalliolla ja jättää hiilet maahan."),
    ("fi", "Kommenttini [[P:Zarghonan]] ehdotukseen: naisten kuntosali on tarpeen, mutta sen pitäisi olla auki myös iltaisin."),
    ("fi", "Kurdien Newroz-juhla Kontulassa: tarvitaanko lupa kokolle? Paikka Kontulan urheilupuisto, 21.3. klo 18."),
    ("fi", "Kiitos [[P:Thiagolle]] ja [[P:Fernandalle]] ehdotuksen tukemisesta, nyt ääniä on jo yli 300!"),
    ("fi", "[[P:Jesús Ramírez]] ja hänen vaimonsa pitävät kolumbialaista ruokakurssia, ja tarvitsemme sille keittiön Vuosaaresta."),
    ("fi", "Venäläinen kauppa Kontulassa (Kalinka) sulkee ovensa. Tilalle voisi tehdä nuorisotilan?"),
    ("fi", "[[P:priyalle]] tiedoksi: kokous siirtyi torstaille. t. [[P:arjun]]"),
    # --- Varaamo ---
    ("fi", "Avaimet noutaa [[P:Nguyen Thi Hoa]], puh. [[T:041 770 3158]]. Vietnamilainen kuoro, n. 20 henkeä."),
    ("fi", "Varaaja: [[P:Maricel dela Cruz]]\nLaskutus: [[E:maricel.delacruz@gmail.com]]\nTilaisuus: filippiiniläisten joulujuhla (Simbang Gabi)"),
    ("fi", "Avainten palautus: annoin avaimet [[P:Joãolle]], joka palauttaa ne maanantaina aamulla."),
    ("fi", "Varaus perutaan, koska id al-fitr siirtyi päivällä. Rahat voi palauttaa tilille [[I:FI32 8000 1402 3456 78]] ([[P:Yusuf Abdi]])."),
    ("fi", "Saunavuoro Kumpulassa 12.1. klo 18–20, varaus nro 553021. Tulemme ukrainalaisten naisten ryhmänä."),
    ("fi", "Tila varattu nimelle Helsingin Nepalilaiset ry. Yhteyshenkilö [[P:Prakash Thapa]], [[T:+358 44 908 2217]]."),
    ("fi", "Kysymys: saako Malmitalon keittiössä paistaa samosoja ja pakoroita, vai onko friteeraus kielletty? Varaus 3301287."),
    ("fi", "Olen [[P:Agnieszka Nowak]] ja varasin Oodin ryhmätilan 3 puolalaiselle kielikahvilalle. Muutoksista voi ilmoittaa osoitteeseen [[E:a.nowak@wp.pl]]."),
    ("fi", "Avainten nouto: [[P:Kadri]] tai [[P:Tiit Kask]]. Virolaisen seuran kokous klo 17–19."),
    ("fi", "Maksaja: [[P:Chinedu Okafor]], tili [[I:FI19 5790 0120 4563 21]], viite 1232."),
    ("fi", "Nuorisotalon varaus perjantaille. Kaikki [[P:Oluwaseunin]] kaverit tulee, n. 25 nuorta, valvojina [[P:Oluwaseun]] ja minä eli [[P:Blessing Eze]]."),
    ("fi", "VARAUS: KONTULAN NUORISOTALO SALI, LA 27.9. MESKEL-JUHLA. YHTEYSHENKILÖ [[P:DAWIT BEKELE]] [[T:0451238899]]"),
    ("fi", "Kiinalainen uusivuosi 17.2.: tarvitsemme Vuotalon salin ja lavan. Lohikäärmetanssi vaatii noin 4 metrin kattokorkeuden."),
    ("fi", "Viesti [[P:Somchaille]]: avaimet ovat avainboksissa, koodi tulee tekstiviestinä edellisenä päivänä."),
    ("fi", "Hei! Varasin tilan mutta vahvistusta ei tullut sähköpostiin [[E:bikash.shrestha92@gmail.com]]. IP-osoitteeni oli kai [[IP:91.152.33.204]] jos siitä on apua."),
    ("fi", "Juhannusaattona Seurasaaren kokko on kuulemma peruttu, onko Vuosaaressa kokkoa? Kysyy turkkilainen perhe 🙂"),
    ("fi", "Laskun saa lähettää [[P:Habibullah Sultanille]], [[A:Vuosaarentie 7 B 21]], 00980 Helsinki, koska hän on yhdistyksen rahastonhoitaja."),
    ("fi", "Afganistanilaisten naisten käsityöpiiri kokoontuu tiistaisin. Emme tarvitse avaimia, sillä kirjasto on auki."),
    ("fi", "[[P:Mursal]] ja [[P:Zarghona]] tulevat klo 16 laittamaan pöydät, loput tulee klo 17."),
    ("fi", "Tilaisuus: Helsingin eritrealaisten äitienpäivä. Yhteyshenkilö [[P:Senait Tesfamariam]], [[E:senait.t@hotmail.fi]], [[T:044 561 9920]]."),
]

# ---------------------------------------------------------------------------
# Small generators (the rest of the block)
# ---------------------------------------------------------------------------
# (first, last, Finnish genitive, allative, ablative of the first name)
_PEOPLE = [
    ("Abdirahman", "Hassan", "Abdirahmanin", "Abdirahmanille", "Abdirahmanilta"),
    ("Hodan", "Warsame", "Hodanin", "Hodanille", "Hodanilta"),
    ("Ahmed", "al-Sayed", "Ahmedin", "Ahmedille", "Ahmedilta"),
    ("Layla", "Haddad", "Laylan", "Laylalle", "Laylalta"),
    ("Hemin", "Karim", "Heminin", "Heminille", "Heminiltä"),
    ("Dariush", "Ahmadi", "Dariushin", "Dariushille", "Dariushilta"),
    ("Zahra", "Mohammadi", "Zahran", "Zahralle", "Zahralta"),
    ("Habib", "Rahimi", "Habibin", "Habibille", "Habibilta"),
    ("Emre", "Yılmaz", "Emren", "Emrelle", "Emreltä"),
    ("Svetlana", "Ivanova", "Svetlanan", "Svetlanalle", "Svetlanalta"),
    ("Taras", "Bondarenko", "Tarasin", "Tarasille", "Tarasilta"),
    ("Kadri", "Tamm", "Kadrin", "Kadrille", "Kadrilta"),
    ("Paweł", "Kowalski", "Pawełin", "Pawełille", "Pawełilta"),
    ("Linh", "Nguyen", "Linhin", "Linhille", "Linhiltä"),
    ("Somchai", "Boonmee", "Somchain", "Somchaille", "Somchailta"),
    ("Wei", "Zhang", "Wein", "Weille", "Weiltä"),
    ("Jose", "dela Rosa", "Josen", "Joselle", "Joselta"),
    ("Anil", "Shrestha", "Anilin", "Anilille", "Anililta"),
    ("Deepa", "Menon", "Deepan", "Deepalle", "Deepalta"),
    ("Oluwaseun", "Adebayo", "Oluwaseunin", "Oluwaseunille", "Oluwaseunilta"),
    ("Kwabena", "Asante", "Kwabenan", "Kwabenalle", "Kwabenalta"),
    ("Yonas", "Haile", "Yonasin", "Yonasille", "Yonasilta"),
    ("Meron", "Tadesse", "Meronin", "Meronille", "Meronilta"),
    ("Gabriela", "dos Santos", "Gabrielan", "Gabrielalle", "Gabrielalta"),
    ("Camilo", "de la Cruz", "Camilon", "Camilolle", "Camilolta"),
    ("Khalid", "bin Hamad", "Khalidin", "Khalidille", "Khalidilta"),
    ("Ngozi", "Eze", "Ngozin", "Ngozille", "Ngozilta"),
    ("Ruslan", "Petrov", "Ruslanin", "Ruslanille", "Ruslanilta"),
    ("Mai", "Tran", "Main", "Maille", "Mailta"),
    ("Shilan", "Barzinji", "Shilanin", "Shilanille", "Shilanilta"),
]

_STREETS = [
    "Kontulantie", "Kivikonkaari", "Ostostie", "Keinulaudantie", "Vuotie", "Kallvikintie",
    "Meri-Rastilan tie", "Vuosaarentie", "Itäkatu", "Turunlinnantie", "Myllypurontie", "Siilitie",
    "Kaarelantie", "Vanhaistentie", "Malminkaari", "Kirkonkyläntie", "Latokartanontie", "Fleminginkatu",
    "Porvoonkatu", "Hämeentie", "Työpajankatu", "Kivenlahdentie", "Matinkatu", "Leppävaarankatu",
    "Tikkurilantie", "Hakunilantie", "Kuusikkotie", "Myyrmäenraitti",
]

_ROOMS_FI = ["Kontulan nuorisotalon sali", "Malmitalon kokoushuone", "Vuotalon ryhmätila", "Stoan monitoimisali",
             "Oodin ryhmätila 2", "Myllypuron mediakirjaston tila", "Itäkeskuksen kirjaston lukusali",
             "Kannelmäen nuorisotalon keittiö", "Kumpulan saunatupa", "Meri-Rastilan asukastila"]
_ROOMS_EN = ["Kontula youth centre hall", "Malmitalo meeting room", "Vuotalo group room", "Stoa multipurpose hall",
             "Oodi group room 2", "Myllypuro library space", "Itäkeskus library reading room",
             "Kannelmäki youth centre kitchen", "Kumpula sauna cottage", "Meri-Rastila residents' room"]
_GROUPS_FI = ["somalialaisten äitien ryhmä", "kurdien kulttuuriyhdistys", "vietnamilainen kuoro", "nepalilainen tanssiryhmä",
              "ukrainalaisten lasten kerho", "filippiiniläisten rukouspiiri", "eritrealaisten nuorten ryhmä",
              "brasilialainen capoeira-ryhmä", "puolalainen kielikahvila", "thainyrkkeilyseura", "ghanalainen kuoro",
              "afganistanilaisten naisten käsityöpiiri"]
_GROUPS_EN = ["Somali mothers' group", "Kurdish culture association", "Vietnamese choir", "Nepali dance group",
              "Ukrainian kids' club", "Filipino prayer group", "Eritrean youth group", "Brazilian capoeira group",
              "Polish language cafe", "Thai boxing club", "Ghanaian choir", "Afghan women's craft circle"]


def _ascii(s):
    import unicodedata
    s = s.replace("ł", "l").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    body = "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randint(0, 4)
    if style == 0:
        return "%s %s %s" % (pre, body[:3], body[3:])
    if style == 1:
        return "+358 %s %s %s" % (pre[1:], body[:3], body[3:])
    if style == 2:
        return pre + body
    if style == 3:
        return "%s-%s" % (pre, body)
    return "+358%s%s" % (pre[1:], body)


def _email(rng, first, last):
    f = _ascii(first).lower()
    l = _ascii(last).lower().replace(" ", "").replace("-", "")
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "elisanet.fi", "kolumbus.fi", "luukku.com"])
    style = rng.randint(0, 3)
    if style == 0:
        user = "%s.%s" % (f, l)
    elif style == 1:
        user = "%s%s%d" % (f, l[:3], rng.randint(70, 99))
    elif style == 2:
        user = "%s_%s" % (f[0], l)
    else:
        user = "%s.%s%d" % (f, l, rng.randint(1, 9))
    return "%s@%s" % (user, dom)


def _address(rng):
    st = rng.choice(_STREETS)
    num = rng.randint(1, 40)
    style = rng.randint(0, 3)
    if style == 0:
        return "%s %d" % (st, num)
    if style == 1:
        return "%s %d %s %d" % (st, num, rng.choice("ABCDEF"), rng.randint(1, 60))
    if style == 2:
        return "%s %d %s" % (st, num, rng.choice("ABC"))
    return "%s %d as. %d" % (st, num, rng.randint(1, 40))


def _date(rng):
    return "%d.%d." % (rng.randint(1, 28), rng.randint(1, 12))


def _gen_varaamo_fi(rng, n):
    out = []
    for i in range(n):
        f, l, gen, al, ab = rng.choice(_PEOPLE)
        room = rng.choice(_ROOMS_FI)
        grp = rng.choice(_GROUPS_FI)
        d = _date(rng)
        k = i % 6
        if k == 0:
            t = "Avaimet noutaa [[P:%s %s]], puh. [[T:%s]]. %s, %s klo %d–%d." % (
                f, l, _phone(rng), room, d, rng.randint(10, 17), rng.randint(18, 21))
        elif k == 1:
            t = "Varaus %s (%s), ryhmä: %s. Laskutus [[E:%s]] (yhteyshenkilö [[P:%s]])." % (
                d, room, grp, _email(rng, f, l), f)
        elif k == 2:
            t = "Avaimet annetaan [[P:%s]], hän palauttaa ne seuraavana aamuna avainboksiin. Kiitos! t. %s" % (
                al, grp)
        elif k == 3:
            t = "Muutos varaukseen %s: tilaisuuden vastuuhenkilö on nyt [[P:%s %s]] eikä minä. Tavoittaa numerosta [[T:%s]]." % (
                d, f, l, _phone(rng))
        elif k == 4:
            t = "Peruutan varauksen %s (%s). Palautus tilille [[I:%s]], tilinomistaja [[P:%s %s]]." % (
                d, room, _iban(rng), f, l)
        else:
            t = "%s varaa tilan %s klo %d. Emme tarvitse avaimia, ovi on auki. Varausnumero %d." % (
                grp[0].upper() + grp[1:], d, rng.randint(12, 18), rng.randint(300000, 399999))
        out.append(("fi", t))
    return out


def _gen_varaamo_en(rng, n):
    out = []
    for i in range(n):
        f, l, gen, al, ab = rng.choice(_PEOPLE)
        room = rng.choice(_ROOMS_EN)
        grp = rng.choice(_GROUPS_EN)
        d = _date(rng)
        k = i % 6
        if k == 0:
            t = "Keys will be picked up by [[P:%s %s]] ([[T:%s]]). %s, %s, %d-%d." % (
                f, l, _phone(rng), room, d, rng.randint(10, 17), rng.randint(18, 21))
        elif k == 1:
            t = "booking for the %s on %s, invoice to [[E:%s]], contact [[P:%s]]" % (
                grp, d, _email(rng, f, l), f.lower())
        elif k == 2:
            t = "%s on %s: [[P:%s]] has the keys and returns them on Monday. Thanks!" % (room, d, f)
        elif k == 3:
            t = "Responsible adult for the %s event on %s: [[P:%s %s]], address [[A:%s]], phone [[T:%s]]." % (
                grp, d, f, l, _address(rng), _phone(rng))
        elif k == 4:
            t = "We booked %s for %s but only need it until 19:00. Booking ref %d. No keys needed." % (
                room, d, rng.randint(300000, 399999))
        else:
            t = "Cancel booking %s please, refund to [[I:%s]] ([[P:%s %s]])." % (d, _iban(rng), f, l)
        out.append(("en", t))
    return out


def _iban(rng):
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    check = 98 - int(bban + "151800") % 97
    s = "FI%02d%s" % (check, bban)
    if rng.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


_PLACES = [("Kontula", "Kontulassa", "Kontulan"), ("Myllypuro", "Myllypurossa", "Myllypuron"),
           ("Vuosaari", "Vuosaaressa", "Vuosaaren"), ("Meri-Rastila", "Meri-Rastilassa", "Meri-Rastilan"),
           ("Malmi", "Malmilla", "Malmin"), ("Kannelmäki", "Kannelmäessä", "Kannelmäen"),
           ("Itäkeskus", "Itäkeskuksessa", "Itäkeskuksen"), ("Jakomäki", "Jakomäessä", "Jakomäen"),
           ("Kivikko", "Kivikossa", "Kivikon"), ("Mellunmäki", "Mellunmäessä", "Mellunmäen")]


def _gen_comments_fi(rng, n):
    out = []
    for i in range(n):
        a, b, c = rng.sample(_PEOPLE, 3)
        place, iness, pgen = rng.choice(_PLACES)
        k = i % 12
        if k == 0:
            t = "Kiitos [[P:%s]] hyvästä ehdotuksesta! Äänestin heti." % a[3]
        elif k == 1:
            t = "Puhuin eilen [[P:%s]] kanssa ja hänkin kannattaa tätä, %s tarvitsee tämän." % (a[2], place)
        elif k == 2:
            t = "Sain [[P:%s]] viestin, että työpaja %s siirtyy ensi viikkoon. Tiedoksi kaikille." % (a[4], iness)
        elif k == 3:
            t = "[[P:%s]] sanoi asukasillassa, että %s on liian pimeää iltaisin. Olen samaa mieltä." % (a[0], iness)
        elif k == 4:
            t = "Vastaus [[P:%s]]: kaavassa puisto säilyy, mutta pysäköintialue pienenee." % a[3]
        elif k == 5:
            t = "Ehdotuksen takana ovat [[P:%s %s]], [[P:%s]] ja [[P:%s %s]] sekä %s koulun vanhempainyhdistys." % (
                a[0], a[1], b[0], c[0], c[1], pgen)
        elif k == 6:
            t = "olen samaa mieltä kuin [[P:%s]], %s ei ole yhtään penkkiä vanhuksille" % (a[0].lower(), iness)
        elif k == 7:
            t = "[[P:%s]] IDEA ON PARAS!!! TOTEUTTAKAA SE %s" % (a[2].upper(), pgen.upper() + " PUISTOSSA")
        elif k == 8:
            t = "Lisätietoja antaa [[P:%s %s]]\n[[T:%s]]\n(vapaaehtoinen, ei kaupungin työntekijä)" % (
                a[0], a[1], _phone(rng))
        elif k == 9:
            t = "Soittakaa [[P:%s]] jos haluatte mukaan talkoisiin, numero on [[T:%s]]." % (a[3], _phone(rng))
        elif k == 10:
            t = "Tämä ehdotus on tehty yhdessä [[P:%s]] ja [[P:%s]] kanssa. Meitä on %d perhettä %s." % (
                a[2], b[2], rng.randint(5, 40), iness)
        else:
            t = "Terveisiä [[P:%s]]! Hienoa että sait äänet kasaan 🎉 – [[P:%s]]" % (a[3], b[0])
        out.append(("fi", t))
    return out


def _gen_comments_en(rng, n):
    out = []
    for i in range(n):
        a, b, c = rng.sample(_PEOPLE, 3)
        place, _, _ = rng.choice(_PLACES)
        k = i % 12
        if k == 0:
            t = "I agree with [[P:%s]], the lighting in %s is terrible after 17." % (a[0], place)
        elif k == 1:
            t = "Replying to [[P:%s %s]]: the plan keeps the park, only the parking area gets smaller." % (a[0], a[1])
        elif k == 2:
            t = "[[P:%s]] and [[P:%s]] already asked about this in the workshop in %s, no answer yet." % (a[0], b[0], place)
        elif k == 3:
            t = "[[P:%s's]] idea is the best one in the whole list for %s." % (a[0], place)
        elif k == 4:
            t = "thanks [[P:%s]] for organising the cleanup day!! see you next year" % a[0].lower()
        elif k == 5:
            t = "PROPOSAL BY [[P:%s %s]] AND FRIENDS: A COVERED BIKE SHELTER AT %s METRO" % (
                a[0].upper(), a[1].upper(), place.upper())
        elif k == 6:
            t = "Contact person: [[P:%s %s]], [[E:%s]]" % (a[0], a[1], _email(rng, a[0], a[1]))
        elif k == 7:
            t = "[[P:%s]] says the old plan had a swimming hall in %s. What happened to it?" % (a[0], place)
        elif k == 8:
            t = "Proposed together with [[P:%s %s]] and the parents at %s school. We have %d signatures." % (
                a[0], a[1], place, rng.randint(20, 150))
        elif k == 9:
            t = "Me, [[P:%s]], [[P:%s]] and [[P:%s]] will paint the benches if the city gives the paint." % (
                a[0], b[0], c[0])
        elif k == 10:
            t = "@[[P:%s]] I live in %s too and I've never seen a problem there. Come on." % (a[0], place)
        else:
            t = "Best regards,\n[[P:%s %s]]\n%s residents' association\n[[T:%s]]" % (a[0], a[1], place, _phone(rng))
        out.append(("en", t))
    return out


_DISHES = ["pho", "falafel", "kebab", "injera", "momo", "pierogi", "shawarma", "biryani", "jollof", "sambusa",
           "arepa", "pad thai", "banh mi", "borssi", "adobo", "feijoada"]
_SHOPS = ["Mogadishu Shop", "Kabul Market", "Istanbul Grill", "Hanoi Deli", "Bangkok Thai Massage",
          "Lagos Hair Studio", "Asmara Cafe", "Kathmandu Momo House", "Manila Mart", "Rio Churrasco",
          "Ali Baba Pizza", "Sultan Kebab", "Kalinka", "Medellín Café", "Addis Market", "Tbilisi Bakery"]
_HOLIDAYS_FI = ["Ramadan", "Id al-fitr", "Nowruz", "Diwali", "Tet", "Songkran", "Meskel",
                "Kiinalainen uusivuosi", "Ortodoksinen pääsiäinen", "Holi"]
_HOLIDAYS_EN = ["Ramadan", "Eid al-Adha", "Nowruz", "Diwali", "Tet", "Songkran", "Meskel",
                "Chinese New Year", "Orthodox Easter", "Holi", "Kurban Bayramı", "Timkat"]
_LANGS_FI = ["somaliksi", "arabiaksi", "kurdiksi", "persiaksi", "dariksi", "turkiksi", "venäjäksi", "ukrainaksi",
             "viroksi", "puolaksi", "vietnamiksi", "thaiksi", "kiinaksi", "tagalogiksi", "nepaliksi",
             "tigrinjaksi", "amhariksi", "portugaliksi", "espanjaksi"]
_LANGS_EN = ["Somali", "Arabic", "Kurdish", "Farsi", "Dari", "Turkish", "Russian", "Ukrainian", "Estonian",
             "Polish", "Vietnamese", "Thai", "Mandarin", "Tagalog", "Nepali", "Tigrinya", "Amharic",
             "Portuguese", "Spanish", "Yoruba", "Twi"]
_NATS_FI = ["somalialaisia", "kurdeja", "afganistanilaisia", "virolaisia", "vietnamilaisia", "nepalilaisia",
            "eritrealaisia", "ukrainalaisia", "filippiiniläisiä", "nigerialaisia", "irakilaisia", "venäläisiä"]
_NATS_EN = ["Somali", "Kurdish", "Afghan", "Estonian", "Vietnamese", "Nepali", "Eritrean", "Ukrainian",
            "Filipino", "Nigerian", "Iraqi", "Thai", "Colombian"]
_PROBLEMS_FI = ["iso kuoppa", "rikkinäinen katulamppu", "jäinen kohta", "kaatunut liikennemerkki",
                "täysi roska-astia", "rikottu penkki"]
_PROBLEMS_EN = ["a big pothole", "a broken streetlight", "an icy patch", "a fallen traffic sign",
                "an overflowing bin", "a smashed bench"]
_BUSES = ["97", "97V", "560", "90", "92", "95", "58", "54", "551", "561", "811", "79"]


_STREET_AREAS = [("Kontulantie", "Kontula"), ("Ostostie", "Kontula"), ("Keinulaudantie", "Kontula"),
                 ("Kivikonkaari", "Kivikko"), ("Vuotie", "Vuosaari"), ("Kallvikintie", "Vuosaari"),
                 ("Meri-Rastilan tie", "Meri-Rastila"), ("Itäkatu", "Itäkeskus"), ("Turunlinnantie", "Itäkeskus"),
                 ("Myllypurontie", "Myllypuro"), ("Kaarelantie", "Kannelmäki"), ("Vanhaistentie", "Kannelmäki"),
                 ("Malminkaari", "Malmi"), ("Matinkatu", "Matinkylä"), ("Kivenlahdentie", "Kivenlahti"),
                 ("Leppävaarankatu", "Leppävaara"), ("Tikkurilantie", "Tikkurila"), ("Hakunilantie", "Hakunila"),
                 ("Myyrmäenraitti", "Myyrmäki"), ("Hämeentie", "Kallio"), ("Fleminginkatu", "Kallio"),
                 ("Työpajankatu", "Kalasatama")]

_HOLIDAY_DATES = {"Ramadan": "18.2.", "Id al-fitr": "20.3.", "Eid al-Adha": "27.5.", "Nowruz": "21.3.",
                  "Diwali": "8.11.", "Tet": "17.2.", "Songkran": "13.4.", "Meskel": "27.9.",
                  "Kiinalainen uusivuosi": "17.2.", "Chinese New Year": "17.2.", "Ortodoksinen pääsiäinen": "12.4.",
                  "Orthodox Easter": "12.4.", "Holi": "4.3.", "Kurban Bayramı": "27.5.", "Timkat": "19.1."}


def _times(rng):
    h, mnt = rng.randint(6, 8), rng.choice([2, 7, 12, 17, 22, 27, 32, 37])
    late = mnt + rng.randint(8, 22)
    return "%d.%02d" % (h, mnt), "%d.%02d" % (h + late // 60, late % 60)


def _gen_neg_fi(rng, n):
    out = []
    for i in range(n):
        place, iness, pgen = rng.choice(_PLACES)
        st, area = rng.choice(_STREET_AREAS)
        d1, d2, d3 = rng.sample(_DISHES, 3)
        k = i % 7
        if k == 0:
            t = "Paikka: %s, %s. %s -liikkeen edessä on %s." % (st, area, rng.choice(_SHOPS), rng.choice(_PROBLEMS_FI))
        elif k == 1:
            hol = rng.choice(_HOLIDAYS_FI)
            t = "%s osuu tänä vuonna päivälle %s – voisiko %s kirjastossa olla juhla? Alueella asuu paljon %s." % (
                hol, _HOLIDAY_DATES[hol], pgen, rng.choice(_NATS_FI))
        elif k == 2:
            t1, t2 = _times(rng)
            t = "Linja %s on aamuisin jatkuvasti myöhässä. Tänään klo %s lähtö tuli vasta klo %s. Pysäkki %s, %s." % (
                rng.choice(_BUSES), t1, t2, st, area)
        elif k == 3:
            l1, l2 = rng.sample(_LANGS_FI, 2)
            t = "Tiedotteet pitäisi kääntää myös %s ja %s, %s asuu paljon %s eikä kaikki lue suomea." % (
                l1, l2, iness, rng.choice(_NATS_FI))
        elif k == 4:
            t = "%s-ravintolan roskat on taas levällään %s, ilmoitettu jo aiemmin (HEL-2026-%06d)." % (
                d1.capitalize(), iness, rng.randint(100000, 199999))
        elif k == 5:
            t = "Toivoisin %s ruokatoria: %s, %s ja %s myyntiin lauantaisin klo 10–14. Tilaa on metroaseman vieressä." % (
                iness, d1, d2, d3)
        else:
            t = "Kiitos %s -kaupalle, joka lahjoitti ruokaa %s asukasjuhlaan! Paikalla oli yli %d ihmistä." % (
                rng.choice(_SHOPS), pgen, rng.randint(60, 400))
        out.append(("fi", t))
    return out


def _gen_neg_en(rng, n):
    out = []
    for i in range(n):
        place, _, _ = rng.choice(_PLACES)
        st, area = rng.choice(_STREET_AREAS)
        d1, d2, d3 = rng.sample([d for d in _DISHES if d != "borssi"], 3)
        k = i % 7
        if k == 0:
            t = "Location: %s, %s. In front of %s there is %s." % (st, area, rng.choice(_SHOPS), rng.choice(_PROBLEMS_EN))
        elif k == 1:
            hol = rng.choice(_HOLIDAYS_EN)
            t = "%s is on %s this year, could the %s library host something? Lots of %s families around here." % (
                hol, _HOLIDAY_DATES[hol], place, rng.choice(_NATS_EN))
        elif k == 2:
            t1, t2 = _times(rng)
            t = "bus %s late again, the %s departure came at %s. stop on %s in %s. every single morning" % (
                rng.choice(_BUSES), t1.replace(".", ":"), t2.replace(".", ":"), st, area)
        elif k == 3:
            l1, l2 = rng.sample(_LANGS_EN, 2)
            t = "Please translate the notices into %s and %s as well. Many %s people in %s don't read Finnish." % (
                l1, l2, rng.choice(_NATS_EN), place)
        elif k == 4:
            t = "The %s place on %s leaves its trash out again (reported before, case HEL-2026-%06d)." % (
                d1, st, rng.randint(100000, 199999))
        elif k == 5:
            t = "Idea: street food market in %s on Saturdays 10-14 - %s, %s and %s! There is space next to the metro." % (
                place, d1, d2, d3)
        else:
            t = "Big thanks to %s for donating food to the %s summer party, %d people came!" % (
                rng.choice(_SHOPS), place, rng.randint(60, 400))
        out.append(("en", t))
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = []
    out.extend(_HAND_EN)
    out.extend(_HAND_EN2)
    out.extend(_HAND_FI)
    out.extend(_HAND_FI2)
    out.extend(_gen_varaamo_fi(rng, 10))
    out.extend(_gen_varaamo_en(rng, 10))
    out.extend(_gen_comments_fi(rng, 12))
    out.extend(_gen_comments_en(rng, 12))
    out.extend(_gen_neg_fi(rng, 7))
    out.extend(_gen_neg_en(rng, 7))
    rng.shuffle(out)
    return out
