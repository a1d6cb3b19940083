import { describe, expect, it } from 'vitest';
import { parseClientMessage, parseServerMessage } from '../../../src/talk/protocol.ts';

describe('the talk protocol', () => {
  it('reads what screens may say, and nothing else', () => {
    expect(parseClientMessage('{"type":"hello"}')).toEqual({ type: 'hello' });
    expect(parseClientMessage('{"type":"hello","token":"abc"}')).toEqual({ type: 'hello', token: 'abc' });
    expect(parseClientMessage('{"type":"go","position":{"h":3,"f":-1}}')).toEqual({ type: 'go', position: { h: 3, f: -1 } });
    expect(parseClientMessage('{"type":"blackout","on":true}')).toEqual({ type: 'blackout', on: true });
    expect(parseClientMessage('{"type":"timer","action":"reset"}')).toEqual({ type: 'timer', action: 'reset' });
    for (const wrong of [
      'not json',
      '[]',
      '{"type":"go","position":{"h":-1,"f":0}}',
      '{"type":"go","position":{"h":1.5,"f":0}}',
      '{"type":"go","position":{"h":1,"f":-2}}',
      '{"type":"go","position":{"h":"1","f":0}}',
      '{"type":"blackout","on":"yes"}',
      '{"type":"timer","action":"explode"}',
      `{"type":"hello","token":"${'x'.repeat(500)}"}`,
      '{"type":"state"}',
    ]) {
      expect(parseClientMessage(wrong), wrong).toBeUndefined();
    }
  });

  it('reads the server messages, with or without an invite', () => {
    const state = { position: { h: 2, f: 0 }, blackout: false, timer: { elapsedMs: 1200, running: true } };
    expect(parseServerMessage(JSON.stringify({ type: 'state', state }))).toEqual({ type: 'state', state });
    const invite = { url: 'http://10.0.0.2:4300/?remote#token=x', qrSvg: '<svg/>', audienceUrl: 'http://10.0.0.2:4300/' };
    expect(parseServerMessage(JSON.stringify({ type: 'welcome', role: 'control', state, invite }))).toEqual({
      type: 'welcome',
      role: 'control',
      state,
      invite,
    });
    expect(parseServerMessage(JSON.stringify({ type: 'welcome', role: 'admin', state }))).toBeUndefined();
    expect(parseServerMessage(JSON.stringify({ type: 'state', state: { ...state, timer: { elapsedMs: 'x' } } }))).toBeUndefined();
    expect(parseServerMessage('{"type":"refused","reason":"token"}')).toEqual({ type: 'refused', reason: 'token' });
  });
});
