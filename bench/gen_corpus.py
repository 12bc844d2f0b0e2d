#!/usr/bin/python3
"""Generate a reproducible corpus of synthetic conflict-news articles for akg's
extraction benchmark: about half English and half Arabic, 150-600 words each,
written as JSON Lines files ({"id", "text", "date", "lang"}) plus a few plain
.txt articles with a "date YYYY-MM-DD" header.

Articles are assembled from sentence templates written for this benchmark
(both languages, different constructions) and filled with entities drawn from
graph_schemas/gazetteer/*.json by type and kind, plus invented people, villages
and brigades, so the text exercises the gazetteer trie, Arabic clitics,
cue words and relation triggers the way real reporting does. Nothing here is
copied from a real article. The same --seed and gazetteer give the same bytes.

Usage: gen_corpus.py [--count N] [--out DIR] [--seed S] [--per-file N]
                     [--txt N] [--schema DIR]
Standard library only; run with /usr/bin/python3.
"""
import argparse
import datetime
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA = os.path.join(HERE, "..", "graph_schemas")

# ---------------------------------------------------------------------------
# Vocabulary for invented names (English spelling, Arabic spelling).
# ---------------------------------------------------------------------------

FIRST_NAMES_M = [
    ("Khalid", "خالد"), ("Omar", "عمر"), ("Ahmed", "أحمد"), ("Mahmoud", "محمود"), ("Youssef", "يوسف"),
    ("Ibrahim", "إبراهيم"), ("Hussein", "حسين"), ("Ali", "علي"), ("Mustafa", "مصطفى"), ("Tariq", "طارق"),
    ("Samir", "سمير"), ("Walid", "وليد"), ("Adel", "عادل"), ("Nabil", "نبيل"), ("Hamza", "حمزة"),
    ("Bilal", "بلال"), ("Issa", "عيسى"), ("Jamal", "جمال"), ("Faisal", "فيصل"), ("Hatem", "حاتم"),
    ("Ayman", "أيمن"), ("Suleiman", "سليمان"), ("Mansour", "منصور"), ("Ismail", "إسماعيل"), ("Rami", "رامي"),
    ("Osama", "أسامة"), ("Ziad", "زياد"), ("Anwar", "أنور"), ("Karim", "كريم"), ("Fadi", "فادي"),
]
FIRST_NAMES_F = [
    ("Fatima", "فاطمة"), ("Amal", "أمل"), ("Huda", "هدى"), ("Mariam", "مريم"), ("Rania", "رانيا"),
    ("Samira", "سميرة"), ("Nour", "نور"), ("Layla", "ليلى"), ("Zainab", "زينب"), ("Hanan", "حنان"),
]
FAMILY_NAMES = [
    ("al-Hassan", "الحسن"), ("al-Khatib", "الخطيب"), ("Haddad", "حداد"), ("al-Masri", "المصري"),
    ("al-Zubair", "الزبير"), ("Abu Shanab", "أبو شنب"), ("al-Tayeb", "الطيب"), ("Mansour", "منصور"),
    ("al-Obeidi", "العبيدي"), ("al-Shammari", "الشمري"), ("Darwish", "درويش"), ("al-Nuaimi", "النعيمي"),
    ("Abdel Rahman", "عبد الرحمن"), ("Abdul Karim", "عبد الكريم"), ("al-Jubouri", "الجبوري"),
    ("Younis", "يونس"), ("al-Hajj", "الحاج"), ("Qassem", "قاسم"), ("al-Amin", "الأمين"), ("Bakri", "بكري"),
    ("al-Sayed", "السيد"), ("Othman", "عثمان"), ("Idris", "إدريس"), ("al-Faki", "الفكي"), ("Adam", "آدم"),
    ("al-Rawi", "الراوي"), ("Salloum", "سلوم"), ("al-Ahmad", "الأحمد"), ("Fares", "فارس"), ("Ghanem", "غانم"),
]
PLACE_PREFIXES = [
    ("Kafr", "كفر"), ("Tell", "تل"), ("Umm", "أم"), ("Ain", "عين"), ("Deir", "دير"), ("Beit", "بيت"),
    ("Khirbet", "خربة"), ("Abu", "أبو"), ("Bir", "بئر"), ("Wadi", "وادي"), ("Qasr", "قصر"), ("Ras", "رأس"),
    ("Hamam", "حمام"), ("Jisr", "جسر"), ("Marj", "مرج"), ("Arab", "عرب"), ("Hilat", "حلة"), ("Sheikh", "الشيخ"),
]
PLACE_STEMS = [
    ("Nasr", "نصر"), ("Halwa", "حلوة"), ("Rummana", "رمانة"), ("Zeitouna", "زيتونة"), ("al-Sawda", "السوداء"),
    ("al-Khadra", "الخضراء"), ("Jamal", "جمال"), ("Saqr", "صقر"), ("Tina", "تينة"), ("Hadid", "حديد"),
    ("al-Hawa", "الهوى"), ("Qamar", "قمر"), ("Shams", "شمس"), ("al-Ghazal", "الغزال"), ("Karma", "كرمة"),
    ("al-Nakhil", "النخيل"), ("Sabil", "سبيل"), ("al-Jabal", "الجبل"), ("Rahma", "رحمة"), ("Huwaish", "حويش"),
    ("al-Bustan", "البستان"), ("Dahab", "ذهب"), ("Salama", "سلامة"), ("al-Ward", "الورد"), ("Mazraa", "مزرعة"),
]
GROUP_STEMS = [
    ("Shield", "درع"), ("Lions", "أسود"), ("Falcons", "صقور"), ("Dawn", "فجر"), ("Storm", "عاصفة"),
    ("Sword", "سيف"), ("Thunder", "رعد"), ("Victory", "نصر"), ("Eagles", "نسور"), ("Wolves", "ذئاب"),
]
ORDINALS = [(7, "السابع"), (9, "التاسع"), (11, "الحادي عشر"), (16, "السادس عشر"), (22, "الثاني والعشرين"),
            (31, "الحادي والثلاثين"), (44, "الرابع والأربعين"), (101, "المئة وواحد")]

EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
AR_MONTHS_WEST = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                  "أكتوبر", "نوفمبر", "ديسمبر"]
AR_MONTHS_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                    "تشرين الأول", "تشرين الثاني", "كانون الأول"]
AR_REPEATED_CUE = re.compile(r"(?<!\S)([وب]?)(مدينة|حي|بلدة|قرية|محافظة|ولاية|منطقة|مخيم|مستشفى|مطار|ريف|الرئيس|القائد|الزعيم) \2(?!\S)")
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# Which foreign actors plausibly appear as the other side in a theatre.
# Where people fleeing a theatre cross to.
NEIGHBOURS = {
    "syria": ["turkey", "lebanon", "jordan", "iraq"], "sudan": ["chad", "egypt", "south_sudan", "ethiopia"],
    "palestine": ["egypt", "jordan"], "israel": ["egypt", "jordan"], "lebanon": ["syria", "cyprus"],
    "iraq": ["syria", "jordan", "turkey", "iran"], "yemen": ["saudi_arabia", "oman", "djibouti"],
    "libya": ["tunisia", "egypt", "chad", "niger"], "somalia": ["kenya", "ethiopia"],
    "ethiopia": ["sudan", "kenya", "djibouti"], "dr_congo": ["rwanda", "uganda", "burundi"],
    "mali": ["niger", "burkina_faso", "mauritania", "algeria"],
}
THEATRE_PARTNERS = {
    "palestine": ["israel"], "lebanon": ["israel"], "syria": ["turkey", "israel"],
    "yemen": ["saudi_arabia", "united_arab_emirates", "united_states"], "sudan": ["chad"],
    "somalia": ["ethiopia", "kenya"], "dr_congo": ["rwanda"], "iraq": ["turkey", "iran"],
}
MEDIATOR_STATES = ["qatar", "egypt", "turkey", "saudi_arabia", "united_states", "united_arab_emirates",
                   "jordan", "oman", "kenya", "algeria"]
TALKS_CITIES = ["doha", "cairo", "geneva", "jeddah", "amman", "ankara", "istanbul", "riyadh", "abu_dhabi",
                "nairobi", "muscat", "washington", "paris", "addis_ababa"]

# Arabic first words that make an actor name grammatically feminine
# (verbs agree: قالت قوات ..., قال الجيش ...).
AR_FEMININE_HEADS = {"قوات", "فصائل", "كتائب", "سرايا", "ميليشيا", "مليشيا", "الأمم", "الولايات", "حماس",
                     "الشرطة", "شرطة", "الإدارة", "القوات", "الفصائل", "الرئاسة", "الخارجية", "الداخلية",
                     "السلطات", "مجموعة", "إسرائيل", "فتح", "قسد", "فاغنر", "الحكومة", "المملكة"}

# ---------------------------------------------------------------------------
# Sentence templates. Placeholders:
#   {X}           an entity of the article's cast (A, B, GOV, P, Q, R, GVR, MED, FOR, FORP,
#                 MEDIA, ORG, POP, CITY, CITY2, TOWN, TOWN2, VIL, DIST, FAC, PROV, REG,
#                 RIVER, ROAD, CTRY, CTRY2, CAP, UNIT)
#   {و+X} {ب+X} {ل+X} {وب+X} {ول+X} {ف+X} {لـ+X}   Arabic proclitics (ل + ال -> لل)
#   {X?m|f}       Arabic agreement with X's gender
#   {X.title}     the title word chosen for person X
#   {#lo-hi}      a number; {a|b|c} one of the alternatives
#   {when} {day} {date} {month} {year} {dem} {dem_m} {dir}
# ---------------------------------------------------------------------------

EN = {
    "headline": [
        "{A} seizes {TOWN} as fighting spreads across {PROV}",
        "Dozens killed in {CITY} as {A} and {B} trade fire",
        "{B} says it repelled {A} offensive near {TOWN}",
        "Thousands flee {TOWN} after {A} advance",
        "{MED} pushes for ceasefire talks between {A} and {B}",
        "{ORG} warns of famine in {PROV} as sieges tighten",
        "{A} withdraws from {DIST} under {MED}-brokered deal",
        "Drone strike on {FAC} kills {#5-30}, medics say",
        "{GOV} accuses {FOR} of arming {A}",
    ],
    "attack": [
        "{A} {shelled|pounded|struck} {TOWN} and nearby villages in {PROV} {when}, killing at least {#3-40} civilians, according to {MEDIA}.",
        "A drone strike {when} hit a {crowded market|school|checkpoint|fuel depot|bakery} in {CITY}, {MEDIA} reported, citing local medics who blamed {A}.",
        "{CITY} came under heavy artillery fire from positions held by {A} to the {dir} of the city.",
        "Residents said {A} had attacked {FAC} with rockets and mortar rounds for a {second|third|fourth} consecutive day.",
        "The attack on {DIST} was carried out by {A}, {B} said in a statement, adding that {#2-15} of its soldiers were wounded.",
        "{B} launched an offensive against {A} near {TOWN} on {date}, backed by {drones|artillery|armoured vehicles|air strikes}.",
        "At least {#4-60} people were killed when {A} fighters stormed the village of {VIL} in {PROV}, a local official told {MEDIA}.",
        "Health officials in {PROV} said the shelling of {FAC} by {A} had killed {#2-25} patients and staff.",
        "{A} has repeatedly targeted {ROAD}, the main supply route between {CITY} and {CITY2}.",
        "In a separate incident, aircraft bombed {A} positions around {TOWN}, according to {ORG}.",
        "{FAC} was hit by at least {#3-12} shells on {day}, forcing staff to move patients to the basement.",
        "Gunmen believed to belong to {A} ambushed a {B} patrol on the road to {VIL}, killing {#2-9} soldiers.",
        "An explosion tore through a {car park|marketplace|residential building|mosque courtyard} in {DIST}, and {B} blamed a cell linked to {A}.",
    ],
    "control": [
        "{A} said {when} it had {taken|seized|captured} full control of {TOWN}, a strategic {town|crossroads|hub} {#10-90} kilometres {dir} of {CITY}.",
        "{TOWN} has been under the control of {A} since {month} {year}.",
        "Fighters loyal to {A} captured {FAC} after a {two|three|five}-day siege, footage posted online appeared to show.",
        "{B} regained control of {DIST} and several surrounding villages, including {VIL}, following intense clashes.",
        "{A}, which controls most of {PROV}, now holds {#3-12} of the region's main towns.",
        "By nightfall, {A} was in control of the {eastern|western|northern|southern} half of {CITY}, residents said.",
        "The fall of {TOWN} gives {A} control over a long stretch of {ROAD}.",
        "{MEDIA} said {B} had seized {FAC} from {A} in a dawn raid.",
        "{A} took over {VIL} without a fight after local elders negotiated the departure of {B}.",
    ],
    "withdraw": [
        "{A} withdrew from {TOWN} {when} after days of fighting with {B}.",
        "Under the arrangement, fighters of {A} are to pull out of {DIST} within {#2-10} days and hand their positions to {B}.",
        "The withdrawal of {A} from {CITY} was completed on {date}, {GOV} said.",
        "{B} pulled its forces back from the outskirts of {CITY} to new lines near {TOWN}.",
        "Witnesses described a convoy of dozens of vehicles leaving {TOWN} towards {CITY2} before dawn.",
        "{A} said its retreat from {FAC} was a \"tactical repositioning\" rather than a defeat.",
        "{A} was driven out of {VIL} by {B} after a night of heavy fighting.",
        "The last units of {A} left {DIST} on {day}, according to {Q}, a spokesman for {B}.",
    ],
    "clash": [
        "Fierce clashes broke out between {A} and {B} in {DIST} {when}.",
        "{A} clashed with {B} near {TOWN}, leaving at least {#3-30} fighters dead on both sides.",
        "Fighting between {A} and {B} has displaced more than {#2-90},000 people from {PROV} since {month}.",
        "{B} fought {A} for control of {ROAD} throughout the night, residents reported.",
        "Sporadic gunfire was heard in {CITY} as fighters of {A} and {B} exchanged fire across {RIVER}.",
        "Battles raged for a {second|third|fifth} week on the edges of {CITY}, where {A} and {B} are locked in a war of attrition.",
        "Renewed fighting erupted {when} between {A} and a local militia in {VIL}, a village on the road to {TOWN}.",
    ],
    "deploy": [
        "{B} deployed reinforcements to {CITY} and set up checkpoints on the roads leading to {TOWN}.",
        "{A} maintains a large presence in {REG}, where it has operated since {year}.",
        "Hundreds of {dem} troops are stationed at {FAC}, about {#5-40} km from {CITY}.",
        "{ORG} said it had deployed mobile clinics in {TOWN} and {VIL}.",
        "{FOR} has kept forces based in {REG} for years, a presence {GOV} has repeatedly criticised.",
        "Armoured vehicles belonging to {B} were seen entering {DIST} on {day}.",
    ],
    "displace": [
        "Thousands of families fled {TOWN} towards {CITY}, where many are sheltering in schools and mosques.",
        "{ORG} said more than {#2-90},000 people had been displaced from {PROV} to {REG} since the start of the month.",
        "Buses carrying {#100-900} fighters and their families left {DIST} for {CITY2} under the supervision of {MED}.",
        "Many of those who fled {CITY} crossed into {CTRY2}, where aid agencies say camps are already overcrowded.",
        "{ORG} evacuated {#10-200} patients from {FAC} to hospitals in {CITY2}.",
        "\"We walked for {two|three|four} days to reach {CITY},\" said {R}, who fled {VIL} with {#3-9} children.",
        "Displaced residents of {TOWN} have begun returning to their homes, though many found them looted.",
    ],
    "toll": [
        "The death toll rose to {#20-300}, including {#5-60} children, the {dem} health ministry said on {day}.",
        "{ORG} documented {#30-500} civilian deaths in {PROV} in {month}, up from {#10-200} the previous month.",
        "According to figures from {ORG}, {#1-9}.{#1-9} million people in {CTRY} need humanitarian assistance.",
        "Medical sources in {CITY} said {#2-40} bodies had been recovered from the rubble of a building in {DIST}.",
        "More than {#10-90} percent of the hospitals in {PROV} are out of service, {ORG} said.",
        "At least {#2-30} aid workers have been killed in {CTRY} since the fighting began, according to {ORG}.",
    ],
    "quote": [
        "\u201cWe will not allow {A} to return to {CITY},\u201d {Q}, a spokesman for {B}, told {MEDIA}.",
        "\"The situation in {TOWN} is catastrophic,\" said {R}, a resident who fled with {R?his|her} family on {day}.",
        "{P.title} {P} said in a televised speech that {B} would press on until {REG} was \"fully liberated\".",
        "In a statement posted on X, {A} said its fighters had \"repelled an attack\" on {TOWN}.",
        "\"There is no water, no electricity and no medicine,\" {R} told {MEDIA} by phone from {DIST}.",
        "{GOV} spokesman {Q} said the government was \"committed to protecting civilians\" in {PROV}.",
        "\u201cThe international community must act now,\u201d {ORG} said, calling for safe passage out of {CITY}.",
        "The governor of {PROV}, {GVR}, said that life was \"slowly returning to normal\" in {CITY}.",
        "Asked about the fighting in {TOWN}, {FORP} told reporters in {CAP} that {dem} officials had been warned.",
    ],
    "accuse": [
        "{B} accused {A} of using civilians in {CITY} as human shields.",
        "{ORG} accused both {A} and {B} of abuses that may amount to war crimes.",
        "{A} denied the accusations and blamed {B} for the attack on {FAC}.",
        "In a statement, {GOV} accused {FOR} of supplying {A} with weapons and fuel.",
        "Rights groups have accused {B} of arbitrary detentions in {DIST} and {VIL}.",
        "{A} accused {MED} of bias, saying the mediator had ignored violations by {B}.",
    ],
    "agree": [
        "The ceasefire, mediated by {MED}, was due to take effect at midnight on {date}.",
        "{MED} brokered a deal between {A} and {B} that provides for an exchange of prisoners and the reopening of {ROAD}.",
        "{A} and {B} signed an agreement in {CAP} on {date} to end the fighting in {PROV}.",
        "Talks hosted by {MED} in {CAP} ended without agreement on {day}, delegates said.",
        "Under the agreement with {GOV}, {A} will hand over {FAC} to {B} within {#3-30} days.",
        "{MED} said it was ready to mediate between {A} and {B} if both sides halted attacks on {CITY}.",
        "A previous truce agreed in {month} collapsed within {#2-10} days, with each side accusing the other of violations.",
        "Negotiators from {A} and {GOV} reached an understanding on the return of displaced people to {TOWN}, {MEDIA} reported.",
    ],
    "meet": [
        "{P} met {FORP} in {CAP} on {day} to discuss the situation in {PROV}.",
        "{FORP} held talks with {P} on ways to reopen aid routes into {CITY}.",
        "During the meeting, {P} and {FORP} discussed humanitarian access to {REG}.",
        "{P.title} {P} also met a delegation from {ORG}, which has called for an investigation into the killings in {VIL}.",
        "A {dem} delegation led by {P} arrived in {CAP} on {date} for meetings with {MED} officials.",
    ],
    "arrest": [
        "{B} arrested {#3-40} people in {DIST} on suspicion of links to {A}.",
        "Security forces detained {R}, a local journalist, at a checkpoint near {TOWN}, {ORG} said.",
        "{Q} was arrested by {B} in {CITY} in {month} and has not been seen since, his family said.",
        "{A} said it had captured {#2-20} {dem} soldiers during the fighting around {TOWN}.",
        "The {dem} interior ministry said it had detained a cell of {#3-12} men planning attacks in {CITY}.",
    ],
    "background": [
        "{A}, which is backed by {FOR}, has fought {B} since {year}.",
        "{UNIT}, a militia affiliated with {A}, was formed in {TOWN} in {year}.",
        "{TOWN} lies about {#10-80} km {dir} of {CITY}, the capital of {PROV}.",
        "{DIST}, a densely populated neighbourhood in {CITY}, has changed hands several times since the war began.",
        "The war in {CTRY} has killed tens of thousands of people and forced millions from their homes.",
        "{FAC}, in {CITY}, was the largest facility still operating in {PROV} before the latest fighting.",
        "{P}, the {P.title} of {A}, has not appeared in public since {month}.",
        "Community leaders representing {POP} in {REG} say they have been caught between {A} and {B}.",
        "Aid agencies have warned for months that supply lines into the area could be cut at any moment.",
        "Prices of flour and fuel in {CITY} have {doubled|tripled|risen sharply} since the road to {CITY2} was closed.",
        "Communications in much of {PROV} have been cut, making it difficult to verify accounts from the ground.",
        "{MEDIA} could not independently verify the claims made by either side.",
        "The {VIL} crossing, on {RIVER}, is one of the few points where civilians can still move between the two sides.",
    ],
}

AR = {
    "headline": [
        "{A} {A?يسيطر|تسيطر} على {TOWN} وسط تصاعد المعارك في {PROV}",
        "مقتل العشرات {ب+CITY} في قصف متبادل بين {A} {و+B}",
        "{B} {B?يعلن|تعلن} صد هجوم {ل+A} قرب {TOWN}",
        "آلاف النازحين يفرون من {TOWN} بعد تقدم {A}",
        "{MED} {MED?يدعو|تدعو} إلى مفاوضات لوقف إطلاق النار بين {A} {و+B}",
        "{ORG} {ORG?يحذر|تحذر} من مجاعة في {PROV}",
        "انسحاب {A} من {DIST} بموجب اتفاق برعاية {MED}",
        "{GOV} {GOV?يتهم|تتهم} {FOR} بتسليح {A}",
    ],
    "attack": [
        "{A?قصف|قصفت} {A} بلدة {TOWN} والقرى المحيطة بها في {PROV} {when}، ما أسفر عن مقتل {#3-10} مدنيين على الأقل، بحسب {MEDIA}.",
        "تعرضت مدينة {CITY} لقصف مدفعي عنيف مصدره مواقع {A} {dir} المدينة.",
        "واستهدفت طائرة مسيّرة سوقاً شعبياً {ب+CITY} {when}، وقالت مصادر طبية إن {#11-30} شخصاً قُتلوا.",
        "{A} {A?يهاجم|تهاجم} {FAC} لليوم {الثاني|الثالث|الرابع} على التوالي.",
        "وهاجم مسلحون من {A} قرية {VIL} {ب+PROV}، وأحرقوا عدداً من المنازل قبل أن ينسحبوا.",
        "{B?أعلن|أعلنت} {B} أن {B?قواته|قواتها} صدّت هجوماً {ل+A} على {DIST}.",
        "قُتل {#11-25} عنصراً من {B} في هجوم {ل+A} استهدف حاجزاً قرب {TOWN}.",
        "و{B?شن|شنت} {B} غارات جوية على مواقع {A} في محيط {TOWN}، وفق ما {ORG?أفاد|أفادت} {ORG}.",
        "وأفاد سكان {ب+CITY} بأن القذائف سقطت على أحياء سكنية {ب+DIST} منذ ساعات الصباح الأولى.",
        "وتعرّض {FAC} لقصف بـ{#3-10} قذائف على الأقل، ما اضطر الطواقم الطبية إلى نقل المرضى إلى الطابق السفلي.",
        "ونصب مسلحون يُعتقد أنهم ينتمون إلى {A} كميناً لدورية تابعة {ل+B} على الطريق المؤدي إلى {VIL}.",
    ],
    "control": [
        "{A?سيطر|سيطرت} {A} على {TOWN} بعد معارك عنيفة مع {B} استمرت {#3-9} أيام.",
        "و{A?بات|باتت} {A} {A?يسيطر|تسيطر} على معظم أنحاء {PROV}، بما في ذلك {TOWN} و{TOWN2}.",
        "وتخضع {TOWN} لسيطرة {A} منذ {month} {year}.",
        "و{B?استعاد|استعادت} {B} السيطرة على {DIST} وعدد من القرى المحيطة، بينها {VIL}.",
        "و{A?نشر|نشرت} {A} مقاطع مصورة تظهر {A?مقاتليه|مقاتليها} داخل {FAC} بعد حصار دام {#3-5} أيام.",
        "وقال شهود إن {A} {A?أحكم|أحكمت} {A?قبضته|قبضتها} على الجزء {الشرقي|الغربي|الشمالي|الجنوبي} من {CITY} مع حلول المساء.",
        "ويمنح سقوط {TOWN} {ل+A} السيطرة على جزء واسع من {ROAD}.",
        "وذكرت {MEDIA} أن {B} {B?انتزع|انتزعت} {FAC} من {A} في هجوم فجر {day}.",
    ],
    "withdraw": [
        "{A?انسحب|انسحبت} {A} من {TOWN} {when} إثر اشتباكات استمرت أياماً مع {B}.",
        "وأكد {Q}، المتحدث باسم {A}، انسحاب المقاتلين من {DIST} باتجاه {CITY2}.",
        "وبموجب الاتفاق، ينسحب مقاتلو {A} من {DIST} خلال {#3-10} أيام ويسلمون مواقعهم {ل+B}.",
        "وشوهدت قافلة من عشرات الآليات تغادر {TOWN} متجهة نحو {CITY2} قبيل الفجر.",
        "{A?وصف|وصفت} {A} {A?انسحابه|انسحابها} من {FAC} بأنه \"إعادة تموضع تكتيكية\" وليس هزيمة.",
        "واكتمل انسحاب {A} من {CITY} في {date}، بحسب ما أعلنت {GOV}.",
        "وطُرد عناصر {A} من قرية {VIL} على يد {B} بعد ليلة من المعارك العنيفة.",
        "{B?سحب|سحبت} {B} {B?قواته|قواتها} من أطراف {CITY} إلى خطوط جديدة قرب {TOWN}.",
    ],
    "clash": [
        "اندلعت اشتباكات عنيفة بين {A} {و+B} في {DIST} {when}.",
        "{A?اشتبك|اشتبكت} {A} مع {B} قرب {TOWN}، ما أدى إلى سقوط {#11-30} قتيلاً من الطرفين.",
        "وأدى القتال بين {A} {و+B} إلى نزوح أكثر من {#2-90} ألف شخص من {PROV} منذ {month}.",
        "وتدور معارك كرّ وفرّ بين الطرفين على {ROAD} منذ أسابيع.",
        "ولا تزال المواجهات مستمرة {ب+CITY} {و+محيط} {CITY2}، وفق مصادر محلية.",
        "وتبادل {A} {و+B} إطلاق النار عبر {RIVER} طوال الليل، بحسب سكان.",
        "وتجددت الاشتباكات {when} بين {A} وميليشيا محلية في قرية {VIL} على الطريق إلى {TOWN}.",
    ],
    "deploy": [
        "و{B?دفع|دفعت} {B} بتعزيزات عسكرية إلى {CITY} {B?ونشر|ونشرت} حواجز على الطرق المؤدية إلى {TOWN}.",
        "وينتشر مقاتلو {A} في {REG} منذ عام {year}.",
        "وتتمركز القوات {dem} في {FAC} الواقعة على بعد {#11-40} كيلومتراً من {CITY}.",
        "{ORG?قال|قالت} {ORG} {ORG?إنه|إنها} {ORG?نشر|نشرت} عيادات متنقلة في {TOWN} {و+VIL}.",
        "وتحتفظ {FOR} بقوات في {REG} منذ سنوات، وهو وجود طالما انتقدته {GOV}.",
        "وشوهدت مدرعات تابعة {ل+B} تدخل {DIST} يوم {day}.",
    ],
    "displace": [
        "وفرّت آلاف العائلات من {TOWN} باتجاه {CITY}، حيث لجأ كثيرون إلى المدارس والمساجد.",
        "{ORG?قال|قالت} {ORG} إن أكثر من {#2-90} ألف شخص نزحوا من {PROV} إلى {REG} منذ بداية الشهر.",
        "ووصلت حافلات تقل {#100-900} من المقاتلين وعائلاتهم إلى {CITY2} قادمة من {DIST} برعاية {MED}.",
        "{ORG?نقل|نقلت} {ORG} {#11-99} جريحاً من {FAC} إلى مستشفيات {CITY2}.",
        "ولجأ كثير من الفارين من {CITY} إلى {CTRY2} المجاورة، حيث تقول منظمات الإغاثة إن المخيمات مكتظة.",
        "{R?وقال|وقالت} {R}، {R?الذي|التي} فرّ{R?|ت} من {VIL} مع {R?أطفاله|أطفالها}: \"مشينا {يومين|ثلاثة أيام|أربعة أيام} حتى وصلنا إلى {CITY}\".",
        "وبدأ نازحو {TOWN} بالعودة إلى منازلهم، لكن كثيرين منهم وجدوها منهوبة.",
    ],
    "toll": [
        "وارتفعت حصيلة القتلى إلى {#20-300} بينهم {#11-60} طفلاً، بحسب وزارة الصحة {dem}.",
        "ووثّقت {ORG} مقتل {#30-500} مدني في {PROV} خلال شهر {month}.",
        "وقالت مصادر طبية {ب+CITY} إنه تم انتشال {#11-40} جثة من تحت أنقاض مبنى في {DIST}.",
        "وبحسب أرقام {ORG}، يحتاج {#3-9} ملايين شخص في {CTRY} إلى مساعدات إنسانية.",
        "وخرجت أكثر من {#10-90} في المئة من مستشفيات {PROV} عن الخدمة، وفق {ORG}.",
    ],
    "quote": [
        "وقال {Q}، المتحدث باسم {B}، لـ{MEDIA}: «لن نسمح {ل+A} بالعودة إلى {CITY}».",
        "{R?وقال|وقالت} {R}، {R?أحد|إحدى} سكان {TOWN}: \"الوضع كارثي، لا ماء ولا كهرباء ولا دواء\".",
        "وأضاف {P.title} {P} في كلمة متلفزة أن {B} {B?سيواصل|ستواصل} {B?عملياته|عملياتها} حتى \"تحرير\" {REG} بالكامل.",
        "{A?قال|قالت} {A} في بيان على منصة إكس إن {A?مقاتليه|مقاتليها} \"صدّوا هجوماً\" على {TOWN}.",
        "وقال المتحدث باسم {GOV} {Q} إن الحكومة \"ملتزمة بحماية المدنيين\" في {PROV}.",
        "«على المجتمع الدولي أن يتحرك الآن»، {ORG?قال|قالت} {ORG}، {ORG?داعياً|داعية} إلى فتح ممرات آمنة للخروج من {CITY}.",
        "وقال محافظ {PROV} {GVR} إن الحياة \"تعود تدريجياً إلى طبيعتها\" {ب+CITY}.",
        "وفي تصريح {ل+MEDIA}، أوضح {Q} أن {A} {A?يرفض|ترفض} أي تفاوض قبل انسحاب {B} من {TOWN}.",
    ],
    "accuse": [
        "{B?اتهم|اتهمت} {B} {A} باستخدام المدنيين دروعاً بشرية في {CITY}.",
        "{ORG?واتهم|واتهمت} {ORG} كلاً من {A} {و+B} بارتكاب انتهاكات قد ترقى إلى جرائم حرب.",
        "{A?نفى|نفت} {A} هذه الاتهامات {A?وحمّل|وحمّلت} {B} مسؤولية الهجوم على {FAC}.",
        "{GOV} {GOV?يتهم|تتهم} {FOR} بتزويد {A} بالأسلحة والوقود.",
        "ويتهم ناشطون {B} بشن حملة اعتقالات تعسفية في {DIST} {و+VIL}.",
    ],
    "agree": [
        "ومن المقرر أن يدخل وقف إطلاق النار، الذي تم التوصل إليه بوساطة {MED}، حيز التنفيذ منتصف ليل {date}.",
        "{A?توصل|توصلت} {A} {و+B} إلى اتفاق في {CAP} يقضي بتبادل الأسرى وإعادة فتح {ROAD}.",
        "ووقّع الطرفان اتفاقاً في {CAP} برعاية {MED} لإنهاء القتال في {PROV}.",
        "وانتهت المحادثات التي استضافتها {MED} في {CAP} {when} من دون التوصل إلى اتفاق.",
        "وبموجب الاتفاق مع {GOV}، {A?يسلم|تسلم} {A} {FAC} إلى {B} خلال {#11-30} يوماً.",
        "{MED?أبدى|أبدت} {MED} {MED?استعداده|استعدادها} للوساطة بين {A} {و+B} إذا أوقف الطرفان الهجمات على {CITY}.",
        "وكانت هدنة سابقة أُعلنت في {month} قد انهارت خلال {#3-10} أيام وسط اتهامات متبادلة بخرقها.",
    ],
    "meet": [
        "{P?التقى|التقت} {P} {FORP} في {CAP} {when}، وبحث الجانبان الأوضاع في {PROV}.",
        "واستقبل {P} في مكتبه {ب+CITY} وفداً من {ORG} برئاسة {Q}.",
        "وخلال اللقاء، ناقش {P} مع {FORP} سبل إيصال المساعدات إلى {REG}.",
        "ووصل وفد {dem_m} برئاسة {P} إلى {CAP} في {date} لإجراء محادثات مع مسؤولين من {MED}.",
    ],
    "arrest": [
        "{B?اعتقل|اعتقلت} {B} {#11-40} شخصاً في {DIST} بتهمة التعاون مع {A}.",
        "{R?واعتُقل الصحفي|واعتُقلت الصحفية} {R} عند حاجز قرب {TOWN}، بحسب {ORG}.",
        "{A?أعلن|أعلنت} {A} أسر {#11-20} جندياً خلال المعارك في محيط {TOWN}.",
        "وأعلنت وزارة الداخلية {dem} القبض على خلية من {#3-10} أشخاص كانوا يخططون لهجمات {ب+CITY}.",
        "ولا يزال مصير {Q} مجهولاً منذ أن {B?اعتقله|اعتقلته} {B} {ب+CITY} في {month}، بحسب عائلته.",
    ],
    "background": [
        "وتقاتل {A}، المدعومة من {FOR}، {B} منذ عام {year}.",
        "ويُعد {UNIT} التابع {ل+A} من أبرز التشكيلات المسلحة في {TOWN}.",
        "وتقع {TOWN} على بعد نحو {#11-80} كيلومتراً {dir} {CITY}، مركز {PROV}.",
        "ويُعد حي {DIST} من أكثر أحياء {CITY} اكتظاظاً بالسكان، وقد تبدلت السيطرة عليه مرات عدة.",
        "وأسفرت الحرب في {CTRY} عن مقتل عشرات الآلاف وتشريد الملايين.",
        "وكان {FAC} {ب+CITY} أكبر منشأة لا تزال تعمل في {PROV} قبل المعارك الأخيرة.",
        "ولم يظهر {P}، {P.of} {A}، علناً منذ {month}.",
        "ويقول وجهاء من {POP} في {REG} إنهم عالقون بين {A} {و+B}.",
        "وتحذر وكالات الإغاثة منذ أشهر من أن طرق الإمداد إلى المنطقة قد تُقطع في أي لحظة.",
        "وتضاعفت أسعار الطحين والوقود {ب+CITY} منذ إغلاق الطريق إلى {CITY2}.",
        "وتنقطع الاتصالات عن معظم أنحاء {PROV}، ما يصعّب التحقق من الروايات الواردة من الميدان.",
        "ولم يتسنَّ {ل+MEDIA} التحقق بشكل مستقل من روايات الطرفين.",
    ],
}

# Relative weight of each section after the lead paragraph.
SECTION_WEIGHTS = {"attack": 10, "control": 7, "withdraw": 5, "clash": 7, "deploy": 4, "displace": 6,
                   "toll": 5, "quote": 9, "accuse": 4, "agree": 5, "meet": 3, "arrest": 4, "background": 9}
LEAD_SECTIONS = ["attack", "control", "withdraw", "clash", "agree"]

# Title words for people: (English, Arabic with ال, Arabic construct "قائد X").
TITLES = [("commander", "القائد", "قائد"), ("leader", "الزعيم", "زعيم"), ("chief", "الرئيس", "رئيس"),
          ("spokesman", "المتحدث", "المتحدث باسم"), ("envoy", "المبعوث", "مبعوث"),
          ("field commander", "القائد الميداني", "القائد الميداني في"), ("head", "الرئيس", "رئيس")]


# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------

class Entity:
    """One nameable thing in both scripts: gazetteer entries and invented ones."""

    def __init__(self, en, ar, kind, etype, gender="m", definite=None, title=None):
        self.en = [n for n in en if n] or ["(unnamed)"]
        self.ar = [n for n in ar if n] or self.en
        self.kind = kind
        self.type = etype
        self.gender = gender
        self.definite = definite  # None: decided per name variant by en_needs_the
        self.title = title  # (en, ar) for persons, chosen per article


def en_needs_the(name, kind, etype):
    """Whether an English name takes "the" in running text (the SDF, Hamas, Aleppo)."""
    first = name.split()[0]
    if kind in ("person", "country", "city", "town", "district", "governorate", "population"):
        return kind == "country" and first in ("United", "Democratic", "Central", "Republic")
    if name[0].islower() or first.lower() in ("al", "al-", "el") or first.lower().startswith(("al-", "el-")):
        return False
    if "'" in name:
        return False
    words = name.split()
    acronym = name.isupper() and len(name) <= 6
    if kind == "media":
        return acronym or words[-1] in ("Agency", "Press", "Times", "Post", "Observatory", "Network", "Tribune")
    if " al-" in name or " el-" in name:
        return False
    if len(words) == 1:
        return (acronym and etype == "actor" and kind in ("armed_group", "government")) or \
               (not acronym and name.endswith("is") and etype == "actor")  # the Houthis, Hamas
    return True


def ar_gender(name, kind, etype):
    if kind == "person":
        return "m"
    if etype == "location":
        return "f"
    first = name.split()[0]
    if first in AR_FEMININE_HEADS or first.endswith("ة") or first.endswith("ات"):
        return "f"
    if " " not in name and not name.startswith("ال"):
        return "f"  # حماس، قسد: read as حركة/قوات
    return "m"


def country_of(e, by_id, depth=0):
    if e["type"] == "location":
        if e["kind"] == "country":
            return e["id"]
        parent = by_id.get(e.get("located_in", ""))
        return country_of(parent, by_id, depth + 1) if parent and depth < 12 else None
    return e.get("country")


class Gazetteer:
    """Gazetteer entries grouped into theatres (one per country with enough places)."""

    def __init__(self, schema_dir):
        files = sorted(glob.glob(os.path.join(schema_dir, "gazetteer", "*.json")))
        if not files:
            sys.exit(f"gen_corpus.py: no gazetteer files under {schema_dir}/gazetteer")
        raw = []
        for path in files:
            with open(path, encoding="utf-8") as f:
                raw.extend(json.load(f)["entities"])
        self.by_id = {e["id"]: e for e in raw}
        self.entities = {}
        self.by_country = {}
        self.global_pool = {}
        for e in raw:
            if e.get("common_noun"):
                continue
            ent = self._entity(e)
            self.entities[e["id"]] = ent
            c = country_of(e, self.by_id)
            key = (e["type"], e["kind"])
            if c:
                self.by_country.setdefault(c, {}).setdefault(key, []).append((e, ent))
            else:
                self.global_pool.setdefault(key, []).append((e, ent))
        self.theatres = []
        for c, pools in sorted(self.by_country.items()):
            places = sum(len(pools.get(("location", k), [])) for k in ("city", "town", "district"))
            actors = sum(len(v) for (t, _), v in pools.items() if t == "actor")
            if places >= 4 and actors >= 3 and c in self.entities:
                self.theatres.append((c, places + actors))

    def _entity(self, e):
        en = e.get("en") or []
        ar = e.get("ar") or []
        return Entity(en, ar, e["kind"], e["type"], ar_gender((ar or en)[0], e["kind"], e["type"]))

    def pool(self, country, etype, kind, role=None, exclude_role=None):
        items = self.by_country.get(country, {}).get((etype, kind), [])
        if role:
            items = [x for x in items if x[0].get("role") == role]
        if exclude_role:
            items = [x for x in items if x[0].get("role") not in exclude_role]
        return [ent for _, ent in items]

    def foreign(self, country, etype, kinds):
        out = []
        for c, pools in sorted(self.by_country.items()):
            if c == country:
                continue
            for k in kinds:
                out.extend(ent for _, ent in pools.get((etype, k), []))
        for k in kinds:
            out.extend(ent for _, ent in self.global_pool.get((etype, k), []))
        return out

    def global_kind(self, etype, kind):
        return [ent for _, ent in self.global_pool.get((etype, kind), [])]


# ---------------------------------------------------------------------------
# Invented names
# ---------------------------------------------------------------------------

def invent_person(rng, female=False):
    first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
    family = rng.choice([f for f in FAMILY_NAMES if f[0] != first[0]])
    en = f"{first[0]} {family[0]}"
    ar = f"{first[1]} {family[1]}"
    return Entity([en], [ar], "person", "actor", "f" if female else "m")


def invent_village(rng):
    p, s = rng.choice(PLACE_PREFIXES), rng.choice(PLACE_STEMS)
    return Entity([f"{p[0]} {s[0]}"], [f"{p[1]} {s[1]}"], "town", "location", "f", definite=False)


def invent_district(rng):
    s = rng.choice(PLACE_STEMS)
    stem_en = s[0] if s[0].startswith("al-") else "al-" + s[0]
    stem_ar = s[1] if s[1].startswith("ال") else "ال" + s[1]
    return Entity([f"{stem_en} neighbourhood"], [f"حي {stem_ar}"], "district", "location", "m", definite=True)


def invent_unit(rng, city):
    choice = rng.randrange(3)
    if choice == 0:
        n, ar_ord = rng.choice(ORDINALS)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return Entity([f"{n}{suffix} Brigade"], [f"اللواء {ar_ord}"], "armed_group", "actor", "m", definite=True)
    if choice == 1:
        g = rng.choice(GROUP_STEMS)
        return Entity([f"{g[0]} of {city.en[0]} Brigade"], [f"لواء {g[1]} {city.ar[0]}"], "armed_group",
                      "actor", "m", definite=True)
    fam = rng.choice(FAMILY_NAMES)
    return Entity([f"Martyr {fam[0]} Battalion"], [f"كتيبة الشهيد {fam[1]}"], "armed_group", "actor", "f",
                  definite=True)


def invent_road(rng, a, b):
    return Entity([f"{a.en[0]}-{b.en[0]} road"], [f"طريق {a.ar[0]} - {b.ar[0]}"], "route", "location", "m",
                  definite=True)


# ---------------------------------------------------------------------------
# One article
# ---------------------------------------------------------------------------

def pick(rng, items, fallback=None, avoid=()):
    items = [x for x in items if x not in avoid]
    return rng.choice(items) if items else fallback


def cast_for(gaz, rng, country):
    """The people, groups and places one article is about."""
    partners = [p for p in THEATRE_PARTNERS.get(country, []) if p in gaz.by_country]
    armed = gaz.pool(country, "actor", "armed_group", exclude_role=("army",))
    armies = gaz.pool(country, "actor", "armed_group", role="army")
    partner_armed = [e for p in partners for e in gaz.pool(p, "actor", "armed_group")]

    c = {}
    cities = gaz.pool(country, "location", "city")
    towns = gaz.pool(country, "location", "town")
    c["CTRY"] = gaz.entities[country]
    c["CITY"] = pick(rng, cities) or invent_village(rng)
    c["CITY2"] = pick(rng, cities, avoid=(c["CITY"],)) or pick(rng, towns) or invent_village(rng)
    c["TOWN"] = pick(rng, towns) if towns and rng.random() < 0.75 else invent_village(rng)
    c["TOWN2"] = pick(rng, towns, avoid=(c["TOWN"],)) if towns and rng.random() < 0.6 else invent_village(rng)
    c["VIL"] = invent_village(rng)
    c["DIST"] = pick(rng, gaz.pool(country, "location", "district")) if rng.random() < 0.7 else None
    c["DIST"] = c["DIST"] or invent_district(rng)
    c["FAC"] = pick(rng, gaz.pool(country, "location", "facility")) or \
        Entity([f"{c['CITY'].en[0]} hospital"], [f"مستشفى {c['CITY'].ar[0]}"], "facility", "location", "m", True)
    c["PROV"] = pick(rng, gaz.pool(country, "location", "governorate")) or \
        pick(rng, gaz.pool(country, "location", "region")) or c["CTRY"]
    c["REG"] = pick(rng, gaz.pool(country, "location", "region")) or c["PROV"]
    stem = rng.choice(PLACE_STEMS)
    c["RIVER"] = pick(rng, gaz.pool(country, "location", "water")) or \
        Entity([f"Wadi {stem[0]}"], [f"وادي {stem[1]}"], "water", "location", "m", definite=False)
    routes = gaz.pool(country, "location", "route")
    c["ROAD"] = pick(rng, routes) if routes and rng.random() < 0.5 else invent_road(rng, c["CITY"], c["CITY2"])
    c["CTRY2"] = pick(rng, [gaz.entities[x] for x in NEIGHBOURS.get(country, ["egypt", "jordan", "turkey"])
                            if x in gaz.entities], avoid=(c["CTRY"],))
    c["CAP"] = pick(rng, [gaz.entities[x] for x in TALKS_CITIES if x in gaz.entities]) or c["CITY2"]

    c["A"] = pick(rng, armed) or invent_unit(rng, c["CITY"])
    b_pool = armies + (partner_armed if rng.random() < 0.4 else []) + ([] if armies else armed)
    c["B"] = pick(rng, b_pool, avoid=(c["A"],)) or invent_unit(rng, c["CITY2"])
    c["UNIT"] = invent_unit(rng, c["TOWN"])
    c["GOV"] = pick(rng, gaz.pool(country, "actor", "government", role="government")) or \
        pick(rng, gaz.pool(country, "actor", "government")) or c["B"]
    c["P"] = pick(rng, gaz.pool(country, "actor", "person")) or invent_person(rng)
    c["Q"] = invent_person(rng)
    c["R"] = invent_person(rng, female=rng.random() < 0.3)
    c["GVR"] = invent_person(rng)
    mediators = [gaz.entities[x] for x in MEDIATOR_STATES if x in gaz.entities and x != country] + \
        gaz.global_kind("actor", "organization")[:12]
    c["MED"] = pick(rng, mediators)
    c["FOR"] = pick(rng, [e for p in partners for e in gaz.pool(p, "actor", "government")] or
                    gaz.foreign(country, "actor", ["government"]))
    c["FORP"] = pick(rng, gaz.foreign(country, "actor", ["person"]))
    local_media = gaz.pool(country, "actor", "media")
    c["MEDIA"] = pick(rng, local_media) if local_media and rng.random() < 0.5 else \
        pick(rng, gaz.global_kind("actor", "media") + gaz.foreign(country, "actor", ["media"]))
    local_orgs = gaz.pool(country, "actor", "organization")
    c["ORG"] = pick(rng, local_orgs) if local_orgs and rng.random() < 0.4 else \
        pick(rng, gaz.global_kind("actor", "organization") + gaz.foreign(country, "actor", ["organization"]))
    c["POP"] = pick(rng, gaz.pool(country, "actor", "population")) or \
        Entity(["Local"], ["السكان المحليين"], "population", "actor", "m", False)
    for k, v in list(c.items()):
        if v is None:
            c[k] = invent_village(rng) if k in ("RIVER", "CTRY2", "CAP") else invent_person(rng)
    for k in ("P", "FORP", "Q", "GVR", "R"):
        c[k].title = rng.choice(TITLES)
    return c


class Writer:
    """Fills templates for one article in one language."""

    PLACEHOLDER = re.compile(r"\{([^{}]+)\}")

    def __init__(self, lang, cast, rng, date, demonyms):
        self.lang = lang
        self.cast = cast
        self.rng = rng
        self.date = date
        self.demonyms = demonyms  # (English adjective, Arabic masculine singular without ال)
        self.seen = set()
        self.sentence_names = {}
        self.indic_digits = lang == "ar" and rng.random() < 0.2
        self.levant_months = rng.random() < 0.5
        self.month_style = rng.randrange(3)

    # Names -----------------------------------------------------------------
    def name(self, slot):
        """The name a slot has in the current sentence (one variant per sentence)."""
        if slot not in self.sentence_names:
            self.sentence_names[slot] = self.pick_name(slot)
        return self.sentence_names[slot]

    def gender(self, slot):
        e = self.cast[slot]
        if self.lang != "ar" or e.kind == "person":
            return e.gender
        return ar_gender(self.name(slot), e.kind, e.type)

    def pick_name(self, slot):
        e = self.cast[slot]
        names = e.en if self.lang == "en" else e.ar
        if id(e) not in self.seen or len(names) == 1 or self.rng.random() < 0.55:
            self.seen.add(id(e))
            n = names[0]
        else:
            n = self.rng.choice(names[1:])
        if self.lang == "en":
            definite = en_needs_the(n, e.kind, e.type) if e.definite is None else e.definite
            return "the " + n if definite else n
        if self.rng.random() < 0.08:  # careless hamza, as in much real Arabic text
            n = n.replace("أ", "ا").replace("إ", "ا")
        return n

    @staticmethod
    def attach(proclitic, word):
        proclitic = proclitic.replace("ـ", "")
        if proclitic.endswith("ل") and word.startswith("ال"):
            return proclitic + word[1:]  # ل + الجيش -> للجيش
        return proclitic + word

    # Numbers and dates -----------------------------------------------------
    def number(self, lo, hi):
        n = str(self.rng.randint(lo, hi))
        return n.translate(AR_INDIC) if self.indic_digits else n

    def month_name(self, m):
        if self.lang == "en":
            return EN_MONTHS[m - 1]
        if self.month_style == 0:
            return AR_MONTHS_WEST[m - 1]
        if self.month_style == 1:
            return AR_MONTHS_LEVANT[m - 1]
        return f"{AR_MONTHS_WEST[m - 1]}/{AR_MONTHS_LEVANT[m - 1]}"

    def date_phrase(self):
        d = self.date - datetime.timedelta(days=self.rng.randint(0, 20))
        day = self.number(d.day, d.day)
        if self.lang == "en":
            return f"{d.day} {EN_MONTHS[d.month - 1]}" if self.month_style else f"{EN_MONTHS[d.month - 1]} {d.day}"
        return f"{day} {self.month_name(d.month)}"

    def special(self, key):
        rng = self.rng
        en = self.lang == "en"
        if key == "when":
            wd = rng.randrange(7)
            opts = [f"on {EN_WEEKDAYS[wd]}", f"late on {EN_WEEKDAYS[wd]}", "overnight", "earlier this week",
                    f"on {EN_WEEKDAYS[wd]} morning", "in recent days"] if en else \
                [f"يوم {AR_WEEKDAYS[wd]}", f"مساء {AR_WEEKDAYS[wd]}", "ليل أمس", "في وقت سابق هذا الأسبوع",
                 f"صباح {AR_WEEKDAYS[wd]}", "خلال الأيام الماضية", "فجر اليوم"]
            return rng.choice(opts)
        if key == "day":
            return rng.choice(EN_WEEKDAYS if en else AR_WEEKDAYS)
        if key == "date":
            return self.date_phrase()
        if key == "month":
            return self.month_name(rng.randint(1, 12))
        if key == "year":
            return self.number(2011, self.date.year - 1)
        if key == "dir":
            return rng.choice(["north", "south", "east", "west", "northeast", "southwest"]) if en else \
                rng.choice(["شمال", "جنوب", "شرق", "غرب", "شمال شرق", "جنوب غرب"])
        if key in ("dem", "dem_m"):
            dem = self.demonyms
            if en:
                return dem[0]
            return "ال" + dem[1] + ("ة" if key == "dem" else "")
        return None

    # Filling ---------------------------------------------------------------
    def fill(self, template):
        def repl(m):
            tok = m.group(1)
            if tok.startswith("#"):
                lo, hi = tok[1:].split("-")
                return self.number(int(lo), int(hi))
            if "?" in tok:
                slot, forms = tok.split("?", 1)
                masc, fem = forms.split("|")
                return fem if self.gender(slot) == "f" else masc
            if "+" in tok:
                pro, slot = tok.split("+", 1)
                word = self.name(slot) if slot in self.cast else slot
                return self.attach(pro, word)
            if tok.endswith((".title", ".of")):
                slot, form = tok.split(".")
                t = self.cast[slot].title
                return t[0] if self.lang == "en" else t[1 if form == "title" else 2]
            if tok in self.cast:
                return self.name(tok)
            s = self.special(tok)
            if s is not None:
                return s
            if "|" in tok:
                return self.rng.choice(tok.split("|"))
            raise KeyError(f"unknown placeholder {{{tok}}} in: {template}")

        self.sentence_names = {}
        s = self.PLACEHOLDER.sub(repl, template)
        if self.lang == "ar":
            s = AR_REPEATED_CUE.sub(r"\1\2", s)  # قرية {VIL} with VIL = "قرية ..." -> one قرية
        s = s.replace("لـ+", "لـ").replace("  ", " ")
        if self.lang == "en" and s[:1].islower():
            s = s[0].upper() + s[1:]
        if self.lang == "ar" and self.rng.random() < 0.05:
            s = s.replace("أ", "ا").replace("إ", "ا")
        return s


def word_count(text):
    return len(text.split())


def make_article(gaz, rng, lang, index, seed, theatres, weights, start, span_days):
    country = rng.choices(theatres, weights=weights)[0]
    date = start + datetime.timedelta(days=rng.randrange(span_days))
    cast = cast_for(gaz, rng, country)
    dem = gaz.by_id[country].get("demonyms", {})
    w = Writer(lang, cast, rng, date, ((dem.get("en") or [cast["CTRY"].en[0]])[0], (dem.get("ar") or ["محلي"])[0]))
    T = EN if lang == "en" else AR
    target = rng.randint(150, 560)

    paragraphs = []
    if rng.random() < 0.7:
        paragraphs.append(w.fill(rng.choice(T["headline"])))
    first = rng.choice(T[rng.choice(LEAD_SECTIONS)])
    second = rng.choice(T["background"] + T["quote"])
    used = {first, second}
    lead = [w.fill(first)]
    if lang == "en" and rng.random() < 0.3:
        lead[0] = f"{cast['CITY'].en[0].upper()} ({w.name('MEDIA')}) \u2014 " + lead[0]
    elif lang == "ar" and rng.random() < 0.3:
        lead[0] = f"{cast['CITY'].ar[0]} - {w.name('MEDIA')}: " + lead[0]
    lead.append(w.fill(second))
    paragraphs.append(" ".join(lead))

    sections = list(SECTION_WEIGHTS)
    words = sum(word_count(p) for p in paragraphs)
    while words < target:
        open_sections = [x for x in sections if any(t not in used for t in T[x])]
        if not open_sections:
            break
        section = rng.choices(open_sections, weights=[SECTION_WEIGHTS[x] for x in open_sections])[0]
        sentences = []
        for _ in range(rng.choice((1, 2, 2, 3))):
            fresh = [t for t in T[section] if t not in used]
            if not fresh:
                break
            tpl = rng.choice(fresh)
            used.add(tpl)
            sentences.append(w.fill(tpl))
        paragraphs.append(" ".join(sentences))
        words += word_count(paragraphs[-1])
    while words > 600 and len(paragraphs) > 2:
        words -= word_count(paragraphs.pop())
    return {
        "id": f"bench-{lang}-{seed}-{index:06d}",
        "text": "\n\n".join(paragraphs),
        "date": date.isoformat(),
        "lang": lang,
    }


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=10000, help="articles in all (default 10000)")
    ap.add_argument("--out", default="bench-corpus", help="output directory (default ./bench-corpus)")
    ap.add_argument("--seed", type=int, default=20240611, help="random seed (default 20240611)")
    ap.add_argument("--per-file", type=int, default=1000, help="articles per JSON Lines file (default 1000)")
    ap.add_argument("--txt", type=int, default=None,
                    help="how many of the articles go to plain .txt files (default count/500, at most 20)")
    ap.add_argument("--schema", default=DEFAULT_SCHEMA, help="graph_schemas directory (default: the repository's)")
    args = ap.parse_args(argv)
    if args.count < 1 or args.per_file < 1:
        ap.error("--count and --per-file must be positive")
    txt_count = min(20, args.count // 500) if args.txt is None else max(0, min(args.txt, args.count))

    gaz = Gazetteer(args.schema)
    if not gaz.theatres:
        sys.exit("gen_corpus.py: the gazetteer has no country with enough places and actors")
    theatres = [c for c, _ in gaz.theatres]
    weights = [w for _, w in gaz.theatres]
    rng = random.Random(args.seed)
    start = datetime.date(2023, 1, 1)
    span = (datetime.date(2025, 12, 31) - start).days

    os.makedirs(os.path.join(args.out, "txt"), exist_ok=True)
    for old in glob.glob(os.path.join(args.out, "*.jsonl")) + glob.glob(os.path.join(args.out, "txt", "*.txt")):
        os.remove(old)

    counts = {"en": 0, "ar": 0}
    files = {}
    total_bytes = 0
    words = []

    class Out:
        def __init__(self, *a, **k):
            self._f = open(*a, **k)
            self.lines = 0

        def write(self, s):
            self._f.write(s)

        def close(self):
            self._f.close()

    for i in range(args.count):
        lang = "en" if rng.random() < 0.5 else "ar"
        art = make_article(gaz, rng, lang, i, args.seed, theatres, weights, start, span)
        counts[lang] += 1
        words.append(word_count(art["text"]))
        if i < txt_count:
            crlf = i % 4 == 3
            body = f"date {art['date']}\n\n{art['text']}\n"
            if crlf:
                body = body.replace("\n", "\r\n")
            data = body.encode("utf-8")
            with open(os.path.join(args.out, "txt", f"{art['id']}.txt"), "wb") as f:
                f.write(data)
        else:
            rec = dict(art)
            if rng.random() < 0.1:
                del rec["lang"]  # some feeds do not say; akg detects the script
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            data = line.encode("utf-8")
            f = files.get(lang)
            if f is None or f.lines == args.per_file:
                if f:
                    f.close()
                n = counts.get(lang + "_files", 0)
                counts[lang + "_files"] = n + 1
                f = Out(os.path.join(args.out, f"{lang}-{n:03d}.jsonl"), "w", encoding="utf-8", newline="\n")
                files[lang] = f
            f.write(line)
            f.lines += 1
        total_bytes += len(data)
    for f in files.values():
        f.close()

    words.sort()
    print(f"gen_corpus.py: {args.count} articles ({counts['en']} English, {counts['ar']} Arabic; "
          f"{txt_count} as .txt), {total_bytes} bytes ({total_bytes / 1e6:.1f} MB) in {args.out}; "
          f"words per article min {words[0]} median {words[len(words) // 2]} max {words[-1]}")


if __name__ == "__main__":
    main(sys.argv[1:])
