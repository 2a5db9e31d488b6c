import * as vscode from 'vscode';

/**
 * One status bar item: `$(sync~spin) Handoff: indexing…` while the server reports work-done
 * progress, `$(error) Handoff: server down` while it is not running, hidden otherwise.
 */
export class HandoffStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('handoff.status', vscode.StatusBarAlignment.Left, 10);
  private readonly active = new Map<string | number, string>();
  private down: string | undefined;

  constructor() {
    this.item.name = 'Handoff';
  }

  /** A `$/progress` notification of a work-done token (begin, report or end). */
  progress(token: string | number, value: { kind: string; title?: string; message?: string; percentage?: number }): void {
    if (value.kind === 'end') {
      this.active.delete(token);
    } else {
      const previous = this.active.get(token) ?? '';
      const title = value.title ?? previous.split(' — ')[0] ?? '';
      const detail = [value.message, value.percentage !== undefined ? `${value.percentage}%` : undefined]
        .filter(Boolean)
        .join(', ');
      this.active.set(token, detail ? `${title} — ${detail}` : title);
    }
    this.render();
  }

  /** The server is down (`reason` for the tooltip), or up again (`undefined`). */
  serverDown(reason: string | undefined): void {
    this.down = reason;
    if (reason) {
      this.active.clear();
    }
    this.render();
  }

  private render(): void {
    if (this.down) {
      this.item.text = '$(error) Handoff: server down';
      this.item.tooltip = `${this.down}\nClick to restart the handoff language server.`;
      this.item.command = 'handoff.restartServer';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      this.item.show();
    } else if (this.active.size > 0) {
      this.item.text = '$(sync~spin) Handoff: indexing…';
      this.item.tooltip = [...this.active.values()].filter(Boolean).join('\n') || 'Indexing the workspace';
      this.item.command = 'handoff.showOutput';
      this.item.backgroundColor = undefined;
      this.item.show();
    } else {
      this.item.hide();
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
