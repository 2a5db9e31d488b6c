// Tests of vscode-client/schemas/handoff-yaml.schema.json, the JSON schema the VS Code extension
// contributes for .handoff.yaml (yamlValidation). It must accept every configuration the docs show,
// reject what the server rejects (docs/configuration.md, ConfigLoader), and list exactly the keys,
// rule codes, kinds and defaults the server has. Run: node --test tests/schema.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import YAML from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const read = (p) => readFileSync(join(repo, p), 'utf8');
const schema = JSON.parse(read('vscode-client/schemas/handoff-yaml.schema.json'));
const java = (p) => read(join('server/src/main/java/dev/handoffls', p));

// VS Code's JSON/YAML tooling understands these annotation keywords; ajv must not reject them.
const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
ajv.addVocabulary(['markdownDescription', 'enumDescriptions']);
const validate = ajv.compile(schema);

// The YAML extension reads YAML 1.2 (core schema), as the yaml package does by default: `off` is a string.
function check(text) {
  const doc = YAML.parse(text) ?? {};
  const ok = validate(doc);
  return { ok, errors: ajv.errorsText(validate.errors) };
}
const valid = (text, what) => {
  const r = check(text);
  assert.ok(r.ok, `${what} should be valid: ${r.errors}\n${text}`);
};
const invalid = (text) => assert.equal(check(text).ok, false, `should be rejected:\n${text}`);

test('samples/.handoff.yaml is valid', () => valid(read('samples/.handoff.yaml'), 'samples/.handoff.yaml'));

test('every yaml example in docs/configuration.md is valid', () => {
  const blocks = [...read('docs/configuration.md').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length >= 14, `expected the per-key examples and the complete one, found ${blocks.length}`);
  blocks.forEach((b, i) => valid(b, `docs/configuration.md yaml block ${i + 1}`));
});

test('the example of HANDOFF-SPEC §8 is valid (when ../shared is present)', (t) => {
  const spec = join(repo, '..', 'shared', 'spec', 'HANDOFF-SPEC.md');
  if (!existsSync(spec)) return t.skip('../shared/spec is absent');
  const section = readFileSync(spec, 'utf8').split('## 8. Configuration')[1];
  valid(section.match(/```yaml\n([\s\S]*?)```/)[1], 'spec §8 example');
});

test('what the server also accepts is valid', () => {
  valid('', 'an empty file');
  valid('# only a comment\n', 'a comment-only file');
  valid('coordinatorFolders: "*coord*"\nignore: archive/**\nfileRoots: services\n', 'a single string for a list');
  valid('handoffMaxLines: "40"\nmaxFileSize: 1048576\n', 'a quoted number and a byte count');
  valid('maxFileSize: 512kb\n', 'a lower-case unit');
  valid('severity: {HL304: warn, HL206: none, HL105: information, HL501: hint}\n', 'severity aliases');
  valid('pipelines:\n  a: .agent/teams/a\n  b: [x, "y/"]\n', 'pipelines with a string and a list');
  valid('kinds: {other: ["docs/**"], l2-summary: "**/summary.md"}\n', 'kinds');
  valid('idPrefixes: {AD: Decisions, SEC2: Security Findings}\nidAliases: {dec: AD}\n', 'custom prefixes and aliases');
});

test('what the server rejects is invalid', () => {
  invalid('pipelineroot: .agent/teams\n'); // keys are case-sensitive
  invalid('unknownKey: 1\n');
  invalid('handoffMaxLines: 0\n');
  invalid('handoffMaxLines: -3\n');
  invalid('handoffMaxLines: thirty\n');
  invalid('handoffMaxLines: [30]\n');
  invalid('maxFileSize: 2 parsecs\n');
  invalid('maxFileSize: 2.5MB\n');
  invalid('severity: {HL999: error}\n'); // unknown rule code
  invalid('severity: {HL304: loud}\n'); // unknown severity
  invalid('severity: {R-1: off}\n');
  invalid('severity: [HL304]\n');
  invalid('kinds: {ticket: ["tickets/*.md"]}\n'); // unknown kind
  invalid('idPrefixes: {ad: Decisions}\n'); // prefixes are upper-case
  invalid('idPrefixes: {1A: Decisions}\n');
  invalid('idPrefixes: [AD, R]\n');
  invalid('coordinatorFolders: {a: b}\n');
  invalid('statusValues: [open, [nested]]\n');
  invalid('pipelineRoot: [a, b]\n');
  invalid('pipelines: [a, b]\n');
});

test('the schema lists exactly the keys ConfigLoader reads', () => {
  const keys = [...java('config/ConfigLoader.java').matchAll(/case "(\w+)" ->/g)].map((m) => m[1]);
  assert.deepEqual(Object.keys(schema.properties).sort(), [...new Set(keys)].sort());
});

test('severity lists exactly the rule codes of Code.java', () => {
  const codes = [...java('codes/Code.java').matchAll(/^\s+(HL\d{3})\("/gm)].map((m) => m[1]);
  assert.ok(codes.length > 30);
  assert.deepEqual(Object.keys(schema.properties.severity.properties), codes);
});

test('severity names match Severity.parse', () => {
  const src = java('codes/Severity.java');
  const names = [...src.matchAll(/case ((?:"\w+"(?:, )?)+) ->/g)].flatMap((m) => [...m[1].matchAll(/"(\w+)"/g)].map((x) => x[1]));
  assert.deepEqual([...schema.definitions.severity.enum].sort(), names.sort());
});

test('kinds lists exactly the document kinds', () => {
  const ids = [...java('model/DocumentKind.java').matchAll(/^\s+[A-Z_0-9]+\("([a-z0-9-]+)"\)/gm)].map((m) => m[1]);
  assert.deepEqual(Object.keys(schema.properties.kinds.properties), ids);
});

test('defaults match HandoffConfig', () => {
  const src = java('config/HandoffConfig.java');
  const list = (name) => [...src.match(new RegExp(`${name}\\s*=\\s*[\\w.]+\\(([^;]*)\\);`))[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(schema.properties.fileExtensions.default, list('DEFAULT_EXTENSIONS'));
  assert.deepEqual(schema.properties.statusValues.default, list('DEFAULT_STATUS'));
  const ignoreDoc = schema.properties.ignore.description;
  for (const g of list('DEFAULT_IGNORE')) assert.ok(ignoreDoc.includes(g), `ignore's description names the default ${g}`);
});

test('every default and example is valid against its own key', () => {
  for (const [key, sub] of Object.entries(schema.properties)) {
    for (const value of [...('default' in sub ? [sub.default] : []), ...(sub.examples ?? [])]) {
      assert.ok(validate({ [key]: value }), `${key}: ${JSON.stringify(value)}: ${ajv.errorsText(validate.errors)}`);
    }
  }
});
