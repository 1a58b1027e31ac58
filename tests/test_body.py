"""Where the body starts and what it keeps, on layouts the samples do not show."""
from __future__ import annotations

import pytest

from bnnews import parse


@pytest.mark.parametrize("question,answer", [
    ("প্রশ্ন: বর্তমান অর্থনীতির অবস্থা কেমন?", "উত্তর: মূল্যস্ফীতি এখনো উচ্চ, তবে কিছুটা কমেছে।"),
    ("প্রশ্ন : ব্যাংক খাত কেমন চলছে?", "উত্তর : সংস্কার জরুরি, তবে তা ধাপে ধাপে করতে হবে।"),
    ("Q: How is the economy doing?", "A: Inflation is still high, but it has eased a little since June."),
])
def test_an_interviews_first_question_is_the_bodys_first_paragraph(question, answer):
    a = parse(f"সাক্ষাৎকার\n'অর্থনীতি ঘুরে দাঁড়াতে সময় লাগবে'\nসাক্ষাৎকার নিয়েছেন: জাহিদ হোসেন\n"
              f"২৮ নভেম্বর ২০২৫, ১০:১৫ এএম\n\n{question}\n\n{answer}\n")
    assert a.body == (question, answer)
    assert a.headline == "'অর্থনীতি ঘুরে দাঁড়াতে সময় লাগবে'"
    assert a.other == ()


def test_a_question_with_no_interview_label_under_the_headline_is_still_a_subhead():
    a = parse("চালের দাম কেন বাড়ছে\nনিজস্ব প্রতিবেদক\n২৮ নভেম্বর ২০২৫, ১০:১৫ এএম\n\nসরকার কী করছে?\n\n"
              "ঢাকার বাজারে আজ চালের দাম আবারও বেড়েছে বলে জানিয়েছেন ব্যবসায়ীরা।\n")
    assert a.body == ("ঢাকার বাজারে আজ চালের দাম আবারও বেড়েছে বলে জানিয়েছেন ব্যবসায়ীরা।",)


BODY = "ঢাকা বিশ্ববিদ্যালয়ে বৃক্ষরোপণ কর্মসূচি অনুষ্ঠিত হয়েছে। উপাচার্য প্রধান অতিথি হিসেবে উপস্থিত ছিলেন।"


@pytest.mark.parametrize("byline,author", [("প্রতিবেদক: রাশেদুল ইসলাম", "রাশেদুল ইসলাম"), ("ঢাকা প্রতিনিধি", None)])
def test_a_byline_after_the_body_is_the_desk_when_the_header_has_none(byline, author):
    a = parse(f"২৮ নভেম্বর ২০২৫, ১৫:২০\nবিশ্ববিদ্যালয়ে বৃক্ষরোপণ কর্মসূচি অনুষ্ঠিত\n{BODY}\n{byline}\n")
    assert (a.desk, a.author, a.links) == (byline, author, ())


def test_a_byline_after_the_body_of_a_page_with_a_desk_is_a_credit_not_a_link():
    a = parse(f"বিশ্ববিদ্যালয়ে বৃক্ষরোপণ কর্মসূচি অনুষ্ঠিত\nনিজস্ব প্রতিবেদক\n২৮ নভেম্বর ২০২৫, ১৫:২০\n{BODY}\n"
              "প্রতিবেদক: রাশেদুল ইসলাম\nআরও খবর\nরাজশাহীতে শীতের প্রকোপ বাড়ছে\nখুলনায় সবজির দাম কমেছে\n")
    assert a.desk == "নিজস্ব প্রতিবেদক"
    assert a.links == ("রাজশাহীতে শীতের প্রকোপ বাড়ছে", "খুলনায় সবজির দাম কমেছে")
    assert [(o.kind, o.text) for o in a.other if o.kind == "signature"] == [("signature", "প্রতিবেদক: রাশেদুল ইসলাম")]
