import { ApiRequestError } from '../../../shared/http/http.js';
import { attemptSave, failureFields, saveFailureOf } from './save-failure.js';

describe(saveFailureOf.name, () => {
  it('offers to reload on a stale version, with the version stored now', () => {
    expect(saveFailureOf(new ApiRequestError(409, 'VERSION_CONFLICT', 'stale', [], 3))).toEqual({ kind: 'versionConflict', currentVersion: 3 });
    expect(saveFailureOf(new ApiRequestError(409, 'VERSION_CONFLICT', 'stale'))).toEqual({ kind: 'versionConflict', currentVersion: null });
  });

  it('keeps the field messages of a refused body and of a conflict', () => {
    const invalid = saveFailureOf(new ApiRequestError(400, 'VALIDATION_FAILED', 'bad', [{ path: 'body.password', message: 'x' }]));
    expect(invalid.kind).toBe('validation');
    expect(Object.keys(failureFields(invalid))).toEqual(['password']);
    const taken = saveFailureOf(new ApiRequestError(409, 'CONFLICT', 'taken', [{ path: 'body.username', message: 'Already in use.' }]));
    expect(failureFields(taken)).toEqual({ username: [{ key: 'taken' }] });
  });

  it('tells a refused permission, a missing record and other failures apart', () => {
    expect(saveFailureOf(new ApiRequestError(403, 'FORBIDDEN', 'no'))).toEqual({ kind: 'forbidden' });
    expect(saveFailureOf(new ApiRequestError(404, 'NOT_FOUND', 'no'))).toEqual({ kind: 'notFound' });
    expect(saveFailureOf(new ApiRequestError(0, 'NETWORK_ERROR', 'down'))).toEqual({ kind: 'failed', code: 'NETWORK_ERROR' });
    expect(saveFailureOf(new Error('boom'))).toEqual({ kind: 'failed', code: 'UNKNOWN' });
    expect(failureFields({ kind: 'forbidden' })).toEqual({});
    expect(failureFields(null)).toEqual({});
  });
});

describe(attemptSave.name, () => {
  it('answers the saved value, or the failure instead of throwing', async () => {
    await expect(attemptSave(() => Promise.resolve(7))).resolves.toEqual({ ok: true, value: 7 });
    await expect(attemptSave(() => Promise.reject(new ApiRequestError(403, 'FORBIDDEN', 'no')))).resolves.toEqual({ ok: false, failure: { kind: 'forbidden' } });
  });
});
