"""The timetable's style sheet: A4 sheets for the printer, the same sheets on screen
(TS-1).

The screen shows each month as a sheet 210 mm wide with the print margins as its
padding, so what a browser shows is what the printer lays out: the print style only
takes the padding away (``@page`` gives the margins) and starts each month on a new
page. A month with many receptions (a daily duty) packs tighter, one with few (a
monthly reception day) reads larger, so that every month fits one sheet.
"""

__all__ = ["STYLE"]

STYLE = """
@page { size: A4 portrait; margin: 11mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #e9e9e6; color: #1a1a1a;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
    "WenQuanYi Micro Hei", "SimHei", "Helvetica Neue", Arial, sans-serif;
  font-size: 10pt; line-height: 1.35; }
.sheet { width: 210mm; margin: 8mm auto; padding: 11mm 12mm; background: #fff;
  box-shadow: 0 1px 4px rgba(0,0,0,.25); }
header { border-bottom: 2.5pt solid #a61b1b; padding-bottom: 2.5mm; margin-bottom: 3mm; }
.org { margin: 0; font-size: 12.5pt; font-weight: 700; color: #a61b1b; letter-spacing: .04em; }
h1 { margin: .6mm 0 1mm; font-size: 21pt; line-height: 1.2; letter-spacing: .06em; }
.meta { margin: 0; display: flex; flex-wrap: wrap; gap: 1mm 6mm; font-size: 10pt; color: #333; }
.meta span { overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
td, th { overflow-wrap: anywhere; word-break: normal; }
.grid th { background: #a61b1b; color: #fff; font-weight: 700; font-size: 9.5pt;
  padding: 1mm 0; border: .6pt solid #a61b1b; }
.grid th.we { background: #c65a4f; border-color: #c65a4f; }
.grid td { border: .6pt solid #9a9a9a; vertical-align: top; padding: .7mm 1mm .9mm;
  height: 15mm; font-size: 8pt; line-height: 1.25; }
.grid td.blank { background: #f6f6f4; border-color: #d0d0cc; }
.grid td.we { background: #f4f4f1; }
.grid td.off { background: #fbe9e5; }
.grid td.work { background: #eef3fb; }
.grid td.outside { color: #9a9a9a; }
.grid td.outside .slot { display: none; }
.num { display: flex; justify-content: space-between; align-items: baseline; }
.num b { font-size: 11pt; }
.we .num b, .off .num b { color: #a61b1b; }
.tag { font-size: 7.5pt; font-weight: 700; padding: 0 .9mm; border-radius: .8mm;
  color: #fff; background: #a61b1b; }
.work .tag { background: #2f5d9e; }
.hol { font-size: 7.5pt; color: #a61b1b; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }
.work .hol { color: #2f5d9e; }
.slot { margin-top: .6mm; padding: .5mm .8mm; background: #fff7d6;
  border-left: 1.4pt solid #d49b00; }
.slot .hrs { font-weight: 700; }
.who { display: block; }
.who .ttl { color: #555; font-size: 7pt; margin-right: .6mm; }
.tbd { color: #a61b1b; font-weight: 700; }
.mark { display: inline-block; font-size: 7pt; color: #7a4b00; }
.mark.prov { color: #2f5d9e; font-weight: 700; }
h2 { font-size: 11pt; margin: 3.5mm 0 1.2mm; padding-left: 1.5mm;
  border-left: 2.5pt solid #a61b1b; }
.list th { text-align: left; font-size: 9pt; background: #f1e4e1; padding: 1mm 1.5mm;
  border-bottom: .8pt solid #a61b1b; }
.list td { padding: .55mm 1.5mm; border-bottom: .5pt solid #c8c8c4; vertical-align: top;
  font-size: 9pt; }
.list tr:nth-child(even) td { background: #fafaf8; }
.list td.date { font-weight: 700; white-space: nowrap; }
.list td.date .wd { font-weight: 400; }
.list td.hrs { white-space: nowrap; }
.none { font-size: 11pt; color: #555; margin: 4mm 0; }
footer { margin-top: 3mm; padding-top: 1.5mm; border-top: .6pt solid #9a9a9a;
  font-size: 7.5pt; color: #444; display: flex; justify-content: space-between; gap: 4mm; }
footer p { margin: 0; }
/* A month with many receptions (a daily duty) packs tighter to stay on one sheet. */
.dense .grid td { height: 12.5mm; padding: .5mm .9mm .6mm; }
.dense .grid .slot { margin-top: .3mm; padding: .3mm .7mm; }
.dense .list td { padding: .3mm 1.5mm; font-size: 8.5pt; line-height: 1.28; }
.dense .list th { padding: .6mm 1.5mm; }
.dense h2 { margin: 2.5mm 0 1mm; }
/* A month with few receptions (a monthly reception day) reads larger. */
.sparse .grid td { height: 17mm; font-size: 9pt; }
.sparse .who .ttl { font-size: 8.5pt; }
.sparse .mark { font-size: 8.5pt; }
.sparse .list td { font-size: 10pt; padding: 1.1mm 1.5mm; }
.sparse .list th { font-size: 10pt; }
@media print {
  body { background: none; }
  .sheet { width: auto; margin: 0; padding: 0; box-shadow: none; }
  .sheet + .sheet { break-before: page; }
  tr, .slot { break-inside: avoid; }
}
"""
