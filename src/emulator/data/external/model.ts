/** A package as an external connection describes it, whatever the public registry's format. */

export interface ExternalFile {
  filename: string;
  /** Absolute URL of the file on the public side. */
  url: string;
  sha256?: string;
  /** npm `dist.shasum` (hex). */
  sha1?: string;
  /** npm `dist.integrity` (SRI). */
  integrity?: string;
  requiresPython?: string;
  yanked?: boolean | string;
  /** Bytes, when the index says (PEP 700). */
  size?: number;
  /** ISO 8601, when the index says (PEP 700). */
  uploadTime?: string;
}

export interface ExternalVersion {
  version: string;
  files: ExternalFile[];
  /** npm: the version manifest without `dist`. */
  manifest?: Record<string, unknown>;
  /** Epoch seconds. */
  publishedTime?: number;
}

export interface ExternalPackage {
  versions: Map<string, ExternalVersion>;
  distTags: Record<string, string>;
}

/** A request for one file (an asset download): the walk can stop early and ask the public side less. */
export interface WantedFile {
  filename: string;
  /** The version the file belongs to, when the request names it (npm tarball names and pypi paths do). */
  version?: string;
}
