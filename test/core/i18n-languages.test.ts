/**
 * The kiosk languages: every message catalog has complete Turkish and Arabic
 * packs — the keys of German, the placeholders of German, the plural forms
 * the language needs — registered as lazy packs, and formatted with the
 * language's numbers and dates.
 *
 * The German texts are read from the catalog's module as the test server
 * serves it (the `de` object is not exported), and checked against what the
 * catalog itself answers, so the test compares with the German the widgets
 * really show.
 */
import { expect } from '@open-wc/testing';
import type { Message, Messages, PluralMessage } from '../../src/i18n/messages.js';
import { coreMessages } from '../../src/i18n/core-messages.js';
import coreTr from '../../src/i18n/core-messages-tr.js';
import coreAr from '../../src/i18n/core-messages-ar.js';
import { configurationMessages } from '../../src/ui/configuration-messages.js';
import configTr from '../../src/ui/configuration-messages-tr.js';
import configAr from '../../src/ui/configuration-messages-ar.js';
import { formatBytes, validationMessage, validationMessages } from '../../src/forms/validation-messages.js';
import validationTr from '../../src/forms/validation-messages-tr.js';
import validationAr from '../../src/forms/validation-messages-ar.js';
import { fieldMessages } from '../../src/fields/messages.js';
import fieldsTr from '../../src/fields/messages-tr.js';
import fieldsAr from '../../src/fields/messages-ar.js';
import { finderMessages } from '../../widgets/service-finder/messages.js';
import finderTr from '../../widgets/service-finder/messages-tr.js';
import finderAr from '../../widgets/service-finder/messages-ar.js';
import { formMessages } from '../../widgets/application-form/messages.js';
import formTr from '../../widgets/application-form/messages-tr.js';
import formAr from '../../widgets/application-form/messages-ar.js';
import { statusMessages } from '../../widgets/status-tracker/messages.js';
import statusTr from '../../widgets/status-tracker/messages-tr.js';
import statusAr from '../../widgets/status-tracker/messages-ar.js';
import { timelineMessages } from '../../widgets/status-tracker/timeline-messages.js';
import timelineTr from '../../widgets/status-tracker/timeline-messages-tr.js';
import timelineAr from '../../widgets/status-tracker/timeline-messages-ar.js';
import { kioskMessages } from '../../widgets/kiosk/messages.js';
import kioskTr from '../../widgets/kiosk/messages-tr.js';
import kioskAr from '../../widgets/kiosk/messages-ar.js';
import { keyboardMessages } from '../../widgets/kiosk/keyboard-messages.js';
import keyboardTr from '../../widgets/kiosk/keyboard-messages-tr.js';
import keyboardAr from '../../widgets/kiosk/keyboard-messages-ar.js';
import { linkMessages } from '../../widgets/kiosk/link-messages.js';
import linkTr from '../../widgets/kiosk/link-messages-tr.js';
import linkAr from '../../widgets/kiosk/link-messages-ar.js';
import { formatDate, formatDuration } from '../../widgets/service-finder/detail/formatting.js';
import { germanOf, type Texts } from './i18n-helpers.js';


interface Catalog {
  /** The catalog module, relative to this test. */
  source: string;
  catalog: Messages<string>;
  packs: { tr: Texts; ar: Texts };
}

const CATALOGS: Catalog[] = [
  { source: '../../src/i18n/core-messages.ts', catalog: coreMessages, packs: { tr: coreTr, ar: coreAr } },
  { source: '../../src/ui/configuration-messages.ts', catalog: configurationMessages, packs: { tr: configTr, ar: configAr } },
  { source: '../../src/forms/validation-messages.ts', catalog: validationMessages, packs: { tr: validationTr, ar: validationAr } },
  { source: '../../src/fields/messages.ts', catalog: fieldMessages, packs: { tr: fieldsTr, ar: fieldsAr } },
  { source: '../../widgets/service-finder/messages.ts', catalog: finderMessages, packs: { tr: finderTr, ar: finderAr } },
  { source: '../../widgets/application-form/messages.ts', catalog: formMessages, packs: { tr: formTr, ar: formAr } },
  { source: '../../widgets/status-tracker/messages.ts', catalog: statusMessages, packs: { tr: statusTr, ar: statusAr } },
  { source: '../../widgets/status-tracker/timeline-messages.ts', catalog: timelineMessages, packs: { tr: timelineTr, ar: timelineAr } },
  { source: '../../widgets/kiosk/messages.ts', catalog: kioskMessages, packs: { tr: kioskTr, ar: kioskAr } },
  { source: '../../widgets/kiosk/keyboard-messages.ts', catalog: keyboardMessages, packs: { tr: keyboardTr, ar: keyboardAr } },
  { source: '../../widgets/kiosk/link-messages.ts', catalog: linkMessages, packs: { tr: linkTr, ar: linkAr } },
] as unknown as Catalog[];

const LANGUAGES = ['tr', 'ar'] as const;

/** Numbers that select the plural forms (`count`), or that a validation message shows (`min`, `max`). */
const NUMERIC = new Set(['count', 'min', 'max']);

/** Keys whose Turkish text may equal the German one. */
const SAME_IN_TURKISH = new Set(['status.pin', 'finder.office.phone']);

const german = new Map<string, Texts>();
before(async () => {
  for (const { source } of CATALOGS) german.set(source, await germanOf(source));
});

function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

function union(message: Message): string[] {
  return [...new Set(forms(message).flatMap(placeholders))].sort();
}

/** Placeholders every form must keep: those in every German form, but not the number itself ("ثانية واحدة", "one second"). */
function requiredInEveryForm(message: Message): string[] {
  const all = forms(message).map(placeholders);
  return (all[0] ?? []).filter((name) => !NUMERIC.has(name) && all.every((list) => list.includes(name)));
}

describe('Turkish and Arabic language packs', () => {
  it('cover every message catalog, and the German texts read here are the catalog’s own', () => {
    expect(CATALOGS).to.have.length(11);
    for (const { source, catalog } of CATALOGS) {
      const de = german.get(source)!;
      expect(Object.keys(de).length, source).to.be.greaterThan(5);
      for (const [key, message] of Object.entries(de)) {
        if (typeof message === 'string') expect(catalog.format('de', key), key).to.equal(message);
      }
    }
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      it('is registered as a lazy pack in every catalog, and the catalog then speaks it', async () => {
        for (const { source, catalog, packs } of CATALOGS) {
          expect(catalog.languages, source).to.include(language);
          await catalog.load(language);
          for (const [key, message] of Object.entries(packs[language])) {
            if (typeof message === 'string') expect(catalog.format(language, key), `${language} ${key}`).to.equal(message);
          }
        }
      });

      it('has exactly the keys of German in every catalog', () => {
        for (const { source, packs } of CATALOGS) {
          const de = Object.keys(german.get(source)!).sort();
          const translated = Object.keys(packs[language]).sort();
          expect(
            de.filter((key) => !translated.includes(key)),
            `${language} misses in ${source}`,
          ).to.deep.equal([]);
          expect(
            translated.filter((key) => !de.includes(key)),
            `${language} has extra keys in ${source}`,
          ).to.deep.equal([]);
        }
      });

      it('keeps the placeholders of German in every message', () => {
        for (const { source, packs } of CATALOGS) {
          const de = german.get(source)!;
          for (const [key, original] of Object.entries(de)) {
            const message = packs[language][key];
            if (message === undefined) continue;
            const where = `${language} ${key}`;
            expect(union(message), where).to.deep.equal(union(original));
            if (typeof original !== 'string' && typeof message !== 'string') {
              expect(placeholders(message.other), `${where} (other)`).to.deep.equal(placeholders(original.other));
              for (const form of forms(message)) expect(placeholders(form), where).to.include.members(requiredInEveryForm(original));
            }
          }
        }
      });

      it('has the plural forms Intl.PluralRules needs, where German has plural forms', () => {
        const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories as (keyof PluralMessage)[];
        expect(needed).to.include.members(['one', 'other']);
        let plurals = 0;
        for (const { source, packs } of CATALOGS) {
          for (const [key, original] of Object.entries(german.get(source)!)) {
            const message = packs[language][key];
            if (message === undefined) continue;
            const where = `${language} ${key}`;
            expect(typeof message, where).to.equal(typeof original);
            if (typeof message === 'string' || typeof original === 'string') continue;
            plurals++;
            expect(Object.keys(message), where).to.include.members(needed);
            // No form the language does not use, except an explicit "none" that German has too.
            const allowed = new Set<string>([...needed, ...(original.zero !== undefined ? ['zero'] : [])]);
            expect(
              Object.keys(message).filter((form) => !allowed.has(form)),
              where,
            ).to.deep.equal([]);
            for (const form of forms(message)) expect(form.trim(), where).not.to.equal('');
          }
        }
        expect(plurals).to.be.greaterThan(20);
      });

      it('is translated, not copied', () => {
        const copied: string[] = [];
        for (const { source, packs } of CATALOGS) {
          for (const [key, original] of Object.entries(german.get(source)!)) {
            const message = packs[language][key];
            if (message === undefined) continue;
            for (const text of forms(message)) {
              // Texts that are nothing but placeholders and punctuation stay as they are.
              const words = text.replace(/\{\w+\}/g, '').replace(/[\s\p{P}\p{S}]/gu, '');
              if (!words) continue;
              const untranslated = language === 'ar' ? !/\p{Script=Arabic}/u.test(text) : !SAME_IN_TURKISH.has(key) && forms(original).includes(text);
              if (untranslated) copied.push(`${key}: ${text}`);
            }
          }
        }
        expect(copied).to.deep.equal([]);
      });
    });
  }

  it('closes every Unicode isolate it opens in Arabic (code and details inside right-to-left text)', () => {
    for (const { packs } of CATALOGS) {
      for (const [key, message] of Object.entries(packs.ar)) {
        for (const text of forms(message)) {
          const opened = (text.match(/[\u2066\u2067\u2068]/g) ?? []).length;
          expect((text.match(/\u2069/g) ?? []).length, key).to.equal(opened);
        }
      }
    }
  });
});

describe('numbers, plurals and dates in Turkish and Arabic', () => {
  before(() => Promise.all(CATALOGS.flatMap(({ catalog }) => LANGUAGES.map((language) => catalog.load(language)))));

  it('picks the Arabic plural form by Intl.PluralRules and writes the number as Intl does for Arabic', () => {
    const day = (count: number) => finderMessages.format('ar', 'finder.unit.day', { count });
    expect(day(1)).to.equal('يوم واحد');
    expect(day(2)).to.equal('يومين');
    // Which digits Arabic uses depends on the browser's CLDR data (Arabic-Indic or Latin); whatever Intl says.
    const n = (value: number) => value.toLocaleString('ar');
    expect(day(3)).to.equal(`${n(3)} أيام`);
    expect(day(11)).to.equal(`${n(11)} يومًا`);
    expect(day(100)).to.equal(`${n(100)} يوم`);
    expect(day(1500)).to.equal(`${n(1500)} يوم`);
    expect(finderMessages.format('ar', 'finder.results.count', { count: 0, query: 'Hund' })).to.equal('لا توجد نتائج للبحث عن «Hund»');
  });

  it('writes Turkish numbers with Turkish separators', () => {
    expect(finderMessages.format('tr', 'finder.browse.serviceCount', { count: 1200 })).to.equal('1.200 hizmet');
    expect(formMessages.format('tr', 'form.progress', { current: 2, total: 3 })).to.equal('Adım 2 / 3');
    expect(formatDuration('tr', { value: 2, valueTo: 4, unit: 'week' })).to.equal('2 ile 4 hafta arası');
  });

  it('formats dates, sizes and limits in validation messages with the language', () => {
    const early = { code: 'dateTooEarly', params: { min: '2026-01-05' } } as const;
    expect(validationMessage('tr', early)).to.equal(`Tarih en erken ${new Date('2026-01-05T12:00:00Z').toLocaleDateString('tr', { timeZone: 'UTC' })} olabilir.`);
    expect(validationMessage('tr', early)).to.contain('05.01.2026');
    expect(validationMessage('ar', early)).to.equal(`يجب أن يكون التاريخ في ${new Date('2026-01-05T12:00:00Z').toLocaleDateString('ar', { timeZone: 'UTC' })} أو بعده.`);
    expect(validationMessage('ar', { code: 'tooShort', params: { min: 1 } })).to.equal('يُرجى إدخال حرف واحد على الأقل.');
    expect(validationMessage('ar', { code: 'tooShort', params: { min: 5 } })).to.equal(`يُرجى إدخال ${(5).toLocaleString('ar')} أحرف على الأقل.`);
    const big = validationMessage('ar', { code: 'fileTooBig', params: { max: 10 * 1024 ** 2, name: 'a.pdf' } });
    expect(big).to.contain(formatBytes('ar', 10 * 1024 ** 2)).and.to.contain('«a.pdf»');
    expect(formatDate('ar', '2026-12-24')).to.equal(new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 24, 12)));
    expect(formatDate('tr', '2026-12-24')).to.equal('24 Ara 2026');
  });
});
