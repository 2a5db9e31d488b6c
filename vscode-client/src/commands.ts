import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';

/**
 * The document commands the server executes (`workspace/executeCommand` with `[documentUri]`); the
 * server answers with a `workspace/applyEdit`. The palette commands have the same ids: the client's
 * automatic registration of server commands is switched off (see `HandoffLanguageClient`), so these
 * handlers serve both the palette and the server's code actions.
 */
export const DOCUMENT_COMMANDS = [
  'handoff.syncToPt',
  'handoff.generateDirective',
  'handoff.insertDownstreamHandoff',
  'handoff.createPermanentTask',
  'handoff.newTicket',
] as const;

/** The command of the server's code lenses: `[uri, position, locations]` in LSP JSON. */
export const SHOW_REFERENCES = 'handoff.showReferences';

/** The URI to run a document command on: the code action's argument, else the active markdown editor. */
export function targetUri(args: unknown[]): string | undefined {
  if (typeof args[0] === 'string') {
    return args[0];
  }
  if (args[0] instanceof vscode.Uri) {
    return args[0].toString();
  }
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.languageId === 'markdown' ? editor.document.uri.toString() : undefined;
}

export async function runDocumentCommand(
  client: LanguageClient | undefined,
  command: string,
  args: unknown[],
): Promise<unknown> {
  if (!client || !client.isRunning()) {
    void vscode.window
      .showErrorMessage('Handoff: the language server is not running.', 'Restart Server', 'Show Output')
      .then((choice) => {
        if (choice === 'Restart Server') void vscode.commands.executeCommand('handoff.restartServer');
        if (choice === 'Show Output') void vscode.commands.executeCommand('handoff.showOutput');
      });
    return undefined;
  }
  const uri = targetUri(args);
  if (!uri) {
    void vscode.window.showWarningMessage('Handoff: open a handoff markdown document first.');
    return undefined;
  }
  // A code action may pass more than the URI: forward everything it gave.
  let forwarded = typeof args[0] === 'string' ? args : [uri, ...args.slice(1)];
  if (command === 'handoff.newTicket' && forwarded.length < 2) {
    // The server derives the ticket's file name and ID from the title, the assignee and today's date.
    const title = await vscode.window.showInputBox({ prompt: 'Ticket title', placeHolder: 'Deploy the re-ranker' });
    if (title === undefined) {
      return undefined;
    }
    const assignee = await vscode.window.showInputBox({ prompt: 'Assigned to', placeHolder: 'russell' });
    if (assignee === undefined) {
      return undefined;
    }
    forwarded = [uri, { title: title || 'New task', assignee: assignee || 'unassigned' }];
  }
  try {
    return await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: forwarded });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    client.error(`${command} failed`, e, false);
    void vscode.window.showErrorMessage(`Handoff: ${command} failed: ${message}`);
    return undefined;
  }
}

/** Opens VS Code's references peek for a code lens (`editor.action.showReferences` wants VS Code types). */
export async function showReferences(client: LanguageClient | undefined, args: unknown[]): Promise<void> {
  if (!client) {
    return;
  }
  const [uri, position, locations] = args as [string, { line: number; character: number }, unknown[]];
  const c2p = client.protocol2CodeConverter;
  const locs = ((locations ?? []) as Parameters<typeof c2p.asLocation>[0][]).map((l) => c2p.asLocation(l));
  await vscode.commands.executeCommand(
    'editor.action.showReferences',
    c2p.asUri(uri),
    c2p.asPosition(position),
    locs,
  );
}

/**
 * The trail of the ID under the cursor (spec §13) as a references peek, in phase order: the server's
 * `handoff.trail` answers the sites, VS Code shows them.
 */
export async function showTrail(client: LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !client.isRunning() || !editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage('Handoff: put the cursor on an ID in a handoff document first.');
    return;
  }
  const uri = editor.document.uri.toString();
  const position = { line: editor.selection.active.line, character: editor.selection.active.character };
  const locations = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: 'handoff.trail',
    arguments: [uri, position],
  })) as unknown[] | null;
  if (!locations || locations.length === 0) {
    void vscode.window.showInformationMessage('Handoff: no ID with a trail under the cursor.');
    return;
  }
  await showReferences(client, [uri, position, locations]);
}
