// A stand-in for Microsoft's token service on loopback: an OpenID configuration and its signing keys (one real
// RSA key, by kid), which botbuilder fetches to check the tokens callers present; and tokens, signed with that key
// or forged the ways an attacker would.
import { createHmac, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const REAL_KID = 'real-signing-key';
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface FakeTokenService {
  /** ToBotFromChannelOpenIdMetadataUrl */
  openIdUrl: string;
  /** The settings that point botbuilder at this service (a full cloud configuration, as botbuilder wants). */
  cloudEnv: Record<string, string>;
  /** A token signed with the real key: a genuine channel's. */
  sign(claims: Record<string, unknown>, header?: Record<string, unknown>): string;
  /** The same claims signed with another RSA key. */
  signWithForeignKey(claims: Record<string, unknown>, header?: Record<string, unknown>): string;
  close(): Promise<void>;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const encode = (part: Record<string, unknown>) => base64url(JSON.stringify(part));

function rs256(key: KeyObject, claims: Record<string, unknown>, header: Record<string, unknown>): string {
  const signingInput = `${encode({ alg: 'RS256', typ: 'JWT', ...header })}.${encode(claims)}`;
  return `${signingInput}.${createSign('RSA-SHA256').update(signingInput).sign(key).toString('base64url')}`;
}

/** alg "none": no signature at all. */
export function unsignedToken(claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  return `${encode({ alg: 'none', typ: 'JWT', ...header })}.${encode(claims)}.`;
}

/** HS256 keyed with a secret the attacker guesses the server might verify with (its own password). */
export function hmacToken(secret: string, claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const signingInput = `${encode({ alg: 'HS256', typ: 'JWT', ...header })}.${encode(claims)}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

export async function startFakeTokenService(): Promise<FakeTokenService> {
  const real = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = real.publicKey.export({ format: 'jwk' });
  let base = '';
  const server = http.createServer((req, res) => {
    const body =
      req.url === '/openid'
        ? { issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
        : req.url === '/keys'
          ? { keys: [{ kty: 'RSA', use: 'sig', kid: REAL_KID, n: jwk.n, e: jwk.e, endorsements: ['msteams', 'emulator'] }] }
          : undefined;
    res.statusCode = body ? 200 : 404;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    openIdUrl: `${base}/openid`,
    cloudEnv: {
      ToBotFromChannelOpenIdMetadataUrl: `${base}/openid`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${base}/openid`,
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      ToChannelFromBotLoginUrl: `${base}/botframework.com`,
      ToChannelFromBotOAuthScope: CHANNEL_ISSUER,
      OAuthUrl: CHANNEL_ISSUER,
      CallerId: 'urn:botframework:azure',
    },
    sign: (claims, header = {}) => rs256(real.privateKey, claims, { kid: REAL_KID, ...header }),
    signWithForeignKey: (claims, header = {}) => rs256(foreign.privateKey, claims, { kid: REAL_KID, ...header }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
