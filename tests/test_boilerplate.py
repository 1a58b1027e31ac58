"""Line-level boilerplate kinds (formats.md §4), one row per form seen in dumps."""
from __future__ import annotations

import pytest

from conftest import page
from bnnews import parse
from bnnews import boilerplate as bp
from bnnews.boilerplate import boiler_kind, is_separator
from bnnews.text import normalize


@pytest.mark.parametrize("line,kind", [
    ("Logo", "menu"),
    # A breadcrumb trail that ends in the story's title (formats.md §4), too
    # long for a trail of sections.
    ("প্রথম পাতা » প্রধান সংবাদ » ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী", "menu"),
    ("হোম / জাতীয় / ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী", "menu"),
    ("Home | সারা দেশ | মৌলভীবাজার জেলার সকল খবর", "menu"),  # a trail with bars (bdtoday24)
    ("Site icon Jamuna Television", "menu"),  # an AMP page's masthead image
    # a site's whole menu run into one line, a mobile menu's close button first;
    # items the lists lack among the dozen it knows
    ("× হোম জাতীয় রাজধানী সারা দেশ অনুসন্ধান বিশেষ রাজনীতি আইন-অপরাধ ফলোআপ কৃষি বিজ্ঞান প্রযুক্তি বিনোদন ধর্ম", "menu"),
    ("জাতীয় রাজনীতি নিয়ে আলোচনা হলো শিক্ষা ও স্বাস্থ্য খাতের বাজেট বাড়ানোর দাবিতে কৃষি ও বিনোদন অঙ্গনের মানুষ", None),
    # an aggregator's link to the whole story and its prompt (priyo), a `More` link alone
    ("সম্পূর্ণ আর্টিকেলটি পড়ুন", "menu"), ("প্রতিদিন ৩৫০০+ সংবাদ পড়ুন প্রিয়-তে", "menu"), ("আরও", "menu"),
    ("জাতীয় | সারা দেশ | মৌলভীবাজারে সড়ক দুর্ঘটনায় দুজন নিহত", None),  # not from home: no trail
    ("ঢাকা / চট্টগ্রাম রুটে নতুন ট্রেন চালু হচ্ছে আগামী মাসে, জানিয়েছে রেলওয়ে কর্তৃপক্ষ", None),  # a headline's slash
    ("mzamin facebook sharing button twitter sharing button", "share"),  # share buttons' alt texts in a row
    # Reading times, font-size switchers and audio players over the story.
    ("২ মিনিটে পড়ুন", "counter"), ("পড়তে লাগবে ৩ মিনিট", "counter"), ("4 min read", "counter"),
    ("০:০০ / ২:৩০", "counter"), ("ফন্ট সাইজ", "menu"), ("A+", "menu"), ("অডিও শুনুন", "menu"),
    ("Listen to this article", "menu"),
    ("অ+ অ-", "menu"), ("অ- অ অ+", "menu"),  # a font-size switcher's buttons in a row
    ("সর্বশেষ আপডেট ১ ঘণ্টা আগে", "clock"),  # a story's age, relative to the crawl
    ("পাঠকের মন্তব্য (০)", "counter"), ("লগইন করুন", "menu"),
    ("ফেসবুক টুইটার হোয়াটসঅ্যাপ লিংকডইন", "share"), ("Facebook | Twitter | Email", "share"),  # share buttons in a row
    ("প্রতীকী ছবি", "caption"), ("File Photo", "caption"),  # a photo's note, never a name
    ("প্রতিকী ছবি", "caption"), ("ফটো: সংগৃহীত", "caption"), ("Image: Collected", "caption"),  # other spellings
    ("ভিডিও থেকে নেওয়া ছবি", "caption"), ("এআই দিয়ে তৈরি ছবি", "caption"), ("ফটোগ্রাফি প্রদর্শনী চলছে রাজধানীতে", None),
    ("পরিবেশবিদ আবদুল হামিদ। পুরোনো ছবি", "caption"), ("সঙ্গীতশিল্পী কবীর বকুল। পুরনো ছবি", "caption"),  # an old photo's
    ("সাকিবের পুরোনো ছবি ভাইরাল", None), ("ফেসবুকে পুরোনো ছবি", None),  # titles about old photos
    # West Bengal papers' credits, চিত্র for the photo: closing the caption, or the whole line
    ("নদীর পাড়ে জমেছে কচুরিপানা। বর্ধমানে তোলা নিজস্ব চিত্র।", "caption"), ("মঞ্চে মুখ্যমন্ত্রী। —ফাইল চিত্র", "caption"),
    ("নিজস্ব চিত্র", "caption"), ("কলকাতায় মিছিল। প্রতীকী চিত্র", "caption"),
    # a photo's caption closed by its agency in brackets; an agency's dateline is none
    ("পাটনায় সমর্থকদের উচ্ছ্বাস (PTI)", "caption"), ("মঞ্চে মুখ্যমন্ত্রী (ছবি: পিটিআই)", "caption"),
    ("Supporters celebrate in Patna (Reuters)", "caption"), ("ঢাকা, ২৮ নভেম্বর (বাসস)", None),
    ("পরিচালক নিজের লেখা নিজস্ব চিত্রনাট্যে ছবি বানাচ্ছেন।", None), ("ছবিটির নিজস্ব চিত্রনাট্য আছে।", None),
    ("শেয়ার করে দিন", "share"), ("Tweet", "share"), ("টেলিগ্রামে যুক্ত হোন", "share"), ("নোটিফিকেশন চালু করুন", "share"),
    ("এডিটর্স চয়েস", "label"), ("ট্রেন্ডিং নিউজ", "label"),  # more lists' labels
    ("সকল খবর", "label"), ("View All", "label"), ("Load More", "label"), ("Next", "label"),  # a list's links
    ("১ ২ ৩ ৪ ৫ পরবর্তী", "menu"), ("1 2 3 … 45 Next »", "menu"), ("Page 2 of 15", "menu"), ("পৃষ্ঠা ২ / ১৫", "menu"),  # pages
    ("« আগের পাতা", "menu"), ("৩ ৪ জন আহত", None), ("২০২৪ ২০২৫ ২০২৬", None),
    ("সর্বশেষ - জাতীয়", "label"),  # a list's label with its section
    ("Popular Links", "label"), ("Latest Stories", "label"), ("এই বিভাগের আরও", "label"),  # more lists' labels
    ("TimeNewsBD-Logo-H90", "menu"),  # a masthead image's name
    ("Related topic", "label"),  # an English outlet's topic list
    ("You may also like", "label"),
    ("DoinikAstha Epaper Version", "menu"),
    ("Skip to main content", "menu"),
    ("বাংলা বাংলা English English", "menu"),  # a language switcher, in any order or length
    ("English বাংলা", "menu"),
    ("bdnews24.com", "menu"),  # a masthead or an advertiser's domain
    ("https://www.risingbd.com", "menu"),
    ("chapaijournal@gmail.com", "footer"),
    ("unnamed (2)", "markup"),  # what is left of an image
    ("20251111 153750", "markup"),
    ("/anm-bengali/media/post_banners/abc.jpg)", "markup"),
    ("![]()", "markup"),
    ("width=", "markup"),
    ("[IMG]", "markup"), ("[INLINE]", "markup"), ("[photo-1.jpg]", "markup"),  # lynx's and w3m's image marks
    ("২৮৮জন দেখেছেন", "counter"),
    ("361", "counter"),
    ("2 weeks ago 19", "counter"),
    ("১ / ৩২", "counter"),
    # Comment and like counts alone under a story.
    ("০ মন্তব্য", "counter"), ("12 Comments", "counter"), ("মন্তব্য (৩)", "counter"), ("৩টি মন্তব্য", "counter"),
    ("শেয়ার করুন:", "share"),
    ("• Facebook", "share"),  # share buttons, one per line
    ("Facebook", "share"),
    ("প্রিন্ট", "share"),
    ("from প্রথম আলো https://ift.tt/3xYzAbc", "footer"),
    ("এই ওয়েবসাইটের কিছু খবর অন্য ভাষা থেকে যন্ত্রের সাহায্যে অনূদিত।", "footer"),
    ("স্বত্ব © ২০২৪ বাংলাদেশ প্রতিদিন", "footer"),
    ("–––––––––", "separator"), ("`", "separator"),  # (a stray backtick over a print page's title)
    ("শিরোনাম", "label"),
    ("বিডিপ্রতিদিন/কবিরুল", "signature"),
    ("(ঢাকাটাইমস/১১সেপ্টেম্বর/এলএম/এজে)", "signature"),
    ("এসএইচ/", "signature"),  # one desk's initials and the slash
    ("সূত্র: আল জাজিরা", "signature"),  # a source credit
    ("তথ্যসূত্র: রয়টার্স", "signature"),
    ("৮ ঘণ্টা আগে", "clock"),  # a story's age: relative to the crawl
    ("১৮৬৩ দিন আগে", "clock"), ("1250 days ago", "clock"),  # (UNB counts its ages in days, four digits of them)
    ("আপডেট: ৩ ঘণ্টা আগে", "clock"),
    ("(১০ মিনিট আগে)", "clock"),  # mzamin's age in brackets, on its own line
    ("Published: 3 hours ago", "clock"), ("3 hours ago", "clock"), ("Updated 2 days ago", "clock"),
    ("জনপ্রিয়", "label"),
    ("এই বিভাগের আরো খবর", "label"),
    ("এই সম্পর্কিত আরও পড়ুন", "label"),
    ("পাঠকের মন্তব্য", "label"),
    ("আপনার মতামত লিখুন :", "label"),
    ("সংবাদটি পড়া হয়েছে ১২৩ বার", "counter"),
    ("বিজ্ঞাপন দিন", "ad"),
    ("মোবাইল: ০১৭১১১২৩৪৫৬", "footer"),
    ("টেলিগ্রাম চ্যানেলে যুক্ত হোন", "share"),
    ("ভিডিও দেখতে ক্লিক করুন", "share"),
    ("বিস্তারিত আসছে...", "label"),
    ("(বিস্তারিত আসছে)", "label"),  # a breaking story's stub, in brackets
    ("(চলবে)", "label"),  # a serial's instalment
    ("Details to follow", "label"),
    ("তুমি এটাও পছন্দ করতে পারো", "label"), ("উত্তর দিন", "label"),  # a theme's labels, machine-translated
    ("আপনার ইমেইল ঠিকানা প্রকাশ করা হবে না।", "footer"),
    ("[justify]", "markup"), ("[/caption]", "markup"),  # a CMS's or a forum's tags left in the text
    ("ভিডিও দেখুন", "label"), ("অনুগ্রহ করে অপেক্ষা করুন", "label"), ("এডিটর’স চয়েস", "label"),
    ("প্রিয় পাঠক, আপনিও লিখুন", "label"), ("বার্তা ও বাণিজ্যিক কার্যালয়", "label"),
    ("td_module_wrap", "markup"), ("স্পট_আইএমজি", "markup"),  # a theme's token left in the text
    ("হোম / জাতীয় / শিক্ষা", "menu"),  # a breadcrumb trail
    ("https://www.banglanews24.com/cricket/news/bd/1306003.details", "markup"),  # a bare URL
    ("Home > Bangladesh", "menu"),
    ("ফেসবুকে আমাদের সঙ্গে থাকুন", "share"),
    ("এই ওয়েবসাইটের কোনো লেখা, ছবি, অডিও, ভিডিও অনুমতি ছাড়া ব্যবহার বেআইনি।", "footer"),  # a copyright in words
    ("#পাহাড়ধস #চট্টগ্রাম", "menu"),  # hashtags
    ("Scroll to continue", "ad"),  # what an ad leaves in an English body
    ("Reporting by AFP", "signature"),  # a wire story's credit
    ("সম্পাদনা: রাকিব হাসান", "signature"), ("তথ্য: বিবিসি", "signature"),  # a Bangla story's credits
    ("প্রতিবেদনটি তৈরি করেছেন রাকিব হাসান", "signature"),
    ("(এ প্রতিবেদন তৈরিতে সহায়তা করেছেন রাকিব হাসান)", "signature"),
    ("Subscribe to our newsletter", "share"),
    ("Leave a comment", "label"),
    ("Editor: Mahfuz Anam", "signature"),
    ("আরও ভিডিও", "label"),  # a video page's list of more videos
    ("Related Videos", "label"),
    # An editor's note on the report, in brackets.
    ("[প্রতিবেদনটি সকাল ১০টা ৪০ মিনিটে হালনাগাদ করা হয়েছে]", "signature"),
    ("(This story has been updated with more details)", "signature"),
    # English editions' list labels
    ("Most Read", "label"), ("Related Stories", "label"), ("Editor's Picks", "label"),
    ("More from Bangladesh", "label"), ("Top News", "label"),
    # paywall, login and copy-protection text
    ("Content is protected !!", "footer"), ("This content is for subscribers only.", "footer"),
    ("Please log in to read the full article.", "footer"), ("সাবস্ক্রাইব করতে লগইন করুন", "footer"),
    ("হোম জাতীয় রাজনীতি অর্থনীতি", "menu"), ("Home Bangladesh Sports", "menu"),  # a <nav> run into one line
    # ... whatever opens it, and long: every word a section, a menu item or a list label
    ("জাতীয় রাজনীতি অর্থনীতি সারাদেশ আন্তর্জাতিক খেলা বিনোদন মতামত", "menu"),
    ("সর্বশেষ জাতীয় রাজনীতি বাণিজ্য সারাদেশ বিশ্ব খেলা বিনোদন চাকরি জীবনযাপন প্রযুক্তি", "menu"),
    ("জাতীয় | রাজনীতি | অর্থনীতি | খেলা", "menu"), ("National Politics Economy Sports", "menu"),
    ("জাতীয় সংসদে বাজেট পাস", None), ("খেলা বিনোদন", None),
    # a header's widgets and account links
    ("ঢাকা ২৭°C আংশিক মেঘলা", "clock"), ("ঢাকা, ২৫ ডিগ্রি সেলসিয়াস", "clock"), ("Dhaka 27°C Haze", "clock"),
    ("২৫ ডিগ্রিতে নামল তাপমাত্রা", None), ("ডিএসইএক্স ৫২৩০.২৫ ▲ ১২.৫", "ticker"),
    ("লগইন | রেজিস্ট্রেশন", "menu"), ("সাইন ইন", "menu"), ("আর্কাইভ", "menu"), ("আমাদের সম্পর্কে", "menu"),
    # an imprint's offices and printer
    ("বার্তা ও বাণিজ্যিক কার্যালয়: ১২/এ কারওয়ান বাজার, ঢাকা-১২১৫", "footer"),
    ("নিউজরুম: +৮৮০১৭১১০০০০০০", "footer"), ("ই-মেইল: writer@example.com", "footer"),
    # a column's notes after the body
    ("(লেখাটি দ্য গার্ডিয়ান থেকে অনূদিত)", "signature"), ("*মতামত লেখকের নিজস্ব", "signature"),
    ("(The views expressed are the author's own)", "signature"),
    ("The writer is a professor at Dhaka University.", "signature"),
    ("১২৫ বার পঠিত", "counter"), ("পঠিত: ১২৫", "counter"), ("বাংলাদেশ", "menu"),  # a view count; a section
    ("Disclaimer: The views expressed in this article are the author's own.", "footer"),
    ("Get the latest news on WhatsApp", "share"), ("This article first appeared in The Conversation", "footer"), ("প্রকাশক কর্তৃক ১০ কারওয়ান বাজার থেকে প্রকাশিত ও মুদ্রিত", "footer"),
    ("আপনার জন্য", "label"), ("শীর্ষ খবর", "label"), ("সর্বোচ্চ পঠিত", "label"), ("টপ নিউজ", "label"),
    # a page builder's button left in a theme's header; the outlet and the editor's initials, spaced
    ("Edit Content", "menu"), ("ইফতেখার ভূইয়া › বিস্তারিত পোস্টঃ", "menu"),
    ("নির্বাচিত পোস্ট | লগইন | রেজিস্ট্রেশন করুন | রিফ্রেস", "menu"),  # a blog's mobile account bar
    # an embedded post's frame in the body
    ("View this post on Instagram", "markup"), ("A post shared by Bangladesh Cricket (@bcb)", "markup"),
    ("— Najmul Hossain Shanto (@shanto_najmul) November 24, 2025", "markup"), ("Watch on YouTube", "markup"),
    # a PHP error a broken theme printed over the page (a path with spaces in it, Windows's too)
    ("Warning: Use of undefined constant readmore - assumed 'readmore' (this will throw an Error in a future "
     "version of PHP) in /home/site/public_html/wp-content/themes/news theme by bd/lib/config.php on line 7", "markup"),
    ("Notice: Undefined index: page in /var/www/html/index.php on line 12", "markup"),
    ("Deprecated: Function create_function() is deprecated in C:\\xampp\\htdocs\\wp\\functions.php on line 3", "markup"),
    ("Warning: নির্বাচনের আগে সতর্ক করল কমিশন", None),  # a headline's `Warning:` is no error
    # an Indian network's switcher between its editions, in their scripts (past 60 letters)
    ("English हिन्दी मराठी தமிழ் മലയാളം ગુજરાતી తెలుగు ಕನ್ನಡ ਪੰਜਾਬੀ", "menu"), ("English বাংলা", "menu"),
    ("Left Image", "menu"), ("Center Logo", "menu"), ("Header Banner", "menu"),  # a theme's masthead slots
    # a news page's social post: its age, its counts, its buttons, its pointer to the story
    ("2h ·", "clock"), ("5m", "clock"), ("1.2K", "counter"), ("Like", "share"), ("Comment", "share"),
    ("বিস্তারিত কমেন্টে", "share"), ("২.৫", None),
    # DW's sign-off: the editors' initials, then the agencies in brackets
    ("এসবি/কেএম (রয়টার্স, এএফপি)", "signature"), ("এসি/বিকে (ডিপিএ, রয়টার্স)", "signature"),
    ("দাম ১০/১২ টাকা (কেজি)", None),
    # the site's maker, in the footer
    ("Powered by WordPress", "footer"), ("Theme by NewsPortal", "footer"), ("কারিগরি সহযোগিতায়: বিডি আইটি", "footer"),
    ("বিদ্যুৎ সরবরাহে নতুন প্রকল্প powered by সৌরশক্তি", None),
    ("আমাদের সম্পর্কে | যোগাযোগ | বিজ্ঞাপন", "menu"),  # the footer's links, an ad's page among them
    ("গোপনীয়তার নীতি", "menu"), ("শর্তাবলি", "menu"), ("Terms and Conditions", "menu"), ("Sitemap", "menu"),
    ("COMMERCIAL BREAK", "ad"), ("SCROLL TO CONTINUE READING", "ad"), ("Comments |", "label"),
    # a page's JSON-LD dumped with its text
    ('", "headline": "কোজাগরীর পুণ্যতিথি", "datePublished": "2023-10-28T10:26:06+05:30", '
     '"publisher": { "@type": "Organization", "name": "Zee ২৪ ঘণ্টা" } } ] }', "markup"),
    ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "বন্যায় পানিবন্দি লাখো মানুষ"}', "markup"),
    ('তিনি বলেন, "@type" শব্দটি নিয়ে বিভ্রান্তি আছে।', None),
    ("(সূত্র: প্রথম আলো)", "signature"), ("[তথ্যসূত্র: রয়টার্স]", "signature"),  # a credit in brackets
    # a comment form's prompts and its sum to solve (WordPress, Blogger)
    ("Please enter your comment!", "footer"), ("Please enter your name here", "footer"),
    ("Save my name, email, and website in this browser for the next time I comment.", "footer"),
    ("one × three =", "footer"), ("5 + 2 = ?", "footer"), ("Post Comment", "label"),
    ("আপনার মন্তব্য দিন", "label"), ("নবীনতর পূর্বতন", "label"), ("দেখুন অন্য খবর:", "label"),  # a blog's breadcrumb with `›`
    ("Decrease Font Size Increase Font Size Email this Article Print Friendly Version", "menu"),  # a toolbar ("খুলনা গেজেট / এনআইআর", "signature"), ("খুলনা গেজেট / এমএম", "signature"),
])
def test_boilerplate_kind(line, kind):
    assert boiler_kind(normalize(line)) == kind


@pytest.mark.parametrize("line", [
    "রাকিব হাসান",
    "১০ হাজার টাকা",
    "৫ জন নিহত", "মন্তব্য প্রতিবেদন",  # a count of people; a column's kicker (no count)
    "নিজস্ব প্রতিবেদক, রংপুর",
    "বিডিনিউজ২৪.কম",  # a Bangla outlet name is a byline's business, not boilerplate
    "২০২৪ সালের জুলাইয়ে ছাত্র-জনতার আন্দোলনে সরকারের পতন ঘটে।",
    "তারিখ: ২৮/০৪/২০২০ইং",  # a numeric date line, not a slash signature
    "প্রকাশ: ২৯/নভে/২০২৫", "২৯/Nov/2025",  # a month's name between the slashes: a date too
    "১২/",
    "জনপ্রিয় শিল্পীর নতুন গান প্রকাশ",  # a label word inside a title
    "ঢাকা / চট্টগ্রাম রুটে নতুন ট্রেন",  # a slash in a title is no breadcrumb
    "(প্রতিবেদনটি হালনাগাদ করতে হবে বলে জানান তিনি",  # no closing bracket: no note
    "হালনাগাদ তালিকা প্রকাশ (বিস্তারিত ভেতরে)",  # not bracketed as a whole
    "৫ মিনিটে পুরো শহর ঘুরে দেখা",  # minutes in a title are no reading time
    "ফেসবুক টুইটার নিয়ে বিতর্ক",  # networks' names in a title
    "অনুমতি ছাড়া ব্যবহার করা হচ্ছে খাসজমি।",  # without permission, in a sentence
    "# কেন এই সংকট",  # a Markdown heading is no hashtag
    "The paper's editor: we stand by the report.",  # an editor quoted, no masthead credit
    "Print media faces a decrease in article size this year",  # toolbar words in a sentence
    "— রাকিব হাসান", "নাজমুল হোসেন শান্ত (@shanto) বলেন",  # a signed name; a handle in a sentence
    "(সূত্রের খবর, তিনি আসছেন)",  # a bracketed aside that opens with the same letters
])
def test_content_is_not_boilerplate(line):
    assert boiler_kind(normalize(line)) is None


@pytest.mark.parametrize("line,sep", [("", True), ("-----", True), ("• • •", True), ("- ক", False), ("=>", True), (">>", True),
                                      ("=> ক", False)])
def test_separator(line, sep):
    assert is_separator(line) is sep


@pytest.mark.parametrize("text,cut", [
    ("বন্যায় ক্ষতি দুই হাজারRead More", "বন্যায় ক্ষতি দুই হাজার"),
    ("নতুন সেতু উদ্বোধন চট্টগ্রামContinue Reading", "নতুন সেতু উদ্বোধন চট্টগ্রাম"),
    ("পানি জমে গেছে … বিস্তারিত", "পানি জমে গেছে …"),  # the ellipsis stays
    ("টিকিট বিক্রির খবর বিস্তারিত পড়ুন", "টিকিট বিক্রির খবর"),
    ("ঘটনার বিস্তারিত", None),  # `বিস্তারিত` alone ends a title ("the details")
    ("Read More", None),
])
def test_cut_read_more(text, cut):
    from bnnews.boilerplate import cut_read_more
    got = cut_read_more(normalize(text))
    assert (got.rstrip() if got else got) == (normalize(cut) if cut else None)


def test_mojibake_behind_a_byte_order_mark_is_repaired():
    """UTF-8 read as Latin-1 (formats.md §6.13), in a file that starts with a BOM."""
    from bnnews import parse
    text = ("শীতে বাড়ছে সর্দি-কাশি\nঅনলাইন ডেস্ক\nপ্রকাশিত: ২১ ডিসেম্বর ২০২৩\n"
            "শীত বাড়ার সঙ্গে সঙ্গে হাসপাতালে সর্দি-কাশির রোগী বাড়ছে বলে জানিয়েছেন চিকিৎসকেরা।\n")
    garbled = "\ufeff" + text.encode("utf-8").decode("latin-1")
    a = parse(garbled)
    assert "mojibake: repaired" in a.warnings
    assert a.headline == normalize("শীতে বাড়ছে সর্দি-কাশি") and a.desk == normalize("অনলাইন ডেস্ক")



def _windows_1252(data: bytes) -> str:
    """Bytes decoded as browsers decode Windows-1252: its five undefined bytes
    (0x81, 0x8d, 0x8f, 0x90, 0x9d) pass through as the same code points."""
    return "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in data)


def test_mojibake_read_as_windows_1252_is_repaired():
    """UTF-8 read as Windows-1252, the commoner mojibake (`à¦Ÿà¦¾`: 0x9f is `Ÿ`
    there), with the virama's 0x8d passed through: repaired whole."""
    from bnnews import parse
    text = ("শীতে বাড়ছে সর্দি-কাশি\nঅনলাইন ডেস্ক\nপ্রকাশিত: ২১ ডিসেম্বর ২০২৩\n"
            "শীত বাড়ার সঙ্গে সঙ্গে হাসপাতালে সর্দি-কাশির রোগী বাড়ছে বলে জানিয়েছেন চিকিৎসকেরা।\n")
    a = parse(_windows_1252(text.encode("utf-8")))
    assert "mojibake: repaired" in a.warnings
    assert (a.headline, a.desk, a.published.date) == (normalize("শীতে বাড়ছে সর্দি-কাশি"), normalize("অনলাইন ডেস্ক"),
                                                      "2023-12-21")



def test_mojibake_under_a_clean_title_is_repaired_line_by_line():
    """A scraper's title decoded right over a body decoded wrong: the page as
    a whole does not round-trip, each garbled line does."""
    from bnnews import parse
    title = "শীতে বাড়ছে সর্দি-কাশি"
    rest = ("অনলাইন ডেস্ক\nপ্রকাশিত: ২১ ডিসেম্বর ২০২৩\n"
            "শীত বাড়ার সঙ্গে সঙ্গে হাসপাতালে সর্দি-কাশির রোগী বাড়ছে বলে জানিয়েছেন চিকিৎসকেরা।\n")
    a = parse(title + "\n" + _windows_1252(rest.encode("utf-8")))
    assert "mojibake: repaired" in a.warnings
    assert (a.headline, a.desk, a.published.date) == (normalize(title), normalize("অনলাইন ডেস্ক"), "2023-12-21")
    assert a.body == (normalize("শীত বাড়ার সঙ্গে সঙ্গে হাসপাতালে সর্দি-কাশির রোগী বাড়ছে বলে জানিয়েছেন চিকিৎসকেরা।"),)


def test_a_line_that_mixes_clean_and_garbled_text_stays_and_the_warning_says_so():
    from bnnews import parse
    garbled = _windows_1252("অনলাইন ডেস্ক".encode("utf-8"))
    text = ("শীতে বাড়ছে সর্দি-কাশি\n" + garbled + "\nপ্রকাশিত: " + garbled + " ২১ ডিসেম্বর ২০২৩\n"
            "শীত বাড়ার সঙ্গে সঙ্গে হাসপাতালে রোগী বাড়ছে বলে জানিয়েছেন চিকিৎসকেরা।\n")
    a = parse(text)
    assert "mojibake" in a.warnings and "mojibake: repaired" not in a.warnings
    assert a.desk == normalize("অনলাইন ডেস্ক")  # the whole garbled line came back


def test_mojibake_that_lost_bytes_is_left_as_printed_and_said():
    """Decoded as cp1252 with its undefined bytes replaced by U+FFFD, the
    virama is gone: no exact repair, so the text stays and the warning says so."""
    from bnnews import parse
    text = "শীতে বাড়ছে সর্দি-কাশি\nঅনলাইন ডেস্ক\nশীত বাড়ার সঙ্গে সঙ্গে হাসপাতালে রোগী বাড়ছে।\n"
    a = parse(text.encode("utf-8").decode("cp1252", errors="replace"))
    assert "mojibake" in a.warnings and "mojibake: repaired" not in a.warnings


def test_character_references_a_scraper_kept_are_decoded():
    """A text page (not HTML) with the HTML's references left in: the record
    holds the characters; an ampersand that starts none stays as printed."""
    from bnnews import parse
    a = parse("England&#039;s win &ndash; a report\nনিজস্ব প্রতিবেদক\n"
              "অধিনায়ক বলেছেন, &ldquo;আমরা জিতব&rdquo;। R&D খাতের Q&A &amp; বাকি &foo; অংশ।\n")
    assert a.headline == "England's win – a report"
    assert a.body == ("অধিনায়ক বলেছেন, “আমরা জিতব”। R&D খাতের Q&A & বাকি &foo; অংশ।",)
    assert not any(w.startswith("looks_like") for w in a.warnings)


@pytest.mark.parametrize("line", ["বাংলা ভাষার জন্য লড়াই", "English Premier League"])
def test_language_words_in_a_title_are_no_switcher(line):
    assert boiler_kind(normalize(line)) is None


def test_a_ticker_label_whose_ticker_is_not_in_the_dump():
    """`শিরোনাম` then the headline (the ticker was loaded by script): the
    headline is not taken for the ticker; with a ticker line, it still is."""
    from bnnews import parse
    body = "নদীভাঙনে ঘরবাড়ি হারিয়েছে শতাধিক পরিবার। তারা এখন খোলা আকাশের নিচে দিন কাটাচ্ছেন বলে জানিয়েছেন স্থানীয়রা।"
    text = f"শিরোনাম\nনদীভাঙনে দিশেহারা তিন গ্রামের মানুষ\nনিজস্ব প্রতিবেদক\n{body}"
    assert parse(text).headline == "নদীভাঙনে দিশেহারা তিন গ্রামের মানুষ"
    ticker = "শিরোনাম\nবন্যায় ডুবেছে ফসল সড়কে যানজট\nনদীভাঙনে দিশেহারা তিন গ্রামের মানুষ\nনিজস্ব প্রতিবেদক\n" + body
    a = parse(ticker)
    assert a.headline == "নদীভাঙনে দিশেহারা তিন গ্রামের মানুষ"
    assert any(o.kind == "ticker" for o in a.other)
    # An English headline under the ticker: the Bangla line is still the ticker.
    english = "শিরোনাম\nবন্যায় ডুবেছে ফসল সড়কে যানজট\nBATB AGM Notice\nনিজস্ব প্রতিবেদক\n" + body
    a = parse(english)
    assert a.headline == "BATB AGM Notice" and a.kicker is None
    assert any(o.kind == "ticker" for o in a.other)


def test_a_ticker_printed_as_a_block_of_items_under_its_label():
    """`Breaking News` / T1 / T2 / blank / TITLE / DESK (khulnagazette): every
    item of the block is ticker, none the kicker; with no title after the
    block, its last line is still the headline."""
    from bnnews import parse
    body = "নগরীর জলাবদ্ধতা নিরসনে নতুন একটি প্রকল্প হাতে নেওয়া হয়েছে। আজ নগর ভবনে এক সভায় এ কথা জানানো হয়।"
    items = "নদী থেকে অজ্ঞাত মরদেহ উদ্ধার\nনববর্ষ উদযাপনে নিরাপত্তা জোরদার"
    a = parse(f"Breaking News\n\n{items}\n\nনগরীতে জলাবদ্ধতা নিরসনে নতুন প্রকল্প\n\nনিজস্ব প্রতিবেদক\n\n{body}")
    assert a.headline == "নগরীতে জলাবদ্ধতা নিরসনে নতুন প্রকল্প" and a.kicker is None
    assert [o.kind for o in a.other] == ["label", "ticker", "ticker"]
    a = parse(f"শিরোনাম\nনগরীতে জলাবদ্ধতা নিরসনে নতুন প্রকল্প\nনিজস্ব প্রতিবেদক\n{body}")
    assert a.headline == "নগরীতে জলাবদ্ধতা নিরসনে নতুন প্রকল্প"
    # with no blank lines, the block runs into the byline: its last item is the title
    a = parse(f"Breaking News\n{items}\nনগরীতে জলাবদ্ধতা নিরসনে নতুন প্রকল্প\nনিজস্ব প্রতিবেদক\n{body}")
    assert a.headline == "নগরীতে জলাবদ্ধতা নিরসনে নতুন প্রকল্প" and a.kicker is None
    assert [o.kind for o in a.other] == ["label", "ticker", "ticker"]


def test_an_older_unlabelled_date_under_the_published_one_is_no_update():
    from bnnews import parse
    body = "একসময় এই নদী দিয়ে নৌকা চলত, হাট বসত নদীর ধারে। এখন সেই নদী মরে গেছে।"
    a = parse(f"নদীর সেকাল ও একাল\n২৮ নভেম্বর ২০২৫, ১০:১৫\n২৭ নভেম্বর ২০২৫, ০৯:৪০\n{body}")
    assert a.published.date == "2025-11-28" and a.updated is None


def test_the_same_date_printed_twice_is_no_update():
    """swnews24's print page prints the date over and under its toolbar: the
    second is a repeat, not the updated date; a different one still is."""
    from bnnews import parse
    body = "একসময় এই নদী দিয়ে নৌকা চলত, হাট বসত নদীর ধারে। এখন সেই নদী মরে গেছে।"
    bar = "Decrease Font Size Increase Font Size Email this Article Print Friendly Version"
    a = parse(f"শুক্রবার ● ৪ অক্টোবর ২০২৪\n১১৫ বার পঠিত\nশুক্রবার ● ৪ অক্টোবর ২০২৪\n{bar}\nনদীর সেকাল ও একাল\n{body}")
    assert a.published.date == "2024-10-04" and a.updated is None
    assert [o.kind for o in a.other] == ["counter", "date", "menu"]
    a = parse(f"শুক্রবার ● ৪ অক্টোবর ২০২৪\nশনিবার ● ৫ অক্টোবর ২০২৪\nনদীর সেকাল ও একাল\n{body}")
    assert a.updated is not None and a.updated.date == "2024-10-05"


def test_a_ticker_label_right_over_the_first_paragraph():
    """A ticker label whose ticker was not dumped, printed between the date
    line and the body: a paragraph of two sentences under it is the body's
    first, not a ticker; a headline ending in a danda there still is one."""
    from bnnews import parse
    first = "তিস্তার পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে। নদীতীরের মানুষ আতঙ্কে দিন কাটাচ্ছেন।"
    second = "পানি উন্নয়ন বোর্ড জানিয়েছে, আগামী দুই দিন পানি আরও বাড়তে পারে।"
    a = parse(f"রংপুরে বন্যার আশঙ্কা\nনিজস্ব প্রতিবেদক, রংপুর\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫\nশিরোনাম\n{first}\n{second}")
    assert list(a.body) == [first, second]
    assert [o.kind for o in a.other] == ["label"]
    ticker = "চালের দাম কমেছে, স্বস্তিতে ক্রেতারা।"
    a = parse(f"শিরোনাম\n{ticker}\nরংপুরে বন্যার আশঙ্কা\nনিজস্ব প্রতিবেদক, রংপুর\n{first}\n{second}")
    assert a.headline == "রংপুরে বন্যার আশঙ্কা" and list(a.body) == [first, second]
    assert ticker not in a.body


def test_a_us_site_clock_is_no_published_date():
    """`Thursday - May 2, 2024 8:13 AM` (formats.md §6.16) is a site's clock,
    even when the page prints no other date: published stays null."""
    from bnnews import parse
    a = parse(page("Thursday - May 2, 2024 8:13 AM", "সড়কে যানজটে নাকাল নগরবাসী", "নিজস্ব প্রতিবেদক"))
    assert a.published is None and "no_date_line" in a.warnings
    assert a.other[0].kind == "clock"


@pytest.mark.parametrize("first,headline", [
    # A <title> with the outlet's name, then the page's own heading.
    ("সড়কে যানজটে নাকাল নগরবাসী | প্রথম আলো", "সড়কে যানজটে নাকাল নগরবাসী"),
    ("সড়কে যানজটে নাকাল নগরবাসী - Jago News 24", "সড়কে যানজটে নাকাল নগরবাসী"),
    # An outlet no list names, by its last word (টেলিভিশন, টিভি, নিউজ …).
    ("সড়কে যানজটে নাকাল নগরবাসী | একুশে টেলিভিশন", "সড়কে যানজটে নাকাল নগরবাসী"),
    ("সড়কে যানজটে নাকাল নগরবাসী - যমুনা টিভি", "সড়কে যানজটে নাকাল নগরবাসী"),
    ("সড়কে যানজটে নাকাল নগরবাসী - বাংলাদেশ জার্নাল", "সড়কে যানজটে নাকাল নগরবাসী"),
    ("সড়কে যানজটে নাকাল নগরবাসী | খুলনা প্রতিদিন", "সড়কে যানজটে নাকাল নগরবাসী"),
    ("চ্যাম্পিয়নস লিগ - বার্সেলোনা বনাম রিয়াল মাদ্রিদ লাইভ টিভি", "চ্যাম্পিয়নস লিগ - বার্সেলোনা বনাম রিয়াল মাদ্রিদ লাইভ টিভি"),
    # A dash or a bar inside a headline stays.
    ("ভারত - পাকিস্তান ম্যাচ আজ", "ভারত - পাকিস্তান ম্যাচ আজ"),
    ("বিশ্বকাপে আজ মাঠে নামছে বাংলাদেশ | Live", "বিশ্বকাপে আজ মাঠে নামছে বাংলাদেশ | Live"),
    # The section's name between the title and the site: one title, no ticker
    # of three headlines; the site after the last separator.
    ("সড়কে যানজটে নাকাল নগরবাসী | জাতীয় | কালের কণ্ঠ", "সড়কে যানজটে নাকাল নগরবাসী"),
    ("সড়কে যানজটে নাকাল নগরবাসী | সারাদেশ | Jago News 24", "সড়কে যানজটে নাকাল নগরবাসী"),
    ("ঢাকা - চট্টগ্রাম মহাসড়কে যানজট | প্রথম আলো", "ঢাকা - চট্টগ্রাম মহাসড়কে যানজট"),
    ("সড়কে যানজটে নাকাল নগরবাসী :: দৈনিক ইত্তেফাক", "সড়কে যানজটে নাকাল নগরবাসী"),
    ("সড়কে যানজটে নাকাল নগরবাসী | Jamuna Television", "সড়কে যানজটে নাকাল নগরবাসী"),
    # in both scripts, and the site first
    ("সড়কে যানজটে নাকাল নগরবাসী - প্রথম আলো - Prothom Alo", "সড়কে যানজটে নাকাল নগরবাসী"),
    ("প্রথম আলো | সড়কে যানজটে নাকাল নগরবাসী", "সড়কে যানজটে নাকাল নগরবাসী"),
    ("Jago News 24 - সড়কে যানজটে নাকাল নগরবাসী", "সড়কে যানজটে নাকাল নগরবাসী"),
    ("একাত্তর - মুক্তিযুদ্ধের অজানা গল্প", "একাত্তর - মুক্তিযুদ্ধের অজানা গল্প"),  # 1971, no TV channel
])
def test_an_outlet_name_after_the_headline(first, headline):
    from bnnews import parse
    a = parse(page(first, "নিজস্ব প্রতিবেদক"))
    assert a.headline == headline


@pytest.mark.parametrize("top, kicker", [
    (["খেলা"], "খেলা"),  # a section's name alone over the headline (formats.md §6.11)
    (["ঢাকা, মঙ্গলবার, ১০ বৈশাখ ১৪২৬, ২৩ এপ্রিল ২০১৯", "জাতীয়"], "জাতীয়"),  # under the site clock
    (["Logo", "Skip to main content", "বিনোদন"], "বিনোদন"),
    (["প্রচ্ছদ", "জাতীয়", "রাজনীতি", "খেলা"], None),  # the last item of a menu run
    (["জাতীয় |"], "জাতীয়"),  # the separator after the section is no part of it
    (["খেলা >"], "খেলা"),
    (["বিশেষ প্রতিবেদন:"], "বিশেষ প্রতিবেদন"),
])
def test_a_section_name_over_the_headline_is_the_kicker(top, kicker):
    a = parse(page(*top, "টেস্টে বড় জয় পেল বাংলাদেশ দল", "নিজস্ব প্রতিবেদক",
                   "প্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২"))
    assert (a.headline, a.kicker) == ("টেস্টে বড় জয় পেল বাংলাদেশ দল", kicker)


def test_read_also_heads_up_to_three_related_titles():
    from bnnews import parse

    def page(*lines):
        return "\n".join(lines)
    body = ["প্রথম অনুচ্ছেদে খবরের মূল কথা বলা হয়েছে এবং তা এখানেই শেষ।", "আরও পড়ুন",
            "ভোটকেন্দ্রে ক্যামেরা বসানোর সিদ্ধান্ত", "প্রার্থীদের জামানত বাড়ল",
            "দ্বিতীয় অনুচ্ছেদে আরও কিছু কথা বলা হয়েছে এবং তা এখানেই শেষ।"]
    a = parse(page("ভোটের আগে নতুন নির্দেশনা দিল ইসি", "নিজস্ব প্রতিবেদক", "প্রকাশিত: ২৪ নভেম্বর ২০২৫", *body))
    assert a.links == ("ভোটকেন্দ্রে ক্যামেরা বসানোর সিদ্ধান্ত", "প্রার্থীদের জামানত বাড়ল")
    assert a.body == (body[0], body[4])
    # A fourth title-like line is the body's own subhead.
    titles = ["প্রথম শিরোনাম এটি", "দ্বিতীয় শিরোনাম এটি", "তৃতীয় শিরোনাম এটি", "যা বললেন মন্ত্রী"]
    a = parse(page("ভোটের আগে নতুন নির্দেশনা দিল ইসি", "নিজস্ব প্রতিবেদক", "প্রকাশিত: ২৪ নভেম্বর ২০২৫",
                   body[0], "আরও পড়ুন", *titles, body[4]))
    assert a.links == tuple(titles[:3]) and a.body == (body[0], titles[3], body[4])


def test_credits_ages_and_lists_around_an_article():
    text = "\n".join([
        "৮ ঘণ্টা আগে", "মধ্যপ্রাচ্যে যুদ্ধবিরতির আহ্বান জাতিসংঘের", "আন্তর্জাতিক ডেস্ক",
        "মধ্যপ্রাচ্যে অবিলম্বে যুদ্ধবিরতির আহ্বান জানিয়েছে জাতিসংঘ। শুক্রবার এক বিবৃতিতে এ আহ্বান জানানো হয়।",
        "সূত্র: আল জাজিরা",
        "তিনি বলেন, বেসামরিক মানুষের প্রাণহানি বন্ধ করতে হবে এবং ত্রাণ পৌঁছাতে দিতে হবে।",
        "এসএইচ/", "এই বিভাগের আরো খবর", "গাজায় ত্রাণ পৌঁছাল ২০০ ট্রাক", "লেবাননে হামলায় নিহত ৫",
        "লেখক: অধ্যাপক, ঢাকা বিশ্ববিদ্যালয়",
    ])
    a = parse(text)
    assert (a.headline, a.kicker, a.published) == (normalize("মধ্যপ্রাচ্যে যুদ্ধবিরতির আহ্বান জাতিসংঘের"), None, None)
    # A source credit between paragraphs does not end the body.
    assert len(a.body) == 2 and a.body[1].startswith(normalize("তিনি বলেন"))
    assert a.links == (normalize("গাজায় ত্রাণ পৌঁছাল ২০০ ট্রাক"), normalize("লেবাননে হামলায় নিহত ৫"))
    kinds = {o.text: o.kind for o in a.other}
    assert kinds == {normalize("৮ ঘণ্টা আগে"): "clock", normalize("সূত্র: আল জাজিরা"): "signature",
                     "এসএইচ/": "signature", normalize("এই বিভাগের আরো খবর"): "label",
                     normalize("লেখক: অধ্যাপক, ঢাকা বিশ্ববিদ্যালয়"): "signature"}
    assert "no_date_line" in a.warnings


def test_a_site_date_above_the_headline_gives_way_to_a_labelled_date():
    a = parse(page("শুক্রবার, ২৮ নভেম্বর ২০২৫", "ঢাকা ও চট্টগ্রামে হালকা বৃষ্টির সম্ভাবনা", "ডেস্ক রিপোর্ট",
                   "আপডেট সময় : ২৮ নভেম্বর, ২০২৫ ৭:৪৫ পূর্বাহ্ণ"))
    assert a.published is None and a.updated.datetime == "2025-11-28T07:45+06:00"
    assert [(o.line, o.kind) for o in a.other] == [(1, "clock")]


def test_a_related_title_after_read_also_in_the_tail_and_topic_tags():
    a = parse(page("রাজধানীতে যানজট নিরসনে নতুন পরিকল্পনা", "নিজস্ব প্রতিবেদক") + "\n"
              + "আরও পড়ুন: মেট্রোরেলে যাত্রী বেড়েছে\nবিষয়: যানজটঢাকা\n")
    assert a.links == (normalize("মেট্রোরেলে যাত্রী বেড়েছে"),)
    assert [o.kind for o in a.other] == ["menu"]


@pytest.mark.parametrize("prev,next_", [
    ("পূর্ববর্তী নিবন্ধ", "পরবর্তী নিবন্ধ"),  # a theme's machine-translated `Previous article`, glued
    ("পূর্ববর্তী খবর: ", "পরবর্তী খবর: "), ("« Previous Post ", "Next Post » "),
])
def test_the_story_before_and_after_glued_to_their_labels_are_related_links(prev, next_):
    a = parse(page("রাজধানীতে যানজট নিরসনে নতুন পরিকল্পনা", "নিজস্ব প্রতিবেদক") + "\n\n"
              + f"{prev}মেট্রোরেলে যাত্রী বেড়েছে\n{next_}বন্দরে কনটেইনার জট কমেছে\n")
    assert a.links == (normalize("মেট্রোরেলে যাত্রী বেড়েছে"), normalize("বন্দরে কনটেইনার জট কমেছে"))
    assert not a.other


def test_a_paragraph_that_opens_with_a_word_of_a_label_stays_in_the_body():
    text = "পরবর্তী নির্বাচনের আগে সংলাপ চায় দলগুলো, জানিয়েছেন নেতারা।"
    a = parse(page("রাজধানীতে যানজট নিরসনে নতুন পরিকল্পনা", "নিজস্ব প্রতিবেদক") + "\n" + text + "\n")
    assert a.body[-1] == normalize(text) and not a.links


@pytest.mark.parametrize("label", ["ট্যাগ", "Related topics", "সম্পর্কিত বিষয়", "ক্যাটাগরি:", "Filed under:"])
def test_tags_under_a_tag_label_are_menu_lines(label):
    a = parse(page("রাজধানীতে যানজট নিরসনে নতুন পরিকল্পনা", "নিজস্ব প্রতিবেদক") + "\n"
              + f"{label}\nমেট্রোরেল\nEC\nঢাকা\n")
    assert [o.kind for o in a.other] == ["label", "menu", "menu", "menu"]


@pytest.mark.parametrize("label", ["ট্যাগ:", "Tags:"])
def test_tags_before_a_slash_signature_are_no_last_paragraph(label):
    a = parse(page("রাজধানীতে যানজট নিরসনে নতুন পরিকল্পনা", "নিজস্ব প্রতিবেদক") + "\n"
              + f"{label}\nমেট্রোরেল\nঢাকা\nবিডি প্রতিদিন/এমআই\n")
    assert len(a.body) == 1
    assert [o.kind for o in a.other] == ["label", "menu", "menu", "signature"]


@pytest.mark.parametrize("line", ["#পাহাড়ধস #চট্টগ্রাম", "#Dhaka #Election2026", "#ঢাকা"])
def test_a_line_of_hashtags_is_the_storys_tags(line):
    a = parse(page("রাজধানীতে যানজট নিরসনে নতুন পরিকল্পনা", "নিজস্ব প্রতিবেদক") + f"\n{line}\n"
              + "সম্পর্কিত খবর\nমেট্রোরেলে যাত্রী বেড়েছে\nবাসভাড়া বাড়ল\n")
    assert len(a.body) == 1 and a.links == (normalize("মেট্রোরেলে যাত্রী বেড়েছে"), normalize("বাসভাড়া বাড়ল"))
    assert [o.kind for o in a.other] == ["menu", "label"]


def test_an_english_dateline_does_not_swallow_the_published_line():
    a = parse("\n".join([
        "Remittance inflow hits record high in November", "By Rafiqul Islam", "Dhaka, Nov 28",
        "Published: 09:10 AM, 28 November 2025", "Last modified: 11:45 AM, 28 November 2025",
        "Bangladesh received a record $3.1 billion in remittances in November, the highest in a single month.",
    ]))
    assert (a.published.datetime, a.updated.datetime) == ("2025-11-28T09:10+06:00", "2025-11-28T11:45+06:00")
    assert a.author == "Rafiqul Islam"


@pytest.mark.parametrize("header", [
    ["চালের দাম কমেছে, স্বস্তিতে ক্রেতারা।", "নিজস্ব প্রতিবেদক", "প্রকাশ: ২৮ নভেম্বর ২০২৫, ১০:১৫"],
    ["জাতীয়", "চালের দাম কমেছে, স্বস্তিতে ক্রেতারা।", "প্রকাশ: ২৮ নভেম্বর ২০২৫, ১০:১৫"],
])
def test_a_headline_that_ends_with_a_danda(header):
    a = parse(page(*header))
    assert a.headline == normalize("চালের দাম কমেছে, স্বস্তিতে ক্রেতারা।")
    assert a.published.datetime == "2025-11-28T10:15+06:00" and len(a.body) == 1


@pytest.mark.parametrize("line,want", [
    ("এমএইচ", True), ("এসকে/এমজে", True), ("MH/AR", True), ("জেএইচ/এসএম", True),
    ("কবির", False), ("ঢাকা", False), ("এম", False), ("চট্টগ্রামে সড়ক দুর্ঘটনায়", False), ("Dhaka", False),
])
def test_initials_spelled_by_letter_names(line, want):
    assert bp.is_initials(normalize(line)) is want


@pytest.mark.parametrize("line,kind", [
    ("1.2K shares", "share"), ("0 shares", "share"),
    ("Zaima Rahman shares heartfelt tribute to family cat 'Zebu'", None),  # a headline's verb
])
def test_a_share_count_is_not_the_verb_shares(line, kind):
    assert boiler_kind(line) == kind


@pytest.mark.parametrize("line,kind", [
    # English headlines that hold a marker word are headlines ...
    ("Experts share views on the new budget", None),
    ("WhatsApp outage hits millions of users", None),
    ("Police view CCTV footage of the attack", None),
    # ... and the prompts and counters they resemble are boilerplate.
    ("1.2K views", "counter"), ("Follow us on Google News for the latest updates", "share"),
    ("Share on WhatsApp", "share"), ("like dislike love funny angry sad wow", "share"),
])
def test_marker_words_inside_english_headlines(line, kind):
    assert boiler_kind(line) == kind


def test_paragraphs_that_lost_their_danda_after_the_body_stay_body():
    """A paragraph without its closing danda right after the body is no
    related title: fifteen words or more, or a reporting verb before a comma."""
    from bnnews import parse
    text = page("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী", "নিজস্ব প্রতিবেদক",
                "প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম",
                "রাজধানীতে আজ সকালে ভারী বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন "
                "স্থানীয়রা। বিভিন্ন সড়কে পানি জমে যান চলাচল ব্যাহত হয়।",
                "আবহাওয়া অধিদপ্তর জানিয়েছে আগামী দুই দিন বৃষ্টি অব্যাহত থাকতে পারে এবং নিম্নাঞ্চলের মানুষকে "
                "সতর্ক থাকতে বলা হয়েছে",
                "সিটি করপোরেশনের প্রধান প্রকৌশলী বলেন, পানি নিষ্কাশনের জন্য বাড়তি পাম্প বসানো হয়েছে",
                "আরও পড়ুন", "চট্টগ্রামে পাহাড়ধসের শঙ্কা, সতর্কতা জারি")
    a = parse(text)
    assert len(a.body) == 4 and a.links == (normalize("চট্টগ্রামে পাহাড়ধসের শঙ্কা, সতর্কতা জারি"),)  # page() adds one


def test_a_lead_paragraph_that_lost_its_danda_under_the_date_is_body():
    from bnnews import parse
    lead = ("রাজধানীতে আজ সকালে ভারী বৃষ্টি হয়েছে যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন "
            "স্থানীয় বাসিন্দা ও দোকানিরা")
    a = parse(page("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী", "নিজস্ব প্রতিবেদক",
                   "প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম", lead))
    assert a.body[0] == normalize(lead)
    # A short subhead there is still no paragraph.
    b = parse(page("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী", "নিজস্ব প্রতিবেদক",
                   "প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম", "দুর্ভোগে নগরবাসী, বাড়ছে ক্ষোভ"))
    assert b.body[0] != normalize("দুর্ভোগে নগরবাসী, বাড়ছে ক্ষোভ")


def test_a_paragraph_whose_last_sentence_lost_its_danda_is_prose():
    """Two sentences, the last without its danda, under a caption: still the
    first paragraph (not a ticker, not a subhead)."""
    from bnnews import parse
    lead = ("ইসরায়েলের চলমান যুদ্ধে গাজায় অনাহারে মানুষ মারা যাচ্ছে। এমন পরিস্থিতিতে প্রায় ৪০০ টন খাদ্য "
            "নিয়ে সাইপ্রাস থেকে রওনা হয়েছে তিনটি জাহাজের একটি বহর")
    a = parse(page("৪০০ টন খাদ্য নিয়ে গাজায় যাচ্ছে তিনটি জাহাজ", "অনলাইন ডেস্ক", "৩১ মার্চ, ২০২৪ ০০:৩০",
                   "সাগরে গাজা অভিমুখী জাহাজ", lead))
    assert a.body[0] == normalize(lead)


@pytest.mark.parametrize("title", ["বন্যায় ভেসে গেছে শত শত ঘরবাড়ি | দৈনিক সমকাল",
                                   "বন্যায় ভেসে গেছে শত শত ঘরবাড়ি-দৈনিক বাংলার অধিকার"])
def test_the_heading_under_a_title_with_the_site_name_is_a_repeat(title):
    a = parse(page(title, "বন্যায় ভেসে গেছে শত শত ঘরবাড়ি", "প্রকাশ: ২৮ নভেম্বর ২০২৫, ১০:১৫"))
    assert a.headline == normalize("বন্যায় ভেসে গেছে শত শত ঘরবাড়ি")
    assert [o.kind for o in a.other] == ["repeat"]


def test_the_pages_title_with_the_site_name_far_over_the_storys_own_title():
    # a theme's <title> (the site's name in both scripts) atop the page, over
    # a user list, the site's notice and its ticker; the story's own title
    # stands over its desk and date
    a = parse("1. admin@example-sangbad.com : admin :\n"
              "নতুন দিবস বাতিলের সিদ্ধান্ত - মেহেন্দিগঞ্জ সংবাদ।। Mehendiganj Sangbad\n"
              "January 16, 2026, 1:18 pm\nবিজ্ঞপ্তি :\nপ্রতিটি ইউনিয়নে ১ জন করে সংবাদকর্মী আবশ্যক। যোগাযোগ :০১৭১১০৭৩৮৮৪\n"
              "সংবাদ শিরনাম :\nবরিশালে গ্যাসের কৃত্রিম সংকট ভোরে ভূমিকম্পে কাঁপল ভোলা পোস্টাল ব্যালটে ভোট দেবেন ৮৭ হাজার প্রবাসী\n"
              "নতুন দিবস বাতিলের সিদ্ধান্ত\nনিজস্ব প্রতিবেদক\nপ্রকাশিত: বৃহস্পতিবার, ১৫ জানুয়ারী, ২০২৬\n"
              "অন্তর্বর্তী সরকার নতুন দিবস পালনের সিদ্ধান্ত বাতিল করেছে। বৃহস্পতিবার উপদেষ্টা পরিষদের বৈঠকে এ সিদ্ধান্ত হয়।\n")
    assert (a.headline, a.desk, a.published.date) == ("নতুন দিবস বাতিলের সিদ্ধান্ত", "নিজস্ব প্রতিবেদক", "2026-01-15")
    assert [o.kind for o in a.other if o.text.startswith("নতুন দিবস")] == ["repeat"]


@pytest.mark.parametrize("site,names", [
    ("মেহেন্দিগঞ্জ সংবাদ।। Mehendiganj Sangbad", True), ("নারায়ণগঞ্জ বার্তা", True), ("Daily Sylhet Barta", True),
    ("পরিস্থিতি ভয়াবহ", False), ("আতঙ্কে এলাকাবাসী", False),
])
def test_a_sites_name_after_a_title(site, names):
    from bnnews.byline import names_site
    assert names_site(site, "নতুন দিবস বাতিলের সিদ্ধান্ত") == names


def test_an_outlets_name_under_the_desk_with_no_title_is_no_headline():
    # a Blogger mirror that lost the title: DESK / OUTLET / body / the theme's contact form
    a = parse("নিউজ ডেস্ক\nসাময়িকী.কম\n\nঢাকা : প্রধানমন্ত্রী কার্ড পাঠিয়ে নববর্ষের শুভেচ্ছা জানিয়েছেন।\n\n"
              "এ তথ্যের সত্যতা নিশ্চিত করেছেন প্রধানমন্ত্রীর উপ-প্রেস সচিব।\n\nযোগাযোগ ফর্ম\n\nনাম\n\nইমেল *\n\n"
              "বার্তা *\n\nBlogger দ্বারা পরিচালিত.\n")
    assert (a.headline, a.desk, a.links) == (None, "নিউজ ডেস্ক", ())
    assert len(a.body) == 2
    assert {o.text: o.kind for o in a.other}["Blogger দ্বারা পরিচালিত."] == "footer"


_EN_HEAD = "Landslide kills two children in Chattogram\nStaff Correspondent, Chattogram\nPublished: 29 Nov 2025, 10:15 AM\n\n"
_EN_PARAS = ["Two children were killed when a landslide hit their home in Chattogram city early Saturday.",
             "Locals said a portion of the hill collapsed onto the houses after overnight rain."]


@pytest.mark.parametrize("label", ["Read more:", "Also read:", "Read also:"])
def test_an_english_read_also_line_in_the_body_is_a_link(label):
    a = parse(_EN_HEAD + f"{_EN_PARAS[0]}\n\n{label} Flood water receding in Sylhet\n\n{_EN_PARAS[1]}\n")
    assert a.body == tuple(_EN_PARAS) and a.links == ("Flood water receding in Sylhet",)


@pytest.mark.parametrize("label", ["READ MORE", "Also read", "Read more:"])
def test_an_english_read_also_label_alone_heads_a_related_title(label):
    a = parse(_EN_HEAD + f"{_EN_PARAS[0]}\n\n{label}\nFlood water receding in Sylhet\n\n{_EN_PARAS[1]}\n")
    assert a.body == tuple(_EN_PARAS) and a.links == ("Flood water receding in Sylhet",)


def test_a_read_also_label_left_before_the_paragraphs_own_sentences_keeps_the_paragraph():
    """jagonews24 as a scraper stored it: `আরও পড়ুন` where the link's title
    was, then the paragraph's own sentences; a title after the label is still
    a link."""
    head = "রেমিট্যান্সে রেকর্ড প্রবাহ\nনিজস্ব প্রতিবেদক\nপ্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫\n"
    first = "চলতি মাসের প্রথম তিন সপ্তাহে দেশে রেমিট্যান্স এসেছে ২১০ কোটি ডলার। প্রবৃদ্ধি ১৭ দশমিক ৮ শতাংশ।"
    own = ("এর আগে গত বছর শুধু রমজানের ঈদকে কেন্দ্র করেই এক মাসে ৩ বিলিয়ন ডলারের বেশি রেমিট্যান্স দেশে এসেছিল। "
           "রেমিট্যান্স বৃদ্ধির কারণ হিসেবে ব্যাংকিং চ্যানেলের সুবিধার কথা বলছেন সংশ্লিষ্টরা।")
    a = parse(head + f"{first}\nআরও পড়ুন {own}\nআরও পড়ুন: রিজার্ভ ছাড়াল ৩২ বিলিয়ন ডলার\n")
    assert a.body == (first, own) and a.links == ("রিজার্ভ ছাড়াল ৩২ বিলিয়ন ডলার",)


@pytest.mark.parametrize("para,kept", [
    # a scraper that joined the page's text kept a related link's label between two sentences
    ("তাদের সব হিসাব ছিলো ওই ব্যাংকে।’ আরও পড়ুন বাংলাদেশ ব্যাংক যে জমিগুলো নিলাম ডেকেছে সেগুলো পুরোনো।",
     "তাদের সব হিসাব ছিলো ওই ব্যাংকে।’ বাংলাদেশ ব্যাংক যে জমিগুলো নিলাম ডেকেছে সেগুলো পুরোনো।"),
    ("প্রবৃদ্ধি ১৭ দশমিক ৮ শতাংশ। আরো পড়ুন এর আগে গত বছর এক মাসে ৩ বিলিয়ন ডলার এসেছিল।",
     "প্রবৃদ্ধি ১৭ দশমিক ৮ শতাংশ। এর আগে গত বছর এক মাসে ৩ বিলিয়ন ডলার এসেছিল।"),
    # what stays: the words inside a sentence, and a label with its title after a colon
    ("বইটি হাতে নিয়ে তিনি বললেন, আরও পড়ুন তো দেখি কেমন লাগে।", None),
    ("প্রবৃদ্ধি ১৭ দশমিক ৮ শতাংশ। আরও পড়ুন: রিজার্ভ ছাড়াল ৩২ বিলিয়ন ডলার এবং আরও অনেক কিছু হলো।", None),
])
def test_a_read_also_label_between_two_sentences_leaves_the_paragraph(para, kept):
    head = "রেমিট্যান্সে রেকর্ড প্রবাহ\nনিজস্ব প্রতিবেদক\nপ্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫\n"
    first = "চলতি মাসের প্রথম তিন সপ্তাহে দেশে রেমিট্যান্স এসেছে ২১০ কোটি ডলার। প্রবৃদ্ধি ভালো।"
    a = parse(head + f"{first}\n{para}\n")
    assert a.body == (first, kept or para)


@pytest.mark.parametrize("last", ["© 2025 The Daily Star. All rights reserved.", "The writer is a journalist."])
def test_titles_over_a_footer_are_not_taken_for_a_wrapped_paragraph(last):
    titles = ["Flood water receding in Sylhet", "Heavy rain alert issued for hill districts",
              "Drive to evict risky settlements in Rangamati"]
    a = parse(_EN_HEAD + _EN_PARAS[0] + "\n\nLatest News\n" + "\n".join(titles) + f"\n{last}\n")
    assert a.links == tuple(titles)
    assert not any(w.startswith("hard_wrapped") for w in a.warnings)


def test_a_video_pages_more_videos_are_links():
    a = parse("ভিডিও\nবন্যায় ভেসে গেছে গ্রামের পর গ্রাম\nপ্রকাশিত: ১০:১৫ এএম, ২৯ নভেম্বর ২০২৫\n০২:৩৫\n"
              "সিলেটের কোম্পানীগঞ্জে বন্যার পানিতে তলিয়ে গেছে অন্তত ২০টি গ্রাম। দুর্ভোগে লাখো মানুষ।\n"
              "ভিডিও: নিজস্ব প্রতিবেদক\nআরও ভিডিও\nপাহাড়ি ঢলে বিপর্যস্ত সুনামগঞ্জ\nঢাকায় ভারী বৃষ্টি, জলাবদ্ধতা\n")
    assert a.links == (normalize("পাহাড়ি ঢলে বিপর্যস্ত সুনামগঞ্জ"), normalize("ঢাকায় ভারী বৃষ্টি, জলাবদ্ধতা"))
    assert [(o.line, o.kind) for o in a.other] == [(4, "date"), (6, "caption"), (7, "label")]
    assert a.kicker == normalize("ভিডিও")  # over the title it is the page's kicker, not a list's label


@pytest.mark.parametrize("line", ["Unknown", "None", "null", "N/A"])
def test_a_scrapers_placeholder_is_crawl_metadata(line):
    """A scraper writes `Unknown` or `None` for a field it did not find (the
    corpus's bd-article-crawler rows): crawl metadata, not a headline or desk."""
    assert boiler_kind(line) == "crawl"
    a = parse(f"ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\n{line}\n"
              "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।\n")
    assert a.desk is None and [o.kind for o in a.other] == ["crawl"]


@pytest.mark.parametrize("age", ["প্রকাশ: ২ ঘণ্টা আগে", "(১০ মিনিট আগে)", "Published: 3 hours ago"])
def test_a_page_dated_only_by_its_age_has_a_null_date_and_says_why(age):
    a = parse(page("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগ চরমে", "নিজস্ব প্রতিবেদক", age))
    assert a.headline == "ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগ চরমে" and a.desk == "নিজস্ব প্রতিবেদক"
    assert a.published is None and a.updated is None
    assert a.warnings == ("no_date_line", "date_relative")
    assert [(o.kind, o.text) for o in a.other] == [("clock", normalize(age))]


def test_an_age_beside_a_printed_date_is_no_warning():
    a = parse(page("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগ চরমে", "নিজস্ব প্রতিবেদক",
                   "প্রকাশ: ২৪ নভেম্বর ২০২৫", "(১০ মিনিট আগে)"))
    assert a.published.date == "2025-11-24" and "date_relative" not in a.warnings


@pytest.mark.parametrize("line,kind", [
    ("স্পন্সরড", "ad"), ("লিংক কপি", "share"), ("কপি করা হয়েছে", "share"), ("ইমেইল করুন", "share"),
    ("টেলিগ্রাম চ্যানেলে যোগ দিন", "share"), ("টপিক", "label"), ("আগের খবর", "label"), ("ইপেপার", "menu"),
    ("ব্যবহারের শর্তাবলি", "menu"),
])
def test_more_page_furniture_between_paragraphs_is_no_paragraph(line, kind):
    a = parse("রাজধানীতে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ২১:৫২\n"
              "রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।\n"
              f"{line}\nআগুনে কেউ হতাহত হননি বলে জানিয়েছে পুলিশ।\n")
    assert len(a.body) == 2 and [(o.kind, o.text) for o in a.other] == [(kind, line)]


@pytest.mark.parametrize("sentence", ["নথিগুলো কপি করা হয়েছে বলে জানা গেছে।",
                                      "টেলিগ্রাম চ্যানেলে তিনি এক বার্তায় এ কথা লিখেছেন।"])
def test_a_sentence_that_names_a_button_stays_in_the_body(sentence):
    a = parse(f"রাজধানীতে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ২১:৫২\n{sentence}\n"
              "আগুনে কেউ হতাহত হননি বলে জানিয়েছে পুলিশ।\n")
    assert sentence in a.body


def test_a_call_for_readers_writing_closes_the_column():
    a = parse("মূল্যস্ফীতি নিয়ন্ত্রণে কী করণীয়\nড. রফিকুল ইসলাম\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:০০\n"
              "দেশে মূল্যস্ফীতি দীর্ঘদিন ধরে উচ্চ পর্যায়ে রয়েছে।\n"
              "প্রিয় পাঠক, আপনিও লিখতে পারেন\nলেখা পাঠান: opinion@example.com\n")
    assert a.body == ("দেশে মূল্যস্ফীতি দীর্ঘদিন ধরে উচ্চ পর্যায়ে রয়েছে।",)
    assert [o.kind for o in a.other] == ["footer", "footer"]


@pytest.mark.parametrize("line", ["🌀", "🌀🌀", "⭐ ⭐ ⭐"])
def test_pictographs_alone_are_a_separator(line):
    assert boiler_kind(line) == "separator"
    a = parse(f"{line}\nশিরোনাম এখানে লেখা\nপ্রথম অনুচ্ছেদটি এখানে শেষ হলো। আরও কিছু কথা লেখা হলো।\n")
    assert (a.kicker, a.headline) == (None, "শিরোনাম এখানে লেখা")


def test_a_lower_case_latin_word_over_the_title_is_no_kicker():
    # chandpur-kantho: site date / `kzai` (an image's name) / TITLE / DESK
    a = parse("চাঁদপুর। সোমবার ২৫ ডিসেম্বর ২০১৭। ১১ পৌষ ১৪২৪। ০৬ রবিউস সানি ১৪৩৯\nkzai\n\n"
              "শাহরাস্তিতে পুলিশ কর্মকর্তার মৃত্যু\nনিজস্ব প্রতিবেদক\n"
              "শাহরাস্তি থানার এক উপ সহকারী পরিদর্শক হৃদরোগে আক্রান্ত হয়ে মারা গেছেন। পরিবারে শোক।\n")
    assert (a.kicker, a.headline, a.desk) == (None, "শাহরাস্তিতে পুলিশ কর্মকর্তার মৃত্যু", "নিজস্ব প্রতিবেদক")
    assert a.published is None and [o.kind for o in a.other] == ["clock", "menu"]
    b = parse("Toy Train\nপাহাড়ে ফের চালু হলো টয় ট্রেন পরিষেবা\nনিজস্ব প্রতিবেদক\n"
              "দার্জিলিংয়ে আবার টয় ট্রেন চালু হয়েছে। পর্যটকেরা খুশি।\n")
    assert b.kicker == "Toy Train"  # an English kicker in title case stays one


@pytest.mark.parametrize("last,kept", [
    ("Temperature may fall slightly.", True),  # a short English sentence closes the body
    ("Follow us on Facebook for more.", False),  # a prompt
    ("Dhaka Weather Update Today.", False),  # title case
])
def test_a_short_english_sentence_after_the_body(last, kept):
    from bnnews import parse
    a = parse("Rain likely in Dhaka\nStaff Correspondent\nPublished: 24 Nov 2025, 09:52 PM\n"
              "Light to moderate rain is likely in parts of the country including Dhaka in the next 24 hours, "
              f"the Met office said.\n{last}\n")
    assert (a.body[-1] == last) == kept


def test_the_last_item_of_a_menu_over_the_title_is_no_kicker():
    # one section name a line, the last of them a word the lists do not know
    menu = ["হোম", "জাতীয়", "রাজনীতি", "সাহিত্য", "জীবনযাপন", "প্রকৃতি"]
    a = parse("\n".join(menu + ["পাহাড়ি ঢলে সুনামগঞ্জে বন্যা পরিস্থিতির অবনতি", "সুনামগঞ্জ প্রতিনিধি",
                                "প্রকাশিত: ২৪ নভেম্বর ২০২৫, ২১:৫২",
                                "পাহাড়ি ঢলে নিম্নাঞ্চল প্লাবিত হয়েছে। পানিবন্দি হয়ে পড়েছে হাজারো মানুষ।"]))
    assert (a.kicker, a.headline) == (None, "পাহাড়ি ঢলে সুনামগঞ্জে বন্যা পরিস্থিতির অবনতি")
    assert [o.kind for o in a.other] == ["menu"] * len(menu)


@pytest.mark.parametrize("above,kicker,menus", [
    (["মতামত", "সাক্ষাৎকার"], "সাক্ষাৎকার", 1),  # a breadcrumb: section, then its part
    (["প্রচ্ছদ জাতীয় রাজনীতি খেলা", "মতামত", "সাক্ষাৎকার"], "সাক্ষাৎকার", 2),  # under the menu bar
    (["জাতীয়", "রাজনীতি", "খেলা"], None, 3),  # three are a menu, one item a line
])
def test_a_breadcrumbs_last_section_over_the_title_is_its_kicker(above, kicker, menus):
    a = parse("\n".join(above + ["‘গ্রামের অর্থনীতিতে টাকার প্রবাহ কমে গেছে’", "নিজস্ব প্রতিবেদক",
                                 "প্রকাশ: ২৯ নভেম্বর ২০২৫, ০৮:০০",
                                 "গ্রামে টাকার প্রবাহ কমে গেছে। প্রবাসী আয় সবার কাছে পৌঁছায় না।"]))
    assert (a.kicker, a.headline) == (kicker, "‘গ্রামের অর্থনীতিতে টাকার প্রবাহ কমে গেছে’")
    assert [o.kind for o in a.other] == ["menu"] * menus


def test_a_full_title_over_its_first_part_is_the_headline():
    # cbna24: `X । Y`, then `X` again over a photo, its caption, a subhead, `X` once more
    a = parse("প্রবাসের সংবাদ\n\nযুক্তরাষ্ট্রে রেস্টুরেন্ট ব্যবসায়ীদের মাথায় হাত । লকডাউনেও গ্রোসারিতে রমরমা\n\n"
              "যুক্তরাষ্ট্রে রেস্টুরেন্ট ব্যবসায়ীদের মাথায় হাত\n"
              "লকডাউনের মধ্যেও গ্রোসারিতে ভিড় কমেনি। ছবিটি গত সপ্তাহের। ছবি-এনআরবি নিউজ।\n\n"
              "লকডাউনেও গ্রোসারিতে রমরমা : রমজানে নেই ইফতার পার্টি\n"
              "যুক্তরাষ্ট্রে রেস্টুরেন্ট ব্যবসায়ীদের মাথায় হাত\n"
              "এনআরবি নিউজ, নিউইয়র্ক: রেস্টুরেন্টগুলো টিকতে পারছে না। গ্রোসারিগুলো চুটিয়ে ব্যবসা করছে।\n"
              "বিশেষ করে রমজানে রেস্টুরেন্টগুলো যে ব্যবসা করে তা অন্য মাসের চেয়ে বেশি।\n")
    assert a.headline == "যুক্তরাষ্ট্রে রেস্টুরেন্ট ব্যবসায়ীদের মাথায় হাত । লকডাউনেও গ্রোসারিতে রমরমা"
    assert a.kicker != a.headline and a.desk == "এনআরবি নিউজ, নিউইয়র্ক"


def test_the_columnists_name_again_after_the_body_is_a_signature():
    a = parse("উপসম্পাদকীয়\nনির্বাচনের আগে যে সংস্কার জরুরি\nআবু সাঈদ খান\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০০:০০\n"
              "দেশে নির্বাচনের প্রস্তুতি চলছে। কিন্তু নির্বাচনের আগে কিছু সংস্কার জরুরি।\n"
              "প্রথমত, নির্বাচন কমিশনকে স্বাধীনভাবে কাজ করতে দিতে হবে।\n"
              "আবু সাঈদ খান: সাংবাদিক ও কলাম লেখক\n")
    assert a.links == () and [o.kind for o in a.other] == ["signature"]


@pytest.mark.parametrize("section", ["সম্পাদকীয়", "খেলা"])
def test_a_section_under_the_masthead_over_a_short_title_right_over_the_body(section):
    """Bartaman: `Bartaman Patrika` / SECTION / blank / TITLE (two words) / body,
    with no desk or date line: the section is the kicker."""
    from bnnews import parse
    body = "সীমান্তের ওপারে বসে নাশকতার ছক কষা চলছে বহুদিন ধরেই। প্রশাসন তা জানে, তবু ব্যবস্থা নেওয়া হয় না।"
    a = parse(f"Bartaman Patrika\n{section}\n \n\nসন্ত্রাসের আঁতুড়ঘর\n\n{body}")
    assert (a.kicker, a.headline) == (section, "সন্ত্রাসের আঁতুড়ঘর")


def test_one_word_left_last_by_a_theme_s_broken_byline_is_no_headline():
    """orthosongbad: `পুঁজিবাজার` / TITLE / `Published` / `on` / `পেনিনসুলা` (the
    date the dump lost): the title is the headline, the section its kicker."""
    from bnnews import parse
    body = "সপ্তাহের প্রথম কর্মদিবসে পুঁজিবাজারে দর কমেছে ৯৯টি কোম্পানির। ডিএসই সূত্রে এই তথ্য জানা গেছে।"
    a = parse(f"Connect with us\n\nপুঁজিবাজার\n\nস্ট্যান্ডার্ড সিরামিকের সর্বোচ্চ দরপতন\n\nPublished\n\non\n\nপেনিনসুলা\n\n{body}")
    assert (a.headline, a.kicker) == ("স্ট্যান্ডার্ড সিরামিকের সর্বোচ্চ দরপতন", "পুঁজিবাজার")



def test_a_badges_alt_text_after_the_byline_and_an_app_stores_badge():
    # eyenewsbd: `DESK Verify Icon` (a verified badge's alt text) / `Eye News BD App PlayStore`
    a = parse("সামাজিক মাধ্যমের সুবিধা আছে, বিপদও কম নয়\nNovember 18\n04:24pm\n2026\n"
              "আই নিউজ বিডি ডেস্ক Verify Icon\nEye News BD App PlayStore\n"
              "মানুষ যা কিছু আবিষ্কার করেছে তার ইতিবাচক ও নেতিবাচক দুটো দিকই লক্ষ্য করা যায়।\n")
    assert a.desk == normalize("আই নিউজ বিডি ডেস্ক") and a.published.datetime == "2026-11-18T16:24+06:00"
    assert [(o.kind, o.text) for o in a.other] == [("share", "Eye News BD App PlayStore")]



@pytest.mark.parametrize("outlet", ["প্রথম আলো", "সময় সংবাদ", "যমুনা টিভি"])
@pytest.mark.parametrize("pos", [0, 1])
def test_an_outlets_name_alone_in_the_header_is_its_masthead(outlet, pos):
    head = ["রাজধানীতে তীব্র যানজট, দুর্ভোগে যাত্রীরা", "নিজস্ব প্রতিবেদক", "২৮ নভেম্বর ২০২৬ ১০:৩০"]
    head.insert(pos, outlet)
    a = parse("\n".join(head) + "\nরাজধানীর সড়কে আজ সকাল থেকে তীব্র যানজট দেখা দিয়েছে বলে জানিয়েছেন যাত্রীরা।\n")
    assert (a.headline, a.kicker, a.desk) == (normalize(head[1 - pos]), None, normalize("নিজস্ব প্রতিবেদক"))
    assert [(o.kind, o.text) for o in a.other] == [("menu", normalize(outlet))]



@pytest.mark.parametrize("cue", ["বিস্তারিত পড়ুন", "সম্পূর্ণ পড়ুন", "পুরো খবর পড়ুন", "ReadMore.."])
def test_a_link_to_the_whole_story_is_no_related_title_and_leaves_the_paragraph(cue):
    body = "রাজধানীর সড়কে আজ সকাল থেকে তীব্র যানজট দেখা দিয়েছে বলে জানিয়েছেন যাত্রীরা।"
    head = "রাজধানীতে তীব্র যানজট\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৮ নভেম্বর ২০২৬, ১০:৩০\n"
    alone = parse(head + body + "\n" + cue + "\n")
    assert alone.links == () and [(o.kind, o.text) for o in alone.other] == [("menu", cue)]
    glued = parse(head + body + " " + cue + "\n")
    assert glued.body == (normalize(body),)


def test_a_php_warning_over_the_page_leaves_its_headline_and_byline():
    page = ("Warning: Use of undefined constant readmore - assumed 'readmore' in "
            "/home/site/public_html/wp-content/themes/news/lib/config.php on line 7\n"
            "খুলনা-৪ আসনে কে হচ্ছেন প্রার্থী\n"
            "নিজস্ব প্রতিবেদক: আসন্ন জাতীয় সংসদ নির্বাচনে খুলনা-৪ নির্বাচনী এলাকায় কে হচ্ছেন প্রার্থী? "
            "এই প্রশ্ন ঘুরপাক খাচ্ছে সাধারণ ভোটারদের মাঝে।\n")
    a = parse(page)
    assert (a.headline, a.desk) == ("খুলনা-৪ আসনে কে হচ্ছেন প্রার্থী", "নিজস্ব প্রতিবেদক")
    assert [(o.line, o.kind) for o in a.other] == [(1, "markup")]


def test_a_live_blogs_json_ld_over_the_page_leaves_its_headline_and_indian_time():
    # zeenews's AMP page: the JSON-LD's tail, then `LIVE: TITLE` / `Sat, 28 Oct 2023-3:47 pm,`
    page = ('", "headline": "কোজাগরীর পুণ্যতিথি", "datePublished": "2023-10-28T10:26:06+05:30", '
            '"publisher": { "@type": "Organization", "name": "Zee ২৪ ঘণ্টা" } } ] }\n\n'
            "LIVE: কোজাগরীর পুণ্যতিথি, শুভকামনা মুখ্যমন্ত্রীর\n\nSat, 28 Oct 2023-3:47 pm,\n\n"
            "কোজাগরী লক্ষ্মীপুজোয় মেতেছে গোটা রাজ্য। সকাল থেকেই বাজারে ভিড়, দাম চড়েছে ফল ও ফুলের।\n\n"
            "COMMERCIAL BREAK\nSCROLL TO CONTINUE READING\n\nসন্ধ্যায় পাড়ায় পাড়ায় পুজোর আয়োজন চলছে।\n")
    a = parse(page)
    assert (a.kicker, a.headline) == ("LIVE", "কোজাগরীর পুণ্যতিথি, শুভকামনা মুখ্যমন্ত্রীর")
    assert a.published.datetime == "2023-10-28T15:47+05:30"
    assert len(a.body) == 2 and [o.kind for o in a.other] == ["markup", "ad", "ad"]


@pytest.mark.parametrize("byline, author", [("নিজস্ব প্রতিবেদক", None), ("রাকিব হাসান", "রাকিব হাসান")])
def test_a_themes_stamp_words_each_on_its_line_are_labels_and_the_name_after_by_the_byline(byline, author):
    # Zox News: `Published` / AGE / `on` / DATE / `By` / NAME, each on its line
    a = parse(page("পুঁজিবাজার", "স্ট্যান্ডার্ড সিরামিকের সর্বোচ্চ দরপতন", "Published", "3 hours ago", "on",
                   "April 27, 2025", "By", byline,
                   "সপ্তাহের প্রথম কর্মদিবসে ঢাকা স্টক এক্সচেঞ্জে লেনদেনে অংশ নেওয়া ৩৯৭ প্রতিষ্ঠানের মধ্যে দর কমেছে ৯৯টির।"))
    assert (a.headline, a.desk, a.author) == ("স্ট্যান্ডার্ড সিরামিকের সর্বোচ্চ দরপতন", byline, author)
    assert a.published.date == "2025-04-27"
    assert [o.kind for o in a.other] == ["label", "clock", "label", "label"]


@pytest.mark.parametrize("top, kicker", [
    (["দৈনিক সকালের খবর", "সত্য প্রকাশে আপোষহীন"], None),  # the outlet's slogan under its masthead
    (["প্রথম আলো", "আপনার পাশে সবসময়"], None),
    (["দৈনিক সকালবেলা", "আমরা সত্যের পক্ষে সবসময়"], None),  # a slogan as long as the title, under the site's name
    (["প্রথম আলো", "জাতীয়"], "জাতীয়"),  # a section's name under it is the kicker
    (["প্রথম আলো", "বিশেষ প্রতিবেদন"], "বিশেষ প্রতিবেদন"),
    (["সত্য প্রকাশে আপোষহীন"], None),  # a slogan's words make it one with no masthead over it too
    (["নদী ও জীবন"], "নদী ও জীবন"),  # (a series' name over a title stays the kicker)
])
def test_a_slogan_under_the_masthead_is_no_kicker(top, kicker):
    a = parse(page(*top, "সিলেটে বন্যা পরিস্থিতির অবনতি", "নিজস্ব প্রতিবেদক", "প্রকাশ: ২৬ নভেম্বর ২০২৫, ০৯:৫২"))
    assert (a.headline, a.kicker) == ("সিলেটে বন্যা পরিস্থিতির অবনতি", kicker)
    if kicker is None:
        assert [o.kind for o in a.other] == ["menu"] * len(top)


def test_an_empty_byline_label_leaves_the_desk_to_the_first_paragraph():
    # hakkatha: `রিপোর্ট:` with its value left empty, the desk inline in the body
    a = parse(page("ক্যাবল অপারেটররা চ্যানেলটি দেখাচ্ছেন না", "রিপোর্ট:",
                   "- প্রকাশের সময় : ০৮:০৫:৪৮ অপরাহ্ন, শনিবার, ২৯ ডিসেম্বর ২০১৮",
                   "ঢাকা ডেস্ক: বেসরকারি একটি টেলিভিশন চ্যানেল দেখা যাচ্ছে না সারা দেশে। শনিবার বিকালে এর প্রচার বন্ধ করা হয়।"))
    assert (a.desk, a.published.datetime) == ("ঢাকা ডেস্ক", "2018-12-29T20:05:48+06:00")
    assert [(o.line, o.kind) for o in a.other] == [(2, "label")]


@pytest.mark.parametrize("top, kicker", [
    ("NewsOne24", None), ("BanglaNews24", None), ("DhakaPost", None),  # the site's logo name
    ("Covid-19", "Covid-19"), ("Sports", "Sports"), ("IPL", "IPL"),
])
def test_a_sites_logo_name_over_the_title_is_no_kicker(top, kicker):
    a = parse(page(top, "সম্প্রচার বন্ধ", "নিজস্ব প্রতিবেদক", "প্রকাশিত : ১০:৫২ পিএম, ২৯ ডিসেম্বর ২০১৮ শনিবার",
                   "বেসরকারি একটি টেলিভিশন চ্যানেল দেখা যাচ্ছে না সারা দেশে। আজ বিকালে এর প্রচার বন্ধ করে দেওয়া হয়।"))
    assert (a.headline, a.kicker) == ("সম্প্রচার বন্ধ", kicker)


def test_a_count_with_a_decimal_is_no_numbered_list_item():
    # `1.2K` (a post's likes) had been read as item `1.` of a list, its link `2K`
    a = parse(page("Prothom Alo", "2h ·", "সিলেটে বন্যা পরিস্থিতির অবনতি, পানিবন্দি লাখো মানুষ",
                   "সিলেটে বন্যা পরিস্থিতির অবনতি হয়েছে। নদীর পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে বলে জানিয়েছে বোর্ড।",
                   "বিস্তারিত কমেন্টে", "1.2K", "345 comments", "Like", "Comment", "Share"))
    assert a.links == () and a.headline == "সিলেটে বন্যা পরিস্থিতির অবনতি, পানিবন্দি লাখো মানুষ"
    assert "unknown" not in {o.kind for o in a.other}


@pytest.mark.parametrize("slogan", ["চট্টগ্রামের মাটি ও মানুষের পত্রিকা", "সবার আগে সঠিক খবর", "জনতার কণ্ঠস্বর"])
def test_a_sites_slogan_over_the_title_is_no_headline(slogan):
    a = parse(page(slogan, "বন্দরে কনটেইনার জট কমেছে", "নিজস্ব প্রতিবেদক", "প্রকাশ: ২৬ নভেম্বর ২০২৫, ০৯:৫২",
                   "চট্টগ্রাম বন্দরে কনটেইনারের জট কমে এসেছে। বন্দর কর্তৃপক্ষ বলছে, খালাস কার্যক্রম স্বাভাবিক হয়েছে।"))
    assert (a.headline, a.kicker) == ("বন্দরে কনটেইনার জট কমেছে", None)
    assert [(o.line, o.kind) for o in a.other] == [(1, "menu")]


@pytest.mark.parametrize("slogan", ["দেশ ও জনতার পক্ষে অবিচল", "সত্যের সন্ধানে নিরন্তর পথচলা"])
def test_a_slogan_the_lexicon_lacks_between_the_masthead_and_the_title_is_no_headline(slogan):
    a = parse(page("দৈনিক সবুজ বাংলা", slogan, "সাভারে কারখানায় আগুন, নিয়ন্ত্রণে ছয় ইউনিট", "নিজস্ব প্রতিবেদক",
                   "প্রকাশ: ২৪ নভেম্বর ২০২৫, ১০:৩০"))
    assert (a.headline, a.kicker) == ("সাভারে কারখানায় আগুন, নিয়ন্ত্রণে ছয় ইউনিট", None)
    assert [(o.line, o.kind) for o in a.other] == [(1, "menu"), (2, "menu")]


def test_a_title_that_holds_a_slogans_words_is_still_the_headline():
    a = parse(page("সবার আগে সঠিক খবর চান পাঠকেরা", "নিজস্ব প্রতিবেদক", "প্রকাশ: ২৬ নভেম্বর ২০২৫, ০৯:৫২",
                   "পাঠকেরা দ্রুত ও নির্ভুল খবর চান বলে এক জরিপে উঠে এসেছে। জরিপটি চালিয়েছে একটি গবেষণা প্রতিষ্ঠান।"))
    assert a.headline == "সবার আগে সঠিক খবর চান পাঠকেরা"


def test_one_word_under_the_masthead_is_a_section_the_kicker():
    # Bartaman: `Bartaman Patrika` / `দক্ষিণবঙ্গ` (a section the lists do not know) / TITLE
    a = parse(page("Bartaman Patrika", "দক্ষিণবঙ্গ", "প্রচণ্ড গরমে পর্যটকশূন্য শান্তিনিকেতন",
                   "বিএনএ, সিউড়ি: একদিকে প্রচণ্ড গরম অন্যদিকে ভোটগ্রহণ চলছে। তাই পর্যটক শূন্য হয়ে গিয়েছে শান্তিনিকেতন।"))
    assert (a.headline, a.kicker) == ("প্রচণ্ড গরমে পর্যটকশূন্য শান্তিনিকেতন", "দক্ষিণবঙ্গ")


@pytest.mark.parametrize("sub,kicker,menu", [
    ("", "হ য ব র ল", []),
    ("মার্কশিট\n", "মার্কশিট", ["হ য ব র ল"]),
])
def test_a_section_printed_letter_by_letter_is_no_headline(sub, kicker, menu):
    # Bartaman's children's section, `হ য ব র ল`, under the masthead, with its
    # column's name (`মার্কশিট`) or none over a title of five words
    a = parse(f"Bartaman Patrika\nহ য ব র ল\n \n\n{sub}মাধ্যমিকে চলতড়িৎ খুবই গুরুত্বপূর্ণ একটি অধ্যায় \n\n"
              "ভৌতবিজ্ঞান নিয়ে অনেক ছাত্রছাত্রীদেরই একটা ভীতি থেকে যায়। পরীক্ষায় গাণিতিক সমস্যায় সেই ভীতি আরও বাড়ে।\n"
              "ক্লাস X-এ সিলেবাস অনুযায়ী প্রথমে পদার্থবিজ্ঞান ও রসায়নের সম্মিলিত তিনটি অধ্যায় পড়ানো হয়।\n")
    assert (a.headline, a.kicker) == ("মাধ্যমিকে চলতড়িৎ খুবই গুরুত্বপূর্ণ একটি অধ্যায়", kicker)
    assert [o.text for o in a.other if o.kind == "menu"] == ["Bartaman Patrika"] + menu and len(a.body) == 2


def test_an_old_photos_caption_under_the_headline_is_no_headline():
    # kalbela: byline and dates over the headline, then the photo's caption printed twice
    a = parse("কালবেলা প্রতিবেদক\nপ্রকাশ : ০৮ এপ্রিল ২০২৪, ০৩:১২ এএম\nঅনলাইন সংস্করণ\n\n"
              "নদী রক্ষায় কঠোর হওয়ার তাগিদ : পরিবেশবিদ\n\n"
              "পরিবেশবিদ আবদুল হামিদ। পুরোনো ছবি\nপরিবেশবিদ আবদুল হামিদ। পুরোনো ছবি\n\n"
              "দেশের নদীগুলো রক্ষায় আরও কঠোর হওয়ার তাগিদ দিয়েছেন পরিবেশবিদ আবদুল হামিদ। তিনি বলেন, দখলে নদী মরছে।\n")
    assert (a.headline, a.kicker) == ("নদী রক্ষায় কঠোর হওয়ার তাগিদ : পরিবেশবিদ", None)
    assert [o.kind for o in a.other if "পুরোনো ছবি" in o.text] == ["caption", "caption"]


@pytest.mark.parametrize("head,kicker", [
    # byline and date first, a title of four words or more, then one line twice: the photo's alt and caption
    ("কালবেলা প্রতিবেদক\nপ্রকাশ : ০৮ এপ্রিল ২০২৪, ০৩:১২ এএম\n\nনদী রক্ষায় কঠোর হওয়ার তাগিদ\n\n"
     "রাজধানীর বুড়িগঙ্গা নদীর একাংশ\nরাজধানীর বুড়িগঙ্গা নদীর একাংশ\n", None),
])
def test_a_caption_printed_twice_under_the_title_is_a_caption(head, kicker):
    a = parse(head + "\nদেশের নদীগুলো রক্ষায় আরও কঠোর হওয়ার তাগিদ দিয়েছেন পরিবেশবিদরা। তারা বলেন, দখলে নদী মরছে।\n")
    assert (a.headline, a.kicker) == ("নদী রক্ষায় কঠোর হওয়ার তাগিদ", kicker)
    assert [o.kind for o in a.other if "বুড়িগঙ্গা" in o.text] == ["caption", "caption"]


@pytest.mark.parametrize("text", [
    # a headline printed twice (an image's alt, then the h1) under a kicker, its byline and date after it
    "বদলে যাওয়া উত্তরের জনপদ\n\nনদী রক্ষায় কঠোর হওয়ার তাগিদ\nনদী রক্ষায় কঠোর হওয়ার তাগিদ\n"
    "নিজস্ব প্রতিবেদক\nপ্রকাশ : ০৮ এপ্রিল ২০২৪, ০৩:১২ এএম\n",
    # a short kicker over the doubled title, after the date
    "প্রকাশ : ০৮ এপ্রিল ২০২৪, ০৩:১২ এএম\nপরিবেশ\nনদী রক্ষায় কঠোর হওয়ার তাগিদ\nনদী রক্ষায় কঠোর হওয়ার তাগিদ\n",
])
def test_a_headline_printed_twice_stays_the_headline(text):
    a = parse(text + "\nদেশের নদীগুলো রক্ষায় আরও কঠোর হওয়ার তাগিদ দিয়েছেন পরিবেশবিদরা। তারা বলেন, দখলে নদী মরছে।\n")
    assert a.headline == "নদী রক্ষায় কঠোর হওয়ার তাগিদ"


@pytest.mark.parametrize("title,headline", [
    # an image's alt text glued to the title under it (bdtoday24)
    ("moulvibazar mapকমলগঞ্জে ফুটবল খেলা নিয়ে সংঘর্ষে আহত ১৫", "কমলগঞ্জে ফুটবল খেলা নিয়ে সংঘর্ষে আহত ১৫"),
    ("img_20240923কমলগঞ্জে ফুটবল খেলা নিয়ে সংঘর্ষে আহত ১৫", "কমলগঞ্জে ফুটবল খেলা নিয়ে সংঘর্ষে আহত ১৫"),
    # English words that are the title's own
    ("BNPর সমাবেশ ঘিরে রাজধানীতে কড়া নিরাপত্তা", "BNPর সমাবেশ ঘিরে রাজধানীতে কড়া নিরাপত্তা"),
    ("iPhone ১৭ বাজারে আসছে সেপ্টেম্বরে", "iPhone ১৭ বাজারে আসছে সেপ্টেম্বরে"),
    ("eপাসপোর্ট পেতে নতুন নিয়ম চালু", "eপাসপোর্ট পেতে নতুন নিয়ম চালু"),
])
def test_an_image_alt_glued_to_the_title_is_no_part_of_the_headline(title, headline):
    a = parse(page(title, "মৌলভীবাজার প্রতিনিধি", "প্রকাশ: ২৩ সেপ্টেম্বর ২০২৪, ১০:৩০"))
    assert a.headline == headline


def test_a_blogs_user_picture_and_category_label_over_the_post():
    # a Drupal blog (sachalayatan): TITLE / `NAME এর ছবি` (the user picture's alt
    # text) / `লিখেছেন NAME (তারিখ: …)` / `ক্যাটেগরি:` / the post
    a = parse("হুক্কা-হুয়া\n\nরণদীপম বসু এর ছবি\nলিখেছেন রণদীপম বসু (তারিখ: সোম, ১২/১০/২০০৯ - ১২:২৭পূর্বাহ্ন)\n"
              "ক্যাটেগরি:\n\nএকটি জাতীয় দৈনিকের প্রথম পৃষ্ঠায় বেশ বড় হরফে এই শিরোনামের রিপোর্টটি পড়ে হোঁচট খেলাম।\n")
    assert (a.headline, a.author, a.published.date) == ("হুক্কা-হুয়া", "রণদীপম বসু", "2009-10-12")
    assert [(o.kind, o.text) for o in a.other] == [("markup", "রণদীপম বসু এর ছবি"), ("label", "ক্যাটেগরি:")]


def test_an_illustrations_credit_under_the_title_is_a_caption():
    # a literature page: TITLE / separators / `অলঙ্করণ: NAME` / `ছবি- সংগৃহীত` / body
    a = parse("অথবা কেনইবা লিখলাম এই কবিতা\n-\n-\n|\n\nঅলঙ্করণ: কাব্য কারিম\nছবি- সংগৃহীত\n"
              "মেলায় প্রকাশিত হয়েছে কথাসাহিত্যিক বিনয় দত্তের গল্পগ্রন্থ। বইটির মুদ্রিত মূল্য ২০০ টাকা।\n")
    assert a.headline == "অথবা কেনইবা লিখলাম এই কবিতা" and len(a.body) == 1
    assert [o.kind for o in a.other] == ["separator"] * 3 + ["caption"] * 2


def test_an_icons_alt_text_between_the_title_and_the_byline_is_a_label():
    # jugantor's supplement: … / TITLE / `Icon` / NAME / DATE / `প্রিন্ট সংস্করণ` / TITLE / body
    a = parse("পঁচিশে যুগান্তর\n\nনবান্ন উৎসব ও ইউনেস্কো স্বীকৃতি ভাবনা\n\nIcon\n\nজাহাঙ্গীর সেলিম\n\n"
              "প্রকাশ: ০৫ ফেব্রুয়ারি ২০২৪, ১২:০০ এএম\n\nপ্রিন্ট সংস্করণ\n\nনবান্ন উৎসব ও ইউনেস্কো স্বীকৃতি ভাবনা\n\n"
              "বাংলাদেশের একটি প্রাচীন ও ঐতিহ্যবাহী উৎসব হলো নবান্ন উৎসব। উৎসব প্রাচীন কিন্তু স্থিতিস্থাপক।\n")
    assert (a.headline, a.author) == ("নবান্ন উৎসব ও ইউনেস্কো স্বীকৃতি ভাবনা", "জাহাঙ্গীর সেলিম")
    assert ("label", "Icon") in [(o.kind, o.text) for o in a.other]


def test_a_bureaus_inline_byline_is_no_imprints_office():
    # `খুলনা অফিস : BODY` (a city's bureau over its paragraph) keeps the paragraph;
    # an imprint's `… অফিস : ADDRESS, ঢাকা-১২১৫। ফোন: …` stays footer
    a = parse("মিরপুরে বাসে আগুন, আতঙ্ক\n\nখুলনা অফিস : রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। "
              "ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে গিয়ে আগুন নিয়ন্ত্রণে আনে।\n\nপুলিশ জানায়, কেউ হতাহত হয়নি।\n\n"
              "ঢাকা অফিস: ১২৩ কাজী নজরুল ইসলাম এভিনিউ, কারওয়ান বাজার, ঢাকা-১২১৫। যোগাযোগ করুন যেকোনো সময়।\n")
    assert (a.desk, a.place) == ("খুলনা অফিস", "খুলনা")
    assert len(a.body) == 2 and a.body[0].startswith("রাজধানীর মিরপুরে")
    assert [o.kind for o in a.other] == ["footer"]


@pytest.mark.parametrize("text,kind", [
    # a story's sentence that names an editor, a publisher or a phone: a paragraph
    ("দৈনিক সমকালের ভারপ্রাপ্ত সম্পাদক মোজাম্মেল হোসেন বলেন, গণমাধ্যমের স্বাধীনতা রক্ষায় সবাইকে এগিয়ে আসতে হবে।", None),
    ("অনুষ্ঠানে পত্রিকাটির সম্পাদক ও প্রকাশক আবুল কালাম আজাদ প্রধান অতিথি হিসেবে উপস্থিত ছিলেন।", None),
    ("মামলার বাদী বলেন, আমার ফোন: কেড়ে নেওয়া হয়। পরে পুলিশ এসে উদ্ধার করে।", None),
    # the imprint itself, and a copyright notice closed by a verb, stay footer
    ("সম্পাদক ও প্রকাশক: আবুল কালাম আজাদ। ১২৩ কাজী নজরুল ইসলাম এভিনিউ, ঢাকা-১২১৫ থেকে প্রকাশিত।", "footer"),
    ("ভারপ্রাপ্ত সম্পাদক: রফিকুল ইসলাম, প্রকাশক: মোস্তফা কামাল", "footer"),
    ("এই ওয়েবসাইটের কোনো লেখা, ছবি, অডিও, ভিডিও অনুমতি ছাড়া ব্যবহার বেআইনি। কপিরাইট আইনে দণ্ডনীয় অপরাধ হিসেবে গণ্য হবে।",
     "footer"),
])
def test_a_sentence_naming_an_editor_or_a_phone_is_no_footer(text, kind):
    from bnnews.boilerplate import boiler_kind
    assert boiler_kind(text) == kind
    if kind is None:
        a = parse(f"গণমাধ্যমের স্বাধীনতা নিয়ে আলোচনা\n\nনিজস্ব প্রতিবেদক\n\n{text}\n")
        assert a.body == (text,)


@pytest.mark.parametrize("text,kind", [
    # a photo or video named inside a story's sentence: a paragraph
    ("তিনি বলেন, ফাইল ছবি দেখে আসামিকে শনাক্ত করা হয়েছে। পরে তাকে গ্রেপ্তার করা হয়।", None),
    ("পুলিশ জানায়, প্রতীকী ছবি ব্যবহার করে প্রতারণা করছিল চক্রটি। তাদের বিরুদ্ধে মামলা হয়েছে।", None),
    # ... or a prompt's words in a sentence that tells what happened
    ("তিনি বলেন, ভিডিওটি শেয়ার করতে গিয়ে বিপাকে পড়েন তিনি। পরে পুলিশ বিষয়টি তদন্ত শুরু করে।", None),
    ("অ্যাপে ঢুকে ক্লিক করুন লেখা বাটনে চাপ দিলেই টাকা কেটে নেওয়া হচ্ছে বলে অভিযোগ করেছেন গ্রাহকেরা।", None),
    ("আমি যে দলে খেলেছি, সেখানে আমার আন্তর্জাতিক অভিজ্ঞতা শেয়ার করতে পেরেছি।", None),
    # a caption opens with its credit or closes on it; a prompt asks
    ("ফাইল ছবি: প্রধানমন্ত্রী শেখ হাসিনা জাতীয় সংসদে বক্তব্য দিচ্ছেন।", "caption"),
    ("সব খবর সবার আগে পেতে ফলো করুন আমাদের গুগল নিউজ চ্যানেল।", "share"),
    ("খবরটি ভালো লাগলে শেয়ার করুন এবং আপনার মতামত কমেন্ট করে জানিয়ে দিন।", "share"),
    # a paragraph opened by its inline byline with a photo's credit run in after it (a scraper's join)
    ("অন্য দুনিয়া ডেস্ক || ছবি: চ্যাটজিপিটির সাহায্যে তৈরি চীনের একটি স্পা সেন্টারে ম্যাসাজ নিতে গিয়ে "
     "অপ্রত্যাশিত অভিজ্ঞতার মুখে পড়েন এক ব্যক্তি।", None),
    ("নিজস্ব প্রতিবেদক: ছবি: সংগৃহীত", "caption"),
    ("রাজধানীর মিরপুরে বাসে আগুন লাগার পর নেভানোর চেষ্টা করছেন ফায়ার সার্ভিস কর্মীরা। ছবি: প্রথম আলো", "caption"),
])
def test_a_photo_or_a_prompt_named_in_a_sentence_is_no_boilerplate(text, kind):
    from bnnews.boilerplate import boiler_kind
    assert boiler_kind(text) == kind


def test_a_credited_caption_over_a_title_in_two_lines_leaves_the_header_whole():
    """Bartaman: masthead / section / a photo's caption credited `নিজস্ব চিত্র` /
    the title in two lines (the first closing on `ঘিরে`) / `নিজস্ব প্রতিনিধি,
    PLACE: BODY`. The caption is no first paragraph: the title is the headline."""
    from bnnews import parse
    body = ("নিজস্ব প্রতিনিধি, বর্ধমান: টানা বৃষ্টিতে দামোদরের বাঁধ ভেঙে প্লাবিত হয়েছে তিনটি গ্রাম। "
            "রাতেই বাসিন্দাদের সরিয়ে নিয়ে যাওয়া হয় স্থানীয় স্কুলে।")
    a = parse("Bartaman Patrika\nরাজ্য\n \n \n নদীর পাড়ে জমেছে কচুরিপানা। বর্ধমানে তোলা নিজস্ব চিত্র।\n\n"
              f"বাঁধ ভাঙা ঘিরে\nক্ষোভ, তদন্তে সেচদপ্তর\n\n{body}\n")
    assert (a.headline, a.kicker) == ("বাঁধ ভাঙা ঘিরে ক্ষোভ, তদন্তে সেচদপ্তর", "রাজ্য")  # (the section over the picture)
    assert (a.desk, a.place) == ("নিজস্ব প্রতিনিধি, বর্ধমান", "বর্ধমান") and len(a.body) == 1
    assert [o.kind for o in a.other] == ["menu", "caption"]


def test_a_breadcrumb_that_ends_in_the_title_printed_again_is_a_menu():
    """hindustantimes Bangla: `বাংলা নিউজ > ঘরে বাইরে > TITLE` (a home the lists do
    not know) / a caption credited `(PTI)` / TITLE / standfirst / body: the
    title is the headline, the trail a menu, the caption no kicker."""
    from bnnews import parse
    title = "দীর্ঘ গণনার শেষে জয়ী শাসক জোট"
    body = "২০ ঘণ্টা গণনার পর শেষ পর্যন্ত জয়ী হল শাসক জোট। অল্পের জন্য হার হল বিরোধী জোটের।"
    a = parse(f"বাংলা নিউজ > ঘরে বাইরে > {title}\nপাটনায় সমর্থকদের উচ্ছ্বাস (PTI)\n\n{title}\n\n{body}\n")
    assert (a.headline, a.kicker, a.body) == (title, None, (body,))
    assert [(o.kind, o.line) for o in a.other] == [("menu", 1), ("caption", 2)]
