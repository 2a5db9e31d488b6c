/**
 * Maps VS Code settings to what the server reads (docs/lsp.md, "Settings the editor owns") and to the
 * JVM command line. No `vscode` import, so the unit tests run in plain Node.
 */

export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type SeverityName = (typeof SEVERITIES)[number];
export const TRACE_LEVELS = ['off', 'messages', 'verbose'] as const;
export const DEFAULT_DEBOUNCE = 150;
export const MAX_DEBOUNCE = 5000;

/** The `handoff` section as the server reads it from `initializationOptions`. */
export interface ServerSettings {
  severity: Record<string, SeverityName>;
  debounce: number;
  trace: { server: (typeof TRACE_LEVELS)[number] };
}

/** Reads one key of the `handoff` section (`vscode.workspace.getConfiguration('handoff').get`). */
export type SettingGetter = (key: string) => unknown;

/**
 * Normalises the user's values the way the server would, so the client never sends what the server
 * would silently drop: codes upper-cased and checked (`HL` + three digits), severities lower-cased and
 * checked, debounce rounded and clamped to 0–5000, unknown trace levels → `off`.
 */
export function toServerSettings(get: SettingGetter): ServerSettings {
  const severity: Record<string, SeverityName> = {};
  const rawSeverity = get('severity');
  if (rawSeverity && typeof rawSeverity === 'object' && !Array.isArray(rawSeverity)) {
    for (const [code, value] of Object.entries(rawSeverity as Record<string, unknown>)) {
      const c = code.trim().toUpperCase();
      const v = typeof value === 'string' ? value.trim().toLowerCase() : '';
      if (/^HL\d{3}$/.test(c) && (SEVERITIES as readonly string[]).includes(v)) {
        severity[c] = v as SeverityName;
      }
    }
  }
  const rawDebounce = get('debounce');
  let debounce = DEFAULT_DEBOUNCE;
  if (typeof rawDebounce === 'number' && Number.isFinite(rawDebounce)) {
    debounce = Math.max(0, Math.min(MAX_DEBOUNCE, Math.round(rawDebounce)));
  }
  const rawTrace = get('trace.server');
  const trace = (TRACE_LEVELS as readonly string[]).includes(rawTrace as string)
    ? (rawTrace as ServerSettings['trace']['server'])
    : 'off';
  return { severity, debounce, trace: { server: trace } };
}

/** `initializationOptions` for the server: the section wrapped in its name, as in didChangeConfiguration. */
export function initializationOptions(get: SettingGetter): { handoff: ServerSettings } {
  return { handoff: toServerSettings(get) };
}

/**
 * Splits `handoff.server.vmargs` like a shell would for plain arguments: whitespace separates,
 * single or double quotes group (`-Dx="a b"` → `-Dx=a b`). No variables, no escapes but `\"` in quotes.
 */
export function parseVmArgs(vmargs: string | null | undefined): string[] {
  if (!vmargs) {
    return [];
  }
  const out: string[] = [];
  let current = '';
  let inArg = false;
  let quote: string | undefined;
  for (let i = 0; i < vmargs.length; i++) {
    const ch = vmargs[i];
    if (quote) {
      if (ch === '\\' && quote === '"' && vmargs[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === quote) {
        quote = undefined;
      } else {
        current += ch;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inArg = true;
    } else if (/\s/.test(ch)) {
      if (inArg) {
        out.push(current);
        current = '';
        inArg = false;
      }
    } else {
      current += ch;
      inArg = true;
    }
  }
  if (inArg) {
    out.push(current);
  }
  return out;
}

/** The server's command line: `java <vmargs> -jar <jar>` (stdio is the default transport). */
export function serverArgs(vmargs: string | null | undefined, jar: string): string[] {
  return [...parseVmArgs(vmargs), '-jar', jar];
}
