import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPupilByNameAndBirth, insertPupil, type PupilFields } from '../../src-main/roster/pupils';
import { openTestApp, type TestApp } from '../helpers/app';

const card = (surname: string, name: string, birthDate: string | null): PupilFields => ({
  surname,
  name,
  patronymic: null,
  birthDate,
  sex: null,
  pin: null,
  address: null,
});

describe('finding a pupil by name and birth date', () => {
  let t: TestApp;
  beforeEach(() => {
    t = openTestApp();
  });
  afterEach(() => t.close());

  it('ignores the case of Cyrillic and Kyrgyz letters, which SQLite cannot', () => {
    const p = insertPupil(t.db, card('Үсөнов', 'Азамат', '2014-03-05'));
    expect(findPupilByNameAndBirth(t.db, card('үсөнов', 'АЗАМАТ', '2014-03-05'))?.id).toBe(p.id);
    expect(findPupilByNameAndBirth(t.db, card(' Үсөнов ', 'азамат', '2014-03-05'))?.id).toBe(p.id);
    expect(findPupilByNameAndBirth(t.db, card('Усөнов', 'Азамат', '2014-03-05'))).toBeNull();
    expect(findPupilByNameAndBirth(t.db, card('Үсөнов', 'Азамат', '2014-03-06'))).toBeNull();
    expect(findPupilByNameAndBirth(t.db, card('Үсөнов', 'Азамат', null))).toBeNull();
  });

  it('finds none when two pupils share the name and the birth date', () => {
    insertPupil(t.db, card('Асанов', 'Бакыт', '2013-01-01'));
    insertPupil(t.db, card('асанов', 'бакыт', '2013-01-01'));
    expect(findPupilByNameAndBirth(t.db, card('Асанов', 'Бакыт', '2013-01-01'))).toBeNull();
  });
});
