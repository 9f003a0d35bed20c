/**
 * Table layouts, registered by name in the render worker (definitions cross to it as data, and a
 * layout is made of functions). `ledger`: thin ruled cells, tight padding, for marks grids; `form`:
 * the same with room to breathe, for lists and reports; `plain`: no lines, for letters' blocks.
 */
const rule = (width: number) => () => width;
const pad = (n: number) => () => n;

export const tableLayouts = {
  ledger: {
    hLineWidth: rule(0.4),
    vLineWidth: rule(0.4),
    hLineColor: () => '#333333',
    vLineColor: () => '#333333',
    paddingLeft: pad(1.5),
    paddingRight: pad(1.5),
    paddingTop: pad(1.5),
    paddingBottom: pad(1),
  },
  form: {
    hLineWidth: rule(0.5),
    vLineWidth: rule(0.5),
    hLineColor: () => '#333333',
    vLineColor: () => '#333333',
    paddingLeft: pad(3),
    paddingRight: pad(3),
    paddingTop: pad(2.5),
    paddingBottom: pad(2),
  },
  /** Access slips: dashed cut lines round every slip, room inside. */
  slips: {
    hLineWidth: rule(0.6),
    vLineWidth: rule(0.6),
    hLineColor: () => '#777777',
    vLineColor: () => '#777777',
    hLineStyle: () => ({ dash: { length: 4, space: 3 } }),
    vLineStyle: () => ({ dash: { length: 4, space: 3 } }),
    paddingLeft: pad(14),
    paddingRight: pad(14),
    paddingTop: pad(12),
    paddingBottom: pad(12),
  },
  plain: {
    hLineWidth: rule(0),
    vLineWidth: rule(0),
    paddingLeft: pad(0),
    paddingRight: pad(6),
    paddingTop: pad(1),
    paddingBottom: pad(1),
  },
};

export type TableLayoutName = keyof typeof tableLayouts;
