/** The inline scripts the policy hashes: the checklist's first-paint script reads the checklist's own storage key. */
import { describe, expect, it } from 'vitest';
import { checklistSavedScript, inlineScripts } from '../../src/lib/inline-scripts';
import { checklistWorksheet } from '../../src/lib/ideal-customer/schemas';
import { storageKey } from '../../src/lib/worksheet-state';

describe('inline scripts', () => {
  it('the checklist’s first-paint script reads the key the checklist saves under, and is hashed into the policy', () => {
    expect(checklistSavedScript).toContain(`localStorage.getItem('${storageKey(checklistWorksheet)}')`);
    expect(inlineScripts).toContain(checklistSavedScript);
  });
});
