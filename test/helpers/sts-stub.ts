import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An STS (awsQuery protocol) that answers each request with the next scripted reply: what moto cannot do —
 * throttle, or refuse a role the way a real trust policy does.
 */
export interface StsStub {
  readonly endpoint: string;
  /** The `Action` of each request received. */
  readonly actions: string[];
  close(): Promise<void>;
}

export type StsReply = { error: string; message: string; status?: number } | 'credentials';

const CREDENTIALS = `<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials>
<AccessKeyId>stub-session-access-key</AccessKeyId><SecretAccessKey>stub-secret</SecretAccessKey>
<SessionToken>stub-session</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration>
</Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>`;

const errorXml = (code: string, message: string) =>
  `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error>` +
  '<RequestId>stub</RequestId></ErrorResponse>';

export async function startStsStub(replies: StsReply[]): Promise<StsStub> {
  const actions: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      actions.push(new URLSearchParams(body).get('Action') ?? '');
      const reply = replies.shift() ?? 'credentials';
      const headers = { 'content-type': 'text/xml' };
      if (reply === 'credentials') return void res.writeHead(200, headers).end(CREDENTIALS);
      res.writeHead(reply.status ?? 400, headers).end(errorXml(reply.error, reply.message));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    actions,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
