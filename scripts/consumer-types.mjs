// Type-checks a strict consumer project (test/consumer/) against the packed tarball, as a user who
// installs it would: skipLibCheck false, strict, under node16 and under bundler resolution. The
// consumer's `@ts-expect-error` lines fail to compile if a public type were `any` (a declaration that
// does not resolve). Run after a build (`npm run consumer-types`; CI runs it).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const dir = mkdtempSync(join(tmpdir(), 'profielkit-consumer-'));
const run = (cmd, args, cwd = root) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const common = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  noUnusedLocals: false,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
};
// node16 checks the ES module side (index.ts) and the CommonJS side (require.cts); a bundler has only imports
const configs = {
  node16: { compilerOptions: { ...common, module: 'node16', moduleResolution: 'node16' }, include: ['src'] },
  bundler: { compilerOptions: { ...common, module: 'esnext', moduleResolution: 'bundler' }, include: ['src/index.ts'] },
};

try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir]));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // the package and what it depends on, nothing else (no @types of the project's own)
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(dir, filename)], dir);
  cpSync(join(root, 'test', 'consumer'), join(dir, 'src'), { recursive: true });
  for (const [name, config] of Object.entries(configs)) {
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
    try {
      run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], dir);
    } catch (error) {
      process.stdout.write(error.stdout ?? '');
      throw new Error(`the strict consumer does not type-check under ${name} resolution`);
    }
    console.log(`strict consumer (skipLibCheck false): type-checks under ${name} resolution`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
