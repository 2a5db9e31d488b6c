import * as cp from 'child_process';
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  StaticFeature,
  DynamicFeature,
  ExecuteCommandRequest,
} from 'vscode-languageclient/node';
import { DOCUMENT_COMMANDS, SHOW_REFERENCES, runDocumentCommand, showReferences, showTrail } from './commands';
import { CrashBudget } from './crashBudget';
import { findJava, JavaProblem } from './java';
import { initializationOptions, serverArgs } from './settings';
import { HandoffStatus } from './status';

const CLIENT_ID = 'handoff';
const CLIENT_NAME = 'Handoff Language Server';

/**
 * A language client without the automatic registration of the server's `executeCommandProvider`
 * commands: the extension registers the five document commands itself (same ids, also in the
 * palette), plus a pass-through for any other command the server advertises (see `Controller`).
 * VS Code refuses to register one command id twice, hence this switch.
 */
class HandoffLanguageClient extends LanguageClient {
  override registerFeature(feature: StaticFeature | DynamicFeature<unknown>): void {
    const type = (feature as DynamicFeature<unknown>).registrationType;
    if (type && type.method === ExecuteCommandRequest.method) {
      return;
    }
    super.registerFeature(feature);
  }
}

/** Owns the client across restarts: Java search, start, crash budget, status and commands. */
class Controller implements vscode.Disposable {
  readonly output = vscode.window.createOutputChannel(CLIENT_NAME);
  readonly status = new HandoffStatus();
  private readonly budget = new CrashBudget(5, 3 * 60 * 1000);
  private client: LanguageClient | undefined;
  private serverCommands: vscode.Disposable[] = [];
  private starting: Promise<void> | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {}

  get current(): LanguageClient | undefined {
    return this.client;
  }

  start(): Promise<void> {
    this.starting ??= this.doStart().finally(() => (this.starting = undefined));
    return this.starting;
  }

  async restart(): Promise<void> {
    await this.stop();
    this.budget.reset();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.disposeServerCommands();
    if (client) {
      try {
        if (client.needsStop()) {
          await client.stop(5000);
        }
      } catch (e) {
        this.output.appendLine(`stopping the server failed: ${e}`);
      }
      await client.dispose().catch(() => undefined);
    }
  }

  private async doStart(): Promise<void> {
    const cfg = vscode.workspace.getConfiguration();
    const java = await findJava({
      handoffJavaHome: cfg.get<string | null>('handoff.java.home'),
      javaHome: cfg.get<string | null>('java.home'),
      env: process.env,
      platform: process.platform,
      isFile: (p) => {
        try {
          return fs.statSync(p).isFile();
        } catch {
          return false;
        }
      },
      exec: (file, args) =>
        new Promise((resolve, reject) =>
          cp.execFile(file, args, { timeout: 20000 }, (err, stdout, stderr) =>
            err ? reject(err) : resolve({ stdout: String(stdout), stderr: String(stderr) }),
          ),
        ),
    });
    this.output.appendLine(`Java search: ${java.ok ? java.checked.join('; ') : java.problem.checked.join('; ')}`);
    if (!java.ok) {
      this.javaMissing(java.problem);
      return;
    }
    const jar = this.context.asAbsolutePath('server/handoff-ls.jar');
    if (!fs.existsSync(jar)) {
      const message = `Handoff: the bundled server ${jar} is missing; reinstall the extension.`;
      this.output.appendLine(message);
      this.status.serverDown('The server jar is missing.');
      void vscode.window.showErrorMessage(message);
      return;
    }
    const args = serverArgs(cfg.get<string | null>('handoff.server.vmargs'), jar);
    this.output.appendLine(`Starting: ${java.runtime.executable} ${args.join(' ')} (Java ${java.runtime.version} from ${java.runtime.source})`);

    const serverOptions: ServerOptions = {
      command: java.runtime.executable,
      args,
      options: { cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath, env: process.env },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: 'file', language: 'markdown' }],
      synchronize: { configurationSection: 'handoff' },
      initializationOptions: () => initializationOptions((key) => vscode.workspace.getConfiguration('handoff').get(key)),
      outputChannel: this.output,
      errorHandler: {
        error: (_error, _message, count) =>
          (count ?? 0) <= 3 ? { action: ErrorAction.Continue } : { action: ErrorAction.Shutdown },
        closed: () => this.onClosed(),
      },
      middleware: {
        handleWorkDoneProgress: (token, params, next) => {
          this.status.progress(token, params as { kind: string; title?: string; message?: string; percentage?: number });
          next(token, params);
        },
      },
    };
    const client = new HandoffLanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((e) => {
      if (this.client !== client) {
        return;
      }
      if (e.newState === State.Running) {
        this.status.serverDown(undefined);
      } else if (e.newState === State.Stopped) {
        this.status.serverDown('The handoff language server is not running.');
      }
    });
    try {
      await client.start();
      this.registerServerCommands(client);
    } catch (e) {
      this.output.appendLine(`The server failed to start: ${e}`);
      this.status.serverDown('The handoff language server failed to start.');
      void vscode.window
        .showErrorMessage(`Handoff: the language server failed to start (${e instanceof Error ? e.message : e}).`, 'Show Output')
        .then((choice) => choice && this.output.show());
    }
  }

  private onClosed() {
    if (this.budget.recordCrash(Date.now())) {
      const n = this.budget.recent(Date.now());
      this.output.appendLine(`The server stopped unexpectedly; restarting (${n} of ${this.budget.max} in 3 minutes).`);
      return { action: CloseAction.Restart, message: undefined, handled: true };
    }
    const message = `Handoff: the language server crashed ${this.budget.max + 1} times in the last 3 minutes and will not be restarted. See "Handoff: Show Output", then run "Handoff: Restart Server".`;
    this.status.serverDown('The server crashed too often and was not restarted.');
    void vscode.window.showErrorMessage(message, 'Show Output', 'Restart Server').then((choice) => {
      if (choice === 'Show Output') this.output.show();
      if (choice === 'Restart Server') void this.restart();
    });
    return { action: CloseAction.DoNotRestart, message: undefined, handled: true };
  }

  private javaMissing(problem: JavaProblem): void {
    this.output.appendLine(`Handoff: ${problem.message}`);
    this.status.serverDown(`Java ${17}+ not found. ${problem.message}`);
    const openSetting = 'Open Settings';
    void vscode.window.showErrorMessage(`Handoff: ${problem.message}`, openSetting, 'Show Output').then((choice) => {
      if (choice === openSetting) {
        void vscode.commands.executeCommand('workbench.action.openSettings', problem.setting ?? 'handoff.java.home');
      } else if (choice === 'Show Output') {
        this.output.show();
      }
    });
  }

  /** Pass-throughs for server commands the extension does not register itself. */
  private registerServerCommands(client: LanguageClient): void {
    this.disposeServerCommands();
    const known = new Set<string>([...DOCUMENT_COMMANDS, SHOW_REFERENCES]);
    const advertised = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
    for (const command of advertised) {
      if (known.has(command)) {
        continue;
      }
      this.serverCommands.push(
        vscode.commands.registerCommand(command, (...args: unknown[]) =>
          client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }),
        ),
      );
    }
  }

  private disposeServerCommands(): void {
    this.serverCommands.forEach((d) => d.dispose());
    this.serverCommands = [];
  }

  dispose(): void {
    this.disposeServerCommands();
    this.status.dispose();
    this.output.dispose();
  }
}

let controller: Controller | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const c = new Controller(context);
  controller = c;
  context.subscriptions.push(c);
  for (const command of DOCUMENT_COMMANDS) {
    context.subscriptions.push(
      vscode.commands.registerCommand(command, (...args: unknown[]) => runDocumentCommand(c.current, command, args)),
    );
  }
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_REFERENCES, (...args: unknown[]) => showReferences(c.current, args)),
    vscode.commands.registerCommand('handoff.showTrail', () => showTrail(c.current)),
    vscode.commands.registerCommand('handoff.restartServer', () => c.restart()),
    vscode.commands.registerCommand('handoff.showOutput', () => c.output.show(true)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (['handoff.java.home', 'java.home', 'handoff.server.vmargs'].some((s) => e.affectsConfiguration(s))) {
        void vscode.window
          .showInformationMessage('Handoff: the Java runtime or JVM arguments changed.', 'Restart Server')
          .then((choice) => choice && c.restart());
      }
    }),
  );
  await c.start();
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
}
