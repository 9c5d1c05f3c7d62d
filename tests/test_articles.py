from __future__ import annotations

import hashlib
import json

import pytest

import newslens
from newslens import articles as A


def write(tmp_path, name, content, mode="w"):
    p = tmp_path / name
    if mode == "wb":
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def test_seed_layout_date_credit_and_repeated_lead(tmp_path):
    lead = "India has already given up oil purchases from Iran when a sanctions waiver ran out in May."
    p = write(tmp_path, "a.txt", f" date 2019-06-25 {lead} (IE)\n\nSecond paragraph here.\n\n{lead}")
    art = newslens.load(p)
    assert art.date == "2019-06-25"
    assert art.credit == "IE"
    assert art.text.startswith("India has already")
    assert "(IE)" not in art.text
    assert any("lead repeated" in w for w in art.warnings)
    assert len(art.paragraphs) == 3
    s, e = art.paragraphs[1]
    assert art.text[s:e] == "Second paragraph here."


def test_plain_text_without_metadata_warns_no_date(tmp_path):
    p = write(tmp_path, "b.txt", "The minister said the talks would go on. Nothing else was agreed.")
    art = newslens.load(p)
    assert art.date is None and art.title is None
    assert "no date found" in art.warnings
    assert art.id == "b"


def test_a_date_that_is_no_date_is_warned_about_and_not_used(tmp_path):
    p = write(tmp_path, "d.txt", "date 2024-13-45 The minister said the talks would go on. Nothing else was agreed.")
    art = newslens.load(p)
    assert art.date is None and art.text.startswith("The minister")
    assert "date '2024-13-45' is not a valid date; ignored" in art.warnings


def test_dateline_in_head_and_title(tmp_path):
    p = write(tmp_path, "c.txt", "Iran minister in India for talks\n\nPublished May 14, 2019\nIran's minister will hold talks.")
    art = newslens.load(p)
    assert art.title == "Iran minister in India for talks"
    assert art.date == "2019-05-14"


def test_text_cut_mid_sentence_is_warned(tmp_path):
    p = write(tmp_path, "d.txt", "The contract, worth about USD 3 billion, will give the navy its first")
    assert any("mid-sentence" in w for w in newslens.load(p).warnings)


def test_non_english_is_warned(tmp_path):
    p = write(tmp_path, "e.txt", "Der Vertrag wurde gestern in Berlin unterzeichnet, sagte ein Sprecher des Ministeriums.")
    art = newslens.load(p)
    assert any("English" in w for w in art.warnings)
    assert art.language == "unknown"


def test_cp1252_is_decoded_with_warning(tmp_path):
    p = write(tmp_path, "f.txt", "India\u2019s minister said the caf\u00e9 talks were useful.".encode("cp1252"), "wb")
    art = newslens.load(p)
    assert "India\u2019s" in art.text
    assert any("cp1252" in w for w in art.warnings)


def test_html_page(tmp_path):
    html = """<html><head><title>India and US sign BECA</title>
    <meta property="og:site_name" content="Example News"><meta name="date" content="2020-10-27"></head>
    <body><nav>Home | World</nav><article><h1>India and US sign BECA</h1>
    <p>On Tuesday the two governments signed the Basic Exchange and Cooperation Agreement,
    officials said, at the yearly meeting of their foreign and defence ministers in New Delhi.</p>
    <p>The pact allows the two militaries to share geospatial data and satellite imagery, the
    defence ministry said in a statement issued after the talks ended on Tuesday evening.</p>
    </article></body></html>"""
    art = newslens.load(write(tmp_path, "g.html", html))
    assert "Basic Exchange and Cooperation Agreement" in art.text
    assert "Home | World" not in art.text
    assert art.title == "India and US sign BECA"
    assert art.date == "2020-10-27"


def test_json_and_jsonl_records(tmp_path):
    p = write(tmp_path, "h.json", json.dumps({"text": "Modi met Putin in Moscow.", "title": "T", "date": "5 October 2018",
                                              "url": "http://x", "outlet": "O"}))
    art = newslens.load(p)
    assert (art.title, art.date, art.url, art.outlet) == ("T", "2018-10-05", "http://x", "O")
    q = write(tmp_path, "i.jsonl", '{"text": "One."}\n\n{"text": "Two.", "id": "second"}\n')
    arts = newslens.load_many(q)
    assert [a.text for a in arts] == ["One.", "Two."]
    assert arts[1].id == "second"


def test_folder_is_recursive_sorted_and_uses_index(tmp_path):
    write(tmp_path, "b.txt", "Second article text. It is short.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.txt", "Nested article text. It is short.")
    write(tmp_path, "index.csv", "id,outlet,date\nb,Example Daily,2020-01-02\n")
    write(tmp_path, "notes.csv", "ignored")
    arts = newslens.load_many(tmp_path)
    assert [a.id for a in arts] == ["b", "a"]
    assert arts[0].outlet == "Example Daily" and arts[0].date == "2020-01-02"


@pytest.mark.parametrize(
    "name,content,error,words",
    [
        ("empty.txt", "   \n\t ", newslens.EmptyFileError, "empty"),
        ("bin.txt", b"\x00\x01\x02abc" * 10, newslens.BinaryFileError, "binary"),
        ("x.pages", "text", newslens.UnsupportedFormatError, ".pages"),
        ("x.pdf", "text", newslens.InputError, "not a PDF file"),
        ("bad.json", '{"text": "a",\n "title": }', newslens.MalformedJSONError, "line 2"),
        ("bad.jsonl", '{"text": "ok"}\n{"text": \n', newslens.MalformedJSONError, "line 2"),
        ("notext.json", '{"title": "no text"}', newslens.MissingTextError, "no 'text'"),
    ],
)
def test_bad_input_names_file_and_problem(tmp_path, name, content, error, words):
    p = write(tmp_path, name, content, "wb" if isinstance(content, bytes) else "w")
    with pytest.raises(error) as info:
        newslens.load(p)
    assert name in str(info.value) and words in str(info.value)
    assert isinstance(info.value, newslens.NewslensError)


def test_file_over_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(A.config, "MAX_FILE_BYTES", 100)
    p = write(tmp_path, "big.txt", "word " * 100)
    with pytest.raises(newslens.FileTooLargeError, match="big.txt.*limit"):
        newslens.load(p)


def test_one_bad_file_in_a_folder_is_skipped(tmp_path):
    write(tmp_path, "a.txt", "A good article. It has text.")
    write(tmp_path, "b.json", "{broken")
    items = list(newslens.iter_load(tmp_path))
    assert isinstance(items[0], newslens.Article)
    assert isinstance(items[1], newslens.MalformedJSONError)
    assert [a.id for a in newslens.load_many(tmp_path)] == ["a"]


def test_input_files_are_never_modified(tmp_path):
    p = write(tmp_path, "a.txt", " date 2019-06-25 Lead text of the article that is long enough to count. (IE)\r\n\r\nBody.")
    before = hashlib.sha256(p.read_bytes()).hexdigest()
    newslens.analyze(p)
    assert hashlib.sha256(p.read_bytes()).hexdigest() == before


def test_paragraph_offsets_point_into_text():
    text = "First para.\n\n  Second para.  \n\nThird."
    spans = A.paragraph_spans(text)
    assert [text[s:e] for s, e in spans] == ["First para.", "Second para.", "Third."]


@pytest.mark.parametrize("head,title", [
    ("An official website of the United States Government Here's how you know\n\nOfficial websites use .gov\n\n"
     "Talks in Delhi end with a pact\n\n", "Talks in Delhi end with a pact"),
    ("Press Room\n\nTranscript of the Weekly Briefing by the Spokesperson\n\n",
     "Transcript of the Weekly Briefing by the Spokesperson"),
    ("The minister with her French counterpart in Paris. (Photo: Twitter/@envoy)\n\n", None),
    ("Daily Planet News Network\n\nParis: The ministers met on Monday.\n\n", None),
    ("Navy to get its first carrier jets by 2027\n\n", "Navy to get its first carrier jets by 2027"),
    ("Iran: Sanctions\n\nVolume 12: debated on Tuesday 4 March\n\n", "Iran: Sanctions"),
    ("United Nations            S/RES/2803 (2025)\n17 November 2025\n\nResolution 2803 (2025)\n\n",
     "Resolution 2803 (2025)"),
    ("United Nations    S/RES/2803 (2025)\n\nSecurity Council    Distr.: General\n\n17 November 2025\n\n"
     "Resolution 2803 (2025)\n\n", "Resolution 2803 (2025)"),  # (a head's lines are not tried as titles)
])
def test_a_title_is_the_headline_not_page_furniture_captions_or_the_outlets_name(tmp_path, head, title):
    p = write(tmp_path, "t.txt", head + "The minister said the talks had gone well and the pact would be signed soon.")
    (tmp_path / "index.csv").write_text("id,outlet\nt,The Daily Planet (dailyplanet.in)\n", encoding="utf-8")
    assert newslens.load(p).title == title


def test_low_opened_quotes_read_as_english_ones_with_offsets_unchanged(tmp_path):
    raw = "Chancellor warns of „grave“ risk\n\n„We must act now,\" the chancellor said. A ‚soft‘ line, „unclosed"
    p = write(tmp_path, "de.txt", raw)
    text = newslens.load(p).text
    assert len(text) == len(raw)
    assert "„" not in text and "‚" not in text
    assert "“grave”" in text and "“We must act now,”" in text and "‘soft’" in text


def test_a_quote_in_low_marks_is_a_direct_quote(tmp_path):
    p = write(tmp_path, "de.txt", "Berlin weighs aid\n\n„We cannot wait for others to protect us,“ the chancellor said on Monday.")
    an = newslens.analyze(p)
    said = [a for a in an.records["attributions"] if a["cue"] and a["cue"]["text"] == "said"]
    assert said and said[0]["quote"] == "direct"
    assert said[0]["content"]["text"].startswith("We cannot wait") and said[0]["source"]["text"] == "the chancellor"


def test_a_date_further_down_than_the_lead_does_not_date_the_article():
    from newslens.articles import find_date_in_text

    text = ("G7 statement on the Indo-Pacific\n\nWe, the G7 Foreign Ministers, reaffirm the rule of law.\n\n"
            "We reiterate that the award rendered on 12 July 2016 is legally binding.")
    assert find_date_in_text(text) is None
    assert find_date_in_text("Rawalpindi - May 10, 2025\n\n1. In response to the attacks, ...") == "2025-05-10"
    assert find_date_in_text("Talks held\n\nThe ministers met in Washington on April 11, 2022.") == "2022-04-11"


def test_soft_hyphens_ligatures_and_unicode_separators_are_read_as_a_reader_sees_them(tmp_path):
    raw = ("The sanc\u00adtions will stay, For\u00adeign Minister Sergei Lav\u00adrov said on Monday."
           "\u2028He added that talks would go on.\u2029A second paragraph, of\ufb01cial a\ufb00airs.")
    p = write(tmp_path, "soft.txt", raw)
    art = newslens.load(p)
    assert art.text == ("The sanctions will stay, Foreign Minister Sergei Lavrov said on Monday.\n"
                        "He added that talks would go on.\n\nA second paragraph, official affairs.")
    assert len(art.paragraphs) == 2
    said = next(a for a in newslens.analyze(art).records["attributions"] if a["cue"]["text"] == "said")
    assert (said["source"]["text"], said["source"]["side"]) == ("Foreign Minister Sergei Lavrov", "Russia")


def test_articles_of_one_batch_have_ids_of_their_own(tmp_path):
    write(tmp_path, "brief.txt", "The minister said the talks would resume on Monday in Geneva.")
    write(tmp_path, "brief.md", "# Brief\n\nThe envoy said the ceasefire was holding in the south.")
    write(tmp_path, "notes.jsonl", '{"id": "brief", "text": "Officials said the summit was postponed."}\n')
    arts = newslens.load_many(tmp_path)
    assert sorted(a.id for a in arts) == ["brief", "brief-jsonl", "brief-txt"]
    renamed = next(a for a in arts if a.id == "brief-txt")
    assert "id 'brief' is another file's in this batch; this article is 'brief-txt'" in renamed.warnings
    assert newslens.load(tmp_path / "brief.txt").id == "brief"  # alone, a file keeps its own name


def test_a_table_of_articles_gives_one_article_per_row_with_its_columns_as_metadata(tmp_path):
    write(tmp_path, "scraped.csv",
          'headline,published,link,source,body\n'
          '"Seoul, Tokyo resume talks",2025-08-24,https://example.org/a,Example Wire,'
          '"The presidential office said the leaders agreed to meet.\n\n""We will not look back,"" Lee said."\n'
          'Kremlin has no new proposals,2025-11-23,,Example Wire,The Kremlin said it had received nothing new.\n')
    write(tmp_path, "scraped.tsv", "id\ttitle\ttext\nk1\tTruce holds\tOfficials said the truce was holding.\n")
    arts = newslens.load_many(tmp_path)
    assert [(a.id, a.title, a.date, a.outlet, a.url) for a in arts] == [
        ("scraped-1", "Seoul, Tokyo resume talks", "2025-08-24", "Example Wire", "https://example.org/a"),
        ("scraped-2", "Kremlin has no new proposals", "2025-11-23", "Example Wire", None),
        ("k1", "Truce holds", None, None, None)]
    assert arts[0].text.endswith('"We will not look back," Lee said.') and len(arts[0].paragraphs) == 2


def test_a_folders_index_is_no_table_of_articles_and_a_table_without_text_is_named(tmp_path):
    write(tmp_path, "a.txt", "The minister said the talks would resume on Monday in Geneva.")
    write(tmp_path, "index.csv", "id,title,text\na,The talks,not an article\n")
    assert [a.id for a in newslens.load_many(tmp_path)] == ["a"]
    bad = write(tmp_path, "figures.csv", "country,spending\nPoland,4.1\n")
    with pytest.raises(A.MissingTextError) as err:
        newslens.load_many(bad, strict=True)
    assert "figures.csv" in str(err.value) and "no text column" in str(err.value) and "country" in str(err.value)


def test_one_bad_record_of_a_file_of_records_is_reported_and_the_others_are_read(tmp_path):
    write(tmp_path, "feed.jsonl", '{"id": "a", "text": "The minister said the talks went well."}\n'
                                  '{"id": "b", "title": "no text here"}\n'
                                  '{"id": "c", "text": \n'
                                  '{"id": "d", "text": "Officials said the truce was holding."}\n')
    write(tmp_path, "table.csv", 'id,text\ne,The envoy said the deal was close.\nf,\n')
    items = list(newslens.iter_load(tmp_path))
    assert [it.id if isinstance(it, newslens.Article) else type(it).__name__ for it in items] == [
        "a", "MissingTextError", "MalformedJSONError", "d", "e", "MissingTextError"]
    assert "feed.jsonl" in str(items[1]) and "line 2" in str(items[1]) and "line 3" in str(items[2])
    assert "table.csv" in str(items[5]) and "row 2" in str(items[5])
    assert [a.id for a in newslens.load_many(tmp_path)] == ["a", "d", "e"]
    with pytest.raises(newslens.MissingTextError):
        newslens.load_many(tmp_path / "feed.jsonl", strict=True)


def test_text_saved_as_utf16_by_notepad_or_excel_is_read(tmp_path):
    story = "Kyiv, March 3 — “The talks were useful,” Foreign Minister Andrii Sybiha said on Monday."
    notepad = write(tmp_path, "notepad.txt", story.encode("utf-16"), "wb")  # with its byte order mark
    assert newslens.load(notepad).text == story
    excel = write(tmp_path, "sheet.tsv", ("title\ttext\r\nTalks in Kyiv\t" + story + "\r\n").encode("utf-16"), "wb")
    assert [(a.title, a.text) for a in newslens.load_many(excel)] == [("Talks in Kyiv", story)]
    bare = write(tmp_path, "feed.jsonl", ('{"text": "' + story.replace("“", "").replace("”", "") + '"}\n')
                 .encode("utf-16-le"), "wb")  # no byte order mark
    assert newslens.load(bare).text.startswith("Kyiv, March 3")
    with pytest.raises(newslens.BinaryFileError):
        newslens.load(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "wb"))
