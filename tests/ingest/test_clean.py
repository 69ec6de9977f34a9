"""Text-page cleaning on pages we wrote in the shapes scrapers produce."""
from __future__ import annotations

from marsad.ingest.clean import clean_text
from marsad.ingest.page import clean_page
from marsad.ingest.lines import byline, classify, dateline_date, outlet_from_url
from marsad.ingest.readers import RawDoc

B1 = ("أفادت مصادر محلية بمقتل عنصرين من قوات النظام وإصابة ثلاثة آخرين في هجوم استهدف حاجزاً عسكرياً "
      "مساء الأحد بجوار بلدة المزيريب غربي درعا.")
B2 = ("وقالت المصادر إن مسلحين مجهولين هاجموا الحاجز بالأسلحة الخفيفة والقنابل اليدوية قبل أن ينسحبوا "
      "باتجاه الأراضي الزراعية المحيطة بالبلدة.")
B3 = "واستقدمت قوات النظام تعزيزات إلى المنطقة وشنت حملة تفتيش في المزارع القريبة."
REL_T = "وزارة الخارجية التركية تدعو إلى وقف التصعيد في شمال سوريا"
REL_B = ("دعت وزارة الخارجية التركية في بيان الأطراف كافة إلى وقف التصعيد العسكري في شمال سوريا، "
         "محذرة من موجة نزوح جديدة نحو الحدود.\n\nوأكد البيان أن أنقرة تتابع التطورات عن كثب وتجري اتصالات مع الأطراف المعنية.")


def test_title_byline_and_inline_related():
    page = (f"الرئيسية | أخبار | تقارير\n\nهجوم على حاجز لقوات النظام غربي درعا\n\n"
            f"عنب بلدي – خاص\n\nالاثنين 4 آذار 2024 - 10:30\n\n{B1}\n\nاقرأ أيضاً: {REL_T}\n\n{B2}\n\n{B3}\n")
    c = clean_text(page)
    assert c.title == "هجوم على حاجز لقوات النظام غربي درعا"
    assert c.outlet == "عنب بلدي" and c.author == "خاص"
    assert c.published == "2024-03-04"
    assert c.related_headlines == [REL_T]
    assert c.text == f"{B1}\n\n{B2}\n\n{B3}"


def test_box_inside_body_then_glued_article_and_bullets_in_tail():
    page = (f"{B1}\n\nإقرأ أيضا\nمقتل قيادي في هجوم بعبوة ناسفة شرقي دير الزور\n\n{B2}\n{B3}\n\n"
            f"المصدر: الأناضول\n\nالوسوم\nدرعا\nسوريا\n\nاقرأ أيضاً:\n\n{REL_T}\n\n{REL_B}\n\nإعلان\n\n"
            "مقالات ذات صلة\n\n  • عنوان أول عن الاشتباكات في الشمال\n  • عنوان ثان عن النزوح من المخيمات\n")
    c = clean_text(page)
    assert c.text == f"{B1}\n\n{B2}\n{B3}"
    assert c.outlet == "الأناضول"
    assert c.related == [{"title": REL_T, "text": REL_B}]
    assert c.related_headlines == ["مقتل قيادي في هجوم بعبوة ناسفة شرقي دير الزور",
                                   "عنوان أول عن الاشتباكات في الشمال", "عنوان ثان عن النزوح من المخيمات"]


def test_comments_never_leak():
    page = (f"{B1}\n\n{B2}\n\n3 تعليقات\n\nأبو خالد\nالله يحمي أهلنا في حوران من كل شر ومكروه\n"
            "رد\n\nاترك تعليقاً\n\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\n\n"
            "التعليق *\n\nالاسم *\n\nإرسال التعليق\n")
    c = clean_text(page)
    assert c.text == f"{B1}\n\n{B2}"


def test_tags_above_article_do_not_end_it_and_bullets_in_body_stay():
    page = f"الوسوم: درعا، سوريا\n\n{B1}\n\n- مقتل عنصرين\n- إصابة ثلاثة\n\n{B2}\n"
    c = clean_text(page)
    assert c.text == f"{B1}\n\n- مقتل عنصرين\n- إصابة ثلاثة\n\n{B2}"


def test_outlet_from_url_and_listing_dropped():
    d = clean_page(RawDoc(source="x", text=f"{B1}\n\n{B2}\n\nالأكثر قراءة\n• خبر أول طويل العنوان هنا\n• خبر ثان\n",
                          url="https://www.enabbaladi.net/archives/123"))
    assert d.outlet == "عنب بلدي" and d.related_headlines == [] and d.text == f"{B1}\n\n{B2}"


def test_line_classifier_pieces():
    assert classify("كلمات دلالية: درعا سوريا").kind == "tags"
    assert classify("شارك").kind == "furniture" and classify("فيسبوك تويتر واتساب").kind == "furniture"
    assert classify("الرئيسية » أخبار » تقارير").kind == "furniture"
    assert classify("المصدر: وكالات").outlet is None
    assert classify("المصدر: عربي 21").outlet == "عربي21"
    assert classify("اقرأ ايضا: عنوان الخبر المرتبط هنا").rest == "عنوان الخبر المرتبط هنا"
    assert classify(B1).kind == "text"
    assert byline("بقلم: سامر الخطيب") == (None, "سامر الخطيب")
    assert byline("الجزيرة نت - أحمد علي") == ("الجزيرة", "أحمد علي")
    assert byline("قوات النظام - مصادر محلية") is None
    assert dateline_date("نشر في 12 أيلول 2023") == "2023-09-12"
    assert outlet_from_url("https://m.aljazeera.net/news/x") == "الجزيرة" and outlet_from_url("not a url") is None


def test_comment_and_menu_checks_answer_as_the_plain_scans_do():
    """classify() asks one regex for the comment-widget phrases and skips the menu split when a
    line has no separator: the same answers as testing every phrase and splitting every line."""
    from marsad.ingest import lines as L

    lx = L.lexicons()
    samples = [L.norm(s) for s in (
        "أضف تعليقك", "لا توجد تعليقات بعد على هذا الخبر", "الرئيسية | أخبار | سوريا", "الرئيسية  أخبار",
        "قصفت الطائرات البلدة صباح اليوم", "0 تعليقات", "شارك برأيك", "اترك تعليقاً على الموضوع هنا")]
    samples += list(lx.comments)
    for n in samples:
        for short in (True, False):
            want = any(c in n and (" " in c or short) for c in lx.comments)
            assert (L._comment_words(lx.comments, short).search(n) is not None) == want, (n, short)
        parts = [p for p in L._NAV_SPLIT.split(n) if p.strip(L._EDGE)]
        if L._NAV_SEP.search(n) is None:
            assert len(parts) < 2


def test_script_counts_by_bytes_equal_a_count_character_by_character():
    import random

    from marsad.ingest.language import _script_counts

    def by_chars(sample):
        letters = arabic = 0
        for c in sample:
            if c.isalpha():
                letters += 1
                arabic += "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\ufb50" <= c <= "\ufeff"
        return letters, arabic

    rnd = random.Random(4)
    pool = list("قصفت الطائرات? abc ١٢٣ ی ک ٬ é Ωß ✓ 😀") + ["\ud800", "\ufeff", "\ufb51"]
    for _ in range(2000):
        sample = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 60)))
        assert _script_counts(sample) == by_chars(sample)
