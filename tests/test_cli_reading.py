"""The command line's reading across sources: entities (listed, corrected, coded, exported),
parallel passages, two passages compared, and the timeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator import cli
from annotator.cli import main
from annotator.plural import count
from annotator.text.entities import KINDS
from tests.conftest import SIMPLIFIED_SAMPLE, TRADITIONAL_SAMPLE

TEXT = "𠮷𪚥毛澤東到莫斯科。周恩來和毛澤東在北京會見大使羅申。1949年12月16日，毛澤東抵達莫斯科。"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def project_file(capsys, tmp_path: Path) -> str:
    """A project holding TEXT as document 1."""
    path = str(tmp_path / "cli.sqlite")
    source = tmp_path / "mao.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert run(capsys, "import", str(source), "--project", path)[0] == 0
    return path


def test_the_kinds_the_command_line_offers_are_the_finder_s() -> None:
    assert cli.ENTITY_KINDS == KINDS


def test_entities_are_listed_with_counts_and_positions_or_as_json(capsys, project_file) -> None:
    code, out, _ = run(capsys, "entities", "1", "--project", project_file)
    lines = out.splitlines()
    assert code == 0 and lines[0] == "kind\ttext\tcount\tpositions"
    assert "person\t毛澤東\t3\t2-5 14-17 39-42" in lines
    assert "date\t1949年12月16日\t1\t27-38" in lines
    code, out, _ = run(capsys, "entities", "mao", "--json", "--kind", "date", "--kind", "title",
                       "--project", project_file)
    assert json.loads(out) == [
        {"text": "大使", "kind": "title", "start": 22, "end": 24},
        {"text": "1949年12月16日", "kind": "date", "start": 27, "end": 38, "normalized": "1949-12-16"},
    ]


def test_corrections_are_made_listed_and_removed(capsys, project_file) -> None:
    code, out, _ = run(capsys, "entities", "1", "--set-kind", "北京", "organization",
                       "--coder", "沈志華", "--project", project_file)
    assert (code, out) == (0, "correction 1: “北京” is organization in every document\n")
    code, out, _ = run(capsys, "entities", "1", "--set-kind", "北京", "place", "--project", project_file)
    assert out.splitlines() == ["correction 2: “北京” is place in every document",
                                "replaces correction 1: “北京” is organization in every document"]
    code, out, _ = run(capsys, "entities", "1", "--reject-at", "14", "17", "--project", project_file)
    assert out == "correction 3: 14-17 (“毛泽东”) of “mao” is no entity\n"
    code, out, _ = run(capsys, "entities", "1", "--add", "0", "2", "person", "--project", project_file)
    assert out == "correction 4: 0-2 (“𠮷𪚥”) of “mao” is person\n"
    code, out, _ = run(capsys, "entities", "1", "--reject", "莫斯科", "--project", project_file)
    assert out == "correction 5: “莫斯科” is no entity in any document\n"
    listed = run(capsys, "entities", "1", "--json", "--project", project_file)[1]
    assert {(m["text"], m["kind"]) for m in json.loads(listed)} >= {("北京", "place"), ("𠮷𪚥", "person")}
    assert [m["start"] for m in json.loads(listed) if m["text"] == "毛澤東"] == [2, 39]
    assert "莫斯科" not in listed
    lines = run(capsys, "entities", "1", "--corrections", "--project", project_file)[1].splitlines()
    assert lines[0] == "id\tdocument_id\tstart\tend\ttext\tkind\tcoder\tcreated_at"
    assert [line.split("\t")[:6] for line in lines[1:]] == [
        ["2", "", "", "", "北京", "place"], ["5", "", "", "", "莫斯科", "rejected"],
        ["4", "1", "0", "2", "𠮷𪚥", "person"], ["3", "1", "14", "17", "毛泽东", "rejected"]]
    code, out, _ = run(capsys, "entities", "1", "--forget", "莫斯科", "--project", project_file)
    assert out == "removed correction 5: “莫斯科” is no entity in any document\n"
    code, out, _ = run(capsys, "entities", "1", "--forget-at", "14", "17", "--project", project_file)
    assert out == "removed correction 3: 14-17 (“毛泽东”) of “mao” is no entity\n"
    assert [m["start"] for m in json.loads(run(capsys, "entities", "1", "--json", "--project",
                                                project_file)[1]) if m["text"] == "毛澤東"] == [2, 14, 39]


@pytest.mark.parametrize("argv, message", [
    (["--add", "0", "2", "people"], "“people” is not a kind of entity"),
    (["--add", "0", "x", "person"], "“x” is not a number"),
    (["--set-kind", "北京", "city"], "“city” is not a kind of entity"),
    (["--kind", "people"], "invalid choice"),
])
def test_mistyped_corrections_are_usage_errors(capsys, project_file, argv, message) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["entities", "1", *argv, "--project", project_file])
    assert exit_.value.code == 2 and message in capsys.readouterr().err


def test_bad_corrections_are_one_line_and_change_nothing(capsys, project_file) -> None:
    code, _, err = run(capsys, "entities", "1", "--add", "40", "99", "place", "--project", project_file)
    assert code == 1 and err == "error: the range 40-99 is not inside “mao” (0-48, start before end)\n"
    code, _, err = run(capsys, "entities", "1", "--forget", "北京", "--project", project_file)
    assert code == 1 and err == "error: there is no correction of “北京”\n"
    assert run(capsys, "entities", "1", "--corrections", "--project", project_file)[1].count("\n") == 1


def test_every_mention_is_coded_at_once_and_can_be_untagged(capsys, project_file) -> None:
    code, out, err = run(capsys, "entities", "1", "--code", "diplomacy", "毛泽东", "--project", project_file)
    ids = out.split()
    assert code == 0 and len(ids) == 3
    assert err == "coded 3 passages with “diplomacy”: every mention of “毛泽东” in “mao” (those coded so already are skipped)\n"
    passages = json.loads(run(capsys, "passages", "--json", "--project", project_file)[1])
    assert [(p["start"], p["text"], p["code"]) for p in passages] == [
        (2, "毛澤東", "diplomacy"), (14, "毛澤東", "diplomacy"), (39, "毛澤東", "diplomacy")]
    code, out, err = run(capsys, "entities", "1", "--code", "diplomacy", "毛泽东", "--all-documents",
                         "--project", project_file)
    assert (code, out) == (0, "") and err.startswith("coded 0 passages with “diplomacy”: every mention of “毛泽东” in every document")
    code, _, err = run(capsys, "entities", "1", "--code", "diplomacy", "林彪", "--project", project_file)
    assert code == 1 and "not among the entities found" in err


def test_the_mentions_are_exported(capsys, project_file, tmp_path) -> None:
    out_file = tmp_path / "entities.csv"
    code, out, _ = run(capsys, "entities", "1", "--export", str(out_file), "--kind", "person",
                       "--project", project_file)
    assert (code, out) == (0, f"exported 5 mentions to {out_file}\n")
    assert out_file.read_text(encoding="utf-8-sig").splitlines()[1].startswith("1,mao,毛澤東,毛泽东,person,2,5,")
    code, out, _ = run(capsys, "entities", "1", "--export", str(tmp_path / "e.xlsx"), "--all-documents",
                       "--project", project_file)
    assert code == 0 and (tmp_path / "e.xlsx").stat().st_size > 0


# -- parallels, compare, timeline --------------------------------------------------------------


@pytest.fixture
def samples_project(capsys, tmp_path: Path) -> str:
    path = str(tmp_path / "samples.sqlite")
    assert run(capsys, "import", str(TRADITIONAL_SAMPLE), str(SIMPLIFIED_SAMPLE), "--project", path)[0] == 0
    return path


def test_parallels_of_a_passage_best_first(capsys, samples_project) -> None:
    code, out, err = run(capsys, "parallels", "2", "637", "661", "--project", samples_project)
    lines = out.splitlines()
    assert code == 0 and lines[0] == "0.54\t1:162-185\tmao-visit-moscow-ding-ming-traditional\t1949年6月,劉少奇率領中共代表團秘密訪蘇。"
    assert err == count(len(lines), "parallel passage") + "\n"
    code, out, _ = run(capsys, "parallels", "2", "637", "661", "--json", "--limit", "1",
                       "--project", samples_project)
    assert json.loads(out) == [{"document_id": 1, "document": "mao-visit-moscow-ding-ming-traditional",
                                "start": 162, "end": 185, "score": 0.5403,
                                "text": "1949年6月,劉少奇率領中共代表團秘密訪蘇。"}]
    code, _, err = run(capsys, "parallels", "2", "661", "637", "--project", samples_project)
    assert code == 1 and "not inside" in err


def test_compare_marks_the_differing_runs(capsys, samples_project) -> None:
    code, out, err = run(capsys, "compare", "2", "637", "661", "1", "162", "185", "--project", samples_project)
    assert code == 0 and out.splitlines() == [
        "2:637-661\tmao-visit-moscow-presegmented-simplified",
        "1949年【7】月，刘少奇率领中共代表团【】访【问莫斯科】。",
        "1:162-185\tmao-visit-moscow-ding-ming-traditional",
        "1949年【6】月,劉少奇率領中共代表團【秘密】訪【蘇】。",
    ]
    assert err == "3 differences\n"
    segments = json.loads(run(capsys, "compare", "2", "637", "661", "1", "162", "185", "--json",
                              "--project", samples_project)[1])
    assert segments[1] == {"kind": "replaced", "a_start": 642, "a_end": 643, "b_start": 167, "b_end": 168}


def test_the_timeline_lists_dates_and_dated_passages_in_order(capsys, project_file) -> None:
    assert run(capsys, "tag", "1", "39", "47", "diplomacy", "--project", project_file)[0] == 0
    code, out, _ = run(capsys, "timeline", "--project", project_file)
    assert code == 0 and out.splitlines() == [
        "date\tprecision\twhat\tdocument\tstart\tend\tcode\ttext",
        "1949-12-16\tday\tdate\t1\t27\t38\t\t1949年12月16日",
        "1949-12-16\tday\tpassage 1 (near)\t1\t39\t47\tdiplomacy\t毛澤東抵達莫斯科",
    ]
    rows = json.loads(run(capsys, "timeline", "--json", "--document", "mao", "--project", project_file)[1])
    assert [row["type"] for row in rows] == ["date", "passage"]
    assert rows[1]["near"] is True and rows[1]["dates"][0]["text"] == "1949年12月16日"
    assert rows[0]["calendar"] == "gregorian" and rows[1]["color"].startswith("#")
