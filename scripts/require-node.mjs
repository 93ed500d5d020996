// @ts-check
// Node.js 24 is the runtime (`engines` in package.json): the sync store uses `node:sqlite`, and older
// releases are out of support. The production server imports this module first, and `npm run build`
// and `npm run dev` run it first, so an older Node.js stops at once with the version needed rather
// than failing later with an error that names something else. It imports nothing, so that it loads
// on any Node.js that runs ES modules. All of a module's static imports load before any of them runs,
// so the server imports what needs Node.js 24 (Next.js, the sync store) dynamically, after this.

export const MINIMUM_NODE_MAJOR = 24;

/**
 * What is wrong with running on this Node.js version ("20.20.2", at `executable`), or null if nothing is.
 * @param {string} version
 * @param {string} executable
 */
export function nodeVersionProblem(version, executable) {
  const major = Number.parseInt(version, 10);
  if (major >= MINIMUM_NODE_MAJOR) return null;
  return `This site needs Node.js ${MINIMUM_NODE_MAJOR} or later; this is Node.js ${version} (${executable}). Install Node.js ${MINIMUM_NODE_MAJOR} and run it again.`;
}

const problem = nodeVersionProblem(process.versions.node, process.execPath);
if (problem) {
  console.error(problem);
  process.exit(1);
}
