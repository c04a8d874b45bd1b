import type { CodeartifactClient, PackageFormat } from '@aws-sdk/client-codeartifact';
import { codeartifactGroupsAdapter } from './codeartifact-groups.js';
import { call, packageCoords } from './ops-shapes.js';
import type { CodeArtifactOpsApi, PackageInfo, VersionInfo } from './ops-types.js';

export type Sdk = typeof import('@aws-sdk/client-codeartifact');

/** The operational CodeArtifact calls through the AWS SDK (all pages of list calls). */
export function codeartifactOpsAdapter(sdk: Sdk, client: CodeartifactClient): CodeArtifactOpsApi {
  const repoText = (r: { domain: string; repository: string }) =>
    `repository ${r.repository} in domain ${r.domain}`;
  return {
    describeRepository: (ref) =>
      call('DescribeRepository', `describe ${repoText(ref)}`, async () => {
        const { repository: r } = await client.send(new sdk.DescribeRepositoryCommand(ref));
        return {
          name: r?.name ?? ref.repository,
          upstreams: (r?.upstreams ?? []).flatMap((u) => (u.repositoryName ? [u.repositoryName] : [])),
          externalConnections: (r?.externalConnections ?? []).flatMap((c) =>
            c.externalConnectionName
              ? [{ name: c.externalConnectionName, ...(c.status ? { status: c.status } : {}) }]
              : [],
          ),
        };
      }),
    associateExternalConnection: (ref, externalConnection) =>
      call(
        'AssociateExternalConnection',
        `associate ${externalConnection} with ${repoText(ref)}`,
        async () => {
          await client.send(new sdk.AssociateExternalConnectionCommand({ ...ref, externalConnection }));
        },
      ),
    disassociateExternalConnection: (ref, externalConnection) =>
      call(
        'DisassociateExternalConnection',
        `disassociate ${externalConnection} from ${repoText(ref)}`,
        async () => {
          await client.send(new sdk.DisassociateExternalConnectionCommand({ ...ref, externalConnection }));
        },
      ),
    listPackages: (ref, filter) =>
      call('ListPackages', `list the packages of ${repoText(ref)}`, async () => {
        const found: PackageInfo[] = [];
        let nextToken: string | undefined;
        do {
          const input = {
            ...ref,
            ...filter,
            format: filter.format as PackageFormat | undefined,
            maxResults: 1000,
            nextToken,
          };
          const page = await client.send(new sdk.ListPackagesCommand(input));
          for (const p of page.packages ?? []) {
            const coords = packageCoords(p.format, p.namespace, p.package);
            const r = p.originConfiguration?.restrictions;
            if (coords)
              found.push({
                ...coords,
                ...(r?.publish ? { publish: r.publish } : {}),
                ...(r?.upstream ? { upstream: r.upstream } : {}),
              });
          }
          nextToken = page.nextToken;
        } while (nextToken);
        return found;
      }),
    listPackageVersions: (ref, pkg) =>
      call('ListPackageVersions', `list the versions of ${pkg.name} in ${repoText(ref)}`, async () => {
        const found: VersionInfo[] = [];
        let nextToken: string | undefined;
        do {
          const input = {
            ...ref,
            format: pkg.format as PackageFormat,
            namespace: pkg.namespace,
            package: pkg.name,
            maxResults: 1000,
            nextToken,
          };
          const page = await client.send(new sdk.ListPackageVersionsCommand(input));
          for (const v of page.versions ?? []) {
            if (v.version) found.push({ version: v.version, originType: v.origin?.originType ?? 'UNKNOWN' });
          }
          nextToken = page.nextToken;
        } while (nextToken);
        return found;
      }),
    putPackageOrigin: (ref, pkg, restrictions) =>
      call(
        'PutPackageOriginConfiguration',
        `set the origin controls of ${pkg.name} in ${repoText(ref)}`,
        async () => {
          const input = {
            ...ref,
            format: pkg.format as PackageFormat,
            namespace: pkg.namespace,
            package: pkg.name,
            restrictions,
          };
          await client.send(new sdk.PutPackageOriginConfigurationCommand(input));
        },
      ),
    ...codeartifactGroupsAdapter(sdk, client),
  };
}
