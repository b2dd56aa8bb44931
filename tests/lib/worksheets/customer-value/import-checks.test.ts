/** Plausibility before an import, multilingual header guessing, currencies, bad cells brought in marked, remembered mappings, name cuts, undo and clear. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldIds, guessMapping, type FieldId, type Mapping } from '../../../../src/lib/worksheets/customer-value/columns';
import { withCurrency } from '../../../../src/lib/worksheets/customer-value/currency';
import { currencyOf } from '../../../../src/lib/worksheets/customer-value/currency-detect';
import { valueMarkdown } from '../../../../src/lib/worksheets/customer-value/export';
import { compactHeader } from '../../../../src/lib/worksheets/customer-value/header-words';
import { cutName, distinctCuts } from '../../../../src/lib/worksheets/customer-value/name-cut';
import { guessScales, looksLikeCents, scaleNotice, sheetWarnings } from '../../../../src/lib/worksheets/customer-value/plausibility';
import { readSheet, splitNotes } from '../../../../src/lib/worksheets/customer-value/read-sheet';
import { addCustomer, customerEntries, needsFix, updateCustomer } from '../../../../src/lib/worksheets/customer-value/records';
import { customerValueWorksheet, defaultAssumptions } from '../../../../src/lib/worksheets/customer-value/schemas';
import { scoreList } from '../../../../src/lib/worksheets/customer-value/score';
import { checkSheet } from '../../../../src/lib/worksheets/customer-value/sheet';
import { mappingsKey, recallMapping, rememberMapping } from '../../../../src/lib/worksheets/customer-value/sheet-memory';
import { backupBefore, clearCustomers, lastActionKey, readBackup, readLastAction, revertTo } from '../../../../src/lib/worksheets/customer-value/undo';
import { readSaved } from '../../../../src/lib/worksheets/state';
import { customerWith } from '../../../helpers/customer-value-data';

const mapped = (headers: string[]) => {
  const m = guessMapping(headers);
  return Object.fromEntries(fieldIds.flatMap((id) => (m[id] === null ? [] : [[id, headers[m[id]!]]])));
};

describe('header guessing', () => {
  it.each<[string, string[], Partial<Record<FieldId, string>>]>([
    ['English', ['Customer', 'Revenue', 'GM %', 'Cost to serve', 'Order count', 'Last purchase'], { name: 'Customer', revenue: 'Revenue', margin: 'GM %', costToServe: 'Cost to serve', orders: 'Order count', lastOrder: 'Last purchase' }],
    ['German', ['Firma', 'Umsatz', 'Marge', 'Betreuungskosten', 'Anzahl Aufträge', 'Datum letzte Bestellung'], { name: 'Firma', revenue: 'Umsatz', margin: 'Marge', costToServe: 'Betreuungskosten', orders: 'Anzahl Aufträge', lastOrder: 'Datum letzte Bestellung' }],
    ['French', ['Nom du client', "Chiffre d'affaires", 'Marge brute', 'Coût de service', 'Nombre de commandes', 'Dernière commande'], { name: 'Nom du client', revenue: "Chiffre d'affaires", margin: 'Marge brute', costToServe: 'Coût de service', orders: 'Nombre de commandes', lastOrder: 'Dernière commande' }],
    ['Spanish', ['Cliente', 'Ingresos anuales', 'Margen bruto', 'Coste de servicio', 'Pedidos', 'Último pedido'], { name: 'Cliente', revenue: 'Ingresos anuales', margin: 'Margen bruto', costToServe: 'Coste de servicio', orders: 'Pedidos', lastOrder: 'Último pedido' }],
    ['Dutch', ['Klantnaam', 'Jaaromzet', 'Brutomarge', 'Servicekosten', 'Aantal bestellingen', 'Laatste bestelling'], { name: 'Klantnaam', revenue: 'Jaaromzet', margin: 'Brutomarge', costToServe: 'Servicekosten', orders: 'Aantal bestellingen', lastOrder: 'Laatste bestelling' }],
    ['HubSpot', ['hs_object_id', 'name', 'annualrevenue', 'hs_gross_margin', 'hs_num_orders', 'hs_last_order_date'], { name: 'name', revenue: 'annualrevenue', margin: 'hs_gross_margin', orders: 'hs_num_orders', lastOrder: 'hs_last_order_date' }],
    ['Salesforce', ['Account_Name', 'Annual_Revenue__c', 'Gross-Margin__c', 'Cost_To_Serve__c'], { name: 'Account_Name', revenue: 'Annual_Revenue__c', margin: 'Gross-Margin__c', costToServe: 'Cost_To_Serve__c' }],
    ['upper case and signs', ['CUSTOMER NAME', 'ANNUAL-REVENUE ($)', 'MARGIN (%)'], { name: 'CUSTOMER NAME', revenue: 'ANNUAL-REVENUE ($)', margin: 'MARGIN (%)' }],
  ])('%s headers map with no manual choice', (_, headers, expected) => expect(mapped(headers)).toEqual(expected));

  it.each([
    ['HS_Annual-Revenue (€)', 'annualrevenue'],
    ['account_name', 'name'],
    ['Gross_Margin__c', 'grossmargin'],
    ['Straße', 'strasse'],
    ['hs_', 'hs'],
  ])('compacts %s to %s', (header, compact) => expect(compactHeader(header)).toBe(compact));

  it('passes over a column that is empty in every row', () => {
    expect(guessMapping(['Kunde', 'Customer', 'Revenue'], [['', 'A', '1'], ['', 'B', '2']]).name).toBe(1);
    expect(guessMapping(['Kunde', 'Customer', 'Revenue']).name).toBe(0);
  });
});

const sheetOf = (text: string) => readSheet(text)!;
const mappingOf = (text: string): [ReturnType<typeof sheetOf>, Mapping] => {
  const sheet = sheetOf(text);
  return [sheet, guessMapping(sheet.headers, sheet.rows.map((r) => r.cells))];
};

describe('plausibility', () => {
  it.each<[string, string, Partial<Record<FieldId, number>>]>([
    ['fractions', 'Name,Revenue,Margin\nA,100,0.22\nB,100,0.3\n', { margin: 100 }],
    ['negative fractions', 'Name,Revenue,Margin\nA,100,-0.05\nB,100,0.3\n', { margin: 100 }],
    ['comma fractions', 'Name;Revenue;Margin\nA;100;0,22\nB;100;0,3\n', { margin: 100 }],
    ['fractions of retention', 'Name,Revenue,Retention\nA,100,0.8\nB,100,0.85\n', { retention: 100 }],
    ['whole percents', 'Name,Revenue,Margin\nA,100,22\nB,100,30\n', {}],
    ['percent signs', 'Name,Revenue,Margin\nA,100,0.5%\nB,100,0.8%\n', {}],
    ['only zeros and ones', 'Name,Revenue,Margin\nA,100,0\nB,100,1\n', {}],
    ['a fraction beside a whole percent', 'Name,Revenue,Margin\nA,100,0.22\nB,100,30\n', {}],
  ])('%s', (_, text, scales) => {
    const [sheet, mapping] = mappingOf(text);
    expect(guessScales(sheet, mapping)).toEqual(scales);
  });

  it.each([
    ['22', '22'],
    ['22 %', '22 %'],
    ['22%', '22%'],
    ['0.22 read as a fraction', '0.22'],
  ])('stores 22 for a margin written %s', (_, cell) => {
    const [sheet, mapping] = mappingOf(`Name,Revenue,Margin\nA,100,${cell}\n`);
    expect(checkSheet(sheet, mapping, { scales: guessScales(sheet, mapping) }).good[0]!.values.margin).toBe(22);
  });

  it('stores 22 for "0,22" in a semicolon file, and reversing the reading stores 0.22', () => {
    const [sheet, mapping] = mappingOf('Name;Revenue;Margin\nA;100;0,22\n');
    expect(checkSheet(sheet, mapping, { scales: guessScales(sheet, mapping) }).good[0]!.values.margin).toBe(22);
    expect(checkSheet(sheet, mapping, { scales: {} }).good[0]!.values.margin).toBe(0.22);
    expect(scaleNotice('margin', 100)).toBe('The gross margin column holds fractions, so 0.22 is read as 22 %.');
  });

  const row = (n: number, values: object) => ({ row: n, name: `C${n}`, values });
  it.each<[string, object[], string[]]>([
    ['nothing odd', [row(2, { revenue: 100, margin: 30 }), row(3, { revenue: 100, margin: 20, lastOrder: '2026-11-01' })], []],
    ['every margin under 1 %', [row(2, { revenue: 1e6, margin: 0.22 }), row(3, { revenue: 1e6, margin: 0.3 })], ['Every gross margin is under 1 %. If the file writes 22 % as 0.22, read the margin column as fractions.']],
    ['every customer losing money', [row(2, { revenue: 100, margin: 30, costToServe: 50 }), row(3, { revenue: 100, margin: 20, costToServe: 40 })], ['Every customer would lose money (revenue × margin is below the cost to serve for all 2). Check the margin and cost columns.']],
    ['a date in the future', [row(2, { revenue: 100, margin: 30, lastOrder: '2027-01-05' })], ['Row 2 has a last order date after today (2026-11-23). Check the date column and its day/month order.']],
    ['dates in the future', [row(4, { lastOrder: '2027-01-05' }), row(7, { lastOrder: '2028-01-05' })], ['2 rows (first: row 4) have a last order date after today (2026-11-23). Check the date column and its day/month order.']],
  ])('warns of %s', (_, rows, warnings) => expect(sheetWarnings(rows as never, '2026-11-23')).toEqual(warnings));

  it.each([
    ['Name,Revenue (cents)\nA,9071367\nB,100\nC,200\n', true],
    ['Name,Revenue\nA,9071367000\nB,1250000000\nC,31050000\n', true],
    ['Name,Revenue\nA,90713.67\nB,1250000000\nC,31050000\n', false],
    ['Name,Revenue\nA,90713\nB,125000\nC,310500\n', false],
  ])('tells revenue in cents (%#)', (text, cents) => {
    const [sheet, mapping] = mappingOf(text);
    expect(looksLikeCents(sheet, mapping)).toBe(cents);
  });

  it('reads cents as whole units when asked', () => {
    const [sheet, mapping] = mappingOf('Name,Revenue,Cost to serve\nA,9071367,410000\n');
    expect(checkSheet(sheet, mapping, { scales: { revenue: 0.01, costToServe: 0.01 } }).good[0]!.values).toEqual({ revenue: 90713.67, costToServe: 4100 });
  });
});

describe('currencies', () => {
  it.each([
    ['$90,713.67', 'USD'], ['90.713,67 €', 'EUR'], ['EUR 45.000', 'EUR'], ['£1,200', 'GBP'], ['CHF 1’200', 'CHF'], ['CA$ 300', 'CAD'], ['1200 USD', 'USD'], ['1,200', null], ['(300)', null], ['n/a', null],
  ])('%s names %s', (cell, code) => expect(currencyOf(cell)).toBe(code));

  it('finds every currency of a file with the first row naming it', () => {
    const [sheet, mapping] = mappingOf('Name,Revenue,Cost to serve\nA,"$1,000",$5\nB,"€ 2.000",7\nC,"$3",£1\n');
    expect(Object.fromEntries(checkSheet(sheet, mapping).currencies)).toEqual({ USD: 2, EUR: 3, GBP: 4 });
  });

  it.each([
    ['1,250', 'EUR', '€1,250'], ['−1,250', 'USD', '−$1,250'], ['1,250', 'CHF', 'CHF 1,250'], ['1,250', '', '1,250'],
  ])('writes %s in %s as %s', (text, code, out) => expect(withCurrency(text, code as never)).toBe(out));
});

describe('bad cells brought in marked', () => {
  const text = 'Name,Revenue,Margin\nA,100,20\nB,n/a,30\nC,x,y\n,5,5\n';
  it.each<[boolean, string[], number[], number[]]>([
    [false, ['A'], [], [3, 4, 5]],
    [true, ['A', 'B'], [3], [4, 5]],
  ])('keepOneBad %s: good %j, flagged %j, left out %j', (keepOneBad, names, flagged, left) => {
    const [sheet, mapping] = mappingOf(text);
    const check = checkSheet(sheet, mapping, { keepOneBad });
    expect(check.good.map((r) => r.name)).toEqual(names);
    expect(check.flaggedRows).toEqual(flagged);
    expect(check.badRows).toEqual(left);
    expect(check.messages[0]).toBe("row 3: revenue 'n/a' is not a number");
    if (keepOneBad) expect(check.good[1]).toEqual({ row: 3, name: 'B', values: { margin: 30 }, flags: { revenue: 'n/a' } });
  });

  it('a flagged customer counts in no total until the rep sets the field', () => {
    let data = addCustomer(customerValueWorksheet.empty(), 'b', 'B', 1);
    data = updateCustomer(data, 'b', { margin: 30, flags: { revenue: 'n/a' } }, 2);
    expect(needsFix(data.customers.b!.value)).toBe(true);
    data = updateCustomer(data, 'b', { revenue: 400 }, 3);
    expect(data.customers.b!.value.flags).toBeUndefined();
    expect(needsFix(data.customers.b!.value)).toBe(false);
  });
});

describe('remembered mappings', () => {
  const headers = ['Kto', 'Betrag', 'Spanne'];
  const mapping = { ...guessMapping(headers), name: 0, revenue: 1, margin: 2 };
  it('recalls the rep’s mapping for the same headers only, and survives bad stored text', () => {
    const raw = rememberMapping(null, headers, mapping);
    expect(recallMapping(raw, headers)).toEqual(mapping);
    expect(recallMapping(raw, [' kto ', 'BETRAG', 'Spanne'])).toEqual(mapping);
    expect(recallMapping(raw, ['Kto', 'Betrag'])).toBeNull();
    expect(recallMapping('{not json', headers)).toBeNull();
    expect(recallMapping('[{"headers":5}]', headers)).toBeNull();
    expect(mappingsKey).toBe('customer-atlas:customer-value:mappings');
  });
  it('keeps the 20 most recent header sets', () => {
    let raw: string | null = null;
    for (let i = 0; i < 25; i++) raw = rememberMapping(raw, [`H${i}`, 'Revenue'], { ...guessMapping(['x']), name: 0, revenue: 1 });
    expect(JSON.parse(raw!)).toHaveLength(20);
    expect(recallMapping(raw, ['H24', 'Revenue'])).not.toBeNull();
    expect(recallMapping(raw, ['H0', 'Revenue'])).toBeNull();
  });
});

describe('CSV notes', () => {
  it.each([
    ['# a: 1\r\n# b: two\r\nName\r\nX\r\n', { a: '1', b: 'two' }, 'Name\r\nX\r\n', 2],
    ['Name\nX\n', {}, 'Name\nX\n', 0],
    ['# only\n', {}, '', 1],
  ])('splits the "#" lines off (%#)', (text, notes, body, lines) => expect(splitNotes(text)).toEqual({ notes, body, lines }));

  it('numbers rows as the file does, note lines counted', () => {
    expect(readSheet('# x: 1\nName,Revenue\nA,5\n')!.rows[0]!.row).toBe(3);
  });
});

describe('name cuts', () => {
  it.each([
    ['Short name', 20, 0, 'Short name'],
    ['Acme Corporation of the Greater Area', 20, 3, 'Acme Corporation of…'],
    ['Stark Logistics 98 Holdings International', 24, 16, 'Stark Logistics 98 Hold…'],
    ['Stark Logistics International Holdings 98', 24, 40, 'Stark…Holdings 98'],
    ['Stark Logistics Holdings 98', 20, 25, 'Stark…Holdings 98'],
  ])('%s (max %d, shared %d) → %s', (name, max, shared, cut) => expect(cutName(name, max, shared)).toBe(cut));

  it('keeps look-alikes apart', () => {
    const cuts = distinctCuts(['Stark Logistics 98 Holdings International', 'Stark Logistics 99 Holdings International', 'Globex'], 24);
    expect(cuts.get('Stark Logistics 98 Holdings International')).not.toBe(cuts.get('Stark Logistics 99 Holdings International'));
    expect(cuts.get('Globex')).toBe('Globex');
  });

  it('never makes a cut longer than max, and distinct names stay distinct', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9 ]{1,60}$/), { maxLength: 30 }), fc.integer({ min: 12, max: 40 }), (names, max) => {
      const cuts = distinctCuts(names, max);
      for (const name of names) expect(cuts.get(name)!.length).toBeLessThanOrEqual(Math.max(max, name.length <= max ? name.length : 0));
      const shown = names.map((n) => cuts.get(n));
      const twins = names.filter((_, i) => shown.indexOf(shown[i]) !== i);
      // Two different names cut alike only when they differ beyond what fits: never among names that fit.
      expect(twins.filter((n) => n.length <= max)).toEqual([]);
    }));
  });
});

describe('undo and clear', () => {
  const before = addCustomer(addCustomer(customerValueWorksheet.empty(), 'a', 'A', 1), 'b', 'B', 1);
  it('brings the sheet back to the backup: added ones removed, changed ones restored, as new changes', () => {
    let after = addCustomer(before, 'c', 'C', 5);
    after = updateCustomer(after, 'a', { revenue: 99 }, 5);
    const reverted = revertTo(after, before, 9);
    expect(customerEntries(reverted).map(([id, c]) => [id, c.revenue])).toEqual([['a', 0], ['b', 0]]);
    expect(reverted.customers.c).toMatchObject({ deleted: true, updatedAt: 9 });
    expect(reverted.customers.a!.updatedAt).toBe(9);
    expect(reverted.customers.b!.updatedAt).toBe(1);
  });

  it('clears every customer, keeps a backup that reads back and a note naming it', () => {
    const { key, text, note } = backupBefore(before, 'clear', 'clearing all customers', 77);
    expect(key).toBe('customer-atlas:customer-value:v1:backup:77');
    expect(readBackup(text)).toEqual(before);
    expect(readLastAction(note)).toEqual({ kind: 'clear', label: 'clearing all customers', backup: key, at: 77 });
    expect(lastActionKey).toBe('customer-atlas:customer-value:v1:last-action');
    const cleared = clearCustomers(before, 80);
    expect(customerEntries(cleared)).toEqual([]);
    expect(customerEntries(revertTo(cleared, readBackup(text)!, 81)).map(([id]) => id)).toEqual(['a', 'b']);
    expect([readLastAction('nope'), readLastAction(null), readBackup('{}')]).toEqual([null, null, null]);
  });
});

describe('saved data with a currency', () => {
  it('loads data saved before currencies existed, and keeps a currency once set', () => {
    const old = { customers: { a: { updatedAt: 1, value: customerWith({ name: 'Old' }) } }, settings: { assumptions: { updatedAt: 1, value: defaultAssumptions() } } };
    const read = readSaved(customerValueWorksheet, JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-value', version: 1, data: old }));
    expect(read.status).toBe('ok');
    const withEuro = { ...old, settings: { assumptions: { updatedAt: 2, value: { ...defaultAssumptions(), currency: 'EUR' } } } };
    expect(readSaved(customerValueWorksheet, JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-value', version: 1, data: withEuro })).data).toEqual(withEuro);
    const bad = { ...old, settings: { assumptions: { updatedAt: 2, value: { ...defaultAssumptions(), currency: 'XYZ' } } } };
    expect(readSaved(customerValueWorksheet, JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-value', version: 1, data: bad })).status).toBe('invalid');
  });

  it('states the assumptions and the currency in the Markdown summary', () => {
    const scored = scoreList([['a', customerWith({ name: 'A', revenue: 1000, margin: 50 })]], defaultAssumptions(), new Date('2026-11-23'));
    const md = valueMarkdown(scored, [], new Date('2026-11-23T00:00:00Z'), { ...defaultAssumptions(), currency: 'EUR' });
    expect(md).toContain('## Assumptions\n\n- Retention 80% a year (for customers without their own figure), discount rate 10%, horizon 10 years.\n- Currency: EUR (€). Exported on 2026-11-23.');
    expect(md).toContain('revenue €1,000');
  });
});
