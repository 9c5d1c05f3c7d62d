from __future__ import annotations

from types import SimpleNamespace

from newslens.corpus import stance_changes


def analysis(id_, date, *stances):
    """A stand-in for an Analysis: an article and the positions (actor, target, stance) it holds."""
    positions = [{"actor": {"name": a}, "target": {"name": t}, "stance": s} for a, t, s in stances]
    return SimpleNamespace(article=SimpleNamespace(id=id_, date=date), records={"positions": positions})


def test_a_stance_that_changes_between_articles_is_listed_in_date_order():
    rows = stance_changes([analysis("B", "2020-03-01", ("India", "S-400", "concede")),
                           analysis("A", "2019-06-25", ("India", "S-400", "support"))])
    assert rows.to_dict("records") == [{"actor": "India", "target": "S-400",
                                        "stances": "support (2019-06-25) → concede (2020-03-01)", "articles": "A, B"}]


def test_two_stances_in_one_article_are_no_change_between_articles():
    rows = stance_changes([analysis("A", None, ("United States", "Russia", "threaten"),
                                    ("United States", "Russia", "negotiate"))])
    assert rows.empty


def test_an_article_without_a_date_comes_last_and_says_so():
    rows = stance_changes([analysis("A", None, ("India", "BECA", "support")),
                           analysis("B", "2019-01-01", ("India", "BECA", "negotiate"), ("India", "BECA", "support"))])
    assert rows.iloc[0]["stances"] == "negotiate/support (2019-01-01) → support (no date)"
    assert rows.iloc[0]["articles"] == "B, A"
