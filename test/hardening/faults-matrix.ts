/**
 * The fault × capability matrix the failing-backends suite fills and prints:
 * rows are faults, columns are capabilities (through which connector and
 * widget), a cell lists the checks of that combination with ✓ or ✗, e.g.
 * `unavailable ✓ msg ✓ retry ✓ input ✓`. A check that never ran (its test
 * failed before it, or did not run) shows as ✗.
 */
import { FAULT_ROWS, type FaultId } from './faults-kit.js';

export interface MatrixColumn {
  id: string;
  /** e.g. `catalog.list` */
  capability: string;
  connector: string;
  widget: string;
}

type Cell = { notApplicable: string } | { checks: Map<string, boolean> };

export class FaultMatrix {
  readonly #columns: MatrixColumn[] = [];
  readonly #cells = new Map<string, Cell>();
  readonly #failed = new Set<string>();

  addColumn(column: MatrixColumn): void {
    this.#columns.push(column);
  }

  #key(fault: FaultId, column: string): string {
    return `${fault}|${column}`;
  }

  /** Declares the checks a cell will have, in display order, all failed until they pass. */
  expect(fault: FaultId, column: string, checks: string[]): void {
    const cell = this.#cells.get(this.#key(fault, column));
    const map = cell && 'checks' in cell ? cell.checks : new Map<string, boolean>();
    for (const check of checks) if (!map.has(check)) map.set(check, false);
    this.#cells.set(this.#key(fault, column), { checks: map });
  }

  /** Marks a check passed, unless one of the cell's tests already failed it. */
  pass(fault: FaultId, column: string, check: string): void {
    this.#set(fault, column, check, true);
  }

  /** Marks a check failed for good (e.g. one of the cell's two tests left an unhandled rejection). */
  fail(fault: FaultId, column: string, check: string): void {
    this.#set(fault, column, check, false);
  }

  #set(fault: FaultId, column: string, check: string, ok: boolean): void {
    const key = this.#key(fault, column);
    const cell = this.#cells.get(key);
    const checks = cell && 'checks' in cell ? cell.checks : new Map<string, boolean>();
    if (!(ok && this.#failed.has(`${key}|${check}`))) checks.set(check, ok);
    if (!ok) this.#failed.add(`${key}|${check}`);
    this.#cells.set(key, { checks });
  }

  notApplicable(fault: FaultId, column: string, reason: string): void {
    this.#cells.set(this.#key(fault, column), { notApplicable: reason });
  }

  totals(): { cells: number; passed: number; failed: number; notApplicable: number; checks: number; checksPassed: number } {
    let passed = 0;
    let failed = 0;
    let notApplicable = 0;
    let checks = 0;
    let checksPassed = 0;
    for (const cell of this.#cells.values()) {
      if ('notApplicable' in cell) {
        notApplicable++;
        continue;
      }
      const values = [...cell.checks.values()];
      checks += values.length;
      checksPassed += values.filter(Boolean).length;
      if (values.every(Boolean)) passed++;
      else failed++;
    }
    return { cells: this.#cells.size, passed, failed, notApplicable, checks, checksPassed };
  }

  /** The matrix as text: blocks of at most `perBlock` columns, then the n/a reasons and totals. */
  render(perBlock = 3): string {
    const lines: string[] = [];
    const rowHead = (label: string) => label.padEnd(16);
    const reasons = new Map<string, string>();
    const cellText = (fault: FaultId, column: string): string => {
      const cell = this.#cells.get(this.#key(fault, column));
      if (!cell) return '(not run)';
      if ('notApplicable' in cell) {
        const mark = `n/a${this.#footnote(reasons, cell.notApplicable)}`;
        return mark;
      }
      return [...cell.checks].map(([check, ok]) => `${check} ${ok ? '✓' : '✗'}`).join(' ');
    };
    lines.push('Failing backends: fault × capability (via connector → widget)');
    lines.push(`Columns: ${this.#columns.map((c) => `${c.id} = ${c.capability} via ${c.connector} → <${c.widget}>`).join('; ')}`);
    for (let start = 0; start < this.#columns.length; start += perBlock) {
      const block = this.#columns.slice(start, start + perBlock);
      const texts = FAULT_ROWS.map((row) => block.map((column) => cellText(row.id, column.id)));
      const widths = block.map((column, i) => Math.max(column.id.length, ...texts.map((t) => t[i]!.length)));
      lines.push('');
      lines.push(`${rowHead('fault')} | ${block.map((c, i) => c.id.padEnd(widths[i]!)).join(' | ')}`);
      lines.push(`${'-'.repeat(16)}-+-${widths.map((w) => '-'.repeat(w)).join('-+-')}`);
      FAULT_ROWS.forEach((row, r) => lines.push(`${rowHead(row.id)} | ${texts[r]!.map((t, i) => t.padEnd(widths[i]!)).join(' | ')}`));
    }
    lines.push('');
    lines.push('Faults: ' + FAULT_ROWS.map((row) => `${row.id} = ${row.label}`).join('; '));
    for (const [reason, mark] of reasons) lines.push(`n/a${mark}: ${reason}`);
    const t = this.totals();
    lines.push(
      `Totals: ${t.cells} cells — ${t.passed} passed, ${t.failed} failed, ${t.notApplicable} not applicable; ${t.checksPassed}/${t.checks} checks passed`,
    );
    return lines.join('\n');
  }

  #footnote(reasons: Map<string, string>, reason: string): string {
    let mark = reasons.get(reason);
    if (!mark) {
      mark = `[${reasons.size + 1}]`;
      reasons.set(reason, mark);
    }
    return mark;
  }
}
