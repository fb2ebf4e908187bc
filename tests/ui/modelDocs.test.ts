import { describe, expect, it } from 'vitest';
import { renderModelDoc, slugOf } from '../../packages/ui/modelDocs.js';

// The lab's model documentation is rendered to HTML at build time (no browser needed to check how).
describe('the model documentation, rendered at build time', () => {
  it('gives headings GitHub-style ids and keeps the empty section anchors as targets', () => {
    const html = renderModelDoc('<a id="channel-choice"></a>\n## Remittances: the channel (choice)\n');
    expect(html).toContain('<span class="anchor" id="channel-choice"></span>');
    expect(html).toContain('<h2 id="remittances-the-channel-choice">');
    expect(slugOf('2. Entities, state variables and scales')).toBe('2-entities-state-variables-and-scales');
  });

  it('keeps any other HTML of the file as text', () => {
    const html = renderModelDoc('Text with <script>window.__md=1</script> and <a id="x" onclick="window.__md=2"></a>.\n');
    expect(html).not.toMatch(/<script|<a /);
    expect(html).toContain('&lt;script&gt;window.__md=1&lt;/script&gt;');
    expect(html).toContain('&lt;a id=&quot;x&quot; onclick=&quot;window.__md=2&quot;&gt;&lt;/a&gt;');
  });

  it('links to the web in a new tab and within the page; any other target stays text', () => {
    const html = renderModelDoc('[web](https://example.org) [section](#network) [file](docs/calibration.md) [bad](javascript:alert(1))\n');
    expect(html).toContain('<a href="https://example.org" target="_blank" rel="noopener noreferrer">web</a>');
    expect(html).toContain('<a href="#network">section</a>');
    expect(html).toContain('<span>file</span>');
    expect(html).not.toContain('javascript:alert(1)"');
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it('turns empty header cells into plain cells (an empty corner is no header)', () => {
    expect(renderModelDoc('|  | b |\n|---|---|\n| 1 | 2 |\n')).toContain('<tr>\n<td></td><th>b</th>');
  });

  it('wraps tables so that they scroll', () => {
    expect(renderModelDoc('| a | b |\n|---|---|\n| 1 | 2 |\n')).toMatch(
      /^<div class="table-wrap" tabindex="0"><table>[\s\S]*<\/table>\n<\/div>/,
    );
  });
});
