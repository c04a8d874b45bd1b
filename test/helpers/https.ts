import { request } from 'node:https';

/**
 * GET `url` over HTTPS trusting only `ca` (or, without it, Node's built-in roots alone), resolving the
 * status and body; rejects with the TLS error when the server's certificate is not trusted.
 */
export function httpsGet(
  url: string,
  ca?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ...(ca ? { ca } : {}), headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
