/**
 * The brief's stylesheet: one A4 page from the browser's Print (margins 14 mm, 9.5 pt text), the
 * same layout on screen at the page's width. Charts sit side by side at a fixed height so three fit.
 */
export const BRIEF_STYLES = `
@page { size: A4; margin: 14mm 14mm 12mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 9.5pt/1.35 "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; margin: 0 auto; max-width: 182mm; padding: 6mm 0; }
header { border-bottom: 2px solid #1f4e79; margin-bottom: 3mm; padding-bottom: 2mm; }
h1 { font-size: 15pt; line-height: 1.2; margin: 0 0 1mm; color: #1f4e79; }
h2 { font-size: 10.5pt; margin: 3.5mm 0 1.5mm; color: #1f4e79; break-after: avoid; }
p { margin: 0 0 1.5mm; }
.subtitle, .note, .stamp, .unreviewed { color: #555; font-size: 8pt; }
.unreviewed { font-style: italic; }
ol.findings { margin: 0; padding-left: 5mm; }
ol.findings li { margin-bottom: 1.5mm; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; }
th, td { text-align: left; vertical-align: top; padding: 0.8mm 1.5mm; border-bottom: 0.5pt solid #ccc; }
th { color: #444; font-weight: 600; }
td.number { text-align: right; white-space: nowrap; }
.charts { display: grid; grid-template-columns: repeat(var(--chart-columns, 3), 1fr); gap: 3mm; }
figure { margin: 0; break-inside: avoid; }
figure img { width: 100%; height: 42mm; object-fit: contain; display: block; }
figcaption { font-size: 7.5pt; color: #444; margin-top: 0.5mm; }
footer { margin-top: 3mm; border-top: 0.5pt solid #ccc; padding-top: 1.5mm; }
.stamp { font-family: "DejaVu Sans Mono", monospace; word-break: break-all; }
a { color: #1f4e79; word-break: break-all; }
@media print {
  body { padding: 0; max-width: none; }
  a { color: inherit; text-decoration: none; }
  section, table, figure { break-inside: avoid; }
}
`;
