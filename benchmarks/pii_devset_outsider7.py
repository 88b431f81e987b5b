"""Outsider PII dev-set block 7: PERSON names as they occur in the four Helsinki sources.

Written by helper h17-o7 on 2026-12-07, blind to the detectors: I did not open, grep or run anything under
harvester/anonymise/, tests/, scripts/, benchmarks/pii_eval.py, benchmarks/pii_build_devset.py,
tests/data/pii/ or the other benchmarks/pii_devset_outsider*.py files, ran no detector, scrubber or evaluation
on this text and used no git command. All people are invented; streets are real streets of Helsinki, Espoo,
Vantaa and Kauniainen (Finnish or Swedish form).

Focus of the block: person names where scrubbers tend to miss them -- mid-sentence names with no greeting,
signature or cue nearby; names of Helsinki's foreign-language residents (Somali, Arabic, Kurdish,
Persian/Dari, Russian, Ukrainian, Estonian, Vietnamese, Chinese, Thai, Filipino, Nepali, Tamil/Hindi,
Turkish, Albanian, Polish, Spanish, Portuguese, Nigerian, Eritrean) in the nominative and in Finnish cases
(-n, -lle, -lla, -lta, -sta, partitive, "-n kanssa", colon forms like "Wu:lle") and Swedish/English genitives;
surnames alone; first names that are also ordinary Finnish/Swedish/English words (as names and, elsewhere, as
words: hard negatives); names in lower case and in capitals; hyphenated and double names; particles (van der,
de la, dela, bin, al-, ibn, Abu, af, von, dos, da, del); initials with surname; nicknames; names in quoted
replies and forwarded e-mails; team and participant lists; Kerrokantasi comments naming neighbours and
officials; Varaamo notes naming the coach, teacher or responsible adult. About 60 % of the messages contain a
name; the rest are hard negatives (places, parks, streets, schools, companies and holidays named after people,
name-like common words, roles without names, case/invoice/business ids, bus lines, dates) or carry only other
personal data (e-mail, phone, address, plate, IBAN, HETU, IP).

Seed: 7373. records() builds its own random.Random(7373), so the output is the same on every call.

Markup: inside each marked text, [[LABEL:text]] wraps every piece of personal data; LABEL is one of
P (person name or part of it; titles and role words outside; an inflected name word is marked whole, a
colon case ending stays outside: "[[P:Wu]]:lle"; one span per person), E (e-mail address; every address is
marked, also the few functional ones), T (phone number, prefixes included), H (HETU), I (IBAN, whole code
however grouped; a few carry a wrong check), R (car plate, only where the text makes clear it is a vehicle),
A (street address with its number, stair and flat; postcode and city outside), IP (IP address).
No nesting: an address on a street named after a person ("Eliel Saarisen tie 5") is one A span.
"""

from __future__ import annotations

import random
import re
import unicodedata

SEED = 7373
LABELS = ("P", "E", "T", "H", "I", "R", "A", "IP")

# --------------------------------------------------------------------------------------------- names

FI_FIRST = [
    "Matti", "Antti", "Jukka", "Pekka", "Mikko", "Jari", "Timo", "Heikki", "Ville", "Tuomas", "Eero",
    "Aleksi", "Eetu", "Niilo", "Juha-Pekka", "Sanna", "Päivi", "Riikka", "Hanna", "Tiina", "Marjatta",
    "Kaisa", "Outi", "Kirsi", "Leena", "Venla", "Iida", "Helmi", "Anna-Liisa", "Marja-Leena", "Johanna",
    "Hannes",
]  # fmt: skip
# first names that are also ordinary Finnish words
FI_WORD_FIRST = [
    "Lumi", "Onni", "Toivo", "Satu", "Aino", "Tuuli", "Usko", "Valo", "Rauha", "Armas", "Veli", "Lempi",
    "Kaino", "Aamu", "Sulo", "Taimi", "Urho", "Voitto", "Oiva",
]  # fmt: skip
FI_LAST = [
    "Virtanen", "Mäkinen", "Korhonen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
    "Järvinen", "Lehtonen", "Salo", "Koski", "Turunen", "Kallio", "Peltola", "Rantanen", "Saarinen",
    "Kinnunen", "Toivonen", "Hakkarainen", "Ojala", "Leino", "Nurmi", "Haapala", "Rautio", "Aalto", "Kivi",
    "Lindqvist", "Sorsa", "Hyvönen", "Karjalainen", "Aaltonen", "Pesonen", "Väisänen",
]  # fmt: skip
SV_FIRST = [
    "Erik", "Johan", "Mikael", "Anders", "Fredrik", "Henrik", "Mats", "Rolf", "Ulla", "Karin", "Annika",
    "Kristina", "Elin", "Ebba", "Linnea", "Maria", "Barbro", "Gunilla", "Jonas", "Tove", "Camilla", "Kaj",
]  # fmt: skip
SV_WORD_FIRST = ["Björn", "Sten", "Dag", "Stig", "Rut", "Liv", "Sol", "Bo", "Gun"]
SV_LAST = [
    "Lindholm", "Holmström", "Nyberg", "Sundström", "Eriksson", "Grönroos", "Westerlund", "Åkerman",
    "Björklund", "Ekström", "Forsman", "Wikström", "Lindroos", "Sjöberg", "Blomqvist", "Nordling",
    "Granqvist", "Backman", "Lönnqvist", "Enqvist",
]  # fmt: skip
EN_FIRST = [
    "John", "Sarah", "Michael", "Emily", "David", "Laura", "James", "Rachel", "Thomas", "Hannah", "Daniel",
    "Olivia", "Peter", "Kate", "Chris", "Megan", "Ben", "Claire", "Liam", "Siobhan",
]  # fmt: skip
# first names that are also ordinary English words
EN_WORD_FIRST = [
    "Hope", "Grace", "Will", "Mark", "Rose", "June", "Joy", "Faith", "Sunny", "Amber", "May", "Holly",
    "Iris", "Dawn", "Frank", "Heather", "Bill", "Jack",
]  # fmt: skip
EN_LAST = [
    "Smith", "O'Brien", "McAllister", "Thompson", "Walker", "Hughes", "Murphy", "Baker", "Clarke", "Evans",
    "Fitzgerald", "Reid", "Campbell", "Turner", "Doyle", "Bennett", "Harris", "Price", "Hart", "Fletcher",
]  # fmt: skip

FOREIGN: dict[str, tuple[list[str], list[str]]] = {
    "so": (
        ["Abdi", "Abdirahman", "Hodan", "Fadumo", "Hamdi", "Ayaan", "Mahad", "Sagal", "Ifrah", "Farhan",
         "Hibo", "Khadar", "Sahra", "Yasmin"],
        ["Warsame", "Hassan", "Osman", "Jama", "Nur", "Abdullahi", "Mohamud", "Aden", "Ismail", "Yusuf",
         "Guled", "Egal"],
    ),
    "ar": (
        ["Ahmed", "Mohammed", "Fatima", "Layla", "Yousef", "Omar", "Nour", "Amal", "Khalid", "Rania", "Samir",
         "Huda", "Mustafa", "Zainab"],
        ["Al-Hassan", "al-Rashid", "Haddad", "Saleh", "Abdallah", "Mansour", "Ibrahim", "Nasser", "Khalil",
         "Al-Obaidi", "Jaber", "Hamdan"],
    ),
    "ku": (
        ["Dilan", "Rojda", "Azad", "Berivan", "Shilan", "Rebwar", "Kawa", "Hêvî", "Soran", "Zana", "Shirin",
         "Roj", "Nazdar", "Aram"],
        ["Karim", "Mahmoud", "Rasul", "Hama", "Ali", "Amin", "Aziz", "Salih", "Qadir", "Ahmad", "Mustafa",
         "Faraj"],
    ),
    "fa": (
        ["Mehdi", "Reza", "Zahra", "Maryam", "Parisa", "Farid", "Nasrin", "Hamid", "Sahar", "Farhad",
         "Shabnam", "Mina", "Ali", "Behnaz"],
        ["Ahmadi", "Hosseini", "Rahimi", "Karimi", "Mohammadi", "Nazari", "Sadat", "Haidari", "Rezaei",
         "Jafari", "Azizi", "Sharifi"],
    ),
    "ru": (
        ["Dmitri", "Aleksandr", "Sergei", "Olga", "Natalia", "Irina", "Tatjana", "Jevgeni", "Svetlana",
         "Anastasia", "Pavel", "Maksim", "Jelena", "Nikolai"],
        ["Ivanov|Ivanova", "Smirnov|Smirnova", "Kuznetsov|Kuznetsova", "Petrov|Petrova", "Volkov|Volkova",
         "Sokolov|Sokolova", "Morozov|Morozova", "Popov|Popova", "Lebedev|Lebedeva", "Orlov|Orlova",
         "Fedorov|Fedorova", "Vasiljev|Vasiljeva"],
    ),
    "uk": (
        ["Olena", "Oleksandr", "Mykola", "Iryna", "Oksana", "Taras", "Yulia", "Andrii", "Bohdan", "Kateryna",
         "Viktoriia", "Dmytro", "Halyna", "Serhii"],
        ["Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Boiko", "Hrytsenko", "Savchuk", "Lysenko",
         "Moroz", "Kravets", "Marchenko", "Shevchuk"],
    ),
    "et": (
        ["Kadri", "Mart", "Tõnu", "Kristjan", "Liis", "Triin", "Margus", "Merle", "Priit", "Külli", "Jaanus",
         "Ülle", "Tiit", "Kersti"],
        ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Pärn", "Kõiv", "Lepik", "Ots", "Valk"],
    ),
    "vi": (
        ["Minh", "Lan", "Hoa", "Tuan", "Linh", "Thao", "Duc", "Huong", "Quang", "Mai", "Trang", "Hieu"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo"],
    ),
    "zh": (
        ["Wei", "Jing", "Yang", "Lei", "Min", "Xiaoyu", "Hao", "Yun", "Mei", "Jun", "Xin", "Yue"],
        ["Wang", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Lin", "Xu", "Zhou", "Wu", "Li", "Sun"],
    ),
    "th": (
        ["Somchai", "Malee", "Siriporn", "Pranee", "Nattapong", "Kanya", "Arunee", "Wanida", "Sompong",
         "Ratana", "Supaporn", "Chatchai"],
        ["Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee", "Saetang", "Kittisak", "Jaidee", "Phromma", "Sukjai",
         "Thongdee"],
    ),
    "ph": (
        ["Maria Cristina", "Jose", "Rodel", "Jennelyn", "Mark Anthony", "Aileen", "Rowena", "Ramon", "Gerlie",
         "Jonalyn", "Arnel", "Lorna"],
        ["Santos", "Reyes", "dela Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "de los Santos",
         "Navarro", "Castillo", "Ramos"],
    ),
    "ne": (
        ["Sita", "Ram", "Bikash", "Sunita", "Prakash", "Anjali", "Rajesh", "Sabina", "Binod", "Gita", "Sujan",
         "Pratima"],
        ["Shrestha", "Gurung", "Tamang", "Thapa", "Karki", "Adhikari", "Rai", "Magar", "Bhattarai", "Poudel",
         "Lama"],
    ),
    "ta": (
        ["Priya", "Arjun", "Lakshmi", "Karthik", "Deepa", "Vijay", "Anand", "Meenakshi", "Rahul", "Pooja",
         "Suresh", "Divya"],
        ["Subramanian", "Krishnan", "Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Ramasamy",
         "Venkatesan", "Pillai", "Raman"],
    ),
    "tr": (
        ["Mehmet", "Ayşe", "Emre", "Elif", "Murat", "Zeynep", "Hakan", "Fatma", "Burak", "Selin", "Oğuz",
         "Deniz"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç", "Kılıç",
         "Polat"],
    ),
    "sq": (
        ["Arben", "Blerta", "Dritan", "Elira", "Fatos", "Mimoza", "Besnik", "Valbona", "Agron", "Drita",
         "Luan", "Arta"],
        ["Krasniqi", "Gashi", "Shala", "Morina", "Kelmendi", "Bytyqi", "Rexhepi", "Hoxha", "Berisha",
         "Zeqiri", "Leka", "Dervishi"],
    ),
    "pl": (
        ["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Krzysztof", "Magdalena", "Paweł",
         "Joanna", "Łukasz", "Marta", "Grzegorz"],
        ["Kowalski|Kowalska", "Nowak", "Wiśniewski|Wiśniewska", "Wójcik", "Kamiński|Kamińska",
         "Zieliński|Zielińska", "Szymański|Szymańska", "Dąbrowski|Dąbrowska", "Woźniak", "Kaczmarek", "Mazur",
         "Krawczyk"],
    ),
    "es": (
        ["Carlos", "Lucía", "Javier", "Alejandro", "Carmen", "Diego", "Paula", "Andrés", "Valentina", "Pilar",
         "Sergio", "Inés"],
        ["Fernández", "Martínez", "de la Fuente", "Rodríguez", "Sánchez", "Moreno", "del Río", "Hernández",
         "Ruiz", "Castro", "Ortega", "Navarro"],
    ),
    "pt": (
        ["João", "Thiago", "Beatriz", "Rafael", "Mariana", "Gonçalo", "Larissa", "Bruno", "Camila", "Rodrigo",
         "Luana", "Tiago"],
        ["Silva", "dos Santos", "Oliveira", "Souza", "Pereira", "Costa", "da Silva", "Ferreira", "Almeida",
         "Rocha", "Carvalho", "Gomes"],
    ),
    "ng": (
        ["Chinedu", "Ngozi", "Oluwaseun", "Adebayo", "Chiamaka", "Emeka", "Funmilayo", "Tunde", "Ifeoma",
         "Babatunde", "Yetunde", "Obinna"],
        ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Ogunleye", "Chukwu", "Onyekachi",
         "Afolabi", "Nnamdi", "Uche"],
    ),
    "er": (
        ["Yonas", "Senait", "Tesfay", "Mehari", "Selam", "Filmon", "Rahwa", "Dawit", "Semhar", "Abeba",
         "Mussie", "Luwam"],
        ["Tesfaye", "Ghebremedhin", "Berhane", "Mebrahtu", "Woldu", "Kidane", "Gebremariam", "Asfaha",
         "Habte", "Tekle", "Ghirmay", "Yohannes"],
    ),
}  # fmt: skip
VI_MIDDLE = ["Van", "Thi", "Ngoc", "Thanh", "Minh", "Duc"]
# surnames written "male|female" take the form that fits the first name
FEMALE = {
    "Olga", "Natalia", "Irina", "Tatjana", "Svetlana", "Anastasia", "Jelena", "Katarzyna", "Agnieszka",
    "Małgorzata", "Magdalena", "Joanna", "Marta",
}  # fmt: skip

GROUPS: dict[str, tuple[list[str], list[str]]] = {
    "fi": (FI_FIRST, FI_LAST),
    "fiw": (FI_WORD_FIRST, FI_LAST),
    "sv": (SV_FIRST, SV_LAST),
    "svw": (SV_WORD_FIRST, SV_LAST),
    "en": (EN_FIRST, EN_LAST),
    "enw": (EN_WORD_FIRST, EN_LAST),
    **FOREIGN,
}
FOREIGN_KEYS = sorted(FOREIGN)

# names with particles (first, last)
PARTICLE = [
    ("Pieter", "van der Meer"), ("Lucía", "de la Fuente"), ("Maria", "dela Cruz"), ("Yousef", "bin Salem"),
    ("Layla", "al-Hassan"), ("Omar", "Abu Zeid"), ("Khalid", "ibn Saleh"), ("Thiago", "dos Santos"),
    ("Ana", "da Silva"), ("Erik", "af Hällström"), ("Henrik", "von Knorring"), ("Sophie", "van den Berg"),
    ("Ahmed", "El Amrani"), ("Mariam", "Abu Ghazaleh"), ("Rosa", "del Río"), ("Ali", "Ben Youssef"),
    ("Noor", "al-Din"), ("Daan", "de Vries"),
]  # fmt: skip
# hyphenated and double names (first, last)
HYPHEN = [
    ("Anna-Liisa", "Korhonen-Ali"), ("Juha-Pekka", "Mäkelä"), ("Marja-Leena", "Lindholm-Nguyen"),
    ("Ana Paula", "Costa Ferreira"), ("María José", "García López"), ("Abdul Wahid", "Rahimi"),
    ("Mark Anthony", "Villanueva"), ("Sanna", "Virtanen-Smirnova"), ("Kim-Ly", "Tran"),
    ("Ulla-Maija", "Salo-Hosseini"), ("Mari-Liis", "Kask"), ("Eeva-Kaisa", "Mäkinen-Osman"),
    ("Pia-Maria", "Westerlund-Haddad"), ("Jean-Baptiste", "Nkemelu"), ("Hanna-Kaisa", "Ojala"),
    ("Lars-Erik", "Nyberg"), ("Abdi Rashid", "Jama"),
]  # fmt: skip
NICKS = {
    "Jukka": "Jukkis", "Mikko": "Mikke", "Timo": "Timppa", "Matti": "Masa", "Tuomas": "Tumppi",
    "Juha-Pekka": "Jiipee", "Riikka": "Riksu", "Kaisa": "Kaitsu", "Aleksandr": "Sasha", "Oleksandr": "Sasha",
    "Natalia": "Natasha", "Jevgeni": "Zhenja", "Abdirahman": "Abdi", "Oluwaseun": "Seun",
    "Babatunde": "Tunde", "Funmilayo": "Funmi", "Katarzyna": "Kasia", "Małgorzata": "Gosia",
    "Krzysztof": "Krzysiek", "Kateryna": "Katia", "Siriporn": "Ploy", "Kanya": "Nok", "Nattapong": "Nat",
    "Chiamaka": "Amaka", "Alejandro": "Álex", "Anastasia": "Nastja", "Dmitri": "Dima",
    "Mark Anthony": "Makoy", "Maria Cristina": "Tina", "Jennelyn": "Jen", "Fredrik": "Fredde",
    "Kristina": "Stina", "Annika": "Anki", "Supaporn": "Noi",
}  # fmt: skip
NICK_SRC = [(key, first) for key in sorted(GROUPS) for first in GROUPS[key][0] if first in NICKS]

# --------------------------------------------------------------------------- Finnish declension

# name -> (stem before -n/-lle/-lla/-lta/-sta/-ssa, partitive); names not listed follow the rules below
FI_DECL = {
    "Matti": ("Mati", "Mattia"), "Antti": ("Anti", "Anttia"), "Jukka": ("Juka", "Jukkaa"),
    "Pekka": ("Peka", "Pekkaa"), "Mikko": ("Miko", "Mikkoa"), "Heikki": ("Heiki", "Heikkiä"),
    "Riikka": ("Riika", "Riikkaa"), "Marjatta": ("Marjata", "Marjattaa"), "Tuomas": ("Tuomakse", "Tuomasta"),
    "Hannes": ("Hannekse", "Hannesta"), "Armas": ("Armakse", "Armasta"), "Voitto": ("Voito", "Voittoa"),
    "Laine": ("Lainee", "Lainetta"), "Koski": ("Koske", "Koskea"), "Nurmi": ("Nurme", "Nurmea"),
    "Aalto": ("Aallo", "Aaltoa"), "Kivi": ("Kive", "Kiveä"),
}  # fmt: skip
_BACK = set("aouáàâãåóòôõúùûą")
_VOWELS = set("aeiouyäöåáéíóúàèìòùâêîôûãõëïüıąę")
_LONG_END = ("ai", "ei", "oi", "ui", "au", "eu", "iu", "ou", "ao", "io", "aa", "ee", "ii", "oo", "uu")
_ENDINGS = {"n": "n", "lle": "lle", "lla": "ll{a}", "lta": "lt{a}", "sta": "st{a}", "ssa": "ss{a}"}


def _vowel_a(word: str) -> str:
    return "a" if any(ch in _BACK for ch in word.lower()) else "ä"


def _stem_part(seg: str) -> tuple[str, str]:
    if seg in FI_DECL:
        return FI_DECL[seg]
    a = _vowel_a(seg)
    low = seg.lower()
    if low.endswith("nen") and len(seg) > 4:
        return seg[:-3] + "se", seg[:-3] + "st" + a
    if low[-1] in _VOWELS:
        return seg, seg + ("t" + a if low[-2:] in _LONG_END else a)
    return seg + "i", seg + "i" + a


def inflect_word(word: str, case: str) -> str:
    """Finnish case form of one name word (case: n, lle, lla, lta, sta, ssa or a = partitive)."""
    head, seg = "", word
    if word not in FI_DECL and "-" in word:
        head, seg = word.rsplit("-", 1)
        head += "-"
    stem, part = _stem_part(seg)
    if case == "a":
        return head + part
    return head + stem + _ENDINGS[case].format(a=_vowel_a(seg))


def inflect(phrase: str, case: str) -> str:
    """Finnish case form of a name phrase: only the last word is declined ("Matti Virtaselle")."""
    head, sep, tail = phrase.rpartition(" ")
    return head + sep + inflect_word(tail, case)


def _colon_ending(word: str, case: str) -> str:
    a = _vowel_a(word)
    return ("t" + a) if case == "a" else _ENDINGS[case].format(a=a)


def _ascii(text: str, keep: str = "") -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    norm = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in norm if not unicodedata.combining(ch)).lower()
    return "".join(ch for ch in plain if ch.isalnum() or ch in keep)


def mark(label: str, text: str) -> str:
    return f"[[{label}:{text}]]"


# --------------------------------------------------------------------------------- value makers

HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
EMAIL_DOMAINS = [
    "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "luukku.com", "elisanet.fi",
    "kolumbus.fi", "welho.com", "hotmail.fi", "icloud.com",
]  # fmt: skip
ANON_EMAILS = [
    "kissakala77@gmail.com", "tonttu.aamu@hotmail.com", "helsinkimummo@luukku.com",
    "pyorailija2026@outlook.com", "kalliolainen@elisanet.fi", "stadilainen.mutsi@gmail.com",
    "nordsjobo@gmail.com", "lumiukko84@hotmail.com",
    "talvipyoraily@gmail.com", "mustikkamaa.fan@yahoo.com", "koirapuisto.asukas@gmail.com",
]  # fmt: skip
BUSES = ["55", "65", "78", "23", "39", "506", "550", "560", "14", "18", "69", "71", "74", "97V", "111"]

# numbered addresses: (Finnish, Finnish adessive, Swedish, postcode, city fi, city sv)
ADDR_STREETS = [
    ("Fleminginkatu", "Fleminginkadulla", "Flemingsgatan", "00530", "Helsinki", "Helsingfors"),
    ("Helsinginkatu", "Helsinginkadulla", "Helsingegatan", "00510", "Helsinki", "Helsingfors"),
    ("Sturenkatu", "Sturenkadulla", "Sturegatan", "00510", "Helsinki", "Helsingfors"),
    ("Mechelininkatu", "Mechelininkadulla", "Mechelingatan", "00260", "Helsinki", "Helsingfors"),
    ("Runeberginkatu", "Runeberginkadulla", "Runebergsgatan", "00260", "Helsinki", "Helsingfors"),
    ("Topeliuksenkatu", "Topeliuksenkadulla", "Topeliusgatan", "00250", "Helsinki", "Helsingfors"),
    ("Hämeentie", "Hämeentiellä", "Tavastvägen", "00530", "Helsinki", "Helsingfors"),
    ("Lauttasaarentie", "Lauttasaarentiellä", "Drumsövägen", "00200", "Helsinki", "Helsingfors"),
    ("Kulosaarentie", "Kulosaarentiellä", "Brändövägen", "00570", "Helsinki", "Helsingfors"),
    ("Meri-Rastilantie", "Meri-Rastilantiellä", "Havsrastbölevägen", "00980", "Helsinki", "Helsingfors"),
    ("Kontulantie", "Kontulantiellä", "Gårdsbackavägen", "00940", "Helsinki", "Helsingfors"),
    ("Siilitie", "Siilitiellä", "Igelkottsvägen", "00800", "Helsinki", "Helsingfors"),
    ("Malminkaari", "Malminkaarella", "Malmbågen", "00700", "Helsinki", "Helsingfors"),
    ("Kalevankatu", "Kalevankadulla", "Kalevagatan", "00100", "Helsinki", "Helsingfors"),
    ("Albertinkatu", "Albertinkadulla", "Albertsgatan", "00180", "Helsinki", "Helsingfors"),
    ("Fredrikinkatu", "Fredrikinkadulla", "Fredriksgatan", "00120", "Helsinki", "Helsingfors"),
    ("Aleksis Kiven katu", "Aleksis Kiven kadulla", "Aleksis Kivis gata", "00510", "Helsinki", "Helsingfors"),
    (
        "Eliel Saarisen tie",
        "Eliel Saarisen tiellä",
        "Eliel Saarinens väg",
        "00400",
        "Helsinki",
        "Helsingfors",
    ),
    ("Leppävaarankatu", "Leppävaarankadulla", "Albergagatan", "02600", "Espoo", "Esbo"),
    ("Kirkkojärventie", "Kirkkojärventiellä", "Kyrkträskvägen", "02770", "Espoo", "Esbo"),
    ("Otakaari", "Otakaarella", "Otsvängen", "02150", "Espoo", "Esbo"),
    ("Soukantie", "Soukantiellä", "Sökövägen", "02360", "Espoo", "Esbo"),
    ("Tikkurilantie", "Tikkurilantiellä", "Dickursvägen", "01300", "Vantaa", "Vanda"),
    ("Myyrmäentie", "Myyrmäentiellä", "Myrbackavägen", "01600", "Vantaa", "Vanda"),
    ("Martinlaaksontie", "Martinlaaksontiellä", "Mårtensdalsvägen", "01620", "Vantaa", "Vanda"),
    ("Hakunilantie", "Hakunilantiellä", "Håkansbölevägen", "01200", "Vantaa", "Vanda"),
    ("Kauniaistentie", "Kauniaistentiellä", "Grankullavägen", "02700", "Kauniainen", "Grankulla"),
    ("Tunnelitie", "Tunnelitiellä", "Tunnelvägen", "02700", "Kauniainen", "Grankulla"),
]
# streets mentioned without a number (not personal data): (Finnish, Finnish adessive, Swedish)
PLAIN_STREETS = [
    ("Mannerheimintie", "Mannerheimintiellä", "Mannerheimvägen"),
    ("Aleksis Kiven katu", "Aleksis Kiven kadulla", "Aleksis Kivis gata"),
    ("Urho Kekkosen katu", "Urho Kekkosen kadulla", "Urho Kekkonens gata"),
    ("Runeberginkatu", "Runeberginkadulla", "Runebergsgatan"),
    ("Hämeentie", "Hämeentiellä", "Tavastvägen"),
    ("Itäväylä", "Itäväylällä", "Österleden"),
    ("Mechelininkatu", "Mechelininkadulla", "Mechelingatan"),
    ("Topeliuksenkatu", "Topeliuksenkadulla", "Topeliusgatan"),
    ("Mäkelänkatu", "Mäkelänkadulla", "Backasgatan"),
    ("Sturenkatu", "Sturenkadulla", "Sturegatan"),
    ("Lönnrotinkatu", "Lönnrotinkadulla", "Lönnrotsgatan"),
    ("Porthaninkatu", "Porthaninkadulla", "Porthansgatan"),
    ("Kaisaniemenkatu", "Kaisaniemenkadulla", "Kajsaniemigatan"),
    ("Eliel Saarisen tie", "Eliel Saarisen tiellä", "Eliel Saarinens väg"),
    ("Paciuksenkatu", "Paciuksenkadulla", "Paciusgatan"),
    ("Tikkurilantie", "Tikkurilantiellä", "Dickursvägen"),
    ("Leppävaarankatu", "Leppävaarankadulla", "Albergagatan"),
    ("Kauniaistentie", "Kauniaistentiellä", "Grankullavägen"),
    ("Lauttasaarentie", "Lauttasaarentiellä", "Drumsövägen"),
    ("Siilitie", "Siilitiellä", "Igelkottsvägen"),
    ("Agricolankatu", "Agricolankadulla", "Agricolagatan"),
    ("Snellmaninkatu", "Snellmaninkadulla", "Snellmansgatan"),
]


def _mobile(rng: random.Random) -> str:
    pre = rng.choice(["40", "41", "44", "45", "46", "50"])
    d = f"{rng.randint(0, 9_999_999):07d}"
    style = rng.randrange(6)
    if style == 0:
        return f"0{pre} {d[:3]} {d[3:]}"
    if style == 1:
        return f"0{pre}{d}"
    if style == 2:
        return f"0{pre}-{d}"
    if style == 3:
        return f"+358 {pre} {d[:3]} {d[3:]}"
    if style == 4:
        return f"+358{pre}{d}"
    return f"0{pre} {d[:2]} {d[2:4]} {d[4:]}"


def _landline(rng: random.Random) -> str:
    n = rng.randint(20000, 99999)
    return rng.choice([f"09 310 {n}", f"(09) 310 {n}", f"+358 9 310 {n}"])


def _hetu(rng: random.Random) -> str:
    year = rng.randint(1940, 2012)
    base = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{year % 100:02d}"
    sign = rng.choice("AAAAB") if year >= 2000 else rng.choice("-----Y")
    nnn = rng.randint(2, 899)
    return f"{base}{sign}{nnn:03d}{HETU_CHARS[int(f'{base}{nnn:03d}') % 31]}"


def _iban(rng: random.Random) -> str:
    country = "FI" if rng.random() < 0.88 else "SE"
    length = 14 if country == "FI" else 20
    bban = "".join(str(rng.randint(0, 9)) for _ in range(length))
    numeric = bban + "".join(str(ord(ch) - 55) for ch in country) + "00"
    check = 98 - int(numeric) % 97
    if rng.random() < 0.1:  # a typo in the check digits
        check = (check + rng.randint(1, 9)) % 97 + 2
    code = f"{country}{check:02d}{bban}"
    if rng.random() < 0.7:
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    return code


def _plate(rng: random.Random) -> str:
    letters = "ABCEFGHIJKLMNOPRSTUVXYZ"
    return "".join(rng.choice(letters) for _ in range(3)) + f"-{rng.randint(1, 999)}"


def _ip(rng: random.Random) -> str:
    first = rng.choice([62, 80, 84, 85, 88, 91, 94, 176, 188, 193, 212, 213])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ytunnus(rng: random.Random) -> str:
    while True:
        digits = f"{rng.randint(1_000_000, 3_299_999):07d}"
        rest = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if rest != 1:
            return f"{digits}-{0 if rest == 0 else 11 - rest}"


def _address(rng: random.Random) -> dict[str, str]:
    fi, fi_ade, sv, pc, city, city_sv = rng.choice(ADDR_STREETS)
    n, stair, flat = rng.randint(1, 64), rng.choice("ABCDEF"), rng.randint(1, 48)
    style = rng.randrange(5)
    num_fi = [
        f"{n}",
        f"{n} {stair} {flat}",
        f"{n} {stair}",
        f"{n} as. {flat}",
        f"{n} {stair.lower()} {flat}",
    ][style]
    num_sv = [f"{n}", f"{n} {stair} {flat}", f"{n} {stair}", f"{n} bost. {flat}", f"{n} {stair} {flat}"][
        style
    ]
    return {
        "addr": mark("A", f"{fi} {num_fi}"),
        "addr_lla": mark("A", f"{fi_ade} {num_fi}"),
        "addr_sv": mark("A", f"{sv} {num_sv}"),
        "pc": pc,
        "city": city,
        "city_sv": city_sv,
    }


def _email(rng: random.Random, first: str, last: str) -> str:
    f, lname = _ascii(first.split()[0]), _ascii(last)
    style = rng.randrange(7)
    local = [
        f"{f}.{lname}",
        f"{f}{lname}",
        f"{f[0]}{lname}",
        f"{f}_{lname}",
        f"{f}.{lname}{rng.randint(1, 99)}",
        f"{lname}.{f}",
        f"{f}{rng.randint(70, 2005)}",
    ][style]
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def _initials(first: str) -> str:
    parts = re.split(r"([- ])", first)
    return "".join(p[0] + "." if p not in ("-", " ") else p for p in parts)


# --------------------------------------------------------------------------------------- people


class Person:
    """A person in one message; template fields like {A.first_lle} or {A.u_full} return marked spans.

    Field grammar: [u_|l_]PART[_CASE] with PART first, last, full, nick or init ("M. Virtanen") and CASE
    n, lle, lla, lta, sta, ssa, a (partitive), c_<case> (colon form, ending outside the span), s (Swedish
    genitive) or poss (English 's). u_ = upper case, l_ = lower case. Also email, work (city address), mob.
    """

    def __init__(self, rng: random.Random, first: str, last: str, order: str = "w", middle: str = ""):
        self._first, self._last, self._order, self._middle = first, last, order, middle
        self._email = _email(rng, first, last)
        self._work = f"{_ascii(first, keep='-')}.{_ascii(last, keep='-')}@hel.fi"
        self._mob = _mobile(rng)

    @property
    def email(self) -> str:
        return mark("E", self._email)

    @property
    def work(self) -> str:
        return mark("E", self._work)

    @property
    def mob(self) -> str:
        return mark("T", self._mob)

    def _part(self, name: str) -> str:
        if name == "first":
            return self._first
        if name == "last":
            return self._last
        if name == "nick":
            return NICKS.get(self._first, self._first)
        if name == "full":
            if self._order == "e":
                return " ".join(x for x in (self._last, self._middle, self._first) if x)
            return f"{self._first} {self._last}"
        if name == "init":
            return f"{_initials(self._first)} {self._last}"
        raise AttributeError(name)

    def __getattr__(self, attr: str) -> str:
        if attr.startswith("_"):
            raise AttributeError(attr)
        transform = None
        if attr.startswith(("u_", "l_")):
            transform = str.upper if attr[0] == "u" else str.lower
            attr = attr[2:]
        part, _, case = attr.partition("_")
        text, tail = self._part(part), ""
        if case.startswith("c_"):
            tail = ":" + _colon_ending(text, case[2:])
        elif case == "s":
            text = text if text[-1].lower() in "sxz" else text + "s"
        elif case == "poss":
            text = text + ("'" if text.endswith("s") else "'s")
        elif case:
            text = inflect(text, case)
        if transform is not None:
            text, tail = transform(text), transform(tail)
        return mark("P", text) + tail


def _draw(rng: random.Random, pool: str) -> Person:
    if pool == "any":
        pool = rng.choices(["fi", "sv", "en", "fo"], weights=[35, 8, 7, 50])[0]
    if pool == "fo":
        pool = rng.choice(FOREIGN_KEYS)
    if pool == "pa":
        return Person(rng, *rng.choice(PARTICLE))
    if pool == "hy":
        return Person(rng, *rng.choice(HYPHEN))
    if pool == "nk":
        key, first = rng.choice(NICK_SRC)
        return Person(rng, first, rng.choice(GROUPS[key][1]))
    firsts, lasts = GROUPS[pool]
    first, last = rng.choice(firsts), rng.choice(lasts)
    if "|" in last:
        last = last.split("|")[first in FEMALE]
    if pool == "vi" and rng.random() < 0.5:
        return Person(rng, first, last, "e", rng.choice(VI_MIDDLE))
    if pool == "zh" and rng.random() < 0.4:
        return Person(rng, first, last, "e")
    return Person(rng, first, last)


def _person(rng: random.Random, pool: str, used: set[str]) -> Person:
    for _ in range(60):
        person = _draw(rng, pool)
        if person._first not in used and person._last not in used:
            break
    used.update((person._first, person._last))
    return person


def _context(rng: random.Random, pools: list[str]) -> dict[str, object]:
    used: set[str] = set()
    ctx: dict[str, object] = {
        letter: _person(rng, pool, used) for letter, pool in zip("ABCDEF", pools, strict=False)
    }
    ctx.update(_address(rng))
    street = rng.choice(PLAIN_STREETS)
    ctx.update(
        street=street[0],
        street_lla=street[1],
        street_sv=street[2],
        mob=mark("T", _mobile(rng)),
        land=mark("T", _landline(rng)),
        hetu=mark("H", _hetu(rng)),
        iban=mark("I", _iban(rng)),
        plate=mark("R", _plate(rng)),
        ip=mark("IP", _ip(rng)),
        anon_email=mark("E", rng.choice(ANON_EMAILS)),
        ytunnus=_ytunnus(rng),
        ref=rng.choice(
            [
                f"{rng.randint(10_000_000, 999_999_999)}",
                f"{rng.randint(1000, 9999)} {rng.randint(10000, 99999)}",
            ]
        ),
        case=f"2026-{rng.randint(1, 19999):06d}",
        date=f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2026",
        time=f"{rng.randint(6, 23)}.{rng.choice(['00', '05', '15', '20', '30', '40', '45', '55'])}",
        bus=rng.choice(BUSES),
    )
    return ctx


# ------------------------------------------------------------------------------------ templates
# Block header: "=== LANG COUNT POOLS SOURCE". POOLS gives the name pool of persons A, B, C, ... in order
# ("-" = no persons). Source: pal = feedback, kk = Kerrokantasi, oma = OmaStadi, var = Varaamo.
# A backslash at the end of a line joins it with the next line; other line breaks are kept.

TEMPLATES = """
=== fi 2 fo,fi pal
Hei, naapurini {A.full} on jo kolmatta viikkoa jättänyt roskapussit rappukäytävään ja isännöitsijä ei tee \
mitään, minulle sanottiin että kaupunki ei voi puuttua. Asun itse osoitteessa {addr}, {pc} {city}. Voisiko \
joku edes kertoa kenelle tästä kuuluu ilmoittaa?
{B.full}
{B.mob}

=== fi 2 ar pal
eilen illalla {A.full} ja hänen poikansa huomasivat että Vuosaaren uimarannan pukukopin ovi roikkuu irti \
saranoistaan. ilmoitan tästä heidän puolestaan kun heillä ei ole suomalaisia pankkitunnuksia. ovi on \
vaarallinen pienille lapsille

=== fi 2 so,so pal
Haluan kiittää {A.first_a} Kontulan kirjastosta. Äitini puhuu vain somalia ja {A.first} jaksoi auttaa \
häntä Kela-lomakkeen kanssa melkein tunnin. Välittäkää kiitos myös {B.first_lle}, joka tulkkasi \
puhelimessa.

=== fi 2 fi pal
Soitin tästä jo 14.10. ja {A.last} sanoi puhelimessa että asia on työn alla, mutta mitään ei ole \
tapahtunut. Kuoppa on edelleen {street_lla} suojatien kohdalla ja siihen on jo yksi pyöräilijä kaatunut. \
Onko {A.last_lla} edes tieto tästä?

=== fi 2 uk,fi pal
Välitän tämän naapurin viestin, hän ei osaa käyttää palautejärjestelmää.

---------- Forwarded message ---------
Lähettäjä: {A.full} <{A.email}>
Date: ti 3. marrask. 2026 klo 21.14
Subject: melu / шум
To: <{B.email}>

Hei {B.first}, voitko laittaa tämän eteenpäin kaupungille? Työmaalta kuuluu paukutusta joka aamu kello 6 \
ja lapset heräävät. Kiitos paljon!
{A.first}

=== fi 2 fa,fi pal
Kiitos vastauksesta, mutta ei tämä ratkaise mitään. Valot on edelleen pimeänä koko Kivikonkaaren pätkällä.

> Hyvä {A.first},
> kiitos palautteestasi. Katuvalojen korjaus on tilattu urakoitsijalta ja työ tehdään viikolla 48.
> Ystävällisin terveisin
> {B.full}
> liikenneinsinööri, Kaupunkiympäristön toimiala
> {B.work}

=== fi 2 any pal
terve, {A.l_full} täällä. asun {addr_lla} ja pihalla on näkyny rottia jo pari viikkoa, roskakatoksen \
ovi on auki koko ajan. numero {A.mob} jos tarvii lisätietoja

=== fi 2 fi,any pal
KUKAAN EI OLE VASTANNUT!!! SOITIN JO KAHDESTI JA {A.u_first} LUPASI SOITTAA TAKAISIN MUTTA EI SOITTANUT. \
LUMET ON EDELLEEN AURAAMATTA JA VANHUKSET EI PÄÄSE KAUPPAAN.
{B.u_full}

=== fi 2 fiw,fiw pal
Lapseni {A.first} (8 v) ja hänen kaverinsa {B.first} löysivät Kivikon ulkoilupuistosta käytettyjä \
neuloja hiekkalaatikon vierestä. {A.first} osasi onneksi olla koskematta. Pyydän että alue tarkistetaan \
pian.

=== fi 1 so,ar,ne oma
Idean takana: {A.full}, {B.full} ja {C.full} (Meri-Rastilan nuorisotalon nuoret)

Ehdotamme Meri-Rastilan rannan kentälle uudet koripallokorit ja valaistuksen, nyt kenttä on pimeä jo \
neljältä eikä talvella voi pelata. Yhteyshenkilö {A.first}, puh. {A.mob}

=== fi 2 fa,ku,so,ar oma
Ideaa ovat kehittäneet {A.first}, {B.first}, {C.first} ja {D.first} Itäkeskuksen naisten \
keskiviikkokerhosta. Haluamme Puotilan leikkipuistoon katoksen ja penkkejä äideille. Yhteyttä voi ottaa \
{A.first_n} kautta, {A.email}

=== fi 1 any,any oma
Hyvä idea! Iso kiitos {A.first_lle} että jaksoit kerätä allekirjoituksia ostarin edessä. Olin mukana \
syksyn kävelyllä kun {B.full} esitteli reitin, ja sen jälkeen olen ollut ihan vakuuttunut.

=== fi 1 vi,zh,th,ph oma
Tiimin jäsenet:
- {A.full} (kokki, ideoi ruokakurssit)
- {B.full}
- {C.full}, tulkkaa thaiksi
- {D.full}

Ehdotus: Malmitalon opetuskeittiöön avoimet kansainväliset ruokaillat kerran kuussa.

=== fi 2 fi,fo,fi kk
Asun kaavamuutosalueen vieressä ja vastustan kahdeksankerroksista taloa. Taloyhtiömme hallituksen \
puheenjohtaja {A.full} kävi läpi varjostuskuvat, ja niiden mukaan piha on varjossa koko iltapäivän \
maaliskuusta syyskuuhun. Myös {B.last} alakerrasta on huolissaan, hänellä on pyörätuoli eikä työmaan \
aikana kulku onnistu. Kaupunkisuunnittelija {C.full} lupasi asukastilaisuudessa että asia selvitetään, \
mutta vastausta ei ole tullut.

=== fi 1 any,any,any kk
Kuten {A.full} jo edellisessä kuulemisessa kirjoitti, Malmin lentokentän niityt pitää säilyttää. Olen \
samaa mieltä {A.last_n} kanssa ja lisäisin, että kenttä on tärkeä linnuille. {B.first} ja {C.first} \
naapurista laskivat viime keväänä yli 40 lajia.

=== fi 2 any kk
Pidämme tärkeänä, että Kumpulan kartanon puistoalue säilyy yhtenäisenä eikä sen läpi rakenneta \
ajoyhteyttä. Puistoa käyttävät päivittäin päiväkodit, koululaiset ja koiranulkoiluttajat.

Kumpulan asukasyhdistyksen puolesta,
{A.full}
puheenjohtaja

=== fi 1 fi,fi pal
Kysyin asiasta {A.full_lta} sähköpostilla jo 12.10. eikä vastausta ole vieläkään tullut. Nyt kun \
{A.first} on ilmeisesti lomalla, kuka hoitaa asiaa? Sama ongelma oli viime vuonna kun {B.init} oli \
vastuussa.

=== fi 2 ru,fi,fi var
Varaus koskee Tanssiseura Pyörteen lasten ryhmää (7–10 v). Ohjaajana toimii {A.full} ({A.mob}), \
vastuuaikuisena {B.full}. Laskutus: {C.full}, {addr}, {pc} {city}.

=== fi 2 ng,tr var
jalkapallotreenit P12, valmentaja {A.full}, apuvalmentaja {B.nick}. avaimen noutaa {A.first} infosta \
klo 16.30. pukuhuoneet 3 ja 4

=== fi 1 ph var
Yksityistilaisuus: {A.first_n} 40-vuotissynttärit, paikalla n. 30 henkeä, ei alkoholia. Varaaja \
{A.full}, mahdollinen vakuuden palautus tilille {iban}. Siivoamme itse.

=== fi 1 uk,uk,fi var
Kielikahvila ukrainalaisille äideille ja lapsille joka torstai klo 10–12. Vetäjänä {A.full}, lapsia \
hoitaa viereisessä huoneessa {B.first}. Jos {A.first} on estynyt, varauksesta vastaa {C.full}.

=== fi 2 fi,any var
Opettaja {A.full} ja 24 oppilasta luokalta 6B, Aleksis Kiven koulu. Tulemme bussilla 55 ja olemme \
perillä n. klo 9.15. Vastuuopettajan puhelin {A.mob}, mukana myös koulunkäynninohjaaja {B.first}.

=== fi 2 zh,vi pal
Laitoin viestin {A.last_c_lle} jo maanantaina mutta en ole saanut vastausta. {B.last_c_n} numero ei \
myöskään vastaa. Kuka muu voi avata asukastilan oven?

=== fi 1 nk,nk pal
{A.nick} ja {B.nick} pelasivat eilen Brahenkentällä ja joku oli rikkonut toisen maalin verkon. Voisiko \
sen korjata ennen lauantain turnausta?

=== fi 1 et,fi pal
Haluan antaa positiivista palautetta {A.first_sta}, joka ohjaa Stoan keramiikkakurssia. {A.first} puhuu \
suomea, viroa ja englantia ja kaikki pääsevät mukaan. Myös {B.full} on ollut tosi avulias.

=== fi 1 tr pal
Sovin {A.full_n} kanssa, että hän tuo tikkaat ja me kiinnitämme linnunpöntöt Arabianrannan puistoon \
lauantaina. Tarvitaanko tähän lupa? Yhteys minuun {mob}.

=== fi 1 sv,sv pal
Meidän taloyhtiön pihatalkoisiin tuli avuksi {A.full} Kulosaaren huvilayhdistyksestä. {A.first_lle} ja \
{B.first_lle} iso kiitos! Myös kaupungilta lainatut haravat olivat tarpeen.

=== fi 1 et pal
Työmaan vastaava mestari {A.full} ei vastaa puhelimeen, eikä kukaan paikalla osaa kertoa milloin \
Vanhankaupunginkosken rantareitti avataan. Myös {A.last_lle} on jätetty viesti, ei vastausta.

=== fi 1 fi,fi,ne pal
Lähettäjä: {A.full} <{A.email}>
Lähetetty: keskiviikko 4. marraskuuta 2026 8.02
Vastaanottaja: {B.full} <{B.work}>
Aihe: VL: Saliavustus

Moi {B.first},
välitän {C.full_n} kysymyksen, hän haluaa tietää saako Nepal-seura käyttää Vuotalon salia ilmaiseksi. \
Hänen numeronsa on {C.mob}.

{A.first}

=== fi 2 fo,fo,fi pal
Taas sama juttu, sähköpotkulaudat tukkii pyörätelineet ja kun {A.first} yritti viedä lastenvaunuja ohi \
niin yksi kaatui päälle. {B.full} naapuritalosta kuvasi tilanteen ja video on tallessa jos tarvitsee. \
Operaattorilta sanottiin että ilmoittakaa kaupungille, {C.first} taas sanoi ettei kaupunki voi tehdä \
mitään. Kuka sitten voi?

=== fi 1 pa var
Vastuuhenkilö: {A.full}
Puhelin: {A.mob}
Sähköposti: {A.email}
Tilaisuus: yhdistyksen perhejuhla, n. 60 henkeä. Keittiön käyttö tarpeen, astiat tuodaan itse.

=== fi 1 pa,pa kk
Olen {A.full_n} kanssa samaa mieltä siitä, että Hyväntoivonpuiston laajennukseen tarvitaan enemmän \
varjoisia istuinpaikkoja. {B.full} ehdotti asukasillassa pergoloita ja idea sai paljon kannatusta.

=== fi 2 hy,hy oma
{A.full} ja {B.full} ovat idean vastuuhenkilöt. Ehdotamme Kannelmäen kirjaston viereen kierrätyspistettä \
lastenvaatteille ja -varusteille. Lisätietoja: {A.email}

=== fi 1 any,any,any,any,any,fi var
Osallistujat (shakkikerho, Oodi, ryhmätila Kuutio):
{A.full}
{B.full}
{C.full}
{D.full}
{E.full}
Vastuuaikuinen {F.full}, {F.mob}

=== fi 1 fi,fi oma
Viime kokouksessa päätettiin (pj. {A.init}, siht. {B.init}) että yhdistys hakee OmaStadista rahaa \
Pihlajamäen kallioportaiden kunnostukseen.

=== fi 2 fiw pal
{A.full} on hoitanut Vallilan siirtolapuutarhan yhteiskompostia 20 vuotta vapaaehtoisena. Ehdotan että \
kaupunki huomioisi tämän jotenkin, vaikka kukkasilla. {A.first_lla} on myös avaimet työkaluvajaan.

=== fi 1 any pal
Haen pysäköintitunnusta äidilleni {A.full}, henkilötunnus {hetu}. Hän asuu {addr_lla} eikä itse käytä \
tietokonetta. Auton rekisterinumero on {plate}.

=== fi 1 any pal
Pysäköintivirhemaksu on maksettu kahteen kertaan. Palautus tilille {iban}, tilinomistaja {A.full}. \
Viitenumero 12345 67890 12.

=== fi 1 any,any kk
me asutaan tässä {addr_lla} ja naapurin {A.l_first} sanoi että uusi kaava tarkottaa että meidän piha jää \
tien alle?? onko tämä totta. {B.l_first} yläkerrasta kävi jo kysymässä kaupungilta mutta siellä ei \
tiedetty

=== fi 1 tr,tr pal
{A.first_lle} ja {B.first_lle} kiitos, he siivosivat koko Kivikon grillipaikan omalla ajallaan \
perhejuhlan jälkeen ja vielä muidenkin roskat.

=== fi 1 ng,ng var
Booking for church choir rehearsal / kuoroharjoitus. Vastuuhenkilö {A.full}, toinen vastuuhenkilö \
{B.full} ({B.mob}). Laskun voi lähettää {A.first_lle}: {A.email}

=== fi 1 er,er,fi var
{A.full} ja {B.full} ovat vapaaehtoisina Malmin kirjaston läksykerhossa. Heille voisi antaa avaimet \
kerhohuoneeseen, nyt he joutuvat odottamaan käytävässä jos {C.first} ei ole paikalla.

=== fi 1 sq,pl kk
Taloyhtiön kokouksessa {A.full} kertoi, että kaupunki aikoo kaataa pihan reunan koivut. {B.last} ja minä \
soitimme rakennusvalvontaan eikä siellä tiedetty asiasta mitään. Onko kaatolupa haettu?

=== fi 1 es,pt var
Salsakurssi aikuisille, opettajat {A.full} ja {B.full}. Musiikkilaitteet tuodaan itse. Laskutus \
yhdistykselle, yhteyshenkilö {A.first} {A.mob}.

=== fi 1 ne,ta oma
Ehdotamme jooga- ja kriketti-iltoja Jakomäen urheilukentälle. Idean takana {A.full} (Nepal-seura) ja \
{B.full}. {B.first} on valmentanut krikettiä Chennaissa ja voi vetää tunteja ilmaiseksi.

=== fi 1 th var
Thai-hierontakurssi seniorikeskuksessa: ohjaaja {A.nick} ({A.full}). Kurssi on ollut niin suosittu että \
toivomme isompaa salia keväälle.

=== fi 1 vi,vi pal
Ravintolan takapihalla Itäkeskuksessa juoksee rottia, omistaja {A.full} on ilmoittanut asiasta jo \
kahdesti. Myös {B.full_lle} on vastattu että asia kuuluu kiinteistölle.

=== fi 1 fi kk
{A.full} väitti valtuustossa että pyöräkaista vähentää kivijalkakauppojen asiakkaita. Tämä ei pidä \
paikkaansa, Hämeentien kauppiaat ovat itse sanoneet toisin. Toivoisin että {A.last} ja muut päättäjät \
lukisivat selvitykset.

=== fi 1 fi,fi kk
{A.last} sanoi asukasillassa että pysäköintilaitos louhitaan kallion sisään, mutta {B.last} kaupungilta \
kiisti tämän heti perään. Kumpi on oikeassa?

=== fi 1 ar,fi pal
{A.first} kirjoitti:
> Hei, milloin Myllypuron uimahallin sauna korjataan? Naisten vuorolla sauna on ollut kylmä kolme viikkoa.

Hei {A.first},
saunan kiuas vaihdetaan viikolla 49. Pahoittelemme haittaa.
Terveisin {B.first}, liikuntapalvelut

=== fi 1 fo,fo kk
Tuen ehdotusta. Esimerkiksi {A.first_a} ja hänen perhettään ei kuultu ollenkaan, vaikka he asuvat aivan \
puiston vieressä. Kysykää {B.first_lta}, hän on kerännyt naapurien mielipiteet.

=== fi 1 fo,any pal
soitin eilen ja puhuin {A.l_first_n} kanssa, hän lupasi että lumityöt tehdään heti. ei ole tehty.
{B.l_full}, {B.mob}

=== fi 1 any pal
Puiden kaato {street_lla} aloitettiin ilman mitään ilmoitusta, keskellä pesimäaikaa. Onko tähän lupa?
t. {A.init}

=== fi 1 any,any oma
olin paikalla kun {A.full} ja {B.first} mittasivat kentän ja ne laski että tilaa on kahdelle korille. \
kannatan

=== fi 1 any kk
Vastustan Meilahden sairaala-alueen vanhojen puiden kaatamista. Osa puista on istutettu 1920-luvulla.

{A.full}
{A.email}

=== fi 1 ku,ku var
Kurdiyhdistyksen nuoret haluaisivat käyttää Caisan salia perjantaisin. Yhteyshenkilöt {A.full} ja \
{B.full}. {B.first_lla} on kokemusta nuorisotyöstä, ja mukana on aina kaksi aikuista.

=== fi 1 fa,fa pal
Perheemme muutti Vuosaareen ja lapset tarvitsevat koulupaikan. Nimeni on {A.full} ja puolisoni \
{B.first} puhuu vain daria. Voiko joku soittaa numeroon {A.mob}?

=== fi 1 ru pal
Palvelupisteessä {A.first} oli todella ystävällinen ja auttoi venäjäksi. Kiitos {A.first_lle}! \
Ensimmäistä kertaa ymmärsin mitä lomakkeessa kysytään.

=== fi 1 fo pal
Kalasataman metroaseman pyörätelineet ovat täynnä hylättyjä pyöriä. Yksi niistä on {A.full_n} tyttären \
pyörä, joka varastettiin lokakuussa taloyhtiön kellarista.

=== fi 1 nk,nk kk
Koko talo on tätä vastaan. {A.nick} kolmannesta kerroksesta ja {B.nick} viereisestä rapusta keräsivät \
nimiä ja niitä on jo yli sata.

=== fi 1 fo,fo var
Lasten sirkuskoulu, ohjaajat {A.full} ja {B.full}. Huom! {A.first_lla} on avainkortti, {B.first_lla} \
ei, joten ovi pitää avata klo 17 mennessä.

=== fi 1 so,fo pal
KIITOS {A.u_first_lle} JA {B.u_first_lle} HYVÄSTÄ PALVELUSTA MAUNULAN TERVEYSASEMALLA. TEILLÄ ON \
SYDÄN PAIKALLAAN.

=== fi 1 fi,fa kk
Meitä ei ole kutsuttu yhteenkään asukastilaisuuteen. Esimerkiksi {A.last_a} tai {B.last_a} ei kuultu, \
vaikka molemmat asuvat kaava-alueen rajalla ja ovat kirjoittaneet kaupungille jo keväällä.

=== fi 2 fi,fi,fo pal
Lähettäjä: {A.full}
Lähetetty: maanantai 9. marraskuuta 2026 14.37
Vastaanottaja: {B.full}
Aihe: VS: Palaute 2026-11-0342

Hoidatko tämän? Asukas {C.full} on soittanut jo kolme kertaa, numero {C.mob}. Hänen mukaansa \
rappukäytävän valo ei ole toiminut syyskuun jälkeen.

=== fi 1 ru,et oma
{A.first} ja minä käytiin katsomassa paikkaa ja se sopii hyvin, {B.full} lupasi lainata peräkärryä \
multien hakuun. Kannatetaan!

=== fi 1 fo,fo,fo,fo,fi,fo var
osallistujat: {A.l_first}, {B.l_first}, {C.l_first}, {D.l_first} + 2 aikuista ({E.l_full} ja {F.l_full})

=== fi 1 fi pal
{A.last_n} koira haukkuu parvekkeella joka ilta klo 22 jälkeen. Asia on ilmoitettu isännöitsijälle mutta \
mitään ei tapahdu. Onko tämä kaupungin asia ollenkaan?

=== fi 1 sv,sv kk
{A.full_n} ja {B.full_n} aiemmat kommentit pitävät paikkansa: Kulosaaren sillan pyöräkaista on liian \
kapea, eikä suunnitelma korjaa sitä.

=== fi 1 en,fo var
Varaaja {A.full} (palvelu englanniksi please). Avaimen saa antaa myös {B.first_lle}, hän tulee paikalle \
ensimmäisenä.

=== fi 1 hy pal
Soitin {A.full_lle} rakennusvalvontaan, mutta hänen mukaansa asia kuuluu ympäristöpalveluille. Kenen \
vastuulla romuja täynnä oleva piha sitten on?

=== fi 2 - pal
Lumi tuli yöllä ja {street_lla} ei ole aurattu vieläkään, kello on jo {time}. Bussi {bus} jäi jumiin \
mäkeen ja matkustajat joutuivat kävelemään.

=== fi 2 - pal
Tuuli kaatoi {street_lla} ison koivun pyörätien päälle ja kulku on estetty. Paikalla kävi poliisi mutta \
kukaan ei ole tullut raivaamaan.

=== fi 1 - pal
Oli onni ettei kukaan loukkaantunut kun vaahtera kaatui myrskyssä Kalevankadulla. Puu oli selvästi laho. \
Usko kaupungin puunhoitoon on vähän koetuksella, ja toivo on että loputkin puut tarkistetaan ennen kuin \
ilta pimenee ja joku kävelee alle.

=== fi 1 - pal
Rauha on mennyt Lauttasaaren rantaraitilta kun sähköpotkulaudat ajavat yöllä kovaa. Kaupungin into \
uusiin liikkumismuotoihin on ymmärrettävää, mutta reitiltä puuttuu valo ja puhe valvonnasta on pelkkä \
satu.

=== fi 1 - pal
Alvar Aallon puiston penkit on maalattu hienosti, mutta Sibeliuksen puiston puolella roskikset tulvii \
yli. Kun lumi sulaa, kaikki roskat paljastuu. Toivo elää että ensi keväänä tämä hoidetaan ajoissa.

=== fi 1 - oma
Valoa Kontulan ostarin alikulkuun!

Alikulku on pimeä ja pelottava etenkin ilta-aikaan. Valaistus ja seinämaalaukset toisivat \
turvallisuutta, ja maalauksen voisi tehdä yhdessä alueen nuorten kanssa. Kustannusarvio n. 40 000 €.

=== fi 1 - kk
Eliel Saarisen tien varteen ei pidä rakentaa lisää kerrostaloja. Paavo Nurmen tien liikenne on jo nyt \
liian raskas, ja Aleksis Kiven kadun pyöräkaista näyttää miten katutila voidaan jakaa paremmin. \
Runebergin esplanadin puut on jätettävä rauhaan.

=== fi 1 - var
Varaus: Maunula-talo, sali 2, tiistaisin 17–19 ajalle 6.1.–26.5.2027. Kuoroharjoitukset. Laskutusviite \
{ref}, Y-tunnus {ytunnus}. Avain noudetaan Info-pisteestä, huone 1.12.

=== fi 1 - pal
Fazerin tehtaan edessä Vantaalla rekat seisovat tyhjäkäynnillä, ja Stockmannin lastauslaiturilla \
Helsingissä sama juttu. Amos Rexin aukiolla taas skeittarit ajavat iltaisin myöhään. Kuka näitä valvoo?

=== fi 1 - pal
Ainoa toivo on että joku korjaa Myllypuron ostarin hissin ennen joulua. Vanha Sampo-pankin konttori on \
ollut tyhjänä vuosia ja sen edessä on nyt rikkinäinen penkki ja lasinsiruja.

=== fi 2 - pal
Katuvalo palaa päivälläkin Itäväylän alikulussa. Ilmoitin Helenille, mutta minut ohjattiin kaupungille. \
Aiempi tapaus HEL {case}.

=== fi 2 - pal
Soittakaa numeroon {mob}, en halua antaa nimeäni. {street_lla} erään talon pihalla on poltettu roskia \
kolmena iltana peräkkäin ja savu tulee sisälle asuntoihin.

=== fi 1 - pal
Aliurakoitsija on jättänyt Kalasataman alikulun työmaa-aidat levälleen ja alimman portaan kaide on \
irti. Ilmoitettu myös pääurakoitsijalle, ei reaktiota.

=== fi 2 - pal
Bussi {bus} ei pysähtynyt {street_lla} pysäkillä {date} klo {time}, vaikka painoin nappia. Kuljettaja \
ei reagoinut. Asiasta on jo aiempi palaute HEL {case}.

=== fi 2 - pal
En halua nimeäni julki. Vastaus sähköpostiin {anon_email}. Kyse on Kallion kirjaston vessojen \
siisteydestä, ne ovat olleet huonossa kunnossa koko syksyn.

=== fi 1 - pal
Runebergin päivänä Kauppatorilla oli hienoa, mutta Minna Canthin päivän tapahtuma Oodissa peruttiin \
ilman ilmoitusta. Toivottavasti Aleksis Kiven päivän lukupiiri sentään järjestetään.

=== fi 1 - pal
Vanhankaupunginkosken kalaportaissa on taas roskia ja mäki Arabian puolella on jäässä. Lahti ja Salo \
hoitavat nämä asiat paljon paremmin, kysykää sieltä mallia.

=== fi 1 - pal
Mummoni asuu palvelutalossa Kannelmäessä ja hoitajat vaihtuvat jatkuvasti. Yöhoitaja ei puhu suomea \
eikä ruotsia. Toivoisin että asukkaiden kieltä kunnioitettaisiin.

=== fi 2 - pal
Osoitteessa {addr}, {pc} {city} talon edessä oleva katuvalo on ollut rikki lokakuusta asti. \
Taloyhtiö on ilmoittanut asiasta kahdesti.

=== fi 2 - pal
Auto {plate} on seissyt {street_lla} invapaikalla kaksi viikkoa ilman lupaa. Ilmeisesti hylätty, \
renkaat tyhjinä ja tuulilasi rikki.

=== fi 2 - var
Varauksen vastuuhenkilö on yhdistyksen puheenjohtaja, yhteystiedot löytyvät Y-tunnuksella {ytunnus}. \
Tilaisuus: vuosikokous, noin 25 henkeä. Laskutusosoite sama kuin viime vuonna.

=== fi 2 - var
Tarvitsemme videotykin ja 40 tuolia. Avaimen noutaja soittaa numerosta {mob} tullessaan. Tila: \
Kanneltalo, Kannelsali, la {date} klo 12–16.

=== fi 1 - oma
Ehdotus: Marjaniemen uimarannalle uudet pukukopit ja esteetön laituri. Nykyiset kopit ovat \
1980-luvulta ja lattiat lahoavat. Arvioitu hinta 60 000 €.

=== fi 1 - oma
Tapanilan urheilupuiston luistelukentän valaistus on puutteellinen. Ehdotamme LED-valoja ja \
lämmitettyä katosta vanhemmille. Idean takana seuran juniorijaoston vanhemmat.

=== fi 1 - kk
Kallion lukion ja Mäkelänrinteen lukion opiskelijat ylittävät Helsinginkadun joka päivä. Suojatien \
vihreä valo on liian lyhyt, ja sen pitäisi näkyä myös tässä kaavassa.

=== fi 1 - kk
Kaavaehdotus on hyvä, mutta pysäköintinormi 0,4 on liian alhainen. Herttoniemen ranta on jo nyt täynnä \
autoja iltaisin ja viikonloppuisin.

=== fi 1 - kk
Vastustan. Kaisaniemen puiston puut ovat yli satavuotiaita ja puistoa käytetään joka päivä. Isot \
tapahtumat kuuluvat Kansalaistorille, ei puistoon.

=== fi 1 - pal
Mikkolan ja Koivukylän välinen pyörätie on täynnä kuoppia. Vantaan puolella kunnossapito on selvästi \
heikompaa kuin Helsingin puolella, voisitteko sopia asiasta keskenänne?

=== fi 1 - kk
Kaupunkisuunnittelulautakunnan esittelijä ja kaavoittaja eivät vastanneet asukasillassa kysymyksiin, \
ja puheenjohtaja lopetti tilaisuuden kesken. Tämä ei ole hyvää vuorovaikutusta.

=== fi 2 - pal
Vastaus sähköpostilla {anon_email} tai tekstiviestillä {mob}. Kysymys: saako Vuosaaren uimarannalla \
grillata omalla hiiligrillillä?

=== fi 1 - pal
Armas aika, taas on Kontulan ostarin penkit rikottu. Veljeni kävi katsomassa ja sanoi että \
lasinsiruja on joka puolella.

=== fi 1 - pal
Kirjaston satutuokio lapsille peruttiin taas ilman ilmoitusta. Iltasatu-tapahtumakin oli heti täynnä. \
Lisää resursseja lastenpalveluihin!

=== fi 2 - pal
Asukaspysäköintitunnus haettu autolle {plate}, osoite {addr}, {pc} {city}. Päätöstä ei ole kuulunut \
kuukauteen, ja sakkoja tulee.

=== fi 1 - pal
Hyväntoivonpuiston leikkipaikan keinut ovat rikki ja Jätkäsaaren uimarannalla lojuu lasinsiruja. \
Toivottavasti korjataan ennen kesää.

=== fi 2 - pal
Palautelomake antoi virheen 500. Selaimeni oli Firefox ja IP-osoite {ip}, jos siitä on apua.

=== fi 2 - var
Varaus Valo-saliin ja Lumi-huoneeseen ti klo 18–20, lasten taidekerho. Laskutusviite {ref}.

=== fi 1 - kk
Pitäjänmäen ja Konalan välille suunniteltu raitiotie on hyvä, mutta Vihdintien ylitys pitää suunnitella \
uudelleen. Nykyinen suojatie on vaarallinen.

=== fi 1 - pal
Kirsikkapuistossa Roihuvuoressa on koirankakkaa joka paikassa, lumi sulaa ja kaikki paljastuu. Lisää \
roskiksia ja pussiautomaatteja!

=== fi 2 - var
Varaus peruttu sairastumisen vuoksi. Palautetaanko maksu samalle kortille? Tilauksen numero {ref}.

=== fi 1 - oma
Kannatan! Olisi kiva saada aamu-uintimahdollisuus myös talvella. Aamu on paras aika uida, ja \
Uunisaaren avanto on aina täynnä.

=== fi 2 - pal
Kioski osoitteessa {addr} myy tupakkaa alaikäisille, näin sen itse kaksi kertaa. Olen ilmoittanut myös \
poliisille.

=== fi 1 - kk
Urho Kekkosen kadulla ja Annankadulla pyöräily on hengenvaarallista. Kaavaan pitää lisätä erotettu \
pyörätie Kampin kohdalle.

=== fi 1 - pal
Voitto! Kiitos kaupungille, Oulunkylän jäähalli on vihdoin auki. Oiva ratkaisu oli myös lisätä \
pyöräpaikkoja sisäänkäynnin viereen.

=== fi 1 - var
Tilavaraus Kallion ala-asteen liikuntasaliin, lauantait klo 10–12. Sählyvuoro aikuisille. Laskutus: \
Sählyseura Kalliolaiset ry, Y-tunnus {ytunnus}.

=== fi 1 - kk
Aino Acktén huvilan ympäristö Tullisaaressa pitää säilyttää sellaisenaan. Uudet kerrostalot rantaan \
pilaisivat maiseman, jota on suojeltu sata vuotta.

=== fi 1 any var
Laskutus yksityishenkilönä: {A.full}, henkilötunnus {hetu}, {addr}, {pc} {city}. Varaus koskee \
saunatilaa la klo 18–21.

=== fi 1 - pal
Kela pyysi lähettämään tämän: henkilötunnus {hetu}, asiakasnumero 5521-889. En halua että nimeni \
näkyy missään julkisessa.

=== sv 2 fo,sv pal
Hej! Min granne {A.full} har parkerat sin skåpbil {plate} på gräsmattan vid {street_sv} i över två \
veckor. Jag har pratat med {A.first} men inget händer. Kan staden göra något?
/{B.full}

=== sv 2 any pal
Ros till {A.first} på simhallen i Östra centrum som hjälpte min pappa med rullstolen! Och ris till den \
som parkerade på invaplatsen.

=== sv 2 sv,fo pal
{A.first_s} hund skäller hela nätterna och {B.first_s} barn kan inte sova. Vi bor på {addr_sv}, {pc} \
{city_sv}. Vem ska man kontakta?

=== sv 2 sv,sv,fo var
Från: {A.full} <{A.email}>
Skickat: den 4 november 2026 09:12
Till: {B.full} <{B.work}>
Ämne: SV: Bokning av Stoa

Hej {B.first}!
Jag vidarebefordrar {C.first_s} fråga om salen, hen nås på {C.mob}.

Mvh
{A.first}

=== sv 1 any,sv,sv kk
Jag stöder planen i stort men vill påpeka, som {A.full} redan skrev, att cykelbanan längs Brändövägen \
måste skiljas från gångbanan. Min granne {B.last} har blivit påkörd två gånger. Planeraren {C.full} \
lovade på invånarmötet att detta ska utredas.

=== sv 2 sv kk
Vi motsätter oss att strandparken i Nordsjö bebyggs. Parken används av skolor, daghem och hundägare \
varje dag.

För Nordsjö villaförening rf
{A.full}
ordförande

=== sv 1 sv,fo oma
Idén har tagits fram av {A.full} och {B.full} från Hagnäs. Vi vill ha fler bänkar och ett vindskydd \
vid stranden i Fiskehamnen. Kontakt: {A.email}

=== sv 1 sv,svw var
Tränare: {A.full}, tfn {A.mob}. Ansvarig vuxen {B.full}. Innebandy för pojkar 9–11 år, gymnastiksalen \
i Brändö lågstadieskola.

=== sv 2 svw,svw pal
Mina barn {A.first} och {B.first} hittade en skadad igelkott i Kajsaniemiparken. {A.first} ringde \
djurskyddet men ingen svarade. Vart ska man vända sig?

=== sv 1 any pal
hej, {A.l_full} här. på {street_sv} har gatlyktan varit släckt sen oktober. ring {A.mob} om ni vill \
veta mer

=== sv 1 sv pal
DETTA ÄR TREDJE GÅNGEN JAG SKRIVER! SOPTUNNORNA PÅ GÅRDEN HAR INTE TÖMTS PÅ TRE VECKOR.
{A.u_full}

=== sv 1 fo,sv pal
Tack för svaret, men det stämmer inte.

> Bästa {A.first},
> tack för din respons. Lekparken i Kronohagen repareras under vecka 50.
> Med vänliga hälsningar
> {B.full}
> Stadsmiljösektorn
> {B.work}

=== sv 1 fo,fo,fo,fo oma
Vårt team:
{A.full} – idé och budget
{B.full} – kontakt med skolan
{C.full}
{D.full}

Förslag: ett odlingsområde för familjer i Mellungsby.

=== sv 1 pa,sv kk
Jag håller med {A.full} om att kvartersparken ska bevaras. {B.first} och jag har samlat underskrifter \
i trapphusen, och nästan alla är emot bygget.

=== sv 1 sv var
Bokning: Kulturcentret Stoa, sal B, lördag 14.2. Privat fest, {A.first_s} 60-årsdag. Fakturan till \
{A.full}, {addr_sv}, {pc} {city_sv}. Ev. återbetalning till {iban}.

=== sv 1 hy,sv var
{A.full} har lovat att ta hand om nycklarna. Om {A.first} är sjuk kontaktar ni {B.full} på {B.mob}.

=== sv 1 fi,sv pal
Hej,
jag skickar vidare till {A.first} som ansvarar för snöröjningen i vårt område.

Från: {B.full}
Datum: 2.12.2026

"Snön från gatan har plogats in på vår tomt vid {addr_sv}, vem betalar för att flytta den?"

=== sv 1 fo,sv var
Lärare {A.full} med klass 4B från Kottby lågstadieskola. Vi kommer med spårvagn 1. Ansvarig lärare nås \
på {A.mob}. Även {B.first} från eftermiddagsklubben följer med.

=== sv 1 er,ng pal
Vi tackar {A.full} och {B.full} som ordnade grillkvällen i Rastböle! Bra jobbat, det var fint att se \
så många grannar.

=== sv 1 sv,sv,sv oma
Protokoll från styrelsemötet: närvarande {A.init}, {B.init}, {C.full}. Beslöts att söka medel via \
OmaStadi för en hundrastgård.

=== sv 1 fo,sv pal
igår kväll halkade {A.first} på isen utanför hälsostationen i Nordsjö och {B.full} fick ringa \
ambulans. ingen sand alls på trappan

=== sv 1 tr,pl var
Simskola för vuxna kvinnor, instruktör {A.full}. Om {A.first} är borta vikarierar {B.full}.

=== sv 1 sv,sv kk
{A.last} sa på mötet att parkeringshuset ska sprängas in i berget, men {B.last} från staden förnekade \
det direkt. Vem har rätt?

=== sv 1 nk,sv oma
Bra idé! {A.nick} och jag hjälper gärna till med planteringen i vår. /{B.first}

=== sv 1 fo pal
{A.full_s} son blev biten av en lös hund vid stranden i Kronohagen. Ägaren gick bara därifrån.

=== sv 1 sv,fo kk
vi som bor på gatan ({A.l_full}, {B.l_full} m.fl.) vill inte ha en ny parkering här, barnen leker på \
gården

=== sv 1 - pal
Björkarna längs Runebergsgatan borde beskäras, det är farligt när det stormar. Stigen genom \
Sibeliusparken är lerig och full av stenar. Varje dag går hundratals människor där.

=== sv 1 - pal
Ros och ris: rosen till städningen av Esplanaden efter vappen, riset till att papperskorgarna i Tove \
Janssons park inte töms. Bo i stan en helg och se själv.

=== sv 1 - pal
Varför finns det inga bänkar utanför Amos Rex? Och buss 65 stannar inte vid hållplatsen på Tavastvägen \
efter kl 23. Ärende HEL 2026-004512.

=== sv 2 - pal
Hundar springer lösa på Drumsö strand varje morgon. Ring mig gärna på {mob} så berättar jag mer, men \
jag vill vara anonym.

=== sv 1 - kk
Planen för Mejlans sjukhusområde är bra, men trafiken på Mannerheimvägen kommer att öka och eleverna \
i Tölö gymnasium korsar den varje dag. Gör en planskild korsning vid Stadion.

=== sv 1 - kk
Livet i Böle har förändrats, det är byggarbetsplats överallt. Sol på balkongen har vi inte sett sedan \
kranarna kom.

=== sv 2 - pal
Gatlyktan vid {street_sv} har varit släckt sedan oktober, det är kolsvart när man kliver av buss {bus}.

=== sv 2 - pal
Bilen {plate} har stått på handikapplatsen vid {street_sv} i tre veckor utan tillstånd.

=== sv 2 - pal
Svara gärna till {anon_email}. Varför stängdes simhallen i Östra centrum utan förvarning?

=== sv 2 - var
Bokning av Arbis klassrum 204, tisdagar 18–20. Körövning. Fakturan till föreningen, FO-nummer \
{ytunnus}, referens {ref}.

=== sv 2 - kk
Jag bor på {addr_sv} och kommer att få utsikt rakt mot det nya höghuset. Skuggstudierna visar att \
gården blir skuggig hela eftermiddagen.

=== sv 1 - kk
Stora Robertsgatan och Bulevarden behöver bättre cykelparkering. Stockmanns lastkaj blockerar dessutom \
cykelbanan varje morgon.

=== sv 1 - pal
Vem bestämde att Kajsaniemiparken ska hyras ut till konserter hela sommaren? Parken är till för alla.

=== sv 1 - oma
Förslag: utegym och bänkar vid Hertonäs strand. Kostnad ca 50 000 €. Idén kommer från föräldrarna i \
daghemmet intill.

=== sv 1 - pal
Grus och stenar från vintersandningen ligger kvar på Runebergsgatan, dags att sopa! Vi cyklister halkar \
varje dag.

=== sv 2 - pal
Det luktar gas i trappuppgången på {addr_sv}. Jag har ringt Helen men vill också meddela staden. Nås \
på {mob}.

=== sv 1 - pal
Responsformuläret fungerade inte (fel 403), min IP-adress är {ip}.

=== sv 1 fo pal
Min mamma {A.full} ({hetu}) fick fel parkeringstillstånd hemskickat. Hon bor på {addr_sv}, inte på \
den adress som står i beslutet.

=== en 2 fo,any pal
Hi, I live at {addr}, {pc} {city}. My neighbour {A.full} has been running a car repair business from \
the yard, there are always 3-4 cars there and one of them, {plate}, hasn't moved since August. Could \
someone check? {B.full}

=== en 2 enw,enw pal
My kids {A.first} and {B.first} found a bag of needles in the sandpit at Lapinlahti park this morning. \
{A.first} told a teacher right away. Please send someone to check the whole area.

=== en 2 fo,fi pal
---------- Forwarded message ---------
From: {A.full} <{A.email}>
Date: Mon, 2 Nov 2026 at 18:40
Subject: Broken swing at Tokoinranta
To: <{B.email}>

Hi {B.first}, could you forward this to the city? The swing chain is broken and kids keep using it.
Thanks, {A.first}

=== en 1 fo,fi pal
Thanks, but the bins are still full.

On Tue, 10 Nov 2026 at 09:15, {B.full} <{B.work}> wrote:
> Dear {A.first},
> thank you for your feedback. The emptying schedule for Kallio has been changed.
> Best regards,
> {B.full}

=== en 2 any,fo,fi kk
As a resident of Jätkäsaari for six years I support the plan, but as {A.full} said at the residents' \
evening, the bridge should open to pedestrians first. My neighbour {B.first} uses a wheelchair and the \
current detour is 1.5 km. I sent this to {C.full} in the planning department in September and got no \
reply.

=== en 1 ne,ta,ph,ng oma
Team: {A.full} (Nepal), {B.full}, {C.full}, {D.full}
Contact: {A.email}

We propose a free weekend cricket and badminton programme at Myllypuro sports park for kids of all \
backgrounds. Equipment budget approx. 8 000 €.

=== en 2 pl,es var
Coach: {A.full}
Responsible adult: {B.full} ({B.mob})
Group: U10 girls futsal, 14 players
Please leave the hall unlocked from 17:45, {A.first} arrives with the kids by tram 9.

=== en 1 zh,zh var
Chinese Saturday school, teachers {A.full} and {B.full}. Rooms 2.14 and 2.15. Invoice to the \
association, ref. {ref}.

=== en 2 fo pal
hi its {A.l_full}, the streetlight outside {addr} is broken again. call me {A.mob}

=== en 1 any pal
THIS IS THE FOURTH TIME I REPORT THIS. THE LIFT AT ITÄKESKUS METRO IS STILL BROKEN. {A.u_full}

=== en 2 fo,fi pal
Hi! Please say thanks to {A.first} at Oodi, they helped me print all my residence permit papers. Kiitos \
{A.first_lle} ja koko tiimille!
{B.full}

=== en 1 any,en pal
{A.first_poss} dog was attacked by an off-leash dog at Kaivopuisto yesterday. The other owner, {B.first} \
something, refused to give any details. Is there any CCTV there?

=== en 1 en,fo kk
{A.last} from the housing company said the city owns the trees, but {B.last} at the city told us the \
opposite. Who is right?

=== en 2 hy,pa kk
I agree with {A.full} that the new tram line should not go through the park. {B.full} made the same \
point in the previous hearing and nothing was changed.

=== en 1 any var
Cancelled booking on 14.3., please refund to {iban} (account holder {A.full}). Booking ID 88231.

=== en 2 enw,fo var
Birthday party for {A.first} (7 yrs), approx. 15 kids and 6 adults. Responsible adult {B.full}, phone \
{B.mob}. We bring our own cake, no candles.

=== en 1 pa kk
{A.full} and I live next to the planned site and we were never informed. {A.first} only heard about the \
hearing from a flyer in the laundry room.

=== en 1 any pal
The feedback form kept giving an error, so I'm writing here. My IP was {ip} if that helps your IT.
– {A.full}

=== en 2 fo,fo pal
yesterday {A.first} slipped on the ice outside the health station and {B.full} had to call an \
ambulance, the path had not been sanded at all

=== en 1 any,any oma
Great idea. {A.first} and {B.first} from our building would volunteer to water the plants in summer.

=== en 1 so,er var
Homework club for Somali- and Tigrinya-speaking kids. Volunteers: {A.full}, {B.full}. Key holder \
{A.first}, tel. {A.mob}.

=== en 1 fo pal
Please repaint the zebra crossing at {street}, it's invisible in the dark.

Best,
{A.full}
{A.mob} | {A.email}

=== en 1 nk oma
{A.nick} ({A.full}) has organised the Saturday clean-ups at Vuosaari beach for two years now. Could \
the city lend more grabbers and bags?

=== en 1 en,fi,fo oma
Minutes: present {A.init}, {B.init}, {C.full} (chair). Agreed to apply for hall time through Varaamo.

=== en 1 uk,uk var
Art workshop for Ukrainian children. Leader {A.full}, assistant {B.full}. If {A.first} is ill, \
{B.first} will take over.

=== en 1 th var
Thai cooking evening in the Malmitalo teaching kitchen, hosted by {A.nick}. Payment by {A.full}, refund \
to {iban} if cancelled.

=== en 1 vi pal
The restaurant owner {A.full} asked me to report this: rats in the backyard of the shopping centre, \
every evening after 8.

=== en 1 fi,fi,ku pal
From: {A.full}
Sent: Thursday, 5 November 2026 10:21
To: {B.full}
Subject: FW: heating

{B.first}, see below, the family of {C.full} in flat 12 has had no heating for a week.

=== en 1 fo,fo kk
I agree with the previous commenter {A.full}. Also, {B.last} is right that the noise study is outdated.

=== en 1 fo pal
the cleaner at the library (i think the name was {A.l_first}) was really kind to my son when he lost \
his phone

=== en 1 - pal
Will anyone ever fix the traffic lights at Itäväylä? Mark my words, someone will get hurt. I hope this \
gets to the right person. The grace period for renewing the parking permit was also way too short.

=== en 1 - pal
The Sibelius monument area needs more bins, and there is no lighting on the path near Alvar Aalto's \
house museum. Also the Fazer café terrace blocks the sidewalk on Kluuvikatu.

=== en 1 - pal
Joy of joys, the Kumpula outdoor pool is finally open! The sunny terrace is great. Only complaint: may \
the showers please be warmer, and will the café take cards?

=== en 2 - pal
There is a burnt-out car at the end of {street} near the allotments. Call {mob} if needed, I don't want \
to give my name.

=== en 1 - var
The Oodi toilets on the 2nd floor are broken again, room 2.07. Ticket 2026-11-0345. Bus 55 was also \
late every day this week.

=== en 1 - pal
Frank question: why is the rose garden at Kaisaniemi closed? We were hoping to see the roses and the \
iris beds in June.

=== en 1 - pal
Heather and ivy are growing over the path at Lapinlahti, it's very narrow now, please trim. Also the \
bench by the holly bushes is broken.

=== en 2 - var
Bill for the sauna booking arrived twice, invoice no. {ref}. Please cancel the duplicate.

=== en 1 - pal
At dawn the ladder at the Uunisaari swimming spot was loose again. Someone will get hurt.

=== en 2 - pal
A van {plate} has been parked on the cycle lane on {street} every morning this week, blocking the way \
to school.

=== en 2 - pal
Water is leaking from the street in front of {addr}, {pc} {city}, it has been running for two days.

=== en 2 - pal
Reply to {anon_email}. Why does the 7 tram skip stops in Töölö on weekends?

=== en 2 - pal
Loud construction noise at night near Kalasatama metro, again after 23:00. You can reach me at {mob}.

=== en 2 - var
Booking for the Hakaniemi hall, ref. {ref}, board game evening for about 20 people. Business ID \
{ytunnus}.

=== en 1 - pal
Amos Rex and Kiasma both lack bike parking. The racks by Stockmann are always full.

=== en 1 - oma
Proposal: sign-language story hours at Helsinki libraries. Deaf kids and their families have very few \
activities in their own language. Estimated cost 15 000 €.

=== en 1 - kk
The plan for Malmi airport ignores biodiversity. Build along Vihdintie or in Pasila instead, where the \
land is already paved.

=== en 2 - pal
Your site blocked me, IP {ip}, error 403. Please fix.

=== en 1 - kk
Please mark the new Baana extension clearly. Will it really be ready by May? Hope so.

=== en 1 - pal
Sunny days bring crowds to Hietaniemi beach and the bins overflow by noon. More bins please.

=== en 1 - pal
Penny for your thoughts: why does a swimming hall ticket cost more in Helsinki than in Vantaa?
"""


def _blocks() -> list[tuple[str, int, list[str], str]]:
    blocks = []
    for chunk in TEMPLATES.split("\n=== ")[1:]:
        header, _, body = chunk.partition("\n")
        lang, count, pools, _source = header.split()
        blocks.append((lang, int(count), [] if pools == "-" else pools.split(","), body.strip("\n")))
    return blocks


def records() -> list[tuple[str, str]]:
    """Return (lang, marked_text) pairs, deterministic for seed 7373."""
    rng = random.Random(SEED)
    out = []
    for lang, count, pools, body in _blocks():
        for _ in range(count):
            out.append((lang, body.format(**_context(rng, pools))))
    rng.shuffle(out)
    return out


_SPAN = re.compile(r"\[\[([A-Z]+):([^\[\]]+)\]\]")


def _check(recs: list[tuple[str, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for lang, text in recs:
        assert lang in ("fi", "sv", "en"), lang
        for label, value in _SPAN.findall(text):
            assert label in LABELS, (label, text)
            assert value == value.strip(), (value, text)
            counts[label] = counts.get(label, 0) + 1
        rest = _SPAN.sub("", text)
        assert "[[" not in rest and "]]" not in rest, text
        assert "{" not in text and "}" not in text, text
    return counts


if __name__ == "__main__":
    recs = records()
    counts = _check(recs)
    langs = {lang: sum(1 for x, _ in recs if x == lang) for lang in ("fi", "sv", "en")}
    with_p = sum(1 for _, text in recs if "[[P:" in text)
    print(len(recs), langs, f"with P: {with_p}", dict(sorted(counts.items())))
