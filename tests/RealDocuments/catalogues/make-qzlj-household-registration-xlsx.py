#!/usr/bin/env python3
"""One-off generator of qzlj-household-registration.xlsx (run once; the .xlsx is committed).

Writes the transcribed cells of the published table (see qzlj-household-registration.source.md)
as a minimal SpreadsheetML workbook with inline strings and the table's merged ranges
(<mergeCells>): the two header rows merge as published (序号 over two rows, 公开事项 over
一级事项/二级事项 …) and each 一级事项 is merged down over the rows of its 二级事项, its
cells below the first left empty, as in the published rowspans. Standard library only.
"""
import zipfile
from xml.sax.saxutils import escape

LAW = "《中华人民共和国户口登记条例》"
BOTH = "《中华人民共和国户口登记条例》 《中华人民共和国政府信息公开条例》"
LIMIT = "形成或者变更之日起20个工作日内予以公开"
BODY = "区公安分局"
TICKS = ["√", "", "√", "", "√", "√"]

ROWS = [
    ["序号", "公开事项", "", "公开内容(要素)", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", "", "公开层级", ""],
    ["", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群众", "主动", "依申请公开", "区级", "乡级"],
    ["1", "出生", "新生儿国内出生户口登记", "1.受理部门", BOTH, LIMIT, BODY, "入户/现场"] + TICKS,
    ["2", "", "中国公民在国(境)外所生子女户口登记", "1.受理部门", LAW, LIMIT, BODY, "入户/现场"] + TICKS,
    ["3", "收养", "社会福利机构收养弃婴登记户口", "1.受理部门", LAW, LIMIT, BODY, "入户/现场"] + TICKS,
    ["4", "", "公民取得《收养证》的户口登记", "1.受理部门", LAW, LIMIT, BODY, "入户/现场"] + TICKS,
    ["5", "恢复", "刑满释放人员恢复户口", "1.受理部门", BOTH, LIMIT, BODY, "入户/现场"] + TICKS,
    ["6", "", "转业、复员、退伍军人恢复户口", "1.受理部门", BOTH, LIMIT, BODY, "入户/现场"] + TICKS,
]

# Header: every column but the four groups spans both header rows; the groups span two columns.
MERGES = ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2", "I1:J1", "K1:L1", "M1:N1",
          # 一级事项 merged down over its 二级事项 (the published rowspans); 恢复 continues past the
          # part found, so its range here ends at the last row transcribed.
          "B3:B4", "B5:B6", "B7:B8"]


def col(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def sheet_xml():
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(ROWS, start=1):
        out.append(f'<row r="{r}">')
        for c, text in enumerate(row):
            if text:
                out.append(f'<c r="{col(c)}{r}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>')
        out.append('</row>')
    out.append('</sheetData>')
    out.append(f'<mergeCells count="{len(MERGES)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in MERGES) + '</mergeCells>')
    out.append('</worksheet>')
    return "".join(out)


FILES = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="户籍管理" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": sheet_xml(),
}

with zipfile.ZipFile("qzlj-household-registration.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in FILES.items():
        info = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text)
