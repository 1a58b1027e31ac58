"""Desk and byline words, places, and the marks of West Bengal outlets
(formats.md §2)."""

# A word from this list makes a short line a desk or byline candidate.
ROLE_WORDS = [
    "প্রতিবেদক", "প্রতিনিধি", "প্রতিবেদ", "সংবাদদাতা", "রিপোর্টার", "রিপোর্ট",
    "করেসপন্ডেন্ট", "করসপন্ডেন্ট", "করেসপনডেন্ট", "ডেস্ক", "ডেষ্ক", "ডেক্স",
    "ব্যুরো", "প্রতিবেদন", "সম্পাদক", "এডিটর", "কলামিস্ট", "লেখক", "সংবাদকর্মী",
    "আলোকচিত্রী", "ফটোসাংবাদিক", "চিত্রগ্রাহক",  # a photo page's credit (`নিজস্ব আলোকচিত্রী`)
    "Desk", "DESK", "desk", "Reporter", "Correspondent", "Staff", "Report", "Correspondents", "Bureau",
]
# Two-word roles whose last word is no role alone (formats.md §2: newsevm's
# `ব্যুরো নিউজ`, the generic `ডেস্ক নিউজ`).
ROLE_PHRASES = ["ব্যুরো নিউজ", "ডেস্ক নিউজ", "প্রেস বিজ্ঞপ্তি", "সংবাদ বিজ্ঞপ্তি", "প্রেস রিলিজ", "Press Release",
                "ব্যুরো প্রধান", "ব্যুরো চিফ", "ব্যুরো চীফ", "ব্যুরো চিপ", "ব্যুরো চীপ"]
# Words a headline tells of people in a role with (`হামলায় আহত দুই প্রতিবেদক`,
# `বরখাস্ত হলেন দুই সম্পাদক`): a count, what happened to them, a verb. No byline
# holds one before its role word.
NOT_BEFORE_ROLE = ["দুই", "দু", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়", "দশ", "দুজন", "তিনজন", "কয়েক",
                   "একাধিক", "বহু", "শতাধিক", "আহত", "নিহত", "আটক", "গ্রেপ্তার", "গ্রেফতার", "বরখাস্ত", "অপহৃত",
                   "নিখোঁজ", "লাঞ্ছিত", "হামলায়", "হামলার", "মারধরের", "পুরস্কৃত", "সম্মানিত", "হলেন", "পেলেন",
                   "গেলেন", "দিলেন", "নিলেন", "হয়েছেন", "পেয়েছেন"]
# Words that are a byline only as the whole line (a press release's `বিজ্ঞপ্তি`
# under its title; at a title's end, `৪০০ পদে নিয়োগ বিজ্ঞপ্তি`, a notice).
ROLE_LINES = ["বিজ্ঞপ্তি"]
# Roles that never name a person (so they are never an author).
ROLE_ONLY = [
    "নিজস্ব", "আমাদের", "স্টাফ", "অনলাইন", "জ্যেষ্ঠ", "বিশেষ", "অতিথি", "নগর", "সিনিয়র",
    "ডিস্ট্রিক্ট", "স্পেশাল", "জেলা", "উপজেলা", "বার্তা", "নিউজ", "সংবাদ", "ডাক",
    "অ্যাসিসট্যান্ট", "আউটপুট", "চিফ", "প্রধান", "ভিডিও", "সাহিত্য", "শিক্ষা",
    "বিনোদন", "ক্রীড়া", "স্পোর্টস", "খেলা", "আন্তর্জাতিক", "ইন্টারন্যাশনাল",
    "জাতীয়", "অর্থনীতি", "বাণিজ্য", "এক্সক্লুসিভ", "ডিজিটাল", "কূটনৈতিক", "মানবজমিন",
    "Our", "Own", "Special", "Senior", "Diplomatic", "Online", "Business", "Sports", "City",
    "International", "National", "Staff",
]
# Words that mark an institution, not a place (`জগন্নাথ বিশ্ববিদ্যালয় প্রতিনিধি`).
INSTITUTION_WORDS = [
    "বিশ্ববিদ্যালয়", "কলেজ", "ক্যাম্পাস", "অফিস", "ইউনিভার্সিটি", "মেডিকেল",
    "প্রতিদিন", "অনলাইন", "টাইমস", "নিউজ", ".কম", "ডটকম", "টোয়েন্টিফোর", "দৈনিক",
    "পত্রিকা", "সংবাদ",
    # English outlets' names (`By Daily Satkhira`, formats.md §6.16).
    "Daily", "News", "Times", "Online", "Tribune", ".com", "Newspaper",
]
# A reporter's beat after the role (`স্টাফ করেসপন্ডেন্ট, স্পোর্টস`), besides the
# sections' names: no place.
BEAT_WORDS = ["স্পোর্টস", "ক্রীড়া", "বিনোদন", "অর্থনীতি", "রাজনীতি", "কূটনীতি", "কূটনৈতিক", "সংসদ", "আদালত",
              "sports", "business", "diplomatic", "politics", "entertainment"]
# English words of institutions whose names read like a person's (`Bangladesh
# Bank | Published: …`); matched as whole words (`Bankim` is a name).
INSTITUTION_WORDS_EN = ["Bank", "Ministry", "University", "Limited", "Ltd", "Group", "Council", "Board",
                        "Commission", "Police", "Court", "Party", "League", "Association", "Foundation",
                        "Department", "Division"]
# News agencies and outlets that stand where a name would (never an author).
AGENCIES = [
    "বাসস", "ইউএনবি", "এএফপি", "রয়টার্স", "এপি", "বিএনএ", "পিটিআই", "আইএএনএস",
    "বিবিসি", "সিএনএন", "আল জাজিরা", "বাংলানিউজটোয়েন্টিফোর.কম",
    # Foreign broadcasters' Bangla services, credited alone under a story.
    "বিবিসি বাংলা", "ডয়চে ভেলে", "ভয়েস অব আমেরিকা", "ভয়েস অফ আমেরিকা", "সিনহুয়া", "আনাদোলু",
    # English outlets' credits (`UNB`, `BSS` under an English headline).
    "UNB", "BSS", "AFP", "Reuters", "AP", "PTI", "IANS", "ANI", "Xinhua", "Anadolu", "Anadolu Agency",
    "TASS", "Bernama", "Agencies", "Al Jazeera", "BBC", "CNN", "UNB News", "BSS News",
    # ... and spelt out (New Age: `United News of Bangladesh . Dhaka`).
    "United News of Bangladesh", "Bangladesh Sangbad Sangstha", "Agence France-Presse", "Associated Press",
    "Press Trust of India", "Indo-Asian News Service", "Asian News International", "Deutsche Welle",
    "বাংলাদেশ সংবাদ সংস্থা", "ইউনাইটেড নিউজ অব বাংলাদেশ",
]
# Upazilas (sub-districts) of Bangladesh that bylines and datelines name
# (`NAME, মানিকছড়ি`, `সোনারগাঁ প্রতিনিধি`), by division; district towns are
# in PLACES. Left out: names that are also common words or given names
# (তালা, বন্দর, বেড়া, বিরল, মেঘনা, তিতাস, মদন, পলাশ, রুমা, মতলব, আনোয়ারা,
# বিশ্বনাথ, লালমোহন, বোরহানউদ্দিন, বাহুবল, বাঘা, কালাই).
UPAZILAS = [
    # Dhaka
    "ধামরাই", "দোহার", "কেরানীগঞ্জ", "নবাবগঞ্জ", "কালিয়াকৈর", "কাপাসিয়া", "শ্রীপুর", "কালীগঞ্জ",
    "আড়াইহাজার", "রূপগঞ্জ", "সোনারগাঁ", "সোনারগাঁও", "ফতুল্লা", "সিদ্ধিরগঞ্জ", "বেলাবো", "মনোহরদী",
    "রায়পুরা", "শিবপুর", "ঘিওর", "দৌলতপুর", "শিবালয়", "সাটুরিয়া", "সিংগাইর", "হরিরামপুর", "গজারিয়া",
    "টঙ্গীবাড়ী", "লৌহজং", "শ্রীনগর", "সিরাজদিখান", "গোপালপুর", "ঘাটাইল", "কালিহাতী", "বাসাইল",
    "ভুঞাপুর", "মধুপুর", "মির্জাপুর", "নাগরপুর", "সখিপুর", "দেলদুয়ার", "ধনবাড়ী", "ভৈরব", "বাজিতপুর",
    "কুলিয়ারচর", "হোসেনপুর", "কটিয়াদী", "করিমগঞ্জ", "তাড়াইল", "পাকুন্দিয়া", "ইটনা", "মিঠামইন",
    "অষ্টগ্রাম", "নিকলী", "ভাঙ্গা", "বোয়ালমারী", "আলফাডাঙ্গা", "মধুখালী", "নগরকান্দা", "সদরপুর",
    "চরভদ্রাসন", "সালথা", "কাশিয়ানী", "কোটালীপাড়া", "মুকসুদপুর", "টুঙ্গিপাড়া", "কালকিনি", "রাজৈর",
    "শিবচর", "ডাসার", "গোয়ালন্দ", "পাংশা", "বালিয়াকান্দি", "কালুখালী", "নড়িয়া", "জাজিরা", "ভেদরগঞ্জ",
    "ডামুড্যা", "গোসাইরহাট",
    # Chattogram
    "বাঁশখালী", "বোয়ালখালী", "চন্দনাইশ", "ফটিকছড়ি", "হাটহাজারী", "লোহাগাড়া", "মীরসরাই", "মিরসরাই",
    "পটিয়া", "রাঙ্গুনিয়া", "রাউজান", "সন্দ্বীপ", "সাতকানিয়া", "সীতাকুণ্ড", "কর্ণফুলী", "চকরিয়া",
    "কুতুবদিয়া", "মহেশখালী", "পেকুয়া", "রামু", "ঈদগাঁও", "বরুড়া", "ব্রাহ্মণপাড়া", "বুড়িচং", "চান্দিনা",
    "চৌদ্দগ্রাম", "দাউদকান্দি", "দেবিদ্বার", "হোমনা", "লাকসাম", "মুরাদনগর", "নাঙ্গলকোট", "মনোহরগঞ্জ",
    "লালমাই", "হাইমচর", "কচুয়া", "ফরিদগঞ্জ", "হাজীগঞ্জ", "শাহরাস্তি", "আখাউড়া", "আশুগঞ্জ",
    "বাঞ্ছারামপুর", "কসবা", "নবীনগর", "নাসিরনগর", "সরাইল", "বিজয়নগর", "বেগমগঞ্জ", "চাটখিল",
    "কোম্পানীগঞ্জ", "হাতিয়া", "সেনবাগ", "সোনাইমুড়ী", "সুবর্ণচর", "কবিরহাট", "ছাগলনাইয়া", "দাগনভূঞা",
    "পরশুরাম", "ফুলগাজী", "সোনাগাজী", "রায়পুর", "রামগঞ্জ", "রামগতি", "কমলনগর", "কাপ্তাই", "বাঘাইছড়ি",
    "বরকল", "লংগদু", "রাজস্থলী", "বিলাইছড়ি", "জুরাছড়ি", "নানিয়ারচর", "কাউখালী", "দীঘিনালা", "পানছড়ি",
    "মাটিরাঙ্গা", "মহালছড়ি", "মানিকছড়ি", "রামগড়", "লক্ষ্মীছড়ি", "গুইমারা", "আলীকদম", "লামা",
    "নাইক্ষ্যংছড়ি", "রোয়াংছড়ি", "থানচি",
    # Rajshahi
    "বাগমারা", "চারঘাট", "গোদাগাড়ী", "মোহনপুর", "পবা", "পুঠিয়া", "তানোর", "বাগাতিপাড়া", "বড়াইগ্রাম",
    "গুরুদাসপুর", "লালপুর", "সিংড়া", "নলডাঙ্গা", "আত্রাই", "বদলগাছী", "ধামইরহাট", "মান্দা", "মহাদেবপুর",
    "নিয়ামতপুর", "পত্নীতলা", "পোরশা", "রানীনগর", "সাপাহার", "গোমস্তাপুর", "নাচোল", "ভোলাহাট", "শিবগঞ্জ",
    "আটঘরিয়া", "ভাঙ্গুড়া", "চাটমোহর", "ঈশ্বরদী", "সাঁথিয়া", "সুজানগর", "বেলকুচি", "চৌহালী", "কামারখন্দ",
    "কাজিপুর", "রায়গঞ্জ", "শাহজাদপুর", "তাড়াশ", "উল্লাপাড়া", "আদমদীঘি", "ধুনট", "দুপচাঁচিয়া", "গাবতলী",
    "কাহালু", "নন্দীগ্রাম", "সারিয়াকান্দি", "শাজাহানপুর", "সোনাতলা", "আক্কেলপুর", "ক্ষেতলাল", "পাঁচবিবি",
    # Khulna
    "ডুমুরিয়া", "দাকোপ", "কয়রা", "পাইকগাছা", "বটিয়াঘাটা", "রূপসা", "তেরখাদা", "দিঘলিয়া", "ফুলতলা",
    "মোংলা", "মোরেলগঞ্জ", "শরণখোলা", "রামপাল", "ফকিরহাট", "চিতলমারী", "মোল্লাহাট", "কেশবপুর",
    "মণিরামপুর", "মনিরামপুর", "চৌগাছা", "ঝিকরগাছা", "অভয়নগর", "বাঘারপাড়া", "শার্শা", "বেনাপোল",
    "আশাশুনি", "দেবহাটা", "কলারোয়া", "শ্যামনগর", "শালিখা", "মহম্মদপুর", "লোহাগড়া", "কালিয়া",
    "কুমারখালী", "খোকসা", "মিরপুর", "ভেড়ামারা", "আলমডাঙ্গা", "দামুড়হুদা", "জীবননগর", "গাংনী",
    "মুজিবনগর", "শৈলকুপা", "হরিণাকুণ্ডু", "কোটচাঁদপুর", "মহেশপুর",
    # Barishal
    "আগৈলঝাড়া", "বাবুগঞ্জ", "বাকেরগঞ্জ", "বানারীপাড়া", "গৌরনদী", "হিজলা", "মেহেন্দিগঞ্জ", "মুলাদী",
    "উজিরপুর", "বাউফল", "দশমিনা", "দুমকি", "গলাচিপা", "কলাপাড়া", "মির্জাগঞ্জ", "রাঙ্গাবালী",
    "চরফ্যাশন", "মনপুরা", "আমতলী", "বামনা", "বেতাগী", "পাথরঘাটা", "তালতলী", "কাঁঠালিয়া", "নলছিটি",
    "রাজাপুর", "ভাণ্ডারিয়া", "মঠবাড়িয়া", "নাজিরপুর", "নেছারাবাদ", "স্বরূপকাঠি", "ইন্দুরকানী",
    # Sylhet
    "বালাগঞ্জ", "বিয়ানীবাজার", "ফেঞ্চুগঞ্জ", "গোলাপগঞ্জ", "গোয়াইনঘাট", "জৈন্তাপুর", "কানাইঘাট",
    "জকিগঞ্জ", "ওসমানীনগর", "বড়লেখা", "জুড়ী", "কমলগঞ্জ", "কুলাউড়া", "রাজনগর", "শ্রীমঙ্গল",
    "আজমিরীগঞ্জ", "বানিয়াচং", "চুনারুঘাট", "লাখাই", "মাধবপুর", "নবীগঞ্জ", "শায়েস্তাগঞ্জ",
    "বিশ্বম্ভরপুর", "ছাতক", "দিরাই", "ধর্মপাশা", "দোয়ারাবাজার", "জগন্নাথপুর", "জামালগঞ্জ", "শাল্লা",
    "তাহিরপুর", "মধ্যনগর", "শান্তিগঞ্জ",
    # Rangpur
    "বদরগঞ্জ", "গঙ্গাচড়া", "কাউনিয়া", "মিঠাপুকুর", "পীরগাছা", "পীরগঞ্জ", "তারাগঞ্জ", "বিরামপুর",
    "বীরগঞ্জ", "বোচাগঞ্জ", "চিরিরবন্দর", "ফুলবাড়ী", "ঘোড়াঘাট", "হাকিমপুর", "কাহারোল", "খানসামা",
    "পার্বতীপুর", "বালিয়াডাঙ্গী", "হরিপুর", "রানীশংকৈল", "আটোয়ারী", "বোদা", "দেবীগঞ্জ", "তেঁতুলিয়া",
    "ডিমলা", "ডোমার", "জলঢাকা", "আদিতমারী", "হাতীবান্ধা", "পাটগ্রাম", "ভুরুঙ্গামারী", "চিলমারী",
    "নাগেশ্বরী", "রাজারহাট", "রৌমারী", "উলিপুর", "ফুলছড়ি", "গোবিন্দগঞ্জ", "পলাশবাড়ী", "সাদুল্লাপুর",
    "সাঘাটা", "সুন্দরগঞ্জ",
    # Mymensingh
    "ভালুকা", "ধোবাউড়া", "ফুলবাড়িয়া", "গফরগাঁও", "গৌরীপুর", "হালুয়াঘাট", "ঈশ্বরগঞ্জ", "মুক্তাগাছা",
    "নান্দাইল", "ফুলপুর", "ত্রিশাল", "তারাকান্দা", "বকশীগঞ্জ", "দেওয়ানগঞ্জ", "ইসলামপুর", "মাদারগঞ্জ",
    "মেলান্দহ", "সরিষাবাড়ী", "ঝিনাইগাতী", "নকলা", "নালিতাবাড়ী", "শ্রীবরদী", "আটপাড়া", "বারহাট্টা",
    "দুর্গাপুর", "খালিয়াজুরী", "কলমাকান্দা", "কেন্দুয়া", "মোহনগঞ্জ", "পূর্বধলা",
]
# The 64 districts of Bangladesh with common spellings, the divisional and
# other cities that bylines name, and West Bengal / Indian cities.
PLACES = [
    "ঢাকা", "গাজীপুর", "নারায়ণগঞ্জ", "নরসিংদী", "মানিকগঞ্জ", "মুন্সীগঞ্জ", "মুন্সিগঞ্জ",
    "টাঙ্গাইল", "টাংগাইল", "কিশোরগঞ্জ", "ফরিদপুর", "গোপালগঞ্জ", "মাদারীপুর",
    "রাজবাড়ী", "রাজবাড়ি", "শরীয়তপুর", "চট্টগ্রাম", "কক্সবাজার", "কুমিল্লা", "চাঁদপুর",
    "ব্রাহ্মণবাড়িয়া", "নোয়াখালী", "ফেনী", "লক্ষ্মীপুর", "রাঙ্গামাটি", "রাঙামাটি",
    "খাগড়াছড়ি", "বান্দরবান", "রাজশাহী", "নাটোর", "নওগাঁ", "চাঁপাইনবাবগঞ্জ",
    "চাপাইনবাবগঞ্জ", "পাবনা", "সিরাজগঞ্জ", "বগুড়া", "জয়পুরহাট", "খুলনা", "যশোর",
    "সাতক্ষীরা", "বাগেরহাট", "ঝিনাইদহ", "মাগুরা", "নড়াইল", "কুষ্টিয়া", "চুয়াডাঙ্গা",
    "মেহেরপুর", "বরিশাল", "পটুয়াখালী", "ভোলা", "বরগুনা", "ঝালকাঠি", "পিরোজপুর",
    "সিলেট", "মৌলভীবাজার", "হবিগঞ্জ", "সুনামগঞ্জ", "রংপুর", "দিনাজপুর", "ঠাকুরগাঁও",
    "পঞ্চগড়", "নীলফামারী", "লালমনিরহাট", "কুড়িগ্রাম", "গাইবান্ধা", "ময়মনসিংহ",
    "জামালপুর", "শেরপুর", "নেত্রকোনা", "নেত্রকোণা",
    "সাভার", "টঙ্গী", "আশুলিয়া", "সৈয়দপুর", "কুয়াকাটা", "টেকনাফ", "উখিয়া",
    "কলকাতা", "হাওড়া", "শিলিগুড়ি", "বর্ধমান", "দুর্গাপুর", "আসানসোল", "সিউড়ি",
    "মালদহ", "জলপাইগুড়ি", "কোচবিহার", "দার্জিলিং", "মুর্শিদাবাদ", "বহরমপুর",
    # West Bengal's districts and towns its correspondents file from (`বিশ্বজিৎ মাইতি, বারাসত:`)
    "উত্তর ২৪ পরগনা", "দক্ষিণ ২৪ পরগনা", "পূর্ব মেদিনীপুর", "পশ্চিম মেদিনীপুর", "পূর্ব বর্ধমান",
    "পশ্চিম বর্ধমান", "উত্তর দিনাজপুর", "দক্ষিণ দিনাজপুর", "হুগলি", "নদিয়া", "বীরভূম", "বাঁকুড়া",
    "পুরুলিয়া", "ঝাড়গ্রাম", "কালিম্পং", "আলিপুরদুয়ার", "মালদা", "বারাসত", "বারাসাত", "বসিরহাট",
    "ব্যারাকপুর", "কৃষ্ণনগর", "নবদ্বীপ", "মেদিনীপুর", "তমলুক", "হলদিয়া", "দিঘা", "বোলপুর", "শান্তিনিকেতন",
    "রায়গঞ্জ", "বালুরঘাট", "ডায়মন্ড হারবার", "বারুইপুর", "চুঁচুড়া", "শ্রীরামপুর", "চন্দননগর", "কল্যাণী",
    "খড়্গপুর", "বিধাননগর", "সল্টলেক", "দমদম", "কাঁথি", "রানাঘাট", "কাটোয়া", "কালনা", "জঙ্গিপুর",
    "ত্রিপুরা", "আসাম", "শিলচর", "করিমগঞ্জ", "মুম্বই",
    "আগরতলা", "গুয়াহাটি", "দিল্লি", "নয়াদিল্লি", "মুম্বাই",
    "লন্ডন", "ওয়াশিংটন", "নিউইয়র্ক", "মস্কো", "বেইজিং", "টোকিও", "দুবাই", "রিয়াদ",
    # Foreign cities and countries that correspondents and agencies file from
    # (`এএফপি, প্যারিস`, `NAME, কাতার থেকে`).
    "প্যারিস", "বার্লিন", "রোম", "মাদ্রিদ", "ব্রাসেলস", "জেনেভা", "ভিয়েনা", "কিয়েভ", "কিভ",
    "আঙ্কারা", "ইস্তাম্বুল", "তেহরান", "বাগদাদ", "দামেস্ক", "বৈরুত", "জেরুজালেম", "গাজা", "কায়রো",
    "দোহা", "জেদ্দা", "মক্কা", "মদিনা", "আবুধাবি", "শারজাহ", "মাসকাট", "কুয়েত", "বাহরাইন", "কাতার",
    "ইসলামাবাদ", "করাচি", "লাহোর", "কাবুল", "কাঠমান্ডু", "থিম্পু", "কলম্বো", "মালে", "ইয়াঙ্গুন",
    "নেপিদো", "ব্যাংকক", "কুয়ালালামপুর", "সিঙ্গাপুর", "জাকার্তা", "ম্যানিলা", "হংকং", "সিউল",
    "চেন্নাই", "বেঙ্গালুরু", "হায়দরাবাদ", "শিলং", "টরন্টো", "অটোয়া", "সিডনি", "মেলবোর্ন",
    "ক্যানবেরা", "লস অ্যাঞ্জেলেস", "জাতিসংঘ", "ভারত", "পাকিস্তান", "চীন", "জাপান", "রাশিয়া",
    "ইউক্রেন", "ফ্রান্স", "জার্মানি", "ইতালি", "যুক্তরাষ্ট্র", "যুক্তরাজ্য", "কানাডা", "অস্ট্রেলিয়া",
    "মিয়ানমার", "নেপাল", "শ্রীলঙ্কা", "মালয়েশিয়া", "সৌদি আরব", "ইরান", "ইরাক", "তুরস্ক", "মিসর",
    "Paris", "Geneva", "Doha", "Dubai", "Riyadh", "Islamabad", "Kathmandu", "Beijing", "Tokyo",
    "Moscow", "Singapore", "Kuala Lumpur", "Yangon", "Bangkok", "Colombo", "United Nations",
    # As English outlets spell them (`Correspondent, Rajshahi`, `UNB, Dhaka`).
    "Dhaka", "Chattogram", "Chittagong", "Rajshahi", "Khulna", "Sylhet", "Barishal", "Barisal",
    "Rangpur", "Mymensingh", "Cox's Bazar", "Gazipur", "Narayanganj", "Cumilla", "Comilla", "Bogura",
    "Bogra", "Jashore", "Jessore", "Dinajpur", "Kushtia", "Savar", "Kolkata", "New Delhi", "Delhi",
    "London", "Washington", "New York",
    # Campuses, as campus correspondents sign (`NAME, ঢাবি`, `প্রতিনিধি, ইবি`).
    "ঢাবি", "জবি", "রাবি", "চবি", "জাবি", "ইবি", "খুবি", "কুবি", "ববি", "বাকৃবি", "শেকৃবি", "শাবিপ্রবি",
    "হাবিপ্রবি", "মাভাবিপ্রবি", "নোবিপ্রবি", "পবিপ্রবি", "যবিপ্রবি", "বেরোবি", "বশেমুরবিপ্রবি", "বশেমুরকৃবি",
    "জাককানইবি", "বুয়েট", "কুয়েট", "রুয়েট", "চুয়েট", "ডুয়েট", "বিইউপি", "রাবিপ্রবি", "জবিপ্রবি",
]
# Words that mark a line as a person's name, not a four-word headline: an
# honorific or title first, or a common family name last.
NAME_FIRST = ["মুফতি", "মাওলানা", "মৌলানা", "হাফেজ", "ড.", "ডা.", "ডাঃ", "অধ্যাপক", "প্রফেসর", "মো.", "মোঃ",
              "মোহাম্মদ", "মুহাম্মদ", "শেখ", "সৈয়দ", "কাজী", "খন্দকার", "এ কে", "এম", "এস এম",
              "শাহ ", "আবু ", "আবদুল ", "আব্দুল ", "আবুল ", "মীর ", "মির্জা ", "হাজী ", "আলহাজ্ব ", "আলহাজ "]
# (with its space: শাহবাগ, আবুধাবি are places)
NAME_LAST = ["হোসেন", "হোসাইন", "হুসাইন", "ইসলাম", "রহমান", "আহমেদ", "আহমদ", "আলম", "খান", "চৌধুরী",
             "উদ্দিন", "উদ্দীন", "হক", "মিয়া", "মিঞা", "বেগম", "আক্তার", "আখতার", "খাতুন", "হাসান",
             "মাহমুদ", "কবির", "করিম", "রশিদ", "সরকার", "তালুকদার", "মজুমদার", "ভূঁইয়া", "ভূইয়া", "শিকদার",
             "দাস", "রায়", "সাহা", "দত্ত", "ঘোষ", "বসু", "সেন", "মুখোপাধ্যায়", "চট্টোপাধ্যায়", "বন্দ্যোপাধ্যায়",
             "হেলালী", "সিদ্দিকী", "আজাদ", "জামান", "নাহার", "সুলতানা", "পারভীন", "শাইন", "বৈদ্য", "পাল",
             "নাথ", "মণ্ডল", "মন্ডল", "বিশ্বাস", "সরদার", "প্রামানিক", "প্রামাণিক", "চক্রবর্তী", "ভট্টাচার্য",
             "গুপ্ত", "মুন্সী", "মুন্সি", "শেখ", "আলী", "আলি", "উল্লাহ", "উল্যাহ", "হাসান", "হোসাইন", "ফারুক",
             "মামুন", "রানা", "সুমন", "রাসেল", "কাদের", "আকবর", "জাহান", "ইমরান", "আরিফ", "রনি", "শুভ",
             "মজুমদার", "পাটোয়ারী", "খন্দকার", "মোল্লা", "হালদার", "বেপারী", "সাহানী", "রাজু", "লিটন",
             # more family names and last given names, with their spellings
             # (no word that is also a common noun or verb: প্রধান, সিংহ, মিলন, দে, মিত্র, সালাম)
             "কবীর", "আনাম", "রহিম", "হামিদ", "মাসুদ", "মজিদ", "জলিল", "কাশেম", "কাসেম", "বাশার", "হাবিব",
             "হাবীব", "রফিক", "শফিক", "জাহিদ", "নাসির", "সাঈদ", "সাইদ", "আশরাফ", "মুনির", "জুয়েল",
             "জব্বার", "গাফফার", "সাত্তার", "মোস্তফা", "মুস্তাফা", "ফেরদৌস", "ফেরদৌসী", "আফরোজ",
             "শারমিন", "নাসরিন", "ইয়াসমিন", "জাহাঙ্গীর", "মোর্শেদ", "মুর্শেদ", "মাহবুব", "সোহেল", "পারভেজ",
             "আনোয়ার", "কায়সার", "শাহরিয়ার", "রায়হান", "তানভীর", "ফাহিম", "নাঈম", "নাইম", "মুর্মু", "বড়ুয়া",
             "চাকমা", "মারমা", "গোমেজ", "রোজারিও", "সিনহা", "মৈত্র", "বাগচী", "লাহিড়ী", "সান্যাল",
             "দাশগুপ্ত", "সেনগুপ্ত", "কুণ্ডু", "নন্দী", "গোস্বামী", "ব্যানার্জি", "মুখার্জি",
             "চ্যাটার্জি", "গাঙ্গুলী", "গাঙ্গুলি", "দাশ", "বর্মন", "রায়চৌধুরী", "ভৌমিক", "সাহু", "মাহাতো",
             "শরীফ", "শরিফ", "আকন্দ", "আকন", "তাহের", "হায়দার", "আউয়াল", "মান্নান", "লতিফ", "কুদ্দুস",
             "মাহফুজ", "তারেক", "জুবায়ের", "ওয়াহিদ", "কাইয়ুম", "মতিন", "হান্নান", "বারী", "গনি",
             "ইকবাল", "জাফর", "রেজা", "মুর্তজা", "শাহীন", "রাকিব", "শামীম", "সজীব", "আসিফ", "রুবেল",
             # West Bengal's (not পাত্র, জানা, কর, ধর, বাগ, শীল: also words)
             "আইচ", "সাঁতরা", "মাইতি", "সামন্ত", "বেরা", "ঘোষাল", "নস্কর", "পাঁজা", "শর্মা", "মিশ্র", "যাদব",
             "তিওয়ারি", "গুহ", "ব্যানার্জী", "মুখার্জী", "চ্যাটার্জী", "গঙ্গোপাধ্যায়", "মল্লিক", "সিংহরায়"]
# Given names that are also places (Riyadh, Medina): first in a name line of
# two words at least, they name a person (`রিয়াদ হোসেন`).
GIVEN_NAMES_ALSO_PLACES = ["রিয়াদ", "মদিনা", "কল্যাণী"]
# Abbreviations that open a name and end in a visarga or colon (মোঃ = Md.,
# ডাঃ = Dr.): that mark is no byline terminator.
NAME_ABBREVIATIONS = ["মোঃ", "মো:", "মোহাঃ", "মোহা:", "মুহাঃ", "ডাঃ", "ডা:", "আঃ", "আ:", "মৌঃ",
                      "মাওঃ", "মাও:", "অ্যাডঃ", "এ্যাডঃ", "অ্যাড:", "এ্যাড:", "ইঞ্জিঃ", "প্রফেঃ",
                      "অধ্যাঃ", "শেখঃ"]
# Words that open sentences, never a reporter's name (`তিনি বলেন, সরকার: …`
# is no NAME, PLACE byline).
NOT_NAME_WORDS = ["তিনি", "তারা", "তাঁরা", "আমরা", "আমি", "সে", "এ", "এই", "সেই", "ওই", "এটি", "যে",
                  "বলেন", "জানান", "বলে", "বলেছেন", "জানিয়েছেন", "করেন", "হয়", "হলো", "হয়েছে"]
# Verbs of saying (and claiming): after a name they make it a sentence's
# subject, not a byline (`ড. ইউনূস বলেছেন, …`).
SAYING_VERBS = ["বলেন", "বলেছেন", "বলেছে", "জানান", "জানিয়েছেন", "জানিয়েছে", "বললেন", "দাবি", "অভিযোগ"]
# Words of a position or party, never of a byline's bare name (`বিএনপির
# ভারপ্রাপ্ত চেয়ারম্যান তারেক রহমান …` opens a sentence).
POSITION_WORDS = ["চেয়ারম্যান", "চেয়ারপারসন", "মুখপাত্র", "আহ্বায়ক", "সভাপতি", "সম্পাদক", "মহাসচিব",
                  "মন্ত্রী", "উপদেষ্টা", "প্রধানমন্ত্রী", "ভারপ্রাপ্ত", "সাবেক", "শহীদ", "প্রয়াত", "নেতা",
                  "নেত্রী", "অধিনায়ক", "কোচ", "রাষ্ট্রপতি", "প্রেসিডেন্ট", "সচিব", "এমপি"]
# What a writer is (`লেখক: গবেষক ও বিশ্লেষক`, `লেখক: সাবেক রাষ্ট্রদূত`): a byline
# made of these words alone names no person.
PROFESSION_WORDS = ["সাংবাদিক", "কলামিস্ট", "গবেষক", "বিশ্লেষক", "রাষ্ট্রদূত", "অধ্যাপক", "সহযোগী", "সহকারী",
                    "শিক্ষক", "আইনজীবী", "চিকিৎসক", "অর্থনীতিবিদ", "কথাসাহিত্যিক", "সাহিত্যিক", "কবি", "প্রাবন্ধিক",
                    "বিশেষজ্ঞ", "উন্নয়নকর্মী", "শিক্ষাবিদ", "অবসরপ্রাপ্ত", "কর্মকর্তা", "লেখক", "সাবেক", "সচিব",
                    "নিরাপত্তা", "রাজনৈতিক", "আন্তর্জাতিক", "সম্পর্ক", "উন্নয়ন", "প্রকৌশলী", "স্থপতি",
                    "মুক্তিযোদ্ধা", "বীর", "কূটনীতিক", "সমাজকর্মী", "নাট্যকার", "ঔপন্যাসিক", "গীতিকার", "ও", "এবং"]
# The endings of a finite verb: one among the words after a name makes it a
# sentence's subject, not a byline (`হাসান মাহমুদ খেলতে নেমেছেন …`).
FINITE_VERB_ENDINGS = ["েছেন", "েছে", "িলেন", "েছিল", "েছিলেন", "লেন", "বেন", "ছেন", "চ্ছে", "চ্ছেন"]
# Words after a role that make it a sentence's (`ছাত্র প্রতিনিধি হিসেবে …`).
AS_WORDS = ["হিসেবে", "হিসাবে", "হয়ে", "হিসেবেই"]
# Desks a sentence may open with, never a byline (`হেল্প ডেস্ক খোলা হয়েছে …`).
SERVICE_DESK_WORDS = ["হেল্প", "তথ্য", "সেবা", "অভ্যর্থনা", "রেজিস্ট্রেশন", "ফ্রন্ট", "নিরাপত্তা", "অনুসন্ধান",
                      "সহায়তা", "চেক-ইন", "টিকিট", "কাস্টমার"]
# How a place's name ends (`ভূয়াপুর`, `কলাপাড়া`): with a locative, a place's
# word after a byline's district (`রাহাত শরীফ টাঙ্গাইল ভূয়াপুরে`).
PLACE_NAME_ENDINGS = ["পুর", "গঞ্জ", "নগর", "হাট", "ঘাট", "ছড়ি", "কান্দি", "বাড়ী", "বাড়ি", "গাঁও", "গাঁ",
                      "খালী", "ডাঙ্গা", "দহ", "পাড়া", "চর", "দিয়া", "বাজার"]
# Labels over the writer's name (a blog's `পোস্টটি যিনি লিখেছেন` / NAME).
WRITER_LINE_LABELS = ["পোস্টটি যিনি লিখেছেন", "লিখেছেন", "লেখক", "written by"]
# Words of a news label, never of a person's name: a two-word line of them
# over a desk line (`ব্রেকিং নিউজ` / `নিজস্ব প্রতিবেদক`) is no name before a role.
NEWS_LABEL_WORDS = ["ব্রেকিং", "নিউজ", "আপডেট", "লাইভ", "সংবাদ", "খবর", "প্রতিবেদন", "এক্সক্লুসিভ", "বিশেষ",
                    "সরেজমিন", "অনুভূতি", "মতামত", "সম্পাদকীয়", "ছবি", "ভিডিও", "ফটো", "প্রতীকী", "সর্বশেষ"]
# Words that never open a name: postpositions and conjunctions, which open
# the second line of a headline wrapped in two (`… ত্রাণের` / `জন্য হাহাকার`).
NOT_NAME_FIRST = ["জন্য", "জন্যে", "নিয়ে", "দিয়ে", "থেকে", "করে", "হয়ে", "পর্যন্ত", "সঙ্গে", "সাথে",
                  "বিরুদ্ধে", "মধ্যে", "কাছে", "ও", "এবং", "বা", "কিন্তু", "তবে", "না", "নয়", "হবে",
                  "হলে", "পরে", "আগে", "প্রতি", "নিয়ে", "দিকে", "মতো", "ছাড়া", "ছাড়াই", "বলে", "যাবে"]
# Marks of a West Bengal outlet; a page that carries one is read as +05:30.
WEST_BENGAL_MARKS = ["আনন্দবাজার", "এই সময়", "বর্তমান পত্রিকা", "সংবাদ প্রতিদিন",
                     "Bartaman", "Anandabazar", "Sangbad Pratidin", "Ei Samay",
                     # Kolkata's Bangla TV channels and other outlets
                     "এবিপি আনন্দ", "জি ২৪ ঘণ্টা", "জি 24 ঘণ্টা", "Zee ২৪ ঘণ্টা", "Zee 24 ঘণ্টা", "টিভি৯ বাংলা", "উত্তরবঙ্গ সংবাদ", "নিউজ১৮ বাংলা",
                     "ABP Ananda", "Zee 24 Ghanta", "TV9 Bangla", "Uttarbanga Sambad", "News18 Bangla",
                     "Hindustan Times Bangla", "IE Bangla", "Indian Express Bangla", "ইন্ডিয়ান এক্সপ্রেস বাংলা",
                     "হিন্দুস্তান টাইমস বাংলা", "পুবের কলম", "Puber Kalom", "গণশক্তি", "Ganashakti", "দ্য ওয়াল",
                     "The Wall"]
# Hosts of West Bengal and other Indian Bangla outlets (formats.md §1b; any
# `.in` host counts too): their pages print Indian time.
WEST_BENGAL_HOSTS = ["anandabazar", "bartamanpatrika", "news18", "zeenews", "etvbharat", "abplive",
                     "public.app", "madhyom", "pradesh18", "banglahunt", "thenewsnest",
                     "sangbadsafar", "eisamay", "bengalinfo", "newsevm", "bengalbyte", "rojdin",
                     "jagoronbarta", "news1bangla", "doiniksamachar", "khabarindiaonline",
                     "anandobangla", "kaalnetro", "jagobangla", "indiahood", "pagefournews",
                     "biswabanglasangbad", "newz24", "sangbadpratidin", "indianexpress", "hindustantimes",
                     "tv9bangla", "uttarbangasambad", "aajkaal", "ganashakti", "puberkalom", "thewall"]
WEST_BENGAL_PLACES = ["কলকাতা", "হাওড়া", "শিলিগুড়ি", "বর্ধমান", "দুর্গাপুর", "আসানসোল",
                      "সিউড়ি", "মালদহ", "জলপাইগুড়ি", "কোচবিহার", "দার্জিলিং",
                      "মুর্শিদাবাদ", "বহরমপুর",
                      # district seats and towns no Bangladeshi place shares a name with
                      "বারাসত", "বারাসাত", "বসিরহাট", "ব্যারাকপুর", "কৃষ্ণনগর", "বাঁকুড়া", "পুরুলিয়া",
                      "মেদিনীপুর", "তমলুক", "হলদিয়া", "দিঘা", "বোলপুর", "শান্তিনিকেতন", "রায়গঞ্জ",
                      "বালুরঘাট", "আলিপুরদুয়ার", "কালিম্পং", "ডায়মন্ড হারবার", "বারুইপুর", "চুঁচুড়া",
                      "শ্রীরামপুর", "চন্দননগর", "কল্যাণী", "খড়্গপুর", "ঝাড়গ্রাম", "বিধাননগর", "সল্টলেক",
                      "দমদম", "হুগলি", "নদিয়া", "বীরভূম",
                      # Tripura's and Assam's Bangla towns: Indian time too
                      "আগরতলা", "ত্রিপুরা", "ধর্মনগর", "কৈলাশহর", "শিলচর", "গুয়াহাটি"]  # (not করিমগঞ্জ: also Kishoreganj's)
# Marks of a Bangladeshi outlet (formats.md §1a, §1c). They outweigh a West
# Bengal *place* (a Dhaka outlet's Kolkata correspondent files `কলকাতা: …`
# but the page prints Dhaka time), never a West Bengal outlet's own marks.
BANGLADESH_MARKS = ["বাংলাদেশ সময়", "বাংলানিউজটোয়েন্টিফোর", "বাংলানিউজ২৪", "বিডিপ্রতিদিন",
                    "বিডি প্রতিদিন", "বাংলাদেশ প্রতিদিন", "জাগোনিউজ২৪", "জাগো নিউজ",
                    "ঢাকা পোস্ট", "ঢাকাপোস্ট", "ঢাকা টাইমস", "সারাবাংলা", "বাংলা ট্রিবিউন",
                    "আজকের পত্রিকা", "কালের কণ্ঠ", "দৈনিক যুগান্তর", "প্রথম আলো", "ইত্তেফাক",
                    "দৈনিক ইনকিলাব", "জনকণ্ঠ", "দৈনিক সমকাল", "নয়া দিগন্ত", "বিডিনিউজ২৪"]
# Desk words of Bangladeshi outlets (English loans; West Bengal desks write
# সংবাদদাতা and প্রতিনিধি): a Dhaka page's Kolkata story keeps Dhaka time.
BANGLADESH_DESK_WORDS = ["করেসপন্ডেন্ট", "করসপন্ডেন্ট", "রিপোর্টার"]
# Case endings and clitics of common nouns (`শীতের`, `বাজারে`, `সপ্তাহেই`):
# names rarely end so.
NOUN_ENDINGS = ["ের", "েরা", "েই", "তে", "কে", "ে", "য়", "রা", "টি", "গুলো"]
# Hosts of Bangladeshi outlets (any `.bd` host counts too).
BANGLADESH_HOSTS = ["banglanews24", "bdnews24", "bd-pratidin", "prothomalo", "ajkerpatrika",
                    "kalerkantho", "jugantor", "banglatribune", "dailyinqilab",
                    "dailyjanakantha", "ittefaq", "khaborerkagoj", "mzamin", "amadershomoy",
                    "dhakatimes24", "ekushey-tv", "sarabangla", "dhakaprokash24", "news24bd",
                    "ntvbd", "enews71", "dhakapost", "kalbela", "alokitobangladesh",
                    "jagonews24", "samakal", "risingbd", "somoynews", "dailynayadiganta",
                    "bonikbarta", "deshrupantor", "channel24bd", "jamuna.tv", "thedailystar",
                    "dhakatribune", "barta24", "bangladeshpratidin", "dainikazadi", "dainikpurbokone",
                    "khulnagazette", "dailykaratoa", "sylheterdakbd", "dailyjanmabhumi"]

# Outlets whose name a page's <title> adds to the headline (`HEADLINE |
# প্রথম আলো`, `HEADLINE - Jago News 24`): the Bangla names, and the words
# that mark a Latin one.
OUTLET_NAMES = ["প্রথম আলো", "কালের কণ্ঠ", "যুগান্তর", "সমকাল", "ইত্তেফাক", "বাংলাদেশ প্রতিদিন", "জাগো নিউজ",
                "জাগোনিউজ২৪", "ঢাকা পোস্ট", "বাংলা ট্রিবিউন", "বিডিনিউজ২৪", "বাংলানিউজ২৪", "বাংলানিউজটোয়েন্টিফোর",
                "নয়া দিগন্ত", "মানবজমিন", "আমাদের সময়", "ইনকিলাব", "জনকণ্ঠ", "ভোরের কাগজ", "দেশ রূপান্তর",
                "আজকের পত্রিকা", "কালবেলা", "সময় নিউজ", "সময় সংবাদ", "সময়ের আলো", "আনন্দবাজার", "আনন্দবাজার পত্রিকা", "এই সময়",
                "বর্তমান পত্রিকা", "সংবাদ প্রতিদিন", "বিবিসি বাংলা", "বিবিসি নিউজ বাংলা", "ডয়চে ভেলে", "রাইজিংবিডি", "চ্যানেল আই অনলাইন",
                "সারাবাংলা", "ঢাকা টাইমস", "বার্তা২৪", "নিউজবাংলা২৪", "খবরের কাগজ", "ইত্তেফাক অনলাইন",
                "বণিক বার্তা", "ডেইলি স্টার", "দ্য ডেইলি স্টার", "যুগান্তর অনলাইন", "সংবাদ", "দৈনিক সংগ্রাম",
                "দৈনিক শিক্ষা", "দৈনিক বাংলা", "বাংলাভিশন", "এনটিভি", "আরটিভি", "একাত্তর", "ইনডিপেনডেন্ট টিভি",
                # names spelt out in words (`বিডিনিউজ টোয়েন্টিফোর ডটকম`), TV channels, West Bengal outlets
                "বিডিনিউজ টোয়েন্টিফোর", "বিডিনিউজ২৪ ডটকম", "বাংলানিউজ টোয়েন্টিফোর", "জাগো নিউজ টোয়েন্টিফোর",
                "ঢাকা ট্রিবিউন", "দ্য বিজনেস স্ট্যান্ডার্ড", "ডিবিসি নিউজ", "সময় টিভি", "যমুনা টিভি",
                "চ্যানেল টোয়েন্টিফোর", "একুশে টেলিভিশন", "এটিএন নিউজ", "এটিএন বাংলা", "দেশ টিভি", "মাছরাঙা টেলিভিশন",
                "আমার দেশ", "প্রতিদিনের বাংলাদেশ", "ঢাকা প্রকাশ", "আজকাল", "উত্তরবঙ্গ সংবাদ", "টিভি নাইন বাংলা",
                "জি ২৪ ঘণ্টা", "এবিপি আনন্দ", "নিউজ এইটিন বাংলা", "ভয়েস অব আমেরিকা", "ভিওএ বাংলা",
                # regional dailies and portals (Chattogram, Khulna, Bogura, Sylhet) and more of Kolkata's
                # (names that are also words, `আজাদী`, `করতোয়া`, only with দৈনিক)
                "দৈনিক আজাদী", "পূর্বকোণ", "দৈনিক পূর্বদেশ", "খুলনা গেজেট", "দৈনিক করতোয়া", "সিলেটের ডাক",
                "দৈনিক জন্মভূমি", "পুবের কলম", "গণশক্তি", "দ্য ওয়াল", "দৈনিক স্টেটসম্যান", "আলোকিত বাংলাদেশ", "ঢাকা মেইল",
                "শেয়ার বিজ"]
# Outlets' names that are also words (1971, news, nowadays): before a
# headline's separator they may open the headline itself.
WORD_OUTLET_NAMES = ["একাত্তর", "সংবাদ", "আজকাল", "বর্তমান"]
# The last word of a Bangla outlet's name that no list holds (`একুশে টেলিভিশন`,
# `যমুনা টিভি`, `ডিবিসি নিউজ`): after a title's separator it marks the site.
OUTLET_LAST_WORDS = ["টেলিভিশন", "টিভি", "নিউজ", "ডটকম", "অনলাইন", "নিউজ২৪", "টোয়েন্টিফোর", "জার্নাল", "প্রতিদিন",
                     "পত্রিকা", "টাইমস", "ট্রিবিউন"]
OUTLET_WORDS = ["news", "post", "times", "tribune", "alo", "24", ".com", "online", "tv", "television", "daily",
                "bangla", "kantho", "jugantor", "samakal", "ittefaq", "pratidin", "star", "bd", "standard", "observer"]
# English outlets by name, for English headlines (where a word list would
# also cut `Bangladesh - India Trade News`).
ENGLISH_OUTLETS = ["The Daily Star", "Daily Star", "Dhaka Tribune", "The Business Standard", "TBS News", "New Age",
                   "bdnews24.com", "Prothom Alo", "Prothom Alo English", "The Financial Express", "The Daily Observer",
                   "Daily Sun", "Daily Observer", "UNB", "Dhaka Post", "Jago News 24", "The Independent", "Somoy News",
                   # the Bangla outlets' names in Latin letters, as digests, clipping services and
                   # mastheads print them (`Bonik Barta` under a story's title, `Dhaka Prokash`)
                   "Bonik Barta", "Kaler Kantho", "Jugantor", "Daily Jugantor", "Samakal", "Daily Samakal",
                   "Ittefaq", "Daily Ittefaq", "The Daily Ittefaq", "Janakantha", "Daily Janakantha", "Naya Diganta",
                   "Daily Naya Diganta", "Manab Zamin", "Manabzamin", "Bangladesh Pratidin", "Amader Shomoy",
                   "Desh Rupantor", "Ajker Patrika", "Kalbela", "Daily Kalbela", "Bangla Tribune", "Banglanews24",
                   "Banglanews24.com", "Risingbd", "Jagonews24", "Inqilab", "Daily Inqilab", "Bhorer Kagoj",
                   "Khaborer Kagoj", "Alokito Bangladesh", "Sangbad", "Daily Sangbad", "Daily Sangram", "Amar Desh",
                   "Dainik Amar Desh", "Protidiner Bangladesh", "Shomoyer Alo", "Dhaka Prokash", "Dhaka Times",
                   "Dhaka Mail", "Sarabangla", "Barta24", "Share Biz", "BSS", "Bangladesh Sangbad Sangstha",
                   "United News of Bangladesh", "Bangladesh Post", "The Bangladesh Today", "The New Nation",
                   "Daily Messenger", "The Asian Age", "Daily Bangladesh", "Channel 24", "Jamuna TV", "Somoy TV",
                   "NTV", "NTV Online", "RTV", "Independent Television", "Ekattor TV", "DBC News", "ATN News",
                   "BBC Bangla", "BBC News Bangla", "DW Bangla", "VOA Bangla", "Anandabazar Patrika",
                   "Sangbad Pratidin", "Ei Samay", "Bartaman Patrika", "Uttarbanga Sambad", "Aajkaal", "TV9 Bangla",
                   "Zee 24 Ghanta", "ABP Ananda", "News18 Bangla", "Hindustan Times Bangla", "HT Bangla",
                   "Indian Express Bangla", "IE Bangla", "Zee News Bengali", "Eisamay", "ABP Live Bangla",
                   "Anandabazar", "Asianet News Bangla", "Bangla Hunt"]
# A CMS's account names that WordPress themes print as the author (`By admin`,
# `Posted by editor`): no person's name.
CMS_ACCOUNTS = ["admin", "administrator", "editor", "author", "webadmin", "web admin", "site admin", "superadmin",
                "user", "staff", "newsroom", "webdesk", "web desk", "অ্যাডমিন", "এডমিন", "এডিটর"]
