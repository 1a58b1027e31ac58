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
