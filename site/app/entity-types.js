// The entity types of the core, as readers see them. One palette for the page and the widget:
// each colour is a pair for light and dark backgrounds (CSS light-dark(), so it follows the
// color-scheme of wherever it is shown), and each group of types has its own line style, so
// that the kinds stay apart without colour too.
export const ENTITY_TYPES = [
  { type: 'PER', tag: 'person', label: 'Person', plural: 'People', light: '#1f5fbf', dark: '#8ab8ff', line: 'solid' },
  { type: 'ORG', tag: 'organisation', label: 'Organisation', plural: 'Organisations', light: '#7a3cc2', dark: '#cfa8ff', line: 'solid' },
  { type: 'LOC', tag: 'place', label: 'Place', plural: 'Places', light: '#16803c', dark: '#6fd89b', line: 'solid' },
  { type: 'MISC', tag: 'other', label: 'Other name', plural: 'Other names', light: '#a35200', dark: '#f2ab66', line: 'solid' },
  { type: 'DATE', tag: 'date', label: 'Date', plural: 'Dates', light: '#00707c', dark: '#62d2de', line: 'dotted' },
  { type: 'TIME', tag: 'time', label: 'Time', plural: 'Times', light: '#2b6a99', dark: '#93c8f0', line: 'dotted' },
  { type: 'MONEY', tag: 'money', label: 'Money', plural: 'Sums of money', light: '#4a7a0c', dark: '#b7e26e', line: 'dashed' },
  { type: 'PERCENT', tag: 'per cent', label: 'Percentage', plural: 'Percentages', light: '#b0246f', dark: '#ff90cb', line: 'dashed' },
  { type: 'QUANTITY', tag: 'quantity', label: 'Quantity', plural: 'Quantities', light: '#5b6576', dark: '#b9c3d3', line: 'dashed' },
  { type: 'TICKER', tag: 'ticker', label: 'Stock ticker', plural: 'Stock tickers', light: '#b3261e', dark: '#ff8f85', line: 'dashed' },
  { type: 'URL', tag: 'web', label: 'Web address', plural: 'Web addresses', light: '#3949ab', dark: '#a3abff', line: 'double' },
  { type: 'EMAIL', tag: 'email', label: 'Email address', plural: 'Email addresses', light: '#6a4a9c', dark: '#c8adf2', line: 'double' },
];

const BY_TYPE = new Map(ENTITY_TYPES.map((entry) => [entry.type, entry]));

/** The description of `type`; an unknown type (a newer core) is shown as an other name. */
export function entityType(type) {
  return BY_TYPE.get(type) ?? { ...BY_TYPE.get('MISC'), type, tag: type.toLowerCase(), label: type, plural: type };
}

/**
 * CSS custom properties for every type: --entity-colour, --entity-line and --entity-tag (a
 * short word for the kind) on each [data-entity] mention and [data-entity-swatch] sample. Zero specificity (:where), so a host
 * page's own rules win.
 */
export function entityPaletteCss() {
  return ENTITY_TYPES.map(({ type, tag, light, dark, line }) =>
    `:where([data-entity="${type}"], [data-entity-swatch="${type}"]) ` +
    `{ --entity-colour: light-dark(${light}, ${dark}); --entity-line: ${line}; --entity-tag: "${tag}"; }`).join('\n');
}

/**
 * Rules that turn the marks of a type off inside `scope` when the scope's
 * data-hidden-types attribute lists it (the legend's toggles).
 */
export function hiddenTypesCss(scope) {
  return ENTITY_TYPES.map(({ type }) =>
    `${scope}[data-hidden-types~="${type}"] [data-entity="${type}"] { --entity-decoration: none; --entity-tag: none; }`).join('\n');
}
