import { MAX_NESTING_DEPTH, tooDeepPath } from './nesting-depth.js';

describe(tooDeepPath.name, () => {
  const nest = (depth: number): unknown => {
    let value: unknown = 'leaf';
    for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { a: value };
    return value;
  };

  it('accepts plain values and ordinary request bodies', () => {
    expect(tooDeepPath('text')).toBeNull();
    expect(tooDeepPath(null)).toBeNull();
    expect(tooDeepPath({ content: { sections: [{ narrative: 'ok', items: [[1]] }] } })).toBeNull();
  });

  it('accepts nesting up to the limit', () => {
    expect(tooDeepPath(nest(MAX_NESTING_DEPTH))).toBeNull();
  });

  it('names the first container past the limit', () => {
    const path = tooDeepPath(nest(MAX_NESTING_DEPTH + 1));
    expect(path).toHaveLength(MAX_NESTING_DEPTH);
  });

  it('walks a nesting far deeper than the call stack allows without overflowing', () => {
    expect(tooDeepPath(nest(200_000))).toHaveLength(MAX_NESTING_DEPTH);
  });
});
