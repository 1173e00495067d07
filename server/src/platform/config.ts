import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration comes only from the environment and is validated once at start-up.
 * A bad value is reported in one line naming the variable, and the process exits non-zero.
 */
const port = z.coerce.number().int().min(0).max(65535);
const hexKey = z.string().regex(/^[0-9a-fA-F]{32,128}$/, 'must be 32–128 hexadecimal characters');

// Fixed keys for development and demos only; production must supply its own (checked below).
const DEV_FIELD_KEY = '5467626e2d6465762d6669656c642d6b';
const DEV_AUDIT_KEY = '5467626e2d6465762d61756469742d6b';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CENTRE_NAME: z.string().min(1).default('舟山市行政审批服务中心'),
  CENTRE_NAME_EN: z.string().min(1).default('Zhoushan Administrative Approval Service Centre'),
  DEMO_DATA: z.enum(['true', 'false']).default('true'),
  BACKUP_DIRS: z.string().optional(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(1200),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(10),
  FIELD_ENCRYPTION_KEY: hexKey.optional(),
  AUDIT_HMAC_KEY: hexKey.optional(),
  COOKIE_SECURE: z.enum(['true', 'false']).default('true'),
  PUBLIC_BASE_URL: z.url().optional(),
  SMS_PROVIDER: z.enum(['smpp', 'outbox']).default('outbox'),
  SMPP_URL: z
    .string()
    .regex(/^smpps?:\/\//, 'must start with smpp:// or smpps://')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('通办 Tongban <noreply@tongban.local>'),
  BANK_GATEWAY_URL: z.url().optional(),
  BANK_GATEWAY_KEY: z.string().min(16, 'at least 16 characters').optional(),
});

export type AppConfig = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  filesDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  centreName: string;
  centreNameEn: string;
  demoData: boolean;
  backupDirs: [string, string, ...string[]];
  bodyLimitBytes: number;
  shutdownGraceMs: number;
  rateLimitPerMinute: number;
  loginRateLimitPerMinute: number;
  fieldEncryptionKey: string;
  auditHmacKey: string;
  cookieSecure: boolean;
  /** Where the public site is reached; printed into certificates' QR codes. */
  publicBaseUrl: string;
  /** Notifications (issue 9): SMS through SMPP, or the visible outbox page of the demo. */
  smsProvider: 'smpp' | 'outbox';
  smppUrl: string | undefined;
  /** E-mail through SMTP when set; otherwise e-mail also goes to the outbox page. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Payments (issue 8): the bank/treasury gateway and the key its callbacks are signed with. */
  bankGatewayUrl: string | undefined;
  bankGatewayKey: string | undefined;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings in the environment mean "not set", as shells and .env files produce them.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue ? String(issue.path[0]) : 'environment';
    throw new ConfigError(`配置错误 invalid configuration: ${name}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  // npm runs workspace scripts inside the workspace folder; paths are meant from where the
  // user typed `npm start` (INIT_CWD), so ./data is the project's data folder.
  const base = env.INIT_CWD ?? process.cwd();
  const dataDir = path.resolve(base, e.DATA_DIR);
  const backupDirs = (
    e.BACKUP_DIRS ??
    `${path.join(dataDir, '..', 'backups', 'primary')},${path.join(dataDir, '..', 'backups', 'secondary')}`
  )
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => path.resolve(base, d));
  if (backupDirs.length < 2) {
    throw new ConfigError('配置错误 invalid configuration: BACKUP_DIRS: two destinations are required (R-OPS-1)');
  }
  if (e.SMS_PROVIDER === 'smpp' && !e.SMPP_URL) {
    throw new ConfigError('配置错误 invalid configuration: SMPP_URL: required when SMS_PROVIDER=smpp');
  }
  if (e.NODE_ENV === 'production') {
    for (const name of ['FIELD_ENCRYPTION_KEY', 'AUDIT_HMAC_KEY'] as const) {
      if (!e[name]) throw new ConfigError(`配置错误 invalid configuration: ${name}: required in production`);
    }
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    filesDir: path.join(dataDir, 'files'),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    centreName: e.CENTRE_NAME,
    centreNameEn: e.CENTRE_NAME_EN,
    demoData: e.DEMO_DATA === 'true',
    backupDirs: backupDirs as [string, string, ...string[]],
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    fieldEncryptionKey: e.FIELD_ENCRYPTION_KEY ?? DEV_FIELD_KEY,
    auditHmacKey: e.AUDIT_HMAC_KEY ?? DEV_AUDIT_KEY,
    cookieSecure: e.COOKIE_SECURE === 'true',
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    smsProvider: e.SMS_PROVIDER,
    smppUrl: e.SMPP_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    bankGatewayUrl: e.BANK_GATEWAY_URL?.replace(/\/+$/, ''),
    bankGatewayKey: e.BANK_GATEWAY_KEY,
  };
}
