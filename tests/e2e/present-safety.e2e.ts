import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readBuiltDeck } from '../../src/content/read-built-deck.ts';
import { deckSteps } from '../../src/model/slide-steps.ts';
import { type PresentServer, startPresentServer } from '../../src/present/present-server.ts';
import { createPresentToken } from '../../src/present/present-token.ts';
import { closeCodes, offeredProtocols, talkSocketPath } from '../../src/talk/protocol.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';

/** The present server on a shared Wi-Fi: what it serves, to whom it answers, and who keeps a slot. On 127.0.0.1 only. */
let work: string;
let distDir: string;
let server: PresentServer;
let token: string;
let port: number;
let steps: number[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'present-safety-'));
  distDir = path.join(work, 'dist');
  await cp(fixtureBuilds.basic, distDir, { recursive: true });
  // What a carried-over export or a careless copy can leave in dist/: links out of it and in it, and dotfiles.
  await symlink('/etc/passwd', path.join(distDir, 'notes.txt'));
  await symlink(path.join(work, 'outside'), path.join(distDir, 'outside-folder'));
  await writeFile(path.join(work, 'outside'), 'a file of the laptop');
  await symlink('data/04-xu-ly-vu-viec.csv', path.join(distDir, 'latest.csv'));
  await writeFile(path.join(distDir, '.env'), 'SECRET=1');
  steps = deckSteps((await readBuiltDeck(distDir)).deck);
  token = createPresentToken();
  server = await startPresentServer({ distDir, host: '127.0.0.1', port: 0, token });
  port = Number(new URL(server.addresses.audience).port);
});

afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** A GET with the Host header of one's choice, as a page served under another name would send it. */
function get(pathname: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: pathname, headers: { host } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    })
      .on('error', reject)
      .end();
  });
}

interface SocketOptions {
  host?: string;
  origin?: string;
  /** Offers the control token in the handshake, as the console and the remote do. */
  keyed?: boolean;
  /** The local address to connect from: 127.0.0.2… stand for other machines of the room. */
  from?: string;
}

function openSocketTo(options: SocketOptions, to: number): Promise<WebSocket> {
  const host = options.host ?? `127.0.0.1:${to}`;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(
      `ws://127.0.0.1:${to}${talkSocketPath}`,
      options.keyed ? offeredProtocols(token) : offeredProtocols(undefined),
      {
        origin: options.origin ?? `http://${host}`,
        headers: { host },
        localAddress: options.from,
      },
    );
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

const openSocket = (options: SocketOptions = {}): Promise<WebSocket> => openSocketTo(options, port);
const nextMessage = (socket: WebSocket): Promise<Record<string, unknown>> =>
  new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)) as Record<string, unknown>)));
const closeCodeOf = (socket: WebSocket): Promise<number> => new Promise((resolve) => socket.once('close', (code) => resolve(code)));

describe('what the present server serves', () => {
  it('sends regular files inside dist/ only: no link out of it, no dotfile, no way up', async () => {
    for (const refused of [
      '/notes.txt',
      '/outside-folder',
      '/.env',
      '/.deck-output.json',
      '/.htaccess',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/',
    ]) {
      const response = await get(refused);
      expect(response.status, refused).toBe(404);
      expect(response.body, refused).not.toContain('root:');
    }
    expect((await get('/data/%E0%A4%A.csv')).status).toBe(400);
    // A link that stays inside dist/ is the file it points to; an asset is sent as it is.
    const inside = await get('/latest.csv');
    expect(inside.status).toBe(200);
    expect(inside.body).toBe(await readFile(path.join(distDir, 'data', '04-xu-ly-vu-viec.csv'), 'utf8'));
    expect((await get('/offline.html')).status).toBe(200);
  });

  it('names no path of the laptop in an error', async () => {
    const index = path.join(distDir, 'index.html');
    const page = await readFile(index, 'utf8');
    try {
      // A page the server cannot prepare (no policy to add the socket to): a 500.
      await writeFile(index, '<html><head></head><body>no policy</body></html>');
      const failed = await get('/');
      expect(failed.status).toBe(500);
      expect(failed.body).not.toMatch(/\/|ENOENT|Error/);
    } finally {
      await writeFile(index, page);
    }
    for (const pathname of ['/missing.js', '/.env', '/notes.txt']) expect((await get(pathname)).body).toBe('not found');
  });
});

describe('to whom it answers (DNS rebinding)', () => {
  it('refuses a Host it did not print, for pages and for the socket, and counts it', async () => {
    const before = server.refusals.foreignHost;
    const rebound = await get('/', `attacker.example:${port}`);
    expect(rebound.status).toBe(421);
    expect(rebound.body).not.toContain('<html');
    await expect(openSocket({ host: `attacker.example:${port}` })).rejects.toThrow(/403/);
    expect(server.refusals.foreignHost).toBe(before + 2);
  });

  it('answers to the printed address and loopback, with a policy of its own making', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `127.0.0.2:${port}`]) {
      const page = await get('/', host);
      expect(page.status, host).toBe(200);
      const policy = /connect-src ([^;"]*)/.exec(page.body)?.[1];
      expect(policy, host).toBe(`ws://${host.toLowerCase()}`);
      expect(String(page.headers['content-type'])).toMatch(/^text\/html/);
    }
    // A Host for another port of this machine is another site.
    expect((await get('/', `127.0.0.1:${port + 1}`)).status).toBe(421);
  });
});

describe('who keeps a slot', () => {
  it('drops sockets that never say hello, and keeps the console and the remote their slots meanwhile', async () => {
    // A server of its own, whose silent sockets have time enough to be all there at once, however slow the machine.
    const room = await startPresentServer({ distDir, host: '127.0.0.1', port: 0, token, limits: { helloWithinMs: 6000 } });
    const to = Number(new URL(room.addresses.audience).port);
    const openSocket = (options: SocketOptions = {}): Promise<WebSocket> => openSocketTo(options, to);
    try {
      // 272 sockets from 17 addresses that never say hello: more than the 200 slots for everyone.
      const crowd: WebSocket[] = [];
      for (let machine = 0; machine < 17; machine++) {
        const opening = Array.from({ length: 16 }, () =>
          openSocket({ from: `127.0.0.${machine + 2}` }).then(
            (socket) => crowd.push(socket),
            () => undefined,
          ),
        );
        await Promise.all(opening);
      }
      expect(crowd.length).toBe(200);
      expect(room.hub.stats.turnedAway).toBe(72);
      const closed = crowd.map(closeCodeOf);

      // The crowd holds every slot for everyone; the presenter's screens still get in, and control.
      const consoleSocket = await openSocket({ keyed: true });
      const remote = await openSocket({ keyed: true, from: '127.0.0.20' });
      for (const screen of [consoleSocket, remote]) {
        const welcome = nextMessage(screen);
        screen.send(JSON.stringify({ type: 'hello', token }));
        expect((await welcome).role).toBe('control');
      }
      // An audience screen has to wait for the crowd to go.
      await expect(openSocket({ from: '127.0.0.30' })).rejects.toThrow(/503/);

      // Each silent socket is dropped once its time to say hello is up, with its own close code.
      expect(new Set(await Promise.all(closed))).toEqual(new Set([closeCodes.silent]));
      expect(room.hub.stats.silent).toBe(200);
      expect(room.refusals).toMatchObject({ silent: 200, full: 73 });
      const audience = await openSocket({ from: '127.0.0.30' });
      const welcome = nextMessage(audience);
      audience.send(JSON.stringify({ type: 'hello' }));
      expect((await welcome).role).toBe('follow');
      // A screen that said hello stays, however quiet it is afterwards.
      expect(audience.readyState).toBe(WebSocket.OPEN);
      for (const socket of [consoleSocket, remote, audience]) socket.close();
    } finally {
      await room.close();
    }
  }, 60_000);

  it('does not take a wrong key in the handshake for the right one', async () => {
    const socket = await new Promise<WebSocket>((resolve, reject) => {
      const opened = new WebSocket(`ws://127.0.0.1:${port}${talkSocketPath}`, offeredProtocols('W'.repeat(22)), {
        origin: `http://127.0.0.1:${port}`,
      });
      opened.once('open', () => resolve(opened));
      opened.once('error', reject);
    });
    // The server answers with the talk's protocol only, never the key offered.
    expect(socket.protocol).toBe('deck-talk');
    const closed = closeCodeOf(socket);
    socket.send(JSON.stringify({ type: 'hello', token: 'W'.repeat(22) }));
    expect(await closed).toBe(closeCodes.wrongToken);
  });
});

describe('positions checked against the deck', () => {
  it('ignores a slide or a step the deck does not have, and goes to one it has', async () => {
    const controller = await openSocket({ keyed: true });
    const follower = await openSocket();
    const welcomed = Promise.all([nextMessage(controller), nextMessage(follower)]);
    controller.send(JSON.stringify({ type: 'hello', token }));
    follower.send(JSON.stringify({ type: 'hello' }));
    await welcomed;
    const before = server.hub.state().position;
    const lastSlide = steps.length - 1;
    const stepsOf = steps.findIndex((count) => count > 0);
    expect(stepsOf).toBeGreaterThanOrEqual(0);
    for (const position of [
      { h: 9999, f: -1 },
      { h: steps.length, f: -1 },
      { h: stepsOf, f: steps[stepsOf] ?? 0 },
      { h: 0, f: 0 },
    ]) {
      controller.send(JSON.stringify({ type: 'go', position }));
    }
    const target = before.h === lastSlide ? { h: 0, f: -1 } : { h: lastSlide, f: -1 };
    const heard = nextMessage(follower);
    controller.send(JSON.stringify({ type: 'go', position: target }));
    // The first state the room hears is the one the deck has: none of the others went out.
    expect(((await heard).state as { position: unknown }).position).toEqual(target);
    expect(server.hub.state().position).toEqual(target);
    controller.close();
    follower.close();
  });
});
