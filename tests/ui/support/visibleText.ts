import type { Page } from 'playwright-core';

/**
 * The text a reader meets on the page now: every rendered text node (through shadow roots, SVG text of
 * the charts included) and the accessible names and tips of rendered elements (aria-label, title).
 * Skipped, each for its reason: anything marked `lang="en"` (content not yet translated and declared as
 * English, such as docs/model.md and the scenario files' own descriptions), `<code>` (identifiers),
 * the language picker (each language is named in itself there), `<style>` and `<script>`, and the
 * ARIA names Observable Plot gives the marks inside a chart's SVG ("x-axis tick", "area": each chart is
 * an image named as a whole by its container, whose translated text alternative is checked).
 * `within`: only the text inside elements matching this selector (one notice, say).
 */
export async function visibleText(page: Page, within?: string): Promise<string[]> {
  return page.evaluate((within) => {
    const out: string[] = [];
    const skipped = (el: Element) =>
      el.getAttribute('lang') === 'en' ||
      ['CODE', 'STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName) ||
      el.hasAttribute('data-language-picker');
    const visible = (el: Element) => el.checkVisibility({ checkVisibilityCSS: true }) && !el.closest('[hidden]');
    const walk = (node: Node, inside: boolean) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        const text = node.textContent?.trim();
        if (inside && text && parent && visible(parent)) out.push(text);
        return;
      }
      if (node instanceof Element) {
        if (skipped(node)) return;
        inside ||= within !== undefined && node.matches(within);
        if (inside && visible(node) && !(node instanceof SVGElement)) {
          for (const name of ['aria-label', 'title']) {
            const value = node.getAttribute(name)?.trim();
            if (value) out.push(value);
          }
        }
        if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) walk(child, inside);
      }
      for (const child of node.childNodes) walk(child, inside);
    };
    walk(document.body, within === undefined);
    return out;
  }, within);
}

/** Latin words of three letters or more, each with the text it was met in: in a Russian page, English unless allowed. */
export function latinWords(texts: readonly string[], allowed: readonly string[]): string[] {
  const found = new Map<string, string>();
  for (const text of texts) {
    let rest = text;
    for (const phrase of allowed) rest = rest.split(phrase).join(' ');
    for (const word of rest.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []) if (!found.has(word)) found.set(word, text.slice(0, 120));
  }
  return [...found].map(([word, text]) => `${word} (in “${text}”)`).sort();
}
