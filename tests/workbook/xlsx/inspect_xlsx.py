"""Describe an .xlsx file as JSON, as openpyxl (an independent reader) sees it.

Usage: python3 inspect_xlsx.py FILE  -> prints one JSON object on stdout.
Used by openpyxl.test.ts to check what XlsxWorkbook writes.
"""
import json
import sys

import openpyxl


def text(v):
    return None if v is None else str(v)


def defined_names(wb):
    dn = wb.defined_names
    # openpyxl < 3.1 keeps a list in .definedName; 3.1+ is a dict of name -> DefinedName
    items = dn.definedName if hasattr(dn, "definedName") else list(dn.values())
    return [{"name": d.name, "refersTo": d.attr_text, "localSheetId": d.localSheetId} for d in items]


def sheet(ws):
    p = ws.protection
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None or c.number_format != "General":
                cells.append({"ref": c.coordinate, "type": c.data_type, "value": c.value if isinstance(c.value, (int, float, bool)) else text(c.value), "format": c.number_format, "locked": c.protection.locked})
    cf = []
    for rng in ws.conditional_formatting:
        for rule in rng.rules:
            cf.append({"range": str(rng.sqref), "type": rule.type, "operator": rule.operator, "formula": list(rule.formula or []), "priority": rule.priority})
    setup = ws.page_setup
    pr = ws.sheet_properties.pageSetUpPr
    return {
        "title": ws.title,
        "state": ws.sheet_state,
        "freeze": ws.freeze_panes,
        "protection": {
            "sheet": bool(p.sheet),
            "algorithm": p.algorithmName,
            "hasHash": bool(p.hashValue),
            # in the file format True means "protected", i.e. NOT allowed
            "formatCells": bool(p.formatCells),
            "formatColumns": bool(p.formatColumns),
            "formatRows": bool(p.formatRows),
            "sort": bool(p.sort),
            "autoFilter": bool(p.autoFilter),
        },
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
                "errorTitle": dv.errorTitle,
                "error": dv.error,
            }
            for dv in ws.data_validations.dataValidation
        ],
        "conditionalFormats": cf,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "columnWidths": {k: v.width for k, v in ws.column_dimensions.items() if v.customWidth},
        "page": {
            "orientation": setup.orientation,
            "fitToPage": bool(pr and pr.fitToPage),
            "fitToWidth": setup.fitToWidth,
            "fitToHeight": setup.fitToHeight,
            "printTitleRows": ws.print_title_rows,
        },
        "cells": cells,
    }


def main(path):
    wb = openpyxl.load_workbook(path)
    calc = wb.calculation
    out = {
        "sheets": [sheet(ws) for ws in wb.worksheets],
        "names": defined_names(wb),
        "fullCalcOnLoad": bool(calc and calc.fullCalcOnLoad),
        "activeTab": wb.active.title if wb.active is not None else None,
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
