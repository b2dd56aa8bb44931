/** Builders and fast-check arbitraries for the customer value worksheet tests. */
import fc from 'fast-check';
import { blankCustomer, maxNameLength, type Customer } from '../../src/lib/worksheets/customer-value/schemas';

/** A customer with every field at its blank value, some overridden. */
export const customerWith = (overrides: Partial<Customer>): Customer => ({ ...blankCustomer(overrides.name ?? 'Test Co', 1), ...overrides });

const amount = fc.double({ min: 0, max: 1e12, noNaN: true });
const step = fc.option(fc.integer({ min: 0, max: 4 }), { nil: null });
const isoDay = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));

/** Any customer the schema accepts. */
export const customerArb: fc.Arbitrary<Customer> = fc.record({
  name: fc.string({ minLength: 1, maxLength: maxNameLength }).filter((s) => s.trim().length > 0),
  revenue: amount,
  margin: fc.double({ min: -100, max: 100, noNaN: true }),
  costToServe: amount,
  orders: fc.integer({ min: 0, max: 1e7 }),
  lastOrder: fc.oneof(fc.constant(''), isoDay),
  years: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
  retention: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
  referrals: fc.integer({ min: 0, max: 1e7 }),
  referralValue: amount,
  influence: step,
  knowledge: step,
  addedAt: fc.nat(),
});
