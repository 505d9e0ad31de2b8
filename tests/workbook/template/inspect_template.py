"""Describe a target-table workbook as JSON, as openpyxl (an independent reader) sees it.

Usage: python3 inspect_template.py FILE  -> one JSON object on stdout: per sheet its state,
protection, frozen panes, print titles, data validations and every unlocked cell; the
workbook's defined names; and the metadata sheet's key/value rows.
Used by openpyxl.test.ts in this directory.
"""
import json
import sys

import openpyxl


def defined_names(wb):
    dn = wb.defined_names
    # openpyxl < 3.1 keeps a list in .definedName; 3.1+ is a dict of name -> DefinedName
    items = dn.definedName if hasattr(dn, "definedName") else list(dn.values())
    return {d.name: d.attr_text for d in items}


def sheet(ws):
    unlocked = {}
    locked_sample = []
    for row in ws.iter_rows():
        for c in row:
            if c.protection.locked is False:
                unlocked[c.coordinate] = {"format": c.number_format, "value": c.value if isinstance(c.value, (int, float, bool)) or c.value is None else str(c.value)}
            elif c.value is not None and len(locked_sample) < 50:
                locked_sample.append(c.coordinate)
    return {
        "title": ws.title,
        "state": ws.sheet_state,
        "protected": bool(ws.protection.sheet),
        "hasPassword": bool(ws.protection.hashValue or ws.protection.password),
        "freeze": ws.freeze_panes,
        "printTitleRows": ws.print_title_rows,
        "landscape": ws.page_setup.orientation == "landscape",
        "validations": [
            {
                "sqref": str(dv.sqref),
                "type": dv.type,
                "operator": dv.operator,
                "formula1": dv.formula1,
                "formula2": dv.formula2,
                "allowBlank": bool(dv.allow_blank),
                "showInputMessage": bool(dv.showInputMessage),
                "promptTitle": dv.promptTitle,
                "prompt": dv.prompt,
                "showErrorMessage": bool(dv.showErrorMessage),
                "errorStyle": dv.errorStyle,
            }
            for dv in ws.data_validations.dataValidation
        ],
        "unlocked": unlocked,
        "lockedWithValues": locked_sample,
    }


def main(path):
    wb = openpyxl.load_workbook(path)
    meta = {}
    if "_it_meta" in wb.sheetnames:
        for key, value in wb["_it_meta"].iter_rows(min_row=2, values_only=True):
            if key is not None:
                meta[str(key)] = "" if value is None else str(value)
    out = {"sheets": [sheet(ws) for ws in wb.worksheets], "names": defined_names(wb), "metadata": meta}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
