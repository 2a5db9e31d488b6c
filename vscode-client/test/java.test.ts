import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findJava, JavaSearchInput, parseJavaVersion } from '../src/java';

/** A fake machine: `files` maps executables to the output of their `-version`. */
function machine(
  files: Record<string, string>,
  opts: Partial<Pick<JavaSearchInput, 'handoffJavaHome' | 'javaHome' | 'env' | 'platform'>> = {},
): JavaSearchInput & { ran: string[] } {
  const ran: string[] = [];
  return {
    handoffJavaHome: opts.handoffJavaHome,
    javaHome: opts.javaHome,
    env: opts.env ?? {},
    platform: opts.platform ?? 'linux',
    isFile: (p) => p in files,
    exec: async (file, args) => {
      ran.push(`${file} ${args.join(' ')}`);
      if (!(file in files)) throw new Error(`ENOENT ${file}`);
      return { stdout: '', stderr: files[file] };
    },
    ran,
  };
}

const JAVA17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)';
const JAVA21 = 'openjdk version "21" 2023-09-19';
const JAVA11 = 'openjdk version "11.0.22" 2024-01-16';
const JAVA8 = 'java version "1.8.0_292"';

describe('parseJavaVersion', () => {
  it('reads modern, legacy and early-access version strings', () => {
    assert.equal(parseJavaVersion(JAVA17), 17);
    assert.equal(parseJavaVersion(JAVA21), 21);
    assert.equal(parseJavaVersion(JAVA8), 8);
    assert.equal(parseJavaVersion('openjdk version "22-ea" 2024-03-19'), 22);
    assert.equal(parseJavaVersion('openjdk version "25.0.1+8-LTS"'), 25);
  });
  it('gives undefined for output that is not java -version', () => {
    assert.equal(parseJavaVersion('bash: java: command not found'), undefined);
    assert.equal(parseJavaVersion(''), undefined);
  });
});

describe('findJava: order handoff.java.home → java.home → JAVA_HOME → PATH', () => {
  const all = {
    '/opt/h/bin/java': JAVA21,
    '/opt/j/bin/java': JAVA17,
    '/opt/env/bin/java': JAVA17,
    '/usr/bin/java': JAVA17,
  };
  const env = { JAVA_HOME: '/opt/env', PATH: '/usr/local/bin:/usr/bin' };

  it('prefers handoff.java.home', async () => {
    const r = await findJava(machine(all, { handoffJavaHome: '/opt/h', javaHome: '/opt/j', env }));
    assert.ok(r.ok);
    assert.deepEqual(r.runtime, { executable: '/opt/h/bin/java', version: 21, source: 'handoff.java.home' });
  });
  it('then java.home', async () => {
    const r = await findJava(machine(all, { javaHome: '/opt/j', env }));
    assert.ok(r.ok && r.runtime.source === 'java.home' && r.runtime.executable === '/opt/j/bin/java');
  });
  it('then JAVA_HOME', async () => {
    const r = await findJava(machine(all, { env }));
    assert.ok(r.ok && r.runtime.source === 'JAVA_HOME' && r.runtime.executable === '/opt/env/bin/java');
  });
  it('then the first java on PATH', async () => {
    const r = await findJava(machine(all, { env: { PATH: '/nowhere:/usr/bin' } }));
    assert.ok(r.ok && r.runtime.source === 'PATH' && r.runtime.executable === '/usr/bin/java');
  });
  it('treats blank settings as unset', async () => {
    const r = await findJava(machine(all, { handoffJavaHome: '  ', javaHome: null, env }));
    assert.ok(r.ok && r.runtime.source === 'JAVA_HOME');
  });
  it('accepts a setting that names the bin folder itself', async () => {
    const r = await findJava(machine(all, { handoffJavaHome: '/opt/h/bin' }));
    assert.ok(r.ok && r.runtime.executable === '/opt/h/bin/java');
  });
  it('uses java.exe, PATH with ; and Windows paths on win32', async () => {
    const r = await findJava(
      machine({ 'C:\\jdk\\bin\\java.exe': JAVA17 }, { platform: 'win32', env: { Path: 'C:\\Windows;C:\\jdk\\bin' } }),
    );
    assert.ok(r.ok && r.runtime.executable === 'C:\\jdk\\bin\\java.exe');
  });
});

describe('findJava: clear errors', () => {
  it('no Java anywhere: says what to install and where to configure it', async () => {
    const r = await findJava(machine({}, { env: { PATH: '/usr/bin' } }));
    assert.ok(!r.ok);
    assert.match(r.problem.message, /needs Java 17 or newer, and none was found/);
    assert.match(r.problem.message, /handoff\.java\.home/);
    assert.match(r.problem.message, /JAVA_HOME/);
    assert.match(r.problem.message, /Restart Server/);
    assert.deepEqual(r.problem.checked, [
      'handoff.java.home: not set',
      'java.home: not set',
      'JAVA_HOME: not set',
      'PATH: no java',
    ]);
    assert.equal(r.problem.setting, undefined);
  });
  it('a too-old Java on PATH is named with its version', async () => {
    const r = await findJava(machine({ '/usr/bin/java': JAVA11 }, { env: { PATH: '/usr/bin' } }));
    assert.ok(!r.ok);
    assert.match(r.problem.message, /found only Java 11 \(PATH: \/usr\/bin\/java\)/);
  });
  it('Java 8 in JAVA_HOME falls through to a Java 17 on PATH', async () => {
    const r = await findJava(
      machine({ '/opt/old/bin/java': JAVA8, '/usr/bin/java': JAVA17 }, { env: { JAVA_HOME: '/opt/old', PATH: '/usr/bin' } }),
    );
    assert.ok(r.ok && r.runtime.source === 'PATH');
    assert.ok(r.checked.includes('JAVA_HOME: /opt/old/bin/java is Java 8'));
  });
  it('a JAVA_HOME without bin/java falls through to PATH', async () => {
    const r = await findJava(machine({ '/usr/bin/java': JAVA17 }, { env: { JAVA_HOME: '/opt/gone', PATH: '/usr/bin' } }));
    assert.ok(r.ok && r.runtime.source === 'PATH');
  });
  it('a wrong handoff.java.home stops the search and names the setting', async () => {
    const r = await findJava(machine({ '/usr/bin/java': JAVA17 }, { handoffJavaHome: '/opt/typo', env: { PATH: '/usr/bin' } }));
    assert.ok(!r.ok);
    assert.equal(r.problem.setting, 'handoff.java.home');
    assert.match(r.problem.message, /"handoff\.java\.home" setting points to \/opt\/typo, which has no bin\/java/);
  });
  it('a too-old java.home stops the search and names the setting and version', async () => {
    const r = await findJava(machine({ '/opt/j/bin/java': JAVA11, '/usr/bin/java': JAVA17 }, { javaHome: '/opt/j', env: { PATH: '/usr/bin' } }));
    assert.ok(!r.ok);
    assert.equal(r.problem.setting, 'java.home');
    assert.match(r.problem.message, /points to Java 11 \(\/opt\/j\/bin\/java\); the handoff language server needs Java 17 or newer/);
  });
  it('an executable whose -version fails counts as unreadable, not as a crash', async () => {
    const input = machine({ '/usr/bin/java': 'garbage' }, { env: { PATH: '/usr/bin' } });
    const r = await findJava(input);
    assert.ok(!r.ok);
    assert.match(r.problem.message, /a Java whose version could not be read/);
    assert.deepEqual(input.ran, ['/usr/bin/java -version']);
  });
});
