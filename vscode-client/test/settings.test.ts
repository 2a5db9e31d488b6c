import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { initializationOptions, parseVmArgs, serverArgs, toServerSettings } from '../src/settings';

const getter = (values: Record<string, unknown>) => (key: string) => values[key];

describe('settings → server (docs/lsp.md)', () => {
  it('defaults when nothing is set', () => {
    assert.deepEqual(toServerSettings(getter({})), { severity: {}, debounce: 150, trace: { server: 'off' } });
  });
  it('wraps the section in "handoff" for initializationOptions', () => {
    const opts = initializationOptions(getter({ severity: { HL501: 'off' }, debounce: 300, 'trace.server': 'verbose' }));
    assert.deepEqual(opts, { handoff: { severity: { HL501: 'off' }, debounce: 300, trace: { server: 'verbose' } } });
  });
  it('normalises codes and severities and drops what the server would ignore', () => {
    const s = toServerSettings(
      getter({ severity: { hl204: 'Warning', HL301: 'hint', HL999x: 'off', HL501: 'loud', HL205: 3, ' HL302 ': 'INFO' } }),
    );
    assert.deepEqual(s.severity, { HL204: 'warning', HL301: 'hint', HL302: 'info' });
  });
  it('ignores a severity that is not an object', () => {
    assert.deepEqual(toServerSettings(getter({ severity: ['HL204'] })).severity, {});
    assert.deepEqual(toServerSettings(getter({ severity: 'off' })).severity, {});
  });
  it('clamps and rounds debounce to 0–5000, default on nonsense', () => {
    assert.equal(toServerSettings(getter({ debounce: -5 })).debounce, 0);
    assert.equal(toServerSettings(getter({ debounce: 99999 })).debounce, 5000);
    assert.equal(toServerSettings(getter({ debounce: 212.6 })).debounce, 213);
    assert.equal(toServerSettings(getter({ debounce: '300' })).debounce, 150);
    assert.equal(toServerSettings(getter({ debounce: Number.NaN })).debounce, 150);
  });
  it('unknown trace levels become off', () => {
    assert.equal(toServerSettings(getter({ 'trace.server': 'loud' })).trace.server, 'off');
    assert.equal(toServerSettings(getter({ 'trace.server': 'messages' })).trace.server, 'messages');
  });
});

describe('handoff.server.vmargs', () => {
  it('splits on whitespace', () => {
    assert.deepEqual(parseVmArgs('  -Xmx1G   -XX:+UseG1GC '), ['-Xmx1G', '-XX:+UseG1GC']);
  });
  it('keeps quoted arguments together', () => {
    assert.deepEqual(parseVmArgs(`-Dname="a b" -Dother='c d' -Dq="x\\"y"`), ['-Dname=a b', '-Dother=c d', '-Dq=x"y']);
  });
  it('is empty for null, undefined and blank', () => {
    assert.deepEqual(parseVmArgs(null), []);
    assert.deepEqual(parseVmArgs(undefined), []);
    assert.deepEqual(parseVmArgs('   '), []);
  });
  it('puts the JVM arguments before -jar', () => {
    assert.deepEqual(serverArgs('-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005', '/x/server/handoff-ls.jar'), [
      '-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005',
      '-jar',
      '/x/server/handoff-ls.jar',
    ]);
  });
});
