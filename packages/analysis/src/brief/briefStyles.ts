/**
 * The brief's stylesheet: one A4 page from the browser's Print (margins 10–14 mm, 8.5 pt text), the
 * same layout on screen at the page's width. Charts sit side by side at a fixed height so three fit.
 */
export const BRIEF_STYLES = `
@page { size: A4; margin: 12mm 14mm 10mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 8.5pt/1.25 "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; margin: 0 auto; max-width: 182mm; padding: 6mm 0; }
header { border-bottom: 2px solid #1f4e79; margin-bottom: 2mm; padding-bottom: 1.5mm; }
h1 { font-size: 14pt; line-height: 1.2; margin: 0 0 1mm; color: #1f4e79; }
h2 { font-size: 10pt; margin: 2.5mm 0 1mm; color: #1f4e79; break-after: avoid; }
p { margin: 0 0 1.5mm; }
.subtitle, .note, .stamp { color: #555; font-size: 7.5pt; }
.unreviewed { font-style: italic; }
ol.findings { margin: 0; padding-left: 5mm; }
ol.findings li { margin-bottom: 0.8mm; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; }
table.levers, table.assumptions { table-layout: fixed; }
table.levers th:nth-child(1) { width: 33%; }
table.levers th:nth-child(2), table.levers th:nth-child(3) { width: 10%; }
.unit { color: #666; font-size: 7pt; }
td.evidence { font-size: 6.8pt; color: #444; }
table.assumptions th:nth-child(1) { width: 42%; }
table.assumptions th:nth-child(3) { width: 28%; }
th, td { text-align: left; vertical-align: top; padding: 0.6mm 1.2mm; border-bottom: 0.5pt solid #ccc; }
th { color: #444; font-weight: 600; }
td.number { text-align: right; }
.charts { display: grid; grid-template-columns: repeat(var(--chart-columns, 3), 1fr); gap: 3mm; }
figure { margin: 0; break-inside: avoid; }
figure img { width: 100%; height: 24mm; object-fit: contain; display: block; }
figcaption { font-size: 7.5pt; color: #444; margin-top: 0.5mm; }
footer { margin-top: 2mm; border-top: 0.5pt solid #ccc; padding-top: 1mm; font-size: 7.5pt; }
footer p { margin: 0 0 0.3mm; }
footer .stamp, footer .link { font-size: 6.8pt; }
.stamp { font-family: "DejaVu Sans Mono", monospace; word-break: break-all; }
a { color: #1f4e79; word-break: break-all; }
@media print {
  body { padding: 0; max-width: none; }
  a { color: inherit; text-decoration: none; }
  section, table, figure { break-inside: avoid; }
}
`;
