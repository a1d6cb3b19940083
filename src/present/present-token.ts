import { randomBytes, timingSafeEqual } from 'node:crypto';

/** 128 random bits per run, as 22 URL-safe characters: the control token of `npm run present`. */
export function createPresentToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Compares in constant time, so that the answer's timing tells nothing about the token. */
export function tokensMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
