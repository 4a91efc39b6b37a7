"""The text reader: report files and texts -> Facts (see ../shared/FACTS.md).

Public API (in `extract`): `extract_facts(text, doc_id=, published=, region=)`, a pure
function; `read_report(path)`, `extract_file(path)` and `extract_report(path, doc_id=)`.

Pieces, each usable and tested alone: `decode` (bytes, HTML, front matter), `normalise`
(script, width, pinyin noise, with an offset map back), `numbers`, `growth`, `periods`,
`metrics`, `qualifiers` (scope, approx, target, project), `report_region`, `sentences`.
"""
