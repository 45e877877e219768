import { Agent, request as httpRequest } from 'node:http';
import { createUser, loginAs } from '../factories/user.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { expectedDatabaseKind } from '../support/test-database.js';

/** Sends one request over `agent` and answers its status once the whole answer is in. */
function send(agent: Agent, url: string, method: string, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// The embedded database runs each query inside the process, so requests used to be served in
// the order they arrived, each to its end: a write waited behind every read that came in before
// it, and a client connecting waited for a round of everyone else's requests. Writes now pass the
// reads waiting (ReadAdmission), and the server reads the network between two queries
// (ConnectionGate). PostgreSQL serves requests side by side on its own.
const describeEmbedded = expectedDatabaseKind() === 'embedded' ? describe : describe.skip;

describeEmbedded('Writes among queued reads (embedded database only: PostgreSQL serves reads side by side)', () => {
  let t: TestApp;
  let base: string;
  let reviewer: Record<string, string>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    reviewer = { authorization: `Bearer ${await loginAs(t, await createUser(t, { role: 'reviewer' }))}` };
    admin = { authorization: `Bearer ${await loginAs(t, await createUser(t, { role: 'admin' }))}`, 'content-type': 'application/json' };
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  }, 120_000);
  afterAll(() => t.close());

  /** An administrator's write: a new board with the code given. */
  const createBoard = (agent: Agent, code: string): Promise<number> =>
    send(agent, `${base}/api/agencies`, 'POST', admin, JSON.stringify({ code, name: { vi: `Ban ${code}`, en: `Board ${code}` }, kind: 'board', validFrom: '2024-01-01' }));

  it('answers a write sent while 30 readers keep the server busy before a good part of the reads then in flight', async () => {
    // Readers as from 30 browsers: each its own connection, one read after another.
    const readers = new Agent({ keepAlive: true, maxSockets: Infinity });
    const inFlight = new Set<number>();
    const finishedBeforeWrite = new Set<number>();
    let writeDone = false;
    let reading = true;
    let sequence = 0;
    const loops = Array.from({ length: 30 }, async () => {
      while (reading) {
        const id = (sequence += 1);
        inFlight.add(id);
        expect(await send(readers, `${base}/api/dashboard/status?year=2020`, 'GET', reviewer)).toBe(200);
        inFlight.delete(id);
        if (!writeDone) finishedBeforeWrite.add(id);
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const waiting = new Set(inFlight);
    const writer = new Agent({ keepAlive: false });
    expect(await createBoard(writer, 'PRIO')).toBe(201);
    writeDone = true;
    reading = false;
    await Promise.all(loops);
    readers.destroy();

    const passedTheWrite = [...waiting].filter((id) => finishedBeforeWrite.has(id)).length;
    expect(waiting.size).toBeGreaterThanOrEqual(20);
    // Served in arrival order, every one of them did (30 of 30); measured since: about half.
    expect(passedTheWrite).toBeLessThan(waiting.size * 0.75);
  }, 120_000);

  it('serves clients connecting at once in turn with those already writing, not one new connection per round of theirs', async () => {
    // Five writers, each on its connection, one write after another, as agencies busy with
    // their reports on a deadline day.
    const kept = new Agent({ keepAlive: true, maxSockets: Infinity });
    let writing = true;
    let written = 0;
    const loops = Array.from({ length: 5 }, async (_, writer) => {
      for (let n = 0; writing; n++) {
        expect(await createBoard(kept, `LOOP-${writer}-${n}`)).toBe(201);
        written += 1;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));

    // Twenty more, each connecting now for one write, all at once.
    const before = written;
    const fresh = new Agent({ keepAlive: false });
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, n) => createBoard(fresh, `NEW-${n}`)));
    const meanwhile = written - before;
    writing = false;
    await Promise.all(loops);
    kept.destroy();

    expect(statuses).toEqual(Array(20).fill(201));
    // Served in turn, the five writers wrote 7 to 9 times while the twenty were answered. The
    // server used to accept one new connection per round of the five writers' requests, each run
    // to its end: they wrote 55 times meanwhile.
    expect(meanwhile).toBeLessThan(25);
  }, 120_000);
});
