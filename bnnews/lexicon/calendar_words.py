"""Month, weekday, day-part and era words used in date lines (bangla.md §2-§6)."""

# Gregorian months: number -> spellings seen in Bangla news (bangla.md §2.1,
# formats.md §6.7), CLDR abbreviations, and the English names used on
# Bangla pages.
MONTHS = {
    1: ["জানুয়ারি", "জানুয়ারী", "জানুআরি", "জানু", "January", "Jan", "JANUARY"],
    2: ["ফেব্রুয়ারি", "ফেব্রুয়ারী", "ফেব্রুারি", "ফেব্রুয়ারি", "ফেব্রু", "ফেব",
        "February", "Feb", "FEBRUARY"],
    3: ["মার্চ", "March", "Mar", "MARCH"],
    4: ["এপ্রিল", "এপ্রি", "April", "Apr", "APRIL"],
    5: ["মে", "May", "MAY"],
    6: ["জুন", "June", "Jun", "JUNE"],
    7: ["জুলাই", "জুল", "July", "Jul", "JULY"],
    # Not CLDR's আগ: with a case ending it would read আগে ("before") as August.
    8: ["আগস্ট", "আগষ্ট", "অগাস্ট", "অগস্ট", "ওগষ্ট", "আগাস্ট", "August", "Aug",
        "AUGUST"],
    9: ["সেপ্টেম্বর", "সেপ্টেম্বার", "সেপ্টম্বর", "সেপ্তেম্বর", "সেপ্টেঃ", "সেপ্টে", "সেপ্ট", "সেপ",
        "September", "Sept", "Sep", "SEPTEMBER"],
    10: ["অক্টোবর", "অক্টোবার", "অক্টবর", "ওক্তোবর", "অক্টোঃ", "অক্টো", "October",
         "Oct", "OCTOBER"],
    11: ["নভেম্বর", "নবেম্বর", "নভেম্বার", "নভম্বের", "নভেঃ", "নভে", "November", "Nov",
         "NOVEMBER"],
    12: ["ডিসেম্বর", "ডিসেম্বার", "ডিসেম্মর", "ডিসম্বর", "ডিসম্বের", "ডিসেঃ", "ডিসে", "December", "Dec",
         "DECEMBER"],
}

# ISO weekday (Monday = 0, as datetime.weekday()) -> spellings.
WEEKDAYS = {
    0: ["সোমবার", "Monday", "Mon"],
    1: ["মঙ্গলবার", "Tuesday", "Tue"],
    2: ["বুধবার", "Wednesday", "Wed"],
    3: ["বৃহস্পতিবার", "বিষ্যুদবার", "বিষুদবার", "বেস্পতিবার", "বৃহষ্পতিবার", "বৃহঃস্পতিবার",
        "Thursday", "Thu"],
    4: ["শুক্রবার", "শুক্কুরবার", "Friday", "Fri"],
    5: ["শনিবার", "Saturday", "Sat"],
    6: ["রবিবার", "রোববার", "Sunday", "Sun"],
}

# Day-part words and the rule that turns "<part> h" into a 24-hour clock
# (bangla.md §4.1-§4.2). Rules: "am", "pm", "night", "noon", "morning".
DAY_PARTS = {
    "am": ["এএম", "এ.এম.", "এ.এম", "এ এম", "AM", "am", "A.M.", "a.m.",
           "পূর্বাহ্ণ", "পূর্বাহ্ন", "পূর্বাহ্‌ন"],
    "pm": ["পিএম", "পি.এম.", "পি.এম", "পি এম", "PM", "pm", "P.M.", "p.m.",
           "অপরাহ্ণ", "অপরাহ্ন", "অপরাহ্‌ন", "বিকাল", "বিকেল", "সন্ধ্যা", "সন্ধ্যায়",
           "বিকালে", "বিকেলে",
           # West Bengal's spellings of সন্ধ্যা (`সন্ধে ৭টা`, `সন্ধ্যে সাতটায়`)
           "সন্ধে", "সন্ধেয়", "সন্ধ্যে", "সন্ধ্যেয়", "সন্ধেবেলা", "সন্ধ্যেবেলা",
           # the long forms of bangla.md §4.2 (`সন্ধ্যাবেলা ৬টা`, formal `সায়াহ্ন ৬টা`)
           "সন্ধ্যাবেলা", "সায়াহ্ন", "বিকেলবেলা", "বিকালবেলা"],
    # মধ্যরাত ১২টা is 00:00 as রাত ১২টা is (bangla.md §4.1: midnight).
    "night": ["রাত", "রাতে", "রাত্রি", "রাত্তির", "রাত্তিরে", "দিবাগত রাত", "মধ্যরাত", "মধ্যরাতে", "মাঝরাত", "মাঝরাতে",
              "গভীর রাত", "গভীর রাতে"],
    "noon": ["দুপুর", "দুপুরে", "মধ্যাহ্ন", "বেলা", "দুপুরবেলা"],
    "morning": ["ভোর", "ভোরে", "সকাল", "সকালে", "ভোররাত", "ভোররাতে", "শেষ রাত", "শেষ রাতে", "শেষরাতে",
                "ভোরবেলা", "সকালবেলা", "প্রভাত"],
}

# The part of the day a date names without a clock (`বৃহস্পতিবার সকালে`,
# `গতকাল রাতে`, `Tuesday night`), by name; the stems take the inflections
# of dates.patterns (সকালে, সন্ধ্যায়, রাতের দিকে, সকালবেলা).
DAY_PART_NAMES = {
    # `বাদ জোহর` (after the noon prayer): a funeral's or a meeting's time, by the prayer.
    "dawn": ["ভোর", "ভোররাত", "শেষরাত", "শেষ রাত", "প্রত্যুষ", "ফজর", "বাদ ফজর", "dawn"],
    "morning": ["সকাল", "সকালবেলা", "প্রভাত", "morning"],
    "noon": ["দুপুর", "দুপুরবেলা", "মধ্যাহ্ন", "noon", "midday"],
    "afternoon": ["বিকেল", "বিকাল", "বিকেলবেলা", "অপরাহ্ণ", "অপরাহ্ন", "বাদ জোহর", "বাদ যোহর", "বাদ জুমা",
                  "বাদ জুমআ", "বাদ আসর", "afternoon"],
    "evening": ["সন্ধ্যা", "সন্ধ্যাবেলা", "সায়াহ্ন", "সন্ধে", "সন্ধ্যে", "সন্ধেবেলা", "সন্ধ্যেবেলা", "বাদ মাগরিব",
                "evening"],
    "night": ["রাত", "রাত্রি", "রাত্র", "রাত্তির", "দিবাগত রাত", "দিনগত রাত", "গভীর রাত", "মধ্যরাত", "মাঝরাত",
              "দিবাগত মধ্যরাত", "দিবাগত গভীর রাত", "দিনগত মধ্যরাত", "বাদ এশা", "বাদ ইশা",
              "night", "midnight", "late night"],
}

# Fraction words before a spoken hour (bangla.md §4.3), as (hours, minutes):
# সাড়ে ১০টা is 10:30, পৌনে ১১টা is 10:45.
TIME_FRACTIONS = {(0, 30): ["সাড়ে"], (0, 15): ["সোয়া", "সওয়া"], (-1, 45): ["পৌনে"]}

# Bangla-calendar months (bangla.md §5.1) and Hijri months (§6.1), with the
# era words. In a date line they mark a site clock or a masthead date.
BANGLA_MONTH_NUM = {
    1: ["বৈশাখ", "বোশেখ"], 2: ["জ্যৈষ্ঠ", "জৈষ্ঠ", "জষ্টি"], 3: ["আষাঢ়", "আষাড়"],
    4: ["শ্রাবণ", "শ্রাবন", "শাওন"], 5: ["ভাদ্র", "ভাদর"], 6: ["আশ্বিন", "আশিন"],
    7: ["কার্তিক", "কার্ত্তিক"], 8: ["অগ্রহায়ণ", "অগ্রহায়ন", "অঘ্রাণ", "অঘ্রান"], 9: ["পৌষ"],
    10: ["মাঘ"], 11: ["ফাল্গুন", "ফাগুন"], 12: ["চৈত্র", "চৈত", "চোত"],
}
HIJRI_MONTH_NUM = {
    1: ["মহররম", "মুহররম", "মুহাররম", "মহরম"], 2: ["সফর", "ছফর"],
    3: ["রবিউল আউয়াল", "রবিউল আওয়াল"],
    4: ["রবিউস সানি", "রবিউস সানী", "রবিউল সানি", "রবিউল আখির", "রবিউস আখির"],
    5: ["জমাদিউল আউয়াল", "জমাদিউল আওয়াল", "জামাদিউল আউয়াল", "জুমাদাল আউয়াল", "জুমাদাল উলা",
        "জুমাদাল ঊলা", "জমাদিউল উলা"],
    6: ["জমাদিউস সানি", "জমাদিউস সানী", "জমাদিউল সানি", "জামাদিউস সানি", "জুমাদাস সানি",
        "জুমাদাস সানী", "জমাদিউল আখির", "জুমাদাল আখিরা", "জুমাদাল আখিরাহ", "জুমাদাল উখরা"],
    7: ["রজব"], 8: ["শাবান", "শা'বান", "শা‘বান"], 9: ["রমজান", "রমযান", "রামাদান", "রমাদান"],
    10: ["শাওয়াল", "শওয়াল"],
    11: ["জিলকদ", "জিলক্বদ", "জ্বিলকদ", "জ্বিলক্বদ", "যিলকদ", "জুলকাদা", "জুল কাইদাহ"],
    12: ["জিলহজ", "জিলহজ্জ", "জিলহজ্ব", "জ্বিলহজ্জ", "যিলহজ", "জুল হিজ্জাহ"],
}
BANGLA_MONTHS = [w for ws in BANGLA_MONTH_NUM.values() for w in ws]
# The six seasons, two Bangla months each (bangla.md §5.1), by their first
# month: গ্রীষ্ম is বৈশাখ-জ্যৈষ্ঠ, শীত is পৌষ-মাঘ. (শরৎ takes শরতে in the locative.)
SEASONS = {1: ["গ্রীষ্ম"], 3: ["বর্ষা"], 5: ["শরৎ", "শরত"], 7: ["হেমন্ত"], 9: ["শীত"], 11: ["বসন্ত"]}
# Before a season: which one (`গত শীতে`, `এবারের বর্ষায়`, `আগামী বসন্তে`). A
# season alone tells what is usual (`শীতে কুয়াশা পড়ে`) or the weather (`শীত পড়েছে`).
SEASON_REL = ["এবার", "এবারের", "এবারকার"]
# The same seasons on English pages of Bangladesh (`last winter`, `this
# monsoon`): the Bangla months they name there. (Not autumn or fall, whose
# months differ from শরৎ's.)
SEASONS_EN = {1: ["summer"], 3: ["monsoon", "rainy season"], 9: ["winter"], 11: ["spring"]}
SEASON_REL_EN = {"past": ["last", "Last"], "next": ["next", "Next", "coming", "upcoming"],
                 "this": ["this", "This"]}
HIJRI_MONTHS = [w for ws in HIJRI_MONTH_NUM.values() for w in ws]
ERA_WORDS = ["বঙ্গাব্দ", "হিজরি", "হিজরী", "হিঃ", "হি.", "ফসলী সন", "শামসী সন"]
BANGLA_ERA = ["বঙ্গাব্দ", "বাংলা সন", "সন", "বাং"]
HIJRI_ERA = ["হিজরি", "হিজরী", "হিঃ", "হি.", "হিজরি সন", "হিজরী সন"]
GREGORIAN_ERA = ["খ্রিস্টাব্দ", "খ্রিষ্টাব্দ", "খ্রীষ্টাব্দ", "খ্রীস্টাব্দ", "খ্রি.", "খ্রিঃ", "খ্রি:", "খ্রি",
                 "ইং", "ইংরেজি", "ইংরেজী"]
# Before Christ (bangla.md §2.3): after the year (`৩২৭ খ্রিস্টপূর্বাব্দে`, `৫০০ খ্রি.পূ.`)
# or, the long forms, before it (`খ্রিস্টপূর্ব ৩২৭ সালে`).
BC_ERA = ["খ্রিস্টপূর্বাব্দ", "খ্রিষ্টপূর্বাব্দ", "খ্রীষ্টপূর্বাব্দ", "খ্রিস্টপূর্ব", "খ্রিষ্টপূর্ব", "খ্রীষ্টপূর্ব",
          "খ্রি.পূ.", "খ্রি. পূ.", "খ্রি.পূ", "খ্রিঃপূঃ", "খ্রিঃ পূঃ"]

# Labels in front of a date line (formats.md §6, "Suggested label set").
PUBLISHED_LABELS = [
    "প্রকাশিত হয়েছে", "প্রকাশের তারিখ", "প্রকাশের সময়", "প্রকাশন তারিখ", "প্রকাশিত",
    "প্রকাশ", "প্রকাশকাল", "প্রকাশ সময়", "আপলোড সময়", "আপলোড করা হয়েছে", "আপলোড",
    "পোস্ট করা হয়েছে", "পোস্ট", "তারিখ", "Published on", "Published", "Publish",
    "Posted on", "Posted", "Date",
    "আপলোডের সময়", "আপলোডের তারিখ", "পোস্টের সময়", "পোস্টের তারিখ", "পোস্ট সময়", "Post Time", "Post time",
    "Published at", "Publish Date", "Published Date", "Created on", "Created",
    # an edition's name before its date (`মুদ্রিত সংস্করণ: DATE`, `অনলাইন সংস্করণ: DATE`)
    "অনলাইন সংস্করণ", "মুদ্রিত সংস্করণ", "প্রিন্ট সংস্করণ", "ছাপা সংস্করণ",
    # the story named before the label (`সংবাদ প্রকাশের সময়: DATE`): no byline's word
    "সংবাদ প্রকাশের সময়", "সংবাদ প্রকাশের তারিখ", "সংবাদ প্রকাশ", "খবর প্রকাশের সময়", "নিউজ প্রকাশের সময়",
    "সংবাদটি প্রকাশিত হয়েছে", "প্রতিবেদনটি প্রকাশিত হয়েছে",
]
# Words before `তারিখ` that name whose date it is, no page's (a deadline's
# `শেষ তারিখ`, a birth's, an event's: `পরীক্ষার তারিখ: DATE` under a title).
DATE_OF_WORDS = ["শেষ", "জন্ম", "মৃত্যু", "নির্ধারিত", "পরবর্তী", "নতুন", "সম্ভাব্য", "পরীক্ষার", "নির্বাচনের", "ভোটের",
                 "ভোটগ্রহণের", "ভর্তির", "আবেদনের", "শুনানির", "রায়ের", "অনুষ্ঠানের", "উদ্বোধনের", "খেলার", "ম্যাচের",
                 "মুক্তির", "জমার", "যোগদানের", "নিবন্ধনের", "ফলাফলের", "ফল প্রকাশের"]
# Words in the genitive before `তারিখ` whose date is the page's own (`প্রকাশের
# তারিখ:`): any other genitive names an event's date (`সমাবেশের তারিখ: DATE`).
PAGE_DATE_OWNERS = ["প্রকাশের", "আপডেটের", "হালনাগাদের", "পোস্টের", "সংবাদের", "খবরের", "নিউজের", "প্রতিবেদনের",
                    "লেখার", "আজকের", "প্রকাশনার", "মুদ্রণের", "সংস্করণের", "ছাপার", "পত্রিকার", "পাতার"]
# The labels that split a header run into one line (`HEADLINE DESK প্রকাশ: DATE
# BODY`): the unambiguous ones only; `তারিখ`, `পোস্ট` or `Date` inside a
# paragraph are ordinary words.
GLUED_HEADER_LABELS = ["প্রকাশিত", "প্রকাশ", "প্রকাশের সময়", "প্রকাশের তারিখ", "প্রকাশিত হয়েছে", "শেষ আপডেট",
                       "সর্বশেষ আপডেট", "আপডেট টাইম", "আপডেট সময়", "আপডেট", "হালনাগাদ", "সর্বশেষ হালনাগাদ",
                       "Published", "Last Updated", "Last updated", "Updated"]
UPDATED_LABELS = [
    "শেষ আপডেট", "সর্বশেষ আপডেট", "আপডেট করা হয়েছে", "আপডেট টাইম", "আপডেট সময়", "আপডেট",
    "হালনাগাদ", "সর্বশেষ হালনাগাদ", "Last Updated", "Last updated", "Last Modified",
    "Last modified", "Updated on", "Updated", "Modified",
    # WordPress news themes' label (`Update Time : সোমবার, নভেম্বর ২৪, ২০২৫ …`).
    "Update Time", "Update time", "Updated Time", "Last Update", "Last update", "Update",
    "আপডেটেড", "সর্বশেষ সংশোধন", "সর্বশেষ সম্পাদনা", "শেষ সম্পাদনা", "সম্পাদনার সময়", "Updated at",
    "Update Date", "Edited", "এডিট", "এডিটেড", "সম্পাদিত",
    # revised, corrected (`সংশোধিত: DATE`)
    "সংশোধিত", "সংশোধনের সময়", "হালনাগাদের সময়", "Revised", "Corrected",
    # changed (`পরিবর্তিত: DATE`, `সর্বশেষ পরিবর্তন: DATE`), revised (`পরিমার্জিত`)
    "পরিবর্তিত", "সর্বশেষ পরিবর্তন", "শেষ পরিবর্তন", "পরিমার্জিত", "পরিমার্জন",
]
# Labels of a date that is neither: the print date of a print page, and the
# banglanews24 trailer (its time is the filing time: used as a fallback).
TRAILER_LABELS = ["বাংলাদেশ সময়"]
PRINT_LABELS = ["প্রিন্ট এর তারিখ", "প্রিন্টের তারিখ", "প্রিন্ট তারিখ", "Print Date", "Print date", "Printed on",
                "Printed On", "Date printed"]
# Printed zone words and their offsets.
ZONES = {
    "+05:30": ["IST", "ভারতীয় সময়", "ভারতের সময়", "ভারতীয় মান সময়", "শ্রীলঙ্কা সময়", "শ্রীলঙ্কার সময়"],
    "+06:00": ["বাংলাদেশ সময়", "বাংলাদেশ মান সময়", "BST", "BdST", "Dhaka time", "Bangladesh time"],  # (BdST: bdnews24's)
    "+00:00": ["GMT", "UTC", "জিএমটি", "গ্রিনিচ মান সময়", "ইউটিসি"],
    # Countries with one zone and no daylight saving, as BD news names them
    # for foreign events and sports (`সৌদি সময় বিকেল ৪টায়`).
    "+03:00": ["সৌদি সময়", "সৌদি আরবের সময়", "কাতার সময়", "কাতারের সময়", "কুয়েত সময়", "কুয়েতের সময়", "মস্কো সময়", "মস্কোর সময়",
               "তুরস্ক সময়", "তুরস্কের সময়"],
    "+04:00": ["দুবাই সময়", "দুবাইয়ের সময়", "আমিরাত সময়", "আমিরাতের সময়", "ওমান সময়", "ওমানের সময়"],
    "+05:00": ["পাকিস্তান সময়", "পাকিস্তানের সময়", "মালদ্বীপ সময়"],
    "+05:45": ["নেপাল সময়", "নেপালের সময়"],
    "+06:30": ["মিয়ানমার সময়", "মিয়ানমারের সময়"],
    "+07:00": ["থাইল্যান্ড সময়", "থাইল্যান্ডের সময়"],
    "+08:00": ["মালয়েশিয়া সময়", "মালয়েশিয়ার সময়", "সিঙ্গাপুর সময়", "সিঙ্গাপুরের সময়", "চীন সময়", "চীনের সময়", "বেইজিং সময়"],
    "+09:00": ["জাপান সময়", "জাপানের সময়", "টোকিও সময়", "টোকিওর সময়", "কোরিয়া সময়", "কোরিয়ার সময়"],
}
# Zone abbreviations English pages print after a time (`09:52 AM EST`). Those
# that name two zones (CST, AST, IST's other meanings) are left out, save IST,
# which Bangla pages use for India.
ZONE_ABBREVIATIONS = {
    "-05:00": ["EST"], "-04:00": ["EDT"], "-08:00": ["PST"], "-07:00": ["PDT"],
    "+01:00": ["CET", "WAT"], "+02:00": ["CEST", "EET", "SAST"], "+03:00": ["EEST", "MSK"],
    "+04:00": ["GST"], "+05:00": ["PKT"], "+05:45": ["NPT"], "+06:00": ["BDT"], "+06:30": ["MMT"],
    "+07:00": ["ICT", "WIB"], "+08:00": ["SGT", "MYT", "HKT", "PHT", "AWST"], "+09:00": ["JST", "KST"],
    "+10:00": ["AEST"], "+11:00": ["AEDT"], "+12:00": ["NZST"], "+13:00": ["NZDT"],
}
# Zones with daylight saving, by rule (bnnews/zones.py), and the words that
# name them: `লন্ডন সময়`, `নিউইয়র্ক সময়`.
DST_ZONES = {
    "uk": ["লন্ডন সময়", "লন্ডনের সময়", "যুক্তরাজ্য সময়", "যুক্তরাজ্যের সময়", "ব্রিটেন সময়", "London time", "UK time"],
    "us_east": ["নিউইয়র্ক সময়", "নিউইয়র্কের সময়", "ওয়াশিংটন সময়", "ওয়াশিংটনের সময়", "যুক্তরাষ্ট্রের পূর্বাঞ্চলীয় সময়", "New York time",
                "Washington time"],
}
# `স্থানীয় সময়` (local time) is the dateline place's zone (bangla.md §4.4):
# places a story may be filed from, by zone (an offset, or a DST rule).
PLACE_ZONES = {
    "+03:00": ["মস্কো", "রিয়াদ", "জেদ্দা", "মক্কা", "মদিনা", "দোহা", "কুয়েত", "আঙ্কারা", "ইস্তাম্বুল", "বাগদাদ",
               "সৌদি আরব", "কাতার", "বাহরাইন", "ইরাক", "তুরস্ক", "দামেস্ক",
               "Moscow", "Riyadh", "Jeddah", "Mecca", "Makkah", "Medina", "Doha", "Kuwait", "Ankara", "Istanbul", "Baghdad"],
    "+03:30": ["তেহরান", "ইরান"],
    "+04:00": ["দুবাই", "আবুধাবি", "মাসকাট", "শারজাহ", "Dubai", "Abu Dhabi", "Muscat"],
    "+04:30": ["কাবুল"],
    "+05:00": ["ইসলামাবাদ", "করাচি", "লাহোর", "মালে", "পাকিস্তান", "Islamabad", "Karachi", "Lahore"],
    "+05:30": ["দিল্লি", "নয়াদিল্লি", "কলকাতা", "মুম্বাই", "কলম্বো", "আগরতলা", "গুয়াহাটি", "চেন্নাই", "বেঙ্গালুরু",
               "হায়দরাবাদ", "শিলং", "ভারত", "শ্রীলঙ্কা",
               "Delhi", "New Delhi", "Kolkata", "Mumbai", "Colombo", "Agartala", "Guwahati"],
    "+05:45": ["কাঠমান্ডু", "নেপাল", "Kathmandu"],
    "+06:00": ["ঢাকা", "চট্টগ্রাম", "থিম্পু", "Dhaka", "Chattogram", "Sylhet", "Thimphu"],
    "+06:30": ["ইয়াঙ্গুন", "নেপিদো", "মিয়ানমার", "Yangon", "Naypyidaw"],
    "+07:00": ["ব্যাংকক", "জাকার্তা", "হ্যানয়", "Bangkok", "Jakarta", "Hanoi"],
    "+08:00": ["বেইজিং", "সিঙ্গাপুর", "কুয়ালালামপুর", "হংকং", "ম্যানিলা", "তাইপে", "চীন", "মালয়েশিয়া",
               "Beijing", "Singapore", "Kuala Lumpur", "Hong Kong", "Manila", "Taipei"],
    "+09:00": ["টোকিও", "সিউল", "পিয়ংইয়ং", "জাপান", "Tokyo", "Seoul", "Pyongyang"],
    "uk": ["লন্ডন", "যুক্তরাজ্য", "London", "Heathrow"],
    "eu_central": ["প্যারিস", "বার্লিন", "ব্রাসেলস", "রোম", "মাদ্রিদ", "জেনেভা", "ভিয়েনা", "আমস্টারডাম",
                   "ফ্রান্স", "জার্মানি", "ইতালি",
                   "Paris", "Berlin", "Brussels", "Rome", "Madrid", "Geneva", "Vienna", "Amsterdam"],
    "eu_east": ["কিয়েভ", "কিইভ", "কিভ", "এথেন্স", "ইউক্রেন", "Kyiv", "Kiev", "Athens"],
    "us_east": ["নিউইয়র্ক", "ওয়াশিংটন", "টরন্টো", "অটোয়া", "New York", "Washington"],
    # Places whose clock this table cannot give: countries of several zones,
    # and daylight-saving rules of their own. Their local time floats (no
    # offset, warning `local_time`), never Dhaka's.
    "": ["যুক্তরাষ্ট্র", "কানাডা", "অস্ট্রেলিয়া", "রাশিয়া", "জাতিসংঘ", "লস অ্যাঞ্জেলেস", "সিডনি", "মেলবোর্ন",
         "ক্যানবেরা", "জেরুজালেম", "গাজা", "বৈরুত", "কায়রো", "মিসর", "United Nations"],
}
# Words that open a site clock or "today" line (formats.md §6.1).
CLOCK_OPENERS = ["আজ", "আজঃ", "আজ:", "ঢাকা", "Dhaka", "Today", "আজকের তারিখ"]

# Days said as ordinal words (bangla.md section 2.2): পহেলা বৈশাখ, একুশে ফেব্রুয়ারি.
DAY_WORDS = {
    1: ["পহেলা", "পয়লা"], 2: ["দোসরা"], 3: ["তেসরা"], 4: ["চৌঠা"], 5: ["পাঁচই"], 6: ["ছয়ই"],
    7: ["সাতই"], 8: ["আটই"], 9: ["নয়ই"], 10: ["দশই"], 11: ["এগারোই"], 12: ["বারোই"],
    13: ["তেরোই"], 14: ["চৌদ্দই", "চোদ্দই"], 15: ["পনেরোই"], 16: ["ষোলোই", "ষোলই"],
    17: ["সতেরোই"], 18: ["আঠারোই", "আঠেরোই"], 19: ["উনিশে"], 20: ["বিশে"], 21: ["একুশে"],
    22: ["বাইশে"], 23: ["তেইশে"], 24: ["চব্বিশে"], 25: ["পঁচিশে"], 26: ["ছাব্বিশে"],
    27: ["সাতাশে"], 28: ["আটাশে"], 29: ["ঊনত্রিশে", "উনত্রিশে"], 30: ["ত্রিশে"],
    31: ["একত্রিশে"],
}
# Relative words (bangla.md section 8).
PAST = ["গত", "বিগত", "গেল"]
NEXT = ["আগামী", "পরবর্তী", "পরের", "সামনের", "আসন্ন", "আসছে"]
# The same before a named day on English editions (`last Victory Day`, `the upcoming Eid-ul-Fitr`).
PAST_EN = ["last", "Last"]
NEXT_EN = ["next", "Next", "upcoming", "coming"]
THIS = ["চলতি", "এই", "বর্তমান", "এ"]
# অদ্য, গতকল্য, আগামীকল্য: the formal (সাধু) words of notices and press releases.
TODAY = ["আজ", "আজকে", "আজকের", "আজই", "আজও", "আজকেও", "অদ্য", "today", "Today",  # and on English pages
         "tonight", "Tonight", "this morning", "This morning", "this afternoon", "This afternoon",
         "this evening", "This evening"]
YESTERDAY = ["গতকাল", "গতকালের", "গতকালই", "গতকালও", "গতকালকে", "গতকালকের", "গতরাতে", "গত রাতে", "গতরাতের",
             "গত রাতের",  # last night: the day before
             "গত সন্ধ্যায়",  # last evening: the day before
             "গতকল্য", "yesterday", "Yesterday", "last night", "Last night"]
TOMORROW = ["আগামীকাল", "আগামীকালের", "আগামীকালও", "আগামীকালকে", "আগামিকাল", "আগামিকালের", "আগামীকল্য",
            "tomorrow", "Tomorrow",  # আগামি-: as WB spells it
            # `রাত পোহালেই ভোট` (the vote once the night is over): a headline's tomorrow
            "রাত পোহালেই", "রাত পোহালে"]
PARASHU = ["পরশু", "পরশুর", "পরশুদিন", "পরশুদিনের", "পরশু দিন", "পরশু দিনের"]
KAL = ["কাল", "কালকে", "কালকের"]
# What a verbless headline announces after a short count (`তিন দিন পর ভোট`,
# `১০ দিন পর ফল প্রকাশ`) or for কাল and পরশু (`কাল হরতাল`, `এসএসসির ফল
# কাল`): events set for a day, so the day ahead, not how long something had
# not happened or the day before.
UPCOMING_EVENTS = ["ভোট", "ভোটগ্রহণ", "নির্বাচন", "পরীক্ষা", "বাজেট", "উদ্বোধন", "রায়", "শুনানি", "সংলাপ", "বৈঠক",
                   "তফসিল", "ফল", "ফলাফল", "শপথ", "ছুটি", "বিশ্বকাপ", "ফাইনাল", "চালু", "শুরু",
                   "সমাবেশ", "মহাসমাবেশ", "হরতাল", "ধর্মঘট", "অবরোধ", "কর্মসূচি", "মানববন্ধন", "সম্মেলন",
                   "অনুষ্ঠান", "ম্যাচ", "র‍্যালি", "র্যালি", "উৎসব", "মেলা"]

# A day named by reference to a date told before it (an anaphor): the same
# day, the day after, the day before. News tells a date once (`গতকাল
# বৃহস্পতিবার`) and then says `এদিন`. Stems; case endings are added where
# they are read. `এই দিনে` is left out: `১৯৭১ সালের এই দিনে` is an anniversary.
SAME_DAY = ["এদিন", "ওইদিন", "ওই দিন", "ঐদিন", "ঐ দিন", "সেদিন", "সেই দিন", "সেইদিন", "একই দিন", "একইদিন",
            "the same day", "that day", "that same day", "earlier in the day", "later in the day",
            "earlier that day", "later that day"]
NEXT_DAY = ["পরদিন", "পরের দিন", "পরেরদিন", "তার পরদিন", "তারপরের দিন", "এর পরদিন", "এর পরের দিন", "পরবর্তী দিন",
            "the next day", "the following day", "a day later"]
PREV_DAY = ["আগের দিন", "আগেরদিন", "তার আগের দিন", "এর আগের দিন", "পূর্বের দিন", "আগের দিনই",
            "the previous day", "the day before", "a day earlier"]
# Pronouns in the genitive: before a count they are its object, not an event
# it counts from (`তাদের তিন দিন আগে আটক করা হয়`).
GENITIVE_PRONOUNS = ["তাদের", "তার", "তাঁর", "তাঁদের", "আমাদের", "আমার", "তোমার", "তোমাদের", "ওদের", "ওর",
                     "যার", "যাদের", "এর", "এদের", "সবার", "কারও", "কারো",
                     # ... and words that end like a genitive but are none (`সরকার তিন মাস আগে
                     # বিজ্ঞপ্তি দেয়`: the government, not an event the count is from)
                     "সরকার", "আবার", "এবার", "বাজার", "পরিবার", "অধিকার", "বিচার", "প্রচার", "দরকার",
                     "শিকার", "স্বীকার", "পুরস্কার", "সংস্কার", "আবিষ্কার", "ব্যবহার", "ডলার", "শেয়ার",
                     "দুপুর", "ঠাকুর"]
AGO = ["আগে", "পূর্বে", "আগেই", "আগের", "পূর্বের", "ago"]
LATER = ["পরে", "পর"]
# Units of time: the key is the ISO 8601 designator. English ones for relative
# ages on Bangla pages (`2 weeks ago`, formats.md §3).
UNITS = {
    "Y": ["বছর", "বছরের", "বছরে", "বছরেই", "বছরই", "বছরেও", "বছরেরও", "বৎসর", "বছরকাল", "year", "years"],
    "M": ["মাস", "মাসের", "মাসে", "মাসেই", "মাসও", "মাসেরও", "month", "months"],
    "W": ["সপ্তাহ", "সপ্তাহের", "সপ্তাহে", "সপ্তাহেই", "সপ্তাহেরও", "সপ্তাহখানেক", "week", "weeks"],
    "D": ["দিন", "দিনের", "দিনে", "দিনেই", "দিনও", "দিনেরও", "day", "days"],
    "H": ["ঘণ্টা", "ঘণ্টার", "ঘণ্টায়", "ঘন্টা", "ঘন্টার", "ঘন্টায়", "ঘণ্টারও", "ঘন্টারও", "hour", "hours"],
    "MIN": ["মিনিট", "মিনিটের", "মিনিটে", "মিনিটেরও", "minute", "minutes", "min", "mins"],
    "S": ["সেকেন্ড", "সেকেন্ডের", "সেকেন্ডে", "second", "seconds"],
    # A decade counted (`দুই দশক আগে`, `এক দশক ধরে`) is ten years; a decade
    # named by its genitive (`নব্বইয়ের দশকে`) is read as a decade instead.
    "DE": ["দশক", "দশকের", "দশকে", "দশকেরও", "decade", "decades"],
    # A যুগ is twelve years (`এক যুগ পর`, `দেড় যুগ ধরে`).
    "YU": ["যুগ", "যুগের", "যুগে", "যুগেরও", "যুগও"],
    # Working days (a notice's deadline, a court's order, a bank's transfer):
    # a count of days that skips holidays, so never a day counted from the
    # reference; ISO 8601 has no such unit, so P5D with the warning `working_days`.
    "WD": ["কার্যদিবস", "কার্যদিবসের", "কার্যদিবসে", "কার্যদিবসেই", "কার্যদিবসেরও", "কর্মদিবস", "কর্মদিবসের",
           "কর্মদিবসে", "কর্মদিবসেই", "কার্য দিবস", "কার্য দিবসের", "কার্য দিবসে", "working day", "working days",
           "business day", "business days", "workdays", "work days"],
}
# A date told as a bound (TimeML's mods): the word after it (`৫ আগস্টের পর`,
# `১ জানুয়ারি থেকে`), or before it on an English page (`after 5 August`).
BOUND_AFTER = {"AFTER": ["পর", "পরে", "পরই", "পরেই", "পরপর", "পরপরই", "ঠিক পরে", "ঠিক পর", "ঠিক পরেই"],
               "BEFORE": ["আগে", "আগেই", "পূর্বে", "পূর্বেই", "ঠিক আগে", "ঠিক আগেই", "আগমুহূর্তে"],
               "ON_OR_BEFORE": ["মধ্যে", "মধ্যেই", "নাগাদ", "পর্যন্ত", "অবধি"],
               "ON_OR_AFTER": ["থেকে", "থেকেই", "হতে"]}
# ... said of a date with no case ending too (`৩১ ডিসেম্বর পর্যন্ত`); the rest
# follow a genitive (`৫ আগস্টের পর`).
BOUND_AFTER_BARE = ["নাগাদ", "থেকে", "থেকেই", "হতে", "পর্যন্ত", "অবধি"]
BOUND_BEFORE_EN = {"AFTER": ["after"], "BEFORE": ["before"], "ON_OR_BEFORE": ["by", "until", "till"],
                   "ON_OR_AFTER": ["since", "from"]}
# One working day before or after (a share-market report's `আগের কার্যদিবসে`,
# `গত কার্যদিবসে`): the day before the one told, or before the reference,
# with the weekend skipped.
WORKING_DAY = ["কার্যদিবস", "কর্মদিবস", "কার্য দিবস"]
WORKING_DAY_REL = {"anaphor": {-1: ["আগের", "তার আগের", "এর আগের", "পূর্ববর্তী", "পূর্বের", "previous"],
                               1: ["পরের", "পরবর্তী", "তার পরের", "এর পরের"]},
                   "ref": {-1: ["গত", "বিগত"], 1: ["আগামী", "next"]}}
WORKING_DAY_EN = ["working day", "business day", "trading day", "trading session"]
# `-ব্যাপী` (lasting): `তিন দিনব্যাপী মেলা` is a duration of three days.
UNITS_LASTING = {"Y": "বছরব্যাপী", "M": "মাসব্যাপী", "W": "সপ্তাহব্যাপী", "D": "দিনব্যাপী",
                 "H": "ঘণ্টাব্যাপী"}
# A count that is not a number (bangla.md §8, TimeML): `কয়েক দিন আগে` is a
# past reference, `কয়েক বছর ধরে` a duration of some years (PXY).
VAGUE_COUNTS = ["কয়েক", "বেশ কয়েক", "কিছু", "অনেক", "দীর্ঘ", "বহু",
                "ক'", "ক’", "কয়"]  # `ক'দিন আগে`, `কয়দিন পর`: the clipped কয়েক
# ... and on English pages (`a few days ago`, `several weeks later`).
VAGUE_COUNTS_EN = ["a few", "few", "several", "some", "a couple of", "many", "a number of"]
# Those that make `N পর` mean "after a long time": দীর্ঘদিন পর, বহুদিন পর, অনেক দিন পর.
LONG_COUNTS = ["অনেক", "দীর্ঘ", "বহু"]
YEAR_WORDS = ["সাল", "সালে", "সালের", "সালটি", "সালেও", "সালেই"]
MONTH_WORD = ["মাস", "মাসে", "মাসের", "মাসেই"]
FISCAL_YEAR = ["অর্থবছর", "অর্থবছরে", "অর্থবছরের", "অর্থ বছর", "অর্থ বছরে", "অর্থ বছরের"]
DECADE = ["দশক", "দশকে", "দশকের"]
CENTURY = ["শতাব্দী", "শতাব্দীর", "শতাব্দীতে", "শতক", "শতকের", "শতকে"]
OCLOCK = ["টা", "টায়", "টার", "টে", "টার দিকে", "ঘটিকা", "ঘটিকায়"]
MINUTE = ["মিনিট", "মিনিটে", "মিনিটের"]

# Years named by an event in BD discourse (bangla.md §8), read only before
# one of EVENT_WORDS: `ঊনসত্তরের গণ-অভ্যুত্থান` = 1969, `চব্বিশের জুলাই` = 2024.
EVENT_YEARS = {"ঊনসত্তর": 1969, "উনসত্তর": 1969, "নব্বই": 1990, "চব্বিশ": 2024, "সাতচল্লিশ": 1947}
EVENT_WORDS = ["গণ-অভ্যুত্থান", "গণঅভ্যুত্থান", "গণ–অভ্যুত্থান", "অভ্যুত্থান", "আন্দোলন", "জুলাই",
               "বিপ্লব", "গণবিপ্লব", "ছাত্র-জনতার", "ছাত্র–জনতার", "স্বৈরাচারবিরোধী", "দেশভাগ", "দেশভাগের",
               "দেশভাগে", "আগস্ট", "আগস্টের", "আগস্টে"]
# Years known by name alone (bangla.md §8), with a case ending: `একাত্তরের
# মুক্তিযুদ্ধ`, `বায়ান্নর ভাষা আন্দোলন` (bare `একাত্তর` may count 71 things).
NAMED_YEARS = {"একাত্তর": 1971, "বায়ান্ন": 1952, "বাহান্ন": 1952}
# A year's last two digits with a case ending names the year before these
# (`৭১-এর মুক্তিযুদ্ধ`, `২৪-এর গণঅভ্যুত্থান`, `৫২-র ভাষা আন্দোলন`); each may
# take a case ending itself.
DIGIT_EVENT_WORDS = EVENT_WORDS + ["মুক্তিযুদ্ধ", "ভাষা আন্দোলন", "ভাষা-আন্দোলন", "যুদ্ধ", "নির্বাচন",
                                   "বন্যা", "দুর্ভিক্ষ", "পটপরিবর্তন", "পট পরিবর্তন", "গণহত্যা", "স্বাধীনতা"]
# Reference points with no date of their own (bangla.md §8; TimeML values).
REF_POINTS = {
    "PAST_REF": ["সম্প্রতি", "সাম্প্রতিক সময়ে", "অতীতে", "বিগত দিনে", "বিগত দিনগুলোতে", "বিগত দিনগুলোয়",
                 "গত দিনগুলোতে", "সাম্প্রতিক কালে", "সাম্প্রতিককালে",
                 "recently", "Recently", "in recent days", "in recent weeks", "in recent months", "in recent years",
                 "in recent times", "of late", "lately"],
    # আজকাল, আজকালকার (nowadays) are the present, not today.
    "PRESENT_REF": ["এখন", "এখনই", "বর্তমানে", "এই মুহূর্তে", "আজকাল", "আজকালকার", "আজকালকের",
                    "currently", "Currently", "at present", "At present", "nowadays", "Nowadays", "these days"],
    # (Not `within a few days`: as often of an event's days, `deaths within a few days` of birth.)
    "FUTURE_REF": ["শিগগিরই", "শিগগির", "শীঘ্রই", "অচিরেই", "ভবিষ্যতে", "আগামী দিনে", "আগামী দিনগুলোতে",
                   "আগামী দিনগুলোয়", "সামনের দিনে", "সামনের দিনগুলোতে", "সামনের দিনগুলোয়", "আগামীতে",
                   "soon", "Soon", "in the coming days", "in the coming weeks", "in the coming months",
                   "in the coming years",
                   "in the future", "in future", "in the near future", "in the days ahead", "in the months ahead",
                   "in the weeks ahead", "in the years ahead", "in a few days", "in a few weeks", "in a few months",
                   "in a few hours",
                   "in the next few days", "in the next few weeks",
                   "in the next few months", "over the next few days", "over the next few weeks",
                   "over the next few months", "over the next few years",
                   "অদূর ভবিষ্যতে", "নিকট ভবিষ্যতে"],
}
# The part of a period named after it (bangla.md §8: মাসের শুরুতে / শেষে,
# বছরের শেষ দিকে), by TimeML mod.
PERIOD_PARTS = {
    "START": ["শুরুতে", "শুরুর দিকে", "প্রথম দিকে", "প্রথম সপ্তাহে", "প্রথম সপ্তাহের মধ্যে", "প্রথম সপ্তাহের দিকে", "প্রথম সপ্তাহেই",
              "প্রথমার্ধে", "গোড়ায়", "গোড়ার দিকে",
              "প্রথম ভাগে", "শুরু থেকেই", "প্রথম দশকে", "প্রথম দশ দিনে"],
    # The second and third weeks are the month's middle days (8-21), the fourth its end.
    # (দশক after a month is its ten days: Ramadan's three ashras, `রমজানের মাঝের দশকে`)
    "MID": ["মাঝামাঝি", "মাঝামাঝি সময়ে", "মাঝামাঝিতে", "মাঝে", "মধ্যভাগে", "মাঝের দশকে", "দ্বিতীয় দশকে", "মধ্যবর্তী দশকে",
            "দ্বিতীয় সপ্তাহে", "দ্বিতীয় সপ্তাহের মধ্যে", "দ্বিতীয় সপ্তাহের দিকে", "তৃতীয় সপ্তাহে",
            "তৃতীয় সপ্তাহের মধ্যে", "তৃতীয় সপ্তাহের দিকে"],
    "END": ["শেষে", "শেষ দিকে", "শেষের দিকে", "শেষ সপ্তাহে", "শেষ সপ্তাহের মধ্যে", "শেষ সপ্তাহের দিকে", "শেষ সপ্তাহেই", "শেষার্ধে", "দ্বিতীয়ার্ধে", "দ্বিতীয় ভাগে", "শেষভাগে", "শেষ নাগাদ", "শেষ ভাগে",
            "শেষাংশে", "শেষ দশকে", "শেষ দশ দিনে", "চতুর্থ সপ্তাহে",
            "চতুর্থ সপ্তাহের মধ্যে"],
}
# Parts that only a month has: a year's second week is its start, not its middle.
MONTH_ONLY_PARTS = ["দ্বিতীয় সপ্তাহ", "তৃতীয় সপ্তাহ", "চতুর্থ সপ্তাহ"]

# Named days (bangla.md §6.1): the Islamic ones resolve to a Hijri day
# (month, day), the national ones to a Gregorian day. Without a year the
# nearest to the reference date is meant, or after গত/আগামী the last or next.
HIJRI_NAMED_DAYS = {
    (10, 1): ["ঈদুল ফিতর", "ঈদ-উল-ফিতর", "ঈদুল ফিতরের দিন", "রোজার ঈদ", "পবিত্র ঈদুল ফিতর"],
    (12, 10): ["ঈদুল আজহা", "ঈদ-উল-আজহা", "ঈদুল আযহা", "ঈদ-উল-আযহা", "কোরবানির ঈদ", "পবিত্র ঈদুল আজহা"],
    (8, 15): ["শবে বরাত", "শব-ই-বরাত", "পবিত্র শবে বরাত", "শবেবরাত", "শবে বারাত"],
    (9, 27): ["শবে কদর", "শব-ই-কদর", "লাইলাতুল কদর", "পবিত্র শবে কদর", "শবেকদর", "শবে ক্বদর"],
    (1, 10): ["আশুরা", "পবিত্র আশুরা"],
    (1, 1): ["হিজরি নববর্ষ", "হিজরী নববর্ষ", "ইসলামী নববর্ষ", "Hijri New Year", "Islamic New Year"],
    (3, 12): ["ঈদে মিলাদুন্নবী", "ঈদ-ই-মিলাদুন্নবী", "ঈদে মিলাদুন নবী", "পবিত্র ঈদে মিলাদুন্নবী"],
    (7, 27): ["শবে মেরাজ", "শব-ই-মেরাজ", "পবিত্র শবে মেরাজ", "লাইলাতুল মেরাজ", "শবেমেরাজ", "শবে মিরাজ",
              "লাইলাতুল মিরাজ"],
}
GREGORIAN_NAMED_DAYS = {
    # The last day of a Bangla month (সংক্রান্তি) by the Bangladesh 2019 rule.
    (4, 13): ["চৈত্রসংক্রান্তি", "চৈত্র সংক্রান্তি", "চৈত্র-সংক্রান্তি"],
    (1, 14): ["পৌষসংক্রান্তি", "পৌষ সংক্রান্তি", "পৌষ-সংক্রান্তি"],
    (4, 14): ["বাংলা নববর্ষ"],
    (12, 9): ["রোকেয়া দিবস", "বেগম রোকেয়া দিবস"],
    # The days of the 2024 uprising observed since 2025 (`জুলাই শহীদ দিবস` is no শহীদ দিবস, 21 February).
    (7, 16): ["জুলাই শহীদ দিবস"],
    (8, 5): ["জুলাই গণঅভ্যুত্থান দিবস", "জুলাই গণ-অভ্যুত্থান দিবস", "গণঅভ্যুত্থান দিবস", "গণ-অভ্যুত্থান দিবস"],
    (12, 16): ["বিজয় দিবস", "মহান বিজয় দিবস"],
    (2, 21): ["শহীদ দিবস", "আন্তর্জাতিক মাতৃভাষা দিবস", "শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস", "মাতৃভাষা দিবস"],
    (3, 26): ["স্বাধীনতা দিবস", "মহান স্বাধীনতা দিবস", "স্বাধীনতা ও জাতীয় দিবস"],
    (12, 14): ["শহীদ বুদ্ধিজীবী দিবস", "বুদ্ধিজীবী দিবস"],
    (5, 1): ["মে দিবস", "মহান মে দিবস"],
    (12, 25): ["বড়দিন", "শুভ বড়দিন"],
    (2, 14): ["ভালোবাসা দিবস", "বিশ্ব ভালোবাসা দিবস"],
    (12, 31): ["থার্টি ফার্স্ট নাইট", "থার্টিফার্স্ট নাইট"],  # the night of 31 December
    (1, 1): ["ইংরেজি নববর্ষ", "খ্রিস্টীয় নববর্ষ"],
    (3, 8): ["আন্তর্জাতিক নারী দিবস", "বিশ্ব নারী দিবস", "নারী দিবস"],
    (3, 25): ["গণহত্যা দিবস", "জাতীয় গণহত্যা দিবস"],
    (3, 17): ["জাতীয় শিশু দিবস"],
    (4, 17): ["মুজিবনগর দিবস"],
    (6, 5): ["বিশ্ব পরিবেশ দিবস", "পরিবেশ দিবস"],
    (8, 15): ["জাতীয় শোক দিবস"],
    (10, 5): ["বিশ্ব শিক্ষক দিবস"],
    (11, 3): ["জেল হত্যা দিবস", "জেলহত্যা দিবস"],
    (11, 7): ["বিপ্লব ও সংহতি দিবস", "জাতীয় বিপ্লব ও সংহতি দিবস"],
    (11, 21): ["সশস্ত্র বাহিনী দিবস"],
    (12, 1): ["বিশ্ব এইডস দিবস", "এইডস দিবস"],
    (12, 10): ["মানবাধিকার দিবস", "বিশ্ব মানবাধিকার দিবস"],
    # The UN's and Bangladesh's observances of a fixed day that the news marks
    # (`আজ বিশ্ব পানি দিবস`).
    (3, 22): ["বিশ্ব পানি দিবস"],
    (3, 24): ["বিশ্ব যক্ষ্মা দিবস"],
    (4, 2): ["বিশ্ব অটিজম সচেতনতা দিবস"],
    (4, 7): ["বিশ্ব স্বাস্থ্য দিবস"],
    (4, 22): ["বিশ্ব ধরিত্রী দিবস"],
    (4, 23): ["বিশ্ব বই দিবস", "বিশ্ব বই ও কপিরাইট দিবস"],
    (4, 25): ["বিশ্ব ম্যালেরিয়া দিবস"],
    (5, 3): ["বিশ্ব মুক্ত গণমাধ্যম দিবস", "বিশ্ব মুক্ত সংবাদমাধ্যম দিবস", "মুক্ত গণমাধ্যম দিবস"],
    (5, 31): ["বিশ্ব তামাকমুক্ত দিবস"],
    (6, 26): ["মাদকবিরোধী দিবস", "আন্তর্জাতিক মাদকবিরোধী দিবস"],
    (7, 11): ["বিশ্ব জনসংখ্যা দিবস"],
    (8, 12): ["আন্তর্জাতিক যুব দিবস"],
    (9, 8): ["আন্তর্জাতিক সাক্ষরতা দিবস", "সাক্ষরতা দিবস"],
    (9, 27): ["বিশ্ব পর্যটন দিবস"],
    (10, 1): ["আন্তর্জাতিক প্রবীণ দিবস"],
    (10, 9): ["বিশ্ব ডাক দিবস"],
    (10, 10): ["বিশ্ব মানসিক স্বাস্থ্য দিবস"],
    (10, 16): ["বিশ্ব খাদ্য দিবস"],
    (10, 24): ["জাতিসংঘ দিবস"],
    (11, 4): ["সংবিধান দিবস", "জাতীয় সংবিধান দিবস"],
    (11, 14): ["বিশ্ব ডায়াবেটিস দিবস"],
    (11, 25): ["নারী নির্যাতন প্রতিরোধ দিবস", "আন্তর্জাতিক নারী নির্যাতন প্রতিরোধ দিবস"],
    (12, 3): ["আন্তর্জাতিক প্রতিবন্ধী দিবস", "প্রতিবন্ধী দিবস"],
    (12, 18): ["আন্তর্জাতিক অভিবাসী দিবস", "অভিবাসী দিবস"],
}
GREGORIAN_NAMED_DAYS[(12, 9)] += ["দুর্নীতিবিরোধী দিবস", "আন্তর্জাতিক দুর্নীতিবিরোধী দিবস"]
# Days kept on a weekday of a month, by (month, weekday with Monday 0, which
# one): the second Sunday of May, the third Sunday of June.
NTH_WEEKDAY_DAYS = {
    (5, 6, 2): ["বিশ্ব মা দিবস", "মা দিবস", "Mother's Day"],
    (6, 6, 3): ["বিশ্ব বাবা দিবস", "বাবা দিবস", "Father's Day"],
}
# Days counted from Easter Sunday (the western Gregorian reckoning, as
# Bangladesh's public holidays keep them): days before it are negative.
EASTER_DAYS = {0: ["ইস্টার সানডে", "ইস্টার সান ডে", "ইস্টার", "Easter Sunday", "Easter"],
               -2: ["গুড ফ্রাইডে", "পুণ্য শুক্রবার", "Good Friday"],
               -3: ["পুণ্য বৃহস্পতিবার", "Maundy Thursday", "Holy Thursday"],
               -1: ["পুণ্য শনিবার", "Holy Saturday"]}
# The same days as English editions print them (The Daily Star, New Age, TBS).
_EID = ["Eid-ul-{0}", "Eid ul-{0}", "Eid-ul {0}", "Eid ul {0}", "Eid al-{0}", "Eid-al-{0}", "Eid al {0}", "Eid-e-{0}"]
HIJRI_NAMED_DAYS_EN = {
    (10, 1): [e.format(n) for n in ("Fitr", "fitr") for e in _EID],
    (12, 10): [e.format(n) for n in ("Azha", "Adha", "azha", "adha") for e in _EID],
    (8, 15): ["Shab-e-Barat", "Shab-e-Baraat", "Shab-e-Barat's"],
    (9, 27): ["Shab-e-Qadr", "Shab-e-Kadr", "Laylat al-Qadr"],
    (1, 10): ["Ashura", "Holy Ashura"],
    (3, 12): ["Eid-e-Miladunnabi", "Eid-e-Milad-un-Nabi", "Eid-e-Miladun Nabi"],
    (7, 27): ["Shab-e-Meraj", "Shab-e-Miraj"],
}
GREGORIAN_NAMED_DAYS_EN = {
    (12, 16): ["Victory Day"],
    (2, 21): ["Language Martyrs' Day", "Language Martyrs Day", "International Mother Language Day",
              "Shaheed Dibas", "Amar Ekushey"],
    (3, 26): ["Independence Day", "Independence and National Day"],
    (12, 14): ["Martyred Intellectuals Day", "Martyred Intellectuals' Day"],
    (5, 1): ["May Day"],
    (12, 25): ["Christmas", "Christmas Day"],
    (12, 24): ["Christmas Eve"],
    (12, 31): ["New Year's Eve", "31st Night", "31st night", "Thirty-First Night", "Thirty First Night"],
    (2, 14): ["Valentine's Day"],
    (1, 1): ["New Year's Day"],
    (3, 8): ["International Women's Day"],
    (3, 25): ["Genocide Day", "National Genocide Day"],
    (8, 15): ["National Mourning Day"],
    (11, 21): ["Armed Forces Day"],
    (12, 1): ["World AIDS Day"],
    (12, 10): ["Human Rights Day"],
    (3, 22): ["World Water Day"],
    (4, 7): ["World Health Day"],
    (4, 22): ["Earth Day"],
    (5, 3): ["World Press Freedom Day"],
    (6, 5): ["World Environment Day"],
    (7, 11): ["World Population Day"],
    (10, 16): ["World Food Day"],
    (11, 4): ["Constitution Day"],
    (4, 14): ["Pahela Baishakh", "Pohela Boishakh", "Pahela Boishakh", "Pohela Baishakh", "Bangla New Year",
              "Bengali New Year"],
}
# A day's name before these nouns names things, not the day (`Christmas trees`,
# `Eid shopping`).
NAMED_DAY_THINGS_EN = ["tree", "trees", "greeting", "greetings", "card", "cards", "carol", "carols", "cake",
                       "cakes", "gift", "gifts", "decoration", "decorations", "light", "lights", "market",
                       "markets", "shopping", "holiday", "holidays", "season", "bonus", "bonuses", "sale", "sales",
                       "rush", "travel", "traffic", "vacation", "break", "egg", "eggs", "bunny", "Island", "island"]
# ... and in Bangla: `ইস্টার দ্বীপ` (Easter Island) is a place.
NAMED_DAY_THINGS_BN = ["দ্বীপ", "দ্বীপে", "দ্বীপের", "ডিম"]
for _days, _en in ((HIJRI_NAMED_DAYS, HIJRI_NAMED_DAYS_EN), (GREGORIAN_NAMED_DAYS, GREGORIAN_NAMED_DAYS_EN)):
    for _k, _names in _en.items():
        _days.setdefault(_k, [])
        _days[_k] = _days[_k] + _names
# Every named day's name holds one of these: the named-day pattern runs only around them.
NAMED_DAY_HINTS = ["ঈদ", "শব", "কদর", "আশুরা", "দিবস", "বড়দিন", "নাইট", "নববর্ষ", "সংক্রান্তি", "মেরাজ",
                   "Eid", "Shab", "Qadr", "Ashura", "Day", "Christmas", "Ekushey", "Dibas", "oishakh",
                   "aishakh", "New Year", "31st", "irst Night", "ইস্টার", "ফ্রাইডে", "পুণ্য", "Easter", "Friday",
                   "Thursday", "Saturday"]
# Where the page reads Indian time (West Bengal), স্বাধীনতা দিবস is India's.
INDIAN_NAMED_DAYS = {(8, 15): ["স্বাধীনতা দিবস", "Independence Day"], (1, 26): ["প্রজাতন্ত্র দিবস", "Republic Day"],
                     # West Bengal's calendar ends চৈত্র a day later (its new year is 15 April)
                     (4, 14): ["চৈত্রসংক্রান্তি", "চৈত্র সংক্রান্তি", "চৈত্র-সংক্রান্তি"]}

# A verbless headline that announces a start from a day (`শনিবার থেকে টিকিট
# বিক্রি শুরু`, `রোববার থেকে নতুন দাম কার্যকর`) tells what is ahead, and so
# does one that names what is new from it (`কাল থেকে নতুন ভাড়া`).
START_NOUNS = ["শুরু", "চালু", "কার্যকর", "উদ্বোধন", "প্রযোজ্য", "নতুন", "নয়া"]
# Joined to today, কাল is tomorrow (`আজ ও কাল বৃষ্টি`): yesterday is গতকাল.
TODAY_AND = ["আজ ও ", "আজ এবং ", "আজ বা ", "আজ অথবা "]

# Prayer and fasting times named before a clock (a prayer-times page's `আসর:
# ৩টা ৩৩ মিনিট`, `ইফতার ৫টা ১২ মিনিটে`), by the day-part rule of DAY_PARTS.
# Only before the clock: after one, `১০টায় আসর বসবে` is a session (আসর).
PRAYER_TIMES = {
    "am": ["ফজর", "ফজরের", "সেহরি", "সেহরির", "সাহরি", "সাহরির", "সূর্যোদয়", "সূর্যোদয়ের"],
    "noon": ["জোহর", "জোহরের", "যোহর", "যোহরের", "জুমা", "জুমার", "জুমআ"],
    "pm": ["আসর", "আসরের", "মাগরিব", "মাগরিবের", "এশা", "এশার", "ইশা", "ইশার", "ইফতার", "ইফতারের",
           "সূর্যাস্ত", "সূর্যাস্তের"],
}

# Events a year before them names on English pages (`the 1971 war`, `the 2024 mass uprising`).
EVENT_NOUNS_EN = ["war", "War", "Liberation War", "liberation war", "uprising", "mass uprising", "July uprising",
                  "election", "elections", "general election", "national election", "parliamentary election",
                  "polls", "budget", "movement", "Language Movement", "flood", "floods", "genocide", "massacre",
                  "revolution", "World Cup", "Olympics", "Asia Cup", "pandemic", "famine", "cyclone", "earthquake",
                  "coup", "census"]
