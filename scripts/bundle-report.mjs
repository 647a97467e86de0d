// What each chunk of the production build holds, biggest first: run by `npm run analyse`
// after a build with the visualiser on (vite.config.ts). The treemap to browse is beside
// the data, in node_modules/.bundle-report/treemap.html; neither is kept in the repository.
import { readFileSync } from 'node:fs';

const STATS = 'node_modules/.bundle-report/stats.json';
const TOP = Number(process.argv[2] ?? 12);

const { tree, nodeParts, nodeMetas } = JSON.parse(readFileSync(STATS, 'utf8'));

/** The modules of a chunk: the leaves of its branch of the tree. */
function leaves(node, found = []) {
  if (node.children) for (const child of node.children) leaves(child, found);
  else found.push(node);
  return found;
}

/** "react-dom" or "src/domain/restore.ts": what a person looks for in the list. */
const shortName = (id) =>
  id.includes('node_modules/')
    ? id
        .split('node_modules/')
        .pop()
        .replace(/^((@[^/]+\/)?[^/]+).*$/, '$1 (package)')
    : id.replace(/^.*?\/src\//, 'src/');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const chunks = tree.children.map((chunk) => {
  const modules = new Map();
  for (const leaf of leaves(chunk)) {
    const part = nodeParts[leaf.uid];
    const name = shortName(nodeMetas[part.metaUid].id);
    const seen = modules.get(name) ?? { rendered: 0, gzip: 0 };
    seen.rendered += part.renderedLength;
    seen.gzip += part.gzipLength;
    modules.set(name, seen);
  }
  const rendered = [...modules.values()].reduce((sum, m) => sum + m.rendered, 0);
  return { name: chunk.name, rendered, modules };
});

console.log('Sizes before minifying; "gzip" is each module gzipped alone, an upper bound.\n');
for (const chunk of chunks.sort((a, b) => b.rendered - a.rendered)) {
  if (chunk.rendered < 2048) continue;
  console.log(`${chunk.name}  ${kb(chunk.rendered)}`);
  const biggest = [...chunk.modules].sort((a, b) => b[1].rendered - a[1].rendered);
  for (const [name, size] of biggest.slice(0, TOP))
    console.log(`  ${kb(size.rendered).padStart(9)}  ${kb(size.gzip).padStart(8)} gzip  ${name}`);
}
