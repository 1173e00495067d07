import type { Benchmark } from '../registry.js';
import { cases } from './cases.js';
import { catalogue } from './catalogue.js';
import { identity } from './identity.js';
import { notices } from './notices.js';
import { platform } from './platform.js';

/** Every benchmark, in the order `npm run bench` runs them. A new one is a file here plus a line below. */
export const benchmarks: Benchmark[] = [platform, identity, catalogue, cases, notices];
