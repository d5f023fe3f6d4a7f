// The bench's anchors outside Node: Apache Jena SHACL (Debian's libapache-jena-java, run by the small
// Java program bench/jena/JenaShacl.java, compiled here into the bench's temp dir) and serdi (Debian's
// `serdi`, the parse floor). Each is found or reported "not installed" with how to install it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const has = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

// Debian's Jena 4.5 does not start as installed: it needs these jars on an explicit classpath (names as
// Debian links them in /usr/share/java)
const JARS = [
  'jena-base',
  'jena-core',
  'jena-arq',
  'jena-iri',
  'jena-shacl',
  'commons-cli',
  'commons-codec',
  'commons-compress',
  'commons-csv',
  'commons-io',
  'commons-lang3',
  'guava',
  'gson',
  'jackson-annotations',
  'jackson-core',
  'jackson-databind',
  'httpclient',
  'httpcore',
  'httpclient-cache',
  'dexx.collection',
  'jsonld-java',
  'titanium-json-ld',
  'jakarta.json-api',
  'protobuf',
  'thrift',
  'slf4j-api',
  'slf4j-nop',
].map((name) => `${name}.jar`);

export const JENA_HINT =
  "apt-get install libapache-jena-java default-jdk-headless (Jena's jars in /usr/share/java; " +
  "java 17 or later; javac and jar from the JDK to compile the bench's Java program)";

/**
 * Finds Jena and prepares it in `dir`: returns {version, run(shapes, data)} or {missing} (what is not
 * there). run() times the whole process (JVM start included) and returns {ms, peakMB, results, validateMs}.
 */
export function jena(dir, jars = process.env.BENCH_JAVA_JARS ?? '/usr/share/java') {
  const missing = [];
  for (const tool of ['java', 'javac', 'jar']) if (!has(tool, ['--version'])) missing.push(tool);
  for (const jar of JARS) if (!existsSync(join(jars, jar))) missing.push(join(jars, jar));
  if (missing.length) return { missing };
  const home = join(dir, 'jena');
  mkdirSync(home, { recursive: true });
  // Jena's embedded xerces looks for its message bundles at xerces/impl/msg/*.properties (and
  // xerces/impl/xpath/regex/message*.properties) while jena-core holds them under org/apache/jena/ext/:
  // without them it fails on its first ill-typed literal. Copy them to where it looks, on the classpath.
  const bundles = join(home, 'bundles');
  mkdirSync(bundles);
  execFileSync(
    'jar',
    [
      'xf',
      join(jars, 'jena-core.jar'),
      'org/apache/jena/ext/xerces/impl/msg',
      'org/apache/jena/ext/xerces/impl/xpath/regex',
    ],
    { cwd: bundles },
  );
  const ext = join(bundles, 'org/apache/jena/ext/xerces/impl');
  cpSync(join(ext, 'msg'), join(bundles, 'xerces/impl/msg'), { recursive: true });
  mkdirSync(join(bundles, 'xerces/impl/xpath/regex'), { recursive: true });
  for (const file of readdirSync(join(ext, 'xpath/regex')).filter((f) => f.endsWith('.properties')))
    cpSync(join(ext, 'xpath/regex', file), join(bundles, 'xerces/impl/xpath/regex', file));
  rmSync(join(bundles, 'org'), { recursive: true });
  const classpath = [home, bundles, ...JARS.map((jar) => join(jars, jar))].join(':');
  execFileSync('javac', ['-d', home, '-cp', classpath, new URL('./jena/JenaShacl.java', import.meta.url).pathname]);
  // Debian links jena-shacl-<version>.jar to jena-shacl.jar
  const version =
    readdirSync(jars)
      .map((file) => /^jena-shacl-([0-9][0-9.]*)\.jar$/.exec(file)?.[1])
      .find(Boolean) ?? '?';
  return {
    version,
    run(shapes, data) {
      const started = performance.now();
      // the same heap limit as the Node tasks (--max-old-space-size=4096)
      const out = JSON.parse(
        execFileSync('java', ['-Xmx4g', '-cp', classpath, 'JenaShacl', shapes, data], { encoding: 'utf8' }),
      );
      return {
        ms: Math.round(performance.now() - started),
        peakMB: out.peakMB,
        results: out.results,
        validateMs: out.validateMs,
      };
    },
  };
}

export const SERDI_HINT = 'apt-get install serdi';

/**
 * serdi reads the file and writes N-Triples to /dev/null (it has no parse-only mode): returns
 * {version, run(file, format)} or {missing}. Peak memory comes from GNU time when installed (/usr/bin/time).
 */
export function serdi() {
  const v = spawnSync('serdi', ['-v'], { encoding: 'utf8' });
  if (v.status !== 0) return { missing: ['serdi'] };
  const time = existsSync('/usr/bin/time');
  return {
    version: /serdi ([0-9.]+)/.exec(v.stdout + v.stderr)?.[1] ?? '?',
    run(file, format) {
      const args = ['-b', '-i', format === 'ntriples' ? 'ntriples' : 'turtle', '-o', 'ntriples', file];
      const started = performance.now();
      const r = time
        ? spawnSync('/usr/bin/time', ['-f', '%M', 'serdi', ...args], {
            stdio: ['ignore', 'ignore', 'pipe'],
            encoding: 'utf8',
          })
        : spawnSync('serdi', args, { stdio: 'ignore' });
      const ms = Math.round(performance.now() - started);
      if (r.status !== 0) throw new Error(`serdi failed on ${file}: ${r.stderr}`);
      return { ms, peakMB: time ? Math.round(Number(r.stderr.trim().split('\n').at(-1)) / 1024) : undefined };
    },
  };
}
