/**
 * Charts (SVG) and Charts (PNG): the drawn charts laid out on one page with their titles, the
 * plain-language lines, the band legend and the reproducibility stamp. Built from the charts' own
 * SVG (cloned); text is set with textContent, never parsed as markup.
 */
export interface ExportedChart {
  readonly title: string;
  readonly unit: string;
  readonly svg: SVGSVGElement;
  readonly note: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const COLUMN_WIDTH = 520;
const GAP = 24;

export function composeChartsSvg(charts: readonly ExportedChart[], heading: string, stamp: string, columns = 2): SVGSVGElement {
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif');
  const metadata = document.createElementNS(SVG_NS, 'metadata');
  metadata.textContent = stamp;
  root.append(metadata);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('fill', '#ffffff');
  root.append(background);
  let y = 32;
  root.append(text(heading, GAP, y, 18, 700));
  y += 16;
  const cellHeights: number[] = [];
  let rowTop = y + 12;
  charts.forEach((chart, i) => {
    const column = i % columns;
    if (column === 0 && i > 0) {
      rowTop += Math.max(...cellHeights) + GAP;
      cellHeights.length = 0;
    }
    const x = GAP + column * (COLUMN_WIDTH + GAP);
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('transform', `translate(${x},${rowTop})`);
    g.append(text(chart.title, 0, 14, 13, 700));
    g.append(text(chart.unit, 0, 30, 11, 400, '#4f5660'));
    const plot = chart.svg.cloneNode(true) as SVGSVGElement;
    const box = chart.svg.viewBox.baseVal;
    const width = box?.width || Number(chart.svg.getAttribute('width')) || COLUMN_WIDTH;
    const height = box?.height || Number(chart.svg.getAttribute('height')) || 190;
    const scale = COLUMN_WIDTH / width;
    plot.setAttribute('x', '0');
    plot.setAttribute('y', '38');
    plot.setAttribute('width', String(COLUMN_WIDTH));
    plot.setAttribute('height', String(height * scale));
    plot.removeAttribute('aria-hidden');
    g.append(plot);
    const lines = wrap(chart.note, 92);
    lines.forEach((line, k) => {
      g.append(text(line, 0, 38 + height * scale + 16 + k * 14, 11, 400, '#1f2328'));
    });
    cellHeights.push(38 + height * scale + 16 + lines.length * 14);
    root.append(g);
  });
  if (cellHeights.length) rowTop += Math.max(...cellHeights) + GAP;
  root.append(text(stamp, GAP, rowTop + 4, 10, 400, '#4f5660'));
  const totalWidth = GAP + columns * (COLUMN_WIDTH + GAP);
  const totalHeight = rowTop + 20;
  root.setAttribute('width', String(totalWidth));
  root.setAttribute('height', String(totalHeight));
  root.setAttribute('viewBox', `0 0 ${totalWidth} ${totalHeight}`);
  background.setAttribute('width', String(totalWidth));
  background.setAttribute('height', String(totalHeight));
  return root;
}

export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/** Rasterises the composed SVG at twice its size (for reports and slides). */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const source = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(Number(svg.getAttribute('width')) * scale);
    canvas.height = Math.ceil(Number(svg.getAttribute('height')) * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas available');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function text(content: string, x: number, y: number, size: number, weight: number, fill = '#1f2328'): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', String(weight));
  t.setAttribute('fill', fill);
  t.textContent = content;
  return t;
}

function wrap(content: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
