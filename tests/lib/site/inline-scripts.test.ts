import { describe, expect, it } from 'vitest';
import { checklistWorksheet } from '../../../src/lib/worksheets/ideal-customer-checklist/schemas';
import { checklistSavedKey, checklistSavedScript, inlineScripts, routeViewScript } from '../../../src/lib/site/inline-scripts';
import { storageKey } from '../../../src/lib/worksheets/state';

describe('inline scripts', () => {
  it('checks the key the checklist really saves under', () => {
    expect(checklistSavedKey).toBe(storageKey(checklistWorksheet));
    expect(checklistSavedScript).toContain(JSON.stringify(storageKey(checklistWorksheet)));
  });

  it.each([
    ['?r=1abc', 'one'],
    ['?x=1&r=1abc', 'one'],
    ['', 'list'],
    ['?route=1', 'list'],
  ])('the route page with %j shows %s', (search, view) => {
    const root = { dataset: {} as Record<string, string> };
    new Function('document', 'location', routeViewScript)({ documentElement: root }, { search });
    expect(root.dataset['routeView']).toBe(view);
  });

  it.each([
    ['saved', '{}', true],
    ['nothing saved', null, false],
  ])('the checklist marks the page when %s', (_name, stored, marked) => {
    const root = { dataset: {} as Record<string, string> };
    const localStorage = { getItem: (key: string) => (key === checklistSavedKey ? stored : null) };
    new Function('document', 'localStorage', checklistSavedScript)({ documentElement: root }, localStorage);
    expect('checklistSaved' in root.dataset).toBe(marked);
  });

  it('lists each script once, for the policy', () => {
    expect(new Set(inlineScripts).size).toBe(inlineScripts.length);
    expect(inlineScripts).toContain(routeViewScript);
    expect(inlineScripts).toContain(checklistSavedScript);
  });
});
