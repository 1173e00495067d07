/** PostgreSQL SQLSTATE of an error thrown by the driver, if it is one. */
export function sqlState(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
    ? err.code
    : undefined;
}

export const isUniqueViolation = (err: unknown): boolean => sqlState(err) === '23505';
export const isForeignKeyViolation = (err: unknown): boolean => sqlState(err) === '23503';
