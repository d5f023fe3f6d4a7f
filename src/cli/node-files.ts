/**
 * The command runs on Node: its spill files use Node's file system on every Node 20 (the library
 * finds it by itself only from Node 20.16 on, through process.getBuiltinModule).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useSpillFileSystem } from '../core/validate/fast/spill-registry.js';

useSpillFileSystem({ closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync, tmpdir, join });
