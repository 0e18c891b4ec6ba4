import { fieldNameForProblem, forbiddenCharacterErrors, forbiddenCharacterMessage } from './safe-text';

describe('characters no text may hold', () => {
  it.each([
    ['NUL', 'a\u0000b', 'Inneholder tegnet U+0000 (NUL), som ikke kan lagres.'],
    ['a C0 control', 'a\u001bb', 'Inneholder kontrolltegnet U+001B, som ikke er tillatt i tekst.'],
    ['vertical tab', 'a\u000bb', 'Inneholder kontrolltegnet U+000B, som ikke er tillatt i tekst.'],
    ['DEL', 'a\u007f', 'Inneholder kontrolltegnet U+007F, som ikke er tillatt i tekst.'],
    ['a C1 control', '\u0085', 'Inneholder kontrolltegnet U+0085, som ikke er tillatt i tekst.'],
    ['a noncharacter', '\uffff', 'Inneholder tegnet U+FFFF, som ikke er et tegn.'],
    ['a lone high surrogate', 'a\ud83d', 'Er ikke gyldig Unicode (et enslig surrogat, U+D83D).'],
    ['a lone low surrogate', '\ude00b', 'Er ikke gyldig Unicode (et enslig surrogat, U+DE00).'],
  ])('refuses %s', (_name, text, message) => {
    expect(forbiddenCharacterMessage(text)).toBe(message);
  });

  it('accepts tab, line breaks, Norwegian, emoji, right-to-left text and joiners', () => {
    for (const text of ['a\tb\r\nc\n', 'Blåbærsyltetøy', '😀 👩‍👩‍👧', 'مرحبا \u200Fשלום', 'می\u200Cخواهم', '']) {
      expect(forbiddenCharacterMessage(text)).toBeNull();
    }
  });

  it('names the path of every field, as class-validator does, keys included', () => {
    const errors = forbiddenCharacterErrors({
      title: 'ok',
      budgetLines: [{ description: 'ok' }, { description: 'x' }, { description: 'Husleie\u0000' }],
      contact: { name: 'Kari\u0007' },
      'bad\u0000key': 1,
      tags: ['a', '\ud800'],
      amount: 5,
      nothing: null,
    });
    expect(errors.map((e) => e.field)).toEqual([
      'budgetLines[2].description',
      'contact.name',
      'bad\\u0000key',
      'tags[1]',
    ]);
    expect(new Set(errors.map((e) => e.rule))).toEqual(new Set(['forbiddenCharacter']));
    expect(forbiddenCharacterErrors('a\u0000', 'id')).toEqual([expect.objectContaining({ field: 'id' })]);
    expect(forbiddenCharacterErrors({ q: 'x\u0000' }, '')).toEqual([expect.objectContaining({ field: 'q' })]);
  });

  it('walks a deep value without recursion and reports at most 20 fields', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(forbiddenCharacterErrors(deep)).toHaveLength(1);
    expect(forbiddenCharacterErrors(Array(1000).fill('\u0000'))).toHaveLength(20);
  });

  it('cuts long field names in problems', () => {
    expect(fieldNameForProblem('a'.repeat(61))).toBe(`${'a'.repeat(60)}…`);
    expect(fieldNameForProblem('name')).toBe('name');
  });
});
