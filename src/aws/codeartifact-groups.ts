import type { CodeartifactClient, PackageFormat } from '@aws-sdk/client-codeartifact';
import type { Sdk } from './codeartifact-ops.js';
import { errorParts } from './errors.js';
import { call, groupInfo } from './ops-shapes.js';
import type { CodeArtifactOpsApi } from './ops-types.js';

type GroupCalls = Pick<
  CodeArtifactOpsApi,
  'describePackageGroup' | 'createPackageGroup' | 'setPackageGroupOrigin' | 'associatedPackageGroup'
>;

/** Package group calls through the AWS SDK. */
export function codeartifactGroupsAdapter(sdk: Sdk, client: CodeartifactClient): GroupCalls {
  return {
    describePackageGroup: (ref, pattern) =>
      call('DescribePackageGroup', `describe package group ${pattern} in domain ${ref.domain}`, async () => {
        try {
          const { packageGroup } = await client.send(
            new sdk.DescribePackageGroupCommand({ ...ref, packageGroup: pattern }),
          );
          return groupInfo(packageGroup, pattern);
        } catch (error) {
          if (
            errorParts(error).name === 'ResourceNotFoundException' &&
            /group/i.test(errorParts(error).message)
          )
            return undefined;
          throw error;
        }
      }),
    createPackageGroup: (ref, pattern, description) =>
      call('CreatePackageGroup', `create package group ${pattern} in domain ${ref.domain}`, async () => {
        await client.send(new sdk.CreatePackageGroupCommand({ ...ref, packageGroup: pattern, description }));
      }),
    setPackageGroupOrigin: (ref, pattern, restrictions) =>
      call(
        'UpdatePackageGroupOriginConfiguration',
        `set the origin controls of package group ${pattern}`,
        async () => {
          const input = { ...ref, packageGroup: pattern, restrictions: restrictions as never };
          await client.send(new sdk.UpdatePackageGroupOriginConfigurationCommand(input));
        },
      ),
    associatedPackageGroup: (ref, pkg) =>
      call('GetAssociatedPackageGroup', `find the package group of ${pkg.name}`, async () => {
        const input = {
          ...ref,
          format: pkg.format as PackageFormat,
          namespace: pkg.namespace,
          package: pkg.name,
        };
        const { packageGroup } = await client.send(new sdk.GetAssociatedPackageGroupCommand(input));
        return groupInfo(packageGroup, '/*');
      }),
  };
}
