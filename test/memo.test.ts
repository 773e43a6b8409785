// The bounded memo behind the engine's advice and the cards' expansions: each key worked out once while it is
// remembered, the least recently used forgotten first, and a remembered result that no caller can change.
import { boundedMemo, deepFreeze } from '../src/memo';

function counted(limit: number) {
  const calls: string[] = [];
  const square = boundedMemo(
    (n: number) => {
      calls.push(String(n));
      return { n, squares: [n * n] };
    },
    (n) => String(n),
    limit,
  );
  return { square, calls };
}

describe('boundedMemo', () => {
  it('works a key out once while it is remembered', () => {
    const { square, calls } = counted(2);
    expect(square(3)).toEqual({ n: 3, squares: [9] });
    expect(square(3)).toBe(square(3));
    expect(calls).toEqual(['3']);
  });

  it('forgets the least recently used key first', () => {
    const { square, calls } = counted(2);
    square(1);
    square(2);
    square(1); // 2 is now the least recently used
    square(3);
    square(1);
    square(2);
    expect(calls).toEqual(['1', '2', '3', '2']);
  });

  it('remembers an undefined result too', () => {
    const calls: number[] = [];
    const nothing = boundedMemo((n: number) => void calls.push(n), String, 4);
    nothing(1);
    nothing(1);
    expect(calls).toEqual([1]);
  });

  it('hands out results that no caller can change', () => {
    const { square } = counted(2);
    const shared = square(4);
    expect(() => shared.squares.push(1)).toThrow(TypeError);
    expect(() => Object.assign(shared, { n: 5 })).toThrow(TypeError);
    expect(square(4)).toEqual({ n: 4, squares: [16] });
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and leaves primitives alone', () => {
    const value = deepFreeze({ a: [{ b: 1 }], c: 'x' });
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(deepFreeze(7)).toBe(7);
    expect(deepFreeze(null)).toBeNull();
  });
});
