import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CrashBudget } from '../src/crashBudget';

describe('crash budget', () => {
  it('allows 5 restarts in 3 minutes, not a 6th', () => {
    const b = new CrashBudget(5, 180_000);
    for (let i = 0; i < 5; i++) assert.equal(b.recordCrash(1000 + i), true);
    assert.equal(b.recordCrash(2000), false);
  });
  it('forgets crashes older than the window', () => {
    const b = new CrashBudget(2, 1000);
    assert.equal(b.recordCrash(0), true);
    assert.equal(b.recordCrash(10), true);
    assert.equal(b.recordCrash(1500), true);
    assert.equal(b.recent(1500), 1);
  });
  it('starts over after reset', () => {
    const b = new CrashBudget(1, 1000);
    b.recordCrash(0);
    assert.equal(b.recordCrash(1), false);
    b.reset();
    assert.equal(b.recordCrash(2), true);
  });
  it('counts every crash inside the window, refused ones too, and forgets one exactly a window old', () => {
    const b = new CrashBudget(1, 1000);
    assert.equal(b.recordCrash(0), true);
    assert.equal(b.recordCrash(999), false);
    assert.equal(b.recordCrash(1998), false); // 999 is still inside the window
    assert.equal(b.recordCrash(2998), true); // 1998 is exactly 1000 ms old: forgotten
  });
});
