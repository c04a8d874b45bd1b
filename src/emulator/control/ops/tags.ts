import type {
  ListTagsForResourceRequest,
  ListTagsForResourceResult,
  Tag,
  TagResourceRequest,
  TagResourceResult,
  UntagResourceRequest,
  UntagResourceResult,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import { notFound, validationError } from '../errors.js';
import type { Valid } from './common.js';

// Domains, repositories and package groups all carry a tags map.
type Taggable = { tags?: Record<string, string> };

export function tagsFromList(tags: Valid<Tag>[]): Record<string, string> {
  return Object.fromEntries(tags.map((t) => [t.key, t.value]));
}

export function writeTags(record: object, tags: Record<string, string>): void {
  const target = record as Taggable;
  target.tags = { ...(target.tags ?? {}), ...tags };
}

const ARN =
  /^arn:aws:codeartifact:[a-z0-9-]+:([0-9]{12}):(domain|repository|package-group)\/([^/]+)(?:\/(.+))?$/;

/** The record an ARN names: a domain, a repository or a package group. */
function resourceOf(ctx: EmulatorContext, arn: string): Taggable {
  const m = ARN.exec(arn);
  if (!m) throw validationError(`Invalid ARN: '${arn}'`);
  const [, owner, type, domainName, rest] = m as unknown as [
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  const domain = ctx.store.domain(domainName, owner);
  const resource =
    type === 'domain' && rest === undefined
      ? domain
      : type === 'repository' && rest !== undefined
        ? domain?.repositories[rest]
        : type === 'package-group' && rest !== undefined
          ? domain?.packageGroups[safeDecode(rest)]
          : undefined;
  if (!resource)
    throw notFound(`Resource not found: '${arn}'`, type === 'repository' ? 'repository' : 'domain', arn);
  return resource as Taggable;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function listTagsForResource(
  input: Valid<ListTagsForResourceRequest>,
  ctx: EmulatorContext,
): ListTagsForResourceResult {
  const tags = resourceOf(ctx, input.resourceArn).tags ?? {};
  return { tags: Object.entries(tags).map(([key, value]) => ({ key, value })) };
}

export function tagResource(input: Valid<TagResourceRequest>, ctx: EmulatorContext): TagResourceResult {
  writeTags(resourceOf(ctx, input.resourceArn), tagsFromList(input.tags));
  ctx.store.changed();
  return {};
}

export function untagResource(input: Valid<UntagResourceRequest>, ctx: EmulatorContext): UntagResourceResult {
  const resource = resourceOf(ctx, input.resourceArn);
  for (const key of input.tagKeys) delete resource.tags?.[key];
  ctx.store.changed();
  return {};
}
