"""Embedded posts in scraped text: signatures, where a post starts, joining the text back."""
from __future__ import annotations

from marsad.ingest.embeds import extract_embeds

P1 = "قصفت قوات النظام بلدة الهبيط بأكثر من عشرين قذيفة صباح اليوم، فتهدمت منازل كثيرة للمدنيين."
P2 = "وقالت مصادر محلية إن القصف تركز على الأحياء الغربية من البلدة."


def test_single_tweet_on_its_own_line():
    text = f"{P1}\n\nلحظة سقوط القذائف على الهبيط pic.twitter.com/AbCd123 — شبكة إدلب (@idlib_net) March 5, 2024\n{P2}"
    out, [e] = extract_embeds(text)
    assert e == {"platform": "twitter", "text": "لحظة سقوط القذائف على الهبيط", "author": "شبكة إدلب",
                 "handle": "idlib_net", "date": "2024-03-05", "url": "pic.twitter.com/AbCd123"}
    assert out == f"{P1}\n{P2}"


def test_two_posts_glued_on_one_line_and_multiline_second():
    text = (f"{P1}\n\nأول منشور هنا pic.twitter.com/one111 — حساب أول (@first_acc) Jan 2, 2024 "
            "ثاني منشور يبدأ هنا.\nويكمل في سطر ثان #وسم pic.twitter.com/two222 — حساب ثان (@second) "
            f"February 10, 2024\n{P2}")
    out, embeds = extract_embeds(text)
    assert [e["handle"] for e in embeds] == ["first_acc", "second"]
    assert embeds[1]["text"] == "ثاني منشور يبدأ هنا.\nويكمل في سطر ثان #وسم"
    assert embeds[1]["date"] == "2024-02-10"
    assert out == f"{P1}\n{P2}"


def test_hashtag_lead_line_goes_with_post_and_interrupted_paragraph_rejoined():
    first = "وأكد الناطق باسم الدفاع المدني في تصريح خاص أن فرق الإنقاذ عملت طوال الليل على انتشال"
    text = (f"{first}\n#عاجل\n\nفرق الإنقاذ في موقع الانفجار pic.twitter.com/Xy9 — الخوذ البيضاء "
            "(@SyriaCivilDefe) October 3, 2024\nالضحايا من تحت الأنقاض في الحي الشرقي.")
    out, [e] = extract_embeds(text)
    assert e["text"] == "#عاجل\n\nفرق الإنقاذ في موقع الانفجار"
    assert e["author"] == "الخوذ البيضاء"
    # the sentence the post cut in two reads on
    assert out == first + " الضحايا من تحت الأنقاض في الحي الشرقي."


def test_status_url_signature_and_trailing_emoji_noise():
    text = ("نص التغريدة عن الاشتباكات https://x.com/reporter_sy/status/1790000000000000001 — مراسل ميداني"
            "?????? (@reporter_sy) May 1, 2024\n" + P2)
    out, [e] = extract_embeds(text)
    assert e["author"] == "مراسل ميداني" and e["handle"] == "reporter_sy"
    assert e["url"] == "https://x.com/reporter_sy/status/1790000000000000001"
    assert out == P2


def test_facebook_telegram_youtube_link_lines():
    text = (f"{P1}\n\nبيان الفصيل حول المعارك الأخيرة في ريف حلب\n\nPosted by غرفة العمليات on Tuesday, December 3, 2024\n"
            f"{P2}\nhttps://t.me/frontline_news/8812\nشاهد: https://www.youtube.com/watch?v=abcDEF123\n"
            "وتابع المصدر حديثه عن الوضع الميداني في المنطقة.")
    out, embeds = extract_embeds(text)
    assert [e["platform"] for e in embeds] == ["facebook", "telegram", "youtube"]
    fb, tg, yt = embeds
    assert fb["text"] == "بيان الفصيل حول المعارك الأخيرة في ريف حلب" and fb["author"] == "غرفة العمليات"
    assert fb["date"] == "2024-12-03"
    assert tg["handle"] == "frontline_news" and tg["url"] == "https://t.me/frontline_news/8812"
    assert yt["url"].endswith("abcDEF123") and yt["text"] == "شاهد:"
    assert "t.me" not in out and "youtube" not in out and "Posted by" not in out
    assert P1 in out and P2 in out and "وتابع المصدر" in out


def test_no_false_positives():
    text = (f"{P1}\nوقال القائد – في تصريح لوكالة محلية – إن قواته تقدمت نحو 5 كيلومترات.\n"
            "رابط التقرير الكامل على موقعنا يشرح بالتفصيل مجريات المعارك شمالي حماة طوال الأسبوع "
            "الماضي مع خرائط ميدانية https://t.me/some_channel/12 وشهادات من السكان.")
    out, embeds = extract_embeds(text)
    assert embeds == [] and out == text


def test_signature_search_near_handles_finds_what_a_full_scan_finds():
    # the signature regex runs only around "(@": same matches as scanning the whole page
    import random

    from marsad.ingest import embeds as E

    lines = [
        "قال الناطق باسم الفصيل إن المعارك مستمرة على أطراف المدينة - ولا تراجع",
        "نص التغريدة الأولى هنا pic.twitter.com/AbCd12 — حساب الأخبار (@news_acc) March 3, 2021",
        "https://twitter.com/someone/status/12345",
        "— مراسل ميداني (@field_rep) 4 April 2020",
        "pic.x.com/Zz99", "— شبكة محلية (@local_net) June 5,", "2019",
        "وأضاف المصدر أن القصف استهدف الحي الشرقي -- دون إصابات",
        "شاهد: t.me/channel_name/881 والمزيد", "youtube.com/watch?v=abc-123",
    ]
    rnd = random.Random(3)
    for _ in range(200):
        text = "\n".join(rnd.choice(lines) for _ in range(rnd.randint(1, 12)))
        assert [m.span() for m in E._finditer_near(E._TWEET_SIG, text, "(@")] == \
            [m.span() for m in E._TWEET_SIG.finditer(text)]
        assert [m.span() for m in E._finditer_near(E._TWEET_SIG, text, "(@", E._sig_starts)] == \
            [m.span() for m in E._TWEET_SIG.finditer(text)]
        assert [m.span() for m in E._link_matches(text)] == [m.span() for m in E._LINK_LINE.finditer(text)]


def test_a_page_flattened_to_one_line_keeps_its_article():
    # a scraped page whose line breaks were lost: the "line above the signature" is the whole
    # article, which must not be cut out as the post's text
    article = " ".join([P1, P2] * 20)
    text = f"{article} لحظة سقوط القذائف على الهبيط pic.twitter.com/AbCd123 — شبكة إدلب (@idlib_net) March 5, 2024 {P2}"
    out, [e] = extract_embeds(text)
    assert len(e["text"]) <= 600
    assert e["text"].endswith("لحظة سقوط القذائف على الهبيط")
    assert out.count(P1) == 20  # the article stays in the text


def test_long_and_one_line_pages_take_the_same_posts_as_short_ones():
    """A long page looks lines up by bisect and a one-line page scans only near each post or
    link: the same signatures, links and joined text as the plain scans would give."""
    import random

    from marsad.ingest import embeds as E

    sig = "نص التغريدة هنا pic.twitter.com/AbCd12 — حساب الأخبار (@news_acc) March 3, 2021"
    link = "شاهد: t.me/channel_name/881"
    rnd = random.Random(7)
    for sep in ("\n", " "):
        parts = [rnd.choice([P1, P2, sig, link, "#وسم", ""]) for _ in range(1600)]
        text = sep.join(parts)
        assert len(text) > E._INDEX_FROM  # the bisect path
        assert [m.span() for m in E._finditer_near(E._TWEET_SIG, text, "(@")] == \
            [m.span() for m in E._TWEET_SIG.finditer(text)]
        assert [m.span() for m in E._finditer_near(E._TWEET_SIG, text, "(@", E._sig_starts)] == \
            [m.span() for m in E._TWEET_SIG.finditer(text)]
        assert [m.span() for m in E._link_matches(text)] == [m.span() for m in E._LINK_LINE.finditer(text)]
        for i in rnd.sample(range(len(text)), 300):
            assert E._line_start(text, i) == text.rfind("\n", 0, i) + 1
            j = text.find("\n", i)
            assert E._line_end(text, i) == (len(text) if j < 0 else j)
        out, embeds = extract_embeds(text)
        assert len(embeds) == parts.count(sig) + (parts.count(link) if sep == "\n" else 0)


def test_rejoining_the_text_around_posts_reads_only_its_end():
    """_join builds a list (joining onto a growing string copied the page once per post):
    the same text as the string version, for any pieces."""
    import random

    from marsad.ingest import embeds as E

    def by_strings(pieces):
        res = pieces[0]
        for p in pieces[1:]:
            left, right = res.rstrip(" \t"), p.lstrip(" \t")
            if not left.strip():
                res = right.lstrip("\n")
            elif not right.strip():
                res = left.rstrip() + "\n" if right else left
            else:
                lt = left.rstrip()
                if not left.endswith("\n") and not right.startswith("\n"):
                    res = lt + " " + right
                elif lt[-1] not in E.TERMINAL and right.lstrip("\n")[:1] not in "#•-" \
                        and len(lt[lt.rfind("\n") + 1:].split()) > 12:
                    res = lt + " " + right.lstrip("\n")
                else:
                    res = lt + "\n" + right.lstrip("\n")
        return res

    rnd = random.Random(5)
    bits = ["كلمة ", "ب ج", " ", "\t", "\n", ".", "#", "•", "-", "\n\n", "،", "د " * 90, "ه" * 900]
    for _ in range(3000):
        pieces = ["".join(rnd.choice(bits) for _ in range(rnd.randint(0, 10))) for _ in range(rnd.randint(1, 5))]
        assert E._join(pieces) == by_strings(pieces)
