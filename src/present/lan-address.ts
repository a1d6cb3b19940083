import { networkInterfaces } from 'node:os';

/**
 * The address other devices in the room reach this machine at: the first IPv4 address of a
 * network interface that is up and not loopback, private ranges first (Wi-Fi or Ethernet).
 */
export function lanAddress(interfaces = networkInterfaces()): string | undefined {
  const candidates = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
  const isPrivate = (address: string): boolean => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(address);
  return candidates.find(isPrivate) ?? candidates[0];
}

/** Whether a host to listen on means every interface. */
export function isAnyHost(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

/** An address as it goes into a URL: IPv6 in brackets. */
export function urlHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
