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
    8: ["আগস্ট", "আগষ্ট", "অগাস্ট", "অগস্ট", "ওগষ্ট", "আগাস্ট", "August", "Aug",
        "AUGUST"],
    9: ["সেপ্টেম্বর", "সেপ্টেম্বার", "সেপ্টম্বর", "সেপ্তেম্বর", "সেপ্টেঃ", "সেপ্ট",
        "September", "Sept", "Sep", "SEPTEMBER"],
    10: ["অক্টোবর", "অক্টোবার", "অক্টবর", "ওক্তোবর", "অক্টোঃ", "অক্টো", "October",
         "Oct", "OCTOBER"],
    11: ["নভেম্বর", "নবেম্বর", "নভেম্বার", "নভেঃ", "নভে", "November", "Nov",
         "NOVEMBER"],
    12: ["ডিসেম্বর", "ডিসেম্বার", "ডিসেম্মর", "ডিসেঃ", "ডিসে", "December", "Dec",
         "DECEMBER"],
}

# ISO weekday (Monday = 0, as datetime.weekday()) -> spellings.
WEEKDAYS = {
    0: ["সোমবার", "Monday", "Mon"],
    1: ["মঙ্গলবার", "Tuesday", "Tue"],
    2: ["বুধবার", "Wednesday", "Wed"],
    3: ["বৃহস্পতিবার", "বিষ্যুদবার", "বিষুদবার", "বেস্পতিবার", "বৃহষ্পতিবার",
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
           "বিকালে", "বিকেলে"],
    "night": ["রাত", "রাতে", "রাত্রি", "দিবাগত রাত"],
    "noon": ["দুপুর", "দুপুরে", "মধ্যাহ্ন", "বেলা"],
    "morning": ["ভোর", "ভোরে", "সকাল", "সকালে"],
}

# Bangla-calendar months (bangla.md §5.1) and Hijri months (§6.1), with the
# era words. In a date line they mark a site clock or a masthead date.
BANGLA_MONTHS = [
    "বৈশাখ", "জ্যৈষ্ঠ", "জৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক",
    "অগ্রহায়ণ", "অগ্রহায়ন", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র",
]
HIJRI_MONTHS = [
    "মহররম", "মুহাররম", "সফর", "রবিউল আউয়াল", "রবিউল আওয়াল", "রবিউস সানি",
    "রবিউল আখির", "জমাদিউল আউয়াল", "জুমাদাল ঊলা", "জমাদিউল আখির",
    "জমাদিউস সানি", "জুমাদাল উখরা", "রজব", "শাবান", "শা'বান", "রমজান", "রমযান",
    "শাওয়াল", "জিলকদ", "জিলক্বদ", "যিলকদ", "জিলহজ", "জিলহজ্জ", "যিলহজ",
]
ERA_WORDS = ["বঙ্গাব্দ", "হিজরি", "হিজরী", "হিঃ", "ফসলী সন", "শামসী সন"]
GREGORIAN_ERA = ["খ্রিস্টাব্দ", "খ্রিষ্টাব্দ", "খ্রীষ্টাব্দ", "খ্রি.", "খ্রিঃ", "খ্রি:", "খ্রি",
                 "ইং", "ইংরেজি"]

# Labels in front of a date line (formats.md §6, "Suggested label set").
PUBLISHED_LABELS = [
    "প্রকাশিত হয়েছে", "প্রকাশের তারিখ", "প্রকাশের সময়", "প্রকাশন তারিখ", "প্রকাশিত",
    "প্রকাশ", "Published on", "Published", "Publish", "Posted on", "Posted",
]
UPDATED_LABELS = [
    "শেষ আপডেট", "আপডেট টাইম", "আপডেট সময়", "আপডেট", "হালনাগাদ", "Last Updated",
    "Last updated", "Last Modified", "Last modified", "Updated on", "Updated",
]
# Labels of a date that is neither: the print date of a print page, and the
# banglanews24 trailer (its time is the filing time: used as a fallback).
TRAILER_LABELS = ["বাংলাদেশ সময়"]
PRINT_LABELS = ["প্রিন্ট এর তারিখ", "প্রিন্টের তারিখ", "প্রিন্ট তারিখ"]
# Printed zone words and their offsets.
ZONES = {
    "+05:30": ["IST", "ভারতীয় সময়"],
    "+06:00": ["বাংলাদেশ সময়", "বাংলাদেশ মান সময়", "BST"],
    "+00:00": ["GMT", "UTC", "জিএমটি", "গ্রিনিচ মান সময়"],
}
# Words that open a site clock or "today" line (formats.md §6.1).
CLOCK_OPENERS = ["আজ", "আজঃ", "আজ:", "ঢাকা", "Dhaka", "Today", "আজকের তারিখ"]
