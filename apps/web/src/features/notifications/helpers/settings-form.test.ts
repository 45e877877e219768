import type { NotificationSettingsDto } from '@cchc/domain';
import { apiSettingsErrors, checkSettings, formOf, settingsBody } from './settings-form.js';

const approver: NotificationSettingsDto = {
  email: null,
  emailKinds: ['RETURNED', 'READY_FOR_SIGNATURE'],
  availableKinds: ['READY_FOR_SIGNATURE', 'RETURNED', 'ACCEPTED', 'DEADLINE_SOON', 'DEADLINE_PASSED', 'REMINDER_LETTER'],
  emailEnabled: true,
  version: 3,
};

describe('the e-mail settings form', () => {
  it('is filled from the stored settings, no address as an empty field, the kinds in the order offered', () => {
    expect(formOf(approver)).toEqual({ email: '', emailKinds: ['READY_FOR_SIGNATURE', 'RETURNED'] });
    expect(formOf({ ...approver, email: 'ld@stp.gov.vn' }).email).toBe('ld@stp.gov.vn');
  });

  it('sends the address without spaces, the kinds in the order offered, and the version it was read at', () => {
    expect(settingsBody({ email: '  ld@stp.gov.vn ', emailKinds: ['ACCEPTED', 'READY_FOR_SIGNATURE'] }, approver)).toEqual({
      email: 'ld@stp.gov.vn',
      emailKinds: ['READY_FOR_SIGNATURE', 'ACCEPTED'],
      version: 3,
    });
    expect(settingsBody({ email: '', emailKinds: [] }, approver)).toEqual({ email: '', emailKinds: [], version: 3 });
  });

  it('checks the address with the domain rule before sending: empty is none, a malformed or too long one is refused', () => {
    expect(checkSettings({ email: '', emailKinds: ['RETURNED'], version: 1 })).toEqual({});
    expect(checkSettings({ email: 'ld@stp.gov.vn', emailKinds: ['RETURNED'], version: 1 })).toEqual({});
    expect(checkSettings({ email: 'ld.stp.gov.vn', emailKinds: [], version: 1 })).toEqual({ email: [{ key: 'email' }] });
    expect(checkSettings({ email: `${'a'.repeat(250)}@stp.gov.vn`, emailKinds: [], version: 1 })).toEqual({ email: [{ key: 'emailTooLong', params: { max: 254 } }] });
  });

  it("puts the API's field errors under the field they name: the address, or the checkbox of the kind sent at that index", () => {
    const sent = ['RETURNED', 'SUBMITTED'] as const;
    expect(
      apiSettingsErrors(
        [
          { path: 'body.email', message: 'Invalid input' },
          { path: 'body.emailKinds.1', message: 'SUBMITTED never reaches a approver.' },
          { path: 'body.version', message: 'Too small' },
        ],
        sent,
      ),
    ).toEqual({
      email: [{ key: 'email' }],
      'emailKinds.SUBMITTED': [{ key: 'kind' }],
      '': [{ key: 'other', params: { detail: 'Too small' } }],
    });
    expect(apiSettingsErrors([{ path: 'body.emailKinds.7', message: 'Too many' }], sent)).toEqual({ emailKinds: [{ key: 'kind' }] });
  });
});
