#!/usr/bin/env node
// Bundles the pages that type into real editors (Lexical, Quill from npm):
//
//   node scripts/bundle_editors.mjs --practice OUT_DIR   the extension's practice page:
//                                                       practice.html, practice.js, practice.css
//   node scripts/bundle_editors.mjs --replicas [OUT_DIR] the end-to-end replica sites, one folder each
//                                                       (default e2e/replicas/build/)
//
// Output is minified, has no source maps, and is the same byte for byte on every run. Each bundle must
// hold exactly one copy of Lexical: two copies break typing, so the build fails if it finds more.

import { build } from 'esbuild';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PRACTICE_SRC = path.join(REPO, 'extension', 'practice');
const REPLICAS_SRC = path.join(REPO, 'e2e', 'replicas');
const DEFAULT_REPLICAS_OUT = path.join(REPLICAS_SRC, 'build');

const COMMON = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ['chrome120', 'firefox128'],
  charset: 'utf8',
  legalComments: 'eof',
  logLevel: 'warning',
  absWorkingDir: REPO,
  // Lexical's packages pick their production build through this condition and this variable.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
};

function assertOneLexical(metafile, entry) {
  const copies = Object.keys(metafile.inputs).filter((input) =>
    /(^|\/)node_modules\/(.+\/node_modules\/)?lexical\/dist\/Lexical\.(dev|prod)\.js$/.test(input),
  );
  if (copies.length > 1) {
    throw new Error(`${entry}: ${copies.length} copies of Lexical in one bundle: ${copies.join(', ')}`);
  }
}

async function bundleScript(entry, outfile) {
  const result = await build({ ...COMMON, entryPoints: [entry], outfile, format: 'iife' });
  assertOneLexical(result.metafile, entry);
}

async function bundleStyles(entry, outfile) {
  await build({ ...COMMON, entryPoints: [entry], outfile, loader: { '.css': 'css' } });
}

async function buildPractice(outDir) {
  await mkdir(outDir, { recursive: true });
  await bundleScript(path.join(PRACTICE_SRC, 'practice.js'), path.join(outDir, 'practice.js'));
  await bundleStyles(path.join(PRACTICE_SRC, 'practice.css'), path.join(outDir, 'practice.css'));
  await copyFile(path.join(PRACTICE_SRC, 'practice.html'), path.join(outDir, 'practice.html'));
}

// A replica is a page e2e/replicas/<site>.html with its script <site>.js; e2e/sites.py serves it.
async function replicaSites() {
  const names = await readdir(REPLICAS_SRC);
  return names.filter((name) => name.endsWith('.html')).map((name) => name.slice(0, -'.html'.length));
}

async function buildReplicas(outDir) {
  for (const site of await replicaSites()) {
    const siteOut = path.join(outDir, site);
    await mkdir(siteOut, { recursive: true });
    await bundleScript(path.join(REPLICAS_SRC, `${site}.js`), path.join(siteOut, `${site}.js`));
    await bundleStyles(path.join(REPLICAS_SRC, 'replica.css'), path.join(siteOut, `${site}.css`));
    await copyFile(path.join(REPLICAS_SRC, `${site}.html`), path.join(siteOut, 'index.html'));
  }
}

function usage(message) {
  process.stderr.write(
    `${message ? `bundle_editors: ${message}\n` : ''}` +
      'usage: node scripts/bundle_editors.mjs --practice OUT_DIR | --replicas [OUT_DIR]\n',
  );
  process.exit(2);
}

async function main(argv) {
  const [mode, outArg, ...rest] = argv;
  if (rest.length) usage(`unexpected arguments: ${rest.join(' ')}`);
  if (mode === '--practice') {
    if (!outArg) usage('--practice needs an output folder');
    await buildPractice(path.resolve(outArg));
  } else if (mode === '--replicas') {
    await buildReplicas(outArg ? path.resolve(outArg) : DEFAULT_REPLICAS_OUT);
  } else {
    usage(mode ? `unknown option ${mode}` : '');
  }
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`bundle_editors: ${error.message}\n`);
  process.exit(1);
});
