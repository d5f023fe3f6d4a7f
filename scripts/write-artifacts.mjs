// Writes the files that follow from the profile declarations: shapes/<profile>.ttl for every
// profile, and contexts/<profile>.jsonld for profiles whose context is generated (the official
// Toestemming context is bundled verbatim instead). Run after a build (`npm run artifacts`);
// test/artifacts.test.ts fails when they are stale.
import { writeFileSync } from 'node:fs';
import { profiles } from '../dist/index.js';

for (const profile of Object.values(profiles)) {
  writeFileSync(new URL(`../shapes/${profile.name}.ttl`, import.meta.url), profile.shapes());
  console.log(`wrote shapes/${profile.name}.ttl`);
  if (profile.declaration.context.document === undefined) {
    writeFileSync(
      new URL(`../contexts/${profile.name}.jsonld`, import.meta.url),
      `${JSON.stringify(profile.contextDocument(), null, 2)}\n`,
    );
    console.log(`wrote contexts/${profile.name}.jsonld`);
  }
}
