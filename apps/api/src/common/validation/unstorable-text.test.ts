import { unstorableTextPaths } from './unstorable-text.js';

describe(unstorableTextPaths.name, () => {
  it('finds nothing in ordinary text, Vietnamese and emoji included', () => {
    expect(unstorableTextPaths({ title: 'Báo cáo cải cách hành chính 😀', n: 3, ok: true, none: null })).toEqual([]);
  });

  it('names a string with a NUL character', () => {
    expect(unstorableTextPaths({ username: 'ad\u0000min' })).toEqual([['username']]);
  });

  it('names lone halves of a surrogate pair, high or low, but not a whole pair', () => {
    expect(unstorableTextPaths(['\ud800', 'a\udc00', '\ud83d\ude00'])).toEqual([['0'], ['1']]);
  });

  it('walks nested objects and arrays, and checks keys too', () => {
    const value = { content: { sections: [{ narrative: 'ok' }, { narrative: 'x\u0000' }] }, ['k\u0000']: 1 };
    expect(unstorableTextPaths(value)).toEqual([['content', 'sections', '1', 'narrative'], ['k\u0000']]);
  });

  it('reads a bare string as the part itself', () => {
    expect(unstorableTextPaths('\u0000')).toEqual([[]]);
  });
});
