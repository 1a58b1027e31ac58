"""Desk and byline lines: recognition, terminators, author and place."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import page
from bnnews import parse
from bnnews.model import Block
from bnnews.byline import inline_desk, is_desk_line, split_byline, strip_terminator, unglue_outlet
from bnnews.text import normalize

N = normalize


@pytest.mark.parametrize("line,author,place", [
    # West Bengal's districts and towns, a district's name with a number in it too.
    ("নিজস্ব সংবাদদাতা, উত্তর ২৪ পরগনা", None, "উত্তর ২৪ পরগনা"), ("বিশ্বজিৎ মাইতি, বারাসত", "বিশ্বজিৎ মাইতি", "বারাসত"),
    ("নিজস্ব সংবাদদাতা, হুগলি", None, "হুগলি"), ("কল্যাণী দাস, কলকাতা", "কল্যাণী দাস", "কলকাতা"),
    # A CMS's account is no person (WordPress themes print `By admin`).
    ("By admin", None, None), ("Posted by editor", None, None), ("By রাকিব হাসান", "রাকিব হাসান", None),
    # A feature's credits: the writer (and photographer) by their labels.
    ("লেখা ও ছবি: সাদিয়া ইসলাম", "সাদিয়া ইসলাম", None), ("ছবি ও লেখা: মিঠু রায়", "মিঠু রায়", None),
    ("লেখা: শাহেদ হোসেন, ছবি: সুমন দাস", "শাহেদ হোসেন", None), ("সংকলন: আরিফ হাসান", "আরিফ হাসান", None),
    # A local correspondent's name, then the place bracketed before the role.
    ("জাকির হোসেন (শার্শা) প্রতিনিধি", "জাকির হোসেন", "শার্শা"),
    ("জাকির হোসেন (শার্শা, যশোর) প্রতিনিধি", "জাকির হোসেন", "শার্শা (যশোর)"),
    ("শার্শা (যশোর) প্রতিনিধি", None, "শার্শা (যশোর)"),
    # A writer's label, then the name and where the writer is (BBC Bangla: `লেখা,`).
    ("লেখা: সানাউল্লাহ সাকিব, ঢাকা", "সানাউল্লাহ সাকিব", "ঢাকা"),
    ("লেখা, রাকিব হাসনাত, বিবিসি নিউজ বাংলা, ঢাকা", "রাকিব হাসনাত", "ঢাকা"),
    ("লেখক: আনিসুল হক, কথাসাহিত্যিক", "আনিসুল হক", None),  # what the writer is, not where
    ("লেখকের নাম: ডা. মোহাম্মদ রফিক", "ডা. মোহাম্মদ রফিক", None),  # a magazine archive's field label
    # A web producer's credit (West Bengal sites).
    ("Published by: Sayani Sen", "Sayani Sen", None),
    ("Updated By: Sayani Sen", "Sayani Sen", None),
    # An agency named with the word for one is a credit, not a person.
    ("বার্তা সংস্থা রয়টার্স", None, None),
    ("বার্তাসংস্থা এএফপি, লন্ডন", None, "লন্ডন"),
    ("নিজস্ব প্রতিবেদক, রংপুর", None, "রংপুর"),
    ("নাটোর প্রতিনিধি", None, "নাটোর"),
    ("আন্তর্জাতিক ডেস্ক", None, None),
    ("শেখ আহসানুল করিম, বাগেরহাট", "শেখ আহসানুল করিম", "বাগেরহাট"),
    ("মোঃ রাশেদুল ইসলাম, ঝিনাইদহ জেলা প্রতিনিধি", "মোঃ রাশেদুল ইসলাম", "ঝিনাইদহ"),
    # a campus named in full, as the lexicon's campuses are (`জাবি প্রতিনিধি`)
    ("জাহাঙ্গীরনগর বিশ্ববিদ্যালয় প্রতিনিধি", None, "জাহাঙ্গীরনগর বিশ্ববিদ্যালয়"),
    ("চট্টগ্রাম বিশ্ববিদ্যালয় সংবাদদাতা", None, "চট্টগ্রাম বিশ্ববিদ্যালয়"),
    ("নিজস্ব প্রতিবেদক, ঢাকা বিশ্ববিদ্যালয়", None, "ঢাকা বিশ্ববিদ্যালয়"),
    ("মাহবুব আলম, অ্যাসিসট্যান্ট আউটপুট এডিটর | বাংলানিউজটোয়েন্টিফোর.কম", "মাহবুব আলম", None),
    ("হাসান আজাদ, স্পেশাল করসপন্ডেন্ট ঢাকা", "হাসান আজাদ", "ঢাকা"),
    ("আনন্দবাজার অনলাইন সংবাদদাতা", None, None),
    ("সারাদিন ডেস্কসারাদিন ডেস্ক", None, None),
    ("প্রতিনিধি, ইবি", None, "ইবি"),
    ("স্পেশাল করেসপন্ডেন্ট,দৈনিক প্রথম সকাল", None, None),
    ("নিজস্ব প্রতিবেদক, জাজিরা থেকে", None, "জাজিরা"),
    ("প্রতিবেদক: রাকিব হাসান", "রাকিব হাসান", None),
    ("লিখেছেন আনিসুল হক", "আনিসুল হক", None),
    ("লিখেছেন লিখেছেন আনিসুল হক", "আনিসুল হক", None),
    # a blog's credit with a colon (sachalayatan), and `পোস্ট করেছেন` (posted by)
    ("লিখেছেন: আনিসুল হক", "আনিসুল হক", None), ("পোস্ট করেছেন: আনিসুল হক", "আনিসুল হক", None),
    ("সাক্ষাৎকার নিয়েছেন রাফসান গালিব", "রাফসান গালিব", None),  # an interviewer's credit, no colon
    ("রেসিপি: শারমিন আক্তার", "শারমিন আক্তার", None), ("রেসিপি ও ছবি: শারমিন আক্তার", "শারমিন আক্তার", None),
    ("খায়রুল বাশার, ময়মনসিংহ ব্যুরো চীফ", "খায়রুল বাশার", "ময়মনসিংহ"),  # a bureau chief, spelt চীফ
    # a press release's credit under its title: no author, no place
    ("বিজ্ঞপ্তি", None, None), ("সংবাদ বিজ্ঞপ্তি", None, None), ("প্রেস রিলিজ", None, None),
    ("সাজ্জাদ হোসেন-নিজস্ব প্রতিবেদক", "সাজ্জাদ হোসেন", None),  # NAME-ROLE (prothomalo copies)
    ("স্টাফ করেসপন্ডেন্ট বার্তা২৪.কম, ঢাকা", None, "ঢাকা"),
    ("রাজশাহী ব্যুরো", None, "রাজশাহী"),
    ("ডেস্ক রিপোর্ট, ঢাকা ১৬ অক্টোবর", None, "ঢাকা"),  # the date is no part of the place
    ("আব্দুল করিম, ধুনট (বগুড়া)", "আব্দুল করিম", "ধুনট (বগুড়া)"),  # an upazila and its district
    ("মোঃ রাকিব হোসেন, বোয়ালমারী (ফরিদপুর) প্রতিনিধি", "মোঃ রাকিব হোসেন", "বোয়ালমারী (ফরিদপুর)"),
    # Upazilas are known places too (NAME, UPAZILA), and an outlet's reporter in parentheses.
    ("মোঃ ইসমাইল হোসেন, মানিকছড়ি", "মোঃ ইসমাইল হোসেন", "মানিকছড়ি"),
    ("কেরানীগঞ্জ সংবাদদাতা", None, "কেরানীগঞ্জ"),
    ("নারায়ণগঞ্জ বার্তা ২৪ ( সোনারগাঁ প্রতিনিধি )", None, "সোনারগাঁ"),
    # a name, the district, the upazila the reporter is in (ajkerbangla)
    ("রাহাত শরীফ টাঙ্গাইল ভূয়াপুরে", "রাহাত শরীফ", "টাঙ্গাইল"),
    # back from a trip to the place (banglatribune)
    ("মাহফুজ সাদি, পঞ্চগড় থেকে ফিরে", "মাহফুজ সাদি", "পঞ্চগড়"),
    ("নিজস্ব প্রতিবেদক, কুয়াকাটা থেকে ফিরে", None, "কুয়াকাটা"),
    # Agency credits alone, and English outlets' desks.
    ("বাসস", None, None),
    ("UNB", None, None),
    ("Tribune Report", None, None),
    ("Star Online Report", None, None),
    ("Staff Correspondent, Chattogram", None, "Chattogram"),
    ("Reuters, Dhaka", None, "Dhaka"),
    ("By Daily Satkhira", None, None),  # an outlet, not a person (formats.md §6.16)
    ("By Rafiqul Islam", "Rafiqul Islam", None),
    ("By AFP", None, None), ("By Reuters", None, None), ("By AFP, Dhaka", None, "Dhaka"),  # an agency's credit
    # what the writer is, after the writer's label: no name
    ("লেখক: সাংবাদিক ও কলামিস্ট", None, None), ("লেখক: গবেষক ও বিশ্লেষক", None, None),
    ("লেখক: সাবেক রাষ্ট্রদূত", None, None),
    ("লেখক: অধ্যাপক ড. আনিসুজ্জামান", "অধ্যাপক ড. আনিসুজ্জামান", None),  # a title before a name keeps it
    # credits in a row (News18 Bangla, Hindustan Times Bangla): the reporter's name, not the label's
    ("Reported By: রাজু সাহা | Edited By: রিয়া দাস", "রাজু সাহা", None),
    ("Written By: Rahul Das | Edited By: Riya Das", "Rahul Das", None), ("Authored by: Rahul Das", "Rahul Das", None),
    ("By Rahul Das | Dhaka", "Rahul Das", "Dhaka"), ("By রাকিব হাসান | ঢাকা", "রাকিব হাসান", "ঢাকা"),
    # A paper's office in a city, a bureau chief, and an outlet's name (not a place).
    ("চট্টগ্রাম অফিস", None, "চট্টগ্রাম"),
    ("রাজশাহী ব্যুরো অফিস", None, "রাজশাহী"),
    ("খুলনা ব্যুরো প্রধান", None, "খুলনা"),
    ("নিজস্ব প্রতিবেদক, ঢাকা পোস্ট", None, None),
    ("স্টাফ রিপোর্টার, প্রথম আলো", None, None),
    # A role, then its beat or place in parentheses.
    ("স্টাফ করেসপন্ডেন্ট (স্পোর্টস)", None, None),
    ("নিজস্ব প্রতিবেদক (খুলনা)", None, "খুলনা"),
    # An outlet's correspondent names no place and no person.
    ("প্রথম আলো প্রতিনিধি", None, None),
    ("সমকাল প্রতিনিধি", None, None),
    ("আনন্দবাজার অনলাইন প্রতিনিধি", None, None),
    ("বিবিসি বাংলা", None, None),
    ("ডয়চে ভেলে", None, None),
    # Agencies and correspondents abroad; two offices; `রিপোর্ট:` as a label.
    ("এএফপি, প্যারিস", None, "প্যারিস"),
    ("ডয়চে ভেলে, বন", None, "বন"),  # a place the lexicon does not know, after an agency
    ("আহমেদ দীপু, কাতার থেকে", "আহমেদ দীপু", "কাতার"),
    ("নিজস্ব প্রতিবেদক, ঢাকা ও চট্টগ্রাম", None, "ঢাকা ও চট্টগ্রাম"),
    ("রিপোর্ট: আব্দুল করিম", "আব্দুল করিম", None),
    ("সংবাদদাতা: মোঃ শফিক", "মোঃ শফিক", None),
    ("সাক্ষাৎকার নিয়েছেন: তানজিম আহমেদ", "তানজিম আহমেদ", None),  # an interview's credit
    ("Reported by: Saikat Das", "Saikat Das", None),
    ("By Staff Correspondent", None, None),  # a role after By is no person
    ("রাজশাহী ও নাটোর প্রতিনিধি", None, "রাজশাহী ও নাটোর"),
    ("এম এ রহিম, বগুড়া", "এম এ রহিম", "বগুড়া"),  # initials, not the word এ
    ("আল-আমিন, শরীয়তপুর", "আল-আমিন", "শরীয়তপুর"),  # a one-word name with a hyphen
    ("Our Barishal Correspondent", None, "Barishal"),
    ("Chattogram Bureau", None, "Chattogram"),
    ("Written by Anup Roy", "Anup Roy", None),
    ("শিমুল মাহমুদ, ঢাবি", "শিমুল মাহমুদ", "ঢাবি"),  # a campus correspondent
    ("প্রতিনিধি, ইবি", None, "ইবি"),
    # A place in brackets after a local correspondent's role; a beat is none.
    ("শফিকুল ইসলাম, উপজেলা প্রতিনিধি (শিবগঞ্জ, বগুড়া)", "শফিকুল ইসলাম", "শিবগঞ্জ (বগুড়া)"),
    ("প্রতিনিধি (শিবগঞ্জ)", None, "শিবগঞ্জ"),
    # An upazila and its district before a সংবাদদাতা: a place, no person's name.
    ("সাভার (ঢাকা) সংবাদদাতা", None, "সাভার (ঢাকা)"),
    ("কালীগঞ্জ (গাজীপুর) সংবাদদাতা", None, "কালীগঞ্জ (গাজীপুর)"),
    ("রফিক হাসান সংবাদদাতা", "রফিক হাসান", None),
    # An outlet's edition after a desk is no person.
    ("নিউজ ডেস্ক, এই সময় ডিজিটাল", None, None),
    ("স্টাফ করেসপন্ডেন্ট (স্পোর্টস)", None, None),
    ("আমাদের প্রতিনিধি, কুমিল্লা", None, "কুমিল্লা"),  # "our correspondent": a role, no one's name
    # Two credits joined by ও: roles or agencies; the places they name.
    ("নিজস্ব প্রতিবেদক ও বাসস", None, None),
    ("অনলাইন ডেস্ক ও এএফপি", None, None),
    ("নিজস্ব প্রতিবেদক ও খুলনা প্রতিনিধি", None, "খুলনা"),
    ("রাজশাহী প্রতিনিধি ও খুলনা প্রতিনিধি", None, "রাজশাহী ও খুলনা"),
    # The writer, then a producer's credit (TV9 Bangla).
    ("Rahul Das | Edited By: Sayani Sen", "Rahul Das", None),
    # A role, then the reporter's name: after a colon, or marked as a person's.
    ("বগুড়া প্রতিনিধি: রফিকুল ইসলাম", "রফিকুল ইসলাম", "বগুড়া"),
    ("নিজস্ব প্রতিবেদক: সাইফুল ইসলাম", "সাইফুল ইসলাম", None),
    ("বগুড়া প্রতিনিধি: মো. রফিকুল ইসলাম।", "মো. রফিকুল ইসলাম", "বগুড়া"),
    ("জেলা প্রতিনিধি মো. রফিকুল ইসলাম", "মো. রফিকুল ইসলাম", None),
    ("কুড়িগ্রাম প্রতিনিধি মো. আব্দুল মালেক", "মো. আব্দুল মালেক", "কুড়িগ্রাম"),
    ("স্টাফ রিপোর্টার শাহীন আলম", "শাহীন আলম", None),
    ("রংপুর প্রতিনিধি আবু তাহের", "আবু তাহের", "রংপুর"),  # `আবু` opens a name, `তাহের` closes one
    ("জেলা প্রতিনিধি আবদুল মান্নান", "আবদুল মান্নান", None),
])
def test_split_byline(line, author, place):
    assert is_desk_line(N(line))
    assert split_byline(N(line)) == (author and N(author), place and N(place))


@pytest.mark.parametrize("line", [
    "নিজস্ব প্রতিবেদক: শীত বাড়ছে।",  # the byline run into a one-sentence body
    "নিজস্ব প্রতিবেদক হামলার শিকার",  # a title that opens with a role
    "স্টাফ রিপোর্টার রফিক ইসলাম আহত",
])
def test_a_role_before_words_that_are_no_name(line):
    assert not is_desk_line(N(line))


@pytest.mark.parametrize("raw,desk", [
    ("স্পোর্টস ডেস্ক :-", "স্পোর্টস ডেস্ক"),
    ("কাগজ প্রতিবেদক।।", "কাগজ প্রতিবেদক"),
    ("গণজয় রিপোর্ট ।।", "গণজয় রিপোর্ট"),
    ("নিজস্ব প্রতিবেদক:", "নিজস্ব প্রতিবেদক"),
    ("বাংলাহান্ট ডেস্কঃ", "বাংলাহান্ট ডেস্ক"),
    ("ডেস্ক রিপোর্ট ||", "ডেস্ক রিপোর্ট"),
    ("নিউজ ডেস্ক ॥", "নিউজ ডেস্ক"),
    ("➖ অনলাইন ডেস্ক", "অনলাইন ডেস্ক"),
    ("সংলাপ প্রতিবেদন::", "সংলাপ প্রতিবেদন"),
    ("…….রাকিব হাসান……..", "রাকিব হাসান"),  # ellipses, then a dot
    ("---রাকিব হাসান :", "রাকিব হাসান"),
    ("দশমিনা প্রতিনিধি—-", "দশমিনা প্রতিনিধি"),  # an em dash and a hyphen (barisalbani)
    ("দশমিনা প্রতিনিধি—", "দশমিনা প্রতিনিধি"),
])
def test_terminators(raw, desk):
    assert strip_terminator(N(raw)) == N(desk)


@pytest.mark.parametrize("line", [
    "প্রতিনিধি দল পাঠাচ্ছে ভারত",
    "মন্তব্য প্রতিবেদন",
    "সাংবাদিকদের সঙ্গে কথা বলেন প্রতিবেদক।",
    "ঢাকা",
    "বন্যায় পানিবন্দি লাখো মানুষ, ত্রাণের জন্য হাহাকার",
    # a title that ends on a district (and a place's locative) is no NAME PLACE byline
    "ভারী বৃষ্টি সুনামগঞ্জ", "পাহাড়ি ঢলে বিপর্যস্ত সুনামগঞ্জ", "আব্দুল হামিদ ঢাকা ছাড়লেন", "রাশেদ খান রংপুর সফরে",
    "Bypass road opened",  # `By` is a byline only as a word
    "by-election held",
    "৪০০ পদে নিয়োগ বিজ্ঞপ্তি", "নিয়োগ বিজ্ঞপ্তি",  # a notice's title, not a press release's credit
    # headlines that tell of people in a role: a count, what happened, a verb
    "হামলায় আহত দুই প্রতিবেদক", "সংঘর্ষে আহত তিন আলোকচিত্রী", "বরখাস্ত হলেন দুই সম্পাদক",
    "ঢাকায় আসছেন জাতিসংঘের বিশেষ প্রতিনিধি", "ইসির নতুন প্রতিবেদন",  # a verb; someone's report
])
def test_not_a_desk(line):
    assert not is_desk_line(N(line))


@pytest.mark.parametrize("para,desk,rest", [
    # a credit label, the name and a second colon (or a dash) opening the body
    ("লেখা ও ছবি: রফিক হাসান: ভোরের আলো ফোটার আগেই নৌকা ছাড়ল।", "লেখা ও ছবি: রফিক হাসান", "ভোরের আলো ফোটার আগেই নৌকা ছাড়ল।"),
    ("লেখা: রফিক হাসান - ভোরের আলো ফোটার আগেই নৌকা ছাড়ল।", "লেখা: রফিক হাসান", "ভোরের আলো ফোটার আগেই নৌকা ছাড়ল।"),
    ("স্পোর্টস ডেস্ক: শেষ ওভারে দরকার ছিল ১২ রান।", "স্পোর্টস ডেস্ক", "শেষ ওভারে দরকার ছিল ১২ রান।"),
    ("।।ইন্টারন্যাশনাল ডেস্ক।। জাতিসংঘের অধিবেশন শুরু হয়েছে।", "ইন্টারন্যাশনাল ডেস্ক",
     "জাতিসংঘের অধিবেশন শুরু হয়েছে।"),
    ("নিজস্ব প্রতিনিধি, কলকাতা: ছুটির দিনে ভিড়।", "নিজস্ব প্রতিনিধি, কলকাতা", "ছুটির দিনে ভিড়।"),
    ("রোজদিন ডেস্ক, কলকাতা:- শহরে বৃষ্টি।", "রোজদিন ডেস্ক, কলকাতা", "শহরে বৃষ্টি।"),
    ("➖ সত্যজিৎ বৈদ্য, কলকাতা: শহরে বৃষ্টি।", "সত্যজিৎ বৈদ্য, কলকাতা", "শহরে বৃষ্টি।"),
    ("স্পোর্টস ডেস্কহৃদরোগে আক্রান্ত সাবেক অধিনায়ক।", "স্পোর্টস ডেস্ক", "হৃদরোগে আক্রান্ত সাবেক অধিনায়ক।"),
    ("খাদেমুল আজাদ,টাংগাইল থেকে: জেলায় বন্যা।", "খাদেমুল আজাদ,টাংগাইল থেকে", "জেলায় বন্যা।"),
    ("হাসানুজ্জামান,চাঁদপুর থেকেঃ নদীতে ভাঙন।", "হাসানুজ্জামান,চাঁদপুর থেকে", "নদীতে ভাঙন।"),
    ("নিজস্ব প্রতিবেদক ; শহরে যানজট।", "নিজস্ব প্রতিবেদক", "শহরে যানজট।"),
    # formats.md §2: no punctuation at all between the desk, its date and the body.
    ("ডেস্ক রিপোর্ট, ঢাকা ১৬ অক্টোবর শহরে আজ যানজট।", "ডেস্ক রিপোর্ট, ঢাকা ১৬ অক্টোবর", "শহরে আজ যানজট।"),
    # NAME, PLACE : where the place list does not know the place.
    ("দীপক শেঠ, কলারোয়া : উপজেলায় বন্যা।", "দীপক শেঠ, কলারোয়া", "উপজেলায় বন্যা।"),
    ("আব্দুল করিম, ধুনট (বগুড়া) : উপজেলায় বন্যা।", "আব্দুল করিম, ধুনট (বগুড়া)", "উপজেলায় বন্যা।"),
    # The visarga of `মোঃ` (Md.) is no terminator.
    ("মোঃ রাকিব হোসেন, বোয়ালমারী (ফরিদপুর) প্রতিনিধি: উপজেলায় বন্যা।",
     "মোঃ রাকিব হোসেন, বোয়ালমারী (ফরিদপুর) প্রতিনিধি", "উপজেলায় বন্যা।"),
    ("ডাঃ আনিসুর রহমান, নিজস্ব প্রতিবেদক: উপজেলায় বন্যা।", "ডাঃ আনিসুর রহমান, নিজস্ব প্রতিবেদক",
     "উপজেলায় বন্যা।"),
    # A single danda closes a desk too (formats.md §2), with or without a space.
    ("স্টাফ রিপোর্টার।রাজধানীতে আজ বৃষ্টি হয়েছে।", "স্টাফ রিপোর্টার", "রাজধানীতে আজ বৃষ্টি হয়েছে।"),
    ("রাকিব হাসান, রংপুর। জেলায় বন্যা।", "রাকিব হাসান, রংপুর", "জেলায় বন্যা।"),
    # A person's name alone before a colon: a family name or a title marks it.
    ("মেহেদী হাসান আকন্দ : জেলায় বইমেলা শুরু।", "মেহেদী হাসান আকন্দ", "জেলায় বইমেলা শুরু।"),
    ("ড. আনিসুজ্জামানঃ জেলায় বইমেলা শুরু।", "ড. আনিসুজ্জামান", "জেলায় বইমেলা শুরু।"),
    ("অর্ণব আইচ: খাস কলকাতায় আবাসনে রহস্যমৃত্যু।", "অর্ণব আইচ", "খাস কলকাতায় আবাসনে রহস্যমৃত্যু।"),  # West Bengal
    ("॥ মোঃ ইসমাইল হোসেন, মানিকছড়ি ॥ জেলায় বইমেলা শুরু।", "মোঃ ইসমাইল হোসেন, মানিকছড়ি", "জেলায় বইমেলা শুরু।"),
    # A desk with no mark before the body (somoyshomachar).
    ("সময় সমাচার ডেস্ক আগামী শুক্রবার থেকে সাত বিভাগে বৃষ্টি হতে পারে।", "সময় সমাচার ডেস্ক",
     "আগামী শুক্রবার থেকে সাত বিভাগে বৃষ্টি হতে পারে।"),
    ("নারায়ণগঞ্জ বার্তা ২৪ ( সোনারগাঁ প্রতিনিধি ) : জেলায় বইমেলা শুরু।", "নারায়ণগঞ্জ বার্তা ২৪ ( সোনারগাঁ প্রতিনিধি )",
     "জেলায় বইমেলা শুরু।"),
])
def test_inline_desk(para, desk, rest):
    assert inline_desk(N(para)) == (N(desk), N(rest))


@pytest.mark.parametrize("para", [
    "ঢাকা: সরকারি চাকরিতে প্রবেশের বয়সসীমা নিয়ে আলোচনা শুরু।",
    "তিনি বলেন: আমরা প্রস্তুত।",
    "স্পোর্টস ডেস্কে কাজ করেন তিনি।",
    "ঢাকা, চট্টগ্রাম থেকে: দুই শহরের মধ্যে নতুন ট্রেন।",
    "তিনি বলেন; আমরা প্রস্তুত।",
    "তিনি বলেন, সরকার: আমরা প্রস্তুত।",  # a sentence, not NAME, PLACE
    "আমরা জানি, ঢাকা : শহরে যানজট।",
    "ঢাকা, ১৬ অক্টোবর শহরে আজ যানজট।",  # a place is no desk
    "যশোর প্রতিনিধিকে মারধর করা হয়েছে। পুলিশ জানিয়েছে।",  # a first sentence that names a desk word
    "নিজস্ব প্রতিবেদক আহত। তিনি হাসপাতালে।",
    "প্রধান উপদেষ্টার বার্তা: নির্বাচন হবে ফেব্রুয়ারিতে।",  # no person's name before the colon
    "হেল্প ডেস্ক খোলা হয়েছে বিমানবন্দরে যাত্রীদের জন্য।",  # a service desk opens the sentence
    "নির্বাচন কমিশনের তথ্য ডেস্ক থেকে জানানো হয়েছে ফলাফল।",
    "সংস্কার কমিশন: প্রতিবেদন জমা আগামী মাসে।",
    "বিশ্বকাপ ফুটবল, কাতার: দলগুলো শেষ মুহূর্তের প্রস্তুতি নিচ্ছে।",  # a topic, then where: no NAME, PLACE
    "ইউক্রেন যুদ্ধ, কিয়েভ: রাতভর হামলা চলেছে।",
])
def test_no_inline_desk(para):
    assert inline_desk(N(para)) is None


_TERM_END = re.compile(r"(?:\s*(?:[:ঃ;|।॥\-–]|\.{2,}|…)+)+\s*$")
_TERM_START = re.compile(r"^\s*(?:[।॥|➖\-–]|\.{2,}|…\.*)+\s*")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\n:ঃ;|।॥-–…➖.ডেস্কab,", max_size=14))
def test_strip_terminator_matches_its_regex_definition(text):
    """The terminators, as one regex each (the definition), stripped with
    str methods (the implementation): both must agree on every string."""
    from bnnews.byline import strip_terminator
    assert strip_terminator(text) == _TERM_START.sub("", _TERM_END.sub("", text)).strip()


@pytest.mark.parametrize("text,once", [
    ("সারাদিন ডেস্কসারাদিন ডেস্ক", "সারাদিন ডেস্ক"),
    ("নিজস্ব প্রতিবেদক নিজস্ব প্রতিবেদক", "নিজস্ব প্রতিবেদক"),
    ("নিজস্ব প্রতিবেদক", "নিজস্ব প্রতিবেদক"),
    ("ঢাকা ঢাকা প্রতিনিধি", "ঢাকা ঢাকা প্রতিনিধি"),
    ("জাবি প্রতিনিধি:জাবি প্রতিনিধি", "জাবি প্রতিনিধি"),  # the terminator between the copies
])
def test_a_byline_printed_twice_is_kept_once(text, once):
    from bnnews.byline import undouble
    assert undouble(N(text)) == N(once)


@pytest.mark.parametrize("paragraph,desk", [
    ("…….রাকিব হাসান……..রাজধানীতে আজ বৃষ্টি হয়েছে।", "রাকিব হাসান"),
    ("---মো. রফিকুল ইসলাম : রাজধানীতে আজ বৃষ্টি হয়েছে।", "মো. রফিকুল ইসলাম"),
    ("নিজস্ব প্রতিবেদক - রাজধানীতে আজ বৃষ্টি হয়েছে।", "নিজস্ব প্রতিবেদক"),
    ("স্টাফ রিপোর্টার – রাজধানীতে আজ বৃষ্টি হয়েছে।", "স্টাফ রিপোর্টার"),
])
def test_more_inline_byline_terminators(paragraph, desk):
    """formats.md §2: a name fenced by dots or dashes, a spaced dash."""
    got = inline_desk(N(paragraph))
    assert got is not None and got[0] == N(desk) and got[1].startswith(N("রাজধানীতে"))


@pytest.mark.parametrize("paragraph", [
    "ঢাকা - রাজধানীতে আজ বৃষ্টি হয়েছে।",  # a dateline, not a byline
    "ঢাকা-চট্টগ্রাম মহাসড়কে যানজট তীব্র আকার ধারণ করেছে।",
    "...এবং তারপর সবাই চলে গেল।",
])
def test_not_inline_bylines(paragraph):
    assert inline_desk(N(paragraph)) is None


def test_a_role_then_the_outlet_domain_is_a_byline():
    """barta24: `স্টাফ করেসপন্ডেন্ট বার্তা২৪.কম, ঢাকা`."""
    line = N("স্টাফ করেসপন্ডেন্ট বার্তা২৪.কম, ঢাকা")
    assert is_desk_line(line) and split_byline(line) == (None, N("ঢাকা"))


def test_an_outlet_desk_whose_name_holds_a_label_word():
    """`ঢাকা পোস্ট ডেস্ক` holds পোস্ট, also a published label; it is the desk,
    and the ISO date on the next line the published date."""
    from bnnews import parse
    a = parse(N("টানা অষ্টমবার সেরা ব্র্যান্ডের পুরস্কার জিতল প্রতিষ্ঠানটি\nঢাকা পোস্ট ডেস্ক\n"
                "2025-12-29T17:48:35+06:00\nবাংলাদেশের ব্র্যান্ড প্র্যাকটিশনারদের বৃহত্তম প্রতিষ্ঠান "
                "সম্প্রতি রাজধানীতে এক অনুষ্ঠানে এই পুরস্কার দিয়েছে বলে জানানো হয়েছে।\n"))
    assert a.desk == N("ঢাকা পোস্ট ডেস্ক")
    assert a.published.datetime == "2025-12-29T17:48:35+06:00"


@pytest.mark.parametrize("paragraph,desk,author,place", [
    ("রাজু দাস, খবরইন্ডিয়াঅনলাইন, কলকাতাঃ আগামী দুই দিন বৃষ্টি হবে।", "রাজু দাস, খবরইন্ডিয়াঅনলাইন, কলকাতা",
     "রাজু দাস", "কলকাতা"),  # NAME, OUTLET, PLACE
    ("প্রতিবেদন : আগামী দুই দিন বৃষ্টি হবে।", "প্রতিবেদন", None, None),
])
def test_west_bengal_inline_bylines(paragraph, desk, author, place):
    got = inline_desk(N(paragraph))
    assert got is not None and got[0] == N(desk) and got[1].startswith(N("আগামী"))
    assert split_byline(got[0]) == (author and N(author), place and N(place))


@pytest.mark.parametrize("paragraph,desk", [
    ("মাগুরা প্রতিদিন ডটকম : আগামী দুই দিন বৃষ্টি হবে।", "মাগুরা প্রতিদিন ডটকম"),
    ("নারায়ণগঞ্জ বার্তা ২৪ : আগামী দুই দিন বৃষ্টি হবে।", "নারায়ণগঞ্জ বার্তা ২৪"),
    ("ইউএসএনিউজঅনলাইন.কম : আগামী দুই দিন বৃষ্টি হবে।", "ইউএসএনিউজঅনলাইন.কম"),
])
def test_an_outlet_name_as_the_inline_byline(paragraph, desk):
    """formats.md §2: outlet names used as desks."""
    got = inline_desk(N(paragraph))
    assert got is not None and got[0] == N(desk) and got[1].startswith(N("আগামী"))


@pytest.mark.parametrize("paragraph,desk", [
    ("পুবের কলম, ওয়েবডেস্কঃ আগামী দুই দিন বৃষ্টি হবে।", "পুবের কলম, ওয়েবডেস্ক"),  # Kolkata
    ("পুবের কলম প্রতিবেদক: আগামী দুই দিন বৃষ্টি হবে।", "পুবের কলম প্রতিবেদক"),
    ("দৈনিক আজাদী ডেস্ক: আগামী দুই দিন বৃষ্টি হবে।", "দৈনিক আজাদী ডেস্ক"),  # Chattogram
])
def test_a_regional_outlet_s_desk_names_no_author(paragraph, desk):
    got = inline_desk(N(paragraph))
    assert got is not None and got[0] == N(desk)
    assert split_byline(got[0]) == (None, None)


@pytest.mark.parametrize("paragraph,desk,place", [
    ("এই সময়, শিলিগুড়ি: আগামী দুই দিন বৃষ্টি হবে।", "এই সময়, শিলিগুড়ি", "শিলিগুড়ি"),  # OUTLET, PLACE
    ("আনন্দবাজার, কলকাতা: আগামী দুই দিন বৃষ্টি হবে।", "আনন্দবাজার, কলকাতা", "কলকাতা"),
    # a byline with no place, then the dateline's place before a colon of its own
    ("নিজস্ব সংবাদদাতাঃ শিলিগুড়িঃ আগামী দুই দিন বৃষ্টি হবে।", "নিজস্ব সংবাদদাতা, শিলিগুড়ি", "শিলিগুড়ি"),
    ("স্টাফ রিপোর্টার: রংপুর: আগামী দুই দিন বৃষ্টি হবে।", "স্টাফ রিপোর্টার, রংপুর", "রংপুর"),
])
def test_an_outlet_or_a_desk_then_the_dateline_s_place(paragraph, desk, place):
    got = inline_desk(N(paragraph))
    assert got is not None and got[0] == N(desk) and got[1] == N("আগামী দুই দিন বৃষ্টি হবে।")
    assert split_byline(got[0]) == (None, N(place))


def test_a_name_over_a_title_printed_again_under_the_date_is_the_byline():
    """janakantha's columns: NAME / TITLE / DATE / TITLE. Three words of a
    name with no case ending are the author, not a kicker."""
    body = "একসময় মানুষ প্রিয়জনের চিঠির জন্য দিনের পর দিন অপেক্ষা করত। ডাকপিয়নের ঘণ্টা শুনলেই ছুটে যেত সবাই।"
    head = "রেজাউল করিম খোকন\n\nচিঠি লেখার দিনগুলো\n\nপ্রকাশিত: ০৬:০১, ২৬ অক্টোবর ২০১৫\n\n"
    a = parse(f"{head}চিঠি লেখার দিনগুলো\n\n{body}")
    assert (a.headline, a.kicker, a.desk, a.author) == ("চিঠি লেখার দিনগুলো", None, "রেজাউল করিম খোকন",
                                                        "রেজাউল করিম খোকন")
    # Not printed again: the line over the title stays its kicker.
    a = parse(f"{head}{body}")
    assert a.kicker == "রেজাউল করিম খোকন" and a.desk is None
    # A section's phrase over it is no name (a case ending).
    a = parse(f"{head.replace('রেজাউল করিম খোকন', 'পাঠকের চিঠি')}চিঠি লেখার দিনগুলো\n\n{body}")
    assert a.kicker == "পাঠকের চিঠি" and a.desk is None


@pytest.mark.parametrize("line,desk", [
    ("---    প্রকাশ ঘোষ বিধান", "প্রকাশ ঘোষ বিধান"),  # a dash signs a name the lists do not mark
    ("— সুমন কুমার দাস", "সুমন কুমার দাস"),
    ("— নদী বাঁচাতে উদ্যোগ", None),  # a case ending: a subhead's words, not a name
])
def test_a_dash_before_a_name_under_the_title_signs_it(line, desk):
    body = "একসময় এই নদী দিয়ে নৌকা চলত, হাট বসত নদীর ধারে। এখন সেই নদী মরে গেছে।"
    a = parse(f"নদীর সেকাল ও একাল\n\n{line}\n\n{body}")
    assert a.headline == "নদীর সেকাল ও একাল" and a.desk == desk


@pytest.mark.parametrize("line,author", [
    ("হাসান মাহামুদ || রাইজিংবিডি.কম", "হাসান মাহামুদ"),  # NAME || OUTLET (risingbd)
    ("শাহনেওয়াজ : রাইজিংবিডি ডট কম", "শাহনেওয়াজ"),  # one word, a colon, the outlet spelt with ডট কম
])
def test_a_name_before_the_outlet_after_a_double_bar_or_a_colon(line, author):
    assert is_desk_line(N(line)) and split_byline(N(line)) == (N(author), None)


@pytest.mark.parametrize("line", ["সড়কে যানজটে নাকাল নগরবাসী || প্রথম আলো", "প্রতিবেদক : প্রথম আলো"])
def test_no_name_before_the_outlet(line):
    assert split_byline(N(line))[0] is None or not is_desk_line(N(line))


@pytest.mark.parametrize("credit", ["লেখা ও ছবি: সাদিয়া ইসলাম", "লেখা: শাহেদ হোসেন, ছবি: সুমন দাস",
                                    "ছবি ও লেখা: মিঠু রায়", "সংকলন: আরিফ হাসান"])
def test_a_feature_s_writer_credit_under_the_title_is_its_byline(credit):
    """Not a photo caption, nor the headline; a photographer's credit alone is."""
    body = "পাহাড়ের কোলে ছোট্ট এক গ্রাম। সেখানে এখনো বিদ্যুৎ পৌঁছায়নি, তবু মানুষের মুখে হাসি লেগে থাকে।"
    a = parse(f"পাহাড়ের কোলে এক গ্রাম\n\n{credit}\n\nপ্রকাশ: ২৮ নভেম্বর ২০২৫\n\n{body}")
    assert a.headline == "পাহাড়ের কোলে এক গ্রাম" and a.desk == credit and a.author is not None
    a = parse(f"পাহাড়ের কোলে এক গ্রাম\n\nছবি: সুমন দাস\n\nপ্রকাশ: ২৮ নভেম্বর ২০২৫\n\n{body}")
    assert a.desk is None and [o.kind for o in a.other] == ["caption"]


def test_posted_by_an_account_on_a_date():
    a = parse("ছুটি শেষে আবার ব্যস্ত রাজধানী\nPosted by admin on November 24, 2025\n"
              "রাজধানীর বিভিন্ন এলাকায় আজ ব্যস্ততা ছিল। গাড়ির হর্ন আর কোলাহলে মুখর ছিল চারপাশ।")
    assert (a.desk, a.author, a.published.date) == ("Posted by admin", None, "2025-11-24")


def test_a_kolkata_bureau_under_a_cms_byline_leaves_the_body():
    """ainewshub (The Wall's copies): `By NAME, DATE` over the title, then
    `দ্য় ওয়াল ব্য়ুরো:` (a ya-phala typed with য়) opening the body: the bureau
    leaves the paragraph and marks the page as West Bengal's."""
    a = parse("By subham, 8 December, 2025\n\nখসড়া তালিকা থেকে বাদ গেল বহু নাম\n\n"
              "দ্য\u09bc ওয়াল ব্য\u09bcুরো: বাংলায় এসআইআর পর্বে ফর্মের সংখ্যা বেড়েছে। কমিশন এ তথ্য দিয়েছে।")
    assert a.desk == "By subham" and a.body[0].startswith("বাংলায়") and a.published.tz == "+05:30"


@pytest.mark.parametrize("paragraph,desk", [
    ("নিজস্ব প্রতিবেদক — রাজধানীতে আজ বৃষ্টি হয়েছে।", "নিজস্ব প্রতিবেদক"),
    ("দশমিনা প্রতিনিধি—-পটুয়াখালীর দশমিনায় মেলা হয়েছে।", "দশমিনা প্রতিনিধি"),
])
def test_an_em_dash_closes_an_inline_byline(paragraph, desk):
    got = inline_desk(N(paragraph))
    assert got is not None and got[0] == N(desk)


def test_an_aside_between_em_dashes_is_no_byline():
    assert inline_desk(N("সাকিব আল হাসান—বাংলাদেশের সেরা অলরাউন্ডার—আজ অবসর নিলেন।")) is None


@pytest.mark.parametrize("header,desk,author,place", [
    # NAME, OUTLET the lists do not know, by its last word (newsonline)
    ("সৌভিক সরকার, নিউজ অনলাইন:", "সৌভিক সরকার, নিউজ অনলাইন", "সৌভিক সরকার", None),
    # a desk, its place and the date with spaces before the commas (rctvlive)
    ("নিজস্ব সংবাদদাতা , মানিকচক , ১৮ অক্টোবর : ধৃতদের আদালতে পাঠানো হয়েছে।", "নিজস্ব সংবাদদাতা , মানিকচক",
     None, "মানিকচক"),
])
def test_more_west_bengal_bylines(header, desk, author, place):
    a = parse(f"পিস্তল সহ গ্রেফতার তিন\n{header}\nদুটি পৃথক অভিযানে পিস্তল সহ গ্রেফতার তিনজন। খতিয়ে দেখছে পুলিশ।")
    assert (a.desk, a.author, a.place) == (desk, author, place)


def test_a_year_is_not_an_outlet():
    assert inline_desk(N("২০২৪ : আগামী দুই দিন বৃষ্টি হবে।")) is None


def test_role_colon_name_danda_place():
    """`প্রতিনিধি :NAME। PLACE` on its own line."""
    line = N("প্রতিনিধি :রাকিব হাসান। যশোর")
    assert is_desk_line(line) and split_byline(line) == (N("রাকিব হাসান"), N("যশোর"))


def test_byline_repeated_and_glued_to_the_first_word():
    """banglatribune: the header's byline is printed again, glued to the body."""
    from bnnews import parse
    a = parse(N("নদীভাঙনে বিলীন তিন গ্রাম\nরাকিব হাসান\n২৮ সেপ্টেম্বর ২০২০, ১৮:০৪\n"
                "রাকিব হাসানপদ্মার তীব্র ভাঙনে গত এক সপ্তাহে তিনটি গ্রামের শতাধিক বাড়ি নদীতে বিলীন হয়েছে।\n"))
    assert a.desk == N("রাকিব হাসান") and a.body[0].startswith(N("পদ্মার"))
    b = parse(N("নদীভাঙনে বিলীন তিন গ্রাম\nরাকিব হাসান\n২৮ সেপ্টেম্বর ২০২০, ১৮:০৪\n"
                "রাকিব হাসান বলেন, পদ্মার তীব্র ভাঙনে গত এক সপ্তাহে তিনটি গ্রামের বাড়ি বিলীন হয়েছে।\n"))
    assert b.body[0].startswith(N("রাকিব হাসান বলেন"))  # a name with a space after it is the sentence's


@pytest.mark.parametrize("header,headline,kicker,desk", [
    # A short title and its author's name (columns), in either order.
    (["ইতিকাফের প্রস্তুতি", "মুফতি আমজাদ হোসাইন হেলালী"], "ইতিকাফের প্রস্তুতি", None, "মুফতি আমজাদ হোসাইন হেলালী"),
    (["মুফতি আমজাদ হোসাইন হেলালী", "ইতিকাফের প্রস্তুতি"], "ইতিকাফের প্রস্তুতি", None, "মুফতি আমজাদ হোসাইন হেলালী"),
    (["বিশ্লেষণ", "রাকিব হাসান", "নির্বাচনের আগে নতুন সমীকরণ"], "নির্বাচনের আগে নতুন সমীকরণ", None, "রাকিব হাসান"),
    # The name printed twice in one line (an image's alt text and its caption).
    (["ইতিকাফের প্রস্তুতি", "মুফতি আমজাদ হোসাইন হেলালীমুফতি আমজাদ হোসাইন হেলালী"], "ইতিকাফের প্রস্তুতি", None,
     "মুফতি আমজাদ হোসাইন হেলালী"),
    # A four-word headline that names no person stays the headline.
    (["ঈদযাত্রা", "সড়কে যানজটে নাকাল নগরবাসী"], "সড়কে যানজটে নাকাল নগরবাসী", "ঈদযাত্রা", None),
    # A section's name over a short title of three words, a desk under it: its kicker.
    (["খেলা", "রংপুরের দাপুটে জয়", "স্পোর্টস ডেস্ক"], "রংপুরের দাপুটে জয়", "খেলা", "স্পোর্টস ডেস্ক"),
    # A column: the section over a short title, the author's name under it.
    (["মতামত", "শিক্ষাব্যবস্থার সংকট কোথায়", "সৈয়দ মনজুরুল ইসলাম"], "শিক্ষাব্যবস্থার সংকট কোথায়", "মতামত",
     "সৈয়দ মনজুরুল ইসলাম"),
])
def test_a_person_s_name_beside_a_short_title(header, headline, kicker, desk):
    from bnnews import parse
    a = parse(page(*header, "৩১ মার্চ, ২০২৪ ০১:১৮"))
    assert (a.headline, a.kicker, a.desk) == (headline, kicker, desk)


def test_a_byline_the_lists_do_not_know_before_a_labelled_date():
    # ajkerbangla's print page: site date / logo / TITLE / BYLINE প্রকাশিত: DATE, TIME / TITLE / body
    from bnnews import parse
    a = parse("বুধবার, ফেব্রুয়ারী ৫, ২০২৫\nlogo\n\nভূঞাপুরে ড্রেনের পাশে পুলিশের পোশাক উদ্ধার\n\n"
              "রাহাত শরীফ টাঙ্গাইল ভূয়াপুরে প্রকাশিত:  ১৫ ডিসেম্বর, ২০২৪, ০৬:১২ পিএম\n\n"
              "ভূঞাপুরে ড্রেনের পাশে পুলিশের পোশাক উদ্ধার\n\nবেলা ৩টায় এক ব্যক্তি থানায় ফোন দিয়ে জানান, "
              "ড্রেনের ধারে পুলিশের দুটি পোশাক পড়ে রয়েছে। পরে পুলিশ গিয়ে পোশাক দুটি উদ্ধার করে।\n")
    assert (a.published.datetime, a.author, a.place) == ("2024-12-15T18:12+06:00", "রাহাত শরীফ", "টাঙ্গাইল")
    assert a.headline == "ভূঞাপুরে ড্রেনের পাশে পুলিশের পোশাক উদ্ধার"


@pytest.mark.parametrize("byline,extra", [
    ("সৈয়দ বোরহান কবীর. নির্বাহী পরিচালক, পরিপ্রেক্ষিত", []),
    ("বঙ্গবীর কাদের সিদ্দিকী বীরউত্তম", ["Not defined"]),  # a scraper's placeholder between
])
def test_the_line_between_a_print_title_and_its_repeat_is_the_byline(byline, extra):
    # bd-pratidin's columns: label, date / [kicker] / TITLE / BYLINE / প্রিন্ট ভার্সন / TITLE
    from bnnews import parse
    a = parse("\n".join(["শিরোনাম", "প্রকাশ: ০০:০০, বুধবার, ১৫ মার্চ, ২০২৩ আপডেট:", "", "বাংলাদেশ প্রতিদিন", "",
                         "প্রিন্ট মিডিয়ার অমরত্বের প্রতীক", "", byline, *extra, "প্রিন্ট ভার্সন",
                         "প্রিন্ট মিডিয়ার অমরত্বের প্রতীক", "",
                         "২০২১ সালের এক সকালে সম্পাদকের ফোন এল। তিনি বললেন, তোমাকে নিয়মিত লিখতে হবে।",
                         "সেই থেকে প্রতি শনিবার উপসম্পাদকীয় লিখছি। ছাপা পত্রিকার শক্তি তখনই বুঝেছি।"]))
    assert (a.headline, a.desk) == ("প্রিন্ট মিডিয়ার অমরত্বের প্রতীক", byline)
    assert [o.kind for o in a.other if o.text in extra] == ["crawl"] * len(extra)
    # (a subhead there, longer than a name and designation, stays a subhead)
    b = parse("\n".join(["শিরোনাম", "প্রকাশ: ০০:০০, বুধবার, ২২ মার্চ, ২০২৩", "", "প্রিন্ট মিডিয়ার অমরত্বের প্রতীক", "",
                         "একের পর এক দুর্ঘটনায় উদ্বেগ বাড়ছে নগরবাসীর মধ্যে", "প্রিন্ট ভার্সন",
                         "প্রিন্ট মিডিয়ার অমরত্বের প্রতীক", "", "সেই থেকে প্রতি শনিবার লিখছি। ছাপা পত্রিকার শক্তি বুঝেছি।"]))
    assert b.desk is None
    # (a columnist's name, a full stop, what the writer is: the name is the author)
    assert a.author == byline.split(". ")[0] and a.place is None


def test_a_series_name_set_apart_over_a_longer_title_is_its_kicker():
    # banglatribune: clock / Bangla date / SERIES / (blank) / TITLE / (blank) / BYLINE / DATE
    from bnnews import parse
    body = ("গত ১৫ বছরে বদলে গেছে দেশের উত্তরের এই জেলা। এক সময় পিছিয়ে থাকা এই জনপদের যোগাযোগ ব্যবস্থায় "
            "এসেছে বড় পরিবর্তন।\nস্থানীয়রা বলছেন, এমন উন্নয়নের কথা আগে চিন্তাও করা যেত না।\n")
    a = parse("X\nশনিবার, ০৪ মে ২০২৪\n২০ বৈশাখ ১৪৩১\nবদলে যাওয়া উত্তরের জনপদ\n\n"
              "সড়কে গতি, গ্রামে লেগেছে প্রযুক্তির ছোঁয়া\n\nরাকিব হাসান, ঠাকুরগাঁও থেকে ফিরে\n"
              "১৫ জুলাই ২০২৩, ১৭:০০আপডেট : ১৮ জুলাই ২০২৩, ১৫:৩৮\n\n" + body)
    assert (a.headline, a.kicker, a.author, a.place, a.published.date) == (
        "সড়কে গতি, গ্রামে লেগেছে প্রযুক্তির ছোঁয়া", "বদলে যাওয়া উত্তরের জনপদ", "রাকিব হাসান", "ঠাকুরগাঁও",
        "2023-07-15")
    # right under a short title, a longer line is its subhead (anandabazar)
    b = parse("বইমেলায় রেকর্ড ভিড় এবার\nপ্রথম সপ্তাহেই বিক্রি ছাড়াল গতবারের মোট বিক্রি\nনিজস্ব সংবাদদাতা\n"
              "শেষ আপডেট: ২৪ নভেম্বর ২০২৫ ২১:৫২\n" + body)
    assert b.headline == "বইমেলায় রেকর্ড ভিড় এবার"


def test_a_name_and_a_district_set_apart_by_spaces_is_a_byline():
    # sokalerbani: `NAME   PLACE`, under the title and over the date
    from bnnews import parse
    a = parse("গাইবান্ধায় নদীভাঙনে বিলীন শতাধিক ঘর\nশাহাদত হোসেন মিশুক   গাইবান্ধা\n০৪ মার্চ ২০২৪\n"
              "গাইবান্ধার সুন্দরগঞ্জে তিস্তার ভাঙনে শতাধিক ঘরবাড়ি নদীতে বিলীন হয়েছে। উপজেলা নির্বাহী কর্মকর্তা "
              "এলাকা পরিদর্শন করেন।\nক্ষতিগ্রস্ত পরিবারগুলো খোলা আকাশের নিচে দিন কাটাচ্ছে।\n")
    assert (a.headline, a.author, a.place, a.published.date) == (
        "গাইবান্ধায় নদীভাঙনে বিলীন শতাধিক ঘর", "শাহাদত হোসেন মিশুক", "গাইবান্ধা", "2024-03-04")
    assert not is_desk_line("সাংবাদিক হত্যার বিচার রংপুর")  # no person's name before the place


@pytest.mark.parametrize("name", ["আহসান কবীর", "মাহফুজ আনাম", "সুমিত্রা বড়ুয়া", "শর্মিষ্ঠা সেনগুপ্ত"])
def test_a_column_s_author_over_its_title_on_a_page_with_no_date(name):
    # (the name is known by its family name: a longer list than before)
    from bnnews import parse
    a = parse(f"{name}\nনিউজ পোর্টালের প্রাসঙ্গিকতা\n\nসংবাদমাধ্যম জগতে এখন অনলাইন নিউজ পোর্টালের বাড়বাড়ন্ত। "
              "রাতারাতি পোর্টাল গজিয়ে ওঠার এটি একটি কারণ।\nশত শত পোর্টাল টিকে থাকবে না বলে মনে করেন অনেকে।\n")
    assert (a.headline, a.desk, a.kicker) == ("নিউজ পোর্টালের প্রাসঙ্গিকতা", name, None)


def test_an_outlet_name_under_the_headline_is_its_credit():
    from bnnews import parse
    a = parse(page("সড়কে যানজটে নাকাল নগরবাসী", "বিডিনিউজ টোয়েন্টিফোর ডটকম", "২৭ এপ্রিল, ২০২৪ ২১:০৭"))
    assert (a.headline, a.desk, a.author, a.place, a.kicker) == (
        N("সড়কে যানজটে নাকাল নগরবাসী"), N("বিডিনিউজ টোয়েন্টিফোর ডটকম"), None, None, None)


@pytest.mark.parametrize("tag,headline,kicker", [
    # West Bengal outlets print a subhead under the headline: a short title of
    # two or three words first is the headline there (the English topic tag
    # over it is its kicker, the subhead a `summary`) ...
    ("Kolkata News", "বইমেলায় রেকর্ড ভিড়", "Kolkata News"),
    # ... but a section's name alone over the title is still the kicker.
    ("রাজ্য", "প্রথম সপ্তাহেই বিক্রি ছাড়াল গতবারের মোট বিক্রিকে", "রাজ্য"),
])
def test_a_short_west_bengal_headline_over_its_subhead(tag, headline, kicker):
    from bnnews import parse
    lines = [tag, "বইমেলায় রেকর্ড ভিড়", "প্রথম সপ্তাহেই বিক্রি ছাড়াল গতবারের মোট বিক্রিকে"]
    if tag == "রাজ্য":
        lines = [tag, "প্রথম সপ্তাহেই বিক্রি ছাড়াল গতবারের মোট বিক্রিকে"]
    a = parse(page(*lines, "আনন্দবাজার অনলাইন সংবাদদাতা", "শেষ আপডেট: ০৮ মে ২০২৪ ০৯:৫৯"))
    assert (a.headline, a.kicker) == (N(headline), N(kicker))
    if tag != "রাজ্য":
        assert [o.text for o in a.other if o.kind == "summary"] == [N(lines[2])]


@pytest.mark.parametrize("header,headline,desk", [
    # AUTHOR / DATE / TITLE (janakantha): a person's name over the date, the
    # title after it, however short.
    (["মুফতি আমজাদ হোসাইন হেলালী", "প্রকাশিত: ২১:০২, ২৯ মার্চ ২০২৪", "ইতিকাফের প্রস্তুতি"],
     "ইতিকাফের প্রস্তুতি", "মুফতি আমজাদ হোসাইন হেলালী"),
    # A headline that opens with a name is no byline.
    (["শেখ হাসিনার বিরুদ্ধে মামলা", "প্রকাশিত: ২১:০২, ২৯ মার্চ ২০২৪", "আদালতে শুনানি আজ"],
     "শেখ হাসিনার বিরুদ্ধে মামলা", None),
])
def test_a_name_over_the_date_and_the_title_after_it(header, headline, desk):
    from bnnews import parse
    a = parse(page(*header))
    assert (a.headline, a.desk) == (N(headline), N(desk) if desk else None)


@pytest.mark.parametrize("header,desk,author", [
    # A subhead between the headline and the desk is no author (anandabazar:
    # HEADLINE / SUBHEAD / `আনন্দবাজার অনলাইন সংবাদদাতা`, formats.md §1b).
    (["শহরে মেট্রোর নতুন লাইনে যাত্রী বাড়ল দ্বিগুণ", "প্রথম সপ্তাহেই রেকর্ড ভিড়", "আনন্দবাজার অনলাইন সংবাদদাতা"],
     "আনন্দবাজার অনলাইন সংবাদদাতা", None),
    # A name on its own line over the role is (formats.md §2).
    (["সড়কে যানজটে নাকাল নগরবাসী", "মোঃ শিমুল হোসেন", "জয়পুরহাট প্রতিনিধি:"],
     "মোঃ শিমুল হোসেন, জয়পুরহাট প্রতিনিধি", "মোঃ শিমুল হোসেন"),
    (["সড়কে যানজটে নাকাল নগরবাসী", "তারিক চয়ন", "স্টাফ রিপোর্টার"], "তারিক চয়ন, স্টাফ রিপোর্টার", "তারিক চয়ন"),
    # TITLE / DATE / NAME: the name under the date (banglanews24 columns).
    (["মানুষখেকোর দ্বীপ | পর্ব-১৮", "০৯৪১ ঘণ্টা, মার্চ ১৫, ২০২৪", "আলম শাইন"], "আলম শাইন", "আলম শাইন"),
])
def test_a_name_over_the_desk_but_not_a_subhead(header, desk, author):
    from bnnews import parse
    a = parse(page(*header))
    assert (a.desk, a.author) == (desk, author)


@pytest.mark.parametrize("line,desk", [
    # Between the headline and the date line, three words with no case
    # ending are the author's name, even with no honorific or family name ...
    ("মিরাজ মাহবুব ইফতি", "মিরাজ মাহবুব ইফতি"),
    # ... but three words of a phrase (case endings) are not.
    ("শীতের আগমনী বার্তা", None),
    ("বাজারে ক্রেতাদের ভিড়", None),
])
def test_an_unmarked_three_word_name_over_the_date(line, desk):
    from bnnews import parse
    a = parse(page("শহরে নতুন সেতুর উদ্বোধন আজ", line, "প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম"))
    assert a.desk == (N(desk) if desk else None)


@pytest.mark.parametrize("name,desk", [
    # A dump that lost its title (ajkerpatrika): the writer's name alone over
    # the body is the byline, marked by a last name common in Bangladesh ...
    ("তারিক আল আজিজ", "তারিক আল আজিজ"), ("নাজমুল হাসান সাজ্জাদ", "নাজমুল হাসান সাজ্জাদ"),
    ("রিপন দেবনাথ", "রিপন দেবনাথ"),
    # ... not a title whose last word is also a noun
    ("বাড়ছে নদীর সাগর", None),
])
def test_a_writers_name_alone_over_the_body_is_the_byline(name, desk):
    from bnnews import parse
    a = parse(name + "\nএকটা ব্যবসা দাঁড় করানোর কত ঝক্কি! পছন্দমতো জায়গা নেওয়া, অগ্রিম টাকা দেওয়া, "
              "জায়গাটা সাজানো—নানা কিছু। এফ কমার্স এসে এই পথচলা সহজ করেছে।\n"
              "বাংলাদেশে অনলাইনভিত্তিক ব্যবসার যত ধরন আছে, তার মধ্যে এফ কমার্সে মানুষের সম্পৃক্ততা বেশি।")
    assert (a.desk, a.author) == (desk, desk)
    assert a.headline == (None if desk else name)


@pytest.mark.parametrize("line,desk,author,published", [
    # The desk and the date on one line, however they are set apart.
    ("নিজস্ব প্রতিবেদক, ২৭ এপ্রিল, ২০২৪ ২১:০৭", "নিজস্ব প্রতিবেদক", None, "2024-04-27T21:07+06:00"),
    ("আলম শাইন | ০৯৪১ ঘণ্টা, মার্চ ১৫, ২০২৪", "আলম শাইন", "আলম শাইন", "2024-03-15T09:41+06:00"),
    ("খোরশেদ আলম সাগর, ডিস্ট্রিক্ট করেসপন্ডেন্ট ১৭২৮ ঘণ্টা, মার্চ ১, ২০২৪",
     "খোরশেদ আলম সাগর, ডিস্ট্রিক্ট করেসপন্ডেন্ট", "খোরশেদ আলম সাগর", "2024-03-01T17:28+06:00"),
    # A title before a date is no byline (`টিভিতে আজকের খেলা - DATE`).
    ("টিভিতে আজকের খেলা - ২৭ এপ্রিল, ২০২৪", None, None, None),
])
def test_desk_and_date_on_one_line(line, desk, author, published):
    from bnnews import parse
    a = parse(page("সড়কে যানজটে নাকাল নগরবাসী", line))
    assert (a.desk, a.author, a.published and (a.published.datetime or a.published.date)) == \
        (desk, author, published)


@pytest.mark.parametrize("line, author, place", [
    ("নিজস্ব প্রতিবেদক, জয়পুুরহাট", None, "জয়পুরহাট"),
    ("জয়পুুরহাট প্রতিনিধি", None, "জয়পুরহাট"),
    ("মোঃ রফিকুল ইসলাম, জয়পুুরহাট", "মোঃ রফিকুল ইসলাম", "জয়পুরহাট"),
])
def test_a_vowel_sign_typed_twice_in_the_byline(line, author, place):
    # formats.md §6.14: `জয়পুুরহাট`; the place is known once the sign is single.
    a = parse(page("শহরে নতুন সেতুর উদ্বোধন আজ", line, "প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম"))
    assert (a.author, a.place) == (author, place)
    assert a.desk == line.replace("ুু", "ু")


@pytest.mark.parametrize("line, author, place", [
    ("রফিক হাসান ও শামীম আহমেদ", "রফিক হাসান ও শামীম আহমেদ", None),
    ("মোঃ রফিকুল ইসলাম ও আব্দুল করিম", "মোঃ রফিকুল ইসলাম ও আব্দুল করিম", None),
    ("রফিক হাসান ও শামীম আহমেদ, রংপুর", "রফিক হাসান ও শামীম আহমেদ", "রংপুর"),
    ("Naznin Akhter, Shahadat Hossain", "Naznin Akhter, Shahadat Hossain", None),
    ("Rafiq Hasan, Shamim Ahmed and Nazmul Islam", "Rafiq Hasan, Shamim Ahmed and Nazmul Islam", None),
    ("By Rafiq Hasan and Shamim Ahmed", "Rafiq Hasan and Shamim Ahmed", None),
    # Joined by commas alone: each name marked as a person's by its family name.
    ("রাকিব হাসান, তানভীর আহমেদ", "রাকিব হাসান, তানভীর আহমেদ", None),
    # a given name that is also a city's (Riyadh)
    ("রিয়াদ হোসেন ও তানভীর আহমেদ", "রিয়াদ হোসেন ও তানভীর আহমেদ", None),
])
def test_several_names_in_one_byline(line, author, place):
    a = parse(page("সারের দাম কেজিতে পাঁচ টাকা বাড়ল", line, "প্রকাশ: ১০ নভেম্বর ২০২৪, ০৯:৫২"))
    assert (a.author, a.place) == (author, place)
    assert a.kicker is None


@pytest.mark.parametrize("line", [
    "ইনকিলাব মঞ্চের সর্বাত্মক অবরোধ, নতুন চার দাবি",  # a title with a comma
    "শিক্ষার্থীদের বিক্ষোভ ও সড়ক অবরোধ অব্যাহত",
    "মিরাজ মাহবুব ইফতি, স্টাফ করেসপন্ডেন্ট",  # a name and its role: one author
    "নতুন কমিটি, পুরোনো নেতা",  # commas alone, and no name marked as a person's
])
def test_not_several_names(line):
    from bnnews.byline import several_names
    assert not several_names(line)


@pytest.mark.parametrize("opening, place, date", [
    ("কলকাতা, 18 সেপ্টেম্বর : ", "কলকাতা", None),  # formats.md §2: PLACE, DATE:
    ("ঢাকা, ১৬ অক্টোবর, ২০২৪ (বাসস) : ", "ঢাকা", "2024-10-16"),
    ("সিরাজগঞ্জ (বাসস), ১৬ অক্টোবর ২০২৪ : ", "সিরাজগঞ্জ", "2024-10-16"),  # the agency before the date
    ("শ্রীমঙ্গল (মৌলভীবাজার), ১৬ অক্টোবর ২০২৪ : ", "শ্রীমঙ্গল (মৌলভীবাজার)", "2024-10-16"),  # upazila (district)
])
def test_an_opening_dateline_names_the_place(opening, place, date):
    a = parse("সড়ক দুর্ঘটনায় নিহত ৩\n" + opening + "যাত্রাবাড়ীতে সড়ক দুর্ঘটনায় তিনজন নিহত হয়েছেন।")
    assert (a.place, a.published.date) == (place, date)
    assert a.body[0].startswith(opening.strip())  # the paragraph keeps its dateline


@pytest.mark.parametrize("opening, desk, place, date", [
    # grsnewsindia: the dateline a sentence of its own, closed by a danda
    ("কলকাতা, ১২ এপ্রিল, ২০২৪। ", None, "কলকাতা", "2024-04-12"),
    ("গোপাল দেবনাথ : কলকাতা, ১২ এপ্রিল, ২০২৪। ", "গোপাল দেবনাথ", "কলকাতা", "2024-04-12"),
    ("নিজস্ব সংবাদদাতা: শিলিগুড়ি, ১২ এপ্রিল ২০২৪। ", "নিজস্ব সংবাদদাতা", "শিলিগুড়ি", "2024-04-12"),
    # no dateline: a sentence that is no place and date, or not only them
    ("ঢাকা, রাজশাহীসহ দেশের নানা জায়গায় বৃষ্টি। ", None, None, None),
    ("এবারের বাজেট, ১২ এপ্রিল ২০২৪। ", None, None, None),
    ("কলকাতা, ১২ এপ্রিল ২০২৪ থেকে মেলা শুরু। ", None, None, None),
])
def test_a_dateline_closed_by_a_danda_names_the_place_and_the_date(opening, desk, place, date):
    a = parse("নববর্ষে বাঙালির পাতে ফিরছে পুরনো স্বাদ\n\n" + opening
              + "রবিবার বাংলা ও বাঙালির নববর্ষ। শহরের একাধিক হোটেল এবার বিশেষ মেনু সাজিয়েছে।")
    assert (a.desk, a.place) == (desk, place)
    assert (a.published.date if a.published else None) == date


@pytest.mark.parametrize("opening, place, raw", [
    # Ganashakti: the inline byline, then the dateline closed by an em dash
    ("নিজস্ব প্রতিনিধি: কলকাতা, ২৪ নভেম্বর— ", "কলকাতা", "২৪ নভেম্বর"),
    ("শিলিগুড়ি, ২৪ নভেম্বর— ", "শিলিগুড়ি", "২৪ নভেম্বর"),
    ("নিজস্ব প্রতিনিধি: আমাদের দাবি— ", None, None),  # no date, no known place: no dateline
])
def test_a_dateline_closed_by_an_em_dash_names_the_place(opening, place, raw):
    a = parse("রাজ্যে শীতের আমেজ, পারদ নামল আরও\n" + opening + "রাজ্যে জাঁকিয়ে শীত পড়তে শুরু করেছে। পারদ নামছে।")
    assert a.place == place
    # the day as printed, with no year made up for it
    assert (a.published.raw, a.published.date) == (raw, None) if raw else a.published is None


def test_an_outlet_whose_name_ends_in_a_label_word_is_no_date_line():
    # `পোস্ট` is also a date label (`পোস্ট: DATE`); `ঢাকা পোস্ট` is an outlet.
    a = parse(page("শহরে নতুন সেতুর উদ্বোধন আজ", "আন্তর্জাতিক ডেস্ক, ঢাকা পোস্ট",
                   "প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম"))
    assert (a.desk, a.place) == ("আন্তর্জাতিক ডেস্ক, ঢাকা পোস্ট", None)
    assert a.published.datetime == "2025-11-24T21:52+06:00"


def test_a_date_closing_the_byline_is_the_pages_date_not_the_desks():
    # formats.md §2: `ডেস্ক রিপোর্ট, ঢাকা ১৬ অক্টোবর BODY`, no punctuation at all
    a = parse("সড়ক দুর্ঘটনায় নিহত ৩\n"
              "ডেস্ক রিপোর্ট, ঢাকা ১৬ অক্টোবর যাত্রাবাড়ীতে সড়ক দুর্ঘটনায় তিনজন নিহত হয়েছেন।")
    assert (a.desk, a.place, a.published.raw, a.published.date) == ("ডেস্ক রিপোর্ট, ঢাকা", "ঢাকা", "১৬ অক্টোবর", None)
    assert a.warnings == ("date_no_year",)
    a = parse("সড়ক দুর্ঘটনায় নিহত ৩\nনিজস্ব প্রতিবেদক, রংপুর ১৬ অক্টোবর ২০২৪\n"
              "যাত্রাবাড়ীতে সড়ক দুর্ঘটনায় তিনজন নিহত হয়েছেন।")
    assert (a.desk, a.place, a.published.date) == ("নিজস্ব প্রতিবেদক, রংপুর", "রংপুর", "2024-10-16")


@pytest.mark.parametrize("opening, place", [
    ("ঢাকা: ", "ঢাকা"),  # banglanews24: `PLACE: ` opens the body (formats.md §1a)
    ("লালমনিরহাট: ", "লালমনিরহাট"),
    ("সিলেট :: ", "সিলেট"), ("কলকাতা:- ", "কলকাতা"),  # doubled and dashed colons (formats.md §3, §1b)
    ("বিশ্বকাপ: ", None),  # not a place
])
def test_a_place_alone_opening_the_body_names_the_place(opening, place):
    a = parse("সড়ক দুর্ঘটনায় নিহত ৩\nডিস্ট্রিক্ট করেসপন্ডেন্ট\n২৪ নভেম্বর ২০২৫\n"
              + opening + "যাত্রাবাড়ীতে সড়ক দুর্ঘটনায় তিনজন নিহত হয়েছেন।")
    assert a.place == place
    assert a.body[0].startswith(opening.strip())
    # A place in the byline wins.
    a = parse("সড়ক দুর্ঘটনায় নিহত ৩\nনিজস্ব প্রতিবেদক, রংপুর\n২৪ নভেম্বর ২০২৫\n"
              + opening + "যাত্রাবাড়ীতে সড়ক দুর্ঘটনায় তিনজন নিহত হয়েছেন।")
    assert a.place == "রংপুর"


def test_an_english_credit_under_a_headline_with_an_english_kicker():
    from bnnews import parse
    a = parse(page("Kolkata Metro: নতুন রুটে পরিষেবা শুরু, যাত্রীদের ভিড়", "Reported by: Saikat Das",
                   "Last Updated: November 28, 2025, 10:42 IST"))
    assert (a.kicker, a.headline, a.author) == ("Kolkata Metro", N("নতুন রুটে পরিষেবা শুরু, যাত্রীদের ভিড়"), "Saikat Das")


def test_an_agency_named_with_its_word_is_a_desk_line():
    assert is_desk_line(N("বার্তা সংস্থা রয়টার্স")) and not is_desk_line(N("বার্তা সংস্থা বলেছে"))


def test_a_fenced_name_on_its_own_line_is_the_byline():
    # formats.md §2: `---NAME :` and `…….NAME……..`, under the headline.
    for line in ("---রাকিব হাসান :", "…….রাকিব হাসান…….."):
        a = parse(page("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী", line, "প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম"))
        assert (a.desk, a.author) == (N("রাকিব হাসান"), N("রাকিব হাসান"))


@pytest.mark.parametrize("line,person", [
    ("শাহ মোহাম্মদ তানভীর", True),  # শাহ opens a name
    ("শাহবাগ থানা পুলিশ", False),  # ... but not a place that starts like it
])
def test_shah_opens_a_name(line, person):
    from bnnews.byline import looks_like_person
    assert looks_like_person(N(line)) is person


@pytest.mark.parametrize("top,headline,kicker", [
    # A short title over a line of thirteen words or more: title and subhead ...
    (["পদ্মায় বড় ইলিশ", "মাছটির ওজন আড়াই কেজি, স্থানীয় বাজারে বিক্রি হয়েছে সাত হাজার টাকায় এবং ক্রেতারা বলছেন "
      "এমন ইলিশ বহু বছর দেখেননি"], "পদ্মায় বড় ইলিশ", None),
    # ... over a headline's length: kicker and headline.
    (["সংসদ নির্বাচন", "ফেব্রুয়ারির প্রথম সপ্তাহে ভোট, তফসিল ঘোষণা ডিসেম্বরে: ইসি"],
     "ফেব্রুয়ারির প্রথম সপ্তাহে ভোট, তফসিল ঘোষণা ডিসেম্বরে: ইসি", "সংসদ নির্বাচন"),
])
def test_a_short_title_over_a_long_subhead(top, headline, kicker):
    a = parse(page(*top, "নিজস্ব প্রতিবেদক", "প্রকাশ: ২৪ নভেম্বর ২০২৫, ১০:১২"))
    assert (a.headline, a.kicker) == (N(headline), N(kicker) if kicker else None)


@pytest.mark.parametrize("line,desk,author", [
    ("• নিজস্ব প্রতিবেদক", "নিজস্ব প্রতিবেদক", None),  # a bullet before the byline
    ("✍️ রাকিব হাসান, রংপুর", "রাকিব হাসান, রংপুর", "রাকিব হাসান"),  # a pictograph
])
def test_marks_before_a_byline_are_no_part_of_it(line, desk, author):
    a = parse(page("শহরে নতুন সেতুর উদ্বোধন আজ", line, "প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম"))
    assert (a.desk, a.author) == (N(desk), N(author) if author else None)



@pytest.mark.parametrize("line,desk", [
    ("[নিজস্ব প্রতিবেদক]", "নিজস্ব প্রতিবেদক"),  # a byline in brackets
    ("(অনলাইন ডেস্ক)", "অনলাইন ডেস্ক"),
])
def test_a_byline_in_brackets(line, desk):
    a = parse(page("শহরে নতুন সেতুর উদ্বোধন আজ", line, "প্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২ পিএম"))
    assert (a.desk, a.author) == (N(desk), None)


@pytest.mark.parametrize("under", [["নিজস্ব প্রতিবেদক", "প্রকাশ: ২৮ নভেম্বর ২০২৫, ১০:১৫"],
                                   ["প্রকাশ: ২৮ নভেম্বর ২০২৫, ১০:১৫"]])
def test_a_headline_wrapped_in_two_is_one(under):
    # `জন্য` opens no line of its own, and no name: the headline goes on.
    a = parse(page("বন্যায় ভেসে গেছে শত শত ঘরবাড়ি, পানিবন্দি লাখো মানুষ; ত্রাণের", "জন্য হাহাকার", *under))
    assert a.headline == normalize("বন্যায় ভেসে গেছে শত শত ঘরবাড়ি, পানিবন্দি লাখো মানুষ; ত্রাণের জন্য হাহাকার")
    assert a.author is None and a.other == ()
    assert a.blocks[0] == Block("headline", 1, 2)


@pytest.mark.parametrize("section,name", [("মতামত", "ড. আবুল বারকাত"), ("উপসম্পাদকীয়", "আবুল বারকাত"),
                                          ("মতামত", "আবুল হাসান চৌধুরী")])
def test_a_column_title_over_its_section_and_author(section, name):
    # TITLE / section / AUTHOR / DATE: the name is the byline, never the headline.
    a = parse(page("বন্যায় ভেসে গেছে শত শত ঘরবাড়ি", section, name, "প্রকাশ: ২৮ নভেম্বর ২০২৫, ১০:১৫"))
    assert (a.headline, a.author) == (normalize("বন্যায় ভেসে গেছে শত শত ঘরবাড়ি"), normalize(name))
    assert [(o.kind, o.text) for o in a.other] == [("menu", normalize(section))]


def test_an_english_column_title_over_its_section_and_author():
    a = parse("\n".join(["Jatiya Party's two factions want to grab Awami League's votes", "Analysis",
                         "Anowar Hossain", "2025-12-29 13:08:14",
                         "The Jatiya Party has split into two factions, and both want the Awami League's votes."]))
    assert (a.author, a.published.datetime) == ("Anowar Hossain", "2025-12-29T13:08:14+06:00")
    assert [(o.kind, o.text) for o in a.other] == [("menu", "Analysis")]


def test_a_producer_credit_beside_the_desk_is_a_signature():
    a = parse("\n".join(["শহরে শীতের দাপট, পারদ নামল ১২ ডিগ্রিতে", "সংবাদ প্রতিদিন ডিজিটাল ডেস্ক",
                         "Published by: Suparna Majumder", "Posted: January 30, 2025 10:15 am",
                         "শহরে শীতের দাপট অব্যাহত। বৃহস্পতিবার সর্বনিম্ন তাপমাত্রা ছিল ১২ ডিগ্রি সেলসিয়াস।"]))
    assert a.desk == normalize("সংবাদ প্রতিদিন ডিজিটাল ডেস্ক") and a.author is None
    assert [(o.kind, o.text) for o in a.other] == [("signature", "Published by: Suparna Majumder")]


def test_a_producer_credit_on_the_date_line_under_the_desk_is_no_byline():
    # News18 Bangla: `Published By: NAME | Last Updated: …` under the reporter's desk
    a = parse("\n".join(["কলকাতায় নতুন উড়ালপুল চালু", "নিজস্ব প্রতিবেদক",
                         "Published By: Sayani Sen | Last Updated: July 21, 2023, 12:59 IST",
                         "শহরে নতুন উড়ালপুল চালু হল। এতে যানজট কমবে বলে আশা করা হচ্ছে।"]))
    assert (a.desk, a.author, a.updated.datetime) == ("নিজস্ব প্রতিবেদক", None, "2023-07-21T12:59+05:30")
    # alone, the credit still names who put the page up
    a = parse("\n".join(["কলকাতায় নতুন উড়ালপুল চালু", "Published By: Sayani Sen | Last Updated: July 21, 2023, 12:59 IST",
                         "শহরে নতুন উড়ালপুল চালু হল। এতে যানজট কমবে বলে আশা করা হচ্ছে।"]))
    assert a.author == "Sayani Sen"


def test_an_english_name_under_a_subhead_over_the_date():
    a = parse("\n".join(["Fuel prices go up by Tk 5 a litre", "The hike will take effect from Saturday",
                         "Reaz Ahmad", "Published: 28 Nov 2025, 10:12 AM",
                         "The government has decided to raise the price of fuel oil by Tk 5 per litre, officials said."]))
    assert (a.author, a.published.datetime) == ("Reaz Ahmad", "2025-11-28T10:12+06:00")


@pytest.mark.parametrize("line,author,place", [
    ("By Reaz Ahmad, Dhaka", "Reaz Ahmad", "Dhaka"),  # `By` is no part of the name
    ("লিখেছেন আনিসুল হক, ঢাকা", "আনিসুল হক", "ঢাকা"),
])
def test_by_before_a_name_and_place(line, author, place):
    assert split_byline(N(line)) == (N(author), N(place))


@pytest.mark.parametrize("label", ["ব্রেকিং নিউজ", "লাইভ আপডেট", "পাঠকের অনুভূতি"])
def test_a_news_label_over_the_desk_is_no_name(label):
    a = parse(page("বন্যায় ভেসে গেছে শত শত ঘরবাড়ি", label, "নিজস্ব প্রতিবেদক", "প্রকাশ: ২৮ নভেম্বর ২০২৫, ১০:১৫"))
    assert (a.desk, a.author) == (normalize("নিজস্ব প্রতিবেদক"), None)


def test_a_name_that_ends_like_a_genitive_over_the_desk_is_still_one():
    a = parse(page("বন্যায় ভেসে গেছে শত শত ঘরবাড়ি", "আব্দুল কাদের", "নিজস্ব প্রতিবেদক", "প্রকাশ: ২৮ নভেম্বর ২০২৫"))
    assert a.author == normalize("আব্দুল কাদের")


@pytest.mark.parametrize("line,desk,place,published", [
    # New Age: the credit, a dot set apart, the place, then the date after a bar.
    ("Own Correspondent . Rajshahi | Published: 00:17, Nov 29,2025", "Own Correspondent . Rajshahi", "Rajshahi",
     "2025-11-29T00:17+06:00"),
    ("United News of Bangladesh . Dhaka | Published: 00:17, Nov 29,2025", "United News of Bangladesh . Dhaka",
     "Dhaka", "2025-11-29T00:17+06:00"),
])
def test_a_credit_and_its_place_set_apart_by_a_dot(line, desk, place, published):
    from bnnews import parse
    a = parse("Diesel price raised by Tk 5\n" + line + "\nThe government has decided to raise the price of diesel "
              "by Tk 5 per litre from Saturday, officials said.\n")
    assert (a.desk, a.place, a.published.datetime) == (desk, place, published)


@pytest.mark.parametrize("line,author,place", [
    # anandabazar's print pages: the credit and its place set apart by a middle dot
    ("নিজস্ব সংবাদদাতা • কোচবিহার", None, "কোচবিহার"),
    ("সংবাদ সংস্থা • নয়াদিল্লি", None, "নয়াদিল্লি"),
    ("রাজীব দাস • কলকাতা", "রাজীব দাস", "কলকাতা"),
])
def test_a_credit_and_its_place_set_apart_by_a_middle_dot(line, author, place):
    from bnnews import parse
    a = parse(page("সীমান্ত চুক্তি বাস্তবায়নের দাবি বাড়ছে", line, "শেষ আপডেট: ০১ নভেম্বর ২০১৪ ০২:২৭"))
    assert (a.desk, a.author, a.place) == (line, author, place)


def test_a_dot_set_apart_before_no_place_makes_no_byline():
    from bnnews.byline import split_byline
    assert split_byline("Mr . Rahman is here") == ("Mr . Rahman is here", None)


@pytest.mark.parametrize("line,author,place", [
    # An English credit set in capitals reads as the same credit in its case.
    ("FE REPORT", None, None), ("STAFF CORRESPONDENT", None, None), ("BSS, DHAKA", None, "Dhaka"),
    ("AFP, WASHINGTON", None, "Washington"), ("BY NAZMUL AHASAN", "Nazmul Ahasan", None),
])
def test_an_english_credit_in_capitals(line, author, place):
    from bnnews.byline import is_desk_line, split_byline
    assert is_desk_line(line) and split_byline(line) == (author, place)


@pytest.mark.parametrize("line", ["BREAKING NEWS", "NATIONAL", "ADVERTISEMENT", "NAZMUL AHASAN"])
def test_capitals_alone_make_no_credit(line):
    from bnnews.byline import is_desk_line
    assert not is_desk_line(line)


@pytest.mark.parametrize("lines,desk,author", [
    # An English name before a labelled date on one line, or over its role.
    (["Reaz Ahmad | Published: 28 Nov 2025, 05:38 PM"], "Reaz Ahmad", "Reaz Ahmad"),
    (["Reaz Ahmad", "Senior Correspondent", "Published: 28 Nov 2025, 05:38 PM"],
     "Reaz Ahmad, Senior Correspondent", "Reaz Ahmad"),
    # An institution is no author; a topic over an agency is no name.
    (["Bangladesh Bank | Published: 28 Nov 2025, 05:38 PM"], "Bangladesh Bank", None),
    (["Ashes Test", "AFP", "Published: 28 Nov 2025, 05:38 PM"], "AFP", None),
])
def test_english_names_beside_the_date_and_over_the_role(lines, desk, author):
    from bnnews import parse
    a = parse("\n".join(["Diesel price raised by Tk 5", *lines,
                         "The government has decided to raise the price of diesel by Tk 5 per litre, officials said."]))
    assert (a.desk, a.author) == (desk, author)


@pytest.mark.parametrize("line", ["স্টাফ করেসপন্ডেন্ট, স্পোর্টস", "স্টাফ রিপোর্টার, বিনোদন", "Staff Correspondent, Sports"])
def test_a_beat_after_the_role_is_no_place(line):
    from bnnews.byline import split_byline
    assert split_byline(line) == (None, None)


def test_a_photo_credit_run_into_the_byline_leaves_it():
    from bnnews import parse
    a = parse("ব্রাহ্মণবাড়িয়া-৪ আসনে বিএনপির মনোনয়ন পেলেন কবীর আহমেদ ভূঁইয়া\n"
              "কবীর আহমেদ ভূঁইয়া। ফাইল ছবি সমকাল প্রতিবেদক প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ২৩:২৯ "
              "ব্রাহ্মণবাড়িয়া ৪ আসনে দলীয় মনোনয়ন পরিবর্তন করেছে বিএনপি। এ আসনে মনোনয়ন পেলেন তিনি।\n")
    assert (a.desk, a.author) == ("সমকাল প্রতিবেদক", None)


@pytest.mark.parametrize("line,kicker,headline", [
    ("ভিডিও | চালের দাম আবার বাড়ল, বিপাকে ক্রেতারা", "ভিডিও", "চালের দাম আবার বাড়ল, বিপাকে ক্রেতারা"),
    ("এক্সক্লুসিভ: চালের দাম আবার বাড়ল, বিপাকে ক্রেতারা", "এক্সক্লুসিভ", "চালের দাম আবার বাড়ল, বিপাকে ক্রেতারা"),
    # `ভিডিও:` opens a video's credit too (`ভিডিও: সংগৃহীত`); over the byline with a title, a kicker
    ("ভিডিও: চালের দাম আবার বাড়ল", "ভিডিও", "চালের দাম আবার বাড়ল"),
    # A quote's speaker before the colon is no kicker.
    ("ট্রাম্প: আমি যুদ্ধ চাই না", None, "ট্রাম্প: আমি যুদ্ধ চাই না"),
])
def test_a_bangla_kicker_on_the_headlines_line(line, kicker, headline):
    from bnnews import parse
    a = parse(f"{line}\nনিজস্ব প্রতিবেদক\n২৮ নভেম্বর ২০২৫, ১০:৩০\n"
              "ঢাকার বাজারে আজ চালের দাম আবারও বেড়েছে বলে জানিয়েছেন ব্যবসায়ীরা।\n")
    assert (a.kicker, a.headline) == (kicker, headline)


@pytest.mark.parametrize("section", ["Sports", "Politics", "Business"])
def test_a_section_over_an_english_title_is_its_kicker(section):
    from bnnews import parse
    a = parse(f"{section}\nTigers clinch series against Ireland\nSports Desk\nPublished: 17:45, 28 November 2025\n\n"
              "Bangladesh clinched the three-match series against Ireland with a game to spare on Friday.\n")
    assert (a.kicker, a.headline, a.desk) == (section, "Tigers clinch series against Ireland", "Sports Desk")
    assert a.other == ()


def test_a_run_of_english_menu_items_stays_menu():
    from bnnews import parse
    a = parse("Politics\nSports\nBusiness\nTigers clinch series against Ireland\nSports Desk\n"
              "Published: 17:45, 28 November 2025\n\n"
              "Bangladesh clinched the three-match series against Ireland with a game to spare on Friday.\n")
    assert a.headline == "Tigers clinch series against Ireland"
    assert [o.kind for o in a.other][:2] == ["menu", "menu"]


@pytest.mark.parametrize("desk", ["মাগুরা প্রতিদিন ডটকম", "নারায়ণগঞ্জ বার্তা ২৪", "ইউএসএনিউজঅনলাইন.কম",
                                  "বিবিসি নিউজ বাংলা", "প্রতিবেদন"])
def test_an_outlet_alone_between_headline_and_date_is_the_byline(desk):
    # formats.md §2: outlets' names used as desks; WB's `প্রতিবেদন`.
    a = parse(f"সড়ক দুর্ঘটনায় তিনজন নিহত\n{desk}\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:১৫\n"
              "মহাসড়কে বাস ও ট্রাকের মুখোমুখি সংঘর্ষে তিনজন নিহত হয়েছেন। আহত হয়েছেন আরও পাঁচজন।\n")
    assert (a.desk, a.other) == (N(desk), ())


@pytest.mark.parametrize("line,author", [
    ("রফিক ইসলাম, ঢাকা পোস্ট", "রফিক ইসলাম"),
    ("মো. রফিকুল ইসলাম, প্রথম আলো", "মো. রফিকুল ইসলাম"),
    ("Kailash Sarkar, Dhaka Tribune", "Kailash Sarkar"),
    ("Rafiq Islam, bdnews24.com", "Rafiq Islam"),
])
def test_a_person_then_the_outlet_is_the_byline(line, author):
    # NAME, OUTLET between the title and the date: the byline (the outlet no
    # place), not a second title.
    a = parse(f"বাসে আগুন দিল দুর্বৃত্তরা\n{line}\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:১৫\n"
              "রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।\n")
    assert (a.headline, a.kicker, a.desk, a.author, a.place) == ("বাসে আগুন দিল দুর্বৃত্তরা", None, line, author, None)


@pytest.mark.parametrize("desk", ["বিডিনিউজ টোয়েন্টিফোর ডটকম", "একুশে টেলিভিশন", "দ্য বিজনেস স্ট্যান্ডার্ড"])
def test_an_outlet_longer_than_a_short_title_is_still_the_byline(desk):
    # The longer of two short lines over the date is taken for the title,
    # unless it is an outlet's name.
    a = parse(f"বাসে আগুন\n{desk}\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:১৫\n"
              "রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।\n")
    assert (a.headline, a.kicker, a.desk) == ("বাসে আগুন", None, N(desk))


@pytest.mark.parametrize("between", [["শেয়ার করুন"], ["ছবি: সংগৃহীত", "প্রিন্ট"], ["১ মিনিটে পড়ুন"],
                                     ["Google News-এ ফলো করুন", "অডিও শুনুন"]])
def test_a_name_byline_apart_from_the_headline_by_page_furniture(between):
    # TITLE / furniture / NAME / DATE: the name over the date is the byline,
    # not the headline, as with a section's name between (a column).
    a = parse("\n".join(["জ্বালানি তেলের দাম লিটারে ৫ টাকা বাড়ল", *between, "রাকিব হাসান",
                         "প্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০",
                         "সরকার ডিজেল ও কেরোসিনের দাম লিটারে ৫ টাকা বাড়িয়েছে। মধ্যরাত থেকে নতুন দাম কার্যকর হবে।"]))
    assert (a.headline, a.desk, a.author) == ("জ্বালানি তেলের দাম লিটারে ৫ টাকা বাড়ল", "রাকিব হাসান", "রাকিব হাসান")


@pytest.mark.parametrize("header", [
    # Page furniture between the headline, a name byline and the date, in the
    # orders outlets print them (a composed set; see bench/eval_real.py for real pages).
    ["প্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০", "দাম বাড়ল", "শেয়ার করুন", "রাকিব হাসান"],
    ["দাম বাড়ল", "শেয়ার করুন", "মো. রফিকুল ইসলাম", "প্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০"],
    ["জাতীয়", "দাম বাড়ল", "ফাইল ছবি", "মো. রফিকুল ইসলাম", "প্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০"],
    ["মো. রফিকুল ইসলাম", "অডিও শুনুন", "দাম বাড়ল", "প্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০"],
    ["দাম বাড়ল", "প্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০", "১ মিনিটে পড়ুন", "মো. রফিকুল ইসলাম", "শেয়ার করুন"],
])
def test_a_name_byline_past_page_furniture_in_any_order(header):
    a = parse("\n".join(header + ["সরকার ডিজেল ও কেরোসিনের দাম লিটারে ৫ টাকা বাড়িয়েছে। মধ্যরাত থেকে নতুন দাম কার্যকর হবে।"]))
    name = next(h for h in header if h in ("রাকিব হাসান", "মো. রফিকুল ইসলাম"))
    assert (a.headline, a.desk, a.published.datetime) == ("দাম বাড়ল", name, "2025-11-29T10:30+06:00")


@pytest.mark.parametrize("header,desk", [
    # A subhead of thirteen words or more set apart from the title by furniture.
    (["দাম বাড়ল", "Advertisement", "সরকারি গুদামে মজুত বাড়ায় বাজারে সরবরাহ বেড়েছে বলে জানিয়েছেন ব্যবসায়ী ও বাজার বিশ্লেষকেরা",
      "রাকিব হাসান", "স্টাফ রিপোর্টার", "প্রকাশিত: ১০:৩০ এএম, ২৯ নভেম্বর ২০২৫"], "রাকিব হাসান, স্টাফ রিপোর্টার"),
    # A name over its role, the pair set apart from the title by furniture.
    (["দাম বাড়ল", "১ মিনিটে পড়ুন", "রাকিব হাসান", "স্টাফ রিপোর্টার", "Published: 29 Nov 2025, 10:30 AM"],
     "রাকিব হাসান, স্টাফ রিপোর্টার"),
    # `শিরোনাম` over a short title and its subhead: the title is no ticker.
    (["শিরোনাম", "দাম বাড়ল", "সরকারি গুদামে মজুত বাড়ায় বাজারে সরবরাহ বেড়েছে বলে জানিয়েছেন ব্যবসায়ী ও বাজার বিশ্লেষকেরা",
      "মো. রফিকুল ইসলাম", "চট্টগ্রাম প্রতিনিধি", "প্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০"], "মো. রফিকুল ইসলাম, চট্টগ্রাম প্রতিনিধি"),
    # A date first, then the title, its subhead and the name under them.
    (["প্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০", "দাম বাড়ল",
      "সরকারি গুদামে মজুত বাড়ায় বাজারে সরবরাহ বেড়েছে বলে জানিয়েছেন ব্যবসায়ী ও বাজার বিশ্লেষকেরা", "রাকিব হাসান"], "রাকিব হাসান"),
])
def test_a_subhead_and_furniture_leave_the_title_the_headline(header, desk):
    a = parse("\n".join(header + ["সরকার ডিজেল ও কেরোসিনের দাম লিটারে ৫ টাকা বাড়িয়েছে। মধ্যরাত থেকে নতুন দাম কার্যকর হবে।"]))
    assert (a.headline, a.desk, a.published.datetime) == ("দাম বাড়ল", desk, "2025-11-29T10:30+06:00")


@pytest.mark.parametrize("header,desk", [
    # An English daily's masthead alone above a page that opens with its date.
    (["The Daily Star", "November 29, 2025 10:30 AM", "Advertisement", "BNP to join polls under caretaker govt",
      "Listen to this article", "Reaz Ahmad"], "Reaz Ahmad"),
    # A shorter subhead under the title, furniture between, a name under it.
    (["BNP to join polls under caretaker govt", "Photo: Collected",
      "Transport owners threaten to raise fares as diesel becomes costlier", "Reaz Ahmad", "Senior Correspondent",
      "Sat Nov 29, 2025 10:30 AM"], "Reaz Ahmad, Senior Correspondent"),
    (["29 November, 2025, 10:30 am", "BNP to join polls under caretaker govt",
      "Transport owners threaten to raise fares as diesel becomes costlier", "Reaz Ahmad"], "Reaz Ahmad"),
])
def test_english_headers_with_mastheads_subheads_and_furniture(header, desk):
    a = parse("\n".join(header + ["The government has raised the prices of diesel and kerosene by Tk 5 per litre."]))
    assert (a.headline, a.desk, a.published.datetime) == ("BNP to join polls under caretaker govt", desk,
                                                          "2025-11-29T10:30+06:00")


@pytest.mark.parametrize("byline,desk,author", [
    # banglanews24 prints the outlet after the byline (formats.md §1a): the desk is the byline's
    ("মাহবুব আলম, অ্যাসিসট্যান্ট আউটপুট এডিটর | বাংলানিউজটোয়েন্টিফোর.কম", "মাহবুব আলম, অ্যাসিসট্যান্ট আউটপুট এডিটর",
     "মাহবুব আলম"),
    ("কক্সবাজার প্রতিনিধি | বাংলানিউজটোয়েন্টিফোর.কম", "কক্সবাজার প্রতিনিধি", None),
    ("মুফতি আমজাদ হোসাইন হেলালী | বাংলানিউজটোয়েন্টিফোর.কম", "মুফতি আমজাদ হোসাইন হেলালী", "মুফতি আমজাদ হোসাইন হেলালী"),
    ("নিজস্ব প্রতিবেদক | ঢাকা টাইমস", "নিজস্ব প্রতিবেদক", None),
])
def test_the_outlet_after_a_byline_is_not_the_desks(byline, desk, author):
    a = parse(f"ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\n{byline}\nআপডেট: ১৬৩৪ ঘণ্টা, এপ্রিল ২৩, ২০১৯\n"
              "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।\n")
    assert (a.headline, a.desk, a.author) == ("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী", desk, author)


@pytest.mark.parametrize("header,headline,desk", [
    # TITLE / • SUMMARY / NAME / DATE (ajkerpatrika): the name under the summary
    # bullets is the byline, however short the title above them.
    (["Ajker Patrika", "ইতিকাফের প্রস্তুতি",
      "  • বিষয়টি নিয়ে সংশ্লিষ্ট কর্মকর্তারা আজ দিনভর বৈঠক করেছেন বলে জানা গেছে",
      "  • চূড়ান্ত সিদ্ধান্ত আগামী সপ্তাহে আসতে পারে বলে জানিয়েছেন সংশ্লিষ্টরা",
      "মুফতি আমজাদ হোসাইন হেলালী", "প্রকাশ : ৩১ মার্চ ২০২৪, ০১: ১৮", "ইতিকাফের পরিচয়"],
     "ইতিকাফের প্রস্তুতি", "মুফতি আমজাদ হোসাইন হেলালী"),
    # TITLE / DATE / NAME / subhead / a pull quote (inqilab): the name opens the
    # run after the date, so the short line before the date is the title.
    (["ইতিকাফের প্রস্তুতি", "৩১ মার্চ ২০২৪, ০১:১৮ এএম | আপডেট: ৩১ মার্চ ২০২৪, ০১:১৮ এএম",
      "মুফতি আমজাদ হোসাইন হেলালী", "ইতিকাফের পরিচয়", "দেশের স্বার্থে সবাইকে এক হতে হবে : মির্জা ফখরুল"],
     "ইতিকাফের প্রস্তুতি", "মুফতি আমজাদ হোসাইন হেলালী"),
    # TITLE / DATE / DESK / a pull quote: a desk line between, the same.
    (["আবাহনী-মোহামেডানের ড্র", "৩০ মার্চ ২০২৪, ০৭:৪৯ পিএম | আপডেট: ৩০ মার্চ ২০২৪, ০৭:৪৯ পিএম",
      "সিনিয়র করেসপন্ডেন্ট, স্পোর্টস", "দেশের স্বার্থে সবাইকে এক হতে হবে : মির্জা ফখরুল"],
     "আবাহনী-মোহামেডানের ড্র", "সিনিয়র করেসপন্ডেন্ট, স্পোর্টস"),
    # ... while COLUMN / AUTHOR / DATE / COLUMN / TITLE (janakantha) keeps its later title.
    (["মতামত", "মোস্তাফা জব্বার", "প্রকাশিত: ২০:৪৮, ৮ এপ্রিল ২০২৪", "মতামত", "ডিজিটাল অর্থনীতির পথে আমাদের যাত্রা"],
     "ডিজিটাল অর্থনীতির পথে আমাদের যাত্রা", "মোস্তাফা জব্বার"),
])
def test_a_short_title_over_summary_bullets_or_a_name_after_the_date(header, headline, desk):
    a = parse(page(*header))
    assert (a.headline, a.desk) == (N(headline), N(desk))


@pytest.mark.parametrize("header,headline,desk", [
    # `শিরোনাম` with its ticker left out of the dump (loaded by script): a short
    # title right under it, over a person's name over the date, is the headline.
    (["শিরোনাম", "ইতিকাফের প্রস্তুতি", "মুফতি আমজাদ হোসাইন হেলালী",
      "  • আপডেট টাইম : রবিবার, ৩১ মার্চ, ২০২৪, ০১:১৮ এএম", "ইতিকাফের পরিচয়"],
     "ইতিকাফের প্রস্তুতি", "মুফতি আমজাদ হোসাইন হেলালী"),
    # ... and with the ticker printed, the ticker stays one.
    (["শিরোনাম", "সড়ক দুর্ঘটনায় নিহত ২ ভারী বৃষ্টিতে জলাবদ্ধতা রাজধানীতে বাজারে সবজির দাম চড়া",
      "ইতিকাফের প্রস্তুতি", "মুফতি আমজাদ হোসাইন হেলালী", "প্রকাশিত: ৩১ মার্চ ২০২৪, ০১:১৮ এএম"],
     "ইতিকাফের প্রস্তুতি", "মুফতি আমজাদ হোসাইন হেলালী"),
    # A candidate after the date line is a subhead or a caption, not the headline
    # that would make the line under `শিরোনাম` a ticker.
    (["শিরোনাম", "৪০০ টন খাদ্য নিয়ে সাইপ্রাস থেকে গাজায় যাচ্ছে তিনটি জাহাজ",
      "প্রকাশিত:রবিবার ৩১ মার্চ ২০২৪ | হালনাগাদ:রবিবার ৩১ মার্চ ২০২৪ | ১২৫জন দেখেছেন", "অনলাইন ডেস্ক",
      "সাগরে গাজা অভিমুখী জাহাজ"],
     "৪০০ টন খাদ্য নিয়ে সাইপ্রাস থেকে গাজায় যাচ্ছে তিনটি জাহাজ", "অনলাইন ডেস্ক"),
])
def test_the_line_under_a_ticker_label_with_the_ticker_left_out(header, headline, desk):
    a = parse(page(*header))
    assert (a.headline, a.desk) == (N(headline), N(desk))


def test_a_print_date_glued_to_the_photo_credit_is_the_date_line():
    a = parse(page("kalerkantho", "মধ্যরাতে হাসপাতালে খালেদা জিয়া", "নিজস্ব প্রতিবেদক", "৩১ মার্চ, ২০২৪ ০৩:০২ফাইল ছবি"))
    assert (a.headline, a.desk, a.published.datetime) == (
        N("মধ্যরাতে হাসপাতালে খালেদা জিয়া"), N("নিজস্ব প্রতিবেদক"), "2024-03-31T03:02+06:00")


@pytest.mark.parametrize("title,name", [
    ("ইতিকাফের প্রস্তুতি", "মুফতি আমজাদ হোসাইন হেলালী"),
    ("মানুষখেকোর দ্বীপ | পর্ব-১৮", "আলম শাইন"),
])
def test_a_short_title_printed_again_under_the_date_is_no_byline(title, name):
    # TITLE / DATE / TITLE again / NAME: the name past the repeat is the byline.
    a = parse(page(title, "প্রকাশিত: ৩১ মার্চ ২০২৪, ০১:১৮", title, name))
    assert (a.headline, a.desk) == (N(title), N(name))


@pytest.mark.parametrize("line", ["ইনডিপেনডেন্ট টেলিভিশন", "যমুনা টিভি", "দৈনিক নয়া দিগন্ত", "দ্য ডেইলি স্টার বাংলা",
                                  "Bonik Barta", "Kaler Kantho", "The Daily Ittefaq"])  # (in Latin letters too)
def test_an_outlet_standing_as_the_byline_names_no_author(line):
    assert split_byline(N(line))[0] is None


def test_the_outlet_after_a_byline_on_a_date_line():
    from bnnews import parse
    page = ("শীতের শুরুতেই কলকাতায় বাড়ল ডেঙ্গির প্রকোপ\n"
            "Curated by Rahul Das | এই সময় ডিজিটাল | Updated: 24 Nov 2025, 9:52 pm\n"
            "কলকাতা পুরসভার স্বাস্থ্য বিভাগ জানিয়েছে, গত এক সপ্তাহে শহরে ৩৪০ জন ডেঙ্গিতে আক্রান্ত হয়েছেন।\n")
    a = parse(page)
    assert (a.desk, a.author, a.updated.datetime) == ("Curated by Rahul Das", "Rahul Das", "2025-11-24T21:52+05:30")


@pytest.mark.parametrize("header", [
    ["শীতে কাঁপছে উত্তরাঞ্চল", "প্রথম আলো", "স্টাফ রিপোর্টার", "প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫"],
    ["শীতে কাঁপছে উত্তরাঞ্চল", "প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫", "প্রথম আলো", "অনলাইন ডেস্ক"],
    ["শীতে কাঁপছে উত্তরাঞ্চল", "প্রথম আলো", "প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫", "নিজস্ব প্রতিবেদক"],
])
def test_an_outlets_name_beside_the_byline_is_no_part_of_it(header):
    from bnnews import parse
    body = "রাজধানীতে গতকাল রাতভর বৃষ্টিতে বিভিন্ন সড়কে পানি জমে যায়। এতে অফিসগামী মানুষকে ভোগান্তিতে পড়তে হয়।"
    a = parse("\n".join(header + [body]) + "\n")
    assert a.desk == N(header[-1] if "প্রকাশিত" not in header[-1] else header[2])


@pytest.mark.parametrize("credit", ["UNB News", "BSS News", "Anadolu Agency", "Reuters"])
def test_an_agency_credit_under_an_english_headline_is_the_desk(credit):
    a = parse(f"Floods hit Sylhet as rivers swell\n{credit}\nPublish- November 24, 2025, 09:52 PM\n"
              "Heavy rain over the past three days has flooded large parts of Sylhet, officials said.")
    assert (a.headline, a.desk, a.author) == ("Floods hit Sylhet as rivers swell", credit, None)
    assert a.published.datetime == "2025-11-24T21:52+06:00" and a.other == ()


def test_an_outlets_name_over_the_date_is_no_byline_when_a_desk_line_stands_under_it():
    # TITLE / a view count / OUTLET / DATE / DESK: the desk under the date is the byline.
    a = parse("দাম কমল সয়াবিন তেলের, লিটার ১৮৯ টাকা\n১২৫ বার পঠিত\nপ্রথম আলো\nপ্রকাশ: ২৪ নভেম্বর ২০২৫ | ২১:৫২\n"
              "অনলাইন ডেস্ক\nরাজধানীতে গতকাল রাতভর বৃষ্টিতে বিভিন্ন সড়কে পানি জমে যায়। এতে ভোগান্তি বাড়ে।\n")
    assert (a.headline, a.desk) == ("দাম কমল সয়াবিন তেলের, লিটার ১৮৯ টাকা", "অনলাইন ডেস্ক")


@pytest.mark.parametrize("header,desk,kicker", [
    # `কলকাতা` alone right over or under the date, below the title (formats.md
    # §2, West Bengal): the place the report is filed from; over the title, a
    # section's name (the kicker).
    (["রাজ্যে ডেঙ্গির প্রকোপ বাড়ছে", "কলকাতা", "শেষ আপডেট: ২৪ নভেম্বর ২০২৫ ২১:৫২"], "কলকাতা", None),
    (["রাজ্যে ডেঙ্গির প্রকোপ বাড়ছে", "শেষ আপডেট: ২৪ নভেম্বর ২০২৫ ২১:৫২", "কলকাতা"], "কলকাতা", None),
    (["কলকাতা", "রাজ্যে ডেঙ্গির প্রকোপ বাড়ছে", "শেষ আপডেট: ২৪ নভেম্বর ২০২৫ ২১:৫২"], None, "কলকাতা"),
])
def test_a_place_alone_by_the_date_is_the_desk(header, desk, kicker):
    a = parse("\n".join(header) + "\nরাজ্যে ডেঙ্গির প্রকোপ বাড়ছে বলে জানিয়েছে স্বাস্থ্য দফতর। হাসপাতালে ভিড় বাড়ছে।\n")
    assert (a.headline, a.desk, a.place, a.kicker) == ("রাজ্যে ডেঙ্গির প্রকোপ বাড়ছে", desk, desk, kicker)
    assert a.updated.datetime == "2025-11-24T21:52+05:30"


def test_an_outlets_name_right_under_the_title_on_a_page_with_no_date_is_its_byline():
    # an aggregator's copy (formats.md §2: `নয়া দিগন্ত` as the desk)
    from bnnews import parse
    a = parse("এই মুহূর্তের অনুভূতি\nদৈনিক নয়া দিগন্ত\nশ্রীলঙ্কার অভিজ্ঞতার আলোকে অর্থনীতির পতন ও উত্থান নিয়ে ভাবছি। "
              "ঠিক সে সময় পাইলট ঘোষণা দিলেন।\n")
    assert (a.headline, a.desk, a.author) == ("এই মুহূর্তের অনুভূতি", "দৈনিক নয়া দিগন্ত", None)


@pytest.mark.parametrize("line,desk,author", [
    ("নিউজ ডেস্ক.", "নিউজ ডেস্ক", None),  # a full stop typed after the byline
    ("মো. রফিক, নিজস্ব প্রতিবেদক.", "মো. রফিক, নিজস্ব প্রতিবেদক", "মো. রফিক"),
    ("ডা. আলী হোসেন", "ডা. আলী হোসেন", "ডা. আলী হোসেন"),  # an abbreviation's stays
])
def test_a_full_stop_after_the_byline(line, desk, author):
    from bnnews import parse
    a = parse(f"ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\n{line}\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫, ২১:৫২\n"
              "রাজধানীতে আজ বৃষ্টি হয়েছে। আবহাওয়া অধিদপ্তর জানিয়েছে।\n")
    assert (a.desk, a.author) == (desk, author)


_LEAD = ("বাংলাদেশে চব্বিশের জুলাই-আগস্টে যে গণ-অভ্যুত্থান হয়েছিল সেটি ইতিহাসে অনন্য। সব শ্রেণিপেশার মানুষের "
         "অংশগ্রহণে তৈরি হয়েছিল তার পাটাতন।\nআন্দোলনের নেতারা মানুষের ভবিষ্যৎ নির্মাণে জীবনের ঝুঁকি নিয়েছিলেন।\n")


@pytest.mark.parametrize("name", ["মো. মাঈন উদ্দীন", "ড. মো. আইনুল ইসলাম", "সৈয়দ বোরহান কবীর"])
def test_a_columnists_name_alone_over_the_first_paragraph_is_the_byline_not_the_headline(name):
    from bnnews import parse
    a = parse(f"{name}\n{_LEAD}")
    assert (a.headline, a.desk, a.author) == (None, name, name)


@pytest.mark.parametrize("title", ["জ্বালানির দাম বাড়াচ্ছে সরকার", "রাজনীতিতে বড় পরিবর্তন আসছে"])
def test_a_short_title_over_the_first_paragraph_stays_the_headline(title):
    # (`সরকার` is a family name too: the verb says it is a title)
    from bnnews import parse
    assert parse(f"{title}\n{_LEAD}").headline == title


@pytest.mark.parametrize("line,headline,desk", [
    ("অর্থনীতি- মুদ্রানীতি ও অর্থনৈতিক প্রবৃদ্ধি by মাহফুজ কবীর", "অর্থনীতি- মুদ্রানীতি ও অর্থনৈতিক প্রবৃদ্ধি",
     "মাহফুজ কবীর"),
    # an English title whose `by` is a word of it stays whole
    ("Bangladesh beat Ireland by five wickets", "Bangladesh beat Ireland by five wickets", None),
])
def test_a_title_and_its_writer_joined_by_by(line, headline, desk):
    # (a blog that mirrors newspaper columns: `TITLE by NAME`, then the column)
    from bnnews import parse
    a = parse(f"{line}\n{_LEAD}")
    assert (a.headline, a.desk, a.author) == (headline, desk, desk)


@pytest.mark.parametrize("title", ["হামলায় আহত দুই প্রতিবেদক", "বরখাস্ত হলেন দুই সম্পাদক"])
def test_a_headline_that_ends_in_a_role_stays_the_headline(title):
    from bnnews import parse
    a = parse(f"{title}\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০\n"
              "রাজধানীতে সংঘর্ষে কয়েকজন আহত হয়েছেন। তাঁদের হাসপাতালে ভর্তি করা হয়েছে।\n")
    assert (a.headline, a.desk, a.author) == (title, "নিজস্ব প্রতিবেদক", None)


@pytest.mark.parametrize("title", ["ঢাকায় আসছেন জাতিসংঘের বিশেষ প্রতিনিধি", "বিমানবন্দরে চালু হলো হেল্প ডেস্ক",
                                   "পুলিশের বিশেষ শাখার প্রতিবেদন"])
def test_a_title_ending_in_a_roles_word_over_the_byline_is_the_headline(title):
    # TITLE / DESK / DATE: two desk lines in a row and no other title; the
    # first, three words or more in one part, is the title
    from bnnews import parse
    a = parse(f"{title}\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০\n"
              "রাজধানীতে আজ গুরুত্বপূর্ণ এক সিদ্ধান্ত হয়েছে। বিস্তারিত জানানো হয়েছে সংবাদ সম্মেলনে।\n")
    assert (a.headline, a.desk, a.author) == (title, "নিজস্ব প্রতিবেদক", None)


def test_a_byline_stacked_over_its_outlet_stays_the_byline():
    from bnnews import parse
    a = parse("পদ্মায় ইলিশ ধরা বন্ধ\nস্টাফ করেসপন্ডেন্ট ঢাকা ব্যুরো\nবার্তাটোয়েন্টিফোর.কম\n"
              "প্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০\nপদ্মায় আজ থেকে ইলিশ ধরা বন্ধ। নিষেধাজ্ঞা চলবে ২২ দিন।\n")
    assert (a.headline, a.desk) == ("পদ্মায় ইলিশ ধরা বন্ধ", "স্টাফ করেসপন্ডেন্ট ঢাকা ব্যুরো")


@pytest.mark.parametrize("title", ["ঢাকায় আসছেন জাতিসংঘের বিশেষ প্রতিনিধি", "ইসির নতুন প্রতিবেদন"])
def test_a_title_ending_in_a_roles_word_over_the_date_alone_is_the_headline(title):
    from bnnews import parse
    a = parse(f"{title}\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০\n"
              "রাজধানীতে আজ গুরুত্বপূর্ণ এক সিদ্ধান্ত হয়েছে। বিস্তারিত জানানো হয়েছে সংবাদ সম্মেলনে।\n")
    assert (a.headline, a.desk) == (title, None)


@pytest.mark.parametrize("line", ["পুবের কলম প্রতিবেদন", "যুগান্তর প্রতিবেদন", "সমকাল প্রতিবেদন"])
def test_an_outlets_report_credit_stays_a_desk(line):
    assert is_desk_line(N(line)) and split_byline(N(line)) == (None, None)


@pytest.mark.parametrize("credit", ["রেসিপি: শারমিন আক্তার", "রেসিপি ও ছবি: শারমিন আক্তার"])
def test_a_recipes_credit_after_the_method_is_a_signature_not_a_link(credit):
    from bnnews import parse
    a = parse("শীতের সন্ধ্যায় ভাপা পিঠা\nজীবনযাপন ডেস্ক\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১৬:০০\n"
              "শীত এলেই ভাপা পিঠার কথা মনে পড়ে। ঘরেই সহজে বানাতে পারেন মজাদার এই পিঠা।\n"
              f"প্রণালি: চালের গুঁড়ায় লবণ ও পানি মিশিয়ে ঝুরঝুরে করে নিন। এরপর ভাপে সেদ্ধ করুন।\n{credit}\n")
    assert a.links == () and [(o.kind, o.text) for o in a.other] == [("signature", credit)]


@pytest.mark.parametrize("line,desk,author", [
    ("রফিক হাসান, ঢাকা | rafiq@example.com", "রফিক হাসান, ঢাকা", "রফিক হাসান"),
    ("রফিক হাসান | @rafiqhasan", "রফিক হাসান", "রফিক হাসান"),
    ("রফিক হাসান, নিজস্ব প্রতিবেদক | ইমেইল: rafiq@example.com", "রফিক হাসান, নিজস্ব প্রতিবেদক", "রফিক হাসান"),
    ("By Rafiq Hasan | rafiq@example.com", "By Rafiq Hasan", "Rafiq Hasan"),
])
def test_a_reporters_address_after_the_byline_is_no_part_of_it(line, desk, author):
    from bnnews import parse
    a = parse(f"ঢাকায় তীব্র যানজট\n{line}\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০\n"
              "রাজধানীতে আজ সকাল থেকে তীব্র যানজট দেখা দিয়েছে। অফিসগামী মানুষ দুর্ভোগে পড়েছেন।\n")
    assert (a.headline, a.desk, a.author) == ("ঢাকায় তীব্র যানজট", desk, author)


def test_an_address_in_a_paragraph_stays():
    from bnnews import parse
    a = parse("ঢাকায় তীব্র যানজট\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০\n"
              "যোগাযোগ করতে লিখুন, info@example.com\nরাজধানীতে আজ তীব্র যানজট দেখা দিয়েছে। মানুষ দুর্ভোগে পড়েছেন।\n")
    assert "যোগাযোগ করতে লিখুন, info@example.com" in [o.text for o in a.other] + list(a.body)


@pytest.mark.parametrize("first,headline,desk", [
    ("তারেক রহমান, লন্ডন", "তারেক রহমান, লন্ডন", "নিজস্ব প্রতিবেদক"),  # a person and a place: the title
    ("রাকিব হাসান, নিজস্ব প্রতিবেদক", None, "রাকিব হাসান, নিজস্ব প্রতিবেদক"),  # a name and a role: a byline
])
def test_a_name_and_a_place_over_a_roles_line_is_the_title(first, headline, desk):
    from bnnews import parse
    a = parse(f"{first}\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০\n"
              "রাজধানীতে আজ গুরুত্বপূর্ণ এক সিদ্ধান্ত হয়েছে। বিস্তারিত জানানো হয়েছে সংবাদ সম্মেলনে।\n")
    assert (a.headline, a.desk) == (headline, desk)


_LEAD = "হাসপাতালের বারান্দায় পড়ে থাকা এক বৃদ্ধকে নিজের খরচে চিকিৎসা করিয়েছেন এক তরুণ। ঘটনাটি ছড়িয়ে পড়েছে।"


@pytest.mark.parametrize("header_desk,inline,desk,author,place", [
    # a CMS's desk field (no one named) over the reporter's own byline: the reporter's is the byline
    ("প্রতিবেদক : নিউজ ডেস্ক", "ওয়ালি উল্লাহ সিরাজ : ", "ওয়ালি উল্লাহ সিরাজ", "ওয়ালি উল্লাহ সিরাজ", None),
    # ... over another desk: the header's stays, the paragraph's leaves the paragraph
    ("প্রতিবেদক : নিউজ ডেস্ক", "রংপুর প্রতিনিধি : ", "প্রতিবেদক : নিউজ ডেস্ক", None, "রংপুর"),
    # a reporter's name over the role opening the paragraph
    ("রাকিব হাসান", "নিজস্ব প্রতিবেদক : ", "রাকিব হাসান", "রাকিব হাসান", None),
])
def test_a_byline_opening_the_first_paragraph_under_the_headers_desk(header_desk, inline, desk, author, place):
    a = parse(f"মানবতা এখনো বেঁচে আছে\n{header_desk}\nপ্রকাশিত : ২৭ নভেম্বর, ২০২৬, ০৭:১২ সকাল\n{inline}{_LEAD}\n")
    assert (a.desk, a.author, a.place) == (desk, author, place)
    assert a.body == (_LEAD,)


@pytest.mark.parametrize("line,desk,author", [
    ("মাকসুদা আজীজবিডিনিউজ টোয়েন্টিফোর ডটকম", "মাকসুদা আজীজ, বিডিনিউজ টোয়েন্টিফোর ডটকম", "মাকসুদা আজীজ"),
    ("রাকিব হাসানবাংলা ট্রিবিউন", "রাকিব হাসান, বাংলা ট্রিবিউন", "রাকিব হাসান"),
])
def test_a_name_run_into_the_outlets_name_after_it(line, desk, author):
    a = parse(f"ফেসবুক ছাড়া দিনগুলো\n{line}\nPublished : 25 Nov 2026, 10:00 AM\n"
              "পরিস্থিতি বদলাবে, সেই আশায় বসে আছে এই দেশের তরুণেরা। ফেসবুক ছাড়া যেন জীবন অচল।\n")
    assert (a.desk, a.author) == (N(desk), N(author))


@pytest.mark.parametrize("line", ["সম্মেলনে যোগ দিলেন প্রধানমন্ত্রীবাংলা ট্রিবিউন", "দাম বাড়ল চালেরপ্রথম আলো"])
def test_a_title_run_into_the_outlets_name_is_not_split_as_a_byline(line):
    assert unglue_outlet(N(line)) is None  # a case ending or a verb: no name


def test_a_title_that_ends_in_an_outlets_name_is_no_byline():
    a = parse("জরিপে এগিয়ে প্রথম আলো\nনিজস্ব প্রতিবেদক\nPublished : 25 Nov 2026, 10:00 AM\n"
              "পাঠক জরিপে এবারও শীর্ষে রয়েছে পত্রিকাটি। জরিপ চালিয়েছে একটি গবেষণা সংস্থা।\n")
    assert a.headline == N("জরিপে এগিয়ে প্রথম আলো") and a.desk == N("নিজস্ব প্রতিবেদক")


@pytest.mark.parametrize("name", ["Rahul Das", "রাহুল দাস"])
def test_the_outlet_and_the_byline_under_a_standfirst_leave_the_body(name):
    # Hindustan Times Bangla: TITLE / STANDFIRST / `Hindustan Times Bangla` / NAME / DATE / body
    from bnnews import parse
    lead = "আগামী কয়েকদিনে তাপমাত্রা আরও নামতে পারে বলে জানিয়েছে আলিপুর আবহাওয়া দফতর।"
    body = "শহরে শীতের আমেজ বাড়ছে। শুক্রবার সকালে তাপমাত্রা নেমেছে ১৫ ডিগ্রিতে, জানিয়েছে আবহাওয়া দফতর।"
    a = parse(f"Kolkata Weather: শীতের আমেজ বাড়ছে শহরে\n{lead}\nHindustan Times Bangla\n{name}\n"
              f"প্রকাশিত ২৮ নভেম্বর ২০২৫, ১০:১০ AM IST\n{body}\n")
    assert (a.desk, a.author, a.body) == (name, name, (lead, body))
    assert a.published.datetime == "2025-11-28T10:10+05:30"
    assert [(o.line, o.kind) for o in a.other] == [(3, "menu")]


@pytest.mark.parametrize("names", ["রফিক হাসান ও শামীম আহমেদ", "রাকিব হাসান, তানভীর আহমেদ", "সাকিব আল হাসান, তামিম ইকবাল"])
def test_two_writers_names_under_a_short_title_are_the_byline(names):
    # TITLE / NAMES / DATE: the names had been the headline and the title the kicker
    from bnnews import parse
    a = parse(f"টাইগারদের নতুন পরিকল্পনা\n{names}\nপ্রকাশ: ২৬ নভেম্বর ২০২৫, ০৯:৫২\n"
              "বাংলাদেশ ক্রিকেট দল নতুন পরিকল্পনা নিয়ে মাঠে নামছে। আগামী সিরিজে তরুণদের সুযোগ দেওয়া হবে।\n")
    assert (a.headline, a.kicker, a.desk, a.author) == ("টাইগারদের নতুন পরিকল্পনা", None, names, names)


@pytest.mark.parametrize("top", ["ভয়েস অফ আমেরিকা", "বাসস", "বিবিসি বাংলা"])
def test_an_agencys_name_atop_the_page_is_its_masthead_not_the_byline(top):
    # VOA Bangla: the broadcaster's name, then TITLE / NAME / DATE: the reporter had been lost as `unknown`
    from bnnews import parse
    a = parse(f"{top}\nযুক্তরাষ্ট্রে শীতকালীন ঝড়ে বিদ্যুৎহীন লাখো মানুষ\nরাকিব হাসান\nনভেম্বর ২৮, ২০২৫\n"
              "যুক্তরাষ্ট্রের উত্তর-পূর্বাঞ্চলে শক্তিশালী শীতকালীন ঝড়ে লাখো মানুষ বিদ্যুৎহীন হয়ে পড়েছেন।\n")
    assert (a.desk, a.author) == ("রাকিব হাসান", "রাকিব হাসান")
    assert [(o.line, o.kind) for o in a.other] == [(1, "menu")]


@pytest.mark.parametrize("line,desk", [
    # ABP Live's live pages: the outlet, then its labelled last update
    ("ABP Ananda Last Updated: 23 Oct 2023 11:53 PM", "ABP Ananda"),
    ("প্রথম আলো আপডেট: ২৩ অক্টোবর ২০২৩, ২৩:৫৩", "প্রথম আলো"),
])
def test_an_outlet_before_its_labelled_date_is_the_byline(line, desk):
    from bnnews import parse
    a = parse("West Bengal News LIVE: লাস্ট ল্যাপে পুজো, রাত পোহালেই দশমী\n\n" + line + "\n\n"
              "কলকাতা: আজ মহানবমী। মণ্ডপে মণ্ডপে সকাল থেকেই চলছে পুজো। নবমীর পুজোতে যেমন থাকে আনন্দ।\n")
    assert a.desk == desk and a.updated.date == "2023-10-23"


_BARTAMAN_BODY = ("এক ক্লিকে কলকাতা। পরের ক্লিকে হাওড়া। মাঝখানে গঙ্গা। মোবাইলে হোক কিংবা ক্যামেরায়, সেলফি তোলার "
                  "ভিড় লেগেই থাকত সেতুর উপরে।\nএবার সেখানে দাঁড়িয়ে সেলফি তোলায় নিষেধাজ্ঞা জারি হল।\n")


@pytest.mark.parametrize("title,second,byline,headline,desk", [
    # Bartaman prints its titles in two lines: the first runs on (a participle,
    # a question with no mark yet), the second closes it
    ("দ্বিতীয় হুগলি সেতুতে দাঁড়িয়ে", "সেলফিতে নিষেধাজ্ঞা", "",
     "দ্বিতীয় হুগলি সেতুতে দাঁড়িয়ে সেলফিতে নিষেধাজ্ঞা", "নিজস্ব প্রতিনিধি, কলকাতা"),
    ("ধর্মীয় গোঁড়ামির কাছে কি শেষে", "হার মানবে করোনা বিরোধী লড়াই?", "হিমাংশু সিংহ\n",
     "ধর্মীয় গোঁড়ামির কাছে কি শেষে হার মানবে করোনা বিরোধী লড়াই?", "হিমাংশু সিংহ"),
])
def test_a_title_printed_in_two_lines_is_one_headline(title, second, byline, headline, desk):
    from bnnews import parse
    inline = "নিজস্ব প্রতিনিধি, কলকাতা: " if not byline else ""
    a = parse(f"Bartaman Patrika\nরাজ্য\n \n\n{title}\n {second} \n{byline}\n{inline}{_BARTAMAN_BODY}")
    assert (a.headline, a.desk) == (headline, desk)


def test_a_short_subhead_under_a_whole_title_stays_apart():
    # a title that reads whole: the line under it is its subhead, and a line
    # with a case ending is no byline
    from bnnews import parse
    a = parse("বাঁকুড়ায় হাতির হানায় মৃত্যু কৃষকের\nজমিতে ধান পাহারা দিতে গিয়েছিলেন তিনি\n"
              "নিজস্ব সংবাদদাতা, বাঁকুড়া: " + _BARTAMAN_BODY)
    assert a.headline == "বাঁকুড়ায় হাতির হানায় মৃত্যু কৃষকের"
    assert [o.kind for o in a.other] == ["summary"]


@pytest.mark.parametrize("line,place", [
    # a role a theme cut short (formats.md §2: `নিজস্ব প্রতিবেদ:`): no one's name
    ("নিজস্ব প্রতিনিধ", None), ("নিজস্ব প্রতিবেদ", None), ("স্টাফ রিপোর্টা", None), ("কুমিল্লা প্রতিনিধ", "কুমিল্লা"),
])
def test_a_role_cut_short_is_still_a_desk_and_no_author(line, place):
    from bnnews import parse
    a = parse(page("সোনারগাঁয়ে বেড়া উচ্ছেদের পর ছবি তোলার ভিড়", line, "প্রকাশ: ১৬ ডিসেম্বর ২০২৪, ১০:০০"))
    assert (a.desk, a.author, a.place) == (line, None, place)


def test_a_columnists_name_under_its_portraits_alt_text_is_the_byline():
    # Prothom Alo's columns: the standfirst crediting the writer, the portrait's
    # alt text, the name, the writer's post cut short, then the column
    from bnnews import parse
    a = parse(" date 2025-09-13 কলাম\n\nমতামত\n\nপথের বাধা সরিয়ে নিন, বেসরকারি বিশ্ববিদ্যালয়কে এগোতে দিন\n\n"
              "আইনটির লক্ষ্য ছিল নতুন এক ধারার সূচনা। সেই লক্ষ্য পূরণ হয়েছে। বেসরকারি বিশ্ববিদ্যালয় নিয়ে লিখেছেন মুনির হাসান\n\n"
              "মুনির হাসান Contributor image\nমুনির হাসান\nপ্রথম আলোর ডিজিটাল ট্রান্সফরমেশন ও যুব...\n\n"
              "আন্তর্জাতিক গণিত অলিম্পিয়াডে বাংলাদেশ দলের সঙ্গে গত জুলাই মাসে অস্ট্রেলিয়া গিয়েছি। সেখানেই দেখা হয় এক সহকর্মীর সঙ্গে।\n")
    assert (a.headline, a.kicker, a.desk, a.author) == ("পথের বাধা সরিয়ে নিন, বেসরকারি বিশ্ববিদ্যালয়কে এগোতে দিন", "মতামত",
                                                     "মুনির হাসান", "মুনির হাসান")
    assert len(a.body) == 1 and a.body[0].startswith("আন্তর্জাতিক")
    assert [o.kind for o in a.other if o.kind != "crawl"] == ["menu", "summary", "markup", "signature"]


@pytest.mark.parametrize("line,desk", [
    # a role, then a clause of a title (`সম্পাদক` is also the editor a title speaks of)
    ("সম্পাদক, মালিকের জনসংযোগ কর্মকর্তায় পরিণত হবেন না", False),
    ("প্রতিবেদক, সাংবাদিকতায় নতুন দিনের সূচনা হলো", False),
    # a role with names and places, however long a name with initials runs
    ("আ স ম আবু তালেব, ঢাকা বিশেষ প্রতিনিধি", True),
    ("মোহাম্মদ আব্দুর রহমান খান চৌধুরী, নিজস্ব প্রতিবেদক", True),
])
def test_a_role_beside_a_clause_is_no_desk_line(line, desk):
    from bnnews.byline import is_desk_line
    assert is_desk_line(line) is desk


def test_a_themes_search_box_and_a_title_that_opens_with_a_role_word():
    # JNews: the menu twice with `No Result` / `View All Result`, a title that
    # opens with `সম্পাদক,`, the byline, the date, the title again, share links
    from bnnews import parse
    a = parse("Public Times\n  • সর্বশেষ\n  • বাংলাদেশ\n  • রাজনীতি\nNo Result\nView All Result\nADVERTISEMENT\n\n"
              "সম্পাদক, মালিকের জনসংযোগ কর্মকর্তায় পরিণত হবেন না\n\nনিজস্ব প্রতিবেদক\nশুক্রবার, ২৮ ফেব্রুয়ারি, ২০২৫\n"
              "সম্পাদক, মালিকের জনসংযোগ কর্মকর্তায় পরিণত হবেন না\nShare on FacebookShare on Twitter\n\n"
              "১৯৭২ সাল থেকে সাংবাদিকতা এবং ১৯৯৩ সাল থেকে সম্পাদক হিসেবে দায়িত্ব পালন করছি। এতো বছরের অভিজ্ঞতায় এ কথা বলছি।\n")
    assert (a.headline, a.desk, a.published.date) == ("সম্পাদক, মালিকের জনসংযোগ কর্মকর্তায় পরিণত হবেন না",
                                                    "নিজস্ব প্রতিবেদক", "2025-02-28")
    kinds = {o.text: o.kind for o in a.other}
    assert (kinds["No Result"], kinds["View All Result"], kinds["Share on FacebookShare on Twitter"]) == (
        "menu", "menu", "share")


@pytest.mark.parametrize("byline,desk,author", [
    ("- সৌমিক দাস", "সৌমিক দাস", "সৌমিক দাস"),
    ("- নিজস্ব প্রতিবেদক", "নিজস্ব প্রতিবেদক", None),
    ("• Rahul Das", "Rahul Das", "Rahul Das"),
])
def test_a_bulleted_name_over_the_bulleted_date_is_the_byline(byline, desk, author):
    # TV9 Bangla: TITLE / `- NAME` / `- Updated on: DATE` / `- TIME` / body
    a = parse(f"Kolkata Weather: শীতের আমেজ কলকাতায়, পারদ নামল ১৪ ডিগ্রিতে\n{byline}\n- Updated on: Dec 18, 2025\n"
              "- 12:33 pm\nKolkata Weather: আলিপুর আবহাওয়া দফতর জানিয়েছে, আগামী কয়েকদিন শহরে শীতের আমেজ থাকবে।\n"
              "সকালের দিকে দক্ষিণবঙ্গের বেশ কিছু জেলায় ঘন কুয়াশা থাকবে বলে জানিয়েছে হাওয়া অফিস।\n")
    assert (a.headline, a.kicker, a.desk, a.author) == (
        "শীতের আমেজ কলকাতায়, পারদ নামল ১৪ ডিগ্রিতে", "Kolkata Weather", desk, author)
    assert a.updated.datetime.startswith("2025-12-18T12:33") and len(a.body) == 2 and not a.other


def test_a_bulleted_summary_point_under_the_title_is_no_byline():
    a = parse("শীতের আমেজ কলকাতায়, পারদ নামল ১৪ ডিগ্রিতে\n- উত্তরবঙ্গে কুয়াশার সতর্কতা জারি\n"
              "প্রকাশিত: ১৮ ডিসেম্বর ২০২৫\n\nআলিপুর আবহাওয়া দফতর জানিয়েছে, আগামী কয়েকদিন শহরে শীতের আমেজ থাকবে।\n")
    assert a.desk is None and a.published.date == "2025-12-18"


def test_a_title_run_into_the_sites_name_and_a_name_closed_by_a_bar():
    # dainikshiksha: `TITLE - দৈনিকশিক্ষা` (the <title>, the site's name run
    # together) / TITLE / `NAME |` (its date lost after the bar) / body
    a = parse("প্রকাশনায় মুদ্রণশৈলী বা টাইপোগ্রাফি - দৈনিকশিক্ষা\n\nপ্রকাশনায় মুদ্রণশৈলী বা টাইপোগ্রাফি\n\n"
              "কামরুল হাসান শায়ক |\n\nমুদ্রণশৈলীর ইংরেজি পরিভাষা টাইপোগ্রাফি, যেটার সহজ অর্থ বর্ণের অলঙ্করণ। "
              "টেক্সটকে পাঠযোগ্য করার বিজ্ঞানকে মুদ্রণশৈলী বলে।\n")
    assert (a.headline, a.desk, a.author) == ("প্রকাশনায় মুদ্রণশৈলী বা টাইপোগ্রাফি", "কামরুল হাসান শায়ক",
                                            "কামরুল হাসান শায়ক")
    assert [o.kind for o in a.other] == ["repeat"]


def test_three_words_under_the_title_with_no_bar_stay_a_subhead():
    a = parse("প্রকাশনায় মুদ্রণশৈলী বা টাইপোগ্রাফি\n\nকামরুল হাসান শায়ক\n\n"
              "মুদ্রণশৈলীর ইংরেজি পরিভাষা টাইপোগ্রাফি, যেটার সহজ অর্থ বর্ণের অলঙ্করণ। এটি একটি বিজ্ঞান।\n")
    assert a.desk is None


def test_a_university_after_a_name_alone_is_no_place_of_filing():
    # a writer's affiliation (an op-ed's `NAME, ঢাকা বিশ্ববিদ্যালয়`), not where a reporter files from
    assert split_byline("রাকিব হাসান, ঢাকা বিশ্ববিদ্যালয়") == ("রাকিব হাসান", None)


@pytest.mark.parametrize("title", ["বিপিএলে যত হ্যাটট্রিক", "টিভিতে আজকের খেলা"])
def test_a_short_title_over_a_standfirst_that_reports_what_someone_says(title):
    # a line that reports a speaker (`… বলছেন, …`) under a short title is the standfirst, no headline
    a = parse(f"{title}\nদলের নেতারা বলছেন, সময় এসেছে নতুন করে ভাবার\nনিজস্ব প্রতিবেদক\n"
              "প্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\nরাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। "
              "ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।\n")
    assert (a.headline, a.kicker, a.desk) == (title, None, "নিজস্ব প্রতিবেদক")


def test_a_short_shoulder_over_a_longer_title_stays_the_kicker():
    a = parse("বিপিএল\nশেষ ওভারের নাটকীয়তায় রংপুরের জয়, হতাশ চট্টগ্রাম\nনিজস্ব প্রতিবেদক\n"
              "প্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\nরাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। "
              "ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।\n")
    assert (a.headline, a.kicker) == ("শেষ ওভারের নাটকীয়তায় রংপুরের জয়, হতাশ চট্টগ্রাম", "বিপিএল")


@pytest.mark.parametrize("line,desk", [("ইমাম খাইর::", "ইমাম খাইর"), ("রফিক হাসান :-", "রফিক হাসান"),
                                       ("মোঃ রফিকুল ইসলাম:", "মোঃ রফিকুল ইসলাম")])
def test_a_name_closed_by_a_bylines_mark_on_a_page_with_no_title_is_the_byline(line, desk):
    # ukhiyanews: `প্রকাশিত: DATE` / `NAME::` / body, the title lost: no title ends with `::`
    a = parse(f"প্রকাশিত: ২৫/০৩/২০২০ ১১:১৫ এএম\n\n{line}\n"
              "এবার পত্রিকার সৌজন্য কপি বন্ধ রাখতে সরবরাহকারীদের প্রতি অনুরোধ জানিয়েছেন জেলা প্রশাসন।\n"
              "বুধবার সকালে এই নির্দেশনা দেওয়া হয়।\n\nপাঠকের মতামত\n")
    assert (a.headline, a.desk, a.published.date, len(a.body)) == (None, desk, "2020-03-25", 2)
    assert ("label", "পাঠকের মতামত") in [(o.kind, o.text) for o in a.other]


def test_a_two_word_title_closed_by_a_colon_stays_the_title():
    a = parse("বিশ্বকাপ ফুটবল:\nপ্রকাশিত: ২৫/০৩/২০২০ ১১:১৫ এএম\n"
              "এবার পত্রিকার সৌজন্য কপি বন্ধ রাখতে সরবরাহকারীদের প্রতি অনুরোধ জানিয়েছেন জেলা প্রশাসন।\n")
    assert a.headline == "বিশ্বকাপ ফুটবল:" and a.desk is None


@pytest.mark.parametrize("line", ["কী বলছে সরকার", "কেন চাই সরকার", "যা হবে দাস"])
def test_a_subhead_that_ends_in_a_family_name_is_no_person(line):
    # a question word or a common verb anywhere: no name holds one
    from bnnews.byline import looks_like_person
    assert not looks_like_person(line)


@pytest.mark.parametrize("line,desk,published", [
    # a blog's byline with its date in brackets after `তারিখ:` (sachalayatan)
    ("লিখেছেন: রাশেদ করিম (তারিখ: শনি, ২৮/১১/২০২৬ - ১৯:৩০)", "লিখেছেন: রাশেদ করিম", "2026-11-28T19:30+06:00"),
    # a bullet between the byline and the date
    ("লেখক: রাশেদ করিম • ২৮ নভেম্বর ২০২৬", "লেখক: রাশেদ করিম", "2026-11-28"),
    # `পোস্ট করেছেন` (posted by) and a bar before the date: no headline `পোস্ট করেছেন:`
    ("পোস্ট করেছেন: রাশেদ করিম | ২৮ নভেম্বর ২০২৬", "পোস্ট করেছেন: রাশেদ করিম", "2026-11-28"),
])
def test_a_blogs_byline_with_its_date_on_one_line(line, desk, published):
    from bnnews import parse
    body = "শীতের সকালে গ্রামের পথে হাঁটতে হাঁটতে মনে পড়ে শৈশবের কথা। কুয়াশায় ঢাকা মাঠ আর পিঠার গন্ধ।"
    a = parse(f"শৈশবের শীত\n{line}\n{body}\n")
    assert (a.headline, a.kicker, a.desk, a.author) == ("শৈশবের শীত", None, desk, "রাশেদ করিম")
    assert (a.published.datetime or a.published.date) == published and a.body == (body,)


@pytest.mark.parametrize("opening, desk, place", [
    # Janakantha: `॥` after the byline and after the dateline's place
    ("নিজস্ব সংবাদদাতা ॥ সিরাজগঞ্জ ॥ ", "নিজস্ব সংবাদদাতা, সিরাজগঞ্জ", "সিরাজগঞ্জ"),
    ("স্টাফ রিপোর্টার ॥ ", "স্টাফ রিপোর্টার", None),
    # a dash glued to the byline's last word
    ("সিরাজগঞ্জ প্রতিনিধি- ", "সিরাজগঞ্জ প্রতিনিধি", "সিরাজগঞ্জ"),
])
def test_an_inline_byline_closed_by_double_dandas_or_a_glued_dash(opening, desk, place):
    from bnnews import parse
    body = "জেলার কাজীপুর উপজেলায় যমুনার ভাঙনে অন্তত ৫০টি বাড়ি বিলীন হয়েছে। স্থানীয়রা এ তথ্য জানান।"
    a = parse(f"যমুনার ভাঙনে দিশেহারা মানুষ\nপ্রকাশ: ২৮ নভেম্বর ২০২৬, ১০:০০\n{opening}{body}\n")
    assert (a.desk, a.place, a.body) == (desk, place, (body,))
