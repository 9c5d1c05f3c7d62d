from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from newslens import plots  # noqa: E402


def test_short_labels_are_cut_at_a_word_with_an_ellipsis():
    assert plots.short_label("S-400") == "S-400"
    assert plots.short_label("a 1998 cooperation agreement covering trade and investment") == \
        "a 1998 cooperation agreement…"
    assert plots.short_label("Agreement-on-the-Maintenance-of-Peace-and-Tranquillity", 20) == "Agreement-on-the-Mai…"


def test_figures_with_long_names_draw_without_warnings():
    long = "a 1998 cooperation agreement covering trade and investment between the two kingdoms"
    positions = pd.DataFrame([
        {"actor": "Saudi Arabia", "target": long, "stance": "support"},
        {"actor": "Iran", "target": long, "stance": "support"},
        {"actor": "Saudi Arabia", "target": "the militia in Yemen", "stance": "oppose"},
    ])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figs = [plots.stance_matrix(positions), plots.stance_network(positions)]
    assert [str(w.message) for w in caught] == []
    labels = [t.get_text() for t in figs[0].axes[0].get_xticklabels()]
    assert all(len(x) <= plots.MAX_LABEL_CHARS + 1 for x in labels), labels
    for f in figs:
        plt.close(f)


def test_an_agreement_timeline_with_no_dates_says_so_without_warnings():
    rows = [{"name": "Agreement on the Maintenance of Peace and Tranquillity along the LAC", "status": "mentioned",
             "reference": None}]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = plots.agreement_timeline(rows, None)
    assert [str(w.message) for w in caught] == []
    assert any("nothing to place in time" in t.get_text() for t in fig.axes[0].texts)
    plt.close(fig)
