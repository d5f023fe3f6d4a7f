// Writes the files that follow from the profile declarations: shapes/<profile>.ttl for every
// profile. Run after a build (`npm run artifacts`); test/artifacts.test.ts fails when they are stale.
import { writeFileSync } from 'node:fs';
import { profiles } from '../dist/index.js';

for (const profile of Object.values(profiles)) {
  const file = new URL(`../shapes/${profile.name}.ttl`, import.meta.url);
  writeFileSync(file, profile.shapes());
  console.log(`wrote shapes/${profile.name}.ttl`);
}
