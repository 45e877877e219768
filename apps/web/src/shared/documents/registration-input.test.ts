import { registrationInput } from './registration-input.js';

describe(registrationInput.name, () => {
  it('takes a number and a day, trimmed', () => {
    expect(registrationInput(' 41 ', '2021-03-12')).toEqual({ value: { number: '41', issuedOn: '2021-03-12' }, problems: {} });
    expect(registrationInput('41a', '2021-03-12').value?.number).toBe('41a');
  });

  it('is nothing to send when both are empty', () => {
    expect(registrationInput(' ', '')).toEqual({ value: null, problems: {} });
  });

  it('asks for the other field when only one is typed', () => {
    expect(registrationInput('41', '').problems).toEqual({ issuedOn: 'both' });
    expect(registrationInput('', '2021-03-12').problems).toEqual({ number: 'both' });
  });

  it('refuses the whole symbol in place of the number and a date that is not a day', () => {
    expect(registrationInput('41/BC-STP', '2021-03-12').problems).toEqual({ number: 'number' });
    expect(registrationInput('41', '31/02/2021').problems).toEqual({ issuedOn: 'date' });
    expect(registrationInput('41/BC', '31/02/2021').value).toBeNull();
  });
});
