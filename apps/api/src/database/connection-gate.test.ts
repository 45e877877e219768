import { DatabaseQueueTimeoutError } from '../common/database/postgres-errors.js';
import { ConnectionGate } from './connection-gate.js';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe(ConnectionGate.name, () => {
  describe('acquire', () => {
    it('grants at once while there is capacity, then queues', async () => {
      const gate = new ConnectionGate(2, 1000);
      const first = await gate.acquire('normal');
      await gate.acquire('normal');
      let third = false;
      void gate.acquire('normal').then(() => {
        third = true;
      });
      await tick();
      expect(third).toBe(false);
      expect(gate.waiting).toBe(1);
      first();
      await tick();
      expect(third).toBe(true);
    });

    it('hands a freed permit to high-priority waiters before normal ones, each kind first come first served', async () => {
      const gate = new ConnectionGate(1, 1000);
      const release = await gate.acquire('normal');
      const order: string[] = [];
      const take = (name: string, priority: 'high' | 'normal') =>
        gate.acquire(priority).then((done) => {
          order.push(name);
          done();
        });
      const all = [take('read 1', 'normal'), take('read 2', 'normal'), take('write 1', 'high'), take('read 3', 'normal'), take('write 2', 'high')];
      release();
      await Promise.all(all);
      expect(order).toEqual(['write 1', 'write 2', 'read 1', 'read 2', 'read 3']);
    });

    it('ignores a second release of the same permit', async () => {
      const gate = new ConnectionGate(1, 50);
      const release = await gate.acquire('normal');
      release();
      release();
      await gate.acquire('normal');
      await expect(gate.acquire('normal')).rejects.toBeInstanceOf(DatabaseQueueTimeoutError);
    });

    it('fails a waiter with DatabaseQueueTimeoutError after the longest wait, and keeps the others queued', async () => {
      const gate = new ConnectionGate(1, 30);
      const release = await gate.acquire('normal');
      await expect(gate.acquire('normal')).rejects.toBeInstanceOf(DatabaseQueueTimeoutError);
      expect(gate.waiting).toBe(0);
      release();
      await expect(gate.acquire('high')).resolves.toBeInstanceOf(Function);
    });
  });
});
