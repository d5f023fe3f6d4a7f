// Part of `npm test` (pretest): the browser tests drive Debian's headless Chromium, which playwright
// cannot download here. When it is missing and we may install packages (root, apt-get present), it is
// installed; two runs at once (two clones testing on one machine) wait for each other on a lock file
// instead of failing on apt's own locks. Elsewhere it says what to install and leaves the browser
// tests to fail with the same hint.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.PROFIELKIT_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(chromium)) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/usr/bin/flock');
if (!canInstall) {
  console.error(
    `profielkit: no Chromium at ${chromium}; the browser tests need it: ` +
      'apt-get install chromium (as root), or set PROFIELKIT_CHROMIUM',
  );
  process.exit(0);
}
console.error(`profielkit: no Chromium at ${chromium}: installing Debian's chromium for the browser tests`);
// the lock is held for the whole install; the second run finds Chromium installed once it gets it
const script =
  `test -x ${JSON.stringify(chromium)} || { apt-get update -qq && ` +
  'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; }';
const run = spawnSync('flock', ['/tmp/profielkit-apt.lock', 'sh', '-c', script], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (run.status !== 0 || !existsSync(chromium)) {
  console.error(`profielkit: installing chromium failed (exit ${run.status}); the browser tests will fail`);
  process.exit(1);
}
