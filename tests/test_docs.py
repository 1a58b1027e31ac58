"""The README is what a new user copies: its commands are CI's, its Python
example runs, and every command and option it lists exists."""
from __future__ import annotations

import doctest
import re

from typer.testing import CliRunner

from bnnews.cli import app
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _sh_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, re.S)


def test_ci_runs_the_readme_commands_verbatim():
    install, tests = (b.strip() for b in _sh_blocks()[:2])
    assert install.startswith("python3 -m venv") and "pip install ." in install
    assert "pytest" in tests
    assert install in CI.splitlines()
    assert tests in CI.splitlines()


def test_readme_python_example_runs():
    parser = doctest.DocTestParser()
    test = parser.get_doctest(README, {}, "README", "README.md", 0)
    assert test.examples
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0


def test_every_documented_option_exists():
    help_text = CliRunner().invoke(app, ["parse", "--help"], env={"COLUMNS": "200"}).stdout
    usage = re.search(r"bnnews parse \[FILE \.\.\.\](.*?)```", README, re.S).group(1)
    for opt in re.findall(r"--[a-z-]+", usage):
        assert opt in help_text, opt


def test_text_commands_document_their_options():
    for cmd in ("normalize", "digits", "numbers", "dates"):
        help_text = CliRunner().invoke(app, [cmd, "--help"], env={"COLUMNS": "200"}).stdout
        usage = re.search(rf"bnnews {cmd} +\[TEXT\|-\](.*)", README).group(1)
        for opt in re.findall(r"--[a-z-]+", usage):
            assert opt in help_text, (cmd, opt)


def test_readme_numbers_example_is_what_the_command_prints():
    block = re.search(r"\$ echo \"(.*?)\" \| bnnews numbers\n(.*?)```", README, re.S)
    r = CliRunner().invoke(app, ["numbers", block.group(1)])
    assert r.stdout.strip() == block.group(2).strip()


def test_documented_kinds_and_warnings_are_the_real_ones():
    from bnnews import OTHER_KINDS, WARNINGS
    for kind in OTHER_KINDS:
        assert f"| `{kind}` |" in README
    for code in WARNINGS:
        assert f"| `{code}` |" in README


def test_readme_dates_and_calendar_examples_are_what_the_commands_print():
    block = re.search(r"\$ bnnews dates \"(.*?)\" --ref (\S+)\n(.*?)\$ bnnews calendar (\S+)\n(.*?)```",
                      README, re.S)
    r = CliRunner().invoke(app, ["dates", block.group(1), "--ref", block.group(2)])
    assert r.stdout.strip() == block.group(3).strip()
    r = CliRunner().invoke(app, ["calendar", block.group(4)])
    assert r.stdout.strip() == block.group(5).strip()


def test_convert_documents_its_options():
    help_text = CliRunner().invoke(app, ["convert", "--help"], env={"COLUMNS": "250"}).stdout
    usage = re.search(r"bnnews convert \[INPUT \.\.\.\](.*?)bnnews stats", README, re.S).group(1)
    for opt in re.findall(r"--[a-z-]+", usage):
        assert opt in help_text, opt


def test_readme_counts_the_samples():
    n = len(list((ROOT / "samples").glob("*.txt")))
    assert f"the seed page and {n - 1} composed pages" in README
