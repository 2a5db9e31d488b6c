// Bundles the extension and vscode-languageclient into dist/extension.js (the .vsix ships no node_modules).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
await esbuild.build({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  outfile: 'dist/extension.js',
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
});
console.log(`esbuild: dist/extension.js${production ? ' (production)' : ''}`);
