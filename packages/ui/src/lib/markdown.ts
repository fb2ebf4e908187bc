import { html, nothing, type TemplateResult } from 'lit';

/**
 * A tiny Markdown reader for the model documentation that yields Lit templates: every piece of text
 * goes through a text binding, so nothing in the file is ever interpreted as HTML. It covers what
 * docs/model.md uses: headings (with GitHub-style ids), paragraphs, lists, tables, code blocks,
 * block quotes, emphasis, inline code and links (http, https and in-page anchors only).
 */
export function renderMarkdown(source: string, onAnchor?: (id: string) => void): TemplateResult {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: TemplateResult[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) {
      i++;
      continue;
    }
    // The documentation marks sections with empty HTML anchors, `<a id="name"></a>`: kept as targets
    // (the id restricted to letters, digits, - and _), never as HTML.
    const anchor = ANCHOR_LINE.exec(line);
    if (anchor) {
      blocks.push(html`<span class="anchor" id=${anchor[1]}></span>`);
      i++;
      continue;
    }
    const fence = /^```/.exec(line);
    if (fence) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !/^```/.test(lines[i])) code.push(lines[i++]);
      i++;
      blocks.push(html`<pre><code>${code.join('\n')}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      blocks.push(headingTemplate(heading[1].length, heading[2], onAnchor));
      i++;
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line) && i + 1 < lines.length && /^\s*\|?[\s:|-]+\|?\s*$/.test(lines[i + 1])) {
      const rows: string[][] = [];
      rows.push(splitRow(line));
      i += 2;
      while (i < lines.length && /^\s*\|.*\|\s*$/.test(lines[i])) rows.push(splitRow(lines[i++]));
      blocks.push(tableTemplate(rows, onAnchor));
      continue;
    }
    if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
      const ordered = /^\s*\d+[.)]/.test(line);
      const items: string[] = [];
      while (i < lines.length && /\S/.test(lines[i])) {
        const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(lines[i]);
        if (item) items.push(item[2]);
        else if (items.length) items[items.length - 1] += ` ${lines[i].trim()}`;
        i++;
      }
      const lis = items.map((t) => html`<li>${inline(t, onAnchor)}</li>`);
      blocks.push(ordered ? html`<ol>${lis}</ol>` : html`<ul>${lis}</ul>`);
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) quoted.push(lines[i++].replace(/^\s*>\s?/, ''));
      blocks.push(html`<blockquote>${inline(quoted.join(' '), onAnchor)}</blockquote>`);
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && /\S/.test(lines[i]) && !/^(#{1,6}\s|```|\s*>|\s*([-*+]|\d+[.)])\s+)/.test(lines[i])) {
      paragraph.push(lines[i++].trim());
    }
    if (paragraph.length === 0) paragraph.push(lines[i++].trim());
    blocks.push(html`<p>${inline(paragraph.join(' '), onAnchor)}</p>`);
  }
  return html`${blocks}`;
}

const ANCHOR_LINE = /^\s*<a id="([A-Za-z0-9_-]+)"><\/a>\s*$/;

/** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens. */
export function slugOf(text: string): string {
  return text
    .replace(/[`*_[\]()]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function headingTemplate(level: number, text: string, onAnchor?: (id: string) => void): TemplateResult {
  const id = slugOf(text);
  const content = inline(text, onAnchor);
  switch (level) {
    case 1:
      return html`<h1 id=${id}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id}>${content}</h5>`;
    default:
      return html`<h6 id=${id}>${content}</h6>`;
  }
}

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));
}

function tableTemplate(rows: string[][], onAnchor?: (id: string) => void): TemplateResult {
  const [head, ...body] = rows;
  return html`<div class="table-wrap">
    <table>
      <thead>
        <tr>
          ${head.map((c) => html`<th scope="col">${inline(c, onAnchor)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${body.map((r) => html`<tr>${r.map((c) => html`<td>${inline(c, onAnchor)}</td>`)}</tr>`)}
      </tbody>
    </table>
  </div>`;
}

// Inline spans, first match wins: code, link, bold, italic, empty anchor.
const INLINE =
  /(`[^`]+`)|(\[([^\]]+)\]\(([^)\s]+)\))|(\*\*[^*]+\*\*|__[^_]+__)|(\*[^*\s][^*]*\*|_[^_\s][^_]*_)|<a id="([A-Za-z0-9_-]+)"><\/a>/;

export function inline(text: string, onAnchor?: (id: string) => void): Array<TemplateResult | string> {
  const out: Array<TemplateResult | string> = [];
  let rest = text;
  while (rest.length) {
    const m = INLINE.exec(rest);
    if (!m) {
      out.push(rest);
      break;
    }
    if (m.index > 0) out.push(rest.slice(0, m.index));
    if (m[1]) out.push(html`<code>${m[1].slice(1, -1)}</code>`);
    else if (m[2]) out.push(linkTemplate(m[3], m[4], onAnchor));
    else if (m[5]) out.push(html`<strong>${m[5].slice(2, -2)}</strong>`);
    else if (m[6]) out.push(html`<em>${m[6].slice(1, -1)}</em>`);
    else if (m[7]) out.push(html`<span class="anchor" id=${m[7]}></span>`);
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

function linkTemplate(text: string, href: string, onAnchor?: (id: string) => void): TemplateResult {
  if (href.startsWith('#')) {
    const id = href.slice(1);
    const follow = (event: Event) => {
      event.preventDefault();
      onAnchor?.(id);
    };
    return html`<a href=${href} @click=${follow}>${text}</a>`;
  }
  // Only web links leave the page; anything else (javascript:, data:, relative files) stays text.
  if (/^https?:\/\//i.test(href)) return html`<a href=${href} rel="noopener noreferrer" target="_blank">${text}</a>`;
  return html`<span>${text}</span>${nothing}`;
}
