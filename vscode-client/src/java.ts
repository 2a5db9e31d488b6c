/**
 * Finds a Java runtime (17 or newer) for the language server, in the order vscode-xml uses:
 * `handoff.java.home` → `java.home` → `JAVA_HOME` → `java` on `PATH`.
 *
 * No `vscode` import: everything the search touches (settings, environment, file system, process
 * execution) is passed in, so the unit tests run in plain Node.
 */
import * as path from 'path';

export const MIN_JAVA_VERSION = 17;

export interface JavaSearchInput {
  /** Value of the `handoff.java.home` setting. */
  handoffJavaHome?: string | null;
  /** Value of the `java.home` setting (shared with the Java extensions). */
  javaHome?: string | null;
  /** Process environment (`JAVA_HOME`, `PATH`, `PATHEXT`). */
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** True when `p` is an existing regular file. */
  isFile(p: string): boolean;
  /** Runs `file args…` and resolves with its output (`java -version` writes to stderr). */
  exec(file: string, args: string[]): Promise<{ stdout: string; stderr: string }>;
}

export type JavaSource = 'handoff.java.home' | 'java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaRuntime {
  executable: string;
  version: number;
  source: JavaSource;
}

export interface JavaProblem {
  /** One line, shown in the error notification. */
  message: string;
  /** What was looked at, one entry per place, for the output channel. */
  checked: string[];
  /** The setting to open from the notification, when a setting is the culprit. */
  setting?: 'handoff.java.home' | 'java.home';
}

export type JavaSearchResult = { ok: true; runtime: JavaRuntime; checked: string[] } | { ok: false; problem: JavaProblem };

/** The major version in `java -version` output: `"1.8.0_292"` → 8, `"17.0.15"` → 17, `"21-ea"` → 21. */
export function parseJavaVersion(output: string): number | undefined {
  const m = /version\s+"([^"]+)"/.exec(output);
  if (!m) {
    return undefined;
  }
  const parts = m[1].split(/[.\-+_]/);
  const first = parseInt(parts[0], 10);
  if (Number.isNaN(first)) {
    return undefined;
  }
  if (first === 1 && parts.length > 1) {
    const second = parseInt(parts[1], 10);
    return Number.isNaN(second) ? undefined : second;
  }
  return first;
}

function javaBinary(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** `java` inside a Java home folder, or inside its `bin` when the user gave the `bin` folder itself. */
function executableInHome(home: string, input: JavaSearchInput): string | undefined {
  const p = pathApi(input.platform);
  const bin = javaBinary(input.platform);
  for (const candidate of [p.join(home, 'bin', bin), p.join(home, bin)]) {
    if (input.isFile(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

/** The first `java` on `PATH`, or undefined. */
export function findOnPath(input: JavaSearchInput): string | undefined {
  const p = pathApi(input.platform);
  const envPath = input.env.PATH ?? input.env.Path ?? '';
  const delimiter = input.platform === 'win32' ? ';' : ':';
  for (const dir of envPath.split(delimiter)) {
    if (!dir) {
      continue;
    }
    const candidate = p.join(dir, javaBinary(input.platform));
    if (input.isFile(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

async function versionOf(executable: string, input: JavaSearchInput): Promise<number | undefined> {
  try {
    const { stdout, stderr } = await input.exec(executable, ['-version']);
    return parseJavaVersion(`${stderr}\n${stdout}`);
  } catch {
    return undefined;
  }
}

const INSTALL_HINT =
  `Install a Java ${MIN_JAVA_VERSION}+ runtime (e.g. \`sudo apt install openjdk-17-jre-headless\`, \`brew install openjdk@17\`, or https://adoptium.net), ` +
  `then put \`java\` on PATH, set JAVA_HOME, or set "handoff.java.home" to its folder, and run "Handoff: Restart Server".`;

/**
 * Searches the four places in order. A place the user configured explicitly (a setting) that is
 * wrong stops the search with an error naming that setting: silently taking another Java would hide
 * the mistake. `JAVA_HOME` and `PATH` fall through to the next place.
 */
export async function findJava(input: JavaSearchInput): Promise<JavaSearchResult> {
  const checked: string[] = [];
  const settings: Array<[JavaSource & ('handoff.java.home' | 'java.home'), string | null | undefined]> = [
    ['handoff.java.home', input.handoffJavaHome],
    ['java.home', input.javaHome],
  ];
  for (const [name, value] of settings) {
    if (!value || !value.trim()) {
      checked.push(`${name}: not set`);
      continue;
    }
    const home = value.trim();
    const exe = executableInHome(home, input);
    if (!exe) {
      checked.push(`${name}: ${home} has no bin/${javaBinary(input.platform)}`);
      return {
        ok: false,
        problem: {
          message: `The "${name}" setting points to ${home}, which has no bin/${javaBinary(input.platform)}. Set it to the folder of a Java ${MIN_JAVA_VERSION}+ runtime (the folder that contains bin/), or clear it.`,
          checked,
          setting: name,
        },
      };
    }
    const version = await versionOf(exe, input);
    if (version === undefined || version < MIN_JAVA_VERSION) {
      const found = version === undefined ? 'a Java whose version could not be read' : `Java ${version}`;
      checked.push(`${name}: ${exe} is ${found}`);
      return {
        ok: false,
        problem: {
          message: `The "${name}" setting points to ${found} (${exe}); the handoff language server needs Java ${MIN_JAVA_VERSION} or newer. Set it to a Java ${MIN_JAVA_VERSION}+ folder, or clear it.`,
          checked,
          setting: name,
        },
      };
    }
    checked.push(`${name}: ${exe} is Java ${version}`);
    return { ok: true, runtime: { executable: exe, version, source: name }, checked };
  }

  const tooOld: string[] = [];
  const envHome = input.env.JAVA_HOME?.trim();
  const candidates: Array<[JavaSource, string | undefined, string]> = [];
  if (envHome) {
    const exe = executableInHome(envHome, input);
    if (exe) {
      candidates.push(['JAVA_HOME', exe, '']);
    } else {
      checked.push(`JAVA_HOME: ${envHome} has no bin/${javaBinary(input.platform)}`);
    }
  } else {
    checked.push('JAVA_HOME: not set');
  }
  const onPath = findOnPath(input);
  if (onPath) {
    candidates.push(['PATH', onPath, '']);
  } else {
    checked.push(`PATH: no ${javaBinary(input.platform)}`);
  }
  for (const [source, exe] of candidates) {
    const version = await versionOf(exe!, input);
    if (version !== undefined && version >= MIN_JAVA_VERSION) {
      checked.push(`${source}: ${exe} is Java ${version}`);
      return { ok: true, runtime: { executable: exe!, version, source }, checked };
    }
    const found = version === undefined ? 'a Java whose version could not be read' : `Java ${version}`;
    checked.push(`${source}: ${exe} is ${found}`);
    tooOld.push(`${found} (${source}: ${exe})`);
  }
  const message =
    tooOld.length > 0
      ? `The handoff language server needs Java ${MIN_JAVA_VERSION} or newer, but found only ${tooOld.join(' and ')}. ${INSTALL_HINT}`
      : `The handoff language server needs Java ${MIN_JAVA_VERSION} or newer, and none was found (handoff.java.home, java.home, JAVA_HOME, PATH). ${INSTALL_HINT}`;
  return { ok: false, problem: { message, checked } };
}
