import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Plugin } from 'vite';

/**
 * The model documentation (docs/model.md) rendered to HTML when the lab is
 * built, by markdown-it: the files are the project's own, and the running page renders nothing from
 * a file or URL as HTML. HTML written in the Markdown stays text (`html: false`), except the empty
 * anchors `<a id="name"></a>` that mark sections; links leave the page only to http(s) addresses,
 * in-page links are kept for the view to follow, anything else (relative files) stays text.
 */
export const MODEL_DOCS_MODULE = 'virtual:model-docs';

const ANCHOR = /^<a id="([A-Za-z0-9_-]+)"><\/a>/;

/** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens. */
export function slugOf(text: string): string {
  return text
    .replace(/[`*_[\]()]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function createRenderer() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.inline.ruler.before('html_inline', 'section_anchor', (state, silent) => {
    const match = ANCHOR.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const token = state.push('section_anchor', '', 0);
      token.meta = { id: match[1] };
    }
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules.section_anchor = (tokens, i) =>
    `<span class="anchor" id="${md.utils.escapeHtml((tokens[i].meta as { id: string }).id)}"></span>`;
  md.core.ruler.push('heading_ids', (state) => {
    state.tokens.forEach((token, i) => {
      if (token.type === 'heading_open') token.attrSet('id', slugOf(state.tokens[i + 1].content));
    });
  });
  const renderToken = md.renderer.renderToken.bind(md.renderer);
  // Wide tables scroll; the scrolling region is focusable so keyboard readers can scroll it too.
  md.renderer.rules.table_open = (tokens, i, options) => `<div class="table-wrap" tabindex="0">${renderToken(tokens, i, options)}`;
  md.renderer.rules.table_close = (tokens, i, options) => `${renderToken(tokens, i, options)}</div>`;
  // A header cell with no text is an empty corner, not a header: a plain cell.
  const empty = (token: { content: string } | undefined) => (token?.content ?? '').trim() === '';
  md.renderer.rules.th_open = (tokens, i, options) => (empty(tokens[i + 1]) ? '<td>' : renderToken(tokens, i, options));
  md.renderer.rules.th_close = (tokens, i, options) => (empty(tokens[i - 1]) ? '</td>' : renderToken(tokens, i, options));
  md.renderer.rules.link_open = (tokens, i, options) => {
    const href = String(tokens[i].attrGet('href') ?? '');
    const close = tokens.slice(i).find((t) => t.type === 'link_close');
    if (href.startsWith('#')) return renderToken(tokens, i, options);
    if (/^https?:\/\//i.test(href)) {
      tokens[i].attrSet('target', '_blank');
      tokens[i].attrSet('rel', 'noopener noreferrer');
      return renderToken(tokens, i, options);
    }
    if (close) close.meta = { asText: true };
    return '<span>';
  };
  md.renderer.rules.link_close = (tokens, i, options) => (tokens[i].meta?.asText ? '</span>' : renderToken(tokens, i, options));
  return md;
}

const renderer = createRenderer();

export function renderModelDoc(markdown: string): string {
  return renderer.render(markdown);
}

/** A vite plugin: `import { MODEL_DOC } from 'virtual:model-docs'` gives the rendered HTML. */
export function modelDocs(docsDirectory: string): Plugin {
  const resolvedId = `\0${MODEL_DOCS_MODULE}`;
  const files = { MODEL_DOC: join(docsDirectory, 'model.md') };
  return {
    name: 'diaspora-model-docs',
    resolveId: (source) => (source === MODEL_DOCS_MODULE ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      return Object.entries(files)
        .map(([name, path]) => {
          this.addWatchFile(path);
          // Empty while a document is not written yet.
          const html = existsSync(path) ? renderModelDoc(readFileSync(path, 'utf8')) : '';
          return `export const ${name} = ${JSON.stringify(html)};\n`;
        })
        .join('');
    },
  };
}
