// Every problem the stretch checks can report has words, for the editor and for a refused file.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/stretches/custom';
import { fieldProblemText, fileProblemLine } from '../../src/ui/problem-text';
import { installEnglish } from '../support/messages';

beforeAll(installEnglish);

const codes: Problem['code'][] = [
  'missing',
  'unknownField',
  'wrongType',
  'empty',
  'tooLong',
  'tooMany',
  'tooFew',
  'outOfRange',
  'badId',
  'noSuchFigure',
  'duplicateId',
];

describe('problem text', () => {
  it('puts every code into words, never a bare key', () => {
    for (const code of codes) {
      const text = fieldProblemText({ path: 'stretches[0].name', code, limit: 3 });
      expect(text, code).toMatch(/^[A-Z“].+\.$/);
      expect(text).not.toMatch(/custom[A-Z]/);
    }
  });

  it('says what is allowed for the dose, whatever the code', () => {
    expect(fieldProblemText({ path: 'form.dose.count', code: 'wrongType' })).toBe('Choose from 1 to 20 breaths.');
    expect(fieldProblemText({ path: 'form.dose.seconds', code: 'outOfRange', limit: 5 })).toBe('Choose a hold from 5 to 300 seconds.');
    expect(fieldProblemText({ path: 'form.steps[2]', code: 'empty' })).toBe('Write this step, or remove it.');
  });

  it('says where in the file a problem is', () => {
    expect(fileProblemLine({ path: 'stretches[4].steps[1]', code: 'tooLong', limit: 200 })).toBe(
      'Stretch 5, Step 2: Use at most 200 characters.',
    );
    expect(fileProblemLine({ path: 'stretches[0].sidePlan', code: 'unknownField' })).toBe(
      'Stretch 1: Only a stretch done on both sides says which side comes first.',
    );
    expect(fileProblemLine({ path: 'stretches[1].id', code: 'duplicateId' })).toBe(
      'Stretch 2, Id: Another stretch in the file has the same id.',
    );
    expect(fileProblemLine({ path: 'stretches', code: 'tooMany', limit: 50 })).toBe('A file holds at most 50 stretches.');
    expect(fileProblemLine({ path: 'surprise', code: 'unknownField' })).toBe('Unhunch does not know the field “surprise”.');
    expect(fileProblemLine({ path: 'stretches[2]', code: 'wrongType' })).toBe(
      'Stretch 3: This is not one of the values Unhunch accepts here.',
    );
  });
});
