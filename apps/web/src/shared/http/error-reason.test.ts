import { createI18n } from 'vue-i18n';
import { appMessages } from '../i18n/app.messages.js';
import { errorReason, errorReasonKey } from './error-reason.js';

// The API's stable codes (apps/api/src/common/errors/error-codes.ts) and the client's own.
const API_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'UNAUTHENTICATED',
  'CSRF_TOKEN_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'CONFLICT',
  'VERSION_CONFLICT',
  'REPORT_EXISTS',
  'REPORT_READ_ONLY',
  'INVALID_TRANSITION',
  'SUBMISSION_BLOCKED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL_ERROR',
  'DATABASE_UNAVAILABLE',
  'DATABASE_TIMEOUT',
];
const CLIENT_CODES = ['NETWORK_ERROR', 'HTTP_ERROR', 'UNEXPECTED_RESPONSE'];
/** Something that reads like a code rather than a word: two capitals joined by an underscore. */
const CODE_LIKE = /[A-Z]+_[A-Z]+/;

function i18n(locale: 'vi' | 'en'): (key: string, named?: Record<string, unknown>) => string {
  const instance = createI18n({ legacy: false, locale, messages: { vi: appMessages.vi, en: appMessages.en } });
  return (key, named) => (named ? instance.global.t(key, named) : instance.global.t(key));
}

describe(errorReason.name, () => {
  it('gives every code of the API and of the client a reason of its own, not the catch-all', () => {
    for (const code of [...API_CODES, ...CLIENT_CODES]) expect([code, errorReason(code)]).not.toEqual([code, 'unknown']);
  });

  it('maps a failed connection, an ended session and a stale write to what the person can do', () => {
    expect(errorReason('NETWORK_ERROR')).toBe('network');
    expect(errorReason('UNAUTHENTICATED')).toBe('session');
    expect(errorReason('VERSION_CONFLICT')).toBe('changed');
    expect(errorReason('INTERNAL_ERROR')).toBe('server');
    expect(errorReason('DATABASE_UNAVAILABLE')).toBe('server');
    expect(errorReason('DATABASE_TIMEOUT')).toBe('server');
  });

  it('falls back to the catch-all for a code it does not know, none, or an inherited property name', () => {
    expect(errorReason('SOMETHING_NEW')).toBe('unknown');
    expect(errorReason(null)).toBe('unknown');
    expect(errorReason(undefined)).toBe('unknown');
    expect(errorReason('toString')).toBe('unknown');
  });
});

describe('error texts', () => {
  it.each(['vi', 'en'] as const)('explain every code in %s in words, without the code', (locale) => {
    const t = i18n(locale);
    for (const code of [...API_CODES, ...CLIENT_CODES, 'UNKNOWN']) {
      const key = errorReasonKey(code);
      const text = t(key);
      expect([code, text]).not.toEqual([code, key]);
      expect(text).not.toMatch(CODE_LIKE);
    }
  });

  it('say that the data did not load, and why, without a technical code', () => {
    const vi = i18n('vi');
    expect(vi('state.error', { reason: vi(errorReasonKey('NETWORK_ERROR')) })).toBe(
      'Không tải được dữ liệu. Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
    );
    const en = i18n('en');
    expect(en('state.error', { reason: en(errorReasonKey('INTERNAL_ERROR')) })).toBe(
      'Could not load the data. The server ran into a problem. Please try again in a few minutes; if it persists, tell the administrator.',
    );
  });
});
