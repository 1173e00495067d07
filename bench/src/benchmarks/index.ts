import type { Benchmark } from '../registry.js';
import { casesIssue5 } from './cases-issue5.js';
import { catalogue } from './catalogue.js';
import { identity } from './identity.js';
import { joint } from './joint.js';
import { messaging } from './messaging.js';
import { noticesRender } from './notices-render.js';
import { payments } from './payments.js';
import { platform } from './platform.js';

/** Every benchmark, in the order `npm run bench` runs them. A new one is a file here plus a line below. */
export const benchmarks: Benchmark[] = [
  platform,
  identity,
  catalogue,
  casesIssue5,
  noticesRender,
  messaging,
  payments,
  joint,
];
