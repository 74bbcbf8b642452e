#!/usr/bin/env python3
"""Rebuilds published annual-report pages from the transcriptions beside them (Python standard library only).

Each page holds the report's own text and numbers exactly as transcribed in ../<slug>.json and ../<slug>.source.md,
laid out the way government portals publish these reports: site navigation, a metadata table (发布机构, 发布日期)
and a print/close footer around the article; paragraphs and table cells in Word-exported markup (MsoNormal
paragraphs, <span> runs that split a label, <o:p></o:p> and &nbsp; in blank cells, <br> inside labels); rowspan and
colspan as the form prints them. The chrome is generic: it states no fact the published page does not.
Run: python3 make-pages.py   (writes the .html files beside this script)
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)

APPLICANTS = ["naturalPerson", "commercialEnterprise", "researchInstitution", "publicInterestOrganisation", "legalServiceAgency", "otherOrganisation", "total"]


def narrative(slug):
    """The sections of '## Narrative text as published' in the .source.md: heading -> list of paragraphs."""
    text = open(os.path.join(CORPUS, slug + ".source.md"), encoding="utf-8").read()
    text = text.split("## Narrative text as published", 1)[1]
    sections = {}
    for block in re.split(r"^### ", text, flags=re.M)[1:]:
        heading, _, body = block.partition("\n")
        sections[heading.strip()] = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return sections


def para(text, bold=False, split=False, align=None):
    """A Word-exported paragraph; split=True cuts the text into two spans (as editors leave it)."""
    t = html.escape(text, quote=False)
    if split and len(text) > 3:
        cut = len(text) - 1
        t = '%s</span><span style="font-family:宋体;font-size:12.0pt">%s' % (html.escape(text[:cut], quote=False), html.escape(text[cut:], quote=False))
    inner = '<span style="font-family:仿宋_GB2312;font-size:16.0pt">%s</span>' % t
    if bold:
        inner = "<b>%s</b>" % inner
    a = ' align="%s"' % align if align else ""
    return '<p class="MsoNormal"%s style="text-indent:32.0pt;line-height:28.0pt">%s<span><o:p></o:p></span></p>\n' % (a, inner)


def cell(text, rowspan=1, colspan=1, split=False):
    attrs = ""
    if rowspan > 1:
        attrs += ' rowspan="%d"' % rowspan
    if colspan > 1:
        attrs += ' colspan="%d"' % colspan
    if text is None or text == "":
        body = '<p class="MsoNormal" align="center"><span style="font-size:10.5pt">&nbsp;<o:p></o:p></span></p>'
    else:
        s = str(text)
        if split and len(s) > 2:
            cut = len(s) - 1
            body = '<p class="MsoNormal" align="center"><span style="font-size:10.5pt">%s</span><span style="font-size:10.5pt">%s</span><span><o:p></o:p></span></p>' % (html.escape(s[:cut]), html.escape(s[cut:]))
        else:
            body = '<p class="MsoNormal" align="center"><span style="font-size:10.5pt">%s<o:p></o:p></span></p>' % html.escape(s).replace("\n", "<br>")
    return '<td%s valign="center" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">%s</td>' % (attrs, body)


def row(*cells):
    return "<tr>" + "".join(cells) + "</tr>\n"


def table(rows, cls="MsoNormalTable"):
    return '<table class="%s" border="1" cellspacing="0" cellpadding="0" width="100%%" style="border-collapse:collapse">\n<tbody>\n%s</tbody>\n</table>\n' % (cls, "".join(rows))


def value(obj, *path):
    for p in path:
        if obj is None:
            return None
        obj = obj.get(p)
    if isinstance(obj, dict) and "text" in obj:
        return obj["text"]
    return obj


def proactive_2019(r):
    p = r["proactiveDisclosure2019"]
    rows = [row(cell("第二十条第（一）项", colspan=4)),
            row(cell("信息内容"), cell("本年新制作数量"), cell("本年新公开数量"), cell("对外公开总数量"))]
    for key, label in (("rules", "规章"), ("normativeDocuments", "规范性文件")):
        rows.append(row(cell(label), *(cell(value(p, key, m)) for m in ("newlyMade", "newlyPublished", "totalPublished"))))
    for item, keys in (("第二十条第（五）项", (("administrativeLicensing", "行政许可"), ("otherExternalServices", "其他对外管理服务事项"))),
                       ("第二十条第（六）项", (("administrativePenalties", "行政处罚"), ("administrativeCompulsion", "行政强制")))):
        rows.append(row(cell(item, colspan=4)))
        rows.append(row(cell("信息内容"), cell("上一年项目数量"), cell("本年增/减"), cell("处理决定数量")))
        for key, label in keys:
            rows.append(row(cell(label), *(cell(value(p, key, m)) for m in ("previousYearItems", "netChange", "decisions"))))
    rows.append(row(cell("第二十条第（八）项", colspan=4)))
    rows.append(row(cell("信息内容"), cell("上一年项目数量"), cell("本年增/减", colspan=2)))
    rows.append(row(cell("行政事业性收费"), cell(value(p, "administrativeFees", "previousYearItems")), cell(value(p, "administrativeFees", "netChange"), colspan=2)))
    rows.append(row(cell("第二十条第（九）项", colspan=4)))
    rows.append(row(cell("信息内容"), cell("采购项目数量"), cell("采购总金额", colspan=2)))
    rows.append(row(cell("政府集中采购"), cell(value(p, "centralisedProcurement", "projectCount")), cell(value(p, "centralisedProcurement", "totalAmount"), colspan=2)))
    return table(rows)


def proactive_2021(r):
    p = r["proactiveDisclosure2021"]
    rows = [row(cell("第二十条 第（一）项", colspan=4)),
            row(cell("信息内容"), cell("本年制发件数"), cell("本年废止件数"), cell("现行有效件数"))]
    for key, label in (("rules", "规章"), ("normativeDocuments", "行政规范性文件")):
        rows.append(row(cell(label, split=True), *(cell(value(p, key, m)) for m in ("issued", "repealed", "inForce"))))
    rows.append(row(cell("第二十条 第（五）项", colspan=4)))
    rows.append(row(cell("信息内容"), cell("本年处理决定数量", colspan=3)))
    rows.append(row(cell("行政许可"), cell(p.get("licensingDecisions"), colspan=3)))
    rows.append(row(cell("第二十条 第（六）项", colspan=4)))
    rows.append(row(cell("信息内容"), cell("本年处理决定数量", colspan=3)))
    rows.append(row(cell("行政处罚"), cell(p.get("penaltyDecisions"), colspan=3)))
    rows.append(row(cell("行政强制"), cell(p.get("compulsionDecisions"), colspan=3)))
    rows.append(row(cell("第二十条 第（八）项", colspan=4)))
    rows.append(row(cell("信息内容"), cell("本年收费金额（单位：万元）", colspan=3)))
    rows.append(row(cell("行政事业性收费"), cell(p.get("feeAmountTenThousandYuan"), colspan=3)))
    return table(rows)


def applications(r, format2021, item_mark):
    a = r["applications"]
    o = a["outcomes"]

    def numbers(counts):
        return [cell(value(counts, m) if counts else None) for m in APPLICANTS]

    groups = [
        ("withheld", "（三）不予公开", [("stateSecret", "属于国家秘密"), ("prohibitedByLaw", "其他法律行政法规禁止公开"), ("endangersSecurityOrStability", "危及“三安全一稳定”"), ("thirdPartyInterests", "保护第三方合法权益"), ("internalAffairs", "属于三类内部事务信息"), ("processInformation", "属于四类过程性信息"), ("enforcementCaseFiles", "属于行政执法案卷"), ("administrativeQuery", "属于行政查询事项")]),
        ("unableToProvide", "（四）无法提供", [("notHeld", "本机关不掌握相关政府信息"), ("needsCreation", "没有现成信息需要另行制作"), ("unclearAfterCorrection", "补正后申请内容仍不明确")]),
        ("notProcessed", "（五）不予处理", [("petitionOrComplaint", "信访举报投诉类申请"), ("repeatedApplication", "重复申请"), ("publicationRequested", "要求提供公开出版物"), ("unreasonableMassRequests", "无正当理由大量反复申请"), ("confirmationOrReissue", "要求行政机关确认或重新出具已获取信息")]),
    ]
    # A 2021-form report that prints the 2019 form's single row 其他处理 (as the two 洪泽区 reports do) keeps it.
    single_other = not format2021 or not any(k in (o.get("otherProcessing") or {}) for k in ("overdueCorrection", "overdueFee"))
    if not single_other:
        groups.append(("otherProcessing", "（六）其他处理", [("overdueCorrection", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"), ("overdueFee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), ("other", "其他")]))
    span = 2 + sum(len(g[2]) for g in groups) + (1 if single_other else 0) + 1
    rows = [
        row(cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3), cell("申请人情况", colspan=7, split=True)),
        row(cell("自然人", rowspan=2, split=True), cell("法人或其他组织", colspan=5), cell("总计", rowspan=2)),
        row(cell("商业\n企业"), cell("科研\n机构"), cell("社会公益组织"), cell("法律服务机构"), cell("其他")),
        row(cell("一、本年新收政府信息公开申请数量", colspan=3), *numbers(a.get("newlyReceived"))),
        row(cell("二、上年结转政府信息公开申请数量", colspan=3), *numbers(a.get("carriedOver"))),
        row(cell("三、本年度办理结果", rowspan=span), cell("（一）予以公开", colspan=2), *numbers(o.get("disclosed"))),
        row(cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", colspan=2), *numbers(o.get("partiallyDisclosed"))),
    ]
    for key, label, items in groups:
        for i, (member, text) in enumerate(items):
            first = [cell(label, rowspan=len(items))] if i == 0 else []
            rows.append(row(*first, cell("%d%s%s" % (i + 1, item_mark, text)), *numbers((o.get(key) or {}).get(member))))
    if single_other:
        rows.append(row(cell("（六）其他处理", colspan=2), *numbers((o.get("otherProcessing") or {}).get("other"))))
    rows.append(row(cell("（七）总计", colspan=2), *numbers(o.get("total"))))
    rows.append(row(cell("四、结转下年度继续办理", colspan=3), *numbers(a.get("carriedForward"))))
    return table(rows)


def review(r):
    v = r["reviewAndLitigation"]
    results = ["upheld", "corrected", "other", "pending", "total"]
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = [
        row(cell("行政复议", colspan=5), cell("行政诉讼", colspan=10)),
        row(*(cell(h, rowspan=2) for h in heads), cell("未经复议直接起诉", colspan=5), cell("复议后起诉", colspan=5)),
        row(*(cell(h) for h in heads * 2)),
        row(*(cell(value(v, g, m)) for g in ("administrativeReconsideration", "litigationWithoutReconsideration", "litigationAfterReconsideration") for m in results)),
    ]
    return table(rows)


CHROME_TOP = """<div class="header"><div class="logo"><a href="/">{site}</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li></ul>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>
"""
CHROME_BOTTOM = """<div class="share"><span>【<a href="javascript:window.print()">打印本页</a>】</span><span>【<a href="javascript:window.close()">关闭窗口</a>】</span></div>
<div class="footer"><p>网站地图 | 联系我们 | 使用帮助</p><p>扫一扫在手机打开当前页</p></div>
<script type="text/javascript">var _trsTrack = {{ "page": "article" }}; /* 一、总体情况 in a script is not the article */</script>
"""


def page(slug, title, site, publisher, published, body_sections, charset="utf-8", nested=False):
    r = json.load(open(os.path.join(CORPUS, slug + ".json"), encoding="utf-8"))
    n = narrative(slug)
    format2021 = r["format"] == "format2021"
    out = []
    out.append(para(title, bold=True, align="center"))
    for p in n.get("(preamble, before 一)", []):
        out.append(para(p))
    headings = body_sections
    out.append(para(headings[0], bold=True))
    out.extend(para(p, split=p.startswith("（")) for p in n[headings[0]])
    out.append(para(headings[1], bold=True))
    out.append(proactive_2021(r) if format2021 else proactive_2019(r))
    out.append(para(headings[2], bold=True))
    t3 = applications(r, format2021, "、" if format2021 else ".")
    out.append('<table width="100%"><tr><td>\n' + t3 + "</td></tr></table>\n" if nested else t3)
    out.append(para(headings[3], bold=True))
    out.append(review(r))
    out.append(para(headings[4], bold=True))
    out.extend(para(p) for p in n[headings[4]])
    out.append(para(headings[5], bold=True))
    out.extend(para(p) for p in n[headings[5]])
    meta = '<table class="xxgk_table"><tr><td>发布机构：</td><td>%s</td><td>%s</td><td>%s</td></tr></table>\n' % (
        html.escape(publisher), "发布日期：" if published else "", published or "")
    article = '<div class="article"><div id="zoom" class="TRS_Editor">\n<!--\n' \
        'Rebuilt by the GovDisclosure.Standard team from the faithful transcription ../%s.json and ../%s.source.md;\n' \
        'the markup follows the patterns of published report pages, not the original page.\n-->\n%s</div></div>\n' % (slug, slug, "".join(out))
    if nested:
        article = '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="bt_content">\n%s</td></tr></table>\n' % article
    doc = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
           '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
           '<title>%s_%s</title>\n<style type="text/css">.nav li{display:inline}</style>\n</head>\n<body>\n%s%s%s%s</body>\n</html>\n') % (
        charset, html.escape(title), html.escape(site), CHROME_TOP.format(site=html.escape(site)), meta, article, CHROME_BOTTOM.format())
    encoding = "gbk" if charset.lower() in ("gb2312", "gbk") else "utf-8"
    with open(os.path.join(HERE, slug + ".html"), "wb") as f:
        f.write(doc.encode(encoding))


page("shanghai-municipal-government-office-2019",
     "2019年上海市人民政府办公厅政府信息公开工作年度报告", "中国上海", "上海市人民政府办公厅", "2020-01-31",
     ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项"])
page("huaian-city-2024",
     "淮安市人民政府2024年政府信息公开工作年度报告", "淮安市人民政府", "淮安市人民政府办公室", None,
     ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况", "六、其他需要报告的事项"], charset="gb2312", nested=True)
# The real page (pingtan.gov.cn …/t20200120_80576.htm) heads its sections as below and states 发布时间 2020-01-20 15:22
# with an empty 发布机构 line; its site is the 平潭综合实验区党工委管委会 portal.
page("pingtan-experimental-zone-2019",
     "平潭综合实验区2019年政府信息公开工作年度报告", "平潭综合实验区党工委管委会", "", "2020-01-20 15:22",
     ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况", "六、其他需要报告的事项"])
# The two 洪泽区 reports were published as PDFs (../pdfs/); these pages lay the same text out as a portal would.
# They state no publication date, so their pages state none.
page("hongze-district-2023",
     "洪泽区人民政府2023年政府信息公开工作年度报告", "淮安市洪泽区人民政府", "淮安市洪泽区人民政府办公室", None,
     ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况", "六、其他需要报告的事项"])
page("hongze-district-2024",
     "淮安市洪泽区人民政府2024年政府信息公开工作年度报告", "淮安市洪泽区人民政府", "淮安市洪泽区人民政府办公室", None,
     ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况", "六、其他需要报告的事项"], charset="gb2312")
