import type { AppConfig } from './config.js';
import type { DatabaseHandle } from './db/connect.js';

/** What every context's routes and services are built from. */
export type AppContext = {
  config: AppConfig;
  database: DatabaseHandle;
  startedAt: Date;
};
