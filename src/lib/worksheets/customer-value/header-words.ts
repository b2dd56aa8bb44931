/**
 * How CRM headers are compared, and the words that name each field in English, German, French,
 * Spanish and Dutch. Headers are compared in a compact form: lower case, accents dropped, only
 * letters and digits, with CRM prefixes ("hs_", "account_", "crm_") and suffixes ("__c") removed.
 */
import type { FieldId } from './columns';

const prefixes = /^(hs|hubspot|sf|crm|account|company|customer|client|deal|x|c)[_\-.\s]+/i;
const suffixes = /(__c|_c)$/i;

/** A header in the compact form it is compared in ("HS_Annual-Revenue (€)" → "annualrevenue"). */
export function compactHeader(header: string, dropPrefix = true): string {
  let h = header.trim();
  if (dropPrefix) while (prefixes.test(h) && h.replace(prefixes, '').trim() !== '') h = h.replace(prefixes, '');
  h = h.replace(suffixes, '');
  return h.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '');
}

/** Header synonyms per field (any spacing and case; compared compact). English first, then de, fr, es, nl. */
export const synonyms: Partial<Record<FieldId, string[]>> = {
  name: [
    'account name', 'account', 'customer', 'customer name', 'company', 'company name', 'client', 'client name', 'organization', 'organisation', 'name',
    'kunde', 'kundenname', 'firma', 'firmenname', 'unternehmen', 'nom', 'nom du client', 'societe', 'entreprise', 'raison sociale',
    'cliente', 'nombre', 'nombre del cliente', 'empresa', 'razon social', 'klant', 'klantnaam', 'bedrijf', 'bedrijfsnaam', 'naam',
  ],
  revenue: [
    'annual revenue', 'revenue', 'yearly revenue', 'revenue 12m', 'revenue last 12 months', 'sales', 'annual sales', 'turnover', 'total revenue', 'amount',
    'umsatz', 'jahresumsatz', 'umsatz pro jahr', 'erlos', 'erlose', 'chiffre d affaires', 'ca', 'ca annuel', 'chiffre d affaires annuel', 'revenu', 'revenus', 'ventes',
    'ingresos', 'ingresos anuales', 'facturacion', 'ventas', 'omzet', 'jaaromzet', 'inkomsten',
  ],
  margin: [
    'gross margin %', 'gross margin', 'margin', 'margin %', 'gm', 'gm %', 'gross margin pct', 'gross margin percent',
    'marge', 'bruttomarge', 'rohertragsmarge', 'marge brute', 'taux de marge', 'margen', 'margen bruto', 'brutomarge',
  ],
  costToServe: [
    'cost to serve', 'yearly cost to serve', 'annual cost to serve', 'cost to serve yearly', 'service cost', 'cost of service', 'cts', 'support cost',
    'servicekosten', 'betreuungskosten', 'kosten pro kunde', 'cout de service', 'couts de service', 'cout de servir', 'coste de servicio', 'costo de servicio',
    'coste de servir', 'kosten van bediening', 'bedieningskosten',
  ],
  orders: [
    'orders', 'orders last 12 months', 'orders 12 months', 'orders 12m', 'orders in the last 12 months', 'order count', 'number of orders', 'num orders', '# orders', 'purchases',
    'bestellungen', 'anzahl bestellungen', 'auftrage', 'anzahl auftrage', 'commandes', 'nombre de commandes', 'pedidos', 'numero de pedidos', 'bestellingen', 'aantal bestellingen',
  ],
  lastOrder: [
    'last order date', 'last order', 'last purchase', 'last purchase date', 'most recent order', 'last invoice date', 'last order at',
    'letzte bestellung', 'datum letzte bestellung', 'letzter auftrag', 'derniere commande', 'date derniere commande', 'date de la derniere commande',
    'ultimo pedido', 'fecha ultimo pedido', 'fecha del ultimo pedido', 'laatste bestelling', 'laatste order', 'datum laatste bestelling',
  ],
};

/** Words that, found in a compact header, suggest a field when no synonym matches outright (checked in this order). */
export const clues: [FieldId, RegExp][] = [
  ['lastOrder', /(last|letzte|dernier|ultimo|laatste).*(order|purchase|invoice|bestell|auftrag|commande|pedido)|(order|purchase)date$/],
  ['referralValue', /referr.*value|valueperreferral/],
  ['costToServe', /costtoserve|servicecost|kosten|cout|coste|costo/],
  ['revenue', /revenue|umsatz|omzet|ingreso|chiffre|turnover|sales/],
  ['margin', /margin|marge|margen/],
  ['orders', /orders|bestell|commande|pedido|purchases/],
];
