// Tests of vscode-client/snippets/handoff.code-snippets.json: every body is valid VS Code snippet
// syntax, and what a user gets by accepting every default is the document the protocol asks for
// (Decision 011 §4.1 and §4.3, HANDOFF-SPEC §3 and §6). Run: node --test tests/snippets.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const snippets = JSON.parse(readFileSync(join(here, '..', '..', 'vscode-client', 'snippets', 'handoff.code-snippets.json'), 'utf8'));
const VARS = { CURRENT_YEAR: '2026', CURRENT_MONTH: '02', CURRENT_DATE: '20', TM_FILENAME_BASE: 'handoff-api-healer-deploy-russell-20260220' };

/**
 * Expands a snippet body with every placeholder's default (a choice's first option), the way VS Code
 * does when the user tabs through; throws on syntax VS Code would not read as intended.
 */
function expand(body) {
  const text = Array.isArray(body) ? body.join('\n') : body;
  const values = new Map();
  const mirrors = [];
  let i = 0;
  const out = (stop) => {
    let s = '';
    while (i < text.length) {
      const ch = text[i];
      if (ch === '\\' && '$}\\,|'.includes(text[i + 1] ?? '')) { s += text[i + 1]; i += 2; continue; }
      if (stop.includes(ch)) return s;
      if (ch === '}' ) throw new Error(`unescaped } at ${i}: ${text.slice(Math.max(0, i - 20), i + 1)}`);
      if (ch !== '$') { s += ch; i++; continue; }
      let m;
      const rest = text.slice(i);
      if ((m = /^\$(\d+)/.exec(rest)) || (m = /^\$\{(\d+)\}/.exec(rest))) {
        const n = Number(m[1]); i += m[0].length;
        const mark = `\u0000${mirrors.length}\u0000`; mirrors.push(n); s += mark; continue;
      }
      if ((m = /^\$\{(\d+):/.exec(rest))) {
        i += m[0].length; const v = out('}'); if (text[i] !== '}') throw new Error(`unclosed placeholder \${${m[1]}`); i++;
        values.set(Number(m[1]), v); s += v; continue;
      }
      if ((m = /^\$\{(\d+)\|([^|]*)\|\}/.exec(rest))) {
        i += m[0].length; const v = m[2].split(',')[0]; values.set(Number(m[1]), v); s += v; continue;
      }
      if ((m = /^\$([A-Z_]+)/.exec(rest)) || (m = /^\$\{([A-Z_]+)\}/.exec(rest))) {
        if (!(m[1] in VARS)) throw new Error(`unknown variable ${m[1]}`);
        i += m[0].length; s += VARS[m[1]]; continue;
      }
      throw new Error(`unreadable $ at ${i}: ${rest.slice(0, 20)}`);
    }
    if (stop.length) throw new Error('unexpected end of body');
    return s;
  };
  const raw = out('');
  return raw.replace(/\u0000(\d+)\u0000/g, (_, k) => {
    const n = mirrors[Number(k)];
    return n === 0 ? '' : values.has(n) ? values.get(n) : '';
  });
}

const find = (name) => {
  assert.ok(snippets[name], `snippet "${name}" exists`);
  return expand(snippets[name].body);
};

test('every snippet has a prefix, a body and a description, and valid syntax', () => {
  const prefixes = new Set();
  for (const [name, s] of Object.entries(snippets)) {
    assert.ok(typeof s.description === 'string' && s.description.length > 20, `${name}: description`);
    const ps = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
    for (const p of ps) {
      assert.match(p, /^[a-z][a-z0-9-]*$/, `${name}: prefix ${p}`);
      assert.ok(!prefixes.has(p), `prefix ${p} is used twice`);
      prefixes.add(p);
    }
    assert.doesNotThrow(() => expand(s.body), `${name}: body`);
  }
});

test('one item snippet per category, each a bracketed definition', () => {
  for (const [prefix, word] of [['AD', 'decision'], ['R', 'risk'], ['IC', 'contract'], ['C', 'constraint'], ['OQ', 'question']]) {
    assert.equal(find(`Handoff item: ${prefix}-N (${word})`), `- [${prefix}-N] statement`);
    assert.ok(snippets[`Handoff item: ${prefix}-N (${word})`].prefix.includes(`handoff-${prefix.toLowerCase()}`));
  }
});

test('the Downstream Handoff skeleton has the six categories in order (Decision 011 §4.1)', () => {
  const text = find('Downstream Handoff section');
  const lines = text.split('\n');
  assert.equal(lines[0], '## Downstream Handoff');
  assert.deepEqual(lines.filter((l) => l.startsWith('### ')), [
    '### Decisions Made (Forward-binding)', '### Risks Identified (Must-Track)', '### Interface Contracts (Must-Satisfy)',
    '### Constraints (Must-Enforce)', '### Open Questions (Requires Resolution)', '### Artifacts Produced']);
  for (const p of ['AD', 'R', 'IC', 'C', 'OQ']) assert.ok(lines.some((l) => l.startsWith(`- [${p}-`)), p);
  assert.ok(lines.filter((l) => l.trim()).length <= 30, 'within handoffMaxLines');
});

test('the ticket skeleton states every fact of spec §6, in agreement', () => {
  const text = find('Handoff ticket');
  const fm = text.match(/^---\n([\s\S]*?)\n---\n/)[1];
  assert.match(fm, /^date: "2026-02-20"$/m);
  assert.match(fm, /^author: "author"$/m);
  assert.match(fm, /^status: "open"$/m);
  const meta = Object.fromEntries([...text.matchAll(/^\*\*([^*:]+)\*\*: (.*)$/gm)].map((m) => [m[1], m[2]]));
  assert.deepEqual(Object.keys(meta), ['ID', 'Assigned to', 'Priority', 'Due date', 'Status', 'Created by']);
  assert.equal(meta.ID, VARS.TM_FILENAME_BASE);
  assert.equal(meta.Status, 'open', 'body status mirrors the front matter (no HL404)');
  assert.equal(meta['Created by'], 'author', 'created by mirrors the author');
  assert.match(meta['Due date'], /^2026-02-20$/, 'due is a date, not before created (no HL405)');
  assert.ok(['critical', 'high', 'medium', 'low'].includes(meta.Priority));
  assert.deepEqual(text.split('\n').filter((l) => l.startsWith('## ')), ['## Context', '## Deployment Checklist', '## Acceptance Criteria']);
});

test('the directive skeleton follows Decision 011 §4.3 and leaves only {placeholders}', () => {
  const text = find('Directive for Phase N+1');
  const lines = text.split('\n');
  assert.equal(lines[0], '## Directive for {Phase N+1 Coordinator}');
  assert.deepEqual(lines.filter((l) => l.startsWith('### ')),
    ['### Context Source', '### Phase-Specific Input', '### Your Mission', '### Workers Assigned']);
  assert.ok(lines.includes('- Architecture Decisions: {count} decisions (AD-1 through AD-{N})'));
  assert.ok(lines.includes("Read Phase {N} coordinator's L2 at: {path}"));
  assert.ok(lines.includes('{Phase N+1 specific instructions}'));
});
