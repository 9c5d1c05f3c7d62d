from __future__ import annotations

import pytest

import newslens
from input_helpers import refused
from newslens.articles import iter_load
from newslens.news_feeds import NotAFeed, feed_records

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Example World News</title><link>https://news.example.com</link>
<item><title>Egypt says Nile dam talks have failed</title><link>https://news.example.com/nile</link>
<pubDate>Sat, 20 Dec 2025 10:00:00 GMT</pubDate><media:content url="https://img.example.com/a.jpg"/>
<description>Egypt says talks with Ethiopia failed.</description>
<content:encoded><![CDATA[<p>CAIRO - Egypt said on Saturday that talks with Ethiopia over the dam had ended
without agreement.</p><p>&#8220;Egypt will not accept any unilateral filling of the dam,&#8221; Foreign
Minister Badr Abdelatty told reporters.</p>]]></content:encoded></item>
<item><title>Japan protests Chinese carrier</title><link>https://news.example.com/japan</link>
<pubDate>Sun, 21 Dec 2025 08:00:00 GMT</pubDate><description>Japan lodged a protest with China on Sunday after
an aircraft carrier entered waters near its islands, the chief cabinet secretary said.</description></item>
<item><title>Photo gallery</title><link>https://news.example.com/photos</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry of Foreign Affairs: Press Releases</title>
<entry><title>Statement on the Chagos treaty</title>
<link rel="enclosure" href="https://mfa.example.gov/chagos.pdf"/>
<link rel="alternate" href="https://mfa.example.gov/press/chagos"/>
<published>2025-05-22T09:30:00Z</published><updated>2025-05-23T10:00:00Z</updated>
<content type="html">&lt;p&gt;The Ministry welcomes the signing of the treaty, the spokesperson said.&lt;/p&gt;</content>
</entry></feed>"""


def test_each_item_of_an_rss_feed_is_an_article_its_full_text_before_its_summary(tmp_path):
    path = tmp_path / "world.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(iter_load([path]))
    first, second, third = items
    assert (first.id, first.title, first.date, first.outlet, first.url) == (
        "world-1", "Egypt says Nile dam talks have failed", "2025-12-20", "Example World News",
        "https://news.example.com/nile")
    assert first.text.startswith("CAIRO - Egypt said on Saturday") and "“Egypt will not accept" in first.text
    assert not any("HTML" in w for w in first.warnings)  # (a feed's text is HTML by custom)
    assert second.text.startswith("Japan lodged a protest") and second.date == "2025-12-21"
    assert isinstance(third, newslens.InputError) and "item 3" in str(third)  # a title and no text
    told = {(a["source"]["text"], a["cue"]["text"]) for a in newslens.analyze(first).records["attributions"]}
    assert ("Foreign Minister Badr Abdelatty", "told") in told


def test_an_atom_entry_takes_its_page_link_and_its_publication_date():
    (record,) = feed_records(ATOM)
    assert record == {"text": "The Ministry welcomes the signing of the treaty, the spokesperson said.",
                      "title": "Statement on the Chagos treaty", "url": "https://mfa.example.gov/press/chagos",
                      "date": "2025-05-22T09:30:00Z", "outlet": "Ministry of Foreign Affairs: Press Releases"}


@pytest.mark.parametrize("data, problem", [
    (b"<svg xmlns='http://www.w3.org/2000/svg'><rect/></svg>", "not a news feed"),
    (b"<rss><channel><title>x</title>", "not well-formed XML"),
    (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel><item><title>&a;</title>'
     b"</item></channel></rss>", "declares entities"),
    (b"<rss><channel><title>Empty</title></channel></rss>", "no items"),
])
def test_what_is_no_feed_says_so_naming_the_file(tmp_path, data, problem):
    refused(tmp_path, "bad.xml", data, lambda d: feed_records(d.decode()), NotAFeed, problem)
