"""Blind evaluation block 23 for the free-text personal-data scrubber.

Written by helper "outsider 23" on 2026-12-07.

Blindness: the author did not open, list, grep or run anything under harvester/, tests/, scripts/,
benchmarks/pii_eval.py, benchmarks/pii_build_devset.py or any other benchmarks/pii_devset_outsider*.py file, and
did not run the scrubber or any evaluation. The texts were written only from the brief.

Focus: a general block in English (about 55 %) and Swedish (about 45 %) as Helsinki's international and
Swedish-speaking residents write to the city in all four sources (Open311 feedback, Kerrokantasi hearing
comments, OmaStadi proposals, Varaamo booking notes), every class in natural proportions, with emphasis on
PERSON: names mentioned in passing in long sentences without cue words, first names only of neighbours,
colleagues, children and staff, surnames only, full names with middle names and particles (af, von, de la, dos,
van den), names of many origins (Finnish, Finland-Swedish, Indian, Chinese, Vietnamese, Arabic, Somali, Russian,
Ukrainian, Spanish, Brazilian, Nigerian, Filipino, American, British), possessives (English "Priya's" and Swedish
genitive "Oskars", both inside the span), names in lists and signatures, names in lower case. About a third of
the records are hard negatives: capitalised words that are also names (Will, Mark, Grace, Hope, Bill, Frank,
Rose, Bo, Dag, Sten, Björn, Stig, Liv, Ros), places that are names (Sofia, Victoria, Florence), brands, famous and
historical people, streets, parks, schools and buildings named after people, pets, months and weekdays, and
numbers that are not personal data (dates, times, prices, case, order and reference numbers, postal codes, bus
and tram lines, opening hours, years).

Seed: 2323 (``random.Random(2323)``); the output is deterministic.

Markup: ``[[LABEL:text]]`` around each piece of personal data. Labels: P person name (any part; role words and
titles such as Mr., Ms., rektor, naapuri stay outside; English possessive 's and Swedish genitive -s inside),
E e-mail, T phone, H Finnish personal identity code, I IBAN / bank account, R licence plate, A street address
with a house number (staircase and flat included, postal code and city outside), IP IP address.
"""

from __future__ import annotations

import random
import re
import unicodedata

SEED = 2323

# ---------------------------------------------------------------------------------------------------------------
# Hand-written records: English, with personal data
# ---------------------------------------------------------------------------------------------------------------

_EN_POS: list[str] = [
    (
        "The streetlight outside our building at [[A:Vironkatu 6 B]] has been flickering since the start of November, "
        "and when I mentioned it to [[P:Päivi]] downstairs she said she had already reported it twice, so maybe "
        "something is wrong with the whole cable and not just the bulb."
    ),
    (
        "I asked [[P:Priya]] at the front desk of the Kallio library whether the bike racks belong to the city or to "
        "the housing company and she didn't know either, so I'm writing here. Three racks are bent and one is "
        "completely loose."
    ),
    (
        "Hi, my son [[P:Eetu]] (9) slipped on the ice at the school crossing on Sturenkatu this morning. Nobody had "
        "sanded it. Please do something before someone breaks a leg.\n[[P:Kirsi Laaksonen]], [[T:040 718 2290]]"
    ),
    (
        "There is an abandoned car with plates [[R:KZT-418]] on Kustaankatu, it has been there since August with a "
        "flat tyre. The neighbour across the hall, mr [[P:Hämäläinen]], thinks it belonged to the tenant who moved "
        "out in the summer."
    ),
    (
        "We walked home from Hietaniemi beach with [[P:Tuomas]] and the twins on Saturday evening and the whole "
        "stretch of the seaside path between the cemetery and Sibelius park was completely dark, not one lamp "
        "working. [[P:Tuomas]] had to use his phone torch the whole way while pushing the pram. According to "
        "[[P:Mervi]] from our daycare group this was already reported in October."
    ),
    "Dear city, the recycling point at Sofianlehdonkatu is overflowing AGAIN.\n\nBest regards\n[[P:Chinedu Okafor]]",
    (
        "Garbage bins at the Kaisaniemi park playground have not been emptied for a week and someone dumped a sofa "
        "next to them 🙄 — [[P:Oluwaseun]]"
    ),
    (
        "Regarding case HEL-2025-014832: I still haven't received any answer. I was told by Mr. [[P:Virtanen]] from "
        "the Urban Environment division that someone would call me within two weeks, that was on 6 October. My "
        "number is still [[T:+358 44 902 1137]].\n[[P:Svetlana Kuznetsova]]"
    ),
    (
        "the bus stop shelter on Mechelininkatu (bus 24 direction Seurasaari) has broken glass everywhere, my "
        "daughter [[P:ananya]] almost cut her hand. pls clean asap"
    ),
    (
        "Noise complaint: the construction site at [[A:Hämeentie 105]] starts drilling at 6.15 although the permit "
        "says 7.00. I've talked to the site foreman, [[P:Kari]] something, he just shrugs. Could someone check?"
    ),
    (
        "Thank you to the snow plough driver who cleared our street so carefully on Tuesday night! Mrs. "
        "[[P:Nyberg]] from number 14, who is 91, could finally walk to the shop on her own."
    ),
    (
        "Hello, I'm writing on behalf of my mother [[P:Nguyen Thi Lan]] who doesn't speak Finnish or English very "
        "well. The lift at the Itäkeskus metro station has been out of order for three weeks and she uses a walker. "
        "She lives at [[A:Turunlinnantie 8 C 41]] and the other entrance is too far for her.\n"
        "You can reach me, [[P:Minh]], at [[E:minh.tran.hki@gmail.com]]."
    ),
    "Pothole on Runeberginkatu near Töölöntori, about 40 cm wide. Reported by [[P:James O'Connor]] [[T:050 337 6512]]",
    (
        "My colleague [[P:Zhang Wei]] and I cycle through Baana every day and the lights in the tunnel part have "
        "been off since Monday. It's pitch black at 17:00."
    ),
    (
        "Just FYI the man who parks his van [[R:ZKN-770]] on the pedestrian crossing outside [[A:Porvoonkatu 21]] "
        "every "
        "morning is not a resident, [[P:Abdirahman]] from the corner shop says he delivers to the restaurant."
    ),
    (
        "I support the plan for the Hakaniemi market square in general, but I agree with what [[P:Henrik Sjöberg]] "
        "wrote above: the lindens on the north side must stay. Cutting down 40-year-old trees to make room for a "
        "tram loop is not what I'd call a green city."
    ),
    (
        "As a parent at the Zacharias Topelius school I'm worried about the new traffic arrangements. Ms. "
        "[[P:Lindholm]] already has to stand at the crossing every morning because drivers don't stop."
    ),
    (
        "Proposal: outdoor table tennis tables for Kontula\n\nOur youth group (run by [[P:Hibaaq Mohamed Nur]] and "
        "[[P:Sami]]) plays in the shopping centre corridor because there is nowhere else to go. Two concrete tables "
        "near the metro would be enough. Cost estimate from [[P:Sami's]] cousin who works in construction: about "
        "6 000 €."
    ),
    (
        "Booking the Maunula house kitchen for [[P:Adaeze's]] 10th birthday, about 15 kids. Adults present: me "
        "([[P:Ngozi Eze]]) and [[P:Emeka]]. We'll clean up by 18:00, promise!"
    ),
    (
        "Hi! Band rehearsal, same as every Thursday. If the door code doesn't work again please call [[P:Rupert]] on "
        "[[T:+44 7700 900481]], he's the only one with roaming.\nCheers, [[P:Fiona McAllister]]"
    ),
    (
        "Refund request for cancelled booking 2025-3321 (Stoa dance studio, 14.11.). Please transfer 60 € to "
        "[[I:FI21 1234 5600 0007 85]], account holder [[P:María José Fernández Ruiz]]. Thank you."
    ),
    (
        "We the residents of the building support the petition for a speed bump:\n"
        "[[P:Olga Smirnova]], A 3\n[[P:Taras Shevchuk]], A 5\n[[P:Li Na]], B 12\n[[P:J. Westerlund]], B 14\n"
        "[[P:Brandon]] & [[P:Kayla Brooks]], C 20\n[[P:Ahmed Haddad]], C 22"
    ),
    (
        "I live in Kalasatama and I think the new tower should be lower. My husband [[P:Diego]] disagrees, but he "
        "grew up in Buenos Aires so he likes tall buildings 😄"
    ),
    (
        "We tried the new outdoor gym at Alppipuisto yesterday with [[P:Joy]] and [[P:Rowena]] after our night shift "
        "at Meilahti and it's great, but the pull-up bar is too high for anyone under 170 cm, could a lower one be "
        "added?"
    ),
    (
        "Please forward this to [[P:Sirpa Heikkinen]] at sports services, she promised to look into the floodlights at "
        "Brahenkenttä back in October.\nThanks, [[P:Callum]]"
    ),
    (
        "hi this is [[P:yousef]] from [[A:kivikonkaari 14 a 3]]. the playground gate doesnt close and small kids run "
        "to the street. my phone [[T:0451234987]]"
    ),
    (
        "I want to thank the staff at Vuosaari swimming hall, especially [[P:Leena]] at the ticket desk and the young "
        "lifeguard [[P:Aleksi]], who helped my father when he felt dizzy after the sauna last Sunday."
    ),
    (
        "[[P:Dmitri Ivanovich Petrov]] here, owner of the flat at [[A:Tehtaankatu 27 A 9]]. The tree on the street "
        "side is leaning towards the building after the storm on 3 October. Is it the city's tree or ours?"
    ),
    (
        "Parking enforcement keeps fining my carer's car ([[R:GOP-902]]) even though the disability permit is "
        "visible on the dashboard. Her name is [[P:Maricel Bautista]] and she visits me every morning 8–9."
    ),
    (
        "Followed up with [[P:Lakshmi]] (housing advice) by phone on the 12th, she said the case is pending. "
        "Ref 4471/2025."
    ),
    (
        "@[[P:Ville K.]] I disagree. The cycle lane on Topeliuksenkatu is not dangerous, drivers just need to look "
        "before turning right."
    ),
    (
        "My neighbour [[P:Will]] (the British guy from the second floor) and I both noticed the sewer smell getting "
        "worse near [[A:Puistokatu 4]]. It's worst in the mornings."
    ),
    (
        "Lost: a blue children's helmet at Annantalo on Sunday, name tag says [[P:ELLA S.]]\n"
        "If found please contact [[E:sanna.koivisto@outlook.com]]"
    ),
    "Rats in the bin shelter of [[A:Albertinkatu 40]]. Told the caretaker [[P:Pekka]] three times already.",
    (
        "I was at the residents' evening in Malminkartano on 23 September where [[P:Antti Mäkelä]] from city planning "
        "presented the new block plan for the hillside.\n\nMy main concerns:\n"
        "1) the footpath to the station disappears for two years\n"
        "2) the ball field is moved right next to Kehä I\n"
        "3) nobody asked the people in the senior house\n\n"
        "My neighbour [[P:Gunnel]] has lived here since 1974 and walks to the station every day with her rollator. "
        "She asked [[P:Mäkelä]] directly and he said 'we will look into it'. That is not an answer.\n\n"
        "– [[P:Hamish Grant]], Malminkartano"
    ),
    (
        "Idea by [[P:Thiago Oliveira]] and [[P:Fernanda]] (Vuosaari): free capoeira and samba workshops for kids in "
        "the summer, at the beach stage. We have done it as volunteers for 2 years already."
    ),
    (
        "Contact person: [[P:Arjun Venkataraman]], [[T:+358 41 559 0283]], [[E:arjun.v@iki.fi]]\n"
        "Purpose: Tamil community meeting, approx. 25 people, tea and snacks."
    ),
    (
        "Message from [[P:Siobhan]] in our group: 'can you check if the room has a projector?' — writing it here "
        "since I don't have an email for the venue."
    ),
    (
        "Attn. [[P:Riikka Ahonen]], youth services\n\nThe youth space in Pihlajamäki was closed again on Friday "
        "without any notice. The kids waited outside in the rain."
    ),
    (
        "> On 4 Nov 2025, at 10:12, [[P:Jaana Ruotsalainen]] <[[E:jaana.ruotsalainen@hel.fi]]> wrote:\n"
        "> Thank you for your feedback, we have forwarded it to the contractor.\n\n"
        "It has been a month, [[P:Jaana]]. Nothing has happened."
    ),
    (
        "The booking site blocks me: 'Access denied for [[IP:91.152.33.208]]'. I'm on the library wifi in Oodi, "
        "maybe the whole network is blocked?"
    ),
    (
        "I want to join the queue for an allotment in Kumpula but the form won't accept my personal ID "
        "[[H:300179-343L]], it says 'invalid'. My name is [[P:Fatima Al-Sayed]]."
    ),
    (
        "Hi, I'm [[P:Grace]] from the Kamppi parish youth choir, we'd like the big hall again on 13 December for the "
        "Lucia rehearsal. Number [[T:044 290 3318]]."
    ),
    (
        "The guy at the Kallio sports hall desk, [[P:Mark]] I think, said the floorball goals belong to the school, "
        "but the school says they belong to the city. Who do I ask?"
    ),
    (
        "[[P:Frank Adeyemi]] and I run the Sunday football for dads in Myllypuro. The lines on the artificial turf are "
        "almost gone, could they be repainted before spring?"
    ),
    (
        "[[P:Rose]] and I walk our dogs in Kivinokka every morning and the path by the allotments has been under "
        "water since September."
    ),
    (
        "Our building manager [[P:Bill Turner]] says the city owns the strip of grass between the car park and the "
        "pavement, so please come and cut it, the weeds are waist high."
    ),
    (
        "my niece [[P:Hope]] (6) got her finger stuck in the new climbing frame at Kaivopuisto, there's a gap "
        "between the bars that is exactly finger-sized. please check the design!"
    ),
    (
        "Our son [[P:Leo]] started at the Ketunpoikaset group in August. The teachers [[P:Tiina]] and [[P:Sanna]] are "
        "wonderful, but the yard is a mud pit since the drain broke. The kids come home soaked every day and "
        "[[P:Tiina]] says they've asked for a repair since spring."
    ),
    (
        "Reply to [[P:Pirjo Salminen]]: I understand the worry about parking, but Kalasatama has the metro, two tram "
        "lines and bus 55. We don't need another 400 parking spaces."
    ),
    (
        "Written by [[P:Chen Xiaoling]] ([[P:Sharon]]) for the Chinese parents' association. We would like Mandarin "
        "story hours at the Itäkeskus library, Saturdays would be best."
    ),
    (
        "[[P:Iryna Bondarenko]] and her son [[P:Mykola]] moved into our building in the spring. [[P:Mykola]] uses a "
        "wheelchair and the ramp at the entrance of the health station is too steep for him to push himself."
    ),
    (
        "Comment on the Jätkäsaari plan, submitted by [[P:Javier Ruiz de la Torre]]: the wind tunnel effect between "
        "the towers is already bad, adding two more will make the promenade unusable in winter."
    ),
    (
        "Sou eu, [[P:Ana Clara dos Santos]] — sorry, English: I'm the mother of the girl who lost her violin on tram "
        "2 on 20.11. Did anyone hand it in?"
    ),
    (
        "[[P:Pieter van den Berg]], Lauttasaari. The new bike lane on Lauttasaarentie ends suddenly at the bridge and "
        "you have to jump onto the pavement. Whoever designed this has never cycled there."
    ),
    (
        "As [[P:Korhonen]] said at the residents' meeting, the problem is not the skate park itself but the "
        "lack of lights after 16:00."
    ),
    (
        "[[P:Teemu]] at the Oodi makerspace was super helpful with the 3D printer, please tell him thanks from the "
        "kid with the dinosaur 🦖"
    ),
    (
        "To whom it may concern. I, [[P:Mohamed Abdi Warsame]], living at [[A:Kontulantie 12 B 16]], request a "
        "bench at the bus stop outside the health centre. Many elders wait there standing."
    ),
    (
        "[[P:Linh's]] mum asked me to write because her Finnish isn't good yet: the lights at the zebra crossing "
        "on Itäväylä near the daycare are off."
    ),
    (
        "Me, [[P:Madison]] and [[P:Hunter]] (exchange students at Aalto) would love a late-night study room on the "
        "Otaniemi side of Helsinki... oh wait that's Espoo. Never mind, same request for Kumpula campus then!"
    ),
    (
        "The community garden needs a water tap closer to the beds.\n\n--\n[[P:Nigel Ashworth-Jones]]\n"
        "Chair, Lauttasaari Allotment Association\n[[T:+358 45 778 1290]] | [[E:nigel.aj@lauttasaarenpalstat.fi]]"
    ),
    (
        "please use my ID for the invoice: [[H:021154-118W]] ([[P:Tuula Nieminen]]). the room was booked for the "
        "pensioners' bingo on 5.12."
    ),
    (
        "Snow pile blocking the entrance at [[A:Munkkiniemen puistotie 18 A 5]] for the third day. My neighbour "
        "[[P:Ragnar]] is 88 and cannot climb over it."
    ),
    (
        "A taxi with plate [[R:ILO-551]] was idling at the Kaisaniemi school gate for 30 minutes with the engine on. "
        "The kids were breathing the fumes."
    ),
    (
        "my kids [[P:Aarav]] and [[P:Myra]] go to the English-speaking group at Pasila and they have no proper "
        "playground, just asphalt. Can OmaStadi money be used for this? [[P:Sandeep]]"
    ),
    (
        "[[P:Kalle]], [[P:Marjut]], [[P:Hodan]], [[P:Sergei]] and I clean the shore at Vartiosaari every May as "
        "volunteers. We just need the city to pick up the bags afterwards — last year they stayed until July."
    ),
    (
        "I'm [[P:Rohit's]] manager at the restaurant on [[A:Fredrikinkatu 48]] and he was fined for parking while "
        "unloading for 4 minutes. Is there no loading zone on that block at all?"
    ),
    (
        "hey, [[P:babatunde]] here again. still no answer about the broken swing in Kannelmäki. my email "
        "[[E:b.adebayo84@yahoo.com]] if you need photos"
    ),
    (
        "Complaint about staff behaviour: the guard at Kamppi metro, name badge '[[P:Rantanen]]', shouted at my "
        "daughter for sitting on the stairs. She is 12."
    ),
    (
        "The city gardener who fixed the flower bed by our house, I think her name was [[P:Liisa]], did an amazing "
        "job. Please pass on our thanks!"
    ),
    (
        "Booking note: the Kanneltalo stage is for [[P:Olena]] and [[P:Volodymyr Tkachenko's]] Ukrainian folk "
        "dance group, 10 dancers, rehearsal 17-20. Contact [[T:+380 67 123 4567]] or [[T:041 770 2244]]."
    ),
    (
        "As a wheelchair user I cannot get into the Kallio library at all when the side door is locked. Last "
        "Wednesday [[P:Heikki]] from the staff had to carry my bag up while I waited outside. – [[P:Sunita Reddy]]"
    ),
    (
        "Kerrokantasi / Meri-Rastila: I agree with [[P:Paavo]] and [[P:Eeva-Liisa]]. The forest is the reason we "
        "moved here. Build on the parking lots instead."
    ),
    (
        "Someone has been dumping construction waste behind the garages at [[A:Rusthollarinkuja 4]]. I saw a white "
        "pickup, plates [[R:MTU-316]], on Sunday around 22:00."
    ),
    (
        "The person in charge of the Varaamo booking at Vuotalo, mr [[P:Lehtinen]], told us the sauna can be used by "
        "groups, but the online system doesn't allow it. Please clarify. [[P:Abdullah]]"
    ),
    (
        "I'm writing this together with my flatmates [[P:Aleksandra]], [[P:Kenji]] and [[P:Wiktor]], we all live on "
        "the top floor and the wind from the new tower in Pasila makes our balcony unusable. [[P:Kenji's]] bike was "
        "blown over twice last week."
    ),
    (
        "OmaStadi proposal: a pop-up reading corner at Kontula shopping centre\n\nTeam: [[P:Emmi Salo]] (design), "
        "[[P:Karim Benali]] (budget), [[P:Daniela Paz]] (kids' activities).\nContact: [[E:emmi.salo@gmail.com]]"
    ),
    "Key holders this term: [[P:Hannes]] ([[T:040 665 1290]]) and [[P:Swati]] ([[T:050 991 2047]]).",
    (
        "My colleague from the hospital, [[P:Oyelaran]], lives in the same block and her car was also towed from "
        "the yard last night, although there were no signs about any street cleaning."
    ),
    (
        "Thanks to [[P:Hanna-Riikka]] and [[P:Mohammed]] at the Vallila service centre for sorting out my Kela "
        "papers, and to the nice security guard whose name I didn't catch."
    ),
]

# ---------------------------------------------------------------------------------------------------------------
# Hand-written records: Swedish, with personal data
# ---------------------------------------------------------------------------------------------------------------

_SV_POS: list[str] = [
    (
        "Gatlyktan utanför [[A:Bergmansgatan 12]] har varit släckt i två veckor. [[P:Oskar]] i trean sa att han "
        "redan anmält det men inget har hänt."
    ),
    (
        "Hej! Jag och min granne [[P:Ulla-Britt]] undrar varför bänkarna i Brunnsparken har tagits bort. Vi brukade "
        "sitta där varje förmiddag.\nMvh [[P:Gunnel Sjöblom]]"
    ),
    (
        "Vi bokar salen på Drumsö bibliotek för [[P:Linneas]] kalas lördag 14.12 kl 12–15. Kontakt: "
        "[[P:Fredrik Holmström]] [[T:050 412 8830]]"
    ),
    (
        "Snöplogen har skrapat sönder staketet vid vår gård på [[A:Tavastvägen 40 A 5]]. [[P:Kenneth]] från "
        "disponentbyrån har foton om ni behöver."
    ),
    (
        "[[P:Mikael]] från fastighetsskötseln säger att det inte är deras ansvar att skotta trappan mot parken utan "
        "stadens. Vem ska man tro på?\n/[[P:Stina]]"
    ),
    (
        "Jag har bott i Kronohagen sedan 1982 och motsätter mig höghusen på Skatudden. Min granne "
        "[[P:Carl-Gustaf von Bonsdorff]] har skrivit ett längre svar ovan som jag helt håller med om."
    ),
    (
        "Som förälder till två barn i Gymnasiet Lärkan vill jag säga att cykelvägen längs Mannerheimvägen är farlig. "
        "Min dotter [[P:Ebba]] blev nästan påkörd vid Tölö torg i förra veckan."
    ),
    (
        "Hej, [[P:Anna-Karin af Hällström]] här, ordförande för Munksnäs hembygdsförening. Vi vill boka salen i "
        "Munkshöjdens servicehus för vårt årsmöte den 8 mars."
    ),
    (
        "Bokning för körövning. Ansvarig: [[P:Torsten Enckell]], tfn [[T:+358 40 551 2907]]. Nyckeln hämtas av "
        "[[P:Hedvig]]."
    ),
    (
        "Förslag: Utegym i Nordsjö\n\nIdén kommer från [[P:Sixten]] (12 år) och hans kompisar [[P:Elias]], "
        "[[P:Aisha]] och [[P:Noah]]. De tränar nu på klätterställningen på dagis-gården, vilket inte är så bra."
    ),
    (
        "Vår granne [[P:Oksana]] från Charkiv har hjälpt oss samla över 200 underskrifter för ett övergångsställe vid "
        "skolan. Vi skickar listan per post."
    ),
    (
        "Vi satt på trappan med [[P:Johan]] och [[P:Maija]] i söndags när det började lukta bränt från "
        "transformatorn bakom huset, och efter en kvart gick strömmen i hela kvarteret. Har någon kollat den?"
    ),
    "Tack till [[P:Farah]] på Drumsö bibliotek för hjälpen med bokningen! 🌸",
    (
        "[[P:Lindqvists]] hund skäller hela nätterna och ägaren säger att det är stadens sak eftersom hunden "
        "bara skäller åt gatubelysningen som blinkar. Kan ni åtminstone laga lampan?"
    ),
    (
        "Parkeringsautomaten på Lönnrotsgatan tar inte kort. Min kollega [[P:Westerlund]] fick böter fast han "
        "försökte betala i tio minuter. Bil [[R:CFJ-238]]."
    ),
    (
        "Jag heter [[P:Rahim Haidari]] och bor på [[A:Kaptensgatan 8 A 4]]. Gården har inte plogats på hela "
        "veckan och min fru kan inte komma ut med barnvagnen."
    ),
    (
        "> [[P:Maria Lindgren]] skrev 3.11.2025 kl. 14.02:\n> Tack för din respons. Vi har beställt en reparation.\n\n"
        "Men [[P:Maria]], problemet kvarstår! Fontänen i parken läcker fortfarande."
    ),
    (
        "Lyktstolpen vid busshållplatsen lutar farligt efter krocken.\n\nMed vänliga hälsningar\n"
        "[[P:Bengt-Åke Grönroos]]\n[[E:bengtake.gronroos@kolumbus.fi]]\n[[T:09 241 5573]]"
    ),
    (
        "Till [[P:Sten Backman]] på stadsmiljösektorn: ni lovade en ny trappa till stranden i Kvarnbäcken före "
        "sommaren 2025. Den finns inte."
    ),
    (
        "Rektor [[P:Björn Nordman]] har redan skrivit till er om taket i gymnastiksalen, men vi föräldrar vill också "
        "säga att det droppar vatten på barnen."
    ),
    (
        "[[P:Liv]] och [[P:Bo]] i vår förening har ritat ett förslag på en ny odlingslott vid Ärtholmen, bifogas som "
        "pdf. Vi hoppas det går vidare till omröstningen."
    ),
    (
        "Kontaktperson för bokningen är [[P:Dag Forsman]], han är vår kassör. Faktura kan skickas till föreningen."
    ),
    (
        "Vi har fått ett brev från [[P:Nguyen Van Hung]] som driver restaurangen i hörnet, han är också orolig för "
        "att terrassen försvinner när gatan byggs om."
    ),
    (
        "Avbokning av bastun på Degerö 22.11. Återbetalning till [[I:FI25 5790 1320 1188 45]], kontoinnehavare "
        "[[P:Henrika Strandberg]]."
    ),
    (
        "Formuläret vill ha min personbeteckning, [[H:140387-262B]], men säger att den är fel. Vad gör jag? "
        "/[[P:Jessica Ekholm]]"
    ),
    (
        "hej det är [[P:elin]] från [[A:drumsövägen 9 b 12]]. nån har slängt en kyl vid återvinningen igen. "
        "ring [[T:0407781204]] om ni vill veta mer"
    ),
    (
        "[[P:Oskars]] mamma och jag har pratat med de andra föräldrarna i klassen och vi vill alla ha en "
        "lekplats vid Kottby lågstadieskola."
    ),
    (
        "Jag skriver för [[P:Abdullahi Hassan Farah]] som inte kan svenska än. Han bor på "
        "[[A:Ostrobotniavägen 3 C 27]] "
        "och hissen har varit trasig sedan oktober. Han har ett barn med funktionsnedsättning."
    ),
    (
        "Bokningen i Gamlas ungdomsgård gäller den filippinska föreningens julfest. Ansvarig: "
        "[[P:Ma. Cristina Dela Cruz]], [[T:045 612 0093]]. Hjälper till: [[P:Jun-jun]] och [[P:Marvin]]."
    ),
    (
        "Min kollega [[P:Natalja]] säger att hon aldrig fått svar på sin anmälan om mögel i daghemmet. Hon "
        "skickade den i augusti."
    ),
    (
        "[[P:Noors]] pappa har frågat flera gånger om det finns arabisktalande personal på rådgivningen i "
        "Östra centrum. Vet ni?"
    ),
    (
        "Kommentar om Hagnäs torg:\n\nJag förstår att torget behöver förnyas. Men när [[P:Henrik]] och jag var på "
        "invånarkvällen sa planeraren, [[P:Jonas Mattsson]], att saluhallen ska stängas i tre år. Det är för länge "
        "för de små handlarna. [[P:Henrik]] har haft sin fiskdisk där sedan 1998.\n\n"
        "Vänligen,\n[[P:Birgitta]]"
    ),
    "Förslagsställare: [[P:Sara Lindholm-Nguyen]], Kånala. Förslag: mer belysning på skogsstigen till skolan.",
    "Bokare: [[P:Ragnar]]. Nyckeln hämtas av [[P:Ragnars]] dotter [[P:Malin]] på fredag efter kl 16.",
    (
        "En svart Volvo, [[R:KIM-840]], står på cykelbanan på Runebergsgatan varje morgon. Kan parkeringsövervakningen "
        "komma förbi?"
    ),
    "Jag pratade med [[P:Tiina]] på socialkontoret i Östra centrum och hon sa att jag skulle skriva här.",
    (
        "Ett stort tack till [[P:Jonna]], [[P:Pertti]], [[P:Kim]] och [[P:Amina]] i köket på Kottby lågstadieskola "
        "för den fina julmaten!"
    ),
    (
        "Lekparken i Kronohagen: gungan är trasig. [[P:Mats-Erik]] i huset bredvid har redan tagit bort den "
        "lösa kedjan så ingen skadar sig."
    ),
    (
        "Sidan säger bara 'blocked: [[IP:193.166.4.27]]' när jag försöker rösta på OmaStadi. Jag sitter på "
        "jobbet, kan det vara brandväggen?"
    ),
    "Skicka gärna svaret till [[E:gunilla.stromberg@netti.fi]], jag läser inte vanlig post längre.",
    (
        "Jag ringde stadens växel [[T:09 310 1111]] och de kopplade mig till tre olika personer. Ingen visste vem "
        "som ansvarar för bryggan."
    ),
    (
        "Familjen [[P:de la Chapelle]] i huset mittemot har klagat på samma sak: regnvattnet rinner rakt in i "
        "källaren eftersom brunnen på gatan är igensatt."
    ),
    (
        "[[P:Jessica]] och [[P:Kevin]] i vår trappa har två små barn och de kan inte ta sig ut med vagnen när "
        "snön ligger så högt vid porten."
    ),
    (
        "Tack för snabb hjälp med vattenläckan! Min granne [[P:Ilmari]] ringde in den kl 7 och redan kl 9 var det "
        "lagat."
    ),
    (
        "Vi är en grupp kinesiska föräldrar i Hertonäs. Kontakt: [[P:Liu Yang]], [[E:liuyang.hki@163.com]]. Vi vill "
        "boka ett rum för kinesisk lördagsskola."
    ),
    (
        "[[P:Phạm Thu Hà]] har ett café vid Trädgårdsstaden och hon säger att sopkärlen töms för sällan. Jag håller "
        "med, det luktar hela sommaren."
    ),
    (
        "Jag heter [[P:Yuliia Melnyk]] och jag kom till Helsingfors 2022. Jag vill tacka svenska "
        "arbetarinstitutet för kurserna, särskilt läraren [[P:Solveig]]!"
    ),
    (
        "Vi har pratat med [[P:Inés]] från dansskolan, hon kan leda en gratis salsakväll i Stoa om vi får lokalen."
    ),
    (
        "[[P:Babatunde]] och [[P:Funmilayo]] har frågat om de kan använda grillplatsen i Nordsjö för ett kalas för "
        "40 personer. Behövs det bokning?"
    ),
    (
        "Ni frågade om kontaktuppgifter: [[P:Ann-Mari Söderholm]], [[A:Sandviksgatan 5 B 19]], [[T:040 882 1650]]."
    ),
    "När vi gick förbi skolan med farmor och lilla [[P:Vera]] i går kväll var hela gången mörk.",
    (
        "Till [[P:Camilla]] på kundservice: tack för svaret, men det var inte min fråga. Jag frågade om "
        "bussen 58 eller om spårvagn 9."
    ),
    (
        "Jag stödjer förslaget. [[P:Kristian]] från vår hyresgästförening har räknat ut att ett nytt staket kostar "
        "runt 4 000 euro. – [[P:Pia Nordström]], Botby gård"
    ),
    (
        "[[P:Tove]] i vår klass (inte Tove Jansson alltså 😅) har astma och mår dåligt av dammet från bygget på "
        "[[A:Albertsgatan 23]]."
    ),
    (
        "Jag har en fråga om hyresfakturan. Konto [[I:FI34 1029 3000 3844 06]], kund [[P:Åke Lindroos]]. Jag betalade "
        "två gånger i november."
    ),
    (
        "ps. glömde säga att [[P:sofia]] (min dotter) också skadade sig vid rutschkanan, hon fick ett sår på "
        "knät. hälsn. [[P:peter]]"
    ),
    (
        "Närvarande på mötet: [[P:Gun Lindberg]], [[P:Rolf Sundqvist]], [[P:Carita Holm]], [[P:Abdi Yusuf]] och "
        "undertecknad, [[P:Margareta Wikström]]. Vi beslöt att skicka ett gemensamt svar om parkplanen."
    ),
    (
        "Barnen [[P:Selma]], [[P:Hugo]] och [[P:Ines]] i trean har målat skyltar om att hålla hundarna kopplade i "
        "parken. Får vi sätta upp dem på staketet?"
    ),
    "[[P:Håkan]] på Brändö har samma problem med bryggan, kanske kan ni titta på båda samtidigt?",
    (
        "Jag och [[P:Vladimir]] har sett samma bil, [[R:XNE-512]], dumpa sopor vid återvinningen tre lördagar i rad."
    ),
    (
        "Svar till [[P:Gustav]]: nej, det är inte bara i Tölö. Hos oss i Kvarnbäcken har lyktorna varit släckta "
        "sedan oktober."
    ),
]

# ---------------------------------------------------------------------------------------------------------------
# Hand-written hard negatives: English
# ---------------------------------------------------------------------------------------------------------------

_EN_NEG: list[str] = [
    "Will the city ever fix the stairs down to the beach at Kaivopuisto? Mark my words, someone is going to fall.",
    "Grace period for parking on Fredrikinkatu ends at 9:00 but the sign says 8:00. Which one is correct?",
    "Hope this helps: the leak is on Annankatu right after the Alko, just before the tram stop.",
    "Bill for the Varaamo booking (order 558120) came twice. Frank question: is the sauna included in 45 €/h?",
    (
        "Rose beds on the Kaisaniemi side of the botanic garden have been trampled by people taking the shortcut to "
        "the metro. Maybe a small fence from May to September?"
    ),
    "Bus 55 towards Koskela was 25 minutes late every day in the week of 10–14 November. Friday was the worst.",
    (
        "We're moving from Sofia, Bulgaria in January and wanted to ask about daycare in Vallila. Are there any places "
        "left in English-speaking groups for 2026?"
    ),
    "The Mannerheim statue looks dirty, bird droppings all over the horse. Maybe clean it before 6 December?",
    (
        "The Alvar Aalto buildings in the centre must be protected. Finlandia Hall is a national symbol, and Amos Rex "
        "proved that you can build underground without ruining anything."
    ),
    (
        "Victoria Station in London has better signs than Pasila, honestly. Platforms 1–19 aren't even listed in "
        "order on the screens."
    ),
    "Florence has a car-free historic centre and it works. Why not Senaatintori and Aleksanterinkatu?",
    "Tove Jansson park in Katajanokka needs more benches, and the Moomin mural next to it has been tagged.",
    "Is Oodi open on 24.12.? The website says 10–16 but the sign on the door says closed.",
    (
        "Our dog Frank cut his paw on broken glass in the Hesperia park dog area on Sunday. Please clean it! "
        "Case number 2025-HEL-88213."
    ),
    "August was great at Hietaniemi, but now the changing cabins are locked and the toilets too. In November!",
    "Pay by 31.12.2025 using reference 1009 87654 32118 — that's what the invoice says, but the amount is wrong.",
    "The Stockmann clock corner is a nightmare on Saturdays 12–16. Pedestrian zone on Keskuskatu please.",
    "Jean Sibelius would cry if he saw the state of the car park next to the Sibelius monument.",
    (
        "Tram 7 goes via Sörnäinen, tram 9 via Pasila, but the map at the Lasipalatsi stop still shows the route "
        "from 2019."
    ),
    "Can we book the gym of Sakarinmäki school on Sundays? We're in 00890. Thanks!",
    "Bill Gates and Elon Musk don't live in Helsinki, so why does the Maria 01 campus look like Silicon Valley?",
    "Mark the crossing on Urheilukatu better — the zebra stripes are completely worn off.",
    (
        "We loved the Taylor Swift themed dance class at Stoa. More of this please! (Room 2, Tuesdays 17.30–19.00, "
        "about 20 teens every week)"
    ),
    "Will there be a Christmas market on the Esplanadi this year, and will the Espa stage have concerts in June?",
    (
        "The McDonald's on Mannerheimintie leaves its bins open every night and the seagulls spread everything "
        "across the street by 6 am."
    ),
    "Wolt and Foodora couriers ride on the pavement on Iso Roobertinkatu. Someone will get hurt.",
    (
        "Linus Torvalds went to school in Helsinki, Paavo Nurmi has a statue at the stadium, but there's not one "
        "sign explaining any of it to tourists."
    ),
    "Order #A-77412, paid 29.90 €, booked Tuesday 14:00–16:00, but the confirmation says Thursday.",
    (
        "Hope you can help: the lift at the Rautatientori metro station has been broken since Monday 17.11. "
        "Took me 20 minutes with the stroller to find another way."
    ),
    (
        "I really like the Runeberg tarts in February, but Runeberginkatu in February is another story — "
        "slush everywhere."
    ),
    "Grace and Frankie vibes at the senior dance night in Malmitalo 😂 loved it. Wednesdays 18-20, 5 €.",
    "St. Patrick's Day parade route 2026? Last year it blocked tram 6 for two hours.",
    (
        "Kerrokantasi comment on the Esplanadi renovation: keep the Havis Amanda fountain exactly where it is. "
        "The 1908 statue belongs there."
    ),
    "Victoria Day? King's Day? Sorry, wrong form, I meant to ask about Independence Day fireworks on 6.12.",
    "The Easter bonfire at Seurasaari (5.4.) — is it happening in 2026 or not? Postal code for the event: 00250.",
    "Grace Kelly, Audrey Hepburn... the new Finnish film festival at Kino Regina had only 3 old films. More please!",
    (
        "Will, Mark and Grace are the three 'friendly robots' at the Oodi entrance, my kids named them. "
        "One of them has been broken since 2 December."
    ),
]

# ---------------------------------------------------------------------------------------------------------------
# Hand-written hard negatives: Swedish
# ---------------------------------------------------------------------------------------------------------------

_SV_NEG: list[str] = [
    "Sten och grus ligger kvar på cykelbanan längs Tölöviken fast det är december. Dags att sopa!",
    "Bo i Berghäll i 15 år och aldrig har Helsingegatan varit så smutsig som nu.",
    "Dag efter dag står samma lastbil på trottoaren vid Sturegatan. Ärende 2025-044817 har ingen åtgärd.",
    "Ros till personalen på Arabia bibliotek! Och ris till den som bestämde att stänga kl 16 på fredagar.",
    "Liv och rörelse i Sinebrychoffparken på sommaren är fint, men två toaletter räcker inte för tusen personer.",
    "Stig av spårvagnen vid Operan och gå mot Tölöviken – där har lyktorna varit trasiga sedan oktober.",
    "Björnen på Högholmen har fått ett nytt hägn, men skyltarna på svenska saknas helt.",
    "Mark och vatten i Fiskehamnen är förorenade enligt rapporten från 2019, så varför bygger man bostäder där?",
    "Runebergstårtan är god men Runebergsgatan är en katastrof för cyklister. Kom igen, Helsingfors!",
    "Måndag till fredag 7–18 är det öppet, lördag 10–15 och söndag stängt. Varför står det annat på nätet?",
    "Ärende HEL 2025-031447: när sandas Eriksgatan? Linje 18 och spårvagn 3 står still i backen.",
    "Tove Jansson bodde i Ulrikasborg, och Eiraparken borde få en skylt om det på svenska också.",
    "Faktura nr 88102, förfallodag 15.1.2026, belopp 120,50 €. Bokningen gällde Gamlas ungdomsgård 3.12.",
    "Vi gillar Marimekko och Fazer, men måste reklamen vid Esplanaden vara tre våningar hög?",
    "Elias Lönnrot förtjänar sin staty, men Lönnrotsgatan behöver framför allt trafikljus vid skolan.",
    "Stigen genom Centralparken från Brunakärr till Månsas är lerig hela hösten. En spång skulle hjälpa.",
    "Klockorna i Mikael Agricolas kyrka ringer kl 8 på söndagar, det är helt okej, men kl 7 är för tidigt.",
    "Vår katt Björn har sprungit bort i Munksnäs, finns det ett ställe där man kan anmäla hittade djur?",
    "Liv i stan! Julmarknaden på Senatstorget 1–22.12 var fantastisk i år.",
    "Bo kvar i stan eller flytta ut? Med de här hyrorna i Kampen vet jag inte längre. 1 450 €/mån för 38 m².",
    "Dag 3 utan varmvatten i Hagnäs. Ärendenummer 77215. Hur länge till?",
    "Sten Sture och Gustav Vasa är historia, men Sturegatan år 2025 är bara en parkeringsplats.",
    "Ros och ris:\n+ nya bänkarna i Kajsaniemi\n- ingen belysning i Kajsaniemi efter kl 17",
    "Vi flög från Sofia till Helsingfors i juli och lokaltrafiken från flygplatsen var helt ok, linje P och I.",
    "Sibeliusparken och Sibeliusmonumentet är fina, men toaletten vid kaféet är stängd från oktober till april.",
    "Mannerheimvägen 1 km söderut från Tölö torg är full av gropar. Cyklar inte där längre.",
    "Postnummer 00100 eller 00101? Formuläret godtar inte mitt och jag bor i centrum.",
    "Karl Fazers gamla fabrik i Gårdsbacka luktar choklad, det är inget klagomål, bara ett tack 🍫",
    "Juni, juli och augusti har simstranden i Hertonäs ingen livräddare. Det är farligt.",
    "Stig på bussen 16 vid Järnvägstorget och åk till slutet – det är där gropen på gatan är.",
]

# ---------------------------------------------------------------------------------------------------------------
# Pools for the template-based records
# ---------------------------------------------------------------------------------------------------------------

# (full name, first name as used in everyday speech, surname)
_PEOPLE: dict[str, list[tuple[str, str, str]]] = {
    "fi": [
        ("Mikko Virtanen", "Mikko", "Virtanen"),
        ("Päivi Korhonen", "Päivi", "Korhonen"),
        ("Jukka-Pekka Laine", "Jukka-Pekka", "Laine"),
        ("Aino Heikkinen", "Aino", "Heikkinen"),
        ("Tapio Järvinen", "Tapio", "Järvinen"),
        ("Riikka Saarinen", "Riikka", "Saarinen"),
        ("Onni Lehtonen", "Onni", "Lehtonen"),
        ("Heli Koskinen", "Heli", "Koskinen"),
    ],
    "fs": [
        ("Linnea Åkerlund", "Linnea", "Åkerlund"),
        ("Fredrik Nyberg", "Fredrik", "Nyberg"),
        ("Hedvig Söderholm", "Hedvig", "Söderholm"),
        ("Johan Björklund", "Johan", "Björklund"),
        ("Ebba Grönroos", "Ebba", "Grönroos"),
        ("Torsten Ekholm", "Torsten", "Ekholm"),
        ("Elin Maria Westerlund", "Elin", "Westerlund"),
        ("Ulf von Wright", "Ulf", "von Wright"),
    ],
    "in": [
        ("Priya Raghunathan", "Priya", "Raghunathan"),
        ("Sandeep Kulkarni", "Sandeep", "Kulkarni"),
        ("Deepika Menon", "Deepika", "Menon"),
        ("Karthik Iyer", "Karthik", "Iyer"),
        ("Ananya Banerjee", "Ananya", "Banerjee"),
    ],
    "cn": [
        ("Wang Lei", "Lei", "Wang"),
        ("Zhao Haoran", "Haoran", "Zhao"),
        ("Liu Jing", "Jing", "Liu"),
        ("Chen Mingyu", "Mingyu", "Chen"),
    ],
    "vn": [
        ("Tran Van Minh", "Minh", "Tran"),
        ("Nguyễn Thị Hoa", "Hoa", "Nguyễn"),
        ("Le Hoang Nam", "Nam", "Le"),
        ("Pham Quang Huy", "Huy", "Pham"),
    ],
    "ar": [
        ("Omar Mansour", "Omar", "Mansour"),
        ("Layla Abu-Khalil", "Layla", "Abu-Khalil"),
        ("Rania Saleh", "Rania", "Saleh"),
        ("Khalid Al-Amiri", "Khalid", "Al-Amiri"),
    ],
    "so": [
        ("Hodan Ali Yusuf", "Hodan", "Yusuf"),
        ("Mahad Abdi Nur", "Mahad", "Nur"),
        ("Sahra Hassan Farah", "Sahra", "Farah"),
        ("Faadumo Warsame", "Faadumo", "Warsame"),
    ],
    "ru": [
        ("Anastasia Volkova", "Anastasia", "Volkova"),
        ("Sergei Morozov", "Sergei", "Morozov"),
        ("Natalia Sergeyevna Orlova", "Natalia", "Orlova"),
    ],
    "ua": [
        ("Oksana Kovalenko", "Oksana", "Kovalenko"),
        ("Bohdan Shevchenko", "Bohdan", "Shevchenko"),
        ("Yuliia Bondar", "Yuliia", "Bondar"),
    ],
    "es": [
        ("Lucía Fernández", "Lucía", "Fernández"),
        ("Alejandro Gómez de la Vega", "Alejandro", "Gómez"),
        ("Carmen Ruiz", "Carmen", "Ruiz"),
    ],
    "br": [
        ("Thiago Oliveira", "Thiago", "Oliveira"),
        ("Fernanda Costa", "Fernanda", "Costa"),
        ("João Pedro da Silva", "João Pedro", "da Silva"),
    ],
    "ng": [
        ("Chinedu Okafor", "Chinedu", "Okafor"),
        ("Funmilayo Adeyemi", "Funmilayo", "Adeyemi"),
        ("Emeka Nwosu", "Emeka", "Nwosu"),
    ],
    "ph": [
        ("Rowena Bautista", "Rowena", "Bautista"),
        ("Marvin Santos Reyes", "Marvin", "Reyes"),
        ("Jasmine Dela Cruz", "Jasmine", "Dela Cruz"),
    ],
    "us": [
        ("Tyler Brooks", "Tyler", "Brooks"),
        ("Ashley Miller", "Ashley", "Miller"),
        ("Hunter Ellis", "Hunter", "Ellis"),
    ],
    "gb": [
        ("Poppy Whitfield", "Poppy", "Whitfield"),
        ("Hamish MacLeod", "Hamish", "MacLeod"),
        ("Siobhan O'Reilly", "Siobhan", "O'Reilly"),
    ],
}

_EMAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "kolumbus.fi",
    "elisanet.fi",
    "icloud.com",
    "protonmail.com",
    "welho.com",
    "netti.fi",
]

_STREETS_FI = [
    "Runeberginkatu",
    "Topeliuksenkatu",
    "Fleminginkatu",
    "Agricolankatu",
    "Porthaninkatu",
    "Castréninkatu",
    "Albertinkatu",
    "Fredrikinkatu",
    "Annankatu",
    "Mechelininkatu",
    "Hämeentie",
    "Vuosaarentie",
    "Kontulantie",
    "Mäkelänkatu",
    "Sturenkatu",
    "Kalevankatu",
    "Lapinlahdenkatu",
    "Kustaankatu",
]
_STREETS_SV = [
    "Runebergsgatan",
    "Topeliusgatan",
    "Fleminggatan",
    "Agricolagatan",
    "Porthansgatan",
    "Castrénsgatan",
    "Albertsgatan",
    "Fredriksgatan",
    "Annegatan",
    "Mechelingatan",
    "Tavastvägen",
    "Nordsjövägen",
    "Sturegatan",
    "Kalevagatan",
    "Drumsövägen",
    "Munksnäs allé",
    "Kaptensgatan",
    "Sandviksgatan",
]

_ROOMS_EN = [
    "the Maunula house kitchen",
    "Oodi group room 'Kuutio'",
    "Kanneltalo studio 2",
    "the Vuotalo hall",
    "Stoa dance studio",
    "the Kallio library meeting room",
    "the Annantalo workshop",
    "Malmitalo room 3",
]
_ROOMS_SV = [
    "Oodis grupprum",
    "Kanneltalos studio 2",
    "salen i Vuotalo",
    "Stoas dansstudio",
    "Arbis festsal",
    "Annegårdens verkstad",
    "Gamlas ungdomsgård",
    "Drumsö bibliotek",
]
_DISTRICTS_EN = ["Kallio", "Vuosaari", "Kontula", "Töölö", "Pasila", "Malmi", "Herttoniemi", "Lauttasaari"]


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")


def _person(rng: random.Random) -> tuple[str, str, str]:
    origin = rng.choice(sorted(_PEOPLE))
    return rng.choice(_PEOPLE[origin])


def _email(rng: random.Random, first: str, surname: str) -> str:
    f = re.sub(r"[^a-z]", "", _ascii(first).lower())
    s = re.sub(r"[^a-z]", "", _ascii(surname).lower())
    style = rng.randrange(4)
    if style == 0:
        local = f"{f}.{s}"
    elif style == 1:
        local = f"{f[0]}{s}"
    elif style == 2:
        local = f"{f}{rng.randrange(70, 100)}"
    else:
        local = f"{s}.{f}"
    return f"{local}@{rng.choice(_EMAIL_DOMAINS)}"


def _phone(rng: random.Random) -> str:
    pre = rng.choice(["040", "050", "044", "045", "041", "046"])
    a, b = rng.randrange(100, 1000), rng.randrange(1000, 10000)
    style = rng.randrange(5)
    if style == 0:
        return f"{pre} {a} {b}"
    if style == 1:
        return f"+358 {pre[1:]} {a}{b}"
    if style == 2:
        return f"{pre}-{a}{b}"
    if style == 3:
        return f"{pre}{a}{b}"
    return f"+358{pre[1:]}{a}{b}"


def _iban(rng: random.Random) -> str:
    bban = "".join(str(rng.randrange(10)) for _ in range(14))
    digits = "".join(str(int(c, 36)) for c in bban + "FI00")
    check = 98 - int(digits) % 97
    raw = f"FI{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _address(rng: random.Random, streets: list[str]) -> str:
    street = rng.choice(streets)
    num = rng.randrange(1, 60)
    style = rng.randrange(4)
    if style == 0:
        return f"{street} {num}"
    if style == 1:
        return f"{street} {num} {rng.choice('ABC')} {rng.randrange(1, 40)}"
    if style == 2:
        return f"{street} {num} {rng.choice('ABCD')}"
    return f"{street} {num} {rng.choice('ab')} {rng.randrange(1, 30)}"


def _poss_en(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _gen_sv(name: str) -> str:
    return name if name[-1] in "sxz" else name + "s"


def _slots(rng: random.Random, lang: str) -> dict[str, str]:
    """Marked personal spans and unmarked non-personal fillers for one templated record."""
    full, first, sur = _person(rng)
    full2, first2, _ = _person(rng)
    while first2 == first:
        full2, first2, _ = _person(rng)
    streets = _STREETS_SV if lang == "sv" else _STREETS_FI
    day, month = rng.randrange(1, 29), rng.randrange(1, 13)
    hour = rng.randrange(9, 20)
    return {
        "full": f"[[P:{full}]]",
        "first": f"[[P:{first}]]",
        "first2": f"[[P:{first2}]]",
        "sur": f"[[P:{sur}]]",
        "first_lc": f"[[P:{first.lower()}]]",
        "full_lc": f"[[P:{full.lower()}]]",
        "first_init": f"[[P:{first} {sur[0] if sur[0].isupper() else sur.split()[-1][0]}.]]",
        "gen": f"[[P:{_poss_en(first)}]]",
        "gen_sv": f"[[P:{_gen_sv(first)}]]",
        "phone": f"[[T:{_phone(rng)}]]",
        "email": f"[[E:{_email(rng, first, sur)}]]",
        "addr": f"[[A:{_address(rng, streets)}]]",
        "iban": f"[[I:{_iban(rng)}]]",
        "room": rng.choice(_ROOMS_SV if lang == "sv" else _ROOMS_EN),
        "district": rng.choice(_DISTRICTS_EN),
        "date": f"{day}.{month}.",
        "time": f"{hour}:{rng.choice(['00', '30'])}",
        "n": str(rng.randrange(6, 40)),
        "ordno": f"{rng.choice(['#', 'nr ', 'no. ', ''])}{rng.randrange(100000, 999999)}",
    }


# ---------------------------------------------------------------------------------------------------------------
# Template family A: Varaamo booking notes
# ---------------------------------------------------------------------------------------------------------------

_VARAAMO_EN = [
    "Booking for {room}, {date} {time}. Contact person: {full}, {phone}.",
    "{gen} birthday party, approx. {n} kids + parents. I'll be there from {time} to set up. Questions: {email}",
    "Hi! Weekly boardgame night as usual. {first2} has the key card this time, if anything call me ({full}) on {phone}",
    "Invoice to: {full}\n{addr}\nPurpose: Arabic–Finnish language café, {n} participants",
    "We're a small Bollywood dance group, teacher {full}. Need the room with the mirror wall. Phone {phone}",
    "Kids' chess club. Responsible adult {full}, backup {first2}. {email}",
    "tenants association meeting, {n} ppl, we bring our own coffee. booked by {full_lc} {phone}",
    "Please note: {first} will pick up the key at the info desk at {time}. English is fine, no Finnish.",
    "Practising the speech for {gen} wedding haha, just the two of us. —{first2}",
    "Contact: {email} / {phone} (ask for {first})",
    "Study group for the citizenship language test. Organiser {full}. If late, WhatsApp {first2} on {phone}",
    "Sewing workshop on {date}, instructor {sur}, helper {first2}. {n} sewing machines needed.",
    "Room for a baby shower for {full}, {date} from {time}. About {n} guests, no alcohol of course.",
    "Cancelling booking {ordno}, sorry! {first} got sick. Refund to {iban} please.\n{full}",
]

_VARAAMO_SV = [
    "Bokning för {room} {date} kl. {time}. Kontaktperson: {full}, {phone}.",
    "{gen_sv} födelsedagskalas, ca {n} barn. Vi städar själva. Frågor: {email}",
    "Spelkväll som vanligt. {first2} har nyckelkortet, ring mig ({full}) på {phone} om något krånglar.",
    "Faktureras: {full}, {addr}. Syfte: språkcafé svenska–arabiska, {n} deltagare.",
    "Körövning. Ledare {full}. Reserv: {first2}. {email}",
    "hyresgästföreningens möte, {n} pers. bokat av {full_lc} {phone}",
    "Obs! {first} hämtar nyckeln från infodisken kl. {time}, talar engelska.",
    "Kontakt: {email} / {phone} (fråga efter {first})",
    "Avbokar {ordno}, {first2} blev sjuk. Återbetalning till {iban}. Mvh {full}",
    "Babyshower för {gen_sv} syster {date}, {n} gäster. Ansvarig: {full}",
    "Schackklubb för barn. Ansvarig vuxen {full} ({phone}). Hjälpledare {first2}.",
    "Vi övar inför {gen_sv} bröllop – bara vi två. /{first2}",
]

# ---------------------------------------------------------------------------------------------------------------
# Template family B: short feedback with a sign-off
# ---------------------------------------------------------------------------------------------------------------

_FEEDBACK_EN = [
    "The crossing light at Mannerheimintie / Runeberginkatu turns red too fast for older people.",
    "Broken glass all over the playground in Sinebrychoff park.",
    "Could you put a bin at the tram 4 stop in Munkkiniemi? People throw coffee cups in the bushes.",
    "Street lamp no. 1184 on Aleksanterinkatu has been blinking for a week.",
    "Ice on the stairs up to Kallio church, very dangerous, please sand them.",
    "The public toilet at Hakaniemi market hall is locked again during opening hours (8–18).",
    "Thank you for the new benches at Töölönlahti! Perfect for my evening walks.",
    "Bus 78 skipped the Kontula stop three times this week.",
    "Graffiti in the Eläintarha underpass, some of it is quite offensive.",
    "The skate park in Vuosaari needs lights, it's dark by 16:00 now.",
    "Water leaking from a pipe onto the pavement on Fredrikinkatu, it freezes every night.",
    "The sign for Tove Jansson park is completely hidden behind a bush.",
]
_SIGNOFF_EN = [
    "\n\nBest regards,\n{full}",
    "\n\n– {first}",
    " Thanks, {full} ({phone})",
    "\n\nCheers\n{first}\n{email}",
    " /{first_lc}",
    "\n\nKind regards\n{full}\n{addr}",
    " Contact me if needed: {email}. {full}",
    "\n\nSent on behalf of my neighbour {full}, who does not use the internet.",
    "\n\nThanks!\n{first_init}",
    " — {sur}, {district}",
]
_FEEDBACK_SV = [
    "Övergångsstället vid Mannerheimvägen/Runebergsgatan blir rött för snabbt för äldre.",
    "Krossat glas på lekplatsen i Sinebrychoffparken.",
    "Isigt på trapporna upp till Berghälls kyrka, sanda gärna.",
    "Toaletten i Hagnäs saluhall är stängd mitt på dagen igen (öppet 8–18).",
    "Tack för de nya bänkarna vid Tölöviken!",
    "Buss 78 hoppade över hållplatsen i Gårdsbacka tre gånger den här veckan.",
    "Klotter i gångtunneln vid Djurgården, en del av det är riktigt otäckt.",
    "Skateparken i Nordsjö behöver belysning, det är mörkt redan kl 16.",
    "Vatten läcker från ett rör på Fredriksgatan och fryser varje natt.",
    "Skylten för Tove Janssons park syns inte bakom busken.",
]
_SIGNOFF_SV = [
    "\n\nMed vänlig hälsning\n{full}",
    "\n\n/{first}",
    " Tack, {full} ({phone})",
    "\n\nHälsningar\n{first}\n{email}",
    " mvh {first_lc}",
    "\n\nMvh\n{full}\n{addr}",
    " Kontakta mig vid behov: {email}. {full}",
    "\n\nSkickat för min grannes räkning, {full}, som inte använder internet.",
    "\n\nTack!\n{first_init}",
]

# ---------------------------------------------------------------------------------------------------------------
# Template family C: hard negatives (capitalised non-names, non-personal numbers)
# ---------------------------------------------------------------------------------------------------------------

_NEG_EN = [
    "Will the {thing} in {park} be repaired before {month}? It has been broken since {month2}.",
    "Mark the {thing} in {park} more clearly please, I nearly fell there on {weekday}.",
    "Hope the {thing} near {street} gets fixed soon. Case {case}.",
    "Bill {ordno} for the {room} booking looks wrong: {price} instead of {price2}.",
    "Grace period for cancelling a {room} booking is {n} hours according to the terms. Still true in {year}?",
    "Rose bushes along {street} were cut down on {weekday}. Why? They bloomed every {month}.",
    "{weekday}s are the worst: bus {bus} is full before the {street} stop at {time}.",
    "Frank question: why does {room} close at {time} on {weekday}s when the website says {time2}?",
    "Reference {ref}, postal code {postal}. I paid {price} on {date} but the booking still shows unpaid.",
    "Opening hours at {room} during {holiday}: {hours}? The sign on the door says something else.",
    "The {famous} statue in {park} is covered in graffiti again.",
    "We just moved here from {city}. Is there a daycare near {street} with English groups? Postal code {postal}.",
    "Tram {tram} to {district} has been replaced by buses since {date}, until when?",
    "{brand} delivery bikes block the pavement on {street} every evening around {time}.",
]
_NEG_SV = [
    "Sten och grus på {street_sv} fortfarande i {month_sv}. Sopa, tack!",
    "Bo i {district_sv} i {n} år och aldrig sett så mycket skräp i {park_sv}.",
    "Dag {n} av vägarbetet på {street_sv}. Buss {bus} kör fortfarande omvägen.",
    "Ros till personalen på {room_sv}! Öppettiderna {hours} passar perfekt.",
    "Liv och rörelse i {park_sv} på {weekday_sv}ar – men soptunnorna räcker inte till.",
    "Stig av vid hållplatsen {stop_sv} och gå längs {street_sv}, där är det kolsvart.",
    "Ärende {case}: när sandas {street_sv}? Det var halt redan {date} och ingen har kommit.",
    "Faktura {ordno}, förfallodag {date}, belopp {price}. Gäller {room_sv}.",
    "Vi flyttade hit från {city} i {month_sv}. Finns det svensk dagvård nära {street_sv}? Postnummer {postal}.",
    "Spårvagn {tram} till {district_sv} ersätts av buss från {date} – hur länge?",
    "{famous}-statyn i {park_sv} är full av klotter igen.",
    "Mark och vatten i {district_sv} borde undersökas innan man bygger.",
    "{brand}-cyklarna blockerar trottoaren på {street_sv} varje kväll kring {time}.",
    "Björnbärsbuskarna i {park_sv} har vuxit över gångvägen, man kommer inte fram med rullator.",
]

_NEG_FILL: dict[str, list[str]] = {
    "thing": [
        "fountain",
        "swing",
        "bench",
        "outdoor gym",
        "bridge railing",
        "water tap",
        "street lamp",
        "ramp",
    ],
    "park": [
        "Kaivopuisto",
        "Sibelius park",
        "Alppipuisto",
        "Kaisaniemi park",
        "Esplanadi",
        "Tove Jansson park",
        "Sinebrychoff park",
        "Hesperia park",
    ],
    "street": [
        "Runeberginkatu",
        "Mannerheimintie",
        "Aleksis Kiven katu",
        "Topeliuksenkatu",
        "Fredrikinkatu",
        "Albertinkatu",
        "Annankatu",
        "Sofiankatu",
        "Eerikinkatu",
        "Snellmaninkatu",
    ],
    "month": ["January", "March", "May", "June", "August", "October", "December"],
    "month2": ["April", "July", "September", "November"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "case": ["HEL-2025-017734", "2025-HEL-40021", "#88213", "HEL 2024-009911"],
    "ordno": ["558120", "#A-77412", "no. 20251119-04", "31377"],
    "room": ["Oodi", "Stoa", "Kanneltalo", "Vuotalo", "Malmitalo", "Annantalo", "Maunula house", "Caisa"],
    "price": ["45 €", "29,90 €", "120.50 EUR", "12 €", "80€"],
    "price2": ["30 €", "19,90 €", "60 EUR", "8 €"],
    "n": ["2", "12", "24", "48"],
    "year": ["2025", "2026"],
    "bus": ["55", "78", "23N", "500", "16", "39", "561"],
    "time": ["7:45", "8.15", "16:30", "18.00", "21:00"],
    "time2": ["20:00", "21.00", "19:30"],
    "ref": ["RF18 5390 0754 7034", "1009 87654 32118", "00 0012 3450 0039"],
    "postal": ["00100", "00530", "00890", "00980", "00250", "00560"],
    "date": ["1.12.", "14.11.2025", "3.1.", "28 November", "12/10/2025"],
    "holiday": ["Christmas", "Easter", "Midsummer", "Independence Day", "May Day"],
    "hours": ["10–16", "9-20", "12.00–18.00", "8–22", "closed"],
    "famous": ["Sibelius", "Runeberg", "Aleksis Kivi", "Paavo Nurmi", "Mannerheim", "Tove Jansson"],
    "city": ["Sofia", "Florence", "Victoria, BC", "Lagos", "Manila", "Mumbai", "São Paulo", "Kyiv"],
    "tram": ["1", "4", "6T", "7", "9", "10", "13"],
    "district": ["Arabianranta", "Kalasatama", "Munkkiniemi", "Jätkäsaari", "Pasila", "Käpylä"],
    "brand": ["Wolt", "Foodora", "Tier", "Voi", "Lime"],
    "street_sv": [
        "Runebergsgatan",
        "Mannerheimvägen",
        "Aleksis Kivis gata",
        "Topeliusgatan",
        "Fredriksgatan",
        "Albertsgatan",
        "Annegatan",
        "Sofiegatan",
        "Eriksgatan",
        "Snellmansgatan",
    ],
    "month_sv": ["januari", "mars", "maj", "juni", "augusti", "oktober", "december"],
    "district_sv": ["Berghäll", "Nordsjö", "Hertonäs", "Drumsö", "Munksnäs", "Kottby", "Degerö", "Brändö"],
    "park_sv": [
        "Brunnsparken",
        "Sibeliusparken",
        "Kajsaniemiparken",
        "Esplanaden",
        "Tove Janssons park",
        "Sinebrychoffparken",
        "Alphyddan",
        "Centralparken",
    ],
    "room_sv": ["Oodi", "Stoa", "Arbis", "Gamlas ungdomsgård", "Annegården", "Drumsö bibliotek"],
    "weekday_sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "stop_sv": ["Operan", "Tölö torg", "Järnvägstorget", "Hagnäs", "Sörnäs"],
}


def _fill(rng: random.Random, frame: str, slots: dict[str, str]) -> str:
    def repl(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in slots:
            return slots[key]
        return rng.choice(_NEG_FILL[key])

    return re.sub(r"\{(\w+)\}", repl, frame)


def _cycle(rng: random.Random, frames: list[str], count: int) -> list[str]:
    """Take ``count`` frames, each frame used before any is reused."""
    out: list[str] = []
    while len(out) < count:
        batch = frames[:]
        rng.shuffle(batch)
        out.extend(batch)
    return out[:count]


def _templated(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for frame in _cycle(rng, _VARAAMO_EN, 16):
        out.append(("en", _fill(rng, frame, _slots(rng, "en"))))
    for frame in _cycle(rng, _VARAAMO_SV, 14):
        out.append(("sv", _fill(rng, frame, _slots(rng, "sv"))))
    for body, sign in zip(_cycle(rng, _FEEDBACK_EN, 12), _cycle(rng, _SIGNOFF_EN, 12), strict=True):
        out.append(("en", _fill(rng, body + sign, _slots(rng, "en"))))
    for body, sign in zip(_cycle(rng, _FEEDBACK_SV, 10), _cycle(rng, _SIGNOFF_SV, 10), strict=True):
        out.append(("sv", _fill(rng, body + sign, _slots(rng, "sv"))))
    for frame in _cycle(rng, _NEG_EN, 16):
        out.append(("en", _fill(rng, frame, {})))
    for frame in _cycle(rng, _NEG_SV, 14):
        out.append(("sv", _fill(rng, frame, {})))
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out: list[tuple[str, str]] = []
    out.extend(("en", t) for t in _EN_POS)
    out.extend(("sv", t) for t in _SV_POS)
    out.extend(("en", t) for t in _EN_NEG)
    out.extend(("sv", t) for t in _SV_NEG)
    out.extend(_templated(rng))
    rng.shuffle(out)
    return out


_LABELS = {"P", "E", "T", "H", "I", "R", "A", "IP"}
_SPAN = re.compile(r"\[\[([A-Z]+):([^\[\]]+)\]\]")


def _check(recs: list[tuple[str, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for lang, text in recs:
        assert lang in {"fi", "sv", "en"}, lang
        assert text.count("[[") == text.count("]]"), text
        for label, body in _SPAN.findall(text):
            assert label in _LABELS, (label, text)
            assert body == body.strip(), (body, text)
            counts[label] = counts.get(label, 0) + 1
        rest = _SPAN.sub("", text)
        assert "[[" not in rest and "]]" not in rest, text
    return counts


if __name__ == "__main__":
    recs = records()
    counts = _check(recs)
    langs: dict[str, int] = {}
    for lang, _ in recs:
        langs[lang] = langs.get(lang, 0) + 1
    negatives = sum(1 for _, t in recs if "[[" not in t)
    print(f"{len(recs)} records, {sum(counts.values())} spans, {negatives} without spans")
    print("languages:", dict(sorted(langs.items())))
    print("spans per label:", dict(sorted(counts.items())))
    for lang, text in recs[:6]:
        print(f"--- {lang}\n{text}")
