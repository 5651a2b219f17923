"""The DOCX writer, read back with python-docx, pandoc, openxml-audit and LibreOffice."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from docx_reader import (
    audit_errors,
    custom_properties,
    footnote_texts,
    footnotes_part,
    libreoffice_pdf_text,
    open_docx,
    pandoc_markdown,
    pandoc_notes,
    reference_ids,
)
from letterkit.build import build_letter
from letterkit.docx.writer import DocxMeta, render_docx
from letterkit.errors import LetterkitError
from letterkit.markup import parse_markdown

LETTERHEAD_HEADER = "ALPHA RIGHTS - Rue de la Loi 1, Brussels"


@pytest.fixture
def built(spec_path: Path) -> Path:
    return build_letter(spec_path).path


def render(markdown: str, tmp_path: Path, reference: Path | None = None) -> Path:
    out = tmp_path / "out.docx"
    out.write_bytes(render_docx(parse_markdown(markdown), DocxMeta("T", "A"), reference))
    return out


def test_one_native_footnote_per_cited_clause(built: Path) -> None:
    document = open_docx(built)
    notes = footnote_texts(document)
    assert notes == {
        1: "See Beta letter, June 2021; Alpha letter, 10 January 2020.",
        2: "See Beta letter (European Parliament and UN experts), June 2021.",
        3: "See Alpha letter, 10 January 2020.",
    }


def test_footnote_ids_ascend_in_reading_order(built: Path) -> None:
    document = open_docx(built)
    assert reference_ids(document) == [1, 2, 3]
    paragraphs = [p for p in document.paragraphs if p._p.findall(".//" + qn("w:footnoteReference"))]
    assert [p.text for p in paragraphs] == [
        "Call for the release of human rights defenders, including Ilham Tohti and Gao Zhen.",
        "Press for unfettered access for journalists.",
        "Keep human rights on the agenda.",
    ]


def test_separators_and_settings_are_what_word_needs(built: Path) -> None:
    document = open_docx(built)
    part = footnotes_part(document)
    assert b'w:type="separator" w:id="-1"' in part.blob
    assert b'w:type="continuationSeparator" w:id="0"' in part.blob
    settings = document.settings.element
    children = [child.tag for child in settings]
    assert children.index(qn("w:footnotePr")) < children.index(qn("w:compat"))


def test_footnote_hyperlinks_belong_to_the_footnotes_part(built: Path) -> None:
    document = open_docx(built)
    part = footnotes_part(document)
    urls = [rel.target_ref for rel in part.rels.values() if rel.is_external]
    assert urls == ["https://example.org/alpha", "https://example.org/alpha"] or set(urls) == {
        "https://example.org/alpha"
    }
    assert not [r for r in document.part.rels.values() if r.is_external]


def test_asks_are_real_word_bullets(built: Path) -> None:
    document = open_docx(built)
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) == 3
    for para in bullets:
        num_pr = para._p.pPr.find(qn("w:numPr"))
        assert num_pr is not None, "a bullet must be Word numbering, not a typed character"
        assert not para.text.startswith(("-", "\u2022"))
    numbering = document.part.numbering_part.element
    num_id = bullets[0]._p.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(
        a
        for a in numbering.findall(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    )
    assert abstract.find(qn("w:lvl")).find(qn("w:numFmt")).get(qn("w:val")) == "bullet"


def test_numbered_lists_restart_and_nest(tmp_path: Path) -> None:
    out = render("1. one\n2. two\n   - inner\n\nBreak.\n\n1. again\n", tmp_path)
    document = open_docx(out)
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in numbered] == ["one", "two", "again"]
    first = numbered[0]._p.pPr.numPr.numId.val
    assert numbered[1]._p.pPr.numPr.numId.val == first
    assert numbered[2]._p.pPr.numPr.numId.val != first  # a new list starts again at 1
    inner = next(p for p in document.paragraphs if p.text == "inner")
    assert inner.style.name == "List Bullet 2"
    assert inner._p.pPr.numPr.ilvl.val == 1


def test_bold_italic_links_and_headings(tmp_path: Path) -> None:
    out = render(
        "# Title\n\nSome **bold**, *italic* and [a link](https://example.org).\n", tmp_path
    )
    document = open_docx(out)
    assert document.paragraphs[0].style.name == "Heading 1"
    runs = document.paragraphs[1].runs
    assert [(r.text, r.bold, r.italic) for r in runs if r.text in ("bold", "italic")] == [
        ("bold", True, None),
        ("italic", None, True),
    ]
    links = document.paragraphs[1].hyperlinks
    assert [(h.text, h.address) for h in links] == [("a link", "https://example.org")]


def test_letter_paragraph_styles(built: Path) -> None:
    document = open_docx(built)
    by_style: dict[str, list[str]] = {}
    for para in document.paragraphs:
        by_style.setdefault(para.style.name, []).append(para.text)
    assert by_style["Letter Date"] == ["19 May 2026"]
    assert by_style["Signatory"] == ["Alpha Rights", "Beta Watch"]
    assert "Members of the European Parliament" in by_style["Addressee"]


def test_page_x_of_y_footer_and_a4(built: Path) -> None:
    document = open_docx(built)
    section = document.sections[0]
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert "Page " in section.footer.paragraphs[0].text
    assert abs(section.page_width - Cm(21)) < Cm(0.01)


def test_core_and_custom_properties(built: Path, spec_path: Path) -> None:
    document = open_docx(built)
    assert document.core_properties.title == "Human rights during the visit"
    assert document.core_properties.author == "Alpha Rights"
    props = custom_properties(built)
    assert len(props["letterkit.spec_hash"]) == 64
    assert len(props["letterkit.content_hash"]) == 64
    assert props["letterkit.spec"] == "letters/test/letter.yaml"


def test_content_hash_changes_with_the_text_only(spec_path: Path, tmp_path: Path) -> None:
    first = custom_properties(build_letter(spec_path, output=tmp_path / "a.docx").path)
    again = custom_properties(build_letter(spec_path, output=tmp_path / "b.docx").path)
    assert first["letterkit.content_hash"] == again["letterkit.content_hash"]
    spec_path.write_text(spec_path.read_text().replace("Gao Zhen", "Li Yanhe"))
    changed = custom_properties(build_letter(spec_path, output=tmp_path / "c.docx").path)
    assert changed["letterkit.content_hash"] != first["letterkit.content_hash"]
    assert changed["letterkit.spec_hash"] != first["letterkit.spec_hash"]


def test_no_styles_with_effects_relationship(built: Path) -> None:
    document = open_docx(built)
    assert not [r for r in document.part.rels.values() if "stylesWithEffects" in r.reltype]


def test_openxml_validator_reports_no_errors(built: Path) -> None:
    report = audit_errors(built)
    assert "Errors: 0" in report, report


def test_pandoc_sees_the_same_footnotes_and_lists(built: Path) -> None:
    assert pandoc_notes(built) == 3
    text = pandoc_markdown(built)
    assert "-   Call for the release of human rights defenders" in text or "- Call for" in text


def test_libreoffice_renders_text_and_footnotes(built: Path, tmp_path: Path) -> None:
    text = libreoffice_pdf_text(built, tmp_path)
    assert "Dear Members of the European Parliament," in text
    assert "See Beta letter (European Parliament and UN experts), June 2021." in text
    assert "Page 1 of 2" in text  # the draft's sign-off sheet is page 2


def _letterhead(path: Path) -> Path:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(12)
    section = document.sections[0]
    section.left_margin = Cm(4)
    section.header.paragraphs[0].text = LETTERHEAD_HEADER
    section.footer.paragraphs[0].text = "Registered charity 12345"
    document.add_paragraph("Letterhead body text that must not survive")
    document.save(str(path))
    return path


def test_reference_docx_supplies_styles_margins_header_and_footer(
    spec_path: Path, tmp_path: Path
) -> None:
    reference = _letterhead(tmp_path / "letterhead.docx")
    out = build_letter(spec_path, output=tmp_path / "x.docx", reference=reference).path
    document = open_docx(out)
    assert document.styles["Normal"].font.name == "Georgia"
    assert document.styles["Normal"].font.size == Pt(12)
    section = document.sections[0]
    assert abs(section.left_margin - Cm(4)) < Cm(0.01)
    # the letterhead's header is kept; a draft's mark goes above it
    header = [p.text for p in section.header.paragraphs]
    assert header == ["DRAFT v1 — for sign-off — not for circulation", LETTERHEAD_HEADER]
    assert section.footer.paragraphs[0].text == "Registered charity 12345"
    assert "Letterhead body text" not in "\n".join(p.text for p in document.paragraphs)
    assert len(footnote_texts(document)) == 3
    assert "Errors: 0" in audit_errors(out)


def test_reference_docx_that_is_not_a_docx_is_refused(spec_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "letterhead.docx"
    bad.write_text("not a zip")
    with pytest.raises(LetterkitError) as info:
        build_letter(spec_path, output=tmp_path / "x.docx", reference=bad)
    assert "cannot use this reference document" in str(info.value)
    assert not (tmp_path / "x.docx").exists()
