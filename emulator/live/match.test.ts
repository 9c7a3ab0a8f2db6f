// How a live contract is graded: the observation must have exactly the expectation's shape; a RegExp matches text.
import { matches, render } from './match';

describe('matches', () => {
  it('compares values, arrays and objects exactly: no extra key, no missing element, no loose equality', () => {
    expect(matches({ a: [1, 'x', null] }, { a: [1, 'x', null] })).toBe(true);
    expect(matches({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(matches({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(matches([1, 2], [1, 2, 3])).toBe(false);
    expect(matches('5', 5)).toBe(false);
    expect(matches(null, {})).toBe(false);
    expect(matches([], {})).toBe(false);
  });

  it('lets a RegExp in the expectation match a string, and nothing else', () => {
    expect(matches({ error: 'Lock timeout: another process…' }, { error: /^Lock timeout/ })).toBe(true);
    expect(matches('no error', /^Lock timeout/)).toBe(false);
    expect(matches(5, /5/)).toBe(false);
  });
});

describe('render', () => {
  it('writes JSON, with a RegExp as /source/ and a Date as its ISO text', () => {
    expect(render({ a: /x+/, b: new Date('2026-02-03T00:00:00Z'), c: [1, 'y'] })).toBe(
      '{"a":"/x+/","b":"Date 2026-02-03T00:00:00.000Z","c":[1,"y"]}',
    );
    expect(render(undefined)).toBe('undefined');
  });
});
