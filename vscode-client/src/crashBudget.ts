/**
 * How many times a crashed server is restarted: at most `max` crashes within `windowMs`; one more
 * and the client gives up until the user restarts it. No `vscode` import (unit-tested in plain Node).
 */
export class CrashBudget {
  private crashes: number[] = [];

  constructor(
    readonly max = 5,
    readonly windowMs = 3 * 60 * 1000,
  ) {}

  /** Records a crash at `now`; true when the server may be restarted once more. */
  recordCrash(now: number): boolean {
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    this.crashes.push(now);
    return this.crashes.length <= this.max;
  }

  /** Crashes recorded inside the window ending at `now`. */
  recent(now: number): number {
    return this.crashes.filter((t) => now - t < this.windowMs).length;
  }

  reset(): void {
    this.crashes = [];
  }
}
