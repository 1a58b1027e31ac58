"""Number words: 0-99 with spelling variants, hundreds, multipliers,
fractions, ordinals, percent and currency words (bangla.md section 7)."""

# 0-99: the first spelling is the BD/CLDR one, then the variants.
UNITS = {
    0: ['শূন্য'],
    1: ['এক'],
    2: ['দুই', 'দু'],
    3: ['তিন'],
    4: ['চার'],
    5: ['পাঁচ'],
    6: ['ছয়', 'ছ'],
    7: ['সাত'],
    8: ['আট'],
    9: ['নয়', 'ন'],
    10: ['দশ'],
    11: ['এগারো', 'এগার'],
    12: ['বারো', 'বার'],
    13: ['তেরো', 'তের'],
    14: ['চৌদ্দ', 'চোদ্দ'],
    15: ['পনেরো', 'পনের'],
    16: ['ষোলো', 'ষোল'],
    17: ['সতেরো', 'সতের'],
    18: ['আঠারো', 'আঠার', 'আঠেরো'],
    19: ['উনিশ', 'ঊনিশ'],
    20: ['বিশ', 'কুড়ি'],
    21: ['একুশ'],
    22: ['বাইশ'],
    23: ['তেইশ'],
    24: ['চব্বিশ'],
    25: ['পঁচিশ'],
    26: ['ছাব্বিশ'],
    27: ['সাতাশ'],
    28: ['আটাশ', 'আঠাশ'],
    29: ['ঊনত্রিশ', 'উনত্রিশ', 'উনতিরিশ'],
    30: ['ত্রিশ', 'তিরিশ'],
    31: ['একত্রিশ', 'একতিরিশ'],
    32: ['বত্রিশ'],
    33: ['তেত্রিশ', 'তেতিরিশ'],
    34: ['চৌত্রিশ', 'চৌতিরিশ', 'চৌঁতিরিশ'],
    35: ['পঁয়ত্রিশ', 'পঁয়তিরিশ'],
    36: ['ছত্রিশ'],
    37: ['সাঁইত্রিশ', 'সাঁয়ত্রিশ', 'সাঁইতিরিশ'],
    38: ['আটত্রিশ', 'আটতিরিশ'],
    39: ['ঊনচল্লিশ', 'উনচল্লিশ'],
    40: ['চল্লিশ'],
    41: ['একচল্লিশ'],
    42: ['বিয়াল্লিশ'],
    43: ['তেতাল্লিশ'],
    44: ['চুয়াল্লিশ'],
    45: ['পঁয়তাল্লিশ'],
    46: ['ছেচল্লিশ', 'ছয়চল্লিশ'],
    47: ['সাতচল্লিশ'],
    48: ['আটচল্লিশ'],
    49: ['ঊনপঞ্চাশ', 'উনপঞ্চাশ'],
    50: ['পঞ্চাশ'],
    51: ['একান্ন'],
    52: ['বায়ান্ন', 'বাহান্ন'],
    53: ['তিপ্পান্ন', 'তিপান্ন', 'তেপ্পান্ন'],  # তেপ্পান্ন: seen in the corpus
    54: ['চুয়ান্ন'],
    55: ['পঞ্চান্ন'],
    56: ['ছাপ্পান্ন', 'ছাপান্ন'],
    57: ['সাতান্ন'],
    58: ['আটান্ন'],
    59: ['ঊনষাট', 'উনষাট'],
    60: ['ষাট'],
    61: ['একষট্টি'],
    62: ['বাষট্টি'],
    63: ['তেষট্টি'],
    64: ['চৌষট্টি'],
    65: ['পঁয়ষট্টি'],
    66: ['ছেষট্টি', 'ছয়ষট্টি'],
    67: ['সাতষট্টি'],
    68: ['আটষট্টি'],
    69: ['ঊনসত্তর', 'উনসত্তর'],
    70: ['সত্তর'],
    71: ['একাত্তর'],
    72: ['বাহাত্তর'],
    73: ['তিয়াত্তর'],
    74: ['চুয়াত্তর'],
    75: ['পঁচাত্তর'],
    76: ['ছিয়াত্তর'],
    77: ['সাতাত্তর'],
    78: ['আটাত্তর'],
    79: ['ঊনআশি', 'উনআশি'],
    80: ['আশি'],
    81: ['একাশি'],
    82: ['বিরাশি'],
    83: ['তিরাশি'],
    84: ['চুরাশি'],
    85: ['পঁচাশি'],
    86: ['ছিয়াশি'],
    87: ['সাতাশি'],
    88: ['অষ্টআশি', 'অষ্টাশি', 'আটাশি'],
    89: ['ঊননব্বই', 'উননব্বই'],
    90: ['নব্বই'],
    91: ['একানব্বই'],
    92: ['বিরানব্বই'],
    93: ['তিরানব্বই'],
    94: ['চুরানব্বই'],
    95: ['পঁচানব্বই'],
    96: ['ছিয়ানব্বই'],
    97: ['সাতানব্বই'],
    98: ['আটানব্বই'],
    99: ['নিরানব্বই'],
}
# Colloquial and West Bengal forms that a classifier is glued to (দুটি, তিনটে).
UNIT_EXTRA = {2: ["দো"], 4: ["চারি"], 6: ["ছয়"], 9: ["নও"]}

# ×100 inside a group, glued (দেড়শ, পাঁচশো, একশত) or on its own (এক শ).
HUNDRED = ["শ", "শো", "শত", "'শ", "’শ"]
# Multipliers that close a group.
MULTIPLIERS = {
    4: ["হালি", "গণ্ডা"],  # দুই হালি ডিম = 8 (eggs and fruit are sold by the four)
    12: ["ডজন"],  # দুই ডজন = 24
    1_000: ["হাজার", "সহস্র"],
    10_000: ["অযুত"],
    100_000: ["লাখ", "লক্ষ"],
    1_000_000: ["মিলিয়ন", "নিযুত"],
    10_000_000: ["কোটি"],
    1_000_000_000: ["বিলিয়ন", "আরব", "শতকোটি"],  # শতকোটি: শত কোটি written as one word
    100_000_000_000: ["খরব"],  # archaic (bangla.md §7.2)
    1_000_000_000_000: ["ট্রিলিয়ন"],
}
# The multipliers typed glued to a number word (`দুহাজার`, `পাঁচলাখ`, `দশকোটি`).
GLUED_MULTIPLIERS = ["হাজার", "লাখ", "লক্ষ", "কোটি"]
# English multipliers on English and mixed pages (`Tk6,500 crore`, formats.md §3).
LATIN_MULTIPLIERS = {12: ["dozen"], 1_000: ["thousand"], 100_000: ["lakh", "lac", "lakhs"], 1_000_000: ["million", "mn"],
                     10_000_000: ["crore", "crores"], 1_000_000_000: ["billion", "bn"],
                     1_000_000_000_000: ["trillion", "tn"]}
# English number words on English editions (`seven people were killed`,
# `twenty-five`, `two hundred`). `one` is also a pronoun (`one of them`,
# `the one who`): it counts only before a multiplier or `hundred`.
LATIN_UNITS = {
    1: ["one", "a", "an"], 2: ["two"], 3: ["three"], 4: ["four"], 5: ["five"], 6: ["six"], 7: ["seven"], 8: ["eight"],
    9: ["nine"], 10: ["ten"], 11: ["eleven"], 12: ["twelve"], 13: ["thirteen"], 14: ["fourteen"],
    15: ["fifteen"], 16: ["sixteen"], 17: ["seventeen"], 18: ["eighteen"], 19: ["nineteen"], 20: ["twenty"],
    30: ["thirty"], 40: ["forty"], 50: ["fifty"], 60: ["sixty"], 70: ["seventy"], 80: ["eighty"], 90: ["ninety"],
}
LATIN_HOMOGRAPHS = ["one", "a", "an"]  # a number only before a multiplier: `a hundred`, `a dozen`
# Currency words after an amount on English editions (`five crore taka`).
LATIN_CURRENCY = {"BDT": ["taka"], "INR": ["rupees", "rupee"], "USD": ["dollars", "dollar"], "EUR": ["euros", "euro"],
                  "SAR": ["riyals", "riyal"], "AED": ["dirhams", "dirham"], "JPY": ["yen"], "CNY": ["yuan"],
                  "MYR": ["ringgit"], "dinar": ["dinars", "dinar"], "lira": ["lira"], "franc": ["francs"],
                  "peso": ["pesos", "peso"]}
LATIN_HUNDRED = ["hundred"]
# English ordinals in words, read after a determiner (`the third day`, `its
# 50th anniversary` has digits); `second` is also the unit of time, so never
# after `a`, `one`, `per` or `every`.
LATIN_ORDINALS = {1: ["first"], 2: ["second"], 3: ["third"], 4: ["fourth"], 5: ["fifth"], 6: ["sixth"],
                  7: ["seventh"], 8: ["eighth"], 9: ["ninth"], 10: ["tenth"], 11: ["eleventh"], 12: ["twelfth"],
                  13: ["thirteenth"], 14: ["fourteenth"], 15: ["fifteenth"], 16: ["sixteenth"], 17: ["seventeenth"],
                  18: ["eighteenth"], 19: ["nineteenth"], 20: ["twentieth"], 30: ["thirtieth"], 40: ["fortieth"],
                  50: ["fiftieth"], 100: ["hundredth"]}
# `twenty-first`, `ninety-ninth`: a ten and a unit's ordinal, hyphenated.
LATIN_ORDINALS.update({t + u: [f"{tw}-{uw}"] for t, (tw,) in ((t, LATIN_UNITS[t]) for t in range(20, 100, 10))
                       for u in range(1, 10) for uw in LATIN_ORDINALS[u]})
LATIN_ORDINAL_BEFORE = ["the", "its", "his", "her", "their", "our", "a", "this", "that", "every"]
# Parts of a whole after a number word: `two-thirds`, `one quarter`.
LATIN_PARTS = {3: ["third", "thirds"], 4: ["quarter", "quarters", "fourth", "fourths"], 5: ["fifth", "fifths"]}
# Vague quantities: `hundreds of`, `thousands of` (more than the multiplier).
# `a few hundred`, `several thousand` are so too (as কয়েক হাজার is); `tens of
# thousands of` is more than ten thousand.
LATIN_VAGUE = {12: ["dozens of", "several dozen", "a few dozen"], 20: ["scores of"],
               100: ["hundreds of", "a few hundred", "several hundred"],
               1_000: ["thousands of", "a few thousand", "several thousand"],
               10_000: ["tens of thousands of", "tens of thousands"],
               100_000: ["lakhs of", "hundreds of thousands of", "hundreds of thousands", "a few lakh", "several lakh"],
               1_000_000: ["millions of", "a few million", "several million"],
               10_000_000: ["crores of", "tens of millions of", "a few crore", "several crore"],
               100_000_000: ["hundreds of millions of"], 1_000_000_000: ["billions of"]}
# Lower bounds: শতাধিক = more than a hundred (দুই শতাধিক = more than 200).
BOUNDS = {
    100: ["শতাধিক"],
    1_000: ["সহস্রাধিক", "হাজারাধিক"],
    100_000: ["লক্ষাধিক", "লাখাধিক"],
}
HALF_HUNDRED_BOUND = ["অর্ধশতাধিক"]  # > 50
# Numbers that are fractions on their own.
FRACTIONS = {0.25: ["সিকি"], 0.5: ["আধা", "আধ", "অর্ধেক", "অর্ধ"], 1.5: ["দেড়"], 2.5: ["আড়াই"], 50: ["অর্ধশত"]}
# Fractions that bind before the next number or multiplier.
PREFIX_FRACTIONS = {0.5: ["সাড়ে"], 0.25: ["সোয়া", "সওয়া"], -0.25: ["পৌনে"]}
DECIMAL_POINT = ["দশমিক", "পয়েন্ট"]

# Classifiers and case endings that may be glued to a number (৬৯টি, তিনজন,
# ২০২২-এর, হাজারের); longest first when stripped.
CLASSIFIERS = ["টি", "টা", "টে", "টো", "জন", "খানা", "খানি", "গুলো", "গুলি", "বার"]  # বার: times (তিনবার)
CASE_ENDINGS = ["এর", "ের", "র", "য়ের", "য়", "এ", "ে", "তে", "ই", "ও", "কে", "রও", "েরও", "এরও",
                "তেই", "টিই", "জনই", "কেই", "কেও", "েরই", "রই",
                "সহ"]  # including, glued: `১ হাজারসহ`, `৫০০ টাকাসহ`, `১০ জনসহ`
# Vague quantities: more than the multiplier, nothing more exact (হাজারো
# মানুষ = thousands of people).
VAGUE = {12: ["কয়েক ডজন", "ডজন ডজন"],
         100: ["শত শত", "শ শ", "কয়েকশ", "কয়েকশো", "কয়েক শ", "কয়েক শো", "কয়েক শত", "কয়েক'শ",
               "কয়েক’শ"],
         1_000: ["হাজারো", "হাজার হাজার", "কয়েক হাজার"],
         100_000: ["লাখো", "লাখ লাখ", "কয়েক লাখ", "লক্ষ লক্ষ"],
         10_000_000: ["কোটি কোটি", "কয়েক কোটি"]}
# Words after a number that mark "more than": ৪৪ হাজারেরও বেশি.
MORE_THAN = ["বেশি", "অধিক", "বেশী", "ঊর্ধ্বে", "উর্ধ্বে", "ঊর্ধ্ব", "উর্ধ্ব", "উপরে", "ওপরে"]
# ... and "less than": ৫০০-এর কম, পাঁচ শতাংশের কম.
LESS_THAN = ["কম", "নিচে", "নীচে"]
# `ষাটোর্ধ্ব` (over sixty), `আঠারোর্ধ্ব`: a number word with "above" glued.
ABOVE_SUFFIX = "র্ধ্ব"
# ... and "about": দুই হাজারের মতো, ১০ হাজারের কাছাকাছি.
ABOUT_AFTER = ["মতো", "মত", "কাছাকাছি"]
# Words before a number that qualify it (bangla.md §7.2: প্রায় N, অন্তত N),
# by the bound they give: about, at least, at most.
# (`জনা কুড়ি যুবক`: West Bengal's "some twenty people", জনা set apart from the count)
QUALIFIERS = {"~": ["প্রায়", "আনুমানিক", "মোটামুটি", "জনা"],
              ">=": ["অন্তত", "অন্ততপক্ষে", "কমপক্ষে", "নিদেনপক্ষে", "ন্যূনতম", "নূন্যতম"],
              # Not সর্বোচ্চ: in news it is mostly "the highest" (`সর্বোচ্চ ১৪৪ রান`).
              "<=": ["বড়জোর", "অনধিক"]}
# After বেশি/কম, a negation turns the bound round: `৭০০ কোটি টাকার কম নয়` is >=.
NEGATIONS = ["নয়", "না"]
# Approximate counts: a number word with -েক (হাজার পাঁচেক = about 5,000,
# মাস ছয়েক = about six months) and a multiplier with -খানেক (হাজারখানেক).
APPROX = {1.5: ["দেড়েক"], 2: ["দুয়েক", "দুএক"], 3: ["তিনেক"], 4: ["চারেক"], 5: ["পাঁচেক"], 6: ["ছয়েক"],
          7: ["সাতেক"], 8: ["আটেক"], 10: ["দশেক"], 12: ["বারোক"], 15: ["পনেরোক"], 20: ["বিশেক"],
          25: ["পঁচিশেক"], 50: ["পঞ্চাশেক"]}
# `জনাদশেক` (about ten people): the count of people glued after জনা.
APPROX_GLUED_BEFORE = ["জনা"]
APPROX_ONE = "খানেক"  # হাজারখানেক, শ'খানেক, লাখখানেক: about one of them
# A unit with -খানেক is about one of it: কেজিখানেক, ঘণ্টাখানেক, মাইলখানেক.
APPROX_ONE_UNITS = ["কেজি", "কিলো", "কিলোমিটার", "মাইল", "লিটার", "মিটার", "গজ", "হাত", "ফুট",
                    "টন", "মণ", "বিঘা", "একর", "গ্রাম", "ঘণ্টা", "ঘন্টা", "মিনিট", "দিন", "সপ্তাহ",
                    "মাস", "বছর", "কাপ", "বস্তা"]
# A part of a whole: দুই-তৃতীয়াংশ = 2/3, এক-চতুর্থাংশ = 1/4 (an ordinal + অংশ).
PART_SUFFIX = "াংশ"
# Units that a half is glued to: আধঘণ্টা (half an hour), আধকেজি.
HALF_GLUED = ["ঘণ্টা", "ঘন্টা", "কেজি", "লিটার", "মাইল", "কিলো", "কিলোমিটার", "বেলা", "ঘণ্টার", "ঘন্টার"]
# After শতাংশ: percentage points (২৫ শতাংশ পয়েন্ট).
POINTS = ["পয়েন্ট", "point", "points"]
# `৫০ বেসিস পয়েন্ট`, `50 basis points`: hundredths of a percentage point.
BASIS = ["বেসিস", "বেসিক", "basis"]
BASIS_POINTS_SHORT = ["bps", "bp"]  # `50bps`, `25 bp`

PERCENT_AFTER = ["শতাংশ", "শতাংশের", "শতাংশে", "পার্সেন্ট", "%",
                 "শতাংশীয়",  # `০.২৫ শতাংশীয় পয়েন্ট`: percentage points
                 # with the clitics -ও and -ই: `এক শতাংশেরও কম`, `পাঁচ শতাংশও নয়`
                 "শতাংশেরও", "শতাংশও", "শতাংশেই", "শতাংশই", "শতাংশেও", "শতাংশকে", "শতাংশকেই",
                 "পার্সেন্টের", "পার্সেন্টেরও", "পার্সেন্টই", "পার্সেন্টও"]
PERCENT_BEFORE = ["শতকরা"]
# Words for minus before an amount: `মাইনাস ৫ ডিগ্রি`, `প্রবৃদ্ধি ঋণাত্মক ২ শতাংশ`
# (economists' word for a negative rate), `minus 2 percent`, `negative 0.5 percent`.
MINUS_WORDS = ["মাইনাস", "ঋণাত্মক", "minus", "Minus", "negative", "Negative"]
PERCENT_PARTS = ["ভাগ", "ভাগের"]  # শতকরা N ভাগ, and N ভাগ after শতকরা
WHOLE_PERCENT = ["শতভাগ"]  # = 100%

# Currency words and symbols -> ISO 4217 (টাকা is BDT on Bangladeshi pages).
CURRENCY = {
    "BDT": ["টাকা", "টাকার", "টাকায়", "টাকাও", "টাকাই", "৳", "Tk", "Tk.", "tk"],
    "INR": ["রুপি", "রুপির", "রুপিতে", "ভারতীয় রুপি", "₹", "Rs", "Rs."],
    "USD": ["ডলার", "ডলারের", "ডলারে", "ডলারও", "মার্কিন ডলার", "ইউএস ডলার", "$"],
    "EUR": ["ইউরো", "ইউরোর", "€"],
    "GBP": ["পাউন্ড", "পাউন্ডের", "পাউন্ড স্টার্লিং", "£"],
    "SAR": ["রিয়াল", "সৌদি রিয়াল", "রিয়ালের"],
    "AED": ["দিরহাম", "দিরহামের"],
    "JPY": ["ইয়েন", "ইয়েনের", "¥"],
    "CNY": ["ইউয়ান", "ইউয়ানের"],
    "RUB": ["রুবল", "রুবেল"],
    "MYR": ["রিঙ্গিত"],
    "IDR": ["রুপিয়াহ"],
    "MMK": ["কিয়াত"],
    "MVR": ["রুফিয়া"],
    # Names that several countries' currencies share, none of them the usual
    # one: which is meant only a country says (SHARED_CURRENCY below).
    "dinar": ["দিনার", "দিনারের", "দিনারে"],
    "peso": ["পেসো", "পেসোর"],
    "lira": ["লিরা", "লিরার"],
    "franc": ["ফ্রাঁ", "ফ্রাংক"],
}
# A currency name that several countries use (bangla.md §7.5): the country's
# adjective before the name (`৫০ নেপালি রুপি`, `৫০ কুয়েতি দিনার`, `Saudi
# riyals`), or else the one country that the sentence names (`পাকিস্তানে
# ৩০০ রুপি` = PKR), says which. Without either, the name's code in CURRENCY
# stands (a bare রুপি is INR, রিয়াল SAR), or none where no one country
# dominates the name (দিনার): money, its currency not said.
# {code in CURRENCY: {code: ([adjectives], [country names, matched as word starts])}}
SHARED_CURRENCY = {
    "INR": {"INR": (["ভারতীয়", "Indian"], ["ভারত", "India"]),
            "PKR": (["পাকিস্তানি", "পাকিস্তানী", "Pakistani"], ["পাকিস্তান", "Pakistan"]),
            "NPR": (["নেপালি", "নেপালী", "Nepali", "Nepalese"], ["নেপাল", "Nepal"]),
            "LKR": (["শ্রীলঙ্কান", "শ্রীলংকান", "লঙ্কান", "Lankan"], ["শ্রীলঙ্কা", "শ্রীলংকা", "Sri Lanka"])},
    "USD": {"USD": (["মার্কিন", "ইউএস", "আমেরিকান", "US", "American"], []),
            "CAD": (["কানাডীয়", "কানাডিয়ান", "Canadian"], []),
            "AUD": (["অস্ট্রেলীয়", "অস্ট্রেলিয়ান", "Australian"], []),
            "SGD": (["সিঙ্গাপুরি", "সিঙ্গাপুরী", "সিঙ্গাপুর", "Singapore"], []),
            "NZD": (["নিউজিল্যান্ড", "নিউজিল্যান্ডের"], []),
            "HKD": (["হংকং"], []),
            "TWD": (["তাইওয়ানি", "তাইওয়ানিজ", "Taiwan"], [])},
    "SAR": {"SAR": (["সৌদি", "Saudi"], ["সৌদি", "Saudi"]),
            "QAR": (["কাতারি", "কাতারী", "Qatari"], ["কাতার", "Qatar"]),
            "OMR": (["ওমানি", "ওমানী", "Omani"], ["ওমান", "Oman"]),
            "IRR": (["ইরানি", "ইরানী", "Iranian"], ["ইরান", "Iran"]),
            "YER": (["ইয়েমেনি", "Yemeni"], ["ইয়েমেন", "Yemen"])},
    "dinar": {"KWD": (["কুয়েতি", "কুয়েতী", "Kuwaiti"], ["কুয়েত", "Kuwait"]),
              "BHD": (["বাহরাইনি", "বাহরাইনী", "Bahraini"], ["বাহরাইন", "Bahrain"]),
              "IQD": (["ইরাকি", "ইরাকী", "Iraqi"], ["ইরাক", "Iraq"]),
              "JOD": (["জর্ডানি", "জর্ডানিয়ান", "Jordanian"], ["জর্ডান", "Jordan"]),
              "LYD": (["লিবীয়", "লিবিয়ান", "Libyan"], ["লিবিয়া", "Libya"]),
              "DZD": (["আলজেরীয়", "আলজেরিয়ান", "Algerian"], ["আলজেরিয়া", "Algeria"]),
              "TND": (["তিউনিসীয়", "তিউনিসিয়ান", "Tunisian"], ["তিউনিসিয়া", "Tunisia"])},
    "AED": {"AED": (["আমিরাতি", "আমিরাতের", "Emirati", "UAE"], ["আমিরাত", "দুবাই", "আবুধাবি", "UAE", "Dubai"]),
            "MAD": (["মরক্কোর", "মরোক্কান", "Moroccan"], ["মরক্কো", "Morocco"])},
    "GBP": {"GBP": (["ব্রিটিশ", "British"], []),
            "EGP": (["মিসরীয়", "মিশরীয়", "Egyptian"], ["মিসর", "মিশর", "Egypt"])},
    "peso": {"PHP": (["ফিলিপাইনি", "ফিলিপাইন", "Philippine"], ["ফিলিপাইন", "Philippines"]),
             "MXN": (["মেক্সিকান", "Mexican"], ["মেক্সিকো", "Mexico"]),
             "ARS": (["আর্জেন্টাইন", "Argentine"], ["আর্জেন্টিনা", "Argentina"])},
    "lira": {"TRY": (["তুর্কি", "টার্কিশ", "Turkish"], ["তুরস্ক", "Turkey", "Türkiye"]),
             "LBP": (["লেবানিজ", "Lebanese"], ["লেবানন", "Lebanon"])},
    "franc": {"CHF": (["সুইস", "Swiss"], ["সুইজারল্যান্ড", "Switzerland"])},
    # names one country uses: its adjective before them is part of the amount
    # (`১০ লাখ জাপানি ইয়েনের`, `মালয়েশিয়ান রিঙ্গিত`)
    "JPY": {"JPY": (["জাপানি", "জাপানী", "Japanese"], [])},
    "CNY": {"CNY": (["চীনা", "চাইনিজ", "Chinese"], [])},
    "RUB": {"RUB": (["রুশ", "রাশিয়ান", "Russian"], [])},
    "MYR": {"MYR": (["মালয়েশিয়ান", "মালয়েশীয়", "Malaysian"], [])},
    "IDR": {"IDR": (["ইন্দোনেশিয়ান", "ইন্দোনেশীয়", "Indonesian"], [])},
    "MMK": {"MMK": (["মিয়ানমারের", "বার্মিজ", "Myanmar"], [])},
    "MVR": {"MVR": (["মালদ্বীপের", "মালদ্বীপীয়", "Maldivian"], [])},
}
# Units of measure after a number -> a short symbol (kind `measure`). Time
# units are not here: durations belong to the dates. গ্রাম (gram, also
# "village") counts only after digits and without a case ending.
MEASURES = {
    "km": ["কিলোমিটার", "কিমি"], "m": ["মিটার"], "cm": ["সেন্টিমিটার"], "mm": ["মিলিমিটার"],
    "mile": ["মাইল"], "nmi": ["নটিক্যাল মাইল"], "ft": ["ফুট"], "in": ["ইঞ্চি"],
    "km²": ["বর্গকিলোমিটার", "বর্গ কিলোমিটার"], "ft²": ["বর্গফুট", "বর্গ ফুট"], "m²": ["বর্গমিটার", "বর্গ মিটার"],
    "kg": ["কেজি", "কিলোগ্রাম"], "g": ["গ্রাম"], "t": ["টন", "মেট্রিক টন"], "maund": ["মণ"],
    "L": ["লিটার"], "mL": ["মিলিলিটার", "মিলি"], "barrel": ["ব্যারেল"], "ft³": ["ঘনফুট"],
    "MW": ["মেগাওয়াট"], "kW": ["কিলোওয়াট"], "GW": ["গিগাওয়াট"],
    "ha": ["হেক্টর"], "acre": ["একর"], "bigha": ["বিঘা"],
    "°": ["ডিগ্রি"], "°C": ["ডিগ্রি সেলসিয়াস", "ডিগ্রি সেলসিয়াসে", "ডিগ্রি সেলসিয়াসের", "ডিগ্রি সেলসিয়াসেও"],
    "°F": ["ডিগ্রি ফারেনহাইট", "ডিগ্রি ফারেনহাইটে"],
    # Gold is sold by the ভরি (= তোলা, 11.66 g) and its রতি; rice by the সের and ছটাক;
    # a river's flow is in cusecs.
    "bhori": ["ভরি"], "tola": ["তোলা"], "ratti": ["রতি"], "seer": ["সের"], "chhatak": ["ছটাক"],
    "cusec": ["কিউসেক"], "karat": ["ক্যারেট", "ক্যারাট"], "decimal": ["ডেসিমেল", "ডেসিমাল"],
    "mi²": ["বর্গমাইল", "বর্গ মাইল"],
    "GB": ["জিবি", "গিগাবাইট"], "MB": ["এমবি", "মেগাবাইট"],
    "mg": ["মিলিগ্রাম"], "µg": ["মাইক্রোগ্রাম"], "yd": ["গজ"], "katha": ["কাঠা"], "m³": ["ঘনমিটার", "ঘন মিটার"],
    "kV": ["কিলোভোল্ট", "কেভি"], "cc": ["সিসি"], "kWh": ["কিলোওয়াট ঘণ্টা"], "MWh": ["মেগাওয়াট ঘণ্টা"],
    "TB": ["টেরাবাইট"],
    # A share index's points (`ডিএসইএক্স ৩৫ পয়েন্ট কমে ৫,২০০ পয়েন্টে`); before digits
    # পয়েন্ট is a decimal point (`৩ পয়েন্ট ৫ শতাংশ`).
    "pt": ["পয়েন্ট"],
    # An earthquake's magnitude (`৫ দশমিক ৬ মাত্রার ভূমিকম্প`): a count before
    # মাত্রা is little else in news.
    "magnitude": ["মাত্রা"],
    # A multiple: `তিন গুণ`, `১০ গুণ বেশি` (glued: দ্বিগুণ, তিনগুণ; see TIMES_PREFIXES).
    "×": ["গুণ"],
}
# Multiples glued to their word: দ্বিগুণ (twice), ত্রিগুণ, চতুর্গুণ; any
# number word glued to গুণ also counts (তিনগুণ, দশগুণ, শতগুণ).
TIMES_WORD = "গুণ"
TIMES_PREFIXES = {"দ্বি": 2, "ত্রি": 3, "চতুর্": 4, "শত": 100, "হাজার": 1000, "দেড়": 1.5, "আড়াই": 2.5}
# শতক and শতাংশ are also a unit of land, a decimal (1/100 acre), before these
# words (`৩৩ শতক জমি`, `৫ শতাংশ জমির ওপর`); elsewhere a century and a percent.
LAND_WORDS = ["জমি", "জমির", "জমিতে", "জমিসহ", "ভিটা", "ভিটার", "বসতভিটা", "জায়গা", "জায়গার", "জায়গায়", "ভূমি",
              "ভূমির", "খাস", "আবাদি", "পুকুর", "বাড়ি", "ধানি", "কৃষিজমি"]
LAND_UNITS = ["শতক", "শতাংশ"]
# Measures that count only after digits, never with a case ending.
MEASURES_DIGITS_ONLY = ["গ্রাম"]
# English editions' units.
LATIN_MEASURES = {"km": ["km", "kilometres", "kilometers", "kilometre", "kilometer"],
                  "kg": ["kg", "kilograms", "kilogram", "kilos"], "t": ["tonnes", "tons", "tonne", "ton"],
                  "MW": ["MW", "megawatts", "megawatt"], "mm": ["mm"], "cm": ["cm"],
                  "ha": ["hectares", "hectare"], "acre": ["acres", "acre"], "L": ["litres", "liters", "litre", "liter"],
                  "mile": ["miles", "mile"], "ft": ["feet", "foot"], "m": ["metres", "meters", "metre", "meter"],
                  "°": ["degrees"], "g": ["grams", "gram"], "mg": ["milligrams", "milligram", "mg"],
                  "in": ["inches", "inch"], "yd": ["yards"], "mL": ["ml", "millilitres", "milliliters"],
                  "barrel": ["barrels"], "bigha": ["bighas", "bigha"], "maund": ["maunds", "maund"],
                  "decimal": ["decimals"], "kWh": ["kWh"], "MWh": ["MWh"], "GWh": ["GWh"],
                  "km/h": ["kmph", "kph"], "mph": ["mph"],
                  "kW": ["kW", "kilowatts", "kilowatt"], "GW": ["GW", "gigawatts", "gigawatt"], "TB": ["TB"],
                  "GB": ["GB"], "MB": ["MB"], "magnitude": ["magnitude"]}
# Words that are a number alone, asked of `parse_number` (in running text
# they count only before `of` or a noun: `half of the voters`, `এক ডজন ডিম`).
ALONE = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a quarter": 0.25, "quarter": 0.25, "one quarter": 0.25,
         "a third": "1/3", "one third": "1/3", "three quarters": 0.75, "three-quarters": 0.75,
         "a dozen": 12, "ডজন": 12, "হালি": 4}
# English multiples: `three times higher`, `10 times the size`, `twice as
# many` (a count of times alone, `visited 10 times`, stays a count).
TIMES_AFTER_EN = ["more", "higher", "larger", "bigger", "greater", "faster", "lower", "smaller", "less", "fewer",
                  "the",
                  # `as` only before a word of measure (`scored twice as Al Nassr beat …` is no multiple)
                  "as many", "as much", "as likely", "as high", "as large", "as big", "as fast", "as long",
                  "as often", "as expensive", "as costly", "as strong", "as great", "as low", "as far", "as wide"]
TWICE_EN = {"twice": 2, "thrice": 3}
# Speeds (bangla.md §7 units; weather bulletins: `ঘণ্টায় ৬০-৮০ কিলোমিটার বেগে`):
# a distance per hour, said by `ঘণ্টায়` before it, a speed noun after it, or
# `/ঘণ্টা`, `per hour` glued to it, is a speed.
# A count before মাত্রা is a magnitude only where an earthquake is told
# around it (`৫ দশমিক ৬ মাত্রার ভূমিকম্প`, `রিখটার স্কেলে ৭.১ মাত্রার`);
# elsewhere মাত্রা is a dose (`টিকার দুই মাত্রা`) and the count stays a count.
MAGNITUDE_WORDS = ["ভূমিকম্প", "ভূকম্পন", "রিখটার", "রিক্টার", "কম্পন", "earthquake", "quake", "tremor", "Richter"]
SPEED_UNITS = {"km": "km/h", "mile": "mph"}
SPEED_BEFORE = ["ঘণ্টায়", "ঘন্টায়", "per hour"]
SPEED_AFTER_WORDS = ["বেগে", "বেগের", "বেগ", "গতিতে", "গতির", "গতি", "গতিবেগে", "গতিবেগের", "বেগবান"]
SPEED_AFTER_UNIT = ["/ঘণ্টা", "/ঘন্টা", "/h", "/hr", "/hour", " per hour", " an hour", " প্রতি ঘণ্টা"]
# Between the amount and its speed noun (`১০০ কিলোমিটার পর্যন্ত বেগে`), or
# between ঘণ্টায় and the amount (`ঘণ্টায় সর্বোচ্চ ১২০ কিলোমিটার`).
# Vague counts before ঘণ্টায় that make it "in so many hours", not per hour
# (`কয়েক ঘণ্টায় ৫০ কিলোমিটার`); a number there says so too.
SPEED_HOURS_COUNTED = ["কয়েক", "কয়েকটি", "দুয়েক", "few"]
SPEED_FILLERS = ["পর্যন্ত", "সর্বোচ্চ", "সর্বনিম্ন", "প্রায়", "গড়ে", "গড়", "অন্তত", "up to", "about"]
# Words of a cricket report: near them `5-78` is a bowler's figures, not a range.
CRICKET_WORDS = ["wicket", "wickets", "over", "overs", "runs", "bowl", "bowled", "bowler", "bowling", "figures",
                 "innings", "spell", "উইকেট", "ওভার", "রান", "বোলার", "বোলিং", "ইনিংস"]
# ... and of two words (`30 degrees Celsius`, `1,200 square feet`).
LATIN_MEASURES_TWO_WORDS = {"°C": ["degrees Celsius", "degree Celsius"], "°F": ["degrees Fahrenheit"],
                            "km²": ["square kilometres", "square kilometers", "sq km"], "ft²": ["square feet", "sq ft"],
                            "m²": ["square metres", "square meters"], "t": ["metric tonnes", "metric tons"],
                            "m³": ["cubic metres", "cubic meters"], "ft³": ["cubic feet"], "nmi": ["nautical miles"]}
# The taka's subunit: `৫০ পয়সা` is 0.50 BDT (bangla.md §7.5).
PAISA = ["পয়সা", "পয়সার", "পয়সায়", "পয়সাও"]
# Symbols that stand before the amount.
CURRENCY_PREFIX = ["৳", "$", "₹", "€", "£", "¥", "Tk", "Tk.", "Rs", "Rs.", "USD", "BDT", "INR", "EUR", "GBP",
                   # ISO codes before an amount (`PKR 500`, `SAR 1,200`)
                   "PKR", "NPR", "LKR", "SAR", "AED", "QAR", "KWD", "OMR", "BHD", "MYR", "SGD", "CAD", "AUD", "JPY",
                   "CNY", "RUB", "CHF", "HKD"]
# English editions' words: a qualifier before the number, and percent after it.
LATIN_QUALIFIERS = {"~": ["nearly", "about", "around", "almost", "approximately", "roughly", "some"],
                    ">": ["over"], "<=": ["maximum"]}
# Two-word qualifiers on English editions (`more than 300`, `at least 20`).
LATIN_QUALIFIER_PAIRS = {">": ["more than"], "<": ["less than", "fewer than"], ">=": ["at least"],
                         "<=": ["up to", "at most"], "~": ["an estimated"]}
LATIN_PERCENT = ["percent", "pc", "percentage"]  # `percentage` before `points`
LATIN_PERCENT_PAIRS = ["per cent"]

# Ordinal words (1-20, then 21+ as cardinal + তম) and digit suffixes.
ORDINAL_WORDS = {
    1: ["প্রথম"], 2: ["দ্বিতীয়"], 3: ["তৃতীয়"], 4: ["চতুর্থ"], 5: ["পঞ্চম"], 6: ["ষষ্ঠ"],
    7: ["সপ্তম"], 8: ["অষ্টম"], 9: ["নবম"], 10: ["দশম"], 11: ["একাদশ"], 12: ["দ্বাদশ"],
    13: ["ত্রয়োদশ"], 14: ["চতুর্দশ"], 15: ["পঞ্চদশ"], 16: ["ষোড়শ"], 17: ["সপ্তদশ"],
    18: ["অষ্টাদশ"], 19: ["ঊনবিংশ", "উনবিংশ"], 20: ["বিংশ"], 21: ["একবিংশ"], 22: ["দ্বাবিংশ"],
    23: ["ত্রয়োবিংশ"], 24: ["চতুর্বিংশ"], 25: ["পঞ্চবিংশ"], 26: ["ষড়বিংশ"], 27: ["সপ্তবিংশ"],
    28: ["অষ্টাবিংশ"], 29: ["ঊনত্রিংশ", "উনত্রিংশ"], 30: ["ত্রিংশ"],
    100: ["শততম"],
}
# The Sanskrit ordinals from eleven on also take তম: একাদশতম, বিংশতম.
ORDINAL_WORDS.update({n: ws + [w + "তম" for w in ws] for n, ws in ORDINAL_WORDS.items() if 11 <= n <= 30})
ORDINAL_SUFFIXES = ["ম", "য়", "র্থ", "ষ্ঠ", "তম"]
ORDINAL_WORD_SUFFIX = "তম"  # পঞ্চাশতম = 50th

# Words that look like numbers but, alone before a noun, are not: এক = "a",
# নয় = "is not", বার = "times". They count only next to a multiplier,
# classifier, unit or another number.
HOMOGRAPHS = ["এক", "নয়", "ন", "বার", "দু", "ছ", "আধ", "শত"]
# Nouns that make a homograph a number (units of time, measure, people).
COUNT_NOUNS = [
    "দিন", "দিনের", "দিনে", "দিনেই", "সপ্তাহ", "সপ্তাহের", "সপ্তাহে", "সপ্তাহেই", "মাস", "মাসের", "মাসে",
    "মাসেই", "বছর", "বছরের", "বছরে", "বছরেই",
    "ঘণ্টা", "ঘণ্টার", "ঘণ্টায়", "ঘন্টা", "মিনিট", "মিনিটের", "মিনিটে", "সেকেন্ড", "জন", "জনের", "জনকে", "জনই", "জনও",
    "টন", "কেজি", "লিটার", "কিলোমিটার", "মিটার", "কিলো", "গ্রাম", "একর", "হেক্টর", "বার", "বারের",
    "দফা", "দফায়", "ভাগ", "পরিবার", "মানুষ", "ব্যক্তি", "শিশু", "নারী", "পুরুষ",
    "দশক", "দশকের", "দশকে", "যুগ", "যুগের", "যুগে", "শতাব্দী", "শতাব্দীর", "শতক",
    # with the clitic -ও before a bound: `এক দশকেরও বেশি`
    "বছরেরও", "মাসেরও", "দিনেরও", "সপ্তাহেরও", "ঘণ্টারও", "দশকেরও", "যুগেরও", "মিনিটেরও",
]
# A dash or থেকে between two numbers makes a range.
RANGE_WORDS = ["থেকে", "হতে", "হইতে"]  # হইতে: the formal (সাধু) form, in notices
# A verb of change after the end of two amounts makes them a change, not a span
# (`৫০ টাকা থেকে ৮০ টাকায় উঠেছে`); `হয়`, `হবে`, `হতে পারে` are no change.
CHANGE_VERBS_AFTER = ["করা", "করে", "করেছে", "করল", "করলো", "করেন", "করার", "হয়েছে", "হলো", "হল",
                      "দাঁড়িয়েছে", "দাঁড়ায়", "দাঁড়াল", "উঠেছে", "উঠল", "নেমেছে", "নামল", "নির্ধারণ",
                      "বাড়ানো", "কমানো", "বাড়িয়ে", "কমিয়ে"]
# The same said between the two (`৯ থেকে কমে ৮ শতাংশে`, `১০০ থেকে বাড়িয়ে ১৫০
# টাকা`), and English verbs before `from X to Y`: a change, the unit said once.
CHANGE_VERBS_BETWEEN = ["বেড়ে", "কমে", "বাড়িয়ে", "কমিয়ে", "নেমে", "উঠে", "বেড়ে গিয়ে", "কমে গিয়ে"]
CHANGE_VERBS_EN = ["rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
                   "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases",
                   "dropped", "drop", "drops", "declined", "decline", "declines", "climbed", "climb",
                   "jumped", "jump", "grew", "grow", "grown", "surged", "slipped", "slid", "eased", "plunged",
                   "soared", "raised", "raise", "cut", "reduced", "reduce", "lowered", "lower", "hiked",
                   "slashed", "up", "down", "went", "narrowed", "widened"]

# Names that hold a number word or digits: outlets and channels (`প্রথম আলো`
# is a newspaper, not "first light"; `একাত্তর টিভি`, `চ্যানেল ২৪`).
NAMES_WITH_NUMBERS = ["প্রথম আলো", "প্রথম আলোর", "প্রথম আলোকে", "প্রথম আলোয়", "প্রথম আলোতে", "প্রথম আলোও",
                      "একাত্তর টিভি", "একাত্তর টেলিভিশন", "একাত্তর টিভির", "একুশে টেলিভিশন", "একুশে টিভি",
                      "চ্যানেল ২৪", "চ্যানেল 24", "নিউজ ২৪", "News 24", "Channel 24", "Ekattor TV", "Prothom Alo"]
# Idioms whose number counts nothing: early in the morning, thoroughly,
# assorted, empty-handed, after much thought, squandered, a small difference,
# at great length.
IDIOMS_WITH_NUMBERS = ["সাত সকালে", "সাতসকালে", "আটঘাট", "আট ঘাট", "পাঁচমিশালি", "পাঁচ মিশালি", "শূন্য হাতে",
                       "শূন্যহাতে", "সাত-পাঁচ", "সাত পাঁচ", "নয়ছয়", "নয়-ছয়", "উনিশ-বিশ", "উনিশ বিশ",
                       "সাতকাহন", "সাত কাহন"]

# Names with a number in them, by the word after the number (`উত্তর ২৪
# পরগনা`, a district): the number is the name's, not a count.
NAMED_BY_NUMBER = ["পরগনা", "পরগনায়", "পরগনার", "পরগণা", "পরগণায়", "পরগণার"]
