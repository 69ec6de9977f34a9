"""Quoted social posts get their own entities (offsets into the post's text)."""
from marsad.document import Document
from marsad.extract.entities import EntityTagger


def test_embedded_post_names_are_tagged_with_their_own_offsets():
    post = "#شاهد\n\nانشقاق العميد سامي خليل حمدان قائد الكتيبة في ريف حلب"
    doc = Document("نص المقال عن الانشقاقات في سوريا.", embeds=[{"platform": "twitter", "text": post},
                                                                {"platform": "twitter", "text": None}])
    EntityTagger()(doc)
    ents = doc.embeds[0]["entities"]
    assert all(post[e["start"]:e["end"]] == e["surface"] for e in ents)
    assert ("سامي خليل حمدان", "PER") in {(e["surface"], e["type"]) for e in ents}
    assert "entities" not in doc.embeds[1]
    assert all(e["surface"] != "سامي خليل حمدان" for e in doc["entities"])
