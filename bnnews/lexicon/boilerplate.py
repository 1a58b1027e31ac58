"""Boilerplate that page dumps carry around an article (formats.md §4).

Each table maps to one kind of the `other` list; the kinds are documented in
`bnnews.model.OTHER_KINDS`.
"""

# Related and popular lists: labels, and the labels of a related-headline list.
RELATED_LABELS = [
    # a theme's words around its stamps, each on its own line (Zox News: `Published` / AGE / `on` / DATE / `By` / NAME)
    "on", "by", "posted by",
    # more lists' labels, and the links that open or page through them
    "এডিটর্স চয়েস", "এডিটরস চয়েস", "ট্রেন্ডিং নিউজ", "ট্রেন্ডিং খবর", "সকল খবর", "বিভাগের সব খবর", "সব দেখুন",
    "view all", "load more", "show more", "আরও লোড করুন", "prev", "next", "previous", "older posts", "newer posts",
    # a byline's label alone, its value left empty by the theme (`রিপোর্ট:` over the date)
    "রিপোর্ট", "রিপোর্টার", "reporter", "report", "written by", "reported by",
    # WordPress themes' `You may also like` in a machine translation
    "তুমি এটাও পছন্দ করতে পারো", "আপনি এটাও পছন্দ করতে পারেন", "আপনিও পছন্দ করতে পারেন",
    "জনপ্রিয়", "জনপ্রিয় সংবাদ", "জনপ্রিয় খবর", "সর্বশেষ খবর", "সর্বাধিক পঠিত খবর", "পাঠকপ্রিয়",
    "এই বিভাগের আরো খবর", "এই বিভাগের আরও খবর", "এ বিভাগের আরও সংবাদ", "এই বিভাগের আরও সংবাদ",
    "এই বিভাগের আরো সংবাদ", "এ সম্পর্কিত আরও খবর", "এ সম্পর্কিত আরও পড়ুন", "এই সম্পর্কিত আরও পড়ুন",
    "এই সম্পর্কিত আরও খবর", "এ সম্পর্কিত আরো খবর", "সম্পর্কিত সংবাদ", "সংশ্লিষ্ট খবর", "আরও দেখুন", "আরো দেখুন",
    "আলোচিত সংবাদ", "আলোচিত খবর",
    "আলোচিত", "আজকের আলোচিত", "আলোচিত নিউজ", "আপনার জন্য", "নির্বাচিত", "নির্বাচিত খবর", "নির্বাচিত সংবাদ",
    "শীর্ষ খবর", "শীর্ষ সংবাদ", "প্রধান খবর", "প্রধান সংবাদ", "সব খবর", "এ সম্পর্কিত আরও", "এ সম্পর্কিত আরো",
    "সর্বাধিক পঠিত সংবাদ", "সর্বাধিক পঠিত নিউজ", "সর্বোচ্চ পঠিত", "সম্পাদকের পছন্দ", "পাঠকের পছন্দ",
    "আরো খবর পড়ুন", "আরও খবর পড়ুন", "টপ নিউজ", "লিড নিউজ", "সর্বশেষ নিউজ", "জনপ্রিয় নিউজ", "বাছাইকৃত",
    # WordPress news themes (dozens of small sites): the category's list under the article.
    "এই ক্যাটাগরির আরো নিউজ", "এই ক্যাটাগরির আরও নিউজ", "এই ক্যাটাগরির আরো খবর", "এই ক্যাটাগরির আরও খবর",
    "এই ক্যাটাগরীর আরো নিউজ", "এই ক্যাটেগরির আরো নিউজ", "এ ক্যাটাগরির আরো সংবাদ", "এই বিভাগের আরো নিউজ",
    "একই বিভাগের আরো খবর", "একই বিভাগের আরও খবর", "আরো নিউজ", "আরও নিউজ", "আরো পোস্ট", "আরও পোস্ট",
    "সম্পর্কিত", "সম্পর্কিত নিউজ", "সম্পর্কিত পোস্ট", "সংশ্লিষ্ট সংবাদ",
    # Video and photo pages: the list of more videos or galleries.
    "আরও ভিডিও", "আরো ভিডিও", "সম্পর্কিত ভিডিও", "আরও ছবি", "আরো ছবি", "সর্বশেষ ভিডিও", "আরও ফটো গ্যালারি",
    "more videos", "related videos", "more photos",
    # English editions' list labels
    "most read", "most viewed", "most popular", "top news", "top stories", "related stories", "more stories",
    "recommended", "recommended for you", "in focus", "editor's picks", "editors' picks", "editor's pick",
    "see more", "more on this", "you might also like", "don't miss", "also in this section",
    "latest", "most shared", "more in this category",
    "popular links", "popular news", "popular", "latest stories", "latest news", "trending now", "you may like",
    "you may also read", "এই বিভাগের আরও", "এই বিভাগের আরো", "সম্পাদকের বাছাই",
]
# Whole lines (compared after stripping, case-insensitively for Latin).
LABELS = [
    "শিরোনাম", "শিরোনাম :", "শিরোনাম:", "সংবাদ শিরোনাম", "সংবাদ শিরোনাম :", "শিরনাম", "সংবাদ শিরনাম",
    "সর্বশেষ সংবাদ", "সর্বশেষ সংবাদ-", "সর্বশেষ", "উল্লেখযোগ্য খবর", "এই মুহূর্তে",
    "এই মুহূর্তে ::", "আজকের সর্বশেষ সবখবর", "breaking news", "recent news",
    "প্রিন্ট ভার্সন", "অনলাইন ভার্সন", "প্রিন্ট সংস্করণ", "অনলাইন সংস্করণ",
    "সর্বাধিক পঠিত", "প্রিন্ট সর্বাধিক", "সর্বাধিক আলোচিত", "এই সংক্রান্ত আরো সংবাদ",
    "এ বিভাগের আরও খবর", "এ বিভাগের আরো খবর", "আরো সংবাদ", "আরও সংবাদ", "আরও খবর",
    "আরো খবর", "সম্পর্কিত খবর", "সর্বশেষ ভিডিয়ো", "সর্বশেষ ভিডিও", "more news...",
    "more news", "related articles", "related posts", "related news", "related",
    "related topic", "related topics", "you may also like", "also read", "more from this section",
    "trending", "popular", "latest news", "আরও পড়ুন", "আরো পড়ুন", "আরোও পড়ুন",
    "আরও পড়ুন:", "আরো পড়ুন:", "date:", "tags:", "tag:", "topics:", "topic:",
    "ট্যাগ:", "ট্যাগ :", "বিষয়:", "ক্যাটেগরি:", "ক্যাটাগরি:", "categories:", "filed under:",
    "ছবি", "ভিডিও", "text", "image", "image description",
    "author-image", "author image", "author avatar", "author photo", "avatar", "profile image", "icon",
    "feedback", "new update", "loading...", "leave a reply", "leave a reply cancel reply",
    "উত্তর দিন", "একটি উত্তর দিন", "উত্তর দিন বাতিল", "জবাব দিন", "একটি জবাব দিন",  # `Leave a Reply`, translated
    # whole lines of a page's widgets: a player's prompt, a loader, a list's name, a footer's heading
    "ভিডিও দেখুন", "লাইভ দেখুন", "অনুগ্রহ করে অপেক্ষা করুন", "please wait", "এডিটর’স চয়েস", "এডিটরস চয়েস",
    "এডিটর'স চয়েস", "editor's choice", "editors' choice", "সম্পাদকের পছন্দ", "বার্তা ও বাণিজ্যিক কার্যালয়",
    "প্রিয় পাঠক, আপনিও লিখুন", "প্রিয় পাঠক আপনিও লিখুন",
    "comments", "what's your reaction?", "এলাকার খবর", "like this:", "like this",
    "leave a comment", "post a comment", "write a comment", "add a comment",
    "পাঠকের মন্তব্য", "পাঠকের মতামত", "মন্তব্য করুন", "মন্তব্য লিখুন", "মন্তব্য", "মতামত দিন", "আপনার মতামত লিখুন",
    "post comment", "no comments", "আপনার মন্তব্য দিন", "একটি মন্তব্য পোস্ট করুন", "দেখুন অন্য খবর",
    "অন্য খবর", "নবীনতর পূর্বতন", "নবীনতর পোস্ট", "পূর্ববর্তী পোস্ট", "newer post older post",
    "মতামত লিখুন", "আপনার মন্তব্য লিখুন", "আপনার মতামত দিন", "কমেন্ট করুন", "মন্তব্যসমূহ",
    "পরবর্তী খবর", "পরের খবর", "পরবর্তী সংবাদ", "আগের খবর", "পূর্ববর্তী খবর", "আগের সংবাদ", "টপিক", "টপিক:",
    "টপিকস", "next article", "next story", "up next", "read next",
    "পোস্টটি যিনি লিখেছেন", "লিখেছেন", "লেখক", "লেখক পরিচিতি", "written by", "about the author",
    "বর্তমানে দিন হিসাবে দেখছেন", "বর্তমানে দিন হিসেবে দেখছেন",
    "ট্যাগস", "সংশ্লিষ্ট বিষয়", "সম্পর্কিত বিষয়", "related tags", "বিস্তারিত আসছে", "বিস্তারিত আসছে...", "বিস্তারিত আসছে…", "চলবে", "চলবে...",
    # a breaking story's stub and a serial's instalment, in brackets too
    "(বিস্তারিত আসছে)", "(বিস্তারিত আসছে...)", "(বিস্তারিত আসছে…)", "বিস্তারিত পরে আসছে", "(বিস্তারিত পরে আসছে)",
    "বিস্তারিত আসছে…।", "বিস্তারিত আসছে।", "(চলবে)", "(চলবে...)", "details to follow", "(details to follow)",
    "more to follow", "developing story", "this story is developing",
] + RELATED_LABELS
# Lines that open a ticker; the line after one is the ticker itself.
TICKER_LABELS = [
    "শিরোনাম", "শিরোনাম :", "শিরোনাম:", "সংবাদ শিরোনাম", "সংবাদ শিরোনাম :",
    "শিরনাম", "সংবাদ শিরনাম",  # (a common misspelling)
    "সর্বশেষ সংবাদ", "সর্বশেষ সংবাদ-", "এই মুহূর্তে", "এই মুহূর্তে ::", "breaking news",
    "recent news", "আজকের সর্বশেষ সবখবর", "উল্লেখযোগ্য খবর",
]
# Labels after which the lines are a related-headline list.
LIST_LABELS = [
    "সর্বাধিক পঠিত", "প্রিন্ট সর্বাধিক", "সর্বাধিক আলোচিত", "এই সংক্রান্ত আরো সংবাদ",
    "এ বিভাগের আরও খবর", "এ বিভাগের আরো খবর", "আরো সংবাদ", "আরও সংবাদ", "আরও খবর",
    "আরো খবর", "সম্পর্কিত খবর", "more news...", "more news", "related articles",
    "related posts", "related news", "related", "trending", "popular", "latest news",
    # (not `also read`: inside an English body it heads one title, as আরও পড়ুন does)
    "related topic", "related topics", "you may also like", "more from this section",
] + RELATED_LABELS
# A source credit that closes a story (`সূত্র: রয়টার্স`): a short line
# that opens with one of these is a signature.
CREDIT_PREFIXES = ["সূত্র:", "সূত্র :", "সূত্রঃ", "তথ্যসূত্র:", "তথ্যসূত্র :", "তথ্যসূত্রঃ", "Source:", "Source :",
                   "Sources:",
                   # a wire story's credits at its foot (`Reporting by AFP`, `Editing by …`)
                   "Reporting by ", "Writing by ", "Editing by ", "Additional reporting by ", "(Reporting by ",
                   "With inputs from ", "(With inputs from ",
                   # the masthead's editor at the foot (`Editor: NAME`; `editor:` inside a
                   # sentence, `said the editor: …`, is no credit)
                   "Editor: ", "Editor & Publisher: ", "Acting Editor: ",
                   # a Bangla story's credits at its foot (`সম্পাদনা: NAME`, `তথ্য: বিবিসি`)
                   "সম্পাদনা:", "সম্পাদনা :", "সম্পাদনাঃ", "অনুবাদ:", "অনুবাদ :", "অনুবাদঃ", "ভাষান্তর:",
                   "তথ্য:", "তথ্য :", "তথ্যঃ", "ইনপুট:", "ইনপুট :", "গ্রাফিক্স:", "ইনফোগ্রাফ:",
                   "প্রতিবেদনটি তৈরি করেছেন", "(এ প্রতিবেদন তৈরিতে", "(প্রতিবেদন তৈরিতে", "এ প্রতিবেদন তৈরিতে",
                   "প্রতিবেদন তৈরিতে সহায়তা"]
# A note on the writer after an opinion piece (`লেখক: অধ্যাপক, …`).
# Reporting verbs before the words reported (`… বলেন, …`): a paragraph's mark
# (a title quotes after a colon instead).
REPORTING_CUES = ["বলেন,", "জানান,", "বলেছেন,", "জানিয়েছেন,", "বলেন যে", "জানান যে"]
# Words that tell a story's sentence wherever they stand in a line: who said,
# confirmed, asked or attended (`… নিশ্চিত করেছেন ওসি`, `… প্রশ্ন করেন, …`); a
# related title, a prompt or a footer's line says none of them.
STORY_SENTENCE_CUES = REPORTING_CUES + ["বলেন ", "বলেছেন", "জানিয়েছেন", "নিশ্চিত করেছেন", "নিশ্চিত করেন",
                                        "করেন,", "প্রশ্ন করেন", "উপস্থিত ছিলেন"]
# A read-also label run into a paragraph's end with its title after it
# (`… ছিল। আরও পড়ুন: TITLE`): the title is a related link.
GLUED_READ_ALSO = ["আরও পড়ুন", "আরো পড়ুন", "আরোও পড়ুন"]
# Furniture a scraper glues to a paragraph's last sentence when it joins text
# nodes with no break (`…ঘটনাস্থলে যায়।Advertisement`), by the kind it is.
GLUED_FURNITURE = {"ad": ["Advertisement", "ADVERTISEMENT", "বিজ্ঞাপন"],
                   "share": ["শেয়ার করুন", "Google News-এ ফলো করুন"],
                   "caption": ["ছবি: সংগৃহীত", "ছবি : সংগৃহীত", "ছবিঃ সংগৃহীত", "ফাইল ছবি", "প্রতীকী ছবি"]}
# Words that open a sentence by tying it to the one before (`কিন্তু সবার মনে
# প্রশ্ন …?`, `এই যে …, লাভবান হলেন কে?`): a story's question or exclamation,
# no related title (titles open on their subject).
SENTENCE_LINK_OPENERS = ["কিন্তু", "তবে", "অথচ", "তাহলে", "তাই", "এই যে", "যদিও", "ফলে", "সুতরাং", "অর্থাৎ",
                         "এমনকি", "বরং", "নাকি"]
# The counts an age is told in words (`দুই ঘণ্টা আগে`, `আধা ঘণ্টা আগে`, `আধঘণ্টা আগে`; regex pieces).
AGE_COUNTS = ["এক", "দুই", "দু", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়", "দশ", "আধা", "আধ", "দেড়", "আড়াই",
              "কয়েক", "সাড়ে [0-9০-৯]{1,2}"]
# The footer's markers a story's sentence may hold too: an editor's or
# publisher's title, a phone, an address (not a copyright's words).
FOOTER_ROLE_MARKERS = ["ভারপ্রাপ্ত সম্পাদক", "সম্পাদক ও প্রকাশক", "সম্পাদক:", "সম্পাদকঃ", "প্রকাশক:", "প্রকাশক :",
                       "ফোন:", "ফোন :", "মোবাইল:", "মোবাইল :", "যোগাযোগ:", "যোগাযোগ :", "ঠিকানা:", "ঠিকানা :",
                       "কার্যালয়:", "কার্যালয় :", "অফিস:", "অফিস :"]
# How a finite verb ends a story's sentence (`বলেন`, `হয়েছে`, `যায়`, `করে`,
# `হল`): a prompt ends on an imperative (`করুন`, `দিন`), an imprint on a name.
FINITE_VERB_ENDINGS = ["েন", "ছে", "ছিল", "হয়", "যায়", "বে", "ান", "লো", "ছি", "নি", "রে",
                       "হল", "গেল", "রল", "লল", "পেল", "দিল", "নিল", "এল", "ঠল"]
# Labels over a story's tags, one short tag a line under them (`ট্যাগ:` / `ডেঙ্গু` / `স্বাস্থ্য`).
TAG_LABELS = ["tags", "tag", "topics", "topic", "keywords", "related topics", "related topic", "related tags", "ট্যাগ", "ট্যাগস",
              "বিষয়", "সংশ্লিষ্ট বিষয়", "সম্পর্কিত বিষয়", "কিওয়ার্ড",
              # a post's categories, listed the same way (a blog's `ক্যাটেগরি:`, WordPress's `Filed under:`)
              "ক্যাটেগরি", "ক্যাটাগরি", "categories", "filed under"]
AUTHOR_NOTE_PREFIXES = ["লেখক:", "লেখক :", "লেখকঃ", "*লেখক:", "* লেখক:", "লেখক পরিচিতি:", "লেখক পরিচিতি :",
                        "লেখক পরিচিতিঃ", "The writer is", "The author is", "*The writer is"]
# An English writer's note, wherever it stands (a paragraph's length, it
# would pass for the body's last): who the writer is.
AUTHOR_NOTE_EN = ["The writer is", "The author is", "The writers are", "The authors are", "*The writer is",
                  "The writer is a", "The author is a"]
# A story's age alone on a line (`৮ ঘণ্টা আগে`, maybe labelled): relative to
# the crawl, so a clock, never a date.
AGE_UNITS = ["সেকেন্ড", "মিনিট", "ঘণ্টা", "ঘন্টা", "দিন", "সপ্তাহ", "মাস", "বছর"]
# Inline "read also" labels: the title after one is a related link.
READ_ALSO = ["আরও পড়ুন", "আরো পড়ুন", "আরোও পড়ুন", "আরও পড়ুন:", "আরো পড়ুন:",
             "আরও পড়ুন :", "আরো পড়ুন :", "আরও পড়ুনঃ", "আরো পড়ুন.....",
             # English editions, only with the colon (`… Read more` ends a teaser)
             "Read more:", "Also read:", "Read also:", "See also:", "Read more :", "Also read :"]
# A theme's links to the story before and after this one, the label glued
# to the title (`পূর্ববর্তী নিবন্ধTITLE`, `Previous articleTITLE`, `Next Post »`):
# the title after one is a related link, as after "read also".
PREV_NEXT = ["পূর্ববর্তী নিবন্ধ", "পরবর্তী নিবন্ধ", "পূর্ববর্তী পোস্ট", "পরবর্তী পোস্ট", "আগের পোস্ট", "পরের পোস্ট",
             "পূর্ববর্তী খবর", "পরবর্তী খবর", "পূর্ববর্তী সংবাদ", "পরবর্তী সংবাদ",
             "Previous article", "Next article", "Previous post", "Next post", "Previous story", "Next story"]
# The same alone on their line between an English body's paragraphs (`READ MORE`
# over a title): a related title's label, where elsewhere they end a teaser.
READ_ALSO_ALONE_EN = ["read more", "also read", "read also", "see also"]
# Masthead, logo and menu lines.
MENU = [
    "logo", "inqilab logo", "dhaka prokash", "the daily ittefaq", "bartaman patrika",
    "ajker patrika", "ntv online", "news24bd", "kalerkantho", "bbc24 news",
    # English dailies' mastheads (a line of the name alone; their reports sign `Star Online Report`)
    "the daily star", "dhaka tribune", "the business standard", "new age", "the financial express",
    "the daily observer", "daily sun", "prothom alo english", "the independent",
    "skip to main content", "x", "সেকশনস", "connect with us", "english", "বাংলা",
    # the footer's links, one a line
    "গোপনীয়তার নীতি", "গোপনীয়তা নীতি", "শর্তাবলি", "শর্তাবলী", "সম্পাদকীয় নীতিমালা", "মন্তব্য নীতিমালা",
    "terms and conditions", "disclaimer", "careers", "advertise with us", "sitemap", "site map", "rss",
    # a font-size switcher
    "অ- অ অ+", "অ-অঅ+", "অ - অ + অ", "a- a a+", "a a a", "অ অ অ", "ফন্ট সাইজ", "ফন্ট", "font size",
    "a-", "a+", "অ-", "অ+", "font increase", "font decrease", "increase font", "decrease font", "reset font",
    "font size increase", "font size decrease", "ফন্ট বড়", "ফন্ট ছোট",
    # a keyboard-layout switcher for typing Bangla (blogs, comment boxes)
    "ফোনেটিক ইউনিজয় বিজয়", "ফোনেটিক বিজয়", "ফোনেটিক ইউনিজয়", "ইউনিজয় বিজয়", "ফোনেটিক", "ইউনিজয়",
    "অভ্র", "বাংলা কীবোর্ড", "বাংলায় লিখুন",
    # an audio player over the story
    "অডিও শুনুন", "নিউজটি শুনুন", "খবরটি শুনুন", "সংবাদটি শুনুন", "শুনুন", "listen to this article",
    "listen", "play", "pause",
    "home", "homepage", "হোম", "প্রচ্ছদ", "menu", "মেনু", "search", "অনুসন্ধান",
    "ই-পেপার", "ইপেপার", "ই পেপার", "ব্যবহারের শর্তাবলি", "ব্যবহারের শর্তাবলী",
    "e-paper", "epaper", "epaper version", "doinikastha epaper version", "অ ফ a", "পিডিএফ", "pdf",
    "বাংলা বাংলা english english हिन्दी हिन्दी",
    "| |", "লগইন", "login", "লগইন করুন", "লগ ইন", "লগ ইন করুন", "সাবস্ক্রাইব", "subscribe", "sign in", "log in",
    "read entire article", "read more", "read more »", "continue reading", "view more", "view more »",
    # a teaser's or a page's link to the whole story, alone on its line
    "readmore", "readmore..", "বিস্তারিত পড়ুন", "সম্পূর্ণ পড়ুন", "সম্পূর্ণ খবর পড়ুন", "পুরো খবর পড়ুন", "বিস্তারিত খবর পড়ুন",
    "no result", "view all result", "view all results",  # a theme's search box (JNews)
    "সম্পূর্ণ আর্টিকেলটি পড়ুন", "সম্পূর্ণ খবরটি পড়ুন", "পুরো খবরটি পড়ুন", "পুরো লেখাটি পড়ুন", "সম্পূর্ণ লেখাটি পড়ুন",
    "মূল খবরটি পড়ুন", "মূল সংবাদটি পড়ুন", "read full article", "read full story", "read the full story",
    # an aggregator's prompt to read on in its app or site (priyo: `প্রতিদিন ৩৫০০+ সংবাদ পড়ুন প্রিয়-তে`)
    "প্রতিদিন ৩৫০০+ সংবাদ পড়ুন প্রিয়-তে", "সংবাদ সূত্র",
    "আরও", "আরো", "আরও দেখুন", "আরো দেখুন", "আরও খবর", "আরো খবর",  # a `More` link alone
    # a theme's navigation and a cookie banner's buttons
    # (`Edit Content`: a page builder's button left in the theme's header)
    "skip to content", "skip to main", "toggle navigation", "edit content", "search for:", "search …", "close", "back to top",
    "scroll to top", "go to top", "accept", "accept all", "accept cookies", "reject", "decline", "got it",
    "i agree", "সম্মত", "গ্রহণ করুন",
    # account, search and the site's own pages in its header
    "সাইন ইন", "সাইন আপ", "sign up", "রেজিস্ট্রেশন", "নিবন্ধন", "রেজিস্টার", "register", "খুঁজুন", "সার্চ",
    "রেজিস্ট্রেশন করুন", "রিফ্রেস", "রিফ্রেশ", "নির্বাচিত পোস্ট", "লগ আউট", "লগআউট",
    "আর্কাইভ", "archive", "যোগাযোগ", "contact", "contact us", "আমাদের সম্পর্কে", "about us", "সব খবর",
]
# Section names printed as a line of their own.
# Language names: a line of nothing else is a language switcher
# (`বাংলা বাংলা English English हिन्दी हिन्दी`, formats.md §4).
LANGUAGES = ["বাংলা", "bangla", "bengali", "english", "ইংরেজি", "हिन्दी", "hindi", "हिंदी", "اردو", "urdu",
             "العربية", "arabic", "中文", "bn", "en",
             # an Indian network's switcher between its editions (zeenews: `English हिन्दी मराठी தமிழ் …`)
             "मराठी", "marathi", "தமிழ்", "tamil", "മലയാളം", "malayalam", "ગુજરાતી", "gujarati", "తెలుగు", "telugu",
             "ಕನ್ನಡ", "kannada", "ਪੰਜਾਬੀ", "punjabi", "ଓଡ଼ିଆ", "odia", "অসমীয়া", "assamese"]
# Labels a page prints before the headline in its line (`ভিডিও | TITLE`,
# `এক্সক্লুসিভ: TITLE`): the kicker, besides the sections' names.
KICKER_WORDS = ["ভিডিও", "এক্সক্লুসিভ", "ব্রেকিং", "ব্রেকিং নিউজ", "বিশেষ প্রতিবেদন", "সাক্ষাৎকার", "বিশ্লেষণ",
                "লাইভ", "ফটো", "ফটোগ্যালারি", "ফিচার", "আপডেট", "ইনফোগ্রাফিক", "ফ্যাক্টচেক", "ফ্যাক্ট চেক",
                "এক্সপ্লেইনার", "বিশেষ সাক্ষাৎকার", "অনুসন্ধান", "অনুসন্ধানী প্রতিবেদন"]
SECTIONS = [
    "জাতীয়", "আন্তর্জাতিক", "রাজনীতি", "অর্থনীতি", "অর্থ-বাণিজ্য", "বাণিজ্য", "খেলা",
    "খেলাধুলা", "বিনোদন", "সারাদেশ", "সারা দেশ", "দেশগ্রাম", "রাজধানী", "শিক্ষা",
    "স্বাস্থ্য", "প্রযুক্তি", "বিজ্ঞান ও প্রযুক্তি", "মতামত", "সম্পাদকীয়", "উপসম্পাদকীয়",
    "লাইফস্টাইল", "জীবনযাপন", "ধর্ম", "চাকরি", "প্রবাস", "আইন-আদালত", "অপরাধ",
    "ক্যাম্পাস", "কৃষি", "রাজ্য", "দেশ", "বিদেশ", "কলকাতা", "শহর", "ফিচার", "ভিডিও",
    "ছবি", "সাহিত্য", "মুক্তমত", "নগর-মহানগর", "বিশ্ব", "এশিয়া", "ক্রিকেট", "ফুটবল",
    "উপমহাদেশ", "প্রথম পাতা", "শেষ পাতা", "শেষের পাতা", "অন্যান্য", "পরবাস",
    "national", "international", "politics", "sports", "entertainment", "business",
    "world", "bangladesh", "opinion", "বাংলাদেশ",
    "সাক্ষাৎকার", "বিশেষ প্রতিবেদন", "বিশ্লেষণ", "কলাম", "উপ-সম্পাদকীয়", "চিঠিপত্র", "ফটো গ্যালারি",
    "ছবি গ্যালারি", "ভিডিও গ্যালারি", "গ্যালারি", "আবহাওয়া", "পরিবেশ", "শেয়ারবাজার", "পুঁজিবাজার",
    "সংস্কৃতি", "শিল্প ও সাহিত্য", "ভ্রমণ", "তারুণ্য", "তথ্যপ্রযুক্তি", "ধর্ম ও জীবন", "ইসলাম",
    "টুকরো খবর", "খবর সংক্ষেপ", "সংক্ষিপ্ত খবর", "সংক্ষিপ্ত সংবাদ", "উত্তরবঙ্গ", "দক্ষিণবঙ্গ", "বিশেষ নিবন্ধ",
    "নিবন্ধ", "প্রবন্ধ", "চিঠিপত্র", "সম্পাদকীয় ও মতামত", "পাঠকের চিঠি",
    "interview", "analysis", "editorial", "column", "photos", "videos",
    # more of an English edition's menu
    "economy", "health", "education", "lifestyle", "technology", "tech", "science", "environment",
    "culture", "travel", "jobs", "crime", "country", "city", "weather", "features", "feature", "asia",
    "cricket", "football", "religion", "agriculture", "literature", "campus",
]
# A scraper's placeholder for a field it did not find, alone on a line.
PLACEHOLDERS = ["unknown", "none", "null", "n/a", "nan", "undefined", "not defined"]
# Advertising placeholders.
ADS = ["advertisement", "advertisements", "avertisements 2", "header ad", "ad",
       "বিজ্ঞাপন", "sponsored", "স্পনসরড", "স্পন্সরড", "স্পন্সর্ড", "বিজ্ঞাপন দিন",
       # the line an ad leaves inside an English page's body
       "scroll to continue", "scroll to continue with content", "story continues below advertisement",
       "article continues below advertisement", "continue reading below",
       "commercial break", "scroll to continue reading"]
# Substrings that mark a share/follow line.
SHARE = [
    "শেয়ার করুন", "শেয়ার করতে", "sharing is caring", "spread the love",
    # a news page's social post pointing to its story (`বিস্তারিত কমেন্টে`, `link in comments`)
    "বিস্তারিত কমেন্টে", "লিংক কমেন্টে", "লিঙ্ক কমেন্টে", "link in comment",
    "link copied", "চ্যানেলে যোগ দিন", "sharing button", "follow করুন", "google news", "ফলো করুন",
    "ফেসবুকে লাইক", "ফেইসবুকে আমরা", "ইউটিউবে আমরা", "মোবাইল অ্যাপস ডাউনলোড",
    "whatsapp", "share post", "share this", "share on facebook", "share on twitter",
    "your browser doesn", "your browser does not support",
    "like dislike love funny angry sad wow",
    "আমাদের সঙ্গে থাকুন", "আমাদের সাথে থাকুন", "পেজে লাইক দিন", "সাবস্ক্রাইব করুন", "follow us",
    "চ্যানেলে যুক্ত হোন", "চ্যানেলে যুক্ত হতে", "ক্লিক করুন", "click here",
    "subscribe to our newsletter", "sign up for our newsletter", "subscribe to our channel",
    # an app's prompt (`সব খবর আগে পড়তে ডাউনলোড করুন … অ্যাপ`)
    "খবর আগে পড়তে", "অ্যাপ ডাউনলোড করুন", "download our app", "download the app",
    "আপডেট পেতে ডাউনলোড করুন", "news app:", "খবর পেতে ডাউনলোড করুন", "অ্যাপটি ডাউনলোড করুন",
    "app playstore", "app play store", "app app store",  # `Eye News BD App PlayStore`: a store's badge
]
# Share buttons dumped one per line, maybe bulleted (`  • Facebook`): the
# whole line is the network's name.
SOCIAL = ["facebook", "twitter", "linkedin", "telegram", "messenger", "pinterest", "reddit", "email",
          "e-mail", "print", "copy link", "copy", "ফেসবুক", "টুইটার", "ইমেইল", "ই-মেইল", "প্রিন্ট",
          "হোয়াটসঅ্যাপ", "মেসেঞ্জার", "লিংকডইন", "টেলিগ্রাম", "প্রিন্ট করুন", "অনুসরণ করুন", "ইমেইল করুন",
          "ই-মেইল করুন", "লিংক কপি", "লিঙ্ক কপি", "লিংক কপি করুন", "কপি করা হয়েছে", "লিংক কপি করা হয়েছে",
          "শেয়ার", "শেয়ার করুন", "share",
          # anandabazar's share and save buttons' labels, in a row
          "share: save", "share save", "শেয়ার: সেভ", "save",
          # a social post's buttons, one a line (`Like` / `Comment` / `Share`)
          "like", "comment", "reply", "লাইক", "কমেন্ট", "tweet"]
# The buttons of a font-size switcher; a line of these alone is one
# (`অ+ অ-`, `A- A A+`).
FONT_SIZE_BUTTONS = ["অ+", "অ-", "অ", "a+", "a-", "a", "অ+অ-", "a+a-"]
# A feature's writer credit, which names a photographer too (`লেখা ও ছবি: NAME`,
# `লেখা: NAME, ছবি: NAME`): a byline, never a photo caption.
WRITER_CREDIT_STARTS = ["লেখা:", "লেখা :", "লেখাঃ", "লেখা ও ছবি", "লেখা ও আলোকচিত্র", "ছবি ও লেখা", "কথা ও ছবি",
                        "রেসিপি ও ছবি", "রান্না ও ছবি"]
# A comment form's own labels, read on under the readers' comments.
COMMENT_FORM_LABELS = ["মন্তব্য করুন", "মন্তব্য লিখুন", "আপনার মন্তব্য লিখুন", "কমেন্ট করুন", "leave a comment",
                       "post a comment", "leave a reply", "reply", "উত্তর দিন", "জবাব দিন"]
# Words of an English article toolbar's buttons run into one line
# (`Decrease Font Size Increase Font Size Email this Article Print Friendly Version`).
TOOLBAR_WORDS = ["decrease", "increase", "reset", "font", "size", "text", "email", "e-mail", "this", "article",
                 "page", "print", "friendly", "version", "printer", "save", "pdf", "bookmark", "zoom", "in", "out",
                 "share", "a+", "a-", "comment", "comments", "|"]
# Two of these mark such a line as a toolbar (not a title of toolbar words).
TOOLBAR_CUES = ["font", "print", "email", "e-mail", "pdf"]
# Substrings that mark a footer line.
FOOTER = [
    "স্বত্ব ©", "©", "সর্বস্বত্ব", "all rights reserved", "কপিরাইট আইনে", "developed by",

    "design & developed", "made in india", "সম্পাদক ও প্রকাশক", "ভারপ্রাপ্ত সম্পাদক",
    "সম্পাদকঃ", "সম্পাদক:", "ঠিকানা :", "ঠিকানা:", "ইমেইল :", "ইমেইল:", "e-mail:",
    "email:", "ফোন:", "ফোন :", "visit :", "প্রকাশক:", "প্রকাশক :", "error: দুঃখিত",
    "যোগাযোগ:", "যোগাযোগ :", "মোবাইল:", "মোবাইল :", "ই-মেইল:", "ই-মেইল :", "ইমেইলঃ", "ই-মেইলঃ",
    # an imprint's offices and printer (`বার্তা ও বাণিজ্যিক কার্যালয়: …`, `নিউজরুম: +৮৮০…`,
    # `… থেকে প্রকাশিত ও মুদ্রিত`)
    "কার্যালয়:", "কার্যালয় :", "কার্যালয়ঃ", "অফিস:", "অফিস :", "নিউজরুম:", "নিউজরুম :", "বার্তা বিভাগ:",
    "বার্তা বিভাগ :", "বিজ্ঞাপন বিভাগ:", "বিজ্ঞাপন বিভাগ :", "ফ্যাক্স:", "ফ্যাক্স :", "প্রকাশিত ও মুদ্রিত",
    "মুদ্রিত ও প্রকাশিত", "newsroom:", "fax:",
    "editor & publisher", "editor and publisher", "copyright:", "reproduction of content",
    "your email address will not be published", "this site uses akismet",
    "আপনার ইমেইল ঠিকানা প্রকাশ করা হবে না", "আপনার ই-মেইল ঠিকানা প্রকাশ করা হবে না",
    # a comment form's prompts (WordPress, Blogger)
    "please enter your comment", "please enter your name here", "you have entered an incorrect email",
    "save my name, email, and website", "notify me of follow-up comments", "notify me of new posts",
    "এই ব্রাউজারে সংরক্ষণ করুন",  # (WordPress's `Save my name, email, and website …`, translated)
    "minimum length:", "appeared first on", "privacy policy",
    # a call for readers' writing under a column (`প্রিয় পাঠক, আপনিও লিখতে পারেন`, `লেখা পাঠান: …`)
    "আপনিও লিখতে পারেন", "লেখা পাঠান:", "লেখা পাঠান :", "লেখা পাঠাতে:",
    "terms of use", "গোপনীয়তা নীতি", "disclaimer:",
    # a column reprinted: where it appeared first
    "this article first appeared", "this article was first published", "this article was originally published",
    "this story first appeared", "this piece first appeared", "this article originally appeared",
    # The copyright notice said in words: `এই ওয়েবসাইটের কোনো লেখা, ছবি, অডিও, ভিডিও
    # অনুমতি ছাড়া ব্যবহার বেআইনি` (never `অনুমতি ছাড়া ব্যবহার` alone: news says it of land and drugs).
    "ওয়েবসাইটের কোনো লেখা", "ওয়েবসাইটের কোন লেখা", "সাইটের কোনো লেখা", "অডিও, ভিডিও অনুমতি",
    "without permission is prohibited",
    # newz24.in says some stories are machine-translated (formats.md §1b).
    "machine translated", "machine-translated", "যন্ত্রের সাহায্যে অনূদিত",
    "যান্ত্রিকভাবে অনূদিত", "স্বয়ংক্রিয়ভাবে অনূদিত", "মেশিন ট্রান্সলেশন",
    "you have reached your daily news limit", "please log in to continue",
    # paywall, login and copy-protection text (formats.md §6.13)
    "content is protected", "for subscribers only", "subscribers only", "log in to read", "login to read",
    "sign in to read", "subscribe to continue", "subscribe to read",
    "করতে লগইন করুন", "পড়তে লগইন করুন", "পড়তে সাবস্ক্রাইব", "শুধু গ্রাহকদের জন্য", "কপি করা নিষেধ",
    "কপি করার অনুমতি নেই",
    # a cookie banner, a script warning
    "we use cookies", "this website uses cookies", "cookie policy", "cookies policy", "accept all cookies",
    "javascript is disabled", "enable javascript", "কুকি ব্যবহার", "কুকিজ ব্যবহার",
]
# Caption credits: a line that holds one of these is a photo caption.
CAPTION = [
    "ছবি:", "ছবি :", "ছবিঃ", "ছবি সংগৃহীত", "ছবি সংগৃহিত", "ছবি: সংগ্রহীত", "ছবি-",
    "image caption", "ছবির কপিরাইট", "ফাইল ছবি", "ফাইল ফটো", "photo:", "photo :",
    "ছবি: সংগৃহীত", "ছবি : সংগৃহীত", "ভিডিও:", "প্রতীকী ছবি", "প্রতীকী ফটো", "সংগৃহীত ছবি", "ছবি: প্রতীকী",
    "file photo", "representational image", "representative image", "photo: collected",
    # (and their other spellings: প্রতিকী, ফটো:, Image:)
    "প্রতিকী ছবি", "ছবি: প্রতিকী", "ফটো:", "ফটো :", "ফটোঃ", "image:", "image :",
    # BBC Bangla's labels before an image's credit and caption.
    "ছবির উৎস,", "ছবির ক্যাপশান,", "ছবির ক্যাপশন,", "ভিডিওর ক্যাপশান,", "image source,",
    # an illustration's credit (a literature page's `অলঙ্করণ: NAME`)
    "অলঙ্করণ:", "অলঙ্করণ :", "অলংকরণ:", "অলংকরণ :", "ইলাস্ট্রেশন:", "illustration:",
]
# Substrings of a view counter.
COUNTER = ["জন দেখেছেন", "বার পড়া হয়েছে", " view", " views", "পঠিত হয়েছে", "সংবাদটি পড়া হয়েছে",
           "নিউজটি পড়া হয়েছে", "বার পঠিত", "বার পড়া", "বার দেখা হয়েছে", "জন পড়েছেন", "পঠিত:", "পঠিত :",
           "পাঠক সংখ্যা"]
# Headings of the readers' comments under a story (besides a count of them,
# `মন্তব্য (২)`): what follows them is the comment widget, not the article.
COMMENT_HEADS = ["পাঠকের মন্তব্য", "পাঠকের মতামত", "মন্তব্য", "মন্তব্যসমূহ", "comments", "reader comments", "কমেন্ট", "কমেন্টস"]
# Words counted on a line of their own under a story: `০ মন্তব্য`, `12 Comments`, `মন্তব্য (৩)`.
COUNT_WORDS = ["পাঠকের মন্তব্য", "মন্তব্যসমূহ", "মন্তব্য", "কমেন্ট", "comments", "comment", "লাইক", "likes", "like", "ভিউ"]

# WordPress tag, category, author and date listings (formats.md §1c, family F):
# the header that names the listing, and the ends of its teasers.
LISTING_HEADERS = ["Category", "Tag", "Author", "Day", "Month", "Year", "Archives", "Archive", "Yearly Archives",
                   "Monthly Archives", "Daily Archives",
                   "ক্যাটাগরি", "ক্যাটেগরি", "ট্যাগ", "বিভাগ", "লেখক", "আর্কাইভ"]
# A site's slogan under its logo (`চট্টগ্রামের মাটি ও মানুষের পত্রিকা`, `সত্য প্রকাশে
# আপোষহীন`): its last word, or a phrase in it. Over a title, such a line is no headline.
SLOGAN_ENDS = ["পত্রিকা", "মুখপত্র", "কণ্ঠস্বর", "আপোষহীন", "আপসহীন", "নির্ভীক", "অঙ্গীকারবদ্ধ", "সোচ্চার",
               "দৈনিক", "প্রতিচ্ছবি"]
SLOGAN_PHRASES = ["সবার আগে", "সত্যের সন্ধানে", "সত্য প্রকাশে", "মাটি ও মানুষের", "জনতার কণ্ঠ", "মানুষের কথা বলে",
                  "সত্যের পক্ষে", "আপনার পাশে", "সঠিক খবর", "নিরপেক্ষ সংবাদ"]
# Whole short lines of a kind, matched as the line (not searched for inside
# every line, as SHARE, CAPTION and FOOTER are: a first letter as common as
# এ, ট or ড in that search would slow every line down).
LINE_KINDS = {"caption": ["ভিডিও থেকে নেওয়া ছবি", "এআই দিয়ে তৈরি ছবি", "এআই দিয়ে তৈরি প্রতীকী ছবি"],
              "share": ["শেয়ার করে দিন", "টেলিগ্রামে যুক্ত হোন", "টেলিগ্রাম চ্যানেলে যুক্ত হোন", "নোটিফিকেশন চালু করুন"],
              # a Blogger theme's contact form and credit under the post, in Bangla
              "footer": ["যোগাযোগ ফর্ম", "ইমেল *", "ইমেইল *", "বার্তা *", "নাম *", "blogger দ্বারা পরিচালিত",
                         "blogger দ্বারা পরিচালিত.", "powered by blogger", "contact form", "author name",
                         # WordPress's comment form: its fields' labels, in both scripts
                         "মন্তব্য *", "ওয়েবসাইট", "ওয়েবসাইট *", "name *", "email *", "website", "comment *"]}
# The site's maker, at the start of the footer's line (`কারিগরি সহযোগিতায়: …`, `Powered by WordPress`).
MAKER_STARTS = ["কারিগরি সহযোগিতায়", "কারিগরি সহায়তায়", "ডিজাইন ও ডেভেলপমেন্ট", "সাইট পরিচালনায়",
                "powered by ", "theme by ", "theme: "]
# "Read more" words that end a teaser or are glued to a related title
# (formats.md §4, §6.12). `বিস্তারিত` alone counts only after an ellipsis.
READ_MORE = ["Read More", "Read more", "read more", "READ MORE", "Continue Reading",
             "Continue reading", "বিস্তারিত পড়ুন", "ReadMore", "সম্পূর্ণ পড়ুন", "সম্পূর্ণ খবর পড়ুন", "পুরো খবর পড়ুন",
             "বিস্তারিত খবর পড়ুন"]
TEASER_ENDS = ["[…]", "[...]", "…", "...", "Continue Reading", "Continue reading", "Read More »",
               "Read More", "Read more", "read more", "বিস্তারিত পড়ুন", "বিস্তারিত", "আরও পড়ুন",
               "আরো পড়ুন", "View More", "View more"]

# The English letters' names in Bangla script: a desk's initials after a
# story are written with them (`এমএইচ`, `এসকে/এমজে`, `আরএ`).
LETTER_NAMES = ["এ", "বি", "সি", "ডি", "ই", "এফ", "জি", "এইচ", "আই", "জে", "কে", "এল", "এম", "এন", "ও",
                "পি", "কিউ", "আর", "এস", "টি", "ইউ", "ভি", "ডব্লিউ", "ডাব্লিউ", "এক্স", "ওয়াই", "জেড"]

# The turns of an interview (`প্রশ্ন: … কেমন?`, `উত্তর: …`): a question there
# is a paragraph of the body, however short, not a headline's subhead.
INTERVIEW_LABELS = ["প্রশ্ন", "প্র", "উত্তর", "উ", "Q", "A", "Question", "Answer"]
# The thanks that close an interview (`আপনাকে ধন্যবাদ।` / `আপনাকেও ধন্যবাদ।`):
# turns of two or three words after the last answer, no related titles.
INTERVIEW_THANKS = ["ধন্যবাদ", "Thank you", "Thanks"]
# Words before a colon and a date that keep the line a date line (`আজ: …`,
# `সময়: …`), where a topic's title would not (`রাশিফল: ২৯ নভেম্বর ২০২৫`).
DATE_LINE_PREFIXES = ["আজ", "আজঃ", "today", "সময়", "time", "দিন", "বার", "ঢাকা", "dhaka"]

# A match report's scorecard after its last paragraph (`সংক্ষিপ্ত স্কোর` /
# `আফগানিস্তান: ২০ ওভারে ১৫৪/৭ …`): the heading, and the labels of its
# lines that print no figure (`ম্যান অব দ্য ম্যাচ: NAME`). The card is the
# story's, not a list of related titles.
SCORE_HEADINGS = ["সংক্ষিপ্ত স্কোর", "সংক্ষিপ্ত স্কোরকার্ড", "স্কোরকার্ড", "স্কোর কার্ড", "সংক্ষিপ্ত ফল",
                  "brief scores", "brief score", "scores in brief", "score in brief", "scorecard",
                  "summarised scores", "summarized scores"]
SCORE_LABELS = ["ফল", "ফলাফল", "টস", "ম্যান অব দ্য ম্যাচ", "ম্যান অফ দ্য ম্যাচ", "প্লেয়ার অব দ্য ম্যাচ",
                "প্লেয়ার অফ দ্য ম্যাচ", "ম্যাচসেরা", "সিরিজসেরা", "ম্যান অব দ্য সিরিজ", "গোল", "গোলদাতা",
                "result", "toss", "player of the match", "man of the match", "player of the series",
                "man of the series", "goals", "scorers"]

# An editor's note on the report in brackets (`[প্রতিবেদনটি সকাল ১০টা ৪০
# মিনিটে হালনাগাদ করা হয়েছে]`, `(This story has been updated)`): words that
# make a bracketed line such a note, kept as a `signature`.
EDITOR_NOTE_WORDS = ["প্রতিবেদনটি", "সংবাদটি", "খবরটি", "হালনাগাদ", "আপডেট করা", "this story", "this article",
                     "this report", "has been updated", "will be updated", "updating",
                     # a column's notes: where it was translated from, whose views it holds
                     "অনূদিত", "অনুবাদ", "ভাষান্তর", "লেখকের নিজস্ব", "লেখকের একান্ত", "translated",
                     "views expressed", "author's own"]

# The first words of an English prompt, never a paragraph (`Follow us on
# Facebook.`, `Click here to subscribe.`).
PROMPT_FIRST_WORDS = ["Follow", "Click", "Subscribe", "Read", "Share", "Download", "Visit", "Contact", "Email",
                      "Call", "Sign", "Log", "Like", "Join", "Watch", "Listen", "Tap", "Send", "Please"]
