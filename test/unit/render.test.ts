import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { formatDuration } from '../../src/engine/render/duration';
import { renderDocument } from '../../src/engine/render/index';
import { HOSTILE } from './hostile-inputs';

const fixture = (name: string) => readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');
const parse = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html) as Root;

const TIMELINE = `---
title: API errors
status: resolved
severity: major
started: 2026-03-04T14:02:00Z
resolved: 2026-03-04T15:44:00Z
components: [API, Dashboard]
owner: jane@internal
notes: escalate to vendor
---
**Investigating** - Calls to the API fail. (Mar 4, 2026 - 14:05 UTC)

**Identified** - A configuration change caused it. (Mar 4, 2026 - 14:40 UTC)

<!-- internal -->
Ping the database team about db-prod-03.
<!-- /internal -->

**Resolved** - Calls work again. <!-- check the graphs --> (Mar 4, 2026 - 15:44 UTC)
`;

describe('render', () => {
  describe('status page', () => {
    it('lays out the incident card: title, status badge, facts, duration, then the body', () => {
      const html = renderDocument(TIMELINE, { view: 'status-page' }).output;
      const tree = parse(html);
      const texts: string[] = [];
      visit(tree, 'element', (element: Element) => {
        if (['h1', 'dt', 'dd'].includes(element.tagName) || (element.properties.className as string[] | undefined)?.includes('ic-badge')) {
          texts.push(`${element.tagName}:${(element.children as Array<{ value?: string }>).map((child) => child.value ?? '').join('')}`);
        }
      });
      assert.deepEqual(texts, ['h1:API errors', 'span:Resolved', 'dt:Affected', 'dd:API, Dashboard', 'dt:Severity', 'dd:major', 'dt:Started', 'dd:4 Mar 2026, 14:02 UTC', 'dt:Resolved', 'dd:4 Mar 2026, 15:44 UTC', 'dt:Duration', 'dd:1 h 42 min']);
      assert.match(html, /class="ic-badge ic-badge--resolved" style="background:#2b8a3e;color:#fff"/);
    });

    it('shows a timeline newest first, each update with its time', () => {
      const html = renderDocument(TIMELINE, { view: 'status-page' }).output;
      const times = [...html.matchAll(/<time datetime="([^"]+)">/g)].map((match) => match[1]);
      assert.deepEqual(times, ['2026-03-04T15:44:00.000Z', '2026-03-04T14:40:00.000Z', '2026-03-04T14:05:00.000Z']);
    });

    it('never shows internal notes, comments or internal front-matter fields', () => {
      for (const view of ['status-page', 'email', 'text'] as const) {
        const output = renderDocument(TIMELINE, { view }).output;
        for (const secret of ['db-prod-03', 'check the graphs', 'jane@internal', 'escalate to vendor', '<!--']) assert.ok(!output.includes(secret), `${view} shows ${secret}`);
      }
    });

    it('renders every fixture with its title once', () => {
      const rendered = renderDocument(fixture('summary-webhook-event-delays.md'), { view: 'status-page' });
      assert.equal(rendered.title, 'Incident summary: tracking events delayed for up to 4 hours');
      assert.equal(rendered.output.split(rendered.title).length - 1, 1);
      assert.match(rendered.output, /<dt>Duration<\/dt><dd>3 h 53 min<\/dd>/);
    });
  });

  describe('every fixture in every view', () => {
    const directory = path.join(__dirname, '..', 'fixtures');
    for (const name of readdirSync(directory).filter((file) => file.endsWith('.md'))) {
      it(name, () => {
        const source = readFileSync(path.join(directory, name), 'utf8');
        const status = /^status: (\S+)$/m.exec(source)?.[1];
        const page = renderDocument(source, { view: 'status-page' });
        assert.match(page.output, /^<article class="ic-card"><header class="ic-card-head"><h1 class="ic-title">/);
        if (status) assert.match(page.output, new RegExp(`class="ic-badge ic-badge--${status}"`));
        assert.equal(page.output.split(`>${page.title.replace(/&/g, '&amp;')}<`).length - 1, 1, 'title once');
        const email = renderDocument(source, { view: 'email' });
        assert.equal(email.subject, page.title);
        const text = renderDocument(source, { view: 'text' });
        assert.ok(text.output.startsWith(`${page.title}\n\n`));
        for (const output of [page.output, email.output, text.output]) {
          assert.ok(!output.includes('<!--') && !/^---$/m.test(output.split('\n')[0]!), 'no comments or front matter');
          assert.ok(!output.includes('audience:'), 'no front matter');
        }
        assert.equal(text.length, text.output.length - page.title.length - 3);
      });
    }
  });

  describe('durations', () => {
    it('formats minutes, hours and days', () => {
      assert.equal(formatDuration(Date.parse('2026-03-04T14:02:00Z'), Date.parse('2026-03-04T15:44:00Z')), '1 h 42 min');
      assert.equal(formatDuration(Date.parse('2026-03-04T14:02:00Z'), Date.parse('2026-03-04T14:47:00Z')), '45 min');
      assert.equal(formatDuration(Date.parse('2026-03-04T22:00:00Z'), Date.parse('2026-03-06T01:05:00Z')), '1 d 3 h 5 min');
      assert.equal(formatDuration(Date.parse('2026-03-04T14:00:00Z'), Date.parse('2026-03-04T16:00:00Z')), '2 h');
      assert.equal(formatDuration(Date.parse('2026-03-04T14:00:00Z'), Date.parse('2026-03-04T14:00:20Z')), 'under a minute');
      assert.equal(formatDuration(Date.parse('2026-03-04T15:00:00Z'), Date.parse('2026-03-04T14:00:00Z')), undefined);
    });

    it('works across time zones and midnight', () => {
      const text = '---\nstatus: resolved\nstarted: 2026-03-04T23:30:00-05:00\nresolved: 2026-03-05T06:15:00+01:00\n---\nFixed.\n';
      const html = renderDocument(text, { view: 'status-page' }).output;
      assert.match(html, /<dt>Started<\/dt><dd>5 Mar 2026, 04:30 UTC<\/dd>/);
      assert.match(html, /<dt>Resolved<\/dt><dd>5 Mar 2026, 05:15 UTC<\/dd>/);
      assert.match(html, /<dt>Duration<\/dt><dd>45 min<\/dd>/);
    });
  });

  describe('email', () => {
    it('has the title as subject and inline styles that survive pasting', () => {
      const rendered = renderDocument(fixture('follow-up-label-printing-customers.md'), { view: 'email' });
      assert.equal(rendered.subject, rendered.title);
      const tree = parse(rendered.output);
      let styled = 0;
      let elements = 0;
      visit(tree, 'element', (element: Element) => {
        elements++;
        if (typeof element.properties.style === 'string' && element.properties.style.length > 0) styled++;
        assert.ok(!['style', 'link', 'script'].includes(element.tagName));
      });
      assert.ok(elements > 3 && styled / elements > 0.9, `${styled}/${elements} styled`);
    });
  });

  describe('plain text', () => {
    it('writes links as text and URL and keeps lists readable', () => {
      const text = '---\ntitle: Update\n---\nSee [our status page](https://status.example.com) or https://example.com.\n\n- one\n- two\n  - nested\n\n1. first\n2. second\n\n> quoted\n';
      assert.equal(
        renderDocument(text, { view: 'text' }).output,
        'Update\n\nSee our status page (https://status.example.com) or https://example.com.\n\n- one\n- two\n  - nested\n\n1. first\n2. second\n\n> quoted\n',
      );
    });
  });

  describe('length limit', () => {
    it('reports the length and whether it is over the limit', () => {
      const long = `---\ntitle: T\n---\n${'Logins fail. '.repeat(400)}`;
      const rendered = renderDocument(long, { view: 'text', maxLength: 4096 });
      assert.equal(rendered.length, 'Logins fail. '.repeat(400).trim().length);
      assert.equal(rendered.overLimit, true);
      assert.equal(renderDocument('Short.', { view: 'text', maxLength: 4096 }).overLimit, false);
    });
  });

  describe(`${HOSTILE.length} hostile inputs`, () => {
    const FORBIDDEN = new Set(['script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'meta', 'link', 'style', 'base', 'svg', 'math', 'frame', 'frameset', 'applet', 'textarea', 'select', 'template']);
    for (const [index, input] of HOSTILE.entries()) {
      it(`#${index + 1} renders inert: ${JSON.stringify(input).slice(0, 60)}`, () => {
        for (const view of ['status-page', 'email'] as const) {
          const tree = parse(renderDocument(input, { view }).output);
          visit(tree, (node) => {
            assert.notEqual(node.type, 'comment', 'no comments');
            if (node.type !== 'element') return;
            const element = node as Element;
            assert.ok(!FORBIDDEN.has(element.tagName), `<${element.tagName}> in ${view}`);
            for (const [name, value] of Object.entries(element.properties)) {
              assert.ok(!/^on/i.test(name), `${name} handler in ${view}`);
              if (name === 'style') {
                const ours = view === 'email' || (element.properties.className as string[] | undefined)?.includes('ic-badge');
                assert.ok(ours, `style attribute from the document on <${element.tagName}>`);
              }
              if (['href', 'src', 'action', 'formAction', 'xLinkHref', 'cite', 'background', 'poster'].includes(name)) {
                const url = String(value).replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
                assert.ok(!/^(?:javascript|vbscript|data|file):/.test(url), `${name}=${String(value)} in ${view}`);
              }
            }
          });
        }
        const text = renderDocument(input, { view: 'text' }).output;
        assert.equal(typeof text, 'string');
      });
    }
  });
});
