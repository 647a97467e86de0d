import { describe, expect, it } from 'vitest';
import { TaskQueue } from './task-queue';

/** A promise the test settles by hand. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('TaskQueue', () => {
  it('runs tasks one after another', async () => {
    const queue = new TaskQueue();
    const ran: string[] = [];
    const first = gate();
    void queue.add(async () => {
      await first.opened;
      ran.push('first');
    });
    void queue.add(async () => void ran.push('second'));
    await Promise.resolve();
    expect(ran).toEqual([]);
    first.open();
    await queue.settled();
    expect(ran).toEqual(['first', 'second']);
  });

  it('settles only once tasks queued meanwhile, and work beside, have finished', async () => {
    const queue = new TaskQueue();
    const ran: string[] = [];
    const aside = gate();
    queue.beside(aside.opened.then(() => void ran.push('beside')));
    void queue.add(async () => {
      void queue.add(async () => void ran.push('queued by a task'));
    });
    let done = false;
    const settled = queue.settled().then(() => (done = true));
    for (let i = 0; i < 10; i++) await queue.add(async () => {});
    expect(ran).toEqual(['queued by a task']);
    expect(done).toBe(false);
    aside.open();
    await settled;
    expect(ran).toEqual(['queued by a task', 'beside']);
  });

  it('settles after a task or work that failed', async () => {
    const queue = new TaskQueue();
    queue.beside(Promise.reject(new Error('aside')));
    void queue.add(() => Promise.reject(new Error('task'))).catch(() => undefined);
    await expect(queue.settled()).resolves.toBeUndefined();
  });

  it('runs the tasks queued after one that failed', async () => {
    const queue = new TaskQueue();
    const ran: string[] = [];
    const failed = queue.add(() => Promise.reject(new Error('merge code could not load')));
    const later = queue.add(async () => void ran.push('the next save'));
    await expect(failed).rejects.toThrow('merge code could not load');
    await later;
    expect(ran).toEqual(['the next save']);
  });
});
