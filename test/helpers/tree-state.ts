import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Everything about a tree that a restore could change, per path: type, permission bits, owner, size,
 * content hash, link target. (Not timestamps: creating and removing a temp directory touches its parent's.)
 */
export async function treeState(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const visit = async (path: string): Promise<void> => {
    const st = await lstat(path);
    const rel = relative(root, path) || '.';
    const base = `${(st.mode & 0o7777).toString(8)} ${st.uid}:${st.gid}`;
    if (st.isSymbolicLink()) out[rel] = `link ${base} -> ${await readlink(path)}`;
    else if (st.isFile()) {
      const sha = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
      out[rel] = `file ${base} ${st.size} ${sha} nlink=${st.nlink}`;
    } else if (st.isDirectory()) {
      out[rel] = `dir ${base}`;
      for (const name of await readdir(path)) await visit(join(path, name));
    } else out[rel] = `special ${base}`;
  };
  await visit(root);
  return out;
}
