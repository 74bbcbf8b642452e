#!/usr/bin/python3
"""Writes catalogue-97-2003.xls, an Excel 97-2003 (BIFF8) workbook, with Debian's python3-xlwt.

An instructions sheet first (the reader must find the data sheet), then a catalogue table whose 一级事项 is
merged down two rows, a number cell, a date cell and a blank row.  Run: python3 make-xls.py
"""
import datetime
import os
import xlwt

book = xlwt.Workbook(encoding="utf-8")
notes = book.add_sheet("填报说明")
notes.write(0, 0, "请在“目录”工作表中填写。")
sheet = book.add_sheet("目录")
sheet.write(0, 0, "某某县政务公开标准目录")
for column, title in enumerate(["序号", "一级事项", "二级事项", "公开时限", "公开主体", "更新日期"]):
    sheet.write(1, column, title)
sheet.write(2, 0, 1)
sheet.write_merge(2, 3, 1, 1, "综合业务")
sheet.write(2, 2, "政策法规文件")
sheet.write(2, 3, "自该信息形成或者变更之日起20个工作日内")
sheet.write(2, 4, "县人民政府办公室")
sheet.write(2, 5, datetime.date(2024, 3, 1), xlwt.easyxf(num_format_str="yyyy-mm-dd"))
sheet.write(3, 0, 2)
sheet.write(3, 2, "机构职能")
sheet.write(3, 3, "信息形成或变更之日起20个工作日内")
sheet.write(3, 4, "县人民政府办公室")
sheet.write(5, 0, 3)
sheet.write(5, 1, "最低生活保障")
sheet.write(5, 2, "办事指南")
sheet.write(5, 3, "实时公开")
sheet.write(5, 4, "县民政局")
book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "catalogue-97-2003.xls"))
