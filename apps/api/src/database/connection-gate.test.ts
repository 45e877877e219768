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

  describe('with grantOnLaterTurn (the embedded database)', () => {
    it('grants a free permit on a later turn of the event loop, so the server reads the network between two queries', async () => {
      const gate = new ConnectionGate(1, 1000, { grantOnLaterTurn: true });
      const order: string[] = [];
      // Stands for the I/O the event loop has waiting: connections to accept, requests to read.
      setImmediate(() => order.push('event loop turn'));
      const release = await gate.acquire('high');
      order.push('granted');
      expect(order).toEqual(['event loop turn', 'granted']);
      release();
    });

    it('hands a freed permit over on a later turn too', async () => {
      const gate = new ConnectionGate(1, 1000, { grantOnLaterTurn: true });
      const release = await gate.acquire('high');
      const order: string[] = [];
      const waiter = gate.acquire('high').then((done) => {
        order.push('granted');
        done();
      });
      setImmediate(() => order.push('event loop turn'));
      release();
      await waiter;
      expect(order).toEqual(['event loop turn', 'granted']);
    });

    it('keeps the capacity, the priorities and the count of waiters', async () => {
      const gate = new ConnectionGate(1, 1000, { grantOnLaterTurn: true });
      const pending = gate.acquire('normal');
      expect(gate.waiting).toBe(0);
      let second = false;
      void gate.acquire('normal').then((done) => {
        second = true;
        done();
      });
      const release = await pending;
      await tick();
      expect(second).toBe(false);
      const order: string[] = [];
      const take = (name: string, priority: 'high' | 'normal') =>
        gate.acquire(priority).then((done) => {
          order.push(name);
          done();
        });
      const all = [take('read', 'normal'), take('write', 'high')];
      expect(gate.waiting).toBe(3);
      release();
      expect(gate.waiting).toBe(2);
      await Promise.all(all);
      expect(second).toBe(true);
      expect(order).toEqual(['write', 'read']);
      expect(gate.waiting).toBe(0);
      await expect(gate.acquire('normal')).resolves.toBeInstanceOf(Function);
    });

    it('does not grant a waiter whose wait ran out', async () => {
      const gate = new ConnectionGate(1, 30, { grantOnLaterTurn: true });
      const release = await gate.acquire('normal');
      await expect(gate.acquire('normal')).rejects.toBeInstanceOf(DatabaseQueueTimeoutError);
      release();
      await expect(gate.acquire('high')).resolves.toBeInstanceOf(Function);
    });
  });
});
